// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/common/coretext.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <optional>
#include <vector>

namespace attnscope::widgets {

namespace {

// Every sentence core/backends writes for the window; keep in step with cpubackend.cpp
// (device()), cudabackend.cpp (device and availability) and registry.cpp (built without CUDA).
const char *const kTemplates[] = {
    // CpuBackend::device(): the CPU's model name, threads, instruction sets.
    QT_TRANSLATE_NOOP("CoreText", "%1, 1 thread, %2"),
    QT_TRANSLATE_NOOP("CoreText", "%1, %2 threads, %3"),
    // CudaBackend's device: name, memory, SMs, compute capability, driver and runtime.
    QT_TRANSLATE_NOOP("CoreText", "%1, %2 GiB, %3 SMs, sm_%4, driver %5, runtime %6"),
    // Why a backend is unavailable.
    QT_TRANSLATE_NOOP("CoreText",
                      "not built with CUDA (configured with ATTNSCOPE_CUDA=OFF, or no CUDA compiler was "
                      "found)"),
    QT_TRANSLATE_NOOP("CoreText", "no CUDA driver (libcuda was not found or reports no version)"),
    QT_TRANSLATE_NOOP("CoreText", "the CUDA driver (%1) is older than the runtime (%2)"),
    QT_TRANSLATE_NOOP("CoreText", "no CUDA device"),
    QT_TRANSLATE_NOOP("CoreText", "no CUDA device (%1)"),
    QT_TRANSLATE_NOOP("CoreText", "CUDA device 0 cannot be queried: %1"),
    QT_TRANSLATE_NOOP("CoreText", "CUDA device 0 cannot be used: %1"),
};

struct Pattern
{
    const char *source;
    QRegularExpression re;
    std::vector<int> numbers; // the placeholder number of each capture, in order
};

const std::vector<Pattern> &patterns()
{
    static const std::vector<Pattern> all = [] {
        std::vector<Pattern> out;
        static const QRegularExpression placeholder(QStringLiteral("%([1-9])"));
        for (const char *source : kTemplates) {
            const QString text = QString::fromUtf8(source);
            QString re = QStringLiteral("^");
            std::vector<int> numbers;
            qsizetype at = 0;
            auto it = placeholder.globalMatch(text);
            while (it.hasNext()) {
                const auto m = it.next();
                re += QRegularExpression::escape(text.mid(at, m.capturedStart() - at));
                re += QStringLiteral("(.+?)");
                numbers.push_back(m.captured(1).toInt());
                at = m.capturedEnd();
            }
            re += QRegularExpression::escape(text.mid(at)) + QLatin1Char('$');
            out.push_back({source, QRegularExpression(re), std::move(numbers)});
        }
        return out;
    }();
    return all;
}

// Replaces %1..%9 in one pass (a value holding "%2" stays as it is).
QString fill(const QString &text, const std::vector<QString> &values)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('%') && i + 1 < text.size() && text[i + 1] >= QLatin1Char('1')
            && text[i + 1] <= QLatin1Char('9')) {
            const int n = text[i + 1].digitValue();
            if (n <= int(values.size())) {
                out += values[std::size_t(n - 1)];
                ++i;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

std::optional<QString> match(const QString &english)
{
    for (const Pattern &p : patterns()) {
        const QRegularExpressionMatch m = p.re.match(english);
        if (!m.hasMatch())
            continue;
        std::vector<QString> values(9);
        for (std::size_t i = 0; i < p.numbers.size(); ++i)
            values[std::size_t(p.numbers[i] - 1)] = m.captured(int(i) + 1);
        return fill(QCoreApplication::translate("CoreText", p.source), values);
    }
    return std::nullopt;
}

} // namespace

QString translateCoreText(const QString &english)
{
    return match(english).value_or(english);
}

bool isKnownCoreText(const QString &english)
{
    return match(english).has_value();
}

QStringList coreTextTemplates()
{
    QStringList out;
    for (const char *source : kTemplates)
        out << QString::fromUtf8(source);
    return out;
}

} // namespace attnscope::widgets
