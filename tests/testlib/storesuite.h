#pragma once

#include "testsupport.h"

#include <QObject>

#include <memory>

namespace cd::test {

// The base of a suite whose tests each work on a store of their own, the administrator
// signed in: a suite derives from it instead of QObject, and a test calls store() and ws()
// instead of making a StoreFixture and opening it. A test that needs a store opened another
// way (another time, another user, the server) still makes its own StoreFixture.
//
// Its private slots are Qt Test's initTestCase() (pins the environment for the whole suite,
// its _data functions included) and cleanup(): a suite that defines either hides this one,
// so it does the same itself (pinEnvironment(); dropStore()).
class StoreSuite : public QObject
{
    Q_OBJECT
protected:
    // The running test's store: made and opened (StoreFixture::open()'s defaults) on the
    // test's first call, closed and removed by cleanup().
    StoreFixture &store();
    // store()'s workspace.
    models::Workspace &ws() { return store().workspace(); }
    // Makes the running test's store as store() does, but with `username` signed in with
    // `role` (of department CS, made on first use) instead of the administrator; the test's
    // first use of its store. Returns ws().
    models::Workspace &openAs(const QString &username, const QString &role);
    // Closes and removes the running test's store, if it has one.
    void dropStore() { m_store.reset(); }

private Q_SLOTS:
    void initTestCase() { pinEnvironment(); }
    void cleanup() { dropStore(); }

private:
    std::unique_ptr<StoreFixture> m_store;
};

} // namespace cd::test
