// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysisrunner.h"
#include "grade.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTableWidget;

namespace evidencedesk {

class ReviewDocument;

/// GRADE for the current claim: each domain's suggestion with its reason, the reviewer's judgement (an
/// override needs a justification; both are kept), the certainty and the plain-language conclusion.
class CertaintyPanel : public QWidget {
    Q_OBJECT

public:
    CertaintyPanel(ReviewDocument *doc, AnalysisRunner *runner, QWidget *parent = nullptr);
    const GradeAssessment &assessment() const { return m_assessment; }
    /// Sets the reviewer's judgement of a domain (nullopt: follow the suggestion). False without a
    /// justification for an override.
    bool judge(GradeDomain domain, std::optional<int> value, const QString &justification);
    void setConclusion(const QString &text); ///< "" returns to the worded suggestion

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void commit(const QList<DomainAssessment> &domains, const QString &conclusion);

    ReviewDocument *m_doc;
    AnalysisRunner *m_runner;
    GradeAssessment m_assessment;
    QLabel *m_summary;
    QLabel *m_justification; ///< the current row's justification in full
    QTableWidget *m_table;
    QPlainTextEdit *m_conclusion;
    bool m_refreshing = false;
};

} // namespace evidencedesk
