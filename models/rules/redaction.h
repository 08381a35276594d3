#pragma once

#include <QString>

// Privacy protection of free text: full card numbers and mainland ID numbers never reach
// the store, however they are written. What is masked keeps the first 6 and last 4 of its
// characters (a card's issuer and the digits people quote; an ID's region and the end),
// the rest become '*'.
namespace cd::rules {

struct Redaction
{
    QString text; // the text with every card and ID number masked
    int cardNumbers = 0; // how many card numbers were masked
    int idNumbers = 0; // how many ID numbers were masked
    bool changed() const { return cardNumbers + idNumbers > 0; }
};

// Numbers are read the way people write them: ASCII or full-width digits (as a Chinese
// input method types them), in groups joined by any run of separators (spaces, including
// the ideographic one, dots, slashes, dashes and underscores, ASCII or full-width), and
// glued to words before or after ("卡No.4111...", "card4111...").
//
// Masks card numbers (13-19 digits passing the Luhn check, with a prefix and length of a
// card network: Visa, Mastercard, American Express, Diners, Discover, JCB, UnionPay,
// Maestro, Mir, RuPay, UATP, Verve, Troy), written in one run or in groups of 4 (the last
// of 1-4), 4-6-5 or 4-6-4, and mainland resident ID numbers (17 digits and a check digit
// or X, with a valid birth date), in any grouping. Numbers that are neither are left alone:
// order numbers failing the Luhn check, phone numbers (also with +86, 86 or 0086), amounts,
// dates and references.
Redaction redactSensitiveNumbers(const QString &text);

bool passesLuhn(const QString &digits);
bool isMainlandIdNumber(const QString &candidate); // 18 characters, check digit valid
// `digits` (ASCII) has the prefix and length of a card network's numbers.
bool isCardNetworkNumber(const QString &digits);

// "138 1234 5678" or "+8613812345678" -> "138****5678": 11-digit numbers keep their first
// 3 and last 4 digits, others their first 3 and last 2.
QString maskPhone(const QString &phone);

// For anonymisation: `text` with every phone number (mainland mobile and landline numbers,
// service numbers, with or without a country prefix, written in any of the ways above),
// card number, ID number and already masked number (digits and '*' together) replaced by
// '*', one per character, and every occurrence of `name` (when it has at least two
// characters) replaced by '*' likewise. `count` (optional) receives how many were erased.
QString erasePersonalData(const QString &text, const QString &name, int *count = nullptr);

} // namespace cd::rules
