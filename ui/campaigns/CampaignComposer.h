// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/ColumnMapping.h"
#include "campaign/ImportOptions.h"
#include "campaign/Preflight.h"
#include "review/TemplateRecord.h"

#include <QFutureWatcher>
#include <QHash>
#include <QMessageBox>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QFormLayout;
class QHBoxLayout;
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
// template (the others listed, disabled, with why not; the template's type
// asked for when the service's list does not say it), the recipients from
// a file (CSV or .xlsx) or pasted, the mapping step (the first rows as
// read; the phone column and each {1}..{n} mapped to a column, the header
// row, the encoding and the default region, each re-reading the rows),
// then the import with pre-flight into the journal on a worker thread; the
// pre-flight table (every row, or the problems only) whose rows not sent
// yet can be edited (re-checked as typed) and sent again, the selected row
// as the phone shows it, the totals against the package balance, and Send
// after a confirmation that states count and cost.
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
    // Reads the first rows of a file or of pasted text for the mapping step
    // (sampleShown() once shown: at once for text and small files, from a
    // worker for a large file). False when the source cannot be read.
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
    // Re-checks the refused rows shown, then asks to send those that pass
    // again (resendButton): the confirmation states count and segments.
    void resendShown();

    RecipientModel *recipientModel() const { return m_recipients; }
    QTableView *table() const { return m_table; }
    TemplatePreview *preview() const { return m_preview; }
    QComboBox *templateBox() const;
    QComboBox *signatureBox() const;
    QComboBox *phoneColumnBox() const { return m_phoneColumnBox; }
    QComboBox *headerBox() const { return m_headerBox; }
    QComboBox *encodingBox() const { return m_encodingBox; }
    QComboBox *regionBox() const { return m_regionBox; }
    // The column of each {1}..{n} of the chosen template, {1} first.
    QList<QComboBox *> parameterBoxes() const { return m_parameterBoxes; }
    // The template's type, shown when the service's list does not say it.
    QComboBox *templateTypeBox() const { return m_typeBox; }
    QTableView *sampleView() const { return m_sampleView; }
    QPushButton *resendButton() const { return m_resendButton; }
    QLabel *editProblemLabel() const { return m_editProblem; }
    QLabel *totalsLabel() const { return m_totals; }
    QPushButton *sendButton() const { return m_sendButton; }
    QCheckBox *problemsOnlyBox() const { return m_problemsOnly; }
    bool isReadingSample() const { return m_readingSample; }
    // The confirmation open now, if any.
    QMessageBox *confirmation() const { return m_confirmation; }

Q_SIGNALS:
    // The operator confirmed sending campaignId.
    void sendRequested(qint64 campaignId);
    // The mapping step shows the source's first rows (or why it cannot).
    void sampleShown();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    // What the mapping step shows of the source: read off the GUI thread for
    // a large file (the reader parses a block of the file at once).
    struct SampleRead
    {
        bool ok = false;
        QString error;
        int columns = 1;
        QStringList header;
        campaign::ColumnMapping mapping;
        QList<campaign::SourceRow> rows;
        campaign::ImportOptions::Encoding encoding = campaign::ImportOptions::Encoding::Utf8;
    };
    static SampleRead readSample(const campaign::ImportOptions &options, const QString &path,
                                 const QString &text);
    void showSample();
    void applySample(const SampleRead &read);
    void fillParameterBoxes(const QList<int> &defaults);
    int chosenColumn(int index) const;
    void updateTemplateType();
    std::optional<domain::SmsType> listedTemplateType() const;
    void updateEditing();
    void onRechecked(qint64 campaignId, const QList<qint64> &passing, qint64 segments);
    void onImported(qint64 campaignId, bool succeeded);
    void updateTotals();
    void updatePreview();
    void updateButtons();
    campaign::Preflight::Options preflightOptions() const;
    campaign::ImportOptions importOptions() const;
    std::optional<review::TemplateRecord> chosenTemplate() const;

    campaign::CampaignStore &m_store;
    // The SmsSdkAppId, template and signature rows, as the single message
    // dialog has them.
    SendingChoices *m_choices;

    QString m_sourcePath;
    QString m_sourceText;
    QString m_sourceName;
    qint64 m_campaignId = 0;

    QLabel *m_whyNotLabel;
    QPushButton *m_openButton;
    QPushButton *m_pasteButton;
    QPlainTextEdit *m_pasteEdit;
    QLabel *m_sourceLabel;
    QLabel *m_phoneColumnLabel;
    QComboBox *m_phoneColumnBox;
    QLabel *m_headerLabel;
    QComboBox *m_headerBox;
    QLabel *m_encodingLabel;
    QComboBox *m_encodingBox;
    QLabel *m_regionLabel;
    QComboBox *m_regionBox;
    QLabel *m_parametersLabel;
    QHBoxLayout *m_parameterRow;
    QList<QLabel *> m_parameterLabels;
    QList<QComboBox *> m_parameterBoxes;
    QStringList m_columnNames; // of the source, for the parameter boxes
    qint64 m_parameterTemplate = 0; // the template the parameter boxes are for
    QStringList m_sourceHeader; // the header row as read now; empty: none
    // The operator's choice of column for a parameter (by index, {1} at 0),
    // kept when the rows are read again (another header row or encoding).
    struct ColumnChoice
    {
        int column = -1;
        QString name; // its header's, when the rows had one
    };
    QHash<int, ColumnChoice> m_chosenParameters;
    int m_chosenPhoneColumn = -1; // the operator's choice, kept when the rows are read again
    QFormLayout *m_form;
    QLabel *m_typeLabel;
    QComboBox *m_typeBox;
    QPushButton *m_resendButton;
    QLabel *m_editProblem;
    bool m_rechecking = false;
    QTableView *m_sampleView;
    QStandardItemModel *m_sample;
    QFutureWatcher<SampleRead> *m_sampleWatcher;
    bool m_readingSample = false;
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
