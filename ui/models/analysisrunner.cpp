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
std::shared_ptr<AnalysisResult> compute(const Review review, const qint64 claimId, const SynthesisSettings s)
{
    auto r = std::make_shared<AnalysisResult>();
    const auto measure = synth::measureFromName(s.measure.toStdString());
    const auto method = synth::methodFromName(s.method.toStdString());
    const auto test = synth::testFromName(s.test.toStdString());
    if (!measure || !method || !test) {
        r->error = QCoreApplication::translate("AnalysisRunner", "the synthesis settings are not valid");
        return r;
    }
    std::vector<synth::StudyInput> inputs;
    std::vector<std::string> groups;
    for (const Study &st : review.studies) {
        if (!st.included)
            continue;
        inputs.push_back(st.data);
        r->studyIds.append(st.id);
        r->labels.append(st.label());
        if (s.subgroup == QLatin1String("stance"))
            groups.push_back(stanceName(review.stance(claimId, st.id)).toStdString());
        else if (s.subgroup == QLatin1String("design"))
            groups.push_back(designName(st.design).toStdString());
        else if (!s.subgroup.isEmpty())
            groups.push_back(st.extra.value(s.subgroup).toString().toStdString());
    }
    synth::AnalysisOptions options;
    options.fit = {*method, *test, s.level};
    try {
        r->analysis = synth::analyze(*measure, inputs, options, s.subgroup.isEmpty() ? nullptr : &groups);
        r->analysed.reserve(qsizetype(r->analysis.included.size()));
        for (std::size_t i = 0; i < r->analysis.included.size(); ++i)
            r->analysed.insert(r->studyIds.value(qsizetype(r->analysis.included[i])), qsizetype(i));
    } catch (const synth::Error &e) {
        if (e.code() == synth::ErrorCode::NoStudies)
            r->error = QCoreApplication::translate("AnalysisRunner",
                                                   "No included study has %1 outcome data yet. Add outcome data to the "
                                                   "studies (double-click a study) or import a CSV with effect data.")
                           .arg(s.measure);
        else if (e.study() >= 0 && e.study() < r->labels.size())
            r->error = QStringLiteral("%1: %2").arg(r->labels.at(e.study()), describeError(e.code()));
        else
            r->error = describeError(e.code());
    }
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
    m_watcher.setFuture(QtConcurrent::run(compute, m_doc->review(), m_doc->currentClaimId(), m_doc->settings()));
}

} // namespace evidencedesk
