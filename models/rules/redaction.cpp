#include "redaction.h"

#include "phonenumber.h"

#include <QDate>
#include <QList>

#include <algorithm>

namespace cd::rules {

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}
bool isFullWidthDigit(QChar c)
{
    return c >= QChar(0xff10) && c <= QChar(0xff19);
}
bool isDigitChar(QChar c)
{
    return isAsciiDigit(c) || isFullWidthDigit(c);
}
char asciiDigit(QChar c)
{
    return char('0' + (isFullWidthDigit(c) ? c.unicode() - 0xff10 : c.unicode() - u'0'));
}
bool isCheckX(QChar c)
{
    return c == u'X' || c == u'x' || c == QChar(0xff38) || c == QChar(0xff58);
}
bool isPlus(QChar c)
{
    return c == u'+' || c == QChar(0xff0b);
}

// Between the groups of one number: spaces (also no-break and ideographic), dots, slashes,
// dashes (hyphen, figure, en and em dashes) and underscores, ASCII or full-width.
bool isSeparator(QChar c)
{
    switch (c.unicode()) {
    case u' ':
    case 0x00a0:
    case 0x3000:
    case u'.':
    case 0xff0e:
    case u'/':
    case 0xff0f:
    case u'-':
    case 0xff0d:
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case u'_':
    case 0xff3f:
        return true;
    default:
        return false;
    }
}

struct Group
{
    qsizetype start = 0; // index in the text
    qsizetype length = 0; // number of digits
    qsizetype end() const { return start + length; }
};

// The maximal runs of digits of `text`.
QList<Group> digitGroups(const QString &text)
{
    QList<Group> groups;
    for (qsizetype i = 0; i < text.size();) {
        if (!isDigitChar(text.at(i))) {
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < text.size() && isDigitChar(text.at(j)))
            ++j;
        groups.append({i, j - i});
        i = j;
    }
    return groups;
}

// Whether group `next` continues the number of the group before it: only separators lie
// between them.
bool linked(const QString &text, const Group &previous, const Group &next)
{
    if (next.start == previous.end())
        return true;
    for (qsizetype i = previous.end(); i < next.start; ++i) {
        if (!isSeparator(text.at(i)))
            return false;
    }
    return true;
}

// A number found in the text: the indexes of its characters, in order.
using Span = QList<qsizetype>;

QString asciiOf(const QString &text, const Span &span)
{
    QString ascii;
    ascii.reserve(span.size());
    for (const qsizetype i : span)
        ascii += isCheckX(text.at(i)) ? QChar(u'X') : QChar(QLatin1Char(asciiDigit(text.at(i))));
    return ascii;
}

Span spanOf(const QList<Group> &groups, qsizetype first, qsizetype last)
{
    Span span;
    for (qsizetype g = first; g <= last; ++g) {
        for (qsizetype k = 0; k < groups.at(g).length; ++k)
            span.append(groups.at(g).start + k);
    }
    return span;
}

// Whether a plus sign stands right before `group` (a country code follows it).
bool afterPlus(const QString &text, const Group &group)
{
    return group.start > 0 && isPlus(text.at(group.start - 1));
}

// `span` when its digits (asciiOf()) make a number by `isNumber`; else an empty span.
template<typename IsNumber>
Span spanIfNumber(const QString &text, Span span, const IsNumber &isNumber)
{
    if (span.isEmpty() || !isNumber(asciiOf(text, span)))
        return Span();
    return span;
}

// Group lengths a card is written in: one run, 4-4-4-4(-3), 4-6-5 and 4-6-4.
bool isCardLayout(const QList<qsizetype> &lengths)
{
    if (lengths.size() == 1)
        return true;
    if (lengths == QList<qsizetype> {4, 6, 5} || lengths == QList<qsizetype> {4, 6, 4})
        return true;
    for (qsizetype i = 0; i + 1 < lengths.size(); ++i) {
        if (lengths.at(i) != 4)
            return false;
    }
    return lengths.constLast() >= 1 && lengths.constLast() <= 4;
}

// 86 or 0086 followed by a mainland mobile number is a phone number.
bool isPrefixedMobile(const QString &digits)
{
    QStringView rest(digits);
    if (rest.startsWith(u"0086"))
        rest = rest.mid(4);
    else if (rest.startsWith(u"86"))
        rest = rest.mid(2);
    else
        return false;
    return rest.size() == 11 && rest.at(0) == u'1' && rest.at(1) >= u'3' && rest.at(1) <= u'9';
}

// The numbers of `text` that `numberAt` recognises in its digit groups. From each group on,
// the runs of linked groups of at most `maxDigits` digits are offered, one group longer each
// time, to numberAt(groups, first, last, total digits), which returns the run's span when it
// is such a number (else an empty one); the longest is taken and the search goes on after it.
template<typename NumberAt>
QList<Span> findNumbers(const QString &text, qsizetype maxDigits, const NumberAt &numberAt)
{
    const QList<Group> groups = digitGroups(text);
    QList<Span> found;
    for (qsizetype first = 0; first < groups.size();) {
        Span chosen;
        qsizetype total = 0;
        for (qsizetype last = first; last < groups.size(); ++last) {
            if (last > first && !linked(text, groups.at(last - 1), groups.at(last)))
                break;
            total += groups.at(last).length;
            if (total > maxDigits)
                break;
            if (Span span = numberAt(groups, first, last, total); !span.isEmpty())
                chosen = std::move(span);
        }
        if (chosen.isEmpty()) {
            ++first;
            continue;
        }
        const qsizetype end = chosen.constLast();
        found.append(chosen);
        while (first < groups.size() && groups.at(first).start <= end)
            ++first;
    }
    return found;
}

// Card numbers: 13 to 19 digits in a card's grouping, of a card network, passing Luhn.
QList<Span> findCards(const QString &text)
{
    return findNumbers(
        text, 19,
        [&text](const QList<Group> &groups, qsizetype first, qsizetype last, qsizetype total) {
            QList<qsizetype> lengths;
            for (qsizetype i = first; i <= last; ++i)
                lengths.append(groups.at(i).length);
            if (total < 13 || !isCardLayout(lengths) || afterPlus(text, groups.at(first)))
                return Span();
            return spanIfNumber(text, spanOf(groups, first, last), [](const QString &digits) {
                return isCardNetworkNumber(digits) && passesLuhn(digits)
                    && !isPrefixedMobile(digits);
            });
        });
}

// 17 digits and a check character, in any grouping; the check X is glued to the digits.
QList<Span> findIdNumbers(const QString &text)
{
    return findNumbers(
        text, 18,
        [&text](const QList<Group> &groups, qsizetype first, qsizetype last, qsizetype total) {
            Span span;
            if (total == 18) {
                span = spanOf(groups, first, last);
            } else if (total == 17) {
                const qsizetype after = groups.at(last).end();
                if (after < text.size() && isCheckX(text.at(after))) {
                    span = spanOf(groups, first, last);
                    span.append(after);
                }
            }
            return spanIfNumber(text, std::move(span), [](const QString &candidate) {
                return candidate.front() != u'0' && isMainlandIdNumber(candidate);
            });
        });
}

// Phone numbers libphonenumber holds valid for the mainland (or, after a + or 00, for
// their country): 7 to 15 digits in linked groups, the longest from each start.
QList<Span> findPhoneNumbers(const QString &text)
{
    return findNumbers(
        text, 15,
        [&text](const QList<Group> &groups, qsizetype first, qsizetype last, qsizetype total) {
            if (total < 7)
                return Span();
            const bool plus = afterPlus(text, groups.at(first));
            return spanIfNumber(text, spanOf(groups, first, last), [plus](const QString &digits) {
                return PhoneNumbers::parse(plus ? QStringLiteral("+") + digits : digits).ok();
            });
        });
}

// Numbers masked before (digits and '*' in linked runs, at least 7 characters with both):
// what is left of them still points at a person.
QList<Span> findMaskedNumbers(const QString &text)
{
    auto isMaskChar = [](QChar c) { return isDigitChar(c) || c == u'*' || c == QChar(0xff0a); };
    QList<Span> found;
    Span current;
    bool hasDigit = false;
    bool hasStar = false;
    auto close = [&] {
        if (current.size() >= 7 && hasDigit && hasStar)
            found.append(current);
        current.clear();
        hasDigit = hasStar = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (isMaskChar(c)) {
            current.append(i);
            (isDigitChar(c) ? hasDigit : hasStar) = true;
        } else if (isCheckX(c) && !current.isEmpty() && current.constLast() == i - 1) {
            current.append(i);
        } else if (!(isSeparator(c) && !current.isEmpty() && i + 1 < text.size()
                     && isMaskChar(text.at(i + 1)))) {
            close();
        }
    }
    close();
    return found;
}

void overwrite(QString &text, const Span &span, qsizetype keepStart, qsizetype keepEnd)
{
    for (qsizetype k = 0; k < span.size(); ++k) {
        if (k >= keepStart && k < span.size() - keepEnd)
            text[span.at(k)] = u'*';
    }
}

} // namespace

bool passesLuhn(const QString &digits)
{
    int sum = 0;
    bool twice = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        if (!isAsciiDigit(digits.at(i)))
            return false;
        int d = digits.at(i).unicode() - u'0';
        if (twice) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        twice = !twice;
    }
    return !digits.isEmpty() && sum % 10 == 0;
}

bool isCardNetworkNumber(const QString &digits)
{
    struct Network
    {
        int low; // prefix range, inclusive, of `width` digits
        int high;
        int width;
        int minLength;
        int maxLength;
    };
    // Issuer identification ranges of the card networks (ISO/IEC 7812 and the networks'
    // published ranges).
    static const Network networks[] = {
        {4, 4, 1, 13, 19}, // Visa
        {51, 55, 2, 16, 16}, // Mastercard
        {2221, 2720, 4, 16, 16}, // Mastercard 2-series
        {34, 34, 2, 15, 15}, // American Express
        {37, 37, 2, 15, 15},         {300, 305, 3, 14, 19}, // Diners Club
        {309, 309, 3, 14, 19},       {36, 36, 2, 14, 19},     {38, 39, 2, 14, 19},
        {6011, 6011, 4, 16, 19}, // Discover
        {644, 649, 3, 16, 19},       {65, 65, 2, 16, 19},     {3528, 3589, 4, 16, 19}, // JCB
        {62, 62, 2, 16, 19}, // UnionPay
        {81, 81, 2, 16, 19},         {50, 50, 2, 12, 19}, // Maestro
        {56, 69, 2, 12, 19},         {2200, 2204, 4, 16, 19}, // Mir
        {60, 60, 2, 16, 16}, // RuPay
        {82, 82, 2, 16, 16},         {508, 508, 3, 16, 16},   {353, 353, 3, 16, 16},
        {356, 356, 3, 16, 16},       {1, 1, 1, 15, 15}, // UATP
        {506099, 506198, 6, 16, 19}, // Verve
        {650002, 650027, 6, 16, 19}, {9792, 9792, 4, 16, 16}, // Troy
    };
    const qsizetype length = digits.size();
    for (const Network &n : networks) {
        if (length < n.minLength || length > n.maxLength || length < n.width)
            continue;
        const int prefix = digits.left(n.width).toInt();
        if (prefix >= n.low && prefix <= n.high)
            return true;
    }
    return false;
}

bool isMainlandIdNumber(const QString &candidate)
{
    if (candidate.size() != 18)
        return false;
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const char checks[] = "10X98765432";
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        if (!isAsciiDigit(candidate.at(i)))
            return false;
        sum += (candidate.at(i).unicode() - u'0') * weights[i];
    }
    const QDate birth(candidate.mid(6, 4).toInt(), candidate.mid(10, 2).toInt(),
                      candidate.mid(12, 2).toInt());
    return birth.isValid() && birth.year() >= 1900
        && candidate.at(17).toUpper() == QLatin1Char(checks[sum % 11]);
}

Redaction redactSensitiveNumbers(const QString &text)
{
    Redaction result {text, 0, 0};
    // IDs first: an ID of 18 digits could also pass for a card.
    for (const Span &id : findIdNumbers(result.text)) {
        overwrite(result.text, id, 6, 4); // the birth date
        ++result.idNumbers;
    }
    for (const Span &card : findCards(result.text)) {
        overwrite(result.text, card, 6, 4);
        ++result.cardNumbers;
    }
    return result;
}

QString erasePersonalData(const QString &text, const QString &name, int *count)
{
    QString erased = text;
    int found = 0;
    const QString person = name.trimmed();
    if (person.size() >= 2) {
        for (qsizetype at = erased.indexOf(person, 0, Qt::CaseInsensitive); at >= 0;
             at = erased.indexOf(person, at + person.size(), Qt::CaseInsensitive)) {
            erased.replace(at, person.size(), QString(person.size(), u'*'));
            ++found;
        }
    }
    for (const auto &find : {findIdNumbers, findCards, findPhoneNumbers, findMaskedNumbers}) {
        for (const Span &span : find(erased)) {
            overwrite(erased, span, 0, 0);
            ++found;
        }
    }
    if (count)
        *count = found;
    return erased;
}

QString maskPhone(const QString &phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (isAsciiDigit(c))
            digits += c;
    }
    if (digits.startsWith(QLatin1String("86")) && digits.size() == 13)
        digits = digits.mid(2);
    if (digits.size() < 7)
        return QString(digits.size(), u'*');
    const int keepStart = 3;
    const int keepEnd = digits.size() == 11 ? 4 : 2; // mobile: 138****5678
    return digits.left(keepStart) + QString(int(digits.size()) - keepStart - keepEnd, u'*')
        + digits.right(keepEnd);
}

} // namespace cd::rules
