// SPDX-License-Identifier: GPL-3.0-or-later
// Risk of bias as reviews record it: per study and outcome, Cochrane's RoB 2 for randomised trials (five domains)
// or ROBINS-I for non-randomised studies (seven domains), each domain and the overall judgement with the text that
// supports it. Keys (stored in files, read from CSV, printed by --json) never depend on the interface language.
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace evidencedesk {

enum class Design;

enum class RobTool {
    Rob2, ///< RoB 2 (Sterne et al., BMJ 2019;366:l4898)
    RobinsI, ///< ROBINS-I (Sterne et al., BMJ 2016;355:i4919)
};
QString robToolKey(RobTool t); ///< "rob2", "robins_i"
std::optional<RobTool> robToolFromKey(const QString &key);
QString robToolName(RobTool t); ///< "RoB 2", "ROBINS-I"
/// The tool a study's design calls for: randomised trials RoB 2, everything else ROBINS-I.
RobTool robToolFor(Design d);

/// A judgement of one domain or overall. RoB 2 uses Low / SomeConcerns / High; ROBINS-I Low / Moderate / Serious /
/// Critical / NoInformation. NotAssessed: not judged yet.
enum class RobJudgement { NotAssessed, Low, SomeConcerns, High, Moderate, Serious, Critical, NoInformation };
QString robJudgementKey(RobJudgement j); ///< "", "low", "some", "high", "moderate", "serious", "critical", "ni"
/// Also accepts the words ("some concerns", "no information", case-insensitive); nullopt if not a judgement.
std::optional<RobJudgement> robJudgementFromKey(const QString &key);
QString robJudgementName(RobJudgement j); ///< translated ("Some concerns")
/// The one- or two-letter symbol robvis prints in the traffic-light plot's circles ("L", "S", "H", "M", "C", "NI").
QString robJudgementSymbol(RobJudgement j);
/// The judgements a tool allows, least concern first (NotAssessed not included).
QList<RobJudgement> robJudgements(RobTool t);
bool robAllows(RobTool t, RobJudgement j);
/// Severity for weighting and GRADE: 0 low, 1 some concerns / moderate, 2 high / serious, 3 critical; -1 not
/// assessed or no information.
int robSeverity(RobJudgement j);

/// The tool's domains (RoB 2: 5, ROBINS-I: 7), in order.
int robDomainCount(RobTool t);
QString robDomainName(RobTool t, int domain); ///< translated ("Bias arising from the randomisation process")
QString robDomainShortName(RobTool t, int domain); ///< "D1", ... as the plots label them
/// The signalling questions of a domain, as the tool's guidance words them (translated), for help in the form.
QStringList robSignallingQuestions(RobTool t, int domain);
/// A domain's key in the review file and in the CSV columns' names: "d1" ... "d7", "overall" for domain -1.
QString robDomainKey(int domain);
/// The domain a key names ("d3" -> 2, "overall" -> -1); nullopt if the tool has no such domain.
std::optional<int> robDomainFromKey(RobTool t, const QString &key);
/// The CSV column of a domain ("rob2_d3", "robins_d7"), of the overall judgement (domain -1: "rob2_overall"), and
/// of their support text ("rob_support_d3", "rob_support_overall").
QString robColumn(RobTool t, int domain);
QString robSupportColumn(int domain);
/// Every risk-of-bias column of the CSV files: RoB 2's, ROBINS-I's, then the support texts.
QStringList riskOfBiasColumns();

/// One study's appraisal for one outcome.
struct RobAssessment {
    RobTool tool = RobTool::Rob2;
    QList<RobJudgement> domains; ///< robDomainCount(tool) entries
    RobJudgement overall = RobJudgement::NotAssessed;
    QStringList support; ///< domain support texts, then the overall's (robDomainCount(tool) + 1 entries)

    static RobAssessment empty(RobTool tool);
    /// A domain's judgement and support text (domain -1: the overall's); the domain must be one of the tool's.
    RobJudgement judgement(int domain) const { return domain < 0 ? overall : domains.value(domain); }
    QString supportOf(int domain) const
    {
        return domain < 0 ? support.value(support.size() - 1) : support.value(domain);
    }
    void set(int domain, RobJudgement j) { (domain < 0 ? overall : domains[domain]) = j; }
    void setSupport(int domain, const QString &text) { (domain < 0 ? support.last() : support[domain]) = text; }
    bool isEmpty() const; ///< nothing judged and no support text
    bool isJudged() const; ///< a domain or the overall judged (support text alone is not an appraisal)
    bool operator==(const RobAssessment &) const = default;
    /// The overall judgement as RoB 2 and ROBINS-I define it: the one given, but never less serious than the most
    /// serious domain (a given "low" over a high domain counts as high); when none is given, derived from the
    /// domains (RoB 2: high if any domain is high, some concerns if any is; ROBINS-I: the most severe). NotAssessed
    /// while the domains are incomplete and none of them decides it.
    RobJudgement overallOrDerived() const;
};

/// Outcome id -> study id -> the study's appraisal for that outcome.
using RiskOfBias = QHash<qint64, QHash<qint64, RobAssessment>>;

} // namespace evidencedesk
