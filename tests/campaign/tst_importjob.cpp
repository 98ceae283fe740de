// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/ImportJob.h"

#include "OnFinished.h"

#include <QFile>
#include <QFileInfo>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace sms::campaign;
using namespace Qt::Literals::StringLiterals;

namespace {

// Counts what arrives, as a journal would store it, without keeping it.
class CountingSink : public RecipientSink
{
public:
    bool accept(const QList<Recipient> &chunk) override
    {
        if (QThread::currentThread() == qApp->thread())
            onGuiThread = true;
        for (const Recipient &r : chunk) {
            if (r.sourceRow <= lastRow)
                outOfOrder = true;
            lastRow = r.sourceRow;
            ++rows;
            if (r.isSendable())
                ++sendable;
            else
                ++problems[r.problemCode];
        }
        largestChunk = std::max(largestChunk, chunk.size());
        ++chunks;
        if (refuseAfter >= 0 && chunks > refuseAfter)
            return false;
        if (chunks == 2)
            secondChunk.release();
        if (holdAtSecondChunk && chunks == 2)
            resume.acquire();
        return true;
    }

    qint64 rows = 0;
    qint64 sendable = 0;
    qint64 lastRow = 0;
    qint64 chunks = 0;
    qsizetype largestChunk = 0;
    QMap<QString, qint64> problems;
    bool outOfOrder = false;
    bool onGuiThread = false;
    int refuseAfter = -1;
    bool holdAtSecondChunk = false;
    QSemaphore secondChunk;
    QSemaphore resume;
};

Preflight::Options preflightOptions()
{
    Preflight::Options options;
    options.templateContent = u"您好{1}，您的验证码是{2}"_s;
    options.smsType = sms::domain::SmsType::Notification;
    options.signName = u"沙盒科技"_s;
    options.plannedTime = QDateTime(QDate(2026, 3, 2), QTime(2, 0), Qt::UTC);
    return options;
}

bool waitFor(ImportJob *job)
{
    QSignalSpy finished(job, &ImportJob::finished);
    job->start();
    return finished.wait(240000);
}

} // namespace

class tst_ImportJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void millionRows_data() { readAheadOrNot(); }
    void millionRows();
    void pastedText_data() { readAheadOrNot(); }
    void pastedText();
    void unreadableFile();
    void sinkRefuses_data() { readAheadOrNot(); }
    void sinkRefuses();
    void cancel_data() { readAheadOrNot(); }
    void cancel();
    void readAheadGivesTheSameRows();

private:
    // The file read on a thread of its own ahead of pre-flight, or not:
    // what the sink and the summary see must not tell them apart.
    static void readAheadOrNot()
    {
        QTest::addColumn<bool>("readAhead");
        QTest::newRow("read ahead") << true;
        QTest::newRow("one thread") << false;
    }

    QTemporaryDir m_dir;
    QString m_million;
};

void tst_ImportJob::initTestCase()
{
    // 1,000,000 rows after a header: every 1000th row repeats the number of
    // the row before it, every 5000th has a number one digit short, every
    // 7919th lacks its second parameter.
    m_million = m_dir.filePath(u"million.csv"_s);
    QFile file(m_million);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray block = "手机号码,姓名,验证码\n";
    for (int i = 1; i <= 1000000; ++i) {
        const int number = i % 1000 == 0 ? i - 1 : i;
        QByteArray phone = "139" + QByteArray::number(number).rightJustified(8, '0');
        if (i % 5000 == 0)
            phone.chop(1);
        block += phone + ",\"客户" + QByteArray::number(i % 97) + '"';
        if (i % 7919 != 0)
            block += ',' + QByteArray::number(i % 999999).rightJustified(6, '0');
        block += '\n';
        if (block.size() > (1 << 20)) {
            QVERIFY(file.write(block) == block.size());
            block.clear();
        }
    }
    QVERIFY(file.write(block) == block.size());
}

void tst_ImportJob::millionRows()
{
    QFETCH(bool, readAhead);
    CountingSink sink;
    ImportJob *job = ImportJob::fromFile(m_million, {}, preflightOptions(), &sink, this);
    job->setReadAhead(readAhead);
    QSignalSpy progress(job, &ImportJob::progress);
    QVERIFY(waitFor(job));
    QVERIFY2(job->succeeded(), qPrintable(job->errorString()));
    QVERIFY(!sink.onGuiThread);
    QVERIFY(!sink.outOfOrder);
    QCOMPARE(sink.rows, 1000000);
    QCOMPARE(sink.lastRow, 1000001); // the header is row 1
    QCOMPARE(sink.largestChunk, 1000);
    QCOMPARE(sink.chunks, 1000);
    QCOMPARE(job->header(), QStringList({u"手机号码"_s, u"姓名"_s, u"验证码"_s}));

    // Rows 5000, 10000... are short (200 of them); of the 1000 repeats, those
    // at a multiple of 5000 are short instead; 7919's multiples miss a parameter.
    const qint64 shortNumbers = 200;
    const qint64 duplicates = 1000 - 200;
    qint64 missing = 0;
    for (int i = 7919; i <= 1000000; i += 7919)
        missing += i % 5000 != 0 && i % 1000 != 0 ? 1 : 0;
    const PreflightSummary summary = job->summary();
    QCOMPARE(summary.rows, 1000000);
    QCOMPARE(summary.problemsByCode.value(u"InvalidParameterValue.IncorrectPhoneNumber"_s),
             shortNumbers);
    QCOMPARE(summary.problemsByCode.value(Preflight::duplicateCode()), duplicates);
    QCOMPARE(
        summary.problemsByCode.value(u"FailedOperation.TemplateParamSetNotMatchApprovedTemplate"_s),
        missing);
    QCOMPARE(summary.sendable, 1000000 - shortNumbers - duplicates - missing);
    QCOMPARE(summary.sendable, sink.sendable);
    QCOMPARE(summary.domestic, summary.sendable);
    QVERIFY(summary.segments() >= summary.sendable);
    QCOMPARE(sink.problems, summary.problemsByCode);

    // Progress came to this thread while the worker ran, and ended complete.
    QVERIFY(!progress.isEmpty());
    const QList<QVariant> last = progress.last();
    QCOMPARE(last.at(0).toLongLong(), 1000000);
    QCOMPARE(last.at(1).toLongLong(), last.at(2).toLongLong());
    QCOMPARE(last.at(2).toLongLong(), QFileInfo(m_million).size());
    delete job;
}

void tst_ImportJob::pastedText()
{
    CountingSink sink;
    Preflight::Options options = preflightOptions();
    options.templateContent = u"您的订单已发货"_s;
    bool called = false;
    ImportJob *job = ImportJob::fromText(u"13800138000\n+86 138 0013 8001\n\nnot a number\n"_s, {},
                                         options, &sink);
    QFETCH(bool, readAhead);
    job->setReadAhead(readAhead);
    QSignalSpy finished(job, &ImportJob::finished);
    sms::onFinished(job, this, [&called](ImportJob *job) {
        called = true;
        QVERIFY(job->succeeded());
        QCOMPARE(job->summary().sendable, 2);
        QCOMPARE(job->blankRows(), 1);
        QCOMPARE(job->format(), ImportOptions::Format::Text);
    });
    job->start();
    QVERIFY(finished.wait());
    QVERIFY(called);
    QCOMPARE(sink.rows, 3);
    QCOMPARE(sink.problems.value(u"InvalidParameterValue.IncorrectPhoneNumber"_s), 1);
}

void tst_ImportJob::unreadableFile()
{
    CountingSink sink;
    ImportJob *job = ImportJob::fromFile(m_dir.filePath(u"missing.xlsx"_s), {}, preflightOptions(),
                                         &sink, this);
    QVERIFY(waitFor(job));
    QVERIFY(!job->succeeded());
    QVERIFY(!job->wasCancelled());
    QVERIFY(job->errorString().contains(u"missing.xlsx"_s));
    QCOMPARE(sink.rows, 0);
    delete job;
}

void tst_ImportJob::sinkRefuses()
{
    CountingSink sink;
    sink.refuseAfter = 3;
    ImportJob *job = ImportJob::fromFile(m_million, {}, preflightOptions(), &sink, this);
    job->setChunkSize(500);
    QFETCH(bool, readAhead);
    job->setReadAhead(readAhead);
    QVERIFY(waitFor(job));
    QVERIFY(!job->succeeded());
    QVERIFY(!job->wasCancelled());
    QVERIFY(!job->errorString().isEmpty());
    // The import stopped at the refused chunk: nothing was read past it.
    QCOMPARE(sink.chunks, 4);
    QCOMPARE(sink.largestChunk, 500);
    QCOMPARE(job->summary().rows, 2000);
    delete job;
}

void tst_ImportJob::cancel()
{
    CountingSink sink;
    sink.holdAtSecondChunk = true;
    ImportJob *job = ImportJob::fromFile(m_million, {}, preflightOptions(), &sink, this);
    QFETCH(bool, readAhead);
    job->setReadAhead(readAhead);
    QSignalSpy finished(job, &ImportJob::finished);
    job->start();
    QVERIFY(job->isRunning());
    sink.secondChunk.acquire(); // the worker is inside accept() with the second chunk
    job->cancel();
    sink.resume.release();
    QVERIFY(finished.wait());
    QVERIFY(job->wasCancelled());
    QVERIFY(!job->succeeded());
    QVERIFY(job->errorString().isEmpty());
    QCOMPARE(sink.chunks, 2);
    QCOMPARE(job->summary().rows, 2000);
    delete job;
}

void tst_ImportJob::readAheadGivesTheSameRows()
{
    // Every field of every row the sink gets, blank lines, a short row, a
    // foreign number and a duplicate among them, in chunks of 7.
    QByteArray text = "phone,name,code\n";
    for (int i = 0; i < 3000; ++i) {
        text += (i % 11 == 0 ? "+852 6" : "139")
            + QByteArray::number(i % 2900).rightJustified(7, '0');
        text += i % 13 == 0 ? QByteArray("\n\n") : ",n" + QByteArray::number(i) + ",1234\n";
    }
    const QString path = m_dir.filePath(u"same.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(text) == text.size());
    file.close();

    class KeepingSink : public RecipientSink
    {
    public:
        bool accept(const QList<Recipient> &chunk) override
        {
            for (const Recipient &r : chunk) {
                rows.append(QStringList {QString::number(r.sourceRow), r.input, r.phone,
                                         QString::number(int(r.market)), r.problemCode, r.problem}
                            + r.parameters);
            }
            return true;
        }
        QList<QStringList> rows;
    };
    QList<QList<QStringList>> results;
    QList<qint64> blankRows;
    for (const bool readAhead : {true, false}) {
        KeepingSink sink;
        ImportJob *job = ImportJob::fromFile(path, {}, preflightOptions(), &sink, this);
        job->setReadAhead(readAhead);
        job->setChunkSize(7);
        QVERIFY(waitFor(job));
        QVERIFY(job->succeeded());
        results.append(sink.rows);
        blankRows.append(job->blankRows());
        delete job;
    }
    QCOMPARE(results.at(0).size(), 3000);
    QCOMPARE(results.at(0), results.at(1));
    QCOMPARE(blankRows.at(0), 3000 / 13 + 1);
    QCOMPARE(blankRows.at(0), blankRows.at(1));
}

QTEST_GUILESS_MAIN(tst_ImportJob)
#include "tst_importjob.moc"
