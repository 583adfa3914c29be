// SPDX-License-Identifier: GPL-3.0-or-later
#include "effectdata.h"

#include <QCoreApplication>

#include <cmath>

namespace evidencedesk {

namespace {

/// The translation context of this file (lupdate reads EffectDataText::tr calls).
struct EffectDataText {
    Q_DECLARE_TR_FUNCTIONS(EffectDataText)
};

/// Column sets that can carry each measure (any one of them suffices).
QList<QStringList> requiredColumns(synth::Measure m)
{
    using synth::Measure;
    switch (m) {
    case Measure::RR:
    case Measure::OR:
    case Measure::RD:
        return {{QStringLiteral("ai"), QStringLiteral("bi"), QStringLiteral("ci"), QStringLiteral("di")},
                {QStringLiteral("ai"), QStringLiteral("n1i"), QStringLiteral("ci"), QStringLiteral("n2i")}};
    case Measure::MD:
    case Measure::SMD:
    case Measure::ROM:
        return {{QStringLiteral("m1i"), QStringLiteral("sd1i"), QStringLiteral("n1i"), QStringLiteral("m2i"),
                 QStringLiteral("sd2i"), QStringLiteral("n2i")}};
    case Measure::COR:
    case Measure::ZCOR:
        return {{QStringLiteral("ri"), QStringLiteral("ni")}};
    case Measure::GEN:
        return {{QStringLiteral("yi"), QStringLiteral("vi")}, {QStringLiteral("yi"), QStringLiteral("sei")}};
    }
    return {};
}

double *memberFor(synth::StudyInput &s, const QString &column)
{
    const qsizetype i = effectColumns().indexOf(column);
    return i < 0 ? nullptr : &(s.*synth::kStudyInputFields[std::size_t(i)].member);
}

} // namespace

const QStringList &effectColumns()
{
    static const QStringList columns = [] {
        QStringList c;
        for (const synth::StudyInputField &f : synth::kStudyInputFields)
            c << QString::fromLatin1(f.name.data(), qsizetype(f.name.size()));
        return c;
    }();
    return columns;
}

bool effectDataFromTable(const CsvTable &table, synth::Measure measure, const QString &groupColumn, EffectData &out,
                         QString &error)
{
    out = EffectData();
    out.measure = measure;
    const QList<QStringList> sets = requiredColumns(measure);
    bool found = false;
    for (const QStringList &set : sets) {
        bool all = true;
        for (const QString &c : set)
            all = all && table.column(c) >= 0;
        found = found || all;
    }
    if (!found) {
        QStringList alternatives;
        for (const QStringList &set : sets)
            alternatives << set.join(QLatin1Char(' '));
        error = EffectDataText::tr("%1:1: missing column: measure %2 needs the columns %3")
                    .arg(table.fileName, QString::fromLatin1(synth::measureName(measure)),
                         alternatives.join(EffectDataText::tr(" or ")));
        return false;
    }
    int groupIndex = -1;
    if (!groupColumn.isEmpty()) {
        groupIndex = static_cast<int>(table.column(groupColumn));
        if (groupIndex < 0) {
            error = EffectDataText::tr("%1:1: missing column: no column '%2' to group by")
                        .arg(table.fileName, groupColumn);
            return false;
        }
    }
    // Only the columns this measure reads are parsed; the others are ignored.
    QList<QPair<int, QString>> used;
    for (const QStringList &set : sets)
        for (const QString &c : set)
            if (table.column(c) >= 0 && !used.contains(qMakePair(static_cast<int>(table.column(c)), c)))
                used.append(qMakePair(static_cast<int>(table.column(c)), c));
    const qsizetype labelColumn = table.column(QStringLiteral("study"));
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const QStringList &row = table.rows[r];
        synth::StudyInput s;
        for (const auto &[index, name] : used) {
            const QString cell = row[index].trimmed();
            if (cell.isEmpty() || cell == QLatin1String("NA"))
                continue;
            bool ok = false;
            const double value = cell.toDouble(&ok); // C locale, whatever the UI language
            if (!ok || !std::isfinite(value)) {
                error = EffectDataText::tr("%1:%2: column %3: '%4' is not a number")
                            .arg(table.fileName)
                            .arg(table.lines[r])
                            .arg(name, cell);
                return false;
            }
            *memberFor(s, name) = value;
        }
        out.studies.push_back(s);
        out.lines.append(table.lines[r]);
        const QString label = labelColumn >= 0 ? row[labelColumn].trimmed() : QString();
        out.labels.append(label.isEmpty() ? EffectDataText::tr("Study %1").arg(r + 1) : label);
        if (groupIndex >= 0)
            out.groups.append(row[groupIndex].trimmed());
    }
    if (out.studies.empty()) {
        error = EffectDataText::tr("%1:2: the file has a header but no studies").arg(table.fileName);
        return false;
    }
    return true;
}

} // namespace evidencedesk
