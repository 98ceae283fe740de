// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <optional>

namespace sms::api {
class ApiClient;
}

namespace sms::session {

// Keeps the session's signing clock in step with the service's. The service
// refuses requests signed more than five minutes off
// (AuthFailure.SignatureExpire), and a computer's clock is often wrong
// without its owner knowing.
//
// Every response's Date header is compared with the signing clock by the
// client. A skew of more than a minute is kept as pending until the
// operator decides: correct() signs with the service's time from then on
// (this session), dismiss() leaves it. Corrections are relative to what was
// measured, so two buttons for the same skew never correct twice.
class ClockCorrection : public QObject
{
    Q_OBJECT

public:
    // Below this the service does not care and neither should the operator.
    static constexpr qint64 kThresholdSeconds = 60;

    explicit ClockCorrection(api::ApiClient *client, QObject *parent = nullptr);

    // Seconds added to this computer's clock when signing.
    qint64 offset() const;
    // A measured skew not corrected yet (server minus signing clock).
    std::optional<qint64> pendingSkew() const { return m_pending; }

    // Starts from a known offset (a profile's remembered one, or 0) and
    // forgets anything pending: a new profile, a new start.
    void setOffset(qint64 seconds);
    // Signs with the corrected time from now on. relativeSeconds is what an
    // error measured; a pending skew, when there is one, wins. Returns false
    // when nothing needed correcting.
    bool correct(qint64 relativeSeconds);
    bool correctPending();
    void dismiss();

Q_SIGNALS:
    void changed();

private:
    void onSkew(qint64 offsetSeconds);

    api::ApiClient *m_client;
    std::optional<qint64> m_pending;
};

} // namespace sms::session
