// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QStringList>

namespace sms::ui {

// What an error is about, as whoever raised it knows it: a signature or a
// template (by the service's id), a campaign (by its id, with the refused
// numbers), or just some numbers. The GuidanceRouter sends the guidance
// dialog's "open" and "edit" buttons to it.
struct GuidanceSubject
{
    enum class Kind { None, Signature, Template, Campaign, Numbers };

    Kind kind = Kind::None;
    // SignId, TemplateId or the campaign's id; 0 when not known.
    qint64 id = 0;
    QStringList numbers;

    static GuidanceSubject signature(qint64 signId) { return {Kind::Signature, signId, {}}; }
    static GuidanceSubject templateOf(qint64 templateId)
    {
        return {Kind::Template, templateId, {}};
    }
    static GuidanceSubject campaign(qint64 campaignId, const QStringList &numbers = {})
    {
        return {Kind::Campaign, campaignId, numbers};
    }
    static GuidanceSubject phoneNumbers(const QStringList &numbers)
    {
        return {Kind::Numbers, 0, numbers};
    }

    friend bool operator==(const GuidanceSubject &, const GuidanceSubject &) = default;
};

} // namespace sms::ui

Q_DECLARE_METATYPE(sms::ui::GuidanceSubject)
