// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace attnscope::io {

// The languages of the user interface and the translators that show it in one of them
// (docs/translations.md). A language is named by its code: "en", "de" or "zh_CN"; an empty
// code stands for the system's language. English is the source language: its translation
// holds only the plural forms.
//
// The window starts in the language of --lang, else the one saved in the preferences, else
// the system's; setLanguage() switches at run time: it replaces the installed translators,
// and Qt sends QEvent::LanguageChange to every widget, which sets its texts again.

// The codes of the languages AttnScope is translated into, English first.
[[nodiscard]] QStringList languageCodes();
// The name of a language in that language ("Deutsch", "简体中文"), for the preferences.
[[nodiscard]] QString languageName(const QString &code);
// The code a user typed ("de", "zh_CN", also "zh-CN" and any case), or std::nullopt when it
// names no language of languageCodes().
[[nodiscard]] std::optional<QString> parseLanguage(const QString &text);
// The language for a list of locale names in order of preference (QLocale::uiLanguages()):
// the first that AttnScope speaks, by language (de_AT reads German; Chinese only in its
// simplified script), else English.
[[nodiscard]] QString matchLanguage(const QStringList &uiLanguages);
// matchLanguage() of the system's locale.
[[nodiscard]] QString systemLanguage();

// Installs the translators of `code` (empty: the system's language), replacing those installed
// before, and returns the language now shown. Needs a QCoreApplication. Qt's own translation
// (qtbase_<lang>.qm: standard buttons and dialogs) is loaded from Qt's translations directory
// when it is installed there.
QString setLanguage(const QString &code);
// The language setLanguage() installed last ("en" before the first call).
[[nodiscard]] QString currentLanguage();
// The code setLanguage() was last given: empty when it follows the system.
[[nodiscard]] QString requestedLanguage();
// Whether Qt's own translation of the current language was found (always true for English).
[[nodiscard]] bool qtTranslationLoaded();

// The language the preferences keep (settings key "Preferences/language"): a code of
// languageCodes(), or empty for the system's language. An unknown saved value reads as empty.
[[nodiscard]] QString savedLanguage();
void saveLanguage(const QString &code);

// --lang for the window, --screenshot and export: takes "--lang CODE" or "--lang=CODE" out of
// `arguments`. Returns the code (std::nullopt when not given), or sets *error to one sentence
// naming --lang, the value and the languages.
[[nodiscard]] std::optional<QString> takeLanguageOption(QStringList &arguments, QString *error);

} // namespace attnscope::io
