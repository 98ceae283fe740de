// SPDX-License-Identifier: GPL-3.0-or-later
#include "Logging.h"

Q_LOGGING_CATEGORY(lcApi, "sms.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "sms.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCampaign, "sms.campaign", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCredentials, "sms.credentials", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandbox, "sms.sandbox", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "sms.ui", QtInfoMsg)
