// SPDX-License-Identifier: GPL-3.0-or-later
// What a hostile server writes reaches the window as text, never as markup:
// a profile whose endpoint answers every request with an error whose Code,
// Message and RequestId are HTML, checked in the problem bar, the status
// bar's last-error link and its tooltip, and the guidance dialog.

#include "CannedServer.h"
#include "GuiTestSupport.h"
#include "credentials/ProfileStore.h"
#include "credentials/SecretStore.h"
#include "guidance/ErrorGuidanceDialog.h"
#include "shell/AppController.h"
#include "shell/ConnectionStatusBar.h"
#include "shell/MainWindow.h"
#include "widgets/MessageBar.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTextDocument>

using sms::ui::AppController;
using State = sms::ui::AppController::State;

namespace {
constexpr int kStartTimeoutMs = 20000;

const QString kCode = QStringLiteral("AuthFailure.<b>Bold</b><img src=x>");
const QString kMessage = QStringLiteral(
    "<a href=\"http://evil.example/\">Click here</a><img src=\"x\" onerror=\"alert(1)\">"
    "<b>to fix</b> &amp; <i>more</i>");
const QString kRequestId = QStringLiteral("<img src=y>-request");

// The server's markup, as a label interpreting rich text would get it (the
// status bar's own link is <a href="guidance">).
const QStringList kMarkup = {QStringLiteral("<img"), QStringLiteral("<b>"), QStringLiteral("<i>"),
                             QStringLiteral("<a href=\"http://evil")};

bool holdsMarkup(const QString &text)
{
    for (const QString &needle : kMarkup) {
        if (text.contains(needle))
            return true;
    }
    return false;
}

// Every label of the widget that would render rich text holds none of the
// server's markup; the ones that show server text do so as plain text.
QString richLabelsWithServerText(const QWidget *widget)
{
    QStringList offenders;
    const auto labels = widget->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        const bool rich = label->textFormat() == Qt::RichText
            || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
        if (rich && holdsMarkup(label->text()))
            offenders.append(label->objectName() + QStringLiteral(": ") + label->text());
    }
    return offenders.join(QLatin1Char('\n'));
}
} // namespace

class tst_HostileServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serverTextIsShownAsText()
    {
        CannedServer server;
        QVERIFY(server.start());
        const QJsonObject response {
            {QStringLiteral("Error"),
             QJsonObject {{QStringLiteral("Code"), kCode}, {QStringLiteral("Message"), kMessage}}},
            {QStringLiteral("RequestId"), kRequestId}};
        server.setFallback(
            CannedServer::raw(QJsonDocument(QJsonObject {{QStringLiteral("Response"), response}})
                                  .toJson(QJsonDocument::Compact)));

        guitest::Shell shell([](sms::ui::AppOptions &options) { options.checkOnActivate = true; });
        AppController &controller = shell.controller;
        sms::ui::MainWindow &window = shell.window;
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE_WITH_TIMEOUT(controller.state(), State::Ready, kStartTimeoutMs);

        sms::credentials::Profile hostile;
        hostile.name = QStringLiteral("Hostile server");
        hostile.endpoint = server.endpoint();
        QVERIFY(controller.profiles().save(hostile));
        controller.secrets().setSessionCredential(
            hostile.name, {QStringLiteral("AKIDhostiletest"), QStringLiteral("hostile-key"), {}});
        controller.activateProfile(hostile.name);
        QTRY_COMPARE_WITH_TIMEOUT(controller.state(), State::Failed, kStartTimeoutMs);
        // The server's words did arrive, as they were.
        QCOMPARE(controller.lastError().code(), kCode);
        QCOMPARE(controller.lastError().message(), kMessage);
        QCOMPARE(controller.lastError().requestId(), kRequestId);

        // The problem bar: plain text, whatever it quotes.
        sms::ui::MessageBar *bar = window.problemBar();
        QVERIFY(bar->isVisible());
        auto *barText = guitest::child<QLabel>(bar, "messageText");
        QCOMPARE(barText->textFormat(), Qt::PlainText);
        QVERIFY2(barText->text().contains(hostile.name), qPrintable(barText->text()));

        // The status bar: the link is rich text of the catalogue's words
        // only; the tooltip quotes the server escaped.
        QLabel *link = window.connectionStatusBar()->errorLabel();
        QVERIFY(link->isVisible());
        QVERIFY2(!holdsMarkup(link->text()), qPrintable(link->text()));
        const QString tip = link->toolTip();
        QVERIFY2(!holdsMarkup(tip), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("&lt;img src=&quot;x&quot;")), qPrintable(tip));
        QTextDocument tipShown;
        tipShown.setHtml(tip);
        QVERIFY2(tipShown.toPlainText().contains(kMessage), qPrintable(tipShown.toPlainText()));

        QVERIFY2(richLabelsWithServerText(&window).isEmpty(),
                 qPrintable(richLabelsWithServerText(&window)));

        // The guidance dialog: every word of the server, none of it markup.
        QTest::mouseClick(guitest::child<QPushButton>(bar, "explainProblemButton"), Qt::LeftButton);
        sms::ui::ErrorGuidanceDialog *dialog = window.lastGuidanceDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *message = guitest::child<QPlainTextEdit>(dialog, "messageView");
        QCOMPARE(message->toPlainText(), kMessage);
        QVERIFY(!message->document()->toHtml().contains(QStringLiteral("<img")));
        auto *code = guitest::child<QLabel>(dialog, "codeLabel");
        QCOMPARE(code->textFormat(), Qt::PlainText);
        QCOMPARE(code->text(), kCode);
        QCOMPARE(guitest::child<QLineEdit>(dialog, "requestIdEdit")->text(), kRequestId);
        QVERIFY2(richLabelsWithServerText(dialog).isEmpty(),
                 qPrintable(richLabelsWithServerText(dialog)));
        QVERIFY(!holdsMarkup(dialog->windowTitle()));
        dialog->close();
    }
};

QTEST_MAIN(tst_HostileServer)
#include "tst_hostileserver.moc"
