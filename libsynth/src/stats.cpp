// SPDX-License-Identifier: GPL-3.0-or-later
#include "stats.h"

#include <boost/math/distributions/chi_squared.hpp>
#include <boost/math/distributions/fisher_f.hpp>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/students_t.hpp>

#include <cmath>
#include <limits>

namespace synth::detail {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

template<typename F>
double guarded(F f)
{
    try {
        return f();
    } catch (...) { // Boost's domain/overflow errors become "undefined", never an exception
        return kNaN;
    }
}
} // namespace

double normalQuantile(double p)
{
    return guarded([&] { return boost::math::quantile(boost::math::normal(), p); });
}

double normalTwoSidedP(double z)
{
    if (std::isnan(z))
        return kNaN;
    return guarded([&] { return 2 * boost::math::cdf(boost::math::complement(boost::math::normal(), std::abs(z))); });
}

double normalUpper(double z)
{
    return guarded([&] { return boost::math::cdf(boost::math::complement(boost::math::normal(), z)); });
}

double studentQuantile(double df, double p)
{
    return guarded([&] { return boost::math::quantile(boost::math::students_t(df), p); });
}

double studentTwoSidedP(double t, double df)
{
    if (std::isnan(t))
        return kNaN;
    return guarded(
        [&] { return 2 * boost::math::cdf(boost::math::complement(boost::math::students_t(df), std::abs(t))); });
}

double chiSquaredUpper(double q, double df)
{
    if (std::isnan(q))
        return kNaN;
    if (q <= 0)
        return 1;
    return guarded([&] { return boost::math::cdf(boost::math::complement(boost::math::chi_squared(df), q)); });
}

double chiSquaredQuantile(double df, double p)
{
    return guarded([&] { return boost::math::quantile(boost::math::chi_squared(df), p); });
}

double fisherUpper(double f, double df1, double df2)
{
    if (std::isnan(f) || !(df1 > 0) || !(df2 > 0))
        return kNaN;
    if (f <= 0)
        return 1;
    return guarded([&] { return boost::math::cdf(boost::math::complement(boost::math::fisher_f(df1, df2), f)); });
}

} // namespace synth::detail
