// SPDX-License-Identifier: GPL-3.0-or-later
// The forest plot, drawn with QPainter: Qt Charts has no notion of rows of text, squares sized by weight,
// summary diamonds and subgroup headers; a forest plot is a table as much as a chart. One paint() serves
// the window, PNG/SVG/PDF export and the report; long plots break into pages with the header repeated.
#pragma once

#include "axis.h"
#include "plotdata.h"

#include <QColor>
#include <QList>
#include <QRectF>
#include <QStringList>

#include <optional>

class QFontMetricsF;
class QPainter;

namespace evidencedesk {

class ForestPlot {
public:
    struct Row {
        enum Kind { GroupHeader, Study, Subtotal, Overall, FixedEffect, Prediction, Note, Spacer };
        Kind kind = Study;
        QString label;
        double estimate = 0, lower = 0, upper = 0; ///< on the analysis scale
        double weight = 0; ///< percent (studies)
        qint64 studyId = 0;
        int index = -1; ///< into PlotData::studies
        QString text; ///< Note rows
    };

    static constexpr double kRowHeight = 20, kHeaderHeight = 30, kFooterHeight = 92, kLegendHeight = 18;
    /// Below the rows: the axis, the "favours" labels, the legend when studies are coloured, heterogeneity.
    double footerHeight() const;

    explicit ForestPlot(PlotData data);
    const QList<Row> &rows() const { return m_rows; }
    /// Height of the whole plot on one page.
    double height() const;
    /// Rows that fit a page of this height (at least one).
    int rowsPerPage(double pageHeight) const;
    int pageCount(double pageHeight) const;
    /// Paints rows [first, first + count) with the header and the axis; the whole plot by default.
    void paint(QPainter *painter, const QRectF &rect, int first = 0, int count = -1) const;
    /// x of a value (analysis scale) in a rect of this width; for hit tests and checks.
    double xOf(double value, const QRectF &rect) const;
    qint64 studyAt(const QPointF &point, const QRectF &rect) const;
    /// Where a study's row is drawn in `rect` (its label's middle); null if the study has no row.
    std::optional<QPointF> studyPoint(qint64 studyId, const QRectF &rect) const;
    /// The footer's statistics line fitted to `width`: itself; else broken after the last "; " that lets the
    /// first line fit; what still does not fit is elided (never clipped).
    static QStringList footerLines(const QString &text, const QFontMetricsF &metrics, double width);

private:
    struct Geometry {
        double labelW, columnsW, ciW, weightW, x0, x1;
    };
    Geometry geometry(const QRectF &rect) const;
    void buildRows();
    struct Canvas;
    void paintHeader(const Canvas &c) const;
    void paintStudy(const Canvas &c, const Row &r, double y, double maxWeight) const;
    void paintSummary(const Canvas &c, const Row &r, double y) const;
    void paintPrediction(const Canvas &c, const Row &r, double y) const;
    void paintAxis(const Canvas &c, double top, double bottom) const;
    bool legendShown() const;
    QString columnText(PlotColumn column, const PlotStudy &s) const;

    PlotData m_data;
    QList<Row> m_rows;
    double m_lo = 0, m_hi = 1; ///< axis range (analysis scale)
};

/// One entry of a plot's legend: a swatch (or a hollow point) and what it means.
struct LegendEntry {
    QColor fill;
    QString text;
    bool hollow = false;
};

class FunnelPlot {
public:
    explicit FunnelPlot(PlotData data);
    void paint(QPainter *painter, const QRectF &rect) const;
    qint64 studyAt(const QPointF &point, const QRectF &rect) const;
    /// Where a study's point is drawn in `rect`; null if the study is not in the plot.
    std::optional<QPointF> studyPoint(qint64 studyId, const QRectF &rect) const;
    /// What the symbols mean, as drawn under the plot (empty: no legend).
    QList<LegendEntry> legendEntries() const;

private:
    struct Frame {
        QRectF area;
        double lo, hi, maxSe;
        AxisTicks seTicks; ///< 0 to maxSe
        QPointF map(double y, double se) const
        {
            return {area.left() + (y - lo) / (hi - lo) * area.width(), area.top() + se / maxSe * area.height()};
        }
    };
    Frame frame(const QRectF &rect) const;
    PlotData m_data;
};

} // namespace evidencedesk
