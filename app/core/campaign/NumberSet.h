// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <vector>

namespace sms::campaign {

// The phone numbers a pre-flight has met, as 64-bit keys (E.164 digits fit
// one), to find duplicates among a million rows. One flat table probed in
// place (open addressing, at most half full): a lookup touches one cache
// line where a node-based hash touches two or three, and a million numbers
// take 16 MB.
class NumberSet
{
public:
    // True when key was not in the set (and now is).
    bool insert(quint64 key);
    // Starts loading the slot where key's lookup begins, so that an insert()
    // a few rows later finds it in the cache: numbers spread over a table
    // larger than the cache, and a miss costs as much as the rest of a row's
    // checks. Only a hint; nothing changes.
    void prefetch(quint64 key) const;
    qsizetype size() const { return m_size; }

private:
    void grow();

    std::vector<quint64> m_slots; // 0 marks a free slot; the key 0 is kept aside
    int m_shift = 64; // 64 - log2(capacity)
    qsizetype m_size = 0;
    bool m_hasZero = false;
};

} // namespace sms::campaign
