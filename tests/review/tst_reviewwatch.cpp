// SPDX-License-Identifier: GPL-3.0-or-later
// ReviewWatch against a real sandbox with a review delay: while something
// is under review it asks for exactly those records and nothing else, it
// tells of every review that ends (approved, or rejected with the
// reviewer's reply), and it stops asking once nothing is under review.

#include "ReviewTestSession.h"
#include "SandboxHarness.h"
#include "review/ReviewWatch.h"
#include "review/SignatureChecks.h"
#include "review/SignatureStore.h"
#include "review/TemplateStore.h"

#include <QBuffer>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sms;
using review::ReviewKind;
using review::ReviewStore;
using review::ReviewWatch;

Q_DECLARE_METATYPE(sms::review::ReviewKind)

namespace {
domain::TemplateApplication templateOf(const QString &content)
{
    domain::TemplateApplication a;
    a.templateName = QStringLiteral("通知");
    a.templateContent = content;
    a.smsType = 2;
    a.international = 0;
    a.remark = QStringLiteral("notices");
    return a;
}

domain::SignApplication signatureOf(const QString &name)
{
    QImage image(16, 12, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    domain::SignApplication a;
    a.signName = name;
    a.signType = 0;
    a.documentType = 1;
    a.proofImage = review::SignatureChecks::encodeImage(buffer.data());
    a.qualificationId = 1001;
    return a;
}
} // namespace

class tst_ReviewWatch : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<sandboxtest::Harness> m_harness;
    std::unique_ptr<ReviewTestSession> m_session;
    std::unique_ptr<review::SignatureStore> m_signatures;
    std::unique_ptr<review::TemplateStore> m_templates;
    std::unique_ptr<ReviewWatch> m_watch;

    int templateLists() const
    {
        return m_harness->server().requestCount(QStringLiteral("DescribeSmsTemplateList"));
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_harness = std::make_unique<sandboxtest::Harness>();
        m_harness->settings().reviewDelaySeconds = 30;
        m_harness->addSign(QStringLiteral("沙盒科技"));
        m_session = std::make_unique<ReviewTestSession>(m_harness->api());
        const ReviewStore::Options options {ReviewStore::Loading::OnRequest, m_dir->path()};
        m_signatures = std::make_unique<review::SignatureStore>(*m_session, options);
        m_templates = std::make_unique<review::TemplateStore>(*m_session, options);
        m_watch = std::make_unique<ReviewWatch>();
        m_watch->watch(*m_signatures);
        m_watch->watch(*m_templates);
        QVERIFY(waitFor(m_signatures->load()).succeeded());
        QVERIFY(waitFor(m_templates->load()).succeeded());
    }

    void cleanup()
    {
        m_watch.reset();
        m_templates.reset();
        m_signatures.reset();
        m_session.reset();
        m_harness.reset();
        m_dir.reset();
    }

    void defaults()
    {
        ReviewWatch watch;
        QCOMPARE(watch.intervalMs(), ReviewWatch::kDefaultIntervalMs);
        QCOMPARE(ReviewWatch::kDefaultIntervalMs, 60'000);
        QVERIFY(!watch.isWatching());
    }

    void approvedAndRejectedAreTold()
    {
        m_watch->setIntervalMs(20);
        QSignalSpy watching(m_watch.get(), &ReviewWatch::watchingChanged);
        QSignalSpy ended(m_watch.get(), &ReviewWatch::reviewFinished);
        const JobOutcome good
            = waitFor(m_templates->add(templateOf(QStringLiteral("您的订单{1}已发货。"))));
        const JobOutcome link = waitFor(
            m_templates->add(templateOf(QStringLiteral("订单详情见 https://shop.example.cn 。"))));
        const JobOutcome vague = waitFor(m_signatures->add(signatureOf(QStringLiteral("12345"))));
        QVERIFY(good.succeeded() && link.succeeded() && vague.succeeded());
        QVERIFY(m_watch->isWatching());
        QCOMPARE(watching.size(), 1);

        // Nothing ends before the review delay has passed on the sandbox
        // clock, however often it asks.
        const int before = templateLists();
        QTRY_VERIFY(templateLists() >= before + 3);
        QVERIFY(ended.isEmpty());

        m_harness->advance(31);
        QTRY_COMPARE(ended.size(), 3);
        QHash<qint64, QList<QVariant>> byId;
        for (const QList<QVariant> &event : std::as_const(ended))
            byId.insert(event.at(1).toLongLong(), event);
        QCOMPARE(byId.value(good.id).at(0).value<ReviewKind>(), ReviewKind::Template);
        QCOMPARE(byId.value(good.id).at(2).toBool(), true);
        QCOMPARE(byId.value(good.id).at(3).toString(), QString());
        QCOMPARE(byId.value(link.id).at(2).toBool(), false);
        QVERIFY(!byId.value(link.id).at(3).toString().isEmpty());
        QCOMPARE(byId.value(link.id).at(3).toString(), m_templates->record(link.id)->reviewReply());
        QCOMPARE(byId.value(vague.id).at(0).value<ReviewKind>(), ReviewKind::Signature);
        QCOMPARE(byId.value(vague.id).at(2).toBool(), false);
        QCOMPARE(m_signatures->record(vague.id)->status(), domain::ReviewStatus::Rejected);

        // Nothing is under review now: the watch stops asking.
        QTRY_VERIFY(!m_watch->isWatching());
        QCOMPARE(watching.size(), 2);
        QTRY_VERIFY(!m_templates->isBusy() && !m_signatures->isBusy());
        const int settled = m_harness->server().requestCount();
        m_watch->pollNow();
        QCOMPARE(m_harness->server().requestCount(), settled);
    }

    void asksOnlyForWhatIsUnderReview()
    {
        for (int i = 0; i < 150; ++i)
            m_harness->addTemplate(QStringLiteral("通知%1：订单{1}已发货。").arg(i));
        const qint64 domestic = m_harness->addTemplate(QStringLiteral("审核中{1}"), 2, 0,
                                                       sandbox::ReviewStatusCode::UnderReview);
        const qint64 global = m_harness->addTemplate(QStringLiteral("Reviewing {1}"), 2, 1,
                                                     sandbox::ReviewStatusCode::UnderReview);
        QVERIFY(waitFor(m_templates->load()).succeeded());
        QVERIFY(m_watch->isWatching());
        QCOMPARE(m_templates->underReview(domain::Market::Domestic), QList<qint64> {domestic});
        QCOMPARE(m_templates->underReview(domain::Market::International), QList<qint64> {global});

        // One request per market, by id: not the three pages of a load.
        const int before = templateLists();
        QSignalSpy refreshed(m_templates.get(), &ReviewStore::recordChanged);
        m_watch->pollNow();
        QTRY_COMPARE(refreshed.size(), 2);
        QCOMPARE(templateLists(), before + 2);
        QCOMPARE(m_harness->server().requestCount(QStringLiteral("DescribeSmsSignList")), 2);
    }

    void aLoadUnderWayIsNotDoubled()
    {
        m_harness->addTemplate(QStringLiteral("审核中{1}"), 2, 0,
                               sandbox::ReviewStatusCode::UnderReview);
        QVERIFY(waitFor(m_templates->load()).succeeded());
        const int before = templateLists();
        review::ReviewJob *load = m_templates->load();
        m_watch->pollNow();
        QVERIFY(waitFor(load).succeeded());
        QTRY_VERIFY(!m_templates->isBusy());
        QCOMPARE(templateLists(), before + 2);
    }
};

QTEST_GUILESS_MAIN(tst_ReviewWatch)
#include "tst_reviewwatch.moc"
