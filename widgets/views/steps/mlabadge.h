// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

#include <optional>

namespace attnscope::widgets {

struct PathCheckResult;

// MLA only: a rounded badge stating how far the naive and the absorbed evaluation orders drift
// apart, e.g. "naive ≡ absorbed: max |Δ output| = 2.4e-07", with the explanation and the
// weights' figure in its tool tip. The Steps page shows one above the steps, the status bar
// another. It keeps its texts in the current language.
class MlaBadge : public QLabel
{
    Q_OBJECT

public:
    // `margin`: the CSS margin around the badge ("6px 8px 2px 8px").
    MlaBadge(const QString &margin, QWidget *parent = nullptr);

    // While a measurement runs: "naive ≡ absorbed: measuring…".
    void setMeasuring();
    // A measurement's outcome (its figures, or why it was not measured).
    void setResult(const PathCheckResult &result);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    struct Shown
    {
        double maxAbsOutput = 0.0;
        double maxAbsWeights = 0.0;
        QString error;
    };
    std::optional<Shown> m_shown; // std::nullopt while measuring
};

} // namespace attnscope::widgets
