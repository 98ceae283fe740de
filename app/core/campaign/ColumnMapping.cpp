// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/ColumnMapping.h"

#include "domain/PhoneNumber.h"

#include <QRegularExpression>

#include <algorithm>
#include <map>

namespace sms::campaign {

Recipient ColumnMapping::apply(const SourceRow &row) const
{
    Recipient recipient;
    recipient.sourceRow = row.number;
    if (phoneColumn < row.cells.size())
        recipient.input = row.cells.at(phoneColumn);
    recipient.parameters.reserve(parameterColumns.size());
    for (const int column : parameterColumns) {
        if (column < row.cells.size())
            recipient.parameters.append(row.cells.at(column));
    }
    return recipient;
}

Recipient ColumnMapping::apply(SourceRow &&row) const
{
    // The common mapping, every column but the phone's from the left, is
    // the row's own list with the phone cell taken out and any cells past
    // the last parameter column cut off.
    bool everyOtherColumn = true;
    for (qsizetype i = 0, column = 0; i < parameterColumns.size(); ++i, ++column) {
        if (column == phoneColumn)
            ++column;
        everyOtherColumn = everyOtherColumn && parameterColumns.at(i) == column;
    }
    if (!everyOtherColumn)
        return apply(std::as_const(row));
    Recipient recipient;
    recipient.sourceRow = row.number;
    if (phoneColumn < row.cells.size()) {
        recipient.input = std::move(row.cells[phoneColumn]);
        row.cells.removeAt(phoneColumn);
    }
    if (row.cells.size() > parameterColumns.size())
        row.cells.resize(parameterColumns.size());
    recipient.parameters = std::move(row.cells);
    return recipient;
}

bool ColumnMapping::looksLikeNumber(const QString &cell)
{
    int digits = 0;
    for (const QChar c : cell) {
        if (c.isDigit())
            ++digits;
    }
    return digits >= 5;
}

int ColumnMapping::findPhoneColumn(const QStringList &header, const QList<SourceRow> &rows)
{
    static const QRegularExpression phoneName(
        QStringLiteral("phone|mobile|\\btel\\b|msisdn|手机|电话|号码"),
        QRegularExpression::CaseInsensitiveOption);
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (phoneName.match(header.at(i)).hasMatch())
            return int(i);
    }
    QList<int> valid;
    for (const SourceRow &row : rows) {
        for (qsizetype i = 0; i < row.cells.size(); ++i) {
            if (!looksLikeNumber(row.cells.at(i))
                || !domain::PhoneNumber::parse(row.cells.at(i)).isValid())
                continue;
            if (valid.size() <= i)
                valid.resize(i + 1);
            ++valid[i];
        }
    }
    const auto best = std::max_element(valid.cbegin(), valid.cend());
    return best == valid.cend() || *best == 0 ? 0 : int(best - valid.cbegin());
}

QList<int> ColumnMapping::defaultParameterColumns(int phoneColumn, const QStringList &header,
                                                  const QList<SourceRow> &rows)
{
    static const QRegularExpression variable(QStringLiteral("^\\s*\\{(\\d+)\\}\\s*$"));
    std::map<int, int> named; // variable number -> column
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QRegularExpressionMatch match = variable.match(header.at(i));
        if (match.hasMatch() && i != phoneColumn)
            named.emplace(match.captured(1).toInt(), int(i));
    }
    QList<int> columns;
    if (!named.empty()) {
        for (const auto &[number, column] : named)
            columns.append(column);
        return columns;
    }
    qsizetype width = 0;
    if (!header.isEmpty()) {
        width = header.size();
        while (width > 0 && header.at(width - 1).trimmed().isEmpty())
            --width;
    } else {
        for (const SourceRow &row : rows) {
            qsizetype filled = row.cells.size();
            while (filled > 0 && row.cells.at(filled - 1).trimmed().isEmpty())
                --filled;
            width = std::max(width, filled);
        }
    }
    for (int i = 0; i < width; ++i) {
        if (i != phoneColumn)
            columns.append(i);
    }
    return columns;
}

} // namespace sms::campaign
