#include "passwordhasher.h"

#include <sodium.h>

namespace cd::models {

PasswordHasher::PasswordHasher(Strength strength)
    : m_strength(strength)
{
    [[maybe_unused]] static const int initialised = sodium_init();
}

QString PasswordHasher::hash(const QString &password) const
{
    const QByteArray bytes = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const bool fast = m_strength == Strength::Fast;
    if (crypto_pwhash_str(out, bytes.constData(), quint64(bytes.size()),
                          fast ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          fast ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0)
        return {};
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &hash, const QString &password) const
{
    if (hash.isEmpty())
        return false;
    const QByteArray stored = hash.toLatin1();
    const QByteArray bytes = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), bytes.constData(), quint64(bytes.size()))
        == 0;
}

} // namespace cd::models
