// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace sms::errors {

// Whether sending the same request again can help, and when.
enum class RetryAdvice {
    Never,          // the same request fails the same way every time
    AfterFixing,    // fix the cause first (settings, template, rows)
    AfterSeconds,   // temporary: wait ErrorEntry::retrySeconds, then retry
    NextDayBeijing, // a daily counter: it resets at 00:00 Beijing time (UTC+8)
    MarketingHours, // marketing SMS go out only 08:00-22:00 Beijing time
    CheckFirst,     // the request may have been carried out: check records first
    Support,        // only the provider's support can lift the cause
    Anytime,        // nothing is wrong with the request (e.g. it was cancelled)
};

} // namespace sms::errors
