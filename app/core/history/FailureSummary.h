// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace sms::history {

// "What went wrong": the failed sends of a time range grouped by code,
// largest group first. A refusal counts under the service's code, a failed
// receipt under the carrier's code (the first word of its description).
struct FailureSummary
{
    enum class Source { Refusal, Receipt };
    struct Group
    {
        QString code;
        qint64 count = 0;
        Source source = Source::Refusal;
        QString sample; // a receipt's description or a refusal's message
    };

    QDateTime from;
    QDateTime until;
    QList<Group> groups;

    qint64 total() const
    {
        qint64 n = 0;
        for (const Group &g : groups)
            n += g.count;
        return n;
    }
};

} // namespace sms::history
