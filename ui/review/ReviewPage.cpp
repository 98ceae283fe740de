// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/ReviewPage.h"

#include "OnFinished.h"
#include "errors/ErrorCatalog.h"
#include "guidance/GuidanceRouter.h"
#include "review/ReviewFilterProxy.h"
#include "review/ReviewJob.h"
#include "review/ReviewStore.h"
#include "review/ReviewTableModel.h"
#include "review/ReviewTexts.h"
#include "session/Session.h"
#include "widgets/MessageBar.h"
#include "widgets/StatusChipDelegate.h"
#include "widgets/StatusPalette.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QToolBar>
#include <QVBoxLayout>

namespace sms::ui {

namespace {
// The status filter's entries, in the order an operator asks: what can be
// used, what is waiting, what needs work.
constexpr domain::ReviewStatus kFilterStatuses[]
    = {domain::ReviewStatus::Approved, domain::ReviewStatus::UnderReview,
       domain::ReviewStatus::ApprovedPending, domain::ReviewStatus::Rejected};
} // namespace

ReviewPage::ReviewPage(review::ReviewStore &store, ReviewTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(model)
    , m_proxy(new ReviewFilterProxy(this))
{
    m_proxy->setSourceModel(m_model);
    buildUi();

    connect(&m_store, &review::ReviewStore::busyChanged, this, &ReviewPage::refreshState);
    connect(&m_store, &review::ReviewStore::failed, this, &ReviewPage::onFailed);
    connect(&m_store.session(), &session::Session::readyChanged, this, &ReviewPage::refreshState);
    connect(&m_store, &review::ReviewStore::recordChanged, this, [this](qint64 id) {
        if (id == currentId()) {
            refreshActions();
            refreshDetail();
        }
    });
    connect(&m_store, &review::ReviewStore::reviewFinished, this,
            [this](qint64 id) { m_proxy->setMarked(id, true); });

    // A reset (every load) loses the selection: the same record stays
    // selected across it.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keptSelection = currentId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const qint64 wanted = m_pendingSubject ? m_pendingSubject : m_keptSelection;
        if (wanted && selectRecord(wanted))
            m_pendingSubject = 0;
        if (m_model->rowCount() > 0 && !m_columnsSized) {
            m_columnsSized = true;
            sizeColumns();
        }
        refreshState();
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &ReviewPage::refreshEmptyState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ReviewPage::refreshEmptyState);
    connect(m_proxy, &ReviewFilterProxy::filterChanged, this, &ReviewPage::refreshEmptyState);
}

ReviewPage::~ReviewPage() = default;

void ReviewPage::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("reviewToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_addAction = m_toolBar->addAction(QString(), this, [this] { openAddForm(); });
    m_addAction->setObjectName(QStringLiteral("addAction"));
    m_addAction->setShortcut(QKeySequence::New);
    m_modifyAction = m_toolBar->addAction(QString(), this, [this] {
        if (const qint64 id = currentId(); id && !modifyBlocker(id))
            openModifyForm(id);
    });
    m_modifyAction->setObjectName(QStringLiteral("modifyAction"));
    m_deleteAction = m_toolBar->addAction(QString(), this, &ReviewPage::confirmDelete);
    m_deleteAction->setObjectName(QStringLiteral("deleteAction"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_toolBar->addSeparator();
    m_refreshAction = m_toolBar->addAction(QString(), this, &ReviewPage::refresh);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    // Not F5: that checks the connection, window-wide.
    m_refreshAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    for (QAction *action : m_toolBar->actions())
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    layout->addWidget(m_toolBar);

    auto *filters = new QHBoxLayout;
    filters->setSpacing(6);
    m_statusLabel = new QLabel(this);
    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusLabel->setBuddy(m_statusFilter);
    m_typeLabel = new QLabel(this);
    m_typeFilter = new QComboBox(this);
    m_typeFilter->setObjectName(QStringLiteral("typeFilter"));
    m_typeLabel->setBuddy(m_typeFilter);
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setMinimumWidth(fontMetrics().averageCharWidth() * 18);
    // Combos as wide as a usual entry, not as the longest type's name.
    for (QComboBox *combo : {m_statusFilter, m_typeFilter}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
    }
    m_busyBar = new QProgressBar(this);
    m_busyBar->setObjectName(QStringLiteral("busyBar"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumWidth(fontMetrics().averageCharWidth() * 12);
    m_busyBar->setMaximumHeight(fontMetrics().height() / 2 + 2);
    m_asOfNote = new QLabel(this);
    m_asOfNote->setObjectName(QStringLiteral("asOfNote"));
    m_asOfNote->setTextFormat(Qt::PlainText);
    filters->addWidget(m_statusLabel);
    filters->addWidget(m_statusFilter);
    filters->addSpacing(6);
    filters->addWidget(m_typeLabel);
    filters->addWidget(m_typeFilter);
    filters->addSpacing(6);
    filters->addWidget(m_searchEdit, 1);
    filters->addWidget(m_busyBar);
    filters->addWidget(m_asOfNote);
    layout->addLayout(filters);

    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant data = m_statusFilter->currentData();
        m_proxy->setStatusFilter(data.isValid() ? std::optional(domain::ReviewStatus(data.toInt()))
                                                : std::nullopt);
    });
    connect(m_typeFilter, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant data = m_typeFilter->currentData();
        m_proxy->setTypeFilter(data.isValid() ? std::optional(data.toLongLong()) : std::nullopt);
    });
    connect(m_searchEdit, &QLineEdit::textChanged, m_proxy, &ReviewFilterProxy::setSearchText);

    m_messageBar = new MessageBar(this);
    m_messageBar->setObjectName(QStringLiteral("pageMessageBar"));
    m_messageBar->setType(MessageBar::Type::Error);
    m_messageBar->hide();
    m_explainButton = m_messageBar->addButton(QStringLiteral("explainButton"));
    connect(m_explainButton, &QPushButton::clicked, this, [this] {
        if (m_router && m_shownError.isError())
            m_router->showGuidance(m_shownError, m_shownRetry,
                                   m_shownSubject ? subjectFor(m_shownSubject) : GuidanceSubject {},
                                   window());
    });
    layout->addWidget(m_messageBar);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("reviewSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_tableStack = new QStackedWidget(m_splitter);
    m_table = new QTableView(m_tableStack);
    m_table->setObjectName(QStringLiteral("reviewTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionsMovable(true);
    // The last column takes what is left; the others are sized to their
    // content once the first rows arrive (sizeColumns()).
    m_table->horizontalHeader()->setStretchLastSection(true);
    const ReviewTableModel::SharedColumns &shared = m_model->sharedColumns();
    if (shared.status >= 0)
        m_table->setItemDelegateForColumn(shared.status, new StatusChipDelegate(m_table));
    // Newest first: what was just submitted is what the operator looks for.
    if (shared.created >= 0)
        m_table->sortByColumn(shared.created, Qt::DescendingOrder);
    // A mouse click moves the current row before it selects it: both
    // changes count, or the detail would miss the row clicked.
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReviewPage::onSelectionChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ReviewPage::onSelectionChanged);
    // Clicking the row that is already selected also says "seen".
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        m_proxy->setMarked(index.data(ReviewTableModel::IdRole).toLongLong(), false);
    });
    connect(m_table, &QTableView::doubleClicked, m_modifyAction, &QAction::trigger);
    m_tableStack->addWidget(m_table);

    m_emptyPane = new QWidget(m_tableStack);
    auto *emptyLayout = new QVBoxLayout(m_emptyPane);
    emptyLayout->addStretch(1);
    m_emptyLabel = new QLabel(m_emptyPane);
    m_emptyLabel->setObjectName(QStringLiteral("emptyState"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setTextFormat(Qt::PlainText);
    emptyLayout->addWidget(m_emptyLabel);
    m_emptyButton = new QPushButton(m_emptyPane);
    m_emptyButton->setObjectName(QStringLiteral("emptyStateButton"));
    emptyLayout->addWidget(m_emptyButton, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);
    connect(m_emptyButton, &QPushButton::clicked, this, [this] {
        if (m_proxy->isFiltering()) {
            m_statusFilter->setCurrentIndex(0);
            m_typeFilter->setCurrentIndex(0);
            m_searchEdit->clear();
        } else if (m_store.isLoaded()) {
            openAddForm();
        } else {
            refresh();
        }
    });
    m_tableStack->addWidget(m_emptyPane);

    auto *detailPane = new QWidget(m_splitter);
    auto *detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_detail = new QTextBrowser(detailPane);
    m_detail->setObjectName(QStringLiteral("detailView"));
    m_detail->setOpenLinks(false);
    detailLayout->addWidget(m_detail, 1);
    m_rejectionButton = new QPushButton(detailPane);
    m_rejectionButton->setObjectName(QStringLiteral("explainRejectionButton"));
    connect(m_rejectionButton, &QPushButton::clicked, this,
            [this] { explainRejection(currentId()); });
    detailLayout->addWidget(m_rejectionButton, 0, Qt::AlignLeft);

    m_splitter->addWidget(m_tableStack);
    m_splitter->addWidget(detailPane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    // The table gets most of the width; the pane is for reading one record.
    const int em = fontMetrics().height();
    m_splitter->setSizes({em * 45, em * 16});
    layout->addWidget(m_splitter, 1);
}

void ReviewPage::setUpFrame()
{
    m_frameReady = true;
    retranslate();
    refreshState();
    onSelectionChanged();
}

void ReviewPage::setGuidanceRouter(GuidanceRouter *router)
{
    m_router = router;
    refreshActions();
    if (m_messageBar->isVisible())
        m_explainButton->setVisible(m_router);
    refreshDetail();
}

GuidanceRouter *ReviewPage::guidanceRouter() const
{
    return m_router;
}

qint64 ReviewPage::currentId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row()))
        return 0;
    return current.data(ReviewTableModel::IdRole).toLongLong();
}

bool ReviewPage::selectRecord(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        // Hidden by a filter: the operator asked for this record, so the
        // filters give way.
        m_statusFilter->setCurrentIndex(0);
        m_typeFilter->setCurrentIndex(0);
        m_searchEdit->clear();
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

void ReviewPage::showSubject(const GuidanceSubject &subject)
{
    if (subject.kind != subjectKind() || subject.id == 0)
        return;
    if (selectRecord(subject.id)) {
        m_table->setFocus();
        return;
    }
    // Not held (yet): selected when a load brings it.
    m_pendingSubject = subject.id;
    if (!m_store.isLoading() && m_store.session().isReady())
        m_store.refresh(subject.id);
}

void ReviewPage::refresh()
{
    m_store.load();
}

void ReviewPage::explainRejection(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (!m_router || row < 0)
        return;
    const ReviewTableModel::RowFacts facts = m_model->rowFacts(row);
    if (facts.status != domain::ReviewStatus::Rejected)
        return;
    m_router->showGuidance(api::ApiError::service(rejectionCode(), facts.reply), {}, subjectFor(id),
                           window());
}

void ReviewPage::showError(const api::ApiError &error, std::function<void()> retry,
                           qint64 subjectId)
{
    m_shownError = error;
    m_shownRetry = std::move(retry);
    m_shownSubject = subjectId;
    const QString title = errors::ErrorCatalog::guidanceFor(error).title;
    m_messageBar->setText(subjectId ? tr("%1 failed: %2.").arg(recordTitle(subjectId), title)
                                    : tr("The latest request failed: %1.").arg(title));
    m_explainButton->setVisible(m_router);
    m_messageBar->show();
}

bool ReviewPage::isShowingEmptyState() const
{
    return m_tableStack->currentWidget() == m_emptyPane;
}

QString ReviewPage::detailTitle(const QString &title)
{
    return QStringLiteral("<h3>%1</h3>").arg(title.toHtmlEscaped());
}

QString ReviewPage::detailRow(const QString &label, const QString &value)
{
    return QStringLiteral("<p style=\"margin:2px 0\"><b>%1</b> %2</p>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

void ReviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_frameReady)
        retranslate();
    QWidget::changeEvent(event);
}

void ReviewPage::retranslate()
{
    m_addAction->setText(tr("&Add\u2026"));
    m_modifyAction->setText(tr("&Modify\u2026"));
    m_deleteAction->setText(tr("&Delete\u2026"));
    m_refreshAction->setText(tr("&Refresh"));
    m_refreshAction->setToolTip(
        tr("Load the list again from the service (%1)")
            .arg(m_refreshAction->shortcut().toString(QKeySequence::NativeText)));
    m_statusLabel->setText(tr("&Status:"));
    m_typeLabel->setText(tr("T&ype:"));
    m_searchEdit->setPlaceholderText(tr("Search by name"));
    m_searchEdit->setAccessibleName(tr("Search"));
    m_busyBar->setAccessibleName(tr("Loading"));
    m_table->setAccessibleName(tr("Records"));
    m_detail->setAccessibleName(tr("Details"));
    m_messageBar->buttons().at(0)->setText(tr("&Explain\u2026"));
    m_rejectionButton->setText(tr("What to &Change\u2026"));
    fillFilters();
    retranslatePage();
    refreshState();
}

void ReviewPage::fillFilters()
{
    const int status = m_statusFilter->currentIndex();
    const int type = m_typeFilter->currentIndex();
    {
        const QSignalBlocker blocker(m_statusFilter);
        m_statusFilter->clear();
        m_statusFilter->addItem(tr("All statuses"));
        for (domain::ReviewStatus s : kFilterStatuses)
            m_statusFilter->addItem(review::ReviewTexts::statusText(s), int(s));
        m_statusFilter->setCurrentIndex(std::max(status, 0));
    }
    {
        const QSignalBlocker blocker(m_typeFilter);
        m_typeFilter->clear();
        m_typeFilter->addItem(tr("All types"));
        for (const auto &[text, code] : typeFilterItems())
            m_typeFilter->addItem(text, code);
        m_typeFilter->setCurrentIndex(std::clamp(type, 0, m_typeFilter->count() - 1));
    }
}

void ReviewPage::sizeColumns()
{
    m_table->resizeColumnsToContents();
    // A long name or reply must not push the columns after it out of view,
    // and the reply keeps room to be read; the whole text is in the
    // tooltip and the detail pane.
    const int em = m_table->fontMetrics().averageCharWidth();
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < m_model->columnCount(); ++column)
        header->resizeSection(column, std::min(header->sectionSize(column), 30 * em));
    if (const int reply = m_model->sharedColumns().reply; reply >= 0)
        header->resizeSection(reply, std::clamp(header->sectionSize(reply), 16 * em, 30 * em));
}

void ReviewPage::refreshState()
{
    if (!m_frameReady)
        return;
    m_busyBar->setVisible(m_store.isBusy());
    m_refreshAction->setEnabled(!m_store.isLoading() && m_store.session().isReady());
    const bool stale = m_store.isLoaded() && m_store.lastError().isError();
    if (stale) {
        const QDateTime at = m_store.loadedAt();
        const QString time = at.date() == QDate::currentDate()
            ? QLocale().toString(at.time(), QStringLiteral("HH:mm"))
            : QLocale().toString(at, QLocale::ShortFormat);
        m_asOfNote->setText(tr("As of %1").arg(time));
        m_asOfNote->setToolTip(
            tr("The latest refresh failed; the list shows what was loaded at %1.").arg(time));
        QPalette palette = m_asOfNote->palette();
        palette.setColor(QPalette::WindowText,
                         StatusPalette::colours(StatusPalette::Tone::Warning, palette).text);
        m_asOfNote->setPalette(palette);
    }
    m_asOfNote->setVisible(stale);
    // A successful read answers the failure of the one before it.
    if (!m_store.lastError().isError() && m_shownError.isError() && m_shownSubject == 0
        && !m_store.isBusy())
        m_messageBar->hide();
    refreshEmptyState();
    refreshActions();
    refreshDetail();
}

void ReviewPage::refreshActions()
{
    const qint64 id = currentId();
    const bool ready = m_store.session().isReady();
    m_addAction->setEnabled(ready);
    const auto blocker = id ? modifyBlocker(id) : std::nullopt;
    m_modifyAction->setEnabled(ready && id && !blocker);
    m_modifyAction->setToolTip(blocker ? blocker->message
                                       : tr("Change %1 and submit it for review again")
                                             .arg(id ? recordTitle(id) : tr("the selected row")));
    m_deleteAction->setEnabled(ready && id);
    m_deleteAction->setToolTip(id ? tr("Delete %1 for good").arg(recordTitle(id)) : QString());
}

void ReviewPage::refreshDetail()
{
    if (!m_frameReady)
        return;
    const qint64 id = currentId();
    const int row = id ? m_model->rowOf(id) : -1;
    if (row < 0) {
        m_detail->setHtml(QStringLiteral("<p>%1</p>")
                              .arg(tr("Select a row to see its details.").toHtmlEscaped()));
        m_rejectionButton->hide();
        return;
    }
    QString html = detailHtml(id);
    if (const auto blocker = modifyBlocker(id)) {
        const StatusPalette::Colours colours
            = StatusPalette::colours(StatusPalette::Tone::Information, m_detail->palette());
        html += QStringLiteral("<p style=\"background:%1; color:%2; padding:4px\">%3</p>")
                    .arg(colours.background.name(), colours.text.name(),
                         blocker->message.toHtmlEscaped());
    }
    m_detail->setHtml(html);
    m_rejectionButton->setVisible(
        m_router && m_model->rowFacts(row).status == domain::ReviewStatus::Rejected);
}

void ReviewPage::refreshEmptyState()
{
    if (!m_frameReady)
        return;
    const bool empty = m_proxy->rowCount() == 0;
    m_tableStack->setCurrentWidget(empty ? m_emptyPane : static_cast<QWidget *>(m_table));
    if (!empty)
        return;
    if (m_model->rowCount() > 0) {
        m_emptyLabel->setText(tr("Nothing matches the filter."));
        m_emptyButton->setText(tr("Show &All"));
        m_emptyButton->show();
    } else if (m_store.isLoaded()) {
        m_emptyLabel->setText(emptyText());
        m_emptyButton->setText(m_addAction->text());
        m_emptyButton->setVisible(m_store.session().isReady());
    } else if (m_store.isLoading()) {
        m_emptyLabel->setText(tr("Loading\u2026"));
        m_emptyButton->hide();
    } else {
        m_emptyLabel->setText(m_store.lastError().isError()
                                  ? tr("The list could not be loaded.")
                                  : tr("Nothing is loaded yet: the list loads when a profile "
                                       "is connected."));
        m_emptyButton->setText(m_refreshAction->text());
        m_emptyButton->setVisible(m_store.session().isReady());
    }
}

void ReviewPage::onSelectionChanged()
{
    if (const qint64 id = currentId())
        m_proxy->setMarked(id, false);
    refreshActions();
    refreshDetail();
}

void ReviewPage::onFailed(const api::ApiError &error)
{
    // A refusal of the local checks is the form's to show, next to the field.
    if (error.kind() == api::ApiError::Kind::LocalCheck)
        return;
    const bool read = m_store.lastError().isError() && m_store.lastError().code() == error.code();
    showError(error, read ? std::function<void()>([this] { refresh(); }) : nullptr);
}

void ReviewPage::confirmDelete()
{
    const qint64 id = currentId();
    if (!id)
        return;
    if (m_confirmation)
        m_confirmation->close();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete"),
                                tr("Delete %1?").arg(recordTitle(id)), QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("It is deleted from the service for good; this cannot be undone."));
    QPushButton *remove = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDeleteButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, remove, id] {
        if (box->clickedButton() == remove)
            this->remove(id);
    });
    m_confirmation = box;
    box->open();
}

void ReviewPage::remove(qint64 id)
{
    sms::onFinished(removeRecord(id), this, [this, id](review::ReviewJob *job) {
        if (!job->succeeded())
            showError(job->error(), {}, id);
    });
}

} // namespace sms::ui
