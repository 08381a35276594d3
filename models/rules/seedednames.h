#pragma once

#include <QCoreApplication>
#include <QString>

// The deadline policies and routing rules a new store is seeded with are data shown in the
// user's language, never in two at once. The store keeps a seeded name in English; read
// back, a name that still is a seeded one is shown translated (Chinese UI: its Chinese
// name), and a shown seeded name, in either language, is stored in English again. A name
// an administrator typed is shown and stored as typed.
namespace cd::rules {

class SeededNames
{
    Q_DECLARE_TR_FUNCTIONS(SeededNames)

public:
    // The English names of the seeded policies and rules.
    static QStringList all();
    // `stored` in the UI language when it is a seeded name, else `stored` itself.
    static QString shown(const QString &stored);
    // The stored (English) spelling of `shown` when it is a seeded name in English or in
    // the UI language, else `shown` itself.
    static QString stored(const QString &shown);
};

} // namespace cd::rules
