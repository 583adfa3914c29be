// SPDX-License-Identifier: GPL-3.0-or-later
#include "datagridmodel.h"
#include "analysisformat.h"
#include "defaults.h"
#include "reviewdocument.h"

#include <QColor>
#include <QLocale>

#include <cmath>

namespace evidencedesk {

DataGridModel::DataGridModel(ReviewDocument *doc, QObject *parent) : QAbstractTableModel(parent), m_doc(doc)
{
    reset();
    connect(doc, &ReviewDocument::studiesReset, this, &DataGridModel::reset);
    connect(doc, &ReviewDocument::outcomesChanged, this, &DataGridModel::reset);
    connect(doc, &ReviewDocument::currentClaimChanged, this, &DataGridModel::reset);
    connect(doc, &ReviewDocument::settingsChanged, this, &DataGridModel::reset);
    connect(doc, &ReviewDocument::studiesChanged, this, [this](const QList<qint64> &ids) {
        for (qint64 id : ids) {
            m_checks.remove(id);
            const int row = int(m_doc->studyIndex(id));
            if (row >= 0)
                emit dataChanged(index(row, 0), index(row, columnCount() - 1));
        }
    });
}

void DataGridModel::setOutcome(qint64 outcomeId)
{
    m_chosen = outcomeId;
    reset();
}

qint64 DataGridModel::outcomeId() const
{
    return m_outcome;
}

const Outcome *DataGridModel::outcome() const
{
    return m_doc->review().outcome(m_outcome);
}

synth::Measure DataGridModel::measure() const
{
    return m_measure;
}

void DataGridModel::reset()
{
    beginResetModel();
    m_outcome = m_chosen > 0 && m_doc->review().outcome(m_chosen) ? m_chosen : m_doc->currentOutcomeId();
    const Outcome *o = outcome();
    // an outcome's columns follow its type; a review without outcomes yet shows the generic ones
    m_columns = outcomeColumns(o ? o->type : OutcomeType::Generic);
    const Claim *claim = m_doc->currentClaim();
    if (claim && claim->outcomeId == m_outcome
        && measuresFor(o ? o->type : OutcomeType::Generic).contains(m_doc->settings().measure))
        m_measure = m_doc->settings().measure;
    else
        m_measure = suggestedMeasure(o ? o->type : OutcomeType::Generic);
    m_level = m_doc->settings().level;
    m_checks.clear();
    endResetModel();
}

int DataGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_doc->review().studies.size());
}

int DataGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kFirstDataColumn + int(m_columns.size());
}

const DataCheck &DataGridModel::check(qint64 studyId) const
{
    auto it = m_checks.find(studyId);
    if (it == m_checks.end())
        it = m_checks.insert(studyId, checkData(m_doc->review().dataOf(m_outcome, studyId), m_measure, m_level));
    return *it;
}

QString DataGridModel::effectText(const DataCheck &c) const
{
    return studyEffectText(c.effect, c.ci, m_measure);
}

QVariant DataGridModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Study &s = m_doc->review().studies[index.row()];
    if (role == StudyIdRole)
        return s.id;
    const int column = index.column();
    if (column == 0)
        return role == Qt::DisplayRole || role == Qt::ToolTipRole ? QVariant(s.label()) : QVariant();
    const DataCheck &c = check(s.id);
    if (role == ProblemRole)
        return c.message;
    if (column == effectColumn()) {
        if (role == Qt::DisplayRole)
            return c.ok() ? effectText(c) : QString();
        if (role == Qt::ToolTipRole)
            return c.message;
        return {};
    }
    const QString name = m_columns.value(column - kFirstDataColumn);
    const double value = gridValue(m_doc->review().dataOf(m_outcome, s.id), name);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return cellText(value);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        return !c.ok() && (c.field == name || c.field.isEmpty()) ? QVariant(QColor(0xfd, 0xe2, 0xe0)) : QVariant();
    case Qt::ToolTipRole:
        return c.ok() ? QVariant() : QVariant(c.message);
    default:
        return {};
    }
}

QVariant DataGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (section == 0)
        return role == Qt::DisplayRole ? QVariant(tr("Study")) : QVariant();
    if (section == effectColumn()) {
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return {};
        return tr("%1 [%2 CI]")
            .arg(QString::fromLatin1(synth::measureName(m_measure).data()),
                 percentText(QLocale().toString(m_level, 'g', 4)));
    }
    const QString name = m_columns.value(section - kFirstDataColumn);
    if (role == Qt::DisplayRole) // "Events (intervention)" on two lines: the grid's columns stay narrow
        return outcomeColumnName(name).replace(QStringLiteral(" ("), QStringLiteral("\n("));
    if (role == Qt::ToolTipRole)
        return tr("metafor's escalc column: %1").arg(name);
    return {};
}

Qt::ItemFlags DataGridModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() >= kFirstDataColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QString DataGridModel::cellLabel(int row, const QString &column) const
{
    return tr("%1, %2: ").arg(m_doc->review().studies[row].label(), outcomeColumnName(column));
}

QString DataGridModel::checkCell(const QModelIndex &index, const QString &text) const
{
    if (!index.isValid() || !(flags(index) & Qt::ItemIsEditable))
        return {};
    const QString name = m_columns.value(index.column() - kFirstDataColumn);
    const std::optional<double> value = parseCellNumber(text);
    if (!value)
        return cellLabel(index.row(), name) + tr("\u201c%1\u201d is not a number").arg(text.trimmed().left(40));
    const Study &s = m_doc->review().studies[index.row()];
    const synth::StudyInput d = withGridValue(m_doc->review().dataOf(m_outcome, s.id), name, *value);
    const DataCheck c = checkData(d, m_measure, m_level);
    return c.ok() ? QString() : cellLabel(index.row(), c.field.isEmpty() ? name : c.field) + c.message;
}

bool DataGridModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const QString text = value.toString();
    const QString problem = checkCell(index, text);
    emit this->problem(problem);
    if (!problem.isEmpty())
        return false;
    const QString name = m_columns.value(index.column() - kFirstDataColumn);
    const Study &s = m_doc->review().studies[index.row()];
    const synth::StudyInput d = withGridValue(m_doc->review().dataOf(m_outcome, s.id), name, *parseCellNumber(text));
    // (with no outcome yet, the document starts the review's first with these data)
    return m_doc->setOutcomeData(m_outcome, {{s.id, d}}, tr("Edit %1 of %2").arg(outcomeColumnName(name), s.label()));
}

bool DataGridModel::paste(const QString &tsv, const QModelIndex &at, QString &error)
{
    if (!at.isValid() || at.column() < kFirstDataColumn) {
        error = tr("Select the data cell where the block's top-left value goes.");
        return false;
    }
    QList<qint64> ids;
    QStringList labels;
    const QList<Study> &studies = m_doc->review().studies;
    ids.reserve(studies.size());
    labels.reserve(studies.size());
    for (const Study &s : studies) {
        ids << s.id;
        labels << s.label();
    }
    GridPaste pasted;
    if (!pasteBlock(parseTsv(tsv), at.row(), at.column() - kFirstDataColumn, m_columns, ids, labels,
                    m_doc->review().data.value(m_outcome), m_measure, pasted, error))
        return false;
    const QString text = tr("Paste %n row(s)", nullptr, pasted.rows);
    if (!m_doc->setOutcomeData(m_outcome, pasted.data, text)) {
        error = m_doc->lastError();
        return false;
    }
    return true;
}

QString DataGridModel::copy(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return {};
    int top = INT_MAX, left = INT_MAX, bottom = -1, right = -1;
    for (const QModelIndex &i : indexes) {
        top = std::min(top, i.row());
        bottom = std::max(bottom, i.row());
        left = std::min(left, i.column());
        right = std::max(right, i.column());
    }
    QList<QStringList> rows;
    for (int r = top; r <= bottom; ++r) {
        QStringList row;
        for (int c = left; c <= right; ++c)
            row << data(index(r, c), Qt::DisplayRole).toString();
        rows << row;
    }
    return toTsv(rows);
}

} // namespace evidencedesk
