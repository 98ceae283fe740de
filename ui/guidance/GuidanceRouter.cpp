// SPDX-License-Identifier: GPL-3.0-or-later
#include "guidance/GuidanceRouter.h"

#include "guidance/ErrorGuidanceDialog.h"
#include "shell/AppController.h"

#include <QWidget>

namespace sms::ui {

using errors::GuidanceAction;

GuidanceRouter::GuidanceRouter(AppController *controller, QWidget *window)
    : QObject(window)
    , m_controller(controller)
    , m_window(window)
{ }

GuidanceRouter::~GuidanceRouter() = default;

ErrorGuidanceDialog *GuidanceRouter::dialog() const
{
    return m_dialog;
}

ErrorGuidanceDialog *GuidanceRouter::explainCode(const QString &code, QWidget *over)
{
    return showGuidance(api::ApiError::service(code, QString()), {}, {}, over);
}

ErrorGuidanceDialog *GuidanceRouter::showGuidance(const api::ApiError &error, Retry retry,
                                                  const GuidanceSubject &subject, QWidget *over,
                                                  ClockFix clockFix)
{
    if (m_dialog)
        m_dialog->close();
    auto *dialog = new ErrorGuidanceDialog(error, over ? over : m_window.data());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The session's last error is the one the status bar shows: its report
    // carries the time it happened, not the time it was looked at.
    if (m_controller && m_controller->hasLastError()
        && m_controller->lastError().code() == error.code()
        && m_controller->lastError().requestId() == error.requestId()
        && m_controller->lastErrorTime().isValid())
        dialog->setOccurredAt(m_controller->lastErrorTime());

    errors::GuidanceActions offered = ErrorGuidanceDialog::defaultOfferedActions();
    if (retry)
        offered |= GuidanceAction::RetryAfterCountdown;
    // Rows can be edited only where there are rows: a campaign, numbers
    // named by the caller, or the refused numbers of a send.
    const bool rows = subject.kind == GuidanceSubject::Kind::Campaign || !subject.numbers.isEmpty()
        || !error.numberFailures().isEmpty();
    if (!rows)
        offered &= ~errors::GuidanceActions(GuidanceAction::EditCampaignRows);
    if (!m_controller && !clockFix)
        offered &= ~errors::GuidanceActions(GuidanceAction::CorrectClock);
    dialog->setOfferedActions(offered);

    const qint64 signId = subject.kind == GuidanceSubject::Kind::Signature ? subject.id : 0;
    const qint64 templateId = subject.kind == GuidanceSubject::Kind::Template ? subject.id : 0;
    const qint64 campaignId = subject.kind == GuidanceSubject::Kind::Campaign ? subject.id : 0;

    connect(dialog, &ErrorGuidanceDialog::retryRequested, this, [retry] {
        if (retry)
            retry();
    });
    connect(dialog, &ErrorGuidanceDialog::openSettingsRequested, this, [this, dialog] {
        const api::ApiError cause = dialog->currentError();
        dialog->close();
        emit openProfiles(cause);
    });
    connect(dialog, &ErrorGuidanceDialog::openSignatureRequested, this, [this, dialog, signId] {
        dialog->close();
        emit openSignature(signId);
    });
    connect(dialog, &ErrorGuidanceDialog::openTemplateRequested, this, [this, dialog, templateId] {
        dialog->close();
        emit openTemplate(templateId);
    });
    connect(dialog, &ErrorGuidanceDialog::editCampaignRowsRequested, this,
            [this, dialog, campaignId, subject](const QStringList &numbers) {
                dialog->close();
                emit editCampaignRows(campaignId, numbers.isEmpty() ? subject.numbers : numbers);
            });
    if (clockFix)
        connect(dialog, &ErrorGuidanceDialog::correctClockRequested, this, clockFix);
    else if (m_controller)
        connect(dialog, &ErrorGuidanceDialog::correctClockRequested, m_controller,
                &AppController::correctClock);

    m_dialog = dialog;
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

} // namespace sms::ui
