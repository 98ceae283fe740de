// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/ImportJob.h"

#include "Logging.h"
#include "campaign/RecipientReader.h"

#include <QElapsedTimer>

namespace sms::campaign {

ImportJob *ImportJob::fromFile(const QString &path, const ImportOptions &importOptions,
                               const Preflight::Options &preflightOptions, RecipientSink *sink,
                               QObject *parent)
{
    return new ImportJob(path, true, importOptions, preflightOptions, sink, parent);
}

ImportJob *ImportJob::fromText(const QString &text, const ImportOptions &importOptions,
                               const Preflight::Options &preflightOptions, RecipientSink *sink,
                               QObject *parent)
{
    return new ImportJob(text, false, importOptions, preflightOptions, sink, parent);
}

ImportJob::ImportJob(const QString &source, bool isFile, const ImportOptions &importOptions,
                     const Preflight::Options &preflightOptions, RecipientSink *sink,
                     QObject *parent)
    : QObject(parent)
    , m_source(source)
    , m_isFile(isFile)
    , m_importOptions(importOptions)
    , m_preflightOptions(preflightOptions)
    , m_sink(sink)
{ }

ImportJob::~ImportJob()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void ImportJob::start()
{
    if (m_started)
        return;
    m_started = true;
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("ImportJob"));
    // Queued to this object's thread: the results are complete once the
    // worker has returned, and finished() comes from where the job lives.
    connect(m_thread, &QThread::finished, this, [this] {
        m_done = true;
        Q_EMIT finished();
    });
    m_thread->start();
}

void ImportJob::cancel()
{
    m_cancelRequested = true;
}

void ImportJob::reportProgress(qint64 rows, qint64 position, qint64 total)
{
    QMetaObject::invokeMethod(
        this, [this, rows, position, total] { Q_EMIT progress(rows, position, total); },
        Qt::QueuedConnection);
}

void ImportJob::run()
{
    RecipientReader reader(m_importOptions);
    const bool opened = m_isFile ? reader.openFile(m_source) : reader.openText(m_source);
    m_format = reader.format();
    m_encoding = reader.encoding();
    m_header = reader.header();
    m_mapping = reader.mapping();
    if (!opened) {
        m_error = reader.errorString();
        return;
    }
    Preflight preflight(m_preflightOptions);
    QList<Recipient> chunk;
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    qint64 rows = 0;
    while (!m_cancelRequested && reader.read(chunk, m_chunkSize)) {
        preflight.check(chunk);
        if (!m_sink->accept(chunk)) {
            m_error = tr("The imported rows could not be stored; the import stopped after %n "
                         "row(s).",
                         nullptr, int(std::min<qint64>(rows, INT_MAX)));
            break;
        }
        rows += chunk.size();
        if (sinceProgress.elapsed() >= 50) {
            reportProgress(rows, reader.position(), reader.total());
            sinceProgress.restart();
        }
    }
    if (m_error.isEmpty())
        m_error = reader.errorString();
    m_cancelled = m_cancelRequested && m_error.isEmpty();
    m_summary = preflight.summary();
    m_blankRows = reader.blankRows();
    if (m_error.isEmpty() && !m_cancelled)
        reportProgress(rows, reader.total(), reader.total());
    qCDebug(lcCampaign) << "import ended:" << rows << "rows," << m_summary.sendable << "sendable"
                        << (m_cancelled ? "(cancelled)" : "");
}

} // namespace sms::campaign
