// SPDX-License-Identifier: GPL-3.0-or-later
// SignatureStore against a real sandbox: every page of both markets loaded,
// one load at a time, add / modify / delete / refresh, what this console
// submitted remembered per profile, a profile change forgetting everything,
// and a failed read keeping the last good records with their time.

#include "ReviewTestSession.h"
#include "SandboxHarness.h"
#include "review/ReviewTexts.h"
#include "review/SignatureChecks.h"
#include "review/SignatureStore.h"

#include <QBuffer>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sms;
using review::ReviewStore;
using review::SignatureStore;

namespace {
QString png()
{
    QImage image(16, 12, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return review::SignatureChecks::encodeImage(buffer.data());
}

domain::SignApplication application(const QString &name)
{
    domain::SignApplication a;
    a.signName = name;
    a.signType = 5;
    a.documentType = 3;
    a.international = 0;
    a.signPurpose = 1;
    a.proofImage = png();
    a.commissionImage = png();
    a.qualificationId = 1001;
    a.remark = QStringLiteral("for the city's notices");
    return a;
}
} // namespace

class tst_SignatureStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<sandboxtest::Harness> m_harness;
    std::unique_ptr<ReviewTestSession> m_session;

    std::unique_ptr<SignatureStore> newStore(ReviewStore::Loading loading
                                             = ReviewStore::Loading::OnRequest)
    {
        return std::make_unique<SignatureStore>(*m_session,
                                                ReviewStore::Options {loading, m_dir->path()});
    }
    int listRequests() const
    {
        return m_harness->server().requestCount(QStringLiteral("DescribeSmsSignList"));
    }
    void addSigns(int count, int international, const QString &prefix)
    {
        for (int i = 0; i < count; ++i)
            m_harness->addSign(prefix + QString::number(i), international);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_harness = std::make_unique<sandboxtest::Harness>();
        m_session = std::make_unique<ReviewTestSession>(m_harness->api());
    }

    void cleanup()
    {
        m_session.reset();
        m_harness.reset();
        m_dir.reset();
    }

    void loadsEveryPageOfBothMarkets_data()
    {
        QTest::addColumn<int>("domestic");
        QTest::addColumn<int>("international");
        QTest::addColumn<int>("requests");
        QTest::newRow("none") << 0 << 0 << 2;
        QTest::newRow("250 and 120") << 250 << 120 << 5;
        QTest::newRow("exactly 100 and 1") << 100 << 1 << 3;
    }

    void loadsEveryPageOfBothMarkets()
    {
        QFETCH(int, domestic);
        QFETCH(int, international);
        QFETCH(int, requests);
        addSigns(domestic, 0, QStringLiteral("国内"));
        addSigns(international, 1, QStringLiteral("Global"));
        const auto store = newStore();
        QSignalSpy changed(store.get(), &ReviewStore::changed);
        QSignalSpy busy(store.get(), &ReviewStore::busyChanged);
        QVERIFY(!store->isLoaded());

        const JobOutcome outcome = waitFor(store->load());
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.error.summary()));
        QCOMPARE(store->records().size(), domestic + international);
        QCOMPARE(listRequests(), requests);
        QVERIFY(store->isLoaded());
        QVERIFY(!store->isBusy());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(busy.size(), 2);
        QCOMPARE(busy.at(0).at(0).toBool(), true);
        QCOMPARE(busy.at(1).at(0).toBool(), false);
        // Domestic first, then international, each by id.
        for (qsizetype i = 1; i < store->records().size(); ++i) {
            const auto &a = store->records().at(i - 1);
            const auto &b = store->records().at(i);
            QVERIFY(a.listed.international < b.listed.international
                    || (a.listed.international == b.listed.international && a.id() < b.id()));
        }
        if (domestic > 0) {
            const review::SignatureRecord &first = store->records().first();
            QCOMPARE(first.name(), QStringLiteral("国内0"));
            QCOMPARE(first.market(), domain::Market::Domestic);
            QCOMPARE(first.status(), domain::ReviewStatus::Approved);
            QCOMPARE(first.listed.qualificationName, QStringLiteral("沙盒科技有限公司"));
        }
    }

    void loadsOnItsOwnOnceReady()
    {
        m_session->setReady(false);
        m_harness->addSign(QStringLiteral("沙盒科技"));
        const auto store = newStore(ReviewStore::Loading::WhenReady);
        QSignalSpy changed(store.get(), &ReviewStore::changed);
        QCoreApplication::processEvents();
        QCOMPARE(m_harness->server().requestCount(), 0);
        QVERIFY(!store->isLoading());

        m_session->setReady(true);
        QVERIFY(store->isLoading());
        QVERIFY(changed.wait());
        QCOMPARE(store->records().size(), 1);
        QCOMPARE(listRequests(), 2);
    }

    void neverTwoLoadsAtOnce()
    {
        addSigns(150, 0, QStringLiteral("签名"));
        const auto store = newStore();
        int active = 0;
        int mostActive = 0;
        connect(&m_harness->client(), &api::ApiClient::activeCallsChanged, this, [&](int count) {
            active = count;
            mostActive = std::max(mostActive, active);
        });
        int succeeded = 0;
        for (review::ReviewJob *job : {store->load(), store->load(), store->load()}) {
            connect(job, &review::ReviewJob::finished, this,
                    [&succeeded, job] { succeeded += job->succeeded() ? 1 : 0; });
        }
        QVERIFY(store->isLoading());
        QTRY_COMPARE(succeeded, 3);
        QVERIFY(!store->isBusy());
        // The second and third load joined into one, after the first.
        QCOMPARE(listRequests(), 2 * 3);
        QCOMPARE(mostActive, 1);
    }

    void addModifyRefreshDelete()
    {
        m_harness->settings().reviewDelaySeconds = 600;
        const auto store = newStore();
        QVERIFY(waitFor(store->load()).succeeded());
        QSignalSpy changed(store.get(), &ReviewStore::changed);
        QSignalSpy recordChanged(store.get(), &ReviewStore::recordChanged);

        // Add: held at once, under review, with what was submitted.
        const JobOutcome added = waitFor(store->add(application(QStringLiteral("沙盒市政"))));
        QVERIFY2(added.succeeded(), qPrintable(added.error.summary()));
        auto record = store->record(added.id);
        QVERIFY(record);
        QCOMPARE(record->name(), QStringLiteral("沙盒市政"));
        QCOMPARE(record->status(), domain::ReviewStatus::UnderReview);
        QCOMPARE(record->signType(), 5);
        QCOMPARE(record->documentType(), 3);
        QCOMPARE(record->signPurpose(), 1);
        QCOMPARE(record->submitted->remark, QStringLiteral("for the city's notices"));
        QVERIFY(!changed.isEmpty());
        // ...and refreshed from the service right after.
        QTRY_COMPARE(listRequests(), 3);
        QTRY_VERIFY(!store->isBusy());
        QCOMPARE(store->record(added.id)->listed.qualificationName,
                 QStringLiteral("沙盒科技有限公司"));

        // Modify: the record follows, back under review.
        recordChanged.clear();
        auto changedApplication = application(QStringLiteral("沙盒市政厅"));
        const JobOutcome modified = waitFor(store->modify(added.id, changedApplication));
        QVERIFY2(modified.succeeded(), qPrintable(modified.error.summary()));
        QCOMPARE(modified.id, added.id);
        QCOMPARE(store->record(added.id)->name(), QStringLiteral("沙盒市政厅"));
        QCOMPARE(m_harness->state().signs.value(added.id).name, QStringLiteral("沙盒市政厅"));
        QVERIFY(recordChanged.contains(QVariantList {added.id}));
        QTRY_VERIFY(!store->isBusy());

        // Refresh: what the service says now replaces what was held.
        m_harness->state().signs[added.id].status = sandbox::ReviewStatusCode::ApprovedPending;
        recordChanged.clear();
        QVERIFY(waitFor(store->refresh(added.id)).succeeded());
        QCOMPARE(store->record(added.id)->status(), domain::ReviewStatus::ApprovedPending);
        QCOMPARE(recordChanged.size(), 1);

        // Delete: gone here, in the service and from what is remembered.
        changed.clear();
        const JobOutcome removed = waitFor(store->remove(added.id));
        QVERIFY2(removed.succeeded(), qPrintable(removed.error.summary()));
        QVERIFY(!store->record(added.id));
        QVERIFY(!m_harness->state().signs.contains(added.id));
        QCOMPARE(changed.size(), 1);
        const auto again = newStore();
        m_harness->addSign(QStringLiteral("沙盒科技"));
        QVERIFY(waitFor(again->load()).succeeded());
        QVERIFY(!again->record(added.id));
    }

    void serviceRefusalIsReported()
    {
        const auto store = newStore();
        auto a = application(QStringLiteral("沙盒市政"));
        a.qualificationId = 4242; // checked by the service only
        QSignalSpy failed(store.get(), &ReviewStore::failed);
        const JobOutcome outcome = waitFor(store->add(a));
        QCOMPARE(outcome.error.kind(), api::ApiError::Kind::Service);
        QCOMPARE(outcome.error.code(),
                 QStringLiteral("InvalidParameterValue.QualificationIdNotFound"));
        QVERIFY(!outcome.error.requestId().isEmpty());
        QCOMPARE(failed.size(), 1);
        QCOMPARE(m_session->reported.size(), 1);
        QVERIFY(store->records().isEmpty());
    }

    void localRefusalIsNotTheSessionsError()
    {
        const auto store = newStore();
        QSignalSpy failed(store.get(), &ReviewStore::failed);
        const JobOutcome outcome = waitFor(store->add(application(QStringLiteral("沙"))));
        QCOMPARE(outcome.error.kind(), api::ApiError::Kind::LocalCheck);
        QCOMPARE(failed.size(), 1);
        QVERIFY(m_session->reported.isEmpty());
        QCOMPARE(m_harness->server().requestCount(), 0);
    }

    void submissionsAreRememberedPerProfile()
    {
        const qint64 foreign = m_harness->addSign(QStringLiteral("别处申请"));
        qint64 id = 0;
        {
            const auto store = newStore();
            const JobOutcome added = waitFor(store->add(application(QStringLiteral("沙盒市政"))));
            QVERIFY(added.succeeded());
            id = added.id;
            QTRY_VERIFY(!store->isBusy());
        }
        // Another store of the same profile (the next start) knows them.
        const auto store = newStore();
        QVERIFY(waitFor(store->load()).succeeded());
        QCOMPARE(store->record(id)->signPurpose(), 1);
        QCOMPARE(review::ReviewTexts::signPurposeText(store->record(id)->signPurpose()),
                 QStringLiteral("For another party"));
        // What was applied for elsewhere is unknown, and says so.
        QVERIFY(!store->record(foreign)->signType());
        QCOMPARE(review::ReviewTexts::signTypeText(store->record(foreign)->signType()),
                 review::ReviewTexts::unknownText());

        // Another profile knows nothing of them; back again, it does.
        m_session->switchProfile(QStringLiteral("other account"));
        QVERIFY(waitFor(store->load()).succeeded());
        QVERIFY(!store->record(id)->signType());
        m_session->switchProfile(QStringLiteral("review test"));
        QVERIFY(waitFor(store->load()).succeeded());
        QCOMPARE(store->record(id)->signType(), 5);
    }

    void profileChangeForgetsEverything()
    {
        addSigns(3, 0, QStringLiteral("签名"));
        const auto store = newStore(ReviewStore::Loading::WhenReady);
        QVERIFY(QSignalSpy(store.get(), &ReviewStore::changed).wait());
        QCOMPARE(store->records().size(), 3);

        // A load under way when the profile changes is dropped.
        review::ReviewJob *old = store->load();
        QSignalSpy changed(store.get(), &ReviewStore::changed);
        m_session->switchProfile(QStringLiteral("other account"));
        QCOMPARE(changed.size(), 1);
        QVERIFY(store->records().isEmpty());
        QVERIFY(!store->isLoaded());
        QVERIFY(store->isLoading()); // ready again: loading the new profile's
        const JobOutcome dropped = waitFor(old);
        QCOMPARE(dropped.error.kind(), api::ApiError::Kind::Cancelled);
        QTRY_VERIFY(store->isLoaded());
        QTRY_VERIFY(!store->isBusy());
        QCOMPARE(store->records().size(), 3);
    }

    void failedReadKeepsTheLastGoodRecords()
    {
        addSigns(2, 0, QStringLiteral("签名"));
        const auto store = newStore();
        QVERIFY(waitFor(store->load()).succeeded());
        const QDateTime loadedAt = store->loadedAt();
        const auto before = store->records();
        QVERIFY(loadedAt.isValid());

        sandbox::FaultPlan::Faults faults;
        faults.errorShare = 1;
        faults.errorCode = QStringLiteral("InternalError.UnknownError");
        m_harness->server().faults().set(QStringLiteral("DescribeSmsSignList"), faults);
        QSignalSpy failed(store.get(), &ReviewStore::failed);
        m_harness->addSign(QStringLiteral("新的签名"));

        const JobOutcome reload = waitFor(store->load());
        QCOMPARE(reload.error.code(), QStringLiteral("InternalError.UnknownError"));
        QCOMPARE(store->records().size(), before.size());
        QCOMPARE(store->loadedAt(), loadedAt);
        QCOMPARE(store->lastError().code(), QStringLiteral("InternalError.UnknownError"));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(m_session->reported.size(), 1);

        const JobOutcome refresh = waitFor(store->refresh(before.first().id()));
        QVERIFY(refresh.error.isError());
        QCOMPARE(store->record(before.first().id())->name(), before.first().name());

        m_harness->server().faults().clear();
        QVERIFY(waitFor(store->load()).succeeded());
        QCOMPARE(store->records().size(), before.size() + 1);
        QVERIFY(!store->lastError().isError());
        QVERIFY(store->loadedAt() >= loadedAt);
    }

    void refreshOfAnUnknownIdLoads()
    {
        const auto store = newStore();
        QVERIFY(waitFor(store->load()).succeeded());
        const qint64 id = m_harness->addSign(QStringLiteral("后来的"));
        QVERIFY(waitFor(store->refresh(id)).succeeded());
        QVERIFY(store->record(id));
        QCOMPARE(listRequests(), 4); // two loads of both markets
    }

    void recordGoneFromTheServiceIsDropped()
    {
        const qint64 id = m_harness->addSign(QStringLiteral("将删除"));
        const qint64 other = m_harness->addSign(QStringLiteral("会留下"));
        const auto store = newStore();
        QVERIFY(waitFor(store->load()).succeeded());
        m_harness->state().signs.remove(id);
        QSignalSpy changed(store.get(), &ReviewStore::changed);
        const JobOutcome outcome = waitFor(store->refresh(id));
        QCOMPARE(outcome.error.code(), QStringLiteral("FailedOperation.SignIdNotExist"));
        QVERIFY(!store->record(id));
        QVERIFY(store->record(other));
        QCOMPARE(changed.size(), 1);

        // Several ids, one of them gone: the set is fixed by a full load.
        const qint64 third = m_harness->addSign(QStringLiteral("第三个"), 0,
                                                sandbox::ReviewStatusCode::UnderReview);
        QVERIFY(waitFor(store->load()).succeeded());
        m_harness->state().signs.remove(other);
        QVERIFY(waitFor(store->refresh({other, third}, domain::Market::Domestic)).succeeded());
        QVERIFY(!store->record(other));
        QVERIFY(store->record(third));
    }

    void deletedDuringALoadStaysDeleted()
    {
        const qint64 id = m_harness->addSign(QStringLiteral("将删除"));
        const auto store = newStore();
        QVERIFY(waitFor(store->load()).succeeded());
        // The load's pages come slowly; the delete is answered first.
        sandbox::FaultPlan::Faults slow;
        slow.latencyMs = 300;
        m_harness->server().faults().set(QStringLiteral("DescribeSmsSignList"), slow);
        review::ReviewJob *load = store->load();
        QVERIFY(waitFor(store->remove(id)).succeeded());
        QVERIFY(waitFor(load).succeeded());
        QVERIFY(!store->record(id));
    }

    void reviewEndsAreSeenByAnyRead()
    {
        m_harness->settings().reviewDelaySeconds = 30;
        const auto store = newStore();
        auto casino = application(QStringLiteral("casino沙盒"));
        const JobOutcome rejected = waitFor(store->add(casino));
        const JobOutcome approved = waitFor(store->add(application(QStringLiteral("沙盒市政"))));
        QVERIFY(rejected.succeeded() && approved.succeeded());
        QTRY_VERIFY(!store->isBusy());
        QSignalSpy ended(store.get(), &ReviewStore::reviewFinished);

        m_harness->advance(31);
        QVERIFY(waitFor(store->load()).succeeded());
        QCOMPARE(ended.size(), 2);
        for (const QList<QVariant> &event : std::as_const(ended)) {
            const qint64 id = event.at(0).toLongLong();
            QCOMPARE(event.at(1).toBool(), id == approved.id);
            QCOMPARE(event.at(2).toString(), store->record(id)->reviewReply());
            QCOMPARE(event.at(2).toString().isEmpty(), id == approved.id);
        }
        // Seen once: the next read reports nothing new.
        QVERIFY(waitFor(store->load()).succeeded());
        QCOMPARE(ended.size(), 2);
    }
};

QTEST_GUILESS_MAIN(tst_SignatureStore)
#include "tst_signaturestore.moc"
