#include "SignatureHandler.h"

#include "ListQuery.h"

#include <QBuffer>
#include <QImageReader>
#include <QJsonArray>

namespace sms::sandbox {

namespace {
using R = ServiceResult;

// A JPG or PNG that really decodes; the service's reviewers cannot read
// anything else.
bool decodesAsImage(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    return !reader.read().isNull();
}

// Chinese characters, Latin letters and digits only. Not \p{Han}: PCRE2
// matches that by script extension, which lets CJK punctuation such as 【】，。
// through.
bool isSignNameText(const QString &name)
{
    const QList<uint> codePoints = name.toUcs4();
    for (const uint c : codePoints) {
        const bool latin = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (!latin && QChar::script(char32_t(c)) != QChar::Script_Han)
            return false;
    }
    return !codePoints.isEmpty();
}

bool decodeBase64(const QString &text, QByteArray *out)
{
    const auto result = QByteArray::fromBase64Encoding(text.toLatin1(),
                                                       QByteArray::AbortOnBase64DecodingErrors);
    if (!result || result.decoded.isEmpty())
        return false;
    *out = result.decoded;
    return true;
}
} // namespace

SignatureHandler::SignatureHandler(SandboxState &state, const SandboxSettings &settings,
                                   const ReviewDesk &desk)
    : m_state(state)
    , m_settings(settings)
    , m_desk(desk)
{
}

void SignatureHandler::advanceReviews(qint64 now)
{
    for (SignRecord &s : m_state.signs) {
        if (s.status != ReviewStatusCode::UnderReview || s.reviewAt > now)
            continue;
        s.rejectReason = m_desk.signatureRejection(s);
        s.status
            = s.rejectReason.isEmpty() ? ReviewStatusCode::Approved : ReviewStatusCode::Rejected;
    }
}

ServiceResult SignatureHandler::handle(const QString &action, const RequestContext &ctx,
                                       const QJsonObject &body)
{
    if (!m_state.enterpriseVerified)
        return R::error(QStringLiteral("FailedOperation.NotEnterpriseCertification"),
                        ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                   "Only enterprise-verified accounts can manage "
                                                   "signatures and templates.")));
    if (action == QLatin1String("AddSmsSign"))
        return add(ctx, body);
    if (action == QLatin1String("ModifySmsSign"))
        return modify(ctx, body);
    if (action == QLatin1String("DeleteSmsSign"))
        return remove(ctx, body);
    return describe(ctx, body);
}

ServiceResult SignatureHandler::validate(const RequestContext &ctx, const QJsonObject &body,
                                         SignRecord &s, qint64 ignoreId)
{
    s.name = body.value(QLatin1String("SignName")).toString().trimmed();
    s.signType = body.value(QLatin1String("SignType")).toInt();
    s.documentType = body.value(QLatin1String("DocumentType")).toInt();
    s.international = body.value(QLatin1String("International")).toInt();
    s.signPurpose = body.value(QLatin1String("SignPurpose")).toInt();
    s.remark = body.value(QLatin1String("Remark")).toString();
    s.qualificationId = body.value(QLatin1String("QualificationId")).toInteger();

    const qsizetype length = s.name.toUcs4().size();
    if (length > 12)
        return R::error(QStringLiteral("InvalidParameterValue.SignNameLengthTooLong"),
                        ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                   "A signature name has at most 12 characters.")));
    if (length < 2 || !isSignNameText(s.name))
        return R::error(QStringLiteral("InvalidParameterValue"),
                        ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                   "A signature name has 2 to 12 Chinese "
                                                   "characters, letters or digits.")));
    if (s.international != 0 && s.international != 1)
        return R::error(QStringLiteral("InvalidParameterValue.InvalidInternational"),
                        ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                   "International must be 0 (mainland China) or "
                                                   "1 (international).")));
    if (s.signPurpose != 0 && s.signPurpose != 1)
        return R::error(QStringLiteral("InvalidParameterValue.InvalidSignPurpose"),
                        ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                   "SignPurpose must be 0 (own use) or 1 (for "
                                                   "another party).")));
    // Which proof documents each kind of signature accepts.
    static const QHash<int, QList<int>> documents = {
        {0, {0, 1}}, {1, {0, 1, 2, 3, 4}}, {4, {7}}, {5, {2, 3}}};
    if (!documents.contains(s.signType) || (s.signType == 1 && s.international == 0))
        return R::error(QStringLiteral("InvalidParameterValue"),
                        ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                   "This SignType is not accepted (retired, or "
                                                   "not available for mainland signatures).")));
    if (!documents.value(s.signType).contains(s.documentType)
        || (s.documentType == 4 && s.international == 0))
        return R::error(QStringLiteral("InvalidParameterValue.InvalidDocumentType"),
                        ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                   "This DocumentType does not prove this kind of "
                                                   "signature.")));

    QByteArray image;
    if (!decodeBase64(body.value(QLatin1String("ProofImage")).toString(), &image))
        return R::error(QStringLiteral("InvalidParameterValue.ImageInvalid"),
                        ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                   "ProofImage must be the image file in base64, "
                                                   "without a data: prefix.")));
    s.proofDecodes = decodesAsImage(image);
    const QString commission = body.value(QLatin1String("CommissionImage")).toString();
    s.hasCommissionImage = false;
    if (!commission.isEmpty()) {
        QByteArray commissionBytes;
        if (!decodeBase64(commission, &commissionBytes))
            return R::error(QStringLiteral("InvalidParameterValue.ImageInvalid"),
                            ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                       "CommissionImage must be the image file in "
                                                       "base64.")));
        s.hasCommissionImage = decodesAsImage(commissionBytes);
    }

    if (s.international == 0) {
        if (s.qualificationId == 0)
            return R::error(QStringLiteral("MissingParameter"),
                            ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                       "A mainland signature needs a "
                                                       "QualificationId.")));
    }
    if (s.qualificationId != 0) {
        const auto q = m_state.qualifications.constFind(s.qualificationId);
        if (q == m_state.qualifications.constEnd())
            return R::error(QStringLiteral("InvalidParameterValue.QualificationIdNotFound"),
                            ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                       "No qualification has this QualificationId.")));
        if (q->status != 1)
            return R::error(QStringLiteral("FailedOperation.QualificationIdNotApproved"),
                            ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                       "The qualification is not approved yet.")));
    }

    for (const SignRecord &other : std::as_const(m_state.signs)) {
        if (other.id == ignoreId || other.name != s.name || other.international != s.international)
            continue;
        if (other.status == ReviewStatusCode::UnderReview)
            return R::error(QStringLiteral("InvalidParameterValue.SignExistAndUnapproved"),
                            ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                       "A signature with this name is already "
                                                       "under review.")));
        if (passedReview(other.status))
            return R::error(QStringLiteral("InvalidParameterValue"),
                            ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                       "A signature with this name is already "
                                                       "approved.")));
    }
    return {};
}

ServiceResult SignatureHandler::add(const RequestContext &ctx, const QJsonObject &body)
{
    if (m_state.signs.size() >= m_settings.maxSignatures)
        return R::error(QStringLiteral("FailedOperation.SignNumberLimit"),
                        ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                   "The account has reached its number of "
                                                   "signatures. Delete unused ones first.")));
    SignRecord s;
    const ServiceResult problem = validate(ctx, body, s, 0);
    if (problem.isError())
        return problem;
    s.id = m_state.nextSignId++;
    s.createTime = ctx.nowSecs;
    s.status = ReviewStatusCode::UnderReview;
    s.reviewAt = ctx.nowSecs + m_settings.reviewDelaySeconds;
    m_state.signs.insert(s.id, s);
    advanceReviews(ctx.nowSecs);
    return R::ok({{QStringLiteral("AddSignStatus"),
                   QJsonObject{{QStringLiteral("SignId"), s.id}}}});
}

ServiceResult SignatureHandler::modify(const RequestContext &ctx, const QJsonObject &body)
{
    const qint64 id = body.value(QLatin1String("SignId")).toInteger();
    auto it = m_state.signs.find(id);
    if (it == m_state.signs.end())
        return R::error(QStringLiteral("FailedOperation.MissingSignatureToModify"),
                        ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                   "No signature has this SignId.")));
    if (passedReview(it->status))
        return R::error(QStringLiteral("InvalidParameterValue.SignAlreadyPassedCheck"),
                        ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                   "An approved signature cannot be changed.")));
    if (body.value(QLatin1String("International")).toInt() != it->international)
        return R::error(QStringLiteral("InvalidParameterValue.InvalidInternational"),
                        ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                   "International cannot change when modifying.")));
    SignRecord s = *it;
    const ServiceResult problem = validate(ctx, body, s, id);
    if (problem.isError())
        return problem;
    s.status = ReviewStatusCode::UnderReview;
    s.rejectReason.clear();
    s.reviewAt = ctx.nowSecs + m_settings.reviewDelaySeconds;
    *it = s;
    advanceReviews(ctx.nowSecs);
    return R::ok({{QStringLiteral("ModifySignStatus"),
                   QJsonObject{{QStringLiteral("SignId"), s.id}}}});
}

ServiceResult SignatureHandler::remove(const RequestContext &ctx, const QJsonObject &body)
{
    const qint64 id = body.value(QLatin1String("SignId")).toInteger();
    if (!m_state.signs.remove(id))
        return R::error(QStringLiteral("FailedOperation.SignIdNotExist"),
                        ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                   "No signature has this SignId.")));
    return R::ok({{QStringLiteral("DeleteSignStatus"),
                   QJsonObject{{QStringLiteral("DeleteStatus"), QStringLiteral("return successfully!")},
                               {QStringLiteral("DeleteTime"), ctx.nowSecs}}}});
}

ServiceResult SignatureHandler::describe(const RequestContext &ctx, const QJsonObject &body)
{
    ListQuery query;
    const ServiceResult problem = ListQuery::parse(
        ctx, body, QLatin1String("SignIdSet"),
        QT_TRANSLATE_NOOP("sms::sandbox::Messages", "Ask for at most 100 signatures at a time."),
        &query);
    if (problem.isError())
        return problem;
    const auto selected = query.select(m_state.signs, [&query](const SignRecord &s) {
        return s.international == query.international;
    });
    if (!selected)
        return R::error(QStringLiteral("FailedOperation.SignIdNotExist"),
                        ctx.text(QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                   "No signature has this SignId.")));
    QJsonArray out;
    for (const SignRecord *s : *selected) {
        const auto q = m_state.qualifications.constFind(s->qualificationId);
        const bool hasQualification = q != m_state.qualifications.constEnd();
        out.append(QJsonObject {
            {QStringLiteral("SignId"), s->id},
            {QStringLiteral("International"), s->international},
            {QStringLiteral("StatusCode"), int(s->status)},
            {QStringLiteral("ReviewReply"),
             s->status == ReviewStatusCode::Rejected ? ReviewDesk::replyText(s->rejectReason, ctx)
                                                     : QString()},
            {QStringLiteral("SignName"), s->name},
            {QStringLiteral("CreateTime"), s->createTime},
            {QStringLiteral("QualificationId"), s->qualificationId},
            {QStringLiteral("QualificationName"), hasQualification ? q->name : QString()},
            {QStringLiteral("QualificationStatusCode"), hasQualification ? q->status : 0}});
    }
    return R::ok({{QStringLiteral("DescribeSignListStatusSet"), out}});
}

} // namespace sms::sandbox
