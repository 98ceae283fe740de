// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errors/ErrorGroups.h"
#include "guidance/GuidanceRouter.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace sms::campaign {
class CampaignStore;
}

namespace sms::ui {

// A campaign being sent (or sent): the progress bar; sent, accepted,
// refused, uncertain and remaining (pre-flight's refusals apart: they never
// left); the rate and the time left; Pause, Resume, Cancel, "Resume
// Sending" for a campaign that stopped (its uncertain numbers reconciled
// first), Reconcile when numbers are uncertain; and the refusals grouped by code, each
// explained by the catalog's guidance, whose "Edit these rows" shows them.
class CampaignRunView : public QWidget
{
    Q_OBJECT

public:
    explicit CampaignRunView(campaign::CampaignStore &store, QWidget *parent = nullptr);

    void setGuidanceRouter(GuidanceRouter *router) { m_router = router; }
    void setCampaign(qint64 campaignId);
    qint64 campaignId() const { return m_campaignId; }

    QProgressBar *progressBar() const { return m_progress; }
    QLabel *countsLabel() const { return m_counts; }
    // Says when another client of the store sends this campaign too.
    QLabel *othersLabel() const { return m_others; }
    QTreeWidget *refusals() const { return m_refusals; }
    // Opens the guidance for a refusal group (a row of refusals()).
    void explainRefusals(int row);

Q_SIGNALS:
    // Show these refused rows in the table (the guidance's "Edit these rows").
    void showRowsRequested(qint64 campaignId, const QStringList &numbers);
    void backRequested();
    // The refusal groups read from the journal are shown.
    void refusalsShown();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void refreshOthers();
    void refreshRefusals();
    void showRefusals(const errors::ErrorGroupList &groups);
    void exportRefused();
    void retranslate();

    campaign::CampaignStore &m_store;
    QPointer<GuidanceRouter> m_router;
    qint64 m_campaignId = 0;
    QLabel *m_title;
    QProgressBar *m_progress;
    QLabel *m_counts;
    QLabel *m_rate;
    QLabel *m_others;
    QPushButton *m_backButton;
    QPushButton *m_pauseButton;
    QPushButton *m_resumeButton;
    QPushButton *m_cancelButton;
    QPushButton *m_sendRestButton;
    QPushButton *m_reconcileButton;
    QPushButton *m_exportButton;
    QPushButton *m_explainButton;
    QPushButton *m_showRowsButton;
    QLabel *m_refusalsLabel;
    QTreeWidget *m_refusals;
    quint64 m_refusalsTicket = 0; // the groups on the way, 0 for none
};

} // namespace sms::ui
