// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace evidencedesk {

class ReviewDocument;

/// The claim: selector, current text, refinement history with rationales, and the review question (PICO).
class ClaimPanel : public QWidget {
    Q_OBJECT

public:
    explicit ClaimPanel(ReviewDocument *doc, QWidget *parent = nullptr);
    QPushButton *refineButton() const { return m_refine; }
    QComboBox *outcomeBox() const { return m_claimOutcome; }
    QDoubleSpinBox *marginBox() const { return m_margin; }

public slots:
    void refine(); ///< asks for the new text and the rationale (both required)
    void addClaim();

private:
    void refresh();
    void refreshInfo();
    void refreshMargin(); ///< the claim's minimal important difference, its measure's default as special text
    void commitInfo();
    void commitAssertion();

    ReviewDocument *m_doc;
    QComboBox *m_selector;
    QLabel *m_current;
    QComboBox *m_assertion;
    QComboBox *m_claimOutcome;
    QDoubleSpinBox *m_margin; ///< the minimal important difference (0: the measure's default)
    QLabel *m_marginLabel;
    bool m_refreshing = false;
    QPushButton *m_refine;
    QListWidget *m_history;
    class WrappingField *m_title, *m_population, *m_intervention, *m_comparator, *m_outcome;
};

} // namespace evidencedesk
