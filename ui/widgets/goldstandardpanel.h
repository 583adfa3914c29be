// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysisrunner.h"
#include "review.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace evidencedesk {

class ReviewDocument;

/// "Gold standard evidence needed": the ordered list (strongest design first) of the studies that would
/// settle the claim. EvidenceDesk proposes one from the PICO and the gaps; the reviewer edits, reorders,
/// adds and deletes. Every change is one undoable command.
class GoldStandardPanel : public QWidget {
    Q_OBJECT

public:
    GoldStandardPanel(ReviewDocument *doc, AnalysisRunner *runner, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

public slots:
    void propose(); ///< replaces the list with EvidenceDesk's proposal
    void addItem();
    void removeItem();
    void moveItem(int delta);

private:
    void refresh();
    QList<GoldStandardItem> items() const;

    ReviewDocument *m_doc;
    AnalysisRunner *m_runner;
    QLabel *m_note;
    QTableWidget *m_table;
    bool m_refreshing = false;
};

} // namespace evidencedesk
