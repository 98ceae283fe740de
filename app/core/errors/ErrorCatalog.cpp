// SPDX-License-Identifier: GPL-3.0-or-later
#include "errors/ErrorCatalog.h"

#include "api/ApiError.h"

#include <QHash>
#include <QTimeZone>
#include <QTranslator>

#include <algorithm>

namespace sms::errors {

namespace {
constexpr char context[] = "sms::errors::ErrorCatalog";

QString translated(const char *source)
{
    return source ? QCoreApplication::translate(context, source) : QString();
}

// Beijing time has had no daylight saving since 1991: a fixed offset is exact
// and does not depend on the time zone database of this computer.
constexpr int beijingOffsetSeconds = 8 * 3600;
} // namespace

const ErrorEntry *ErrorCatalog::table(qsizetype *count)
{
    using enum ErrorCategory;
    using enum RetryAdvice;
    using enum GuidanceAction;

    static constexpr ErrorEntry entries[] = {
        // clang-format off
        // One row per code: code, category, retry advice, seconds, actions,
        // title, meaning, steps. Data only: no code in this table decides anything.
        //
        // --- Common codes of the cloud API --------------------------------------------------------
        {"ActionOffline", Service, Never, 0, {},
         QT_TR_NOOP("Action no longer offered"),
         QT_TR_NOOP("The service has retired the API action this request called. The request cannot succeed in its current form."),
         {QT_TR_NOOP("Update SMS Console: newer versions call the current actions."),
          QT_TR_NOOP("If you called the action yourself with smsctl, look up the action that replaced it in the API reference for version 2021-01-11."),
          QT_TR_NOOP("If you did not expect this, copy the details and send them to support.")}},

        {"AuthFailure", Authentication, AfterFixing, 0, OpenSettings,
         QT_TR_NOOP("Authentication failed"),
         QT_TR_NOOP("The service could not confirm who sent the request, so it did nothing with it."),
         {QT_TR_NOOP("Open Profiles and check the SecretId and SecretKey for spaces or line breaks before or after them."),
          QT_TR_NOOP("Check in the cloud console's API key page that the key exists and is enabled."),
          QT_TR_NOOP("Check that this computer's date, time and time zone are right.")}},

        {"AuthFailure.InvalidAuthorization", Authentication, AfterFixing, 0, OpenSettings,
         QT_TR_NOOP("Authorization header rejected"),
         QT_TR_NOOP("The service could not read the request's Authorization header: it does not follow the TC3-HMAC-SHA256 format. This is almost always caused by something between this computer and the service, not by a wrong key."),
         {QT_TR_NOOP("If a proxy or gateway sits between this computer and the service, make sure it passes the Authorization header through unchanged."),
          QT_TR_NOOP("Check in Profiles that the endpoint points straight at the SMS service."),
          QT_TR_NOOP("If it continues, update SMS Console and send the copied details to support.")}},

        {"AuthFailure.InvalidSecretId", Authentication, AfterFixing, 0, OpenSettings,
         QT_TR_NOOP("Not a cloud API key"),
         QT_TR_NOOP("The SecretId is not of the kind the cloud API accepts. Credentials issued for other purposes, such as an application's App Key, cannot sign API requests."),
         {QT_TR_NOOP("Open the API key page of the cloud console and copy a key listed there; its SecretId usually starts with AKID."),
          QT_TR_NOOP("Do not use the SMS application's App Key: it is a different credential."),
          QT_TR_NOOP("Enter the SecretId and SecretKey in Profiles and try again.")}},

        {"AuthFailure.MFAFailure", Authentication, AfterFixing, 0, OpenSettings,
         QT_TR_NOOP("Multi-factor check failed"),
         QT_TR_NOOP("The account behind this key requires a multi-factor (MFA) check for this operation, and the check failed or was missing."),
         {QT_TR_NOOP("Ask the administrator of the cloud account whether MFA protection is switched on for API calls of this sub-account."),
          QT_TR_NOOP("Use the key of a sub-account that may call the SMS API without an interactive MFA check."),
          QT_TR_NOOP("Enter that key in Profiles and try again.")}},

        {"AuthFailure.SecretIdNotFound", Authentication, AfterFixing, 0, OpenSettings,
         QT_TR_NOOP("SecretId not found"),
         QT_TR_NOOP("The service knows no API key with this SecretId. Either the key was deleted or disabled, or the value in Profiles differs from the real one, often by a space or a missing character."),
         {QT_TR_NOOP("Open Profiles and check the SecretId for spaces or line breaks before or after it; paste it again if unsure."),
          QT_TR_NOOP("In the cloud console's API key page, check that the key still exists and is enabled."),
          QT_TR_NOOP("If the key was deleted, create a new one and enter both its SecretId and SecretKey in Profiles.")}},

        {"AuthFailure.SignatureExpire", Clock, AfterFixing, 0, CorrectClock | RetryAfterCountdown,
         QT_TR_NOOP("This computer's clock is off"),
         QT_TR_NOOP("Every request carries the time it was signed. The service accepts it only within 5 minutes of its own clock, and this computer's clock differs by more than that."),
         {QT_TR_NOOP("Look at the measured offset and click \"Correct the clock\" so that SMS Console signs with the service's time."),
          QT_TR_NOOP("Turn on automatic time synchronisation (NTP) in the operating system so the clock stays right."),
          QT_TR_NOOP("Check the time zone as well: a wrong time zone moves the clock by whole hours."),
          QT_TR_NOOP("Send the request again; it is signed afresh with the corrected time.")}},

        {"AuthFailure.SignatureFailure", Authentication, AfterFixing, 0, OpenSettings,
         QT_TR_NOOP("Request signature does not match"),
         QT_TR_NOOP("The service computed a different signature from the one sent. Usually the SecretKey does not belong to the SecretId, or one of them carries a hidden space; rarely, a proxy changed the request on the way."),
         {QT_TR_NOOP("In Profiles, enter again the SecretKey that belongs to this SecretId, with no spaces before or after it."),
          QT_TR_NOOP("Make sure the SecretId and SecretKey come from the same key in the cloud console's API key page."),
          QT_TR_NOOP("If the key is right, check that no proxy rewrites requests, then copy the details for support.")}},

        {"AuthFailure.TokenFailure", Authentication, AfterFixing, 0, OpenSettings,
         QT_TR_NOOP("Temporary token rejected"),
         QT_TR_NOOP("The request used temporary credentials, and their session token is invalid, has expired or does not belong to this SecretId."),
         {QT_TR_NOOP("Obtain a fresh set of temporary credentials: SecretId, SecretKey and token together."),
          QT_TR_NOOP("Enter all three in Profiles; a token from an older set does not work with a new key."),
          QT_TR_NOOP("If you do not use temporary credentials, clear the token in Profiles.")}},

        {"AuthFailure.UnauthorizedOperation", Permissions, AfterFixing, 0, OpenSettings,
         QT_TR_NOOP("Key not allowed to do this"),
         QT_TR_NOOP("The key is valid, but the account's access policies (CAM) do not allow its user to call this action."),
         {QT_TR_NOOP("Ask the administrator of the cloud account to grant this sub-account an SMS access policy."),
          QT_TR_NOOP("Or use the key of a user who already has that permission, and enter it in Profiles."),
          QT_TR_NOOP("Retry once the policy is changed; it usually takes effect within a minute.")}},

        {"DryRunOperation", Service, AfterFixing, 0, {},
         QT_TR_NOOP("Dry run only"),
         QT_TR_NOOP("The request carried the DryRun parameter, so the service only checked it: it would have succeeded, but nothing was carried out."),
         {QT_TR_NOOP("Remove the DryRun parameter to carry out the request for real."),
          QT_TR_NOOP("If you did not add DryRun yourself, copy the details and report it: SMS Console never sets it.")}},

        {"FailedOperation", Service, AfterFixing, 0, {},
         QT_TR_NOOP("Operation failed"),
         QT_TR_NOOP("The service refused the operation without naming a more specific reason. Its message usually says what went wrong."),
         {QT_TR_NOOP("Read the server's message below for the reason."),
          QT_TR_NOOP("Check that the signature, template and numbers in the request are the ones you meant."),
          QT_TR_NOOP("If the message does not help, copy the details and contact support with the RequestId.")}},

        {"InternalError", Service, AfterSeconds, 30, RetryAfterCountdown,
         QT_TR_NOOP("Error inside the service"),
         QT_TR_NOOP("Something failed inside the SMS service. Your request was probably fine."),
         {QT_TR_NOOP("Wait half a minute and try again."),
          QT_TR_NOOP("Before sending again, check the send records so that nobody gets the message twice."),
          QT_TR_NOOP("If it keeps failing, copy the details and contact support with the RequestId.")}},

        {"InvalidAction", Service, Never, 0, OpenSettings,
         QT_TR_NOOP("Unknown action"),
         QT_TR_NOOP("The service does not know the action named in the request, or the action does not exist in API version 2021-01-11."),
         {QT_TR_NOOP("Check the spelling and capitals of the action name (SendSms, not sendSms)."),
          QT_TR_NOOP("Check in Profiles that the endpoint is the SMS service and not another product."),
          QT_TR_NOOP("If the request came from SMS Console itself, update it.")}},

        {"InvalidParameter", Parameters, AfterFixing, 0, {},
         QT_TR_NOOP("Invalid parameter"),
         QT_TR_NOOP("A parameter has the wrong format or type, for example a number where text is expected. The server's message names it."),
         {QT_TR_NOOP("Read the server's message below to see which parameter is wrong."),
          QT_TR_NOOP("Correct its value; for example TemplateId and SmsSdkAppId must be sent as text such as \"1400006666\"."),
          QT_TR_NOOP("If SMS Console built the request, copy the details and report it.")}},

        {"InvalidParameterValue", Parameters, AfterFixing, 0, {},
         QT_TR_NOOP("Parameter value not accepted"),
         QT_TR_NOOP("A parameter has the right type but a value the service does not accept, such as an ID that does not exist or a number out of range."),
         {QT_TR_NOOP("Read the server's message below to see which value is refused."),
          QT_TR_NOOP("Compare the value with what the cloud console shows for the application, signature or template."),
          QT_TR_NOOP("Correct it and send again.")}},

        {"InvalidRequest", Parameters, AfterFixing, 0, {},
         QT_TR_NOOP("Request body malformed"),
         QT_TR_NOOP("The service could not read the body of the request: its multipart or JSON structure is broken."),
         {QT_TR_NOOP("If you wrote the request by hand, check its syntax."),
          QT_TR_NOOP("Check that no proxy changes the body or its Content-Type."),
          QT_TR_NOOP("If SMS Console built the request, copy the details and report it.")}},

        {"IpInBlacklist", Permissions, Support, 0, {},
         QT_TR_NOOP("Your IP address is blocked"),
         QT_TR_NOOP("The public IP address this request came from is on a block list, so the service refuses every request from it."),
         {QT_TR_NOOP("Find out the public IP address of this network; your network administrator can tell you."),
          QT_TR_NOOP("Ask support, with the RequestId, why the address is blocked and how to lift the block."),
          QT_TR_NOOP("Meanwhile, send from another network whose address is not blocked.")}},

        {"IpNotInWhitelist", Permissions, AfterFixing, 0, {},
         QT_TR_NOOP("IP address not on the allow list"),
         QT_TR_NOOP("The account accepts API requests only from listed IP addresses, and this computer's public address is not among them."),
         {QT_TR_NOOP("Find out the public IP address of this network; your network administrator can tell you."),
          QT_TR_NOOP("Add it to the addresses allowed for API access in the cloud console, or ask the administrator to do it."),
          QT_TR_NOOP("Retry once the list is saved.")}},

        {"LimitExceeded", RateQuota, AfterFixing, 0, {},
         QT_TR_NOOP("Limit reached"),
         QT_TR_NOOP("A quota or limit of the account or application was reached. The server's message names it."),
         {QT_TR_NOOP("Read the server's message below to see which limit was reached."),
          QT_TR_NOOP("Check the limits and the usage in the cloud console, and raise the limit if you are allowed to."),
          QT_TR_NOOP("Retry after the limit resets or was raised; do not retry in a loop.")}},

        {"MissingParameter", Parameters, AfterFixing, 0, {},
         QT_TR_NOOP("Required parameter missing"),
         QT_TR_NOOP("The request lacks a parameter that the action requires."),
         {QT_TR_NOOP("Read the server's message below to see which parameter is missing."),
          QT_TR_NOOP("Fill it in (for example the application ID in Profiles, or the template of the campaign) and send again.")}},

        {"NoSuchProduct", Service, AfterFixing, 0, OpenSettings,
         QT_TR_NOOP("Wrong service address"),
         QT_TR_NOOP("The server at this address does not know the product named in the request. The endpoint probably points at another cloud service."),
         {QT_TR_NOOP("Open Profiles and check the endpoint: it must be the SMS service, for example sms.tencentcloudapi.com."),
          QT_TR_NOOP("Retry after correcting it.")}},

        {"NoSuchVersion", Service, AfterFixing, 0, OpenSettings,
         QT_TR_NOOP("API version not available"),
         QT_TR_NOOP("The server at this address does not offer the API version in the request (SMS Console uses 2021-01-11)."),
         {QT_TR_NOOP("Check in Profiles that the endpoint is the SMS service of the right site and region."),
          QT_TR_NOOP("If the version has been retired, update SMS Console.")}},

        {"RequestLimitExceeded", RateQuota, AfterSeconds, 1, RetryAfterCountdown,
         QT_TR_NOOP("Too many requests per second"),
         QT_TR_NOOP("The action was called more often than its per-second limit allows (for example SendSms 3000 times a second, AddSmsSign once a second)."),
         {QT_TR_NOOP("Wait for the countdown, then retry."),
          QT_TR_NOOP("Send large campaigns with the campaign runner, which spaces the requests for you."),
          QT_TR_NOOP("If other programs use the same key at the same time, spread their calls out or give them their own keys.")}},

        {"RequestLimitExceeded.GlobalRegionUinLimitExceeded", RateQuota, AfterSeconds, 1, RetryAfterCountdown,
         QT_TR_NOOP("Account request rate exceeded in all regions"),
         QT_TR_NOOP("All calls of this cloud account, across every region, together went over the account's request rate."),
         {QT_TR_NOOP("Wait for the countdown, then retry."),
          QT_TR_NOOP("Find other programs or scripts that call the cloud API with this account and slow them down."),
          QT_TR_NOOP("If you need this volume permanently, ask support to raise the account's limit.")}},

        {"RequestLimitExceeded.IPLimitExceeded", RateQuota, AfterSeconds, 1, RetryAfterCountdown,
         QT_TR_NOOP("Request rate from this IP address exceeded"),
         QT_TR_NOOP("Too many requests came from this network's public IP address in a short time. All computers behind the same address count together."),
         {QT_TR_NOOP("Wait for the countdown, then retry."),
          QT_TR_NOOP("Check whether other computers behind the same address call the API at the same time."),
          QT_TR_NOOP("Spread the calls out, or send from another network.")}},

        {"RequestLimitExceeded.UinLimitExceeded", RateQuota, AfterSeconds, 1, RetryAfterCountdown,
         QT_TR_NOOP("Account request rate exceeded"),
         QT_TR_NOOP("All keys of this account together called the API faster than the account allows."),
         {QT_TR_NOOP("Wait for the countdown, then retry."),
          QT_TR_NOOP("Find other programs or scripts that call the cloud API with this account and slow them down."),
          QT_TR_NOOP("If you need this volume permanently, ask support to raise the account's limit.")}},

        {"RequestSizeLimitExceeded", Parameters, AfterFixing, 0, EditCampaignRows,
         QT_TR_NOOP("Request too large"),
         QT_TR_NOOP("The request body is bigger than the service accepts."),
         {QT_TR_NOOP("Send at most 200 numbers per request, with shorter parameter values."),
          QT_TR_NOOP("Split a large campaign into smaller batches; the campaign runner does this for you."),
          QT_TR_NOOP("If you uploaded an image for a signature, make it smaller.")}},

        {"ResourceInUse", Service, AfterSeconds, 30, RetryAfterCountdown,
         QT_TR_NOOP("Item is busy"),
         QT_TR_NOOP("The item the request refers to is being used or changed by another operation right now."),
         {QT_TR_NOOP("Wait for the countdown, then retry."),
          QT_TR_NOOP("Make sure no other person or program is changing the same signature or template at the same time.")}},

        {"ResourceInsufficient", AccountBilling, AfterFixing, 0, {},
         QT_TR_NOOP("Not enough resources"),
         QT_TR_NOOP("The account lacks what this operation needs, for example quota left in its packages."),
         {QT_TR_NOOP("Read the server's message below to see what is missing."),
          QT_TR_NOOP("Check the account's packages and balance in the cloud console."),
          QT_TR_NOOP("Retry after topping up or freeing the resource.")}},

        {"ResourceNotFound", Parameters, AfterFixing, 0, {},
         QT_TR_NOOP("Item not found"),
         QT_TR_NOOP("The signature, template, application or record the request refers to does not exist in this account."),
         {QT_TR_NOOP("Compare the ID in the request with the lists in SMS Console or the cloud console."),
          QT_TR_NOOP("Make sure you use the key of the account that owns the item."),
          QT_TR_NOOP("Refresh the list: someone may have deleted the item.")}},

        {"ResourceUnavailable", Service, AfterFixing, 0, {},
         QT_TR_NOOP("Item not available"),
         QT_TR_NOOP("The item exists but cannot be used right now, for example because it is disabled, under review or suspended."),
         {QT_TR_NOOP("Read the server's message below for the reason."),
          QT_TR_NOOP("Check the item's status in the cloud console."),
          QT_TR_NOOP("Retry when it is available again.")}},

        {"ResponseSizeLimitExceeded", Parameters, AfterFixing, 0, {},
         QT_TR_NOOP("Answer would be too large"),
         QT_TR_NOOP("The answer to this request would be larger than the service is willing to send."),
         {QT_TR_NOOP("Ask for less at once: a smaller Limit or a shorter time range."),
          QT_TR_NOOP("Page through the results with Offset.")}},

        {"ServiceUnavailable", Service, AfterSeconds, 60, RetryAfterCountdown,
         QT_TR_NOOP("Service temporarily unavailable"),
         QT_TR_NOOP("The SMS service cannot handle requests at the moment, usually because of maintenance or overload."),
         {QT_TR_NOOP("Wait a minute, then retry."),
          QT_TR_NOOP("Check the provider's service status page or announcements."),
          QT_TR_NOOP("Before sending again, check the send records so that nobody gets the message twice.")}},

        {"UnauthorizedOperation", Permissions, AfterFixing, 0, OpenSettings,
         QT_TR_NOOP("Operation not permitted"),
         QT_TR_NOOP("This account or key may not carry out the operation."),
         {QT_TR_NOOP("Read the server's message below to see which permission is missing."),
          QT_TR_NOOP("Ask the administrator of the cloud account to grant the SMS permissions this key needs."),
          QT_TR_NOOP("Or enter a key that has those permissions in Profiles.")}},

        {"UnknownParameter", Parameters, AfterFixing, 0, {},
         QT_TR_NOOP("Unknown parameter"),
         QT_TR_NOOP("The request contains a parameter the action does not define, for example a misspelt name or one from another API version."),
         {QT_TR_NOOP("Read the server's message below to see which parameter is unknown."),
          QT_TR_NOOP("Remove it or correct its spelling; names are case-sensitive."),
          QT_TR_NOOP("Check that the request follows API version 2021-01-11.")}},

        {"UnsupportedOperation", Service, Never, 0, {},
         QT_TR_NOOP("Operation not supported"),
         QT_TR_NOOP("The service does not support this operation in this situation."),
         {QT_TR_NOOP("Read the server's message below to see what is not supported."),
          QT_TR_NOOP("Check the combination of numbers, signature and template: domestic and international ones must not be mixed."),
          QT_TR_NOOP("If it is unclear, contact support with the RequestId.")}},

        {"UnsupportedProtocol", NetworkClient, AfterFixing, 0, OpenSettings,
         QT_TR_NOOP("Request method not supported"),
         QT_TR_NOOP("The service accepts only GET and POST requests over HTTPS, and this request arrived differently."),
         {QT_TR_NOOP("Check in Profiles that the endpoint is right and that no proxy rewrites the requests."),
          QT_TR_NOOP("If it continues, update SMS Console and send the copied details to support.")}},

        {"UnsupportedRegion", Service, AfterFixing, 0, OpenSettings,
         QT_TR_NOOP("Region not supported"),
         QT_TR_NOOP("This action is not offered in the region chosen in Profiles. International SMS in particular is served only in some regions."),
         {QT_TR_NOOP("Open Profiles and choose a supported region, for example ap-guangzhou, or the default endpoint."),
          QT_TR_NOOP("For international SMS on the international site, use its endpoint."),
          QT_TR_NOOP("Retry after changing the region.")}},

        // --- SMS codes: FailedOperation -------------------------------------------------------------
        {"FailedOperation.ContainSensitiveWord", Template, AfterFixing, 0, EditCampaignRows | OpenTemplate,
         QT_TR_NOOP("Message contains a blocked word"),
         QT_TR_NOOP("The text of the message, including the values filled into the template, contains a word that the content filters do not allow."),
         {QT_TR_NOOP("Look at the parameter values of the refused rows: the blocked word is often in a filled-in value, not in the template."),
          QT_TR_NOOP("Rewrite or remove the word, then send the affected rows again."),
          QT_TR_NOOP("If you cannot find the word, contact support with the RequestId; they can name it.")}},

        {"FailedOperation.FailResolvePacket", Parameters, AfterFixing, 0, {},
         QT_TR_NOOP("Request could not be understood"),
         QT_TR_NOOP("The service could not make sense of the request, usually because a field does not follow the API description (wrong type or structure)."),
         {QT_TR_NOOP("Check the request against the API description: TemplateId and SmsSdkAppId are text, PhoneNumberSet is a list."),
          QT_TR_NOOP("If SMS Console built the request, copy the details and report it.")}},

        {"FailedOperation.ForbidAddMarketingTemplates", Permissions, Never, 0, OpenTemplate,
         QT_TR_NOOP("Marketing templates not allowed"),
         QT_TR_NOOP("This account is verified as an individual and may not create marketing templates."),
         {QT_TR_NOOP("If the message is not advertising, create it as a notification or verification-code template."),
          QT_TR_NOOP("To send marketing SMS, change the account's real-name verification to enterprise in the cloud console.")}},

        {"FailedOperation.InsufficientBalanceInSmsPackage", AccountBilling, AfterFixing, 0, RetryAfterCountdown | EditCampaignRows,
         QT_TR_NOOP("SMS packages used up"),
         QT_TR_NOOP("The account's SMS packages have no messages left to pay for this send."),
         {QT_TR_NOOP("Check the remaining package quota on the statistics page or in the cloud console."),
          QT_TR_NOOP("Buy a new SMS package (an international one if you send abroad)."),
          QT_TR_NOOP("Once the package is active, send the refused numbers again.")}},

        {"FailedOperation.JsonParseFail", Parameters, AfterFixing, 0, {},
         QT_TR_NOOP("Request body is not valid JSON"),
         QT_TR_NOOP("The service could not parse the body of the request as JSON."),
         {QT_TR_NOOP("If you typed the JSON yourself (smsctl call), check its quotes, commas and brackets."),
          QT_TR_NOOP("Make sure the body is UTF-8 text and that no proxy changes it."),
          QT_TR_NOOP("If SMS Console built the request, copy the details and report it.")}},

        {"FailedOperation.MarketingSendTimeConstraint", RateQuota, MarketingHours, 0, RetryAfterCountdown,
         QT_TR_NOOP("Outside the hours for marketing SMS"),
         QT_TR_NOOP("To avoid disturbing people, marketing messages may be sent only between 08:00 and 22:00 Beijing time."),
         {QT_TR_NOOP("Schedule the campaign for 08:00 Beijing time or later; the countdown shows when sending is allowed again."),
          QT_TR_NOOP("If the message is a notification or a verification code, use a template of that type instead."),
          QT_TR_NOOP("Remember that the hours are Beijing time (UTC+8), whatever this computer's time zone is.")}},

        {"FailedOperation.MissingSignature", Signature, AfterFixing, 0, OpenSignature,
         QT_TR_NOOP("No signature yet"),
         QT_TR_NOOP("A template can be submitted only once the account has a signature, and this account has none yet."),
         {QT_TR_NOOP("Open the signatures page and apply for a signature first."),
          QT_TR_NOOP("Wait until it is approved; review usually takes a few hours on working days."),
          QT_TR_NOOP("Then submit the template again.")}},

        {"FailedOperation.MissingSignatureList", Signature, AfterFixing, 0, OpenSignature,
         QT_TR_NOOP("Signature not recognised"),
         QT_TR_NOOP("The service could not match the signature in the request with an approved signature of this account. Usually the signature has not passed review."),
         {QT_TR_NOOP("Open the signatures page and check the signature's status; only approved signatures can be used."),
          QT_TR_NOOP("Check that the signature text matches exactly, without 【】 and without extra spaces."),
          QT_TR_NOOP("If it was rejected, read the reviewer's reply, correct it and apply again.")}},

        {"FailedOperation.MissingSignatureToModify", Signature, AfterFixing, 0, OpenSignature,
         QT_TR_NOOP("Signature to change not found"),
         QT_TR_NOOP("The SignId to change or delete was never applied for, or no longer exists."),
         {QT_TR_NOOP("Refresh the signatures page and pick the signature from the list instead of typing its ID."),
          QT_TR_NOOP("Make sure you use the key of the account that owns the signature.")}},

        {"FailedOperation.MissingTemplateList", Template, AfterFixing, 0, OpenTemplate,
         QT_TR_NOOP("Template not recognised"),
         QT_TR_NOOP("The service could not match the template in the request with an approved template of this account. Usually the template has not passed review."),
         {QT_TR_NOOP("Open the templates page and check the template's status; only approved templates can be used."),
          QT_TR_NOOP("Check that the TemplateId belongs to this account."),
          QT_TR_NOOP("If it was rejected, read the reviewer's reply, correct the template and submit it again.")}},

        {"FailedOperation.MissingTemplateToModify", Template, AfterFixing, 0, OpenTemplate,
         QT_TR_NOOP("Template to change not found"),
         QT_TR_NOOP("The TemplateId to change was never submitted, or no longer exists."),
         {QT_TR_NOOP("Refresh the templates page and pick the template from the list instead of typing its ID."),
          QT_TR_NOOP("Make sure you use the key of the account that owns the template.")}},

        {"FailedOperation.NotEnterpriseCertification", AccountBilling, AfterFixing, 0, {},
         QT_TR_NOOP("Enterprise verification required"),
         QT_TR_NOOP("Signature and template actions through the API are available only to accounts verified as a company, and this account is verified as an individual."),
         {QT_TR_NOOP("Manage signatures and templates in the cloud console's web pages instead."),
          QT_TR_NOOP("Or change the account's real-name verification to enterprise in the cloud console."),
          QT_TR_NOOP("After the change is approved, wait about an hour before retrying.")}},

        {"FailedOperation.OtherError", Service, AfterFixing, 0, {},
         QT_TR_NOOP("Refused for another reason"),
         QT_TR_NOOP("The service refused the request without naming the reason exactly. Usually a parameter does not meet its rules."),
         {QT_TR_NOOP("Read the server's message below for hints."),
          QT_TR_NOOP("Check every parameter: signature text, TemplateId, number format and the number of template parameters."),
          QT_TR_NOOP("If nothing looks wrong, contact support with the RequestId.")}},

        {"FailedOperation.ParametersOtherError", Parameters, AfterFixing, 0, {},
         QT_TR_NOOP("Unexplained parameter problem"),
         QT_TR_NOOP("The service found a problem with the parameters but could not say which."),
         {QT_TR_NOOP("Check the types and lengths of the parameters in the request."),
          QT_TR_NOOP("Try the same send with one number and simple values to narrow the problem down."),
          QT_TR_NOOP("If it persists, contact support with the RequestId.")}},

        {"FailedOperation.PhoneNumberInBlacklist", PhoneNumber, Never, 0, EditCampaignRows,
         QT_TR_NOOP("Number refuses messages"),
         QT_TR_NOOP("The number is on a do-not-disturb list, usually because its owner unsubscribed or the carrier blocked it. Messages to it are refused."),
         {QT_TR_NOOP("Remove the number from the campaign, or mark it so it is skipped next time."),
          QT_TR_NOOP("If the owner wants messages again, support can check the block with the RequestId."),
          QT_TR_NOOP("Do not keep retrying: repeated sends to blocked numbers count against the account.")}},

        {"FailedOperation.PhoneNumberParseFail", PhoneNumber, AfterFixing, 0, EditCampaignRows,
         QT_TR_NOOP("Number could not be read"),
         QT_TR_NOOP("The service could not make a phone number out of the text given."),
         {QT_TR_NOOP("Write the number with its country code, for example +8613800138000."),
          QT_TR_NOOP("Remove spaces, dashes, brackets and letters."),
          QT_TR_NOOP("Correct or remove the refused rows, then send them again.")}},

        {"FailedOperation.QualificationIdNotApproved", Signature, AfterFixing, 0, OpenSignature,
         QT_TR_NOOP("Qualification not approved"),
         QT_TR_NOOP("The qualification (the verified company record) attached to the signature has not been approved."),
         {QT_TR_NOOP("Check the qualification's status in the cloud console; correct it if it was rejected."),
          QT_TR_NOOP("Apply for the signature again once the qualification is approved.")}},

        {"FailedOperation.SignIdNotExist", Signature, AfterFixing, 0, OpenSignature,
         QT_TR_NOOP("Signature ID does not exist"),
         QT_TR_NOOP("There is no signature with this SignId in the account."),
         {QT_TR_NOOP("Refresh the signatures page and pick the signature from the list instead of typing its ID."),
          QT_TR_NOOP("Use the numeric SignId, not the signature text.")}},

        {"FailedOperation.SignNumberLimit", Signature, AfterFixing, 0, OpenSignature,
         QT_TR_NOOP("Too many signatures"),
         QT_TR_NOOP("The account already holds the largest number of signatures it may have."),
         {QT_TR_NOOP("Delete signatures you no longer use, especially rejected ones."),
          QT_TR_NOOP("Or change a rejected signature instead of adding a new one."),
          QT_TR_NOOP("If you need more, ask support to raise the limit.")}},

        {"FailedOperation.SignatureIncorrectOrUnapproved", Signature, AfterFixing, 0, OpenSignature,
         QT_TR_NOOP("Signature wrong or not approved"),
         QT_TR_NOOP("The signature in the request is not an approved signature of this account, or its format is wrong. A signature must be sent as its text (2 to 12 Chinese characters, letters or digits), not as its ID."),
         {QT_TR_NOOP("Open the signatures page and check that the signature is approved."),
          QT_TR_NOOP("Send the signature text exactly as approved: not its numeric ID, and without 【】."),
          QT_TR_NOOP("Check that the signature belongs to the same account as the key in Profiles.")}},

        {"FailedOperation.TemplateAlreadyPassedCheck", Template, Never, 0, OpenTemplate,
         QT_TR_NOOP("Approved template cannot be changed"),
         QT_TR_NOOP("Only templates under review or rejected can be edited, and this one is already approved."),
         {QT_TR_NOOP("To use other wording, create a new template with the changed text and submit it."),
          QT_TR_NOOP("Keep using the approved template until the new one is approved.")}},

        {"FailedOperation.TemplateIdNotExist", Template, AfterFixing, 0, OpenTemplate,
         QT_TR_NOOP("Template ID does not exist"),
         QT_TR_NOOP("There is no template with this TemplateId in the account."),
         {QT_TR_NOOP("Refresh the templates page and pick the template from the list instead of typing its ID."),
          QT_TR_NOOP("Make sure you use the key of the account that owns the template.")}},

        {"FailedOperation.TemplateIncorrectOrUnapproved", Template, AfterFixing, 0, OpenTemplate,
         QT_TR_NOOP("Template wrong or not approved"),
         QT_TR_NOOP("The template is not approved yet, or the request does not match the approved template."),
         {QT_TR_NOOP("Open the templates page and check that the template is approved and in effect."),
          QT_TR_NOOP("Check that the TemplateId fits the numbers: domestic templates for mainland numbers, international ones for the rest."),
          QT_TR_NOOP("If it was rejected, read the reviewer's reply, correct the template and submit it again.")}},

        {"FailedOperation.TemplateNumberLimit", Template, AfterFixing, 0, OpenTemplate,
         QT_TR_NOOP("Too many templates"),
         QT_TR_NOOP("The account already holds the largest number of templates it may have."),
         {QT_TR_NOOP("Delete templates you no longer use, especially rejected ones."),
          QT_TR_NOOP("Or change a rejected template instead of adding a new one."),
          QT_TR_NOOP("If you need more, ask support to raise the limit.")}},

        {"FailedOperation.TemplateParamSetNotMatchApprovedTemplate", Template, AfterFixing, 0, OpenTemplate | EditCampaignRows,
         QT_TR_NOOP("Parameter count does not match the template"),
         QT_TR_NOOP("The number of template parameters sent differs from the number of variables ({1}, {2} ...) in the approved template."),
         {QT_TR_NOOP("Open the template and count its variables."),
          QT_TR_NOOP("Give every row exactly that many parameters, in the same order; an empty column still counts."),
          QT_TR_NOOP("Send the corrected rows again.")}},

        {"FailedOperation.TemplateUnapprovedOrNotExist", Template, AfterFixing, 0, OpenTemplate,
         QT_TR_NOOP("Template not approved or missing"),
         QT_TR_NOOP("The template in the request has not been approved yet, or does not exist in this account."),
         {QT_TR_NOOP("Open the templates page and check the template's status."),
          QT_TR_NOOP("Wait for the approval, or choose another approved template."),
          QT_TR_NOOP("Check that the TemplateId belongs to this account.")}},

        // --- SMS codes: InternalError ---------------------------------------------------------------
        {"InternalError.ConstructUserDataFail", Service, AfterSeconds, 30, RetryAfterCountdown,
         QT_TR_NOOP("Service could not prepare the request"),
         QT_TR_NOOP("The service failed to build its internal data for this request. The fault is inside the service."),
         {QT_TR_NOOP("Wait for the countdown, then retry."),
          QT_TR_NOOP("If it happens again, contact support with the RequestId.")}},

        {"InternalError.JsonParseFail", Parameters, AfterFixing, 0, {},
         QT_TR_NOOP("Service could not read the parameters"),
         QT_TR_NOOP("The service failed to parse the parameters, usually because the JSON is broken or a value has the wrong type."),
         {QT_TR_NOOP("Check that the body is valid JSON and that every value has the type the API expects."),
          QT_TR_NOOP("If SMS Console built the request, copy the details and report it."),
          QT_TR_NOOP("If the body looks right, contact support with the RequestId.")}},

        {"InternalError.OtherError", Service, AfterSeconds, 60, RetryAfterCountdown | EditCampaignRows,
         QT_TR_NOOP("Unclassified service error"),
         QT_TR_NOOP("The service could not send, for a reason it does not name."),
         {QT_TR_NOOP("Send the refused numbers again after a minute."),
          QT_TR_NOOP("If the same numbers keep failing, contact support with the RequestId and those numbers.")}},

        {"InternalError.ParseBackendResponseFail", Service, CheckFirst, 0, EditCampaignRows,
         QT_TR_NOOP("Carrier's answer could not be read"),
         QT_TR_NOOP("The service could not read the answer it got from the carrier, so it does not know whether the message went out."),
         {QT_TR_NOOP("Check the delivery receipts and send records before sending again."),
          QT_TR_NOOP("Resend only to the numbers that have no delivery receipt."),
          QT_TR_NOOP("If it happens often, contact support with the RequestId.")}},

        {"InternalError.RequestTimeException", Clock, AfterFixing, 0, CorrectClock | RetryAfterCountdown,
         QT_TR_NOOP("Request time out of range"),
         QT_TR_NOOP("The time in the request differs from the service's clock by more than 10 minutes, or a time field of the request is implausible."),
         {QT_TR_NOOP("Check this computer's clock and time zone; click \"Correct the clock\" when an offset is shown."),
          QT_TR_NOOP("Turn on automatic time synchronisation (NTP) in the operating system so the clock stays right."),
          QT_TR_NOOP("Check that time fields in the request (BeginTime, EndTime) are in seconds, not milliseconds.")}},

        {"InternalError.RestApiInterfaceNotExist", Service, Never, 0, OpenSettings,
         QT_TR_NOOP("Internal interface missing"),
         QT_TR_NOOP("The request reached an internal interface that does not exist, usually because of a wrong action name, version or endpoint."),
         {QT_TR_NOOP("Check the action name and that the request uses API version 2021-01-11."),
          QT_TR_NOOP("Check the endpoint in Profiles."),
          QT_TR_NOOP("If it continues, update SMS Console and send the copied details to support.")}},

        {"InternalError.SendAndRecvFail", Service, AfterSeconds, 10, RetryAfterCountdown,
         QT_TR_NOOP("Internal timeout in the service"),
         QT_TR_NOOP("An internal call of the service timed out while handling the request, usually a short network hiccup inside the service."),
         {QT_TR_NOOP("Wait for the countdown, then retry."),
          QT_TR_NOOP("Before sending again, check the send records so that nobody gets the message twice."),
          QT_TR_NOOP("If it persists, check your own network and contact support with the RequestId.")}},

        {"InternalError.SigFieldMissing", Service, AfterSeconds, 30, RetryAfterCountdown,
         QT_TR_NOOP("Internal signature field missing"),
         QT_TR_NOOP("A request between the service's own components lacked its signature field. Your API key is not the cause."),
         {QT_TR_NOOP("Wait for the countdown, then retry."),
          QT_TR_NOOP("If it happens again, contact support with the RequestId.")}},

        {"InternalError.SigVerificationFail", Service, AfterSeconds, 30, RetryAfterCountdown,
         QT_TR_NOOP("Internal signature check failed"),
         QT_TR_NOOP("A signature check between the service's own components failed. Your API key is not the cause."),
         {QT_TR_NOOP("Wait for the countdown, then retry."),
          QT_TR_NOOP("If it happens again, contact support with the RequestId.")}},

        {"InternalError.Timeout", Service, CheckFirst, 0, EditCampaignRows,
         QT_TR_NOOP("Carrier did not answer in time"),
         QT_TR_NOOP("The service passed the message on to the carrier but got no answer in time. The message may or may not have gone out."),
         {QT_TR_NOOP("Wait for delivery receipts, or look the numbers up in the send records."),
          QT_TR_NOOP("Resend only to numbers that show no delivery after a few minutes."),
          QT_TR_NOOP("If many numbers are affected, contact support with the RequestId.")}},

        {"InternalError.UnknownError", Service, AfterSeconds, 60, RetryAfterCountdown,
         QT_TR_NOOP("Unknown error in the service"),
         QT_TR_NOOP("The service ran into an error it could not classify."),
         {QT_TR_NOOP("Wait for the countdown, then retry."),
          QT_TR_NOOP("If it happens again, contact support with the RequestId.")}},

        // --- SMS codes: InvalidParameter(Value) -----------------------------------------------------
        {"InvalidParameter.AppidAndBizId", Parameters, AfterFixing, 0, OpenSettings,
         QT_TR_NOOP("Application belongs to another account"),
         QT_TR_NOOP("The SMS application ID in the request does not belong to the account of the API key."),
         {QT_TR_NOOP("Compare the SmsSdkAppId in Profiles with the application list in the cloud console."),
          QT_TR_NOOP("Use the key and the application of the same account.")}},

        {"InvalidParameter.DirtyWordFound", Template, AfterFixing, 0, OpenTemplate,
         QT_TR_NOOP("Template contains a forbidden word"),
         QT_TR_NOOP("The template text contains a word that is not allowed in SMS."),
         {QT_TR_NOOP("Reword the template and leave out offensive, illegal or misleading words."),
          QT_TR_NOOP("Submit the template again."),
          QT_TR_NOOP("If you cannot find the word, contact support with the RequestId; they can name it.")}},

        {"InvalidParameter.InvalidParameters", Parameters, AfterFixing, 0, {},
         QT_TR_NOOP("Parameters incorrect"),
         QT_TR_NOOP("One or more parameters of the request are incorrect."),
         {QT_TR_NOOP("Read the server's message below to see which parameter is wrong."),
          QT_TR_NOOP("Check the types and allowed values in the API description and correct the request."),
          QT_TR_NOOP("If it is unclear, contact support with the RequestId.")}},

        {"InvalidParameterValue.BeginTimeVerifyFail", Parameters, AfterFixing, 0, {},
         QT_TR_NOOP("Start time not accepted"),
         QT_TR_NOOP("The start time of the query is invalid: wrong format, in the future, or further back than the service keeps data."),
         {QT_TR_NOOP("Choose a start time within the range the query allows, for example the last 7 days for receipts."),
          QT_TR_NOOP("Check the format: statistics take yyyymmddhh, other queries Unix seconds.")}},

        {"InvalidParameterValue.ContentLengthLimit", Template, AfterFixing, 0, EditCampaignRows | OpenTemplate,
         QT_TR_NOOP("Message too long"),
         QT_TR_NOOP("The message, with its signature and the filled-in values, is longer than the service accepts."),
         {QT_TR_NOOP("Look at the length and segment count of each row and shorten the longest values."),
          QT_TR_NOOP("If every row is too long, shorten the template text."),
          QT_TR_NOOP("Send the corrected rows again.")}},

        {"InvalidParameterValue.EndTimeVerifyFail", Parameters, AfterFixing, 0, {},
         QT_TR_NOOP("End time not accepted"),
         QT_TR_NOOP("The end time of the query is invalid: wrong format, before the start time, or in the future."),
         {QT_TR_NOOP("Choose an end time after the start time and not later than now."),
          QT_TR_NOOP("Keep the range within what the query allows, for example 32 days for callback statistics.")}},

        {"InvalidParameterValue.ImageInvalid", Signature, AfterFixing, 0, OpenSignature,
         QT_TR_NOOP("Proof image not accepted"),
         QT_TR_NOOP("The image sent with the signature application is not in a format the service can read."),
         {QT_TR_NOOP("Use a clear JPG or PNG scan of the document."),
          QT_TR_NOOP("Make the file smaller if it is very large, then upload it again."),
          QT_TR_NOOP("If you call the API yourself, send the image as plain base64 without a \"data:\" prefix.")}},

        {"InvalidParameterValue.IncorrectPhoneNumber", PhoneNumber, AfterFixing, 0, EditCampaignRows,
         QT_TR_NOOP("Phone number format wrong"),
         QT_TR_NOOP("The number is not a valid phone number in E.164 form: a plus sign, the country code, then the subscriber number."),
         {QT_TR_NOOP("Write the number with its country code, for example +8613800138000."),
          QT_TR_NOOP("Remove spaces, dashes and brackets, and check the number of digits."),
          QT_TR_NOOP("Correct or remove the refused rows, then send them again.")}},

        {"InvalidParameterValue.InvalidDocumentType", Signature, AfterFixing, 0, OpenSignature,
         QT_TR_NOOP("Document type not allowed"),
         QT_TR_NOOP("The document type chosen for the signature application does not fit the signature type, or is no longer accepted."),
         {QT_TR_NOOP("Choose a document type that fits the signature type, for example the business licence for a company signature."),
          QT_TR_NOOP("Note that app screenshots of individuals are not accepted for domestic signatures."),
          QT_TR_NOOP("Submit the application again.")}},

        {"InvalidParameterValue.InvalidInternational", Parameters, AfterFixing, 0, {},
         QT_TR_NOOP("Domestic or international flag wrong"),
         QT_TR_NOOP("The International field has a value the service does not accept, or differs from the value the item was created with."),
         {QT_TR_NOOP("Use 0 for mainland China and 1 for international, Hong Kong, Macao and Taiwan."),
          QT_TR_NOOP("When changing a signature or template, keep the value it was created with.")}},

        {"InvalidParameterValue.InvalidSignPurpose", Signature, AfterFixing, 0, OpenSignature,
         QT_TR_NOOP("Signature purpose not valid"),
         QT_TR_NOOP("The purpose given for the signature (own use or use for others) is not a value the service accepts."),
         {QT_TR_NOOP("Choose either own use or use for others."),
          QT_TR_NOOP("For use for others, attach the letter of authorisation as well."),
          QT_TR_NOOP("Submit the application again.")}},

        {"InvalidParameterValue.InvalidSmsType", Template, AfterFixing, 0, OpenTemplate,
         QT_TR_NOOP("Message type not valid"),
         QT_TR_NOOP("The SMS type of the template is not one the service accepts: 1 marketing, 2 notification, 3 verification code."),
         {QT_TR_NOOP("Choose the message type that fits the content."),
          QT_TR_NOOP("Submit the template again.")}},

        {"InvalidParameterValue.InvalidStartTime", Parameters, AfterFixing, 0, {},
         QT_TR_NOOP("Time range not valid"),
         QT_TR_NOOP("The start of the requested time range lies after its end."),
         {QT_TR_NOOP("Correct the start and end times so that the start comes first."),
          QT_TR_NOOP("Check that both use the same time zone and unit.")}},

        {"InvalidParameterValue.InvalidTemplateFormat", Template, AfterFixing, 0, OpenTemplate,
         QT_TR_NOOP("Template format not valid"),
         QT_TR_NOOP("The template text breaks the format rules, for example badly numbered variables or characters that are not allowed."),
         {QT_TR_NOOP("Number the variables {1}, {2}, {3} in order, with no gaps."),
          QT_TR_NOOP("Remove unusual symbols and the 【】 brackets; the signature is added separately."),
          QT_TR_NOOP("Submit the template again.")}},

        {"InvalidParameterValue.InvalidUsedMethod", Signature, AfterFixing, 0, OpenSignature,
         QT_TR_NOOP("Usage option not valid"),
         QT_TR_NOOP("The UsedMethod field of the application has a value the service does not accept."),
         {QT_TR_NOOP("Choose one of the offered usage options and submit again."),
          QT_TR_NOOP("If the options look out of date, update SMS Console.")}},

        {"InvalidParameterValue.MarketingTemplateWithoutUnsubscribe", Template, AfterFixing, 0, OpenTemplate,
         QT_TR_NOOP("Marketing template lacks an opt-out"),
         QT_TR_NOOP("Marketing templates must tell recipients how to stop receiving them."),
         {QT_TR_NOOP("Add an opt-out note at the end of the template, such as \"reply R to unsubscribe\" in the message's language."),
          QT_TR_NOOP("Submit the template again.")}},

        {"InvalidParameterValue.MissingSignatureList", Signature, AfterFixing, 0, OpenSignature,
         QT_TR_NOOP("Signature not recognised"),
         QT_TR_NOOP("The service could not match the signature in the request with an approved signature of this account. Usually the signature has not passed review."),
         {QT_TR_NOOP("Open the signatures page and check the signature's status; only approved signatures can be used."),
          QT_TR_NOOP("Check that the signature text matches exactly, without 【】 and without extra spaces."),
          QT_TR_NOOP("If it was rejected, read the reviewer's reply, correct it and apply again.")}},

        {"InvalidParameterValue.MultiSmsInfoSetEmpty", Parameters, AfterFixing, 0, EditCampaignRows,
         QT_TR_NOOP("No messages in the request"),
         QT_TR_NOOP("The list of numbers and templates for an international send with different content per number is empty."),
         {QT_TR_NOOP("Add at least one number with its template."),
          QT_TR_NOOP("If you imported a file, check that its rows were recognised.")}},

        {"InvalidParameterValue.ProhibitedUseUrlInTemplateParameter", Template, AfterFixing, 0, EditCampaignRows | OpenTemplate,
         QT_TR_NOOP("Link inside a template parameter"),
         QT_TR_NOOP("Template parameters may not contain web addresses. A link must be part of the approved template text."),
         {QT_TR_NOOP("Remove the link from the parameter values of the refused rows."),
          QT_TR_NOOP("If you need a link, put it into the template text and have the template approved."),
          QT_TR_NOOP("Send the corrected rows again.")}},

        {"InvalidParameterValue.QualificationIdNotFound", Signature, AfterFixing, 0, OpenSignature,
         QT_TR_NOOP("Qualification not found"),
         QT_TR_NOOP("The qualification given for the signature does not exist in this account. Domestic signatures need one."),
         {QT_TR_NOOP("Choose an existing qualification from the list in the cloud console."),
          QT_TR_NOOP("If you have none, create one and wait for its approval before applying for the signature.")}},

        {"InvalidParameterValue.SdkAppIdNotExist", Parameters, AfterFixing, 0, OpenSettings,
         QT_TR_NOOP("SMS application ID unknown"),
         QT_TR_NOOP("There is no SMS application with this SmsSdkAppId."),
         {QT_TR_NOOP("Open Profiles and compare the application ID with the application list in the cloud console (it looks like 1400006666)."),
          QT_TR_NOOP("Check for typing errors and extra spaces."),
          QT_TR_NOOP("Use the key and the application of the same account.")}},

        {"InvalidParameterValue.SignAlreadyPassedCheck", Signature, Never, 0, OpenSignature,
         QT_TR_NOOP("Approved signature cannot be changed"),
         QT_TR_NOOP("Only signatures under review or rejected can be edited, and this one is already approved."),
         {QT_TR_NOOP("Apply for a new signature if you need different text."),
          QT_TR_NOOP("Keep using the approved signature meanwhile.")}},

        {"InvalidParameterValue.SignExistAndUnapproved", Signature, AfterFixing, 0, OpenSignature,
         QT_TR_NOOP("Same signature already under review"),
         QT_TR_NOOP("A signature with the same text is already waiting for review."),
         {QT_TR_NOOP("Wait for the review of the existing application."),
          QT_TR_NOOP("If it needs changes, edit that application instead of submitting a new one.")}},

        {"InvalidParameterValue.SignNameLengthTooLong", Signature, AfterFixing, 0, OpenSignature,
         QT_TR_NOOP("Signature text too long"),
         QT_TR_NOOP("A signature may have at most 12 characters (and at least 2)."),
         {QT_TR_NOOP("Shorten the signature to 2 to 12 Chinese characters, letters or digits."),
          QT_TR_NOOP("Leave out the 【】 brackets; they are added when the message is sent.")}},

        {"InvalidParameterValue.TemplateParameterFormatError", Template, AfterFixing, 0, EditCampaignRows | OpenTemplate,
         QT_TR_NOOP("Verification code format wrong"),
         QT_TR_NOOP("In a verification-code template every parameter must be digits only, at most 6 of them."),
         {QT_TR_NOOP("Make the codes 6 digits or fewer, with no letters, spaces or symbols."),
          QT_TR_NOOP("If the parameter is not a code, use a notification template instead."),
          QT_TR_NOOP("Send the corrected rows again.")}},

        {"InvalidParameterValue.TemplateParameterLengthLimit", Template, AfterFixing, 0, EditCampaignRows | OpenTemplate,
         QT_TR_NOOP("Template parameter too long"),
         QT_TR_NOOP("A parameter value is longer than the account allows. New and long-unused accounts allow 6 characters per variable; the cloud console shows your limit."),
         {QT_TR_NOOP("Look up your per-variable limit in the cloud console."),
          QT_TR_NOOP("Shorten the values of the refused rows, or spread a long value over two variables in a new template."),
          QT_TR_NOOP("Send the corrected rows again.")}},

        {"InvalidParameterValue.UnsupportedTemplateVariable", Template, AfterFixing, 0, OpenTemplate,
         QT_TR_NOOP("Variable not allowed in this template"),
         QT_TR_NOOP("This type of template may not contain variables in this way; for domestic notification and marketing templates, variables are restricted."),
         {QT_TR_NOOP("Write the varying part as fixed text, or choose a template type that allows variables."),
          QT_TR_NOOP("Submit the template again.")}},

        // --- SMS codes: LimitExceeded ---------------------------------------------------------------
        {"LimitExceeded.AppCountryOrRegionDailyLimit", RateQuota, NextDayBeijing, 0, RetryAfterCountdown | EditCampaignRows,
         QT_TR_NOOP("Daily limit for this country or region reached"),
         QT_TR_NOOP("The application has sent as many messages to this country or region today as its configured limit allows."),
         {QT_TR_NOOP("Wait until the counter resets at 00:00 Beijing time."),
          QT_TR_NOOP("Or raise the per-country limit in the application's international SMS settings in the cloud console."),
          QT_TR_NOOP("Then send the refused numbers again.")}},

        {"LimitExceeded.AppCountryOrRegionInBlacklist", Permissions, AfterFixing, 0, EditCampaignRows,
         QT_TR_NOOP("Sending to this country or region is blocked"),
         QT_TR_NOOP("The application's international SMS settings do not allow this country or region."),
         {QT_TR_NOOP("Check the destination: a missing or wrong country code changes the country."),
          QT_TR_NOOP("If you do want to send there, allow the country or region in the application's international SMS settings in the cloud console."),
          QT_TR_NOOP("Then send the refused numbers again.")}},

        {"LimitExceeded.AppDailyLimit", RateQuota, NextDayBeijing, 0, RetryAfterCountdown | EditCampaignRows,
         QT_TR_NOOP("Application's daily limit reached"),
         QT_TR_NOOP("The application has sent as many messages today as its frequency-limit policy allows."),
         {QT_TR_NOOP("Wait until the counter resets at 00:00 Beijing time."),
          QT_TR_NOOP("Or raise the daily limit in the cloud console's frequency-limit settings."),
          QT_TR_NOOP("Then send the refused numbers again.")}},

        {"LimitExceeded.AppGlobalDailyLimit", RateQuota, NextDayBeijing, 0, RetryAfterCountdown | EditCampaignRows,
         QT_TR_NOOP("Daily international limit reached"),
         QT_TR_NOOP("The application has reached its daily total for international, Hong Kong, Macao and Taiwan messages."),
         {QT_TR_NOOP("Wait until the counter resets at 00:00 Beijing time."),
          QT_TR_NOOP("Or raise the total in the application's basic settings in the cloud console."),
          QT_TR_NOOP("Then send the refused numbers again.")}},

        {"LimitExceeded.AppMainlandChinaDailyLimit", RateQuota, NextDayBeijing, 0, RetryAfterCountdown | EditCampaignRows,
         QT_TR_NOOP("Daily mainland China limit reached"),
         QT_TR_NOOP("The application has reached its daily total for messages to mainland China numbers."),
         {QT_TR_NOOP("Wait until the counter resets at 00:00 Beijing time."),
          QT_TR_NOOP("Or raise the total in the application's basic settings in the cloud console."),
          QT_TR_NOOP("Then send the refused numbers again.")}},

        {"LimitExceeded.DailyLimit", RateQuota, NextDayBeijing, 0, RetryAfterCountdown | EditCampaignRows,
         QT_TR_NOOP("Daily international limit of the account reached"),
         QT_TR_NOOP("The account has sent as many international, Hong Kong, Macao and Taiwan messages today as the provider allows."),
         {QT_TR_NOOP("Wait until the counter resets at 00:00 Beijing time."),
          QT_TR_NOOP("If you regularly need more, ask support to change the limit."),
          QT_TR_NOOP("Then send the refused numbers again.")}},

        {"LimitExceeded.DeliveryFrequencyLimit", RateQuota, AfterFixing, 0, EditCampaignRows,
         QT_TR_NOOP("Frequency limit reached"),
         QT_TR_NOOP("Sending to this number hit one of the application's frequency-limit rules (per 30 seconds, per hour or per day)."),
         {QT_TR_NOOP("Do not resend at once: hourly windows clear within an hour, daily ones at 00:00 Beijing time."),
          QT_TR_NOOP("Check the list for duplicate numbers and for campaigns that overlap."),
          QT_TR_NOOP("If the rules are too strict for your use, change them in the cloud console's frequency-limit settings.")}},

        {"LimitExceeded.GlobalSmsSendingRateLimit", RateQuota, AfterSeconds, 10, RetryAfterCountdown | EditCampaignRows,
         QT_TR_NOOP("International sending rate exceeded"),
         QT_TR_NOOP("International messages were submitted faster than the service allows for the account."),
         {QT_TR_NOOP("Wait for the countdown, then send the refused numbers again."),
          QT_TR_NOOP("Lower the campaign's send rate so that requests are spread out.")}},

        {"LimitExceeded.PhoneNumberCountLimit", Parameters, AfterFixing, 0, EditCampaignRows,
         QT_TR_NOOP("More than 200 numbers in one request"),
         QT_TR_NOOP("One request may carry at most 200 numbers."),
         {QT_TR_NOOP("Split the list into batches of 200 numbers or fewer; campaigns in SMS Console do this for you."),
          QT_TR_NOOP("Send the batches one after another.")}},

        {"LimitExceeded.PhoneNumberDailyLimit", RateQuota, NextDayBeijing, 0, RetryAfterCountdown | EditCampaignRows,
         QT_TR_NOOP("Number reached its daily limit"),
         QT_TR_NOOP("This number has already received as many messages today as the frequency-limit policy allows."),
         {QT_TR_NOOP("Do not resend today; the counter resets at 00:00 Beijing time."),
          QT_TR_NOOP("Check whether the same person receives messages from several campaigns."),
          QT_TR_NOOP("If the limit is too strict for your use, change it in the cloud console's frequency-limit settings.")}},

        {"LimitExceeded.PhoneNumberOneHourLimit", RateQuota, AfterSeconds, 3600, RetryAfterCountdown | EditCampaignRows,
         QT_TR_NOOP("Number reached its hourly limit"),
         QT_TR_NOOP("This number has received as many messages within the last hour as the frequency-limit policy allows."),
         {QT_TR_NOOP("Wait up to an hour before sending to this number again."),
          QT_TR_NOOP("Avoid sending several messages to the same person within a short time."),
          QT_TR_NOOP("If the limit is too strict for your use, change it in the cloud console's frequency-limit settings.")}},

        {"LimitExceeded.PhoneNumberSameContentDailyLimit", RateQuota, NextDayBeijing, 0, RetryAfterCountdown | EditCampaignRows,
         QT_TR_NOOP("Same message sent too often today"),
         QT_TR_NOOP("This number has already received the same text as many times today as the policy allows."),
         {QT_TR_NOOP("Do not send the identical text again today; the counter resets at 00:00 Beijing time."),
          QT_TR_NOOP("Check for duplicate rows, or a campaign that was started twice."),
          QT_TR_NOOP("If the repeat is intended, change the limit in the cloud console's frequency-limit settings.")}},

        {"LimitExceeded.PhoneNumberThirtySecondLimit", RateQuota, AfterSeconds, 30, RetryAfterCountdown | EditCampaignRows,
         QT_TR_NOOP("Number already got a message within 30 seconds"),
         QT_TR_NOOP("This number received a message less than 30 seconds ago, and the policy allows only one in that time."),
         {QT_TR_NOOP("Wait 30 seconds before sending to this number again."),
          QT_TR_NOOP("Check the list for duplicates of this number."),
          QT_TR_NOOP("For verification codes, stop users from asking for a new code too quickly.")}},

        // --- SMS codes: MissingParameter, UnauthorizedOperation, UnsupportedOperation ---------------
        {"MissingParameter.EmptyPhoneNumberSet", PhoneNumber, AfterFixing, 0, EditCampaignRows,
         QT_TR_NOOP("No phone numbers given"),
         QT_TR_NOOP("The list of numbers in the request is empty."),
         {QT_TR_NOOP("Add at least one phone number."),
          QT_TR_NOOP("If you imported a file, check that the number column was recognised.")}},

        {"MissingParameter.MissingSignatureList", Signature, AfterFixing, 0, OpenSignature | OpenTemplate,
         QT_TR_NOOP("Signature or template not in this account"),
         QT_TR_NOOP("The account has no signature or template matching the request."),
         {QT_TR_NOOP("Check the signature text and the TemplateId on the signatures and templates pages."),
          QT_TR_NOOP("Make sure the key in Profiles belongs to the account that owns them.")}},

        {"UnauthorizedOperation.IndividualUserMarketingSmsPermissionDeny", Permissions, Never, 0, OpenTemplate,
         QT_TR_NOOP("Individuals cannot send marketing SMS"),
         QT_TR_NOOP("Accounts verified as an individual may not send marketing messages."),
         {QT_TR_NOOP("If the message is not advertising, send it with a notification or verification-code template."),
          QT_TR_NOOP("To send marketing SMS, change the account's real-name verification to enterprise in the cloud console.")}},

        {"UnauthorizedOperation.RequestIpNotInWhitelist", Permissions, AfterFixing, 0, {},
         QT_TR_NOOP("IP address not allowed for this application"),
         QT_TR_NOOP("The SMS application accepts requests only from listed IP addresses, and this network's public address is not one of them."),
         {QT_TR_NOOP("Find out the public IP address of this network; your network administrator can tell you."),
          QT_TR_NOOP("Add it to the application's allowed IP addresses in the cloud console, or switch the check off."),
          QT_TR_NOOP("Retry once the list is saved.")}},

        {"UnauthorizedOperation.RequestPermissionDeny", Permissions, Support, 0, {},
         QT_TR_NOOP("Request not permitted"),
         QT_TR_NOOP("The account may not make this request, for example because the feature must first be enabled by the provider."),
         {QT_TR_NOOP("Check whether the action needs enabling first (pulling receipts and replies does)."),
          QT_TR_NOOP("Contact support with the RequestId to have the permission granted.")}},

        {"UnauthorizedOperation.SdkAppIdIsDisabled", Permissions, Support, 0, OpenSettings,
         QT_TR_NOOP("SMS application disabled"),
         QT_TR_NOOP("The SMS application has been disabled and does not send messages."),
         {QT_TR_NOOP("Check the application's status in the cloud console."),
          QT_TR_NOOP("Contact support with the RequestId to learn why, and to have it enabled again."),
          QT_TR_NOOP("Meanwhile, choose another active application in Profiles if you have one.")}},

        {"UnauthorizedOperation.ServiceSuspendDueToArrears", AccountBilling, AfterFixing, 0, RetryAfterCountdown,
         QT_TR_NOOP("Service suspended: account in arrears"),
         QT_TR_NOOP("The account has unpaid charges, so the service was suspended."),
         {QT_TR_NOOP("Top up the account in the billing pages of the cloud console to clear the arrears."),
          QT_TR_NOOP("Wait a few minutes for the service to resume, then retry.")}},

        {"UnauthorizedOperation.SmsSdkAppIdVerifyFail", Permissions, AfterFixing, 0, OpenSettings,
         QT_TR_NOOP("Application does not match the key"),
         QT_TR_NOOP("The SmsSdkAppId does not belong to the account that owns the API key."),
         {QT_TR_NOOP("Compare the SmsSdkAppId in Profiles with the application list in the cloud console."),
          QT_TR_NOOP("If the application belongs to another account, use that account's key, or an application of this key's account.")}},

        {"UnsupportedOperation.", Service, Never, 0, {},
         QT_TR_NOOP("Request not supported"),
         QT_TR_NOOP("The service does not support this request. (The service sends this code with a trailing dot.)"),
         {QT_TR_NOOP("Read the server's message below to see what is not supported."),
          QT_TR_NOOP("Check the combination of numbers, signature and template: domestic and international ones must not be mixed."),
          QT_TR_NOOP("If it is unclear, contact support with the RequestId.")}},

        {"UnsupportedOperation.ChineseMainlandTemplateToGlobalPhone", Template, AfterFixing, 0, OpenTemplate | EditCampaignRows,
         QT_TR_NOOP("Domestic template used for an international number"),
         QT_TR_NOOP("Templates for mainland China cannot be sent to international, Hong Kong, Macao or Taiwan numbers."),
         {QT_TR_NOOP("Use an approved international template for these numbers."),
          QT_TR_NOOP("Check the numbers: a wrong country code can make a mainland number look international."),
          QT_TR_NOOP("Send mainland and international numbers as separate campaigns.")}},

        {"UnsupportedOperation.ContainDomesticAndInternationalPhoneNumber", PhoneNumber, AfterFixing, 0, EditCampaignRows,
         QT_TR_NOOP("Mainland and international numbers mixed"),
         QT_TR_NOOP("One request may contain only mainland China numbers or only international numbers, not both."),
         {QT_TR_NOOP("Split the list into mainland and international numbers."),
          QT_TR_NOOP("Send each part with a matching signature and template."),
          QT_TR_NOOP("Check the country codes of numbers you did not expect to be international.")}},

        {"UnsupportedOperation.ContainDomesticPhoneNumber", PhoneNumber, AfterFixing, 0, EditCampaignRows,
         QT_TR_NOOP("Mainland number in an international send"),
         QT_TR_NOOP("This kind of send is only for international, Hong Kong, Macao and Taiwan numbers, and the list contains mainland China numbers."),
         {QT_TR_NOOP("Remove the mainland numbers from this send."),
          QT_TR_NOOP("Send them separately with a domestic signature and template.")}},

        {"UnsupportedOperation.GlobalTemplateToChineseMainlandPhone", Template, AfterFixing, 0, OpenTemplate | EditCampaignRows,
         QT_TR_NOOP("International template used for a mainland number"),
         QT_TR_NOOP("International templates cannot be sent to mainland China numbers."),
         {QT_TR_NOOP("Use an approved domestic template and signature for mainland numbers."),
          QT_TR_NOOP("Send mainland and international numbers as separate campaigns.")}},

        {"UnsupportedOperation.UnsupportedRegion", PhoneNumber, Never, 0, EditCampaignRows,
         QT_TR_NOOP("Destination not served"),
         QT_TR_NOOP("The service does not deliver SMS to this country or region."),
         {QT_TR_NOOP("Check the number's country code."),
          QT_TR_NOOP("Remove numbers in regions that are not served from the campaign.")}},

        // --- Detected by SMS Console itself ---------------------------------------------------------
        {"ClientError", NetworkClient, AfterSeconds, 10, RetryAfterCountdown,
         QT_TR_NOOP("Problem on this computer's side"),
         QT_TR_NOOP("SMS Console could not complete the request because of a problem it detected itself, before or while talking to the service."),
         {QT_TR_NOOP("Read the message below for the details."),
          QT_TR_NOOP("Check the network connection and the endpoint in Profiles."),
          QT_TR_NOOP("If it continues, copy the details and report it.")}},

        {"ClientError.ImportUnreadable", Parameters, AfterFixing, 0, {},
         QT_TR_NOOP("Recipient list could not be read"),
         QT_TR_NOOP("SMS Console could not read the recipient list, or could not write it into the campaign journal: the file is missing, unreadable, not a CSV or .xlsx file, or the disk is full. Nothing was sent."),
         {QT_TR_NOOP("Read the message below: it says which file and what went wrong."),
          QT_TR_NOOP("Save the spreadsheet again as CSV (UTF-8) or .xlsx, and import that file."),
          QT_TR_NOOP("Check that the disk holding SMS Console's data has free space.")}},

        {"ClientError.JournalUnavailable", NetworkClient, AfterFixing, 0, {},
         QT_TR_NOOP("Campaign journal not available"),
         QT_TR_NOOP("SMS Console keeps every campaign, batch and recipient in the profile's store (a database on this computer, or a team's shared database), and it could not open or write it. Nothing is sent without that record, so that no number is ever sent twice."),
         {QT_TR_NOOP("Check that the disk holding SMS Console's data has free space and can be written."),
          QT_TR_NOOP("If the profile uses a team's shared store, check that its server can be reached; a campaign that lost it waits and goes on by itself when it is back.")}},

        {"ClientError.CampaignUnavailable", Parameters, AfterSeconds, 10, RetryAfterCountdown,
         QT_TR_NOOP("Campaign stopped or missing"),
         QT_TR_NOOP("Several clients (SMS Console or smsctl, on this computer or a teammate's) may send one campaign: each claims its batches under a lease it keeps renewing. This client could not renew its lease in time and another one took it for stopped, so it stopped sending; or the campaign is not in this profile's store. No batch is ever sent by two clients."),
         {QT_TR_NOOP("Resume the campaign: it sends what is still queued and first settles what was in flight."),
          QT_TR_NOOP("Check that the campaign belongs to the active profile.")}},

        {"Campaign.DuplicatePhoneNumber", PhoneNumber, Never, 0, EditCampaignRows,
         QT_TR_NOOP("Number already in the list"),
         QT_TR_NOOP("This number appears in an earlier row of the campaign. The service would send and bill it twice, so SMS Console keeps only the first row and leaves this one out. Nothing was sent for this row."),
         {QT_TR_NOOP("Nothing needs to be done if the number should receive the message once."),
          QT_TR_NOOP("If two different people share the number by mistake, correct the row in the file and import it again.")}},

        {"ClientError.Cancelled", NetworkClient, Anytime, 0, RetryAfterCountdown,
         QT_TR_NOOP("Cancelled"),
         QT_TR_NOOP("The request was cancelled before an answer arrived. If it had already left, the service may still have carried it out."),
         {QT_TR_NOOP("Run it again when you are ready."),
          QT_TR_NOOP("Before repeating a send, check the send records: it may have gone out.")}},

        {"ClientError.ConnectionRefused", NetworkClient, AfterSeconds, 10, OpenSettings | RetryAfterCountdown,
         QT_TR_NOOP("Connection refused"),
         QT_TR_NOOP("The server, or a firewall on the way, refused the connection. Nothing was sent."),
         {QT_TR_NOOP("Check the host and port of the endpoint in Profiles."),
          QT_TR_NOOP("If you use the built-in sandbox, make sure it is running."),
          QT_TR_NOOP("Check firewall and proxy settings, then retry.")}},

        {"ClientError.ConnectionReset", NetworkClient, AfterSeconds, 10, RetryAfterCountdown,
         QT_TR_NOOP("Connection dropped"),
         QT_TR_NOOP("The connection was closed in the middle of the request. The service may or may not have received and carried it out."),
         {QT_TR_NOOP("Check the network connection."),
          QT_TR_NOOP("Before repeating a send, check the send records: it may have gone out."),
          QT_TR_NOOP("Retry once the connection is stable.")}},

        {"ClientError.DnsFailure", NetworkClient, AfterFixing, 0, OpenSettings | RetryAfterCountdown,
         QT_TR_NOOP("Server name not found"),
         QT_TR_NOOP("This computer could not look up the endpoint's host name: the name is misspelt, or there is no working DNS or internet connection. Nothing was sent."),
         {QT_TR_NOOP("Check the host name of the endpoint in Profiles."),
          QT_TR_NOOP("Check the internet connection, for example by opening a web page."),
          QT_TR_NOOP("If you use a proxy or VPN, check that it is connected.")}},

        {"ClientError.HttpStatus", NetworkClient, AfterSeconds, 30, OpenSettings | RetryAfterCountdown,
         QT_TR_NOOP("Unexpected HTTP answer"),
         QT_TR_NOOP("The server answered with an HTTP error status instead of an API response. A 5xx status means the server had trouble; a 4xx status usually points to a wrong endpoint or a proxy."),
         {QT_TR_NOOP("Look at the status in the message below."),
          QT_TR_NOOP("For 4xx, check the endpoint in Profiles and any proxy between this computer and the service."),
          QT_TR_NOOP("For 5xx, wait for the countdown and retry; check the send records first if it was a send.")}},

        {"ClientError.InsecureEndpoint", NetworkClient, AfterFixing, 0, OpenSettings,
         QT_TR_NOOP("Endpoint is not encrypted"),
         QT_TR_NOOP("The endpoint in Profiles uses plain HTTP. SMS Console does not send keys and messages unencrypted, so nothing was sent."),
         {QT_TR_NOOP("Open Profiles and change the endpoint to an https:// address."),
          QT_TR_NOOP("Only the built-in sandbox on this computer may use plain HTTP.")}},

        {"ClientError.InvalidEndpoint", NetworkClient, AfterFixing, 0, OpenSettings,
         QT_TR_NOOP("Endpoint address not valid"),
         QT_TR_NOOP("The endpoint in Profiles is not a usable web address, so nothing was sent."),
         {QT_TR_NOOP("Open Profiles and enter an address such as https://sms.tencentcloudapi.com."),
          QT_TR_NOOP("Remove spaces, and anything after the host name.")}},

        {"ClientError.KeychainAccessDenied", NetworkClient, AfterFixing, 0, OpenSettings,
         QT_TR_NOOP("Keychain access refused"),
         QT_TR_NOOP("The system keychain is locked, or access to it was refused, so SMS Console could not read or store the keys of this profile."),
         {QT_TR_NOOP("Unlock the system keychain (on Linux, GNOME Keyring or KWallet) and try again."),
          QT_TR_NOOP("If the keychain asks whether SMS Console may use it, allow it."),
          QT_TR_NOOP("If it cannot be unlocked, use the keys for this session only: they stay in memory and are forgotten when SMS Console closes.")}},

        {"ClientError.KeychainEntryNotFound", Authentication, AfterFixing, 0, OpenSettings,
         QT_TR_NOOP("No keys saved for this profile"),
         QT_TR_NOOP("The system keychain holds no SecretId and SecretKey for this profile: they were never saved on this computer, or they were removed."),
         {QT_TR_NOOP("Open Profiles and enter the SecretId and SecretKey of this profile again."),
          QT_TR_NOOP("Copy them from the cloud console's API key page, without spaces before or after them."),
          QT_TR_NOOP("For smsctl, save the keys in SMS Console first, or set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY and leave out --profile.")}},

        {"ClientError.KeychainError", NetworkClient, AfterFixing, 0, OpenSettings | RetryAfterCountdown,
         QT_TR_NOOP("System keychain error"),
         QT_TR_NOOP("The system keychain reported an error while reading or storing the keys of this profile. The message below comes from the keychain."),
         {QT_TR_NOOP("Try once more: a busy keychain may answer now."),
          QT_TR_NOOP("Check the keychain in its own application (for example Seahorse or KDE Wallet Manager)."),
          QT_TR_NOOP("Enter the keys in Profiles again, or use them for this session only.")}},

        {"ClientError.KeychainUnavailable", NetworkClient, AfterFixing, 0, OpenSettings,
         QT_TR_NOOP("System keychain not available"),
         QT_TR_NOOP("SMS Console keeps keys only in the system keychain, and it could not reach it: it is locked, not installed, or its service is not running."),
         {QT_TR_NOOP("Unlock the system keychain (on Linux, GNOME Keyring or KWallet) and try again."),
          QT_TR_NOOP("On Linux, make sure a Secret Service provider is installed and running."),
          QT_TR_NOOP("Once it works, enter the keys in Profiles again.")}},

        {"ClientError.MalformedResponse", NetworkClient, AfterSeconds, 30, OpenSettings | RetryAfterCountdown,
         QT_TR_NOOP("Answer could not be read"),
         QT_TR_NOOP("The server answered, but not with a valid API response; for example a proxy or a login page of the network sent an HTML page."),
         {QT_TR_NOOP("Check that the endpoint in Profiles is the SMS API."),
          QT_TR_NOOP("Check whether the network needs a login in a web browser first (hotel, company or public Wi-Fi)."),
          QT_TR_NOOP("Before repeating a send, check the send records: it may have gone out.")}},

        {"ClientError.MissingCredentials", Authentication, AfterFixing, 0, OpenSettings,
         QT_TR_NOOP("No API key entered"),
         QT_TR_NOOP("There is no SecretId or SecretKey for this profile, so the request could not be signed and nothing was sent."),
         {QT_TR_NOOP("Open Profiles and enter the SecretId and SecretKey from the cloud console's API key page."),
          QT_TR_NOOP("Or switch to the built-in sandbox, which needs no account."),
          QT_TR_NOOP("For smsctl, set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY in the environment.")}},

        {"ClientError.MissingStatusCode", PhoneNumber, CheckFirst, 0, EditCampaignRows,
         QT_TR_NOOP("Number returned without a status"),
         QT_TR_NOOP("The service listed this number without a status code, so it is unknown whether its message went out."),
         {QT_TR_NOOP("Check the send records and delivery receipts for these numbers."),
          QT_TR_NOOP("Resend only to the numbers that have no delivery receipt."),
          QT_TR_NOOP("If it happens again, copy the details and report it with the RequestId.")}},

        {"ClientError.NetworkError", NetworkClient, AfterSeconds, 10, RetryAfterCountdown,
         QT_TR_NOOP("Network error"),
         QT_TR_NOOP("The request failed because of a network problem between this computer and the service."),
         {QT_TR_NOOP("Check the network connection, and the proxy or VPN if you use one."),
          QT_TR_NOOP("Before repeating a send, check the send records: it may have gone out."),
          QT_TR_NOOP("Retry once the connection is stable.")}},

        {"ClientError.PartialFailure", PhoneNumber, AfterFixing, 0, EditCampaignRows,
         QT_TR_NOOP("Some numbers were refused"),
         QT_TR_NOOP("The send was accepted, but the service refused some of the numbers, each for its own reason. The other numbers were sent."),
         {QT_TR_NOOP("Look at each group of refused numbers: every reason has its own guidance."),
          QT_TR_NOOP("Correct or remove the refused rows, then send only those again."),
          QT_TR_NOOP("Do not resend the whole list: the accepted numbers already got the message.")}},

        {"ClientError.ResponseTooLarge", NetworkClient, AfterFixing, 0, OpenSettings,
         QT_TR_NOOP("Answer too large"),
         QT_TR_NOOP("The answer was larger than SMS Console is willing to read, so it was discarded."),
         {QT_TR_NOOP("Ask for less at once: a smaller Limit or a shorter time range."),
          QT_TR_NOOP("Check that the endpoint in Profiles is the SMS API; another server may send large pages.")}},

        {"ClientError.Timeout", NetworkClient, AfterSeconds, 10, OpenSettings | RetryAfterCountdown,
         QT_TR_NOOP("No answer in time"),
         QT_TR_NOOP("The service did not answer completely within the time limit. The request may still have been carried out."),
         {QT_TR_NOOP("Check the network connection."),
          QT_TR_NOOP("Before repeating a send, check the send records: it may have gone out."),
          QT_TR_NOOP("If the network is slow, try again when it is better; smsctl waits longer with --timeout.")}},

        {"ClientError.TlsError", NetworkClient, AfterFixing, 0, OpenSettings,
         QT_TR_NOOP("Secure connection failed"),
         QT_TR_NOOP("The encrypted (TLS) connection could not be set up, or the server's certificate is not trusted. SMS Console never ignores this: it can mean that someone is intercepting the connection."),
         {QT_TR_NOOP("Check this computer's date and time: a wrong date makes valid certificates look invalid."),
          QT_TR_NOOP("If your company inspects encrypted traffic, install its root certificate in the system."),
          QT_TR_NOOP("Check that the endpoint in Profiles is the real service.")}},

        {"ClientError.TruncatedResponse", NetworkClient, AfterSeconds, 10, RetryAfterCountdown,
         QT_TR_NOOP("Answer cut off"),
         QT_TR_NOOP("The answer ended before it was complete, usually because the connection broke. The request may have been carried out."),
         {QT_TR_NOOP("Check the network connection."),
          QT_TR_NOOP("Before repeating a send, check the send records: it may have gone out."),
          QT_TR_NOOP("Retry once the connection is stable.")}},
        // clang-format on
    };
    *count = qsizetype(std::size(entries));
    return entries;
}

const ErrorEntry &ErrorCatalog::genericEntry()
{
    static constexpr ErrorEntry generic = {
        "", ErrorCategory::Service, RetryAdvice::AfterFixing, 0, {},
        QT_TR_NOOP("Unrecognised error"),
        QT_TR_NOOP("SMS Console does not know this error code yet. The server's message below is the best description available."),
        {QT_TR_NOOP("Read the server's message below."),
         QT_TR_NOOP("Look the code up in the provider's list of error codes."),
         QT_TR_NOOP("If it is unclear, copy the details and contact support with the RequestId.")}};
    return generic;
}

namespace {
const QHash<QString, const ErrorEntry *> &index(const ErrorEntry *entries, qsizetype count)
{
    static const QHash<QString, const ErrorEntry *> byCode = [entries, count] {
        QHash<QString, const ErrorEntry *> hash;
        hash.reserve(count);
        for (qsizetype i = 0; i < count; ++i)
            hash.insert(QString::fromLatin1(entries[i].code), &entries[i]);
        return hash;
    }();
    return byCode;
}

// Server text goes to terminals too: control characters (escape sequences,
// carriage returns) must not reach them, whatever the service sends.
QString printable(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool control = u < 0x20 || (u >= 0x7f && u < 0xa0);
        result.append(control ? QChar(u'\uFFFD') : c);
    }
    return result;
}
} // namespace

const ErrorEntry *ErrorCatalog::find(const QString &code)
{
    qsizetype count = 0;
    const ErrorEntry *entries = table(&count);
    return index(entries, count).value(code, nullptr);
}

const ErrorEntry &ErrorCatalog::resolve(const QString &code, QString *matchedCode)
{
    // "A.B.C" -> "A.B" -> "A"; a trailing dot ("UnsupportedOperation.") is a
    // key of its own before it is a prefix.
    QString key = code.trimmed();
    while (!key.isEmpty()) {
        if (const ErrorEntry *entry = find(key)) {
            if (matchedCode)
                *matchedCode = key;
            return *entry;
        }
        const qsizetype dot = key.lastIndexOf(QLatin1Char('.'));
        if (dot < 0)
            break;
        key.truncate(dot);
    }
    if (matchedCode)
        matchedCode->clear();
    return genericEntry();
}

QStringList ErrorCatalog::knownCodes()
{
    qsizetype count = 0;
    const ErrorEntry *entries = table(&count);
    QStringList codes;
    codes.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        codes.append(QString::fromLatin1(entries[i].code));
    std::sort(codes.begin(), codes.end());
    return codes;
}

const char *ErrorCatalog::categorySource(ErrorCategory category)
{
    switch (category) {
    case ErrorCategory::Authentication:
        return QT_TR_NOOP("Authentication");
    case ErrorCategory::Clock:
        return QT_TR_NOOP("Clock");
    case ErrorCategory::Permissions:
        return QT_TR_NOOP("Permissions");
    case ErrorCategory::RateQuota:
        return QT_TR_NOOP("Rate and quota limits");
    case ErrorCategory::Signature:
        return QT_TR_NOOP("Signature");
    case ErrorCategory::Template:
        return QT_TR_NOOP("Template");
    case ErrorCategory::Parameters:
        return QT_TR_NOOP("Request parameters");
    case ErrorCategory::PhoneNumber:
        return QT_TR_NOOP("Phone numbers");
    case ErrorCategory::AccountBilling:
        return QT_TR_NOOP("Account and billing");
    case ErrorCategory::Service:
        return QT_TR_NOOP("Service");
    case ErrorCategory::NetworkClient:
        return QT_TR_NOOP("Network and this computer");
    }
    return nullptr;
}

QString ErrorCatalog::categoryName(ErrorCategory category)
{
    return translated(categorySource(category));
}

QStringList ErrorCatalog::entryTexts(const QString &code, const QTranslator *translator)
{
    const ErrorEntry *entry = find(code);
    if (!entry)
        return {};
    const auto text = [translator](const char *source) {
        QString result = translator ? translator->translate(context, source) : QString();
        return result.isEmpty() ? QString::fromUtf8(source) : result;
    };
    QStringList texts {text(categorySource(entry->category)), text(entry->title),
                       text(entry->meaning)};
    for (const char *step : entry->steps) {
        if (step)
            texts.append(text(step));
    }
    return texts;
}

QString ErrorCatalog::formatDuration(qint64 seconds)
{
    seconds = std::max<qint64>(seconds, 0);
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    const qint64 hours = seconds / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    const qint64 secs = seconds % 60;
    if (hours == 0) {
        if (secs == 0)
            return tr("%1 min").arg(minutes);
        return tr("%1 min %2 s").arg(minutes).arg(secs, 2, 10, QLatin1Char('0'));
    }
    if (minutes == 0)
        return tr("%1 h").arg(hours);
    return tr("%1 h %2 min").arg(hours).arg(minutes, 2, 10, QLatin1Char('0'));
}

QString ErrorCatalog::retryText(RetryAdvice retry, int seconds)
{
    switch (retry) {
    case RetryAdvice::Never:
        return tr("Retrying will not help: the same request fails the same way every time.");
    case RetryAdvice::AfterFixing:
        return tr("Retry only after fixing the cause; the unchanged request will fail again.");
    case RetryAdvice::AfterSeconds:
        return tr("Usually temporary: retry after %1.").arg(formatDuration(seconds));
    case RetryAdvice::NextDayBeijing:
        return tr("The daily counter resets at 00:00 Beijing time (UTC+8); retry after that.");
    case RetryAdvice::MarketingHours:
        return tr("Marketing messages go out only between 08:00 and 22:00 Beijing time (UTC+8); "
                  "retry within those hours.");
    case RetryAdvice::CheckFirst:
        return tr("Check the send records before retrying: the request may already have been "
                  "carried out.");
    case RetryAdvice::Support:
        return tr("Retrying will not help until support has removed the cause.");
    case RetryAdvice::Anytime:
        return tr("You can retry at any time.");
    }
    return QString();
}

std::optional<qint64> ErrorCatalog::secondsUntilRetry(RetryAdvice retry, int seconds,
                                                     const QDateTime &nowUtc)
{
    const QDateTime now = nowUtc.isValid() ? nowUtc : QDateTime::currentDateTimeUtc();
    const qint64 beijingSecondOfDay = ((now.toSecsSinceEpoch() + beijingOffsetSeconds) % 86400
                                       + 86400)
                                      % 86400;
    switch (retry) {
    case RetryAdvice::AfterSeconds:
        return std::max(seconds, 0);
    case RetryAdvice::NextDayBeijing:
        return 86400 - beijingSecondOfDay;
    case RetryAdvice::MarketingHours: {
        constexpr qint64 opens = 8 * 3600;
        constexpr qint64 closes = 22 * 3600;
        if (beijingSecondOfDay < opens)
            return opens - beijingSecondOfDay;
        if (beijingSecondOfDay >= closes)
            return 86400 - beijingSecondOfDay + opens;
        return 0;
    }
    case RetryAdvice::Anytime:
        return 0;
    case RetryAdvice::Never:
    case RetryAdvice::AfterFixing:
    case RetryAdvice::CheckFirst:
    case RetryAdvice::Support:
        break;
    }
    return std::nullopt;
}

Guidance ErrorCatalog::guidanceFor(const QString &code, const QDateTime &nowUtc)
{
    Guidance guidance;
    guidance.code = code;
    const ErrorEntry &entry = resolve(code, &guidance.matchedCode);
    guidance.exactMatch = !guidance.matchedCode.isEmpty() && guidance.matchedCode == code;
    guidance.category = entry.category;
    guidance.categoryName = categoryName(entry.category);
    guidance.title = translated(entry.title);
    guidance.meaning = translated(entry.meaning);
    for (const char *step : entry.steps) {
        if (step)
            guidance.steps.append(translated(step));
    }
    guidance.retry = entry.retry;
    guidance.retryText = retryText(entry.retry, entry.retrySeconds);
    guidance.retryAfterSeconds = secondsUntilRetry(entry.retry, entry.retrySeconds, nowUtc);
    // Every error can be reported; the RequestId only when there is one.
    guidance.actions = entry.actions | GuidanceAction::CopyDetails | GuidanceAction::CopyRequestId;
    return guidance;
}

Guidance ErrorCatalog::guidanceFor(const api::ApiError &error, const QDateTime &nowUtc)
{
    Guidance guidance = guidanceFor(error.code(), nowUtc);
    guidance.serverMessage = error.message();
    guidance.requestId = error.requestId();
    guidance.action = error.action();
    guidance.clockOffsetSeconds = error.clockOffsetSeconds();
    guidance.outcomeUnknown = error.outcomeUnknown();
    if (guidance.requestId.isEmpty())
        guidance.actions &= ~GuidanceActions(GuidanceAction::CopyRequestId);
    return guidance;
}

QString ErrorCatalog::formatPlainText(const Guidance &guidance)
{
    const QString indent = QStringLiteral("  ");
    QString text;
    text += printable(guidance.code) + QLatin1Char('\n');
    text += guidance.title + QStringLiteral(" [") + guidance.categoryName + QStringLiteral("]\n");
    if (guidance.isGeneric())
        text += tr("Note: \"%1\" is not a known code; the general guidance follows.")
                    .arg(printable(guidance.code))
                + QLatin1Char('\n');
    else if (guidance.isFallback())
        text += tr("Note: \"%1\" is not a known code; the guidance for \"%2\" follows.")
                    .arg(printable(guidance.code), guidance.matchedCode)
                + QLatin1Char('\n');

    text += QLatin1Char('\n') + tr("What it means") + QLatin1Char('\n');
    text += indent + guidance.meaning + QLatin1Char('\n');

    text += QLatin1Char('\n') + tr("What to do now") + QLatin1Char('\n');
    for (qsizetype i = 0; i < guidance.steps.size(); ++i)
        text += indent + QString::number(i + 1) + QStringLiteral(". ") + guidance.steps.at(i)
                + QLatin1Char('\n');

    text += QLatin1Char('\n') + tr("Retrying") + QLatin1Char('\n');
    text += indent + guidance.retryText + QLatin1Char('\n');
    if ((guidance.retry == RetryAdvice::NextDayBeijing
         || guidance.retry == RetryAdvice::MarketingHours)
        && guidance.retryAfterSeconds && *guidance.retryAfterSeconds > 0)
        text += indent + tr("That is in %1.").arg(formatDuration(*guidance.retryAfterSeconds))
                + QLatin1Char('\n');

    if (!guidance.serverMessage.isEmpty() || !guidance.requestId.isEmpty())
        text += QLatin1Char('\n');
    if (!guidance.serverMessage.isEmpty())
        text += tr("Server message: %1").arg(printable(guidance.serverMessage)) + QLatin1Char('\n');
    if (!guidance.requestId.isEmpty())
        text += tr("RequestId: %1").arg(printable(guidance.requestId)) + QLatin1Char('\n');
    return text;
}

QString ErrorCatalog::formatPlainText(const QString &code, const QString &serverMessage,
                                      const QString &requestId)
{
    Guidance guidance = guidanceFor(code);
    guidance.serverMessage = serverMessage;
    guidance.requestId = requestId;
    return formatPlainText(guidance);
}

} // namespace sms::errors
