// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "domain/SignApplication.h"
#include "review/CheckProblem.h"
#include "review/SignatureRecord.h"

#include <QDialog>
#include <QHash>
#include <QPointer>
#include <QSet>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sms::review {
class SignatureStore;
}

namespace sms::ui {

class GuidanceRouter;
class MessageBar;

// Applies for a signature, or changes one under review or rejected: name,
// market, type, proof document, purpose, qualification, the proof image and
// (for another party) the authorization letter, with previews, and a remark.
//
// The local checks (SignatureChecks::checkFields and checkAgainst the
// store's signatures) run on every change; the images are decoded when
// chosen. A field's problems show under it, with the code the service would
// answer, once the field was touched (all of them after a submit attempt),
// and Submit stays disabled while any remains: a form with a failing check
// sends nothing. The service's own refusals show in the form's bar, with
// "Explain" leading to the guidance.
class SignatureForm : public QDialog
{
    Q_OBJECT

public:
    // A form for a new signature; setRecord() turns it into a modification.
    SignatureForm(review::SignatureStore &store, GuidanceRouter *router, QWidget *parent = nullptr);
    ~SignatureForm() override;

    // Fills the form from a signature to modify. What the service does not
    // list (type, proof document, purpose) comes from what this console
    // submitted, when it did; the images are asked for again.
    void setRecord(const review::SignatureRecord &record);
    // The signature being modified; 0 for a new one.
    qint64 modifiedId() const { return m_modifiedId; }

    domain::SignApplication application() const;
    // Every problem the local checks find now (shown or not yet).
    review::CheckProblems problems() const;
    bool canSubmit() const;

    // An image file as chosen (also what the file dialogs call); false when
    // it is not an image this form can show (the checks say why).
    bool setProofImage(const QByteArray &file, const QString &fileName);
    bool setCommissionImage(const QByteArray &file, const QString &fileName);

    // Sends the application when every check passes; otherwise shows every
    // problem and sends nothing.
    void submit();

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *marketCombo() const { return m_market; }
    QComboBox *typeCombo() const { return m_type; }
    QComboBox *documentCombo() const { return m_document; }
    QComboBox *purposeCombo() const { return m_purpose; }
    QLineEdit *qualificationEdit() const { return m_qualification; }
    QLineEdit *remarkEdit() const { return m_remark; }
    QLabel *proofPreview() const { return m_proofPreview; }
    QLabel *commissionPreview() const { return m_commissionPreview; }
    QPushButton *submitButton() const { return m_submit; }
    MessageBar *messageBar() const { return m_messageBar; }
    // The problems shown under a field ("SignName", ...; "" for the rest).
    QString shownProblems(const QString &field) const;

Q_SIGNALS:
    // The service took the application; id is the signature's.
    void submitted(qint64 id);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct ImageField
    {
        QString base64;
        QString fileName;
    };

    void buildUi();
    void retranslate();
    void fillTypes();
    void fillDocuments();
    void refresh();
    void touch(const QString &field);
    void chooseImage(bool commission);
    bool setImage(ImageField &image, QLabel *preview, QLabel *fileLabel, const QByteArray &file,
                  const QString &fileName);
    void showImageProblems();
    void setBusy(bool busy);

    review::SignatureStore &m_store;
    QPointer<GuidanceRouter> m_router;
    qint64 m_modifiedId = 0;
    std::optional<review::SignatureRecord> m_existing;
    ImageField m_proof;
    ImageField m_commission;
    review::CheckProblems m_imageProblems;
    QSet<QString> m_touched;
    bool m_busy = false;

    QLabel *m_intro = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_market = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_document = nullptr;
    QComboBox *m_purpose = nullptr;
    QLineEdit *m_qualification = nullptr;
    QLabel *m_qualificationLabel = nullptr;
    QPushButton *m_proofButton = nullptr;
    QLabel *m_proofFile = nullptr;
    QLabel *m_proofPreview = nullptr;
    QPushButton *m_commissionButton = nullptr;
    QLabel *m_commissionFile = nullptr;
    QLabel *m_commissionPreview = nullptr;
    QLabel *m_commissionLabel = nullptr;
    QLineEdit *m_remark = nullptr;
    QHash<QString, QLabel *> m_problemLabels;
    QHash<QString, QLabel *> m_fieldLabels;
    MessageBar *m_messageBar = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_submit = nullptr;
    api::ApiError m_error;
};

} // namespace sms::ui
