// SPDX-License-Identifier: GPL-3.0-or-later
// --input trained --text --layer end to end, through the real executable: compute's summary and
// dump, export and --screenshot, and every refusal as one line.
#include "tests/common/runprogram.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {
using attnscope::testing::Run;

Run run(const QStringList &arguments, const QString &workingDirectory = QString())
{
    return attnscope::testing::runProgram(QStringLiteral(ATTNSCOPE_BINARY), arguments, 120000, workingDirectory);
}

int colourCount(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 5)
        for (int x = 0; x < image.width(); x += 5)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}
} // namespace

class TestTrainedCli : public QObject
{
    Q_OBJECT
private slots:
    void computeSummaryNamesTheTokens()
    {
        const Run r = run({"compute", "--mechanism", "gqa", "--input", "trained", "--layer", "2", "--text",
                           "repeat : lamp river | lamp river ."});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("trained model gqa, layer 2"), qPrintable(r.out));
        QVERIFY(r.out.contains("text: repeat : lamp river | lamp river ."));
        QVERIFY(r.out.contains("d_model 128, heads 8, KV heads 2, d_head 16"));
        QVERIFY(r.out.contains("<|endoftext|>"));
        QVERIFY(r.out.contains(QStringLiteral("␣lamp"))); // token labels, spaces shown
        QVERIFY(r.err.isEmpty());
    }
    void computeTranslatesADate()
    {
        const Run r = run({"compute", "--mechanism", "bahdanau", "--input", "trained", "--text", "20 july 1969"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("trained model bahdanau-dates"), qPrintable(r.out));
        QVERIFY(r.out.contains("source tokens 3, target tokens 11"));
        QVERIFY(r.out.contains("july"));
    }
    void dumpRecordsTheInput()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath("trained.json");
        const Run r = run({"compute", "--mechanism", "mla", "--input", "trained", "--layer", "0", "--text",
                           "the dog runs .", "--dump", file});
        QCOMPARE(r.exitCode, 0);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        const QJsonObject config = root.value("config").toObject();
        QCOMPARE(config.value("input").toString(), QStringLiteral("trained"));
        QCOMPARE(config.value("text").toString(), QStringLiteral("the dog runs ."));
        QCOMPARE(config.value("layer").toInt(), 0);
        QCOMPARE(config.value("d_latent_kv").toInt(), 48);
        const QJsonArray queries = root.value("token_labels").toObject().value("queries").toArray();
        QCOMPARE(queries.first().toString(), QStringLiteral("<|endoftext|>"));
        QCOMPARE(queries.last().toString(), QStringLiteral(" ."));
        const QJsonArray shape = root.value("tensors").toObject().value("weights").toObject().value("shape").toArray();
        QCOMPARE(shape.at(1).toInt(), queries.size());
    }
    // A seeded dump has no input keys: dumps of seeded computations are as they were.
    void seededDumpUnchanged()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath("seeded.json");
        QCOMPARE(run({"compute", "--mechanism", "mha", "--dump", file}).exitCode, 0);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        QVERIFY(!root.value("config").toObject().contains("input"));
        QVERIFY(!root.value("config").toObject().contains("layer"));
        QVERIFY(!root.contains("token_labels"));
    }
    void refusals_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("bad input") << QStringList{"--mechanism", "mha", "--input", "learned"}
                                   << "--input 'learned': choose seeded or trained.";
        QTest::newRow("text when seeded") << QStringList{"--mechanism", "mha", "--text", "a b"} << "--text 'a b'";
        QTest::newRow("sizes when trained") << QStringList{"--mechanism", "mha", "--input", "trained", "--heads", "4"}
                                            << "--heads 4: the trained model fixes it";
        QTest::newRow("layer beyond") << QStringList{"--mechanism", "mqa", "--input", "trained", "--layer", "9"}
                                      << "--layer 9: the trained mqa model has layers 0 to 3.";
        QTest::newRow("sdpa") << QStringList{"--mechanism", "sdpa", "--input", "trained"} << "no trained model";
        QTest::newRow("unknown word") << QStringList{"--mechanism", "bahdanau", "--input", "trained", "--text",
                                                     "5 decembre 2026"}
                                      << "decembre";
    }
    void refusals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const Run r = run(QStringList{"compute"} + arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
        QVERIFY2(r.err.count(QLatin1Char('\n')) == 1, qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }
    // The window, offscreen: the attention view and the compare view on trained models.
    void exportAndScreenshot()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath("attention.csv");
        const Run e = run({"export", "--view", "attention", "--mechanism", "mqa", "--input", "trained", "--text",
                           "the dog near the horses is big .", "--layer", "1", "--output", csv});
        QCOMPARE(e.exitCode, 0);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray table = f.readAll();
        QVERIFY2(table.contains("horses"), table.left(400).constData());

        const QString png = dir.filePath("compare.png");
        const Run s = run({"--screenshot", png, "--view", "compare", "--mechanism", "gqa", "--input", "trained",
                           "--text", "count : 41 42 43 44 ."});
        QCOMPARE(s.exitCode, 0);
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1280, 800));
        QVERIFY(colourCount(image) > 30);

        const Run bad = run({"export", "--view", "attention", "--mechanism", "gqa", "--input", "trained", "--layer",
                             "4", "--output", dir.filePath("never.png")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("--layer 4"), qPrintable(bad.err));
        QVERIFY(!QFile::exists(dir.filePath("never.png")));
    }
};

QTEST_GUILESS_MAIN(TestTrainedCli)
#include "tst_trainedcli.moc"
