// SPDX-License-Identifier: GPL-3.0-or-later
// Results as papers report them, converted to what the analysis takes: an effect with its confidence interval or
// p-value to an estimate and standard error; a mean's standard error to a standard deviation; a median with its
// quartiles or range to an estimated mean and standard deviation. Each function names its source; an input it
// cannot convert (a missing or impossible value) gives NaN.
#pragma once

namespace synth {

/// An estimate and its standard error on the analysis scale (log scale for ratios).
struct EstimateSe {
    double yi;
    double sei;
};

/// From an estimate with its confidence interval at `level` percent: yi = the estimate (its log for a ratio),
/// sei = (upper - lower) / (2 z), z the normal quantile at (1 + level/100) / 2, bounds on the analysis scale
/// (Cochrane Handbook, 6.3.1 and 6.3.2).
EstimateSe fromConfidenceInterval(double estimate, double lower, double upper, double level, bool ratio);

/// From an estimate with its two-sided p-value (a z test): sei = |yi| / z, z the normal quantile at 1 - p/2
/// (Cochrane Handbook 6.3.2; Altman & Bland, BMJ 2011;343:d2090). Undefined for p = 1 or an estimate at the null.
EstimateSe fromPValue(double estimate, double p, bool ratio);

/// A group's standard deviation from the standard error of its mean: SD = SE sqrt(n) (Cochrane Handbook 6.5.2.2).
double sdFromSe(double se, double n);

/// A mean and SD estimated from what a paper reports of a skewed outcome.
struct MeanSd {
    double mean;
    double sd;
};

/// From the median and the first and third quartiles of n participants: the mean as Luo et al. (2018, Stat Methods
/// Med Res 27:1785, eq. 15), (0.7 + 0.39/n) (q1 + q3)/2 + (0.3 - 0.39/n) median; the SD as Wan et al. (2014, BMC
/// Med Res Methodol 14:135, eq. 16), (q3 - q1) / (2 Phi^-1((0.75 n - 0.125) / (n + 0.25))).
MeanSd fromMedianIqr(double q1, double median, double q3, double n);

/// From the median, minimum and maximum of n participants: the mean as Luo et al. (2018, eq. 7),
/// w (min + max)/2 + (1 - w) median with w = 4 / (4 + n^0.75); the SD as Wan et al. (2014, eq. 7),
/// (max - min) / xi(n), xi(n) the expected range of n standard normal values (exact for n <= 50, as their
/// Table 1; 2 Phi^-1((n - 0.375) / (n + 0.25)) above).
MeanSd fromMedianRange(double minimum, double median, double maximum, double n);

} // namespace synth
