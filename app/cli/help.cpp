// The help texts, laid out from the command table; columns by display width, so that
// Chinese (two columns a character) lines up.
#include "commandtable.h"

#include <algorithm>

namespace cd::cli {

namespace {

// The options' value names, for lupdate; the help shows them translated.
[[maybe_unused]] const char *const valueNames[] = {
    QT_TRANSLATE_NOOP("CliValue", "PATH"),   QT_TRANSLATE_NOOP("CliValue", "LANG"),
    QT_TRANSLATE_NOOP("CliValue", "USER"),   QT_TRANSLATE_NOOP("CliValue", "FILE"),
    QT_TRANSLATE_NOOP("CliValue", "NAME"),   QT_TRANSLATE_NOOP("CliValue", "N"),
    QT_TRANSLATE_NOOP("CliValue", "S"),      QT_TRANSLATE_NOOP("CliValue", "NUMBER"),
    QT_TRANSLATE_NOOP("CliValue", "TEXT"),   QT_TRANSLATE_NOOP("CliValue", "CODE"),
    QT_TRANSLATE_NOOP("CliValue", "P1-P4"),  QT_TRANSLATE_NOOP("CliValue", "YUAN"),
    QT_TRANSLATE_NOOP("CliValue", "REF"),    QT_TRANSLATE_NOOP("CliValue", "TIME"),
    QT_TRANSLATE_NOOP("CliValue", "STATUS"), QT_TRANSLATE_NOOP("CliValue", "WHEN"),
    QT_TRANSLATE_NOOP("CliValue", "DATE"),   QT_TRANSLATE_NOOP("CliValue", "csv|pdf"),
    QT_TRANSLATE_NOOP("CliValue", "1-5"),    QT_TRANSLATE_NOOP("CliValue", "DIR"),
    QT_TRANSLATE_NOOP("CliValue", "ROLE"),
};

// Terminal columns of `text`: East Asian wide and full-width characters take two.
int displayWidth(const QString &text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4()) {
        const bool wide = (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf)
            || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff)
            || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60)
            || (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x20000 && c <= 0x3fffd);
        width += wide ? 2 : 1;
    }
    return width;
}

constexpr int lineWidth = 79;

// `text` in lines of at most `width` columns (a longer word stands alone), broken at
// spaces and after Chinese punctuation; the lines after the first are indented by `indent`
// columns. Its own line breaks stay.
QString wrapped(const QString &text, int width, int indent)
{
    QStringList lines;
    for (const QString &paragraph : text.split(u'\n')) {
        struct Piece
        {
            QString text;
            bool spaceBefore;
        };
        QList<Piece> pieces;
        bool space = false;
        QString current;
        for (const QChar c : paragraph) {
            if (c == u' ') {
                if (!current.isEmpty())
                    pieces.append({current, space});
                current.clear();
                space = true;
                continue;
            }
            current += c;
            if (QStringView(u"\uff0c\uff1b\u3001\u3002\uff1a").contains(c)) {
                pieces.append({current, space});
                current.clear();
                space = false;
            }
        }
        if (!current.isEmpty())
            pieces.append({current, space});
        QString line;
        int used = 0;
        for (const Piece &piece : std::as_const(pieces)) {
            const int needed = displayWidth(piece.text) + (piece.spaceBefore && used ? 1 : 0);
            if (used > 0 && used + needed > width) {
                lines << line;
                line = piece.text;
                used = displayWidth(piece.text);
                continue;
            }
            if (piece.spaceBefore && used)
                line += u' ';
            line += piece.text;
            used += needed;
        }
        lines << line;
    }
    return lines.join(u'\n' + QString(indent, u' '));
}

// Rows of "  left  right", the right column starting at one column for all (at most
// `widest` in); a longer left part puts its right part on the next line.
QString table(const QList<std::pair<QString, QString>> &rows, int widest)
{
    int column = 0;
    for (const auto &[left, right] : rows) {
        if (displayWidth(left) <= widest)
            column = std::max(column, displayWidth(left));
    }
    QString out;
    for (const auto &[left, right] : rows) {
        out += QStringLiteral("  ") + left;
        const int width = displayWidth(left);
        if (width > column)
            out += u'\n' + QString(column + 2, u' ');
        else
            out += QString(column - width, u' ');
        out += QStringLiteral("  ") + wrapped(right, lineWidth - column - 4, column + 4) + u'\n';
    }
    return out;
}

QString optionTable(const QList<QCommandLineOption> &options)
{
    QList<std::pair<QString, QString>> rows;
    for (const QCommandLineOption &option : options) {
        QStringList names;
        QStringList all = option.names();
        std::stable_sort(all.begin(), all.end(),
                         [](const QString &a, const QString &b) { return a.size() < b.size(); });
        for (const QString &name : std::as_const(all))
            names << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
        QString left = names.join(QStringLiteral(", "));
        if (!option.valueName().isEmpty()) {
            const QByteArray valueName = option.valueName().toLatin1();
            left += u' ' + QCoreApplication::translate("CliValue", valueName.constData());
        }
        QString right = option.description();
        if (!option.defaultValues().isEmpty())
            right = Tr::tr("%1 (default: %2)").arg(right, option.defaultValues().join(u','));
        rows.append({left, right});
    }
    return table(rows, 28);
}

} // namespace

QString overviewHelp()
{
    QList<std::pair<QString, QString>> rows;
    for (const Command &command : commands())
        rows.append({command.name, command.summary});
    return Tr::tr("Usage: complaintdesk-cli COMMAND [options] [--as USER] [--database PATH]\n"
                  "       [--lang zh_CN|en] [--password-file FILE] [--new-password-file FILE]")
        + QStringLiteral("\n\n")
        + Tr::tr("Most commands act as --as USER (each command's help says whether it does),\n"
                 "whose password is asked for on the terminal, or read from the first line\n"
                 "of --password-file FILE (mode 600). New passwords likewise: asked twice, or\n"
                 "--new-password-file FILE. Scripts may use COMPLAINTDESK_PASSWORD and\n"
                 "COMPLAINTDESK_NEW_PASSWORD instead, at a risk: the environment is seen by\n"
                 "child processes and may be logged.")
        + QStringLiteral("\n\n") + Tr::tr("Commands:") + u'\n' + table(rows, 14) + u'\n'
        + Tr::tr("Options of every command:") + u'\n' + optionTable(commonOptions()) + u'\n'
        + Tr::tr("A command's options: complaintdesk-cli help COMMAND, or COMMAND --help.") + u'\n'
        + Tr::tr("Exit status: 0 success, 1 failure, 2 usage error.");
}

QString commandHelp(const Command &command)
{
    QString out = Tr::tr("Usage: complaintdesk-cli %1").arg(command.synopsis) + u'\n'
        + wrapped(command.summary, lineWidth, 0) + u'\n';
    if (!command.details.isEmpty())
        out += wrapped(command.details, lineWidth, 0) + u'\n';
    if (!command.aliases.isEmpty())
        out += Tr::tr("Also: %1").arg(command.aliases.join(QStringLiteral(", "))) + u'\n';
    QList<QCommandLineOption> options = command.options;
    options << QCommandLineOption({QStringLiteral("help"), QStringLiteral("h")},
                                  Tr::tr("this help"));
    out += u'\n' + Tr::tr("Options:") + u'\n' + optionTable(options) + u'\n';
    switch (command.access) {
    case Access::SignedIn:
        out += Tr::tr("Signs in as --as USER.") + u'\n';
        break;
    case Access::Anonymous:
        out += Tr::tr("Does not sign in.") + u'\n';
        break;
    case Access::ByAction:
        break;
    }
    if (!command.permission.isEmpty())
        out += Tr::tr("Who may: %1").arg(command.permission) + u'\n';
    if (command.store == Store::CreateIfMissing)
        out += Tr::tr("Creates the store where there is none.") + u'\n';
    out += Tr::tr("Options of every command: --database PATH, --lang zh_CN|en, --as USER,\n"
                  "--password-file FILE, --new-password-file FILE (complaintdesk-cli --help).");
    return out;
}

} // namespace cd::cli
