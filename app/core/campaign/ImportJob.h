// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/ColumnMapping.h"
#include "campaign/ImportOptions.h"
#include "campaign/Preflight.h"
#include "campaign/PreflightSummary.h"
#include "campaign/RecipientSink.h"

#include <QObject>
#include <QThread>

#include <atomic>

namespace sms::campaign {

// Imports a recipient list and runs pre-flight on it on a worker thread,
// feeding a RecipientSink a chunk at a time, so neither the GUI thread nor
// memory ever holds the list: the GUI stays responsive through a million
// rows, and smsctl uses the same job with an event loop.
//
//     auto *job = ImportJob::fromFile(path, importOptions, preflightOptions, &journal);
//     connect(job, &ImportJob::progress, this, &Page::showProgress);
//     sms::onFinished(job, this, [](ImportJob *job) { ... job->summary() ... });
//     job->start();
//
// The sink's accept() runs on the worker thread, one chunk after the
// other, never two at once; a sink that writes to a database opens its
// connection for that thread. When it returns false the import stops.
//
// finished() is emitted once, in the thread that owns the job, after the
// worker has ended and the sink has had its last chunk; until then the
// sink and the job must stay alive (the job waits for the worker when
// destroyed, after asking it to stop).
class ImportJob : public QObject
{
    Q_OBJECT

public:
    static ImportJob *fromFile(const QString &path, const ImportOptions &importOptions,
                               const Preflight::Options &preflightOptions, RecipientSink *sink,
                               QObject *parent = nullptr);
    static ImportJob *fromText(const QString &text, const ImportOptions &importOptions,
                               const Preflight::Options &preflightOptions, RecipientSink *sink,
                               QObject *parent = nullptr);
    ~ImportJob() override;

    void start();
    // Asks the worker to stop after the chunk it is on; finished() follows.
    // Safe from any thread.
    void cancel();
    bool isRunning() const { return m_started && !m_done; }

    // Recipients per chunk handed to the sink (1000 unless set before start()).
    void setChunkSize(qsizetype rows) { m_chunkSize = rows; }
    // Whether the file is read on a thread of its own, a few chunks ahead of
    // pre-flight and the sink (set before start()). On by default when the
    // machine has more than one core: with the second core free, reading and
    // checking overlap, for about the same CPU time. The results are the
    // same either way.
    void setReadAhead(bool on) { m_readAhead = on; }
    bool readAhead() const { return m_readAhead; }

    // After finished():
    bool succeeded() const { return m_done && m_error.isEmpty() && !m_cancelled; }
    bool wasCancelled() const { return m_cancelled; }
    // Why the import stopped (unreadable file, the sink refused a chunk);
    // empty when it did not fail.
    QString errorString() const { return m_error; }
    // Counts of the rows that reached the sink (all of them unless it stopped).
    PreflightSummary summary() const { return m_summary; }
    // What reading found out, for the column-mapping step.
    ImportOptions::Format format() const { return m_format; }
    ImportOptions::Encoding encoding() const { return m_encoding; }
    QStringList header() const { return m_header; }
    ColumnMapping mapping() const { return m_mapping; }
    qint64 blankRows() const { return m_blankRows; }

Q_SIGNALS:
    // Rows passed to the sink so far, and how far through the source that
    // is (position of total, in bytes). At most about 20 a second.
    void progress(qint64 rows, qint64 position, qint64 total);
    void finished();

private:
    ImportJob(const QString &source, bool isFile, const ImportOptions &importOptions,
              const Preflight::Options &preflightOptions, RecipientSink *sink, QObject *parent);
    void run(); // on the worker thread
    void reportProgress(qint64 rows, qint64 position, qint64 total);

    const QString m_source;
    const bool m_isFile;
    const ImportOptions m_importOptions;
    const Preflight::Options m_preflightOptions;
    RecipientSink *const m_sink;
    qsizetype m_chunkSize = 1000;
    bool m_readAhead = QThread::idealThreadCount() > 1;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancelRequested {false};
    bool m_started = false;
    bool m_done = false;

    // Written by the worker, read after it ended.
    bool m_cancelled = false;
    QString m_error;
    PreflightSummary m_summary;
    ImportOptions::Format m_format = ImportOptions::Format::Auto;
    ImportOptions::Encoding m_encoding = ImportOptions::Encoding::Auto;
    QStringList m_header;
    ColumnMapping m_mapping;
    qint64 m_blankRows = 0;
};

} // namespace sms::campaign
