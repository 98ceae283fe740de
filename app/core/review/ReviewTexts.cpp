// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/ReviewTexts.h"

namespace sms::review {

namespace {
struct CodeText
{
    qint64 code;
    const char *text;
};

// The text of a code from a table; unknown codes are shown with their number.
template<std::size_t N> QString textOf(const CodeText (&table)[N], std::optional<qint64> code)
{
    if (!code)
        return ReviewTexts::unknownText();
    for (const CodeText &entry : table) {
        if (entry.code == *code)
            return QCoreApplication::translate("sms::review::ReviewTexts", entry.text);
    }
    return QCoreApplication::translate("sms::review::ReviewTexts", "Code %1").arg(*code);
}

constexpr CodeText kSignTypes[] = {
    {0, QT_TRANSLATE_NOOP("sms::review::ReviewTexts", "Company")},
    {1, QT_TRANSLATE_NOOP("sms::review::ReviewTexts", "App")},
    {4, QT_TRANSLATE_NOOP("sms::review::ReviewTexts", "Trademark")},
    {5,
     QT_TRANSLATE_NOOP("sms::review::ReviewTexts",
                       "Government, public institution or other organization")},
};
constexpr CodeText kDocumentTypes[] = {
    {0,
     QT_TRANSLATE_NOOP("sms::review::ReviewTexts",
                       "Business licence with unified social credit code")},
    {1, QT_TRANSLATE_NOOP("sms::review::ReviewTexts", "Business licence")},
    {2, QT_TRANSLATE_NOOP("sms::review::ReviewTexts", "Organization code certificate")},
    {3, QT_TRANSLATE_NOOP("sms::review::ReviewTexts", "Social credit code certificate")},
    {4, QT_TRANSLATE_NOOP("sms::review::ReviewTexts", "Screenshot of the app's back office")},
    {7, QT_TRANSLATE_NOOP("sms::review::ReviewTexts", "Trademark registration certificate")},
};
constexpr CodeText kSignPurposes[] = {
    {0, QT_TRANSLATE_NOOP("sms::review::ReviewTexts", "Own use")},
    {1, QT_TRANSLATE_NOOP("sms::review::ReviewTexts", "For another party")},
};
constexpr CodeText kSmsTypes[] = {
    {0, QT_TRANSLATE_NOOP("sms::review::ReviewTexts", "Ordinary (former type)")},
    {1, QT_TRANSLATE_NOOP("sms::review::ReviewTexts", "Marketing")},
    {2, QT_TRANSLATE_NOOP("sms::review::ReviewTexts", "Notification")},
    {3, QT_TRANSLATE_NOOP("sms::review::ReviewTexts", "Verification code")},
};
} // namespace

QString ReviewTexts::statusId(domain::ReviewStatus status)
{
    using domain::ReviewStatus;
    switch (status) {
    case ReviewStatus::Approved:
        return QStringLiteral("approved");
    case ReviewStatus::UnderReview:
        return QStringLiteral("reviewing");
    case ReviewStatus::ApprovedPending:
        return QStringLiteral("approved-pending");
    case ReviewStatus::Rejected:
        return QStringLiteral("rejected");
    case ReviewStatus::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString ReviewTexts::statusText(domain::ReviewStatus status)
{
    using domain::ReviewStatus;
    switch (status) {
    case ReviewStatus::Approved:
        return tr("Usable");
    case ReviewStatus::UnderReview:
        return tr("Under review");
    case ReviewStatus::ApprovedPending:
        return tr("Approved, waiting to take effect");
    case ReviewStatus::Rejected:
        return tr("Rejected");
    case ReviewStatus::Unknown:
        break;
    }
    return tr("Unknown status");
}

QString ReviewTexts::marketText(domain::Market market)
{
    using domain::Market;
    switch (market) {
    case Market::Domestic:
        return tr("Mainland China");
    case Market::International:
        return tr("International");
    case Market::Both:
        return tr("Mainland China and international");
    case Market::Unknown:
        break;
    }
    return unknownText();
}

QString ReviewTexts::signTypeText(std::optional<qint64> signType)
{
    return textOf(kSignTypes, signType);
}

QString ReviewTexts::documentTypeText(std::optional<qint64> documentType)
{
    return textOf(kDocumentTypes, documentType);
}

QString ReviewTexts::signPurposeText(std::optional<qint64> signPurpose)
{
    return textOf(kSignPurposes, signPurpose);
}

QString ReviewTexts::smsTypeText(std::optional<qint64> smsType)
{
    return textOf(kSmsTypes, smsType);
}

QString ReviewTexts::unknownText()
{
    return tr("Unknown");
}

} // namespace sms::review
