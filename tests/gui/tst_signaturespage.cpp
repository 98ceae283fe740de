// SPDX-License-Identifier: GPL-3.0-or-later
// The signatures page, headless, on a real sandbox counting its requests:
// the list and its empty states, filter and search, adding through the
// form (a failing check sends nothing), modify blocked with the reason,
// delete after a confirmation naming the signature, the "as of" note after
// a failed refresh; and, in the main window, the notice of a finished
// review, the marked row and the click that opens it.

#include "GuiTestSupport.h"
#include "ReviewTestSession.h"
#include "SandboxHarness.h"
#include "SignatureTestData.h"
#include "guidance/ErrorGuidanceDialog.h"
#include "review/ReviewFilterProxy.h"
#include "review/ReviewNotifier.h"
#include "review/SignatureChecks.h"
#include "review/SignatureStore.h"
#include "sandbox/SandboxRecords.h"
#include "signatures/SignatureForm.h"
#include "signatures/SignatureModel.h"
#include "signatures/SignaturesPage.h"
#include "widgets/MessageBar.h"

#include <QAction>
#include <QBuffer>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace sms;
using sms::ui::ReviewTableModel;
using sms::ui::SignatureModel;
using sms::ui::SignaturesPage;

using guitest::pngFile;

class tst_SignaturesPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<sandboxtest::Harness> m_harness;
    std::unique_ptr<ReviewTestSession> m_session;
    std::unique_ptr<SignaturesPage> m_page;
    qint64 m_approved = 0;
    qint64 m_rejected = 0;

    int requests(const char *action) const
    {
        return m_harness->server().requestCount(QLatin1String(action));
    }
    SignaturesPage &openPage()
    {
        m_session = std::make_unique<ReviewTestSession>(m_harness->api());
        m_page = std::make_unique<SignaturesPage>(
            *m_session,
            review::ReviewStore::Options {review::ReviewStore::Loading::WhenReady, m_dir->path()});
        m_page->resize(1000, 600);
        m_page->show();
        return *m_page;
    }
    bool loaded() const { return m_page->store().isLoaded() && !m_page->store().isBusy(); }
    int visibleRows() const { return m_page->table()->model()->rowCount(); }

    void addFixtures()
    {
        m_approved = m_harness->addSign(QStringLiteral("星河商城"));
        m_harness->addSign(QStringLiteral("Galaxy"), 1);
        m_rejected
            = m_harness->addSign(QStringLiteral("XY"), 0, sandbox::ReviewStatusCode::Rejected);
        m_harness->state().signs[m_rejected].rejectReason = QStringLiteral("sign.vague");
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_harness = std::make_unique<sandboxtest::Harness>();
    }

    void cleanup()
    {
        m_page.reset();
        m_session.reset();
        m_harness.reset();
        m_dir.reset();
    }

    void emptyAccountSaysSoAndOffersAdd()
    {
        m_harness->state().signs.clear();
        SignaturesPage &page = openPage();
        QTRY_VERIFY(loaded());
        QVERIFY(page.isShowingEmptyState());
        QVERIFY2(page.emptyState()->text().contains(QStringLiteral("No signatures yet")),
                 qPrintable(page.emptyState()->text()));
        QVERIFY(page.addAction()->isEnabled());
        QVERIFY(!page.deleteAction()->isEnabled());
    }

    void listsFiltersAndSearches()
    {
        addFixtures();
        SignaturesPage &page = openPage();
        QTRY_VERIFY(loaded());
        QCOMPARE(requests("DescribeSmsSignList"), 2); // one page per market
        QVERIFY(!page.isShowingEmptyState());
        const int all = int(page.signatures().records().size());
        QCOMPARE(visibleRows(), all);

        const int rejectedIndex
            = page.statusFilter()->findData(int(domain::ReviewStatus::Rejected));
        QVERIFY(rejectedIndex > 0);
        page.statusFilter()->setCurrentIndex(rejectedIndex);
        QCOMPARE(visibleRows(), 1);
        QCOMPARE(page.table()->model()->index(0, 0).data(ReviewTableModel::IdRole).toLongLong(),
                 m_rejected);

        guitest::typeInto(page.searchEdit(), QStringLiteral("nothing like it"));
        QCOMPARE(visibleRows(), 0);
        QVERIFY(page.isShowingEmptyState());
        QCOMPARE(page.emptyState()->text(), QStringLiteral("Nothing matches the filter."));
        guitest::child<QPushButton>(&page, "emptyStateButton")->click();
        QCOMPARE(visibleRows(), all);
        QCOMPARE(page.statusFilter()->currentIndex(), 0);

        guitest::typeInto(page.searchEdit(), QStringLiteral("gal"));
        QCOMPARE(visibleRows(), 1);
        page.searchEdit()->clear();

        // Nothing listed here was applied for from this console: its type is
        // unknown, and a type filter shows none of it.
        page.typeFilter()->setCurrentIndex(1);
        QCOMPARE(visibleRows(), 0);
        page.typeFilter()->setCurrentIndex(0);
        QCOMPARE(visibleRows(), all);
    }

    void formWithAFailingCheckSendsNothing()
    {
        addFixtures();
        SignaturesPage &page = openPage();
        QTRY_VERIFY(loaded());
        page.addAction()->trigger();
        ui::SignatureForm *form = page.form();
        QVERIFY(form);
        QTRY_VERIFY(form->isVisible());
        QVERIFY(!form->submitButton()->isEnabled());

        form->setProofImage(pngFile(), QStringLiteral("licence.png"));
        QVERIFY(!form->proofPreview()->pixmap().isNull());
        form->qualificationEdit()->setText(QStringLiteral("1001"));
        guitest::typeInto(form->nameEdit(), QStringLiteral("Acme Shop!"));
        QVERIFY(form->shownProblems(QStringLiteral("SignName"))
                    .startsWith(QStringLiteral("InvalidParameterValue: ")));
        QVERIFY(!form->submitButton()->isEnabled());
        form->submit();
        // The name of a signature under review in this market again.
        guitest::typeInto(form->nameEdit(), QStringLiteral("Galaxy"));
        form->marketCombo()->setCurrentIndex(form->marketCombo()->findData(1));
        QVERIFY(!form->submitButton()->isEnabled());
        form->marketCombo()->setCurrentIndex(form->marketCombo()->findData(0));
        // A proof that is no image.
        guitest::typeInto(form->nameEdit(), QStringLiteral("AcmeShop"));
        QVERIFY(form->submitButton()->isEnabled());
        QVERIFY(!form->setProofImage(QByteArray("not an image at all"), QStringLiteral("x.png")));
        QVERIFY(form->shownProblems(QStringLiteral("ProofImage"))
                    .contains(QStringLiteral("InvalidParameterValue.ImageInvalid")));
        QVERIFY(!form->submitButton()->isEnabled());
        form->submit();
        QTest::qWait(50);
        QCOMPARE(requests("AddSmsSign"), 0);
        QCOMPARE(m_session->reported.size(), 0);

        form->setProofImage(pngFile(), QStringLiteral("licence.png"));
        QVERIFY(form->submitButton()->isEnabled());
        form->submitButton()->click();
        QTRY_VERIFY(!page.form());
        QCOMPARE(requests("AddSmsSign"), 1);
        const auto added
            = std::find_if(page.signatures().records().cbegin(), page.signatures().records().cend(),
                           [](const auto &r) { return r.name() == QLatin1String("AcmeShop"); });
        QVERIFY(added != page.signatures().records().cend());
        QTRY_COMPARE(page.currentId(), added->id());
    }

    // A click with the mouse (which moves the current row before it
    // selects it) shows the row's detail and enables what fits it.
    void clickingARowShowsItsDetail()
    {
        addFixtures();
        SignaturesPage &page = openPage();
        QTRY_VERIFY(loaded());
        QAbstractItemModel *shown = page.table()->model();
        int row = 0;
        while (row < shown->rowCount()
               && shown->index(row, 0).data(ReviewTableModel::IdRole).toLongLong() != m_rejected)
            ++row;
        QVERIFY(row < shown->rowCount());
        const QRect cell = page.table()->visualRect(shown->index(row, 0));
        QTest::mouseClick(page.table()->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(page.currentId(), m_rejected);
        QVERIFY(page.detailView()->toPlainText().contains(
            page.signatures().record(m_rejected)->reviewReply()));
        QVERIFY(page.modifyAction()->isEnabled());
        QVERIFY(page.deleteAction()->isEnabled());
    }

    void modifyIsBlockedWithTheReason()
    {
        addFixtures();
        SignaturesPage &page = openPage();
        QTRY_VERIFY(loaded());
        QVERIFY(page.selectRecord(m_approved));
        QCOMPARE(page.currentId(), m_approved);
        const auto blocker
            = review::SignatureChecks::modifyBlocker(*page.signatures().record(m_approved));
        QVERIFY(blocker);
        QVERIFY(!page.modifyAction()->isEnabled());
        QCOMPARE(page.modifyAction()->toolTip(), blocker->message);
        QVERIFY(page.detailView()->toPlainText().contains(blocker->message));
        QVERIFY(page.deleteAction()->isEnabled());

        // A rejected one can be changed: the form comes filled in, its
        // market fixed, and the change is sent once the proof is chosen.
        QVERIFY(page.selectRecord(m_rejected));
        QVERIFY(page.modifyAction()->isEnabled());
        const QString reply = page.signatures().record(m_rejected)->reviewReply();
        QVERIFY(!reply.isEmpty());
        QVERIFY(page.detailView()->toPlainText().contains(reply));
        page.modifyAction()->trigger();
        ui::SignatureForm *form = page.form();
        QVERIFY(form);
        QCOMPARE(form->modifiedId(), m_rejected);
        QCOMPARE(form->nameEdit()->text(), QStringLiteral("XY"));
        QVERIFY(!form->marketCombo()->isEnabled());
        guitest::pasteInto(form->nameEdit(), QStringLiteral("XY科技"));
        QVERIFY(!form->submitButton()->isEnabled());
        form->setProofImage(pngFile(), QStringLiteral("licence.png"));
        QVERIFY(form->submitButton()->isEnabled());
        form->submit();
        QTRY_VERIFY(!page.form());
        QCOMPARE(requests("ModifySmsSign"), 1);
        QTRY_COMPARE(page.signatures().record(m_rejected)->name(), QStringLiteral("XY科技"));
    }

    void deleteAsksFirstNamingTheSignature()
    {
        addFixtures();
        SignaturesPage &page = openPage();
        QTRY_VERIFY(loaded());
        const int all = int(page.signatures().records().size());
        QVERIFY(page.selectRecord(m_rejected));
        page.deleteAction()->trigger();
        QMessageBox *box = page.deleteConfirmation();
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("\u3010XY\u3011")), qPrintable(box->text()));
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!page.deleteConfirmation());
        QCOMPARE(requests("DeleteSmsSign"), 0);
        QCOMPARE(int(page.signatures().records().size()), all);

        page.deleteAction()->trigger();
        QVERIFY(page.deleteConfirmation());
        guitest::child<QPushButton>(page.deleteConfirmation(), "confirmDeleteButton")->click();
        QTRY_COMPARE(int(page.signatures().records().size()), all - 1);
        QCOMPARE(requests("DeleteSmsSign"), 1);
        QVERIFY(!page.signatures().record(m_rejected));
        QCOMPARE(visibleRows(), all - 1);
    }

    void failedRefreshKeepsTheListAsOfItsTime()
    {
        addFixtures();
        SignaturesPage &page = openPage();
        QTRY_VERIFY(loaded());
        const int all = visibleRows();
        QVERIFY(page.asOfNote()->isHidden());
        QVERIFY(page.messageBar()->isHidden());

        sandbox::FaultPlan::Faults faults;
        faults.errorShare = 1;
        faults.errorCode = QStringLiteral("InternalError.UnknownError");
        m_harness->server().faults().set(QStringLiteral("DescribeSmsSignList"), faults);
        page.refreshAction()->trigger();
        QTRY_VERIFY(!page.store().isBusy() && page.store().lastError().isError());
        QCOMPARE(visibleRows(), all);
        QVERIFY(page.asOfNote()->isVisible());
        const QString time
            = QLocale().toString(page.store().loadedAt().time(), QStringLiteral("HH:mm"));
        QCOMPARE(page.asOfNote()->text(), QStringLiteral("As of %1").arg(time));
        QVERIFY(page.messageBar()->isVisible());

        m_harness->server().faults().clear();
        page.refreshAction()->trigger();
        QTRY_VERIFY(!page.store().isBusy() && !page.store().lastError().isError());
        QVERIFY(page.asOfNote()->isHidden());
        QVERIFY(page.messageBar()->isHidden());
    }

    void finishedReviewIsToldMarkedAndOpened()
    {
        guitest::Shell shell(
            [](ui::AppOptions &options) { options.sandbox.reviewDelaySeconds = 1; });
        auto *page
            = qobject_cast<SignaturesPage *>(shell.window.pageWidget(ui::MainWindow::Signatures));
        QVERIFY(page);
        ui::ReviewNotifier *notifier = shell.window.reviewNotifier();
        QVERIFY(notifier);
        QTRY_VERIFY_WITH_TIMEOUT(page->store().isLoaded(), 20000);
        notifier->reviewWatch().setIntervalMs(200);

        const JobOutcome approved
            = waitFor(page->signatures().add(guitest::signApplication(QStringLiteral("AcmeShop"))));
        QVERIFY2(approved.succeeded(), qPrintable(approved.error.summary()));
        QTRY_VERIFY_WITH_TIMEOUT(notifier->lastNotice().id == approved.id, 20000);
        QVERIFY(notifier->lastNotice().approved);
        QCOMPARE(notifier->lastNotice().text,
                 QStringLiteral("Signature \u3010AcmeShop\u3011 approved"));
        QVERIFY(shell.window.reviewBar()->isVisible());
        QCOMPARE(shell.window.reviewBar()->text(), notifier->lastNotice().text);
        QVERIFY(page->proxy()->isMarked(approved.id));

        shell.window.setCurrentPage(ui::MainWindow::Campaigns);
        shell.window.reviewBar()->buttons().at(0)->click();
        QCOMPARE(shell.window.currentPage(), int(ui::MainWindow::Signatures));
        QCOMPARE(page->currentId(), approved.id);
        QVERIFY(!page->proxy()->isMarked(approved.id));
        QVERIFY(shell.window.reviewBar()->isHidden());
        QVERIFY(!shell.window.lastGuidanceDialog());

        // A rejection opens the guidance for what to change, with the reply.
        const JobOutcome rejected
            = waitFor(page->signatures().add(guitest::signApplication(QStringLiteral("博彩乐园"))));
        QVERIFY(rejected.succeeded());
        QTRY_VERIFY_WITH_TIMEOUT(notifier->lastNotice().id == rejected.id, 20000);
        QVERIFY(!notifier->lastNotice().approved);
        QVERIFY(!notifier->lastNotice().reply.isEmpty());
        QVERIFY(notifier->lastNotice().text.startsWith(
            QStringLiteral("Signature \u3010博彩乐园\u3011 rejected: ")));
        shell.window.setCurrentPage(ui::MainWindow::Templates);
        shell.window.reviewBar()->buttons().at(0)->click();
        QCOMPARE(shell.window.currentPage(), int(ui::MainWindow::Signatures));
        QCOMPARE(page->currentId(), rejected.id);
        ui::ErrorGuidanceDialog *guidance = shell.window.lastGuidanceDialog();
        QVERIFY(guidance);
        QCOMPARE(guidance->currentError().message(), notifier->lastNotice().reply);
        QVERIFY(page->explainRejectionButton()->isVisible());
        guidance->close();
    }
};

QTEST_MAIN(tst_SignaturesPage)
#include "tst_signaturespage.moc"
