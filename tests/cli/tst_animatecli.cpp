// SPDX-License-Identifier: GPL-3.0-or-later
// `attnscope export --animate`: the step player as one animated PNG (issue 16), run as a user
// would, and read back chunk by chunk.
#include "tests/common/runprogram.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

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
        at += 12 + qsizetype(length);
    }
    return p;
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

        // The first frame is a picture of the step view, at the size asked for.
        const QImage first = QImage::fromData(png, "PNG");
        QCOMPARE(first.size(), QSize(640, 400));
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
