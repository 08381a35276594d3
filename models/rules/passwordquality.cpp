#include "passwordquality.h"

#include "freetext.h"

#include <pwquality.h>

#include <cstring>
#include <memory>

namespace cd::rules {

namespace {

struct SettingsDeleter
{
    void operator()(pwquality_settings_t *settings) const { pwquality_free_settings(settings); }
};

} // namespace

QString PasswordQuality::problem(const QString &password, const QString &username,
                                 const QString &current)
{
    if (password.isEmpty())
        return tr("Enter a password.");
    const qsizetype length = FreeText::characterCount(password);
    if (length < minLength)
        return tr("A password has at least %1 characters.").arg(minLength);
    if (length > maxLength)
        return tr("A password has at most %1 characters.").arg(maxLength);
    if (FreeText::firstForbiddenCharacter(password))
        return tr("A password cannot contain control characters.");

    // Our own settings, not the system's pwquality.conf: the same rules on every desk.
    // Credits off: the minimum length is a length.
    const std::unique_ptr<pwquality_settings_t, SettingsDeleter> settings(
        pwquality_default_settings());
    if (!settings)
        return tr("The password could not be checked (out of memory).");
    pwquality_set_int_value(settings.get(), PWQ_SETTING_MIN_LENGTH, minLength);
    for (const int credit : {PWQ_SETTING_DIG_CREDIT, PWQ_SETTING_UP_CREDIT, PWQ_SETTING_LOW_CREDIT,
                             PWQ_SETTING_OTH_CREDIT})
        pwquality_set_int_value(settings.get(), credit, 0);
    pwquality_set_int_value(settings.get(), PWQ_SETTING_DICT_CHECK, 1);
    pwquality_set_int_value(settings.get(), PWQ_SETTING_USER_CHECK, 1);
    pwquality_set_int_value(settings.get(), PWQ_SETTING_USER_SUBSTR, 3);

    const QByteArray utf8 = password.toUtf8();
    const QByteArray user = username.trimmed().toUtf8();
    const QByteArray old = current.toUtf8();
    void *auxError = nullptr;
    const int score = pwquality_check(settings.get(), utf8.constData(),
                                      current.isEmpty() ? nullptr : old.constData(),
                                      user.isEmpty() ? nullptr : user.constData(), &auxError);
    if (score >= 0)
        return {};
    switch (score) {
    case PWQ_ERROR_MIN_LENGTH:
        return tr("A password has at least %1 characters.").arg(minLength);
    case PWQ_ERROR_CRACKLIB_CHECK:
        // auxError is cracklib's own message: only its "cannot load" case is told apart
        if (auxError && std::strncmp(static_cast<const char *>(auxError), "error loading", 13) == 0)
            return tr("The password dictionary cannot be read (Debian package cracklib-runtime), "
                      "so no password can be checked. Ask the administrator of this computer.");
        return tr("The password is a dictionary word or a simple pattern (such as 12345678 "
                  "or qwerty). Use several words, or mix words and digits.");
    case PWQ_ERROR_USER_CHECK:
    case PWQ_ERROR_GECOS_CHECK:
        return tr("The password contains the user name.");
    case PWQ_ERROR_PALINDROME:
        return tr("The password reads the same backwards.");
    case PWQ_ERROR_SAME_PASSWORD:
        return tr("The new password is the current one.");
    case PWQ_ERROR_TOO_SIMILAR:
    case PWQ_ERROR_CASE_CHANGES_ONLY:
    case PWQ_ERROR_ROTATED:
        return tr("The new password is too like the current one.");
    case PWQ_ERROR_MEM_ALLOC:
        return tr("The password could not be checked (out of memory).");
    default:
        return tr("The password is too easy to guess. Use several words, or mix words and "
                  "digits.");
    }
}

} // namespace cd::rules
