// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statistics/StatisticsJob.h"
#include "store/StatisticsReader.h"
#include "store/StoreLocation.h"

#include <QStringList>

class QThread;

namespace sms::statistics {

// The statistics of the send history in the profile's database, read on a
// worker thread with a connection of its own: the GUI thread never waits
// for SQLite, however long the history. A file that does not exist yet is
// created empty (the history starts there).
class LocalStatisticsJob : public StatisticsJob
{
    Q_OBJECT

public:
    // The error code when the database cannot be opened or read.
    static constexpr auto unavailableCode = "ClientError.JournalUnavailable";

    LocalStatisticsJob(const store::StoreLocation &location,
                       const store::StatisticsReader::Query &query, QObject *parent = nullptr);
    // Waits for the worker.
    ~LocalStatisticsJob() override;

    void start() override;

    // The applications the history has sent with (after finished()).
    QStringList appIds() const { return m_appIds; }

private:
    void run(); // on the worker thread

    const store::StoreLocation m_location;
    const store::StatisticsReader::Query m_query;
    QThread *m_thread = nullptr;
    QStringList m_appIds;
    QString m_problem; // written by the worker
};

} // namespace sms::statistics
