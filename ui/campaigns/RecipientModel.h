// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/Preflight.h"
#include "campaign/Recipient.h"
#include "store/JournalRecipient.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QStringList>

namespace sms::campaign {
class CampaignStore;
}

namespace sms::ui {

// A campaign's recipients as the journal holds them, one row each in source
// order, fetched a page at a time as the view scrolls (canFetchMore /
// fetchMore): a million rows never sit in memory, only what was scrolled
// past. Filters (problems only, some numbers) are applied by the journal's
// query, not by a proxy, for the same reason. The pages are read on the
// store's query thread: the rows shown stay as they are until a page comes
// (loaded()), and one page at a time is asked for.
//
// Made editable (setEditable), it adds a column per template parameter
// {1}..{n} after the fixed ones; the number and the parameters of rows not
// sent (queued or refused) can be changed. Each value is re-checked by
// pre-flight's rules (problemWith(), as the operator types) and saved to
// the journal through the store; a cell with a problem says so (ProblemRole,
// tooltip, Error tone) with the code the service would answer.
class RecipientModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SourceRow, Number, Parameters, Status, Code, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        RecipientRole = Qt::UserRole + 1,
        // The code of the problem this cell causes, empty when none.
        ProblemRole,
    };

    explicit RecipientModel(campaign::CampaignStore &store, QObject *parent = nullptr);

    // Shows a campaign (0: none), from its first row again.
    void setCampaign(qint64 campaignId);
    qint64 campaignId() const { return m_campaignId; }
    void setProblemsOnly(bool problemsOnly);
    bool problemsOnly() const { return m_problemsOnly; }
    // Only these numbers (a refusal group's); empty: every number.
    void setNumbers(const QStringList &numbers);
    QStringList numbers() const { return m_numbers; }
    // Reads the journal again from the first row (after a run moved rows on).
    void reload();
    // A page asked for has not come yet.
    bool isLoading() const { return m_pending != 0; }

    // Rows per fetch.
    void setPageSize(int rows) { m_pageSize = std::max(rows, 1); }

    store::JournalRecipient recipient(int row) const { return m_rows.value(row); }

    // Editing with these pre-flight options (the campaign's template,
    // signature, region...) and the template's parameter count.
    void setEditable(const campaign::Preflight::Options &options, int parameterCount);
    void setReadOnly();
    bool isEditable() const { return m_editable; }
    int parameterCount() const { return m_parameterCount; }
    // The column of parameter {n} (1-based) while editable.
    static int parameterColumn(int n) { return ColumnCount + n - 1; }
    // What pre-flight says of the row if this cell held value: "code:
    // sentence" for the first problem, empty when the row would pass.
    QString problemWith(const QModelIndex &index, const QString &value) const;

    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    static QString stateText(store::RecipientState state);

Q_SIGNALS:
    // A page came (or there was none to ask for): rows were replaced or added.
    void loaded();

private:
    // Asks for the rows after afterId.
    void requestPage(qint64 afterId);
    void onPage(quint64 ticket, const QList<store::JournalRecipient> &page);
    bool isEditableRow(const store::JournalRecipient &r) const;
    // The row re-checked as it would be with value in column (-1: as held).
    campaign::Recipient check(const store::JournalRecipient &r, int column,
                              const QString &value) const;
    // The row's check, kept until the row changes.
    const campaign::Recipient &checked(const store::JournalRecipient &r) const;
    // The columns a problem lies in: the number's, one parameter's, or
    // every parameter's (a count or a length of the whole message).
    QList<int> problemColumns(const store::JournalRecipient &r,
                              const campaign::Recipient &checked) const;

    QPointer<campaign::CampaignStore> m_store;
    qint64 m_campaignId = 0;
    qint64 m_rowsCampaign = 0; // whose rows m_rows holds
    quint64 m_pending = 0; // the ticket of the page on the way, 0 for none
    bool m_replacing = false; // the page on the way replaces the rows
    bool m_problemsOnly = false;
    QStringList m_numbers;
    QList<store::JournalRecipient> m_rows;
    bool m_atEnd = true;
    int m_pageSize = 500;
    bool m_editable = false;
    int m_parameterCount = 0;
    campaign::Preflight::Options m_checkOptions;
    mutable QHash<qint64, campaign::Recipient> m_checks; // by recipient id
};

} // namespace sms::ui
