// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

class QImage;

namespace attnscope::widgets {

// An animated PNG (APNG, the W3C PNG 3 specification) of whole pictures, for a slide that
// plays. Qt 6.4 writes neither GIF nor APNG, so each frame is encoded with Qt's PNG writer
// and its chunks are re-packed: signature, IHDR, acTL, then per frame fcTL and IDAT (the
// first frame, which is also the still picture viewers without APNG show) or fdAT (the
// others, each with its sequence number), then IEND. Every frame covers the whole canvas.
//
// Frames of another size than the first are scaled to it. Loops forever (num_plays 0).
// Returns empty bytes and sets *error when there is no frame or one cannot be encoded.
[[nodiscard]] QByteArray encodeApng(const QList<QImage> &frames, int frameMs, QString *error = nullptr);

// The CRC-32 of PNG chunks (ISO 3309, polynomial 0xEDB88320), over type and data.
[[nodiscard]] quint32 pngCrc32(const QByteArray &bytes);

} // namespace attnscope::widgets
