#include "passwordprompt.h"

#include "freetext.h"

#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <iostream>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace cd::cli {

namespace {

// A password file that cannot be used is an error of the file, not of the command line
// (exit status 1, no pointer to the command's usage).
Result<QString> fromFile(const QString &path)
{
    const QFileInfo info(path);
    if (info.isFile() && (info.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther))) {
        return Error::invalid(PasswordSource::tr("Other users may read the password file %1; "
                                                 "make it yours alone (chmod 600 %1).")
                                  .arg(path));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::invalid(PasswordSource::tr("The password file %1 cannot be read: %2")
                                  .arg(path, file.errorString()));
    }
    QByteArray line = file.readLine(4096);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (const auto bad = rules::firstInvalidUtf8Byte(line)) {
        return Error::invalid(
            PasswordSource::tr("The password file %1 is not UTF-8 text (byte %2).")
                .arg(path)
                .arg(*bad));
    }
    return QString::fromUtf8(line);
}

std::optional<QString> fromTerminal(const QString &prompt)
{
    if (!isatty(STDIN_FILENO))
        return std::nullopt;
    const QByteArray text = prompt.toUtf8();
    std::fwrite(text.constData(), 1, std::size_t(text.size()), stderr);
    std::fflush(stderr);
    termios saved {};
    tcgetattr(STDIN_FILENO, &saved);
    termios silent = saved;
    silent.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    std::string line;
    std::getline(std::cin, line);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    std::fputc('\n', stderr);
    return QString::fromStdString(line);
}

} // namespace

Result<PasswordSource::Password> PasswordSource::read(const QString &file, const QString &option,
                                                      const char *variable, const QString &prompt)
{
    if (!file.isEmpty()) {
        auto text = fromFile(file);
        if (!text)
            return text.error();
        return Password {*text, From::File};
    }
    if (qEnvironmentVariableIsSet(variable))
        return Password {qEnvironmentVariable(variable), From::Environment};
    if (auto typed = fromTerminal(prompt))
        return Password {*typed, From::Terminal};
    return Error {Error::Kind::Usage,
                  tr("No password: run in a terminal to be asked for it, or give %1 FILE (or, "
                     "for scripts, the %2 environment variable).")
                      .arg(option, QString::fromLatin1(variable)),
                  {}};
}

Result<QString> PasswordSource::serverPassword(const QString &server)
{
    if (auto typed = fromTerminal(tr("Password for the server %1: ").arg(server)))
        return *typed;
    return Error {Error::Kind::Credentials,
                  tr("The server %1 asks for a password: run in a terminal to be asked for it, or "
                     "put it in ~/.pgpass (mode 600) or a service file.")
                      .arg(server),
                  {}};
}

} // namespace cd::cli
