// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace sms::errors {

// What an error is about, from the operator's point of view. The dialog and
// the command line show it as a heading; the grouped view sorts by it.
enum class ErrorCategory {
    Authentication, // key, token, signature of the request
    Clock,          // this computer's time differs from the service's
    Permissions,    // access policies, allow lists, account rights
    RateQuota,      // frequency limits, daily limits, request rates
    Signature,      // SMS signatures (the 【name】 in front of a message)
    Template,       // SMS templates, their content and parameters
    Parameters,     // malformed or out-of-range request fields
    PhoneNumber,    // the destination numbers
    AccountBilling, // packages, arrears, account verification
    Service,        // faults and refusals inside the service
    NetworkClient,  // everything detected on this computer: DNS, TLS, timeouts
};

} // namespace sms::errors
