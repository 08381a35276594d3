#include "seedednames.h"

namespace cd::rules {

QStringList SeededNames::all()
{
    static const char *const names[] = {
        QT_TR_NOOP("Forwarded by a regulator"),
        QT_TR_NOOP("Urgent (P1)"),
        QT_TR_NOOP("Standard"),
        QT_TR_NOOP("Fraud words"),
    };
    QStringList list;
    for (const char *name : names)
        list << QString::fromLatin1(name);
    return list;
}

QString SeededNames::shown(const QString &stored)
{
    const QStringList names = all();
    if (!names.contains(stored))
        return stored;
    return tr(stored.toLatin1().constData());
}

QString SeededNames::stored(const QString &shown)
{
    const QString trimmed = shown.trimmed();
    for (const QString &name : all()) {
        if (trimmed == name || trimmed == tr(name.toLatin1().constData()))
            return name;
    }
    return shown;
}

} // namespace cd::rules
