<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AnalysisFormatText</name>
    <message numerus="yes">
        <source>%n stud(ies) imputed on the %1 side; estimate %2 (SE = %3)</source>
        <translation>
            <numerusform>%n study imputed on the %1 side; estimate %2 (SE = %3)</numerusform>
            <numerusform>%n studies imputed on the %1 side; estimate %2 (SE = %3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message numerus="yes">
        <source>%1: %2 records of %3: %n studies added</source>
        <translation>
            <numerusform>%1: %2 records of %3: %n study added</numerusform>
            <numerusform>%1: %2 records of %3: %n studies added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n updated</source>
        <translation>
            <numerusform>, %n updated</numerusform>
            <numerusform>, %n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n skipped</source>
        <translation>
            <numerusform>, %n skipped</numerusform>
            <numerusform>, %n skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandsText</name>
    <message numerus="yes">
        <source>Tag %n studies as %1</source>
        <translation>
            <numerusform>Tag %n study as %1</numerusform>
            <numerusform>Tag %n studies as %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n studies</source>
        <translation>
            <numerusform>Delete %n study</numerusform>
            <numerusform>Delete %n studies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GradeText</name>
    <message numerus="yes">
        <source>Trim-and-fill imputes %n stud(ies)%1.</source>
        <translation>
            <numerusform>Trim-and-fill imputes %n study%1.</numerusform>
            <numerusform>Trim-and-fill imputes %n studies%1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n level(s)</source>
        <translation>
            <numerusform>+%n level</numerusform>
            <numerusform>+%n levels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message numerus="yes">
        <source>%1: %n record(s) give yi without vi or sei (the first on line %2); they have no effect size until a variance or standard error is added</source>
        <translation>
            <numerusform>%1: %n record gives yi without vi or sei (line %2); it has no effect size until a variance or standard error is added</numerusform>
            <numerusform>%1: %n records give yi without vi or sei (the first on line %2); they have no effect size until a variance or standard error is added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n domain(s)</source>
        <translation>
            <numerusform>%1 has %n domain</numerusform>
            <numerusform>%1 has %n domains</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message numerus="yes">
        <source>%n stud(ies) without the data this measure needs were left out</source>
        <translation>
            <numerusform>%n study without the data this measure needs was left out</numerusform>
            <numerusform>%n studies without the data this measure needs were left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message numerus="yes">
        <source>%n stud(ies); %1; %2% confidence intervals (%3).</source>
        <translation>
            <numerusform>%n study; %1; %2% confidence intervals (%3).</numerusform>
            <numerusform>%n studies; %1; %2% confidence intervals (%3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stud(ies); pooled %1 %2 %3 (%4 CI), p %5; I² = %6.</source>
        <translation>
            <numerusform>%n study; pooled %1 %2 %3 (%4 CI), p %5; I² = %6.</numerusform>
            <numerusform>%n studies; pooled %1 %2 %3 (%4 CI), p %5; I² = %6.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the %1 studies of the synthesis are appraised for this outcome (RoB 2: %2, ROBINS-I: %3).</source>
        <translation>
            <numerusform>%n of the %1 studies of the synthesis are appraised for this outcome (RoB 2: %2, ROBINS-I: %3).</numerusform>
            <numerusform>%n of the %1 studies of the synthesis are appraised for this outcome (RoB 2: %2, ROBINS-I: %3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewStoreText</name>
    <message numerus="yes">
        <source>risk of bias: %1 has %n domain(s)</source>
        <translation>
            <numerusform>risk of bias: %1 has %n domain</numerusform>
            <numerusform>risk of bias: %1 has %n domains</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SofText</name>
    <message numerus="yes">
        <source>%Ln fewer per %1</source>
        <translation>
            <numerusform>%Ln fewer per %1</numerusform>
            <numerusform>%Ln fewer per %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more per %1</source>
        <translation>
            <numerusform>%Ln more per %1</numerusform>
            <numerusform>%Ln more per %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln fewer</source>
        <comment>an end of an interval of differences per 1,000</comment>
        <translation>
            <numerusform>%Ln fewer</numerusform>
            <numerusform>%Ln fewer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more</source>
        <comment>an end of an interval of differences per 1,000</comment>
        <translation>
            <numerusform>%Ln more</numerusform>
            <numerusform>%Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not reported (%n stud(ies))</source>
        <translation>
            <numerusform>not reported (%n study)</numerusform>
            <numerusform>not reported (%n studies)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n stud(ies))</source>
        <translation>
            <numerusform>%1 (%n study)</numerusform>
            <numerusform>%1 (%n studies)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>evidencedesk::DataGridModel</name>
    <message numerus="yes">
        <source>Paste %n row(s)</source>
        <translation>
            <numerusform>Paste %n row</numerusform>
            <numerusform>Paste %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>evidencedesk::ImportPreviewDialog</name>
    <message numerus="yes">
        <source>%n new stud(ies)</source>
        <translation>
            <numerusform>%n new study</numerusform>
            <numerusform>%n new studies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stud(ies) of the review filled in</source>
        <translation>
            <numerusform>%n study of the review filled in</numerusform>
            <numerusform>%n studies of the review filled in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the review with nothing new</source>
        <translation>
            <numerusform>%n already in the review with nothing new</numerusform>
            <numerusform>%n already in the review with nothing new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeated record(s) skipped</source>
        <translation>
            <numerusform>%n repeated record skipped</numerusform>
            <numerusform>%n repeated records skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in %1: </source>
        <translation>
            <numerusform>%n record in %1: </numerusform>
            <numerusform>%n records in %1: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) in the file differ from what the review holds. Replace them with the file&apos;s, or cancel and correct the file.</source>
        <translation>
            <numerusform>%n value in the file differ from what the review holds. Replace them with the file&apos;s, or cancel and correct the file.</numerusform>
            <numerusform>%n values in the file differ from what the review holds. Replace them with the file&apos;s, or cancel and correct the file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>evidencedesk::MainWindow</name>
    <message numerus="yes">
        <source>%n duplicate(s) skipped.</source>
        <translation>
            <numerusform>%n duplicate skipped.</numerusform>
            <numerusform>%n duplicates skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n stud(ies) from the review? Edit ▸ Undo brings them back.</source>
        <translation>
            <numerusform>Delete %n study from the review? Edit ▸ Undo brings them back.</numerusform>
            <numerusform>Delete %n studies from the review? Edit ▸ Undo brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Why excluded (%n stud(ies))? The report lists the reason.</source>
        <translation>
            <numerusform>Why excluded (%n study)? The report lists the reason.</numerusform>
            <numerusform>Why excluded (%n studies)? The report lists the reason.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new stud(ies) from %1.</source>
        <translation>
            <numerusform>Imported %n new study from %1.</numerusform>
            <numerusform>Imported %n new studies from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stud(ies) of the review filled in from the file.</source>
        <translation>
            <numerusform>%n study of the review filled in from the file.</numerusform>
            <numerusform>%n studies of the review filled in from the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) already in the review, nothing new.</source>
        <translation>
            <numerusform>%n record already in the review, nothing new.</numerusform>
            <numerusform>%n records already in the review, nothing new.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>evidencedesk::ReviewDocument</name>
    <message numerus="yes">
        <source>Include %n stud(ies)</source>
        <translation>
            <numerusform>Include %n study</numerusform>
            <numerusform>Include %n studies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exclude %n stud(ies)</source>
        <translation>
            <numerusform>Exclude %n study</numerusform>
            <numerusform>Exclude %n studies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>evidencedesk::SynthesisPanel</name>
    <message numerus="yes">
        <source>Trim-and-fill: %n stud(ies) imputed, </source>
        <translation>
            <numerusform>Trim-and-fill: %n study imputed, </numerusform>
            <numerusform>Trim-and-fill: %n studies imputed, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stud(ies); %1 model; %2% confidence interval; p %3.</source>
        <translation>
            <numerusform>%n study; %1 model; %2% confidence interval; p %3.</numerusform>
            <numerusform>%n studies; %1 model; %2% confidence interval; p %3.</numerusform>
        </translation>
    </message>
</context>
</TS>
