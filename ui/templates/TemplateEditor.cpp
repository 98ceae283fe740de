// SPDX-License-Identifier: GPL-3.0-or-later
#include "templates/TemplateEditor.h"

#include "OnFinished.h"
#include "domain/SmsLength.h"
#include "review/ReviewJob.h"
#include "review/ReviewTexts.h"
#include "review/SignatureStore.h"
#include "review/TemplateChecks.h"
#include "review/TemplateStore.h"
#include "templates/TemplateHighlighter.h"
#include "templates/TemplatePreview.h"
#include "widgets/MessageBar.h"
#include "widgets/StatusFrame.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextCursor>
#include <QVBoxLayout>

namespace sms::ui {

using domain::SmsType;
using review::TemplateChecks;

namespace {
const QString kName = QStringLiteral("TemplateName");

QLabel *problemLabel(StatusFrame *frame, const char *objectName)
{
    auto *label = new QLabel(frame);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(8, 5, 8, 5);
    layout->addWidget(label);
    frame->hide();
    return label;
}
} // namespace

TemplateEditor::TemplateEditor(review::TemplateStore &store,
                               const review::SignatureStore *signatures, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_signatures(signatures)
{
    setObjectName(QStringLiteral("templateEditor"));
    buildUi();
    retranslate();
    fillSignatures();
    if (signatures)
        connect(signatures, &review::ReviewStore::changed, this, &TemplateEditor::fillSignatures);
    recheck();
}

void TemplateEditor::buildUi()
{
    m_messageBar = new MessageBar(this);
    m_messageBar->setObjectName(QStringLiteral("editorMessageBar"));
    m_messageBar->setType(MessageBar::Type::Error);
    m_messageBar->hide();
    QPushButton *explain = m_messageBar->addButton(QStringLiteral("explainButton"));
    connect(explain, &QPushButton::clicked, this, [this] { emit explainRequested(m_failure); });

    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_nameProblems = new StatusFrame(this);
    m_nameProblemsLabel = problemLabel(m_nameProblems, "nameProblems");
    m_typeBox = new QComboBox(this);
    m_typeBox->setObjectName(QStringLiteral("typeBox"));
    for (SmsType type : {SmsType::VerificationCode, SmsType::Notification, SmsType::Marketing})
        m_typeBox->addItem(QString(), domain::smsTypeCode(type));
    m_typeBox->setCurrentIndex(1);
    m_marketBox = new QComboBox(this);
    m_marketBox->setObjectName(QStringLiteral("marketBox"));
    for (domain::Market market : {domain::Market::Domestic, domain::Market::International})
        m_marketBox->addItem(QString(), domain::marketCode(market));
    m_contentEdit = new QPlainTextEdit(this);
    m_contentEdit->setObjectName(QStringLiteral("contentEdit"));
    m_contentEdit->setTabChangesFocus(true);
    m_contentEdit->setMinimumHeight(m_contentEdit->fontMetrics().lineSpacing() * 6);
    m_highlighter = new TemplateHighlighter(m_contentEdit->document());
    m_highlighter->setPalette(palette());
    m_contentProblems = new StatusFrame(this);
    m_contentProblemsLabel = problemLabel(m_contentProblems, "contentProblems");
    m_appendButton = new QPushButton(this);
    m_appendButton->setObjectName(QStringLiteral("appendUnsubscribeButton"));
    m_appendButton->hide();
    m_remarkEdit = new QLineEdit(this);
    m_remarkEdit->setObjectName(QStringLiteral("remarkEdit"));

    m_nameLabel = new QLabel(this);
    m_nameLabel->setBuddy(m_nameEdit);
    m_typeLabel = new QLabel(this);
    m_typeLabel->setBuddy(m_typeBox);
    m_marketLabel = new QLabel(this);
    m_marketLabel->setBuddy(m_marketBox);
    m_contentLabel = new QLabel(this);
    m_contentLabel->setBuddy(m_contentEdit);
    m_remarkLabel = new QLabel(this);
    m_remarkLabel->setBuddy(m_remarkEdit);

    auto *form = new QGridLayout;
    int row = 0;
    const auto addRow = [&](QLabel *label, QWidget *field, Qt::Alignment alignment = {}) {
        if (label)
            form->addWidget(label, row, 0, alignment);
        form->addWidget(field, row++, 1);
    };
    addRow(m_nameLabel, m_nameEdit);
    addRow(nullptr, m_nameProblems);
    addRow(m_typeLabel, m_typeBox);
    addRow(m_marketLabel, m_marketBox);
    addRow(m_contentLabel, m_contentEdit, Qt::AlignTop);
    form->setRowStretch(row - 1, 1);
    addRow(nullptr, m_contentProblems);
    auto *appendRow = new QHBoxLayout;
    appendRow->addWidget(m_appendButton);
    appendRow->addStretch(1);
    form->addLayout(appendRow, row++, 1);
    addRow(m_remarkLabel, m_remarkEdit);
    form->setColumnStretch(1, 1);

    m_previewTitle = new QLabel(this);
    QFont bold = m_previewTitle->font();
    bold.setBold(true);
    m_previewTitle->setFont(bold);
    m_signatureBox = new QComboBox(this);
    m_signatureBox->setObjectName(QStringLiteral("signatureBox"));
    m_signatureLabel = new QLabel(this);
    m_signatureLabel->setBuddy(m_signatureBox);
    m_preview = new TemplatePreview(this);
    m_preview->setObjectName(QStringLiteral("templatePreview"));
    m_sampleNote = new QLabel(this);
    m_sampleNote->setWordWrap(true);
    QPalette quiet = m_sampleNote->palette();
    quiet.setColor(QPalette::WindowText, StatusPalette::secondaryText(palette()));
    m_sampleNote->setPalette(quiet);

    auto *side = new QVBoxLayout;
    side->addWidget(m_previewTitle);
    auto *signatureRow = new QHBoxLayout;
    signatureRow->addWidget(m_signatureLabel);
    signatureRow->addWidget(m_signatureBox, 1);
    side->addLayout(signatureRow);
    side->addWidget(m_preview, 1);
    side->addWidget(m_sampleNote);

    auto *columns = new QHBoxLayout;
    columns->addLayout(form, 3);
    columns->addSpacing(12);
    columns->addLayout(side, 2);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TemplateEditor::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TemplateEditor::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addLayout(columns, 1);
    layout->addWidget(m_buttons);

    connect(m_nameEdit, &QLineEdit::textChanged, this, [this] {
        m_nameTouched |= !m_filling;
        recheck();
    });
    connect(m_contentEdit, &QPlainTextEdit::textChanged, this, [this] {
        m_contentTouched |= !m_filling;
        recheck();
    });
    connect(m_typeBox, &QComboBox::currentIndexChanged, this, &TemplateEditor::recheck);
    connect(m_marketBox, &QComboBox::currentIndexChanged, this, [this] {
        fillSignatures();
        recheck();
    });
    connect(m_remarkEdit, &QLineEdit::textChanged, this, &TemplateEditor::recheck);
    connect(m_signatureBox, &QComboBox::currentIndexChanged, this, &TemplateEditor::updatePreview);
    connect(m_appendButton, &QPushButton::clicked, this, &TemplateEditor::appendUnsubscribe);

    resize(sizeHint().expandedTo(
        QSize(fontMetrics().averageCharWidth() * 110, fontMetrics().lineSpacing() * 30)));
}

void TemplateEditor::retranslate()
{
    setWindowTitle(m_existing ? tr("Modify Template %1").arg(m_existing->id())
                              : tr("New Template"));
    m_nameLabel->setText(tr("&Name:"));
    m_nameEdit->setPlaceholderText(tr("For example: Sign-in code"));
    m_typeLabel->setText(tr("&Type:"));
    for (int i = 0; i < m_typeBox->count(); ++i)
        m_typeBox->setItemText(
            i, review::ReviewTexts::smsTypeText(m_typeBox->itemData(i).toLongLong()));
    m_marketLabel->setText(tr("&Market:"));
    for (int i = 0; i < m_marketBox->count(); ++i)
        m_marketBox->setItemText(i,
                                 review::ReviewTexts::marketText(domain::marketFromCode(
                                     m_marketBox->itemData(i).toLongLong())));
    m_marketBox->setToolTip(m_existing ? tr("A template keeps the market it was applied for.")
                                       : QString());
    m_contentLabel->setText(tr("Te&xt:"));
    m_contentEdit->setPlaceholderText(
        tr("Variables as {1}, {2}, ...; the signature is added when sending."));
    m_remarkLabel->setText(tr("&Remark:"));
    m_remarkEdit->setPlaceholderText(tr("Where and why it is sent, for the reviewers"));
    m_appendButton->setText(tr("Append \u201c%1\u201d").arg(TemplateChecks::unsubscribeText()));
    m_previewTitle->setText(tr("As the phone shows it"));
    m_signatureLabel->setText(tr("&Signature:"));
    m_sampleNote->setText(tr("Variables show sample values as long as a value may be, so the "
                             "length is the most one message costs."));
    if (!m_messageBar->buttons().isEmpty())
        m_messageBar->buttons().first()->setText(tr("&Explain"));
    okButton()->setText(m_existing ? tr("Submit Changes") : tr("Submit for Review"));
    fillSignatures();
    recheck();
}

QPushButton *TemplateEditor::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void TemplateEditor::setRecord(const review::TemplateRecord &record)
{
    m_existing = record;
    domain::TemplateApplication a;
    a.templateName = record.name();
    a.templateContent = record.content();
    a.smsType = record.smsType().value_or(domain::smsTypeCode(SmsType::Notification));
    a.international = record.listed.international;
    a.remark = record.submitted ? record.submitted->remark : QString();
    m_marketBox->setEnabled(false);
    setApplication(a);
    retranslate();
}

void TemplateEditor::setApplication(const domain::TemplateApplication &application)
{
    m_filling = true;
    m_nameEdit->setText(application.templateName);
    m_contentEdit->setPlainText(application.templateContent);
    const int type = m_typeBox->findData(application.smsType);
    if (type >= 0)
        m_typeBox->setCurrentIndex(type);
    const int market = m_marketBox->findData(application.international);
    if (market >= 0)
        m_marketBox->setCurrentIndex(market);
    m_remarkEdit->setText(application.remark);
    m_filling = false;
    // What was there already is the operator's to see as it is.
    m_nameTouched = !application.templateName.isEmpty();
    m_contentTouched = !application.templateContent.isEmpty();
    recheck();
}

domain::TemplateApplication TemplateEditor::application() const
{
    domain::TemplateApplication a;
    a.templateName = m_nameEdit->text().trimmed();
    a.templateContent = m_contentEdit->toPlainText();
    a.smsType = m_typeBox->currentData().toLongLong();
    a.international = m_marketBox->currentData().toLongLong();
    a.remark = m_remarkEdit->text().trimmed();
    return a;
}

std::optional<qint64> TemplateEditor::editedId() const
{
    return m_existing ? std::optional(m_existing->id()) : std::nullopt;
}

// The usable mainland signatures, and a neutral placeholder first: the
// preview needs some 【】, and which signature a campaign uses is chosen
// there. International messages are billed as written, without one.
void TemplateEditor::fillSignatures()
{
    const QString chosen = m_signatureBox->currentData().toString();
    const QSignalBlocker blocker(m_signatureBox);
    m_signatureBox->clear();
    const bool international = m_marketBox->currentData().toLongLong() == 1;
    m_signatureBox->setEnabled(!international);
    if (international) {
        m_signatureBox->addItem(tr("None: sent as written"), QString());
    } else {
        m_signatureBox->addItem(tr("Placeholder"), QString());
        if (m_signatures) {
            for (const review::SignatureRecord &s : m_signatures->records()) {
                if (s.isUsable() && s.market() == domain::Market::Domestic)
                    m_signatureBox->addItem(domain::SmsLength::domesticText(s.name(), {}),
                                            s.name());
            }
        }
    }
    const int again = chosen.isEmpty() ? 0 : m_signatureBox->findData(chosen);
    m_signatureBox->setCurrentIndex(std::max(again, 0));
    updatePreview();
}

void TemplateEditor::recheck()
{
    const domain::TemplateApplication a = application();
    m_problems
        = m_existing ? TemplateChecks::checkModify(a, *m_existing) : TemplateChecks::check(a);

    review::CheckProblems others;
    for (const review::CheckProblem &p : std::as_const(m_problems)) {
        if (p.field != kName)
            others.append(p);
    }
    showProblems(m_nameProblems, m_nameProblemsLabel, review::problemsOf(m_problems, kName),
                 m_nameTouched);
    showProblems(m_contentProblems, m_contentProblemsLabel, others, m_contentTouched);
    m_highlighter->setProblemRanges(
        TemplateHighlighter::problemRanges(a.templateContent, a.international, m_problems));
    m_appendButton->setVisible(
        !a.templateContent.trimmed().isEmpty()
        && codesOf(m_problems)
               .contains(
                   QStringLiteral("InvalidParameterValue.MarketingTemplateWithoutUnsubscribe")));
    okButton()->setEnabled(m_problems.isEmpty() && !isSubmitting());
    okButton()->setToolTip(
        m_problems.isEmpty() ? QString() : tr("Put right what is listed under the fields first."));
    updatePreview();
}

void TemplateEditor::showProblems(StatusFrame *frame, QLabel *label,
                                  const review::CheckProblems &problems, bool touched)
{
    frame->setVisible(!problems.isEmpty());
    frame->setTone(touched ? StatusFrame::Tone::Error : StatusFrame::Tone::Information);
    QStringList items;
    QStringList spoken;
    for (const review::CheckProblem &p : problems) {
        items.append(QStringLiteral("<p style=\"margin:0 0 4px 0\">%1<br><small>%2</small></p>")
                         .arg(p.message.toHtmlEscaped(), p.code.toHtmlEscaped()));
        spoken.append(p.message);
    }
    label->setText(items.join(QString()));
    label->setAccessibleName(spoken.join(QLatin1Char(' ')));
}

void TemplateEditor::updatePreview()
{
    const domain::TemplateApplication a = application();
    const QString content = a.templateContent;
    const QString body = domain::SmsLength::renderTemplate(
        content, TemplateChecks::sampleParameters(content, a.smsType, a.international));
    if (a.international == 1) {
        m_preview->setMessage({}, false, body, domain::SmsLength::Destination::International);
        return;
    }
    const QString chosen = m_signatureBox->currentData().toString();
    m_preview->setMessage(chosen.isEmpty() ? tr("Signature") : chosen, chosen.isEmpty(), body,
                          domain::SmsLength::Destination::Domestic);
}

void TemplateEditor::appendUnsubscribe()
{
    const QString text = TemplateChecks::withUnsubscribe(m_contentEdit->toPlainText());
    // One edit, so that one undo takes it back.
    QTextCursor cursor(m_contentEdit->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(text);
    m_contentEdit->moveCursor(QTextCursor::End);
    m_contentEdit->setFocus();
}

void TemplateEditor::accept()
{
    recheck();
    if (!m_problems.isEmpty() || isSubmitting()) {
        // Everything still to do shows as an error now.
        m_nameTouched = m_contentTouched = true;
        recheck();
        return;
    }
    const domain::TemplateApplication a = application();
    review::ReviewJob *job = m_existing ? m_store.modify(m_existing->id(), a) : m_store.add(a);
    m_job = job;
    setSubmitting(true);
    sms::onFinished(job, this, [this](review::ReviewJob *finished) { submitted(finished); });
}

void TemplateEditor::submitted(review::ReviewJob *job)
{
    m_job = nullptr;
    setSubmitting(false);
    if (job->succeeded()) {
        emit saved(job->id());
        QDialog::accept();
        return;
    }
    m_failure = job->error();
    m_messageBar->setText(
        job->problems().isEmpty()
            ? tr("The service did not take the template: %1").arg(m_failure.message())
            : tr("The template was not sent: %1").arg(m_failure.message()));
    m_messageBar->show();
    recheck();
}

void TemplateEditor::setSubmitting(bool submitting)
{
    for (QWidget *w : {static_cast<QWidget *>(m_nameEdit), static_cast<QWidget *>(m_typeBox),
                       static_cast<QWidget *>(m_contentEdit), static_cast<QWidget *>(m_remarkEdit),
                       static_cast<QWidget *>(m_appendButton)})
        w->setEnabled(!submitting);
    m_marketBox->setEnabled(!submitting && !m_existing);
    if (submitting)
        m_messageBar->hide();
    okButton()->setEnabled(!submitting && m_problems.isEmpty());
    okButton()->setText(submitting ? tr("Submitting\u2026")
                                   : (m_existing ? tr("Submit Changes") : tr("Submit for Review")));
}

void TemplateEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange && m_highlighter)
        m_highlighter->setPalette(palette());
    QDialog::changeEvent(event);
}

} // namespace sms::ui
