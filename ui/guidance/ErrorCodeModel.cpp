// SPDX-License-Identifier: GPL-3.0-or-later
#include "guidance/ErrorCodeModel.h"

#include "errors/ErrorCatalog.h"

namespace sms::ui {

using errors::ErrorCatalog;

ErrorCodeModel::ErrorCodeModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    // Built into smscore with every other catalogue; without it the search
    // still knows the English texts.
    (void)m_chinese.load(QStringLiteral(":/i18n/smsconsole_zh_CN.qm"));
    const QStringList codes = ErrorCatalog::knownCodes();
    m_rows.reserve(codes.size());
    for (const QString &code : codes) {
        Row row;
        row.code = code;
        const QStringList english = ErrorCatalog::entryTexts(code);
        const QStringList chinese = ErrorCatalog::entryTexts(code, &m_chinese);
        row.searchText
            = QStringList {code, english.join(QLatin1Char('\n')), chinese.join(QLatin1Char('\n'))}
                  .join(QLatin1Char('\n'));
        m_rows.append(row);
    }
    retranslate();
}

int ErrorCodeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ErrorCodeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ErrorCodeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case CodeColumn:
            return row.code;
        case CategoryColumn:
            return row.category;
        case TitleColumn:
            return row.title;
        }
        break;
    case Qt::AccessibleTextRole:
        return tr("%1, %2, code %3").arg(row.title, row.category, row.code);
    case CodeRole:
        return row.code;
    case SearchTextRole:
        return row.searchText;
    }
    return {};
}

QVariant ErrorCodeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case CategoryColumn:
        return tr("Category");
    case TitleColumn:
        return tr("Summary");
    }
    return {};
}

void ErrorCodeModel::retranslate()
{
    for (Row &row : m_rows) {
        const errors::Guidance guidance = ErrorCatalog::guidanceFor(row.code);
        row.category = guidance.categoryName;
        row.title = guidance.title;
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, CategoryColumn), index(int(m_rows.size()) - 1, TitleColumn));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

QRegularExpression ErrorCodeModel::filterFor(const QString &query)
{
    // One look-ahead per word: all words, in any order.
    QString pattern = QStringLiteral("^");
    const QStringList words = query.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words)
        pattern += QStringLiteral("(?=.*%1)").arg(QRegularExpression::escape(word));
    return QRegularExpression(pattern,
                              QRegularExpression::CaseInsensitiveOption
                                  | QRegularExpression::DotMatchesEverythingOption
                                  | QRegularExpression::UseUnicodePropertiesOption);
}

} // namespace sms::ui
