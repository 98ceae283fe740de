// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/Preflight.h"
#include "review/TemplateRecord.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QWidget;

namespace sms::review {
class SignatureStore;
class TemplateStore;
} // namespace sms::review

namespace sms::ui {

// The template and signature a message goes out with, chosen in two combo
// boxes that this fills from the review stores: every template and
// signature is listed, and one that cannot be used (not approved, a
// signature for the other market) is disabled with why, so the operator
// sees it rather than wonders where it went. An international template
// also offers no signature at all. The campaign composer and the single
// message dialog choose the same way.
//
// It makes the form's first rows (the SmsSdkAppId, then the template and
// signature boxes) as children of the caller's widget, which calls
// retranslate() when the language changes. The stores may be null (nothing
// to choose) or go away first.
class SendingChoices : public QObject
{
    Q_OBJECT

public:
    SendingChoices(const review::SignatureStore *signatures, const review::TemplateStore *templates,
                   QWidget *parent);

    // Adds the SmsSdkAppId, template and signature rows to form.
    void addRows(QFormLayout *form);
    void setAppId(const QString &appId);
    void retranslate();
    QComboBox *templateBox() const { return m_templateBox; }
    QComboBox *signatureBox() const { return m_signatureBox; }

    std::optional<review::TemplateRecord> chosenTemplate() const;
    // The signature's text; empty for none.
    QString chosenSignName() const;
    void chooseTemplate(qint64 templateId);
    void chooseSignature(const QString &signName);
    // Pre-flight's view of the choice: the template's content, market,
    // approval and type (a notification when this console did not apply for
    // it), and the signature with its approval. The caller adds the rest
    // (planned time, opt-out list...).
    campaign::Preflight::Options preflightOptions() const;

public Q_SLOTS:
    // Lists the templates again (then the signatures), keeping the choice
    // when it is still there.
    void fillTemplates();
    // Lists the signatures that go with the chosen template's market.
    void fillSignatures();

Q_SIGNALS:
    // The lists or the choice changed.
    void changed();

private:
    QPointer<const review::SignatureStore> m_signatures;
    QPointer<const review::TemplateStore> m_templates;
    QLabel *m_appIdCaption;
    QLabel *m_appIdLabel;
    QLabel *m_templateLabel;
    QComboBox *m_templateBox;
    QLabel *m_signatureLabel;
    QComboBox *m_signatureBox;
};

} // namespace sms::ui
