// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plotdata.h"
#include "plotexport.h"

#include <QWidget>

namespace evidencedesk {

/// Shows a forest or funnel plot of the current result, or why there is none. Hover names a study, a
/// click selects it (in the table too), the context menu includes or excludes it and exports the plot.
class PlotWidget : public QWidget {
    Q_OBJECT

public:
    explicit PlotWidget(PlotKind kind, QWidget *parent = nullptr);
    void setData(const PlotData &data);
    void setSelected(const QSet<qint64> &ids);
    void setMessage(const QString &message);
    const PlotData &data() const { return m_data; }
    PlotKind kind() const { return m_kind; }
    QSize sizeHint() const override;
    /// Where a study is drawn in the widget (for a click on it), or null.
    std::optional<QPoint> studyPosition(qint64 studyId) const;
    /// Asks for a file and writes the plot (PNG at a chosen resolution, SVG, PDF).
    void exportDialog();

signals:
    void studyClicked(qint64 studyId);
    void includeRequested(qint64 studyId, bool include);
    void exportFailed(const QString &message);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    QRectF plotRect() const;
    bool robPlot() const; ///< a risk-of-bias plot (drawn at its size; no study to point at)
    qint64 studyAt(const QPointF &p) const;
    PlotKind m_kind;
    PlotData m_data;
    QString m_message;
};

} // namespace evidencedesk
