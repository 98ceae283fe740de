// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/CampaignStore.h"
#include "guidance/GuidanceSubject.h"

#include "guidance/GuidanceRouter.h"

#include <QPointer>
#include <QWidget>

class QPushButton;
class QStackedWidget;
class QTableView;

namespace sms::session {
class Session;
}
namespace sms::review {
class SignatureStore;
class TemplateStore;
} // namespace sms::review

namespace sms::ui {

class CampaignComposer;
class CampaignListModel;
class CampaignRunView;
class MessageBar;

// The Campaigns page: a stack of the journal's campaigns (state and counts;
// open one to look at it, resume one that stopped, reconcile), the composer, and the
// run view. The store is the page's own; the signatures and templates are
// the review pages' stores, for the composer's choices.
class CampaignsPage : public QWidget
{
    Q_OBJECT

public:
    CampaignsPage(session::Session &session, const campaign::CampaignStore::Options &options,
                  const review::SignatureStore *signatures, const review::TemplateStore *templates,
                  QWidget *parent = nullptr);
    ~CampaignsPage() override;

    campaign::CampaignStore &store() { return *m_store; }
    CampaignComposer *composer() const { return m_composer; }
    CampaignRunView *runView() const { return m_runView; }
    QTableView *campaignList() const { return m_list; }
    MessageBar *messageBar() const { return m_bar; }

    void setGuidanceRouter(GuidanceRouter *router);
    // What the guidance asked for: a campaign (its rows of these numbers).
    void showSubject(const GuidanceSubject &subject);

    void showList();
    // A new campaign in the composer, with this template chosen (0: none).
    void compose(qint64 templateId = 0);
    // The composer for a campaign not sent yet, the run view otherwise.
    void openCampaign(qint64 campaignId);
    void startSending(qint64 campaignId);
    // Resumes a campaign that stopped, in the run view: its uncertain
    // numbers are reconciled with the service first, never sent again.
    void resumeCampaign(qint64 campaignId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateListButtons();
    void showFailure(const api::ApiError &error);

    campaign::CampaignStore *m_store;
    QPointer<GuidanceRouter> m_router;
    QStackedWidget *m_stack;
    MessageBar *m_bar;
    QWidget *m_listPage;
    QTableView *m_list;
    CampaignListModel *m_listModel;
    QPushButton *m_newButton;
    QPushButton *m_openButton;
    QPushButton *m_resumeButton;
    QPushButton *m_backButton;
    CampaignComposer *m_composer;
    CampaignRunView *m_runView;
};

} // namespace sms::ui
