// SPDX-License-Identifier: GPL-3.0-or-later
// SafetensorsFile: known answers from hand-written files, and every refusal's sentence.
#include "model/safetensors.h"
#include "safetensorswriter.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

using namespace attnscope;
using namespace attnscope::model;
using namespace attnscope::model::test;

namespace {

// A header entry as JSON text, for the refusal rows.
QByteArray entry(const char *name, const char *dtype, const char *shape, const char *offsets)
{
    return QByteArray("\"") + name + "\": {\"dtype\": " + dtype + ", \"shape\": " + shape
        + ", \"data_offsets\": " + offsets + "}";
}

QByteArray lengthThen(std::uint64_t length, const QByteArray &rest)
{
    QByteArray out(8, '\0');
    for (int i = 0; i < 8; ++i)
        out[i] = char((length >> (8 * i)) & 0xff);
    return out + rest;
}

const QString Supported = QStringLiteral("only F32, F16 and BF16 weights are supported");

} // namespace

class TestSafetensors : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::filesystem::path write(const QByteArray &bytes, const QString &name = QStringLiteral("w.safetensors"))
    {
        return writeFile(m_dir.filePath(name), bytes);
    }
    // The file must be refused with exactly `expected` ("FILE" stands for its path), or, when
    // expected ends in "...", with a sentence that starts like it.
    static void checkRefused(const std::filesystem::path &path, QString expected)
    {
        expected.replace(QStringLiteral("FILE"), QString::fromStdString(path.string()));
        try {
            const SafetensorsFile file(path);
            QFAIL(qPrintable("accepted; expected: " + expected));
        } catch (const ModelError &e) {
            const QString got = QString::fromUtf8(e.what());
            if (expected.endsWith(QStringLiteral("...")))
                QVERIFY2(got.startsWith(expected.chopped(3)), qPrintable(got));
            else
                QCOMPARE(got, expected);
        }
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void f32ReadsBackExactly()
    {
        const auto path = write(safetensorsBytes(
            {{"w", "F32", {2, 3}, f32Bytes({1.0f, -2.5f, 3.0e-38f, 65504.0f, 0.1f, -0.0f})}}, R"({"format": "pt"})"));
        const SafetensorsFile file(path);
        QCOMPARE(file.tensorNames(), std::vector<std::string>{"w"});
        const TensorInfo *w = file.find("w");
        QVERIFY(w);
        QCOMPARE(w->dtype, core::DType::F32);
        QCOMPARE(w->shape, (std::vector<std::int64_t>{2, 3}));
        QCOMPARE(w->elementCount, std::int64_t(6));
        QCOMPARE(w->bytes.size(), std::size_t(24));
        const core::Matrix m = readMatrix(*w); // [2, 3]
        QCOMPARE(m.rows(), Eigen::Index(2));
        QCOMPARE(m.cols(), Eigen::Index(3));
        const float expected[] = {1.0f, -2.5f, 3.0e-38f, 65504.0f, 0.1f, -0.0f};
        for (int i = 0; i < 6; ++i)
            QVERIFY2(sameBits(m.data()[i], expected[i]), qPrintable(QString::number(i)));
        QCOMPARE(file.metadata().size(), std::size_t(1));
        QCOMPARE(file.metadata().at("format"), std::string("pt"));
        QCOMPARE(file.tensorBytes(), std::int64_t(24));
        QVERIFY(!file.find("v"));
    }

    // Bit patterns written by hand (IEEE binary16 and bfloat16), widened exactly.
    void halfWidensExactly_data()
    {
        QTest::addColumn<QString>("dtype");
        QTest::addColumn<QByteArray>("bits");
        QTest::addColumn<std::vector<float>>("expected");
        const float inf = std::numeric_limits<float>::infinity();
        QTest::newRow("F16") << "F16" << u16Bytes({0x3E00, 0xC000, 0x2E60, 0x0001, 0x7C00, 0x8000, 0x7BFF, 0x3C00})
                             << std::vector<float>{1.5f, -2.0f, 0.099609375f, std::ldexp(1.0f, -24),
                                                   inf,  -0.0f, 65504.0f,     1.0f};
        QTest::newRow("BF16")
            << "BF16" << u16Bytes({0x3FC0, 0xC000, 0x3DCC, 0x0001, 0xFF80, 0x8000, 0x7F7F, 0x3F80})
            << std::vector<float>{
                   1.5f, -2.0f, 0.099609375f, std::ldexp(1.0f, -133), -inf, -0.0f, std::ldexp(255.0f / 128.0f, 127),
                   1.0f};
    }
    void halfWidensExactly()
    {
        QFETCH(QString, dtype);
        QFETCH(QByteArray, bits);
        QFETCH(std::vector<float>, expected);
        // Twice the values: 16 elements take the vector path as well as the scalar tail.
        const auto path = write(safetensorsBytes({{"h", dtype.toStdString(), {2, 8}, bits + bits}}));
        const SafetensorsFile file(path);
        const TensorInfo &h = *file.find("h");
        QCOMPARE(h.dtype, dtype == "F16" ? core::DType::F16 : core::DType::Bf16);
        QCOMPARE(safetensorsDtypeName(h.dtype), std::string_view(dtype.toStdString()));
        std::vector<float> got(16);
        readF32(h, got.data());
        for (std::size_t i = 0; i < 16; ++i)
            QVERIFY2(sameBits(got[i], expected[i % 8]),
                     qPrintable(QStringLiteral("element %1: %2, expected %3").arg(i).arg(got[i]).arg(expected[i % 8])));
    }

    // An odd header length puts the data at an odd address: 16-bit elements are read all the same.
    void unalignedHalf()
    {
        const QByteArray header = R"({"h": {"dtype": "F16", "shape": [9], "data_offsets": [0, 18]}} )";
        QCOMPARE(header.size() % 2, 1);
        const auto path = write(safetensorsBytes(
            header, u16Bytes({0x3C00, 0x4000, 0x4200, 0x4400, 0x4500, 0x4600, 0x4700, 0x4800, 0x4880})));
        const SafetensorsFile file(path);
        const core::Matrix m = readMatrix(*file.find("h")); // [1, 9]
        QCOMPARE(m.rows(), Eigen::Index(1));
        for (int i = 0; i < 9; ++i)
            QVERIFY(sameBits(m(0, i), float(i + 1)));
    }

    void shapesAndOrder()
    {
        const auto path = write(safetensorsBytes({
            {"zeta", "F32", {}, f32Bytes({7.0f})},
            {"alpha", "F32", {3}, f32Bytes({1, 2, 3})},
            {"cube",
             "BF16",
             {2, 3, 2},
             u16Bytes(
                 {0x3F80, 0x4000, 0x4040, 0x4080, 0x40A0, 0x40C0, 0x40E0, 0x4100, 0x4110, 0x4120, 0x4130, 0x4140})},
            {"none", "F16", {0, 5}, {}},
        }));
        const SafetensorsFile file(path);
        QCOMPARE(file.tensorNames(), (std::vector<std::string>{"zeta", "alpha", "cube", "none"})); // file order
        QVERIFY(file.metadata().empty());
        QCOMPARE(readMatrix(*file.find("zeta")), (core::Matrix(1, 1) << 7.0f).finished());     // scalar: [1, 1]
        QCOMPARE(readMatrix(*file.find("alpha")), (core::Matrix(1, 3) << 1, 2, 3).finished()); // vector: [1, n]
        const core::Matrix cube = readMatrix(*file.find("cube")); // [2, 3, 2] stacked as [6, 2]
        QCOMPARE(cube.rows(), Eigen::Index(6));
        QCOMPARE(cube.cols(), Eigen::Index(2));
        for (int i = 0; i < 12; ++i)
            QVERIFY(sameBits(cube.data()[i], float(i + 1)));
        const TensorInfo &none = *file.find("none");
        QCOMPARE(none.elementCount, std::int64_t(0));
        QCOMPARE(readMatrix(none).rows(), Eigen::Index(0));
        QCOMPARE(readMatrix(none).cols(), Eigen::Index(5));
        QCOMPARE(file.tensorBytes(), std::int64_t(4 + 12 + 24));
        QCOMPARE(shapeText({32, 64}), std::string("[32, 64]"));
        QCOMPARE(shapeText({}), std::string("[]"));
    }

    // Tensors stay readable after the file moves (the mapping moves with it).
    void moves()
    {
        const auto path = write(safetensorsBytes({{"w", "F32", {2}, f32Bytes({4.5f, -1.0f})}}));
        SafetensorsFile a(path);
        const TensorInfo *w = a.find("w");
        SafetensorsFile b(std::move(a));
        QCOMPARE(b.find("w"), w);
        QCOMPARE(readMatrix(*w), (core::Matrix(1, 2) << 4.5f, -1.0f).finished());
        SafetensorsFile c(write(safetensorsBytes({{"v", "F32", {1}, f32Bytes({1.0f})}}), "v.safetensors"));
        c = std::move(b);
        QCOMPARE(c.tensorNames(), std::vector<std::string>{"w"});
        QCOMPARE(readMatrix(*c.find("w"))(0, 0), 4.5f);
    }

    void missingFile()
    {
        checkRefused(m_dir.filePath("absent.safetensors").toStdString(),
                     "FILE: cannot open it: No such file or directory.");
    }
    void folderInsteadOfFile() { checkRefused(m_dir.path().toStdString(), "FILE: is not a regular file."); }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        const QByteArray f32x4 = f32Bytes({1, 2, 3, 4});
        const auto row = [](const char *name, const QByteArray &content, const QString &expected) {
            QTest::newRow(name) << content << expected;
        };
        row("empty", "", "FILE: the file has 0 bytes; a safetensors file starts with an 8-byte header length.");
        row("5 bytes", "abcde", "FILE: the file has 5 bytes; a safetensors file starts with an 8-byte header length.");
        row("header beyond the file", lengthThen(4096, QByteArray(100, ' ')),
            "FILE: the header says 4096 bytes but the file has 100 after its length field.");
        row("header over 100 MB", lengthThen(200'000'000, "{}"),
            "FILE: the header length 200000000 is over the limit of 100000000 bytes (100 MB); the file is not a "
            "safetensors file or is damaged.");
        row("header length 2^64-1", lengthThen(~std::uint64_t(0), "{}"),
            "FILE: the header length 18446744073709551615 is over the limit of 100000000 bytes (100 MB); the file is "
            "not a safetensors file or is damaged.");
        row("not JSON", safetensorsBytes("{\"w\": "), "FILE: the header is not valid JSON (...");
        row("trailing text", safetensorsBytes("{} x"), "FILE: the header is not valid JSON (...");
        row("not UTF-8", safetensorsBytes("{\"\xff\": 1}"), "FILE: the header is not valid JSON (...");
        // Found by fuzz_safetensors_header: a number beyond a double escaped as nlohmann's out_of_range.
        row("number beyond a double", safetensorsBytes(R"({"w": 1e309})"),
            "FILE: the header is not valid JSON (number overflow parsing '1e309').");
        row("array", safetensorsBytes("[1, 2]"),
            "FILE: the header is a JSON array; it must be an object mapping tensor names to their entries.");
        row("entry not an object", safetensorsBytes(R"({"w": 3})"),
            "FILE: the entry of tensor 'w' is a JSON number; it must be an object with dtype, shape and data_offsets.");
        row("no dtype", safetensorsBytes(R"({"w": {"shape": [1], "data_offsets": [0, 4]}})", f32x4),
            "FILE: tensor 'w' has no dtype.");
        row("no shape", safetensorsBytes(R"({"w": {"dtype": "F32", "data_offsets": [0, 4]}})", f32x4),
            "FILE: tensor 'w' has no shape.");
        row("no data_offsets", safetensorsBytes(R"({"w": {"dtype": "F32", "shape": [1]}})", f32x4),
            "FILE: tensor 'w' has no data_offsets.");
        row("unknown dtype", safetensorsBytes("{" + entry("w", "\"Q4_K\"", "[1]", "[0, 4]") + "}", f32x4),
            "FILE: tensor 'w' has unknown dtype 'Q4_K'; " + Supported + ".");
        row("dtype not a string", safetensorsBytes("{" + entry("w", "7", "[1]", "[0, 4]") + "}", f32x4),
            "FILE: tensor 'w' has unknown dtype 7; " + Supported + ".");
        for (const char *dtype : {"I8", "U8", "I16", "I32", "I64", "F8_E4M3", "F8_E5M2", "BOOL", "F64"})
            row(dtype,
                safetensorsBytes("{" + entry("w", QByteArray("\"") + dtype + "\"", "[4]", "[0, 16]") + "}", f32x4),
                QStringLiteral("FILE: tensor 'w' has dtype %1; %2 (not quantized, integer, boolean or F64 tensors).")
                    .arg(dtype, Supported));
        const QString shapeRule = "; every dimension must be a non-negative integer.";
        row("negative dimension", safetensorsBytes("{" + entry("w", "\"F32\"", "[2, -1]", "[0, 4]") + "}", f32x4),
            "FILE: tensor 'w' has shape [2, -1]" + shapeRule);
        row("fractional dimension", safetensorsBytes("{" + entry("w", "\"F32\"", "[2, 1.5]", "[0, 4]") + "}", f32x4),
            "FILE: tensor 'w' has shape [2, 1.5]" + shapeRule);
        row("shape not an array", safetensorsBytes("{" + entry("w", "\"F32\"", "\"4\"", "[0, 16]") + "}", f32x4),
            "FILE: tensor 'w' has shape \"4\"" + shapeRule);
        const QString overflow = ", whose size overflows 64-bit arithmetic.";
        row("elements overflow",
            safetensorsBytes("{" + entry("w", "\"F32\"", "[4294967296, 4294967296]", "[0, 16]") + "}", f32x4),
            "FILE: tensor 'w' has shape [4294967296, 4294967296]" + overflow);
        row("bytes overflow",
            safetensorsBytes("{" + entry("w", "\"F32\"", "[4611686018427387904]", "[0, 16]") + "}", f32x4),
            "FILE: tensor 'w' has shape [4611686018427387904]" + overflow);
        row("dimension 2^64-1",
            safetensorsBytes("{" + entry("w", "\"F16\"", "[18446744073709551615]", "[0, 16]") + "}", f32x4),
            "FILE: tensor 'w' has shape [18446744073709551615]" + overflow);
        const QString offsetsRule = "; they must be two integers [begin, end] with 0 <= begin <= end.";
        for (const char *offsets :
             {"[0]", "[0, 4, 8]", "[8, 0]", "[-1, 4]", "[0, 1.5]", "[0, \"16\"]", "16", "[0, 18446744073709551615]"})
            row(offsets, safetensorsBytes("{" + entry("w", "\"F32\"", "[4]", offsets) + "}", f32x4),
                "FILE: tensor 'w' has data_offsets " + QString(offsets) + offsetsRule);
        row("end beyond the data", safetensorsBytes("{" + entry("w", "\"F32\"", "[4, 4]", "[0, 64]") + "}", f32x4),
            "FILE: tensor 'w' has data_offsets [0, 64], but the data after the header has 16 bytes.");
        row("size mismatch", safetensorsBytes("{" + entry("w", "\"F32\"", "[2, 2]", "[0, 12]") + "}", f32x4),
            "FILE: tensor 'w' has data_offsets [0, 12] (12 bytes), but shape [2, 2] of F32 needs 16 bytes.");
        row("half size mismatch", safetensorsBytes("{" + entry("w", "\"BF16\"", "[4]", "[0, 16]") + "}", f32x4),
            "FILE: tensor 'w' has data_offsets [0, 16] (16 bytes), but shape [4] of BF16 needs 8 bytes.");
        const QByteArray f32x6 = f32x4 + f32Bytes({5, 6});
        row("overlap",
            safetensorsBytes("{" + entry("a", "\"F32\"", "[4]", "[0, 16]") + ", "
                                 + entry("b", "\"F32\"", "[4]", "[8, 24]") + "}",
                             f32x6),
            "FILE: tensors 'a' and 'b' overlap: data_offsets [0, 16] and [8, 24].");
        row("overlap inside",
            safetensorsBytes("{" + entry("b", "\"F32\"", "[1]", "[16, 20]") + ", "
                                 + entry("a", "\"F32\"", "[1]", "[4, 8]") + ", "
                                 + entry("c", "\"F32\"", "[6]", "[0, 24]") + "}",
                             f32x6),
            "FILE: tensors 'c' and 'a' overlap: data_offsets [0, 24] and [4, 8].");
        row("same name twice",
            safetensorsBytes("{" + entry("w", "\"F32\"", "[2]", "[0, 8]") + ", "
                                 + entry("w", "\"F32\"", "[2]", "[8, 16]") + "}",
                             f32x4),
            "FILE: the header names tensor 'w' twice.");
        row("metadata not an object", safetensorsBytes(R"({"__metadata__": [1]})"),
            "FILE: __metadata__ is a JSON array; it must be an object of strings.");
        row("metadata value not a string", safetensorsBytes(R"({"__metadata__": {"format": "pt", "k": 3}})"),
            "FILE: __metadata__ must be an object of strings; key 'k' holds 3.");
    }
    void refusals()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        checkRefused(write(content, QStringLiteral("bad.safetensors")), expected);
    }

    // What the checks allow: a gap between tensors, empty tensors anywhere, a header of spaces'
    // padding, and no tensors at all.
    void acceptedEdgeCases()
    {
        const QByteArray header = "{" + entry("a", "\"F32\"", "[1]", "[8, 12]") + ", "
            + entry("e", "\"F16\"", "[0]", "[10, 10]") + "}        ";
        const SafetensorsFile file(write(safetensorsBytes(header, f32Bytes({0, 0, 9.5f, 0}))));
        QCOMPARE(readMatrix(*file.find("a"))(0, 0), 9.5f);
        QCOMPARE(file.find("e")->elementCount, std::int64_t(0));
        const SafetensorsFile empty(write(safetensorsBytes("{}"), "empty.safetensors"));
        QVERIFY(empty.tensorNames().empty());
        QCOMPARE(empty.tensorBytes(), std::int64_t(0));
    }
};

QTEST_GUILESS_MAIN(TestSafetensors)
#include "tst_safetensors.moc"
