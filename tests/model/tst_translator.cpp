// SPDX-License-Identifier: GPL-3.0-or-later
// model/translator.h on the shipped Bahdanau date translator (resources/models/bahdanau-dates):
// reference.json's PyTorch float64 examples reproduced, dates it never saw translated with the
// alignment a reader expects, the trace against the decode, and every refusal's sentence on
// copies of the folder broken one way each.
#include "core/mechanisms/compute.h"
#include "core/params/validation.h"
#include "model/safetensors.h"
#include "model/teaching.h"
#include "model/translator.h"
#include "tests/model/safetensorswriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <filesystem>
#include <optional>

using namespace attnscope;
using namespace attnscope::model;

namespace {

std::filesystem::path folder()
{
    return teachingModelPath(TeachingModel::Translator);
}

// A reference tensor {"shape": [r, c], "data": [...]} as a matrix.
core::Matrix referenceMatrix(const QJsonObject &t)
{
    const QJsonArray shape = t.value("shape").toArray();
    const QJsonArray data = t.value("data").toArray();
    core::Matrix m(shape.at(0).toInteger(), shape.at(1).toInteger());
    for (qsizetype i = 0; i < data.size(); ++i)
        m(i / m.cols(), i % m.cols()) = float(data.at(i).toDouble());
    return m;
}

// The largest difference, with the shapes compared first (a mismatch is infinitely far).
double maxDifference(const core::Matrix &a, const core::Matrix &b)
{
    if (a.rows() != b.rows() || a.cols() != b.cols())
        return INFINITY;
    return double((a - b).cwiseAbs().maxCoeff());
}

QString refusal(const std::function<void()> &f)
{
    try {
        f();
    } catch (const ModelError &e) {
        return QString::fromUtf8(e.what());
    }
    return QStringLiteral("(nothing was refused)");
}

// The shipped folder copied into a temporary one, to be broken one way.
struct FolderCopy
{
    QTemporaryDir dir;
    std::filesystem::path path() const { return std::filesystem::path(dir.path().toStdString()); }
    FolderCopy()
    {
        for (const char *name : {"config.json", "model.safetensors"})
            std::filesystem::copy_file(folder() / name, path() / name);
    }
    void editConfig(const std::function<void(QJsonObject &)> &edit) const
    {
        QFile f(QString::fromStdString((path() / "config.json").string()));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        edit(o);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(o).toJson());
    }
    // model.safetensors again without `drop`, or with `reshape` given another shape.
    void rewriteWeights(const std::string &drop, const std::string &reshape = {},
                        std::vector<std::int64_t> shape = {}) const
    {
        std::vector<test::Entry> entries;
        {
            const SafetensorsFile file(folder() / "model.safetensors");
            for (const TensorInfo &t : file.tensors()) {
                if (t.name == drop)
                    continue;
                QByteArray bytes(reinterpret_cast<const char *>(t.bytes.data()), qsizetype(t.bytes.size()));
                std::vector<std::int64_t> s = t.shape;
                if (t.name == reshape) {
                    s = shape;
                    std::int64_t n = 1;
                    for (const std::int64_t d : s)
                        n *= d;
                    bytes.resize(qsizetype(n * 4));
                }
                entries.push_back({t.name, "F32", s, bytes});
            }
        }
        QFile f(QString::fromStdString((path() / "model.safetensors").string()));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(test::safetensorsBytes(entries));
    }
};

} // namespace

class TestTranslator : public QObject
{
    Q_OBJECT
private:
    std::optional<Translator> m_translator;
    const Translator &translator() const { return *m_translator; }

private slots:
    void initTestCase() { m_translator = Translator::load(folder()); }

    void loadsTheShippedModel()
    {
        const Translator &t = translator();
        QVERIFY(Translator::isTranslatorFolder(folder()));
        QVERIFY(!Translator::isTranslatorFolder(teachingModelPath(TeachingModel::Mha)));
        QCOMPARE(t.embeddingSize(), 32);
        QCOMPARE(t.hiddenSize(), 64);
        QCOMPARE(t.alignSize(), 64);
        QCOMPARE(t.maxTargetLength(), 11);
        QCOMPARE(t.sourceVocab().size(), std::size_t(152));
        QCOMPARE(t.targetVocab().size(), std::size_t(13));
        QCOMPARE(t.startToken(), std::string("<s>"));
        QCOMPARE(t.endToken(), std::string("</s>"));
        QCOMPARE(t.sourceFormats().size(), std::size_t(4));
        QCOMPARE(t.parameterCount(), 104525); // results.json's "parameters"
    }

    // Each example of reference.json (PyTorch, float64): the same source ids, greedy output and
    // tensors. The model runs in float32; 1e-5 bounds its rounding over 11 recurrent steps (the
    // largest difference seen is 3e-6, in the scores). Logits, up to about 20 in size, are compared
    // relative to 1 + |logit|.
    void referenceExamples_data()
    {
        QTest::addColumn<QJsonObject>("example");
        QFile f(QString::fromStdString((folder() / "reference.json").string()));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(root.value("format").toString(), QStringLiteral("attnscope-bahdanau-reference/1"));
        const QJsonArray examples = root.value("examples").toArray();
        QCOMPARE(examples.size(), 4);
        for (const QJsonValue &e : examples)
            QTest::newRow(qPrintable(e.toObject().value("date").toString())) << e.toObject();
    }
    void referenceExamples()
    {
        QFETCH(QJsonObject, example);
        QStringList words;
        for (const QJsonValue &w : example.value("source").toArray())
            words << w.toString();
        const Translator::Translation r = translator().translate(words.join(' ').toStdString());
        QCOMPARE(r.source.size(), std::size_t(words.size()));
        for (qsizetype i = 0; i < words.size(); ++i) {
            QCOMPARE(QString::fromStdString(r.source[std::size_t(i)]), words[i]);
            QCOMPARE(r.sourceIds[std::size_t(i)], example.value("source_ids").toArray().at(i).toInteger());
        }
        const QJsonArray outputIds = example.value("output_ids").toArray();
        QCOMPARE(qsizetype(r.outputIds.size()), outputIds.size()); // every reference ends with </s> at 11
        for (qsizetype i = 0; i < outputIds.size(); ++i)
            QCOMPARE(r.outputIds[std::size_t(i)], outputIds.at(i).toInteger());
        QCOMPARE(QString::fromStdString(r.text) + "</s>", example.value("output").toString());
        QCOMPARE(QString::fromStdString(r.text), example.value("date").toString());
        QCOMPARE(r.output.back(), std::string("</s>"));

        const auto within = [&](const char *name, const core::Matrix &ours, double limit) {
            const double d = maxDifference(ours, referenceMatrix(example.value(name).toObject()));
            QVERIFY2(d <= limit, qPrintable(QStringLiteral("%1 differs by %2").arg(name).arg(d)));
        };
        within("annotations", r.trace.tensor("annotations").matrix(), 1e-5);
        within("states", r.trace.tensor("S").matrix(), 1e-5);
        within("scores", r.trace.tensor("scores").matrix(), 1e-5);
        within("alignment", r.weights, 1e-5);
        within("alignment", r.trace.tensor("weights").matrix(), 1e-5);
        within("context", r.trace.tensor("context").matrix(), 1e-5);
        const core::Matrix logits = referenceMatrix(example.value("logits").toObject());
        QCOMPARE(r.logits.rows(), logits.rows());
        QCOMPARE(r.logits.cols(), logits.cols());
        const double relative =
            ((r.logits - logits).cwiseAbs().array() / (1.0f + logits.cwiseAbs().array())).maxCoeff();
        QVERIFY2(relative <= 1e-5, qPrintable(QStringLiteral("logits differ by %1 (relative)").arg(relative)));
    }

    // Dates that are not in reference.json, in all four of config.json's source_formats (and
    // written the ways people write them: capitals, a comma or slashes against the numbers). The
    // translation is the ISO date, and each character of the year, month and day reads its own
    // source word most. The '-' separators and </s> are skipped: the model has no word to read
    // for them, and their rows spread over the words (their largest weight falls on varying
    // words from date to date).
    void heldOutDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("iso");
        QTest::addColumn<int>("year"); // the source position of the year, month and day words
        QTest::addColumn<int>("month");
        QTest::addColumn<int>("day");
        // weekday day month year
        QTest::newRow("friday 13 october 2034") << "friday 13 october 2034"
                                                << "2034-10-13" << 3 << 2 << 1;
        QTest::newRow("Monday 28 February 1977") << "Monday 28 February 1977"
                                                 << "1977-02-28" << 3 << 2 << 1;
        QTest::newRow("saturday 3 april 2021") << "saturday 3 april 2021"
                                               << "2021-04-03" << 3 << 2 << 1;
        // day month year
        QTest::newRow("31 december 2049") << "31 december 2049"
                                          << "2049-12-31" << 2 << 1 << 0;
        QTest::newRow("22 november 1963") << "22 november 1963"
                                          << "1963-11-22" << 2 << 1 << 0;
        QTest::newRow("1 january 1950") << "1 january 1950"
                                        << "1950-01-01" << 2 << 1 << 0;
        // month day , year
        QTest::newRow("june 17 , 1999") << "june 17 , 1999"
                                        << "1999-06-17" << 3 << 0 << 1;
        QTest::newRow("february 29, 2012") << "february 29, 2012"
                                           << "2012-02-29" << 3 << 0 << 1;
        QTest::newRow("august 8 , 2008") << "august 8 , 2008"
                                         << "2008-08-08" << 3 << 0 << 1;
        // day / month / year
        QTest::newRow("13 / 10 / 2034") << "13 / 10 / 2034"
                                        << "2034-10-13" << 4 << 2 << 0;
        QTest::newRow("28/2/1977") << "28/2/1977"
                                   << "1977-02-28" << 4 << 2 << 0;
        QTest::newRow("3 / 4 / 2021") << "3 / 4 / 2021"
                                      << "2021-04-03" << 4 << 2 << 0;
    }
    void heldOutDates()
    {
        QFETCH(QString, text);
        QFETCH(QString, iso);
        QFETCH(int, year);
        QFETCH(int, month);
        QFETCH(int, day);
        const Translator::Translation r = translator().translate(text.toStdString());
        QCOMPARE(QString::fromStdString(r.text), iso);
        QCOMPARE(r.output.size(), std::size_t(11));
        QCOMPARE(r.output.back(), std::string("</s>"));
        // Output position -> the source word it must read most: yyyy-mm-dd.
        const int expected[10] = {year, year, year, year, -1, month, month, -1, day, day};
        for (int i = 0; i < 10; ++i) {
            if (expected[i] < 0)
                continue;
            Eigen::Index best = 0;
            r.weights.row(i).maxCoeff(&best);
            QVERIFY2(best == expected[i],
                     qPrintable(QStringLiteral("output %1 ('%2') reads word %3 most, not %4")
                                    .arg(i)
                                    .arg(QString::fromStdString(r.output[std::size_t(i)]))
                                    .arg(best)
                                    .arg(expected[i])));
        }
    }

    void tokenization()
    {
        const Translator &t = translator();
        using W = std::vector<std::string>;
        QCOMPARE(t.sourceTokens("  Tuesday\t5 DECEMBER 2026 "), (W{"tuesday", "5", "december", "2026"}));
        QCOMPARE(t.sourceTokens("july 20, 1969"), (W{"july", "20", ",", "1969"}));
        QCOMPARE(t.sourceTokens("9/11/1989"), (W{"9", "/", "11", "/", "1989"}));
    }

    // The form of config.json's source_formats the words follow, or none: the model learned
    // only those, and "december 5 2026" without its comma comes out wrong (2026-12-12).
    void sourceFormats()
    {
        const Translator &t = translator();
        QCOMPARE(t.sourceFormat(t.sourceTokens("saturday 5 december 2026")), std::string("weekday day month year"));
        QCOMPARE(t.sourceFormat(t.sourceTokens("5 december 2026")), std::string("day month year"));
        QCOMPARE(t.sourceFormat(t.sourceTokens("december 5, 2026")), std::string("month day , year"));
        QCOMPARE(t.sourceFormat(t.sourceTokens("5/12/2026")), std::string("day / month / year"));
        QCOMPARE(t.sourceFormat(t.sourceTokens("december 5 2026")), std::string());
        QCOMPARE(t.sourceFormat(t.sourceTokens("5/13/2026")), std::string()); // no month 13
        QCOMPARE(t.sourceFormat(t.sourceTokens("2026 december 5")), std::string());
        QCOMPARE(t.translate("december 5 2026").format, std::string());
        QCOMPARE(t.translate("december 5 , 2026").format, std::string("month day , year"));
    }

    // The trace is core's Bahdanau trace (the seeded one's names and steps), its weights the
    // decode's, each row a distribution, labelled with the output and source tokens.
    void traceMatchesTheDecode()
    {
        const Translator::Translation r = translator().translate("wednesday 6 december 2028");
        const core::Trace &trace = r.trace;
        const core::Matrix w = trace.tensor("weights").matrix();
        QCOMPARE(w.rows(), std::int64_t(r.output.size()));
        QCOMPARE(w.cols(), std::int64_t(4));
        QVERIFY2(maxDifference(w, r.weights) <= 1e-6, "the trace's weights are not the decode's");
        for (std::int64_t i = 0; i < w.rows(); ++i)
            QVERIFY(std::abs(w.row(i).sum() - 1.0f) < 1e-5f);
        QCOMPARE(trace.queryLabels(), r.output);
        QCOMPARE(trace.keyLabels(), r.source);

        const core::Config c = translator().config(4, std::int64_t(r.output.size()));
        QVERIFY(core::validateConfig(c).empty());
        QCOMPARE(c.mechanism, core::Mechanism::Bahdanau);
        QCOMPARE(c.dModel, 32);
        QCOMPARE(c.hidden, 64);
        QCOMPARE(c.alignDim, 64);
        // The seeded trace of the same sizes has the same tensors (names, order, shapes) and steps.
        const core::Trace seeded = core::compute(c);
        QCOMPARE(trace.tensorNames(), seeded.tensorNames());
        for (const std::string &name : seeded.tensorNames())
            QCOMPARE(trace.tensor(name).shape, seeded.tensor(name).shape);
        QCOMPARE(trace.steps().size(), seeded.steps().size());
        for (std::size_t i = 0; i < seeded.steps().size(); ++i) {
            QCOMPARE(trace.steps()[i].kind, seeded.steps()[i].kind);
            QCOMPARE(trace.steps()[i].row, seeded.steps()[i].row);
            QCOMPARE(trace.steps()[i].output, seeded.steps()[i].output);
            QCOMPARE(trace.steps()[i].inputs, seeded.steps()[i].inputs);
        }
    }

    void refusedText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("sentence");
        const QString accepted = QStringLiteral(
            "; it reads weekday names (monday ... sunday), month names (january ... december), day and month numbers "
            "1-31, years 1950-2049, ',' and '/', separated by spaces.");
        QTest::newRow("empty") << ""
                               << "the date text is empty; write a date in one of the forms \"weekday day month "
                                  "year\", \"day month year\", \"month day , year\" or \"day / month / year\".";
        QTest::newRow("blank") << " \t "
                               << "the date text is empty; write a date in one of the forms \"weekday day "
                                  "month year\", \"day month year\", \"month day , year\" or \"day / month "
                                  "/ year\".";
        QTest::newRow("unknown word") << "5th december 2026"
                                      << "the date text has the word \"5th\", which the translator does not know"
                + accepted;
        QTest::newRow("year out of range") << "5 december 2050"
                                           << "the date text has the word \"2050\", which the translator does not "
                                              "know"
                + accepted;
        QTest::newRow("leading zero") << "05 / 12 / 2026"
                                      << "the date text has the word \"05\", which the translator does not know (write "
                                         "\"5\", without a leading zero)"
                + accepted;
        QTest::newRow("too long") << QString("1 ").repeated(65)
                                  << "the date text has more than 64 words; the translator reads one date (its dates "
                                     "have 3 to 5 words).";
    }
    void refusedText()
    {
        QFETCH(QString, text);
        QFETCH(QString, sentence);
        QCOMPARE(refusal([&] { (void)translator().translate(text.toStdString()); }), sentence);
    }

    void refusedFolders()
    {
        const FolderCopy none;
        std::filesystem::remove(none.path() / "config.json");
        QCOMPARE(refusal([&] { (void)Translator::load(none.path()); }),
                 QString::fromStdString((none.path() / "config.json").string())
                     + ": no such file; a translator's folder holds config.json (model_type \"attnscope_bahdanau\") "
                       "and model.safetensors.");
        QVERIFY(!Translator::isTranslatorFolder(none.path()));

        const FolderCopy llama;
        llama.editConfig([](QJsonObject &o) { o.insert("model_type", "llama"); });
        const QString config = QString::fromStdString((llama.path() / "config.json").string());
        QCOMPARE(refusal([&] { (void)Translator::load(llama.path()); }),
                 config
                     + ": model_type is \"llama\"; a translator's config.json has model_type \"attnscope_bahdanau\".");

        const FolderCopy size;
        size.editConfig([](QJsonObject &o) { o.insert("n", 0); });
        QCOMPARE(refusal([&] { (void)Translator::load(size.path()); }),
                 QString::fromStdString((size.path() / "config.json").string())
                     + ": \"n\" is 0; it must be a whole number from 1 to 4096.");

        const FolderCopy start;
        start.editConfig([](QJsonObject &o) { o.insert("start_token", "<bos>"); });
        QCOMPARE(refusal([&] { (void)Translator::load(start.path()); }),
                 QString::fromStdString((start.path() / "config.json").string())
                     + ": \"start_token\" is \"<bos>\", which is not in \"target_vocab\"; it must be one of its "
                       "tokens.");

        const FolderCopy upper;
        upper.editConfig([](QJsonObject &o) {
            QJsonArray v = o.value("source_vocab").toArray();
            v[0] = "Monday";
            o.insert("source_vocab", v);
        });
        QCOMPARE(refusal([&] { (void)Translator::load(upper.path()); }),
                 QString::fromStdString((upper.path() / "config.json").string())
                     + ": \"source_vocab\"[0] is \"Monday\"; source words must be lower case without spaces, as the "
                       "text is lower-cased and split at spaces before its words are looked up.");

        // One word fewer than the embedding has rows.
        const FolderCopy vocab;
        vocab.editConfig([](QJsonObject &o) {
            QJsonArray v = o.value("source_vocab").toArray();
            v.removeLast();
            o.insert("source_vocab", v);
        });
        const QString weights = QString::fromStdString((vocab.path() / "model.safetensors").string());
        QCOMPARE(refusal([&] { (void)Translator::load(vocab.path()); }),
                 weights
                     + ": tensor 'source_embedding' has 152 rows, but config.json's source_vocab has 151 tokens; there "
                       "must be one per token.");

        const FolderCopy missing;
        missing.rewriteWeights("decoder.uh");
        const QString missingSentence = refusal([&] { (void)Translator::load(missing.path()); });
        QVERIFY2(missingSentence.endsWith(": tensor 'decoder.uh' is missing."), qPrintable(missingSentence));

        const FolderCopy shape;
        shape.rewriteWeights({}, "ua", {64, 64});
        const QString shapeSentence = refusal([&] { (void)Translator::load(shape.path()); });
        QVERIFY2(shapeSentence.endsWith(": tensor 'ua' has shape [64, 64]; expected [128, 64]."),
                 qPrintable(shapeSentence));

        const FolderCopy noWeights;
        std::filesystem::remove(noWeights.path() / "model.safetensors");
        const QString noWeightsSentence = refusal([&] { (void)Translator::load(noWeights.path()); });
        QVERIFY2(noWeightsSentence.contains("model.safetensors"), qPrintable(noWeightsSentence));
    }
};

QTEST_GUILESS_MAIN(TestTranslator)
#include "tst_translator.moc"
