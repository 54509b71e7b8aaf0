// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/trace/tensor.h"

#include <QTest>

#include <cmath>
#include <initializer_list>

namespace attnscope::core::test {

// Builds a row-major matrix from rows of numbers.
inline Matrix mat(std::initializer_list<std::initializer_list<float>> rows)
{
    const auto r = static_cast<Eigen::Index>(rows.size());
    const auto c = static_cast<Eigen::Index>(rows.begin()->size());
    Matrix m(r, c);
    Eigen::Index i = 0;
    for (const auto &row : rows) {
        Eigen::Index j = 0;
        for (float v : row)
            m(i, j++) = v;
        ++i;
    }
    return m;
}

inline float maxAbsDiff(const Matrix &a, const Matrix &b)
{
    if (a.rows() != b.rows() || a.cols() != b.cols())
        return INFINITY;
    return (a - b).cwiseAbs().maxCoeff();
}

} // namespace attnscope::core::test

// Compares two matrices elementwise within tol, naming the worst entry on failure.
#define ATTN_COMPARE_MATRIX(actual, expected, tol) \
    do { \
        const attnscope::core::Matrix a_ = (actual); \
        const attnscope::core::Matrix e_ = (expected); \
        QCOMPARE(a_.rows(), e_.rows()); \
        QCOMPARE(a_.cols(), e_.cols()); \
        Eigen::Index r_ = 0, c_ = 0; \
        const float d_ = (a_ - e_).cwiseAbs().maxCoeff(&r_, &c_); \
        QVERIFY2(d_ <= (tol), \
                 qPrintable(QStringLiteral("entry (%1, %2): %3 vs %4, difference %5") \
                                .arg(r_) \
                                .arg(c_) \
                                .arg(double(a_(r_, c_))) \
                                .arg(double(e_(r_, c_))) \
                                .arg(double(d_)))); \
    } while (false)
