// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QHash>

#include <optional>

namespace guanxi {

// Where Guanxi keeps secrets (a remembered password): the operating system's keychain in the app
// (KeychainSecretStore), a map in tests. Never a plain file.
class SecretStore {
public:
    virtual ~SecretStore() = default;
    // No value for the key is not an error: an empty optional.
    virtual Result<std::optional<QString>> read(const QString &key) = 0;
    virtual Status write(const QString &key, const QString &secret) = 0;
    virtual Status remove(const QString &key) = 0;
};

class InMemorySecretStore final : public SecretStore {
public:
    Result<std::optional<QString>> read(const QString &key) override
    {
        if (!m_values.contains(key))
            return std::optional<QString>();
        return std::optional<QString>(m_values.value(key));
    }
    Status write(const QString &key, const QString &secret) override
    {
        m_values.insert(key, secret);
        return {};
    }
    Status remove(const QString &key) override
    {
        m_values.remove(key);
        return {};
    }

private:
    QHash<QString, QString> m_values;
};

} // namespace guanxi
