// SPDX-License-Identifier: GPL-3.0-or-later
// Every shipped model preset (resources/models/<id>.json): it loads and validates, names its
// sources (and docs/models.md lists them), has weights, and its parameter count agrees with the
// published one; a few KV-cache sizes are checked against figures worked out by hand.
#include "io/modelconfig.h"

#include "core/footprint/footprint.h"
#include "core/footprint/plan.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <cmath>
#include <cstdlib>

using namespace attnscope;

namespace {

// The published parameter counts, written down from the papers and model cards (not from our
// count). `active` is 0 where no active count is published. Some publishers count differently
// from core::countParameters, and the flags say how:
//  - activeWithoutInputEmbedding: the active count leaves out the input embedding table (a lookup,
//    not a matrix product): DeepSeek, Kimi and OpenAI do so;
//  - tiedStoredTwice: the figure is the checkpoint's tensor total, which stores a tied embedding
//    table twice (Falcon's safetensors).
struct Published
{
    const char *id;
    double total;
    double active;
    bool activeWithoutInputEmbedding;
    bool tiedStoredTwice;
    const char *where;
};

// clang-format off
const Published kPublished[] = {
    {"bert-base",        110e6,     0,       false, false, "Devlin et al. 2019, section 3: BERT-BASE 110M"},
    {"deepseek-67b",     67e9,      0,       false, false, "DeepSeek LLM paper, Table 2: 67B"},
    {"deepseek-v2",      236e9,     21e9,    true,  false, "DeepSeek-V2 paper, abstract: 236B total, 21B activated"},
    {"deepseek-v2-lite", 15.7e9,    2.4e9,   true,  false, "DeepSeek-V2 paper, Appendix B: 15.7B total, 2.4B activated"},
    {"deepseek-v3",      671e9,     37e9,    true,  false, "DeepSeek-V3 report, abstract: 671B total, 37B activated (MTP module's 14B apart)"},
    {"falcon-40b",       41.8e9,    0,       false, true,  "Hugging Face tiiuae/falcon-40b safetensors: 41.8B"},
    {"falcon-7b",        7.22e9,    0,       false, true,  "Hugging Face tiiuae/falcon-7b safetensors: 7.22B"},
    {"gemma-2-27b",      27.227e9,  0,       false, false, "Gemma 2 report, Table 2: 1,179,648,000 embedding + 26,047,480,320 non-embedding"},
    {"gemma-2-9b",       9.2417e9,  0,       false, false, "Gemma 2 report, Table 2: 917,504,000 embedding + 8,324,201,984 non-embedding"},
    {"gemma-2b",         2.5064e9,  0,       false, false, "Gemma report, Table 2: 524,550,144 embedding + 1,981,884,416 non-embedding"},
    {"gemma-3-27b",      27.016e9,  0,       false, false, "Gemma 3 report, Table 1: 1,416M embedding + 25,600M non-embedding (vision 417M apart)"},
    {"gemma-3-4b",       3.884e9,   0,       false, false, "Gemma 3 report, Table 1: 675M embedding + 3,209M non-embedding (vision 417M apart)"},
    {"gpt-oss-120b",     116.83e9,  5.13e9,  true,  false, "gpt-oss model card, Table 1: 116.83B total, 5.13B active"},
    {"gpt-oss-20b",      20.91e9,   3.61e9,  true,  false, "gpt-oss model card, Table 1: 20.91B total, 3.61B active"},
    {"gpt2",             124e6,     0,       false, false, "Hugging Face openai-community/gpt2 model card: 124M"},
    {"jamba-v0.1",       51.6e9,    12e9,    false, false, "Jamba paper, section 3 and model card: 52B total (51.6B), 12B active"},
    {"kimi-k2",          1.04e12,   32e9,    true,  false, "Kimi K2 report: 1.04T total, 32B activated"},
    {"llama-2-70b",      68.98e9,   0,       false, false, "Hugging Face meta-llama/Llama-2-70b-hf safetensors: 69.0B"},
    {"llama-2-7b",       6.74e9,    0,       false, false, "Hugging Face meta-llama/Llama-2-7b-hf safetensors: 6.74B"},
    {"llama-3-70b",      70.6e9,    0,       false, false, "Hugging Face meta-llama/Meta-Llama-3-70B safetensors: 70.6B"},
    {"llama-3-8b",       8.03e9,    0,       false, false, "Hugging Face meta-llama/Meta-Llama-3-8B safetensors: 8.03B"},
    {"llama-3.1-405b",   405.9e9,   0,       false, false, "Hugging Face meta-llama/Llama-3.1-405B safetensors: 406B; Herd paper: 405B"},
    {"llama-3.1-70b",    70.6e9,    0,       false, false, "Hugging Face meta-llama/Llama-3.1-70B safetensors: 70.6B"},
    {"llama-3.1-8b",     8.03e9,    0,       false, false, "Hugging Face meta-llama/Llama-3.1-8B safetensors: 8.03B"},
    {"llama-3.2-1b",     1.23e9,    0,       false, false, "Llama 3.2 model card: 1.23B"},
    {"llama-3.2-3b",     3.21e9,    0,       false, false, "Llama 3.2 model card: 3.21B"},
    {"minicpm3-4b",      4.0e9,     0,       false, false, "MiniCPM3-4B model card: 4B"},
    {"mistral-7b",       7.3e9,     0,       false, false, "Mistral 7B announcement and paper: 7.3B"},
    {"mistral-7b-v0.3",  7.25e9,    0,       false, false, "Hugging Face mistralai/Mistral-7B-v0.3 safetensors: 7.25B"},
    {"mixtral-8x22b",    141e9,     39e9,    false, false, "Mixtral 8x22B announcement: 141B total, 39B active"},
    {"mixtral-8x7b",     46.7e9,    12.9e9,  false, false, "Mixtral paper, section 2.1: 46.7B total, 12.9B active"},
    {"palm-540b",        540.35e9,  0,       false, false, "PaLM paper, Table 1: 540.35B"},
    {"phi-3-mini",       3.8e9,     0,       false, false, "Phi-3 report, section 2: 3.8B"},
    {"qwen2-7b",         7.62e9,    0,       false, false, "Hugging Face Qwen/Qwen2-7B safetensors: 7.62B"},
    {"qwen2.5-72b",      72.7e9,    0,       false, false, "Qwen2.5-72B model card: 72.7B"},
    {"qwen2.5-7b",       7.61e9,    0,       false, false, "Qwen2.5-7B model card: 7.61B"},
    {"qwen3-235b-a22b",  235e9,     22e9,    false, false, "Qwen3-235B-A22B model card: 235B total, 22B activated"},
    {"qwen3-32b",        32.8e9,    0,       false, false, "Qwen3-32B model card: 32.8B"},
    {"qwen3-8b",         8.2e9,     0,       false, false, "Qwen3-8B model card: 8.2B"},
    {"t5-base",          220e6,     0,       false, false, "T5 paper, section 3.7: about 220M"},
    {"t5.1.1-xxl",       11e9,      0,       false, false, "released_checkpoints.md (T5.1.1): about 11B"},
};
// clang-format on

constexpr double kTolerance = 0.03;

const Published *published(const QString &id)
{
    for (const Published &p : kPublished)
        if (id == QLatin1String(p.id))
            return &p;
    return nullptr;
}

core::ModelShape loadPreset(const QString &id)
{
    QString error;
    const auto m = io::presetModel(id, &error);
    if (!m)
        qFatal("%s", qPrintable(error));
    return *m;
}

// The rows of docs/models.md's "### Sources" table, id -> the row's text.
QHash<QString, QString> docsSources()
{
    QFile file(QStringLiteral(ATTNSCOPE_SOURCE_DIR "/docs/models.md"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read docs/models.md");
    const QString text = QString::fromUtf8(file.readAll());
    const qsizetype start = text.indexOf(QStringLiteral("### Sources"));
    const qsizetype end = text.indexOf(QStringLiteral("\n## "), start);
    QHash<QString, QString> rows;
    static const QRegularExpression row(QStringLiteral("^\\| `([^`]+)` \\| (.+) \\|$"),
                                        QRegularExpression::MultilineOption);
    auto it = row.globalMatch(text.mid(start, end - start));
    while (it.hasNext()) {
        const auto m = it.next();
        rows.insert(m.captured(1), m.captured(2).remove(QLatin1Char('`')).remove(QLatin1Char('*')));
    }
    return rows;
}

qint64 kvBytes(const core::ModelShape &m, qint64 context, std::optional<qint64> sources = std::nullopt)
{
    core::FootprintRequest r;
    r.context = context;
    r.sourceTokens = sources;
    return core::computeFootprint(m, r).totalBytes;
}

} // namespace

class TestPresets : public QObject
{
    Q_OBJECT
private slots:
    void everyPresetHasARow()
    {
        const QStringList ids = io::presetIds();
        QVERIFY(ids.size() >= 40);
        for (const QString &id : ids)
            QVERIFY2(published(id), qPrintable(id + ": no published parameter count in kPublished"));
        for (const Published &p : kPublished)
            QVERIFY2(ids.contains(QLatin1String(p.id)), p.id);
    }

    void preset_data()
    {
        QTest::addColumn<QString>("id");
        for (const QString &id : io::presetIds())
            QTest::newRow(qPrintable(id)) << id;
    }
    void preset()
    {
        QFETCH(QString, id);
        QString error;
        const auto m = io::presetModel(id, &error);
        QVERIFY2(m.has_value(), qPrintable(error));
        QVERIFY(core::validateModel(*m).empty());
        QVERIFY(!m->name.empty());

        // The source names where the numbers come from, and docs/models.md lists it.
        const QString source = QString::fromStdString(m->source);
        QVERIFY(!source.trimmed().isEmpty());
        static const QHash<QString, QString> rows = docsSources();
        QVERIFY2(rows.contains(id), qPrintable(id + ": no row in docs/models.md's Sources table"));
        static const QRegularExpression repo(QStringLiteral("Hugging Face (\\S+),"));
        const auto hf = repo.match(source);
        const QString key = hf.hasMatch() ? hf.captured(1) : source.section(QLatin1Char(','), 0, 0);
        QVERIFY2(rows.value(id).contains(key), qPrintable(id + ": the docs row does not name " + key));

        // Weights, counted within 3% of the published count.
        QVERIFY2(m->weights.vocab >= 1, qPrintable(id + ": no vocab_size"));
        const core::ParameterCount c = core::countParameters(*m);
        const Published *p = published(id);
        QVERIFY(p);
        qInfo("%s: %lld parameters, %lld active; published %.6g (%s)", qPrintable(id), qlonglong(c.total),
              qlonglong(c.active), p->total, p->where);
        const double total = double(c.total)
            + (p->tiedStoredTwice && m->weights.tiedEmbeddings ? double(m->weights.vocab) * double(m->dModel) : 0.0);
        QVERIFY2(std::abs(total / p->total - 1.0) <= kTolerance,
                 qPrintable(QStringLiteral("%1: %2 parameters counted, %3 published (%4)")
                                .arg(id)
                                .arg(total, 0, 'g', 6)
                                .arg(p->total, 0, 'g', 6)
                                .arg(QLatin1String(p->where))));
        if (p->active > 0) {
            const double active = double(c.active)
                - (p->activeWithoutInputEmbedding ? double(m->weights.vocab) * double(m->dModel) : 0.0);
            QVERIFY2(std::abs(active / p->active - 1.0) <= kTolerance,
                     qPrintable(QStringLiteral("%1: %2 active parameters counted, %3 published (%4)")
                                    .arg(id)
                                    .arg(active, 0, 'g', 6)
                                    .arg(p->active, 0, 'g', 6)
                                    .arg(QLatin1String(p->where))));
        } else {
            QCOMPARE(c.active, c.total); // dense: every parameter is active
        }
    }

    // KV-cache bytes at 16 bits, batch 1, worked out by hand from the published configs.
    void kvCacheBytes_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<qint64>("context");
        QTest::addColumn<qint64>("bytes");
        // 21 layers of window 4096 and 21 full layers, 2 x 8 KV heads x 256 x 2 bytes each.
        QTest::newRow("gemma-2-9b") << "gemma-2-9b" << 8192LL << (21LL * 4096 + 21LL * 8192) * 2 * 8 * 256 * 2;
        // 46 layers alternate: 23 of window 4096, 23 full; 2 x 16 x 128 x 2 bytes.
        QTest::newRow("gemma-2-27b") << "gemma-2-27b" << 8192LL << (23LL * 4096 + 23LL * 8192) * 2 * 16 * 128 * 2;
        // Defaults: 4 KV heads of 256, one global layer in 6 (layers 5, 11, ..., 29: 5 of 34), window 1024.
        QTest::newRow("gemma-3-4b") << "gemma-3-4b" << 8192LL << (29LL * 1024 + 5LL * 8192) * 2 * 4 * 256 * 2;
        // 12 banded layers of window 128 and 12 full ones; 2 x 8 x 64 x 2 bytes.
        QTest::newRow("gpt-oss-20b") << "gpt-oss-20b" << 8192LL << (12LL * 128 + 12LL * 8192) * 2 * 8 * 64 * 2;
        QTest::newRow("gpt-oss-120b") << "gpt-oss-120b" << 8192LL << (18LL * 128 + 18LL * 8192) * 2 * 8 * 64 * 2;
        // 4 attention layers of 32 (layers 4, 12, 20, 28); the 28 Mamba layers keep no KV cache.
        QTest::newRow("jamba-v0.1") << "jamba-v0.1" << 8192LL << 4LL * 8192 * 2 * 8 * 128 * 2;
        // 94 layers, 4 KV heads of 128.
        QTest::newRow("qwen3-235b-a22b") << "qwen3-235b-a22b" << 8192LL << 94LL * 8192 * 2 * 4 * 128 * 2;
        // MLA: 61 layers of the 512-wide latent and the 64-wide RoPE key.
        QTest::newRow("kimi-k2") << "kimi-k2" << 8192LL << 61LL * 8192 * (512 + 64) * 2;
        // Every layer keeps at most 4096 tokens (sliding_window 4096).
        QTest::newRow("mistral-7b") << "mistral-7b" << 8192LL << 32LL * 4096 * 2 * 8 * 128 * 2;
        QTest::newRow("mistral-7b-v0.3") << "mistral-7b-v0.3" << 8192LL << 32LL * 8192 * 2 * 8 * 128 * 2;
        // Phi-3-mini: window 2047 on every layer, 32 KV heads of 96.
        QTest::newRow("phi-3-mini") << "phi-3-mini" << 4096LL << 32LL * 2047 * 2 * 32 * 96 * 2;
        // MiniCPM3: 62 layers of the 256-wide latent and the 32-wide RoPE key.
        QTest::newRow("minicpm3-4b") << "minicpm3-4b" << 4096LL << 62LL * 4096 * (256 + 32) * 2;
    }
    void kvCacheBytes()
    {
        QFETCH(QString, id);
        QFETCH(qint64, context);
        QFETCH(qint64, bytes);
        QCOMPARE(kvBytes(loadPreset(id), context), bytes);
    }

    // The defaults Gemma 3 4B's text_config leaves to Gemma3TextConfig are reported.
    void gemma3Defaults()
    {
        const core::ModelShape m = loadPreset(QStringLiteral("gemma-3-4b"));
        QStringList defaults;
        for (const std::string &d : m.defaults)
            defaults << QString::fromStdString(d);
        for (const char *key : {"text_config.num_attention_heads = 8", "text_config.num_key_value_heads = 4",
                                "text_config.head_dim = 256", "text_config.sliding_window_pattern = 6",
                                "text_config.vocab_size = 262208"})
            QVERIFY2(defaults.join(QLatin1Char('\n')).contains(QLatin1String(key)), key);
        QCOMPARE(m.nHeads, 8);
        QCOMPARE(m.nKvHeads, 4);
        QCOMPARE(m.dHead, 256);
        QVERIFY(m.weights.tiedEmbeddings);
        // The SigLIP tower of vision_config is outside the count, and the count says so.
        QVERIFY(core::countParameters(m).visionTowerNotCounted);
        QVERIFY(!core::countParameters(loadPreset(QStringLiteral("llama-3.1-8b"))).visionTowerNotCounted);
    }

    // BERT is encoder-only: no decode cache, so no bytes per token.
    void bertKeepsNoCache()
    {
        const core::ModelShape m = loadPreset(QStringLiteral("bert-base"));
        QVERIFY(m.encoderOnly);
        core::FootprintRequest r;
        r.context = 512;
        const core::Footprint f = core::computeFootprint(m, r);
        QVERIFY(!f.decodeCache);
        QCOMPARE(f.totalBytes, 0);
        QCOMPARE(m.weights.positions, 512);
    }

    // T5-base: 12 decoder layers cache self-attention per target token and cross-attention per
    // source token, 2 x 12 heads x 64 each; a ReLU MLP of two matrices (T5Config's default).
    void t5BaseCrossCache()
    {
        const core::ModelShape m = loadPreset(QStringLiteral("t5-base"));
        QCOMPARE(m.crossLayers, 12);
        QCOMPARE(m.encoderLayers, 12);
        QCOMPARE(kvBytes(m, 100, 512), 12LL * 2 * 12 * 64 * (100 + 512) * 2);
        QVERIFY(!m.weights.gatedMlp);
        const core::ParameterCount c = core::countParameters(m);
        QCOMPARE(c.denseMlp, 24LL * 2 * 768 * 3072);
        QCOMPARE(c.attention, 36LL * 4 * 768 * 768); // encoder, decoder self- and cross-attention
    }

    // Jamba's 28 Mamba layers: in_proj 4096 x 16384, conv1d 8192 x 4 + 8192, x_proj 8192 x (256 + 32),
    // dt_proj 256 x 8192 + 8192, A_log 8192 x 16, D 8192, out_proj 8192 x 4096 = 105,308,160 each.
    void jambaMixers()
    {
        const core::ModelShape m = loadPreset(QStringLiteral("jamba-v0.1"));
        const core::ParameterCount c = core::countParameters(m);
        QCOMPARE(c.mixerLayers, 28);
        QCOMPARE(c.mixers, 28LL * 105'308'160);
        QCOMPARE(c.moeLayers, 16);
        QCOMPARE(c.attention, 4LL * (2 * 4096 * 4096 + 2 * 4096 * 1024));
    }
};

QTEST_GUILESS_MAIN(TestPresets)
#include "tst_presets.moc"
