// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "summaryoffindings.h"

#include <QFutureWatcher>
#include <QList>
#include <QTimer>
#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace evidencedesk {

class ReviewDocument;

/// "Summary of findings": the review's table as GRADEpro lays it out, one row per claim (summaryoffindings.h
/// computes it; this panel only shows it), with GRADE's reasons as footnotes under it, and the risk with the
/// comparator of the selected claim editable (one undoable command). Computed off the GUI thread, and only
/// while the panel is shown: every claim of the review is analysed.
class SummaryOfFindingsPanel : public QWidget {
    Q_OBJECT

public:
    explicit SummaryOfFindingsPanel(ReviewDocument *doc, QWidget *parent = nullptr);
    ~SummaryOfFindingsPanel() override;
    const QList<SofRow> &rows() const { return m_rows; }
    QTableWidget *table() const { return m_table; }
    QLabel *footnotes() const { return m_footnotes; }
    /// Computes the table now, on this thread (tests, and the first display).
    void refreshNow();
    /// Sets the risk with the comparator of the selected claim, per 1,000 (NaN: the median of the studies).
    void setAssumedRiskPer1000(double per1000);

signals:
    void updated(); ///< the table shows the review as it is now

protected:
    void showEvent(QShowEvent *event) override;

private:
    void schedule();
    void run();
    void display(const QList<SofRow> &rows);
    void updateRiskEditor();
    const SofRow *selectedRow() const;

    ReviewDocument *m_doc;
    QTimer *m_timer;
    QFutureWatcher<QList<SofRow>> m_watcher;
    QList<SofRow> m_rows;
    quint64 m_generation = 0, m_running = 0, m_shown = 0;
    QTableWidget *m_table;
    QLabel *m_footnotes, *m_riskLabel;
    QDoubleSpinBox *m_risk;
    QPushButton *m_median;
    bool m_refreshing = false;
    bool m_sized = false; ///< the columns have their first widths
};

} // namespace evidencedesk
