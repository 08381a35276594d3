#include "money.h"

#include <QRegularExpression>

namespace cd::rules {

Result<qint64> Money::parseYuan(const QString &text)
{
    const QString field = QStringLiteral("amount");
    QString s = text.trimmed();
    if (s.startsWith(u'-'))
        return Error::invalid(tr("The amount cannot be negative."), field);
    if (s.startsWith(u'\u00a5') || s.startsWith(u'\uffe5')) // ¥ and full-width ￥
        s = s.mid(1).trimmed();
    if (s.endsWith(u'\u5143')) // 元
        s.chop(1);
    s.remove(u',');

    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,11})(?:\\.(\\d{1,2}))?$"));
    const auto match = pattern.match(s);
    if (!match.hasMatch()) {
        return Error::invalid(tr("Enter the amount in yuan with at most two decimals, "
                                 "for example 1280.50."),
                              field);
    }
    const qint64 yuan = match.captured(1).toLongLong();
    const QString decimals = match.captured(2).leftJustified(2, u'0');
    const qint64 fen = yuan * 100 + decimals.toLongLong();
    if (yuan > 100'000'000'000LL)
        return Error::invalid(tr("The amount is too large."), field);
    return fen;
}

QString Money::formatYuan(qint64 fen)
{
    const QString sign = fen < 0 ? QStringLiteral("-") : QString();
    const qint64 magnitude = fen < 0 ? -fen : fen;
    return sign + QString::number(magnitude / 100) + u'.'
        + QString::number(magnitude % 100).rightJustified(2, u'0');
}

} // namespace cd::rules
