// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/SignatureHandler.h"

#include <QBuffer>
#include <QImageReader>

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
    : ReviewedRecordHandler(
        {
            .addAction = QLatin1String("AddSmsSign"),
            .modifyAction = QLatin1String("ModifySmsSign"),
            .deleteAction = QLatin1String("DeleteSmsSign"),
            .idField = QLatin1String("SignId"),
            .idSetField = QLatin1String("SignIdSet"),
            .addStatus = QLatin1String("AddSignStatus"),
            .modifyStatus = QLatin1String("ModifySignStatus"),
            .deleteStatus = QLatin1String("DeleteSignStatus"),
            .listStatusSet = QLatin1String("DescribeSignListStatusSet"),
            .addAnswersIdAsText = false,
            .quota = &SandboxSettings::maxSignatures,
            .quotaCode = QLatin1String("FailedOperation.SignNumberLimit"),
            .quotaText = QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                           "The account has reached its number of signatures. "
                                           "Delete unused ones first."),
            .notFoundCode = QLatin1String("FailedOperation.SignIdNotExist"),
            .missingToModifyCode = QLatin1String("FailedOperation.MissingSignatureToModify"),
            .passedReviewCode = QLatin1String("InvalidParameterValue.SignAlreadyPassedCheck"),
            .notFoundText
            = QT_TRANSLATE_NOOP("sms::sandbox::Messages", "No signature has this SignId."),
            .passedReviewText = QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                                  "An approved signature cannot be changed."),
            .tooManyText = QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                                             "Ask for at most 100 signatures at a time."),
        },
        state.signs, state.nextSignId, state, settings, desk)
{ }

ServiceResult SignatureHandler::validate(const RequestContext &ctx, const QJsonObject &body,
                                         SignRecord &s) const
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
    if (const ServiceResult problem = checkMarket(ctx, s.international); problem.isError())
        return problem;
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
        if (other.id == s.id || other.name != s.name || other.international != s.international)
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

void SignatureHandler::addListFields(const SignRecord &s, QJsonObject &item) const
{
    const auto q = m_state.qualifications.constFind(s.qualificationId);
    const bool hasQualification = q != m_state.qualifications.constEnd();
    item.insert(QStringLiteral("SignName"), s.name);
    item.insert(QStringLiteral("QualificationId"), s.qualificationId);
    item.insert(QStringLiteral("QualificationName"), hasQualification ? q->name : QString());
    item.insert(QStringLiteral("QualificationStatusCode"), hasQualification ? q->status : 0);
}

} // namespace sms::sandbox
