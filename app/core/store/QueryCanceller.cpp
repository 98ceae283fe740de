// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/QueryCanceller.h"

#include "Logging.h"
#include "store/Database.h"

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include <libpq-fe.h>
#include <sqlite3.h>

namespace sms::store {

namespace {
int progressHandler(void *context)
{
    auto *stop = static_cast<std::function<bool()> *>(context);
    return (*stop)() ? 1 : 0;
}

// How often the watcher asks; a cancel request costs a connection to the
// server, a check costs nothing.
constexpr std::chrono::milliseconds kWatchInterval(10);
} // namespace

struct QueryCanceller::Watcher
{
    PGcancel *cancel = nullptr;
    std::mutex mutex;
    std::condition_variable wake;
    bool done = false;
    std::thread thread;
};

QueryCanceller::QueryCanceller(Database &database, const std::function<bool()> &shouldStop)
    : m_db(database)
    , m_shouldStop(shouldStop)
{
    if (!m_shouldStop || !database.isOpen())
        return;
    if (sqlite3 *handle = database.handle()) {
        // About a millisecond of work between checks.
        sqlite3_progress_handler(handle, 2000, progressHandler, &m_shouldStop);
        m_progressHandler = true;
        return;
    }
    PGconn *conn = database.postgresHandle();
    PGcancel *cancel = conn ? PQgetCancel(conn) : nullptr;
    if (!cancel)
        return;
    m_watcher = std::make_unique<Watcher>();
    m_watcher->cancel = cancel;
    m_watcher->thread = std::thread([w = m_watcher.get(), stop = m_shouldStop] {
        std::unique_lock lock(w->mutex);
        while (!w->wake.wait_for(lock, kWatchInterval, [w] { return w->done; })) {
            if (!stop())
                continue;
            char reason[256];
            if (!PQcancel(w->cancel, reason, sizeof reason))
                qCWarning(lcStore) << "cannot cancel a query:" << reason;
            return;
        }
    });
}

QueryCanceller::~QueryCanceller()
{
    if (m_progressHandler) {
        if (sqlite3 *handle = m_db.handle())
            sqlite3_progress_handler(handle, 0, nullptr, nullptr);
    }
    if (m_watcher) {
        {
            const std::lock_guard lock(m_watcher->mutex);
            m_watcher->done = true;
        }
        m_watcher->wake.notify_one();
        m_watcher->thread.join();
        PQfreeCancel(m_watcher->cancel);
    }
}

} // namespace sms::store
