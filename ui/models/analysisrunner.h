// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "claimanalysis.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <optional>

namespace evidencedesk {

class ReviewDocument;

/// One run of the synthesis: the claim's analysis, and why there is none, in words.
struct AnalysisResult : ClaimAnalysis {
    QString message; ///< why there is no analysis (translated), empty if there is one
};

/// Recomputes the current claim's synthesis off the GUI thread whenever the document changes. Edits
/// in quick succession are coalesced; a result that a newer edit has overtaken is dropped.
class AnalysisRunner : public QObject {
    Q_OBJECT

public:
    explicit AnalysisRunner(ReviewDocument *doc, QObject *parent = nullptr);
    ~AnalysisRunner() override;
    /// The newest result; it may be older than the document (see generation() and ClaimAnalysis::generation).
    std::shared_ptr<const AnalysisResult> result() const { return m_result; }
    /// The document's state as counted by the runner: a result with this generation is up to date.
    quint64 generation() const { return m_generation; }
    /// The newest result if it reflects the document as it is now, else null.
    std::shared_ptr<const AnalysisResult> currentResult() const
    {
        return m_result && m_result->generation == m_generation && !m_timer->isActive() ? m_result : nullptr;
    }
    /// Runs now (tests and the first display call this instead of waiting for the timer).
    void runNow();
    bool busy() const { return m_watcher.isRunning(); }

signals:
    void finished(std::shared_ptr<const evidencedesk::AnalysisResult> result);

private:
    void schedule();
    ReviewDocument *m_doc;
    QTimer *m_timer;
    QFutureWatcher<std::shared_ptr<AnalysisResult>> m_watcher;
    std::shared_ptr<const AnalysisResult> m_result;
    quint64 m_generation = 0, m_running = 0;
    bool m_pending = false;
};

} // namespace evidencedesk
