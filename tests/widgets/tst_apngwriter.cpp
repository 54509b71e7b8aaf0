// SPDX-License-Identifier: GPL-3.0-or-later
// The animated PNG of the step player: parsed back chunk by chunk.
#include "widgets/views/steps/apngwriter.h"

#include <QImage>
#include <QPainter>
#include <QTest>
#include <QtEndian>

using namespace attnscope;

namespace {

struct Chunk
{
    QByteArray type;
    QByteArray data;
    quint32 crc = 0;
};

QList<Chunk> chunks(const QByteArray &png)
{
    QList<Chunk> list;
    qsizetype at = 8;
    while (at + 12 <= png.size()) {
        const quint32 length = qFromBigEndian<quint32>(png.constData() + at);
        list.append(
            {png.mid(at + 4, 4), png.mid(at + 8, length), qFromBigEndian<quint32>(png.constData() + at + 8 + length)});
        at += 12 + qsizetype(length);
    }
    return list;
}

QImage frame(QSize size, QColor colour)
{
    QImage image(size, QImage::Format_ARGB32);
    image.fill(colour);
    QPainter p(&image);
    p.drawText(QRect(QPoint(), size), Qt::AlignCenter, colour.name());
    return image;
}

} // namespace

class TestApngWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void crcIsCrc32()
    {
        // The check value of CRC-32 (ISO 3309, as PNG uses it).
        QCOMPARE(widgets::pngCrc32("123456789"), 0xCBF43926u);
        QCOMPARE(widgets::pngCrc32("IEND"), 0xAE426082u); // every PNG ends with it
    }

    void noFramesIsAnError()
    {
        QString error;
        QVERIFY(widgets::encodeApng({}, 800, &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void framesParseBack_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("one") << 1;
        QTest::newRow("three") << 3;
        QTest::newRow("twelve") << 12;
    }

    void framesParseBack()
    {
        QFETCH(int, count);
        const QSize size(160, 90);
        QList<QImage> frames;
        for (int i = 0; i < count; ++i)
            frames.append(frame(size, QColor::fromHsv(i * 30 % 360, 200, 220)));
        frames.append(frame(size / 2, Qt::black)); // another size: scaled to the first
        ++count;
        QString error;
        const QByteArray apng = widgets::encodeApng(frames, 500, &error);
        QVERIFY2(!apng.isEmpty(), qPrintable(error));
        QVERIFY(apng.startsWith(QByteArray("\x89PNG\r\n\x1a\n", 8)));

        const QList<Chunk> list = chunks(apng);
        QVERIFY(list.size() >= 4);
        QCOMPARE(list.first().type, QByteArray("IHDR"));
        QCOMPARE(qFromBigEndian<quint32>(list.first().data.constData()), quint32(size.width()));
        QCOMPARE(qFromBigEndian<quint32>(list.first().data.constData() + 4), quint32(size.height()));
        QCOMPARE(list.at(1).type, QByteArray("acTL"));
        QCOMPARE(qFromBigEndian<quint32>(list.at(1).data.constData()), quint32(count));
        QCOMPARE(qFromBigEndian<quint32>(list.at(1).data.constData() + 4), 0u); // loops forever
        QCOMPARE(list.last().type, QByteArray("IEND"));

        quint32 sequence = 0;
        int fctl = 0;
        bool sawIdat = false;
        bool sawFdat = false;
        for (const Chunk &c : list) {
            QCOMPARE(widgets::pngCrc32(c.type + c.data), c.crc);
            if (c.type == "fcTL") {
                QCOMPARE(c.data.size(), 26);
                QCOMPARE(qFromBigEndian<quint32>(c.data.constData()), sequence++);
                QCOMPARE(qFromBigEndian<quint32>(c.data.constData() + 4), quint32(size.width()));
                QCOMPARE(qFromBigEndian<quint16>(c.data.constData() + 20), quint16(500));
                QCOMPARE(qFromBigEndian<quint16>(c.data.constData() + 22), quint16(1000));
                ++fctl;
            } else if (c.type == "IDAT") {
                QCOMPARE(fctl, 1); // the first frame is the default image
                QVERIFY(!sawFdat);
                sawIdat = true;
            } else if (c.type == "fdAT") {
                QVERIFY(fctl >= 2);
                QCOMPARE(qFromBigEndian<quint32>(c.data.constData()), sequence++);
                sawFdat = true;
            } else {
                QVERIFY2(c.type == "IHDR" || c.type == "acTL" || c.type == "IEND", c.type.constData());
            }
        }
        QCOMPARE(fctl, count);
        QVERIFY(sawIdat);
        QCOMPARE(sawFdat, count > 1);

        // Viewers without APNG show the first frame.
        const QImage first = QImage::fromData(apng, "PNG");
        QCOMPARE(first.size(), size);
        QCOMPARE(first.pixelColor(2, 2), frames.first().pixelColor(2, 2));
    }
};

QTEST_MAIN(TestApngWriter)
#include "tst_apngwriter.moc"
