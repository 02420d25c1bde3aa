// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/importexport/FieldSalvage.h"

#include "core/contacts/ContactValidator.h"
#include "core/customers/CustomerValidator.h"
#include "core/util/ControlCharacters.h"

#include <functional>

namespace guanxi {

namespace {

constexpr int kPasses = 4; // each pass clears what the last check refused; the checks settle fast

QString cut(const QString &s, int max)
{
    return s.size() > max ? s.left(max) : s;
}

} // namespace

QString UnreadField::describe() const
{
    return FieldSalvage::tr("%1 \"%2\": %3").arg(field, value.left(200), reason);
}

QList<FieldProblem> FieldSalvage::customer(CustomerDraft *d, QList<UnreadField> *unread)
{
    // The fields a problem names, with what clearing them means.
    const auto field = [d](const QString &name) -> std::pair<QString, std::function<QString()>> {
        const auto take = [](QString *s) {
            return [s] {
                const QString was = *s;
                s->clear();
                return was;
            };
        };
        if (name == QLatin1String("phone"))
            return {tr("Phone"), take(&d->phone)};
        if (name == QLatin1String("email"))
            return {tr("E-mail"), take(&d->email)};
        if (name == QLatin1String("website"))
            return {tr("Website"), take(&d->website)};
        if (name == QLatin1String("region"))
            return {tr("Region"), take(&d->region)};
        if (name == QLatin1String("industry"))
            return {tr("Industry"), take(&d->industry)};
        if (name == QLatin1String("address"))
            return {tr("Address"), take(&d->address)};
        if (name == QLatin1String("shortName"))
            return {tr("Short name"), take(&d->shortName)};
        if (name == QLatin1String("city"))
            return {tr("City"), take(&d->city)};
        if (name == QLatin1String("source"))
            return {tr("Source"), take(&d->source)};
        if (name == QLatin1String("externalCode"))
            return {tr("Code in the old system"), take(&d->externalCode)};
        if (name == QLatin1String("document_language"))
            return {tr("Document language"), take(&d->documentLanguage)};
        if (name == QLatin1String("tags"))
            return {tr("Tags"), [d] {
                        const QString was = d->tags.join(QStringLiteral(", "));
                        d->tags.clear();
                        return was;
                    }};
        if (name == QLatin1String("background"))
            return {tr("Background"), [d] {
                        d->background = {};
                        return tr("(too long)");
                    }};
        if (name == QLatin1String("notes"))
            return {tr("Notes"), [d] {
                        const QString was = d->notes.mid(CustomerValidator::kMaxNotes - 200);
                        d->notes = cut(withoutControlCharacters(d->notes, true), CustomerValidator::kMaxNotes - 200);
                        return was;
                    }};
        return {};
    };
    QList<FieldProblem> left;
    for (int pass = 0; pass < kPasses; ++pass) {
        if (d->name.size() > CustomerValidator::kMaxName) {
            unread->append(
                {tr("Name"), d->name, tr("longer than %1 characters; cut").arg(CustomerValidator::kMaxName)});
            d->name = cut(d->name, CustomerValidator::kMaxName);
        }
        left.clear();
        const QList<FieldProblem> problems = CustomerValidator::check(d);
        bool cleared = false;
        for (const FieldProblem &p : problems) {
            auto [label, clear] = field(p.field);
            if (!clear) {
                left.append(p);
                continue;
            }
            const QString was = clear();
            unread->append({label, was, p.message});
            cleared = true;
        }
        if (!cleared)
            return left;
    }
    return CustomerValidator::check(d);
}

QList<FieldProblem> FieldSalvage::contact(ContactDraft *d, QList<UnreadField> *unread)
{
    // Most rows are sound: one check, and the field-by-field work only for those that are not.
    {
        ContactDraft trial = *d;
        if (ContactValidator::check(&trial).isEmpty()) {
            *d = std::move(trial);
            return {};
        }
    }
    if (d->name.size() > ContactValidator::kMaxName) {
        unread->append({tr("Name"), d->name, tr("longer than %1 characters; cut").arg(ContactValidator::kMaxName)});
        d->name = cut(d->name, ContactValidator::kMaxName);
    }
    if (d->title.size() > ContactValidator::kMaxText) {
        unread->append({tr("Title"), d->title, tr("longer than %1 characters; cut").arg(ContactValidator::kMaxText)});
        d->title = cut(d->title, ContactValidator::kMaxText);
    }
    // Each phone, e-mail and IM id on its own: a bad one goes, the others stay.
    QList<ContactChannel> kept;
    for (const ContactChannel &c : std::as_const(d->channels)) {
        ContactDraft one;
        one.name = QStringLiteral("x");
        one.channels = {c};
        const QList<FieldProblem> problems = ContactValidator::check(&one);
        const auto bad = std::find_if(problems.cbegin(), problems.cend(),
                                      [](const FieldProblem &p) { return p.field == QLatin1String("channels"); });
        if (bad == problems.cend()) {
            if (kept.size() < ContactValidator::kMaxChannels)
                kept.append(c);
            else
                unread->append({tr("Phone, e-mail or IM"), c.value,
                                tr("more than %1 on one contact").arg(ContactValidator::kMaxChannels)});
        } else {
            unread->append({tr("Phone, e-mail or IM"), c.value, bad->message});
        }
    }
    d->channels = kept;
    QList<FieldProblem> left;
    for (const FieldProblem &p : ContactValidator::check(d)) {
        if (p.field == QLatin1String("birthday")) {
            unread->append({tr("Birthday"), d->profile.birthday, p.message});
            d->profile.birthday.clear();
        } else if (p.field == QLatin1String("gender")) {
            unread->append({tr("Gender"), d->profile.gender, p.message});
            d->profile.gender.clear();
        } else if (p.field == QLatin1String("profile")) {
            for (QString *text : {&d->profile.hometown, &d->profile.university, &d->profile.sports,
                                  &d->profile.favouriteFood, &d->profile.pets, &d->profile.books,
                                  &d->profile.lastHoliday, &d->profile.nextHoliday, &d->profile.goals})
                if (text->size() > ContactValidator::kMaxText) {
                    unread->append({tr("Profile"), *text, p.message});
                    text->clear();
                }
        } else if (p.field == QLatin1String("notes")) {
            unread->append({tr("Notes"), d->notes.mid(ContactValidator::kMaxNotes - 200), p.message});
            d->notes = cut(d->notes, ContactValidator::kMaxNotes - 200);
        } else {
            left.append(p);
        }
    }
    return left.isEmpty() ? left : ContactValidator::check(d);
}

void FieldSalvage::keepInNotes(QString *notes, const QList<UnreadField> &unread, int maxNotes)
{
    if (unread.isEmpty())
        return;
    QStringList lines{tr("Not checked, as imported:")};
    for (const UnreadField &u : unread)
        lines.append(QStringLiteral("- ") + u.field + QStringLiteral(": ") + u.value.left(500));
    QString paragraph = lines.join(QLatin1Char('\n'));
    QString joined = notes->isEmpty() ? paragraph : *notes + QStringLiteral("\n\n") + paragraph;
    *notes = cut(withoutControlCharacters(joined, true), maxNotes);
}

} // namespace guanxi
