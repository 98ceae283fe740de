// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/OptOutEntry.h"

#include <QList>
#include <QSet>
#include <QString>

namespace sms::store {

class Database;

// The numbers that asked for no more messages, in the profile's database:
// campaign pre-flight refuses them (Preflight::Options::optOut, fed from
// load()). Replies put numbers on it (HistoryJournal::storeReplies); an
// operator adds or removes one by hand. A removed number keeps its row, with
// when and why, so the list can tell why it gets messages again; a later
// unsubscribe reply (or add()) puts it back.
//
// Numbers are E.164; callers normalise what an operator typed.
class OptOutList
{
public:
    explicit OptOutList(Database &database);

    // Adds (or puts back) a number by hand. False on a database error.
    bool add(const QString &phone, const QString &note = {});
    // Takes a number off, keeping the note (why). False when it was not on
    // the list, or on a database error (lastError() is then set).
    bool remove(const QString &phone, const QString &note);
    bool contains(const QString &phone) const;
    // The numbers on the list, newest first.
    QList<OptOutEntry> entries() const;
    // The numbers alone, for pre-flight.
    QSet<QString> load() const;
    QString lastError() const;

private:
    Database &m_db;
};

} // namespace sms::store
