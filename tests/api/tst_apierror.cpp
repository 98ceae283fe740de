// SPDX-License-Identifier: GPL-3.0-or-later
// ApiError's factories and the words for its kinds.

#include "api/ApiError.h"

#include <QSet>
#include <QTest>
#include <QTranslator>

using namespace sms::api;
using K = ApiError::Kind;

namespace {
const QList<K> kAllKinds
    = {K::None,     K::Configuration, K::Network,        K::Tls,      K::Timeout, K::HttpStatus,
       K::Protocol, K::Service,       K::PartialFailure, K::Cancelled, K::LocalCheck};

// Marks every text it is asked for, so a test can see what went through
// translation and under which context.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char * = nullptr,
                      int = -1) const override
    {
        if (qstrcmp(context, "sms::api::ApiError") != 0)
            return {};
        return QStringLiteral("<%1>").arg(QString::fromUtf8(sourceText));
    }
    bool isEmpty() const override { return false; }
};
} // namespace

class tst_ApiError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clientFactory()
    {
        const ApiError error
            = ApiError::client(K::Network, ClientCode::DnsFailure, QStringLiteral("no such host"));
        QCOMPARE(error.kind(), K::Network);
        QCOMPARE(error.code(), QStringLiteral("ClientError.DnsFailure"));
        QCOMPARE(error.message(), QStringLiteral("no such host"));
        QVERIFY(error.isError());
        QVERIFY(!error.outcomeUnknown());

        const ApiError service = ApiError::service(
            QStringLiteral("LimitExceeded.DeliveryFrequencyLimit"), QStringLiteral("too often"));
        QCOMPARE(service.kind(), K::Service);
    }

    void cancelled()
    {
        const ApiError error = ApiError::cancelled();
        QCOMPARE(error.kind(), K::Cancelled);
        QCOMPARE(error.code(), QLatin1String(ClientCode::Cancelled));
        QCOMPARE(error.message(), QStringLiteral("The request was cancelled."));
    }

    void kindNamesAreStableIds()
    {
        QSet<QString> ids;
        for (K kind : kAllKinds)
            ids.insert(ApiError::kindName(kind));
        QCOMPARE(ids.size(), kAllKinds.size());
        QCOMPARE(ApiError::kindName(K::Network), QStringLiteral("network"));
        QCOMPARE(ApiError::kindName(K::HttpStatus), QStringLiteral("http"));
        QCOMPARE(ApiError::kindName(K::PartialFailure), QStringLiteral("partial"));
    }

    void kindTextIsTranslated()
    {
        QCOMPARE(ApiError::kindText(K::Network), QStringLiteral("network"));
        MarkingTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        QSet<QString> texts;
        for (K kind : kAllKinds) {
            const QString text = ApiError::kindText(kind);
            QVERIFY2(text.startsWith(u'<') && text.endsWith(u'>'), qPrintable(text));
            texts.insert(text);
            // The id stays as it is, whatever the language.
            QVERIFY(!ApiError::kindName(kind).startsWith(u'<'));
        }
        QCOMPARE(ApiError::kindText(K::Network), QStringLiteral("<network>"));
        QCOMPARE(ApiError::cancelled().message(), QStringLiteral("<The request was cancelled.>"));
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(texts.size(), kAllKinds.size());
    }
};

QTEST_GUILESS_MAIN(tst_ApiError)
#include "tst_apierror.moc"
