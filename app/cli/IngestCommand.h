// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "store/StoreLocation.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace sms::api {
class SmsApi;
}

namespace sms::domain {
struct DescribeTemplateListStatus;
}

namespace sms::history {
class ReceiptPuller;
class SingleSend;
} // namespace sms::history

namespace sms::store {
class Database;
}

namespace sms::cli {

class StopSignal;

// What smsctl writes into the send history, on the profile's database or
// the one named by --journal:
//
//   receipts pull [--watch] [--interval S] [--app-id ID]
//       pulls delivery receipts and replies into the store and prints how
//       many were stored ("receipts N", "replies N", "opted-out N"); with
//       --watch it keeps pulling every S seconds (30) until SIGINT or
//       SIGTERM, then finishes the pull under way and exits 0.
//   send --phone N --template ID [--sign NAME] [--param V]... [--app-id ID]
//       [--marketing] [--default-region CC]
//       one message with a campaign's checks and journal; exit codes as
//       campaign run (CampaignCommand::ExitCode): 0 accepted, 3 refused
//       (by the checks or the service), 5 uncertain (reconcile it), 4
//       network, 2 usage.
//   optout list|add|remove [--phone N] [--note TEXT]
//       the numbers pre-flight refuses; list prints one a line: number,
//       since, and the reply or note that put it there.
class IngestCommand : public QObject
{
    Q_OBJECT

public:
    IngestCommand(QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~IngestCommand() override;

    static bool isIngestCommand(const QString &word);
    // The options this command adds; it also reads campaign's --sign,
    // --template, --app-id, --journal, --marketing and --default-region.
    static QList<QCommandLineOption> options();
    static QString helpText();

    // As CampaignCommand::prepare(): -1 when the command needs start(),
    // otherwise its exit code (optout with --journal needs no keys).
    int prepare(const QCommandLineParser &parser, const QStringList &positional,
                QString *usageProblem);
    // store: as CampaignCommand::start().
    void start(api::SmsApi &api, const store::StoreLocation &store, const QString &defaultAppId);

Q_SIGNALS:
    void finished(int exitCode);

private:
    enum class Verb { Pull, Send, OptOutList, OptOutAdd, OptOutRemove };

    bool openDatabase(const store::StoreLocation &location);
    int optOut();
    void pull();
    void printTotals();
    void send(const domain::DescribeTemplateListStatus &facts);
    void sent();
    void end(int exitCode);

    QTextStream &m_out;
    QTextStream &m_err;
    Verb m_verb = Verb::Pull;
    QString m_journalPath;
    QString m_appId;
    QString m_phone;
    QString m_note;
    QString m_templateId;
    QString m_sign;
    QStringList m_parameters;
    QString m_defaultRegion = QStringLiteral("CN");
    bool m_marketing = false;
    bool m_watch = false;
    int m_intervalMs = 30'000;
    bool m_stopping = false;
    api::SmsApi *m_api = nullptr;
    std::unique_ptr<store::Database> m_db;
    history::ReceiptPuller *m_puller = nullptr;
    history::SingleSend *m_single = nullptr;
    StopSignal *m_stop = nullptr;
    int m_optedOut = 0;
};

} // namespace sms::cli
