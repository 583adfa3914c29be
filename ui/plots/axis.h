// SPDX-License-Identifier: GPL-3.0-or-later
// Axis ticks that read: round numbers, enough of them on both sides of the null, never crowded.
#pragma once

#include <QList>
#include <QString>

#include <functional>

namespace evidencedesk {

/// Where to put the ticks of an axis covering [lo, hi] on the analysis scale, and how to label them.
struct AxisTicks {
    QList<double> values; ///< on the analysis scale (log for a ratio axis), ascending, all inside [lo, hi]
    int decimals = 0; ///< of a linear axis' labels
    bool logScale = false;
    /// A tick's label in natural units: "0.8", "1.25", "2" on a log axis; "-0.50", "0.25" on a linear one.
    QString label(double value) const;
};

/// Ticks for [lo, hi]. `pixel` maps a value (analysis scale) to the screen, `minSpacing` is the least distance
/// between two ticks in pixels. A log axis takes natural-unit values (0.5, 1, 2; 0.7, 1, 1.5; 0.8, 0.9, 1, 1.1,
/// 1.25, ...), a linear one multiples of 1, 2, 2.5 or 5 times a power of ten: the coarsest round set that
/// gives at least three ticks (and one on each side of the null where the axis crosses it) without crowding.
/// The null is a tick whenever it is inside the axis.
AxisTicks axisTicks(double lo, double hi, bool logScale, const std::function<double(double)> &pixel, double minSpacing);

/// A linear axis from 0 that covers `value` in at most `ticks` round steps and ends on its last tick
/// (0.22 -> 0, 0.05, ..., 0.25): the funnel's standard-error axis ends on a labelled value.
AxisTicks axisFromZero(double value, int ticks = 5);

} // namespace evidencedesk
