// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/HistoryTableModel.h"

#include "errors/ErrorCatalog.h"
#include "history/HistoryStore.h"
#include "widgets/StatusChipDelegate.h"

#include <QDateTime>
#include <QLocale>
#include <QTimer>

namespace sms::ui {

using history::HistoryRow;
using history::Lifecycle;
using history::LifecycleState;

HistoryTableModel::HistoryTableModel(history::HistoryStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_ageTimer(new QTimer(this))
{
    connect(&m_store, &history::HistoryStore::aboutToReset, this,
            &HistoryTableModel::beginResetModel);
    connect(&m_store, &history::HistoryStore::reset, this, &HistoryTableModel::endResetModel);
    connect(&m_store, &history::HistoryStore::aboutToAppend, this,
            [this](int first, int last) { beginInsertRows({}, first, last); });
    connect(&m_store, &history::HistoryStore::appended, this, &HistoryTableModel::endInsertRows);
    m_ageTimer->setInterval(30'000);
    connect(m_ageTimer, &QTimer::timeout, this, [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0, State), index(rowCount() - 1, State));
    });
    m_ageTimer->start();
}

qint64 HistoryTableModel::recipientId(int row) const
{
    return m_store.rows().value(row).id;
}

int HistoryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_store.rows().size());
}

int HistoryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

StatusPalette::Tone HistoryTableModel::toneOf(LifecycleState lifecycle)
{
    switch (lifecycle) {
    case LifecycleState::Delivered:
        return StatusPalette::Tone::Positive;
    case LifecycleState::Failed:
    case LifecycleState::Refused:
        return StatusPalette::Tone::Error;
    case LifecycleState::NoReceiptYet:
    case LifecycleState::Unknown:
    case LifecycleState::Uncertain:
        return StatusPalette::Tone::Warning;
    case LifecycleState::Queued:
    case LifecycleState::Sending:
    case LifecycleState::Accepted:
        break;
    }
    return StatusPalette::Tone::Information;
}

QString HistoryTableModel::codeTitle(const HistoryRow &row)
{
    const QString code = row.failureCode();
    if (code.isEmpty())
        return {};
    QString matched;
    const errors::ErrorEntry &entry = errors::ErrorCatalog::resolve(code, &matched);
    if (!matched.isEmpty())
        return errors::ErrorCatalog::tr(entry.title);
    if (row.receipt == Lifecycle::Receipt::Failed)
        return row.receiptDescription.section(QLatin1Char(' '), 1).trimmed();
    return errors::ErrorCatalog::tr(entry.title);
}

QVariant HistoryTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const HistoryRow &row = m_store.rows().at(index.row());
    const LifecycleState lifecycle = row.lifecycle(m_store.lifecycle(), m_store.nowMs());
    switch (role) {
    case RecipientIdRole:
        return row.id;
    case FailureCodeRole:
        return row.failureCode();
    case LifecycleRole:
        return int(lifecycle);
    case StatusChipDelegate::ToneRole:
        if (index.column() == State)
            return int(toneOf(lifecycle));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Code || index.column() == State) {
            const QString code = row.failureCode();
            return code.isEmpty() ? row.receiptDescription
                                  : QStringLiteral("%1: %2").arg(code, codeTitle(row));
        }
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case Time:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(row.sentAtMs),
                                  QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Number:
        return row.phone;
    case State:
        return Lifecycle::text(lifecycle);
    case Code: {
        const QString code = row.failureCode();
        if (code.isEmpty())
            return {};
        const QString title = codeTitle(row);
        return title.isEmpty() ? code : QStringLiteral("%1 · %2").arg(code, title);
    }
    case Template:
        return row.templateId;
    case Signature:
        return row.signName;
    case SerialNo:
        return row.serialNo;
    case Campaign:
        switch (row.campaignKind) {
        case 1:
            return tr("Single message");
        case 2:
            return tr("Sent elsewhere");
        default:
            return row.campaignId;
        }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant HistoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Time:
        return tr("Sent");
    case Number:
        return tr("Number");
    case State:
        return tr("Status");
    case Code:
        return tr("Code");
    case Template:
        return tr("Template");
    case Signature:
        return tr("Signature");
    case SerialNo:
        return tr("SerialNo");
    case Campaign:
        return tr("Campaign");
    case ColumnCount:
        break;
    }
    return {};
}

bool HistoryTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_store.canFetchMore();
}

void HistoryTableModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        m_store.fetchMore();
}

} // namespace sms::ui
