// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/SandboxRecords.h"

#include <span>
#include <variant>

namespace sms::sandbox {

// One member of a record and its name: a column of the state database, and a
// key of the JSON state files earlier versions wrote (still imported). Each
// record's fields are listed once, below, for both.
template<typename Record> struct RecordField
{
    const char *name;
    std::variant<QString Record::*, qint64 Record::*, int Record::*, bool Record::*,
                 ReviewStatusCode Record::*>
        member;
};

inline const RecordField<AppRecord> kAppFields[] = {
    {"sdkAppId", &AppRecord::sdkAppId},
    {"name", &AppRecord::name},
    {"enabled", &AppRecord::enabled},
    {"foreign", &AppRecord::foreign},
};

inline const RecordField<SignRecord> kSignFields[] = {
    {"id", &SignRecord::id},
    {"name", &SignRecord::name},
    {"signType", &SignRecord::signType},
    {"documentType", &SignRecord::documentType},
    {"international", &SignRecord::international},
    {"signPurpose", &SignRecord::signPurpose},
    {"proofDecodes", &SignRecord::proofDecodes},
    {"hasCommissionImage", &SignRecord::hasCommissionImage},
    {"remark", &SignRecord::remark},
    {"qualificationId", &SignRecord::qualificationId},
    {"status", &SignRecord::status},
    {"rejectReason", &SignRecord::rejectReason},
    {"createTime", &SignRecord::createTime},
    {"reviewAt", &SignRecord::reviewAt},
};

inline const RecordField<TemplateRecord> kTemplateFields[] = {
    {"id", &TemplateRecord::id},
    {"name", &TemplateRecord::name},
    {"content", &TemplateRecord::content},
    {"smsType", &TemplateRecord::smsType},
    {"international", &TemplateRecord::international},
    {"remark", &TemplateRecord::remark},
    {"status", &TemplateRecord::status},
    {"rejectReason", &TemplateRecord::rejectReason},
    {"createTime", &TemplateRecord::createTime},
    {"reviewAt", &TemplateRecord::reviewAt},
};

inline const RecordField<QualificationRecord> kQualificationFields[] = {
    {"id", &QualificationRecord::id},
    {"name", &QualificationRecord::name},
    {"status", &QualificationRecord::status},
};

inline const RecordField<PackageRecord> kPackageFields[] = {
    {"id", &PackageRecord::id},
    {"type", &PackageRecord::type},
    {"amount", &PackageRecord::amount},
    {"usage", &PackageRecord::usage},
    {"createTime", &PackageRecord::createTime},
    {"effectiveTime", &PackageRecord::effectiveTime},
    {"expiredTime", &PackageRecord::expiredTime},
};

inline const RecordField<SendRecord> kSendFields[] = {
    {"serialNo", &SendRecord::serialNo},
    {"phoneNumber", &SendRecord::phoneNumber},
    {"countryCode", &SendRecord::countryCode},
    {"subscriber", &SendRecord::subscriber},
    {"isoCode", &SendRecord::isoCode},
    {"appId", &SendRecord::appId},
    {"templateId", &SendRecord::templateId},
    {"signName", &SendRecord::signName},
    {"content", &SendRecord::content},
    {"sessionContext", &SendRecord::sessionContext},
    {"requestCode", &SendRecord::requestCode},
    {"fee", &SendRecord::fee},
    {"sendTime", &SendRecord::sendTime},
    {"receiptStatus", &SendRecord::receiptStatus},
    {"receiptTime", &SendRecord::receiptTime},
    {"receiptDescription", &SendRecord::receiptDescription},
    {"failureClass", &SendRecord::failureClass},
    {"receiptPulled", &SendRecord::receiptPulled},
};

inline const RecordField<ReplyRecord> kReplyFields[] = {
    {"appId", &ReplyRecord::appId},
    {"phoneNumber", &ReplyRecord::phoneNumber},
    {"countryCode", &ReplyRecord::countryCode},
    {"subscriber", &ReplyRecord::subscriber},
    {"signName", &ReplyRecord::signName},
    {"content", &ReplyRecord::content},
    {"extendCode", &ReplyRecord::extendCode},
    {"replyTime", &ReplyRecord::replyTime},
    {"pulled", &ReplyRecord::pulled},
};

// The field list of a record type, for code written once for all of them.
template<typename Record> std::span<const RecordField<Record>> recordFields();
template<> inline std::span<const RecordField<AppRecord>> recordFields()
{
    return kAppFields;
}
template<> inline std::span<const RecordField<SignRecord>> recordFields()
{
    return kSignFields;
}
template<> inline std::span<const RecordField<TemplateRecord>> recordFields()
{
    return kTemplateFields;
}
template<> inline std::span<const RecordField<QualificationRecord>> recordFields()
{
    return kQualificationFields;
}
template<> inline std::span<const RecordField<PackageRecord>> recordFields()
{
    return kPackageFields;
}
template<> inline std::span<const RecordField<SendRecord>> recordFields()
{
    return kSendFields;
}
template<> inline std::span<const RecordField<ReplyRecord>> recordFields()
{
    return kReplyFields;
}

} // namespace sms::sandbox
