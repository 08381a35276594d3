#include "cli.h"

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

namespace {

QString usage()
{
    return Tr::tr(
        "Usage: complaintdesk-cli COMMAND [options] [--as USER] [--database PATH]\n"
        "       [--lang zh_CN|en] [--password-file FILE] [--new-password-file FILE]\n"
        "\n"
        "Commands other than init, verify-audit, check and audit-key import act as\n"
        "--as USER, whose password is asked for on the terminal, or read from the first\n"
        "line of --password-file FILE (mode 600). New passwords likewise: asked twice, or\n"
        "--new-password-file FILE. Scripts may use COMPLAINTDESK_PASSWORD and\n"
        "COMPLAINTDESK_NEW_PASSWORD instead, at a risk: the environment is seen by child\n"
        "processes and may be logged.\n"
        "\n"
        "Commands:\n"
        "  init [--admin USER [--name NAME]]\n"
        "                             create or upgrade the store; the first time, create\n"
        "                             the administrator (with a new password)\n"
        "  demo --count N [--seed S]  add N realistic demonstration complaints\n"
        "  log --phone P --text T [--channel C] [--category CODE] [--subcategory CODE]\n"
        "      [--severity P1|P2|P3|P4] [--demand D] [--amount YUAN] [--transaction-ref R]\n"
        "      [--business-type POS_ACQUIRING|QR_PAYMENT|ONLINE_PAYMENT|CARD_REPAYMENT|OTHER]\n"
        "      [--name NAME] [--received ISO8601] [--solved-on-call] [--follow-up REF]\n"
        "                             log a call; prints the complaint's reference\n"
        "  show REF [--json] [--reveal]\n"
        "                             one complaint with its calls and events; phone\n"
        "                             numbers are masked, --reveal (leads, administrators)\n"
        "                             shows this one in full and records that\n"
        "  list [--status S] [--category C] [--department D] [--severity P]\n"
        "       [--due today|at-risk|overdue] [--search TEXT] [--limit N] [--json]\n"
        "                             complaints, newest first (phone numbers masked)\n"
        "  search TEXT [--limit N] [--json]\n"
        "                             complaints by reference, phone, name or words of the\n"
        "                             text (Chinese words of two characters included)\n"
        "  status REF --to STATUS --note NOTE\n"
        "                             move a complaint along the workflow\n"
        "  assign REF (--department D | --to USER) --reason R\n"
        "                             transfer to a department's queue or a person\n"
        "  escalate REF --reason R    hand the complaint to the department's lead\n"
        "  reclassify REF --category C [--subcategory S] --reason R\n"
        "                             correct the classification (routing runs again)\n"
        "  export FILE.csv [--unmasked]\n"
        "                             complaints as CSV (UTF-8 with BOM), phones masked;\n"
        "                             --unmasked: administrators, recorded\n"
        "  user list | add USER --role agent|lead|admin [--department D] [--name N]\n"
        "       | disable USER | enable USER | unlock USER | reset-password USER\n"
        "                             manage accounts (administrators)\n"
        "  passwd                     change your password\n"
        "  verify-audit [--key-file FILE] [--anchor-file FILE]\n"
        "                             check the audit trail: its sealed chain, its end\n"
        "                             against the last anchor, each complaint against its\n"
        "                             events (--key-file: a copied store, elsewhere)\n"
        "  audit-key export FILE | import FILE\n"
        "                             the store's audit key for an auditor (administrators),\n"
        "                             or put on this computer (a store moved here)\n"
        "  check [--json]             check the whole store (SQLite's integrity check and\n"
        "                             the audit trail); writes nothing; exit 1 if damaged\n"
        "  anonymise [--dry-run]      anonymise customers past the retention period\n"
        "  contact REF --note NOTE    record a contact with the customer (stops the\n"
        "                             first-response clock)\n"
        "  extend REF --days N --reason R\n"
        "                             extend a resolution deadline (leads; where the policy\n"
        "                             allows it, up to its maximum)\n"
        "  callback REF (--at ISO8601 [--note NOTE] | --clear)\n"
        "                             promise the customer a call-back, with a reminder\n"
        "  sweep                      record breached deadlines; print your new reminders\n"
        "  reminders [--json]         your reminders, newest first\n"
        "  calendar list | show CODE | import FILE.csv [--calendar CODE]\n"
        "                             business calendars (import: administrators; replaces\n"
        "                             the listed days of the years the file covers)\n"
        "  classify [--json] [--lexicon-only]\n"
        "                             suggest categories for complaint texts, one per line\n"
        "                             on stdin: CODE<TAB>confidence<TAB>second,third\n"
        "  report --from DATE --to DATE --format csv|pdf --output FILE [--department D]\n"
        "                             periodic statistics (leads: their department)\n"
        "  dashboard --from DATE --to DATE [--department D]\n"
        "                             the dashboard's figures as JSON\n"
        "  satisfaction REF --score 1-5 [--comment TEXT]\n"
        "                             the customer's satisfaction, at follow-up\n"
        "  merge REF --into REF --reason R\n"
        "                             merge a duplicate into the complaint kept\n"
        "  backup FILE [--replace]    an online copy of the store while others work\n"
        "                             (administrators)\n"
        "  restore FILE               replace the store by a backup, keeping a copy of it\n"
        "                             (administrators; where no store exists, create it)\n"
        "  daily-backup [--keep N] [--folder DIR | --default-folder]\n"
        "                             the desk's automatic daily backup (set: administrators)\n"
        "\n"
        "Exit status: 0 success, 1 failure, 2 usage error.");
}

} // namespace

Result<storage::ComplaintRecord> complaintOf(models::Workspace &ws, const QCommandLineParser &parser)
{
    auto detail = ws.queries().detailByReference(parser.positionalArguments().constFirst());
    if (!detail)
        return detail.error();
    return detail->complaint;
}

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
    return Error{Error::Kind::Usage, message, {}};
}

Result<void> parseCommand(QCommandLineParser &parser, const QStringList &arguments,
                          const QList<QCommandLineOption> &options, int positionals)
{
    parser.addOption({QStringLiteral("database"), QString(), QStringLiteral("path")});
    parser.addOption({QStringLiteral("lang"), QString(), QStringLiteral("language")});
    parser.addOption({QStringLiteral("as"), QString(), QStringLiteral("user")});
    parser.addOption({QStringLiteral("password-file"), QString(), QStringLiteral("file")});
    parser.addOption({QStringLiteral("new-password-file"), QString(), QStringLiteral("file")});
    parser.addOptions(options);
    if (!parser.parse(QStringList{QStringLiteral("complaintdesk-cli")} + arguments))
        return usageError(parser.errorText());
    if (parser.positionalArguments().size() != positionals) {
        return usageError(Tr::tr("Expected %n argument(s) besides the options.", "", positionals)
                          + QStringLiteral(" ") + Tr::tr("Run \"complaintdesk-cli help\"."));
    }
    return {};
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
        case u'\\': plain += QStringLiteral("\\\\"); continue;
        case u'\n': plain += QStringLiteral("\\n"); continue;
        case u'\r': plain += QStringLiteral("\\r"); continue;
        case u'\t': plain += QStringLiteral("\\t"); continue;
        default: break;
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

Result<std::unique_ptr<models::Workspace>> openWorkspace(const QCommandLineParser &parser,
                                                         SignIn signIn, bool manualClock,
                                                         Store store)
{
    const QString path = storePath(parser);
    std::unique_ptr<models::Clock> clock;
    if (manualClock)
        clock = std::make_unique<models::ManualClock>(QDateTime::currentMSecsSinceEpoch());
    auto workspace = store == Store::CreateIfMissing
                         ? models::Workspace::create(path, std::move(clock))
                         : models::Workspace::open(path, std::move(clock));
    if (!workspace)
        return workspace;
    const QString storeFile = (*workspace)->storePath();
    if (models::StoreCheck::isWithin(storeFile, models::StoreCheck::commandCheckLimitBytes)) {
        auto checked = models::StoreCheck::run((*workspace)->connection(),
                                               models::StoreCheck::Depth::Quick);
        if (!checked)
            return checked.error();
        if (checked->damaged())
            return checked->damage(storeFile);
    }
    if (signIn == SignIn::None)
        return workspace;
    const QString user = parser.value(QStringLiteral("as"));
    if (user.isEmpty()) {
        return Error{Error::Kind::Usage,
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
    auto password = PasswordSource::read(parser.value(QStringLiteral("password-file")),
                                         QStringLiteral("--password-file"),
                                         "COMPLAINTDESK_PASSWORD",
                                         Tr::tr("Password for %1: ").arg(username));
    if (!password)
        return password.error();
    return password->text;
}

Result<QString> readNewPassword(const QCommandLineParser &parser, const QString &username)
{
    auto first = PasswordSource::read(parser.value(QStringLiteral("new-password-file")),
                                      QStringLiteral("--new-password-file"),
                                      "COMPLAINTDESK_NEW_PASSWORD",
                                      Tr::tr("New password for %1: ").arg(username));
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
                           .arg(i + 1).arg(*bad));
            return UsageError;
        }
        arguments << QString::fromUtf8(rawArguments.at(i));
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
        {QStringLiteral("list"), listCommand},     {QStringLiteral("search"), searchCommand},     {QStringLiteral("export"), exportCommand},
        {QStringLiteral("status"), statusCommand},
        {QStringLiteral("assign"), assignCommand}, {QStringLiteral("escalate"), escalateCommand},
        {QStringLiteral("reclassify"), reclassifyCommand},
        {QStringLiteral("user"), userCommand},     {QStringLiteral("passwd"), passwdCommand},
        {QStringLiteral("verify-audit"), verifyAuditCommand},
        {QStringLiteral("audit-key"), auditKeyCommand},
        {QStringLiteral("check"), checkCommand},
        {QStringLiteral("anonymise"), anonymiseCommand},
        {QStringLiteral("anonymize"), anonymiseCommand},
        {QStringLiteral("contact"), contactCommand},
        {QStringLiteral("extend"), extendCommand},
        {QStringLiteral("callback"), callbackCommand},
        {QStringLiteral("sweep"), sweepCommand},
        {QStringLiteral("reminders"), remindersCommand},
        {QStringLiteral("calendar"), calendarCommand},
        {QStringLiteral("classify"), classifyCommand},
        {QStringLiteral("report"), reportCommand},
        {QStringLiteral("dashboard"), dashboardCommand},
        {QStringLiteral("satisfaction"), satisfactionCommand},
        {QStringLiteral("merge"), mergeCommand},
        {QStringLiteral("backup"), backupCommand},
        {QStringLiteral("restore"), restoreCommand},
        {QStringLiteral("daily-backup"), dailyBackupCommand},
    };
    for (const auto &[name, function] : commands) {
        if (name == command)
            return function(arguments);
    }
    printError(Tr::tr("Unknown command \"%1\".").arg(command) + u'\n' + usage());
    return UsageError;
}

} // namespace cd::cli
