// SPDX-License-Identifier: GPL-3.0-or-later
#include "importpreviewdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace evidencedesk {

namespace {
enum Column { Line, StudyColumn, Result, Columns };
}

ImportPreviewDialog::ImportPreviewDialog(const Review &review, const QList<ImportedStudy> &records,
                                         const ImportPlan &plan, const QString &fileName, const QString &outcomeName,
                                         QWidget *parent)
    : QDialog(parent), m_conflicts(!plan.conflicts.isEmpty())
{
    setWindowTitle(tr("Import %1").arg(fileName));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    const qsizetype unchanged = plan.matched.size() - plan.updatedCount();
    QStringList parts {tr("%n new stud(ies)", nullptr, int(plan.added.size())),
                       tr("%n stud(ies) of the review filled in", nullptr, int(plan.updatedCount())),
                       tr("%n already in the review with nothing new", nullptr, int(unchanged)),
                       tr("%n repeated record(s) skipped", nullptr, int(plan.skipped.size()))};
    QString text = tr("%n record(s) in %1: ", nullptr, int(records.size())).arg(fileName)
        + parts.join(QStringLiteral(", ")) + QLatin1Char('.');
    if (!outcomeName.isEmpty())
        text += QLatin1Char(' ') + tr("Outcome data go to \u201c%1\u201d.").arg(outcomeName);
    if (m_conflicts)
        text += QLatin1Char('\n')
            + tr("%n value(s) in the file differ from what the review holds. Replace them with the file's, or cancel "
                 "and correct the file.",
                 nullptr, int(plan.conflicts.size()));
    m_summary->setText(text);
    layout->addWidget(m_summary);

    m_table = new QTableWidget(0, Columns);
    m_table->setHorizontalHeaderLabels({tr("Line"), tr("Study"), tr("What the import does")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto addRow = [&](int line, const QString &study, const QString &result, bool problem) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *l = new QTableWidgetItem(QString::number(line));
        l->setData(Qt::TextAlignmentRole, int(Qt::AlignRight | Qt::AlignVCenter));
        m_table->setItem(row, Line, l);
        m_table->setItem(row, StudyColumn, new QTableWidgetItem(study));
        auto *r = new QTableWidgetItem(result);
        if (problem)
            r->setForeground(QColor(0xb0, 0x24, 0x18));
        m_table->setItem(row, Result, r);
    };
    // conflicts first: they decide whether the import can go ahead
    for (const ImportPlan::Conflict &c : plan.conflicts)
        addRow(c.line, c.label,
               tr("conflict in %1: the review holds \u201c%2\u201d, the file \u201c%3\u201d")
                   .arg(c.conflict.field, c.conflict.current, c.conflict.incoming),
               true);
    QHash<qint64, const Study *> studies;
    for (const Study &s : review.studies)
        studies.insert(s.id, &s);
    for (const ImportPlan::Match &m : plan.matched) {
        const Study *s = studies.value(m.studyId);
        const QString label = s ? s->label() : records[m.record].study.label();
        addRow(records[m.record].line, label,
               m.merged.changed ? tr("fills in the study (%1)").arg(matchKindName(m.by))
                                : tr("already in the review (%1), nothing new").arg(matchKindName(m.by)),
               false);
    }
    for (qsizetype i : plan.added)
        addRow(records[i].line, records[i].study.label(), tr("new study"), false);
    for (const SkippedDuplicate &d : plan.skipped)
        addRow(d.line, d.label, tr("skipped: %1").arg(d.reason), false);
    m_table->resizeColumnsToContents();
    layout->addWidget(m_table, 1);

    m_overwrite = new QCheckBox(tr("Replace the review's values with the file's where they differ"));
    m_overwrite->setVisible(m_conflicts);
    layout->addWidget(m_overwrite);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_overwrite, &QCheckBox::toggled, this, &ImportPreviewDialog::update);
    update();
    resize(760, 460);
}

bool ImportPreviewDialog::overwrite() const
{
    return m_overwrite->isChecked();
}

QString ImportPreviewDialog::summaryText() const
{
    return m_summary->text();
}

void ImportPreviewDialog::update()
{
    // a conflict is never resolved silently: the file's value wins only when the reviewer says so
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_conflicts || m_overwrite->isChecked());
}

} // namespace evidencedesk
