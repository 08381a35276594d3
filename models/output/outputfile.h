#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QFile;
class QSaveFile;

namespace cd::models {

// A file the program writes for the user (an export, a report). It appears complete or
// not at all: a regular file (or a new one) is written to a temporary file in the same
// folder and renamed over the target only when every byte was written and flushed to the
// disk; a failed write, a cancel or a destruction before commit() removes the temporary
// file and leaves an existing target untouched. The file is created mode 0600 (it holds
// customers' data). An existing device or pipe (/dev/stdout, a FIFO) is written directly,
// since there is nothing to rename: it is never replaced by a regular file, and a write it
// refuses (/dev/full) is an error like any other.
//
// Every failure is an Error::Storage whose message names the file and the reason.
class OutputFile
{
    Q_DECLARE_TR_FUNCTIONS(OutputFile)
public:
    explicit OutputFile(QString path);
    ~OutputFile();
    OutputFile(const OutputFile &) = delete;
    OutputFile &operator=(const OutputFile &) = delete;

    Result<void> open();
    // All of `bytes`, or an error (after which the file is abandoned).
    Result<void> write(const QByteArray &bytes);
    // Flushes to the disk and puts the file in place.
    Result<void> commit();
    // Abandons the file: nothing is left of it.
    void cancel();

    // `bytes` as the whole file at `path`.
    static Result<void> writeAll(const QString &path, const QByteArray &bytes);

private:
    Error failed(const QString &reason) const;

    QString m_path;
    std::unique_ptr<QSaveFile> m_replaced; // a regular or new file
    std::unique_ptr<QFile> m_direct; // a device or pipe
};

} // namespace cd::models
