// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace sms::review {

// The two kinds of record that go through the service's manual review.
enum class ReviewKind {
    Signature,
    Template,
};

} // namespace sms::review
