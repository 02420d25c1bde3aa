// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customers/Customer.h"
#include "core/util/FieldProblem.h"

#include <QCoreApplication>
#include <QList>

namespace guanxi {

// The rules for a customer's fields, shared by the card, guanxi-cli and imports. Normalises what
// can be normalised (surrounding spaces, full-width digits in phones) and reports the rest.
class CustomerValidator {
    Q_DECLARE_TR_FUNCTIONS(CustomerValidator)
public:
    static constexpr int kMaxName = 200;
    static constexpr int kMaxShortText = 100;
    static constexpr int kMaxNotes = 10000;
    static constexpr int kMaxTag = 30;
    static constexpr int kMaxTags = 30;

    // Returns the problems (empty when valid) and normalises `draft` in place.
    static QList<FieldProblem> check(CustomerDraft *draft);

    static QString normalisePhone(const QString &phone);
    static bool isValidPhone(const QString &normalised);
    static bool isValidEmail(const QString &email);
    static bool isValidWebsite(const QString &site);
    // Trimmed, split at commas (Latin or Chinese) and 、, without repeats.
    static QStringList normaliseTags(const QStringList &tags);
};

} // namespace guanxi
