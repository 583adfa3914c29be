// SPDX-License-Identifier: GPL-3.0-or-later
#include "review.h"

#include <QCoreApplication>

namespace evidencedesk {

namespace {

struct DesignEntry {
    Design design;
    const char *key;
    const char *name;
};

const DesignEntry kDesigns[] = {
    {Design::SystematicReview, "systematic_review", QT_TRANSLATE_NOOP("Design", "Systematic review / meta-analysis")},
    {Design::Rct, "rct", QT_TRANSLATE_NOOP("Design", "Randomised controlled trial")},
    {Design::NonRandomised, "non_randomised", QT_TRANSLATE_NOOP("Design", "Non-randomised trial")},
    {Design::Cohort, "cohort", QT_TRANSLATE_NOOP("Design", "Cohort study")},
    {Design::CaseControl, "case_control", QT_TRANSLATE_NOOP("Design", "Case-control study")},
    {Design::CrossSectional, "cross_sectional", QT_TRANSLATE_NOOP("Design", "Cross-sectional study")},
    {Design::NarrativeReview, "narrative_review", QT_TRANSLATE_NOOP("Design", "Narrative review")},
    {Design::ExpertOpinion, "expert_opinion", QT_TRANSLATE_NOOP("Design", "Expert opinion")},
    {Design::Other, "other", QT_TRANSLATE_NOOP("Design", "Other")},
    {Design::Unspecified, "", QT_TRANSLATE_NOOP("Design", "Not specified")},
};

QString normalisedKey(const QString &s)
{
    QString out;
    for (QChar c : s.trimmed().toLower())
        out.append(c.isLetterOrNumber() ? c : QLatin1Char('_'));
    while (out.contains(QLatin1String("__")))
        out.replace(QLatin1String("__"), QLatin1String("_"));
    return out;
}

} // namespace

QString designKey(Design d)
{
    for (const DesignEntry &e : kDesigns)
        if (e.design == d)
            return QString::fromLatin1(e.key);
    return {};
}

std::optional<Design> designFromKey(const QString &key)
{
    const QString k = normalisedKey(key);
    if (k.isEmpty() || k == QLatin1String("unspecified") || k == QLatin1String("na"))
        return Design::Unspecified;
    for (const DesignEntry &e : kDesigns)
        if (k == QLatin1String(e.key))
            return e.design;
    static const QHash<QString, Design> aliases {
        {QStringLiteral("meta_analysis"), Design::SystematicReview},
        {QStringLiteral("systematic_review_meta_analysis"), Design::SystematicReview},
        {QStringLiteral("sr"), Design::SystematicReview},
        {QStringLiteral("randomised_controlled_trial"), Design::Rct},
        {QStringLiteral("randomized_controlled_trial"), Design::Rct},
        {QStringLiteral("randomised_trial"), Design::Rct},
        {QStringLiteral("randomized_trial"), Design::Rct},
        {QStringLiteral("non_randomized"), Design::NonRandomised},
        {QStringLiteral("non_randomised_trial"), Design::NonRandomised},
        {QStringLiteral("non_randomized_trial"), Design::NonRandomised},
        {QStringLiteral("cohort_study"), Design::Cohort},
        {QStringLiteral("case_control_study"), Design::CaseControl},
        {QStringLiteral("cross_sectional_study"), Design::CrossSectional},
        {QStringLiteral("review"), Design::NarrativeReview},
        {QStringLiteral("expert"), Design::ExpertOpinion},
    };
    const auto it = aliases.find(k);
    return it == aliases.end() ? std::nullopt : std::optional<Design>(*it);
}

QString designName(Design d)
{
    for (const DesignEntry &e : kDesigns)
        if (e.design == d)
            return QCoreApplication::translate("Design", e.name);
    return {};
}

QList<Design> allDesigns()
{
    return {Design::SystematicReview, Design::Rct,           Design::NonRandomised,
            Design::Cohort,           Design::CaseControl,   Design::CrossSectional,
            Design::NarrativeReview,  Design::ExpertOpinion, Design::Other,
            Design::Unspecified};
}

QString stanceKey(Stance s)
{
    switch (s) {
    case Stance::Supporting:
        return QStringLiteral("supporting");
    case Stance::Contradicting:
        return QStringLiteral("contradicting");
    case Stance::Neutral:
        return QStringLiteral("neutral");
    case Stance::Untagged:
        break;
    }
    return QStringLiteral("untagged");
}

std::optional<Stance> stanceFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k.isEmpty() || k == QLatin1String("untagged") || k == QLatin1String("u"))
        return Stance::Untagged;
    if (k == QLatin1String("supporting") || k == QLatin1String("supports") || k == QLatin1String("s"))
        return Stance::Supporting;
    if (k == QLatin1String("contradicting") || k == QLatin1String("contradicts") || k == QLatin1String("c"))
        return Stance::Contradicting;
    if (k == QLatin1String("neutral") || k == QLatin1String("n"))
        return Stance::Neutral;
    return std::nullopt;
}

QString Subgrouping::key() const
{
    switch (kind) {
    case Kind::None:
        break;
    case Kind::Stance:
        return QStringLiteral("stance");
    case Kind::Design:
        return QStringLiteral("design");
    case Kind::Column:
        return column;
    }
    return {};
}

Subgrouping Subgrouping::fromKey(const QString &key)
{
    if (key.isEmpty())
        return {};
    if (key == QLatin1String("stance"))
        return {Kind::Stance, {}};
    if (key == QLatin1String("design"))
        return {Kind::Design, {}};
    return {Kind::Column, key};
}

QString stanceName(Stance s)
{
    switch (s) {
    case Stance::Supporting:
        return QCoreApplication::translate("Stance", "Supporting");
    case Stance::Contradicting:
        return QCoreApplication::translate("Stance", "Contradicting");
    case Stance::Neutral:
        return QCoreApplication::translate("Stance", "Neutral");
    case Stance::Untagged:
        break;
    }
    return QCoreApplication::translate("Stance", "Not tagged");
}

QString assertionKey(Assertion a)
{
    switch (a) {
    case Assertion::Increases:
        return QStringLiteral("increases");
    case Assertion::Decreases:
        return QStringLiteral("decreases");
    case Assertion::NoDifference:
        return QStringLiteral("no_difference");
    case Assertion::Unspecified:
        break;
    }
    return QStringLiteral("unspecified");
}

std::optional<Assertion> assertionFromKey(const QString &key)
{
    for (Assertion a : {Assertion::Unspecified, Assertion::Increases, Assertion::Decreases, Assertion::NoDifference})
        if (assertionKey(a) == key)
            return a;
    return std::nullopt;
}

namespace {
bool sameNumber(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

} // namespace

bool sameData(const synth::StudyInput &a, const synth::StudyInput &b)
{
    for (const synth::StudyInputField &f : synth::kStudyInputFields)
        if (!sameNumber(a.*f.member, b.*f.member))
            return false;
    return true;
}

bool hasData(const synth::StudyInput &d)
{
    for (const synth::StudyInputField &f : synth::kStudyInputFields)
        if (!std::isnan(d.*f.member))
            return true;
    return false;
}

namespace {
struct OutcomeTypeEntry {
    OutcomeType type;
    const char *key;
    const char *name;
};

const OutcomeTypeEntry kOutcomeTypes[] = {
    {OutcomeType::Dichotomous, "dichotomous", QT_TRANSLATE_NOOP("Outcome", "Dichotomous (events / total)")},
    {OutcomeType::Continuous, "continuous", QT_TRANSLATE_NOOP("Outcome", "Continuous (mean, SD, N)")},
    {OutcomeType::Correlation, "correlation", QT_TRANSLATE_NOOP("Outcome", "Correlation (r, N)")},
    {OutcomeType::Generic, "generic", QT_TRANSLATE_NOOP("Outcome", "Effect estimate with its SE or variance")},
};
} // namespace

QString outcomeTypeKey(OutcomeType t)
{
    for (const OutcomeTypeEntry &e : kOutcomeTypes)
        if (e.type == t)
            return QString::fromLatin1(e.key);
    return {};
}

std::optional<OutcomeType> outcomeTypeFromKey(const QString &key)
{
    for (const OutcomeTypeEntry &e : kOutcomeTypes)
        if (key == QLatin1String(e.key))
            return e.type;
    return std::nullopt;
}

QString outcomeTypeName(OutcomeType t)
{
    for (const OutcomeTypeEntry &e : kOutcomeTypes)
        if (e.type == t)
            return QCoreApplication::translate("Outcome", e.name);
    return {};
}

QList<OutcomeType> allOutcomeTypes()
{
    return {OutcomeType::Dichotomous, OutcomeType::Continuous, OutcomeType::Correlation, OutcomeType::Generic};
}

QStringList outcomeColumns(OutcomeType t)
{
    switch (t) {
    case OutcomeType::Dichotomous:
        return {QStringLiteral("ai"), QStringLiteral("n1i"), QStringLiteral("ci"), QStringLiteral("n2i")};
    case OutcomeType::Continuous:
        return {QStringLiteral("m1i"), QStringLiteral("sd1i"), QStringLiteral("n1i"),
                QStringLiteral("m2i"), QStringLiteral("sd2i"), QStringLiteral("n2i")};
    case OutcomeType::Correlation:
        return {QStringLiteral("ri"), QStringLiteral("ni")};
    case OutcomeType::Generic:
        break;
    }
    return {QStringLiteral("yi"), QStringLiteral("sei"), QStringLiteral("vi")};
}

QString outcomeColumnName(const QString &column)
{
    static const QHash<QString, const char *> names {
        {QStringLiteral("ai"), QT_TRANSLATE_NOOP("Outcome", "Events (intervention)")},
        {QStringLiteral("bi"), QT_TRANSLATE_NOOP("Outcome", "Non-events (intervention)")},
        {QStringLiteral("ci"), QT_TRANSLATE_NOOP("Outcome", "Events (comparator)")},
        {QStringLiteral("di"), QT_TRANSLATE_NOOP("Outcome", "Non-events (comparator)")},
        {QStringLiteral("n1i"), QT_TRANSLATE_NOOP("Outcome", "Total (intervention)")},
        {QStringLiteral("n2i"), QT_TRANSLATE_NOOP("Outcome", "Total (comparator)")},
        {QStringLiteral("m1i"), QT_TRANSLATE_NOOP("Outcome", "Mean (intervention)")},
        {QStringLiteral("sd1i"), QT_TRANSLATE_NOOP("Outcome", "SD (intervention)")},
        {QStringLiteral("m2i"), QT_TRANSLATE_NOOP("Outcome", "Mean (comparator)")},
        {QStringLiteral("sd2i"), QT_TRANSLATE_NOOP("Outcome", "SD (comparator)")},
        {QStringLiteral("ri"), QT_TRANSLATE_NOOP("Outcome", "Correlation r")},
        {QStringLiteral("ni"), QT_TRANSLATE_NOOP("Outcome", "N")},
        {QStringLiteral("yi"), QT_TRANSLATE_NOOP("Outcome", "Estimate")},
        {QStringLiteral("vi"), QT_TRANSLATE_NOOP("Outcome", "Variance")},
        {QStringLiteral("sei"), QT_TRANSLATE_NOOP("Outcome", "Standard error")},
    };
    const char *name = names.value(column);
    return name ? QCoreApplication::translate("Outcome", name) : column;
}

const synth::StudyInputField *studyInputField(const QString &name)
{
    for (const synth::StudyInputField &f : synth::kStudyInputFields)
        if (name == QLatin1String(f.name.data(), qsizetype(f.name.size())))
            return &f;
    return nullptr;
}

OutcomeType outcomeTypeOf(const synth::StudyInput &d)
{
    auto given = [](double x) { return !std::isnan(x); };
    if (given(d.ai) && given(d.ci) && ((given(d.n1i) && given(d.n2i)) || (given(d.bi) && given(d.di))))
        return OutcomeType::Dichotomous;
    if (given(d.m1i) && given(d.m2i))
        return OutcomeType::Continuous;
    if (given(d.ri))
        return OutcomeType::Correlation;
    return OutcomeType::Generic;
}

QList<synth::Measure> measuresFor(OutcomeType t)
{
    using synth::Measure;
    switch (t) {
    case OutcomeType::Dichotomous:
        return {Measure::RR, Measure::OR, Measure::RD};
    case OutcomeType::Continuous:
        return {Measure::SMD, Measure::MD, Measure::ROM};
    case OutcomeType::Correlation:
        return {Measure::ZCOR, Measure::COR};
    case OutcomeType::Generic:
        break;
    }
    return {Measure::GEN};
}

bool Claim::operator==(const Claim &o) const
{
    return id == o.id && originalText == o.originalText && assertion == o.assertion
        && sameNumber(equivalenceMargin, o.equivalenceMargin) && mechanismOverview == o.mechanismOverview
        && goldStandardNote == o.goldStandardNote && createdAt == o.createdAt && refinements == o.refinements
        && favoursLeft == o.favoursLeft && favoursRight == o.favoursRight && outcomeId == o.outcomeId
        && sameNumber(assumedRisk, o.assumedRisk);
}

bool Study::operator==(const Study &o) const
{
    return id == o.id && authors == o.authors && title == o.title && journal == o.journal && doi == o.doi
        && pmid == o.pmid && url == o.url && year == o.year && design == o.design && sameNumber(quality, o.quality)
        && qualityTool == o.qualityTool && included == o.included && exclusionReason == o.exclusionReason
        && notes == o.notes && extra == o.extra;
}

QString Study::label() const
{
    QString first = authors.section(QLatin1Char(';'), 0, 0).trimmed();
    if (first.contains(QLatin1Char(',')))
        first = first.section(QLatin1Char(','), 0, 0).trimmed();
    if (first.isEmpty())
        return title.isEmpty() ? QCoreApplication::translate("Study", "Untitled study") : title;
    const bool more = authors.contains(QLatin1Char(';'));
    const QString who = more ? QCoreApplication::translate("Study", "%1 et al.").arg(first) : first;
    return year > 0 ? QStringLiteral("%1 (%2)").arg(who, QString::number(year)) : who;
}

const Outcome *Review::outcome(qint64 id) const
{
    for (const Outcome &o : outcomes)
        if (o.id == id)
            return &o;
    return nullptr;
}

synth::StudyInput Review::dataOf(qint64 outcomeId, qint64 studyId) const
{
    const auto o = data.constFind(outcomeId);
    if (o == data.cend())
        return {};
    const auto d = o->constFind(studyId);
    return d == o->cend() ? synth::StudyInput() : *d;
}

RobAssessment Review::riskOfBias(qint64 outcomeId, qint64 studyId) const
{
    const auto o = risk.constFind(outcomeId);
    if (o != risk.cend()) {
        const auto a = o->constFind(studyId);
        if (a != o->cend())
            return *a;
    }
    for (const Study &s : studies)
        if (s.id == studyId)
            return RobAssessment::empty(robToolFor(s.design));
    return RobAssessment::empty(RobTool::Rob2);
}

const Claim *Review::claim(qint64 id) const
{
    for (const Claim &c : claims)
        if (c.id == id)
            return &c;
    return nullptr;
}

Stance Review::stance(qint64 claimId, qint64 studyId) const
{
    const auto c = stances.constFind(claimId);
    if (c == stances.cend())
        return Stance::Untagged;
    const auto s = c->constFind(studyId);
    return s == c->cend() ? Stance::Untagged : s->stance;
}

} // namespace evidencedesk
