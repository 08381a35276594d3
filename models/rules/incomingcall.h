#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace cd::rules {

// A call the phone system (softphone, CTI) announces by starting the program with
// `--incoming-call NUMBER [--call-id ID] [--line LINE]` or a `tel:` URI (screen pop).
struct IncomingCall
{
    QString number; // as the phone system gave it, URI parameters and escapes removed
    QString callId; // the phone system's id of the call; empty: none given
    QString line; // the line (queue, trunk) it rang on; empty: none given
    qint64 ringAt = 0; // epoch ms: when the phone system started the program
};

// What one start of the program hands to the window already running on its store:
// an incoming call, or nothing (the window only comes forward).
struct ScreenPopRequest
{
    std::optional<IncomingCall> call;
};

struct IncomingCalls
{
    Q_DECLARE_TR_FUNCTIONS(IncomingCalls)
public:
    static constexpr int maxNumberLength = 32;
    static constexpr int maxIdLength = 64; // of the call id and the line

    // True for an argument that is a `tel:` URI (any case of the scheme).
    static bool isTelUri(const QString &argument);
    // RFC 3966 `tel:` URI -> its number: percent escapes decoded, parameters (";...")
    // dropped, visual separators (space, - . ( )) removed, e.g.
    // "tel:+86-138%201234-5678;phone-context=x" -> "+8613812345678".
    static Result<QString> numberFromTelUri(const QString &uri);
    // The words after --incoming-call (a number may come as several arguments, e.g.
    // "+86 138 1234 5678"), joined by single spaces; only digits, a leading +, spaces
    // and - . ( ) are accepted.
    static Result<QString> numberFromWords(const QStringList &words);
    // Builds the call from a start's arguments: `telUri` or `words` (exactly one of them
    // non-empty), the call id and line (printable, at most maxIdLength characters).
    static Result<IncomingCall> fromArguments(const QString &telUri, const QStringList &words,
                                              const QString &callId, const QString &line,
                                              qint64 ringAt);

    // One line of JSON (ends in '\n') and back; decode() rejects anything malformed.
    static QByteArray encode(const ScreenPopRequest &request);
    static Result<ScreenPopRequest> decode(const QByteArray &line);
};

} // namespace cd::rules
