# SPDX-License-Identifier: GPL-3.0-or-later
"""OUTDIR/teaching-report.md: the results of a training run as Markdown tables (docs/teaching-models.md
quotes it)."""

KINDS = [("previous_token", "previous-token"), ("sink", "sink (position 0)"), ("induction", "induction (copying)"),
         ("subject", "subject-finding")]


def heads_text(hits, limit=4):
    if not hits:
        return "none"
    more = " (+%d)" % (len(hits) - limit) if len(hits) > limit else ""
    return ", ".join("L%dH%d %.2f" % (l, h, v) for l, h, v in hits[:limit]) + more


def write(path, summary):
    m = summary["machine"]
    lines = ["# Teaching models: results", "",
             "Seed %d; %s, %d CPUs, torch %s, %d thread(s) per model, %d model(s) at once; %.0f s in all." % (
                 summary["seed"], m["cpu"], m["cpus"], m["torch"], m["torch_threads"], summary.get("jobs", 1),
                 summary.get("total_seconds", 0)), "",
             "| model | parameters | KV elements / token / layer | steps | training s | held-out loss | agreement "
             "(with attractor) | copying | structured (brackets, counting) |",
             "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    lms = [(n, r) for n, r in summary["models"].items() if "held_out_loss" in r]
    for n, r in lms:
        a, s = r["agreement"], r["structured"]
        lines.append("| %s | %d | %d | %d | %.0f | %.3f | %.3f (%.3f) | %.3f | %.3f (%.3f, %.3f) |" % (
            n, r["parameters"], r["kv_cache_elements_per_token_per_layer"], r["steps"], r["training_seconds"],
            r["held_out_loss"], a["accuracy"], a["with_attractor"], r["copying"]["accuracy"], s["accuracy"],
            s["brackets"], s["counting"]))
    if lms:
        lines += ["", "Heads over the thresholds (layer L, head H, score; best first):", "",
                  "| model | " + " | ".join(k[1] for k in KINDS) + " |", "| --- |" + " --- |" * len(KINDS)]
        for n, r in lms:
            lines.append("| %s | %s |" % (n, " | ".join(heads_text(r["heads"][k]) for k, _ in KINDS)))
        lines += ["", "Greedy continuations (8 tokens, float64):", ""]
        for n, r in lms:
            for p, text in r["greedy"].items():
                lines.append("- %s, %s: `%s`" % (n, p, text.replace("\n", " ")))
        lines += ["", "Worst difference of make-tiny-models' numpy forward pass from the torch reference "
                  "(float64): " + ", ".join("%s %.1e" % (n, max(r["check"]["numpy_float64_vs_torch_float64"].values()))
                                            for n, r in lms)]
    b = summary["models"].get("bahdanau-dates")
    if b:
        acc = b["held_out_exact_match"]
        lines += ["", "bahdanau-dates: %d parameters, %d steps, %.0f s; held-out exact match %.4f (%s)." % (
            b["parameters"], b["steps"], b["training_seconds"], acc["all"],
            ", ".join("%s %.4f" % (k, v) for k, v in acc.items() if k != "all")), ""]
        for k, v in b["reference"].items():
            lines.append("- %s -> `%s`" % (k, v))
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")
