// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/Action.h"
#include "api/SmsApi.h"
#include "review/ReviewJob.h"
#include "review/ReviewStore.h"
#include "session/Session.h"

#include <QSet>

#include <algorithm>
#include <optional>

namespace sms::review {

// The record-typed half of SignatureStore and TemplateStore, written once:
// the records, walking the list action's pages, refreshing by id, and add,
// modify and delete with the local checks before anything is sent.
//
// Derived (the concrete store) says what differs, as static members:
//   Item, Submission, ListRequest, AddRequest, ModifyRequest, DeleteRequest
//                         types (the list request's first four fields are
//                         International, the id set, Limit and Offset; the
//                         delete request's only field is the id)
//   Checks                SignatureChecks or TemplateChecks: check(app),
//                         checkModify(app, existing[, records]) and, where
//                         the records held matter, checkAdd(app, records)
//   kItems                the list answer's records (member pointer)
//   kModifiedId           the modify request's id (member pointer)
//   kNotExistCode         the code of an id the service does not hold
//   normalized(app)       the application as it is checked and sent, when
//                         that is not as given
//   addedId(addResult)    the new record's id
//   submission(app)       what to remember of it
//   describe(listed, id, app)
//                         the list entry's own fields (id, name, ...) as the
//                         service will list them after a change
template<typename Derived, typename Record, typename Application>
class RecordStore : public ReviewStore
{
public:
    // Domestic records first, then international, each by id, as listed.
    const QList<Record> &records() const { return m_records; }
    std::optional<Record> record(qint64 id) const
    {
        const qsizetype i = indexOf(id);
        return i < 0 ? std::nullopt : std::optional(m_records.at(i));
    }
    qsizetype indexOf(qint64 id) const
    {
        for (qsizetype i = 0; i < m_records.size(); ++i) {
            if (m_records.at(i).id() == id)
                return i;
        }
        return -1;
    }

    QList<qint64> underReview(domain::Market market) const override
    {
        QList<qint64> ids;
        for (const Record &r : m_records) {
            if (r.isUnderReview() && marketOf(r) == market)
                ids.append(r.id());
        }
        return ids;
    }

    // Applies for a new record. The local checks run first, against the
    // records held: when they find a problem nothing is sent, the job fails
    // with ApiError::Kind::LocalCheck (the first problem's code) and carries
    // every problem. On success the record is held at once, under review,
    // and refreshed from the service; job->id() is its id.
    ReviewJob *add(const Application &application)
    {
        const Application a = asSent(application);
        ReviewJob *job = newJob();
        CheckProblems problems;
        if constexpr (requires { Derived::Checks::checkAdd(a, m_records); })
            problems = Derived::Checks::checkAdd(a, m_records);
        else
            problems = Derived::Checks::check(a);
        if (refused<typename Derived::AddRequest>(job, problems))
            return job;
        typename Derived::AddRequest request;
        static_cast<Application &>(request) = a;
        change(job, request, [this, a](const auto &result) {
            const qint64 id = Derived::addedId(result);
            memory().remember(id, Derived::submission(a));
            m_records.append(provisional(id, a, nullptr));
            emit changed();
            refresh(id);
            return id;
        });
        return job;
    }

    // Changes a record under review or rejected; it goes back to review.
    // Every field is sent again. Checked against the record held (an
    // approved one is refused without a request); an id this store does not
    // hold is checked on its own and left to the service.
    ReviewJob *modify(qint64 id, const Application &application)
    {
        const Application a = asSent(application);
        ReviewJob *job = newJob();
        const qsizetype i = indexOf(id);
        CheckProblems problems;
        if (i < 0)
            problems = Derived::Checks::check(a);
        else if constexpr (requires {
                               Derived::Checks::checkModify(a, m_records.at(i), m_records);
                           })
            problems = Derived::Checks::checkModify(a, m_records.at(i), m_records);
        else
            problems = Derived::Checks::checkModify(a, m_records.at(i));
        if (refused<typename Derived::ModifyRequest>(job, problems))
            return job;
        typename Derived::ModifyRequest request;
        static_cast<Application &>(request) = a;
        request.*Derived::kModifiedId = id;
        change(job, request, [this, id, a](const auto &) {
            memory().remember(id, Derived::submission(a));
            const qsizetype at = indexOf(id);
            if (at >= 0) {
                m_records[at] = provisional(id, a, &m_records.at(at));
                emit recordChanged(id);
            }
            refresh({id},
                    a.international == 1 ? domain::Market::International
                                         : domain::Market::Domestic);
            return id;
        });
        return job;
    }

    // Deletes a record for good. One the service no longer holds is dropped
    // here too, and the job fails with the service's code.
    ReviewJob *remove(qint64 id)
    {
        ReviewJob *job = newJob();
        const int gen = generation();
        beginWork();
        const typename Derived::DeleteRequest request {id};
        session().api().send(request, this, [this, job, id, gen](auto *reply) {
            endWork(gen);
            const bool gone = reply->succeeded()
                || reply->error().code() == QLatin1String(Derived::kNotExistCode);
            if (gone && gen == generation()) {
                memory().forget(id);
                drop(id);
            }
            if (reply->succeeded())
                job->succeed(id);
            else
                report(job, reply->error());
        });
        return job;
    }

protected:
    RecordStore(session::Session &session, const QString &memoryKind, const Options &options,
                QObject *parent)
        : ReviewStore(session, memoryKind, options, parent)
    { }

    void startRead(const Read &read) override
    {
        const int gen = generation();
        if (read.all) {
            m_loading.clear();
            m_droppedDuringLoad.clear();
            fetchPage(gen, domain::Market::Domestic, 0, {});
        } else {
            fetchIds(gen, read.market, read.ids);
        }
    }

    void clearRecords() override
    {
        m_records.clear();
        m_loading.clear();
    }

    std::optional<domain::Market> marketOf(qint64 id) const override
    {
        const qsizetype i = indexOf(id);
        if (i < 0 || m_records.at(i).market() == domain::Market::Unknown)
            return std::nullopt;
        return marketOf(m_records.at(i));
    }

private:
    static constexpr qint64 kPageSize = 100;

    static domain::Market marketOf(const Record &r)
    {
        return r.market() == domain::Market::International ? domain::Market::International
                                                           : domain::Market::Domestic;
    }

    // The record as the service will list it after a change, held until
    // the refresh that follows brings the real entry.
    Record provisional(qint64 id, const Application &a, const Record *existing) const
    {
        Record r;
        if (existing)
            r = *existing;
        else
            r.listed.createTime = QDateTime::currentSecsSinceEpoch();
        Derived::describe(r.listed, id, a);
        r.listed.international = a.international;
        r.listed.market = domain::marketFromCode(a.international);
        r.listed.statusCode = qint64(domain::ReviewStatus::UnderReview);
        r.listed.status = domain::ReviewStatus::UnderReview;
        r.listed.reviewReply.clear();
        r.submitted = Derived::submission(a);
        return r;
    }

    // The application as it is checked and sent. (Not named like
    // Derived's: that would find this one again.)
    static Application asSent(const Application &application)
    {
        if constexpr (requires { Derived::normalized(application); })
            return Derived::normalized(application);
        else
            return application;
    }

    // (auto: Derived is not complete yet where this class is.)
    static auto listRequest(domain::Market market, const QList<qint64> &ids,
                            std::optional<qint64> limit, std::optional<qint64> offset)
    {
        return typename Derived::ListRequest {domain::marketCode(market), ids, limit, offset};
    }

    template<typename Item> Record toRecord(const Item &item) const
    {
        Record r;
        r.listed = item;
        r.submitted = memory().template get<typename Derived::Submission>(r.id());
        return r;
    }

    // One page of a load. A page that brings nothing new for its market ends
    // that market's walk, so a server that repeats itself cannot keep it
    // going.
    void fetchPage(int gen, domain::Market market, qint64 offset, QSet<qint64> seen)
    {
        const auto request = listRequest(market, {}, kPageSize, offset);
        session().api().send(request, this, [=, this](auto *reply) mutable {
            if (gen != generation())
                return;
            if (!reply->succeeded()) {
                readFinished(reply->error());
                return;
            }
            const auto items = reply->result().*Derived::kItems;
            bool anythingNew = false;
            for (const auto &item : items) {
                const Record r = toRecord(item);
                if (seen.contains(r.id()))
                    continue;
                seen.insert(r.id());
                anythingNew = true;
                // Templates for both markets are listed under each.
                if (std::none_of(m_loading.cbegin(), m_loading.cend(),
                                 [&](const Record &l) { return l.id() == r.id(); }))
                    m_loading.append(r);
            }
            if (items.size() >= kPageSize && anythingNew)
                fetchPage(gen, market, offset + items.size(), seen);
            else if (market == domain::Market::Domestic)
                fetchPage(gen, domain::Market::International, 0, {});
            else
                commitLoad();
        });
    }

    void commitLoad()
    {
        QList<Record> loaded;
        for (const Record &r : std::as_const(m_loading)) {
            if (!m_droppedDuringLoad.contains(r.id()))
                loaded.append(r);
        }
        m_loading.clear();
        const QList<Record> before = std::exchange(m_records, loaded);
        setLoaded();
        emit changed();
        for (const Record &r : std::as_const(m_records)) {
            const auto old = std::find_if(before.cbegin(), before.cend(),
                                          [&](const Record &b) { return b.id() == r.id(); });
            if (old != before.cend())
                noteStatus(r.id(), old->status(), r.status(), r.reviewReply());
        }
        readFinished({});
    }

    // Records of one market by id, 100 per request.
    void fetchIds(int gen, domain::Market market, QList<qint64> ids)
    {
        const QList<qint64> chunk = ids.mid(0, kPageSize);
        const auto request = listRequest(market, chunk, std::nullopt, std::nullopt);
        session().api().send(request, this, [=, this](auto *reply) {
            if (gen != generation())
                return;
            if (!reply->succeeded()) {
                const bool missing = reply->error().code() == QLatin1String(Derived::kNotExistCode);
                if (missing && ids.size() == 1) {
                    // The one record asked for is gone.
                    memory().forget(ids.first());
                    drop(ids.first());
                } else if (missing) {
                    // One of them is gone; the answer does not say which.
                    reloadInstead();
                    return;
                }
                readFinished(reply->error());
                return;
            }
            // Held here: a range over a member of a temporary would outlive it.
            const auto result = reply->result();
            for (const auto &item : result.*Derived::kItems)
                place(toRecord(item));
            if (ids.size() > chunk.size())
                fetchIds(gen, market, ids.mid(chunk.size()));
            else
                readFinished({});
        });
    }

    // A record as the service now lists it, in place of what was held.
    void place(const Record &r)
    {
        const qsizetype i = indexOf(r.id());
        if (i < 0) {
            m_records.append(r);
            emit changed();
            return;
        }
        const domain::ReviewStatus before = m_records.at(i).status();
        m_records[i] = r;
        emit recordChanged(r.id());
        noteStatus(r.id(), before, r.status(), r.reviewReply());
    }

    void drop(qint64 id)
    {
        if (isLoadRunning())
            m_droppedDuringLoad.insert(id);
        const qsizetype i = indexOf(id);
        if (i < 0)
            return;
        m_records.removeAt(i);
        emit changed();
    }

    // Refuses a change the local checks found problems with; true when it
    // did.
    template<typename Request> bool refused(ReviewJob *job, const CheckProblems &problems)
    {
        if (problems.isEmpty())
            return false;
        QStringList sentences;
        for (const CheckProblem &problem : problems)
            sentences.append(problem.message);
        api::ApiError error(api::ApiError::Kind::LocalCheck, problems.first().code,
                            sentences.join(QLatin1Char('\n')));
        error.setAction(QString::fromLatin1(api::Action<Request>::name));
        report(job, error, problems);
        return true;
    }

    // Sends an add or modify; on success, applied(result) updates the
    // records (unless the profile changed meanwhile) and returns the id.
    template<typename Request, typename Applied>
    void change(ReviewJob *job, const Request &request, Applied applied)
    {
        const int gen = generation();
        beginWork();
        session().api().send(request, this, [this, job, gen, applied](auto *reply) {
            endWork(gen);
            if (!reply->succeeded()) {
                report(job, reply->error());
                return;
            }
            const auto result = reply->result();
            if (gen == generation())
                job->succeed(applied(result));
            else
                job->succeed();
        });
    }

    QList<Record> m_records;
    QList<Record> m_loading; // the pages of the load under way
    QSet<qint64> m_droppedDuringLoad; // deleted while it ran: not to come back
};

} // namespace sms::review
