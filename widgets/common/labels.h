// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/params/config.h"

#include <QLocale>
#include <QString>
#include <QStringList>

class QMenu;

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

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

// The family a model's name starts with, to group a menu of presets: its leading letters
// ("Llama 3.1 8B" -> "Llama", "Qwen2.5 7B" -> "Qwen", "DeepSeek-V3" -> "DeepSeek"), with the
// digits that follow when the letters are one ("T5-base" -> "T5"). Compare case-insensitively.
[[nodiscard]] QString modelFamily(const QString &name);

// Menu items grouped by modelFamily(): a family of two or more becomes a submenu named after
// its first member's family, in the order its first member comes; single models stay in the
// menu. `add` makes one item (its action) in the menu it is given.
void addGroupedByFamily(QMenu *menu, const QStringList &names,
                        const std::function<void(QMenu *, int index)> &add);

// Labels of `count` positions: the token texts when a computation ran on real tokens (spaces
// shown as ␣, line breaks as ↵, tabs as ⇥, so " the" and "the" differ on an axis), else
// prefix + number from `first` ("t0", "t1", ...; "x1", "x2", ...). Texts of another length than
// `count` are not used.
[[nodiscard]] QStringList positionLabels(const std::vector<std::string> &texts, const QString &prefix,
                                         std::int64_t count, std::int64_t first = 0);

} // namespace attnscope::widgets
