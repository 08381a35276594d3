#include "reference.h"

namespace cd::rules {

QTimeZone businessTimeZone()
{
    static const QTimeZone zone = [] {
        QTimeZone shanghai("Asia/Shanghai");
        // China has kept UTC+8 without daylight saving since 1991.
        return shanghai.isValid() ? shanghai : QTimeZone(8 * 3600);
    }();
    return zone;
}

QString referenceDayKey(const QDate &day)
{
    return day.toString(QStringLiteral("yyyyMMdd"));
}

QString formatReference(const QDate &day, qint64 sequence)
{
    return QStringLiteral("TS-") + referenceDayKey(day) + u'-'
        + QString::number(sequence).rightJustified(4, u'0');
}

} // namespace cd::rules
