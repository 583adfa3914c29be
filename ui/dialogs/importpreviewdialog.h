// SPDX-License-Identifier: GPL-3.0-or-later
// What an import will do before anything is written: which records are new studies, which fill in studies the
// review already has (matched by study_id, DOI, or title and year), which conflict with values the review holds,
// and which repeat an earlier record of the file. The reviewer imports, chooses to replace the conflicting
// values with the file's, or cancels.
#pragma once

#include "importmerge.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QTableWidget;

namespace evidencedesk {

class ImportPreviewDialog : public QDialog {
    Q_OBJECT

public:
    ImportPreviewDialog(const Review &review, const QList<ImportedStudy> &records, const ImportPlan &plan,
                        const QString &fileName, const QString &outcomeName, QWidget *parent = nullptr);
    /// Whether the file's values replace conflicting values of the review.
    bool overwrite() const;
    QTableWidget *table() const { return m_table; }
    QString summaryText() const;

private:
    void update();

    bool m_conflicts = false;
    QLabel *m_summary;
    QTableWidget *m_table;
    QCheckBox *m_overwrite;
    QDialogButtonBox *m_buttons;
};

} // namespace evidencedesk
