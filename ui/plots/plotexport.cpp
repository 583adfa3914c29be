// SPDX-License-Identifier: GPL-3.0-or-later
#include "plotexport.h"
#include "forestplot.h"
#include "robplot.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace evidencedesk {

namespace {

/// The translation context of this file (lupdate reads PlotExportText::tr calls).
struct PlotExportText {
    Q_DECLARE_TR_FUNCTIONS(PlotExportText)
};

constexpr double kForestWidth = 900, kFunnelWidth = 640, kFunnelHeight = 480;

QString plotTitle(PlotKind kind)
{
    switch (kind) {
    case PlotKind::Forest:
        return PlotExportText::tr("Forest plot");
    case PlotKind::Funnel:
        return PlotExportText::tr("Funnel plot");
    case PlotKind::RobTrafficLight:
        return PlotExportText::tr("Risk of bias: traffic-light plot");
    case PlotKind::RobSummary:
        break;
    }
    return PlotExportText::tr("Risk of bias: summary plot");
}

} // namespace

bool canPlot(const PlotData &data, PlotKind kind)
{
    if (data.empty())
        return false;
    return (kind != PlotKind::RobTrafficLight && kind != PlotKind::RobSummary) || !robPanels(data).isEmpty();
}

void paintPlot(QPainter *p, const PlotData &data, PlotKind kind, const QRectF &rect)
{
    switch (kind) {
    case PlotKind::Forest:
        ForestPlot(data).paint(p, rect);
        return;
    case PlotKind::Funnel:
        FunnelPlot(data).paint(p, rect);
        return;
    case PlotKind::RobTrafficLight:
    case PlotKind::RobSummary:
        break;
    }
    const QSizeF natural = plotSize(data, kind) - QSizeF(12, 12);
    const double scale = std::min({1.0, rect.width() / natural.width(), rect.height() / natural.height()});
    p->save();
    p->translate(rect.topLeft());
    p->scale(scale, scale);
    const QRectF at(QPointF(0, 0), natural);
    if (kind == PlotKind::RobTrafficLight)
        TrafficLightPlot(data).paint(p, at);
    else
        RobSummaryPlot(data).paint(p, at);
    p->restore();
}

std::optional<PlotFormat> plotFormatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return PlotFormat::Png;
    if (suffix == QLatin1String("svg"))
        return PlotFormat::Svg;
    if (suffix == QLatin1String("pdf"))
        return PlotFormat::Pdf;
    return std::nullopt;
}

QSizeF plotSize(const PlotData &data, PlotKind kind)
{
    switch (kind) {
    case PlotKind::Forest:
        return QSizeF(kForestWidth, ForestPlot(data).height() + 12);
    case PlotKind::Funnel:
        return QSizeF(kFunnelWidth, kFunnelHeight);
    case PlotKind::RobTrafficLight:
        return TrafficLightPlot(data).size();
    case PlotKind::RobSummary:
        break;
    }
    return RobSummaryPlot(data).size();
}

bool exportPlot(const PlotData &data, PlotKind kind, const QString &path, QString &error, int dpi)
{
    const auto format = plotFormatFor(path);
    if (!format) {
        error = PlotExportText::tr("%1: unknown image type (use .png, .svg or .pdf)").arg(path);
        return false;
    }
    if (data.empty()) {
        error = PlotExportText::tr("there is no analysis to plot");
        return false;
    }
    if (!canPlot(data, kind)) {
        error = PlotExportText::tr("no study of the synthesis has a risk-of-bias judgement for this outcome");
        return false;
    }
    const QSizeF size = plotSize(data, kind);
    if (*format == PlotFormat::Png) {
        // an image is held whole in memory: one too large is refused before it is drawn (PDF pages a forest plot)
        const QSizeF pixels = size * (std::clamp(dpi, 36, 1200) / 96.0);
        constexpr double kMaxPixels = 64e6;
        if (pixels.width() * pixels.height() > kMaxPixels || pixels.height() > 32000 || pixels.width() > 32000) {
            error
                = (kind == PlotKind::Forest
                       ? PlotExportText::tr("%1: the plot would be %2 × %3 pixels at %4 dpi, more than a PNG may "
                                            "have here (%5 million pixels): write it as PDF (paged) or SVG, or at a "
                                            "lower resolution")
                       : PlotExportText::tr("%1: the plot would be %2 × %3 pixels at %4 dpi, more than a PNG may "
                                            "have here (%5 million pixels): write it as SVG or PDF, or at a lower "
                                            "resolution"))
                      .arg(path, QString::number(qRound64(pixels.width())), QString::number(qRound64(pixels.height())),
                           QString::number(dpi), QString::number(qRound(kMaxPixels / 1e6)));
            return false;
        }
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        error = PlotExportText::tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    switch (*format) {
    case PlotFormat::Png: {
        const double scale = std::clamp(dpi, 36, 1200) / 96.0;
        QImage image((size * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter p(&image); // painted at 96 dpi and scaled: fonts scale with the rest
        p.scale(scale, scale);
        paintPlot(&p, data, kind, QRectF(QPointF(6, 6), size - QSizeF(12, 12)));
        p.end();
        image.setDotsPerMeterX(int(dpi / 0.0254)); // the resolution is only recorded in the file
        image.setDotsPerMeterY(int(dpi / 0.0254));
        if (!image.save(&file, "PNG")) {
            error = PlotExportText::tr("%1: the image could not be written").arg(path);
            return false;
        }
        break;
    }
    case PlotFormat::Svg: {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(size.toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), size));
        svg.setTitle(plotTitle(kind));
        svg.setDescription(PlotExportText::tr("Made with EvidenceDesk"));
        QPainter p(&svg);
        paintPlot(&p, data, kind, QRectF(QPointF(6, 6), size - QSizeF(12, 12)));
        p.end();
        break;
    }
    case PlotFormat::Pdf: {
        QPdfWriter pdf(&file);
        pdf.setCreator(QStringLiteral("EvidenceDesk"));
        pdf.setTitle(plotTitle(kind));
        pdf.setResolution(96); // painter units are 1/96 inch, as on screen
        const bool rob = kind == PlotKind::RobTrafficLight || kind == PlotKind::RobSummary;
        if (rob) { // a page the plot's own size, as a figure for a journal
            pdf.setPageSize(QPageSize(size * (72.0 / 96.0), QPageSize::Point, QString(), QPageSize::ExactMatch));
            pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        } else {
            pdf.setPageSize(QPageSize(QPageSize::A4));
            pdf.setPageOrientation(kind == PlotKind::Forest ? QPageLayout::Portrait : QPageLayout::Landscape);
            pdf.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
        }
        QPainter p(&pdf);
        const QRectF page = QRectF(QPointF(0, 0), QSizeF(pdf.width(), pdf.height()));
        if (kind == PlotKind::Forest) {
            const ForestPlot forest(data);
            const int per = forest.rowsPerPage(page.height());
            for (int first = 0, n = 0; first < forest.rows().size(); first += per, ++n) {
                if (n > 0)
                    pdf.newPage();
                forest.paint(&p, page, first, per);
            }
        } else if (rob) {
            paintPlot(&p, data, kind, QRectF(QPointF(6, 6), size - QSizeF(12, 12)));
        } else {
            const QSizeF fit = size.scaled(page.size(), Qt::KeepAspectRatio);
            FunnelPlot(data).paint(&p, QRectF(page.topLeft(), fit));
        }
        p.end();
        break;
    }
    }
    if (!file.commit()) {
        error = PlotExportText::tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace evidencedesk
