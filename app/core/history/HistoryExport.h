// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/HistoryFilter.h"
#include "history/Lifecycle.h"
#include "store/StoreLocation.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace sms::history {

// Writes the sends a filter selects to a CSV file, on a thread and a
// connection of its own: a million rows take seconds, and the GUI thread
// only sees progress(). The file appears whole or not at all (QSaveFile):
// cancel() or a failure leaves what was there before.
//
// One export per object; it deletes nothing itself (the owner does, after
// finished()).
class HistoryExport : public QObject
{
    Q_OBJECT

public:
    HistoryExport(const store::StoreLocation &location, const HistoryFilter &filter,
                  const Lifecycle &lifecycle, qint64 nowMs, const QString &outputPath,
                  QObject *parent = nullptr);
    // Cancels and waits for the thread.
    ~HistoryExport() override;

    void start();
    void cancel();
    bool isRunning() const;

    QString outputPath() const { return m_outputPath; }
    // After finished(): rows written; -1 when it failed or was cancelled.
    qint64 rows() const { return m_rows; }
    bool wasCancelled() const { return m_cancel.load(); }
    QString errorString() const { return m_error; }

Q_SIGNALS:
    void progress(qint64 rows);
    void finished(bool succeeded);

private:
    void run();

    store::StoreLocation m_location;
    HistoryFilter m_filter;
    Lifecycle m_lifecycle;
    qint64 m_nowMs;
    QString m_outputPath;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel {false};
    qint64 m_rows = -1;
    QString m_error;
};

} // namespace sms::history
