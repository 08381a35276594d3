#include "storesuite.h"

namespace cd::test {

StoreFixture &StoreSuite::store()
{
    if (!m_store) {
        m_store = std::make_unique<StoreFixture>();
        m_store->open();
    }
    return *m_store;
}

models::Workspace &StoreSuite::openAs(const QString &username, const QString &role)
{
    if (m_store)
        qFatal("openAs(): the test's store is already open");
    m_store = std::make_unique<StoreFixture>();
    return m_store->open(wednesdayMorning(), username, role);
}

} // namespace cd::test
