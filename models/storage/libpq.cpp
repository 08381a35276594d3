#include "libpq.h"

#include <dlfcn.h>

#include <optional>

namespace cd::storage {

namespace {

template<typename Function> bool resolve(void *library, const char *name, Function &function)
{
    function = reinterpret_cast<Function>(::dlsym(library, name));
    return function != nullptr;
}

std::optional<Libpq> load()
{
    // Never closed: the functions are used until the process ends.
    void *library = ::dlopen("libpq.so.5", RTLD_NOW | RTLD_LOCAL);
    if (!library)
        return std::nullopt;
    Libpq api {};
    const bool all = resolve(library, "PQconninfoParse", api.conninfoParse)
        && resolve(library, "PQconninfoFree", api.conninfoFree)
        && resolve(library, "PQfreemem", api.freemem)
        && resolve(library, "PQconnectdb", api.connectdb)
        && resolve(library, "PQstatus", api.status)
        && resolve(library, "PQconnectionNeedsPassword", api.connectionNeedsPassword)
        && resolve(library, "PQfinish", api.finish)
        && resolve(library, "PQtransactionStatus", api.transactionStatus)
        && resolve(library, "PQuser", api.user);
    if (!all)
        return std::nullopt;
    return api;
}

} // namespace

const Libpq *Libpq::get()
{
    static const std::optional<Libpq> api = load();
    return api ? &*api : nullptr;
}

} // namespace cd::storage
