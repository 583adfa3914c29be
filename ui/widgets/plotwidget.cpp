// SPDX-License-Identifier: GPL-3.0-or-later
#include "plotwidget.h"
#include "forestplot.h"
#include "reviewfile.h"

#include <QContextMenuEvent>
#include <QFileDialog>
#include <QInputDialog>
#include <QMenu>
#include <QPainter>
#include <QToolTip>

namespace evidencedesk {

PlotWidget::PlotWidget(PlotKind kind, QWidget *parent) : QWidget(parent), m_kind(kind)
{
    setMouseTracking(true);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setSizePolicy(QSizePolicy::Expanding, kind == PlotKind::Forest ? QSizePolicy::Minimum : QSizePolicy::Expanding);
}

void PlotWidget::setData(const PlotData &data)
{
    m_data = data;
    m_message.clear();
    setMinimumHeight(m_kind == PlotKind::Forest && !data.empty() ? int(ForestPlot(data).height()) + 12 : 0);
    if (robPlot()) // drawn at its own size: a scroll area around it scrolls
        setMinimumSize(canPlot(data, m_kind) ? sizeHint() : QSize(0, 0));
    updateGeometry();
    update();
}

void PlotWidget::setSelected(const QSet<qint64> &ids)
{
    m_data.selected = ids;
    update();
}

void PlotWidget::setMessage(const QString &message)
{
    m_data = PlotData();
    m_message = message;
    setMinimumSize(0, 0);
    updateGeometry();
    update();
}

QSize PlotWidget::sizeHint() const
{
    if (robPlot())
        return canPlot(m_data, m_kind) ? (plotSize(m_data, m_kind) + QSizeF(16, 12)).toSize() : QSize(480, 200);
    return m_kind == PlotKind::Forest ? QSize(640, m_data.empty() ? 200 : int(ForestPlot(m_data).height()) + 12)
                                      : QSize(480, 360);
}

bool PlotWidget::robPlot() const
{
    return m_kind == PlotKind::RobTrafficLight || m_kind == PlotKind::RobSummary;
}

QRectF PlotWidget::plotRect() const
{
    return QRectF(rect()).adjusted(8, 6, -8, -6);
}

std::optional<QPoint> PlotWidget::studyPosition(qint64 studyId) const
{
    if (m_data.empty() || robPlot())
        return std::nullopt;
    const std::optional<QPointF> p = m_kind == PlotKind::Forest ? ForestPlot(m_data).studyPoint(studyId, plotRect())
                                                                : FunnelPlot(m_data).studyPoint(studyId, plotRect());
    return p ? std::optional<QPoint>(p->toPoint()) : std::nullopt;
}

qint64 PlotWidget::studyAt(const QPointF &p) const
{
    if (m_data.empty() || robPlot())
        return 0;
    return m_kind == PlotKind::Forest ? ForestPlot(m_data).studyAt(p, plotRect())
                                      : FunnelPlot(m_data).studyAt(p, plotRect());
}

void PlotWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    if (m_data.empty() || !canPlot(m_data, m_kind)) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(plotRect(), Qt::AlignCenter | Qt::TextWordWrap,
                   m_data.empty() ? m_message
                                  : tr("No study of the synthesis has a risk-of-bias judgement for this outcome yet."));
        return;
    }
    if (robPlot()) {
        p.fillRect(rect(), Qt::white); // the plots' colours are a printed figure's, on white in any theme
        paintPlot(&p, m_data, m_kind, plotRect());
    } else if (m_kind == PlotKind::Forest)
        ForestPlot(m_data).paint(&p, plotRect());
    else
        FunnelPlot(m_data).paint(&p, plotRect());
}

void PlotWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        if (const qint64 id = studyAt(event->position()))
            emit studyClicked(id);
}

void PlotWidget::mouseMoveEvent(QMouseEvent *event)
{
    const qint64 id = studyAt(event->position());
    for (const PlotStudy &s : std::as_const(m_data.studies))
        if (id && s.id == id) {
            QToolTip::showText(event->globalPosition().toPoint(), s.label, this);
            return;
        }
    QToolTip::hideText();
}

void PlotWidget::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    if (const qint64 id = studyAt(event->pos())) {
        QString label;
        for (const PlotStudy &s : std::as_const(m_data.studies))
            if (s.id == id)
                label = s.label;
        menu.addAction(tr("Exclude %1 from the synthesis").arg(label), this,
                       [this, id] { emit includeRequested(id, false); });
        menu.addSeparator();
    }
    QAction *exportAction = menu.addAction(tr("Export plot\u2026"), this, &PlotWidget::exportDialog);
    exportAction->setEnabled(canPlot(m_data, m_kind));
    menu.exec(event->globalPos());
}

void PlotWidget::exportDialog()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export plot"),
                                       m_kind == PlotKind::Forest                ? tr("forest-plot.svg")
                                           : m_kind == PlotKind::Funnel          ? tr("funnel-plot.svg")
                                           : m_kind == PlotKind::RobTrafficLight ? tr("risk-of-bias-traffic-light.svg")
                                                                                 : tr("risk-of-bias-summary.svg"),
                                       tr("SVG (*.svg);;PDF (*.pdf);;PNG image (*.png)"));
    if (path.isEmpty())
        return;
    int dpi = 150;
    if (plotFormatFor(path) == PlotFormat::Png) {
        bool ok = false;
        dpi = QInputDialog::getInt(this, tr("Export plot"), tr("Resolution (dots per inch):"), 300, 72, 1200, 50, &ok);
        if (!ok)
            return;
    }
    QString error;
    // never over a review (the open one included: it is recognised by its content) or a file beside one
    if (!checkOutputPath(path, {}, error) || !exportPlot(m_data, m_kind, path, error, dpi))
        emit exportFailed(error);
}

} // namespace evidencedesk
