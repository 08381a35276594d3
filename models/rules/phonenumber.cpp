#include "phonenumber.h"

#include <phonenumbers/phonenumberutil.h>

#include <QHash>

namespace cd::rules {

using i18n::phonenumbers::PhoneNumberUtil;

Result<PhoneNumber> PhoneNumbers::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error::invalid(tr("Enter the caller's phone number."), QStringLiteral("phone"));
    // libphonenumber is lenient with letters (vanity numbers); a hotline never sees them.
    for (const QChar c : trimmed) {
        if (!(c.isDigit() || c == u' ' || c == u'-' || c == u'+' || c == u'(' || c == u')'))
            return Error::invalid(tr("A phone number has only digits, spaces and dashes."),
                                  QStringLiteral("phone"));
    }

    // Numbers seen lately, as libphonenumber read them (a caller calls again; an import
    // names the same callers many times). Refusals are not kept: their text is translated.
    thread_local QHash<QString, PhoneNumber> known;
    if (const auto found = known.constFind(trimmed); found != known.constEnd())
        return *found;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber number;
    const auto parseError = util->Parse(trimmed.toStdString(), "CN", &number);
    if (parseError != PhoneNumberUtil::NO_PARSING_ERROR || !util->IsValidNumber(number)) {
        return Error::invalid(tr("\"%1\" is not a valid phone number. Enter a mobile number "
                                 "(11 digits) or a landline with its area code.")
                                  .arg(trimmed),
                              QStringLiteral("phone"));
    }
    std::string e164;
    std::string national;
    util->Format(number, PhoneNumberUtil::E164, &e164);
    const bool domestic = number.country_code() == 86;
    util->Format(number, domestic ? PhoneNumberUtil::NATIONAL : PhoneNumberUtil::INTERNATIONAL,
                 &national);
    const PhoneNumber parsed {QString::fromStdString(e164), QString::fromStdString(national)};
    if (known.size() >= 8192)
        known.clear();
    known.insert(trimmed, parsed);
    return parsed;
}

QString PhoneNumbers::display(const QString &e164)
{
    const auto parsed = parse(e164);
    return parsed ? parsed->national : e164;
}

} // namespace cd::rules
