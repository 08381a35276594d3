#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace cd::models {

class Workspace;

// Writes every complaint to a CSV file that Excel opens with Chinese intact: UTF-8 with
// a byte-order mark, CRLF line ends, RFC 4180 quoting. Rows are read a page at a time,
// so memory stays flat at any size. The file appears only when complete (OutputFile: mode
// 0600; a failure or a cancel leaves no partial file and an existing file untouched).
class CsvExporter
{
    Q_DECLARE_TR_FUNCTIONS(CsvExporter)
public:
    explicit CsvExporter(Workspace &workspace)
        : m_workspace(workspace)
    {
    }

    static QStringList header();

    // `progress(rowsWritten)` may return false to cancel. Returns the rows written.
    // Phone numbers are masked unless `unmasked` is asked for, which only an administrator
    // may do and which is recorded. Only complaints the actor may see are written.
    Result<qint64> exportAll(const QString &path, const std::function<bool(qint64)> &progress = {},
                             bool unmasked = false);

    // One CSV field, quoted when needed. Free text that a spreadsheet would run as a
    // formula (= + - @ at the start) is prefixed with an apostrophe.
    static QString field(const QString &value, bool freeText = false);

private:
    Workspace &m_workspace;
};

} // namespace cd::models
