// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "errors/ErrorCategory.h"
#include "errors/GuidanceAction.h"
#include "errors/RetryAdvice.h"

#include <array>

namespace sms::errors {

// One row of the error catalog. The texts are English source strings marked
// for translation; ErrorCatalog translates them when they are looked up, so a
// language switch at runtime needs no rebuild of the table.
struct ErrorEntry
{
    const char *code;      // the key, spelled exactly as the service sends it
    ErrorCategory category;
    RetryAdvice retry;
    int retrySeconds;      // only for RetryAdvice::AfterSeconds
    GuidanceActions actions;
    const char *title;     // a few words
    const char *meaning;   // what happened, in plain words
    std::array<const char *, 4> steps; // what to do now; unused slots are nullptr
};

} // namespace sms::errors
