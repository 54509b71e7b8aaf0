// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/lesson.h"

#include "core/mechanisms/compute.h"
#include "core/params/validation.h"
#include "io/language.h"
#include "io/modelconfig.h"
#include "io/requestjson.h"
#include "model/trainedinput.h"
#include "widgets/views/pages.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>
#include <exception>
#include <optional>
#include <variant>

namespace attnscope::lessons {

namespace {

// The name=value settings of a set: line, separated by spaces and tabs; a value in double quotes
// (text="the dog runs .") may hold spaces and loses its quotes. std::nullopt: a quote not closed.
std::optional<QStringList> splitSettings(const QString &value)
{
    QStringList out;
    QString current;
    bool quoted = false, started = false;
    for (const QChar c : value) {
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
            started = true;
        } else if (!quoted && (c == QLatin1Char(' ') || c == QLatin1Char('\t'))) {
            if (started)
                out << current;
            current.clear();
            started = false;
        } else {
            current += c;
            started = true;
        }
    }
    if (quoted)
        return std::nullopt;
    if (started)
        out << current;
    return out;
}

// Steps are checked against their computation only when it is small: a lesson's examples are.
constexpr std::int64_t kCheckBytes = std::int64_t{64} << 20;

const QStringList kLessonKeys{QStringLiteral("lesson"), QStringLiteral("title"), QStringLiteral("order"),
                              QStringLiteral("summary"), QStringLiteral("cite")};
const QStringList kStepKeys{QStringLiteral("step"), QStringLiteral("view"), QStringLiteral("set"),
                            QStringLiteral("at"),   QStringLiteral("head"), QStringLiteral("model"),
                            QStringLiteral("generate"), QStringLiteral("text")};
// The most tokens `generate:` appends: a step shows a few generation steps, not a story.
constexpr int kMaxGenerate = 32;
// Keys that may carry a language: title[de], summary[de], step[de], text[de].
const QStringList kTranslatableKeys{QStringLiteral("title"), QStringLiteral("summary"), QStringLiteral("step"),
                                    QStringLiteral("text")};

bool isBlank(const QString &line)
{
    return std::all_of(line.begin(), line.end(), [](QChar c) { return c == u' ' || c == u'\t'; });
}

bool isIndented(const QString &line)
{
    return line.startsWith(QLatin1Char(' ')) || line.startsWith(QLatin1Char('\t'));
}

// Only spaces and tabs count as whitespace: scripts/extract-lesson-strings strips the same.
QString trimmed(const QString &text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && (text.at(begin) == u' ' || text.at(begin) == u'\t'))
        ++begin;
    while (end > begin && (text.at(end - 1) == u' ' || text.at(end - 1) == u'\t'))
        --end;
    return text.mid(begin, end - begin);
}

// Lines -> paragraphs joined with single spaces, separated by "\n\n" (docs/lessons.md).
QString normaliseText(const QStringList &lines)
{
    QStringList paragraphs;
    QStringList current;
    for (const QString &line : lines) {
        const QString t = trimmed(line);
        if (t.isEmpty()) {
            if (!current.isEmpty())
                paragraphs << current.join(QLatin1Char(' '));
            current.clear();
        } else {
            current << t;
        }
    }
    if (!current.isEmpty())
        paragraphs << current.join(QLatin1Char(' '));
    return paragraphs.join(QStringLiteral("\n\n"));
}

// The HTML subset of docs/lessons.md; an empty string when the text keeps to it.
QString checkMarkup(const QString &text)
{
    static const QRegularExpression tag(QStringLiteral("^</?(b|i|sub|sup|code|br)\\s*/?>"));
    for (qsizetype i = text.indexOf(QLatin1Char('<')); i >= 0; i = text.indexOf(QLatin1Char('<'), i + 1)) {
        if (!tag.match(QStringView(text).mid(i, 16)).hasMatch()) {
            const qsizetype close = text.indexOf(QLatin1Char('>'), i);
            const QString shown = text.mid(i, close >= 0 && close - i < 24 ? close - i + 1 : 8);
            return QCoreApplication::translate("LessonReader", "'%1' is not allowed; the text may use <b>, <i>, <sub>, <sup>, <code> and <br>, "
                                  "and &lt; for a literal <.")
                .arg(shown);
        }
    }
    return {};
}

std::optional<core::StepKind> stepKindFromId(const QString &id)
{
    for (int k = 0; k <= int(core::StepKind::OutputProjection); ++k) {
        const auto kind = core::StepKind(k);
        if (id == QLatin1String(core::stepKindId(kind).data(), qsizetype(core::stepKindId(kind).size())))
            return kind;
    }
    return std::nullopt;
}

QString stepKindIds()
{
    QStringList ids;
    for (int k = 0; k <= int(core::StepKind::OutputProjection); ++k)
        ids << QString::fromLatin1(core::stepKindId(core::StepKind(k)).data());
    return ids.join(QStringLiteral(", "));
}

bool isMultiHead(core::Mechanism m)
{
    using core::Mechanism;
    return m == Mechanism::Mha || m == Mechanism::Gqa || m == Mechanism::Mqa || m == Mechanism::Mla;
}

std::optional<int> parseNumber(const QString &text, int low)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < low || text.startsWith(QLatin1Char('+')))
        return std::nullopt;
    return value;
}

QString translated(const Lesson &lesson, const QString &english, const LessonOverrides &overrides)
{
    if (const QString own = lessonOverride(overrides, lessonLanguage()); !own.isNull())
        return own;
    if (!lesson.isBuiltin() || english.isEmpty())
        return english;
    const QByteArray context = QStringLiteral("lesson:%1").arg(lesson.id).toUtf8();
    return QCoreApplication::translate(context.constData(), english.toUtf8().constData());
}

// One problem, at a line.
struct Failure
{
    int line;
    QString message;
};

// The state of one file being read.
class Parser
{
public:
    explicit Parser(const QString &source) { m_lesson.source = source; }

    std::variant<Lesson, Failure> parse(const QStringList &lines);

private:
    std::optional<Failure> key(const QStringList &lines, int &i, const QString &name, const QString &language,
                               const QString &value);
    std::optional<Failure> lessonKey(int line, const QString &name, const QString &language, const QString &value);
    std::optional<Failure> stepKey(int line, const QString &name, const QString &language, const QString &value);
    std::optional<Failure> text(const QStringList &lines, int &i, const QString &language, const QString &value);
    std::optional<Failure> finishStep();
    // A key that may be given once per lesson header or step.
    std::optional<Failure> once(const QString &key, int line);

    Lesson m_lesson;
    bool m_inStep = false;
    bool m_seenLesson = false;
    QHash<QString, int> m_seen; // keys of the header or the current step -> line
    // The current step's lines of set, at and head, and its settings so far.
    int m_setLine = 0;
    int m_atLine = 0;
    int m_headLine = 0;
    int m_generateLine = 0;
    QString m_atText;
    QStringList m_settings;
};

std::optional<Failure> Parser::once(const QString &key, int line)
{
    if (const auto it = m_seen.constFind(key); it != m_seen.constEnd())
        return Failure{line,
                       QCoreApplication::translate("LessonReader", "%1: is given twice %2 (first on line %3).")
                           .arg(key, m_inStep ? QCoreApplication::translate("LessonReader", "in this step") : QCoreApplication::translate("LessonReader", "in the lesson"))
                           .arg(*it)};
    m_seen.insert(key, line);
    return std::nullopt;
}

std::variant<Lesson, Failure> Parser::parse(const QStringList &lines)
{
    static const QRegularExpression keyLine(QStringLiteral("^([a-z]+)(?:\\[([a-z]{2,3}(?:_[A-Za-z0-9]+)?)\\])?:(.*)$"));
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const int number = i + 1;
        if (isBlank(line) || line.startsWith(QLatin1Char('#')))
            continue;
        if (isIndented(line))
            return Failure{number,
                           QCoreApplication::translate("LessonReader", "this line is indented, but only the lines of a text: are; "
                                          "start keys at column 0.")};
        const auto match = keyLine.match(line);
        if (!match.hasMatch()) {
            const QString word = line.section(QLatin1Char(':'), 0, 0);
            if (line.contains(QLatin1Char(':')) && !word.contains(QLatin1Char(' ')) && word.toLower() != word)
                return Failure{number, QCoreApplication::translate("LessonReader", "'%1' is not a key: keys are lower case.").arg(word)};
            return Failure{number,
                           QCoreApplication::translate("LessonReader", "expected 'key: value' at column 0 (a text's lines are indented "
                                          "by at least two spaces).")};
        }
        const QString name = match.captured(1);
        if (!m_seenLesson && name != QLatin1String("lesson"))
            return Failure{number, QCoreApplication::translate("LessonReader", "the first key must be lesson: ID (found %1:).").arg(name)};
        if (auto failure = key(lines, i, name, match.captured(2), trimmed(match.captured(3))))
            return *failure;
    }
    if (!m_seenLesson)
        return Failure{1, QCoreApplication::translate("LessonReader", "the file is empty; a lesson starts with lesson: ID.")};
    if (auto failure = finishStep())
        return *failure;
    if (m_lesson.title.isEmpty())
        return Failure{m_lesson.line, QCoreApplication::translate("LessonReader", "the lesson has no title:; give it one before the first step:.")};
    if (m_lesson.steps.empty())
        return Failure{m_lesson.line, QCoreApplication::translate("LessonReader", "the lesson has no step:; give it at least one.")};
    return m_lesson;
}

std::optional<Failure> Parser::key(const QStringList &lines, int &i, const QString &name, const QString &language,
                                   const QString &value)
{
    const int line = i + 1;
    if (!kLessonKeys.contains(name) && !kStepKeys.contains(name))
        return Failure{line,
                       QCoreApplication::translate("LessonReader", "unknown key '%1'; the keys are %2 (the lesson) and %3 (a step).")
                           .arg(name, kLessonKeys.join(QStringLiteral(", ")), kStepKeys.join(QStringLiteral(", ")))};
    if (!language.isEmpty() && !kTranslatableKeys.contains(name))
        return Failure{
            line, QCoreApplication::translate("LessonReader", "%1[%2]: only title, summary, step and text have translations.").arg(name, language)};
    if (name == QLatin1String("text"))
        return text(lines, i, language, value);
    if (name == QLatin1String("step") && language.isEmpty()) {
        if (auto failure = finishStep())
            return failure;
        if (value.isEmpty())
            return Failure{line, QCoreApplication::translate("LessonReader", "step: give the step a title.")};
        m_inStep = true;
        m_seen.clear();
        m_seen.insert(QStringLiteral("step"), line);
        m_setLine = m_atLine = m_headLine = m_generateLine = 0;
        m_atText.clear();
        m_settings.clear();
        LessonStep step;
        step.line = line;
        step.title = value;
        m_lesson.steps.push_back(step);
        return std::nullopt;
    }
    if (kLessonKeys.contains(name))
        return lessonKey(line, name, language, value);
    return stepKey(line, name, language, value);
}

std::optional<Failure> Parser::lessonKey(int line, const QString &name, const QString &language, const QString &value)
{
    if (m_inStep) {
        if (name == QLatin1String("lesson"))
            return Failure{line, QCoreApplication::translate("LessonReader", "lesson: is given twice; a file holds one lesson.")};
        return Failure{line,
                       QCoreApplication::translate("LessonReader", "%1: belongs to the lesson, before the first step:%2.")
                           .arg(name,
                                name == QLatin1String("title")
                                    ? QCoreApplication::translate("LessonReader", "; a step's title is the value of its step:")
                                    : QString())};
    }
    const QString key = language.isEmpty() ? name : QStringLiteral("%1[%2]").arg(name, language);
    if (name != QLatin1String("cite")) {
        if (auto failure = once(key, line))
            return failure;
    }
    if (value.isEmpty())
        return Failure{line, QCoreApplication::translate("LessonReader", "%1: is empty.").arg(key)};
    if (name == QLatin1String("lesson")) {
        static const QRegularExpression id(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
        if (!id.match(value).hasMatch())
            return Failure{
                line, QCoreApplication::translate("LessonReader", "lesson: '%1' is not an id; use lower-case letters, digits and -.").arg(value)};
        m_seenLesson = true;
        m_lesson.id = value;
        m_lesson.line = line;
    } else if (name == QLatin1String("title")) {
        if (language.isEmpty())
            m_lesson.title = value;
        else
            m_lesson.titles.insert(language, value);
    } else if (name == QLatin1String("summary")) {
        if (language.isEmpty())
            m_lesson.summary = value;
        else
            m_lesson.summaries.insert(language, value);
    } else if (name == QLatin1String("order")) {
        const auto order = parseNumber(value, std::numeric_limits<int>::min());
        if (!order || *order == INT_MAX)
            return Failure{line, QCoreApplication::translate("LessonReader", "order: '%1' is not an integer.").arg(value)};
        m_lesson.order = *order;
    } else if (name == QLatin1String("cite")) {
        m_lesson.cites << value;
    }
    return std::nullopt;
}

std::optional<Failure> Parser::stepKey(int line, const QString &name, const QString &language, const QString &value)
{
    if (!m_inStep)
        return Failure{line, QCoreApplication::translate("LessonReader", "%1: belongs to a step; start one with step: TITLE.").arg(name)};
    LessonStep &step = m_lesson.steps.back();
    if (name == QLatin1String("step")) { // step[de]: the title's translation
        if (auto failure = once(QStringLiteral("step[%1]").arg(language), line))
            return failure;
        if (value.isEmpty())
            return Failure{line, QCoreApplication::translate("LessonReader", "step[%1]: is empty.").arg(language)};
        step.titles.insert(language, value);
        return std::nullopt;
    }
    if (name != QLatin1String("set")) {
        if (auto failure = once(name, line))
            return failure;
    }
    if (value.isEmpty())
        return Failure{line, QCoreApplication::translate("LessonReader", "%1: is empty.").arg(name)};
    if (name == QLatin1String("view")) {
        if (!widgets::pageIds().contains(value))
            return Failure{line,
                           QCoreApplication::translate("LessonReader", "view: '%1' is not a view; choose %2.")
                               .arg(value, widgets::pageIds().join(QStringLiteral(", ")))};
        step.view = value;
    } else if (name == QLatin1String("set")) {
        const auto settings = splitSettings(value);
        if (!settings)
            return Failure{line, QCoreApplication::translate("LessonReader", "set: a \" is not closed; write text=\"a sentence\".")};
        m_settings << *settings;
        m_setLine = line;
        const auto parsed = io::parseRequestSettings(m_settings);
        if (const auto *error = std::get_if<QString>(&parsed))
            return Failure{line, QStringLiteral("set: %1").arg(*error)};
        step.request = std::get<core::Request>(parsed);
    } else if (name == QLatin1String("at")) {
        m_atLine = line;
        m_atText = value;
        const QStringList words = value.split(QRegularExpression(QStringLiteral("[ \\t]+")), Qt::SkipEmptyParts);
        LessonAt &at = step.at;
        const QString first = words.constFirst();
        if (first == QLatin1String("last")) {
            at.kind = LessonAt::Kind::Last;
        } else if (first.at(0).isDigit()) {
            const auto index = parseNumber(first, 0);
            if (!index)
                return Failure{line, QCoreApplication::translate("LessonReader", "at: '%1' is not a 0-based step index.").arg(first)};
            at.kind = LessonAt::Kind::Index;
            at.index = *index;
        } else if (const auto kind = stepKindFromId(first)) {
            at.kind = LessonAt::Kind::Match;
            at.stepKind = *kind;
        } else {
            return Failure{line,
                           QCoreApplication::translate("LessonReader", "at: '%1' is not a step kind; give one of %2, a 0-based step index, "
                                          "or last.")
                               .arg(first, stepKindIds())};
        }
        if (at.kind != LessonAt::Kind::Match && words.size() > 1)
            return Failure{line, QCoreApplication::translate("LessonReader", "at: '%1': only a step kind takes head=N and row=N.").arg(words.at(1))};
        for (const QString &word : words.mid(1)) {
            const QString filter = word.section(QLatin1Char('='), 0, 0);
            const auto number = parseNumber(word.section(QLatin1Char('='), 1), 0);
            if (!word.contains(QLatin1Char('=')) || !number
                || (filter != QLatin1String("head") && filter != QLatin1String("row")))
                return Failure{
                    line, QCoreApplication::translate("LessonReader", "at: '%1': after the step kind give head=N or row=N (N from 0).").arg(word)};
            if (filter == QLatin1String("head") ? at.head.has_value() : at.row.has_value())
                return Failure{line, QCoreApplication::translate("LessonReader", "at: %1= is given twice.").arg(filter)};
            if (filter == QLatin1String("head"))
                at.head = *number;
            else
                at.row = *number;
        }
    } else if (name == QLatin1String("head")) {
        m_headLine = line;
        const auto head = parseNumber(value, 0);
        if (!head)
            return Failure{line, QCoreApplication::translate("LessonReader", "head: '%1' is not a head number (from 0).").arg(value)};
        step.head = *head;
    } else if (name == QLatin1String("generate")) {
        m_generateLine = line;
        const auto tokens = parseNumber(value, 1);
        if (!tokens || *tokens > kMaxGenerate)
            return Failure{line, QCoreApplication::translate("LessonReader", "generate: '%1': give a number of tokens from 1 to %2.")
                                     .arg(value)
                                     .arg(kMaxGenerate)};
        step.generate = *tokens;
    } else if (name == QLatin1String("model")) {
        if (!io::presetIds().contains(value))
            return Failure{line,
                           QCoreApplication::translate("LessonReader", "model: '%1' is not a model preset; see attnscope footprint "
                                          "--list-models.")
                               .arg(value)};
        step.model = value;
    }
    return std::nullopt;
}

std::optional<Failure> Parser::text(const QStringList &lines, int &i, const QString &language, const QString &value)
{
    const int line = i + 1;
    if (!m_inStep)
        return Failure{line, QCoreApplication::translate("LessonReader", "text: belongs to a step; start one with step: TITLE.")};
    const QString key = language.isEmpty() ? QStringLiteral("text") : QStringLiteral("text[%1]").arg(language);
    if (auto failure = once(key, line))
        return failure;
    QStringList body;
    if (!value.isEmpty())
        body << value;
    int j = i + 1;
    for (; j < lines.size(); ++j) {
        const QString &l = lines.at(j);
        if (isBlank(l)) {
            body << QString();
            continue;
        }
        if (!isIndented(l))
            break;
        if (l.startsWith(QLatin1Char(' ')) && l.size() > 1 && l.at(1) != u' ' && l.at(1) != u'\t')
            return Failure{j + 1, QCoreApplication::translate("LessonReader", "%1: indent the text's lines by at least two spaces.").arg(key)};
        body << l;
    }
    const QString normalised = normaliseText(body);
    if (normalised.isEmpty()) {
        if (j < lines.size() && !lines.at(j).startsWith(QLatin1Char('#'))
            && !QRegularExpression(QStringLiteral("^[a-z]+(\\[[^]]*\\])?:")).match(lines.at(j)).hasMatch())
            return Failure{j + 1,
                           QCoreApplication::translate("LessonReader", "%1: the text's lines must be indented by at least two spaces; this "
                                          "one starts at column 0.")
                               .arg(key)};
        return Failure{line,
                       QCoreApplication::translate("LessonReader", "%1: is empty; write the text on the lines after it, indented by at "
                                      "least two spaces.")
                           .arg(key)};
    }
    if (const QString problem = checkMarkup(normalised); !problem.isEmpty())
        return Failure{line, QStringLiteral("%1: %2").arg(key, problem)};
    LessonStep &step = m_lesson.steps.back();
    if (language.isEmpty())
        step.text = normalised;
    else
        step.texts.insert(language, normalised);
    i = j - 1;
    return std::nullopt;
}

std::optional<Failure> Parser::finishStep()
{
    if (!m_inStep)
        return std::nullopt;
    LessonStep &step = m_lesson.steps.back();
    if (step.text.isEmpty())
        return Failure{step.line, QCoreApplication::translate("LessonReader", "step '%1' has no text:; every step needs one.").arg(step.title)};
    if (m_setLine == 0) { // no set: the defaults of mha
        const auto parsed = io::parseRequestSettings({});
        if (const auto *request = std::get_if<core::Request>(&parsed))
            step.request = *request;
    }
    // A trained input's text and layer must suit the model (core's rules were checked by set:).
    if (const auto errors = model::validateInput(step.request); !errors.empty())
        return Failure{m_setLine, QStringLiteral("set: %1").arg(QString::fromStdString(errors.front().message))};
    // generate: continues the text with the trained language model; the step then shows the
    // computation on the continued text.
    if (step.generate > 0) {
        if (step.request.input != core::InputSource::Trained)
            return Failure{m_generateLine,
                           QCoreApplication::translate("LessonReader", "generate: only a trained language model generates; add "
                                          "input=trained to the step's set: (a seeded computation has no "
                                          "model to continue a text).")};
        const std::string text =
            step.request.text.value_or(std::string(core::defaultTrainedText(step.request.mechanism)));
        try {
            step.request.text = model::continueText(step.request.mechanism, text, step.generate);
        } catch (const std::exception &e) {
            return Failure{m_generateLine, QString::fromUtf8(e.what())};
        }
        if (const auto errors = model::validateInput(step.request); !errors.empty())
            return Failure{m_generateLine,
                           QStringLiteral("generate: %1").arg(QString::fromStdString(errors.front().message))};
    }
    // at: and head: must name something the step's computation has.
    core::Config config;
    try {
        config = model::resolveInput(step.request);
    } catch (const std::exception &e) {
        return Failure{m_setLine, QStringLiteral("set: %1").arg(QString::fromUtf8(e.what()))};
    }
    const std::int64_t heads = isMultiHead(config.mechanism) ? config.nHeads : 1;
    if (step.head && *step.head >= heads)
        return Failure{m_headLine,
                       heads == 1 ? QCoreApplication::translate("LessonReader", "head: %1: this computation has one head (0).").arg(*step.head)
                                  : QCoreApplication::translate("LessonReader", "head: %1: this computation has %2 heads (0 to %3).")
                                        .arg(*step.head)
                                        .arg(heads)
                                        .arg(heads - 1)};
    const auto bytes = core::recordedBytes(config);
    if (m_atLine > 0 && bytes && *bytes <= kCheckBytes) {
        const auto computed = model::computeInput(config);
        const core::Trace &trace = *computed;
        if (step.at.resolve(trace) < 0) {
            const QString count = QString::number(trace.steps().size());
            if (step.at.kind == LessonAt::Kind::Index)
                return Failure{m_atLine,
                               QCoreApplication::translate("LessonReader", "at: %1: this computation has %2 steps (0 to %3).")
                                   .arg(step.at.index)
                                   .arg(count)
                                   .arg(trace.steps().size() - 1)};
            return Failure{m_atLine,
                           QCoreApplication::translate("LessonReader", "at: '%1': no step of this %2 computation matches.")
                               .arg(m_atText, QString::fromLatin1(core::mechanismId(config.mechanism).data()))};
        }
    }
    return std::nullopt;
}

} // namespace

int LessonAt::resolve(const core::Trace &trace) const
{
    const auto &steps = trace.steps();
    const int count = int(steps.size());
    switch (kind) {
    case Kind::First: return count > 0 ? 0 : -1;
    case Kind::Index: return index < count ? index : -1;
    case Kind::Last: return count - 1;
    case Kind::Match:
        for (int i = 0; i < count; ++i) {
            const core::Step &s = steps[std::size_t(i)];
            if (s.kind == stepKind && (!head || s.head == *head) && (!row || s.row == *row))
                return i;
        }
        return -1;
    }
    return -1;
}

QString Lesson::fileName() const
{
    const QString name = QFileInfo(source).fileName();
    return isBuiltin() ? QCoreApplication::translate("LessonReader", "%1 (built in)").arg(name) : name;
}

QString Lesson::displayTitle() const
{
    return translated(*this, title, titles);
}

QString Lesson::displaySummary() const
{
    return translated(*this, summary, summaries);
}

QString Lesson::stepTitle(int step) const
{
    if (step < 0 || step >= int(steps.size()))
        return {};
    return translated(*this, steps[std::size_t(step)].title, steps[std::size_t(step)].titles);
}

QString Lesson::stepTextHtml(int step) const
{
    if (step < 0 || step >= int(steps.size()))
        return {};
    const QString text = translated(*this, steps[std::size_t(step)].text, steps[std::size_t(step)].texts);
    QString html;
    for (const QString &paragraph : text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts))
        html += QStringLiteral("<p>%1</p>").arg(paragraph);
    return html;
}

QString lessonLanguage()
{
    return io::currentLanguage();
}

QString lessonOverride(const LessonOverrides &overrides, const QString &language)
{
    if (overrides.isEmpty() || language.isEmpty())
        return {};
    if (const auto it = overrides.constFind(language); it != overrides.constEnd())
        return *it;
    const QString base = language.section(QLatin1Char('_'), 0, 0);
    if (const auto it = overrides.constFind(base); it != overrides.constEnd())
        return *it;
    return {};
}

std::optional<Lesson> parseLesson(const QByteArray &content, const QString &source, QString *error)
{
    QString name = QFileInfo(source).fileName();
    for (QChar &c : name)
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char('?');
    const auto fail = [&](int line, const QString &message) -> std::optional<Lesson> {
        if (error)
            *error = QStringLiteral("%1:%2: %3").arg(name).arg(line).arg(message);
        return std::nullopt;
    };
    QStringList lines;
    const QList<QByteArray> raw = content.split('\n');
    for (qsizetype i = 0; i < raw.size(); ++i) {
        QByteArray bytes = raw.at(i);
        if (i == 0 && bytes.startsWith("\xef\xbb\xbf"))
            bytes.remove(0, 3);
        if (bytes.endsWith('\r'))
            bytes.chop(1);
        QStringDecoder decoder(QStringDecoder::Utf8);
        QString line = decoder(bytes);
        if (decoder.hasError())
            return fail(int(i + 1), QCoreApplication::translate("LessonReader", "this line is not UTF-8 text."));
        // Control characters (escape sequences, NUL, a lone CR) would reach titles, menus and the
        // terminal as they are; a tab is the one allowed.
        for (const QChar c : std::as_const(line)) {
            if (c != QLatin1Char('\t') && (c.category() == QChar::Other_Control || c == QChar::LineSeparator
                                           || c == QChar::ParagraphSeparator))
                return fail(int(i + 1),
                            QCoreApplication::translate("LessonReader",
                                                        "this line has the control character U+%1; a lesson is "
                                                        "plain text.")
                                .arg(QStringLiteral("%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper()));
        }
        lines << line;
    }
    Parser parser(source);
    auto result = parser.parse(lines);
    if (const auto *failure = std::get_if<Failure>(&result))
        return fail(failure->line, failure->message);
    return std::get<Lesson>(std::move(result));
}

std::optional<Lesson> readLesson(const QString &path, QString *error)
{
    // A pipe or a device would be waited on or read without end: only regular files are read.
    if (const QFileInfo info(path); info.exists() && !info.isFile()) {
        if (error)
            *error = QCoreApplication::translate("LessonReader",
                                                 "%1: cannot read it: it is not a regular file (a folder, a pipe "
                                                 "or a device).")
                         .arg(path);
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("LessonReader", "%1: cannot read it: %2.").arg(path, file.errorString());
        return std::nullopt;
    }
    return parseLesson(file.readAll(), path, error);
}

QStringList LessonLibrary::builtinFiles()
{
    QStringList files;
    const QDir dir(QString::fromLatin1(kBuiltinDirectory));
    for (const QString &name : dir.entryList({QStringLiteral("*.lesson")}, QDir::Files, QDir::Name))
        files << dir.filePath(name);
    return files;
}

bool LessonLibrary::load(const QString &folder, QStringList *errors)
{
    m_lessons.clear();
    m_folder = folder;
    QStringList paths = builtinFiles();
    bool ok = true;
    if (!folder.isEmpty()) {
        const QDir dir(folder);
        if (!dir.exists()) {
            if (errors)
                *errors << QCoreApplication::translate("LessonReader", "%1: no such folder.").arg(folder);
            ok = false;
        } else {
            for (const QString &name : dir.entryList({QStringLiteral("*.lesson")}, QDir::Files, QDir::Name))
                paths << dir.filePath(name);
        }
    }
    return add(paths, errors) && ok;
}

bool LessonLibrary::loadFiles(const QStringList &paths, QStringList *errors)
{
    m_lessons.clear();
    m_folder.clear();
    return add(paths, errors);
}

bool LessonLibrary::add(const QStringList &paths, QStringList *errors)
{
    bool ok = true;
    for (const QString &path : paths) {
        QString error;
        auto lesson = readLesson(path, &error);
        if (lesson) {
            const auto same =
                std::find_if(m_lessons.begin(), m_lessons.end(), [&](const Lesson &l) { return l.id == lesson->id; });
            if (same != m_lessons.end()) {
                error = QCoreApplication::translate("LessonReader", "%1:%2: lesson id '%3' is already the id of %4; give each lesson its own id.")
                            .arg(QFileInfo(lesson->source).fileName())
                            .arg(lesson->line)
                            .arg(lesson->id, same->fileName());
                lesson.reset();
            }
        }
        if (!lesson) {
            ok = false;
            if (errors)
                *errors << error;
            continue;
        }
        m_lessons.push_back(std::move(*lesson));
    }
    std::stable_sort(m_lessons.begin(), m_lessons.end(), [](const Lesson &a, const Lesson &b) {
        if (a.order != b.order)
            return a.order < b.order;
        if (const int c = QString::localeAwareCompare(a.title, b.title); c != 0)
            return c < 0;
        return a.id < b.id;
    });
    return ok;
}

const Lesson *LessonLibrary::find(const QString &id) const
{
    const auto it = std::find_if(m_lessons.begin(), m_lessons.end(), [&](const Lesson &l) { return l.id == id; });
    return it == m_lessons.end() ? nullptr : &*it;
}

} // namespace attnscope::lessons
