// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace sms::ui {

class ErrorCodeModel;
class GuidanceRouter;

// Help > Error Code Dictionary: every code SMS Console knows, searchable by
// code or by words in English and Chinese, whatever the interface language.
// Operators get codes from logs and from customers, not only from the
// console's own last error. Activating a row (double-click, Enter, or
// "Explain") opens the same guidance dialog as a real error, through the
// router. Non-modal; opened with show().
class ErrorDictionaryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ErrorDictionaryDialog(GuidanceRouter *router, QWidget *parent = nullptr);

    QLineEdit *searchEdit() const { return m_search; }
    QTableView *view() const { return m_view; }
    ErrorCodeModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }

    // Shows the guidance for the code in this row of the view.
    void explainRow(int row);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void applyFilter();
    void refreshCount();
    void explainCurrent();

    GuidanceRouter *m_router;
    ErrorCodeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_searchLabel;
    QLineEdit *m_search;
    QLabel *m_countLabel;
    QTableView *m_view;
    QPushButton *m_explainButton;
    QPushButton *m_closeButton;
    bool m_columnsSized = false;
};

} // namespace sms::ui
