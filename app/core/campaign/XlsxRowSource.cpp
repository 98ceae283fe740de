// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/XlsxRowSource.h"

#include <QFile>
#include <QRegularExpression>

#include <unzip.h>

namespace sms::campaign {

namespace {

constexpr int kBlockSize = 256 * 1024;

unzFile zip(void *handle)
{
    return static_cast<unzFile>(handle);
}

// A workbook's relationship targets are relative to xl/ unless they start
// with a slash.
QString entryPath(const QString &target)
{
    if (target.startsWith(QLatin1Char('/')))
        return target.mid(1);
    return QStringLiteral("xl/") + target;
}

} // namespace

XlsxRowSource::XlsxRowSource(const QString &path)
    : m_path(path)
{ }

XlsxRowSource::~XlsxRowSource()
{
    if (m_zip) {
        if (m_entryOpen)
            unzCloseCurrentFile(zip(m_zip));
        unzClose(zip(m_zip));
    }
}

bool XlsxRowSource::isZip(QByteArrayView data)
{
    return data.startsWith("PK\x03\x04");
}

int XlsxRowSource::columnOf(QStringView reference)
{
    int column = 0;
    qsizetype letters = 0;
    for (const QChar c : reference) {
        const char16_t u = c.toUpper().unicode();
        if (u < u'A' || u > u'Z')
            break;
        column = column * 26 + (u - u'A' + 1);
        ++letters;
    }
    return letters == 0 ? -1 : column - 1;
}

QString XlsxRowSource::exactNumberText(const QString &value)
{
    static const QRegularExpression number(
        QStringLiteral("^(-?)(\\d*)(?:\\.(\\d*))?(?:[eE]([+-]?\\d+))?$"));
    const QRegularExpressionMatch match = number.match(value);
    if (!match.hasMatch() || (match.capturedLength(2) == 0 && match.capturedLength(3) == 0))
        return value;
    // Shift the decimal point by the exponent on the digits themselves, so
    // that no digit goes through a double and comes back rounded.
    QString digits = match.captured(2) + match.captured(3);
    qsizetype point = match.capturedLength(2) + match.captured(4).toLongLong();
    if (point > 400 || point < -400)
        return value; // nothing a spreadsheet would hold
    if (point > digits.size())
        digits.append(QString(point - digits.size(), QLatin1Char('0')));
    if (point < 0) {
        digits.prepend(QString(-point, QLatin1Char('0')));
        point = 0;
    }
    QString integer = digits.left(point);
    QString fraction = digits.mid(point);
    while (fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    qsizetype zeros = 0;
    while (zeros + 1 < integer.size() && integer.at(zeros) == QLatin1Char('0'))
        ++zeros;
    integer.remove(0, zeros);
    if (integer.isEmpty())
        integer = QStringLiteral("0");
    QString text = integer;
    if (!fraction.isEmpty())
        text += QLatin1Char('.') + fraction;
    if (!match.captured(1).isEmpty() && text != QLatin1String("0"))
        text.prepend(QLatin1Char('-'));
    return text;
}

QByteArray XlsxRowSource::readEntry(const QString &name)
{
    if (unzLocateFile(zip(m_zip), name.toUtf8().constData(), 1) != UNZ_OK
        || unzOpenCurrentFile(zip(m_zip)) != UNZ_OK)
        return {};
    QByteArray data;
    QByteArray block(kBlockSize, Qt::Uninitialized);
    int count = 0;
    while ((count = unzReadCurrentFile(zip(m_zip), block.data(), kBlockSize)) > 0)
        data.append(block.constData(), count);
    unzCloseCurrentFile(zip(m_zip));
    return data;
}

QString XlsxRowSource::firstSheetPath()
{
    QString sheetId;
    QXmlStreamReader workbook(readEntry(QStringLiteral("xl/workbook.xml")));
    while (sheetId.isEmpty() && workbook.readNextStartElement()) {
        if (workbook.name() == QLatin1String("sheet")) {
            for (const QXmlStreamAttribute &attribute : workbook.attributes()) {
                if (attribute.name() == QLatin1String("id"))
                    sheetId = attribute.value().toString();
            }
        } else if (workbook.name() != QLatin1String("workbook")
                   && workbook.name() != QLatin1String("sheets")) {
            workbook.skipCurrentElement();
        }
    }
    QString sheet;
    QXmlStreamReader rels(readEntry(QStringLiteral("xl/_rels/workbook.xml.rels")));
    while (rels.readNextStartElement()) {
        if (rels.name() != QLatin1String("Relationship"))
            continue;
        const QXmlStreamAttributes attributes = rels.attributes();
        const QString target = attributes.value(QLatin1String("Target")).toString();
        if (attributes.value(QLatin1String("Id")) == sheetId)
            sheet = entryPath(target);
        else if (attributes.value(QLatin1String("Type")).endsWith(QLatin1String("/sharedStrings")))
            readSharedStrings(readEntry(entryPath(target)));
        rels.skipCurrentElement();
    }
    return sheet.isEmpty() ? QStringLiteral("xl/worksheets/sheet1.xml") : sheet;
}

void XlsxRowSource::readSharedStrings(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    QString current;
    int phonetic = 0; // inside <rPh>: a reading aid, not part of the text
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement:
            if (reader.name() == QLatin1String("si"))
                current.clear();
            else if (reader.name() == QLatin1String("rPh"))
                ++phonetic;
            else if (reader.name() == QLatin1String("t") && phonetic == 0)
                current += reader.readElementText();
            break;
        case QXmlStreamReader::EndElement:
            if (reader.name() == QLatin1String("si"))
                m_sharedStrings.append(current);
            else if (reader.name() == QLatin1String("rPh"))
                --phonetic;
            break;
        default:
            break;
        }
    }
}

bool XlsxRowSource::open()
{
    m_zip = unzOpen64(QFile::encodeName(m_path).constData());
    if (!m_zip) {
        m_error
            = tr("%1 is not an .xlsx workbook (it does not open as a zip archive).").arg(m_path);
        return false;
    }
    const QString sheet = firstSheetPath();
    if (unzLocateFile(zip(m_zip), sheet.toUtf8().constData(), 1) != UNZ_OK) {
        m_error = tr("%1 has no worksheet: is it an .xlsx workbook?").arg(m_path);
        return false;
    }
    unz_file_info64 info {};
    unzGetCurrentFileInfo64(zip(m_zip), &info, nullptr, 0, nullptr, 0, nullptr, 0);
    m_total = qint64(info.uncompressed_size);
    if (unzOpenCurrentFile(zip(m_zip)) != UNZ_OK) {
        m_error = tr("The first sheet of %1 could not be unpacked.").arg(m_path);
        return false;
    }
    m_entryOpen = true;
    m_block.resize(kBlockSize);
    return true;
}

bool XlsxRowSource::feed()
{
    if (m_entryDone)
        return false;
    const int count = unzReadCurrentFile(zip(m_zip), m_block.data(), kBlockSize);
    if (count < 0) {
        m_error
            = tr("The first sheet of %1 could not be unpacked (error %2).").arg(m_path).arg(count);
        m_entryDone = true;
        return false;
    }
    if (count == 0) {
        m_entryDone = true;
        return false;
    }
    m_position += count;
    m_xml.addData(QByteArray(m_block.constData(), count));
    return true;
}

bool XlsxRowSource::next(SourceRow &row)
{
    if (!m_entryOpen || m_sheetDone)
        return false;
    row = {};
    bool inRow = false;
    int column = 0;
    QString type;
    QString value;
    bool inCell = false;
    bool inValue = false;
    int phonetic = 0; // inside <rPh> of an inline string: a reading aid, not its text
    for (;;) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        switch (token) {
        case QXmlStreamReader::Invalid:
            // The sheet is parsed as it is unpacked: running out of data
            // only means the next block is due.
            if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError && feed())
                continue;
            if (m_error.isEmpty())
                m_error = tr("The first sheet of %1 is not well-formed: %2")
                              .arg(m_path, m_xml.errorString());
            return false;
        case QXmlStreamReader::EndDocument:
            m_sheetDone = true;
            return false;
        case QXmlStreamReader::StartElement: {
            const QStringView name = m_xml.name();
            if (name == QLatin1String("row")) {
                inRow = true;
                const qint64 number = m_xml.attributes().value(QLatin1String("r")).toLongLong();
                row.number = number > 0 ? number : m_lastRow + 1;
                column = 0;
            } else if (inRow && name == QLatin1String("c")) {
                const QXmlStreamAttributes attributes = m_xml.attributes();
                const int referenced = columnOf(attributes.value(QLatin1String("r")));
                if (referenced >= 0)
                    column = referenced;
                type = attributes.value(QLatin1String("t")).toString();
                value.clear();
                inCell = true;
            } else if (inCell && name == QLatin1String("rPh")) {
                ++phonetic;
            } else if (inCell && (name == QLatin1String("v") || name == QLatin1String("t"))) {
                inValue = phonetic == 0;
            }
            break;
        }
        case QXmlStreamReader::Characters:
            if (inValue)
                value += m_xml.text();
            break;
        case QXmlStreamReader::EndElement: {
            const QStringView name = m_xml.name();
            if (name == QLatin1String("v") || name == QLatin1String("t")) {
                inValue = false;
            } else if (name == QLatin1String("rPh")) {
                --phonetic;
            } else if (inCell && name == QLatin1String("c")) {
                inCell = false;
                setCell(row, column++, cellText(type, value));
            } else if (inRow && name == QLatin1String("row")) {
                m_lastRow = row.number;
                return true;
            } else if (name == QLatin1String("sheetData")) {
                // What follows the rows (merged cells, page setup) is not read.
                m_sheetDone = true;
                return false;
            }
            break;
        }
        default:
            break;
        }
    }
}

QString XlsxRowSource::cellText(const QString &type, const QString &value) const
{
    if (type == QLatin1String("s")) {
        bool ok = false;
        const qsizetype index = value.toLongLong(&ok);
        return ok && index >= 0 && index < m_sharedStrings.size() ? m_sharedStrings.at(index)
                                                                  : QString();
    }
    if (type == QLatin1String("b"))
        return value == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    if (type.isEmpty() || type == QLatin1String("n"))
        return exactNumberText(value);
    return value; // inlineStr, str (a formula's text), e (an error such as #N/A)
}

void XlsxRowSource::setCell(SourceRow &row, int column, const QString &text)
{
    while (row.cells.size() < column)
        row.cells.append(QString());
    if (row.cells.size() == column)
        row.cells.append(text);
    else
        row.cells[column] = text;
}

} // namespace sms::campaign
