// SPDX-License-Identifier: GPL-3.0-or-later
// `attnscope export --view steps --frames DIR`: every step of the computation as a numbered
// figure for slides (step-01.svg, ...), run as a user would; the set is written whole or not at
// all, and bad folders and flags are refused with one sentence.
#include "tests/common/runprogram.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <cmath>

namespace {
using attnscope::testing::Run;

Run run(const QStringList &arguments, const QString &workingDirectory = QString())
{
    return attnscope::testing::runProgram(QStringLiteral(ATTNSCOPE_BINARY), arguments, 120000, workingDirectory);
}

QByteArray readAll(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// How many steps a computation has, as `--step` beyond the last one says.
int stepCount(const QStringList &parameters)
{
    QTemporaryDir dir;
    const Run r = run(QStringList{"export", "--view", "steps", "--step", "100000", "--output", dir.filePath("x.png")}
                      + parameters);
    const auto match = QRegularExpression(QStringLiteral("has (\\d+) steps")).match(r.err);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

// The element names and the text of an SVG; false when it does not parse.
bool parseSvg(const QByteArray &svg, QSet<QString> *elements, QString *text)
{
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement())
            elements->insert(xml.name().toString());
        if (xml.isCharacters())
            *text += xml.text().toString() + QLatin1Char(' ');
    }
    return !xml.hasError();
}

} // namespace

class TestFramesCli : public QObject
{
    Q_OBJECT
private slots:
    void writesEveryStepAsSvg()
    {
        const QStringList parameters{"--mechanism", "gqa", "--heads", "4", "--kv-heads", "2"};
        const int steps = stepCount(parameters);
        QVERIFY(steps >= 3);
        QTemporaryDir dir;
        // A folder that does not exist yet is created.
        const QString folder = dir.filePath("slides/steps");
        const Run r = run(QStringList{"export", "--frames", folder} + parameters);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("%1 figures").arg(steps)), qPrintable(r.out));
        // Exactly one file a step, numbered from 01, no staging folder left behind.
        const QStringList files =
            QDir(folder).entryList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
        QStringList expected;
        for (int k = 1; k <= steps; ++k)
            expected << QStringLiteral("step-%1.svg").arg(k, 2, 10, QLatin1Char('0'));
        QCOMPARE(files, expected);
        for (int k = 1; k <= steps; ++k) {
            const QByteArray svg = readAll(QDir(folder).filePath(expected.at(k - 1)));
            QSet<QString> elements;
            QString text;
            QVERIFY2(parseSvg(svg, &elements, &text), qPrintable(expected.at(k - 1)));
            // Heatmap cells are rectangles and the labels are text, as vectors.
            QVERIFY(elements.contains(QStringLiteral("rect")));
            QVERIFY(elements.contains(QStringLiteral("text")));
            QVERIFY(!elements.contains(QStringLiteral("image")));
            // Numbered in its title; none of the step player's controls.
            QVERIFY2(text.contains(QStringLiteral("Step %1 of %2").arg(k).arg(steps)), qPrintable(text.left(300)));
            QVERIFY(!text.contains(QStringLiteral("Speed")));
            QVERIFY(!text.contains(QStringLiteral("Each head")));
        }
    }

    void pngFramesShareOneSizeAndReplaceAnEarlierSet()
    {
        QTemporaryDir dir;
        const QString folder = dir.path();
        // Left by an earlier export of more steps, and a file of the user's.
        QVERIFY(QFile(dir.filePath("step-99.png")).open(QIODevice::WriteOnly));
        QVERIFY(QFile(dir.filePath("notes.txt")).open(QIODevice::WriteOnly));
        const Run r =
            run({"export", "--frames", folder, "--format", "png", "--mechanism", "sdpa", "--figure", "column"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList pngs = QDir(folder).entryList({"*.png"}, QDir::Files, QDir::Name);
        QCOMPARE(pngs.size(), stepCount({"--mechanism", "sdpa"}));
        QVERIFY(!pngs.contains(QStringLiteral("step-99.png")));
        QVERIFY(QFile::exists(dir.filePath("notes.txt")));
        QSize size;
        for (const QString &name : pngs) {
            QVERIFY(QRegularExpression(QStringLiteral("^step-\\d{2,}\\.png$")).match(name).hasMatch());
            const QImage image(QDir(folder).filePath(name));
            QVERIFY2(!image.isNull(), qPrintable(name));
            if (size.isEmpty())
                size = image.size();
            QCOMPARE(image.size(), size);
        }
        QCOMPARE(size, QSize(int(std::lround(88.0 / 25.4 * 300.0)), int(std::lround(66.0 / 25.4 * 300.0))));
    }

    void refuses_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("a file") << QStringList{"--frames", "file.txt"} << 2 << "--frames 'file.txt'";
        QTest::newRow("inside a file") << QStringList{"--frames", "file.txt/steps"} << 1 << "file.txt/steps";
        QTest::newRow("another view") << QStringList{"--frames", "out", "--view", "attention"} << 2 << "--view steps";
        QTest::newRow("csv") << QStringList{"--frames", "out", "--format", "csv"} << 2 << "--format csv";
        QTest::newRow("one step") << QStringList{"--frames", "out", "--step", "2"} << 2 << "--step 2";
        QTest::newRow("no name") << QStringList{"--frames="} << 2 << "--frames";
        QTest::newRow("tiny font") << QStringList{"--frames", "out", "--font-pt", "4"} << 2 << "--font-pt 4";
    }
    void refuses()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        QFile file(dir.filePath("file.txt"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("mine");
        file.close();
        const Run r = run(QStringList{"export"} + arguments, dir.path());
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
        QVERIFY2(r.err.trimmed().count(QLatin1Char('\n')) < 3, qPrintable(r.err));
        // Nothing written, nothing created, the file untouched.
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{"file.txt"});
        QCOMPARE(readAll(dir.filePath("file.txt")), QByteArray("mine"));
    }
};

QTEST_GUILESS_MAIN(TestFramesCli)
#include "tst_framescli.moc"
