// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace sms::campaign {

// How to read a recipient list. Everything defaults to "find out": the
// format from the file's content, the encoding from its bytes, the header
// from its first rows, the phone column from its cells. The operator
// overrides any of them after seeing the first rows (RecipientReader tells
// what it found).
struct ImportOptions
{
    enum class Format {
        Auto,
        Csv, // RFC 4180: quoted fields, doubled quotes, line breaks inside quotes
        Xlsx, // Office Open XML workbook: its first sheet
        Text, // a pasted list: one number a line, cells split by tab, comma or semicolon
    };
    enum class Encoding {
        Auto, // UTF-8 (with or without BOM) when the bytes are valid UTF-8, else GB18030
        Utf8,
        Gb18030, // also reads GBK and GB2312, its subsets
    };
    enum class Header {
        Auto, // a first row whose phone cell holds no number is a header
        Present,
        Absent,
    };

    Format format = Format::Auto;
    Encoding encoding = Encoding::Auto;
    Header header = Header::Auto;
    // CSV and text only; 0 finds it from the first line (comma, tab or
    // semicolon).
    char delimiter = 0;
    // 0-based column of the phone number; -1 finds it from the header's
    // names or the cells that look like numbers (the first column otherwise).
    int phoneColumn = -1;
    // 0-based columns of {1}, {2}, ... in order; empty takes every other
    // column, left to right.
    QList<int> parameterColumns;
};

} // namespace sms::campaign
