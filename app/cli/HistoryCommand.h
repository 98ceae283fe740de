// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/StoreLocation.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QTextStream>

#include <optional>

namespace sms::store {
class HistoryReader;
}

namespace sms::cli {

// `smsctl history ...`: the send history on the profile's database (or the
// one --journal names), read without the service and without keys.
//
//   history --phone NUMBER [--since DATE] [--json] [--journal DB]
//       Each send to the number a line, oldest first, tab-separated: time,
//       template, SerialNo, state (refused, accepted, delivered, failed,
//       no-receipt-yet, unknown, uncertain, sending, queued), and the code
//       or the receipt's description. --json: one object a line.
//   history failures [--since DATE] [--journal DB]
//       The failed sends since DATE (default: today 00:00) by code, the
//       largest group first: count, code, the catalog's short guidance.
//
// DATE is an ISO 8601 date or date and time, local unless it carries an
// offset. Exit code 0, or 2 for a usage error or an unusable database.
class HistoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(sms::cli::HistoryCommand)

public:
    enum ExitCode { Success = 0, Usage = 2 };

    HistoryCommand(QTextStream &out, QTextStream &err);

    static bool isHistoryCommand(const QString &word);
    // Its own options; --journal is the campaign command's.
    static QList<QCommandLineOption> options();
    static QString helpText();

    // Reads the verb and options: Usage with *usageProblem set, else -1.
    int prepare(const QCommandLineParser &parser, const QStringList &positional,
                QString *usageProblem);
    // The database named by --journal, if any: then no profile is needed.
    QString journalPath() const { return m_journal; }
    // Runs on the store at location; returns the exit code.
    int run(const store::StoreLocation &location);

    static std::optional<QDateTime> parseSince(const QString &text);

private:
    int listPhone(store::HistoryReader &reader);
    int listFailures(store::HistoryReader &reader);

    QTextStream &m_out;
    QTextStream &m_err;
    bool m_failures = false;
    QString m_phone;
    QDateTime m_since;
    bool m_json = false;
    QString m_journal;
};

} // namespace sms::cli
