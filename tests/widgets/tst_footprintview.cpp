// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/footprint/footprint.h"
#include "tests/common/modelshapes.h"
#include "widgets/common/richname.h"
#include "widgets/views/footprint/footprintview.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

#include <limits>

using namespace attnscope;
using core::Mechanism;
using core::ModelShape;
using widgets::FootprintView;

namespace {

using test::deepSeek67b;
using test::deepSeekV2;

ModelShape t5()
{
    return test::t5Xxl();
}

// A figure's label with ordinary spaces (units are kept with their numbers by no-break spaces).
QString label(const FootprintView &view, const QString &key)
{
    return view.figureLabel(key).replace(QChar::Nbsp, QLatin1Char(' '));
}

} // namespace

class TestFootprintView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The figures are written with the locale's separators; the expected texts are en_US.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void startsEmpty()
    {
        FootprintView view;
        QVERIFY(!view.footprint());
        QVERIFY(view.figureKeys().isEmpty());
        QVERIFY(view.errorText().isEmpty());
        QVERIFY(!view.findChild<QLabel *>("placeholder")->isHidden());
        QVERIFY(view.findChild<QTableWidget *>("figures")->isHidden());
    }

    void showsDeepSeekV2()
    {
        FootprintView view;
        QSignalSpy changed(&view, &FootprintView::footprintChanged);
        view.setModel(deepSeekV2());
        QCOMPARE(changed.count(), 1);
        QVERIFY(view.footprint());
        QCOMPARE(view.footprint()->elementsPerToken, 34560);
        QCOMPARE(view.figure("model"), QStringLiteral("DeepSeek-V2 (deepseek-v2)"));
        QCOMPARE(view.figure("mechanism"), QStringLiteral("multi-head latent attention (MLA)"));
        QCOMPARE(view.figure("shape"),
                 QStringLiteral("60 layers, d_model 5120, 128 heads, d_h 128, d_h^R 64, "
                                "d_c 512, d_c' 1536"));
        QVERIFY(view.figure("source").contains("section 3.1.2"));
        QVERIFY(view.figure("notes").contains("RoPE"));
        QCOMPARE(view.figure("perTokenPerLayer"), QStringLiteral("d_c + d_h^R = 512 + 64 = 576 elements"));
        // figure() keeps the plain notation; the table draws it with sub- and superscripts.
        auto *figures = view.findChild<QTableWidget *>(QStringLiteral("figures"));
        QVERIFY(figures && qobject_cast<widgets::RichNameDelegate *>(figures->itemDelegate()));
        QCOMPARE(view.figure("perToken"), QStringLiteral("(d_c + d_h^R) l = (512 + 64) × 60 = 34,560 elements"));
        // 16 bits by default.
        QCOMPARE(label(view, "bytesPerToken"), QStringLiteral("bytes per token at 16 bits"));
        QCOMPARE(view.figure("bytesPerToken"), QStringLiteral("69,120 B (67.5 KiB)"));

        QVERIFY(view.setKvBitsText("6"));
        QCOMPARE(view.footprint()->bytesPerToken, 25920);
        QCOMPARE(label(view, "bytesPerToken"), QStringLiteral("bytes per token at 6 bits"));
        QCOMPARE(view.figure("bytesPerToken"), QStringLiteral("25,920 B (25.3 KiB)"));
        // 4,096 tokens x 1 sequence.
        QCOMPARE(label(view, "total"), QStringLiteral("context 4,096 × batch 1"));
        QCOMPARE(view.figure("total"), QStringLiteral("106,168,320 B (101.3 MiB)"));
        QVERIFY(view.figure("decompressed").contains("40,960 elements per token and layer, 2,457,600 per token"));
        QCOMPARE(view.figure("gqaGroups"), QStringLiteral("(d_c + d_h^R) / (2 d_h) = 576 / 256 = 2.25"));
        QVERIFY(!view.figure("parameters").isEmpty());
        QVERIFY(view.figure("crossPerSourceToken").isEmpty()); // decoder-only
        QVERIFY(view.figure("reduction").isEmpty());           // nothing compared
        QVERIFY(view.text().contains("34,560 elements"));
    }

    void contextAndBatchScaleTheTotal()
    {
        FootprintView view;
        view.setModel(deepSeekV2());
        view.setContext(128000);
        view.setBatch(8);
        QCOMPARE(view.request().context, 128000);
        QCOMPARE(view.request().batch, 8);
        QCOMPARE(view.footprint()->totalBytes, 69120LL * 128000 * 8);
        QCOMPARE(label(view, "total"), QStringLiteral("context 128,000 × batch 8"));
        QVERIFY(view.figure("total").endsWith("(65.9 GiB)"));
    }

    // DeepSeek-V2's claim: its 6-bit latent cache is 93.3% smaller than DeepSeek 67B's at 16 bits.
    void comparesWithDeepSeek67b()
    {
        FootprintView view;
        view.setPresets({deepSeekV2(), deepSeek67b()});
        view.setModel(deepSeekV2());
        auto *compare = view.findChild<QComboBox *>("compare");
        QVERIFY(compare);
        QCOMPARE(compare->count(), 3); // none + 2
        QVERIFY(!view.findChild<QComboBox *>("compareBits")->isEnabled());
        QVERIFY(!view.setComparedPreset("no-such-model"));
        QVERIFY(view.setComparedPreset("deepseek-67b"));
        QVERIFY(view.findChild<QComboBox *>("compareBits")->isEnabled());
        QVERIFY(view.setKvBitsText("6"));

        QVERIFY(view.comparedFootprint());
        QCOMPARE(view.comparedFootprint()->elementsPerToken, 194560);
        QCOMPARE(view.comparedFootprint()->bytesPerToken, 389120);
        QVERIFY(view.reduction());
        QCOMPARE(qRound(*view.reduction() * 10.0), 933);
        // The command line's figure and direction: `footprint --model deepseek-v2 --kv-bits 6
        // --compare deepseek-67b` reports 93.3% (tests/cli/tst_cli.cpp, footprintEndToEnd).
        QCOMPARE(*view.reduction(), core::reductionPercent(106'168'320, 1'593'835'520));
        QCOMPARE(view.figure("reduction"),
                 QStringLiteral("DeepSeek-V2's cache is 93.3% smaller than DeepSeek 67B's: "
                                "100 × (1 − 106,168,320 / 1,593,835,520 bytes)"));
        QCOMPARE(view.figureLabel("reduction"), QStringLiteral("comparison"));
        QCOMPARE(view.figure("compareModel"),
                 QStringLiteral("DeepSeek 67B (deepseek-67b), grouped-query attention (GQA), at 16 bits"));
        QCOMPARE(view.figure("comparePerToken"),
                 QStringLiteral("2 n_g d_h l = 2 × 8 × 128 × 95 = 194,560 elements, 389,120 B"));

        // Both at 16 bits: the element counts alone, 1 - 34,560 / 194,560.
        QVERIFY(view.setKvBitsText("16"));
        QVERIFY2(view.figure("reduction").startsWith("DeepSeek-V2's cache is 82.2% smaller than DeepSeek 67B's"),
                 qPrintable(view.figure("reduction")));
        // The compared model's bits are its own control.
        QVERIFY(view.setCompareBitsText("8"));
        QCOMPARE(view.comparedFootprint()->bytesPerToken, 194560);
        QVERIFY(view.figure("compareModel").endsWith("at 8 bits"));

        // Back to none: no comparison rows.
        QVERIFY(view.setComparedPreset(QString()));
        QVERIFY(!view.comparedFootprint());
        QVERIFY(view.figure("reduction").isEmpty());

        // New presets keep the choice when its id is still offered.
        QVERIFY(view.setComparedPreset("deepseek-67b"));
        view.setPresets({deepSeek67b()});
        QCOMPARE(view.comparedPreset(), QStringLiteral("deepseek-67b"));
        view.setPresets({deepSeekV2()});
        QCOMPARE(view.comparedPreset(), QString());
        QVERIFY(!view.comparedFootprint());
    }

    // The pair the other way round: the window says which cache is larger and still gives the
    // command line's 93.3% for the smaller one, never "reduction -1401.2%".
    void comparisonStatesItsDirection()
    {
        FootprintView view;
        view.setPresets({deepSeekV2(), deepSeek67b()});
        view.setModel(deepSeek67b());
        QVERIFY(view.setComparedPreset("deepseek-v2"));
        QVERIFY(view.setCompareBitsText("6"));
        QVERIFY(view.reduction());
        // As `footprint --model deepseek-67b --compare deepseek-v2 --compare-bits 6` computes it.
        QCOMPARE(*view.reduction(), core::reductionPercent(1'593'835'520, 106'168'320));
        QCOMPARE(view.figure("reduction"),
                 QStringLiteral("DeepSeek 67B's cache is 1,401.2% larger than DeepSeek-V2's; DeepSeek-V2's is 93.3% "
                                "smaller: 100 × (1 − 106,168,320 / 1,593,835,520 bytes)"));

        // The same model at the same bits on both sides.
        QVERIFY(view.setComparedPreset("deepseek-67b"));
        QVERIFY(view.setCompareBitsText("16"));
        QCOMPARE(view.figure("reduction"),
                 QStringLiteral("DeepSeek 67B's cache is the same size as DeepSeek 67B's (1,593,835,520 bytes)"));
    }

    // Typing into a spin box that shows thousands separators: the digits stay in order and the
    // separators come back when the editing is finished.
    void typingIntoTheSpinBoxes_data()
    {
        QTest::addColumn<QString>("box");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("value");
        QTest::addColumn<QString>("shown");
        QTest::newRow("context") << "context"
                                 << "131072" << 131072 << "131,072 tokens";
        QTest::newRow("context 1") << "context"
                                   << "1" << 1 << "1 token";
        QTest::newRow("context million") << "context"
                                         << "1048576" << 1048576 << "1,048,576 tokens";
        QTest::newRow("batch") << "batch"
                               << "12345" << 12345 << "12,345 sequences";
    }

    void typingIntoTheSpinBoxes()
    {
        QFETCH(QString, box);
        QFETCH(QString, typed);
        QFETCH(int, value);
        QFETCH(QString, shown);
        FootprintView view;
        view.setModel(deepSeekV2());
        auto *spin = view.findChild<QSpinBox *>(box);
        QVERIFY(spin);
        QVERIFY(spin->isGroupSeparatorShown());
        spin->selectAll();
        QTest::keyClicks(spin, typed);
        QCOMPARE(spin->value(), value);
        QTest::keyClick(spin, Qt::Key_Return);
        QCOMPARE(spin->value(), value);
        QCOMPARE(spin->text(), shown);
        QCOMPARE(box == "context" ? view.request().context : view.request().batch, std::int64_t(value));

        // Typing in the middle of a grouped number: the cursor stays where it was typed.
        spin->findChild<QLineEdit *>()->setCursorPosition(int(shown.indexOf(QLatin1Char(' '))));
        QTest::keyClick(spin, Qt::Key_Backspace);
        QTest::keyClicks(spin, "9");
        QTest::keyClick(spin, Qt::Key_Return);
        const int expected = value / 10 * 10 + 9;
        QCOMPARE(spin->value(), expected);
        QCOMPARE(spin->text(), QLocale().toString(expected) + (expected == 1 ? " token" : spin->suffix()));
    }

    void badBitsShowAnErrorAndKeepTheFigures_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("rule");
        QTest::newRow("word") << "abc"
                              << "not a number of bits";
        QTest::newRow("empty") << ""
                               << "not a number of bits";
        QTest::newRow("zero") << "0"
                              << "greater than 0";
        QTest::newRow("too many") << "65"
                                  << "at most 64";
        QTest::newRow("decimals") << "4.5555"
                                  << "three decimals";
        QTest::newRow("negative") << "-8"
                                  << "not a number of bits";
    }

    void badBitsShowAnErrorAndKeepTheFigures()
    {
        QFETCH(QString, text);
        QFETCH(QString, rule);
        FootprintView view;
        view.setModel(deepSeekV2());
        QVERIFY(view.setKvBitsText("6"));
        const QString before = view.text();
        QVERIFY(view.kvBitsError().isEmpty());

        QVERIFY(!view.setKvBitsText(text));
        QVERIFY2(view.kvBitsError().contains(rule), qPrintable(view.kvBitsError()));
        QVERIFY(view.kvBitsError().contains(QStringLiteral("'%1'").arg(text)));
        QVERIFY(!view.findChild<QLabel *>("kvBitsError")->isHidden());
        QCOMPARE(view.request().bits.milliBits(), 6000);
        QCOMPARE(view.footprint()->bytesPerToken, 25920);
        QCOMPARE(view.text(), before);

        QVERIFY(view.setKvBitsText("8"));
        QVERIFY(view.kvBitsError().isEmpty());
        QVERIFY(view.findChild<QLabel *>("kvBitsError")->isHidden());
        QCOMPARE(view.footprint()->bytesPerToken, 34560);
    }

    // What a user types goes through the same check.
    void typedBits()
    {
        FootprintView view;
        view.setModel(deepSeekV2());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *box = view.findChild<QComboBox *>("kvBits");
        QVERIFY(box && box->lineEdit());
        box->lineEdit()->selectAll();
        QTest::keyClicks(box->lineEdit(), "4.5");
        QCOMPARE(view.request().bits.milliBits(), 4500);
        QCOMPARE(view.footprint()->bytesPerToken, 19440);
        QTest::keyClicks(box->lineEdit(), "x");
        QVERIFY(!view.kvBitsError().isEmpty());
        QCOMPARE(view.footprint()->bytesPerToken, 19440);
        box->setCurrentIndex(box->findText("8"));
        QVERIFY(view.kvBitsError().isEmpty());
        QCOMPARE(view.footprint()->bytesPerToken, 34560);
    }

    void overflowShowsTheSentence()
    {
        FootprintView view;
        view.setModel(deepSeekV2());
        view.setContext(10'000'000);
        QVERIFY(view.findChild<QSpinBox *>("context")->maximum() >= 10'000'000);
        view.setBatch(std::numeric_limits<int>::max());
        QVERIFY(!view.footprint());
        QVERIFY2(view.errorText().contains("does not fit in 64 bits"), qPrintable(view.errorText()));
        QVERIFY(view.errorText().contains("10000000"));
        QVERIFY(!view.findChild<QLabel *>("error")->isHidden());
        QVERIFY(view.figure("total").isEmpty());                                     // no stale figures
        QCOMPARE(view.figure("model"), QStringLiteral("DeepSeek-V2 (deepseek-v2)")); // the model stays

        view.setBatch(1);
        QVERIFY(view.footprint());
        QVERIFY(view.errorText().isEmpty());
        QVERIFY(view.findChild<QLabel *>("error")->isHidden());
        QCOMPARE(view.footprint()->totalElements, 345600000000LL);
    }

    void invalidShapeShowsTheRule()
    {
        ModelShape bad = deepSeek67b();
        bad.nKvHeads = 3;
        FootprintView view;
        view.setModel(bad);
        QVERIFY(!view.footprint());
        QVERIFY2(view.errorText().contains("kv_heads 3"), qPrintable(view.errorText()));
        view.setModel(deepSeek67b());
        QVERIFY(view.errorText().isEmpty());
        QCOMPARE(view.footprint()->elementsPerToken, 194560);
    }

    void crossAttentionIsReportedApart()
    {
        FootprintView view;
        view.setModel(t5());
        QCOMPARE(view.figure("shape"),
                 QStringLiteral("24 decoder layers, 24 encoder layers, d_model 4096, 64 heads, d_h 64, "
                                "cross-attention in 24 decoder layers"));
        QCOMPARE(view.footprint()->crossElementsPerSourceToken, 2 * 64 * 64 * 24);
        QVERIFY(view.figure("crossPerSourceToken").startsWith("2 n_h d_h l_dec = 196,608 elements, 393,216 B"));
        QVERIFY(view.figure("decompressed").isEmpty()); // MLA only
    }

    void copiesTheFigures()
    {
        FootprintView view;
        view.setModel(deepSeekV2());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *table = view.findChild<QTableWidget *>("figures");
        QVERIFY(table && table->isVisible());
        const auto actions = table->actions();
        QCOMPARE(actions.size(), 2);
        table->clearSelection();
        table->selectRow(7); // a figure row
        actions.at(0)->trigger();
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY2(copied.contains(QLatin1Char('\t')), qPrintable(copied));
        QCOMPARE(copied.count(QLatin1Char('\n')), 0);
        actions.at(1)->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), view.text());
        QVERIFY(view.text().contains("per token, all layers\t(d_c + d_h^R) l = (512 + 64) × 60 = 34,560 elements"));
    }
};

QTEST_MAIN(TestFootprintView)
#include "tst_footprintview.moc"
