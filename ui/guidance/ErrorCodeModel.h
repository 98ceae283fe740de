// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QRegularExpression>
#include <QTranslator>

namespace sms::ui {

// Every code the error catalog knows, one row each: the code, its category
// and its title in the interface language. Behind a QSortFilterProxyModel
// it is the error code dictionary.
//
// SearchTextRole holds what a search looks through: the code and the
// entry's texts in English and in Chinese, whatever the interface language,
// because operators get codes and words from logs and from customers'
// screenshots in either language. The Chinese texts come from the zh_CN
// catalogue, loaded into a translator of the model's own.
class ErrorCodeModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CodeColumn, CategoryColumn, TitleColumn, ColumnCount };
    enum Role { CodeRole = Qt::UserRole + 1, SearchTextRole };

    explicit ErrorCodeModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Category, title and headers in the interface language again (after a
    // language switch); codes and search texts stay.
    void retranslate();

    // What matches a query typed by the operator: every word of it,
    // anywhere in SearchTextRole, in any letter case. An empty query
    // matches everything.
    static QRegularExpression filterFor(const QString &query);

private:
    struct Row
    {
        QString code;
        QString category;
        QString title;
        QString searchText;
    };

    QTranslator m_chinese;
    QList<Row> m_rows;
};

} // namespace sms::ui
