// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/secrets/SecretStore.h"

namespace guanxi {

// Secrets in the system keychain through QtKeychain (Secret Service/GNOME Keyring or KWallet on
// Linux, Credential Manager on Windows, Keychain on macOS). Each call waits for its job.
class KeychainSecretStore final : public SecretStore {
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("org.example.guanxi"));

    Result<std::optional<QString>> read(const QString &key) override;
    Status write(const QString &key, const QString &secret) override;
    Status remove(const QString &key) override;

private:
    QString m_service;
};

} // namespace guanxi
