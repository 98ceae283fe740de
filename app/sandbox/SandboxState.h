// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/SandboxRecords.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

#include <deque>
#include <map>
#include <vector>

namespace sms::sandbox {

// Everything one sandbox account holds: keys, applications, signatures,
// templates, packages, every number ever sent with its receipt, replies, and
// the counters behind frequency and daily limits. Plain data with indices;
// the handlers hold the rules, SandboxStore keeps it on disk.
//
// Sends and replies are only ever appended, and changed afterwards only
// through markReceiptPulled() and markReplyPulled(), which note the change
// for the store: that is what lets the store write each request's changes
// without looking at the whole history.
//
// Not thread-safe: the server that owns it runs in one thread.
class SandboxState
{
public:
    SandboxState();

    // Keys and account
    QString secretId;
    QString secretKey;
    QString defaultAppId;
    QHash<QString, AppRecord> apps;
    bool enterpriseVerified = true;
    bool inArrears = false;
    QStringList ipWhitelist; // empty: any address
    QSet<QString> optOut;    // E.164 numbers that unsubscribed or are blocked

    // Signatures, templates, qualifications, packages
    QMap<qint64, SignRecord> signs;
    QMap<qint64, TemplateRecord> templates;
    QMap<qint64, QualificationRecord> qualifications;
    QList<PackageRecord> packages;
    qint64 nextSignId = 100001;
    qint64 nextTemplateId = 200001;
    qint64 nextPackageId = 300001;

    // Sends and receipts. A campaign adds a million of them while requests
    // wait: containers that never move or rehash everything as they grow (a
    // vector's or a QHash's growth at a million entries stalls every request
    // for a few hundred milliseconds).
    std::deque<SendRecord> sends;
    QMap<QString, QList<int>> sendsByPhone; // E.164 -> indices into sends
    QMap<QString, int> sendBySerial;
    std::multimap<qint64, int> pendingReceipts; // visible-at -> index into sends
    qint64 serialCounter = 0;

    // Replies
    std::vector<ReplyRecord> replies;
    std::multimap<qint64, int> pendingReplies;
    // Unsubscribe replies take effect when they arrive: time -> E.164 number.
    std::multimap<qint64, QString> pendingOptOuts;
    void applyOptOuts(qint64 now);

    // Daily counters: key "app|yyyyMMdd|bucket" -> numbers sent.
    QHash<QString, qint64> dailyCounters;

    // Indices of sends and replies changed since they were added; the store
    // writes and clears them.
    std::vector<int> changedSends;
    std::vector<int> changedReplies;

    int addSend(SendRecord record);
    QString nextSerialNo();
    // A queue-style pull handed the receipt of sends[index] (the reply
    // replies[index]) out: it is not handed out again.
    void markReceiptPulled(int index);
    void markReplyPulled(int index);

    // Remaining billable segments over all packages in force at time now.
    qint64 balance(qint64 now) const;
    // Takes segments from the packages that expire first.
    bool consume(qint64 segments, qint64 now);
    void addPackage(qint64 amount, int type, qint64 createTime, qint64 effectiveTime,
                    qint64 expiredTime);

    // The JSON state file earlier versions wrote (imported into a store).
    bool fromJson(const QJsonObject &json, QString *error);
    bool loadJson(const QString &path, QString *error);

    // Rebuilds the lookups over sends and replies (by number, by serial
    // number, the receipt and reply queues) from the records.
    void rebuildIndices();
};

} // namespace sms::sandbox
