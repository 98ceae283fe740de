// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace sms::domain {

// One phone number that a send request accepted as a whole but refused for
// itself (SendStatusSet[i].Code != "Ok"). The service reports these inside a
// successful response, so they are easy to lose: every layer above keeps them.
struct NumberFailure
{
    QString phoneNumber;
    QString code;
    QString message;
    QString isoCode;

    friend bool operator==(const NumberFailure &, const NumberFailure &) = default;
};

using NumberFailures = QList<NumberFailure>;

} // namespace sms::domain
