// SPDX-License-Identifier: GPL-3.0-or-later
// evidencedesk-cli: EvidenceDesk without a window. Exit status 0 on success, 2 on bad input.
#include "analysisformat.h"
#include "claimanalysis.h"
#include "csvtable.h"
#include "defaults.h"
#include "effectdata.h"
#include "examples.h"
#include "grade.h"
#include "i18n.h"
#include "importers.h"
#include "messages.h"
#include "preferences.h"
#include "reviewfile.h"
#include "reviewstore.h"
#include "summaryoffindings.h"
#include "usertext.h"
#ifdef EVIDENCEDESK_CLI_RENDER
#include "plotexport.h"
#include "report.h"
#endif

#include "synth/analysis.h"
#include "synth/regression.h"
#include "synth/tables.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#ifdef EVIDENCEDESK_CLI_RENDER
#include <QGuiApplication>
#endif
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <functional>

#include <unistd.h>

using namespace evidencedesk;

namespace {

/// The translation context of this file (lupdate reads CliText::tr calls).
struct CliText {
    Q_DECLARE_TR_FUNCTIONS(CliText)
};

int fail(const QString &message)
{
    QTextStream(stderr) << "evidencedesk-cli: " << message << '\n';
    return 2;
}

QString usage()
{
    // The commands' syntax reads the same in every language: names, options and placeholders as the README
    // shows them. Only the explanations are translated, each on its own.
    static const char *const syntax[] = {
        "evidencedesk-cli analyze DATA.csv --measure RR|OR|RD|MD|SMD|ROM|COR|ZCOR|GEN",
        "                 [--method EE|DL|HE|HS|SJ|ML|REML|EB|PM] [--test z|knha] [--level 95]",
        "                 [--group COLUMN] [--skip egger,begg,trimfill,leave1out] [--cumulative [COLUMN]]",
        "                 [--influence] [--json]",
        "evidencedesk-cli analyze DATA.csv --measure M --mods COLUMN[,COLUMN...] [--method M] [--test z|knha]",
        "                 [--level 95] [--json]",
        "evidencedesk-cli analyze DATA.csv --method MH --measure OR|RR|RD [--level 95] [--json]",
        "evidencedesk-cli analyze DATA.csv --method PETO [--measure OR] [--level 95] [--json]",
        "evidencedesk-cli analyze REVIEW.evidence [--claim ID] [SETTINGS] [--cumulative [COLUMN]] [--influence]",
        "                 [--json]",
        "evidencedesk-cli import REVIEW.evidence FILE.csv|FILE.ris|FILE.bib [--claim ID] [--outcome NAME]",
        "                 [--overwrite]",
        "evidencedesk-cli export REVIEW.evidence --csv OUT.csv [--claim ID] [--outcome NAME]",
        "evidencedesk-cli outcome add REVIEW.evidence \"NAME\" [--type dichotomous|continuous|correlation|generic]",
        "evidencedesk-cli outcome list REVIEW.evidence",
        "evidencedesk-cli demo OUT.evidence [--example hypertrophy|bcg]",
        "evidencedesk-cli claim add REVIEW.evidence \"TEXT\" [--asserts increase|decrease|no-difference] [--margin X]",
        "                 [--outcome NAME]",
        "evidencedesk-cli claim refine REVIEW.evidence ID \"TEXT\" --why \"RATIONALE\"",
        "evidencedesk-cli claim list REVIEW.evidence",
        "evidencedesk-cli plot REVIEW.evidence --forest|--funnel|--rob-traffic|--rob-summary -o FILE.png|svg|pdf",
        "                 [--claim ID] [--dpi 300]",
        "                 [--columns year,design,stance,quality,n,intervention,comparator,rob] [--colour-by-stance]",
        "                 [SETTINGS]",
        "evidencedesk-cli report REVIEW.evidence [--claim ID] [SETTINGS] -o OUT.pdf",
        "evidencedesk-cli sof REVIEW.evidence --csv|--html -o FILE",
        "evidencedesk-cli --version",
    };
    QString text = CliText::tr("Usage:") + QLatin1Char('\n');
    for (const char *line : syntax)
        text += QLatin1String("  ") + QLatin1String(line) + QLatin1Char('\n');
    text
        += QLatin1Char('\n')
        + CliText::tr("DATA.csv has a header row with columns named as metafor's escalc() arguments "
                      "(ai bi ci di n1i n2i m1i sd1i m2i sd2i ri ni yi vi sei) and an optional 'study' column.")
        + QLatin1Char('\n')
        + CliText::tr("MH (Mantel-Haenszel) and PETO pool the 2x2 tables (ai bi ci di, or ai n1i ci n2i) directly. "
                      "--cumulative adds a cumulative meta-analysis in the order of COLUMN (default: year), "
                      "--influence the influence diagnostics of each study.")
        + QLatin1Char('\n')
        + CliText::tr("--mods fits a meta-regression on the named columns: a column of numbers is a covariate, any "
                      "other column a factor whose first level in sorted order is the reference.")
        + QLatin1Char('\n')
        + CliText::tr("SETTINGS override the claim's stored synthesis for this one run (nothing is written):")
        + QLatin1String(
               "\n  --measure M --method M --test z|knha --level 95 --group stance|design|COLUMN|none\n"); // i18n-exempt
    return text;
}

struct Args {
    QStringList positional;
    QHash<QString, QString> options;
    bool json = false;
};

/// Options that take a value, per command.
bool parseArgs(const QStringList &in, const QStringList &valued, Args &out, QString &error)
{
    for (qsizetype i = 0; i < in.size(); ++i) {
        const QString &arg = in.at(i);
        if (arg == QLatin1String("--json")) {
            out.json = true;
        } else if (arg == QLatin1String("--forest") || arg == QLatin1String("--funnel")
                   || arg == QLatin1String("--rob-traffic") || arg == QLatin1String("--rob-summary")
                   || arg == QLatin1String("--colour-by-stance") || arg == QLatin1String("--overwrite")
                   || (arg == QLatin1String("--influence") && valued.contains(QStringLiteral("cumulative")))) {
            out.options.insert(arg.mid(2), QString());
        } else if ((arg == QLatin1String("--csv") || arg == QLatin1String("--html")) && !valued.contains(arg.mid(2))) {
            out.options.insert(arg.mid(2), QString()); // a format (sof), where the command takes no file after it
        } else if (arg == QLatin1String("--cumulative") && valued.contains(QStringLiteral("cumulative"))) {
            // an optional column: the next argument, unless it is an option or the data file
            const QString next = in.value(i + 1);
            const bool column = !next.isEmpty() && !next.startsWith(QLatin1Char('-')) && !QFileInfo(next).isFile();
            out.options.insert(QStringLiteral("cumulative"), column ? in.at(++i) : QStringLiteral("year"));
        } else if (arg.startsWith(QLatin1String("-")) && arg.size() > 1) {
            const QString name = arg.mid(arg.startsWith(QLatin1String("--")) ? 2 : 1);
            if (!valued.contains(name)) {
                error = CliText::tr("unknown option '%1'").arg(shortened(arg));
                return false;
            }
            if (i + 1 >= in.size()) {
                error = CliText::tr("option %1 needs a value").arg(shortened(arg));
                return false;
            }
            out.options.insert(name, in.at(++i));
        } else {
            out.positional << arg;
        }
    }
    return true;
}

bool isReview(const QString &path)
{
    return path.endsWith(QLatin1String(".evidence"), Qt::CaseInsensitive);
}

/// The synthesis settings from `base` with --measure/--method/--test/--level/--group over them (nothing is
/// written: an override holds for this one run). Returns 0, or the exit status after printing the message.
int settingsWithOverrides(const Args &a, const SynthesisSettings &base, SynthesisSettings &out)
{
    out = base;
    if (a.options.contains(QStringLiteral("measure"))) {
        const QString m = a.options.value(QStringLiteral("measure"));
        const auto mm = synth::measureFromName(m.toStdString());
        if (!mm)
            return fail(
                CliText::tr("unknown measure '%1' (use RR, OR, RD, MD, SMD, ROM, COR, ZCOR or GEN)").arg(shortened(m)));
        out.measure = *mm;
        out.automaticMeasure = false;
    }
    if (a.options.contains(QStringLiteral("method"))) {
        const QString method = a.options.value(QStringLiteral("method"));
        const auto me = synth::methodFromName(method.toStdString());
        if (!me)
            return fail(CliText::tr("unknown method '%1' (use EE, DL, HE, HS, SJ, ML, REML, EB, PM, MH or PETO)")
                            .arg(shortened(method)));
        out.method = *me;
    }
    if (a.options.contains(QStringLiteral("test"))) {
        const QString test = a.options.value(QStringLiteral("test"));
        const auto te = synth::testFromName(test.toStdString());
        if (!te)
            return fail(CliText::tr("unknown test '%1' (use z or knha)").arg(shortened(test)));
        out.test = *te;
    }
    if (a.options.contains(QStringLiteral("level"))) {
        const QString levelText = a.options.value(QStringLiteral("level"));
        const auto level = parseLevel(levelText);
        if (!level)
            return fail(CliText::tr("--level must be a percentage from 50 to 99.99 (or a proportion such as 0.95), "
                                    "not '%1'")
                            .arg(levelText));
        out.level = *level;
    }
    if (a.options.contains(QStringLiteral("group"))) {
        const QString group = a.options.value(QStringLiteral("group"));
        out.subgroup = group == QLatin1String("none") ? Subgrouping() : Subgrouping::fromKey(group);
    }
    return 0;
}

/// The JSON of an analysis with the column of its cumulative meta-analysis named (cumulative.by).
QJsonObject withCumulativeBy(QJsonObject o, const QString &column)
{
    if (o.contains(QStringLiteral("cumulative"))) {
        QJsonObject c = o.value(QStringLiteral("cumulative")).toObject();
        c[QStringLiteral("by")] = column;
        o[QStringLiteral("cumulative")] = c;
    }
    return o;
}

/// The parts of the analysis to run, from --skip and --influence.
int analysisParts(const Args &a, synth::AnalysisOptions &options)
{
    options.influence = a.options.contains(QStringLiteral("influence"));
    const QStringList skip = a.options.value(QStringLiteral("skip")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &s : skip) {
        if (s == QLatin1String("egger"))
            options.egger = false;
        else if (s == QLatin1String("begg"))
            options.begg = false;
        else if (s == QLatin1String("trimfill"))
            options.trimfill = false;
        else if (s == QLatin1String("leave1out"))
            options.leave1out = false;
        else
            return fail(CliText::tr("unknown analysis '%1' in --skip (use egger, begg, trimfill, leave1out)")
                            .arg(shortened(s)));
    }
    return 0;
}

/// Runs and prints the analysis; `where(i, field)` names study i (and the input column) for error messages.
/// `cumulativeBy` names the column of a cumulative meta-analysis.
template<typename Where>
int runAnalysis(EffectData &data, synth::AnalysisOptions options, bool json, const QString &cumulativeBy, Where where)
{
    options.cumulativeKeys = std::move(data.orderKeys);
    std::vector<std::string> groups;
    for (const QString &g : std::as_const(data.groups))
        groups.push_back(g.toStdString());
    synth::Analysis analysis;
    try {
        analysis = synth::analyze(data.measure, data.studies, options, data.groups.isEmpty() ? nullptr : &groups);
    } catch (const synth::Error &e) {
        std::string field;
        const std::ptrdiff_t study = studyOfError(data, e, field);
        return fail(where(study, QString::fromStdString(field)) + describeError(e.code()));
    }
    std::vector<synth::StudyInput>().swap(data.studies); // no longer needed: room for the labels as a list
    const QStringList labels = data.labels;
    QTextStream out(stdout);
    if (json)
        out << QJsonDocument(withCumulativeBy(analysisToJson(analysis, labels), cumulativeBy))
                   .toJson(QJsonDocument::Indented);
    else
        out << analysisToText(analysis, labels);
    return 0;
}

/// MH or PETO: the 2x2 tables pooled directly (their own z test; no tau^2, subgroups or diagnostics).
int poolCsv(const Args &a, synth::TableMethod method)
{
    const QString file = a.positional.value(0);
    const QString methodName = a.options.value(QStringLiteral("method"));
    const QString measureText = a.options.value(QStringLiteral("measure"),
                                                method == synth::TableMethod::Peto ? QStringLiteral("OR") : QString());
    const auto measure = synth::measureFromName(measureText.toStdString());
    const bool measureOk = measure
        && (*measure == synth::Measure::OR
            || (method == synth::TableMethod::MH
                && (*measure == synth::Measure::RR || *measure == synth::Measure::RD)));
    if (!measureOk)
        return fail(CliText::tr("--method %1 needs --measure OR, RR or RD (PETO: OR)").arg(methodName));
    for (const char *option : {"test", "group", "cumulative", "influence", "skip", "mods"})
        if (a.options.contains(QLatin1String(option))
            && !(qstrcmp(option, "test") == 0 && a.options.value(QStringLiteral("test")) == QLatin1String("z")))
            return fail(CliText::tr("--method %1 pools the 2x2 tables with its own z test: --%2 is for the other "
                                    "methods")
                            .arg(methodName, QLatin1String(option)));
    double level = 95;
    if (a.options.contains(QStringLiteral("level"))) {
        const QString levelText = a.options.value(QStringLiteral("level"));
        const auto parsed = parseLevel(levelText);
        if (!parsed)
            return fail(CliText::tr("--level must be a percentage from 50 to 99.99 (or a proportion such as 0.95), "
                                    "not '%1'")
                            .arg(levelText));
        level = *parsed;
    }
    EffectData data;
    QString error;
    if (!readEffectData(file, *measure, QString(), data, error))
        return fail(error);
    synth::TablePooling pooled;
    try {
        pooled = synth::poolTables(method, *measure, data.studies, level);
    } catch (const synth::Error &e) {
        std::string field;
        const std::ptrdiff_t study = studyOfError(data, e, field);
        return fail((study >= 0 && study < data.lines.size()
                         ? location(file, data.lines.at(study), QString::fromStdString(field))
                         : location(file))
                    + describeError(e.code()));
    }
    const QStringList labels = data.labels;
    QTextStream out(stdout);
    if (a.json)
        out << QJsonDocument(poolingToJson(pooled, labels)).toJson(QJsonDocument::Indented);
    else
        out << poolingToText(pooled, labels);
    return 0;
}

/// --claim ID or the first of the claims `ids`; 0 with an error if the claim does not exist.
qint64 chooseClaim(const QList<qint64> &ids, const Args &a, QString &error)
{
    if (a.options.contains(QStringLiteral("claim"))) {
        bool ok = false;
        const qint64 id = a.options.value(QStringLiteral("claim")).toLongLong(&ok);
        if (!ok || !ids.contains(id)) {
            error = CliText::tr("the review has no claim %1").arg(shortened(a.options.value(QStringLiteral("claim"))));
            return 0;
        }
        return id;
    }
    return ids.isEmpty() ? 0 : ids.first();
}

qint64 chooseClaim(const Review &review, const Args &a, QString &error)
{
    QList<qint64> ids;
    for (const Claim &c : review.claims)
        ids << c.id;
    return chooseClaim(ids, a, error);
}

/// Opens the review named first on the command line and picks the claim (--claim or the first).
/// Returns false after printing the one-line message (status 2 follows).
bool loadClaim(const Args &a, Review &review, qint64 &claimId, bool claimRequired, int &status)
{
    QString error;
    const QString path = a.positional.value(0);
    const auto store = ReviewStore::open(path, error);
    if (!store) {
        status = fail(error);
        return false;
    }
    if (!store->load(review)) {
        status = fail(store->lastError());
        return false;
    }
    claimId = chooseClaim(review, a, error);
    if (!error.isEmpty() || (claimRequired && claimId == 0)) {
        status = fail(location(path)
                      + (error.isEmpty() ? CliText::tr("the review has no claim yet: state one with evidencedesk-cli "
                                                       "claim add %1 \"TEXT\"")
                                               .arg(path)
                                         : error));
        return false;
    }
    return true;
}

/// --mods: the meta-regression on the named columns of the CSV file.
int metaRegressionCsv(const Args &a, const SynthesisSettings &settings)
{
    const QString file = a.positional.value(0);
    for (const char *option : {"group", "cumulative", "influence"})
        if (a.options.contains(QLatin1String(option)))
            return fail(CliText::tr("--mods fits a meta-regression: --%1 is for the model without moderators")
                            .arg(QLatin1String(option)));
    const QStringList columns = a.options.value(QStringLiteral("mods")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    EffectData data;
    QString error;
    if (!readEffectData(file, settings.measure, QString(), data, error, QString(), columns))
        return fail(error);
    auto where = [&](std::ptrdiff_t study, const QString &field) {
        return study >= 0 && study < data.lines.size() ? location(file, data.lines.at(study), field) : location(file);
    };
    synth::AnalysisOptions parts; // the effects and the data's warnings; the parts belong to the plain model
    parts.fit = {settings.method, synth::Test::Z, settings.level};
    parts.egger = parts.begg = parts.trimfill = parts.leave1out = false;
    std::vector<synth::Warning> warnings;
    std::vector<double> yi, vi;
    std::vector<synth::Moderator> moderators;
    synth::MetaRegression model;
    try {
        const synth::Analysis effects = synth::analyze(settings.measure, data.studies, parts);
        for (const synth::Warning &w : effects.warnings)
            if (w.code == synth::WarningCode::StudyDropped || w.code == synth::WarningCode::ZeroCellCorrection
                || w.code == synth::WarningCode::NegativeSeSquared)
                warnings.push_back(w);
        for (const synth::EffectSize &e : effects.effects) {
            yi.push_back(e.available() ? e.yi : synth::kMissing);
            vi.push_back(e.available() ? e.vi : synth::kMissing);
        }
        // a column of numbers (empty and NA cells aside) is a covariate, any other a factor
        for (qsizetype c = 0; c < columns.size(); ++c) {
            synth::Moderator m;
            m.name = columns.at(c).toStdString();
            const QStringList &cells = data.extra.at(c);
            for (const QString &cell : cells) {
                bool ok = cell.isEmpty() || cell == QLatin1String("NA");
                const double x = ok ? synth::kMissing : QLocale::c().toDouble(cell, &ok);
                m.categorical = m.categorical || !ok;
                m.values.push_back(ok ? x : synth::kMissing);
                m.labels.push_back(cell.toStdString());
            }
            moderators.push_back(std::move(m));
        }
        model = synth::fitMetaRegression(yi, vi, moderators, {settings.method, settings.test, settings.level});
    } catch (const synth::Error &e) {
        std::string field;
        const std::ptrdiff_t study = studyOfError(data, e, field);
        return fail(where(study, QString::fromStdString(field)) + describeError(e.code()));
    }
    warnings.insert(warnings.end(), model.warnings.begin(), model.warnings.end());
    QTextStream out(stdout);
    if (a.json)
        out << QJsonDocument(metaRegressionToJson(model, settings.measure, warnings, data.labels))
                   .toJson(QJsonDocument::Indented);
    else
        out << metaRegressionToText(model, warnings, data.labels);
    return 0;
}

int analyzeCsv(const Args &a)
{
    const QString file = a.positional.value(0);
    if (const auto method = synth::tableMethodFromName(a.options.value(QStringLiteral("method")).toStdString()))
        return poolCsv(a, *method);
    if (!a.options.contains(QStringLiteral("measure")))
        return fail(CliText::tr("--measure is required\n%1").arg(usage()));
    SynthesisSettings settings;
    synth::AnalysisOptions options;
    if (const int rc = settingsWithOverrides(a, SynthesisSettings(), settings))
        return rc;
    if (const int rc = analysisParts(a, options))
        return rc;
    if (a.options.contains(QStringLiteral("mods")))
        return metaRegressionCsv(a, settings);
    options.fit = {settings.method, settings.test, settings.level};
    EffectData data;
    QString error;
    const QString cumulativeBy = a.options.value(QStringLiteral("cumulative"));
    if (!readEffectData(file, settings.measure, a.options.value(QStringLiteral("group")), data, error, cumulativeBy))
        return fail(error);
    return runAnalysis(data, options, a.json, cumulativeBy, [&](std::ptrdiff_t study, const QString &field) {
        return study >= 0 && study < data.lines.size() ? location(file, data.lines.at(study), field) : location(file);
    });
}

/// The claim's stored settings (or the defaults) with the command line's overrides, into `review` (in memory
/// only): plot and report then draw what analyze prints.
int applyOverrides(const Args &a, Review &review, qint64 claimId)
{
    SynthesisSettings settings;
    if (const int rc = settingsWithOverrides(a, effectiveSettings(review, claimId), settings))
        return rc;
    if (claimId > 0)
        review.settings.insert(claimId, settings);
    return 0;
}

int analyzeReview(const Args &a)
{
    const QString path = a.positional.value(0);
    if (synth::tableMethodFromName(a.options.value(QStringLiteral("method")).toStdString()))
        return fail(CliText::tr("--method %1 reads the 2x2 tables of a CSV file (analyze DATA.csv)")
                        .arg(a.options.value(QStringLiteral("method"))));
    if (a.options.contains(QStringLiteral("mods")))
        return fail(CliText::tr("--mods reads its columns from a CSV file (analyze DATA.csv)"));
    Review review;
    qint64 claimId = 0;
    int status = 0;
    if (!loadClaim(a, review, claimId, false, status))
        return status;
    SynthesisSettings settings;
    synth::AnalysisOptions options;
    if (const int rc = settingsWithOverrides(a, effectiveSettings(review, claimId), settings))
        return rc;
    if (const int rc = analysisParts(a, options))
        return rc;
    options.fit = {settings.method, settings.test, settings.level};
    const QString cumulativeBy = a.options.value(QStringLiteral("cumulative"));
    const ClaimAnalysis c = analyzeClaim(review, claimId, settings, &options, cumulativeBy);
    if (c.studyIds.isEmpty())
        return fail(CliText::tr("%1: the review has no included studies").arg(path));
    if (c.error) {
        const synth::Error &e = *c.error;
        const QString where = e.study() >= 0 && e.study() < c.labels.size()
            ? CliText::tr("%1: study \"%2\"").arg(path, c.labels.at(e.study()))
            : path;
        return fail(
            CliText::tr("%1: %2%3")
                .arg(where,
                     e.field().empty() ? QString() : CliText::tr("column %1: ").arg(QString::fromStdString(e.field())),
                     describeError(e.code())));
    }
    QTextStream out(stdout);
    if (a.json) {
        QJsonObject o = withCumulativeBy(analysisToJson(c.analysis, c.labels), cumulativeBy);
        o[QStringLiteral("grade")] = gradeToJson(assessGrade(review, claimId, c)); // a review's claim is rated
        out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        out << analysisToText(c.analysis, c.labels);
    }
    return 0;
}

#ifdef EVIDENCEDESK_CLI_RENDER
int plotCommand(const Args &a)
{
    const QList<std::pair<QString, PlotKind>> kinds {{QStringLiteral("forest"), PlotKind::Forest},
                                                     {QStringLiteral("funnel"), PlotKind::Funnel},
                                                     {QStringLiteral("rob-traffic"), PlotKind::RobTrafficLight},
                                                     {QStringLiteral("rob-summary"), PlotKind::RobSummary}};
    std::optional<PlotKind> kind;
    int kindsGiven = 0;
    for (const auto &[name, k] : kinds)
        if (a.options.contains(name)) {
            kind = k;
            ++kindsGiven;
        }
    if (a.positional.size() != 1 || kindsGiven != 1 || !a.options.contains(QStringLiteral("o")))
        return fail(CliText::tr("plot needs a review, one of --forest, --funnel, --rob-traffic or --rob-summary, and "
                                "-o FILE.png|svg|pdf\n%1")
                        .arg(usage()));
    const QString out = a.options.value(QStringLiteral("o"));
    QString error;
    if (!plotFormatFor(out))
        return fail(location(out) + CliText::tr("unknown image type (use .png, .svg or .pdf)"));
    if (!checkOutputPath(out, {a.positional.at(0)}, error))
        return fail(error);
    bool dpiOk = true;
    const int dpi = a.options.value(QStringLiteral("dpi"), QStringLiteral("300")).toInt(&dpiOk);
    if (!dpiOk || dpi < 36 || dpi > 1200)
        return fail(CliText::tr("--dpi must be a whole number from 36 to 1200"));
    Review review;
    qint64 claimId = 0;
    int status = 0;
    if (!loadClaim(a, review, claimId, false, status)) // without a claim: the included studies as they are
        return status;
    if (const int rc = applyOverrides(a, review, claimId))
        return rc;
    auto analysis = std::make_shared<ClaimAnalysis>(analyzeClaim(review, claimId, effectiveSettings(review, claimId)));
    if (!analysis->ok())
        return fail(location(a.positional.at(0)) + describeError(analysis->error->code()));
    PlotOptions options;
    options.columns = {PlotColumn::Year};
    if (a.options.contains(QStringLiteral("columns"))) {
        options.columns.clear();
        const QStringList names
            = a.options.value(QStringLiteral("columns")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &name : names) {
            const auto column = plotColumnFromKey(name.trimmed());
            if (!column)
                return fail(CliText::tr("unknown column '%1' in --columns (use %2)")
                                .arg(name, plotColumnKeys().join(QStringLiteral(", "))));
            options.columns << *column;
        }
    }
    options.colourByStance = a.options.contains(QStringLiteral("colour-by-stance"));
    const PlotData data = makePlotData(analysis, options);
    // (exportPlot refuses a PNG too large to hold in memory before it draws it)
    if (!exportPlot(data, *kind, out, error, dpi))
        return fail(error);
    return 0;
}
#endif

using ClaimWriter = std::function<bool(const Review &, qint64, const QString &, QString &)>;

// The commands that write one file from one claim of a review (report, export): the file is named by `option`;
// it may not be the review itself nor any review.
int writeFromClaim(const Args &a, const QString &option, const QString &needs, bool needsClaim,
                   const ClaimWriter &write)
{
    if (a.positional.size() != 1 || !a.options.contains(option))
        return fail(QStringLiteral("%1\n%2").arg(needs, usage()));
    QString error;
    if (!checkOutputPath(a.options.value(option), {a.positional.at(0)}, error))
        return fail(error);
    Review review;
    qint64 claimId = 0;
    int status = 0;
    if (!loadClaim(a, review, claimId, needsClaim, status))
        return status;
    if (const int rc = applyOverrides(a, review, claimId))
        return rc;
    if (!write(review, claimId, a.options.value(option), error))
        return fail(error);
    return 0;
}

#ifdef EVIDENCEDESK_CLI_RENDER
int reportCommand(const Args &a)
{
    const QString out = a.options.value(QStringLiteral("o"));
    if (!out.isEmpty() && QFileInfo(out).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) != 0)
        return fail(location(out) + CliText::tr("a report is a PDF: name the file *.pdf"));
    return writeFromClaim(a, QStringLiteral("o"), CliText::tr("report needs a review and -o OUT.pdf"), true,
                          [](const Review &r, qint64 claim, const QString &path, QString &error) {
                              return writeReport(r, claim, path, error);
                          });
}
#endif

int importCommand(const Args &a)
{
    if (a.positional.size() != 2)
        return fail(CliText::tr("import needs a review and a file\n%1").arg(usage()));
    const QString reviewPath = a.positional.at(0), file = a.positional.at(1);
    QString error;
    const auto reader = StudyReader::open(file, error);
    if (!reader)
        return fail(error);
    const bool existed = QFileInfo::exists(reviewPath) || QFileInfo(reviewPath).isSymLink();
    auto store = existed ? ReviewStore::open(reviewPath, error) : ReviewStore::create(reviewPath, error);
    if (!store)
        return fail(error);
    auto discard = [&] { // a review this command created is removed again when the import fails
        store.reset();
        if (!existed)
            for (const QString &p : QStringList {reviewPath} + sidecarsOf(reviewPath))
                QFile::remove(p);
    };
    const qint64 claimId = chooseClaim(store->claimIds(), a, error);
    if (!error.isEmpty()) {
        discard();
        return fail(location(reviewPath) + error);
    }
    // the outcome the records' data are for: --outcome NAME (added when the review has none of that name), else
    // the claim's, else the first (a new one is added with the first record that has data)
    Outcome outcome = store->importTarget(claimId, a.options.value(QStringLiteral("outcome")));
    // the file is read record by record inside one transaction: a malformed record rolls all of it back
    ReviewStore::ImportSummary summary;
    if (!store->importStudies(*reader, claimId, outcome, QStringLiteral("import"), summary, {},
                              a.options.contains(QStringLiteral("overwrite")))) {
        error = store->lastError();
        discard();
        if (summary.conflict)
            return fail(CliText::tr("%1\nNothing was imported; the review is unchanged. Use --overwrite to replace "
                                    "the review's values with the file's.")
                            .arg(error));
        // a malformed record, or a write refused for a reason that names the review (a full disk): said as it is
        return fail(summary.malformed || error.startsWith(location(reviewPath))
                        ? error
                        : CliText::tr("%1: the import was not written (%2); the review is unchanged")
                              .arg(shortened(reviewPath, 400), error));
    }
    QTextStream out(stdout);
    const qsizetype skipped = summary.read - summary.ids.size() - summary.updated.size();
    out << CliText::tr("%1: %2 records of %3: %n studies added", nullptr, int(summary.ids.size()))
               .arg(shortened(reviewPath, 400), QString::number(summary.read), shortened(file, 400))
        << CliText::tr(", %n updated", nullptr, int(summary.updated.size()))
        << CliText::tr(", %n skipped", nullptr, int(skipped));
    if (outcome.id > 0 && (!summary.ids.isEmpty() || !summary.updated.isEmpty()))
        out << CliText::tr(" (data for the outcome '%1')").arg(shortened(outcome.name));
    out << '\n';
    if (claimId == 0 && summary.stancesGiven)
        out << CliText::tr("The stance column was not used: the review has no claim yet. State the claim first "
                           "(evidencedesk-cli claim add %1 \"TEXT\"), then import a file with stances into it.")
                   .arg(reviewPath)
            << '\n';
    for (const QString &note : reader->notes())
        out << CliText::tr("note: %1").arg(note) << '\n';
    for (const SkippedDuplicate &d : std::as_const(summary.filled))
        out << CliText::tr("filled in: %1%2 (%3)").arg(location(file, d.line), shortened(d.label), d.reason) << '\n';
    for (const SkippedDuplicate &d : std::as_const(summary.skipped))
        out << CliText::tr("skipped duplicate: %1%2: %3").arg(location(file, d.line), shortened(d.label), d.reason)
            << '\n';
    return 0;
}

int exportCommand(const Args &a)
{
    const QString name = a.options.value(QStringLiteral("outcome"));
    return writeFromClaim(a, QStringLiteral("csv"), CliText::tr("export needs a review and --csv OUT.csv"), false,
                          [&](const Review &review, qint64 claimId, const QString &path, QString &error) {
                              // --outcome NAME, else the claim's, else the review's first
                              qint64 outcomeId = 0;
                              if (!name.isEmpty()) {
                                  for (const Outcome &o : review.outcomes)
                                      if (o.name.compare(name, Qt::CaseInsensitive) == 0)
                                          outcomeId = o.id;
                                  if (outcomeId == 0) {
                                      error = location(a.positional.at(0))
                                          + CliText::tr("the review has no outcome '%1'").arg(shortened(name));
                                      return false;
                                  }
                              } else if (const Claim *c = review.claim(claimId); c && c->outcomeId > 0) {
                                  outcomeId = c->outcomeId;
                              } else if (!review.outcomes.isEmpty()) {
                                  outcomeId = review.outcomes.first().id;
                              }
                              return exportStudiesCsv(review, claimId, outcomeId, path, error);
                          });
}

/// sof REVIEW --csv|--html -o FILE: the review's summary of findings, a row per claim (CSV in stable codes for
/// machines; HTML for journals, worded in the interface's language as the report is)
int sofCommand(const Args &a)
{
    const bool csv = a.options.contains(QStringLiteral("csv")), html = a.options.contains(QStringLiteral("html"));
    if (a.positional.size() != 1 || csv == html || !a.options.contains(QStringLiteral("o")))
        return fail(CliText::tr("sof needs a review, --csv or --html, and -o FILE\n%1").arg(usage()));
    const QString out = a.options.value(QStringLiteral("o"));
    QString error;
    if (!checkOutputPath(out, {a.positional.at(0)}, error))
        return fail(error);
    Review review;
    qint64 claimId = 0;
    int status = 0;
    if (!loadClaim(a, review, claimId, true, status))
        return status;
    if (!writeSummaryOfFindings(review, summaryOfFindings(review), out, html, error))
        return fail(error);
    return 0;
}

/// outcome add REVIEW "NAME" [--type dichotomous|continuous|correlation|generic]
/// outcome list REVIEW
int outcomeCommand(const Args &a)
{
    const QString verb = a.positional.value(0), path = a.positional.value(1);
    const bool add = verb == QLatin1String("add") && a.positional.size() == 3,
               list = verb == QLatin1String("list") && a.positional.size() == 2;
    if (!add && !list)
        return fail(CliText::tr("outcome needs add REVIEW \"NAME\" or list REVIEW\n%1").arg(usage()));
    QString error;
    auto store = ReviewStore::open(path, error);
    if (!store)
        return fail(error);
    QTextStream out(stdout);
    const QList<Outcome> outcomes = store->outcomes();
    if (list) {
        for (const Outcome &o : outcomes)
            out << o.id << '\t' << outcomeTypeKey(o.type) << '\t' << o.name << '\n';
        return 0;
    }
    Outcome o;
    o.name = a.positional.at(2).trimmed();
    if (o.name.isEmpty())
        return fail(location(path) + CliText::tr("an outcome needs its name"));
    for (const Outcome &x : outcomes)
        if (x.name.compare(o.name, Qt::CaseInsensitive) == 0)
            return fail(location(path) + CliText::tr("the review already has an outcome '%1'").arg(shortened(o.name)));
    const QString type = a.options.value(QStringLiteral("type"), QStringLiteral("generic"));
    const auto t = outcomeTypeFromKey(type);
    if (!t)
        return fail(CliText::tr("unknown --type '%1' (use dichotomous, continuous, correlation or generic)")
                        .arg(shortened(type)));
    o.type = *t;
    Review review;
    if (!store->load(review))
        return fail(store->lastError());
    const qint64 id = store->batch([&] {
        o.id = store->addOutcome(o);
        if (o.id == 0)
            return false;
        // claims about no outcome (a review without data so far) are about this one
        for (Claim c : std::as_const(review.claims))
            if (c.outcomeId == 0) {
                c.outcomeId = o.id;
                if (!store->updateClaim(c))
                    return false;
            }
        return true;
    })
        ? o.id
        : 0;
    if (id == 0)
        return fail(location(path) + store->lastError());
    out << CliText::tr("%1: outcome %2 added").arg(path, QString::number(id)) << '\n';
    return 0;
}

/// claim add REVIEW "TEXT" [--asserts increase|decrease|no-difference] [--margin X]
/// claim refine REVIEW ID "TEXT" --why "RATIONALE"
/// claim list REVIEW
int claimCommand(const Args &a)
{
    const QString verb = a.positional.value(0), path = a.positional.value(1);
    const bool add = verb == QLatin1String("add"), refine = verb == QLatin1String("refine"),
               list = verb == QLatin1String("list");
    if (!(add && a.positional.size() == 3) && !(refine && a.positional.size() == 4)
        && !(list && a.positional.size() == 2))
        return fail(
            CliText::tr("claim needs add REVIEW \"TEXT\", refine REVIEW ID \"TEXT\" --why \"...\" or list REVIEW\n%1")
                .arg(usage()));
    QString error;
    auto store = ReviewStore::open(path, error);
    if (!store)
        return fail(error);
    Review review;
    if (!store->load(review))
        return fail(store->lastError());
    QTextStream out(stdout);
    if (list) {
        for (const Claim &c : std::as_const(review.claims))
            out << c.id << '\t' << assertionKey(c.assertion) << '\t' << c.currentText() << '\n';
        return 0;
    }
    if (add) {
        Claim c;
        c.originalText = a.positional.at(2).trimmed();
        c.createdAt = QDateTime::currentDateTimeUtc();
        if (c.originalText.isEmpty())
            return fail(location(path) + CliText::tr("a claim needs its text"));
        const QString asserts = a.options.value(QStringLiteral("asserts"));
        const std::optional<Assertion> assertion = asserts.isEmpty() ? std::optional<Assertion>(Assertion::Unspecified)
            : asserts == QLatin1String("increase")                   ? std::optional<Assertion>(Assertion::Increases)
            : asserts == QLatin1String("decrease")                   ? std::optional<Assertion>(Assertion::Decreases)
            : asserts == QLatin1String("no-difference")              ? std::optional<Assertion>(Assertion::NoDifference)
                                                                     : std::nullopt;
        if (!assertion)
            return fail(CliText::tr("unknown --asserts '%1' (use increase, decrease or no-difference)")
                            .arg(shortened(asserts)));
        c.assertion = *assertion;
        if (a.options.contains(QStringLiteral("margin"))) {
            bool ok = false;
            const double margin = a.options.value(QStringLiteral("margin")).toDouble(&ok);
            if (!ok || !(margin > 0))
                return fail(CliText::tr("--margin must be a number greater than 0 (on the analysis scale), not '%1'")
                                .arg(shortened(a.options.value(QStringLiteral("margin")))));
            c.equivalenceMargin = margin;
        }
        // about --outcome NAME, else the review's first outcome
        const QString outcomeName = a.options.value(QStringLiteral("outcome"));
        const Outcome *outcome = review.outcomes.isEmpty() ? nullptr : &review.outcomes.first();
        if (!outcomeName.isEmpty()) {
            outcome = nullptr;
            for (const Outcome &o : std::as_const(review.outcomes))
                if (o.name.compare(outcomeName, Qt::CaseInsensitive) == 0)
                    outcome = &o;
            if (!outcome)
                return fail(location(path) + CliText::tr("the review has no outcome '%1'").arg(shortened(outcomeName)));
        }
        c.outcomeId = outcome ? outcome->id : 0;
        // the settings every new claim starts with (preferences.h), written with it
        const qint64 id = store->addClaim(c, newClaimSettings(outcome ? outcome->type : OutcomeType::Generic));
        if (id == 0)
            return fail(location(path) + store->lastError());
        out << CliText::tr("%1: claim %2 added").arg(path, QString::number(id)) << '\n';
        return 0;
    }
    bool ok = false;
    const qint64 id = a.positional.at(2).toLongLong(&ok);
    const Claim *claim = ok ? review.claim(id) : nullptr;
    if (!claim)
        return fail(location(path) + CliText::tr("the review has no claim %1").arg(shortened(a.positional.at(2))));
    const QString why = a.options.value(QStringLiteral("why")).trimmed();
    if (why.isEmpty())
        return fail(CliText::tr("a refinement needs its reason: --why \"...\""));
    const QString text = a.positional.at(3).trimmed();
    if (text.isEmpty())
        return fail(location(path) + CliText::tr("a claim needs its text"));
    if (store->addRefinement(id, {0, text, why, QDateTime::currentDateTimeUtc()}) == 0)
        return fail(location(path) + store->lastError());
    out << CliText::tr("%1: claim %2 refined").arg(path, QString::number(id)) << '\n';
    return 0;
}

int demoCommand(const Args &a)
{
    if (a.positional.size() != 1)
        return fail(CliText::tr("demo needs the file to write\n%1").arg(usage()));
    const QString path = a.positional.at(0);
    const QString name = a.options.value(QStringLiteral("example"), QStringLiteral("hypertrophy"));
    if (!exampleNames().contains(name))
        return fail(
            CliText::tr("unknown example '%1' (use %2)").arg(name, exampleNames().join(QStringLiteral(" or "))));
    QString error;
    auto store = ReviewStore::create(path, error);
    if (!store)
        return fail(error);
    if (!writeExample(name, *store, error)) {
        store.reset();
        QFile::remove(path);
        return fail(error);
    }
    QTextStream(stdout) << CliText::tr("%1: the %2 example review").arg(path, name) << '\n';
    return 0;
}

#ifndef EVIDENCEDESK_CLI_RENDER
/// plot and report draw with Qt's GUI libraries, which take longer to load than an analysis of a thousand studies
/// takes to run: they are another executable beside this one, which this process becomes.
int runRenderer(char **argv)
{
    char self[4096];
    const ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    const QByteArray dir = n > 0 ? QByteArray(self, n).left(QByteArray(self, n).lastIndexOf('/') + 1) : QByteArray();
    const QByteArray renderer = dir + "evidencedesk-cli-render";
    execv(renderer.constData(), argv);
    std::fprintf(stderr, "evidencedesk-cli: cannot start %s: %s\n", renderer.constData(), // i18n-exempt
                 std::strerror(errno));
    return 2;
}
#endif

} // namespace

int main(int argc, char **argv)
{
    const bool plotting = argc > 1 && (qstrcmp(argv[1], "plot") == 0 || qstrcmp(argv[1], "report") == 0);
#ifdef EVIDENCEDESK_CLI_RENDER
    // Plots need fonts and a paint device: a QGuiApplication, offscreen when no platform is chosen.
    if (plotting && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application(plotting ? new QGuiApplication(argc, argv)
                                                           : new QCoreApplication(argc, argv));
#else
    if (plotting)
        return runRenderer(argv);
    std::unique_ptr<QCoreApplication> application(new QCoreApplication(argc, argv));
#endif
    QCoreApplication::setApplicationName(QStringLiteral("evidencedesk-cli"));
    installTranslations(*application); // messages and the report in the system's language
    QCoreApplication::setApplicationVersion(QStringLiteral(EVIDENCEDESK_VERSION));
    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        QTextStream(args.isEmpty() ? stderr : stdout) << usage();
        return args.isEmpty() ? 2 : 0;
    }
    if (args.first() == QLatin1String("--version")) {
        QTextStream(stdout) << "evidencedesk-cli " << EVIDENCEDESK_VERSION << '\n';
        return 0;
    }
    const QString command = args.takeFirst();
    static const QHash<QString, QStringList> valued {
        {QStringLiteral("analyze"),
         {QStringLiteral("measure"), QStringLiteral("method"), QStringLiteral("test"), QStringLiteral("level"),
          QStringLiteral("group"), QStringLiteral("skip"), QStringLiteral("claim"), QStringLiteral("cumulative"),
          QStringLiteral("mods")}},
        {QStringLiteral("import"), {QStringLiteral("claim"), QStringLiteral("outcome")}},
        {QStringLiteral("export"), {QStringLiteral("csv"), QStringLiteral("claim"), QStringLiteral("outcome")}},
        {QStringLiteral("outcome"), {QStringLiteral("type")}},
        {QStringLiteral("demo"), {QStringLiteral("example")}},
        {QStringLiteral("claim"),
         {QStringLiteral("asserts"), QStringLiteral("margin"), QStringLiteral("why"), QStringLiteral("outcome")}},
        {QStringLiteral("plot"),
         {QStringLiteral("o"), QStringLiteral("claim"), QStringLiteral("dpi"), QStringLiteral("columns"),
          QStringLiteral("measure"), QStringLiteral("method"), QStringLiteral("test"), QStringLiteral("level"),
          QStringLiteral("group")}},
        {QStringLiteral("sof"), {QStringLiteral("o")}},
        {QStringLiteral("report"),
         {QStringLiteral("o"), QStringLiteral("claim"), QStringLiteral("measure"), QStringLiteral("method"),
          QStringLiteral("test"), QStringLiteral("level"), QStringLiteral("group")}}};
    if (!valued.contains(command))
        return fail(CliText::tr("unknown command '%1'\n%2").arg(command, usage()));
    Args a;
    QString error;
    if (!parseArgs(args, valued.value(command), a, error))
        return fail(CliText::tr("%1\n%2").arg(error, usage()));
    if (command == QLatin1String("import"))
        return importCommand(a);
    if (command == QLatin1String("export"))
        return exportCommand(a);
    if (command == QLatin1String("demo"))
        return demoCommand(a);
    if (command == QLatin1String("claim"))
        return claimCommand(a);
    if (command == QLatin1String("outcome"))
        return outcomeCommand(a);
    if (command == QLatin1String("sof"))
        return sofCommand(a);
#ifdef EVIDENCEDESK_CLI_RENDER
    if (command == QLatin1String("plot"))
        return plotCommand(a);
    if (command == QLatin1String("report"))
        return reportCommand(a);
#endif
    if (a.positional.isEmpty())
        return fail(CliText::tr("no data file given\n%1").arg(usage()));
    if (a.positional.size() > 1)
        return fail(CliText::tr("more than one data file given ('%1')").arg(shortened(a.positional.at(1))));
    return isReview(a.positional.first()) ? analyzeReview(a) : analyzeCsv(a);
}
