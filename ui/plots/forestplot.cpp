// SPDX-License-Identifier: GPL-3.0-or-later
#include "forestplot.h"
#include "analysisformat.h"
#include "axis.h"
#include "robplot.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace evidencedesk {

namespace {

constexpr double kZ975 = 1.959963984540054;

/// The translation context of this file (lupdate reads PlotsText::tr calls).
struct PlotsText {
    Q_DECLARE_TR_FUNCTIONS(PlotsText)
};

QString number(double v, bool ratio)
{
    return QLocale().toString(ratio ? std::exp(v) : v, 'f', 2);
}

constexpr double kRobStep = 15; ///< one risk-of-bias circle's room in the forest plot's column

double columnWidth(PlotColumn c)
{
    switch (c) {
    case PlotColumn::RiskOfBias:
        return 8 * kRobStep + 10; // room for ROBINS-I's seven domains and the overall judgement
    case PlotColumn::Design:
        return 150;
    case PlotColumn::Stance:
        return 96;
    case PlotColumn::Intervention:
    case PlotColumn::Comparator:
        return 104;
    default:
        return 56;
    }
}

/// The stances of the plotted studies, in the order a legend names them.
QList<Stance> stancesPresent(const QList<PlotStudy> &studies)
{
    QList<Stance> out;
    for (Stance s : {Stance::Supporting, Stance::Contradicting, Stance::Neutral, Stance::Untagged})
        if (std::any_of(studies.begin(), studies.end(), [s](const PlotStudy &p) { return p.stance == s; }))
            out << s;
    return out;
}

/// A legend line: a swatch and its words per entry, from `left` along `y`.
void drawLegend(QPainter *p, const QList<LegendEntry> &entries, double left, double y)
{
    const QFontMetricsF fm(p->font());
    double x = left;
    for (const LegendEntry &e : entries) {
        p->setPen(e.hollow ? QPen(QColor(0x44, 0x44, 0x44), 1.2) : Qt::NoPen);
        p->setBrush(e.hollow ? QColor(Qt::white) : e.fill);
        if (e.hollow)
            p->drawEllipse(QPointF(x + 5, y + 8), 4, 4);
        else
            p->drawRect(QRectF(x, y + 3, 10, 10));
        p->setPen(Qt::black);
        p->drawText(QRectF(x + 14, y, fm.horizontalAdvance(e.text) + 4, 16), Qt::AlignLeft | Qt::AlignVCenter, e.text);
        x += 14 + fm.horizontalAdvance(e.text) + 16;
    }
}

QFont plotFont()
{
    QFont f;
    f.setPointSizeF(9);
    return f;
}

} // namespace

QColor stanceColor(Stance s)
{
    switch (s) {
    case Stance::Supporting:
        return QColor(0x1b, 0x7f, 0x3a);
    case Stance::Contradicting:
        return QColor(0xb0, 0x24, 0x18);
    case Stance::Neutral:
        return QColor(0x4a, 0x5d, 0x85);
    case Stance::Untagged:
        break;
    }
    return QColor(0x60, 0x60, 0x60);
}

QColor neutralStudyColor()
{
    return QColor(0x4a, 0x5d, 0x85);
}

QList<PlotColumn> allPlotColumns()
{
    return {PlotColumn::Year, PlotColumn::Design,       PlotColumn::Stance,     PlotColumn::Quality,
            PlotColumn::N,    PlotColumn::Intervention, PlotColumn::Comparator, PlotColumn::RiskOfBias};
}

QString plotColumnKey(PlotColumn c)
{
    static const char *const keys[] = {"year", "design", "stance", "quality", "n", "intervention", "comparator", "rob"};
    return QString::fromLatin1(keys[int(c)]);
}

std::optional<PlotColumn> plotColumnFromKey(const QString &key)
{
    for (PlotColumn c : allPlotColumns())
        if (plotColumnKey(c) == key.toLower())
            return c;
    return std::nullopt;
}

QStringList plotColumnKeys()
{
    QStringList keys;
    for (PlotColumn c : allPlotColumns())
        keys << plotColumnKey(c);
    return keys;
}

QString armText(const synth::StudyInput &d, bool intervention)
{
    const QLocale l;
    const double events = intervention ? d.ai : d.ci;
    const double other = intervention ? d.bi : d.di;
    double total = intervention ? d.n1i : d.n2i;
    if (std::isfinite(events)) {
        if (!std::isfinite(total) && std::isfinite(other))
            total = events + other;
        if (std::isfinite(total))
            return QStringLiteral("%1/%2").arg(l.toString(events, 'g', 10), l.toString(total, 'g', 10));
    }
    const double mean = intervention ? d.m1i : d.m2i, sd = intervention ? d.sd1i : d.sd2i;
    if (std::isfinite(mean) && std::isfinite(sd) && std::isfinite(total))
        return PlotsText::tr("%1 (%2), %3", "mean (SD), n")
            .arg(l.toString(mean, 'g', 4), l.toString(sd, 'g', 3), l.toString(total, 'g', 10));
    return {};
}

QString plotColumnName(PlotColumn c)
{
    switch (c) {
    case PlotColumn::Intervention:
        return PlotsText::tr("Intervention");
    case PlotColumn::Comparator:
        return PlotsText::tr("Comparator");
    case PlotColumn::Year:
        return PlotsText::tr("Year");
    case PlotColumn::Design:
        return PlotsText::tr("Design");
    case PlotColumn::Stance:
        return PlotsText::tr("Stance");
    case PlotColumn::Quality:
        return PlotsText::tr("Quality");
    case PlotColumn::N:
        return PlotsText::tr("n");
    case PlotColumn::RiskOfBias:
        return PlotsText::tr("Risk of bias");
    }
    return {};
}

// ------------------------------------------------------------------------------------------ forest

ForestPlot::ForestPlot(PlotData data) : m_data(std::move(data))
{
    buildRows();
}

void ForestPlot::buildRows()
{
    if (m_data.empty())
        return;
    const synth::Analysis &a = *m_data.analysis;
    const synth::Fit &f = a.fit;
    const auto k = static_cast<int>(a.yi.size());
    auto studyRow = [&](int i) {
        Row r;
        r.kind = Row::Study;
        r.label = m_data.studies.value(i).label;
        r.estimate = a.yi[std::size_t(i)];
        r.lower = m_data.studies.value(i).ci.lower; // at the analysis level, as the analysis gives it
        r.upper = m_data.studies.value(i).ci.upper;
        r.weight = std::size_t(i) < a.weights.size() ? a.weights[std::size_t(i)] : 0;
        r.studyId = m_data.studies.value(i).id;
        r.index = i;
        return r;
    };
    auto ordered = [&](QList<int> idx) {
        using O = PlotOptions::Order;
        const auto &s = m_data.studies;
        switch (m_data.options.order) {
        case O::AsEntered:
            break;
        case O::Effect:
            std::stable_sort(idx.begin(), idx.end(),
                             [&](int x, int y) { return a.yi[std::size_t(x)] < a.yi[std::size_t(y)]; });
            break;
        case O::Weight:
            std::stable_sort(idx.begin(), idx.end(),
                             [&](int x, int y) { return a.weights[std::size_t(x)] > a.weights[std::size_t(y)]; });
            break;
        case O::Year:
            std::stable_sort(idx.begin(), idx.end(), [&](int x, int y) { return s.value(x).year < s.value(y).year; });
            break;
        case O::Stance:
            std::stable_sort(idx.begin(), idx.end(),
                             [&](int x, int y) { return int(s.value(x).stance) < int(s.value(y).stance); });
            break;
        }
        return idx;
    };
    const QLocale l;
    Row spacer;
    spacer.kind = Row::Spacer;
    if (a.subgroups) {
        for (const synth::SubgroupFit &g : a.subgroups->groups) {
            Row h;
            h.kind = Row::GroupHeader;
            h.label = m_data.groupNames.value(QString::fromStdString(g.group), QString::fromStdString(g.group));
            m_rows << h;
            QList<int> idx;
            for (std::size_t i : g.studies)
                idx << int(i);
            for (int i : ordered(idx))
                m_rows << studyRow(i);
            if (g.ok) {
                Row t;
                t.kind = Row::Subtotal;
                t.label = PlotsText::tr("Subtotal (k = %1; I\u00b2 = %2%)")
                              .arg(QString::number(g.studies.size()), l.toString(g.fit.I2, 'f', 0));
                t.estimate = g.fit.estimate;
                t.lower = g.fit.ciLower;
                t.upper = g.fit.ciUpper;
                double w = 0;
                for (std::size_t i : g.studies)
                    w += a.weights[i];
                t.weight = w;
                m_rows << t;
            }
            m_rows << spacer;
        }
    } else {
        QList<int> idx(k);
        std::iota(idx.begin(), idx.end(), 0);
        for (int i : ordered(idx))
            m_rows << studyRow(i);
        m_rows << spacer;
    }
    Row o;
    o.kind = Row::Overall;
    o.label = f.method == synth::Method::EE
        ? PlotsText::tr("Equal-effects model")
        : PlotsText::tr("Random-effects model (%1)").arg(QString::fromLatin1(synth::methodName(f.method).data()));
    o.estimate = f.estimate;
    o.lower = f.ciLower;
    o.upper = f.ciUpper;
    o.weight = 100;
    m_rows << o;
    if (m_data.options.showFixedEffect && m_data.fixedEffect && f.method != synth::Method::EE) {
        Row fe;
        fe.kind = Row::FixedEffect;
        fe.label = PlotsText::tr("Equal-effects model");
        fe.estimate = m_data.fixedEffect->estimate;
        fe.lower = m_data.fixedEffect->ciLower;
        fe.upper = m_data.fixedEffect->ciUpper;
        m_rows << fe;
    }
    if (std::isfinite(f.piLower)) {
        Row p;
        p.kind = Row::Prediction;
        p.label = PlotsText::tr("Prediction interval");
        p.estimate = f.estimate;
        p.lower = f.piLower;
        p.upper = f.piUpper;
        m_rows << p;
    }
    if (a.subgroups && std::isfinite(a.subgroups->Qbetween)) {
        Row n;
        n.kind = Row::Note;
        n.text = PlotsText::tr("Test for subgroup differences: Q = %1, df = %2, p %3")
                     .arg(l.toString(a.subgroups->Qbetween, 'f', 2), l.toString(a.subgroups->QbetweenDf, 'f', 0),
                          pValueClause(a.subgroups->QbetweenPval));
        m_rows << n;
    }
    // the axis covers every interval and the null
    m_lo = 0;
    m_hi = 0;
    for (const Row &r : m_rows)
        if (r.kind != Row::GroupHeader && r.kind != Row::Note && r.kind != Row::Spacer) {
            m_lo = std::min(m_lo, r.lower);
            m_hi = std::max(m_hi, r.upper);
        }
    // very wide intervals of tiny studies would squash the rest: clip at 4x the span of the pooled rows
    double coreLo = std::min(0.0, f.ciLower), coreHi = std::max(0.0, f.ciUpper);
    for (const Row &r : m_rows)
        if (r.kind == Row::Study) {
            coreLo = std::min(coreLo, r.estimate);
            coreHi = std::max(coreHi, r.estimate);
        }
    const double span = std::max(coreHi - coreLo, 1e-9);
    m_lo = std::max(m_lo, coreLo - 1.5 * span);
    m_hi = std::min(m_hi, coreHi + 1.5 * span);
    const double pad = (m_hi - m_lo) * 0.04;
    m_lo -= pad;
    m_hi += pad;
}

double ForestPlot::height() const
{
    return kHeaderHeight + kRowHeight * m_rows.size() + footerHeight();
}

double ForestPlot::footerHeight() const
{
    return kFooterHeight + (legendShown() ? kLegendHeight : 0);
}

bool ForestPlot::legendShown() const
{
    return m_data.options.colourByStance && !m_data.studies.isEmpty();
}

int ForestPlot::rowsPerPage(double pageHeight) const
{
    return std::max(1, int((pageHeight - kHeaderHeight - footerHeight()) / kRowHeight));
}

int ForestPlot::pageCount(double pageHeight) const
{
    const int per = rowsPerPage(pageHeight);
    return std::max(1, int((m_rows.size() + per - 1) / per));
}

ForestPlot::Geometry ForestPlot::geometry(const QRectF &rect) const
{
    const QFont font = plotFont();
    const QFontMetricsF fm(font);
    // sized to the study labels: summary labels may run on into the plot area, group headers span the width
    double widest = fm.horizontalAdvance(PlotsText::tr("Study"));
    for (const Row &r : m_rows)
        if (r.kind == Row::Study)
            widest = std::max(widest, fm.horizontalAdvance(r.label));
    Geometry g;
    g.columnsW = 0;
    for (PlotColumn c : m_data.options.columns)
        g.columnsW += columnWidth(c);
    g.labelW = std::min(rect.width() * 0.36, widest + 8);
    g.ciW = fm.horizontalAdvance(QStringLiteral("-00.00 [-00.00, -00.00]")) + 8;
    // the header is bold and its word may be longer than the numbers in another language
    QFont bold = font;
    bold.setBold(true);
    g.weightW = std::max(fm.horizontalAdvance(percentText(QLocale().toString(100.0, 'f', 1))),
                         QFontMetricsF(bold).horizontalAdvance(PlotsText::tr("Weight")))
        + 10;
    g.x0 = rect.left() + g.labelW + g.columnsW + 10;
    g.x1 = rect.right() - g.ciW - g.weightW - 10;
    if (g.x1 - g.x0 < 80) { // a narrow page: the extra columns give way first
        g.columnsW = 0;
        g.x0 = rect.left() + g.labelW + 10;
    }
    return g;
}

double ForestPlot::xOf(double value, const QRectF &rect) const
{
    const Geometry g = geometry(rect);
    return g.x0 + (std::clamp(value, m_lo, m_hi) - m_lo) / (m_hi - m_lo) * (g.x1 - g.x0);
}

/// What every part of one painting shares: the painter, the frame and its fonts, and the axis.
struct ForestPlot::Canvas {
    QPainter *p;
    QRectF rect;
    Geometry g;
    bool ratio;
    double lo, hi;
    QFont font, bold;
    QLocale locale;
    double x(double v) const { return g.x0 + (std::clamp(v, lo, hi) - lo) / (hi - lo) * (g.x1 - g.x0); }
    QString interval(const Row &r) const { return intervalText(number(r.lower, ratio), number(r.upper, ratio)); }
    /// The estimate [CI] and weight columns at the right.
    void numbers(double y, const QString &text, const QString &weight) const
    {
        p->drawText(QRectF(g.x1 + 8, y, g.ciW, kRowHeight), Qt::AlignRight | Qt::AlignVCenter, text);
        if (!weight.isEmpty())
            p->drawText(QRectF(g.x1 + 8 + g.ciW, y, g.weightW, kRowHeight), Qt::AlignRight | Qt::AlignVCenter, weight);
    }
};

void ForestPlot::paint(QPainter *p, const QRectF &rect, int first, int count) const
{
    if (m_data.empty())
        return;
    const int last = count < 0 ? int(m_rows.size()) : std::min(int(m_rows.size()), first + count);
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    Canvas c {p, rect, geometry(rect), synth::isRatioMeasure(m_data.measure), m_lo, m_hi, plotFont(), plotFont(), {}};
    c.bold.setBold(true);
    paintHeader(c); // repeated on every page
    const double top = rect.top() + kHeaderHeight;
    double y = top;
    double maxWeight = 0;
    for (double w : m_data.analysis->weights)
        maxWeight = std::max(maxWeight, w);
    for (int ri = first; ri < last; ++ri, y += kRowHeight) {
        const Row &r = m_rows[ri];
        switch (r.kind) {
        case Row::Spacer:
            break;
        case Row::Note:
        case Row::GroupHeader:
            p->setFont(r.kind == Row::Note ? c.font : c.bold);
            p->setPen(Qt::black);
            p->drawText(QRectF(rect.left(), y, rect.width(), kRowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                        r.kind == Row::Note ? r.text : r.label);
            break;
        case Row::Study:
            paintStudy(c, r, y, maxWeight);
            break;
        case Row::Subtotal:
        case Row::Overall:
        case Row::FixedEffect:
            paintSummary(c, r, y);
            break;
        case Row::Prediction:
            paintPrediction(c, r, y);
            break;
        }
    }
    paintAxis(c, top, y + 4);
    p->restore();
}

void ForestPlot::paintHeader(const Canvas &c) const
{
    QPainter *p = c.p;
    const double y = c.rect.top();
    p->setFont(c.bold);
    p->setPen(Qt::black);
    p->drawText(QRectF(c.rect.left(), y, c.g.labelW, kHeaderHeight), Qt::AlignLeft | Qt::AlignVCenter,
                PlotsText::tr("Study"));
    double cx = c.rect.left() + c.g.labelW + 6;
    if (c.g.columnsW > 0)
        for (PlotColumn column : m_data.options.columns) {
            const double w = columnWidth(column);
            p->drawText(QRectF(cx, y, w - 6, kHeaderHeight), Qt::AlignLeft | Qt::AlignVCenter, plotColumnName(column));
            cx += w;
        }
    const QString measure = QString::fromLatin1(synth::measureName(m_data.measure).data());
    p->drawText(QRectF(c.g.x1 + 8, y, c.g.ciW, kHeaderHeight), Qt::AlignRight | Qt::AlignVCenter,
                PlotsText::tr("%1 [%2% CI]").arg(measure, c.locale.toString(m_data.analysis->fit.level, 'g', 3)));
    p->drawText(QRectF(c.g.x1 + 8 + c.g.ciW, y, c.g.weightW, kHeaderHeight), Qt::AlignRight | Qt::AlignVCenter,
                PlotsText::tr("Weight"));
}

QString ForestPlot::columnText(PlotColumn column, const PlotStudy &s) const
{
    const QLocale l;
    switch (column) {
    case PlotColumn::Year:
        return s.year > 0 ? QString::number(s.year) : QString();
    case PlotColumn::Design:
        return s.design;
    case PlotColumn::Stance:
        return s.stance == Stance::Untagged ? QString() : stanceName(s.stance);
    case PlotColumn::Quality:
        return std::isfinite(s.quality) ? l.toString(s.quality, 'f', 0) : QString();
    case PlotColumn::N:
        return std::isfinite(s.n) ? l.toString(s.n, 'f', 0) : QString();
    case PlotColumn::Intervention:
    case PlotColumn::Comparator:
        return armText(s.data, column == PlotColumn::Intervention);
    case PlotColumn::RiskOfBias:
        break; // drawn, not written
    }
    return {};
}

void ForestPlot::paintStudy(const Canvas &c, const Row &r, double y, double maxWeight) const
{
    QPainter *p = c.p;
    const double cy = y + kRowHeight / 2;
    const PlotStudy s = m_data.studies.value(r.index);
    const bool selected = m_data.selected.contains(r.studyId);
    const QFontMetricsF fm(c.font);
    if (selected)
        p->fillRect(QRectF(c.rect.left(), y, c.rect.width(), kRowHeight), QColor(0xff, 0xf1, 0xb8));
    p->setFont(c.font);
    p->setPen(Qt::black);
    p->drawText(QRectF(c.rect.left(), y, c.g.labelW, kRowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                fm.elidedText(r.label, Qt::ElideRight, c.g.labelW));
    double x = c.rect.left() + c.g.labelW + 6;
    if (c.g.columnsW > 0)
        for (PlotColumn column : m_data.options.columns) {
            const double w = columnWidth(column);
            if (column == PlotColumn::RiskOfBias && !s.risk.domains.isEmpty() && s.risk.isJudged()) {
                // each domain, then (after a gap) the overall judgement; the letters in a small font
                p->save();
                QFont small = c.font;
                small.setPointSizeF(c.font.pointSizeF() * 0.7);
                p->setFont(small);
                p->setRenderHint(QPainter::Antialiasing);
                const qsizetype n = s.risk.domains.size();
                for (qsizetype d = 0; d <= n; ++d)
                    drawRobJudgement(p, QPointF(x + kRobStep / 2 + d * kRobStep + (d == n ? 4 : 0), cy),
                                     d == n ? s.risk.overallOrDerived() : s.risk.domains[d], kRobStep / 2 - 1);
                p->restore();
                p->setPen(Qt::black);
            } else {
                p->drawText(QRectF(x, y, w - 6, kRowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                            fm.elidedText(columnText(column, s), Qt::ElideRight, w - 6));
            }
            x += w;
        }
    p->setPen(QPen(QColor(40, 40, 40), 1.2));
    p->drawLine(QPointF(c.x(r.lower), cy), QPointF(c.x(r.upper), cy));
    for (const auto &[end, dir] : {std::pair {r.lower, -1.0}, std::pair {r.upper, 1.0}})
        if (end < m_lo || end > m_hi) { // an arrow where the interval runs past the axis
            const double ax = c.x(end);
            p->drawLine(QPointF(ax, cy), QPointF(ax - dir * 6, cy - 3.5));
            p->drawLine(QPointF(ax, cy), QPointF(ax - dir * 6, cy + 3.5));
        }
    const double side = 3 + 11 * std::sqrt(maxWeight > 0 ? r.weight / maxWeight : 1); // area follows the weight
    p->setPen(selected ? QPen(Qt::black, 1.5) : Qt::NoPen);
    p->setBrush(m_data.options.colourByStance ? stanceColor(s.stance) : neutralStudyColor());
    if (r.estimate >= m_lo && r.estimate <= m_hi)
        p->drawRect(QRectF(c.x(r.estimate) - side / 2, cy - side / 2, side, side));
    p->setPen(Qt::black);
    c.numbers(y, QStringLiteral("%1 %2").arg(number(r.estimate, c.ratio), c.interval(r)),
              percentText(c.locale.toString(r.weight, 'f', 1)));
}

void ForestPlot::paintSummary(const Canvas &c, const Row &r, double y) const
{
    QPainter *p = c.p;
    const double cy = y + kRowHeight / 2;
    p->setFont(r.kind == Row::Subtotal ? c.font : c.bold);
    p->setPen(Qt::black);
    // a summary label may run on into the plot area, up to where its diamond begins
    const double room = std::max(c.g.labelW + c.g.columnsW, c.x(r.lower) - c.rect.left() - 6);
    p->drawText(QRectF(c.rect.left(), y, room, kRowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetricsF(p->font()).elidedText(r.label, Qt::ElideRight, room));
    QPainterPath diamond;
    const double h = r.kind == Row::Subtotal ? 5.5 : 7;
    diamond.moveTo(c.x(r.lower), cy);
    diamond.lineTo(c.x(r.estimate), cy - h);
    diamond.lineTo(c.x(r.upper), cy);
    diamond.lineTo(c.x(r.estimate), cy + h);
    diamond.closeSubpath();
    p->setPen(QPen(Qt::black, 1));
    p->setBrush(r.kind == Row::FixedEffect    ? QColor(Qt::white)
                    : r.kind == Row::Subtotal ? QColor(0x88, 0x88, 0x88)
                                              : QColor(0x22, 0x22, 0x22));
    p->drawPath(diamond);
    c.numbers(y, QStringLiteral("%1 %2").arg(number(r.estimate, c.ratio), c.interval(r)),
              r.kind == Row::FixedEffect ? QString() : percentText(c.locale.toString(r.weight, 'f', 1)));
}

void ForestPlot::paintPrediction(const Canvas &c, const Row &r, double y) const
{
    QPainter *p = c.p;
    const double cy = y + kRowHeight / 2;
    p->setFont(c.font);
    p->setPen(Qt::black);
    p->drawText(QRectF(c.rect.left(), y, std::max(c.g.labelW, c.x(r.lower) - c.rect.left() - 6), kRowHeight),
                Qt::AlignLeft | Qt::AlignVCenter, r.label);
    p->setPen(QPen(QColor(0x22, 0x22, 0x22), 1.5));
    p->drawLine(QPointF(c.x(r.lower), cy), QPointF(c.x(r.upper), cy));
    p->drawLine(QPointF(c.x(r.lower), cy - 4), QPointF(c.x(r.lower), cy + 4));
    p->drawLine(QPointF(c.x(r.upper), cy - 4), QPointF(c.x(r.upper), cy + 4));
    p->setPen(Qt::black);
    c.numbers(y, c.interval(r), QString());
}

void ForestPlot::paintAxis(const Canvas &c, double top, double bottom) const
{
    // null line, axis with natural-unit ticks, "favours" labels, heterogeneity
    QPainter *p = c.p;
    const synth::Fit &f = m_data.analysis->fit;
    const QLocale &l = c.locale;
    p->setFont(c.font);
    p->setPen(QPen(QColor(0x99, 0x99, 0x99), 1, Qt::DashLine));
    p->drawLine(QPointF(c.x(0), top - 4), QPointF(c.x(0), bottom));
    p->setPen(QPen(Qt::black, 1));
    p->drawLine(QPointF(c.g.x0, bottom), QPointF(c.g.x1, bottom));
    const AxisTicks ticks = axisTicks(
        m_lo, m_hi, c.ratio, [&c](double v) { return c.x(v); }, 28);
    for (double t : ticks.values) {
        p->drawLine(QPointF(c.x(t), bottom), QPointF(c.x(t), bottom + 4));
        p->drawText(QRectF(c.x(t) - 30, bottom + 4, 60, 16), Qt::AlignHCenter | Qt::AlignTop, ticks.label(t));
    }
    if (!m_data.options.favoursLeft.isEmpty() || !m_data.options.favoursRight.isEmpty()) {
        p->drawText(QRectF(c.x(0) - 300, bottom + 20, 296, 16), Qt::AlignRight | Qt::AlignVCenter,
                    QStringLiteral("\u2190 %1").arg(m_data.options.favoursLeft));
        p->drawText(QRectF(c.x(0) + 4, bottom + 20, 296, 16), Qt::AlignLeft | Qt::AlignVCenter,
                    QStringLiteral("%1 \u2192").arg(m_data.options.favoursRight));
    }
    const QString het = f.method == synth::Method::EE
        ? PlotsText::tr("Heterogeneity: Q = %1 (df = %2, p %3); I\u00b2 = %4%")
              .arg(l.toString(f.Q, 'f', 2), l.toString(f.Qdf, 'f', 0), pValueClause(f.Qpval), l.toString(f.I2, 'f', 1))
        : PlotsText::tr("Heterogeneity: \u03c4\u00b2 = %1; I\u00b2 = %2%; Q = %3 (df = %4, p %5)")
              .arg(l.toString(f.tau2, 'g', 3), l.toString(f.I2, 'f', 1), l.toString(f.Q, 'f', 2),
                   l.toString(f.Qdf, 'f', 0), pValueClause(f.Qpval));
    double hetTop = bottom + 40;
    if (legendShown()) { // what the colours mean
        QList<LegendEntry> entries;
        for (Stance s : stancesPresent(m_data.studies))
            entries << LegendEntry {stanceColor(s),
                                    s == Stance::Untagged ? PlotsText::tr("Not tagged") : stanceName(s)};
        drawLegend(p, entries, c.rect.left(), hetTop);
        hetTop += kLegendHeight;
    }
    // a narrow pane gets the line broken in two (the footer has room): never a clipped number
    const QStringList hetLines = footerLines(het, QFontMetricsF(c.font, p->device()), c.rect.width());
    for (qsizetype i = 0; i < hetLines.size(); ++i)
        p->drawText(QRectF(c.rect.left(), hetTop + 18 * double(i), c.rect.width(), 18),
                    Qt::AlignLeft | Qt::AlignVCenter, hetLines[i]);
}

QStringList ForestPlot::footerLines(const QString &text, const QFontMetricsF &metrics, double width)
{
    if (metrics.horizontalAdvance(text) <= width)
        return {text};
    for (qsizetype at = text.lastIndexOf(QLatin1String("; ")); at > 0;
         at = text.lastIndexOf(QLatin1String("; "), at - 1)) {
        if (metrics.horizontalAdvance(text.left(at + 1)) <= width)
            return {text.left(at + 1), metrics.elidedText(text.mid(at + 2), Qt::ElideRight, width)};
    }
    return {metrics.elidedText(text, Qt::ElideRight, width)};
}

qint64 ForestPlot::studyAt(const QPointF &point, const QRectF &rect) const
{
    const int row = int(std::floor((point.y() - rect.top() - kHeaderHeight) / kRowHeight));
    return row >= 0 && row < m_rows.size() && m_rows[row].kind == Row::Study ? m_rows[row].studyId : 0;
}

std::optional<QPointF> ForestPlot::studyPoint(qint64 studyId, const QRectF &rect) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row)
        if (m_rows[row].kind == Row::Study && m_rows[row].studyId == studyId)
            return QPointF(rect.left() + 40, rect.top() + kHeaderHeight + kRowHeight * (double(row) + 0.5));
    return std::nullopt;
}

// ------------------------------------------------------------------------------------------ funnel

FunnelPlot::FunnelPlot(PlotData data) : m_data(std::move(data))
{ }

FunnelPlot::Frame FunnelPlot::frame(const QRectF &rect) const
{
    const synth::Analysis &a = *m_data.analysis;
    Frame f;
    f.area = rect.adjusted(58, 14, -14, legendEntries().isEmpty() ? -62 : -80);
    f.maxSe = 0;
    f.lo = f.hi = a.fit.estimate;
    auto take = [&](const std::vector<double> &ys, const std::vector<double> &vs) {
        for (std::size_t i = 0; i < ys.size(); ++i) {
            f.maxSe = std::max(f.maxSe, std::sqrt(vs[i]));
            f.lo = std::min(f.lo, ys[i]);
            f.hi = std::max(f.hi, ys[i]);
        }
    };
    take(a.yi, a.vi);
    if (a.trimfill)
        take(a.trimfill->filledYi, a.trimfill->filledVi);
    f.seTicks = axisFromZero(f.maxSe > 0 ? f.maxSe : 1); // the axis ends on a round, labelled value
    f.maxSe = f.seTicks.values.last();
    const double reach = 2.576 * f.maxSe; // the widest contour
    f.lo = std::min({f.lo, a.fit.estimate - kZ975 * f.maxSe, m_data.options.contours ? -reach : f.lo});
    f.hi = std::max({f.hi, a.fit.estimate + kZ975 * f.maxSe, m_data.options.contours ? reach : f.hi});
    const double pad = (f.hi - f.lo) * 0.03;
    f.lo -= pad;
    f.hi += pad;
    return f;
}

void FunnelPlot::paint(QPainter *p, const QRectF &rect) const
{
    if (m_data.empty())
        return;
    const synth::Analysis &a = *m_data.analysis;
    const bool ratio = synth::isRatioMeasure(m_data.measure);
    const Frame fr = frame(rect);
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setFont(plotFont());
    p->save(); // the plot area clips its contents, within whatever clip the caller set (a report page)
    p->setClipRect(fr.area, Qt::IntersectClip);
    if (m_data.options.contours) { // contour-enhanced: where a study would be significant at p < .10, .05, .01
        const QList<QPair<double, QColor>> bands {
            {2.576, QColor(0xd4, 0xd9, 0xdf)}, {1.960, QColor(0xe4, 0xe8, 0xec)}, {1.645, QColor(0xf2, 0xf4, 0xf6)}};
        p->setPen(Qt::NoPen);
        p->setBrush(QColor(0xc2, 0xc9, 0xd1)); // p < .01 outside the widest band
        p->drawRect(fr.area);
        for (const auto &[z, colour] : bands) {
            QPolygonF inner;
            inner << fr.map(0, 0) << fr.map(-z * fr.maxSe, fr.maxSe) << fr.map(z * fr.maxSe, fr.maxSe);
            p->setBrush(colour);
            p->drawPolygon(inner);
        }
        QPolygonF white;
        white << fr.map(0, 0) << fr.map(-1.645 * fr.maxSe, fr.maxSe) << fr.map(1.645 * fr.maxSe, fr.maxSe);
        p->setBrush(Qt::white);
        p->drawPolygon(white);
    }
    // pseudo 95% confidence region around the pooled estimate
    const double est = a.fit.estimate;
    p->setPen(QPen(QColor(0x55, 0x55, 0x55), 1, Qt::DashLine));
    p->drawLine(fr.map(est, 0), fr.map(est - kZ975 * fr.maxSe, fr.maxSe));
    p->drawLine(fr.map(est, 0), fr.map(est + kZ975 * fr.maxSe, fr.maxSe));
    p->setPen(QPen(Qt::black, 1));
    p->drawLine(fr.map(est, 0), fr.map(est, fr.maxSe));
    if (m_data.options.eggerLine && a.egger) { // effect = limit estimate + slope * SE
        p->setPen(QPen(QColor(0xc0, 0x60, 0x00), 1.5));
        p->drawLine(fr.map(a.egger->limitEstimate, 0),
                    fr.map(a.egger->limitEstimate + a.egger->slope * fr.maxSe, fr.maxSe));
    }
    // imputed studies (trim-and-fill) hollow, then the studies coloured by stance
    if (a.trimfill)
        for (std::size_t i = 0; i < a.trimfill->filledYi.size(); ++i) {
            p->setPen(QPen(QColor(0x44, 0x44, 0x44), 1.2));
            p->setBrush(Qt::white);
            p->drawEllipse(fr.map(a.trimfill->filledYi[i], std::sqrt(a.trimfill->filledVi[i])), 4, 4);
        }
    const double radius = a.yi.size() > 5000 ? 1.5 : a.yi.size() > 500 ? 2.5 : 4.5;
    for (std::size_t i = 0; i < a.yi.size(); ++i) {
        const PlotStudy s = m_data.studies.value(qsizetype(i));
        const bool selected = m_data.selected.contains(s.id);
        const QColor colour = m_data.options.colourByStance ? stanceColor(s.stance) : neutralStudyColor();
        p->setPen(selected ? QPen(Qt::black, 2) : QPen(colour.darker(130), 1));
        p->setBrush(colour);
        p->drawEllipse(fr.map(a.yi[i], std::sqrt(a.vi[i])), selected ? radius + 2 : radius,
                       selected ? radius + 2 : radius);
    }
    p->restore();
    // axes
    p->setPen(QPen(Qt::black, 1));
    p->setBrush(Qt::NoBrush);
    p->drawRect(fr.area);
    const QLocale l;
    for (double se : fr.seTicks.values) {
        const QPointF at = fr.map(fr.lo, se);
        p->drawLine(at - QPointF(4, 0), at);
        p->drawText(QRectF(at.x() - 56, at.y() - 8, 50, 16), Qt::AlignRight | Qt::AlignVCenter, fr.seTicks.label(se));
    }
    const AxisTicks xticks = axisTicks(
        fr.lo, fr.hi, ratio, [&](double v) { return fr.map(v, 0).x(); }, 40);
    for (double v : xticks.values) {
        const QPointF at = fr.map(v, fr.maxSe);
        p->drawLine(at, at + QPointF(0, 4));
        p->drawText(QRectF(at.x() - 30, at.y() + 4, 60, 16), Qt::AlignHCenter | Qt::AlignTop, xticks.label(v));
    }
    const QString measure = QString::fromLatin1(synth::measureName(m_data.measure).data());
    p->drawText(QRectF(fr.area.left(), fr.area.bottom() + 22, fr.area.width(), 18), Qt::AlignHCenter,
                ratio ? PlotsText::tr("%1 (log scale)").arg(measure) : measure);
    p->save();
    p->translate(rect.left() + 10, fr.area.center().y());
    p->rotate(-90);
    p->drawText(QRectF(-80, -8, 160, 16), Qt::AlignCenter, PlotsText::tr("Standard error"));
    p->restore();
    // what the symbols mean: colours by stance (when asked), hollow points imputed by trim-and-fill
    if (const QList<LegendEntry> entries = legendEntries(); !entries.isEmpty())
        drawLegend(p, entries, rect.left(), fr.area.bottom() + 42);
    if (m_data.options.contours) {
        const QString legend = PlotsText::tr("Shading: p < 0.01, 0.01–0.05, 0.05–0.10, > 0.10 (white)");
        p->drawText(QRectF(rect.left(), rect.bottom() - 14, rect.width(), 14), Qt::AlignRight | Qt::AlignVCenter,
                    legend);
    }
    p->restore();
}

QList<LegendEntry> FunnelPlot::legendEntries() const
{
    QList<LegendEntry> entries;
    if (m_data.empty())
        return entries;
    if (m_data.options.colourByStance)
        for (Stance s : stancesPresent(m_data.studies))
            entries << LegendEntry {stanceColor(s),
                                    s == Stance::Untagged ? PlotsText::tr("Not tagged") : stanceName(s)};
    if (m_data.analysis->trimfill && m_data.analysis->trimfill->k0 > 0)
        entries << LegendEntry {Qt::white, PlotsText::tr("Imputed by trim-and-fill"), true};
    return entries;
}

qint64 FunnelPlot::studyAt(const QPointF &point, const QRectF &rect) const
{
    if (m_data.empty())
        return 0;
    const synth::Analysis &a = *m_data.analysis;
    const Frame fr = frame(rect);
    qint64 best = 0;
    double bestDistance = 7;
    for (std::size_t i = 0; i < a.yi.size(); ++i) {
        const double d = QLineF(fr.map(a.yi[i], std::sqrt(a.vi[i])), point).length();
        if (d < bestDistance) {
            bestDistance = d;
            best = m_data.studies.value(qsizetype(i)).id;
        }
    }
    return best;
}

std::optional<QPointF> FunnelPlot::studyPoint(qint64 studyId, const QRectF &rect) const
{
    if (m_data.empty())
        return std::nullopt;
    const synth::Analysis &a = *m_data.analysis;
    const Frame fr = frame(rect);
    for (std::size_t i = 0; i < a.yi.size(); ++i)
        if (m_data.studies.value(qsizetype(i)).id == studyId)
            return fr.map(a.yi[i], std::sqrt(a.vi[i]));
    return std::nullopt;
}

} // namespace evidencedesk
