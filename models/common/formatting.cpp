#include "formatting.h"

#include "codetable.h"
#include "reference.h"

#include <QLocale>

#include <QDateTime>

#include <array>
#include <cstdlib>

namespace cd::models {

namespace {

QTimeZone &shownZone()
{
    static QTimeZone zone = rules::businessTimeZone();
    return zone;
}

QString offsetName(int seconds)
{
    const int minutes = std::abs(seconds) / 60;
    return QStringLiteral("UTC%1%2:%3")
        .arg(seconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

void Formatting::setTimeZone(const QTimeZone &zone)
{
    if (zone.isValid())
        shownZone() = zone;
}

QTimeZone Formatting::timeZone()
{
    return shownZone();
}

bool Formatting::zoneDiffersFromComputer(qint64 ms)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    return at.toLocalTime().offsetFromUtc() != shownZone().offsetFromUtc(at);
}

QString Formatting::zoneLabel(qint64 ms)
{
    if (!zoneDiffersFromComputer(ms))
        return {};
    return offsetName(shownZone().offsetFromUtc(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)));
}

QString Formatting::zoneNote(qint64 ms)
{
    if (!zoneDiffersFromComputer(ms))
        return {};
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    return tr("Times are in the call centre's time zone, %1 (%2); this computer is on %3.")
        .arg(QString::fromUtf8(shownZone().id()), zoneLabel(ms),
             offsetName(at.toLocalTime().offsetFromUtc()));
}

QString Formatting::dateTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, shownZone())
        .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString Formatting::labelledDateTime(qint64 ms)
{
    const QString label = zoneLabel(ms);
    return label.isEmpty() ? dateTime(ms) : dateTime(ms) + u' ' + label;
}

QString Formatting::isoDateTime(qint64 ms)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, shownZone());
    return at.toOffsetFromUtc(at.offsetFromUtc()).toString(Qt::ISODate);
}

QString Formatting::callDuration(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    const QString mmss = QStringLiteral("%1:%2")
                             .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
                             .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return seconds >= 3600 ? QString::number(seconds / 3600) + u':' + mmss : mmss;
}

QString Formatting::percent(std::optional<double> share)
{
    return share ? QLocale().toString(*share * 100.0, 'f', 1) + u'%' : QStringLiteral("-");
}

QString Formatting::span(qint64 ms)
{
    const qint64 minutes = (ms < 0 ? -ms : ms) / 60000;
    if (minutes >= 24 * 60)
        return tr("%1 d %2 h").arg(minutes / (24 * 60)).arg((minutes / 60) % 24);
    if (minutes >= 60)
        return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    return tr("%1 min").arg(minutes);
}

QString Formatting::dueIn(qint64 dueMs, qint64 nowMs)
{
    const QString left = span(dueMs - nowMs);
    return dueMs >= nowMs ? tr("in %1").arg(left) : tr("overdue %1").arg(left);
}

QString Formatting::slaState(rules::SlaState state)
{
    static constexpr rules::LabelTable<rules::SlaState, 6> labels {
        "Formatting",
        {QT_TRANSLATE_NOOP("Formatting", "On track"), QT_TRANSLATE_NOOP("Formatting", "At risk"),
         QT_TRANSLATE_NOOP("Formatting", "Overdue"), QT_TRANSLATE_NOOP("Formatting", "Paused"),
         QT_TRANSLATE_NOOP("Formatting", "Met"), QT_TRANSLATE_NOOP("Formatting", "Met late")}};
    return labels.label(state);
}

} // namespace cd::models
