<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AnalysisFormatText</name>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equal-Effects Model (k = %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random-Effects Model (k = %1; tau^2 estimator: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tau^2 (estimated amount of total heterogeneity): %1 (SE = %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1% CI [%2, %3]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tau (square root of estimated tau^2 value):      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I^2 (total heterogeneity / total variability):   %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1% CI [%2%, %3%]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H^2 (total variability / sampling variability):  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test for Heterogeneity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q(df = %1) = %2, p-val %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model Results:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prediction interval: [%1, %2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the ratio scale: %1 [%2, %3]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; prediction interval [%1, %2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egger&apos;s regression test for funnel plot asymmetry: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2, p = %3; limit estimate %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begg&apos;s rank correlation test: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kendall&apos;s tau = %1, p = %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (exact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trim-and-fill (L0): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 studies imputed on the %2 side; estimate %3 (SE = %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave-one-out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subgroups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test for subgroup differences: Q(df = %1) = %2, p-val %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalysisRunner</name>
    <message>
        <source>the synthesis settings are not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No included study has %1 outcome data yet. Add outcome data to the studies (double-click a study) or import a CSV with effect data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>Usage:
  evidencedesk-cli analyze DATA.csv --measure RR|OR|RD|MD|SMD|ROM|COR|ZCOR|GEN
                   [--method EE|DL|HE|HS|SJ|ML|REML|EB|PM] [--test z|knha] [--level 95]
                   [--group COLUMN] [--skip egger,begg,trimfill,leave1out] [--json]
  evidencedesk-cli analyze REVIEW.evidence [--claim ID] [--json]   (the stored analysis)
  evidencedesk-cli import REVIEW.evidence FILE.csv|FILE.ris|FILE.bib [--claim ID]
  evidencedesk-cli export REVIEW.evidence --csv OUT.csv [--claim ID]
  evidencedesk-cli demo OUT.evidence [--example hypertrophy|bcg]
  evidencedesk-cli plot REVIEW.evidence --forest|--funnel -o FILE.png|svg|pdf [--claim ID] [--dpi 300]
  evidencedesk-cli report REVIEW.evidence [--claim ID] -o OUT.pdf
  evidencedesk-cli --version

DATA.csv has a header row with columns named as metafor&apos;s escalc() arguments
(ai bi ci di n1i n2i m1i sd1i m2i sd2i ri ni yi vi sei) and an optional &apos;study&apos; column.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown measure &apos;%1&apos; (use RR, OR, RD, MD, SMD, ROM, COR, ZCOR or GEN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown method &apos;%1&apos; (use EE, DL, HE, HS, SJ, ML, REML, EB or PM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown test &apos;%1&apos; (use z or knha)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--level must be a number between 0 and 100, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown analysis &apos;%1&apos; in --skip (use egger, begg, trimfill, leave1out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the review has no claim %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the review has no claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--measure is required
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the review has no included studies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: study &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plot needs a review, --forest or --funnel, and -o FILE.png|svg|pdf
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown image type (use .png, .svg or .pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dpi must be a whole number from 36 to 1200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the synthesis settings are not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favours intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favours comparator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs a review and a file
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the import was not written (%2); the review is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: imported %2 of %3 studies from %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stance column was not used: the review has no claim yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped duplicate: %1:%2: %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo needs the file to write
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown example &apos;%1&apos; (use %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the %2 example review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data file given
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than one data file given (&apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report needs a review and -o OUT.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs a review and --csv OUT.csv</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandsText</name>
    <message>
        <source>Tag %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tag %n studies as %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n studies</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Refine claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add claim</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is not valid UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: a quote inside an unquoted field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: text after a closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: a quoted field is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: %3 fields, but the header has %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Design</name>
    <message>
        <source>Systematic review / meta-analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Randomised controlled trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-randomised trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case-control study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-sectional study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrative review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EffectDataText</name>
    <message>
        <source>%1:1: missing column: measure %2 needs the columns %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:1: missing column: no column &apos;%2&apos; to group by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: column %3: &apos;%4&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:2: the file has a header but no studies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExamplesText</name>
    <message>
        <source>unknown example &apos;%1&apos; (use %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the example &apos;%1&apos; is missing from this build</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoldStandardText</name>
    <message>
        <source>the population of the claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the intervention of the claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the usual alternative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the outcome of the claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>long enough for %1 to change; set from the included studies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1 participants (%2 per arm) give 80% power at a two-sided alpha of 0.05 to detect %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the minimal important difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pooled effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample size cannot be computed from these data: set a minimal important difference and record the studies&apos; sample sizes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A systematic review with individual participant data of several large, preregistered randomised trials like the one below, analysed together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A large, preregistered, multi-centre randomised trial with blinded outcome assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No randomised trial is included yet: this is the gap that matters most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heterogeneity is substantial (I² = %1%): stratify by the likely modifiers and report them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designed as an equivalence trial with a margin set in advance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A large prospective cohort with measured confounders, for long-term outcomes and groups that trials leave out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GradeText</name>
    <message>
        <source>Risk of bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inconsistency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indirectness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprecision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose-response gradient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plausible confounding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no synthesis to rate (no included study has outcome data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The designs of the studies are not recorded; rated as observational evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the weight comes from randomised trials (or reviews of them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most of the weight (%1) comes from observational studies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessable without a synthesis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the weight comes from studies rated below %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the weight comes from studies without a quality rating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A single study: consistency cannot be judged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I² = %1 and the prediction interval includes effects in both directions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I² = %1 (τ² = %2): substantial heterogeneity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prediction interval crosses the null although the confidence interval does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prediction interval crosses the null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I² = %1: little heterogeneity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge whether the studies&apos; population, intervention, comparator and outcome match the question; the data cannot say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The confidence interval includes important effects in both directions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The confidence interval crosses the minimal important difference (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The confidence interval includes no effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 participants in all, fewer than the optimal information size of about %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(infinite: no effect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 participants in all, more than the optimal information size of about %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The confidence interval excludes no effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessable: fewer than 10 studies (%1) are too few for funnel plot tests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, and the adjusted interval includes no effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrades apply to observational evidence only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A very large effect (ratio %1 or its inverse).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A large effect (ratio %1 or its inverse).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The effect is not large (ratio %1 or its inverse).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judged for ratio measures only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reviewer&apos;s judgement; the data cannot say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no synthesis of %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence is very uncertain about the effect on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intervention results in little or no difference in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intervention probably results in little or no difference in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intervention may result in little or no difference in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intervention increases %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intervention reduces %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intervention probably increases %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intervention probably reduces %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intervention may increase %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intervention may reduce %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Trim-and-fill imputes %n stud(ies)%1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>It does not count here: an upgrade applies only when nothing is downgraded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egger&apos;s test suggests small-study effects (p %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sign of small-study effects (Egger p %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message>
        <source>%1:%2: field %3: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is not valid UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown file type (use .csv, .ris or .bib)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the study has no title, study label, authors or DOI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown design &apos;%1&apos; (use systematic_review, rct, non_randomised, cohort, case_control, cross_sectional, narrative_review, expert_opinion or other)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a score from 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown stance &apos;%1&apos; (use supporting, contradicting, neutral or untagged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a count cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more events than participants (n1i)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more events than participants (n2i)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a standard deviation must be greater than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sampling variance cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a standard error cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a correlation must lie between -1 and 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record has no title (TI or T1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a record to start with &apos;TY  - &apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new record starts before the record of line %1 ended (ER)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record has no end (ER)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;{&apos; after @%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry @%1 is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry &apos;%1&apos; is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry &apos;%1&apos; does not end after this field: are its braces balanced?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or the end of the entry after the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry &apos;%1&apos; has no title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a field name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;=&apos; after the field name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &apos;{&apos; is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &apos;&quot;&apos; is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; in the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown macro &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same DOI as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same title and year as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message numerus="yes">
        <source>%n stud(ies) without the data this measure needs were left out</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessagesText</name>
    <message>
        <source>no study has the data this effect measure needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value is missing or not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a count cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are more events than participants in the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sample size is too small (n must be at least 2; above 3 for Fisher&apos;s z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a standard deviation must be greater than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ratio of means needs means greater than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a correlation must lie between -1 and 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sampling variance or standard error cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sampling variance is 0, so inverse-variance weights are undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are too few studies for this analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the estimation did not converge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model cannot be estimated from these data (the predictors are constant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the computation failed numerically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: 1/2 was added to each cell of its table because one cell is 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Knapp-Hartung adjustment is meant for random-effects models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with a single study the z test is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the likelihood is higher at tau^2 = 0 than where the iteration stopped; tau^2 was set to 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the estimation of tau^2 did not converge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some sampling variances are 0, so Q, I^2 and H^2 are undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the largest sampling variance is over ten million times the smallest; results may be unstable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the confidence interval for tau^2 is the null set: the studies are more alike than chance predicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lower confidence bound of tau^2 is truncated at 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the upper confidence bound of tau^2 lies beyond the search limit and is shown as that limit (%1), as metafor does: read it as &quot;more than %1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlotExportText</name>
    <message>
        <source>%1: unknown image type (use .png, .svg or .pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no analysis to plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the image could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forest plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with EvidenceDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlotsText</name>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal (k = %1; I² = %2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equal-effects model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random-effects model (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prediction interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [%2% CI]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heterogeneity: Q = %1 (df = %2, p %3); I² = %4%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heterogeneity: τ² = %1; I² = %2%; Q = %3 (df = %4, p %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test for subgroup differences: Q = %1, df = %2, p %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shading: p &lt; 0.01, 0.01–0.05, 0.05–0.10, &gt; 0.10 (white)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>log risk ratios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log odds ratios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standardised mean differences (Hedges&apos; g with the exact small-sample correction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log ratios of means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correlation coefficients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fisher&apos;s z-transformed correlations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the effect sizes as given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an equal-effects (fixed-effect) model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a random-effects model with the DerSimonian-Laird estimator of τ²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a random-effects model with the Hedges estimator of τ²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a random-effects model with the Hunter-Schmidt estimator of τ²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a random-effects model with the Sidik-Jonkman estimator of τ²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a random-effects model with the maximum-likelihood estimator of τ²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a random-effects model with the restricted maximum-likelihood (REML) estimator of τ²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a random-effects model with the empirical Bayes estimator of τ²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a random-effects model with the Paule-Mandel estimator of τ²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the review has no claim to report on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EvidenceDesk report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favours intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favours comparator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EvidenceDesk report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EvidenceDesk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certainty of the evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanisms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synthesis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certainty of the evidence (GRADE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold standard evidence needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix: reproducing the numbers in R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current claim:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original claim:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why refined:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refinement history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why refined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mechanism has been written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most probable mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less supported, not ruled out (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No included study has %1 outcome data yet, so there is no synthesis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The synthesis could not be computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 studies; %2; %3% confidence intervals (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knapp-Hartung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pooled %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p (test of no effect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prediction interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>τ²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q (df), p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egger&apos;s regression test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begg&apos;s rank correlation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trim-and-fill (L0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 imputed on the %2 side; %3 [%4, %5]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forest plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subgroups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave-one-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting level: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assessable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer&apos;s judgement (suggested %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed by EvidenceDesk from the review question and the gaps in the evidence; not yet edited by the reviewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome and follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Knapp-Hartung adjustment (t distribution with k − 1 degrees of freedom)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the normal distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Subgroups (%1) were analysed separately and compared with a test for subgroup differences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No synthesis was computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the report: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test for subgroup differences: Q = %1, df = %2, p %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect sizes were computed as %1 (with 0.5 added to every cell of a 2×2 table containing a zero) and pooled with %2, using inverse-variance weights. Confidence intervals use %3 at the %4% level; the prediction interval uses the same critical value with τ² added to the variance. Heterogeneity is reported as Cochran&apos;s Q, I² and H² as defined in metafor, and τ² with its Q-profile confidence interval. Small-study effects were examined with Egger&apos;s regression test (the standard error as moderator in the same model), Begg&apos;s rank correlation test and trim-and-fill (L0 estimator). Leave-one-out analyses refit the model without each study in turn.%5 Certainty was rated with GRADE. Computations by EvidenceDesk %6, whose engine agrees with metafor 3.8-1 to a relative 1e-6 on every reported quantity.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewStoreText</name>
    <message>
        <source>unknown database error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not an EvidenceDesk review (not a database file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the review file is damaged (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not an EvidenceDesk review (a database of another program)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the review was written by a newer EvidenceDesk (file format %2; this version reads up to %3). Open it with a newer EvidenceDesk; it was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not an EvidenceDesk review (no schema version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be opened for writing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the review could not be brought up to date: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a file of that name exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the review: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SQLite driver gives no connection handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no study with id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stance</name>
    <message>
        <source>Supporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contradicting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tagged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Study</name>
    <message>
        <source>Untitled study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 et al.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>evidencedesk::CertaintyPanel</name>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain-language conclusion (edit to word it your way; empty returns to the suggestion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the suggested conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Certainty: %1 %2&lt;/b&gt;&lt;br&gt;Starting level %3: %4&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assessable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Your justification: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why do you judge %1 differently? (required)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>evidencedesk::ClaimPanel</name>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claims of this review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New claim…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not specified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an increase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decrease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no meaningful difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>margin not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equivalence margin on the analysis scale (log scale for ratios): effects within it count as no meaningful difference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the claim asserts about the outcome; each study&apos;s own effect is judged against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asserts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refine claim…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why refined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refinement history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This review has no claim yet. Use “New claim…” to state one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State the claim:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>evidencedesk::GoldStandardPanel</name>
    <message>
        <source>Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why / notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose from the evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit gold-standard evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The studies that would prove or disprove the claim, strongest design first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose gold-standard evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add gold-standard evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete gold-standard evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder gold-standard evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list is empty: “Propose from the evidence” starts one from the review question and the gaps in the evidence, for you to edit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>evidencedesk::MainWindow</name>
    <message>
        <source>Open a review (File ▸ Open) or start a new one (File ▸ New).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Studies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Studies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Study…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Studies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About EvidenceDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the review file failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by author, title or year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All designs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Included only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanisms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certainty (GRADE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plot was not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EvidenceDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — EvidenceDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) — EvidenceDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporting (%1) · Contradicting (%2) · Neutral (%3) · Not tagged (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include in synthesis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclude from synthesis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing study %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The review is unchanged. Correct the file and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n stud(ies) from %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EvidenceDesk reviews (*.evidence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EvidenceDesk reviews (*.evidence);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import studies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studies (*.csv *.ris *.bib);;CSV with effect data (*.csv);;RIS (*.ris);;BibTeX (*.bib)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export studies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report cancelled: no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About EvidenceDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;EvidenceDesk %1&lt;/h3&gt;&lt;p&gt;Evidence synthesis for systematic reviewers.&lt;/p&gt;&lt;p&gt;Qt %2 · Boost %3 · SQLite %4&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Study…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>evidencedesk::MechanismEditor</name>
    <message>
        <source>Mechanisms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add alternative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make most probable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain-language summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain of steps (double-click to edit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit mechanism step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most probable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternative %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit mechanism summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder mechanism steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add mechanism step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove mechanism step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the mechanism in plain language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promote mechanism</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>evidencedesk::PlotWidget</name>
    <message>
        <source>Exclude %1 from the synthesis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export plot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forest-plot.svg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>funnel-plot.svg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG (*.svg);;PDF (*.pdf);;PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution (dots per inch):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>evidencedesk::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default synthesis for new claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knapp-Hartung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>τ² estimator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies when EvidenceDesk next starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>evidencedesk::RefineDialog</name>
    <message>
        <source>Refine claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refined claim:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why refined (required): which evidence made the claim narrower or broader?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>evidencedesk::ReviewDocument</name>
    <message>
        <source>reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Include %n stud(ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exclude %n stud(ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change synthesis settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit review question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change GRADE judgement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>evidencedesk::StudyDialog</name>
    <message>
        <source>Study: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last, First; Last, First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PMID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design and quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. RoB 2, ROBINS-I, Newcastle-Ottawa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Included in the synthesis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome data (metafor&apos;s escalc columns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The study needs a title or authors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2 [%3, %4] (variance %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 effect from these data yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality score (0–100)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>evidencedesk::StudyTableModel</name>
    <message>
        <source>The study&apos;s own effect and confidence interval suggest “%1”, but it is tagged “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data suggest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect [95% CI]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Included</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>evidencedesk::SynthesisPanel</name>
    <message>
        <source>REML (random effects)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DerSimonian-Laird</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paule-Mandel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empirical Bayes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hedges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hunter-Schmidt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sidik-Jonkman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equal effects (fixed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knapp-Hartung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subgroups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favours intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favours comparator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order studies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forest plot columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equal-effects diamond too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel: significance contours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel: Egger&apos;s regression line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favours labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left of the null line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right of the null line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export plot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plot options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forest plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No analysis yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The estimation did not converge; no result is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 studies; %2 model; %3% confidence interval; p %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>equal-effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random-effects (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prediction interval %1 to %2: where the effect of a new study would be expected to lie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heterogeneity: τ² = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; I² = %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; Q = %1 (df %2), p %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egger&apos;s test: p %1 (limit estimate %2). </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begg&apos;s test: Kendall&apos;s τ = %1, p %2. </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Trim-and-fill: %n stud(ies) imputed, </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>adjusted estimate %1 [%2, %3].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subgroups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test for subgroup differences: Q = %1 (df %2), p %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plot: the estimation did not converge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Favours” labels…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Evidence synthesis for systematic reviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review file to open (*.evidence).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
