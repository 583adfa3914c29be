<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AnalysisFormatText</name>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>non disponible</translation>
    </message>
    <message>
        <source>Equal-Effects Model (k = %1)</source>
        <translation>Modèle à effet commun (k = %1)</translation>
    </message>
    <message>
        <source>Random-Effects Model (k = %1; tau^2 estimator: %2)</source>
        <translation>Modèle à effets aléatoires (k = %1&#xa0;; estimateur de tau^2&#xa0;: %2)</translation>
    </message>
    <message>
        <source>tau^2 (estimated amount of total heterogeneity): %1 (SE = %2)</source>
        <translation>tau^2 (hétérogénéité totale estimée)&#xa0;: %1 (ET = %2)</translation>
    </message>
    <message>
        <source>, %1% CI [%2, %3]</source>
        <translation>, IC à %1&#xa0;% [%2, %3]</translation>
    </message>
    <message>
        <source>tau (square root of estimated tau^2 value):      %1</source>
        <translation>tau (racine carrée du tau^2 estimé)&#xa0;:           %1</translation>
    </message>
    <message>
        <source>I^2 (total heterogeneity / total variability):   %1%</source>
        <translation>I^2 (hétérogénéité totale / variabilité totale)&#xa0;: %1%</translation>
    </message>
    <message>
        <source>, %1% CI [%2%, %3%]</source>
        <translation>, IC à %1&#xa0;% [%2%, %3%]</translation>
    </message>
    <message>
        <source>H^2 (total variability / sampling variability):  %1</source>
        <translation>H^2 (variabilité totale / d’échantillonnage)&#xa0;:   %1</translation>
    </message>
    <message>
        <source>Test for Heterogeneity:</source>
        <translation>Test d’hétérogénéité&#xa0;:</translation>
    </message>
    <message>
        <source>Q(df = %1) = %2, p-val %3</source>
        <translation>Q(ddl = %1) = %2, p %3</translation>
    </message>
    <message>
        <source>Model Results:</source>
        <translation>Résultats du modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Prediction interval: [%1, %2]</source>
        <translation>Intervalle de prédiction&#xa0;: [%1, %2]</translation>
    </message>
    <message>
        <source>On the ratio scale: %1 [%2, %3]</source>
        <translation>Sur l’échelle des rapports&#xa0;: %1 [%2, %3]</translation>
    </message>
    <message>
        <source>; prediction interval [%1, %2]</source>
        <translation>&#xa0;; intervalle de prédiction [%1, %2]</translation>
    </message>
    <message>
        <source>Egger&apos;s regression test for funnel plot asymmetry: </source>
        <translation>Test de régression d’Egger pour l’asymétrie du funnel plot&#xa0;: </translation>
    </message>
    <message>
        <source>%1 = %2, p = %3; limit estimate %4</source>
        <translation>%1 = %2, p = %3&#xa0;; estimation limite %4</translation>
    </message>
    <message>
        <source>Begg&apos;s rank correlation test: </source>
        <translation>Test de corrélation des rangs de Begg&#xa0;: </translation>
    </message>
    <message>
        <source>Kendall&apos;s tau = %1, p = %2%3</source>
        <translation>tau de Kendall = %1, p = %2%3</translation>
    </message>
    <message>
        <source> (exact)</source>
        <translation> (exact)</translation>
    </message>
    <message>
        <source>Trim-and-fill (L0): </source>
        <translation>Trim-and-fill (L0)&#xa0;: </translation>
    </message>
    <message>
        <source>Leave-one-out:</source>
        <translation>Leave-one-out&#xa0;:</translation>
    </message>
    <message>
        <source>study</source>
        <translation>étude</translation>
    </message>
    <message>
        <source>Subgroups:</source>
        <translation>Sous-groupes&#xa0;:</translation>
    </message>
    <message>
        <source>group</source>
        <translation>groupe</translation>
    </message>
    <message>
        <source>Test for subgroup differences: Q(df = %1) = %2, p-val %3</source>
        <translation>Test des différences entre sous-groupes&#xa0;: Q(ddl = %1) = %2, p %3</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Avertissements&#xa0;:</translation>
    </message>
    <message>
        <source>left</source>
        <translation>gauche</translation>
    </message>
    <message>
        <source>right</source>
        <translation>droit</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage: 92.2%</comment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message numerus="yes">
        <source>%n stud(ies) imputed on the %1 side; estimate %2 (SE = %3)</source>
        <translation>
            <numerusform>%n étude imputée du côté %1 ; estimation %2 (ET = %3)</numerusform>
            <numerusform>%n études imputées du côté %1 ; estimation %2 (ET = %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cumulative meta-analysis:</source>
        <translation>Méta-analyse cumulative&#xa0;:</translation>
    </message>
    <message>
        <source>Influence diagnostics:</source>
        <translation>Diagnostics d’influence&#xa0;:</translation>
    </message>
    <message>
        <source>Mantel-Haenszel method</source>
        <translation>Méthode de Mantel-Haenszel</translation>
    </message>
    <message>
        <source>Peto&apos;s method</source>
        <translation>Méthode de Peto</translation>
    </message>
    <message>
        <source>Cochran-Mantel-Haenszel Test:    CMH = %1, df = 1, p-val %2</source>
        <translation>Test de Cochran-Mantel-Haenszel&#xa0;:    CMH = %1, ddl = 1, p %2</translation>
    </message>
    <message>
        <source>Tarone&apos;s Test for Heterogeneity: X^2 = %1, df = %2, p-val %3</source>
        <translation>Test d’hétérogénéité de Tarone&#xa0;: X^2 = %1, ddl = %2, p %3</translation>
    </message>
    <message>
        <source>Mixed-Effects Model (k = %1; tau^2 estimator: %2)</source>
        <translation>Modèle à effets mixtes (k = %1&#xa0;; estimateur de tau^2&#xa0;: %2)</translation>
    </message>
    <message>
        <source>tau^2 (estimated amount of residual heterogeneity):     %1 (SE = %2)</source>
        <translation>tau^2 (hétérogénéité résiduelle estimée)&#xa0;: %1 (ET = %2)</translation>
    </message>
    <message>
        <source>I^2 (residual heterogeneity / unaccounted variability): %1%</source>
        <translation>I^2 (hétérogénéité résiduelle / variabilité non expliquée)&#xa0;: %1%</translation>
    </message>
    <message>
        <source>H^2 (unaccounted variability / sampling variability):   %1</source>
        <translation>H^2 (variabilité non expliquée / d’échantillonnage)&#xa0;: %1</translation>
    </message>
    <message>
        <source>R^2 (amount of heterogeneity accounted for):            %1%</source>
        <translation>R^2 (part de l’hétérogénéité expliquée)&#xa0;: %1%</translation>
    </message>
    <message>
        <source>Test for Residual Heterogeneity:</source>
        <translation>Test d’hétérogénéité résiduelle&#xa0;:</translation>
    </message>
    <message>
        <source>QE(df = %1) = %2, p-val %3</source>
        <translation>QE(ddl = %1) = %2, p %3</translation>
    </message>
    <message>
        <source>Test of Moderators (coefficients 2:%1):</source>
        <translation>Test des modérateurs (coefficients 2:%1)&#xa0;:</translation>
    </message>
    <message>
        <source>F(df1 = %1, df2 = %2) = %3, p-val %4</source>
        <translation>F(ddl1 = %1, ddl2 = %2) = %3, p %4</translation>
    </message>
    <message>
        <source>QM(df = %1) = %2, p-val %3</source>
        <translation>QM(ddl = %1) = %2, p %3</translation>
    </message>
</context>
<context>
    <name>AnalysisRunner</name>
    <message>
        <source>No included study has %1 outcome data yet. Add outcome data to the studies (double-click a study) or import a CSV with effect data.</source>
        <translation>Aucune étude incluse n’a encore de données de résultat pour %1. Ajoutez les données de résultat aux études (double-clic sur une étude) ou importez un CSV avec des données d’effet.</translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>option inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>l’option %1 attend une valeur</translation>
    </message>
    <message>
        <source>unknown measure &apos;%1&apos; (use RR, OR, RD, MD, SMD, ROM, COR, ZCOR or GEN)</source>
        <translation>mesure inconnue &apos;%1&apos; (RR, OR, RD, MD, SMD, ROM, COR, ZCOR ou GEN)</translation>
    </message>
    <message>
        <source>unknown test &apos;%1&apos; (use z or knha)</source>
        <translation>test inconnu &apos;%1&apos; (z ou knha)</translation>
    </message>
    <message>
        <source>unknown analysis &apos;%1&apos; in --skip (use egger, begg, trimfill, leave1out)</source>
        <translation>analyse inconnue &apos;%1&apos; dans --skip (egger, begg, trimfill, leave1out)</translation>
    </message>
    <message>
        <source>%1: %2%3</source>
        <translation>%1: %2%3</translation>
    </message>
    <message>
        <source>column %1: </source>
        <translation>colonne %1&#xa0;: </translation>
    </message>
    <message>
        <source>the review has no claim %1</source>
        <translation>la revue n’a pas d’affirmation %1</translation>
    </message>
    <message>
        <source>--measure is required
%1</source>
        <translation>--measure est obligatoire
%1</translation>
    </message>
    <message>
        <source>%1: the review has no included studies</source>
        <translation>%1&#xa0;: la revue n’a aucune étude incluse</translation>
    </message>
    <message>
        <source>%1: study &quot;%2&quot;</source>
        <translation>%1&#xa0;: étude «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>--dpi must be a whole number from 36 to 1200</source>
        <translation>--dpi doit être un nombre entier de 36 à 1200</translation>
    </message>
    <message>
        <source>import needs a review and a file
%1</source>
        <translation>import attend une revue et un fichier
%1</translation>
    </message>
    <message>
        <source>%1: the import was not written (%2); the review is unchanged</source>
        <translation>%1&#xa0;: l’import n’a pas été écrit (%2)&#xa0;; la revue est inchangée</translation>
    </message>
    <message>
        <source>demo needs the file to write
%1</source>
        <translation>demo attend le fichier à écrire
%1</translation>
    </message>
    <message>
        <source>unknown example &apos;%1&apos; (use %2)</source>
        <translation>exemple inconnu &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <source>%1: the %2 example review</source>
        <translation>%1&#xa0;: la revue d’exemple %2</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;
%2</source>
        <translation>commande inconnue &apos;%1&apos;
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
        <translation>aucun fichier de données indiqué
%1</translation>
    </message>
    <message>
        <source>more than one data file given (&apos;%1&apos;)</source>
        <translation>plus d’un fichier de données indiqué (&apos;%1&apos;)</translation>
    </message>
    <message>
        <source>report needs a review and -o OUT.pdf</source>
        <translation>report attend une revue et -o SORTIE.pdf</translation>
    </message>
    <message>
        <source>export needs a review and --csv OUT.csv</source>
        <translation>export attend une revue et --csv SORTIE.csv</translation>
    </message>
    <message>
        <source>--level must be a percentage from 50 to 99.99 (or a proportion such as 0.95), not &apos;%1&apos;</source>
        <translation>--level doit être un pourcentage de 50 à 99,99 (ou une proportion comme 0.95), pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Utilisation :</translation>
    </message>
    <message>
        <source>DATA.csv has a header row with columns named as metafor&apos;s escalc() arguments (ai bi ci di n1i n2i m1i sd1i m2i sd2i ri ni yi vi sei) and an optional &apos;study&apos; column.</source>
        <translation>DATA.csv a une ligne d’en-tête dont les colonnes portent les noms des arguments d’escalc() de metafor (ai bi ci di n1i n2i m1i sd1i m2i sd2i ri ni yi vi sei) et une colonne &apos;study&apos; facultative.</translation>
    </message>
    <message>
        <source>SETTINGS override the claim&apos;s stored synthesis for this one run (nothing is written):</source>
        <translation>SETTINGS remplacent la synthèse enregistrée de l’affirmation pour cette seule exécution (rien n’est écrit) :</translation>
    </message>
    <message>
        <source>unknown column &apos;%1&apos; in --columns (use %2)</source>
        <translation>colonne inconnue &apos;%1&apos; dans --columns (utilisez %2)</translation>
    </message>
    <message>
        <source>unknown image type (use .png, .svg or .pdf)</source>
        <translation>type d’image inconnu (.png, .svg ou .pdf)</translation>
    </message>
    <message>
        <source>a report is a PDF: name the file *.pdf</source>
        <translation>un rapport est un PDF&#xa0;: nommez le fichier *.pdf</translation>
    </message>
    <message>
        <source>skipped duplicate: %1%2: %3</source>
        <translation>doublon ignoré&#xa0;: %1%2&#xa0;: %3</translation>
    </message>
    <message>
        <source>the review has no claim yet: state one with evidencedesk-cli claim add %1 &quot;TEXT&quot;</source>
        <translation>la revue n’a pas encore d’affirmation : formulez-en une avec evidencedesk-cli claim add %1 &quot;TEXT&quot;</translation>
    </message>
    <message>
        <source>The stance column was not used: the review has no claim yet. State the claim first (evidencedesk-cli claim add %1 &quot;TEXT&quot;), then import a file with stances into it.</source>
        <translation>La colonne stance n’a pas été utilisée : la revue n’a pas encore d’affirmation. Formulez d’abord l’affirmation (evidencedesk-cli claim add %1 &quot;TEXT&quot;), puis importez un fichier avec les positions.</translation>
    </message>
    <message>
        <source>claim needs add REVIEW &quot;TEXT&quot;, refine REVIEW ID &quot;TEXT&quot; --why &quot;...&quot; or list REVIEW
%1</source>
        <translation>claim attend add REVIEW &quot;TEXT&quot;, refine REVIEW ID &quot;TEXT&quot; --why &quot;...&quot; ou list REVIEW
%1</translation>
    </message>
    <message>
        <source>a claim needs its text</source>
        <translation>une affirmation a besoin de son texte</translation>
    </message>
    <message>
        <source>unknown --asserts &apos;%1&apos; (use increase, decrease or no-difference)</source>
        <translation>--asserts inconnu &apos;%1&apos; (utilisez increase, decrease ou no-difference)</translation>
    </message>
    <message>
        <source>--margin must be a number greater than 0 (on the analysis scale), not &apos;%1&apos;</source>
        <translation>--margin doit être un nombre supérieur à 0 (sur l’échelle de l’analyse), pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: claim %2 added</source>
        <translation>%1 : affirmation %2 ajoutée</translation>
    </message>
    <message>
        <source>a refinement needs its reason: --why &quot;...&quot;</source>
        <translation>un affinement a besoin de son motif : --why &quot;...&quot;</translation>
    </message>
    <message>
        <source>%1: claim %2 refined</source>
        <translation>%1 : affirmation %2 affinée</translation>
    </message>
    <message>
        <source>%1
Nothing was imported; the review is unchanged. Use --overwrite to replace the review&apos;s values with the file&apos;s.</source>
        <translation>%1
Rien n&apos;a été importé ; la revue est inchangée. Utilisez --overwrite pour remplacer les valeurs de la revue par celles du fichier.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 records of %3: %n studies added</source>
        <translation>
            <numerusform>%1 : %2 enregistrements de %3 : %n étude ajoutée</numerusform>
            <numerusform>%1 : %2 enregistrements de %3 : %n études ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n updated</source>
        <translation>
            <numerusform>, %n mise à jour</numerusform>
            <numerusform>, %n mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n skipped</source>
        <translation>
            <numerusform>, %n ignoré</numerusform>
            <numerusform>, %n ignorés</numerusform>
        </translation>
    </message>
    <message>
        <source> (data for the outcome &apos;%1&apos;)</source>
        <translation> (données du critère &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>filled in: %1%2 (%3)</source>
        <translation>complété : %1%2 (%3)</translation>
    </message>
    <message>
        <source>the review has no outcome &apos;%1&apos;</source>
        <translation>la revue n&apos;a pas de critère &apos;%1&apos;</translation>
    </message>
    <message>
        <source>outcome needs add REVIEW &quot;NAME&quot; or list REVIEW
%1</source>
        <translation>outcome attend add REVIEW &quot;NOM&quot; ou list REVIEW
%1</translation>
    </message>
    <message>
        <source>an outcome needs its name</source>
        <translation>un critère a besoin d&apos;un nom</translation>
    </message>
    <message>
        <source>the review already has an outcome &apos;%1&apos;</source>
        <translation>la revue a déjà un critère &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown --type &apos;%1&apos; (use dichotomous, continuous, correlation or generic)</source>
        <translation>--type &apos;%1&apos; inconnu (utilisez dichotomous, continuous, correlation ou generic)</translation>
    </message>
    <message>
        <source>%1: outcome %2 added</source>
        <translation>%1 : critère %2 ajouté</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>remarque : %1</translation>
    </message>
    <message>
        <source>sof needs a review, --csv or --html, and -o FILE
%1</source>
        <translation>sof attend une revue, --csv ou --html, et -o FICHIER
%1</translation>
    </message>
    <message>
        <source>plot needs a review, one of --forest, --funnel, --rob-traffic or --rob-summary, and -o FILE.png|svg|pdf
%1</source>
        <translation>plot a besoin d&apos;une revue, de l&apos;une des options --forest, --funnel, --rob-traffic ou --rob-summary, et de -o FICHIER.png|svg|pdf
%1</translation>
    </message>
    <message>
        <source>MH (Mantel-Haenszel) and PETO pool the 2x2 tables (ai bi ci di, or ai n1i ci n2i) directly. --cumulative adds a cumulative meta-analysis in the order of COLUMN (default: year), --influence the influence diagnostics of each study.</source>
        <translation>MH (Mantel-Haenszel) et PETO combinent directement les tableaux 2x2 (ai bi ci di, ou ai n1i ci n2i). --cumulative ajoute une méta-analyse cumulative dans l’ordre de COLUMN (par défaut&#xa0;: year), --influence les diagnostics d’influence de chaque étude.</translation>
    </message>
    <message>
        <source>--mods fits a meta-regression on the named columns: a column of numbers is a covariate, any other column a factor whose first level in sorted order is the reference.</source>
        <translation>--mods ajuste une méta-régression sur les colonnes nommées&#xa0;: une colonne de nombres est une covariable, toute autre un facteur dont le premier niveau dans l’ordre de tri est la référence.</translation>
    </message>
    <message>
        <source>unknown method &apos;%1&apos; (use EE, DL, HE, HS, SJ, ML, REML, EB, PM, MH or PETO)</source>
        <translation>méthode inconnue &apos;%1&apos; (EE, DL, HE, HS, SJ, ML, REML, EB, PM, MH ou PETO)</translation>
    </message>
    <message>
        <source>--method %1 needs --measure OR, RR or RD (PETO: OR)</source>
        <translation>--method %1 demande --measure OR, RR ou RD (PETO&#xa0;: OR)</translation>
    </message>
    <message>
        <source>--method %1 pools the 2x2 tables with its own z test: --%2 is for the other methods</source>
        <translation>--method %1 combine les tableaux 2x2 avec son propre test z&#xa0;: --%2 est pour les autres méthodes</translation>
    </message>
    <message>
        <source>--mods fits a meta-regression: --%1 is for the model without moderators</source>
        <translation>--mods ajuste une méta-régression&#xa0;: --%1 est pour le modèle sans modérateurs</translation>
    </message>
    <message>
        <source>--method %1 reads the 2x2 tables of a CSV file (analyze DATA.csv)</source>
        <translation>--method %1 lit les tableaux 2x2 d’un fichier CSV (analyze DATA.csv)</translation>
    </message>
    <message>
        <source>--mods reads its columns from a CSV file (analyze DATA.csv)</source>
        <translation>--mods lit ses colonnes dans un fichier CSV (analyze DATA.csv)</translation>
    </message>
</context>
<context>
    <name>CommandsText</name>
    <message>
        <source>Tag %1 as %2</source>
        <translation>Classer %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n studies as %1</source>
        <translation>
            <numerusform>Classer %n étude&#xa0;: %1</numerusform>
            <numerusform>Classer %n études&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n studies</source>
        <translation>
            <numerusform>Supprimer %n étude</numerusform>
            <numerusform>Supprimer %n études</numerusform>
        </translation>
    </message>
    <message>
        <source>Refine claim</source>
        <translation>Préciser l’affirmation</translation>
    </message>
    <message>
        <source>Add claim</source>
        <translation>Ajouter une affirmation</translation>
    </message>
</context>
<context>
    <name>CsvText</name>
    <message>
        <source>a quoted field is not closed</source>
        <translation>un champ entre guillemets n’est pas fermé</translation>
    </message>
    <message>
        <source>text after a closing quote</source>
        <translation>du texte après un guillemet fermant</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field</source>
        <translation>un guillemet dans un champ sans guillemets</translation>
    </message>
    <message>
        <source>a field is longer than %1 MB</source>
        <translation>un champ dépasse %1 Mo</translation>
    </message>
    <message>
        <source>a record is longer than %1 MB</source>
        <translation>un enregistrement dépasse %1 Mo</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>%1 fields, but the header has %2</source>
        <translation>%1 champs, mais l’en-tête en a %2</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
</context>
<context>
    <name>DefaultsText</name>
    <message>
        <source>Favours intervention</source>
        <translation>En faveur de l’intervention</translation>
    </message>
    <message>
        <source>Favours comparator</source>
        <translation>En faveur du comparateur</translation>
    </message>
    <message>
        <source>%1 below %2 or above %3</source>
        <translation>%1 inférieur à %2 ou supérieur à %3</translation>
    </message>
    <message>
        <source>%1 beyond ±%2</source>
        <translation>%1 au-delà de ±%2</translation>
    </message>
</context>
<context>
    <name>Design</name>
    <message>
        <source>Systematic review / meta-analysis</source>
        <translation>Revue systématique / méta-analyse</translation>
    </message>
    <message>
        <source>Randomised controlled trial</source>
        <translation>Essai contrôlé randomisé</translation>
    </message>
    <message>
        <source>Non-randomised trial</source>
        <translation>Essai non randomisé</translation>
    </message>
    <message>
        <source>Cohort study</source>
        <translation>Étude de cohorte</translation>
    </message>
    <message>
        <source>Case-control study</source>
        <translation>Étude cas-témoins</translation>
    </message>
    <message>
        <source>Cross-sectional study</source>
        <translation>Étude transversale</translation>
    </message>
    <message>
        <source>Narrative review</source>
        <translation>Revue narrative</translation>
    </message>
    <message>
        <source>Expert opinion</source>
        <translation>Avis d’experts</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>Non précisé</translation>
    </message>
</context>
<context>
    <name>DuplicatesText</name>
    <message>
        <source>same DOI as %1</source>
        <translation>même DOI que %1</translation>
    </message>
    <message>
        <source>same title and year as %1</source>
        <translation>même titre et même année que %1</translation>
    </message>
</context>
<context>
    <name>EffectDataText</name>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Study %1</source>
        <translation>Étude %1</translation>
    </message>
    <message>
        <source>missing column: measure %1 needs the columns %2</source>
        <translation>colonne manquante&#xa0;: la mesure %1 nécessite les colonnes %2</translation>
    </message>
    <message>
        <source>missing column: no column &apos;%1&apos; to group by</source>
        <translation>colonne manquante&#xa0;: pas de colonne &apos;%1&apos; pour grouper</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; n’est pas un nombre</translation>
    </message>
    <message>
        <source>the file has a header but no studies</source>
        <translation>le fichier a un en-tête mais aucune étude</translation>
    </message>
    <message>
        <source>missing column: no column &apos;%1&apos; to order by</source>
        <translation>colonne manquante&#xa0;: pas de colonne &apos;%1&apos; pour ordonner</translation>
    </message>
    <message>
        <source>missing column: no column &apos;%1&apos; for the moderators</source>
        <translation>colonne manquante&#xa0;: pas de colonne &apos;%1&apos; pour les modérateurs</translation>
    </message>
</context>
<context>
    <name>ExamplesText</name>
    <message>
        <source>unknown example &apos;%1&apos; (use %2)</source>
        <translation>exemple inconnu &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <source>the example &apos;%1&apos; is missing from this build</source>
        <translation>l’exemple &apos;%1&apos; manque dans cette version</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Critère</translation>
    </message>
</context>
<context>
    <name>GoldStandardText</name>
    <message>
        <source>the population of the claim</source>
        <translation>la population de l’affirmation</translation>
    </message>
    <message>
        <source>the intervention of the claim</source>
        <translation>l’intervention de l’affirmation</translation>
    </message>
    <message>
        <source>the usual alternative</source>
        <translation>l’alternative habituelle</translation>
    </message>
    <message>
        <source>the outcome of the claim</source>
        <translation>le critère de jugement de l’affirmation</translation>
    </message>
    <message>
        <source>The sample size cannot be computed from these data: set a minimal important difference and record the studies&apos; sample sizes.</source>
        <translation>La taille d’échantillon ne peut pas être calculée à partir de ces données&#xa0;: fixez une différence minimale importante et saisissez les effectifs des études.</translation>
    </message>
    <message>
        <source>A systematic review with individual participant data of several large, preregistered randomised trials like the one below, analysed together.</source>
        <translation>Une revue systématique sur données individuelles de plusieurs grands essais randomisés préenregistrés comme celui ci-dessous, analysés ensemble.</translation>
    </message>
    <message>
        <source>A large, preregistered, multi-centre randomised trial with blinded outcome assessment.</source>
        <translation>Un grand essai randomisé multicentrique préenregistré, avec évaluation en aveugle du critère de jugement.</translation>
    </message>
    <message>
        <source>No randomised trial is included yet: this is the gap that matters most.</source>
        <translation>Aucun essai randomisé n’est encore inclus&#xa0;: c’est la lacune la plus importante.</translation>
    </message>
    <message>
        <source>Heterogeneity is substantial (I² = %1%): stratify by the likely modifiers and report them.</source>
        <translation>L’hétérogénéité est importante (I² = %1&#xa0;%)&#xa0;: stratifier selon les modificateurs probables et les rapporter.</translation>
    </message>
    <message>
        <source>Designed as an equivalence trial with a margin set in advance.</source>
        <translation>Conçu comme un essai d’équivalence avec une marge fixée à l’avance.</translation>
    </message>
    <message>
        <source>A large prospective cohort with measured confounders, for long-term outcomes and groups that trials leave out.</source>
        <translation>Une grande cohorte prospective avec mesure des facteurs de confusion, pour les critères à long terme et les groupes que les essais écartent.</translation>
    </message>
    <message>
        <source>About %1 participants (%2 per arm) give %3 power at a two-sided alpha of %4 to detect %5.</source>
        <translation>Environ %1 participants (%2 par bras) donnent une puissance de %3 avec un alpha bilatéral de %4 pour détecter %5.</translation>
    </message>
    <message>
        <source>long enough for the outcome to change; set from the included studies</source>
        <translation>assez longue pour que le critère de jugement évolue ; à fixer d’après les études incluses</translation>
    </message>
    <message>
        <source>the default minimal important difference (%1)</source>
        <translation>la différence minimale importante par défaut (%1)</translation>
    </message>
    <message>
        <source>the minimal important difference (%1)</source>
        <translation>la différence minimale importante (%1)</translation>
    </message>
</context>
<context>
    <name>GradeText</name>
    <message>
        <source>Risk of bias</source>
        <translation>Risque de biais</translation>
    </message>
    <message>
        <source>Inconsistency</source>
        <translation>Incohérence</translation>
    </message>
    <message>
        <source>Indirectness</source>
        <translation>Caractère indirect</translation>
    </message>
    <message>
        <source>Imprecision</source>
        <translation>Imprécision</translation>
    </message>
    <message>
        <source>Publication bias</source>
        <translation>Biais de publication</translation>
    </message>
    <message>
        <source>Large effect</source>
        <translation>Effet important</translation>
    </message>
    <message>
        <source>Dose-response gradient</source>
        <translation>Gradient dose-effet</translation>
    </message>
    <message>
        <source>Plausible confounding</source>
        <translation>Facteurs de confusion plausibles</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Modérée</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Very low</source>
        <translation>Très faible</translation>
    </message>
    <message>
        <source>There is no synthesis to rate (no included study has outcome data).</source>
        <translation>Il n’y a pas de synthèse à évaluer (aucune étude incluse n’a de données de résultat).</translation>
    </message>
    <message>
        <source>The designs of the studies are not recorded; rated as observational evidence.</source>
        <translation>Les plans des études ne sont pas renseignés&#xa0;; évaluées comme des preuves observationnelles.</translation>
    </message>
    <message>
        <source>%1 of the weight comes from randomised trials (or reviews of them).</source>
        <translation>%1 du poids provient d’essais randomisés (ou de revues de ces essais).</translation>
    </message>
    <message>
        <source>Most of the weight (%1) comes from observational studies.</source>
        <translation>La majeure partie du poids (%1) provient d’études observationnelles.</translation>
    </message>
    <message>
        <source>Not assessable without a synthesis.</source>
        <translation>Non évaluable sans synthèse.</translation>
    </message>
    <message>
        <source>%1 of the weight comes from studies rated below %2.</source>
        <translation>%1 du poids provient d’études notées en dessous de %2.</translation>
    </message>
    <message>
        <source>%1 of the weight comes from studies without a quality rating.</source>
        <translation>%1 du poids provient d’études sans note de qualité.</translation>
    </message>
    <message>
        <source>A single study: consistency cannot be judged.</source>
        <translation>Une seule étude&#xa0;: la cohérence ne peut pas être jugée.</translation>
    </message>
    <message>
        <source>I² = %1 and the prediction interval includes effects in both directions.</source>
        <translation>I² = %1 et l’intervalle de prédiction inclut des effets dans les deux sens.</translation>
    </message>
    <message>
        <source>I² = %1 (τ² = %2): substantial heterogeneity.</source>
        <translation>I² = %1 (τ² = %2)&#xa0;: hétérogénéité importante.</translation>
    </message>
    <message>
        <source>The prediction interval crosses the null although the confidence interval does not.</source>
        <translation>L’intervalle de prédiction franchit la valeur nulle, alors que l’intervalle de confiance ne la franchit pas.</translation>
    </message>
    <message>
        <source>The prediction interval crosses the null.</source>
        <translation>L’intervalle de prédiction franchit la valeur nulle.</translation>
    </message>
    <message>
        <source>I² = %1: little heterogeneity.</source>
        <translation>I² = %1&#xa0;: faible hétérogénéité.</translation>
    </message>
    <message>
        <source>Judge whether the studies&apos; population, intervention, comparator and outcome match the question; the data cannot say.</source>
        <translation>Jugez si la population, l’intervention, le comparateur et le critère de jugement des études correspondent à la question&#xa0;; les données ne peuvent pas le dire.</translation>
    </message>
    <message>
        <source>The confidence interval includes important effects in both directions.</source>
        <translation>L’intervalle de confiance inclut des effets importants dans les deux sens.</translation>
    </message>
    <message>
        <source>The confidence interval crosses the minimal important difference (%1).</source>
        <translation>L’intervalle de confiance franchit la différence minimale importante (%1).</translation>
    </message>
    <message>
        <source>The confidence interval includes no effect.</source>
        <translation>L’intervalle de confiance inclut l’absence d’effet.</translation>
    </message>
    <message>
        <source>%1 participants in all, fewer than the optimal information size of about %2.</source>
        <translation>%1 participants au total, moins que la taille d’information optimale d’environ %2.</translation>
    </message>
    <message>
        <source>(infinite: no effect)</source>
        <translation>(infinie&#xa0;: aucun effet)</translation>
    </message>
    <message>
        <source>%1 participants in all, more than the optimal information size of about %2.</source>
        <translation>%1 participants au total, plus que la taille d’information optimale d’environ %2.</translation>
    </message>
    <message>
        <source>The confidence interval excludes no effect.</source>
        <translation>L’intervalle de confiance exclut l’absence d’effet.</translation>
    </message>
    <message>
        <source>Not assessable: fewer than 10 studies (%1) are too few for funnel plot tests.</source>
        <translation>Non évaluable&#xa0;: moins de 10 études (%1), trop peu pour les tests du funnel plot.</translation>
    </message>
    <message>
        <source>, and the adjusted interval includes no effect</source>
        <translation>, et l’intervalle ajusté inclut l’absence d’effet</translation>
    </message>
    <message>
        <source>Upgrades apply to observational evidence only.</source>
        <translation>Les rehaussements ne s’appliquent qu’aux preuves observationnelles.</translation>
    </message>
    <message>
        <source>A very large effect (ratio %1 or its inverse).</source>
        <translation>Un effet très important (rapport %1 ou son inverse).</translation>
    </message>
    <message>
        <source>A large effect (ratio %1 or its inverse).</source>
        <translation>Un effet important (rapport %1 ou son inverse).</translation>
    </message>
    <message>
        <source>The effect is not large (ratio %1 or its inverse).</source>
        <translation>L’effet n’est pas important (rapport %1 ou son inverse).</translation>
    </message>
    <message>
        <source>Judged for ratio measures only.</source>
        <translation>Jugé pour les mesures de rapport uniquement.</translation>
    </message>
    <message>
        <source>The reviewer&apos;s judgement; the data cannot say.</source>
        <translation>Le jugement des relecteurs&#xa0;; les données ne peuvent pas le dire.</translation>
    </message>
    <message>
        <source>the outcome</source>
        <translation>le critère de jugement</translation>
    </message>
    <message>
        <source>There is no synthesis of %1 yet.</source>
        <translation>Il n’y a pas encore de synthèse pour %1.</translation>
    </message>
    <message>
        <source>The evidence is very uncertain about the effect on %1.</source>
        <translation>Les preuves sont très incertaines quant à l’effet sur %1.</translation>
    </message>
    <message>
        <source>The intervention results in little or no difference in %1.</source>
        <translation>L’intervention entraîne peu ou pas de différence sur %1.</translation>
    </message>
    <message>
        <source>The intervention probably results in little or no difference in %1.</source>
        <translation>L’intervention n’entraîne probablement que peu ou pas de différence sur %1.</translation>
    </message>
    <message>
        <source>The intervention may result in little or no difference in %1.</source>
        <translation>L’intervention pourrait n’entraîner que peu ou pas de différence sur %1.</translation>
    </message>
    <message>
        <source>The intervention increases %1.</source>
        <translation>L’intervention augmente %1.</translation>
    </message>
    <message>
        <source>The intervention reduces %1.</source>
        <translation>L’intervention réduit %1.</translation>
    </message>
    <message>
        <source>The intervention probably increases %1.</source>
        <translation>L’intervention augmente probablement %1.</translation>
    </message>
    <message>
        <source>The intervention probably reduces %1.</source>
        <translation>L’intervention réduit probablement %1.</translation>
    </message>
    <message>
        <source>The intervention may increase %1.</source>
        <translation>L’intervention pourrait augmenter %1.</translation>
    </message>
    <message>
        <source>The intervention may reduce %1.</source>
        <translation>L’intervention pourrait réduire %1.</translation>
    </message>
    <message numerus="yes">
        <source>Trim-and-fill imputes %n stud(ies)%1.</source>
        <translation>
            <numerusform>Le trim-and-fill impute %n étude%1.</numerusform>
            <numerusform>Le trim-and-fill impute %n études%1.</numerusform>
        </translation>
    </message>
    <message>
        <source>It does not count here: an upgrade applies only when nothing is downgraded.</source>
        <translation>Cela ne compte pas ici&#xa0;: un rehaussement ne s’applique que si rien n’est abaissé.</translation>
    </message>
    <message>
        <source>Egger&apos;s test suggests small-study effects (p %1).</source>
        <translation>Le test d’Egger suggère des effets des petites études (p %1).</translation>
    </message>
    <message>
        <source>No sign of small-study effects (Egger p %1).</source>
        <translation>Pas de signe d’effets des petites études (p d’Egger %1).</translation>
    </message>
    <message>
        <source>no upgrade</source>
        <translation>pas de surclassement</translation>
    </message>
    <message numerus="yes">
        <source>+%n level(s)</source>
        <translation>
            <numerusform>+%n niveau</numerusform>
            <numerusform>+%n niveaux</numerusform>
        </translation>
    </message>
    <message>
        <source>not serious</source>
        <translation>pas grave</translation>
    </message>
    <message>
        <source>serious (−1)</source>
        <translation>grave (−1)</translation>
    </message>
    <message>
        <source>very serious (−2)</source>
        <translation>très grave (−2)</translation>
    </message>
    <message>
        <source>%1 of the weight of the rated studies comes from studies rated below %2.</source>
        <translation>%1 du poids des études notées provient d’études notées en dessous de %2.</translation>
    </message>
    <message>
        <source>Not assessable: no minimal important difference is set, and this measure has no default; set one on the claim.</source>
        <translation>Non évaluable&#xa0;: aucune différence minimale importante n’est fixée et cette mesure n’a pas de valeur par défaut&#xa0;; fixez-en une sur l’affirmation.</translation>
    </message>
    <message>
        <source>Rated against the default minimal important difference (%1), as GRADE suggests when none is known.</source>
        <translation>Évalué par rapport à la différence minimale importante par défaut (%1), comme le suggère GRADE quand aucune n’est connue.</translation>
    </message>
    <message>
        <source>Rated against the claim&apos;s minimal important difference (%1).</source>
        <translation>Évalué par rapport à la différence minimale importante de l’affirmation (%1).</translation>
    </message>
    <message>
        <source>The confidence interval excludes both an important benefit and an important harm.</source>
        <translation>L’intervalle de confiance exclut à la fois un bénéfice important et un préjudice important.</translation>
    </message>
    <message>
        <source>The confidence interval lies wholly beyond the minimal important difference.</source>
        <translation>L’intervalle de confiance se situe entièrement au-delà de la différence minimale importante.</translation>
    </message>
    <message>
        <source>Not assessed: no study has a risk-of-bias judgement or a quality rating yet, so nothing is downgraded.</source>
        <translation>Non évalué : aucune étude n&apos;a encore de jugement du risque de biais ni de score de qualité, donc rien n&apos;est abaissé.</translation>
    </message>
    <message>
        <source>Of the weight of the appraised studies, %1 is at low risk of bias, %2 at some concerns or moderate risk, %3 at high or serious risk and %4 at critical risk.</source>
        <translation>Du poids des études évaluées, %1 est à risque de biais faible, %2 à quelques préoccupations ou risque modéré, %3 à risque élevé ou grave et %4 à risque critique.</translation>
    </message>
    <message>
        <source>%1 of the weight comes from studies without a risk-of-bias judgement.</source>
        <translation>%1 du poids provient d&apos;études sans jugement du risque de biais.</translation>
    </message>
</context>
<context>
    <name>GridText</name>
    <message>
        <source>The clipboard holds no cells.</source>
        <translation>Le presse-papiers ne contient aucune cellule.</translation>
    </message>
    <message>
        <source>The block of %1 × %2 cells does not fit: from row %3 the grid has %4 rows and from this column %5 columns.</source>
        <translation>Le bloc de %1 × %2 cellules ne tient pas : à partir de la ligne %3 la grille a %4 lignes et à partir de cette colonne %5 colonnes.</translation>
    </message>
    <message>
        <source>Row %1 (%2), %3: </source>
        <translation>Ligne %1 (%2), %3 : </translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>« %1 » n&apos;est pas un nombre</translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message>
        <source>the study has no title, study label, authors or DOI</source>
        <translation>l’étude n’a ni titre, ni libellé, ni auteurs, ni DOI</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a year</source>
        <translation>&apos;%1&apos; n’est pas une année</translation>
    </message>
    <message>
        <source>unknown design &apos;%1&apos; (use systematic_review, rct, non_randomised, cohort, case_control, cross_sectional, narrative_review, expert_opinion or other)</source>
        <translation>plan d’étude inconnu &apos;%1&apos; (systematic_review, rct, non_randomised, cohort, case_control, cross_sectional, narrative_review, expert_opinion ou other)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a score from 0 to 100</source>
        <translation>&apos;%1&apos; n’est pas une note de 0 à 100</translation>
    </message>
    <message>
        <source>unknown stance &apos;%1&apos; (use supporting, contradicting, neutral or untagged)</source>
        <translation>position inconnue &apos;%1&apos; (supporting, contradicting, neutral ou untagged)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not yes or no</source>
        <translation>&apos;%1&apos; n’est ni yes ni no</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; n’est pas un nombre</translation>
    </message>
    <message>
        <source>a count cannot be negative</source>
        <translation>un effectif ne peut pas être négatif</translation>
    </message>
    <message>
        <source>more events than participants (n1i)</source>
        <translation>plus d’événements que de participants (n1i)</translation>
    </message>
    <message>
        <source>more events than participants (n2i)</source>
        <translation>plus d’événements que de participants (n2i)</translation>
    </message>
    <message>
        <source>a standard deviation must be greater than 0</source>
        <translation>un écart-type doit être supérieur à 0</translation>
    </message>
    <message>
        <source>a sampling variance cannot be negative</source>
        <translation>une variance d’échantillonnage ne peut pas être négative</translation>
    </message>
    <message>
        <source>a standard error cannot be negative</source>
        <translation>une erreur type ne peut pas être négative</translation>
    </message>
    <message>
        <source>a correlation must lie between -1 and 1</source>
        <translation>une corrélation doit être comprise entre -1 et 1</translation>
    </message>
    <message>
        <source>the record has no title (TI or T1)</source>
        <translation>la notice n’a pas de titre (TI ou T1)</translation>
    </message>
    <message>
        <source>expected a record to start with &apos;TY  - &apos;</source>
        <translation>une notice devrait commencer par &apos;TY  - &apos;</translation>
    </message>
    <message>
        <source>a new record starts before the record of line %1 ended (ER)</source>
        <translation>une nouvelle notice commence avant la fin de la notice de la ligne %1 (ER)</translation>
    </message>
    <message>
        <source>the record has no end (ER)</source>
        <translation>la notice n’a pas de fin (ER)</translation>
    </message>
    <message>
        <source>expected &apos;{&apos; after @%1</source>
        <translation>&apos;{&apos; attendu après @%1</translation>
    </message>
    <message>
        <source>the entry @%1 is not closed</source>
        <translation>l’entrée @%1 n’est pas fermée</translation>
    </message>
    <message>
        <source>the entry &apos;%1&apos; is not closed</source>
        <translation>l’entrée &apos;%1&apos; n’est pas fermée</translation>
    </message>
    <message>
        <source>the entry &apos;%1&apos; does not end after this field: are its braces balanced?</source>
        <translation>l’entrée &apos;%1&apos; ne se termine pas après ce champ&#xa0;: ses accolades sont-elles équilibrées&#xa0;?</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or the end of the entry after the field</source>
        <translation>&apos;,&apos; ou la fin de l’entrée attendu après le champ</translation>
    </message>
    <message>
        <source>the entry &apos;%1&apos; has no title</source>
        <translation>l’entrée &apos;%1&apos; n’a pas de titre</translation>
    </message>
    <message>
        <source>expected a field name</source>
        <translation>nom de champ attendu</translation>
    </message>
    <message>
        <source>expected &apos;=&apos; after the field name</source>
        <translation>&apos;=&apos; attendu après le nom du champ</translation>
    </message>
    <message>
        <source>the value is missing</source>
        <translation>la valeur manque</translation>
    </message>
    <message>
        <source>a &apos;{&apos; is not closed</source>
        <translation>une &apos;{&apos; n’est pas fermée</translation>
    </message>
    <message>
        <source>a &apos;&quot;&apos; is not closed</source>
        <translation>un &apos;&quot;&apos; n’est pas fermé</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; in the value</source>
        <translation>&apos;%1&apos; inattendu dans la valeur</translation>
    </message>
    <message>
        <source>unknown macro &apos;%1&apos;</source>
        <translation>macro inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the entry is not closed</source>
        <translation>l’entrée n’est pas fermée</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos;</source>
        <translation>&apos;%1&apos; attendu</translation>
    </message>
    <message>
        <source>the value is longer than %1 million characters</source>
        <translation>la valeur dépasse %1 millions de caractères</translation>
    </message>
    <message>
        <source>the @string macros are longer than %1 million characters in all</source>
        <translation>les macros @string dépassent %1 millions de caractères au total</translation>
    </message>
    <message>
        <source>the entry is longer than %1 million characters</source>
        <translation>l’entrée dépasse %1 millions de caractères</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>impossible d’écrire&#xa0;: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a study id (a whole number as export writes it)</source>
        <translation>&apos;%1&apos; n&apos;est pas un identifiant d&apos;étude (un nombre entier, comme l&apos;écrit l&apos;export)</translation>
    </message>
    <message>
        <source>%1: read as a %2-separated file%3</source>
        <translation>%1 : lu comme fichier délimité (%2)%3</translation>
    </message>
    <message>
        <source>, decimal commas as decimal points</source>
        <translation>, virgules décimales lues comme points décimaux</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s) give yi without vi or sei (the first on line %2); they have no effect size until a variance or standard error is added</source>
        <translation>
            <numerusform>%1 : %n enregistrement donne yi sans vi ni sei (le premier à la ligne %2) ; il n&apos;a pas de taille d&apos;effet tant qu&apos;une variance ou une erreur standard n&apos;est pas ajoutée</numerusform>
            <numerusform>%1 : %n enregistrements donnent yi sans vi ni sei (le premier à la ligne %2) ; ils n&apos;ont pas de taille d&apos;effet tant qu&apos;une variance ou une erreur standard n&apos;est pas ajoutée</numerusform>
        </translation>
    </message>
    <message>
        <source>expected a MEDLINE record to start with &apos;PMID- &apos;</source>
        <translation>un enregistrement MEDLINE doit commencer par &apos;PMID- &apos;</translation>
    </message>
    <message>
        <source>expected &apos;TAG - value&apos; or a continuation line indented by six spaces</source>
        <translation>attendu : &apos;TAG - valeur&apos; ou une ligne de suite en retrait de six espaces</translation>
    </message>
    <message>
        <source>the record has no title (TI)</source>
        <translation>l&apos;enregistrement n&apos;a pas de titre (TI)</translation>
    </message>
    <message>
        <source>unknown file type (use .csv, .ris, .bib or .nbib)</source>
        <translation>type de fichier inconnu (utilisez .csv, .ris, .bib ou .nbib)</translation>
    </message>
    <message>
        <source>a study is judged with RoB 2 or with ROBINS-I, not both</source>
        <translation>une étude est évaluée avec RoB 2 ou avec ROBINS-I, pas les deux</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n domain(s)</source>
        <translation>
            <numerusform>%1 a %n domaine</numerusform>
            <numerusform>%1 a %n domaines</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown RoB 2 judgement &apos;%1&apos; (use low, some or high)</source>
        <translation>jugement RoB 2 inconnu « %1 » (utilisez low, some ou high)</translation>
    </message>
    <message>
        <source>unknown ROBINS-I judgement &apos;%1&apos; (use low, moderate, serious, critical or ni)</source>
        <translation>jugement ROBINS-I inconnu « %1 » (utilisez low, moderate, serious, critical ou ni)</translation>
    </message>
</context>
<context>
    <name>MergeText</name>
    <message>
        <source>same study_id</source>
        <translation>même study_id</translation>
    </message>
    <message>
        <source>same DOI</source>
        <translation>même DOI</translation>
    </message>
    <message>
        <source>same title and year</source>
        <translation>même titre et même année</translation>
    </message>
    <message>
        <source>%1 holds &apos;%2&apos; in the review, the file says &apos;%3&apos;</source>
        <translation>%1 vaut &apos;%2&apos; dans la revue, le fichier indique &apos;%3&apos;</translation>
    </message>
    <message>
        <source>the same study as line %1</source>
        <translation>la même étude que la ligne %1</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message numerus="yes">
        <source>%n stud(ies) without the data this measure needs were left out</source>
        <translation>
            <numerusform>%n étude sans les données nécessaires à cette mesure a été écartée</numerusform>
            <numerusform>%n études sans les données nécessaires à cette mesure ont été écartées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessagesText</name>
    <message>
        <source>no study has the data this effect measure needs</source>
        <translation>aucune étude n’a les données nécessaires à cette mesure d’effet</translation>
    </message>
    <message>
        <source>the value is missing or not a finite number</source>
        <translation>la valeur manque ou n’est pas un nombre fini</translation>
    </message>
    <message>
        <source>a count cannot be negative</source>
        <translation>un effectif ne peut pas être négatif</translation>
    </message>
    <message>
        <source>there are more events than participants in the group</source>
        <translation>le groupe compte plus d’événements que de participants</translation>
    </message>
    <message>
        <source>the ratio of means needs means greater than 0</source>
        <translation>le rapport de moyennes nécessite des moyennes supérieures à 0</translation>
    </message>
    <message>
        <source>a correlation must lie between -1 and 1</source>
        <translation>une corrélation doit être comprise entre -1 et 1</translation>
    </message>
    <message>
        <source>a sampling variance is 0, so inverse-variance weights are undefined</source>
        <translation>une variance d’échantillonnage vaut 0&#xa0;: les poids en inverse de la variance ne sont pas définis</translation>
    </message>
    <message>
        <source>there are too few studies for this analysis</source>
        <translation>il y a trop peu d’études pour cette analyse</translation>
    </message>
    <message>
        <source>the estimation did not converge</source>
        <translation>l’estimation n’a pas convergé</translation>
    </message>
    <message>
        <source>the model cannot be estimated from these data (the predictors are constant)</source>
        <translation>le modèle ne peut pas être estimé à partir de ces données (les prédicteurs sont constants)</translation>
    </message>
    <message>
        <source>the computation failed numerically</source>
        <translation>le calcul a échoué numériquement</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>%1: 1/2 was added to each cell of its table because one cell is 0</source>
        <translation>%1&#xa0;: 1/2 a été ajouté à chaque case de son tableau parce qu’une case vaut 0</translation>
    </message>
    <message>
        <source>the Knapp-Hartung adjustment is meant for random-effects models</source>
        <translation>l’ajustement de Knapp-Hartung est prévu pour les modèles à effets aléatoires</translation>
    </message>
    <message>
        <source>with a single study the z test is used</source>
        <translation>avec une seule étude, le test z est utilisé</translation>
    </message>
    <message>
        <source>the likelihood is higher at tau^2 = 0 than where the iteration stopped; tau^2 was set to 0</source>
        <translation>la vraisemblance est plus élevée en tau^2 = 0 qu’au point d’arrêt de l’itération&#xa0;; tau^2 a été fixé à 0</translation>
    </message>
    <message>
        <source>the estimation of tau^2 did not converge</source>
        <translation>l’estimation de tau^2 n’a pas convergé</translation>
    </message>
    <message>
        <source>some sampling variances are 0, so Q, I^2 and H^2 are undefined</source>
        <translation>certaines variances d’échantillonnage valent 0&#xa0;: Q, I^2 et H^2 ne sont pas définis</translation>
    </message>
    <message>
        <source>the confidence interval for tau^2 is the null set: the studies are more alike than chance predicts</source>
        <translation>l’intervalle de confiance de tau^2 est vide&#xa0;: les études se ressemblent plus que le hasard ne le prévoit</translation>
    </message>
    <message>
        <source>the lower confidence bound of tau^2 is truncated at 0</source>
        <translation>la borne inférieure de confiance de tau^2 est tronquée à 0</translation>
    </message>
    <message>
        <source>the upper confidence bound of tau^2 lies beyond the search limit and is shown as that limit (%1), as metafor does: read it as &quot;more than %1&quot;</source>
        <translation>la borne supérieure de confiance de tau^2 dépasse la limite de recherche et est affichée comme cette limite (%1), comme dans metafor&#xa0;: lisez «&#xa0;plus de %1&#xa0;»</translation>
    </message>
    <message>
        <source>unknown warning</source>
        <translation>avertissement inconnu</translation>
    </message>
    <message>
        <source>risk ratio</source>
        <translation>rapport de risques</translation>
    </message>
    <message>
        <source>odds ratio</source>
        <translation>rapport de cotes</translation>
    </message>
    <message>
        <source>risk difference</source>
        <translation>différence de risques</translation>
    </message>
    <message>
        <source>mean difference</source>
        <translation>différence de moyennes</translation>
    </message>
    <message>
        <source>standardised mean difference (Hedges&apos; g)</source>
        <translation>différence de moyennes standardisée (g de Hedges)</translation>
    </message>
    <message>
        <source>ratio of means</source>
        <translation>rapport de moyennes</translation>
    </message>
    <message>
        <source>correlation</source>
        <translation>corrélation</translation>
    </message>
    <message>
        <source>Fisher&apos;s z of a correlation</source>
        <translation>z de Fisher d’une corrélation</translation>
    </message>
    <message>
        <source>effect and variance as given</source>
        <translation>effet et variance tels que donnés</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>restricted maximum likelihood</source>
        <translation>maximum de vraisemblance restreint</translation>
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
        <translation>Bayes empirique</translation>
    </message>
    <message>
        <source>maximum likelihood</source>
        <translation>maximum de vraisemblance</translation>
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
        <translation>effets égaux (effet fixe)</translation>
    </message>
    <message>
        <source>Knapp–Hartung</source>
        <translation>Knapp–Hartung</translation>
    </message>
    <message>
        <source>z test</source>
        <translation>test z</translation>
    </message>
    <message>
        <source>the sample size is too small for this measure (SMD needs n1i + n2i of at least 4, COR a sample size of at least 2, Fisher&apos;s z one above 3)</source>
        <translation>l’effectif est trop petit pour cette mesure (SMD demande n1i + n2i d’au moins 4, COR un effectif d’au moins 2, le z de Fisher un effectif de plus de 3)</translation>
    </message>
    <message>
        <source>both standard deviations are 0, so the standardised mean difference is undefined</source>
        <translation>les deux écarts-types valent 0&#xa0;: la différence de moyennes standardisée n’est pas définie</translation>
    </message>
    <message>
        <source>a sampling variance cannot be negative</source>
        <translation>une variance d’échantillonnage ne peut pas être négative</translation>
    </message>
    <message>
        <source>a group has no participants</source>
        <translation>un groupe n’a aucun participant</translation>
    </message>
    <message>
        <source>a standard deviation cannot be negative</source>
        <translation>un écart-type ne peut pas être négatif</translation>
    </message>
    <message>
        <source>the confidence level must lie between 50 and 99.99 percent</source>
        <translation>le niveau de confiance doit être compris entre 50 et 99,99 pour cent</translation>
    </message>
    <message>
        <source>the largest sampling variance is over ten million times the smallest; the studies with the smallest variances carry almost all the weight</source>
        <translation>la plus grande variance d’échantillonnage dépasse dix millions de fois la plus petite&#xa0;; les études aux plus petites variances portent presque tout le poids</translation>
    </message>
    <message>
        <source>%1 was left out: %2</source>
        <translation>%1 a été écarté&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was left out: column %2: %3</source>
        <translation>%1 a été écarté&#xa0;: colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 has no subgroup and was left out of the subgroup analysis</source>
        <translation>%1 n’a pas de sous-groupe et a été écarté de l’analyse en sous-groupes</translation>
    </message>
    <message>
        <source>%1: the standard error is negative; its square was used as the sampling variance</source>
        <translation>%1&#xa0;: l’erreur standard est négative&#xa0;; son carré a servi de variance d’échantillonnage</translation>
    </message>
    <message>
        <source>%1 has no events (or only events) in both groups: it has no effect of its own and was left out of Q and I^2</source>
        <translation>%1 n’a aucun événement (ou que des événements) dans les deux groupes&#xa0;: sans effet propre, elle a été écartée de Q et de I^2</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>Dichotomous (events / total)</source>
        <translation>Dichotomique (événements / total)</translation>
    </message>
    <message>
        <source>Continuous (mean, SD, N)</source>
        <translation>Continu (moyenne, ET, N)</translation>
    </message>
    <message>
        <source>Correlation (r, N)</source>
        <translation>Corrélation (r, N)</translation>
    </message>
    <message>
        <source>Effect estimate with its SE or variance</source>
        <translation>Estimation de l&apos;effet avec son ES ou sa variance</translation>
    </message>
    <message>
        <source>Events (intervention)</source>
        <translation>Événements (intervention)</translation>
    </message>
    <message>
        <source>Non-events (intervention)</source>
        <translation>Non-événements (intervention)</translation>
    </message>
    <message>
        <source>Events (comparator)</source>
        <translation>Événements (comparateur)</translation>
    </message>
    <message>
        <source>Non-events (comparator)</source>
        <translation>Non-événements (comparateur)</translation>
    </message>
    <message>
        <source>Total (intervention)</source>
        <translation>Total (intervention)</translation>
    </message>
    <message>
        <source>Total (comparator)</source>
        <translation>Total (comparateur)</translation>
    </message>
    <message>
        <source>Mean (intervention)</source>
        <translation>Moyenne (intervention)</translation>
    </message>
    <message>
        <source>SD (intervention)</source>
        <translation>ET (intervention)</translation>
    </message>
    <message>
        <source>Mean (comparator)</source>
        <translation>Moyenne (comparateur)</translation>
    </message>
    <message>
        <source>SD (comparator)</source>
        <translation>ET (comparateur)</translation>
    </message>
    <message>
        <source>Correlation r</source>
        <translation>Corrélation r</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimation</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Variance</translation>
    </message>
    <message>
        <source>Standard error</source>
        <translation>Erreur standard</translation>
    </message>
</context>
<context>
    <name>PlotExportText</name>
    <message>
        <source>%1: unknown image type (use .png, .svg or .pdf)</source>
        <translation>%1&#xa0;: type d’image inconnu (.png, .svg ou .pdf)</translation>
    </message>
    <message>
        <source>there is no analysis to plot</source>
        <translation>il n’y a pas d’analyse à représenter</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1&#xa0;: impossible d’écrire&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the image could not be written</source>
        <translation>%1&#xa0;: l’image n’a pas pu être écrite</translation>
    </message>
    <message>
        <source>Forest plot</source>
        <translation>Forest plot</translation>
    </message>
    <message>
        <source>Funnel plot</source>
        <translation>Funnel plot</translation>
    </message>
    <message>
        <source>Made with EvidenceDesk</source>
        <translation>Réalisé avec EvidenceDesk</translation>
    </message>
    <message>
        <source>%1: the plot would be %2 × %3 pixels at %4 dpi, more than a PNG may have here (%5 million pixels): write it as PDF (paged) or SVG, or at a lower resolution</source>
        <translation>%1 : le graphique ferait %2 × %3 pixels à %4 ppp, plus qu’un PNG ne peut en avoir ici (%5 millions de pixels) : écrivez-le en PDF (paginé) ou en SVG, ou à une résolution plus basse</translation>
    </message>
    <message>
        <source>Risk of bias: traffic-light plot</source>
        <translation>Risque de biais : graphique en feux tricolores</translation>
    </message>
    <message>
        <source>Risk of bias: summary plot</source>
        <translation>Risque de biais : graphique de synthèse</translation>
    </message>
    <message>
        <source>no study of the synthesis has a risk-of-bias judgement for this outcome</source>
        <translation>aucune étude de la synthèse n&apos;a de jugement du risque de biais pour ce critère de jugement</translation>
    </message>
    <message>
        <source>%1: the plot would be %2 × %3 pixels at %4 dpi, more than a PNG may have here (%5 million pixels): write it as SVG or PDF, or at a lower resolution</source>
        <translation>%1 : le graphique ferait %2 × %3 pixels à %4 ppp, plus qu’un PNG ne peut en avoir ici (%5 millions de pixels) : écrivez-le en SVG ou en PDF, ou à une résolution plus basse</translation>
    </message>
</context>
<context>
    <name>PlotsText</name>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Subtotal (k = %1; I² = %2%)</source>
        <translation>Sous-total (k = %1&#xa0;; I² = %2&#xa0;%)</translation>
    </message>
    <message>
        <source>Equal-effects model</source>
        <translation>Modèle à effet commun</translation>
    </message>
    <message>
        <source>Random-effects model (%1)</source>
        <translation>Modèle à effets aléatoires (%1)</translation>
    </message>
    <message>
        <source>Prediction interval</source>
        <translation>Intervalle de prédiction</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Étude</translation>
    </message>
    <message>
        <source>%1 [%2% CI]</source>
        <translation>%1 [IC à %2&#xa0;%]</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>%1 (log scale)</source>
        <translation>%1 (échelle log)</translation>
    </message>
    <message>
        <source>Standard error</source>
        <translation>Erreur type</translation>
    </message>
    <message>
        <source>Heterogeneity: Q = %1 (df = %2, p %3); I² = %4%</source>
        <translation>Hétérogénéité&#xa0;: Q = %1 (ddl = %2, p %3)&#xa0;; I² = %4&#xa0;%</translation>
    </message>
    <message>
        <source>Heterogeneity: τ² = %1; I² = %2%; Q = %3 (df = %4, p %5)</source>
        <translation>Hétérogénéité&#xa0;: τ² = %1&#xa0;; I² = %2&#xa0;%&#xa0;; Q = %3 (ddl = %4, p %5)</translation>
    </message>
    <message>
        <source>Test for subgroup differences: Q = %1, df = %2, p %3</source>
        <translation>Test des différences entre sous-groupes&#xa0;: Q = %1, ddl = %2, p %3</translation>
    </message>
    <message>
        <source>Shading: p &lt; 0.01, 0.01–0.05, 0.05–0.10, &gt; 0.10 (white)</source>
        <translation>Ombrage&#xa0;: p &lt; 0,01, 0,01–0,05, 0,05–0,10, &gt; 0,10 (blanc)</translation>
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
        <translation>Comparateur</translation>
    </message>
    <message>
        <source>Not tagged</source>
        <translation>Non étiquetée</translation>
    </message>
    <message>
        <source>Imputed by trim-and-fill</source>
        <translation>Imputée par trim-and-fill</translation>
    </message>
    <message>
        <source>Risk of bias</source>
        <translation>Risque de biais</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>log risk ratios</source>
        <translation>log des risques relatifs</translation>
    </message>
    <message>
        <source>log odds ratios</source>
        <translation>log des odds ratios</translation>
    </message>
    <message>
        <source>risk differences</source>
        <translation>différences de risques</translation>
    </message>
    <message>
        <source>mean differences</source>
        <translation>différences de moyennes</translation>
    </message>
    <message>
        <source>standardised mean differences (Hedges&apos; g with the exact small-sample correction)</source>
        <translation>différences de moyennes standardisées (g de Hedges avec la correction exacte pour petits échantillons)</translation>
    </message>
    <message>
        <source>log ratios of means</source>
        <translation>log des rapports de moyennes</translation>
    </message>
    <message>
        <source>correlation coefficients</source>
        <translation>coefficients de corrélation</translation>
    </message>
    <message>
        <source>Fisher&apos;s z-transformed correlations</source>
        <translation>corrélations transformées en z de Fisher</translation>
    </message>
    <message>
        <source>the effect sizes as given</source>
        <translation>les tailles d’effet telles que fournies</translation>
    </message>
    <message>
        <source>an equal-effects (fixed-effect) model</source>
        <translation>un modèle à effet commun (effet fixe)</translation>
    </message>
    <message>
        <source>a random-effects model with the DerSimonian-Laird estimator of τ²</source>
        <translation>un modèle à effets aléatoires avec l’estimateur de DerSimonian-Laird de τ²</translation>
    </message>
    <message>
        <source>a random-effects model with the Hedges estimator of τ²</source>
        <translation>un modèle à effets aléatoires avec l’estimateur de Hedges de τ²</translation>
    </message>
    <message>
        <source>a random-effects model with the Hunter-Schmidt estimator of τ²</source>
        <translation>un modèle à effets aléatoires avec l’estimateur de Hunter-Schmidt de τ²</translation>
    </message>
    <message>
        <source>a random-effects model with the Sidik-Jonkman estimator of τ²</source>
        <translation>un modèle à effets aléatoires avec l’estimateur de Sidik-Jonkman de τ²</translation>
    </message>
    <message>
        <source>a random-effects model with the maximum-likelihood estimator of τ²</source>
        <translation>un modèle à effets aléatoires avec l’estimateur du maximum de vraisemblance de τ²</translation>
    </message>
    <message>
        <source>a random-effects model with the restricted maximum-likelihood (REML) estimator of τ²</source>
        <translation>un modèle à effets aléatoires avec l’estimateur du maximum de vraisemblance restreint (REML) de τ²</translation>
    </message>
    <message>
        <source>a random-effects model with the empirical Bayes estimator of τ²</source>
        <translation>un modèle à effets aléatoires avec l’estimateur bayésien empirique de τ²</translation>
    </message>
    <message>
        <source>a random-effects model with the Paule-Mandel estimator of τ²</source>
        <translation>un modèle à effets aléatoires avec l’estimateur de Paule-Mandel de τ²</translation>
    </message>
    <message>
        <source>the review has no claim to report on</source>
        <translation>la revue n’a pas d’affirmation sur laquelle faire un rapport</translation>
    </message>
    <message>
        <source>EvidenceDesk report: %1</source>
        <translation>Rapport EvidenceDesk&#xa0;: %1</translation>
    </message>
    <message>
        <source>EvidenceDesk report</source>
        <translation>Rapport EvidenceDesk</translation>
    </message>
    <message>
        <source>Evidence review</source>
        <translation>Revue des preuves</translation>
    </message>
    <message>
        <source>Report of %1</source>
        <translation>Rapport du %1</translation>
    </message>
    <message>
        <source>EvidenceDesk %1</source>
        <translation>EvidenceDesk %1</translation>
    </message>
    <message>
        <source>Certainty of the evidence:</source>
        <translation>Certitude des preuves&#xa0;:</translation>
    </message>
    <message>
        <source>The claim</source>
        <translation>L’affirmation</translation>
    </message>
    <message>
        <source>Mechanisms</source>
        <translation>Mécanismes</translation>
    </message>
    <message>
        <source>The evidence</source>
        <translation>Les preuves</translation>
    </message>
    <message>
        <source>Synthesis</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Certainty of the evidence (GRADE)</source>
        <translation>Certitude des preuves (GRADE)</translation>
    </message>
    <message>
        <source>Gold standard evidence needed</source>
        <translation>Preuves de référence nécessaires</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Méthodes</translation>
    </message>
    <message>
        <source>Appendix: reproducing the numbers in R</source>
        <translation>Annexe&#xa0;: reproduire les résultats dans R</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Current claim:</source>
        <translation>Affirmation actuelle&#xa0;:</translation>
    </message>
    <message>
        <source>Original claim:</source>
        <translation>Affirmation initiale&#xa0;:</translation>
    </message>
    <message>
        <source>Why refined:</source>
        <translation>Pourquoi précisée&#xa0;:</translation>
    </message>
    <message>
        <source>Refinement history</source>
        <translation>Historique des précisions</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Why refined</source>
        <translation>Pourquoi précisée</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Original claim</source>
        <translation>Affirmation initiale</translation>
    </message>
    <message>
        <source>Review question</source>
        <translation>Question de la revue</translation>
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
        <translation>Comparateur</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Critère de jugement</translation>
    </message>
    <message>
        <source>No mechanism has been written yet.</source>
        <translation>Aucun mécanisme n’a encore été rédigé.</translation>
    </message>
    <message>
        <source>Most probable mechanism</source>
        <translation>Mécanisme le plus probable</translation>
    </message>
    <message>
        <source>Less supported, not ruled out (%1)</source>
        <translation>Moins étayé, non exclu (%1)</translation>
    </message>
    <message>
        <source>Not tagged</source>
        <translation>Non classée</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Étude</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>No included study has %1 outcome data yet, so there is no synthesis.</source>
        <translation>Aucune étude incluse n’a encore de données de résultat pour %1&#xa0;: il n’y a donc pas de synthèse.</translation>
    </message>
    <message>
        <source>The synthesis could not be computed.</source>
        <translation>La synthèse n’a pas pu être calculée.</translation>
    </message>
    <message>
        <source>Knapp-Hartung</source>
        <translation>Knapp-Hartung</translation>
    </message>
    <message>
        <source>z test</source>
        <translation>test z</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Pooled %1</source>
        <translation>%1 combiné</translation>
    </message>
    <message>
        <source>p (test of no effect)</source>
        <translation>p (test d’absence d’effet)</translation>
    </message>
    <message>
        <source>Prediction interval</source>
        <translation>Intervalle de prédiction</translation>
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
        <translation>Q (ddl), p</translation>
    </message>
    <message>
        <source>Egger&apos;s regression test</source>
        <translation>Test de régression d’Egger</translation>
    </message>
    <message>
        <source>Begg&apos;s rank correlation</source>
        <translation>Corrélation des rangs de Begg</translation>
    </message>
    <message>
        <source>Trim-and-fill (L0)</source>
        <translation>Trim-and-fill (L0)</translation>
    </message>
    <message>
        <source>%1 imputed on the %2 side; %3 [%4, %5]</source>
        <translation>%1 imputée(s) du côté %2&#xa0;; %3 [%4; %5]</translation>
    </message>
    <message>
        <source>left</source>
        <translation>gauche</translation>
    </message>
    <message>
        <source>right</source>
        <translation>droit</translation>
    </message>
    <message>
        <source>Forest plot</source>
        <translation>Forest plot</translation>
    </message>
    <message>
        <source>Funnel plot</source>
        <translation>Funnel plot</translation>
    </message>
    <message>
        <source>Subgroups</source>
        <translation>Sous-groupes</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Leave-one-out</source>
        <translation>Leave-one-out</translation>
    </message>
    <message>
        <source>Without</source>
        <translation>Sans</translation>
    </message>
    <message>
        <source>Starting level: %1.</source>
        <translation>Niveau de départ&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation>Jugement</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>not assessable</source>
        <translation>non évaluable</translation>
    </message>
    <message>
        <source>Reviewer&apos;s judgement (suggested %1): %2</source>
        <translation>Jugement des relecteurs (suggéré&#xa0;: %1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Proposed by EvidenceDesk from the review question and the gaps in the evidence; not yet edited by the reviewer.</source>
        <translation>Proposé par EvidenceDesk à partir de la question de la revue et des lacunes des preuves&#xa0;; pas encore modifié par les relecteurs.</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>Outcome and follow-up</source>
        <translation>Critère de jugement et suivi</translation>
    </message>
    <message>
        <source>the Knapp-Hartung adjustment (t distribution with k − 1 degrees of freedom)</source>
        <translation>l’ajustement de Knapp-Hartung (loi t à k − 1 degrés de liberté)</translation>
    </message>
    <message>
        <source>the normal distribution</source>
        <translation>la loi normale</translation>
    </message>
    <message>
        <source> Subgroups (%1) were analysed separately and compared with a test for subgroup differences.</source>
        <translation> Les sous-groupes (%1) ont été analysés séparément et comparés par un test des différences entre sous-groupes.</translation>
    </message>
    <message>
        <source>No synthesis was computed.</source>
        <translation>Aucune synthèse n’a été calculée.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>%1: cannot write the report: %2</source>
        <translation>%1&#xa0;: impossible d’écrire le rapport&#xa0;: %2</translation>
    </message>
    <message>
        <source>Test for subgroup differences: Q = %1, df = %2, p %3</source>
        <translation>Test des différences entre sous-groupes&#xa0;: Q = %1, ddl = %2, p %3</translation>
    </message>
    <message>
        <source>Effect sizes were computed as %1 (with 0.5 added to every cell of a 2×2 table containing a zero) and pooled with %2, using inverse-variance weights. Confidence intervals use %3 at the %4% level; the prediction interval uses the same critical value with τ² added to the variance. Heterogeneity is reported as Cochran&apos;s Q, I² and H² as defined in metafor, and τ² with its Q-profile confidence interval. Small-study effects were examined with Egger&apos;s regression test (the standard error as moderator in the same model), Begg&apos;s rank correlation test and trim-and-fill (L0 estimator). Leave-one-out analyses refit the model without each study in turn.%5 Certainty was rated with GRADE. Computations by EvidenceDesk %6, whose engine agrees with metafor 3.8-1 to a relative 1e-6 on every reported quantity.</source>
        <translation>Les tailles d’effet ont été calculées comme %1 (en ajoutant 0,5 à chaque case d’un tableau 2×2 contenant un zéro) et combinées avec %2, avec des poids en inverse de la variance. Les intervalles de confiance utilisent %3 au niveau de %4&#xa0;%&#xa0;; l’intervalle de prédiction utilise la même valeur critique en ajoutant τ² à la variance. L’hétérogénéité est rapportée par le Q de Cochran, I² et H² tels que définis dans metafor, et τ² avec son intervalle de confiance par profil Q. Les effets des petites études ont été examinés par le test de régression d’Egger (l’erreur type comme modérateur dans le même modèle), le test de corrélation des rangs de Begg et le trim-and-fill (estimateur L0). Les analyses leave-one-out réajustent le modèle en retirant chaque étude tour à tour.%5 La certitude a été évaluée avec GRADE. Calculs par EvidenceDesk %6, dont le moteur concorde avec metafor 3.8-1 à 1e-6 près en valeur relative pour chaque quantité rapportée.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a label and its value</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the parts of a list</comment>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>stance</source>
        <translation>position</translation>
    </message>
    <message>
        <source>design</source>
        <translation>plan d’étude</translation>
    </message>
    <message>
        <source>cannot write the PDF</source>
        <translation>impossible d’écrire le PDF</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n stud(ies); %1; %2% confidence intervals (%3).</source>
        <translation>
            <numerusform>%n étude ; %1 ; intervalles de confiance à %2 % (%3).</numerusform>
            <numerusform>%n études ; %1 ; intervalles de confiance à %2 % (%3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Excluded from the synthesis</source>
        <translation>Exclues de la synthèse</translation>
    </message>
    <message>
        <source>Why excluded</source>
        <translation>Motif d’exclusion</translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>aucun motif indiqué</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Références</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Critère :</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Claims of this review</source>
        <translation>Affirmations de cette revue</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Études</translation>
    </message>
    <message>
        <source>Pooled effect [CI]</source>
        <translation>Effet combiné [IC]</translation>
    </message>
    <message>
        <source>Certainty</source>
        <translation>Certitude</translation>
    </message>
    <message>
        <source>not estimable</source>
        <translation>non estimable</translation>
    </message>
    <message>
        <source>(%1 CI)</source>
        <translation>(IC à %1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>The review&apos;s other claims</source>
        <translation>Les autres affirmations de la revue</translation>
    </message>
    <message>
        <source>Each claim of the review with its outcome, its synthesis and the certainty of its evidence; the sections above report the first.</source>
        <translation>Chaque affirmation de la revue avec son critère, sa synthèse et la certitude de ses preuves ; les sections ci-dessus traitent la première.</translation>
    </message>
    <message>
        <source>No pooled estimate: %1</source>
        <translation>Pas d&apos;estimation combinée : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n stud(ies); pooled %1 %2 %3 (%4 CI), p %5; I² = %6.</source>
        <translation>
            <numerusform>%n étude ; combiné %1 %2 %3 (IC à %4), p %5 ; I² = %6.</numerusform>
            <numerusform>%n études ; combiné %1 %2 %3 (IC à %4), p %5 ; I² = %6.</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary of findings</source>
        <translation>Résumé des résultats</translation>
    </message>
    <message>
        <source>Risk of bias</source>
        <translation>Risque de biais</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No study of the synthesis has a risk-of-bias judgement for this outcome yet; GRADE&apos;s risk of bias is therefore not assessed.</source>
        <translation>Aucune étude de la synthèse n&apos;a encore de jugement du risque de biais pour ce critère de jugement ; le risque de biais de GRADE n&apos;est donc pas évalué.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the %1 studies of the synthesis are appraised for this outcome (RoB 2: %2, ROBINS-I: %3).</source>
        <translation>
            <numerusform>%n des %1 études de la synthèse est évaluée pour ce critère de jugement (RoB 2 : %2, ROBINS-I : %3).</numerusform>
            <numerusform>%n des %1 études de la synthèse sont évaluées pour ce critère de jugement (RoB 2 : %2, ROBINS-I : %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Risk of bias of each study</source>
        <translation>Risque de biais de chaque étude</translation>
    </message>
    <message>
        <source>Risk of bias across studies</source>
        <translation>Risque de biais sur l&apos;ensemble des études</translation>
    </message>
</context>
<context>
    <name>ReviewFileText</name>
    <message>
        <source>not a regular file (a folder, a pipe or a device)</source>
        <translation>pas un fichier ordinaire (un dossier, un tube ou un périphérique)</translation>
    </message>
    <message>
        <source>this is the file the command reads; it was not changed</source>
        <translation>c’est le fichier que la commande lit&#xa0;; il n’a pas été modifié</translation>
    </message>
    <message>
        <source>an output may not be written over a review (*.evidence); it was not changed</source>
        <translation>une sortie ne peut pas écraser une revue (*.evidence)&#xa0;; elle n’a pas été modifiée</translation>
    </message>
    <message>
        <source>the file system is read-only: the review can be read, not changed</source>
        <translation>le système de fichiers est en lecture seule&#xa0;: la revue peut être lue, pas modifiée</translation>
    </message>
    <message>
        <source>the disk is full: nothing was changed</source>
        <translation>le disque est plein&#xa0;: rien n’a été modifié</translation>
    </message>
    <message>
        <source>the folder is read-only (a review needs to write files beside it): the review can be read, not changed</source>
        <translation>le dossier est en lecture seule (une revue doit écrire des fichiers à côté d’elle)&#xa0;: la revue peut être lue, pas modifiée</translation>
    </message>
    <message>
        <source>the file is read-only: the review can be read, not changed</source>
        <translation>le fichier est en lecture seule&#xa0;: la revue peut être lue, pas modifiée</translation>
    </message>
</context>
<context>
    <name>ReviewStoreText</name>
    <message>
        <source>unknown database error</source>
        <translation>erreur de base de données inconnue</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1&#xa0;: fichier introuvable</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1&#xa0;: impossible de lire&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: not an EvidenceDesk review (not a database file)</source>
        <translation>%1&#xa0;: pas une revue EvidenceDesk (pas un fichier de base de données)</translation>
    </message>
    <message>
        <source>%1: cannot be opened: %2</source>
        <translation>%1&#xa0;: ne peut pas être ouvert&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the review file is damaged (%2)</source>
        <translation>%1&#xa0;: le fichier de la revue est endommagé (%2)</translation>
    </message>
    <message>
        <source>%1: not an EvidenceDesk review (a database of another program)</source>
        <translation>%1&#xa0;: pas une revue EvidenceDesk (la base de données d’un autre programme)</translation>
    </message>
    <message>
        <source>%1: the review was written by a newer EvidenceDesk (file format %2; this version reads up to %3). Open it with a newer EvidenceDesk; it was not changed.</source>
        <translation>%1&#xa0;: la revue a été écrite par un EvidenceDesk plus récent (format de fichier %2&#xa0;; cette version lit jusqu’à %3). Ouvrez-la avec un EvidenceDesk plus récent&#xa0;; elle n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>%1: not an EvidenceDesk review (no schema version)</source>
        <translation>%1&#xa0;: pas une revue EvidenceDesk (pas de version de schéma)</translation>
    </message>
    <message>
        <source>%1: cannot be opened for writing: %2</source>
        <translation>%1&#xa0;: ne peut pas être ouvert en écriture&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: a file of that name exists already</source>
        <translation>%1&#xa0;: un fichier de ce nom existe déjà</translation>
    </message>
    <message>
        <source>%1: cannot create the review: %2</source>
        <translation>%1&#xa0;: impossible de créer la revue&#xa0;: %2</translation>
    </message>
    <message>
        <source>the SQLite driver gives no connection handle</source>
        <translation>le pilote SQLite ne fournit pas de descripteur de connexion</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>no study with id %1</source>
        <translation>aucune étude avec l’identifiant %1</translation>
    </message>
    <message>
        <source>%1: the review cannot be read (%2)</source>
        <translation>%1 : la revue ne peut pas être lue (%2)</translation>
    </message>
    <message>
        <source>%1: the review holds an unknown %2 &apos;%3&apos;</source>
        <translation>%1 : la revue contient une valeur inconnue pour %2 : &apos;%3&apos;</translation>
    </message>
    <message>
        <source>assertion</source>
        <translation>affirmation</translation>
    </message>
    <message>
        <source>stance</source>
        <translation>position</translation>
    </message>
    <message>
        <source>effect measure</source>
        <translation>mesure d’effet</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <source>%1: cannot be read (no room for a copy to recover it in)</source>
        <translation>%1&#xa0;: ne peut pas être lu (pas de place pour une copie où le récupérer)</translation>
    </message>
    <message>
        <source>%1: the file %2 beside it belongs to another database (a copy or a restore without its partner?); nothing was changed. Move that file away to open the review as it was last saved.</source>
        <translation>%1&#xa0;: le fichier %2 à côté appartient à une autre base de données (une copie ou une restauration sans son partenaire&#xa0;?)&#xa0;; rien n’a été modifié. Déplacez ce fichier pour ouvrir la revue telle qu’elle a été enregistrée en dernier.</translation>
    </message>
    <message>
        <source>%1: the review could not be read in its older format: %2</source>
        <translation>%1&#xa0;: la revue n’a pas pu être lue dans son ancien format&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: cannot be opened for writing</source>
        <translation>%1&#xa0;: ne peut pas être ouvert en écriture</translation>
    </message>
    <message>
        <source>outcome type</source>
        <translation>type de critère</translation>
    </message>
    <message>
        <source>outcome field</source>
        <translation>champ du critère</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>the review has no study with id %1</source>
        <translation>la revue n&apos;a pas d&apos;étude d&apos;identifiant %1</translation>
    </message>
    <message>
        <source>already in the review, nothing new</source>
        <translation>déjà dans la revue, rien de nouveau</translation>
    </message>
    <message>
        <source>the same study as line %1</source>
        <translation>la même étude que la ligne %1</translation>
    </message>
    <message>
        <source>no outcome with id %1</source>
        <translation>aucun critère d&apos;identifiant %1</translation>
    </message>
    <message>
        <source>risk-of-bias tool</source>
        <translation>outil de risque de biais</translation>
    </message>
    <message>
        <source>risk-of-bias judgement</source>
        <translation>jugement du risque de biais</translation>
    </message>
    <message>
        <source>risk-of-bias domain</source>
        <translation>domaine du risque de biais</translation>
    </message>
    <message numerus="yes">
        <source>risk of bias: %1 has %n domain(s)</source>
        <translation>
            <numerusform>risque de biais : %1 a %n domaine</numerusform>
            <numerusform>risque de biais : %1 a %n domaines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RiskOfBias</name>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Some concerns</source>
        <translation>Quelques préoccupations</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Modéré</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation>Grave</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>No information</source>
        <translation>Pas d’information</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>Bias arising from the randomisation process</source>
        <translation>Biais lié au processus de randomisation</translation>
    </message>
    <message>
        <source>1.1 Was the allocation sequence random?</source>
        <translation>1.1 La séquence d&apos;allocation était-elle aléatoire ?</translation>
    </message>
    <message>
        <source>1.2 Was the allocation sequence concealed until participants were enrolled and assigned to interventions?</source>
        <translation>1.2 La séquence d&apos;allocation a-t-elle été dissimulée jusqu&apos;à l&apos;inclusion des participants et leur affectation aux interventions ?</translation>
    </message>
    <message>
        <source>1.3 Did baseline differences between intervention groups suggest a problem with the randomisation process?</source>
        <translation>1.3 Les différences initiales entre les groupes suggéraient-elles un problème dans le processus de randomisation ?</translation>
    </message>
    <message>
        <source>Bias due to deviations from intended interventions</source>
        <translation>Biais dû aux écarts par rapport aux interventions prévues</translation>
    </message>
    <message>
        <source>2.1 Were participants aware of their assigned intervention during the trial?</source>
        <translation>2.1 Les participants connaissaient-ils l&apos;intervention qui leur était attribuée pendant l&apos;essai ?</translation>
    </message>
    <message>
        <source>2.2 Were carers and people delivering the interventions aware of participants&apos; assigned intervention during the trial?</source>
        <translation>2.2 Les soignants et les personnes délivrant les interventions connaissaient-ils l&apos;intervention attribuée aux participants pendant l&apos;essai ?</translation>
    </message>
    <message>
        <source>2.3 Were there deviations from the intended intervention that arose because of the trial context?</source>
        <translation>2.3 Y a-t-il eu des écarts par rapport à l&apos;intervention prévue dus au contexte de l&apos;essai ?</translation>
    </message>
    <message>
        <source>2.4 Were these deviations likely to have affected the outcome?</source>
        <translation>2.4 Ces écarts ont-ils probablement affecté le critère de jugement ?</translation>
    </message>
    <message>
        <source>2.5 Were these deviations from intended intervention balanced between groups?</source>
        <translation>2.5 Ces écarts par rapport à l&apos;intervention prévue étaient-ils équilibrés entre les groupes ?</translation>
    </message>
    <message>
        <source>2.6 Was an appropriate analysis used to estimate the effect of assignment to intervention?</source>
        <translation>2.6 Une analyse appropriée a-t-elle été utilisée pour estimer l&apos;effet de l&apos;affectation à l&apos;intervention ?</translation>
    </message>
    <message>
        <source>2.7 Was there potential for a substantial impact (on the result) of the failure to analyse participants in the group to which they were randomised?</source>
        <translation>2.7 Le fait de ne pas analyser les participants dans le groupe où ils avaient été randomisés pouvait-il avoir un impact important (sur le résultat) ?</translation>
    </message>
    <message>
        <source>Bias due to missing outcome data</source>
        <translation>Biais dû aux données manquantes du critère de jugement</translation>
    </message>
    <message>
        <source>3.1 Were data for this outcome available for all, or nearly all, participants randomised?</source>
        <translation>3.1 Les données de ce critère étaient-elles disponibles pour tous, ou presque tous, les participants randomisés ?</translation>
    </message>
    <message>
        <source>3.2 Is there evidence that the result was not biased by missing outcome data?</source>
        <translation>3.2 Existe-t-il des éléments montrant que le résultat n&apos;a pas été biaisé par les données manquantes ?</translation>
    </message>
    <message>
        <source>3.3 Could missingness in the outcome depend on its true value?</source>
        <translation>3.3 L&apos;absence de données du critère pouvait-elle dépendre de sa vraie valeur ?</translation>
    </message>
    <message>
        <source>3.4 Is it likely that missingness in the outcome depended on its true value?</source>
        <translation>3.4 Est-il probable que l&apos;absence de données du critère ait dépendu de sa vraie valeur ?</translation>
    </message>
    <message>
        <source>Bias in measurement of the outcome</source>
        <translation>Biais dans la mesure du critère de jugement</translation>
    </message>
    <message>
        <source>4.1 Was the method of measuring the outcome inappropriate?</source>
        <translation>4.1 La méthode de mesure du critère de jugement était-elle inappropriée ?</translation>
    </message>
    <message>
        <source>4.2 Could measurement or ascertainment of the outcome have differed between intervention groups?</source>
        <translation>4.2 La mesure ou la détermination du critère a-t-elle pu différer entre les groupes ?</translation>
    </message>
    <message>
        <source>4.3 Were outcome assessors aware of the intervention received by study participants?</source>
        <translation>4.3 Les évaluateurs du critère connaissaient-ils l&apos;intervention reçue par les participants ?</translation>
    </message>
    <message>
        <source>4.4 Could assessment of the outcome have been influenced by knowledge of intervention received?</source>
        <translation>4.4 L&apos;évaluation du critère a-t-elle pu être influencée par la connaissance de l&apos;intervention reçue ?</translation>
    </message>
    <message>
        <source>4.5 Is it likely that assessment of the outcome was influenced by knowledge of intervention received?</source>
        <translation>4.5 Est-il probable que l&apos;évaluation du critère ait été influencée par la connaissance de l&apos;intervention reçue ?</translation>
    </message>
    <message>
        <source>Bias in selection of the reported result</source>
        <translation>Biais dans la sélection du résultat rapporté</translation>
    </message>
    <message>
        <source>5.1 Were the data that produced this result analysed in accordance with a pre-specified analysis plan that was finalised before unblinded outcome data were available for analysis?</source>
        <translation>5.1 Les données ayant produit ce résultat ont-elles été analysées selon un plan d&apos;analyse préétabli, finalisé avant que les données non masquées ne soient disponibles pour l&apos;analyse ?</translation>
    </message>
    <message>
        <source>5.2 Is the numerical result being assessed likely to have been selected, on the basis of the results, from multiple eligible outcome measurements (e.g. scales, definitions, time points) within the outcome domain?</source>
        <translation>5.2 Le résultat numérique évalué a-t-il probablement été sélectionné, d&apos;après les résultats, parmi plusieurs mesures éligibles du critère (p. ex. échelles, définitions, temps de mesure) dans le domaine du critère ?</translation>
    </message>
    <message>
        <source>5.3 Is the numerical result being assessed likely to have been selected, on the basis of the results, from multiple eligible analyses of the data?</source>
        <translation>5.3 Le résultat numérique évalué a-t-il probablement été sélectionné, d&apos;après les résultats, parmi plusieurs analyses éligibles des données ?</translation>
    </message>
    <message>
        <source>Bias due to confounding</source>
        <translation>Biais dû à la confusion</translation>
    </message>
    <message>
        <source>1.1 Is there potential for confounding of the effect of intervention in this study?</source>
        <translation>1.1 Existe-t-il un risque de confusion de l&apos;effet de l&apos;intervention dans cette étude ?</translation>
    </message>
    <message>
        <source>1.2 Was the analysis based on splitting participants&apos; follow-up time according to intervention received?</source>
        <translation>1.2 L&apos;analyse reposait-elle sur le découpage du temps de suivi des participants selon l&apos;intervention reçue ?</translation>
    </message>
    <message>
        <source>1.3 Were intervention discontinuations or switches likely to be related to factors that are prognostic for the outcome?</source>
        <translation>1.3 Les arrêts ou changements d&apos;intervention étaient-ils probablement liés à des facteurs pronostiques du critère de jugement ?</translation>
    </message>
    <message>
        <source>1.4 Did the authors use an appropriate analysis method that controlled for all the important confounding domains?</source>
        <translation>1.4 Les auteurs ont-ils utilisé une méthode d&apos;analyse appropriée contrôlant tous les domaines de confusion importants ?</translation>
    </message>
    <message>
        <source>1.5 Were confounding domains that were controlled for measured validly and reliably by the variables available in this study?</source>
        <translation>1.5 Les domaines de confusion contrôlés ont-ils été mesurés de façon valide et fiable par les variables disponibles dans cette étude ?</translation>
    </message>
    <message>
        <source>1.6 Did the authors control for any post-intervention variables that could have been affected by the intervention?</source>
        <translation>1.6 Les auteurs ont-ils contrôlé des variables postérieures à l&apos;intervention qui auraient pu être affectées par celle-ci ?</translation>
    </message>
    <message>
        <source>1.7 Did the authors use an appropriate analysis method that adjusted for all the important confounding domains and for time-varying confounding?</source>
        <translation>1.7 Les auteurs ont-ils utilisé une méthode d&apos;analyse appropriée ajustant sur tous les domaines de confusion importants et sur la confusion variant dans le temps ?</translation>
    </message>
    <message>
        <source>1.8 Were confounding domains that were adjusted for measured validly and reliably by the variables available in this study?</source>
        <translation>1.8 Les domaines de confusion ajustés ont-ils été mesurés de façon valide et fiable par les variables disponibles dans cette étude ?</translation>
    </message>
    <message>
        <source>Bias in selection of participants into the study</source>
        <translation>Biais dans la sélection des participants de l&apos;étude</translation>
    </message>
    <message>
        <source>2.1 Was selection of participants into the study (or into the analysis) based on participant characteristics observed after the start of intervention?</source>
        <translation>2.1 La sélection des participants dans l&apos;étude (ou dans l&apos;analyse) reposait-elle sur des caractéristiques observées après le début de l&apos;intervention ?</translation>
    </message>
    <message>
        <source>2.2 Were the post-intervention variables that influenced selection likely to be associated with intervention?</source>
        <translation>2.2 Les variables postérieures à l&apos;intervention ayant influencé la sélection étaient-elles probablement associées à l&apos;intervention ?</translation>
    </message>
    <message>
        <source>2.3 Were the post-intervention variables that influenced selection likely to be influenced by the outcome or a cause of the outcome?</source>
        <translation>2.3 Les variables postérieures à l&apos;intervention ayant influencé la sélection étaient-elles probablement influencées par le critère de jugement ou par une de ses causes ?</translation>
    </message>
    <message>
        <source>2.4 Do start of follow-up and start of intervention coincide for most participants?</source>
        <translation>2.4 Le début du suivi et le début de l&apos;intervention coïncident-ils pour la plupart des participants ?</translation>
    </message>
    <message>
        <source>2.5 Were adjustment techniques used that are likely to correct for the presence of selection biases?</source>
        <translation>2.5 Des techniques d&apos;ajustement susceptibles de corriger les biais de sélection ont-elles été utilisées ?</translation>
    </message>
    <message>
        <source>Bias in classification of interventions</source>
        <translation>Biais dans la classification des interventions</translation>
    </message>
    <message>
        <source>3.1 Were intervention groups clearly defined?</source>
        <translation>3.1 Les groupes d&apos;intervention étaient-ils clairement définis ?</translation>
    </message>
    <message>
        <source>3.2 Was the information used to define intervention groups recorded at the start of the intervention?</source>
        <translation>3.2 L&apos;information servant à définir les groupes d&apos;intervention a-t-elle été recueillie au début de l&apos;intervention ?</translation>
    </message>
    <message>
        <source>3.3 Could classification of intervention status have been affected by knowledge of the outcome or risk of the outcome?</source>
        <translation>3.3 La classification du statut d&apos;intervention a-t-elle pu être affectée par la connaissance du critère de jugement ou de son risque ?</translation>
    </message>
    <message>
        <source>4.1 Were there deviations from the intended intervention beyond what would be expected in usual practice?</source>
        <translation>4.1 Y a-t-il eu des écarts par rapport à l&apos;intervention prévue au-delà de ce qui est attendu en pratique courante ?</translation>
    </message>
    <message>
        <source>4.2 Were these deviations from intended intervention unbalanced between groups and likely to have affected the outcome?</source>
        <translation>4.2 Ces écarts par rapport à l&apos;intervention prévue étaient-ils déséquilibrés entre les groupes et ont-ils probablement affecté le critère de jugement ?</translation>
    </message>
    <message>
        <source>4.3 Were important co-interventions balanced across intervention groups?</source>
        <translation>4.3 Les co-interventions importantes étaient-elles équilibrées entre les groupes d&apos;intervention ?</translation>
    </message>
    <message>
        <source>4.4 Was the intervention implemented successfully for most participants?</source>
        <translation>4.4 L&apos;intervention a-t-elle été mise en œuvre avec succès chez la plupart des participants ?</translation>
    </message>
    <message>
        <source>4.5 Did study participants adhere to the assigned intervention regimen?</source>
        <translation>4.5 Les participants ont-ils adhéré au schéma d&apos;intervention attribué ?</translation>
    </message>
    <message>
        <source>4.6 Was an appropriate analysis used to estimate the effect of starting and adhering to the intervention?</source>
        <translation>4.6 Une analyse appropriée a-t-elle été utilisée pour estimer l&apos;effet du début et du maintien de l&apos;intervention ?</translation>
    </message>
    <message>
        <source>Bias due to missing data</source>
        <translation>Biais dû aux données manquantes</translation>
    </message>
    <message>
        <source>5.1 Were outcome data available for all, or nearly all, participants?</source>
        <translation>5.1 Les données du critère étaient-elles disponibles pour tous, ou presque tous, les participants ?</translation>
    </message>
    <message>
        <source>5.2 Were participants excluded due to missing data on intervention status?</source>
        <translation>5.2 Des participants ont-ils été exclus faute de données sur le statut d&apos;intervention ?</translation>
    </message>
    <message>
        <source>5.3 Were participants excluded due to missing data on other variables needed for the analysis?</source>
        <translation>5.3 Des participants ont-ils été exclus faute de données sur d&apos;autres variables nécessaires à l&apos;analyse ?</translation>
    </message>
    <message>
        <source>5.4 Are the proportion of participants and reasons for missing data similar across interventions?</source>
        <translation>5.4 La proportion de participants et les raisons des données manquantes sont-elles similaires entre les interventions ?</translation>
    </message>
    <message>
        <source>5.5 Is there evidence that results were robust to the presence of missing data?</source>
        <translation>5.5 Existe-t-il des éléments montrant que les résultats étaient robustes aux données manquantes ?</translation>
    </message>
    <message>
        <source>Bias in measurement of outcomes</source>
        <translation>Biais dans la mesure des critères de jugement</translation>
    </message>
    <message>
        <source>6.1 Could the outcome measure have been influenced by knowledge of the intervention received?</source>
        <translation>6.1 La mesure du critère a-t-elle pu être influencée par la connaissance de l&apos;intervention reçue ?</translation>
    </message>
    <message>
        <source>6.2 Were outcome assessors aware of the intervention received by study participants?</source>
        <translation>6.2 Les évaluateurs du critère connaissaient-ils l&apos;intervention reçue par les participants ?</translation>
    </message>
    <message>
        <source>6.3 Were the methods of outcome assessment comparable across intervention groups?</source>
        <translation>6.3 Les méthodes d&apos;évaluation du critère étaient-elles comparables entre les groupes d&apos;intervention ?</translation>
    </message>
    <message>
        <source>6.4 Were any systematic errors in measurement of the outcome related to intervention received?</source>
        <translation>6.4 Des erreurs systématiques de mesure du critère étaient-elles liées à l&apos;intervention reçue ?</translation>
    </message>
    <message>
        <source>7.1 Is the reported effect estimate likely to be selected, on the basis of the results, from multiple outcome measurements within the outcome domain?</source>
        <translation>7.1 L&apos;estimation de l&apos;effet rapportée a-t-elle probablement été sélectionnée, d&apos;après les résultats, parmi plusieurs mesures du critère dans le domaine du critère ?</translation>
    </message>
    <message>
        <source>7.2 Is the reported effect estimate likely to be selected, on the basis of the results, from multiple analyses of the intervention-outcome relationship?</source>
        <translation>7.2 L&apos;estimation de l&apos;effet rapportée a-t-elle probablement été sélectionnée, d&apos;après les résultats, parmi plusieurs analyses de la relation entre intervention et critère ?</translation>
    </message>
    <message>
        <source>7.3 Is the reported effect estimate likely to be selected, on the basis of the results, from different subgroups?</source>
        <translation>7.3 L&apos;estimation de l&apos;effet rapportée a-t-elle probablement été sélectionnée, d&apos;après les résultats, parmi différents sous-groupes ?</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
</context>
<context>
    <name>RobPlotText</name>
    <message>
        <source>%1 judgements</source>
        <translation>Jugements %1</translation>
    </message>
    <message>
        <source>%1 domains</source>
        <translation>Domaines %1</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domaines</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Étude</translation>
    </message>
    <message>
        <source>%1: share of the weight at each judgement</source>
        <translation>%1 : part du poids à chaque jugement</translation>
    </message>
</context>
<context>
    <name>SofText</name>
    <message>
        <source>%1, %2 (the reviewer&apos;s judgement): %3</source>
        <translation>%1, %2 (jugement de l’auteur de la revue) : %3</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2 : %3</translation>
    </message>
    <message>
        <source>%1 CI</source>
        <translation>IC à %1</translation>
    </message>
    <message>
        <source>CI</source>
        <translation>IC</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>№ of participants (studies)</source>
        <translation>Nº de participants (études)</translation>
    </message>
    <message>
        <source>Certainty of the evidence (GRADE)</source>
        <translation>Certitude des preuves (GRADE)</translation>
    </message>
    <message>
        <source>Relative effect (%1)</source>
        <translation>Effet relatif (%1)</translation>
    </message>
    <message>
        <source>Risk with the comparator</source>
        <translation>Risque avec le comparateur</translation>
    </message>
    <message>
        <source>Difference with the intervention (%1)</source>
        <translation>Différence avec l’intervention (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln fewer per %1</source>
        <translation>
            <numerusform>%Ln de moins pour %1</numerusform>
            <numerusform>%Ln de moins pour %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more per %1</source>
        <translation>
            <numerusform>%Ln de plus pour %1</numerusform>
            <numerusform>%Ln de plus pour %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln fewer</source>
        <comment>an end of an interval of differences per 1,000</comment>
        <translation>
            <numerusform>%Ln de moins</numerusform>
            <numerusform>%Ln de moins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more</source>
        <comment>an end of an interval of differences per 1,000</comment>
        <translation>
            <numerusform>%Ln de plus</numerusform>
            <numerusform>%Ln de plus</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 lower</source>
        <translation>%1 de moins</translation>
    </message>
    <message>
        <source>%1 higher</source>
        <translation>%1 de plus</translation>
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
            <numerusform>non rapporté (%n étude)</numerusform>
            <numerusform>non rapporté (%n études)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n stud(ies))</source>
        <translation>
            <numerusform>%1 (%n étude)</numerusform>
            <numerusform>%1 (%n études)</numerusform>
        </translation>
    </message>
    <message>
        <source>not estimable</source>
        <translation>non estimable</translation>
    </message>
    <message>
        <source>%1 %2 (%3 to %4)</source>
        <comment>measure, estimate, interval</comment>
        <translation>%1 %2 (%3 à %4)</translation>
    </message>
    <message>
        <source>%1 per %2</source>
        <comment>a risk per 1,000</comment>
        <translation>%1 pour %2</translation>
    </message>
    <message>
        <source>%1 %2 (%3 to %4)</source>
        <comment>measure, difference, interval</comment>
        <translation>%1 %2 (%3 à %4)</translation>
    </message>
    <message>
        <source>%1 (from %2 to %3)</source>
        <comment>a difference per 1,000 and its interval</comment>
        <translation>%1 (de %2 à %3)</translation>
    </message>
    <message>
        <source>The risk with the comparator is the median risk in the comparator groups of the included studies, or the reviewer&apos;s (marked †). The difference with the intervention and its interval follow from that risk and the pooled relative effect with its interval; a risk difference or a mean difference is as pooled. Certainty of the evidence (GRADE): ⊕⊕⊕⊕ high, ⊕⊕⊕◯ moderate, ⊕⊕◯◯ low, ⊕◯◯◯ very low.</source>
        <translation>Le risque avec le comparateur est le risque médian des groupes comparateurs des études incluses, ou celui fixé par l’auteur de la revue (marqué †). La différence avec l’intervention et son intervalle découlent de ce risque et de l’effet relatif combiné avec son intervalle ; une différence de risques ou une différence de moyennes est donnée telle que combinée. Certitude des preuves (GRADE) : ⊕⊕⊕⊕ élevée, ⊕⊕⊕◯ modérée, ⊕⊕◯◯ faible, ⊕◯◯◯ très faible.</translation>
    </message>
    <message>
        <source>Summary of findings</source>
        <translation>Résumé des résultats</translation>
    </message>
    <message>
        <source>Summary of findings: %1</source>
        <translation>Résumé des résultats : %1</translation>
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
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a label and its value</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>impossible d’écrire : %1</translation>
    </message>
</context>
<context>
    <name>Stance</name>
    <message>
        <source>Supporting</source>
        <translation>En appui</translation>
    </message>
    <message>
        <source>Contradicting</source>
        <translation>En contradiction</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutre</translation>
    </message>
    <message>
        <source>Not tagged</source>
        <translation>Non classée</translation>
    </message>
</context>
<context>
    <name>Study</name>
    <message>
        <source>Untitled study</source>
        <translation>Étude sans titre</translation>
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
        <translation>impossible d’ouvrir&#xa0;: %1</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 (byte 0x%1)</source>
        <translation>le texte n’est pas de l’UTF-8 valide (octet 0x%1)</translation>
    </message>
    <message>
        <source>a line is longer than %1 MB</source>
        <translation>une ligne dépasse %1 Mo</translation>
    </message>
</context>
<context>
    <name>evidencedesk::CertaintyPanel</name>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggéré</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Your judgement</source>
        <translation>Votre jugement</translation>
    </message>
    <message>
        <source>Plain-language conclusion (edit to word it your way; empty returns to the suggestion)</source>
        <translation>Conclusion en langage simple (modifiez-la à votre façon&#xa0;; vide, elle revient à la suggestion)</translation>
    </message>
    <message>
        <source>Use the suggested conclusion</source>
        <translation>Utiliser la conclusion suggérée</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Certainty: %1 %2&lt;/b&gt;&lt;br&gt;Starting level %3: %4&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Certitude&#xa0;: %1 %2&lt;/b&gt;&lt;br&gt;Niveau de départ %3&#xa0;: %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>not assessable</source>
        <translation>non évaluable</translation>
    </message>
    <message>
        <source>As suggested</source>
        <translation>Comme suggéré</translation>
    </message>
    <message>
        <source>Why do you judge %1 differently? (required)</source>
        <translation>Pourquoi jugez-vous %1 autrement&#xa0;? (obligatoire)</translation>
    </message>
    <message>
        <source>Your justification</source>
        <translation>Votre justification</translation>
    </message>
    <message>
        <source>Your justification (%1): %2</source>
        <translation>Votre justification (%1) : %2</translation>
    </message>
</context>
<context>
    <name>evidencedesk::ClaimPanel</name>
    <message>
        <source>Claim</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <source>The claims of this review</source>
        <translation>Les affirmations de cette revue</translation>
    </message>
    <message>
        <source>New claim…</source>
        <translation>Nouvelle affirmation…</translation>
    </message>
    <message>
        <source>not specified</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <source>an increase</source>
        <translation>une augmentation</translation>
    </message>
    <message>
        <source>a decrease</source>
        <translation>une diminution</translation>
    </message>
    <message>
        <source>no meaningful difference</source>
        <translation>aucune différence notable</translation>
    </message>
    <message>
        <source>What the claim asserts about the outcome; each study&apos;s own effect is judged against it.</source>
        <translation>Ce que l’affirmation soutient sur le critère de jugement&#xa0;; l’effet propre de chaque étude est jugé par rapport à elle.</translation>
    </message>
    <message>
        <source>Asserts</source>
        <translation>Soutient</translation>
    </message>
    <message>
        <source>Refine claim…</source>
        <translation>Préciser l’affirmation…</translation>
    </message>
    <message>
        <source>Refinement history</source>
        <translation>Historique des précisions</translation>
    </message>
    <message>
        <source>Review question</source>
        <translation>Question de la revue</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
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
        <translation>Comparateur</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Critère de jugement</translation>
    </message>
    <message>
        <source>This review has no claim yet. Use “New claim…” to state one.</source>
        <translation>Cette revue n’a pas encore d’affirmation. Utilisez «&#xa0;Nouvelle affirmation…&#xa0;» pour en formuler une.</translation>
    </message>
    <message>
        <source>New claim</source>
        <translation>Nouvelle affirmation</translation>
    </message>
    <message>
        <source>State the claim:</source>
        <translation>Formulez l’affirmation&#xa0;:</translation>
    </message>
    <message>
        <source>Original (%1):
%2</source>
        <translation>Originale (%1) :
%2</translation>
    </message>
    <message>
        <source>Version %1 (%2):
%3
Why refined: %4</source>
        <translation>Version %1 (%2) :
%3
Pourquoi affinée : %4</translation>
    </message>
    <message>
        <source>The outcome this claim is about; the Data tab holds each outcome&apos;s data.</source>
        <translation>Le critère dont traite cette affirmation ; l&apos;onglet Données contient les données de chaque critère.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Porte sur</translation>
    </message>
    <message>
        <source>no outcome yet</source>
        <translation>pas encore de critère</translation>
    </message>
    <message>
        <source>The smallest effect that matters, on the analysis scale (log scale for ratios): GRADE rates imprecision against it, a new trial is sized for it, and a no-difference claim counts effects within it as no meaningful difference. At 0 the measure&apos;s default applies.</source>
        <translation>Le plus petit effet qui compte, sur l’échelle d’analyse (échelle log pour les rapports)&#xa0;: GRADE évalue l’imprécision par rapport à lui, un nouvel essai est dimensionné pour lui, et une affirmation d’absence de différence compte les effets en deçà comme aucune différence notable. À 0, la valeur par défaut de la mesure s’applique.</translation>
    </message>
    <message>
        <source>Minimal important difference</source>
        <translation>Différence minimale importante</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>défaut&#xa0;: %1</translation>
    </message>
    <message>
        <source>not set (no default for this measure)</source>
        <translation>non fixée (pas de valeur par défaut pour cette mesure)</translation>
    </message>
</context>
<context>
    <name>evidencedesk::ConversionDialog</name>
    <message>
        <source>Convert reported results: %1</source>
        <translation>Convertir les résultats publiés : %1</translation>
    </message>
    <message>
        <source>An estimate with its confidence interval</source>
        <translation>Une estimation avec son intervalle de confiance</translation>
    </message>
    <message>
        <source>An estimate with its p-value</source>
        <translation>Une estimation avec sa valeur p</translation>
    </message>
    <message>
        <source>A mean with its standard error</source>
        <translation>Une moyenne avec son erreur standard</translation>
    </message>
    <message>
        <source>A median with the quartiles (IQR)</source>
        <translation>Une médiane avec les quartiles (IIQ)</translation>
    </message>
    <message>
        <source>A median with the range (minimum, maximum)</source>
        <translation>Une médiane avec l&apos;étendue (minimum, maximum)</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <source>Comparator</source>
        <translation>Comparateur</translation>
    </message>
    <message>
        <source>The paper reports</source>
        <translation>L&apos;article rapporte</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Use these values</source>
        <translation>Utiliser ces valeurs</translation>
    </message>
    <message>
        <source>Estimate (as a ratio)</source>
        <translation>Estimation (en rapport)</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimation</translation>
    </message>
    <message>
        <source>Lower bound</source>
        <translation>Borne inférieure</translation>
    </message>
    <message>
        <source>Upper bound</source>
        <translation>Borne supérieure</translation>
    </message>
    <message>
        <source>Level (%)</source>
        <translation>Niveau (%)</translation>
    </message>
    <message>
        <source>p-value (two-sided)</source>
        <translation>Valeur p (bilatérale)</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Standard error of the mean</source>
        <translation>Erreur standard de la moyenne</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>First quartile</source>
        <translation>Premier quartile</translation>
    </message>
    <message>
        <source>Third quartile</source>
        <translation>Troisième quartile</translation>
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
        <translation>Saisissez les nombres que donne l&apos;article.</translation>
    </message>
    <message>
        <source>Estimate and SE from the %1% confidence interval (Cochrane Handbook 6.3.2).</source>
        <translation>Estimation et ES à partir de l&apos;intervalle de confiance à %1 % (Cochrane Handbook 6.3.2).</translation>
    </message>
    <message>
        <source>SE from the estimate and its p-value, p = %1 (Altman &amp; Bland 2011).</source>
        <translation>ES à partir de l&apos;estimation et de sa valeur p, p = %1 (Altman &amp; Bland 2011).</translation>
    </message>
    <message>
        <source>Estimate %1, standard error %2%3.</source>
        <translation>Estimation %1, erreur standard %2%3.</translation>
    </message>
    <message>
        <source> (log scale)</source>
        <translation> (échelle log)</translation>
    </message>
    <message>
        <source>SD of the %1 group from the SE of its mean: SD = SE √n (Cochrane Handbook 6.5.2.2).</source>
        <translation>ET du groupe « %1 » à partir de l&apos;ES de sa moyenne : ET = ES √n (Cochrane Handbook 6.5.2.2).</translation>
    </message>
    <message>
        <source>Mean %1, SD %2, N %3.</source>
        <translation>Moyenne %1, ET %2, N %3.</translation>
    </message>
    <message>
        <source>Mean and SD of the %1 group estimated from the median and quartiles (mean: Luo et al. 2018; SD: Wan et al. 2014).</source>
        <translation>Moyenne et ET du groupe « %1 » estimées à partir de la médiane et des quartiles (moyenne : Luo et al. 2018 ; ET : Wan et al. 2014).</translation>
    </message>
    <message>
        <source>Mean and SD of the %1 group estimated from the median and range (mean: Luo et al. 2018; SD: Wan et al. 2014).</source>
        <translation>Moyenne et ET du groupe « %1 » estimées à partir de la médiane et de l&apos;étendue (moyenne : Luo et al. 2018 ; ET : Wan et al. 2014).</translation>
    </message>
    <message>
        <source>Estimated mean %1, SD %2, N %3.</source>
        <translation>Moyenne estimée %1, ET %2, N %3.</translation>
    </message>
    <message>
        <source>These numbers give no result (check their order and that they are possible).</source>
        <translation>Ces nombres ne donnent aucun résultat (vérifiez leur ordre et qu&apos;ils sont possibles).</translation>
    </message>
</context>
<context>
    <name>evidencedesk::DataGridModel</name>
    <message>
        <source>Study</source>
        <translation>Étude</translation>
    </message>
    <message>
        <source>%1 [%2 CI]</source>
        <translation>%1 [IC à %2]</translation>
    </message>
    <message>
        <source>metafor&apos;s escalc column: %1</source>
        <translation>colonne escalc de metafor : %1</translation>
    </message>
    <message>
        <source>%1, %2: </source>
        <translation>%1, %2 : </translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>« %1 » n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation>Modifier %1 de %2</translation>
    </message>
    <message>
        <source>Select the data cell where the block&apos;s top-left value goes.</source>
        <translation>Sélectionnez la cellule de données où va la valeur en haut à gauche du bloc.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n row(s)</source>
        <translation>
            <numerusform>Coller %n ligne</numerusform>
            <numerusform>Coller %n lignes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>evidencedesk::DataGridPanel</name>
    <message>
        <source>The outcome whose data the grid shows</source>
        <translation>Le critère dont la grille montre les données</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Critère :</translation>
    </message>
    <message>
        <source>New Outcome…</source>
        <translation>Nouveau critère…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 data. The current claim is about this outcome.</source>
        <translation>Données : %1. L&apos;affirmation courante porte sur ce critère.</translation>
    </message>
    <message>
        <source>%1 data.</source>
        <translation>Données : %1.</translation>
    </message>
    <message>
        <source>No outcome yet: add one to choose the kind of data, or type estimates and standard errors and the review&apos;s first outcome starts with them.</source>
        <translation>Pas encore de critère : ajoutez-en un pour choisir le type de données, ou saisissez des estimations et des erreurs standard et le premier critère de la revue commencera avec elles.</translation>
    </message>
    <message>
        <source>Convert…</source>
        <translation>Convertir…</translation>
    </message>
    <message>
        <source>Enter what the paper reports (a confidence interval, a p-value, a standard error, a median with quartiles or range) for the selected study; the values are converted and the conversion noted with the study</source>
        <translation>Saisissez ce que l&apos;article rapporte pour l&apos;étude sélectionnée (un intervalle de confiance, une valeur p, une erreur standard, une médiane avec quartiles ou étendue) ; les valeurs sont converties et la conversion notée avec l&apos;étude</translation>
    </message>
    <message>
        <source>Select the study whose reported results to convert.</source>
        <translation>Sélectionnez l&apos;étude dont les résultats publiés sont à convertir.</translation>
    </message>
</context>
<context>
    <name>evidencedesk::GoldStandardPanel</name>
    <message>
        <source>Design</source>
        <translation>Plan</translation>
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
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Critère de jugement</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Why / notes</source>
        <translation>Pourquoi / notes</translation>
    </message>
    <message>
        <source>Propose from the evidence</source>
        <translation>Proposer à partir des preuves</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Edit gold-standard evidence</source>
        <translation>Modifier les preuves de référence</translation>
    </message>
    <message>
        <source>The studies that would prove or disprove the claim, strongest design first.</source>
        <translation>Les études qui prouveraient ou réfuteraient l’affirmation, le plan le plus solide en premier.</translation>
    </message>
    <message>
        <source>Propose gold-standard evidence</source>
        <translation>Proposer des preuves de référence</translation>
    </message>
    <message>
        <source>Add gold-standard evidence</source>
        <translation>Ajouter une preuve de référence</translation>
    </message>
    <message>
        <source>Delete gold-standard evidence</source>
        <translation>Supprimer une preuve de référence</translation>
    </message>
    <message>
        <source>Reorder gold-standard evidence</source>
        <translation>Réordonner les preuves de référence</translation>
    </message>
    <message>
        <source>The list is empty: “Propose from the evidence” starts one from the review question and the gaps in the evidence, for you to edit.</source>
        <translation>La liste est vide&#xa0;: «&#xa0;Proposer à partir des preuves&#xa0;» en crée une à partir de la question de la revue et des lacunes des preuves, à modifier ensuite.</translation>
    </message>
</context>
<context>
    <name>evidencedesk::ImportPreviewDialog</name>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new stud(ies)</source>
        <translation>
            <numerusform>%n nouvelle étude</numerusform>
            <numerusform>%n nouvelles études</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stud(ies) of the review filled in</source>
        <translation>
            <numerusform>%n étude de la revue complétée</numerusform>
            <numerusform>%n études de la revue complétées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the review with nothing new</source>
        <translation>
            <numerusform>%n déjà dans la revue sans rien de nouveau</numerusform>
            <numerusform>%n déjà dans la revue sans rien de nouveau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeated record(s) skipped</source>
        <translation>
            <numerusform>%n enregistrement répété ignoré</numerusform>
            <numerusform>%n enregistrements répétés ignorés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in %1: </source>
        <translation>
            <numerusform>%n enregistrement dans %1 : </numerusform>
            <numerusform>%n enregistrements dans %1 : </numerusform>
        </translation>
    </message>
    <message>
        <source>Outcome data go to “%1”.</source>
        <translation>Les données du critère vont à « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) in the file differ from what the review holds. Replace them with the file&apos;s, or cancel and correct the file.</source>
        <translation>
            <numerusform>%n valeur du fichier diffère de la revue. Remplacez-la par celle du fichier, ou annulez et corrigez le fichier.</numerusform>
            <numerusform>%n valeurs du fichier diffèrent de la revue. Remplacez-les par celles du fichier, ou annulez et corrigez le fichier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Étude</translation>
    </message>
    <message>
        <source>What the import does</source>
        <translation>Ce que fait l&apos;import</translation>
    </message>
    <message>
        <source>conflict in %1: the review holds “%2”, the file “%3”</source>
        <translation>conflit sur %1 : la revue a « %2 », le fichier « %3 »</translation>
    </message>
    <message>
        <source>fills in the study (%1)</source>
        <translation>complète l&apos;étude (%1)</translation>
    </message>
    <message>
        <source>already in the review (%1), nothing new</source>
        <translation>déjà dans la revue (%1), rien de nouveau</translation>
    </message>
    <message>
        <source>new study</source>
        <translation>nouvelle étude</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>ignoré : %1</translation>
    </message>
    <message>
        <source>Replace the review&apos;s values with the file&apos;s where they differ</source>
        <translation>Remplacer les valeurs de la revue par celles du fichier là où elles diffèrent</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
</context>
<context>
    <name>evidencedesk::MainWindow</name>
    <message>
        <source>Open a review (File ▸ Open) or start a new one (File ▸ New).</source>
        <translation>Ouvrez une revue (Fichier ▸ Ouvrir) ou commencez-en une nouvelle (Fichier ▸ Nouveau).</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>&amp;Import Studies…</source>
        <translation>&amp;Importer des études…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Export Studies…</source>
        <translation>&amp;Exporter les études…</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>Exporter le &amp;rapport…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
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
        <translation>Retirer le classement</translation>
    </message>
    <message>
        <source>Tag as %1</source>
        <translation>Classer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Edit &amp;Study…</source>
        <translation>Modifier l’é&amp;tude…</translation>
    </message>
    <message>
        <source>&amp;Delete Studies</source>
        <translation>&amp;Supprimer les études</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About EvidenceDesk</source>
        <translation>À &amp;propos d’EvidenceDesk</translation>
    </message>
    <message>
        <source>Cannot open the review</source>
        <translation>Impossible d’ouvrir la revue</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir&#xa0;: %1</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>La modification n’a pas été enregistrée</translation>
    </message>
    <message>
        <source>Writing the review file failed: %1</source>
        <translation>L’écriture du fichier de la revue a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Filter by author, title or year</source>
        <translation>Filtrer par auteur, titre ou année</translation>
    </message>
    <message>
        <source>All designs</source>
        <translation>Tous les plans</translation>
    </message>
    <message>
        <source>All stances</source>
        <translation>Toutes les positions</translation>
    </message>
    <message>
        <source>Included only</source>
        <translation>Incluses seulement</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Études</translation>
    </message>
    <message>
        <source>Mechanisms</source>
        <translation>Mécanismes</translation>
    </message>
    <message>
        <source>Certainty (GRADE)</source>
        <translation>Certitude (GRADE)</translation>
    </message>
    <message>
        <source>Gold standard</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>The plot was not exported</source>
        <translation>Le graphique n’a pas été exporté</translation>
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
        <translation>En appui (%1) · En contradiction (%2) · Neutres (%3) · Non classées (%4)</translation>
    </message>
    <message>
        <source>Include in synthesis</source>
        <translation>Inclure dans la synthèse</translation>
    </message>
    <message>
        <source>Exclude from synthesis</source>
        <translation>Exclure de la synthèse</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Writing study %1…</source>
        <translation>Écriture de l’étude %1…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Import annulé&#xa0;: rien n’a été importé.</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Rien n’a été importé</translation>
    </message>
    <message>
        <source>%1

The review is unchanged. Correct the file and import it again.</source>
        <translation>%1

La revue est inchangée. Corrigez le fichier et importez-le à nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped.</source>
        <translation>
            <numerusform>%n doublon ignoré.</numerusform>
            <numerusform>%n doublons ignorés.</numerusform>
        </translation>
    </message>
    <message>
        <source>New review</source>
        <translation>Nouvelle revue</translation>
    </message>
    <message>
        <source>EvidenceDesk reviews (*.evidence)</source>
        <translation>Revues EvidenceDesk (*.evidence)</translation>
    </message>
    <message>
        <source>Cannot create the review</source>
        <translation>Impossible de créer la revue</translation>
    </message>
    <message>
        <source>%1 cannot be replaced.</source>
        <translation>%1 ne peut pas être remplacé.</translation>
    </message>
    <message>
        <source>Open review</source>
        <translation>Ouvrir une revue</translation>
    </message>
    <message>
        <source>EvidenceDesk reviews (*.evidence);;All files (*)</source>
        <translation>Revues EvidenceDesk (*.evidence);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>Impossible d’enregistrer une copie</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>Copie enregistrée sous %1</translation>
    </message>
    <message>
        <source>Import studies</source>
        <translation>Importer des études</translation>
    </message>
    <message>
        <source>Export studies</source>
        <translation>Exporter les études</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>report.pdf</source>
        <translation>rapport.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Écriture du rapport…</translation>
    </message>
    <message>
        <source>Report cancelled: no file was written.</source>
        <translation>Rapport annulé&#xa0;: aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>The report was not written</source>
        <translation>Le rapport n’a pas été écrit</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Rapport écrit dans %1</translation>
    </message>
    <message>
        <source>About EvidenceDesk</source>
        <translation>À propos d’EvidenceDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;EvidenceDesk %1&lt;/h3&gt;&lt;p&gt;Evidence synthesis for systematic reviewers.&lt;/p&gt;&lt;p&gt;Qt %2 · Boost %3 · SQLite %4&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later&lt;/p&gt;</source>
        <translation>&lt;h3&gt;EvidenceDesk %1&lt;/h3&gt;&lt;p&gt;Synthèse des preuves pour les revues systématiques.&lt;/p&gt;&lt;p&gt;Qt %2 · Boost %3 · SQLite %4&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Add Study…</source>
        <translation>&amp;Ajouter une étude…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>New study</source>
        <translation>Nouvelle étude</translation>
    </message>
    <message>
        <source>Add study</source>
        <translation>Ajouter une étude</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>Delete studies</source>
        <translation>Supprimer des études</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n stud(ies) from the review? Edit ▸ Undo brings them back.</source>
        <translation>
            <numerusform>Supprimer %n étude de la revue ? Édition ▸ Annuler la rétablit.</numerusform>
            <numerusform>Supprimer %n études de la revue ? Édition ▸ Annuler les rétablit.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo in the Review</source>
        <translation>&amp;Annuler dans la revue</translation>
    </message>
    <message>
        <source>&amp;Undo in the Review: %1</source>
        <translation>&amp;Annuler dans la revue : %1</translation>
    </message>
    <message>
        <source>&amp;Redo in the Review</source>
        <translation>&amp;Rétablir dans la revue</translation>
    </message>
    <message>
        <source>&amp;Redo in the Review: %1</source>
        <translation>&amp;Rétablir dans la revue : %1</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Select a study to read its citation and abstract here.</source>
        <translation>Sélectionnez une étude pour lire ici sa référence et son résumé.</translation>
    </message>
    <message>
        <source>Excluded from the synthesis: %1</source>
        <translation>Exclue de la synthèse : %1</translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>aucun motif indiqué</translation>
    </message>
    <message>
        <source>No abstract.</source>
        <translation>Pas de résumé.</translation>
    </message>
    <message>
        <source>wrong population</source>
        <translation>mauvaise population</translation>
    </message>
    <message>
        <source>wrong intervention</source>
        <translation>mauvaise intervention</translation>
    </message>
    <message>
        <source>wrong comparator</source>
        <translation>mauvais comparateur</translation>
    </message>
    <message>
        <source>wrong outcome</source>
        <translation>mauvais critère de jugement</translation>
    </message>
    <message>
        <source>wrong study design</source>
        <translation>mauvais plan d’étude</translation>
    </message>
    <message>
        <source>no usable outcome data</source>
        <translation>pas de données exploitables</translation>
    </message>
    <message>
        <source>duplicate publication</source>
        <translation>publication en double</translation>
    </message>
    <message numerus="yes">
        <source>Why excluded (%n stud(ies))? The report lists the reason.</source>
        <translation>
            <numerusform>Pourquoi exclue (%n étude) ? Le rapport en indique le motif.</numerusform>
            <numerusform>Pourquoi exclues (%n études) ? Le rapport en indique le motif.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exclude from synthesis…</source>
        <translation>Exclure de la synthèse…</translation>
    </message>
    <message>
        <source>Line %1: %2 — %3</source>
        <translation>Ligne %1 : %2 — %3</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new stud(ies) from %1.</source>
        <translation>
            <numerusform>%n nouvelle étude importée de %1.</numerusform>
            <numerusform>%n nouvelles études importées de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stud(ies) of the review filled in from the file.</source>
        <translation>
            <numerusform>%n étude de la revue complétée à partir du fichier.</numerusform>
            <numerusform>%n études de la revue complétées à partir du fichier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) already in the review, nothing new.</source>
        <translation>
            <numerusform>%n enregistrement déjà dans la revue, rien de nouveau.</numerusform>
            <numerusform>%n enregistrements déjà dans la revue, rien de nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>filled in (%1)</source>
        <translation>complété (%1)</translation>
    </message>
    <message>
        <source>already in the review (%1), nothing new</source>
        <translation>déjà dans la revue (%1), rien de nouveau</translation>
    </message>
    <message>
        <source>Studies (*.csv *.ris *.bib *.nbib);;CSV with effect data (*.csv);;RIS (*.ris);;BibTeX (*.bib);;PubMed MEDLINE (*.nbib *.medline)</source>
        <translation>Études (*.csv *.ris *.bib *.nbib);;CSV avec données d&apos;effet (*.csv);;RIS (*.ris);;BibTeX (*.bib);;PubMed MEDLINE (*.nbib *.medline)</translation>
    </message>
    <message>
        <source>Export Summary of &amp;Findings…</source>
        <translation>Exporter le ré&amp;sumé des résultats…</translation>
    </message>
    <message>
        <source>Summary of findings</source>
        <translation>Résumé des résultats</translation>
    </message>
    <message>
        <source>Export summary of findings</source>
        <translation>Exporter le résumé des résultats</translation>
    </message>
    <message>
        <source>summary-of-findings.html</source>
        <translation>resume-des-resultats.html</translation>
    </message>
    <message>
        <source>HTML for journals (*.html);;CSV (*.csv)</source>
        <translation>HTML pour les revues (*.html);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>The summary of findings was not exported</source>
        <translation>Le résumé des résultats n’a pas été exporté</translation>
    </message>
    <message>
        <source>Summary of findings written to %1</source>
        <translation>Résumé des résultats écrit dans %1</translation>
    </message>
    <message>
        <source>Risk of bias</source>
        <translation>Risque de biais</translation>
    </message>
</context>
<context>
    <name>evidencedesk::MechanismEditor</name>
    <message>
        <source>Mechanisms</source>
        <translation>Mécanismes</translation>
    </message>
    <message>
        <source>Add alternative</source>
        <translation>Ajouter une alternative</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Make most probable</source>
        <translation>Rendre le plus probable</translation>
    </message>
    <message>
        <source>Plain-language summary</source>
        <translation>Résumé en langage simple</translation>
    </message>
    <message>
        <source>Chain of steps (double-click to edit)</source>
        <translation>Chaîne d’étapes (double-clic pour modifier)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Retirer l’étape</translation>
    </message>
    <message>
        <source>Edit mechanism step</source>
        <translation>Modifier une étape du mécanisme</translation>
    </message>
    <message>
        <source>Most probable</source>
        <translation>Le plus probable</translation>
    </message>
    <message>
        <source>Alternative %1</source>
        <translation>Alternative %1</translation>
    </message>
    <message>
        <source>Edit mechanism summary</source>
        <translation>Modifier le résumé du mécanisme</translation>
    </message>
    <message>
        <source>Reorder mechanism steps</source>
        <translation>Réordonner les étapes du mécanisme</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Nouvelle étape</translation>
    </message>
    <message>
        <source>Add mechanism step</source>
        <translation>Ajouter une étape au mécanisme</translation>
    </message>
    <message>
        <source>Remove mechanism step</source>
        <translation>Retirer une étape du mécanisme</translation>
    </message>
    <message>
        <source>Describe the mechanism in plain language.</source>
        <translation>Décrivez le mécanisme en langage simple.</translation>
    </message>
    <message>
        <source>Add mechanism</source>
        <translation>Ajouter un mécanisme</translation>
    </message>
    <message>
        <source>Remove mechanism</source>
        <translation>Retirer un mécanisme</translation>
    </message>
    <message>
        <source>Promote mechanism</source>
        <translation>Promouvoir le mécanisme</translation>
    </message>
    <message>
        <source>Describe the most probable mechanism in plain language.</source>
        <translation>Décrivez le mécanisme le plus probable en langage simple.</translation>
    </message>
</context>
<context>
    <name>evidencedesk::OutcomeDialog</name>
    <message>
        <source>New outcome</source>
        <translation>Nouveau critère</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Critère : %1</translation>
    </message>
    <message>
        <source>e.g. any fracture at 12 months</source>
        <translation>p. ex. toute fracture à 12 mois</translation>
    </message>
    <message>
        <source>e.g. 12 months</source>
        <translation>p. ex. 12 mois</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Time point</source>
        <translation>Temps de mesure</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>The review has an outcome of this name.</source>
        <translation>La revue a déjà un critère de ce nom.</translation>
    </message>
</context>
<context>
    <name>evidencedesk::PlotWidget</name>
    <message>
        <source>Exclude %1 from the synthesis</source>
        <translation>Exclure %1 de la synthèse</translation>
    </message>
    <message>
        <source>Export plot…</source>
        <translation>Exporter le graphique…</translation>
    </message>
    <message>
        <source>Export plot</source>
        <translation>Exporter le graphique</translation>
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
        <translation>SVG (*.svg);;PDF (*.pdf);;Image PNG (*.png)</translation>
    </message>
    <message>
        <source>Resolution (dots per inch):</source>
        <translation>Résolution (points par pouce)&#xa0;:</translation>
    </message>
    <message>
        <source>No study of the synthesis has a risk-of-bias judgement for this outcome yet.</source>
        <translation>Aucune étude de la synthèse n&apos;a encore de jugement du risque de biais pour ce critère de jugement.</translation>
    </message>
    <message>
        <source>risk-of-bias-traffic-light.svg</source>
        <translation>risque-de-biais-feux.svg</translation>
    </message>
    <message>
        <source>risk-of-bias-summary.svg</source>
        <translation>risque-de-biais-synthese.svg</translation>
    </message>
</context>
<context>
    <name>evidencedesk::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Default synthesis for new claims</source>
        <translation>Synthèse par défaut des nouvelles affirmations</translation>
    </message>
    <message>
        <source>Effect measure</source>
        <translation>Mesure d’effet</translation>
    </message>
    <message>
        <source>τ² estimator</source>
        <translation>Estimateur de τ²</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Confidence level</source>
        <translation>Niveau de confiance</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>A new language applies when EvidenceDesk next starts.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage d’EvidenceDesk.</translation>
    </message>
    <message>
        <source>From the studies&apos; data</source>
        <translation>D’après les données des études</translation>
    </message>
</context>
<context>
    <name>evidencedesk::RefineDialog</name>
    <message>
        <source>Refine claim</source>
        <translation>Préciser l’affirmation</translation>
    </message>
    <message>
        <source>Refined claim:</source>
        <translation>Affirmation précisée&#xa0;:</translation>
    </message>
    <message>
        <source>Why refined (required): which evidence made the claim narrower or broader?</source>
        <translation>Pourquoi précisée (obligatoire)&#xa0;: quelles preuves ont rendu l’affirmation plus étroite ou plus large&#xa0;?</translation>
    </message>
</context>
<context>
    <name>evidencedesk::ReviewDocument</name>
    <message>
        <source>reviewer</source>
        <translation>relecteur</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message numerus="yes">
        <source>Include %n stud(ies)</source>
        <translation>
            <numerusform>Inclure %n étude</numerusform>
            <numerusform>Inclure %n études</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exclude %n stud(ies)</source>
        <translation>
            <numerusform>Exclure %n étude</numerusform>
            <numerusform>Exclure %n études</numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <source>Edit claim</source>
        <translation>Modifier l’affirmation</translation>
    </message>
    <message>
        <source>Change synthesis settings</source>
        <translation>Modifier les paramètres de la synthèse</translation>
    </message>
    <message>
        <source>Edit review question</source>
        <translation>Modifier la question de la revue</translation>
    </message>
    <message>
        <source>Change GRADE judgement</source>
        <translation>Modifier le jugement GRADE</translation>
    </message>
    <message>
        <source>The undo could not be written (%1). The review is unchanged; the undo history was cleared so that it cannot undo the wrong edit.</source>
        <translation>L’annulation n’a pas pu être écrite (%1). La revue est inchangée ; l’historique d’annulation a été vidé pour qu’il n’annule pas la mauvaise modification.</translation>
    </message>
    <message>
        <source>Add outcome %1</source>
        <translation>Ajouter le critère %1</translation>
    </message>
    <message>
        <source>Edit outcome</source>
        <translation>Modifier le critère</translation>
    </message>
    <message>
        <source>Claim about %1</source>
        <translation>Affirmation sur %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>Convert data of %1</source>
        <translation>Convertir les données de %1</translation>
    </message>
    <message>
        <source>%1: the review changed since the import was planned (another program added studies); nothing was imported. Reopen the review and import the file again.</source>
        <translation>%1 : la revue a changé depuis que l&apos;import a été préparé (un autre programme a ajouté des études) ; rien n&apos;a été importé. Rouvrez la revue et importez le fichier à nouveau.</translation>
    </message>
    <message>
        <source>Use the median risk with the comparator</source>
        <translation>Utiliser le risque médian avec le comparateur</translation>
    </message>
    <message>
        <source>Set the risk with the comparator</source>
        <translation>Fixer le risque avec le comparateur</translation>
    </message>
</context>
<context>
    <name>evidencedesk::RiskOfBiasPanel</name>
    <message>
        <source>Study</source>
        <translation>Étude</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>&amp;Tool:</source>
        <translation>&amp;Outil :</translation>
    </message>
    <message>
        <source>RoB 2 for randomised trials, ROBINS-I for non-randomised studies; it follows the study&apos;s design until you choose</source>
        <translation>RoB 2 pour les essais randomisés, ROBINS-I pour les études non randomisées ; il suit le plan de l&apos;étude jusqu&apos;à ce que vous choisissiez</translation>
    </message>
    <message>
        <source>Traffic-light plot</source>
        <translation>Graphique en feux tricolores</translation>
    </message>
    <message>
        <source>Summary plot (share of the weight)</source>
        <translation>Graphique de synthèse (part du poids)</translation>
    </message>
    <message>
        <source>Export plot…</source>
        <translation>Exporter le graphique…</translation>
    </message>
    <message>
        <source>Risk of bias for the outcome “%1”</source>
        <translation>Risque de biais pour le critère de jugement « %1 »</translation>
    </message>
    <message>
        <source>The claim is about no outcome yet: enter its data in the Data tab, then appraise its studies here.</source>
        <translation>L&apos;affirmation ne porte encore sur aucun critère de jugement : saisissez ses données dans l&apos;onglet Données, puis évaluez ici ses études.</translation>
    </message>
    <message>
        <source>Support for the judgement</source>
        <translation>Justification du jugement</translation>
    </message>
    <message>
        <source>Select a study to appraise it.</source>
        <translation>Sélectionnez une étude pour l’évaluer.</translation>
    </message>
    <message>
        <source>&amp;Overall</source>
        <translation>&amp;Global</translation>
    </message>
    <message>
        <source>Overall not given: the domains make it %1.</source>
        <translation>Jugement global non indiqué : les domaines le rendent %1.</translation>
    </message>
    <message>
        <source>Overall: low only if every domain is low; otherwise at least as serious as the most serious domain.</source>
        <translation>Global : faible seulement si chaque domaine est faible ; sinon au moins aussi grave que le domaine le plus grave.</translation>
    </message>
    <message>
        <source>Risk of bias of %1</source>
        <translation>Risque de biais de %1</translation>
    </message>
    <message>
        <source>Appraisal</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Plot</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>The overall judgement cannot be less serious than a domain: it counts as %1.</source>
        <translation>Le jugement global ne peut pas être moins grave qu’un domaine : il compte comme %1.</translation>
    </message>
</context>
<context>
    <name>evidencedesk::StudyDialog</name>
    <message>
        <source>Study: %1</source>
        <translation>Étude&#xa0;: %1</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Last, First; Last, First</source>
        <translation>Nom, Prénom; Nom, Prénom</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Auteurs</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Revue</translation>
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
        <translation>Plan et qualité</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>non noté</translation>
    </message>
    <message>
        <source>e.g. RoB 2, ROBINS-I, Newcastle-Ottawa</source>
        <translation>p. ex. RoB 2, ROBINS-I, Newcastle-Ottawa</translation>
    </message>
    <message>
        <source>Included in the synthesis</source>
        <translation>Incluse dans la synthèse</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Quality tool</source>
        <translation>Outil d’évaluation</translation>
    </message>
    <message>
        <source>Outcome data (metafor&apos;s escalc columns)</source>
        <translation>Données de résultat (colonnes d’escalc de metafor)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas un nombre</translation>
    </message>
    <message>
        <source>The study needs a title or authors.</source>
        <translation>L’étude a besoin d’un titre ou d’auteurs.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No %1 effect from these data yet.</source>
        <translation>Pas encore d’effet %1 à partir de ces données.</translation>
    </message>
    <message>
        <source>Quality score (0–100)</source>
        <translation>Note de qualité (0–100)</translation>
    </message>
    <message>
        <source>%1 = %2 %3 (%4 CI; variance %5)</source>
        <translation>%1 = %2 %3 (IC à %4 ; variance %5)</translation>
    </message>
    <message>
        <source>e.g. wrong population; the report lists it</source>
        <translation>p. ex. mauvaise population ; le rapport l’indique</translation>
    </message>
    <message>
        <source>Why excluded</source>
        <translation>Motif d’exclusion</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Data for “%1” (metafor&apos;s escalc columns)</source>
        <translation>Données de « %1 » (colonnes escalc de metafor)</translation>
    </message>
</context>
<context>
    <name>evidencedesk::StudyTableModel</name>
    <message>
        <source>The study&apos;s own effect and confidence interval suggest “%1”, but it is tagged “%2”.</source>
        <translation>L’effet propre de l’étude et son intervalle de confiance suggèrent «&#xa0;%1&#xa0;», mais elle est classée «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Étude</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Data suggest</source>
        <translation>Selon les données</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Incluse</translation>
    </message>
    <message>
        <source>Effect [%1 CI]</source>
        <translation>Effet [IC à %1]</translation>
    </message>
</context>
<context>
    <name>evidencedesk::SummaryOfFindingsPanel</name>
    <message>
        <source> per %1</source>
        <comment>a risk per 1,000</comment>
        <translation> pour %1</translation>
    </message>
    <message>
        <source>Use the median (%1 per %2)</source>
        <translation>Utiliser la médiane (%1 pour %2)</translation>
    </message>
    <message>
        <source>Use the median</source>
        <translation>Utiliser la médiane</translation>
    </message>
    <message>
        <source>Risk with the comparator for %1:</source>
        <translation>Risque avec le comparateur pour %1 :</translation>
    </message>
    <message>
        <source>Select a claim with dichotomous data to set its risk with the comparator.</source>
        <translation>Sélectionnez une affirmation avec des données dichotomiques pour fixer son risque avec le comparateur.</translation>
    </message>
</context>
<context>
    <name>evidencedesk::SynthesisPanel</name>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Subgroups</source>
        <translation>Sous-groupes</translation>
    </message>
    <message>
        <source>Order studies</source>
        <translation>Ordonner les études</translation>
    </message>
    <message>
        <source>As entered</source>
        <translation>Ordre de saisie</translation>
    </message>
    <message>
        <source>By effect</source>
        <translation>Par effet</translation>
    </message>
    <message>
        <source>By weight</source>
        <translation>Par poids</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>Par année</translation>
    </message>
    <message>
        <source>By stance</source>
        <translation>Par position</translation>
    </message>
    <message>
        <source>Forest plot columns</source>
        <translation>Colonnes du forest plot</translation>
    </message>
    <message>
        <source>Equal-effects diamond too</source>
        <translation>Losange de l’effet commun aussi</translation>
    </message>
    <message>
        <source>Funnel: significance contours</source>
        <translation>Funnel&#xa0;: contours de significativité</translation>
    </message>
    <message>
        <source>Funnel: Egger&apos;s regression line</source>
        <translation>Funnel&#xa0;: droite de régression d’Egger</translation>
    </message>
    <message>
        <source>Favours labels</source>
        <translation>Libellés «&#xa0;En faveur de&#xa0;»</translation>
    </message>
    <message>
        <source>Left of the null line:</source>
        <translation>À gauche de la ligne nulle&#xa0;:</translation>
    </message>
    <message>
        <source>Right of the null line:</source>
        <translation>À droite de la ligne nulle&#xa0;:</translation>
    </message>
    <message>
        <source>Export plot…</source>
        <translation>Exporter le graphique…</translation>
    </message>
    <message>
        <source>Plot options</source>
        <translation>Options du graphique</translation>
    </message>
    <message>
        <source>Forest plot</source>
        <translation>Forest plot</translation>
    </message>
    <message>
        <source>Funnel plot</source>
        <translation>Funnel plot</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Mise à jour…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>No analysis yet.</source>
        <translation>Pas encore d’analyse.</translation>
    </message>
    <message>
        <source>The estimation did not converge; no result is shown.</source>
        <translation>L’estimation n’a pas convergé&#xa0;; aucun résultat n’est affiché.</translation>
    </message>
    <message>
        <source>equal-effects</source>
        <translation>à effet commun</translation>
    </message>
    <message>
        <source>random-effects (%1)</source>
        <translation>à effets aléatoires (%1)</translation>
    </message>
    <message>
        <source>Prediction interval %1 to %2: where the effect of a new study would be expected to lie.</source>
        <translation>Intervalle de prédiction de %1 à %2&#xa0;: où l’on s’attendrait à trouver l’effet d’une nouvelle étude.</translation>
    </message>
    <message>
        <source>Heterogeneity: τ² = %1</source>
        <translation>Hétérogénéité&#xa0;: τ² = %1</translation>
    </message>
    <message>
        <source>; I² = %1%</source>
        <translation>&#xa0;; I² = %1&#xa0;%</translation>
    </message>
    <message>
        <source>; Q = %1 (df %2), p %3.</source>
        <translation>&#xa0;; Q = %1 (ddl %2), p %3.</translation>
    </message>
    <message numerus="yes">
        <source>Trim-and-fill: %n stud(ies) imputed, </source>
        <translation>
            <numerusform>Trim-and-fill&#xa0;: %n étude imputée, </numerusform>
            <numerusform>Trim-and-fill&#xa0;: %n études imputées, </numerusform>
        </translation>
    </message>
    <message>
        <source>adjusted estimate %1 [%2, %3].</source>
        <translation>estimation ajustée %1 [%2; %3].</translation>
    </message>
    <message>
        <source>Subgroups:</source>
        <translation>Sous-groupes&#xa0;:</translation>
    </message>
    <message>
        <source>Test for subgroup differences: Q = %1 (df %2), p %3.</source>
        <translation>Test des différences entre sous-groupes&#xa0;: Q = %1 (ddl %2), p %3.</translation>
    </message>
    <message>
        <source>No plot: the estimation did not converge.</source>
        <translation>Pas de graphique&#xa0;: l’estimation n’a pas convergé.</translation>
    </message>
    <message>
        <source>Colour studies by stance (with a legend)</source>
        <translation>Colorer les études selon la position (avec légende)</translation>
    </message>
    <message>
        <source>“Favours” labels of this claim…</source>
        <translation>Libellés « en faveur » de cette affirmation…</translation>
    </message>
    <message numerus="yes">
        <source>%n stud(ies); %1 model; %2% confidence interval; p %3.</source>
        <translation>
            <numerusform>%n étude ; modèle à %1 ; intervalle de confiance à %2 % ; p %3.</numerusform>
            <numerusform>%n études ; modèle à %1 ; intervalle de confiance à %2 % ; p %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>With a single study there is no prediction interval and no test of heterogeneity: both need at least two studies.</source>
        <translation>Avec une seule étude, il n’y a ni intervalle de prédiction ni test d’hétérogénéité : tous deux exigent au moins deux études.</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>omis</translation>
    </message>
    <message>
        <source>needs at least three studies</source>
        <translation>exige au moins trois études</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>non disponible</translation>
    </message>
    <message>
        <source>Egger&apos;s test: p %1 (limit estimate %2).</source>
        <translation>Test d’Egger : p %1 (estimation limite %2).</translation>
    </message>
    <message>
        <source>Egger&apos;s test: %1.</source>
        <translation>Test d’Egger : %1.</translation>
    </message>
    <message>
        <source>Begg&apos;s test: Kendall&apos;s τ = %1, p %2.</source>
        <translation>Test de Begg : τ de Kendall = %1, p %2.</translation>
    </message>
    <message>
        <source>Begg&apos;s test: %1.</source>
        <translation>Test de Begg : %1.</translation>
    </message>
    <message>
        <source>Trim-and-fill: %1.</source>
        <translation>Trim-and-fill : %1.</translation>
    </message>
    <message>
        <source>Chosen from the studies&apos; data until you pick a measure</source>
        <translation>Choisie d’après les données des études jusqu’à ce que vous choisissiez une mesure</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Evidence synthesis for systematic reviewers</source>
        <translation>Synthèse des preuves pour les revues systématiques</translation>
    </message>
    <message>
        <source>The review file to open (*.evidence).</source>
        <translation>Le fichier de revue à ouvrir (*.evidence).</translation>
    </message>
</context>
</TS>
