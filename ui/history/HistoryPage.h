// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "history/FailureSummary.h"
#include "history/HistoryExport.h"
#include "history/HistoryFilter.h"
#include "history/HistoryStore.h"
#include "history/SendDetail.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace sms::session {
class Session;
}

namespace sms::ui {

class GuidanceRouter;
class HistoryTableModel;
class MessageBar;

// The History page: every send of the profile, newest first, under a bar
// of filters (number, dates, status, failed only, campaign, template,
// signature, code, application); the selected send's detail with the
// guidance for its code; "What went wrong today" (failures by code, one
// click to their rows); CSV export of what the filters select. The store
// reads on a thread of its own and notices writes by others (receipts
// pulled, a campaign), so the page never blocks and stays current.
class HistoryPage : public QWidget
{
    Q_OBJECT

public:
    HistoryPage(session::Session &session, const history::HistoryStore::Options &options,
                QWidget *parent = nullptr);
    ~HistoryPage() override;

    history::HistoryStore &store() { return *m_store; }
    HistoryTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    MessageBar *messageBar() const { return m_bar; }
    void setGuidanceRouter(GuidanceRouter *router);

    // The filter the widgets describe now.
    history::HistoryFilter filterFromWidgets() const;
    // Sets the widgets (and so the store) to a filter.
    void showFilter(const history::HistoryFilter &filter);
    // The rows of one code from today's failures, as a click on it does.
    void showFailuresOf(const QString &code);
    // Writes the filtered rows to path (the Export button asks for it).
    void exportTo(const QString &path);
    history::HistoryExport *runningExport() const { return m_export; }
    // A lookup at the service for the number in the filter has started or
    // ended: what it found (records the service had, sends and receipts
    // this history did not have yet), or why it failed.
    void setLookupRunning(bool running);
    void showLookupOutcome(const QString &phone, int records, int sendsAdded, int receiptsAdded);
    void showLookupFailure(const api::ApiError &error);

Q_SIGNALS:
    // "Send a Message…": the selected send's number, or the number in the
    // filter, or empty.
    void sendMessageRequested(const QString &phone);
    // "Look Up at the Service": fill this number's gaps (sends made by
    // another tool, receipts not pulled) from the service's records.
    void lookupRequested(const QString &phone);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void sizeColumns();
    void applyFilter();
    void scheduleFilter();
    void onSelectionChanged();
    void showDetail(const history::SendDetail &detail);
    void showFailures(const history::FailureSummary &summary);
    void showFailure(const api::ApiError &error);
    void refreshEmptyState();
    void refreshCampaigns();
    void fillStatusChoices();
    void askExport();
    void exportFinished(bool succeeded);

    history::HistoryStore *m_store;
    QPointer<GuidanceRouter> m_router;
    HistoryTableModel *m_model;
    MessageBar *m_bar;
    QTimer *m_filterTimer;

    QLabel *m_numberLabel;
    QLineEdit *m_number;
    QCheckBox *m_prefix;
    QLabel *m_fromLabel;
    QDateEdit *m_from;
    QLabel *m_untilLabel;
    QDateEdit *m_until;
    QLabel *m_statusLabel;
    QComboBox *m_status;
    QCheckBox *m_failedOnly;
    QPushButton *m_clear;
    QLabel *m_campaignLabel;
    QComboBox *m_campaign;
    QLabel *m_templateLabel;
    QLineEdit *m_template;
    QLabel *m_signatureLabel;
    QLineEdit *m_signature;
    QLabel *m_codeLabel;
    QLineEdit *m_code;
    QLabel *m_appLabel;
    QLineEdit *m_appId;

    QPushButton *m_send;
    QPushButton *m_lookup;
    bool m_lookupRunning = false;
    std::function<void()> m_updateLookup;
    QPushButton *m_exportButton;
    QProgressBar *m_exportProgress;
    QPushButton *m_cancelExport;
    QLabel *m_count;

    QStackedWidget *m_tableStack;
    QTableView *m_table;
    QLabel *m_empty;
    QTabWidget *m_side;
    QTextBrowser *m_detail;
    QPushButton *m_explain;
    QLabel *m_failuresTitle;
    QTreeWidget *m_failures;

    history::SendDetail m_shownDetail;
    qint64 m_selectedId = 0;
    QPointer<history::HistoryExport> m_export;
    bool m_settingWidgets = false;
};

} // namespace sms::ui
