// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaigns/CampaignRunView.h"

#include "api/ApiError.h"
#include "campaign/CampaignStore.h"
#include "campaigns/CampaignListModel.h"
#include "errors/ErrorCatalog.h"
#include "guidance/GuidanceRouter.h"
#include "guidance/GuidanceSubject.h"

#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sms::ui {

using campaign::CampaignRunner;

namespace {
constexpr int numbersRole = Qt::UserRole + 1;

QString durationText(qint64 seconds)
{
    if (seconds < 0)
        return QStringLiteral("–");
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600)
        .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

CampaignRunView::CampaignRunView(campaign::CampaignStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("runTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_title->setFont(big);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("runProgress"));
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("runCounts"));
    // Plain text: nothing the service or a file says is ever read as markup.
    m_counts->setTextFormat(Qt::PlainText);
    m_rate = new QLabel(this);
    m_rate->setObjectName(QStringLiteral("runRate"));
    m_others = new QLabel(this);
    m_others->setObjectName(QStringLiteral("runOthers"));
    m_others->setTextFormat(Qt::PlainText);
    m_others->setWordWrap(true);
    m_others->hide();
    auto button = [this](const char *name) {
        auto *b = new QPushButton(this);
        b->setObjectName(QLatin1String(name));
        return b;
    };
    m_backButton = button("backButton");
    m_pauseButton = button("pauseButton");
    m_resumeButton = button("resumeButton");
    m_cancelButton = button("cancelButton");
    m_sendRestButton = button("sendRestButton");
    m_reconcileButton = button("reconcileButton");
    m_exportButton = button("exportButton");
    m_explainButton = button("explainButton");
    m_showRowsButton = button("showRowsButton");
    m_refusalsLabel = new QLabel(this);
    m_refusals = new QTreeWidget(this);
    m_refusals->setObjectName(QStringLiteral("refusalGroups"));
    m_refusals->setRootIsDecorated(false);
    m_refusals->setColumnCount(3);
    m_refusals->header()->setStretchLastSection(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_backButton);
    buttons->addStretch();
    for (QPushButton *b :
         {m_pauseButton, m_resumeButton, m_cancelButton, m_sendRestButton, m_reconcileButton})
        buttons->addWidget(b);
    auto *refusalButtons = new QHBoxLayout;
    refusalButtons->addWidget(m_refusalsLabel, 1);
    refusalButtons->addWidget(m_explainButton);
    refusalButtons->addWidget(m_showRowsButton);
    refusalButtons->addWidget(m_exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_progress);
    layout->addWidget(m_counts);
    layout->addWidget(m_rate);
    layout->addWidget(m_others);
    layout->addLayout(buttons);
    layout->addLayout(refusalButtons);
    layout->addWidget(m_refusals, 1);

    connect(m_backButton, &QPushButton::clicked, this, &CampaignRunView::backRequested);
    connect(m_pauseButton, &QPushButton::clicked, &m_store, &campaign::CampaignStore::pause);
    connect(m_resumeButton, &QPushButton::clicked, &m_store, &campaign::CampaignStore::resume);
    connect(m_cancelButton, &QPushButton::clicked, &m_store, &campaign::CampaignStore::cancel);
    connect(m_sendRestButton, &QPushButton::clicked, this,
            [this] { m_store.resumeCampaign(m_campaignId); });
    connect(m_reconcileButton, &QPushButton::clicked, this,
            [this] { m_store.reconcile(m_campaignId); });
    connect(m_exportButton, &QPushButton::clicked, this, &CampaignRunView::exportRefused);
    connect(m_explainButton, &QPushButton::clicked, this, [this] {
        explainRefusals(m_refusals->indexOfTopLevelItem(m_refusals->currentItem()));
    });
    connect(m_refusals, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        explainRefusals(m_refusals->indexOfTopLevelItem(item));
    });
    connect(m_showRowsButton, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_refusals->currentItem())
            Q_EMIT showRowsRequested(m_campaignId, item->data(0, numbersRole).toStringList());
    });
    connect(m_refusals, &QTreeWidget::currentItemChanged, this, &CampaignRunView::refresh);
    connect(&m_store, &campaign::CampaignStore::progressChanged, this, &CampaignRunView::refresh);
    connect(&m_store, &campaign::CampaignStore::runStateChanged, this, &CampaignRunView::refresh);
    connect(&m_store, &campaign::CampaignStore::changed, this, [this] {
        refresh();
        if (!m_store.isBusy())
            refreshRefusals();
    });
    connect(&m_store, &campaign::CampaignStore::busyChanged, this, &CampaignRunView::refresh);
    connect(&m_store, &campaign::CampaignStore::runsChanged, this, &CampaignRunView::refreshOthers);
    connect(&m_store, &campaign::CampaignStore::refusalGroupsReady, this,
            [this](quint64 ticket, const errors::ErrorGroupList &groups) {
                if (ticket != 0 && ticket == m_refusalsTicket)
                    showRefusals(groups);
            });
    retranslate();
}

void CampaignRunView::setCampaign(qint64 campaignId)
{
    // Another campaign's groups go at once.
    if (campaignId != m_campaignId)
        m_refusals->clear();
    m_campaignId = campaignId;
    refresh();
    refreshRefusals();
}

void CampaignRunView::refreshOthers()
{
    // Two clients on one campaign split its batches between them (claims),
    // never sending one twice; the operator should still know.
    QList<store::RunRecord> others = m_store.liveRuns(m_campaignId);
    others.removeIf(
        [](const store::RunRecord &run) { return campaign::CampaignStore::isOwnRun(run); });
    if (others.isEmpty()) {
        m_others->hide();
        return;
    }
    m_others->setText(
        tr("Also sending this campaign: %1. The batches are shared out between you; none is "
           "sent twice.")
            .arg(CampaignListModel::sentByText(others)));
    m_others->show();
}

void CampaignRunView::refresh()
{
    refreshOthers();
    const bool mine = m_store.runningCampaign() == m_campaignId && m_campaignId != 0;
    const auto record = m_store.campaign(m_campaignId);
    m_title->setText(record ? tr("Campaign %1: %2").arg(m_campaignId).arg(record->name)
                            : QString());
    store::CampaignCounts counts = m_store.counts(m_campaignId);
    campaign::CampaignProgress p;
    if (mine) {
        p = m_store.progress();
    } else {
        p.total = counts.total();
        p.accepted = counts.accepted;
        p.refused = counts.refused;
        p.uncertain = counts.uncertain;
        p.inFlight = counts.inFlight;
        p.remaining = counts.queued;
    }
    m_progress->setRange(0, int(std::min<qint64>(p.total, std::numeric_limits<int>::max())));
    m_progress->setValue(
        int(std::min<qint64>(p.total - p.remaining - p.inFlight, std::numeric_limits<int>::max())));
    // Rows pre-flight refused never left: they are not "sent", and are
    // counted apart from the service's refusals.
    const qint64 refusedBefore = counts.refusedBeforeSending;
    QString countsText = tr("Sent %L1 · accepted %L2 · refused %L3 · uncertain %L4 · remaining %L5")
                             .arg(p.sent() - refusedBefore)
                             .arg(p.accepted)
                             .arg(p.refused - refusedBefore)
                             .arg(p.uncertain)
                             .arg(p.remaining);
    if (refusedBefore > 0)
        countsText += u'\n' + tr("Refused by pre-flight, not sent: %L1").arg(refusedBefore);
    m_counts->setText(countsText);
    const CampaignRunner::State state = mine ? m_store.runState() : CampaignRunner::State::Idle;
    QString stateText;
    switch (state) {
    case CampaignRunner::State::Waiting:
        stateText = tr("Waiting for the start time or the sending hours.");
        break;
    case CampaignRunner::State::Running:
        stateText = tr("%L1 numbers a second · about %2 left")
                        .arg(p.rate, 0, 'f', 1)
                        .arg(durationText(p.etaSeconds));
        break;
    case CampaignRunner::State::Pausing:
    case CampaignRunner::State::Cancelling:
        stateText = tr("Waiting for the requests on the way…");
        break;
    case CampaignRunner::State::Paused:
        stateText = tr("Paused.");
        break;
    default:
        if (m_store.isReconciling())
            stateText = tr("Asking the service what became of the uncertain numbers…");
        else if (p.remaining == 0 && p.uncertain == 0 && p.total > 0)
            stateText = tr("Done.");
        else if (p.remaining > 0)
            stateText = tr("Stopped: %L1 numbers not sent yet.").arg(p.remaining);
        else if (p.uncertain > 0)
            stateText = tr("Some numbers are uncertain: reconcile before sending them again.");
        break;
    }
    m_rate->setText(stateText);
    const bool running
        = state == CampaignRunner::State::Running || state == CampaignRunner::State::Waiting;
    m_pauseButton->setVisible(running);
    m_resumeButton->setVisible(state == CampaignRunner::State::Paused);
    m_cancelButton->setVisible(running || state == CampaignRunner::State::Paused);
    // A campaign that stopped (paused, cancelled, or left by a process that
    // died) resumes: what may have left is reconciled first.
    m_sendRestButton->setVisible(!mine && m_store.isResumable(m_campaignId));
    m_sendRestButton->setEnabled(!m_store.isBusy());
    m_reconcileButton->setVisible(!mine && counts.uncertain > 0);
    m_reconcileButton->setEnabled(!m_store.isBusy());
    const bool hasGroup = m_refusals->currentItem() != nullptr;
    m_explainButton->setEnabled(hasGroup);
    m_showRowsButton->setEnabled(hasGroup);
    m_exportButton->setEnabled(m_refusals->topLevelItemCount() > 0);
}

// The groups are read on the store's query thread; the ones shown stay
// until the new ones come.
void CampaignRunView::refreshRefusals()
{
    m_refusalsTicket = m_store.fetchRefusalGroups(m_campaignId);
    if (m_refusalsTicket == 0)
        showRefusals({});
}

void CampaignRunView::showRefusals(const errors::ErrorGroupList &groups)
{
    m_refusalsTicket = 0;
    // The group chosen stays chosen while it is there.
    const QString chosen
        = m_refusals->currentItem() ? m_refusals->currentItem()->text(1) : QString();
    m_refusals->clear();
    for (const errors::ErrorGroup &g : groups) {
        auto *item = new QTreeWidgetItem(m_refusals);
        item->setText(0, QLocale().toString(g.count));
        item->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(1, g.code);
        item->setText(2, errors::ErrorCatalog::guidanceFor(g.code).title);
        item->setToolTip(2, g.message);
        item->setData(0, numbersRole, g.numbers);
    }
    m_refusals->resizeColumnToContents(0);
    m_refusals->resizeColumnToContents(1);
    const QList<QTreeWidgetItem *> again = chosen.isEmpty()
        ? QList<QTreeWidgetItem *>()
        : m_refusals->findItems(chosen, Qt::MatchExactly, 1);
    if (!again.isEmpty())
        m_refusals->setCurrentItem(again.constFirst());
    else if (m_refusals->topLevelItemCount() > 0)
        m_refusals->setCurrentItem(m_refusals->topLevelItem(0));
    refresh();
    Q_EMIT refusalsShown();
}

void CampaignRunView::explainRefusals(int row)
{
    QTreeWidgetItem *item = m_refusals->topLevelItem(row);
    if (!item || !m_router)
        return;
    const QStringList numbers = item->data(0, numbersRole).toStringList();
    const api::ApiError error = api::ApiError::service(item->text(1), item->toolTip(2));
    // Retry sends the rows again once they are fixed: back in the queue,
    // then the rest of the campaign.
    const qint64 id = m_campaignId;
    const QString code = item->text(1);
    m_router->showGuidance(
        error,
        [this, id, code] {
            if (m_store.requeueRefused(id, code) > 0)
                m_store.start(id);
        },
        GuidanceSubject::campaign(id, numbers), window());
}

void CampaignRunView::exportRefused()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the Refused Rows"), tr("campaign-%1-refused.csv").arg(m_campaignId),
        tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        m_store.exportRefused(m_campaignId, path);
}

void CampaignRunView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void CampaignRunView::retranslate()
{
    m_backButton->setText(tr("All Campaigns"));
    m_pauseButton->setText(tr("Pause"));
    m_resumeButton->setText(tr("Resume"));
    m_cancelButton->setText(tr("Cancel"));
    m_sendRestButton->setText(tr("Resume Sending"));
    m_reconcileButton->setText(tr("Reconcile"));
    m_exportButton->setText(tr("Export…"));
    m_explainButton->setText(tr("Explain"));
    m_showRowsButton->setText(tr("Edit These Rows"));
    m_refusalsLabel->setText(tr("Refusals by code"));
    m_refusals->setHeaderLabels({tr("Numbers"), tr("Code"), tr("What it means")});
}

} // namespace sms::ui
