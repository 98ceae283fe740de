// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/StoreLocation.h"

#include <QHash>
#include <QString>
#include <QTemporaryDir>

// The stores a store test opens, on the engine the run asks for: SQLite
// files in a temporary folder, or, with SMS_TEST_STORE=postgres in the
// environment (the <test>_pg registrations), databases on a PostgreSQL
// server that the process starts on first use and stops when it ends.
//
// A name gives the same store for the rest of the test function (a test
// reopens it), and a fresh, empty one in the next test function.
class TestStore
{
public:
    TestStore();

    static bool postgresRequested();
    sms::store::Engine engine() const;

    // False when the requested engine cannot be had (the PostgreSQL server
    // binaries are missing): the test then skips with problem().
    bool isAvailable();
    QString problem() const { return m_problem; }

    // The store called name (a file name such as "journal.sqlite" on SQLite).
    sms::store::StoreLocation location(const QString &name);
    // An SQLite file's path in this store's folder, whatever the engine
    // (a test of what only SQLite has).
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    QHash<QString, sms::store::StoreLocation> m_locations;
    QString m_problem;
};

// In a test function (or init()): skips it when the store cannot be had.
#define SMS_REQUIRE_TEST_STORE(store)                                                              \
    do {                                                                                           \
        if (!(store).isAvailable())                                                                \
            QSKIP(qPrintable((store).problem()));                                                  \
    } while (false)
