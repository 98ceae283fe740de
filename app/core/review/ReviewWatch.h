// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/ReviewKind.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace sms::review {

class ReviewStore;

// Tells when a review ends, without the operator refreshing: while any
// record of a watched store is under review, it asks the service for those
// records only (by id, one request per market and store, at most 100 ids
// each) every intervalMs(); nothing is asked while nothing is under review.
// At the default interval that is a few requests a minute, far inside the
// list actions' 20 per second.
//
// The stores update their records from the answers; reviewFinished() is
// emitted for every review that ends, whichever read of a store saw it. A
// poll that fails is the store's failed(), like any read: a page shows it
// inline rather than opening a dialog every interval.
class ReviewWatch : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultIntervalMs = 60'000;

    explicit ReviewWatch(QObject *parent = nullptr);

    // Watches a store (SignatureStore or TemplateStore) for as long as both
    // exist.
    void watch(ReviewStore &store);

    int intervalMs() const { return m_timer.interval(); }
    void setIntervalMs(int intervalMs);

    // Some record of a watched store is under review, so it is polled.
    bool isWatching() const { return m_watching; }

    // Polls now rather than at the next interval.
    void pollNow();

Q_SIGNALS:
    void reviewFinished(sms::review::ReviewKind kind, qint64 id, bool approved,
                        const QString &reply);
    void watchingChanged(bool watching);

private:
    void update();

    QList<QPointer<ReviewStore>> m_stores;
    QTimer m_timer;
    bool m_watching = false;
};

} // namespace sms::review
