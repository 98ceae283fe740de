// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/SignApplication.h"
#include "review/CheckProblem.h"
#include "review/SignatureRecord.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace sms::review {

// What the service refuses in a signature application (AddSmsSign,
// ModifySmsSign), found before anything is sent. Pure functions: no I/O, no
// state; the images in the application are decoded in memory.
//
// The rules, each answered with the service's code:
//   SignName       2 to 12 characters after trimming (SignNameLengthTooLong
//                  beyond 12), only Chinese characters, Latin letters and
//                  digits (InvalidParameterValue)
//   International  0 or 1 (InvalidParameterValue.InvalidInternational)
//   SignPurpose    0 own use or 1 for another party (InvalidSignPurpose);
//                  for another party an authorization letter
//                  (CommissionImage) is required, for own use none is sent
//   SignType       0 company, 4 trademark, 5 government or other
//                  institution, 1 app for international only
//                  (InvalidParameterValue)
//   DocumentType   what proves that type: company 0 or 1, app 0 to 4,
//                  trademark 7, institution 2 or 3; never 4 (app screenshot)
//                  for mainland China (InvalidDocumentType)
//   images         bare base64 (no "data:" prefix) of a JPG or PNG that
//                  decodes, both together within maxImageFileBytes()
//                  (ImageInvalid); the whole request within 1 MiB
//                  (RequestSizeLimitExceeded)
//   QualificationId  required for mainland China (MissingParameter)
// and, against the signatures a store knows: no second application for a
// name of the same market that is under review (SignExistAndUnapproved) or
// approved (InvalidParameterValue), and no modification of an approved
// signature (SignAlreadyPassedCheck) or of its market (InvalidInternational).
class SignatureChecks
{
    Q_DECLARE_TR_FUNCTIONS(sms::review::SignatureChecks)

public:
    // Every rule of the application on its own: checkFields() and
    // checkImages().
    static CheckProblems check(const domain::SignApplication &application);
    // The rules that are cheap enough to run on every keystroke: all but
    // decoding the images (their base64 and size are checked).
    static CheckProblems checkFields(const domain::SignApplication &application);
    // Whether the proof and commission images decode as JPG or PNG; run it
    // when an image is chosen, not per keystroke.
    static CheckProblems checkImages(const domain::SignApplication &application);

    // The rules against the signatures a store holds (known): the name
    // already under review or approved in this market and, for a
    // modification of existing, a signature past review or another market.
    // Cheap: with checkFields(), what a form runs on every keystroke.
    static CheckProblems checkAgainst(const domain::SignApplication &application,
                                      const QList<SignatureRecord> &known,
                                      const SignatureRecord *existing = nullptr);
    // Everything before an add or a modification: check() and
    // checkAgainst(). What the stores run.
    static CheckProblems checkAdd(const domain::SignApplication &application,
                                  const QList<SignatureRecord> &known);
    static CheckProblems checkModify(const domain::SignApplication &application,
                                     const SignatureRecord &existing,
                                     const QList<SignatureRecord> &known);
    // Why existing cannot be modified at all (it passed review), for a
    // disabled "Modify" button's text; nothing when it can.
    static std::optional<CheckProblem> modifyBlocker(const SignatureRecord &existing);

    // The name as it is sent and checked: the service trims it.
    static QString normalizedName(const QString &name) { return name.trimmed(); }

    // The SignType codes accepted for a market (0 mainland China, 1
    // international), and the DocumentType codes that prove a SignType
    // there: what a form offers.
    static QList<qint64> signTypes(qint64 international);
    static QList<qint64> documentTypes(qint64 signType, qint64 international);

    // The largest request the service reads, and what that leaves for the
    // images: their files together (before base64, which adds a third).
    static constexpr qint64 maxRequestBytes() { return 1024 * 1024; }
    static constexpr qint64 maxImageBase64Chars() { return maxRequestBytes() - 64 * 1024; }
    static constexpr qint64 maxImageFileBytes() { return maxImageBase64Chars() / 4 * 3; }

    // An image file as the API takes it: bare base64.
    static QString encodeImage(const QByteArray &file);
};

} // namespace sms::review
