// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/SandboxService.h"


namespace sms::sandbox {


void SandboxService::seedDemo(qint64 now)
{
    const qint64 day = 86400;
    using enum ReviewStatusCode;
    m_state.apps.insert(QStringLiteral("1400000002"),
                        {QStringLiteral("1400000002"), QStringLiteral("海外业务"), true, false});
    m_state.apps.insert(QStringLiteral("1400000003"),
                        {QStringLiteral("1400000003"), QStringLiteral("已停用的测试应用"), false, false});
    m_state.qualifications.insert(1002, {1002, QStringLiteral("星河零售连锁有限公司"), 0});

    auto sign = [&](const QString &name, int international, ReviewStatusCode status,
                    const QString &reason, int ageDays) {
        SignRecord s;
        s.id = m_state.nextSignId++;
        s.name = name;
        s.international = international;
        s.signType = international ? 1 : 0;
        s.documentType = international ? 4 : 1;
        s.qualificationId = international ? 0 : 1001;
        s.status = status;
        s.rejectReason = reason;
        s.createTime = now - ageDays * day;
        s.reviewAt = status == UnderReview ? now + 3600 : s.createTime + 3600;
        m_state.signs.insert(s.id, s);
    };
    sign(QStringLiteral("沙盒科技"), 0, Approved, {}, 60);
    sign(QStringLiteral("星河商城"), 0, Approved, {}, 45);
    sign(QStringLiteral("星河会员"), 0, UnderReview, {}, 0);
    sign(QStringLiteral("博彩之家"), 0, Rejected, QStringLiteral("sign.sensitive"), 10);
    sign(QStringLiteral("SandboxTech"), 1, Approved, {}, 30);
    sign(QStringLiteral("XY"), 1, Rejected, QStringLiteral("sign.vague"), 5);

    auto templ = [&](const QString &name, const QString &content, int smsType, int international,
                     ReviewStatusCode status, const QString &reason, int ageDays) {
        TemplateRecord t;
        t.id = m_state.nextTemplateId++;
        t.name = name;
        t.content = content;
        t.smsType = smsType;
        t.international = international;
        t.status = status;
        t.rejectReason = reason;
        t.createTime = now - ageDays * day;
        t.reviewAt = status == UnderReview ? now + 3600 : t.createTime + 3600;
        m_state.templates.insert(t.id, t);
    };
    templ(QStringLiteral("登录验证码"),
          QStringLiteral("您的登录验证码为{1}，{2}分钟内有效，请勿泄露给他人。"), 3, 0, Approved,
          {}, 60);
    templ(QStringLiteral("订单发货通知"),
          QStringLiteral("您好{1}，您的订单{2}已发货，预计{3}送达。"), 2, 0, Approved, {}, 40);
    templ(QStringLiteral("双十一促销"),
          QStringLiteral("星河商城双十一大促，全场{1}折起，会员再享好礼。拒收请回复R"), 1, 0,
          Approved, {}, 20);
    templ(QStringLiteral("会员日活动"),
          QStringLiteral("{1}会员日，{2}等你来拿，详情见{3}。拒收请回复R"), 1, 0, UnderReview, {},
          0);
    templ(QStringLiteral("贷款推广"),
          QStringLiteral("贷款秒批，最高{1}万元，点击 www.example.com 申请。拒收请回复R"), 1, 0,
          Rejected, QStringLiteral("template.sensitive"), 7);
    templ(QStringLiteral("Verification code"),
          QStringLiteral("Your SandboxTech code is {1}. It expires in {2} minutes."), 3, 1,
          Approved, {}, 30);
    templ(QStringLiteral("Delivery notice"),
          QStringLiteral("Hi {1}, your parcel {2} is on its way."), 2, 1, Approved, {}, 25);

    // A second, older package that is almost used up, and a gifted one.
    m_state.addPackage(10'000, 0, now - 90 * day, now - 90 * day, now + 275 * day);
    m_state.packages.last().usage = 9'650;
    m_state.addPackage(100'000, 1, now - 20 * day, now - 20 * day, now + 345 * day);
    m_state.packages.last().usage = 12'480;

    m_state.optOut.insert(QStringLiteral("+8613900000099"));

    // Some history: two days of verification codes and shipping notices,
    // with the usual few failed deliveries and a number that was refused.
    static const char *const failures[] = {"MK:0001 空号", "MI:0013 停机", "DB:0141 运营商黑名单"};
    static const char *const classes[] = {"invalid", "shutdown", "blacklist"};
    for (int i = 0; i < 120; ++i) {
        SendRecord r;
        const bool code = i % 3 != 0;
        r.appId = m_state.defaultAppId;
        r.phoneNumber = QStringLiteral("+86139%1").arg(10000000 + i * 7919 % 9000000, 8, 10,
                                                        QLatin1Char('0'));
        r.countryCode = QStringLiteral("86");
        r.subscriber = r.phoneNumber.mid(3);
        r.isoCode = QStringLiteral("CN");
        r.templateId = QString::number(code ? 200001 : 200002);
        r.signName = code ? QStringLiteral("沙盒科技") : QStringLiteral("星河商城");
        r.content = code ? QStringLiteral("【沙盒科技】您的登录验证码为%1，5分钟内有效，请勿泄露给他人。")
                               .arg(100000 + i * 7331 % 900000)
                         : QStringLiteral("【星河商城】您好，您的订单SX%1已发货，预计明天送达。")
                               .arg(20261100 + i);
        r.sendTime = now - 2 * day + i * 1400;
        r.sessionContext = QStringLiteral("demo-%1").arg(i);
        if (i == 17) {
            r.requestCode = QStringLiteral("LimitExceeded.PhoneNumberThirtySecondLimit");
            m_state.addSend(r);
            continue;
        }
        r.requestCode = QStringLiteral("Ok");
        r.serialNo = m_state.nextSerialNo();
        r.fee = 1;
        r.receiptTime = r.sendTime + 3 + i % 5;
        r.receiptPulled = i < 100;
        if (i % 23 == 5) {
            r.receiptStatus = 2;
            r.receiptDescription = QString::fromUtf8(failures[i % 3]);
            r.failureClass = QString::fromLatin1(classes[i % 3]);
        } else {
            r.receiptStatus = 1;
            r.receiptDescription = QStringLiteral("DELIVRD 用户接收成功");
        }
        m_state.addSend(r);
        m_state.packages.last().usage += 1;
    }
    // addSend() queues every receipt; the ones marked pulled were read before.
    for (auto it = m_state.pendingReceipts.begin(); it != m_state.pendingReceipts.end();) {
        if (m_state.sends[size_t(it->second)].receiptPulled)
            it = m_state.pendingReceipts.erase(it);
        else
            ++it;
    }
}

} // namespace sms::sandbox
