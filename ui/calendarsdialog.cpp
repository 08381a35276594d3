#include "calendarsdialog.h"

#include "dialoglayout.h"
#include "fieldmessage.h"
#include "language.h"
#include "slaadministration.h"
#include "slasettings.h"
#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace cd::ui {

namespace {
enum DayColumn { DateColumn, KindColumn, NameZhColumn, NameEnColumn };
}

CalendarsDialog::CalendarsDialog(models::Workspace &workspace, QWidget *parent)
    : EditorDialog(workspace, QStringLiteral("calendarsDialog"), tr("Business calendars"),
                   QStringLiteral("calendarMessage"), parent)
{
    FormRows form(this);
    m_calendars = form.field<QComboBox>(tr("&Calendar:"), QStringLiteral("calendarCombo"));
    m_nameZh = form.field<QLineEdit>(tr("Name (&Chinese):"));
    m_nameEn = form.field<QLineEdit>(tr("Name (&English):"));
    m_zone = form.field<QComboBox>(tr("&Time zone:"));
    m_zone->setEditable(true); // its line edit made now, so that Tab reaches it in form order
    m_allDay = new QCheckBox(tr("Around the clock (24 hours)"), this);
    m_opens = namedChild<QTimeEdit>(this, QStringLiteral("opensEdit"));
    m_closes = namedChild<QTimeEdit>(this, QStringLiteral("closesEdit"));
    m_days = new QTableWidget(0, 4, this);
    m_days->setObjectName(QStringLiteral("calendarDaysTable"));
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id));
    auto *hours = new QHBoxLayout;
    hours->addWidget(m_opens);
    hours->addWidget(new QLabel(QStringLiteral("-"), this));
    hours->addWidget(m_closes);
    hours->addWidget(m_allDay);
    hours->addStretch(1);
    addLabelledRow(form.layout(), tr("Working &hours:"), hours, m_opens);
    auto *weekdays = new QHBoxLayout;
    for (int day = 1; day <= 7; ++day) {
        auto *box = new QCheckBox(QLocale().dayName(day, QLocale::ShortFormat), this);
        box->setObjectName(QStringLiteral("weekday%1").arg(day));
        m_weekdays << box;
        weekdays->addWidget(box);
    }
    weekdays->addStretch(1);
    form.layout()->addRow(tr("Ordinary working days:"), weekdays);

    for (QTimeEdit *edit : {m_opens, m_closes})
        edit->setDisplayFormat(QStringLiteral("HH:mm"));
    connect(m_allDay, &QCheckBox::toggled, this, [this](bool allDay) {
        m_opens->setEnabled(!allDay);
        m_closes->setEnabled(!allDay);
    });
    m_days->setHorizontalHeaderLabels(
        {tr("Date (YYYY-MM-DD)"), tr("Kind"), tr("Name (Chinese)"), tr("Name (English)")});
    m_days->horizontalHeader()->setStretchLastSection(true);
    m_days->verticalHeader()->hide();
    m_days->setColumnWidth(DateColumn, 140);
    m_days->setColumnWidth(KindColumn, 160);
    m_days->setColumnWidth(NameZhColumn, 160);

    auto *addDayButton = pushButton(this, tr("&Add day"), {}, &CalendarsDialog::addDay);
    auto *removeDay = pushButton(this, tr("&Remove day"), {}, [this] {
        QList<int> rows;
        for (const QModelIndex &index : m_days->selectionModel()->selectedRows())
            rows << index.row();
        if (rows.isEmpty() && m_days->currentRow() >= 0)
            rows << m_days->currentRow();
        std::sort(rows.rbegin(), rows.rend());
        for (const int row : std::as_const(rows))
            m_days->removeRow(row);
    });
    auto *import = pushButton(this, tr("&Import CSV..."), {}, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import holidays"), QString(),
                                                          tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            importCsv(path);
    });
    auto *newCalendar = pushButton(this, tr("&New calendar"), {}, [this] {
        m_calendars->setCurrentIndex(-1);
        showCalendar(-1);
        m_nameZh->setFocus();
    });
    auto *saveButton =
        pushButton(this, tr("Sa&ve"), QStringLiteral("saveCalendarButton"), &CalendarsDialog::save);
    connect(m_calendars, &QComboBox::currentIndexChanged, this, &CalendarsDialog::showCalendar);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(addDayButton);
    buttons->addWidget(removeDay);
    buttons->addWidget(import);
    buttons->addStretch(1);
    buttons->addWidget(newCalendar);
    buttons->addWidget(saveButton);
    layOutClosableDialog(this,
                         {form.layout(),
                          new QLabel(tr("Listed days: public holidays (off) and make-up "
                                        "working days (workday):"),
                                     this),
                          {m_days, 1},
                          buttons,
                          m_message});
    resize(860, 640);
    reload(0);
}

void CalendarsDialog::reload(qint64 selectId)
{
    QSignalBlocker block(m_calendars);
    m_calendars->clear();
    for (const auto &calendar : m_workspace.slaSettings().calendars())
        m_calendars->addItem(models::pickName(calendar.nameZh, calendar.nameEn), calendar.id);
    const int index = selectId ? m_calendars->findData(selectId) : 0;
    m_calendars->setCurrentIndex(std::max(0, index));
    showCalendar(m_calendars->currentIndex());
}

void CalendarsDialog::showCalendar(int index)
{
    m_message->clearMessage();
    storage::CalendarRecord calendar;
    calendar.timeZone = QStringLiteral("Asia/Shanghai");
    calendar.opens = QTime(9, 0);
    calendar.closes = QTime(18, 0);
    calendar.weekdays = {1, 2, 3, 4, 5};
    const auto &calendars = m_workspace.slaSettings().calendars();
    if (index >= 0 && index < calendars.size())
        calendar = calendars.at(index);
    m_calendarId = calendar.id;
    m_nameZh->setText(calendar.nameZh);
    m_nameEn->setText(calendar.nameEn);
    m_zone->setCurrentText(calendar.timeZone);
    const bool allDay = calendar.opens == calendar.closes;
    m_allDay->setChecked(allDay);
    m_opens->setTime(allDay ? QTime(9, 0) : calendar.opens);
    m_closes->setTime(allDay ? QTime(18, 0) : calendar.closes);
    for (int day = 1; day <= 7; ++day)
        m_weekdays.at(day - 1)->setChecked(calendar.weekdays.contains(day));
    QList<QDate> dates = calendar.days.keys();
    std::sort(dates.begin(), dates.end());
    m_days->setRowCount(0);
    for (const QDate &date : std::as_const(dates)) {
        addDay();
        const int row = m_days->rowCount() - 1;
        const rules::CalendarDay &day = calendar.days.value(date);
        m_days->item(row, DateColumn)->setText(date.toString(Qt::ISODate));
        auto *kind = qobject_cast<QComboBox *>(m_days->cellWidget(row, KindColumn));
        kind->setCurrentIndex(day.kind == rules::CalendarDay::Kind::Off ? 0 : 1);
        m_days->item(row, NameZhColumn)->setText(day.nameZh);
        m_days->item(row, NameEnColumn)->setText(day.nameEn);
    }
}

void CalendarsDialog::addDay()
{
    const int row = m_days->rowCount();
    m_days->insertRow(row);
    for (const int column : {DateColumn, NameZhColumn, NameEnColumn})
        m_days->setItem(row, column, new QTableWidgetItem);
    auto *kind = new QComboBox(m_days);
    kind->addItem(tr("Day off (holiday)"), QStringLiteral("off"));
    kind->addItem(tr("Working day (make-up)"), QStringLiteral("workday"));
    m_days->setCellWidget(row, KindColumn, kind);
    m_days->setCurrentCell(row, DateColumn);
}

Result<storage::CalendarRecord> CalendarsDialog::calendarFromForm() const
{
    storage::CalendarRecord calendar;
    for (const auto &existing : m_workspace.slaSettings().calendars()) {
        if (existing.id == m_calendarId)
            calendar = existing;
    }
    calendar.id = m_calendarId;
    calendar.nameZh = m_nameZh->text();
    calendar.nameEn = m_nameEn->text();
    calendar.timeZone = m_zone->currentText().trimmed();
    calendar.opens = m_allDay->isChecked() ? QTime(0, 0) : m_opens->time();
    calendar.closes = m_allDay->isChecked() ? QTime(0, 0) : m_closes->time();
    calendar.weekdays.clear();
    for (int day = 1; day <= 7; ++day) {
        if (m_weekdays.at(day - 1)->isChecked())
            calendar.weekdays << day;
    }
    // The table goes through the same parser as an imported file, so that the same
    // entries are refused with the same messages (line N is row N of the table).
    QByteArray csv;
    for (int row = 0; row < m_days->rowCount(); ++row) {
        const auto *kind = qobject_cast<QComboBox *>(m_days->cellWidget(row, KindColumn));
        QStringList fields {m_days->item(row, DateColumn)->text().trimmed(),
                            kind->currentData().toString(),
                            m_days->item(row, NameZhColumn)->text().remove(u',').trimmed(),
                            m_days->item(row, NameEnColumn)->text().remove(u',').trimmed()};
        csv += fields.join(u',').toUtf8() + '\n';
    }
    auto days = rules::BusinessCalendar::parseHolidayCsv(csv);
    if (!days)
        return Error::invalid(days.error().message, QStringLiteral("days"));
    calendar.days = std::move(days).value();
    return calendar;
}

bool CalendarsDialog::save()
{
    auto calendar = calendarFromForm();
    if (m_message->showFailure(calendar))
        return false;
    auto saved = m_workspace.slaAdministration().saveCalendar(*calendar);
    if (m_message->showFailure(saved))
        return false;
    reload(*saved);
    return true;
}

bool CalendarsDialog::importCsv(const QString &path)
{
    if (m_calendarId == 0) {
        m_message->showMessage(tr("Save the new calendar before importing into it."));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_message->showMessage(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    auto imported = m_workspace.slaAdministration().importCalendarCsv(m_calendarId, file.readAll());
    if (m_message->showFailure(imported))
        return false;
    reload(m_calendarId);
    return true;
}

} // namespace cd::ui
