// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review.h"

#include <QWidget>

class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace evidencedesk {

class ReviewDocument;

/// The plain-language mechanisms of the current claim: the most probable one and the less supported
/// alternatives, each a summary and an ordered chain of steps. Every edit is one undoable command.
class MechanismEditor : public QWidget {
    Q_OBJECT

public:
    explicit MechanismEditor(ReviewDocument *doc, QWidget *parent = nullptr);
    void selectMechanism(int index);
    void selectStep(int index);
    int currentMechanism() const;
    int currentStep() const;

    QPlainTextEdit *summaryEdit() const { return m_summary; }
    /// Writes the summary being typed (what leaving the box does); a summary typed before any mechanism
    /// exists becomes the most probable mechanism. Every action calls it first, so nothing typed is lost.
    void commitSummary();

public slots:
    void moveStep(int delta);
    void addStep();
    void removeStep();
    void addAlternative();
    void removeMechanism();
    void promote(); ///< the selected alternative becomes the most probable mechanism

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void showMechanism();
    void commit(const QList<Mechanism> &list, const QString &text, int mechanism, int step);

    ReviewDocument *m_doc;
    QListWidget *m_list;
    QPlainTextEdit *m_summary;
    QListWidget *m_steps;
    QPushButton *m_promote;
    bool m_refreshing = false;
};

} // namespace evidencedesk
