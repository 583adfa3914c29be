// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plotdata.h"

#include <QString>

class QPainter;

#include <optional>

namespace evidencedesk {

enum class PlotKind { Forest, Funnel, RobTrafficLight, RobSummary };
enum class PlotFormat { Png, Svg, Pdf };

/// By file extension (.png, .svg, .pdf).
std::optional<PlotFormat> plotFormatFor(const QString &path);

/// Writes a plot to `path`: PNG at `dpi`, SVG (text stays text), or PDF (vector; a long forest plot breaks
/// across A4 pages with its header repeated). False with `error` on failure; never half a file.
bool exportPlot(const PlotData &data, PlotKind kind, const QString &path, QString &error, int dpi = 150);

/// The logical size a plot is drawn at (1/96 inch units).
/// Whether the data have anything to draw for that kind of plot (a synthesis; for the risk-of-bias plots, an
/// appraised study).
bool canPlot(const PlotData &data, PlotKind kind);
/// Draws a plot of any kind into `rect` (the risk-of-bias plots and the funnel plot at their size, scaled down to fit).
void paintPlot(QPainter *p, const PlotData &data, PlotKind kind, const QRectF &rect);
QSizeF plotSize(const PlotData &data, PlotKind kind);

} // namespace evidencedesk
