// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/HistoryExport.h"

#include "store/Database.h"
#include "store/HistoryReader.h"

#include <QSaveFile>
#include <QThread>

namespace sms::history {

HistoryExport::HistoryExport(const store::StoreLocation &location, const HistoryFilter &filter,
                             const Lifecycle &lifecycle, qint64 nowMs, const QString &outputPath,
                             QObject *parent)
    : QObject(parent)
    , m_location(location)
    , m_filter(filter)
    , m_lifecycle(lifecycle)
    , m_nowMs(nowMs)
    , m_outputPath(outputPath)
{ }

HistoryExport::~HistoryExport()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void HistoryExport::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("sms.history.export"));
    m_thread->start();
}

void HistoryExport::cancel()
{
    m_cancel.store(true);
}

bool HistoryExport::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void HistoryExport::run()
{
    // On the export's thread: everything here is its own.
    QString error;
    qint64 rows = -1;
    {
        store::Database database;
        QSaveFile file(m_outputPath);
        if (!database.open(m_location, &error)) {
            // error says why
        } else if (!file.open(QIODevice::WriteOnly)) {
            error = file.errorString();
        } else {
            store::HistoryReader reader(database, m_lifecycle);
            reader.setInterrupt([this] { return m_cancel.load(); });
            qint64 reported = 0;
            rows = reader.exportCsv(m_filter, m_nowMs, file, [&](qint64 written) {
                // A signal every 20,000 rows is plenty for a progress bar.
                if (written - reported >= 20000) {
                    reported = written;
                    QMetaObject::invokeMethod(
                        this, [this, written] { emit progress(written); }, Qt::QueuedConnection);
                }
                return !m_cancel.load();
            });
            if (rows < 0) {
                error = file.error() != QFileDevice::NoError ? file.errorString()
                                                             : reader.lastError();
                file.cancelWriting();
            } else if (!file.commit()) {
                error = file.errorString();
                rows = -1;
            }
        }
    }
    QMetaObject::invokeMethod(
        this,
        [this, rows, error] {
            m_rows = rows;
            m_error = m_cancel.load() ? QString() : error;
            emit finished(rows >= 0);
        },
        Qt::QueuedConnection);
}

} // namespace sms::history
