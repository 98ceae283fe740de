// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/StoreLocation.h"

#include <QString>

namespace sms::store {

// What is at a store's location, without changing anything there: for the
// profiles dialog's "Test Connection" (a PostgreSQL connect can take
// seconds: run it on a worker thread; it opens a connection of its own,
// in the calling thread, and closes it before it returns).
//
// Never creates or migrates anything: an empty database is reported as
// such (the store is created there on first use).
class StoreProbe
{
public:
    enum class Outcome {
        Unreachable, // no connection: the server, the network, the login or TLS
        Empty, // connected; no store there yet: it would be created
        Found, // connected; a store of schemaVersion
        Newer, // connected; a store written by a newer SMS Console
    };

    struct Result
    {
        Outcome outcome = Outcome::Unreachable;
        int schemaVersion = 0; // Found and Newer: the store's; 0 unknown
        QString serverVersion; // PostgreSQL's, when connected
        QString error; // Unreachable: the driver's words
    };

    static Result probe(const StoreLocation &location);
};

} // namespace sms::store
