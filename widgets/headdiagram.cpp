// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/headdiagram.h"

#include "widgets/palette.h"

#include <QPaintEvent>
#include <QPainter>
#include <QPainterPath>
#include <QVariantAnimation>

#include <algorithm>
#include <cmath>

namespace attnscope::widgets {

using core::Mechanism;

namespace {

constexpr int kAnimationMs = 300;

bool groupedMechanism(Mechanism m)
{
    return m == Mechanism::Mha || m == Mechanism::Gqa || m == Mechanism::Mqa;
}

// A configuration the grouped diagram can draw: n_g divides n_h.
bool drawableGrouped(const core::Config &c)
{
    return groupedMechanism(c.mechanism) && c.nHeads >= 1 && c.nKvHeads >= 1 && c.nHeads % c.nKvHeads == 0;
}

int groupOf(const core::Config &c, int head)
{
    if (!drawableGrouped(c))
        return 0;
    return int(head / (c.nHeads / c.nKvHeads));
}

// The colour of KV group g: the series colours, lighter or darker on each further cycle.
QColor groupColor(int g)
{
    const QColor base = seriesColor(g);
    const int cycle = g / kSeriesColorCount;
    if (cycle == 0)
        return base;
    return cycle % 2 == 1 ? base.darker(150) : base.lighter(140);
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

double lerp(double a, double b, double t)
{
    return a + (b - a) * t;
}

QColor textOn(const QColor &fill)
{
    return qGray(fill.rgb()) > 150 ? QColor(Qt::black) : QColor(Qt::white);
}

// Horizontal geometry of a row of n equal slots across [left, left + width].
struct Slots
{
    double left = 0;
    double slot = 0;
    double box = 0; // box width inside a slot
    [[nodiscard]] double center(double i) const { return left + (i + 0.5) * slot; }
};

Slots slotsFor(int n, double left, double width)
{
    Slots s;
    s.left = left;
    s.slot = width / std::max(1, n);
    s.box = std::max(1.0, s.slot - std::clamp(s.slot * 0.18, 1.0, 8.0));
    return s;
}

// The KV box of group g in a grouped configuration (n_h slots of the query row).
QRectF kvRect(const core::Config &c, int g, const Slots &q, double top, double height)
{
    const int perGroup = int(c.nHeads / c.nKvHeads);
    const double span = perGroup * q.slot;
    const double center = q.left + (g + 0.5) * span;
    const double width = std::clamp(span * 0.5, q.box, std::max(q.box, span - (q.slot - q.box)));
    return QRectF(center - width / 2, top, width, height);
}

void drawBox(QPainter &p, const QRectF &r, const QColor &fill, const QString &label, bool bold = false)
{
    p.setPen(QPen(fill.darker(140), bold ? 2.5 : 1.0));
    p.setBrush(fill);
    const double radius = std::min(4.0, r.width() / 4);
    p.drawRoundedRect(r, radius, radius);
    if (label.isEmpty())
        return;
    const QFontMetricsF fm(p.font());
    if (fm.horizontalAdvance(label) + 4 > r.width() || fm.height() > r.height() + 2)
        return;
    p.setPen(textOn(fill));
    p.drawText(r, Qt::AlignCenter, label);
}

} // namespace

HeadDiagram::HeadDiagram(QWidget *parent) : QWidget(parent), m_animation(new QVariantAnimation(this))
{
    m_animation->setDuration(kAnimationMs);
    m_animation->setStartValue(0.0);
    m_animation->setEndValue(1.0);
    m_animation->setEasingCurve(QEasingCurve::InOutCubic);
    connect(m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant &v) {
        m_progress = v.toDouble();
        update();
    });
    connect(m_animation, &QVariantAnimation::finished, this, [this] {
        m_progress = 1.0;
        update();
    });
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    m_previous = m_config;
}

HeadDiagram::~HeadDiagram() = default;

QSize HeadDiagram::sizeHint() const
{
    return {640, 300};
}

QSize HeadDiagram::minimumSizeHint() const
{
    return {240, 160};
}

void HeadDiagram::setAnimated(bool animated)
{
    m_animated = animated;
    if (!animated && m_animation->state() == QAbstractAnimation::Running) {
        m_animation->stop();
        m_progress = 1.0;
        update();
    }
}

void HeadDiagram::setConfig(const core::Config &config)
{
    if (config == m_config)
        return;
    const bool morph = m_animated && drawableGrouped(m_config) && drawableGrouped(config)
        && m_config.nHeads == config.nHeads && m_config.nKvHeads != config.nKvHeads;
    m_animation->stop();
    m_previous = m_config;
    m_config = config;
    if (morph) {
        m_progress = 0.0;
        m_animation->start();
    } else {
        m_progress = 1.0;
    }
    update();
}

bool HeadDiagram::isGrouped() const
{
    return groupedMechanism(m_config.mechanism);
}

bool HeadDiagram::isLatent() const
{
    return m_config.mechanism == Mechanism::Mla;
}

int HeadDiagram::queryHeadCount() const
{
    return isGrouped() || isLatent() ? int(std::max<std::int64_t>(0, m_config.nHeads)) : 0;
}

int HeadDiagram::kvHeadCount() const
{
    return drawableGrouped(m_config) ? int(m_config.nKvHeads) : 0;
}

int HeadDiagram::kvHeadOfQuery(int head) const
{
    return groupOf(m_config, head);
}

QColor HeadDiagram::kvHeadColor(int kvHead) const
{
    return groupColor(kvHead);
}

QColor HeadDiagram::queryHeadColor(int head) const
{
    if (isLatent())
        return mechanismColor(Mechanism::Mla);
    return groupColor(kvHeadOfQuery(head));
}

QString HeadDiagram::caption() const
{
    const core::Config &c = m_config;
    const std::int64_t mha = 2 * c.nHeads * c.dHead;
    if (isLatent()) {
        return tr("MLA caches only the latent c_KV (d_c = %1) and the RoPE key k_R shared by all heads "
                  "(d_h^R = %2): d_c + d_h^R = %3 elements per token and layer (MHA with n_h = %4, d_h = %5: "
                  "2 n_h d_h = %6). W_UK and W_UV rebuild each head's keys and values from the latent.")
            .arg(c.dLatentKv)
            .arg(c.dRope)
            .arg(c.dLatentKv + c.dRope)
            .arg(c.nHeads)
            .arg(c.dHead)
            .arg(mha);
    }
    if (!isGrouped())
        return tr("The head diagram applies to multi-head mechanisms (MHA, GQA, MQA and MLA); %1 has a single "
                  "attention head.")
            .arg(c.mechanism == Mechanism::Bahdanau ? tr("Bahdanau attention") : tr("scaled dot-product attention"));
    if (!drawableGrouped(c))
        return tr("The KV heads (n_g = %1) must divide the query heads (n_h = %2).").arg(c.nKvHeads).arg(c.nHeads);
    const std::int64_t cache = 2 * c.nKvHeads * c.dHead;
    if (c.nKvHeads == c.nHeads)
        return tr("n_h = %1 query heads, each with its own KV head (n_g = %2): cache 2 n_g d_h = %3 elements per "
                  "token and layer (this is MHA).")
            .arg(c.nHeads)
            .arg(c.nKvHeads)
            .arg(cache);
    return tr("n_h = %1 query heads share n_g = %2 KV %3: cache 2 n_g d_h = %4 elements per token and layer "
              "(MHA: %5).")
        .arg(c.nHeads)
        .arg(c.nKvHeads)
        .arg(c.nKvHeads == 1 ? tr("head") : tr("heads"))
        .arg(cache)
        .arg(mha);
}

void HeadDiagram::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(12, 8, -12, -8);
    if (isGrouped() && drawableGrouped(m_config)) {
        paintGrouped(p, area);
        return;
    }
    if (isLatent() && m_config.nHeads >= 1) {
        paintLatent(p, area);
        return;
    }
    p.setPen(palette().color(QPalette::PlaceholderText));
    p.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, caption());
}

void HeadDiagram::paintGrouped(QPainter &p, const QRectF &area)
{
    const core::Config &c = m_config;
    const double t = m_progress;
    const int n = int(c.nHeads);
    const QFontMetricsF fm(font());
    const QColor text = palette().color(QPalette::Text);
    const QColor muted = palette().color(QPalette::PlaceholderText);

    // Caption at the bottom, as tall as its wrapped text.
    const QString captionText = caption();
    const QRectF captionBounds =
        fm.boundingRect(QRectF(area.left(), 0, area.width(), 1000), Qt::TextWordWrap, captionText);
    const QRectF captionRect(area.left(), area.bottom() - captionBounds.height(), area.width(), captionBounds.height());
    p.setPen(text);
    p.drawText(captionRect, Qt::TextWordWrap, captionText);

    const double rowLabel = fm.height();
    const double top = area.top() + rowLabel + 2;
    const double bottom = captionRect.top() - 8 - rowLabel - 2;
    const double boxHeight = std::clamp((bottom - top) * 0.22, 14.0, 36.0);
    const QRectF qRow(area.left(), top, area.width(), boxHeight);
    const QRectF kvRow(area.left(), bottom - boxHeight, area.width(), boxHeight);
    const Slots q = slotsFor(n, area.left(), area.width());

    p.setPen(muted);
    p.drawText(QRectF(area.left(), area.top(), area.width(), rowLabel), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Query heads (n_h = %1)").arg(n));
    p.drawText(QRectF(area.left(), kvRow.bottom() + 2, area.width(), rowLabel), Qt::AlignLeft | Qt::AlignVCenter,
               tr("KV heads, cached (n_g = %1)").arg(c.nKvHeads));

    // KV boxes, gliding from where the query heads' previous KV heads were.
    const bool morph = t < 1.0 && drawableGrouped(m_previous) && m_previous.nHeads == c.nHeads;
    std::vector<QRectF> boxes(std::size_t(c.nKvHeads));
    for (int g = 0; g < int(c.nKvHeads); ++g) {
        QRectF to = kvRect(c, g, q, kvRow.top(), boxHeight);
        if (morph) {
            const int perGroup = int(c.nHeads / c.nKvHeads);
            double center = 0;
            for (int i = g * perGroup; i < (g + 1) * perGroup; ++i)
                center += kvRect(m_previous, groupOf(m_previous, i), q, kvRow.top(), boxHeight).center().x();
            center /= perGroup;
            const double width =
                kvRect(m_previous, groupOf(m_previous, g * perGroup), q, kvRow.top(), boxHeight).width();
            const double w = lerp(width, to.width(), t);
            to = QRectF(lerp(center, to.center().x(), t) - w / 2, to.top(), w, to.height());
        }
        boxes[std::size_t(g)] = to;
    }

    // The broadcast: a line from each KV head to every query head it serves.
    for (int i = 0; i < n; ++i) {
        const int g = groupOf(c, i);
        const QColor colour = morph ? mix(groupColor(groupOf(m_previous, i)), groupColor(g), t) : groupColor(g);
        QColor line = colour;
        line.setAlphaF(0.8f);
        p.setPen(QPen(line, n > 16 ? 1.0 : 1.6));
        const QRectF &box = boxes[std::size_t(g)];
        p.drawLine(QPointF(q.center(i), qRow.bottom()), QPointF(box.center().x(), box.top()));
    }
    for (int i = 0; i < n; ++i) {
        const int g = groupOf(c, i);
        const QColor colour = morph ? mix(groupColor(groupOf(m_previous, i)), groupColor(g), t) : groupColor(g);
        const QRectF box(q.center(i) - q.box / 2, qRow.top(), q.box, boxHeight);
        drawBox(p, box, colour, QStringLiteral("q%1").arg(i));
    }
    for (int g = 0; g < int(c.nKvHeads); ++g)
        drawBox(p, boxes[std::size_t(g)], groupColor(g), QStringLiteral("kv%1").arg(g), true);
}

void HeadDiagram::paintLatent(QPainter &p, const QRectF &area)
{
    const core::Config &c = m_config;
    const int n = int(c.nHeads);
    const QFontMetricsF fm(font());
    const QColor text = palette().color(QPalette::Text);
    const QColor muted = palette().color(QPalette::PlaceholderText);
    const QColor mla = mechanismColor(Mechanism::Mla);
    const QColor rope = seriesColor(2); // orange: the rotary key

    const QString captionText = caption();
    const QRectF captionBounds =
        fm.boundingRect(QRectF(area.left(), 0, area.width(), 1000), Qt::TextWordWrap, captionText);
    const QRectF captionRect(area.left(), area.bottom() - captionBounds.height(), area.width(), captionBounds.height());
    p.setPen(text);
    p.drawText(captionRect, Qt::TextWordWrap, captionText);

    const double rowLabel = fm.height();
    const double top = area.top() + rowLabel + 2;
    const double bottom = captionRect.top() - 8 - rowLabel - 6;
    const double boxHeight = std::clamp((bottom - top) * 0.22, 14.0, 36.0);
    const QRectF qRow(area.left(), top, area.width(), boxHeight);
    const Slots q = slotsFor(n, area.left(), area.width());

    // The cache: c_KV (width ~ d_c) and k_R (width ~ d_h^R), side by side in the middle.
    const double total = double(std::max<std::int64_t>(1, c.dLatentKv + c.dRope));
    const double span = area.width() * 0.6;
    const double minWidth = fm.horizontalAdvance(QStringLiteral("k_R (d_h^R = 999)")) + 12;
    double latentWidth = std::max(minWidth, span * double(c.dLatentKv) / total);
    double ropeWidth = std::max(minWidth, span * double(c.dRope) / total);
    const double scale = std::min(1.0, (area.width() - 40) / (latentWidth + ropeWidth + 12));
    latentWidth *= scale;
    ropeWidth *= scale;
    const double left = area.center().x() - (latentWidth + ropeWidth + 12) / 2;
    const QRectF latent(left, bottom - boxHeight, latentWidth, boxHeight);
    const QRectF ropeKey(latent.right() + 12, latent.top(), ropeWidth, boxHeight);

    p.setPen(muted);
    p.drawText(QRectF(area.left(), area.top(), area.width(), rowLabel), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Query heads (n_h = %1)").arg(n));

    // Up-projections: W_UK / W_UV from the latent to every head; the RoPE key, dashed, to every head.
    QColor line = mla;
    line.setAlphaF(0.7f);
    p.setPen(QPen(line, n > 16 ? 1.0 : 1.5));
    for (int i = 0; i < n; ++i)
        p.drawLine(QPointF(latent.center().x(), latent.top()), QPointF(q.center(i) - q.box * 0.15, qRow.bottom()));
    QColor ropeLine = rope;
    ropeLine.setAlphaF(0.8f);
    p.setPen(QPen(ropeLine, n > 16 ? 1.0 : 1.4, Qt::DashLine));
    for (int i = 0; i < n; ++i)
        p.drawLine(QPointF(ropeKey.center().x(), ropeKey.top()), QPointF(q.center(i) + q.box * 0.15, qRow.bottom()));

    for (int i = 0; i < n; ++i)
        drawBox(p, QRectF(q.center(i) - q.box / 2, qRow.top(), q.box, boxHeight), mla.lighter(130),
                QStringLiteral("q%1").arg(i));

    // The cached pair, highlighted: a dashed frame labelled "cached".
    const QRectF frame = latent.united(ropeKey).adjusted(-6, -4, 6, rowLabel + 4);
    QColor frameFill = mla;
    frameFill.setAlphaF(0.12f);
    p.setPen(QPen(mla.darker(130), 1.5, Qt::DashLine));
    p.setBrush(frameFill);
    p.drawRoundedRect(frame, 6, 6);
    drawBox(p, latent, mla, tr("c_KV (d_c = %1)").arg(c.dLatentKv), true);
    drawBox(p, ropeKey, rope, tr("k_R (d_h^R = %1)").arg(c.dRope), true);
    p.setPen(text);
    p.drawText(QRectF(frame.left(), latent.bottom() + 2, frame.width(), rowLabel), Qt::AlignCenter,
               tr("cached: d_c + d_h^R = %1 per token").arg(c.dLatentKv + c.dRope));

    // Name the projections beside the fan.
    const double midY = (qRow.bottom() + latent.top()) / 2;
    p.setPen(mla.darker(150));
    // Only where they fit: a clipped name reads worse than none (the caption names them too).
    const QString up = tr("W_UK, W_UV (per head)");
    const QRectF upRect(area.left(), midY - rowLabel, latent.center().x() - area.left() - 8, rowLabel * 2);
    if (fm.horizontalAdvance(up) <= upRect.width())
        p.drawText(upRect, Qt::AlignRight | Qt::AlignVCenter, up);
    p.setPen(rope.darker(150));
    const QString shared = tr("shared RoPE key");
    const QRectF sharedRect(ropeKey.center().x() + 8, midY - rowLabel, area.right() - ropeKey.center().x() - 8,
                            rowLabel * 2);
    if (fm.horizontalAdvance(shared) <= sharedRect.width())
        p.drawText(sharedRect, Qt::AlignLeft | Qt::AlignVCenter, shared);
}

} // namespace attnscope::widgets
