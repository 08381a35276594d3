#include "serveraddress.h"

#include "libpq.h"
#include "lockedhash.h"

namespace cd::storage {

namespace {

// The passwords remembered for this process, by server address.
LockedHash<QString, QString> &passwords()
{
    static LockedHash<QString, QString> instance;
    return instance;
}

QString quoted(const QString &value)
{
    QString out = value;
    out.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + out + u'\'';
}

} // namespace

bool ServerAddress::isServer(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || trimmed.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive))
        return true;
    const Libpq *pq = trimmed.contains(u'=') ? Libpq::get() : nullptr;
    if (!pq)
        return false;
    char *error = nullptr;
    PQconninfoOption *options = pq->conninfoParse(trimmed.toUtf8().constData(), &error);
    pq->freemem(error);
    pq->conninfoFree(options);
    return options != nullptr;
}

Result<ServerAddress> ServerAddress::parse(const QString &text)
{
    const Libpq *pq = Libpq::get();
    if (!pq) {
        return Error {Error::Kind::Usage,
                      tr("\"%1\" cannot be opened: PostgreSQL's client library (libpq5) is not "
                         "installed.")
                          .arg(text),
                      {}};
    }
    char *error = nullptr;
    PQconninfoOption *options = pq->conninfoParse(text.trimmed().toUtf8().constData(), &error);
    if (!options) {
        const QString detail = QString::fromUtf8(error ? error : "").trimmed();
        pq->freemem(error);
        return Error {Error::Kind::Usage,
                      tr("\"%1\" is not a PostgreSQL connection address: %2").arg(text, detail),
                      {}};
    }
    ServerAddress address;
    address.m_text = text.trimmed();
    bool hasPassword = false;
    QString unusable;
    for (PQconninfoOption *option = options; option->keyword; ++option) {
        if (!option->val || !*option->val)
            continue;
        const QString keyword = QString::fromUtf8(option->keyword);
        const QString value = QString::fromUtf8(option->val);
        if (keyword == QLatin1String("password"))
            hasPassword = true;
        else if (value.contains(u';'))
            unusable = keyword;
        else
            address.m_options.append({keyword, value});
    }
    pq->conninfoFree(options);
    if (hasPassword) {
        return Error {Error::Kind::Usage,
                      tr("The server address holds a password. A password on the command line is "
                         "seen by every user of this computer: remove it from the address and put "
                         "it in ~/.pgpass (mode 600) or a service file."),
                      {}};
    }
    if (!unusable.isEmpty()) {
        return Error {Error::Kind::Usage,
                      tr("The value of \"%1\" in the server address contains a semicolon, which "
                         "cannot be passed to the server.")
                          .arg(unusable),
                      {}};
    }
    return address;
}

QString ServerAddress::display() const
{
    QString host, port, dbname, user, service;
    for (const auto &[keyword, value] : m_options) {
        if (keyword == QLatin1String("host")
            || (keyword == QLatin1String("hostaddr") && host.isEmpty()))
            host = value;
        else if (keyword == QLatin1String("port"))
            port = value;
        else if (keyword == QLatin1String("dbname"))
            dbname = value;
        else if (keyword == QLatin1String("user"))
            user = value;
        else if (keyword == QLatin1String("service"))
            service = value;
    }
    if (!service.isEmpty() && host.isEmpty())
        return tr("service %1").arg(service);
    if (host.isEmpty())
        host = QString::fromLocal8Bit(qgetenv("PGHOST"));
    if (host.isEmpty())
        host = QStringLiteral("localhost");
    QString out = user.isEmpty() ? host : user + u'@' + host;
    if (!port.isEmpty())
        out += u':' + port;
    if (!dbname.isEmpty())
        out += u'/' + dbname;
    return out;
}

QString ServerAddress::connectOptions() const
{
    QStringList parts;
    for (const auto &[keyword, value] : m_options)
        parts << keyword + u'=' + quoted(value);
    return parts.join(u';');
}

void ServerAddress::rememberPassword(const QString &address, const QString &password)
{
    passwords().lock()->insert(address.trimmed(), password);
}

QString ServerAddress::rememberedPassword(const QString &address)
{
    return passwords().lock()->value(address.trimmed());
}

} // namespace cd::storage
