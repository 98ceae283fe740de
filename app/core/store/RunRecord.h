// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace sms::store {

// One client sending a campaign: which computer, which user, which program,
// and until when its lease holds. A run that stops renewing its lease (its
// process died, its computer lost the database) is over once the lease has
// passed, and its batches still in flight become uncertain.
struct RunRecord
{
    qint64 id = 0;
    qint64 campaignId = 0;
    QString host;
    QString user;
    qint64 pid = 0;
    QString program; // "smsctl", "SMS Console"
    QDateTime startedAt;
    QDateTime leaseUntil;
    QDateTime endedAt; // invalid while it runs

    bool isLive(const QDateTime &now) const { return !endedAt.isValid() && leaseUntil > now; }
};

} // namespace sms::store
