// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace attnscope::widgets {

// core/ and model/ stay Qt-free and write their sentences in English, for the command line:
// device descriptions, backend availability, and the refusals of parameters, model shapes,
// memory plans and trained inputs. The window shows them translated: each sentence they can
// write is listed here as a template (QT_TRANSLATE_NOOP, context "CoreText", so lupdate
// collects it) with %1, %2 ... where they put names and numbers. A refusal is "name value:
// rule" (e.g. "--heads 0: the number of heads must be at least 1."): its name and value stay
// as written (the parameter panel turns flags into its controls' names) and the rule is
// translated. translateCoreText() does this line by line; a line no template matches is
// returned as it is.
[[nodiscard]] QString translateCoreText(const QString &english);

// Whether templates match every line of the text (tests: every sentence core writes is listed).
[[nodiscard]] bool isKnownCoreText(const QString &english);

// The templates, in English (tests).
[[nodiscard]] QStringList coreTextTemplates();

} // namespace attnscope::widgets
