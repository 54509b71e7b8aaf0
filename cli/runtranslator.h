// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QTextStream;

namespace attnscope::cli {

// `attnscope run` on a Bahdanau translator folder (config.json model_type attnscope_bahdanau,
// model/translator.h) instead of a language model; runcommand.cpp chooses.

// true when FOLDER's config.json names the translator.
[[nodiscard]] bool isTranslatorFolder(const QString &folder);

// --model DIR --prompt TEXT: prints the source words, the source format they follow (or that they
// follow none the model learned), the translation and the alignment matrix (rows: output
// characters, columns: source words, weights to 2 decimals); with json one object {"folder",
// "model_type", "source", "format" (null: none), "output", "text", "weights"}. Returns 0, 1 (the folder refused)
// or 2 (the text refused: empty, or a word the model does not know), with one sentence on err.
int runTranslator(const QString &folder, const QString &text, bool json, QTextStream &out, QTextStream &err);

// --inspect DIR: the sizes, parameters, vocabularies, source formats and output limit.
// Returns 0, or 1 with one sentence on err when the folder is refused.
int inspectTranslator(const QString &folder, bool json, QTextStream &out, QTextStream &err);

} // namespace attnscope::cli
