// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace sms::review {

// One thing in a signature or template application that the service would
// refuse (or its reviewers reject), found before anything is sent.
//
//   field    the request's JSON field it is about ("SignName",
//            "TemplateContent", ...), so a form can mark that input; empty
//            when it is about the request as a whole
//   code     the error code the service answers for it, so the error catalog
//            explains it as it would explain the service's own answer
//   message  what is wrong and how to put it right, translated
struct CheckProblem
{
    Q_DECLARE_TR_FUNCTIONS(sms::review::CheckProblem)

public:
    QString field;
    QString code;
    QString message;

    // A modification that would move a signature or template to the other
    // market; heldInternational is the International it was applied with.
    static CheckProblem marketChanged(qint64 heldInternational);

    friend bool operator==(const CheckProblem &, const CheckProblem &) = default;
};

using CheckProblems = QList<CheckProblem>;

// The codes of problems, in order (a code appears as often as it was found).
inline QStringList codesOf(const CheckProblems &problems)
{
    QStringList codes;
    for (const CheckProblem &problem : problems)
        codes.append(problem.code);
    return codes;
}

// The problems about one field, for the input that shows them.
inline CheckProblems problemsOf(const CheckProblems &problems, const QString &field)
{
    CheckProblems found;
    for (const CheckProblem &problem : problems) {
        if (problem.field == field)
            found.append(problem);
    }
    return found;
}

} // namespace sms::review
