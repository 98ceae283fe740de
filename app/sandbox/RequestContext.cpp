// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/RequestContext.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QTranslator>

#include <mutex>

namespace sms::sandbox {

namespace {
const QTranslator *chineseTranslator()
{
    static QTranslator translator;
    static std::once_flag once;
    std::call_once(once, [] {
        if (!translator.load(QStringLiteral(":/i18n/smsconsole_zh_CN.qm")))
            qCWarning(lcSandbox) << "Chinese messages are not available";
    });
    return &translator;
}
} // namespace

QString RequestContext::text(const char *source) const
{
    if (chinese()) {
        const QString translated = chineseTranslator()->translate("sms::sandbox::Messages", source);
        if (!translated.isEmpty())
            return translated;
    }
    return QString::fromUtf8(source);
}

} // namespace sms::sandbox
