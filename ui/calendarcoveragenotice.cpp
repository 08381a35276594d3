#include "calendarcoveragenotice.h"

#include "calendarnotices.h"
#include "workspace.h"

namespace cd::ui {

CalendarCoverageNotice::CalendarCoverageNotice(models::Workspace &workspace, QWidget *parent)
    : QLabel(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("calendarCoverageNotice"));
    setStyleSheet(QStringLiteral("color: #b45309; font-weight: 600"));
    refresh();
}

void CalendarCoverageNotice::refresh()
{
    const QStringList notes =
        models::missingArrangementNotes(m_workspace.slaSettings(), m_workspace.clock().nowMs());
    setText(notes.isEmpty() ? QString() : tr("Holiday arrangement missing"));
    setToolTip(notes.join(u'\n'));
    setVisible(!notes.isEmpty());
}

} // namespace cd::ui
