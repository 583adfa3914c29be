// SPDX-License-Identifier: GPL-3.0-or-later
// Deterministic waits for window tests: on the state itself, never on a guessed delay or a stale result.
#pragma once

#include "analysisrunner.h"

#include <QApplication>
#include <QEvent>
#include <QMenu>
#include <QTest>

#include <functional>
#include <type_traits>

namespace evidencedesk::test {

/// Waits until `runner` holds the analysis of the document as it is now (not an older one).
[[nodiscard]] inline bool analysisCurrent(const AnalysisRunner *runner, int timeoutMs = 10000)
{
    return QTest::qWaitFor([runner] { return runner && runner->currentResult() != nullptr; }, timeoutMs);
}

/// Runs `act` on the next popup of type Popup (a menu, a message box) as soon as it is shown: its own event
/// loop runs it. A menu is closed afterwards; a dialog is left to `act` to answer.
template<typename Popup>
class OnNextPopup : public QObject {
public:
    explicit OnNextPopup(std::function<void(Popup *)> act) : m_act(std::move(act)) { qApp->installEventFilter(this); }
    ~OnNextPopup() override { qApp->removeEventFilter(this); }
    bool ran() const { return m_ran; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *popup = qobject_cast<Popup *>(watched);
        if (popup && event->type() == QEvent::Show && !m_seen) {
            m_seen = true;
            QMetaObject::invokeMethod(
                popup,
                [this, popup] {
                    m_act(popup);
                    m_ran = true;
                    if constexpr (std::is_same_v<Popup, QMenu>)
                        popup->close();
                },
                Qt::QueuedConnection);
        }
        return false;
    }

private:
    std::function<void(Popup *)> m_act;
    bool m_seen = false, m_ran = false;
};
using OnNextMenu = OnNextPopup<QMenu>;

} // namespace evidencedesk::test
