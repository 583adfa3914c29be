// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QFrame;
class QPlainTextEdit;

namespace evidencedesk {

class AnalysisRunner;
class CertaintyPanel;
class ClaimPanel;
class DataGridPanel;
class RiskOfBiasPanel;
class GoldStandardPanel;
class MechanismEditor;
class ReviewDocument;
class StudyFilterModel;
class StudyTableModel;
class SummaryOfFindingsPanel;
class SynthesisPanel;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a review file; false (and an error dialog) if it cannot be opened.
    bool openFile(const QString &path);
    ReviewDocument *document() const { return m_doc.get(); }
    AnalysisRunner *runner() const { return m_runner; }
    QTableView *studyTable() const { return m_table; }
    StudyFilterModel *filterModel() const { return m_filter; }
    ClaimPanel *claimPanel() const { return m_claimPanel; }
    MechanismEditor *mechanismEditor() const { return m_mechanisms; }
    CertaintyPanel *certaintyPanel() const { return m_certainty; }
    GoldStandardPanel *goldStandardPanel() const { return m_gold; }
    DataGridPanel *dataGrid() const { return m_dataGrid; }
    RiskOfBiasPanel *riskOfBias() const { return m_riskOfBias; }
    SynthesisPanel *synthesisPanel() const { return m_synthesis; }
    SummaryOfFindingsPanel *summaryOfFindingsPanel() const { return m_sof; }
    QTabWidget *tabs() const { return m_tabs; }
    QAction *importAction() const { return m_importAction; }
    QAction *tagAction(Stance stance) const;
    QString countsText() const;
    /// Imports a file into the open review, as the Import action and drag-and-drop do.
    bool importFile(const QString &path);
    /// Writes a copy of the open review to a new file (what File > Save a Copy does after asking).
    bool saveCopyTo(const QString &path);
    /// Writes the studies as CSV (what File > Export Studies does after asking); never over a review.
    bool exportStudiesTo(const QString &path);
    /// Writes the review's summary of findings as HTML or, for a *.csv name, CSV (what File > Export Summary of
    /// Findings does after asking); never over a review.
    bool exportSummaryOfFindingsTo(const QString &path);
    /// Writes the current claim's PDF report (what File > Export Report does after asking for the file).
    bool writeReportTo(const QString &path);
    /// The last import's summary while it is shown (dismissed: empty).
    QString importSummary() const;
    /// What the details pane shows of the selected study (citation, exclusion, abstract).
    QString detailsText() const;
    /// The ids of the studies selected in the table.
    QList<qint64> selectedStudies() const;
    /// Edit > Add Study: a blank study entered by hand (one undoable step); returns the open dialog.
    class StudyDialog *addStudy();
    /// Opens the study editor on a study (the dialog is returned for tests; it deletes itself).
    class StudyDialog *editStudy(qint64 studyId);

signals:
    /// Emitted whenever an error dialog is shown (tests listen to it).
    void errorShown(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void setDocument(std::unique_ptr<ReviewDocument> doc);
    void releaseDocument(); ///< the open review's panes, models, runner and document, in that order
    void connectUndo();
    void buildPanes();
    QWidget *buildStudiesPane();
    QTableView *buildStudyTable();
    void updateTitle();
    void updateCounts();
    void updateRecentMenu();
    void showError(const QString &title, const QString &message);
    void newReview();
    void openDialog();
    void saveCopy();
    void importDialog();
    void exportStudies();
    void exportReport();
    void exportSummaryOfFindings();
    void closeReview();
    void about();
    void tableContextMenu(const QPoint &pos);
    void deleteSelectedStudies();
    /// Excludes studies from the synthesis, asking why (the report lists the reason).
    void excludeStudies(const QList<qint64> &ids);
    void showDetails();
    void showImportSummary(const QString &text); ///< empty hides it
    void refilter(const std::function<void()> &change);
    void setUndoShortcuts(bool review);
    void updateUndoTexts();
    static bool isTextInput(const QWidget *w);
    void selectStudy(qint64 id);

    /// Deleting this many studies at once (or all of them) asks first.
    static constexpr int kConfirmDeletionsFrom = 10;

    std::unique_ptr<ReviewDocument> m_doc;
    bool m_reviewUndoKeys = true; ///< the undo keys act on the review (no text field has the focus)
    AnalysisRunner *m_runner = nullptr;
    StudyTableModel *m_model = nullptr;
    StudyFilterModel *m_filter = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_details = nullptr;
    QFrame *m_summaryBar = nullptr;
    QPlainTextEdit *m_summaryText = nullptr;
    ClaimPanel *m_claimPanel = nullptr;
    MechanismEditor *m_mechanisms = nullptr;
    CertaintyPanel *m_certainty = nullptr;
    GoldStandardPanel *m_gold = nullptr;
    RiskOfBiasPanel *m_riskOfBias = nullptr;
    DataGridPanel *m_dataGrid = nullptr;
    SynthesisPanel *m_synthesis = nullptr;
    SummaryOfFindingsPanel *m_sof = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_counts = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_designFilter = nullptr, *m_stanceFilter = nullptr;
    QCheckBox *m_includedOnly = nullptr;
    QAction *m_undo = nullptr, *m_redo = nullptr, *m_importAction = nullptr, *m_exportAction = nullptr;
    QAction *m_reportAction = nullptr, *m_addStudy = nullptr, *m_sofAction = nullptr;
    QAction *m_saveCopy = nullptr, *m_close = nullptr, *m_editStudy = nullptr, *m_deleteStudies = nullptr;
    QList<QAction *> m_tagActions;
    QMenu *m_recent = nullptr;
};

} // namespace evidencedesk
