// SPDX-License-Identifier: GPL-3.0-or-later
#include "errors/ErrorGroups.h"

#include "api/ApiError.h"

#include <QHash>

#include <algorithm>

namespace sms::errors {

namespace {
class Grouper
{
public:
    void add(const QString &code, const QString &number, const QString &message,
             const QString &requestId)
    {
        auto it = m_positions.constFind(code);
        if (it == m_positions.constEnd()) {
            it = m_positions.insert(code, m_groups.size());
            ErrorGroup group;
            group.code = code;
            m_groups.append(group);
        }
        ErrorGroup &group = m_groups[*it];
        ++group.count;
        if (!number.isEmpty())
            group.numbers.append(number);
        if (group.message.isEmpty())
            group.message = message;
        if (group.requestId.isEmpty())
            group.requestId = requestId;
    }

    ErrorGroupList take()
    {
        std::stable_sort(m_groups.begin(), m_groups.end(),
                         [](const ErrorGroup &a, const ErrorGroup &b) {
                             if (a.count != b.count)
                                 return a.count > b.count;
                             return a.code < b.code;
                         });
        return std::move(m_groups);
    }

private:
    QHash<QString, qsizetype> m_positions;
    ErrorGroupList m_groups;
};
} // namespace

ErrorGroupList ErrorGroups::groupByCode(const domain::NumberFailures &failures,
                                        const QString &requestId)
{
    Grouper grouper;
    for (const auto &failure : failures)
        grouper.add(failure.code, failure.phoneNumber, failure.message, requestId);
    return grouper.take();
}

ErrorGroupList ErrorGroups::groupByCode(const QList<api::ApiError> &errors)
{
    Grouper grouper;
    for (const auto &error : errors) {
        if (!error.isError())
            continue;
        if (!error.numberFailures().isEmpty()) {
            for (const auto &failure : error.numberFailures())
                grouper.add(failure.code, failure.phoneNumber, failure.message,
                            error.requestId());
        } else {
            grouper.add(error.code(), QString(), error.message(), error.requestId());
        }
    }
    return grouper.take();
}

int ErrorGroups::totalCount(const ErrorGroupList &groups)
{
    int total = 0;
    for (const auto &group : groups)
        total += group.count;
    return total;
}

} // namespace sms::errors
