// SPDX-License-Identifier: GPL-3.0-or-later
#include "templates/TemplateModel.h"

#include "review/ReviewTexts.h"

namespace sms::ui {

TemplateModel::TemplateModel(review::TemplateStore &store, QObject *parent)
    : RecordTableModel(store, {Status, Reply, Created}, parent)
{
    reload();
}

int TemplateModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TemplateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("ID");
    case Name:
        return tr("Name");
    case Status:
        return tr("Status");
    case Content:
        return tr("Text");
    case Type:
        return tr("Type");
    case Market:
        return tr("Market");
    case Reply:
        return tr("Reviewer's reply");
    case Created:
        return tr("Created");
    default:
        break;
    }
    return {};
}

ReviewTableModel::RowFacts TemplateModel::facts(int row) const
{
    const review::TemplateRecord &r = recordAt(row);
    return {r.id(), r.status(), r.statusCode(), r.smsType(), r.reviewReply(), r.createdAt()};
}

QVariant TemplateModel::cell(int row, int column, int role) const
{
    const review::TemplateRecord &r = recordAt(row);
    switch (column) {
    case Id:
        if (role == Qt::DisplayRole || role == SortRole)
            return r.id();
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Name:
        return role == Qt::DisplayRole ? QVariant(r.name()) : QVariant();
    case Type:
        return listedFact(r.smsType(), review::ReviewTexts::smsTypeText(r.smsType()), role);
    case Market:
        return role == Qt::DisplayRole ? review::ReviewTexts::marketText(r.market()) : QVariant();
    case Content:
        // One line in the table (the delegate marks its variables); the
        // detail pane and the tooltip show its lines.
        if (role == Qt::DisplayRole)
            return QString(r.content()).replace(QLatin1Char('\n'), QLatin1Char(' '));
        if (role == Qt::ToolTipRole)
            return QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>")
                .arg(r.content().toHtmlEscaped());
        break;
    default:
        break;
    }
    return {};
}

} // namespace sms::ui
