// SPDX-License-Identifier: GPL-3.0-or-later
// model/teachingresults.h: the shipped teaching models' results.json files as TeachingResults, and
// one sentence for each kind of broken file.
#include "model/teachingresults.h"

#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <functional>

using namespace attnscope;
using namespace attnscope::model;
using Json = nlohmann::json;

namespace {

Json readJson(const std::filesystem::path &file)
{
    std::ifstream in(file);
    return Json::parse(in);
}

void writeText(const std::filesystem::path &file, const std::string &text)
{
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << text;
}

// The message readTeachingResults throws, or "" when it reads the folder.
std::string refusal(const std::filesystem::path &folder)
{
    try {
        (void)readTeachingResults(folder);
    } catch (const std::runtime_error &e) {
        return e.what();
    }
    return {};
}

} // namespace

class TestTeachingResults : public QObject
{
    Q_OBJECT
private slots:
    // The shipped files: one per language model, in the order MHA, GQA, MQA, MLA.
    void readsTheShippedModels()
    {
        const auto all = readAllTeachingResults();
        QCOMPARE(all.size(), std::size_t(4));
        QVERIFY(all[0].mechanism == core::Mechanism::Mha);
        QVERIFY(all[1].mechanism == core::Mechanism::Gqa);
        QVERIFY(all[2].mechanism == core::Mechanism::Mqa);
        QVERIFY(all[3].mechanism == core::Mechanism::Mla);
        QCOMPARE(all[1].folderName, std::string("gqa"));
        for (const auto &r : all) {
            QVERIFY2(r.heldOutLoss > 0.0, r.folderName.c_str());
            for (const double a : {r.agreement, r.withAttractor, r.copying, r.structured, r.brackets, r.counting})
                QVERIFY2(a >= 0.0 && a <= 1.0, r.folderName.c_str());
            QVERIFY(r.parameters > 0);
            QVERIFY(r.steps > 0);
            QVERIFY(r.agreementItems > 0 && r.copyingItems > 0);
            QCOMPARE(r.heads.size(), teachingHeadKinds().size());
            for (const auto &kind : r.heads)
                for (const auto &h : kind.heads) {
                    QVERIFY(h.layer >= 0 && h.layer < r.layers);
                    QVERIFY(h.head >= 0 && h.head < 8);
                }
        }
    }
    // KV elements per token per layer follow from each config.json: 2 n_kv d_h, or d_c + d_h^R.
    void kvCacheFollowsTheShapes()
    {
        const auto all = readAllTeachingResults();
        QCOMPARE(all[0].kvElementsPerTokenPerLayer, std::int64_t(2 * 8 * 16));
        QCOMPARE(all[1].kvElementsPerTokenPerLayer, std::int64_t(2 * 2 * 16));
        QCOMPARE(all[2].kvElementsPerTokenPerLayer, std::int64_t(2 * 1 * 16));
        QCOMPARE(all[3].kvElementsPerTokenPerLayer, std::int64_t(48 + 16));
        for (const auto &r : all) {
            const Json config = readJson(r.folder / "config.json");
            QCOMPARE(r.layers, config.at("num_hidden_layers").get<std::int64_t>());
            QCOMPARE(r.kvElementsPerToken(), r.kvElementsPerTokenPerLayer * r.layers);
            QCOMPARE(r.kvBytesPerToken(2), r.kvElementsPerTokenPerLayer * r.layers * 2);
            QCOMPARE(r.kvBytesPerToken(4), r.kvElementsPerTokenPerLayer * r.layers * 4);
        }
        QCOMPARE(all[0].kvBytesPerToken(2), std::int64_t(256 * 4 * 2));
    }
    // What the reader gives is what results.json says, number for number.
    void matchesTheFiles()
    {
        for (const auto &r : readAllTeachingResults()) {
            const Json j = readJson(r.folder / "results.json");
            QCOMPARE(r.parameters, j.at("parameters").get<std::int64_t>());
            QCOMPARE(r.heldOutLoss, j.at("held_out_loss").get<double>());
            QCOMPARE(r.copying, j.at("copying").at("accuracy").get<double>());
            QCOMPARE(r.counting, j.at("structured").at("counting").get<double>());
            QCOMPARE(r.trainingSeconds, j.at("training_seconds").get<double>());
            const auto &induction = r.headsOf("induction");
            QCOMPARE(induction.size(), j.at("heads").at("induction").size());
            if (!induction.empty()) {
                QCOMPARE(induction.front().layer, j.at("heads").at("induction")[0][0].get<int>());
                QCOMPARE(induction.front().score, j.at("heads").at("induction")[0][2].get<double>());
            }
        }
    }

    void refusesBrokenFiles_data()
    {
        QTest::addColumn<QString>("key");         // a path "a.b" into results.json
        QTest::addColumn<QString>("value");       // JSON; "" removes the key
        QTest::addColumn<QString>("expected");    // a part of the message
        QTest::newRow("missing loss") << "held_out_loss" << "" << "held_out_loss is missing; it must be a number";
        QTest::newRow("loss string") << "held_out_loss" << "\"low\"" << "held_out_loss is \"low\"; it must be a number";
        QTest::newRow("negative loss") << "held_out_loss" << "-1.5"
                                       << "held_out_loss is -1.5; it must be a number greater than 0.";
        QTest::newRow("zero loss") << "held_out_loss" << "0" << "it must be a number greater than 0.";
        QTest::newRow("negative accuracy") << "copying.accuracy" << "-0.5"
                                           << "copying.accuracy is -0.5; it must be a number from 0 to 1.";
        QTest::newRow("accuracy above 1") << "structured.brackets" << "1.5"
                                          << "structured.brackets is 1.5; it must be a number from 0 to 1.";
        QTest::newRow("missing object") << "agreement" << "" << "agreement is missing; it must be an object.";
        QTest::newRow("object as list") << "structured" << "[1]" << "structured is [1]; it must be an object.";
        QTest::newRow("negative parameters") << "parameters" << "-3"
                                             << "parameters is -3; it must be a whole number greater than 0.";
        QTest::newRow("fractional elements") << "kv_cache_elements_per_token_per_layer" << "64.5"
                                             << "kv_cache_elements_per_token_per_layer is 64.5; it must be a whole";
        QTest::newRow("missing elements") << "kv_cache_elements_per_token_per_layer" << ""
                                          << "kv_cache_elements_per_token_per_layer is missing";
        QTest::newRow("heads not a list") << "heads.induction" << "3" << "heads.induction is 3; it must be a list";
        QTest::newRow("head too short") << "heads.induction" << "[[1, 2]]"
                                        << "heads.induction[0] is [1,2]; it must be [layer, head, score]";
        QTest::newRow("head past the layers") << "heads.subject" << "[[4, 0, 0.5]]"
                                              << "heads.subject[0] is [4,0,0.5]; its layer must be from 0 to 3";
        QTest::newRow("negative seconds") << "training_seconds" << "-2"
                                          << "training_seconds is -2; it must be a number of 0 or more.";
    }
    void refusesBrokenFiles()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, expected);

        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const std::filesystem::path folder = std::filesystem::path(tmp.path().toStdString()) / "gqa";
        std::filesystem::create_directories(folder);
        const auto shipped = teachingModelPath(TeachingModel::Gqa);
        std::filesystem::copy_file(shipped / "config.json", folder / "config.json");
        Json j = readJson(shipped / "results.json");
        QVERIFY(refusal(shipped).empty());

        Json *parent = &j;
        const QStringList parts = key.split(QLatin1Char('.'));
        for (int i = 0; i + 1 < parts.size(); ++i)
            parent = &parent->at(parts[i].toStdString());
        if (value.isEmpty())
            parent->erase(parts.last().toStdString());
        else
            (*parent)[parts.last().toStdString()] = Json::parse(value.toStdString());
        writeText(folder / "results.json", j.dump(1));

        const std::string message = refusal(folder);
        QVERIFY2(message.find((folder / "results.json").string() + ": ") == 0, message.c_str());
        QVERIFY2(message.find(expected.toStdString()) != std::string::npos, message.c_str());
        QVERIFY2(message.back() == '.', message.c_str());
    }

    void refusesMissingAndInvalidFiles()
    {
        QTemporaryDir tmp;
        const std::filesystem::path folder = std::filesystem::path(tmp.path().toStdString()) / "mqa";
        std::filesystem::create_directories(folder);
        std::string m = refusal(folder);
        QVERIFY2(m.find("config.json: no such file") != std::string::npos, m.c_str());

        writeText(folder / "config.json", R"({"num_hidden_layers": 0})");
        m = refusal(folder);
        QVERIFY2(m.find("num_hidden_layers is 0; it must be a whole number greater than 0.") != std::string::npos,
                 m.c_str());

        writeText(folder / "config.json", R"({"num_hidden_layers": 4})");
        m = refusal(folder);
        QVERIFY2(m.find("results.json: no such file") != std::string::npos, m.c_str());

        writeText(folder / "results.json", "{\"parameters\": ");
        m = refusal(folder);
        QVERIFY2(m.find("results.json: is not valid JSON") != std::string::npos, m.c_str());

        // A number beyond a double is refused with the reason, never thrown past the reader.
        writeText(folder / "results.json", "{\"parameters\": 1e999}");
        m = refusal(folder);
        QVERIFY2(m.find("results.json: is not valid JSON (number overflow parsing '1e999').") != std::string::npos,
                 m.c_str());

        writeText(folder / "results.json", "[1, 2]");
        m = refusal(folder);
        QVERIFY2(m.find("results.json: is not a JSON object.") != std::string::npos, m.c_str());

        // A folder that is none of the four.
        const auto other = std::filesystem::path(tmp.path().toStdString()) / "bahdanau-dates";
        std::filesystem::create_directories(other);
        m = refusal(other);
        QVERIFY2(m.find("its name must be mha, gqa, mqa or mla.") != std::string::npos, m.c_str());
    }
    // A models folder without one of the four: the first missing one is named.
    void readAllNamesTheMissingFolder()
    {
        QTemporaryDir tmp;
        const std::filesystem::path dir(tmp.path().toStdString());
        std::filesystem::create_directories(dir / "mha");
        for (const char *f : {"config.json", "results.json"})
            std::filesystem::copy_file(teachingModelPath(TeachingModel::Mha) / f, dir / "mha" / f);
        try {
            (void)readAllTeachingResults(dir);
            QFAIL("read a folder without gqa/");
        } catch (const std::runtime_error &e) {
            const std::string m = e.what();
            QVERIFY2(m.find((dir / "gqa" / "config.json").string() + ": no such file") == 0, m.c_str());
        }
    }
};

QTEST_GUILESS_MAIN(TestTeachingResults)
#include "tst_teachingresults.moc"
