// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/customers/CustomerFields.h"

#include "core/i18n/Translations.h"

#include <QCoreApplication>

namespace guanxi::CustomerFields {

namespace {

// The text fields: column and member.
const QList<std::pair<QString, QString CustomerDraft::*>> &textFields()
{
    static const QList<std::pair<QString, QString CustomerDraft::*>> fields = {
        {QStringLiteral("name"), &CustomerDraft::name},
        {QStringLiteral("short_name"), &CustomerDraft::shortName},
        {QStringLiteral("region"), &CustomerDraft::region},
        {QStringLiteral("city"), &CustomerDraft::city},
        {QStringLiteral("address"), &CustomerDraft::address},
        {QStringLiteral("industry"), &CustomerDraft::industry},
        {QStringLiteral("phone"), &CustomerDraft::phone},
        {QStringLiteral("email"), &CustomerDraft::email},
        {QStringLiteral("website"), &CustomerDraft::website},
        {QStringLiteral("source"), &CustomerDraft::source},
        {QStringLiteral("notes"), &CustomerDraft::notes},
        {QStringLiteral("owner_id"), &CustomerDraft::ownerId},
        {QStringLiteral("document_language"), &CustomerDraft::documentLanguage}};
    return fields;
}

const QList<std::pair<QString, QString CustomerBackground::*>> &backgroundFields()
{
    static const QList<std::pair<QString, QString CustomerBackground::*>> fields = {
        {QStringLiteral("org_structure"), &CustomerBackground::orgStructure},
        {QStringLiteral("business_situation"), &CustomerBackground::businessSituation},
        {QStringLiteral("purchasing_dept"), &CustomerBackground::purchasingDept},
        {QStringLiteral("support_dept"), &CustomerBackground::supportDept},
        {QStringLiteral("using_dept"), &CustomerBackground::usingDept},
        {QStringLiteral("installed_base"), &CustomerBackground::installedBase}};
    return fields;
}

} // namespace

const QStringList &columns()
{
    static const QStringList all = [] {
        QStringList c = {QStringLiteral("name"),     QStringLiteral("short_name"), QStringLiteral("kind"),
                         QStringLiteral("tier"),     QStringLiteral("stage"),      QStringLiteral("value_type"),
                         QStringLiteral("region"),   QStringLiteral("city"),       QStringLiteral("address"),
                         QStringLiteral("industry"), QStringLiteral("phone"),      QStringLiteral("email"),
                         QStringLiteral("website"),  QStringLiteral("source"),     QStringLiteral("tags"),
                         QStringLiteral("owner_id"), QStringLiteral("notes"),      QStringLiteral("document_language")};
        for (const auto &[column, member] : backgroundFields())
            c.append(column);
        return c;
    }();
    return all;
}

QString label(const QString &column)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("CustomerFields", "Name")},
        {QStringLiteral("short_name"), QT_TRANSLATE_NOOP("CustomerFields", "Short name")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("CustomerFields", "Type")},
        {QStringLiteral("tier"), QT_TRANSLATE_NOOP("CustomerFields", "Tier")},
        {QStringLiteral("stage"), QT_TRANSLATE_NOOP("CustomerFields", "Stage")},
        {QStringLiteral("value_type"), QT_TRANSLATE_NOOP("CustomerFields", "Value type")},
        {QStringLiteral("region"), QT_TRANSLATE_NOOP("CustomerFields", "Region")},
        {QStringLiteral("city"), QT_TRANSLATE_NOOP("CustomerFields", "City")},
        {QStringLiteral("address"), QT_TRANSLATE_NOOP("CustomerFields", "Address")},
        {QStringLiteral("industry"), QT_TRANSLATE_NOOP("CustomerFields", "Industry")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("CustomerFields", "Phone")},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("CustomerFields", "E-mail")},
        {QStringLiteral("website"), QT_TRANSLATE_NOOP("CustomerFields", "Website")},
        {QStringLiteral("source"), QT_TRANSLATE_NOOP("CustomerFields", "Source")},
        {QStringLiteral("tags"), QT_TRANSLATE_NOOP("CustomerFields", "Tags")},
        {QStringLiteral("owner_id"), QT_TRANSLATE_NOOP("CustomerFields", "Owner")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("CustomerFields", "Notes")},
        {QStringLiteral("document_language"), QT_TRANSLATE_NOOP("CustomerFields", "Language of printed documents")},
        {QStringLiteral("org_structure"), QT_TRANSLATE_NOOP("CustomerFields", "Organisation")},
        {QStringLiteral("business_situation"), QT_TRANSLATE_NOOP("CustomerFields", "Business situation")},
        {QStringLiteral("purchasing_dept"), QT_TRANSLATE_NOOP("CustomerFields", "Purchasing department")},
        {QStringLiteral("support_dept"), QT_TRANSLATE_NOOP("CustomerFields", "Support department")},
        {QStringLiteral("using_dept"), QT_TRANSLATE_NOOP("CustomerFields", "Using department")},
        {QStringLiteral("installed_base"), QT_TRANSLATE_NOOP("CustomerFields", "Installed base")},
        {QStringLiteral("deleted_at"), QT_TRANSLATE_NOOP("CustomerFields", "In the recycle bin")}};
    const char *text = labels.value(column);
    return text ? QCoreApplication::translate("CustomerFields", text) : column;
}

QVariantMap toMap(const CustomerDraft &d)
{
    QVariantMap m;
    for (const auto &[column, member] : textFields())
        m.insert(column, d.*member);
    for (const auto &[column, member] : backgroundFields())
        m.insert(column, d.background.*member);
    m.insert(QStringLiteral("kind"), codeOf(d.kind));
    m.insert(QStringLiteral("tier"), static_cast<int>(d.tier));
    m.insert(QStringLiteral("stage"), codeOf(d.stage));
    m.insert(QStringLiteral("value_type"), codeOf(d.valueType));
    m.insert(QStringLiteral("tags"), tagsToStored(d.tags));
    return m;
}

bool set(CustomerDraft *d, const QString &column, const QVariant &stored)
{
    const QString text = stored.isNull() ? QString() : stored.toString();
    for (const auto &[c, member] : textFields()) {
        if (c == column) {
            d->*member = text;
            return true;
        }
    }
    for (const auto &[c, member] : backgroundFields()) {
        if (c == column) {
            d->background.*member = text;
            return true;
        }
    }
    if (column == QLatin1String("kind"))
        return fromCode(text, &d->kind);
    if (column == QLatin1String("tier"))
        return tierFromCode(text, &d->tier);
    if (column == QLatin1String("stage"))
        return fromCode(text, &d->stage);
    if (column == QLatin1String("value_type")) {
        if (text.isEmpty()) {
            d->valueType = ValueType::Unset;
            return true;
        }
        return fromCode(text, &d->valueType);
    }
    if (column == QLatin1String("tags")) {
        d->tags = tagsFromStored(text);
        return true;
    }
    return false;
}

QString display(const QString &column, const QVariant &stored, const QHash<QString, QString> &userNames)
{
    const QString text = stored.isNull() ? QString() : stored.toString();
    if (text.isEmpty())
        return QCoreApplication::translate("CustomerFields", "(empty)");
    CustomerDraft d;
    if (column == QLatin1String("tier") && tierFromCode(text, &d.tier))
        return tierDisplayName(d.tier);
    if (column == QLatin1String("kind") && fromCode(text, &d.kind))
        return displayName(d.kind);
    if (column == QLatin1String("stage") && fromCode(text, &d.stage))
        return displayName(d.stage);
    if (column == QLatin1String("value_type") && fromCode(text, &d.valueType))
        return displayName(d.valueType);
    if (column == QLatin1String("tags"))
        return tagsFromStored(text).join(QCoreApplication::translate("CustomerFields", ", "));
    if (column == QLatin1String("owner_id"))
        return userNames.value(text, text);
    if (column == QLatin1String("document_language"))
        return Translations::nativeName(text);
    return text;
}

} // namespace guanxi::CustomerFields

namespace guanxi {

const RecordFields<CustomerDraft> &customerFields()
{
    static const RecordFields<CustomerDraft> fields = [] {
        QList<RecordFields<CustomerDraft>::Field> list;
        for (const QString &column : CustomerFields::columns()) {
            // The merge compares the value as the user reads it (the tier's name, not its number).
            list.append({column, nullptr,
                         [column](const CustomerDraft &d) {
                             return CustomerFields::display(column, CustomerFields::toMap(d).value(column));
                         },
                         [column](CustomerDraft *to, const CustomerDraft &from) {
                             CustomerFields::set(to, column, CustomerFields::toMap(from).value(column));
                         },
                         [column](CustomerDraft *to, const QVariant &stored) {
                             return CustomerFields::set(to, column, stored);
                         }});
        }
        return RecordFields<CustomerDraft>(list, &CustomerFields::label);
    }();
    return fields;
}

} // namespace guanxi
