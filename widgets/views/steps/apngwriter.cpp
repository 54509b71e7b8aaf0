// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/views/steps/apngwriter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QImageWriter>
#include <QtEndian>

#include <algorithm>
#include <array>

namespace attnscope::widgets {

namespace {

const QByteArray kSignature("\x89PNG\r\n\x1a\n", 8);

std::array<quint32, 256> crcTable()
{
    std::array<quint32, 256> table{};
    for (quint32 n = 0; n < 256; ++n) {
        quint32 c = n;
        for (int k = 0; k < 8; ++k)
            c = (c & 1u) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[n] = c;
    }
    return table;
}

QByteArray be32(quint32 v)
{
    QByteArray b(4, Qt::Uninitialized);
    qToBigEndian(v, b.data());
    return b;
}

QByteArray be16(quint16 v)
{
    QByteArray b(2, Qt::Uninitialized);
    qToBigEndian(v, b.data());
    return b;
}

void appendChunk(QByteArray *out, const char *type, const QByteArray &data)
{
    const QByteArray typed = QByteArray(type, 4) + data;
    out->append(be32(quint32(data.size())));
    out->append(typed);
    out->append(be32(pngCrc32(typed)));
}

struct Chunk
{
    QByteArray type;
    QByteArray data;
};

// The chunks of one PNG file; empty when it is not one.
QList<Chunk> splitChunks(const QByteArray &png)
{
    QList<Chunk> chunks;
    if (!png.startsWith(kSignature))
        return chunks;
    qsizetype at = kSignature.size();
    while (at + 12 <= png.size()) {
        const quint32 length = qFromBigEndian<quint32>(png.constData() + at);
        if (at + 12 + qsizetype(length) > png.size())
            return {};
        chunks.append({png.mid(at + 4, 4), png.mid(at + 8, length)});
        at += 12 + qsizetype(length);
    }
    return chunks;
}

} // namespace

quint32 pngCrc32(const QByteArray &bytes)
{
    static const std::array<quint32, 256> table = crcTable();
    quint32 c = 0xFFFFFFFFu;
    for (const char ch : bytes)
        c = table[(c ^ quint8(ch)) & 0xFFu] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

QByteArray encodeApng(const QList<QImage> &frames, int frameMs, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QByteArray();
    };
    if (frames.isEmpty() || frames.first().isNull())
        return fail(QCoreApplication::translate("attnscope::widgets::Apng", "there is no picture to animate"));
    const QSize size = frames.first().size();
    // The frame delay as a fraction delay_num / delay_den seconds.
    const quint16 delayNum = quint16(std::clamp(frameMs, 1, 65535));
    const quint16 delayDen = 1000;

    QByteArray out = kSignature;
    quint32 sequence = 0;
    for (qsizetype i = 0; i < frames.size(); ++i) {
        QImage image = frames.at(i).size() == size
            ? frames.at(i)
            : frames.at(i).scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        // One pixel format for every frame, so that the one IHDR describes them all.
        image = image.convertToFormat(QImage::Format_ARGB32);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, "png");
        if (!writer.write(image))
            return fail(QCoreApplication::translate("attnscope::widgets::Apng", "frame %1 could not be encoded: %2")
                            .arg(i + 1)
                            .arg(writer.errorString()));
        const QList<Chunk> chunks = splitChunks(png);
        if (chunks.isEmpty() || chunks.first().type != "IHDR")
            return fail(
                QCoreApplication::translate("attnscope::widgets::Apng", "frame %1 could not be encoded").arg(i + 1));
        if (i == 0) {
            appendChunk(&out, "IHDR", chunks.first().data);
            appendChunk(&out, "acTL", be32(quint32(frames.size())) + be32(0)); // num_frames, num_plays
        }
        QByteArray fctl = be32(sequence++) + be32(quint32(size.width())) + be32(quint32(size.height())) + be32(0)
            + be32(0) + be16(delayNum) + be16(delayDen);
        fctl.append(char(0)); // dispose_op: none (every frame covers the canvas)
        fctl.append(char(0)); // blend_op: source
        appendChunk(&out, "fcTL", fctl);
        for (const Chunk &chunk : chunks) {
            if (chunk.type != "IDAT")
                continue;
            if (i == 0)
                appendChunk(&out, "IDAT", chunk.data);
            else
                appendChunk(&out, "fdAT", be32(sequence++) + chunk.data);
        }
    }
    appendChunk(&out, "IEND", QByteArray());
    return out;
}

} // namespace attnscope::widgets
