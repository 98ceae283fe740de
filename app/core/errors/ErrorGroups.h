// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/NumberFailure.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sms::api {
class ApiError;
}

namespace sms::errors {

// Failures that share one code: a campaign with 3,000 refused numbers shows
// as a handful of these, each with one piece of guidance.
struct ErrorGroup
{
    QString code;
    int count = 0;        // failures with this code (numbers, or whole errors)
    QStringList numbers;  // every refused number of the group, in order of arrival
    QString message;      // the first server message seen for the code
    QString requestId;    // the first RequestId seen for the code

    QStringList sampleNumbers(int max = 5) const { return numbers.mid(0, max); }
};

using ErrorGroupList = QList<ErrorGroup>;

// Groups failures by code: the largest group first, then by code.
class ErrorGroups
{
public:
    static ErrorGroupList groupByCode(const domain::NumberFailures &failures,
                                      const QString &requestId = {});
    // Per-number failures inside the errors count one per number; any other
    // error counts once under its own code.
    static ErrorGroupList groupByCode(const QList<api::ApiError> &errors);

    static int totalCount(const ErrorGroupList &groups);
};

} // namespace sms::errors
