// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/ReviewWatch.h"

#include "review/ReviewStore.h"

namespace sms::review {

namespace {
constexpr domain::Market kMarkets[] = {domain::Market::Domestic, domain::Market::International};

bool anythingUnderReview(const ReviewStore &store)
{
    return std::any_of(std::begin(kMarkets), std::end(kMarkets),
                       [&](domain::Market m) { return !store.underReview(m).isEmpty(); });
}
} // namespace

ReviewWatch::ReviewWatch(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(kDefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ReviewWatch::pollNow);
}

void ReviewWatch::watch(ReviewStore &store)
{
    m_stores.append(&store);
    connect(&store, &ReviewStore::changed, this, &ReviewWatch::update);
    connect(&store, &ReviewStore::recordChanged, this, &ReviewWatch::update);
    connect(&store, &ReviewStore::reviewFinished, this,
            [this, kind = store.kind()](qint64 id, bool approved, const QString &reply) {
                emit reviewFinished(kind, id, approved, reply);
            });
    connect(&store, &QObject::destroyed, this, &ReviewWatch::update, Qt::QueuedConnection);
    update();
}

void ReviewWatch::setIntervalMs(int intervalMs)
{
    m_timer.setInterval(std::max(intervalMs, 1));
}

void ReviewWatch::pollNow()
{
    for (const QPointer<ReviewStore> &store : std::as_const(m_stores)) {
        // A load under way sees every record anyway.
        if (!store || store->isLoading())
            continue;
        for (const domain::Market market : kMarkets) {
            const QList<qint64> ids = store->underReview(market);
            if (!ids.isEmpty())
                store->refresh(ids, market);
        }
    }
}

void ReviewWatch::update()
{
    m_stores.removeAll(nullptr);
    const bool watching
        = std::any_of(m_stores.cbegin(), m_stores.cend(),
                      [](const QPointer<ReviewStore> &s) { return anythingUnderReview(*s); });
    if (watching && !m_timer.isActive())
        m_timer.start();
    else if (!watching)
        m_timer.stop();
    if (watching != m_watching) {
        m_watching = watching;
        emit watchingChanged(watching);
    }
}

} // namespace sms::review
