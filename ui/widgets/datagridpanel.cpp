// SPDX-License-Identifier: GPL-3.0-or-later
#include "datagridpanel.h"
#include "conversiondialog.h"
#include "datagridmodel.h"
#include "outcomedialog.h"
#include "reviewdocument.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace evidencedesk {

namespace {
/// The cell editor says what the engine would make of the value as it is typed.
class CellDelegate : public QStyledItemDelegate {
public:
    CellDelegate(DataGridView *view) : QStyledItemDelegate(view), m_view(view) { }
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            line->setAlignment(Qt::AlignRight);
            const QPersistentModelIndex at(index);
            QObject::connect(line, &QLineEdit::textEdited, line, [this, line, at](const QString &text) {
                const QString problem = m_view->gridModel()->checkCell(at, text);
                line->setStyleSheet(problem.isEmpty() ? QString() : QStringLiteral("background: #fde2e0"));
                emit m_view->gridProblem(problem);
            });
        }
        return editor;
    }

private:
    DataGridView *m_view;
};
} // namespace

DataGridModel *DataGridView::gridModel() const
{
    return static_cast<DataGridModel *>(model());
}

bool DataGridView::pasteClipboard()
{
    QString error;
    const bool ok = gridModel()->paste(QApplication::clipboard()->text(), currentIndex(), error);
    emit gridProblem(ok ? QString() : error);
    return ok;
}

void DataGridView::copySelection()
{
    QModelIndexList cells = selectionModel()->selectedIndexes();
    if (cells.isEmpty() && currentIndex().isValid())
        cells << currentIndex();
    if (!cells.isEmpty())
        QApplication::clipboard()->setText(gridModel()->copy(cells));
}

void DataGridView::clearSelectedCells()
{
    // the selected data cells emptied, as one block: one undo step
    const QModelIndexList cells = selectionModel()->selectedIndexes();
    if (cells.isEmpty())
        return;
    int top = INT_MAX, left = INT_MAX, bottom = -1, right = -1;
    for (const QModelIndex &i : cells) {
        if (!(gridModel()->flags(i) & Qt::ItemIsEditable))
            continue;
        top = std::min(top, i.row());
        bottom = std::max(bottom, i.row());
        left = std::min(left, i.column());
        right = std::max(right, i.column());
    }
    if (bottom < 0)
        return;
    QList<QStringList> empty(bottom - top + 1, QStringList(right - left + 1, QString()));
    QString error;
    QString tsv;
    for (const QStringList &row : empty)
        tsv += row.join(QLatin1Char('\t')) + QLatin1Char('\n');
    const bool ok = gridModel()->paste(tsv, gridModel()->index(top, left), error);
    emit gridProblem(ok ? QString() : error);
}

void DataGridView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Paste)) {
        pasteClipboard();
        return;
    }
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        return;
    }
    if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
        clearSelectedCells();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && state() != EditingState) {
        const QModelIndex next = model()->index(currentIndex().row() + 1, currentIndex().column());
        if (next.isValid())
            setCurrentIndex(next);
        return;
    }
    QTableView::keyPressEvent(event);
}

void DataGridView::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    // Enter in an editor commits the value and goes down a row, as in a spreadsheet (Tab goes right already)
    const QModelIndex current = currentIndex();
    QTableView::closeEditor(editor,
                            hint == QAbstractItemDelegate::SubmitModelCache ? QAbstractItemDelegate::NoHint : hint);
    if (hint == QAbstractItemDelegate::SubmitModelCache) {
        const QModelIndex next = model()->index(current.row() + 1, current.column());
        if (next.isValid())
            setCurrentIndex(next);
    }
}

DataGridPanel::DataGridPanel(ReviewDocument *doc, QWidget *parent) : QWidget(parent), m_doc(doc)
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_outcomes = new QComboBox;
    m_outcomes->setObjectName(QStringLiteral("dataOutcome"));
    // a long outcome name does not widen the window: the list shows it whole, the box as much as fits
    m_outcomes->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_outcomes->setMinimumContentsLength(12);
    m_outcomes->setToolTip(tr("The outcome whose data the grid shows"));
    auto *label = new QLabel(tr("&Outcome:"));
    label->setBuddy(m_outcomes);
    m_add = new QPushButton(tr("New Outcome\u2026"));
    m_edit = new QPushButton(tr("Rename\u2026"));
    m_about = new QLabel;
    m_about->setWordWrap(true);
    bar->addWidget(label);
    bar->addWidget(m_outcomes);
    bar->addWidget(m_add);
    bar->addWidget(m_edit);
    m_convert = new QPushButton(tr("Convert\u2026"));
    m_convert->setToolTip(tr("Enter what the paper reports (a confidence interval, a p-value, a standard error, a "
                             "median with quartiles or range) for the selected study; the values are converted "
                             "and the conversion noted with the study"));
    bar->addStretch(1);
    layout->addLayout(bar);
    auto *about = new QHBoxLayout; // what the outcome's data are, and the way to enter what a paper reports
    about->addWidget(m_about, 1);
    about->addWidget(m_convert);
    layout->addLayout(about);

    m_model = new DataGridModel(doc, this);
    m_view = new DataGridView;
    m_view->setObjectName(QStringLiteral("dataGrid"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new CellDelegate(m_view));
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->setSelectionMode(QAbstractItemView::ContiguousSelection);
    m_view->setTabKeyNavigation(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    layout->addWidget(m_view, 1);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("dataGridMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setStyleSheet(QStringLiteral("color: #b02418"));
    layout->addWidget(m_message);

    connect(m_view, &DataGridView::gridProblem, this, &DataGridPanel::showProblem);
    connect(m_model, &DataGridModel::problem, this, &DataGridPanel::showProblem);
    connect(m_add, &QPushButton::clicked, this, &DataGridPanel::addOutcome);
    connect(m_edit, &QPushButton::clicked, this, &DataGridPanel::editOutcome);
    connect(m_convert, &QPushButton::clicked, this, &DataGridPanel::convert);
    connect(m_outcomes, &QComboBox::activated, this, [this](int i) {
        m_model->setOutcome(m_outcomes->itemData(i).toLongLong());
        refreshOutcomes();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &DataGridPanel::refreshOutcomes);
    refreshOutcomes();
}

QString DataGridPanel::message() const
{
    return m_message->text();
}

void DataGridPanel::showProblem(const QString &message)
{
    m_message->setText(message);
}

void DataGridPanel::refreshOutcomes()
{
    const QSignalBlocker block(m_outcomes);
    m_outcomes->clear();
    for (const Outcome &o : m_doc->review().outcomes)
        m_outcomes->addItem(o.timePoint.isEmpty() ? o.name : tr("%1 (%2)").arg(o.name, o.timePoint), o.id);
    m_outcomes->setCurrentIndex(m_outcomes->findData(m_model->outcomeId()));
    m_outcomes->setEnabled(m_outcomes->count() > 0);
    m_edit->setEnabled(m_model->outcome() != nullptr);
    m_convert->setEnabled(m_model->outcome() && !ConversionDialog::kinds(m_model->outcome()->type).isEmpty());
    if (const Outcome *o = m_model->outcome()) {
        const Claim *claim = m_doc->currentClaim();
        // every header readable whole; the study column as wide as its labels, within reason
        const QFontMetrics fm(m_view->horizontalHeader()->font());
        int labels = 120;
        const QFontMetrics cells(m_view->font());
        for (int r = 0; r < std::min(200, m_model->rowCount()); ++r)
            labels = std::max(labels, cells.horizontalAdvance(m_model->index(r, 0).data().toString()) + 16);
        m_view->setColumnWidth(0, std::min(260, labels));
        m_view->setColumnWidth(DataGridModel::kEffectColumn,
                               fm.horizontalAdvance(QStringLiteral("0.00 [0.00, 0.00]")) + 24);
        for (int c = DataGridModel::kFirstDataColumn; c < m_model->columnCount(); ++c) {
            int width = 70;
            for (const QString &line :
                 m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString().split(QLatin1Char('\n')))
                width = std::max(width, fm.horizontalAdvance(line) + 24);
            m_view->setColumnWidth(c, width);
        }
        m_about->setText(claim && claim->outcomeId == o->id
                             ? tr("%1 data. The current claim is about this outcome.").arg(outcomeTypeName(o->type))
                             : tr("%1 data.").arg(outcomeTypeName(o->type)));
    } else {
        m_about->setText(tr("No outcome yet: add one to choose the kind of data, or type estimates and standard "
                            "errors and the review's first outcome starts with them."));
    }
}

void DataGridPanel::addOutcome()
{
    QStringList names;
    for (const Outcome &o : m_doc->review().outcomes)
        names << o.name;
    Outcome fresh;
    fresh.name = m_doc->review().outcomes.isEmpty() ? m_doc->review().info.outcome : QString();
    fresh.type = m_model->outcome() ? m_model->outcome()->type : OutcomeType::Dichotomous;
    auto *dialog = new OutcomeDialog(fresh, true, names, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (const qint64 id = m_doc->addOutcome(dialog->outcome()))
            m_model->setOutcome(id);
    });
    dialog->open();
}

void DataGridPanel::editOutcome()
{
    const Outcome *o = m_model->outcome();
    if (!o)
        return;
    QStringList names;
    for (const Outcome &other : m_doc->review().outcomes)
        if (other.id != o->id)
            names << other.name;
    auto *dialog = new OutcomeDialog(*o, false, names, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { m_doc->editOutcome(dialog->outcome()); });
    dialog->open();
}

ConversionDialog *DataGridPanel::convert()
{
    const Outcome *o = m_model->outcome();
    const QModelIndex at = m_view->currentIndex();
    if (!o || !at.isValid() || ConversionDialog::kinds(o->type).isEmpty()) {
        showProblem(tr("Select the study whose reported results to convert."));
        return nullptr;
    }
    const qint64 studyId = at.data(DataGridModel::StudyIdRole).toLongLong();
    const qint64 outcomeId = o->id;
    const Study *s = m_doc->study(studyId);
    auto *dialog = new ConversionDialog(o->type, m_doc->review().dataOf(outcomeId, studyId),
                                        synth::isRatioMeasure(m_model->measure()), s ? s->label() : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, studyId, outcomeId] {
        if (dialog->valid())
            m_doc->setConvertedData(studyId, outcomeId, dialog->result(), dialog->note());
    });
    dialog->open();
    return dialog;
}

} // namespace evidencedesk
