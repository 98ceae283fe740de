// SPDX-License-Identifier: GPL-3.0-or-later
// Windows sized from the screen and their content: a 1440 x 900 laptop
// panel at 200 % offers 720 x 450 device-independent pixels, and every
// window must open inside it, in English and in Chinese (with the CJK font
// a Chinese desktop gives the application). The sidebar is as wide as its
// widest page title, not a multiple of some average character width.
//
// main() sets up that screen (the offscreen platform's configuration
// file) and the scale factor before the application starts.

#include "GuiTestSupport.h"
#include "Localization.h"
#include "api/ApiError.h"
#include "guidance/ErrorDictionaryDialog.h"
#include "guidance/ErrorGuidanceDialog.h"
#include "shell/AboutDialog.h"
#include "shell/AppController.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QFile>
#include <QFontDatabase>
#include <QListWidget>
#include <QScreen>
#include <QTemporaryDir>
#include <QTest>

using sms::ui::AppController;
using sms::ui::MainWindow;

namespace {
QString inside(const QRect &window, const QRect &available)
{
    return QStringLiteral("window %1x%2 at %3,%4; screen offers %5x%6")
        .arg(window.width())
        .arg(window.height())
        .arg(window.x())
        .arg(window.y())
        .arg(available.width())
        .arg(available.height());
}

bool fits(const QRect &window, const QRect &available)
{
    return window.width() <= available.width() && window.height() <= available.height();
}

sms::domain::NumberFailures manyFailures()
{
    sms::domain::NumberFailures failures;
    const char *codes[]
        = {"LimitExceeded.PhoneNumberDailyLimit", "InvalidParameterValue.IncorrectPhoneNumber",
           "FailedOperation.PhoneNumberInBlacklist"};
    for (int c = 0; c < 3; ++c)
        for (int i = 0; i < 20; ++i)
            failures.append({QStringLiteral("+8613%1%2").arg(c).arg(i, 8, 10, QLatin1Char('0')),
                             QString::fromLatin1(codes[c]), QStringLiteral("refused"),
                             QStringLiteral("CN")});
    return failures;
}
} // namespace

class tst_ScreenFit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_font = QApplication::font();
        QScreen *screen = QGuiApplication::primaryScreen();
        QVERIFY(screen);
        // The screen main() asked for: the laptop at 200 %.
        QCOMPARE(screen->availableGeometry().size(), QSize(720, 450));
    }

    void init()
    {
        QApplication::setFont(m_font);
        sms::Localization::install(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void cleanupTestCase() { QApplication::setFont(m_font); }

    void firstWindowFits_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("failing");
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            QTest::newRow(qPrintable(language)) << language << false;
            // Every bar and status label there is: a clock 15 minutes off.
            QTest::newRow(qPrintable(language + QStringLiteral(", clock off"))) << language << true;
        }
    }

    void firstWindowFits()
    {
        QFETCH(QString, language);
        QFETCH(bool, failing);
        useLanguage(language);
        guitest::Shell shell([&](sms::ui::AppOptions &options) {
            options.language = language;
            options.checkOnActivate = true;
            if (failing)
                options.sandbox.clock = QStringLiteral("+900");
        });
        AppController &controller = shell.controller;
        MainWindow &window = shell.window;
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(controller.state() == AppController::State::Ready
                                     || controller.state() == AppController::State::Failed,
                                 20000);
        QCOMPARE(controller.state() == AppController::State::Failed, failing);
        QCoreApplication::processEvents();
        const QRect available = window.screen()->availableGeometry();
        QVERIFY2(fits(window.frameGeometry(), available),
                 qPrintable(inside(window.frameGeometry(), available)));
        // The content fits as laid out, not squeezed below its minimum.
        const QSize minimum = window.minimumSizeHint();
        QVERIFY2(
            minimum.width() <= available.width() && minimum.height() <= available.height(),
            qPrintable(QStringLiteral("minimum %1x%2").arg(minimum.width()).arg(minimum.height())));
    }

    void sidebarFitsItsTitles_data() { languages(); }
    void sidebarFitsItsTitles()
    {
        QFETCH(QString, language);
        useLanguage(language);
        guitest::Shell shell([&](sms::ui::AppOptions &options) { options.language = language; });
        MainWindow &window = shell.window;
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QListWidget *nav = window.navigation();
        const QFontMetrics metrics(nav->font());
        int widest = 0;
        for (int i = 0; i < nav->count(); ++i)
            widest = std::max(widest, metrics.horizontalAdvance(nav->item(i)->text()));
        const QString sizes = QStringLiteral("sidebar %1, widest title %2, line height %3")
                                  .arg(nav->width())
                                  .arg(widest)
                                  .arg(metrics.height());
        // Every title whole, and not much room beyond it.
        QVERIFY2(nav->viewport()->width() >= widest, qPrintable(sizes));
        QVERIFY2(nav->width() <= widest + 3 * metrics.height(), qPrintable(sizes));
    }

    void dialogsFit_data() { languages(); }
    void dialogsFit()
    {
        QFETCH(QString, language);
        useLanguage(language);
        const QRect available = QGuiApplication::primaryScreen()->availableGeometry();

        sms::ui::AboutDialog about;
        about.show();
        QVERIFY(QTest::qWaitForWindowExposed(&about));
        QVERIFY2(fits(about.frameGeometry(), available),
                 qPrintable(inside(about.frameGeometry(), available)));

        sms::ui::ErrorGuidanceDialog grouped(manyFailures(), QStringLiteral("request"));
        grouped.show();
        QVERIFY(QTest::qWaitForWindowExposed(&grouped));
        QVERIFY2(fits(grouped.frameGeometry(), available),
                 qPrintable(inside(grouped.frameGeometry(), available)));

        sms::ui::ErrorDictionaryDialog dictionary(nullptr);
        dictionary.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dictionary));
        QVERIFY2(fits(dictionary.frameGeometry(), available),
                 qPrintable(inside(dictionary.frameGeometry(), available)));
    }

private:
    static void languages()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    // Chinese as a Chinese desktop shows it: the interface language and a
    // CJK font as the application's font.
    void useLanguage(const QString &language)
    {
        sms::Localization::install(*sms::Localization::localeFor(language));
        if (language == QLatin1String("zh_CN")) {
            QFont cjk(QStringLiteral("Noto Sans CJK SC"));
            cjk.setPointSizeF(m_font.pointSizeF());
            QApplication::setFont(cjk);
        }
    }

    QFont m_font;
};

int main(int argc, char *argv[])
{
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("laptop.json"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        return 2;
    file.write("{\"screens\":[{\"name\":\"laptop\",\"x\":0,\"y\":0,\"width\":1440,\"height\":900,"
               "\"logicalDpi\":96,\"logicalBaseDpi\":96,\"dpr\":1}]}");
    file.close();
    qputenv("QT_QPA_PLATFORM", QByteArray("offscreen:configfile=") + config.toLocal8Bit());
    qputenv("QT_SCALE_FACTOR", "2");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("SMS Console"));
    QApplication::setOrganizationName(QStringLiteral("SmsConsole"));
    tst_ScreenFit test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_screenfit.moc"
