// SPDX-License-Identifier: GPL-3.0-or-later
// The lesson file format (docs/lessons.md): the parser on good and bad files, the library of
// built-in and folder lessons, and the translations a teacher's file carries.
#include "lessons/lesson.h"

#include "core/mechanisms/compute.h"

#include <QDir>
#include <QTest>

#include <algorithm>

using namespace attnscope;
using lessons::Lesson;
using lessons::LessonAt;

namespace {

const QString kFixtures = QStringLiteral(ATTNSCOPE_TEST_LESSONS);

// A whole lesson around one step's keys.
QByteArray lessonWith(const QByteArray &stepKeys)
{
    return "lesson: x\ntitle: X\n\nstep: One\n" + stepKeys;
}

} // namespace

class TestLesson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesEveryKey()
    {
        QString error;
        const auto lesson = lessons::readLesson(kFixtures + QStringLiteral("/good/tiny.lesson"), &error);
        QVERIFY2(lesson, qPrintable(error));
        QCOMPARE(lesson->id, QStringLiteral("tiny-test"));
        QCOMPARE(lesson->title, QStringLiteral("A tiny test lesson"));
        QCOMPARE(lesson->order, 20);
        QCOMPARE(lesson->summary, QStringLiteral("Three steps through the views, for the tests."));
        QCOMPARE(lesson->cites.size(), 2);
        QVERIFY(lesson->cites.at(1).startsWith(QStringLiteral("Ainslie")));
        QCOMPARE(lesson->titles.value(QStringLiteral("de")), QStringLiteral("Eine kleine Testlektion"));
        QCOMPARE(lesson->line, 2);
        QVERIFY(!lesson->isBuiltin());
        QCOMPARE(lesson->fileName(), QStringLiteral("tiny.lesson"));
        QCOMPARE(int(lesson->steps.size()), 3);

        const lessons::LessonStep &first = lesson->steps[0];
        QCOMPARE(first.line, 11);
        QCOMPARE(first.title, QStringLiteral("Scores of one head"));
        QCOMPARE(first.titles.value(QStringLiteral("de")), QStringLiteral("Scores eines Kopfes"));
        QCOMPARE(first.view, QStringLiteral("steps"));
        // Both set: lines, with compute's names and defaults.
        const core::Config c = core::resolve(first.request);
        QCOMPARE(c.mechanism, core::Mechanism::Gqa);
        QCOMPARE(c.nHeads, 8);
        QCOMPARE(c.nKvHeads, 2);
        QCOMPARE(c.dModel, 64);
        QCOMPARE(c.tokens, 5);
        QVERIFY(c.causal);
        QCOMPARE(c.seed, 7u);
        QCOMPARE(c.dHead, 8); // the default: d_model / heads
        QCOMPARE(first.at.kind, LessonAt::Kind::Match);
        QCOMPARE(first.at.stepKind, core::StepKind::Scores);
        QCOMPARE(first.at.head, std::optional<int>(5));
        QVERIFY(!first.at.row);
        QCOMPARE(first.head, std::optional<int>(5));
        QVERIFY(first.model.isEmpty());
        // Indentation gone, lines joined with spaces, paragraphs apart.
        QCOMPARE(first.text,
                 QStringLiteral("Head 5 reads KV head 1: scores<sub>5</sub> = Q<sub>5</sub> K<sub>1</sub><sup>T</sup> "
                                "/ &radic;d<sub>h</sub>.\n\nA second paragraph with <b>bold</b>, <i>italic</i>, "
                                "<code>code</code><br>and a break."));
        QCOMPARE(first.texts.value(QStringLiteral("de")), QStringLiteral("Kopf 5 liest KV-Kopf 1."));
        QCOMPARE(lesson->stepTextHtml(0).count(QStringLiteral("<p>")), 2);

        const lessons::LessonStep &second = lesson->steps[1];
        QCOMPARE(second.view, QStringLiteral("attention"));
        QCOMPARE(second.request.mechanism, core::Mechanism::Sdpa);
        QCOMPARE(second.at.kind, LessonAt::Kind::Last);
        QCOMPARE(second.text, QStringLiteral("A text that starts on the key's line and goes on below it."));

        const lessons::LessonStep &third = lesson->steps[2];
        QCOMPARE(third.view, QStringLiteral("footprint"));
        QCOMPARE(third.at.kind, LessonAt::Kind::Index);
        QCOMPARE(third.at.index, 3);
        QCOMPARE(third.model, QStringLiteral("llama-3-8b"));
    }

    // set: with input=trained and a quoted text; generate: continues the text with the model.
    void trainedStepsGenerate()
    {
        QString error;
        const auto lesson = lessons::parseLesson(
            lessonWith("set: mechanism=gqa input=trained layer=2\n"
                       "set: text=\"repeat : lamp river seven cloud | lamp river\"\n"
                       "generate: 3\nhead: 2\nat: softmax head=2\ntext:\n  T.\n\n"
                       "step: Two\nset: mechanism=mha input=trained text=\"the dog near the horses\"\n"
                       "text:\n  T.\n"),
            QStringLiteral("x.lesson"), &error);
        QVERIFY2(lesson, qPrintable(error));
        const lessons::LessonStep &first = lesson->steps[0];
        QCOMPARE(first.generate, 3);
        QCOMPARE(first.request.input, core::InputSource::Trained);
        QCOMPARE(first.request.layer, std::optional<std::int64_t>(2));
        QCOMPARE(first.head, std::optional<int>(2));
        // The quotes keep the spaces, and GQA's induction heads copy
        // the rest of the span.
        QCOMPARE(QString::fromStdString(first.request.text.value()),
                 QStringLiteral("repeat : lamp river seven cloud | lamp river seven cloud ."));
        const lessons::LessonStep &second = lesson->steps[1];
        QCOMPARE(second.generate, 0);
        QCOMPARE(QString::fromStdString(second.request.text.value()), QStringLiteral("the dog near the horses"));
    }

    void defaultsOfAStep()
    {
        QString error;
        const auto lesson = lessons::readLesson(kFixtures + QStringLiteral("/good/second.lesson"), &error);
        QVERIFY2(lesson, qPrintable(error));
        QCOMPARE(lesson->order, INT_MAX);
        const lessons::LessonStep &step = lesson->steps[0];
        QCOMPARE(step.view, QStringLiteral("steps"));
        QCOMPARE(step.request.mechanism, core::Mechanism::Mha);
        QCOMPARE(core::resolve(step.request), core::resolve(core::Request{}));
        QCOMPARE(step.at.kind, LessonAt::Kind::First);
        QVERIFY(!step.head);
    }

    void atSelectsTheFirstMatchingStep()
    {
        core::Request r;
        r.mechanism = core::Mechanism::Gqa;
        r.nHeads = 8;
        r.nKvHeads = 2;
        const core::Trace trace = core::compute(core::resolve(r));
        const auto &steps = trace.steps();
        LessonAt at;
        QCOMPARE(at.resolve(trace), 0);
        at.kind = LessonAt::Kind::Last;
        QCOMPARE(at.resolve(trace), int(steps.size()) - 1);
        at.kind = LessonAt::Kind::Index;
        at.index = int(steps.size());
        QCOMPARE(at.resolve(trace), -1);
        at.kind = LessonAt::Kind::Match;
        at.stepKind = core::StepKind::Softmax;
        at.head = 6;
        const int i = at.resolve(trace);
        QVERIFY(i >= 0);
        QCOMPARE(steps[std::size_t(i)].kind, core::StepKind::Softmax);
        QCOMPARE(steps[std::size_t(i)].head, 6);
        for (int j = 0; j < i; ++j)
            QVERIFY(!(steps[std::size_t(j)].kind == core::StepKind::Softmax && steps[std::size_t(j)].head == 6));
    }

    void refusesBadFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown key") << lessonWith("colour: red\ntext:\n  T.\n")
                                     << "bad.lesson:5: unknown key 'colour'; the keys are lesson, title, order, "
                                        "summary, cite (the lesson) and step, view, set, at, head, model, generate, "
                                        "text (a step).";
        QTest::newRow("upper-case key") << lessonWith("View: steps\n")
                                        << "bad.lesson:5: 'View' is not a key: keys are lower case.";
        QTest::newRow("missing lesson") << QByteArray("# comment\ntitle: X\n")
                                        << "bad.lesson:2: the first key must be lesson: ID (found title:).";
        QTest::newRow("empty file") << QByteArray("# only a comment\n\n")
                                    << "bad.lesson:1: the file is empty; a lesson starts with lesson: ID.";
        QTest::newRow("bad id") << QByteArray("lesson: My_Lesson\n")
                                << "bad.lesson:1: lesson: 'My_Lesson' is not an id; use lower-case letters, digits "
                                   "and -.";
        QTest::newRow("missing title") << QByteArray("lesson: x\n\nstep: One\ntext:\n  T.\n")
                                       << "bad.lesson:1: the lesson has no title:; give it one before the first "
                                          "step:.";
        QTest::newRow("no steps") << QByteArray("lesson: x\ntitle: X\n")
                                  << "bad.lesson:1: the lesson has no step:; give it at least one.";
        QTest::newRow("missing text") << QByteArray("lesson: x\ntitle: X\n\nstep: One\nview: heads\n\nstep: Two\n"
                                                    "text:\n  T.\n")
                                      << "bad.lesson:4: step 'One' has no text:; every step needs one.";
        QTest::newRow("missing text at the end")
            << lessonWith("view: heads\n") << "bad.lesson:4: step 'One' has no text:; every step needs one.";
        QTest::newRow("bad view") << lessonWith("view: sideways\ntext:\n  T.\n")
                                  << "bad.lesson:5: view: 'sideways' is not a view; choose steps, attention, "
                                     "heads, compare, footprint, tradeoff, timings.";
        QTest::newRow("bad set (validation)")
            << lessonWith("set: mechanism=gqa heads=8 kv-heads=3\ntext:\n  T.\n")
            << "bad.lesson:5: set: --kv-heads 3: must divide the heads (8) so that every KV head serves an equal "
               "group of query heads.";
        QTest::newRow("bad set (value)") << lessonWith("set: heads=many\ntext:\n  T.\n")
                                         << "bad.lesson:5: set: --heads 'many': not an integer.";
        QTest::newRow("bad set (name)") << lessonWith("set: colours=3\ntext:\n  T.\n")
                                        << "bad.lesson:5: set: 'colours' is not a parameter; use the names of "
                                           "attnscope compute's flags: mechanism, d-model, heads, kv-heads, "
                                           "head-dim, tokens, source-tokens, latent-rank, query-rank, rope-dim, "
                                           "hidden, align-dim, causal, cross, seed, rope-base, rope-layout, "
                                           "mla-path, input, text, layer.";
        QTest::newRow("bad set (switch)")
            << lessonWith("set: causal=yes\ntext:\n  T.\n") << "bad.lesson:5: set: causal=yes: give true or false.";
        QTest::newRow("bad set (syntax)") << lessonWith("set: heads 8\ntext:\n  T.\n")
                                          << "bad.lesson:5: set: 'heads' is not name=value (e.g. heads=8).";
        QTest::newRow("bad set (over two lines)")
            << lessonWith("set: mechanism=bahdanau\nset: heads=4\ntext:\n  T.\n")
            << "bad.lesson:6: set: --heads 4: bahdanau attention has no heads; it reads --d-model (embedding "
               "width), --hidden and --align-dim.";
        QTest::newRow("quote not closed")
            << lessonWith("set: mechanism=gqa input=trained text=\"the dog runs .\ntext:\n  T.\n")
            << "bad.lesson:5: set: a \" is not closed; write text=\"a sentence\".";
        QTest::newRow("generate seeded")
            << lessonWith("set: mechanism=gqa\ngenerate: 3\ntext:\n  T.\n")
            << "bad.lesson:6: generate: only a trained language model generates; add input=trained to the step's "
               "set: (a seeded computation has no model to continue a text).";
        QTest::newRow("generate bahdanau")
            << lessonWith("set: mechanism=bahdanau input=trained text=\"20 july 1969\"\ngenerate: 3\ntext:\n  T.\n")
            << "bad.lesson:6: generate: bahdanau has no trained language model to continue a text; choose mha, "
               "gqa, mqa or mla.";
        QTest::newRow("generate zero") << lessonWith("generate: 0\ntext:\n  T.\n")
                                       << "bad.lesson:5: generate: '0': give a number of tokens from 1 to 32.";
        QTest::newRow("generate too many") << lessonWith("generate: 33\ntext:\n  T.\n")
                                           << "bad.lesson:5: generate: '33': give a number of tokens from 1 to 32.";
        QTest::newRow("generate twice")
            << lessonWith("set: mechanism=mha input=trained\ngenerate: 1\ngenerate: 2\ntext:\n  T.\n")
            << "bad.lesson:7: generate: is given twice in this step (first on line 6).";
        QTest::newRow("trained layer") << lessonWith("set: mechanism=mqa input=trained layer=4\ntext:\n  T.\n")
                                       << "bad.lesson:5: set: --layer 4: the trained mqa model has layers 0 to 3.";
        QTest::newRow("bad at kind") << lessonWith("at: sccores\ntext:\n  T.\n")
                                     << "bad.lesson:5: at: 'sccores' is not a step kind; give one of input, "
                                        "gru_forward, gru_backward, annotations, decoder_init, decoder_state, "
                                        "alignment_scores, project_query, project_key, project_value, "
                                        "down_project_kv, down_project_query, up_project_key, up_project_value, "
                                        "rope_query, rope_key, absorb_key, scores, mask, softmax, weighted_sum, "
                                        "absorb_value, concat_heads, output_projection, a 0-based step index, or "
                                        "last.";
        QTest::newRow("at without match") << lessonWith("set: heads=4\nat: scores head=4\ntext:\n  T.\n")
                                          << "bad.lesson:6: at: 'scores head=4': no step of this mha computation "
                                             "matches.";
        QTest::newRow("at kind not computed") << lessonWith("set: mechanism=mla\nat: absorb_key\ntext:\n  T.\n")
                                              << "bad.lesson:6: at: 'absorb_key': no step of this mla computation "
                                                 "matches.";
        QTest::newRow("at index too large") << lessonWith("set: mechanism=sdpa\nat: 99\ntext:\n  T.\n")
                                            << "bad.lesson:6: at: 99: this computation has 7 steps (0 to 6).";
        QTest::newRow("at filter") << lessonWith("at: scores heads=1\ntext:\n  T.\n")
                                   << "bad.lesson:5: at: 'heads=1': after the step kind give head=N or row=N (N from "
                                      "0).";
        QTest::newRow("head out of range")
            << lessonWith("head: 4\ntext:\n  T.\n") << "bad.lesson:5: head: 4: this computation has 4 heads (0 to 3).";
        QTest::newRow("bad model") << lessonWith("model: gpt-5\ntext:\n  T.\n")
                                   << "bad.lesson:5: model: 'gpt-5' is not a model preset; see attnscope footprint "
                                      "--list-models.";
        QTest::newRow("text not indented") << lessonWith("text:\nThe text at column 0.\n")
                                           << "bad.lesson:6: text: the text's lines must be indented by at least "
                                              "two spaces; this one starts at column 0.";
        QTest::newRow("text indented by one space")
            << lessonWith("text:\n  First line,\n second line.\n")
            << "bad.lesson:7: text: indent the text's lines by at least two spaces.";
        QTest::newRow("empty text") << lessonWith("text:\n\nview: steps\n")
                                    << "bad.lesson:5: text: is empty; write the text on the lines after it, indented "
                                       "by at least two spaces.";
        QTest::newRow("markup") << lessonWith("text:\n  A <p>paragraph</p>.\n")
                                << "bad.lesson:5: text: '<p>' is not allowed; the text may use <b>, <i>, <sub>, "
                                   "<sup>, <code> and <br>, and &lt; for a literal <.";
        QTest::newRow("a literal <") << lessonWith("text:\n  When a < b.\n")
                                     << "bad.lesson:5: text: '< b.' is not allowed; the text may use <b>, <i>, "
                                        "<sub>, <sup>, <code> and <br>, and &lt; for a literal <.";
        QTest::newRow("key twice") << lessonWith("view: steps\nview: heads\ntext:\n  T.\n")
                                   << "bad.lesson:6: view: is given twice in this step (first on line 5).";
        QTest::newRow("step key in the header") << QByteArray("lesson: x\ntitle: X\nview: steps\n")
                                                << "bad.lesson:3: view: belongs to a step; start one with step: "
                                                   "TITLE.";
        QTest::newRow("lesson key in a step") << lessonWith("title: Y\n")
                                              << "bad.lesson:5: title: belongs to the lesson, before the first "
                                                 "step:; a step's title is the value of its step:.";
        QTest::newRow("indented key") << lessonWith("  view: steps\n")
                                      << "bad.lesson:5: this line is indented, but only the lines of a text: are; "
                                         "start keys at column 0.";
        QTest::newRow("bad order") << QByteArray("lesson: x\ntitle: X\norder: first\n")
                                   << "bad.lesson:3: order: 'first' is not an integer.";
        QTest::newRow("translated view") << lessonWith("view[de]: steps\n")
                                         << "bad.lesson:5: view[de]: only title, summary, step and text have "
                                            "translations.";
        QTest::newRow("not UTF-8") << QByteArray("lesson: x\ntitle: \xff\xfe\n")
                                   << "bad.lesson:2: this line is not UTF-8 text.";
        // Control characters would reach the title bar, menus and a terminal as they are.
        QTest::newRow("escape in the title") << QByteArray("lesson: x\ntitle: \x1b[2J\x1b]0;pwned\x07\n")
                                             << "bad.lesson:2: this line has the control character U+001B; a lesson "
                                                "is plain text.";
        QTest::newRow("NUL in a text") << lessonWith(QByteArray("text:\n  a\0b\n", 12))
                                       << "bad.lesson:6: this line has the control character U+0000; a lesson is "
                                          "plain text.";
        QTest::newRow("lone CR") << QByteArray("lesson: x\ntitle: a\rb\n")
                                 << "bad.lesson:2: this line has the control character U+000D; a lesson is plain "
                                    "text.";
    }
    void refusesBadFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, error);
        QString message;
        QVERIFY(!lessons::parseLesson(content, QStringLiteral("/some/folder/bad.lesson"), &message));
        QCOMPARE(message, error);
        QVERIFY(!message.contains(QLatin1Char('\n'))); // one sentence on one line
    }

    void acceptsWindowsLineEndingsAndComments()
    {
        QString error;
        const auto lesson = lessons::parseLesson("\xef\xbb\xbf# comment\r\nlesson: x\r\ntitle: X\r\n\r\nstep: One\r\n"
                                             "# a comment ends the text\r\ntext:\r\n  A\r\n  B\r\n# end\r\n",
                                             QStringLiteral("x.lesson"), &error);
        QVERIFY2(lesson, qPrintable(error));
        QCOMPARE(lesson->steps[0].text, QStringLiteral("A B"));
    }

    void duplicateIdsNameBothFiles()
    {
        lessons::LessonLibrary library;
        QStringList errors;
        QVERIFY(!library.load(kFixtures + QStringLiteral("/duplicate"), &errors));
        QCOMPARE(errors,
                 QStringList{QStringLiteral("b.lesson:2: lesson id 'same-id' is already the id of a.lesson; "
                                            "give each lesson its own id.")});
        QVERIFY(library.find(QStringLiteral("same-id"))); // the first one stays
        QCOMPARE(library.find(QStringLiteral("same-id"))->title, QStringLiteral("First of two"));
    }

    void libraryLoadsBuiltinsAndAFolder()
    {
        lessons::LessonLibrary library;
        QStringList errors;
        QVERIFY2(library.load(kFixtures + QStringLiteral("/good"), &errors), qPrintable(errors.join('\n')));
        const int builtins = int(lessons::LessonLibrary::builtinFiles().size());
        QCOMPARE(int(library.lessons().size()), builtins + 2);
        // Sorted by order, then title; a lesson without order comes last.
        for (std::size_t i = 1; i < library.lessons().size(); ++i) {
            const Lesson &a = library.lessons()[i - 1];
            const Lesson &b = library.lessons()[i];
            QVERIFY(a.order < b.order || (a.order == b.order && QString::localeAwareCompare(a.title, b.title) <= 0));
        }
        QCOMPARE(library.lessons().back().id, QStringLiteral("second-test"));
        QVERIFY(library.find(QStringLiteral("tiny-test")));
        QCOMPARE(library.folder(), kFixtures + QStringLiteral("/good"));

        QVERIFY(!library.load(kFixtures + QStringLiteral("/no-such-folder"), &errors));
        QVERIFY(errors.last().endsWith(QStringLiteral("no-such-folder: no such folder.")));
        QCOMPARE(int(library.lessons().size()), builtins); // the built-in ones still load
    }

    void builtinLessonsLoad()
    {
        lessons::LessonLibrary library;
        QStringList errors;
        QVERIFY2(library.load(QString(), &errors), qPrintable(errors.join('\n')));
        // The nine lessons of resources/lessons/ (docs/lessons.md).
        QVERIFY2(library.lessons().size() >= 9, qPrintable(QString::number(library.lessons().size())));
        // What heads learn: every step on a trained language model, the last of the lessons.
        const Lesson *heads = library.find(QStringLiteral("heads-learn"));
        QVERIFY(heads);
        QCOMPARE(heads->order, 9);
        for (const lessons::LessonStep &step : heads->steps) {
            QCOMPARE(step.request.input, core::InputSource::Trained);
            QVERIFY(step.head);
        }
        // The generating steps hold the model's continuation.
        const Lesson *cache = library.find(QStringLiteral("kv-cache"));
        QVERIFY(cache);
        const auto generated = std::find_if(cache->steps.begin(), cache->steps.end(),
                                            [](const lessons::LessonStep &s) { return s.generate == 3; });
        QVERIFY(generated != cache->steps.end());
        QCOMPARE(QString::fromStdString(generated->request.text.value()),
                 QStringLiteral("repeat : lamp river seven cloud | lamp river seven cloud ."));
        QSet<int> orders;
        for (const Lesson &lesson : library.lessons()) {
            QVERIFY(lesson.isBuiltin());
            QVERIFY(lesson.fileName().endsWith(QStringLiteral(".lesson (built in)")));
            QVERIFY2(!lesson.steps.empty(), qPrintable(lesson.id));
            QVERIFY2(!lesson.summary.isEmpty(), qPrintable(lesson.id));
            QVERIFY2(!lesson.cites.isEmpty(), qPrintable(lesson.id));
            QVERIFY2(lesson.order != INT_MAX && !orders.contains(lesson.order), qPrintable(lesson.id));
            orders.insert(lesson.order);
        }
    }

    void overridesFollowTheLanguage()
    {
        const lessons::LessonOverrides overrides{{QStringLiteral("de"), QStringLiteral("Deutsch")},
                                             {QStringLiteral("zh_CN"), QStringLiteral("中文")}};
        QCOMPARE(lessons::lessonOverride(overrides, QStringLiteral("de")), QStringLiteral("Deutsch"));
        QCOMPARE(lessons::lessonOverride(overrides, QStringLiteral("de_AT")), QStringLiteral("Deutsch"));
        QCOMPARE(lessons::lessonOverride(overrides, QStringLiteral("zh_CN")), QStringLiteral("中文"));
        QVERIFY(lessons::lessonOverride(overrides, QStringLiteral("zh_TW")).isNull());
        QVERIFY(lessons::lessonOverride(overrides, QStringLiteral("en")).isNull());
        // Without a translator the English texts are shown.
        QString error;
        const auto lesson = lessons::readLesson(kFixtures + QStringLiteral("/good/tiny.lesson"), &error);
        QVERIFY(lesson);
        QCOMPARE(lesson->displayTitle(), lesson->title);
        QCOMPARE(lesson->stepTitle(0), lesson->steps[0].title);
    }
};

QTEST_GUILESS_MAIN(TestLesson)
#include "tst_lesson.moc"
