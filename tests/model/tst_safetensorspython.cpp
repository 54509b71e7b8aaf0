// SPDX-License-Identifier: GPL-3.0-or-later
// Reads a file written independently by numpy (write_safetensors.py, run by the CTest fixture
// safetensors_python_writer) and checks every value against numpy's own widening.
#include "model/safetensors.h"

#include <QTest>

#include <cstdlib>
#include <cstring>

using namespace attnscope;
using namespace attnscope::model;

class TestSafetensorsPython : public QObject
{
    Q_OBJECT
private:
    static std::filesystem::path writtenFile()
    {
        const char *path = std::getenv("ATTNSCOPE_PYTHON_SAFETENSORS");
        return path ? std::filesystem::path(path) : std::filesystem::path();
    }

private slots:
    void init()
    {
        if (writtenFile().empty())
            QSKIP("ATTNSCOPE_PYTHON_SAFETENSORS is not set: /usr/bin/python3 with numpy was not found when the build "
                  "was configured (scripts/install-deps installs python3-numpy), or the test ran outside CTest");
    }

    void namesShapesAndMetadata()
    {
        const SafetensorsFile file(writtenFile());
        const std::vector<std::string> order = {"model.f32",  "model.f16",           "model.f16.expected",
                                                "model.bf16", "model.bf16.expected", "model.scalar",
                                                "model.empty"};
        QCOMPARE(file.tensorNames(), order);
        QCOMPARE(file.metadata().at("format"), std::string("pt"));
        QCOMPARE(file.metadata().at("writer"), std::string("numpy"));
        QCOMPARE(file.find("model.f16")->shape, (std::vector<std::int64_t>{2, 3, 5}));
        QCOMPARE(file.find("model.f16")->dtype, core::DType::F16);
        QCOMPARE(file.find("model.bf16")->dtype, core::DType::Bf16);
        QVERIFY(file.find("model.scalar")->shape.empty());
        QCOMPARE(file.find("model.empty")->elementCount, std::int64_t(0));
        // 96 + 60 + 120 + 42 + 84 + 4 + 0 bytes.
        QCOMPARE(file.tensorBytes(), std::int64_t(406));
    }

    void f32ReadsBack()
    {
        const SafetensorsFile file(writtenFile());
        const core::Matrix m = readMatrix(*file.find("model.f32"));
        QCOMPARE(m.rows(), Eigen::Index(4));
        QCOMPARE(m.cols(), Eigen::Index(6));
        for (int i = 0; i < 24; ++i)
            QCOMPARE(m.data()[i], float(i) / 8.0f - 1.5f); // exact in binary
        QCOMPARE(readMatrix(*file.find("model.scalar"))(0, 0), 3.25f);
    }

    void halfWidensLikeNumpy_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("F16") << "model.f16";
        QTest::newRow("BF16") << "model.bf16";
    }
    void halfWidensLikeNumpy()
    {
        QFETCH(QString, name);
        const SafetensorsFile file(writtenFile());
        const TensorInfo *half = file.find(name.toStdString());
        const TensorInfo *expected = file.find(name.toStdString() + ".expected");
        QVERIFY(half && expected);
        QCOMPARE(half->elementCount, expected->elementCount);
        std::vector<float> got(std::size_t(half->elementCount)), want(got.size());
        readF32(*half, got.data());
        readF32(*expected, want.data());
        for (std::size_t i = 0; i < got.size(); ++i)
            QVERIFY2(std::memcmp(&got[i], &want[i], sizeof(float)) == 0,
                     qPrintable(QStringLiteral("element %1: %2, numpy says %3").arg(i).arg(got[i]).arg(want[i])));
    }
};

QTEST_GUILESS_MAIN(TestSafetensorsPython)
#include "tst_safetensorspython.moc"
