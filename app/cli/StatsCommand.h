// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "statistics/StatisticsRange.h"
#include "statistics/StatisticsReport.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QObject>
#include <QTextStream>

namespace sms::session {
class Session;
}

namespace sms::statistics {
class StatisticsStore;
}

namespace sms::cli {

// `smsctl stats`: the statistics page's views as text or JSON, on the same
// store, from the service or (--local) from the history in the profile's
// database or the one named by --journal.
//
//   stats [--from DATE] [--to DATE] [--local] [--json] [--journal DB] [--app-id ID]
//
// Dates are yyyy-mm-dd, Beijing time, both included (the last seven days
// by default); a range of at most two days is shown per hour. The text
// form is tab-separated, a section at a time: the buckets, the delivery
// outcomes, the refusals by code (local), the packages (cloud). --json
// prints one object.
class StatsCommand : public QObject
{
    Q_OBJECT

public:
    StatsCommand(QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~StatsCommand() override;

    static bool isStatsCommand(const QString &word);
    // Only the options no other command has (--journal and --app-id are
    // the campaign command's).
    static QList<QCommandLineOption> options();
    static QString helpText();

    // Reads the options. Returns -1 when the command needs start() (the
    // service, or the profile's database); otherwise the exit code of what
    // it did already (--local --journal needs no keys), 2 with
    // *usageProblem set for a usage error.
    int prepare(const QCommandLineParser &parser, const QStringList &positional,
                QString *usageProblem);
    // Loads the statistics; finished() follows. defaultAppId is used
    // without --app-id.
    void start(session::Session &session, const QString &defaultAppId);

    // The report as smsctl prints it.
    static QString text(const statistics::StatisticsReport &report, const QDateTime &now);
    static QByteArray json(const statistics::StatisticsReport &report, const QDateTime &now);

Q_SIGNALS:
    // error is empty when the statistics were printed.
    void finished(const sms::api::ApiError &error);

private:
    int readLocal(const QString &path);
    void print(const statistics::StatisticsReport &report, const QDateTime &now);

    QTextStream &m_out;
    QTextStream &m_err;
    statistics::StatisticsRange m_range;
    bool m_local = false;
    bool m_json = false;
    QString m_journalPath;
    QString m_appId;
    statistics::StatisticsStore *m_store = nullptr;
};

} // namespace sms::cli
