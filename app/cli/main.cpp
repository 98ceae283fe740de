// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/SmsCtl.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("smsctl"));
    QCoreApplication::setOrganizationName(QStringLiteral("SmsConsole"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SMS_VERSION));

    sms::cli::SmsCtl ctl;
    const int immediate = ctl.run(QCoreApplication::arguments());
    if (immediate >= 0)
        return immediate;
    return QCoreApplication::exec();
}
