// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/contacts/Contact.h"
#include "core/util/FieldProblem.h"

#include <QCoreApplication>

namespace guanxi {

// The rules for a contact's fields, shared by the card, imports and guanxi-cli. Normalises in
// place: phone numbers to E.164 (a Chinese mobile number typed as "phone" becomes "mobile"),
// e-mails to lower case, birthdays to yyyy-MM-dd or --MM-dd; empty channels are dropped.
class ContactValidator {
    Q_DECLARE_TR_FUNCTIONS(ContactValidator)
public:
    static constexpr int kMaxName = 100;
    static constexpr int kMaxText = 200;
    static constexpr int kMaxNotes = 10000;
    static constexpr int kMaxChannels = 20;

    static QList<FieldProblem> check(ContactDraft *draft);
    // Validates and normalises one channel; an empty message means it is fine.
    static QString checkChannel(ContactChannel *channel);
    // "1990-5-3", "1990/05/03", "1990年5月3日", "5月3日", "05-03", "--05-03" → "1990-05-03" or
    // "--05-03". Empty for anything that is not a day of the year.
    static QString normaliseBirthday(const QString &text);
};

} // namespace guanxi
