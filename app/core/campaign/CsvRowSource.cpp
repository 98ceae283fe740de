// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/CsvRowSource.h"

#include <csv.h>

namespace sms::campaign {

namespace {

// Big enough that a read is rarely the bottleneck (a few microseconds a
// block), small enough that the rows one block yields (a few hundred) are
// still in the cache when they are taken apart: a megabyte's rows took 6 MB
// of strings, read back from memory.
constexpr qint64 kBlockSize = 16 * 1024;

// Recycled rows kept at most: a few chunks' worth, beyond which the
// storage goes back to the allocator.
constexpr std::size_t kMaxSpareRows = 16 * 1024;

// With a tab as the delimiter a tab is not padding.
int isSpace(unsigned char c)
{
    return c == CSV_SPACE;
}

} // namespace

CsvRowSource::CsvRowSource(std::unique_ptr<QIODevice> device, ImportOptions::Encoding encoding,
                           char delimiter)
    : m_device(std::move(device))
    , m_parser(std::make_unique<csv_parser>())
    , m_utf8(encoding != ImportOptions::Encoding::Gb18030)
    , m_decoder("GB18030", QStringDecoder::Flag::Stateless)
    , m_utf8Decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless)
    , m_total(m_device->size())
{
    // Every line break is reported, so blank lines keep the row numbers
    // those of the spreadsheet the file was exported from.
    csv_init(m_parser.get(), CSV_REPALL_NL);
    // With no delimiter, a byte that never occurs in text keeps each line one cell.
    csv_set_delim(m_parser.get(), delimiter ? static_cast<unsigned char>(delimiter) : 0x1f);
    // Otherwise libcsv's own test (space or tab) is padding, checked inline
    // rather than through a call for every byte.
    csv_set_space_func(m_parser.get(), delimiter == '\t' ? isSpace : nullptr);
    m_buffer.resize(kBlockSize);
    if (m_utf8) {
        const QByteArray start = m_device->peek(3);
        if (hasUtf8Bom(start)) {
            m_device->skip(3);
            m_position = 3;
        }
    }
}

CsvRowSource::~CsvRowSource()
{
    csv_free(m_parser.get());
}

bool CsvRowSource::hasUtf8Bom(QByteArrayView data)
{
    return data.startsWith("\xEF\xBB\xBF");
}

ImportOptions::Encoding CsvRowSource::detectEncoding(QByteArrayView sample)
{
    if (hasUtf8Bom(sample))
        return ImportOptions::Encoding::Utf8;
    // A decoder keeps an incomplete sequence at the end as state rather than
    // an error, so a character cut by the sample's end is not held against it.
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString decoded = utf8.decode(sample);
    Q_UNUSED(decoded);
    return utf8.hasError() ? ImportOptions::Encoding::Gb18030 : ImportOptions::Encoding::Utf8;
}

char CsvRowSource::detectDelimiter(QByteArrayView sample, ImportOptions::Format format)
{
    int tabs = 0;
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    for (const char c : sample) {
        if (c == '"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == '\n' || c == '\r')
            break;
        else if (c == '\t')
            ++tabs;
        else if (c == ',')
            ++commas;
        else if (c == ';')
            ++semicolons;
    }
    if (tabs == 0 && commas == 0 && semicolons == 0)
        return format == ImportOptions::Format::Text ? 0 : ',';
    if (tabs >= commas && tabs >= semicolons)
        return '\t';
    return commas >= semicolons ? ',' : ';';
}

// A recycled cell's storage holds the field when it is the cell's own and
// large enough (UTF-8 never takes more UTF-16 units than bytes); the text
// is the same as QString::fromUtf8's, invalid sequences included.
void CsvRowSource::decodeInto(QString &cell, QByteArrayView bytes)
{
    if (m_utf8 && cell.isDetached() && cell.capacity() >= bytes.size()) {
        cell.resize(bytes.size());
        QChar *const begin = cell.data();
        // Numbers and codes are ASCII: widened in place. Any other field
        // goes through the decoder whole, which drops a byte-order mark at
        // its start as fromUtf8 does.
        const auto *const in = reinterpret_cast<const uchar *>(bytes.data());
        qsizetype ascii = 0;
        while (ascii < bytes.size() && in[ascii] < 0x80) {
            begin[ascii] = QChar(char16_t(in[ascii]));
            ++ascii;
        }
        if (ascii == bytes.size())
            return;
        const QChar *const end = m_utf8Decoder.appendToBuffer(begin, bytes);
        cell.truncate(end - begin);
        return;
    }
    cell = m_utf8 ? QString::fromUtf8(bytes) : m_decoder.decode(bytes);
}

void CsvRowSource::onField(void *data, size_t length, void *self)
{
    auto *source = static_cast<CsvRowSource *>(self);
    const QByteArrayView bytes(static_cast<const char *>(data), qsizetype(length));
    if (source->m_cellCount < source->m_cells.size())
        source->decodeInto(source->m_cells[source->m_cellCount], bytes);
    else
        source->m_cells.append(source->m_utf8 ? QString::fromUtf8(bytes)
                                              : source->m_decoder.decode(bytes));
    ++source->m_cellCount;
}

void CsvRowSource::onRowEnd(int terminator, void *self)
{
    auto *source = static_cast<CsvRowSource *>(self);
    const int previous = source->m_lastTerminator;
    source->m_lastTerminator = terminator;
    // CRLF ends one row, not a row and then an empty one.
    if (source->m_cellCount == 0 && terminator == '\n' && previous == '\r')
        return;
    // Recycled cells this row did not need.
    if (source->m_cellCount < source->m_cells.size())
        source->m_cells.resize(source->m_cellCount);
    SourceRow row;
    row.number = ++source->m_rowNumber;
    row.cells = std::move(source->m_cells);
    source->m_cellCount = 0;
    if (!source->m_spareCells.empty()) {
        source->m_cells = std::move(source->m_spareCells.back());
        source->m_spareCells.pop_back();
    } else {
        // The next row most likely has as many cells: one allocation, not a
        // reallocation every few cells.
        source->m_cells = {};
        source->m_cells.reserve(row.cells.size());
    }
    source->m_ready.append(std::move(row));
}

bool CsvRowSource::readMore()
{
    if (m_finished)
        return false;
    const qint64 count = m_device->read(m_buffer.data(), kBlockSize);
    if (count < 0) {
        m_error = tr("The file could not be read: %1").arg(m_device->errorString());
        m_finished = true;
        return false;
    }
    if (count == 0) {
        csv_fini(m_parser.get(), onField, onRowEnd, this);
        m_finished = true;
        return true;
    }
    m_position += count;
    if (csv_parse(m_parser.get(), m_buffer.constData(), size_t(count), onField, onRowEnd, this)
        != size_t(count)) {
        m_error = tr("The file could not be read: %1")
                      .arg(QString::fromUtf8(csv_strerror(csv_error(m_parser.get()))));
        m_finished = true;
        return false;
    }
    return true;
}

void CsvRowSource::recycle(QStringList &&cells)
{
    if (m_spareCells.size() < kMaxSpareRows && !cells.isEmpty())
        m_spareCells.push_back(std::move(cells));
}

bool CsvRowSource::next(SourceRow &row)
{
    while (m_readyIndex >= m_ready.size()) {
        m_ready.clear();
        m_readyIndex = 0;
        if (!readMore())
            return false;
    }
    row = std::move(m_ready[m_readyIndex++]);
    return true;
}

} // namespace sms::campaign
