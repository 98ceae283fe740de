// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/SignatureChecks.h"

#include <QBuffer>
#include <QImageReader>
#include <QJsonDocument>
#include <QLocale>

namespace sms::review {

namespace {
const QString kSignName = QStringLiteral("SignName");
const QString kProofImage = QStringLiteral("ProofImage");
const QString kCommissionImage = QStringLiteral("CommissionImage");

// The proof documents each SignType accepts; an app signature (1) only for
// international SMS, and an app screenshot (4) never for mainland China.
const QHash<qint64, QList<qint64>> &documentsByType()
{
    static const QHash<qint64, QList<qint64>> documents
        = {{0, {0, 1}}, {1, {0, 1, 2, 3, 4}}, {4, {7}}, {5, {2, 3}}};
    return documents;
}

bool isSignTypeAccepted(qint64 signType, qint64 international)
{
    return documentsByType().contains(signType) && !(signType == 1 && international == 0);
}

// Chinese characters, Latin letters and digits. By script, not by \p{Han}:
// PCRE2 matches that by script extension, which lets CJK punctuation such as
// 【】，。 through.
bool isNameCharacter(char32_t c)
{
    const bool latin
        = (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z') || (c >= U'0' && c <= U'9');
    return latin || QChar::script(c) == QChar::Script_Han;
}

// The base64 text of an image field, decoded as strictly as the service
// decodes it; nothing for text that is not base64.
std::optional<QByteArray> decodedImage(const QString &text)
{
    const auto result
        = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!result || result.decoded.isEmpty())
        return std::nullopt;
    return result.decoded;
}

bool decodesAsJpegOrPng(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QByteArray format = reader.format();
    if (format != "jpeg" && format != "png")
        return false;
    return !reader.read().isNull();
}

QString commissionText(const domain::SignApplication &application)
{
    return application.commissionImage.value_or(QString());
}
} // namespace

QString SignatureChecks::encodeImage(const QByteArray &file)
{
    return QString::fromLatin1(file.toBase64());
}

QList<qint64> SignatureChecks::signTypes(qint64 international)
{
    QList<qint64> types;
    for (const qint64 type : {0, 1, 4, 5}) {
        if (isSignTypeAccepted(type, international))
            types.append(type);
    }
    return types;
}

QList<qint64> SignatureChecks::documentTypes(qint64 signType, qint64 international)
{
    if (!isSignTypeAccepted(signType, international))
        return {};
    QList<qint64> documents = documentsByType().value(signType);
    if (international == 0)
        documents.removeAll(4);
    return documents;
}

CheckProblems SignatureChecks::check(const domain::SignApplication &application)
{
    return checkFields(application) + checkImages(application);
}

CheckProblems SignatureChecks::checkFields(const domain::SignApplication &a)
{
    CheckProblems problems;
    const auto add = [&problems](const QString &field, const char *code, const QString &message) {
        problems.append({field, QString::fromLatin1(code), message});
    };

    // The name, in the order the service looks at it: length first.
    const QString name = normalizedName(a.signName);
    const QList<uint> codePoints = name.toUcs4();
    if (codePoints.size() > 12) {
        add(kSignName, "InvalidParameterValue.SignNameLengthTooLong",
            tr("A signature name has at most 12 characters; this one has %1.")
                .arg(codePoints.size()));
    } else if (codePoints.isEmpty()) {
        add(kSignName, "InvalidParameterValue",
            tr("Enter the signature name: 2 to 12 Chinese characters, letters or digits."));
    } else if (codePoints.size() < 2) {
        add(kSignName, "InvalidParameterValue", tr("A signature name has at least 2 characters."));
    }
    for (const uint code : codePoints) {
        const char32_t c = code;
        if (!isNameCharacter(c)) {
            // A space is invisible between quotes: say it in words.
            const QString shown = QChar::isSpace(c)
                ? tr("a space")
                : QStringLiteral("\"%1\"").arg(QString::fromUcs4(&c, 1));
            add(kSignName, "InvalidParameterValue",
                tr("A signature name has only Chinese characters, letters and digits; %1 is "
                   "none of them (the 【】 are added when a message is sent).")
                    .arg(shown));
            break;
        }
    }

    if (a.international != 0 && a.international != 1)
        add(QStringLiteral("International"), "InvalidParameterValue.InvalidInternational",
            tr("International must be 0 (mainland China) or 1 (international)."));

    if (a.signPurpose != 0 && a.signPurpose != 1)
        add(QStringLiteral("SignPurpose"), "InvalidParameterValue.InvalidSignPurpose",
            tr("Choose the purpose: the account's own use, or use for another party."));

    if (!isSignTypeAccepted(a.signType, a.international)) {
        add(QStringLiteral("SignType"), "InvalidParameterValue",
            a.signType == 1 ? tr("App signatures are accepted for international SMS only; for "
                                 "mainland China choose company, trademark or institution.")
                            : tr("This signature type is not accepted. Choose company (0), app "
                                 "(1, international only), trademark (4) or government, public "
                                 "institution or other organization (5)."));
    } else if (!documentTypes(a.signType, a.international).contains(a.documentType)) {
        add(QStringLiteral("DocumentType"), "InvalidParameterValue.InvalidDocumentType",
            a.documentType == 4 && a.international == 0
                ? tr("A screenshot of an app's back office does not prove a mainland China "
                     "signature.")
                : tr("This proof document does not fit the signature type. It takes: %1.")
                      .arg(QLocale().createSeparatedList([&] {
                          QStringList codes;
                          for (const qint64 code : documentTypes(a.signType, a.international))
                              codes.append(QString::number(code));
                          return codes;
                      }())));
    }

    // The images' text: present, bare, base64, and small enough together.
    const QString commission = commissionText(a);
    const auto checkText = [&](const QString &field, const QString &text) {
        if (text.startsWith(QLatin1String("data:"), Qt::CaseInsensitive))
            add(field, "InvalidParameterValue.ImageInvalid",
                tr("Send the image as bare base64, without the \"data:...;base64,\" prefix."));
        else if (!decodedImage(text))
            add(field, "InvalidParameterValue.ImageInvalid",
                tr("The image is not valid base64 text."));
    };
    if (a.proofImage.isEmpty())
        add(kProofImage, "InvalidParameterValue.ImageInvalid",
            tr("Add the proof document: a JPG or PNG image of it."));
    else
        checkText(kProofImage, a.proofImage);

    if (a.signPurpose == 1 && commission.isEmpty())
        add(kCommissionImage, "InvalidParameterValue.InvalidSignPurpose",
            tr("A signature used for another party needs that party's authorization letter."));
    else if (a.signPurpose == 0 && !commission.isEmpty())
        add(kCommissionImage, "InvalidParameterValue.InvalidSignPurpose",
            tr("An authorization letter goes only with a signature for another party: remove it, "
               "or choose use for another party."));
    else if (!commission.isEmpty())
        checkText(kCommissionImage, commission);

    const qint64 imageChars = a.proofImage.size() + commission.size();
    if (imageChars > maxImageBase64Chars()) {
        const QLocale locale;
        add(commission.size() > a.proofImage.size() ? kCommissionImage : kProofImage,
            "InvalidParameterValue.ImageInvalid",
            tr("The images are %1 together; an application carries at most %2 of images. Use "
               "smaller scans.")
                .arg(locale.formattedDataSize(imageChars / 4 * 3),
                     locale.formattedDataSize(maxImageFileBytes())));
    } else {
        // The rest of the request (a long remark) could still overflow it;
        // measured without the images, which are plain base64 in the JSON.
        domain::SignApplication rest = a;
        rest.proofImage.clear();
        rest.commissionImage.reset();
        const qint64 bytes = imageChars
            + QJsonDocument(domain::json::toObject(rest)).toJson(QJsonDocument::Compact).size();
        // Room for the SignId of a modification.
        if (bytes > maxRequestBytes() - 64)
            add(QString(), "RequestSizeLimitExceeded",
                tr("The application is larger than the service accepts. Shorten the remark."));
    }

    if (a.international == 0 && a.qualificationId.value_or(0) == 0)
        add(QStringLiteral("QualificationId"), "MissingParameter",
            tr("A mainland China signature needs the qualification (company documents) it is "
               "applied under."));
    return problems;
}

CheckProblems SignatureChecks::checkImages(const domain::SignApplication &a)
{
    CheckProblems problems;
    const auto check = [&problems](const QString &field, const QString &text,
                                   const QString &message) {
        const std::optional<QByteArray> bytes = decodedImage(text);
        // What is not base64 at all is checkFields()'s to report.
        if (bytes && !decodesAsJpegOrPng(*bytes))
            problems.append({field, QStringLiteral("InvalidParameterValue.ImageInvalid"), message});
    };
    check(kProofImage, a.proofImage,
          tr("The proof document does not open as a JPG or PNG image. Scan it again as JPG or "
             "PNG."));
    if (a.signPurpose == 1)
        check(kCommissionImage, commissionText(a),
              tr("The authorization letter does not open as a JPG or PNG image. Scan it again as "
                 "JPG or PNG."));
    return problems;
}

CheckProblems SignatureChecks::checkAgainst(const domain::SignApplication &application,
                                            const QList<SignatureRecord> &known,
                                            const SignatureRecord *existing)
{
    CheckProblems problems;
    if (existing) {
        if (const auto blocker = modifyBlocker(*existing))
            problems.append(*blocker);
        if (application.international != existing->listed.international)
            problems.append(CheckProblem::marketChanged(existing->listed.international));
    }
    // Another application for a name the service already holds in this
    // market, under review or approved (the one modified aside).
    const QString name = normalizedName(application.signName);
    for (const SignatureRecord &other : known) {
        if (other.name() != name || other.listed.international != application.international
            || (existing && other.id() == existing->id()))
            continue;
        if (other.isUnderReview())
            problems.append({kSignName,
                             QStringLiteral("InvalidParameterValue.SignExistAndUnapproved"),
                             tr("A signature named \"%1\" is already under review (ID %2): wait "
                                "for its review, or modify that application.")
                                 .arg(name)
                                 .arg(other.id())});
        else if (other.hasPassedReview())
            problems.append({kSignName, QStringLiteral("InvalidParameterValue"),
                             tr("A signature named \"%1\" is already approved (ID %2).")
                                 .arg(name)
                                 .arg(other.id())});
    }
    return problems;
}

CheckProblems SignatureChecks::checkAdd(const domain::SignApplication &application,
                                        const QList<SignatureRecord> &known)
{
    return check(application) + checkAgainst(application, known);
}

CheckProblems SignatureChecks::checkModify(const domain::SignApplication &application,
                                           const SignatureRecord &existing,
                                           const QList<SignatureRecord> &known)
{
    // What cannot be changed at all comes first.
    return checkAgainst(application, known, &existing) + check(application);
}

std::optional<CheckProblem> SignatureChecks::modifyBlocker(const SignatureRecord &existing)
{
    if (!existing.hasPassedReview())
        return std::nullopt;
    return CheckProblem {QString(), QStringLiteral("InvalidParameterValue.SignAlreadyPassedCheck"),
                         tr("An approved signature cannot be changed. Apply for a new one "
                            "instead.")};
}

} // namespace sms::review
