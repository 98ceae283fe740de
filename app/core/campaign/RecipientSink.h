// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/Recipient.h"

#include <QList>

namespace sms::campaign {

// Where an import delivers its recipients, a chunk at a time, so that a
// million rows never sit in memory whole.
class RecipientSink
{
public:
    virtual ~RecipientSink() = default;
    // False: stop the import (the disk is full, the journal is closed...).
    virtual bool accept(const QList<Recipient> &chunk) = 0;
};

} // namespace sms::campaign
