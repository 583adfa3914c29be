// SPDX-License-Identifier: GPL-3.0-or-later
#include "robplot.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace evidencedesk {

namespace {

/// The translation context of this file (lupdate reads RobPlotText::tr calls).
struct RobPlotText {
    Q_DECLARE_TR_FUNCTIONS(RobPlotText)
};

constexpr double kMargin = 6, kTitle = 24, kHeader = 22, kRow = TrafficLightPlot::kRowHeight, kColumn = 38,
                 kRadius = 10, kGap = 10, kLegendLine = 17, kBarWidth = 420, kBar = 20, kBarGap = 8;

QFont plotFont()
{
    QFont f;
    f.setPointSizeF(9);
    return f;
}

QFont boldFont()
{
    QFont f = plotFont();
    f.setBold(true);
    return f;
}

/// The judgements a legend or a bar shows for a tool: its own, then not assessed.
QList<RobJudgement> shownJudgements(RobTool t)
{
    return robJudgements(t) << RobJudgement::NotAssessed;
}

QColor textOn(const QColor &background)
{
    return robTextColorOn(background);
}

} // namespace

void drawRobJudgement(QPainter *p, const QPointF &centre, RobJudgement j, double radius)
{
    const QColor c = robColor(j);
    p->setPen(QPen(j == RobJudgement::NotAssessed ? QColor(0x9e, 0x9e, 0x9e) : c.darker(130), 1));
    p->setBrush(j == RobJudgement::NotAssessed ? QBrush(Qt::white) : QBrush(c));
    p->drawEllipse(centre, radius, radius);
    const QString symbol = robJudgementSymbol(j);
    if (symbol.isEmpty())
        return;
    p->setPen(textOn(c));
    p->drawText(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius), Qt::AlignCenter, symbol);
}

namespace {

void drawJudgement(QPainter *p, const QPointF &centre, RobJudgement j, double radius)
{
    drawRobJudgement(p, centre, j, radius);
}

/// The key under a plot: each domain's name, then each judgement with its symbol and colour. Returns its height.
/// `symbols`: the traffic-light plot's circles, and the domains named (the summary plot names its bars itself).
double paintLegend(QPainter *p, const QList<RobPanel> &panels, double left, double top, bool symbols, bool draw)
{
    const QFontMetricsF fm(plotFont());
    double y = top;
    for (const RobPanel &panel : panels) {
        if (draw) {
            p->setFont(boldFont());
            p->setPen(Qt::black);
            p->drawText(QPointF(left, y + fm.ascent()),
                        !symbols                ? RobPlotText::tr("%1 judgements").arg(robToolName(panel.tool))
                            : panels.size() > 1 ? RobPlotText::tr("%1 domains").arg(robToolName(panel.tool))
                                                : RobPlotText::tr("Domains"));
            p->setFont(plotFont());
        }
        y += kLegendLine;
        for (int d = 0; symbols && d < robDomainCount(panel.tool); ++d) {
            if (draw)
                p->drawText(
                    QPointF(left, y + fm.ascent()),
                    QStringLiteral("%1: %2").arg(robDomainShortName(panel.tool, d), robDomainName(panel.tool, d)));
            y += kLegendLine;
        }
        double x = left;
        for (RobJudgement j : shownJudgements(panel.tool)) {
            const QString name = robJudgementName(j);
            if (draw) {
                if (symbols) {
                    drawJudgement(p, QPointF(x + 7, y + 8), j, 7);
                } else {
                    p->setPen(QPen(QColor(0x9e, 0x9e, 0x9e), 0.5));
                    p->setBrush(j == RobJudgement::NotAssessed ? QColor(0xee, 0xee, 0xee) : robColor(j));
                    p->drawRect(QRectF(x, y + 2, 12, 12));
                }
                p->setPen(Qt::black);
                p->drawText(QPointF(x + 18, y + fm.ascent()), name);
            }
            x += 18 + fm.horizontalAdvance(name) + 16;
        }
        y += kLegendLine + 6;
    }
    return y - top;
}

double legendWidth(const QList<RobPanel> &panels, bool domains)
{
    const QFontMetricsF fm(plotFont());
    double w = 0;
    for (const RobPanel &panel : panels) {
        for (int d = 0; domains && d < robDomainCount(panel.tool); ++d)
            w = std::max(w,
                         fm.horizontalAdvance(QStringLiteral("%1: %2").arg(robDomainShortName(panel.tool, d),
                                                                           robDomainName(panel.tool, d))));
        double x = 0;
        for (RobJudgement j : shownJudgements(panel.tool))
            x += 18 + fm.horizontalAdvance(robJudgementName(j)) + 16;
        w = std::max(w, x);
    }
    return w;
}

double labelWidth(const PlotData &data, const QList<RobPanel> &panels, double most)
{
    const QFontMetricsF fm(plotFont());
    double w = fm.horizontalAdvance(RobPlotText::tr("Study"));
    for (const RobPanel &panel : panels)
        for (qsizetype i : panel.studies)
            w = std::max(w, fm.horizontalAdvance(data.studies[i].label));
    return std::min(w + 4, most);
}

} // namespace

QColor robTextColorOn(const QColor &background)
{
    const double luminance
        = 0.299 * background.redF() + 0.587 * background.greenF() + 0.114 * background.blueF(); // as perceived
    return luminance > 0.55 ? Qt::black : Qt::white;
}

QList<int> wholePercentages(const QList<double> &shares)
{
    QList<int> out;
    QList<std::pair<double, qsizetype>> remainders;
    int total = 0;
    for (qsizetype i = 0; i < shares.size(); ++i) {
        const int whole = int(std::floor(shares[i]));
        out << whole;
        total += whole;
        remainders.append({shares[i] - whole, i});
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    const double sum = std::accumulate(shares.begin(), shares.end(), 0.0);
    for (qsizetype k = 0; k < remainders.size() && total < qRound(sum); ++k, ++total)
        ++out[remainders[k].second];
    return out;
}

QColor robColor(RobJudgement j)
{
    switch (j) {
    case RobJudgement::Low:
        return QColor(0x02, 0xc1, 0x00);
    case RobJudgement::SomeConcerns:
    case RobJudgement::Moderate:
        return QColor(0xe2, 0xdf, 0x07);
    case RobJudgement::High:
    case RobJudgement::Serious:
        return QColor(0xbf, 0x00, 0x00);
    case RobJudgement::Critical:
        return QColor(0x82, 0x00, 0x00);
    case RobJudgement::NoInformation:
        return QColor(0x4e, 0xa1, 0xf7);
    case RobJudgement::NotAssessed:
        break;
    }
    return QColor(0xee, 0xee, 0xee);
}

QList<RobPanel> robPanels(const PlotData &data)
{
    QList<RobPanel> panels;
    for (RobTool tool : {RobTool::Rob2, RobTool::RobinsI}) {
        RobPanel panel;
        panel.tool = tool;
        for (qsizetype i = 0; i < data.studies.size(); ++i) {
            const RobAssessment &a = data.studies[i].risk;
            if (!a.domains.isEmpty() && a.tool == tool && a.isJudged())
                panel.studies.append(i);
        }
        if (!panel.studies.isEmpty())
            panels.append(panel);
    }
    return panels;
}

// ------------------------------------------------------------------------------------------ traffic light

TrafficLightPlot::TrafficLightPlot(const PlotData &data) : m_data(data), m_panels(robPanels(data))
{
    m_labelWidth = labelWidth(data, m_panels, 280);
}

QSizeF TrafficLightPlot::size() const
{
    double width = 0, height = 0;
    for (const RobPanel &panel : m_panels) {
        width = std::max(width, m_labelWidth + kGap + (robDomainCount(panel.tool) + 1) * kColumn + kGap);
        height += kTitle + kHeader + panel.studies.size() * kRow + kGap;
    }
    width = std::max(width, legendWidth(m_panels, true));
    height += paintLegend(nullptr, m_panels, 0, 0, true, false);
    return QSizeF(width + 2 * kMargin, height + 2 * kMargin);
}

void TrafficLightPlot::paint(QPainter *p, const QRectF &rect) const
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QFontMetricsF fm(plotFont());
    double y = rect.top();
    const double left = rect.left();
    for (const RobPanel &panel : m_panels) {
        const int n = robDomainCount(panel.tool);
        auto column = [&](int d) { // d = -1: overall, after a gap
            const double x0 = left + m_labelWidth + kGap + kColumn / 2;
            return d < 0 ? x0 + n * kColumn + kGap : x0 + d * kColumn;
        };
        p->setFont(boldFont());
        p->setPen(Qt::black);
        p->drawText(QPointF(left, y + fm.ascent() + 4), robToolName(panel.tool));
        y += kTitle;
        p->drawText(QRectF(left, y, m_labelWidth, kHeader), Qt::AlignLeft | Qt::AlignVCenter, RobPlotText::tr("Study"));
        for (int d = -1; d < n; ++d)
            p->drawText(QRectF(column(d) - kColumn / 2 - (d < 0 ? 8 : 0), y, kColumn + (d < 0 ? 16 : 0), kHeader),
                        Qt::AlignCenter, robDomainShortName(panel.tool, d));
        y += kHeader;
        p->setFont(plotFont());
        for (qsizetype i = 0; i < panel.studies.size(); ++i) {
            const PlotStudy &s = m_data.studies[panel.studies[i]];
            if (i % 2 == 0) { // banded rows, as printed tables
                p->setPen(Qt::NoPen);
                p->setBrush(QColor(0xf4, 0xf4, 0xf4));
                p->drawRect(QRectF(left, y, column(-1) + kColumn / 2 - left, kRow));
            }
            p->setPen(Qt::black);
            p->drawText(QRectF(left + 2, y, m_labelWidth - 2, kRow), Qt::AlignLeft | Qt::AlignVCenter,
                        fm.elidedText(s.label, Qt::ElideRight, m_labelWidth - 4));
            for (int d = 0; d < n; ++d)
                drawJudgement(p, QPointF(column(d), y + kRow / 2), s.risk.domains.value(d), kRadius);
            drawJudgement(p, QPointF(column(-1), y + kRow / 2), s.risk.overallOrDerived(), kRadius);
            y += kRow;
        }
        y += kGap;
    }
    paintLegend(p, m_panels, left, y, true, true);
    p->restore();
}

// ------------------------------------------------------------------------------------------------ summary

RobSummaryPlot::RobSummaryPlot(const PlotData &data) : m_data(data), m_panels(robPanels(data))
{
    const QFontMetricsF fm(plotFont());
    double w = 0;
    for (const RobPanel &panel : m_panels)
        for (int d = -1; d < robDomainCount(panel.tool); ++d)
            w = std::max(w, fm.horizontalAdvance(robDomainName(panel.tool, d)));
    m_labelWidth = std::min(w + 8, 360.0);
}

QList<double> RobSummaryPlot::shares(const RobPanel &panel, int domain) const
{
    const QList<RobJudgement> judgements = shownJudgements(panel.tool);
    QList<double> weight(judgements.size(), 0.0);
    double total = 0;
    for (qsizetype i : panel.studies) {
        const RobAssessment &a = m_data.studies[i].risk;
        const double w = m_data.analysis && std::size_t(i) < m_data.analysis->weights.size()
            ? m_data.analysis->weights[std::size_t(i)]
            : 1.0;
        const RobJudgement j = domain < 0 ? a.overallOrDerived() : a.domains.value(domain);
        const qsizetype at = judgements.indexOf(j);
        weight[at < 0 ? judgements.size() - 1 : at] += w;
        total += w;
    }
    for (double &x : weight)
        x = total > 0 ? 100 * x / total : 0;
    return weight;
}

QSizeF RobSummaryPlot::size() const
{
    double height = 0;
    for (const RobPanel &panel : m_panels)
        height += kTitle + (robDomainCount(panel.tool) + 1) * (kBar + kBarGap) + 24 + kGap;
    height += paintLegend(nullptr, m_panels, 0, 0, false, false);
    // room on the right for the axis' last label
    const double width = std::max(m_labelWidth + kGap + kBarWidth + 24, legendWidth(m_panels, false));
    return QSizeF(width + 2 * kMargin, height + 2 * kMargin);
}

void RobSummaryPlot::paint(QPainter *p, const QRectF &rect) const
{
    p->save();
    const QFontMetricsF fm(plotFont());
    double y = rect.top();
    const double left = rect.left(), barLeft = left + m_labelWidth + kGap;
    for (const RobPanel &panel : m_panels) {
        p->setFont(boldFont());
        p->setPen(Qt::black);
        p->drawText(QPointF(left, y + fm.ascent() + 4),
                    RobPlotText::tr("%1: share of the weight at each judgement").arg(robToolName(panel.tool)));
        y += kTitle;
        p->setFont(plotFont());
        const QList<RobJudgement> judgements = shownJudgements(panel.tool);
        for (int d = 0; d <= robDomainCount(panel.tool); ++d) {
            const int domain = d == robDomainCount(panel.tool) ? -1 : d; // the overall bar last, in bold
            p->setFont(domain < 0 ? boldFont() : plotFont());
            p->setPen(Qt::black);
            p->drawText(QRectF(left, y, m_labelWidth, kBar), Qt::AlignRight | Qt::AlignVCenter,
                        fm.elidedText(robDomainName(panel.tool, domain), Qt::ElideRight, m_labelWidth - 8));
            const QList<double> share = shares(panel, domain);
            const QList<int> shown = wholePercentages(share); // the printed shares add up to 100
            double x = barLeft;
            for (qsizetype k = 0; k < share.size(); ++k) {
                const double w = kBarWidth * share[k] / 100;
                if (w <= 0)
                    continue;
                const QColor c = robColor(judgements[k]);
                p->setPen(QPen(Qt::white, 0.5));
                p->setBrush(c);
                p->drawRect(QRectF(x, y, w, kBar));
                const QString text = QStringLiteral("%1%").arg(shown[k]);
                if (fm.horizontalAdvance(text) + 4 < w) {
                    p->setPen(textOn(c));
                    p->drawText(QRectF(x, y, w, kBar), Qt::AlignCenter, text);
                }
                x += w;
            }
            y += kBar + kBarGap;
        }
        // the axis: 0 to 100% of the weight
        p->setFont(plotFont());
        p->setPen(QPen(Qt::black, 0.8));
        p->drawLine(QPointF(barLeft, y), QPointF(barLeft + kBarWidth, y));
        for (int t = 0; t <= 100; t += 25) {
            const double x = barLeft + kBarWidth * t / 100.0;
            p->drawLine(QPointF(x, y), QPointF(x, y + 4));
            p->drawText(QRectF(x - 20, y + 4, 40, 16), Qt::AlignCenter, QStringLiteral("%1%").arg(t));
        }
        y += 24 + kGap;
    }
    paintLegend(p, m_panels, left, y, false, true);
    p->restore();
}

} // namespace evidencedesk
