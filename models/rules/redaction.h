#pragma once

#include <QString>

// Privacy protection of free text: full card numbers and mainland ID numbers never reach
// the store. What is masked keeps its first 6 and last 4 digits.
namespace cd::rules {

struct Redaction
{
    QString text;          // the text with every card and ID number masked
    int cardNumbers = 0;   // how many card numbers were masked
    int idNumbers = 0;     // how many ID numbers were masked
    bool changed() const { return cardNumbers + idNumbers > 0; }
};

// Masks card numbers (13-19 digits passing the Luhn check with a card-network prefix,
// written together or in groups separated by spaces or dashes) and mainland resident ID
// numbers (18 characters with a valid birth date and check digit). References, amounts,
// dates and phone numbers are left alone.
Redaction redactSensitiveNumbers(const QString &text);

bool passesLuhn(const QString &digits);
bool isMainlandIdNumber(const QString &candidate);   // 18 characters, check digit valid

// "138 1234 5678" or "+8613812345678" -> "138****5678": 11-digit numbers keep their first
// 3 and last 4 digits, others their first 3 and last 2.
QString maskPhone(const QString &phone);

} // namespace cd::rules
