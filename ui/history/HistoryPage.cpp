// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/HistoryPage.h"

#include "OnFinished.h"
#include "errors/ErrorCatalog.h"
#include "guidance/GuidanceRouter.h"
#include "history/HistoryExport.h"
#include "history/HistoryTableModel.h"
#include "widgets/MessageBar.h"
#include "widgets/StatusChipDelegate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sms::ui {

using history::FailureSummary;
using history::HistoryFilter;
using history::HistoryRow;
using history::HistoryStore;
using history::Lifecycle;
using history::LifecycleState;
using history::SendDetail;

namespace {
// A date edit whose lowest date reads "Any": no bound.
QDateEdit *optionalDate(QWidget *parent, const QString &objectName)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(QDate(2000, 1, 1));
    edit->setDate(edit->minimumDate());
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

QDate boundOf(const QDateEdit *edit)
{
    return edit->date() == edit->minimumDate() ? QDate() : edit->date();
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString timeText(qint64 ms)
{
    return ms > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms),
                                       QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                  : QString();
}
} // namespace

HistoryPage::HistoryPage(session::Session &session, const HistoryStore::Options &options,
                         QWidget *parent)
    : QWidget(parent)
    , m_store(new HistoryStore(session, options, this))
    , m_model(new HistoryTableModel(*m_store, this))
    , m_bar(new MessageBar(this))
    , m_filterTimer(new QTimer(this))
{
    m_bar->setObjectName(QStringLiteral("historyBar"));
    m_bar->setType(MessageBar::Type::Error);
    m_bar->setClosable(true);
    m_bar->hide();

    // --- Filters: the everyday ones first, the rest on a second line.
    m_numberLabel = new QLabel(this);
    m_number = new QLineEdit(this);
    m_number->setObjectName(QStringLiteral("numberFilter"));
    m_number->setClearButtonEnabled(true);
    m_numberLabel->setBuddy(m_number);
    m_prefix = new QCheckBox(this);
    m_prefix->setObjectName(QStringLiteral("prefixFilter"));
    m_fromLabel = new QLabel(this);
    m_from = optionalDate(this, QStringLiteral("fromFilter"));
    m_fromLabel->setBuddy(m_from);
    m_untilLabel = new QLabel(this);
    m_until = optionalDate(this, QStringLiteral("untilFilter"));
    m_untilLabel->setBuddy(m_until);
    m_statusLabel = new QLabel(this);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_statusLabel->setBuddy(m_status);
    m_failedOnly = new QCheckBox(this);
    m_failedOnly->setObjectName(QStringLiteral("failedOnlyFilter"));
    m_clear = new QPushButton(this);
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_campaignLabel = new QLabel(this);
    m_campaign = new QComboBox(this);
    m_campaign->setObjectName(QStringLiteral("campaignFilter"));
    m_campaignLabel->setBuddy(m_campaign);
    auto lineFilter = [this](QLabel **label, QLineEdit **edit, const QString &name) {
        *label = new QLabel(this);
        *edit = new QLineEdit(this);
        (*edit)->setObjectName(name);
        (*edit)->setClearButtonEnabled(true);
        (*label)->setBuddy(*edit);
    };
    lineFilter(&m_templateLabel, &m_template, QStringLiteral("templateFilter"));
    lineFilter(&m_signatureLabel, &m_signature, QStringLiteral("signatureFilter"));
    lineFilter(&m_codeLabel, &m_code, QStringLiteral("codeFilter"));
    lineFilter(&m_appLabel, &m_appId, QStringLiteral("appIdFilter"));

    // Three short lines rather than one long one: the page must fit beside
    // the sidebar on a small screen at 200 %.
    auto *filters = new QVBoxLayout;
    auto line = [filters](std::initializer_list<QWidget *> widgets) {
        auto *row = new QHBoxLayout;
        for (QWidget *w : widgets)
            row->addWidget(w, qobject_cast<QLineEdit *>(w) ? 1 : 0);
        filters->addLayout(row);
        return row;
    };
    line({m_numberLabel, m_number, m_prefix, m_fromLabel, m_from, m_untilLabel, m_until});
    line({m_statusLabel, m_status, m_failedOnly, m_campaignLabel, m_campaign})->addStretch();
    line({m_templateLabel, m_template, m_signatureLabel, m_signature, m_codeLabel, m_code,
          m_appLabel, m_appId, m_clear});
    for (QComboBox *box : {m_status, m_campaign}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(10);
    }

    // --- Actions
    m_send = new QPushButton(this);
    m_send->setObjectName(QStringLiteral("sendMessageButton"));
    m_lookup = new QPushButton(this);
    m_lookup->setObjectName(QStringLiteral("lookupButton"));
    m_lookup->setEnabled(false);
    m_exportButton = new QPushButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportProgress = new QProgressBar(this);
    m_exportProgress->setObjectName(QStringLiteral("exportProgress"));
    m_exportProgress->setRange(0, 0);
    m_exportProgress->setTextVisible(true);
    m_exportProgress->hide();
    m_cancelExport = new QPushButton(this);
    m_cancelExport->setObjectName(QStringLiteral("cancelExportButton"));
    m_cancelExport->hide();
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("rowCount"));
    // It may be cut short rather than widen the page.
    m_count->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_count->setMinimumWidth(m_count->fontMetrics().averageCharWidth() * 12);
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_send);
    actions->addWidget(m_lookup);
    actions->addWidget(m_exportButton);
    actions->addWidget(m_exportProgress);
    actions->addWidget(m_cancelExport);
    actions->addWidget(m_count, 1);

    // --- The table, or what to say when it is empty
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(HistoryTableModel::State, new StatusChipDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("historyEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_tableStack = new QStackedWidget(this);
    m_tableStack->addWidget(m_table);
    m_tableStack->addWidget(m_empty);

    // --- Beside it: the detail, and today's failures
    auto *detailPage = new QWidget(this);
    m_detail = new QTextBrowser(detailPage);
    m_detail->setObjectName(QStringLiteral("sendDetail"));
    m_detail->setOpenLinks(false);
    m_explain = new QPushButton(detailPage);
    m_explain->setObjectName(QStringLiteral("explainCodeButton"));
    m_explain->setEnabled(false);
    auto *detailLayout = new QVBoxLayout(detailPage);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detail, 1);
    auto *explainRow = new QHBoxLayout;
    explainRow->addStretch();
    explainRow->addWidget(m_explain);
    detailLayout->addLayout(explainRow);

    auto *failuresPage = new QWidget(this);
    m_failuresTitle = new QLabel(failuresPage);
    m_failuresTitle->setWordWrap(true);
    m_failures = new QTreeWidget(failuresPage);
    m_failures->setObjectName(QStringLiteral("failuresToday"));
    m_failures->setColumnCount(2);
    m_failures->setUniformRowHeights(false);
    m_failures->setRootIsDecorated(false);
    m_failures->setWordWrap(true);
    m_failures->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_failures->header()->setStretchLastSection(true);
    auto *failuresLayout = new QVBoxLayout(failuresPage);
    failuresLayout->setContentsMargins(0, 0, 0, 0);
    failuresLayout->addWidget(m_failuresTitle);
    failuresLayout->addWidget(m_failures, 1);

    m_side = new QTabWidget(this);
    m_side->setObjectName(QStringLiteral("historySide"));
    m_side->addTab(detailPage, QString());
    m_side->addTab(failuresPage, QString());

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("historySplitter"));
    splitter->addWidget(m_tableStack);
    splitter->addWidget(m_side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({650, 350});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_bar);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(splitter, 1);

    // Typing waits for a pause; a click applies at once.
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(250);
    connect(m_filterTimer, &QTimer::timeout, this, &HistoryPage::applyFilter);
    for (QLineEdit *edit : {m_number, m_template, m_signature, m_code, m_appId})
        connect(edit, &QLineEdit::textChanged, this, &HistoryPage::scheduleFilter);
    for (QCheckBox *box : {m_prefix, m_failedOnly})
        connect(box, &QCheckBox::toggled, this, &HistoryPage::applyFilter);
    for (QDateEdit *edit : {m_from, m_until})
        connect(edit, &QDateEdit::dateChanged, this, &HistoryPage::applyFilter);
    for (QComboBox *box : {m_status, m_campaign})
        connect(box, &QComboBox::currentIndexChanged, this, &HistoryPage::applyFilter);
    connect(m_clear, &QPushButton::clicked, this, [this] { showFilter({}); });

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HistoryPage::onSelectionChanged);
    connect(m_send, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentIndex().row();
        const QString phone = row >= 0 ? m_store->rows().value(row).phone
                                       : HistoryStore::filterNumber(m_number->text(), false);
        emit sendMessageRequested(phone);
    });
    // Only a whole number can be looked up: the service answers per number.
    const auto updateLookup = [this] {
        m_lookup->setEnabled(!m_lookupRunning && !m_prefix->isChecked()
                             && !HistoryStore::filterNumber(m_number->text(), false).isEmpty());
    };
    connect(m_number, &QLineEdit::textChanged, this, updateLookup);
    connect(m_prefix, &QCheckBox::toggled, this, updateLookup);
    m_updateLookup = updateLookup;
    connect(m_lookup, &QPushButton::clicked, this, [this] {
        const QString phone = HistoryStore::filterNumber(m_number->text(), false);
        if (!phone.isEmpty())
            emit lookupRequested(phone);
    });
    connect(m_exportButton, &QPushButton::clicked, this, &HistoryPage::askExport);
    connect(m_cancelExport, &QPushButton::clicked, this, [this] {
        if (m_export)
            m_export->cancel();
    });
    connect(m_explain, &QPushButton::clicked, this, [this] {
        const QString code = m_shownDetail.row.failureCode();
        if (m_router && !code.isEmpty())
            m_router->explainCode(code, window());
    });
    connect(m_failures, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        showFailuresOf(item->data(0, Qt::UserRole).toString());
    });
    connect(m_failures, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        showFailuresOf(item->data(0, Qt::UserRole).toString());
    });

    connect(m_store, &HistoryStore::aboutToReset, this, [this] {
        // Kept across a refresh: the same send stays selected.
        const int row = m_table->currentIndex().row();
        m_selectedId = row >= 0 ? m_store->rows().value(row).id : m_selectedId;
    });
    connect(m_store, &HistoryStore::reset, this, [this] {
        const int row = m_selectedId ? m_store->indexOf(m_selectedId) : -1;
        if (row >= 0)
            m_table->setCurrentIndex(m_model->index(row, HistoryTableModel::Time));
        refreshEmptyState();
    });
    connect(m_store, &HistoryStore::appended, this, &HistoryPage::refreshEmptyState);
    connect(m_store, &HistoryStore::loadingChanged, this, &HistoryPage::refreshEmptyState);
    connect(m_store, &HistoryStore::detailLoaded, this, &HistoryPage::showDetail);
    connect(m_store, &HistoryStore::failuresLoaded, this, &HistoryPage::showFailures);
    connect(m_store, &HistoryStore::campaignsLoaded, this, &HistoryPage::refreshCampaigns);
    connect(m_store, &HistoryStore::failed, this, &HistoryPage::showFailure);
    connect(m_store, &HistoryStore::databaseChanged, this, [this] {
        if (m_selectedId)
            m_store->loadDetail(m_selectedId);
    });
    connect(m_store, &HistoryStore::opened, this, [this] {
        m_store->loadCampaigns();
        m_store->loadFailuresToday();
        m_shownDetail = {};
        m_selectedId = 0;
        showDetail({});
        // The filter belongs to the page, not to the profile.
        m_store->setFilter(filterFromWidgets());
    });

    retranslate();
    if (m_store->isOpen()) {
        m_store->loadCampaigns();
        m_store->loadFailuresToday();
    }
}

HistoryPage::~HistoryPage() = default;

void HistoryPage::setGuidanceRouter(GuidanceRouter *router)
{
    m_router = router;
}

HistoryFilter HistoryPage::filterFromWidgets() const
{
    HistoryFilter f;
    f.numberIsPrefix = m_prefix->isChecked();
    f.number = HistoryStore::filterNumber(m_number->text(), f.numberIsPrefix);
    if (const QDate from = boundOf(m_from); from.isValid())
        f.from = from.startOfDay();
    if (const QDate until = boundOf(m_until); until.isValid())
        f.until = until.addDays(1).startOfDay(); // the whole of that day
    if (const QVariant state = m_status->currentData(); state.isValid())
        f.lifecycle = LifecycleState(state.toInt());
    f.failedOnly = m_failedOnly->isChecked();
    f.campaignId = m_campaign->currentData().toLongLong();
    f.templateId = m_template->text().trimmed();
    f.signName = m_signature->text().trimmed();
    f.code = m_code->text().trimmed();
    f.appId = m_appId->text().trimmed();
    return f;
}

void HistoryPage::showFilter(const HistoryFilter &filter)
{
    m_settingWidgets = true;
    m_number->setText(filter.number);
    m_prefix->setChecked(filter.numberIsPrefix);
    m_from->setDate(filter.from.isValid() ? filter.from.date() : m_from->minimumDate());
    m_until->setDate(filter.until.isValid() ? filter.until.addMSecs(-1).date()
                                            : m_until->minimumDate());
    m_status->setCurrentIndex(filter.lifecycle ? qMax(0, m_status->findData(int(*filter.lifecycle)))
                                               : 0);
    m_failedOnly->setChecked(filter.failedOnly);
    const int campaign = m_campaign->findData(filter.campaignId);
    if (campaign < 0 && filter.campaignId > 0) {
        m_campaign->addItem(tr("Campaign %1").arg(filter.campaignId), filter.campaignId);
        m_campaign->setCurrentIndex(m_campaign->count() - 1);
    } else {
        m_campaign->setCurrentIndex(qMax(0, campaign));
    }
    m_template->setText(filter.templateId);
    m_signature->setText(filter.signName);
    m_code->setText(filter.code);
    m_appId->setText(filter.appId);
    m_settingWidgets = false;
    m_filterTimer->stop();
    applyFilter();
}

void HistoryPage::showFailuresOf(const QString &code)
{
    if (code.isEmpty())
        return;
    HistoryFilter f;
    f.code = code;
    f.failedOnly = true;
    f.from = m_store->startOfToday();
    showFilter(f);
    m_table->setFocus();
}

void HistoryPage::scheduleFilter()
{
    if (!m_settingWidgets)
        m_filterTimer->start();
}

void HistoryPage::applyFilter()
{
    if (m_settingWidgets)
        return;
    m_filterTimer->stop();
    const HistoryFilter filter = filterFromWidgets();
    if (filter == m_store->filter())
        return;
    m_selectedId = 0;
    m_store->setFilter(filter);
    refreshEmptyState();
}

void HistoryPage::onSelectionChanged()
{
    const int row = m_table->currentIndex().row();
    if (row < 0 || row >= m_store->rows().size())
        return;
    const qint64 id = m_store->rows().at(row).id;
    if (id == m_shownDetail.row.id && m_shownDetail.found)
        return;
    m_selectedId = id;
    m_store->loadDetail(id);
}

void HistoryPage::showDetail(const SendDetail &detail)
{
    m_shownDetail = detail;
    if (!detail.found) {
        m_detail->setHtml(QStringLiteral("<p>%1</p>")
                              .arg(escaped(tr("Select a send to see everything known about it: "
                                              "the request, its delivery receipt, replies from "
                                              "the number, and what to do about a failure."))));
        m_explain->setEnabled(false);
        return;
    }
    const HistoryRow &r = detail.row;
    const LifecycleState lifecycle = r.lifecycle(m_store->lifecycle(), m_store->nowMs());
    QString html;
    auto field = [&html](const QString &name, const QString &value) {
        if (!value.isEmpty())
            html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                        .arg(escaped(name), escaped(value));
    };
    html += QStringLiteral("<h3>%1 · %2</h3>")
                .arg(escaped(r.phone), escaped(Lifecycle::text(lifecycle)));
    html += QStringLiteral("<table cellspacing=\"4\">");
    field(tr("Sent"), timeText(r.sentAtMs));
    field(tr("Number as given"), detail.input != r.phone ? detail.input : QString());
    field(tr("Campaign"),
          r.campaignKind == 1 ? tr("Single message")
              : r.campaignKind == 2
              ? tr("Sent elsewhere")
              : QStringLiteral("%1 (%2)").arg(detail.campaignName).arg(r.campaignId));
    field(tr("Template"), r.templateId);
    field(tr("Signature"), r.signName);
    field(tr("SmsSdkAppId"), r.appId);
    field(tr("Parameters"), detail.parameters.join(QStringLiteral(", ")));
    field(tr("SerialNo"), r.serialNo);
    field(tr("Fee"), r.serialNo.isEmpty() ? QString() : QString::number(r.fee));
    field(tr("Code"), r.code);
    field(tr("Message"), r.message);
    field(tr("RequestId"), detail.requestId);
    field(tr("Action"), detail.action);
    field(tr("SessionContext"), detail.sessionContext);
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h4>%1</h4>").arg(escaped(tr("Delivery receipt")));
    if (detail.receipts.isEmpty()) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(escaped(
                        lifecycle == LifecycleState::Unknown ? tr(
                            "No receipt arrived, and none is to be expected any more: whether the "
                            "handset got the message is unknown.")
                            : lifecycle == LifecycleState::Refused
                            ? tr("None: the number was refused, nothing was sent to it.")
                            : tr("None yet. Receipts are pulled in the background and show here as "
                                 "they "
                                 "arrive.")));
    } else {
        html += QStringLiteral("<table cellspacing=\"4\">");
        for (const SendDetail::Receipt &receipt : detail.receipts) {
            field(tr("Status"), receipt.status);
            field(tr("Description"), receipt.description);
            field(tr("Received by the handset"),
                  receipt.userReceiveTime > 0 ? timeText(receipt.userReceiveTime * 1000)
                                              : QString());
            field(tr("Stored"), timeText(receipt.receivedAtMs));
        }
        html += QStringLiteral("</table>");
    }
    if (!detail.replies.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><table cellspacing=\"4\">")
                    .arg(escaped(tr("Replies from this number")));
        for (const SendDetail::Reply &reply : detail.replies)
            field(timeText(reply.replyTime), reply.content);
        html += QStringLiteral("</table>");
    }
    const QString code = r.failureCode();
    if (!code.isEmpty()) {
        const errors::Guidance guidance = errors::ErrorCatalog::guidanceFor(code);
        const QString title = HistoryTableModel::codeTitle(r);
        html += QStringLiteral("<h4>%1</h4>").arg(escaped(tr("What happened: %1").arg(code)));
        html += QStringLiteral("<p><b>%1</b></p>").arg(escaped(title));
        if (guidance.exactMatch || !guidance.matchedCode.isEmpty()) {
            html += QStringLiteral("<p>%1</p>").arg(escaped(guidance.meaning));
            html += QStringLiteral("<ol>");
            for (const QString &step : guidance.steps)
                html += QStringLiteral("<li>%1</li>").arg(escaped(step));
            html += QStringLiteral("</ol>");
        } else if (r.receipt == Lifecycle::Receipt::Failed) {
            html += QStringLiteral("<p>%1</p>")
                        .arg(escaped(tr(
                            "The carrier reported this failure in the delivery receipt. Check the "
                            "number "
                            "with its owner; a number that fails again should leave your lists.")));
        }
    }
    m_detail->setHtml(html);
    m_explain->setEnabled(!code.isEmpty());
}

void HistoryPage::showFailures(const FailureSummary &summary)
{
    m_failures->clear();
    for (const FailureSummary::Group &g : summary.groups) {
        auto *item = new QTreeWidgetItem(m_failures);
        item->setText(0, QLocale().toString(g.count));
        item->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(0, Qt::UserRole, g.code);
        // The code and, under it, what it means: both readable in a narrow
        // pane.
        QString matched;
        const errors::ErrorEntry &entry = errors::ErrorCatalog::resolve(g.code, &matched);
        QString title = errors::ErrorCatalog::tr(entry.title);
        if (matched.isEmpty() && g.source == FailureSummary::Source::Receipt)
            title = g.sample.section(QLatin1Char(' '), 1).trimmed();
        item->setText(1, title.isEmpty() ? g.code : g.code + u'\n' + title);
        item->setToolTip(1, matched.isEmpty() ? g.sample : errors::ErrorCatalog::tr(entry.meaning));
    }
    m_failuresTitle->setText(summary.groups.isEmpty()
                                 ? tr("Nothing failed today.")
                                 : tr("Failed today: %1. Click a code to see its rows.")
                                       .arg(QLocale().toString(summary.total())));
}

void HistoryPage::setLookupRunning(bool running)
{
    m_lookupRunning = running;
    m_updateLookup();
}

void HistoryPage::showLookupOutcome(const QString &phone, int records, int sendsAdded,
                                    int receiptsAdded)
{
    m_bar->setType(MessageBar::Type::Positive);
    m_bar->setText(tr("The service had %1 send records for %2: %3 sends and %4 receipts were "
                      "new to this history.")
                       .arg(QLocale().toString(records), phone, QLocale().toString(sendsAdded),
                            QLocale().toString(receiptsAdded)));
    m_bar->show();
    m_store->refresh();
}

void HistoryPage::showLookupFailure(const api::ApiError &error)
{
    showFailure(error);
}

void HistoryPage::showFailure(const api::ApiError &error)
{
    // The bar may still have the tone of an export's outcome.
    m_bar->setType(MessageBar::Type::Error);
    m_bar->setText(error.summary());
    m_bar->show();
    if (m_router && isVisible())
        m_router->showGuidance(
            error,
            [store = QPointer<HistoryStore>(m_store)] {
                if (store)
                    store->refresh();
            },
            {}, window());
}

void HistoryPage::refreshEmptyState()
{
    const qsizetype rows = m_store->rows().size();
    if (rows > 0) {
        m_tableStack->setCurrentWidget(m_table);
    } else {
        m_empty->setText(m_store->isLoading() ? tr("Loading…")
                             : m_store->filter().isEmpty()
                             ? tr("No sends yet. Every message sent from a campaign, with Send a "
                                  "Message…, or found at the service for a number shows here "
                                  "with its delivery receipt.")
                             : tr("No sends match these filters."));
        m_tableStack->setCurrentWidget(m_empty);
    }
    // No %n plurals: English is the source and has no catalogue to
    // pluralise them.
    m_count->setText(m_store->atEnd()
                         ? tr("Sends: %1").arg(QLocale().toString(rows))
                         : tr("Sends shown: %1, more as you scroll").arg(QLocale().toString(rows)));
}

void HistoryPage::refreshCampaigns()
{
    const qint64 current = m_campaign->currentData().toLongLong();
    m_settingWidgets = true;
    m_campaign->clear();
    m_campaign->addItem(tr("Any"), qint64(0));
    for (const auto &[id, name] : m_store->campaigns())
        m_campaign->addItem(QStringLiteral("%1 · %2").arg(id).arg(name), id);
    m_campaign->setCurrentIndex(qMax(0, m_campaign->findData(current)));
    m_settingWidgets = false;
}

void HistoryPage::fillStatusChoices()
{
    const QVariant current = m_status->currentData();
    m_settingWidgets = true;
    m_status->clear();
    m_status->addItem(tr("Any"));
    for (LifecycleState s : Lifecycle::allStates())
        m_status->addItem(Lifecycle::text(s), int(s));
    m_status->setCurrentIndex(current.isValid() ? qMax(0, m_status->findData(current)) : 0);
    m_settingWidgets = false;
}

void HistoryPage::askExport()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the Sends"), QDir::home().filePath(QStringLiteral("history.csv")),
        tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

void HistoryPage::exportTo(const QString &path)
{
    if (m_export)
        return;
    m_export = m_store->exportCsv(path);
    if (!m_export)
        return;
    m_exportButton->setEnabled(false);
    m_exportProgress->setFormat(tr("Exporting…"));
    m_exportProgress->show();
    m_cancelExport->show();
    connect(m_export, &history::HistoryExport::progress, this, [this](qint64 rows) {
        m_exportProgress->setFormat(tr("%1 rows written").arg(QLocale().toString(rows)));
    });
    onFinished(m_export.data(), this, [this](history::HistoryExport *job) {
        m_export = nullptr;
        m_exportButton->setEnabled(true);
        m_exportProgress->hide();
        m_cancelExport->hide();
        m_bar->setType(job->rows() >= 0          ? MessageBar::Type::Positive
                           : job->wasCancelled() ? MessageBar::Type::Information
                                                 : MessageBar::Type::Error);
        m_bar->setText(
            job->rows() >= 0 ? tr("Exported %1 sends to %2.")
                                   .arg(QLocale().toString(job->rows()),
                                        QDir::toNativeSeparators(job->outputPath()))
                : job->wasCancelled()
                ? tr("Export cancelled; nothing was written.")
                : tr("The export to %1 failed: %2")
                      .arg(QDir::toNativeSeparators(job->outputPath()), job->errorString()));
        m_bar->show();
    });
}

void HistoryPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void HistoryPage::showEvent(QShowEvent *event)
{
    // Today's failures move on while the page is hidden.
    if (m_store->isOpen())
        m_store->loadFailuresToday();
    QWidget::showEvent(event);
}

void HistoryPage::sizeColumns()
{
    // Times, numbers and states have a known longest form: their columns fit
    // it, and the code (with its title) takes the rest.
    const QFontMetrics metrics = m_table->fontMetrics();
    const int padding = metrics.averageCharWidth() * 3;
    int state = 0;
    for (LifecycleState s : Lifecycle::allStates())
        state = qMax(state, metrics.horizontalAdvance(Lifecycle::text(s)));
    QHeaderView *header = m_table->horizontalHeader();
    header->resizeSection(HistoryTableModel::Time,
                          metrics.horizontalAdvance(QStringLiteral("2026-12-31 23:59:59"))
                              + padding);
    header->resizeSection(HistoryTableModel::Number,
                          metrics.horizontalAdvance(QStringLiteral("+8613800138000")) + padding);
    header->resizeSection(HistoryTableModel::State, state + 3 * padding);
    header->resizeSection(
        HistoryTableModel::Template,
        qMax(metrics.horizontalAdvance(QStringLiteral("1000000")),
             metrics.horizontalAdvance(
                 m_model->headerData(HistoryTableModel::Template, Qt::Horizontal).toString()))
            + padding);
    header->setMinimumSectionSize(metrics.averageCharWidth() * 6);
    header->resizeSection(HistoryTableModel::Code, metrics.averageCharWidth() * 32);
}

void HistoryPage::retranslate()
{
    m_numberLabel->setText(tr("&Number:"));
    m_number->setPlaceholderText(tr("+8613800138000"));
    m_prefix->setText(tr("Starts with"));
    m_fromLabel->setText(tr("&From:"));
    m_untilLabel->setText(tr("&To:"));
    m_from->setSpecialValueText(tr("Any"));
    m_until->setSpecialValueText(tr("Any"));
    m_statusLabel->setText(tr("&Status:"));
    m_failedOnly->setText(tr("Failed only"));
    m_clear->setText(tr("Clear Filters"));
    m_campaignLabel->setText(tr("Cam&paign:"));
    m_templateLabel->setText(tr("Temp&late ID:"));
    m_signatureLabel->setText(tr("S&ignature:"));
    m_codeLabel->setText(tr("&Code:"));
    m_code->setPlaceholderText(tr("e.g. MK:0001"));
    m_appLabel->setText(tr("&App ID:"));
    m_send->setText(tr("Send a Message…"));
    m_lookup->setText(tr("&Look Up at the Service"));
    m_lookup->setToolTip(tr("Ask the service what it knows of this number: sends made by "
                            "another tool and receipts not pulled yet are added to the history. "
                            "The service keeps send records for a few days only."));
    m_exportButton->setText(tr("&Export CSV…"));
    m_cancelExport->setText(tr("Cancel"));
    m_explain->setText(tr("Explain the Code…"));
    m_side->setTabText(0, tr("Details"));
    m_side->setTabText(1, tr("What Went Wrong Today"));
    m_failures->setHeaderLabels({tr("Sends"), tr("Code and what it means")});
    sizeColumns();
    m_settingWidgets = true;
    fillStatusChoices();
    if (m_campaign->count() == 0)
        m_campaign->addItem(tr("Any"), qint64(0));
    else
        m_campaign->setItemText(0, tr("Any"));
    m_settingWidgets = false;
    showDetail(m_shownDetail);
    showFailures(m_store->failures());
    refreshEmptyState();
}

} // namespace sms::ui
