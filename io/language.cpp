// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/language.h"

#include "io/settings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace attnscope::io {

namespace {

const QString kEnglish = QStringLiteral("en");
const QString kLanguageKey = QStringLiteral("Preferences/language");

// The installed translators: AttnScope's and Qt's own.
struct Installed
{
    QPointer<QTranslator> app;
    QPointer<QTranslator> qt;
    QString language = kEnglish;
    QString requested;
    bool qtLoaded = true;
};

Installed &installed()
{
    static Installed state;
    return state;
}

// "en, de or zh_CN", for the command line's sentences (which stay English).
QString languageList()
{
    const QStringList codes = languageCodes();
    return QStringLiteral("%1 or %2").arg(codes.mid(0, codes.size() - 1).join(QStringLiteral(", ")), codes.last());
}

} // namespace

QStringList languageCodes()
{
    return {kEnglish, QStringLiteral("de"), QStringLiteral("zh_CN")};
}

QString languageName(const QString &code)
{
    // Each in its own language: whoever cannot read the current one still finds theirs.
    if (code == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    if (code == kEnglish)
        return QStringLiteral("English");
    return code;
}

std::optional<QString> parseLanguage(const QString &text)
{
    QString code = text.trimmed();
    code.replace(QLatin1Char('-'), QLatin1Char('_'));
    for (const QString &known : languageCodes()) {
        if (code.compare(known, Qt::CaseInsensitive) == 0)
            return known;
    }
    return std::nullopt;
}

QString matchLanguage(const QStringList &uiLanguages)
{
    for (const QString &name : uiLanguages) {
        const QLocale locale(name);
        switch (locale.language()) {
        case QLocale::English: return kEnglish;
        case QLocale::German: return QStringLiteral("de");
        case QLocale::Chinese:
            // Simplified characters only (zh, zh_CN, zh_SG, zh_Hans): a reader of Traditional
            // Chinese (zh_TW, zh_HK) gets the next language of the list.
            if (locale.script() == QLocale::SimplifiedHanScript)
                return QStringLiteral("zh_CN");
            break;
        default: break;
        }
    }
    return kEnglish;
}

QString systemLanguage()
{
    return matchLanguage(QLocale::system().uiLanguages());
}

QString setLanguage(const QString &code)
{
    const QString language = code.isEmpty() ? systemLanguage() : parseLanguage(code).value_or(kEnglish);
    Installed &state = installed();

    // Load first, then swap: widgets retranslate once the new translators are in place.
    auto *app = new QTranslator(QCoreApplication::instance());
    if (!app->load(QStringLiteral(":/i18n/attnscope_%1.qm").arg(language)))
        qWarning("AttnScope: the translation %s is missing from the resources.", qPrintable(language));
    QTranslator *qt = nullptr;
    bool qtLoaded = true;
    if (language != kEnglish) {
        qt = new QTranslator(QCoreApplication::instance());
        qtLoaded = qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        if (!qtLoaded) {
            delete qt;
            qt = nullptr;
        }
    }
    for (QPointer<QTranslator> *old : {&state.app, &state.qt}) {
        if (*old) {
            QCoreApplication::removeTranslator(*old);
            delete old->data();
        }
    }
    // The last installed is asked first: AttnScope's own texts before Qt's.
    if (qt)
        QCoreApplication::installTranslator(qt);
    QCoreApplication::installTranslator(app);
    state.app = app;
    state.qt = qt;
    state.language = language;
    state.requested = code.isEmpty() ? QString() : language;
    state.qtLoaded = qtLoaded;
    return language;
}

QString currentLanguage()
{
    return installed().language;
}

QString requestedLanguage()
{
    return installed().requested;
}

bool qtTranslationLoaded()
{
    return installed().qtLoaded;
}

QString savedLanguage()
{
    const QString saved = settings().value(kLanguageKey).toString();
    const auto code = parseLanguage(saved);
    return code && *code == saved ? *code : QString();
}

void saveLanguage(const QString &code)
{
    QSettings s = settings();
    if (code.isEmpty())
        s.remove(kLanguageKey);
    else
        s.setValue(kLanguageKey, code);
}

std::optional<QString> takeLanguageOption(QStringList &arguments, QString *error)
{
    std::optional<QString> value;
    for (int i = 1; i < arguments.size();) {
        const QString argument = arguments.at(i);
        QString given;
        if (argument == QLatin1String("--lang")) {
            if (i + 1 >= arguments.size()) {
                *error = QStringLiteral("--lang needs a value: %1.").arg(languageList());
                return std::nullopt;
            }
            given = arguments.at(i + 1);
            arguments.remove(i, 2);
        } else if (argument.startsWith(QLatin1String("--lang="))) {
            given = argument.mid(7);
            arguments.remove(i);
        } else {
            ++i;
            continue;
        }
        if (value) {
            *error = QStringLiteral("--lang is given more than once; give it once.");
            return std::nullopt;
        }
        value = parseLanguage(given);
        if (!value) {
            *error = QStringLiteral("--lang '%1': not a language of AttnScope; choose %2.").arg(given, languageList());
            return std::nullopt;
        }
    }
    error->clear();
    return value;
}

} // namespace attnscope::io
