// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review.h"

namespace evidencedesk::test {

/// Synthesis settings in one expression (the struct has no constructor of its own).
inline SynthesisSettings settingsOf(synth::Measure measure, synth::Method method = synth::Method::REML,
                                    synth::Test test = synth::Test::Z, double level = 95, const QString &subgroup = {})
{
    SynthesisSettings s;
    s.measure = measure;
    s.method = method;
    s.test = test;
    s.level = level;
    s.subgroup = Subgrouping::fromKey(subgroup);
    return s;
}

} // namespace evidencedesk::test
