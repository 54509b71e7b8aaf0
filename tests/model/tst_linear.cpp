// SPDX-License-Identifier: GPL-3.0-or-later
// model::Linear: Y = X W^T at the checkpoint's dtype against a float64 product of the widened
// weights, on both paths (matrix-vector and GEMM), sizes that are not multiples of 16, one and two
// threads; the exact widening of every F16 and BF16 bit pattern; loading [out, in] and [in, out].
// The matrix-vector kernels in every variant this machine can run (core/support/cpufeatures.h).
#include "core/support/cpufeatures.h"
#include "model/linear.h"
#include "model/safetensors.h"

#include <QTest>

#include <bit>
#include <cmath>
#include <cstring>
#include <random>

using namespace attnscope;
using namespace attnscope::model;
using core::DType;
using core::Matrix;

namespace {

Matrix seeded(Eigen::Index rows, Eigen::Index cols, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    Matrix m(rows, cols);
    for (Eigen::Index i = 0; i < m.size(); ++i)
        m.data()[i] = static_cast<float>(static_cast<double>(rng() >> 11) * 0x1.0p-53 * 2.0 - 1.0);
    return m;
}

QString dtypeName(DType t)
{
    return QString::fromLatin1(core::dtypeId(t).data(), qsizetype(core::dtypeId(t).size()));
}

} // namespace

class TestLinear : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { core::setCpuVariant(core::bestCpuVariant()); }
    void matchesReference_data();
    void matchesReference();
    void widensEveryBitPattern_data();
    void widensEveryBitPattern();
    void widensEveryLaneOfTheVectorPath_data();
    void widensEveryLaneOfTheVectorPath();
    void loadsBothLayouts_data();
    void loadsBothLayouts();
    void rowsAndBytes();
};

void TestLinear::matchesReference_data()
{
    QTest::addColumn<int>("dtype");
    QTest::addColumn<int>("out");
    QTest::addColumn<int>("in");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("threads");
    QTest::addColumn<int>("variant");
    for (core::CpuVariant v : core::supportedCpuVariants())
        for (DType t : {DType::F32, DType::F16, DType::Bf16})
            for (int threads : {1, 2})
                for (auto [out, in] : {std::pair{1, 1}, {17, 15}, {33, 70}, {100, 33}, {300, 257}, {129, 576}})
                    for (int rows : {1, 3, 4, 5, 37})
                        QTest::addRow("%s %s %dx%d rows %d threads %d", core::cpuVariantId(v).data(),
                                      qPrintable(dtypeName(t)), out, in, rows, threads)
                            << int(t) << out << in << rows << threads << int(v);
}

// |y - X W^T| <= 1e-6 (sum_i |x_i w_i| + 1e-30) per element: fp32 accumulation of exactly widened
// weights, in whatever order, stays far inside this.
void TestLinear::matchesReference()
{
    QFETCH(int, dtype);
    QFETCH(int, out);
    QFETCH(int, in);
    QFETCH(int, rows);
    QFETCH(int, threads);
    QFETCH(int, variant);
    core::setCpuVariant(core::CpuVariant(variant));
    const Linear w = Linear::fromMatrix(seeded(out, in, 7 + out), DType(dtype));
    QCOMPARE(w.outFeatures(), out);
    QCOMPARE(w.inFeatures(), in);
    const Matrix x = seeded(rows, in, 11 + rows);
    const Matrix y = w.apply(x, threads);
    QCOMPARE(y.rows(), rows);
    QCOMPARE(y.cols(), out);
    const Eigen::MatrixXd wd = w.toMatrix().cast<double>(); // the weights as held, exactly widened
    const Eigen::MatrixXd xd = x.cast<double>();
    const Eigen::MatrixXd ref = xd * wd.transpose();
    const Eigen::MatrixXd mag = xd.cwiseAbs() * wd.cwiseAbs().transpose();
    for (int t = 0; t < rows; ++t)
        for (int o = 0; o < out; ++o)
            if (std::abs(double(y(t, o)) - ref(t, o)) > 1e-6 * mag(t, o) + 1e-30)
                QFAIL(qPrintable(
                    QStringLiteral("y(%1, %2) = %3, reference %4").arg(t).arg(o).arg(y(t, o)).arg(ref(t, o))));
    // The same answer into a caller's matrix, and the row-vector spelling.
    Matrix y2;
    w.apply(x, y2, threads);
    QVERIFY(y2 == y);
    QVERIFY((x * w) == y); // each output is computed the same way on any team
}

void TestLinear::widensEveryBitPattern_data()
{
    QTest::addColumn<int>("dtype");
    QTest::addColumn<int>("rows");
    for (DType t : {DType::F16, DType::Bf16})
        for (int rows : {1, 6}) // the matrix-vector and the GEMM path
            QTest::addRow("%s rows %d", qPrintable(dtypeName(t)), rows) << int(t) << rows;
}

// W [65536, 1] holding every 16-bit pattern, X = 1: Y is each widened weight, which must be
// core::convertToF32's exact value (NaN stays NaN; a sum's -0 may be +0).
void TestLinear::widensEveryBitPattern()
{
    QFETCH(int, dtype);
    QFETCH(int, rows);
    std::vector<std::uint16_t> bits(65536);
    for (std::size_t i = 0; i < bits.size(); ++i)
        bits[i] = static_cast<std::uint16_t>(i);
    std::vector<float> expected(bits.size());
    core::convertToF32(DType(dtype), bits.data(), expected.data(), bits.size());
    TensorInfo t;
    t.name = "w";
    t.dtype = DType(dtype);
    t.shape = {65536, 1};
    t.elementCount = 65536;
    t.bytes = std::as_bytes(std::span(bits));
    const Linear w = Linear::fromTensor(t);
    const Matrix y = w.apply(Matrix::Ones(rows, 1), 2);
    for (int r = 0; r < rows; ++r)
        for (std::size_t i = 0; i < bits.size(); ++i) {
            const float got = y(r, Eigen::Index(i)), want = expected[i];
            if (std::isnan(want) ? !std::isnan(got) : got != want) // -0 may come out as +0 (0 + -0)
                QFAIL(qPrintable(QStringLiteral("pattern 0x%1 widened to %2, expected %3")
                                     .arg(i, 4, 16, QLatin1Char('0'))
                                     .arg(got)
                                     .arg(want)));
        }
}

void TestLinear::widensEveryLaneOfTheVectorPath_data()
{
    widensEveryBitPattern_data();
}

// W [2048, 32] holding every finite 16-bit pattern (infinities and NaNs replaced by 0: 0 x inf is
// NaN), X = unit rows e_k: y(t, o) = W[o, k] exactly, for every k, so every lane of the kernels'
// 32-wide steps (even and odd halves of each word) is checked; rows 4 is the matrix-vector path.
void TestLinear::widensEveryLaneOfTheVectorPath()
{
    QFETCH(int, dtype);
    QFETCH(int, rows);
    const DType t = DType(dtype);
    std::vector<std::uint16_t> bits(65536);
    for (std::size_t i = 0; i < bits.size(); ++i) {
        const auto b = static_cast<std::uint16_t>(i);
        const bool special = t == DType::F16 ? (b & 0x7c00u) == 0x7c00u : (b & 0x7f80u) == 0x7f80u;
        bits[i] = special ? 0 : b;
    }
    std::vector<float> wide(bits.size());
    core::convertToF32(t, bits.data(), wide.data(), bits.size());
    TensorInfo info{std::string(1, 'w'), t, {2048, 32}, 65536, std::as_bytes(std::span(bits))};
    const Linear w = Linear::fromTensor(info);
    for (core::CpuVariant v : core::supportedCpuVariants()) {
        core::setCpuVariant(v);
        for (int k0 = 0; k0 < 32; k0 += rows) {
            Matrix x = Matrix::Zero(rows, 32);
            for (int r = 0; r < rows; ++r)
                x(r, (k0 + r) % 32) = 1.0f;
            const Matrix y = w.apply(x, 2);
            for (int r = 0; r < rows; ++r)
                for (int o = 0; o < 2048; ++o)
                    if (y(r, o) != wide[std::size_t(o * 32 + (k0 + r) % 32)])
                        QFAIL(qPrintable(QStringLiteral("W[%1, %2] widened to %3, expected %4")
                                             .arg(o)
                                             .arg((k0 + r) % 32)
                                             .arg(y(r, o))
                                             .arg(wide[std::size_t(o * 32 + (k0 + r) % 32)])));
        }
    }
}

void TestLinear::loadsBothLayouts_data()
{
    QTest::addColumn<int>("dtype");
    for (DType t : {DType::F32, DType::F16, DType::Bf16})
        QTest::addRow("%s", qPrintable(dtypeName(t))) << int(t);
}

// A stored [out, in] tensor (nn.Linear) and its transpose stored [in, out] (GPT-2's Conv1D) give
// the same Linear; widenRow is the embedding lookup of one row.
void TestLinear::loadsBothLayouts()
{
    QFETCH(int, dtype);
    const DType t = DType(dtype);
    const Matrix w = seeded(7, 5, 3); // [out, in]
    const Matrix wt = w.transpose();  // [in, out]
    auto stored = [&](const Matrix &m, std::vector<std::byte> &buf) {
        buf.resize(std::size_t(m.size() * core::dtypeBytes(t)));
        core::convertFromF32(t, m.data(), buf.data(), std::size_t(m.size()));
        return TensorInfo{std::string(1, 'w'), t, {m.rows(), m.cols()}, m.size(), std::span<const std::byte>(buf)};
    };
    std::vector<std::byte> a, b;
    const Linear direct = Linear::fromTensor(stored(w, a));
    const Linear transposed = Linear::fromTransposed(stored(wt, b));
    QCOMPARE(direct.outFeatures(), 7);
    QCOMPARE(transposed.outFeatures(), 7);
    QCOMPARE(transposed.inFeatures(), 5);
    QVERIFY(direct.toMatrix() == transposed.toMatrix());
    QVERIFY(direct.toMatrix() == Linear::fromMatrix(w, t).toMatrix());
    std::vector<float> row(5);
    direct.widenRow(3, row.data());
    for (int i = 0; i < 5; ++i)
        QCOMPARE(row[std::size_t(i)], direct.toMatrix()(3, i));
    TensorInfo vector;
    vector.name = "v";
    vector.shape = {5};
    QVERIFY_THROWS_EXCEPTION(ModelError, (void)Linear::fromTensor(vector));
}

void TestLinear::rowsAndBytes()
{
    const Matrix w = seeded(10, 6, 5);
    const Linear all = Linear::fromMatrix(w, DType::Bf16);
    QCOMPARE(all.bytes(), 10 * 6 * 2);
    QCOMPARE(Linear::fromMatrix(w, DType::F32).bytes(), 10 * 6 * 4);
    const Linear part = all.rows(3, 4);
    QCOMPARE(part.outFeatures(), 4);
    QVERIFY(part.toMatrix() == all.toMatrix().middleRows(3, 4));
    const Linear stacked = Linear::stack({all.rows(0, 3), part, all.rows(7, 3)});
    QCOMPARE(stacked.outFeatures(), 10);
    QVERIFY(stacked.toMatrix() == all.toMatrix());
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, (void)Linear::stack({all, Linear::fromMatrix(w, DType::F16)}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             (void)Linear::stack({all, Linear::fromMatrix(seeded(2, 5, 1), DType::Bf16)}));
    QVERIFY(Linear().isEmpty());
    QCOMPARE(Linear().bytes(), 0);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, (void)all.rows(8, 3));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, (void)all.apply(Matrix::Ones(1, 5)));
}

QTEST_GUILESS_MAIN(TestLinear)
#include "tst_linear.moc"
