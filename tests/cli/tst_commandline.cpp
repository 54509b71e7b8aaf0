// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandline.h"
#include "cli/commands.h"

#include <QTest>

using namespace attnscope;

namespace {
cli::ComputeParse parse(const QStringList &flags)
{
    return cli::parseComputeArguments(QStringList{"attnscope", "compute"} + flags);
}
} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT
private slots:
    void parsesEveryFlag()
    {
        const auto result =
            parse({"--mechanism",   "mla",     "--d-model",     "48",   "--heads",    "6",
                   "--head-dim",    "5",       "--tokens",      "3",    "--seed",     "9007199254740991",
                   "--latent-rank", "7",       "--query-rank",  "9",    "--rope-dim", "6",
                   "--rope-base",   "500",     "--rope-layout", "half", "--mla-path", "absorbed",
                   "--dump",        "out.json"});
        const auto *o = std::get_if<cli::ComputeOptions>(&result);
        QVERIFY(o);
        const core::Request &r = o->request;
        QCOMPARE(r.mechanism, core::Mechanism::Mla);
        QCOMPARE(*r.dModel, 48);
        QCOMPARE(*r.nHeads, 6);
        QCOMPARE(*r.dHead, 5);
        QCOMPARE(*r.tokens, 3);
        QCOMPARE(r.seed, 9007199254740991ULL);
        QCOMPARE(*r.dLatentKv, 7);
        QCOMPARE(*r.dLatentQ, 9);
        QCOMPARE(*r.dRope, 6);
        QCOMPARE(*r.ropeBase, 500.0);
        QCOMPARE(*r.ropeLayout, core::RopeLayout::Half);
        QCOMPARE(*r.mlaPath, core::MlaPath::Absorbed);
        QCOMPARE(o->dumpFile, QStringLiteral("out.json"));
        QVERIFY(!r.nKvHeads && !r.hidden && !r.sourceTokens);
    }
    void flagsAndEqualsForm()
    {
        const auto result = parse({"--mechanism=gqa", "--kv-heads=2", "--causal", "--source-tokens", "4", "--cross",
                                   "--hidden", "3", "--align-dim", "2"});
        const auto *o = std::get_if<cli::ComputeOptions>(&result);
        QVERIFY(o);
        QCOMPARE(*o->request.nKvHeads, 2);
        QVERIFY(o->request.causal);
        QCOMPARE(o->request.attention, core::AttentionKind::Cross);
        QCOMPARE(*o->request.sourceTokens, 4);
        QCOMPARE(*o->request.hidden, 3);
        QCOMPARE(*o->request.alignDim, 2);
    }
    void help()
    {
        const auto result = parse({"--help"});
        const auto *h = std::get_if<cli::HelpRequested>(&result);
        QVERIFY(h);
        QVERIFY(h->text.contains("--mechanism"));
        QVERIFY(h->text.contains("--rope-layout"));
    }
    void rejects_data()
    {
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no mechanism") << QStringList{"--heads", "4"} << "--mechanism is required";
        QTest::newRow("unknown mechanism") << QStringList{"--mechanism", "lstm"} << "--mechanism 'lstm'";
        QTest::newRow("non-numeric") << QStringList{"--mechanism", "mha", "--heads", "four"} << "--heads 'four'";
        QTest::newRow("fraction") << QStringList{"--mechanism", "mha", "--tokens", "2.5"} << "--tokens '2.5'";
        QTest::newRow("too large for 64 bits") << QStringList{"--mechanism", "mha", "--tokens", "99999999999999999999"}
                                               << "--tokens '99999999999999999999'";
        QTest::newRow("empty") << QStringList{"--mechanism", "mha", "--d-model", ""} << "--d-model ''";
        QTest::newRow("negative seed") << QStringList{"--mechanism", "mha", "--seed", "-1"} << "--seed '-1'";
        QTest::newRow("seed beyond 2^53")
            << QStringList{"--mechanism", "mha", "--seed", "9007199254740992"} << "--seed '9007199254740992'";
        QTest::newRow("rope base text") << QStringList{"--mechanism", "mla", "--rope-base", "big"}
                                        << "--rope-base 'big'";
        QTest::newRow("rope base inf") << QStringList{"--mechanism", "mla", "--rope-base", "inf"}
                                       << "--rope-base 'inf'";
        QTest::newRow("rope layout") << QStringList{"--mechanism", "mla", "--rope-layout", "spiral"}
                                     << "--rope-layout 'spiral'";
        QTest::newRow("mla path") << QStringList{"--mechanism", "mla", "--mla-path", "fast"} << "--mla-path 'fast'";
        QTest::newRow("unknown flag") << QStringList{"--mechanism", "mha", "--bogus"} << "bogus";
        QTest::newRow("missing value") << QStringList{"--mechanism", "mha", "--heads"} << "heads";
        QTest::newRow("stray argument") << QStringList{"--mechanism", "mha", "extra"} << "'extra'";
        QTest::newRow("repeated flag") << QStringList{"--mechanism", "mha", "--heads", "2", "--heads", "4"}
                                       << "--heads is given more than once";
        QTest::newRow("empty dump") << QStringList{"--mechanism", "mha", "--dump", ""} << "--dump";
    }
    void rejects()
    {
        QFETCH(QStringList, flags);
        QFETCH(QString, mentions);
        const auto result = parse(flags);
        const auto *error = std::get_if<QString>(&result);
        QVERIFY(error);
        QVERIFY2(error->contains(mentions), qPrintable(*error));
        QVERIFY(!error->contains(QLatin1Char('\n')));
    }
    void isCommand()
    {
        QVERIFY(cli::isCommand({"attnscope", "compute"}));
        QVERIFY(!cli::isCommand({"attnscope"}));
        QVERIFY(!cli::isCommand({"attnscope", "--screenshot", "x.png"}));
        QVERIFY(cli::isCommand({"attnscope", "frobnicate"})); // refused by runCommand, not a window
        QVERIFY(cli::isCommand({"attnscope", "help", "compute"}));
        // A lesson file opens in the window (a double-click on it: Exec=attnscope %f).
        QVERIFY(!cli::isCommand({"attnscope", "intro.lesson"}));
        QVERIFY(!cli::isCommand({"attnscope", "Intro.LESSON"}));
        QVERIFY(!cli::isCommand({"attnscope", "/home/me/lessons/intro.lesson"}));
        QVERIFY(!cli::isCommand({"attnscope", "lessons/intro"}));
    }
    // The list of `attnscope --help`: names and summaries, wrapped under their summary.
    void commandOverview()
    {
        cli::CommandTable table;
        table.add({"short", cli::Display::None, "one line", {}});
        table.add({"longer-name", cli::Display::None, "a summary long enough to be wrapped at the width given", {}});
        table.add(cli::helpCommand(table));
        QCOMPARE(table.choice(), QStringLiteral("{short|longer-name|help}"));
        const QString text = table.overview(40);
        const QStringList lines = text.split(QLatin1Char('\n'));
        QCOMPARE(lines.value(0), QStringLiteral("  short        one line"));
        QVERIFY2(lines.value(1).startsWith(QLatin1String("  longer-name  a summary")), qPrintable(text));
        for (const QString &line : lines)
            QVERIFY2(line.size() <= 40, qPrintable(line));
        QVERIFY2(lines.value(2).startsWith(QString(15, QLatin1Char(' '))) && lines.value(2).at(15) != QLatin1Char(' '),
                 qPrintable(text));
        QVERIFY(text.contains(QLatin1String("  help         print a command's help")));
        QVERIFY(text.endsWith(QLatin1Char('\n')));
        QVERIFY(
            cli::helpCommandUsage(table).startsWith(QLatin1String("Usage: attnscope help {short|longer-name|help}")));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
