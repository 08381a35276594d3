#include "freetext.h"

#include "codetable.h"

namespace cd::rules {

namespace {

bool isForbidden(char32_t c)
{
    if (c == U'\n' || c == U'\t')
        return false;
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069) || (c >= 0xd800 && c <= 0xdfff);
}

} // namespace

qsizetype FreeText::characterCount(const QString &text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

std::optional<FreeText::Offence> FreeText::firstForbiddenCharacter(const QString &text)
{
    qsizetype character = 0;
    for (qsizetype i = 0; i < text.size(); ++i, ++character) {
        const QChar unit = text.at(i);
        char32_t codePoint = unit.unicode();
        if (unit.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            codePoint = QChar::surrogateToUcs4(unit, text.at(i + 1));
            ++i;
        } else if (unit == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            continue; // the line feed after it is checked as the next character
        }
        if (isForbidden(codePoint))
            return Offence {character, codePoint};
    }
    return std::nullopt;
}

QString FreeText::withUnixLineBreaks(const QString &text)
{
    if (!text.contains(u'\r'))
        return text;
    QString unix = text;
    unix.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    unix.replace(u'\r', u'\n');
    return unix;
}

Result<void> FreeText::checkCharacters(const QString &text, const QString &field)
{
    if (const auto offence = firstForbiddenCharacter(text)) {
        return Error::invalid(
            tr("%1: the control character U+%2 (character %3) cannot be stored; only text, "
               "line breaks and tabs can.")
                .arg(fieldLabel(field))
                .arg(QString::number(quint32(offence->codePoint), 16)
                         .toUpper()
                         .rightJustified(4, u'0'))
                .arg(offence->character + 1),
            field);
    }
    return {};
}

Result<void> FreeText::check(const QString &text, qsizetype maxCharacters, const QString &field)
{
    if (auto characters = checkCharacters(text, field); !characters)
        return characters;
    if (const qsizetype count = characterCount(text); count > maxCharacters) {
        return Error::invalid(tr("%1: %2 characters; at most %3 are kept. Shorten it (your "
                                 "text is still there).")
                                  .arg(fieldLabel(field))
                                  .arg(count)
                                  .arg(maxCharacters),
                              field);
    }
    return {};
}

QString FreeText::fieldLabel(const QString &field)
{
    static constexpr std::array<KeyedLabel, 11> labels {{
        {"description", QT_TRANSLATE_NOOP("FreeText", "Description")},
        {"customer_name", QT_TRANSLATE_NOOP("FreeText", "Caller's name")},
        {"transaction_ref", QT_TRANSLATE_NOOP("FreeText", "Transaction reference")},
        {"note", QT_TRANSLATE_NOOP("FreeText", "Note")},
        {"reason", QT_TRANSLATE_NOOP("FreeText", "Reason")},
        {"comment", QT_TRANSLATE_NOOP("FreeText", "Comment")},
        {"name", QT_TRANSLATE_NOOP("FreeText", "Name")},
        {"display_name", QT_TRANSLATE_NOOP("FreeText", "Name")},
        {"name_zh", QT_TRANSLATE_NOOP("FreeText", "Chinese name")},
        {"name_en", QT_TRANSLATE_NOOP("FreeText", "English name")},
        {"keywords", QT_TRANSLATE_NOOP("FreeText", "Keywords")},
    }};
    return labelOf("FreeText", labels, field).value_or(field);
}

std::optional<qsizetype> firstInvalidUtf8Byte(QByteArrayView bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char lead = data[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80; // the range of the second byte (RFC 3629 table)
        unsigned char high = 0xbf;
        if (lead >= 0xc2 && lead <= 0xdf) {
            length = 2;
        } else if (lead >= 0xe0 && lead <= 0xef) {
            length = 3;
            if (lead == 0xe0)
                low = 0xa0; // no overlong forms
            else if (lead == 0xed)
                high = 0x9f; // no surrogates
        } else if (lead >= 0xf0 && lead <= 0xf4) {
            length = 4;
            if (lead == 0xf0)
                low = 0x90;
            else if (lead == 0xf4)
                high = 0x8f; // nothing above U+10FFFF
        } else {
            return i;
        }
        for (int k = 1; k < length; ++k) {
            if (i + k >= size)
                return i;
            const unsigned char next = data[i + k];
            const bool inRange =
                k == 1 ? next >= low && next <= high : next >= 0x80 && next <= 0xbf;
            if (!inRange)
                return i;
        }
        i += length;
    }
    return std::nullopt;
}

} // namespace cd::rules
