// SPDX-License-Identifier: GPL-3.0-or-later
// Help > Error Code Dictionary: every code the catalog knows, found by a
// fragment of the code or by words in English and in Chinese whatever the
// interface language, and explained by the same guidance dialog as a real
// error. The model is checked by QAbstractItemModelTester.

#include "GuiTestSupport.h"
#include "Localization.h"
#include "errors/ErrorCatalog.h"
#include "guidance/ErrorCodeModel.h"
#include "guidance/ErrorDictionaryDialog.h"
#include "guidance/ErrorGuidanceDialog.h"
#include "guidance/GuidanceRouter.h"
#include "shell/AppController.h"
#include "shell/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

using sms::errors::ErrorCatalog;
using sms::ui::ErrorCodeModel;
using sms::ui::ErrorDictionaryDialog;
using sms::ui::GuidanceRouter;

namespace {
QStringList shownCodes(const ErrorDictionaryDialog &dialog)
{
    QStringList codes;
    const QAbstractItemModel *proxy = dialog.proxy();
    for (int row = 0; row < proxy->rowCount(); ++row)
        codes.append(proxy->index(row, 0).data(ErrorCodeModel::CodeRole).toString());
    return codes;
}

void installLanguage(const QString &language)
{
    sms::Localization::install(*sms::Localization::localeFor(language));
    QCoreApplication::processEvents(); // LanguageChange is posted
}
} // namespace

class tst_ErrorDictionary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        installLanguage(QStringLiteral("en"));
        m_window = std::make_unique<QWidget>();
        m_router = new GuidanceRouter(nullptr, m_window.get());
    }

    void cleanup()
    {
        m_window.reset();
        installLanguage(QStringLiteral("en"));
    }

    void modelPassesTheTester()
    {
        ErrorCodeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setFilterRole(ErrorCodeModel::SearchTextRole);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(ErrorCodeModel::TitleColumn);
        proxy.setFilterRegularExpression(ErrorCodeModel::filterFor(QStringLiteral("clock")));
        QVERIFY(proxy.rowCount() > 0);
        installLanguage(QStringLiteral("zh_CN"));
        model.retranslate();
        proxy.setFilterRegularExpression(ErrorCodeModel::filterFor(QString()));
        QCOMPARE(proxy.rowCount(), model.rowCount());

        // Every code the catalog knows, once, with its code in CodeRole.
        QStringList codes;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, ErrorCodeModel::TitleColumn);
            codes.append(index.data(ErrorCodeModel::CodeRole).toString());
            QCOMPARE(model.index(row, ErrorCodeModel::CodeColumn).data().toString(), codes.last());
            QCOMPARE(index.data().toString(), ErrorCatalog::guidanceFor(codes.last()).title);
        }
        QCOMPARE(codes, ErrorCatalog::knownCodes());
        QCOMPARE(model.columnCount(), int(ErrorCodeModel::ColumnCount));
    }

    void search_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected");
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            const QByteArray tag = language.toLatin1() + ": ";
            QTest::newRow(tag + "code fragment") << language << QStringLiteral("SignatureExp")
                                                 << QStringLiteral("AuthFailure.SignatureExpire");
            QTest::newRow(tag + "code in lower case") << language << QStringLiteral("dnsfailure")
                                                      << QStringLiteral("ClientError.DnsFailure");
            QTest::newRow(tag + "English word") << language << QStringLiteral("clock")
                                                << QStringLiteral("AuthFailure.SignatureExpire");
            QTest::newRow(tag + "English words, any order")
                << language << QStringLiteral("found secretid")
                << QStringLiteral("AuthFailure.SecretIdNotFound");
            QTest::newRow(tag + "Chinese word") << language << QStringLiteral("时钟")
                                                << QStringLiteral("AuthFailure.SignatureExpire");
            QTest::newRow(tag + "Chinese title as a customer sends it")
                << language << QStringLiteral("找不到该 SecretId")
                << QStringLiteral("AuthFailure.SecretIdNotFound");
        }
    }

    void search()
    {
        QFETCH(QString, language);
        QFETCH(QString, query);
        QFETCH(QString, expected);
        installLanguage(language);
        ErrorDictionaryDialog dialog(m_router);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const int all = dialog.proxy()->rowCount();
        QCOMPARE(all, int(ErrorCatalog::knownCodes().size()));

        // Typed or pasted: Chinese arrives through an input method.
        dialog.searchEdit()->insert(query);
        const QStringList codes = shownCodes(dialog);
        QVERIFY2(codes.contains(expected), qPrintable(codes.join(QLatin1Char(' '))));
        QVERIFY2(codes.size() < all / 4, qPrintable(QString::number(codes.size())));
        QVERIFY(guitest::child<QLabel>(&dialog, "countLabel")
                    ->text()
                    .contains(QLocale().toString(codes.size())));

        dialog.searchEdit()->clear();
        QCOMPARE(dialog.proxy()->rowCount(), all);
    }

    void nothingFound()
    {
        ErrorDictionaryDialog dialog(m_router);
        dialog.show();
        QTest::keyClicks(dialog.searchEdit(), QStringLiteral("xyzzy"));
        QCOMPARE(dialog.proxy()->rowCount(), 0);
        QVERIFY(!guitest::child<QPushButton>(&dialog, "explainButton")->isEnabled());
    }

    void activatingARowOpensItsGuidance()
    {
        ErrorDictionaryDialog dialog(m_router);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(dialog.searchEdit(), QStringLiteral("SignatureExpire"));
        QCOMPARE(shownCodes(dialog).first(), QStringLiteral("AuthFailure.SignatureExpire"));

        // Enter in the search field.
        QTest::keyClick(dialog.searchEdit(), Qt::Key_Return);
        QVERIFY(m_router->dialog());
        QCOMPARE(m_router->dialog()->guidance().code,
                 QStringLiteral("AuthFailure.SignatureExpire"));
        QCOMPARE(m_router->dialog()->parentWidget(), static_cast<QWidget *>(&dialog));
        m_router->dialog()->close();
        QTRY_VERIFY(!m_router->dialog());

        // Down from the search field into the list, Enter on the row.
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        dialog.searchEdit()->clear();
        QTest::keyClicks(dialog.searchEdit(), QStringLiteral("DnsFailure"));
        QTableView *view = dialog.view();
        QTest::keyClick(dialog.searchEdit(), Qt::Key_Down);
        QVERIFY(view->hasFocus());
        QCOMPARE(view->currentIndex().row(), 0);
        QTest::keyClick(view, Qt::Key_Return);
        QTRY_VERIFY(m_router->dialog());
        QCOMPARE(m_router->dialog()->guidance().code, QStringLiteral("ClientError.DnsFailure"));
        // Explained as a code, not as a failure that happened.
        QVERIFY(!guitest::child<QWidget>(m_router->dialog(), "serverBox")->isVisible());
    }

    void fromTheHelpMenu()
    {
        guitest::Shell shell;
        sms::ui::MainWindow &window = shell.window;
        auto *action = guitest::child<QAction>(&window, "dictionaryAction");
        QVERIFY(action);
        action->trigger();
        ErrorDictionaryDialog *dialog = window.dictionaryDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(!dialog->isModal());
        QTest::keyClicks(dialog->searchEdit(), QStringLiteral("InsufficientBalance"));
        dialog->explainRow(0);
        QCOMPARE(window.lastGuidanceDialog(), window.guidanceRouter()->dialog());
        QCOMPARE(window.lastGuidanceDialog()->guidance().code,
                 QStringLiteral("FailedOperation.InsufficientBalanceInSmsPackage"));
        window.close();
    }

private:
    std::unique_ptr<QWidget> m_window;
    GuidanceRouter *m_router = nullptr;
};

QTEST_MAIN(tst_ErrorDictionary)
#include "tst_errordictionary.moc"
