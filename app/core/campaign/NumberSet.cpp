// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign/NumberSet.h"

namespace sms::campaign {

namespace {

// Fibonacci hashing: the high bits of key times 2^64 / golden ratio spread
// consecutive numbers (a list exported in order) over the whole table.
std::size_t slotOf(quint64 key, int shift)
{
    return std::size_t((key * 0x9E3779B97F4A7C15ULL) >> shift);
}

} // namespace

bool NumberSet::insert(quint64 key)
{
    if (key == 0) {
        if (m_hasZero)
            return false;
        m_hasZero = true;
        ++m_size;
        return true;
    }
    if (std::size_t(m_size + 1) * 2 > m_slots.size())
        grow();
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = slotOf(key, m_shift);; i = (i + 1) & mask) {
        quint64 &slot = m_slots[i];
        if (slot == key)
            return false;
        if (slot == 0) {
            slot = key;
            ++m_size;
            return true;
        }
    }
}

void NumberSet::prefetch(quint64 key) const
{
    if (!m_slots.empty())
        __builtin_prefetch(m_slots.data() + slotOf(key, m_shift));
}

void NumberSet::grow()
{
    std::vector<quint64> old(m_slots.empty() ? 1024 : m_slots.size() * 2, 0);
    old.swap(m_slots);
    const std::size_t mask = m_slots.size() - 1;
    m_shift = 64;
    for (std::size_t capacity = m_slots.size(); capacity > 1; capacity /= 2)
        --m_shift;
    for (const quint64 key : old) {
        if (key == 0)
            continue;
        std::size_t i = slotOf(key, m_shift);
        while (m_slots[i] != 0)
            i = (i + 1) & mask;
        m_slots[i] = key;
    }
}

} // namespace sms::campaign
