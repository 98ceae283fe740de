// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaigns/CampaignsPage.h"

#include "campaigns/CampaignComposer.h"
#include "campaigns/CampaignListModel.h"
#include "campaigns/CampaignRunView.h"
#include "guidance/GuidanceRouter.h"
#include "widgets/MessageBar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace sms::ui {

CampaignsPage::CampaignsPage(session::Session &session,
                             const campaign::CampaignStore::Options &options,
                             const review::SignatureStore *signatures,
                             const review::TemplateStore *templates, QWidget *parent)
    : QWidget(parent)
    , m_store(new campaign::CampaignStore(session, options, this))
{
    m_bar = new MessageBar(this);
    m_bar->setObjectName(QStringLiteral("campaignBar"));
    m_bar->setType(MessageBar::Type::Error);
    m_bar->setClosable(true);
    m_bar->hide();

    m_listPage = new QWidget(this);
    m_listModel = new CampaignListModel(*m_store, this);
    m_list = new QTableView(m_listPage);
    m_list->setObjectName(QStringLiteral("campaignList"));
    m_list->setModel(m_listModel);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setSectionResizeMode(CampaignListModel::Name, QHeaderView::Stretch);
    m_newButton = new QPushButton(m_listPage);
    m_newButton->setObjectName(QStringLiteral("newCampaignButton"));
    m_openButton = new QPushButton(m_listPage);
    m_openButton->setObjectName(QStringLiteral("openCampaignButton"));
    m_resumeButton = new QPushButton(m_listPage);
    m_resumeButton->setObjectName(QStringLiteral("resumeCampaignButton"));
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_newButton);
    listButtons->addWidget(m_openButton);
    listButtons->addWidget(m_resumeButton);
    listButtons->addStretch();
    auto *listLayout = new QVBoxLayout(m_listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(listButtons);
    listLayout->addWidget(m_list, 1);

    auto *composerPage = new QWidget(this);
    m_composer = new CampaignComposer(*m_store, signatures, templates);
    m_backButton = new QPushButton(composerPage);
    m_backButton->setObjectName(QStringLiteral("composerBackButton"));
    auto *composerLayout = new QVBoxLayout(composerPage);
    composerLayout->setContentsMargins(0, 0, 0, 0);
    auto *back = new QHBoxLayout;
    back->addWidget(m_backButton);
    back->addStretch();
    composerLayout->addLayout(back);
    // The composer is tall (choices, mapping, table, preview): on a small
    // screen it scrolls rather than raising the window's minimum height.
    auto *scroll = new QScrollArea(composerPage);
    scroll->setObjectName(QStringLiteral("composerScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_composer);
    composerLayout->addWidget(scroll, 1);

    m_runView = new CampaignRunView(*m_store, this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_listPage);
    m_stack->addWidget(composerPage);
    m_stack->addWidget(m_runView);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_bar);
    layout->addWidget(m_stack, 1);

    connect(m_newButton, &QPushButton::clicked, this, [this] { compose(); });
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_list->currentIndex();
        if (current.isValid())
            openCampaign(m_listModel->campaignId(current.row()));
    });
    connect(m_resumeButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_list->currentIndex();
        if (current.isValid())
            resumeCampaign(m_listModel->campaignId(current.row()));
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CampaignsPage::updateListButtons);
    connect(m_store, &campaign::CampaignStore::changed, this, &CampaignsPage::updateListButtons);
    connect(m_store, &campaign::CampaignStore::busyChanged, this,
            &CampaignsPage::updateListButtons);
    connect(m_list, &QTableView::activated, this, [this](const QModelIndex &index) {
        openCampaign(m_listModel->campaignId(index.row()));
    });
    connect(m_backButton, &QPushButton::clicked, this, &CampaignsPage::showList);
    connect(m_runView, &CampaignRunView::backRequested, this, &CampaignsPage::showList);
    connect(m_runView, &CampaignRunView::showRowsRequested, this,
            [this](qint64 id, const QStringList &numbers) {
                showSubject(GuidanceSubject::campaign(id, numbers));
            });
    connect(m_composer, &CampaignComposer::sendRequested, this, &CampaignsPage::startSending);
    connect(m_store, &campaign::CampaignStore::failed, this, &CampaignsPage::showFailure);
    connect(m_store, &campaign::CampaignStore::opened, this, &CampaignsPage::showList);
    retranslate();
    updateListButtons();
}

CampaignsPage::~CampaignsPage() = default;

void CampaignsPage::updateListButtons()
{
    const QModelIndex current = m_list->currentIndex();
    const qint64 id = current.isValid() ? m_listModel->campaignId(current.row()) : 0;
    m_openButton->setEnabled(id != 0);
    m_resumeButton->setEnabled(id != 0 && !m_store->isBusy() && m_store->isResumable(id));
}

void CampaignsPage::resumeCampaign(qint64 campaignId)
{
    m_runView->setCampaign(campaignId);
    m_stack->setCurrentWidget(m_runView);
    m_store->resumeCampaign(campaignId);
}

void CampaignsPage::setGuidanceRouter(GuidanceRouter *router)
{
    m_router = router;
    m_runView->setGuidanceRouter(router);
}

void CampaignsPage::showSubject(const GuidanceSubject &subject)
{
    if (subject.kind != GuidanceSubject::Kind::Campaign || subject.id == 0)
        return;
    m_composer->showCampaign(subject.id, subject.numbers);
    m_stack->setCurrentIndex(1);
}

void CampaignsPage::showList()
{
    m_stack->setCurrentWidget(m_listPage);
}

void CampaignsPage::compose(qint64 templateId)
{
    m_composer->reset();
    if (templateId != 0)
        m_composer->chooseTemplate(templateId);
    m_stack->setCurrentIndex(1);
}

void CampaignsPage::openCampaign(qint64 campaignId)
{
    const auto record = m_store->campaign(campaignId);
    if (!record)
        return;
    if (record->state == store::CampaignState::Ready) {
        m_composer->showCampaign(campaignId);
        m_stack->setCurrentIndex(1);
        return;
    }
    m_runView->setCampaign(campaignId);
    m_stack->setCurrentWidget(m_runView);
}

void CampaignsPage::startSending(qint64 campaignId)
{
    m_runView->setCampaign(campaignId);
    m_stack->setCurrentWidget(m_runView);
    // resumeCampaign sends a new campaign at once, and reconciles first
    // what an earlier run may have sent.
    if (m_store->resumeCampaign(campaignId))
        m_runView->setCampaign(campaignId);
}

void CampaignsPage::showFailure(const api::ApiError &error)
{
    m_bar->setText(error.summary());
    m_bar->show();
    if (m_router && isVisible())
        m_router->showGuidance(error, {}, {}, window());
}

void CampaignsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CampaignsPage::retranslate()
{
    m_newButton->setText(tr("New Campaign…"));
    m_openButton->setText(tr("Open"));
    m_resumeButton->setText(tr("Resume"));
    m_backButton->setText(tr("All Campaigns"));
}

} // namespace sms::ui
