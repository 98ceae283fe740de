// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/SingleSendDialog.h"

#include "api/SmsApi.h"
#include "campaigns/SendingChoices.h"
#include "domain/SmsLength.h"
#include "errors/ErrorCatalog.h"
#include "errors/Guidance.h"
#include "guidance/GuidanceRouter.h"
#include "session/Session.h"
#include "templates/TemplatePreview.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sms::ui {

SingleSendDialog::SingleSendDialog(session::Session &session,
                                   const review::SignatureStore *signatures,
                                   const review::TemplateStore *templates,
                                   const store::StoreLocation &store, GuidanceRouter *router,
                                   QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_router(router)
    , m_sender(new history::SingleSend(session.api(), store, this))
{
    setObjectName(QStringLiteral("singleSendDialog"));
    m_choices = new SendingChoices(signatures, templates, this);
    m_choices->setAppId(session.appId());
    m_phoneLabel = new QLabel(this);
    m_phoneEdit = new QLineEdit(this);
    m_phoneEdit->setObjectName(QStringLiteral("phoneEdit"));
    m_parameterArea = new QWidget(this);
    m_parameterArea->setObjectName(QStringLiteral("parameterArea"));
    m_parameterForm = new QFormLayout(m_parameterArea);
    m_parameterForm->setContentsMargins(0, 0, 0, 0);
    m_preview = new TemplatePreview(this);
    m_preview->setObjectName(QStringLiteral("preview"));
    // Room for a two-segment message on the phone's screen, as in the
    // campaign composer: a preview that cuts the text off hides what is sent.
    m_preview->setMinimumScreenHeight(fontMetrics().height() * 10);
    m_preview->setMinimumWidth(fontMetrics().averageCharWidth() * 34);
    m_problemsLabel = new QLabel(this);
    m_problemsLabel->setObjectName(QStringLiteral("problemsLabel"));
    m_problemsLabel->setWordWrap(true);
    // Plain text: numbers and parameters are the operator's, codes the service's.
    m_problemsLabel->setTextFormat(Qt::PlainText);
    m_resultLabel = new QLabel(this);
    m_resultLabel->setObjectName(QStringLiteral("resultLabel"));
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextFormat(Qt::PlainText);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_sendButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_sendButton->setObjectName(QStringLiteral("sendButton"));
    m_sendButton->setDefault(true);

    auto *form = new QFormLayout;
    m_choices->addRows(form);
    form->addRow(m_phoneLabel, m_phoneEdit);
    form->addRow(m_parameterArea);
    auto *left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(m_problemsLabel);
    left->addWidget(m_resultLabel);
    left->addStretch(1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addWidget(m_preview);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_buttons);

    connect(m_choices, &SendingChoices::changed, this, &SingleSendDialog::rebuildParameters);
    connect(m_phoneEdit, &QLineEdit::textChanged, this, &SingleSendDialog::refresh);
    connect(m_sendButton, &QPushButton::clicked, this, &SingleSendDialog::send);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_sender, &history::SingleSend::finished, this, &SingleSendDialog::onFinished);
    connect(&m_session, &session::Session::readyChanged, this, &SingleSendDialog::refresh);

    m_optOut = m_sender->optOut();
    retranslate();
    m_choices->fillTemplates();
}

SingleSendDialog::~SingleSendDialog() = default;

void SingleSendDialog::setPhone(const QString &phone)
{
    m_phoneEdit->setText(phone);
}

void SingleSendDialog::chooseTemplate(qint64 templateId)
{
    m_choices->chooseTemplate(templateId);
}

void SingleSendDialog::chooseSignature(const QString &signName)
{
    m_choices->chooseSignature(signName);
}

void SingleSendDialog::setParameters(const QStringList &parameters)
{
    for (qsizetype i = 0; i < m_parameterEdits.size() && i < parameters.size(); ++i)
        m_parameterEdits.at(i)->setText(parameters.at(i));
}

history::SingleSend::Message SingleSendDialog::message() const
{
    const campaign::Preflight::Options options = m_choices->preflightOptions();
    history::SingleSend::Message m;
    m.appId = m_session.appId();
    m.phone = m_phoneEdit->text();
    for (const QLineEdit *edit : m_parameterEdits)
        m.parameters.append(edit->text());
    m.signName = options.signName;
    m.signatureApproved = options.signatureApproved;
    if (const auto t = m_choices->chosenTemplate())
        m.templateFacts = t->listed;
    m.smsType = options.smsType;
    return m;
}

void SingleSendDialog::rebuildParameters()
{
    const auto t = m_choices->chosenTemplate();
    const int count = t ? domain::SmsLength::variableCount(t->content()) : 0;
    QStringList kept;
    for (const QLineEdit *edit : std::as_const(m_parameterEdits))
        kept.append(edit->text());
    while (m_parameterForm->rowCount() > 0)
        m_parameterForm->removeRow(0);
    m_parameterEdits.clear();
    for (int i = 0; i < count; ++i) {
        auto *edit = new QLineEdit(m_parameterArea);
        edit->setObjectName(QStringLiteral("parameterEdit%1").arg(i + 1));
        edit->setText(kept.value(i));
        connect(edit, &QLineEdit::textChanged, this, &SingleSendDialog::refresh);
        m_parameterForm->addRow(QStringLiteral("{%1}").arg(i + 1), edit);
        m_parameterEdits.append(edit);
    }
    refresh();
}

void SingleSendDialog::refresh()
{
    const history::SingleSend::Message m = message();
    m_check = history::SingleSend::check(m, m_optOut, {});
    const bool international = m_check.recipient.market == domain::Market::International;
    const QString body = m.templateFacts.templateContent.isEmpty()
        ? QString()
        : domain::SmsLength::renderTemplate(m.templateFacts.templateContent, m.parameters);
    m_preview->setMessage(international ? QString() : m.signName, false, body,
                          international ? domain::SmsLength::Destination::International
                                        : domain::SmsLength::Destination::Domestic);
    QStringList lines;
    if (!m_choices->chosenTemplate())
        lines.append(tr("Choose an approved template."));
    else if (m_phoneEdit->text().trimmed().isEmpty())
        lines.append(tr("Type the number to send to."));
    else
        for (const review::CheckProblem &p : std::as_const(m_check.problems))
            lines.append(tr("%1: %2").arg(p.code, p.message));
    if (!m_session.isReady())
        lines.append(tr("Not connected: choose a profile that works first."));
    if (!m_sender->isOpen())
        lines.append(m_sender->error().message());
    m_problemsLabel->setText(lines.isEmpty() ? tr("Ready to send.") : lines.join(u'\n'));
    m_resultLabel->setText(m_result);
    m_resultLabel->setVisible(!m_result.isEmpty());
    m_sendButton->setEnabled(lines.isEmpty() && !m_sender->isRunning());
    fitContent();
}

void SingleSendDialog::fitContent()
{
    // Grows with what it shows (a template's variables, wrapped problems,
    // the result) instead of squeezing the fields; wrapped text needs the
    // height for the width it has.
    if (!isVisible())
        return;
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : sizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

void SingleSendDialog::send()
{
    if (!m_sendButton->isEnabled())
        return;
    m_result.clear();
    m_optOut = m_sender->optOut();
    if (!m_sender->start(message())) {
        // Checked again at the last moment: the opt-out list may have grown.
        refresh();
        if (m_sender->error().kind() != api::ApiError::Kind::LocalCheck && m_router)
            m_router->showGuidance(m_sender->error(), {}, {}, this);
        return;
    }
    m_result = tr("Sending…");
    refresh();
}

void SingleSendDialog::onFinished()
{
    const store::JournalRecipient r = m_sender->recipient();
    const api::ApiError error = m_sender->error();
    switch (r.state) {
    case store::RecipientState::Accepted:
        m_result = tr("Accepted by the service: SerialNo %1, %n segment(s) billed. Its delivery "
                      "receipt shows in the history when it arrives.",
                      nullptr, int(r.fee))
                       .arg(r.serialNo);
        break;
    case store::RecipientState::Refused:
        m_result
            = tr("Refused: %1 (%2)").arg(r.code, errors::ErrorCatalog::guidanceFor(error).title);
        break;
    case store::RecipientState::Uncertain:
    case store::RecipientState::InFlight:
        m_result = tr("The answer was lost: the message may have been sent. Reconcile it on the "
                      "Campaigns page before sending it again.");
        break;
    case store::RecipientState::Queued:
        m_result = tr("Not sent: %1").arg(error.message());
        break;
    }
    refresh();
    Q_EMIT sent(m_sender->campaignId());
    // The subject is the one-row campaign: "Edit Refused Rows" opens it.
    if (error.isError() && m_router)
        m_router->showGuidance(error, {},
                               GuidanceSubject::campaign(m_sender->campaignId(), {r.phone}), this);
}

void SingleSendDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SingleSendDialog::retranslate()
{
    setWindowTitle(tr("Send a Message"));
    m_choices->retranslate();
    m_phoneLabel->setText(tr("Phone number"));
    m_phoneEdit->setPlaceholderText(tr("+8613800000000, or 11 digits for the mainland"));
    m_sendButton->setText(tr("Send"));
    refresh();
}

} // namespace sms::ui
