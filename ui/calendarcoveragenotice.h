#pragma once

#include <QLabel>

namespace cd::models {
class Workspace;
}

namespace cd::ui {

// The status bar's word to administrators that a business calendar lacks this year's or,
// from 1 November, next year's holiday arrangement (deadlines then are provisional). The
// tooltip names the calendars and years; hidden when nothing is missing.
class CalendarCoverageNotice : public QLabel
{
    Q_OBJECT
public:
    explicit CalendarCoverageNotice(models::Workspace &workspace, QWidget *parent = nullptr);
    // Reads the calendars again (after an import).
    void refresh();

private:
    models::Workspace &m_workspace;
};

} // namespace cd::ui
