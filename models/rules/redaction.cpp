#include "redaction.h"

#include <QDate>
#include <QList>
#include <QRegularExpression>

namespace cd::rules {

namespace {

struct Group
{
    int start = 0;    // index in the text
    int length = 0;   // number of digits
};

bool isDigit(QChar c) { return c >= u'0' && c <= u'9'; }

// Latin letters glue a number into a word (ORDER4111...); Chinese text around it does not.
bool isLatinLetter(QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'); }

bool looksLikeCardPrefix(const QString &digits)
{
    const QChar first = digits.front();
    if (first >= u'3' && first <= u'6')
        return true;   // Amex/JCB/Diners, Visa, Mastercard, UnionPay and Discover
    const int four = digits.left(4).toInt();
    return four >= 2221 && four <= 2720;   // Mastercard 2-series
}

// Group lengths a card is written in: one run, 4-4-4-4(-3), 4-6-5 and 4-6-4.
bool isCardLayout(const QList<int> &lengths)
{
    int total = 0;
    for (int l : lengths)
        total += l;
    if (total < 13 || total > 19)
        return false;
    if (lengths.size() == 1)
        return true;
    if (lengths == QList<int>{4, 6, 5} || lengths == QList<int>{4, 6, 4})
        return true;
    for (int i = 0; i + 1 < lengths.size(); ++i) {
        if (lengths.at(i) != 4)
            return false;
    }
    return lengths.constLast() >= 1 && lengths.constLast() <= 4;
}

QString digitsOf(const QString &text, const QList<Group> &groups, int from, int to)
{
    QString digits;
    for (int g = from; g <= to; ++g) {
        for (int i = 0; i < groups.at(g).length; ++i)
            digits += text.at(groups.at(g).start + i);
    }
    return digits;
}

// A number written as a phone number or part of an amount is not a card number.
bool isExcludedContext(const QString &text, int start, int end, const QString &digits)
{
    if (start > 0) {
        const QChar before = text.at(start - 1);
        if (before == u'+' || before == u'.' || isLatinLetter(before) || isDigit(before))
            return true;
    }
    if (end < text.size()) {
        const QChar after = text.at(end);
        if (isLatinLetter(after) || isDigit(after))
            return true;
        if (after == u'.' && end + 1 < text.size() && isDigit(text.at(end + 1)))
            return true;   // 1234567890123.45 is an amount
    }
    // 86 or 0086 followed by a mainland mobile number
    static const QRegularExpression mobile(QStringLiteral("^(0086|86)1[3-9]\\d{9}$"));
    return mobile.match(digits).hasMatch();
}

int maskCards(QString &text)
{
    QList<Group> groups;
    for (int i = 0; i < text.size();) {
        if (!isDigit(text.at(i))) {
            ++i;
            continue;
        }
        int j = i;
        while (j < text.size() && isDigit(text.at(j)))
            ++j;
        groups.append({i, j - i});
        i = j;
    }
    int masked = 0;
    for (int first = 0; first < groups.size();) {
        // the longest run of groups, joined by single spaces or dashes, that is a card
        int chosen = -1;
        QList<int> lengths;
        for (int last = first; last < groups.size(); ++last) {
            if (last > first) {
                const Group &previous = groups.at(last - 1);
                const int gapStart = previous.start + previous.length;
                if (groups.at(last).start - gapStart != 1)
                    break;
                const QChar separator = text.at(gapStart);
                if (separator != u' ' && separator != u'-')
                    break;
            }
            lengths.append(groups.at(last).length);
            if (!isCardLayout(lengths))
                continue;
            const QString digits = digitsOf(text, groups, first, last);
            const int end = groups.at(last).start + groups.at(last).length;
            if (looksLikeCardPrefix(digits) && passesLuhn(digits)
                && !isExcludedContext(text, groups.at(first).start, end, digits))
                chosen = last;
        }
        if (chosen < 0) {
            ++first;
            continue;
        }
        const int total = int(digitsOf(text, groups, first, chosen).size());
        int index = 0;
        for (int g = first; g <= chosen; ++g) {
            for (int k = 0; k < groups.at(g).length; ++k, ++index) {
                if (index >= 6 && index < total - 4)
                    text[groups.at(g).start + k] = u'*';
            }
        }
        ++masked;
        first = chosen + 1;
    }
    return masked;
}

int maskIdNumbers(QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "(?<![0-9A-Za-z])[1-9]\\d{5}(?:19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])"
        "\\d{3}[0-9Xx](?![0-9A-Za-z])"));
    int masked = 0;
    auto it = pattern.globalMatch(text);
    QList<int> starts;
    while (it.hasNext()) {
        const auto match = it.next();
        if (isMainlandIdNumber(match.captured(0)))
            starts.append(int(match.capturedStart(0)));
    }
    for (int start : std::as_const(starts)) {
        for (int k = 6; k < 14; ++k)
            text[start + k] = u'*';
        ++masked;
    }
    return masked;
}

} // namespace

bool passesLuhn(const QString &digits)
{
    int sum = 0;
    bool twice = false;
    for (int i = int(digits.size()) - 1; i >= 0; --i) {
        int d = digits.at(i).digitValue();
        if (d < 0)
            return false;
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

bool isMainlandIdNumber(const QString &candidate)
{
    if (candidate.size() != 18)
        return false;
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const char checks[] = "10X98765432";
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const int d = candidate.at(i).digitValue();
        if (d < 0)
            return false;
        sum += d * weights[i];
    }
    const QDate birth(candidate.mid(6, 4).toInt(), candidate.mid(10, 2).toInt(),
                      candidate.mid(12, 2).toInt());
    return birth.isValid() && candidate.at(17).toUpper() == QLatin1Char(checks[sum % 11]);
}

Redaction redactSensitiveNumbers(const QString &text)
{
    Redaction result{text, 0, 0};
    result.idNumbers = maskIdNumbers(result.text);     // before cards: an ID is 18 digits
    result.cardNumbers = maskCards(result.text);
    return result;
}

QString maskPhone(const QString &phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (isDigit(c))
            digits += c;
    }
    if (digits.startsWith(QLatin1String("86")) && digits.size() == 13)
        digits = digits.mid(2);
    if (digits.size() < 7)
        return QString(digits.size(), u'*');
    const int keepStart = 3;
    const int keepEnd = digits.size() == 11 ? 4 : 2;   // mobile: 138****5678
    return digits.left(keepStart) + QString(int(digits.size()) - keepStart - keepEnd, u'*')
           + digits.right(keepEnd);
}

} // namespace cd::rules
