// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plotdata.h"

#include <QString>

#include <optional>

namespace evidencedesk {

enum class PlotKind { Forest, Funnel };
enum class PlotFormat { Png, Svg, Pdf };

/// By file extension (.png, .svg, .pdf).
std::optional<PlotFormat> plotFormatFor(const QString &path);

/// Writes a plot to `path`: PNG at `dpi`, SVG (text stays text), or PDF (vector; a long forest plot breaks
/// across A4 pages with its header repeated). False with `error` on failure; never half a file.
bool exportPlot(const PlotData &data, PlotKind kind, const QString &path, QString &error, int dpi = 150);

/// The logical size a plot is drawn at (1/96 inch units).
QSizeF plotSize(const PlotData &data, PlotKind kind);

} // namespace evidencedesk
