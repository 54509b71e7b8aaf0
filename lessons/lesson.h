// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/params/config.h"
#include "core/trace/trace.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <climits>
#include <optional>
#include <vector>

namespace attnscope::lessons {

// Where a lesson step puts the timeline of the Steps view (`at:` in docs/lessons.md).
struct LessonAt
{
    enum class Kind {
        First, // no `at:`: the first computation step
        Index, // `at: 5`, 0-based
        Last,  // `at: last`
        Match, // `at: scores head=2 row=1`: the first step of that kind (and head, row)
    };
    Kind kind = Kind::First;
    int index = 0;
    core::StepKind stepKind = core::StepKind::Input;
    std::optional<int> head;
    std::optional<std::int64_t> row;

    // The index into trace.steps() this selects; -1 when no step matches (or there are none).
    [[nodiscard]] int resolve(const core::Trace &trace) const;
};

// Translations a teacher's file carries for one string: language ("de", "zh_CN") -> text.
using LessonOverrides = QHash<QString, QString>;

struct LessonStep
{
    int line = 0; // the line of its `step:` key
    QString title;
    QString view = QStringLiteral("steps"); // one of widgets::pageIds()
    core::Request request;                  // complete: unnamed parameters are the defaults
    LessonAt at;
    std::optional<int> head; // the head shown in the Attention and Heads views (default 0)
    QString model;           // a model preset id, or empty
    // `generate: N` (trained language models): the model's N greedy next tokens were appended to
    // the text of `request`, which holds the continued text; 0: none.
    int generate = 0;
    // The English text, normalised: indentation removed, the lines of a paragraph joined with
    // single spaces, paragraphs separated by "\n\n". The key of its translation.
    QString text;
    LessonOverrides titles;
    LessonOverrides texts;
};

struct Lesson
{
    QString id;
    QString title;
    QString summary;
    int order = INT_MAX; // lessons without `order:` come after those with one
    QStringList cites;
    std::vector<LessonStep> steps;
    QString source; // the file: ":/attnscope/lessons/<name>.lesson" for a built-in lesson
    int line = 1;   // the line of its `lesson:` key
    LessonOverrides titles;
    LessonOverrides summaries;

    [[nodiscard]] bool isBuiltin() const { return source.startsWith(QLatin1String(":/")); }
    // The file's base name, as errors name it.
    [[nodiscard]] QString fileName() const;

    // What the window shows, in the current UI language: the override of a teacher's file for
    // that language, else (built-in lessons) the translation in the context "lesson:<id>",
    // else the English text.
    [[nodiscard]] QString displayTitle() const;
    [[nodiscard]] QString displaySummary() const;
    [[nodiscard]] QString stepTitle(int step) const;
    // The step's text as rich text: one <p> per paragraph.
    [[nodiscard]] QString stepTextHtml(int step) const;
};

// The language lesson overrides are chosen by: the UI language (io::currentLanguage()).
[[nodiscard]] QString lessonLanguage();
// The override for `language` ("zh_CN" matches zh_CN, "de_DE" matches de_DE or de), or a null
// string.
[[nodiscard]] QString lessonOverride(const LessonOverrides &overrides, const QString &language);

// Parses a lesson file (docs/lessons.md). `source` is the path it was read from (errors name
// its base name). On failure returns std::nullopt and sets *error to one sentence
// "FILE:LINE: ...". Parameters are checked as `attnscope compute` checks them, and `at:` and
// `head:` against the computation the step sets up.
[[nodiscard]] std::optional<Lesson> parseLesson(const QByteArray &content, const QString &source, QString *error);
[[nodiscard]] std::optional<Lesson> readLesson(const QString &path, QString *error);

// The lessons compiled into the program (the Qt resource :/attnscope/lessons/*.lesson) and,
// optionally, those of a folder, sorted by order, then title.
class LessonLibrary
{
public:
    static constexpr const char *kBuiltinDirectory = ":/attnscope/lessons";

    // Loads the built-in lessons and every *.lesson of `folder` (none when empty). Returns
    // false when a file could not be read or parsed, or two lessons share an id; *errors then
    // holds one sentence per problem ("FILE:LINE: ..."), and every other lesson is loaded.
    bool load(const QString &folder = QString(), QStringList *errors = nullptr);
    // Loads the given files only (attnscope lessons --check), with the same checks.
    bool loadFiles(const QStringList &paths, QStringList *errors = nullptr);

    [[nodiscard]] const std::vector<Lesson> &lessons() const { return m_lessons; }
    [[nodiscard]] const Lesson *find(const QString &id) const;
    [[nodiscard]] QString folder() const { return m_folder; }
    [[nodiscard]] static QStringList builtinFiles();

private:
    bool add(const QStringList &paths, QStringList *errors);

    std::vector<Lesson> m_lessons;
    QString m_folder;
};

} // namespace attnscope::lessons
