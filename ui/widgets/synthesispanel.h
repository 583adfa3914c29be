// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysisrunner.h"
#include "plotdata.h"

#include <QWidget>

class QComboBox;
class QSplitter;
class QDoubleSpinBox;
class QLabel;
class QTabWidget;
class QTextBrowser;

namespace evidencedesk {

class ReviewDocument;
class PlotWidget;

/// The synthesis of the current claim: its settings, the results in words, forest and funnel plots.
class SynthesisPanel : public QWidget {
    Q_OBJECT

public:
    SynthesisPanel(ReviewDocument *doc, AnalysisRunner *runner, QWidget *parent = nullptr);
    QString resultsText() const;
    PlotWidget *forest() const { return m_forest; }
    PlotWidget *funnel() const { return m_funnel; }
    QComboBox *measureBox() const { return m_measure; }
    /// Highlights these studies in both plots (the table's selection).
    void setSelectedStudies(const QSet<qint64> &ids);

    /// The results box's visible height and the height its whole text needs (tests: nothing is cut off).
    int resultsVisibleHeight() const;
    int resultsNeededHeight() const;

signals:
    void studyClicked(qint64 studyId);
    void includeRequested(qint64 studyId, bool include);
    void exportFailed(const QString &message);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitResults();
    void refreshSettings();
    void commitSettings();
    void showResult(const std::shared_ptr<const AnalysisResult> &result);
    void showPlots();
    PlotOptions plotOptions() const;

    ReviewDocument *m_doc;
    AnalysisRunner *m_runner;
    QComboBox *m_measure, *m_method, *m_test, *m_subgroup;
    QDoubleSpinBox *m_level;
    QLabel *m_status;
    QTextBrowser *m_results;
    QSplitter *m_split = nullptr;
    QTabWidget *m_plots;
    PlotWidget *m_forest, *m_funnel;
    PlotOptions m_options; ///< kept in QSettings "plots/"
    void saveOptions() const;
    std::shared_ptr<const AnalysisResult> m_result;
    QSet<qint64> m_selected;
    bool m_refreshing = false;
};

} // namespace evidencedesk
