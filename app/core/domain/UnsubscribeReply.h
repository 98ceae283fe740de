// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace sms::domain {

// Whether a reply asks for no more messages. Marketing templates end with
// an instruction such as "reply R to unsubscribe" (拒收请回复R, 回T退订), and
// recipients answer with that word or one of the usual ones. The reply
// must be one of the words alone: trimmed, without case, full-width letters
// read as their ASCII forms, trailing punctuation ignored. A sentence that
// merely contains one ("I'll stop by later") is not an unsubscribe.
class UnsubscribeReply
{
public:
    static bool matches(const QString &replyContent);
    // The words, in their canonical (upper-case) form.
    static const QStringList &keywords();
};

} // namespace sms::domain
