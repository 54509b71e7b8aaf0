// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace attnscope::io {

// The one writer of every file AttnScope saves (dumps, exports, handouts, view data).
//
// Writes `bytes` to a new temporary file next to `fileName` (created with O_EXCL, with the
// permissions of the file it replaces, or 0666 less the umask for a new file), checks every
// write(), fsync() and close(), then rename()s it over `fileName`. A symbolic link is followed:
// the file it points to is replaced, the link is kept.
//
// On any failure the temporary file is removed, the old file (if any) is left untouched, false
// is returned and *error (when not null) is one sentence naming the file and the operating
// system's reason: "cannot write /tmp/x.json: No space left on device" (as QSaveFile worded its messages)
bool writeFileAtomically(const QString &fileName, const QByteArray &bytes, QString *error);

} // namespace attnscope::io
