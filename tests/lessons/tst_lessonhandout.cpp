// SPDX-License-Identifier: GPL-3.0-or-later
// The handout flows (issue 16): several steps to a page, page numbers, the references at the
// end; each step's picture is its view's figure painted as vectors and text (no bitmap), and a
// view that makes no figure says so in its place.
#include "app/mainwindow.h"
#include "lessons/lesson.h"
#include "lessons/lessonhandout.h"
#include "tests/common/timelimits.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace attnscope;

namespace {

// The page objects of a PDF ("/Type /Page", not "/Type /Pages").
int pageCount(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    return int(QString::fromLatin1(pdf).count(page));
}

// What a poppler tool prints for the PDF (`pdftotext -layout FILE -`, `pdfimages -list FILE`);
// empty without the tool.
QString popplerOutput(const QString &name, const QByteArray &pdf, const QStringList &before, const QStringList &after)
{
    const QString tool = QStandardPaths::findExecutable(name);
    if (tool.isEmpty())
        return {};
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("handout.pdf")));
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return {};
    file.close();
    QProcess process;
    process.start(tool, before + QStringList{file.fileName()} + after);
    if (!process.waitForFinished(attnscope::testing::kWaitMs))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The PDF's text by poppler's pdftotext (pages separated by form feeds); empty without it.
QString pdfText(const QByteArray &pdf)
{
    return popplerOutput(QStringLiteral("pdftotext"), pdf, {QStringLiteral("-layout")}, {QStringLiteral("-")});
}

const lessons::Lesson *lessonById(const lessons::LessonLibrary &library, const QString &id)
{
    for (const lessons::Lesson &lesson : library.lessons())
        if (lesson.id == id)
            return &lesson;
    return nullptr;
}

} // namespace

class TestLessonHandout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AttnScope-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_lessonhandout"));
    }

    void longestLessonFlows()
    {
        lessons::LessonLibrary library;
        QVERIFY(library.load());
        QVERIFY(!library.lessons().empty());
        const lessons::Lesson *longest = &library.lessons().front();
        for (const lessons::Lesson &lesson : library.lessons())
            if (lesson.steps.size() > longest->steps.size())
                longest = &lesson;
        QVERIFY(longest->steps.size() >= 4);

        QString error;
        const QByteArray pdf = lessons::renderHandout(*longest, &app::MainWindow::createOffscreen, &error);
        QVERIFY2(!pdf.isEmpty(), qPrintable(error));
        QVERIFY(pdf.startsWith("%PDF"));
        const int pages = pageCount(pdf);
        qInfo() << longest->id << longest->steps.size() << "steps on" << pages << "pages";
        QVERIFY(pages >= 2);
        QVERIFY2(pages < int(longest->steps.size()),
                 qPrintable(QStringLiteral("%1 pages for %2 steps").arg(pages).arg(longest->steps.size())));

        QVERIFY(!longest->cites.isEmpty());

        const QString text = pdfText(pdf);
        if (text.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed: the page numbers and references are not read back");
        const QStringList pageTexts = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
        QCOMPARE(pageTexts.size(), pages);
        for (int i = 0; i < pages; ++i)
            QVERIFY2(pageTexts.at(i).contains(QStringLiteral("Page %1").arg(i + 1)), qPrintable(pageTexts.at(i)));
        // The references come last: the heading, then each cited work.
        const QString last = pageTexts.constLast().simplified();
        QVERIFY(last.contains(QStringLiteral("References")));
        const QString firstWords = longest->cites.constLast().simplified().left(20);
        QVERIFY2(last.contains(firstWords), qPrintable(firstWords));
        // Several steps share a page.
        QVERIFY(std::any_of(pageTexts.begin(), pageTexts.end(),
                            [](const QString &p) { return p.count(QStringLiteral("Step ")) >= 2; }));

        // The pictures are figures painted as vectors: their words are the PDF's text (the
        // colour scale's label, the steps figure's caption), and no image is embedded.
        QVERIFY2(text.contains(QStringLiteral("Weight")), qPrintable(text.left(2000)));
        QVERIFY2(text.contains(QStringLiteral("; input:")), qPrintable(text.left(2000)));
        const QString images = popplerOutput(QStringLiteral("pdfimages"), pdf, {QStringLiteral("-list")}, {});
        if (!images.isEmpty()) {
            // A header line and a rule, then one line per image.
            const QStringList lines = images.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            QVERIFY2(lines.size() <= 2, qPrintable(images));
        }
    }

    // A lesson of every kind of view (compare, footprint, timings, trade-off): every step is in
    // the handout, with its figure or the sentence saying why the view has none.
    void everyViewHasItsStep()
    {
        lessons::LessonLibrary library;
        QVERIFY(library.load());
        const lessons::Lesson *lesson = lessonById(library, QStringLiteral("compare"));
        QVERIFY(lesson);
        QString error;
        const QByteArray pdf = lessons::renderHandout(*lesson, &app::MainWindow::createOffscreen, &error);
        QVERIFY2(!pdf.isEmpty(), qPrintable(error));
        const QString text = pdfText(pdf).simplified();
        if (text.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed: the steps are not read back");
        const int count = int(lesson->steps.size());
        for (int i = 0; i < count; ++i)
            QVERIFY2(text.contains(QStringLiteral("Step %1 of %2").arg(i + 1).arg(count)), qPrintable(text));
        // The figures' own words: the compare figure's title, the footprint chart's.
        QVERIFY2(text.contains(QStringLiteral("under four mechanisms")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("KV-cache footprint")), qPrintable(text));
        // The timings step: its chart, or (before a sweep, as offscreen) the sentence saying why not.
        QVERIFY2(text.contains(QStringLiteral("Decode attention time against context"))
                     || text.contains(QStringLiteral("timings view has no sweep")),
                 qPrintable(text));
    }
};

QTEST_MAIN(TestLessonHandout)
#include "tst_lessonhandout.moc"
