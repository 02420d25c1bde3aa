// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/users/PasswordHasher.h"

#include <sodium.h>

#include <atomic>

namespace guanxi::PasswordHasher {

namespace {
std::atomic_bool s_fast{false};

void ensureInit()
{
    static const bool initialised = sodium_init() >= 0;
    Q_ASSERT(initialised);
}
} // namespace

void useFastLimitsForTests()
{
    s_fast = true;
}

QString hash(const QString &password)
{
    ensureInit();
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const unsigned long long ops = s_fast ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const size_t mem = s_fast ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE;
    if (crypto_pwhash_str(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()), ops, mem) != 0)
        return {}; // out of memory
    return QString::fromLatin1(out);
}

bool verify(const QString &hash, const QString &password)
{
    ensureInit();
    if (hash.isEmpty())
        return false;
    const QByteArray h = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), utf8.constData(), static_cast<unsigned long long>(utf8.size())) == 0;
}

} // namespace guanxi::PasswordHasher
