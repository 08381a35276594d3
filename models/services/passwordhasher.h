#pragma once

#include <QString>

namespace cd::models {

// Argon2id password hashes (libsodium's crypto_pwhash_str). The hash string carries its
// own parameters, so hashes made with either strength verify.
class PasswordHasher
{
public:
    enum class Strength {
        Interactive, // libsodium's interactive limits (64 MiB): for people signing in
        Fast, // the minimum limits: for tests only
    };

    explicit PasswordHasher(Strength strength = Strength::Interactive);

    // Empty on failure (out of memory).
    QString hash(const QString &password) const;
    bool verify(const QString &hash, const QString &password) const;

private:
    Strength m_strength;
};

} // namespace cd::models
