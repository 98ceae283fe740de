// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/Recipient.h"

#include <QList>

namespace sms::campaign {

// Where imported recipients go, a chunk at a time, so that a million rows
// pass from the file to the journal without sitting in memory whole. Rows
// with problems are passed too (with their code and sentence): an operator
// must see every row that will not be sent, and why.
class RecipientSink
{
public:
    virtual ~RecipientSink() = default;
    // Takes one chunk, in source order. Returns false to stop the import
    // (the disk is full, the database refused the write...).
    virtual bool accept(const QList<Recipient> &chunk) = 0;
    // The import ended (done, stopped or failed), called on the thread that
    // gave the chunks: what the sink holds for that thread is let go here.
    virtual void finish() { }
};

} // namespace sms::campaign
