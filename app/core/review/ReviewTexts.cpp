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

// A status as scripts read it (stable ids) and as people do.
struct StatusWords
{
    domain::ReviewStatus status;
    const char *id;
    const char *text;
};

constexpr StatusWords kStatuses[] = {
    {domain::ReviewStatus::Approved, "approved",
     QT_TRANSLATE_NOOP("sms::review::ReviewTexts", "Usable")},
    {domain::ReviewStatus::UnderReview, "reviewing",
     QT_TRANSLATE_NOOP("sms::review::ReviewTexts", "Under review")},
    {domain::ReviewStatus::ApprovedPending, "approved-pending",
     QT_TRANSLATE_NOOP("sms::review::ReviewTexts", "Approved, waiting to take effect")},
    {domain::ReviewStatus::Rejected, "rejected",
     QT_TRANSLATE_NOOP("sms::review::ReviewTexts", "Rejected")},
};
constexpr CodeText kMarkets[] = {
    {0, QT_TRANSLATE_NOOP("sms::review::ReviewTexts", "Mainland China")},
    {1, QT_TRANSLATE_NOOP("sms::review::ReviewTexts", "International")},
    {3, QT_TRANSLATE_NOOP("sms::review::ReviewTexts", "Mainland China and international")},
};
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
    for (const StatusWords &words : kStatuses) {
        if (words.status == status)
            return QString::fromLatin1(words.id);
    }
    return QStringLiteral("unknown");
}

QString ReviewTexts::statusText(domain::ReviewStatus status)
{
    for (const StatusWords &words : kStatuses) {
        if (words.status == status)
            return tr(words.text);
    }
    return tr("Unknown status");
}

QString ReviewTexts::marketText(domain::Market market)
{
    if (market == domain::Market::Unknown)
        return unknownText();
    return textOf(kMarkets, domain::marketCode(market));
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
