// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/contacts/ContactFields.h"

namespace guanxi {

namespace {

using F = RecordFields<ContactDraft>;

template <typename Enum, Enum ContactDraft::*Member> F::Field coded(const QString &column, const char *label)
{
    return {column, label, [](const ContactDraft &d) { return displayName(d.*Member); },
            [](ContactDraft *to, const ContactDraft &from) { to->*Member = from.*Member; },
            [](ContactDraft *to, const QVariant &v) { return fromCode(v.toString(), &(to->*Member)); }};
}

template <QString ContactProfile::*Member> F::Field profile(const QString &column, const char *label)
{
    return {column, label, [](const ContactDraft &d) { return d.profile.*Member; },
            [](ContactDraft *to, const ContactDraft &from) { to->profile.*Member = from.profile.*Member; },
            [](ContactDraft *to, const QVariant &v) {
                to->profile.*Member = v.isNull() ? QString() : v.toString();
                return true;
            }};
}

F::Field channels()
{
    return {QStringLiteral("channels"), QT_TRANSLATE_NOOP("RecordFields", "Phones and e-mails"),
            [](const ContactDraft &d) {
                QStringList values;
                for (const ContactChannel &c : d.channels)
                    values.append(c.value);
                return values.join(QStringLiteral(", "));
            },
            [](ContactDraft *to, const ContactDraft &from) { to->channels = from.channels; }, nullptr};
}

} // namespace

const RecordFields<ContactDraft> &contactFields()
{
    static const RecordFields<ContactDraft> fields({
        F::text<&ContactDraft::name>(QStringLiteral("name"), QT_TRANSLATE_NOOP("RecordFields", "Name")),
        F::text<&ContactDraft::title>(QStringLiteral("title"), QT_TRANSLATE_NOOP("RecordFields", "Job title")),
        coded<ContactLevel, &ContactDraft::level>(QStringLiteral("level"), QT_TRANSLATE_NOOP("RecordFields", "Level")),
        coded<ContactFunction, &ContactDraft::function>(QStringLiteral("function"),
                                                        QT_TRANSLATE_NOOP("RecordFields", "Role in the purchase")),
        channels(),
        F::text<&ContactDraft::superiorId>(QStringLiteral("superior_id"),
                                           QT_TRANSLATE_NOOP("RecordFields", "Reports to")),
        F::text<&ContactDraft::assistantId>(QStringLiteral("assistant_id"),
                                            QT_TRANSLATE_NOOP("RecordFields", "Assistant")),
        profile<&ContactProfile::gender>(QStringLiteral("gender"), QT_TRANSLATE_NOOP("RecordFields", "Gender")),
        profile<&ContactProfile::birthday>(QStringLiteral("birthday"), QT_TRANSLATE_NOOP("RecordFields", "Birthday")),
        profile<&ContactProfile::hometown>(QStringLiteral("hometown"), QT_TRANSLATE_NOOP("RecordFields", "Hometown")),
        profile<&ContactProfile::university>(QStringLiteral("university"),
                                             QT_TRANSLATE_NOOP("RecordFields", "University")),
        profile<&ContactProfile::sports>(QStringLiteral("sports"), QT_TRANSLATE_NOOP("RecordFields", "Sports")),
        profile<&ContactProfile::favouriteFood>(QStringLiteral("favourite_food"),
                                                QT_TRANSLATE_NOOP("RecordFields", "Favourite food")),
        profile<&ContactProfile::pets>(QStringLiteral("pets"), QT_TRANSLATE_NOOP("RecordFields", "Pets")),
        profile<&ContactProfile::books>(QStringLiteral("books"), QT_TRANSLATE_NOOP("RecordFields", "Books")),
        profile<&ContactProfile::lastHoliday>(QStringLiteral("last_holiday"),
                                              QT_TRANSLATE_NOOP("RecordFields", "Last holiday")),
        profile<&ContactProfile::nextHoliday>(QStringLiteral("next_holiday"),
                                              QT_TRANSLATE_NOOP("RecordFields", "Next holiday")),
        profile<&ContactProfile::goals>(QStringLiteral("goals"), QT_TRANSLATE_NOOP("RecordFields", "Goals")),
        F::text<&ContactDraft::notes>(QStringLiteral("notes"), QT_TRANSLATE_NOOP("RecordFields", "Notes")),
    });
    return fields;
}

} // namespace guanxi
