// SPDX-License-Identifier: GPL-3.0-or-later
// `attnscope export --animate`: every step's figure as one frame of an animated PNG (issue 16),
// run as a user would, and read back chunk by chunk; a frame is the figure `--view steps
// --step k` exports, never a picture of the window's widgets.
#include "tests/common/runprogram.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <cmath>

namespace {
using attnscope::testing::Run;

Run run(const QStringList &arguments, const QString &workingDirectory = QString())
{
    return attnscope::testing::runProgram(QStringLiteral(ATTNSCOPE_BINARY), arguments, 120000, workingDirectory);
}

// The chunk types of a PNG, in order, with the sequence numbers of fcTL and fdAT.
struct Parsed
{
    QList<QByteArray> types;
    QList<quint32> sequence;
    quint32 frames = 0;
    bool crcOk = true;
    QByteArray ihdr;                    // the IHDR chunk's data
    QList<QSize> frameSizes;            // each fcTL's width and height
    QList<QList<QByteArray>> frameData; // each frame's compressed image data (IDAT, fdAT less its number)
};

quint32 crc32(const QByteArray &bytes)
{
    quint32 c = 0xFFFFFFFFu;
    for (const char ch : bytes) {
        c ^= quint8(ch);
        for (int k = 0; k < 8; ++k)
            c = (c & 1u) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
    }
    return c ^ 0xFFFFFFFFu;
}

Parsed parse(const QByteArray &png)
{
    Parsed p;
    qsizetype at = 8;
    while (at + 12 <= png.size()) {
        const quint32 length = qFromBigEndian<quint32>(png.constData() + at);
        const QByteArray type = png.mid(at + 4, 4);
        const QByteArray data = png.mid(at + 8, length);
        p.crcOk = p.crcOk && crc32(type + data) == qFromBigEndian<quint32>(png.constData() + at + 8 + length);
        p.types.append(type);
        if (type == "acTL")
            p.frames = qFromBigEndian<quint32>(data.constData());
        if (type == "fcTL" || type == "fdAT")
            p.sequence.append(qFromBigEndian<quint32>(data.constData()));
        if (type == "IHDR")
            p.ihdr = data;
        if (type == "fcTL") {
            p.frameSizes.append(QSize(int(qFromBigEndian<quint32>(data.constData() + 4)),
                                      int(qFromBigEndian<quint32>(data.constData() + 8))));
            p.frameData.append(QList<QByteArray>());
        }
        if (type == "IDAT" && !p.frameData.isEmpty())
            p.frameData.last().append(data);
        if (type == "fdAT" && !p.frameData.isEmpty())
            p.frameData.last().append(data.mid(4));
        at += 12 + qsizetype(length);
    }
    return p;
}

QByteArray chunk(const QByteArray &type, const QByteArray &data)
{
    QByteArray length(4, 0);
    qToBigEndian<quint32>(quint32(data.size()), length.data());
    QByteArray crc(4, 0);
    qToBigEndian<quint32>(crc32(type + data), crc.data());
    return length + type + data + crc;
}

// Frame `index` of an animated PNG as a still image (every frame covers the whole canvas).
QImage frameImage(const Parsed &p, int index)
{
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    png += chunk("IHDR", p.ihdr);
    for (const QByteArray &data : p.frameData.value(index))
        png += chunk("IDAT", data);
    png += chunk("IEND", {});
    return QImage::fromData(png, "PNG").convertToFormat(QImage::Format_ARGB32);
}

QImage readImage(const QString &file)
{
    return QImage(file).convertToFormat(QImage::Format_ARGB32);
}

} // namespace

class TestAnimateCli : public QObject
{
    Q_OBJECT
private slots:
    void animatesEveryStep_data()
    {
        QTest::addColumn<QString>("mechanism");
        QTest::newRow("sdpa") << "sdpa";
        QTest::newRow("mla") << "mla";
    }
    void animatesEveryStep()
    {
        QFETCH(QString, mechanism);
        QTemporaryDir dir;
        const QString file = dir.filePath("steps.png");
        const Run r = run({"export", "--animate", file, "--frame-ms", "500", "--mechanism", mechanism, "--width", "640",
                           "--height", "400"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray png = f.readAll();
        QVERIFY(png.startsWith(QByteArray("\x89PNG\r\n\x1a\n", 8)));
        const Parsed p = parse(png);
        QVERIFY(p.crcOk);
        QCOMPARE(p.types.value(0), QByteArray("IHDR"));
        QCOMPARE(p.types.value(1), QByteArray("acTL"));
        QCOMPARE(p.types.constLast(), QByteArray("IEND"));
        QCOMPARE(quint32(p.types.count("fcTL")), p.frames);
        for (int i = 0; i < p.sequence.size(); ++i)
            QCOMPARE(p.sequence.at(i), quint32(i));

        // As many frames as the computation has steps: the numbered frames of --step agree.
        const Run beyond = run({"export", "--view", "steps", "--output", dir.filePath("x.png"), "--mechanism",
                                mechanism, "--step", QString::number(p.frames + 1)});
        QCOMPARE(beyond.exitCode, 2);
        QVERIFY2(beyond.err.contains(QStringLiteral("has %1 steps").arg(p.frames)), qPrintable(beyond.err));

        // Every frame at the size asked for (the figure's pixels: 640 x 400 at 96 dpi).
        const QImage first = QImage::fromData(png, "PNG");
        QCOMPARE(first.size(), QSize(640, 400));
        QCOMPARE(p.frameSizes.size(), int(p.frames));
        for (const QSize &size : p.frameSizes)
            QCOMPARE(size, QSize(640, 400));
    }

    // Each frame is the step's figure, pixel for pixel what `--view steps --step k` exports at
    // the same figure style (white paper, title, heatmap, text), not the step view's widgets.
    void framesAreTheStepsFigures()
    {
        QTemporaryDir dir;
        const QStringList style{"--mechanism", "gqa", "--figure", "column"};
        const Run r = run(QStringList{"export", "--animate", dir.filePath("a.png")} + style);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile f(dir.filePath("a.png"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const Parsed p = parse(f.readAll());
        QVERIFY(p.frames >= 3);
        QCOMPARE(p.frameSizes.size(), int(p.frames));
        // The column preset: 88 x 66 mm at 300 dpi.
        const QSize expected(int(std::lround(88.0 / 25.4 * 300.0)), int(std::lround(66.0 / 25.4 * 300.0)));
        for (const QSize &size : p.frameSizes)
            QCOMPARE(size, expected);
        for (const int k : {1, 2, int(p.frames)}) {
            const QString still = dir.filePath(QStringLiteral("step%1.png").arg(k));
            const Run s =
                run(QStringList{"export", "--view", "steps", "--step", QString::number(k), "--output", still} + style);
            QVERIFY2(s.exitCode == 0, qPrintable(s.err));
            const QImage frame = frameImage(p, k - 1);
            QCOMPARE(frame.size(), expected);
            QVERIFY2(frame == readImage(still),
                     qPrintable(QStringLiteral("frame %1 is not the figure of step %1").arg(k)));
            // A figure is drawn on white paper; the window's widgets are on its grey background.
            QCOMPARE(frame.pixelColor(1, 1), QColor(Qt::white));
            QCOMPARE(frame.pixelColor(frame.width() - 2, frame.height() - 2), QColor(Qt::white));
        }
        QVERIFY(frameImage(p, 0) != frameImage(p, 1));
    }
    void refusesBadFlags_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("frame-ms alone") << QStringList{"--output", "x.png", "--frame-ms", "500"} << "--frame-ms";
        QTest::newRow("frame-ms tiny") << QStringList{"--animate", "x.png", "--frame-ms", "1"} << "--frame-ms 1";
        QTest::newRow("another view") << QStringList{"--animate", "x.png", "--view", "attention"} << "--view steps";
    }
    void refusesBadFlags()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        const Run r = run(QStringList{"export"} + arguments, dir.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAnimateCli)
#include "tst_animatecli.moc"
