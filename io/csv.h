// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace attnscope::io {

// One CSV field (RFC 4180) in UTF-8: as it is, or, when it holds a comma, a double quote or a
// line break, in double quotes with its double quotes doubled.
[[nodiscard]] QByteArray csvField(const QString &text);

// The fields, each as csvField() writes it, joined by commas; without the line end.
[[nodiscard]] QByteArray csvRow(const QStringList &fields);

} // namespace attnscope::io
