// SPDX-License-Identifier: GPL-3.0-or-later
// The Data tab: the outcome whose data are shown (switch, add, rename), the grid (typed like a spreadsheet: Enter
// moves down, Tab right; Ctrl+V pastes a block from a spreadsheet, Ctrl+C copies one, Delete clears), and the
// message of the last refused value, in view.
#pragma once

#include <QTableView>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace evidencedesk {

class DataGridModel;
class ReviewDocument;

/// The grid's view: spreadsheet keys.
class DataGridView : public QTableView {
    Q_OBJECT

public:
    using QTableView::QTableView;
    DataGridModel *gridModel() const;
    /// Pastes the clipboard's block at the current cell; false (and gridProblem emitted) if refused.
    bool pasteClipboard();
    void copySelection();
    void clearSelectedCells(); ///< Delete: the selected data cells emptied, one undo step

signals:
    void gridProblem(const QString &message);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;
};

class DataGridPanel : public QWidget {
    Q_OBJECT

public:
    explicit DataGridPanel(ReviewDocument *doc, QWidget *parent = nullptr);
    DataGridView *view() const { return m_view; }
    DataGridModel *model() const { return m_model; }
    QComboBox *outcomeBox() const { return m_outcomes; }
    QString message() const;
    /// Opens the dialog for a new outcome; the grid then shows it.
    void addOutcome();
    void editOutcome();
    /// Opens the conversion dialog for the current row (reported CI, p-value, SE, median ...).
    class ConversionDialog *convert();

private:
    void refreshOutcomes();
    void showProblem(const QString &message);

    ReviewDocument *m_doc;
    DataGridModel *m_model;
    DataGridView *m_view;
    QComboBox *m_outcomes;
    QPushButton *m_add, *m_edit, *m_convert;
    QLabel *m_about;
    QLabel *m_message;
};

} // namespace evidencedesk
