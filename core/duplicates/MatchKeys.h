// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace guanxi {

// The keys under which the duplicate guard (防撞单) files a record. Two records that share a key
// are very likely the same company or person:
//  - "n:" the company name without width, case, script (traditional/simplified), spaces,
//    punctuation, bracketed qualifiers or legal-form suffixes (有限公司, 股份有限公司, Co., Ltd.);
//  - "p:" a phone number in E.164;
//  - "e:" an e-mail address;
//  - "d:" a company's own domain, from an e-mail address or the website (not public mail services).
class MatchKeys {
public:
    static QString companyName(const QString &name); // the "n:" key's text; empty when too short
    static QString phone(const QString &phone);      // the "p:" key's text; empty when not a number
    static QString email(const QString &email);
    static QString domainOfEmail(const QString &email); // empty for public mail services
    static QString domainOfWebsite(const QString &website);
    // The built-in public mail services (qq.com, 163.com, gmail.com …) and those the company added.
    static bool isPublicMailDomain(const QString &domain);
    static QStringList builtInPublicDomains();
    // The company's own additions (Settings), for this process; see DuplicateRules.
    static void setExtraPublicDomains(const QStringList &domains);

    static QStringList forCompany(const QString &name, const QStringList &phones, const QStringList &emails,
                                  const QString &website);
    static QStringList forPerson(const QStringList &phones, const QStringList &emails);
};

} // namespace guanxi
