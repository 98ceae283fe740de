// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "campaign/CampaignRunner.h"

#include "domain/SmsType.h"
#include "store/StoreLocation.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTextStream>

#include <memory>

namespace sms::api {
class SmsApi;
}

namespace sms::campaign {
class ImportJob;
}

namespace sms::domain {
struct DescribeTemplateListStatus;
}

namespace sms::store {
class CampaignJournal;
class Database;
class JournalImportSink;
} // namespace sms::store

namespace sms::cli {

// `smsctl campaign ...`: the campaign engine (import, pre-flight, the
// journaled runner, reconciliation) on the profile's database, or on the
// one named by --journal.
//
//   campaign run --csv FILE --template ID [--sign NAME] [--app-id ID]
//       [--concurrency N] [--journal DB] [--default-region CN] [--marketing]
//       In FILE (.csv or .xlsx) the first column is the number and the next
//       ones {1}..{n}; a header row is detected and skipped.
//   campaign list [--journal DB]          one campaign a line, its id first
//   campaign status|resume|reconcile --campaign ID [--journal DB]
//
// Progress goes to standard error (a bar on a terminal, plain lines
// otherwise), the summary with counts by code to standard output. Exit code:
// 0 every recipient accepted, 3 some refused (by pre-flight or the service),
// 5 some uncertain (run reconcile), 1 some still queued (resume sends them);
// a run that stopped gives smsctl's usual codes (2 usage or configuration, 4
// network).
class CampaignCommand : public QObject
{
    Q_OBJECT

public:
    enum ExitCode {
        Success = 0,
        NotFinished = 1, // numbers still queued (paused, cancelled, not started)
        Usage = 2,
        Refused = 3,
        TransportFailure = 4,
        Uncertain = 5
    };

    CampaignCommand(QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~CampaignCommand() override;

    static bool isCampaignCommand(const QString &word);
    static QList<QCommandLineOption> options();
    static QString helpText();
    // The exit code a run stopped by error ends with.
    static int exitCodeFor(const api::ApiError &error);

    // Reads the verb and its options. Returns -1 when the command needs the
    // service (start() next); otherwise the exit code of what it did already
    // (list and status with --journal need no keys), 2 with *usageProblem
    // set for a usage error.
    int prepare(const QCommandLineParser &parser, const QStringList &positional,
                QString *usageProblem);
    // Carries the command out; finished() follows. store is the journal
    // when --journal (an SQLite file) was not given: the profile's store or
    // smsctl --store; defaultAppId is used without --app-id.
    void start(api::SmsApi &api, const store::StoreLocation &store, const QString &defaultAppId);

Q_SIGNALS:
    void finished(int exitCode);

private:
    enum class Verb { Run, List, Status, Resume, Reconcile };

    bool openJournal(const store::StoreLocation &location);
    int list();
    int status();
    void lookUpTemplate();
    void import(const domain::DescribeTemplateListStatus &facts);
    void imported(campaign::ImportJob *job);
    void runCampaign();
    void reconcile();
    void showProgress(bool last);
    // The summary on standard output, and the exit code it means.
    int summarize(const api::ApiError &stopped = {});
    void end(int exitCode);

    QTextStream &m_out;
    QTextStream &m_err;
    Verb m_verb = Verb::List;
    QString m_journalPath;
    qint64 m_campaignId = 0;
    QString m_csv;
    QString m_sign;
    QString m_templateId;
    QString m_appId;
    QString m_defaultRegion = QStringLiteral("CN");
    // What the template is for: the listing does not say (one applied
    // elsewhere), so the operator does.
    domain::SmsType m_smsType = domain::SmsType::Notification;
    int m_concurrency = 4;
    int m_leaseMs = 60'000;
    api::SmsApi *m_api = nullptr;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<store::CampaignJournal> m_journal;
    campaign::CampaignRunner *m_runner = nullptr;
    bool m_terminal = false;
    QElapsedTimer m_lastProgress;
    QElapsedTimer m_runTime;
    QElapsedTimer m_importTime;
    std::unique_ptr<store::JournalImportSink> m_sink;
};

} // namespace sms::cli
