// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/ImportOptions.h"
#include "campaign/RowSource.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QIODevice>
#include <QList>
#include <QStringDecoder>

#include <memory>
#include <vector>

struct csv_parser;

namespace sms::campaign {

// Rows of delimited text (RFC 4180 CSV, or a pasted list) through libcsv:
// quoted fields, doubled quotes, delimiters and line breaks inside quotes,
// CRLF or LF. Spaces around an unquoted field are dropped. A UTF-8 BOM at the
// start is skipped.
//
// GB18030 text is parsed as bytes, like UTF-8: every byte after the first of
// a GB18030 character is 0x30 or above, so none of them can be read as a
// comma, semicolon, tab, quote or line break.
class CsvRowSource : public RowSource
{
    Q_DECLARE_TR_FUNCTIONS(sms::campaign::CsvRowSource)

public:
    // encoding must be Utf8 or Gb18030 (see detectEncoding()); delimiter a
    // byte (see detectDelimiter()), or 0 for one cell per line.
    CsvRowSource(std::unique_ptr<QIODevice> device, ImportOptions::Encoding encoding,
                 char delimiter);
    ~CsvRowSource() override;

    bool next(SourceRow &row) override;
    void recycle(QStringList &&cells) override;
    QString errorString() const override { return m_error; }
    qint64 position() const override { return m_position; }
    qint64 total() const override { return m_total; }

    // UTF-8 when sample (the start of the file; a character cut at its end
    // does not count) is valid UTF-8, GB18030 otherwise.
    static ImportOptions::Encoding detectEncoding(QByteArrayView sample);
    // The delimiter of the first line of sample: whichever of tab, comma and
    // semicolon it holds most of outside quotes; comma for a CSV file and 0
    // (one cell a line) for a pasted list when it holds none.
    static char detectDelimiter(QByteArrayView sample, ImportOptions::Format format);
    static bool hasUtf8Bom(QByteArrayView data);

private:
    static void onField(void *data, size_t length, void *self);
    static void onRowEnd(int terminator, void *self);
    bool readMore();
    void decodeInto(QString &cell, QByteArrayView bytes);

    std::unique_ptr<QIODevice> m_device;
    std::unique_ptr<csv_parser> m_parser;
    bool m_utf8 = true;
    QStringDecoder m_decoder;
    QStringDecoder m_utf8Decoder; // into recycled cells, as QString::fromUtf8 decodes
    QList<SourceRow> m_ready;
    qsizetype m_readyIndex = 0;
    QStringList m_cells; // of the row being parsed; past m_cellCount, recycled ones to refill
    qsizetype m_cellCount = 0;
    std::vector<QStringList> m_spareCells; // recycled rows' cells
    qint64 m_rowNumber = 0;
    int m_lastTerminator = 0;
    QByteArray m_buffer;
    qint64 m_position = 0;
    qint64 m_total = 0;
    bool m_finished = false;
    QString m_error;
};

} // namespace sms::campaign
