// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/ColumnMapping.h"
#include "campaign/ImportOptions.h"
#include "campaign/Recipient.h"
#include "campaign/RowSource.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <memory>

namespace sms::campaign {

// Reads a recipient list (CSV, .xlsx or pasted text) a chunk at a time, so a
// million rows never sit in memory whole. Opening reads the first rows to
// find what the options leave open (format, encoding, delimiter, header,
// phone column, parameter columns); the results are there to show in a
// column-mapping step, and to override by opening again with options that
// say otherwise.
//
// Every non-blank row after the header becomes a Recipient, also when its
// phone cell is empty or a parameter is missing: pre-flight says what is
// wrong with it, nothing is dropped silently. Blank rows are skipped and
// counted.
//
// Not thread-safe; one reader is used from one thread at a time (ImportJob
// uses it on its worker thread).
class RecipientReader
{
    Q_DECLARE_TR_FUNCTIONS(sms::campaign::RecipientReader)

public:
    explicit RecipientReader(const ImportOptions &options = {});
    ~RecipientReader();

    // False with errorString() when the file cannot be opened or read.
    bool openFile(const QString &path);
    // A pasted list: one number a line, or cells split by tab (pasted from a
    // spreadsheet), comma or semicolon.
    bool openText(const QString &text);

    // The next chunk of at most maxRows recipients, in source order; false
    // (and chunk empty) at the end or on an error.
    bool read(QList<Recipient> &chunk, qsizetype maxRows);
    // Set when opening or reading failed; an end without error leaves it empty.
    QString errorString() const { return m_error; }

    // What opening found (or the options imposed).
    ImportOptions::Format format() const { return m_format; }
    ImportOptions::Encoding encoding() const { return m_encoding; }
    char delimiter() const { return m_delimiter; }
    bool hasHeader() const { return !m_header.isEmpty(); }
    QStringList header() const { return m_header; } // empty when there is none
    ColumnMapping mapping() const { return m_mapping; }
    // The first rows after the header, as read, for the column-mapping step.
    QList<SourceRow> sample() const { return m_sample; }
    // The widest row of the sample, header included.
    int columnCount() const { return m_columnCount; }

    qint64 blankRows() const { return m_blankRows; }
    qint64 rowsRead() const { return m_rowsRead; } // recipients returned so far
    // Progress through the source, in the unit of total() (bytes).
    qint64 position() const { return m_source ? m_source->position() : 0; }
    qint64 total() const { return m_source ? m_source->total() : 0; }

    // How many non-blank rows opening reads to decide.
    static constexpr int sampleSize() { return 50; }

private:
    bool openDevice(std::unique_ptr<class QIODevice> device, const QByteArray &start);
    bool prime();
    bool nextRow(SourceRow &row);

    ImportOptions m_options;
    ImportOptions::Format m_format = ImportOptions::Format::Csv;
    ImportOptions::Encoding m_encoding = ImportOptions::Encoding::Utf8;
    char m_delimiter = ',';
    std::unique_ptr<RowSource> m_source;
    QList<SourceRow> m_lookahead; // read by prime(), returned first
    qsizetype m_lookaheadIndex = 0;
    QList<SourceRow> m_sample;
    int m_columnCount = 0;
    QStringList m_header;
    qint64 m_headerRow = 0;
    ColumnMapping m_mapping;
    qint64 m_blankRows = 0;
    qint64 m_rowsRead = 0;
    QString m_error;
};

} // namespace sms::campaign
