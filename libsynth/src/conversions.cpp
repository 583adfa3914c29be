// SPDX-License-Identifier: GPL-3.0-or-later
#include "synth/conversions.h"
#include "stats.h"

#include <cmath>
#include <limits>

namespace synth {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

bool finite(double x)
{
    return std::isfinite(x);
}

/// xi(n), the expected range of n standard normal values, as Wan et al. (2014) use it: for n <= 50 the exact
/// expectation (their Table 1), here by quadrature of E[R] = integral of 1 - Phi(x)^n - (1 - Phi(x))^n over x;
/// above 50 Blom's approximation 2 Phi^-1((n - 0.375) / (n + 0.25)) (their formula 7).
double expectedNormalRange(double n)
{
    if (n > 50 || n != std::floor(n))
        return 2 * detail::normalQuantile((n - 0.375) / (n + 0.25));
    // Simpson's rule on [-9, 9], where the integrand is below 1e-17 outside for n <= 50
    constexpr int kSteps = 3600;
    constexpr double a = -9, b = 9, h = (b - a) / kSteps;
    auto f = [n](double x) {
        const double lower = detail::normalUpper(-x), upper = detail::normalUpper(x); // Phi(x), 1 - Phi(x)
        return 1 - std::pow(lower, n) - std::pow(upper, n);
    };
    double sum = f(a) + f(b);
    for (int i = 1; i < kSteps; ++i)
        sum += (i % 2 ? 4 : 2) * f(a + i * h);
    return sum * h / 3;
}
} // namespace

EstimateSe fromConfidenceInterval(double estimate, double lower, double upper, double level, bool ratio)
{
    if (!finite(estimate) || !finite(lower) || !finite(upper) || !(level > 0 && level < 100) || lower > upper
        || (ratio && (estimate <= 0 || lower <= 0)))
        return {kNaN, kNaN};
    const double z = detail::normalQuantile(0.5 + level / 200);
    const double lo = ratio ? std::log(lower) : lower, hi = ratio ? std::log(upper) : upper;
    return {ratio ? std::log(estimate) : estimate, (hi - lo) / (2 * z)};
}

EstimateSe fromPValue(double estimate, double p, bool ratio)
{
    if (!finite(estimate) || !(p > 0 && p < 1) || (ratio && estimate <= 0))
        return {kNaN, kNaN};
    const double yi = ratio ? std::log(estimate) : estimate;
    if (yi == 0)
        return {yi, kNaN};
    const double z = -detail::normalQuantile(p / 2); // not 1 - p/2: a small p keeps its digits
    return {yi, std::abs(yi) / z};
}

double sdFromSe(double se, double n)
{
    return finite(se) && se >= 0 && finite(n) && n >= 1 ? se * std::sqrt(n) : kNaN;
}

MeanSd fromMedianIqr(double q1, double median, double q3, double n)
{
    if (!finite(q1) || !finite(median) || !finite(q3) || !finite(n) || n < 2 || q1 > median || median > q3)
        return {kNaN, kNaN};
    const double mean = (0.7 + 0.39 / n) * (q1 + q3) / 2 + (0.3 - 0.39 / n) * median;
    const double eta = 2 * detail::normalQuantile((0.75 * n - 0.125) / (n + 0.25));
    return {mean, (q3 - q1) / eta};
}

MeanSd fromMedianRange(double minimum, double median, double maximum, double n)
{
    if (!finite(minimum) || !finite(median) || !finite(maximum) || !finite(n) || n < 2 || minimum > median
        || median > maximum)
        return {kNaN, kNaN};
    const double w = 4 / (4 + std::pow(n, 0.75));
    const double mean = w * (minimum + maximum) / 2 + (1 - w) * median;
    return {mean, (maximum - minimum) / expectedNormalRange(n)};
}

} // namespace synth
