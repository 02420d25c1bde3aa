// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/duplicates/MatchKeys.h"

#include "core/search/SearchText.h"
#include "core/util/PhoneNumber.h"

#include <QReadWriteLock>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace guanxi {

namespace {

// Legal-form endings of Chinese company names, folded, longest first. They are removed
// repeatedly: "集团股份有限公司" loses "股份有限公司" and then "集团".
const QStringList &chineseLegalSuffixes()
{
    static const QStringList list = {
        QStringLiteral("股份有限公司"), QStringLiteral("有限责任公司"), QStringLiteral("集团有限公司"),
        QStringLiteral("有限公司"),     QStringLiteral("股份公司"),     QStringLiteral("总公司"),
        QStringLiteral("分公司"),       QStringLiteral("公司"),         QStringLiteral("集团"),
        QStringLiteral("商行"),         QStringLiteral("工作室"),       QStringLiteral("事务所"),
        QStringLiteral("厂"),
    };
    return list;
}

// Legal-form words of Latin-script names; removed only as whole words at the end ("Co., Ltd.").
const QStringList &latinLegalWords()
{
    static const QStringList list = {
        QStringLiteral("co"),          QStringLiteral("ltd"),          QStringLiteral("limited"),
        QStringLiteral("inc"),         QStringLiteral("incorporated"), QStringLiteral("corp"),
        QStringLiteral("corporation"), QStringLiteral("company"),      QStringLiteral("gmbh"),
        QStringLiteral("llc"),         QStringLiteral("plc"),          QStringLiteral("group"),
        QStringLiteral("ag"),          QStringLiteral("sa"),           QStringLiteral("bv"),
    };
    return list;
}

} // namespace

QString MatchKeys::companyName(const QString &name)
{
    QString folded = SearchText::fold(name);
    // A bracketed qualifier is the place written after the name instead of before it:
    // 华联科技（北京）有限公司 is 北京华联科技有限公司.
    static const QRegularExpression bracketed(QStringLiteral("[(\\[【〔]([^)\\]】〕]*)[)\\]】〕]"));
    QString qualifiers;
    for (const QRegularExpressionMatch &m : bracketed.globalMatch(folded))
        qualifiers += m.captured(1) + QLatin1Char(' ');
    folded.remove(bracketed);
    folded.prepend(qualifiers);
    // Words, split at everything that is not a letter or digit (spaces, dots, commas, &, ...).
    QStringList words;
    QString word;
    for (QChar c : folded) {
        if (c.isLetterOrNumber() || c.isSurrogate()) {
            word.append(c);
        } else if (!word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        words.append(word);
    while (words.size() > 1 && latinLegalWords().contains(words.last()))
        words.removeLast();
    QString key = words.join(QString());
    for (bool stripped = true; stripped;) {
        stripped = false;
        for (const QString &suffix : chineseLegalSuffixes()) {
            if (key.size() > suffix.size() && key.endsWith(suffix)) {
                key.chop(suffix.size());
                stripped = true;
                break;
            }
        }
    }
    return key.size() >= 2 ? key : QString();
}

QString MatchKeys::phone(const QString &phone)
{
    // Possible but unassigned numbers still identify a customer who typed them twice.
    const QString e164 = PhoneNumber::toE164(phone);
    return SearchText::digits(e164).size() >= 7 ? e164 : QString();
}

QString MatchKeys::email(const QString &email)
{
    const QString e = email.trimmed().toLower();
    return e.contains(QLatin1Char('@')) ? e : QString();
}

namespace {
QReadWriteLock g_extraLock;
QSet<QString> g_extraDomains; // read by import workers while the GUI may change it
} // namespace

QStringList MatchKeys::builtInPublicDomains()
{
    return {
        QStringLiteral("qq.com"),         QStringLiteral("vip.qq.com"),  QStringLiteral("foxmail.com"),
        QStringLiteral("163.com"),        QStringLiteral("126.com"),     QStringLiteral("yeah.net"),
        QStringLiteral("vip.163.com"),    QStringLiteral("sina.com"),    QStringLiteral("sina.cn"),
        QStringLiteral("sohu.com"),       QStringLiteral("139.com"),     QStringLiteral("189.cn"),
        QStringLiteral("aliyun.com"),     QStringLiteral("gmail.com"),   QStringLiteral("googlemail.com"),
        QStringLiteral("hotmail.com"),    QStringLiteral("outlook.com"), QStringLiteral("live.com"),
        QStringLiteral("msn.com"),        QStringLiteral("yahoo.com"),   QStringLiteral("icloud.com"),
        QStringLiteral("me.com"),         QStringLiteral("mac.com"),     QStringLiteral("proton.me"),
        QStringLiteral("protonmail.com"), QStringLiteral("gmx.de"),      QStringLiteral("gmx.net"),
        QStringLiteral("web.de"),         QStringLiteral("yandex.ru"),   QStringLiteral("mail.ru"),
        QStringLiteral("naver.com"),      QStringLiteral("example.com"),
    };
}

bool MatchKeys::isPublicMailDomain(const QString &domain)
{
    static const QSet<QString> builtIn = [] {
        const QStringList l = builtInPublicDomains();
        return QSet<QString>(l.cbegin(), l.cend());
    }();
    if (builtIn.contains(domain))
        return true;
    QReadLocker lock(&g_extraLock);
    return g_extraDomains.contains(domain);
}

void MatchKeys::setExtraPublicDomains(const QStringList &domains)
{
    QWriteLocker lock(&g_extraLock);
    g_extraDomains.clear();
    for (const QString &d : domains)
        g_extraDomains.insert(d.trimmed().toLower());
}

QString MatchKeys::domainOfEmail(const QString &email)
{
    const QString e = MatchKeys::email(email);
    const QString domain = e.mid(e.lastIndexOf(QLatin1Char('@')) + 1);
    return domain.contains(QLatin1Char('.')) && !isPublicMailDomain(domain) ? domain : QString();
}

QString MatchKeys::domainOfWebsite(const QString &website)
{
    QString w = website.trimmed().toLower();
    if (w.isEmpty())
        return {};
    if (!w.contains(QLatin1String("://")))
        w.prepend(QLatin1String("http://"));
    QString host = QUrl(w).host();
    if (host.startsWith(QLatin1String("www.")))
        host.remove(0, 4);
    return host.contains(QLatin1Char('.')) && !isPublicMailDomain(host) ? host : QString();
}

QStringList MatchKeys::forPerson(const QStringList &phones, const QStringList &emails)
{
    QStringList keys;
    auto add = [&keys](const QString &prefix, const QString &value) {
        if (!value.isEmpty() && !keys.contains(prefix + value))
            keys.append(prefix + value);
    };
    for (const QString &p : phones)
        add(QStringLiteral("p:"), phone(p));
    for (const QString &e : emails)
        add(QStringLiteral("e:"), email(e));
    return keys;
}

QStringList MatchKeys::forCompany(const QString &name, const QStringList &phones, const QStringList &emails,
                                  const QString &website)
{
    QStringList keys = forPerson(phones, emails);
    auto add = [&keys](const QString &prefix, const QString &value) {
        if (!value.isEmpty() && !keys.contains(prefix + value))
            keys.append(prefix + value);
    };
    add(QStringLiteral("n:"), companyName(name));
    for (const QString &e : emails)
        add(QStringLiteral("d:"), domainOfEmail(e));
    add(QStringLiteral("d:"), domainOfWebsite(website));
    return keys;
}

} // namespace guanxi
