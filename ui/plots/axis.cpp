// SPDX-License-Identifier: GPL-3.0-or-later
#include "axis.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace evidencedesk {

namespace {

/// Natural-unit tick values of a log axis, coarse to fine: the mantissas of each decade.
QList<QList<double>> logMantissas()
{
    QList<double> finest;
    for (int i = 0; i < 20; ++i)
        finest << 1 + 0.05 * i;
    for (int i = 0; i < 30; ++i)
        finest << 2 + 0.1 * i;
    for (int i = 0; i < 20; ++i)
        finest << 5 + 0.25 * i;
    return {{1},
            {1, 2, 5},
            {1, 1.5, 2, 3, 5, 7},
            {1, 1.25, 1.5, 2, 2.5, 3, 4, 5, 6, 7, 8},
            {1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3, 3.5, 4, 4.5, 5, 6, 7, 8, 9},
            {1, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7, 1.8, 1.9, 2, 2.5, 3, 3.5, 4, 4.5, 5, 6, 7, 8, 9},
            finest};
}

/// The ticks that keep their distance, kept outwards from the null (or the first tick): a set that is crowded
/// in one place loses a tick there, not everywhere.
QList<double> thinned(const QList<double> &ticks, const std::function<double(double)> &pixel, double minSpacing)
{
    if (ticks.isEmpty())
        return ticks;
    qsizetype anchor = ticks.indexOf(0.0);
    if (anchor < 0)
        anchor = 0;
    QList<double> out {ticks[anchor]};
    for (qsizetype i = anchor + 1; i < ticks.size(); ++i)
        if (std::abs(pixel(ticks[i]) - pixel(out.last())) >= minSpacing)
            out.append(ticks[i]);
    for (qsizetype i = anchor - 1; i >= 0; --i)
        if (std::abs(pixel(out.first()) - pixel(ticks[i])) >= minSpacing)
            out.prepend(ticks[i]);
    return out;
}

bool spacedEnough(const QList<double> &ticks, const std::function<double(double)> &pixel, double minSpacing)
{
    for (qsizetype i = 1; i < ticks.size(); ++i)
        if (std::abs(pixel(ticks[i]) - pixel(ticks[i - 1])) < minSpacing)
            return false;
    return true;
}

/// Enough ticks to read the axis: three, and one on each side of the null when the axis crosses it.
bool readable(const QList<double> &ticks, double lo, double hi)
{
    if (ticks.size() < 3)
        return false;
    if (lo < 0 && hi > 0)
        return ticks.first() < 0 && ticks.last() > 0;
    return true;
}

QList<double> logCandidates(double lo, double hi, const QList<double> &mantissas)
{
    QList<double> out;
    for (int decade = -6; decade <= 6; ++decade)
        for (double m : mantissas) {
            const double v = std::log(m * std::pow(10.0, decade));
            if (v >= lo - 1e-12 && v <= hi + 1e-12)
                out << (std::abs(v) < 1e-12 ? 0.0 : v);
        }
    std::sort(out.begin(), out.end());
    return out;
}

QList<double> linearCandidates(double lo, double hi, double step)
{
    QList<double> out;
    for (double k = std::ceil(lo / step - 1e-9); k * step <= hi + step * 1e-9; ++k)
        out << (std::abs(k) < 0.5 ? 0.0 : k * step);
    return out;
}

int decimalsOf(double step)
{
    int d = 0;
    while (d < 10 && std::abs(step * std::pow(10.0, d) - std::round(step * std::pow(10.0, d))) > 1e-6)
        ++d;
    return d;
}

} // namespace

QString AxisTicks::label(double value) const
{
    const QLocale l;
    if (!logScale)
        return l.toString(value, 'f', decimals);
    const double natural = std::exp(value);
    // the fewest decimals that name the tick (0.125, 1.25, 1.1, 20), never an exponent
    for (int d = 0; d <= 6; ++d) {
        const double scaled = natural * std::pow(10.0, d);
        if (std::abs(scaled - std::round(scaled)) <= 1e-6 * std::max(1.0, scaled))
            return l.toString(natural, 'f', d);
    }
    return l.toString(natural, 'g', 3);
}

AxisTicks axisTicks(double lo, double hi, bool logScale, const std::function<double(double)> &pixel, double minSpacing)
{
    AxisTicks t;
    t.logScale = logScale;
    if (!(hi > lo) || !std::isfinite(lo) || !std::isfinite(hi))
        return t;
    QList<double> best;
    if (logScale) {
        const QList<QList<double>> sets = logMantissas();
        for (const QList<double> &mantissas : sets) {
            const QList<double> ticks = thinned(logCandidates(lo, hi, mantissas), pixel, minSpacing);
            if (readable(ticks, lo, hi)) {
                best = ticks;
                break;
            }
            if (ticks.size() > best.size())
                best = ticks;
        }
        // an axis that crosses the null but has no room for a round set on one side: the roundest value on
        // that side that keeps its distance from the others
        for (const bool below : {true, false}) {
            if (!(lo < 0 && hi > 0) || best.isEmpty() || (below ? best.first() < 0 : best.last() > 0))
                continue;
            bool added = false;
            for (const QList<double> &mantissas : sets) {
                QList<double> side = logCandidates(lo, hi, mantissas);
                if (below)
                    std::reverse(side.begin(), side.end());
                for (auto it = side.rbegin(); it != side.rend() && !added; ++it) { // farthest from the null first
                    if ((below && *it >= 0) || (!below && *it <= 0))
                        continue;
                    const double edge = below ? best.first() : best.last();
                    if (std::abs(pixel(*it) - pixel(edge)) >= minSpacing) {
                        if (below)
                            best.prepend(*it);
                        else
                            best.append(*it);
                        added = true;
                    }
                }
                if (added)
                    break;
            }
        }
    } else {
        const double span = hi - lo;
        const double top = std::pow(10.0, std::ceil(std::log10(span)));
        double chosenStep = top;
        for (double power = top; power >= top * 1e-4; power /= 10) {
            bool stop = false;
            for (double m : {5.0, 2.5, 2.0, 1.0}) {
                const double step = m * power; // m times a power of ten
                const QList<double> ticks = linearCandidates(lo, hi, step);
                if (!spacedEnough(ticks, pixel, minSpacing)) {
                    stop = true;
                    break;
                }
                best = ticks;
                chosenStep = step;
                if (readable(ticks, lo, hi)) {
                    stop = true;
                    break;
                }
            }
            if (stop)
                break;
        }
        t.decimals = decimalsOf(chosenStep);
    }
    if (best.isEmpty() && lo <= 0 && hi >= 0)
        best << 0.0;
    t.values = best;
    return t;
}

AxisTicks axisFromZero(double value, int ticks)
{
    AxisTicks t;
    if (!(value > 0) || !std::isfinite(value))
        value = 1;
    const int steps = std::max(1, ticks - 1);
    const double power = std::pow(10.0, std::floor(std::log10(value / steps)));
    double step = 10 * power;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (m * power * steps >= value * (1 - 1e-12)) {
            step = m * power;
            break;
        }
    const int n = int(std::ceil(value / step - 1e-9));
    for (int i = 0; i <= n; ++i)
        t.values << i * step;
    t.decimals = decimalsOf(step);
    return t;
}

} // namespace evidencedesk
