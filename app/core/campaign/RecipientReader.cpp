// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/RecipientReader.h"

#include "campaign/CsvRowSource.h"
#include "campaign/XlsxRowSource.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace sms::campaign {

RecipientReader::RecipientReader(const ImportOptions &options)
    : m_options(options)
{ }

RecipientReader::~RecipientReader() = default;

bool RecipientReader::openFile(const QString &path)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        m_error = tr("%1 could not be opened: %2").arg(path, file->errorString());
        return false;
    }
    const QByteArray start = file->peek(64 * 1024);
    m_format = m_options.format;
    if (m_format == ImportOptions::Format::Auto) {
        const bool xlsx = XlsxRowSource::isZip(start)
            || QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0;
        m_format = xlsx ? ImportOptions::Format::Xlsx : ImportOptions::Format::Csv;
    }
    if (m_format == ImportOptions::Format::Xlsx) {
        file.reset();
        auto sheet = std::make_unique<XlsxRowSource>(path);
        if (!sheet->open()) {
            m_error = sheet->errorString();
            return false;
        }
        m_encoding = ImportOptions::Encoding::Utf8;
        m_delimiter = 0;
        m_source = std::move(sheet);
        return prime();
    }
    if (start.startsWith("\xFF\xFE") || start.startsWith("\xFE\xFF")) {
        m_error = tr("%1 is UTF-16 text (Excel's \"Unicode Text\"). Save it as CSV (UTF-8) or "
                     ".xlsx and import that.")
                      .arg(path);
        return false;
    }
    return openDevice(std::move(file), start);
}

bool RecipientReader::openText(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    buffer->open(QIODevice::ReadOnly);
    m_format = ImportOptions::Format::Text;
    m_options.encoding = ImportOptions::Encoding::Utf8;
    return openDevice(std::move(buffer), bytes.left(64 * 1024));
}

bool RecipientReader::openDevice(std::unique_ptr<QIODevice> device, const QByteArray &start)
{
    m_encoding = m_options.encoding == ImportOptions::Encoding::Auto
        ? CsvRowSource::detectEncoding(start)
        : m_options.encoding;
    const QByteArrayView text
        = CsvRowSource::hasUtf8Bom(start) ? QByteArrayView(start).sliced(3) : QByteArrayView(start);
    m_delimiter
        = m_options.delimiter ? m_options.delimiter : CsvRowSource::detectDelimiter(text, m_format);
    m_source = std::make_unique<CsvRowSource>(std::move(device), m_encoding, m_delimiter);
    return prime();
}

bool RecipientReader::prime()
{
    SourceRow row;
    int filled = 0;
    while (filled < sampleSize() && m_source->next(row)) {
        if (!row.isBlank())
            ++filled;
        m_lookahead.append(std::move(row));
    }
    if (!m_source->errorString().isEmpty()) {
        m_error = m_source->errorString();
        return false;
    }
    QList<SourceRow> rows;
    for (const SourceRow &r : std::as_const(m_lookahead)) {
        if (!r.isBlank())
            rows.append(r);
    }
    if (rows.isEmpty())
        return true;

    // The header's names can say which column holds the numbers, but only a
    // column can say whether the first row is a header: decide the column
    // on the header's names, then on the cells below it.
    const SourceRow first = rows.first();
    QList<SourceRow> body = rows.mid(1);
    int phone = m_options.phoneColumn;
    if (phone < 0)
        phone = ColumnMapping::findPhoneColumn(first.cells, body);
    bool header = false;
    switch (m_options.header) {
    case ImportOptions::Header::Present:
        header = true;
        break;
    case ImportOptions::Header::Absent:
        header = false;
        break;
    case ImportOptions::Header::Auto: {
        const QString cell = phone < first.cells.size() ? first.cells.at(phone) : QString();
        header = !ColumnMapping::looksLikeNumber(cell)
            && std::any_of(body.cbegin(), body.cend(), [phone](const SourceRow &r) {
                   return phone < r.cells.size()
                       && ColumnMapping::looksLikeNumber(r.cells.at(phone));
               });
        break;
    }
    }
    if (header) {
        m_header = first.cells;
        m_headerRow = first.number;
        // A header that names no column leaves the choice to the cells.
        if (m_options.phoneColumn < 0)
            phone = ColumnMapping::findPhoneColumn(m_header, body);
    } else {
        body = rows;
        if (m_options.phoneColumn < 0)
            phone = ColumnMapping::findPhoneColumn({}, body);
    }
    m_sample = body;
    m_columnCount = int(m_header.size());
    for (const SourceRow &r : std::as_const(rows))
        m_columnCount = std::max(m_columnCount, int(r.cells.size()));
    m_mapping.phoneColumn = phone;
    m_mapping.parameterColumns = m_options.parameterColumns.isEmpty()
        ? ColumnMapping::defaultParameterColumns(phone, m_header, body)
        : m_options.parameterColumns;
    return true;
}

bool RecipientReader::nextRow(SourceRow &row)
{
    if (m_lookaheadIndex < m_lookahead.size()) {
        row = std::move(m_lookahead[m_lookaheadIndex++]);
        if (m_lookaheadIndex == m_lookahead.size()) {
            m_lookahead.clear();
            m_lookaheadIndex = 0;
        }
        return true;
    }
    return m_source && m_source->next(row);
}

bool RecipientReader::read(QList<Recipient> &chunk, qsizetype maxRows)
{
    // The previous chunk's cells go back to the source, to be filled again:
    // the phone cell where it came from, so that each string's storage
    // meets a field of its own column's size. Shared lists (a sink kept the
    // chunk) stay as they are.
    if (m_source && chunk.isDetached()) {
        for (Recipient &recipient : chunk) {
            QStringList cells = std::move(recipient.parameters);
            if (!cells.isDetached())
                continue;
            if (cells.capacity() > cells.size())
                cells.insert(std::min<qsizetype>(m_mapping.phoneColumn, cells.size()),
                             std::move(recipient.input));
            m_source->recycle(std::move(cells));
        }
    }
    chunk.clear();
    SourceRow row;
    while (chunk.size() < maxRows && nextRow(row)) {
        if (row.isBlank()) {
            ++m_blankRows;
            continue;
        }
        if (hasHeader() && row.number == m_headerRow)
            continue;
        chunk.append(m_mapping.apply(std::move(row)));
    }
    if (m_source && !m_source->errorString().isEmpty())
        m_error = m_source->errorString();
    m_rowsRead += chunk.size();
    return !chunk.isEmpty();
}

} // namespace sms::campaign
