// SPDX-License-Identifier: GPL-3.0-or-later
#include "Localization.h"
#include "api/ApiError.h"
#include "errors/ErrorCatalog.h"
#include "errors/ErrorGroups.h"
#include "errors/ErrorReport.h"

#include <QSet>
#include <QTest>

using namespace sms;
using errors::ErrorCatalog;
using errors::GuidanceAction;
using errors::RetryAdvice;

namespace {

// The service's published error-code list (38 common codes, 79 of SMS), copied here on
// purpose: the catalog must not be able to pass by shrinking its own list.
const char *const publishedCommonCodes[] = {
    "ActionOffline",
    "AuthFailure.InvalidAuthorization",
    "AuthFailure.InvalidSecretId",
    "AuthFailure.MFAFailure",
    "AuthFailure.SecretIdNotFound",
    "AuthFailure.SignatureExpire",
    "AuthFailure.SignatureFailure",
    "AuthFailure.TokenFailure",
    "AuthFailure.UnauthorizedOperation",
    "DryRunOperation",
    "FailedOperation",
    "InternalError",
    "InvalidAction",
    "InvalidParameter",
    "InvalidParameterValue",
    "InvalidRequest",
    "IpInBlacklist",
    "IpNotInWhitelist",
    "LimitExceeded",
    "MissingParameter",
    "NoSuchProduct",
    "NoSuchVersion",
    "RequestLimitExceeded",
    "RequestLimitExceeded.GlobalRegionUinLimitExceeded",
    "RequestLimitExceeded.IPLimitExceeded",
    "RequestLimitExceeded.UinLimitExceeded",
    "RequestSizeLimitExceeded",
    "ResourceInUse",
    "ResourceInsufficient",
    "ResourceNotFound",
    "ResourceUnavailable",
    "ResponseSizeLimitExceeded",
    "ServiceUnavailable",
    "UnauthorizedOperation",
    "UnknownParameter",
    "UnsupportedOperation",
    "UnsupportedProtocol",
    "UnsupportedRegion",
};

const char *const publishedSmsCodes[] = {
    "FailedOperation.ContainSensitiveWord",
    "FailedOperation.FailResolvePacket",
    "FailedOperation.InsufficientBalanceInSmsPackage",
    "FailedOperation.JsonParseFail",
    "FailedOperation.MarketingSendTimeConstraint",
    "FailedOperation.MissingSignature",
    "FailedOperation.MissingSignatureList",
    "FailedOperation.MissingSignatureToModify",
    "FailedOperation.MissingTemplateList",
    "FailedOperation.MissingTemplateToModify",
    "FailedOperation.NotEnterpriseCertification",
    "FailedOperation.OtherError",
    "FailedOperation.ParametersOtherError",
    "FailedOperation.PhoneNumberInBlacklist",
    "FailedOperation.SignIdNotExist",
    "FailedOperation.SignNumberLimit",
    "FailedOperation.SignatureIncorrectOrUnapproved",
    "FailedOperation.TemplateAlreadyPassedCheck",
    "FailedOperation.TemplateIdNotExist",
    "FailedOperation.TemplateIncorrectOrUnapproved",
    "FailedOperation.TemplateNumberLimit",
    "FailedOperation.TemplateParamSetNotMatchApprovedTemplate",
    "FailedOperation.TemplateUnapprovedOrNotExist",
    "InternalError.ConstructUserDataFail",
    "InternalError.JsonParseFail",
    "InternalError.OtherError",
    "InternalError.ParseBackendResponseFail",
    "InternalError.RequestTimeException",
    "InternalError.RestApiInterfaceNotExist",
    "InternalError.SendAndRecvFail",
    "InternalError.SigFieldMissing",
    "InternalError.SigVerificationFail",
    "InternalError.Timeout",
    "InternalError.UnknownError",
    "InvalidParameter.AppidAndBizId",
    "InvalidParameter.InvalidParameters",
    "InvalidParameterValue.BeginTimeVerifyFail",
    "InvalidParameterValue.ContentLengthLimit",
    "InvalidParameterValue.EndTimeVerifyFail",
    "InvalidParameterValue.ImageInvalid",
    "InvalidParameterValue.IncorrectPhoneNumber",
    "InvalidParameterValue.InvalidDocumentType",
    "InvalidParameterValue.InvalidInternational",
    "InvalidParameterValue.InvalidStartTime",
    "InvalidParameterValue.InvalidUsedMethod",
    "InvalidParameterValue.MarketingTemplateWithoutUnsubscribe",
    "InvalidParameterValue.MissingSignatureList",
    "InvalidParameterValue.ProhibitedUseUrlInTemplateParameter",
    "InvalidParameterValue.SdkAppIdNotExist",
    "InvalidParameterValue.SignAlreadyPassedCheck",
    "InvalidParameterValue.SignExistAndUnapproved",
    "InvalidParameterValue.SignNameLengthTooLong",
    "InvalidParameterValue.TemplateParameterFormatError",
    "InvalidParameterValue.TemplateParameterLengthLimit",
    "LimitExceeded.AppCountryOrRegionDailyLimit",
    "LimitExceeded.AppCountryOrRegionInBlacklist",
    "LimitExceeded.AppDailyLimit",
    "LimitExceeded.AppGlobalDailyLimit",
    "LimitExceeded.AppMainlandChinaDailyLimit",
    "LimitExceeded.DailyLimit",
    "LimitExceeded.DeliveryFrequencyLimit",
    "LimitExceeded.PhoneNumberCountLimit",
    "LimitExceeded.PhoneNumberDailyLimit",
    "LimitExceeded.PhoneNumberOneHourLimit",
    "LimitExceeded.PhoneNumberSameContentDailyLimit",
    "LimitExceeded.PhoneNumberThirtySecondLimit",
    "MissingParameter.EmptyPhoneNumberSet",
    "MissingParameter.MissingSignatureList",
    "UnauthorizedOperation.IndividualUserMarketingSmsPermissionDeny",
    "UnauthorizedOperation.RequestIpNotInWhitelist",
    "UnauthorizedOperation.RequestPermissionDeny",
    "UnauthorizedOperation.SdkAppIdIsDisabled",
    "UnauthorizedOperation.ServiceSuspendDueToArrears",
    "UnauthorizedOperation.SmsSdkAppIdVerifyFail",
    "UnsupportedOperation.",
    "UnsupportedOperation.ChineseMainlandTemplateToGlobalPhone",
    "UnsupportedOperation.ContainDomesticAndInternationalPhoneNumber",
    "UnsupportedOperation.GlobalTemplateToChineseMainlandPhone",
    "UnsupportedOperation.UnsupportedRegion",
};

// Client-side failures (api/ApiError.h) and the ones other layers report.
const char *const clientCodes[] = {
    sms::api::ClientCode::InsecureEndpoint,
    sms::api::ClientCode::InvalidEndpoint,
    sms::api::ClientCode::MissingCredentials,
    sms::api::ClientCode::DnsFailure,
    sms::api::ClientCode::ConnectionRefused,
    sms::api::ClientCode::ConnectionReset,
    sms::api::ClientCode::NetworkError,
    sms::api::ClientCode::TlsError,
    sms::api::ClientCode::Timeout,
    sms::api::ClientCode::HttpStatus,
    sms::api::ClientCode::MalformedResponse,
    sms::api::ClientCode::TruncatedResponse,
    sms::api::ClientCode::ResponseTooLarge,
    sms::api::ClientCode::Cancelled,
    sms::api::ClientCode::PartialFailure,
    "ClientError.KeychainUnavailable",
    "ClientError.MissingStatusCode",
    "ClientError.ImportUnreadable",
    "ClientError.JournalUnavailable",
    "ClientError.CampaignUnavailable",
    "Campaign.DuplicatePhoneNumber",
};

// Codes the action reference lists for SendSms, the signature and template
// actions and DescribePhoneNumberInfo that the service's published error list lacks.
const char *const apiOnlyCodes[] = {
    "LimitExceeded.GlobalSmsSendingRateLimit",
    "InvalidParameterValue.MultiSmsInfoSetEmpty",
    "UnsupportedOperation.ContainDomesticPhoneNumber",
    "InvalidParameterValue.InvalidSignPurpose",
    "InvalidParameterValue.QualificationIdNotFound",
    "FailedOperation.QualificationIdNotApproved",
    "FailedOperation.ForbidAddMarketingTemplates",
    "InvalidParameterValue.InvalidSmsType",
    "InvalidParameterValue.InvalidTemplateFormat",
    "InvalidParameterValue.UnsupportedTemplateVariable",
    "InvalidParameter.DirtyWordFound",
    "FailedOperation.PhoneNumberParseFail",
};

struct Texts
{
    QString title;
    QString meaning;
    QStringList steps;
    QString retry;
    QString category;
};

Texts textsOf(const QString &code)
{
    const errors::Guidance g = ErrorCatalog::guidanceFor(code);
    return {g.title, g.meaning, g.steps, g.retryText, g.categoryName};
}

QDateTime utc(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

} // namespace

class tst_ErrorCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void publishedListIsComplete();
    void publishedCode_data();
    void publishedCode();
    void clientAndApiCodes_data();
    void clientAndApiCodes();
    void everyEntryIsUsable();
    void tableHasNoDuplicates();
    void chineseDiffersFromEnglish();
    void fallback_data();
    void fallback();
    void fallbackKeepsServerText();
    void specificGuidance();
    void actionsOfEntries();
    void retryCountdowns_data();
    void retryCountdowns();
    void durations();
    void plainText();
    void plainTextNeutralisesControlCharacters();
    void groupingThousandsOfNumbers();
    void groupingMixedErrors();
    void reportHoldsNoSecrets();
    void maskedNumbers();
};

void tst_ErrorCatalog::initTestCase()
{
    Localization::install(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_ErrorCatalog::cleanup()
{
    Localization::install(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_ErrorCatalog::publishedListIsComplete()
{
    QCOMPARE(std::size(publishedCommonCodes), size_t(38));
    QCOMPARE(std::size(publishedSmsCodes), size_t(79));
    QSet<QString> unique;
    for (const char *code : publishedCommonCodes)
        unique.insert(QString::fromLatin1(code));
    for (const char *code : publishedSmsCodes)
        unique.insert(QString::fromLatin1(code));
    QCOMPARE(unique.size(), 117);
}

void tst_ErrorCatalog::publishedCode_data()
{
    QTest::addColumn<QString>("code");
    for (const char *code : publishedCommonCodes)
        QTest::newRow(code) << QString::fromLatin1(code);
    for (const char *code : publishedSmsCodes)
        QTest::newRow(code) << QString::fromLatin1(code);
}

void tst_ErrorCatalog::publishedCode()
{
    QFETCH(QString, code);
    const errors::ErrorEntry *entry = ErrorCatalog::find(code);
    QVERIFY2(entry, qPrintable(QStringLiteral("no catalog entry for %1").arg(code)));
    QCOMPARE(QString::fromLatin1(entry->code), code);
    QVERIFY(ErrorCatalog::knownCodes().contains(code));
    const errors::Guidance g = ErrorCatalog::guidanceFor(code);
    QVERIFY(g.exactMatch);
    QCOMPARE(g.matchedCode, code);
}

void tst_ErrorCatalog::clientAndApiCodes_data()
{
    QTest::addColumn<QString>("code");
    for (const char *code : clientCodes)
        QTest::newRow(code) << QString::fromLatin1(code);
    for (const char *code : apiOnlyCodes)
        QTest::newRow(code) << QString::fromLatin1(code);
}

void tst_ErrorCatalog::clientAndApiCodes()
{
    QFETCH(QString, code);
    QVERIFY2(ErrorCatalog::isKnown(code), qPrintable(code));
}

void tst_ErrorCatalog::everyEntryIsUsable()
{
    const QStringList codes = ErrorCatalog::knownCodes();
    QVERIFY(codes.size() >= 117 + int(std::size(clientCodes)) + int(std::size(apiOnlyCodes)));
    for (const QString &code : codes) {
        const errors::ErrorEntry *entry = ErrorCatalog::find(code);
        QVERIFY(entry);
        const Texts t = textsOf(code);
        QVERIFY2(!t.title.isEmpty(), qPrintable(code));
        QVERIFY2(t.title.size() <= 60, qPrintable(code + QStringLiteral(": title too long")));
        QVERIFY2(!t.meaning.isEmpty(), qPrintable(code));
        QVERIFY2(t.steps.size() >= 2 && t.steps.size() <= 4,
                 qPrintable(code + QStringLiteral(": needs 2 to 4 steps")));
        for (const QString &step : t.steps)
            QVERIFY2(step.size() > 15, qPrintable(code + QStringLiteral(": empty step")));
        // Steps are filled from the front: no gap before a later step.
        bool ended = false;
        for (const char *step : entry->steps) {
            QVERIFY2(!(ended && step), qPrintable(code + QStringLiteral(": gap in steps")));
            ended = ended || !step;
        }
        QVERIFY2(!t.retry.isEmpty(), qPrintable(code));
        QVERIFY2(!t.category.isEmpty(), qPrintable(code));
        if (entry->retry == RetryAdvice::AfterSeconds)
            QVERIFY2(entry->retrySeconds > 0, qPrintable(code));
        else
            QVERIFY2(entry->retrySeconds == 0, qPrintable(code));
    }
}

void tst_ErrorCatalog::tableHasNoDuplicates()
{
    const QStringList codes = ErrorCatalog::knownCodes();
    QCOMPARE(QSet<QString>(codes.begin(), codes.end()).size(), codes.size());
    QVERIFY(!codes.contains(QString()));
}

void tst_ErrorCatalog::chineseDiffersFromEnglish()
{
    QStringList codes = ErrorCatalog::knownCodes();
    codes.append(QStringLiteral("Totally.Unknown.Code")); // the generic entry
    QHash<QString, Texts> english;
    for (const QString &code : codes)
        english.insert(code, textsOf(code));

    QCOMPARE(Localization::install(QLocale(QLocale::Chinese, QLocale::China)),
             QStringLiteral("zh_CN"));
    for (const QString &code : codes) {
        const Texts zh = textsOf(code);
        const Texts &en = english[code];
        const QByteArray what = code.toUtf8();
        QVERIFY2(!zh.title.isEmpty() && zh.title != en.title, what + " title");
        QVERIFY2(!zh.meaning.isEmpty() && zh.meaning != en.meaning, what + " meaning");
        QCOMPARE(zh.steps.size(), en.steps.size());
        for (qsizetype i = 0; i < zh.steps.size(); ++i)
            QVERIFY2(!zh.steps.at(i).isEmpty() && zh.steps.at(i) != en.steps.at(i),
                     what + " step " + QByteArray::number(i + 1));
        QVERIFY2(zh.retry != en.retry, what + " retry advice");
        QVERIFY2(zh.category != en.category, what + " category");
        // Chinese text, not English left in place.
        QVERIFY2(zh.title.contains(QRegularExpression(QStringLiteral("\\p{Han}"))),
                 what + " title has no Chinese");
    }
    QVERIFY(ErrorCatalog::formatPlainText(QStringLiteral("AuthFailure.SignatureExpire"))
                .contains(QStringLiteral("时钟")));
}

void tst_ErrorCatalog::fallback_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("matched");

    QTest::newRow("prefix") << "LimitExceeded.Foo" << "LimitExceeded";
    QTest::newRow("two levels") << "LimitExceeded.PhoneNumberDailyLimit.Extra"
                                << "LimitExceeded.PhoneNumberDailyLimit";
    QTest::newRow("auth family") << "AuthFailure.SomethingNew" << "AuthFailure";
    QTest::newRow("client family") << "ClientError.Unheard" << "ClientError";
    QTest::newRow("unsupported family") << "UnsupportedOperation.Foo" << "UnsupportedOperation";
    QTest::newRow("trailing dot is its own code") << "UnsupportedOperation." << "UnsupportedOperation.";
    QTest::newRow("internal") << "InternalError.NewThing" << "InternalError";
    QTest::newRow("unknown") << "TotallyUnknown" << "";
    QTest::newRow("unknown with dots") << "Foo.Bar.Baz" << "";
    QTest::newRow("empty") << "" << "";
    QTest::newRow("case matters") << "authfailure.secretidnotfound" << "";
}

void tst_ErrorCatalog::fallback()
{
    QFETCH(QString, code);
    QFETCH(QString, matched);
    QString key = QStringLiteral("not set");
    const errors::ErrorEntry &entry = ErrorCatalog::resolve(code, &key);
    QCOMPARE(key, matched);
    if (matched.isEmpty())
        QCOMPARE(&entry, &ErrorCatalog::genericEntry());
    const errors::Guidance g = ErrorCatalog::guidanceFor(code);
    QCOMPARE(g.code, code);
    QCOMPARE(g.matchedCode, matched);
    QCOMPARE(g.exactMatch, !matched.isEmpty() && matched == code);
    QCOMPARE(g.isGeneric(), matched.isEmpty());
    QVERIFY(!g.title.isEmpty());
    QVERIFY(!g.steps.isEmpty());
    QVERIFY(ErrorCatalog::find(code) == nullptr || matched == code);
}

void tst_ErrorCatalog::fallbackKeepsServerText()
{
    api::ApiError error = api::ApiError::service(QStringLiteral("Brand.New.Code"),
                                                 QStringLiteral("Something the service says"));
    error.setRequestId(QStringLiteral("5a1e0a8e-8f1d-4c9b-9f7e-0123456789ab"));
    const errors::Guidance g = ErrorCatalog::guidanceFor(error);
    QVERIFY(g.isGeneric());
    QCOMPARE(g.serverMessage, QStringLiteral("Something the service says"));
    QCOMPARE(g.requestId, error.requestId());
    QVERIFY(g.actions.testFlag(GuidanceAction::CopyRequestId));
    QVERIFY(g.actions.testFlag(GuidanceAction::CopyDetails));

    const QString text = ErrorCatalog::formatPlainText(g);
    QVERIFY(text.contains(QStringLiteral("Something the service says")));
    QVERIFY(text.contains(error.requestId()));
    QVERIFY(text.contains(QStringLiteral("not a known code")));

    api::ApiError prefixed = api::ApiError::service(QStringLiteral("LimitExceeded.Foo"),
                                                    QStringLiteral("quota xyz"));
    prefixed.setRequestId(QStringLiteral("rid-2"));
    const errors::Guidance p = ErrorCatalog::guidanceFor(prefixed);
    QCOMPARE(p.matchedCode, QStringLiteral("LimitExceeded"));
    QCOMPARE(p.serverMessage, QStringLiteral("quota xyz"));
    QCOMPARE(p.requestId, QStringLiteral("rid-2"));
    QVERIFY(ErrorCatalog::formatPlainText(p).contains(QStringLiteral("\"LimitExceeded\"")));
}

void tst_ErrorCatalog::specificGuidance()
{
    // The steps say concretely what to check, not "check your configuration".
    const QString secretId = textsOf(QStringLiteral("AuthFailure.SecretIdNotFound")).steps.join(u' ');
    QVERIFY(secretId.contains(QStringLiteral("spaces")));
    QVERIFY(secretId.contains(QStringLiteral("enabled")));
    // Named after the window where keys are entered: File > Profiles.
    QVERIFY(secretId.contains(QStringLiteral("Profiles")));

    const QString expire = textsOf(QStringLiteral("AuthFailure.SignatureExpire")).meaning;
    QVERIFY(expire.contains(QStringLiteral("5 minutes")));

    const QString params = textsOf(QStringLiteral("FailedOperation.TemplateParamSetNotMatchApprovedTemplate"))
                               .steps.join(u' ');
    QVERIFY(params.contains(QStringLiteral("variables")));

    const QString sign = textsOf(QStringLiteral("FailedOperation.SignatureIncorrectOrUnapproved"))
                             .steps.join(u' ');
    QVERIFY(sign.contains(QStringLiteral("not its numeric ID")));

    QCOMPARE(ErrorCatalog::guidanceFor(QStringLiteral("AuthFailure.SignatureExpire")).category,
             errors::ErrorCategory::Clock);
    QCOMPARE(ErrorCatalog::guidanceFor(QStringLiteral("LimitExceeded.PhoneNumberDailyLimit")).retry,
             RetryAdvice::NextDayBeijing);
    QCOMPARE(ErrorCatalog::find(QStringLiteral("LimitExceeded.PhoneNumberThirtySecondLimit"))->retrySeconds,
             30);
}

void tst_ErrorCatalog::actionsOfEntries()
{
    auto actions = [](const char *code) {
        return ErrorCatalog::guidanceFor(QString::fromLatin1(code)).actions;
    };
    QVERIFY(actions("AuthFailure.SecretIdNotFound").testFlag(GuidanceAction::OpenSettings));
    QVERIFY(actions("AuthFailure.SignatureExpire").testFlag(GuidanceAction::CorrectClock));
    QVERIFY(actions("FailedOperation.SignatureIncorrectOrUnapproved").testFlag(GuidanceAction::OpenSignature));
    QVERIFY(actions("FailedOperation.TemplateUnapprovedOrNotExist").testFlag(GuidanceAction::OpenTemplate));
    QVERIFY(actions("LimitExceeded.PhoneNumberThirtySecondLimit").testFlag(GuidanceAction::RetryAfterCountdown));
    QVERIFY(actions("InvalidParameterValue.IncorrectPhoneNumber").testFlag(GuidanceAction::EditCampaignRows));
    QVERIFY(!actions("InvalidParameterValue.IncorrectPhoneNumber").testFlag(GuidanceAction::OpenSettings));
    for (const QString &code : ErrorCatalog::knownCodes())
        QVERIFY(ErrorCatalog::guidanceFor(code).actions.testFlag(GuidanceAction::CopyDetails));

    // No RequestId, nothing to copy.
    const api::ApiError dns(api::ApiError::Kind::Network,
                            QString::fromLatin1(api::ClientCode::DnsFailure),
                            QStringLiteral("Host not found"));
    QVERIFY(!ErrorCatalog::guidanceFor(dns).actions.testFlag(GuidanceAction::CopyRequestId));
}

void tst_ErrorCatalog::retryCountdowns_data()
{
    QTest::addColumn<int>("advice");
    QTest::addColumn<int>("seconds");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<qint64>("expected"); // -1: none

    const int daily = int(RetryAdvice::NextDayBeijing);
    const int marketing = int(RetryAdvice::MarketingHours);
    // 15:30 UTC is 23:30 in Beijing: half an hour to midnight there.
    QTest::newRow("daily, 23:30 Beijing") << daily << 0 << utc(2024, 5, 1, 15, 30) << qint64(1800);
    // 16:00 UTC is midnight in Beijing: a full day.
    QTest::newRow("daily, 00:00 Beijing") << daily << 0 << utc(2024, 5, 1, 16, 0) << qint64(86400);
    QTest::newRow("daily, 08:00 Beijing") << daily << 0 << utc(2024, 5, 1, 0, 0) << qint64(57600);
    QTest::newRow("marketing, 07:00 Beijing") << marketing << 0 << utc(2024, 5, 1, 23, 0) << qint64(3600);
    QTest::newRow("marketing, 14:00 Beijing") << marketing << 0 << utc(2024, 5, 1, 6, 0) << qint64(0);
    QTest::newRow("marketing, 22:30 Beijing") << marketing << 0 << utc(2024, 5, 1, 14, 30) << qint64(34200);
    QTest::newRow("after 30 s") << int(RetryAdvice::AfterSeconds) << 30 << utc(2024, 5, 1, 0, 0) << qint64(30);
    QTest::newRow("after fixing") << int(RetryAdvice::AfterFixing) << 0 << utc(2024, 5, 1, 0, 0) << qint64(-1);
    QTest::newRow("never") << int(RetryAdvice::Never) << 0 << utc(2024, 5, 1, 0, 0) << qint64(-1);
}

void tst_ErrorCatalog::retryCountdowns()
{
    QFETCH(int, advice);
    QFETCH(int, seconds);
    QFETCH(QDateTime, now);
    QFETCH(qint64, expected);
    const auto left = ErrorCatalog::secondsUntilRetry(RetryAdvice(advice), seconds, now);
    if (expected < 0)
        QVERIFY(!left.has_value());
    else
        QCOMPARE(left.value_or(-1), expected);
}

void tst_ErrorCatalog::durations()
{
    QCOMPARE(ErrorCatalog::formatDuration(0), QStringLiteral("0 s"));
    QCOMPARE(ErrorCatalog::formatDuration(45), QStringLiteral("45 s"));
    QCOMPARE(ErrorCatalog::formatDuration(60), QStringLiteral("1 min"));
    QCOMPARE(ErrorCatalog::formatDuration(125), QStringLiteral("2 min 05 s"));
    QCOMPARE(ErrorCatalog::formatDuration(3600), QStringLiteral("1 h"));
    QCOMPARE(ErrorCatalog::formatDuration(11520), QStringLiteral("3 h 12 min"));
    QCOMPARE(ErrorCatalog::formatDuration(-5), QStringLiteral("0 s"));
}

void tst_ErrorCatalog::plainText()
{
    const QString text = ErrorCatalog::formatPlainText(QStringLiteral("AuthFailure.SecretIdNotFound"),
                                                       QStringLiteral("The SecretId is not found"),
                                                       QStringLiteral("rid-1"));
    const errors::Guidance g = ErrorCatalog::guidanceFor(QStringLiteral("AuthFailure.SecretIdNotFound"));
    QVERIFY(text.startsWith(QStringLiteral("AuthFailure.SecretIdNotFound\n")));
    QVERIFY(text.contains(g.title));
    QVERIFY(text.contains(g.meaning));
    for (qsizetype i = 0; i < g.steps.size(); ++i)
        QVERIFY(text.contains(QStringLiteral("%1. %2").arg(i + 1).arg(g.steps.at(i))));
    QVERIFY(text.contains(g.retryText));
    QVERIFY(text.contains(QStringLiteral("The SecretId is not found")));
    QVERIFY(text.contains(QStringLiteral("rid-1")));
    QVERIFY(!text.contains(QStringLiteral("not a known code")));
}

void tst_ErrorCatalog::plainTextNeutralisesControlCharacters()
{
    // A message that would clear a terminal and rewrite the line.
    const QString hostile = QStringLiteral("bad\x1b[2J\rok\x07");
    const QString text = ErrorCatalog::formatPlainText(QStringLiteral("InternalError"), hostile,
                                                       QStringLiteral("rid\x1b]0;x\x07"));
    QVERIFY(!text.contains(QChar(0x1b)));
    QVERIFY(!text.contains(QChar(u'\r')));
    QVERIFY(!text.contains(QChar(0x07)));
    QVERIFY(text.contains(QStringLiteral("bad\uFFFD[2J\uFFFDok\uFFFD")));
}

void tst_ErrorCatalog::groupingThousandsOfNumbers()
{
    domain::NumberFailures failures;
    const char *codes[] = {"LimitExceeded.PhoneNumberDailyLimit",
                           "InvalidParameterValue.IncorrectPhoneNumber",
                           "FailedOperation.PhoneNumberInBlacklist",
                           "LimitExceeded.PhoneNumberThirtySecondLimit"};
    const int sizes[] = {1500, 900, 450, 150};
    for (int c = 0; c < 4; ++c) {
        for (int i = 0; i < sizes[c]; ++i)
            failures.append({QStringLiteral("+86138%1%2").arg(c).arg(i, 7, 10, QLatin1Char('0')),
                             QString::fromLatin1(codes[c]),
                             QStringLiteral("message %1").arg(c), QStringLiteral("CN")});
    }
    // Interleave, as a real response would.
    std::rotate(failures.begin(), failures.begin() + 1000, failures.end());

    const errors::ErrorGroupList groups = errors::ErrorGroups::groupByCode(failures,
                                                                           QStringLiteral("rid"));
    QCOMPARE(failures.size(), 3000);
    QCOMPARE(groups.size(), 4);
    QCOMPARE(errors::ErrorGroups::totalCount(groups), 3000);
    for (int c = 0; c < 4; ++c) {
        QCOMPARE(groups.at(c).code, QString::fromLatin1(codes[c])); // largest first
        QCOMPARE(groups.at(c).count, sizes[c]);
        QCOMPARE(groups.at(c).numbers.size(), sizes[c]);
        QCOMPARE(groups.at(c).sampleNumbers().size(), 5);
        QCOMPARE(groups.at(c).message, QStringLiteral("message %1").arg(c));
        QCOMPARE(groups.at(c).requestId, QStringLiteral("rid"));
    }
    QCOMPARE(QSet<QString>(groups.at(1).numbers.begin(), groups.at(1).numbers.end()).size(), 900);
}

void tst_ErrorCatalog::groupingMixedErrors()
{
    api::ApiError partial(api::ApiError::Kind::PartialFailure,
                          QString::fromLatin1(api::ClientCode::PartialFailure), QString());
    partial.setRequestId(QStringLiteral("rid-partial"));
    partial.setNumberFailures({{QStringLiteral("+8613800000001"),
                                QStringLiteral("LimitExceeded.PhoneNumberDailyLimit"),
                                QStringLiteral("daily"), QStringLiteral("CN")},
                               {QStringLiteral("+8613800000002"),
                                QStringLiteral("LimitExceeded.PhoneNumberDailyLimit"),
                                QStringLiteral("daily"), QStringLiteral("CN")}});
    api::ApiError timeout(api::ApiError::Kind::Timeout, QString::fromLatin1(api::ClientCode::Timeout),
                          QStringLiteral("No answer"));
    const api::ApiError none;
    const errors::ErrorGroupList groups
        = errors::ErrorGroups::groupByCode(QList<api::ApiError>{partial, timeout, none, timeout});
    QCOMPARE(groups.size(), 2);
    QCOMPARE(groups.at(0).count, 2);
    QCOMPARE(groups.at(1).count, 2);
    // Ties go by code.
    QCOMPARE(groups.at(0).code, QString::fromLatin1(api::ClientCode::Timeout));
    QVERIFY(groups.at(0).numbers.isEmpty());
    QCOMPARE(groups.at(1).requestId, QStringLiteral("rid-partial"));
    QCOMPARE(groups.at(1).numbers, QStringList({QStringLiteral("+8613800000001"),
                                                QStringLiteral("+8613800000002")}));
}

void tst_ErrorCatalog::reportHoldsNoSecrets()
{
    api::ApiError error = api::ApiError::service(
        QStringLiteral("AuthFailure.SignatureFailure"),
        QStringLiteral("bad signature; SecretKey=Gu5t9xGARNpq86cd98joQYCN3EXAMPLE\nAuthorization: "
                       "TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5/2019-02-25/cvm/tc3_request, "
                       "SignedHeaders=content-type;host, Signature=2230eefd229f582d8b1b891af7107b91"));
    error.setRequestId(QStringLiteral("ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"));
    error.setAction(QStringLiteral("SendSms"));
    error.setClockOffsetSeconds(-42);
    const QString report = errors::ErrorReport::forError(error, utc(2024, 5, 1, 8, 0));
    QVERIFY(report.contains(QStringLiteral("AuthFailure.SignatureFailure")));
    QVERIFY(report.contains(QStringLiteral("ed93f3cb-f35e-473f-b9f3-0d451b8b79c6")));
    QVERIFY(report.contains(QStringLiteral("SendSms")));
    QVERIFY(report.contains(QStringLiteral("2024-05-01T08:00:00Z")));
    QVERIFY(report.contains(QStringLiteral(SMS_VERSION)));
    QVERIFY(report.contains(QStringLiteral("-42 s")));
    QVERIFY(report.contains(QStringLiteral("bad signature")));
    QVERIFY(!report.contains(QStringLiteral("Gu5t9xGARNpq86cd98joQYCN3EXAMPLE")));
    QVERIFY(!report.contains(QStringLiteral("2230eefd229f582d8b1b891af7107b91")));
    QVERIFY(!report.contains(QStringLiteral("AKIDz8krbsJ5")));
    QVERIFY(report.contains(QStringLiteral("[redacted]")));
}

void tst_ErrorCatalog::maskedNumbers()
{
    QCOMPARE(errors::ErrorReport::maskPhoneNumber(QStringLiteral("+8613812345678")),
             QStringLiteral("+86138****5678"));
    QCOMPARE(errors::ErrorReport::maskPhoneNumber(QStringLiteral("+14155550123")),
             QStringLiteral("+141****0123"));
    QCOMPARE(errors::ErrorReport::maskPhoneNumber(QStringLiteral("12345")), QStringLiteral("*****"));

    domain::NumberFailures failures{{QStringLiteral("+8613812345678"),
                                     QStringLiteral("InvalidParameterValue.IncorrectPhoneNumber"),
                                     QStringLiteral("bad"), QStringLiteral("CN")}};
    const QString report = errors::ErrorReport::forGroups(
        errors::ErrorGroups::groupByCode(failures), QStringLiteral("SendSms"));
    QVERIFY(report.contains(QStringLiteral("+86138****5678")));
    QVERIFY(!report.contains(QStringLiteral("+8613812345678")));
}

QTEST_GUILESS_MAIN(tst_ErrorCatalog)
#include "tst_errorcatalog.moc"
