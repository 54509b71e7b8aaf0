// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/views/heads/headdiagram.h"

#include "widgets/common/palette.h"
#include "widgets/common/richname.h"
#include "widgets/views/heads/headdiagram_p.h"

#include <QEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QPainterPath>
#include <QResizeEvent>
#include <QToolButton>
#include <QVariantAnimation>

#include <algorithm>
#include <cmath>

namespace attnscope::widgets {

using core::Mechanism;
using namespace headdiagram_p;

namespace {

constexpr int kAnimationMs = 300;
constexpr int kBroadcastStepMs = 600; // per KV head
constexpr int kBroadcastMaxMs = 4000;
constexpr int kBroadcastLatentMs = 1200;
constexpr double kDim = 0.5; // how far the idle groups fade towards the background

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

// The KV box of group g in a grouped configuration (n_h slots of the query row).
QRectF kvRect(const core::Config &c, int g, const Slots &q, double top, double height)
{
    const int perGroup = int(c.nHeads / c.nKvHeads);
    const double span = perGroup * q.slot;
    const double center = q.left + (g + 0.5) * span;
    const double width = std::clamp(span * 0.5, q.box, std::max(q.box, span - (q.slot - q.box)));
    return QRectF(center - width / 2, top, width, height);
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
    connect(m_animation, &QVariantAnimation::finished, this, [this] {
        if (m_broadcastPending) {
            m_broadcastPending = false;
            if (m_animated && isVisible())
                startBroadcastAnimation();
        }
    });

    m_broadcast = new QVariantAnimation(this);
    m_broadcast->setStartValue(0.0);
    m_broadcast->setEndValue(1.0);
    connect(m_broadcast, &QVariantAnimation::valueChanged, this, [this](const QVariant &v) {
        m_broadcastProgress = std::clamp(v.toDouble(), 0.0, 1.0);
        update();
    });
    connect(m_broadcast, &QVariantAnimation::finished, this, [this] {
        m_broadcastProgress = 1.0;
        update();
    });

    m_button = new QToolButton(this);
    m_button->setObjectName(QStringLiteral("broadcastButton"));
    retranslateUi();
    m_button->setAutoRaise(true);
    m_button->setCursor(Qt::PointingHandCursor);
    connect(m_button, &QToolButton::clicked, this, &HeadDiagram::playBroadcast);

    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    m_previous = m_config;
    m_button->setVisible(canBroadcast());
    placeButton();
}

HeadDiagram::~HeadDiagram() = default;

void HeadDiagram::retranslateUi()
{
    m_button->setText(tr("▶ Broadcast"));
    m_button->setToolTip(tr("Animate how each KV head is shared by its group of query heads"));
    placeButton();
}

void HeadDiagram::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        update();
    }
    QWidget::changeEvent(event);
}

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
    if (animated)
        return;
    m_broadcastPending = false;
    if (m_animation->state() == QAbstractAnimation::Running) {
        m_animation->stop();
        m_progress = 1.0;
        update();
    }
    if (m_broadcast->state() == QAbstractAnimation::Running) {
        m_broadcast->stop();
        m_broadcastProgress = 1.0;
        update();
    }
}

void HeadDiagram::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeButton();
}

void HeadDiagram::placeButton()
{
    const QSize hint = m_button->sizeHint();
    m_button->setGeometry(width() - 8 - hint.width(), 4, hint.width(), hint.height());
}

double HeadDiagram::headerHeight(double rowLabel) const
{
    // The row label shares its line with the button (top right): as tall as the taller.
    return m_button->isHidden() ? rowLabel : std::max(rowLabel, double(m_button->geometry().bottom() + 1 - 8));
}

double HeadDiagram::labelWidth(const QRectF &area) const
{
    // The top row label stops short of the button.
    return m_button->isHidden() ? area.width() : std::max(0.0, m_button->geometry().left() - 4 - area.left());
}

bool HeadDiagram::canBroadcast() const
{
    return drawableGrouped(m_config) || (isLatent() && m_config.nHeads >= 1);
}

bool HeadDiagram::isBroadcasting() const
{
    return canBroadcast() && m_broadcastProgress < 1.0;
}

int HeadDiagram::broadcastDurationMs() const
{
    if (isLatent())
        return kBroadcastLatentMs;
    return std::min(kBroadcastMaxMs, kBroadcastStepMs * std::max(1, kvHeadCount()));
}

int HeadDiagram::broadcastKvHead() const
{
    if (!isBroadcasting() || !drawableGrouped(m_config))
        return -1;
    const int n = int(m_config.nKvHeads);
    return std::clamp(int(std::floor(m_broadcastProgress * n)), 0, n - 1);
}

bool HeadDiagram::isQueryHeadHighlighted(int head) const
{
    if (head < 0 || head >= queryHeadCount())
        return false;
    if (isLatent())
        return isBroadcasting();
    const int g = broadcastKvHead();
    return g >= 0 && groupOf(m_config, head) == g;
}

bool HeadDiagram::isLatentHighlighted() const
{
    return isLatent() && isBroadcasting();
}

QString HeadDiagram::broadcastCaption() const
{
    if (!isBroadcasting())
        return {};
    const core::Config &c = m_config;
    if (isLatent())
        return isAbsorbed()
            ? tr("c_KV is read directly by all n_h = %1 absorbed queries q W_UK^T; k_R is shared by all.").arg(c.nHeads)
            : tr("c_KV reaches all n_h = %1 query heads through W_UK and W_UV; k_R is shared by all.").arg(c.nHeads);
    const int g = broadcastKvHead();
    const int perGroup = int(c.nHeads / c.nKvHeads);
    const int first = g * perGroup;
    if (perGroup == 1)
        return tr("KV head %1 is read by query head %2 only (n_h / n_g = 1 each).").arg(g).arg(first);
    return tr("KV head %1 is read by query heads %2–%3 (n_h / n_g = %4 each).")
        .arg(g)
        .arg(first)
        .arg(first + perGroup - 1)
        .arg(perGroup);
}

void HeadDiagram::playBroadcast()
{
    m_broadcastPending = false;
    if (!canBroadcast())
        return;
    if (!m_animated) {
        m_broadcast->stop();
        m_broadcastProgress = 1.0;
        update();
        return;
    }
    startBroadcastAnimation();
}

void HeadDiagram::startBroadcastAnimation()
{
    m_broadcast->stop();
    m_broadcast->setDuration(broadcastDurationMs());
    m_broadcastProgress = 0.0;
    m_broadcast->start();
    update();
}

void HeadDiagram::setBroadcastProgress(double progress)
{
    m_broadcastPending = false;
    m_broadcast->stop();
    m_broadcastProgress = std::isfinite(progress) ? std::clamp(progress, 0.0, 1.0) : 1.0;
    update();
}

void HeadDiagram::setConfig(const core::Config &config)
{
    if (config == m_config)
        return;
    const bool morph = m_animated && drawableGrouped(m_config) && drawableGrouped(config)
        && m_config.nHeads == config.nHeads && m_config.nKvHeads != config.nKvHeads;
    const bool newGroups = drawableGrouped(config) && config.nKvHeads != m_config.nKvHeads;
    const bool sameShape = config.mechanism == m_config.mechanism && config.nHeads == m_config.nHeads
        && config.nKvHeads == m_config.nKvHeads;
    m_animation->stop();
    m_previous = m_config;
    m_config = config;
    if (morph) {
        m_progress = 0.0;
        m_animation->start();
    } else {
        m_progress = 1.0;
    }
    // A broadcast of another shape means nothing now; a new n_g plays its own.
    m_broadcastPending = false;
    if (!sameShape) {
        m_broadcast->stop();
        m_broadcastProgress = 1.0;
    }
    if (newGroups && m_animated && isVisible()) {
        if (morph)
            m_broadcastPending = true; // after the glide
        else
            startBroadcastAnimation();
    }
    m_button->setVisible(canBroadcast());
    placeButton();
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

bool HeadDiagram::isAbsorbed() const
{
    return isLatent() && m_config.mlaPath == core::MlaPath::Absorbed;
}

QStringList HeadDiagram::drawnElements() const
{
    if (isLatent() && m_config.nHeads >= 1) {
        if (isAbsorbed())
            return {QStringLiteral("queries"), QStringLiteral("absorbedQueries"), QStringLiteral("latent"),
                    QStringLiteral("ropeKey"), QStringLiteral("foldedOutput")};
        return {QStringLiteral("queries"), QStringLiteral("latent"), QStringLiteral("ropeKey"),
                QStringLiteral("upProjections")};
    }
    if (isGrouped() && drawableGrouped(m_config))
        return {QStringLiteral("queries"), QStringLiteral("kvHeads")};
    return {};
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
                  "2 n_h d_h = %6). %7")
            .arg(c.dLatentKv)
            .arg(c.dRope)
            .arg(c.dLatentKv + c.dRope)
            .arg(c.nHeads)
            .arg(c.dHead)
            .arg(mha)
            .arg(isAbsorbed() ? tr("Absorbed path: W_UK is folded into each query (q W_UK^T), which scores against "
                                   "the latent c_KV directly, and W_UV into the output (W_UV W_O); no head's keys or "
                                   "values are rebuilt.")
                              : tr("Naive path: W_UK and W_UV rebuild each head's keys and values from the latent."));
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
    if (c.nKvHeads == 1)
        return tr("n_h = %1 query heads share n_g = 1 KV head: cache 2 n_g d_h = %2 elements per token and layer "
                  "(MHA: %3).")
            .arg(c.nHeads)
            .arg(cache)
            .arg(mha);
    return tr("n_h = %1 query heads share n_g = %2 KV heads: cache 2 n_g d_h = %3 elements per token and layer "
              "(MHA: %4).")
        .arg(c.nHeads)
        .arg(c.nKvHeads)
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
    const QColor background = palette().color(QPalette::Base);

    // The broadcast step: KV head `active` sends, `local` of the way through its share.
    const int active = broadcastKvHead();
    const double local = active < 0 ? 1.0 : std::clamp(m_broadcastProgress * double(c.nKvHeads) - active, 0.0, 1.0);
    const auto dimmed = [&](const QColor &colour, int g) {
        return active >= 0 && g != active ? mix(colour, background, kDim) : colour;
    };

    // Caption at the bottom, as tall as its wrapped text, and the broadcast line above it.
    p.setPen(text);
    const QRectF captionRect = paintCaption(p, area, caption(), font());
    const double rowLabel = fm.height();
    const double header = headerHeight(rowLabel);
    const double top = area.top() + header + 5;
    // The broadcast line gets its own row where there is room, else it takes the KV row's label.
    const double tight = captionRect.top() - 8 - rowLabel - 2;
    const bool ownLine = tight - (rowLabel + 4) - top >= 3 * 14.0 + 16;
    const double bottom = ownLine ? tight - (rowLabel + 4) : tight;
    const double boxHeight = std::clamp((bottom - top) * 0.22, 14.0, 36.0);
    const QRectF qRow(area.left(), top, area.width(), boxHeight);
    const QRectF kvRow(area.left(), bottom - boxHeight, area.width(), boxHeight);
    const Slots q = slotsFor(n, area.left(), area.width());
    const QRectF kvLabel(area.left(), kvRow.bottom() + 2, area.width(), rowLabel);

    p.setPen(muted);
    paintRichName(p, QRectF(area.left(), area.top(), labelWidth(area), header), tr("Query heads (n_h = %1)").arg(n),
                  Qt::AlignLeft | Qt::AlignVCenter);
    if (active >= 0)
        drawBroadcastLine(
            p, ownLine ? QRectF(area.left(), captionRect.top() - 4 - rowLabel, area.width(), rowLabel) : kvLabel,
            broadcastCaption(), groupColor(active).darker(140));
    p.setPen(muted);
    if (active < 0 || ownLine)
        paintRichName(p, kvLabel, tr("KV heads, cached (n_g = %1)").arg(c.nKvHeads), Qt::AlignLeft | Qt::AlignVCenter);

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
    const auto colourOf = [&](int i) {
        const int g = groupOf(c, i);
        return morph ? mix(groupColor(groupOf(m_previous, i)), groupColor(g), t) : groupColor(g);
    };
    const double lineWidth = n > 16 ? 1.0 : 1.6;
    for (int i = 0; i < n; ++i) {
        const int g = groupOf(c, i);
        QColor line = dimmed(colourOf(i), g);
        line.setAlphaF(0.8f);
        p.setPen(QPen(line, g == active ? lineWidth * 1.6 : lineWidth));
        const QRectF &box = boxes[std::size_t(g)];
        p.drawLine(QPointF(q.center(i), qRow.bottom()), QPointF(box.center().x(), box.top()));
    }
    // K and V of the active head travelling to its group, under the boxes they enter.
    if (active >= 0) {
        const QRectF &box = boxes[std::size_t(active)];
        const double radius = std::clamp(q.slot * 0.12, 2.5, 5.0);
        for (int i = 0; i < n; ++i) {
            if (groupOf(c, i) != active)
                continue;
            drawPulses(p, QPointF(box.center().x(), box.top()), QPointF(q.center(i), qRow.bottom()), pulseK(local),
                       pulseV(local), groupColor(active), radius, background);
        }
    }
    for (int i = 0; i < n; ++i) {
        const QRectF box(q.center(i) - q.box / 2, qRow.top(), q.box, boxHeight);
        drawBox(p, box, dimmed(colourOf(i), groupOf(c, i)), QStringLiteral("q%1").arg(i));
    }
    for (int g = 0; g < int(c.nKvHeads); ++g)
        drawBox(p, boxes[std::size_t(g)], dimmed(groupColor(g), g), QStringLiteral("kv%1").arg(g), true);
    if (active >= 0) {
        const QColor outline = groupColor(active).darker(160);
        drawHighlight(p, boxes[std::size_t(active)], outline);
        const double margin = std::clamp((q.slot - q.box) / 2, 1.0, 3.0);
        for (int i = 0; i < n; ++i) {
            if (groupOf(c, i) == active)
                drawHighlight(p, QRectF(q.center(i) - q.box / 2, qRow.top(), q.box, boxHeight), outline, margin);
        }
    }
}

void HeadDiagram::showTrace(const std::shared_ptr<const core::Trace> &, const core::Config &config)
{
    setConfig(config);
}

void HeadDiagram::finishAnimations()
{
    setBroadcastProgress(1.0);
    // The n_g transition too (a lesson step changes the KV heads in the same window).
    const bool animated = isAnimated();
    setAnimated(false); // jumps every running animation to its end
    setAnimated(animated);
}

} // namespace attnscope::widgets
