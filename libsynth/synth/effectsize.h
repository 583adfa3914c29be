// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "synth/error.h"

#include <array>
#include <cmath>
#include <limits>
#include <optional>
#include <string_view>
#include <vector>

namespace synth {

/// Effect-size measures, as metafor's escalc(measure = ...).
enum class Measure { RR, OR, RD, MD, SMD, ROM, COR, ZCOR, GEN };

std::optional<Measure> measureFromName(std::string_view name);
std::string_view measureName(Measure m);
/// True for measures analysed on the log scale (reported exponentiated on the natural scale).
bool isRatioMeasure(Measure m);

inline constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();

/// One study's raw outcome data; the members are named as escalc's arguments. NaN = not given.
struct StudyInput {
    double ai = kMissing, bi = kMissing, ci = kMissing, di = kMissing;
    double n1i = kMissing, n2i = kMissing;
    double m1i = kMissing, sd1i = kMissing, m2i = kMissing, sd2i = kMissing;
    double ri = kMissing, ni = kMissing;
    double yi = kMissing, vi = kMissing, sei = kMissing;
};

/// One input column: its escalc name and the member that holds it.
struct StudyInputField {
    std::string_view name;
    double StudyInput::*member;
};

/// Every input column in escalc's usual order: read and write StudyInput field by field through this table.
inline constexpr std::array<StudyInputField, 15> kStudyInputFields {{{"ai", &StudyInput::ai},
                                                                     {"bi", &StudyInput::bi},
                                                                     {"ci", &StudyInput::ci},
                                                                     {"di", &StudyInput::di},
                                                                     {"n1i", &StudyInput::n1i},
                                                                     {"n2i", &StudyInput::n2i},
                                                                     {"m1i", &StudyInput::m1i},
                                                                     {"sd1i", &StudyInput::sd1i},
                                                                     {"m2i", &StudyInput::m2i},
                                                                     {"sd2i", &StudyInput::sd2i},
                                                                     {"ri", &StudyInput::ri},
                                                                     {"ni", &StudyInput::ni},
                                                                     {"yi", &StudyInput::yi},
                                                                     {"vi", &StudyInput::vi},
                                                                     {"sei", &StudyInput::sei}}};

/// An observed effect and its sampling variance (escalc's yi, vi). Both NaN when the study
/// cannot give one (missing inputs); `corrected` when 1/2 was added to a table with a zero cell.
struct EffectSize {
    double yi = kMissing;
    double vi = kMissing;
    bool corrected = false;
    bool negativeSe = false; ///< GEN: a negative sei was squared into vi (as escalc does)
    bool available() const { return std::isfinite(yi) && std::isfinite(vi); }
};

/// A confidence interval on the analysis scale (NaN bounds when undefined).
struct Interval {
    double lower = kMissing;
    double upper = kMissing;
};

/// One study's confidence interval at `level` percent from the normal quantile, as metafor's forest() and
/// summary.escalc() compute it whatever the model's test. Undefined for an unavailable effect.
Interval studyInterval(const EffectSize &effect, double level);

/// The escalc() equivalent with metafor's defaults (add = 1/2, to = "only0", drop00 = FALSE,
/// vtype = "LS"; SMD with the exact bias correction; ROM uncorrected as in metafor 3.8).
/// Computes what escalc computes (a group of one for MD and ROM, a standard deviation of 0 in an arm, a
/// correlation of +-1 for COR, a negative sei squared). Missing inputs give an unavailable effect;
/// impossible inputs (a negative count or SD, more events than participants, an empty group, SMD with
/// n1i + n2i <= 3 or no pooled SD, ROM with a mean <= 0, |r| > 1, COR ni < 2, ZCOR |r| = 1 or ni <= 3,
/// vi < 0) throw synth::Error naming `study` and the field; analyze() leaves such rows out with a warning.
EffectSize computeEffect(Measure measure, const StudyInput &in, std::ptrdiff_t study = -1);

/// Observed effects of many studies, in input order.
std::vector<EffectSize> computeEffects(Measure measure, const std::vector<StudyInput> &studies);

} // namespace synth
