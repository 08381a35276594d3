#include "outputfile.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>

#include <unistd.h>

namespace cd::models {

OutputFile::OutputFile(QString path)
    : m_path(std::move(path))
{
}

OutputFile::~OutputFile()
{
    cancel();
}

Error OutputFile::failed(const QString &reason) const
{
    return Error::storage(tr("\"%1\" could not be written: %2.").arg(m_path, reason));
}

Result<void> OutputFile::open()
{
    cancel();
    const QFileInfo target(m_path); // follows a symbolic link to what it names
    if (m_path.trimmed().isEmpty())
        return Error::storage(tr("No file was named to write to."));
    if (target.isDir())
        return failed(tr("it is a folder"));
    if (target.exists() && !target.isFile()) {
        // A device or a pipe: written in place, each write passed straight to it.
        m_direct = std::make_unique<QFile>(m_path);
        if (!m_direct->open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
            const QString reason = m_direct->errorString();
            m_direct.reset();
            return failed(reason);
        }
        return {};
    }
    m_replaced = std::make_unique<QSaveFile>(m_path);
    m_replaced->setDirectWriteFallback(false); // never write into the target in place
    // Unbuffered: each write reaches the file at once, so a full disk is told with its
    // reason (a buffered flush that falls short says only "Unknown error").
    if (!m_replaced->open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        const QString reason = m_replaced->errorString();
        m_replaced.reset();
        return failed(reason);
    }
    if (!m_replaced->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        const QString reason = m_replaced->errorString();
        cancel();
        return failed(reason);
    }
    return {};
}

Result<void> OutputFile::write(const QByteArray &bytes)
{
    QFileDevice *device = m_replaced ? static_cast<QFileDevice *>(m_replaced.get())
                                     : static_cast<QFileDevice *>(m_direct.get());
    if (!device)
        return failed(tr("it is not open"));
    // A write that falls short (the disk filled up) is tried again for the rest, which
    // then fails with the reason.
    for (qsizetype done = 0; done < bytes.size();) {
        const qint64 wrote = device->write(bytes.constData() + done, bytes.size() - done);
        if (wrote <= 0) {
            const QString reason = device->errorString();
            cancel();
            return failed(reason);
        }
        done += wrote;
    }
    return {};
}

Result<void> OutputFile::commit()
{
    if (m_replaced) {
        // QSaveFile::commit() ignores a failed sync; a disk that reports a write late
        // (a network drive) reports it here.
        if (::fsync(m_replaced->handle()) != 0) {
            const QString reason = QString::fromLocal8Bit(std::strerror(errno));
            cancel();
            return failed(reason);
        }
        const bool committed = m_replaced->commit(); // renames over the target
        const QString reason = m_replaced->errorString();
        m_replaced.reset();
        if (!committed)
            return failed(reason);
        return {};
    }
    if (m_direct) {
        m_direct->close(); // unbuffered: every byte already went to the device
        const bool ok = m_direct->error() == QFileDevice::NoError;
        const QString reason = m_direct->errorString();
        m_direct.reset();
        if (!ok)
            return failed(reason);
        return {};
    }
    return failed(tr("it is not open"));
}

void OutputFile::cancel()
{
    if (m_replaced)
        m_replaced->cancelWriting();
    m_replaced.reset(); // removes the temporary file
    m_direct.reset();
}

Result<void> OutputFile::writeAll(const QString &path, const QByteArray &bytes)
{
    OutputFile file(path);
    if (auto opened = file.open(); !opened)
        return opened;
    if (auto written = file.write(bytes); !written)
        return written;
    return file.commit();
}

} // namespace cd::models
