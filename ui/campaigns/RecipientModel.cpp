// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaigns/RecipientModel.h"

#include "campaign/CampaignStore.h"
#include "widgets/StatusPalette.h"

#include <QGuiApplication>
#include <QPalette>

namespace sms::ui {

RecipientModel::RecipientModel(campaign::CampaignStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(&store)
{
    // Another profile's journal: its rows must not stay on screen.
    connect(&store, &campaign::CampaignStore::opened, this, [this] { setCampaign(0); });
    connect(&store, &campaign::CampaignStore::recipientsReady, this, &RecipientModel::onPage);
}

void RecipientModel::setCampaign(qint64 campaignId)
{
    m_campaignId = campaignId;
    reload();
}

void RecipientModel::setProblemsOnly(bool problemsOnly)
{
    if (m_problemsOnly == problemsOnly)
        return;
    m_problemsOnly = problemsOnly;
    reload();
}

void RecipientModel::setNumbers(const QStringList &numbers)
{
    m_numbers = numbers;
    reload();
}

void RecipientModel::reload()
{
    // Another campaign's rows go at once; the same campaign's (filtered
    // otherwise, or moved on by a run) stay until their replacement comes.
    if (m_campaignId != m_rowsCampaign || m_campaignId == 0 || !m_store) {
        beginResetModel();
        m_rows.clear();
        m_checks.clear();
        m_rowsCampaign = m_campaignId;
        endResetModel();
    }
    m_atEnd = m_campaignId == 0 || !m_store;
    m_pending = 0;
    if (m_atEnd) {
        Q_EMIT loaded();
        return;
    }
    // The first page at once, so a view shows rows without scrolling.
    m_replacing = true;
    requestPage(0);
}

void RecipientModel::requestPage(qint64 afterId)
{
    m_pending
        = m_store->fetchRecipients(m_campaignId, afterId, m_pageSize, m_problemsOnly, m_numbers);
    if (m_pending == 0) { // no journal open
        m_atEnd = true;
        Q_EMIT loaded();
    }
}

void RecipientModel::onPage(quint64 ticket, const QList<store::JournalRecipient> &page)
{
    if (ticket == 0 || ticket != m_pending)
        return;
    m_pending = 0;
    m_atEnd = page.size() < m_pageSize;
    if (m_replacing) {
        m_replacing = false;
        beginResetModel();
        m_rows = page;
        m_checks.clear();
        m_rowsCampaign = m_campaignId;
        endResetModel();
    } else if (!page.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
        m_rows.append(page);
        endInsertRows();
    }
    Q_EMIT loaded();
}

int RecipientModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecipientModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount + (m_editable ? m_parameterCount : 0);
}

void RecipientModel::setEditable(const campaign::Preflight::Options &options, int parameterCount)
{
    beginResetModel();
    m_editable = true;
    m_checkOptions = options;
    m_parameterCount = std::max(parameterCount, 0);
    m_checks.clear();
    endResetModel();
}

void RecipientModel::setReadOnly()
{
    if (!m_editable)
        return;
    beginResetModel();
    m_editable = false;
    m_parameterCount = 0;
    m_checks.clear();
    endResetModel();
}

bool RecipientModel::isEditableRow(const store::JournalRecipient &r) const
{
    // A row that may have left keeps what it was sent with.
    return m_editable
        && (r.state == store::RecipientState::Queued || r.state == store::RecipientState::Refused);
}

campaign::Recipient RecipientModel::check(const store::JournalRecipient &r, int column,
                                          const QString &value) const
{
    QString phone = r.phone.isEmpty() ? r.input : r.phone;
    QStringList parameters = r.parameters;
    if (column == Number) {
        phone = value;
    } else if (column >= ColumnCount) {
        const int i = column - ColumnCount;
        while (parameters.size() <= i)
            parameters.append(QString());
        parameters[i] = value;
    }
    return m_store ? m_store->recheck(m_campaignId, r.id, phone, parameters, m_checkOptions)
                   : campaign::Recipient();
}

const campaign::Recipient &RecipientModel::checked(const store::JournalRecipient &r) const
{
    auto it = m_checks.find(r.id);
    if (it == m_checks.end())
        it = m_checks.insert(r.id, check(r, -1, QString()));
    return *it;
}

QList<int> RecipientModel::problemColumns(const store::JournalRecipient &r,
                                          const campaign::Recipient &checked) const
{
    const QString &code = checked.problemCode;
    if (code.isEmpty())
        return {};
    if (code.startsWith(QLatin1String("InvalidParameterValue.TemplateParameter"))
        || code == QLatin1String("InvalidParameterValue.ProhibitedUseUrlInTemplateParameter")) {
        // The parameter whose emptying makes this problem go away.
        for (int i = 0; i < m_parameterCount; ++i) {
            if (check(r, parameterColumn(i + 1), QString()).problemCode != code)
                return {parameterColumn(i + 1)};
        }
    }
    if (code.startsWith(QLatin1String("InvalidParameterValue.Template"))
        || code.startsWith(QLatin1String("FailedOperation.TemplateParam"))
        || code == QLatin1String("InvalidParameterValue.ContentLengthLimit")) {
        QList<int> all;
        for (int i = 0; i < m_parameterCount; ++i)
            all.append(parameterColumn(i + 1));
        return all;
    }
    return {Number};
}

QString RecipientModel::problemWith(const QModelIndex &index, const QString &value) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const campaign::Recipient r = check(m_rows.at(index.row()), index.column(), value);
    return r.problemCode.isEmpty() ? QString() : tr("%1: %2").arg(r.problemCode, r.problem);
}

Qt::ItemFlags RecipientModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == Number || index.column() >= ColumnCount)
        && isEditableRow(m_rows.at(index.row())))
        f |= Qt::ItemIsEditable;
    return f;
}

bool RecipientModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable) || !m_store)
        return false;
    store::JournalRecipient &r = m_rows[index.row()];
    const campaign::Recipient result = check(r, index.column(), value.toString());
    // A queued row stays sendable: a change that would be refused is not
    // saved. A refused one is saved either way, to be fixed further.
    if (r.state == store::RecipientState::Queued && !result.problemCode.isEmpty())
        return false;
    if (!m_store->updateRecipient(m_campaignId, r.id, result))
        return false;
    r.phone = result.phone.isEmpty() ? result.input.trimmed() : result.phone;
    r.parameters = result.parameters;
    r.market = result.market;
    m_checks.insert(r.id, result);
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), columnCount() - 1));
    return true;
}

bool RecipientModel::canFetchMore(const QModelIndex &parent) const
{
    // One page on the way at a time: the view asks again once it came.
    return !parent.isValid() && !m_atEnd && m_pending == 0;
}

void RecipientModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || !m_store)
        return;
    requestPage(m_rows.isEmpty() ? 0 : m_rows.constLast().id);
}

QString RecipientModel::stateText(store::RecipientState state)
{
    switch (state) {
    case store::RecipientState::Queued:
        return tr("To send");
    case store::RecipientState::InFlight:
        return tr("Sending");
    case store::RecipientState::Accepted:
        return tr("Accepted");
    case store::RecipientState::Refused:
        return tr("Refused");
    case store::RecipientState::Uncertain:
        return tr("Uncertain");
    }
    return {};
}

QVariant RecipientModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::JournalRecipient &r = m_rows.at(index.row());
    if (role == RecipientRole)
        return QVariant::fromValue(r.id);
    if (isEditableRow(r)
        && (role == ProblemRole || role == Qt::BackgroundRole || role == Qt::ForegroundRole
            || (role == Qt::ToolTipRole && index.column() != Code))) {
        const campaign::Recipient &c = checked(r);
        if (!problemColumns(r, c).contains(index.column()))
            return role == ProblemRole ? QVariant(QString()) : QVariant();
        if (role == ProblemRole)
            return c.problemCode;
        if (role == Qt::ToolTipRole)
            return tr("%1: %2").arg(c.problemCode, c.problem);
        const StatusPalette::Colours colours
            = StatusPalette::colours(StatusPalette::Tone::Error, QGuiApplication::palette());
        return role == Qt::BackgroundRole ? colours.background : colours.text;
    }
    if (role == Qt::EditRole && index.column() == Number)
        return r.phone.isEmpty() ? r.input : r.phone;
    if ((role == Qt::DisplayRole || role == Qt::EditRole) && index.column() >= ColumnCount)
        return r.parameters.value(index.column() - ColumnCount);
    if (role == Qt::ToolTipRole && index.column() == Code)
        return r.message;
    if (role == Qt::TextAlignmentRole && index.column() == SourceRow)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case SourceRow:
        return r.sourceRow;
    case Number:
        return r.phone.isEmpty() ? r.input : r.phone;
    case Parameters:
        return r.parameters.join(QStringLiteral(" | "));
    case Status:
        return stateText(r.state);
    case Code:
        // An edited row's new problem, else what the journal holds.
        if (isEditableRow(r) && m_checks.contains(r.id)) {
            const QString now = m_checks.value(r.id).problemCode;
            if (!now.isEmpty())
                return now;
        }
        return r.code == QLatin1String("Ok") ? QString() : r.code;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RecipientModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section >= ColumnCount)
        return QStringLiteral("{%1}").arg(section - ColumnCount + 1);
    switch (Column(section)) {
    case SourceRow:
        return tr("Row");
    case Number:
        return tr("Number");
    case Parameters:
        return tr("Parameters");
    case Status:
        return tr("Status");
    case Code:
        return tr("Problem");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace sms::ui
