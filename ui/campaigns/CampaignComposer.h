// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/ImportOptions.h"
#include "campaign/Preflight.h"
#include "review/TemplateRecord.h"

#include <QMessageBox>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;

class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace sms::campaign {
class CampaignStore;
}
namespace sms::review {
class SignatureStore;
class TemplateStore;
} // namespace sms::review

namespace sms::ui {

class RecipientModel;
class SendingChoices;
class TemplatePreview;

// Composes a campaign: the profile's SmsSdkAppId, an approved signature and
// template (the others listed, disabled, with why not), the recipients from
// a file (CSV or .xlsx) or pasted, the column mapping read from the first
// rows, then the import with pre-flight into the journal on a worker
// thread; the pre-flight table (every row, or the problems only), the
// selected row as the phone shows it, the totals against the package
// balance, and Send after a confirmation that states count and cost.
class CampaignComposer : public QWidget
{
    Q_OBJECT

public:
    CampaignComposer(campaign::CampaignStore &store, const review::SignatureStore *signatures,
                     const review::TemplateStore *templates, QWidget *parent = nullptr);
    ~CampaignComposer() override;

    // Starts over: nothing chosen, nothing imported.
    void reset();
    void chooseTemplate(qint64 templateId);
    void chooseSignature(const QString &signName);
    // Reads the first rows of a file or of pasted text for the mapping step.
    bool setSourceFile(const QString &path);
    bool setSourceText(const QString &text);
    // A campaign of the journal (imported, not sent yet, or one whose rows
    // are to be looked at): its table and totals; numbers narrows the table.
    void showCampaign(qint64 campaignId, const QStringList &numbers = {});
    qint64 campaignId() const { return m_campaignId; }

    // Imports the source into a new campaign (checkButton).
    void check();
    // Asks for the confirmation (sendButton); sendRequested() after yes.
    void confirmSend();

    RecipientModel *recipientModel() const { return m_recipients; }
    QTableView *table() const { return m_table; }
    TemplatePreview *preview() const { return m_preview; }
    QComboBox *templateBox() const { return m_templateBox; }
    QComboBox *signatureBox() const { return m_signatureBox; }
    QComboBox *phoneColumnBox() const { return m_phoneColumnBox; }
    QLabel *totalsLabel() const { return m_totals; }
    QPushButton *sendButton() const { return m_sendButton; }
    QCheckBox *problemsOnlyBox() const { return m_problemsOnly; }
    // The confirmation open now, if any.
    QMessageBox *confirmation() const { return m_confirmation; }

Q_SIGNALS:
    // The operator confirmed sending campaignId.
    void sendRequested(qint64 campaignId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showSample();
    void onImported(qint64 campaignId, bool succeeded);
    void updateTotals();
    void updatePreview();
    void updateButtons();
    campaign::Preflight::Options preflightOptions() const;
    campaign::ImportOptions importOptions() const;
    std::optional<review::TemplateRecord> chosenTemplate() const;

    campaign::CampaignStore &m_store;
    SendingChoices *m_choices;

    QString m_sourcePath;
    QString m_sourceText;
    QString m_sourceName;
    qint64 m_campaignId = 0;

    QComboBox *m_templateBox;
    QComboBox *m_signatureBox;
    QLabel *m_whyNotLabel;
    QPushButton *m_openButton;
    QPushButton *m_pasteButton;
    QPlainTextEdit *m_pasteEdit;
    QLabel *m_sourceLabel;
    QLabel *m_phoneColumnLabel;
    QComboBox *m_phoneColumnBox;
    QTableView *m_sampleView;
    QStandardItemModel *m_sample;
    QCheckBox *m_startLater;
    QDateTimeEdit *m_startAt;
    QPushButton *m_checkButton;
    QPushButton *m_cancelImportButton;
    QProgressBar *m_importProgress;
    QCheckBox *m_problemsOnly;
    QTableView *m_table;
    RecipientModel *m_recipients;
    TemplatePreview *m_preview;
    QLabel *m_totals;
    QPushButton *m_sendButton;
    QPointer<QMessageBox> m_confirmation;
};

} // namespace sms::ui
