// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/SourceRow.h"

#include <QString>

namespace sms::campaign {

// Rows of one source (a CSV file, a pasted text, a workbook's sheet), read
// in order, a bounded amount of it in memory at any time.
class RowSource
{
public:
    virtual ~RowSource() = default;

    // The next row, blank rows included; false at the end or on an error
    // (then errorString() says which).
    virtual bool next(SourceRow &row) = 0;
    // Cells of a row done with, handed back so that their strings' storage
    // can hold later rows' cells: a million rows then take a few thousand
    // allocations instead of several million. Only a hint; a source may
    // drop them, and shared cells are never written to.
    virtual void recycle(QStringList &&cells) { Q_UNUSED(cells); }
    virtual QString errorString() const = 0;
    // For progress: how much of the source has been read, in the same unit
    // as total() (bytes of the file, or of the sheet once unpacked).
    virtual qint64 position() const = 0;
    virtual qint64 total() const = 0;
};

} // namespace sms::campaign
