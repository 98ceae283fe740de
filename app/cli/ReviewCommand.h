// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "domain/ReviewStatus.h"
#include "domain/SignApplication.h"
#include "domain/TemplateApplication.h"
#include "review/CheckProblem.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QObject>
#include <QTextStream>

#include <optional>

namespace sms::session {
class Session;
}

namespace sms::cli {

// `smsctl sign ...` and `smsctl template ...`: the signatures and templates
// pages' verbs on the same stores (review::SignatureStore, TemplateStore).
//
//   sign|template list [--international] [--status reviewing|approved|rejected]
//       one record a line: id, status, name (and the reviewer's reply when
//       there is one), tab-separated
//   sign add|check|modify --name --type N --document-type N --proof FILE
//       [--purpose self|others] [--commission FILE] [--international]
//       [--remark TEXT] [--qualification ID]      (modify also --id N)
//   template add|check|modify --name --content TEXT
//       --type verification|notification|marketing [--international]
//       [--remark TEXT]                           (modify also --id N)
//   sign|template delete --id N
//
// add, modify and check run the local checks first: every problem is
// printed as "CODE: sentence" on standard error, nothing is sent and the
// exit code is 3, as for the service's refusal. check sends nothing ever
// and exits 0 when all checks pass. add and modify print the record's line
// as list does; delete prints the deleted record's line with the status
// "deleted".
class ReviewCommand : public QObject
{
    Q_OBJECT

public:
    ReviewCommand(QTextStream &out, QTextStream &err, QObject *parent = nullptr);

    static bool isReviewCommand(const QString &word);
    // The options of these commands, for smsctl's parser.
    static QList<QCommandLineOption> options();
    // The commands' part of smsctl --help.
    static QString helpText();

    // Reads the command ("sign" or "template", then the verb; positional
    // holds both) and its options. Returns -1 when the command goes on to
    // the service (start() next); otherwise the exit code of what it did
    // already: 2 for a usage error (*usageProblem says what), 0 or 3 for
    // check, 3 for add or modify refused by the local checks.
    int prepare(const QCommandLineParser &parser, const QStringList &positional,
                QString *usageProblem);
    // Loads the records and carries the command out; finished() follows.
    void start(session::Session &session);

Q_SIGNALS:
    // No error on success. A refusal of the local checks
    // (ApiError::Kind::LocalCheck) is printed already; anything else is the
    // caller's to print.
    void finished(const sms::api::ApiError &error);

private:
    enum class Verb { List, Add, Check, Modify, Delete };

    int readApplication(const QCommandLineParser &parser, QString *usageProblem);
    // Prints the problems; 3 when there were any, 0 otherwise.
    int report(const review::CheckProblems &problems);
    template<typename Store> void run(Store &store);
    template<typename Store, typename Application>
    void change(Store &store, const Application &application);
    template<typename Record> void printRecord(const Record &record, const QString &status = {});

    QTextStream &m_out;
    QTextStream &m_err;
    bool m_signatures = true;
    Verb m_verb = Verb::List;
    qint64 m_id = 0;
    bool m_international = false;
    QList<domain::ReviewStatus> m_statuses; // empty: every status
    domain::SignApplication m_sign;
    domain::TemplateApplication m_template;
};

} // namespace sms::cli
