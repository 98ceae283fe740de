// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/Recipient.h"

#include <QList>
#include <QMutex>
#include <QString>
#include <QWaitCondition>

#include <deque>
#include <vector>

namespace sms::campaign {

// Chunks of recipients handed from a reading thread to a checking thread,
// in order, a few at a time. A chunk goes back to the reader once checked,
// so that its rows are freed, and the chunk refilled, on the thread that
// allocated them (a free from another thread takes the allocator's lock).
//
//     reader thread: while (pipe.takeEmpty(chunk)) { fill; pipe.putFull(chunk, mark); }
//                    pipe.finish();
//     checker:       while (pipe.takeFull(chunk, mark)) { check; pipe.putEmpty(chunk); }
//                    pipe.stop(); join the reader
class RecipientPipe
{
public:
    // Where the source stood when a chunk was filled: what the checker
    // reports with that chunk, since the reader has moved on by then.
    struct Mark
    {
        qint64 position = 0; // of the source, for progress
        qint64 blankRows = 0; // skipped so far
        QString error; // why reading stopped, when it failed
    };

    // chunks: how many are in circulation (the reader runs up to chunks - 1 ahead).
    explicit RecipientPipe(int chunks);

    // Reader: an empty chunk to fill; false once the checker stopped.
    bool takeEmpty(QList<Recipient> &chunk);
    // Reader: a filled chunk, and where the source stood after it.
    void putFull(QList<Recipient> &&chunk, const Mark &mark);
    // Reader: nothing more will come.
    void finish();

    // Checker: the next filled chunk in order; false at the end.
    bool takeFull(QList<Recipient> &chunk, Mark &mark);
    // Checker: a chunk done with, for the reader to refill.
    void putEmpty(QList<Recipient> &&chunk);
    // Checker: no more chunks wanted; the reader's takeEmpty() returns false.
    void stop();

private:
    struct Filled
    {
        QList<Recipient> chunk;
        Mark mark;
    };

    QMutex m_mutex;
    QWaitCondition m_changed;
    std::deque<Filled> m_full;
    std::vector<QList<Recipient>> m_empty;
    bool m_finished = false;
    bool m_stopped = false;
};

} // namespace sms::campaign
