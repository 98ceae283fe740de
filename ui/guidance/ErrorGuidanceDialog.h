// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "errors/ErrorGroups.h"
#include "errors/Guidance.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QDialog>
#include <QList>

class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QTimer;
class QTreeWidget;

namespace sms::ui {

class StatusFrame;

// Explains one failure, or many at once, and offers the buttons that fix it.
//
// One error: title, code, what it means, numbered steps, the server's message
// (always plain text), the RequestId with a copy button, when to retry (with
// a live countdown where the wait is known), the measured clock offset for
// clock errors, and a warning when the request may already have been carried
// out. Many errors (a campaign's refused numbers): a table of codes with
// counts on top; the guidance below follows the selected row.
//
// The dialog does not open pages or change settings itself: its action
// buttons emit signals that the GuidanceRouter sends where they belong, and
// a button shows only when its action is offered (setOfferedActions). Each
// button has a mnemonic. "Copy Details" puts a report for support on the
// clipboard (ErrorReport: no keys, numbers masked). A code explained on its
// own, with nothing from a request, shows no server box.
class ErrorGuidanceDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ErrorGuidanceDialog(const api::ApiError &error, QWidget *parent = nullptr);
    // Grouped by code; per-number failures inside the errors count one each.
    explicit ErrorGuidanceDialog(const QList<api::ApiError> &errors, QWidget *parent = nullptr);
    ErrorGuidanceDialog(const domain::NumberFailures &failures, const QString &requestId,
                        QWidget *parent = nullptr);

    bool isGrouped() const { return m_grouped; }
    const errors::ErrorGroupList &groups() const { return m_groups; }
    int currentGroup() const { return m_currentGroup; }
    void selectGroup(int row);

    // The error explained now: the selected group's when grouped.
    api::ApiError currentError() const;
    // The guidance shown right now, in the current language.
    const errors::Guidance &guidance() const { return m_guidance; }
    // What "Copy details" copies.
    QString detailsText() const;
    // When the failure happened (for the report); the default is when the
    // dialog was created.
    void setOccurredAt(const QDateTime &utc) { m_occurredUtc = utc.toUTC(); }
    // The fixing actions whoever opened the dialog can carry out; a button
    // shows only when the error's entry asks for it and it is offered here.
    // By default everything but Retry, which needs someone to retry.
    void setOfferedActions(errors::GuidanceActions actions);
    errors::GuidanceActions offeredActions() const { return m_offeredActions; }
    static errors::GuidanceActions defaultOfferedActions();

Q_SIGNALS:
    void openSettingsRequested();
    void openSignatureRequested();
    void openTemplateRequested();
    void correctClockRequested(qint64 offsetSeconds);
    void retryRequested();
    void editCampaignRowsRequested(const QStringList &numbers);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void applyPaletteColours();
    void retranslate();
    void refreshGuidance();
    void fillGroupTable();
    void fitToContents();
    void fitMessageHeight();
    void updateCountdown();
    qint64 secondsLeft() const;
    void copyRequestId();
    void copyDetails();
    void flashCopied(QPushButton *button);
    void correctClock();
    void editRows();
    api::ApiError errorForGroup(int row) const;
    QStringList currentNumbers() const;
    bool hasClockOffset() const;
    bool offsetNeedsCorrection() const;

    // What the dialog explains.
    QList<api::ApiError> m_errors;
    errors::ErrorGroupList m_groups;
    bool m_grouped = false;
    int m_currentGroup = -1;
    errors::Guidance m_guidance;
    QDateTime m_occurredUtc;
    bool m_clockCorrected = false;
    bool m_fittedToContents = false;
    errors::GuidanceActions m_offeredActions = defaultOfferedActions();

    // Retry countdown.
    // Countdowns are measured from when the failure happened, so switching
    // groups or languages does not restart them.
    QTimer *m_countdownTimer = nullptr;
    QElapsedTimer m_sinceCreated;
    QDateTime m_createdUtc;

    // Header.
    QLabel *m_iconLabel = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_codeLabel = nullptr;
    QLabel *m_categoryLabel = nullptr;
    QLabel *m_fallbackLabel = nullptr;
    StatusFrame *m_outcomeFrame = nullptr;
    QLabel *m_outcomeLabel = nullptr;

    // Grouped mode.
    QLabel *m_groupSummaryLabel = nullptr;
    QTreeWidget *m_groupTree = nullptr;

    // Guidance body.
    QScrollArea *m_scrollArea = nullptr;
    QLabel *m_meaningHeading = nullptr;
    QLabel *m_meaningLabel = nullptr;
    QLabel *m_stepsHeading = nullptr;
    QList<QLabel *> m_stepNumberLabels;
    QList<QLabel *> m_stepLabels;
    StatusFrame *m_clockFrame = nullptr;
    QLabel *m_clockLabel = nullptr;
    QPushButton *m_correctClockButton = nullptr;
    QLabel *m_retryHeading = nullptr;
    QLabel *m_retryLabel = nullptr;
    QLabel *m_countdownLabel = nullptr;
    QLabel *m_numbersHeading = nullptr;
    QLabel *m_numbersLabel = nullptr;
    QGroupBox *m_serverBox = nullptr;
    QLabel *m_messageCaption = nullptr;
    QPlainTextEdit *m_messageView = nullptr;
    QLabel *m_requestIdCaption = nullptr;
    QLineEdit *m_requestIdEdit = nullptr;
    QPushButton *m_copyRequestIdButton = nullptr;
    QLabel *m_actionCaption = nullptr;
    QLabel *m_actionLabel = nullptr;

    // Buttons.
    QPushButton *m_openSettingsButton = nullptr;
    QPushButton *m_openSignatureButton = nullptr;
    QPushButton *m_openTemplateButton = nullptr;
    QPushButton *m_editRowsButton = nullptr;
    QPushButton *m_retryButton = nullptr;
    QPushButton *m_copyDetailsButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace sms::ui
