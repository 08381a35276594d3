#pragma once

// The queue suites' shared set-up: stores of many complaints logged in one transaction,
// and what a view would show of a queue model.
#include "auditkey.h"
#include "complaintqueries.h"
#include "complaintqueuemodel.h"
#include "complaintrepository.h"
#include "complaintservice.h"
#include "demogenerator.h"
#include "migrations.h"
#include "queuerepository.h"
#include "reviewservice.h"
#include "searchtext.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <functional>

using namespace cd;
using namespace cd::models;

namespace {

// What a view shows at (row, column): data() answers from the pages read and asks for
// the others, which the model reads once the event loop runs; so does this.
inline QVariant shown(ComplaintQueueModel &model, int row, int column, int role = Qt::DisplayRole)
{
    const QModelIndex index = model.index(row, column);
    QVariant value = index.data(ComplaintQueueModel::ComplaintIdRole);
    for (int i = 0; !value.isValid() && i < 100; ++i) {
        QCoreApplication::processEvents();
        value = index.data(ComplaintQueueModel::ComplaintIdRole);
    }
    return index.data(role);
}

// Logs `count` complaints one minute apart (in one transaction, through logCall), cycling
// through three categories and severities; returns their ids in order of receipt.
inline QList<qint64> fill(test::StoreFixture &store, int count)
{
    Workspace &ws = store.workspace();
    const QStringList categories {QStringLiteral("FEES_BILLING"), QStringLiteral("REFUND"),
                                  QStringLiteral("SETTLEMENT")};
    const QList<qint64> ids = test::logCalls(ws, count, [&](int i) {
        if (i > 0)
            store.clock().advance(60'000);
        NewCallInput in =
            test::sampleCall(ws, QStringLiteral("1381234%1").arg(i % 50, 4, 10, QLatin1Char('0')),
                             categories.at(i % 3));
        in.severity = rules::allSeverities().at(i % 4);
        return in;
    });
    store.clock().advance(60'000);
    return ids;
}

inline void fetchAll(ComplaintQueueModel &model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
}

} // namespace
