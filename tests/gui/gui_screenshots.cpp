// SPDX-License-Identifier: GPL-3.0-or-later
// Renders what a new user sees to PNG files, for a person to look at:
//
//   gui_screenshots OUTDIR [--dark]
//
// main-<lang>.png (first run in the sandbox), profiles-<lang>.png (the
// sandbox profile), profile-new-<lang>.png (a new profile with a cleaned
// key), about-<lang>.png, dictionary-<lang>.png (the error code dictionary,
// searched in the other language) with dictionary-guidance-<lang>.png (a
// code explained from it), clock-<lang>.png and clock-guidance-<lang>.png (a
// service 15 minutes ahead), wrongkey-<lang>.png (a profile whose key the
// service refuses), signatures-<lang>.png (the signatures page, a rejected
// signature selected), signature-form-<lang>.png (the add form with a
// failing check) and review-notice-<lang>.png (a review that finished while
// the window was open), templates-<lang>.png (the templates page, a rejected
// template selected) and template-editor-<lang>.png (the editor with failing
// checks and its phone preview), for English and Chinese. Windows size
// themselves from the screen, as on a first start.
//
// Run it with QT_QPA_PLATFORM=offscreen (or under xvfb-run); with
// QT_SCALE_FACTOR=2 and QT_QPA_PLATFORM=offscreen:configfile=FILE (a JSON
// screen description) to see 200 % on a laptop panel. Settings, keys and
// sandbox state go to a temporary directory.

#include "GuiTestSupport.h"
#include "HistoryFixture.h"
#include "HistoryGenerator.h"
#include "campaigns/CampaignComposer.h"
#include "campaigns/CampaignRunView.h"
#include "campaigns/CampaignsPage.h"
#include "campaigns/RecipientModel.h"
#include "credentials/ProfileStore.h"
#include "credentials/SecretStore.h"
#include "guidance/ErrorDictionaryDialog.h"
#include "guidance/ErrorGuidanceDialog.h"
#include "history/HistoryPage.h"
#include "history/HistoryTableModel.h"
#include "history/SingleSendDialog.h"
#include "profiles/ProfileForm.h"
#include "profiles/ProfilesDialog.h"
#include "review/ReviewNotifier.h"
#include "review/ReviewTableModel.h"
#include "review/SignatureStore.h"
#include "review/TemplateStore.h"
#include "shell/AboutDialog.h"
#include "shell/AppController.h"
#include "shell/ConnectionStatusBar.h"
#include "shell/MainWindow.h"
#include "signatures/SignatureForm.h"
#include "signatures/SignaturesPage.h"
#include "statistics/StatisticsPage.h"
#include "statistics/StatisticsStore.h"
#include "store/Database.h"
#include "templates/TemplateEditor.h"
#include "templates/TemplatesPage.h"

#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <functional>
#include <memory>

using sms::ui::AppController;
using sms::ui::MainWindow;

namespace {
bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 20000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(20);
    }
    return true;
}

void settle()
{
    for (int i = 0; i < 10; ++i) {
        QCoreApplication::processEvents();
        QTest::qWait(20);
    }
}

bool save(QWidget *widget, const QString &path)
{
    settle();
    const bool ok = widget->grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

// A scan as an operator would choose it: a licence-like page.
QByteArray proofScan()
{
    QImage image(600, 420, QImage::Format_RGB32);
    image.fill(QColor(0xf4, 0xf1, 0xe8));
    QPainter painter(&image);
    painter.setPen(QPen(QColor(0x9a, 0x3b, 0x2f), 6));
    painter.drawRect(20, 20, 560, 380);
    painter.setPen(Qt::darkGray);
    for (int y = 120; y < 360; y += 36)
        painter.drawLine(60, y, 540, y);
    painter.end();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return buffer.data();
}

// A main window on the sandbox of a fresh environment, in one language,
// showing one page: where each page's shots start.
class PageWindow
{
public:
    PageWindow(const QString &language, int page, int reviewDelaySeconds = -1)
        : m_controller(optionsFor(m_env, language, reviewDelaySeconds))
    {
        m_controller.start();
        m_window = std::make_unique<MainWindow>(&m_controller);
        m_window->setCurrentPage(page);
        m_window->show();
    }

    MainWindow &window() { return *m_window; }
    AppController &controller() { return m_controller; }
    template<typename Page> Page *page(int page)
    {
        return qobject_cast<Page *>(m_window->pageWidget(page));
    }

private:
    static sms::ui::AppOptions optionsFor(const guitest::Environment &env, const QString &language,
                                          int reviewDelaySeconds)
    {
        sms::ui::AppOptions options = env.options();
        options.language = language;
        if (reviewDelaySeconds >= 0)
            options.sandbox.reviewDelaySeconds = reviewDelaySeconds;
        return options;
    }

    // In this order: the environment before the controller, the window
    // gone before the controller.
    guitest::Environment m_env;
    AppController m_controller;
    std::unique_ptr<MainWindow> m_window;
};

// Waits for a review page's list, then selects its first rejected record:
// the row with the most to show (a red chip, the reviewer's reply).
bool selectFirstRejected(sms::ui::ReviewPage *page)
{
    if (!waitUntil([&] { return page->store().isLoaded() && !page->store().isBusy(); }))
        return false;
    const sms::ui::ReviewTableModel *model = page->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const sms::ui::ReviewTableModel::RowFacts facts = model->rowFacts(row);
        if (facts.status == sms::domain::ReviewStatus::Rejected)
            return page->selectRecord(facts.id);
    }
    return false;
}

// The signatures page with a rejected signature selected, the add form with
// a failing check, then a signature submitted and approved while the window
// is open, as the notice tells it.
bool signatureShots(const QString &language, const QString &out, const QString &tag)
{
    bool ok = true;
    PageWindow shots(language, MainWindow::Signatures, 2);
    MainWindow &window = shots.window();
    auto *page = shots.page<sms::ui::SignaturesPage>(MainWindow::Signatures);
    if (!page)
        return false;
    ok &= selectFirstRejected(page);
    ok &= save(&window, out + QStringLiteral("/signatures-%1.png").arg(tag));

    page->addAction()->trigger();
    sms::ui::SignatureForm *form = page->form();
    if (!form)
        return false;
    form->resize(form->sizeHint());
    form->setProofImage(proofScan(), QStringLiteral("licence.png"));
    guitest::typeInto(form->nameEdit(), QStringLiteral("Acme Shop!"));
    form->qualificationEdit()->setText(QStringLiteral("1001"));
    ok &= save(form, out + QStringLiteral("/signature-form-%1.png").arg(tag));

    guitest::pasteInto(form->nameEdit(),
                       language == QLatin1String("en") ? QStringLiteral("AcmeShop")
                                                       : QStringLiteral("艾克美商城"));
    form->submit();
    ok &= waitUntil([&] { return !page->form(); });
    sms::ui::ReviewNotifier *notifier = window.reviewNotifier();
    ok &= waitUntil([&] {
        notifier->reviewWatch().pollNow();
        QTest::qWait(500);
        return notifier->lastNotice().id != 0;
    });
    ok &= save(&window, out + QStringLiteral("/review-notice-%1.png").arg(tag));
    window.close();
    return ok;
}

// The templates page with a rejected template selected, and the editor
// with a marketing text that fails two checks (a variable inside a web
// address, no opt-out text), its preview measured with a real signature.
bool templateShots(const QString &language, const QString &out, const QString &tag)
{
    bool ok = true;
    PageWindow shots(language, MainWindow::Templates);
    MainWindow &window = shots.window();
    auto *page = shots.page<sms::ui::TemplatesPage>(MainWindow::Templates);
    if (!page)
        return false;
    ok &= selectFirstRejected(page);
    ok &= save(&window, out + QStringLiteral("/templates-%1.png").arg(tag));

    page->addAction()->trigger();
    sms::ui::TemplateEditor *editor = page->editor();
    if (!editor)
        return false;
    editor->nameEdit()->setText(QStringLiteral("春季大促"));
    editor->typeBox()->setCurrentIndex(
        editor->typeBox()->findData(sms::domain::smsTypeCode(sms::domain::SmsType::Marketing)));
    editor->contentEdit()->setPlainText(
        QStringLiteral("春季大促，全场{1}折起，详情见 https://shop.example.com/{2} 。"));
    editor->remarkEdit()->setText(QStringLiteral("Spring sale for members"));
    if (editor->signatureBox()->count() > 1)
        editor->signatureBox()->setCurrentIndex(1);
    ok &= save(editor, out + QStringLiteral("/template-editor-%1.png").arg(tag));
    editor->close();
    window.close();
    return ok;
}

// The campaigns page: the mapping step, the composer after checking a small
// list (a problem row among them) in a small and a large window, the
// pre-flight table filtered to problems, the run view once the sandbox
// accepted every sendable number, and the refused rows being edited.
bool campaignShots(const QString &language, const QString &out, const QString &tag)
{
    bool ok = true;
    PageWindow shots(language, MainWindow::Campaigns);
    MainWindow &window = shots.window();
    auto *page = shots.page<sms::ui::CampaignsPage>(MainWindow::Campaigns);
    if (!page)
        return false;
    window.resize(1024, 700);
    ok &= waitUntil([&] { return page->store().isOpen(); });
    page->compose();
    sms::ui::CampaignComposer *composer = page->composer();
    ok &= waitUntil([&] { return composer->templateBox()->currentIndex() >= 0; });
    // A notification template: its parameters are names and order numbers.
    QComboBox *templates = composer->templateBox();
    for (int i = 0; i < templates->count(); ++i) {
        if (templates->itemText(i).contains(QStringLiteral("发货"))) {
            templates->setCurrentIndex(i);
            break;
        }
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("members.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write("name,phone,order,day\n");
    for (int i = 0; i < 40; ++i)
        file.write(QStringLiteral("Li,1380013%1,A1,3/12\n").arg(1000 + i).toUtf8());
    file.write("Wang,12345,A2,3/12\nZhao,13800131000,A3,3/12\n");
    file.close();
    composer->setSourceFile(path);
    ok &= waitUntil([&] { return composer->signatureBox()->currentIndex() >= 0; });
    ok &= save(&window, out + QStringLiteral("/campaign-mapping-%1.png").arg(tag));
    composer->check();
    ok &= waitUntil([&] { return !page->store().isImporting(); });
    ok &= waitUntil([&] { return !composer->recipientModel()->isLoading(); });
    composer->table()->selectRow(0);
    ok &= save(&window, out + QStringLiteral("/campaign-composer-1024-%1.png").arg(tag));
    window.resize(1440, 900);
    ok &= save(&window, out + QStringLiteral("/campaign-composer-1440-%1.png").arg(tag));
    window.resize(1024, 700);
    composer->problemsOnlyBox()->setChecked(true);
    ok &= waitUntil([&] { return !composer->recipientModel()->isLoading(); });
    composer->table()->selectRow(0);
    ok &= save(&window, out + QStringLiteral("/campaign-preflight-%1.png").arg(tag));
    composer->confirmSend();
    if (!composer->confirmation())
        return false;
    ok &= save(composer->confirmation(), out + QStringLiteral("/campaign-confirm-%1.png").arg(tag));
    composer->confirmation()->button(QMessageBox::Yes)->click();
    ok &= waitUntil([&] { return !page->store().isBusy(); });
    // Edit These Rows is enabled once the refusal groups are read.
    auto *editRows = page->runView()->findChild<QPushButton *>(QStringLiteral("showRowsButton"));
    if (!editRows)
        return false;
    ok &= waitUntil([&] { return editRows->isEnabled(); });
    ok &= save(&window, out + QStringLiteral("/campaign-run-%1.png").arg(tag));

    // A team on one store: a colleague's console sends the campaign too.
    {
        sms::store::Database other;
        ok &= other.open(page->store().databasePath());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 campaignId = page->store().campaigns().value(0).id;
        QSqlQuery q(other.connection());
        q.prepare(QStringLiteral("INSERT INTO runs (campaign_id, host, user_name, pid, program, "
                                 "started_at, lease_until) VALUES (?, 'desk-7', 'li.wei', 4242, "
                                 "'SMS Console', ?, ?)"));
        q.addBindValue(campaignId);
        q.addBindValue(now);
        q.addBindValue(now + 3'600'000);
        ok &= q.exec();
        page->store().refreshRuns();
        page->openCampaign(campaignId);
        ok &= save(&window, out + QStringLiteral("/campaign-run-shared-%1.png").arg(tag));
        page->showList();
        window.resize(1440, 900);
        ok &= save(&window, out + QStringLiteral("/campaign-list-shared-%1.png").arg(tag));
        window.resize(1024, 700);
        page->openCampaign(campaignId);
    }

    // Edit These Rows: a refused number being corrected, its problem shown
    // as it is typed.
    editRows->click();
    sms::ui::RecipientModel *rows = composer->recipientModel();
    ok &= waitUntil([&] { return !rows->isLoading(); });
    const QModelIndex number = rows->index(0, sms::ui::RecipientModel::Number);
    composer->table()->setCurrentIndex(number);
    composer->table()->edit(number);
    auto *editor = composer->table()->findChild<QLineEdit *>(QStringLiteral("recipientEditor"));
    if (!editor)
        return false;
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("1380013"));
    ok &= save(&window, out + QStringLiteral("/campaign-edit-%1.png").arg(tag));
    window.close();
    return ok;
}

// A week of sends in the profile's history, as campaigns leave it: a few
// hundred numbers a day, some refused (four codes), most delivered, some
// failed with the carriers' descriptions, the latest without a receipt yet.
bool writeLocalHistory(const QString &path, const QString &appId, const QDateTime &now)
{
    sms::store::Database db;
    if (!db.open(path))
        return false;
    HistoryFixture history(db);
    const qint64 campaign = history.campaign(appId);
    const char *const refusals[]
        = {"LimitExceeded.PhoneNumberThirtySecondLimit", "FailedOperation.PhoneNumberInBlacklist",
           "InvalidParameterValue.IncorrectPhoneNumber", "LimitExceeded.PhoneNumberDailyLimit"};
    const char *const failures[] = {"MK:0001 空号", "MI:0013 停机", "DB:0141 运营商黑名单"};
    using sms::store::RecipientState;
    return history.batch([&] {
        for (int day = 6; day >= 0; --day) {
            const int sends = 220 + (day * 97) % 180;
            for (int i = 0; i < sends; ++i) {
                const QDateTime at = now.addSecs(-day * 86400 - (i * 7919) % 36000);
                if (i % 29 == 3) {
                    history.add(campaign, at, RecipientState::Refused,
                                QString::fromLatin1(refusals[(i / 29) % 4]));
                    continue;
                }
                const qint64 fee = i % 5 == 0 ? 2 : 1;
                if (day == 0 && i % 4 == 0)
                    history.add(campaign, at, RecipientState::Accepted, QStringLiteral("Ok"), fee);
                else if (i % 17 == 5)
                    history.add(campaign, at, RecipientState::Accepted, QStringLiteral("Ok"), fee,
                                HistoryFixture::Failed, QString::fromUtf8(failures[i % 3]));
                else
                    history.add(campaign, at, RecipientState::Accepted, QStringLiteral("Ok"), fee,
                                HistoryFixture::Delivered, QStringLiteral("DELIVRD 用户接收成功"));
            }
        }
        return true;
    });
}

// The statistics page: the sandbox's demo account as the service counts it
// (two days of sends, packages), then a week of this computer's history.
bool statisticsShots(const QString &language, const QString &out, const QString &tag)
{
    bool ok = true;
    PageWindow shots(language, MainWindow::Statistics);
    MainWindow &window = shots.window();
    auto *page = shots.page<sms::ui::StatisticsPage>(MainWindow::Statistics);
    if (!page)
        return false;
    // Wide enough for the charts side by side, as on an operator's screen.
    window.resize(1400, 900);
    sms::statistics::StatisticsStore &store = page->store();
    ok &= waitUntil([&] { return store.hasReport() && !store.isBusy(); });
    ok &= save(&window, out + QStringLiteral("/statistics-cloud-%1.png").arg(tag));

    ok &= writeLocalHistory(store.databasePath(), store.appId(), store.serviceNow());
    page->sourceBox()->setCurrentIndex(1);
    page->reload();
    ok &= waitUntil([&] {
        return !store.isBusy() && store.report().source == sms::statistics::StatisticsSource::Local;
    });
    ok &= save(&window, out + QStringLiteral("/statistics-local-%1.png").arg(tag));
    return ok;
}

// The history page over the last ten hours of generated sends: a refused
// send selected (its guidance in the detail), then today's failures.
bool historyShots(const QString &language, const QString &out, const QString &tag)
{
    bool ok = true;
    PageWindow shots(language, MainWindow::History);
    MainWindow &window = shots.window();
    auto *page = shots.page<sms::ui::HistoryPage>(MainWindow::History);
    if (!page)
        return false;
    ok &= waitUntil([&] { return page->store().isOpen() && !page->store().isLoading(); });
    {
        sms::store::Database db;
        if (!db.open(page->store().databasePath()))
            return false;
        sms::testsupport::HistoryGenerator::Spec spec;
        spec.sends = 600;
        spec.campaigns = 3;
        spec.distinctNumbers = 150;
        spec.stepMs = 60'000;
        spec.firstSentAtMs = QDateTime::currentMSecsSinceEpoch() - 600 * 60'000 + 30'000;
        ok &= !sms::testsupport::HistoryGenerator::generate(db, spec).isEmpty();
    }
    page->store().refresh();
    page->store().loadFailuresToday();
    ok &= waitUntil([&] { return page->model()->rowCount() > 0 && !page->store().isLoading(); });
    // The newest refused send.
    for (int row = 0; row < page->model()->rowCount(); ++row) {
        const QModelIndex index = page->model()->index(row, 0);
        if (index.data(sms::ui::HistoryTableModel::LifecycleRole).toInt()
            == int(sms::history::LifecycleState::Refused)) {
            page->table()->setCurrentIndex(index);
            break;
        }
    }
    QTest::qWait(300);
    ok &= save(&window, out + QStringLiteral("/history-%1.png").arg(tag));
    guitest::child<QTabWidget>(page, "historySide")->setCurrentIndex(1);
    // A failed receipt: the carrier's words.
    for (int row = 0; row < page->model()->rowCount(); ++row) {
        const QModelIndex index = page->model()->index(row, 0);
        if (index.data(sms::ui::HistoryTableModel::LifecycleRole).toInt()
            == int(sms::history::LifecycleState::Failed)) {
            page->table()->setCurrentIndex(index);
            break;
        }
    }
    ok &= save(&window, out + QStringLiteral("/history-failures-%1.png").arg(tag));
    page->showFailuresOf(QStringLiteral("MK:0001"));
    ok &= waitUntil([&] { return !page->store().isLoading(); });
    ok &= save(&window, out + QStringLiteral("/history-code-%1.png").arg(tag));
    window.close();
    return ok;
}

// The Send a Message dialog filled in, then after the sandbox accepted it.
bool singleSendShots(const QString &language, const QString &out, const QString &tag)
{
    bool ok = true;
    PageWindow shots(language, MainWindow::Campaigns);
    auto *signatures = shots.page<sms::ui::SignaturesPage>(MainWindow::Signatures);
    auto *templates = shots.page<sms::ui::TemplatesPage>(MainWindow::Templates);
    if (!signatures || !templates)
        return false;
    ok &= waitUntil([&] {
        return shots.controller().isReady() && signatures->store().isLoaded()
            && templates->store().isLoaded();
    });
    sms::ui::SingleSendDialog dialog(shots.controller(), &signatures->signatures(),
                                     &templates->templates(), shots.controller().storeLocation(),
                                     nullptr, &shots.window());
    QComboBox *box = guitest::child<QComboBox>(&dialog, "templateBox");
    for (int i = 0; box && i < box->count(); ++i) {
        if (box->itemText(i).contains(QStringLiteral("发货"))) {
            box->setCurrentIndex(i);
            break;
        }
    }
    dialog.setPhone(QStringLiteral("13800138000"));
    dialog.setParameters({QStringLiteral("Li"), QStringLiteral("A1")});
    dialog.show();
    ok &= save(&dialog, out + QStringLiteral("/single-send-%1.png").arg(tag));
    QSignalSpy sent(&dialog, &sms::ui::SingleSendDialog::sent);
    dialog.send();
    ok &= waitUntil([&] { return sent.size() > 0; });
    ok &= save(&dialog, out + QStringLiteral("/single-send-result-%1.png").arg(tag));
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("SMS Console"));
    QApplication::setOrganizationName(QStringLiteral("SmsConsole"));
    QApplication::setApplicationVersion(QStringLiteral(SMS_VERSION));
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: gui_screenshots OUTDIR [--dark]\n");
        return 2;
    }
    const QString out = args.at(1);
    QDir().mkpath(out);
    const bool dark = args.contains(QStringLiteral("--dark"));
    const QString suffix = dark ? QStringLiteral("-dark") : QString();
    if (dark) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(guitest::darkPalette());
    }

    guitest::Environment env;
    bool ok = true;
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        const QString tag = language + suffix;
        {
            sms::ui::AppOptions options = env.options();
            options.language = language;
            AppController controller(options);
            controller.start();
            controller.setLanguage(language);
            MainWindow window(&controller);
            window.show();
            ok &= waitUntil([&] { return controller.state() == AppController::State::Ready; });
            ok &= save(&window, out + QStringLiteral("/main-%1.png").arg(tag));

            sms::ui::ProfilesDialog *dialog = window.openProfiles(false);
            ok &= save(dialog, out + QStringLiteral("/profiles-%1.png").arg(tag));

            dialog->startNewProfile();
            dialog->nameEdit()->setText(QStringLiteral("Production"));
            dialog->secretIdEdit()->setText(
                QStringLiteral("  AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE "));
            emit dialog->secretIdEdit()->editingFinished();
            dialog->secretKeyEdit()->setText(QStringLiteral("Gu5t9xGARNpq86cd98joQYCN3EXAMPLE"));
            emit dialog->secretKeyEdit()->editingFinished();
            dialog->endpointEdit()->setText(QStringLiteral("http://sms.example.com"));
            emit dialog->endpointEdit()->editingFinished();
            ok &= save(dialog, out + QStringLiteral("/profile-new-%1.png").arg(tag));
            // The shared store: a URL, its password, and a test that found
            // nobody listening.
            sms::ui::ProfileForm *form = dialog->form();
            form->storeUrlEdit()->setText(
                QStringLiteral("postgresql://li.wei@127.0.0.1:1/sms?sslmode=disable"));
            form->storePasswordEdit()->setText(QStringLiteral("not-a-real-password"));
            form->testStoreConnection();
            ok &= waitUntil([&] { return !form->isTestingStore(); });
            form->focusField(sms::ui::ProfileForm::Field::StoreUrl);
            ok &= save(dialog, out + QStringLiteral("/profile-store-%1.png").arg(tag));
            form->storeUrlEdit()->setText(QStringLiteral("postgresql://li.wei:secret@db/sms"));
            ok &= save(dialog, out + QStringLiteral("/profile-store-refused-%1.png").arg(tag));
            dialog->discardChanges();
            dialog->close();

            QWidget *about = window.showAbout();
            ok &= save(about, out + QStringLiteral("/about-%1.png").arg(tag));
            about->close();

            // Looked up in the other language, as from a customer's screenshot.
            sms::ui::ErrorDictionaryDialog *dictionary = window.showDictionary();
            dictionary->searchEdit()->setText(language == QLatin1String("en")
                                                  ? QStringLiteral("签名")
                                                  : QStringLiteral("signature"));
            ok &= save(dictionary, out + QStringLiteral("/dictionary-%1.png").arg(tag));
            dictionary->explainRow(0);
            ok &= save(window.lastGuidanceDialog(),
                       out + QStringLiteral("/dictionary-guidance-%1.png").arg(tag));
            window.lastGuidanceDialog()->close();
            dictionary->close();

            // A profile whose key the service refuses.
            sms::credentials::Profile wrong;
            wrong.name = QStringLiteral("Production");
            wrong.endpoint = controller.sandboxEndpoint();
            controller.profiles().save(wrong);
            sms::api::Credential credential = controller.sandboxCredential();
            credential.secretKey = QStringLiteral("not-the-key");
            controller.secrets().setSessionCredential(wrong.name, credential);
            controller.activateProfile(wrong.name);
            ok &= waitUntil([&] { return controller.state() == AppController::State::Failed; });
            ok &= save(&window, out + QStringLiteral("/wrongkey-%1.png").arg(tag));
            controller.profiles().remove(wrong.name);
            controller.activateSandboxProfile();
            window.close();
            // The remembered choice of page and size must not leak into the next shot.
            controller.settings().remove(QStringLiteral("ui"));
        }
        {
            guitest::Environment skewed;
            sms::ui::AppOptions options = skewed.options();
            options.language = language;
            options.sandbox.clock = QStringLiteral("+900");
            AppController controller(options);
            controller.start();
            MainWindow window(&controller);
            window.setCurrentPage(MainWindow::Signatures);
            window.show();
            ok &= waitUntil([&] { return controller.state() == AppController::State::Failed; });
            ok &= save(&window, out + QStringLiteral("/clock-%1.png").arg(tag));
            emit window.connectionStatusBar()->errorLabel()->linkActivated(
                QStringLiteral("guidance"));
            ok &= save(window.lastGuidanceDialog(),
                       out + QStringLiteral("/clock-guidance-%1.png").arg(tag));
            window.close();
        }
        ok &= signatureShots(language, out, tag);
        ok &= templateShots(language, out, tag);
        ok &= campaignShots(language, out, tag);
        ok &= statisticsShots(language, out, tag);
        ok &= historyShots(language, out, tag);
        ok &= singleSendShots(language, out, tag);
    }
    return ok ? 0 : 1;
}
