// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/CheckProblem.h"

namespace sms::review {

CheckProblem CheckProblem::marketChanged(qint64 heldInternational)
{
    return {QStringLiteral("International"),
            QStringLiteral("InvalidParameterValue.InvalidInternational"),
            heldInternational == 1 ? tr("A modification keeps the market it was applied for: "
                                        "international.")
                                   : tr("A modification keeps the market it was applied for: "
                                        "mainland China.")};
}

} // namespace sms::review
