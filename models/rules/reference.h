#pragma once

#include <QDate>
#include <QString>
#include <QTimeZone>

namespace cd::rules {

// The zone in which business days, references and deadlines are reckoned.
QTimeZone businessTimeZone();

// "TS-20261125-0001": the day the complaint was received (business time zone) and its
// sequence number that day, at least four digits.
QString formatReference(const QDate &day, qint64 sequence);

// The counter key of a day, "20261125".
QString referenceDayKey(const QDate &day);

} // namespace cd::rules
