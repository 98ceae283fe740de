// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/SingleSend.h"

#include <QDialog>
#include <QList>
#include <QPointer>
#include <QSet>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sms::review {
class SignatureStore;
class TemplateStore;
} // namespace sms::review

namespace sms::session {
class Session;
}

namespace sms::ui {

class GuidanceRouter;
class SendingChoices;
class TemplatePreview;

// Sends one message (a test to oneself, a resend after a fix) with a
// campaign's checks and journal (history::SingleSend): an approved
// signature and template from the review stores, the number, one field per
// template variable, and the message as the phone will show it with its
// length and segments. Pre-flight's problems are listed with their codes as
// the operator types, and Send waits until there are none. The result is
// shown in the dialog; a refusal or a lost answer also goes to the
// guidance router.
//
// The history page opens it (setPhone() with the row's number). The stores
// and the router may be null; the session must outlive the dialog.
class SingleSendDialog : public QDialog
{
    Q_OBJECT

public:
    // store: the active profile's store (the journal's).
    SingleSendDialog(session::Session &session, const review::SignatureStore *signatures,
                     const review::TemplateStore *templates, const store::StoreLocation &store,
                     GuidanceRouter *router, QWidget *parent = nullptr);
    ~SingleSendDialog() override;

    void setPhone(const QString &phone);
    // Chooses a template and signature (a resend of a known message).
    void chooseTemplate(qint64 templateId);
    void chooseSignature(const QString &signName);
    void setParameters(const QStringList &parameters);

    // What would be sent now, and what pre-flight says of it.
    history::SingleSend::Message message() const;
    history::SingleSend::Check check() const { return m_check; }
    const history::SingleSend &sender() const { return *m_sender; }

public Q_SLOTS:
    void send();

Q_SIGNALS:
    // A message went out (whatever the service answered): the history has a
    // new row, in campaign campaignId.
    void sent(qint64 campaignId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuildParameters();
    void refresh();
    void fitContent();
    void onFinished();
    void retranslate();

    session::Session &m_session;
    QPointer<GuidanceRouter> m_router;
    history::SingleSend *m_sender;
    QSet<QString> m_optOut;
    history::SingleSend::Check m_check;
    QString m_result; // the latest send's outcome, until the message changes

    SendingChoices *m_choices;
    QLabel *m_phoneLabel;
    QLineEdit *m_phoneEdit;
    QWidget *m_parameterArea;
    QFormLayout *m_parameterForm;
    QList<QLineEdit *> m_parameterEdits;
    TemplatePreview *m_preview;
    QLabel *m_problemsLabel;
    QLabel *m_resultLabel;
    QDialogButtonBox *m_buttons;
    QPushButton *m_sendButton;
};

} // namespace sms::ui
