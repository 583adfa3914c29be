// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysisrunner.h"
#include "riskofbias.h"

#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace evidencedesk {

class PlotWidget;
class ReviewDocument;

/// The appraisal of risk of bias for the current claim's outcome: the studies with their tool and overall
/// judgement, a form for the selected study (the tool, each domain's judgement and the text that supports it, the
/// overall judgement; the domain's signalling questions shown as help), and the traffic-light or summary plot of
/// the synthesis. Keyboard-driven: a judgement is chosen by typing its first letter; every change is one undo step.
class RiskOfBiasPanel : public QWidget {
    Q_OBJECT

public:
    RiskOfBiasPanel(ReviewDocument *doc, AnalysisRunner *runner, QWidget *parent = nullptr);
    QTableWidget *studies() const { return m_studies; }
    /// The form's controls, for tests: the tool, each domain's judgement then the overall's, and their support.
    QComboBox *toolBox() const { return m_tool; }
    QList<QComboBox *> judgementBoxes() const { return m_judgements; }
    QList<QLineEdit *> supportEdits() const { return m_support; }
    PlotWidget *plot() const { return m_plot; }
    void selectStudy(qint64 studyId);
    qint64 currentStudy() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refreshList();
    void refreshForm();
    void rebuildDomains(RobTool tool);
    void showQuestions(int domain);
    void write(const RobAssessment &a);
    void setAnalysis(const std::shared_ptr<const AnalysisResult> &result);

    ReviewDocument *m_doc;
    AnalysisRunner *m_runner;
    QLabel *m_outcome, *m_studyName, *m_questions, *m_derived;
    QTableWidget *m_studies;
    QComboBox *m_tool, *m_plotKind;
    QGridLayout *m_grid;
    QWidget *m_form;
    QList<QLabel *> m_domainLabels;
    QList<QComboBox *> m_judgements; ///< domains, then overall
    QList<QLineEdit *> m_support; ///< domains, then overall
    PlotWidget *m_plot;
    std::shared_ptr<const AnalysisResult> m_result;
    bool m_refreshing = false;
};

} // namespace evidencedesk
