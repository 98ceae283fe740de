// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/SmsCtl.h"

#include "Localization.h"
#include "OnFinished.h"
#include "api/ApiCall.h"
#include "api/ApiClient.h"
#include "api/SmsApi.h"
#include "cli/CampaignCommand.h"
#include "cli/CliSession.h"
#include "cli/ExplainCommand.h"
#include "cli/HistoryCommand.h"
#include "cli/IngestCommand.h"
#include "cli/ReviewCommand.h"
#include "cli/StatsCommand.h"
#include "cli/TerminalText.h"
#include "credentials/CredentialHygiene.h"
#include "credentials/ProfileConfig.h"
#include "credentials/ProfileStore.h"
#include "credentials/SecretStore.h"
#include "errors/ErrorCatalog.h"
#include "errors/Guidance.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <cstdio>
#include <optional>

namespace sms::cli {

using api::ApiError;

namespace {
// Keys copied from a web page often carry a space or a newline, and the
// service then answers SecretIdNotFound or SignatureFailure.
struct CleanedCredential
{
    api::Credential credential;
    bool trimmed = false;
    bool innerWhitespace = false;
};

CleanedCredential cleaned(const api::Credential &credential)
{
    using credentials::CredentialHygiene;
    const CredentialHygiene::Cleaned id = CredentialHygiene::clean(credential.secretId);
    const CredentialHygiene::Cleaned key = CredentialHygiene::clean(credential.secretKey);
    CleanedCredential result;
    result.credential = credential;
    result.credential.secretId = id.value;
    result.credential.secretKey = key.value;
    result.trimmed = id.trimmed || key.trimmed;
    result.innerWhitespace = id.hasInnerWhitespace || key.hasInnerWhitespace;
    return result;
}
} // namespace

SmsCtl::SmsCtl(QObject *parent)
    : QObject(parent)
    , m_out(stdout)
    , m_err(stderr)
{ }

int SmsCtl::usageError(const QString &message)
{
    m_err << tr("smsctl: %1").arg(message) << '\n' << tr("Try 'smsctl --help' for usage.") << '\n';
    m_err.flush();
    return Usage;
}

int SmsCtl::run(const QStringList &arguments)
{
    // The help text is built from tr() strings below. Bad values are
    // reported later.
    Localization::installFromArguments(arguments);

    // "explain" has options of its own (--list): hand it everything after the
    // word, plus a --lang given before it.
    const QStringList valued
        = {QStringLiteral("--endpoint"), QStringLiteral("--region"),  QStringLiteral("--lang"),
           QStringLiteral("--timeout"),  QStringLiteral("--profile"), QStringLiteral("--store")};
    QStringList globalLang;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (valued.contains(arg)) {
            if (arg == QLatin1String("--lang") && i + 1 < arguments.size())
                globalLang = {arg, arguments.at(i + 1)};
            ++i;
            continue;
        }
        if (arg.startsWith(QLatin1Char('-')))
            continue;
        if (arg == QLatin1String("explain")) {
            ExplainCommand explain;
            const QStringList rest = globalLang + arguments.mid(i + 1);
            const int code = explain.run(rest, m_out, m_err);
            m_out.flush();
            m_err.flush();
            return code;
        }
        break;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Command-line client for the SMS API 2021-01-11.\n\n"
           "Commands:\n"
           "  call ACTION [JSON|-]   sign and send one action; JSON is the request body,\n"
           "                         '-' reads it from standard input, none sends {}.\n"
           "  explain CODE           what an error code means and what to do about it.\n"
           "  explain --list         every error code smsctl knows.\n")
        + ReviewCommand::helpText() + CampaignCommand::helpText() + IngestCommand::helpText()
        + HistoryCommand::helpText() + StatsCommand::helpText()
        + tr("\nCredentials come from the system keychain with --profile NAME (a profile saved\n"
             "in SMS Console), otherwise from the environment variables\n"
             "TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY; they are never accepted as\n"
             "arguments.\n\n"
             "Exit codes: 0 success, 2 usage or configuration error, 3 service error\n"
             "(including numbers a send refused, and changes the checks refused without\n"
             "sending), 4 network, TLS, timeout or protocol error."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption endpointOption(
        QStringLiteral("endpoint"),
        tr("Service endpoint (default %1).").arg(api::ClientConfig().endpoint.toString()),
        QStringLiteral("URL"));
    const QCommandLineOption regionOption(
        QStringLiteral("region"), tr("Region (default %1).").arg(api::ClientConfig().region),
        QStringLiteral("R"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"), tr("Language of messages: zh_CN or en."), QStringLiteral("LANG"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
                                           tr("Seconds the whole call may take, retries "
                                              "included (default 15)."),
                                           QStringLiteral("S"));
    const QCommandLineOption verboseOption(
        QStringLiteral("verbose"),
        tr("Log each request's progress to standard error (never keys or signatures)."));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        tr("Use a profile saved in SMS Console: its endpoint, region, language of messages "
           "and, from the system keychain, its keys. --endpoint, --region and --lang still "
           "override."),
        QStringLiteral("NAME"));
    const QCommandLineOption storeOption(
        QStringLiteral("store"),
        tr("Use the team's shared store, a PostgreSQL database such as "
           "postgresql://operator@db.example.com/sms?sslmode=verify-full, instead of the "
           "profile's. Never with a password: the profile's keychain entry is used when the "
           "profile names the same store, otherwise libpq's password file (PGPASSFILE or "
           "~/.pgpass)."),
        QStringLiteral("URL"));
    parser.addOptions({endpointOption, regionOption, langOption, timeoutOption, verboseOption,
                       profileOption, storeOption});
    // Commands share some options (--json, --phone): each declares what it
    // reads, and a name is registered once.
    QStringList registered;
    for (const QList<QCommandLineOption> &options :
         {ReviewCommand::options(), CampaignCommand::options(), IngestCommand::options(),
          HistoryCommand::options(), StatsCommand::options()}) {
        for (const QCommandLineOption &option : options) {
            if (registered.contains(option.names().constFirst()))
                continue;
            registered += option.names();
            parser.addOption(option);
        }
    }
    parser.addPositionalArgument(
        QStringLiteral("command"),
        tr("The command: call, explain, sign, template, campaign, receipts, send, optout, "
           "history or stats."));
    parser.addPositionalArgument(QStringLiteral("args"), tr("The command's arguments."),
                                 QStringLiteral("[args...]"));

    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        m_out.flush();
        return Success;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        m_out << QCoreApplication::applicationName() << ' '
              << QCoreApplication::applicationVersion() << '\n';
        m_out.flush();
        return Success;
    }

    // Standard error is for the answer's problems; progress only on request.
    QLoggingCategory::setFilterRules(parser.isSet(verboseOption)
                                         ? QStringLiteral("sms.*.debug=true")
                                         : QStringLiteral("sms.*.info=false"));

    // Language first, so that every later message is in it.
    QLocale locale = QLocale::system();
    if (parser.isSet(langOption)) {
        const QString lang = parser.value(langOption);
        const auto named = Localization::localeFor(lang);
        if (!named)
            return usageError(tr("unknown language \"%1\" (use one of %2)")
                                  .arg(lang, Localization::acceptedLanguagesText()));
        locale = *named;
    }
    Localization::install(locale);

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(tr("no command given"));
    const QString command = positional.first();
    // A command that can finish without the service (a form the local
    // checks refuse, a journal read) says so before keys are looked for.
    int prepared = -1;
    QString problem;
    std::optional<HistoryCommand> history;
    if (ReviewCommand::isReviewCommand(command)) {
        m_review = new ReviewCommand(m_out, m_err, this);
        prepared = m_review->prepare(parser, positional, &problem);
    } else if (CampaignCommand::isCampaignCommand(command)) {
        m_campaign = new CampaignCommand(m_out, m_err, this);
        prepared = m_campaign->prepare(parser, positional, &problem);
    } else if (StatsCommand::isStatsCommand(command)) {
        m_stats = new StatsCommand(m_out, m_err, this);
        prepared = m_stats->prepare(parser, positional, &problem);
    } else if (HistoryCommand::isHistoryCommand(command)) {
        // A read of the local database: no keys, no service.
        history.emplace(m_out, m_err);
        prepared = history->prepare(parser, positional, &problem);
        if (prepared < 0 && !history->journalPath().isEmpty())
            prepared = history->run(store::StoreLocation::sqlite(history->journalPath()));
    } else if (IngestCommand::isIngestCommand(command)) {
        m_ingest = new IngestCommand(m_out, m_err, this);
        prepared = m_ingest->prepare(parser, positional, &problem);
    } else if (command == QLatin1String("call")) {
        for (const QCommandLineOption &option : ReviewCommand::options()) {
            if (parser.isSet(option.names().constFirst()))
                return usageError(tr("--%1 goes with the sign and template commands")
                                      .arg(option.names().constFirst()));
        }
        if (positional.size() < 2 || positional.size() > 3)
            return usageError(tr("usage: smsctl call ACTION [JSON|-]"));
        if (const int code = parseRequest(positional.at(1), positional.value(2), &m_payload);
            code >= 0)
            return code;
        m_action = positional.at(1);
    } else {
        return usageError(tr("unknown command \"%1\"").arg(command));
    }
    if (!problem.isEmpty())
        return usageError(problem);
    if (prepared >= 0) {
        m_out.flush();
        m_err.flush();
        return prepared;
    }

    api::ClientConfig config;
    config.language = Localization::apiLanguage();
    std::optional<credentials::Profile> profile;
    if (parser.isSet(profileOption)) {
        const QString name = parser.value(profileOption);
        const credentials::ProfileStore store;
        profile = store.profile(name);
        if (!profile) {
            const QStringList names = store.names();
            return usageError(names.isEmpty()
                                  ? tr("no profile named \"%1\": no profiles are saved in %2")
                                        .arg(name, store.settingsPath())
                                  : tr("no profile named \"%1\" (saved profiles: %2)")
                                        .arg(name, names.join(QStringLiteral(", "))));
        }
        if (profile->sandbox && !history)
            return usageError(tr("the profile \"%1\" is SMS Console's built-in sandbox: it has "
                                 "no keys in the system keychain, so smsctl cannot use it. Run "
                                 "sms-sandbox and point smsctl at it with --endpoint instead.")
                                  .arg(name));
        config = credentials::clientConfigFor(*profile, Localization::apiLanguage());
        // --lang names the language of this run, the profile's included.
        if (parser.isSet(langOption))
            config.language = Localization::apiLanguage();
        if (!parser.isSet(endpointOption)) {
            const QString problem = api::ApiClient::endpointProblem(config.endpoint);
            if (!problem.isEmpty())
                return usageError(tr("profile \"%1\": %2").arg(name, problem));
        }
    }
    if (const int code = chooseStore(parser.value(storeOption), profile); code >= 0)
        return code;
    if (parser.isSet(endpointOption)) {
        config.endpoint = QUrl(parser.value(endpointOption), QUrl::StrictMode);
        const QString problem
            = api::ApiClient::endpointProblem(config.endpoint, parser.value(endpointOption));
        if (!problem.isEmpty())
            return usageError(problem);
    }
    if (parser.isSet(regionOption))
        config.region = parser.value(regionOption);
    if (parser.isSet(timeoutOption)) {
        bool ok = false;
        const double seconds = parser.value(timeoutOption).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 3600)
            return usageError(
                tr("--timeout takes a number of seconds greater than 0 and at most 3600"));
        config.timeoutMs = int(seconds * 1000);
    }

    if (history) {
        // The profile's database is found by the profile's name, or by the
        // name smsctl gives the keys in the environment.
        QString name;
        if (profile) {
            name = profile->name;
        } else {
            const QString secretId = qEnvironmentVariable("TENCENTCLOUD_SECRET_ID").trimmed();
            if (secretId.isEmpty())
                return usageError(
                    tr("history reads a profile's database: give --journal DB, "
                       "--profile NAME, or the TENCENTCLOUD_SECRET_ID it sends with"));
            name = CliSession::environmentName(config.endpoint, secretId);
        }
        m_profileName = name;
        const int code = history->run(storeLocation());
        m_out.flush();
        m_err.flush();
        return code;
    }

    m_client = new api::ApiClient(this);
    m_client->setConfig(config);

    if (profile) {
        m_profileName = profile->name;
        if (!profile->appIds.isEmpty())
            m_defaultAppId = profile->appIds.constFirst().appId;
        // A correction of this computer's clock the operator chose to keep.
        m_client->clock().setOffsetSeconds(profile->clockOffsetSeconds);
        m_secrets = new credentials::SecretStore(QStringLiteral("SMS Console"), this);
        onFinished(m_secrets->read(profile->name), this,
                   [this](credentials::SecretJob *job) { onSecretRead(job); });
        return -1;
    }

    api::Credential credential;
    credential.secretId = qEnvironmentVariable("TENCENTCLOUD_SECRET_ID");
    credential.secretKey = qEnvironmentVariable("TENCENTCLOUD_SECRET_KEY");
    if (!credential.isComplete())
        return usageError(tr("set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY in the "
                             "environment, or use --profile NAME (keys are never taken as "
                             "arguments)"));
    m_profileName = CliSession::environmentName(config.endpoint, credential.secretId.trimmed());
    // From the event loop, as with a profile's keys: a command that ends at
    // once (campaign list) exits through QCoreApplication::exit(), which
    // does nothing before the loop runs.
    QMetaObject::invokeMethod(
        this, [this, credential] { startCall(credential); }, Qt::QueuedConnection);
    return -1;
}

int SmsCtl::chooseStore(const QString &storeUrl, const std::optional<credentials::Profile> &profile)
{
    const QString url = storeUrl.isEmpty() && profile ? profile->storeUrl : storeUrl;
    if (url.isEmpty())
        return -1;
    QString problem;
    std::optional<store::StoreLocation> location = store::StoreLocation::fromUrl(url, &problem);
    if (!location)
        return usageError(storeUrl.isEmpty()
                              ? tr("profile \"%1\": its shared store %2 cannot be used: %3")
                                    .arg(profile->name, url, problem)
                              : tr("--store: %1").arg(problem));
    // The profile's keychain entry belongs to the store the profile names;
    // any other store's password is libpq's to find (an empty one lets it
    // look in its password file).
    const std::optional<store::StoreLocation> profileStore = profile && !profile->storeUrl.isEmpty()
        ? store::StoreLocation::fromUrl(profile->storeUrl)
        : std::nullopt;
    if (profileStore && profileStore->url() == location->url()) {
        credentials::SecretStore secrets(QStringLiteral("SMS Console"));
        QEventLoop loop;
        credentials::SecretJob *job = secrets.readStorePassword(profile->name);
        connect(job, &credentials::SecretJob::finished, &loop, &QEventLoop::quit);
        loop.exec();
        if (job->succeeded())
            location->password = job->storePassword();
        else if (job->errorCode() != QLatin1String(credentials::KeychainCode::EntryNotFound))
            m_err << tr("smsctl: note: the store's password cannot be read from the system "
                        "keychain (%1); libpq's password file is used")
                         .arg(job->errorString())
                  << '\n';
    }
    m_sharedStore = location;
    return -1;
}

store::StoreLocation SmsCtl::storeLocation() const
{
    if (m_sharedStore)
        return *m_sharedStore;
    return store::StoreLocation::sqlite(store::Database::defaultPath(m_profileName));
}

void SmsCtl::onSecretRead(credentials::SecretJob *job)
{
    if (!job->succeeded()) {
        m_err << tr("smsctl: cannot read the keys of the profile \"%1\" from the system "
                    "keychain: %2")
                     .arg(job->profileName(), job->errorString())
              << '\n';
        printGuidance({job->error().code()});
        finish(Usage);
        return;
    }
    startCall(job->credential());
}

void SmsCtl::startCall(const api::Credential &raw)
{
    const CleanedCredential clean = cleaned(raw);
    if (clean.trimmed)
        m_err << tr("smsctl: note: removed spaces around the SecretId or SecretKey") << '\n';
    if (clean.innerWhitespace)
        m_err << tr("smsctl: warning: the SecretId or SecretKey contains spaces or line breaks; "
                    "it is probably not the key you meant")
              << '\n';
    m_err.flush();
    m_client->setCredential(clean.credential);
    if (m_review) {
        connect(m_review, &ReviewCommand::finished, this, [this](const ApiError &error) {
            // The local checks' problems are printed already.
            if (error.isError() && error.kind() != ApiError::Kind::LocalCheck)
                printError(error);
            finish(exitCodeFor(error));
        });
        m_review->start(*new CliSession(*m_client, m_profileName, this));
        return;
    }
    if (m_stats) {
        connect(m_stats, &StatsCommand::finished, this, [this](const ApiError &error) {
            if (error.isError())
                printError(error);
            finish(exitCodeFor(error));
        });
        auto *session = new CliSession(*m_client, m_profileName, this);
        session->setStoreLocation(storeLocation());
        m_stats->start(*session, m_defaultAppId);
        return;
    }
    if (m_campaign) {
        connect(m_campaign, &CampaignCommand::finished, this, &SmsCtl::finish);
        m_campaign->start(*new api::SmsApi(m_client, this), storeLocation(), m_defaultAppId);
        return;
    }
    if (m_ingest) {
        connect(m_ingest, &IngestCommand::finished, this, &SmsCtl::finish);
        m_ingest->start(*new api::SmsApi(m_client, this), storeLocation(), m_defaultAppId);
        return;
    }
    onFinished(m_client->call(m_action, m_payload), this,
               [this](api::ApiCall *call) { onCallFinished(call); });
}

int SmsCtl::parseRequest(const QString &action, const QString &payloadArgument,
                         QJsonObject *payload)
{
    static const QRegularExpression actionPattern(QStringLiteral("^[A-Z][A-Za-z0-9]{1,63}$"));
    if (!actionPattern.match(action).hasMatch())
        return usageError(tr("\"%1\" is not an action name (for example SendSms)").arg(action));

    QByteArray json = "{}";
    if (payloadArgument == QLatin1String("-")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return usageError(tr("cannot read the request from standard input"));
        json = in.readAll();
    } else if (!payloadArgument.isEmpty()) {
        json = payloadArgument.toUtf8();
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return usageError(tr("the request is not valid JSON: %1 at byte %2")
                              .arg(parseError.errorString())
                              .arg(parseError.offset));
    if (!document.isObject())
        return usageError(tr("the request must be a JSON object"));
    *payload = document.object();
    return -1;
}

void SmsCtl::printGuidance(const QStringList &codes)
{
    for (const QString &code : codes) {
        const errors::Guidance guidance = errors::ErrorCatalog::guidanceFor(code);
        m_err << '\n' << TerminalText::line(code) << " - " << guidance.title << '\n';
        for (int i = 0; i < guidance.steps.size(); ++i)
            m_err << "  " << (i + 1) << ". " << guidance.steps.at(i) << '\n';
        if (!guidance.retryText.isEmpty())
            m_err << "  " << guidance.retryText << '\n';
    }
    m_err << tr("More: smsctl explain CODE") << '\n';
}

int SmsCtl::exitCodeFor(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::None:
        return Success;
    case ApiError::Kind::Configuration:
        return Usage;
    case ApiError::Kind::Service:
    case ApiError::Kind::PartialFailure:
    case ApiError::Kind::LocalCheck:
        return ServiceFailure;
    default:
        return TransportFailure;
    }
}

void SmsCtl::onCallFinished(api::ApiCall *call)
{
    using T = TerminalText;
    const ApiError &error = call->error();
    const bool hasResponse = !call->response().isEmpty();

    // The Response goes to stdout whenever there is one without an error
    // object, so that the accepted numbers of a partial failure are kept.
    if (error.kind() == ApiError::Kind::None || error.kind() == ApiError::Kind::PartialFailure) {
        if (hasResponse)
            m_out << T::json(
                QString::fromUtf8(QJsonDocument(call->response()).toJson(QJsonDocument::Indented)));
    }

    if (error.isError())
        printError(error);
    finish(exitCodeFor(error));
}

void SmsCtl::printError(const ApiError &error)
{
    // Everything here that came from the server (codes, messages, the
    // RequestId, numbers, and the parts of client messages that quote the
    // answer) goes through TerminalText: a server must not drive the
    // operator's terminal.
    using T = TerminalText;
    switch (error.kind()) {
    case ApiError::Kind::None:
        break;
    case ApiError::Kind::Service:
        m_err << T::line(error.code()) << ": " << T::line(error.message());
        if (!error.requestId().isEmpty())
            m_err << " (RequestId " << T::line(error.requestId()) << ')';
        m_err << '\n';
        if (error.clockOffsetSeconds())
            m_err << tr("Clock offset (server minus this computer): %1 s.")
                         .arg(*error.clockOffsetSeconds())
                  << '\n';
        break;
    case ApiError::Kind::PartialFailure:
        m_err << tr("Accepted: %1, refused: %2 (RequestId %3):")
                     .arg(error.acceptedCount())
                     .arg(error.numberFailures().size())
                     .arg(T::line(error.requestId()))
              << '\n';
        for (const auto &failure : error.numberFailures())
            m_err << "  " << T::line(failure.phoneNumber) << "  " << T::line(failure.code) << ": "
                  << T::line(failure.message) << '\n';
        break;
    default:
        m_err << tr("%1 error (%2): %3")
                     .arg(ApiError::kindText(error.kind()), T::line(error.code()),
                          T::line(error.message()))
              << '\n';
        break;
    }
    // The same guidance as the error dialog, in short.
    if (error.kind() != ApiError::Kind::None) {
        QStringList codes;
        if (error.kind() == ApiError::Kind::PartialFailure) {
            for (const auto &failure : error.numberFailures()) {
                if (!codes.contains(failure.code))
                    codes.append(failure.code);
            }
        } else {
            codes.append(error.code());
        }
        printGuidance(codes);
    }
    if (error.outcomeUnknown())
        m_err << tr("Warning: the request may have reached the service and been carried out. "
                    "Check the send records before repeating it.")
              << '\n';
}

void SmsCtl::finish(int exitCode)
{
    m_out.flush();
    m_err.flush();
    // Nothing may keep the process once its answer is out: whatever is
    // still on the network is aborted here, not when the client is torn
    // down after the event loop.
    if (m_client)
        m_client->abortAll();
    QCoreApplication::exit(exitCode);
}

} // namespace sms::cli
