<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AnalysisFormatText</name>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>Equal-Effects Model (k = %1)</source>
        <translation>Modell mit gemeinsamem Effekt (k = %1)</translation>
    </message>
    <message>
        <source>Random-Effects Model (k = %1; tau^2 estimator: %2)</source>
        <translation>Random-Effects-Modell (k = %1; Schätzer für tau^2: %2)</translation>
    </message>
    <message>
        <source>tau^2 (estimated amount of total heterogeneity): %1 (SE = %2)</source>
        <translation>tau^2 (geschätzte gesamte Heterogenität): %1 (SE = %2)</translation>
    </message>
    <message>
        <source>, %1% CI [%2, %3]</source>
        <translation>, %1%-KI [%2, %3]</translation>
    </message>
    <message>
        <source>tau (square root of estimated tau^2 value):      %1</source>
        <translation>tau (Quadratwurzel des geschätzten tau^2):       %1</translation>
    </message>
    <message>
        <source>I^2 (total heterogeneity / total variability):   %1%</source>
        <translation>I^2 (Heterogenität / Gesamtvariabilität):        %1%</translation>
    </message>
    <message>
        <source>, %1% CI [%2%, %3%]</source>
        <translation>, %1%-KI [%2%, %3%]</translation>
    </message>
    <message>
        <source>H^2 (total variability / sampling variability):  %1</source>
        <translation>H^2 (Gesamtvariabilität / Stichprobenvariabilität): %1</translation>
    </message>
    <message>
        <source>Test for Heterogeneity:</source>
        <translation>Test auf Heterogenität:</translation>
    </message>
    <message>
        <source>Q(df = %1) = %2, p-val %3</source>
        <translation>Q(df = %1) = %2, p %3</translation>
    </message>
    <message>
        <source>Model Results:</source>
        <translation>Modellergebnisse:</translation>
    </message>
    <message>
        <source>Prediction interval: [%1, %2]</source>
        <translation>Prädiktionsintervall: [%1, %2]</translation>
    </message>
    <message>
        <source>On the ratio scale: %1 [%2, %3]</source>
        <translation>Auf der Verhältnisskala: %1 [%2, %3]</translation>
    </message>
    <message>
        <source>; prediction interval [%1, %2]</source>
        <translation>; Prädiktionsintervall [%1, %2]</translation>
    </message>
    <message>
        <source>Egger&apos;s regression test for funnel plot asymmetry: </source>
        <translation>Egger-Regressionstest auf Funnel-Plot-Asymmetrie: </translation>
    </message>
    <message>
        <source>%1 = %2, p = %3; limit estimate %4</source>
        <translation>%1 = %2, p = %3; Grenzschätzer %4</translation>
    </message>
    <message>
        <source>Begg&apos;s rank correlation test: </source>
        <translation>Rangkorrelationstest nach Begg: </translation>
    </message>
    <message>
        <source>Kendall&apos;s tau = %1, p = %2%3</source>
        <translation>Kendalls tau = %1, p = %2%3</translation>
    </message>
    <message>
        <source> (exact)</source>
        <translation> (exakt)</translation>
    </message>
    <message>
        <source>Trim-and-fill (L0): </source>
        <translation>Trim-and-Fill (L0): </translation>
    </message>
    <message>
        <source>Leave-one-out:</source>
        <translation>Leave-one-out:</translation>
    </message>
    <message>
        <source>study</source>
        <translation>Studie</translation>
    </message>
    <message>
        <source>Subgroups:</source>
        <translation>Subgruppen:</translation>
    </message>
    <message>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Test for subgroup differences: Q(df = %1) = %2, p-val %3</source>
        <translation>Test auf Subgruppenunterschiede: Q(df = %1) = %2, p %3</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Warnungen:</translation>
    </message>
    <message>
        <source>left</source>
        <translation>linken</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechten</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage: 92.2%</comment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message numerus="yes">
        <source>%n stud(ies) imputed on the %1 side; estimate %2 (SE = %3)</source>
        <translation>
            <numerusform>%n Studie auf der %1 Seite ergänzt; Schätzer %2 (SE = %3)</numerusform>
            <numerusform>%n Studien auf der %1 Seite ergänzt; Schätzer %2 (SE = %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cumulative meta-analysis:</source>
        <translation>Kumulative Metaanalyse:</translation>
    </message>
    <message>
        <source>Influence diagnostics:</source>
        <translation>Einflussdiagnostik:</translation>
    </message>
    <message>
        <source>Mantel-Haenszel method</source>
        <translation>Mantel-Haenszel-Methode</translation>
    </message>
    <message>
        <source>Peto&apos;s method</source>
        <translation>Peto-Methode</translation>
    </message>
    <message>
        <source>Cochran-Mantel-Haenszel Test:    CMH = %1, df = 1, p-val %2</source>
        <translation>Cochran-Mantel-Haenszel-Test:    CMH = %1, df = 1, p %2</translation>
    </message>
    <message>
        <source>Tarone&apos;s Test for Heterogeneity: X^2 = %1, df = %2, p-val %3</source>
        <translation>Tarone-Test auf Heterogenität: X^2 = %1, df = %2, p %3</translation>
    </message>
    <message>
        <source>Mixed-Effects Model (k = %1; tau^2 estimator: %2)</source>
        <translation>Modell mit gemischten Effekten (k = %1; Schätzer für tau^2: %2)</translation>
    </message>
    <message>
        <source>tau^2 (estimated amount of residual heterogeneity):     %1 (SE = %2)</source>
        <translation>tau^2 (geschätzte Residualheterogenität): %1 (SE = %2)</translation>
    </message>
    <message>
        <source>I^2 (residual heterogeneity / unaccounted variability): %1%</source>
        <translation>I^2 (Residualheterogenität / unerklärte Variabilität): %1%</translation>
    </message>
    <message>
        <source>H^2 (unaccounted variability / sampling variability):   %1</source>
        <translation>H^2 (unerklärte Variabilität / Stichprobenvariabilität): %1</translation>
    </message>
    <message>
        <source>R^2 (amount of heterogeneity accounted for):            %1%</source>
        <translation>R^2 (erklärter Anteil der Heterogenität): %1%</translation>
    </message>
    <message>
        <source>Test for Residual Heterogeneity:</source>
        <translation>Test auf Residualheterogenität:</translation>
    </message>
    <message>
        <source>QE(df = %1) = %2, p-val %3</source>
        <translation>QE(df = %1) = %2, p %3</translation>
    </message>
    <message>
        <source>Test of Moderators (coefficients 2:%1):</source>
        <translation>Test der Moderatoren (Koeffizienten 2:%1):</translation>
    </message>
    <message>
        <source>F(df1 = %1, df2 = %2) = %3, p-val %4</source>
        <translation>F(df1 = %1, df2 = %2) = %3, p %4</translation>
    </message>
    <message>
        <source>QM(df = %1) = %2, p-val %3</source>
        <translation>QM(df = %1) = %2, p %3</translation>
    </message>
</context>
<context>
    <name>AnalysisRunner</name>
    <message>
        <source>No included study has %1 outcome data yet. Add outcome data to the studies (double-click a study) or import a CSV with effect data.</source>
        <translation>Keine eingeschlossene Studie hat bisher Ergebnisdaten für %1. Ergänzen Sie die Ergebnisdaten der Studien (Doppelklick auf eine Studie) oder importieren Sie eine CSV-Datei mit Effektdaten.</translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>unbekannte Option &apos;%1&apos;</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>Option %1 braucht einen Wert</translation>
    </message>
    <message>
        <source>unknown measure &apos;%1&apos; (use RR, OR, RD, MD, SMD, ROM, COR, ZCOR or GEN)</source>
        <translation>unbekanntes Effektmaß &apos;%1&apos; (RR, OR, RD, MD, SMD, ROM, COR, ZCOR oder GEN)</translation>
    </message>
    <message>
        <source>unknown test &apos;%1&apos; (use z or knha)</source>
        <translation>unbekannter Test &apos;%1&apos; (z oder knha)</translation>
    </message>
    <message>
        <source>unknown analysis &apos;%1&apos; in --skip (use egger, begg, trimfill, leave1out)</source>
        <translation>unbekannte Analyse &apos;%1&apos; in --skip (egger, begg, trimfill, leave1out)</translation>
    </message>
    <message>
        <source>%1: %2%3</source>
        <translation>%1: %2%3</translation>
    </message>
    <message>
        <source>column %1: </source>
        <translation>Spalte %1: </translation>
    </message>
    <message>
        <source>the review has no claim %1</source>
        <translation>das Review hat keine Aussage %1</translation>
    </message>
    <message>
        <source>--measure is required
%1</source>
        <translation>--measure ist erforderlich
%1</translation>
    </message>
    <message>
        <source>%1: the review has no included studies</source>
        <translation>%1: das Review hat keine eingeschlossenen Studien</translation>
    </message>
    <message>
        <source>%1: study &quot;%2&quot;</source>
        <translation>%1: Studie „%2“</translation>
    </message>
    <message>
        <source>--dpi must be a whole number from 36 to 1200</source>
        <translation>--dpi muss eine ganze Zahl von 36 bis 1200 sein</translation>
    </message>
    <message>
        <source>import needs a review and a file
%1</source>
        <translation>import braucht ein Review und eine Datei
%1</translation>
    </message>
    <message>
        <source>%1: the import was not written (%2); the review is unchanged</source>
        <translation>%1: der Import wurde nicht geschrieben (%2); das Review ist unverändert</translation>
    </message>
    <message>
        <source>demo needs the file to write
%1</source>
        <translation>demo braucht die zu schreibende Datei
%1</translation>
    </message>
    <message>
        <source>unknown example &apos;%1&apos; (use %2)</source>
        <translation>unbekanntes Beispiel &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <source>%1: the %2 example review</source>
        <translation>%1: das Beispiel-Review %2</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;
%2</source>
        <translation>unbekannter Befehl &apos;%1&apos;
%2</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>no data file given
%1</source>
        <translation>keine Datendatei angegeben
%1</translation>
    </message>
    <message>
        <source>more than one data file given (&apos;%1&apos;)</source>
        <translation>mehr als eine Datendatei angegeben (&apos;%1&apos;)</translation>
    </message>
    <message>
        <source>report needs a review and -o OUT.pdf</source>
        <translation>report braucht ein Review und -o AUS.pdf</translation>
    </message>
    <message>
        <source>export needs a review and --csv OUT.csv</source>
        <translation>export braucht ein Review und --csv AUS.csv</translation>
    </message>
    <message>
        <source>--level must be a percentage from 50 to 99.99 (or a proportion such as 0.95), not &apos;%1&apos;</source>
        <translation>--level muss ein Prozentsatz von 50 bis 99,99 sein (oder ein Anteil wie 0.95), nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Aufruf:</translation>
    </message>
    <message>
        <source>DATA.csv has a header row with columns named as metafor&apos;s escalc() arguments (ai bi ci di n1i n2i m1i sd1i m2i sd2i ri ni yi vi sei) and an optional &apos;study&apos; column.</source>
        <translation>DATA.csv hat eine Kopfzeile mit Spalten, die wie die Argumente von metafors escalc() heißen (ai bi ci di n1i n2i m1i sd1i m2i sd2i ri ni yi vi sei), und optional eine Spalte &apos;study&apos;.</translation>
    </message>
    <message>
        <source>SETTINGS override the claim&apos;s stored synthesis for this one run (nothing is written):</source>
        <translation>SETTINGS ersetzen die gespeicherte Synthese der Aussage für diesen einen Aufruf (nichts wird geschrieben):</translation>
    </message>
    <message>
        <source>unknown column &apos;%1&apos; in --columns (use %2)</source>
        <translation>unbekannte Spalte &apos;%1&apos; in --columns (möglich: %2)</translation>
    </message>
    <message>
        <source>unknown image type (use .png, .svg or .pdf)</source>
        <translation>unbekannter Bildtyp (.png, .svg oder .pdf)</translation>
    </message>
    <message>
        <source>a report is a PDF: name the file *.pdf</source>
        <translation>ein Bericht ist ein PDF: die Datei *.pdf nennen</translation>
    </message>
    <message>
        <source>skipped duplicate: %1%2: %3</source>
        <translation>Duplikat übersprungen: %1%2: %3</translation>
    </message>
    <message>
        <source>the review has no claim yet: state one with evidencedesk-cli claim add %1 &quot;TEXT&quot;</source>
        <translation>der Review hat noch keine Aussage: formulieren Sie eine mit evidencedesk-cli claim add %1 &quot;TEXT&quot;</translation>
    </message>
    <message>
        <source>The stance column was not used: the review has no claim yet. State the claim first (evidencedesk-cli claim add %1 &quot;TEXT&quot;), then import a file with stances into it.</source>
        <translation>Die Spalte stance wurde nicht verwendet: der Review hat noch keine Aussage. Formulieren Sie zuerst die Aussage (evidencedesk-cli claim add %1 &quot;TEXT&quot;) und importieren Sie dann eine Datei mit Haltungen.</translation>
    </message>
    <message>
        <source>claim needs add REVIEW &quot;TEXT&quot;, refine REVIEW ID &quot;TEXT&quot; --why &quot;...&quot; or list REVIEW
%1</source>
        <translation>claim braucht add REVIEW &quot;TEXT&quot;, refine REVIEW ID &quot;TEXT&quot; --why &quot;...&quot; oder list REVIEW
%1</translation>
    </message>
    <message>
        <source>a claim needs its text</source>
        <translation>eine Aussage braucht ihren Text</translation>
    </message>
    <message>
        <source>unknown --asserts &apos;%1&apos; (use increase, decrease or no-difference)</source>
        <translation>unbekanntes --asserts &apos;%1&apos; (möglich: increase, decrease oder no-difference)</translation>
    </message>
    <message>
        <source>--margin must be a number greater than 0 (on the analysis scale), not &apos;%1&apos;</source>
        <translation>--margin muss eine Zahl größer als 0 sein (auf der Analyseskala), nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: claim %2 added</source>
        <translation>%1: Aussage %2 hinzugefügt</translation>
    </message>
    <message>
        <source>a refinement needs its reason: --why &quot;...&quot;</source>
        <translation>eine Präzisierung braucht ihren Grund: --why &quot;...&quot;</translation>
    </message>
    <message>
        <source>%1: claim %2 refined</source>
        <translation>%1: Aussage %2 präzisiert</translation>
    </message>
    <message>
        <source>%1
Nothing was imported; the review is unchanged. Use --overwrite to replace the review&apos;s values with the file&apos;s.</source>
        <translation>%1
Nichts wurde importiert; die Übersicht ist unverändert. Mit --overwrite ersetzen die Werte der Datei die der Übersicht.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 records of %3: %n studies added</source>
        <translation>
            <numerusform>%1: %2 Datensätze aus %3: %n Studie hinzugefügt</numerusform>
            <numerusform>%1: %2 Datensätze aus %3: %n Studien hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n updated</source>
        <translation>
            <numerusform>, %n aktualisiert</numerusform>
            <numerusform>, %n aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n skipped</source>
        <translation>
            <numerusform>, %n übersprungen</numerusform>
            <numerusform>, %n übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source> (data for the outcome &apos;%1&apos;)</source>
        <translation> (Daten für den Endpunkt &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>filled in: %1%2 (%3)</source>
        <translation>ergänzt: %1%2 (%3)</translation>
    </message>
    <message>
        <source>the review has no outcome &apos;%1&apos;</source>
        <translation>die Übersicht hat keinen Endpunkt &apos;%1&apos;</translation>
    </message>
    <message>
        <source>outcome needs add REVIEW &quot;NAME&quot; or list REVIEW
%1</source>
        <translation>outcome braucht add REVIEW &quot;NAME&quot; oder list REVIEW
%1</translation>
    </message>
    <message>
        <source>an outcome needs its name</source>
        <translation>ein Endpunkt braucht einen Namen</translation>
    </message>
    <message>
        <source>the review already has an outcome &apos;%1&apos;</source>
        <translation>die Übersicht hat bereits einen Endpunkt &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown --type &apos;%1&apos; (use dichotomous, continuous, correlation or generic)</source>
        <translation>unbekannter --type &apos;%1&apos; (dichotomous, continuous, correlation oder generic verwenden)</translation>
    </message>
    <message>
        <source>%1: outcome %2 added</source>
        <translation>%1: Endpunkt %2 hinzugefügt</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>sof needs a review, --csv or --html, and -o FILE
%1</source>
        <translation>sof braucht eine Übersichtsarbeit, --csv oder --html und -o DATEI
%1</translation>
    </message>
    <message>
        <source>plot needs a review, one of --forest, --funnel, --rob-traffic or --rob-summary, and -o FILE.png|svg|pdf
%1</source>
        <translation>plot braucht ein Review, eine der Optionen --forest, --funnel, --rob-traffic oder --rob-summary und -o DATEI.png|svg|pdf
%1</translation>
    </message>
    <message>
        <source>MH (Mantel-Haenszel) and PETO pool the 2x2 tables (ai bi ci di, or ai n1i ci n2i) directly. --cumulative adds a cumulative meta-analysis in the order of COLUMN (default: year), --influence the influence diagnostics of each study.</source>
        <translation>MH (Mantel-Haenszel) und PETO poolen die Vierfeldertafeln (ai bi ci di oder ai n1i ci n2i) direkt. --cumulative ergänzt eine kumulative Metaanalyse in der Reihenfolge von COLUMN (Standard: year), --influence die Einflussdiagnostik jeder Studie.</translation>
    </message>
    <message>
        <source>--mods fits a meta-regression on the named columns: a column of numbers is a covariate, any other column a factor whose first level in sorted order is the reference.</source>
        <translation>--mods passt eine Metaregression auf die genannten Spalten an: eine Spalte aus Zahlen ist eine Kovariate, jede andere ein Faktor, dessen in Sortierreihenfolge erste Stufe die Referenz ist.</translation>
    </message>
    <message>
        <source>unknown method &apos;%1&apos; (use EE, DL, HE, HS, SJ, ML, REML, EB, PM, MH or PETO)</source>
        <translation>unbekannte Methode &apos;%1&apos; (EE, DL, HE, HS, SJ, ML, REML, EB, PM, MH oder PETO)</translation>
    </message>
    <message>
        <source>--method %1 needs --measure OR, RR or RD (PETO: OR)</source>
        <translation>--method %1 braucht --measure OR, RR oder RD (PETO: OR)</translation>
    </message>
    <message>
        <source>--method %1 pools the 2x2 tables with its own z test: --%2 is for the other methods</source>
        <translation>--method %1 poolt die Vierfeldertafeln mit eigenem z-Test: --%2 gilt für die anderen Methoden</translation>
    </message>
    <message>
        <source>--mods fits a meta-regression: --%1 is for the model without moderators</source>
        <translation>--mods passt eine Metaregression an: --%1 gilt für das Modell ohne Moderatoren</translation>
    </message>
    <message>
        <source>--method %1 reads the 2x2 tables of a CSV file (analyze DATA.csv)</source>
        <translation>--method %1 liest die Vierfeldertafeln einer CSV-Datei (analyze DATA.csv)</translation>
    </message>
    <message>
        <source>--mods reads its columns from a CSV file (analyze DATA.csv)</source>
        <translation>--mods liest seine Spalten aus einer CSV-Datei (analyze DATA.csv)</translation>
    </message>
</context>
<context>
    <name>CommandsText</name>
    <message>
        <source>Tag %1 as %2</source>
        <translation>%1 als %2 markieren</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n studies as %1</source>
        <translation>
            <numerusform>%n Studie als %1 markieren</numerusform>
            <numerusform>%n Studien als %1 markieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n studies</source>
        <translation>
            <numerusform>%n Studie löschen</numerusform>
            <numerusform>%n Studien löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Refine claim</source>
        <translation>Aussage präzisieren</translation>
    </message>
    <message>
        <source>Add claim</source>
        <translation>Aussage hinzufügen</translation>
    </message>
</context>
<context>
    <name>CsvText</name>
    <message>
        <source>a quoted field is not closed</source>
        <translation>ein Feld in Anführungszeichen wird nicht geschlossen</translation>
    </message>
    <message>
        <source>text after a closing quote</source>
        <translation>Text nach einem schließenden Anführungszeichen</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field</source>
        <translation>ein Anführungszeichen in einem Feld ohne Anführungszeichen</translation>
    </message>
    <message>
        <source>a field is longer than %1 MB</source>
        <translation>ein Feld ist länger als %1 MB</translation>
    </message>
    <message>
        <source>a record is longer than %1 MB</source>
        <translation>ein Datensatz ist länger als %1 MB</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>%1 fields, but the header has %2</source>
        <translation>%1 Felder, aber die Kopfzeile hat %2</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
</context>
<context>
    <name>DefaultsText</name>
    <message>
        <source>Favours intervention</source>
        <translation>Zugunsten der Intervention</translation>
    </message>
    <message>
        <source>Favours comparator</source>
        <translation>Zugunsten der Kontrolle</translation>
    </message>
    <message>
        <source>%1 below %2 or above %3</source>
        <translation>%1 unter %2 oder über %3</translation>
    </message>
    <message>
        <source>%1 beyond ±%2</source>
        <translation>%1 jenseits von ±%2</translation>
    </message>
</context>
<context>
    <name>Design</name>
    <message>
        <source>Systematic review / meta-analysis</source>
        <translation>Systematisches Review / Metaanalyse</translation>
    </message>
    <message>
        <source>Randomised controlled trial</source>
        <translation>Randomisierte kontrollierte Studie</translation>
    </message>
    <message>
        <source>Non-randomised trial</source>
        <translation>Nicht randomisierte Studie</translation>
    </message>
    <message>
        <source>Cohort study</source>
        <translation>Kohortenstudie</translation>
    </message>
    <message>
        <source>Case-control study</source>
        <translation>Fall-Kontroll-Studie</translation>
    </message>
    <message>
        <source>Cross-sectional study</source>
        <translation>Querschnittstudie</translation>
    </message>
    <message>
        <source>Narrative review</source>
        <translation>Narratives Review</translation>
    </message>
    <message>
        <source>Expert opinion</source>
        <translation>Expertenmeinung</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>Nicht angegeben</translation>
    </message>
</context>
<context>
    <name>DuplicatesText</name>
    <message>
        <source>same DOI as %1</source>
        <translation>gleiche DOI wie %1</translation>
    </message>
    <message>
        <source>same title and year as %1</source>
        <translation>gleicher Titel und gleiches Jahr wie %1</translation>
    </message>
</context>
<context>
    <name>EffectDataText</name>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Study %1</source>
        <translation>Studie %1</translation>
    </message>
    <message>
        <source>missing column: measure %1 needs the columns %2</source>
        <translation>fehlende Spalte: das Effektmaß %1 braucht die Spalten %2</translation>
    </message>
    <message>
        <source>missing column: no column &apos;%1&apos; to group by</source>
        <translation>fehlende Spalte: keine Spalte &apos;%1&apos; zum Gruppieren</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; ist keine Zahl</translation>
    </message>
    <message>
        <source>the file has a header but no studies</source>
        <translation>die Datei hat eine Kopfzeile, aber keine Studien</translation>
    </message>
    <message>
        <source>missing column: no column &apos;%1&apos; to order by</source>
        <translation>fehlende Spalte: keine Spalte &apos;%1&apos; zum Sortieren</translation>
    </message>
    <message>
        <source>missing column: no column &apos;%1&apos; for the moderators</source>
        <translation>fehlende Spalte: keine Spalte &apos;%1&apos; für die Moderatoren</translation>
    </message>
</context>
<context>
    <name>ExamplesText</name>
    <message>
        <source>unknown example &apos;%1&apos; (use %2)</source>
        <translation>unbekanntes Beispiel &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <source>the example &apos;%1&apos; is missing from this build</source>
        <translation>das Beispiel &apos;%1&apos; fehlt in diesem Build</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Endpunkt</translation>
    </message>
</context>
<context>
    <name>GoldStandardText</name>
    <message>
        <source>the population of the claim</source>
        <translation>die Population der Aussage</translation>
    </message>
    <message>
        <source>the intervention of the claim</source>
        <translation>die Intervention der Aussage</translation>
    </message>
    <message>
        <source>the usual alternative</source>
        <translation>die übliche Alternative</translation>
    </message>
    <message>
        <source>the outcome of the claim</source>
        <translation>der Endpunkt der Aussage</translation>
    </message>
    <message>
        <source>The sample size cannot be computed from these data: set a minimal important difference and record the studies&apos; sample sizes.</source>
        <translation>Der Stichprobenumfang lässt sich aus diesen Daten nicht berechnen: Legen Sie eine minimal wichtige Differenz fest und erfassen Sie die Stichprobengrößen der Studien.</translation>
    </message>
    <message>
        <source>A systematic review with individual participant data of several large, preregistered randomised trials like the one below, analysed together.</source>
        <translation>Ein systematisches Review mit individuellen Teilnehmerdaten mehrerer großer, präregistrierter randomisierter Studien wie der folgenden, gemeinsam ausgewertet.</translation>
    </message>
    <message>
        <source>A large, preregistered, multi-centre randomised trial with blinded outcome assessment.</source>
        <translation>Eine große, präregistrierte, multizentrische randomisierte Studie mit verblindeter Endpunkterhebung.</translation>
    </message>
    <message>
        <source>No randomised trial is included yet: this is the gap that matters most.</source>
        <translation>Noch ist keine randomisierte Studie eingeschlossen: Das ist die wichtigste Lücke.</translation>
    </message>
    <message>
        <source>Heterogeneity is substantial (I² = %1%): stratify by the likely modifiers and report them.</source>
        <translation>Die Heterogenität ist erheblich (I² = %1&#xa0;%): nach den wahrscheinlichen Effektmodifikatoren stratifizieren und diese berichten.</translation>
    </message>
    <message>
        <source>Designed as an equivalence trial with a margin set in advance.</source>
        <translation>Als Äquivalenzstudie mit vorab festgelegter Äquivalenzgrenze geplant.</translation>
    </message>
    <message>
        <source>A large prospective cohort with measured confounders, for long-term outcomes and groups that trials leave out.</source>
        <translation>Eine große prospektive Kohorte mit gemessenen Confoundern, für Langzeitendpunkte und Gruppen, die Studien auslassen.</translation>
    </message>
    <message>
        <source>About %1 participants (%2 per arm) give %3 power at a two-sided alpha of %4 to detect %5.</source>
        <translation>Etwa %1 Teilnehmende (%2 pro Arm) ergeben eine Power von %3 bei zweiseitigem Alpha von %4, um %5 nachzuweisen.</translation>
    </message>
    <message>
        <source>long enough for the outcome to change; set from the included studies</source>
        <translation>lang genug, dass sich der Endpunkt ändern kann; aus den eingeschlossenen Studien festlegen</translation>
    </message>
    <message>
        <source>the default minimal important difference (%1)</source>
        <translation>die voreingestellte minimal wichtige Differenz (%1)</translation>
    </message>
    <message>
        <source>the minimal important difference (%1)</source>
        <translation>die minimal wichtige Differenz (%1)</translation>
    </message>
</context>
<context>
    <name>GradeText</name>
    <message>
        <source>Risk of bias</source>
        <translation>Risiko für Bias</translation>
    </message>
    <message>
        <source>Inconsistency</source>
        <translation>Inkonsistenz</translation>
    </message>
    <message>
        <source>Indirectness</source>
        <translation>Indirektheit</translation>
    </message>
    <message>
        <source>Imprecision</source>
        <translation>Ungenauigkeit</translation>
    </message>
    <message>
        <source>Publication bias</source>
        <translation>Publikationsbias</translation>
    </message>
    <message>
        <source>Large effect</source>
        <translation>Großer Effekt</translation>
    </message>
    <message>
        <source>Dose-response gradient</source>
        <translation>Dosis-Wirkungs-Beziehung</translation>
    </message>
    <message>
        <source>Plausible confounding</source>
        <translation>Plausibles Confounding</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderat</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Very low</source>
        <translation>Sehr niedrig</translation>
    </message>
    <message>
        <source>There is no synthesis to rate (no included study has outcome data).</source>
        <translation>Es gibt keine Synthese zu bewerten (keine eingeschlossene Studie hat Ergebnisdaten).</translation>
    </message>
    <message>
        <source>The designs of the studies are not recorded; rated as observational evidence.</source>
        <translation>Die Designs der Studien sind nicht erfasst; als Beobachtungsevidenz bewertet.</translation>
    </message>
    <message>
        <source>%1 of the weight comes from randomised trials (or reviews of them).</source>
        <translation>%1 des Gewichts stammt aus randomisierten Studien (oder Reviews solcher Studien).</translation>
    </message>
    <message>
        <source>Most of the weight (%1) comes from observational studies.</source>
        <translation>Der größte Teil des Gewichts (%1) stammt aus Beobachtungsstudien.</translation>
    </message>
    <message>
        <source>Not assessable without a synthesis.</source>
        <translation>Ohne Synthese nicht beurteilbar.</translation>
    </message>
    <message>
        <source>%1 of the weight comes from studies rated below %2.</source>
        <translation>%1 des Gewichts stammt aus Studien, die unter %2 bewertet sind.</translation>
    </message>
    <message>
        <source>%1 of the weight comes from studies without a quality rating.</source>
        <translation>%1 des Gewichts stammt aus Studien ohne Qualitätsbewertung.</translation>
    </message>
    <message>
        <source>A single study: consistency cannot be judged.</source>
        <translation>Eine einzelne Studie: Konsistenz lässt sich nicht beurteilen.</translation>
    </message>
    <message>
        <source>I² = %1 and the prediction interval includes effects in both directions.</source>
        <translation>I² = %1, und das Prädiktionsintervall schließt Effekte in beide Richtungen ein.</translation>
    </message>
    <message>
        <source>I² = %1 (τ² = %2): substantial heterogeneity.</source>
        <translation>I² = %1 (τ² = %2): erhebliche Heterogenität.</translation>
    </message>
    <message>
        <source>The prediction interval crosses the null although the confidence interval does not.</source>
        <translation>Das Prädiktionsintervall überschreitet die Nulllinie, das Konfidenzintervall nicht.</translation>
    </message>
    <message>
        <source>The prediction interval crosses the null.</source>
        <translation>Das Prädiktionsintervall überschreitet die Nulllinie.</translation>
    </message>
    <message>
        <source>I² = %1: little heterogeneity.</source>
        <translation>I² = %1: geringe Heterogenität.</translation>
    </message>
    <message>
        <source>Judge whether the studies&apos; population, intervention, comparator and outcome match the question; the data cannot say.</source>
        <translation>Beurteilen Sie, ob Population, Intervention, Vergleich und Endpunkt der Studien zur Fragestellung passen; die Daten können das nicht sagen.</translation>
    </message>
    <message>
        <source>The confidence interval includes important effects in both directions.</source>
        <translation>Das Konfidenzintervall schließt wichtige Effekte in beide Richtungen ein.</translation>
    </message>
    <message>
        <source>The confidence interval crosses the minimal important difference (%1).</source>
        <translation>Das Konfidenzintervall überschreitet die minimal wichtige Differenz (%1).</translation>
    </message>
    <message>
        <source>The confidence interval includes no effect.</source>
        <translation>Das Konfidenzintervall schließt keinen Effekt ein.</translation>
    </message>
    <message>
        <source>%1 participants in all, fewer than the optimal information size of about %2.</source>
        <translation>Insgesamt %1 Teilnehmende, weniger als die optimale Informationsgröße von etwa %2.</translation>
    </message>
    <message>
        <source>(infinite: no effect)</source>
        <translation>(unendlich: kein Effekt)</translation>
    </message>
    <message>
        <source>%1 participants in all, more than the optimal information size of about %2.</source>
        <translation>Insgesamt %1 Teilnehmende, mehr als die optimale Informationsgröße von etwa %2.</translation>
    </message>
    <message>
        <source>The confidence interval excludes no effect.</source>
        <translation>Das Konfidenzintervall schließt keinen Effekt aus.</translation>
    </message>
    <message>
        <source>Not assessable: fewer than 10 studies (%1) are too few for funnel plot tests.</source>
        <translation>Nicht beurteilbar: weniger als 10 Studien (%1) sind zu wenige für Tests am Funnel-Plot.</translation>
    </message>
    <message>
        <source>, and the adjusted interval includes no effect</source>
        <translation>, und das korrigierte Intervall schließt keinen Effekt ein</translation>
    </message>
    <message>
        <source>Upgrades apply to observational evidence only.</source>
        <translation>Heraufstufungen gelten nur für Beobachtungsevidenz.</translation>
    </message>
    <message>
        <source>A very large effect (ratio %1 or its inverse).</source>
        <translation>Ein sehr großer Effekt (Verhältnis %1 oder sein Kehrwert).</translation>
    </message>
    <message>
        <source>A large effect (ratio %1 or its inverse).</source>
        <translation>Ein großer Effekt (Verhältnis %1 oder sein Kehrwert).</translation>
    </message>
    <message>
        <source>The effect is not large (ratio %1 or its inverse).</source>
        <translation>Der Effekt ist nicht groß (Verhältnis %1 oder sein Kehrwert).</translation>
    </message>
    <message>
        <source>Judged for ratio measures only.</source>
        <translation>Nur für Verhältnismaße beurteilt.</translation>
    </message>
    <message>
        <source>The reviewer&apos;s judgement; the data cannot say.</source>
        <translation>Das Urteil der Reviewenden; die Daten können das nicht sagen.</translation>
    </message>
    <message>
        <source>the outcome</source>
        <translation>den Endpunkt</translation>
    </message>
    <message>
        <source>There is no synthesis of %1 yet.</source>
        <translation>Es gibt noch keine Synthese für %1.</translation>
    </message>
    <message>
        <source>The evidence is very uncertain about the effect on %1.</source>
        <translation>Die Evidenz zur Wirkung auf %1 ist sehr unsicher.</translation>
    </message>
    <message>
        <source>The intervention results in little or no difference in %1.</source>
        <translation>Die Intervention verändert %1 kaum oder gar nicht.</translation>
    </message>
    <message>
        <source>The intervention probably results in little or no difference in %1.</source>
        <translation>Die Intervention verändert %1 wahrscheinlich kaum oder gar nicht.</translation>
    </message>
    <message>
        <source>The intervention may result in little or no difference in %1.</source>
        <translation>Die Intervention verändert %1 möglicherweise kaum oder gar nicht.</translation>
    </message>
    <message>
        <source>The intervention increases %1.</source>
        <translation>Die Intervention erhöht %1.</translation>
    </message>
    <message>
        <source>The intervention reduces %1.</source>
        <translation>Die Intervention verringert %1.</translation>
    </message>
    <message>
        <source>The intervention probably increases %1.</source>
        <translation>Die Intervention erhöht wahrscheinlich %1.</translation>
    </message>
    <message>
        <source>The intervention probably reduces %1.</source>
        <translation>Die Intervention verringert wahrscheinlich %1.</translation>
    </message>
    <message>
        <source>The intervention may increase %1.</source>
        <translation>Die Intervention erhöht möglicherweise %1.</translation>
    </message>
    <message>
        <source>The intervention may reduce %1.</source>
        <translation>Die Intervention verringert möglicherweise %1.</translation>
    </message>
    <message numerus="yes">
        <source>Trim-and-fill imputes %n stud(ies)%1.</source>
        <translation>
            <numerusform>Trim-and-Fill ergänzt %n Studie%1.</numerusform>
            <numerusform>Trim-and-Fill ergänzt %n Studien%1.</numerusform>
        </translation>
    </message>
    <message>
        <source>It does not count here: an upgrade applies only when nothing is downgraded.</source>
        <translation>Das zählt hier nicht: Heraufgestuft wird nur, wenn nichts herabgestuft ist.</translation>
    </message>
    <message>
        <source>Egger&apos;s test suggests small-study effects (p %1).</source>
        <translation>Der Egger-Test weist auf Small-Study-Effekte hin (p %1).</translation>
    </message>
    <message>
        <source>No sign of small-study effects (Egger p %1).</source>
        <translation>Kein Hinweis auf Small-Study-Effekte (Egger p %1).</translation>
    </message>
    <message>
        <source>no upgrade</source>
        <translation>keine Aufwertung</translation>
    </message>
    <message numerus="yes">
        <source>+%n level(s)</source>
        <translation>
            <numerusform>+%n Stufe</numerusform>
            <numerusform>+%n Stufen</numerusform>
        </translation>
    </message>
    <message>
        <source>not serious</source>
        <translation>nicht schwerwiegend</translation>
    </message>
    <message>
        <source>serious (−1)</source>
        <translation>schwerwiegend (−1)</translation>
    </message>
    <message>
        <source>very serious (−2)</source>
        <translation>sehr schwerwiegend (−2)</translation>
    </message>
    <message>
        <source>%1 of the weight of the rated studies comes from studies rated below %2.</source>
        <translation>%1 des Gewichts der bewerteten Studien stammt aus Studien mit einer Bewertung unter %2.</translation>
    </message>
    <message>
        <source>Not assessable: no minimal important difference is set, and this measure has no default; set one on the claim.</source>
        <translation>Nicht beurteilbar: es ist keine minimal wichtige Differenz gesetzt, und dieses Effektmaß hat keine Voreinstellung; legen Sie eine bei der Aussage fest.</translation>
    </message>
    <message>
        <source>Rated against the default minimal important difference (%1), as GRADE suggests when none is known.</source>
        <translation>Beurteilt an der voreingestellten minimal wichtigen Differenz (%1), wie GRADE es vorschlägt, wenn keine bekannt ist.</translation>
    </message>
    <message>
        <source>Rated against the claim&apos;s minimal important difference (%1).</source>
        <translation>Beurteilt an der minimal wichtigen Differenz der Aussage (%1).</translation>
    </message>
    <message>
        <source>The confidence interval excludes both an important benefit and an important harm.</source>
        <translation>Das Konfidenzintervall schließt sowohl einen wichtigen Nutzen als auch einen wichtigen Schaden aus.</translation>
    </message>
    <message>
        <source>The confidence interval lies wholly beyond the minimal important difference.</source>
        <translation>Das Konfidenzintervall liegt ganz jenseits der minimal wichtigen Differenz.</translation>
    </message>
    <message>
        <source>Not assessed: no study has a risk-of-bias judgement or a quality rating yet, so nothing is downgraded.</source>
        <translation>Nicht bewertet: Noch keine Studie hat eine Risk-of-Bias-Beurteilung oder eine Qualitätsbewertung, daher wird nichts abgewertet.</translation>
    </message>
    <message>
        <source>Of the weight of the appraised studies, %1 is at low risk of bias, %2 at some concerns or moderate risk, %3 at high or serious risk and %4 at critical risk.</source>
        <translation>Vom Gewicht der bewerteten Studien liegen %1 bei niedrigem Verzerrungsrisiko, %2 bei einigen Bedenken oder moderatem Risiko, %3 bei hohem oder schwerwiegendem Risiko und %4 bei kritischem Risiko.</translation>
    </message>
    <message>
        <source>%1 of the weight comes from studies without a risk-of-bias judgement.</source>
        <translation>%1 des Gewichts stammt aus Studien ohne Risk-of-Bias-Beurteilung.</translation>
    </message>
</context>
<context>
    <name>GridText</name>
    <message>
        <source>The clipboard holds no cells.</source>
        <translation>Die Zwischenablage enthält keine Zellen.</translation>
    </message>
    <message>
        <source>The block of %1 × %2 cells does not fit: from row %3 the grid has %4 rows and from this column %5 columns.</source>
        <translation>Der Block aus %1 × %2 Zellen passt nicht: ab Zeile %3 hat das Raster %4 Zeilen und ab dieser Spalte %5 Spalten.</translation>
    </message>
    <message>
        <source>Row %1 (%2), %3: </source>
        <translation>Zeile %1 (%2), %3: </translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message>
        <source>the study has no title, study label, authors or DOI</source>
        <translation>die Studie hat weder Titel noch Studienbezeichnung, Autoren oder DOI</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a year</source>
        <translation>&apos;%1&apos; ist keine Jahreszahl</translation>
    </message>
    <message>
        <source>unknown design &apos;%1&apos; (use systematic_review, rct, non_randomised, cohort, case_control, cross_sectional, narrative_review, expert_opinion or other)</source>
        <translation>unbekanntes Design &apos;%1&apos; (systematic_review, rct, non_randomised, cohort, case_control, cross_sectional, narrative_review, expert_opinion oder other)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a score from 0 to 100</source>
        <translation>&apos;%1&apos; ist kein Wert von 0 bis 100</translation>
    </message>
    <message>
        <source>unknown stance &apos;%1&apos; (use supporting, contradicting, neutral or untagged)</source>
        <translation>unbekannte Haltung &apos;%1&apos; (supporting, contradicting, neutral oder untagged)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not yes or no</source>
        <translation>&apos;%1&apos; ist weder yes noch no</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; ist keine Zahl</translation>
    </message>
    <message>
        <source>a count cannot be negative</source>
        <translation>eine Anzahl kann nicht negativ sein</translation>
    </message>
    <message>
        <source>more events than participants (n1i)</source>
        <translation>mehr Ereignisse als Teilnehmende (n1i)</translation>
    </message>
    <message>
        <source>more events than participants (n2i)</source>
        <translation>mehr Ereignisse als Teilnehmende (n2i)</translation>
    </message>
    <message>
        <source>a standard deviation must be greater than 0</source>
        <translation>eine Standardabweichung muss größer als 0 sein</translation>
    </message>
    <message>
        <source>a sampling variance cannot be negative</source>
        <translation>eine Stichprobenvarianz kann nicht negativ sein</translation>
    </message>
    <message>
        <source>a standard error cannot be negative</source>
        <translation>ein Standardfehler kann nicht negativ sein</translation>
    </message>
    <message>
        <source>a correlation must lie between -1 and 1</source>
        <translation>eine Korrelation muss zwischen -1 und 1 liegen</translation>
    </message>
    <message>
        <source>the record has no title (TI or T1)</source>
        <translation>der Datensatz hat keinen Titel (TI oder T1)</translation>
    </message>
    <message>
        <source>expected a record to start with &apos;TY  - &apos;</source>
        <translation>ein Datensatz sollte mit &apos;TY  - &apos; beginnen</translation>
    </message>
    <message>
        <source>a new record starts before the record of line %1 ended (ER)</source>
        <translation>ein neuer Datensatz beginnt, bevor der Datensatz aus Zeile %1 endet (ER)</translation>
    </message>
    <message>
        <source>the record has no end (ER)</source>
        <translation>der Datensatz hat kein Ende (ER)</translation>
    </message>
    <message>
        <source>expected &apos;{&apos; after @%1</source>
        <translation>&apos;{&apos; nach @%1 erwartet</translation>
    </message>
    <message>
        <source>the entry @%1 is not closed</source>
        <translation>der Eintrag @%1 wird nicht geschlossen</translation>
    </message>
    <message>
        <source>the entry &apos;%1&apos; is not closed</source>
        <translation>der Eintrag &apos;%1&apos; wird nicht geschlossen</translation>
    </message>
    <message>
        <source>the entry &apos;%1&apos; does not end after this field: are its braces balanced?</source>
        <translation>der Eintrag &apos;%1&apos; endet nicht nach diesem Feld: sind seine Klammern ausgeglichen?</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or the end of the entry after the field</source>
        <translation>&apos;,&apos; oder das Ende des Eintrags nach dem Feld erwartet</translation>
    </message>
    <message>
        <source>the entry &apos;%1&apos; has no title</source>
        <translation>der Eintrag &apos;%1&apos; hat keinen Titel</translation>
    </message>
    <message>
        <source>expected a field name</source>
        <translation>Feldname erwartet</translation>
    </message>
    <message>
        <source>expected &apos;=&apos; after the field name</source>
        <translation>&apos;=&apos; nach dem Feldnamen erwartet</translation>
    </message>
    <message>
        <source>the value is missing</source>
        <translation>der Wert fehlt</translation>
    </message>
    <message>
        <source>a &apos;{&apos; is not closed</source>
        <translation>eine &apos;{&apos; wird nicht geschlossen</translation>
    </message>
    <message>
        <source>a &apos;&quot;&apos; is not closed</source>
        <translation>ein &apos;&quot;&apos; wird nicht geschlossen</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; in the value</source>
        <translation>unerwartetes &apos;%1&apos; im Wert</translation>
    </message>
    <message>
        <source>unknown macro &apos;%1&apos;</source>
        <translation>unbekanntes Makro &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the entry is not closed</source>
        <translation>der Eintrag wird nicht geschlossen</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos;</source>
        <translation>&apos;%1&apos; erwartet</translation>
    </message>
    <message>
        <source>the value is longer than %1 million characters</source>
        <translation>der Wert ist länger als %1 Millionen Zeichen</translation>
    </message>
    <message>
        <source>the @string macros are longer than %1 million characters in all</source>
        <translation>die @string-Makros sind zusammen länger als %1 Millionen Zeichen</translation>
    </message>
    <message>
        <source>the entry is longer than %1 million characters</source>
        <translation>der Eintrag ist länger als %1 Millionen Zeichen</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a study id (a whole number as export writes it)</source>
        <translation>&apos;%1&apos; ist keine Studien-ID (eine ganze Zahl, wie der Export sie schreibt)</translation>
    </message>
    <message>
        <source>%1: read as a %2-separated file%3</source>
        <translation>%1: als %2-getrennte Datei gelesen%3</translation>
    </message>
    <message>
        <source>, decimal commas as decimal points</source>
        <translation>, Dezimalkommas als Dezimalpunkte</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s) give yi without vi or sei (the first on line %2); they have no effect size until a variance or standard error is added</source>
        <translation>
            <numerusform>%1: %n Datensatz gibt yi ohne vi oder sei an (der erste in Zeile %2); er hat keine Effektgröße, bis eine Varianz oder ein Standardfehler ergänzt wird</numerusform>
            <numerusform>%1: %n Datensätze geben yi ohne vi oder sei an (der erste in Zeile %2); sie haben keine Effektgröße, bis eine Varianz oder ein Standardfehler ergänzt wird</numerusform>
        </translation>
    </message>
    <message>
        <source>expected a MEDLINE record to start with &apos;PMID- &apos;</source>
        <translation>ein MEDLINE-Datensatz muss mit &apos;PMID- &apos; beginnen</translation>
    </message>
    <message>
        <source>expected &apos;TAG - value&apos; or a continuation line indented by six spaces</source>
        <translation>erwartet wurde &apos;TAG - Wert&apos; oder eine um sechs Leerzeichen eingerückte Fortsetzungszeile</translation>
    </message>
    <message>
        <source>the record has no title (TI)</source>
        <translation>der Datensatz hat keinen Titel (TI)</translation>
    </message>
    <message>
        <source>unknown file type (use .csv, .ris, .bib or .nbib)</source>
        <translation>unbekannter Dateityp (.csv, .ris, .bib oder .nbib verwenden)</translation>
    </message>
    <message>
        <source>a study is judged with RoB 2 or with ROBINS-I, not both</source>
        <translation>eine Studie wird mit RoB 2 oder mit ROBINS-I beurteilt, nicht mit beiden</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n domain(s)</source>
        <translation>
            <numerusform>%1 hat %n Domäne</numerusform>
            <numerusform>%1 hat %n Domänen</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown RoB 2 judgement &apos;%1&apos; (use low, some or high)</source>
        <translation>unbekannte RoB-2-Beurteilung &apos;%1&apos; (verwenden Sie low, some oder high)</translation>
    </message>
    <message>
        <source>unknown ROBINS-I judgement &apos;%1&apos; (use low, moderate, serious, critical or ni)</source>
        <translation>unbekannte ROBINS-I-Beurteilung &apos;%1&apos; (verwenden Sie low, moderate, serious, critical oder ni)</translation>
    </message>
</context>
<context>
    <name>MergeText</name>
    <message>
        <source>same study_id</source>
        <translation>gleiche study_id</translation>
    </message>
    <message>
        <source>same DOI</source>
        <translation>gleiche DOI</translation>
    </message>
    <message>
        <source>same title and year</source>
        <translation>gleicher Titel und gleiches Jahr</translation>
    </message>
    <message>
        <source>%1 holds &apos;%2&apos; in the review, the file says &apos;%3&apos;</source>
        <translation>%1 ist in der Übersicht &apos;%2&apos;, die Datei sagt &apos;%3&apos;</translation>
    </message>
    <message>
        <source>the same study as line %1</source>
        <translation>dieselbe Studie wie Zeile %1</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message numerus="yes">
        <source>%n stud(ies) without the data this measure needs were left out</source>
        <translation>
            <numerusform>%n Studie ohne die Daten, die dieses Maß braucht, wurde ausgelassen</numerusform>
            <numerusform>%n Studien ohne die Daten, die dieses Maß braucht, wurden ausgelassen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessagesText</name>
    <message>
        <source>no study has the data this effect measure needs</source>
        <translation>keine Studie hat die Daten, die dieses Effektmaß braucht</translation>
    </message>
    <message>
        <source>the value is missing or not a finite number</source>
        <translation>der Wert fehlt oder ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>a count cannot be negative</source>
        <translation>eine Anzahl kann nicht negativ sein</translation>
    </message>
    <message>
        <source>there are more events than participants in the group</source>
        <translation>die Gruppe hat mehr Ereignisse als Teilnehmende</translation>
    </message>
    <message>
        <source>the ratio of means needs means greater than 0</source>
        <translation>das Verhältnis von Mittelwerten braucht Mittelwerte größer als 0</translation>
    </message>
    <message>
        <source>a correlation must lie between -1 and 1</source>
        <translation>eine Korrelation muss zwischen -1 und 1 liegen</translation>
    </message>
    <message>
        <source>a sampling variance is 0, so inverse-variance weights are undefined</source>
        <translation>eine Stichprobenvarianz ist 0, daher sind die inversen Varianzgewichte undefiniert</translation>
    </message>
    <message>
        <source>there are too few studies for this analysis</source>
        <translation>für diese Analyse gibt es zu wenige Studien</translation>
    </message>
    <message>
        <source>the estimation did not converge</source>
        <translation>die Schätzung ist nicht konvergiert</translation>
    </message>
    <message>
        <source>the model cannot be estimated from these data (the predictors are constant)</source>
        <translation>das Modell lässt sich aus diesen Daten nicht schätzen (die Prädiktoren sind konstant)</translation>
    </message>
    <message>
        <source>the computation failed numerically</source>
        <translation>die Berechnung ist numerisch gescheitert</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>%1: 1/2 was added to each cell of its table because one cell is 0</source>
        <translation>%1: zu jeder Zelle der Vierfeldertafel wurde 1/2 addiert, weil eine Zelle 0 ist</translation>
    </message>
    <message>
        <source>the Knapp-Hartung adjustment is meant for random-effects models</source>
        <translation>die Knapp-Hartung-Anpassung ist für Random-Effects-Modelle gedacht</translation>
    </message>
    <message>
        <source>with a single study the z test is used</source>
        <translation>bei einer einzelnen Studie wird der z-Test verwendet</translation>
    </message>
    <message>
        <source>the likelihood is higher at tau^2 = 0 than where the iteration stopped; tau^2 was set to 0</source>
        <translation>die Likelihood ist bei tau^2 = 0 höher als dort, wo die Iteration anhielt; tau^2 wurde auf 0 gesetzt</translation>
    </message>
    <message>
        <source>the estimation of tau^2 did not converge</source>
        <translation>die Schätzung von tau^2 ist nicht konvergiert</translation>
    </message>
    <message>
        <source>some sampling variances are 0, so Q, I^2 and H^2 are undefined</source>
        <translation>einige Stichprobenvarianzen sind 0, daher sind Q, I^2 und H^2 undefiniert</translation>
    </message>
    <message>
        <source>the confidence interval for tau^2 is the null set: the studies are more alike than chance predicts</source>
        <translation>das Konfidenzintervall für tau^2 ist leer: die Studien sind sich ähnlicher, als der Zufall erwarten lässt</translation>
    </message>
    <message>
        <source>the lower confidence bound of tau^2 is truncated at 0</source>
        <translation>die untere Konfidenzgrenze von tau^2 ist bei 0 abgeschnitten</translation>
    </message>
    <message>
        <source>the upper confidence bound of tau^2 lies beyond the search limit and is shown as that limit (%1), as metafor does: read it as &quot;more than %1&quot;</source>
        <translation>die obere Konfidenzgrenze von tau^2 liegt jenseits der Suchgrenze und wird wie in metafor als diese Grenze (%1) angezeigt: lesen Sie sie als „mehr als %1“</translation>
    </message>
    <message>
        <source>unknown warning</source>
        <translation>unbekannte Warnung</translation>
    </message>
    <message>
        <source>risk ratio</source>
        <translation>Risikoverhältnis</translation>
    </message>
    <message>
        <source>odds ratio</source>
        <translation>Odds Ratio</translation>
    </message>
    <message>
        <source>risk difference</source>
        <translation>Risikodifferenz</translation>
    </message>
    <message>
        <source>mean difference</source>
        <translation>Mittelwertdifferenz</translation>
    </message>
    <message>
        <source>standardised mean difference (Hedges&apos; g)</source>
        <translation>standardisierte Mittelwertdifferenz (Hedges&apos; g)</translation>
    </message>
    <message>
        <source>ratio of means</source>
        <translation>Verhältnis der Mittelwerte</translation>
    </message>
    <message>
        <source>correlation</source>
        <translation>Korrelation</translation>
    </message>
    <message>
        <source>Fisher&apos;s z of a correlation</source>
        <translation>Fishers z einer Korrelation</translation>
    </message>
    <message>
        <source>effect and variance as given</source>
        <translation>Effekt und Varianz wie angegeben</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>restricted maximum likelihood</source>
        <translation>Restricted Maximum Likelihood</translation>
    </message>
    <message>
        <source>DerSimonian–Laird</source>
        <translation>DerSimonian–Laird</translation>
    </message>
    <message>
        <source>Paule–Mandel</source>
        <translation>Paule–Mandel</translation>
    </message>
    <message>
        <source>empirical Bayes</source>
        <translation>empirischer Bayes</translation>
    </message>
    <message>
        <source>maximum likelihood</source>
        <translation>Maximum Likelihood</translation>
    </message>
    <message>
        <source>Hedges</source>
        <translation>Hedges</translation>
    </message>
    <message>
        <source>Hunter–Schmidt</source>
        <translation>Hunter–Schmidt</translation>
    </message>
    <message>
        <source>Sidik–Jonkman</source>
        <translation>Sidik–Jonkman</translation>
    </message>
    <message>
        <source>equal effects (fixed effect)</source>
        <translation>gleiche Effekte (fester Effekt)</translation>
    </message>
    <message>
        <source>Knapp–Hartung</source>
        <translation>Knapp–Hartung</translation>
    </message>
    <message>
        <source>z test</source>
        <translation>z-Test</translation>
    </message>
    <message>
        <source>the sample size is too small for this measure (SMD needs n1i + n2i of at least 4, COR a sample size of at least 2, Fisher&apos;s z one above 3)</source>
        <translation>der Stichprobenumfang ist für dieses Effektmaß zu klein (SMD braucht n1i + n2i von mindestens 4, COR einen Stichprobenumfang von mindestens 2, Fishers z einen über 3)</translation>
    </message>
    <message>
        <source>both standard deviations are 0, so the standardised mean difference is undefined</source>
        <translation>beide Standardabweichungen sind 0, daher ist die standardisierte Mittelwertdifferenz nicht definiert</translation>
    </message>
    <message>
        <source>a sampling variance cannot be negative</source>
        <translation>eine Stichprobenvarianz kann nicht negativ sein</translation>
    </message>
    <message>
        <source>a group has no participants</source>
        <translation>eine Gruppe hat keine Teilnehmenden</translation>
    </message>
    <message>
        <source>a standard deviation cannot be negative</source>
        <translation>eine Standardabweichung kann nicht negativ sein</translation>
    </message>
    <message>
        <source>the confidence level must lie between 50 and 99.99 percent</source>
        <translation>das Konfidenzniveau muss zwischen 50 und 99,99 Prozent liegen</translation>
    </message>
    <message>
        <source>the largest sampling variance is over ten million times the smallest; the studies with the smallest variances carry almost all the weight</source>
        <translation>die größte Stichprobenvarianz ist über zehn Millionen Mal so groß wie die kleinste; die Studien mit den kleinsten Varianzen tragen fast das ganze Gewicht</translation>
    </message>
    <message>
        <source>%1 was left out: %2</source>
        <translation>%1 wurde ausgelassen: %2</translation>
    </message>
    <message>
        <source>%1 was left out: column %2: %3</source>
        <translation>%1 wurde ausgelassen: Spalte %2: %3</translation>
    </message>
    <message>
        <source>%1 has no subgroup and was left out of the subgroup analysis</source>
        <translation>%1 hat keine Subgruppe und wurde in der Subgruppenanalyse ausgelassen</translation>
    </message>
    <message>
        <source>%1: the standard error is negative; its square was used as the sampling variance</source>
        <translation>%1: der Standardfehler ist negativ; sein Quadrat wurde als Stichprobenvarianz verwendet</translation>
    </message>
    <message>
        <source>%1 has no events (or only events) in both groups: it has no effect of its own and was left out of Q and I^2</source>
        <translation>%1 hat in beiden Gruppen keine Ereignisse (oder nur Ereignisse): die Studie hat keinen eigenen Effekt und wurde bei Q und I^2 ausgelassen</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>Dichotomous (events / total)</source>
        <translation>Dichotom (Ereignisse / gesamt)</translation>
    </message>
    <message>
        <source>Continuous (mean, SD, N)</source>
        <translation>Stetig (Mittelwert, SD, N)</translation>
    </message>
    <message>
        <source>Correlation (r, N)</source>
        <translation>Korrelation (r, N)</translation>
    </message>
    <message>
        <source>Effect estimate with its SE or variance</source>
        <translation>Effektschätzer mit SE oder Varianz</translation>
    </message>
    <message>
        <source>Events (intervention)</source>
        <translation>Ereignisse (Intervention)</translation>
    </message>
    <message>
        <source>Non-events (intervention)</source>
        <translation>Nicht-Ereignisse (Intervention)</translation>
    </message>
    <message>
        <source>Events (comparator)</source>
        <translation>Ereignisse (Vergleich)</translation>
    </message>
    <message>
        <source>Non-events (comparator)</source>
        <translation>Nicht-Ereignisse (Vergleich)</translation>
    </message>
    <message>
        <source>Total (intervention)</source>
        <translation>Gesamt (Intervention)</translation>
    </message>
    <message>
        <source>Total (comparator)</source>
        <translation>Gesamt (Vergleich)</translation>
    </message>
    <message>
        <source>Mean (intervention)</source>
        <translation>Mittelwert (Intervention)</translation>
    </message>
    <message>
        <source>SD (intervention)</source>
        <translation>SD (Intervention)</translation>
    </message>
    <message>
        <source>Mean (comparator)</source>
        <translation>Mittelwert (Vergleich)</translation>
    </message>
    <message>
        <source>SD (comparator)</source>
        <translation>SD (Vergleich)</translation>
    </message>
    <message>
        <source>Correlation r</source>
        <translation>Korrelation r</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Schätzer</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Varianz</translation>
    </message>
    <message>
        <source>Standard error</source>
        <translation>Standardfehler</translation>
    </message>
</context>
<context>
    <name>PlotExportText</name>
    <message>
        <source>%1: unknown image type (use .png, .svg or .pdf)</source>
        <translation>%1: unbekannter Bildtyp (.png, .svg oder .pdf)</translation>
    </message>
    <message>
        <source>there is no analysis to plot</source>
        <translation>es gibt keine Analyse zum Darstellen</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: the image could not be written</source>
        <translation>%1: das Bild konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Forest plot</source>
        <translation>Forest-Plot</translation>
    </message>
    <message>
        <source>Funnel plot</source>
        <translation>Funnel-Plot</translation>
    </message>
    <message>
        <source>Made with EvidenceDesk</source>
        <translation>Erstellt mit EvidenceDesk</translation>
    </message>
    <message>
        <source>%1: the plot would be %2 × %3 pixels at %4 dpi, more than a PNG may have here (%5 million pixels): write it as PDF (paged) or SVG, or at a lower resolution</source>
        <translation>%1: die Grafik wäre %2 × %3 Pixel bei %4 dpi groß, mehr als ein PNG hier haben darf (%5 Millionen Pixel): schreiben Sie sie als PDF (in Seiten) oder SVG oder mit geringerer Auflösung</translation>
    </message>
    <message>
        <source>Risk of bias: traffic-light plot</source>
        <translation>Verzerrungsrisiko: Ampeldiagramm</translation>
    </message>
    <message>
        <source>Risk of bias: summary plot</source>
        <translation>Verzerrungsrisiko: Übersichtsdiagramm</translation>
    </message>
    <message>
        <source>no study of the synthesis has a risk-of-bias judgement for this outcome</source>
        <translation>keine Studie der Synthese hat eine Risk-of-Bias-Beurteilung für diesen Endpunkt</translation>
    </message>
    <message>
        <source>%1: the plot would be %2 × %3 pixels at %4 dpi, more than a PNG may have here (%5 million pixels): write it as SVG or PDF, or at a lower resolution</source>
        <translation>%1: die Grafik wäre %2 × %3 Pixel bei %4 dpi groß, mehr als ein PNG hier haben darf (%5 Millionen Pixel): schreiben Sie sie als SVG oder PDF oder mit geringerer Auflösung</translation>
    </message>
</context>
<context>
    <name>PlotsText</name>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Subtotal (k = %1; I² = %2%)</source>
        <translation>Zwischensumme (k = %1; I² = %2&#xa0;%)</translation>
    </message>
    <message>
        <source>Equal-effects model</source>
        <translation>Modell mit gemeinsamem Effekt</translation>
    </message>
    <message>
        <source>Random-effects model (%1)</source>
        <translation>Random-Effects-Modell (%1)</translation>
    </message>
    <message>
        <source>Prediction interval</source>
        <translation>Prädiktionsintervall</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Studie</translation>
    </message>
    <message>
        <source>%1 [%2% CI]</source>
        <translation>%1 [%2%-KI]</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>%1 (log scale)</source>
        <translation>%1 (logarithmische Skala)</translation>
    </message>
    <message>
        <source>Standard error</source>
        <translation>Standardfehler</translation>
    </message>
    <message>
        <source>Heterogeneity: Q = %1 (df = %2, p %3); I² = %4%</source>
        <translation>Heterogenität: Q = %1 (df = %2, p %3); I² = %4&#xa0;%</translation>
    </message>
    <message>
        <source>Heterogeneity: τ² = %1; I² = %2%; Q = %3 (df = %4, p %5)</source>
        <translation>Heterogenität: τ² = %1; I² = %2&#xa0;%; Q = %3 (df = %4, p %5)</translation>
    </message>
    <message>
        <source>Test for subgroup differences: Q = %1, df = %2, p %3</source>
        <translation>Test auf Subgruppenunterschiede: Q = %1, df = %2, p %3</translation>
    </message>
    <message>
        <source>Shading: p &lt; 0.01, 0.01–0.05, 0.05–0.10, &gt; 0.10 (white)</source>
        <translation>Schattierung: p &lt; 0,01, 0,01–0,05, 0,05–0,10, &gt; 0,10 (weiß)</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <comment>mean (SD), n</comment>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <source>Comparator</source>
        <translation>Kontrolle</translation>
    </message>
    <message>
        <source>Not tagged</source>
        <translation>Nicht markiert</translation>
    </message>
    <message>
        <source>Imputed by trim-and-fill</source>
        <translation>Durch Trim-and-Fill ergänzt</translation>
    </message>
    <message>
        <source>Risk of bias</source>
        <translation>Verzerrungsrisiko</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>log risk ratios</source>
        <translation>logarithmierte Risk Ratios</translation>
    </message>
    <message>
        <source>log odds ratios</source>
        <translation>logarithmierte Odds Ratios</translation>
    </message>
    <message>
        <source>risk differences</source>
        <translation>Risikodifferenzen</translation>
    </message>
    <message>
        <source>mean differences</source>
        <translation>Mittelwertdifferenzen</translation>
    </message>
    <message>
        <source>standardised mean differences (Hedges&apos; g with the exact small-sample correction)</source>
        <translation>standardisierte Mittelwertdifferenzen (Hedges’ g mit exakter Kleinstichprobenkorrektur)</translation>
    </message>
    <message>
        <source>log ratios of means</source>
        <translation>logarithmierte Verhältnisse von Mittelwerten</translation>
    </message>
    <message>
        <source>correlation coefficients</source>
        <translation>Korrelationskoeffizienten</translation>
    </message>
    <message>
        <source>Fisher&apos;s z-transformed correlations</source>
        <translation>Fisher-z-transformierte Korrelationen</translation>
    </message>
    <message>
        <source>the effect sizes as given</source>
        <translation>die Effektstärken wie angegeben</translation>
    </message>
    <message>
        <source>an equal-effects (fixed-effect) model</source>
        <translation>ein Modell mit gemeinsamem Effekt (Fixed-Effect-Modell)</translation>
    </message>
    <message>
        <source>a random-effects model with the DerSimonian-Laird estimator of τ²</source>
        <translation>ein Random-Effects-Modell mit dem DerSimonian-Laird-Schätzer für τ²</translation>
    </message>
    <message>
        <source>a random-effects model with the Hedges estimator of τ²</source>
        <translation>ein Random-Effects-Modell mit dem Hedges-Schätzer für τ²</translation>
    </message>
    <message>
        <source>a random-effects model with the Hunter-Schmidt estimator of τ²</source>
        <translation>ein Random-Effects-Modell mit dem Hunter-Schmidt-Schätzer für τ²</translation>
    </message>
    <message>
        <source>a random-effects model with the Sidik-Jonkman estimator of τ²</source>
        <translation>ein Random-Effects-Modell mit dem Sidik-Jonkman-Schätzer für τ²</translation>
    </message>
    <message>
        <source>a random-effects model with the maximum-likelihood estimator of τ²</source>
        <translation>ein Random-Effects-Modell mit dem Maximum-Likelihood-Schätzer für τ²</translation>
    </message>
    <message>
        <source>a random-effects model with the restricted maximum-likelihood (REML) estimator of τ²</source>
        <translation>ein Random-Effects-Modell mit dem Restricted-Maximum-Likelihood-Schätzer (REML) für τ²</translation>
    </message>
    <message>
        <source>a random-effects model with the empirical Bayes estimator of τ²</source>
        <translation>ein Random-Effects-Modell mit dem Empirical-Bayes-Schätzer für τ²</translation>
    </message>
    <message>
        <source>a random-effects model with the Paule-Mandel estimator of τ²</source>
        <translation>ein Random-Effects-Modell mit dem Paule-Mandel-Schätzer für τ²</translation>
    </message>
    <message>
        <source>the review has no claim to report on</source>
        <translation>das Review hat keine Aussage, über die berichtet werden kann</translation>
    </message>
    <message>
        <source>EvidenceDesk report: %1</source>
        <translation>EvidenceDesk-Bericht: %1</translation>
    </message>
    <message>
        <source>EvidenceDesk report</source>
        <translation>EvidenceDesk-Bericht</translation>
    </message>
    <message>
        <source>Evidence review</source>
        <translation>Evidenz-Review</translation>
    </message>
    <message>
        <source>Report of %1</source>
        <translation>Bericht vom %1</translation>
    </message>
    <message>
        <source>EvidenceDesk %1</source>
        <translation>EvidenceDesk %1</translation>
    </message>
    <message>
        <source>Certainty of the evidence:</source>
        <translation>Vertrauenswürdigkeit der Evidenz:</translation>
    </message>
    <message>
        <source>The claim</source>
        <translation>Die Aussage</translation>
    </message>
    <message>
        <source>Mechanisms</source>
        <translation>Mechanismen</translation>
    </message>
    <message>
        <source>The evidence</source>
        <translation>Die Evidenz</translation>
    </message>
    <message>
        <source>Synthesis</source>
        <translation>Synthese</translation>
    </message>
    <message>
        <source>Certainty of the evidence (GRADE)</source>
        <translation>Vertrauenswürdigkeit der Evidenz (GRADE)</translation>
    </message>
    <message>
        <source>Gold standard evidence needed</source>
        <translation>Benötigte Goldstandard-Evidenz</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Methoden</translation>
    </message>
    <message>
        <source>Appendix: reproducing the numbers in R</source>
        <translation>Anhang: die Zahlen in R nachrechnen</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Current claim:</source>
        <translation>Aktuelle Aussage:</translation>
    </message>
    <message>
        <source>Original claim:</source>
        <translation>Ursprüngliche Aussage:</translation>
    </message>
    <message>
        <source>Why refined:</source>
        <translation>Warum präzisiert:</translation>
    </message>
    <message>
        <source>Refinement history</source>
        <translation>Verlauf der Präzisierungen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Why refined</source>
        <translation>Warum präzisiert</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Original claim</source>
        <translation>Ursprüngliche Aussage</translation>
    </message>
    <message>
        <source>Review question</source>
        <translation>Fragestellung</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <source>Comparator</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>No mechanism has been written yet.</source>
        <translation>Es wurde noch kein Mechanismus beschrieben.</translation>
    </message>
    <message>
        <source>Most probable mechanism</source>
        <translation>Wahrscheinlichster Mechanismus</translation>
    </message>
    <message>
        <source>Less supported, not ruled out (%1)</source>
        <translation>Weniger gestützt, nicht ausgeschlossen (%1)</translation>
    </message>
    <message>
        <source>Not tagged</source>
        <translation>Nicht markiert</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Studie</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>No included study has %1 outcome data yet, so there is no synthesis.</source>
        <translation>Keine eingeschlossene Studie hat bisher Ergebnisdaten für %1, daher gibt es keine Synthese.</translation>
    </message>
    <message>
        <source>The synthesis could not be computed.</source>
        <translation>Die Synthese konnte nicht berechnet werden.</translation>
    </message>
    <message>
        <source>Knapp-Hartung</source>
        <translation>Knapp-Hartung</translation>
    </message>
    <message>
        <source>z test</source>
        <translation>z-Test</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Pooled %1</source>
        <translation>%1 (gepoolt)</translation>
    </message>
    <message>
        <source>p (test of no effect)</source>
        <translation>p (Test auf keinen Effekt)</translation>
    </message>
    <message>
        <source>Prediction interval</source>
        <translation>Prädiktionsintervall</translation>
    </message>
    <message>
        <source>τ²</source>
        <translation>τ²</translation>
    </message>
    <message>
        <source>I²</source>
        <translation>I²</translation>
    </message>
    <message>
        <source>Q (df), p</source>
        <translation>Q (df), p</translation>
    </message>
    <message>
        <source>Egger&apos;s regression test</source>
        <translation>Egger-Regressionstest</translation>
    </message>
    <message>
        <source>Begg&apos;s rank correlation</source>
        <translation>Rangkorrelation nach Begg</translation>
    </message>
    <message>
        <source>Trim-and-fill (L0)</source>
        <translation>Trim-and-Fill (L0)</translation>
    </message>
    <message>
        <source>%1 imputed on the %2 side; %3 [%4, %5]</source>
        <translation>%1 auf der %2 Seite ergänzt; %3 [%4; %5]</translation>
    </message>
    <message>
        <source>left</source>
        <translation>linken</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechten</translation>
    </message>
    <message>
        <source>Forest plot</source>
        <translation>Forest-Plot</translation>
    </message>
    <message>
        <source>Funnel plot</source>
        <translation>Funnel-Plot</translation>
    </message>
    <message>
        <source>Subgroups</source>
        <translation>Subgruppen</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Leave-one-out</source>
        <translation>Leave-one-out</translation>
    </message>
    <message>
        <source>Without</source>
        <translation>Ohne</translation>
    </message>
    <message>
        <source>Starting level: %1.</source>
        <translation>Ausgangsniveau: %1.</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>not assessable</source>
        <translation>nicht beurteilbar</translation>
    </message>
    <message>
        <source>Reviewer&apos;s judgement (suggested %1): %2</source>
        <translation>Urteil der Reviewenden (vorgeschlagen: %1): %2</translation>
    </message>
    <message>
        <source>Proposed by EvidenceDesk from the review question and the gaps in the evidence; not yet edited by the reviewer.</source>
        <translation>Von EvidenceDesk aus der Fragestellung und den Lücken der Evidenz vorgeschlagen; noch nicht von den Reviewenden bearbeitet.</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Outcome and follow-up</source>
        <translation>Endpunkt und Nachbeobachtung</translation>
    </message>
    <message>
        <source>the Knapp-Hartung adjustment (t distribution with k − 1 degrees of freedom)</source>
        <translation>die Knapp-Hartung-Anpassung (t-Verteilung mit k − 1 Freiheitsgraden)</translation>
    </message>
    <message>
        <source>the normal distribution</source>
        <translation>die Normalverteilung</translation>
    </message>
    <message>
        <source> Subgroups (%1) were analysed separately and compared with a test for subgroup differences.</source>
        <translation> Subgruppen (%1) wurden getrennt analysiert und mit einem Test auf Subgruppenunterschiede verglichen.</translation>
    </message>
    <message>
        <source>No synthesis was computed.</source>
        <translation>Es wurde keine Synthese berechnet.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>%1: cannot write the report: %2</source>
        <translation>%1: der Bericht kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Test for subgroup differences: Q = %1, df = %2, p %3</source>
        <translation>Test auf Subgruppenunterschiede: Q = %1, df = %2, p %3</translation>
    </message>
    <message>
        <source>Effect sizes were computed as %1 (with 0.5 added to every cell of a 2×2 table containing a zero) and pooled with %2, using inverse-variance weights. Confidence intervals use %3 at the %4% level; the prediction interval uses the same critical value with τ² added to the variance. Heterogeneity is reported as Cochran&apos;s Q, I² and H² as defined in metafor, and τ² with its Q-profile confidence interval. Small-study effects were examined with Egger&apos;s regression test (the standard error as moderator in the same model), Begg&apos;s rank correlation test and trim-and-fill (L0 estimator). Leave-one-out analyses refit the model without each study in turn.%5 Certainty was rated with GRADE. Computations by EvidenceDesk %6, whose engine agrees with metafor 3.8-1 to a relative 1e-6 on every reported quantity.</source>
        <translation>Die Effektstärken wurden als %1 berechnet (mit 0,5 zu jeder Zelle einer Vierfeldertafel addiert, die eine Null enthält) und mit inversen Varianzgewichten gepoolt (Modell: %2). Die Konfidenzintervalle verwenden %3 auf dem %4%-Niveau; das Prädiktionsintervall verwendet denselben kritischen Wert, wobei τ² zur Varianz addiert wird. Die Heterogenität wird als Cochrans Q, I² und H² wie in metafor definiert berichtet, τ² mit seinem Q-Profil-Konfidenzintervall. Small-Study-Effekte wurden mit dem Egger-Regressionstest (der Standardfehler als Moderator im selben Modell), dem Rangkorrelationstest nach Begg und Trim-and-Fill (L0-Schätzer) untersucht. Leave-one-out-Analysen schätzen das Modell ohne jeweils eine Studie neu.%5 Die Vertrauenswürdigkeit wurde mit GRADE bewertet. Berechnet mit EvidenceDesk %6, dessen Rechenkern bei jeder berichteten Größe mit metafor 3.8-1 auf relativ 1e-6 übereinstimmt.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a label and its value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the parts of a list</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>stance</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>design</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>cannot write the PDF</source>
        <translation>das PDF kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n stud(ies); %1; %2% confidence intervals (%3).</source>
        <translation>
            <numerusform>%n Studie; %1; %2-%-Konfidenzintervalle (%3).</numerusform>
            <numerusform>%n Studien; %1; %2-%-Konfidenzintervalle (%3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Excluded from the synthesis</source>
        <translation>Von der Synthese ausgeschlossen</translation>
    </message>
    <message>
        <source>Why excluded</source>
        <translation>Grund des Ausschlusses</translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Literatur</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Endpunkt:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Claims of this review</source>
        <translation>Aussagen dieser Übersicht</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Studien</translation>
    </message>
    <message>
        <source>Pooled effect [CI]</source>
        <translation>Gepoolter Effekt [KI]</translation>
    </message>
    <message>
        <source>Certainty</source>
        <translation>Vertrauenswürdigkeit</translation>
    </message>
    <message>
        <source>not estimable</source>
        <translation>nicht schätzbar</translation>
    </message>
    <message>
        <source>(%1 CI)</source>
        <translation>(%1-KI)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>The review&apos;s other claims</source>
        <translation>Die weiteren Aussagen der Übersicht</translation>
    </message>
    <message>
        <source>Each claim of the review with its outcome, its synthesis and the certainty of its evidence; the sections above report the first.</source>
        <translation>Jede Aussage der Übersicht mit ihrem Endpunkt, ihrer Synthese und der Vertrauenswürdigkeit ihrer Evidenz; die Abschnitte oben berichten über die erste.</translation>
    </message>
    <message>
        <source>No pooled estimate: %1</source>
        <translation>Kein gepoolter Schätzer: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n stud(ies); pooled %1 %2 %3 (%4 CI), p %5; I² = %6.</source>
        <translation>
            <numerusform>%n Studie; gepoolt %1 %2 %3 (%4-KI), p %5; I² = %6.</numerusform>
            <numerusform>%n Studien; gepoolt %1 %2 %3 (%4-KI), p %5; I² = %6.</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary of findings</source>
        <translation>Zusammenfassung der Ergebnisse</translation>
    </message>
    <message>
        <source>Risk of bias</source>
        <translation>Verzerrungsrisiko</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No study of the synthesis has a risk-of-bias judgement for this outcome yet; GRADE&apos;s risk of bias is therefore not assessed.</source>
        <translation>Noch keine Studie der Synthese hat eine Risk-of-Bias-Beurteilung für diesen Endpunkt; das Verzerrungsrisiko nach GRADE ist daher nicht bewertet.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the %1 studies of the synthesis are appraised for this outcome (RoB 2: %2, ROBINS-I: %3).</source>
        <translation>
            <numerusform>%n der %1 Studien der Synthese ist für diesen Endpunkt bewertet (RoB 2: %2, ROBINS-I: %3).</numerusform>
            <numerusform>%n der %1 Studien der Synthese sind für diesen Endpunkt bewertet (RoB 2: %2, ROBINS-I: %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Risk of bias of each study</source>
        <translation>Verzerrungsrisiko je Studie</translation>
    </message>
    <message>
        <source>Risk of bias across studies</source>
        <translation>Verzerrungsrisiko über die Studien</translation>
    </message>
</context>
<context>
    <name>ReviewFileText</name>
    <message>
        <source>not a regular file (a folder, a pipe or a device)</source>
        <translation>keine gewöhnliche Datei (ein Ordner, eine Pipe oder ein Gerät)</translation>
    </message>
    <message>
        <source>this is the file the command reads; it was not changed</source>
        <translation>das ist die Datei, die der Befehl liest; sie wurde nicht verändert</translation>
    </message>
    <message>
        <source>an output may not be written over a review (*.evidence); it was not changed</source>
        <translation>eine Ausgabe darf kein Review (*.evidence) überschreiben; es wurde nicht verändert</translation>
    </message>
    <message>
        <source>the file system is read-only: the review can be read, not changed</source>
        <translation>das Dateisystem ist schreibgeschützt: das Review kann gelesen, aber nicht geändert werden</translation>
    </message>
    <message>
        <source>the disk is full: nothing was changed</source>
        <translation>der Datenträger ist voll: nichts wurde verändert</translation>
    </message>
    <message>
        <source>the folder is read-only (a review needs to write files beside it): the review can be read, not changed</source>
        <translation>der Ordner ist schreibgeschützt (ein Review schreibt Dateien neben sich): das Review kann gelesen, aber nicht geändert werden</translation>
    </message>
    <message>
        <source>the file is read-only: the review can be read, not changed</source>
        <translation>die Datei ist schreibgeschützt: das Review kann gelesen, aber nicht geändert werden</translation>
    </message>
</context>
<context>
    <name>ReviewStoreText</name>
    <message>
        <source>unknown database error</source>
        <translation>unbekannter Datenbankfehler</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: keine solche Datei</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: not an EvidenceDesk review (not a database file)</source>
        <translation>%1: kein EvidenceDesk-Review (keine Datenbankdatei)</translation>
    </message>
    <message>
        <source>%1: cannot be opened: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: the review file is damaged (%2)</source>
        <translation>%1: die Review-Datei ist beschädigt (%2)</translation>
    </message>
    <message>
        <source>%1: not an EvidenceDesk review (a database of another program)</source>
        <translation>%1: kein EvidenceDesk-Review (eine Datenbank eines anderen Programms)</translation>
    </message>
    <message>
        <source>%1: the review was written by a newer EvidenceDesk (file format %2; this version reads up to %3). Open it with a newer EvidenceDesk; it was not changed.</source>
        <translation>%1: das Review wurde von einem neueren EvidenceDesk geschrieben (Dateiformat %2; diese Version liest bis %3). Öffnen Sie es mit einem neueren EvidenceDesk; es wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1: not an EvidenceDesk review (no schema version)</source>
        <translation>%1: kein EvidenceDesk-Review (keine Schemaversion)</translation>
    </message>
    <message>
        <source>%1: cannot be opened for writing: %2</source>
        <translation>%1: kann nicht zum Schreiben geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: a file of that name exists already</source>
        <translation>%1: eine Datei dieses Namens existiert bereits</translation>
    </message>
    <message>
        <source>%1: cannot create the review: %2</source>
        <translation>%1: das Review kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>the SQLite driver gives no connection handle</source>
        <translation>der SQLite-Treiber liefert kein Verbindungshandle</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>no study with id %1</source>
        <translation>keine Studie mit der ID %1</translation>
    </message>
    <message>
        <source>%1: the review cannot be read (%2)</source>
        <translation>%1: der Review kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>%1: the review holds an unknown %2 &apos;%3&apos;</source>
        <translation>%1: der Review enthält einen unbekannten Wert für %2: &apos;%3&apos;</translation>
    </message>
    <message>
        <source>assertion</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <source>stance</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>effect measure</source>
        <translation>Effektmaß</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>%1: cannot be read (no room for a copy to recover it in)</source>
        <translation>%1: kann nicht gelesen werden (kein Platz für eine Kopie, um es wiederherzustellen)</translation>
    </message>
    <message>
        <source>%1: the file %2 beside it belongs to another database (a copy or a restore without its partner?); nothing was changed. Move that file away to open the review as it was last saved.</source>
        <translation>%1: die Datei %2 daneben gehört zu einer anderen Datenbank (kopiert oder wiederhergestellt ohne ihr Gegenstück?); nichts wurde verändert. Diese Datei wegräumen, um das Review so zu öffnen, wie es zuletzt gespeichert wurde.</translation>
    </message>
    <message>
        <source>%1: the review could not be read in its older format: %2</source>
        <translation>%1: das Review konnte in seinem älteren Format nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot be opened for writing</source>
        <translation>%1: kann nicht zum Schreiben geöffnet werden</translation>
    </message>
    <message>
        <source>outcome type</source>
        <translation>Endpunkttyp</translation>
    </message>
    <message>
        <source>outcome field</source>
        <translation>Endpunktfeld</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>the review has no study with id %1</source>
        <translation>die Übersicht hat keine Studie mit der ID %1</translation>
    </message>
    <message>
        <source>already in the review, nothing new</source>
        <translation>schon in der Übersicht, nichts Neues</translation>
    </message>
    <message>
        <source>the same study as line %1</source>
        <translation>dieselbe Studie wie Zeile %1</translation>
    </message>
    <message>
        <source>no outcome with id %1</source>
        <translation>kein Endpunkt mit der ID %1</translation>
    </message>
    <message>
        <source>risk-of-bias tool</source>
        <translation>Risk-of-Bias-Werkzeug</translation>
    </message>
    <message>
        <source>risk-of-bias judgement</source>
        <translation>Risk-of-Bias-Beurteilung</translation>
    </message>
    <message>
        <source>risk-of-bias domain</source>
        <translation>Risk-of-Bias-Domäne</translation>
    </message>
    <message numerus="yes">
        <source>risk of bias: %1 has %n domain(s)</source>
        <translation>
            <numerusform>Verzerrungsrisiko: %1 hat %n Domäne</numerusform>
            <numerusform>Verzerrungsrisiko: %1 hat %n Domänen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RiskOfBias</name>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Some concerns</source>
        <translation>Einige Bedenken</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderat</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation>Schwerwiegend</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>No information</source>
        <translation>Keine Information</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Bias arising from the randomisation process</source>
        <translation>Verzerrung durch den Randomisierungsprozess</translation>
    </message>
    <message>
        <source>1.1 Was the allocation sequence random?</source>
        <translation>1.1 War die Zuteilungssequenz zufällig?</translation>
    </message>
    <message>
        <source>1.2 Was the allocation sequence concealed until participants were enrolled and assigned to interventions?</source>
        <translation>1.2 War die Zuteilungssequenz verdeckt, bis die Teilnehmenden aufgenommen und den Interventionen zugeteilt waren?</translation>
    </message>
    <message>
        <source>1.3 Did baseline differences between intervention groups suggest a problem with the randomisation process?</source>
        <translation>1.3 Deuteten Unterschiede zwischen den Interventionsgruppen zu Studienbeginn auf ein Problem mit dem Randomisierungsprozess hin?</translation>
    </message>
    <message>
        <source>Bias due to deviations from intended interventions</source>
        <translation>Verzerrung durch Abweichungen von den beabsichtigten Interventionen</translation>
    </message>
    <message>
        <source>2.1 Were participants aware of their assigned intervention during the trial?</source>
        <translation>2.1 Waren sich die Teilnehmenden während der Studie ihrer zugeteilten Intervention bewusst?</translation>
    </message>
    <message>
        <source>2.2 Were carers and people delivering the interventions aware of participants&apos; assigned intervention during the trial?</source>
        <translation>2.2 Waren sich Betreuende und die Personen, die die Interventionen durchführten, der zugeteilten Intervention der Teilnehmenden während der Studie bewusst?</translation>
    </message>
    <message>
        <source>2.3 Were there deviations from the intended intervention that arose because of the trial context?</source>
        <translation>2.3 Gab es Abweichungen von der beabsichtigten Intervention, die aufgrund des Studienkontexts entstanden?</translation>
    </message>
    <message>
        <source>2.4 Were these deviations likely to have affected the outcome?</source>
        <translation>2.4 Haben diese Abweichungen den Endpunkt wahrscheinlich beeinflusst?</translation>
    </message>
    <message>
        <source>2.5 Were these deviations from intended intervention balanced between groups?</source>
        <translation>2.5 Waren diese Abweichungen von der beabsichtigten Intervention zwischen den Gruppen ausgewogen?</translation>
    </message>
    <message>
        <source>2.6 Was an appropriate analysis used to estimate the effect of assignment to intervention?</source>
        <translation>2.6 Wurde eine angemessene Analyse verwendet, um den Effekt der Zuteilung zur Intervention zu schätzen?</translation>
    </message>
    <message>
        <source>2.7 Was there potential for a substantial impact (on the result) of the failure to analyse participants in the group to which they were randomised?</source>
        <translation>2.7 Bestand die Möglichkeit eines erheblichen Einflusses (auf das Ergebnis), weil Teilnehmende nicht in der Gruppe analysiert wurden, der sie randomisiert zugeteilt waren?</translation>
    </message>
    <message>
        <source>Bias due to missing outcome data</source>
        <translation>Verzerrung durch fehlende Endpunktdaten</translation>
    </message>
    <message>
        <source>3.1 Were data for this outcome available for all, or nearly all, participants randomised?</source>
        <translation>3.1 Waren Daten zu diesem Endpunkt für alle oder fast alle randomisierten Teilnehmenden verfügbar?</translation>
    </message>
    <message>
        <source>3.2 Is there evidence that the result was not biased by missing outcome data?</source>
        <translation>3.2 Gibt es Belege dafür, dass das Ergebnis nicht durch fehlende Endpunktdaten verzerrt wurde?</translation>
    </message>
    <message>
        <source>3.3 Could missingness in the outcome depend on its true value?</source>
        <translation>3.3 Könnte das Fehlen von Endpunktdaten von ihrem wahren Wert abhängen?</translation>
    </message>
    <message>
        <source>3.4 Is it likely that missingness in the outcome depended on its true value?</source>
        <translation>3.4 Ist es wahrscheinlich, dass das Fehlen von Endpunktdaten von ihrem wahren Wert abhing?</translation>
    </message>
    <message>
        <source>Bias in measurement of the outcome</source>
        <translation>Verzerrung bei der Messung des Endpunkts</translation>
    </message>
    <message>
        <source>4.1 Was the method of measuring the outcome inappropriate?</source>
        <translation>4.1 War die Methode zur Messung des Endpunkts ungeeignet?</translation>
    </message>
    <message>
        <source>4.2 Could measurement or ascertainment of the outcome have differed between intervention groups?</source>
        <translation>4.2 Könnte sich die Messung oder Erhebung des Endpunkts zwischen den Interventionsgruppen unterschieden haben?</translation>
    </message>
    <message>
        <source>4.3 Were outcome assessors aware of the intervention received by study participants?</source>
        <translation>4.3 Waren sich die Endpunkterhebenden der Intervention bewusst, die die Studienteilnehmenden erhielten?</translation>
    </message>
    <message>
        <source>4.4 Could assessment of the outcome have been influenced by knowledge of intervention received?</source>
        <translation>4.4 Könnte die Erhebung des Endpunkts durch das Wissen um die erhaltene Intervention beeinflusst worden sein?</translation>
    </message>
    <message>
        <source>4.5 Is it likely that assessment of the outcome was influenced by knowledge of intervention received?</source>
        <translation>4.5 Ist es wahrscheinlich, dass die Erhebung des Endpunkts durch das Wissen um die erhaltene Intervention beeinflusst wurde?</translation>
    </message>
    <message>
        <source>Bias in selection of the reported result</source>
        <translation>Verzerrung bei der Auswahl des berichteten Ergebnisses</translation>
    </message>
    <message>
        <source>5.1 Were the data that produced this result analysed in accordance with a pre-specified analysis plan that was finalised before unblinded outcome data were available for analysis?</source>
        <translation>5.1 Wurden die Daten, die dieses Ergebnis lieferten, gemäß einem vorab festgelegten Analyseplan analysiert, der abgeschlossen war, bevor entblindete Endpunktdaten zur Analyse verfügbar waren?</translation>
    </message>
    <message>
        <source>5.2 Is the numerical result being assessed likely to have been selected, on the basis of the results, from multiple eligible outcome measurements (e.g. scales, definitions, time points) within the outcome domain?</source>
        <translation>5.2 Wurde das bewertete numerische Ergebnis wahrscheinlich anhand der Ergebnisse aus mehreren geeigneten Endpunktmessungen (z. B. Skalen, Definitionen, Zeitpunkte) innerhalb der Endpunktdomäne ausgewählt?</translation>
    </message>
    <message>
        <source>5.3 Is the numerical result being assessed likely to have been selected, on the basis of the results, from multiple eligible analyses of the data?</source>
        <translation>5.3 Wurde das bewertete numerische Ergebnis wahrscheinlich anhand der Ergebnisse aus mehreren geeigneten Analysen der Daten ausgewählt?</translation>
    </message>
    <message>
        <source>Bias due to confounding</source>
        <translation>Verzerrung durch Confounding</translation>
    </message>
    <message>
        <source>1.1 Is there potential for confounding of the effect of intervention in this study?</source>
        <translation>1.1 Besteht in dieser Studie die Möglichkeit eines Confoundings des Interventionseffekts?</translation>
    </message>
    <message>
        <source>1.2 Was the analysis based on splitting participants&apos; follow-up time according to intervention received?</source>
        <translation>1.2 Beruhte die Analyse auf einer Aufteilung der Nachbeobachtungszeit der Teilnehmenden nach der erhaltenen Intervention?</translation>
    </message>
    <message>
        <source>1.3 Were intervention discontinuations or switches likely to be related to factors that are prognostic for the outcome?</source>
        <translation>1.3 Hingen Abbrüche oder Wechsel der Intervention wahrscheinlich mit Faktoren zusammen, die für den Endpunkt prognostisch sind?</translation>
    </message>
    <message>
        <source>1.4 Did the authors use an appropriate analysis method that controlled for all the important confounding domains?</source>
        <translation>1.4 Verwendeten die Autorinnen und Autoren eine geeignete Analysemethode, die für alle wichtigen Confounding-Domänen kontrollierte?</translation>
    </message>
    <message>
        <source>1.5 Were confounding domains that were controlled for measured validly and reliably by the variables available in this study?</source>
        <translation>1.5 Wurden die kontrollierten Confounding-Domänen durch die in dieser Studie verfügbaren Variablen valide und reliabel gemessen?</translation>
    </message>
    <message>
        <source>1.6 Did the authors control for any post-intervention variables that could have been affected by the intervention?</source>
        <translation>1.6 Kontrollierten die Autorinnen und Autoren für Variablen nach Interventionsbeginn, die durch die Intervention beeinflusst worden sein könnten?</translation>
    </message>
    <message>
        <source>1.7 Did the authors use an appropriate analysis method that adjusted for all the important confounding domains and for time-varying confounding?</source>
        <translation>1.7 Verwendeten die Autorinnen und Autoren eine geeignete Analysemethode, die für alle wichtigen Confounding-Domänen und für zeitabhängiges Confounding adjustierte?</translation>
    </message>
    <message>
        <source>1.8 Were confounding domains that were adjusted for measured validly and reliably by the variables available in this study?</source>
        <translation>1.8 Wurden die adjustierten Confounding-Domänen durch die in dieser Studie verfügbaren Variablen valide und reliabel gemessen?</translation>
    </message>
    <message>
        <source>Bias in selection of participants into the study</source>
        <translation>Verzerrung bei der Auswahl der Teilnehmenden in die Studie</translation>
    </message>
    <message>
        <source>2.1 Was selection of participants into the study (or into the analysis) based on participant characteristics observed after the start of intervention?</source>
        <translation>2.1 Beruhte die Auswahl der Teilnehmenden in die Studie (oder in die Analyse) auf Merkmalen, die nach Beginn der Intervention beobachtet wurden?</translation>
    </message>
    <message>
        <source>2.2 Were the post-intervention variables that influenced selection likely to be associated with intervention?</source>
        <translation>2.2 Hingen die Variablen nach Interventionsbeginn, die die Auswahl beeinflussten, wahrscheinlich mit der Intervention zusammen?</translation>
    </message>
    <message>
        <source>2.3 Were the post-intervention variables that influenced selection likely to be influenced by the outcome or a cause of the outcome?</source>
        <translation>2.3 Wurden die Variablen nach Interventionsbeginn, die die Auswahl beeinflussten, wahrscheinlich durch den Endpunkt oder eine Ursache des Endpunkts beeinflusst?</translation>
    </message>
    <message>
        <source>2.4 Do start of follow-up and start of intervention coincide for most participants?</source>
        <translation>2.4 Fallen Beginn der Nachbeobachtung und Beginn der Intervention für die meisten Teilnehmenden zusammen?</translation>
    </message>
    <message>
        <source>2.5 Were adjustment techniques used that are likely to correct for the presence of selection biases?</source>
        <translation>2.5 Wurden Adjustierungsverfahren verwendet, die Selektionsverzerrungen wahrscheinlich korrigieren?</translation>
    </message>
    <message>
        <source>Bias in classification of interventions</source>
        <translation>Verzerrung bei der Klassifikation der Interventionen</translation>
    </message>
    <message>
        <source>3.1 Were intervention groups clearly defined?</source>
        <translation>3.1 Waren die Interventionsgruppen klar definiert?</translation>
    </message>
    <message>
        <source>3.2 Was the information used to define intervention groups recorded at the start of the intervention?</source>
        <translation>3.2 Wurden die Informationen zur Definition der Interventionsgruppen zu Beginn der Intervention erfasst?</translation>
    </message>
    <message>
        <source>3.3 Could classification of intervention status have been affected by knowledge of the outcome or risk of the outcome?</source>
        <translation>3.3 Könnte die Klassifikation des Interventionsstatus durch das Wissen um den Endpunkt oder das Risiko für den Endpunkt beeinflusst worden sein?</translation>
    </message>
    <message>
        <source>4.1 Were there deviations from the intended intervention beyond what would be expected in usual practice?</source>
        <translation>4.1 Gab es Abweichungen von der beabsichtigten Intervention über das in der üblichen Praxis zu Erwartende hinaus?</translation>
    </message>
    <message>
        <source>4.2 Were these deviations from intended intervention unbalanced between groups and likely to have affected the outcome?</source>
        <translation>4.2 Waren diese Abweichungen von der beabsichtigten Intervention zwischen den Gruppen unausgewogen und haben sie den Endpunkt wahrscheinlich beeinflusst?</translation>
    </message>
    <message>
        <source>4.3 Were important co-interventions balanced across intervention groups?</source>
        <translation>4.3 Waren wichtige Ko-Interventionen zwischen den Interventionsgruppen ausgewogen?</translation>
    </message>
    <message>
        <source>4.4 Was the intervention implemented successfully for most participants?</source>
        <translation>4.4 Wurde die Intervention bei den meisten Teilnehmenden erfolgreich umgesetzt?</translation>
    </message>
    <message>
        <source>4.5 Did study participants adhere to the assigned intervention regimen?</source>
        <translation>4.5 Hielten sich die Studienteilnehmenden an das zugeteilte Interventionsschema?</translation>
    </message>
    <message>
        <source>4.6 Was an appropriate analysis used to estimate the effect of starting and adhering to the intervention?</source>
        <translation>4.6 Wurde eine angemessene Analyse verwendet, um den Effekt des Beginns und der Einhaltung der Intervention zu schätzen?</translation>
    </message>
    <message>
        <source>Bias due to missing data</source>
        <translation>Verzerrung durch fehlende Daten</translation>
    </message>
    <message>
        <source>5.1 Were outcome data available for all, or nearly all, participants?</source>
        <translation>5.1 Waren Endpunktdaten für alle oder fast alle Teilnehmenden verfügbar?</translation>
    </message>
    <message>
        <source>5.2 Were participants excluded due to missing data on intervention status?</source>
        <translation>5.2 Wurden Teilnehmende wegen fehlender Daten zum Interventionsstatus ausgeschlossen?</translation>
    </message>
    <message>
        <source>5.3 Were participants excluded due to missing data on other variables needed for the analysis?</source>
        <translation>5.3 Wurden Teilnehmende wegen fehlender Daten zu anderen für die Analyse benötigten Variablen ausgeschlossen?</translation>
    </message>
    <message>
        <source>5.4 Are the proportion of participants and reasons for missing data similar across interventions?</source>
        <translation>5.4 Sind der Anteil der Teilnehmenden und die Gründe für fehlende Daten zwischen den Interventionen ähnlich?</translation>
    </message>
    <message>
        <source>5.5 Is there evidence that results were robust to the presence of missing data?</source>
        <translation>5.5 Gibt es Belege dafür, dass die Ergebnisse gegenüber fehlenden Daten robust waren?</translation>
    </message>
    <message>
        <source>Bias in measurement of outcomes</source>
        <translation>Verzerrung bei der Messung der Endpunkte</translation>
    </message>
    <message>
        <source>6.1 Could the outcome measure have been influenced by knowledge of the intervention received?</source>
        <translation>6.1 Könnte das Endpunktmaß durch das Wissen um die erhaltene Intervention beeinflusst worden sein?</translation>
    </message>
    <message>
        <source>6.2 Were outcome assessors aware of the intervention received by study participants?</source>
        <translation>6.2 Waren sich die Endpunkterhebenden der Intervention bewusst, die die Studienteilnehmenden erhielten?</translation>
    </message>
    <message>
        <source>6.3 Were the methods of outcome assessment comparable across intervention groups?</source>
        <translation>6.3 Waren die Methoden der Endpunkterhebung zwischen den Interventionsgruppen vergleichbar?</translation>
    </message>
    <message>
        <source>6.4 Were any systematic errors in measurement of the outcome related to intervention received?</source>
        <translation>6.4 Hingen systematische Fehler bei der Messung des Endpunkts mit der erhaltenen Intervention zusammen?</translation>
    </message>
    <message>
        <source>7.1 Is the reported effect estimate likely to be selected, on the basis of the results, from multiple outcome measurements within the outcome domain?</source>
        <translation>7.1 Wurde der berichtete Effektschätzer wahrscheinlich anhand der Ergebnisse aus mehreren Endpunktmessungen innerhalb der Endpunktdomäne ausgewählt?</translation>
    </message>
    <message>
        <source>7.2 Is the reported effect estimate likely to be selected, on the basis of the results, from multiple analyses of the intervention-outcome relationship?</source>
        <translation>7.2 Wurde der berichtete Effektschätzer wahrscheinlich anhand der Ergebnisse aus mehreren Analysen der Beziehung zwischen Intervention und Endpunkt ausgewählt?</translation>
    </message>
    <message>
        <source>7.3 Is the reported effect estimate likely to be selected, on the basis of the results, from different subgroups?</source>
        <translation>7.3 Wurde der berichtete Effektschätzer wahrscheinlich anhand der Ergebnisse aus verschiedenen Subgruppen ausgewählt?</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Gesamt</translation>
    </message>
</context>
<context>
    <name>RobPlotText</name>
    <message>
        <source>%1 judgements</source>
        <translation>%1-Beurteilungen</translation>
    </message>
    <message>
        <source>%1 domains</source>
        <translation>%1-Domänen</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domänen</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Studie</translation>
    </message>
    <message>
        <source>%1: share of the weight at each judgement</source>
        <translation>%1: Anteil des Gewichts je Beurteilung</translation>
    </message>
</context>
<context>
    <name>SofText</name>
    <message>
        <source>%1, %2 (the reviewer&apos;s judgement): %3</source>
        <translation>%1, %2 (Urteil der Reviewerin bzw. des Reviewers): %3</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>%1 CI</source>
        <translation>%1-KI</translation>
    </message>
    <message>
        <source>CI</source>
        <translation>KI</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>№ of participants (studies)</source>
        <translation>Anzahl der Teilnehmenden (Studien)</translation>
    </message>
    <message>
        <source>Certainty of the evidence (GRADE)</source>
        <translation>Vertrauenswürdigkeit der Evidenz (GRADE)</translation>
    </message>
    <message>
        <source>Relative effect (%1)</source>
        <translation>Relativer Effekt (%1)</translation>
    </message>
    <message>
        <source>Risk with the comparator</source>
        <translation>Risiko mit der Vergleichsintervention</translation>
    </message>
    <message>
        <source>Difference with the intervention (%1)</source>
        <translation>Differenz mit der Intervention (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln fewer per %1</source>
        <translation>
            <numerusform>%Ln weniger pro %1</numerusform>
            <numerusform>%Ln weniger pro %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more per %1</source>
        <translation>
            <numerusform>%Ln mehr pro %1</numerusform>
            <numerusform>%Ln mehr pro %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln fewer</source>
        <comment>an end of an interval of differences per 1,000</comment>
        <translation>
            <numerusform>%Ln weniger</numerusform>
            <numerusform>%Ln weniger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more</source>
        <comment>an end of an interval of differences per 1,000</comment>
        <translation>
            <numerusform>%Ln mehr</numerusform>
            <numerusform>%Ln mehr</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 lower</source>
        <translation>%1 niedriger</translation>
    </message>
    <message>
        <source>%1 higher</source>
        <translation>%1 höher</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>an outcome (its time point)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>not reported (%n stud(ies))</source>
        <translation>
            <numerusform>nicht berichtet (%n Studie)</numerusform>
            <numerusform>nicht berichtet (%n Studien)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n stud(ies))</source>
        <translation>
            <numerusform>%1 (%n Studie)</numerusform>
            <numerusform>%1 (%n Studien)</numerusform>
        </translation>
    </message>
    <message>
        <source>not estimable</source>
        <translation>nicht schätzbar</translation>
    </message>
    <message>
        <source>%1 %2 (%3 to %4)</source>
        <comment>measure, estimate, interval</comment>
        <translation>%1 %2 (%3 bis %4)</translation>
    </message>
    <message>
        <source>%1 per %2</source>
        <comment>a risk per 1,000</comment>
        <translation>%1 pro %2</translation>
    </message>
    <message>
        <source>%1 %2 (%3 to %4)</source>
        <comment>measure, difference, interval</comment>
        <translation>%1 %2 (%3 bis %4)</translation>
    </message>
    <message>
        <source>%1 (from %2 to %3)</source>
        <comment>a difference per 1,000 and its interval</comment>
        <translation>%1 (von %2 bis %3)</translation>
    </message>
    <message>
        <source>The risk with the comparator is the median risk in the comparator groups of the included studies, or the reviewer&apos;s (marked †). The difference with the intervention and its interval follow from that risk and the pooled relative effect with its interval; a risk difference or a mean difference is as pooled. Certainty of the evidence (GRADE): ⊕⊕⊕⊕ high, ⊕⊕⊕◯ moderate, ⊕⊕◯◯ low, ⊕◯◯◯ very low.</source>
        <translation>Das Risiko mit der Vergleichsintervention ist das mediane Risiko in den Vergleichsgruppen der eingeschlossenen Studien oder das von der Reviewerin bzw. dem Reviewer gesetzte (mit † markiert). Die Differenz mit der Intervention und ihr Intervall folgen aus diesem Risiko und dem gepoolten relativen Effekt mit seinem Intervall; eine Risikodifferenz oder eine Mittelwertdifferenz wird wie gepoolt angegeben. Vertrauenswürdigkeit der Evidenz (GRADE): ⊕⊕⊕⊕ hoch, ⊕⊕⊕◯ moderat, ⊕⊕◯◯ niedrig, ⊕◯◯◯ sehr niedrig.</translation>
    </message>
    <message>
        <source>Summary of findings</source>
        <translation>Zusammenfassung der Ergebnisse</translation>
    </message>
    <message>
        <source>Summary of findings: %1</source>
        <translation>Zusammenfassung der Ergebnisse: %1</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a label and its value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>Stance</name>
    <message>
        <source>Supporting</source>
        <translation>Unterstützend</translation>
    </message>
    <message>
        <source>Contradicting</source>
        <translation>Widersprechend</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Not tagged</source>
        <translation>Nicht markiert</translation>
    </message>
</context>
<context>
    <name>Study</name>
    <message>
        <source>Untitled study</source>
        <translation>Studie ohne Titel</translation>
    </message>
    <message>
        <source>%1 et al.</source>
        <translation>%1 et al.</translation>
    </message>
</context>
<context>
    <name>TextFileText</name>
    <message>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 (byte 0x%1)</source>
        <translation>der Text ist kein gültiges UTF-8 (Byte 0x%1)</translation>
    </message>
    <message>
        <source>a line is longer than %1 MB</source>
        <translation>eine Zeile ist länger als %1 MB</translation>
    </message>
</context>
<context>
    <name>evidencedesk::CertaintyPanel</name>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Your judgement</source>
        <translation>Ihr Urteil</translation>
    </message>
    <message>
        <source>Plain-language conclusion (edit to word it your way; empty returns to the suggestion)</source>
        <translation>Schlussfolgerung in einfacher Sprache (nach Ihren Worten bearbeiten; leer kehrt zum Vorschlag zurück)</translation>
    </message>
    <message>
        <source>Use the suggested conclusion</source>
        <translation>Vorgeschlagene Schlussfolgerung verwenden</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Certainty: %1 %2&lt;/b&gt;&lt;br&gt;Starting level %3: %4&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Vertrauenswürdigkeit: %1 %2&lt;/b&gt;&lt;br&gt;Ausgangsniveau %3: %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>not assessable</source>
        <translation>nicht beurteilbar</translation>
    </message>
    <message>
        <source>As suggested</source>
        <translation>Wie vorgeschlagen</translation>
    </message>
    <message>
        <source>Why do you judge %1 differently? (required)</source>
        <translation>Warum beurteilen Sie %1 anders? (erforderlich)</translation>
    </message>
    <message>
        <source>Your justification</source>
        <translation>Ihre Begründung</translation>
    </message>
    <message>
        <source>Your justification (%1): %2</source>
        <translation>Ihre Begründung (%1): %2</translation>
    </message>
</context>
<context>
    <name>evidencedesk::ClaimPanel</name>
    <message>
        <source>Claim</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <source>The claims of this review</source>
        <translation>Die Aussagen dieses Reviews</translation>
    </message>
    <message>
        <source>New claim…</source>
        <translation>Neue Aussage…</translation>
    </message>
    <message>
        <source>not specified</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>an increase</source>
        <translation>eine Zunahme</translation>
    </message>
    <message>
        <source>a decrease</source>
        <translation>eine Abnahme</translation>
    </message>
    <message>
        <source>no meaningful difference</source>
        <translation>keinen bedeutsamen Unterschied</translation>
    </message>
    <message>
        <source>What the claim asserts about the outcome; each study&apos;s own effect is judged against it.</source>
        <translation>Was die Aussage über den Endpunkt behauptet; der eigene Effekt jeder Studie wird daran gemessen.</translation>
    </message>
    <message>
        <source>Asserts</source>
        <translation>Behauptet</translation>
    </message>
    <message>
        <source>Refine claim…</source>
        <translation>Aussage präzisieren…</translation>
    </message>
    <message>
        <source>Refinement history</source>
        <translation>Verlauf der Präzisierungen</translation>
    </message>
    <message>
        <source>Review question</source>
        <translation>Fragestellung</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <source>Comparator</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>This review has no claim yet. Use “New claim…” to state one.</source>
        <translation>Dieses Review hat noch keine Aussage. Formulieren Sie eine mit „Neue Aussage…“.</translation>
    </message>
    <message>
        <source>New claim</source>
        <translation>Neue Aussage</translation>
    </message>
    <message>
        <source>State the claim:</source>
        <translation>Formulieren Sie die Aussage:</translation>
    </message>
    <message>
        <source>Original (%1):
%2</source>
        <translation>Ursprünglich (%1):
%2</translation>
    </message>
    <message>
        <source>Version %1 (%2):
%3
Why refined: %4</source>
        <translation>Version %1 (%2):
%3
Warum präzisiert: %4</translation>
    </message>
    <message>
        <source>The outcome this claim is about; the Data tab holds each outcome&apos;s data.</source>
        <translation>Der Endpunkt, um den es in dieser Aussage geht; der Reiter Daten enthält die Daten jedes Endpunkts.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>no outcome yet</source>
        <translation>noch kein Endpunkt</translation>
    </message>
    <message>
        <source>The smallest effect that matters, on the analysis scale (log scale for ratios): GRADE rates imprecision against it, a new trial is sized for it, and a no-difference claim counts effects within it as no meaningful difference. At 0 the measure&apos;s default applies.</source>
        <translation>Der kleinste Effekt, der zählt, auf der Analyseskala (log-Skala für Verhältnisse): GRADE beurteilt die Ungenauigkeit daran, eine neue Studie wird dafür bemessen, und eine Aussage ohne Unterschied wertet Effekte darin als keinen bedeutsamen Unterschied. Bei 0 gilt die Voreinstellung des Effektmaßes.</translation>
    </message>
    <message>
        <source>Minimal important difference</source>
        <translation>Minimal wichtige Differenz</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>not set (no default for this measure)</source>
        <translation>nicht gesetzt (keine Voreinstellung für dieses Effektmaß)</translation>
    </message>
</context>
<context>
    <name>evidencedesk::ConversionDialog</name>
    <message>
        <source>Convert reported results: %1</source>
        <translation>Berichtete Ergebnisse umrechnen: %1</translation>
    </message>
    <message>
        <source>An estimate with its confidence interval</source>
        <translation>Ein Schätzer mit Konfidenzintervall</translation>
    </message>
    <message>
        <source>An estimate with its p-value</source>
        <translation>Ein Schätzer mit p-Wert</translation>
    </message>
    <message>
        <source>A mean with its standard error</source>
        <translation>Ein Mittelwert mit Standardfehler</translation>
    </message>
    <message>
        <source>A median with the quartiles (IQR)</source>
        <translation>Ein Median mit Quartilen (IQR)</translation>
    </message>
    <message>
        <source>A median with the range (minimum, maximum)</source>
        <translation>Ein Median mit Spannweite (Minimum, Maximum)</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <source>Comparator</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>The paper reports</source>
        <translation>Die Publikation berichtet</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Use these values</source>
        <translation>Diese Werte übernehmen</translation>
    </message>
    <message>
        <source>Estimate (as a ratio)</source>
        <translation>Schätzer (als Verhältnis)</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Schätzer</translation>
    </message>
    <message>
        <source>Lower bound</source>
        <translation>Untere Grenze</translation>
    </message>
    <message>
        <source>Upper bound</source>
        <translation>Obere Grenze</translation>
    </message>
    <message>
        <source>Level (%)</source>
        <translation>Niveau (%)</translation>
    </message>
    <message>
        <source>p-value (two-sided)</source>
        <translation>p-Wert (zweiseitig)</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Standard error of the mean</source>
        <translation>Standardfehler des Mittelwerts</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>First quartile</source>
        <translation>Erstes Quartil</translation>
    </message>
    <message>
        <source>Third quartile</source>
        <translation>Drittes Quartil</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Enter the numbers the paper gives.</source>
        <translation>Geben Sie die Zahlen der Publikation ein.</translation>
    </message>
    <message>
        <source>Estimate and SE from the %1% confidence interval (Cochrane Handbook 6.3.2).</source>
        <translation>Schätzer und SE aus dem %1-%-Konfidenzintervall (Cochrane Handbook 6.3.2).</translation>
    </message>
    <message>
        <source>SE from the estimate and its p-value, p = %1 (Altman &amp; Bland 2011).</source>
        <translation>SE aus dem Schätzer und seinem p-Wert, p = %1 (Altman &amp; Bland 2011).</translation>
    </message>
    <message>
        <source>Estimate %1, standard error %2%3.</source>
        <translation>Schätzer %1, Standardfehler %2%3.</translation>
    </message>
    <message>
        <source> (log scale)</source>
        <translation> (log-Skala)</translation>
    </message>
    <message>
        <source>SD of the %1 group from the SE of its mean: SD = SE √n (Cochrane Handbook 6.5.2.2).</source>
        <translation>SD der Gruppe „%1“ aus dem SE ihres Mittelwerts: SD = SE √n (Cochrane Handbook 6.5.2.2).</translation>
    </message>
    <message>
        <source>Mean %1, SD %2, N %3.</source>
        <translation>Mittelwert %1, SD %2, N %3.</translation>
    </message>
    <message>
        <source>Mean and SD of the %1 group estimated from the median and quartiles (mean: Luo et al. 2018; SD: Wan et al. 2014).</source>
        <translation>Mittelwert und SD der Gruppe „%1“ aus Median und Quartilen geschätzt (Mittelwert: Luo et al. 2018; SD: Wan et al. 2014).</translation>
    </message>
    <message>
        <source>Mean and SD of the %1 group estimated from the median and range (mean: Luo et al. 2018; SD: Wan et al. 2014).</source>
        <translation>Mittelwert und SD der Gruppe „%1“ aus Median und Spannweite geschätzt (Mittelwert: Luo et al. 2018; SD: Wan et al. 2014).</translation>
    </message>
    <message>
        <source>Estimated mean %1, SD %2, N %3.</source>
        <translation>Geschätzter Mittelwert %1, SD %2, N %3.</translation>
    </message>
    <message>
        <source>These numbers give no result (check their order and that they are possible).</source>
        <translation>Diese Zahlen ergeben kein Ergebnis (prüfen Sie ihre Reihenfolge und ob sie möglich sind).</translation>
    </message>
</context>
<context>
    <name>evidencedesk::DataGridModel</name>
    <message>
        <source>Study</source>
        <translation>Studie</translation>
    </message>
    <message>
        <source>%1 [%2 CI]</source>
        <translation>%1 [%2-KI]</translation>
    </message>
    <message>
        <source>metafor&apos;s escalc column: %1</source>
        <translation>escalc-Spalte von metafor: %1</translation>
    </message>
    <message>
        <source>%1, %2: </source>
        <translation>%1, %2: </translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation>%1 von %2 bearbeiten</translation>
    </message>
    <message>
        <source>Select the data cell where the block&apos;s top-left value goes.</source>
        <translation>Wählen Sie die Datenzelle, in die der Wert oben links im Block kommt.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n row(s)</source>
        <translation>
            <numerusform>%n Zeile einfügen</numerusform>
            <numerusform>%n Zeilen einfügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>evidencedesk::DataGridPanel</name>
    <message>
        <source>The outcome whose data the grid shows</source>
        <translation>Der Endpunkt, dessen Daten das Raster zeigt</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Endpunkt:</translation>
    </message>
    <message>
        <source>New Outcome…</source>
        <translation>Neuer Endpunkt…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 data. The current claim is about this outcome.</source>
        <translation>Daten: %1. Die aktuelle Aussage betrifft diesen Endpunkt.</translation>
    </message>
    <message>
        <source>%1 data.</source>
        <translation>Daten: %1.</translation>
    </message>
    <message>
        <source>No outcome yet: add one to choose the kind of data, or type estimates and standard errors and the review&apos;s first outcome starts with them.</source>
        <translation>Noch kein Endpunkt: Legen Sie einen an, um die Art der Daten zu wählen, oder tippen Sie Schätzer und Standardfehler, dann beginnt der erste Endpunkt der Übersicht mit ihnen.</translation>
    </message>
    <message>
        <source>Convert…</source>
        <translation>Umrechnen…</translation>
    </message>
    <message>
        <source>Enter what the paper reports (a confidence interval, a p-value, a standard error, a median with quartiles or range) for the selected study; the values are converted and the conversion noted with the study</source>
        <translation>Geben Sie ein, was die Publikation für die gewählte Studie berichtet (ein Konfidenzintervall, einen p-Wert, einen Standardfehler, einen Median mit Quartilen oder Spannweite); die Werte werden umgerechnet und die Umrechnung bei der Studie vermerkt</translation>
    </message>
    <message>
        <source>Select the study whose reported results to convert.</source>
        <translation>Wählen Sie die Studie, deren berichtete Ergebnisse umgerechnet werden sollen.</translation>
    </message>
</context>
<context>
    <name>evidencedesk::GoldStandardPanel</name>
    <message>
        <source>Design</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachbeobachtung</translation>
    </message>
    <message>
        <source>Why / notes</source>
        <translation>Warum / Notizen</translation>
    </message>
    <message>
        <source>Propose from the evidence</source>
        <translation>Aus der Evidenz vorschlagen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Edit gold-standard evidence</source>
        <translation>Goldstandard-Evidenz bearbeiten</translation>
    </message>
    <message>
        <source>The studies that would prove or disprove the claim, strongest design first.</source>
        <translation>Die Studien, die die Aussage belegen oder widerlegen würden, stärkstes Design zuerst.</translation>
    </message>
    <message>
        <source>Propose gold-standard evidence</source>
        <translation>Goldstandard-Evidenz vorschlagen</translation>
    </message>
    <message>
        <source>Add gold-standard evidence</source>
        <translation>Goldstandard-Evidenz hinzufügen</translation>
    </message>
    <message>
        <source>Delete gold-standard evidence</source>
        <translation>Goldstandard-Evidenz löschen</translation>
    </message>
    <message>
        <source>Reorder gold-standard evidence</source>
        <translation>Goldstandard-Evidenz umsortieren</translation>
    </message>
    <message>
        <source>The list is empty: “Propose from the evidence” starts one from the review question and the gaps in the evidence, for you to edit.</source>
        <translation>Die Liste ist leer: „Aus der Evidenz vorschlagen“ beginnt eine aus der Fragestellung und den Lücken der Evidenz, die Sie bearbeiten können.</translation>
    </message>
</context>
<context>
    <name>evidencedesk::ImportPreviewDialog</name>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message numerus="yes">
        <source>%n new stud(ies)</source>
        <translation>
            <numerusform>%n neue Studie</numerusform>
            <numerusform>%n neue Studien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stud(ies) of the review filled in</source>
        <translation>
            <numerusform>%n Studie der Übersicht ergänzt</numerusform>
            <numerusform>%n Studien der Übersicht ergänzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the review with nothing new</source>
        <translation>
            <numerusform>%n schon in der Übersicht, ohne Neues</numerusform>
            <numerusform>%n schon in der Übersicht, ohne Neues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeated record(s) skipped</source>
        <translation>
            <numerusform>%n wiederholter Datensatz übersprungen</numerusform>
            <numerusform>%n wiederholte Datensätze übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in %1: </source>
        <translation>
            <numerusform>%n Datensatz in %1: </numerusform>
            <numerusform>%n Datensätze in %1: </numerusform>
        </translation>
    </message>
    <message>
        <source>Outcome data go to “%1”.</source>
        <translation>Endpunktdaten gehen an „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) in the file differ from what the review holds. Replace them with the file&apos;s, or cancel and correct the file.</source>
        <translation>
            <numerusform>%n Wert der Datei weicht von der Übersicht ab. Ersetzen Sie ihn durch den der Datei, oder brechen Sie ab und korrigieren Sie die Datei.</numerusform>
            <numerusform>%n Werte der Datei weichen von der Übersicht ab. Ersetzen Sie sie durch die der Datei, oder brechen Sie ab und korrigieren Sie die Datei.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Studie</translation>
    </message>
    <message>
        <source>What the import does</source>
        <translation>Was der Import tut</translation>
    </message>
    <message>
        <source>conflict in %1: the review holds “%2”, the file “%3”</source>
        <translation>Konflikt bei %1: die Übersicht hat „%2“, die Datei „%3“</translation>
    </message>
    <message>
        <source>fills in the study (%1)</source>
        <translation>ergänzt die Studie (%1)</translation>
    </message>
    <message>
        <source>already in the review (%1), nothing new</source>
        <translation>schon in der Übersicht (%1), nichts Neues</translation>
    </message>
    <message>
        <source>new study</source>
        <translation>neue Studie</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <source>Replace the review&apos;s values with the file&apos;s where they differ</source>
        <translation>Werte der Übersicht, wo sie abweichen, durch die der Datei ersetzen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
</context>
<context>
    <name>evidencedesk::MainWindow</name>
    <message>
        <source>Open a review (File ▸ Open) or start a new one (File ▸ New).</source>
        <translation>Öffnen Sie ein Review (Datei ▸ Öffnen) oder beginnen Sie ein neues (Datei ▸ Neu).</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>&amp;Kopie speichern unter…</translation>
    </message>
    <message>
        <source>&amp;Import Studies…</source>
        <translation>Studien &amp;importieren…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Export Studies…</source>
        <translation>Studien &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>&amp;Bericht exportieren…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>Markierung entfernen</translation>
    </message>
    <message>
        <source>Tag as %1</source>
        <translation>Als %1 markieren</translation>
    </message>
    <message>
        <source>Edit &amp;Study…</source>
        <translation>&amp;Studie bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete Studies</source>
        <translation>Studien &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About EvidenceDesk</source>
        <translation>Ü&amp;ber EvidenceDesk</translation>
    </message>
    <message>
        <source>Cannot open the review</source>
        <translation>Das Review kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>Die Änderung wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Writing the review file failed: %1</source>
        <translation>Das Schreiben der Review-Datei ist gescheitert: %1</translation>
    </message>
    <message>
        <source>Filter by author, title or year</source>
        <translation>Nach Autor, Titel oder Jahr filtern</translation>
    </message>
    <message>
        <source>All designs</source>
        <translation>Alle Designs</translation>
    </message>
    <message>
        <source>All stances</source>
        <translation>Alle Haltungen</translation>
    </message>
    <message>
        <source>Included only</source>
        <translation>Nur eingeschlossene</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Studien</translation>
    </message>
    <message>
        <source>Mechanisms</source>
        <translation>Mechanismen</translation>
    </message>
    <message>
        <source>Certainty (GRADE)</source>
        <translation>Vertrauenswürdigkeit (GRADE)</translation>
    </message>
    <message>
        <source>Gold standard</source>
        <translation>Goldstandard</translation>
    </message>
    <message>
        <source>The plot was not exported</source>
        <translation>Der Plot wurde nicht exportiert</translation>
    </message>
    <message>
        <source>EvidenceDesk</source>
        <translation>EvidenceDesk</translation>
    </message>
    <message>
        <source>%1 — EvidenceDesk</source>
        <translation>%1 — EvidenceDesk</translation>
    </message>
    <message>
        <source>%1 (%2) — EvidenceDesk</source>
        <translation>%1 (%2) — EvidenceDesk</translation>
    </message>
    <message>
        <source>Supporting (%1) · Contradicting (%2) · Neutral (%3) · Not tagged (%4)</source>
        <translation>Unterstützend (%1) · Widersprechend (%2) · Neutral (%3) · Nicht markiert (%4)</translation>
    </message>
    <message>
        <source>Include in synthesis</source>
        <translation>In die Synthese einschließen</translation>
    </message>
    <message>
        <source>Exclude from synthesis</source>
        <translation>Aus der Synthese ausschließen</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Writing study %1…</source>
        <translation>Studie %1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Import abgebrochen: es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Es wurde nichts importiert</translation>
    </message>
    <message>
        <source>%1

The review is unchanged. Correct the file and import it again.</source>
        <translation>%1

Das Review ist unverändert. Korrigieren Sie die Datei und importieren Sie sie erneut.</translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped.</source>
        <translation>
            <numerusform>%n Duplikat übersprungen.</numerusform>
            <numerusform>%n Duplikate übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>New review</source>
        <translation>Neues Review</translation>
    </message>
    <message>
        <source>EvidenceDesk reviews (*.evidence)</source>
        <translation>EvidenceDesk-Reviews (*.evidence)</translation>
    </message>
    <message>
        <source>Cannot create the review</source>
        <translation>Das Review kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 cannot be replaced.</source>
        <translation>%1 kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>Open review</source>
        <translation>Review öffnen</translation>
    </message>
    <message>
        <source>EvidenceDesk reviews (*.evidence);;All files (*)</source>
        <translation>EvidenceDesk-Reviews (*.evidence);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>Die Kopie kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>Kopie gespeichert als %1</translation>
    </message>
    <message>
        <source>Import studies</source>
        <translation>Studien importieren</translation>
    </message>
    <message>
        <source>Export studies</source>
        <translation>Studien exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export gescheitert</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>report.pdf</source>
        <translation>bericht.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Der Bericht wird geschrieben…</translation>
    </message>
    <message>
        <source>Report cancelled: no file was written.</source>
        <translation>Bericht abgebrochen: es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>The report was not written</source>
        <translation>Der Bericht wurde nicht geschrieben</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Bericht geschrieben nach %1</translation>
    </message>
    <message>
        <source>About EvidenceDesk</source>
        <translation>Über EvidenceDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;EvidenceDesk %1&lt;/h3&gt;&lt;p&gt;Evidence synthesis for systematic reviewers.&lt;/p&gt;&lt;p&gt;Qt %2 · Boost %3 · SQLite %4&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later&lt;/p&gt;</source>
        <translation>&lt;h3&gt;EvidenceDesk %1&lt;/h3&gt;&lt;p&gt;Evidenzsynthese für systematische Reviews.&lt;/p&gt;&lt;p&gt;Qt %2 · Boost %3 · SQLite %4&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Add Study…</source>
        <translation>Studie &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>New study</source>
        <translation>Neue Studie</translation>
    </message>
    <message>
        <source>Add study</source>
        <translation>Studie hinzufügen</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Delete studies</source>
        <translation>Studien löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n stud(ies) from the review? Edit ▸ Undo brings them back.</source>
        <translation>
            <numerusform>%n Studie aus dem Review löschen? Bearbeiten ▸ Rückgängig holt sie zurück.</numerusform>
            <numerusform>%n Studien aus dem Review löschen? Bearbeiten ▸ Rückgängig holt sie zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo in the Review</source>
        <translation>&amp;Rückgängig im Review</translation>
    </message>
    <message>
        <source>&amp;Undo in the Review: %1</source>
        <translation>&amp;Rückgängig im Review: %1</translation>
    </message>
    <message>
        <source>&amp;Redo in the Review</source>
        <translation>&amp;Wiederherstellen im Review</translation>
    </message>
    <message>
        <source>&amp;Redo in the Review: %1</source>
        <translation>&amp;Wiederherstellen im Review: %1</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Select a study to read its citation and abstract here.</source>
        <translation>Wählen Sie eine Studie, um hier ihre Zitation und ihr Abstract zu lesen.</translation>
    </message>
    <message>
        <source>Excluded from the synthesis: %1</source>
        <translation>Von der Synthese ausgeschlossen: %1</translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>No abstract.</source>
        <translation>Kein Abstract.</translation>
    </message>
    <message>
        <source>wrong population</source>
        <translation>falsche Population</translation>
    </message>
    <message>
        <source>wrong intervention</source>
        <translation>falsche Intervention</translation>
    </message>
    <message>
        <source>wrong comparator</source>
        <translation>falsche Kontrolle</translation>
    </message>
    <message>
        <source>wrong outcome</source>
        <translation>falscher Endpunkt</translation>
    </message>
    <message>
        <source>wrong study design</source>
        <translation>falsches Studiendesign</translation>
    </message>
    <message>
        <source>no usable outcome data</source>
        <translation>keine verwertbaren Endpunktdaten</translation>
    </message>
    <message>
        <source>duplicate publication</source>
        <translation>Doppelpublikation</translation>
    </message>
    <message numerus="yes">
        <source>Why excluded (%n stud(ies))? The report lists the reason.</source>
        <translation>
            <numerusform>Warum ausgeschlossen (%n Studie)? Der Bericht nennt den Grund.</numerusform>
            <numerusform>Warum ausgeschlossen (%n Studien)? Der Bericht nennt den Grund.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exclude from synthesis…</source>
        <translation>Von der Synthese ausschließen…</translation>
    </message>
    <message>
        <source>Line %1: %2 — %3</source>
        <translation>Zeile %1: %2 — %3</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new stud(ies) from %1.</source>
        <translation>
            <numerusform>%n neue Studie aus %1 importiert.</numerusform>
            <numerusform>%n neue Studien aus %1 importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stud(ies) of the review filled in from the file.</source>
        <translation>
            <numerusform>%n Studie der Übersicht aus der Datei ergänzt.</numerusform>
            <numerusform>%n Studien der Übersicht aus der Datei ergänzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) already in the review, nothing new.</source>
        <translation>
            <numerusform>%n Datensatz schon in der Übersicht, nichts Neues.</numerusform>
            <numerusform>%n Datensätze schon in der Übersicht, nichts Neues.</numerusform>
        </translation>
    </message>
    <message>
        <source>filled in (%1)</source>
        <translation>ergänzt (%1)</translation>
    </message>
    <message>
        <source>already in the review (%1), nothing new</source>
        <translation>schon in der Übersicht (%1), nichts Neues</translation>
    </message>
    <message>
        <source>Studies (*.csv *.ris *.bib *.nbib);;CSV with effect data (*.csv);;RIS (*.ris);;BibTeX (*.bib);;PubMed MEDLINE (*.nbib *.medline)</source>
        <translation>Studien (*.csv *.ris *.bib *.nbib);;CSV mit Effektdaten (*.csv);;RIS (*.ris);;BibTeX (*.bib);;PubMed MEDLINE (*.nbib *.medline)</translation>
    </message>
    <message>
        <source>Export Summary of &amp;Findings…</source>
        <translation>Zusammenfassung der Er&amp;gebnisse exportieren…</translation>
    </message>
    <message>
        <source>Summary of findings</source>
        <translation>Zusammenfassung der Ergebnisse</translation>
    </message>
    <message>
        <source>Export summary of findings</source>
        <translation>Zusammenfassung der Ergebnisse exportieren</translation>
    </message>
    <message>
        <source>summary-of-findings.html</source>
        <translation>zusammenfassung-der-ergebnisse.html</translation>
    </message>
    <message>
        <source>HTML for journals (*.html);;CSV (*.csv)</source>
        <translation>HTML für Fachzeitschriften (*.html);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>The summary of findings was not exported</source>
        <translation>Die Zusammenfassung der Ergebnisse wurde nicht exportiert</translation>
    </message>
    <message>
        <source>Summary of findings written to %1</source>
        <translation>Zusammenfassung der Ergebnisse geschrieben nach %1</translation>
    </message>
    <message>
        <source>Risk of bias</source>
        <translation>Verzerrungsrisiko</translation>
    </message>
</context>
<context>
    <name>evidencedesk::MechanismEditor</name>
    <message>
        <source>Mechanisms</source>
        <translation>Mechanismen</translation>
    </message>
    <message>
        <source>Add alternative</source>
        <translation>Alternative hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Make most probable</source>
        <translation>Zum wahrscheinlichsten machen</translation>
    </message>
    <message>
        <source>Plain-language summary</source>
        <translation>Zusammenfassung in einfacher Sprache</translation>
    </message>
    <message>
        <source>Chain of steps (double-click to edit)</source>
        <translation>Kette von Schritten (Doppelklick zum Bearbeiten)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Schritt entfernen</translation>
    </message>
    <message>
        <source>Edit mechanism step</source>
        <translation>Mechanismusschritt bearbeiten</translation>
    </message>
    <message>
        <source>Most probable</source>
        <translation>Wahrscheinlichster</translation>
    </message>
    <message>
        <source>Alternative %1</source>
        <translation>Alternative %1</translation>
    </message>
    <message>
        <source>Edit mechanism summary</source>
        <translation>Mechanismuszusammenfassung bearbeiten</translation>
    </message>
    <message>
        <source>Reorder mechanism steps</source>
        <translation>Mechanismusschritte umsortieren</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Neuer Schritt</translation>
    </message>
    <message>
        <source>Add mechanism step</source>
        <translation>Mechanismusschritt hinzufügen</translation>
    </message>
    <message>
        <source>Remove mechanism step</source>
        <translation>Mechanismusschritt entfernen</translation>
    </message>
    <message>
        <source>Describe the mechanism in plain language.</source>
        <translation>Beschreiben Sie den Mechanismus in einfacher Sprache.</translation>
    </message>
    <message>
        <source>Add mechanism</source>
        <translation>Mechanismus hinzufügen</translation>
    </message>
    <message>
        <source>Remove mechanism</source>
        <translation>Mechanismus entfernen</translation>
    </message>
    <message>
        <source>Promote mechanism</source>
        <translation>Mechanismus hochstufen</translation>
    </message>
    <message>
        <source>Describe the most probable mechanism in plain language.</source>
        <translation>Beschreiben Sie den wahrscheinlichsten Mechanismus in einfacher Sprache.</translation>
    </message>
</context>
<context>
    <name>evidencedesk::OutcomeDialog</name>
    <message>
        <source>New outcome</source>
        <translation>Neuer Endpunkt</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Endpunkt: %1</translation>
    </message>
    <message>
        <source>e.g. any fracture at 12 months</source>
        <translation>z. B. jede Fraktur nach 12 Monaten</translation>
    </message>
    <message>
        <source>e.g. 12 months</source>
        <translation>z. B. 12 Monate</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Time point</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>The review has an outcome of this name.</source>
        <translation>Die Übersicht hat schon einen Endpunkt dieses Namens.</translation>
    </message>
</context>
<context>
    <name>evidencedesk::PlotWidget</name>
    <message>
        <source>Exclude %1 from the synthesis</source>
        <translation>%1 aus der Synthese ausschließen</translation>
    </message>
    <message>
        <source>Export plot…</source>
        <translation>Plot exportieren…</translation>
    </message>
    <message>
        <source>Export plot</source>
        <translation>Plot exportieren</translation>
    </message>
    <message>
        <source>forest-plot.svg</source>
        <translation>forest-plot.svg</translation>
    </message>
    <message>
        <source>funnel-plot.svg</source>
        <translation>funnel-plot.svg</translation>
    </message>
    <message>
        <source>SVG (*.svg);;PDF (*.pdf);;PNG image (*.png)</source>
        <translation>SVG (*.svg);;PDF (*.pdf);;PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Resolution (dots per inch):</source>
        <translation>Auflösung (Punkte pro Zoll):</translation>
    </message>
    <message>
        <source>No study of the synthesis has a risk-of-bias judgement for this outcome yet.</source>
        <translation>Noch keine Studie der Synthese hat eine Risk-of-Bias-Beurteilung für diesen Endpunkt.</translation>
    </message>
    <message>
        <source>risk-of-bias-traffic-light.svg</source>
        <translation>verzerrungsrisiko-ampel.svg</translation>
    </message>
    <message>
        <source>risk-of-bias-summary.svg</source>
        <translation>verzerrungsrisiko-uebersicht.svg</translation>
    </message>
</context>
<context>
    <name>evidencedesk::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Default synthesis for new claims</source>
        <translation>Standardsynthese für neue Aussagen</translation>
    </message>
    <message>
        <source>Effect measure</source>
        <translation>Effektmaß</translation>
    </message>
    <message>
        <source>τ² estimator</source>
        <translation>Schätzer für τ²</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Confidence level</source>
        <translation>Konfidenzniveau</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>A new language applies when EvidenceDesk next starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von EvidenceDesk.</translation>
    </message>
    <message>
        <source>From the studies&apos; data</source>
        <translation>Aus den Daten der Studien</translation>
    </message>
</context>
<context>
    <name>evidencedesk::RefineDialog</name>
    <message>
        <source>Refine claim</source>
        <translation>Aussage präzisieren</translation>
    </message>
    <message>
        <source>Refined claim:</source>
        <translation>Präzisierte Aussage:</translation>
    </message>
    <message>
        <source>Why refined (required): which evidence made the claim narrower or broader?</source>
        <translation>Warum präzisiert (erforderlich): Welche Evidenz hat die Aussage enger oder weiter gemacht?</translation>
    </message>
</context>
<context>
    <name>evidencedesk::ReviewDocument</name>
    <message>
        <source>reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Include %n stud(ies)</source>
        <translation>
            <numerusform>%n Studie einschließen</numerusform>
            <numerusform>%n Studien einschließen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exclude %n stud(ies)</source>
        <translation>
            <numerusform>%n Studie ausschließen</numerusform>
            <numerusform>%n Studien ausschließen</numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>Edit claim</source>
        <translation>Aussage bearbeiten</translation>
    </message>
    <message>
        <source>Change synthesis settings</source>
        <translation>Einstellungen der Synthese ändern</translation>
    </message>
    <message>
        <source>Edit review question</source>
        <translation>Fragestellung bearbeiten</translation>
    </message>
    <message>
        <source>Change GRADE judgement</source>
        <translation>GRADE-Urteil ändern</translation>
    </message>
    <message>
        <source>The undo could not be written (%1). The review is unchanged; the undo history was cleared so that it cannot undo the wrong edit.</source>
        <translation>Das Rückgängigmachen konnte nicht geschrieben werden (%1). Der Review ist unverändert; der Verlauf wurde geleert, damit er nicht die falsche Änderung rückgängig macht.</translation>
    </message>
    <message>
        <source>Add outcome %1</source>
        <translation>Endpunkt %1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit outcome</source>
        <translation>Endpunkt bearbeiten</translation>
    </message>
    <message>
        <source>Claim about %1</source>
        <translation>Aussage über %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Convert data of %1</source>
        <translation>Daten von %1 umrechnen</translation>
    </message>
    <message>
        <source>%1: the review changed since the import was planned (another program added studies); nothing was imported. Reopen the review and import the file again.</source>
        <translation>%1: Die Übersicht wurde geändert, seit der Import geplant wurde (ein anderes Programm hat Studien hinzugefügt); nichts wurde importiert. Öffnen Sie die Übersicht erneut und importieren Sie die Datei noch einmal.</translation>
    </message>
    <message>
        <source>Use the median risk with the comparator</source>
        <translation>Medianes Risiko mit der Vergleichsintervention verwenden</translation>
    </message>
    <message>
        <source>Set the risk with the comparator</source>
        <translation>Risiko mit der Vergleichsintervention festlegen</translation>
    </message>
</context>
<context>
    <name>evidencedesk::RiskOfBiasPanel</name>
    <message>
        <source>Study</source>
        <translation>Studie</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>&amp;Tool:</source>
        <translation>&amp;Werkzeug:</translation>
    </message>
    <message>
        <source>RoB 2 for randomised trials, ROBINS-I for non-randomised studies; it follows the study&apos;s design until you choose</source>
        <translation>RoB 2 für randomisierte Studien, ROBINS-I für nicht randomisierte Studien; es folgt dem Design der Studie, bis Sie eines wählen</translation>
    </message>
    <message>
        <source>Traffic-light plot</source>
        <translation>Ampeldiagramm</translation>
    </message>
    <message>
        <source>Summary plot (share of the weight)</source>
        <translation>Übersichtsdiagramm (Anteil des Gewichts)</translation>
    </message>
    <message>
        <source>Export plot…</source>
        <translation>Diagramm exportieren…</translation>
    </message>
    <message>
        <source>Risk of bias for the outcome “%1”</source>
        <translation>Verzerrungsrisiko für den Endpunkt „%1“</translation>
    </message>
    <message>
        <source>The claim is about no outcome yet: enter its data in the Data tab, then appraise its studies here.</source>
        <translation>Die Aussage bezieht sich noch auf keinen Endpunkt: Geben Sie seine Daten im Reiter Daten ein und bewerten Sie dann hier seine Studien.</translation>
    </message>
    <message>
        <source>Support for the judgement</source>
        <translation>Begründung der Beurteilung</translation>
    </message>
    <message>
        <source>Select a study to appraise it.</source>
        <translation>Wählen Sie eine Studie, um sie zu bewerten.</translation>
    </message>
    <message>
        <source>&amp;Overall</source>
        <translation>&amp;Gesamt</translation>
    </message>
    <message>
        <source>Overall not given: the domains make it %1.</source>
        <translation>Gesamturteil nicht angegeben: Die Domänen ergeben %1.</translation>
    </message>
    <message>
        <source>Overall: low only if every domain is low; otherwise at least as serious as the most serious domain.</source>
        <translation>Gesamt: niedrig nur, wenn jede Domäne niedrig ist; sonst mindestens so schwerwiegend wie die schwerwiegendste Domäne.</translation>
    </message>
    <message>
        <source>Risk of bias of %1</source>
        <translation>Verzerrungsrisiko von %1</translation>
    </message>
    <message>
        <source>Appraisal</source>
        <translation>Beurteilung</translation>
    </message>
    <message>
        <source>Plot</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>The overall judgement cannot be less serious than a domain: it counts as %1.</source>
        <translation>Das Gesamturteil kann nicht weniger schwerwiegend sein als eine Domäne: es zählt als %1.</translation>
    </message>
</context>
<context>
    <name>evidencedesk::StudyDialog</name>
    <message>
        <source>Study: %1</source>
        <translation>Studie: %1</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Zitation</translation>
    </message>
    <message>
        <source>Last, First; Last, First</source>
        <translation>Nachname, Vorname; Nachname, Vorname</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autoren</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Zeitschrift</translation>
    </message>
    <message>
        <source>DOI</source>
        <translation>DOI</translation>
    </message>
    <message>
        <source>PMID</source>
        <translation>PMID</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Design and quality</source>
        <translation>Design und Qualität</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>e.g. RoB 2, ROBINS-I, Newcastle-Ottawa</source>
        <translation>z. B. RoB 2, ROBINS-I, Newcastle-Ottawa</translation>
    </message>
    <message>
        <source>Included in the synthesis</source>
        <translation>In die Synthese eingeschlossen</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Quality tool</source>
        <translation>Bewertungsinstrument</translation>
    </message>
    <message>
        <source>Outcome data (metafor&apos;s escalc columns)</source>
        <translation>Ergebnisdaten (Spalten von metafors escalc)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number</source>
        <translation>%1: „%2“ ist keine Zahl</translation>
    </message>
    <message>
        <source>The study needs a title or authors.</source>
        <translation>Die Studie braucht einen Titel oder Autoren.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No %1 effect from these data yet.</source>
        <translation>Aus diesen Daten noch kein Effekt (%1).</translation>
    </message>
    <message>
        <source>Quality score (0–100)</source>
        <translation>Qualitätswert (0–100)</translation>
    </message>
    <message>
        <source>%1 = %2 %3 (%4 CI; variance %5)</source>
        <translation>%1 = %2 %3 (%4-KI; Varianz %5)</translation>
    </message>
    <message>
        <source>e.g. wrong population; the report lists it</source>
        <translation>z. B. falsche Population; der Bericht nennt es</translation>
    </message>
    <message>
        <source>Why excluded</source>
        <translation>Grund des Ausschlusses</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>Abstract</translation>
    </message>
    <message>
        <source>Data for “%1” (metafor&apos;s escalc columns)</source>
        <translation>Daten für „%1“ (escalc-Spalten von metafor)</translation>
    </message>
</context>
<context>
    <name>evidencedesk::StudyTableModel</name>
    <message>
        <source>The study&apos;s own effect and confidence interval suggest “%1”, but it is tagged “%2”.</source>
        <translation>Der eigene Effekt und das Konfidenzintervall der Studie sprechen für „%1“, sie ist aber als „%2“ markiert.</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Studie</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>Data suggest</source>
        <translation>Daten zeigen</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Eingeschlossen</translation>
    </message>
    <message>
        <source>Effect [%1 CI]</source>
        <translation>Effekt [%1-KI]</translation>
    </message>
</context>
<context>
    <name>evidencedesk::SummaryOfFindingsPanel</name>
    <message>
        <source> per %1</source>
        <comment>a risk per 1,000</comment>
        <translation> pro %1</translation>
    </message>
    <message>
        <source>Use the median (%1 per %2)</source>
        <translation>Median verwenden (%1 pro %2)</translation>
    </message>
    <message>
        <source>Use the median</source>
        <translation>Median verwenden</translation>
    </message>
    <message>
        <source>Risk with the comparator for %1:</source>
        <translation>Risiko mit der Vergleichsintervention für %1:</translation>
    </message>
    <message>
        <source>Select a claim with dichotomous data to set its risk with the comparator.</source>
        <translation>Wählen Sie eine Aussage mit dichotomen Daten, um ihr Risiko mit der Vergleichsintervention festzulegen.</translation>
    </message>
</context>
<context>
    <name>evidencedesk::SynthesisPanel</name>
    <message>
        <source>Measure</source>
        <translation>Effektmaß</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Subgroups</source>
        <translation>Subgruppen</translation>
    </message>
    <message>
        <source>Order studies</source>
        <translation>Studien ordnen</translation>
    </message>
    <message>
        <source>As entered</source>
        <translation>Wie eingegeben</translation>
    </message>
    <message>
        <source>By effect</source>
        <translation>Nach Effekt</translation>
    </message>
    <message>
        <source>By weight</source>
        <translation>Nach Gewicht</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>Nach Jahr</translation>
    </message>
    <message>
        <source>By stance</source>
        <translation>Nach Haltung</translation>
    </message>
    <message>
        <source>Forest plot columns</source>
        <translation>Spalten des Forest-Plots</translation>
    </message>
    <message>
        <source>Equal-effects diamond too</source>
        <translation>Auch die Raute des gemeinsamen Effekts</translation>
    </message>
    <message>
        <source>Funnel: significance contours</source>
        <translation>Funnel: Signifikanzkonturen</translation>
    </message>
    <message>
        <source>Funnel: Egger&apos;s regression line</source>
        <translation>Funnel: Egger-Regressionslinie</translation>
    </message>
    <message>
        <source>Favours labels</source>
        <translation>„Spricht für“-Beschriftungen</translation>
    </message>
    <message>
        <source>Left of the null line:</source>
        <translation>Links der Nulllinie:</translation>
    </message>
    <message>
        <source>Right of the null line:</source>
        <translation>Rechts der Nulllinie:</translation>
    </message>
    <message>
        <source>Export plot…</source>
        <translation>Plot exportieren…</translation>
    </message>
    <message>
        <source>Plot options</source>
        <translation>Plot-Optionen</translation>
    </message>
    <message>
        <source>Forest plot</source>
        <translation>Forest-Plot</translation>
    </message>
    <message>
        <source>Funnel plot</source>
        <translation>Funnel-Plot</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>No analysis yet.</source>
        <translation>Noch keine Analyse.</translation>
    </message>
    <message>
        <source>The estimation did not converge; no result is shown.</source>
        <translation>Die Schätzung ist nicht konvergiert; es wird kein Ergebnis angezeigt.</translation>
    </message>
    <message>
        <source>equal-effects</source>
        <translation>gemeinsamer Effekt</translation>
    </message>
    <message>
        <source>random-effects (%1)</source>
        <translation>zufällige Effekte (%1)</translation>
    </message>
    <message>
        <source>Prediction interval %1 to %2: where the effect of a new study would be expected to lie.</source>
        <translation>Prädiktionsintervall %1 bis %2: wo der Effekt einer neuen Studie zu erwarten wäre.</translation>
    </message>
    <message>
        <source>Heterogeneity: τ² = %1</source>
        <translation>Heterogenität: τ² = %1</translation>
    </message>
    <message>
        <source>; I² = %1%</source>
        <translation>; I² = %1&#xa0;%</translation>
    </message>
    <message>
        <source>; Q = %1 (df %2), p %3.</source>
        <translation>; Q = %1 (df %2), p %3.</translation>
    </message>
    <message numerus="yes">
        <source>Trim-and-fill: %n stud(ies) imputed, </source>
        <translation>
            <numerusform>Trim-and-Fill: %n Studie ergänzt, </numerusform>
            <numerusform>Trim-and-Fill: %n Studien ergänzt, </numerusform>
        </translation>
    </message>
    <message>
        <source>adjusted estimate %1 [%2, %3].</source>
        <translation>korrigierter Schätzer %1 [%2; %3].</translation>
    </message>
    <message>
        <source>Subgroups:</source>
        <translation>Subgruppen:</translation>
    </message>
    <message>
        <source>Test for subgroup differences: Q = %1 (df %2), p %3.</source>
        <translation>Test auf Subgruppenunterschiede: Q = %1 (df %2), p %3.</translation>
    </message>
    <message>
        <source>No plot: the estimation did not converge.</source>
        <translation>Kein Plot: die Schätzung ist nicht konvergiert.</translation>
    </message>
    <message>
        <source>Colour studies by stance (with a legend)</source>
        <translation>Studien nach Haltung färben (mit Legende)</translation>
    </message>
    <message>
        <source>“Favours” labels of this claim…</source>
        <translation>„Zugunsten“-Beschriftungen dieser Aussage…</translation>
    </message>
    <message numerus="yes">
        <source>%n stud(ies); %1 model; %2% confidence interval; p %3.</source>
        <translation>
            <numerusform>%n Studie; %1 Modell; %2-%-Konfidenzintervall; p %3.</numerusform>
            <numerusform>%n Studien; %1 Modell; %2-%-Konfidenzintervall; p %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>With a single study there is no prediction interval and no test of heterogeneity: both need at least two studies.</source>
        <translation>Mit einer einzigen Studie gibt es kein Vorhersageintervall und keinen Heterogenitätstest: beide brauchen mindestens zwei Studien.</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>ausgelassen</translation>
    </message>
    <message>
        <source>needs at least three studies</source>
        <translation>braucht mindestens drei Studien</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>Egger&apos;s test: p %1 (limit estimate %2).</source>
        <translation>Egger-Test: p %1 (Grenzschätzer %2).</translation>
    </message>
    <message>
        <source>Egger&apos;s test: %1.</source>
        <translation>Egger-Test: %1.</translation>
    </message>
    <message>
        <source>Begg&apos;s test: Kendall&apos;s τ = %1, p %2.</source>
        <translation>Begg-Test: Kendalls τ = %1, p %2.</translation>
    </message>
    <message>
        <source>Begg&apos;s test: %1.</source>
        <translation>Begg-Test: %1.</translation>
    </message>
    <message>
        <source>Trim-and-fill: %1.</source>
        <translation>Trim-and-Fill: %1.</translation>
    </message>
    <message>
        <source>Chosen from the studies&apos; data until you pick a measure</source>
        <translation>Aus den Daten der Studien gewählt, bis Sie ein Maß wählen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Evidence synthesis for systematic reviewers</source>
        <translation>Evidenzsynthese für systematische Reviews</translation>
    </message>
    <message>
        <source>The review file to open (*.evidence).</source>
        <translation>Die zu öffnende Review-Datei (*.evidence).</translation>
    </message>
</context>
</TS>
