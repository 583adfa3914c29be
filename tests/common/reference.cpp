// SPDX-License-Identifier: GPL-3.0-or-later
#include "reference.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <limits>
#include <stdexcept>

namespace evidencedesk::test {

std::string referenceDir()
{
    const char *env = std::getenv("EVIDENCEDESK_REFERENCE_DIR");
    return env && *env ? std::string(env) : std::string(EVIDENCEDESK_REFERENCE_DIR);
}

std::string referenceEdgesDir()
{
    const char *env = std::getenv("EVIDENCEDESK_REFERENCE_EDGES_DIR");
    return env && *env ? std::string(env) : std::string(EVIDENCEDESK_REFERENCE_EDGES_DIR);
}

std::vector<ReferenceCase> referenceCases(const std::string &dir)
{
    namespace fs = std::filesystem;
    if (!fs::is_directory(dir))
        throw std::runtime_error("reference folder " + dir + " does not exist");
    std::vector<fs::path> files;
    for (const fs::directory_entry &e : fs::directory_iterator(dir))
        if (e.is_regular_file() && e.path().extension() == ".json")
            files.push_back(e.path());
    std::sort(files.begin(), files.end());
    std::vector<ReferenceCase> cases;
    for (const fs::path &f : files) {
        ReferenceCase c;
        c.name = f.stem().string();
        c.json = Json::parseFile(f.string());
        c.dataset = c.json["dataset"].toString();
        c.measure = c.json["measure"].toString();
        fs::path csv = f;
        csv.replace_extension(".csv");
        if (!fs::exists(csv))
            throw std::runtime_error(f.string() + " has no " + csv.filename().string() + " beside it");
        c.csvPath = csv.string();
        cases.push_back(std::move(c));
    }
    return cases;
}

std::vector<synth::StudyInput> studiesFromCsv(const CsvTable &table)
{
    using synth::StudyInput;
    static const std::pair<const char *, double StudyInput::*> columns[] = {
        {"ai", &StudyInput::ai},   {"bi", &StudyInput::bi},     {"ci", &StudyInput::ci},   {"di", &StudyInput::di},
        {"n1i", &StudyInput::n1i}, {"n2i", &StudyInput::n2i},   {"m1i", &StudyInput::m1i}, {"sd1i", &StudyInput::sd1i},
        {"m2i", &StudyInput::m2i}, {"sd2i", &StudyInput::sd2i}, {"ri", &StudyInput::ri},   {"ni", &StudyInput::ni},
        {"yi", &StudyInput::yi},   {"vi", &StudyInput::vi},     {"sei", &StudyInput::sei}};
    std::vector<StudyInput> out;
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        StudyInput s;
        for (const auto &[name, member] : columns) {
            const int c = table.column(name);
            if (c < 0)
                continue;
            const std::string &cell = table.rows[r][static_cast<std::size_t>(c)];
            if (cell.empty() || cell == "NA")
                continue;
            double x = 0;
            const auto [ptr, ec] = std::from_chars(cell.data(), cell.data() + cell.size(), x);
            if (ec != std::errc() || ptr != cell.data() + cell.size())
                throw std::runtime_error("row " + std::to_string(r + 1) + ", column " + name + ": '" + cell
                                         + "' is not a number");
            s.*member = x;
        }
        out.push_back(s);
    }
    return out;
}

namespace {

Json numbers(const std::vector<double> &xs)
{
    Json a = Json::array();
    for (double x : xs)
        a.append(Json::number(x));
    return a;
}

} // namespace

std::vector<double> numericColumn(const CsvTable &table, const std::string &name)
{
    std::vector<double> out;
    const int c = table.column(name);
    for (const std::vector<std::string> &row : table.rows) {
        double x = std::numeric_limits<double>::quiet_NaN();
        if (c >= 0) {
            const std::string &cell = row[static_cast<std::size_t>(c)];
            double y = 0;
            const auto [ptr, ec] = std::from_chars(cell.data(), cell.data() + cell.size(), y);
            if (ec == std::errc() && ptr == cell.data() + cell.size())
                x = y;
        }
        out.push_back(x);
    }
    return out;
}

std::vector<std::string> textColumn(const CsvTable &table, const std::string &name)
{
    std::vector<std::string> out;
    const int c = table.column(name);
    for (const std::vector<std::string> &row : table.rows)
        out.push_back(c >= 0 ? row[static_cast<std::size_t>(c)] : std::string());
    return out;
}

Json regressionKeys(const synth::MetaRegression &m)
{
    Json names = Json::array();
    for (const std::string &n : m.names)
        names.append(Json::string(n));
    Json o = Json::object();
    o.set("k", Json::number(static_cast<double>(m.k)));
    o.set("names", names);
    o.set("estimate", numbers(m.estimate));
    o.set("se", numbers(m.se));
    o.set("stat", numbers(m.stat));
    o.set("pval", numbers(m.pval));
    o.set("ci_lb", numbers(m.ciLower));
    o.set("ci_ub", numbers(m.ciUpper));
    o.set("tau2", Json::number(m.tau2));
    o.set("tau2_se", Json::number(m.tau2Se));
    o.set("I2", Json::number(m.I2));
    o.set("H2", Json::number(m.H2));
    o.set("QE", Json::number(m.QE));
    o.set("QE_df", Json::number(m.QEdf));
    o.set("QE_pval", Json::number(m.QEpval));
    o.set("QM", Json::number(m.QM));
    o.set("QM_df", numbers({m.QMdf, m.QMdf2}));
    o.set("QM_pval", Json::number(m.QMpval));
    o.set("R2", Json::number(m.R2));
    return o;
}

std::vector<synth::Moderator> moderatorsFromCsv(const CsvTable &table, const std::vector<std::string> &columns)
{
    std::vector<synth::Moderator> out;
    for (const std::string &name : columns) {
        synth::Moderator m;
        m.name = name;
        m.values = numericColumn(table, name);
        m.labels = textColumn(table, name);
        for (std::size_t i = 0; i < m.labels.size(); ++i)
            m.categorical = m.categorical || (std::isnan(m.values[i]) && !m.labels[i].empty() && m.labels[i] != "NA");
        out.push_back(std::move(m));
    }
    return out;
}

Json poolingKeys(const synth::TablePooling &p)
{
    Json o = Json::object();
    o.set("model", Json::string(std::string(synth::tableMethodName(p.method))));
    o.set("k", Json::number(static_cast<double>(p.k)));
    o.set("estimate", Json::number(p.estimate));
    o.set("se", Json::number(p.se));
    o.set("stat", Json::number(p.stat));
    o.set("pval", Json::number(p.pval));
    o.set("ci_lb", Json::number(p.ciLower));
    o.set("ci_ub", Json::number(p.ciUpper));
    o.set("Q", Json::number(p.Q));
    o.set("Q_df", Json::number(p.Qdf));
    o.set("Q_pval", Json::number(p.Qpval));
    o.set("I2", Json::number(p.I2));
    o.set("H2", Json::number(p.H2));
    auto test = [](const std::optional<synth::ChiSquareTest> &t) {
        return t ? Json::object().set("stat", Json::number(t->stat)).set("pval", Json::number(t->pval)) : Json();
    };
    o.set("cmh", test(p.cmh));
    o.set("tarone", test(p.tarone));
    return o;
}

Json analysisKeys(const synth::Analysis &a, const std::vector<std::string> &labels, const std::string &cumulativeBy)
{
    const synth::Fit &f = a.fit;
    const bool ee = f.method == synth::Method::EE;
    Json o = Json::object();
    o.set("k", Json::number(static_cast<double>(f.k)));
    o.set("estimate", Json::number(f.estimate));
    o.set("se", Json::number(f.se));
    o.set("stat", Json::number(f.stat));
    o.set("pval", Json::number(f.pval));
    o.set("ci_lb", Json::number(f.ciLower));
    o.set("ci_ub", Json::number(f.ciUpper));
    o.set("pi_lb", Json::number(f.piLower));
    o.set("pi_ub", Json::number(f.piUpper));
    o.set("tau2", Json::number(f.tau2));
    o.set("tau2_se", Json::number(f.tau2Se));
    const auto &ci = a.heterogeneityCi;
    o.set("tau2_ci_lb", ci ? Json::number(ci->tau2Lower) : Json());
    o.set("tau2_ci_ub", ci ? Json::number(ci->tau2Upper) : Json());
    o.set("I2", Json::number(f.I2));
    o.set("I2_ci_lb", ci ? Json::number(ci->I2Lower) : Json());
    o.set("I2_ci_ub", ci ? Json::number(ci->I2Upper) : Json());
    o.set("H2", Json::number(f.H2));
    o.set("Q", Json::number(f.Q));
    o.set("Q_df", Json::number(f.Qdf));
    o.set("Q_pval", Json::number(f.Qpval));
    if (a.egger)
        o.set("egger",
              Json::object()
                  .set("stat", Json::number(a.egger->stat))
                  .set("pval", Json::number(a.egger->pval))
                  .set("limit_estimate", Json::number(a.egger->limitEstimate)));
    else
        o.set("egger", Json());
    if (a.begg)
        o.set("begg", Json::object().set("tau", Json::number(a.begg->tau)).set("pval", Json::number(a.begg->pval)));
    else
        o.set("begg", Json());
    if (a.trimfill)
        o.set("trimfill",
              Json::object()
                  .set("k0", Json::number(a.trimfill->k0))
                  .set("side", Json::string(a.trimfill->side == synth::Side::Left ? "left" : "right"))
                  .set("estimate", Json::number(a.trimfill->filled.estimate))
                  .set("se", Json::number(a.trimfill->filled.se))
                  .set("tau2", Json::number(a.trimfill->filled.tau2)));
    else
        o.set("trimfill", Json());
    if (a.leave1out)
        o.set("leave1out",
              Json::object()
                  .set("estimate", numbers(a.leave1out->estimate))
                  .set("tau2", ee ? Json() : numbers(a.leave1out->tau2))
                  .set("I2", numbers(a.leave1out->I2)));
    else
        o.set("leave1out", Json());
    if (a.cumulative) {
        const synth::Cumulative &cu = *a.cumulative;
        Json order = Json::array();
        for (std::size_t row : cu.order)
            order.append(Json::string(row < labels.size() ? labels[row] : std::to_string(row + 1)));
        o.set("cumulative",
              Json::object()
                  .set("by", Json::string(cumulativeBy))
                  .set("order", order)
                  .set("estimate", numbers(cu.estimate))
                  .set("ci_lb", numbers(cu.ciLower))
                  .set("ci_ub", numbers(cu.ciUpper))
                  .set("tau2", ee ? Json() : numbers(cu.tau2))
                  .set("I2", numbers(cu.I2)));
    }
    if (a.influence) {
        const synth::Influence &in = *a.influence;
        Json flags = Json::array();
        for (bool b : in.influential)
            flags.append(Json::boolean(b));
        o.set("influence",
              Json::object()
                  .set("rstudent", numbers(in.rstudent))
                  .set("dffits", numbers(in.dffits))
                  .set("cook_d", numbers(in.cookD))
                  .set("cov_r", numbers(in.covRatio))
                  .set("tau2_del", numbers(in.tau2Deleted))
                  .set("QE_del", numbers(in.QDeleted))
                  .set("hat", numbers(in.hat))
                  .set("weight", numbers(in.weight))
                  .set("inf", flags));
    }
    return o;
}

Json effectKeys(const std::vector<synth::EffectSize> &effects)
{
    Json yi = Json::array(), vi = Json::array();
    for (const synth::EffectSize &e : effects) {
        yi.append(Json::number(e.yi));
        vi.append(Json::number(e.vi));
    }
    return Json::object().set("yi", yi).set("vi", vi);
}

Tolerance referenceTolerance(const std::string &path, double unit)
{
    static const char *const variances[] = {"tau2", "tau2_se", "tau2_ci_lb", "tau2_ci_ub", "tau2_del", "vi"};
    static const char *const effects[] = {"estimate", "se", "ci_lb", "ci_ub", "pi_lb", "pi_ub", "limit_estimate", "yi"};
    const std::size_t dot = path.rfind('.');
    std::string key = dot == std::string::npos ? path : path.substr(dot + 1);
    key = key.substr(0, key.find('['));
    double factor = 1;
    for (const char *v : variances)
        if (key == v)
            factor = unit;
    for (const char *e : effects)
        if (key == e)
            factor = std::sqrt(unit);
    return {kMetafor.relative, kMetafor.absolute * factor};
}

double medianOf(const std::vector<double> &values)
{
    std::vector<double> v;
    for (double x : values)
        if (std::isfinite(x))
            v.push_back(x);
    if (v.empty())
        return 1;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

void compareKeys(Check &check, const Json &actual, const Json &expected, const std::string &path,
                 const std::function<Tolerance(const std::string &)> &tolerance)
{
    switch (expected.type()) {
    case Json::Type::Null:
        check.expect(actual.isNull(), path, "expected null (undefined), got " + actual.dump());
        return;
    case Json::Type::Object:
        if (!actual.isObject()) {
            check.fail(path, "expected an object, got " + actual.dump());
            return;
        }
        for (const auto &[key, value] : expected.members()) {
            const std::string sub = path.empty() ? key : path + "." + key;
            if (const Json *a = actual.find(key))
                compareKeys(check, *a, value, sub, tolerance);
            else
                check.fail(sub, "a key the test does not know");
        }
        return;
    case Json::Type::Array:
        if (!actual.isArray() || actual.items().size() != expected.items().size()) {
            check.fail(path, "expected " + std::to_string(expected.items().size()) + " elements, got " + actual.dump());
            return;
        }
        for (std::size_t i = 0; i < expected.items().size(); ++i)
            compareKeys(check, actual.items()[i], expected.items()[i], element(path, i), tolerance);
        return;
    case Json::Type::Number:
        if (!actual.isNumber())
            check.fail(path, "expected " + expected.dump() + ", got " + actual.dump());
        else
            check.close(path, actual.toDouble(), expected.toDouble(), tolerance(path));
        return;
    case Json::Type::String:
        check.expect(actual.isString() && actual.toString() == expected.toString(), path,
                     "actual " + actual.dump() + ", expected " + expected.dump());
        return;
    case Json::Type::Bool:
        check.expect(actual.isBool() && actual.toBool() == expected.toBool(), path,
                     "actual " + actual.dump() + ", expected " + expected.dump());
        return;
    }
}

} // namespace evidencedesk::test
