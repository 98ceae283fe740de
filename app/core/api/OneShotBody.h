// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>

namespace sms::api {

// The request body of an action that must never be sent twice.
//
// QNetworkAccessManager silently re-sends a request when the server closes a
// connection after the request went out but before any answer (it rewinds the
// upload device and tries again, up to twice). For SendSms that is a second
// campaign batch nobody asked for. This device can be read once and refuses
// to rewind afterwards, so Qt reports ContentReSendError instead, and the call
// is recorded as "outcome unknown" to be reconciled.
class OneShotBody : public QIODevice
{
    Q_OBJECT

public:
    explicit OneShotBody(const QByteArray &data, QObject *parent = nullptr);

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_data.size(); }
    bool seek(qint64 pos) override;
    bool reset() override { return seek(0); }
    bool atEnd() const override { return pos() >= m_data.size(); }

    // True once Qt asked to rewind after the body had been handed out.
    bool resendRefused() const { return m_resendRefused; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    bool m_handedOut = false;
    bool m_resendRefused = false;
};

} // namespace sms::api
