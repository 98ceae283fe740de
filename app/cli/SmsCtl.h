// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "api/Credential.h"
#include "credentials/Profile.h"
#include "store/StoreLocation.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace sms::api {
class ApiCall;
class ApiClient;
} // namespace sms::api

namespace sms::credentials {
class SecretJob;
class SecretStore;
} // namespace sms::credentials

namespace sms::cli {

class CampaignCommand;
class IngestCommand;
class ReviewCommand;
class StatsCommand;

// The smsctl command line: parses the arguments, runs one command
// asynchronously and ends the event loop with the documented exit code.
// Commands: call (any action), explain (ExplainCommand), sign and template
// (ReviewCommand), campaign (CampaignCommand), receipts, send and optout
// (IngestCommand).
//
//   0 success · 2 usage or configuration · 3 service error (including numbers
//   a send refused, and a change the local checks refused without sending) ·
//   4 network, TLS, timeout or protocol error
class SmsCtl : public QObject
{
    Q_OBJECT

public:
    enum ExitCode { Success = 0, Usage = 2, ServiceFailure = 3, TransportFailure = 4 };

    explicit SmsCtl(QObject *parent = nullptr);

    // Returns -1 when the command runs asynchronously (the exit code then goes
    // to QCoreApplication::exit), or the exit code when it finished at once.
    int run(const QStringList &arguments);

private:
    // Checks the action and reads the JSON request; returns -1 when usable,
    // else the exit code of the usage error it reported.
    int parseRequest(const QString &action, const QString &payloadArgument, QJsonObject *payload);
    void startCall(const api::Credential &credential);
    void onSecretRead(credentials::SecretJob *job);
    void onCallFinished(api::ApiCall *call);
    // An error's code, message and RequestId (escaped) and its guidance, on
    // standard error.
    void printError(const api::ApiError &error);
    // Prints nothing more, leaves nothing running, and ends the event loop.
    void finish(int exitCode);
    int usageError(const QString &message);
    void printGuidance(const QStringList &codes);
    static int exitCodeFor(const api::ApiError &error);
    // The shared store the commands use: --store URL, else the profile's
    // storeUrl; nothing for the profile's own SQLite file. The password
    // comes from the keychain when the profile names that store, else
    // libpq finds it (PGPASSFILE, ~/.pgpass). -1 when usable, else the exit
    // code of the usage error reported.
    int chooseStore(const QString &storeUrl, const std::optional<credentials::Profile> &profile);
    // Where the commands' store is (after chooseStore and m_profileName).
    store::StoreLocation storeLocation() const;

    api::ApiClient *m_client = nullptr;
    credentials::SecretStore *m_secrets = nullptr;
    ReviewCommand *m_review = nullptr; // smsctl sign / template
    CampaignCommand *m_campaign = nullptr; // smsctl campaign
    StatsCommand *m_stats = nullptr; // smsctl stats
    IngestCommand *m_ingest = nullptr; // smsctl receipts, send, optout
    QString m_defaultAppId; // the profile's first SmsSdkAppId
    QString m_profileName;
    std::optional<store::StoreLocation> m_sharedStore;
    QString m_action;
    QJsonObject m_payload;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace sms::cli
