// SPDX-License-Identifier: GPL-3.0-or-later
#include "forestplot.h"

#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace evidencedesk {

QColor stanceColor(Stance s)
{
    switch (s) {
    case Stance::Supporting:
        return QColor(0x1b, 0x7f, 0x3a);
    case Stance::Contradicting:
        return QColor(0xb0, 0x24, 0x18);
    case Stance::Neutral:
        return QColor(0x55, 0x66, 0x88);
    case Stance::Untagged:
        break;
    }
    return QColor(0x60, 0x60, 0x60);
}

namespace {

constexpr double kRow = 20; // pixels per study row
constexpr double kHeader = 28; // column headings
constexpr double kFooter = 110; // summary rows, axis and heterogeneity line

struct Axis {
    double lo, hi;
    bool ratio;
    double x0, x1;
    double map(double v) const { return x0 + (std::clamp(v, lo, hi) - lo) / (hi - lo) * (x1 - x0); }
};

/// "Nice" tick values on the analysis scale: multiples of 1, 2, 5 (or, for ratios, of their logs).
QList<double> ticks(const Axis &a)
{
    QList<double> out;
    if (a.ratio) {
        for (double r : {0.01, 0.02, 0.05, 0.1, 0.2, 0.25, 0.5, 1.0, 2.0, 4.0, 5.0, 10.0, 20.0, 50.0, 100.0})
            if (std::log(r) >= a.lo && std::log(r) <= a.hi)
                out << std::log(r);
        // keep ticks at least 34 pixels apart, always the null (1), then outwards from it
        QList<double> thin {0.0};
        for (double t : out)
            if (t > 0 && a.map(t) - a.map(thin.last()) >= 34)
                thin << t;
        for (auto it = out.rbegin(); it != out.rend(); ++it)
            if (*it < 0 && a.map(thin.first()) - a.map(*it) >= 34)
                thin.prepend(*it);
        if (!(a.lo <= 0 && a.hi >= 0))
            thin.removeAll(0.0);
        return thin;
    }
    const double span = a.hi - a.lo;
    const double raw = span / 6, mag = std::pow(10, std::floor(std::log10(raw)));
    const double step = raw / mag < 1.5 ? mag : raw / mag < 3.5 ? 2 * mag : raw / mag < 7.5 ? 5 * mag : 10 * mag;
    for (double t = std::ceil(a.lo / step) * step; t <= a.hi + 1e-12; t += step)
        out << (std::abs(t) < step * 1e-9 ? 0.0 : t);
    return out;
}

QString number(double v, bool ratio)
{
    const QLocale l;
    return l.toString(ratio ? std::exp(v) : v, 'f', 2);
}

} // namespace

double ForestPlot::heightFor(double) const
{
    const std::size_t k = m_data.analysis ? m_data.analysis->yi.size() : 0;
    return kHeader + kRow * static_cast<double>(k) + kFooter;
}

void ForestPlot::paint(QPainter *p, const QRectF &rect) const
{
    if (m_data.empty())
        return;
    const synth::Analysis &a = *m_data.analysis;
    const synth::Fit &f = a.fit;
    const bool ratio = synth::isRatioMeasure(m_data.measure);
    const std::size_t k = a.yi.size();
    const double z = 1.959963984540054;
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    QFont font = p->font();
    font.setPointSizeF(9);
    p->setFont(font);
    const QFontMetricsF fm(font);

    // columns: label | plot | estimate [CI] | weight
    const QString model = f.method == synth::Method::EE
        ? QObject::tr("Equal-effects model")
        : QObject::tr("Random-effects model (%1)").arg(QString::fromLatin1(synth::methodName(f.method).data()));
    // the label column fits its widest label (bold for the summary), within 40% of the width
    QFont bold = font;
    bold.setBold(true);
    double widest = QFontMetricsF(bold).horizontalAdvance(model);
    for (const QString &label : m_data.labels)
        widest = std::max(widest, fm.horizontalAdvance(label));
    const double labelW = std::min(rect.width() * 0.4, widest + 6);
    const double ciW = fm.horizontalAdvance(QStringLiteral("-0.00 [-0.00, -0.00]  ")) + 6;
    const double weightW = fm.horizontalAdvance(QStringLiteral("100.0%")) + 10;
    Axis ax {0, 0, ratio, rect.left() + labelW + 8, rect.right() - ciW - weightW - 8};
    double lo = std::min(f.ciLower, std::isfinite(f.piLower) ? f.piLower : f.ciLower);
    double hi = std::max(f.ciUpper, std::isfinite(f.piUpper) ? f.piUpper : f.ciUpper);
    for (std::size_t i = 0; i < k; ++i) {
        lo = std::min(lo, a.yi[i] - z * std::sqrt(a.vi[i]));
        hi = std::max(hi, a.yi[i] + z * std::sqrt(a.vi[i]));
    }
    lo = std::min(lo, 0.0);
    hi = std::max(hi, 0.0);
    const double pad = (hi - lo) * 0.04;
    ax.lo = lo - pad;
    ax.hi = hi + pad;

    // heading
    double y = rect.top();
    font.setBold(true);
    p->setFont(font);
    p->setPen(Qt::black);
    p->drawText(QRectF(rect.left(), y, labelW, kHeader), Qt::AlignLeft | Qt::AlignVCenter, QObject::tr("Study"));
    const QString measureName = QString::fromLatin1(synth::measureName(m_data.measure).data());
    p->drawText(QRectF(ax.x1 + 8, y, ciW, kHeader), Qt::AlignRight | Qt::AlignVCenter,
                QObject::tr("%1 [95% CI]").arg(measureName));
    p->drawText(QRectF(ax.x1 + 8 + ciW, y, weightW, kHeader), Qt::AlignRight | Qt::AlignVCenter, QObject::tr("Weight"));
    font.setBold(false);
    p->setFont(font);
    y += kHeader;
    const double top = y;

    // studies
    double maxW = 0;
    for (double w : a.weights)
        maxW = std::max(maxW, w);
    for (std::size_t i = 0; i < k; ++i) {
        const double cy = y + kRow / 2;
        const double se = std::sqrt(a.vi[i]);
        const double l = a.yi[i] - z * se, u = a.yi[i] + z * se;
        const Stance st
            = i < static_cast<std::size_t>(m_data.stances.size()) ? m_data.stances[qsizetype(i)] : Stance::Untagged;
        p->setPen(Qt::black);
        p->drawText(QRectF(rect.left(), y, labelW, kRow), Qt::AlignLeft | Qt::AlignVCenter,
                    fm.elidedText(m_data.labels.value(qsizetype(i)), Qt::ElideRight, labelW));
        p->setPen(QPen(QColor(40, 40, 40), 1.2));
        p->drawLine(QPointF(ax.map(l), cy), QPointF(ax.map(u), cy));
        for (const auto &[end, dir] :
             {std::pair {l, -1.0}, std::pair {u, 1.0}}) // arrows where the CI runs past the axis
            if (end < ax.lo || end > ax.hi) {
                const double x = ax.map(end);
                p->drawLine(QPointF(x, cy), QPointF(x - dir * 5, cy - 3));
                p->drawLine(QPointF(x, cy), QPointF(x - dir * 5, cy + 3));
            }
        const double w = i < a.weights.size() ? a.weights[i] : 0;
        const double side = 4 + 10 * std::sqrt(maxW > 0 ? w / maxW : 1); // area proportional to weight
        p->setPen(Qt::NoPen);
        p->setBrush(stanceColor(st));
        p->drawRect(QRectF(ax.map(a.yi[i]) - side / 2, cy - side / 2, side, side));
        p->setPen(Qt::black);
        p->drawText(QRectF(ax.x1 + 8, y, ciW, kRow), Qt::AlignRight | Qt::AlignVCenter,
                    QStringLiteral("%1 [%2, %3]").arg(number(a.yi[i], ratio), number(l, ratio), number(u, ratio)));
        p->drawText(QRectF(ax.x1 + 8 + ciW, y, weightW, kRow), Qt::AlignRight | Qt::AlignVCenter,
                    QStringLiteral("%1%").arg(QLocale().toString(w, 'f', 1)));
        y += kRow;
    }

    // pooled estimate: diamond, and the prediction interval as a bar under it
    y += 6;
    const double cy = y + kRow / 2;
    font.setBold(true);
    p->setFont(font);
    p->drawText(QRectF(rect.left(), y, labelW, kRow), Qt::AlignLeft | Qt::AlignVCenter, model);
    p->drawText(QRectF(ax.x1 + 8, y, ciW, kRow), Qt::AlignRight | Qt::AlignVCenter,
                QStringLiteral("%1 [%2, %3]")
                    .arg(number(f.estimate, ratio), number(f.ciLower, ratio), number(f.ciUpper, ratio)));
    p->drawText(QRectF(ax.x1 + 8 + ciW, y, weightW, kRow), Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("100%"));
    font.setBold(false);
    p->setFont(font);
    QPainterPath diamond;
    diamond.moveTo(ax.map(f.ciLower), cy);
    diamond.lineTo(ax.map(f.estimate), cy - 7);
    diamond.lineTo(ax.map(f.ciUpper), cy);
    diamond.lineTo(ax.map(f.estimate), cy + 7);
    diamond.closeSubpath();
    p->setPen(QPen(Qt::black, 1));
    p->setBrush(QColor(0x22, 0x22, 0x22));
    p->drawPath(diamond);
    y += kRow;
    if (std::isfinite(f.piLower)) {
        const double py = y + kRow / 2;
        p->setPen(QPen(QColor(0x22, 0x22, 0x22), 1.5));
        p->drawLine(QPointF(ax.map(f.piLower), py), QPointF(ax.map(f.piUpper), py));
        p->drawLine(QPointF(ax.map(f.piLower), py - 4), QPointF(ax.map(f.piLower), py + 4));
        p->drawLine(QPointF(ax.map(f.piUpper), py - 4), QPointF(ax.map(f.piUpper), py + 4));
        p->setPen(Qt::black);
        p->drawText(QRectF(rect.left(), y, labelW, kRow), Qt::AlignLeft | Qt::AlignVCenter,
                    QObject::tr("Prediction interval"));
        p->drawText(QRectF(ax.x1 + 8, y, ciW, kRow), Qt::AlignRight | Qt::AlignVCenter,
                    QStringLiteral("[%1, %2]").arg(number(f.piLower, ratio), number(f.piUpper, ratio)));
        y += kRow;
    }

    // null line, axis and ticks
    const double bottom = y + 4;
    p->setPen(QPen(QColor(0x99, 0x99, 0x99), 1, Qt::DashLine));
    p->drawLine(QPointF(ax.map(0), top - 4), QPointF(ax.map(0), bottom));
    p->setPen(QPen(Qt::black, 1));
    p->drawLine(QPointF(ax.x0, bottom), QPointF(ax.x1, bottom));
    for (double t : ticks(ax)) {
        const double x = ax.map(t);
        p->drawLine(QPointF(x, bottom), QPointF(x, bottom + 4));
        p->drawText(QRectF(x - 30, bottom + 4, 60, 16), Qt::AlignHCenter | Qt::AlignTop,
                    ratio ? QLocale().toString(std::exp(t), 'g', 3) : QLocale().toString(t, 'g', 3));
    }
    // heterogeneity
    const QLocale l;
    const QString het = f.method == synth::Method::EE
        ? QObject::tr("Heterogeneity: Q = %1 (df = %2, p = %3); I\u00b2 = %4%")
              .arg(l.toString(f.Q, 'f', 2), l.toString(f.Qdf, 'f', 0), l.toString(f.Qpval, 'g', 2),
                   l.toString(f.I2, 'f', 1))
        : QObject::tr("Heterogeneity: \u03c4\u00b2 = %1; I\u00b2 = %2%; Q = %3 (df = %4, p = %5)")
              .arg(l.toString(f.tau2, 'g', 3), l.toString(f.I2, 'f', 1), l.toString(f.Q, 'f', 2),
                   l.toString(f.Qdf, 'f', 0), l.toString(f.Qpval, 'g', 2));
    p->drawText(QRectF(rect.left(), bottom + 24, rect.width(), 18), Qt::AlignLeft | Qt::AlignVCenter, het);
    p->restore();
}

qint64 ForestPlot::studyAt(const QPointF &point, const QRectF &rect) const
{
    if (m_data.empty())
        return 0;
    const double row = std::floor((point.y() - rect.top() - kHeader) / kRow);
    if (row < 0 || row >= static_cast<double>(m_data.studyIds.size()))
        return 0;
    return m_data.studyIds.value(static_cast<qsizetype>(row));
}

// ------------------------------------------------------------------------------------------------

QRectF FunnelPlot::plotArea(const QRectF &rect) const
{
    return rect.adjusted(56, 16, -16, -44);
}

void FunnelPlot::paint(QPainter *p, const QRectF &rect) const
{
    if (m_data.empty())
        return;
    const synth::Analysis &a = *m_data.analysis;
    const bool ratio = synth::isRatioMeasure(m_data.measure);
    const double z = 1.959963984540054;
    const QRectF area = plotArea(rect);
    double maxSe = 0, lo = a.fit.estimate, hi = a.fit.estimate;
    std::vector<double> ys = a.yi, vs = a.vi;
    if (a.trimfill) {
        ys.insert(ys.end(), a.trimfill->filledYi.begin(), a.trimfill->filledYi.end());
        vs.insert(vs.end(), a.trimfill->filledVi.begin(), a.trimfill->filledVi.end());
    }
    for (std::size_t i = 0; i < ys.size(); ++i) {
        maxSe = std::max(maxSe, std::sqrt(vs[i]));
        lo = std::min(lo, ys[i]);
        hi = std::max(hi, ys[i]);
    }
    maxSe *= 1.05;
    lo = std::min(lo, a.fit.estimate - z * maxSe);
    hi = std::max(hi, a.fit.estimate + z * maxSe);
    auto X = [&](double v) { return area.left() + (v - lo) / (hi - lo) * area.width(); };
    auto Y = [&](double se) { return area.top() + se / maxSe * area.height(); }; // standard error 0 at the top
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    QFont font = p->font();
    font.setPointSizeF(9);
    p->setFont(font);
    // pseudo 95% confidence region
    QPolygonF region;
    region << QPointF(X(a.fit.estimate), Y(0)) << QPointF(X(a.fit.estimate - z * maxSe), Y(maxSe))
           << QPointF(X(a.fit.estimate + z * maxSe), Y(maxSe));
    p->setPen(Qt::NoPen);
    p->setBrush(QColor(0xee, 0xf2, 0xf7));
    p->drawPolygon(region);
    p->setPen(QPen(QColor(0x88, 0x88, 0x88), 1, Qt::DashLine));
    p->drawLine(QPointF(X(a.fit.estimate), Y(0)), QPointF(X(a.fit.estimate - z * maxSe), Y(maxSe)));
    p->drawLine(QPointF(X(a.fit.estimate), Y(0)), QPointF(X(a.fit.estimate + z * maxSe), Y(maxSe)));
    p->setPen(QPen(Qt::black, 1));
    p->drawLine(QPointF(X(a.fit.estimate), Y(0)), QPointF(X(a.fit.estimate), Y(maxSe)));
    // studies, coloured by stance; imputed (trim-and-fill) studies hollow
    for (std::size_t i = 0; i < ys.size(); ++i) {
        const bool filled = i >= a.yi.size();
        const Stance st = !filled && i < static_cast<std::size_t>(m_data.stances.size()) ? m_data.stances[qsizetype(i)]
                                                                                         : Stance::Untagged;
        const QPointF c(X(ys[i]), Y(std::sqrt(vs[i])));
        p->setPen(QPen(filled ? QColor(0x66, 0x66, 0x66) : stanceColor(st).darker(120), 1.2));
        p->setBrush(filled ? QBrush(Qt::white) : QBrush(stanceColor(st)));
        p->drawEllipse(c, 4.5, 4.5);
    }
    // axes
    p->setPen(QPen(Qt::black, 1));
    p->setBrush(Qt::NoBrush);
    p->drawRect(area);
    const QLocale l;
    for (int i = 0; i <= 4; ++i) {
        const double se = maxSe * i / 4;
        p->drawLine(QPointF(area.left() - 4, Y(se)), QPointF(area.left(), Y(se)));
        p->drawText(QRectF(area.left() - 54, Y(se) - 8, 48, 16), Qt::AlignRight | Qt::AlignVCenter,
                    l.toString(se, 'f', 2));
    }
    for (int i = 0; i <= 4; ++i) {
        const double v = lo + (hi - lo) * i / 4;
        p->drawLine(QPointF(X(v), area.bottom()), QPointF(X(v), area.bottom() + 4));
        p->drawText(QRectF(X(v) - 30, area.bottom() + 4, 60, 16), Qt::AlignHCenter | Qt::AlignTop,
                    l.toString(ratio ? std::exp(v) : v, 'g', 3));
    }
    p->drawText(QRectF(area.left(), area.bottom() + 22, area.width(), 18), Qt::AlignHCenter,
                ratio
                    ? QObject::tr("%1 (log scale)").arg(QString::fromLatin1(synth::measureName(m_data.measure).data()))
                    : QString::fromLatin1(synth::measureName(m_data.measure).data()));
    p->save();
    p->translate(rect.left() + 10, area.center().y());
    p->rotate(-90);
    p->drawText(QRectF(-60, -8, 120, 16), Qt::AlignCenter, QObject::tr("Standard error"));
    p->restore();
    p->restore();
}

qint64 FunnelPlot::studyAt(const QPointF &point, const QRectF &rect) const
{
    if (m_data.empty())
        return 0;
    // nearest drawn study within 6 pixels: recompute positions as paint() does
    const synth::Analysis &a = *m_data.analysis;
    const double z = 1.959963984540054;
    const QRectF area = plotArea(rect);
    double maxSe = 0, lo = a.fit.estimate, hi = a.fit.estimate;
    std::vector<double> ys = a.yi, vs = a.vi;
    if (a.trimfill) {
        ys.insert(ys.end(), a.trimfill->filledYi.begin(), a.trimfill->filledYi.end());
        vs.insert(vs.end(), a.trimfill->filledVi.begin(), a.trimfill->filledVi.end());
    }
    for (std::size_t i = 0; i < ys.size(); ++i) {
        maxSe = std::max(maxSe, std::sqrt(vs[i]));
        lo = std::min(lo, ys[i]);
        hi = std::max(hi, ys[i]);
    }
    maxSe *= 1.05;
    lo = std::min(lo, a.fit.estimate - z * maxSe);
    hi = std::max(hi, a.fit.estimate + z * maxSe);
    for (std::size_t i = 0; i < a.yi.size(); ++i) {
        const QPointF c(area.left() + (a.yi[i] - lo) / (hi - lo) * area.width(),
                        area.top() + std::sqrt(a.vi[i]) / maxSe * area.height());
        if (QLineF(c, point).length() <= 6)
            return m_data.studyIds.value(qsizetype(i));
    }
    return 0;
}

// ------------------------------------------------------------------------------------------------

PlotWidget::PlotWidget(Kind kind, QWidget *parent) : QWidget(parent), m_kind(kind)
{
    setMouseTracking(true);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    policy.setHeightForWidth(kind == Kind::Forest);
    setSizePolicy(policy);
}

void PlotWidget::setData(const PlotData &data)
{
    m_data = data;
    m_message.clear();
    updateGeometry();
    update();
}

void PlotWidget::setMessage(const QString &message)
{
    m_data = PlotData();
    m_message = message;
    updateGeometry();
    update();
}

QSize PlotWidget::sizeHint() const
{
    return m_kind == Kind::Forest ? QSize(640, heightForWidth(640)) : QSize(480, 360);
}

int PlotWidget::heightForWidth(int width) const
{
    return m_data.empty() ? 120 : static_cast<int>(ForestPlot(m_data).heightFor(width));
}

void PlotWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QRectF r = QRectF(rect()).adjusted(8, 6, -8, -6);
    if (m_data.empty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(r, Qt::AlignCenter | Qt::TextWordWrap, m_message);
        return;
    }
    if (m_kind == Kind::Forest)
        ForestPlot(m_data).paint(&p, r);
    else
        FunnelPlot(m_data).paint(&p, r);
}

void PlotWidget::mousePressEvent(QMouseEvent *event)
{
    const QRectF r = QRectF(rect()).adjusted(8, 6, -8, -6);
    const qint64 id = m_kind == Kind::Forest ? ForestPlot(m_data).studyAt(event->position(), r)
                                             : FunnelPlot(m_data).studyAt(event->position(), r);
    if (id)
        emit studyClicked(id);
}

void PlotWidget::mouseMoveEvent(QMouseEvent *event)
{
    const QRectF r = QRectF(rect()).adjusted(8, 6, -8, -6);
    const qint64 id = m_kind == Kind::Forest ? ForestPlot(m_data).studyAt(event->position(), r)
                                             : FunnelPlot(m_data).studyAt(event->position(), r);
    const qsizetype i = m_data.studyIds.indexOf(id);
    if (id && i >= 0)
        QToolTip::showText(event->globalPosition().toPoint(), m_data.labels.value(i), this);
    else
        QToolTip::hideText();
}

} // namespace evidencedesk
