// SPDX-License-Identifier: GPL-3.0-or-later
#include "CampaignKillSupport.h"

#include "sandbox/SandboxState.h"
#include "sandbox/SandboxStore.h"

#include <QFile>

namespace killtest {

QString phone(int i)
{
    return QStringLiteral("+86137%1").arg(10000000 + i, 8, 10, QLatin1Char('0'));
}

bool writeRecipients(const QString &path, int count, const QStringList &parameters)
{
    QFile csv(path);
    if (!csv.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QByteArray header = "phone";
    for (qsizetype p = 0; p < parameters.size(); ++p)
        header += ",p" + QByteArray::number(p + 1);
    csv.write(header + '\n');
    const QByteArray cells
        = parameters.isEmpty() ? QByteArray() : ',' + parameters.join(u',').toUtf8();
    for (int i = 0; i < count; ++i) {
        // As spreadsheets hold them: without the country code.
        if (csv.write(phone(i).mid(3).toLatin1() + cells + '\n') < 0)
            return false;
    }
    return csv.flush();
}

int acceptedSends(const sms::sandbox::SandboxState &state)
{
    int accepted = 0;
    for (const auto &send : state.sends)
        accepted += send.requestCode == QLatin1String("Ok");
    return accepted;
}

QString acceptedExactlyOnce(const sms::sandbox::SandboxState &state, int count)
{
    QStringList problems;
    for (int i = 0; i < count && problems.size() < 10; ++i) {
        int accepted = 0;
        for (const int index : state.sendsByPhone.value(phone(i)))
            accepted += state.sends.at(index).requestCode == QLatin1String("Ok");
        if (accepted != 1)
            problems << QStringLiteral("%1 accepted %2 times").arg(phone(i)).arg(accepted);
    }
    // Nothing past the list either.
    if (state.sendsByPhone.contains(phone(count)))
        problems << QStringLiteral("%1 was sent, and is not in the list").arg(phone(count));
    return problems.join(QStringLiteral("; "));
}

bool loadState(const QString &path, sms::sandbox::SandboxState &state, QString *error)
{
    sms::sandbox::SandboxStore store;
    return store.open(path, {}, error) && store.load(state, error);
}

} // namespace killtest
