// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/RowSource.h"

#include <QCoreApplication>
#include <QStringList>
#include <QXmlStreamReader>

namespace sms::campaign {

// Rows of the first sheet of an .xlsx workbook, through libminizip and
// QXmlStreamReader: the sheet is unpacked and parsed a block at a time, so a
// sheet of a million rows never sits in memory whole; the shared strings
// (every distinct text of the workbook) do.
//
// Cells come back as the text Excel holds, not as it displays them: a phone
// number stored as a number and shown as 1.38E+10 reads as its exact digits
// (13800138000), also when the writer stored it in exponent notation.
class XlsxRowSource : public RowSource
{
    Q_DECLARE_TR_FUNCTIONS(sms::campaign::XlsxRowSource)

public:
    explicit XlsxRowSource(const QString &path);
    ~XlsxRowSource() override;

    // False, with errorString(), when path is not a workbook this can read.
    bool open();

    bool next(SourceRow &row) override;
    QString errorString() const override { return m_error; }
    qint64 position() const override { return m_position; }
    qint64 total() const override { return m_total; }

    // The digits of a number cell's value without exponent or float noise:
    // "1.3800138E10" -> "13800138000", "13800138000.0" -> "13800138000".
    // Text that is not a number comes back unchanged.
    static QString exactNumberText(const QString &value);
    // 0-based column of a cell reference: "A7" -> 0, "AB12" -> 27; -1 when
    // it has no letters.
    static int columnOf(QStringView reference);
    // Whether data starts like a zip archive (an .xlsx is one).
    static bool isZip(QByteArrayView data);

private:
    QByteArray readEntry(const QString &name);
    bool openEntry(const QString &name);
    bool feed();
    void readSharedStrings(const QByteArray &xml);
    QString firstSheetPath();
    QString cellText(const QString &type, const QString &value) const;
    static void setCell(SourceRow &row, int column, const QString &text);

    QString m_path;
    void *m_zip = nullptr; // unzFile
    bool m_entryOpen = false;
    QStringList m_sharedStrings;
    QXmlStreamReader m_xml;
    QByteArray m_block;
    qint64 m_position = 0;
    qint64 m_total = 0;
    bool m_entryDone = false;
    bool m_sheetDone = false;
    qint64 m_lastRow = 0;
    QString m_error;
};

} // namespace sms::campaign
