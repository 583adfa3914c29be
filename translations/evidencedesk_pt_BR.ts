<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AnalysisFormatText</name>
    <message>
        <source>skipped</source>
        <translation>ignorado</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>não disponível</translation>
    </message>
    <message>
        <source>Equal-Effects Model (k = %1)</source>
        <translation>Modelo de efeito comum (k = %1)</translation>
    </message>
    <message>
        <source>Random-Effects Model (k = %1; tau^2 estimator: %2)</source>
        <translation>Modelo de efeitos aleatórios (k = %1; estimador de tau^2: %2)</translation>
    </message>
    <message>
        <source>tau^2 (estimated amount of total heterogeneity): %1 (SE = %2)</source>
        <translation>tau^2 (heterogeneidade total estimada): %1 (EP = %2)</translation>
    </message>
    <message>
        <source>, %1% CI [%2, %3]</source>
        <translation>, IC de %1% [%2, %3]</translation>
    </message>
    <message>
        <source>tau (square root of estimated tau^2 value):      %1</source>
        <translation>tau (raiz quadrada do tau^2 estimado):            %1</translation>
    </message>
    <message>
        <source>I^2 (total heterogeneity / total variability):   %1%</source>
        <translation>I^2 (heterogeneidade total / variabilidade total): %1%</translation>
    </message>
    <message>
        <source>, %1% CI [%2%, %3%]</source>
        <translation>, IC de %1% [%2%, %3%]</translation>
    </message>
    <message>
        <source>H^2 (total variability / sampling variability):  %1</source>
        <translation>H^2 (variabilidade total / variabilidade amostral): %1</translation>
    </message>
    <message>
        <source>Test for Heterogeneity:</source>
        <translation>Teste de heterogeneidade:</translation>
    </message>
    <message>
        <source>Q(df = %1) = %2, p-val %3</source>
        <translation>Q(gl = %1) = %2, p %3</translation>
    </message>
    <message>
        <source>Model Results:</source>
        <translation>Resultados do modelo:</translation>
    </message>
    <message>
        <source>Prediction interval: [%1, %2]</source>
        <translation>Intervalo de predição: [%1, %2]</translation>
    </message>
    <message>
        <source>On the ratio scale: %1 [%2, %3]</source>
        <translation>Na escala de razões: %1 [%2, %3]</translation>
    </message>
    <message>
        <source>; prediction interval [%1, %2]</source>
        <translation>; intervalo de predição [%1, %2]</translation>
    </message>
    <message>
        <source>Egger&apos;s regression test for funnel plot asymmetry: </source>
        <translation>Teste de regressão de Egger para assimetria do gráfico de funil: </translation>
    </message>
    <message>
        <source>%1 = %2, p = %3; limit estimate %4</source>
        <translation>%1 = %2, p = %3; estimativa limite %4</translation>
    </message>
    <message>
        <source>Begg&apos;s rank correlation test: </source>
        <translation>Teste de correlação de postos de Begg: </translation>
    </message>
    <message>
        <source>Kendall&apos;s tau = %1, p = %2%3</source>
        <translation>tau de Kendall = %1, p = %2%3</translation>
    </message>
    <message>
        <source> (exact)</source>
        <translation> (exato)</translation>
    </message>
    <message>
        <source>Trim-and-fill (L0): </source>
        <translation>Trim-and-fill (L0): </translation>
    </message>
    <message>
        <source>Leave-one-out:</source>
        <translation>Deixar um de fora:</translation>
    </message>
    <message>
        <source>study</source>
        <translation>estudo</translation>
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
        <translation>Teste de diferenças entre subgrupos: Q(gl = %1) = %2, p %3</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Avisos:</translation>
    </message>
    <message>
        <source>left</source>
        <translation>esquerdo</translation>
    </message>
    <message>
        <source>right</source>
        <translation>direito</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage: 92.2%</comment>
        <translation>%1%</translation>
    </message>
    <message numerus="yes">
        <source>%n stud(ies) imputed on the %1 side; estimate %2 (SE = %3)</source>
        <translation>
            <numerusform>%n estudo imputado do lado %1; estimativa %2 (EP = %3)</numerusform>
            <numerusform>%n estudos imputados do lado %1; estimativa %2 (EP = %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cumulative meta-analysis:</source>
        <translation>Metanálise cumulativa:</translation>
    </message>
    <message>
        <source>Influence diagnostics:</source>
        <translation>Diagnóstico de influência:</translation>
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
        <translation>Teste de Cochran-Mantel-Haenszel:    CMH = %1, gl = 1, p %2</translation>
    </message>
    <message>
        <source>Tarone&apos;s Test for Heterogeneity: X^2 = %1, df = %2, p-val %3</source>
        <translation>Teste de heterogeneidade de Tarone: X^2 = %1, gl = %2, p %3</translation>
    </message>
    <message>
        <source>Mixed-Effects Model (k = %1; tau^2 estimator: %2)</source>
        <translation>Modelo de efeitos mistos (k = %1; estimador de tau^2: %2)</translation>
    </message>
    <message>
        <source>tau^2 (estimated amount of residual heterogeneity):     %1 (SE = %2)</source>
        <translation>tau^2 (heterogeneidade residual estimada): %1 (EP = %2)</translation>
    </message>
    <message>
        <source>I^2 (residual heterogeneity / unaccounted variability): %1%</source>
        <translation>I^2 (heterogeneidade residual / variabilidade não explicada): %1%</translation>
    </message>
    <message>
        <source>H^2 (unaccounted variability / sampling variability):   %1</source>
        <translation>H^2 (variabilidade não explicada / variabilidade amostral): %1</translation>
    </message>
    <message>
        <source>R^2 (amount of heterogeneity accounted for):            %1%</source>
        <translation>R^2 (parte da heterogeneidade explicada): %1%</translation>
    </message>
    <message>
        <source>Test for Residual Heterogeneity:</source>
        <translation>Teste de heterogeneidade residual:</translation>
    </message>
    <message>
        <source>QE(df = %1) = %2, p-val %3</source>
        <translation>QE(gl = %1) = %2, p %3</translation>
    </message>
    <message>
        <source>Test of Moderators (coefficients 2:%1):</source>
        <translation>Teste dos moderadores (coeficientes 2:%1):</translation>
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
        <translation>Nenhum estudo incluído tem ainda dados de desfecho para %1. Adicione os dados de desfecho aos estudos (clique duplo em um estudo) ou importe um CSV com dados de efeito.</translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>opção desconhecida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>a opção %1 precisa de um valor</translation>
    </message>
    <message>
        <source>unknown measure &apos;%1&apos; (use RR, OR, RD, MD, SMD, ROM, COR, ZCOR or GEN)</source>
        <translation>medida desconhecida &apos;%1&apos; (RR, OR, RD, MD, SMD, ROM, COR, ZCOR ou GEN)</translation>
    </message>
    <message>
        <source>unknown test &apos;%1&apos; (use z or knha)</source>
        <translation>teste desconhecido &apos;%1&apos; (z ou knha)</translation>
    </message>
    <message>
        <source>unknown analysis &apos;%1&apos; in --skip (use egger, begg, trimfill, leave1out)</source>
        <translation>análise desconhecida &apos;%1&apos; em --skip (egger, begg, trimfill, leave1out)</translation>
    </message>
    <message>
        <source>%1: %2%3</source>
        <translation>%1: %2%3</translation>
    </message>
    <message>
        <source>column %1: </source>
        <translation>coluna %1: </translation>
    </message>
    <message>
        <source>the review has no claim %1</source>
        <translation>a revisão não tem a alegação %1</translation>
    </message>
    <message>
        <source>--measure is required
%1</source>
        <translation>--measure é obrigatório
%1</translation>
    </message>
    <message>
        <source>%1: the review has no included studies</source>
        <translation>%1: a revisão não tem estudos incluídos</translation>
    </message>
    <message>
        <source>%1: study &quot;%2&quot;</source>
        <translation>%1: estudo “%2”</translation>
    </message>
    <message>
        <source>--dpi must be a whole number from 36 to 1200</source>
        <translation>--dpi deve ser um número inteiro de 36 a 1200</translation>
    </message>
    <message>
        <source>import needs a review and a file
%1</source>
        <translation>import precisa de uma revisão e de um arquivo
%1</translation>
    </message>
    <message>
        <source>%1: the import was not written (%2); the review is unchanged</source>
        <translation>%1: a importação não foi gravada (%2); a revisão não foi alterada</translation>
    </message>
    <message>
        <source>demo needs the file to write
%1</source>
        <translation>demo precisa do arquivo a gravar
%1</translation>
    </message>
    <message>
        <source>unknown example &apos;%1&apos; (use %2)</source>
        <translation>exemplo desconhecido &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <source>%1: the %2 example review</source>
        <translation>%1: a revisão de exemplo %2</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;
%2</source>
        <translation>comando desconhecido &apos;%1&apos;
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
        <translation>nenhum arquivo de dados informado
%1</translation>
    </message>
    <message>
        <source>more than one data file given (&apos;%1&apos;)</source>
        <translation>mais de um arquivo de dados informado (&apos;%1&apos;)</translation>
    </message>
    <message>
        <source>report needs a review and -o OUT.pdf</source>
        <translation>report precisa de uma revisão e -o SAIDA.pdf</translation>
    </message>
    <message>
        <source>export needs a review and --csv OUT.csv</source>
        <translation>export precisa de uma revisão e --csv SAIDA.csv</translation>
    </message>
    <message>
        <source>--level must be a percentage from 50 to 99.99 (or a proportion such as 0.95), not &apos;%1&apos;</source>
        <translation>--level deve ser uma porcentagem de 50 a 99,99 (ou uma proporção como 0.95), não &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Uso:</translation>
    </message>
    <message>
        <source>DATA.csv has a header row with columns named as metafor&apos;s escalc() arguments (ai bi ci di n1i n2i m1i sd1i m2i sd2i ri ni yi vi sei) and an optional &apos;study&apos; column.</source>
        <translation>DATA.csv tem uma linha de cabeçalho com colunas nomeadas como os argumentos de escalc() do metafor (ai bi ci di n1i n2i m1i sd1i m2i sd2i ri ni yi vi sei) e uma coluna &apos;study&apos; opcional.</translation>
    </message>
    <message>
        <source>SETTINGS override the claim&apos;s stored synthesis for this one run (nothing is written):</source>
        <translation>SETTINGS substituem a síntese salva da afirmação apenas nesta execução (nada é gravado):</translation>
    </message>
    <message>
        <source>unknown column &apos;%1&apos; in --columns (use %2)</source>
        <translation>coluna desconhecida &apos;%1&apos; em --columns (use %2)</translation>
    </message>
    <message>
        <source>unknown image type (use .png, .svg or .pdf)</source>
        <translation>tipo de imagem desconhecido (.png, .svg ou .pdf)</translation>
    </message>
    <message>
        <source>a report is a PDF: name the file *.pdf</source>
        <translation>um relatório é um PDF: dê ao arquivo o nome *.pdf</translation>
    </message>
    <message>
        <source>skipped duplicate: %1%2: %3</source>
        <translation>duplicata ignorada: %1%2: %3</translation>
    </message>
    <message>
        <source>the review has no claim yet: state one with evidencedesk-cli claim add %1 &quot;TEXT&quot;</source>
        <translation>a revisão ainda não tem afirmação: formule uma com evidencedesk-cli claim add %1 &quot;TEXT&quot;</translation>
    </message>
    <message>
        <source>The stance column was not used: the review has no claim yet. State the claim first (evidencedesk-cli claim add %1 &quot;TEXT&quot;), then import a file with stances into it.</source>
        <translation>A coluna stance não foi usada: a revisão ainda não tem afirmação. Formule primeiro a afirmação (evidencedesk-cli claim add %1 &quot;TEXT&quot;) e depois importe um arquivo com posições.</translation>
    </message>
    <message>
        <source>claim needs add REVIEW &quot;TEXT&quot;, refine REVIEW ID &quot;TEXT&quot; --why &quot;...&quot; or list REVIEW
%1</source>
        <translation>claim precisa de add REVIEW &quot;TEXT&quot;, refine REVIEW ID &quot;TEXT&quot; --why &quot;...&quot; ou list REVIEW
%1</translation>
    </message>
    <message>
        <source>a claim needs its text</source>
        <translation>uma afirmação precisa de seu texto</translation>
    </message>
    <message>
        <source>unknown --asserts &apos;%1&apos; (use increase, decrease or no-difference)</source>
        <translation>--asserts desconhecido &apos;%1&apos; (use increase, decrease ou no-difference)</translation>
    </message>
    <message>
        <source>--margin must be a number greater than 0 (on the analysis scale), not &apos;%1&apos;</source>
        <translation>--margin deve ser um número maior que 0 (na escala da análise), não &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: claim %2 added</source>
        <translation>%1: afirmação %2 adicionada</translation>
    </message>
    <message>
        <source>a refinement needs its reason: --why &quot;...&quot;</source>
        <translation>um refinamento precisa de seu motivo: --why &quot;...&quot;</translation>
    </message>
    <message>
        <source>%1: claim %2 refined</source>
        <translation>%1: afirmação %2 refinada</translation>
    </message>
    <message>
        <source>%1
Nothing was imported; the review is unchanged. Use --overwrite to replace the review&apos;s values with the file&apos;s.</source>
        <translation>%1
Nada foi importado; a revisão não mudou. Use --overwrite para substituir os valores da revisão pelos do arquivo.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 records of %3: %n studies added</source>
        <translation>
            <numerusform>%1: %2 registros de %3: %n estudo adicionado</numerusform>
            <numerusform>%1: %2 registros de %3: %n estudos adicionados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n updated</source>
        <translation>
            <numerusform>, %n atualizado</numerusform>
            <numerusform>, %n atualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n skipped</source>
        <translation>
            <numerusform>, %n ignorado</numerusform>
            <numerusform>, %n ignorados</numerusform>
        </translation>
    </message>
    <message>
        <source> (data for the outcome &apos;%1&apos;)</source>
        <translation> (dados do desfecho &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>filled in: %1%2 (%3)</source>
        <translation>completado: %1%2 (%3)</translation>
    </message>
    <message>
        <source>the review has no outcome &apos;%1&apos;</source>
        <translation>a revisão não tem o desfecho &apos;%1&apos;</translation>
    </message>
    <message>
        <source>outcome needs add REVIEW &quot;NAME&quot; or list REVIEW
%1</source>
        <translation>outcome precisa de add REVIEW &quot;NOME&quot; ou list REVIEW
%1</translation>
    </message>
    <message>
        <source>an outcome needs its name</source>
        <translation>um desfecho precisa de um nome</translation>
    </message>
    <message>
        <source>the review already has an outcome &apos;%1&apos;</source>
        <translation>a revisão já tem um desfecho &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown --type &apos;%1&apos; (use dichotomous, continuous, correlation or generic)</source>
        <translation>--type &apos;%1&apos; desconhecido (use dichotomous, continuous, correlation ou generic)</translation>
    </message>
    <message>
        <source>%1: outcome %2 added</source>
        <translation>%1: desfecho %2 adicionado</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>nota: %1</translation>
    </message>
    <message>
        <source>sof needs a review, --csv or --html, and -o FILE
%1</source>
        <translation>sof precisa de uma revisão, --csv ou --html, e -o ARQUIVO
%1</translation>
    </message>
    <message>
        <source>plot needs a review, one of --forest, --funnel, --rob-traffic or --rob-summary, and -o FILE.png|svg|pdf
%1</source>
        <translation>plot precisa de uma revisão, de uma das opções --forest, --funnel, --rob-traffic ou --rob-summary, e de -o ARQUIVO.png|svg|pdf
%1</translation>
    </message>
    <message>
        <source>MH (Mantel-Haenszel) and PETO pool the 2x2 tables (ai bi ci di, or ai n1i ci n2i) directly. --cumulative adds a cumulative meta-analysis in the order of COLUMN (default: year), --influence the influence diagnostics of each study.</source>
        <translation>MH (Mantel-Haenszel) e PETO combinam diretamente as tabelas 2x2 (ai bi ci di, ou ai n1i ci n2i). --cumulative acrescenta uma metanálise cumulativa na ordem de COLUMN (padrão: year), --influence o diagnóstico de influência de cada estudo.</translation>
    </message>
    <message>
        <source>--mods fits a meta-regression on the named columns: a column of numbers is a covariate, any other column a factor whose first level in sorted order is the reference.</source>
        <translation>--mods ajusta uma metarregressão às colunas indicadas: uma coluna de números é uma covariável; qualquer outra, um fator cujo primeiro nível em ordem alfabética é a referência.</translation>
    </message>
    <message>
        <source>unknown method &apos;%1&apos; (use EE, DL, HE, HS, SJ, ML, REML, EB, PM, MH or PETO)</source>
        <translation>método desconhecido &apos;%1&apos; (EE, DL, HE, HS, SJ, ML, REML, EB, PM, MH ou PETO)</translation>
    </message>
    <message>
        <source>--method %1 needs --measure OR, RR or RD (PETO: OR)</source>
        <translation>--method %1 precisa de --measure OR, RR ou RD (PETO: OR)</translation>
    </message>
    <message>
        <source>--method %1 pools the 2x2 tables with its own z test: --%2 is for the other methods</source>
        <translation>--method %1 combina as tabelas 2x2 com seu próprio teste z: --%2 é para os outros métodos</translation>
    </message>
    <message>
        <source>--mods fits a meta-regression: --%1 is for the model without moderators</source>
        <translation>--mods ajusta uma metarregressão: --%1 é para o modelo sem moderadores</translation>
    </message>
    <message>
        <source>--method %1 reads the 2x2 tables of a CSV file (analyze DATA.csv)</source>
        <translation>--method %1 lê as tabelas 2x2 de um arquivo CSV (analyze DATA.csv)</translation>
    </message>
    <message>
        <source>--mods reads its columns from a CSV file (analyze DATA.csv)</source>
        <translation>--mods lê suas colunas de um arquivo CSV (analyze DATA.csv)</translation>
    </message>
</context>
<context>
    <name>CommandsText</name>
    <message>
        <source>Tag %1 as %2</source>
        <translation>Marcar %1 como %2</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n studies as %1</source>
        <translation>
            <numerusform>Marcar %n estudo como %1</numerusform>
            <numerusform>Marcar %n estudos como %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Excluir %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n studies</source>
        <translation>
            <numerusform>Excluir %n estudo</numerusform>
            <numerusform>Excluir %n estudos</numerusform>
        </translation>
    </message>
    <message>
        <source>Refine claim</source>
        <translation>Refinar a alegação</translation>
    </message>
    <message>
        <source>Add claim</source>
        <translation>Adicionar alegação</translation>
    </message>
</context>
<context>
    <name>CsvText</name>
    <message>
        <source>a quoted field is not closed</source>
        <translation>um campo entre aspas não foi fechado</translation>
    </message>
    <message>
        <source>text after a closing quote</source>
        <translation>texto após aspas de fechamento</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field</source>
        <translation>aspas dentro de um campo sem aspas</translation>
    </message>
    <message>
        <source>a field is longer than %1 MB</source>
        <translation>um campo tem mais de %1 MB</translation>
    </message>
    <message>
        <source>a record is longer than %1 MB</source>
        <translation>um registro tem mais de %1 MB</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>o arquivo está vazio</translation>
    </message>
    <message>
        <source>%1 fields, but the header has %2</source>
        <translation>%1 campos, mas o cabeçalho tem %2</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>ponto e vírgula</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulação</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>vírgula</translation>
    </message>
</context>
<context>
    <name>DefaultsText</name>
    <message>
        <source>Favours intervention</source>
        <translation>Favorece a intervenção</translation>
    </message>
    <message>
        <source>Favours comparator</source>
        <translation>Favorece o comparador</translation>
    </message>
    <message>
        <source>%1 below %2 or above %3</source>
        <translation>%1 abaixo de %2 ou acima de %3</translation>
    </message>
    <message>
        <source>%1 beyond ±%2</source>
        <translation>%1 além de ±%2</translation>
    </message>
</context>
<context>
    <name>Design</name>
    <message>
        <source>Systematic review / meta-analysis</source>
        <translation>Revisão sistemática / metanálise</translation>
    </message>
    <message>
        <source>Randomised controlled trial</source>
        <translation>Ensaio clínico randomizado</translation>
    </message>
    <message>
        <source>Non-randomised trial</source>
        <translation>Ensaio não randomizado</translation>
    </message>
    <message>
        <source>Cohort study</source>
        <translation>Estudo de coorte</translation>
    </message>
    <message>
        <source>Case-control study</source>
        <translation>Estudo caso-controle</translation>
    </message>
    <message>
        <source>Cross-sectional study</source>
        <translation>Estudo transversal</translation>
    </message>
    <message>
        <source>Narrative review</source>
        <translation>Revisão narrativa</translation>
    </message>
    <message>
        <source>Expert opinion</source>
        <translation>Opinião de especialistas</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>Não especificado</translation>
    </message>
</context>
<context>
    <name>DuplicatesText</name>
    <message>
        <source>same DOI as %1</source>
        <translation>mesmo DOI que %1</translation>
    </message>
    <message>
        <source>same title and year as %1</source>
        <translation>mesmo título e ano que %1</translation>
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
        <translation>Estudo %1</translation>
    </message>
    <message>
        <source>missing column: measure %1 needs the columns %2</source>
        <translation>coluna ausente: a medida %1 precisa das colunas %2</translation>
    </message>
    <message>
        <source>missing column: no column &apos;%1&apos; to group by</source>
        <translation>coluna ausente: não há coluna &apos;%1&apos; para agrupar</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; não é um número</translation>
    </message>
    <message>
        <source>the file has a header but no studies</source>
        <translation>o arquivo tem cabeçalho, mas nenhum estudo</translation>
    </message>
    <message>
        <source>missing column: no column &apos;%1&apos; to order by</source>
        <translation>coluna ausente: não há coluna &apos;%1&apos; para ordenar</translation>
    </message>
    <message>
        <source>missing column: no column &apos;%1&apos; for the moderators</source>
        <translation>coluna ausente: não há coluna &apos;%1&apos; para os moderadores</translation>
    </message>
</context>
<context>
    <name>ExamplesText</name>
    <message>
        <source>unknown example &apos;%1&apos; (use %2)</source>
        <translation>exemplo desconhecido &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <source>the example &apos;%1&apos; is missing from this build</source>
        <translation>o exemplo &apos;%1&apos; não está nesta compilação</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Desfecho</translation>
    </message>
</context>
<context>
    <name>GoldStandardText</name>
    <message>
        <source>the population of the claim</source>
        <translation>a população da alegação</translation>
    </message>
    <message>
        <source>the intervention of the claim</source>
        <translation>a intervenção da alegação</translation>
    </message>
    <message>
        <source>the usual alternative</source>
        <translation>a alternativa usual</translation>
    </message>
    <message>
        <source>the outcome of the claim</source>
        <translation>o desfecho da alegação</translation>
    </message>
    <message>
        <source>The sample size cannot be computed from these data: set a minimal important difference and record the studies&apos; sample sizes.</source>
        <translation>O tamanho amostral não pode ser calculado com estes dados: defina uma diferença mínima importante e registre os tamanhos amostrais dos estudos.</translation>
    </message>
    <message>
        <source>A systematic review with individual participant data of several large, preregistered randomised trials like the one below, analysed together.</source>
        <translation>Uma revisão sistemática com dados individuais de participantes de vários ensaios randomizados grandes e pré-registrados como o abaixo, analisados em conjunto.</translation>
    </message>
    <message>
        <source>A large, preregistered, multi-centre randomised trial with blinded outcome assessment.</source>
        <translation>Um ensaio randomizado grande, pré-registrado e multicêntrico, com avaliação cega do desfecho.</translation>
    </message>
    <message>
        <source>No randomised trial is included yet: this is the gap that matters most.</source>
        <translation>Nenhum ensaio randomizado foi incluído ainda: esta é a lacuna mais importante.</translation>
    </message>
    <message>
        <source>Heterogeneity is substantial (I² = %1%): stratify by the likely modifiers and report them.</source>
        <translation>A heterogeneidade é substancial (I² = %1%): estratificar pelos modificadores prováveis e relatá-los.</translation>
    </message>
    <message>
        <source>Designed as an equivalence trial with a margin set in advance.</source>
        <translation>Planejado como ensaio de equivalência com margem definida previamente.</translation>
    </message>
    <message>
        <source>A large prospective cohort with measured confounders, for long-term outcomes and groups that trials leave out.</source>
        <translation>Uma coorte prospectiva grande com fatores de confusão medidos, para desfechos de longo prazo e grupos que os ensaios deixam de fora.</translation>
    </message>
    <message>
        <source>About %1 participants (%2 per arm) give %3 power at a two-sided alpha of %4 to detect %5.</source>
        <translation>Cerca de %1 participantes (%2 por braço) dão poder de %3 com alfa bilateral de %4 para detectar %5.</translation>
    </message>
    <message>
        <source>long enough for the outcome to change; set from the included studies</source>
        <translation>longo o bastante para o desfecho mudar; definir a partir dos estudos incluídos</translation>
    </message>
    <message>
        <source>the default minimal important difference (%1)</source>
        <translation>a diferença mínima importante padrão (%1)</translation>
    </message>
    <message>
        <source>the minimal important difference (%1)</source>
        <translation>a diferença mínima importante (%1)</translation>
    </message>
</context>
<context>
    <name>GradeText</name>
    <message>
        <source>Risk of bias</source>
        <translation>Risco de viés</translation>
    </message>
    <message>
        <source>Inconsistency</source>
        <translation>Inconsistência</translation>
    </message>
    <message>
        <source>Indirectness</source>
        <translation>Evidência indireta</translation>
    </message>
    <message>
        <source>Imprecision</source>
        <translation>Imprecisão</translation>
    </message>
    <message>
        <source>Publication bias</source>
        <translation>Viés de publicação</translation>
    </message>
    <message>
        <source>Large effect</source>
        <translation>Grande magnitude de efeito</translation>
    </message>
    <message>
        <source>Dose-response gradient</source>
        <translation>Gradiente dose-resposta</translation>
    </message>
    <message>
        <source>Plausible confounding</source>
        <translation>Confusão plausível</translation>
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
        <translation>Baixa</translation>
    </message>
    <message>
        <source>Very low</source>
        <translation>Muito baixa</translation>
    </message>
    <message>
        <source>There is no synthesis to rate (no included study has outcome data).</source>
        <translation>Não há síntese para avaliar (nenhum estudo incluído tem dados de desfecho).</translation>
    </message>
    <message>
        <source>The designs of the studies are not recorded; rated as observational evidence.</source>
        <translation>Os delineamentos dos estudos não estão registrados; avaliado como evidência observacional.</translation>
    </message>
    <message>
        <source>%1 of the weight comes from randomised trials (or reviews of them).</source>
        <translation>%1 do peso vem de ensaios randomizados (ou de revisões deles).</translation>
    </message>
    <message>
        <source>Most of the weight (%1) comes from observational studies.</source>
        <translation>A maior parte do peso (%1) vem de estudos observacionais.</translation>
    </message>
    <message>
        <source>Not assessable without a synthesis.</source>
        <translation>Não avaliável sem uma síntese.</translation>
    </message>
    <message>
        <source>%1 of the weight comes from studies rated below %2.</source>
        <translation>%1 do peso vem de estudos avaliados abaixo de %2.</translation>
    </message>
    <message>
        <source>%1 of the weight comes from studies without a quality rating.</source>
        <translation>%1 do peso vem de estudos sem avaliação de qualidade.</translation>
    </message>
    <message>
        <source>A single study: consistency cannot be judged.</source>
        <translation>Um único estudo: a consistência não pode ser julgada.</translation>
    </message>
    <message>
        <source>I² = %1 and the prediction interval includes effects in both directions.</source>
        <translation>I² = %1 e o intervalo de predição inclui efeitos nas duas direções.</translation>
    </message>
    <message>
        <source>I² = %1 (τ² = %2): substantial heterogeneity.</source>
        <translation>I² = %1 (τ² = %2): heterogeneidade substancial.</translation>
    </message>
    <message>
        <source>The prediction interval crosses the null although the confidence interval does not.</source>
        <translation>O intervalo de predição cruza o valor nulo, embora o intervalo de confiança não cruze.</translation>
    </message>
    <message>
        <source>The prediction interval crosses the null.</source>
        <translation>O intervalo de predição cruza o valor nulo.</translation>
    </message>
    <message>
        <source>I² = %1: little heterogeneity.</source>
        <translation>I² = %1: pouca heterogeneidade.</translation>
    </message>
    <message>
        <source>Judge whether the studies&apos; population, intervention, comparator and outcome match the question; the data cannot say.</source>
        <translation>Julgue se a população, a intervenção, o comparador e o desfecho dos estudos correspondem à pergunta; os dados não podem dizer.</translation>
    </message>
    <message>
        <source>The confidence interval includes important effects in both directions.</source>
        <translation>O intervalo de confiança inclui efeitos importantes nas duas direções.</translation>
    </message>
    <message>
        <source>The confidence interval crosses the minimal important difference (%1).</source>
        <translation>O intervalo de confiança cruza a diferença mínima importante (%1).</translation>
    </message>
    <message>
        <source>The confidence interval includes no effect.</source>
        <translation>O intervalo de confiança inclui a ausência de efeito.</translation>
    </message>
    <message>
        <source>%1 participants in all, fewer than the optimal information size of about %2.</source>
        <translation>%1 participantes ao todo, menos que o tamanho ótimo de informação de cerca de %2.</translation>
    </message>
    <message>
        <source>(infinite: no effect)</source>
        <translation>(infinito: nenhum efeito)</translation>
    </message>
    <message>
        <source>%1 participants in all, more than the optimal information size of about %2.</source>
        <translation>%1 participantes ao todo, mais que o tamanho ótimo de informação de cerca de %2.</translation>
    </message>
    <message>
        <source>The confidence interval excludes no effect.</source>
        <translation>O intervalo de confiança exclui a ausência de efeito.</translation>
    </message>
    <message>
        <source>Not assessable: fewer than 10 studies (%1) are too few for funnel plot tests.</source>
        <translation>Não avaliável: menos de 10 estudos (%1) são poucos demais para os testes do gráfico de funil.</translation>
    </message>
    <message>
        <source>, and the adjusted interval includes no effect</source>
        <translation>, e o intervalo ajustado inclui a ausência de efeito</translation>
    </message>
    <message>
        <source>Upgrades apply to observational evidence only.</source>
        <translation>Elevações de nível se aplicam apenas à evidência observacional.</translation>
    </message>
    <message>
        <source>A very large effect (ratio %1 or its inverse).</source>
        <translation>Um efeito muito grande (razão %1 ou seu inverso).</translation>
    </message>
    <message>
        <source>A large effect (ratio %1 or its inverse).</source>
        <translation>Um efeito grande (razão %1 ou seu inverso).</translation>
    </message>
    <message>
        <source>The effect is not large (ratio %1 or its inverse).</source>
        <translation>O efeito não é grande (razão %1 ou seu inverso).</translation>
    </message>
    <message>
        <source>Judged for ratio measures only.</source>
        <translation>Julgado apenas para medidas de razão.</translation>
    </message>
    <message>
        <source>The reviewer&apos;s judgement; the data cannot say.</source>
        <translation>O julgamento dos revisores; os dados não podem dizer.</translation>
    </message>
    <message>
        <source>the outcome</source>
        <translation>o desfecho</translation>
    </message>
    <message>
        <source>There is no synthesis of %1 yet.</source>
        <translation>Ainda não há síntese de %1.</translation>
    </message>
    <message>
        <source>The evidence is very uncertain about the effect on %1.</source>
        <translation>A evidência é muito incerta sobre o efeito em %1.</translation>
    </message>
    <message>
        <source>The intervention results in little or no difference in %1.</source>
        <translation>A intervenção resulta em pouca ou nenhuma diferença em %1.</translation>
    </message>
    <message>
        <source>The intervention probably results in little or no difference in %1.</source>
        <translation>A intervenção provavelmente resulta em pouca ou nenhuma diferença em %1.</translation>
    </message>
    <message>
        <source>The intervention may result in little or no difference in %1.</source>
        <translation>A intervenção pode resultar em pouca ou nenhuma diferença em %1.</translation>
    </message>
    <message>
        <source>The intervention increases %1.</source>
        <translation>A intervenção aumenta %1.</translation>
    </message>
    <message>
        <source>The intervention reduces %1.</source>
        <translation>A intervenção reduz %1.</translation>
    </message>
    <message>
        <source>The intervention probably increases %1.</source>
        <translation>A intervenção provavelmente aumenta %1.</translation>
    </message>
    <message>
        <source>The intervention probably reduces %1.</source>
        <translation>A intervenção provavelmente reduz %1.</translation>
    </message>
    <message>
        <source>The intervention may increase %1.</source>
        <translation>A intervenção pode aumentar %1.</translation>
    </message>
    <message>
        <source>The intervention may reduce %1.</source>
        <translation>A intervenção pode reduzir %1.</translation>
    </message>
    <message numerus="yes">
        <source>Trim-and-fill imputes %n stud(ies)%1.</source>
        <translation>
            <numerusform>O trim-and-fill imputa %n estudo%1.</numerusform>
            <numerusform>O trim-and-fill imputa %n estudos%1.</numerusform>
        </translation>
    </message>
    <message>
        <source>It does not count here: an upgrade applies only when nothing is downgraded.</source>
        <translation>Não conta aqui: só se eleva o nível quando nada foi rebaixado.</translation>
    </message>
    <message>
        <source>Egger&apos;s test suggests small-study effects (p %1).</source>
        <translation>O teste de Egger sugere efeitos de estudos pequenos (p %1).</translation>
    </message>
    <message>
        <source>No sign of small-study effects (Egger p %1).</source>
        <translation>Nenhum sinal de efeitos de estudos pequenos (p de Egger %1).</translation>
    </message>
    <message>
        <source>no upgrade</source>
        <translation>sem elevação</translation>
    </message>
    <message numerus="yes">
        <source>+%n level(s)</source>
        <translation>
            <numerusform>+%n nível</numerusform>
            <numerusform>+%n níveis</numerusform>
        </translation>
    </message>
    <message>
        <source>not serious</source>
        <translation>não grave</translation>
    </message>
    <message>
        <source>serious (−1)</source>
        <translation>grave (−1)</translation>
    </message>
    <message>
        <source>very serious (−2)</source>
        <translation>muito grave (−2)</translation>
    </message>
    <message>
        <source>%1 of the weight of the rated studies comes from studies rated below %2.</source>
        <translation>%1 do peso dos estudos avaliados vem de estudos avaliados abaixo de %2.</translation>
    </message>
    <message>
        <source>Not assessable: no minimal important difference is set, and this measure has no default; set one on the claim.</source>
        <translation>Não avaliável: nenhuma diferença mínima importante foi definida e esta medida não tem padrão; defina uma na afirmação.</translation>
    </message>
    <message>
        <source>Rated against the default minimal important difference (%1), as GRADE suggests when none is known.</source>
        <translation>Avaliado em relação à diferença mínima importante padrão (%1), como o GRADE sugere quando nenhuma é conhecida.</translation>
    </message>
    <message>
        <source>Rated against the claim&apos;s minimal important difference (%1).</source>
        <translation>Avaliado em relação à diferença mínima importante da afirmação (%1).</translation>
    </message>
    <message>
        <source>The confidence interval excludes both an important benefit and an important harm.</source>
        <translation>O intervalo de confiança exclui tanto um benefício importante quanto um dano importante.</translation>
    </message>
    <message>
        <source>The confidence interval lies wholly beyond the minimal important difference.</source>
        <translation>O intervalo de confiança fica inteiramente além da diferença mínima importante.</translation>
    </message>
    <message>
        <source>Not assessed: no study has a risk-of-bias judgement or a quality rating yet, so nothing is downgraded.</source>
        <translation>Não avaliado: nenhum estudo tem ainda julgamento de risco de viés nem pontuação de qualidade, então nada é rebaixado.</translation>
    </message>
    <message>
        <source>Of the weight of the appraised studies, %1 is at low risk of bias, %2 at some concerns or moderate risk, %3 at high or serious risk and %4 at critical risk.</source>
        <translation>Do peso dos estudos avaliados, %1 está em baixo risco de viés, %2 em algumas preocupações ou risco moderado, %3 em risco alto ou grave e %4 em risco crítico.</translation>
    </message>
    <message>
        <source>%1 of the weight comes from studies without a risk-of-bias judgement.</source>
        <translation>%1 do peso vem de estudos sem julgamento de risco de viés.</translation>
    </message>
</context>
<context>
    <name>GridText</name>
    <message>
        <source>The clipboard holds no cells.</source>
        <translation>A área de transferência não contém células.</translation>
    </message>
    <message>
        <source>The block of %1 × %2 cells does not fit: from row %3 the grid has %4 rows and from this column %5 columns.</source>
        <translation>O bloco de %1 × %2 células não cabe: a partir da linha %3 a grade tem %4 linhas e a partir desta coluna %5 colunas.</translation>
    </message>
    <message>
        <source>Row %1 (%2), %3: </source>
        <translation>Linha %1 (%2), %3: </translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1” não é um número</translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message>
        <source>the study has no title, study label, authors or DOI</source>
        <translation>o estudo não tem título, rótulo, autores nem DOI</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a year</source>
        <translation>&apos;%1&apos; não é um ano</translation>
    </message>
    <message>
        <source>unknown design &apos;%1&apos; (use systematic_review, rct, non_randomised, cohort, case_control, cross_sectional, narrative_review, expert_opinion or other)</source>
        <translation>delineamento desconhecido &apos;%1&apos; (systematic_review, rct, non_randomised, cohort, case_control, cross_sectional, narrative_review, expert_opinion ou other)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a score from 0 to 100</source>
        <translation>&apos;%1&apos; não é uma pontuação de 0 a 100</translation>
    </message>
    <message>
        <source>unknown stance &apos;%1&apos; (use supporting, contradicting, neutral or untagged)</source>
        <translation>posição desconhecida &apos;%1&apos; (supporting, contradicting, neutral ou untagged)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not yes or no</source>
        <translation>&apos;%1&apos; não é yes nem no</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; não é um número</translation>
    </message>
    <message>
        <source>a count cannot be negative</source>
        <translation>uma contagem não pode ser negativa</translation>
    </message>
    <message>
        <source>more events than participants (n1i)</source>
        <translation>mais eventos que participantes (n1i)</translation>
    </message>
    <message>
        <source>more events than participants (n2i)</source>
        <translation>mais eventos que participantes (n2i)</translation>
    </message>
    <message>
        <source>a standard deviation must be greater than 0</source>
        <translation>um desvio padrão deve ser maior que 0</translation>
    </message>
    <message>
        <source>a sampling variance cannot be negative</source>
        <translation>uma variância amostral não pode ser negativa</translation>
    </message>
    <message>
        <source>a standard error cannot be negative</source>
        <translation>um erro padrão não pode ser negativo</translation>
    </message>
    <message>
        <source>a correlation must lie between -1 and 1</source>
        <translation>uma correlação deve estar entre -1 e 1</translation>
    </message>
    <message>
        <source>the record has no title (TI or T1)</source>
        <translation>o registro não tem título (TI ou T1)</translation>
    </message>
    <message>
        <source>expected a record to start with &apos;TY  - &apos;</source>
        <translation>esperava-se que um registro começasse com &apos;TY  - &apos;</translation>
    </message>
    <message>
        <source>a new record starts before the record of line %1 ended (ER)</source>
        <translation>um novo registro começa antes do fim do registro da linha %1 (ER)</translation>
    </message>
    <message>
        <source>the record has no end (ER)</source>
        <translation>o registro não tem fim (ER)</translation>
    </message>
    <message>
        <source>expected &apos;{&apos; after @%1</source>
        <translation>esperava-se &apos;{&apos; após @%1</translation>
    </message>
    <message>
        <source>the entry @%1 is not closed</source>
        <translation>a entrada @%1 não foi fechada</translation>
    </message>
    <message>
        <source>the entry &apos;%1&apos; is not closed</source>
        <translation>a entrada &apos;%1&apos; não foi fechada</translation>
    </message>
    <message>
        <source>the entry &apos;%1&apos; does not end after this field: are its braces balanced?</source>
        <translation>a entrada &apos;%1&apos; não termina após este campo: as chaves estão balanceadas?</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or the end of the entry after the field</source>
        <translation>esperava-se &apos;,&apos; ou o fim da entrada após o campo</translation>
    </message>
    <message>
        <source>the entry &apos;%1&apos; has no title</source>
        <translation>a entrada &apos;%1&apos; não tem título</translation>
    </message>
    <message>
        <source>expected a field name</source>
        <translation>esperava-se um nome de campo</translation>
    </message>
    <message>
        <source>expected &apos;=&apos; after the field name</source>
        <translation>esperava-se &apos;=&apos; após o nome do campo</translation>
    </message>
    <message>
        <source>the value is missing</source>
        <translation>falta o valor</translation>
    </message>
    <message>
        <source>a &apos;{&apos; is not closed</source>
        <translation>uma &apos;{&apos; não foi fechada</translation>
    </message>
    <message>
        <source>a &apos;&quot;&apos; is not closed</source>
        <translation>aspas &apos;&quot;&apos; não foram fechadas</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; in the value</source>
        <translation>&apos;%1&apos; inesperado no valor</translation>
    </message>
    <message>
        <source>unknown macro &apos;%1&apos;</source>
        <translation>macro desconhecida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the entry is not closed</source>
        <translation>a entrada não foi fechada</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos;</source>
        <translation>esperava-se &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the value is longer than %1 million characters</source>
        <translation>o valor tem mais de %1 milhões de caracteres</translation>
    </message>
    <message>
        <source>the @string macros are longer than %1 million characters in all</source>
        <translation>as macros @string somam mais de %1 milhões de caracteres</translation>
    </message>
    <message>
        <source>the entry is longer than %1 million characters</source>
        <translation>a entrada tem mais de %1 milhões de caracteres</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>não é possível gravar: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a study id (a whole number as export writes it)</source>
        <translation>&apos;%1&apos; não é um id de estudo (um número inteiro, como a exportação escreve)</translation>
    </message>
    <message>
        <source>%1: read as a %2-separated file%3</source>
        <translation>%1: lido como arquivo separado por %2%3</translation>
    </message>
    <message>
        <source>, decimal commas as decimal points</source>
        <translation>, vírgulas decimais como pontos decimais</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s) give yi without vi or sei (the first on line %2); they have no effect size until a variance or standard error is added</source>
        <translation>
            <numerusform>%1: %n registro dá yi sem vi nem sei (o primeiro na linha %2); não tem tamanho de efeito até que se acrescente uma variância ou um erro padrão</numerusform>
            <numerusform>%1: %n registros dão yi sem vi nem sei (o primeiro na linha %2); não têm tamanho de efeito até que se acrescente uma variância ou um erro padrão</numerusform>
        </translation>
    </message>
    <message>
        <source>expected a MEDLINE record to start with &apos;PMID- &apos;</source>
        <translation>esperava-se que o registro MEDLINE começasse com &apos;PMID- &apos;</translation>
    </message>
    <message>
        <source>expected &apos;TAG - value&apos; or a continuation line indented by six spaces</source>
        <translation>esperava-se &apos;TAG - valor&apos; ou uma linha de continuação recuada seis espaços</translation>
    </message>
    <message>
        <source>the record has no title (TI)</source>
        <translation>o registro não tem título (TI)</translation>
    </message>
    <message>
        <source>unknown file type (use .csv, .ris, .bib or .nbib)</source>
        <translation>tipo de arquivo desconhecido (use .csv, .ris, .bib ou .nbib)</translation>
    </message>
    <message>
        <source>a study is judged with RoB 2 or with ROBINS-I, not both</source>
        <translation>um estudo é avaliado com RoB 2 ou com ROBINS-I, não com ambos</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n domain(s)</source>
        <translation>
            <numerusform>%1 tem %n domínio</numerusform>
            <numerusform>%1 tem %n domínios</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown RoB 2 judgement &apos;%1&apos; (use low, some or high)</source>
        <translation>julgamento de RoB 2 desconhecido &apos;%1&apos; (use low, some ou high)</translation>
    </message>
    <message>
        <source>unknown ROBINS-I judgement &apos;%1&apos; (use low, moderate, serious, critical or ni)</source>
        <translation>julgamento de ROBINS-I desconhecido &apos;%1&apos; (use low, moderate, serious, critical ou ni)</translation>
    </message>
</context>
<context>
    <name>MergeText</name>
    <message>
        <source>same study_id</source>
        <translation>mesmo study_id</translation>
    </message>
    <message>
        <source>same DOI</source>
        <translation>mesmo DOI</translation>
    </message>
    <message>
        <source>same title and year</source>
        <translation>mesmo título e ano</translation>
    </message>
    <message>
        <source>%1 holds &apos;%2&apos; in the review, the file says &apos;%3&apos;</source>
        <translation>%1 é &apos;%2&apos; na revisão, o arquivo diz &apos;%3&apos;</translation>
    </message>
    <message>
        <source>the same study as line %1</source>
        <translation>o mesmo estudo da linha %1</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message numerus="yes">
        <source>%n stud(ies) without the data this measure needs were left out</source>
        <translation>
            <numerusform>%n estudo sem os dados de que esta medida precisa foi deixado de fora</numerusform>
            <numerusform>%n estudos sem os dados de que esta medida precisa foram deixados de fora</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessagesText</name>
    <message>
        <source>no study has the data this effect measure needs</source>
        <translation>nenhum estudo tem os dados de que esta medida de efeito precisa</translation>
    </message>
    <message>
        <source>the value is missing or not a finite number</source>
        <translation>o valor está ausente ou não é um número finito</translation>
    </message>
    <message>
        <source>a count cannot be negative</source>
        <translation>uma contagem não pode ser negativa</translation>
    </message>
    <message>
        <source>there are more events than participants in the group</source>
        <translation>há mais eventos que participantes no grupo</translation>
    </message>
    <message>
        <source>the ratio of means needs means greater than 0</source>
        <translation>a razão de médias precisa de médias maiores que 0</translation>
    </message>
    <message>
        <source>a correlation must lie between -1 and 1</source>
        <translation>uma correlação deve estar entre -1 e 1</translation>
    </message>
    <message>
        <source>a sampling variance is 0, so inverse-variance weights are undefined</source>
        <translation>uma variância amostral é 0, então os pesos pelo inverso da variância não estão definidos</translation>
    </message>
    <message>
        <source>there are too few studies for this analysis</source>
        <translation>há poucos estudos demais para esta análise</translation>
    </message>
    <message>
        <source>the estimation did not converge</source>
        <translation>a estimação não convergiu</translation>
    </message>
    <message>
        <source>the model cannot be estimated from these data (the predictors are constant)</source>
        <translation>o modelo não pode ser estimado com estes dados (os preditores são constantes)</translation>
    </message>
    <message>
        <source>the computation failed numerically</source>
        <translation>o cálculo falhou numericamente</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erro desconhecido</translation>
    </message>
    <message>
        <source>%1: 1/2 was added to each cell of its table because one cell is 0</source>
        <translation>%1: 1/2 foi somado a cada célula da tabela porque uma célula é 0</translation>
    </message>
    <message>
        <source>the Knapp-Hartung adjustment is meant for random-effects models</source>
        <translation>o ajuste de Knapp-Hartung é destinado a modelos de efeitos aleatórios</translation>
    </message>
    <message>
        <source>with a single study the z test is used</source>
        <translation>com um único estudo usa-se o teste z</translation>
    </message>
    <message>
        <source>the likelihood is higher at tau^2 = 0 than where the iteration stopped; tau^2 was set to 0</source>
        <translation>a verossimilhança é maior em tau^2 = 0 do que onde a iteração parou; tau^2 foi fixado em 0</translation>
    </message>
    <message>
        <source>the estimation of tau^2 did not converge</source>
        <translation>a estimação de tau^2 não convergiu</translation>
    </message>
    <message>
        <source>some sampling variances are 0, so Q, I^2 and H^2 are undefined</source>
        <translation>algumas variâncias amostrais são 0, então Q, I^2 e H^2 não estão definidos</translation>
    </message>
    <message>
        <source>the confidence interval for tau^2 is the null set: the studies are more alike than chance predicts</source>
        <translation>o intervalo de confiança de tau^2 é vazio: os estudos são mais parecidos do que o acaso prevê</translation>
    </message>
    <message>
        <source>the lower confidence bound of tau^2 is truncated at 0</source>
        <translation>o limite inferior de confiança de tau^2 é truncado em 0</translation>
    </message>
    <message>
        <source>the upper confidence bound of tau^2 lies beyond the search limit and is shown as that limit (%1), as metafor does: read it as &quot;more than %1&quot;</source>
        <translation>o limite superior de confiança de tau^2 está além do limite de busca e é mostrado como esse limite (%1), como no metafor: leia como “mais de %1”</translation>
    </message>
    <message>
        <source>unknown warning</source>
        <translation>aviso desconhecido</translation>
    </message>
    <message>
        <source>risk ratio</source>
        <translation>razão de riscos</translation>
    </message>
    <message>
        <source>odds ratio</source>
        <translation>razão de chances</translation>
    </message>
    <message>
        <source>risk difference</source>
        <translation>diferença de riscos</translation>
    </message>
    <message>
        <source>mean difference</source>
        <translation>diferença de médias</translation>
    </message>
    <message>
        <source>standardised mean difference (Hedges&apos; g)</source>
        <translation>diferença de médias padronizada (g de Hedges)</translation>
    </message>
    <message>
        <source>ratio of means</source>
        <translation>razão de médias</translation>
    </message>
    <message>
        <source>correlation</source>
        <translation>correlação</translation>
    </message>
    <message>
        <source>Fisher&apos;s z of a correlation</source>
        <translation>z de Fisher de uma correlação</translation>
    </message>
    <message>
        <source>effect and variance as given</source>
        <translation>efeito e variância como fornecidos</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>restricted maximum likelihood</source>
        <translation>máxima verossimilhança restrita</translation>
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
        <translation>máxima verossimilhança</translation>
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
        <translation>efeitos iguais (efeito fixo)</translation>
    </message>
    <message>
        <source>Knapp–Hartung</source>
        <translation>Knapp–Hartung</translation>
    </message>
    <message>
        <source>z test</source>
        <translation>teste z</translation>
    </message>
    <message>
        <source>the sample size is too small for this measure (SMD needs n1i + n2i of at least 4, COR a sample size of at least 2, Fisher&apos;s z one above 3)</source>
        <translation>o tamanho amostral é pequeno demais para esta medida (SMD precisa de n1i + n2i de pelo menos 4, COR de um tamanho amostral de pelo menos 2, o z de Fisher de um acima de 3)</translation>
    </message>
    <message>
        <source>both standard deviations are 0, so the standardised mean difference is undefined</source>
        <translation>ambos os desvios padrão são 0, então a diferença de médias padronizada não está definida</translation>
    </message>
    <message>
        <source>a sampling variance cannot be negative</source>
        <translation>uma variância amostral não pode ser negativa</translation>
    </message>
    <message>
        <source>a group has no participants</source>
        <translation>um grupo não tem participantes</translation>
    </message>
    <message>
        <source>a standard deviation cannot be negative</source>
        <translation>um desvio padrão não pode ser negativo</translation>
    </message>
    <message>
        <source>the confidence level must lie between 50 and 99.99 percent</source>
        <translation>o nível de confiança deve estar entre 50 e 99,99 por cento</translation>
    </message>
    <message>
        <source>the largest sampling variance is over ten million times the smallest; the studies with the smallest variances carry almost all the weight</source>
        <translation>a maior variância amostral é mais de dez milhões de vezes a menor; os estudos com as menores variâncias carregam quase todo o peso</translation>
    </message>
    <message>
        <source>%1 was left out: %2</source>
        <translation>%1 foi deixado de fora: %2</translation>
    </message>
    <message>
        <source>%1 was left out: column %2: %3</source>
        <translation>%1 foi deixado de fora: coluna %2: %3</translation>
    </message>
    <message>
        <source>%1 has no subgroup and was left out of the subgroup analysis</source>
        <translation>%1 não tem subgrupo e foi deixado de fora da análise de subgrupos</translation>
    </message>
    <message>
        <source>%1: the standard error is negative; its square was used as the sampling variance</source>
        <translation>%1: o erro padrão é negativo; seu quadrado foi usado como variância amostral</translation>
    </message>
    <message>
        <source>%1 has no events (or only events) in both groups: it has no effect of its own and was left out of Q and I^2</source>
        <translation>%1 não tem eventos (ou só tem eventos) nos dois grupos: não tem efeito próprio e foi deixado de fora de Q e I^2</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>Dichotomous (events / total)</source>
        <translation>Dicotômico (eventos / total)</translation>
    </message>
    <message>
        <source>Continuous (mean, SD, N)</source>
        <translation>Contínuo (média, DP, N)</translation>
    </message>
    <message>
        <source>Correlation (r, N)</source>
        <translation>Correlação (r, N)</translation>
    </message>
    <message>
        <source>Effect estimate with its SE or variance</source>
        <translation>Estimativa do efeito com seu EP ou variância</translation>
    </message>
    <message>
        <source>Events (intervention)</source>
        <translation>Eventos (intervenção)</translation>
    </message>
    <message>
        <source>Non-events (intervention)</source>
        <translation>Não eventos (intervenção)</translation>
    </message>
    <message>
        <source>Events (comparator)</source>
        <translation>Eventos (comparador)</translation>
    </message>
    <message>
        <source>Non-events (comparator)</source>
        <translation>Não eventos (comparador)</translation>
    </message>
    <message>
        <source>Total (intervention)</source>
        <translation>Total (intervenção)</translation>
    </message>
    <message>
        <source>Total (comparator)</source>
        <translation>Total (comparador)</translation>
    </message>
    <message>
        <source>Mean (intervention)</source>
        <translation>Média (intervenção)</translation>
    </message>
    <message>
        <source>SD (intervention)</source>
        <translation>DP (intervenção)</translation>
    </message>
    <message>
        <source>Mean (comparator)</source>
        <translation>Média (comparador)</translation>
    </message>
    <message>
        <source>SD (comparator)</source>
        <translation>DP (comparador)</translation>
    </message>
    <message>
        <source>Correlation r</source>
        <translation>Correlação r</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimativa</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Variância</translation>
    </message>
    <message>
        <source>Standard error</source>
        <translation>Erro padrão</translation>
    </message>
</context>
<context>
    <name>PlotExportText</name>
    <message>
        <source>%1: unknown image type (use .png, .svg or .pdf)</source>
        <translation>%1: tipo de imagem desconhecido (.png, .svg ou .pdf)</translation>
    </message>
    <message>
        <source>there is no analysis to plot</source>
        <translation>não há análise para representar</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: não é possível gravar: %2</translation>
    </message>
    <message>
        <source>%1: the image could not be written</source>
        <translation>%1: não foi possível gravar a imagem</translation>
    </message>
    <message>
        <source>Forest plot</source>
        <translation>Gráfico de floresta</translation>
    </message>
    <message>
        <source>Funnel plot</source>
        <translation>Gráfico de funil</translation>
    </message>
    <message>
        <source>Made with EvidenceDesk</source>
        <translation>Feito com EvidenceDesk</translation>
    </message>
    <message>
        <source>%1: the plot would be %2 × %3 pixels at %4 dpi, more than a PNG may have here (%5 million pixels): write it as PDF (paged) or SVG, or at a lower resolution</source>
        <translation>%1: o gráfico teria %2 × %3 pixels a %4 dpi, mais do que um PNG pode ter aqui (%5 milhões de pixels): grave-o como PDF (paginado) ou SVG, ou com resolução menor</translation>
    </message>
    <message>
        <source>Risk of bias: traffic-light plot</source>
        <translation>Risco de viés: gráfico de semáforo</translation>
    </message>
    <message>
        <source>Risk of bias: summary plot</source>
        <translation>Risco de viés: gráfico resumo</translation>
    </message>
    <message>
        <source>no study of the synthesis has a risk-of-bias judgement for this outcome</source>
        <translation>nenhum estudo da síntese tem julgamento de risco de viés para este desfecho</translation>
    </message>
    <message>
        <source>%1: the plot would be %2 × %3 pixels at %4 dpi, more than a PNG may have here (%5 million pixels): write it as SVG or PDF, or at a lower resolution</source>
        <translation>%1: o gráfico teria %2 × %3 pixels a %4 dpi, mais do que um PNG pode ter aqui (%5 milhões de pixels): grave-o como SVG ou PDF, ou com resolução menor</translation>
    </message>
</context>
<context>
    <name>PlotsText</name>
    <message>
        <source>Year</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Delineamento</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Posição</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualidade</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Subtotal (k = %1; I² = %2%)</source>
        <translation>Subtotal (k = %1; I² = %2%)</translation>
    </message>
    <message>
        <source>Equal-effects model</source>
        <translation>Modelo de efeito comum</translation>
    </message>
    <message>
        <source>Random-effects model (%1)</source>
        <translation>Modelo de efeitos aleatórios (%1)</translation>
    </message>
    <message>
        <source>Prediction interval</source>
        <translation>Intervalo de predição</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Estudo</translation>
    </message>
    <message>
        <source>%1 [%2% CI]</source>
        <translation>%1 [IC de %2%]</translation>
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
        <translation>Erro padrão</translation>
    </message>
    <message>
        <source>Heterogeneity: Q = %1 (df = %2, p %3); I² = %4%</source>
        <translation>Heterogeneidade: Q = %1 (gl = %2, p %3); I² = %4%</translation>
    </message>
    <message>
        <source>Heterogeneity: τ² = %1; I² = %2%; Q = %3 (df = %4, p %5)</source>
        <translation>Heterogeneidade: τ² = %1; I² = %2%; Q = %3 (gl = %4, p %5)</translation>
    </message>
    <message>
        <source>Test for subgroup differences: Q = %1, df = %2, p %3</source>
        <translation>Teste de diferenças entre subgrupos: Q = %1, gl = %2, p %3</translation>
    </message>
    <message>
        <source>Shading: p &lt; 0.01, 0.01–0.05, 0.05–0.10, &gt; 0.10 (white)</source>
        <translation>Sombreamento: p &lt; 0,01, 0,01–0,05, 0,05–0,10, &gt; 0,10 (branco)</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <comment>mean (SD), n</comment>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Intervenção</translation>
    </message>
    <message>
        <source>Comparator</source>
        <translation>Comparador</translation>
    </message>
    <message>
        <source>Not tagged</source>
        <translation>Sem marcação</translation>
    </message>
    <message>
        <source>Imputed by trim-and-fill</source>
        <translation>Imputado pelo trim-and-fill</translation>
    </message>
    <message>
        <source>Risk of bias</source>
        <translation>Risco de viés</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>log risk ratios</source>
        <translation>logaritmos de razões de risco</translation>
    </message>
    <message>
        <source>log odds ratios</source>
        <translation>logaritmos de razões de chances</translation>
    </message>
    <message>
        <source>risk differences</source>
        <translation>diferenças de risco</translation>
    </message>
    <message>
        <source>mean differences</source>
        <translation>diferenças de médias</translation>
    </message>
    <message>
        <source>standardised mean differences (Hedges&apos; g with the exact small-sample correction)</source>
        <translation>diferenças de médias padronizadas (g de Hedges com a correção exata para amostras pequenas)</translation>
    </message>
    <message>
        <source>log ratios of means</source>
        <translation>logaritmos de razões de médias</translation>
    </message>
    <message>
        <source>correlation coefficients</source>
        <translation>coeficientes de correlação</translation>
    </message>
    <message>
        <source>Fisher&apos;s z-transformed correlations</source>
        <translation>correlações transformadas em z de Fisher</translation>
    </message>
    <message>
        <source>the effect sizes as given</source>
        <translation>os tamanhos de efeito como fornecidos</translation>
    </message>
    <message>
        <source>an equal-effects (fixed-effect) model</source>
        <translation>um modelo de efeito comum (efeito fixo)</translation>
    </message>
    <message>
        <source>a random-effects model with the DerSimonian-Laird estimator of τ²</source>
        <translation>um modelo de efeitos aleatórios com o estimador de DerSimonian-Laird para τ²</translation>
    </message>
    <message>
        <source>a random-effects model with the Hedges estimator of τ²</source>
        <translation>um modelo de efeitos aleatórios com o estimador de Hedges para τ²</translation>
    </message>
    <message>
        <source>a random-effects model with the Hunter-Schmidt estimator of τ²</source>
        <translation>um modelo de efeitos aleatórios com o estimador de Hunter-Schmidt para τ²</translation>
    </message>
    <message>
        <source>a random-effects model with the Sidik-Jonkman estimator of τ²</source>
        <translation>um modelo de efeitos aleatórios com o estimador de Sidik-Jonkman para τ²</translation>
    </message>
    <message>
        <source>a random-effects model with the maximum-likelihood estimator of τ²</source>
        <translation>um modelo de efeitos aleatórios com o estimador de máxima verossimilhança para τ²</translation>
    </message>
    <message>
        <source>a random-effects model with the restricted maximum-likelihood (REML) estimator of τ²</source>
        <translation>um modelo de efeitos aleatórios com o estimador de máxima verossimilhança restrita (REML) para τ²</translation>
    </message>
    <message>
        <source>a random-effects model with the empirical Bayes estimator of τ²</source>
        <translation>um modelo de efeitos aleatórios com o estimador bayesiano empírico para τ²</translation>
    </message>
    <message>
        <source>a random-effects model with the Paule-Mandel estimator of τ²</source>
        <translation>um modelo de efeitos aleatórios com o estimador de Paule-Mandel para τ²</translation>
    </message>
    <message>
        <source>the review has no claim to report on</source>
        <translation>a revisão não tem alegação sobre a qual relatar</translation>
    </message>
    <message>
        <source>EvidenceDesk report: %1</source>
        <translation>Relatório do EvidenceDesk: %1</translation>
    </message>
    <message>
        <source>EvidenceDesk report</source>
        <translation>Relatório do EvidenceDesk</translation>
    </message>
    <message>
        <source>Evidence review</source>
        <translation>Revisão da evidência</translation>
    </message>
    <message>
        <source>Report of %1</source>
        <translation>Relatório de %1</translation>
    </message>
    <message>
        <source>EvidenceDesk %1</source>
        <translation>EvidenceDesk %1</translation>
    </message>
    <message>
        <source>Certainty of the evidence:</source>
        <translation>Certeza da evidência:</translation>
    </message>
    <message>
        <source>The claim</source>
        <translation>A alegação</translation>
    </message>
    <message>
        <source>Mechanisms</source>
        <translation>Mecanismos</translation>
    </message>
    <message>
        <source>The evidence</source>
        <translation>A evidência</translation>
    </message>
    <message>
        <source>Synthesis</source>
        <translation>Síntese</translation>
    </message>
    <message>
        <source>Certainty of the evidence (GRADE)</source>
        <translation>Certeza da evidência (GRADE)</translation>
    </message>
    <message>
        <source>Gold standard evidence needed</source>
        <translation>Evidência padrão-ouro necessária</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Métodos</translation>
    </message>
    <message>
        <source>Appendix: reproducing the numbers in R</source>
        <translation>Apêndice: reproduzindo os números no R</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sumário</translation>
    </message>
    <message>
        <source>Current claim:</source>
        <translation>Alegação atual:</translation>
    </message>
    <message>
        <source>Original claim:</source>
        <translation>Alegação original:</translation>
    </message>
    <message>
        <source>Why refined:</source>
        <translation>Por que foi refinada:</translation>
    </message>
    <message>
        <source>Refinement history</source>
        <translation>Histórico de refinamentos</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>Why refined</source>
        <translation>Por que foi refinada</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Original claim</source>
        <translation>Alegação original</translation>
    </message>
    <message>
        <source>Review question</source>
        <translation>Pergunta da revisão</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>População</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Intervenção</translation>
    </message>
    <message>
        <source>Comparator</source>
        <translation>Comparador</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Desfecho</translation>
    </message>
    <message>
        <source>No mechanism has been written yet.</source>
        <translation>Nenhum mecanismo foi escrito ainda.</translation>
    </message>
    <message>
        <source>Most probable mechanism</source>
        <translation>Mecanismo mais provável</translation>
    </message>
    <message>
        <source>Less supported, not ruled out (%1)</source>
        <translation>Menos sustentado, não descartado (%1)</translation>
    </message>
    <message>
        <source>Not tagged</source>
        <translation>Sem marcação</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Estudo</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Delineamento</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualidade</translation>
    </message>
    <message>
        <source>No included study has %1 outcome data yet, so there is no synthesis.</source>
        <translation>Nenhum estudo incluído tem ainda dados de desfecho para %1, então não há síntese.</translation>
    </message>
    <message>
        <source>The synthesis could not be computed.</source>
        <translation>Não foi possível calcular a síntese.</translation>
    </message>
    <message>
        <source>Knapp-Hartung</source>
        <translation>Knapp-Hartung</translation>
    </message>
    <message>
        <source>z test</source>
        <translation>teste z</translation>
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
        <translation>p (teste de ausência de efeito)</translation>
    </message>
    <message>
        <source>Prediction interval</source>
        <translation>Intervalo de predição</translation>
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
        <translation>Teste de regressão de Egger</translation>
    </message>
    <message>
        <source>Begg&apos;s rank correlation</source>
        <translation>Correlação de postos de Begg</translation>
    </message>
    <message>
        <source>Trim-and-fill (L0)</source>
        <translation>Trim-and-fill (L0)</translation>
    </message>
    <message>
        <source>%1 imputed on the %2 side; %3 [%4, %5]</source>
        <translation>%1 imputado(s) no lado %2; %3 [%4; %5]</translation>
    </message>
    <message>
        <source>left</source>
        <translation>esquerdo</translation>
    </message>
    <message>
        <source>right</source>
        <translation>direito</translation>
    </message>
    <message>
        <source>Forest plot</source>
        <translation>Gráfico de floresta</translation>
    </message>
    <message>
        <source>Funnel plot</source>
        <translation>Gráfico de funil</translation>
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
        <translation>Deixar um de fora</translation>
    </message>
    <message>
        <source>Without</source>
        <translation>Sem</translation>
    </message>
    <message>
        <source>Starting level: %1.</source>
        <translation>Nível inicial: %1.</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domínio</translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation>Julgamento</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>not assessable</source>
        <translation>não avaliável</translation>
    </message>
    <message>
        <source>Reviewer&apos;s judgement (suggested %1): %2</source>
        <translation>Julgamento dos revisores (sugerido: %1): %2</translation>
    </message>
    <message>
        <source>Proposed by EvidenceDesk from the review question and the gaps in the evidence; not yet edited by the reviewer.</source>
        <translation>Proposto pelo EvidenceDesk a partir da pergunta da revisão e das lacunas da evidência; ainda não editado pelos revisores.</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparação</translation>
    </message>
    <message>
        <source>Outcome and follow-up</source>
        <translation>Desfecho e seguimento</translation>
    </message>
    <message>
        <source>the Knapp-Hartung adjustment (t distribution with k − 1 degrees of freedom)</source>
        <translation>o ajuste de Knapp-Hartung (distribuição t com k − 1 graus de liberdade)</translation>
    </message>
    <message>
        <source>the normal distribution</source>
        <translation>a distribuição normal</translation>
    </message>
    <message>
        <source> Subgroups (%1) were analysed separately and compared with a test for subgroup differences.</source>
        <translation> Os subgrupos (%1) foram analisados separadamente e comparados com um teste de diferenças entre subgrupos.</translation>
    </message>
    <message>
        <source>No synthesis was computed.</source>
        <translation>Nenhuma síntese foi calculada.</translation>
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
        <translation>%1: não é possível gravar o relatório: %2</translation>
    </message>
    <message>
        <source>Test for subgroup differences: Q = %1, df = %2, p %3</source>
        <translation>Teste de diferenças entre subgrupos: Q = %1, gl = %2, p %3</translation>
    </message>
    <message>
        <source>Effect sizes were computed as %1 (with 0.5 added to every cell of a 2×2 table containing a zero) and pooled with %2, using inverse-variance weights. Confidence intervals use %3 at the %4% level; the prediction interval uses the same critical value with τ² added to the variance. Heterogeneity is reported as Cochran&apos;s Q, I² and H² as defined in metafor, and τ² with its Q-profile confidence interval. Small-study effects were examined with Egger&apos;s regression test (the standard error as moderator in the same model), Begg&apos;s rank correlation test and trim-and-fill (L0 estimator). Leave-one-out analyses refit the model without each study in turn.%5 Certainty was rated with GRADE. Computations by EvidenceDesk %6, whose engine agrees with metafor 3.8-1 to a relative 1e-6 on every reported quantity.</source>
        <translation>Os tamanhos de efeito foram calculados como %1 (somando 0,5 a cada célula de uma tabela 2×2 que contenha um zero) e combinados com %2, com pesos pelo inverso da variância. Os intervalos de confiança usam %3 no nível de %4%; o intervalo de predição usa o mesmo valor crítico, somando τ² à variância. A heterogeneidade é relatada como o Q de Cochran, I² e H² conforme definidos no metafor, e τ² com seu intervalo de confiança por perfil Q. Os efeitos de estudos pequenos foram examinados com o teste de regressão de Egger (o erro padrão como moderador no mesmo modelo), o teste de correlação de postos de Begg e o trim-and-fill (estimador L0). As análises de deixar um de fora reajustam o modelo sem cada estudo, um de cada vez.%5 A certeza foi avaliada com o GRADE. Cálculos do EvidenceDesk %6, cujo motor concorda com o metafor 3.8-1 até 1e-6 relativo em cada quantidade relatada.</translation>
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
        <translation>posição</translation>
    </message>
    <message>
        <source>design</source>
        <translation>desenho</translation>
    </message>
    <message>
        <source>cannot write the PDF</source>
        <translation>não é possível gravar o PDF</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n stud(ies); %1; %2% confidence intervals (%3).</source>
        <translation>
            <numerusform>%n estudo; %1; intervalos de confiança de %2% (%3).</numerusform>
            <numerusform>%n estudos; %1; intervalos de confiança de %2% (%3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Excluded from the synthesis</source>
        <translation>Excluídos da síntese</translation>
    </message>
    <message>
        <source>Why excluded</source>
        <translation>Motivo da exclusão</translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>nenhum motivo registrado</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referências</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Desfecho:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Claims of this review</source>
        <translation>Afirmações desta revisão</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Afirmação</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Estudos</translation>
    </message>
    <message>
        <source>Pooled effect [CI]</source>
        <translation>Efeito combinado [IC]</translation>
    </message>
    <message>
        <source>Certainty</source>
        <translation>Certeza</translation>
    </message>
    <message>
        <source>not estimable</source>
        <translation>não estimável</translation>
    </message>
    <message>
        <source>(%1 CI)</source>
        <translation>(IC de %1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>The review&apos;s other claims</source>
        <translation>As demais afirmações da revisão</translation>
    </message>
    <message>
        <source>Each claim of the review with its outcome, its synthesis and the certainty of its evidence; the sections above report the first.</source>
        <translation>Cada afirmação da revisão com seu desfecho, sua síntese e a certeza de sua evidência; as seções acima tratam da primeira.</translation>
    </message>
    <message>
        <source>No pooled estimate: %1</source>
        <translation>Sem estimativa combinada: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n stud(ies); pooled %1 %2 %3 (%4 CI), p %5; I² = %6.</source>
        <translation>
            <numerusform>%n estudo; combinado %1 %2 %3 (IC de %4), p %5; I² = %6.</numerusform>
            <numerusform>%n estudos; combinado %1 %2 %3 (IC de %4), p %5; I² = %6.</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary of findings</source>
        <translation>Resumo dos achados</translation>
    </message>
    <message>
        <source>Risk of bias</source>
        <translation>Risco de viés</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No study of the synthesis has a risk-of-bias judgement for this outcome yet; GRADE&apos;s risk of bias is therefore not assessed.</source>
        <translation>Nenhum estudo da síntese tem ainda julgamento de risco de viés para este desfecho; por isso o risco de viés do GRADE não está avaliado.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the %1 studies of the synthesis are appraised for this outcome (RoB 2: %2, ROBINS-I: %3).</source>
        <translation>
            <numerusform>%n dos %1 estudos da síntese está avaliado para este desfecho (RoB 2: %2, ROBINS-I: %3).</numerusform>
            <numerusform>%n dos %1 estudos da síntese estão avaliados para este desfecho (RoB 2: %2, ROBINS-I: %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Risk of bias of each study</source>
        <translation>Risco de viés de cada estudo</translation>
    </message>
    <message>
        <source>Risk of bias across studies</source>
        <translation>Risco de viés no conjunto dos estudos</translation>
    </message>
</context>
<context>
    <name>ReviewFileText</name>
    <message>
        <source>not a regular file (a folder, a pipe or a device)</source>
        <translation>não é um arquivo comum (uma pasta, um pipe ou um dispositivo)</translation>
    </message>
    <message>
        <source>this is the file the command reads; it was not changed</source>
        <translation>é o arquivo que o comando lê; ele não foi alterado</translation>
    </message>
    <message>
        <source>an output may not be written over a review (*.evidence); it was not changed</source>
        <translation>uma saída não pode sobrescrever uma revisão (*.evidence); ela não foi alterada</translation>
    </message>
    <message>
        <source>the file system is read-only: the review can be read, not changed</source>
        <translation>o sistema de arquivos é somente leitura: a revisão pode ser lida, não alterada</translation>
    </message>
    <message>
        <source>the disk is full: nothing was changed</source>
        <translation>o disco está cheio: nada foi alterado</translation>
    </message>
    <message>
        <source>the folder is read-only (a review needs to write files beside it): the review can be read, not changed</source>
        <translation>a pasta é somente leitura (uma revisão precisa gravar arquivos ao lado dela): a revisão pode ser lida, não alterada</translation>
    </message>
    <message>
        <source>the file is read-only: the review can be read, not changed</source>
        <translation>o arquivo é somente leitura: a revisão pode ser lida, não alterada</translation>
    </message>
</context>
<context>
    <name>ReviewStoreText</name>
    <message>
        <source>unknown database error</source>
        <translation>erro de banco de dados desconhecido</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: arquivo inexistente</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: não é possível ler: %2</translation>
    </message>
    <message>
        <source>%1: not an EvidenceDesk review (not a database file)</source>
        <translation>%1: não é uma revisão do EvidenceDesk (não é um arquivo de banco de dados)</translation>
    </message>
    <message>
        <source>%1: cannot be opened: %2</source>
        <translation>%1: não pode ser aberto: %2</translation>
    </message>
    <message>
        <source>%1: the review file is damaged (%2)</source>
        <translation>%1: o arquivo da revisão está danificado (%2)</translation>
    </message>
    <message>
        <source>%1: not an EvidenceDesk review (a database of another program)</source>
        <translation>%1: não é uma revisão do EvidenceDesk (é um banco de dados de outro programa)</translation>
    </message>
    <message>
        <source>%1: the review was written by a newer EvidenceDesk (file format %2; this version reads up to %3). Open it with a newer EvidenceDesk; it was not changed.</source>
        <translation>%1: a revisão foi gravada por um EvidenceDesk mais novo (formato de arquivo %2; esta versão lê até %3). Abra-a com um EvidenceDesk mais novo; ela não foi alterada.</translation>
    </message>
    <message>
        <source>%1: not an EvidenceDesk review (no schema version)</source>
        <translation>%1: não é uma revisão do EvidenceDesk (sem versão de esquema)</translation>
    </message>
    <message>
        <source>%1: cannot be opened for writing: %2</source>
        <translation>%1: não pode ser aberto para gravação: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: a file of that name exists already</source>
        <translation>%1: já existe um arquivo com esse nome</translation>
    </message>
    <message>
        <source>%1: cannot create the review: %2</source>
        <translation>%1: não é possível criar a revisão: %2</translation>
    </message>
    <message>
        <source>the SQLite driver gives no connection handle</source>
        <translation>o driver SQLite não fornece um identificador de conexão</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>no study with id %1</source>
        <translation>nenhum estudo com id %1</translation>
    </message>
    <message>
        <source>%1: the review cannot be read (%2)</source>
        <translation>%1: a revisão não pode ser lida (%2)</translation>
    </message>
    <message>
        <source>%1: the review holds an unknown %2 &apos;%3&apos;</source>
        <translation>%1: a revisão contém um valor desconhecido de %2: &apos;%3&apos;</translation>
    </message>
    <message>
        <source>assertion</source>
        <translation>afirmação</translation>
    </message>
    <message>
        <source>stance</source>
        <translation>posição</translation>
    </message>
    <message>
        <source>effect measure</source>
        <translation>medida de efeito</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modelo</translation>
    </message>
    <message>
        <source>test</source>
        <translation>teste</translation>
    </message>
    <message>
        <source>%1: cannot be read (no room for a copy to recover it in)</source>
        <translation>%1: não pode ser lido (não há espaço para uma cópia onde recuperá-lo)</translation>
    </message>
    <message>
        <source>%1: the file %2 beside it belongs to another database (a copy or a restore without its partner?); nothing was changed. Move that file away to open the review as it was last saved.</source>
        <translation>%1: o arquivo %2 ao lado pertence a outro banco de dados (uma cópia ou restauração sem o seu par?); nada foi alterado. Mova esse arquivo para abrir a revisão como foi salva pela última vez.</translation>
    </message>
    <message>
        <source>%1: the review could not be read in its older format: %2</source>
        <translation>%1: não foi possível ler a revisão em seu formato antigo: %2</translation>
    </message>
    <message>
        <source>%1: cannot be opened for writing</source>
        <translation>%1: não pode ser aberto para gravação</translation>
    </message>
    <message>
        <source>outcome type</source>
        <translation>tipo de desfecho</translation>
    </message>
    <message>
        <source>outcome field</source>
        <translation>campo do desfecho</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Desfecho</translation>
    </message>
    <message>
        <source>the review has no study with id %1</source>
        <translation>a revisão não tem estudo com id %1</translation>
    </message>
    <message>
        <source>already in the review, nothing new</source>
        <translation>já está na revisão, nada de novo</translation>
    </message>
    <message>
        <source>the same study as line %1</source>
        <translation>o mesmo estudo da linha %1</translation>
    </message>
    <message>
        <source>no outcome with id %1</source>
        <translation>nenhum desfecho com id %1</translation>
    </message>
    <message>
        <source>risk-of-bias tool</source>
        <translation>ferramenta de risco de viés</translation>
    </message>
    <message>
        <source>risk-of-bias judgement</source>
        <translation>julgamento de risco de viés</translation>
    </message>
    <message>
        <source>risk-of-bias domain</source>
        <translation>domínio de risco de viés</translation>
    </message>
    <message numerus="yes">
        <source>risk of bias: %1 has %n domain(s)</source>
        <translation>
            <numerusform>risco de viés: %1 tem %n domínio</numerusform>
            <numerusform>risco de viés: %1 tem %n domínios</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RiskOfBias</name>
    <message>
        <source>Low</source>
        <translation>Baixo</translation>
    </message>
    <message>
        <source>Some concerns</source>
        <translation>Algumas preocupações</translation>
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
        <translation>Sem informação</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Não avaliado</translation>
    </message>
    <message>
        <source>Bias arising from the randomisation process</source>
        <translation>Viés decorrente do processo de randomização</translation>
    </message>
    <message>
        <source>1.1 Was the allocation sequence random?</source>
        <translation>1.1 A sequência de alocação foi aleatória?</translation>
    </message>
    <message>
        <source>1.2 Was the allocation sequence concealed until participants were enrolled and assigned to interventions?</source>
        <translation>1.2 A sequência de alocação foi ocultada até que os participantes fossem incluídos e alocados às intervenções?</translation>
    </message>
    <message>
        <source>1.3 Did baseline differences between intervention groups suggest a problem with the randomisation process?</source>
        <translation>1.3 As diferenças basais entre os grupos de intervenção sugeriam um problema no processo de randomização?</translation>
    </message>
    <message>
        <source>Bias due to deviations from intended interventions</source>
        <translation>Viés devido a desvios das intervenções pretendidas</translation>
    </message>
    <message>
        <source>2.1 Were participants aware of their assigned intervention during the trial?</source>
        <translation>2.1 Os participantes sabiam qual intervenção lhes foi atribuída durante o ensaio?</translation>
    </message>
    <message>
        <source>2.2 Were carers and people delivering the interventions aware of participants&apos; assigned intervention during the trial?</source>
        <translation>2.2 Os cuidadores e as pessoas que aplicavam as intervenções sabiam a intervenção atribuída aos participantes durante o ensaio?</translation>
    </message>
    <message>
        <source>2.3 Were there deviations from the intended intervention that arose because of the trial context?</source>
        <translation>2.3 Houve desvios da intervenção pretendida decorrentes do contexto do ensaio?</translation>
    </message>
    <message>
        <source>2.4 Were these deviations likely to have affected the outcome?</source>
        <translation>2.4 É provável que esses desvios tenham afetado o desfecho?</translation>
    </message>
    <message>
        <source>2.5 Were these deviations from intended intervention balanced between groups?</source>
        <translation>2.5 Esses desvios da intervenção pretendida foram equilibrados entre os grupos?</translation>
    </message>
    <message>
        <source>2.6 Was an appropriate analysis used to estimate the effect of assignment to intervention?</source>
        <translation>2.6 Foi usada uma análise apropriada para estimar o efeito da alocação à intervenção?</translation>
    </message>
    <message>
        <source>2.7 Was there potential for a substantial impact (on the result) of the failure to analyse participants in the group to which they were randomised?</source>
        <translation>2.7 Havia potencial de impacto substancial (no resultado) por não se analisarem os participantes no grupo para o qual foram randomizados?</translation>
    </message>
    <message>
        <source>Bias due to missing outcome data</source>
        <translation>Viés devido a dados de desfecho faltantes</translation>
    </message>
    <message>
        <source>3.1 Were data for this outcome available for all, or nearly all, participants randomised?</source>
        <translation>3.1 Havia dados deste desfecho para todos, ou quase todos, os participantes randomizados?</translation>
    </message>
    <message>
        <source>3.2 Is there evidence that the result was not biased by missing outcome data?</source>
        <translation>3.2 Há evidência de que o resultado não foi enviesado pelos dados de desfecho faltantes?</translation>
    </message>
    <message>
        <source>3.3 Could missingness in the outcome depend on its true value?</source>
        <translation>3.3 A falta de dados do desfecho poderia depender do seu valor verdadeiro?</translation>
    </message>
    <message>
        <source>3.4 Is it likely that missingness in the outcome depended on its true value?</source>
        <translation>3.4 É provável que a falta de dados do desfecho tenha dependido do seu valor verdadeiro?</translation>
    </message>
    <message>
        <source>Bias in measurement of the outcome</source>
        <translation>Viés na mensuração do desfecho</translation>
    </message>
    <message>
        <source>4.1 Was the method of measuring the outcome inappropriate?</source>
        <translation>4.1 O método de mensuração do desfecho foi inadequado?</translation>
    </message>
    <message>
        <source>4.2 Could measurement or ascertainment of the outcome have differed between intervention groups?</source>
        <translation>4.2 A mensuração ou verificação do desfecho pode ter diferido entre os grupos de intervenção?</translation>
    </message>
    <message>
        <source>4.3 Were outcome assessors aware of the intervention received by study participants?</source>
        <translation>4.3 Os avaliadores do desfecho sabiam qual intervenção os participantes receberam?</translation>
    </message>
    <message>
        <source>4.4 Could assessment of the outcome have been influenced by knowledge of intervention received?</source>
        <translation>4.4 A avaliação do desfecho pode ter sido influenciada pelo conhecimento da intervenção recebida?</translation>
    </message>
    <message>
        <source>4.5 Is it likely that assessment of the outcome was influenced by knowledge of intervention received?</source>
        <translation>4.5 É provável que a avaliação do desfecho tenha sido influenciada pelo conhecimento da intervenção recebida?</translation>
    </message>
    <message>
        <source>Bias in selection of the reported result</source>
        <translation>Viés na seleção do resultado relatado</translation>
    </message>
    <message>
        <source>5.1 Were the data that produced this result analysed in accordance with a pre-specified analysis plan that was finalised before unblinded outcome data were available for analysis?</source>
        <translation>5.1 Os dados que produziram este resultado foram analisados conforme um plano de análise pré-especificado, finalizado antes de os dados de desfecho não cegados estarem disponíveis para análise?</translation>
    </message>
    <message>
        <source>5.2 Is the numerical result being assessed likely to have been selected, on the basis of the results, from multiple eligible outcome measurements (e.g. scales, definitions, time points) within the outcome domain?</source>
        <translation>5.2 É provável que o resultado numérico avaliado tenha sido selecionado, com base nos resultados, entre várias mensurações elegíveis do desfecho (p. ex., escalas, definições, momentos) dentro do domínio do desfecho?</translation>
    </message>
    <message>
        <source>5.3 Is the numerical result being assessed likely to have been selected, on the basis of the results, from multiple eligible analyses of the data?</source>
        <translation>5.3 É provável que o resultado numérico avaliado tenha sido selecionado, com base nos resultados, entre várias análises elegíveis dos dados?</translation>
    </message>
    <message>
        <source>Bias due to confounding</source>
        <translation>Viés devido a confundimento</translation>
    </message>
    <message>
        <source>1.1 Is there potential for confounding of the effect of intervention in this study?</source>
        <translation>1.1 Há potencial de confundimento do efeito da intervenção neste estudo?</translation>
    </message>
    <message>
        <source>1.2 Was the analysis based on splitting participants&apos; follow-up time according to intervention received?</source>
        <translation>1.2 A análise se baseou na divisão do tempo de seguimento dos participantes segundo a intervenção recebida?</translation>
    </message>
    <message>
        <source>1.3 Were intervention discontinuations or switches likely to be related to factors that are prognostic for the outcome?</source>
        <translation>1.3 É provável que interrupções ou trocas de intervenção estivessem relacionadas a fatores prognósticos do desfecho?</translation>
    </message>
    <message>
        <source>1.4 Did the authors use an appropriate analysis method that controlled for all the important confounding domains?</source>
        <translation>1.4 Os autores usaram um método de análise apropriado que controlou todos os domínios de confundimento importantes?</translation>
    </message>
    <message>
        <source>1.5 Were confounding domains that were controlled for measured validly and reliably by the variables available in this study?</source>
        <translation>1.5 Os domínios de confundimento controlados foram medidos de forma válida e confiável pelas variáveis disponíveis neste estudo?</translation>
    </message>
    <message>
        <source>1.6 Did the authors control for any post-intervention variables that could have been affected by the intervention?</source>
        <translation>1.6 Os autores controlaram alguma variável posterior à intervenção que poderia ter sido afetada por ela?</translation>
    </message>
    <message>
        <source>1.7 Did the authors use an appropriate analysis method that adjusted for all the important confounding domains and for time-varying confounding?</source>
        <translation>1.7 Os autores usaram um método de análise apropriado que ajustou para todos os domínios de confundimento importantes e para o confundimento variável no tempo?</translation>
    </message>
    <message>
        <source>1.8 Were confounding domains that were adjusted for measured validly and reliably by the variables available in this study?</source>
        <translation>1.8 Os domínios de confundimento ajustados foram medidos de forma válida e confiável pelas variáveis disponíveis neste estudo?</translation>
    </message>
    <message>
        <source>Bias in selection of participants into the study</source>
        <translation>Viés na seleção dos participantes do estudo</translation>
    </message>
    <message>
        <source>2.1 Was selection of participants into the study (or into the analysis) based on participant characteristics observed after the start of intervention?</source>
        <translation>2.1 A seleção dos participantes do estudo (ou da análise) baseou-se em características observadas após o início da intervenção?</translation>
    </message>
    <message>
        <source>2.2 Were the post-intervention variables that influenced selection likely to be associated with intervention?</source>
        <translation>2.2 É provável que as variáveis posteriores à intervenção que influenciaram a seleção estivessem associadas à intervenção?</translation>
    </message>
    <message>
        <source>2.3 Were the post-intervention variables that influenced selection likely to be influenced by the outcome or a cause of the outcome?</source>
        <translation>2.3 É provável que as variáveis posteriores à intervenção que influenciaram a seleção tenham sido influenciadas pelo desfecho ou por uma causa do desfecho?</translation>
    </message>
    <message>
        <source>2.4 Do start of follow-up and start of intervention coincide for most participants?</source>
        <translation>2.4 O início do seguimento e o início da intervenção coincidem para a maioria dos participantes?</translation>
    </message>
    <message>
        <source>2.5 Were adjustment techniques used that are likely to correct for the presence of selection biases?</source>
        <translation>2.5 Foram usadas técnicas de ajuste que provavelmente corrigem a presença de vieses de seleção?</translation>
    </message>
    <message>
        <source>Bias in classification of interventions</source>
        <translation>Viés na classificação das intervenções</translation>
    </message>
    <message>
        <source>3.1 Were intervention groups clearly defined?</source>
        <translation>3.1 Os grupos de intervenção estavam claramente definidos?</translation>
    </message>
    <message>
        <source>3.2 Was the information used to define intervention groups recorded at the start of the intervention?</source>
        <translation>3.2 A informação usada para definir os grupos de intervenção foi registrada no início da intervenção?</translation>
    </message>
    <message>
        <source>3.3 Could classification of intervention status have been affected by knowledge of the outcome or risk of the outcome?</source>
        <translation>3.3 A classificação do status de intervenção pode ter sido afetada pelo conhecimento do desfecho ou do risco do desfecho?</translation>
    </message>
    <message>
        <source>4.1 Were there deviations from the intended intervention beyond what would be expected in usual practice?</source>
        <translation>4.1 Houve desvios da intervenção pretendida além do esperado na prática habitual?</translation>
    </message>
    <message>
        <source>4.2 Were these deviations from intended intervention unbalanced between groups and likely to have affected the outcome?</source>
        <translation>4.2 Esses desvios da intervenção pretendida foram desequilibrados entre os grupos e provavelmente afetaram o desfecho?</translation>
    </message>
    <message>
        <source>4.3 Were important co-interventions balanced across intervention groups?</source>
        <translation>4.3 As cointervenções importantes foram equilibradas entre os grupos de intervenção?</translation>
    </message>
    <message>
        <source>4.4 Was the intervention implemented successfully for most participants?</source>
        <translation>4.4 A intervenção foi implementada com sucesso na maioria dos participantes?</translation>
    </message>
    <message>
        <source>4.5 Did study participants adhere to the assigned intervention regimen?</source>
        <translation>4.5 Os participantes aderiram ao esquema de intervenção atribuído?</translation>
    </message>
    <message>
        <source>4.6 Was an appropriate analysis used to estimate the effect of starting and adhering to the intervention?</source>
        <translation>4.6 Foi usada uma análise apropriada para estimar o efeito de iniciar e aderir à intervenção?</translation>
    </message>
    <message>
        <source>Bias due to missing data</source>
        <translation>Viés devido a dados faltantes</translation>
    </message>
    <message>
        <source>5.1 Were outcome data available for all, or nearly all, participants?</source>
        <translation>5.1 Havia dados de desfecho para todos, ou quase todos, os participantes?</translation>
    </message>
    <message>
        <source>5.2 Were participants excluded due to missing data on intervention status?</source>
        <translation>5.2 Participantes foram excluídos por falta de dados sobre o status de intervenção?</translation>
    </message>
    <message>
        <source>5.3 Were participants excluded due to missing data on other variables needed for the analysis?</source>
        <translation>5.3 Participantes foram excluídos por falta de dados de outras variáveis necessárias à análise?</translation>
    </message>
    <message>
        <source>5.4 Are the proportion of participants and reasons for missing data similar across interventions?</source>
        <translation>5.4 A proporção de participantes e os motivos dos dados faltantes são semelhantes entre as intervenções?</translation>
    </message>
    <message>
        <source>5.5 Is there evidence that results were robust to the presence of missing data?</source>
        <translation>5.5 Há evidência de que os resultados foram robustos à presença de dados faltantes?</translation>
    </message>
    <message>
        <source>Bias in measurement of outcomes</source>
        <translation>Viés na mensuração dos desfechos</translation>
    </message>
    <message>
        <source>6.1 Could the outcome measure have been influenced by knowledge of the intervention received?</source>
        <translation>6.1 A medida do desfecho pode ter sido influenciada pelo conhecimento da intervenção recebida?</translation>
    </message>
    <message>
        <source>6.2 Were outcome assessors aware of the intervention received by study participants?</source>
        <translation>6.2 Os avaliadores do desfecho sabiam qual intervenção os participantes receberam?</translation>
    </message>
    <message>
        <source>6.3 Were the methods of outcome assessment comparable across intervention groups?</source>
        <translation>6.3 Os métodos de avaliação do desfecho foram comparáveis entre os grupos de intervenção?</translation>
    </message>
    <message>
        <source>6.4 Were any systematic errors in measurement of the outcome related to intervention received?</source>
        <translation>6.4 Erros sistemáticos na mensuração do desfecho estiveram relacionados à intervenção recebida?</translation>
    </message>
    <message>
        <source>7.1 Is the reported effect estimate likely to be selected, on the basis of the results, from multiple outcome measurements within the outcome domain?</source>
        <translation>7.1 É provável que a estimativa de efeito relatada tenha sido selecionada, com base nos resultados, entre várias mensurações do desfecho dentro do domínio do desfecho?</translation>
    </message>
    <message>
        <source>7.2 Is the reported effect estimate likely to be selected, on the basis of the results, from multiple analyses of the intervention-outcome relationship?</source>
        <translation>7.2 É provável que a estimativa de efeito relatada tenha sido selecionada, com base nos resultados, entre várias análises da relação entre intervenção e desfecho?</translation>
    </message>
    <message>
        <source>7.3 Is the reported effect estimate likely to be selected, on the basis of the results, from different subgroups?</source>
        <translation>7.3 É provável que a estimativa de efeito relatada tenha sido selecionada, com base nos resultados, entre diferentes subgrupos?</translation>
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
        <translation>Julgamentos do %1</translation>
    </message>
    <message>
        <source>%1 domains</source>
        <translation>Domínios do %1</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domínios</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Estudo</translation>
    </message>
    <message>
        <source>%1: share of the weight at each judgement</source>
        <translation>%1: parcela do peso em cada julgamento</translation>
    </message>
</context>
<context>
    <name>SofText</name>
    <message>
        <source>%1, %2 (the reviewer&apos;s judgement): %3</source>
        <translation>%1, %2 (julgamento do revisor): %3</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>%1 CI</source>
        <translation>IC de %1</translation>
    </message>
    <message>
        <source>CI</source>
        <translation>IC</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Desfecho</translation>
    </message>
    <message>
        <source>№ of participants (studies)</source>
        <translation>Nº de participantes (estudos)</translation>
    </message>
    <message>
        <source>Certainty of the evidence (GRADE)</source>
        <translation>Certeza da evidência (GRADE)</translation>
    </message>
    <message>
        <source>Relative effect (%1)</source>
        <translation>Efeito relativo (%1)</translation>
    </message>
    <message>
        <source>Risk with the comparator</source>
        <translation>Risco com o comparador</translation>
    </message>
    <message>
        <source>Difference with the intervention (%1)</source>
        <translation>Diferença com a intervenção (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln fewer per %1</source>
        <translation>
            <numerusform>%Ln a menos por %1</numerusform>
            <numerusform>%Ln a menos por %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more per %1</source>
        <translation>
            <numerusform>%Ln a mais por %1</numerusform>
            <numerusform>%Ln a mais por %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln fewer</source>
        <comment>an end of an interval of differences per 1,000</comment>
        <translation>
            <numerusform>%Ln a menos</numerusform>
            <numerusform>%Ln a menos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more</source>
        <comment>an end of an interval of differences per 1,000</comment>
        <translation>
            <numerusform>%Ln a mais</numerusform>
            <numerusform>%Ln a mais</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 lower</source>
        <translation>%1 menor</translation>
    </message>
    <message>
        <source>%1 higher</source>
        <translation>%1 maior</translation>
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
            <numerusform>não relatado (%n estudo)</numerusform>
            <numerusform>não relatado (%n estudos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n stud(ies))</source>
        <translation>
            <numerusform>%1 (%n estudo)</numerusform>
            <numerusform>%1 (%n estudos)</numerusform>
        </translation>
    </message>
    <message>
        <source>not estimable</source>
        <translation>não estimável</translation>
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
        <translation>O risco com o comparador é a mediana do risco nos grupos comparadores dos estudos incluídos, ou o definido pelo revisor (marcado com †). A diferença com a intervenção e seu intervalo decorrem desse risco e do efeito relativo combinado com seu intervalo; uma diferença de riscos ou uma diferença de médias é apresentada como combinada. Certeza da evidência (GRADE): ⊕⊕⊕⊕ alta, ⊕⊕⊕◯ moderada, ⊕⊕◯◯ baixa, ⊕◯◯◯ muito baixa.</translation>
    </message>
    <message>
        <source>Summary of findings</source>
        <translation>Resumo dos achados</translation>
    </message>
    <message>
        <source>Summary of findings: %1</source>
        <translation>Resumo dos achados: %1</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>População</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Intervenção</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparação</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a label and its value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>não é possível gravar: %1</translation>
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
        <translation>Contra</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutro</translation>
    </message>
    <message>
        <source>Not tagged</source>
        <translation>Sem marcação</translation>
    </message>
</context>
<context>
    <name>Study</name>
    <message>
        <source>Untitled study</source>
        <translation>Estudo sem título</translation>
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
        <translation>não é possível abrir: %1</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 (byte 0x%1)</source>
        <translation>o texto não é UTF-8 válido (byte 0x%1)</translation>
    </message>
    <message>
        <source>a line is longer than %1 MB</source>
        <translation>uma linha tem mais de %1 MB</translation>
    </message>
</context>
<context>
    <name>evidencedesk::CertaintyPanel</name>
    <message>
        <source>Domain</source>
        <translation>Domínio</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Sugerido</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por quê</translation>
    </message>
    <message>
        <source>Your judgement</source>
        <translation>Seu julgamento</translation>
    </message>
    <message>
        <source>Plain-language conclusion (edit to word it your way; empty returns to the suggestion)</source>
        <translation>Conclusão em linguagem simples (edite com suas palavras; vazia volta à sugestão)</translation>
    </message>
    <message>
        <source>Use the suggested conclusion</source>
        <translation>Usar a conclusão sugerida</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Certainty: %1 %2&lt;/b&gt;&lt;br&gt;Starting level %3: %4&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Certeza: %1 %2&lt;/b&gt;&lt;br&gt;Nível inicial %3: %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>not assessable</source>
        <translation>não avaliável</translation>
    </message>
    <message>
        <source>As suggested</source>
        <translation>Como sugerido</translation>
    </message>
    <message>
        <source>Why do you judge %1 differently? (required)</source>
        <translation>Por que você julga %1 de outra forma? (obrigatório)</translation>
    </message>
    <message>
        <source>Your justification</source>
        <translation>Sua justificativa</translation>
    </message>
    <message>
        <source>Your justification (%1): %2</source>
        <translation>Sua justificativa (%1): %2</translation>
    </message>
</context>
<context>
    <name>evidencedesk::ClaimPanel</name>
    <message>
        <source>Claim</source>
        <translation>Alegação</translation>
    </message>
    <message>
        <source>The claims of this review</source>
        <translation>As alegações desta revisão</translation>
    </message>
    <message>
        <source>New claim…</source>
        <translation>Nova alegação…</translation>
    </message>
    <message>
        <source>not specified</source>
        <translation>não especificado</translation>
    </message>
    <message>
        <source>an increase</source>
        <translation>um aumento</translation>
    </message>
    <message>
        <source>a decrease</source>
        <translation>uma diminuição</translation>
    </message>
    <message>
        <source>no meaningful difference</source>
        <translation>nenhuma diferença relevante</translation>
    </message>
    <message>
        <source>What the claim asserts about the outcome; each study&apos;s own effect is judged against it.</source>
        <translation>O que a alegação afirma sobre o desfecho; o efeito próprio de cada estudo é julgado em relação a isso.</translation>
    </message>
    <message>
        <source>Asserts</source>
        <translation>Afirma</translation>
    </message>
    <message>
        <source>Refine claim…</source>
        <translation>Refinar a alegação…</translation>
    </message>
    <message>
        <source>Refinement history</source>
        <translation>Histórico de refinamentos</translation>
    </message>
    <message>
        <source>Review question</source>
        <translation>Pergunta da revisão</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>População</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Intervenção</translation>
    </message>
    <message>
        <source>Comparator</source>
        <translation>Comparador</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Desfecho</translation>
    </message>
    <message>
        <source>This review has no claim yet. Use “New claim…” to state one.</source>
        <translation>Esta revisão ainda não tem alegação. Use “Nova alegação…” para formular uma.</translation>
    </message>
    <message>
        <source>New claim</source>
        <translation>Nova alegação</translation>
    </message>
    <message>
        <source>State the claim:</source>
        <translation>Formule a alegação:</translation>
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
        <translation>Versão %1 (%2):
%3
Por que refinada: %4</translation>
    </message>
    <message>
        <source>The outcome this claim is about; the Data tab holds each outcome&apos;s data.</source>
        <translation>O desfecho de que trata esta afirmação; a aba Dados contém os dados de cada desfecho.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>no outcome yet</source>
        <translation>ainda sem desfecho</translation>
    </message>
    <message>
        <source>The smallest effect that matters, on the analysis scale (log scale for ratios): GRADE rates imprecision against it, a new trial is sized for it, and a no-difference claim counts effects within it as no meaningful difference. At 0 the measure&apos;s default applies.</source>
        <translation>O menor efeito que importa, na escala da análise (escala logarítmica para razões): o GRADE avalia a imprecisão em relação a ele, um novo ensaio é dimensionado para ele, e uma afirmação de nenhuma diferença conta os efeitos dentro dele como nenhuma diferença relevante. Em 0 vale o padrão da medida.</translation>
    </message>
    <message>
        <source>Minimal important difference</source>
        <translation>Diferença mínima importante</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>padrão: %1</translation>
    </message>
    <message>
        <source>not set (no default for this measure)</source>
        <translation>não definida (sem padrão para esta medida)</translation>
    </message>
</context>
<context>
    <name>evidencedesk::ConversionDialog</name>
    <message>
        <source>Convert reported results: %1</source>
        <translation>Converter resultados relatados: %1</translation>
    </message>
    <message>
        <source>An estimate with its confidence interval</source>
        <translation>Uma estimativa com seu intervalo de confiança</translation>
    </message>
    <message>
        <source>An estimate with its p-value</source>
        <translation>Uma estimativa com seu valor p</translation>
    </message>
    <message>
        <source>A mean with its standard error</source>
        <translation>Uma média com seu erro padrão</translation>
    </message>
    <message>
        <source>A median with the quartiles (IQR)</source>
        <translation>Uma mediana com os quartis (IIQ)</translation>
    </message>
    <message>
        <source>A median with the range (minimum, maximum)</source>
        <translation>Uma mediana com a amplitude (mínimo, máximo)</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Intervenção</translation>
    </message>
    <message>
        <source>Comparator</source>
        <translation>Comparador</translation>
    </message>
    <message>
        <source>The paper reports</source>
        <translation>O artigo relata</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Use these values</source>
        <translation>Usar estes valores</translation>
    </message>
    <message>
        <source>Estimate (as a ratio)</source>
        <translation>Estimativa (como razão)</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimativa</translation>
    </message>
    <message>
        <source>Lower bound</source>
        <translation>Limite inferior</translation>
    </message>
    <message>
        <source>Upper bound</source>
        <translation>Limite superior</translation>
    </message>
    <message>
        <source>Level (%)</source>
        <translation>Nível (%)</translation>
    </message>
    <message>
        <source>p-value (two-sided)</source>
        <translation>Valor p (bilateral)</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Standard error of the mean</source>
        <translation>Erro padrão da média</translation>
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
        <translation>Primeiro quartil</translation>
    </message>
    <message>
        <source>Third quartile</source>
        <translation>Terceiro quartil</translation>
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
        <translation>Digite os números que o artigo fornece.</translation>
    </message>
    <message>
        <source>Estimate and SE from the %1% confidence interval (Cochrane Handbook 6.3.2).</source>
        <translation>Estimativa e EP a partir do intervalo de confiança de %1% (Cochrane Handbook 6.3.2).</translation>
    </message>
    <message>
        <source>SE from the estimate and its p-value, p = %1 (Altman &amp; Bland 2011).</source>
        <translation>EP a partir da estimativa e seu valor p, p = %1 (Altman &amp; Bland 2011).</translation>
    </message>
    <message>
        <source>Estimate %1, standard error %2%3.</source>
        <translation>Estimativa %1, erro padrão %2%3.</translation>
    </message>
    <message>
        <source> (log scale)</source>
        <translation> (escala log)</translation>
    </message>
    <message>
        <source>SD of the %1 group from the SE of its mean: SD = SE √n (Cochrane Handbook 6.5.2.2).</source>
        <translation>DP do grupo “%1” a partir do EP de sua média: DP = EP √n (Cochrane Handbook 6.5.2.2).</translation>
    </message>
    <message>
        <source>Mean %1, SD %2, N %3.</source>
        <translation>Média %1, DP %2, N %3.</translation>
    </message>
    <message>
        <source>Mean and SD of the %1 group estimated from the median and quartiles (mean: Luo et al. 2018; SD: Wan et al. 2014).</source>
        <translation>Média e DP do grupo “%1” estimadas a partir da mediana e dos quartis (média: Luo et al. 2018; DP: Wan et al. 2014).</translation>
    </message>
    <message>
        <source>Mean and SD of the %1 group estimated from the median and range (mean: Luo et al. 2018; SD: Wan et al. 2014).</source>
        <translation>Média e DP do grupo “%1” estimadas a partir da mediana e da amplitude (média: Luo et al. 2018; DP: Wan et al. 2014).</translation>
    </message>
    <message>
        <source>Estimated mean %1, SD %2, N %3.</source>
        <translation>Média estimada %1, DP %2, N %3.</translation>
    </message>
    <message>
        <source>These numbers give no result (check their order and that they are possible).</source>
        <translation>Estes números não dão resultado (verifique sua ordem e se são possíveis).</translation>
    </message>
</context>
<context>
    <name>evidencedesk::DataGridModel</name>
    <message>
        <source>Study</source>
        <translation>Estudo</translation>
    </message>
    <message>
        <source>%1 [%2 CI]</source>
        <translation>%1 [IC de %2]</translation>
    </message>
    <message>
        <source>metafor&apos;s escalc column: %1</source>
        <translation>coluna escalc do metafor: %1</translation>
    </message>
    <message>
        <source>%1, %2: </source>
        <translation>%1, %2: </translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1” não é um número</translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation>Editar %1 de %2</translation>
    </message>
    <message>
        <source>Select the data cell where the block&apos;s top-left value goes.</source>
        <translation>Selecione a célula de dados onde vai o valor do canto superior esquerdo do bloco.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n row(s)</source>
        <translation>
            <numerusform>Colar %n linha</numerusform>
            <numerusform>Colar %n linhas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>evidencedesk::DataGridPanel</name>
    <message>
        <source>The outcome whose data the grid shows</source>
        <translation>O desfecho cujos dados a grade mostra</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Desfecho:</translation>
    </message>
    <message>
        <source>New Outcome…</source>
        <translation>Novo desfecho…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renomear…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 data. The current claim is about this outcome.</source>
        <translation>Dados: %1. A afirmação atual trata deste desfecho.</translation>
    </message>
    <message>
        <source>%1 data.</source>
        <translation>Dados: %1.</translation>
    </message>
    <message>
        <source>No outcome yet: add one to choose the kind of data, or type estimates and standard errors and the review&apos;s first outcome starts with them.</source>
        <translation>Ainda sem desfecho: adicione um para escolher o tipo de dados, ou digite estimativas e erros padrão e o primeiro desfecho da revisão começará com eles.</translation>
    </message>
    <message>
        <source>Convert…</source>
        <translation>Converter…</translation>
    </message>
    <message>
        <source>Enter what the paper reports (a confidence interval, a p-value, a standard error, a median with quartiles or range) for the selected study; the values are converted and the conversion noted with the study</source>
        <translation>Digite o que o artigo relata para o estudo selecionado (um intervalo de confiança, um valor p, um erro padrão, uma mediana com quartis ou amplitude); os valores são convertidos e a conversão anotada no estudo</translation>
    </message>
    <message>
        <source>Select the study whose reported results to convert.</source>
        <translation>Selecione o estudo cujos resultados relatados serão convertidos.</translation>
    </message>
</context>
<context>
    <name>evidencedesk::GoldStandardPanel</name>
    <message>
        <source>Design</source>
        <translation>Delineamento</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>População</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Intervenção</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparação</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Desfecho</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimento</translation>
    </message>
    <message>
        <source>Why / notes</source>
        <translation>Por quê / notas</translation>
    </message>
    <message>
        <source>Propose from the evidence</source>
        <translation>Propor a partir da evidência</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Mover para cima</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Mover para baixo</translation>
    </message>
    <message>
        <source>Edit gold-standard evidence</source>
        <translation>Editar evidência padrão-ouro</translation>
    </message>
    <message>
        <source>The studies that would prove or disprove the claim, strongest design first.</source>
        <translation>Os estudos que provariam ou refutariam a alegação, o delineamento mais forte primeiro.</translation>
    </message>
    <message>
        <source>Propose gold-standard evidence</source>
        <translation>Propor evidência padrão-ouro</translation>
    </message>
    <message>
        <source>Add gold-standard evidence</source>
        <translation>Adicionar evidência padrão-ouro</translation>
    </message>
    <message>
        <source>Delete gold-standard evidence</source>
        <translation>Excluir evidência padrão-ouro</translation>
    </message>
    <message>
        <source>Reorder gold-standard evidence</source>
        <translation>Reordenar evidência padrão-ouro</translation>
    </message>
    <message>
        <source>The list is empty: “Propose from the evidence” starts one from the review question and the gaps in the evidence, for you to edit.</source>
        <translation>A lista está vazia: “Propor a partir da evidência” cria uma a partir da pergunta da revisão e das lacunas da evidência, para você editar.</translation>
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
            <numerusform>%n estudo novo</numerusform>
            <numerusform>%n estudos novos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stud(ies) of the review filled in</source>
        <translation>
            <numerusform>%n estudo da revisão completado</numerusform>
            <numerusform>%n estudos da revisão completados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the review with nothing new</source>
        <translation>
            <numerusform>%n já na revisão sem nada de novo</numerusform>
            <numerusform>%n já na revisão sem nada de novo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeated record(s) skipped</source>
        <translation>
            <numerusform>%n registro repetido ignorado</numerusform>
            <numerusform>%n registros repetidos ignorados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in %1: </source>
        <translation>
            <numerusform>%n registro em %1: </numerusform>
            <numerusform>%n registros em %1: </numerusform>
        </translation>
    </message>
    <message>
        <source>Outcome data go to “%1”.</source>
        <translation>Os dados do desfecho vão para “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) in the file differ from what the review holds. Replace them with the file&apos;s, or cancel and correct the file.</source>
        <translation>
            <numerusform>%n valor do arquivo difere da revisão. Substitua-o pelo do arquivo, ou cancele e corrija o arquivo.</numerusform>
            <numerusform>%n valores do arquivo diferem da revisão. Substitua-os pelos do arquivo, ou cancele e corrija o arquivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Estudo</translation>
    </message>
    <message>
        <source>What the import does</source>
        <translation>O que a importação faz</translation>
    </message>
    <message>
        <source>conflict in %1: the review holds “%2”, the file “%3”</source>
        <translation>conflito em %1: a revisão tem “%2”, o arquivo “%3”</translation>
    </message>
    <message>
        <source>fills in the study (%1)</source>
        <translation>completa o estudo (%1)</translation>
    </message>
    <message>
        <source>already in the review (%1), nothing new</source>
        <translation>já na revisão (%1), nada de novo</translation>
    </message>
    <message>
        <source>new study</source>
        <translation>estudo novo</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>ignorado: %1</translation>
    </message>
    <message>
        <source>Replace the review&apos;s values with the file&apos;s where they differ</source>
        <translation>Substituir os valores da revisão pelos do arquivo onde diferem</translation>
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
        <translation>Abra uma revisão (Arquivo ▸ Abrir) ou comece uma nova (Arquivo ▸ Novo).</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Novo…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recente</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Salvar uma &amp;cópia…</translation>
    </message>
    <message>
        <source>&amp;Import Studies…</source>
        <translation>&amp;Importar estudos…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Export Studies…</source>
        <translation>&amp;Exportar estudos…</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>Exportar &amp;relatório…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
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
        <translation>Remover marcação</translation>
    </message>
    <message>
        <source>Tag as %1</source>
        <translation>Marcar como %1</translation>
    </message>
    <message>
        <source>Edit &amp;Study…</source>
        <translation>Editar e&amp;studo…</translation>
    </message>
    <message>
        <source>&amp;Delete Studies</source>
        <translation>E&amp;xcluir estudos</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferências…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;About EvidenceDesk</source>
        <translation>&amp;Sobre o EvidenceDesk</translation>
    </message>
    <message>
        <source>Cannot open the review</source>
        <translation>Não é possível abrir a revisão</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Desfazer %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Refazer %1</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>A alteração não foi salva</translation>
    </message>
    <message>
        <source>Writing the review file failed: %1</source>
        <translation>A gravação do arquivo da revisão falhou: %1</translation>
    </message>
    <message>
        <source>Filter by author, title or year</source>
        <translation>Filtrar por autor, título ou ano</translation>
    </message>
    <message>
        <source>All designs</source>
        <translation>Todos os delineamentos</translation>
    </message>
    <message>
        <source>All stances</source>
        <translation>Todas as posições</translation>
    </message>
    <message>
        <source>Included only</source>
        <translation>Somente incluídos</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Estudos</translation>
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
        <translation>Padrão-ouro</translation>
    </message>
    <message>
        <source>The plot was not exported</source>
        <translation>O gráfico não foi exportado</translation>
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
        <translation>A favor (%1) · Contra (%2) · Neutros (%3) · Sem marcação (%4)</translation>
    </message>
    <message>
        <source>Include in synthesis</source>
        <translation>Incluir na síntese</translation>
    </message>
    <message>
        <source>Exclude from synthesis</source>
        <translation>Excluir da síntese</translation>
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
        <translation>Gravando o estudo %1…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Importação cancelada: nada foi importado.</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Nada foi importado</translation>
    </message>
    <message>
        <source>%1

The review is unchanged. Correct the file and import it again.</source>
        <translation>%1

A revisão não foi alterada. Corrija o arquivo e importe-o novamente.</translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped.</source>
        <translation>
            <numerusform>%n duplicata ignorada.</numerusform>
            <numerusform>%n duplicatas ignoradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>New review</source>
        <translation>Nova revisão</translation>
    </message>
    <message>
        <source>EvidenceDesk reviews (*.evidence)</source>
        <translation>Revisões do EvidenceDesk (*.evidence)</translation>
    </message>
    <message>
        <source>Cannot create the review</source>
        <translation>Não é possível criar a revisão</translation>
    </message>
    <message>
        <source>%1 cannot be replaced.</source>
        <translation>%1 não pode ser substituído.</translation>
    </message>
    <message>
        <source>Open review</source>
        <translation>Abrir revisão</translation>
    </message>
    <message>
        <source>EvidenceDesk reviews (*.evidence);;All files (*)</source>
        <translation>Revisões do EvidenceDesk (*.evidence);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Salvar uma cópia</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>Não é possível salvar uma cópia</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>Cópia salva como %1</translation>
    </message>
    <message>
        <source>Import studies</source>
        <translation>Importar estudos</translation>
    </message>
    <message>
        <source>Export studies</source>
        <translation>Exportar estudos</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>A exportação falhou</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar relatório</translation>
    </message>
    <message>
        <source>report.pdf</source>
        <translation>relatorio.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Gravando o relatório…</translation>
    </message>
    <message>
        <source>Report cancelled: no file was written.</source>
        <translation>Relatório cancelado: nenhum arquivo foi gravado.</translation>
    </message>
    <message>
        <source>The report was not written</source>
        <translation>O relatório não foi gravado</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Relatório gravado em %1</translation>
    </message>
    <message>
        <source>About EvidenceDesk</source>
        <translation>Sobre o EvidenceDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;EvidenceDesk %1&lt;/h3&gt;&lt;p&gt;Evidence synthesis for systematic reviewers.&lt;/p&gt;&lt;p&gt;Qt %2 · Boost %3 · SQLite %4&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later&lt;/p&gt;</source>
        <translation>&lt;h3&gt;EvidenceDesk %1&lt;/h3&gt;&lt;p&gt;Síntese de evidências para revisões sistemáticas.&lt;/p&gt;&lt;p&gt;Qt %2 · Boost %3 · SQLite %4&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Add Study…</source>
        <translation>&amp;Adicionar estudo…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>New study</source>
        <translation>Novo estudo</translation>
    </message>
    <message>
        <source>Add study</source>
        <translation>Adicionar estudo</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Adicionar %1</translation>
    </message>
    <message>
        <source>Delete studies</source>
        <translation>Excluir estudos</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n stud(ies) from the review? Edit ▸ Undo brings them back.</source>
        <translation>
            <numerusform>Excluir %n estudo da revisão? Editar ▸ Desfazer o traz de volta.</numerusform>
            <numerusform>Excluir %n estudos da revisão? Editar ▸ Desfazer os traz de volta.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo in the Review</source>
        <translation>&amp;Desfazer na revisão</translation>
    </message>
    <message>
        <source>&amp;Undo in the Review: %1</source>
        <translation>&amp;Desfazer na revisão: %1</translation>
    </message>
    <message>
        <source>&amp;Redo in the Review</source>
        <translation>&amp;Refazer na revisão</translation>
    </message>
    <message>
        <source>&amp;Redo in the Review: %1</source>
        <translation>&amp;Refazer na revisão: %1</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <source>Select a study to read its citation and abstract here.</source>
        <translation>Selecione um estudo para ler aqui sua citação e seu resumo.</translation>
    </message>
    <message>
        <source>Excluded from the synthesis: %1</source>
        <translation>Excluído da síntese: %1</translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>nenhum motivo registrado</translation>
    </message>
    <message>
        <source>No abstract.</source>
        <translation>Sem resumo.</translation>
    </message>
    <message>
        <source>wrong population</source>
        <translation>população errada</translation>
    </message>
    <message>
        <source>wrong intervention</source>
        <translation>intervenção errada</translation>
    </message>
    <message>
        <source>wrong comparator</source>
        <translation>comparador errado</translation>
    </message>
    <message>
        <source>wrong outcome</source>
        <translation>desfecho errado</translation>
    </message>
    <message>
        <source>wrong study design</source>
        <translation>desenho de estudo errado</translation>
    </message>
    <message>
        <source>no usable outcome data</source>
        <translation>sem dados de desfecho utilizáveis</translation>
    </message>
    <message>
        <source>duplicate publication</source>
        <translation>publicação duplicada</translation>
    </message>
    <message numerus="yes">
        <source>Why excluded (%n stud(ies))? The report lists the reason.</source>
        <translation>
            <numerusform>Por que excluído (%n estudo)? O relatório informa o motivo.</numerusform>
            <numerusform>Por que excluídos (%n estudos)? O relatório informa o motivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exclude from synthesis…</source>
        <translation>Excluir da síntese…</translation>
    </message>
    <message>
        <source>Line %1: %2 — %3</source>
        <translation>Linha %1: %2 — %3</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dados</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new stud(ies) from %1.</source>
        <translation>
            <numerusform>%n estudo novo importado de %1.</numerusform>
            <numerusform>%n estudos novos importados de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stud(ies) of the review filled in from the file.</source>
        <translation>
            <numerusform>%n estudo da revisão completado a partir do arquivo.</numerusform>
            <numerusform>%n estudos da revisão completados a partir do arquivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) already in the review, nothing new.</source>
        <translation>
            <numerusform>%n registro já na revisão, nada de novo.</numerusform>
            <numerusform>%n registros já na revisão, nada de novo.</numerusform>
        </translation>
    </message>
    <message>
        <source>filled in (%1)</source>
        <translation>completado (%1)</translation>
    </message>
    <message>
        <source>already in the review (%1), nothing new</source>
        <translation>já na revisão (%1), nada de novo</translation>
    </message>
    <message>
        <source>Studies (*.csv *.ris *.bib *.nbib);;CSV with effect data (*.csv);;RIS (*.ris);;BibTeX (*.bib);;PubMed MEDLINE (*.nbib *.medline)</source>
        <translation>Estudos (*.csv *.ris *.bib *.nbib);;CSV com dados de efeito (*.csv);;RIS (*.ris);;BibTeX (*.bib);;PubMed MEDLINE (*.nbib *.medline)</translation>
    </message>
    <message>
        <source>Export Summary of &amp;Findings…</source>
        <translation>Exportar resumo dos ac&amp;hados…</translation>
    </message>
    <message>
        <source>Summary of findings</source>
        <translation>Resumo dos achados</translation>
    </message>
    <message>
        <source>Export summary of findings</source>
        <translation>Exportar resumo dos achados</translation>
    </message>
    <message>
        <source>summary-of-findings.html</source>
        <translation>resumo-dos-achados.html</translation>
    </message>
    <message>
        <source>HTML for journals (*.html);;CSV (*.csv)</source>
        <translation>HTML para periódicos (*.html);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>The summary of findings was not exported</source>
        <translation>O resumo dos achados não foi exportado</translation>
    </message>
    <message>
        <source>Summary of findings written to %1</source>
        <translation>Resumo dos achados gravado em %1</translation>
    </message>
    <message>
        <source>Risk of bias</source>
        <translation>Risco de viés</translation>
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
        <translation>Adicionar alternativa</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Make most probable</source>
        <translation>Tornar o mais provável</translation>
    </message>
    <message>
        <source>Plain-language summary</source>
        <translation>Resumo em linguagem simples</translation>
    </message>
    <message>
        <source>Chain of steps (double-click to edit)</source>
        <translation>Cadeia de etapas (clique duplo para editar)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Mover para cima</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Mover para baixo</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Adicionar etapa</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Remover etapa</translation>
    </message>
    <message>
        <source>Edit mechanism step</source>
        <translation>Editar etapa do mecanismo</translation>
    </message>
    <message>
        <source>Most probable</source>
        <translation>Mais provável</translation>
    </message>
    <message>
        <source>Alternative %1</source>
        <translation>Alternativa %1</translation>
    </message>
    <message>
        <source>Edit mechanism summary</source>
        <translation>Editar resumo do mecanismo</translation>
    </message>
    <message>
        <source>Reorder mechanism steps</source>
        <translation>Reordenar etapas do mecanismo</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Nova etapa</translation>
    </message>
    <message>
        <source>Add mechanism step</source>
        <translation>Adicionar etapa ao mecanismo</translation>
    </message>
    <message>
        <source>Remove mechanism step</source>
        <translation>Remover etapa do mecanismo</translation>
    </message>
    <message>
        <source>Describe the mechanism in plain language.</source>
        <translation>Descreva o mecanismo em linguagem simples.</translation>
    </message>
    <message>
        <source>Add mechanism</source>
        <translation>Adicionar mecanismo</translation>
    </message>
    <message>
        <source>Remove mechanism</source>
        <translation>Remover mecanismo</translation>
    </message>
    <message>
        <source>Promote mechanism</source>
        <translation>Promover mecanismo</translation>
    </message>
    <message>
        <source>Describe the most probable mechanism in plain language.</source>
        <translation>Descreva o mecanismo mais provável em linguagem simples.</translation>
    </message>
</context>
<context>
    <name>evidencedesk::OutcomeDialog</name>
    <message>
        <source>New outcome</source>
        <translation>Novo desfecho</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Desfecho: %1</translation>
    </message>
    <message>
        <source>e.g. any fracture at 12 months</source>
        <translation>ex.: qualquer fratura aos 12 meses</translation>
    </message>
    <message>
        <source>e.g. 12 months</source>
        <translation>ex.: 12 meses</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dados</translation>
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
        <translation>A revisão já tem um desfecho com este nome.</translation>
    </message>
</context>
<context>
    <name>evidencedesk::PlotWidget</name>
    <message>
        <source>Exclude %1 from the synthesis</source>
        <translation>Excluir %1 da síntese</translation>
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
        <translation>SVG (*.svg);;PDF (*.pdf);;Imagem PNG (*.png)</translation>
    </message>
    <message>
        <source>Resolution (dots per inch):</source>
        <translation>Resolução (pontos por polegada):</translation>
    </message>
    <message>
        <source>No study of the synthesis has a risk-of-bias judgement for this outcome yet.</source>
        <translation>Nenhum estudo da síntese tem ainda julgamento de risco de viés para este desfecho.</translation>
    </message>
    <message>
        <source>risk-of-bias-traffic-light.svg</source>
        <translation>risco-de-vies-semaforo.svg</translation>
    </message>
    <message>
        <source>risk-of-bias-summary.svg</source>
        <translation>risco-de-vies-resumo.svg</translation>
    </message>
</context>
<context>
    <name>evidencedesk::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <source>Default synthesis for new claims</source>
        <translation>Síntese padrão para novas alegações</translation>
    </message>
    <message>
        <source>Effect measure</source>
        <translation>Medida de efeito</translation>
    </message>
    <message>
        <source>τ² estimator</source>
        <translation>Estimador de τ²</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Teste</translation>
    </message>
    <message>
        <source>Confidence level</source>
        <translation>Nível de confiança</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como o sistema</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma da interface</translation>
    </message>
    <message>
        <source>A new language applies when EvidenceDesk next starts.</source>
        <translation>Um novo idioma vale a partir da próxima vez que o EvidenceDesk for iniciado.</translation>
    </message>
    <message>
        <source>From the studies&apos; data</source>
        <translation>Pelos dados dos estudos</translation>
    </message>
</context>
<context>
    <name>evidencedesk::RefineDialog</name>
    <message>
        <source>Refine claim</source>
        <translation>Refinar a alegação</translation>
    </message>
    <message>
        <source>Refined claim:</source>
        <translation>Alegação refinada:</translation>
    </message>
    <message>
        <source>Why refined (required): which evidence made the claim narrower or broader?</source>
        <translation>Por que foi refinada (obrigatório): que evidência tornou a alegação mais estreita ou mais ampla?</translation>
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
            <numerusform>Incluir %n estudo</numerusform>
            <numerusform>Incluir %n estudos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exclude %n stud(ies)</source>
        <translation>
            <numerusform>Excluir %n estudo da síntese</numerusform>
            <numerusform>Excluir %n estudos da síntese</numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <source>Edit claim</source>
        <translation>Editar alegação</translation>
    </message>
    <message>
        <source>Change synthesis settings</source>
        <translation>Alterar as configurações da síntese</translation>
    </message>
    <message>
        <source>Edit review question</source>
        <translation>Editar a pergunta da revisão</translation>
    </message>
    <message>
        <source>Change GRADE judgement</source>
        <translation>Alterar o julgamento GRADE</translation>
    </message>
    <message>
        <source>The undo could not be written (%1). The review is unchanged; the undo history was cleared so that it cannot undo the wrong edit.</source>
        <translation>Não foi possível gravar o desfazer (%1). A revisão não mudou; o histórico de desfazer foi apagado para que não desfaça a edição errada.</translation>
    </message>
    <message>
        <source>Add outcome %1</source>
        <translation>Adicionar o desfecho %1</translation>
    </message>
    <message>
        <source>Edit outcome</source>
        <translation>Editar desfecho</translation>
    </message>
    <message>
        <source>Claim about %1</source>
        <translation>Afirmação sobre %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>Convert data of %1</source>
        <translation>Converter os dados de %1</translation>
    </message>
    <message>
        <source>%1: the review changed since the import was planned (another program added studies); nothing was imported. Reopen the review and import the file again.</source>
        <translation>%1: a revisão mudou desde que a importação foi planejada (outro programa adicionou estudos); nada foi importado. Reabra a revisão e importe o arquivo novamente.</translation>
    </message>
    <message>
        <source>Use the median risk with the comparator</source>
        <translation>Usar a mediana do risco com o comparador</translation>
    </message>
    <message>
        <source>Set the risk with the comparator</source>
        <translation>Definir o risco com o comparador</translation>
    </message>
</context>
<context>
    <name>evidencedesk::RiskOfBiasPanel</name>
    <message>
        <source>Study</source>
        <translation>Estudo</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Ferramenta</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>&amp;Tool:</source>
        <translation>&amp;Ferramenta:</translation>
    </message>
    <message>
        <source>RoB 2 for randomised trials, ROBINS-I for non-randomised studies; it follows the study&apos;s design until you choose</source>
        <translation>RoB 2 para ensaios randomizados, ROBINS-I para estudos não randomizados; segue o delineamento do estudo até você escolher</translation>
    </message>
    <message>
        <source>Traffic-light plot</source>
        <translation>Gráfico de semáforo</translation>
    </message>
    <message>
        <source>Summary plot (share of the weight)</source>
        <translation>Gráfico resumo (parcela do peso)</translation>
    </message>
    <message>
        <source>Export plot…</source>
        <translation>Exportar gráfico…</translation>
    </message>
    <message>
        <source>Risk of bias for the outcome “%1”</source>
        <translation>Risco de viés para o desfecho “%1”</translation>
    </message>
    <message>
        <source>The claim is about no outcome yet: enter its data in the Data tab, then appraise its studies here.</source>
        <translation>A afirmação ainda não se refere a nenhum desfecho: insira seus dados na aba Dados e depois avalie seus estudos aqui.</translation>
    </message>
    <message>
        <source>Support for the judgement</source>
        <translation>Justificativa do julgamento</translation>
    </message>
    <message>
        <source>Select a study to appraise it.</source>
        <translation>Selecione um estudo para avaliá-lo.</translation>
    </message>
    <message>
        <source>&amp;Overall</source>
        <translation>&amp;Global</translation>
    </message>
    <message>
        <source>Overall not given: the domains make it %1.</source>
        <translation>Julgamento global não informado: os domínios o tornam %1.</translation>
    </message>
    <message>
        <source>Overall: low only if every domain is low; otherwise at least as serious as the most serious domain.</source>
        <translation>Global: baixo somente se todos os domínios forem baixos; caso contrário, no mínimo tão grave quanto o domínio mais grave.</translation>
    </message>
    <message>
        <source>Risk of bias of %1</source>
        <translation>Risco de viés de %1</translation>
    </message>
    <message>
        <source>Appraisal</source>
        <translation>Avaliação</translation>
    </message>
    <message>
        <source>Plot</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>The overall judgement cannot be less serious than a domain: it counts as %1.</source>
        <translation>O julgamento global não pode ser menos grave que um domínio: ele conta como %1.</translation>
    </message>
</context>
<context>
    <name>evidencedesk::StudyDialog</name>
    <message>
        <source>Study: %1</source>
        <translation>Estudo: %1</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Citação</translation>
    </message>
    <message>
        <source>Last, First; Last, First</source>
        <translation>Sobrenome, Nome; Sobrenome, Nome</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
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
        <translation>Ano</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Periódico</translation>
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
        <translation>Delineamento e qualidade</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>não avaliado</translation>
    </message>
    <message>
        <source>e.g. RoB 2, ROBINS-I, Newcastle-Ottawa</source>
        <translation>p. ex., RoB 2, ROBINS-I, Newcastle-Ottawa</translation>
    </message>
    <message>
        <source>Included in the synthesis</source>
        <translation>Incluído na síntese</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Delineamento</translation>
    </message>
    <message>
        <source>Quality tool</source>
        <translation>Ferramenta de qualidade</translation>
    </message>
    <message>
        <source>Outcome data (metafor&apos;s escalc columns)</source>
        <translation>Dados de desfecho (colunas de escalc do metafor)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number</source>
        <translation>%1: “%2” não é um número</translation>
    </message>
    <message>
        <source>The study needs a title or authors.</source>
        <translation>O estudo precisa de um título ou de autores.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No %1 effect from these data yet.</source>
        <translation>Ainda não há efeito %1 com estes dados.</translation>
    </message>
    <message>
        <source>Quality score (0–100)</source>
        <translation>Pontuação de qualidade (0–100)</translation>
    </message>
    <message>
        <source>%1 = %2 %3 (%4 CI; variance %5)</source>
        <translation>%1 = %2 %3 (IC de %4; variância %5)</translation>
    </message>
    <message>
        <source>e.g. wrong population; the report lists it</source>
        <translation>p. ex., população errada; o relatório o informa</translation>
    </message>
    <message>
        <source>Why excluded</source>
        <translation>Motivo da exclusão</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Data for “%1” (metafor&apos;s escalc columns)</source>
        <translation>Dados de “%1” (colunas escalc do metafor)</translation>
    </message>
</context>
<context>
    <name>evidencedesk::StudyTableModel</name>
    <message>
        <source>The study&apos;s own effect and confidence interval suggest “%1”, but it is tagged “%2”.</source>
        <translation>O efeito próprio do estudo e seu intervalo de confiança sugerem “%1”, mas ele está marcado como “%2”.</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Estudo</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Delineamento</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualidade</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Posição</translation>
    </message>
    <message>
        <source>Data suggest</source>
        <translation>Segundo os dados</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Incluído</translation>
    </message>
    <message>
        <source>Effect [%1 CI]</source>
        <translation>Efeito [IC de %1]</translation>
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
        <translation>Usar a mediana (%1 por %2)</translation>
    </message>
    <message>
        <source>Use the median</source>
        <translation>Usar a mediana</translation>
    </message>
    <message>
        <source>Risk with the comparator for %1:</source>
        <translation>Risco com o comparador para %1:</translation>
    </message>
    <message>
        <source>Select a claim with dichotomous data to set its risk with the comparator.</source>
        <translation>Selecione uma alegação com dados dicotômicos para definir seu risco com o comparador.</translation>
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
        <translation>Nível</translation>
    </message>
    <message>
        <source>Subgroups</source>
        <translation>Subgrupos</translation>
    </message>
    <message>
        <source>Order studies</source>
        <translation>Ordenar estudos</translation>
    </message>
    <message>
        <source>As entered</source>
        <translation>Como inseridos</translation>
    </message>
    <message>
        <source>By effect</source>
        <translation>Por efeito</translation>
    </message>
    <message>
        <source>By weight</source>
        <translation>Por peso</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>Por ano</translation>
    </message>
    <message>
        <source>By stance</source>
        <translation>Por posição</translation>
    </message>
    <message>
        <source>Forest plot columns</source>
        <translation>Colunas do gráfico de floresta</translation>
    </message>
    <message>
        <source>Equal-effects diamond too</source>
        <translation>Também o losango do efeito comum</translation>
    </message>
    <message>
        <source>Funnel: significance contours</source>
        <translation>Funil: contornos de significância</translation>
    </message>
    <message>
        <source>Funnel: Egger&apos;s regression line</source>
        <translation>Funil: reta de regressão de Egger</translation>
    </message>
    <message>
        <source>Favours labels</source>
        <translation>Rótulos “Favorece”</translation>
    </message>
    <message>
        <source>Left of the null line:</source>
        <translation>À esquerda da linha nula:</translation>
    </message>
    <message>
        <source>Right of the null line:</source>
        <translation>À direita da linha nula:</translation>
    </message>
    <message>
        <source>Export plot…</source>
        <translation>Exportar gráfico…</translation>
    </message>
    <message>
        <source>Plot options</source>
        <translation>Opções do gráfico</translation>
    </message>
    <message>
        <source>Forest plot</source>
        <translation>Gráfico de floresta</translation>
    </message>
    <message>
        <source>Funnel plot</source>
        <translation>Gráfico de funil</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Atualizando…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Posição</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Delineamento</translation>
    </message>
    <message>
        <source>No analysis yet.</source>
        <translation>Nenhuma análise ainda.</translation>
    </message>
    <message>
        <source>The estimation did not converge; no result is shown.</source>
        <translation>A estimação não convergiu; nenhum resultado é mostrado.</translation>
    </message>
    <message>
        <source>equal-effects</source>
        <translation>efeito comum</translation>
    </message>
    <message>
        <source>random-effects (%1)</source>
        <translation>efeitos aleatórios (%1)</translation>
    </message>
    <message>
        <source>Prediction interval %1 to %2: where the effect of a new study would be expected to lie.</source>
        <translation>Intervalo de predição de %1 a %2: onde se esperaria o efeito de um novo estudo.</translation>
    </message>
    <message>
        <source>Heterogeneity: τ² = %1</source>
        <translation>Heterogeneidade: τ² = %1</translation>
    </message>
    <message>
        <source>; I² = %1%</source>
        <translation>; I² = %1%</translation>
    </message>
    <message>
        <source>; Q = %1 (df %2), p %3.</source>
        <translation>; Q = %1 (gl %2), p %3.</translation>
    </message>
    <message numerus="yes">
        <source>Trim-and-fill: %n stud(ies) imputed, </source>
        <translation>
            <numerusform>Trim-and-fill: %n estudo imputado, </numerusform>
            <numerusform>Trim-and-fill: %n estudos imputados, </numerusform>
        </translation>
    </message>
    <message>
        <source>adjusted estimate %1 [%2, %3].</source>
        <translation>estimativa ajustada %1 [%2; %3].</translation>
    </message>
    <message>
        <source>Subgroups:</source>
        <translation>Subgrupos:</translation>
    </message>
    <message>
        <source>Test for subgroup differences: Q = %1 (df %2), p %3.</source>
        <translation>Teste de diferenças entre subgrupos: Q = %1 (gl %2), p %3.</translation>
    </message>
    <message>
        <source>No plot: the estimation did not converge.</source>
        <translation>Sem gráfico: a estimação não convergiu.</translation>
    </message>
    <message>
        <source>Colour studies by stance (with a legend)</source>
        <translation>Colorir os estudos pela posição (com legenda)</translation>
    </message>
    <message>
        <source>“Favours” labels of this claim…</source>
        <translation>Rótulos “favorece” desta afirmação…</translation>
    </message>
    <message numerus="yes">
        <source>%n stud(ies); %1 model; %2% confidence interval; p %3.</source>
        <translation>
            <numerusform>%n estudo; modelo de %1; intervalo de confiança de %2%; p %3.</numerusform>
            <numerusform>%n estudos; modelo de %1; intervalo de confiança de %2%; p %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>With a single study there is no prediction interval and no test of heterogeneity: both need at least two studies.</source>
        <translation>Com um único estudo não há intervalo de predição nem teste de heterogeneidade: ambos precisam de pelo menos dois estudos.</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>needs at least three studies</source>
        <translation>precisa de pelo menos três estudos</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>não disponível</translation>
    </message>
    <message>
        <source>Egger&apos;s test: p %1 (limit estimate %2).</source>
        <translation>Teste de Egger: p %1 (estimativa limite %2).</translation>
    </message>
    <message>
        <source>Egger&apos;s test: %1.</source>
        <translation>Teste de Egger: %1.</translation>
    </message>
    <message>
        <source>Begg&apos;s test: Kendall&apos;s τ = %1, p %2.</source>
        <translation>Teste de Begg: τ de Kendall = %1, p %2.</translation>
    </message>
    <message>
        <source>Begg&apos;s test: %1.</source>
        <translation>Teste de Begg: %1.</translation>
    </message>
    <message>
        <source>Trim-and-fill: %1.</source>
        <translation>Trim-and-fill: %1.</translation>
    </message>
    <message>
        <source>Chosen from the studies&apos; data until you pick a measure</source>
        <translation>Escolhida pelos dados dos estudos até você escolher uma medida</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Evidence synthesis for systematic reviewers</source>
        <translation>Síntese de evidências para revisões sistemáticas</translation>
    </message>
    <message>
        <source>The review file to open (*.evidence).</source>
        <translation>O arquivo de revisão a abrir (*.evidence).</translation>
    </message>
</context>
</TS>
