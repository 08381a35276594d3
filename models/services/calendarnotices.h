#pragma once

#include <QStringList>

namespace cd::models {

class SlaSettings;

// What administrators are told about business calendars missing a year's holiday
// arrangement (rules/calendarcoverage.h) at `nowMs`: one sentence per calendar, in the
// status bar and under `complaintdesk-cli calendar list`. Empty when nothing is missing.
QStringList missingArrangementNotes(const SlaSettings &sla, qint64 nowMs);

} // namespace cd::models
