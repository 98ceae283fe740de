// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "domain/TemplateApplication.h"
#include "review/CheckProblem.h"
#include "review/TemplateRecord.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace sms::review {
class ReviewJob;
class SignatureStore;
class TemplateStore;
} // namespace sms::review

namespace sms::ui {

class MessageBar;
class StatusFrame;
class TemplateHighlighter;
class TemplatePreview;

// Adds a template, or modifies one under review or rejected: name, type,
// market, text and remark. The local checks run on every keystroke and
// their problems stand under the fields they concern, with the service's
// code; OK stays disabled while any is found, so a form the service would
// refuse sends nothing. The text marks its {n} variables and what the
// checks object to, and a phone beside it shows the message as received
// (【signature】 + text with sample values) with its length and billed
// segments. A marketing template for mainland China without its opt-out
// text is offered "Append …" in one click.
//
// OK submits through the store; the dialog closes when the service took
// the change and stays open, with the failure in a bar at the top, when it
// did not.
class TemplateEditor : public QDialog
{
    Q_OBJECT

public:
    // A new template, added to store on OK. signatures (optional) offers
    // its usable signatures for the preview.
    explicit TemplateEditor(review::TemplateStore &store,
                            const review::SignatureStore *signatures = nullptr,
                            QWidget *parent = nullptr);

    // Modifies record instead: the form holds its values, its market cannot
    // change, and the checks are those of a modification.
    void setRecord(const review::TemplateRecord &record);
    // Puts values in the form (what a new template starts from).
    void setApplication(const domain::TemplateApplication &application);

    domain::TemplateApplication application() const;
    // What the checks found in the form as it is now.
    const review::CheckProblems &problems() const { return m_problems; }
    // The template being modified; nothing for a new one.
    std::optional<qint64> editedId() const;
    bool isSubmitting() const { return !m_job.isNull(); }

    QLineEdit *nameEdit() const { return m_nameEdit; }
    QComboBox *typeBox() const { return m_typeBox; }
    QComboBox *marketBox() const { return m_marketBox; }
    QPlainTextEdit *contentEdit() const { return m_contentEdit; }
    QLineEdit *remarkEdit() const { return m_remarkEdit; }
    QComboBox *signatureBox() const { return m_signatureBox; }
    QLabel *nameProblemsLabel() const { return m_nameProblemsLabel; }
    QLabel *contentProblemsLabel() const { return m_contentProblemsLabel; }
    QPushButton *appendUnsubscribeButton() const { return m_appendButton; }
    QPushButton *okButton() const;
    TemplatePreview *preview() const { return m_preview; }
    TemplateHighlighter *highlighter() const { return m_highlighter; }
    MessageBar *messageBar() const { return m_messageBar; }

public Q_SLOTS:
    // Submits the form when the checks pass; does nothing while they fail
    // (Enter and a disabled OK alike).
    void accept() override;
    // Appends the standard opt-out text to the template's text.
    void appendUnsubscribe();

Q_SIGNALS:
    // The service took the change: the new or modified template's id.
    void saved(qint64 id);
    // "Explain" on a failure the service reported.
    void explainRequested(const sms::api::ApiError &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslate();
    void fillSignatures();
    void recheck();
    void updatePreview();
    void showProblems(StatusFrame *frame, QLabel *label, const review::CheckProblems &problems,
                      bool touched);
    void submitted(review::ReviewJob *job);
    void setSubmitting(bool submitting);

    review::TemplateStore &m_store;
    QPointer<const review::SignatureStore> m_signatures;
    std::optional<review::TemplateRecord> m_existing;
    review::CheckProblems m_problems;
    QPointer<review::ReviewJob> m_job;
    api::ApiError m_failure;
    // Problems of a field are shown as errors once the operator wrote in it
    // (before that, quietly, as what is still to do).
    bool m_nameTouched = false;
    bool m_contentTouched = false;
    // Filling the form from code: not the operator's writing.
    bool m_filling = false;

    QLabel *m_nameLabel = nullptr;
    QLabel *m_typeLabel = nullptr;
    QLabel *m_marketLabel = nullptr;
    QLabel *m_contentLabel = nullptr;
    QLabel *m_remarkLabel = nullptr;
    QLabel *m_signatureLabel = nullptr;
    QLabel *m_previewTitle = nullptr;
    QLabel *m_sampleNote = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QComboBox *m_typeBox = nullptr;
    QComboBox *m_marketBox = nullptr;
    QPlainTextEdit *m_contentEdit = nullptr;
    QLineEdit *m_remarkEdit = nullptr;
    QComboBox *m_signatureBox = nullptr;
    StatusFrame *m_nameProblems = nullptr;
    QLabel *m_nameProblemsLabel = nullptr;
    StatusFrame *m_contentProblems = nullptr;
    QLabel *m_contentProblemsLabel = nullptr;
    QPushButton *m_appendButton = nullptr;
    TemplateHighlighter *m_highlighter = nullptr;
    TemplatePreview *m_preview = nullptr;
    MessageBar *m_messageBar = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace sms::ui
