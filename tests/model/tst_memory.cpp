// SPDX-License-Identifier: GPL-3.0-or-later
// model/memory.h: MemAvailable parsing and the "weights larger than memory" refusal.
#include "model/memory.h"
#include "model/safetensors.h"

#include <QTest>

using namespace attnscope::model;

class TestMemory : public QObject
{
    Q_OBJECT
private slots:
    void parsesMemAvailable()
    {
        const std::string_view meminfo = "MemTotal:       24589056 kB\n"
                                         "MemFree:        21000000 kB\n"
                                         "MemAvailable:   23456789 kB\n"
                                         "Buffers:           12345 kB\n";
        QCOMPARE(memAvailableFromMeminfo(meminfo), std::optional<std::int64_t>(std::int64_t(23456789) * 1024));
        QCOMPARE(memAvailableFromMeminfo("MemAvailable: 1 kB"), std::optional<std::int64_t>(1024));
    }
    void malformedMeminfo()
    {
        QCOMPARE(memAvailableFromMeminfo(""), std::nullopt);
        QCOMPARE(memAvailableFromMeminfo("MemTotal: 100 kB\n"), std::nullopt);
        QCOMPARE(memAvailableFromMeminfo("MemAvailable: lots\n"), std::nullopt);
        QCOMPARE(memAvailableFromMeminfo("MemAvailable: 100 MB\n"), std::nullopt); // only kB is written
        QCOMPARE(memAvailableFromMeminfo("MemAvailable: -5 kB\n"), std::nullopt);
        QCOMPARE(memAvailableFromMeminfo("MemAvailable: 99999999999999999999 kB\n"), std::nullopt);
        QCOMPARE(memAvailableFromMeminfo("XMemAvailable: 5 kB\n"), std::nullopt); // not at a line start
    }
    void thisMachineHasMemory()
    {
        const auto bytes = availableMemoryBytes();
        QVERIFY(bytes.has_value());
        QVERIFY(*bytes > 0);
    }
    void refusesTooLittleMemory()
    {
        requireMemory("/models/x", 100, 100);          // exactly enough
        requireMemory("/models/x", 100, std::nullopt); // unknown: no refusal
        try {
            requireMemory("/models/x", std::int64_t(3) << 30, std::int64_t(1) << 30);
            QFAIL("accepted");
        } catch (const ModelError &e) {
            QCOMPARE(QString::fromUtf8(e.what()),
                     QStringLiteral("/models/x: loading the weights needs 3221225472 bytes (3.00 GiB) of memory, but "
                                    "only 1073741824 bytes (1.00 GiB) are available."));
        }
    }
};

QTEST_GUILESS_MAIN(TestMemory)
#include "tst_memory.moc"
