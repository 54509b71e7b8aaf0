// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/params/config.h"

#include <QLocale>
#include <QString>

#include <cstdint>

namespace attnscope::widgets {

// The one spelling of sizes and mechanisms shared by the views and the command line.

// 1,234,567 with the locale's thousands separators; the C locale (which has none) reads
// as US English, because sizes of this length need them.
[[nodiscard]] QString groupedNumber(std::int64_t value, const QLocale &locale = QLocale());

// Binary units with one decimal: "512 B", "25.3 KiB", "1.5 GiB".
[[nodiscard]] QString binaryBytes(std::int64_t bytes, const QLocale &locale = QLocale());

// "MHA", "GQA", ...: the acronym used on bars, legends and tables.
[[nodiscard]] QString mechanismAcronym(core::Mechanism mechanism);

// "multi-head attention (MHA)", "Bahdanau additive attention", ...: in running text.
[[nodiscard]] QString mechanismTitle(core::Mechanism mechanism);

} // namespace attnscope::widgets
