// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/common/labels.h"

#include <QCoreApplication>
#include <QMenu>

namespace attnscope::widgets {

namespace {
QLocale withSeparators(const QLocale &locale)
{
    return locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : locale;
}
} // namespace

QString groupedNumber(std::int64_t value, const QLocale &locale)
{
    return withSeparators(locale).toString(qlonglong(value));
}

QString binaryBytes(std::int64_t bytes, const QLocale &locale)
{
    static const char *const units[] = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
    double v = double(bytes);
    int unit = 0;
    while (v >= 1024.0 && unit < 6) {
        v /= 1024.0;
        ++unit;
    }
    if (unit == 0)
        return QStringLiteral("%1 B").arg(groupedNumber(bytes, locale));
    return QStringLiteral("%1 %2").arg(withSeparators(locale).toString(v, 'f', 1), QLatin1String(units[unit]));
}

QString mechanismAcronym(core::Mechanism mechanism)
{
    return QString::fromLatin1(core::mechanismId(mechanism).data()).toUpper();
}

QString mechanismTitle(core::Mechanism mechanism)
{
    // The context is spelled out in every call: lupdate reads string literals only.
    switch (mechanism) {
    case core::Mechanism::Bahdanau:
        return QCoreApplication::translate("attnscope::widgets::Labels", "Bahdanau additive attention");
    case core::Mechanism::Sdpa:
        return QCoreApplication::translate("attnscope::widgets::Labels", "scaled dot-product attention");
    case core::Mechanism::Mha:
        return QCoreApplication::translate("attnscope::widgets::Labels", "multi-head attention (MHA)");
    case core::Mechanism::Gqa:
        return QCoreApplication::translate("attnscope::widgets::Labels", "grouped-query attention (GQA)");
    case core::Mechanism::Mqa:
        return QCoreApplication::translate("attnscope::widgets::Labels", "multi-query attention (MQA)");
    case core::Mechanism::Mla:
        return QCoreApplication::translate("attnscope::widgets::Labels", "multi-head latent attention (MLA)");
    }
    return {};
}

QStringList positionLabels(const std::vector<std::string> &texts, const QString &prefix, std::int64_t count,
                           std::int64_t first)
{
    QStringList labels;
    labels.reserve(count);
    if (std::ssize(texts) == count) {
        for (const std::string &text : texts) {
            QString label = QString::fromStdString(text);
            label.replace(QLatin1Char(' '), QChar(0x2423)).replace(QLatin1Char('\n'), QChar(0x21b5));
            labels << label.replace(QLatin1Char('\t'), QChar(0x21e5));
        }
        return labels;
    }
    for (std::int64_t i = 0; i < count; ++i)
        labels << prefix + QString::number(i + first);
    return labels;
}

QString modelFamily(const QString &name)
{
    qsizetype letters = 0;
    while (letters < name.size() && name.at(letters).isLetter())
        ++letters;
    if (letters >= 2)
        return name.left(letters);
    qsizetype end = letters;
    while (end < name.size() && name.at(end).isLetterOrNumber())
        ++end;
    return name.left(end);
}

void addGroupedByFamily(QMenu *menu, const QStringList &names, const std::function<void(QMenu *, int)> &add)
{
    // Families in the order of their first member, each with its members' indexes.
    QStringList families;
    QList<QList<int>> members;
    for (int i = 0; i < names.size(); ++i) {
        const QString family = modelFamily(names.at(i));
        qsizetype at = -1;
        for (qsizetype f = 0; f < families.size(); ++f)
            if (families.at(f).compare(family, Qt::CaseInsensitive) == 0)
                at = f;
        if (at < 0) {
            families << family;
            members << QList<int>();
            at = families.size() - 1;
        }
        members[at] << i;
    }
    for (qsizetype f = 0; f < families.size(); ++f) {
        if (members.at(f).size() == 1) {
            add(menu, members.at(f).constFirst());
            continue;
        }
        QMenu *sub = menu->addMenu(families.at(f));
        for (const int i : members.at(f))
            add(sub, i);
    }
}

} // namespace attnscope::widgets
