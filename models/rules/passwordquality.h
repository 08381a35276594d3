#pragma once

#include <QCoreApplication>
#include <QString>

// Whether a new password is strong enough, by libpwquality (the checks of the system's own
// password changes): its length, cracklib's dictionary of words and simple patterns
// (password, 12345678, qwertyui), the user name in any form, palindromes and, when the
// current password is given, one too similar to it. Its answers are our own translated
// messages, chosen by libpwquality's error code (its English text is never shown).
namespace cd::rules {

struct PasswordQuality
{
    Q_DECLARE_TR_FUNCTIONS(PasswordQuality)
public:
    static constexpr int minLength = 8; // characters (code points)
    static constexpr int maxLength = 128;

    // "" when `password` may be set for `username`; else why not. `current`: the password
    // being replaced, if known. Without cracklib's dictionary (Debian: cracklib-runtime)
    // nothing passes: the answer says the dictionary is missing.
    static QString problem(const QString &password, const QString &username,
                           const QString &current = {});
};

} // namespace cd::rules
