// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/ImportJob.h"

#include "Logging.h"
#include "campaign/RecipientPipe.h"
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

namespace {

RecipientPipe::Mark markOf(const RecipientReader &reader)
{
    return {reader.position(), reader.blankRows(), reader.errorString()};
}

} // namespace

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
    // Reading (parsing, decoding and mapping the file) takes longer than
    // checking: on a thread of its own, it runs ahead. Pre-flight and the
    // sink still get every chunk here, in order.
    const bool pipelined = m_readAhead;
    RecipientPipe pipe(3);
    QThread *readerThread = nullptr;
    if (pipelined) {
        readerThread = QThread::create([&reader, &pipe, size = m_chunkSize] {
            QList<Recipient> chunk;
            while (pipe.takeEmpty(chunk)) {
                if (!reader.read(chunk, size))
                    break;
                pipe.putFull(std::move(chunk), markOf(reader));
            }
            pipe.finish();
        });
        readerThread->setObjectName(QStringLiteral("ImportJob reader"));
        readerThread->start();
    }
    // The next chunk in order and where the source stood after it; false
    // at the end of the source.
    RecipientPipe::Mark mark;
    auto next = [&](QList<Recipient> &chunk) {
        if (pipelined)
            return pipe.takeFull(chunk, mark);
        const bool read = reader.read(chunk, m_chunkSize);
        mark = markOf(reader);
        return read;
    };
    QList<Recipient> chunk;
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    qint64 rows = 0;
    bool ended = false;
    while (!m_cancelRequested) {
        if (!next(chunk)) {
            ended = true;
            break;
        }
        preflight.check(chunk);
        if (!m_sink->accept(chunk)) {
            m_error = tr("The imported rows could not be stored; the import stopped after %n "
                         "row(s).",
                         nullptr, int(std::min<qint64>(rows, INT_MAX)));
            break;
        }
        rows += chunk.size();
        if (sinceProgress.elapsed() >= 50) {
            reportProgress(rows, mark.position, reader.total());
            sinceProgress.restart();
        }
        if (pipelined)
            pipe.putEmpty(std::move(chunk));
    }
    if (readerThread) {
        pipe.stop();
        readerThread->wait();
        delete readerThread;
    }
    m_sink->finish();
    // What the reader ran ahead into after the last chunk imported does not
    // count: the blank rows and the error are those of the source read so
    // far, or to its end.
    if (ended)
        mark = markOf(reader);
    if (m_error.isEmpty())
        m_error = mark.error;
    m_cancelled = m_cancelRequested && m_error.isEmpty();
    m_summary = preflight.summary();
    m_blankRows = mark.blankRows;
    if (m_error.isEmpty() && !m_cancelled)
        reportProgress(rows, reader.total(), reader.total());
    qCDebug(lcCampaign) << "import ended:" << rows << "rows," << m_summary.sendable << "sendable"
                        << (m_cancelled ? "(cancelled)" : "");
}

} // namespace sms::campaign
