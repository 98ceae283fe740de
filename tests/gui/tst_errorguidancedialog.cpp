// SPDX-License-Identifier: GPL-3.0-or-later
// The guidance dialog on its own: what it says for one error and for many,
// in English and Chinese, what its buttons ask for, what it copies, and
// that nothing from the service is ever interpreted as markup.

#include "guidance/ErrorGuidanceDialog.h"

#include "GuiTestSupport.h"
#include "Localization.h"
#include "errors/ErrorCatalog.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using sms::api::ApiError;
using sms::errors::ErrorCatalog;
using sms::ui::ErrorGuidanceDialog;

namespace {
const QString requestId = QStringLiteral("ed93f3cb-f35e-473f-b9f3-0d451b8b79c6");
const QString secretKey = QStringLiteral("Gu5t9xGARNpq86cd98joQYCN3EXAMPLE");

ApiError serviceError(const QString &code, const QString &message)
{
    ApiError error = ApiError::service(code, message);
    error.setRequestId(requestId);
    error.setAction(QStringLiteral("SendSms"));
    return error;
}

template<typename T = QWidget> T *child(const QWidget &dialog, const char *name)
{
    T *widget = dialog.findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qWarning("no child %s", name);
    return widget;
}

QString textOf(const QWidget &dialog, const char *name)
{
    const auto *label = child<QLabel>(dialog, name);
    return label ? label->text() : QString();
}

bool shown(const QWidget &dialog, const char *name)
{
    const QWidget *widget = child(dialog, name);
    return widget && widget->isVisible();
}

sms::domain::NumberFailures campaignFailures()
{
    sms::domain::NumberFailures failures;
    const char *codes[]
        = {"LimitExceeded.PhoneNumberDailyLimit", "InvalidParameterValue.IncorrectPhoneNumber",
           "FailedOperation.PhoneNumberInBlacklist", "Vendor.BrandNewCode"};
    const int sizes[] = {1800, 900, 250, 50};
    for (int c = 0; c < 4; ++c)
        for (int i = 0; i < sizes[c]; ++i)
            failures.append(
                {QStringLiteral("+8613%1%2").arg(c).arg(i, 8, 10, QLatin1Char('0')),
                 QString::fromLatin1(codes[c]),
                 c == 3 ? QStringLiteral("<b>new</b> reason") : QStringLiteral("refused"),
                 QStringLiteral("CN")});
    return failures;
}

// Everything a caller can carry out, Retry included.
sms::errors::GuidanceActions withRetry()
{
    return ErrorGuidanceDialog::defaultOfferedActions()
        | sms::errors::GuidanceAction::RetryAfterCountdown;
}

void showAndWait(QWidget &widget)
{
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
}
} // namespace

class tst_ErrorGuidanceDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void englishTextsAndButtons();
    void actionSignals();
    void copyRequestId();
    void copyDetailsHoldsNoSecrets();
    void clockOffsetAndCorrection();
    void clockErrorWithoutMeasurement();
    void retryCountdown();
    void dailyLimitCountdown();
    void outcomeUnknownWarns();
    void unknownCodeStillShowsServerText();
    void hostileMessages_data();
    void hostileMessages();
    void hostileCode();
    void noLabelInterpretsRichText();
    void chinese();
    void retranslatesOnLanguageChange();
    void groupedCampaignFailures();
    void groupedFromErrors();
    void accessibleNames();
    void mnemonicsWork_data();
    void mnemonicsWork();
    void bareCodeHasNoServerBox();
    void screenshots();

private:
    guitest::MarkingTranslator m_marker;
};

void tst_ErrorGuidanceDialog::initTestCase()
{
    QApplication::setApplicationVersion(QStringLiteral(SMS_VERSION));
    // A secret in the environment must never travel into a report.
    qputenv("TENCENTCLOUD_SECRET_KEY", secretKey.toUtf8());
    QCoreApplication::installTranslator(&m_marker);
}

void tst_ErrorGuidanceDialog::init()
{
    m_marker.active = false;
    sms::Localization::install(QLocale(QLocale::English, QLocale::UnitedStates));
    QGuiApplication::clipboard()->clear();
}

void tst_ErrorGuidanceDialog::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_marker);
    sms::Localization::install(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_ErrorGuidanceDialog::englishTextsAndButtons()
{
    const ApiError error = serviceError(QStringLiteral("AuthFailure.SecretIdNotFound"),
                                        QStringLiteral("The SecretId is not found."));
    ErrorGuidanceDialog dialog(error);
    showAndWait(dialog);
    const auto g = ErrorCatalog::guidanceFor(error);

    QVERIFY(!dialog.isGrouped());
    QCOMPARE(textOf(dialog, "titleLabel"), QStringLiteral("SecretId not found"));
    QCOMPARE(textOf(dialog, "codeLabel"), QStringLiteral("AuthFailure.SecretIdNotFound"));
    QVERIFY(textOf(dialog, "categoryLabel").contains(QStringLiteral("Authentication")));
    QCOMPARE(textOf(dialog, "meaningLabel"), g.meaning);
    QCOMPARE(textOf(dialog, "meaningHeading"), QStringLiteral("What it means"));
    QCOMPARE(textOf(dialog, "stepsHeading"), QStringLiteral("What to do now"));
    QCOMPARE(g.steps.size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(textOf(dialog, QByteArray("step" + QByteArray::number(i + 1)).constData()),
                 g.steps.at(i));
    QVERIFY(shown(dialog, "step3"));
    QVERIFY(!shown(dialog, "step4"));
    QVERIFY(textOf(dialog, "retryLabel").contains(QStringLiteral("fixing the cause")));
    QCOMPARE(child<QPlainTextEdit>(dialog, "messageView")->toPlainText(),
             QStringLiteral("The SecretId is not found."));
    QCOMPARE(child<QLineEdit>(dialog, "requestIdEdit")->text(), requestId);
    QVERIFY(child<QLineEdit>(dialog, "requestIdEdit")->isReadOnly());
    QCOMPARE(textOf(dialog, "actionLabel"), QStringLiteral("SendSms"));
    QCOMPARE(child<QGroupBox>(dialog, "serverBox")->title(),
             QStringLiteral("What the service said"));
    QVERIFY(!shown(dialog, "fallbackLabel"));
    QVERIFY(!shown(dialog, "outcomeFrame"));
    QVERIFY(!shown(dialog, "clockFrame"));
    QVERIFY(!shown(dialog, "groupTree"));

    QVERIFY(shown(dialog, "openSettingsButton"));
    QCOMPARE(child<QPushButton>(dialog, "openSettingsButton")->text(),
             QStringLiteral("Open Pro&files"));
    QVERIFY(!shown(dialog, "openSignatureButton"));
    QVERIFY(!shown(dialog, "openTemplateButton"));
    QVERIFY(!shown(dialog, "editRowsButton"));
    QVERIFY(!shown(dialog, "retryButton"));
    QVERIFY(shown(dialog, "copyDetailsButton"));
    QVERIFY(shown(dialog, "copyRequestIdButton"));
    QVERIFY(shown(dialog, "closeButton"));
    QVERIFY(dialog.windowTitle().contains(QStringLiteral("SecretId not found")));

    QTest::mouseClick(child<QPushButton>(dialog, "closeButton"), Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void tst_ErrorGuidanceDialog::actionSignals()
{
    {
        ErrorGuidanceDialog dialog(
            serviceError(QStringLiteral("AuthFailure.SignatureFailure"), QStringLiteral("x")));
        showAndWait(dialog);
        QSignalSpy settings(&dialog, &ErrorGuidanceDialog::openSettingsRequested);
        QTest::mouseClick(child<QPushButton>(dialog, "openSettingsButton"), Qt::LeftButton);
        QCOMPARE(settings.count(), 1);
        QVERIFY(dialog.isVisible()); // the operator keeps the steps in view
    }
    {
        ErrorGuidanceDialog dialog(serviceError(
            QStringLiteral("FailedOperation.SignatureIncorrectOrUnapproved"), QStringLiteral("x")));
        showAndWait(dialog);
        QSignalSpy signature(&dialog, &ErrorGuidanceDialog::openSignatureRequested);
        QTest::mouseClick(child<QPushButton>(dialog, "openSignatureButton"), Qt::LeftButton);
        QCOMPARE(signature.count(), 1);
    }
    {
        ErrorGuidanceDialog dialog(
            serviceError(QStringLiteral("FailedOperation.TemplateParamSetNotMatchApprovedTemplate"),
                         QStringLiteral("x")));
        showAndWait(dialog);
        QSignalSpy templ(&dialog, &ErrorGuidanceDialog::openTemplateRequested);
        QSignalSpy rows(&dialog, &ErrorGuidanceDialog::editCampaignRowsRequested);
        QTest::mouseClick(child<QPushButton>(dialog, "openTemplateButton"), Qt::LeftButton);
        QCOMPARE(templ.count(), 1);
        QVERIFY(shown(dialog, "editRowsButton"));
        QTest::mouseClick(child<QPushButton>(dialog, "editRowsButton"), Qt::LeftButton);
        QCOMPARE(rows.count(), 1);
        QCOMPARE(rows.at(0).at(0).toStringList(), QStringList());
    }
}

void tst_ErrorGuidanceDialog::copyRequestId()
{
    ErrorGuidanceDialog dialog(serviceError(QStringLiteral("InternalError.SendAndRecvFail"),
                                            QStringLiteral("send and recv fail")));
    showAndWait(dialog);
    auto *button = child<QPushButton>(dialog, "copyRequestIdButton");
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), requestId);
    QCOMPARE(button->text(), QStringLiteral("Copied"));
    QTRY_COMPARE_WITH_TIMEOUT(button->text(), QStringLiteral("Co&py"), 3000);

    // No RequestId: no copy button, and the field says why.
    ApiError dns(ApiError::Kind::Network, QString::fromLatin1(sms::api::ClientCode::DnsFailure),
                 QStringLiteral("Host sms.example not found"));
    ErrorGuidanceDialog noId(dns);
    showAndWait(noId);
    QVERIFY(!shown(noId, "copyRequestIdButton"));
    QVERIFY(!child<QLineEdit>(noId, "requestIdEdit")->isEnabled());
}

void tst_ErrorGuidanceDialog::copyDetailsHoldsNoSecrets()
{
    ApiError error = serviceError(QStringLiteral("AuthFailure.SignatureFailure"),
                                  QStringLiteral("The provided credentials could not be validated. "
                                                 "secret_key=")
                                      + secretKey);
    error.setHttpStatus(200);
    ErrorGuidanceDialog dialog(error);
    dialog.setOccurredAt(QDateTime(QDate(2024, 5, 1), QTime(8, 0), Qt::UTC));
    showAndWait(dialog);
    QTest::mouseClick(child<QPushButton>(dialog, "copyDetailsButton"), Qt::LeftButton);
    const QString details = QGuiApplication::clipboard()->text();
    QCOMPARE(details, dialog.detailsText());
    QVERIFY(details.contains(QStringLiteral("AuthFailure.SignatureFailure")));
    QVERIFY(details.contains(QStringLiteral("The provided credentials could not be validated.")));
    QVERIFY(details.contains(requestId));
    QVERIFY(details.contains(QStringLiteral("SendSms")));
    QVERIFY(details.contains(QStringLiteral("2024-05-01T08:00:00Z")));
    QVERIFY(details.contains(QStringLiteral(SMS_VERSION)));
    QVERIFY(!details.contains(secretKey));
    QVERIFY(!details.contains(QString::fromUtf8(qgetenv("TENCENTCLOUD_SECRET_KEY"))));
}

void tst_ErrorGuidanceDialog::clockOffsetAndCorrection()
{
    ApiError error = serviceError(QStringLiteral("AuthFailure.SignatureExpire"),
                                  QStringLiteral("Signature expired."));
    error.setClockOffsetSeconds(432); // the service is 7 min 12 s ahead
    ErrorGuidanceDialog dialog(error);
    showAndWait(dialog);
    QVERIFY(shown(dialog, "clockFrame"));
    const QString clock = textOf(dialog, "clockLabel");
    QVERIFY2(clock.contains(QStringLiteral("7 min 12 s"))
                 && clock.contains(QStringLiteral("ahead")),
             qPrintable(clock));
    QVERIFY(textOf(dialog, "categoryLabel").contains(QStringLiteral("Clock")));

    auto *correct = child<QPushButton>(dialog, "correctClockButton");
    QVERIFY(correct->isVisible());
    QCOMPARE(correct->text(), QStringLiteral("Correct the &Clock"));
    QSignalSpy spy(&dialog, &ErrorGuidanceDialog::correctClockRequested);
    QTest::mouseClick(correct, Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toLongLong(), qint64(432));
    QVERIFY(!correct->isEnabled());
    QCOMPARE(correct->text(), QStringLiteral("Clock corrected"));

    // Behind instead of ahead.
    error.setClockOffsetSeconds(-3600);
    ErrorGuidanceDialog behind(error);
    showAndWait(behind);
    QVERIFY(textOf(behind, "clockLabel").contains(QStringLiteral("1 h behind")));
}

void tst_ErrorGuidanceDialog::clockErrorWithoutMeasurement()
{
    ErrorGuidanceDialog dialog(serviceError(QStringLiteral("AuthFailure.SignatureExpire"),
                                            QStringLiteral("Signature expired.")));
    showAndWait(dialog);
    QVERIFY(shown(dialog, "clockFrame"));
    QVERIFY(textOf(dialog, "clockLabel").contains(QStringLiteral("could not be measured")));
    QVERIFY(!shown(dialog, "correctClockButton"));
}

void tst_ErrorGuidanceDialog::retryCountdown()
{
    ErrorGuidanceDialog dialog(
        serviceError(QStringLiteral("RequestLimitExceeded"), QStringLiteral("Too many requests")));
    dialog.setOfferedActions(withRetry());
    showAndWait(dialog);
    auto *retry = child<QPushButton>(dialog, "retryButton");
    QVERIFY(retry->isVisible());
    QVERIFY(!retry->isEnabled());
    QVERIFY(textOf(dialog, "countdownLabel").contains(QStringLiteral("You can retry in 1 s")));
    QTRY_VERIFY_WITH_TIMEOUT(retry->isEnabled(), 4000);
    QCOMPARE(textOf(dialog, "countdownLabel"), QStringLiteral("You can retry now."));

    QSignalSpy spy(&dialog, &ErrorGuidanceDialog::retryRequested);
    QTest::mouseClick(retry, Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    // A 30-second limit counts down visibly.
    ErrorGuidanceDialog thirty(serviceError(
        QStringLiteral("LimitExceeded.PhoneNumberThirtySecondLimit"), QStringLiteral("30s")));
    thirty.setOfferedActions(withRetry());
    showAndWait(thirty);
    QVERIFY(!child<QPushButton>(thirty, "retryButton")->isEnabled());
    QVERIFY(textOf(thirty, "countdownLabel").contains(QStringLiteral("s.")));
    QVERIFY(
        child<QPushButton>(thirty, "retryButton")->text().startsWith(QStringLiteral("Retry in")));
}

void tst_ErrorGuidanceDialog::dailyLimitCountdown()
{
    ErrorGuidanceDialog dialog(serviceError(QStringLiteral("LimitExceeded.PhoneNumberDailyLimit"),
                                            QStringLiteral("daily limit")));
    dialog.setOfferedActions(withRetry());
    showAndWait(dialog);
    const QString countdown = textOf(dialog, "countdownLabel");
    QVERIFY2(countdown.contains(QStringLiteral("00:00 Beijing time")), qPrintable(countdown));
    QVERIFY(textOf(dialog, "retryLabel").contains(QStringLiteral("UTC+8")));
    QVERIFY(!child<QPushButton>(dialog, "retryButton")->isEnabled());
}

void tst_ErrorGuidanceDialog::outcomeUnknownWarns()
{
    ApiError error(ApiError::Kind::Timeout, QString::fromLatin1(sms::api::ClientCode::Timeout),
                   QStringLiteral("No complete answer within 15 seconds."));
    error.setAction(QStringLiteral("SendSms"));
    error.setOutcomeUnknown(true);
    ErrorGuidanceDialog dialog(error);
    dialog.setOfferedActions(withRetry());
    showAndWait(dialog);
    QVERIFY(shown(dialog, "outcomeFrame"));
    QVERIFY(textOf(dialog, "outcomeLabel").contains(QStringLiteral("send records")));
    QVERIFY(!shown(dialog, "retryButton")); // reconcile, never repeat blindly
    QVERIFY(!shown(dialog, "countdownLabel"));
    QVERIFY(textOf(dialog, "retryLabel").contains(QStringLiteral("send records")));
    // SMS Console's own words are not presented as the service's.
    QCOMPARE(child<QGroupBox>(dialog, "serverBox")->title(), QStringLiteral("Details"));

    error.setOutcomeUnknown(false);
    ErrorGuidanceDialog safe(error);
    safe.setOfferedActions(withRetry());
    showAndWait(safe);
    QVERIFY(!shown(safe, "outcomeFrame"));
    QVERIFY(shown(safe, "retryButton"));

    // Nobody to retry it: no button, whatever the code would allow.
    ErrorGuidanceDialog unoffered(error);
    showAndWait(unoffered);
    QVERIFY(!shown(unoffered, "retryButton"));
}

void tst_ErrorGuidanceDialog::unknownCodeStillShowsServerText()
{
    ErrorGuidanceDialog dialog(serviceError(QStringLiteral("Vendor.BrandNewCode"),
                                            QStringLiteral("Something new went wrong")));
    showAndWait(dialog);
    QVERIFY(shown(dialog, "fallbackLabel"));
    QVERIFY(textOf(dialog, "fallbackLabel").contains(QStringLiteral("Vendor.BrandNewCode")));
    QCOMPARE(textOf(dialog, "codeLabel"), QStringLiteral("Vendor.BrandNewCode"));
    QCOMPARE(textOf(dialog, "titleLabel"), QString::fromLatin1(ErrorCatalog::genericEntry().title));
    QCOMPARE(child<QPlainTextEdit>(dialog, "messageView")->toPlainText(),
             QStringLiteral("Something new went wrong"));
    QCOMPARE(child<QLineEdit>(dialog, "requestIdEdit")->text(), requestId);
    QVERIFY(shown(dialog, "copyRequestIdButton"));

    ErrorGuidanceDialog prefix(
        serviceError(QStringLiteral("LimitExceeded.Foo"), QStringLiteral("m")));
    showAndWait(prefix);
    QVERIFY(textOf(prefix, "fallbackLabel").contains(QStringLiteral("\"LimitExceeded\"")));
    QCOMPARE(textOf(prefix, "codeLabel"), QStringLiteral("LimitExceeded.Foo"));
}

void tst_ErrorGuidanceDialog::hostileMessages_data()
{
    QTest::addColumn<QString>("message");
    QTest::newRow("img") << QStringLiteral("<img src=x onerror=alert(1)>");
    QTest::newRow("markup") << QStringLiteral("<b>bold</b> &amp; <a href=\"http://evil\">link</a>");
    QTest::newRow("long") << QString(10000, QLatin1Char('A'));
    QTest::newRow("long words") << QStringLiteral("word ").repeated(2000);
    QTest::newRow("rtl") << QStringLiteral("\u202Eevil\u202C \u05E9\u05DC\u05D5\u05DD "
                                           "\u0645\u0631\u062D\u0628\u0627");
    QTest::newRow("newlines") << QStringLiteral("line one\nline two\r\nline three");
}

void tst_ErrorGuidanceDialog::hostileMessages()
{
    QFETCH(QString, message);
    ErrorGuidanceDialog dialog(serviceError(QStringLiteral("InvalidParameter"), message));
    showAndWait(dialog);
    auto *view = child<QPlainTextEdit>(dialog, "messageView");
    QVERIFY(view->isReadOnly());
    QString expected = message;
    expected.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QCOMPARE(view->toPlainText(), expected);
    // Shown as text: the document has no images or anchors.
    QVERIFY(!view->document()->toHtml().contains(QStringLiteral("<img")));
    // A huge message scrolls inside its box; the dialog keeps its size.
    QVERIFY(view->height() < 200);
    QVERIFY(view->height() >= view->fontMetrics().lineSpacing());
    QVERIFY(dialog.height() < 900);
    QVERIFY(dialog.width() < 1000);
    QVERIFY(!dialog.windowTitle().contains(message.left(20)) || message.size() < 3);
}

void tst_ErrorGuidanceDialog::hostileCode()
{
    ErrorGuidanceDialog dialog(
        serviceError(QStringLiteral("<img src=x>.Code"), QStringLiteral("m")));
    showAndWait(dialog);
    auto *code = child<QLabel>(dialog, "codeLabel");
    QCOMPARE(code->textFormat(), Qt::PlainText);
    QCOMPARE(code->text(), QStringLiteral("<img src=x>.Code"));
    QVERIFY(textOf(dialog, "fallbackLabel").contains(QStringLiteral("<img src=x>.Code")));
}

void tst_ErrorGuidanceDialog::noLabelInterpretsRichText()
{
    ErrorGuidanceDialog dialog(campaignFailures(), requestId);
    showAndWait(dialog);
    const auto labels = dialog.findChildren<QLabel *>();
    QVERIFY(labels.size() > 10);
    for (const QLabel *label : labels)
        QVERIFY2(label->textFormat() == Qt::PlainText || label->text().isEmpty(),
                 qPrintable(label->objectName()));
}

void tst_ErrorGuidanceDialog::chinese()
{
    const ApiError error = serviceError(QStringLiteral("AuthFailure.SecretIdNotFound"),
                                        QStringLiteral("密钥不存在"));
    QString englishTitle;
    QStringList englishButtons;
    {
        ErrorGuidanceDialog dialog(error);
        showAndWait(dialog);
        englishTitle = textOf(dialog, "titleLabel");
        for (const auto *button : dialog.findChildren<QPushButton *>())
            englishButtons << button->text();
    }
    m_marker.active = true;
    QCOMPARE(sms::Localization::install(QLocale(QLocale::Chinese, QLocale::China)),
             QStringLiteral("zh_CN"));
    ErrorGuidanceDialog dialog(error);
    showAndWait(dialog);
    const auto g = ErrorCatalog::guidanceFor(error);
    QCOMPARE(textOf(dialog, "titleLabel"), g.title);
    QVERIFY(textOf(dialog, "titleLabel") != englishTitle);
    QCOMPARE(textOf(dialog, "step1"), g.steps.first());
    QVERIFY(textOf(dialog, "step1").contains(QStringLiteral("配置管理")));
    QCOMPARE(textOf(dialog, "meaningHeading"), QStringLiteral("这是什么意思"));
    QCOMPARE(textOf(dialog, "stepsHeading"), QStringLiteral("现在该怎么做"));
    QVERIFY(child<QPushButton>(dialog, "openSettingsButton")->isVisible());
    const auto buttons = dialog.findChildren<QPushButton *>();
    for (int i = 0; i < buttons.size(); ++i)
        QVERIFY2(buttons.at(i)->text() != englishButtons.value(i),
                 qPrintable(englishButtons.value(i)));
    QCOMPARE(child<QPlainTextEdit>(dialog, "messageView")->toPlainText(),
             QStringLiteral("密钥不存在"));

    // Copy details in Chinese still carries the code and RequestId.
    QTest::mouseClick(child<QPushButton>(dialog, "copyDetailsButton"), Qt::LeftButton);
    QVERIFY(QGuiApplication::clipboard()->text().contains(requestId));
    QVERIFY(QGuiApplication::clipboard()->text().contains(
        QStringLiteral("AuthFailure.SecretIdNotFound")));
}

void tst_ErrorGuidanceDialog::retranslatesOnLanguageChange()
{
    ApiError error = serviceError(QStringLiteral("LimitExceeded.PhoneNumberThirtySecondLimit"),
                                  QStringLiteral("m"));
    ErrorGuidanceDialog dialog(error);
    showAndWait(dialog);
    const QString english = textOf(dialog, "titleLabel");
    const QString englishCountdown = textOf(dialog, "countdownLabel");
    const QString englishClose = child<QPushButton>(dialog, "closeButton")->text();
    m_marker.active = true;
    sms::Localization::install(QLocale(QLocale::Chinese, QLocale::China));
    QCoreApplication::processEvents(); // LanguageChange is posted
    QTRY_VERIFY(textOf(dialog, "titleLabel") != english);
    QCOMPARE(textOf(dialog, "titleLabel"), ErrorCatalog::guidanceFor(error).title);
    QVERIFY(textOf(dialog, "countdownLabel") != englishCountdown);
    QVERIFY(child<QPushButton>(dialog, "closeButton")->text() != englishClose);
    m_marker.active = false;
    sms::Localization::install(QLocale(QLocale::English, QLocale::UnitedStates));
    QTRY_COMPARE(textOf(dialog, "titleLabel"), english);
}

void tst_ErrorGuidanceDialog::groupedCampaignFailures()
{
    const auto failures = campaignFailures();
    ErrorGuidanceDialog dialog(failures, requestId);
    showAndWait(dialog);
    QVERIFY(dialog.isGrouped());
    auto *tree = child<QTreeWidget>(dialog, "groupTree");
    QVERIFY(tree->isVisible());
    QCOMPARE(tree->topLevelItemCount(), 4);
    QCOMPARE(tree->topLevelItem(0)->text(1), QStringLiteral("LimitExceeded.PhoneNumberDailyLimit"));
    QCOMPARE(tree->topLevelItem(0)->text(2), QLocale().toString(1800));
    QCOMPARE(tree->topLevelItem(3)->text(2), QLocale().toString(50));
    QVERIFY(textOf(dialog, "groupSummaryLabel").contains(QLocale().toString(3000)));
    QVERIFY(textOf(dialog, "groupSummaryLabel").contains(QStringLiteral("Reasons: 4")));

    // The first group is selected and explained.
    QCOMPARE(dialog.currentGroup(), 0);
    QCOMPARE(
        textOf(dialog, "titleLabel"),
        ErrorCatalog::guidanceFor(QStringLiteral("LimitExceeded.PhoneNumberDailyLimit")).title);
    QVERIFY(textOf(dialog, "numbersLabel")
                .contains(QStringLiteral("and %1 more").arg(QLocale().toString(1795))));
    QCOMPARE(child<QLineEdit>(dialog, "requestIdEdit")->text(), requestId);

    // Another group: other guidance, other numbers for the campaign editor.
    dialog.selectGroup(1);
    QCOMPARE(dialog.currentGroup(), 1);
    QCOMPARE(textOf(dialog, "codeLabel"),
             QStringLiteral("InvalidParameterValue.IncorrectPhoneNumber"));
    auto *edit = child<QPushButton>(dialog, "editRowsButton");
    QVERIFY(edit->isVisible());
    QCOMPARE(edit->text(), QStringLiteral("&Edit Refused Rows (900)"));
    QSignalSpy rows(&dialog, &ErrorGuidanceDialog::editCampaignRowsRequested);
    QTest::mouseClick(edit, Qt::LeftButton);
    QCOMPARE(rows.count(), 1);
    const QStringList numbers = rows.at(0).at(0).toStringList();
    QCOMPARE(numbers.size(), 900);
    QCOMPARE(numbers, dialog.groups().at(1).numbers);

    // Selecting with the mouse works as well.
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {},
                      tree->visualItemRect(tree->topLevelItem(3)).center());
    QCOMPARE(dialog.currentGroup(), 3);
    QVERIFY(shown(dialog, "fallbackLabel"));
    QCOMPARE(child<QPlainTextEdit>(dialog, "messageView")->toPlainText(),
             QStringLiteral("<b>new</b> reason"));

    // Copy details: every group, numbers masked.
    QTest::mouseClick(child<QPushButton>(dialog, "copyDetailsButton"), Qt::LeftButton);
    const QString details = QGuiApplication::clipboard()->text();
    for (const auto &group : dialog.groups())
        QVERIFY(details.contains(group.code));
    QVERIFY(details.contains(requestId));
    QVERIFY(!details.contains(failures.first().phoneNumber));
}

void tst_ErrorGuidanceDialog::groupedFromErrors()
{
    ApiError timeout(ApiError::Kind::Timeout, QString::fromLatin1(sms::api::ClientCode::Timeout),
                     QStringLiteral("No answer"));
    ApiError limit
        = serviceError(QStringLiteral("RequestLimitExceeded"), QStringLiteral("slow down"));
    limit.setClockOffsetSeconds(2);
    ErrorGuidanceDialog dialog(QList<ApiError> {timeout, limit, limit, limit});
    showAndWait(dialog);
    QVERIFY(dialog.isGrouped());
    auto *tree = child<QTreeWidget>(dialog, "groupTree");
    QCOMPARE(tree->topLevelItemCount(), 2);
    QCOMPARE(tree->topLevelItem(0)->text(1), QStringLiteral("RequestLimitExceeded"));
    QCOMPARE(tree->topLevelItem(0)->text(2), QStringLiteral("3"));
    QVERIFY(textOf(dialog, "groupSummaryLabel").contains(QStringLiteral("Failed requests: 4")));
    // The whole error is used: its clock offset is shown.
    QVERIFY(shown(dialog, "clockFrame"));
    QVERIFY(!shown(dialog, "numbersLabel"));
}

void tst_ErrorGuidanceDialog::accessibleNames()
{
    ApiError error
        = serviceError(QStringLiteral("AuthFailure.SignatureExpire"), QStringLiteral("m"));
    error.setClockOffsetSeconds(-400);
    ErrorGuidanceDialog dialog(error);
    showAndWait(dialog);
    for (const auto *button : dialog.findChildren<QPushButton *>()) {
        if (button->isVisible())
            QVERIFY2(!button->accessibleName().isEmpty(), qPrintable(button->objectName()));
    }
    QVERIFY(!child(dialog, "messageView")->accessibleName().isEmpty());
    QVERIFY(!child(dialog, "requestIdEdit")->accessibleName().isEmpty());
    QVERIFY(child(dialog, "titleLabel")->accessibleName().contains(textOf(dialog, "titleLabel")));
    QCOMPARE(child<QPushButton>(dialog, "copyRequestIdButton")->accessibleName(),
             QStringLiteral("Copy RequestId"));
}

void tst_ErrorGuidanceDialog::mnemonicsWork_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

void tst_ErrorGuidanceDialog::mnemonicsWork()
{
    QFETCH(QString, language);
    if (language == QLatin1String("zh_CN")) {
        m_marker.active = true;
        sms::Localization::install(QLocale(QLocale::Chinese, QLocale::China));
    }
    // Settings, Retry, the clock, copying and closing at once.
    ApiError error
        = serviceError(QStringLiteral("AuthFailure.SignatureExpire"), QStringLiteral("m"));
    error.setClockOffsetSeconds(-400);
    ErrorGuidanceDialog dialog(error);
    dialog.setOfferedActions(withRetry() | sms::errors::GuidanceAction::OpenSettings);
    showAndWait(dialog);
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));

    QStringList texts;
    for (const QPushButton *button : dialog.findChildren<QPushButton *>()) {
        if (!button->isVisible())
            continue;
        QVERIFY2(!QKeySequence::mnemonic(button->text()).isEmpty(),
                 qPrintable(button->objectName() + QLatin1Char(' ') + button->text()));
        texts.append(button->text());
    }
    QVERIFY(texts.size() >= 4);
    const QStringList clashes = guitest::mnemonicClashes(texts);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));

    // Alt and the letter press the button.
    auto *correct = child<QPushButton>(dialog, "correctClockButton");
    QSignalSpy clock(&dialog, &ErrorGuidanceDialog::correctClockRequested);
    const QKeySequence mnemonic = QKeySequence::mnemonic(correct->text());
    QTest::keyClick(&dialog, mnemonic[0].key(), Qt::AltModifier);
    // A mnemonic presses the button visibly: clicked() follows shortly.
    QTRY_COMPARE(clock.count(), 1);
}

void tst_ErrorGuidanceDialog::bareCodeHasNoServerBox()
{
    // A code looked up on its own carries nothing from a request.
    ErrorGuidanceDialog bare(ApiError::service(
        QStringLiteral("FailedOperation.SignatureIncorrectOrUnapproved"), QString()));
    showAndWait(bare);
    QVERIFY(!shown(bare, "serverBox"));
    QVERIFY(shown(bare, "stepsHeading"));

    ErrorGuidanceDialog real(serviceError(
        QStringLiteral("FailedOperation.SignatureIncorrectOrUnapproved"), QStringLiteral("m")));
    showAndWait(real);
    QVERIFY(shown(real, "serverBox"));
}

void tst_ErrorGuidanceDialog::screenshots()
{
    // A look at the dialog as a person sees it: set SMS_SCREENSHOT_DIR.
    const QString dir = qEnvironmentVariable("SMS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set SMS_SCREENSHOT_DIR to write screenshots");
    QDir().mkpath(dir);
    ApiError expire = serviceError(QStringLiteral("AuthFailure.SignatureExpire"),
                                   QStringLiteral("Signature expired. Please use local time and "
                                                  "enable NTP service for time synchronization to "
                                                  "avoid a deviation between `Timestamp` and the "
                                                  "server time 1714550400."));
    expire.setClockOffsetSeconds(432);
    ApiError partial(ApiError::Kind::PartialFailure,
                     QString::fromLatin1(sms::api::ClientCode::PartialFailure), QString());
    partial.setNumberFailures(campaignFailures());
    partial.setAcceptedCount(7000);
    partial.setRequestId(requestId);
    partial.setAction(QStringLiteral("SendSms"));
    ApiError hostile
        = serviceError(QStringLiteral("Vendor.BrandNewCode"),
                       QStringLiteral("<img src=x> ") + QString(600, QLatin1Char('x')));
    ApiError timeout(ApiError::Kind::Timeout, QString::fromLatin1(sms::api::ClientCode::Timeout),
                     QStringLiteral("No complete answer within 15 seconds."));
    timeout.setAction(QStringLiteral("SendSms"));
    timeout.setOutcomeUnknown(true);

    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        sms::Localization::install(language == QLatin1String("en")
                                       ? QLocale(QLocale::English, QLocale::UnitedStates)
                                       : QLocale(QLocale::Chinese, QLocale::China));
        const QList<std::pair<QString, ApiError>> cases {
            {QStringLiteral("signatureexpire"), expire},
            {QStringLiteral("campaign"), partial},
            {QStringLiteral("unknown"), hostile},
            {QStringLiteral("timeout"), timeout}};
        for (const auto &[name, error] : cases) {
            ErrorGuidanceDialog dialog(error);
            showAndWait(dialog);
            if (name == QLatin1String("campaign"))
                dialog.selectGroup(0);
            QTest::qWait(50);
            const QString file = QStringLiteral("%1/dialog-%2-%3.png").arg(dir, name, language);
            QVERIFY(dialog.grab().save(file));
        }
    }
}

QTEST_MAIN(tst_ErrorGuidanceDialog)
#include "tst_errorguidancedialog.moc"
