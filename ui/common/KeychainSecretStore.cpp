// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace guanxi {

namespace {

// Runs a keychain job to its end. Jobs report through signals, so a local event loop waits.
void runJob(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    // No plain-text fallback: a secret goes into a keychain or nowhere.
    job.setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

Error keychainError(const QKeychain::Job &job)
{
    return {ErrorCode::Storage,
            QCoreApplication::translate("Keychain", "The system keychain is not available: %1").arg(job.errorString()),
            job.errorString()};
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service)
    : m_service(std::move(service))
{
}

Result<std::optional<QString>> KeychainSecretStore::read(const QString &key)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key);
    runJob(job);
    if (job.error() == QKeychain::EntryNotFound)
        return std::optional<QString>();
    if (job.error() != QKeychain::NoError)
        return keychainError(job);
    return std::optional<QString>(job.textData());
}

Status KeychainSecretStore::write(const QString &key, const QString &secret)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(key);
    job.setTextData(secret);
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return keychainError(job);
    return {};
}

Status KeychainSecretStore::remove(const QString &key)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(key);
    runJob(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return keychainError(job);
    return {};
}

} // namespace guanxi
