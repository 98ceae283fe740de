// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the campaign kill tests share, whoever sends (smsctl, or the
// Campaigns page in a child process): the recipient list, and the
// sandbox's own record of what it accepted, which is the judge of "no
// duplicate and no loss".

#include <QString>
#include <QStringList>

namespace sms::sandbox {
struct SandboxState;
}

namespace killtest {

// The mobile number of recipient i: +86 137 1xxx xxxx, all distinct, and
// none of the sandbox demo account's (+86 139...).
QString phone(int i);

// A CSV with a header row and count recipients, each with these
// parameters; false when it cannot be written.
bool writeRecipients(const QString &path, int count, const QStringList &parameters);

// How many numbers the sandbox accepted so far, repeats included.
int acceptedSends(const sms::sandbox::SandboxState &state);

// Empty when each of the count recipients was accepted exactly once;
// otherwise what is wrong (the first few), for a failure message.
QString acceptedExactlyOnce(const sms::sandbox::SandboxState &state, int count);

// Reads a sandbox's state file (the sandbox must have stopped); empty
// error when it could be read.
bool loadState(const QString &path, sms::sandbox::SandboxState &state, QString *error);

} // namespace killtest
