// SPDX-License-Identifier: GPL-3.0-or-later
// Deterministic waits for window tests: on the state itself, never on a guessed delay or a stale result.
#pragma once

#include "analysisrunner.h"

#include <QApplication>
#include <QEvent>
#include <QMenu>
#include <QTest>

#include <functional>

namespace evidencedesk::test {

/// Waits until `runner` holds the analysis of the document as it is now (not an older one).
[[nodiscard]] inline bool analysisCurrent(const AnalysisRunner *runner, int timeoutMs = 10000)
{
    return QTest::qWaitFor([runner] { return runner && runner->currentResult() != nullptr; }, timeoutMs);
}

/// Runs `act` on the next menu that is shown, as soon as it is shown (the menu's own event loop runs it).
class OnNextMenu : public QObject {
public:
    explicit OnNextMenu(std::function<void(QMenu *)> act) : m_act(std::move(act)) { qApp->installEventFilter(this); }
    ~OnNextMenu() override { qApp->removeEventFilter(this); }
    bool ran() const { return m_ran; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *menu = qobject_cast<QMenu *>(watched);
        if (menu && event->type() == QEvent::Show && !m_seen) {
            m_seen = true;
            QMetaObject::invokeMethod(
                menu,
                [this, menu] {
                    m_act(menu);
                    m_ran = true;
                    menu->close();
                },
                Qt::QueuedConnection);
        }
        return false;
    }

private:
    std::function<void(QMenu *)> m_act;
    bool m_seen = false, m_ran = false;
};

} // namespace evidencedesk::test
