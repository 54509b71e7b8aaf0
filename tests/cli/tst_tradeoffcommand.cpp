// SPDX-License-Identifier: GPL-3.0-or-later
// `attnscope tradeoff` in process: the shipped models' results as text, JSON and CSV, checked
// against model/teachingresults.h, and every refusal (flags, models not found, a broken file).
#include "cli/tradeoffcommand.h"
#include "model/teachingresults.h"
#include "widgets/models/tradeofftable.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <cstdlib>
#include <filesystem>

using namespace attnscope;

namespace {
struct Result
{
    int exitCode;
    QString out;
    QString err;
};

Result tradeoff(const QStringList &flags)
{
    QString out;
    QString err;
    QTextStream o(&out);
    QTextStream e(&err);
    const int code = cli::runTradeoff(QStringList{"attnscope", "tradeoff"} + flags, o, e);
    o.flush();
    e.flush();
    return {code, out, err};
}

// A copy of the four language models' config.json and results.json under `dir`.
void copyModels(const QString &dir)
{
    for (const char *name : {"mha", "gqa", "mqa", "mla"}) {
        QDir().mkpath(dir + "/" + name);
        const auto from = model::teachingModelsDir() / name;
        for (const char *file : {"config.json", "results.json"})
            QVERIFY(QFile::copy(QString::fromStdString((from / file).string()),
                                dir + "/" + name + "/" + file));
    }
}
} // namespace

class TestTradeoffCommand : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { unsetenv("ATTNSCOPE_MODELS"); }

    // Aligned columns: every table line as wide as its header, one row per model, in order.
    void printsTheTable()
    {
        const Result r = tradeoff({});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty());
        const QStringList lines = r.out.split(QLatin1Char('\n'));
        const int header = int(lines.indexOf(QRegularExpression("^model +parameters +layers .*counting$")));
        QVERIFY2(header >= 0, qPrintable(r.out));
        const QStringList names{"MHA", "GQA", "MQA", "MLA"};
        const auto results = model::readAllTeachingResults();
        for (int i = 0; i < 4; ++i) {
            const QString &row = lines[header + 1 + i];
            QVERIFY2(row.startsWith(names[i] + " "), qPrintable(row));
            QCOMPARE(row.size(), lines[header].size());
            // The held-out loss, from the file, with three decimals.
            QVERIFY2(row.contains(QString::number(results[std::size_t(i)].heldOutLoss, 'f', 3)), qPrintable(row));
        }
        QVERIFY(r.out.contains("Heads found"));
        QVERIFY(r.out.contains("induction: L"));
        QVERIFY(r.out.contains("lower is better"));
    }
    void printsJson()
    {
        const Result r = tradeoff({"--json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(root.value("bytes_per_element").toInt(), 2);
        const QJsonArray models = root.value("models").toArray();
        QCOMPARE(models.size(), 4);
        const auto results = model::readAllTeachingResults();
        for (int i = 0; i < 4; ++i) {
            const QJsonObject m = models[i].toObject();
            const auto &expected = results[std::size_t(i)];
            QCOMPARE(m.value("model").toString(), QString::fromStdString(expected.folderName));
            QCOMPARE(m.value("kv_elements_per_token_per_layer").toInteger(), expected.kvElementsPerTokenPerLayer);
            QCOMPARE(m.value("kv_bytes_per_token_16bit").toInteger(),
                     expected.kvElementsPerTokenPerLayer * expected.layers * 2);
            QCOMPARE(m.value("held_out_loss").toDouble(), expected.heldOutLoss);
            QCOMPARE(m.value("copying").toObject().value("accuracy").toDouble(), expected.copying);
            QCOMPARE(m.value("heads").toObject().value("induction").toArray().size(),
                     qsizetype(expected.headsOf("induction").size()));
        }
        QCOMPARE(models[0].toObject().value("kv_elements_per_token_per_layer").toInt(), 256);
        QCOMPARE(models[2].toObject().value("kv_elements_per_token_per_layer").toInt(), 32);
    }
    // The CSV is the page's export, byte for byte.
    void printsCsv()
    {
        const Result r = tradeoff({"--csv"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.toUtf8(), widgets::tradeoffCsv(model::readAllTeachingResults()));
        const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 5);
        QVERIFY(lines[0].startsWith("model,mechanism,parameters,kv_elements_per_token_per_layer,layers,"));
        QVERIFY(lines[2].startsWith("gqa,GQA,"));
    }
    void refusesBadFlags_data()
    {
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<QString>("message");
        QTest::newRow("both formats") << QStringList{"--json", "--csv"}
                                      << "attnscope tradeoff: --json and --csv: choose one output format.\n";
        QTest::newRow("unknown flag") << QStringList{"--frobnicate"}
                                      << "attnscope tradeoff: Unknown option 'frobnicate'.\n";
        QTest::newRow("argument") << QStringList{"mha"}
                                  << "attnscope tradeoff: unexpected argument 'mha'; the command takes only --json "
                                     "or --csv.\n";
        QTest::newRow("repeated") << QStringList{"--json", "--json"}
                                  << "attnscope tradeoff: --json is given more than once; give it once.\n";
    }
    void refusesBadFlags()
    {
        QFETCH(QStringList, flags);
        QFETCH(QString, message);
        const Result r = tradeoff(flags);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err, message);
    }
    void help()
    {
        const Result r = tradeoff({"--help"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("Usage: attnscope tradeoff [--json | --csv]"));
        QVERIFY(r.out.contains("--csv"));
    }
    // No models where ATTNSCOPE_MODELS points: exit 3 and teachingModelsDir()'s sentence.
    void refusesMissingModels()
    {
        QTemporaryDir empty;
        setenv("ATTNSCOPE_MODELS", empty.path().toLocal8Bit().constData(), 1);
        const Result r = tradeoff({});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(r.err.startsWith("attnscope tradeoff: ") && r.err.contains(empty.path()), qPrintable(r.err));
    }
    // A broken results.json: exit 1 and the reader's sentence, nothing on stdout.
    void refusesABrokenFile()
    {
        QTemporaryDir dir;
        copyModels(dir.path());
        const QString file = dir.path() + "/mqa/results.json";
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        o.insert("held_out_loss", -2.5);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(o).toJson());
        f.close();
        setenv("ATTNSCOPE_MODELS", dir.path().toLocal8Bit().constData(), 1);
        for (const QString &format : {QString(), QStringLiteral("--json"), QStringLiteral("--csv")}) {
            const Result r = tradeoff(format.isEmpty() ? QStringList{} : QStringList{format});
            QCOMPARE(r.exitCode, 1);
            QVERIFY(r.out.isEmpty());
            QCOMPARE(r.err, "attnscope tradeoff: " + file
                                + ": held_out_loss is -2.5; it must be a number greater than 0.\n");
        }
    }
};

QTEST_GUILESS_MAIN(TestTradeoffCommand)
#include "tst_tradeoffcommand.moc"
