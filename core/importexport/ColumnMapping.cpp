// SPDX-License-Identifier: GPL-3.0-or-later
#include "importexport/ColumnMapping.h"

#include "util/CodeTable.h"

#include <QHash>

namespace guanxi {

namespace {

constexpr CodeTable<ImportField, 32> kFields{{{
    {ImportField::Ignore, "ignore", QT_TRANSLATE_NOOP("Import", "(do not import)")},
    {ImportField::CustomerName, "customer_name", QT_TRANSLATE_NOOP("Import", "Customer / company name")},
    {ImportField::ShortName, "short_name", QT_TRANSLATE_NOOP("Import", "Short name")},
    {ImportField::CustomerKind, "kind", QT_TRANSLATE_NOOP("Import", "Customer type")},
    {ImportField::Tier, "tier", QT_TRANSLATE_NOOP("Import", "Importance")},
    {ImportField::Stage, "stage", QT_TRANSLATE_NOOP("Import", "Loyalty stage")},
    {ImportField::Region, "region", QT_TRANSLATE_NOOP("Import", "Province / region")},
    {ImportField::City, "city", QT_TRANSLATE_NOOP("Import", "City")},
    {ImportField::Address, "address", QT_TRANSLATE_NOOP("Import", "Address")},
    {ImportField::Industry, "industry", QT_TRANSLATE_NOOP("Import", "Industry")},
    {ImportField::CustomerPhone, "customer_phone", QT_TRANSLATE_NOOP("Import", "Company phone")},
    {ImportField::CustomerEmail, "customer_email", QT_TRANSLATE_NOOP("Import", "Company e-mail")},
    {ImportField::Website, "website", QT_TRANSLATE_NOOP("Import", "Website")},
    {ImportField::Source, "source", QT_TRANSLATE_NOOP("Import", "Source channel")},
    {ImportField::Tags, "tags", QT_TRANSLATE_NOOP("Import", "Tags")},
    {ImportField::Notes, "notes", QT_TRANSLATE_NOOP("Import", "Notes")},
    {ImportField::Owner, "owner", QT_TRANSLATE_NOOP("Import", "Owner (salesperson)")},
    {ImportField::CreatedAt, "created_at", QT_TRANSLATE_NOOP("Import", "Created on")},
    {ImportField::LastContactAt, "last_contact_at", QT_TRANSLATE_NOOP("Import", "Last contact")},
    {ImportField::ExternalCode, "external_code", QT_TRANSLATE_NOOP("Import", "Customer number")},
    {ImportField::PersonName, "person_name", QT_TRANSLATE_NOOP("Import", "Contact name")},
    {ImportField::GivenName, "given_name", QT_TRANSLATE_NOOP("Import", "Given name")},
    {ImportField::FamilyName, "family_name", QT_TRANSLATE_NOOP("Import", "Family name")},
    {ImportField::Title, "title", QT_TRANSLATE_NOOP("Import", "Job title")},
    {ImportField::Mobile, "mobile", QT_TRANSLATE_NOOP("Import", "Mobile")},
    {ImportField::PersonPhone, "phone", QT_TRANSLATE_NOOP("Import", "Contact phone")},
    {ImportField::Fax, "fax", QT_TRANSLATE_NOOP("Import", "Fax")},
    {ImportField::PersonEmail, "email", QT_TRANSLATE_NOOP("Import", "Contact e-mail")},
    {ImportField::WeChat, "wechat", QT_TRANSLATE_NOOP("Import", "WeChat")},
    {ImportField::QQ, "qq", QT_TRANSLATE_NOOP("Import", "QQ")},
    {ImportField::Birthday, "birthday", QT_TRANSLATE_NOOP("Import", "Birthday")},
    {ImportField::Gender, "gender", QT_TRANSLATE_NOOP("Import", "Gender")},
}}, "Import"};

// Header spellings (already normalised: folded, without spaces and punctuation) for each field.
// "Generic" ones (电话, e-mail) are resolved after the first pass, depending on whether the file
// has a contact column: then they belong to the person, else to the customer.
const QHash<QString, ImportField> &synonyms()
{
    static const QHash<QString, ImportField> table = [] {
        QHash<QString, ImportField> t;
        const auto add = [&t](ImportField f, std::initializer_list<const char *> names) {
            for (const char *n : names)
                t.insert(ColumnMapping::normalizeHeader(QString::fromUtf8(n)), f);
        };
        add(ImportField::CustomerName, {"客户名称", "客户", "客户名", "公司", "公司名称", "企业名称", "单位", "单位名称",
                                        "名称", "company", "companyname", "organization", "organisation", "account",
                                        "accountname", "customer", "customername", "organization1name", "organizationname"});
        add(ImportField::ShortName, {"简称", "客户简称", "shortname"});
        add(ImportField::CustomerKind, {"客户类型", "客户类别", "type", "customertype"});
        add(ImportField::Tier, {"客户等级", "客户级别", "等级", "级别", "重要程度", "tier", "rating", "importance"});
        add(ImportField::Stage, {"客户阶段", "阶段", "生命周期", "stage", "lifecyclestage"});
        add(ImportField::Region, {"省份", "省", "地区", "区域", "所在地区", "所在省份", "region", "province", "state",
                                  "businessstate", "address1region", "homestate"});
        add(ImportField::City, {"城市", "市", "所在城市", "city", "businesscity", "address1city", "homecity"});
        add(ImportField::Address, {"地址", "详细地址", "公司地址", "通讯地址", "address", "street", "businessstreet",
                                   "address1street", "address1formatted", "homestreet"});
        add(ImportField::Industry, {"行业", "所属行业", "industry"});
        add(ImportField::CustomerPhone, {"公司电话", "办公电话", "总机", "companyphone", "companymainphone",
                                         "businessphone", "mainphone"});
        add(ImportField::CustomerEmail, {"公司邮箱", "公司email", "companyemail"});
        add(ImportField::Website, {"网址", "网站", "公司网站", "主页", "官网", "website", "web", "webpage", "homepage",
                                   "url", "website1value"});
        add(ImportField::Source, {"来源", "客户来源", "线索来源", "来源渠道", "渠道", "source", "leadsource"});
        add(ImportField::Tags, {"标签", "tags", "tag", "labels", "categories", "groupmembership"});
        add(ImportField::Notes, {"备注", "说明", "描述", "备忘", "notes", "note", "description", "comments"});
        add(ImportField::Owner, {"负责人", "销售", "业务员", "所属销售", "客户经理", "销售负责人", "跟进人", "owner",
                                 "salesperson", "assignedto", "accountowner", "leadowner"});
        add(ImportField::CreatedAt, {"创建时间", "创建日期", "录入时间", "录入日期", "created", "createdat",
                                     "createddate", "createdtime"});
        add(ImportField::LastContactAt, {"最后联系时间", "最近联系", "最近联系时间", "最后跟进时间", "最近跟进时间",
                                         "lastcontact", "lastcontacted", "lastactivity", "lastactivitydate"});
        add(ImportField::ExternalCode, {"客户编号", "编号", "客户编码", "客户代码", "customerid", "customerno",
                                        "accountnumber", "code"});
        add(ImportField::PersonName, {"联系人", "姓名", "联系人姓名", "名字", "name", "fullname", "contact",
                                      "contactname", "displayname", "leadname"});
        add(ImportField::GivenName, {"名", "firstname", "givenname"});
        add(ImportField::FamilyName, {"姓", "lastname", "familyname", "surname"});
        add(ImportField::Title, {"职位", "职务", "头衔", "title", "jobtitle", "position", "organization1title"});
        add(ImportField::Mobile, {"手机", "手机号", "手机号码", "移动电话", "mobile", "mobilephone", "cellphone", "cell",
                                  "phone1value"});
        add(ImportField::PersonPhone, {"联系电话", "联系人电话", "固话", "工作电话", "homephone", "otherphone",
                                       "businessphone2", "phone2value", "电话", "phone", "telephone", "tel"});
        add(ImportField::Fax, {"传真", "fax", "businessfax"});
        add(ImportField::PersonEmail, {"联系人邮箱", "电子邮件", "电子邮箱", "邮箱", "邮件", "email", "emailaddress",
                                       "email1value", "mail", "e-mail"});
        add(ImportField::WeChat, {"微信", "微信号", "wechat", "weixin"});
        add(ImportField::QQ, {"qq", "qq号", "qq号码"});
        add(ImportField::Birthday, {"生日", "出生日期", "birthday", "birthdate"});
        add(ImportField::Gender, {"性别", "gender", "sex"});
        return t;
    }();
    return table;
}

} // namespace

QString importFieldName(ImportField f) { return kFields.name(f); }
QString importFieldCode(ImportField f) { return kFields.code(f); }
bool importFieldFromCode(const QString &code, ImportField *out) { return kFields.parse(code, out); }

QList<ImportField> importFieldsFor(ImportTarget target)
{
    QList<ImportField> all = kFields.values();
    if (target == ImportTarget::Leads) {
        const QList<ImportField> notForLeads = {ImportField::ShortName, ImportField::CustomerKind, ImportField::Tier,
                                                ImportField::Stage, ImportField::City, ImportField::Address,
                                                ImportField::CustomerPhone, ImportField::CustomerEmail,
                                                ImportField::Website, ImportField::Tags, ImportField::LastContactAt,
                                                ImportField::ExternalCode, ImportField::Fax, ImportField::WeChat,
                                                ImportField::QQ, ImportField::Birthday, ImportField::Gender};
        for (ImportField f : notForLeads)
            all.removeAll(f);
    }
    return all;
}

QString ColumnMapping::normalizeHeader(const QString &header)
{
    QString out;
    for (QChar c : header.normalized(QString::NormalizationForm_KC).toCaseFolded())
        if (c.isLetterOrNumber())
            out.append(c);
    return out;
}

ColumnMapping ColumnMapping::guess(const QStringList &headers, ImportTarget target)
{
    ColumnMapping m;
    const QList<ImportField> allowed = importFieldsFor(target);
    for (const QString &h : headers) {
        const QString key = normalizeHeader(h);
        ImportField f = synonyms().value(key, ImportField::Ignore);
        // Files exported by Guanxi carry the field names themselves, in the exporter's language.
        for (ImportField candidate : allowed)
            if (f == ImportField::Ignore && candidate != ImportField::Ignore
                && (key == normalizeHeader(importFieldName(candidate)) || key == normalizeHeader(importFieldCode(candidate))))
                f = candidate;
        if (!allowed.contains(f) || m.columns.contains(f))
            f = ImportField::Ignore;
        m.columns.append(f);
    }
    // A customer file without a contact column: its plain "电话"/"邮箱" are the company's.
    if (target == ImportTarget::Customers && !m.has(ImportField::PersonName) && !m.has(ImportField::GivenName)) {
        for (ImportField &f : m.columns) {
            if (f == ImportField::PersonPhone && !m.has(ImportField::CustomerPhone))
                f = ImportField::CustomerPhone;
            else if (f == ImportField::PersonEmail && !m.has(ImportField::CustomerEmail))
                f = ImportField::CustomerEmail;
        }
    }
    // A lead's "公司" and "姓名" are its company and person; nothing else to do.
    return m;
}

} // namespace guanxi
