// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace attnscope::widgets {

// core/ stays Qt-free and writes its device descriptions and backend availability reasons in
// English, for the command line. The window shows them translated: each sentence core can
// write is listed here as a template (QT_TRANSLATE_NOOP, context "CoreText", so lupdate
// collects it) with %1, %2 ... where core puts names and numbers; translateCoreText() matches
// a sentence of core against the templates and fills the translation with the same values.
// A sentence no template matches is returned as it is.
[[nodiscard]] QString translateCoreText(const QString &english);

// Whether a template matches the sentence (tests: every sentence core writes is listed).
[[nodiscard]] bool isKnownCoreText(const QString &english);

// The templates, in English (tests).
[[nodiscard]] QStringList coreTextTemplates();

} // namespace attnscope::widgets
