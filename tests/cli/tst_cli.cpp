// SPDX-License-Identifier: GPL-3.0-or-later
// The real executable, run as a user would: exit codes, one line on stderr, files.
#include "tests/common/runprogram.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {
using attnscope::testing::Run;

Run run(const QStringList &arguments, const QString &workingDirectory = QString())
{
    return attnscope::testing::runProgram(QStringLiteral(ATTNSCOPE_BINARY), arguments, 120000, workingDirectory);
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void computesEveryMechanism_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expect");
        QTest::newRow("bahdanau") << QStringList{"--mechanism", "bahdanau"} << "Bahdanau additive attention";
        QTest::newRow("sdpa cross") << QStringList{"--mechanism", "sdpa", "--cross"} << "X_enc";
        QTest::newRow("mha causal") << QStringList{"--mechanism", "mha", "--causal"} << "2 n_h d_h = 2 x 4 x 8 = 64";
        QTest::newRow("gqa") << QStringList{"--mechanism", "gqa", "--heads", "8", "--kv-heads", "2"} << "2 n_g d_h";
        QTest::newRow("mqa") << QStringList{"--mechanism", "mqa"} << "2 d_h = 2 x 8 = 16";
        QTest::newRow("mla absorbed") << QStringList{"--mechanism", "mla", "--mla-path", "absorbed"}
                                      << "d_c + d_h^R = 32 + 4";
        QTest::newRow("mla naive") << QStringList{"--mechanism", "mla"} << "4 x (2 x 8 + 4) = 80 elements";
        QTest::newRow("mha one head") << QStringList{"--mechanism", "mha", "--heads", "1"} << "2 x 1 x 32 = 64";
        QTest::newRow("mla one head") << QStringList{"--mechanism", "mla", "--heads", "1"} << "d_c + d_h^R";
    }
    void computesEveryMechanism()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expect);
        const Run r = run(QStringList{"compute"} + arguments);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(expect), qPrintable(r.out));
        QVERIFY(r.out.contains("Attention weights"));
        QVERIFY(r.err.isEmpty());
    }
    void dumpIsWrittenAndDeterministic()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath("a.json");
        const QString b = dir.filePath("b.json");
        QCOMPARE(run({"compute", "--mechanism", "mla", "--seed", "3", "--dump", a}).exitCode, 0);
        QCOMPARE(run({"compute", "--mechanism", "mla", "--seed", "3", "--dump", b}).exitCode, 0);
        QFile fa(a), fb(b);
        QVERIFY(fa.open(QIODevice::ReadOnly) && fb.open(QIODevice::ReadOnly));
        const QByteArray bytes = fa.readAll();
        QCOMPARE(bytes, fb.readAll());
        const QJsonObject root = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(root.value("mechanism").toString(), QStringLiteral("mla"));
        QCOMPARE(root.value("config").toObject().value("seed").toInt(), 3);
        QVERIFY(root.value("tensors").toObject().contains("c_KV"));
    }
    void badInputExitsTwoWithOneLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("kv heads") << QStringList{"--mechanism", "gqa", "--heads", "8", "--kv-heads", "3"}
                                  << "--kv-heads 3";
        QTest::newRow("not a number") << QStringList{"--mechanism", "mha", "--tokens", "x"} << "--tokens 'x'";
        QTest::newRow("no mechanism") << QStringList{} << "--mechanism";
        QTest::newRow("unknown option") << QStringList{"--mechanism", "mha", "--frobnicate"} << "frobnicate";
        QTest::newRow("memory cap") << QStringList{"--mechanism", "mha", "--tokens", "1000000"} << "limit";
        QTest::newRow("odd rope") << QStringList{"--mechanism", "mla", "--rope-dim", "3"} << "--rope-dim 3";
        QTest::newRow("d_model") << QStringList{"--mechanism", "mha", "--d-model", "30"} << "--d-model 30";
    }
    void badInputExitsTwoWithOneLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        const QString dump = dir.filePath("never.json");
        const Run r = run(QStringList{"compute"} + arguments + QStringList{"--dump", dump});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY(r.err.startsWith("attnscope compute: "));
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFile::exists(dump)); // nothing written
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    }
    void unwritableDumpExitsOne()
    {
        const Run r = run({"compute", "--mechanism", "sdpa", "--dump", "/nonexistent-attnscope/dir/x.json"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("/nonexistent-attnscope/dir/x.json"));
    }
    // No display in this environment: these must answer without creating a window.
    void topLevelWithoutDisplay_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("help") << QStringList{"--help"} << 0 << "compute";
        QTest::newRow("help names tradeoff") << QStringList{"--help"} << 0 << "|tradeoff|";
        QTest::newRow("version") << QStringList{"--version"} << 0 << "AttnScope 0.";
        QTest::newRow("unknown command") << QStringList{"frobnicate"} << 2 << "unknown command 'frobnicate'";
        QTest::newRow("unknown option") << QStringList{"--frobnicate"} << 2 << "frobnicate";
        QTest::newRow("bad mechanism") << QStringList{"--mechanism", "rnn", "--screenshot", "/tmp/x.png"} << 2
                                       << "--mechanism 'rnn'";
    }
    void topLevelWithoutDisplay()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, mentions);
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2((r.out + r.err).contains(mentions), qPrintable(r.out + r.err));
    }
    void footprintEndToEnd()
    {
        const Run ok = run({"footprint", "--model", "deepseek-v2", "--kv-bits", "6", "--compare", "deepseek-67b"});
        QCOMPARE(ok.exitCode, 0);
        QVERIFY2(ok.out.contains("93.3%"), qPrintable(ok.out));
        QVERIFY(ok.err.isEmpty());
        const Run bad = run({"footprint", "--model", "llama-2-7b", "--kv-bits", "0"});
        QCOMPARE(bad.exitCode, 2);
        QCOMPARE(bad.err.count(QLatin1Char('\n')), 1);
        QVERIFY(bad.err.startsWith("attnscope footprint: --kv-bits '0'"));
        QVERIFY(bad.out.isEmpty());
    }
    // Every view in every format, from the command line, offscreen.
    void exportViews_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("suffix");
        QTest::newRow("steps png") << QStringList{"--view", "steps", "--mechanism", "mla", "--step", "5"} << "png";
        QTest::newRow("attention svg") << QStringList{"--view", "attention", "--mechanism", "bahdanau"} << "svg";
        QTest::newRow("compare pdf") << QStringList{"--view", "compare", "--tokens", "5"} << "pdf";
        QTest::newRow("footprint png") << QStringList{"--view", "footprint", "--model", "deepseek-v2"} << "png";
        QTest::newRow("attention csv") << QStringList{"--view", "attention", "--mechanism", "gqa"} << "csv";
        QTest::newRow("compare csv") << QStringList{"--view", "compare"} << "csv";
        QTest::newRow("footprint csv") << QStringList{"--view", "footprint", "--model", "llama-2-7b"} << "csv";
        QTest::newRow("steps csv") << QStringList{"--view", "steps", "--mechanism", "sdpa", "--step", "3"} << "csv";
        QTest::newRow("tradeoff png") << QStringList{"--view", "tradeoff"} << "png";
        QTest::newRow("tradeoff svg") << QStringList{"--view", "tradeoff"} << "svg";
        QTest::newRow("tradeoff pdf") << QStringList{"--view", "tradeoff"} << "pdf";
        QTest::newRow("tradeoff csv") << QStringList{"--view", "tradeoff"} << "csv";
    }
    void exportViews()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, suffix);
        QTemporaryDir dir;
        const QString file = dir.filePath("view." + suffix);
        const Run r =
            run(QStringList{"export"} + arguments + QStringList{"--output", file, "--width", "800", "--height", "500"});
        QCOMPARE(r.exitCode, 0);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        if (suffix == "png") {
            QVERIFY(bytes.startsWith("\x89PNG\r\n\x1a\n"));
            QImage image;
            QVERIFY(image.loadFromData(bytes, "PNG"));
            QCOMPARE(image.size(), QSize(800, 500));
            QSet<QRgb> colours;
            for (int y = 0; y < image.height(); y += 5)
                for (int x = 0; x < image.width(); x += 5)
                    colours.insert(image.pixel(x, y));
            QVERIFY2(colours.size() > 30, "the picture is blank");
        } else if (suffix == "svg") {
            QXmlStreamReader xml(bytes);
            int elements = 0;
            while (!xml.atEnd())
                elements += xml.readNext() == QXmlStreamReader::StartElement;
            QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
            QVERIFY(elements > 50);
        } else if (suffix == "pdf") {
            QVERIFY(bytes.startsWith("%PDF-"));
            QVERIFY(bytes.trimmed().endsWith("%%EOF"));
        } else {
            const QList<QByteArray> lines = bytes.trimmed().split('\n');
            QVERIFY(lines.size() >= 3);
            // Quoted cells may hold commas: count on the lines without quotes.
            qsizetype columns = -1;
            for (const auto &line : lines)
                if (!line.contains('"') && columns < 0)
                    columns = line.count(',');
            QVERIFY(columns >= 1);
            for (const auto &line : lines)
                if (!line.contains('"'))
                    QCOMPARE(line.count(','), columns);
        }
    }
    void exportRefusesBadInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown view") << QStringList{"--view", "heatmap", "--output", "x.png"} << "--view 'heatmap'";
        QTest::newRow("no output") << QStringList{"--view", "attention"} << "--output";
        QTest::newRow("bad format") << QStringList{"--view", "attention", "--output", "x.gif"} << "x.gif";
        QTest::newRow("bad parameter") << QStringList{"--output", "x.png", "--mechanism", "gqa", "--kv-heads", "3"}
                                       << "--kv-heads 3";
        QTest::newRow("step beyond") << QStringList{"--view", "steps", "--output", "x.png", "--step", "999"}
                                     << "--step 999";
        QTest::newRow("tiny width") << QStringList{"--output", "x.png", "--width", "10"} << "--width 10";
        QTest::newRow("unknown preset") << QStringList{"--view", "footprint", "--output", "x.png", "--model", "gpt5"}
                                        << "'gpt5'";
        QTest::newRow("footprint flag elsewhere") << QStringList{"--view", "attention", "--output", "x.png", "--gpus", "2"}
                                                  << "add --view footprint";
        QTest::newRow("footprint flag, no model") << QStringList{"--view", "footprint", "--output", "x.png", "--kv-bits", "8"}
                                                  << "--model ID or --config FILE";
        QTest::newRow("bad gpu memory") << QStringList{"--view", "footprint", "--output", "x.png", "--model",
                                                       "llama-2-7b", "--gpu-gib", "0"}
                                        << "--gpu-gib";
        QTest::newRow("bad figure") << QStringList{"--output", "x.svg", "--figure", "poster"} << "--figure 'poster'";
        QTest::newRow("mm without custom") << QStringList{"--output", "x.svg", "--width-mm", "100"} << "--figure custom";
        QTest::newRow("custom without size") << QStringList{"--output", "x.svg", "--figure", "custom"} << "--width-mm";
        QTest::newRow("tiny font") << QStringList{"--output", "x.svg", "--figure", "column", "--font-pt", "6"}
                                   << "--font-pt 6";
        QTest::newRow("all heads elsewhere") << QStringList{"--view", "compare", "--output", "x.svg", "--heads", "all"}
                                             << "--heads all";
        QTest::newRow("timings without sweep") << QStringList{"--view", "timings", "--output", "x.svg"} << "sweep";
        QTest::newRow("bad overlay") << QStringList{"--view", "footprint", "--output", "x.png", "--model", "llama-2-7b",
                                                    "--overlay", "nope"}
                                     << "--overlay 'nope'";
    }
    // Issue 16: a figure for a paper column is a vector PDF and SVG at its size in millimetres,
    // with text (pdftotext reads it where installed) and no embedded image.
    void exportFigurePresets()
    {
        QTemporaryDir dir;
        const QString svg = dir.filePath("heads.svg");
        Run r = run({"export", "--view", "heads", "--heads", "all", "--heads", "4", "--figure", "column", "--output", svg});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.contains("width=\"88.000mm\""));
        QVERIFY(!bytes.contains("<image"));
        QCOMPARE(bytes.count(">Head<"), 4); // one panel per head, each labelled
        const QString pdf = dir.filePath("steps.pdf");
        r = run({"export", "--view", "steps", "--step", "4", "--figure", "double", "--output", pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile p(pdf);
        QVERIFY(p.open(QIODevice::ReadOnly));
        QVERIFY(p.readAll().contains("/Font"));
        if (!QStandardPaths::findExecutable("pdftotext").isEmpty()) {
            QProcess text;
            text.start("pdftotext", {pdf, "-"});
            QVERIFY(text.waitForFinished(30000));
            const QString words = QString::fromUtf8(text.readAllStandardOutput());
            QVERIFY2(words.contains("Step 4"), qPrintable(words.left(300)));
            for (const char *control : {"Speed:", "steps/s"})
                QVERIFY2(!words.contains(QLatin1String(control)), control);
        }
        const QString png = dir.filePath("slide.png");
        r = run({"export", "--view", "attention", "--output", png});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QImage image(png);
        QCOMPARE(image.size(), QSize(1920, 1080));
    }
    // `export --view footprint` with the footprint command's flags draws what that command prints:
    // at the target context, the chart's line is the per-GPU weights and cache of the plan.
    void exportFootprintAgreesWithCommandLine()
    {
        QTemporaryDir dir;
        const QString config = dir.filePath("config.json");
        QFile c(config);
        QVERIFY(c.open(QIODevice::WriteOnly));
        c.write(R"({"model_type": "gemma2", "hidden_size": 3584, "num_attention_heads": 16,
            "num_key_value_heads": 8, "head_dim": 256, "num_hidden_layers": 42, "intermediate_size": 14336,
            "vocab_size": 256000, "sliding_window": 4096, "tie_word_embeddings": true})");
        c.close();
        const QStringList flags{"--config", config,  "--context",     "100000", "--batch",       "4",
                                "--kv-bits", "8",    "--gpu-gib",     "80",     "--gpus",        "2",
                                "--reserve-gib", "4", "--weight-bits", "8",     "--block-size",  "32"};
        const Run cli = run(QStringList{"footprint", "--json"} + flags);
        QCOMPARE(cli.exitCode, 0);
        const QJsonObject plan = QJsonDocument::fromJson(cli.out.toUtf8()).object().value("plan").toObject();
        QVERIFY2(!plan.isEmpty(), qPrintable(cli.out.left(400)));
        const qint64 perGpu = plan.value("weight_bytes_per_gpu").toInteger() + plan.value("cache_bytes_per_gpu").toInteger();
        QVERIFY(perGpu > 0);

        const QString csv = dir.filePath("footprint.csv");
        const Run r = run(QStringList{"export", "--view", "footprint", "--output", csv, "--overlay", config} + flags);
        QCOMPARE(r.exitCode, 0);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QVERIFY(lines.first().contains("bytes per GPU"));
        bool found = false;
        for (const QByteArray &line : lines)
            if (line.startsWith("100000,")) {
                QCOMPARE(line.split(',').value(1).toLongLong(), perGpu);
                found = true;
            }
        QVERIFY2(found, "the target context is not a row of the chart's data");
    }
    void exportRefusesBadInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        const Run r = run(QStringList{"export"} + arguments, dir.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    }
    void screenshotIsNotBlank()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath("shot.png");
        const Run r = run({"--screenshot", file, "--mechanism", "bahdanau", "--view", "steps", "--step", "10",
                           "--width", "1200", "--height", "700"});
        QCOMPARE(r.exitCode, 0);
        QImage image(file);
        QCOMPARE(image.size(), QSize(1200, 700));
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 5)
            for (int x = 0; x < image.width(); x += 5)
                colours.insert(image.pixel(x, y));
        QVERIFY(colours.size() > 30);
    }
    void helpExitsZero()
    {
        const Run r = run({"compute", "--help"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("--mla-path"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
