#pragma once

#include <libpq-fe.h>

namespace cd::storage {

// The functions of libpq (PostgreSQL's client library) that the storage layer calls itself,
// where Qt's QPSQL driver cannot help: parsing a server address, a connection's state, why
// a server refused a connection (serveraddress.cpp, dialect.cpp, database.cpp).
//
// libpq is loaded at its first use (dlopen of "libpq.so.5"), not when a program starts: a
// desk on an SQLite store never loads it nor the twenty libraries it brings (Kerberos,
// LDAP, OpenSSL...), which cost every start of the CLI and the window about 13 ms of CPU
// (docs/performance.md). Qt's QPSQL plugin links the same library, so a server store shares
// the one copy. The Debian package depends on libpq5 (CMakeLists.txt).
struct Libpq
{
    decltype(&::PQconninfoParse) conninfoParse;
    decltype(&::PQconninfoFree) conninfoFree;
    decltype(&::PQfreemem) freemem;
    decltype(&::PQconnectdb) connectdb;
    decltype(&::PQstatus) status;
    decltype(&::PQconnectionNeedsPassword) connectionNeedsPassword;
    decltype(&::PQfinish) finish;
    decltype(&::PQtransactionStatus) transactionStatus;
    decltype(&::PQuser) user;

    // The functions, loaded once per process (thread-safe); null when libpq or one of the
    // functions cannot be loaded (then no server store can be opened either: QPSQL needs it).
    static const Libpq *get();
};

} // namespace cd::storage
