// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ReviewStatus.h"

#include <QAbstractTableModel>
#include <QDateTime>

#include <optional>

namespace sms::review {
class ReviewStore;
}

namespace sms::ui {

// What SignatureModel and TemplateModel have in common, written once: a
// table over a store's records that follows its changed() (a reset) and
// recordChanged() (one row), the roles ReviewFilterProxy and ReviewPage
// read, and the columns both pages have (status as a chip, the reviewer's
// reply, the created time).
//
// A derived model keeps a copy of the store's records (snapshot()), so that
// the rows the view sees change only between the model's own signals, says
// what it knows of a row (facts()) and answers its own columns (cell()).
class ReviewTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        // The record itself (SignatureRecord, TemplateRecord) as a QVariant.
        RecordRole = Qt::UserRole + 1,
        // The record's id (qint64), on every column.
        IdRole,
        // int(domain::ReviewStatus), on every column.
        StatusRole,
        // The page's type code (SignType, SmsType) as qint64; invalid when
        // unknown (applied for elsewhere). On every column.
        TypeRole,
        // What the column sorts by: numbers for ids and times, the text
        // otherwise.
        SortRole,
    };

    // The columns every review table has, by the derived model's numbers.
    struct SharedColumns
    {
        int status = -1;
        int reply = -1;
        int created = -1;
    };

    // What the shared columns and roles need of a row.
    struct RowFacts
    {
        qint64 id = 0;
        domain::ReviewStatus status = domain::ReviewStatus::Unknown;
        qint64 statusCode = 0;
        std::optional<qint64> type;
        QString reply;
        QDateTime created;
    };

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    review::ReviewStore &store() const { return m_store; }
    const SharedColumns &sharedColumns() const { return m_columns; }
    // The row of a record, -1 when it is not held.
    int rowOf(qint64 id) const;
    qint64 idAt(int row) const;
    RowFacts rowFacts(int row) const { return facts(row); }

    // The status as the table says it: the translated word, and the raw
    // code for one newer than this client.
    static QString statusText(domain::ReviewStatus status, qint64 statusCode);

protected:
    // A fact the service's lists do not return (a signature's type and
    // purpose, a template's type): known only for records applied for from
    // this console. Unknown, it shows as a dash with a tooltip saying why,
    // so a column of "Unknown" does not read as a fault.
    static QVariant listedFact(const std::optional<qint64> &value, const QString &text, int role);

    ReviewTableModel(review::ReviewStore &store, const SharedColumns &columns,
                     QObject *parent = nullptr);

    // Copies the store's records (called inside a reset).
    virtual void snapshot() = 0;
    // Copies one record again; its row, or -1 when it is not held.
    virtual int updateRecord(qint64 id) = 0;
    virtual int recordCount() const = 0;
    virtual RowFacts facts(int row) const = 0;
    virtual QVariant recordData(int row) const = 0;
    // The derived model's own columns (and any role of the shared ones it
    // wants to answer itself); an invalid QVariant for nothing.
    virtual QVariant cell(int row, int column, int role) const = 0;

    // Reloads everything from the store: a reset. Call once at the end of
    // the derived constructor.
    void reload();

private:
    void onRecordChanged(qint64 id);

    review::ReviewStore &m_store;
    SharedColumns m_columns;
};

} // namespace sms::ui
