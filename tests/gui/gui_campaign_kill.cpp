// SPDX-License-Identifier: GPL-3.0-or-later
// A campaign through the Campaigns page survives a kill with no duplicate
// and no loss. Not a QTest: a driver, run by CTest with a few thousand
// numbers and by hand with 100,000:
//
//   gui_campaign_kill [--recipients N] [--concurrency N]
//
// It starts sms-sandbox on a state file (slow answers, so that requests are
// on the wire), then itself as a child running the real page offscreen:
// compose from a CSV, import, Send, confirm. Once a fifth of the numbers is
// accepted and batches are in flight, the child is killed with SIGKILL. The
// sandbox is restarted on the same state (answering at full speed), and a
// second child opens the campaign from the list and presses Resume, which
// reconciles the uncertain numbers and sends the rest. Then the sandbox's
// own records must show each number accepted exactly once. Exit 0 when
// they do; the figures go to stdout.

#include "CampaignKillSupport.h"
#include "ReviewTestSession.h"
#include "SandboxHarness.h"
#include "api/ApiClient.h"
#include "api/SmsApi.h"
#include "campaign/CampaignStore.h"
#include "campaigns/CampaignComposer.h"
#include "campaigns/CampaignsPage.h"
#include "review/SignatureStore.h"
#include "review/TemplateStore.h"
#include "sandbox/SandboxState.h"
#include "store/CampaignJournal.h"
#include "store/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <cstdio>
#include <sys/resource.h>

using namespace sms;

namespace {

// The demo account's approved notification template, 您好{1}，您的订单{2}
// 已发货，预计{3}送达。, and its signature.
constexpr qint64 kTemplate = 200002;
const QString kSign = QStringLiteral("沙盒科技");
constexpr int kStepMs = 20;
constexpr int kLongMs = 30 * 60 * 1000;

void say(const QString &line)
{
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
}

int fail(const QString &why)
{
    std::fprintf(stderr, "gui_campaign_kill: %s\n", qPrintable(why));
    return 1;
}

// Turns the event loop until done() or the time is out.
bool waitUntil(const std::function<bool()> &done, int timeoutMs = kLongMs)
{
    return QTest::qWaitFor(done, timeoutMs);
}

qint64 peakRssKb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// ---- The child: the real page, as an operator drives it.

class PageUnderTest
{
public:
    PageUnderTest(const QUrl &endpoint, const QString &journal, int concurrency,
                  const QString &reviewDir)
    {
        api::ClientConfig config;
        config.endpoint = endpoint;
        config.timeoutMs = 60000;
        m_client.setConfig(config);
        m_client.setCredential({sandboxtest::secretId(), sandboxtest::secretKey(), {}});
        m_session = std::make_unique<ReviewTestSession>(m_api);
        const review::ReviewStore::Options reviewOptions {review::ReviewStore::Loading::WhenReady,
                                                          reviewDir};
        m_signatures = std::make_unique<review::SignatureStore>(*m_session, reviewOptions);
        m_templates = std::make_unique<review::TemplateStore>(*m_session, reviewOptions);
        campaign::CampaignStore::Options options;
        options.store = sms::store::StoreLocation::sqlite(journal);
        options.concurrency = concurrency;
        m_page = std::make_unique<ui::CampaignsPage>(*m_session, options, m_signatures.get(),
                                                     m_templates.get());
        m_page->resize(1280, 800);
        m_page->show();
    }

    bool loaded()
    {
        return waitUntil([this] { return m_signatures->isLoaded() && m_templates->isLoaded(); },
                         60000);
    }
    ui::CampaignsPage &page() { return *m_page; }
    campaign::CampaignStore &store() { return m_page->store(); }

private:
    api::ApiClient m_client;
    api::SmsApi m_api {&m_client};
    std::unique_ptr<ReviewTestSession> m_session;
    std::unique_ptr<review::SignatureStore> m_signatures;
    std::unique_ptr<review::TemplateStore> m_templates;
    std::unique_ptr<ui::CampaignsPage> m_page;
};

// Composes from the CSV, imports, and sends; killed on the way.
int sendChild(PageUnderTest &ui, const QString &csv)
{
    ui::CampaignsPage &page = ui.page();
    page.compose(kTemplate);
    ui::CampaignComposer *composer = page.composer();
    composer->chooseSignature(kSign);
    if (!composer->setSourceFile(csv)
        || !waitUntil([&] { return !composer->isReadingSample(); }, 60000))
        return fail(QStringLiteral("the page cannot read %1").arg(csv));
    bool imported = false;
    QObject::connect(&ui.store(), &campaign::CampaignStore::importFinished,
                     [&](qint64, bool succeeded) { imported = succeeded; });
    QElapsedTimer clock;
    clock.start();
    composer->check();
    if (!waitUntil([&] { return imported; }))
        return fail(QStringLiteral("the import did not finish"));
    say(QStringLiteral("imported %1 ms").arg(clock.elapsed()));
    composer->sendButton()->click();
    QMessageBox *confirmation = composer->confirmation();
    if (!confirmation)
        return fail(QStringLiteral("Send asked nothing"));
    confirmation->button(QMessageBox::Yes)->click();
    bool finished = false;
    QObject::connect(&ui.store(), &campaign::CampaignStore::runFinished, [&] { finished = true; });
    waitUntil([&] { return finished; });
    return 0;
}

// Opens the campaign from the list and resumes it, to the end.
int resumeChild(PageUnderTest &ui)
{
    ui::CampaignsPage &page = ui.page();
    campaign::CampaignStore &store = ui.store();
    page.showList();
    QTableView *list = page.campaignList();
    if (!waitUntil([&] { return list->model()->rowCount() > 0; }, 60000))
        return fail(QStringLiteral("the list has no campaign"));
    list->setCurrentIndex(list->model()->index(0, 0));
    const qint64 id = store.campaigns().constFirst().id;
    auto *resume = page.findChild<QPushButton *>(QStringLiteral("resumeCampaignButton"));
    if (!resume || !resume->isEnabled())
        return fail(QStringLiteral("campaign %1 cannot be resumed from the list").arg(id));
    QElapsedTimer clock;
    clock.start();
    int reconciled = -1;
    QObject::connect(&store, &campaign::CampaignStore::reconcileFinished,
                     [&](qint64, const campaign::Reconciler::Outcome &outcome) {
                         reconciled = outcome.accepted;
                         say(QStringLiteral("reconciled %1 ms: %2 accepted, %3 back in the "
                                            "queue, %4 refused, %5 unresolved")
                                 .arg(clock.elapsed())
                                 .arg(outcome.accepted)
                                 .arg(outcome.requeued)
                                 .arg(outcome.refused)
                                 .arg(outcome.unresolved));
                     });
    resume->click();
    // As an operator would: numbers the service could not be asked about
    // (it limits questions a second) are reconciled again from the run view.
    auto *reconcile = page.findChild<QPushButton *>(QStringLiteral("reconcileButton"));
    auto *sendRest = page.findChild<QPushButton *>(QStringLiteral("sendRestButton"));
    for (int round = 0;; ++round) {
        if (!waitUntil([&] { return !store.isBusy(); }))
            return fail(QStringLiteral("the resumed campaign did not finish"));
        const store::CampaignCounts n = store.counts(id);
        if (n.queued + n.inFlight + n.uncertain == 0)
            break;
        QPushButton *next = n.uncertain > 0 ? reconcile : sendRest;
        if (round == 10 || !next || !next->isVisible() || !next->isEnabled())
            return fail(QStringLiteral("the campaign stopped unsettled: %1 queued, %2 uncertain")
                            .arg(n.queued)
                            .arg(n.uncertain));
        next->click();
    }
    const store::CampaignCounts n = store.counts(id);
    say(QStringLiteral("resumed %1 ms: accepted %2 refused %3; peak RSS %4 MB")
            .arg(clock.elapsed())
            .arg(n.accepted)
            .arg(n.refused)
            .arg(peakRssKb() / 1024));
    return reconciled >= 0 && n.refused == 0 ? 0 : 1;
}

// ---- The driver.

// sms-sandbox on a state file, with the test account's keys.
class Sandbox
{
public:
    Sandbox(const QString &statePath, const QString &faults)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SMS_SANDBOX_SECRET_KEY"), sandboxtest::secretKey());
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QStringList args {QStringLiteral("--demo"),
                          QStringLiteral("--state"),
                          statePath,
                          QStringLiteral("--listen"),
                          QStringLiteral("127.0.0.1:0"),
                          QStringLiteral("--secret-id"),
                          sandboxtest::secretId(),
                          QStringLiteral("--app-id"),
                          sandboxtest::appId()};
        if (!faults.isEmpty())
            args << QStringLiteral("--faults") << faults;
        m_process.start(QStringLiteral(SMS_SANDBOX_PATH), args);
    }
    ~Sandbox() { stop(); }

    // The endpoint it printed; empty if it did not start.
    QUrl endpoint()
    {
        while (!m_process.canReadLine()) {
            if (!m_process.waitForReadyRead(30000))
                return {};
        }
        return QUrl(QJsonDocument::fromJson(m_process.readLine())
                        .object()
                        .value(QLatin1String("endpoint"))
                        .toString());
    }
    // SIGTERM: it saves and stops.
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(60000)) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

private:
    QProcess m_process;
};

void startChild(QProcess &child, const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), args);
}

qint64 childPeakRssKb(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

QString countsText(const store::CampaignCounts &n)
{
    return QStringLiteral("accepted %1, in flight %2, queued %3, refused %4, uncertain %5")
        .arg(n.accepted)
        .arg(n.inFlight)
        .arg(n.queued)
        .arg(n.refused)
        .arg(n.uncertain);
}

int drive(int count, int concurrency)
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("recipients.csv"));
    const QString statePath = dir.filePath(QStringLiteral("sandbox.sqlite"));
    const QString journal = dir.filePath(QStringLiteral("journal.sqlite"));
    if (!dir.isValid()
        || !killtest::writeRecipients(
            csv, count, {QStringLiteral("Li"), QStringLiteral("A7"), QStringLiteral("Fri")}))
        return fail(QStringLiteral("cannot write the recipients"));
    const QStringList common {
        QStringLiteral("--journal"),     journal,
        QStringLiteral("--concurrency"), QString::number(concurrency),
        QStringLiteral("--review"),      dir.filePath(QStringLiteral("review"))};
    QElapsedTimer clock;
    clock.start();

    // 1. Sending through the page, slow answers, killed mid-send.
    store::CampaignCounts atKill;
    {
        Sandbox sandbox(statePath, QStringLiteral("SendSms:latency=250"));
        const QUrl endpoint = sandbox.endpoint();
        if (!endpoint.isValid())
            return fail(QStringLiteral("sms-sandbox did not start"));
        QProcess child;
        startChild(child,
                   QStringList {QStringLiteral("--child"), QStringLiteral("send"),
                                QStringLiteral("--endpoint"), endpoint.toString(),
                                QStringLiteral("--csv"), csv}
                       + common);
        // The journal is read once the import is done (the child says so).
        while (!child.canReadLine()) {
            if (!child.waitForReadyRead(kLongMs))
                return fail(QStringLiteral("the sending child ended before its import"));
        }
        say(QStringLiteral("send child: ") + QString::fromUtf8(child.readLine()).trimmed());
        store::Database db;
        QString error;
        if (!db.open(journal, &error))
            return fail(error);
        store::CampaignJournal j(db);
        const QDeadlineTimer deadline(kLongMs);
        while (!deadline.hasExpired() && child.state() == QProcess::Running) {
            atKill = j.counts(1);
            if (atKill.accepted >= count / 5 && atKill.inFlight > 0)
                break;
            child.waitForFinished(kStepMs);
        }
        const qint64 rss = childPeakRssKb(child.processId());
        ::kill(pid_t(child.processId()), SIGKILL);
        child.waitForFinished();
        if (child.exitStatus() != QProcess::CrashExit)
            return fail(QStringLiteral("the sending child finished before the kill"));
        // The requests on the wire reach the sandbox and are answered to
        // nobody before it stops.
        QThread::msleep(600);
        atKill = j.counts(1);
        say(QStringLiteral("killed at %1 ms (peak RSS %2 MB): %3")
                .arg(clock.elapsed())
                .arg(rss / 1024)
                .arg(countsText(atKill)));
        if (atKill.inFlight == 0 || atKill.queued == 0)
            return fail(QStringLiteral("the kill came too late to test anything"));
    }

    // 2. The sandbox again on the same state; the page resumes.
    QElapsedTimer resumeClock;
    resumeClock.start();
    {
        Sandbox sandbox(statePath, {});
        const QUrl endpoint = sandbox.endpoint();
        if (!endpoint.isValid())
            return fail(QStringLiteral("sms-sandbox did not start again"));
        QProcess child;
        startChild(child,
                   QStringList {QStringLiteral("--child"), QStringLiteral("resume"),
                                QStringLiteral("--endpoint"), endpoint.toString()}
                       + common);
        if (!child.waitForFinished(kLongMs))
            return fail(QStringLiteral("the resuming child did not finish"));
        const QString out = QString::fromUtf8(child.readAllStandardOutput()).trimmed();
        say(QStringLiteral("resume child: ") + out.split(u'\n').join(QStringLiteral("; ")));
        if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
            return fail(QStringLiteral("the resuming child failed"));
    }

    // 3. The sandbox's own records.
    sandbox::SandboxState state;
    QString error;
    if (!killtest::loadState(statePath, state, &error))
        return fail(error);
    const QString problem = killtest::acceptedExactlyOnce(state, count);
    say(QStringLiteral("%1 recipients, concurrency %2: sent %3 ms, resumed %4 ms; sandbox "
                       "records: %5")
            .arg(count)
            .arg(concurrency)
            .arg(clock.elapsed())
            .arg(resumeClock.elapsed())
            .arg(problem.isEmpty() ? QStringLiteral("each number accepted exactly once")
                                   : problem));
    return problem.isEmpty() ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption recipients(QStringLiteral("recipients"), QStringLiteral("N"),
                                        QStringLiteral("N"), QStringLiteral("3000"));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"), QStringLiteral("N"),
                                         QStringLiteral("N"), QStringLiteral("4"));
    const QCommandLineOption child(QStringLiteral("child"), QStringLiteral("send|resume"),
                                   QStringLiteral("ROLE"));
    const QCommandLineOption endpoint(QStringLiteral("endpoint"), QStringLiteral("URL"),
                                      QStringLiteral("URL"));
    const QCommandLineOption journal(QStringLiteral("journal"), QStringLiteral("DB"),
                                     QStringLiteral("DB"));
    const QCommandLineOption csv(QStringLiteral("csv"), QStringLiteral("FILE"),
                                 QStringLiteral("FILE"));
    const QCommandLineOption review(QStringLiteral("review"), QStringLiteral("DIR"),
                                    QStringLiteral("DIR"));
    parser.addOptions({recipients, concurrency, child, endpoint, journal, csv, review});
    parser.process(app);
    const int n = std::max(parser.value(concurrency).toInt(), 1);
    if (!parser.isSet(child))
        return drive(std::max(parser.value(recipients).toInt(), 10), n);

    PageUnderTest ui(QUrl(parser.value(endpoint)), parser.value(journal), n, parser.value(review));
    if (!ui.loaded())
        return fail(QStringLiteral("the signatures and templates did not load"));
    return parser.value(child) == QLatin1String("send") ? sendChild(ui, parser.value(csv))
                                                        : resumeChild(ui);
}
