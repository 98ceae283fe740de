// SPDX-License-Identifier: GPL-3.0-or-later
// Run by hand: bench_startup [runs]. Cold start of the console to a usable
// main window, offscreen, and its idle memory. Each run is a fresh process
// (this program started again with --child) with an empty configuration, so
// it pays for everything a first start pays for: loading libraries,
// QApplication, translations, profile store, the in-process sandbox with demo
// data, the main window, and the first connection check.
//
// Prints per run: time to the window shown and exposed ("usable"), time to
// the connection check answered ("connected"), and VmRSS once idle; then the
// median. Targets: usable <= 0.5 s, idle RSS <= 120 MB. Not a test: numbers
// only, never an assert.

#include "shell/AppController.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>

namespace {
qint64 vmRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

int child(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("SMS Console"));
    QApplication::setOrganizationName(QStringLiteral("SmsConsole"));
    sms::ui::AppOptions options;
    options.language = QStringLiteral("zh_CN");
    sms::ui::AppController controller(options);
    controller.start();
    sms::ui::MainWindow window(&controller);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    QCoreApplication::processEvents();
    std::printf("usable\n");
    std::fflush(stdout);
    QDeadlineTimer deadline(20000);
    while (controller.state() != sms::ui::AppController::State::Ready && !deadline.hasExpired())
        QTest::qWait(1);
    std::printf("connected %d\n", controller.state() == sms::ui::AppController::State::Ready);
    std::fflush(stdout);
    // Idle: a second of nothing, as after start-up.
    QTest::qWait(1000);
    std::printf("rss %lld\n", vmRssKb());
    std::fflush(stdout);
    window.close();
    return 0;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}
} // namespace

int main(int argc, char *argv[])
{
    if (argc > 1 && qstrcmp(argv[1], "--child") == 0)
        return child(argc, argv);

    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 5;
    QList<double> usable, connected, rss;
    for (int run = 0; run < runs; ++run) {
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=false;sms.*=false"));
        QProcess process;
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QElapsedTimer timer;
        timer.start();
        process.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child")});
        double tUsable = -1, tConnected = -1, kb = -1;
        while (process.state() != QProcess::NotRunning || process.canReadLine()) {
            if (!process.canReadLine() && !process.waitForReadyRead(30000))
                break;
            while (process.canReadLine()) {
                const QByteArray line = process.readLine().trimmed();
                if (line == "usable")
                    tUsable = timer.nsecsElapsed() / 1e9;
                else if (line.startsWith("connected"))
                    tConnected = timer.nsecsElapsed() / 1e9;
                else if (line.startsWith("rss "))
                    kb = line.mid(4).toDouble();
            }
        }
        process.waitForFinished(30000);
        std::printf("run %d: usable %.3f s, connected %.3f s, idle RSS %.1f MB\n", run + 1, tUsable,
                    tConnected, kb / 1024.0);
        usable.append(tUsable);
        connected.append(tConnected);
        rss.append(kb / 1024.0);
    }
    std::printf("median of %d: cold start to usable main window %.3f s (target <= 0.5 s), "
                "to connected %.3f s, idle RSS %.1f MB (target <= 120 MB)\n",
                runs, median(usable), median(connected), median(rss));
    return 0;
}
