#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace cd::rules {

// Amounts are stored as integer fen (1 yuan = 100 fen); people type and read yuan.
struct Money
{
    Q_DECLARE_TR_FUNCTIONS(Money)
public:
    // "1234.5", "1,234.50", "¥12", "0.01" -> fen. Empty text is not an amount: callers
    // check emptiness first. Negative, letters, more than 2 decimals or more than
    // 100 billion yuan are errors with field "amount".
    static Result<qint64> parseYuan(const QString &text);

    // 123450 -> "1234.50" (no grouping, so it reads back with parseYuan).
    static QString formatYuan(qint64 fen);
};

} // namespace cd::rules
