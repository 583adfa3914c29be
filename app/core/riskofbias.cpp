// SPDX-License-Identifier: GPL-3.0-or-later
#include "riskofbias.h"

#include "review.h"

#include <QCoreApplication>

#include <algorithm>

namespace evidencedesk {

namespace {

struct JudgementEntry {
    RobJudgement judgement;
    const char *key;
    const char *symbol;
    const char *name;
};

const JudgementEntry kJudgements[] = {
    {RobJudgement::Low, "low", "L", QT_TRANSLATE_NOOP("RiskOfBias", "Low")},
    {RobJudgement::SomeConcerns, "some", "S", QT_TRANSLATE_NOOP("RiskOfBias", "Some concerns")},
    {RobJudgement::High, "high", "H", QT_TRANSLATE_NOOP("RiskOfBias", "High")},
    {RobJudgement::Moderate, "moderate", "M", QT_TRANSLATE_NOOP("RiskOfBias", "Moderate")},
    {RobJudgement::Serious, "serious", "S", QT_TRANSLATE_NOOP("RiskOfBias", "Serious")},
    {RobJudgement::Critical, "critical", "C", QT_TRANSLATE_NOOP("RiskOfBias", "Critical")},
    {RobJudgement::NoInformation, "ni", "NI", QT_TRANSLATE_NOOP("RiskOfBias", "No information")},
    {RobJudgement::NotAssessed, "", "", QT_TRANSLATE_NOOP("RiskOfBias", "Not assessed")},
};

const JudgementEntry &entry(RobJudgement j)
{
    for (const JudgementEntry &e : kJudgements)
        if (e.judgement == j)
            return e;
    return kJudgements[std::size(kJudgements) - 1];
}

struct DomainEntry {
    const char *name;
    QList<const char *> questions;
};

// RoB 2 for individually randomised parallel-group trials, effect of assignment to intervention (Sterne et al.,
// BMJ 2019;366:l4898; the signalling questions as the RoB 2 guidance of 22 August 2019 words them).
const QList<DomainEntry> &rob2Domains()
{
    static const QList<DomainEntry> d {
        {QT_TRANSLATE_NOOP("RiskOfBias", "Bias arising from the randomisation process"),
         {QT_TRANSLATE_NOOP("RiskOfBias", "1.1 Was the allocation sequence random?"),
          QT_TRANSLATE_NOOP("RiskOfBias",
                            "1.2 Was the allocation sequence concealed until participants were enrolled "
                            "and assigned to interventions?"),
          QT_TRANSLATE_NOOP("RiskOfBias",
                            "1.3 Did baseline differences between intervention groups suggest a problem "
                            "with the randomisation process?")}},
        {QT_TRANSLATE_NOOP("RiskOfBias", "Bias due to deviations from intended interventions"),
         {QT_TRANSLATE_NOOP("RiskOfBias",
                            "2.1 Were participants aware of their assigned intervention during the trial?"),
          QT_TRANSLATE_NOOP("RiskOfBias",
                            "2.2 Were carers and people delivering the interventions aware of participants' "
                            "assigned intervention during the trial?"),
          QT_TRANSLATE_NOOP("RiskOfBias",
                            "2.3 Were there deviations from the intended intervention that arose because "
                            "of the trial context?"),
          QT_TRANSLATE_NOOP("RiskOfBias", "2.4 Were these deviations likely to have affected the outcome?"),
          QT_TRANSLATE_NOOP("RiskOfBias",
                            "2.5 Were these deviations from intended intervention balanced between "
                            "groups?"),
          QT_TRANSLATE_NOOP("RiskOfBias",
                            "2.6 Was an appropriate analysis used to estimate the effect of assignment to "
                            "intervention?"),
          QT_TRANSLATE_NOOP("RiskOfBias",
                            "2.7 Was there potential for a substantial impact (on the result) of the "
                            "failure to analyse participants in the group to which they were "
                            "randomised?")}},
        {QT_TRANSLATE_NOOP("RiskOfBias", "Bias due to missing outcome data"),
         {QT_TRANSLATE_NOOP("RiskOfBias",
                            "3.1 Were data for this outcome available for all, or nearly all, "
                            "participants randomised?"),
          QT_TRANSLATE_NOOP("RiskOfBias",
                            "3.2 Is there evidence that the result was not biased by missing outcome "
                            "data?"),
          QT_TRANSLATE_NOOP("RiskOfBias", "3.3 Could missingness in the outcome depend on its true value?"),
          QT_TRANSLATE_NOOP("RiskOfBias",
                            "3.4 Is it likely that missingness in the outcome depended on its true "
                            "value?")}},
        {QT_TRANSLATE_NOOP("RiskOfBias", "Bias in measurement of the outcome"),
         {QT_TRANSLATE_NOOP("RiskOfBias", "4.1 Was the method of measuring the outcome inappropriate?"),
          QT_TRANSLATE_NOOP("RiskOfBias",
                            "4.2 Could measurement or ascertainment of the outcome have differed between "
                            "intervention groups?"),
          QT_TRANSLATE_NOOP("RiskOfBias",
                            "4.3 Were outcome assessors aware of the intervention received by study "
                            "participants?"),
          QT_TRANSLATE_NOOP("RiskOfBias",
                            "4.4 Could assessment of the outcome have been influenced by knowledge of "
                            "intervention received?"),
          QT_TRANSLATE_NOOP("RiskOfBias",
                            "4.5 Is it likely that assessment of the outcome was influenced by knowledge "
                            "of intervention received?")}},
        {QT_TRANSLATE_NOOP("RiskOfBias", "Bias in selection of the reported result"),
         {QT_TRANSLATE_NOOP("RiskOfBias",
                            "5.1 Were the data that produced this result analysed in accordance with a "
                            "pre-specified analysis plan that was finalised before unblinded outcome "
                            "data were available for analysis?"),
          QT_TRANSLATE_NOOP("RiskOfBias",
                            "5.2 Is the numerical result being assessed likely to have been selected, on "
                            "the basis of the results, from multiple eligible outcome measurements (e.g. "
                            "scales, definitions, time points) within the outcome domain?"),
          QT_TRANSLATE_NOOP("RiskOfBias",
                            "5.3 Is the numerical result being assessed likely to have been selected, on "
                            "the basis of the results, from multiple eligible analyses of the data?")}},
    };
    return d;
}

// ROBINS-I (Sterne et al., BMJ 2016;355:i4919; the signalling questions of its detailed guidance, 2016).
const QList<DomainEntry> &robinsDomains()
{
    static const QList<DomainEntry> d {
        {QT_TRANSLATE_NOOP("RiskOfBias", "Bias due to confounding"),
         {QT_TRANSLATE_NOOP("RiskOfBias",
                            "1.1 Is there potential for confounding of the effect of intervention in this "
                            "study?"),
          QT_TRANSLATE_NOOP("RiskOfBias",
                            "1.2 Was the analysis based on splitting participants' follow-up time "
                            "according to intervention received?"),
          QT_TRANSLATE_NOOP("RiskOfBias",
                            "1.3 Were intervention discontinuations or switches likely to be related to "
                            "factors that are prognostic for the outcome?"),
          QT_TRANSLATE_NOOP("RiskOfBias",
                            "1.4 Did the authors use an appropriate analysis method that controlled for "
                            "all the important confounding domains?"),
          QT_TRANSLATE_NOOP("RiskOfBias",
                            "1.5 Were confounding domains that were controlled for measured validly and "
                            "reliably by the variables available in this study?"),
          QT_TRANSLATE_NOOP("RiskOfBias",
                            "1.6 Did the authors control for any post-intervention variables that could "
                            "have been affected by the intervention?"),
          QT_TRANSLATE_NOOP("RiskOfBias",
                            "1.7 Did the authors use an appropriate analysis method that adjusted for all "
                            "the important confounding domains and for time-varying confounding?"),
          QT_TRANSLATE_NOOP("RiskOfBias",
                            "1.8 Were confounding domains that were adjusted for measured validly and "
                            "reliably by the variables available in this study?")}},
        {QT_TRANSLATE_NOOP("RiskOfBias", "Bias in selection of participants into the study"),
         {QT_TRANSLATE_NOOP("RiskOfBias",
                            "2.1 Was selection of participants into the study (or into the analysis) "
                            "based on participant characteristics observed after the start of "
                            "intervention?"),
          QT_TRANSLATE_NOOP("RiskOfBias",
                            "2.2 Were the post-intervention variables that influenced selection likely to "
                            "be associated with intervention?"),
          QT_TRANSLATE_NOOP("RiskOfBias",
                            "2.3 Were the post-intervention variables that influenced selection likely to "
                            "be influenced by the outcome or a cause of the outcome?"),
          QT_TRANSLATE_NOOP("RiskOfBias",
                            "2.4 Do start of follow-up and start of intervention coincide for most "
                            "participants?"),
          QT_TRANSLATE_NOOP("RiskOfBias",
                            "2.5 Were adjustment techniques used that are likely to correct for the "
                            "presence of selection biases?")}},
        {QT_TRANSLATE_NOOP("RiskOfBias", "Bias in classification of interventions"),
         {QT_TRANSLATE_NOOP("RiskOfBias", "3.1 Were intervention groups clearly defined?"),
          QT_TRANSLATE_NOOP("RiskOfBias",
                            "3.2 Was the information used to define intervention groups recorded at the "
                            "start of the intervention?"),
          QT_TRANSLATE_NOOP("RiskOfBias",
                            "3.3 Could classification of intervention status have been affected by "
                            "knowledge of the outcome or risk of the outcome?")}},
        {QT_TRANSLATE_NOOP("RiskOfBias", "Bias due to deviations from intended interventions"),
         {QT_TRANSLATE_NOOP("RiskOfBias",
                            "4.1 Were there deviations from the intended intervention beyond what would be "
                            "expected in usual practice?"),
          QT_TRANSLATE_NOOP("RiskOfBias",
                            "4.2 Were these deviations from intended intervention unbalanced between "
                            "groups and likely to have affected the outcome?"),
          QT_TRANSLATE_NOOP("RiskOfBias", "4.3 Were important co-interventions balanced across intervention groups?"),
          QT_TRANSLATE_NOOP("RiskOfBias", "4.4 Was the intervention implemented successfully for most participants?"),
          QT_TRANSLATE_NOOP("RiskOfBias", "4.5 Did study participants adhere to the assigned intervention regimen?"),
          QT_TRANSLATE_NOOP("RiskOfBias",
                            "4.6 Was an appropriate analysis used to estimate the effect of starting and "
                            "adhering to the intervention?")}},
        {QT_TRANSLATE_NOOP("RiskOfBias", "Bias due to missing data"),
         {QT_TRANSLATE_NOOP("RiskOfBias", "5.1 Were outcome data available for all, or nearly all, participants?"),
          QT_TRANSLATE_NOOP("RiskOfBias", "5.2 Were participants excluded due to missing data on intervention status?"),
          QT_TRANSLATE_NOOP("RiskOfBias",
                            "5.3 Were participants excluded due to missing data on other variables needed "
                            "for the analysis?"),
          QT_TRANSLATE_NOOP("RiskOfBias",
                            "5.4 Are the proportion of participants and reasons for missing data similar "
                            "across interventions?"),
          QT_TRANSLATE_NOOP("RiskOfBias",
                            "5.5 Is there evidence that results were robust to the presence of missing "
                            "data?")}},
        {QT_TRANSLATE_NOOP("RiskOfBias", "Bias in measurement of outcomes"),
         {QT_TRANSLATE_NOOP("RiskOfBias",
                            "6.1 Could the outcome measure have been influenced by knowledge of the "
                            "intervention received?"),
          QT_TRANSLATE_NOOP("RiskOfBias",
                            "6.2 Were outcome assessors aware of the intervention received by study "
                            "participants?"),
          QT_TRANSLATE_NOOP("RiskOfBias",
                            "6.3 Were the methods of outcome assessment comparable across intervention "
                            "groups?"),
          QT_TRANSLATE_NOOP("RiskOfBias",
                            "6.4 Were any systematic errors in measurement of the outcome related to "
                            "intervention received?")}},
        {QT_TRANSLATE_NOOP("RiskOfBias", "Bias in selection of the reported result"),
         {QT_TRANSLATE_NOOP("RiskOfBias",
                            "7.1 Is the reported effect estimate likely to be selected, on the basis of "
                            "the results, from multiple outcome measurements within the outcome domain?"),
          QT_TRANSLATE_NOOP("RiskOfBias",
                            "7.2 Is the reported effect estimate likely to be selected, on the basis of "
                            "the results, from multiple analyses of the intervention-outcome "
                            "relationship?"),
          QT_TRANSLATE_NOOP("RiskOfBias",
                            "7.3 Is the reported effect estimate likely to be selected, on the basis of "
                            "the results, from different subgroups?")}},
    };
    return d;
}

const QList<DomainEntry> &domains(RobTool t)
{
    return t == RobTool::Rob2 ? rob2Domains() : robinsDomains();
}

QString translated(const char *text)
{
    return QCoreApplication::translate("RiskOfBias", text);
}

} // namespace

QString robToolKey(RobTool t)
{
    return t == RobTool::Rob2 ? QStringLiteral("rob2") : QStringLiteral("robins_i");
}

std::optional<RobTool> robToolFromKey(const QString &key)
{
    const QString k
        = key.trimmed().toLower().remove(QLatin1Char(' ')).remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    if (k == QLatin1String("rob2"))
        return RobTool::Rob2;
    if (k == QLatin1String("robinsi") || k == QLatin1String("robins"))
        return RobTool::RobinsI;
    return std::nullopt;
}

QString robToolName(RobTool t)
{
    return t == RobTool::Rob2 ? QStringLiteral("RoB 2") : QStringLiteral("ROBINS-I"); // i18n-exempt: tool names
}

RobTool robToolFor(Design d)
{
    switch (d) {
    case Design::Rct:
    case Design::Unspecified:
        return RobTool::Rob2;
    default:
        return RobTool::RobinsI;
    }
}

QString robJudgementKey(RobJudgement j)
{
    return QString::fromLatin1(entry(j).key);
}

std::optional<RobJudgement> robJudgementFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k.isEmpty())
        return RobJudgement::NotAssessed;
    for (const JudgementEntry &e : kJudgements)
        if (k == QLatin1String(e.key) || k == QString::fromLatin1(e.name).toLower())
            return e.judgement;
    if (k == QLatin1String("some concerns") || k == QLatin1String("some_concerns"))
        return RobJudgement::SomeConcerns;
    if (k == QLatin1String("no information") || k == QLatin1String("no_information"))
        return RobJudgement::NoInformation;
    if (k == QLatin1String("not assessed") || k == QLatin1String("na"))
        return RobJudgement::NotAssessed;
    return std::nullopt;
}

QString robJudgementName(RobJudgement j)
{
    return translated(entry(j).name);
}

QString robJudgementSymbol(RobJudgement j)
{
    return QString::fromLatin1(entry(j).symbol);
}

QList<RobJudgement> robJudgements(RobTool t)
{
    if (t == RobTool::Rob2)
        return {RobJudgement::Low, RobJudgement::SomeConcerns, RobJudgement::High};
    return {RobJudgement::Low, RobJudgement::Moderate, RobJudgement::Serious, RobJudgement::Critical,
            RobJudgement::NoInformation};
}

bool robAllows(RobTool t, RobJudgement j)
{
    return j == RobJudgement::NotAssessed || robJudgements(t).contains(j);
}

int robSeverity(RobJudgement j)
{
    switch (j) {
    case RobJudgement::Low:
        return 0;
    case RobJudgement::SomeConcerns:
    case RobJudgement::Moderate:
        return 1;
    case RobJudgement::High:
    case RobJudgement::Serious:
        return 2;
    case RobJudgement::Critical:
        return 3;
    case RobJudgement::NotAssessed:
    case RobJudgement::NoInformation:
        break;
    }
    return -1;
}

int robDomainCount(RobTool t)
{
    return int(domains(t).size());
}

QString robDomainName(RobTool t, int domain)
{
    if (domain < 0)
        return QCoreApplication::translate("RiskOfBias", "Overall");
    return domain < robDomainCount(t) ? translated(domains(t)[domain].name) : QString();
}

QString robDomainShortName(RobTool, int domain)
{
    return domain < 0 ? QCoreApplication::translate("RiskOfBias", "Overall")
                      : QStringLiteral("D%1").arg(domain + 1); // i18n-exempt: domain numbers as the tools print them
}

QStringList robSignallingQuestions(RobTool t, int domain)
{
    QStringList out;
    if (domain >= 0 && domain < robDomainCount(t))
        for (const char *q : domains(t)[domain].questions)
            out << translated(q);
    return out;
}

QString robDomainKey(int domain)
{
    return domain < 0 ? QStringLiteral("overall") : QStringLiteral("d%1").arg(domain + 1);
}

std::optional<int> robDomainFromKey(RobTool t, const QString &key)
{
    if (key == QLatin1String("overall"))
        return -1;
    bool number = false;
    const int d = key.startsWith(QLatin1Char('d')) ? key.mid(1).toInt(&number) - 1 : -1;
    return number && d >= 0 && d < robDomainCount(t) ? std::optional<int>(d) : std::nullopt;
}

QString robColumn(RobTool t, int domain)
{
    return (t == RobTool::Rob2 ? QStringLiteral("rob2_") : QStringLiteral("robins_")) + robDomainKey(domain);
}

QString robSupportColumn(int domain)
{
    return QStringLiteral("rob_support_") + robDomainKey(domain);
}

QStringList riskOfBiasColumns()
{
    QStringList out;
    for (RobTool t : {RobTool::Rob2, RobTool::RobinsI}) {
        for (int d = 0; d < robDomainCount(t); ++d)
            out << robColumn(t, d);
        out << robColumn(t, -1);
    }
    for (int d = 0; d < robDomainCount(RobTool::RobinsI); ++d)
        out << robSupportColumn(d);
    out << robSupportColumn(-1);
    return out;
}

RobAssessment RobAssessment::empty(RobTool tool)
{
    RobAssessment a;
    a.tool = tool;
    a.domains = QList<RobJudgement>(robDomainCount(tool), RobJudgement::NotAssessed);
    a.support = QStringList(robDomainCount(tool) + 1, QString());
    return a;
}

bool RobAssessment::isEmpty() const
{
    return overall == RobJudgement::NotAssessed
        && std::all_of(domains.begin(), domains.end(), [](RobJudgement j) { return j == RobJudgement::NotAssessed; })
        && std::all_of(support.begin(), support.end(), [](const QString &s) { return s.trimmed().isEmpty(); });
}

bool RobAssessment::isJudged() const
{
    return overall != RobJudgement::NotAssessed
        || std::any_of(domains.begin(), domains.end(), [](RobJudgement j) { return j != RobJudgement::NotAssessed; });
}

RobJudgement RobAssessment::overallOrDerived() const
{
    // RoB 2: high in any domain makes the result high; ROBINS-I: the overall is at least the most severe domain.
    RobJudgement worst = RobJudgement::NotAssessed;
    bool all = !domains.isEmpty();
    bool noInformation = false;
    for (RobJudgement j : domains) {
        if (j == RobJudgement::NotAssessed) {
            all = false;
            continue;
        }
        if (j == RobJudgement::NoInformation) {
            noInformation = true;
            continue;
        }
        if (robSeverity(j) > robSeverity(worst))
            worst = j;
    }
    if (overall != RobJudgement::NotAssessed) // given: never less serious than its most serious domain
        return robSeverity(worst) >= 1 && robSeverity(worst) > robSeverity(overall) ? worst : overall;
    if (robSeverity(worst) >= 2)
        return worst; // high, serious or critical already decides it
    if (!all)
        return RobJudgement::NotAssessed;
    if (noInformation && robSeverity(worst) < 1)
        return RobJudgement::NoInformation;
    return worst;
}

} // namespace evidencedesk
