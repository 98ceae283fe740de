// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace sms::statistics {

// Where the statistics come from: the service's own counters, or the send
// history kept on this computer (which works offline and keeps failures by
// code, but only knows what this console sent or found).
enum class StatisticsSource { Cloud, Local };

} // namespace sms::statistics
