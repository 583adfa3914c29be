// SPDX-License-Identifier: GPL-3.0-or-later
#include "mechanismeditor.h"
#include "compactwidgets.h"
#include "reviewdocument.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace evidencedesk {

MechanismEditor::MechanismEditor(ReviewDocument *doc, QWidget *parent) : QWidget(parent), m_doc(doc)
{
    auto *layout = new QHBoxLayout(this);
    auto *left = new QVBoxLayout;
    m_list = new QListWidget;
    m_list->setWordWrap(true);
    left->addWidget(new QLabel(tr("Mechanisms")));
    left->addWidget(m_list, 1);
    auto *addAlt = new QPushButton(tr("Add alternative"));
    auto *remove = new QPushButton(tr("Remove"));
    m_promote = new QPushButton(tr("Make most probable"));
    left->addWidget(addAlt);
    left->addWidget(m_promote);
    left->addWidget(remove);
    layout->addLayout(left, 2);

    auto *right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("Plain-language summary")));
    m_summary = new QPlainTextEdit;
    m_summary->setPlaceholderText(tr("Describe the most probable mechanism in plain language."));
    m_summary->installEventFilter(this);
    right->addWidget(m_summary, 2);
    right->addWidget(new QLabel(tr("Chain of steps (double-click to edit)")));
    m_steps = new QListWidget;
    m_steps->setWordWrap(true);
    m_steps->setAlternatingRowColors(true);
    right->addWidget(m_steps, 3);
    auto *buttons = new QHBoxLayout;
    auto *up = arrowButton(Qt::UpArrow, tr("Move up"));
    auto *down = arrowButton(Qt::DownArrow, tr("Move down"));
    auto *addStep = new QPushButton(tr("Add step"));
    auto *removeStep = new QPushButton(tr("Remove step"));
    for (QAbstractButton *b : std::initializer_list<QAbstractButton *> {up, down, addStep, removeStep})
        buttons->addWidget(b);
    right->addLayout(buttons);
    layout->addLayout(right, 5);

    connect(up, &QToolButton::clicked, this, [this] { moveStep(-1); });
    connect(down, &QToolButton::clicked, this, [this] { moveStep(1); });
    connect(addStep, &QPushButton::clicked, this, &MechanismEditor::addStep);
    connect(removeStep, &QPushButton::clicked, this, &MechanismEditor::removeStep);
    connect(addAlt, &QPushButton::clicked, this, &MechanismEditor::addAlternative);
    connect(remove, &QPushButton::clicked, this, &MechanismEditor::removeMechanism);
    connect(m_promote, &QPushButton::clicked, this, &MechanismEditor::promote);
    connect(m_list, &QListWidget::currentRowChanged, this, &MechanismEditor::showMechanism);
    connect(m_steps, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_refreshing)
            return;
        const int m = currentMechanism(), s = m_steps->row(item);
        const QString text = item->text();
        // written once the editor has closed: the list must not change under an editor that is closing
        QMetaObject::invokeMethod(
            this,
            [this, m, s, text] {
                QList<Mechanism> list = m_doc->mechanisms();
                if (m < 0 || m >= list.size() || s < 0 || s >= list[m].steps.size() || list[m].steps[s] == text)
                    return;
                list[m].steps[s] = text;
                commit(list, tr("Edit mechanism step"), m, s);
            },
            Qt::QueuedConnection);
    });
    connect(doc, &ReviewDocument::mechanismsChanged, this, &MechanismEditor::refresh);
    connect(doc, &ReviewDocument::currentClaimChanged, this, &MechanismEditor::refresh);
    refresh();
}

int MechanismEditor::currentMechanism() const
{
    return m_list->currentRow();
}

int MechanismEditor::currentStep() const
{
    return m_steps->currentRow();
}

void MechanismEditor::selectMechanism(int index)
{
    m_list->setCurrentRow(index);
}

void MechanismEditor::selectStep(int index)
{
    m_steps->setCurrentRow(index);
}

void MechanismEditor::refresh()
{
    m_refreshing = true;
    const int keep = std::max(0, m_list->currentRow());
    m_list->clear();
    const QList<Mechanism> list = m_doc->mechanisms();
    int alternative = 0;
    for (const Mechanism &m : list) {
        const QString head = m.mostProbable ? tr("Most probable") : tr("Alternative %1").arg(++alternative);
        auto *item = new QListWidgetItem(QStringLiteral("%1\n%2").arg(head, m.summary.left(140)));
        QFont f = item->font();
        f.setBold(m.mostProbable);
        item->setFont(f);
        m_list->addItem(item);
    }
    m_refreshing = false;
    m_list->setCurrentRow(std::min(keep, int(list.size()) - 1));
    showMechanism();
}

void MechanismEditor::showMechanism()
{
    if (m_refreshing)
        return;
    m_refreshing = true;
    const QList<Mechanism> list = m_doc->mechanisms();
    const int m = currentMechanism();
    const int keepStep = m_steps->currentRow();
    const QStringList steps = m >= 0 && m < list.size() ? list[m].steps : QStringList();
    if (m_steps->count() == steps.size()) { // the same steps: their texts in place, no editor loses its item
        for (int i = 0; i < m_steps->count(); ++i)
            if (m_steps->item(i)->text() != steps[i])
                m_steps->item(i)->setText(steps[i]);
    } else {
        m_steps->clear();
        for (const QString &s : steps) {
            auto *item = new QListWidgetItem(s);
            item->setFlags(item->flags() | Qt::ItemIsEditable);
            m_steps->addItem(item);
        }
    }
    if (m >= 0 && m < list.size()) {
        m_summary->setPlainText(list[m].summary);
        m_promote->setEnabled(!list[m].mostProbable);
    } else if (!m_summary->hasFocus()) {
        m_summary->clear(); // (text typed before the first mechanism exists stays until it is written)
        m_promote->setEnabled(false);
    }
    m_steps->setCurrentRow(std::min(keepStep, m_steps->count() - 1));
    m_refreshing = false;
}

void MechanismEditor::commit(const QList<Mechanism> &list, const QString &text, int mechanism, int step)
{
    m_doc->setMechanisms(list, text);
    selectMechanism(mechanism);
    selectStep(step);
}

void MechanismEditor::commitSummary()
{
    if (m_refreshing)
        return;
    QList<Mechanism> list = m_doc->mechanisms();
    const QString text = m_summary->toPlainText();
    const int m = currentMechanism();
    if (m >= 0 && m < list.size()) {
        if (list[m].summary != text) {
            list[m].summary = text;
            commit(list, tr("Edit mechanism summary"), m, currentStep());
        }
    } else if (list.isEmpty() && !text.trimmed().isEmpty()) {
        list.append({0, true, text, {}});
        commit(list, tr("Add mechanism"), 0, -1);
    }
}

bool MechanismEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_summary && event->type() == QEvent::FocusOut)
        commitSummary();
    return QWidget::eventFilter(watched, event);
}

void MechanismEditor::moveStep(int delta)
{
    commitSummary();
    QList<Mechanism> list = m_doc->mechanisms();
    const int m = currentMechanism(), s = currentStep();
    if (m < 0 || m >= list.size() || s < 0 || s + delta < 0 || s + delta >= list[m].steps.size())
        return;
    list[m].steps.move(s, s + delta);
    commit(list, tr("Reorder mechanism steps"), m, s + delta);
}

void MechanismEditor::addStep()
{
    commitSummary();
    QList<Mechanism> list = m_doc->mechanisms();
    const int m = currentMechanism();
    if (m < 0 || m >= list.size())
        return;
    list[m].steps.append(tr("New step"));
    commit(list, tr("Add mechanism step"), m, int(list[m].steps.size()) - 1);
    if (QListWidgetItem *item = m_steps->item(m_steps->count() - 1))
        m_steps->editItem(item);
}

void MechanismEditor::removeStep()
{
    commitSummary();
    QList<Mechanism> list = m_doc->mechanisms();
    const int m = currentMechanism(), s = currentStep();
    if (m < 0 || m >= list.size() || s < 0 || s >= list[m].steps.size())
        return;
    list[m].steps.removeAt(s);
    commit(list, tr("Remove mechanism step"), m, std::min(s, int(list[m].steps.size()) - 1));
}

void MechanismEditor::addAlternative()
{
    commitSummary(); // the summary being typed (or the first mechanism, typed before any existed) first
    QList<Mechanism> list = m_doc->mechanisms();
    list.append({0, list.isEmpty(), tr("Describe the mechanism in plain language."), {}});
    commit(list, tr("Add mechanism"), int(list.size()) - 1, -1);
}

void MechanismEditor::removeMechanism()
{
    commitSummary();
    QList<Mechanism> list = m_doc->mechanisms();
    const int m = currentMechanism();
    if (m < 0 || m >= list.size())
        return;
    const bool wasMost = list[m].mostProbable;
    list.removeAt(m);
    if (wasMost && !list.isEmpty())
        list.first().mostProbable = true;
    commit(list, tr("Remove mechanism"), std::min(m, int(list.size()) - 1), -1);
}

void MechanismEditor::promote()
{
    commitSummary();
    QList<Mechanism> list = m_doc->mechanisms();
    const int m = currentMechanism();
    if (m < 0 || m >= list.size() || list[m].mostProbable)
        return;
    for (Mechanism &x : list)
        x.mostProbable = false;
    Mechanism promoted = list.takeAt(m);
    promoted.mostProbable = true;
    list.prepend(promoted); // the most probable mechanism comes first
    commit(list, tr("Promote mechanism"), 0, -1);
}

} // namespace evidencedesk
