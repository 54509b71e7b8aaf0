// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>

#include <cstdio>

namespace attnscope::cli {

// The standard error of the commands: what a message quotes from a user's file reaches the
// terminal safe. Control bytes (NUL, ESC and the escape sequences it starts, CR, DEL) become
// '?', and a line longer than kMaxLineBytes is cut at a character boundary and ends in "...".
// Line breaks and tabs pass. Written line by line; the rest on flush or destruction.
class SafeErrorDevice : public QIODevice
{
public:
    static constexpr qsizetype kMaxLineBytes = 600;

    explicit SafeErrorDevice(std::FILE *stream);
    ~SafeErrorDevice() override;

    // The bytes as they would be written (tests).
    [[nodiscard]] static QByteArray filtered(const QByteArray &bytes);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    // The filter of one line at a time: put() hands on finished lines, finish() the rest.
    struct LineFilter
    {
        QByteArray line;
        bool cut = false; // the line passed kMaxLineBytes: the rest until '\n' is dropped
        void put(char c, QByteArray &out);
        void finish(QByteArray &out);
    };
    void write(const QByteArray &bytes);

    std::FILE *m_stream;
    LineFilter m_filter;
};

} // namespace attnscope::cli
