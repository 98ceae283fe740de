// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/RequestContext.h"
#include "sandbox/ReviewDesk.h"
#include "sandbox/SandboxSettings.h"
#include "sandbox/SandboxState.h"

#include <QLatin1String>
#include <QMap>

namespace sms::sandbox {

// The four actions that signatures and templates share (Add, Modify, Delete
// and Describe...List) on records that go through review:
//   - only an enterprise-verified account may use them;
//   - a new or modified record is under review for the full review delay,
//     then ReviewDesk approves or rejects it;
//   - a record that passed review can no longer be modified, and a
//     modification cannot move it to the other market;
//   - the list is asked for by ids (at most 100, all of the asked-for market)
//     or one page of that market at a time.
// A derived handler says how its kind is named on the wire (Wording) and
// supplies what differs: the room for another record, the validation of a
// request, and the fields of its own in the list.
template<typename Record> class ReviewedRecordHandler
{
public:
    ServiceResult handle(const QString &action, const RequestContext &ctx, const QJsonObject &body);
    // Settles reviews whose time has come.
    void advanceReviews(qint64 now);

protected:
    // Names, codes and (untranslated) messages of one kind of record. The
    // service is not regular about them, so each is spelled out.
    struct Wording
    {
        QLatin1String addAction; // any action but these three is the list
        QLatin1String modifyAction;
        QLatin1String deleteAction;
        QLatin1String idField; // request field and list field
        QLatin1String idSetField; // the list's ids
        QLatin1String addStatus; // answer members
        QLatin1String modifyStatus;
        QLatin1String deleteStatus;
        QLatin1String listStatusSet;
        bool addAnswersIdAsText; // the Add answer's id is a JSON string
        int SandboxSettings::*quota; // how many records an account may hold
        QLatin1String quotaCode;
        const char *quotaText;
        QLatin1String notFoundCode; // Delete, and the list by ids
        QLatin1String missingToModifyCode;
        QLatin1String passedReviewCode; // Modify of a record that passed review
        const char *notFoundText;
        const char *passedReviewText;
        const char *tooManyText; // the list asked for more than 100
    };

    ReviewedRecordHandler(const Wording &wording, QMap<qint64, Record> &records, qint64 &nextId,
                          SandboxState &state, const SandboxSettings &settings,
                          const ReviewDesk &desk);
    virtual ~ReviewedRecordHandler() = default;

    // Refuses an Add before the quota and the request's fields are checked.
    virtual ServiceResult checkPrerequisites(const RequestContext &ctx) const;
    // Reads the request's fields into record and checks them; record.id is 0
    // for an Add and the record's own id for a Modify.
    virtual ServiceResult validate(const RequestContext &ctx, const QJsonObject &body,
                                   Record &record) const = 0;
    // Whether the list of market international (0 or 1) shows record.
    virtual bool listedIn(const Record &record, int international) const;
    // The list fields beyond id, market, status, review reply and creation.
    virtual void addListFields(const Record &record, QJsonObject &item) const = 0;

    // International must be 0 (mainland China) or 1 (international).
    static ServiceResult checkMarket(const RequestContext &ctx, int international);

    SandboxState &m_state;
    const SandboxSettings &m_settings;

private:
    ServiceResult add(const RequestContext &ctx, const QJsonObject &body);
    ServiceResult modify(const RequestContext &ctx, const QJsonObject &body);
    ServiceResult remove(const RequestContext &ctx, const QJsonObject &body);
    ServiceResult describe(const RequestContext &ctx, const QJsonObject &body);
    // Puts record under review from now, for the full delay.
    void submitForReview(Record &record, const RequestContext &ctx) const;

    const Wording m_wording;
    QMap<qint64, Record> &m_records;
    qint64 &m_nextId;
    const ReviewDesk &m_desk;
};

extern template class ReviewedRecordHandler<SignRecord>;
extern template class ReviewedRecordHandler<TemplateRecord>;

} // namespace sms::sandbox
