// SPDX-License-Identifier: GPL-3.0-or-later
// Built without Qt on the include or link path: proves libsynth stands alone. Run by CTest: fits the
// BCG example in memory and checks it is a sane random-effects fit (no numbers restated here).
#include "synth/analysis.h"

#include <cmath>
#include <cstdio>

int main()
{
    // dat.bcg, first four trials (tpos, tneg, cpos, cneg)
    const double t[4][4] = {{4, 119, 11, 128}, {6, 300, 29, 274}, {3, 228, 11, 209}, {62, 13536, 248, 12619}};
    std::vector<synth::StudyInput> studies;
    for (const auto &row : t) {
        synth::StudyInput s;
        s.ai = row[0];
        s.bi = row[1];
        s.ci = row[2];
        s.di = row[3];
        studies.push_back(s);
    }
    const synth::Analysis a = synth::analyze(synth::Measure::RR, studies, {});
    const bool ok = a.fit.k == 4 && a.fit.converged && std::isfinite(a.fit.estimate) && a.fit.ciLower < a.fit.estimate
        && a.fit.estimate < a.fit.ciUpper && a.fit.tau2 >= 0;
    std::printf("synth standalone: k = %zu, estimate = %.6f: %s\n", a.fit.k, a.fit.estimate, ok ? "ok" : "FAILED");
    return ok ? 0 : 1;
}
