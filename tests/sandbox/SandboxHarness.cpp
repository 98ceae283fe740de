// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxHarness.h"

#include "sandbox/ActionSchema.h"

#include <QSignalSpy>

using namespace sms;

namespace sandboxtest {

QDateTime beijing(int hour, int minute, int day, int second)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, minute, second), Qt::OffsetFromUTC,
                     8 * 3600);
}

QString cn(int tail, int block)
{
    return QStringLiteral("+86138%1%2")
        .arg(block, 4, 10, QLatin1Char('0'))
        .arg(tail, 4, 10, QLatin1Char('0'));
}

Harness::Harness()
{
    auto server = std::make_unique<sandbox::SandboxServer>();
    server->clock().freezeAt(beijing());
    server->service().seedAccount(secretId(), secretKey(), appId(), server->clock().nowSecs());
    server->listenLocal(0);

    m_client = std::make_unique<api::ApiClient>();
    m_api = std::make_unique<api::SmsApi>(m_client.get());
    m_client->setCredential({secretId(), secretKey(), {}});
    unlimitClient();
    replaceServer(std::move(server));
}

Harness::~Harness()
{
    m_api.reset();
    m_client.reset();
    m_server.reset();
}

void Harness::replaceServer(std::unique_ptr<sandbox::SandboxServer> server)
{
    m_server = std::move(server);
    for (const QString &action : sandbox::ActionSchema::actions())
        m_server->service().settings().qps.insert(action, 0);
    api::ClientConfig config = m_client->config();
    config.endpoint = m_server->endpoint();
    config.timeoutMs = 10000;
    config.retryBaseDelayMs = 10;
    m_client->setConfig(config);
    sandbox::SandboxServer *raw = m_server.get();
    m_client->clock().setSource([raw] { return raw->clock().now(); });
}

std::unique_ptr<sandbox::SandboxServer> Harness::takeServer()
{
    m_client->clock().setSource({});
    return std::move(m_server);
}

void Harness::unlimitClient()
{
    for (const QString &action : sandbox::ActionSchema::actions())
        m_client->rateLimiter().setQps(action, 0);
    m_client->rateLimiter().setDefaultQps(0);
}

qint64 Harness::addSign(const QString &name, int international, sandbox::ReviewStatusCode status)
{
    sandbox::SandboxState &s = state();
    sandbox::SignRecord sign;
    sign.id = s.nextSignId++;
    sign.name = name;
    sign.international = international;
    sign.signType = international ? 1 : 0;
    sign.documentType = international ? 4 : 1;
    sign.qualificationId = international ? 0 : 1001;
    sign.status = status;
    sign.createTime = now() - 86400;
    sign.reviewAt
        = status == sandbox::ReviewStatusCode::UnderReview ? now() + 86400 : sign.createTime + 60;
    s.signs.insert(sign.id, sign);
    return sign.id;
}

qint64 Harness::addTemplate(const QString &content, int smsType, int international,
                            sandbox::ReviewStatusCode status)
{
    sandbox::SandboxState &s = state();
    sandbox::TemplateRecord t;
    t.id = s.nextTemplateId++;
    t.name = QStringLiteral("fixture %1").arg(t.id);
    t.content = content;
    t.smsType = smsType;
    t.international = international;
    t.status = status;
    t.createTime = now() - 86400;
    t.reviewAt
        = status == sandbox::ReviewStatusCode::UnderReview ? now() + 86400 : t.createTime + 60;
    s.templates.insert(t.id, t);
    return t.id;
}

void Harness::addStandardFixtures()
{
    addSign(QStringLiteral("沙盒科技"));
    addSign(QStringLiteral("SandboxTech"), 1);
    domesticNotice = addTemplate(QStringLiteral("您好{1}，您的订单{2}已发货。"), 2);
    domesticCode = addTemplate(QStringLiteral("您的验证码为{1}，5分钟内有效。"), 3);
    domesticMarketing =
        addTemplate(QStringLiteral("沙盒商城春季大促，全场{1}折起。拒收请回复R"), 1);
    globalNotice = addTemplate(QStringLiteral("Hi {1}, your parcel is on its way."), 2, 1);
    globalCode = addTemplate(QStringLiteral("Your SandboxTech code is {1}."), 3, 1);
}

domain::SendSmsRequest Harness::domestic(const QStringList &numbers, qint64 templateId,
                                         const QStringList &params) const
{
    domain::SendSmsRequest r;
    r.phoneNumberSet = numbers;
    r.smsSdkAppId = appId();
    r.templateId = QString::number(templateId);
    r.signName = QStringLiteral("沙盒科技");
    r.templateParamSet = params;
    return r;
}

domain::SendSmsRequest Harness::global(const QStringList &numbers, qint64 templateId,
                                       const QStringList &params) const
{
    domain::SendSmsRequest r;
    r.phoneNumberSet = numbers;
    r.smsSdkAppId = appId();
    r.templateId = QString::number(templateId);
    r.templateParamSet = params;
    return r;
}

bool waitFor(api::ApiCall *call, int timeoutMs)
{
    if (!call)
        return false;
    if (call->isFinished())
        return true;
    QSignalSpy spy(call, &api::ApiCall::finished);
    if (spy.count() > 0 || call->isFinished())
        return true;
    return spy.wait(timeoutMs) || call->isFinished();
}

QStringList codesOf(const domain::SendStatusList &statuses)
{
    QStringList codes;
    for (const domain::SendStatus &s : statuses)
        codes.append(s.code);
    return codes;
}

} // namespace sandboxtest
