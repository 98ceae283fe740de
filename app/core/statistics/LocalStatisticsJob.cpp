// SPDX-License-Identifier: GPL-3.0-or-later
#include "statistics/LocalStatisticsJob.h"

#include "store/Database.h"

#include <QThread>

namespace sms::statistics {

LocalStatisticsJob::LocalStatisticsJob(const store::StoreLocation &location,
                                       const store::StatisticsReader::Query &query, QObject *parent)
    : StatisticsJob(parent)
    , m_location(location)
    , m_query(query)
{
    m_report.source = StatisticsSource::Local;
    m_report.range = query.range;
    m_report.appId = query.appId;
}

LocalStatisticsJob::~LocalStatisticsJob()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void LocalStatisticsJob::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("LocalStatisticsJob"));
    // Queued to this object's thread: the report is complete once the worker
    // has returned.
    connect(m_thread, &QThread::finished, this, [this] {
        if (!m_problem.isEmpty())
            fail(api::ApiError::client(
                api::ApiError::Kind::Configuration, unavailableCode,
                tr("The send history on this computer cannot be read: %1").arg(m_problem)));
        finish();
    });
    m_thread->start();
}

void LocalStatisticsJob::run()
{
    store::Database database;
    QString problem;
    if (!database.open(m_location, &problem)) {
        m_problem = problem;
        return;
    }
    store::StatisticsReader reader(database);
    const std::optional<StatisticsReport> report = reader.read(m_query);
    if (!report) {
        m_problem = reader.lastError();
        return;
    }
    m_report = *report;
    m_appIds = reader.appIds();
}

} // namespace sms::statistics
