// SPDX-License-Identifier: GPL-3.0-or-later
// TemplateModel over a TemplateStore backed by a real sandbox, watched by
// QAbstractItemModelTester through a load, an add, a refresh and a delete:
// the rows, the record role, the status chip's tone and the sort role.

#include "ReviewTestSession.h"
#include "SandboxHarness.h"
#include "review/ReviewTexts.h"
#include "review/TemplateStore.h"
#include "templates/TemplateModel.h"
#include "widgets/StatusChipDelegate.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace sms;
using review::ReviewStore;
using ui::TemplateModel;

class tst_TemplateModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsTheStore()
    {
        QTemporaryDir dir;
        sandboxtest::Harness harness;
        harness.addStandardFixtures();
        const qint64 rejected = harness.addTemplate(QStringLiteral("您好{1}，活动已开始。"), 2, 0,
                                                    sandbox::ReviewStatusCode::Rejected);
        harness.state().templates[rejected].rejectReason = QStringLiteral("template.blank");
        ReviewTestSession session(harness.api());
        review::TemplateStore store(session, {ReviewStore::Loading::OnRequest, dir.path()});
        TemplateModel model(store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);

        QVERIFY(waitFor(store.load()).succeeded());
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.columnCount(), int(TemplateModel::ColumnCount));

        const int codeRow = model.rowOf(harness.domesticCode);
        QVERIFY(codeRow >= 0);
        const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
            return model.data(model.index(row, column), role);
        };
        QCOMPARE(cell(codeRow, TemplateModel::Content).toString(),
                 QStringLiteral("您的验证码为{1}，5分钟内有效。"));
        QCOMPARE(cell(codeRow, TemplateModel::Status).toString(),
                 review::ReviewTexts::statusText(domain::ReviewStatus::Approved));
        QCOMPARE(cell(codeRow, TemplateModel::Status, ui::StatusChipDelegate::ToneRole).toInt(),
                 int(ui::StatusPalette::Tone::Positive));
        // Only the status column is a chip.
        QVERIFY(!cell(codeRow, TemplateModel::Name, ui::StatusChipDelegate::ToneRole).isValid());
        QCOMPARE(cell(codeRow, TemplateModel::Id, TemplateModel::SortRole).toLongLong(),
                 harness.domesticCode);
        const auto record = cell(codeRow, TemplateModel::Name, TemplateModel::RecordRole)
                                .value<review::TemplateRecord>();
        QCOMPARE(record.id(), harness.domesticCode);

        const int rejectedRow = model.rowOf(rejected);
        QCOMPARE(cell(rejectedRow, TemplateModel::Status, ui::StatusChipDelegate::ToneRole).toInt(),
                 int(ui::StatusPalette::Tone::Error));
        const QString reply = cell(rejectedRow, TemplateModel::Reply).toString();
        QVERIFY(!reply.isEmpty());
        QVERIFY(cell(rejectedRow, TemplateModel::Reply, Qt::ToolTipRole)
                    .toString()
                    .contains(reply.toHtmlEscaped()));

        // Added: a row under review, whose type this console knows.
        domain::TemplateApplication a;
        a.templateName = QStringLiteral("发货");
        a.templateContent = QStringLiteral("订单{1}已发货。");
        a.smsType = domain::smsTypeCode(domain::SmsType::Notification);
        a.remark = QStringLiteral("Shipping");
        const JobOutcome added = waitFor(store.add(a));
        QVERIFY(added.succeeded());
        QTRY_VERIFY(!store.isBusy());
        const int addedRow = model.rowOf(added.id);
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(cell(addedRow, TemplateModel::Type).toString(),
                 review::ReviewTexts::smsTypeText(a.smsType));
        QCOMPARE(cell(addedRow, TemplateModel::Status, ui::StatusChipDelegate::ToneRole).toInt(),
                 int(ui::StatusPalette::Tone::Information));

        QVERIFY(waitFor(store.remove(harness.domesticNotice)).succeeded());
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.rowOf(harness.domesticNotice), -1);
    }
};

QTEST_MAIN(tst_TemplateModel)
#include "tst_templatemodel.moc"
