// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review.h"

#include "synth/analysis.h"

#include <QList>
#include <QString>

#include <memory>

namespace evidencedesk {

/// What the plots draw: one synthesis result and, per analysed study, its label and stance. The plots
/// read these; they never estimate anything themselves.
struct PlotData {
    std::shared_ptr<const synth::Analysis> analysis;
    QStringList labels; ///< per analysed study (Analysis::yi order)
    QList<qint64> studyIds; ///< per analysed study
    QList<Stance> stances; ///< per analysed study
    synth::Measure measure = synth::Measure::GEN;
    bool empty() const { return !analysis || analysis->yi.empty(); }
};

/// The colour of a stance in every plot and table.
QColor stanceColor(Stance s);

} // namespace evidencedesk
