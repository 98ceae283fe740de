// SPDX-License-Identifier: GPL-3.0-or-later
#include "signatures/SignatureModel.h"

#include "review/ReviewTexts.h"

namespace sms::ui {

SignatureModel::SignatureModel(review::SignatureStore &store, QObject *parent)
    : RecordTableModel(store, {Status, Reply, Created}, parent)
{
    reload();
}

int SignatureModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SignatureModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char *const headers[ColumnCount]
        = {QT_TR_NOOP("Name"),   QT_TR_NOOP("Status"), QT_TR_NOOP("Type"),
           QT_TR_NOOP("Purpose"), QT_TR_NOOP("Market"), QT_TR_NOOP("Reviewer's reply"),
           QT_TR_NOOP("Created")};
    return section >= 0 && section < ColumnCount ? tr(headers[section]) : QVariant();
}

ReviewTableModel::RowFacts SignatureModel::facts(int row) const
{
    const review::SignatureRecord &r = recordAt(row);
    return {r.id(), r.status(), r.statusCode(), r.signType(), r.reviewReply(), r.createdAt()};
}

QVariant SignatureModel::cell(int row, int column, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const review::SignatureRecord &r = recordAt(row);
    switch (column) {
    case Name:
        // In 【】 as the phone shows it, so a name is never mistaken for text.
        return role == Qt::DisplayRole ? QStringLiteral("\u3010%1\u3011").arg(r.name())
                                       : QVariant();
    case Type:
        return listedFact(r.signType(), review::ReviewTexts::signTypeText(r.signType()), role);
    case Purpose:
        return listedFact(r.signPurpose(), review::ReviewTexts::signPurposeText(r.signPurpose()),
                          role);
    case Market:
        return role == Qt::DisplayRole ? review::ReviewTexts::marketText(r.market()) : QVariant();
    default:
        break;
    }
    return {};
}

} // namespace sms::ui
