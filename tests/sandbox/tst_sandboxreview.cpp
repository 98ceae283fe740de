// SPDX-License-Identifier: GPL-3.0-or-later
// Signatures and templates through their review lifecycle in the sandbox:
// submitted -> reviewing -> approved, or rejected with a ReviewReply, by each
// rule of ReviewDesk, after the review delay on the sandbox clock. Plus the
// validation codes of Add/Modify, Modify only while reviewing or rejected,
// Delete, and Describe by id set and by page.

#include "SandboxHarness.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QTest>

using namespace sms;
using namespace sandboxtest;
using api::ApiError;
using domain::ReviewStatus;
using sandbox::ReviewStatusCode;

// The sandbox answers each status with the StatusCode the client reads back
// as the same status.
static_assert(domain::reviewStatusFromCode(int(ReviewStatusCode::Approved))
              == ReviewStatus::Approved);
static_assert(domain::reviewStatusFromCode(int(ReviewStatusCode::UnderReview))
              == ReviewStatus::UnderReview);
static_assert(domain::reviewStatusFromCode(int(ReviewStatusCode::ApprovedPending))
              == ReviewStatus::ApprovedPending);
static_assert(domain::reviewStatusFromCode(int(ReviewStatusCode::Rejected))
              == ReviewStatus::Rejected);

namespace {
QString imageBase64(const char *format)
{
    QImage image(16, 12, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, format))
        return {};
    return QString::fromLatin1(buffer.data().toBase64());
}

QString png()
{
    return imageBase64("PNG");
}

// Valid base64, but not an image.
QString notAnImage()
{
    return QString::fromLatin1(QByteArray("this is a scan of our licence, promise").toBase64());
}
} // namespace

class tst_SandboxReview : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Harness> h;

    domain::AddSmsSignRequest signRequest(const QString &name) const
    {
        domain::AddSmsSignRequest r;
        r.signName = name;
        r.signType = 0;
        r.documentType = 0;
        r.international = 0;
        r.signPurpose = 0;
        r.proofImage = png();
        r.qualificationId = 1001;
        r.remark = QStringLiteral("our company");
        return r;
    }

    domain::ModifySmsSignRequest modifyRequest(qint64 id, const domain::AddSmsSignRequest &a) const
    {
        domain::ModifySmsSignRequest r;
        r.signId = id;
        r.signName = a.signName;
        r.signType = a.signType;
        r.documentType = a.documentType;
        r.international = a.international;
        r.signPurpose = a.signPurpose;
        r.proofImage = a.proofImage;
        r.commissionImage = a.commissionImage;
        r.remark = a.remark;
        r.qualificationId = a.qualificationId;
        return r;
    }

    domain::AddSmsTemplateRequest templateRequest(const QString &content, qint64 smsType = 2,
                                                  qint64 international = 0) const
    {
        domain::AddSmsTemplateRequest r;
        r.templateName = QStringLiteral("测试模板");
        r.templateContent = content;
        r.smsType = smsType;
        r.international = international;
        r.remark = QStringLiteral("订单通知");
        return r;
    }

    domain::ModifySmsTemplateRequest modifyTemplate(qint64 id, const domain::AddSmsTemplateRequest &a) const
    {
        domain::ModifySmsTemplateRequest r;
        r.templateId = id;
        r.templateName = a.templateName;
        r.templateContent = a.templateContent;
        r.smsType = a.smsType;
        r.international = a.international;
        r.remark = a.remark;
        return r;
    }

    // Adds a signature; returns its id, or 0 with the error code in *code.
    qint64 addSign(const domain::AddSmsSignRequest &r, QString *code = nullptr)
    {
        auto *reply = h->api().addSmsSign(r);
        if (!waitFor(reply))
            return 0;
        if (code)
            *code = reply->error().code();
        return reply->succeeded() ? reply->result().addSignStatus.signId : 0;
    }

    qint64 addTemplate(const domain::AddSmsTemplateRequest &r, QString *code = nullptr)
    {
        auto *reply = h->api().addSmsTemplate(r);
        if (!waitFor(reply))
            return 0;
        if (code)
            *code = reply->error().code();
        return reply->succeeded() ? reply->result().addTemplateStatus.templateId.toLongLong() : 0;
    }

    std::optional<domain::DescribeSignListStatus> sign(qint64 id, qint64 international = 0)
    {
        domain::DescribeSmsSignListRequest r;
        r.international = international;
        r.signIdSet = {id};
        auto *reply = h->api().describeSmsSignList(r);
        if (!waitFor(reply) || !reply->succeeded() || reply->result().describeSignListStatusSet.size() != 1)
            return std::nullopt;
        return reply->result().describeSignListStatusSet.first();
    }

    std::optional<domain::DescribeTemplateListStatus> templ(qint64 id, qint64 international = 0)
    {
        domain::DescribeSmsTemplateListRequest r;
        r.international = international;
        r.templateIdSet = {id};
        auto *reply = h->api().describeSmsTemplateList(r);
        if (!waitFor(reply) || !reply->succeeded() || reply->result().describeTemplateStatusSet.size() != 1)
            return std::nullopt;
        return reply->result().describeTemplateStatusSet.first();
    }

    void english()
    {
        api::ClientConfig config = h->client().config();
        config.language = QStringLiteral("en-US");
        h->client().setConfig(config);
    }

private Q_SLOTS:
    void init()
    {
        h = std::make_unique<Harness>();
        h->settings().reviewDelaySeconds = 30;
        english();
    }

    void cleanup() { h.reset(); }

    void imagesCanBeMade()
    {
        QVERIFY(!png().isEmpty());
    }

    // ---- Signatures ---------------------------------------------------------

    void signatureIsApprovedAfterTheReviewDelay()
    {
        const qint64 created = h->now();
        const qint64 id = addSign(signRequest(QStringLiteral("沙盒科技")));
        QVERIFY(id > 0);
        auto s = sign(id);
        QVERIFY(s);
        QCOMPARE(s->status, ReviewStatus::UnderReview);
        QCOMPARE(s->statusCode, 1);
        QCOMPARE(s->signName, QStringLiteral("沙盒科技"));
        QCOMPARE(s->createTime, created);
        QCOMPARE(s->qualificationId, 1001);
        QCOMPARE(s->qualificationName, QStringLiteral("沙盒科技有限公司"));
        QCOMPARE(s->reviewReply, QString());
        h->advance(29);
        QCOMPARE(sign(id)->status, ReviewStatus::UnderReview);
        h->advance(1);
        s = sign(id);
        QCOMPARE(s->status, ReviewStatus::Approved);
        QCOMPARE(s->reviewReply, QString());
    }

    void zeroDelayDecidesAtOnce()
    {
        h->settings().reviewDelaySeconds = 0;
        const qint64 good = addSign(signRequest(QStringLiteral("沙盒科技")));
        const qint64 bad = addSign(signRequest(QStringLiteral("博彩天地")));
        QCOMPARE(sign(good)->status, ReviewStatus::Approved);
        QCOMPARE(sign(bad)->status, ReviewStatus::Rejected);
    }

    void signatureRejections_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("purpose");
        QTest::addColumn<QString>("proof");
        QTest::addColumn<QString>("commission");
        QTest::addColumn<QString>("reply"); // empty: approved
        const QString sensitive = QStringLiteral(
            "The signature contains a prohibited word. Choose a name that identifies your "
            "company, app or brand.");
        const QString proof = QStringLiteral(
            "The proof document could not be opened. Upload a clear JPG or PNG scan of the licence.");
        const QString commission = QStringLiteral(
            "A signature used for another party needs that party's signed authorization letter.");
        const QString vague = QStringLiteral(
            "The signature does not identify a company, app or brand. Use its full or widely known "
            "short name.");
        QTest::newRow("sensitive word") << "博彩天地" << 0 << png() << QString() << sensitive;
        QTest::newRow("sensitive word, Latin") << "CasinoRoyal" << 0 << png() << QString() << sensitive;
        QTest::newRow("proof does not decode") << "沙盒科技" << 0 << notAnImage() << QString() << proof;
        QTest::newRow("for others, no letter") << "星河商城" << 1 << png() << QString() << commission;
        QTest::newRow("for others, letter does not decode")
            << "星河商城" << 1 << png() << notAnImage() << commission;
        QTest::newRow("for others, with letter") << "星河商城" << 1 << png() << png() << QString();
        QTest::newRow("only digits") << "12345" << 0 << png() << QString() << vague;
        QTest::newRow("two letters") << "AB" << 0 << png() << QString() << vague;
        QTest::newRow("three letters") << "ABC" << 0 << png() << QString() << QString();
        QTest::newRow("letters and digits") << "QQ2026" << 0 << png() << QString() << QString();
        const QString jpeg = imageBase64("JPG");
        if (!jpeg.isEmpty())
            QTest::newRow("jpeg proof") << "沙盒科技" << 0 << jpeg << QString() << QString();
    }

    void signatureRejections()
    {
        QFETCH(QString, name);
        QFETCH(int, purpose);
        QFETCH(QString, proof);
        QFETCH(QString, commission);
        QFETCH(QString, reply);
        domain::AddSmsSignRequest r = signRequest(name);
        r.signPurpose = purpose;
        r.proofImage = proof;
        if (!commission.isEmpty())
            r.commissionImage = commission;
        QString code;
        const qint64 id = addSign(r, &code);
        QVERIFY2(id > 0, qPrintable(code));
        QCOMPARE(sign(id)->status, ReviewStatus::UnderReview);
        h->advance(30);
        const auto s = sign(id);
        QVERIFY(s);
        if (reply.isEmpty()) {
            QCOMPARE(s->status, ReviewStatus::Approved);
            QCOMPARE(s->reviewReply, QString());
        } else {
            QCOMPARE(s->status, ReviewStatus::Rejected);
            QCOMPARE(s->statusCode, -1);
            QCOMPARE(s->reviewReply, reply);
        }
    }

    void rejectedSignatureIsFixedByModify()
    {
        domain::AddSmsSignRequest r = signRequest(QStringLiteral("沙盒科技"));
        r.proofImage = notAnImage();
        const qint64 id = addSign(r);
        h->advance(30);
        QCOMPARE(sign(id)->status, ReviewStatus::Rejected);

        r.proofImage = png();
        auto *modify = h->api().modifySmsSign(modifyRequest(id, r));
        SB_WAIT(modify);
        QVERIFY2(modify->succeeded(), qPrintable(modify->error().summary()));
        QCOMPARE(modify->result().modifySignStatus.signId, id);
        // Back under review, reply cleared, for the full delay again.
        auto s = sign(id);
        QCOMPARE(s->status, ReviewStatus::UnderReview);
        QCOMPARE(s->reviewReply, QString());
        h->advance(29);
        QCOMPARE(sign(id)->status, ReviewStatus::UnderReview);
        h->advance(1);
        QCOMPARE(sign(id)->status, ReviewStatus::Approved);

        // Approved: no more changes.
        auto *again = h->api().modifySmsSign(modifyRequest(id, r));
        SB_WAIT(again);
        QCOMPARE(again->error().kind(), ApiError::Kind::Service);
        QCOMPARE(again->error().code(), QStringLiteral("InvalidParameterValue.SignAlreadyPassedCheck"));
    }

    void signatureCanBeModifiedWhileUnderReview()
    {
        const qint64 id = addSign(signRequest(QStringLiteral("沙盒科技")));
        h->advance(20);
        domain::AddSmsSignRequest r = signRequest(QStringLiteral("沙盒云"));
        auto *modify = h->api().modifySmsSign(modifyRequest(id, r));
        SB_WAIT(modify);
        QVERIFY2(modify->succeeded(), qPrintable(modify->error().summary()));
        // The review starts over from the change.
        h->advance(20);
        QCOMPARE(sign(id)->status, ReviewStatus::UnderReview);
        QCOMPARE(sign(id)->signName, QStringLiteral("沙盒云"));
        h->advance(10);
        QCOMPARE(sign(id)->status, ReviewStatus::Approved);
    }

    void modifySignatureRules()
    {
        h->settings().reviewDelaySeconds = 0;
        domain::AddSmsSignRequest r = signRequest(QStringLiteral("12345"));
        const qint64 rejected = addSign(r);
        QCOMPARE(sign(rejected)->status, ReviewStatus::Rejected);

        auto code = [&](const domain::ModifySmsSignRequest &m) {
            auto *reply = h->api().modifySmsSign(m);
            waitFor(reply);
            return reply->error().code();
        };
        QCOMPARE(code(modifyRequest(999, r)), QStringLiteral("FailedOperation.MissingSignatureToModify"));
        domain::ModifySmsSignRequest m = modifyRequest(rejected, r);
        m.international = 1;
        m.signType = 1;
        m.documentType = 4;
        QCOMPARE(code(m), QStringLiteral("InvalidParameterValue.InvalidInternational"));
        m = modifyRequest(rejected, r);
        m.signName = QStringLiteral("一二三四五六七八九十一二三");
        QCOMPARE(code(m), QStringLiteral("InvalidParameterValue.SignNameLengthTooLong"));
        // The failed attempts changed nothing.
        QCOMPARE(sign(rejected)->status, ReviewStatus::Rejected);
        QCOMPARE(sign(rejected)->signName, QStringLiteral("12345"));
    }

    void signatureValidation_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("code");
        QTest::newRow("13 characters") << "SignName" << "一二三四五六七八九十一二三"
                                       << "InvalidParameterValue.SignNameLengthTooLong";
        QTest::newRow("12 characters") << "SignName" << "一二三四五六七八九十一二" << "";
        QTest::newRow("1 character") << "SignName" << "沙" << "InvalidParameterValue";
        QTest::newRow("punctuation") << "SignName" << "沙盒-科技" << "InvalidParameterValue";
        QTest::newRow("brackets") << "SignName" << "【沙盒科技】" << "InvalidParameterValue";
        QTest::newRow("Chinese comma") << "SignName" << "沙盒，科技" << "InvalidParameterValue";
        QTest::newRow("ideographic space") << "SignName" << "沙盒\u3000科技" << "InvalidParameterValue";
        QTest::newRow("Latin and Han") << "SignName" << "QQ音乐" << "";
        QTest::newRow("company with trademark document") << "DocumentType" << "7"
                                                         << "InvalidParameterValue.InvalidDocumentType";
        QTest::newRow("app screenshot at home") << "DocumentType" << "4"
                                                << "InvalidParameterValue.InvalidDocumentType";
        QTest::newRow("retired document type") << "DocumentType" << "5"
                                               << "InvalidParameterValue.InvalidDocumentType";
        QTest::newRow("app signature at home") << "SignType" << "1" << "InvalidParameterValue";
        QTest::newRow("retired sign type") << "SignType" << "2" << "InvalidParameterValue";
        QTest::newRow("International 2") << "International" << "2"
                                         << "InvalidParameterValue.InvalidInternational";
        QTest::newRow("SignPurpose 2") << "SignPurpose" << "2"
                                       << "InvalidParameterValue.InvalidSignPurpose";
        QTest::newRow("data: prefix") << "ProofImage" << "data:image/png;base64,iVBORw0KGgo="
                                      << "InvalidParameterValue.ImageInvalid";
        QTest::newRow("not base64") << "ProofImage" << "%%%" << "InvalidParameterValue.ImageInvalid";
        QTest::newRow("empty proof") << "ProofImage" << "" << "InvalidParameterValue.ImageInvalid";
        QTest::newRow("commission not base64") << "CommissionImage" << "***"
                                               << "InvalidParameterValue.ImageInvalid";
        QTest::newRow("no qualification") << "QualificationId" << "" << "MissingParameter";
        QTest::newRow("unknown qualification") << "QualificationId" << "4242"
                                               << "InvalidParameterValue.QualificationIdNotFound";
        QTest::newRow("qualification under review") << "QualificationId" << "1002"
                                                    << "FailedOperation.QualificationIdNotApproved";
    }

    void signatureValidation()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, code);
        h->state().qualifications.insert(1002, {1002, QStringLiteral("星河零售连锁有限公司"), 0});
        domain::AddSmsSignRequest r = signRequest(QStringLiteral("沙盒科技"));
        if (field == QLatin1String("SignName"))
            r.signName = value;
        else if (field == QLatin1String("DocumentType"))
            r.documentType = value.toLongLong();
        else if (field == QLatin1String("SignType"))
            r.signType = value.toLongLong();
        else if (field == QLatin1String("International"))
            r.international = value.toLongLong();
        else if (field == QLatin1String("SignPurpose"))
            r.signPurpose = value.toLongLong();
        else if (field == QLatin1String("ProofImage"))
            r.proofImage = value;
        else if (field == QLatin1String("CommissionImage"))
            r.commissionImage = value;
        else if (field == QLatin1String("QualificationId"))
            r.qualificationId = value.isEmpty() ? std::nullopt : std::optional<qint64>(value.toLongLong());
        auto *reply = h->api().addSmsSign(r);
        SB_WAIT(reply);
        if (code.isEmpty()) {
            QVERIFY2(reply->succeeded(), qPrintable(reply->error().summary()));
            return;
        }
        QCOMPARE(reply->error().kind(), ApiError::Kind::Service);
        QCOMPARE(reply->error().code(), code);
        QVERIFY(h->state().signs.isEmpty());
    }

    void internationalSignatureNeedsNoQualification()
    {
        domain::AddSmsSignRequest r = signRequest(QStringLiteral("SandboxTech"));
        r.international = 1;
        r.signType = 1;
        r.documentType = 4;
        r.qualificationId.reset();
        QString code;
        const qint64 id = addSign(r, &code);
        QVERIFY2(id > 0, qPrintable(code));
        h->advance(30);
        QCOMPARE(sign(id, 1)->status, ReviewStatus::Approved);
        // It is listed among the international ones only.
        QVERIFY(!sign(id, 0));
    }

    void duplicateSignatureNames()
    {
        const qint64 first = addSign(signRequest(QStringLiteral("沙盒科技")));
        QVERIFY(first > 0);
        QString code;
        QCOMPARE(addSign(signRequest(QStringLiteral("沙盒科技")), &code), 0);
        QCOMPARE(code, QStringLiteral("InvalidParameterValue.SignExistAndUnapproved"));
        h->advance(30);
        QCOMPARE(addSign(signRequest(QStringLiteral("沙盒科技")), &code), 0);
        QCOMPARE(code, QStringLiteral("InvalidParameterValue"));
        // The same name for the other market is a different signature.
        domain::AddSmsSignRequest global = signRequest(QStringLiteral("沙盒科技"));
        global.international = 1;
        global.signType = 1;
        global.documentType = 4;
        QVERIFY(addSign(global, &code) > 0);
        // A rejected one can be applied for again.
        const qint64 rejected = addSign(signRequest(QStringLiteral("AB")));
        h->advance(30);
        QCOMPARE(sign(rejected)->status, ReviewStatus::Rejected);
        QVERIFY(addSign(signRequest(QStringLiteral("AB")), &code) > 0);
    }

    void signNumberLimit()
    {
        h->settings().maxSignatures = 2;
        QVERIFY(addSign(signRequest(QStringLiteral("沙盒一")), nullptr) > 0);
        QVERIFY(addSign(signRequest(QStringLiteral("沙盒二")), nullptr) > 0);
        QString code;
        QCOMPARE(addSign(signRequest(QStringLiteral("沙盒三")), &code), 0);
        QCOMPARE(code, QStringLiteral("FailedOperation.SignNumberLimit"));
        // Deleting one makes room.
        auto *del = h->api().deleteSmsSign({h->state().signs.firstKey()});
        SB_WAIT(del);
        QVERIFY2(del->succeeded(), qPrintable(del->error().summary()));
        QVERIFY(addSign(signRequest(QStringLiteral("沙盒三")), &code) > 0);
    }

    void deleteSignature()
    {
        const qint64 id = addSign(signRequest(QStringLiteral("沙盒科技")));
        auto *del = h->api().deleteSmsSign({id});
        SB_WAIT(del);
        QVERIFY2(del->succeeded(), qPrintable(del->error().summary()));
        QVERIFY(!del->result().deleteSignStatus.deleteStatus.isEmpty());
        QCOMPARE(del->result().deleteSignStatus.deleteTime, h->now());
        domain::DescribeSmsSignListRequest d;
        d.signIdSet = {id};
        auto *describe = h->api().describeSmsSignList(d);
        SB_WAIT(describe);
        QCOMPARE(describe->error().code(), QStringLiteral("FailedOperation.SignIdNotExist"));
        del = h->api().deleteSmsSign({id});
        SB_WAIT(del);
        QCOMPARE(del->error().code(), QStringLiteral("FailedOperation.SignIdNotExist"));
    }

    void describeSignaturesByIdAndByPage()
    {
        h->settings().reviewDelaySeconds = 0;
        QList<qint64> ids;
        for (int i = 0; i < 15; ++i)
            ids.append(addSign(signRequest(QStringLiteral("沙盒%1号").arg(i + 1))));
        QVERIFY(!ids.contains(0));
        domain::AddSmsSignRequest global = signRequest(QStringLiteral("SandboxTech"));
        global.international = 1;
        global.signType = 1;
        global.documentType = 4;
        const qint64 globalId = addSign(global);

        auto page = [&](std::optional<qint64> limit, std::optional<qint64> offset, qint64 international = 0) {
            domain::DescribeSmsSignListRequest r;
            r.international = international;
            r.limit = limit;
            r.offset = offset;
            auto *reply = h->api().describeSmsSignList(r);
            waitFor(reply);
            QList<qint64> got;
            for (const auto &s : reply->result().describeSignListStatusSet)
                got.append(s.signId);
            return got;
        };
        QCOMPARE(page(std::nullopt, std::nullopt), ids.mid(0, 10)); // default Limit 10
        QCOMPARE(page(10, 10), ids.mid(10));
        QCOMPARE(page(4, 3), ids.mid(3, 4));
        QCOMPARE(page(100, 20), QList<qint64>());
        QCOMPARE(page(100, 0, 1), QList<qint64>{globalId});

        domain::DescribeSmsSignListRequest r;
        r.signIdSet = {ids.at(7), ids.at(2)};
        auto *reply = h->api().describeSmsSignList(r);
        SB_WAIT(reply);
        QCOMPARE(reply->result().describeSignListStatusSet.size(), 2);
        QCOMPARE(reply->result().describeSignListStatusSet.at(0).signId, ids.at(7));
        QCOMPARE(reply->result().describeSignListStatusSet.at(1).signName, QStringLiteral("沙盒3号"));
        // An id of the other market is not found in this one.
        r.signIdSet = {ids.at(0), globalId};
        reply = h->api().describeSmsSignList(r);
        SB_WAIT(reply);
        QCOMPARE(reply->error().code(), QStringLiteral("FailedOperation.SignIdNotExist"));
        // At most 100.
        r.signIdSet.clear();
        r.limit = 101;
        reply = h->api().describeSmsSignList(r);
        SB_WAIT(reply);
        QCOMPARE(reply->error().code(), QStringLiteral("InvalidParameterValue"));
        r.limit.reset();
        for (int i = 0; i < 101; ++i)
            r.signIdSet.append(ids.at(0));
        reply = h->api().describeSmsSignList(r);
        SB_WAIT(reply);
        QCOMPARE(reply->error().code(), QStringLiteral("InvalidParameterValue"));
    }

    // The failures signatures and templates share, each with its own code
    // and words. A record approved but not in effect yet counts as approved.
    void sharedFailures_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QJsonObject>("payload");
        // Which record's id goes into idField: "pending" (approved, not in
        // effect yet), "reviewing", "missing", or none.
        QTest::addColumn<QString>("record");
        QTest::addColumn<QString>("idField");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");

        const QJsonObject modifySign
            = sms::domain::json::toObject(modifyRequest(0, signRequest(QStringLiteral("沙盒数据"))));
        QJsonObject otherMarketSign = modifySign;
        otherMarketSign.insert(QStringLiteral("International"), 1);
        const QString noSign = QStringLiteral("No signature has this SignId.");
        QTest::newRow("ModifySmsSign, missing")
            << "ModifySmsSign" << modifySign << "missing"
            << "SignId"
            << "FailedOperation.MissingSignatureToModify" << noSign;
        QTest::newRow("ModifySmsSign, approved") << "ModifySmsSign" << modifySign << "pending"
                                                 << "SignId"
                                                 << "InvalidParameterValue.SignAlreadyPassedCheck"
                                                 << "An approved signature cannot be changed.";
        QTest::newRow("ModifySmsSign, other market")
            << "ModifySmsSign" << otherMarketSign << "reviewing"
            << "SignId"
            << "InvalidParameterValue.InvalidInternational"
            << "International cannot change when modifying.";
        QTest::newRow("DeleteSmsSign, missing") << "DeleteSmsSign" << QJsonObject() << "missing"
                                                << "SignId"
                                                << "FailedOperation.SignIdNotExist" << noSign;
        QTest::newRow("DescribeSmsSignList, missing")
            << "DescribeSmsSignList"
            << QJsonObject {{QStringLiteral("International"), 0},
                            {QStringLiteral("SignIdSet"), QJsonArray {999999}}}
            << ""
            << ""
            << "FailedOperation.SignIdNotExist" << noSign;
        const QString market
            = QStringLiteral("International must be 0 (mainland China) or 1 (international).");
        QTest::newRow("DescribeSmsSignList, no such market")
            << "DescribeSmsSignList" << QJsonObject {{QStringLiteral("International"), 2}} << ""
            << ""
            << "InvalidParameterValue.InvalidInternational" << market;
        QTest::newRow("DescribeSmsSignList, over 100")
            << "DescribeSmsSignList"
            << QJsonObject {{QStringLiteral("International"), 0}, {QStringLiteral("Limit"), 101}}
            << ""
            << ""
            << "InvalidParameterValue"
            << "Ask for at most 100 signatures at a time.";

        const QJsonObject modifyTemplate
            = sms::domain::json::toObject(this->modifyTemplate(0, templateRequest(QStringLiteral("订单{1}已签收。"))));
        QJsonObject otherMarketTemplate = modifyTemplate;
        otherMarketTemplate.insert(QStringLiteral("International"), 1);
        const QString noTemplate = QStringLiteral("No template has this TemplateId.");
        QTest::newRow("ModifySmsTemplate, missing")
            << "ModifySmsTemplate" << modifyTemplate << "missing"
            << "TemplateId"
            << "FailedOperation.MissingTemplateToModify" << noTemplate;
        QTest::newRow("ModifySmsTemplate, approved")
            << "ModifySmsTemplate" << modifyTemplate << "pending"
            << "TemplateId"
            << "FailedOperation.TemplateAlreadyPassedCheck"
            << "An approved template cannot be changed; add a new one instead.";
        QTest::newRow("ModifySmsTemplate, other market")
            << "ModifySmsTemplate" << otherMarketTemplate << "reviewing"
            << "TemplateId"
            << "InvalidParameterValue.InvalidInternational"
            << "International cannot change when modifying.";
        QTest::newRow("DeleteSmsTemplate, missing")
            << "DeleteSmsTemplate" << QJsonObject() << "missing"
            << "TemplateId"
            << "FailedOperation.TemplateIdNotExist" << noTemplate;
        QTest::newRow("DescribeSmsTemplateList, missing")
            << "DescribeSmsTemplateList"
            << QJsonObject {{QStringLiteral("International"), 0},
                            {QStringLiteral("TemplateIdSet"), QJsonArray {999999}}}
            << ""
            << ""
            << "FailedOperation.TemplateIdNotExist" << noTemplate;
        QTest::newRow("DescribeSmsTemplateList, no such market")
            << "DescribeSmsTemplateList" << QJsonObject {{QStringLiteral("International"), 2}} << ""
            << ""
            << "InvalidParameterValue.InvalidInternational" << market;
        QTest::newRow("DescribeSmsTemplateList, over 100")
            << "DescribeSmsTemplateList"
            << QJsonObject {{QStringLiteral("International"), 0}, {QStringLiteral("Limit"), 101}}
            << ""
            << ""
            << "InvalidParameterValue"
            << "Ask for at most 100 templates at a time.";
    }

    void sharedFailures()
    {
        QFETCH(QString, action);
        QFETCH(QJsonObject, payload);
        QFETCH(QString, record);
        QFETCH(QString, idField);
        QFETCH(QString, code);
        QFETCH(QString, message);

        const bool templates = action.contains(QLatin1String("Template"));
        const qint64 pendingSign
            = h->addSign(QStringLiteral("沙盒科技"), 0, sandbox::ReviewStatusCode::ApprovedPending);
        const qint64 reviewingSign = addSign(signRequest(QStringLiteral("沙盒云")));
        const qint64 pendingTemplate = h->addTemplate(QStringLiteral("您的订单{1}已发货。"), 2, 0,
                                                      sandbox::ReviewStatusCode::ApprovedPending);
        const qint64 reviewingTemplate = addTemplate(templateRequest(QStringLiteral("您好{1}。")));
        QVERIFY(reviewingSign > 0 && reviewingTemplate > 0);
        const QHash<QString, qint64> ids {
            {QStringLiteral("pending"), templates ? pendingTemplate : pendingSign},
            {QStringLiteral("reviewing"), templates ? reviewingTemplate : reviewingSign},
            {QStringLiteral("missing"), 999999}};
        if (!record.isEmpty())
            payload.insert(idField, ids.value(record));

        api::ApiCall *call = h->client().call(action, payload);
        SB_WAIT(call);
        QCOMPARE(call->error().kind(), ApiError::Kind::Service);
        QCOMPARE(call->error().code(), code);
        QCOMPARE(call->error().message(), message);
        // Nothing changed.
        QCOMPARE(sign(pendingSign)->status, ReviewStatus::ApprovedPending);
        QCOMPARE(sign(reviewingSign)->signName, QStringLiteral("沙盒云"));
        QCOMPARE(templ(pendingTemplate)->status, ReviewStatus::ApprovedPending);
        QCOMPARE(templ(reviewingTemplate)->templateContent, QStringLiteral("您好{1}。"));
    }

    void notEnterpriseCertified_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QJsonObject>("payload");
        QTest::newRow("AddSmsSign") << "AddSmsSign"
                                    << QJsonObject{{QStringLiteral("SignName"), QStringLiteral("沙盒科技")},
                                                   {QStringLiteral("SignType"), 0},
                                                   {QStringLiteral("DocumentType"), 0},
                                                   {QStringLiteral("International"), 0},
                                                   {QStringLiteral("SignPurpose"), 0},
                                                   {QStringLiteral("ProofImage"), png()},
                                                   {QStringLiteral("QualificationId"), 1001}};
        QTest::newRow("DescribeSmsSignList") << "DescribeSmsSignList"
                                             << QJsonObject{{QStringLiteral("International"), 0}};
        QTest::newRow("AddSmsTemplate") << "AddSmsTemplate"
                                        << QJsonObject{{QStringLiteral("TemplateName"), QStringLiteral("t")},
                                                       {QStringLiteral("TemplateContent"), QStringLiteral("您好{1}")},
                                                       {QStringLiteral("SmsType"), 2},
                                                       {QStringLiteral("International"), 0},
                                                       {QStringLiteral("Remark"), QStringLiteral("r")}};
        QTest::newRow("DeleteSmsTemplate") << "DeleteSmsTemplate"
                                           << QJsonObject{{QStringLiteral("TemplateId"), 200001}};
    }

    void notEnterpriseCertified()
    {
        QFETCH(QString, action);
        QFETCH(QJsonObject, payload);
        h->state().enterpriseVerified = false;
        api::ApiCall *c = h->client().call(action, payload);
        SB_WAIT(c);
        QCOMPARE(c->error().kind(), ApiError::Kind::Service);
        QCOMPARE(c->error().code(), QStringLiteral("FailedOperation.NotEnterpriseCertification"));
    }

    // ---- Templates ----------------------------------------------------------

    void templateIdIsAStringInAddAndANumberInModify()
    {
        h->addSign(QStringLiteral("沙盒科技"));
        auto *add = h->api().addSmsTemplate(templateRequest(QStringLiteral("您好{1}，订单{2}已发货。")));
        SB_WAIT(add);
        QVERIFY2(add->succeeded(), qPrintable(add->error().summary()));
        const QJsonValue id = add->response().value(QLatin1String("AddTemplateStatus")).toObject().value(QLatin1String("TemplateId"));
        QVERIFY2(id.isString(), "AddSmsTemplate must answer TemplateId as a string");
        const qint64 templateId = id.toString().toLongLong();
        QVERIFY(templateId > 0);
        QCOMPARE(add->result().addTemplateStatus.templateId, id.toString());

        auto *modify = h->api().modifySmsTemplate(
            modifyTemplate(templateId, templateRequest(QStringLiteral("您好{1}，订单{2}已发出。"))));
        SB_WAIT(modify);
        QVERIFY2(modify->succeeded(), qPrintable(modify->error().summary()));
        const QJsonValue modified = modify->response().value(QLatin1String("ModifyTemplateStatus")).toObject().value(QLatin1String("TemplateId"));
        QVERIFY2(modified.isDouble(), "ModifySmsTemplate answers TemplateId as an integer");
        QCOMPARE(modified.toInteger(), templateId);
    }

    void templateLifecycle()
    {
        h->addSign(QStringLiteral("沙盒科技"));
        const qint64 created = h->now();
        const qint64 id = addTemplate(templateRequest(QStringLiteral("您好{1}，订单{2}已发货。")));
        QVERIFY(id > 0);
        auto t = templ(id);
        QVERIFY(t);
        QCOMPARE(t->status, ReviewStatus::UnderReview);
        QCOMPARE(t->templateContent, QStringLiteral("您好{1}，订单{2}已发货。"));
        QCOMPARE(t->templateName, QStringLiteral("测试模板"));
        QCOMPARE(t->createTime, created);

        // Not usable while under review...
        auto *early = h->api().sendSms(h->domestic({cn(1001)}, id, {QStringLiteral("张三"), QStringLiteral("1")}));
        SB_WAIT(early);
        QCOMPARE(early->error().code(), QStringLiteral("FailedOperation.TemplateIncorrectOrUnapproved"));

        h->advance(30);
        t = templ(id);
        QCOMPARE(t->status, ReviewStatus::Approved);
        QCOMPARE(t->statusCode, 0);
        // ...and usable once approved.
        auto *send = h->api().sendSms(h->domestic({cn(1001)}, id, {QStringLiteral("张三"), QStringLiteral("1")}));
        SB_WAIT(send);
        QVERIFY2(send->succeeded(), qPrintable(send->error().summary()));

        auto *modify = h->api().modifySmsTemplate(modifyTemplate(id, templateRequest(QStringLiteral("您好{1}"))));
        SB_WAIT(modify);
        QCOMPARE(modify->error().code(), QStringLiteral("FailedOperation.TemplateAlreadyPassedCheck"));
        QCOMPARE(templ(id)->templateContent, QStringLiteral("您好{1}，订单{2}已发货。"));
    }

    void templateRejections_data()
    {
        QTest::addColumn<QString>("content");
        QTest::addColumn<int>("smsType");
        QTest::addColumn<int>("international");
        QTest::addColumn<QString>("reply");
        const QString sensitive = QStringLiteral(
            "The template contains a prohibited word. Remove it and submit again.");
        const QString link = QStringLiteral(
            "Links in templates must be filed first. Remove the link or file the domain, then "
            "submit again.");
        const QString blank = QStringLiteral(
            "Too much of the template is variable. Write the fixed text so a reader knows who "
            "sends it and why.");
        QTest::newRow("sensitive word") << "贷款秒批，额度{1}万。" << 2 << 0 << sensitive;
        QTest::newRow("sensitive word, international") << "Best casino in town: {1}" << 2 << 1 << sensitive;
        QTest::newRow("http link") << "详情见 https://sandbox.example/{1}" << 2 << 0 << link;
        QTest::newRow("www link") << "详情见 www.sandbox.cn 订单{1}" << 2 << 0 << link;
        QTest::newRow("bare domain") << "详情见 sandbox.com 订单{1}" << 2 << 0 << link;
        QTest::newRow("marketing, all variables") << "{1}{2}{3}拒收请回复R" << 1 << 0 << blank;
        QTest::newRow("marketing, enough text") << "沙盒商城春季大促，全场{1}折起，{2}前有效。拒收请回复R" << 1 << 0 << QString();
        QTest::newRow("notification, all variables") << "{1}{2}{3}" << 2 << 0 << QString();
        QTest::newRow("verification code") << "您的验证码为{1}，5分钟内有效。" << 3 << 0 << QString();
        QTest::newRow("legacy ordinary type") << "您的订单{1}已发货。" << 0 << 0 << QString();
    }

    void templateRejections()
    {
        QFETCH(QString, content);
        QFETCH(int, smsType);
        QFETCH(int, international);
        QFETCH(QString, reply);
        h->addSign(QStringLiteral("沙盒科技"));
        QString code;
        const qint64 id = addTemplate(templateRequest(content, smsType, international), &code);
        QVERIFY2(id > 0, qPrintable(code));
        QCOMPARE(templ(id, international)->status, ReviewStatus::UnderReview);
        h->advance(30);
        const auto t = templ(id, international);
        QVERIFY(t);
        if (reply.isEmpty()) {
            QCOMPARE(t->status, ReviewStatus::Approved);
            QCOMPARE(t->reviewReply, QString());
        } else {
            QCOMPARE(t->status, ReviewStatus::Rejected);
            QCOMPARE(t->statusCode, -1);
            QCOMPARE(t->reviewReply, reply);
        }
    }

    void rejectedTemplateIsFixedByModify()
    {
        h->addSign(QStringLiteral("沙盒科技"));
        const auto bad = templateRequest(QStringLiteral("详情见 www.sandbox.cn 订单{1}"));
        const qint64 id = addTemplate(bad);
        h->advance(30);
        QCOMPARE(templ(id)->status, ReviewStatus::Rejected);
        // Still rejected when the change keeps the problem.
        auto *modify = h->api().modifySmsTemplate(modifyTemplate(id, bad));
        SB_WAIT(modify);
        QVERIFY2(modify->succeeded(), qPrintable(modify->error().summary()));
        QCOMPARE(templ(id)->status, ReviewStatus::UnderReview);
        h->advance(30);
        QCOMPARE(templ(id)->status, ReviewStatus::Rejected);
        modify = h->api().modifySmsTemplate(modifyTemplate(id, templateRequest(QStringLiteral("您的订单{1}已发货。"))));
        SB_WAIT(modify);
        QVERIFY2(modify->succeeded(), qPrintable(modify->error().summary()));
        h->advance(30);
        QCOMPARE(templ(id)->status, ReviewStatus::Approved);
        QCOMPARE(templ(id)->templateContent, QStringLiteral("您的订单{1}已发货。"));
    }

    void modifyTemplateRules()
    {
        h->addSign(QStringLiteral("沙盒科技"));
        const auto request = templateRequest(QStringLiteral("您的订单{1}已发货。"));
        const qint64 id = addTemplate(request);
        auto code = [&](const domain::ModifySmsTemplateRequest &m) {
            auto *reply = h->api().modifySmsTemplate(m);
            waitFor(reply);
            return reply->error().code();
        };
        QCOMPARE(code(modifyTemplate(999999, request)), QStringLiteral("FailedOperation.MissingTemplateToModify"));
        domain::ModifySmsTemplateRequest m = modifyTemplate(id, request);
        m.international = 1;
        QCOMPARE(code(m), QStringLiteral("InvalidParameterValue.InvalidInternational"));
        m = modifyTemplate(id, request);
        m.templateContent = QStringLiteral("您好{name}");
        QCOMPARE(code(m), QStringLiteral("InvalidParameterValue.InvalidTemplateFormat"));
        // Under review, a valid change is accepted.
        QCOMPARE(code(modifyTemplate(id, request)), QString());
    }

    void templateValidation_data()
    {
        QTest::addColumn<QString>("content");
        QTest::addColumn<int>("smsType");
        QTest::addColumn<int>("international");
        QTest::addColumn<QString>("code");
        QTest::newRow("marketing without opt-out") << "沙盒商城春季大促，全场{1}折起。" << 1 << 0
                                                   << "InvalidParameterValue.MarketingTemplateWithoutUnsubscribe";
        QTest::newRow("opt-out not at the end") << "拒收请回复R，沙盒商城春季大促，全场{1}折起。" << 1 << 0
                                                << "InvalidParameterValue.MarketingTemplateWithoutUnsubscribe";
        QTest::newRow("opt-out 回T退订") << "沙盒商城春季大促，全场{1}折起，回T退订" << 1 << 0 << "";
        QTest::newRow("international marketing needs none") << "Spring sale: {1} off at SandboxTech." << 1 << 1 << "";
        QTest::newRow("SmsType 4") << "您的订单{1}已发货。" << 4 << 0 << "InvalidParameterValue.InvalidSmsType";
        QTest::newRow("SmsType -1") << "您的订单{1}已发货。" << -1 << 0 << "InvalidParameterValue.InvalidSmsType";
        QTest::newRow("International 3") << "您的订单{1}已发货。" << 2 << 3 << "InvalidParameterValue.InvalidInternational";
        QTest::newRow("named variable") << "您好{name}" << 2 << 0 << "InvalidParameterValue.InvalidTemplateFormat";
        QTest::newRow("variables with a gap") << "您好{1}，订单{3}" << 2 << 0 << "InvalidParameterValue.InvalidTemplateFormat";
        QTest::newRow("variable zero") << "您好{0}" << 2 << 0 << "InvalidParameterValue.InvalidTemplateFormat";
        QTest::newRow("empty") << "  " << 2 << 0 << "InvalidParameterValue.ContentLengthLimit";
        QTest::newRow("501 characters") << QString(501, QChar(0x6D4B)) << 2 << 0
                                        << "InvalidParameterValue.ContentLengthLimit";
        QTest::newRow("500 characters") << QString(500, QChar(0x6D4B)) << 2 << 0 << "";
    }

    void templateValidation()
    {
        QFETCH(QString, content);
        QFETCH(int, smsType);
        QFETCH(int, international);
        QFETCH(QString, code);
        h->addSign(QStringLiteral("沙盒科技"));
        QString got;
        const qint64 id = addTemplate(templateRequest(content, smsType, international), &got);
        QCOMPARE(got, code);
        QCOMPARE(id > 0, code.isEmpty());
        QCOMPARE(h->state().templates.size(), code.isEmpty() ? 1 : 0);
    }

    void templateNeedsASignatureFirst()
    {
        QString code;
        QCOMPARE(addTemplate(templateRequest(QStringLiteral("您的订单{1}已发货。")), &code), 0);
        QCOMPARE(code, QStringLiteral("FailedOperation.MissingSignature"));
        // Applying for one is enough; it need not be approved yet.
        QVERIFY(addSign(signRequest(QStringLiteral("沙盒科技"))) > 0);
        QVERIFY(addTemplate(templateRequest(QStringLiteral("您的订单{1}已发货。")), &code) > 0);
    }

    void templateNumberLimit()
    {
        h->addSign(QStringLiteral("沙盒科技"));
        h->settings().maxTemplates = 2;
        QVERIFY(addTemplate(templateRequest(QStringLiteral("通知一{1}"))) > 0);
        const qint64 second = addTemplate(templateRequest(QStringLiteral("通知二{1}")));
        QVERIFY(second > 0);
        QString code;
        QCOMPARE(addTemplate(templateRequest(QStringLiteral("通知三{1}")), &code), 0);
        QCOMPARE(code, QStringLiteral("FailedOperation.TemplateNumberLimit"));
        auto *del = h->api().deleteSmsTemplate({second});
        SB_WAIT(del);
        QVERIFY2(del->succeeded(), qPrintable(del->error().summary()));
        QVERIFY(addTemplate(templateRequest(QStringLiteral("通知三{1}")), &code) > 0);
    }

    void deleteTemplate()
    {
        h->addSign(QStringLiteral("沙盒科技"));
        const qint64 id = addTemplate(templateRequest(QStringLiteral("您的订单{1}已发货。")));
        h->advance(30);
        auto *del = h->api().deleteSmsTemplate({id});
        SB_WAIT(del);
        QVERIFY2(del->succeeded(), qPrintable(del->error().summary()));
        QCOMPARE(del->result().deleteTemplateStatus.deleteTime, h->now());
        QVERIFY(!templ(id));
        del = h->api().deleteSmsTemplate({id});
        SB_WAIT(del);
        QCOMPARE(del->error().code(), QStringLiteral("FailedOperation.TemplateIdNotExist"));
        // A deleted template cannot be sent.
        auto *send = h->api().sendSms(h->domestic({cn(1001)}, id, {QStringLiteral("1")}));
        SB_WAIT(send);
        QCOMPARE(send->error().code(), QStringLiteral("FailedOperation.TemplateUnapprovedOrNotExist"));
    }

    void describeTemplatesByIdAndByPage()
    {
        h->addSign(QStringLiteral("沙盒科技"));
        QList<qint64> ids;
        for (int i = 0; i < 12; ++i)
            ids.append(addTemplate(templateRequest(QStringLiteral("通知%1：{1}").arg(i))));
        const qint64 global = addTemplate(templateRequest(QStringLiteral("Notice {1}"), 2, 1));
        const qint64 both = h->addTemplate(QStringLiteral("Code {1}"), 3, 3);

        auto page = [&](std::optional<qint64> limit, std::optional<qint64> offset, qint64 international = 0) {
            domain::DescribeSmsTemplateListRequest r;
            r.international = international;
            r.limit = limit;
            r.offset = offset;
            auto *reply = h->api().describeSmsTemplateList(r);
            waitFor(reply);
            QList<qint64> got;
            for (const auto &t : reply->result().describeTemplateStatusSet)
                got.append(t.templateId);
            return got;
        };
        QCOMPARE(page(std::nullopt, std::nullopt), ids.mid(0, 10));
        QCOMPARE(page(100, 10), ids.mid(10) + QList<qint64>{both});
        QCOMPARE(page(100, 0, 1), (QList<qint64>{global, both}));

        domain::DescribeSmsTemplateListRequest r;
        r.templateIdSet = {ids.at(5), both};
        auto *reply = h->api().describeSmsTemplateList(r);
        SB_WAIT(reply);
        QVERIFY2(reply->succeeded(), qPrintable(reply->error().summary()));
        QCOMPARE(reply->result().describeTemplateStatusSet.size(), 2);
        QCOMPARE(reply->result().describeTemplateStatusSet.at(1).market, domain::Market::Both);
        r.templateIdSet = {global};
        reply = h->api().describeSmsTemplateList(r);
        SB_WAIT(reply);
        QCOMPARE(reply->error().code(), QStringLiteral("FailedOperation.TemplateIdNotExist"));
        r.templateIdSet.clear();
        r.limit = 101;
        reply = h->api().describeSmsTemplateList(r);
        SB_WAIT(reply);
        QCOMPARE(reply->error().code(), QStringLiteral("InvalidParameterValue"));
    }

    void reviewRepliesFollowTheLanguage()
    {
        h->settings().reviewDelaySeconds = 0;
        const qint64 id = addSign(signRequest(QStringLiteral("12345")));
        const QString english = sign(id)->reviewReply;
        QVERIFY(english.startsWith(QLatin1String("The signature does not identify")));
        api::ClientConfig config = h->client().config();
        config.language = QStringLiteral("zh-CN");
        h->client().setConfig(config);
        const QString chinese = sign(id)->reviewReply;
        QVERIFY(!chinese.isEmpty());
        if (chinese == english)
            qInfo("no Chinese translation yet for the review replies");
    }

    void sensitiveWordListIsConfigurable()
    {
        h->settings().reviewDelaySeconds = 0;
        h->settings().sensitiveWords = {QStringLiteral("星河")};
        QCOMPARE(sign(addSign(signRequest(QStringLiteral("星河商城"))))->status, ReviewStatus::Rejected);
        QCOMPARE(sign(addSign(signRequest(QStringLiteral("博彩天地"))))->status, ReviewStatus::Approved);
    }
};

QTEST_GUILESS_MAIN(tst_SandboxReview)
#include "tst_sandboxreview.moc"
