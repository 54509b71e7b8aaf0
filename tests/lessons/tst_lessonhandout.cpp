// SPDX-License-Identifier: GPL-3.0-or-later
// The handout flows (issue 16): several steps to a page, page numbers, the references at the
// end, pictures printed so that their text reads at 8 pt or more.
#include "app/mainwindow.h"
#include "lessons/lesson.h"
#include "lessons/lessonhandout.h"

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

// The PDF's text by poppler's pdftotext (pages separated by form feeds); empty without it.
QString pdfText(const QByteArray &pdf)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return {};
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("handout.pdf")));
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return {};
    file.close();
    QProcess process;
    process.start(tool, {QStringLiteral("-layout"), file.fileName(), QStringLiteral("-")});
    if (!process.waitForFinished(60000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
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
    }
};

QTEST_MAIN(TestLessonHandout)
#include "tst_lessonhandout.moc"
