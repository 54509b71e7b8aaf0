// SPDX-License-Identifier: GPL-3.0-or-later
// `attnscope lessons` and the window options --lesson / --step, run as a user would: exit codes,
// one sentence on stderr, the files written.
#include "tests/common/runprogram.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kFixtures = QStringLiteral(ATTNSCOPE_TEST_LESSONS);

using attnscope::testing::Run;

Run run(const QStringList &arguments)
{
    return attnscope::testing::runProgram(QStringLiteral(ATTNSCOPE_BINARY), arguments, 300000);
}

// stderr without Qt's own notes (XDG_RUNTIME_DIR and the like).
QStringList errorLines(const Run &r)
{
    QStringList lines;
    for (const QString &line : r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (line.startsWith(QStringLiteral("attnscope")))
            lines << line;
    return lines;
}

} // namespace

class TestLessonsCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsTheBuiltinLessons()
    {
        const Run r = run({"lessons", "--list"});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.size() >= 8, qPrintable(r.out));
        static const QRegularExpression line(QStringLiteral("^([a-z0-9-]+) +(\\d+)  (.+)$"));
        for (const QString &l : lines) {
            const auto m = line.match(l);
            QVERIFY2(m.hasMatch(), qPrintable(l));
            QVERIFY(m.captured(2).toInt() >= 1);
        }
        QVERIFY(r.out.contains(QStringLiteral("Grouped-query attention")));
    }

    void listsAsJson()
    {
        const Run r = run({"lessons", "--list", "--json", "--lesson-dir", kFixtures + "/good"});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(doc.isArray());
        const QJsonArray lessons = doc.array();
        QVERIFY(lessons.size() >= 10);
        int builtins = 0;
        for (const QJsonValue &v : lessons) {
            const QJsonObject o = v.toObject();
            for (const char *key : {"id", "title", "steps", "order", "summary", "source"})
                QVERIFY2(o.contains(QLatin1String(key)), key);
            QVERIFY(o.value("steps").toInt() >= 1);
            if (o.value("source").toString() == QLatin1String("builtin"))
                ++builtins;
        }
        QVERIFY(builtins >= 8);
        const QJsonObject tiny = lessons.at(lessons.size() - 2).toObject(); // order 20, then no order
        QCOMPARE(tiny.value("id").toString(), QStringLiteral("tiny-test"));
        QCOMPARE(tiny.value("steps").toInt(), 3);
        QCOMPARE(tiny.value("order").toInt(), 20);
        QCOMPARE(tiny.value("title").toString(), QStringLiteral("A tiny test lesson"));
        QCOMPARE(tiny.value("summary").toString(), QStringLiteral("Three steps through the views, for the tests."));
        QVERIFY(tiny.value("source").toString().endsWith(QStringLiteral("/good/tiny.lesson")));
        const QJsonObject second = lessons.last().toObject();
        QCOMPARE(second.value("id").toString(), QStringLiteral("second-test"));
        QVERIFY(second.value("order").isNull());
    }

    void checksFiles()
    {
        Run r = run({"lessons", "--check", kFixtures + "/good/tiny.lesson", kFixtures + "/good/second.lesson"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("lesson tiny-test, 3 steps, ok")));
        r = run({"lessons", "--check", kFixtures + "/good/tiny.lesson", kFixtures + "/bad/bad-view.lesson"});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(errorLines(r),
                 QStringList{QStringLiteral("attnscope lessons: bad-view.lesson:5: view: 'sideways' is "
                                            "not a view; choose steps, attention, heads, compare, "
                                            "footprint, tradeoff, timings.")});
        r = run({"lessons", "--check", kFixtures + "/duplicate/a.lesson", kFixtures + "/duplicate/b.lesson"});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(errorLines(r).size(), 1);
        QVERIFY(errorLines(r).constFirst().contains(QStringLiteral("b.lesson:2: lesson id 'same-id'")));
        QVERIFY(errorLines(r).constFirst().contains(QStringLiteral("a.lesson")));
    }

    void refusesBadUse_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("error");
        QTest::newRow("no mode") << QStringList{"lessons"} << "give one of --list";
        QTest::newRow("two modes") << QStringList{"lessons", "--list", "--check", "x.lesson"} << "give one of --list";
        QTest::newRow("check nothing") << QStringList{"lessons", "--check"} << "--check needs at least one";
        QTest::newRow("missing file") << QStringList{"lessons", "--check", "/no/such.lesson"} << "cannot read it";
        QTest::newRow("unknown lesson") << QStringList{"lessons", "--handout", "nope", "--output", "x.pdf"}
                                        << "--handout 'nope': no such lesson";
        QTest::newRow("handout without output")
            << QStringList{"lessons", "--handout", "gqa"} << "--handout needs --output";
        QTest::newRow("handout not pdf") << QStringList{"lessons", "--handout", "gqa", "--output", "x.png"}
                                         << "a handout is a PDF";
        QTest::newRow("json alone") << QStringList{"lessons", "--check", "x", "--json"} << "--json goes with --list";
        QTest::newRow("missing folder") << QStringList{"lessons", "--list", "--lesson-dir", "/no/such/folder"}
                                        << "/no/such/folder: no such folder.";
        QTest::newRow("bad lesson in folder") << QStringList{"lessons", "--list", "--lesson-dir", kFixtures + "/bad"}
                                              << "bad-view.lesson:5: view: 'sideways'";
        QTest::newRow("window: unknown lesson")
            << QStringList{"--lesson", "nope", "--screenshot", "x.png"} << "--lesson 'nope': no such lesson";
        QTest::newRow("window: step too large")
            << QStringList{"--lesson", "gqa", "--step", "99", "--screenshot", "x.png"} << "--step 99: lesson gqa has";
        QTest::newRow("window: lesson and parameters")
            << QStringList{"--lesson", "gqa", "--heads", "8", "--screenshot", "x.png"}
            << "--lesson: the lesson's step sets the parameters";
        QTest::newRow("window: step 0") << QStringList{"--lesson", "gqa", "--step", "0", "--screenshot", "x.png"}
                                        << "--step 0: give 1 to";
        QTest::newRow("window: unknown lesson, no screenshot")
            << QStringList{"--lesson", "nope"} << "--lesson 'nope': no such lesson";
        QTest::newRow("window: step without lesson") << QStringList{"--step", "2"} << "--step goes with --lesson";
        QTest::newRow("export: lesson") << QStringList{"export", "--lesson", "gqa", "--output", "x.png"}
                                        << "--lesson belongs to attnscope --screenshot";
    }
    void refusesBadUse()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, error);
        QTemporaryDir dir;
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, 2);
        const QStringList lines = errorLines(r);
        QVERIFY2(!lines.isEmpty() && lines.constFirst().contains(error), qPrintable(r.err));
        QVERIFY(!QFile::exists(QStringLiteral("x.png")) && !QFile::exists(QStringLiteral("x.pdf")));
    }

    void screenshotOfALessonStep()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath("step.png");
        const Run r = run({"--lesson", "tiny-test", "--step", "2", "--lesson-dir", kFixtures + "/good", "--screenshot",
                           png, "--width", "1100", "--height", "700"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(errorLines(r).isEmpty(), qPrintable(r.err));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 1100);
        QFile file(png);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(8).startsWith("\x89PNG"));
    }

    void handoutIsAPdfOfSeveralPages()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath("tiny.pdf");
        const Run r = run({"lessons", "--handout", "tiny-test", "--lesson-dir", kFixtures + "/good", "--output", pdf});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("Wrote ")));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        const qsizetype pages =
            QString::fromLatin1(bytes).count(QRegularExpression(QStringLiteral("/Type\\s*/Page\\b")));
        QVERIFY2(pages > 1, qPrintable(QString::number(pages)));
        // A handout that cannot be written leaves nothing behind.
        const Run bad = run({"lessons", "--handout", "tiny-test", "--lesson-dir", kFixtures + "/good", "--output",
                             dir.filePath("no/such/dir/tiny.pdf")});
        QCOMPARE(bad.exitCode, 1);
        QCOMPARE(errorLines(bad).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestLessonsCli)
#include "tst_lessonscli.moc"
