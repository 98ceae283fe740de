// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaigns/CampaignComposer.h"

#include "campaign/CampaignStore.h"
#include "campaign/RecipientReader.h"
#include "campaigns/RecipientModel.h"
#include "campaigns/SendingChoices.h"
#include "review/ReviewTexts.h"
#include "review/SignatureStore.h"
#include "review/TemplateStore.h"
#include "session/Session.h"
#include "templates/TemplatePreview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace sms::ui {

CampaignComposer::CampaignComposer(campaign::CampaignStore &store,
                                   const review::SignatureStore *signatures,
                                   const review::TemplateStore *templates, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    m_choices = new SendingChoices(signatures, templates, this);
    m_templateBox = m_choices->templateBox();
    m_signatureBox = m_choices->signatureBox();
    m_whyNotLabel = new QLabel(this);
    m_whyNotLabel->setWordWrap(true);
    m_whyNotLabel->setObjectName(QStringLiteral("whyNotLabel"));

    m_openButton = new QPushButton(this);
    m_openButton->setObjectName(QStringLiteral("openFileButton"));
    m_pasteButton = new QPushButton(this);
    m_pasteButton->setObjectName(QStringLiteral("pasteButton"));
    m_pasteEdit = new QPlainTextEdit(this);
    m_pasteEdit->setObjectName(QStringLiteral("pasteEdit"));
    m_pasteEdit->setMaximumHeight(80);
    m_sourceLabel = new QLabel(this);
    m_sourceLabel->setObjectName(QStringLiteral("sourceLabel"));
    m_phoneColumnLabel = new QLabel(this);
    m_phoneColumnBox = new QComboBox(this);
    m_phoneColumnBox->setObjectName(QStringLiteral("phoneColumnBox"));
    m_sample = new QStandardItemModel(this);
    m_sampleView = new QTableView(this);
    m_sampleView->setObjectName(QStringLiteral("sampleView"));
    m_sampleView->setModel(m_sample);
    m_sampleView->setMaximumHeight(110);
    m_sampleView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sampleView->verticalHeader()->hide();
    m_startLater = new QCheckBox(this);
    m_startLater->setObjectName(QStringLiteral("startLaterBox"));
    m_startAt = new QDateTimeEdit(QDateTime::currentDateTime().addSecs(3600), this);
    m_startAt->setObjectName(QStringLiteral("startAtEdit"));
    m_startAt->setCalendarPopup(true);
    m_startAt->setEnabled(false);
    m_checkButton = new QPushButton(this);
    m_checkButton->setObjectName(QStringLiteral("checkButton"));
    m_cancelImportButton = new QPushButton(this);
    m_cancelImportButton->setObjectName(QStringLiteral("cancelImportButton"));
    m_importProgress = new QProgressBar(this);
    m_importProgress->setObjectName(QStringLiteral("importProgress"));
    m_importProgress->setRange(0, 1000);

    m_problemsOnly = new QCheckBox(this);
    m_problemsOnly->setObjectName(QStringLiteral("problemsOnlyBox"));
    m_recipients = new RecipientModel(store, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("recipientTable"));
    m_table->setModel(m_recipients);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_preview = new TemplatePreview(this);
    m_preview->setObjectName(QStringLiteral("rowPreview"));
    // The phone keeps its full height: the composer scrolls instead.
    m_preview->setMinimumHeight(m_preview->sizeHint().height());
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("totalsLabel"));
    m_totals->setWordWrap(true);
    // Plain text: codes and sentences come from the file and the service.
    m_totals->setTextFormat(Qt::PlainText);
    m_sendButton = new QPushButton(this);
    m_sendButton->setObjectName(QStringLiteral("sendButton"));

    auto *form = new QFormLayout;
    m_choices->addRows(form);
    form->addRow(QString(), m_whyNotLabel);
    auto *sourceRow = new QHBoxLayout;
    sourceRow->addWidget(m_openButton);
    sourceRow->addWidget(m_pasteButton);
    sourceRow->addWidget(m_sourceLabel, 1);
    auto *mappingRow = new QHBoxLayout;
    mappingRow->addWidget(m_phoneColumnLabel);
    mappingRow->addWidget(m_phoneColumnBox);
    mappingRow->addStretch();
    mappingRow->addWidget(m_startLater);
    mappingRow->addWidget(m_startAt);
    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(m_checkButton);
    checkRow->addWidget(m_importProgress, 1);
    checkRow->addWidget(m_cancelImportButton);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_problemsOnly);
    leftLayout->addWidget(m_table, 1);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_preview);
    rightLayout->addWidget(m_totals);
    rightLayout->addStretch();
    rightLayout->addWidget(m_sendButton);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(sourceRow);
    layout->addWidget(m_pasteEdit);
    layout->addWidget(m_sampleView);
    layout->addLayout(mappingRow);
    layout->addLayout(checkRow);
    layout->addWidget(splitter, 1);

    connect(m_openButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Recipients"), QString(),
            tr("Recipient lists (*.csv *.txt *.xlsx);;All files (*)"));
        if (!path.isEmpty())
            setSourceFile(path);
    });
    connect(m_pasteButton, &QPushButton::clicked, this,
            [this] { setSourceText(m_pasteEdit->toPlainText()); });
    connect(m_startLater, &QCheckBox::toggled, m_startAt, &QWidget::setEnabled);
    connect(m_checkButton, &QPushButton::clicked, this, &CampaignComposer::check);
    connect(m_cancelImportButton, &QPushButton::clicked, &m_store,
            &campaign::CampaignStore::cancelImport);
    connect(m_sendButton, &QPushButton::clicked, this, &CampaignComposer::confirmSend);
    connect(m_problemsOnly, &QCheckBox::toggled, m_recipients, &RecipientModel::setProblemsOnly);
    connect(m_choices, &SendingChoices::changed, this, &CampaignComposer::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CampaignComposer::updatePreview);
    connect(&m_store, &campaign::CampaignStore::importProgress, this,
            [this](qint64, qint64 position, qint64 total) {
                m_importProgress->setValue(total > 0 ? int(position * 1000 / total) : 0);
            });
    connect(&m_store, &campaign::CampaignStore::importFinished, this,
            &CampaignComposer::onImported);
    connect(&m_store, &campaign::CampaignStore::balanceChanged, this,
            &CampaignComposer::updateTotals);
    connect(&m_store, &campaign::CampaignStore::busyChanged, this,
            &CampaignComposer::updateButtons);

    retranslate();
    m_choices->fillTemplates();
    reset();
}

CampaignComposer::~CampaignComposer() = default;

void CampaignComposer::reset()
{
    m_sourcePath.clear();
    m_sourceText.clear();
    m_sourceName.clear();
    m_campaignId = 0;
    m_sample->clear();
    m_phoneColumnBox->clear();
    m_importProgress->setValue(0);
    m_recipients->setNumbers({});
    m_recipients->setCampaign(0);
    m_sourceLabel->setText(tr("No recipients chosen yet."));
    m_choices->setAppId(m_store.session().appId());
    m_store.loadBalance();
    updateTotals();
    updatePreview();
    updateButtons();
}

std::optional<review::TemplateRecord> CampaignComposer::chosenTemplate() const
{
    return m_choices->chosenTemplate();
}

void CampaignComposer::chooseTemplate(qint64 templateId)
{
    m_choices->chooseTemplate(templateId);
}

void CampaignComposer::chooseSignature(const QString &signName)
{
    m_choices->chooseSignature(signName);
}

bool CampaignComposer::setSourceFile(const QString &path)
{
    m_sourcePath = path;
    m_sourceText.clear();
    m_sourceName = QFileInfo(path).fileName();
    showSample();
    return m_phoneColumnBox->count() > 0;
}

bool CampaignComposer::setSourceText(const QString &text)
{
    m_sourcePath.clear();
    m_sourceText = text;
    m_sourceName = tr("Pasted list");
    showSample();
    return m_phoneColumnBox->count() > 0;
}

// The column-mapping step: the first rows as read, and the phone column
// the reader found, which the operator may change; the other columns are
// {1}..{n} from left to right.
void CampaignComposer::showSample()
{
    m_sample->clear();
    m_phoneColumnBox->clear();
    campaign::RecipientReader reader;
    const bool ok
        = m_sourcePath.isEmpty() ? reader.openText(m_sourceText) : reader.openFile(m_sourcePath);
    if (!ok) {
        m_sourceLabel->setText(tr("%1 cannot be read: %2").arg(m_sourceName, reader.errorString()));
        updateButtons();
        return;
    }
    const int columns = std::max(reader.columnCount(), 1);
    const QStringList header = reader.header();
    const campaign::ColumnMapping mapping = reader.mapping();
    QStringList labels;
    for (int c = 0; c < columns; ++c) {
        const QString name = header.value(c);
        labels.append(name.isEmpty() ? tr("Column %1").arg(c + 1) : name);
        m_phoneColumnBox->addItem(labels.constLast(), c);
    }
    m_sample->setHorizontalHeaderLabels(labels);
    const QList<campaign::SourceRow> rows = reader.sample();
    for (qsizetype r = 0; r < std::min<qsizetype>(rows.size(), 5); ++r) {
        QList<QStandardItem *> items;
        for (int c = 0; c < columns; ++c)
            items.append(new QStandardItem(rows.at(r).cells.value(c)));
        m_sample->appendRow(items);
    }
    m_phoneColumnBox->setCurrentIndex(std::max(m_phoneColumnBox->findData(mapping.phoneColumn), 0));
    m_sourceLabel->setText(m_sourceName);
    updateButtons();
}

campaign::ImportOptions CampaignComposer::importOptions() const
{
    campaign::ImportOptions options;
    options.phoneColumn = m_phoneColumnBox->currentData().toInt();
    return options;
}

campaign::Preflight::Options CampaignComposer::preflightOptions() const
{
    campaign::Preflight::Options options = m_choices->preflightOptions();
    options.plannedTime
        = m_startLater->isChecked() ? m_startAt->dateTime().toUTC() : m_store.serviceNow();
    return options;
}

void CampaignComposer::check()
{
    if ((m_sourcePath.isEmpty() && m_sourceText.isEmpty()) || !m_checkButton->isEnabled())
        return;
    const qint64 templateId = m_templateBox->currentData().toLongLong();
    const campaign::Preflight::Options options = preflightOptions();
    store::CampaignRecord record;
    record.name = m_sourceName;
    record.signName = options.signName;
    record.templateId = QString::number(templateId);
    record.appId = m_store.session().appId();
    record.market = options.templateMarket;
    record.marketing = options.smsType == domain::SmsType::Marketing;
    if (m_startLater->isChecked())
        record.startAt = m_startAt->dateTime().toUTC();
    m_importProgress->setValue(0);
    m_recipients->setNumbers({});
    const qint64 id = m_sourcePath.isEmpty()
        ? m_store.importText(record, m_sourceText, importOptions(), options)
        : m_store.importFile(record, m_sourcePath, importOptions(), options);
    m_campaignId = id;
    m_recipients->setCampaign(0);
    updateButtons();
}

void CampaignComposer::onImported(qint64 campaignId, bool succeeded)
{
    if (campaignId != m_campaignId)
        return;
    m_importProgress->setValue(succeeded ? m_importProgress->maximum() : 0);
    m_recipients->setCampaign(succeeded ? campaignId : 0);
    if (succeeded && m_recipients->rowCount() > 0)
        m_table->selectRow(0);
    updateTotals();
    updateButtons();
}

void CampaignComposer::showCampaign(qint64 campaignId, const QStringList &numbers)
{
    m_campaignId = campaignId;
    const auto record = m_store.campaign(campaignId);
    if (record) {
        chooseTemplate(record->templateId.toLongLong());
        chooseSignature(record->signName);
        m_sourceLabel->setText(record->name);
    }
    m_problemsOnly->setChecked(!numbers.isEmpty());
    m_recipients->setNumbers(numbers);
    m_recipients->setCampaign(campaignId);
    if (m_recipients->rowCount() > 0)
        m_table->selectRow(0);
    updateTotals();
    updateButtons();
}

void CampaignComposer::updatePreview()
{
    const QModelIndex current = m_table->currentIndex();
    const std::optional<review::TemplateRecord> t = chosenTemplate();
    QString body = t ? t->content() : QString();
    domain::Market market = t ? t->market() : domain::Market::Domestic;
    if (current.isValid()) {
        const store::JournalRecipient r = m_recipients->recipient(current.row());
        for (qsizetype i = 0; i < r.parameters.size(); ++i)
            body.replace(QStringLiteral("{%1}").arg(i + 1), r.parameters.at(i));
        market = r.market;
    }
    const bool international = market == domain::Market::International;
    m_preview->setMessage(international ? QString() : m_choices->chosenSignName(), false, body,
                          international ? domain::SmsLength::Destination::International
                                        : domain::SmsLength::Destination::Domestic);
}

void CampaignComposer::updateTotals()
{
    if (m_campaignId == 0 || m_store.isImporting()) {
        m_totals->setText(
            m_store.hasBalance()
                ? tr("Package balance: %L1 segments.").arg(m_store.remainingSegments())
                : QString());
        return;
    }
    const store::CampaignCounts counts = m_store.counts(m_campaignId);
    // The summary of the import just done; a campaign opened from the list
    // has only its journal's counts.
    campaign::PreflightSummary summary = m_store.importSummary();
    const bool fresh = m_store.importingCampaign() == m_campaignId && summary.rows > 0;
    QString text = tr("%L1 rows, %L2 to send, %L3 with problems.")
                       .arg(counts.total())
                       .arg(counts.queued)
                       .arg(counts.refused);
    if (fresh) {
        for (auto it = summary.problemsByCode.cbegin(); it != summary.problemsByCode.cend(); ++it)
            text += QStringLiteral("\n%1: %L2").arg(it.key()).arg(it.value());
        text += u'\n' + tr("Segments to bill: %L1").arg(summary.segments());
        if (m_store.hasBalance()) {
            const qint64 balance = m_store.remainingSegments();
            text += u'\n'
                + (balance >= summary.segments()
                       ? tr("Package balance: %L1 segments.").arg(balance)
                       : tr("Package balance: %L1 segments, not enough.").arg(balance));
        }
        for (const review::CheckProblem &blocker : summary.blockers)
            text += u'\n' + blocker.message;
    }
    m_totals->setText(text);
}

void CampaignComposer::updateButtons()
{
    const bool busy = m_store.isBusy();
    const bool hasSource = m_phoneColumnBox->count() > 0;
    // A mainland message needs a signature: the list may still be loading.
    const bool chosen = m_templateBox->currentIndex() >= 0 && m_signatureBox->currentIndex() >= 0;
    m_checkButton->setEnabled(!busy && hasSource && chosen);
    m_cancelImportButton->setVisible(m_store.isImporting());
    m_importProgress->setVisible(m_store.isImporting() || m_campaignId != 0);
    m_phoneColumnBox->setEnabled(hasSource);
    const store::CampaignCounts counts
        = m_campaignId ? m_store.counts(m_campaignId) : store::CampaignCounts();
    bool blocked = false;
    if (m_store.importingCampaign() == m_campaignId)
        blocked = !m_store.importSummary().blockers.isEmpty();
    m_sendButton->setEnabled(!busy && m_campaignId != 0 && counts.queued > 0 && !blocked);
    QStringList whyNot;
    if (m_templateBox->count() > 0 && m_templateBox->currentIndex() < 0)
        whyNot << tr("No approved template: apply for one on the Templates page.");
    if (m_signatureBox->count() > 0 && m_signatureBox->currentIndex() < 0)
        whyNot << tr("No approved signature for this template's messages: apply for one on the "
                     "Signatures page.");
    m_whyNotLabel->setText(whyNot.join(u'\n'));
    m_whyNotLabel->setVisible(!whyNot.isEmpty());
    updatePreview();
}

void CampaignComposer::confirmSend()
{
    if (m_campaignId == 0)
        return;
    const store::CampaignCounts counts = m_store.counts(m_campaignId);
    const campaign::PreflightSummary summary = m_store.importSummary();
    const bool fresh = m_store.importingCampaign() == m_campaignId;
    QString text = tr("Send to %Ln number(s)?", "", int(counts.queued));
    if (fresh)
        text += u'\n' + tr("The service will bill %L1 segment(s).").arg(summary.segments());
    if (m_startLater->isChecked())
        text += u'\n'
            + tr("Sending starts at %1.")
                  .arg(QLocale().toString(m_startAt->dateTime(), QLocale::ShortFormat));
    delete m_confirmation;
    m_confirmation = new QMessageBox(QMessageBox::Question, tr("Send the campaign"), text,
                                     QMessageBox::Yes | QMessageBox::Cancel, this);
    m_confirmation->setObjectName(QStringLiteral("sendConfirmation"));
    m_confirmation->button(QMessageBox::Yes)->setText(tr("Send"));
    m_confirmation->setDefaultButton(QMessageBox::Cancel);
    m_confirmation->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = m_campaignId;
    connect(m_confirmation, &QMessageBox::finished, this, [this, id](int result) {
        if (result == QMessageBox::Yes)
            Q_EMIT sendRequested(id);
    });
    m_confirmation->open();
}

void CampaignComposer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CampaignComposer::retranslate()
{
    m_choices->retranslate();
    m_openButton->setText(tr("Open a File…"));
    m_pasteButton->setText(tr("Use the Pasted List"));
    m_pasteEdit->setPlaceholderText(
        tr("Or paste numbers here, one a line (cells split by tab, comma or semicolon)"));
    m_phoneColumnLabel->setText(tr("Phone number column:"));
    m_startLater->setText(tr("Start at"));
    m_checkButton->setText(tr("Import and Check"));
    m_cancelImportButton->setText(tr("Cancel"));
    m_problemsOnly->setText(tr("Problems only"));
    m_sendButton->setText(tr("Send…"));
}

} // namespace sms::ui
