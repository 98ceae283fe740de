// SPDX-License-Identifier: GPL-3.0-or-later
// sms::onFinished(job, context, callback): the callback runs once when the
// job finishes, never for a context that is gone, and the job is deleted
// afterwards in every case.

#include "OnFinished.h"
#include "api/ApiCall.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using sms::api::ApiCall;
using sms::api::ApiError;

// Another kind of one-shot job, one that (unlike ApiCall) could emit
// finished() twice: the helper must still call back once.
class TwiceFinishingJob : public QObject
{
    Q_OBJECT

public:
    void finishTwice()
    {
        emit finished();
        emit finished();
    }

Q_SIGNALS:
    void finished();
};

class tst_OnFinished : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void callsBackOnceThenDeletesTheJob()
    {
        QObject context;
        auto *call = new ApiCall(QStringLiteral("DescribeSmsSignList"), {});
        QSignalSpy destroyed(call, &QObject::destroyed);
        QList<ApiCall *> calledWith;
        ApiError::Kind kindSeen = ApiError::Kind::None;
        ApiCall *returned = sms::onFinished(call, &context, [&](ApiCall *finished) {
            calledWith.append(finished);
            // Still alive and readable inside the callback.
            kindSeen = finished->error().kind();
        });
        QCOMPARE(returned, call);

        call->cancel();
        QVERIFY(calledWith.isEmpty()); // finished() comes from the event loop
        QVERIFY(destroyed.wait(5000));
        QCOMPARE(calledWith, QList<ApiCall *> {call});
        QCOMPARE(kindSeen, ApiError::Kind::Cancelled);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCOMPARE(destroyed.count(), 1);
    }

    void goneContextIsNotCalledBack()
    {
        auto *context = new QObject;
        auto *call = new ApiCall(QStringLiteral("SendSms"), {});
        QSignalSpy destroyed(call, &QObject::destroyed);
        int calls = 0;
        sms::onFinished(call, context, [&](ApiCall *) { ++calls; });

        delete context;
        call->cancel();
        // The job is deleted all the same.
        QVERIFY(destroyed.wait(5000));
        QCOMPARE(calls, 0);
    }

    void contextGoneAfterFinishing()
    {
        // The context is deleted by the callback itself: the job is still
        // deleted once, and nothing runs twice.
        auto *context = new QObject;
        auto *call = new ApiCall(QStringLiteral("SendSms"), {});
        QSignalSpy destroyed(call, &QObject::destroyed);
        int calls = 0;
        sms::onFinished(call, context, [&](ApiCall *) {
            ++calls;
            delete context;
        });
        call->cancel();
        QVERIFY(destroyed.wait(5000));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCOMPARE(calls, 1);
        QCOMPARE(destroyed.count(), 1);
    }

    void anyJobWithFinished()
    {
        QObject context;
        auto *job = new TwiceFinishingJob;
        QPointer<TwiceFinishingJob> alive(job);
        int calls = 0;
        sms::onFinished(job, &context, [&](TwiceFinishingJob *finished) {
            QCOMPARE(finished, job);
            ++calls;
        });
        job->finishTwice();
        QCOMPARE(calls, 1);
        QVERIFY(alive); // deleted later, not under the emitter's feet
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QVERIFY(!alive);
    }
};

QTEST_GUILESS_MAIN(tst_OnFinished)
#include "tst_onfinished.moc"
