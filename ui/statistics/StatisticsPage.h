// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "statistics/StatisticsStore.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QPushButton;
class QTimer;

namespace sms::session {
class Session;
}

namespace sms::ui {

class ChartPanel;
class GuidanceRouter;
class MessageBar;

// The Statistics page: for a range of days and an SmsSdkAppId, the numbers
// sent, accepted and billed over time, what became of the accepted ones,
// the packages' usage and balance, and the refusals by code, from the
// service (Cloud) or from the history on this computer (which works
// offline). The store is the page's own; the page only shows its reports.
//
// A change of source or application loads at once; a change of dates after
// a short pause, so that typing a date does not send a request per digit.
// Failures show in the page's bar and go to the guidance router with a
// retry. Charts are rebuilt when the language, the palette or the size
// changes, so they always follow them.
class StatisticsPage : public QWidget
{
    Q_OBJECT

public:
    StatisticsPage(session::Session &session, const statistics::StatisticsStore::Options &options,
                   QWidget *parent = nullptr);
    ~StatisticsPage() override;

    statistics::StatisticsStore &store() { return *m_store; }
    void setGuidanceRouter(GuidanceRouter *router);

    // Loads with what the controls say now.
    void reload();

    QComboBox *sourceBox() const { return m_source; }
    QComboBox *periodBox() const { return m_period; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QComboBox *appIdBox() const { return m_appId; }
    MessageBar *messageBar() const { return m_bar; }
    QLabel *summaryLabel() const { return m_summary; }
    ChartPanel *activityPanel() const { return m_activity; }
    ChartPanel *deliveryPanel() const { return m_delivery; }
    ChartPanel *packagesPanel() const { return m_packages; }
    ChartPanel *failuresPanel() const { return m_failures; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    enum class Period { Today, LastWeek, LastMonth, Custom };

    void retranslate();
    void applyPeriod();
    void datesEdited();
    void refreshAppIds();
    void refreshSummary();
    void rebuildCharts();
    void arrangeCharts();
    void showFailure(const api::ApiError &error);

    statistics::StatisticsStore *m_store;
    QPointer<GuidanceRouter> m_router;
    QLabel *m_sourceLabel;
    QComboBox *m_source;
    QLabel *m_periodLabel;
    QComboBox *m_period;
    QDateEdit *m_from;
    QLabel *m_toLabel;
    QDateEdit *m_to;
    QLabel *m_appIdLabel;
    QComboBox *m_appId;
    QPushButton *m_refresh;
    MessageBar *m_bar;
    QLabel *m_summary;
    ChartPanel *m_activity;
    ChartPanel *m_delivery;
    ChartPanel *m_packages;
    ChartPanel *m_failures;
    QGridLayout *m_grid = nullptr;
    int m_columns = 0;
    QTimer *m_dateTimer;
    QTimer *m_resizeTimer;
    bool m_settingControls = false;
};

} // namespace sms::ui
