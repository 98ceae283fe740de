#pragma once

#include <QJsonObject>
#include <QString>

namespace sms::domain {

// DeleteSmsSign: removes a signature for good.
struct DeleteSmsSignRequest
{
    static constexpr auto action = "DeleteSmsSign";

    qint64 signId = 0;

    QJsonObject toJson() const;

    friend bool operator==(const DeleteSmsSignRequest &, const DeleteSmsSignRequest &) = default;
};

struct DeleteSignStatus
{
    QString deleteStatus; // the service's own wording, e.g. "return successfully"
    qint64 deleteTime = 0; // unix seconds

    static DeleteSignStatus fromJson(const QJsonObject &object);

    friend bool operator==(const DeleteSignStatus &, const DeleteSignStatus &) = default;
};

struct DeleteSmsSignResult
{
    DeleteSignStatus deleteSignStatus;
    QString requestId;

    static DeleteSmsSignResult fromJson(const QJsonObject &response);

    friend bool operator==(const DeleteSmsSignResult &, const DeleteSmsSignResult &) = default;
};

} // namespace sms::domain
