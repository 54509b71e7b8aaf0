// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/common/timingsfixtures.h"
#include "widgets/common/coretext.h"
#include "widgets/models/timingsmodel.h"
#include "widgets/views/timings/timingsview.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace attnscope;
using widgets::TimingsModel;

namespace {

// Marks every text it is asked for, so that a test sees which texts go through tr() and
// QCoreApplication::translate(): "«CoreText|no CUDA device (%1)»".
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char * = nullptr, int = -1) const override
    {
        return QStringLiteral("«%1|%2»").arg(QLatin1String(context), QString::fromUtf8(source));
    }
    [[nodiscard]] bool isEmpty() const override { return false; }
};

} // namespace

class TestCoreText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void untranslated_data()
    {
        QTest::addColumn<QString>("english");
        QTest::newRow("cpu") << QStringLiteral("Intel(R) Xeon(R) Platinum 8480+, 16 threads, AVX-512, FMA, F16C");
        QTest::newRow("cpu, one") << QStringLiteral("AMD EPYC 7763, 1 thread, AVX2");
        QTest::newRow("gpu") << QStringLiteral(
            "NVIDIA H100 80GB HBM3, 79 GiB, 132 SMs, sm_90, driver 12.4, runtime 12.2");
        QTest::newRow("no cuda") << QStringLiteral(
            "not built with CUDA (configured with ATTNSCOPE_CUDA=OFF, or no CUDA compiler was found)");
        QTest::newRow("driver") << QStringLiteral("the CUDA driver (11.8) is older than the runtime (12.2)");
        QTest::newRow("no device") << QStringLiteral("no CUDA device (unknown error)");
    }

    // Without a translation every sentence comes back as core wrote it, and is recognised.
    void untranslated()
    {
        QFETCH(QString, english);
        QVERIFY2(widgets::isKnownCoreText(english), qPrintable(english));
        QCOMPARE(widgets::translateCoreText(english), english);
    }

    // With a translator, the template is translated and the values kept.
    void translated()
    {
        MarkingTranslator marking;
        QVERIFY(QCoreApplication::installTranslator(&marking));
        QCOMPARE(widgets::translateCoreText(QStringLiteral("the CUDA driver (11.8) is older than the runtime (12.2)")),
                 QStringLiteral("«CoreText|the CUDA driver (11.8) is older than the runtime (12.2)»"));
        QCOMPARE(widgets::translateCoreText(QStringLiteral("AMD EPYC 7763, 8 threads, AVX2, FMA")),
                 QStringLiteral("«CoreText|AMD EPYC 7763, 8 threads, AVX2, FMA»"));
        // A value holding a placeholder is not filled again.
        QCOMPARE(widgets::translateCoreText(QStringLiteral("no CUDA device (%2 odd)")),
                 QStringLiteral("«CoreText|no CUDA device (%2 odd)»"));
        // Unknown sentences pass through.
        QCOMPARE(widgets::translateCoreText(QStringLiteral("something else")), QStringLiteral("something else"));
        QCoreApplication::removeTranslator(&marking);
    }

    // What this machine's backends say (core's real sentences) is listed, and the timings dock
    // shows it through the translation.
    void backendsOfThisMachine()
    {
        TimingsModel model;
        model.setTuning(testing::tinyTuning());
        model.setLive(false);
        QVERIFY(!model.backends().empty());
        for (const auto &b : model.backends()) {
            const QString text = b.available ? b.device : b.reason;
            QVERIFY2(widgets::isKnownCoreText(text), qPrintable(b.id + QStringLiteral(": ") + text));
        }
        widgets::TimingsView view(&model);
        MarkingTranslator marking;
        QVERIFY(QCoreApplication::installTranslator(&marking));
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(&view, &change);
        for (const auto &b : model.backends())
            QVERIFY2(view.backendText(b.id).contains(QStringLiteral("«CoreText|")), qPrintable(view.backendText(b.id)));
        QCoreApplication::removeTranslator(&marking);
    }

    void templatesAreListed()
    {
        QVERIFY(widgets::coreTextTemplates().size() >= 8);
        for (const QString &t : widgets::coreTextTemplates())
            QVERIFY2(!t.trimmed().isEmpty(), qPrintable(t));
    }
};

QTEST_MAIN(TestCoreText)
#include "tst_coretext.moc"
