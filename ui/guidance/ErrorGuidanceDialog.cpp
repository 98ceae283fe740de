// SPDX-License-Identifier: GPL-3.0-or-later
#include "guidance/ErrorGuidanceDialog.h"

#include "errors/ErrorCatalog.h"
#include "errors/ErrorReport.h"
#include "widgets/StatusFrame.h"
#include "widgets/StatusPalette.h"
#include "widgets/WindowGeometry.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QTextLayout>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

namespace sms::ui {

using errors::ErrorCatalog;
using errors::GuidanceAction;
using errors::RetryAdvice;

namespace {
constexpr int maxSteps = 4;
constexpr int sampleNumberCount = 5;

QLabel *makeLabel(QWidget *parent, const QString &objectName, bool wrap = true)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    // Nothing in this dialog is rich text: catalog texts and server texts alike.
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(wrap);
    return label;
}

QLabel *makeHeading(QWidget *parent, const QString &objectName)
{
    QLabel *label = makeLabel(parent, objectName, false);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QPushButton *makeButton(QWidget *parent, const QString &objectName)
{
    auto *button = new QPushButton(parent);
    button->setObjectName(objectName);
    button->setAutoDefault(false);
    return button;
}

// What a screen reader says for a button: its text without the mnemonic
// marker ("&&" stays a literal ampersand).
QString spoken(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('&'))
                result += text.at(++i);
            continue;
        }
        result += text.at(i);
    }
    return result;
}

// The ascent of a text's first line in this font, including fallback fonts
// (Chinese glyphs come from a taller font than Latin digits).
int firstLineAscent(const QString &text, const QFont &font)
{
    QTextLayout layout(text, font);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    qreal ascent = 0;
    if (line.isValid()) {
        line.setLineWidth(1e6);
        ascent = line.ascent();
    }
    layout.endLayout();
    return qRound(ascent);
}

StatusFrame *makeNoteFrame(QWidget *parent, const QString &objectName, StatusFrame::Tone tone)
{
    auto *frame = new StatusFrame(parent);
    frame->setObjectName(objectName);
    frame->setTone(tone);
    return frame;
}
} // namespace

ErrorGuidanceDialog::ErrorGuidanceDialog(const api::ApiError &error, QWidget *parent)
    : ErrorGuidanceDialog(QList<api::ApiError>{error}, parent)
{
}

ErrorGuidanceDialog::ErrorGuidanceDialog(const domain::NumberFailures &failures,
                                         const QString &requestId, QWidget *parent)
    : ErrorGuidanceDialog(
        [&] {
            api::ApiError error = api::ApiError::client(api::ApiError::Kind::PartialFailure,
                                                        api::ClientCode::PartialFailure, QString());
            error.setNumberFailures(failures);
            error.setRequestId(requestId);
            return QList<api::ApiError>{error};
        }(),
        parent)
{
}

ErrorGuidanceDialog::ErrorGuidanceDialog(const QList<api::ApiError> &errors, QWidget *parent)
    : QDialog(parent)
    , m_errors(errors)
    , m_createdUtc(QDateTime::currentDateTimeUtc())
{
    if (m_errors.isEmpty())
        m_errors.append(api::ApiError());
    m_occurredUtc = m_createdUtc;
    m_sinceCreated.start();
    m_grouped = m_errors.size() > 1 || !m_errors.first().numberFailures().isEmpty();
    if (m_grouped) {
        m_groups = errors::ErrorGroups::groupByCode(m_errors);
        m_currentGroup = m_groups.isEmpty() ? -1 : 0;
    }

    buildUi();
    applyPaletteColours();
    retranslate();
    if (m_grouped && m_currentGroup >= 0)
        m_groupTree->setCurrentItem(m_groupTree->topLevelItem(m_currentGroup));
}

void ErrorGuidanceDialog::buildUi()
{
    setObjectName(QStringLiteral("ErrorGuidanceDialog"));
    setSizeGripEnabled(true);
    auto *root = new QVBoxLayout(this);
    root->setSpacing(10);

    // Header: icon, title, code and category.
    auto *header = new QHBoxLayout;
    header->setSpacing(12);
    m_iconLabel = new QLabel(this);
    m_iconLabel->setObjectName(QStringLiteral("iconLabel"));
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_iconLabel->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this)
                               .pixmap(iconSize, iconSize));
    m_iconLabel->setAlignment(Qt::AlignTop);
    header->addWidget(m_iconLabel, 0, Qt::AlignTop);

    auto *titleColumn = new QVBoxLayout;
    titleColumn->setSpacing(2);
    m_titleLabel = makeLabel(this, QStringLiteral("titleLabel"));
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    m_titleLabel->setFont(titleFont);
    m_titleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    titleColumn->addWidget(m_titleLabel);

    auto *codeRow = new QHBoxLayout;
    codeRow->setSpacing(8);
    m_codeLabel = makeLabel(this, QStringLiteral("codeLabel"), false);
    m_codeLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_codeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_categoryLabel = makeLabel(this, QStringLiteral("categoryLabel"), false);
    codeRow->addWidget(m_codeLabel);
    codeRow->addWidget(m_categoryLabel);
    codeRow->addStretch(1);
    titleColumn->addLayout(codeRow);
    header->addLayout(titleColumn, 1);
    root->addLayout(header);

    m_fallbackLabel = makeLabel(this, QStringLiteral("fallbackLabel"));
    QFont noteFont = m_fallbackLabel->font();
    noteFont.setItalic(true);
    m_fallbackLabel->setFont(noteFont);
    root->addWidget(m_fallbackLabel);

    // A request that may have been carried out: said before anything else.
    m_outcomeFrame
        = makeNoteFrame(this, QStringLiteral("outcomeFrame"), StatusFrame::Tone::Warning);
    auto *outcomeLayout = new QHBoxLayout(m_outcomeFrame);
    auto *outcomeIcon = new QLabel(m_outcomeFrame);
    outcomeIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this)
                               .pixmap(24, 24));
    outcomeLayout->addWidget(outcomeIcon, 0, Qt::AlignTop);
    m_outcomeLabel = makeLabel(m_outcomeFrame, QStringLiteral("outcomeLabel"));
    outcomeLayout->addWidget(m_outcomeLabel, 1);
    root->addWidget(m_outcomeFrame);

    // Grouped mode: one row per code.
    m_groupSummaryLabel = makeLabel(this, QStringLiteral("groupSummaryLabel"));
    root->addWidget(m_groupSummaryLabel);
    m_groupTree = new QTreeWidget(this);
    m_groupTree->setObjectName(QStringLiteral("groupTree"));
    m_groupTree->setColumnCount(3);
    m_groupTree->setRootIsDecorated(false);
    m_groupTree->setUniformRowHeights(true);
    m_groupTree->setAlternatingRowColors(true);
    m_groupTree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_groupTree->header()->setStretchLastSection(false);
    m_groupTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_groupTree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_groupTree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    connect(m_groupTree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) {
                if (!current)
                    return;
                const int row = m_groupTree->indexOfTopLevelItem(current);
                if (row != m_currentGroup) {
                    m_currentGroup = row;
                    refreshGuidance();
                }
            });
    root->addWidget(m_groupTree);
    m_groupSummaryLabel->setVisible(m_grouped);
    m_groupTree->setVisible(m_grouped);

    // The guidance itself scrolls, so a long message never pushes the buttons
    // off the screen.
    m_scrollArea = new QScrollArea(this);
    m_scrollArea->setObjectName(QStringLiteral("guidanceArea"));
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setFrameShape(QFrame::NoFrame);
    m_scrollArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *body = new QWidget(m_scrollArea);
    body->setObjectName(QStringLiteral("guidanceBody"));
    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 4, 0);
    bodyLayout->setSpacing(6);

    m_meaningHeading = makeHeading(body, QStringLiteral("meaningHeading"));
    m_meaningLabel = makeLabel(body, QStringLiteral("meaningLabel"));
    m_meaningLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bodyLayout->addWidget(m_meaningHeading);
    bodyLayout->addWidget(m_meaningLabel);
    bodyLayout->addSpacing(6);

    m_stepsHeading = makeHeading(body, QStringLiteral("stepsHeading"));
    bodyLayout->addWidget(m_stepsHeading);
    auto *steps = new QGridLayout;
    steps->setHorizontalSpacing(6);
    steps->setVerticalSpacing(4);
    steps->setColumnStretch(1, 1);
    for (int i = 0; i < maxSteps; ++i) {
        QLabel *number = makeLabel(body, QStringLiteral("stepNumber%1").arg(i + 1), false);
        number->setText(QStringLiteral("%1.").arg(i + 1));
        number->setAlignment(Qt::AlignRight | Qt::AlignTop);
        QLabel *step = makeLabel(body, QStringLiteral("step%1").arg(i + 1));
        step->setTextInteractionFlags(Qt::TextSelectableByMouse);
        steps->addWidget(number, i, 0, Qt::AlignTop);
        steps->addWidget(step, i, 1);
        m_stepNumberLabels.append(number);
        m_stepLabels.append(step);
    }
    bodyLayout->addLayout(steps);

    m_clockFrame
        = makeNoteFrame(body, QStringLiteral("clockFrame"), StatusFrame::Tone::Information);
    auto *clockLayout = new QHBoxLayout(m_clockFrame);
    m_clockLabel = makeLabel(m_clockFrame, QStringLiteral("clockLabel"));
    m_correctClockButton = makeButton(m_clockFrame, QStringLiteral("correctClockButton"));
    connect(m_correctClockButton, &QPushButton::clicked, this, &ErrorGuidanceDialog::correctClock);
    clockLayout->addWidget(m_clockLabel, 1);
    clockLayout->addWidget(m_correctClockButton, 0, Qt::AlignVCenter);
    bodyLayout->addSpacing(4);
    bodyLayout->addWidget(m_clockFrame);
    bodyLayout->addSpacing(6);

    m_retryHeading = makeHeading(body, QStringLiteral("retryHeading"));
    m_retryLabel = makeLabel(body, QStringLiteral("retryLabel"));
    m_countdownLabel = makeLabel(body, QStringLiteral("countdownLabel"));
    QFont countdownFont = m_countdownLabel->font();
    countdownFont.setBold(true);
    m_countdownLabel->setFont(countdownFont);
    bodyLayout->addWidget(m_retryHeading);
    bodyLayout->addWidget(m_retryLabel);
    bodyLayout->addWidget(m_countdownLabel);

    m_numbersHeading = makeHeading(body, QStringLiteral("numbersHeading"));
    m_numbersLabel = makeLabel(body, QStringLiteral("numbersLabel"));
    m_numbersLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bodyLayout->addSpacing(6);
    bodyLayout->addWidget(m_numbersHeading);
    bodyLayout->addWidget(m_numbersLabel);

    // What the service said, exactly as it said it.
    m_serverBox = new QGroupBox(body);
    m_serverBox->setObjectName(QStringLiteral("serverBox"));
    auto *serverLayout = new QGridLayout(m_serverBox);
    serverLayout->setColumnStretch(1, 1);
    m_messageCaption = makeLabel(m_serverBox, QStringLiteral("messageCaption"), false);
    m_messageView = new QPlainTextEdit(m_serverBox);
    m_messageView->setObjectName(QStringLiteral("messageView"));
    m_messageView->setReadOnly(true);
    m_messageView->setTabChangesFocus(true);
    m_messageView->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_messageView->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_messageView->installEventFilter(this);
    m_messageCaption->setBuddy(m_messageView);
    m_requestIdCaption = makeLabel(m_serverBox, QStringLiteral("requestIdCaption"), false);
    m_requestIdEdit = new QLineEdit(m_serverBox);
    m_requestIdEdit->setObjectName(QStringLiteral("requestIdEdit"));
    m_requestIdEdit->setReadOnly(true);
    m_requestIdEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_requestIdCaption->setBuddy(m_requestIdEdit);
    m_copyRequestIdButton = makeButton(m_serverBox, QStringLiteral("copyRequestIdButton"));
    connect(m_copyRequestIdButton, &QPushButton::clicked, this,
            &ErrorGuidanceDialog::copyRequestId);
    m_actionCaption = makeLabel(m_serverBox, QStringLiteral("actionCaption"), false);
    m_actionLabel = makeLabel(m_serverBox, QStringLiteral("actionLabel"), false);
    m_actionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    serverLayout->addWidget(m_messageCaption, 0, 0, Qt::AlignTop);
    serverLayout->addWidget(m_messageView, 0, 1, 1, 2);
    serverLayout->addWidget(m_requestIdCaption, 1, 0);
    serverLayout->addWidget(m_requestIdEdit, 1, 1);
    serverLayout->addWidget(m_copyRequestIdButton, 1, 2);
    serverLayout->addWidget(m_actionCaption, 2, 0);
    serverLayout->addWidget(m_actionLabel, 2, 1, 1, 2);
    bodyLayout->addSpacing(6);
    bodyLayout->addWidget(m_serverBox);
    bodyLayout->addStretch(1);
    m_scrollArea->setWidget(body);
    root->addWidget(m_scrollArea, 1);

    // Buttons: fixes on the left, reporting and closing on the right.
    auto *buttons = new QHBoxLayout;
    m_openSettingsButton = makeButton(this, QStringLiteral("openSettingsButton"));
    m_openSignatureButton = makeButton(this, QStringLiteral("openSignatureButton"));
    m_openTemplateButton = makeButton(this, QStringLiteral("openTemplateButton"));
    m_editRowsButton = makeButton(this, QStringLiteral("editRowsButton"));
    m_retryButton = makeButton(this, QStringLiteral("retryButton"));
    m_copyDetailsButton = makeButton(this, QStringLiteral("copyDetailsButton"));
    m_closeButton = makeButton(this, QStringLiteral("closeButton"));
    m_closeButton->setDefault(true);
    connect(m_openSettingsButton, &QPushButton::clicked, this,
            &ErrorGuidanceDialog::openSettingsRequested);
    connect(m_openSignatureButton, &QPushButton::clicked, this,
            &ErrorGuidanceDialog::openSignatureRequested);
    connect(m_openTemplateButton, &QPushButton::clicked, this,
            &ErrorGuidanceDialog::openTemplateRequested);
    connect(m_editRowsButton, &QPushButton::clicked, this, &ErrorGuidanceDialog::editRows);
    connect(m_retryButton, &QPushButton::clicked, this, [this] {
        emit retryRequested();
        accept();
    });
    connect(m_copyDetailsButton, &QPushButton::clicked, this, &ErrorGuidanceDialog::copyDetails);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);
    for (QPushButton *button : {m_retryButton, m_openSettingsButton, m_openSignatureButton,
                                m_openTemplateButton, m_editRowsButton})
        buttons->addWidget(button);
    buttons->addStretch(1);
    buttons->addWidget(m_copyDetailsButton);
    buttons->addWidget(m_closeButton);
    root->addLayout(buttons);

    m_countdownTimer = new QTimer(this);
    m_countdownTimer->setInterval(1000);
    connect(m_countdownTimer, &QTimer::timeout, this, &ErrorGuidanceDialog::updateCountdown);

    setMinimumSize(520, 420);
    // Roomy where the screen allows it; never larger than the screen.
    WindowGeometry::fit(this, m_grouped ? QSize(760, 720) : QSize(680, 600));
}

void ErrorGuidanceDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!m_fittedToContents) {
        m_fittedToContents = true;
        fitToContents();
    }
}

bool ErrorGuidanceDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_messageView && event->type() == QEvent::Resize)
        fitMessageHeight();
    return QDialog::eventFilter(watched, event);
}

void ErrorGuidanceDialog::fitToContents()
{
    // Tall enough for the whole guidance when the screen allows, so the
    // operator does not scroll for four steps; long texts still scroll.
    layout()->activate();
    QWidget *body = m_scrollArea->widget();
    const int viewportWidth = m_scrollArea->viewport()->width();
    const int needed = body->hasHeightForWidth() ? body->heightForWidth(viewportWidth)
                                                 : body->sizeHint().height();
    const int extra = needed - m_scrollArea->viewport()->height();
    const QSize available = WindowGeometry::bounded(this, QSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX));
    resize(std::min(width(), available.width()),
           std::clamp(height() + extra, minimumHeight(),
                      std::max(available.height(), minimumHeight())));
}

void ErrorGuidanceDialog::fitMessageHeight()
{
    // As many lines as the message needs, up to six; beyond that it scrolls.
    constexpr int maxLines = 6;
    const QString text = m_messageView->toPlainText();
    const qreal margin = m_messageView->document()->documentMargin();
    // The widget's own width: the viewport is laid out only after this
    // runs from the resize event filter.
    const qreal width = std::max<qreal>(40, m_messageView->contentsRect().width() - 2 * margin);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    qreal height = 0;
    int lines = 0;
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    for (const QString &paragraph : paragraphs) {
        QTextLayout layout(paragraph, m_messageView->font());
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid() && lines < maxLines;
             line = layout.createLine()) {
            line.setLineWidth(width);
            height += line.height();
            ++lines;
        }
        layout.endLayout();
        if (lines >= maxLines)
            break;
    }
    const int fitted = int(std::ceil(height + 2 * margin)) + 2 * m_messageView->frameWidth() + 2;
    if (m_messageView->height() != fitted)
        m_messageView->setFixedHeight(fitted);
}

void ErrorGuidanceDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        applyPaletteColours();
    QDialog::changeEvent(event);
}

void ErrorGuidanceDialog::retranslate()
{
    m_meaningHeading->setText(tr("What it means"));
    m_stepsHeading->setText(tr("What to do now"));
    m_retryHeading->setText(tr("When to retry"));
    m_numbersHeading->setText(tr("Numbers in this group"));
    m_messageCaption->setText(tr("Message:"));
    m_requestIdCaption->setText(tr("RequestId:"));
    m_actionCaption->setText(tr("Action:"));
    m_copyRequestIdButton->setText(tr("Co&py"));
    m_copyRequestIdButton->setToolTip(tr("Copy the RequestId to the clipboard"));
    m_correctClockButton->setText(m_clockCorrected ? tr("Clock corrected")
                                                   : tr("Correct the &Clock"));
    m_openSettingsButton->setText(tr("Open Pro&files"));
    m_openSignatureButton->setText(tr("Open Si&gnatures"));
    m_openTemplateButton->setText(tr("Open &Templates"));
    m_copyDetailsButton->setText(tr("Copy &Details"));
    m_copyDetailsButton->setToolTip(
        tr("Copy code, message, RequestId, action, time and app version for a support ticket"));
    m_closeButton->setText(tr("C&lose"));

    m_groupTree->setHeaderLabels({tr("Reason"), tr("Code"), tr("Count")});
    m_groupTree->setAccessibleName(tr("Failures grouped by code"));
    m_messageView->setAccessibleName(tr("Message from the service"));
    m_requestIdEdit->setAccessibleName(tr("RequestId"));
    m_scrollArea->setAccessibleName(tr("Guidance"));
    for (QPushButton *button :
         {m_copyRequestIdButton, m_correctClockButton, m_openSettingsButton, m_openSignatureButton,
          m_openTemplateButton, m_copyDetailsButton, m_closeButton})
        button->setAccessibleName(spoken(button->text()));
    m_copyRequestIdButton->setAccessibleName(tr("Copy RequestId"));

    if (m_grouped) {
        const int total = errors::ErrorGroups::totalCount(m_groups);
        int numbers = 0;
        int accepted = 0;
        for (const auto &error : std::as_const(m_errors)) {
            numbers += int(error.numberFailures().size());
            accepted += error.acceptedCount();
        }
        // No "%n" plurals: English is the source language and has no
        // translation file to pick "number" or "numbers".
        const QLocale locale;
        QString summary = numbers > 0
            ? tr("Refused numbers: %1 · Reasons: %2")
                  .arg(locale.toString(numbers), locale.toString(m_groups.size()))
            : tr("Failed requests: %1 · Reasons: %2")
                  .arg(locale.toString(total), locale.toString(m_groups.size()));
        if (accepted > 0)
            summary += QStringLiteral(" · ") + tr("Accepted: %1").arg(locale.toString(accepted));
        summary += QLatin1Char('\n') + tr("Select a reason to see what to do.");
        m_groupSummaryLabel->setText(summary);
        fillGroupTable();
    }
    refreshGuidance();
}

void ErrorGuidanceDialog::fillGroupTable()
{
    const QSignalBlocker blocker(m_groupTree);
    const QLocale locale;
    const bool rebuild = m_groupTree->topLevelItemCount() != m_groups.size();
    if (rebuild)
        m_groupTree->clear();
    for (qsizetype row = 0; row < m_groups.size(); ++row) {
        const errors::ErrorGroup &group = m_groups.at(row);
        QTreeWidgetItem *item = rebuild ? new QTreeWidgetItem(m_groupTree)
                                        : m_groupTree->topLevelItem(int(row));
        item->setText(0, ErrorCatalog::guidanceFor(group.code).title);
        item->setText(1, group.code);
        item->setText(2, locale.toString(group.count));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(0, Qt::AccessibleTextRole,
                      tr("%1, code %2, %3 failures")
                          .arg(item->text(0), group.code, locale.toString(group.count)));
    }
    if (m_currentGroup >= 0 && m_currentGroup < m_groupTree->topLevelItemCount())
        m_groupTree->setCurrentItem(m_groupTree->topLevelItem(m_currentGroup));

    // Every group visible up to eight; more scroll.
    const int rows = std::clamp(int(m_groups.size()), 2, 8);
    const int rowHeight = m_groupTree->topLevelItemCount() > 0
        ? m_groupTree->visualItemRect(m_groupTree->topLevelItem(0)).height()
        : 0;
    const int perRow = std::max(rowHeight, m_groupTree->fontMetrics().height() + 4);
    m_groupTree->setFixedHeight(m_groupTree->header()->sizeHint().height() + rows * perRow
                                + 2 * m_groupTree->frameWidth() + 2);
}

void ErrorGuidanceDialog::setOfferedActions(errors::GuidanceActions actions)
{
    m_offeredActions = actions;
    refreshGuidance();
}

errors::GuidanceActions ErrorGuidanceDialog::defaultOfferedActions()
{
    errors::GuidanceActions actions = GuidanceAction::OpenSettings | GuidanceAction::OpenSignature
        | GuidanceAction::OpenTemplate | GuidanceAction::CorrectClock
        | GuidanceAction::EditCampaignRows | GuidanceAction::CopyRequestId
        | GuidanceAction::CopyDetails;
    return actions;
}

void ErrorGuidanceDialog::applyPaletteColours()
{
    // The category is quieter than the title but must stay readable: a
    // placeholder colour can vanish on a dark window.
    QPalette category = m_categoryLabel->palette();
    category.setColor(QPalette::WindowText, StatusPalette::secondaryText(palette()));
    m_categoryLabel->setPalette(category);
}

void ErrorGuidanceDialog::selectGroup(int row)
{
    if (!m_grouped || row < 0 || row >= m_groups.size())
        return;
    m_groupTree->setCurrentItem(m_groupTree->topLevelItem(row));
}

api::ApiError ErrorGuidanceDialog::errorForGroup(int row) const
{
    if (row < 0 || row >= m_groups.size())
        return m_errors.first();
    const errors::ErrorGroup &group = m_groups.at(row);
    // A whole error with this code: use it as it is (clock offset, flags).
    for (const auto &error : m_errors) {
        if (error.numberFailures().isEmpty() && error.code() == group.code)
            return error;
    }
    // A group of numbers: the service's code and message for them, with the
    // context of the send they came from.
    api::ApiError error = api::ApiError::service(group.code, group.message);
    error.setRequestId(group.requestId);
    for (const auto &source : m_errors) {
        if (!source.numberFailures().isEmpty()) {
            error.setAction(source.action());
            break;
        }
    }
    return error;
}

api::ApiError ErrorGuidanceDialog::currentError() const
{
    return m_grouped ? errorForGroup(m_currentGroup) : m_errors.first();
}

QStringList ErrorGuidanceDialog::currentNumbers() const
{
    if (m_grouped && m_currentGroup >= 0 && m_currentGroup < m_groups.size())
        return m_groups.at(m_currentGroup).numbers;
    return {};
}

bool ErrorGuidanceDialog::hasClockOffset() const
{
    return m_guidance.clockOffsetSeconds.has_value();
}

void ErrorGuidanceDialog::refreshGuidance()
{
    const api::ApiError error = currentError();
    m_guidance = ErrorCatalog::guidanceFor(error, m_occurredUtc);
    const errors::Guidance &g = m_guidance;

    setWindowTitle(tr("%1 - SMS Console").arg(g.title));
    m_titleLabel->setText(g.title);
    m_titleLabel->setAccessibleName(tr("Error: %1").arg(g.title));
    m_codeLabel->setText(g.code.isEmpty() ? tr("(no code)") : g.code);
    m_codeLabel->setAccessibleName(tr("Error code %1").arg(g.code));
    m_categoryLabel->setText(QStringLiteral("·  ") + g.categoryName);

    if (g.isGeneric())
        m_fallbackLabel->setText(tr("SMS Console does not know the code \"%1\" yet. The general "
                                    "guidance is shown; the service's own message below says "
                                    "more.")
                                     .arg(g.code));
    else if (g.isFallback())
        m_fallbackLabel->setText(tr("SMS Console does not know the code \"%1\" yet. The guidance "
                                    "for the wider group \"%2\" is shown; the service's own "
                                    "message below says more.")
                                     .arg(g.code, g.matchedCode));
    m_fallbackLabel->setVisible(g.isFallback());

    m_outcomeLabel->setText(
        tr("This request may have reached the service and been carried out. Check the send "
           "records before repeating it, or recipients may get the message twice."));
    m_outcomeFrame->setVisible(g.outcomeUnknown);

    m_meaningLabel->setText(g.meaning);
    for (int i = 0; i < maxSteps; ++i) {
        const bool shown = i < g.steps.size();
        m_stepLabels[i]->setText(shown ? g.steps.at(i) : QString());
        m_stepLabels[i]->setAccessibleName(shown ? tr("Step %1: %2").arg(i + 1).arg(g.steps.at(i))
                                                 : QString());
        m_stepLabels[i]->setVisible(shown);
        m_stepNumberLabels[i]->setVisible(shown);
        if (shown) {
            const QFont font = m_stepLabels[i]->font();
            const int offset = firstLineAscent(g.steps.at(i), font)
                - firstLineAscent(m_stepNumberLabels[i]->text(), font);
            m_stepNumberLabels[i]->setContentsMargins(0, std::max(offset, 0), 0, 0);
        }
    }

    // Clock: the measured offset, and the button that applies it.
    const bool clockKnown = hasClockOffset();
    const bool clockTopic = g.category == errors::ErrorCategory::Clock;
    if (clockKnown) {
        const qint64 offset = *g.clockOffsetSeconds;
        const QString amount = ErrorCatalog::formatDuration(std::llabs(offset));
        if (offset > 0)
            m_clockLabel->setText(tr("Measured: the service's clock is %1 ahead of this "
                                     "computer's clock.")
                                      .arg(amount));
        else if (offset < 0)
            m_clockLabel->setText(tr("Measured: the service's clock is %1 behind this "
                                     "computer's clock.")
                                      .arg(amount));
        else
            m_clockLabel->setText(tr("Measured: this computer's clock agrees with the service's."));
        if (m_clockCorrected)
            m_clockLabel->setText(m_clockLabel->text() + QLatin1Char(' ')
                                  + tr("SMS Console now signs requests with the service's time; "
                                       "send the request again."));
    } else if (clockTopic) {
        m_clockLabel->setText(tr("The offset could not be measured. Compare this computer's "
                                 "clock with an accurate time source."));
    }
    m_clockFrame->setVisible(clockKnown || clockTopic);
    m_correctClockButton->setVisible(clockKnown && offsetNeedsCorrection()
                                     && m_offeredActions.testFlag(GuidanceAction::CorrectClock));
    m_correctClockButton->setEnabled(!m_clockCorrected);

    // A request that may have been carried out is reconciled first, whatever
    // the code would otherwise suggest.
    m_retryLabel->setText(g.outcomeUnknown ? ErrorCatalog::retryText(RetryAdvice::CheckFirst, 0)
                                           : g.retryText);

    // Numbers of the selected group.
    const QStringList numbers = currentNumbers();
    if (!numbers.isEmpty()) {
        QString text = numbers.mid(0, sampleNumberCount).join(QStringLiteral(", "));
        if (numbers.size() > sampleNumberCount)
            text += QLatin1Char(' ')
                    + tr("and %1 more").arg(QLocale().toString(numbers.size() - sampleNumberCount));
        m_numbersLabel->setText(text);
    }
    m_numbersHeading->setVisible(!numbers.isEmpty());
    m_numbersLabel->setVisible(!numbers.isEmpty());

    // The service's words, never interpreted.
    // Client-side failures carry SMS Console's own words, not the service's.
    m_serverBox->setTitle(error.kind() == api::ApiError::Kind::Service
                              ? tr("What the service said")
                              : tr("Details"));
    m_messageView->setPlainText(g.serverMessage.isEmpty() ? tr("(no message)") : g.serverMessage);
    fitMessageHeight();
    const bool hasRequestId = !g.requestId.isEmpty();
    m_requestIdEdit->setText(hasRequestId ? g.requestId
                                          : tr("none: the service did not answer this request"));
    m_requestIdEdit->setEnabled(hasRequestId);
    m_copyRequestIdButton->setVisible(hasRequestId);
    // A code explained on its own (from a log, a customer) came with
    // nothing from a request: no empty message and RequestId to show.
    m_serverBox->setVisible(!g.serverMessage.isEmpty() || !g.requestId.isEmpty()
                            || !g.action.isEmpty());
    m_actionLabel->setText(g.action);
    m_actionCaption->setVisible(!g.action.isEmpty());
    m_actionLabel->setVisible(!g.action.isEmpty());

    // Buttons of the entry.
    const errors::GuidanceActions offered = g.actions & m_offeredActions;
    m_openSettingsButton->setVisible(offered.testFlag(GuidanceAction::OpenSettings));
    m_openSignatureButton->setVisible(offered.testFlag(GuidanceAction::OpenSignature));
    m_openTemplateButton->setVisible(offered.testFlag(GuidanceAction::OpenTemplate));
    m_editRowsButton->setVisible(offered.testFlag(GuidanceAction::EditCampaignRows));
    m_editRowsButton->setText(
        numbers.isEmpty() ? tr("&Edit Campaign Rows")
                          : tr("&Edit Refused Rows (%1)").arg(QLocale().toString(numbers.size())));
    m_editRowsButton->setAccessibleName(spoken(m_editRowsButton->text()));
    // A request that may have been carried out is reconciled, not repeated.
    m_retryButton->setVisible(offered.testFlag(GuidanceAction::RetryAfterCountdown)
                              && !g.outcomeUnknown);
    m_copyDetailsButton->setVisible(g.actions.testFlag(GuidanceAction::CopyDetails));

    updateCountdown();
}

bool ErrorGuidanceDialog::offsetNeedsCorrection() const
{
    return m_guidance.clockOffsetSeconds && *m_guidance.clockOffsetSeconds != 0;
}

qint64 ErrorGuidanceDialog::secondsLeft() const
{
    if (!m_guidance.retryAfterSeconds)
        return 0;
    const qint64 elapsedMs = m_occurredUtc.msecsTo(m_createdUtc) + m_sinceCreated.elapsed();
    const qint64 leftMs = *m_guidance.retryAfterSeconds * 1000 - elapsedMs;
    return leftMs <= 0 ? 0 : (leftMs + 999) / 1000;
}

void ErrorGuidanceDialog::updateCountdown()
{
    const errors::Guidance &g = m_guidance;
    const qint64 left = secondsLeft();
    const bool timed = g.retryAfterSeconds.has_value() && g.retry != RetryAdvice::Anytime
        && !g.outcomeUnknown;
    if (!timed) {
        m_countdownLabel->setVisible(false);
        m_retryButton->setEnabled(true);
        m_retryButton->setText(tr("&Retry"));
    } else if (left > 0) {
        const QString duration = ErrorCatalog::formatDuration(left);
        QString text;
        switch (g.retry) {
        case RetryAdvice::NextDayBeijing:
            text = tr("The counter resets in %1 (00:00 Beijing time).").arg(duration);
            break;
        case RetryAdvice::MarketingHours:
            text = tr("Marketing messages may go out again in %1 (08:00 Beijing time).")
                       .arg(duration);
            break;
        default:
            text = tr("You can retry in %1.").arg(duration);
            break;
        }
        m_countdownLabel->setText(text);
        m_countdownLabel->setVisible(true);
        m_retryButton->setEnabled(false);
        m_retryButton->setText(tr("Retry in %1").arg(duration));
    } else {
        m_countdownLabel->setText(tr("You can retry now."));
        m_countdownLabel->setVisible(true);
        m_retryButton->setEnabled(true);
        m_retryButton->setText(tr("&Retry"));
    }
    m_retryButton->setAccessibleName(spoken(m_retryButton->text()));
    if (timed && left > 0) {
        if (!m_countdownTimer->isActive())
            m_countdownTimer->start();
    } else {
        m_countdownTimer->stop();
    }
}

QString ErrorGuidanceDialog::detailsText() const
{
    if (m_errors.size() == 1)
        return errors::ErrorReport::forError(m_errors.first(), m_occurredUtc);
    QString action;
    for (const auto &error : m_errors) {
        if (!error.action().isEmpty()) {
            action = error.action();
            break;
        }
    }
    return errors::ErrorReport::forGroups(m_groups, action, m_occurredUtc);
}

void ErrorGuidanceDialog::copyRequestId()
{
    if (m_guidance.requestId.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(m_guidance.requestId);
    flashCopied(m_copyRequestIdButton);
}

void ErrorGuidanceDialog::copyDetails()
{
    QGuiApplication::clipboard()->setText(detailsText());
    flashCopied(m_copyDetailsButton);
}

void ErrorGuidanceDialog::flashCopied(QPushButton *button)
{
    // Confirms the copy where the operator is looking; the text returns by
    // itself, and a language change in between resets it anyway.
    const QString normal = button->text();
    button->setText(tr("Copied"));
    QTimer::singleShot(1500, button, [this, button, normal] {
        if (button->text() == tr("Copied"))
            button->setText(normal);
    });
}

void ErrorGuidanceDialog::correctClock()
{
    if (!m_guidance.clockOffsetSeconds)
        return;
    m_clockCorrected = true;
    emit correctClockRequested(*m_guidance.clockOffsetSeconds);
    m_correctClockButton->setText(tr("Clock corrected"));
    m_correctClockButton->setAccessibleName(spoken(m_correctClockButton->text()));
    refreshGuidance();
}

void ErrorGuidanceDialog::editRows()
{
    emit editCampaignRowsRequested(currentNumbers());
}

} // namespace sms::ui
