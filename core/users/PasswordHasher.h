// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace guanxi {

// Argon2id password hashes through libsodium (crypto_pwhash_str): salt and parameters travel
// inside the hash string, so stronger limits later still verify old hashes.
namespace PasswordHasher {

// Interactive limits take about 0.3 s per hash: right for a sign-in, too slow for a test suite,
// which lowers them with this switch (never the product).
void useFastLimitsForTests();

QString hash(const QString &password);
bool verify(const QString &hash, const QString &password);

} // namespace PasswordHasher
} // namespace guanxi
