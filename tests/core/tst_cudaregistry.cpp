// SPDX-License-Identifier: GPL-3.0-or-later
// The registry's "cuda" entry on any machine (label core): built with or without the CUDA
// backend, with or without a GPU. Where it is unavailable it says why, and every operation
// throws BackendError instead of crashing.
#include "core/backends/registry.h"

#include <QTest>

using namespace attnscope::core;

class TestCudaRegistry : public QObject
{
    Q_OBJECT

private slots:
    void cudaEntrySaysWhy()
    {
        BackendRegistry registry;
        Backend *cuda = registry.find("cuda");
        QVERIFY(cuda);
        QCOMPARE(cuda->id(), std::string("cuda"));
        const Availability a = cuda->availability();
        if (a.available) {
            QVERIFY(!cuda->device().empty());
            QVERIFY(cuda->capabilities().decode);
            QSKIP("a CUDA GPU is available here; the gpu tests (tst_cudabackend) cover it");
        }
        qInfo("cuda unavailable: %s", a.reason.c_str());
        QVERIFY(!a.reason.empty());
        QVERIFY(cuda->capabilities().dtypes.empty());
    }

    void everyOperationThrowsWhenUnavailable()
    {
        BackendRegistry registry;
        Backend *cuda = registry.find("cuda");
        QVERIFY(cuda);
        if (cuda->availability().available)
            QSKIP("a CUDA GPU is available here");
        // A host buffer stands in for a device buffer: none of these may touch it.
        auto host = registry.find("cpu")->allocate(64);
        float x[16] = {};
        QVERIFY_THROWS_EXCEPTION(BackendError, (void)cuda->allocate(16));
        QVERIFY_THROWS_EXCEPTION(BackendError, cuda->upload(*host, 0, x, 16));
        QVERIFY_THROWS_EXCEPTION(BackendError, cuda->download(*host, x, 16));
        QVERIFY_THROWS_EXCEPTION(BackendError, cuda->decode(DecodeShape{}, DecodeBuffers{}));
        QVERIFY_THROWS_EXCEPTION(BackendError, cuda->mlaDecode(MlaDecodeShape{}, MlaDecodeBuffers{}));
        QVERIFY_THROWS_EXCEPTION(BackendError, cuda->prefill(PrefillShape{}, PrefillBuffers{}));
        QVERIFY_THROWS_EXCEPTION(BackendError, cuda->streamRead(*host, x));
        QVERIFY_THROWS_EXCEPTION(BackendError, cuda->matmul(4, x, x, x));
        // synchronize() and time() may do nothing on a backend that never ran anything; the
        // CUDA backend refuses them too, and neither may crash.
        try {
            cuda->synchronize();
            (void)cuda->time([] {});
        } catch (const BackendError &) {}
    }
};

QTEST_GUILESS_MAIN(TestCudaRegistry)
#include "tst_cudaregistry.moc"
