// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/FaultPlan.h"

namespace sms::sandbox {

FaultPlan::FaultPlan() = default;

void FaultPlan::setSeed(quint32 seed)
{
    QMutexLocker lock(&m_mutex);
    m_state = 0x9E3779B97F4A7C15ull ^ seed;
}

double FaultPlan::nextUnit()
{
    // splitmix64: tiny, seedable, good enough to pick faults.
    quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    z ^= z >> 31;
    return double(z >> 11) / double(1ull << 53);
}

void FaultPlan::set(const QString &action, const Faults &faults)
{
    QMutexLocker lock(&m_mutex);
    m_faults.insert(action, faults);
}

void FaultPlan::clear()
{
    QMutexLocker lock(&m_mutex);
    m_faults.clear();
}

bool FaultPlan::isEmpty() const
{
    QMutexLocker lock(&m_mutex);
    return m_faults.isEmpty();
}

bool FaultPlan::parse(const QString &spec, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    QHash<QString, Faults> parsed;
    const QStringList groups = spec.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &group : groups) {
        const int colon = group.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            return fail(QStringLiteral("expected ACTION:key=value in \"%1\"").arg(group));
        const QString action = group.left(colon).trimmed();
        if (action.isEmpty())
            return fail(QStringLiteral("expected ACTION:key=value in \"%1\"").arg(group));
        Faults f = parsed.value(action);
        for (const QString &item : group.mid(colon + 1).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const int eq = item.indexOf(QLatin1Char('='));
            if (eq <= 0)
                return fail(QStringLiteral("expected key=value in \"%1\"").arg(item));
            const QString key = item.left(eq).trimmed();
            const QStringList value = item.mid(eq + 1).trimmed().split(QLatin1Char(':'));
            bool ok = true;
            auto share = [&ok](const QString &text) {
                const double p = text.toDouble(&ok);
                ok = ok && p >= 0 && p <= 1;
                return p;
            };
            if (key == QLatin1String("latency")) {
                f.latencyMs = value.first().toInt(&ok);
                ok = ok && value.size() == 1 && f.latencyMs >= 0;
            } else if (key == QLatin1String("error")) {
                if (value.size() != 2 || value.at(1).trimmed().isEmpty())
                    return fail(QStringLiteral("expected error=P:CODE in \"%1\"").arg(item));
                f.errorShare = share(value.at(0));
                f.errorCode = value.at(1).trimmed();
            } else if (key == QLatin1String("http")) {
                const bool after = value.size() == 3 && value.at(2) == QLatin1String("after");
                if (value.size() != 2 && !after)
                    return fail(QStringLiteral("expected http=STATUS:P or http=STATUS:P:after in \"%1\"")
                                    .arg(item));
                f.httpAfterCommit = after;
                f.httpStatus = value.at(0).toInt(&ok);
                // Only an error status is a fault; a 200 would be an answer.
                ok = ok && f.httpStatus >= 400 && f.httpStatus <= 599;
                if (ok)
                    f.httpShare = share(value.at(1));
            } else if (key == QLatin1String("truncate")) {
                f.truncateShare = share(value.first());
            } else if (key == QLatin1String("notjson")) {
                f.notJsonShare = share(value.first());
            } else if (key == QLatin1String("drop")) {
                f.dropShare = share(value.first());
            } else {
                return fail(QStringLiteral("unknown fault \"%1\"").arg(item));
            }
            if (!ok)
                return fail(QStringLiteral("bad value in \"%1\"").arg(item));
        }
        // One draw picks at most one fault: the shares must fit into 1.
        const double total = f.errorShare + f.httpShare + f.truncateShare + f.notJsonShare + f.dropShare;
        if (total > 1.0 + 1e-9)
            return fail(QStringLiteral("the shares for %1 add up to more than 1").arg(action));
        parsed.insert(action, f);
    }
    QMutexLocker lock(&m_mutex);
    m_faults = parsed;
    return true;
}

FaultPlan::Decision FaultPlan::decide(const QString &action)
{
    QMutexLocker lock(&m_mutex);
    Decision d;
    const auto it = m_faults.constFind(action);
    const Faults *f = it != m_faults.constEnd() ? &it.value() : nullptr;
    if (!f) {
        const auto any = m_faults.constFind(QStringLiteral("*"));
        if (any == m_faults.constEnd())
            return d;
        f = &any.value();
    }
    d.latencyMs = f->latencyMs;
    // One draw picks at most one fault, so shares add up like a histogram.
    const double r = nextUnit();
    double edge = 0;
    if (r < (edge += f->errorShare)) {
        d.outcome = Outcome::Error;
        d.errorCode = f->errorCode;
    } else if (r < (edge += f->httpShare)) {
        d.outcome = Outcome::HttpStatus;
        d.httpStatus = f->httpStatus;
        d.afterCommit = f->httpAfterCommit;
    } else if (r < (edge += f->truncateShare)) {
        d.outcome = Outcome::Truncate;
    } else if (r < (edge += f->notJsonShare)) {
        d.outcome = Outcome::NotJson;
    } else if (r < (edge += f->dropShare)) {
        d.outcome = Outcome::Drop;
    }
    return d;
}

} // namespace sms::sandbox
