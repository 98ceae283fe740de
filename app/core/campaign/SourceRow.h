// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace sms::campaign {

// One row of a source file as read, before any column means anything.
struct SourceRow
{
    qint64 number = 0; // 1-based, as a spreadsheet numbers it (the header row included)
    QStringList cells;

    // Nothing but empty or blank cells: a spreadsheet's empty line.
    bool isBlank() const
    {
        // What trimmed() would leave empty, without making the trimmed copy.
        for (const QString &cell : cells) {
            for (const QChar c : cell) {
                if (!c.isSpace())
                    return false;
            }
        }
        return true;
    }
};

} // namespace sms::campaign
