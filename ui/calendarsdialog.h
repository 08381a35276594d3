#pragma once

#include "editordialog.h"
#include "slarecords.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTableWidget;
class QTimeEdit;

namespace cd::ui {

// Administration of business calendars: name, time zone, working hours (or around the
// clock), ordinary working days, and the listed days (public holidays and make-up working
// days), edited in place or imported from CSV. Saving applies the change to open
// complaints; a contradictory or impossible entry is refused and nothing is changed.
class CalendarsDialog : public EditorDialog
{
    Q_OBJECT
public:
    explicit CalendarsDialog(models::Workspace &workspace, QWidget *parent = nullptr);

    // The form as a calendar record; an unreadable listed day is an error naming its row.
    Result<storage::CalendarRecord> calendarFromForm() const;
    bool save();
    bool importCsv(const QString &path);
    QTableWidget *daysTable() const { return m_days; }

private:
    void reload(qint64 selectId);
    void showCalendar(int index);
    void addDay();

    qint64 m_calendarId = 0;
    QComboBox *m_calendars;
    QLineEdit *m_nameZh;
    QLineEdit *m_nameEn;
    QComboBox *m_zone;
    QCheckBox *m_allDay;
    QTimeEdit *m_opens;
    QTimeEdit *m_closes;
    QList<QCheckBox *> m_weekdays;
    QTableWidget *m_days;
};

} // namespace cd::ui
