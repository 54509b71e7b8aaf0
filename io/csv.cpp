// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csv.h"

namespace attnscope::io {

QByteArray csvField(const QString &text)
{
    QByteArray s = text.toUtf8();
    if (!s.contains(',') && !s.contains('"') && !s.contains('\n') && !s.contains('\r'))
        return s;
    s.replace("\"", "\"\"");
    return '"' + s + '"';
}

QByteArray csvRow(const QStringList &fields)
{
    QByteArray out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            out += ',';
        out += csvField(fields.at(i));
    }
    return out;
}

} // namespace attnscope::io
