// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the history's sandbox tests share: a sandbox with the standard
// fixtures, a database in a temporary folder, and campaigns sent to it with
// the real runner, so that receipts have sends of this console to belong to.

#include "SandboxHarness.h"
#include "campaign/CampaignRunner.h"
#include "store/CampaignJournal.h"
#include "store/Database.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

namespace historytest {

class Fixture
{
public:
    Fixture()
    {
        sandbox = std::make_unique<sandboxtest::Harness>();
        sandbox->addStandardFixtures();
        database = std::make_unique<sms::store::Database>();
        opened = dir.isValid() && database->open(dir.filePath(QStringLiteral("history.sqlite")));
        journal = std::make_unique<sms::store::CampaignJournal>(*database);
    }

    ~Fixture()
    {
        journal.reset();
        database.reset();
        sandbox.reset();
    }

    // Sends the notification template to these numbers through the runner;
    // false when the run did not end Finished.
    bool sendCampaign(const QStringList &numbers)
    {
        sms::store::CampaignRecord c;
        c.signName = QStringLiteral("沙盒科技");
        c.templateId = QString::number(sandbox->domesticNotice);
        c.appId = sandboxtest::appId();
        const qint64 id = journal->createCampaign(c);
        QList<sms::campaign::Recipient> list;
        for (const QString &number : numbers) {
            sms::campaign::Recipient r;
            r.sourceRow = list.size() + 1;
            r.phone = number;
            r.input = number;
            r.parameters = {QStringLiteral("张三"), QStringLiteral("A1")};
            list.append(r);
        }
        journal->addRecipients(id, list);
        journal->setCampaignState(id, sms::store::CampaignState::Ready);
        sms::campaign::CampaignRunner runner(sandbox->api(), *journal, id);
        QSignalSpy finished(&runner, &sms::campaign::CampaignRunner::finished);
        runner.start();
        if (!runner.isDone() && !finished.wait(60000))
            return false;
        return runner.state() == sms::campaign::CampaignRunner::State::Finished;
    }

    int count(const QString &sql) const
    {
        QSqlQuery q(database->connection());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

    // Receipts the sandbox has made visible by now for these numbers.
    int receiptsDue(const QStringList &numbers)
    {
        int due = 0;
        for (const QString &number : numbers) {
            for (int index : sandbox->state().sendsByPhone.value(number)) {
                const auto &send = sandbox->state().sends.at(size_t(index));
                if (send.receiptStatus != 0 && send.receiptTime <= sandbox->now())
                    ++due;
            }
        }
        return due;
    }

    QTemporaryDir dir;
    std::unique_ptr<sandboxtest::Harness> sandbox;
    std::unique_ptr<sms::store::Database> database;
    std::unique_ptr<sms::store::CampaignJournal> journal;
    bool opened = false;
};

} // namespace historytest
