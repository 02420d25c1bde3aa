// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace guanxi {

// Argon2id password hashes through libsodium (crypto_pwhash_str): salt and parameters travel
// inside the hash string, so stronger limits later still verify old hashes.
namespace PasswordHasher {

// Interactive limits take about 0.3 s per hash: right for a sign-in, too slow for a test suite,
// which lowers them with this switch (never the product).
void useFastLimitsForTests();

QString hash(const QString &password);
// `count` hashes of one password, each with its own salt (so no two accounts share a hash
// string), made on every core at once.
QStringList hashEach(const QString &password, int count);
bool verify(const QString &hash, const QString &password);

} // namespace PasswordHasher
} // namespace guanxi
