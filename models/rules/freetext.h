#pragma once

#include "result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <optional>

// Text typed by people (descriptions, names, notes, reasons, comments) is text: it may
// hold line breaks and tabs but no other control character, and its length is counted in
// characters as people count them (Unicode code points, so an emoji is one).
namespace cd::rules {

struct FreeText
{
    Q_DECLARE_TR_FUNCTIONS(FreeText)
public:
    // Unicode code points; a lone surrogate counts as one.
    static qsizetype characterCount(const QString &text);

    // The character index (in code points) and the code point of the first character
    // that may not be stored: C0 and C1 controls other than line feed and tab (a carriage
    // return directly before a line feed is part of the line break), DEL, the
    // bidirectional embeddings, overrides and isolates that reorder what is shown
    // (U+202A-U+202E, U+2066-U+2069), and lone surrogates. None when the text is clean.
    struct Offence
    {
        qsizetype character = 0;
        char32_t codePoint = 0;
    };
    static std::optional<Offence> firstForbiddenCharacter(const QString &text);

    // "\r\n" and a lone "\r" become "\n".
    static QString withUnixLineBreaks(const QString &text);

    // Refuses `text` if it holds a forbidden character; the Error (Invalid) names `field`
    // and says which character and where.
    static Result<void> checkCharacters(const QString &text, const QString &field);
    // checkCharacters(), and refuses more than `maxCharacters` characters.
    static Result<void> check(const QString &text, qsizetype maxCharacters, const QString &field);

    // What a person calls the input named `field` ("description", "note", "reason", ...),
    // translated; the field code itself when it is not one of ours.
    static QString fieldLabel(const QString &field);
};

// The offset of the first byte of `bytes` that does not belong to a well-formed UTF-8
// sequence (overlong forms, surrogates and code points above U+10FFFF are not well formed);
// none when every byte does.
std::optional<qsizetype> firstInvalidUtf8Byte(QByteArrayView bytes);

} // namespace cd::rules
