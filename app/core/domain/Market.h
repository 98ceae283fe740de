// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/JsonFields.h"

namespace sms::domain {

// Which numbers a signature or template is for: the API's "International"
// field. Templates may also be for both (3); signatures never are.
enum class Market {
    Domestic = 0, // Chinese mainland
    International = 1, // international and Hong Kong, Macao, Taiwan
    Both = 3, // templates only
    Unknown = -1, // a code this client does not know (raw value kept beside it)
};

constexpr Market marketFromCode(qint64 code)
{
    return json::enumFromCode(code, {Market::Domestic, Market::International, Market::Both},
                              Market::Unknown);
}

// For request fields; Unknown has no code and must not be sent.
constexpr qint64 marketCode(Market market)
{
    return qint64(market);
}

} // namespace sms::domain
