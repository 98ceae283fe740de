// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

#include <optional>

namespace sms::sandbox {

// Faults injected on request, to rehearse what the real network and service
// do on a bad day. Per action (or "*" for all):
//
//   latency=MS            add this much delay before answering
//   error=P:CODE          answer Response.Error CODE with probability P
//   http=STATUS:P         answer with HTTP STATUS (502, 503, ...) with probability P
//   http=STATUS:P:after   the same, but after the request was carried out (a
//                         gateway that lost the service's answer)
//   truncate=P            send only half of the body, then close
//   notjson=P             answer 200 with an HTML page
//   drop=P                carry the request out, then close without answering
//                         ("drop after commit": the send happened, nobody knows)
//
// Spec syntax: "SendSms:latency=200,drop=0.1;*:http=503:0.05". P is 0..1.
// Decisions are drawn from a seeded generator so a run can be repeated.
class FaultPlan
{
public:
    struct Faults
    {
        int latencyMs = 0;
        double errorShare = 0;
        QString errorCode;
        int httpStatus = 0;
        double httpShare = 0;
        bool httpAfterCommit = false;
        double truncateShare = 0;
        double notJsonShare = 0;
        double dropShare = 0;
    };

    enum class Outcome { Normal, Error, HttpStatus, Truncate, NotJson, Drop };

    struct Decision
    {
        Outcome outcome = Outcome::Normal;
        int latencyMs = 0;
        int httpStatus = 0;
        bool afterCommit = false; // HttpStatus only
        QString errorCode;
    };

    FaultPlan();

    bool parse(const QString &spec, QString *error = nullptr);
    void set(const QString &action, const Faults &faults);
    void clear();
    void setSeed(quint32 seed);

    Decision decide(const QString &action);
    bool isEmpty() const;

private:
    mutable QMutex m_mutex;
    QHash<QString, Faults> m_faults;
    quint64 m_state = 0x9E3779B97F4A7C15ull;
    double nextUnit();
};

} // namespace sms::sandbox
