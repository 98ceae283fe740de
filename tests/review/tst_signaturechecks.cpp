// SPDX-License-Identifier: GPL-3.0-or-later
// The local checks of a signature application, each rule valid and invalid:
// a refused form sends nothing at all (the sandbox counts every request it
// received), and every accepted form is accepted by the sandbox too. Where
// the sandbox enforces the same rule, the very same application sent past
// the checks gets the code the checks predicted.

#include "ReviewTestSession.h"
#include "SandboxHarness.h"
#include "errors/ErrorCatalog.h"
#include "review/SignatureChecks.h"
#include "review/SignatureStore.h"

#include <QBuffer>
#include <QImage>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace sms;
using review::CheckProblems;
using review::SignatureChecks;
using review::SignatureRecord;

Q_DECLARE_METATYPE(sms::domain::SignApplication)
Q_DECLARE_METATYPE(sms::domain::ReviewStatus)

namespace {
QByteArray imageFile(const char *format, int width = 16, int height = 12)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return buffer.data();
}

QString png()
{
    return SignatureChecks::encodeImage(imageFile("PNG"));
}

QString jpeg()
{
    return SignatureChecks::encodeImage(imageFile("JPEG"));
}

// An image that does not compress: its PNG is about as large as its pixels.
QString noisePng(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    QRandomGenerator random(20260310);
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<quint32 *>(image.scanLine(y));
        for (int x = 0; x < width; ++x)
            line[x] = random.generate() | 0xff000000u;
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return SignatureChecks::encodeImage(buffer.data());
}

domain::SignApplication domestic()
{
    domain::SignApplication a;
    a.signName = QStringLiteral("沙盒科技");
    a.signType = 0;
    a.documentType = 1;
    a.international = 0;
    a.signPurpose = 0;
    a.proofImage = png();
    a.qualificationId = 1001;
    a.remark = QStringLiteral("Our company's notices");
    return a;
}

domain::SignApplication international()
{
    domain::SignApplication a;
    a.signName = QStringLiteral("SandboxGo");
    a.signType = 1;
    a.documentType = 4;
    a.international = 1;
    a.signPurpose = 0;
    a.proofImage = png();
    return a;
}

SignatureRecord recordOf(qint64 id, const QString &name, int international,
                         domain::ReviewStatus status)
{
    SignatureRecord r;
    r.listed.signId = id;
    r.listed.signName = name;
    r.listed.international = international;
    r.listed.market = domain::marketFromCode(international);
    r.listed.statusCode = qint64(status);
    r.listed.status = status;
    return r;
}

// What the sandbox does with a form the checks refuse.
enum class Sandbox {
    SameCode, // refuses it with the code the checks predicted
    OtherRefusal, // refuses it, with a code of its own
    Accepts, // takes it, and its reviewers or the service's later
             // steps would fail it (the checks are stricter on purpose)
};
} // namespace

Q_DECLARE_METATYPE(Sandbox)

class tst_SignatureChecks : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<sandboxtest::Harness> m_harness;
    std::unique_ptr<ReviewTestSession> m_session;
    std::unique_ptr<review::SignatureStore> m_store;

    static void addRow(const char *name, const domain::SignApplication &a, const QStringList &codes,
                       Sandbox sandbox)
    {
        QTest::newRow(name) << a << codes << sandbox;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_harness = std::make_unique<sandboxtest::Harness>();
        m_session = std::make_unique<ReviewTestSession>(m_harness->api());
        m_store = std::make_unique<review::SignatureStore>(
            *m_session,
            review::ReviewStore::Options {review::ReviewStore::Loading::OnRequest, m_dir->path()});
    }

    void cleanup()
    {
        m_store.reset();
        m_session.reset();
        m_harness.reset();
        m_dir.reset();
    }

    void refusedForms_data()
    {
        QTest::addColumn<domain::SignApplication>("application");
        QTest::addColumn<QStringList>("codes");
        QTest::addColumn<Sandbox>("sandbox");
        const QString tooLong = QStringLiteral("InvalidParameterValue.SignNameLengthTooLong");
        const QString invalid = QStringLiteral("InvalidParameterValue");
        const QString image = QStringLiteral("InvalidParameterValue.ImageInvalid");
        const QString purpose = QStringLiteral("InvalidParameterValue.InvalidSignPurpose");
        const QString document = QStringLiteral("InvalidParameterValue.InvalidDocumentType");

        auto a = domestic();
        a.signName = QStringLiteral("沙盒科技有限公司短信通知中心"); // 14
        addRow("name of 14 characters", a, {tooLong}, Sandbox::SameCode);
        a.signName = QStringLiteral("ABCDEFGHIJKLM");
        addRow("name of 13 letters", a, {tooLong}, Sandbox::SameCode);
        a.signName = QStringLiteral("沙盒科技有限公司，短信通知中心");
        addRow("too long, and punctuation", a, {tooLong, invalid}, Sandbox::SameCode);
        a.signName = QString();
        addRow("name empty", a, {invalid}, Sandbox::SameCode);
        a.signName = QStringLiteral("   ");
        addRow("name of spaces only", a, {invalid}, Sandbox::SameCode);
        a.signName = QStringLiteral("沙");
        addRow("name of 1 character", a, {invalid}, Sandbox::SameCode);
        a.signName = QStringLiteral("【沙盒科技】");
        addRow("name in 【】", a, {invalid}, Sandbox::SameCode);
        a.signName = QStringLiteral("沙盒 科技");
        addRow("space inside the name", a, {invalid}, Sandbox::SameCode);
        a.signName = QStringLiteral("沙盒，科技");
        addRow("punctuation in the name", a, {invalid}, Sandbox::SameCode);
        a.signName = QStringLiteral("沙盒科技\U0001F600");
        addRow("emoji in the name", a, {invalid}, Sandbox::SameCode);
        a.signName = QStringLiteral("Sandbox-Tech");
        addRow("hyphen in the name", a, {invalid}, Sandbox::SameCode);

        a = domestic();
        a.international = 2;
        addRow("International 2", a, {QStringLiteral("InvalidParameterValue.InvalidInternational")},
               Sandbox::SameCode);
        a = domestic();
        a.signPurpose = 2;
        addRow("SignPurpose 2", a, {purpose}, Sandbox::SameCode);

        a = domestic();
        a.signType = 1;
        a.documentType = 0;
        addRow("app signature for mainland China", a, {invalid}, Sandbox::SameCode);
        for (const int retired : {2, 3, 6}) {
            a = domestic();
            a.signType = retired;
            addRow(qPrintable(QStringLiteral("retired SignType %1").arg(retired)), a, {invalid},
                   Sandbox::SameCode);
        }
        a = domestic();
        a.documentType = 7;
        addRow("company proven by a trademark", a, {document}, Sandbox::SameCode);
        a = domestic();
        a.documentType = 4;
        addRow("company proven by an app screenshot", a, {document}, Sandbox::SameCode);
        a = domestic();
        a.documentType = 5;
        addRow("retired DocumentType 5", a, {document}, Sandbox::SameCode);
        a = domestic();
        a.signType = 5;
        a.documentType = 0;
        addRow("institution proven by a licence", a, {document}, Sandbox::SameCode);
        a = domestic();
        a.signType = 4;
        a.documentType = 1;
        addRow("trademark proven by a licence", a, {document}, Sandbox::SameCode);
        a = international();
        a.signType = 4;
        a.documentType = 0;
        addRow("international trademark proven by a licence", a, {document}, Sandbox::SameCode);

        a = domestic();
        a.proofImage.clear();
        addRow("no proof image", a, {image}, Sandbox::SameCode);
        a.proofImage = QStringLiteral("data:image/png;base64,") + png();
        addRow("proof with a data: prefix", a, {image}, Sandbox::SameCode);
        a.proofImage = QStringLiteral("not base64 at all!");
        addRow("proof not base64", a, {image}, Sandbox::SameCode);
        a.proofImage = QString::fromLatin1(QByteArray("a scan of our licence, promise").toBase64());
        addRow("proof not an image", a, {image}, Sandbox::Accepts);
        a.proofImage = SignatureChecks::encodeImage(imageFile("BMP"));
        QVERIFY(!a.proofImage.isEmpty());
        addRow("proof a BMP", a, {image}, Sandbox::Accepts);
        a.proofImage = noisePng(640, 420);
        addRow("proof larger than a request holds", a, {image}, Sandbox::OtherRefusal);

        a = domestic();
        a.signPurpose = 1;
        addRow("for another party without a letter", a, {purpose}, Sandbox::Accepts);
        a.commissionImage = QStringLiteral("%%%");
        addRow("letter not base64", a, {image}, Sandbox::SameCode);
        a.commissionImage = QString::fromLatin1(QByteArray("we hereby authorize").toBase64());
        addRow("letter not an image", a, {image}, Sandbox::Accepts);
        a = domestic();
        a.commissionImage = png();
        addRow("letter for own use", a, {purpose}, Sandbox::Accepts);
        a = domestic();
        a.signPurpose = 1;
        a.proofImage = noisePng(440, 320);
        a.commissionImage = noisePng(440, 320);
        addRow("two images too large together", a, {image}, Sandbox::OtherRefusal);

        a = domestic();
        a.qualificationId.reset();
        addRow("mainland China without qualification", a, {QStringLiteral("MissingParameter")},
               Sandbox::SameCode);
        a.qualificationId = 0;
        addRow("qualification 0", a, {QStringLiteral("MissingParameter")}, Sandbox::SameCode);

        a = domestic();
        a.remark = QString(1024 * 1024, QLatin1Char('x'));
        addRow("remark of a megabyte", a, {QStringLiteral("RequestSizeLimitExceeded")},
               Sandbox::SameCode);
    }

    void refusedForms()
    {
        QFETCH(domain::SignApplication, application);
        QFETCH(QStringList, codes);
        QFETCH(Sandbox, sandbox);

        const CheckProblems problems = SignatureChecks::check(application);
        QCOMPARE(review::codesOf(problems), codes);
        for (const review::CheckProblem &problem : problems) {
            QVERIFY2(!problem.message.isEmpty(), qPrintable(problem.code));
            QVERIFY2(errors::ErrorCatalog::isKnown(problem.code), qPrintable(problem.code));
        }

        // The store refuses it without a single request.
        const JobOutcome outcome = waitFor(m_store->add(application));
        QVERIFY(outcome.finished);
        QCOMPARE(outcome.error.kind(), api::ApiError::Kind::LocalCheck);
        QCOMPARE(outcome.error.code(), codes.first());
        QCOMPARE(outcome.error.action(), QStringLiteral("AddSmsSign"));
        QVERIFY(outcome.error.requestId().isEmpty());
        QCOMPARE(outcome.problems, problems);
        QCOMPARE(m_harness->server().requestCount(), 0);
        QVERIFY(m_session->reported.isEmpty());

        // The same application, sent past the checks.
        domain::AddSmsSignRequest raw;
        static_cast<domain::SignApplication &>(raw) = application;
        auto *reply = m_harness->api().addSmsSign(raw);
        SB_WAIT(reply);
        switch (sandbox) {
        case Sandbox::SameCode:
            QCOMPARE(reply->error().code(), codes.first());
            break;
        case Sandbox::OtherRefusal:
            QVERIFY(reply->error().isError());
            QVERIFY(reply->error().code() != codes.first());
            break;
        case Sandbox::Accepts:
            QVERIFY2(reply->succeeded(), qPrintable(reply->error().summary()));
            break;
        }
        reply->deleteLater();
    }

    void acceptedForms_data()
    {
        QTest::addColumn<domain::SignApplication>("application");
        // Every SignType and DocumentType a form offers, in each market and
        // for each purpose.
        for (const qint64 market : {0, 1}) {
            for (const qint64 type : SignatureChecks::signTypes(market)) {
                for (const qint64 document : SignatureChecks::documentTypes(type, market)) {
                    for (const qint64 purpose : {0, 1}) {
                        auto a = market == 0 ? domestic() : international();
                        a.signType = type;
                        a.documentType = document;
                        a.signPurpose = purpose;
                        if (purpose == 1)
                            a.commissionImage = jpeg();
                        QTest::addRow("market %lld type %lld document %lld purpose %lld", market,
                                      type, document, purpose)
                            << a;
                    }
                }
            }
        }
        auto a = domestic();
        a.signName = QStringLiteral("沙盒");
        QTest::newRow("2 characters") << a;
        a.signName = QStringLiteral("沙盒科技有限公司短信通知");
        QTest::newRow("12 characters") << a;
        a.signName = QStringLiteral("Sandbox2026");
        QTest::newRow("letters and digits") << a;
        a.signName = QStringLiteral("  沙盒科技 ");
        QTest::newRow("spaces around the name") << a;
        a = domestic();
        a.proofImage = jpeg();
        a.remark.reset();
        QTest::newRow("JPEG proof, no remark") << a;
        a = domestic();
        a.proofImage = noisePng(400, 300); // about 470 KB
        QTest::newRow("large proof") << a;
        a = international();
        a.qualificationId = 1001;
        QTest::newRow("international with a qualification") << a;
    }

    void acceptedForms()
    {
        QFETCH(domain::SignApplication, application);
        const CheckProblems problems = SignatureChecks::check(application);
        QVERIFY2(problems.isEmpty(), qPrintable(review::codesOf(problems).join(u',')));

        const JobOutcome outcome = waitFor(m_store->add(application));
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.error.summary()));
        QVERIFY(outcome.id > 0);
        QCOMPARE(m_harness->server().requestCount(QStringLiteral("AddSmsSign")), 1);
        QVERIFY(m_harness->state().signs.contains(outcome.id));
        // Sent as the service keeps it: the name trimmed.
        QCOMPARE(m_harness->state().signs.value(outcome.id).name,
                 SignatureChecks::normalizedName(application.signName));
    }

    void imagesAreDecodedOnlyByCheckImages()
    {
        auto a = domestic();
        a.proofImage = QString::fromLatin1(QByteArray("plain words").toBase64());
        QVERIFY(SignatureChecks::checkFields(a).isEmpty());
        const CheckProblems images = SignatureChecks::checkImages(a);
        QCOMPARE(images.size(), 1);
        QCOMPARE(images.first().field, QStringLiteral("ProofImage"));
        QCOMPARE(SignatureChecks::check(a), images);
    }

    void problemsNameTheirField()
    {
        auto a = domestic();
        a.signName = QStringLiteral("沙");
        a.documentType = 7;
        a.qualificationId.reset();
        QStringList fields;
        for (const review::CheckProblem &p : SignatureChecks::check(a))
            fields.append(p.field);
        QCOMPARE(fields,
                 (QStringList {QStringLiteral("SignName"), QStringLiteral("DocumentType"),
                               QStringLiteral("QualificationId")}));
        QCOMPARE(
            review::problemsOf(SignatureChecks::check(a), QStringLiteral("DocumentType")).size(),
            1);
    }

    // The offending character is named; a space, invisible between
    // quotes, in words.
    void nameCharacterIsNamed()
    {
        auto a = domestic();
        a.signName = QStringLiteral("Acme!");
        QVERIFY(SignatureChecks::check(a).first().message.contains(QStringLiteral("\"!\"")));
        a.signName = QStringLiteral("Acme Shop");
        QVERIFY(SignatureChecks::check(a).first().message.contains(QStringLiteral("a space")));
    }

    void offeredTypes()
    {
        QCOMPARE(SignatureChecks::signTypes(0), (QList<qint64> {0, 4, 5}));
        QCOMPARE(SignatureChecks::signTypes(1), (QList<qint64> {0, 1, 4, 5}));
        QCOMPARE(SignatureChecks::documentTypes(1, 1), (QList<qint64> {0, 1, 2, 3, 4}));
        QCOMPARE(SignatureChecks::documentTypes(1, 0), QList<qint64>());
        QCOMPARE(SignatureChecks::documentTypes(0, 0), (QList<qint64> {0, 1}));
        QCOMPARE(SignatureChecks::documentTypes(4, 0), (QList<qint64> {7}));
        QCOMPARE(SignatureChecks::documentTypes(5, 1), (QList<qint64> {2, 3}));
    }

    void checkAgainstTheRecordsHeld()
    {
        auto a = domestic();
        const SignatureRecord approved = recordOf(7, a.signName, 0, domain::ReviewStatus::Approved);
        const SignatureRecord rejected = recordOf(8, a.signName, 0, domain::ReviewStatus::Rejected);
        // Adding: the name is taken by the approved one.
        QCOMPARE(review::codesOf(SignatureChecks::checkAgainst(a, {approved, rejected})),
                 QStringList {QStringLiteral("InvalidParameterValue")});
        // Modifying the rejected one: its own name is no obstacle, but the
        // approved one still holds it.
        QCOMPARE(review::codesOf(SignatureChecks::checkAgainst(a, {approved, rejected}, &rejected)),
                 QStringList {QStringLiteral("InvalidParameterValue")});
        a.signName = QStringLiteral("新名字");
        QVERIFY(SignatureChecks::checkAgainst(a, {approved, rejected}, &rejected).isEmpty());
        // Another market, and the approved one itself.
        a.international = 1;
        QCOMPARE(review::codesOf(SignatureChecks::checkAgainst(a, {approved, rejected}, &approved)),
                 (QStringList {QStringLiteral("InvalidParameterValue.SignAlreadyPassedCheck"),
                               QStringLiteral("InvalidParameterValue.InvalidInternational")}));
        // What a store runs is both halves.
        a = domestic();
        a.signName = QStringLiteral("沙");
        QCOMPARE(SignatureChecks::checkModify(a, rejected, {approved, rejected}),
                 SignatureChecks::checkAgainst(a, {approved, rejected}, &rejected)
                     + SignatureChecks::check(a));
    }

    void sameNameOfTheSameMarket_data()
    {
        QTest::addColumn<domain::ReviewStatus>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("under review")
            << domain::ReviewStatus::UnderReview
            << QStringLiteral("InvalidParameterValue.SignExistAndUnapproved");
        QTest::newRow("approved") << domain::ReviewStatus::Approved
                                  << QStringLiteral("InvalidParameterValue");
        QTest::newRow("approved, not in effect yet")
            << domain::ReviewStatus::ApprovedPending << QStringLiteral("InvalidParameterValue");
    }

    void sameNameOfTheSameMarket()
    {
        QFETCH(domain::ReviewStatus, status);
        QFETCH(QString, code);
        const auto a = domestic();
        const QList<SignatureRecord> known = {recordOf(7, a.signName, 0, status)};
        QCOMPARE(review::codesOf(SignatureChecks::checkAdd(a, known)), QStringList {code});
        // Another market, or a rejected one, is no obstacle.
        QVERIFY(SignatureChecks::checkAdd(a, {recordOf(7, a.signName, 1, status)}).isEmpty());
        QVERIFY(SignatureChecks::checkAdd(
                    a, {recordOf(7, a.signName, 0, domain::ReviewStatus::Rejected)})
                    .isEmpty());

        // The store knows it once loaded, and refuses without sending.
        m_harness->addSign(a.signName, 0, sandbox::ReviewStatusCode(int(status)));
        QVERIFY(waitFor(m_store->load()).succeeded());
        const int before = m_harness->server().requestCount();
        const JobOutcome outcome = waitFor(m_store->add(a));
        QCOMPARE(outcome.error.code(), code);
        QCOMPARE(m_harness->server().requestCount(), before);
        // And the sandbox agrees.
        domain::AddSmsSignRequest raw;
        static_cast<domain::SignApplication &>(raw) = a;
        auto *reply = m_harness->api().addSmsSign(raw);
        SB_WAIT(reply);
        QCOMPARE(reply->error().code(), code);
        reply->deleteLater();
    }

    void modifyOfAnApprovedSignature_data()
    {
        QTest::addColumn<domain::ReviewStatus>("status");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("approved") << domain::ReviewStatus::Approved << false;
        QTest::newRow("approved, not in effect yet")
            << domain::ReviewStatus::ApprovedPending << false;
        QTest::newRow("under review") << domain::ReviewStatus::UnderReview << true;
        QTest::newRow("rejected") << domain::ReviewStatus::Rejected << true;
    }

    void modifyOfAnApprovedSignature()
    {
        QFETCH(domain::ReviewStatus, status);
        QFETCH(bool, allowed);
        const qint64 id = m_harness->addSign(QStringLiteral("沙盒科技"), 0,
                                             sandbox::ReviewStatusCode(int(status)));
        QVERIFY(waitFor(m_store->load()).succeeded());
        const std::optional<SignatureRecord> record = m_store->record(id);
        QVERIFY(record);
        QCOMPARE(SignatureChecks::modifyBlocker(*record).has_value(), !allowed);

        auto a = domestic();
        a.remark = QStringLiteral("changed");
        const int before = m_harness->server().requestCount(QStringLiteral("ModifySmsSign"));
        const JobOutcome outcome = waitFor(m_store->modify(id, a));
        if (allowed) {
            QVERIFY2(outcome.succeeded(), qPrintable(outcome.error.summary()));
            QCOMPARE(m_harness->server().requestCount(QStringLiteral("ModifySmsSign")), before + 1);
            return;
        }
        QCOMPARE(outcome.error.kind(), api::ApiError::Kind::LocalCheck);
        QCOMPARE(outcome.error.code(),
                 QStringLiteral("InvalidParameterValue.SignAlreadyPassedCheck"));
        QCOMPARE(outcome.error.action(), QStringLiteral("ModifySmsSign"));
        QCOMPARE(m_harness->server().requestCount(QStringLiteral("ModifySmsSign")), before);
        domain::ModifySmsSignRequest raw;
        static_cast<domain::SignApplication &>(raw) = a;
        raw.signId = id;
        auto *reply = m_harness->api().modifySmsSign(raw);
        SB_WAIT(reply);
        QCOMPARE(reply->error().code(), outcome.error.code());
        reply->deleteLater();
    }

    void modifyKeepsTheMarket()
    {
        const qint64 id = m_harness->addSign(QStringLiteral("沙盒科技"), 0,
                                             sandbox::ReviewStatusCode::Rejected);
        QVERIFY(waitFor(m_store->load()).succeeded());
        auto a = international();
        a.signName = QStringLiteral("沙盒科技");
        const JobOutcome outcome = waitFor(m_store->modify(id, a));
        QCOMPARE(outcome.error.code(),
                 QStringLiteral("InvalidParameterValue.InvalidInternational"));
        QCOMPARE(m_harness->server().requestCount(QStringLiteral("ModifySmsSign")), 0);
        domain::ModifySmsSignRequest raw;
        static_cast<domain::SignApplication &>(raw) = a;
        raw.signId = id;
        auto *reply = m_harness->api().modifySmsSign(raw);
        SB_WAIT(reply);
        QCOMPARE(reply->error().code(), outcome.error.code());
        reply->deleteLater();
    }

    void modifyMayKeepItsOwnName()
    {
        // The record being modified is no duplicate of itself.
        const qint64 id = m_harness->addSign(QStringLiteral("沙盒科技"), 0,
                                             sandbox::ReviewStatusCode::UnderReview);
        QVERIFY(waitFor(m_store->load()).succeeded());
        QVERIFY2(waitFor(m_store->modify(id, domestic())).succeeded(),
                 qPrintable(m_session->reported.isEmpty() ? QString()
                                                          : m_session->reported.last().summary()));
    }
};

QTEST_GUILESS_MAIN(tst_SignatureChecks)
#include "tst_signaturechecks.moc"
