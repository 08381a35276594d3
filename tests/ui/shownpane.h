#pragma once

#include "detailpane.h"
#include "testsupport.h"
#include "widgettest.h"

#include <QComboBox>
#include <QLineEdit>

namespace cd::test {

// A fresh store signed in as the administrator, one new complaint in it (sampleCall()), and a
// detail pane on screen showing it.
struct ShownComplaint
{
    ShownComplaint()
        : ws(store.open())
        , id(ws.complaints().logCall(sampleCall(ws))->complaintId)
        , pane(ws)
    {
        pane.show();
        pane.showComplaint(id);
    }

    StoreFixture store;
    models::Workspace &ws;
    const qint64 id;
    ui::DetailPane pane;
};

// Chooses the status `code` as the next step in `pane`; returns the note field (Return in it
// moves the complaint).
inline QLineEdit *chooseNextStatus(ui::DetailPane &pane, const QString &code)
{
    auto *next = child<QComboBox>(&pane, "nextStatusCombo");
    next->setCurrentIndex(next->findData(code));
    return child<QLineEdit>(&pane, "statusNoteEdit");
}

} // namespace cd::test
