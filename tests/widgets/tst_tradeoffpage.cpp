// SPDX-License-Identifier: GPL-3.0-or-later
// The "Quality vs cache" page: the shipped teaching models' results as points, table, reading and
// CSV; the metric and cache-axis switches; the sentence shown when the models are not found.
#include "widgets/common/exporter.h"
#include "widgets/models/tradeofftable.h"
#include "widgets/views/tradeoff/tradeoffpage.h"

#include <QComboBox>
#include <QImage>
#include <QTableView>
#include <QTest>

using namespace attnscope;
using namespace attnscope::widgets;

namespace {

model::TeachingResults fake(core::Mechanism mechanism, std::int64_t elements, double loss, double copying)
{
    model::TeachingResults r;
    r.mechanism = mechanism;
    r.parameters = 1000;
    r.kvElementsPerTokenPerLayer = elements;
    r.layers = 2;
    r.steps = 10;
    r.heldOutLoss = loss;
    r.agreement = 1.0;
    r.withAttractor = 1.0;
    r.copying = copying;
    r.structured = 0.5;
    for (const auto &kind : model::teachingHeadKinds())
        r.heads.push_back({kind, {}});
    return r;
}

} // namespace

class TestTradeoffPage : public QObject
{
    Q_OBJECT
private slots:
    void showsTheShippedModels()
    {
        TradeoffPage page;
        page.resize(1100, 750);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY2(page.errorText().isEmpty(), qPrintable(page.errorText()));
        const auto results = model::readAllTeachingResults();
        QCOMPARE(page.tableModel()->rowCount(), 4);
        QCOMPARE(page.findChild<QTableView *>("tradeoffTable")->model()->rowCount(), 4);
        QCOMPARE(page.pointCount(), 4);
        for (int i = 0; i < 4; ++i) {
            const auto &r = results[std::size_t(i)];
            QCOMPARE(page.point(i), QPointF(double(r.kvElementsPerTokenPerLayer), r.heldOutLoss));
            QVERIFY(page.pointLabel(i).startsWith(page.tableModel()->data(page.tableModel()->index(i, 0)).toString()));
        }
        QVERIFY(page.yAxisLabel().contains("lower is better"));
        QVERIFY(page.xAxisLabel().contains("elements"));

        // The table: every column filled, the heads as results.json lists them.
        const auto *table = page.tableModel();
        for (int row = 0; row < 4; ++row)
            for (int column = 0; column < table->columnCount(); ++column)
                QVERIFY(!table->data(table->index(row, column)).toString().isEmpty());
        QCOMPARE(table->data(table->index(0, TradeoffTableModel::KvElementsPerLayer), Qt::UserRole).toLongLong(),
                 qlonglong(results[0].kvElementsPerTokenPerLayer));
        QCOMPARE(table->data(table->index(1, TradeoffTableModel::Heads), Qt::ToolTipRole).toString(),
                 headsText(results[1]));

        // It renders: not blank.
        const QImage image = page.grab().toImage();
        QVERIFY(!image.isNull());
    }
    // The combo box chooses what the y axis shows; the x values stay.
    void metricSwitchChangesTheYValues()
    {
        TradeoffPage page;
        page.resize(900, 650);
        const auto results = model::readAllTeachingResults();
        auto *combo = page.findChild<QComboBox *>("metric");
        QVERIFY(combo);
        QCOMPARE(combo->count(), 4);
        const std::pair<TradeoffMetric, double model::TeachingResults::*> metrics[] = {
            {TradeoffMetric::Copying, &model::TeachingResults::copying},
            {TradeoffMetric::Agreement, &model::TeachingResults::agreement},
            {TradeoffMetric::Structured, &model::TeachingResults::structured},
            {TradeoffMetric::HeldOutLoss, &model::TeachingResults::heldOutLoss},
        };
        for (const auto &[metric, field] : metrics) {
            combo->setCurrentIndex(int(metric));
            QCOMPARE(page.metric(), metric);
            for (int i = 0; i < 4; ++i) {
                QCOMPARE(page.point(i).y(), results[std::size_t(i)].*field);
                QCOMPARE(page.point(i).x(), double(results[std::size_t(i)].kvElementsPerTokenPerLayer));
            }
            QCOMPARE(page.yAxisLabel().contains("lower is better"), metric == TradeoffMetric::HeldOutLoss);
        }
        page.setMetric(TradeoffMetric::Copying);
        QCOMPARE(combo->currentIndex(), int(TradeoffMetric::Copying));
        QVERIFY(page.readingText().contains("copying accuracy"));
    }
    void cacheAxisSwitchesToBytes()
    {
        TradeoffPage page;
        const auto results = model::readAllTeachingResults();
        auto *combo = page.findChild<QComboBox *>("cacheAxis");
        combo->setCurrentIndex(1);
        QCOMPARE(page.cacheAxis(), TradeoffPage::CacheAxis::BytesPerToken);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(page.point(i).x(), double(results[std::size_t(i)].kvBytesPerToken(2)));
        QVERIFY(page.xAxisLabel().contains("bytes"));
    }
    // The reading names the smallest cache and the best model, from the data.
    void readingFollowsTheData()
    {
        const auto results = model::readAllTeachingResults();
        const auto smallest = std::min_element(results.begin(), results.end(), [](const auto &a, const auto &b) {
            return a.kvElementsPerTokenPerLayer < b.kvElementsPerTokenPerLayer;
        });
        const auto lowest = std::min_element(results.begin(), results.end(),
                                             [](const auto &a, const auto &b) { return a.heldOutLoss < b.heldOutLoss; });
        TradeoffPage page;
        const QString reading = page.readingText();
        QVERIFY2(reading.contains(QStringLiteral("Smallest cache: %1 (%2 elements per token and layer), held-out loss %3.")
                                      .arg(page.tableModel()->data(page.tableModel()->index(int(smallest - results.begin()), 0)).toString())
                                      .arg(smallest->kvElementsPerTokenPerLayer)
                                      .arg(smallest->heldOutLoss, 0, 'f', 3)),
                 qPrintable(reading));
        QVERIFY2(reading.contains(QStringLiteral("Lowest held-out loss: ")), qPrintable(reading));
        QVERIFY2(reading.contains(QString::number(lowest->heldOutLoss, 'f', 3)), qPrintable(reading));
    }
    // Made-up results: ties are named together, and a better smaller cache is said so.
    void readingOfMadeUpResults()
    {
        std::vector<model::TeachingResults> rs{fake(core::Mechanism::Mha, 256, 2.0, 0.1),
                                               fake(core::Mechanism::Gqa, 64, 1.5, 0.9),
                                               fake(core::Mechanism::Mqa, 32, 2.5, 0.1)};
        TradeoffPage page(rs, QString());
        QVERIFY2(page.readingText().contains("GQA caches 4 times less than MHA and does better on this measure."),
                 qPrintable(page.readingText()));
        page.setMetric(TradeoffMetric::Agreement);
        QVERIFY2(page.readingText().contains("All of them reach agreement accuracy 1.000."),
                 qPrintable(page.readingText()));
        page.setMetric(TradeoffMetric::Copying);
        QVERIFY2(page.readingText().contains("Highest copying accuracy: GQA (64 elements), 0.900."),
                 qPrintable(page.readingText()));
        QVERIFY2(page.readingText().contains("Largest cache: MHA (256 elements), copying accuracy 0.100."),
                 qPrintable(page.readingText()));
    }
    // Export: CSV is the table (tradeoffCsv); PNG renders.
    void exportsCsvAndPictures()
    {
        TradeoffPage page;
        const QByteArray csv = page.csv();
        QCOMPARE(csv, tradeoffCsv(model::readAllTeachingResults()));
        const QList<QByteArray> lines = csv.trimmed().split('\n');
        QCOMPARE(lines.size(), 5);
        QCOMPARE(QString::fromUtf8(lines[0]), tradeoffCsvColumns().join(QLatin1Char(',')));
        QVERIFY(lines[1].startsWith("mha,MHA,"));
        const QByteArray png = renderWidget(&page, ExportFormat::Png, QSize(900, 600));
        QImage image;
        QVERIFY(image.loadFromData(png, "PNG"));
        QCOMPARE(image.size(), QSize(900, 600));
        QVERIFY(renderWidget(&page, ExportFormat::Svg, QSize(900, 600)).contains("<svg"));
    }
    // No models: the sentence instead of the chart, and no CSV.
    void showsWhyWhenTheModelsAreMissing()
    {
        const QString why = QStringLiteral("no teaching models in /nowhere.");
        TradeoffPage page({}, why);
        page.resize(800, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.errorText(), why);
        QCOMPARE(page.pointCount(), 0);
        QVERIFY(page.csv().isEmpty());
        QVERIFY(!page.findChild<QTableView *>("tradeoffTable")->isVisible());
    }
    void missingModelsFolderShowsTeachingModelsDirSentence()
    {
        qputenv("ATTNSCOPE_MODELS", "/nonexistent-attnscope-models");
        TradeoffPage page;
        qunsetenv("ATTNSCOPE_MODELS");
        QVERIFY(page.errorText().contains("/nonexistent-attnscope-models"));
        QCOMPARE(page.pointCount(), 0);
    }
};

QTEST_MAIN(TestTradeoffPage)
#include "tst_tradeoffpage.moc"
