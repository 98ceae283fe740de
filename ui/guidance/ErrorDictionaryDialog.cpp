// SPDX-License-Identifier: GPL-3.0-or-later
#include "guidance/ErrorDictionaryDialog.h"

#include "guidance/ErrorCodeModel.h"
#include "guidance/GuidanceRouter.h"
#include "widgets/WindowGeometry.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace sms::ui {

ErrorDictionaryDialog::ErrorDictionaryDialog(GuidanceRouter *router, QWidget *parent)
    : QDialog(parent)
    , m_router(router)
    , m_model(new ErrorCodeModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_searchLabel(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_countLabel(new QLabel(this))
    , m_view(new QTableView(this))
    , m_explainButton(new QPushButton(this))
    , m_closeButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("ErrorDictionaryDialog"));
    setSizeGripEnabled(true);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(ErrorCodeModel::SearchTextRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    auto *layout = new QVBoxLayout(this);
    auto *searchRow = new QHBoxLayout;
    m_searchLabel->setObjectName(QStringLiteral("searchLabel"));
    m_searchLabel->setBuddy(m_search);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setClearButtonEnabled(true);
    searchRow->addWidget(m_searchLabel);
    searchRow->addWidget(m_search, 1);
    layout->addLayout(searchRow);

    m_view->setObjectName(QStringLiteral("codeView"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ErrorCodeModel::CodeColumn, Qt::AscendingOrder);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The longest codes are long: they give way in the middle, where the
    // view is narrow, so the summary stays in sight.
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(ErrorCodeModel::CodeColumn,
                                                     QHeaderView::Interactive);
    m_view->horizontalHeader()->setSectionResizeMode(ErrorCodeModel::CategoryColumn,
                                                     QHeaderView::ResizeToContents);
    layout->addWidget(m_view, 1);

    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    layout->addWidget(m_countLabel);

    auto *buttons = new QDialogButtonBox(this);
    m_explainButton->setObjectName(QStringLiteral("explainButton"));
    m_explainButton->setAutoDefault(false);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_closeButton->setAutoDefault(false);
    buttons->addButton(m_explainButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_closeButton, QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_search, &QLineEdit::textChanged, this, &ErrorDictionaryDialog::applyFilter);
    // Enter in the search field explains what it found; Down goes to the list.
    connect(m_search, &QLineEdit::returnPressed, this, &ErrorDictionaryDialog::explainCurrent);
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex &index) { explainRow(index.row()); });
    connect(m_explainButton, &QPushButton::clicked, this, &ErrorDictionaryDialog::explainCurrent);
    connect(m_proxy, &QSortFilterProxyModel::rowsInserted, this,
            &ErrorDictionaryDialog::refreshCount);
    connect(m_proxy, &QSortFilterProxyModel::rowsRemoved, this,
            &ErrorDictionaryDialog::refreshCount);
    connect(m_proxy, &QSortFilterProxyModel::modelReset, this,
            &ErrorDictionaryDialog::refreshCount);
    setTabOrder(m_search, m_view);
    m_search->installEventFilter(this);

    retranslate();
    const int em = fontMetrics().height();
    WindowGeometry::fit(this, QSize(em * 56, em * 36));
    m_search->setFocus();
}

void ErrorDictionaryDialog::applyFilter()
{
    m_proxy->setFilterRegularExpression(ErrorCodeModel::filterFor(m_search->text()));
    if (m_proxy->rowCount() > 0 && !m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_proxy->index(0, ErrorCodeModel::CodeColumn));
    refreshCount();
}

void ErrorDictionaryDialog::refreshCount()
{
    const QLocale locale;
    m_countLabel->setText(
        m_search->text().trimmed().isEmpty()
            ? tr("%1 codes").arg(locale.toString(m_model->rowCount()))
            : tr("%1 of %2 codes")
                  .arg(locale.toString(m_proxy->rowCount()), locale.toString(m_model->rowCount())));
    m_explainButton->setEnabled(m_proxy->rowCount() > 0);
}

void ErrorDictionaryDialog::explainCurrent()
{
    if (m_proxy->rowCount() == 0)
        return;
    const QModelIndex current = m_view->currentIndex();
    explainRow(current.isValid() ? current.row() : 0);
}

void ErrorDictionaryDialog::explainRow(int row)
{
    const QModelIndex index = m_proxy->index(row, ErrorCodeModel::CodeColumn);
    if (!index.isValid())
        return;
    m_router->explainCode(index.data(ErrorCodeModel::CodeRole).toString(), this);
}

void ErrorDictionaryDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ErrorDictionaryDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (m_columnsSized)
        return;
    m_columnsSized = true;
    m_view->resizeColumnToContents(ErrorCodeModel::CodeColumn);
    m_view->setColumnWidth(ErrorCodeModel::CodeColumn,
                           std::min(m_view->columnWidth(ErrorCodeModel::CodeColumn),
                                    m_view->viewport()->width() * 2 / 5));
}

bool ErrorDictionaryDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down && m_proxy->rowCount() > 0) {
        if (!m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_proxy->index(0, ErrorCodeModel::CodeColumn));
        m_view->setFocus();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void ErrorDictionaryDialog::retranslate()
{
    setWindowTitle(tr("Error Code Dictionary"));
    m_searchLabel->setText(tr("&Search:"));
    m_search->setPlaceholderText(tr("A code, part of one, or words in English or Chinese"));
    m_search->setAccessibleName(tr("Search error codes"));
    m_view->setAccessibleName(tr("Error codes"));
    m_explainButton->setText(tr("&Explain\u2026"));
    m_closeButton->setText(tr("C&lose"));
    m_model->retranslate();
    refreshCount();
}

} // namespace sms::ui
