#pragma once

#include <QByteArray>
#include <QString>

namespace cd::storage {

// One line of an anchor file: the audit chain's head (event and seal) at a commit.
struct AuditAnchor
{
    qint64 eventId = 0;
    QByteArray seal;
    QString at; // as written (ISO 8601, UTC)
};

} // namespace cd::storage
