// SPDX-License-Identifier: GPL-3.0-or-later
// The forest plot, drawn with QPainter (Qt Charts has no notion of rows of text, squares sized by weight
// and a summary diamond; a forest plot is a table as much as a chart). The same paint() serves the
// window, image export and the report.
#pragma once

#include "plotdata.h"

#include <QRectF>
#include <QWidget>

class QPainter;

namespace evidencedesk {

class ForestPlot {
public:
    explicit ForestPlot(PlotData data) : m_data(std::move(data)) { }
    /// Height the plot needs at this width (rows of fixed height).
    double heightFor(double width) const;
    void paint(QPainter *painter, const QRectF &rect) const;
    /// The study drawn at a point, or 0.
    qint64 studyAt(const QPointF &point, const QRectF &rect) const;

private:
    PlotData m_data;
};

class FunnelPlot {
public:
    explicit FunnelPlot(PlotData data) : m_data(std::move(data)) { }
    void paint(QPainter *painter, const QRectF &rect) const;
    qint64 studyAt(const QPointF &point, const QRectF &rect) const;

private:
    QRectF plotArea(const QRectF &rect) const;
    PlotData m_data;
};

/// A widget that shows a forest or funnel plot of the current result, or why there is none.
class PlotWidget : public QWidget {
    Q_OBJECT

public:
    enum class Kind { Forest, Funnel };
    explicit PlotWidget(Kind kind, QWidget *parent = nullptr);
    void setData(const PlotData &data);
    void setMessage(const QString &message);
    Kind kind() const { return m_kind; }
    QSize sizeHint() const override;
    int heightForWidth(int width) const override;
    bool hasHeightForWidth() const override { return m_kind == Kind::Forest; }

signals:
    void studyClicked(qint64 studyId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    Kind m_kind;
    PlotData m_data;
    QString m_message;
};

} // namespace evidencedesk
