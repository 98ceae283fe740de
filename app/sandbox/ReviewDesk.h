// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/RequestContext.h"
#include "sandbox/SandboxRecords.h"
#include "sandbox/SandboxSettings.h"

namespace sms::sandbox {

// Decides signature and template reviews by fixed, documented rules that
// mirror the reasons real reviewers give, so an operator can rehearse a
// rejection and its fix:
//
// Signatures are rejected when
//   - the name contains a word from SandboxSettings::sensitiveWords,
//   - the proof image does not decode as an image,
//   - it is for a third party (SignPurpose 1) without an authorization letter,
//   - the name is only digits or only Latin letters shorter than 3 (too vague
//     to identify a company, app or brand).
// Templates are rejected when
//   - the content contains a sensitive word,
//   - the content carries a link (the service wants links filed separately),
//   - a marketing template's variables outnumber its fixed text (a "blank"
//     template that could say anything).
// Everything else is approved. The decision is made when the review delay
// has passed, on the next request that looks.
class ReviewDesk
{
public:
    explicit ReviewDesk(const SandboxSettings &settings);

    // The rejection key (see replyText) of a record under review, empty when
    // it is approved.
    QString rejection(const SignRecord &sign) const;
    QString rejection(const TemplateRecord &templ) const;

    // The reviewer's reply for a rejection key, in the request's language.
    static QString replyText(const QString &reason, const RequestContext &ctx);

private:
    const SandboxSettings &m_settings;
};

} // namespace sms::sandbox
