// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/SignApplication.h"
#include "review/RecordStore.h"
#include "review/SignatureChecks.h"
#include "review/SignatureRecord.h"

namespace sms::review {

// Every signature of the session's account, domestic and international,
// for the signatures page and `smsctl sign`: see RecordStore for add,
// modify, remove and the records, ReviewStore for loading, refreshing and
// the signals. Applications are checked by SignatureChecks before they are
// sent, and what this console submitted (type, proof document, purpose) is
// remembered per profile, since the service's list does not return it.
//
//     auto *store = new SignatureStore(session, {}, this);
//     connect(store, &ReviewStore::changed, model, &SignatureModel::reload);
//     connect(store, &ReviewStore::failed, page, &SignaturesPage::showError);
//     sms::onFinished(store->add(application), this, [](ReviewJob *job) { ... });
class SignatureStore : public RecordStore<SignatureStore, SignatureRecord, domain::SignApplication>
{
public:
    explicit SignatureStore(session::Session &session, const Options &options = {},
                            QObject *parent = nullptr);

    ReviewKind kind() const override { return ReviewKind::Signature; }

private:
    friend class RecordStore<SignatureStore, SignatureRecord, domain::SignApplication>;

    using ListRequest = domain::DescribeSmsSignListRequest;
    using Item = domain::DescribeSignListStatus;
    using Submission = SignatureSubmission;
    using AddRequest = domain::AddSmsSignRequest;
    using ModifyRequest = domain::ModifySmsSignRequest;
    using Checks = SignatureChecks;
    using DeleteRequest = domain::DeleteSmsSignRequest;

    static domain::SignApplication normalized(const domain::SignApplication &application);
    static constexpr auto kItems = &domain::DescribeSmsSignListResult::describeSignListStatusSet;
    static constexpr auto kModifiedId = &ModifyRequest::signId;
    static constexpr char kNotExistCode[] = "FailedOperation.SignIdNotExist";
    static qint64 addedId(const domain::AddSmsSignResult &result)
    {
        return result.addSignStatus.signId;
    }
    static Submission submission(const domain::SignApplication &application);
    static void describe(Item &listed, qint64 id, const domain::SignApplication &application);
};

} // namespace sms::review
