// SPDX-License-Identifier: GPL-3.0-or-later
// The metafor reference files (tests/data/reference: NAME.csv input + NAME.json expected) for the engine's
// tests, without Qt: loading them, reading a dataset into synth::StudyInput, writing a synth::Analysis
// under the reference keys, and comparing key by key.
#pragma once

#include "csv.h"
#include "json.h"
#include "synthtest.h"
#include "tolerance.h"

#include "synth/analysis.h"
#include "synth/regression.h"
#include "synth/tables.h"

#include <functional>
#include <string>
#include <vector>

namespace evidencedesk::test {

struct ReferenceCase {
    std::string name; ///< file stem, e.g. "bcg_rr"
    std::string dataset; ///< the file's "dataset"
    std::string measure; ///< e.g. "RR"
    std::string csvPath;
    Json json; ///< the whole expected file
};

/// EVIDENCEDESK_REFERENCE_DIR from the environment, else the in-repository folder CMake passes in.
std::string referenceDir();
/// The same for issue 18's edge cases (tests/data/reference-edges; EVIDENCEDESK_REFERENCE_EDGES_DIR).
std::string referenceEdgesDir();
/// Every NAME.json with its NAME.csv in `dir`, sorted by name. Throws std::runtime_error when the folder is
/// missing, a JSON file is unreadable, or a JSON file has no CSV beside it.
std::vector<ReferenceCase> referenceCases(const std::string &dir);

/// The studies of a dataset, columns named as escalc()'s arguments; an empty or NA cell is missing.
/// Throws std::runtime_error for a cell that is not a number.
std::vector<synth::StudyInput> studiesFromCsv(const CsvTable &table);

/// The analysis under the reference keys: k estimate se stat pval ci_lb ci_ub pi_lb pi_ub tau2 tau2_se
/// tau2_ci_lb tau2_ci_ub I2 I2_ci_lb I2_ci_ub H2 Q Q_df Q_pval egger{stat,pval,limit_estimate} begg{tau,pval}
/// trimfill{k0,side,estimate,se,tau2} leave1out{estimate[],tau2[],I2[]} (null where undefined, as the CLI).
/// With cumulative{by, order[], estimate[], ci_lb[], ci_ub[], tau2[], I2[]} and influence{rstudent[], dffits[],
/// cook_d[], cov_r[], tau2_del[], QE_del[], hat[], weight[], inf[]} where the analysis has them; the cumulative
/// order names the input rows by `labels` (by row number where there are none), `by` is `cumulativeBy`.
Json analysisKeys(const synth::Analysis &a, const std::vector<std::string> &labels = {},
                  const std::string &cumulativeBy = {});
/// Mantel-Haenszel or Peto pooling under the reference keys: model k estimate se stat pval ci_lb ci_ub Q Q_df
/// Q_pval I2 H2, and for MH cmh{stat,pval} tarone{stat,pval} (null for RR and RD), as the CLI writes them.
Json poolingKeys(const synth::TablePooling &p);
/// A meta-regression under the reference keys: k names[] estimate[] se[] stat[] pval[] ci_lb[] ci_ub[] tau2 tau2_se
/// I2 H2 QE QE_df QE_pval QM QM_df[] QM_pval R2 (metafor's names; the CLI puts the coefficients under `mods`).
Json regressionKeys(const synth::MetaRegression &m);
/// The moderators named by `columns` of a dataset: a column of numbers (empty and NA cells aside) is numeric,
/// any other categorical, as the CLI reads them.
std::vector<synth::Moderator> moderatorsFromCsv(const CsvTable &table, const std::vector<std::string> &columns);
/// The column `name` of a dataset as numbers (NaN where empty, NA or not a number), and as text.
std::vector<double> numericColumn(const CsvTable &table, const std::string &name);
std::vector<std::string> textColumn(const CsvTable &table, const std::string &name);
/// yi and vi of every input row (null where the row has no effect), as escalc() returns them.
Json effectKeys(const std::vector<synth::EffectSize> &effects);

/// The tolerance of a reference key in a data set whose typical sampling variance is `unit`: kMetafor,
/// with the absolute part (used near zero) in the data's own units: times unit for variances (tau2, its SE
/// and CI, vi), times sqrt(unit) for effects (estimate, se, CI and PI bounds, yi), as is for the
/// dimensionless rest. On the scale of 1e-110 an absolute 1e-9 would let any tau^2 pass.
Tolerance referenceTolerance(const std::string &path, double unit);
/// The median of the non-missing values (a typical sampling variance of a reference file's vi).
double medianOf(const std::vector<double> &values);

/// Checks every key of `expected` (recursively) against `actual`: numbers within `tolerance(path)`, strings
/// and booleans equal, null where expected is null, arrays of the same length. A key of `expected` that
/// `actual` does not have is a failure: the test does not know it.
void compareKeys(Check &check, const Json &actual, const Json &expected, const std::string &path,
                 const std::function<Tolerance(const std::string &)> &tolerance);

} // namespace evidencedesk::test
