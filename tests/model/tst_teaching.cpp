// SPDX-License-Identifier: GPL-3.0-or-later
// model/teaching.h: where the shipped teaching models are found, and which mechanism has which.
#include "model/architecture.h"
#include "model/teaching.h"

#include <QDir>
#include <QTest>

#include <cstdlib>
#include <filesystem>

using namespace attnscope;
using namespace attnscope::model;

class TestTeaching : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { unsetenv("ATTNSCOPE_MODELS"); }

    void mechanismsMapBothWays()
    {
        QCOMPARE(teachingModels().size(), std::size_t(5));
        for (const auto m : teachingModels())
            QCOMPARE(teachingModelFor(teachingModelMechanism(m)), std::optional<TeachingModel>(m));
        QCOMPARE(teachingModelFor(core::Mechanism::Sdpa), std::nullopt);
        QCOMPARE(teachingModelFolder(TeachingModel::Translator), std::string_view("bahdanau-dates"));
        QCOMPARE(teachingModelFolder(TeachingModel::Gqa), std::string_view("gqa"));
    }
    // A build that was not installed finds the source tree's resources/models.
    void findsTheSourceTree()
    {
        const auto dir = teachingModelsDir();
        QVERIFY(std::filesystem::is_regular_file(dir / "mha" / "config.json"));
        QCOMPARE(dir.filename().string(), std::string("models"));
    }
    // Each language model is the family and attention its folder names; they differ only there.
    void shippedModelsHaveTheirAttention()
    {
        const auto mha = readModelConfig(teachingModelPath(TeachingModel::Mha));
        const auto gqa = readModelConfig(teachingModelPath(TeachingModel::Gqa));
        const auto mqa = readModelConfig(teachingModelPath(TeachingModel::Mqa));
        const auto mla = readModelConfig(teachingModelPath(TeachingModel::Mla));
        QCOMPARE(mha.kvHeads, mha.heads);
        QCOMPARE(gqa.kvHeads, 2);
        QCOMPARE(mqa.kvHeads, 1);
        QVERIFY(mla.family == Family::DeepSeek);
        for (const auto *c : {&gqa, &mqa, &mla}) {
            QCOMPARE(c->hiddenSize, mha.hiddenSize);
            QCOMPARE(c->layers, mha.layers);
            QCOMPARE(c->heads, mha.heads);
            QCOMPARE(c->vocabSize, mha.vocabSize);
        }
    }
    void environmentOverrides()
    {
        const auto real = teachingModelsDir();
        setenv("ATTNSCOPE_MODELS", real.c_str(), 1);
        QCOMPARE(teachingModelsDir(), real);
    }
    // A folder named by ATTNSCOPE_MODELS must hold the models: no silent fallback.
    void refusesAnEmptyEnvironmentFolder()
    {
        const QByteArray dir = QDir::tempPath().toUtf8() + "/attnscope-no-models";
        std::filesystem::create_directories(dir.constData());
        setenv("ATTNSCOPE_MODELS", dir.constData(), 1);
        try {
            (void)teachingModelsDir();
            QFAIL("an empty ATTNSCOPE_MODELS folder was accepted");
        } catch (const std::runtime_error &e) {
            const std::string what = e.what();
            QVERIFY2(what.find("ATTNSCOPE_MODELS") != std::string::npos, e.what());
            QVERIFY2(what.find("attnscope-no-models") != std::string::npos, e.what());
            QVERIFY2(what.find("mha/config.json") != std::string::npos, e.what());
        }
    }
};

QTEST_GUILESS_MAIN(TestTeaching)
#include "tst_teaching.moc"
