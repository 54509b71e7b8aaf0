// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/safeerror.h"

namespace attnscope::cli {

void SafeErrorDevice::LineFilter::put(char ch, QByteArray &out)
{
    const auto c = static_cast<unsigned char>(ch);
    if (c == '\n') {
        finish(out);
        out += '\n';
        return;
    }
    if (cut)
        return;
    // Cut before a UTF-8 lead byte only, so that no character is split.
    if (line.size() >= kMaxLineBytes && (c & 0xc0) != 0x80) {
        cut = true;
        return;
    }
    const bool control = (c < 0x20 && c != '\t') || c == 0x7f;
    line += control ? '?' : ch;
}

void SafeErrorDevice::LineFilter::finish(QByteArray &out)
{
    out += line;
    if (cut)
        out += "...";
    line.clear();
    cut = false;
}

SafeErrorDevice::SafeErrorDevice(std::FILE *stream) : m_stream(stream)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

SafeErrorDevice::~SafeErrorDevice()
{
    QByteArray rest;
    m_filter.finish(rest);
    write(rest);
}

QByteArray SafeErrorDevice::filtered(const QByteArray &bytes)
{
    LineFilter filter;
    QByteArray out;
    for (const char c : bytes)
        filter.put(c, out);
    filter.finish(out);
    return out;
}

qint64 SafeErrorDevice::readData(char *, qint64)
{
    return -1;
}

qint64 SafeErrorDevice::writeData(const char *data, qint64 size)
{
    QByteArray out;
    for (qint64 i = 0; i < size; ++i)
        m_filter.put(data[i], out);
    write(out);
    return size;
}

void SafeErrorDevice::write(const QByteArray &bytes)
{
    if (!bytes.isEmpty())
        std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), m_stream);
    std::fflush(m_stream);
}

} // namespace attnscope::cli
