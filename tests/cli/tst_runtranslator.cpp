// SPDX-License-Identifier: GPL-3.0-or-later
// `attnscope run` on the shipped Bahdanau date translator (resources/models/bahdanau-dates), end
// to end (the real executable): --model/--prompt as text (the alignment table) and as JSON,
// checked against model::Translator itself; --inspect; the refusals of a word the model does not
// know, of a language model's flag, and of a broken folder.
#include "model/teaching.h"
#include "model/translator.h"
#include "tests/common/runprogram.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace attnscope;
using namespace attnscope::testing;

namespace {

QString translatorFolder()
{
    return QString::fromStdString(model::teachingModelPath(model::TeachingModel::Translator).string());
}

Run runAttnscope(const QStringList &arguments)
{
    return runProgram(QStringLiteral(ATTNSCOPE_BINARY), arguments);
}

QJsonObject jsonOf(const Run &r)
{
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", qPrintable(r.out));
    return o;
}

} // namespace

class TestRunTranslator : public QObject
{
    Q_OBJECT
private slots:
    void promptText()
    {
        const Run r = runAttnscope({"run", "--model", translatorFolder(), "--prompt", "Tuesday 5 December 2028"});
        QCOMPARE(r.err, QString());
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'));
        QVERIFY(lines.contains("Model folder: " + translatorFolder()));
        QVERIFY2(lines.contains("Source words (4): [tuesday] [5] [december] [2028]"), qPrintable(r.out));
        QVERIFY(lines.contains("Source format: weekday day month year"));
        QVERIFY(lines.contains("Translation: 2028-12-05"));
        QVERIFY(lines.contains("Alignment (rows: output characters, columns: source words; each row sums to 1):"));
        // The header, then one row per output token: the label and four weights to 2 decimals,
        // equal to model/'s own translation.
        const qsizetype header = lines.indexOf("      tuesday     5  december  2028");
        QVERIFY2(header > 0, qPrintable(r.out));
        const model::Translator translator =
            model::Translator::load(model::teachingModelPath(model::TeachingModel::Translator));
        const auto t = translator.translate("tuesday 5 december 2028");
        QCOMPARE(t.output.size(), std::size_t(11));
        for (std::size_t i = 0; i < t.output.size(); ++i) {
            const QStringList cells = lines.at(header + 1 + qsizetype(i)).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QCOMPARE(cells.size(), 5);
            QCOMPARE(cells.at(0), QString::fromStdString(t.output[i]));
            for (int j = 0; j < 4; ++j)
                QCOMPARE(cells.at(j + 1), QString::number(double(t.weights(std::int64_t(i), j)), 'f', 2));
        }
        // The year's first digit reads the year most: its row ends in the largest weight.
        QVERIFY(lines.at(header + 1).startsWith("2   "));
    }

    void promptJson()
    {
        const Run r = runAttnscope({"run", "--model", translatorFolder(), "--prompt", "july 20, 1969", "--json"});
        QCOMPARE(r.err, QString());
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = jsonOf(r);
        QCOMPARE(o.value("model_type").toString(), QStringLiteral("attnscope_bahdanau"));
        QCOMPARE(o.value("source").toArray(), (QJsonArray{"july", "20", ",", "1969"}));
        QCOMPARE(o.value("text").toString(), QStringLiteral("1969-07-20"));
        QCOMPARE(o.value("format").toString(), QStringLiteral("month day , year"));
        const QJsonArray output = o.value("output").toArray();
        QCOMPARE(output.size(), 11);
        QCOMPARE(output.last().toString(), QStringLiteral("</s>"));
        const QJsonArray weights = o.value("weights").toArray();
        QCOMPARE(weights.size(), 11);
        for (const QJsonValue &row : weights) {
            QCOMPARE(row.toArray().size(), 4);
            double sum = 0;
            for (const QJsonValue &w : row.toArray())
                sum += w.toDouble();
            QVERIFY(std::abs(sum - 1.0) < 1e-5);
        }
    }

    // Words in no form the model learned are translated, with a warning.
    void unknownFormat()
    {
        const Run r = runAttnscope({"run", "--model", translatorFolder(), "--prompt", "december 5 2026"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("Source format: none of the model's (weekday day month year; day month year; month "
                                "day , year; day / month / year); it learned only those, so the translation may be "
                                "wrong\n"),
                 qPrintable(r.out));
        const Run j = runAttnscope({"run", "--model", translatorFolder(), "--prompt", "december 5 2026", "--json"});
        QVERIFY(jsonOf(j).value("format").isNull());
    }

    void inspect()
    {
        const Run r = runAttnscope({"run", "--inspect", translatorFolder()});
        QCOMPARE(r.err, QString());
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'));
        QVERIFY2(lines.contains("Sizes: embeddings m 32, GRU states n 64, alignment n' 64 (annotations 2n = 128)"),
                 qPrintable(r.out));
        QVERIFY(lines.contains("Parameters: 104,525 (counted from the weights)"));
        QVERIFY(lines.contains("Source vocabulary: 152 words: weekday names (monday ... sunday), month names "
                               "(january ... december), day and month numbers 1-31, years 1950-2049, ',' and '/'"));
        QVERIFY(lines.contains("Target vocabulary: 13 tokens: <s> </s> - 0 1 2 3 4 5 6 7 8 9 (start <s>, end </s>)"));
        QVERIFY(lines.contains(
            "Source formats: weekday day month year; day month year; month day , year; day / month / year"));
        QVERIFY(lines.contains("Output limit: 11 characters (max_target_length)"));

        const Run j = runAttnscope({"run", "--inspect", translatorFolder(), "--json"});
        QCOMPARE(j.exitCode, 0);
        const QJsonObject o = jsonOf(j);
        QCOMPARE(o.value("n_prime").toInt(), 64);
        QCOMPARE(o.value("source_vocab").toArray().size(), 152);
        QCOMPARE(o.value("target_vocab").toArray().size(), 13);
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("err");
        QTest::newRow("unknown word")
            << QStringList{"--prompt", "5th december 2026"} << 2
            << "attnscope run: --prompt: the date text has the word \"5th\", which the translator does not know; it "
               "reads weekday names (monday ... sunday), month names (january ... december), day and month numbers "
               "1-31, years 1950-2049, ',' and '/', separated by spaces.\n";
        QTest::newRow("empty") << QStringList{"--prompt", ""} << 2
                               << "attnscope run: --prompt: the date text is empty; write a date in one of the forms "
                                  "\"weekday day month year\", \"day month year\", \"month day , year\" or \"day / "
                                  "month / year\".\n";
        QTest::newRow("language-model flag")
            << QStringList{"--prompt", "5 december 2026", "--generate", "3"} << 2
            << "attnscope run: --generate applies to language models; a Bahdanau translator writes one date, "
               "greedily, up to its max_target_length characters.\n";
    }
    void refusals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, err);
        const Run r = runAttnscope(QStringList{"run", "--model", translatorFolder()} + arguments);
        QCOMPARE(r.err, err);
        QCOMPARE(r.out, QString());
        QCOMPARE(r.exitCode, exitCode);
    }

    // A translator's folder without its weights is refused by name, with exit code 1.
    void refusedFolder()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::copy(translatorFolder() + "/config.json", dir.filePath("config.json")));
        for (const QStringList &mode : {QStringList{"--inspect", dir.path()},
                                        QStringList{"--model", dir.path(), "--prompt", "5 december 2026"}}) {
            const Run r = runAttnscope(QStringList{"run"} + mode);
            QCOMPARE(r.exitCode, 1);
            QCOMPARE(r.out, QString());
            QVERIFY2(r.err.startsWith("attnscope run: ") && r.err.contains("model.safetensors")
                         && r.err.count('\n') == 1,
                     qPrintable(r.err));
        }
    }
};

QTEST_GUILESS_MAIN(TestRunTranslator)
#include "tst_runtranslator.moc"
