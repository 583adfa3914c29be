// SPDX-License-Identifier: GPL-3.0-or-later
#include "studytablemodel.h"
#include "analysisformat.h"
#include "reviewdocument.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <cmath>

namespace evidencedesk {

StudyTableModel::StudyTableModel(ReviewDocument *doc, QObject *parent) : QAbstractTableModel(parent), m_doc(doc)
{
    connect(doc, &ReviewDocument::studiesReset, this, [this] {
        beginResetModel();
        m_labels.clear();
        endResetModel();
    });
    connect(doc, &ReviewDocument::currentClaimChanged, this, [this] {
        beginResetModel();
        m_labels.clear();
        endResetModel();
    });
    connect(doc, &ReviewDocument::studiesChanged, this, [this](const QList<qint64> &ids) {
        for (qint64 id : ids) {
            m_labels.remove(id);
            const int row = rowOf(id);
            if (row >= 0)
                emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    });
}

int StudyTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_doc->review().studies.size());
}

int StudyTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 StudyTableModel::studyId(int row) const
{
    const auto &studies = m_doc->review().studies;
    return row >= 0 && row < studies.size() ? studies[row].id : 0;
}

int StudyTableModel::rowOf(qint64 studyId) const
{
    return static_cast<int>(m_doc->studyIndex(studyId));
}

void StudyTableModel::setAnalysis(std::shared_ptr<const AnalysisResult> result)
{
    const bool levelChanged = !m_result || !result || m_result->settings.level != result->settings.level;
    m_result = std::move(result);
    if (rowCount() > 0)
        emit dataChanged(index(0, Suggested), index(rowCount() - 1, Weight));
    if (levelChanged)
        emit headerDataChanged(Qt::Horizontal, Effect, Effect);
}

const QString &StudyTableModel::label(const Study &s) const
{
    auto it = m_labels.find(s.id);
    if (it == m_labels.end())
        it = m_labels.insert(s.id, s.label());
    return *it;
}

QString StudyTableModel::effectText(const AnalysedStudy &a) const
{
    return studyEffectText(a.effect, a.ci, m_result->settings.measure);
}

QVariant StudyTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Study &s = m_doc->review().studies[index.row()];
    const evidencedesk::Stance stance = m_doc->stance(s.id);
    if (role == StudyIdRole)
        return s.id;
    if (role == StanceRole)
        return int(stance);
    if (role == DesignRole)
        return int(s.design);
    const QLocale locale;
    // effects, intervals and suggestions come from the analysis (at its measure and level), never recomputed here
    const AnalysedStudy *analysed = m_result ? m_result->study(s.id) : nullptr;
    switch (index.column()) {
    case Citation:
        if (role == Qt::DisplayRole)
            return s.title.isEmpty()
                ? label(s)
                : (s.authors.isEmpty() ? s.title : label(s) + QStringLiteral(" \u2014 ") + s.title);
        if (role == Qt::ToolTipRole)
            return QStringLiteral("<b>%1</b><br>%2<br><i>%3</i>")
                .arg(s.title.toHtmlEscaped(), s.authors.toHtmlEscaped(), s.journal.toHtmlEscaped());
        if (role == SortRole)
            return label(s); // the proxy compares case-insensitively
        break;
    case Year:
        if (role == Qt::DisplayRole || role == SortRole)
            return s.year > 0 ? QVariant(s.year) : QVariant();
        break;
    case Design:
        if (role == Qt::DisplayRole)
            return s.design == evidencedesk::Design::Unspecified ? QString() : designName(s.design);
        if (role == SortRole)
            return int(s.design);
        break;
    case Quality:
        if (role == Qt::DisplayRole)
            return std::isfinite(s.quality) ? locale.toString(s.quality, 'f', 1) : QString();
        if (role == SortRole)
            return std::isfinite(s.quality) ? s.quality : -1.0;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Stance:
        if (role == Qt::DisplayRole)
            return stance == evidencedesk::Stance::Untagged ? QString() : stanceName(stance);
        if (role == SortRole)
            return int(stance);
        if (role == Qt::ForegroundRole) {
            if (stance == evidencedesk::Stance::Supporting)
                return QBrush(QColor(0x1b, 0x7f, 0x3a));
            if (stance == evidencedesk::Stance::Contradicting)
                return QBrush(QColor(0xb0, 0x24, 0x18));
        }
        if (role == Qt::FontRole && stance != evidencedesk::Stance::Untagged) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case Suggested: {
        const evidencedesk::Stance sug = analysed ? analysed->suggested : evidencedesk::Stance::Untagged;
        const bool disagrees
            = sug != evidencedesk::Stance::Untagged && stance != evidencedesk::Stance::Untagged && sug != stance;
        if (role == Qt::DisplayRole)
            return sug == evidencedesk::Stance::Untagged
                ? QString()
                : (disagrees ? QStringLiteral("\u26a0 ") : QString()) + stanceName(sug);
        if (role == Qt::ToolTipRole && disagrees)
            return tr("The study's own effect and confidence interval suggest \u201c%1\u201d, but it is tagged "
                      "\u201c%2\u201d.")
                .arg(stanceName(sug), stanceName(stance));
        if (role == Qt::ForegroundRole && disagrees)
            return QBrush(QColor(0xb3, 0x6b, 0x00));
        if (role == SortRole)
            return int(sug);
        break;
    }
    case Effect:
        if (role == Qt::DisplayRole)
            return analysed ? effectText(*analysed) : QString();
        if (role == SortRole)
            return analysed && analysed->effect.available() ? QVariant(analysed->effect.yi) : QVariant();
        break;
    case Weight: {
        const qsizetype i = analysed ? analysed->analysed : -1;
        const bool has = i >= 0 && static_cast<std::size_t>(i) < m_result->analysis.weights.size();
        if (role == Qt::DisplayRole)
            return has ? percentText(locale.toString(m_result->analysis.weights[i], 'f', 1)) : QString();
        if (role == SortRole)
            return has ? m_result->analysis.weights[i] : -1.0;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    case Included:
        if (role == Qt::CheckStateRole)
            return s.included ? Qt::Checked : Qt::Unchecked;
        if (role == SortRole)
            return s.included;
        break;
    default:
        break;
    }
    return {};
}

QVariant StudyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Citation:
        return tr("Study");
    case Year:
        return tr("Year");
    case Design:
        return tr("Design");
    case Quality:
        return tr("Quality");
    case Stance:
        return tr("Stance");
    case Suggested:
        return tr("Data suggest");
    case Effect:
        return tr("Effect [%1 CI]")
            .arg(
                percentText(QLocale().toString(m_result ? m_result->settings.level : m_doc->settings().level, 'g', 4)));
    case Weight:
        return tr("Weight");
    case Included:
        return tr("Included");
    default:
        return {};
    }
}

Qt::ItemFlags StudyTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == Included)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool StudyTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (index.column() == Included && role == Qt::CheckStateRole) {
        m_doc->setIncluded({studyId(index.row())}, value.toInt() == Qt::Checked);
        return true;
    }
    return false;
}

// -------------------------------------------------------------------------------------------------

StudyFilterModel::StudyFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(StudyTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void StudyFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void StudyFilterModel::setDesign(std::optional<Design> design)
{
    m_design = design;
    invalidateFilter();
}

void StudyFilterModel::setStance(std::optional<Stance> stance)
{
    m_stance = stance;
    invalidateFilter();
}

void StudyFilterModel::setIncludedOnly(bool on)
{
    m_includedOnly = on;
    invalidateFilter();
}

bool StudyFilterModel::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    const QAbstractItemModel *m = sourceModel();
    if (m_design && m->index(row, 0, parent).data(StudyTableModel::DesignRole).toInt() != int(*m_design))
        return false;
    if (m_stance && m->index(row, 0, parent).data(StudyTableModel::StanceRole).toInt() != int(*m_stance))
        return false;
    if (m_includedOnly
        && m->index(row, StudyTableModel::Included, parent).data(Qt::CheckStateRole).toInt() != Qt::Checked)
        return false;
    if (!m_text.isEmpty()) {
        const QString citation = m->index(row, StudyTableModel::Citation, parent).data(Qt::DisplayRole).toString();
        if (!citation.contains(m_text, Qt::CaseInsensitive)
            && !m->index(row, StudyTableModel::Year, parent).data(Qt::DisplayRole).toString().contains(m_text))
            return false;
    }
    return true;
}

} // namespace evidencedesk
