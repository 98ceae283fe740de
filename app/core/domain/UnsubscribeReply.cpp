// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/UnsubscribeReply.h"

namespace sms::domain {

const QStringList &UnsubscribeReply::keywords()
{
    // Latin words compared upper-case; the Chinese ones are what recipients
    // write for "unsubscribe", "refuse" and "cancel".
    static const QStringList words = {
        QStringLiteral("R"),           QStringLiteral("T"),      QStringLiteral("TD"),
        QStringLiteral("N"),           QStringLiteral("STOP"),   QStringLiteral("STOPALL"),
        QStringLiteral("UNSUBSCRIBE"), QStringLiteral("CANCEL"), QStringLiteral("QUIT"),
        QStringLiteral("END"),         QStringLiteral("退订"),   QStringLiteral("拒收"),
        QStringLiteral("取消"),        QStringLiteral("退定"),
    };
    return words;
}

bool UnsubscribeReply::matches(const QString &replyContent)
{
    // NFKC turns full-width letters (ＴＤ) and ideographic spaces into their
    // plain forms.
    QString text = replyContent.normalized(QString::NormalizationForm_KC).trimmed();
    while (!text.isEmpty() && (text.back().isPunct() || text.back().isSpace()))
        text.chop(1);
    return keywords().contains(text.toUpper());
}

} // namespace sms::domain
