// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/Recipient.h"
#include "campaign/SourceRow.h"

#include <QList>

namespace sms::campaign {

// Which cells of a row are the phone number and the template's {1}..{n}.
struct ColumnMapping
{
    int phoneColumn = 0; // 0-based
    QList<int> parameterColumns; // {1} first

    // The recipient a row stands for, before pre-flight: the phone cell as
    // given, and the parameters of the columns the row has (a short row
    // gives fewer, which pre-flight reports against the template).
    Recipient apply(const SourceRow &row) const;
    // The same recipient, the row's cells moved into it rather than copied
    // (a million rows: a list and a few reference counts each).
    Recipient apply(SourceRow &&row) const;

    // The column whose cells are most often valid phone numbers (in
    // defaultRegion), or one a header names as such ("phone", "手机号"...);
    // the leftmost wins a tie, and column 0 when nothing looks like a number.
    static int findPhoneColumn(const QStringList &header, const QList<SourceRow> &rows);
    // The parameter columns when none were chosen: those a header names
    // {1}, {2}... when it does, else every column but the phone's, left to
    // right, up to the header's width (or the widest row's last filled cell).
    static QList<int> defaultParameterColumns(int phoneColumn, const QStringList &header,
                                              const QList<SourceRow> &rows);
    // Whether a cell has enough digits to be meant as a number; a header's
    // phone cell has not.
    static bool looksLikeNumber(const QString &cell);

    friend bool operator==(const ColumnMapping &, const ColumnMapping &) = default;
};

} // namespace sms::campaign
