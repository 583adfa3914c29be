<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AnalysisFormatText</name>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <source>Equal-Effects Model (k = %1)</source>
        <translation>Modelo de efecto común (k = %1)</translation>
    </message>
    <message>
        <source>Random-Effects Model (k = %1; tau^2 estimator: %2)</source>
        <translation>Modelo de efectos aleatorios (k = %1; estimador de tau^2: %2)</translation>
    </message>
    <message>
        <source>tau^2 (estimated amount of total heterogeneity): %1 (SE = %2)</source>
        <translation>tau^2 (heterogeneidad total estimada): %1 (EE = %2)</translation>
    </message>
    <message>
        <source>, %1% CI [%2, %3]</source>
        <translation>, IC del %1% [%2, %3]</translation>
    </message>
    <message>
        <source>tau (square root of estimated tau^2 value):      %1</source>
        <translation>tau (raíz cuadrada del tau^2 estimado):          %1</translation>
    </message>
    <message>
        <source>I^2 (total heterogeneity / total variability):   %1%</source>
        <translation>I^2 (heterogeneidad total / variabilidad total): %1%</translation>
    </message>
    <message>
        <source>, %1% CI [%2%, %3%]</source>
        <translation>, IC del %1% [%2%, %3%]</translation>
    </message>
    <message>
        <source>H^2 (total variability / sampling variability):  %1</source>
        <translation>H^2 (variabilidad total / variabilidad muestral): %1</translation>
    </message>
    <message>
        <source>Test for Heterogeneity:</source>
        <translation>Prueba de heterogeneidad:</translation>
    </message>
    <message>
        <source>Q(df = %1) = %2, p-val %3</source>
        <translation>Q(gl = %1) = %2, p %3</translation>
    </message>
    <message>
        <source>Model Results:</source>
        <translation>Resultados del modelo:</translation>
    </message>
    <message>
        <source>Prediction interval: [%1, %2]</source>
        <translation>Intervalo de predicción: [%1, %2]</translation>
    </message>
    <message>
        <source>On the ratio scale: %1 [%2, %3]</source>
        <translation>En la escala de razones: %1 [%2, %3]</translation>
    </message>
    <message>
        <source>; prediction interval [%1, %2]</source>
        <translation>; intervalo de predicción [%1, %2]</translation>
    </message>
    <message>
        <source>Egger&apos;s regression test for funnel plot asymmetry: </source>
        <translation>Prueba de regresión de Egger para la asimetría del gráfico de embudo: </translation>
    </message>
    <message>
        <source>%1 = %2, p = %3; limit estimate %4</source>
        <translation>%1 = %2, p = %3; estimación límite %4</translation>
    </message>
    <message>
        <source>Begg&apos;s rank correlation test: </source>
        <translation>Prueba de correlación de rangos de Begg: </translation>
    </message>
    <message>
        <source>Kendall&apos;s tau = %1, p = %2%3</source>
        <translation>tau de Kendall = %1, p = %2%3</translation>
    </message>
    <message>
        <source> (exact)</source>
        <translation> (exacta)</translation>
    </message>
    <message>
        <source>Trim-and-fill (L0): </source>
        <translation>Trim-and-fill (L0): </translation>
    </message>
    <message>
        <source>Leave-one-out:</source>
        <translation>Dejar uno fuera:</translation>
    </message>
    <message>
        <source>study</source>
        <translation>estudio</translation>
    </message>
    <message>
        <source>Subgroups:</source>
        <translation>Subgrupos:</translation>
    </message>
    <message>
        <source>group</source>
        <translation>grupo</translation>
    </message>
    <message>
        <source>Test for subgroup differences: Q(df = %1) = %2, p-val %3</source>
        <translation>Prueba de diferencias entre subgrupos: Q(gl = %1) = %2, p %3</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Advertencias:</translation>
    </message>
    <message>
        <source>left</source>
        <translation>izquierdo</translation>
    </message>
    <message>
        <source>right</source>
        <translation>derecho</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage: 92.2%</comment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message numerus="yes">
        <source>%n stud(ies) imputed on the %1 side; estimate %2 (SE = %3)</source>
        <translation>
            <numerusform>%n estudio imputado en el lado %1; estimación %2 (EE = %3)</numerusform>
            <numerusform>%n estudios imputados en el lado %1; estimación %2 (EE = %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cumulative meta-analysis:</source>
        <translation>Metaanálisis acumulado:</translation>
    </message>
    <message>
        <source>Influence diagnostics:</source>
        <translation>Diagnóstico de influencia:</translation>
    </message>
    <message>
        <source>Mantel-Haenszel method</source>
        <translation>Método de Mantel-Haenszel</translation>
    </message>
    <message>
        <source>Peto&apos;s method</source>
        <translation>Método de Peto</translation>
    </message>
    <message>
        <source>Cochran-Mantel-Haenszel Test:    CMH = %1, df = 1, p-val %2</source>
        <translation>Prueba de Cochran-Mantel-Haenszel:    CMH = %1, gl = 1, p %2</translation>
    </message>
    <message>
        <source>Tarone&apos;s Test for Heterogeneity: X^2 = %1, df = %2, p-val %3</source>
        <translation>Prueba de heterogeneidad de Tarone: X^2 = %1, gl = %2, p %3</translation>
    </message>
    <message>
        <source>Mixed-Effects Model (k = %1; tau^2 estimator: %2)</source>
        <translation>Modelo de efectos mixtos (k = %1; estimador de tau^2: %2)</translation>
    </message>
    <message>
        <source>tau^2 (estimated amount of residual heterogeneity):     %1 (SE = %2)</source>
        <translation>tau^2 (heterogeneidad residual estimada): %1 (EE = %2)</translation>
    </message>
    <message>
        <source>I^2 (residual heterogeneity / unaccounted variability): %1%</source>
        <translation>I^2 (heterogeneidad residual / variabilidad no explicada): %1%</translation>
    </message>
    <message>
        <source>H^2 (unaccounted variability / sampling variability):   %1</source>
        <translation>H^2 (variabilidad no explicada / variabilidad muestral): %1</translation>
    </message>
    <message>
        <source>R^2 (amount of heterogeneity accounted for):            %1%</source>
        <translation>R^2 (parte de la heterogeneidad explicada): %1%</translation>
    </message>
    <message>
        <source>Test for Residual Heterogeneity:</source>
        <translation>Prueba de heterogeneidad residual:</translation>
    </message>
    <message>
        <source>QE(df = %1) = %2, p-val %3</source>
        <translation>QE(gl = %1) = %2, p %3</translation>
    </message>
    <message>
        <source>Test of Moderators (coefficients 2:%1):</source>
        <translation>Prueba de los moderadores (coeficientes 2:%1):</translation>
    </message>
    <message>
        <source>F(df1 = %1, df2 = %2) = %3, p-val %4</source>
        <translation>F(gl1 = %1, gl2 = %2) = %3, p %4</translation>
    </message>
    <message>
        <source>QM(df = %1) = %2, p-val %3</source>
        <translation>QM(gl = %1) = %2, p %3</translation>
    </message>
</context>
<context>
    <name>AnalysisRunner</name>
    <message>
        <source>No included study has %1 outcome data yet. Add outcome data to the studies (double-click a study) or import a CSV with effect data.</source>
        <translation>Ningún estudio incluido tiene aún datos de desenlace para %1. Añada los datos de desenlace a los estudios (doble clic en un estudio) o importe un CSV con datos de efecto.</translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>opción desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>la opción %1 necesita un valor</translation>
    </message>
    <message>
        <source>unknown measure &apos;%1&apos; (use RR, OR, RD, MD, SMD, ROM, COR, ZCOR or GEN)</source>
        <translation>medida desconocida &apos;%1&apos; (RR, OR, RD, MD, SMD, ROM, COR, ZCOR o GEN)</translation>
    </message>
    <message>
        <source>unknown test &apos;%1&apos; (use z or knha)</source>
        <translation>prueba desconocida &apos;%1&apos; (z o knha)</translation>
    </message>
    <message>
        <source>unknown analysis &apos;%1&apos; in --skip (use egger, begg, trimfill, leave1out)</source>
        <translation>análisis desconocido &apos;%1&apos; en --skip (egger, begg, trimfill, leave1out)</translation>
    </message>
    <message>
        <source>%1: %2%3</source>
        <translation>%1: %2%3</translation>
    </message>
    <message>
        <source>column %1: </source>
        <translation>columna %1: </translation>
    </message>
    <message>
        <source>the review has no claim %1</source>
        <translation>la revisión no tiene la afirmación %1</translation>
    </message>
    <message>
        <source>--measure is required
%1</source>
        <translation>--measure es obligatorio
%1</translation>
    </message>
    <message>
        <source>%1: the review has no included studies</source>
        <translation>%1: la revisión no tiene estudios incluidos</translation>
    </message>
    <message>
        <source>%1: study &quot;%2&quot;</source>
        <translation>%1: estudio «%2»</translation>
    </message>
    <message>
        <source>--dpi must be a whole number from 36 to 1200</source>
        <translation>--dpi debe ser un número entero de 36 a 1200</translation>
    </message>
    <message>
        <source>import needs a review and a file
%1</source>
        <translation>import necesita una revisión y un archivo
%1</translation>
    </message>
    <message>
        <source>%1: the import was not written (%2); the review is unchanged</source>
        <translation>%1: la importación no se escribió (%2); la revisión no ha cambiado</translation>
    </message>
    <message>
        <source>demo needs the file to write
%1</source>
        <translation>demo necesita el archivo que se escribirá
%1</translation>
    </message>
    <message>
        <source>unknown example &apos;%1&apos; (use %2)</source>
        <translation>ejemplo desconocido &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <source>%1: the %2 example review</source>
        <translation>%1: la revisión de ejemplo %2</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;
%2</source>
        <translation>comando desconocido &apos;%1&apos;
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
        <translation>no se indicó ningún archivo de datos
%1</translation>
    </message>
    <message>
        <source>more than one data file given (&apos;%1&apos;)</source>
        <translation>se indicó más de un archivo de datos (&apos;%1&apos;)</translation>
    </message>
    <message>
        <source>report needs a review and -o OUT.pdf</source>
        <translation>report necesita una revisión y -o SALIDA.pdf</translation>
    </message>
    <message>
        <source>export needs a review and --csv OUT.csv</source>
        <translation>export necesita una revisión y --csv SALIDA.csv</translation>
    </message>
    <message>
        <source>--level must be a percentage from 50 to 99.99 (or a proportion such as 0.95), not &apos;%1&apos;</source>
        <translation>--level debe ser un porcentaje de 50 a 99,99 (o una proporción como 0.95), no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Uso:</translation>
    </message>
    <message>
        <source>DATA.csv has a header row with columns named as metafor&apos;s escalc() arguments (ai bi ci di n1i n2i m1i sd1i m2i sd2i ri ni yi vi sei) and an optional &apos;study&apos; column.</source>
        <translation>DATA.csv tiene una fila de encabezado con columnas nombradas como los argumentos de escalc() de metafor (ai bi ci di n1i n2i m1i sd1i m2i sd2i ri ni yi vi sei) y una columna &apos;study&apos; opcional.</translation>
    </message>
    <message>
        <source>SETTINGS override the claim&apos;s stored synthesis for this one run (nothing is written):</source>
        <translation>SETTINGS sustituyen la síntesis guardada de la afirmación solo en esta ejecución (no se escribe nada):</translation>
    </message>
    <message>
        <source>unknown column &apos;%1&apos; in --columns (use %2)</source>
        <translation>columna desconocida &apos;%1&apos; en --columns (use %2)</translation>
    </message>
    <message>
        <source>unknown image type (use .png, .svg or .pdf)</source>
        <translation>tipo de imagen desconocido (.png, .svg o .pdf)</translation>
    </message>
    <message>
        <source>a report is a PDF: name the file *.pdf</source>
        <translation>un informe es un PDF: llame al archivo *.pdf</translation>
    </message>
    <message>
        <source>skipped duplicate: %1%2: %3</source>
        <translation>duplicado omitido: %1%2: %3</translation>
    </message>
    <message>
        <source>the review has no claim yet: state one with evidencedesk-cli claim add %1 &quot;TEXT&quot;</source>
        <translation>la revisión aún no tiene afirmación: formule una con evidencedesk-cli claim add %1 &quot;TEXT&quot;</translation>
    </message>
    <message>
        <source>The stance column was not used: the review has no claim yet. State the claim first (evidencedesk-cli claim add %1 &quot;TEXT&quot;), then import a file with stances into it.</source>
        <translation>No se usó la columna stance: la revisión aún no tiene afirmación. Formule primero la afirmación (evidencedesk-cli claim add %1 &quot;TEXT&quot;) y luego importe un archivo con posturas.</translation>
    </message>
    <message>
        <source>claim needs add REVIEW &quot;TEXT&quot;, refine REVIEW ID &quot;TEXT&quot; --why &quot;...&quot; or list REVIEW
%1</source>
        <translation>claim necesita add REVIEW &quot;TEXT&quot;, refine REVIEW ID &quot;TEXT&quot; --why &quot;...&quot; o list REVIEW
%1</translation>
    </message>
    <message>
        <source>a claim needs its text</source>
        <translation>una afirmación necesita su texto</translation>
    </message>
    <message>
        <source>unknown --asserts &apos;%1&apos; (use increase, decrease or no-difference)</source>
        <translation>--asserts desconocido &apos;%1&apos; (use increase, decrease o no-difference)</translation>
    </message>
    <message>
        <source>--margin must be a number greater than 0 (on the analysis scale), not &apos;%1&apos;</source>
        <translation>--margin debe ser un número mayor que 0 (en la escala del análisis), no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: claim %2 added</source>
        <translation>%1: afirmación %2 añadida</translation>
    </message>
    <message>
        <source>a refinement needs its reason: --why &quot;...&quot;</source>
        <translation>un refinamiento necesita su motivo: --why &quot;...&quot;</translation>
    </message>
    <message>
        <source>%1: claim %2 refined</source>
        <translation>%1: afirmación %2 refinada</translation>
    </message>
    <message>
        <source>%1
Nothing was imported; the review is unchanged. Use --overwrite to replace the review&apos;s values with the file&apos;s.</source>
        <translation>%1
No se importó nada; la revisión no cambió. Use --overwrite para reemplazar los valores de la revisión por los del archivo.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 records of %3: %n studies added</source>
        <translation>
            <numerusform>%1: %2 registros de %3: %n estudio añadido</numerusform>
            <numerusform>%1: %2 registros de %3: %n estudios añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n updated</source>
        <translation>
            <numerusform>, %n actualizado</numerusform>
            <numerusform>, %n actualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n skipped</source>
        <translation>
            <numerusform>, %n omitido</numerusform>
            <numerusform>, %n omitidos</numerusform>
        </translation>
    </message>
    <message>
        <source> (data for the outcome &apos;%1&apos;)</source>
        <translation> (datos del desenlace &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>filled in: %1%2 (%3)</source>
        <translation>completado: %1%2 (%3)</translation>
    </message>
    <message>
        <source>the review has no outcome &apos;%1&apos;</source>
        <translation>la revisión no tiene el desenlace &apos;%1&apos;</translation>
    </message>
    <message>
        <source>outcome needs add REVIEW &quot;NAME&quot; or list REVIEW
%1</source>
        <translation>outcome necesita add REVIEW &quot;NOMBRE&quot; o list REVIEW
%1</translation>
    </message>
    <message>
        <source>an outcome needs its name</source>
        <translation>un desenlace necesita un nombre</translation>
    </message>
    <message>
        <source>the review already has an outcome &apos;%1&apos;</source>
        <translation>la revisión ya tiene un desenlace &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown --type &apos;%1&apos; (use dichotomous, continuous, correlation or generic)</source>
        <translation>--type &apos;%1&apos; desconocido (use dichotomous, continuous, correlation o generic)</translation>
    </message>
    <message>
        <source>%1: outcome %2 added</source>
        <translation>%1: desenlace %2 añadido</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>nota: %1</translation>
    </message>
    <message>
        <source>sof needs a review, --csv or --html, and -o FILE
%1</source>
        <translation>sof necesita una revisión, --csv o --html y -o ARCHIVO
%1</translation>
    </message>
    <message>
        <source>plot needs a review, one of --forest, --funnel, --rob-traffic or --rob-summary, and -o FILE.png|svg|pdf
%1</source>
        <translation>plot necesita una revisión, una de las opciones --forest, --funnel, --rob-traffic o --rob-summary, y -o ARCHIVO.png|svg|pdf
%1</translation>
    </message>
    <message>
        <source>MH (Mantel-Haenszel) and PETO pool the 2x2 tables (ai bi ci di, or ai n1i ci n2i) directly. --cumulative adds a cumulative meta-analysis in the order of COLUMN (default: year), --influence the influence diagnostics of each study.</source>
        <translation>MH (Mantel-Haenszel) y PETO combinan directamente las tablas 2x2 (ai bi ci di, o ai n1i ci n2i). --cumulative añade un metaanálisis acumulado en el orden de COLUMN (por defecto: year), --influence el diagnóstico de influencia de cada estudio.</translation>
    </message>
    <message>
        <source>--mods fits a meta-regression on the named columns: a column of numbers is a covariate, any other column a factor whose first level in sorted order is the reference.</source>
        <translation>--mods ajusta una metarregresión sobre las columnas indicadas: una columna de números es una covariable; cualquier otra, un factor cuyo primer nivel en orden alfabético es la referencia.</translation>
    </message>
    <message>
        <source>unknown method &apos;%1&apos; (use EE, DL, HE, HS, SJ, ML, REML, EB, PM, MH or PETO)</source>
        <translation>método desconocido &apos;%1&apos; (EE, DL, HE, HS, SJ, ML, REML, EB, PM, MH o PETO)</translation>
    </message>
    <message>
        <source>--method %1 needs --measure OR, RR or RD (PETO: OR)</source>
        <translation>--method %1 necesita --measure OR, RR o RD (PETO: OR)</translation>
    </message>
    <message>
        <source>--method %1 pools the 2x2 tables with its own z test: --%2 is for the other methods</source>
        <translation>--method %1 combina las tablas 2x2 con su propia prueba z: --%2 es para los demás métodos</translation>
    </message>
    <message>
        <source>--mods fits a meta-regression: --%1 is for the model without moderators</source>
        <translation>--mods ajusta una metarregresión: --%1 es para el modelo sin moderadores</translation>
    </message>
    <message>
        <source>--method %1 reads the 2x2 tables of a CSV file (analyze DATA.csv)</source>
        <translation>--method %1 lee las tablas 2x2 de un archivo CSV (analyze DATA.csv)</translation>
    </message>
    <message>
        <source>--mods reads its columns from a CSV file (analyze DATA.csv)</source>
        <translation>--mods lee sus columnas de un archivo CSV (analyze DATA.csv)</translation>
    </message>
</context>
<context>
    <name>CommandsText</name>
    <message>
        <source>Tag %1 as %2</source>
        <translation>Etiquetar %1 como %2</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n studies as %1</source>
        <translation>
            <numerusform>Etiquetar %n estudio como %1</numerusform>
            <numerusform>Etiquetar %n estudios como %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n studies</source>
        <translation>
            <numerusform>Eliminar %n estudio</numerusform>
            <numerusform>Eliminar %n estudios</numerusform>
        </translation>
    </message>
    <message>
        <source>Refine claim</source>
        <translation>Refinar la afirmación</translation>
    </message>
    <message>
        <source>Add claim</source>
        <translation>Añadir afirmación</translation>
    </message>
</context>
<context>
    <name>CsvText</name>
    <message>
        <source>a quoted field is not closed</source>
        <translation>un campo entre comillas no se cierra</translation>
    </message>
    <message>
        <source>text after a closing quote</source>
        <translation>texto tras una comilla de cierre</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field</source>
        <translation>una comilla dentro de un campo sin comillas</translation>
    </message>
    <message>
        <source>a field is longer than %1 MB</source>
        <translation>un campo ocupa más de %1 MB</translation>
    </message>
    <message>
        <source>a record is longer than %1 MB</source>
        <translation>un registro ocupa más de %1 MB</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>%1 fields, but the header has %2</source>
        <translation>%1 campos, pero el encabezado tiene %2</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>punto y coma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>coma</translation>
    </message>
</context>
<context>
    <name>DefaultsText</name>
    <message>
        <source>Favours intervention</source>
        <translation>A favor de la intervención</translation>
    </message>
    <message>
        <source>Favours comparator</source>
        <translation>A favor del comparador</translation>
    </message>
    <message>
        <source>%1 below %2 or above %3</source>
        <translation>%1 por debajo de %2 o por encima de %3</translation>
    </message>
    <message>
        <source>%1 beyond ±%2</source>
        <translation>%1 más allá de ±%2</translation>
    </message>
</context>
<context>
    <name>Design</name>
    <message>
        <source>Systematic review / meta-analysis</source>
        <translation>Revisión sistemática / metaanálisis</translation>
    </message>
    <message>
        <source>Randomised controlled trial</source>
        <translation>Ensayo controlado aleatorizado</translation>
    </message>
    <message>
        <source>Non-randomised trial</source>
        <translation>Ensayo no aleatorizado</translation>
    </message>
    <message>
        <source>Cohort study</source>
        <translation>Estudio de cohortes</translation>
    </message>
    <message>
        <source>Case-control study</source>
        <translation>Estudio de casos y controles</translation>
    </message>
    <message>
        <source>Cross-sectional study</source>
        <translation>Estudio transversal</translation>
    </message>
    <message>
        <source>Narrative review</source>
        <translation>Revisión narrativa</translation>
    </message>
    <message>
        <source>Expert opinion</source>
        <translation>Opinión de expertos</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>No especificado</translation>
    </message>
</context>
<context>
    <name>DuplicatesText</name>
    <message>
        <source>same DOI as %1</source>
        <translation>mismo DOI que %1</translation>
    </message>
    <message>
        <source>same title and year as %1</source>
        <translation>mismo título y año que %1</translation>
    </message>
</context>
<context>
    <name>EffectDataText</name>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>Study %1</source>
        <translation>Estudio %1</translation>
    </message>
    <message>
        <source>missing column: measure %1 needs the columns %2</source>
        <translation>falta una columna: la medida %1 necesita las columnas %2</translation>
    </message>
    <message>
        <source>missing column: no column &apos;%1&apos; to group by</source>
        <translation>falta una columna: no hay columna &apos;%1&apos; para agrupar</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; no es un número</translation>
    </message>
    <message>
        <source>the file has a header but no studies</source>
        <translation>el archivo tiene encabezado pero ningún estudio</translation>
    </message>
    <message>
        <source>missing column: no column &apos;%1&apos; to order by</source>
        <translation>falta una columna: no hay columna &apos;%1&apos; para ordenar</translation>
    </message>
    <message>
        <source>missing column: no column &apos;%1&apos; for the moderators</source>
        <translation>falta una columna: no hay columna &apos;%1&apos; para los moderadores</translation>
    </message>
</context>
<context>
    <name>ExamplesText</name>
    <message>
        <source>unknown example &apos;%1&apos; (use %2)</source>
        <translation>ejemplo desconocido &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <source>the example &apos;%1&apos; is missing from this build</source>
        <translation>el ejemplo &apos;%1&apos; no está en esta compilación</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Desenlace</translation>
    </message>
</context>
<context>
    <name>GoldStandardText</name>
    <message>
        <source>the population of the claim</source>
        <translation>la población de la afirmación</translation>
    </message>
    <message>
        <source>the intervention of the claim</source>
        <translation>la intervención de la afirmación</translation>
    </message>
    <message>
        <source>the usual alternative</source>
        <translation>la alternativa habitual</translation>
    </message>
    <message>
        <source>the outcome of the claim</source>
        <translation>el desenlace de la afirmación</translation>
    </message>
    <message>
        <source>The sample size cannot be computed from these data: set a minimal important difference and record the studies&apos; sample sizes.</source>
        <translation>El tamaño muestral no puede calcularse con estos datos: establezca una diferencia mínima importante y registre los tamaños muestrales de los estudios.</translation>
    </message>
    <message>
        <source>A systematic review with individual participant data of several large, preregistered randomised trials like the one below, analysed together.</source>
        <translation>Una revisión sistemática con datos individuales de participantes de varios ensayos aleatorizados grandes y prerregistrados como el siguiente, analizados en conjunto.</translation>
    </message>
    <message>
        <source>A large, preregistered, multi-centre randomised trial with blinded outcome assessment.</source>
        <translation>Un ensayo aleatorizado grande, prerregistrado y multicéntrico con evaluación cegada del desenlace.</translation>
    </message>
    <message>
        <source>No randomised trial is included yet: this is the gap that matters most.</source>
        <translation>Aún no se ha incluido ningún ensayo aleatorizado: es la laguna más importante.</translation>
    </message>
    <message>
        <source>Heterogeneity is substantial (I² = %1%): stratify by the likely modifiers and report them.</source>
        <translation>La heterogeneidad es sustancial (I² = %1&#xa0;%): estratificar por los modificadores probables e informarlos.</translation>
    </message>
    <message>
        <source>Designed as an equivalence trial with a margin set in advance.</source>
        <translation>Diseñado como ensayo de equivalencia con un margen fijado de antemano.</translation>
    </message>
    <message>
        <source>A large prospective cohort with measured confounders, for long-term outcomes and groups that trials leave out.</source>
        <translation>Una cohorte prospectiva grande con factores de confusión medidos, para desenlaces a largo plazo y grupos que los ensayos dejan fuera.</translation>
    </message>
    <message>
        <source>About %1 participants (%2 per arm) give %3 power at a two-sided alpha of %4 to detect %5.</source>
        <translation>Unos %1 participantes (%2 por grupo) dan una potencia del %3 con un alfa bilateral de %4 para detectar %5.</translation>
    </message>
    <message>
        <source>long enough for the outcome to change; set from the included studies</source>
        <translation>lo bastante largo para que el desenlace cambie; fijarlo a partir de los estudios incluidos</translation>
    </message>
    <message>
        <source>the default minimal important difference (%1)</source>
        <translation>la diferencia mínima importante por defecto (%1)</translation>
    </message>
    <message>
        <source>the minimal important difference (%1)</source>
        <translation>la diferencia mínima importante (%1)</translation>
    </message>
</context>
<context>
    <name>GradeText</name>
    <message>
        <source>Risk of bias</source>
        <translation>Riesgo de sesgo</translation>
    </message>
    <message>
        <source>Inconsistency</source>
        <translation>Inconsistencia</translation>
    </message>
    <message>
        <source>Indirectness</source>
        <translation>Evidencia indirecta</translation>
    </message>
    <message>
        <source>Imprecision</source>
        <translation>Imprecisión</translation>
    </message>
    <message>
        <source>Publication bias</source>
        <translation>Sesgo de publicación</translation>
    </message>
    <message>
        <source>Large effect</source>
        <translation>Efecto grande</translation>
    </message>
    <message>
        <source>Dose-response gradient</source>
        <translation>Gradiente dosis-respuesta</translation>
    </message>
    <message>
        <source>Plausible confounding</source>
        <translation>Confusión plausible</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderada</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Very low</source>
        <translation>Muy baja</translation>
    </message>
    <message>
        <source>There is no synthesis to rate (no included study has outcome data).</source>
        <translation>No hay síntesis que calificar (ningún estudio incluido tiene datos de desenlace).</translation>
    </message>
    <message>
        <source>The designs of the studies are not recorded; rated as observational evidence.</source>
        <translation>Los diseños de los estudios no están registrados; se califica como evidencia observacional.</translation>
    </message>
    <message>
        <source>%1 of the weight comes from randomised trials (or reviews of them).</source>
        <translation>El %1 del peso procede de ensayos aleatorizados (o de revisiones de ellos).</translation>
    </message>
    <message>
        <source>Most of the weight (%1) comes from observational studies.</source>
        <translation>La mayor parte del peso (%1) procede de estudios observacionales.</translation>
    </message>
    <message>
        <source>Not assessable without a synthesis.</source>
        <translation>No evaluable sin una síntesis.</translation>
    </message>
    <message>
        <source>%1 of the weight comes from studies rated below %2.</source>
        <translation>El %1 del peso procede de estudios calificados por debajo de %2.</translation>
    </message>
    <message>
        <source>%1 of the weight comes from studies without a quality rating.</source>
        <translation>El %1 del peso procede de estudios sin calificación de calidad.</translation>
    </message>
    <message>
        <source>A single study: consistency cannot be judged.</source>
        <translation>Un solo estudio: no se puede juzgar la consistencia.</translation>
    </message>
    <message>
        <source>I² = %1 and the prediction interval includes effects in both directions.</source>
        <translation>I² = %1 y el intervalo de predicción incluye efectos en ambas direcciones.</translation>
    </message>
    <message>
        <source>I² = %1 (τ² = %2): substantial heterogeneity.</source>
        <translation>I² = %1 (τ² = %2): heterogeneidad sustancial.</translation>
    </message>
    <message>
        <source>The prediction interval crosses the null although the confidence interval does not.</source>
        <translation>El intervalo de predicción cruza el valor nulo aunque el intervalo de confianza no lo cruza.</translation>
    </message>
    <message>
        <source>The prediction interval crosses the null.</source>
        <translation>El intervalo de predicción cruza el valor nulo.</translation>
    </message>
    <message>
        <source>I² = %1: little heterogeneity.</source>
        <translation>I² = %1: poca heterogeneidad.</translation>
    </message>
    <message>
        <source>Judge whether the studies&apos; population, intervention, comparator and outcome match the question; the data cannot say.</source>
        <translation>Juzgue si la población, la intervención, el comparador y el desenlace de los estudios corresponden a la pregunta; los datos no pueden decirlo.</translation>
    </message>
    <message>
        <source>The confidence interval includes important effects in both directions.</source>
        <translation>El intervalo de confianza incluye efectos importantes en ambas direcciones.</translation>
    </message>
    <message>
        <source>The confidence interval crosses the minimal important difference (%1).</source>
        <translation>El intervalo de confianza cruza la diferencia mínima importante (%1).</translation>
    </message>
    <message>
        <source>The confidence interval includes no effect.</source>
        <translation>El intervalo de confianza incluye la ausencia de efecto.</translation>
    </message>
    <message>
        <source>%1 participants in all, fewer than the optimal information size of about %2.</source>
        <translation>%1 participantes en total, menos que el tamaño óptimo de información de unos %2.</translation>
    </message>
    <message>
        <source>(infinite: no effect)</source>
        <translation>(infinito: sin efecto)</translation>
    </message>
    <message>
        <source>%1 participants in all, more than the optimal information size of about %2.</source>
        <translation>%1 participantes en total, más que el tamaño óptimo de información de unos %2.</translation>
    </message>
    <message>
        <source>The confidence interval excludes no effect.</source>
        <translation>El intervalo de confianza excluye la ausencia de efecto.</translation>
    </message>
    <message>
        <source>Not assessable: fewer than 10 studies (%1) are too few for funnel plot tests.</source>
        <translation>No evaluable: menos de 10 estudios (%1) son muy pocos para las pruebas del gráfico de embudo.</translation>
    </message>
    <message>
        <source>, and the adjusted interval includes no effect</source>
        <translation>, y el intervalo ajustado incluye la ausencia de efecto</translation>
    </message>
    <message>
        <source>Upgrades apply to observational evidence only.</source>
        <translation>Los aumentos de nivel solo se aplican a la evidencia observacional.</translation>
    </message>
    <message>
        <source>A very large effect (ratio %1 or its inverse).</source>
        <translation>Un efecto muy grande (razón %1 o su inversa).</translation>
    </message>
    <message>
        <source>A large effect (ratio %1 or its inverse).</source>
        <translation>Un efecto grande (razón %1 o su inversa).</translation>
    </message>
    <message>
        <source>The effect is not large (ratio %1 or its inverse).</source>
        <translation>El efecto no es grande (razón %1 o su inversa).</translation>
    </message>
    <message>
        <source>Judged for ratio measures only.</source>
        <translation>Solo se juzga para medidas de razón.</translation>
    </message>
    <message>
        <source>The reviewer&apos;s judgement; the data cannot say.</source>
        <translation>El juicio de los revisores; los datos no pueden decirlo.</translation>
    </message>
    <message>
        <source>the outcome</source>
        <translation>el desenlace</translation>
    </message>
    <message>
        <source>There is no synthesis of %1 yet.</source>
        <translation>Aún no hay síntesis de %1.</translation>
    </message>
    <message>
        <source>The evidence is very uncertain about the effect on %1.</source>
        <translation>La evidencia es muy incierta sobre el efecto en %1.</translation>
    </message>
    <message>
        <source>The intervention results in little or no difference in %1.</source>
        <translation>La intervención produce poca o ninguna diferencia en %1.</translation>
    </message>
    <message>
        <source>The intervention probably results in little or no difference in %1.</source>
        <translation>La intervención probablemente produce poca o ninguna diferencia en %1.</translation>
    </message>
    <message>
        <source>The intervention may result in little or no difference in %1.</source>
        <translation>La intervención puede producir poca o ninguna diferencia en %1.</translation>
    </message>
    <message>
        <source>The intervention increases %1.</source>
        <translation>La intervención aumenta %1.</translation>
    </message>
    <message>
        <source>The intervention reduces %1.</source>
        <translation>La intervención reduce %1.</translation>
    </message>
    <message>
        <source>The intervention probably increases %1.</source>
        <translation>La intervención probablemente aumenta %1.</translation>
    </message>
    <message>
        <source>The intervention probably reduces %1.</source>
        <translation>La intervención probablemente reduce %1.</translation>
    </message>
    <message>
        <source>The intervention may increase %1.</source>
        <translation>La intervención puede aumentar %1.</translation>
    </message>
    <message>
        <source>The intervention may reduce %1.</source>
        <translation>La intervención puede reducir %1.</translation>
    </message>
    <message numerus="yes">
        <source>Trim-and-fill imputes %n stud(ies)%1.</source>
        <translation>
            <numerusform>Trim-and-fill imputa %n estudio%1.</numerusform>
            <numerusform>Trim-and-fill imputa %n estudios%1.</numerusform>
        </translation>
    </message>
    <message>
        <source>It does not count here: an upgrade applies only when nothing is downgraded.</source>
        <translation>No cuenta aquí: solo se aumenta el nivel cuando no se ha disminuido nada.</translation>
    </message>
    <message>
        <source>Egger&apos;s test suggests small-study effects (p %1).</source>
        <translation>La prueba de Egger sugiere efectos de estudios pequeños (p %1).</translation>
    </message>
    <message>
        <source>No sign of small-study effects (Egger p %1).</source>
        <translation>Sin indicios de efectos de estudios pequeños (p de Egger %1).</translation>
    </message>
    <message>
        <source>no upgrade</source>
        <translation>sin ascenso</translation>
    </message>
    <message numerus="yes">
        <source>+%n level(s)</source>
        <translation>
            <numerusform>+%n nivel</numerusform>
            <numerusform>+%n niveles</numerusform>
        </translation>
    </message>
    <message>
        <source>not serious</source>
        <translation>no grave</translation>
    </message>
    <message>
        <source>serious (−1)</source>
        <translation>grave (−1)</translation>
    </message>
    <message>
        <source>very serious (−2)</source>
        <translation>muy grave (−2)</translation>
    </message>
    <message>
        <source>%1 of the weight of the rated studies comes from studies rated below %2.</source>
        <translation>El %1 del peso de los estudios calificados procede de estudios calificados por debajo de %2.</translation>
    </message>
    <message>
        <source>Not assessable: no minimal important difference is set, and this measure has no default; set one on the claim.</source>
        <translation>No evaluable: no se ha fijado una diferencia mínima importante y esta medida no tiene valor por defecto; fíjela en la afirmación.</translation>
    </message>
    <message>
        <source>Rated against the default minimal important difference (%1), as GRADE suggests when none is known.</source>
        <translation>Evaluado frente a la diferencia mínima importante por defecto (%1), como sugiere GRADE cuando no se conoce ninguna.</translation>
    </message>
    <message>
        <source>Rated against the claim&apos;s minimal important difference (%1).</source>
        <translation>Evaluado frente a la diferencia mínima importante de la afirmación (%1).</translation>
    </message>
    <message>
        <source>The confidence interval excludes both an important benefit and an important harm.</source>
        <translation>El intervalo de confianza excluye tanto un beneficio importante como un daño importante.</translation>
    </message>
    <message>
        <source>The confidence interval lies wholly beyond the minimal important difference.</source>
        <translation>El intervalo de confianza queda por completo más allá de la diferencia mínima importante.</translation>
    </message>
    <message>
        <source>Not assessed: no study has a risk-of-bias judgement or a quality rating yet, so nothing is downgraded.</source>
        <translation>No evaluado: ningún estudio tiene aún un juicio de riesgo de sesgo ni una puntuación de calidad, así que no se rebaja nada.</translation>
    </message>
    <message>
        <source>Of the weight of the appraised studies, %1 is at low risk of bias, %2 at some concerns or moderate risk, %3 at high or serious risk and %4 at critical risk.</source>
        <translation>Del peso de los estudios evaluados, el %1 está en riesgo de sesgo bajo, el %2 en algunas preocupaciones o riesgo moderado, el %3 en riesgo alto o grave y el %4 en riesgo crítico.</translation>
    </message>
    <message>
        <source>%1 of the weight comes from studies without a risk-of-bias judgement.</source>
        <translation>El %1 del peso procede de estudios sin juicio de riesgo de sesgo.</translation>
    </message>
</context>
<context>
    <name>GridText</name>
    <message>
        <source>The clipboard holds no cells.</source>
        <translation>El portapapeles no contiene celdas.</translation>
    </message>
    <message>
        <source>The block of %1 × %2 cells does not fit: from row %3 the grid has %4 rows and from this column %5 columns.</source>
        <translation>El bloque de %1 × %2 celdas no cabe: desde la fila %3 la cuadrícula tiene %4 filas y desde esta columna %5 columnas.</translation>
    </message>
    <message>
        <source>Row %1 (%2), %3: </source>
        <translation>Fila %1 (%2), %3: </translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>«%1» no es un número</translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message>
        <source>the study has no title, study label, authors or DOI</source>
        <translation>el estudio no tiene título, etiqueta, autores ni DOI</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a year</source>
        <translation>&apos;%1&apos; no es un año</translation>
    </message>
    <message>
        <source>unknown design &apos;%1&apos; (use systematic_review, rct, non_randomised, cohort, case_control, cross_sectional, narrative_review, expert_opinion or other)</source>
        <translation>diseño desconocido &apos;%1&apos; (systematic_review, rct, non_randomised, cohort, case_control, cross_sectional, narrative_review, expert_opinion u other)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a score from 0 to 100</source>
        <translation>&apos;%1&apos; no es una puntuación de 0 a 100</translation>
    </message>
    <message>
        <source>unknown stance &apos;%1&apos; (use supporting, contradicting, neutral or untagged)</source>
        <translation>postura desconocida &apos;%1&apos; (supporting, contradicting, neutral o untagged)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not yes or no</source>
        <translation>&apos;%1&apos; no es yes ni no</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; no es un número</translation>
    </message>
    <message>
        <source>a count cannot be negative</source>
        <translation>un recuento no puede ser negativo</translation>
    </message>
    <message>
        <source>more events than participants (n1i)</source>
        <translation>más eventos que participantes (n1i)</translation>
    </message>
    <message>
        <source>more events than participants (n2i)</source>
        <translation>más eventos que participantes (n2i)</translation>
    </message>
    <message>
        <source>a standard deviation must be greater than 0</source>
        <translation>una desviación estándar debe ser mayor que 0</translation>
    </message>
    <message>
        <source>a sampling variance cannot be negative</source>
        <translation>una varianza muestral no puede ser negativa</translation>
    </message>
    <message>
        <source>a standard error cannot be negative</source>
        <translation>un error estándar no puede ser negativo</translation>
    </message>
    <message>
        <source>a correlation must lie between -1 and 1</source>
        <translation>una correlación debe estar entre -1 y 1</translation>
    </message>
    <message>
        <source>the record has no title (TI or T1)</source>
        <translation>el registro no tiene título (TI o T1)</translation>
    </message>
    <message>
        <source>expected a record to start with &apos;TY  - &apos;</source>
        <translation>se esperaba que un registro empezara con &apos;TY  - &apos;</translation>
    </message>
    <message>
        <source>a new record starts before the record of line %1 ended (ER)</source>
        <translation>un registro nuevo empieza antes de que termine el registro de la línea %1 (ER)</translation>
    </message>
    <message>
        <source>the record has no end (ER)</source>
        <translation>el registro no tiene fin (ER)</translation>
    </message>
    <message>
        <source>expected &apos;{&apos; after @%1</source>
        <translation>se esperaba &apos;{&apos; después de @%1</translation>
    </message>
    <message>
        <source>the entry @%1 is not closed</source>
        <translation>la entrada @%1 no se cierra</translation>
    </message>
    <message>
        <source>the entry &apos;%1&apos; is not closed</source>
        <translation>la entrada &apos;%1&apos; no se cierra</translation>
    </message>
    <message>
        <source>the entry &apos;%1&apos; does not end after this field: are its braces balanced?</source>
        <translation>la entrada &apos;%1&apos; no termina después de este campo: ¿están equilibradas sus llaves?</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or the end of the entry after the field</source>
        <translation>se esperaba &apos;,&apos; o el final de la entrada después del campo</translation>
    </message>
    <message>
        <source>the entry &apos;%1&apos; has no title</source>
        <translation>la entrada &apos;%1&apos; no tiene título</translation>
    </message>
    <message>
        <source>expected a field name</source>
        <translation>se esperaba un nombre de campo</translation>
    </message>
    <message>
        <source>expected &apos;=&apos; after the field name</source>
        <translation>se esperaba &apos;=&apos; después del nombre del campo</translation>
    </message>
    <message>
        <source>the value is missing</source>
        <translation>falta el valor</translation>
    </message>
    <message>
        <source>a &apos;{&apos; is not closed</source>
        <translation>una &apos;{&apos; no se cierra</translation>
    </message>
    <message>
        <source>a &apos;&quot;&apos; is not closed</source>
        <translation>unas &apos;&quot;&apos; no se cierran</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; in the value</source>
        <translation>&apos;%1&apos; inesperado en el valor</translation>
    </message>
    <message>
        <source>unknown macro &apos;%1&apos;</source>
        <translation>macro desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the entry is not closed</source>
        <translation>la entrada no se cierra</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos;</source>
        <translation>se esperaba &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the value is longer than %1 million characters</source>
        <translation>el valor tiene más de %1 millones de caracteres</translation>
    </message>
    <message>
        <source>the @string macros are longer than %1 million characters in all</source>
        <translation>las macros @string suman más de %1 millones de caracteres</translation>
    </message>
    <message>
        <source>the entry is longer than %1 million characters</source>
        <translation>la entrada tiene más de %1 millones de caracteres</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>no se puede escribir: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a study id (a whole number as export writes it)</source>
        <translation>&apos;%1&apos; no es un id de estudio (un número entero, como lo escribe la exportación)</translation>
    </message>
    <message>
        <source>%1: read as a %2-separated file%3</source>
        <translation>%1: leído como archivo separado por %2%3</translation>
    </message>
    <message>
        <source>, decimal commas as decimal points</source>
        <translation>, comas decimales como puntos decimales</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s) give yi without vi or sei (the first on line %2); they have no effect size until a variance or standard error is added</source>
        <translation>
            <numerusform>%1: %n registro da yi sin vi ni sei (el primero en la línea %2); no tiene tamaño del efecto hasta que se añada una varianza o un error estándar</numerusform>
            <numerusform>%1: %n registros dan yi sin vi ni sei (el primero en la línea %2); no tienen tamaño del efecto hasta que se añada una varianza o un error estándar</numerusform>
        </translation>
    </message>
    <message>
        <source>expected a MEDLINE record to start with &apos;PMID- &apos;</source>
        <translation>se esperaba que el registro MEDLINE empezara con &apos;PMID- &apos;</translation>
    </message>
    <message>
        <source>expected &apos;TAG - value&apos; or a continuation line indented by six spaces</source>
        <translation>se esperaba &apos;TAG - valor&apos; o una línea de continuación sangrada con seis espacios</translation>
    </message>
    <message>
        <source>the record has no title (TI)</source>
        <translation>el registro no tiene título (TI)</translation>
    </message>
    <message>
        <source>unknown file type (use .csv, .ris, .bib or .nbib)</source>
        <translation>tipo de archivo desconocido (use .csv, .ris, .bib o .nbib)</translation>
    </message>
    <message>
        <source>a study is judged with RoB 2 or with ROBINS-I, not both</source>
        <translation>un estudio se evalúa con RoB 2 o con ROBINS-I, no con ambos</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n domain(s)</source>
        <translation>
            <numerusform>%1 tiene %n dominio</numerusform>
            <numerusform>%1 tiene %n dominios</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown RoB 2 judgement &apos;%1&apos; (use low, some or high)</source>
        <translation>juicio de RoB 2 desconocido &apos;%1&apos; (use low, some o high)</translation>
    </message>
    <message>
        <source>unknown ROBINS-I judgement &apos;%1&apos; (use low, moderate, serious, critical or ni)</source>
        <translation>juicio de ROBINS-I desconocido &apos;%1&apos; (use low, moderate, serious, critical o ni)</translation>
    </message>
</context>
<context>
    <name>MergeText</name>
    <message>
        <source>same study_id</source>
        <translation>mismo study_id</translation>
    </message>
    <message>
        <source>same DOI</source>
        <translation>mismo DOI</translation>
    </message>
    <message>
        <source>same title and year</source>
        <translation>mismo título y año</translation>
    </message>
    <message>
        <source>%1 holds &apos;%2&apos; in the review, the file says &apos;%3&apos;</source>
        <translation>%1 es &apos;%2&apos; en la revisión, el archivo dice &apos;%3&apos;</translation>
    </message>
    <message>
        <source>the same study as line %1</source>
        <translation>el mismo estudio que la línea %1</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message numerus="yes">
        <source>%n stud(ies) without the data this measure needs were left out</source>
        <translation>
            <numerusform>se dejó fuera %n estudio sin los datos que necesita esta medida</numerusform>
            <numerusform>se dejaron fuera %n estudios sin los datos que necesita esta medida</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessagesText</name>
    <message>
        <source>no study has the data this effect measure needs</source>
        <translation>ningún estudio tiene los datos que necesita esta medida de efecto</translation>
    </message>
    <message>
        <source>the value is missing or not a finite number</source>
        <translation>el valor falta o no es un número finito</translation>
    </message>
    <message>
        <source>a count cannot be negative</source>
        <translation>un recuento no puede ser negativo</translation>
    </message>
    <message>
        <source>there are more events than participants in the group</source>
        <translation>hay más eventos que participantes en el grupo</translation>
    </message>
    <message>
        <source>the ratio of means needs means greater than 0</source>
        <translation>la razón de medias necesita medias mayores que 0</translation>
    </message>
    <message>
        <source>a correlation must lie between -1 and 1</source>
        <translation>una correlación debe estar entre -1 y 1</translation>
    </message>
    <message>
        <source>a sampling variance is 0, so inverse-variance weights are undefined</source>
        <translation>una varianza muestral es 0, así que los pesos por inverso de la varianza no están definidos</translation>
    </message>
    <message>
        <source>there are too few studies for this analysis</source>
        <translation>hay demasiado pocos estudios para este análisis</translation>
    </message>
    <message>
        <source>the estimation did not converge</source>
        <translation>la estimación no convergió</translation>
    </message>
    <message>
        <source>the model cannot be estimated from these data (the predictors are constant)</source>
        <translation>el modelo no puede estimarse con estos datos (los predictores son constantes)</translation>
    </message>
    <message>
        <source>the computation failed numerically</source>
        <translation>el cálculo falló numéricamente</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <source>%1: 1/2 was added to each cell of its table because one cell is 0</source>
        <translation>%1: se sumó 1/2 a cada celda de su tabla porque una celda es 0</translation>
    </message>
    <message>
        <source>the Knapp-Hartung adjustment is meant for random-effects models</source>
        <translation>el ajuste de Knapp-Hartung está pensado para modelos de efectos aleatorios</translation>
    </message>
    <message>
        <source>with a single study the z test is used</source>
        <translation>con un solo estudio se usa la prueba z</translation>
    </message>
    <message>
        <source>the likelihood is higher at tau^2 = 0 than where the iteration stopped; tau^2 was set to 0</source>
        <translation>la verosimilitud es mayor en tau^2 = 0 que donde se detuvo la iteración; tau^2 se fijó en 0</translation>
    </message>
    <message>
        <source>the estimation of tau^2 did not converge</source>
        <translation>la estimación de tau^2 no convergió</translation>
    </message>
    <message>
        <source>some sampling variances are 0, so Q, I^2 and H^2 are undefined</source>
        <translation>algunas varianzas muestrales son 0, así que Q, I^2 y H^2 no están definidos</translation>
    </message>
    <message>
        <source>the confidence interval for tau^2 is the null set: the studies are more alike than chance predicts</source>
        <translation>el intervalo de confianza de tau^2 es vacío: los estudios se parecen más de lo que predice el azar</translation>
    </message>
    <message>
        <source>the lower confidence bound of tau^2 is truncated at 0</source>
        <translation>el límite inferior de confianza de tau^2 se trunca en 0</translation>
    </message>
    <message>
        <source>the upper confidence bound of tau^2 lies beyond the search limit and is shown as that limit (%1), as metafor does: read it as &quot;more than %1&quot;</source>
        <translation>el límite superior de confianza de tau^2 está más allá del límite de búsqueda y se muestra como ese límite (%1), como en metafor: léalo como «más de %1»</translation>
    </message>
    <message>
        <source>unknown warning</source>
        <translation>advertencia desconocida</translation>
    </message>
    <message>
        <source>risk ratio</source>
        <translation>razón de riesgos</translation>
    </message>
    <message>
        <source>odds ratio</source>
        <translation>odds ratio</translation>
    </message>
    <message>
        <source>risk difference</source>
        <translation>diferencia de riesgos</translation>
    </message>
    <message>
        <source>mean difference</source>
        <translation>diferencia de medias</translation>
    </message>
    <message>
        <source>standardised mean difference (Hedges&apos; g)</source>
        <translation>diferencia de medias estandarizada (g de Hedges)</translation>
    </message>
    <message>
        <source>ratio of means</source>
        <translation>razón de medias</translation>
    </message>
    <message>
        <source>correlation</source>
        <translation>correlación</translation>
    </message>
    <message>
        <source>Fisher&apos;s z of a correlation</source>
        <translation>z de Fisher de una correlación</translation>
    </message>
    <message>
        <source>effect and variance as given</source>
        <translation>efecto y varianza tal como se dan</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>restricted maximum likelihood</source>
        <translation>máxima verosimilitud restringida</translation>
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
        <translation>Bayes empírico</translation>
    </message>
    <message>
        <source>maximum likelihood</source>
        <translation>máxima verosimilitud</translation>
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
        <translation>efectos iguales (efecto fijo)</translation>
    </message>
    <message>
        <source>Knapp–Hartung</source>
        <translation>Knapp–Hartung</translation>
    </message>
    <message>
        <source>z test</source>
        <translation>prueba z</translation>
    </message>
    <message>
        <source>the sample size is too small for this measure (SMD needs n1i + n2i of at least 4, COR a sample size of at least 2, Fisher&apos;s z one above 3)</source>
        <translation>el tamaño muestral es demasiado pequeño para esta medida (SMD necesita n1i + n2i de al menos 4, COR un tamaño muestral de al menos 2, la z de Fisher uno mayor que 3)</translation>
    </message>
    <message>
        <source>both standard deviations are 0, so the standardised mean difference is undefined</source>
        <translation>ambas desviaciones estándar son 0, así que la diferencia de medias estandarizada no está definida</translation>
    </message>
    <message>
        <source>a sampling variance cannot be negative</source>
        <translation>una varianza muestral no puede ser negativa</translation>
    </message>
    <message>
        <source>a group has no participants</source>
        <translation>un grupo no tiene participantes</translation>
    </message>
    <message>
        <source>a standard deviation cannot be negative</source>
        <translation>una desviación estándar no puede ser negativa</translation>
    </message>
    <message>
        <source>the confidence level must lie between 50 and 99.99 percent</source>
        <translation>el nivel de confianza debe estar entre el 50 y el 99,99 por ciento</translation>
    </message>
    <message>
        <source>the largest sampling variance is over ten million times the smallest; the studies with the smallest variances carry almost all the weight</source>
        <translation>la mayor varianza muestral supera en más de diez millones de veces a la menor; los estudios con las menores varianzas llevan casi todo el peso</translation>
    </message>
    <message>
        <source>%1 was left out: %2</source>
        <translation>%1 se dejó fuera: %2</translation>
    </message>
    <message>
        <source>%1 was left out: column %2: %3</source>
        <translation>%1 se dejó fuera: columna %2: %3</translation>
    </message>
    <message>
        <source>%1 has no subgroup and was left out of the subgroup analysis</source>
        <translation>%1 no tiene subgrupo y se dejó fuera del análisis de subgrupos</translation>
    </message>
    <message>
        <source>%1: the standard error is negative; its square was used as the sampling variance</source>
        <translation>%1: el error estándar es negativo; se usó su cuadrado como varianza muestral</translation>
    </message>
    <message>
        <source>%1 has no events (or only events) in both groups: it has no effect of its own and was left out of Q and I^2</source>
        <translation>%1 no tiene eventos (o solo eventos) en ambos grupos: no tiene efecto propio y se dejó fuera de Q e I^2</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>Dichotomous (events / total)</source>
        <translation>Dicotómico (eventos / total)</translation>
    </message>
    <message>
        <source>Continuous (mean, SD, N)</source>
        <translation>Continuo (media, DE, N)</translation>
    </message>
    <message>
        <source>Correlation (r, N)</source>
        <translation>Correlación (r, N)</translation>
    </message>
    <message>
        <source>Effect estimate with its SE or variance</source>
        <translation>Estimación del efecto con su EE o varianza</translation>
    </message>
    <message>
        <source>Events (intervention)</source>
        <translation>Eventos (intervención)</translation>
    </message>
    <message>
        <source>Non-events (intervention)</source>
        <translation>No eventos (intervención)</translation>
    </message>
    <message>
        <source>Events (comparator)</source>
        <translation>Eventos (comparador)</translation>
    </message>
    <message>
        <source>Non-events (comparator)</source>
        <translation>No eventos (comparador)</translation>
    </message>
    <message>
        <source>Total (intervention)</source>
        <translation>Total (intervención)</translation>
    </message>
    <message>
        <source>Total (comparator)</source>
        <translation>Total (comparador)</translation>
    </message>
    <message>
        <source>Mean (intervention)</source>
        <translation>Media (intervención)</translation>
    </message>
    <message>
        <source>SD (intervention)</source>
        <translation>DE (intervención)</translation>
    </message>
    <message>
        <source>Mean (comparator)</source>
        <translation>Media (comparador)</translation>
    </message>
    <message>
        <source>SD (comparator)</source>
        <translation>DE (comparador)</translation>
    </message>
    <message>
        <source>Correlation r</source>
        <translation>Correlación r</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimación</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Varianza</translation>
    </message>
    <message>
        <source>Standard error</source>
        <translation>Error estándar</translation>
    </message>
</context>
<context>
    <name>PlotExportText</name>
    <message>
        <source>%1: unknown image type (use .png, .svg or .pdf)</source>
        <translation>%1: tipo de imagen desconocido (.png, .svg o .pdf)</translation>
    </message>
    <message>
        <source>there is no analysis to plot</source>
        <translation>no hay ningún análisis que representar</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: no se puede escribir: %2</translation>
    </message>
    <message>
        <source>%1: the image could not be written</source>
        <translation>%1: no se pudo escribir la imagen</translation>
    </message>
    <message>
        <source>Forest plot</source>
        <translation>Diagrama de bosque</translation>
    </message>
    <message>
        <source>Funnel plot</source>
        <translation>Gráfico de embudo</translation>
    </message>
    <message>
        <source>Made with EvidenceDesk</source>
        <translation>Hecho con EvidenceDesk</translation>
    </message>
    <message>
        <source>%1: the plot would be %2 × %3 pixels at %4 dpi, more than a PNG may have here (%5 million pixels): write it as PDF (paged) or SVG, or at a lower resolution</source>
        <translation>%1: el gráfico tendría %2 × %3 píxeles a %4 ppp, más de lo que un PNG puede tener aquí (%5 millones de píxeles): escríbalo como PDF (paginado) o SVG, o con menor resolución</translation>
    </message>
    <message>
        <source>Risk of bias: traffic-light plot</source>
        <translation>Riesgo de sesgo: gráfico de semáforo</translation>
    </message>
    <message>
        <source>Risk of bias: summary plot</source>
        <translation>Riesgo de sesgo: gráfico resumen</translation>
    </message>
    <message>
        <source>no study of the synthesis has a risk-of-bias judgement for this outcome</source>
        <translation>ningún estudio de la síntesis tiene un juicio de riesgo de sesgo para este desenlace</translation>
    </message>
    <message>
        <source>%1: the plot would be %2 × %3 pixels at %4 dpi, more than a PNG may have here (%5 million pixels): write it as SVG or PDF, or at a lower resolution</source>
        <translation>%1: el gráfico tendría %2 × %3 píxeles a %4 ppp, más de lo que puede tener un PNG aquí (%5 millones de píxeles): escríbalo como SVG o PDF, o con menor resolución</translation>
    </message>
</context>
<context>
    <name>PlotsText</name>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Diseño</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Postura</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Subtotal (k = %1; I² = %2%)</source>
        <translation>Subtotal (k = %1; I² = %2&#xa0;%)</translation>
    </message>
    <message>
        <source>Equal-effects model</source>
        <translation>Modelo de efecto común</translation>
    </message>
    <message>
        <source>Random-effects model (%1)</source>
        <translation>Modelo de efectos aleatorios (%1)</translation>
    </message>
    <message>
        <source>Prediction interval</source>
        <translation>Intervalo de predicción</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Estudio</translation>
    </message>
    <message>
        <source>%1 [%2% CI]</source>
        <translation>%1 [IC del %2&#xa0;%]</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>%1 (log scale)</source>
        <translation>%1 (escala logarítmica)</translation>
    </message>
    <message>
        <source>Standard error</source>
        <translation>Error estándar</translation>
    </message>
    <message>
        <source>Heterogeneity: Q = %1 (df = %2, p %3); I² = %4%</source>
        <translation>Heterogeneidad: Q = %1 (gl = %2, p %3); I² = %4&#xa0;%</translation>
    </message>
    <message>
        <source>Heterogeneity: τ² = %1; I² = %2%; Q = %3 (df = %4, p %5)</source>
        <translation>Heterogeneidad: τ² = %1; I² = %2&#xa0;%; Q = %3 (gl = %4, p %5)</translation>
    </message>
    <message>
        <source>Test for subgroup differences: Q = %1, df = %2, p %3</source>
        <translation>Prueba de diferencias entre subgrupos: Q = %1, gl = %2, p %3</translation>
    </message>
    <message>
        <source>Shading: p &lt; 0.01, 0.01–0.05, 0.05–0.10, &gt; 0.10 (white)</source>
        <translation>Sombreado: p &lt; 0,01, 0,01–0,05, 0,05–0,10, &gt; 0,10 (blanco)</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <comment>mean (SD), n</comment>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Intervención</translation>
    </message>
    <message>
        <source>Comparator</source>
        <translation>Comparador</translation>
    </message>
    <message>
        <source>Not tagged</source>
        <translation>Sin etiquetar</translation>
    </message>
    <message>
        <source>Imputed by trim-and-fill</source>
        <translation>Imputado por trim-and-fill</translation>
    </message>
    <message>
        <source>Risk of bias</source>
        <translation>Riesgo de sesgo</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>log risk ratios</source>
        <translation>logaritmos de razones de riesgos</translation>
    </message>
    <message>
        <source>log odds ratios</source>
        <translation>logaritmos de odds ratios</translation>
    </message>
    <message>
        <source>risk differences</source>
        <translation>diferencias de riesgos</translation>
    </message>
    <message>
        <source>mean differences</source>
        <translation>diferencias de medias</translation>
    </message>
    <message>
        <source>standardised mean differences (Hedges&apos; g with the exact small-sample correction)</source>
        <translation>diferencias de medias estandarizadas (g de Hedges con la corrección exacta para muestras pequeñas)</translation>
    </message>
    <message>
        <source>log ratios of means</source>
        <translation>logaritmos de razones de medias</translation>
    </message>
    <message>
        <source>correlation coefficients</source>
        <translation>coeficientes de correlación</translation>
    </message>
    <message>
        <source>Fisher&apos;s z-transformed correlations</source>
        <translation>correlaciones transformadas a z de Fisher</translation>
    </message>
    <message>
        <source>the effect sizes as given</source>
        <translation>los tamaños del efecto tal como se dieron</translation>
    </message>
    <message>
        <source>an equal-effects (fixed-effect) model</source>
        <translation>un modelo de efecto común (efecto fijo)</translation>
    </message>
    <message>
        <source>a random-effects model with the DerSimonian-Laird estimator of τ²</source>
        <translation>un modelo de efectos aleatorios con el estimador de DerSimonian-Laird de τ²</translation>
    </message>
    <message>
        <source>a random-effects model with the Hedges estimator of τ²</source>
        <translation>un modelo de efectos aleatorios con el estimador de Hedges de τ²</translation>
    </message>
    <message>
        <source>a random-effects model with the Hunter-Schmidt estimator of τ²</source>
        <translation>un modelo de efectos aleatorios con el estimador de Hunter-Schmidt de τ²</translation>
    </message>
    <message>
        <source>a random-effects model with the Sidik-Jonkman estimator of τ²</source>
        <translation>un modelo de efectos aleatorios con el estimador de Sidik-Jonkman de τ²</translation>
    </message>
    <message>
        <source>a random-effects model with the maximum-likelihood estimator of τ²</source>
        <translation>un modelo de efectos aleatorios con el estimador de máxima verosimilitud de τ²</translation>
    </message>
    <message>
        <source>a random-effects model with the restricted maximum-likelihood (REML) estimator of τ²</source>
        <translation>un modelo de efectos aleatorios con el estimador de máxima verosimilitud restringida (REML) de τ²</translation>
    </message>
    <message>
        <source>a random-effects model with the empirical Bayes estimator of τ²</source>
        <translation>un modelo de efectos aleatorios con el estimador bayesiano empírico de τ²</translation>
    </message>
    <message>
        <source>a random-effects model with the Paule-Mandel estimator of τ²</source>
        <translation>un modelo de efectos aleatorios con el estimador de Paule-Mandel de τ²</translation>
    </message>
    <message>
        <source>the review has no claim to report on</source>
        <translation>la revisión no tiene ninguna afirmación sobre la que informar</translation>
    </message>
    <message>
        <source>EvidenceDesk report: %1</source>
        <translation>Informe de EvidenceDesk: %1</translation>
    </message>
    <message>
        <source>EvidenceDesk report</source>
        <translation>Informe de EvidenceDesk</translation>
    </message>
    <message>
        <source>Evidence review</source>
        <translation>Revisión de la evidencia</translation>
    </message>
    <message>
        <source>Report of %1</source>
        <translation>Informe del %1</translation>
    </message>
    <message>
        <source>EvidenceDesk %1</source>
        <translation>EvidenceDesk %1</translation>
    </message>
    <message>
        <source>Certainty of the evidence:</source>
        <translation>Certeza de la evidencia:</translation>
    </message>
    <message>
        <source>The claim</source>
        <translation>La afirmación</translation>
    </message>
    <message>
        <source>Mechanisms</source>
        <translation>Mecanismos</translation>
    </message>
    <message>
        <source>The evidence</source>
        <translation>La evidencia</translation>
    </message>
    <message>
        <source>Synthesis</source>
        <translation>Síntesis</translation>
    </message>
    <message>
        <source>Certainty of the evidence (GRADE)</source>
        <translation>Certeza de la evidencia (GRADE)</translation>
    </message>
    <message>
        <source>Gold standard evidence needed</source>
        <translation>Evidencia de referencia necesaria</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Métodos</translation>
    </message>
    <message>
        <source>Appendix: reproducing the numbers in R</source>
        <translation>Apéndice: reproducir los números en R</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>Current claim:</source>
        <translation>Afirmación actual:</translation>
    </message>
    <message>
        <source>Original claim:</source>
        <translation>Afirmación original:</translation>
    </message>
    <message>
        <source>Why refined:</source>
        <translation>Por qué se refinó:</translation>
    </message>
    <message>
        <source>Refinement history</source>
        <translation>Historial de refinamientos</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Why refined</source>
        <translation>Por qué se refinó</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Original claim</source>
        <translation>Afirmación original</translation>
    </message>
    <message>
        <source>Review question</source>
        <translation>Pregunta de la revisión</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Población</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Intervención</translation>
    </message>
    <message>
        <source>Comparator</source>
        <translation>Comparador</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Desenlace</translation>
    </message>
    <message>
        <source>No mechanism has been written yet.</source>
        <translation>Aún no se ha redactado ningún mecanismo.</translation>
    </message>
    <message>
        <source>Most probable mechanism</source>
        <translation>Mecanismo más probable</translation>
    </message>
    <message>
        <source>Less supported, not ruled out (%1)</source>
        <translation>Menos respaldado, no descartado (%1)</translation>
    </message>
    <message>
        <source>Not tagged</source>
        <translation>Sin etiquetar</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Estudio</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Diseño</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <source>No included study has %1 outcome data yet, so there is no synthesis.</source>
        <translation>Ningún estudio incluido tiene aún datos de desenlace para %1, así que no hay síntesis.</translation>
    </message>
    <message>
        <source>The synthesis could not be computed.</source>
        <translation>No se pudo calcular la síntesis.</translation>
    </message>
    <message>
        <source>Knapp-Hartung</source>
        <translation>Knapp-Hartung</translation>
    </message>
    <message>
        <source>z test</source>
        <translation>prueba z</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Pooled %1</source>
        <translation>%1 combinado</translation>
    </message>
    <message>
        <source>p (test of no effect)</source>
        <translation>p (prueba de ausencia de efecto)</translation>
    </message>
    <message>
        <source>Prediction interval</source>
        <translation>Intervalo de predicción</translation>
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
        <translation>Q (gl), p</translation>
    </message>
    <message>
        <source>Egger&apos;s regression test</source>
        <translation>Prueba de regresión de Egger</translation>
    </message>
    <message>
        <source>Begg&apos;s rank correlation</source>
        <translation>Correlación de rangos de Begg</translation>
    </message>
    <message>
        <source>Trim-and-fill (L0)</source>
        <translation>Trim-and-fill (L0)</translation>
    </message>
    <message>
        <source>%1 imputed on the %2 side; %3 [%4, %5]</source>
        <translation>%1 imputado(s) en el lado %2; %3 [%4; %5]</translation>
    </message>
    <message>
        <source>left</source>
        <translation>izquierdo</translation>
    </message>
    <message>
        <source>right</source>
        <translation>derecho</translation>
    </message>
    <message>
        <source>Forest plot</source>
        <translation>Diagrama de bosque</translation>
    </message>
    <message>
        <source>Funnel plot</source>
        <translation>Gráfico de embudo</translation>
    </message>
    <message>
        <source>Subgroups</source>
        <translation>Subgrupos</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Leave-one-out</source>
        <translation>Dejar uno fuera</translation>
    </message>
    <message>
        <source>Without</source>
        <translation>Sin</translation>
    </message>
    <message>
        <source>Starting level: %1.</source>
        <translation>Nivel inicial: %1.</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation>Juicio</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>not assessable</source>
        <translation>no evaluable</translation>
    </message>
    <message>
        <source>Reviewer&apos;s judgement (suggested %1): %2</source>
        <translation>Juicio de los revisores (sugerido: %1): %2</translation>
    </message>
    <message>
        <source>Proposed by EvidenceDesk from the review question and the gaps in the evidence; not yet edited by the reviewer.</source>
        <translation>Propuesto por EvidenceDesk a partir de la pregunta de la revisión y las lagunas de la evidencia; aún no editado por los revisores.</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>Outcome and follow-up</source>
        <translation>Desenlace y seguimiento</translation>
    </message>
    <message>
        <source>the Knapp-Hartung adjustment (t distribution with k − 1 degrees of freedom)</source>
        <translation>el ajuste de Knapp-Hartung (distribución t con k − 1 grados de libertad)</translation>
    </message>
    <message>
        <source>the normal distribution</source>
        <translation>la distribución normal</translation>
    </message>
    <message>
        <source> Subgroups (%1) were analysed separately and compared with a test for subgroup differences.</source>
        <translation> Los subgrupos (%1) se analizaron por separado y se compararon con una prueba de diferencias entre subgrupos.</translation>
    </message>
    <message>
        <source>No synthesis was computed.</source>
        <translation>No se calculó ninguna síntesis.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>%1: cannot write the report: %2</source>
        <translation>%1: no se puede escribir el informe: %2</translation>
    </message>
    <message>
        <source>Test for subgroup differences: Q = %1, df = %2, p %3</source>
        <translation>Prueba de diferencias entre subgrupos: Q = %1, gl = %2, p %3</translation>
    </message>
    <message>
        <source>Effect sizes were computed as %1 (with 0.5 added to every cell of a 2×2 table containing a zero) and pooled with %2, using inverse-variance weights. Confidence intervals use %3 at the %4% level; the prediction interval uses the same critical value with τ² added to the variance. Heterogeneity is reported as Cochran&apos;s Q, I² and H² as defined in metafor, and τ² with its Q-profile confidence interval. Small-study effects were examined with Egger&apos;s regression test (the standard error as moderator in the same model), Begg&apos;s rank correlation test and trim-and-fill (L0 estimator). Leave-one-out analyses refit the model without each study in turn.%5 Certainty was rated with GRADE. Computations by EvidenceDesk %6, whose engine agrees with metafor 3.8-1 to a relative 1e-6 on every reported quantity.</source>
        <translation>Los tamaños del efecto se calcularon como %1 (sumando 0,5 a cada celda de una tabla 2×2 que contenga un cero) y se combinaron con %2, con pesos por inverso de la varianza. Los intervalos de confianza usan %3 al nivel del %4&#xa0;%; el intervalo de predicción usa el mismo valor crítico sumando τ² a la varianza. La heterogeneidad se informa como la Q de Cochran, I² y H² según se definen en metafor, y τ² con su intervalo de confianza por perfil Q. Los efectos de estudios pequeños se examinaron con la prueba de regresión de Egger (el error estándar como moderador en el mismo modelo), la prueba de correlación de rangos de Begg y trim-and-fill (estimador L0). Los análisis de dejar uno fuera reajustan el modelo sin cada estudio por turno.%5 La certeza se calificó con GRADE. Cálculos de EvidenceDesk %6, cuyo motor coincide con metafor 3.8-1 hasta un 1e-6 relativo en cada cantidad informada.</translation>
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
        <translation>postura</translation>
    </message>
    <message>
        <source>design</source>
        <translation>diseño</translation>
    </message>
    <message>
        <source>cannot write the PDF</source>
        <translation>no se puede escribir el PDF</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n stud(ies); %1; %2% confidence intervals (%3).</source>
        <translation>
            <numerusform>%n estudio; %1; intervalos de confianza del %2% (%3).</numerusform>
            <numerusform>%n estudios; %1; intervalos de confianza del %2% (%3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Excluded from the synthesis</source>
        <translation>Excluidos de la síntesis</translation>
    </message>
    <message>
        <source>Why excluded</source>
        <translation>Motivo de exclusión</translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>sin motivo registrado</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referencias</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Desenlace:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Claims of this review</source>
        <translation>Afirmaciones de esta revisión</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Afirmación</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Estudios</translation>
    </message>
    <message>
        <source>Pooled effect [CI]</source>
        <translation>Efecto combinado [IC]</translation>
    </message>
    <message>
        <source>Certainty</source>
        <translation>Certeza</translation>
    </message>
    <message>
        <source>not estimable</source>
        <translation>no estimable</translation>
    </message>
    <message>
        <source>(%1 CI)</source>
        <translation>(IC del %1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>The review&apos;s other claims</source>
        <translation>Las demás afirmaciones de la revisión</translation>
    </message>
    <message>
        <source>Each claim of the review with its outcome, its synthesis and the certainty of its evidence; the sections above report the first.</source>
        <translation>Cada afirmación de la revisión con su desenlace, su síntesis y la certeza de su evidencia; las secciones anteriores tratan la primera.</translation>
    </message>
    <message>
        <source>No pooled estimate: %1</source>
        <translation>Sin estimación combinada: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n stud(ies); pooled %1 %2 %3 (%4 CI), p %5; I² = %6.</source>
        <translation>
            <numerusform>%n estudio; combinado %1 %2 %3 (IC del %4), p %5; I² = %6.</numerusform>
            <numerusform>%n estudios; combinado %1 %2 %3 (IC del %4), p %5; I² = %6.</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary of findings</source>
        <translation>Resumen de los hallazgos</translation>
    </message>
    <message>
        <source>Risk of bias</source>
        <translation>Riesgo de sesgo</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No study of the synthesis has a risk-of-bias judgement for this outcome yet; GRADE&apos;s risk of bias is therefore not assessed.</source>
        <translation>Ningún estudio de la síntesis tiene aún un juicio de riesgo de sesgo para este desenlace; por ello el riesgo de sesgo de GRADE no está evaluado.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the %1 studies of the synthesis are appraised for this outcome (RoB 2: %2, ROBINS-I: %3).</source>
        <translation>
            <numerusform>%n de los %1 estudios de la síntesis está evaluado para este desenlace (RoB 2: %2, ROBINS-I: %3).</numerusform>
            <numerusform>%n de los %1 estudios de la síntesis están evaluados para este desenlace (RoB 2: %2, ROBINS-I: %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Risk of bias of each study</source>
        <translation>Riesgo de sesgo de cada estudio</translation>
    </message>
    <message>
        <source>Risk of bias across studies</source>
        <translation>Riesgo de sesgo en el conjunto de estudios</translation>
    </message>
</context>
<context>
    <name>ReviewFileText</name>
    <message>
        <source>not a regular file (a folder, a pipe or a device)</source>
        <translation>no es un archivo normal (una carpeta, una tubería o un dispositivo)</translation>
    </message>
    <message>
        <source>this is the file the command reads; it was not changed</source>
        <translation>es el archivo que lee el comando; no se ha modificado</translation>
    </message>
    <message>
        <source>an output may not be written over a review (*.evidence); it was not changed</source>
        <translation>una salida no puede sobrescribir una revisión (*.evidence); no se ha modificado</translation>
    </message>
    <message>
        <source>the file system is read-only: the review can be read, not changed</source>
        <translation>el sistema de archivos es de solo lectura: la revisión se puede leer, no modificar</translation>
    </message>
    <message>
        <source>the disk is full: nothing was changed</source>
        <translation>el disco está lleno: no se ha modificado nada</translation>
    </message>
    <message>
        <source>the folder is read-only (a review needs to write files beside it): the review can be read, not changed</source>
        <translation>la carpeta es de solo lectura (una revisión necesita escribir archivos junto a ella): la revisión se puede leer, no modificar</translation>
    </message>
    <message>
        <source>the file is read-only: the review can be read, not changed</source>
        <translation>el archivo es de solo lectura: la revisión se puede leer, no modificar</translation>
    </message>
</context>
<context>
    <name>ReviewStoreText</name>
    <message>
        <source>unknown database error</source>
        <translation>error de base de datos desconocido</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: no existe el archivo</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1: not an EvidenceDesk review (not a database file)</source>
        <translation>%1: no es una revisión de EvidenceDesk (no es un archivo de base de datos)</translation>
    </message>
    <message>
        <source>%1: cannot be opened: %2</source>
        <translation>%1: no se puede abrir: %2</translation>
    </message>
    <message>
        <source>%1: the review file is damaged (%2)</source>
        <translation>%1: el archivo de la revisión está dañado (%2)</translation>
    </message>
    <message>
        <source>%1: not an EvidenceDesk review (a database of another program)</source>
        <translation>%1: no es una revisión de EvidenceDesk (es una base de datos de otro programa)</translation>
    </message>
    <message>
        <source>%1: the review was written by a newer EvidenceDesk (file format %2; this version reads up to %3). Open it with a newer EvidenceDesk; it was not changed.</source>
        <translation>%1: la revisión fue escrita por un EvidenceDesk más reciente (formato de archivo %2; esta versión lee hasta %3). Ábrala con un EvidenceDesk más reciente; no se ha modificado.</translation>
    </message>
    <message>
        <source>%1: not an EvidenceDesk review (no schema version)</source>
        <translation>%1: no es una revisión de EvidenceDesk (sin versión de esquema)</translation>
    </message>
    <message>
        <source>%1: cannot be opened for writing: %2</source>
        <translation>%1: no se puede abrir para escribir: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: a file of that name exists already</source>
        <translation>%1: ya existe un archivo con ese nombre</translation>
    </message>
    <message>
        <source>%1: cannot create the review: %2</source>
        <translation>%1: no se puede crear la revisión: %2</translation>
    </message>
    <message>
        <source>the SQLite driver gives no connection handle</source>
        <translation>el controlador de SQLite no da ningún identificador de conexión</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>no study with id %1</source>
        <translation>no hay ningún estudio con id %1</translation>
    </message>
    <message>
        <source>%1: the review cannot be read (%2)</source>
        <translation>%1: no se puede leer la revisión (%2)</translation>
    </message>
    <message>
        <source>%1: the review holds an unknown %2 &apos;%3&apos;</source>
        <translation>%1: la revisión contiene un valor desconocido de %2: &apos;%3&apos;</translation>
    </message>
    <message>
        <source>assertion</source>
        <translation>afirmación</translation>
    </message>
    <message>
        <source>stance</source>
        <translation>postura</translation>
    </message>
    <message>
        <source>effect measure</source>
        <translation>medida del efecto</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modelo</translation>
    </message>
    <message>
        <source>test</source>
        <translation>prueba</translation>
    </message>
    <message>
        <source>%1: cannot be read (no room for a copy to recover it in)</source>
        <translation>%1: no se puede leer (no hay espacio para una copia en la que recuperarla)</translation>
    </message>
    <message>
        <source>%1: the file %2 beside it belongs to another database (a copy or a restore without its partner?); nothing was changed. Move that file away to open the review as it was last saved.</source>
        <translation>%1: el archivo %2 que está a su lado pertenece a otra base de datos (¿una copia o una restauración sin su pareja?); no se ha modificado nada. Aparte ese archivo para abrir la revisión tal como se guardó por última vez.</translation>
    </message>
    <message>
        <source>%1: the review could not be read in its older format: %2</source>
        <translation>%1: no se pudo leer la revisión en su formato anterior: %2</translation>
    </message>
    <message>
        <source>%1: cannot be opened for writing</source>
        <translation>%1: no se puede abrir para escribir</translation>
    </message>
    <message>
        <source>outcome type</source>
        <translation>tipo de desenlace</translation>
    </message>
    <message>
        <source>outcome field</source>
        <translation>campo del desenlace</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Desenlace</translation>
    </message>
    <message>
        <source>the review has no study with id %1</source>
        <translation>la revisión no tiene ningún estudio con id %1</translation>
    </message>
    <message>
        <source>already in the review, nothing new</source>
        <translation>ya está en la revisión, nada nuevo</translation>
    </message>
    <message>
        <source>the same study as line %1</source>
        <translation>el mismo estudio que la línea %1</translation>
    </message>
    <message>
        <source>no outcome with id %1</source>
        <translation>no hay desenlace con id %1</translation>
    </message>
    <message>
        <source>risk-of-bias tool</source>
        <translation>herramienta de riesgo de sesgo</translation>
    </message>
    <message>
        <source>risk-of-bias judgement</source>
        <translation>juicio de riesgo de sesgo</translation>
    </message>
    <message>
        <source>risk-of-bias domain</source>
        <translation>dominio de riesgo de sesgo</translation>
    </message>
    <message numerus="yes">
        <source>risk of bias: %1 has %n domain(s)</source>
        <translation>
            <numerusform>riesgo de sesgo: %1 tiene %n dominio</numerusform>
            <numerusform>riesgo de sesgo: %1 tiene %n dominios</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RiskOfBias</name>
    <message>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <source>Some concerns</source>
        <translation>Algunas preocupaciones</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderado</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation>Grave</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <source>No information</source>
        <translation>Sin información</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>No evaluado</translation>
    </message>
    <message>
        <source>Bias arising from the randomisation process</source>
        <translation>Sesgo derivado del proceso de aleatorización</translation>
    </message>
    <message>
        <source>1.1 Was the allocation sequence random?</source>
        <translation>1.1 ¿Fue aleatoria la secuencia de asignación?</translation>
    </message>
    <message>
        <source>1.2 Was the allocation sequence concealed until participants were enrolled and assigned to interventions?</source>
        <translation>1.2 ¿Se mantuvo oculta la secuencia de asignación hasta que los participantes fueron incluidos y asignados a las intervenciones?</translation>
    </message>
    <message>
        <source>1.3 Did baseline differences between intervention groups suggest a problem with the randomisation process?</source>
        <translation>1.3 ¿Sugerían las diferencias basales entre los grupos de intervención un problema con el proceso de aleatorización?</translation>
    </message>
    <message>
        <source>Bias due to deviations from intended interventions</source>
        <translation>Sesgo debido a desviaciones de las intervenciones previstas</translation>
    </message>
    <message>
        <source>2.1 Were participants aware of their assigned intervention during the trial?</source>
        <translation>2.1 ¿Conocían los participantes la intervención asignada durante el ensayo?</translation>
    </message>
    <message>
        <source>2.2 Were carers and people delivering the interventions aware of participants&apos; assigned intervention during the trial?</source>
        <translation>2.2 ¿Conocían los cuidadores y quienes aplicaban las intervenciones la intervención asignada a los participantes durante el ensayo?</translation>
    </message>
    <message>
        <source>2.3 Were there deviations from the intended intervention that arose because of the trial context?</source>
        <translation>2.3 ¿Hubo desviaciones de la intervención prevista debidas al contexto del ensayo?</translation>
    </message>
    <message>
        <source>2.4 Were these deviations likely to have affected the outcome?</source>
        <translation>2.4 ¿Es probable que estas desviaciones afectaran al desenlace?</translation>
    </message>
    <message>
        <source>2.5 Were these deviations from intended intervention balanced between groups?</source>
        <translation>2.5 ¿Estuvieron equilibradas entre los grupos estas desviaciones de la intervención prevista?</translation>
    </message>
    <message>
        <source>2.6 Was an appropriate analysis used to estimate the effect of assignment to intervention?</source>
        <translation>2.6 ¿Se usó un análisis adecuado para estimar el efecto de la asignación a la intervención?</translation>
    </message>
    <message>
        <source>2.7 Was there potential for a substantial impact (on the result) of the failure to analyse participants in the group to which they were randomised?</source>
        <translation>2.7 ¿Pudo tener un impacto considerable (en el resultado) no analizar a los participantes en el grupo al que fueron aleatorizados?</translation>
    </message>
    <message>
        <source>Bias due to missing outcome data</source>
        <translation>Sesgo debido a datos de desenlace faltantes</translation>
    </message>
    <message>
        <source>3.1 Were data for this outcome available for all, or nearly all, participants randomised?</source>
        <translation>3.1 ¿Se dispuso de datos de este desenlace para todos, o casi todos, los participantes aleatorizados?</translation>
    </message>
    <message>
        <source>3.2 Is there evidence that the result was not biased by missing outcome data?</source>
        <translation>3.2 ¿Hay pruebas de que el resultado no fue sesgado por los datos de desenlace faltantes?</translation>
    </message>
    <message>
        <source>3.3 Could missingness in the outcome depend on its true value?</source>
        <translation>3.3 ¿Podría la ausencia de datos del desenlace depender de su valor real?</translation>
    </message>
    <message>
        <source>3.4 Is it likely that missingness in the outcome depended on its true value?</source>
        <translation>3.4 ¿Es probable que la ausencia de datos del desenlace dependiera de su valor real?</translation>
    </message>
    <message>
        <source>Bias in measurement of the outcome</source>
        <translation>Sesgo en la medición del desenlace</translation>
    </message>
    <message>
        <source>4.1 Was the method of measuring the outcome inappropriate?</source>
        <translation>4.1 ¿Fue inadecuado el método de medición del desenlace?</translation>
    </message>
    <message>
        <source>4.2 Could measurement or ascertainment of the outcome have differed between intervention groups?</source>
        <translation>4.2 ¿Pudo diferir la medición o determinación del desenlace entre los grupos de intervención?</translation>
    </message>
    <message>
        <source>4.3 Were outcome assessors aware of the intervention received by study participants?</source>
        <translation>4.3 ¿Conocían los evaluadores del desenlace la intervención recibida por los participantes?</translation>
    </message>
    <message>
        <source>4.4 Could assessment of the outcome have been influenced by knowledge of intervention received?</source>
        <translation>4.4 ¿Pudo influir en la evaluación del desenlace el conocimiento de la intervención recibida?</translation>
    </message>
    <message>
        <source>4.5 Is it likely that assessment of the outcome was influenced by knowledge of intervention received?</source>
        <translation>4.5 ¿Es probable que el conocimiento de la intervención recibida influyera en la evaluación del desenlace?</translation>
    </message>
    <message>
        <source>Bias in selection of the reported result</source>
        <translation>Sesgo en la selección del resultado comunicado</translation>
    </message>
    <message>
        <source>5.1 Were the data that produced this result analysed in accordance with a pre-specified analysis plan that was finalised before unblinded outcome data were available for analysis?</source>
        <translation>5.1 ¿Se analizaron los datos que produjeron este resultado según un plan de análisis preespecificado y finalizado antes de disponer de los datos de desenlace sin enmascarar?</translation>
    </message>
    <message>
        <source>5.2 Is the numerical result being assessed likely to have been selected, on the basis of the results, from multiple eligible outcome measurements (e.g. scales, definitions, time points) within the outcome domain?</source>
        <translation>5.2 ¿Es probable que el resultado numérico evaluado se seleccionara, en función de los resultados, entre varias mediciones elegibles del desenlace (p. ej., escalas, definiciones, momentos) dentro del dominio del desenlace?</translation>
    </message>
    <message>
        <source>5.3 Is the numerical result being assessed likely to have been selected, on the basis of the results, from multiple eligible analyses of the data?</source>
        <translation>5.3 ¿Es probable que el resultado numérico evaluado se seleccionara, en función de los resultados, entre varios análisis elegibles de los datos?</translation>
    </message>
    <message>
        <source>Bias due to confounding</source>
        <translation>Sesgo debido a confusión</translation>
    </message>
    <message>
        <source>1.1 Is there potential for confounding of the effect of intervention in this study?</source>
        <translation>1.1 ¿Existe posibilidad de confusión del efecto de la intervención en este estudio?</translation>
    </message>
    <message>
        <source>1.2 Was the analysis based on splitting participants&apos; follow-up time according to intervention received?</source>
        <translation>1.2 ¿Se basó el análisis en dividir el tiempo de seguimiento de los participantes según la intervención recibida?</translation>
    </message>
    <message>
        <source>1.3 Were intervention discontinuations or switches likely to be related to factors that are prognostic for the outcome?</source>
        <translation>1.3 ¿Es probable que las interrupciones o cambios de intervención se relacionaran con factores pronósticos del desenlace?</translation>
    </message>
    <message>
        <source>1.4 Did the authors use an appropriate analysis method that controlled for all the important confounding domains?</source>
        <translation>1.4 ¿Usaron los autores un método de análisis adecuado que controlara todos los dominios de confusión importantes?</translation>
    </message>
    <message>
        <source>1.5 Were confounding domains that were controlled for measured validly and reliably by the variables available in this study?</source>
        <translation>1.5 ¿Se midieron de forma válida y fiable, con las variables disponibles en este estudio, los dominios de confusión controlados?</translation>
    </message>
    <message>
        <source>1.6 Did the authors control for any post-intervention variables that could have been affected by the intervention?</source>
        <translation>1.6 ¿Controlaron los autores alguna variable posterior a la intervención que pudiera haber sido afectada por ella?</translation>
    </message>
    <message>
        <source>1.7 Did the authors use an appropriate analysis method that adjusted for all the important confounding domains and for time-varying confounding?</source>
        <translation>1.7 ¿Usaron los autores un método de análisis adecuado que ajustara por todos los dominios de confusión importantes y por la confusión variable en el tiempo?</translation>
    </message>
    <message>
        <source>1.8 Were confounding domains that were adjusted for measured validly and reliably by the variables available in this study?</source>
        <translation>1.8 ¿Se midieron de forma válida y fiable, con las variables disponibles en este estudio, los dominios de confusión ajustados?</translation>
    </message>
    <message>
        <source>Bias in selection of participants into the study</source>
        <translation>Sesgo en la selección de los participantes del estudio</translation>
    </message>
    <message>
        <source>2.1 Was selection of participants into the study (or into the analysis) based on participant characteristics observed after the start of intervention?</source>
        <translation>2.1 ¿Se basó la selección de los participantes del estudio (o del análisis) en características observadas después del inicio de la intervención?</translation>
    </message>
    <message>
        <source>2.2 Were the post-intervention variables that influenced selection likely to be associated with intervention?</source>
        <translation>2.2 ¿Es probable que las variables posteriores a la intervención que influyeron en la selección estuvieran asociadas a la intervención?</translation>
    </message>
    <message>
        <source>2.3 Were the post-intervention variables that influenced selection likely to be influenced by the outcome or a cause of the outcome?</source>
        <translation>2.3 ¿Es probable que las variables posteriores a la intervención que influyeron en la selección estuvieran influidas por el desenlace o por una causa del desenlace?</translation>
    </message>
    <message>
        <source>2.4 Do start of follow-up and start of intervention coincide for most participants?</source>
        <translation>2.4 ¿Coinciden el inicio del seguimiento y el inicio de la intervención en la mayoría de los participantes?</translation>
    </message>
    <message>
        <source>2.5 Were adjustment techniques used that are likely to correct for the presence of selection biases?</source>
        <translation>2.5 ¿Se usaron técnicas de ajuste que probablemente corrijan la presencia de sesgos de selección?</translation>
    </message>
    <message>
        <source>Bias in classification of interventions</source>
        <translation>Sesgo en la clasificación de las intervenciones</translation>
    </message>
    <message>
        <source>3.1 Were intervention groups clearly defined?</source>
        <translation>3.1 ¿Estaban claramente definidos los grupos de intervención?</translation>
    </message>
    <message>
        <source>3.2 Was the information used to define intervention groups recorded at the start of the intervention?</source>
        <translation>3.2 ¿Se registró al inicio de la intervención la información usada para definir los grupos de intervención?</translation>
    </message>
    <message>
        <source>3.3 Could classification of intervention status have been affected by knowledge of the outcome or risk of the outcome?</source>
        <translation>3.3 ¿Pudo verse afectada la clasificación del estado de intervención por el conocimiento del desenlace o del riesgo del desenlace?</translation>
    </message>
    <message>
        <source>4.1 Were there deviations from the intended intervention beyond what would be expected in usual practice?</source>
        <translation>4.1 ¿Hubo desviaciones de la intervención prevista más allá de lo esperable en la práctica habitual?</translation>
    </message>
    <message>
        <source>4.2 Were these deviations from intended intervention unbalanced between groups and likely to have affected the outcome?</source>
        <translation>4.2 ¿Estuvieron desequilibradas entre los grupos estas desviaciones de la intervención prevista y es probable que afectaran al desenlace?</translation>
    </message>
    <message>
        <source>4.3 Were important co-interventions balanced across intervention groups?</source>
        <translation>4.3 ¿Estuvieron equilibradas entre los grupos de intervención las cointervenciones importantes?</translation>
    </message>
    <message>
        <source>4.4 Was the intervention implemented successfully for most participants?</source>
        <translation>4.4 ¿Se aplicó con éxito la intervención en la mayoría de los participantes?</translation>
    </message>
    <message>
        <source>4.5 Did study participants adhere to the assigned intervention regimen?</source>
        <translation>4.5 ¿Se adhirieron los participantes al régimen de intervención asignado?</translation>
    </message>
    <message>
        <source>4.6 Was an appropriate analysis used to estimate the effect of starting and adhering to the intervention?</source>
        <translation>4.6 ¿Se usó un análisis adecuado para estimar el efecto de iniciar la intervención y adherirse a ella?</translation>
    </message>
    <message>
        <source>Bias due to missing data</source>
        <translation>Sesgo debido a datos faltantes</translation>
    </message>
    <message>
        <source>5.1 Were outcome data available for all, or nearly all, participants?</source>
        <translation>5.1 ¿Se dispuso de datos del desenlace para todos, o casi todos, los participantes?</translation>
    </message>
    <message>
        <source>5.2 Were participants excluded due to missing data on intervention status?</source>
        <translation>5.2 ¿Se excluyeron participantes por falta de datos sobre el estado de intervención?</translation>
    </message>
    <message>
        <source>5.3 Were participants excluded due to missing data on other variables needed for the analysis?</source>
        <translation>5.3 ¿Se excluyeron participantes por falta de datos de otras variables necesarias para el análisis?</translation>
    </message>
    <message>
        <source>5.4 Are the proportion of participants and reasons for missing data similar across interventions?</source>
        <translation>5.4 ¿Son similares entre las intervenciones la proporción de participantes y los motivos de los datos faltantes?</translation>
    </message>
    <message>
        <source>5.5 Is there evidence that results were robust to the presence of missing data?</source>
        <translation>5.5 ¿Hay pruebas de que los resultados fueron robustos ante los datos faltantes?</translation>
    </message>
    <message>
        <source>Bias in measurement of outcomes</source>
        <translation>Sesgo en la medición de los desenlaces</translation>
    </message>
    <message>
        <source>6.1 Could the outcome measure have been influenced by knowledge of the intervention received?</source>
        <translation>6.1 ¿Pudo influir en la medida del desenlace el conocimiento de la intervención recibida?</translation>
    </message>
    <message>
        <source>6.2 Were outcome assessors aware of the intervention received by study participants?</source>
        <translation>6.2 ¿Conocían los evaluadores del desenlace la intervención recibida por los participantes?</translation>
    </message>
    <message>
        <source>6.3 Were the methods of outcome assessment comparable across intervention groups?</source>
        <translation>6.3 ¿Fueron comparables entre los grupos de intervención los métodos de evaluación del desenlace?</translation>
    </message>
    <message>
        <source>6.4 Were any systematic errors in measurement of the outcome related to intervention received?</source>
        <translation>6.4 ¿Se relacionaron con la intervención recibida los errores sistemáticos en la medición del desenlace?</translation>
    </message>
    <message>
        <source>7.1 Is the reported effect estimate likely to be selected, on the basis of the results, from multiple outcome measurements within the outcome domain?</source>
        <translation>7.1 ¿Es probable que la estimación del efecto comunicada se seleccionara, en función de los resultados, entre varias mediciones del desenlace dentro del dominio del desenlace?</translation>
    </message>
    <message>
        <source>7.2 Is the reported effect estimate likely to be selected, on the basis of the results, from multiple analyses of the intervention-outcome relationship?</source>
        <translation>7.2 ¿Es probable que la estimación del efecto comunicada se seleccionara, en función de los resultados, entre varios análisis de la relación entre intervención y desenlace?</translation>
    </message>
    <message>
        <source>7.3 Is the reported effect estimate likely to be selected, on the basis of the results, from different subgroups?</source>
        <translation>7.3 ¿Es probable que la estimación del efecto comunicada se seleccionara, en función de los resultados, entre distintos subgrupos?</translation>
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
        <translation>Juicios de %1</translation>
    </message>
    <message>
        <source>%1 domains</source>
        <translation>Dominios de %1</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Dominios</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Estudio</translation>
    </message>
    <message>
        <source>%1: share of the weight at each judgement</source>
        <translation>%1: proporción del peso en cada juicio</translation>
    </message>
</context>
<context>
    <name>SofText</name>
    <message>
        <source>%1, %2 (the reviewer&apos;s judgement): %3</source>
        <translation>%1, %2 (juicio del revisor): %3</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>%1 CI</source>
        <translation>IC del %1</translation>
    </message>
    <message>
        <source>CI</source>
        <translation>IC</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Desenlace</translation>
    </message>
    <message>
        <source>№ of participants (studies)</source>
        <translation>N.º de participantes (estudios)</translation>
    </message>
    <message>
        <source>Certainty of the evidence (GRADE)</source>
        <translation>Certeza de la evidencia (GRADE)</translation>
    </message>
    <message>
        <source>Relative effect (%1)</source>
        <translation>Efecto relativo (%1)</translation>
    </message>
    <message>
        <source>Risk with the comparator</source>
        <translation>Riesgo con el comparador</translation>
    </message>
    <message>
        <source>Difference with the intervention (%1)</source>
        <translation>Diferencia con la intervención (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln fewer per %1</source>
        <translation>
            <numerusform>%Ln menos por %1</numerusform>
            <numerusform>%Ln menos por %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more per %1</source>
        <translation>
            <numerusform>%Ln más por %1</numerusform>
            <numerusform>%Ln más por %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln fewer</source>
        <comment>an end of an interval of differences per 1,000</comment>
        <translation>
            <numerusform>%Ln menos</numerusform>
            <numerusform>%Ln menos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more</source>
        <comment>an end of an interval of differences per 1,000</comment>
        <translation>
            <numerusform>%Ln más</numerusform>
            <numerusform>%Ln más</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 lower</source>
        <translation>%1 menor</translation>
    </message>
    <message>
        <source>%1 higher</source>
        <translation>%1 mayor</translation>
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
            <numerusform>no informado (%n estudio)</numerusform>
            <numerusform>no informado (%n estudios)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n stud(ies))</source>
        <translation>
            <numerusform>%1 (%n estudio)</numerusform>
            <numerusform>%1 (%n estudios)</numerusform>
        </translation>
    </message>
    <message>
        <source>not estimable</source>
        <translation>no estimable</translation>
    </message>
    <message>
        <source>%1 %2 (%3 to %4)</source>
        <comment>measure, estimate, interval</comment>
        <translation>%1 %2 (%3 a %4)</translation>
    </message>
    <message>
        <source>%1 per %2</source>
        <comment>a risk per 1,000</comment>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>%1 %2 (%3 to %4)</source>
        <comment>measure, difference, interval</comment>
        <translation>%1 %2 (%3 a %4)</translation>
    </message>
    <message>
        <source>%1 (from %2 to %3)</source>
        <comment>a difference per 1,000 and its interval</comment>
        <translation>%1 (de %2 a %3)</translation>
    </message>
    <message>
        <source>The risk with the comparator is the median risk in the comparator groups of the included studies, or the reviewer&apos;s (marked †). The difference with the intervention and its interval follow from that risk and the pooled relative effect with its interval; a risk difference or a mean difference is as pooled. Certainty of the evidence (GRADE): ⊕⊕⊕⊕ high, ⊕⊕⊕◯ moderate, ⊕⊕◯◯ low, ⊕◯◯◯ very low.</source>
        <translation>El riesgo con el comparador es la mediana del riesgo en los grupos de comparación de los estudios incluidos, o el que fija el revisor (marcado con †). La diferencia con la intervención y su intervalo se derivan de ese riesgo y del efecto relativo combinado con su intervalo; una diferencia de riesgos o una diferencia de medias se presenta tal como se combinó. Certeza de la evidencia (GRADE): ⊕⊕⊕⊕ alta, ⊕⊕⊕◯ moderada, ⊕⊕◯◯ baja, ⊕◯◯◯ muy baja.</translation>
    </message>
    <message>
        <source>Summary of findings</source>
        <translation>Resumen de los hallazgos</translation>
    </message>
    <message>
        <source>Summary of findings: %1</source>
        <translation>Resumen de los hallazgos: %1</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Población</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Intervención</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a label and its value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>no se puede escribir: %1</translation>
    </message>
</context>
<context>
    <name>Stance</name>
    <message>
        <source>Supporting</source>
        <translation>A favor</translation>
    </message>
    <message>
        <source>Contradicting</source>
        <translation>En contra</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Not tagged</source>
        <translation>Sin etiquetar</translation>
    </message>
</context>
<context>
    <name>Study</name>
    <message>
        <source>Untitled study</source>
        <translation>Estudio sin título</translation>
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
        <translation>no se puede abrir: %1</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 (byte 0x%1)</source>
        <translation>el texto no es UTF-8 válido (byte 0x%1)</translation>
    </message>
    <message>
        <source>a line is longer than %1 MB</source>
        <translation>una línea ocupa más de %1 MB</translation>
    </message>
</context>
<context>
    <name>evidencedesk::CertaintyPanel</name>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Sugerido</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Your judgement</source>
        <translation>Su juicio</translation>
    </message>
    <message>
        <source>Plain-language conclusion (edit to word it your way; empty returns to the suggestion)</source>
        <translation>Conclusión en lenguaje sencillo (edítela a su manera; vacía vuelve a la sugerencia)</translation>
    </message>
    <message>
        <source>Use the suggested conclusion</source>
        <translation>Usar la conclusión sugerida</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Certainty: %1 %2&lt;/b&gt;&lt;br&gt;Starting level %3: %4&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Certeza: %1 %2&lt;/b&gt;&lt;br&gt;Nivel inicial %3: %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>not assessable</source>
        <translation>no evaluable</translation>
    </message>
    <message>
        <source>As suggested</source>
        <translation>Como se sugiere</translation>
    </message>
    <message>
        <source>Why do you judge %1 differently? (required)</source>
        <translation>¿Por qué juzga %1 de otro modo? (obligatorio)</translation>
    </message>
    <message>
        <source>Your justification</source>
        <translation>Su justificación</translation>
    </message>
    <message>
        <source>Your justification (%1): %2</source>
        <translation>Su justificación (%1): %2</translation>
    </message>
</context>
<context>
    <name>evidencedesk::ClaimPanel</name>
    <message>
        <source>Claim</source>
        <translation>Afirmación</translation>
    </message>
    <message>
        <source>The claims of this review</source>
        <translation>Las afirmaciones de esta revisión</translation>
    </message>
    <message>
        <source>New claim…</source>
        <translation>Nueva afirmación…</translation>
    </message>
    <message>
        <source>not specified</source>
        <translation>no especificado</translation>
    </message>
    <message>
        <source>an increase</source>
        <translation>un aumento</translation>
    </message>
    <message>
        <source>a decrease</source>
        <translation>una disminución</translation>
    </message>
    <message>
        <source>no meaningful difference</source>
        <translation>ninguna diferencia relevante</translation>
    </message>
    <message>
        <source>What the claim asserts about the outcome; each study&apos;s own effect is judged against it.</source>
        <translation>Lo que la afirmación sostiene sobre el desenlace; el efecto propio de cada estudio se juzga frente a ello.</translation>
    </message>
    <message>
        <source>Asserts</source>
        <translation>Sostiene</translation>
    </message>
    <message>
        <source>Refine claim…</source>
        <translation>Refinar la afirmación…</translation>
    </message>
    <message>
        <source>Refinement history</source>
        <translation>Historial de refinamientos</translation>
    </message>
    <message>
        <source>Review question</source>
        <translation>Pregunta de la revisión</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Población</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Intervención</translation>
    </message>
    <message>
        <source>Comparator</source>
        <translation>Comparador</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Desenlace</translation>
    </message>
    <message>
        <source>This review has no claim yet. Use “New claim…” to state one.</source>
        <translation>Esta revisión aún no tiene afirmación. Use «Nueva afirmación…» para formular una.</translation>
    </message>
    <message>
        <source>New claim</source>
        <translation>Nueva afirmación</translation>
    </message>
    <message>
        <source>State the claim:</source>
        <translation>Formule la afirmación:</translation>
    </message>
    <message>
        <source>Original (%1):
%2</source>
        <translation>Original (%1):
%2</translation>
    </message>
    <message>
        <source>Version %1 (%2):
%3
Why refined: %4</source>
        <translation>Versión %1 (%2):
%3
Por qué se refinó: %4</translation>
    </message>
    <message>
        <source>The outcome this claim is about; the Data tab holds each outcome&apos;s data.</source>
        <translation>El desenlace del que trata esta afirmación; la pestaña Datos contiene los datos de cada desenlace.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>no outcome yet</source>
        <translation>aún sin desenlace</translation>
    </message>
    <message>
        <source>The smallest effect that matters, on the analysis scale (log scale for ratios): GRADE rates imprecision against it, a new trial is sized for it, and a no-difference claim counts effects within it as no meaningful difference. At 0 the measure&apos;s default applies.</source>
        <translation>El efecto más pequeño que importa, en la escala del análisis (escala logarítmica para razones): GRADE evalúa la imprecisión frente a él, un nuevo ensayo se dimensiona para él y una afirmación de ausencia de diferencia cuenta los efectos dentro de él como ninguna diferencia relevante. En 0 se aplica el valor por defecto de la medida.</translation>
    </message>
    <message>
        <source>Minimal important difference</source>
        <translation>Diferencia mínima importante</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>por defecto: %1</translation>
    </message>
    <message>
        <source>not set (no default for this measure)</source>
        <translation>sin fijar (sin valor por defecto para esta medida)</translation>
    </message>
</context>
<context>
    <name>evidencedesk::ConversionDialog</name>
    <message>
        <source>Convert reported results: %1</source>
        <translation>Convertir resultados publicados: %1</translation>
    </message>
    <message>
        <source>An estimate with its confidence interval</source>
        <translation>Una estimación con su intervalo de confianza</translation>
    </message>
    <message>
        <source>An estimate with its p-value</source>
        <translation>Una estimación con su valor p</translation>
    </message>
    <message>
        <source>A mean with its standard error</source>
        <translation>Una media con su error estándar</translation>
    </message>
    <message>
        <source>A median with the quartiles (IQR)</source>
        <translation>Una mediana con los cuartiles (RIC)</translation>
    </message>
    <message>
        <source>A median with the range (minimum, maximum)</source>
        <translation>Una mediana con el rango (mínimo, máximo)</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Intervención</translation>
    </message>
    <message>
        <source>Comparator</source>
        <translation>Comparador</translation>
    </message>
    <message>
        <source>The paper reports</source>
        <translation>El artículo informa</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Use these values</source>
        <translation>Usar estos valores</translation>
    </message>
    <message>
        <source>Estimate (as a ratio)</source>
        <translation>Estimación (como razón)</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimación</translation>
    </message>
    <message>
        <source>Lower bound</source>
        <translation>Límite inferior</translation>
    </message>
    <message>
        <source>Upper bound</source>
        <translation>Límite superior</translation>
    </message>
    <message>
        <source>Level (%)</source>
        <translation>Nivel (%)</translation>
    </message>
    <message>
        <source>p-value (two-sided)</source>
        <translation>Valor p (bilateral)</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Standard error of the mean</source>
        <translation>Error estándar de la media</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>First quartile</source>
        <translation>Primer cuartil</translation>
    </message>
    <message>
        <source>Third quartile</source>
        <translation>Tercer cuartil</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Mínimo</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Máximo</translation>
    </message>
    <message>
        <source>Enter the numbers the paper gives.</source>
        <translation>Introduzca los números que da el artículo.</translation>
    </message>
    <message>
        <source>Estimate and SE from the %1% confidence interval (Cochrane Handbook 6.3.2).</source>
        <translation>Estimación y EE a partir del intervalo de confianza del %1 % (Cochrane Handbook 6.3.2).</translation>
    </message>
    <message>
        <source>SE from the estimate and its p-value, p = %1 (Altman &amp; Bland 2011).</source>
        <translation>EE a partir de la estimación y su valor p, p = %1 (Altman &amp; Bland 2011).</translation>
    </message>
    <message>
        <source>Estimate %1, standard error %2%3.</source>
        <translation>Estimación %1, error estándar %2%3.</translation>
    </message>
    <message>
        <source> (log scale)</source>
        <translation> (escala logarítmica)</translation>
    </message>
    <message>
        <source>SD of the %1 group from the SE of its mean: SD = SE √n (Cochrane Handbook 6.5.2.2).</source>
        <translation>DE del grupo «%1» a partir del EE de su media: DE = EE √n (Cochrane Handbook 6.5.2.2).</translation>
    </message>
    <message>
        <source>Mean %1, SD %2, N %3.</source>
        <translation>Media %1, DE %2, N %3.</translation>
    </message>
    <message>
        <source>Mean and SD of the %1 group estimated from the median and quartiles (mean: Luo et al. 2018; SD: Wan et al. 2014).</source>
        <translation>Media y DE del grupo «%1» estimadas a partir de la mediana y los cuartiles (media: Luo et al. 2018; DE: Wan et al. 2014).</translation>
    </message>
    <message>
        <source>Mean and SD of the %1 group estimated from the median and range (mean: Luo et al. 2018; SD: Wan et al. 2014).</source>
        <translation>Media y DE del grupo «%1» estimadas a partir de la mediana y el rango (media: Luo et al. 2018; DE: Wan et al. 2014).</translation>
    </message>
    <message>
        <source>Estimated mean %1, SD %2, N %3.</source>
        <translation>Media estimada %1, DE %2, N %3.</translation>
    </message>
    <message>
        <source>These numbers give no result (check their order and that they are possible).</source>
        <translation>Estos números no dan ningún resultado (compruebe su orden y que sean posibles).</translation>
    </message>
</context>
<context>
    <name>evidencedesk::DataGridModel</name>
    <message>
        <source>Study</source>
        <translation>Estudio</translation>
    </message>
    <message>
        <source>%1 [%2 CI]</source>
        <translation>%1 [IC del %2]</translation>
    </message>
    <message>
        <source>metafor&apos;s escalc column: %1</source>
        <translation>columna escalc de metafor: %1</translation>
    </message>
    <message>
        <source>%1, %2: </source>
        <translation>%1, %2: </translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>«%1» no es un número</translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation>Editar %1 de %2</translation>
    </message>
    <message>
        <source>Select the data cell where the block&apos;s top-left value goes.</source>
        <translation>Seleccione la celda de datos donde va el valor superior izquierdo del bloque.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n row(s)</source>
        <translation>
            <numerusform>Pegar %n fila</numerusform>
            <numerusform>Pegar %n filas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>evidencedesk::DataGridPanel</name>
    <message>
        <source>The outcome whose data the grid shows</source>
        <translation>El desenlace cuyos datos muestra la cuadrícula</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Desenlace:</translation>
    </message>
    <message>
        <source>New Outcome…</source>
        <translation>Nuevo desenlace…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 data. The current claim is about this outcome.</source>
        <translation>Datos: %1. La afirmación actual trata de este desenlace.</translation>
    </message>
    <message>
        <source>%1 data.</source>
        <translation>Datos: %1.</translation>
    </message>
    <message>
        <source>No outcome yet: add one to choose the kind of data, or type estimates and standard errors and the review&apos;s first outcome starts with them.</source>
        <translation>Aún no hay desenlace: añada uno para elegir el tipo de datos, o escriba estimaciones y errores estándar y el primer desenlace de la revisión empezará con ellos.</translation>
    </message>
    <message>
        <source>Convert…</source>
        <translation>Convertir…</translation>
    </message>
    <message>
        <source>Enter what the paper reports (a confidence interval, a p-value, a standard error, a median with quartiles or range) for the selected study; the values are converted and the conversion noted with the study</source>
        <translation>Introduzca lo que el artículo informa del estudio seleccionado (un intervalo de confianza, un valor p, un error estándar, una mediana con cuartiles o rango); los valores se convierten y la conversión se anota en el estudio</translation>
    </message>
    <message>
        <source>Select the study whose reported results to convert.</source>
        <translation>Seleccione el estudio cuyos resultados publicados se convertirán.</translation>
    </message>
</context>
<context>
    <name>evidencedesk::GoldStandardPanel</name>
    <message>
        <source>Design</source>
        <translation>Diseño</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Población</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Intervención</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Desenlace</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Why / notes</source>
        <translation>Por qué / notas</translation>
    </message>
    <message>
        <source>Propose from the evidence</source>
        <translation>Proponer a partir de la evidencia</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Edit gold-standard evidence</source>
        <translation>Editar la evidencia de referencia</translation>
    </message>
    <message>
        <source>The studies that would prove or disprove the claim, strongest design first.</source>
        <translation>Los estudios que probarían o refutarían la afirmación, el diseño más sólido primero.</translation>
    </message>
    <message>
        <source>Propose gold-standard evidence</source>
        <translation>Proponer evidencia de referencia</translation>
    </message>
    <message>
        <source>Add gold-standard evidence</source>
        <translation>Añadir evidencia de referencia</translation>
    </message>
    <message>
        <source>Delete gold-standard evidence</source>
        <translation>Eliminar evidencia de referencia</translation>
    </message>
    <message>
        <source>Reorder gold-standard evidence</source>
        <translation>Reordenar la evidencia de referencia</translation>
    </message>
    <message>
        <source>The list is empty: “Propose from the evidence” starts one from the review question and the gaps in the evidence, for you to edit.</source>
        <translation>La lista está vacía: «Proponer a partir de la evidencia» crea una a partir de la pregunta de la revisión y las lagunas de la evidencia, para que la edite.</translation>
    </message>
</context>
<context>
    <name>evidencedesk::ImportPreviewDialog</name>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new stud(ies)</source>
        <translation>
            <numerusform>%n estudio nuevo</numerusform>
            <numerusform>%n estudios nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stud(ies) of the review filled in</source>
        <translation>
            <numerusform>%n estudio de la revisión completado</numerusform>
            <numerusform>%n estudios de la revisión completados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the review with nothing new</source>
        <translation>
            <numerusform>%n ya en la revisión sin nada nuevo</numerusform>
            <numerusform>%n ya en la revisión sin nada nuevo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeated record(s) skipped</source>
        <translation>
            <numerusform>%n registro repetido omitido</numerusform>
            <numerusform>%n registros repetidos omitidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in %1: </source>
        <translation>
            <numerusform>%n registro en %1: </numerusform>
            <numerusform>%n registros en %1: </numerusform>
        </translation>
    </message>
    <message>
        <source>Outcome data go to “%1”.</source>
        <translation>Los datos del desenlace van a «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) in the file differ from what the review holds. Replace them with the file&apos;s, or cancel and correct the file.</source>
        <translation>
            <numerusform>%n valor del archivo difiere de la revisión. Reemplácelo por el del archivo, o cancele y corrija el archivo.</numerusform>
            <numerusform>%n valores del archivo difieren de la revisión. Reemplácelos por los del archivo, o cancele y corrija el archivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Estudio</translation>
    </message>
    <message>
        <source>What the import does</source>
        <translation>Qué hace la importación</translation>
    </message>
    <message>
        <source>conflict in %1: the review holds “%2”, the file “%3”</source>
        <translation>conflicto en %1: la revisión tiene «%2», el archivo «%3»</translation>
    </message>
    <message>
        <source>fills in the study (%1)</source>
        <translation>completa el estudio (%1)</translation>
    </message>
    <message>
        <source>already in the review (%1), nothing new</source>
        <translation>ya en la revisión (%1), nada nuevo</translation>
    </message>
    <message>
        <source>new study</source>
        <translation>estudio nuevo</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>omitido: %1</translation>
    </message>
    <message>
        <source>Replace the review&apos;s values with the file&apos;s where they differ</source>
        <translation>Reemplazar los valores de la revisión por los del archivo donde difieren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
</context>
<context>
    <name>evidencedesk::MainWindow</name>
    <message>
        <source>Open a review (File ▸ Open) or start a new one (File ▸ New).</source>
        <translation>Abra una revisión (Archivo ▸ Abrir) o empiece una nueva (Archivo ▸ Nuevo).</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Guardar una &amp;copia…</translation>
    </message>
    <message>
        <source>&amp;Import Studies…</source>
        <translation>&amp;Importar estudios…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Export Studies…</source>
        <translation>&amp;Exportar estudios…</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>Exportar &amp;informe…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
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
        <translation>Quitar etiqueta</translation>
    </message>
    <message>
        <source>Tag as %1</source>
        <translation>Etiquetar como %1</translation>
    </message>
    <message>
        <source>Edit &amp;Study…</source>
        <translation>Editar e&amp;studio…</translation>
    </message>
    <message>
        <source>&amp;Delete Studies</source>
        <translation>&amp;Eliminar estudios</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About EvidenceDesk</source>
        <translation>&amp;Acerca de EvidenceDesk</translation>
    </message>
    <message>
        <source>Cannot open the review</source>
        <translation>No se puede abrir la revisión</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer %1</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>El cambio no se guardó</translation>
    </message>
    <message>
        <source>Writing the review file failed: %1</source>
        <translation>Falló la escritura del archivo de la revisión: %1</translation>
    </message>
    <message>
        <source>Filter by author, title or year</source>
        <translation>Filtrar por autor, título o año</translation>
    </message>
    <message>
        <source>All designs</source>
        <translation>Todos los diseños</translation>
    </message>
    <message>
        <source>All stances</source>
        <translation>Todas las posturas</translation>
    </message>
    <message>
        <source>Included only</source>
        <translation>Solo incluidos</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Estudios</translation>
    </message>
    <message>
        <source>Mechanisms</source>
        <translation>Mecanismos</translation>
    </message>
    <message>
        <source>Certainty (GRADE)</source>
        <translation>Certeza (GRADE)</translation>
    </message>
    <message>
        <source>Gold standard</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>The plot was not exported</source>
        <translation>El gráfico no se exportó</translation>
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
        <translation>A favor (%1) · En contra (%2) · Neutrales (%3) · Sin etiquetar (%4)</translation>
    </message>
    <message>
        <source>Include in synthesis</source>
        <translation>Incluir en la síntesis</translation>
    </message>
    <message>
        <source>Exclude from synthesis</source>
        <translation>Excluir de la síntesis</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Writing study %1…</source>
        <translation>Escribiendo el estudio %1…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Importación cancelada: no se importó nada.</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>No se importó nada</translation>
    </message>
    <message>
        <source>%1

The review is unchanged. Correct the file and import it again.</source>
        <translation>%1

La revisión no ha cambiado. Corrija el archivo e impórtelo de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped.</source>
        <translation>
            <numerusform>Se omitió %n duplicado.</numerusform>
            <numerusform>Se omitieron %n duplicados.</numerusform>
        </translation>
    </message>
    <message>
        <source>New review</source>
        <translation>Nueva revisión</translation>
    </message>
    <message>
        <source>EvidenceDesk reviews (*.evidence)</source>
        <translation>Revisiones de EvidenceDesk (*.evidence)</translation>
    </message>
    <message>
        <source>Cannot create the review</source>
        <translation>No se puede crear la revisión</translation>
    </message>
    <message>
        <source>%1 cannot be replaced.</source>
        <translation>%1 no se puede reemplazar.</translation>
    </message>
    <message>
        <source>Open review</source>
        <translation>Abrir revisión</translation>
    </message>
    <message>
        <source>EvidenceDesk reviews (*.evidence);;All files (*)</source>
        <translation>Revisiones de EvidenceDesk (*.evidence);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>No se puede guardar una copia</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>Copia guardada como %1</translation>
    </message>
    <message>
        <source>Import studies</source>
        <translation>Importar estudios</translation>
    </message>
    <message>
        <source>Export studies</source>
        <translation>Exportar estudios</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falló la exportación</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>report.pdf</source>
        <translation>informe.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Escribiendo el informe…</translation>
    </message>
    <message>
        <source>Report cancelled: no file was written.</source>
        <translation>Informe cancelado: no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>The report was not written</source>
        <translation>El informe no se escribió</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Informe escrito en %1</translation>
    </message>
    <message>
        <source>About EvidenceDesk</source>
        <translation>Acerca de EvidenceDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;EvidenceDesk %1&lt;/h3&gt;&lt;p&gt;Evidence synthesis for systematic reviewers.&lt;/p&gt;&lt;p&gt;Qt %2 · Boost %3 · SQLite %4&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later&lt;/p&gt;</source>
        <translation>&lt;h3&gt;EvidenceDesk %1&lt;/h3&gt;&lt;p&gt;Síntesis de la evidencia para revisiones sistemáticas.&lt;/p&gt;&lt;p&gt;Qt %2 · Boost %3 · SQLite %4&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Add Study…</source>
        <translation>&amp;Añadir estudio…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>New study</source>
        <translation>Nuevo estudio</translation>
    </message>
    <message>
        <source>Add study</source>
        <translation>Añadir estudio</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message>
        <source>Delete studies</source>
        <translation>Eliminar estudios</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n stud(ies) from the review? Edit ▸ Undo brings them back.</source>
        <translation>
            <numerusform>¿Eliminar %n estudio de la revisión? Edición ▸ Deshacer lo recupera.</numerusform>
            <numerusform>¿Eliminar %n estudios de la revisión? Edición ▸ Deshacer los recupera.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo in the Review</source>
        <translation>&amp;Deshacer en la revisión</translation>
    </message>
    <message>
        <source>&amp;Undo in the Review: %1</source>
        <translation>&amp;Deshacer en la revisión: %1</translation>
    </message>
    <message>
        <source>&amp;Redo in the Review</source>
        <translation>&amp;Rehacer en la revisión</translation>
    </message>
    <message>
        <source>&amp;Redo in the Review: %1</source>
        <translation>&amp;Rehacer en la revisión: %1</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Select a study to read its citation and abstract here.</source>
        <translation>Seleccione un estudio para leer aquí su cita y su resumen.</translation>
    </message>
    <message>
        <source>Excluded from the synthesis: %1</source>
        <translation>Excluido de la síntesis: %1</translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>sin motivo registrado</translation>
    </message>
    <message>
        <source>No abstract.</source>
        <translation>Sin resumen.</translation>
    </message>
    <message>
        <source>wrong population</source>
        <translation>población equivocada</translation>
    </message>
    <message>
        <source>wrong intervention</source>
        <translation>intervención equivocada</translation>
    </message>
    <message>
        <source>wrong comparator</source>
        <translation>comparador equivocado</translation>
    </message>
    <message>
        <source>wrong outcome</source>
        <translation>desenlace equivocado</translation>
    </message>
    <message>
        <source>wrong study design</source>
        <translation>diseño de estudio equivocado</translation>
    </message>
    <message>
        <source>no usable outcome data</source>
        <translation>sin datos de desenlace utilizables</translation>
    </message>
    <message>
        <source>duplicate publication</source>
        <translation>publicación duplicada</translation>
    </message>
    <message numerus="yes">
        <source>Why excluded (%n stud(ies))? The report lists the reason.</source>
        <translation>
            <numerusform>¿Por qué se excluye (%n estudio)? El informe indica el motivo.</numerusform>
            <numerusform>¿Por qué se excluyen (%n estudios)? El informe indica el motivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exclude from synthesis…</source>
        <translation>Excluir de la síntesis…</translation>
    </message>
    <message>
        <source>Line %1: %2 — %3</source>
        <translation>Línea %1: %2 — %3</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new stud(ies) from %1.</source>
        <translation>
            <numerusform>Se importó %n estudio nuevo de %1.</numerusform>
            <numerusform>Se importaron %n estudios nuevos de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stud(ies) of the review filled in from the file.</source>
        <translation>
            <numerusform>%n estudio de la revisión completado desde el archivo.</numerusform>
            <numerusform>%n estudios de la revisión completados desde el archivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) already in the review, nothing new.</source>
        <translation>
            <numerusform>%n registro ya en la revisión, nada nuevo.</numerusform>
            <numerusform>%n registros ya en la revisión, nada nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>filled in (%1)</source>
        <translation>completado (%1)</translation>
    </message>
    <message>
        <source>already in the review (%1), nothing new</source>
        <translation>ya en la revisión (%1), nada nuevo</translation>
    </message>
    <message>
        <source>Studies (*.csv *.ris *.bib *.nbib);;CSV with effect data (*.csv);;RIS (*.ris);;BibTeX (*.bib);;PubMed MEDLINE (*.nbib *.medline)</source>
        <translation>Estudios (*.csv *.ris *.bib *.nbib);;CSV con datos de efecto (*.csv);;RIS (*.ris);;BibTeX (*.bib);;PubMed MEDLINE (*.nbib *.medline)</translation>
    </message>
    <message>
        <source>Export Summary of &amp;Findings…</source>
        <translation>Exportar resumen de los &amp;hallazgos…</translation>
    </message>
    <message>
        <source>Summary of findings</source>
        <translation>Resumen de los hallazgos</translation>
    </message>
    <message>
        <source>Export summary of findings</source>
        <translation>Exportar resumen de los hallazgos</translation>
    </message>
    <message>
        <source>summary-of-findings.html</source>
        <translation>resumen-de-los-hallazgos.html</translation>
    </message>
    <message>
        <source>HTML for journals (*.html);;CSV (*.csv)</source>
        <translation>HTML para revistas (*.html);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>The summary of findings was not exported</source>
        <translation>El resumen de los hallazgos no se exportó</translation>
    </message>
    <message>
        <source>Summary of findings written to %1</source>
        <translation>Resumen de los hallazgos escrito en %1</translation>
    </message>
    <message>
        <source>Risk of bias</source>
        <translation>Riesgo de sesgo</translation>
    </message>
</context>
<context>
    <name>evidencedesk::MechanismEditor</name>
    <message>
        <source>Mechanisms</source>
        <translation>Mecanismos</translation>
    </message>
    <message>
        <source>Add alternative</source>
        <translation>Añadir alternativa</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Make most probable</source>
        <translation>Hacerlo el más probable</translation>
    </message>
    <message>
        <source>Plain-language summary</source>
        <translation>Resumen en lenguaje sencillo</translation>
    </message>
    <message>
        <source>Chain of steps (double-click to edit)</source>
        <translation>Cadena de pasos (doble clic para editar)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Añadir paso</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Quitar paso</translation>
    </message>
    <message>
        <source>Edit mechanism step</source>
        <translation>Editar paso del mecanismo</translation>
    </message>
    <message>
        <source>Most probable</source>
        <translation>Más probable</translation>
    </message>
    <message>
        <source>Alternative %1</source>
        <translation>Alternativa %1</translation>
    </message>
    <message>
        <source>Edit mechanism summary</source>
        <translation>Editar resumen del mecanismo</translation>
    </message>
    <message>
        <source>Reorder mechanism steps</source>
        <translation>Reordenar pasos del mecanismo</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Paso nuevo</translation>
    </message>
    <message>
        <source>Add mechanism step</source>
        <translation>Añadir paso al mecanismo</translation>
    </message>
    <message>
        <source>Remove mechanism step</source>
        <translation>Quitar paso del mecanismo</translation>
    </message>
    <message>
        <source>Describe the mechanism in plain language.</source>
        <translation>Describa el mecanismo en lenguaje sencillo.</translation>
    </message>
    <message>
        <source>Add mechanism</source>
        <translation>Añadir mecanismo</translation>
    </message>
    <message>
        <source>Remove mechanism</source>
        <translation>Quitar mecanismo</translation>
    </message>
    <message>
        <source>Promote mechanism</source>
        <translation>Promover mecanismo</translation>
    </message>
    <message>
        <source>Describe the most probable mechanism in plain language.</source>
        <translation>Describa el mecanismo más probable en lenguaje sencillo.</translation>
    </message>
</context>
<context>
    <name>evidencedesk::OutcomeDialog</name>
    <message>
        <source>New outcome</source>
        <translation>Nuevo desenlace</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Desenlace: %1</translation>
    </message>
    <message>
        <source>e.g. any fracture at 12 months</source>
        <translation>p. ej., cualquier fractura a los 12 meses</translation>
    </message>
    <message>
        <source>e.g. 12 months</source>
        <translation>p. ej., 12 meses</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Time point</source>
        <translation>Momento</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>The review has an outcome of this name.</source>
        <translation>La revisión ya tiene un desenlace con este nombre.</translation>
    </message>
</context>
<context>
    <name>evidencedesk::PlotWidget</name>
    <message>
        <source>Exclude %1 from the synthesis</source>
        <translation>Excluir %1 de la síntesis</translation>
    </message>
    <message>
        <source>Export plot…</source>
        <translation>Exportar gráfico…</translation>
    </message>
    <message>
        <source>Export plot</source>
        <translation>Exportar gráfico</translation>
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
        <translation>SVG (*.svg);;PDF (*.pdf);;Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>Resolution (dots per inch):</source>
        <translation>Resolución (puntos por pulgada):</translation>
    </message>
    <message>
        <source>No study of the synthesis has a risk-of-bias judgement for this outcome yet.</source>
        <translation>Ningún estudio de la síntesis tiene aún un juicio de riesgo de sesgo para este desenlace.</translation>
    </message>
    <message>
        <source>risk-of-bias-traffic-light.svg</source>
        <translation>riesgo-de-sesgo-semaforo.svg</translation>
    </message>
    <message>
        <source>risk-of-bias-summary.svg</source>
        <translation>riesgo-de-sesgo-resumen.svg</translation>
    </message>
</context>
<context>
    <name>evidencedesk::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Default synthesis for new claims</source>
        <translation>Síntesis predeterminada para afirmaciones nuevas</translation>
    </message>
    <message>
        <source>Effect measure</source>
        <translation>Medida de efecto</translation>
    </message>
    <message>
        <source>τ² estimator</source>
        <translation>Estimador de τ²</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Confidence level</source>
        <translation>Nivel de confianza</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>A new language applies when EvidenceDesk next starts.</source>
        <translation>Un idioma nuevo se aplica la próxima vez que se inicie EvidenceDesk.</translation>
    </message>
    <message>
        <source>From the studies&apos; data</source>
        <translation>Según los datos de los estudios</translation>
    </message>
</context>
<context>
    <name>evidencedesk::RefineDialog</name>
    <message>
        <source>Refine claim</source>
        <translation>Refinar la afirmación</translation>
    </message>
    <message>
        <source>Refined claim:</source>
        <translation>Afirmación refinada:</translation>
    </message>
    <message>
        <source>Why refined (required): which evidence made the claim narrower or broader?</source>
        <translation>Por qué se refinó (obligatorio): ¿qué evidencia hizo la afirmación más estrecha o más amplia?</translation>
    </message>
</context>
<context>
    <name>evidencedesk::ReviewDocument</name>
    <message>
        <source>reviewer</source>
        <translation>revisor</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message numerus="yes">
        <source>Include %n stud(ies)</source>
        <translation>
            <numerusform>Incluir %n estudio</numerusform>
            <numerusform>Incluir %n estudios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exclude %n stud(ies)</source>
        <translation>
            <numerusform>Excluir %n estudio</numerusform>
            <numerusform>Excluir %n estudios</numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <source>Edit claim</source>
        <translation>Editar afirmación</translation>
    </message>
    <message>
        <source>Change synthesis settings</source>
        <translation>Cambiar la configuración de la síntesis</translation>
    </message>
    <message>
        <source>Edit review question</source>
        <translation>Editar la pregunta de la revisión</translation>
    </message>
    <message>
        <source>Change GRADE judgement</source>
        <translation>Cambiar el juicio GRADE</translation>
    </message>
    <message>
        <source>The undo could not be written (%1). The review is unchanged; the undo history was cleared so that it cannot undo the wrong edit.</source>
        <translation>No se pudo escribir el deshacer (%1). La revisión no ha cambiado; el historial de deshacer se vació para que no deshaga la edición equivocada.</translation>
    </message>
    <message>
        <source>Add outcome %1</source>
        <translation>Añadir el desenlace %1</translation>
    </message>
    <message>
        <source>Edit outcome</source>
        <translation>Editar desenlace</translation>
    </message>
    <message>
        <source>Claim about %1</source>
        <translation>Afirmación sobre %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>Convert data of %1</source>
        <translation>Convertir los datos de %1</translation>
    </message>
    <message>
        <source>%1: the review changed since the import was planned (another program added studies); nothing was imported. Reopen the review and import the file again.</source>
        <translation>%1: la revisión cambió desde que se planificó la importación (otro programa añadió estudios); no se importó nada. Vuelva a abrir la revisión e importe el archivo de nuevo.</translation>
    </message>
    <message>
        <source>Use the median risk with the comparator</source>
        <translation>Usar la mediana del riesgo con el comparador</translation>
    </message>
    <message>
        <source>Set the risk with the comparator</source>
        <translation>Fijar el riesgo con el comparador</translation>
    </message>
</context>
<context>
    <name>evidencedesk::RiskOfBiasPanel</name>
    <message>
        <source>Study</source>
        <translation>Estudio</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Herramienta</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>&amp;Tool:</source>
        <translation>&amp;Herramienta:</translation>
    </message>
    <message>
        <source>RoB 2 for randomised trials, ROBINS-I for non-randomised studies; it follows the study&apos;s design until you choose</source>
        <translation>RoB 2 para ensayos aleatorizados, ROBINS-I para estudios no aleatorizados; sigue el diseño del estudio hasta que usted elija</translation>
    </message>
    <message>
        <source>Traffic-light plot</source>
        <translation>Gráfico de semáforo</translation>
    </message>
    <message>
        <source>Summary plot (share of the weight)</source>
        <translation>Gráfico resumen (proporción del peso)</translation>
    </message>
    <message>
        <source>Export plot…</source>
        <translation>Exportar gráfico…</translation>
    </message>
    <message>
        <source>Risk of bias for the outcome “%1”</source>
        <translation>Riesgo de sesgo para el desenlace «%1»</translation>
    </message>
    <message>
        <source>The claim is about no outcome yet: enter its data in the Data tab, then appraise its studies here.</source>
        <translation>La afirmación aún no se refiere a ningún desenlace: introduzca sus datos en la pestaña Datos y luego evalúe aquí sus estudios.</translation>
    </message>
    <message>
        <source>Support for the judgement</source>
        <translation>Justificación del juicio</translation>
    </message>
    <message>
        <source>Select a study to appraise it.</source>
        <translation>Seleccione un estudio para evaluarlo.</translation>
    </message>
    <message>
        <source>&amp;Overall</source>
        <translation>&amp;Global</translation>
    </message>
    <message>
        <source>Overall not given: the domains make it %1.</source>
        <translation>Juicio global no indicado: los dominios lo hacen %1.</translation>
    </message>
    <message>
        <source>Overall: low only if every domain is low; otherwise at least as serious as the most serious domain.</source>
        <translation>Global: bajo solo si todos los dominios son bajos; si no, al menos tan grave como el dominio más grave.</translation>
    </message>
    <message>
        <source>Risk of bias of %1</source>
        <translation>Riesgo de sesgo de %1</translation>
    </message>
    <message>
        <source>Appraisal</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Plot</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>The overall judgement cannot be less serious than a domain: it counts as %1.</source>
        <translation>El juicio global no puede ser menos grave que un dominio: cuenta como %1.</translation>
    </message>
</context>
<context>
    <name>evidencedesk::StudyDialog</name>
    <message>
        <source>Study: %1</source>
        <translation>Estudio: %1</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Last, First; Last, First</source>
        <translation>Apellido, Nombre; Apellido, Nombre</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autores</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Revista</translation>
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
        <translation>Diseño y calidad</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>sin calificar</translation>
    </message>
    <message>
        <source>e.g. RoB 2, ROBINS-I, Newcastle-Ottawa</source>
        <translation>p. ej., RoB 2, ROBINS-I, Newcastle-Ottawa</translation>
    </message>
    <message>
        <source>Included in the synthesis</source>
        <translation>Incluido en la síntesis</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Diseño</translation>
    </message>
    <message>
        <source>Quality tool</source>
        <translation>Herramienta de calidad</translation>
    </message>
    <message>
        <source>Outcome data (metafor&apos;s escalc columns)</source>
        <translation>Datos de desenlace (columnas de escalc de metafor)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number</source>
        <translation>%1: «%2» no es un número</translation>
    </message>
    <message>
        <source>The study needs a title or authors.</source>
        <translation>El estudio necesita un título o autores.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No %1 effect from these data yet.</source>
        <translation>Aún no hay efecto %1 con estos datos.</translation>
    </message>
    <message>
        <source>Quality score (0–100)</source>
        <translation>Puntuación de calidad (0–100)</translation>
    </message>
    <message>
        <source>%1 = %2 %3 (%4 CI; variance %5)</source>
        <translation>%1 = %2 %3 (IC del %4; varianza %5)</translation>
    </message>
    <message>
        <source>e.g. wrong population; the report lists it</source>
        <translation>p. ej., población equivocada; el informe lo indica</translation>
    </message>
    <message>
        <source>Why excluded</source>
        <translation>Motivo de exclusión</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Data for “%1” (metafor&apos;s escalc columns)</source>
        <translation>Datos de «%1» (columnas escalc de metafor)</translation>
    </message>
</context>
<context>
    <name>evidencedesk::StudyTableModel</name>
    <message>
        <source>The study&apos;s own effect and confidence interval suggest “%1”, but it is tagged “%2”.</source>
        <translation>El efecto propio del estudio y su intervalo de confianza sugieren «%1», pero está etiquetado como «%2».</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Estudio</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Diseño</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Postura</translation>
    </message>
    <message>
        <source>Data suggest</source>
        <translation>Según los datos</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Incluido</translation>
    </message>
    <message>
        <source>Effect [%1 CI]</source>
        <translation>Efecto [IC del %1]</translation>
    </message>
</context>
<context>
    <name>evidencedesk::SummaryOfFindingsPanel</name>
    <message>
        <source> per %1</source>
        <comment>a risk per 1,000</comment>
        <translation> por %1</translation>
    </message>
    <message>
        <source>Use the median (%1 per %2)</source>
        <translation>Usar la mediana (%1 por %2)</translation>
    </message>
    <message>
        <source>Use the median</source>
        <translation>Usar la mediana</translation>
    </message>
    <message>
        <source>Risk with the comparator for %1:</source>
        <translation>Riesgo con el comparador para %1:</translation>
    </message>
    <message>
        <source>Select a claim with dichotomous data to set its risk with the comparator.</source>
        <translation>Seleccione una afirmación con datos dicotómicos para fijar su riesgo con el comparador.</translation>
    </message>
</context>
<context>
    <name>evidencedesk::SynthesisPanel</name>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Subgroups</source>
        <translation>Subgrupos</translation>
    </message>
    <message>
        <source>Order studies</source>
        <translation>Ordenar estudios</translation>
    </message>
    <message>
        <source>As entered</source>
        <translation>Como se introdujeron</translation>
    </message>
    <message>
        <source>By effect</source>
        <translation>Por efecto</translation>
    </message>
    <message>
        <source>By weight</source>
        <translation>Por peso</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>Por año</translation>
    </message>
    <message>
        <source>By stance</source>
        <translation>Por postura</translation>
    </message>
    <message>
        <source>Forest plot columns</source>
        <translation>Columnas del diagrama de bosque</translation>
    </message>
    <message>
        <source>Equal-effects diamond too</source>
        <translation>También el rombo del efecto común</translation>
    </message>
    <message>
        <source>Funnel: significance contours</source>
        <translation>Embudo: contornos de significación</translation>
    </message>
    <message>
        <source>Funnel: Egger&apos;s regression line</source>
        <translation>Embudo: recta de regresión de Egger</translation>
    </message>
    <message>
        <source>Favours labels</source>
        <translation>Etiquetas «A favor de»</translation>
    </message>
    <message>
        <source>Left of the null line:</source>
        <translation>A la izquierda de la línea nula:</translation>
    </message>
    <message>
        <source>Right of the null line:</source>
        <translation>A la derecha de la línea nula:</translation>
    </message>
    <message>
        <source>Export plot…</source>
        <translation>Exportar gráfico…</translation>
    </message>
    <message>
        <source>Plot options</source>
        <translation>Opciones del gráfico</translation>
    </message>
    <message>
        <source>Forest plot</source>
        <translation>Diagrama de bosque</translation>
    </message>
    <message>
        <source>Funnel plot</source>
        <translation>Gráfico de embudo</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Postura</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Diseño</translation>
    </message>
    <message>
        <source>No analysis yet.</source>
        <translation>Aún no hay análisis.</translation>
    </message>
    <message>
        <source>The estimation did not converge; no result is shown.</source>
        <translation>La estimación no convergió; no se muestra ningún resultado.</translation>
    </message>
    <message>
        <source>equal-effects</source>
        <translation>efecto común</translation>
    </message>
    <message>
        <source>random-effects (%1)</source>
        <translation>efectos aleatorios (%1)</translation>
    </message>
    <message>
        <source>Prediction interval %1 to %2: where the effect of a new study would be expected to lie.</source>
        <translation>Intervalo de predicción de %1 a %2: donde se esperaría el efecto de un estudio nuevo.</translation>
    </message>
    <message>
        <source>Heterogeneity: τ² = %1</source>
        <translation>Heterogeneidad: τ² = %1</translation>
    </message>
    <message>
        <source>; I² = %1%</source>
        <translation>; I² = %1&#xa0;%</translation>
    </message>
    <message>
        <source>; Q = %1 (df %2), p %3.</source>
        <translation>; Q = %1 (gl %2), p %3.</translation>
    </message>
    <message numerus="yes">
        <source>Trim-and-fill: %n stud(ies) imputed, </source>
        <translation>
            <numerusform>Trim-and-fill: %n estudio imputado, </numerusform>
            <numerusform>Trim-and-fill: %n estudios imputados, </numerusform>
        </translation>
    </message>
    <message>
        <source>adjusted estimate %1 [%2, %3].</source>
        <translation>estimación ajustada %1 [%2; %3].</translation>
    </message>
    <message>
        <source>Subgroups:</source>
        <translation>Subgrupos:</translation>
    </message>
    <message>
        <source>Test for subgroup differences: Q = %1 (df %2), p %3.</source>
        <translation>Prueba de diferencias entre subgrupos: Q = %1 (gl %2), p %3.</translation>
    </message>
    <message>
        <source>No plot: the estimation did not converge.</source>
        <translation>Sin gráfico: la estimación no convergió.</translation>
    </message>
    <message>
        <source>Colour studies by stance (with a legend)</source>
        <translation>Colorear los estudios por postura (con leyenda)</translation>
    </message>
    <message>
        <source>“Favours” labels of this claim…</source>
        <translation>Etiquetas «a favor» de esta afirmación…</translation>
    </message>
    <message numerus="yes">
        <source>%n stud(ies); %1 model; %2% confidence interval; p %3.</source>
        <translation>
            <numerusform>%n estudio; modelo de %1; intervalo de confianza del %2%; p %3.</numerusform>
            <numerusform>%n estudios; modelo de %1; intervalo de confianza del %2%; p %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>With a single study there is no prediction interval and no test of heterogeneity: both need at least two studies.</source>
        <translation>Con un solo estudio no hay intervalo de predicción ni prueba de heterogeneidad: ambos necesitan al menos dos estudios.</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>needs at least three studies</source>
        <translation>necesita al menos tres estudios</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <source>Egger&apos;s test: p %1 (limit estimate %2).</source>
        <translation>Prueba de Egger: p %1 (estimación límite %2).</translation>
    </message>
    <message>
        <source>Egger&apos;s test: %1.</source>
        <translation>Prueba de Egger: %1.</translation>
    </message>
    <message>
        <source>Begg&apos;s test: Kendall&apos;s τ = %1, p %2.</source>
        <translation>Prueba de Begg: τ de Kendall = %1, p %2.</translation>
    </message>
    <message>
        <source>Begg&apos;s test: %1.</source>
        <translation>Prueba de Begg: %1.</translation>
    </message>
    <message>
        <source>Trim-and-fill: %1.</source>
        <translation>Trim-and-fill: %1.</translation>
    </message>
    <message>
        <source>Chosen from the studies&apos; data until you pick a measure</source>
        <translation>Elegida según los datos de los estudios hasta que elija una medida</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Evidence synthesis for systematic reviewers</source>
        <translation>Síntesis de la evidencia para revisiones sistemáticas</translation>
    </message>
    <message>
        <source>The review file to open (*.evidence).</source>
        <translation>El archivo de revisión que se abrirá (*.evidence).</translation>
    </message>
</context>
</TS>
