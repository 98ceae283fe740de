#pragma once

#include "api/ApiError.h"

#include <QObject>
#include <QStringList>
#include <QTextStream>

namespace sms::api {
class ApiCall;
class ApiClient;
} // namespace sms::api

namespace sms::cli {

// The smsctl command line: parses the arguments, runs one command
// asynchronously and ends the event loop with the documented exit code.
//
//   0 success · 2 usage or configuration · 3 service error (including numbers
//   a send refused) · 4 network, TLS, timeout or protocol error
class SmsCtl : public QObject
{
    Q_OBJECT

public:
    enum ExitCode { Success = 0, Usage = 2, ServiceFailure = 3, TransportFailure = 4 };

    explicit SmsCtl(QObject *parent = nullptr);

    // Returns -1 when the command runs asynchronously (the exit code then goes
    // to QCoreApplication::exit), or the exit code when it finished at once.
    int run(const QStringList &arguments);

private:
    int runCall(const QString &action, const QString &payloadArgument);
    void onCallFinished(api::ApiCall *call);
    int usageError(const QString &message);
    static int exitCodeFor(const api::ApiError &error);

    api::ApiClient *m_client = nullptr;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace sms::cli
