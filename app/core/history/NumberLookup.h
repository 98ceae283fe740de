// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "domain/DescribeSendRecordList.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace sms::api {
class SmsApi;
}

namespace sms::store {
class Database;
class HistoryJournal;
} // namespace sms::store

namespace sms::history {

// Fills the history of one number from what the service still keeps: its
// receipts of the last seven days (PullSmsSendStatusByPhoneNumber) and its
// send records of the last 72 hours (DescribeSendRecordList, at most 1000).
// A send this store does not have (made by another tool) becomes a
// recipient of a Found campaign, its receipt attached; a send it has gets
// only a receipt it lacks. Receipts are unique by SerialNo and number and
// sends are matched by SerialNo, so a lookup run twice adds nothing the
// second time.
//
// One lookup at a time; finished() follows start(). The database and the
// API must outlive it.
class NumberLookup : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        int records = 0; // send records the service returned
        int sendsAdded = 0;
        int receiptsAdded = 0;
    };

    NumberLookup(api::SmsApi &api, store::Database &database, QObject *parent = nullptr);
    ~NumberLookup() override;

    // phone as typed (normalised to E.164, mainland numbers without +86
    // accepted). False, with error() set and no finished(), when the number
    // cannot be read or a lookup is under way.
    bool start(const QString &phone, const QString &appId);
    bool isRunning() const { return m_running; }
    QString phone() const { return m_phone; }
    Outcome outcome() const { return m_outcome; }
    api::ApiError error() const { return m_error; }

Q_SIGNALS:
    void finished();

private:
    void pullReceipts();
    void describeRecords(qint64 offset);
    void finish(const api::ApiError &error = {});
    qint64 nowSecs() const;

    api::SmsApi &m_api;
    std::unique_ptr<store::HistoryJournal> m_history;
    QString m_phone;
    QString m_appId;
    bool m_running = false;
    qint64 m_now = 0;
    QList<domain::SendRecord> m_records;
    Outcome m_outcome;
    api::ApiError m_error;
};

} // namespace sms::history
