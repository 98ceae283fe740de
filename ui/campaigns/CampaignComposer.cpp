// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaigns/CampaignComposer.h"

#include "campaign/CampaignStore.h"
#include "campaign/RecipientReader.h"
#include "campaigns/RecipientEditDelegate.h"
#include "campaigns/RecipientModel.h"
#include "campaigns/SendingChoices.h"
#include "domain/SmsLength.h"
#include "session/Session.h"
#include "templates/TemplatePreview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QThreadPool>
#include <QVBoxLayout>

namespace sms::ui {

CampaignComposer::CampaignComposer(campaign::CampaignStore &store,
                                   const review::SignatureStore *signatures,
                                   const review::TemplateStore *templates, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_choices(new SendingChoices(signatures, templates, this))
{
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
    m_headerLabel = new QLabel(this);
    m_headerBox = new QComboBox(this);
    m_headerBox->setObjectName(QStringLiteral("headerBox"));
    m_encodingLabel = new QLabel(this);
    m_encodingBox = new QComboBox(this);
    m_encodingBox->setObjectName(QStringLiteral("encodingBox"));
    m_regionLabel = new QLabel(this);
    m_regionBox = new QComboBox(this);
    m_regionBox->setObjectName(QStringLiteral("regionBox"));
    for (QComboBox *box : {m_headerBox, m_encodingBox, m_phoneColumnBox})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // The regions campaigns are sent to most; any other two-letter code
    // can be typed.
    m_regionBox->setEditable(true);
    m_regionBox->setInsertPolicy(QComboBox::NoInsert);
    for (const char *region : {"CN", "HK", "MO", "TW", "SG", "MY", "JP", "KR", "US", "GB"})
        m_regionBox->addItem(QLatin1String(region));
    m_parametersLabel = new QLabel(this);
    m_parameterRow = new QHBoxLayout;
    m_typeLabel = new QLabel(this);
    m_typeBox = new QComboBox(this);
    m_typeBox->setObjectName(QStringLiteral("templateTypeBox"));
    // The texts are set by retranslate().
    for (const domain::SmsType type : {domain::SmsType::Notification, domain::SmsType::Marketing,
                                       domain::SmsType::VerificationCode})
        m_typeBox->addItem(QString(), int(type));
    for (const campaign::ImportOptions::Header header :
         {campaign::ImportOptions::Header::Auto, campaign::ImportOptions::Header::Present,
          campaign::ImportOptions::Header::Absent})
        m_headerBox->addItem(QString(), int(header));
    for (const campaign::ImportOptions::Encoding encoding :
         {campaign::ImportOptions::Encoding::Auto, campaign::ImportOptions::Encoding::Utf8,
          campaign::ImportOptions::Encoding::Gb18030})
        m_encodingBox->addItem(QString(), int(encoding));
    m_sample = new QStandardItemModel(this);
    m_sampleWatcher = new QFutureWatcher<SampleRead>(this);
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
    auto *delegate = new RecipientEditDelegate(m_table);
    m_table->setItemDelegate(delegate);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_resendButton = new QPushButton(this);
    m_resendButton->setObjectName(QStringLiteral("resendButton"));
    m_editProblem = new QLabel(this);
    m_editProblem->setObjectName(QStringLiteral("editProblemLabel"));
    m_editProblem->setWordWrap(true);
    // Plain text: the values come from the file.
    m_editProblem->setTextFormat(Qt::PlainText);
    connect(delegate, &RecipientEditDelegate::problemChanged, m_editProblem, &QLabel::setText);
    m_preview = new TemplatePreview(this);
    m_preview->setObjectName(QStringLiteral("rowPreview"));
    // The phone keeps a readable screen; its length notes and the totals
    // under it wrap to as many lines as the language and the width need.
    m_preview->setMinimumScreenHeight(fontMetrics().height() * 10);
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("totalsLabel"));
    m_totals->setWordWrap(true);
    // Plain text: codes and sentences come from the file and the service.
    m_totals->setTextFormat(Qt::PlainText);
    m_sendButton = new QPushButton(this);
    m_sendButton->setObjectName(QStringLiteral("sendButton"));

    m_form = new QFormLayout;
    m_choices->addRows(m_form);
    // The template's type, when asked for, goes with the template.
    m_form->insertRow(2, m_typeLabel, m_typeBox);
    m_form->addRow(QString(), m_whyNotLabel);
    auto *sourceRow = new QHBoxLayout;
    sourceRow->addWidget(m_openButton);
    sourceRow->addWidget(m_pasteButton);
    sourceRow->addWidget(m_sourceLabel, 1);
    // Two pairs a line, so that a narrow window in a wordy language still
    // fits them.
    auto *mappingGrid = new QGridLayout;
    mappingGrid->addWidget(m_phoneColumnLabel, 0, 0);
    mappingGrid->addWidget(m_phoneColumnBox, 0, 1);
    mappingGrid->addWidget(m_headerLabel, 0, 2);
    mappingGrid->addWidget(m_headerBox, 0, 3);
    mappingGrid->addWidget(m_encodingLabel, 1, 0);
    mappingGrid->addWidget(m_encodingBox, 1, 1);
    mappingGrid->addWidget(m_regionLabel, 1, 2);
    mappingGrid->addWidget(m_regionBox, 1, 3);
    mappingGrid->setColumnStretch(4, 1);
    auto *mappingRow = new QHBoxLayout;
    mappingRow->addWidget(m_parametersLabel);
    mappingRow->addLayout(m_parameterRow);
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
    auto *tableBar = new QHBoxLayout;
    tableBar->addWidget(m_problemsOnly);
    tableBar->addStretch();
    tableBar->addWidget(m_resendButton);
    leftLayout->addLayout(tableBar);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_editProblem);
    // The preview's notes and the totals are word-wrapped: in a narrow
    // window, or a wordier language, they need more lines than their size
    // hints say. A layout passes a label's height for its width up only to
    // a scroll area (not through a splitter), so the pane scrolls on its
    // own when they do not fit, rather than laying them over each other.
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_preview);
    rightLayout->addWidget(m_totals);
    rightLayout->addStretch();
    auto *rightScroll = new QScrollArea(this);
    rightScroll->setObjectName(QStringLiteral("previewScroll"));
    rightScroll->setWidgetResizable(true);
    rightScroll->setFrameShape(QFrame::NoFrame);
    // A long refusal code does not wrap: it scrolls rather than being cut.
    rightScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    rightScroll->setWidget(right);
    auto *rightPane = new QWidget(this);
    auto *rightPaneLayout = new QVBoxLayout(rightPane);
    rightPaneLayout->setContentsMargins(0, 0, 0, 0);
    rightPaneLayout->addWidget(rightScroll, 1);
    rightPaneLayout->addWidget(m_sendButton);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(rightPane);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    // The table and the phone stay usable in a small window: the composer
    // scrolls (it is in a scroll area) rather than squeezing them.
    splitter->setMinimumHeight(fontMetrics().height() * 24);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addLayout(sourceRow);
    layout->addWidget(m_pasteEdit);
    layout->addWidget(m_sampleView);
    layout->addLayout(mappingGrid);
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
    connect(m_problemsOnly, &QCheckBox::toggled, this, [this](bool problemsOnly) {
        m_recipients->setProblemsOnly(problemsOnly);
        updateButtons();
    });
    connect(m_choices, &SendingChoices::changed, this, [this] {
        updateTemplateType();
        // Another template: its {1}..{n} get the columns after the phone
        // number's again; a new signature keeps the operator's choices.
        if (const auto t = chosenTemplate(); (t ? t->id() : 0) != m_parameterTemplate) {
            m_chosenParameters.clear();
            fillParameterBoxes({});
        }
        updateButtons();
    });
    connect(m_typeBox, &QComboBox::activated, this, [this] {
        // Remembered for this template's next campaign.
        if (const auto t = chosenTemplate(); t && !listedTemplateType())
            m_store.rememberTemplateType(QString::number(t->id()),
                                         domain::SmsType(m_typeBox->currentData().toInt()));
    });
    connect(m_phoneColumnBox, &QComboBox::activated, this, [this] {
        m_chosenPhoneColumn = m_phoneColumnBox->currentData().toInt();
        fillParameterBoxes({});
    });
    // How the file is read: the first rows are read again.
    for (QComboBox *box : {m_headerBox, m_encodingBox})
        connect(box, &QComboBox::activated, this, &CampaignComposer::showSample);
    connect(m_regionBox, &QComboBox::currentTextChanged, this, &CampaignComposer::showSample);
    connect(m_resendButton, &QPushButton::clicked, this, &CampaignComposer::resendShown);
    connect(&m_store, &campaign::CampaignStore::recheckFinished, this,
            &CampaignComposer::onRechecked);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CampaignComposer::updatePreview);
    // The first rows of a campaign came: the first is previewed.
    connect(m_recipients, &RecipientModel::loaded, this, [this] {
        if (!m_table->currentIndex().isValid() && m_recipients->rowCount() > 0)
            m_table->selectRow(0);
    });
    connect(&m_store, &campaign::CampaignStore::importProgress, this,
            [this](qint64, qint64 position, qint64 total) {
                m_importProgress->setValue(total > 0 ? int(position * 1000 / total) : 0);
            });
    connect(&m_store, &campaign::CampaignStore::importFinished, this,
            &CampaignComposer::onImported);
    connect(&m_store, &campaign::CampaignStore::balanceChanged, this,
            &CampaignComposer::updateTotals);
    connect(&m_store, &campaign::CampaignStore::busyChanged, this, [this] {
        updateButtons();
        // A run's rows are not edited while they go.
        if (m_campaignId != 0 && m_recipients->isEditable() == m_store.isBusy())
            updateEditing();
    });

    retranslate();
    m_choices->fillTemplates();
    reset();
}

CampaignComposer::~CampaignComposer() = default;

void CampaignComposer::reset()
{
    m_chosenPhoneColumn = -1;
    m_chosenParameters.clear();
    m_sourceHeader.clear();
    m_headerBox->setCurrentIndex(0);
    m_encodingBox->setCurrentIndex(0);
    m_editProblem->clear();
    m_sourcePath.clear();
    m_sourceText.clear();
    m_sourceName.clear();
    m_campaignId = 0;
    m_sample->clear();
    m_phoneColumnBox->clear();
    m_columnNames.clear();
    fillParameterBoxes({});
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

QComboBox *CampaignComposer::templateBox() const
{
    return m_choices->templateBox();
}

QComboBox *CampaignComposer::signatureBox() const
{
    return m_choices->signatureBox();
}

bool CampaignComposer::setSourceFile(const QString &path)
{
    m_chosenPhoneColumn = -1;
    m_chosenParameters.clear();
    m_sourcePath = path;
    m_sourceText.clear();
    m_sourceName = QFileInfo(path).fileName();
    showSample();
    return m_readingSample || m_phoneColumnBox->count() > 0;
}

bool CampaignComposer::setSourceText(const QString &text)
{
    m_chosenPhoneColumn = -1;
    m_chosenParameters.clear();
    m_sourcePath.clear();
    m_sourceText = text;
    m_sourceName = tr("Pasted list");
    showSample();
    return m_phoneColumnBox->count() > 0;
}

// The column-mapping step: the first rows as read, with how they were read
// (header row, encoding) and the columns found (the phone number's, then
// {1}..{n}), each of which the operator may change; a change of how the
// file is read reads the first rows again.
CampaignComposer::SampleRead CampaignComposer::readSample(const campaign::ImportOptions &options,
                                                          const QString &path, const QString &text)
{
    SampleRead read;
    campaign::RecipientReader reader(options);
    read.ok = path.isEmpty() ? reader.openText(text) : reader.openFile(path);
    read.error = reader.errorString();
    read.columns = std::max(reader.columnCount(), 1);
    read.header = reader.header();
    read.mapping = reader.mapping();
    read.rows = reader.sample();
    read.encoding = reader.encoding();
    return read;
}

void CampaignComposer::showSample()
{
    m_sample->clear();
    m_phoneColumnBox->clear();
    m_columnNames.clear();
    m_sourceHeader.clear();
    campaign::ImportOptions options = importOptions();
    options.phoneColumn = -1; // found again, unless the operator chose it
    options.parameterColumns.clear();
    if (m_sourcePath.isEmpty() && m_sourceText.isEmpty()) {
        fillParameterBoxes({});
        updateButtons();
        return;
    }
    // A small file (or pasted text) is read at once; a larger one on a
    // worker, the window answering meanwhile.
    constexpr qint64 readAtOnceBytes = 256 * 1024;
    m_sampleWatcher->disconnect(this);
    if (m_sourcePath.isEmpty() || QFileInfo(m_sourcePath).size() < readAtOnceBytes) {
        m_readingSample = false;
        applySample(readSample(options, m_sourcePath, m_sourceText));
        return;
    }
    m_readingSample = true;
    m_sourceLabel->setText(tr("Reading %1…").arg(m_sourceName));
    fillParameterBoxes({});
    updateButtons();
    auto promise = std::make_shared<QPromise<SampleRead>>();
    m_sampleWatcher->setFuture(promise->future());
    connect(m_sampleWatcher, &QFutureWatcher<SampleRead>::finished, this, [this] {
        m_readingSample = false;
        applySample(m_sampleWatcher->result());
    });
    promise->start();
    QThreadPool::globalInstance()->start([promise, options, path = m_sourcePath] {
        promise->addResult(readSample(options, path, {}));
        promise->finish();
    });
}

// The column-mapping step: the first rows as read, with how they were read
// (header row, encoding) and the columns found (the phone number's, then
// {1}..{n}), each of which the operator may change; a change of how the
// file is read reads the first rows again.
void CampaignComposer::applySample(const SampleRead &read)
{
    if (!read.ok) {
        m_sourceLabel->setText(tr("%1 cannot be read: %2").arg(m_sourceName, read.error));
        fillParameterBoxes({});
        updateButtons();
        Q_EMIT sampleShown();
        return;
    }
    campaign::ColumnMapping mapping = read.mapping;
    m_sourceHeader = read.header;
    for (int c = 0; c < read.columns; ++c) {
        const QString name = read.header.value(c);
        m_columnNames.append(name.isEmpty() ? tr("Column %1").arg(c + 1) : name);
        m_phoneColumnBox->addItem(m_columnNames.constLast(), c);
    }
    m_sample->setHorizontalHeaderLabels(m_columnNames);
    for (qsizetype r = 0; r < std::min<qsizetype>(read.rows.size(), 5); ++r) {
        QList<QStandardItem *> items;
        for (int c = 0; c < read.columns; ++c)
            items.append(new QStandardItem(read.rows.at(r).cells.value(c)));
        m_sample->appendRow(items);
    }
    if (m_chosenPhoneColumn >= 0 && m_chosenPhoneColumn < read.columns
        && m_chosenPhoneColumn != mapping.phoneColumn) {
        mapping.phoneColumn = m_chosenPhoneColumn;
        mapping.parameterColumns = campaign::ColumnMapping::defaultParameterColumns(
            m_chosenPhoneColumn, read.header, read.rows);
    }
    m_phoneColumnBox->setCurrentIndex(std::max(m_phoneColumnBox->findData(mapping.phoneColumn), 0));
    // What was found, in the "found" item of each choice.
    m_headerBox->setItemText(
        0, !read.header.isEmpty() ? tr("Found: a header") : tr("Found: a recipient"));
    m_encodingBox->setItemText(0,
                               read.encoding == campaign::ImportOptions::Encoding::Gb18030
                                   ? tr("Found: GB18030")
                                   : tr("Found: UTF-8"));
    fillParameterBoxes(mapping.parameterColumns);
    m_sourceLabel->setText(m_sourceName);
    updateButtons();
    Q_EMIT sampleShown();
}

// A column for each {1}..{n} of the chosen template: the columns given
// (what the reader found), else the columns after the phone number's, in
// order.
void CampaignComposer::fillParameterBoxes(const QList<int> &defaults)
{
    const std::optional<review::TemplateRecord> t = chosenTemplate();
    const int count = t ? domain::SmsLength::variableCount(t->content()) : 0;
    m_parameterTemplate = t ? t->id() : 0;
    qDeleteAll(m_parameterLabels);
    qDeleteAll(m_parameterBoxes);
    m_parameterLabels.clear();
    m_parameterBoxes.clear();
    const int phone = m_phoneColumnBox->currentData().toInt();
    QList<int> columns = defaults;
    if (columns.isEmpty()) {
        for (int c = 0; c < m_columnNames.size(); ++c) {
            if (c != phone)
                columns.append(c);
        }
    }
    int previous = phone;
    for (int i = 0; i < count && !m_columnNames.isEmpty(); ++i) {
        auto *label = new QLabel(QStringLiteral("{%1}").arg(i + 1), this);
        auto *box = new QComboBox(this);
        box->setObjectName(QStringLiteral("parameterBox%1").arg(i + 1));
        for (int c = 0; c < m_columnNames.size(); ++c)
            box->addItem(m_columnNames.at(c), c);
        // More variables than columns: the next columns, which short rows
        // leave empty (pre-flight reports the missing parameters).
        int column = i < columns.size() ? columns.at(i) : previous + 1;
        if (i >= columns.size() && column == phone)
            ++column;
        // What the operator chose for {n} stays while its column is there.
        if (const int chosen = chosenColumn(i); chosen >= 0)
            column = chosen;
        previous = column;
        if (box->findData(column) < 0)
            box->addItem(tr("Column %1").arg(column + 1), column);
        box->setCurrentIndex(box->findData(column));
        connect(box, &QComboBox::activated, this, [this, i, box] {
            const int c = box->currentData().toInt();
            m_chosenParameters.insert(i, {c, m_sourceHeader.value(c)});
        });
        m_parameterRow->addWidget(label);
        m_parameterRow->addWidget(box);
        m_parameterLabels.append(label);
        m_parameterBoxes.append(box);
    }
    m_parametersLabel->setVisible(!m_parameterBoxes.isEmpty());
}

// The column the operator chose for parameter index, in the rows as read
// now: found by its header's name when both readings have a header (and
// the name is still there), else by its position; -1 when it was not
// chosen or the rows no longer have it.
int CampaignComposer::chosenColumn(int index) const
{
    const auto chosen = m_chosenParameters.constFind(index);
    if (chosen == m_chosenParameters.cend())
        return -1;
    if (!chosen->name.isEmpty() && !m_sourceHeader.isEmpty()) {
        if (const qsizetype byName = m_sourceHeader.indexOf(chosen->name); byName >= 0)
            return int(byName);
    }
    return chosen->column < m_columnNames.size() ? chosen->column : -1;
}

std::optional<domain::SmsType> CampaignComposer::listedTemplateType() const
{
    const std::optional<review::TemplateRecord> t = chosenTemplate();
    if (!t || !t->smsType())
        return std::nullopt;
    const domain::SmsType type = domain::smsTypeFromCode(*t->smsType());
    return type == domain::SmsType::Unknown ? std::nullopt : std::optional(type);
}

// A template applied for elsewhere: its type is not in the service's list,
// and it decides the verification-code rule and the marketing hours, so the
// operator states it (remembered per template).
void CampaignComposer::updateTemplateType()
{
    const std::optional<review::TemplateRecord> t = chosenTemplate();
    const bool ask = t && !listedTemplateType();
    m_form->setRowVisible(m_typeBox, ask);
    if (!ask)
        return;
    const domain::SmsType remembered
        = m_store.templateType(QString::number(t->id())).value_or(domain::SmsType::Notification);
    m_typeBox->setCurrentIndex(std::max(m_typeBox->findData(int(remembered)), 0));
}

campaign::ImportOptions CampaignComposer::importOptions() const
{
    campaign::ImportOptions options;
    options.header = campaign::ImportOptions::Header(m_headerBox->currentData().toInt());
    options.encoding = campaign::ImportOptions::Encoding(m_encodingBox->currentData().toInt());
    if (m_phoneColumnBox->count() > 0)
        options.phoneColumn = m_phoneColumnBox->currentData().toInt();
    for (const QComboBox *box : m_parameterBoxes)
        options.parameterColumns.append(box->currentData().toInt());
    return options;
}

campaign::Preflight::Options CampaignComposer::preflightOptions() const
{
    campaign::Preflight::Options options = m_choices->preflightOptions();
    // The type the operator stated when the service's list does not say it.
    if (chosenTemplate())
        options.smsType
            = listedTemplateType().value_or(domain::SmsType(m_typeBox->currentData().toInt()));
    const QString region = m_regionBox->currentText().trimmed().toUpper();
    if (!region.isEmpty())
        options.defaultRegion = region;
    options.plannedTime
        = m_startLater->isChecked() ? m_startAt->dateTime().toUTC() : m_store.serviceNow();
    return options;
}

void CampaignComposer::check()
{
    if ((m_sourcePath.isEmpty() && m_sourceText.isEmpty()) || !m_checkButton->isEnabled())
        return;
    const qint64 templateId = templateBox()->currentData().toLongLong();
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
    updateEditing();
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
    updateEditing();
    updateTotals();
    updateButtons();
}

// The rows of a campaign not being sent can be corrected in the table:
// the number and each parameter, checked as pre-flight would.
void CampaignComposer::updateEditing()
{
    const std::optional<review::TemplateRecord> t = chosenTemplate();
    const bool editable
        = m_campaignId != 0 && m_store.runningCampaign() != m_campaignId && !m_store.isImporting();
    if (editable) {
        m_recipients->setEditable(preflightOptions(),
                                  t ? domain::SmsLength::variableCount(t->content()) : 0);
    } else {
        m_recipients->setReadOnly();
    }
    m_table->setColumnHidden(RecipientModel::Parameters, editable);
    m_editProblem->clear();
}

void CampaignComposer::resendShown()
{
    if (m_campaignId == 0 || m_store.isBusy())
        return;
    m_rechecking = true;
    m_editProblem->setText(tr("Checking the rows again…"));
    updateButtons();
    m_store.recheckRefused(m_campaignId, m_recipients->numbers(), preflightOptions());
}

void CampaignComposer::onRechecked(qint64 campaignId, const QList<qint64> &passing, qint64 segments)
{
    if (campaignId != m_campaignId || !m_rechecking)
        return;
    m_rechecking = false;
    m_editProblem->clear();
    updateButtons();
    const auto record = m_store.campaign(campaignId);
    // A campaign never sent gets the rows back among those to send; one
    // that was sent sends them at once.
    const bool neverSent = record && record->state == store::CampaignState::Ready;
    delete m_confirmation;
    if (passing.isEmpty()) {
        m_confirmation = new QMessageBox(
            QMessageBox::Information, tr("Send These Again"),
            tr("None of these rows passes the checks yet: correct them in the table first."),
            QMessageBox::Ok, this);
    } else {
        QString text = neverSent
            ? tr("Put %Ln row(s) back among those to send?", "", int(passing.size()))
            : tr("Send %Ln row(s) again?", "", int(passing.size()));
        text += u'\n' + tr("The service will bill %L1 segment(s).").arg(segments);
        m_confirmation = new QMessageBox(QMessageBox::Question, tr("Send These Again"), text,
                                         QMessageBox::Yes | QMessageBox::Cancel, this);
        m_confirmation->button(QMessageBox::Yes)
            ->setText(neverSent ? tr("Put Back") : tr("Send Again"));
        m_confirmation->setDefaultButton(QMessageBox::Cancel);
        connect(m_confirmation, &QMessageBox::finished, this,
                [this, campaignId, passing, neverSent](int result) {
                    if (result != QMessageBox::Yes || campaignId != m_campaignId)
                        return;
                    m_store.requeueRecipients(campaignId, passing);
                    m_recipients->reload();
                    updateTotals();
                    updateButtons();
                    if (!neverSent)
                        Q_EMIT sendRequested(campaignId);
                });
    }
    m_confirmation->setObjectName(QStringLiteral("resendConfirmation"));
    m_confirmation->setAttribute(Qt::WA_DeleteOnClose);
    m_confirmation->open();
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
    const QComboBox *templates = templateBox();
    const QComboBox *signatures = signatureBox();
    const bool chosen = templates->currentIndex() >= 0 && signatures->currentIndex() >= 0;
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
    // Refused rows shown (problems only, or a refusal group's) can be sent
    // again once they pass.
    const bool showsRefused = m_problemsOnly->isChecked() || !m_recipients->numbers().isEmpty();
    m_resendButton->setVisible(m_campaignId != 0 && showsRefused && counts.refused > 0);
    m_resendButton->setEnabled(!busy && !m_rechecking);
    QStringList whyNot;
    if (templates->count() > 0 && templates->currentIndex() < 0)
        whyNot << tr("No approved template: apply for one on the Templates page.");
    if (signatures->count() > 0 && signatures->currentIndex() < 0)
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
    m_headerLabel->setText(tr("First row:"));
    m_headerBox->setItemText(0, tr("Found"));
    m_headerBox->setItemText(1, tr("A header"));
    m_headerBox->setItemText(2, tr("A recipient"));
    m_encodingLabel->setText(tr("Encoding:"));
    m_encodingBox->setItemText(0, tr("Found"));
    m_encodingBox->setItemText(1, tr("UTF-8"));
    m_encodingBox->setItemText(2, tr("GB18030 (GBK)"));
    m_regionLabel->setText(tr("Numbers without a country code are in:"));
    m_regionBox->setToolTip(tr("A two-letter region code, such as CN or HK"));
    m_parametersLabel->setText(tr("Template parameters:"));
    m_typeLabel->setText(tr("Template type"));
    m_typeBox->setItemText(0, tr("Notification"));
    m_typeBox->setItemText(1, tr("Marketing"));
    m_typeBox->setItemText(2, tr("Verification code"));
    m_typeBox->setToolTip(tr("The service's list does not say what this template is for: it "
                             "decides the verification-code rule and the hours marketing may be "
                             "sent in."));
    m_resendButton->setText(tr("Send These Again…"));
    m_startLater->setText(tr("Start at"));
    m_checkButton->setText(tr("Import and Check"));
    m_cancelImportButton->setText(tr("Cancel"));
    m_problemsOnly->setText(tr("Problems only"));
    m_sendButton->setText(tr("Send…"));
}

} // namespace sms::ui
