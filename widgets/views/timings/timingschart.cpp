// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/views/timings/timingschart_p.h"

#include "widgets/common/palette.h"
#include "widgets/common/plotutil.h"
#include "widgets/models/timingsmodel.h"
#include "widgets/views/timings/timingsview.h"

#include <QLabel>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

namespace attnscope::widgets {

using core::Measurement;
using core::Mechanism;

namespace timings {

namespace {

constexpr QChar kNbsp(0x00a0);

} // namespace

// Three significant figures: 1.23, 12.3, 123, 1,234.
QString significant(double v)
{
    // Decided on the rounded value, so that 9.996 reads 10.0 and not 10.00.
    const double a = std::abs(v);
    const int decimals = a >= 99.95 ? 0 : (a >= 9.995 ? 1 : 2);
    return QLocale().toString(v, 'f', decimals);
}

// A duration in the unit that reads best: 850 ns, 12.3 µs, 4.56 ms, 1.23 s; compact drops
// trailing zeros (axis ticks: 10 µs rather than 10.0 µs).
QString formatSeconds(double seconds, bool compact)
{
    if (!(seconds > 0.0) || !std::isfinite(seconds))
        return QStringLiteral("–");
    struct Unit
    {
        double scale;
        const char *name;
    };
    static const Unit units[] = {{1.0, "s"}, {1e-3, "ms"}, {1e-6, "µs"}, {1e-9, "ns"}};
    for (const Unit &u : units) {
        if (seconds >= u.scale * 0.9995 || u.scale == 1e-9) {
            QString number = significant(seconds / u.scale);
            const QChar point = QLocale().decimalPoint().front();
            if (compact && number.contains(point)) {
                while (number.endsWith(QLatin1Char('0')))
                    number.chop(1);
                if (number.endsWith(point))
                    number.chop(1);
            }
            return number + kNbsp + QString::fromUtf8(u.name);
        }
    }
    return {};
}

// Context lengths as they are quoted: 512, 4K = 4096, 128K.
QString formatTokens(double tokens)
{
    const auto compact = [](double v) {
        QString s = QString::number(v, 'f', v >= 100 ? 0 : 1);
        if (s.endsWith(QLatin1String(".0")))
            s.chop(2);
        return s;
    };
    if (tokens >= double(1 << 20) * 0.9995)
        return compact(tokens / double(1 << 20)) + QLatin1Char('M');
    if (tokens >= 1024.0 * 0.9995)
        return compact(tokens / 1024.0) + QLatin1Char('K');
    return QString::number(std::llround(tokens));
}

} // namespace timings

namespace {

using timings::formatSeconds;
using timings::formatTokens;

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

class LogTokensTicker : public QCPAxisTickerLog
{
public:
    LogTokensTicker()
    {
        setLogBase(2.0);
        setSubTickCount(0);
    }

protected:
    QString getTickLabel(double tick, const QLocale &, QChar, int) override { return formatTokens(tick); }
};

class LogSecondsTicker : public QCPAxisTickerLog
{
public:
    LogSecondsTicker()
    {
        setLogBase(10.0);
        setSubTickCount(8);
    }

protected:
    QString getTickLabel(double tick, const QLocale &, QChar, int) override { return formatSeconds(tick, true); }
};

// One colour per sweep series, in the mechanisms' colours (MLA naive gets the one colour no
// mechanism of the sweep uses).
QColor seriesColour(const core::Workload &w)
{
    if (w.mechanism == Mechanism::Mla && w.mlaPath == core::MlaDecodePath::Naive)
        return seriesColor(5);
    return mechanismColor(w.mechanism);
}

} // namespace

TimingsChart::TimingsChart(QWidget *parent)
    : m_plot(new QCustomPlot(parent)),
      m_tokensTicker(QSharedPointer<LogTokensTicker>::create()),
      m_secondsTicker(QSharedPointer<LogSecondsTicker>::create())
{
    m_plot->setObjectName(QStringLiteral("timingsPlot"));
    m_plot->setMinimumSize(260, 160);
    m_plot->xAxis->setScaleType(QCPAxis::stLogarithmic);
    m_plot->yAxis->setScaleType(QCPAxis::stLogarithmic);
    m_plot->xAxis->setTicker(m_tokensTicker);
    m_plot->yAxis->setTicker(m_secondsTicker);
    placeLegendAbove(m_plot, 3, QMargins(8, 4, 8, 0), 12);
}

void TimingsChart::retranslate()
{
    m_plot->xAxis->setLabel(TimingsView::tr("Context length (tokens; K = 1024)"));
    m_plot->yAxis->setLabel(TimingsView::tr("Median decode time"));
}

void TimingsChart::rebuild(const TimingsModel *model, QLabel *title)
{
    QCustomPlot *plot = m_plot;
    plot->clearGraphs();
    m_lines.clear();
    if (!model) {
        replotIfSized(plot);
        return;
    }
    const auto &results = model->sweepResults();
    std::vector<QString> backends;
    for (const Measurement &m : results)
        if (std::find(backends.begin(), backends.end(), qs(m.backend)) == backends.end())
            backends.push_back(qs(m.backend));

    double minContext = std::numeric_limits<double>::infinity(), maxContext = 0.0;
    double minTime = std::numeric_limits<double>::infinity(), maxTime = 0.0;
    for (const Measurement &m : results) {
        const QString backend = qs(m.backend);
        const QString series = TimingsModel::seriesName(m.workload);
        auto it = std::find_if(m_lines.begin(), m_lines.end(),
                               [&](const Line &l) { return l.backend == backend && l.series == series; });
        if (it == m_lines.end()) {
            const int b = int(std::find(backends.begin(), backends.end(), backend) - backends.begin());
            const QColor colour = seriesColour(m.workload);
            Line line{backend, series, plot->addGraph(), plot->addGraph()};
            const TimingsModel::BackendInfo *info = model->backend(backend);
            const QString backendName = info ? info->name : backend;
            line.graph->setName(backends.size() > 1 ? TimingsView::tr("%1, %2").arg(series, backendName) : series);
            QPen pen(colour, 2.0, b == 0 ? Qt::SolidLine : Qt::DashLine);
            line.graph->setPen(pen);
            line.graph->setScatterStyle(
                QCPScatterStyle(b == 0 ? QCPScatterStyle::ssDisc : QCPScatterStyle::ssSquare, colour, colour, 6));
            QColor faint = colour;
            faint.setAlphaF(0.7f);
            line.roofline->setPen(QPen(faint, 1.2, Qt::DotLine));
            line.roofline->setName(TimingsView::tr("%1 roofline").arg(line.graph->name()));
            line.roofline->removeFromLegend();
            line.roofline->setSelectable(QCP::stNone);
            m_lines.push_back(line);
            it = m_lines.end() - 1;
        }
        const double x = double(m.workload.context);
        it->graph->addData(x, m.seconds.median);
        if (m.rooflineSeconds > 0.0)
            it->roofline->addData(x, m.rooflineSeconds);
        minContext = std::min(minContext, x);
        maxContext = std::max(maxContext, x);
        for (double t : {m.seconds.median, m.rooflineSeconds}) {
            if (t > 0.0) {
                minTime = std::min(minTime, t);
                maxTime = std::max(maxTime, t);
            }
        }
    }
    // The lines go in the legend's order: measured first (the rooflines have no entry).
    if (results.empty()) {
        const std::vector<std::int64_t> contexts = model->sweepContexts();
        plot->xAxis->setRange(double(contexts.empty() ? 512 : contexts.front()) / 1.2,
                              double(contexts.empty() ? 32768 : contexts.back()) * 1.2);
        plot->yAxis->setRange(1e-6, 1e-1);
        title->setText(TimingsView::tr("No sweep yet: Sweep times decode at %1 to %2 tokens.")
                           .arg(formatTokens(double(contexts.empty() ? 512 : contexts.front())),
                                formatTokens(double(contexts.empty() ? 32768 : contexts.back()))));
    } else {
        plot->xAxis->setRange(minContext / 1.2, std::max(maxContext, minContext * 2.0) * 1.2);
        plot->yAxis->setRange(minTime / 1.6, std::max(maxTime, minTime * 10.0) * 1.6);
        const TimingShape &s = model->sweepShape();
        QStringList names;
        for (const QString &id : backends) {
            const TimingsModel::BackendInfo *info = model->backend(id);
            names << (info ? info->name : id);
        }
        title->setText(TimingsView::tr("Decode, %1 heads × d_h %2, %3 cache, batch 1, on %4")
                           .arg(s.nHeads)
                           .arg(s.dHead)
                           .arg(QLatin1String(core::dtypeId(results.front().workload.dtype).data()),
                                names.join(QStringLiteral(", "))));
    }
    replotIfSized(plot);
}

void TimingsChart::applyStyle(const QPalette &palette, const QFont &font)
{
    styleLineChart(m_plot, {m_plot->xAxis, m_plot->yAxis}, palette, font);
    replotIfSized(m_plot);
}

int TimingsChart::graphCount() const
{
    return int(m_lines.size());
}

QString TimingsChart::graphName(int graph) const
{
    return graph >= 0 && graph < graphCount() ? m_lines[std::size_t(graph)].graph->name() : QString();
}

int TimingsChart::pointCount(int graph) const
{
    return graph >= 0 && graph < graphCount() ? m_lines[std::size_t(graph)].graph->dataCount() : 0;
}

} // namespace attnscope::widgets
