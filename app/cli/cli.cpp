#include "cli.h"

#include "translationloader.h"
#include "workspace.h"

#include <QDateTime>

#include <cstdio>

namespace cd::cli {

namespace {

QString usage()
{
    return Tr::tr(
        "Usage: complaintdesk-cli COMMAND [options] [--database PATH] [--lang zh_CN|en]\n"
        "\n"
        "Commands:\n"
        "  init                       create or upgrade the store\n"
        "  demo --count N [--seed S]  add N realistic demonstration complaints\n"
        "  log --phone P --text T [--channel C] [--category CODE] [--subcategory CODE]\n"
        "      [--severity P1|P2|P3|P4] [--demand D] [--amount YUAN] [--transaction-ref R]\n"
        "      [--name NAME] [--received ISO8601] [--solved-on-call] [--follow-up REF]\n"
        "                             log a call; prints the complaint's reference\n"
        "  show REF [--json]          one complaint with its calls and events\n"
        "  list [--status S] [--category C] [--department D] [--severity P]\n"
        "       [--limit N] [--json]  complaints, newest first\n"
        "  status REF --to STATUS --note NOTE\n"
        "                             move a complaint along the workflow\n"
        "  export FILE.csv            all complaints as CSV (UTF-8 with BOM)\n"
        "\n"
        "Exit status: 0 success, 1 failure, 2 usage error.");
}

} // namespace

void printOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
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

Result<std::unique_ptr<models::Workspace>> openWorkspace(const QCommandLineParser &parser,
                                                         bool manualClock)
{
    const QString path = parser.isSet(QStringLiteral("database"))
                             ? parser.value(QStringLiteral("database"))
                             : models::Workspace::defaultDatabasePath();
    std::unique_ptr<models::Clock> clock;
    if (manualClock)
        clock = std::make_unique<models::ManualClock>(QDateTime::currentMSecsSinceEpoch());
    return models::Workspace::open(path, models::Workspace::workstationUsername(),
                                   std::move(clock));
}

int run(QCoreApplication &app, QStringList arguments)
{
    // --lang is honoured before anything is printed, wherever it stands.
    const int langAt = int(arguments.indexOf(QStringLiteral("--lang")));
    QString language;
    if (langAt >= 0 && langAt + 1 < arguments.size())
        language = arguments.at(langAt + 1);
    for (const QString &argument : std::as_const(arguments)) {
        if (argument.startsWith(QLatin1String("--lang=")))
            language = argument.mid(7);
    }
    if (i18n::installTranslations(app, language).isEmpty()) {
        i18n::installTranslations(app, {});
        printError(Tr::tr("The language \"%1\" is not available; use zh_CN or en.").arg(language));
        return UsageError;
    }

    if (arguments.isEmpty()) {
        printError(usage());
        return UsageError;
    }
    const QString command = arguments.takeFirst();
    if (command == QLatin1String("help") || command == QLatin1String("--help")
        || command == QLatin1String("-h")) {
        printOut(usage());
        return Success;
    }
    if (command == QLatin1String("--version")) {
        printOut(QStringLiteral("complaintdesk-cli ") + QCoreApplication::applicationVersion());
        return Success;
    }
    using Command = int (*)(const QStringList &);
    const QList<std::pair<QString, Command>> commands{
        {QStringLiteral("init"), initCommand},     {QStringLiteral("demo"), demoCommand},
        {QStringLiteral("log"), logCommand},       {QStringLiteral("show"), showCommand},
        {QStringLiteral("list"), listCommand},     {QStringLiteral("export"), exportCommand},
        {QStringLiteral("status"), statusCommand},
    };
    for (const auto &[name, function] : commands) {
        if (name == command)
            return function(arguments);
    }
    printError(Tr::tr("Unknown command \"%1\".").arg(command) + u'\n' + usage());
    return UsageError;
}

} // namespace cd::cli
