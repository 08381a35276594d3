#include "cli.h"

#include "commandtable.h"

#include "authservice.h"
#include "complaintqueries.h"
#include "freetext.h"
#include "passwordprompt.h"
#include "reference.h"
#include "storecheck.h"
#include "translationloader.h"
#include "workspace.h"

#include <QDateTime>

#include <cstdio>

namespace cd::cli {

std::optional<qint64> parseTime(const QString &text)
{
    QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!when.isValid())
        return std::nullopt;
    if (when.timeSpec() == Qt::LocalTime)
        when = QDateTime(when.date(), when.time(), rules::businessTimeZone());
    return when.toMSecsSinceEpoch();
}

Error usageError(const QString &message)
{
    return Error {Error::Kind::Usage, message, {}};
}

QList<QCommandLineOption> commonOptions()
{
    return {
        {QStringLiteral("database"), Tr::tr("the store (default: the desk's own)"),
         QStringLiteral("PATH")},
        {QStringLiteral("lang"), Tr::tr("the language of messages: zh_CN or en"),
         QStringLiteral("LANG")},
        {QStringLiteral("as"), Tr::tr("act as this user (signs in)"), QStringLiteral("USER")},
        {QStringLiteral("password-file"),
         Tr::tr("read the password from the first line of FILE (mode 600)"),
         QStringLiteral("FILE")},
        {QStringLiteral("new-password-file"),
         Tr::tr("read a new password from the first line of FILE (mode 600)"),
         QStringLiteral("FILE")},
    };
}

void printOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
}

QString plainValue(const QString &value)
{
    QString plain;
    plain.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        const char16_t u = c.unicode();
        if (c.isHighSurrogate() && i + 1 < value.size() && value.at(i + 1).isLowSurrogate()) {
            plain += c;
            plain += value.at(++i);
            continue;
        }
        switch (u) {
        case u'\\':
            plain += QStringLiteral("\\\\");
            continue;
        case u'\n':
            plain += QStringLiteral("\\n");
            continue;
        case u'\r':
            plain += QStringLiteral("\\r");
            continue;
        case u'\t':
            plain += QStringLiteral("\\t");
            continue;
        default:
            break;
        }
        if (u < 0x20 || (u >= 0x7f && u <= 0x9f))
            plain += QStringLiteral("\\x") + QString::number(u, 16).rightJustified(2, u'0');
        else if (u == 0x2028 || u == 0x2029 || rules::FreeText::firstForbiddenCharacter(QString(c)))
            plain += QStringLiteral("\\u") + QString::number(u, 16).rightJustified(4, u'0');
        else
            plain += c;
    }
    return plain;
}

void printRow(const QStringList &values)
{
    QStringList plain;
    plain.reserve(values.size());
    for (const QString &value : values)
        plain << plainValue(value);
    printOut(plain.join(u'\t'));
}

void printError(const QString &text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stderr);
}

int fail(const Error &error)
{
    printError(error.message);
    return error.kind == Error::Kind::Usage ? UsageError : Failure;
}

QString storePath(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("database")) ? parser.value(QStringLiteral("database"))
                                                    : models::Workspace::defaultDatabasePath();
}

Result<std::unique_ptr<models::Workspace>>
openWorkspace(const QCommandLineParser &parser, SignIn signIn, bool manualClock, Store store)
{
    const QString path = storePath(parser);
    std::unique_ptr<models::Clock> clock;
    if (manualClock)
        clock = std::make_unique<models::ManualClock>(QDateTime::currentMSecsSinceEpoch());
    auto open = [&] {
        return store == Store::CreateIfMissing ? models::Workspace::create(path, std::move(clock))
                                               : models::Workspace::open(path, std::move(clock));
    };
    auto workspace = open();
    if (!workspace && workspace.error().kind == Error::Kind::Credentials) {
        // The server wants a password ~/.pgpass did not give: asked once, on the terminal.
        auto password = PasswordSource::serverPassword(path);
        if (!password)
            return password.error();
        models::Workspace::useServerPassword(path, *password);
        if (manualClock)
            clock = std::make_unique<models::ManualClock>(QDateTime::currentMSecsSinceEpoch());
        workspace = open();
    }
    if (!workspace)
        return workspace;
    const QString storeFile = (*workspace)->storePath();
    if (models::StoreCheck::isWithin(storeFile, models::StoreCheck::commandCheckLimitBytes)) {
        auto checked =
            models::StoreCheck::run((*workspace)->connection(), models::StoreCheck::Depth::Quick);
        if (!checked)
            return checked.error();
        if (checked->damaged())
            return checked->damage(storeFile);
    }
    if (signIn == SignIn::None)
        return workspace;
    const QString user = parser.value(QStringLiteral("as"));
    if (user.isEmpty()) {
        return Error {Error::Kind::Usage,
                      Tr::tr("Say who you are with --as USER (the password is asked for, or "
                             "read from --password-file FILE)."),
                      {}};
    }
    const auto password = readSignInPassword(parser, user);
    if (!password)
        return password.error();
    auto signedIn = (*workspace)->auth().signIn(user, *password);
    if (!signedIn)
        return signedIn.error();
    return workspace;
}

Result<QString> readSignInPassword(const QCommandLineParser &parser, const QString &username)
{
    auto password = PasswordSource::read(
        parser.value(QStringLiteral("password-file")), QStringLiteral("--password-file"),
        "COMPLAINTDESK_PASSWORD", Tr::tr("Password for %1: ").arg(username));
    if (!password)
        return password.error();
    return password->text;
}

Result<QString> readNewPassword(const QCommandLineParser &parser, const QString &username)
{
    auto first = PasswordSource::read(
        parser.value(QStringLiteral("new-password-file")), QStringLiteral("--new-password-file"),
        "COMPLAINTDESK_NEW_PASSWORD", Tr::tr("New password for %1: ").arg(username));
    if (!first)
        return first.error();
    if (first->from == PasswordSource::From::Terminal) {
        auto again = PasswordSource::read({}, QStringLiteral("--new-password-file"),
                                          "COMPLAINTDESK_NEW_PASSWORD_UNUSED",
                                          Tr::tr("Repeat the new password: "));
        if (!again || again->text != first->text)
            return Error::invalid(Tr::tr("The two passwords differ."));
    }
    return first->text;
}

int run(QCoreApplication &app, const QList<QByteArray> &rawArguments)
{
    // --lang is honoured before anything is printed, wherever it stands.
    const qsizetype langAt = rawArguments.indexOf("--lang");
    QString language;
    if (langAt >= 0 && langAt + 1 < rawArguments.size())
        language = QString::fromUtf8(rawArguments.at(langAt + 1));
    for (const QByteArray &argument : rawArguments) {
        if (argument.startsWith("--lang="))
            language = QString::fromUtf8(argument.mid(7));
    }
    if (i18n::installTranslations(app, language).isEmpty()) {
        i18n::installTranslations(app, {});
        printError(Tr::tr("The language \"%1\" is not available; use zh_CN or en.").arg(language));
        return UsageError;
    }
    QStringList arguments;
    for (qsizetype i = 0; i < rawArguments.size(); ++i) {
        if (const auto bad = rules::firstInvalidUtf8Byte(rawArguments.at(i))) {
            printError(Tr::tr("Argument %1 is not UTF-8 text (byte %2 of it); nothing was done.")
                           .arg(i + 1)
                           .arg(*bad));
            return UsageError;
        }
        arguments << QString::fromUtf8(rawArguments.at(i));
    }

    if (arguments.isEmpty()) {
        printError(overviewHelp());
        return UsageError;
    }
    const QString name = arguments.takeFirst();
    if (name == QLatin1String("--version")) {
        printOut(QStringLiteral("complaintdesk-cli ") + QCoreApplication::applicationVersion());
        return Success;
    }
    const bool help = name == QLatin1String("help") || name == QLatin1String("--help")
        || name == QLatin1String("-h");
    QString asked = name;
    if (help) {
        // help [COMMAND], among the common options (say --lang).
        QCommandLineParser parser;
        parser.addOptions(commonOptions());
        parser.parse(QStringList {QStringLiteral("complaintdesk-cli")} + arguments);
        if (parser.positionalArguments().isEmpty()) {
            printOut(overviewHelp());
            return Success;
        }
        asked = parser.positionalArguments().constFirst();
    }
    const std::optional<Command> command = findCommand(asked);
    if (!command) {
        printError(Tr::tr("Unknown command \"%1\".").arg(asked) + u'\n' + overviewHelp());
        return UsageError;
    }
    if (help) {
        printOut(commandHelp(*command));
        return Success;
    }
    const int status = runCommand(*command, arguments);
    if (status == UsageError) {
        printError(
            Tr::tr("Run \"complaintdesk-cli help %1\" for the usage of %1.").arg(command->name));
    }
    return status;
}

} // namespace cd::cli
