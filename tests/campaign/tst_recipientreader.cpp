// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/RecipientReader.h"
#include "campaign/XlsxRowSource.h"

#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <zip.h>

using namespace sms::campaign;
using namespace Qt::Literals::StringLiterals;

namespace {

QString writeFile(const QTemporaryDir &dir, const char *name, const QByteArray &bytes)
{
    const QString path = dir.filePath(QString::fromUtf8(name));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// A minimal workbook as Excel writes one: the sheet found through the
// workbook's relationships, texts in the shared strings.
QString writeXlsx(const QTemporaryDir &dir, const QString &name, const QByteArray &sheetData,
                  const QStringList &shared)
{
    QByteArray strings
        = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";
    for (const QString &s : shared)
        strings += "<si><t>" + s.toHtmlEscaped().toUtf8() + "</t></si>";
    strings += "</sst>";
    const QList<std::pair<const char *, QByteArray>> entries = {
        {"[Content_Types].xml",
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
         "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"},
        {"xl/workbook.xml",
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
         "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
         "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
         "<sheets><sheet name=\"Recipients\" sheetId=\"1\" r:id=\"rId7\"/>"
         "<sheet name=\"Other\" sheetId=\"2\" r:id=\"rId8\"/></sheets></workbook>"},
        {"xl/_rels/workbook.xml.rels",
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId8\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
         "relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
         "<Relationship Id=\"rId7\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
         "relationships/worksheet\" Target=\"worksheets/sheet2.xml\"/>"
         "<Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
         "relationships/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>"},
        {"xl/sharedStrings.xml", strings},
        // The first sheet of the workbook is sheet2.xml: the file names say nothing.
        {"xl/worksheets/sheet1.xml",
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet "
         "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
         "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>wrong sheet</t></is></c></row>"
         "</sheetData></worksheet>"},
        {"xl/worksheets/sheet2.xml",
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet "
         "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
             + sheetData + "</sheetData><mergeCells count=\"0\"/></worksheet>"},
    };
    const QString path = dir.filePath(name);
    zipFile zip = zipOpen(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zip)
        qFatal("cannot create %s", qPrintable(path));
    for (const auto &[entry, data] : entries) {
        zip_fileinfo info {};
        if (zipOpenNewFileInZip(zip, entry, &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                                Z_DEFAULT_COMPRESSION)
                != ZIP_OK
            || zipWriteInFileInZip(zip, data.constData(), unsigned(data.size())) != ZIP_OK
            || zipCloseFileInZip(zip) != ZIP_OK)
            qFatal("cannot write %s", entry);
    }
    zipClose(zip, nullptr);
    return path;
}

QList<Recipient> readAll(RecipientReader &reader, qsizetype chunkSize = 1000)
{
    QList<Recipient> all;
    QList<Recipient> chunk;
    while (reader.read(chunk, chunkSize))
        all += chunk;
    return all;
}

} // namespace

class tst_RecipientReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvQuotesAndHeader();
    void newlinesInsideQuotedFields();
    void utf8BomAndCrlf();
    void gb18030Detected();
    void encodingOverride();
    void blankLinesSkippedAndCounted();
    void noHeaderWhenFirstRowIsANumber();
    void phoneColumnFoundByContent();
    void headerNamesVariables();
    void explicitMapping();
    void badRowsKept();
    void pastedText();
    void chunks();
    void reusedChunksDecodeEveryFieldAfresh();
    void xlsxFirstSheetSharedStringsAndExactNumbers();
    void exactNumberText_data();
    void exactNumberText();
    void columnOf();
    void movingARowGivesTheSameRecipient();
    void unreadableFiles();

private:
    QTemporaryDir m_dir;
};

void tst_RecipientReader::csvQuotesAndHeader()
{
    const QString path = writeFile(m_dir, "quotes.csv",
                                   "phone,name,code\n"
                                   "13800138000,\"Li, \"\"Lei\"\"\",1234\n"
                                   "+86 139 0013 9000,Wang,5678\n");
    RecipientReader reader;
    QVERIFY2(reader.openFile(path), qPrintable(reader.errorString()));
    QCOMPARE(reader.format(), ImportOptions::Format::Csv);
    QCOMPARE(reader.delimiter(), ',');
    QVERIFY(reader.hasHeader());
    QCOMPARE(reader.header(), QStringList({u"phone"_s, u"name"_s, u"code"_s}));
    QCOMPARE(reader.mapping().phoneColumn, 0);
    QCOMPARE(reader.mapping().parameterColumns, QList<int>({1, 2}));
    QCOMPARE(reader.sample().size(), 2);
    const QList<Recipient> rows = readAll(reader);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].sourceRow, 2);
    QCOMPARE(rows[0].input, u"13800138000"_s);
    QCOMPARE(rows[0].parameters, QStringList({u"Li, \"Lei\""_s, u"1234"_s}));
    QCOMPARE(rows[1].sourceRow, 3);
    QCOMPARE(rows[1].input, u"+86 139 0013 9000"_s);
    QVERIFY(reader.errorString().isEmpty());
}

void tst_RecipientReader::newlinesInsideQuotedFields()
{
    const QString path = writeFile(m_dir, "newlines.csv",
                                   "13800138000,\"first line\nsecond line\",x\n"
                                   "13800138001,\"a\r\nb\",y\n");
    RecipientReader reader;
    QVERIFY(reader.openFile(path));
    QVERIFY(!reader.hasHeader());
    const QList<Recipient> rows = readAll(reader);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].parameters, QStringList({u"first line\nsecond line"_s, u"x"_s}));
    QCOMPARE(rows[1].parameters, QStringList({u"a\r\nb"_s, u"y"_s}));
    // Records, not lines: the quoted line break does not start a row.
    QCOMPARE(rows[1].sourceRow, 2);
}

void tst_RecipientReader::utf8BomAndCrlf()
{
    const QString path = writeFile(m_dir, "bom.csv",
                                   "\xEF\xBB\xBF"
                                   "手机号,姓名\r\n13800138000,张三\r\n13800138001,李四\r\n");
    RecipientReader reader;
    QVERIFY(reader.openFile(path));
    QCOMPARE(reader.encoding(), ImportOptions::Encoding::Utf8);
    // The BOM is not part of the first header cell.
    QCOMPARE(reader.header(), QStringList({u"手机号"_s, u"姓名"_s}));
    const QList<Recipient> rows = readAll(reader);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].parameters, QStringList({u"张三"_s}));
    QCOMPARE(rows[1].sourceRow, 3);
    QCOMPARE(reader.blankRows(), 0);
}

void tst_RecipientReader::gb18030Detected()
{
    QStringEncoder encoder("GB18030");
    const QByteArray bytes
        = encoder.encode(QStringLiteral("号码,姓名,门店\n13800138000,张三,徐汇店\n13800138001,"
                                        "\"李四,\"\"小李\"\"\",静安店\n"));
    QVERIFY(!encoder.hasError());
    QVERIFY(bytes.size() < QStringLiteral("号码").toUtf8().size() * 20); // two bytes a character
    const QString path = writeFile(m_dir, "gbk.csv", bytes);
    RecipientReader reader;
    QVERIFY(reader.openFile(path));
    QCOMPARE(reader.encoding(), ImportOptions::Encoding::Gb18030);
    QCOMPARE(reader.header(), QStringList({u"号码"_s, u"姓名"_s, u"门店"_s}));
    const QList<Recipient> rows = readAll(reader);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].parameters, QStringList({u"张三"_s, u"徐汇店"_s}));
    QCOMPARE(rows[1].parameters, QStringList({u"李四,\"小李\""_s, u"静安店"_s}));
}

void tst_RecipientReader::encodingOverride()
{
    // Valid UTF-8 that was meant as GB18030 decodes differently when told so.
    const QByteArray bytes = QStringLiteral("13800138000,张三\n").toUtf8();
    const QString path = writeFile(m_dir, "override.csv", bytes);
    ImportOptions options;
    options.encoding = ImportOptions::Encoding::Gb18030;
    RecipientReader reader(options);
    QVERIFY(reader.openFile(path));
    QCOMPARE(reader.encoding(), ImportOptions::Encoding::Gb18030);
    const QList<Recipient> rows = readAll(reader);
    QCOMPARE(rows.size(), 1);
    QVERIFY(rows[0].parameters.at(0) != QStringLiteral("张三"));
    QCOMPARE(QStringEncoder("GB18030").encode(rows[0].parameters.at(0)),
             QStringLiteral("张三").toUtf8());
}

void tst_RecipientReader::blankLinesSkippedAndCounted()
{
    const QString path = writeFile(m_dir, "blank.csv",
                                   "phone,code\r\n\r\n13800138000,1\r\n,\r\n  \r\n"
                                   "13800138001,2\n\n\n13800138002,3");
    RecipientReader reader;
    QVERIFY(reader.openFile(path));
    QVERIFY(reader.hasHeader());
    const QList<Recipient> rows = readAll(reader);
    QCOMPARE(rows.size(), 3);
    // Row numbers are those of the spreadsheet: blank lines count.
    QCOMPARE(rows[0].sourceRow, 3);
    QCOMPARE(rows[1].sourceRow, 6);
    QCOMPARE(rows[2].sourceRow, 9);
    QCOMPARE(rows[2].parameters, QStringList({u"3"_s}));
    QCOMPARE(reader.blankRows(), 5);
}

void tst_RecipientReader::noHeaderWhenFirstRowIsANumber()
{
    const QString path = writeFile(m_dir, "noheader.csv", "13800138000,a\n13800138001,b\n");
    RecipientReader reader;
    QVERIFY(reader.openFile(path));
    QVERIFY(!reader.hasHeader());
    const QList<Recipient> rows = readAll(reader);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].sourceRow, 1);

    ImportOptions present;
    present.header = ImportOptions::Header::Present;
    RecipientReader forced(present);
    QVERIFY(forced.openFile(path));
    QCOMPARE(forced.header(), QStringList({u"13800138000"_s, u"a"_s}));
    QCOMPARE(readAll(forced).size(), 1);
}

void tst_RecipientReader::phoneColumnFoundByContent()
{
    const QString path = writeFile(m_dir, "column.csv",
                                   "name;code;contact\nZhang;123456;13800138000\n"
                                   "Li;654321;139 0013 9000\n");
    RecipientReader reader;
    QVERIFY(reader.openFile(path));
    QCOMPARE(reader.delimiter(), ';');
    QVERIFY(reader.hasHeader());
    QCOMPARE(reader.mapping().phoneColumn, 2);
    QCOMPARE(reader.mapping().parameterColumns, QList<int>({0, 1}));
    const QList<Recipient> rows = readAll(reader);
    QCOMPARE(rows[1].input, u"139 0013 9000"_s);
    QCOMPARE(rows[1].parameters, QStringList({u"Li"_s, u"654321"_s}));
}

void tst_RecipientReader::headerNamesVariables()
{
    const QString path
        = writeFile(m_dir, "variables.csv", "{2},mobile,note,{1}\nB,13800138000,ignored,A\n");
    RecipientReader reader;
    QVERIFY(reader.openFile(path));
    QCOMPARE(reader.mapping().phoneColumn, 1);
    QCOMPARE(reader.mapping().parameterColumns, QList<int>({3, 0}));
    const QList<Recipient> rows = readAll(reader);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].parameters, QStringList({u"A"_s, u"B"_s}));
}

void tst_RecipientReader::explicitMapping()
{
    const QString path = writeFile(m_dir, "explicit.csv", "x,13800138000,y,z\n");
    ImportOptions options;
    options.phoneColumn = 1;
    options.parameterColumns = {3, 0};
    options.header = ImportOptions::Header::Absent;
    RecipientReader reader(options);
    QVERIFY(reader.openFile(path));
    const QList<Recipient> rows = readAll(reader);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].input, u"13800138000"_s);
    QCOMPARE(rows[0].parameters, QStringList({u"z"_s, u"x"_s}));
}

void tst_RecipientReader::badRowsKept()
{
    const QString path = writeFile(m_dir, "bad.csv",
                                   "phone,a,b\n13800138000,1,2\n,1,2\nnot a number,1\n"
                                   "13800138001\n");
    RecipientReader reader;
    QVERIFY(reader.openFile(path));
    const QList<Recipient> rows = readAll(reader);
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows[1].input, QString());
    QCOMPARE(rows[1].parameters, QStringList({u"1"_s, u"2"_s}));
    QCOMPARE(rows[2].input, u"not a number"_s);
    QCOMPARE(rows[2].parameters, QStringList({u"1"_s}));
    QCOMPARE(rows[3].parameters, QStringList());
    QCOMPARE(rows[3].sourceRow, 5);
}

void tst_RecipientReader::pastedText()
{
    RecipientReader lines;
    QVERIFY(
        lines.openText(QStringLiteral("13800138000\n+86 139 0013 9000\n\n(0086) 13700137000\n")));
    QCOMPARE(lines.format(), ImportOptions::Format::Text);
    QCOMPARE(lines.delimiter(), char(0));
    QVERIFY(!lines.hasHeader());
    const QList<Recipient> rows = readAll(lines);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[1].input, u"+86 139 0013 9000"_s);
    QCOMPARE(rows[2].input, u"(0086) 13700137000"_s);
    QCOMPARE(rows[2].parameters, QStringList());

    // Cells pasted from a spreadsheet are split by tabs, and keep their spaces.
    RecipientReader cells;
    QVERIFY(cells.openText(QStringLiteral("手机\t姓名\n13800138000\tZhang San\n")));
    QCOMPARE(cells.delimiter(), '\t');
    QVERIFY(cells.hasHeader());
    const QList<Recipient> pasted = readAll(cells);
    QCOMPARE(pasted.size(), 1);
    QCOMPARE(pasted[0].parameters, QStringList({u"Zhang San"_s}));
}

void tst_RecipientReader::chunks()
{
    QByteArray csv = "phone,n\n";
    for (int i = 0; i < 2500; ++i)
        csv += "1380013" + QByteArray::number(i).rightJustified(4, '0') + ','
            + QByteArray::number(i) + '\n';
    const QString path = writeFile(m_dir, "chunks.csv", csv);
    RecipientReader reader;
    QVERIFY(reader.openFile(path));
    QList<Recipient> chunk;
    QList<qsizetype> sizes;
    qint64 expectedRow = 2;
    while (reader.read(chunk, 1000)) {
        sizes.append(chunk.size());
        for (const Recipient &r : std::as_const(chunk))
            QCOMPARE(r.sourceRow, expectedRow++);
    }
    QCOMPARE(sizes, QList<qsizetype>({1000, 1000, 500}));
    QCOMPARE(reader.rowsRead(), 2500);
    QCOMPARE(reader.position(), reader.total());
}

// A chunk read into again hands its cells back to be refilled in place:
// every field must still read as QString::fromUtf8 reads it, whatever the
// previous occupant was (longer, shorter, ASCII or not, invalid UTF-8, a
// byte-order mark inside a field), and rows of other widths must not keep
// a recycled cell.
void tst_RecipientReader::reusedChunksDecodeEveryFieldAfresh()
{
    const QList<QByteArray> texts = {
        "",
        "a",
        "1234567890123456789012345",
        "\xE5\xAE\xA2\xE6\x88\xB7",
        "x\xE5\xAE\xA2y",
        "\xFF\xFE"
        "bad",
        "cut\xE4\xB8",
        "\xEF\xBB\xBF"
        "bom",
        "mid\xEF\xBB\xBF"
        "bom",
        "\xF0\x9F\x98\x80"
        "emoji",
        "123456",
    };
    QList<QList<QByteArray>> rows;
    QByteArray csv = "phone,name,code\n";
    // Several of the source's 16 KB blocks: rows parsed after the first
    // chunks were handed back land in their cells.
    for (int i = 0; i < 4000; ++i) {
        QList<QByteArray> cells = {"1380013" + QByteArray::number(i).rightJustified(4, '0')};
        if (i % 13 == 5)
            cells[0] += "\xE4\xB8\x80";
        const int width = 2 + i % 3; // 2, 3 or 4 cells
        for (int c = 1; c < width; ++c)
            cells.append(texts.at((i * 7 + c * 3) % texts.size()));
        rows.append(cells);
        csv += cells.join(',') + '\n';
        if (i % 50 == 49)
            csv += '\n';
    }
    const QString path = writeFile(m_dir, "reused.csv", csv);
    ImportOptions options;
    options.encoding = ImportOptions::Encoding::Utf8;
    RecipientReader reader(options);
    QVERIFY(reader.openFile(path));
    QCOMPARE(reader.mapping().phoneColumn, 0);
    QCOMPARE(reader.mapping().parameterColumns, QList<int>({1, 2}));
    QList<Recipient> chunk;
    qsizetype index = 0;
    while (reader.read(chunk, 7)) {
        for (const Recipient &r : std::as_const(chunk)) {
            QVERIFY(index < rows.size());
            const QList<QByteArray> &cells = rows.at(index++);
            QCOMPARE(r.input, QString::fromUtf8(cells.at(0)));
            QStringList expected;
            for (qsizetype c = 1; c < cells.size() && c <= 2; ++c)
                expected.append(QString::fromUtf8(cells.at(c)));
            QCOMPARE(r.parameters, expected);
        }
    }
    QCOMPARE(index, rows.size());
    QCOMPARE(reader.blankRows(), 80);
}

void tst_RecipientReader::xlsxFirstSheetSharedStringsAndExactNumbers()
{
    const QByteArray sheet
        = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
          "<c r=\"C1\" t=\"s\"><v>2</v></c></row>"
          // Stored as a number, in exponent notation: the digits come back exact.
          "<row r=\"2\"><c r=\"A2\"><v>1.3800138001E10</v></c><c r=\"B2\" t=\"s\"><v>3</v></c>"
          "<c r=\"C2\"><v>1234</v></c></row>"
          "<row r=\"3\"><c r=\"A3\"><v>13800138002</v></c>"
          "<c r=\"C3\" t=\"inlineStr\"><is><t>only C</t></is></c></row>"
          // A gap in the rows, and a cell written without its reference.
          "<row r=\"5\"><c t=\"s\"><v>4</v></c><c><v>7.5</v></c><c t=\"b\"><v>1</v></c></row>";
    const QString path
        = writeXlsx(m_dir, u"list.xlsx"_s, sheet,
                    {u"手机号"_s, u"姓名"_s, u"验证码"_s, u"张 & 三"_s, u"+852 5123 4567"_s});
    RecipientReader reader;
    QVERIFY2(reader.openFile(path), qPrintable(reader.errorString()));
    QCOMPARE(reader.format(), ImportOptions::Format::Xlsx);
    QCOMPARE(reader.header(), QStringList({u"手机号"_s, u"姓名"_s, u"验证码"_s}));
    const QList<Recipient> rows = readAll(reader);
    QVERIFY2(reader.errorString().isEmpty(), qPrintable(reader.errorString()));
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0].sourceRow, 2);
    QCOMPARE(rows[0].input, u"13800138001"_s);
    QCOMPARE(rows[0].parameters, QStringList({u"张 & 三"_s, u"1234"_s}));
    QCOMPARE(rows[1].input, u"13800138002"_s);
    QCOMPARE(rows[1].parameters, QStringList({u""_s, u"only C"_s}));
    QCOMPARE(rows[2].sourceRow, 5);
    QCOMPARE(rows[2].input, u"+852 5123 4567"_s);
    QCOMPARE(rows[2].parameters, QStringList({u"7.5"_s, u"TRUE"_s}));
}

void tst_RecipientReader::exactNumberText_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("expected");
    QTest::newRow("integer") << u"13800138000"_s << u"13800138000"_s;
    QTest::newRow("exponent") << u"1.38E+10"_s << u"13800000000"_s;
    QTest::newRow("exponent lower") << u"1.3800138e10"_s << u"13800138000"_s;
    QTest::newRow("float noise") << u"13800138000.0"_s << u"13800138000"_s;
    QTest::newRow("fraction") << u"7.50"_s << u"7.5"_s;
    QTest::newRow("negative exponent") << u"1.5E-3"_s << u"0.0015"_s;
    QTest::newRow("negative") << u"-42"_s << u"-42"_s;
    QTest::newRow("leading zeros") << u"007"_s << u"7"_s;
    QTest::newRow("text") << u"abc"_s << u"abc"_s;
    QTest::newRow("empty") << u""_s << u""_s;
}

void tst_RecipientReader::exactNumberText()
{
    QFETCH(QString, stored);
    QFETCH(QString, expected);
    QCOMPARE(XlsxRowSource::exactNumberText(stored), expected);
}

void tst_RecipientReader::columnOf()
{
    QCOMPARE(XlsxRowSource::columnOf(u"A7"), 0);
    QCOMPARE(XlsxRowSource::columnOf(u"Z1"), 25);
    QCOMPARE(XlsxRowSource::columnOf(u"AB12"), 27);
    QCOMPARE(XlsxRowSource::columnOf(u"12"), -1);
}

// apply() of a row it may take apart (the reader's) against apply() of a
// row it must copy: every phone column, every mapping of every other column
// up to a width, a few others, rows short and long.
void tst_RecipientReader::movingARowGivesTheSameRecipient()
{
    QList<QList<int>> others {{2, 0}, {0, 1}, {1, 3}, {3}, {0, 0}};
    int taken = 0;
    for (int phone = 0; phone < 5; ++phone) {
        QList<QList<int>> mappings = others;
        for (int width = 0; width <= 6; ++width) {
            QList<int> columns;
            for (int i = 0; i < width; ++i) {
                if (i != phone)
                    columns.append(i);
            }
            mappings.append(columns);
        }
        for (const QList<int> &columns : std::as_const(mappings)) {
            const ColumnMapping mapping {phone, columns};
            for (int cells = 0; cells <= 7; ++cells) {
                SourceRow row;
                row.number = 40 + cells;
                for (int i = 0; i < cells; ++i)
                    row.cells.append(u"cell %1"_s.arg(i));
                const Recipient copied = mapping.apply(row);
                SourceRow moved = row;
                moved.cells.detach(); // as the reader's own, unshared list
                const Recipient recipient = mapping.apply(std::move(moved));
                QStringList named;
                for (const int column : columns)
                    named.append(QString::number(column));
                const QByteArray where = u"phone %1, columns [%2], cells %3"_s.arg(phone)
                                             .arg(named.join(u','))
                                             .arg(cells)
                                             .toUtf8();
                QVERIFY2(recipient.sourceRow == copied.sourceRow, where);
                QVERIFY2(recipient.input == copied.input, where);
                QVERIFY2(recipient.parameters == copied.parameters, where);
                QVERIFY2(recipient.parameters.size() <= columns.size(), where);
                ++taken;
            }
        }
    }
    QCOMPARE(taken, 5 * 12 * 8);
}

void tst_RecipientReader::unreadableFiles()
{
    RecipientReader missing;
    QVERIFY(!missing.openFile(m_dir.filePath(u"does-not-exist.csv"_s)));
    QVERIFY(missing.errorString().contains(u"does-not-exist.csv"_s));

    RecipientReader notXlsx;
    QVERIFY(!notXlsx.openFile(writeFile(m_dir, "fake.xlsx", "phone\n13800138000\n")));
    QVERIFY(!notXlsx.errorString().isEmpty());

    RecipientReader utf16;
    QVERIFY(!utf16.openFile(writeFile(m_dir, "utf16.txt",
                                      QByteArray("\xFF\xFE"
                                                 "1\0"
                                                 "3\0",
                                                 6))));
    QVERIFY(utf16.errorString().contains(u"UTF-16"_s));
}

QTEST_GUILESS_MAIN(tst_RecipientReader)
#include "tst_recipientreader.moc"
