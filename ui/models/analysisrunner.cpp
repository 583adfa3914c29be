// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisrunner.h"
#include "messages.h"
#include "reviewdocument.h"

#include <QCoreApplication>
#include <QTimer>
#include <QtConcurrent>

namespace evidencedesk {

namespace {

/// The analysis of the current claim, from a snapshot of the document (runs on a worker thread).
std::shared_ptr<AnalysisResult> compute(const Review review, const qint64 claimId, const SynthesisSettings s,
                                        const quint64 generation)
{
    auto r = std::make_shared<AnalysisResult>();
    static_cast<ClaimAnalysis &>(*r) = analyzeClaim(review, claimId, s);
    r->generation = generation;
    if (r->error && r->error->code() == synth::ErrorCode::NoStudies)
        r->message = QCoreApplication::translate("AnalysisRunner",
                                                 "No included study has %1 outcome data yet. Add outcome data to the "
                                                 "studies (double-click a study) or import a CSV with effect data.")
                         .arg(measureDisplayName(s.measure));
    else if (r->error && r->error->study() >= 0 && r->error->study() < r->labels.size())
        r->message = QStringLiteral("%1: %2").arg(r->labels.at(r->error->study()), describeError(r->error->code()));
    else if (r->error)
        r->message = describeError(r->error->code());
    return r;
}

} // namespace

AnalysisRunner::AnalysisRunner(ReviewDocument *doc, QObject *parent)
    : QObject(parent), m_doc(doc), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(60);
    connect(m_timer, &QTimer::timeout, this, &AnalysisRunner::runNow);
    connect(doc, &ReviewDocument::analysisInputsChanged, this, &AnalysisRunner::schedule);
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<AnalysisResult>>::finished, this, [this] {
        const std::shared_ptr<AnalysisResult> r = m_watcher.result();
        if (m_running == m_generation) { // not overtaken by a newer edit
            m_result = r;
            emit finished(m_result);
        }
        if (m_pending) {
            m_pending = false;
            runNow();
        }
    });
}

AnalysisRunner::~AnalysisRunner()
{
    m_watcher.waitForFinished();
}

void AnalysisRunner::schedule()
{
    ++m_generation;
    m_timer->start();
}

void AnalysisRunner::runNow()
{
    m_timer->stop();
    if (m_watcher.isRunning()) {
        m_pending = true;
        return;
    }
    m_running = m_generation;
    m_watcher.setFuture(
        QtConcurrent::run(compute, m_doc->review(), m_doc->currentClaimId(), m_doc->settings(), m_generation));
}

} // namespace evidencedesk
