// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/ReviewDesk.h"

#include <QRegularExpression>

namespace sms::sandbox {

ReviewDesk::ReviewDesk(const SandboxSettings &settings)
    : m_settings(settings)
{
}

QString ReviewDesk::rejection(const SignRecord &sign) const
{
    for (const QString &word : m_settings.sensitiveWords) {
        if (sign.name.contains(word, Qt::CaseInsensitive))
            return QStringLiteral("sign.sensitive");
    }
    if (!sign.proofDecodes)
        return QStringLiteral("sign.proof");
    if (sign.signPurpose == 1 && !sign.hasCommissionImage)
        return QStringLiteral("sign.commission");
    static const QRegularExpression vague(QStringLiteral("^(\\d+|[A-Za-z]{1,2})$"));
    if (vague.match(sign.name).hasMatch())
        return QStringLiteral("sign.vague");
    return {};
}

QString ReviewDesk::rejection(const TemplateRecord &templ) const
{
    for (const QString &word : m_settings.sensitiveWords) {
        if (templ.content.contains(word, Qt::CaseInsensitive))
            return QStringLiteral("template.sensitive");
    }
    static const QRegularExpression link(
        QStringLiteral("(https?://|www\\.|\\b[a-z0-9-]+\\.(com|cn|net|cc|top)\\b)"),
        QRegularExpression::CaseInsensitiveOption);
    if (link.match(templ.content).hasMatch())
        return QStringLiteral("template.link");
    if (templ.smsType == 1) {
        static const QRegularExpression variable(QStringLiteral("\\{\\d+\\}"));
        QString fixed = templ.content;
        fixed.remove(variable);
        const qsizetype variables = templ.content.count(variable);
        if (variables > 0 && fixed.trimmed().size() < variables * 4)
            return QStringLiteral("template.blank");
    }
    return {};
}

QString ReviewDesk::replyText(const QString &reason, const RequestContext &ctx)
{
    // What the reviewer answers to each rejection key.
    static const struct
    {
        const char *reason;
        const char *reply;
    } replies[] = {
        {"sign.sensitive",
         QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                           "The signature contains a prohibited word. Choose a name that "
                           "identifies your company, app or brand.")},
        {"sign.proof",
         QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                           "The proof document could not be opened. Upload a clear JPG or PNG "
                           "scan of the licence.")},
        {"sign.commission",
         QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                           "A signature used for another party needs that party's signed "
                           "authorization letter.")},
        {"sign.vague",
         QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                           "The signature does not identify a company, app or brand. Use its "
                           "full or widely known short name.")},
        {"template.sensitive",
         QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                           "The template contains a prohibited word. Remove it and submit "
                           "again.")},
        {"template.link",
         QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                           "Links in templates must be filed first. Remove the link or file the "
                           "domain, then submit again.")},
        {"template.blank",
         QT_TRANSLATE_NOOP("sms::sandbox::Messages",
                           "Too much of the template is variable. Write the fixed text so a "
                           "reader knows who sends it and why.")},
    };
    for (const auto &entry : replies) {
        if (reason == QLatin1String(entry.reason))
            return ctx.text(entry.reply);
    }
    return {};
}

} // namespace sms::sandbox
