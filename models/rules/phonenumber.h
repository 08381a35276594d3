#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace cd::rules {

// A caller's number, validated for mainland China (libphonenumber's metadata).
struct PhoneNumber
{
    QString e164; // canonical form stored and looked up, e.g. "+8613812345678"
    QString national; // for people, e.g. "138 1234 5678" or "010 6234 5678"
};

struct PhoneNumbers
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNumbers)
public:
    // Accepts what agents type: spaces, dashes, parentheses, a +86 or 0086 prefix.
    // The error's field is "phone".
    static Result<PhoneNumber> parse(const QString &text);

    // "+8613812345678" -> "138 1234 5678" for people; anything unparsable comes back as is.
    static QString display(const QString &e164);
};

} // namespace cd::rules
