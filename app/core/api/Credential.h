// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace sms::api {

// An API key pair. Lives in memory only: it comes from the keychain or the
// environment and is never written anywhere by this class. There is no
// QDebug operator on purpose.
struct Credential
{
    QString secretId;
    QString secretKey;
    // Session token for temporary (STS) credentials; empty otherwise.
    QString token;

    bool isComplete() const { return !secretId.isEmpty() && !secretKey.isEmpty(); }
};

} // namespace sms::api
