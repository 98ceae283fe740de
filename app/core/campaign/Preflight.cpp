// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/Preflight.h"

#include "domain/PhoneNumber.h"
#include "review/TemplateChecks.h"

#include <algorithm>

namespace sms::campaign {

using domain::Market;
using domain::PhoneNumber;
using domain::SmsLength;
using domain::SmsType;

namespace {

// E.164 has at most 15 digits: they fit an integer, which keeps a million
// numbers seen in 16 MB rather than the 100 of as many strings.
quint64 keyOf(const QString &e164)
{
    quint64 key = 0;
    for (const QChar c : QStringView(e164).sliced(1))
        key = key * 10 + quint64(c.unicode() - u'0');
    // The digit count too, so that +1 2345 and +12 345 stay apart (and no
    // number's key is 0, which marks a row without one).
    return key * 16 + quint64(e164.size());
}

bool isDigits(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return false;
    }
    return true;
}

// Cheap test first: nearly no parameter has a dot or a colon, and the
// address pattern needs one. One pass over the text looks for both.
bool holdsAddress(const QString &text)
{
    const bool possible = std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return c == QLatin1Char('.') || c == QLatin1Char(':');
    });
    return possible && review::TemplateChecks::looksLikeAddress(text);
}

// How many rows ahead of its check a number's slot in the duplicate table
// is fetched: about one memory latency's worth of the other rows' checks.
constexpr qsizetype prefetchDistance = 8;

} // namespace

Preflight::Preflight(const Options &options)
    : m_options(options)
    , m_variableCount(SmsLength::variableCount(options.templateContent))
{
    // How long the domestic text is with every parameter empty, and how
    // often each parameter appears in it, measured on the rendering itself.
    const QStringList empty(m_variableCount, QString());
    const QString fixed = SmsLength::domesticText(
        options.signName, SmsLength::renderTemplate(options.templateContent, empty));
    m_domesticFixedLength = fixed.size();
    for (qsizetype i = 0; i < m_variableCount; ++i) {
        QStringList one = empty;
        one[i] = QStringLiteral("x");
        const QString rendered = SmsLength::domesticText(
            options.signName, SmsLength::renderTemplate(options.templateContent, one));
        m_occurrences.append(rendered.size() - m_domesticFixedLength);
    }
}

void Preflight::refuse(Recipient &recipient, const char *code, const QString &problem) const
{
    recipient.problemCode = QString::fromLatin1(code);
    recipient.problem = problem;
}

bool Preflight::readNumber(Recipient &recipient) const
{
    recipient.problemCode.clear();
    recipient.problem.clear();
    const PhoneNumber number = PhoneNumber::parse(recipient.input, m_options.defaultRegion);
    if (!number.isValid()) {
        recipient.phone.clear();
        recipient.market = number.isMainlandChina() || number.countryCode().isEmpty()
            ? Market::Domestic
            : Market::International;
        refuse(recipient, "InvalidParameterValue.IncorrectPhoneNumber",
               recipient.input.trimmed().isEmpty() ? tr("This row has no phone number.")
                                                   : number.problemDescription());
        return false;
    }
    recipient.phone = number.e164();
    recipient.market = number.isMainlandChina() ? Market::Domestic : Market::International;
    return true;
}

bool Preflight::checkNumber(Recipient &recipient, quint64 key)
{
    if (!m_seen.insert(key)) {
        ++m_summary.duplicates;
        if (m_options.dropDuplicates) {
            recipient.problemCode = duplicateCode();
            recipient.problem
                = tr("%1 is already in an earlier row; it is sent once.").arg(recipient.phone);
            return false;
        }
    }
    // A template of one market sent to a number of the other.
    const Market templateMarket = m_options.templateMarket;
    if ((templateMarket == Market::Domestic || templateMarket == Market::International)
        && templateMarket != recipient.market) {
        const bool domesticTemplate = templateMarket == Market::Domestic;
        refuse(recipient,
               domesticTemplate ? "UnsupportedOperation.ChineseMainlandTemplateToGlobalPhone"
                                : "UnsupportedOperation.GlobalTemplateToChineseMainlandPhone",
               (domesticTemplate ? tr("%1 is outside the Chinese mainland; the template is for "
                                      "mainland numbers only.")
                                 : tr("%1 is a mainland China number; the template is for "
                                      "international numbers only."))
                   .arg(recipient.phone));
        return false;
    }
    return true;
}

bool Preflight::checkParameters(Recipient &recipient) const
{
    if (recipient.parameters.size() != m_variableCount) {
        refuse(recipient, "FailedOperation.TemplateParamSetNotMatchApprovedTemplate",
               tr("The template has %n variable(s); this row gives %1.", nullptr, m_variableCount)
                   .arg(recipient.parameters.size()));
        return false;
    }
    for (qsizetype i = 0; i < recipient.parameters.size(); ++i) {
        const QString &value = recipient.parameters.at(i);
        const auto variable = [i] {
            return QStringLiteral("{%1}").arg(i + 1);
        };
        if (m_options.smsType == SmsType::VerificationCode
            && (!isDigits(value) || value.size() > m_options.verificationCodeMaxDigits)) {
            refuse(recipient, "InvalidParameterValue.TemplateParameterFormatError",
                   tr("%1 is \"%2\": a verification code is 0 to %3 digits.")
                       .arg(variable(), value)
                       .arg(m_options.verificationCodeMaxDigits));
            return false;
        }
        if (holdsAddress(value)) {
            refuse(recipient, "InvalidParameterValue.ProhibitedUseUrlInTemplateParameter",
                   tr("%1 holds a web address (\"%2\"); a variable may not carry a link.")
                       .arg(variable(), value));
            return false;
        }
        // The service counts characters, not UTF-16 units: an emoji is one.
        // Never more characters than units, so only a long value is counted.
        const qsizetype length
            = value.size() > m_options.parameterMaxLength ? value.toUcs4().size() : value.size();
        if (length > m_options.parameterMaxLength) {
            refuse(recipient, "InvalidParameterValue.TemplateParameterLengthLimit",
                   tr("%1 is %2 characters long; the account allows %3.")
                       .arg(variable())
                       .arg(length)
                       .arg(m_options.parameterMaxLength));
            return false;
        }
    }
    return true;
}

void Preflight::check(Recipient &recipient)
{
    finish(recipient, readNumber(recipient) ? keyOf(recipient.phone) : 0);
}

void Preflight::finish(Recipient &recipient, quint64 key)
{
    int segments = 0;
    if (key != 0 && checkNumber(recipient, key) && checkParameters(recipient)) {
        if (m_options.optOut.contains(recipient.phone)) {
            refuse(recipient, "FailedOperation.PhoneNumberInBlacklist",
                   tr("%1 opted out of messages from this account.").arg(recipient.phone));
        } else {
            const SmsLength::Result length = lengthOf(recipient);
            if (length.exceedsMaxLength()) {
                refuse(recipient, "InvalidParameterValue.ContentLengthLimit",
                       tr("The message is %1 characters long; at most %2 are sent.")
                           .arg(length.characters)
                           .arg(SmsLength::maxLength()));
            } else {
                segments = length.segments;
            }
        }
    }
    m_summary.add(recipient, segments);
}

// The same rules in the same order as one row at a time, in two passes:
// every number of the chunk read first (it depends on nothing seen before),
// then the rest row by row, each row's slot in the duplicate table fetched
// a few rows before its turn instead of waited for.
void Preflight::check(QList<Recipient> &chunk)
{
    const qsizetype count = chunk.size();
    m_keys.resize(std::size_t(count));
    for (qsizetype i = 0; i < count; ++i)
        m_keys[std::size_t(i)] = readNumber(chunk[i]) ? keyOf(chunk[i].phone) : 0;
    const auto prefetch = [this, count](qsizetype row) {
        if (row < count && m_keys[std::size_t(row)] != 0)
            m_seen.prefetch(m_keys[std::size_t(row)]);
    };
    for (qsizetype i = 0; i < prefetchDistance; ++i)
        prefetch(i);
    for (qsizetype i = 0; i < count; ++i) {
        prefetch(i + prefetchDistance);
        finish(chunk[i], m_keys[std::size_t(i)]);
    }
}

SmsLength::Result Preflight::lengthOf(const Recipient &recipient)
{
    if (recipient.market == Market::International)
        return preview(recipient).length;
    // A domestic message is billed by its length alone (UCS-2, whatever it
    // holds), and the length follows from the parameters' without
    // rendering: a million rows share a handful of lengths.
    qsizetype characters = m_domesticFixedLength;
    for (qsizetype i = 0; i < recipient.parameters.size() && i < m_occurrences.size(); ++i)
        characters += m_occurrences.at(i) * recipient.parameters.at(i).size();
    const auto known = m_domesticLengths.constFind(characters);
    if (known != m_domesticLengths.cend())
        return *known;
    const SmsLength::Result length = preview(recipient).length;
    m_domesticLengths.insert(characters, length);
    return length;
}

Preflight::Preview Preflight::preview(const Recipient &recipient) const
{
    Preview message;
    const QString body = SmsLength::renderTemplate(m_options.templateContent, recipient.parameters);
    if (recipient.market == Market::International) {
        message.text = body;
        message.length = SmsLength::measure(body, SmsLength::Destination::International);
    } else {
        message.text = SmsLength::domesticText(m_options.signName, body);
        message.length = SmsLength::measure(message.text, SmsLength::Destination::Domestic);
    }
    return message;
}

bool Preflight::withinSendingHours(SmsType smsType, const QDateTime &at)
{
    if (smsType != SmsType::Marketing)
        return true;
    const int hour = at.toOffsetFromUtc(8 * 3600).time().hour();
    return hour >= 8 && hour < 22;
}

review::CheckProblems Preflight::blockers() const
{
    review::CheckProblems found;
    if (!m_options.templateApproved)
        found.append({QStringLiteral("TemplateId"),
                      QStringLiteral("FailedOperation.TemplateIncorrectOrUnapproved"),
                      tr("The template is not approved: it is under review or was rejected.")});
    const bool signatureMissing = m_options.signName.isEmpty() || !m_options.signatureApproved;
    if ((m_summary.domestic > 0 && signatureMissing)
        || (m_summary.international > 0 && !m_options.signName.isEmpty()
            && !m_options.signatureApproved))
        found.append({QStringLiteral("SignName"),
                      QStringLiteral("FailedOperation.SignatureIncorrectOrUnapproved"),
                      m_options.signName.isEmpty()
                          ? tr("Messages to mainland China need an approved signature.")
                          : tr("The signature \"%1\" is not approved.").arg(m_options.signName)});
    const QDateTime at
        = m_options.plannedTime.isValid() ? m_options.plannedTime : QDateTime::currentDateTimeUtc();
    if (!withinSendingHours(m_options.smsType, at))
        found.append({QStringLiteral("SendTime"),
                      QStringLiteral("FailedOperation.MarketingSendTimeConstraint"),
                      tr("Marketing messages go out only between 08:00 and 22:00 Beijing time; "
                         "plan the campaign within those hours.")});
    return found;
}

PreflightSummary Preflight::summary() const
{
    PreflightSummary summary = m_summary;
    summary.blockers = blockers();
    return summary;
}

} // namespace sms::campaign
