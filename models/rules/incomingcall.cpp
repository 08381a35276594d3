#include "incomingcall.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace cd::rules {

namespace {

constexpr int protocolVersion = 1;

bool hasDigit(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
}

// Printable, one line, at most IncomingCalls::maxIdLength characters.
bool isPlainLabel(const QString &text)
{
    return text.size() <= IncomingCalls::maxIdLength
        && std::all_of(text.begin(), text.end(), [](QChar c) { return c.isPrint(); });
}

} // namespace

bool IncomingCalls::isTelUri(const QString &argument)
{
    return argument.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive);
}

Result<QString> IncomingCalls::numberFromTelUri(const QString &uri)
{
    if (!isTelUri(uri))
        return Error::invalid(tr("\"%1\" is not a tel: link.").arg(uri), QStringLiteral("phone"));
    QString body = uri.mid(4);
    if (const qsizetype parameters = body.indexOf(u';'); parameters >= 0)
        body.truncate(parameters);
    const QString decoded = QUrl::fromPercentEncoding(body.toUtf8());
    QString number;
    for (const QChar c : decoded) {
        if (c.isSpace() || c == u'-' || c == u'.' || c == u'(' || c == u')')
            continue;
        number += c;
    }
    static const QRegularExpression digits(QStringLiteral("^\\+?[0-9]+$"));
    if (number.isEmpty() || number.size() > maxNumberLength || !digits.match(number).hasMatch()) {
        return Error::invalid(tr("The tel: link \"%1\" does not hold a telephone number.").arg(uri),
                              QStringLiteral("phone"));
    }
    return number;
}

Result<QString> IncomingCalls::numberFromWords(const QStringList &words)
{
    const QString number = words.join(u' ').simplified();
    static const QRegularExpression allowed(QStringLiteral("^\\+?[0-9 ().-]+$"));
    if (number.size() > maxNumberLength || !hasDigit(number) || !allowed.match(number).hasMatch()) {
        return Error::invalid(tr("\"%1\" is not a telephone number (digits, a leading +, "
                                 "spaces and - . ( ) only, at most %2 characters).")
                                  .arg(number)
                                  .arg(maxNumberLength),
                              QStringLiteral("phone"));
    }
    return number;
}

Result<IncomingCall> IncomingCalls::fromArguments(const QString &telUri, const QStringList &words,
                                                  const QString &callId, const QString &line,
                                                  qint64 ringAt)
{
    if (telUri.isEmpty() == words.isEmpty())
        return Error::invalid(tr("Give the caller's number once: --incoming-call NUMBER or a "
                                 "tel: link."));
    auto number = telUri.isEmpty() ? numberFromWords(words) : numberFromTelUri(telUri);
    if (!number)
        return number.error();
    if (!isPlainLabel(callId)) {
        return Error::invalid(
            tr("The call id must be printable and at most %1 characters.").arg(maxIdLength));
    }
    if (!isPlainLabel(line)) {
        return Error::invalid(
            tr("The line must be printable and at most %1 characters.").arg(maxIdLength));
    }
    return IncomingCall {*number, callId, line, ringAt};
}

QByteArray IncomingCalls::encode(const ScreenPopRequest &request)
{
    QJsonObject o {{QStringLiteral("v"), protocolVersion}};
    if (request.call) {
        o.insert(QStringLiteral("number"), request.call->number);
        o.insert(QStringLiteral("call_id"), request.call->callId);
        o.insert(QStringLiteral("line"), request.call->line);
        o.insert(QStringLiteral("ring_at"), double(request.call->ringAt));
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

Result<ScreenPopRequest> IncomingCalls::decode(const QByteArray &line)
{
    const QJsonDocument document = QJsonDocument::fromJson(line.trimmed());
    const QJsonObject o = document.object();
    if (!document.isObject() || o.value(QStringLiteral("v")).toInt() != protocolVersion)
        return Error::invalid(tr("A screen-pop request could not be read."));
    ScreenPopRequest request;
    if (!o.contains(QStringLiteral("number")))
        return request;
    auto call = fromArguments({}, {o.value(QStringLiteral("number")).toString()},
                              o.value(QStringLiteral("call_id")).toString(),
                              o.value(QStringLiteral("line")).toString(),
                              qint64(o.value(QStringLiteral("ring_at")).toDouble()));
    if (!call)
        return call.error();
    request.call = *call;
    return request;
}

} // namespace cd::rules
