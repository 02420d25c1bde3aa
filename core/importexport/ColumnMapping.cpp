// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/importexport/ColumnMapping.h"

#include "core/util/CodeTable.h"

#include <QHash>
#include <QRegularExpression>

namespace guanxi {

namespace {

constexpr CodeTable<ImportField, 40> kFields{
    {{
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
        {ImportField::District, "district", QT_TRANSLATE_NOOP("Import", "District / county")},
        {ImportField::PostalCode, "postal_code", QT_TRANSLATE_NOOP("Import", "Postal code")},
        {ImportField::Country, "country", QT_TRANSLATE_NOOP("Import", "Country")},
        {ImportField::BirthYear, "birth_year", QT_TRANSLATE_NOOP("Import", "Year of birth")},
        {ImportField::BirthMonth, "birth_month", QT_TRANSLATE_NOOP("Import", "Month of birth")},
        {ImportField::BirthDay, "birth_day", QT_TRANSLATE_NOOP("Import", "Day of birth")},
        {ImportField::ChannelLabel, "label",
         QT_TRANSLATE_NOOP("Import", "Kind of the phone, e-mail or address beside it")},
        {ImportField::KeepInNotes, "keep_in_notes",
         QT_TRANSLATE_NOOP("Import", "Keep in notes (with the column's name)")},
    }},
    "Import"};

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
        add(ImportField::CustomerName,
            {"客户名称",        "客户",           "客户名",      "公司",        "公司名称",
             "企业名称",        "单位",           "单位名称",    "名称",        "客户全称",
             "所属客户",        "联系人所属客户", "company",     "companyname", "organization",
             "organisation",    "account",        "accountname", "customer",    "customername",
             "organizationname"});
        add(ImportField::ShortName, {"简称", "客户简称", "shortname"});
        add(ImportField::CustomerKind, {"客户类型", "客户类别", "type", "customertype"});
        add(ImportField::Tier, {"客户等级", "客户级别", "等级", "级别", "重要程度", "tier", "rating", "importance"});
        add(ImportField::Stage, {"客户阶段", "阶段", "生命周期", "stage", "lifecyclestage"});
        add(ImportField::Region,
            {"省份", "省", "地区", "区域", "所在地区", "所在省份", "所在省", "省直辖市", "省市", "region", "province",
             "state", "businessstate", "homestate", "workstate", "otherstate"});
        add(ImportField::City,
            {"城市", "市", "所在城市", "所在市", "city", "businesscity", "homecity", "workcity", "othercity"});
        add(ImportField::District, {"区", "区县", "县区", "县", "所在区县", "所在区", "district", "county"});
        add(ImportField::PostalCode,
            {"邮编", "邮政编码", "postalcode", "postcode", "zip", "zipcode", "businesspostalcode", "homepostalcode",
             "otherpostalcode", "homezipcode", "workzipcode"});
        add(ImportField::Country,
            {"国家", "国家地区", "country", "countryregion", "businesscountry", "businesscountryregion", "homecountry",
             "homecountryregion", "workcountry", "othercountry", "othercountryregion"});
        add(ImportField::Address,
            {"地址",         "详细地址",    "公司地址",       "通讯地址",        "客户地址",        "街道",
             "address",      "street",      "businessstreet", "businessstreet2", "businessstreet3", "businessaddress",
             "homestreet",   "homestreet2", "homestreet3",    "homeaddress",     "homeaddress2",    "workaddress",
             "workaddress2", "otherstreet", "otherstreet2",   "otherstreet3",    "otheraddress"});
        add(ImportField::Industry, {"行业", "所属行业", "客户行业", "industry"});
        add(ImportField::CustomerPhone,
            {"公司电话", "办公电话", "总机", "客户电话", "companyphone", "companymainphone", "mainphone"});
        add(ImportField::CustomerEmail, {"公司邮箱", "公司email", "客户邮箱", "companyemail"});
        add(ImportField::Website,
            {"网址", "网站", "公司网站", "主页", "官网", "website", "web", "webpage", "webpage1", "webpage2",
             "homepage", "personalwebpage", "url"});
        add(ImportField::Source, {"来源", "客户来源", "线索来源", "来源渠道", "渠道", "source", "leadsource"});
        add(ImportField::Tags,
            {"标签", "客户标签", "分组", "tags", "tag", "labels", "categories", "groupmembership", "groups"});
        add(ImportField::Notes,
            {"备注", "说明", "描述", "备忘", "客户备注", "notes", "note", "description", "comments"});
        add(ImportField::Owner,
            {"负责人", "销售", "业务员", "所属销售", "客户经理", "销售负责人", "跟进人", "owner", "salesperson",
             "assignedto", "accountowner", "leadowner"});
        add(ImportField::CreatedAt,
            {"创建时间", "创建日期", "录入时间", "录入日期", "created", "createdat", "createddate", "createdtime"});
        add(ImportField::LastContactAt,
            {"最后联系时间", "最近联系", "最近联系时间", "最后跟进时间", "最近跟进时间", "lastcontact", "lastcontacted",
             "lastactivity", "lastactivitydate"});
        add(ImportField::ExternalCode,
            {"客户编号", "编号", "客户编码", "客户代码", "customerid", "customerno", "accountnumber", "code"});
        add(ImportField::PersonName,
            {"联系人", "姓名", "联系人姓名", "联系人名称", "名字", "name", "fullname", "contact", "contactname",
             "displayname", "leadname"});
        add(ImportField::GivenName, {"名", "firstname", "givenname", "middlename", "additionalname"});
        add(ImportField::FamilyName, {"姓", "lastname", "familyname", "surname"});
        add(ImportField::Title,
            {"职位", "职务", "头衔", "联系人职务", "联系人职位", "title", "jobtitle", "position", "organizationtitle"});
        add(ImportField::Mobile,
            {"手机", "手机号", "手机号码", "移动电话", "联系人手机", "mobile", "mobilephone", "mobilenumber",
             "cellphone", "cell", "cellular", "iphone", "phonemobile", "phoneiphone", "phonecell"});
        add(ImportField::PersonPhone,
            {"联系电话",  "联系人电话",   "固话",       "座机",        "固定电话",      "工作电话",
             "家庭电话",  "homephone",    "homephone2", "otherphone",  "businessphone", "businessphone2",
             "workphone", "primaryphone", "pager",      "pagernumber", "carphone",      "assistantsphone",
             "callback",  "phonework",    "phonehome",  "phonemain",   "phoneother",    "电话",
             "phone",     "telephone",    "tel"});
        add(ImportField::Fax, {"传真", "fax", "faxnumber", "businessfax", "homefax", "otherfax", "phonefax"});
        add(ImportField::PersonEmail,
            {"联系人邮箱", "电子邮件", "电子邮箱", "邮箱", "邮件", "email", "emailaddress", "email2address",
             "email3address", "primaryemail", "secondemail", "secondaryemail", "emailwork", "emailhome", "emailother",
             "mail", "e-mail"});
        add(ImportField::WeChat, {"微信", "微信号", "联系人微信", "wechat", "weixin"});
        add(ImportField::QQ, {"qq", "qq号", "qq号码", "联系人qq"});
        add(ImportField::Birthday, {"生日", "出生日期", "联系人生日", "birthday", "birthdate", "dateofbirth"});
        add(ImportField::BirthYear, {"birthyear", "出生年份"});
        add(ImportField::BirthMonth, {"birthmonth", "出生月份"});
        add(ImportField::Gender, {"性别", "联系人性别", "gender", "sex"});
        // Address books set up in German, French or Spanish (Apple Numbers, Outlook) name their columns so.
        add(ImportField::CustomerName, {"firma", "unternehmen", "société", "entreprise", "empresa", "compañía"});
        add(ImportField::GivenName, {"vorname", "prénom", "nombre"});
        add(ImportField::FamilyName, {"nachname", "familienname", "nomdefamille", "apellido", "apellidos"});
        add(ImportField::PersonPhone, {"telefon", "telefongeschäftlich", "téléphone", "teléfono"});
        add(ImportField::Mobile, {"handy", "mobiltelefon", "mobil", "portable", "téléphoneportable", "móvil"});
        add(ImportField::PersonEmail,
            {"emailadresse", "courriel", "adressedemessagerie", "correo", "correoelectrónico"});
        add(ImportField::City, {"stadt", "ort", "ville", "ciudad"});
        add(ImportField::Address, {"straße", "strasse", "adresse", "rue", "dirección", "calle"});
        add(ImportField::PostalCode, {"plz", "postleitzahl", "codepostal", "códigopostal"});
        add(ImportField::Country, {"land", "pays", "país"});
        add(ImportField::Title, {"position", "funktion", "fonction", "cargo", "puesto"});
        add(ImportField::Notes, {"notizen", "bemerkungen", "remarques", "notas"});
        // Japanese, Korean, Russian and Traditional Chinese address books.
        add(ImportField::CustomerName,
            {"会社名", "会社", "勤務先", "회사", "회사명", "직장", "компания", "организация", "公司名稱", "客戶名稱",
             "客戶", "公司全名"});
        add(ImportField::PersonName, {"氏名", "名前", "이름", "성명", "контакт", "фио", "имя", "聯絡人", "聯絡人姓名"});
        add(ImportField::PersonPhone, {"電話番号", "電話", "전화", "전화번호", "телефон", "聯絡電話", "公司電話"});
        add(ImportField::Mobile,
            {"携帯電話", "携帯", "휴대폰", "휴대전화", "мобильный", "手機", "手機號碼", "行動電話"});
        add(ImportField::PersonEmail,
            {"メールアドレス", "メール", "이메일", "전자우편", "электроннаяпочта", "почта", "電子郵件", "電子信箱",
             "郵箱"});
        add(ImportField::Address, {"住所", "주소", "адрес", "詳細地址", "公司地址"});
        add(ImportField::City, {"город", "縣市"});
        add(ImportField::Title, {"役職", "직책", "직위", "должность", "職稱", "職位"});
        add(ImportField::Notes, {"備考", "메모", "примечание", "備註"});
        add(ImportField::Website, {"網址", "網站"});
        add(ImportField::Owner, {"負責人", "業務員"});
        add(ImportField::PersonEmail, {"email2", "email3"});
        // Outlook's columns that say nothing about the person ("SMTP", "Normal", "False").
        add(ImportField::Ignore,
            {"emailtype", "email2type", "email3type", "emaildisplayname", "email2displayname", "email3displayname",
             "priority", "sensitivity", "private", "initials", "internetfreebusy", "photo"});
        return t;
    }();
    return table;
}

} // namespace

QString importFieldName(ImportField f)
{
    return kFields.name(f);
}
QString importFieldCode(ImportField f)
{
    return kFields.code(f);
}
bool importFieldFromCode(const QString &code, ImportField *out)
{
    return kFields.parse(code, out);
}

bool importTargetFromCode(const QString &code, ImportTarget *out)
{
    if (code == QLatin1String("customers"))
        *out = ImportTarget::Customers;
    else if (code == QLatin1String("contacts"))
        *out = ImportTarget::Contacts;
    else if (code == QLatin1String("leads"))
        *out = ImportTarget::Leads;
    else
        return false;
    return true;
}

QList<ImportField> importFieldsFor(ImportTarget target)
{
    QList<ImportField> all = kFields.values();
    if (target == ImportTarget::Leads) {
        const QList<ImportField> notForLeads = {
            ImportField::ShortName,     ImportField::CustomerKind,  ImportField::Tier,
            ImportField::Stage,         ImportField::City,          ImportField::Address,
            ImportField::CustomerPhone, ImportField::CustomerEmail, ImportField::Website,
            ImportField::Tags,          ImportField::LastContactAt, ImportField::ExternalCode,
            ImportField::Fax,           ImportField::WeChat,        ImportField::QQ,
            ImportField::Birthday,      ImportField::Gender,        ImportField::District,
            ImportField::PostalCode,    ImportField::Country,       ImportField::BirthYear,
            ImportField::BirthMonth,    ImportField::BirthDay};
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

QList<int> ColumnMapping::columnsOf(ImportField f) const
{
    QList<int> out;
    for (int i = 0; i < columns.size(); ++i)
        if (columns.at(i) == f)
            out.append(i);
    return out;
}

namespace {

// Google Contacts numbers its repeated columns: "E-mail 2 - Value", "Phone 1 - Type",
// "Address 1 - Postal Code", "Organization 1 - Title" (normalised: "email2value" …).
bool numberedColumn(const QString &key, ImportField *out)
{
    static const QRegularExpression numbered(QStringLiteral("^([a-z]+?)\\d+([a-z]+)$"));
    const QRegularExpressionMatch m = numbered.match(key);
    if (!m.hasMatch())
        return false;
    const QString what = m.captured(1), part = m.captured(2);
    if (part == QLatin1String("type") || part == QLatin1String("label")) {
        *out = ImportField::ChannelLabel;
        return true;
    }
    const QHash<QString, ImportField> addressParts = {{QStringLiteral("street"), ImportField::Address},
                                                      {QStringLiteral("formatted"), ImportField::Address},
                                                      {QStringLiteral("extendedaddress"), ImportField::Address},
                                                      {QStringLiteral("pobox"), ImportField::Address},
                                                      {QStringLiteral("city"), ImportField::City},
                                                      {QStringLiteral("region"), ImportField::Region},
                                                      {QStringLiteral("postalcode"), ImportField::PostalCode},
                                                      {QStringLiteral("country"), ImportField::Country}};
    if (what == QLatin1String("address") && addressParts.contains(part)) {
        *out = addressParts.value(part);
        return true;
    }
    if (part != QLatin1String("value") && what != QLatin1String("organization"))
        return false;
    if (what == QLatin1String("email"))
        *out = ImportField::PersonEmail;
    else if (what == QLatin1String("phone"))
        *out = ImportField::PersonPhone;
    else if (what == QLatin1String("website"))
        *out = ImportField::Website;
    else if (what == QLatin1String("organization") && part == QLatin1String("name"))
        *out = ImportField::CustomerName;
    else if (what == QLatin1String("organization") && part == QLatin1String("title"))
        *out = ImportField::Title;
    else
        return false;
    return true;
}

// The field a header names, if any: its spelling, then without what brackets add ("客户名称（必填）",
// "*手机"), then Google's numbered columns, then the field names Guanxi's own export uses.
bool fieldOfHeader(const QString &header, const QList<ImportField> &allowed, ImportField *out)
{
    static const QRegularExpression bracketed(QStringLiteral("[（(【\\[].*?[)）】\\]]"));
    const QString key = ColumnMapping::normalizeHeader(header);
    for (const QString &k : {key, ColumnMapping::normalizeHeader(QString(header).remove(bracketed))}) {
        if (k.isEmpty())
            continue;
        if (const auto it = synonyms().constFind(k); it != synonyms().constEnd()) {
            *out = *it;
            return true;
        }
        if (numberedColumn(k, out))
            return true;
    }
    for (ImportField candidate : allowed)
        if (candidate != ImportField::Ignore
            && (key == ColumnMapping::normalizeHeader(importFieldName(candidate))
                || key == ColumnMapping::normalizeHeader(importFieldCode(candidate)))) {
            *out = candidate;
            return true;
        }
    return false;
}

} // namespace

ColumnMapping ColumnMapping::guess(const QStringList &headers, ImportTarget target)
{
    ColumnMapping m;
    const QList<ImportField> allowed = importFieldsFor(target);
    QStringList keys;
    for (const QString &h : headers)
        keys.append(normalizeHeader(h));
    // Thunderbird writes a birthday as "Birth Year", "Birth Month", "Birth Day"; Outlook's "Title"
    // beside "Job Title" is Mr or Ms.
    const bool birthInParts = keys.contains(QStringLiteral("birthyear")) || keys.contains(QStringLiteral("birthmonth"));
    const bool titleIsHonorific = keys.contains(QStringLiteral("jobtitle"));
    for (int i = 0; i < headers.size(); ++i) {
        ImportField f = ImportField::KeepInNotes;
        if (!fieldOfHeader(headers.at(i), allowed, &f))
            f = ImportField::KeepInNotes;
        if (birthInParts && keys.at(i) == QLatin1String("birthday"))
            f = ImportField::BirthDay;
        if (titleIsHonorific && keys.at(i) == QLatin1String("title"))
            f = ImportField::KeepInNotes;
        if (!allowed.contains(f))
            f = ImportField::KeepInNotes; // a field this kind of record has not: its values go into notes
        m.columns.append(f);
    }
    // A customer file without a contact column: its first plain "电话"/"邮箱" are the company's.
    if (target == ImportTarget::Customers && !m.has(ImportField::PersonName) && !m.has(ImportField::GivenName)
        && !m.has(ImportField::FamilyName)) {
        for (ImportField &f : m.columns) {
            if (f == ImportField::PersonPhone && !m.has(ImportField::CustomerPhone))
                f = ImportField::CustomerPhone;
            else if (f == ImportField::PersonEmail && !m.has(ImportField::CustomerEmail))
                f = ImportField::CustomerEmail;
        }
    }
    return m;
}

} // namespace guanxi
