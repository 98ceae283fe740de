// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <qt6keychain/keychain.h>

#include <QString>

namespace sms::credentials::detail {

// Internal to SecretStore (and its tests): how a QtKeychain failure becomes
// one of the "ClientError.Keychain*" codes of the error catalog.
//
// QtKeychain reports a missing or unreachable Secret Service as OtherError
// (libsecret passes D-Bus errors through), so whether the keychain is there
// at all has to be asked separately: secretServiceReachable.
QString keychainErrorCode(QKeychain::Error error, bool secretServiceReachable);

// True when a session bus is connected and a keychain service (Secret
// Service, KWallet) is running on it or can be started by it. Always true on
// platforms whose keychain does not go through D-Bus. Blocks for a D-Bus round
// trip: call it only on the error path.
bool secretServiceReachable();

} // namespace sms::credentials::detail
