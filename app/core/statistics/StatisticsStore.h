// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "statistics/StatisticsJob.h"
#include "statistics/StatisticsRange.h"
#include "statistics/StatisticsReport.h"
#include "statistics/StatisticsSource.h"
#include "store/StoreLocation.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

namespace sms::session {
class Session;
}

namespace sms::store {
class ChangeFeed;
}

namespace sms::statistics {

// The Statistics page's store: the statistics of one application over a
// range of days, from the service (Cloud) or from the send history on this
// computer (Local, which works offline and breaks refusals down by code).
//
// Choose with setSource(), setRange() and setAppId(), then load(); the
// report is replaced when the load ends (changed()), or failed() says why.
// A newer load() makes the one under way stale: its answer is dropped.
// Cloud loads wait for the session to be ready; local ones need only a
// profile (or Options::store). Everything loaded is forgotten when
// the profile changes, and loaded again once the session is ready.
class StatisticsStore : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        // The history's store; none (an SQLite location without a path):
        // the session's (Session::storeFor), in databaseDirectory when that
        // is set and the profile has no shared store.
        store::StoreLocation store;
        QString databaseDirectory;
        // A local report loads again when another client writes to the
        // store (store::ChangeFeed, at most once a second), looking at an
        // SQLite file this often; 0: it does not follow the store.
        int followChangesMs = 0;
        // An accepted number with no receipt after this long counts as
        // unknown rather than "no receipt yet" (the service keeps send
        // records, and hands out receipts, for 72 hours).
        qint64 unknownAfterSecs = 72 * 3600;
        // Load on its own when the session becomes ready.
        bool loadWhenReady = true;
    };

    // A range longer than StatisticsRange::maxDays (the service's code for
    // an end time it does not accept).
    static constexpr auto rangeRefusedCode = "InvalidParameterValue.EndTimeVerifyFail";

    explicit StatisticsStore(session::Session &session, QObject *parent = nullptr);
    StatisticsStore(session::Session &session, const Options &options, QObject *parent = nullptr);
    ~StatisticsStore() override;

    StatisticsSource source() const { return m_source; }
    void setSource(StatisticsSource source) { m_source = source; }
    // The last seven days (Beijing time) until set.
    StatisticsRange range() const { return m_range; }
    void setRange(const StatisticsRange &range) { m_range = range; }
    // The chosen application, or the session's when none was chosen.
    QString appId() const;
    void setAppId(const QString &appId) { m_appId = appId; }
    // The applications the local history has sent with (known after a
    // local load).
    QStringList localAppIds() const { return m_localAppIds; }
    // Where the local history is read; none without a profile.
    store::StoreLocation storeLocation() const;
    QString databasePath() const { return storeLocation().path; }

    // Loads the statistics with the current choices.
    void load();
    bool isBusy() const { return !m_job.isNull(); }
    bool hasReport() const { return m_hasReport; }
    // The latest report that loaded; it may be of other choices than the
    // current ones until the next load ends.
    const StatisticsReport &report() const { return m_report; }
    api::ApiError lastError() const { return m_lastError; }
    // Now, by the service's clock as the client knows it.
    QDateTime serviceNow() const;

Q_SIGNALS:
    void changed();
    void busyChanged(bool busy);
    void failed(const sms::api::ApiError &error);

private:
    StatisticsJob *makeJob();
    void finished(StatisticsJob *job);
    void forget();
    void follow(const store::StoreLocation &location);

    session::Session &m_session;
    Options m_options;
    StatisticsSource m_source = StatisticsSource::Cloud;
    StatisticsRange m_range;
    QString m_appId;
    QStringList m_localAppIds;
    QPointer<StatisticsJob> m_job;
    StatisticsReport m_report;
    bool m_hasReport = false;
    api::ApiError m_lastError;
    std::unique_ptr<store::ChangeFeed> m_feed;
};

} // namespace sms::statistics
