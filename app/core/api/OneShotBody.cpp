// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/OneShotBody.h"

#include <cstring>

namespace sms::api {

OneShotBody::OneShotBody(const QByteArray &data, QObject *parent)
    : QIODevice(parent)
    , m_data(data)
{
    open(QIODevice::ReadOnly);
}

bool OneShotBody::seek(qint64 pos)
{
    // Moving to where we already are is harmless; going back after the bytes
    // were handed to the socket would allow a second send.
    if (pos == QIODevice::pos())
        return QIODevice::seek(pos);
    if (m_handedOut) {
        m_resendRefused = true;
        return false;
    }
    return QIODevice::seek(pos);
}

qint64 OneShotBody::readData(char *data, qint64 maxSize)
{
    const qint64 offset = pos();
    const qint64 n = std::min<qint64>(maxSize, m_data.size() - offset);
    if (n <= 0)
        return 0;
    std::memcpy(data, m_data.constData() + offset, size_t(n));
    m_handedOut = true;
    return n;
}

} // namespace sms::api
