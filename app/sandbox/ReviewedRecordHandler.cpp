// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/ReviewedRecordHandler.h"

#include "sandbox/ListQuery.h"

#include <QJsonArray>

namespace sms::sandbox {

namespace {
using R = ServiceResult;
}

template<typename Record>
ReviewedRecordHandler<Record>::ReviewedRecordHandler(const Wording &wording,
                                                     QMap<qint64, Record> &records, qint64 &nextId,
                                                     SandboxState &state,
                                                     const SandboxSettings &settings,
                                                     const ReviewDesk &desk)
    : m_state(state)
    , m_settings(settings)
    , m_wording(wording)
    , m_records(records)
    , m_nextId(nextId)
    , m_desk(desk)
{ }

template<typename Record>
ServiceResult ReviewedRecordHandler<Record>::handle(const QString &action,
                                                    const RequestContext &ctx,
                                                    const QJsonObject &body)
{
    if (!m_state.enterpriseVerified)
        return R::error(QStringLiteral("FailedOperation.NotEnterpriseCertification"),
                        ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                   "Only enterprise-verified accounts can manage "
                                                   "signatures and templates.")));
    if (action == m_wording.addAction)
        return add(ctx, body);
    if (action == m_wording.modifyAction)
        return modify(ctx, body);
    if (action == m_wording.deleteAction)
        return remove(ctx, body);
    return describe(ctx, body);
}

template<typename Record> void ReviewedRecordHandler<Record>::advanceReviews(qint64 now)
{
    // Runs before every request: looks without detaching the map from the
    // store's copy of it, and touches only the records whose review is due.
    QList<qint64> due;
    for (const Record &record : std::as_const(m_records)) {
        if (record.status == ReviewStatusCode::UnderReview && record.reviewAt <= now)
            due.append(record.id);
    }
    for (qint64 id : std::as_const(due)) {
        Record &record = m_records[id];
        record.rejectReason = m_desk.rejection(record);
        record.status = record.rejectReason.isEmpty() ? ReviewStatusCode::Approved
                                                      : ReviewStatusCode::Rejected;
    }
}

template<typename Record>
ServiceResult ReviewedRecordHandler<Record>::checkPrerequisites(const RequestContext &) const
{
    return {};
}

template<typename Record>
ServiceResult ReviewedRecordHandler<Record>::checkMarket(const RequestContext &ctx,
                                                         int international)
{
    if (international != 0 && international != 1)
        return R::error(QStringLiteral("InvalidParameterValue.InvalidInternational"),
                        ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                   "International must be 0 (mainland China) or "
                                                   "1 (international).")));
    return {};
}

template<typename Record>
bool ReviewedRecordHandler<Record>::listedIn(const Record &record, int international) const
{
    return record.international == international;
}

template<typename Record>
void ReviewedRecordHandler<Record>::submitForReview(Record &record, const RequestContext &ctx) const
{
    record.status = ReviewStatusCode::UnderReview;
    record.rejectReason.clear();
    record.reviewAt = ctx.nowSecs + m_settings.reviewDelaySeconds;
}

template<typename Record>
ServiceResult ReviewedRecordHandler<Record>::add(const RequestContext &ctx, const QJsonObject &body)
{
    ServiceResult problem = checkPrerequisites(ctx);
    if (problem.isError())
        return problem;
    if (m_records.size() >= m_settings.*m_wording.quota)
        return R::error(m_wording.quotaCode, ctx.text(m_wording.quotaText));
    Record record;
    problem = validate(ctx, body, record);
    if (problem.isError())
        return problem;
    record.id = m_nextId++;
    record.createTime = ctx.nowSecs;
    submitForReview(record, ctx);
    m_records.insert(record.id, record);
    advanceReviews(ctx.nowSecs);
    const QJsonValue id = m_wording.addAnswersIdAsText ? QJsonValue(QString::number(record.id))
                                                       : QJsonValue(record.id);
    return R::ok({{m_wording.addStatus, QJsonObject {{m_wording.idField, id}}}});
}

template<typename Record>
ServiceResult ReviewedRecordHandler<Record>::modify(const RequestContext &ctx,
                                                    const QJsonObject &body)
{
    const auto it = m_records.find(body.value(m_wording.idField).toInteger());
    if (it == m_records.end())
        return R::error(m_wording.missingToModifyCode, ctx.text(m_wording.notFoundText));
    if (passedReview(it->status))
        return R::error(m_wording.passedReviewCode, ctx.text(m_wording.passedReviewText));
    if (body.value(QLatin1String("International")).toInt() != it->international)
        return R::error(QStringLiteral("InvalidParameterValue.InvalidInternational"),
                        ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                   "International cannot change when modifying.")));
    Record record = *it;
    const ServiceResult problem = validate(ctx, body, record);
    if (problem.isError())
        return problem;
    submitForReview(record, ctx);
    *it = record;
    advanceReviews(ctx.nowSecs);
    return R::ok({{m_wording.modifyStatus, QJsonObject {{m_wording.idField, record.id}}}});
}

template<typename Record>
ServiceResult ReviewedRecordHandler<Record>::remove(const RequestContext &ctx,
                                                    const QJsonObject &body)
{
    if (!m_records.remove(body.value(m_wording.idField).toInteger()))
        return R::error(m_wording.notFoundCode, ctx.text(m_wording.notFoundText));
    return R::ok(
        {{m_wording.deleteStatus,
          QJsonObject {{QStringLiteral("DeleteStatus"), QStringLiteral("return successfully!")},
                       {QStringLiteral("DeleteTime"), ctx.nowSecs}}}});
}

template<typename Record>
ServiceResult ReviewedRecordHandler<Record>::describe(const RequestContext &ctx,
                                                      const QJsonObject &body)
{
    ServiceResult problem = checkMarket(ctx, body.value(QLatin1String("International")).toInt());
    if (problem.isError())
        return problem;
    ListQuery query;
    problem = ListQuery::parse(ctx, body, m_wording.idSetField, m_wording.tooManyText, &query);
    if (problem.isError())
        return problem;
    const auto selected = query.select(m_records, [this, &query](const Record &record) {
        return listedIn(record, query.international);
    });
    if (!selected)
        return R::error(m_wording.notFoundCode, ctx.text(m_wording.notFoundText));
    QJsonArray out;
    for (const Record *record : *selected) {
        QJsonObject item {{m_wording.idField, record->id},
                          {QStringLiteral("International"), record->international},
                          {QStringLiteral("StatusCode"), int(record->status)},
                          {QStringLiteral("ReviewReply"),
                           record->status == ReviewStatusCode::Rejected
                               ? ReviewDesk::replyText(record->rejectReason, ctx)
                               : QString()},
                          {QStringLiteral("CreateTime"), record->createTime}};
        addListFields(*record, item);
        out.append(item);
    }
    return R::ok({{m_wording.listStatusSet, out}});
}

template class ReviewedRecordHandler<SignRecord>;
template class ReviewedRecordHandler<TemplateRecord>;

} // namespace sms::sandbox
