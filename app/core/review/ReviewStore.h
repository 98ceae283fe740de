// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "domain/Market.h"
#include "domain/ReviewStatus.h"
#include "review/CheckProblem.h"
#include "review/ReviewKind.h"
#include "review/SubmissionMemory.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

namespace sms::session {
class Session;
}

namespace sms::review {

class ReviewJob;

// What SignatureStore and TemplateStore have in common, without their
// record types: the signals a page listens to, the session's profile and
// readiness, being busy, when the records were loaded, and the queue of
// reads.
//
// Reads (loading everything, refreshing some records) run one at a time, in
// the order asked for: two loads are never on the wire at once, and a
// refresh waits for the load before it. A load asked for while one is
// waiting joins it. A failed read keeps the records of the last good one
// (loadedAt() says from when) and reports the error.
//
// Profile change: every record, the pending reads and the remembered
// submissions of the old profile are dropped at once, and answers that
// arrive for the old profile are ignored; the store then loads again when
// the session is ready (Loading::WhenReady).
class ReviewStore : public QObject
{
    Q_OBJECT

public:
    enum class Loading {
        WhenReady, // load on its own when the session is (or becomes) ready: pages
        OnRequest, // only when load() is called: smsctl, which asks for one thing
    };
    struct Options
    {
        Loading loading = Loading::WhenReady;
        // Where SubmissionMemory keeps its files; empty for its default.
        QString memoryDirectory;
    };

    ~ReviewStore() override;

    virtual ReviewKind kind() const = 0;
    session::Session &session() const { return m_session; }

    // Any request of this store under way (reads and changes).
    bool isBusy() const { return m_work > 0; }
    // A load of everything is running or waiting.
    bool isLoading() const;
    // When the records were last loaded in full, successfully; invalid
    // before the first load of this profile. A failed refresh leaves it as
    // it was, so a page can say "as of HH:MM".
    QDateTime loadedAt() const { return m_loadedAt; }
    bool isLoaded() const { return m_loadedAt.isValid(); }
    // The failure of the latest read, cleared by the next successful one.
    // A page's "as of HH:MM" note follows loadedAt() and lastError(); both
    // can only have changed when a read ends, which busyChanged(false) or
    // failed() tells.
    api::ApiError lastError() const { return m_lastError; }

    // Loads every record, domestic and international, page by page.
    ReviewJob *load();
    // Refreshes one record. A record this store does not hold yet (or no
    // longer) is looked for by loading everything.
    ReviewJob *refresh(qint64 id);
    // Refreshes records of one market (Domestic or International) by id, at
    // most 100 per request: what ReviewWatch polls.
    ReviewJob *refresh(const QList<qint64> &ids, domain::Market market);

    // The ids of the records under review in one market (a template for
    // both markets counts as Domestic).
    virtual QList<qint64> underReview(domain::Market market) const = 0;

Q_SIGNALS:
    // The set of records changed (loaded, cleared, one added or removed):
    // show them again.
    void changed();
    // One record changed in place (refreshed, modified).
    void recordChanged(qint64 id);
    void busyChanged(bool busy);
    // Every failure: reads, changes, and changes refused by the local checks
    // (kind ApiError::Kind::LocalCheck; the job carries the problems).
    void failed(const sms::api::ApiError &error);
    // A record that was under review is no longer: approved (in effect or
    // waiting to take effect) or rejected, with the reviewer's reply.
    // Noticed by any read that sees it, after a record was seen under
    // review.
    void reviewFinished(qint64 id, bool approved, const QString &reply);

protected:
    // One read in the queue: everything, or some ids of one market.
    struct Read
    {
        bool all = true;
        domain::Market market = domain::Market::Domestic;
        QList<qint64> ids;
        QList<QPointer<ReviewJob>> jobs;
    };

    ReviewStore(session::Session &session, const QString &memoryKind, const Options &options,
                QObject *parent);

    // Starts the read; the derived store calls readFinished() when it ends
    // (for this generation).
    virtual void startRead(const Read &read) = 0;
    virtual void clearRecords() = 0;
    // The market of a record held, if it is held.
    virtual std::optional<domain::Market> marketOf(qint64 id) const = 0;

    void readFinished(const api::ApiError &error);
    // A load of everything is the read now running.
    bool isLoadRunning() const { return m_current && m_current->all; }
    // A read of these ids failed because one of them no longer exists: the
    // set is fixed by loading everything.
    void reloadInstead();

    // Requests of this store: busy while any is under way. Work begun under
    // an older generation (profile) ends without counting.
    int generation() const { return m_generation; }
    void beginWork();
    void endWork(int generation);

    // Ends job with error, emits failed() and tells the session (not for
    // local refusals, which are the form's to show).
    void report(ReviewJob *job, const api::ApiError &error, const CheckProblems &problems = {});
    ReviewJob *newJob();

    void setLoaded() { m_loadedAt = QDateTime::currentDateTime(); }
    // Emits reviewFinished() when a record seen under review is seen decided.
    void noteStatus(qint64 id, domain::ReviewStatus before, domain::ReviewStatus after,
                    const QString &reply);

    SubmissionMemory &memory() { return m_memory; }
    const SubmissionMemory &memory() const { return m_memory; }

private:
    void enqueue(Read read);
    void pump();
    void onProfileChanged();
    void loadIfReady();

    session::Session &m_session;
    Options m_options;
    SubmissionMemory m_memory;
    QList<Read> m_queue;
    std::optional<Read> m_current;
    int m_work = 0;
    int m_generation = 0;
    QDateTime m_loadedAt;
    api::ApiError m_lastError;
};

} // namespace sms::review
