// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/printing/PrintTemplates.h"

#include "core/printing/DocumentLanguage.h"
#include "core/util/AppPaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

namespace guanxi {

namespace {

QString &folderOverride()
{
    static QString path;
    return path;
}

// Sections and the names that come with them.
const QStringList kCompany = {QStringLiteral("company.name"),    QStringLiteral("company.address"),
                              QStringLiteral("company.phone"),   QStringLiteral("company.tax_id"),
                              QStringLiteral("company.bank"),    QStringLiteral("company.logo"),
                              QStringLiteral("company.has_logo")};

// Elements that must be closed in a template (the ones a document's layout depends on).
const QStringList kClosed = {QStringLiteral("table"), QStringLiteral("thead"), QStringLiteral("tbody"),
                             QStringLiteral("tr"),    QStringLiteral("td"),    QStringLiteral("th"),
                             QStringLiteral("div"),   QStringLiteral("p"),     QStringLiteral("h1"),
                             QStringLiteral("h2"),    QStringLiteral("h3"),    QStringLiteral("span"),
                             QStringLiteral("b"),     QStringLiteral("i"),     QStringLiteral("html"),
                             QStringLiteral("body"),  QStringLiteral("head"),  QStringLiteral("style")};

// A language that has templates: one of the document languages, else zh_CN (the built-in one
// templates were first written in).
QString templateLanguage(const QString &language)
{
    return DocumentLanguage::all().contains(language) ? language : QStringLiteral("zh_CN");
}

} // namespace

QString printKindCode(PrintKind kind)
{
    switch (kind) {
    case PrintKind::Order:
        return QStringLiteral("order");
    case PrintKind::Delivery:
        return QStringLiteral("delivery");
    case PrintKind::Quote:
        break;
    }
    return QStringLiteral("quote");
}

bool printKindFromCode(const QString &code, PrintKind *out)
{
    for (PrintKind k : {PrintKind::Quote, PrintKind::Order, PrintKind::Delivery})
        if (printKindCode(k) == code) {
            *out = k;
            return true;
        }
    return false;
}

QString PrintTemplates::folder()
{
    return folderOverride().isEmpty() ? AppPaths::dataFolder() + QStringLiteral("/templates") : folderOverride();
}

void PrintTemplates::setFolderForTests(const QString &path)
{
    folderOverride() = path;
}

QString PrintTemplates::builtIn(PrintKind kind, const QString &language)
{
    const QString lang = templateLanguage(language);
    QFile f(QStringLiteral(":/guanxi/templates/%1/%2.html").arg(lang, printKindCode(kind)));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

QString PrintTemplates::load(PrintKind kind, const QString &language)
{
    QStringList candidates = {userPath(kind, language)};
    if (language == QLatin1String("zh_CN"))
        candidates.append(folder() + QLatin1Char('/') + printKindCode(kind) + QStringLiteral(".html"));
    for (const QString &path : std::as_const(candidates)) {
        QFile own(path);
        if (own.open(QIODevice::ReadOnly))
            return QString::fromUtf8(own.readAll());
    }
    return builtIn(kind, language);
}

Result<QString> PrintTemplates::ensureUserCopies()
{
    const QString dir = folder();
    if (!QDir().mkpath(dir))
        return Error{ErrorCode::Storage, tr("The folder %1 cannot be created.").arg(dir), {}};
    for (const QString &language : DocumentLanguage::all())
        for (PrintKind k : {PrintKind::Quote, PrintKind::Order, PrintKind::Delivery}) {
            if (QFile::exists(userPath(k, language)))
                continue;
            // A zh_CN template edited before there were languages becomes the zh_CN copy.
            if (Status s = save(k, language, load(k, language)); !s)
                return s.error();
        }
    return dir;
}

Status PrintTemplates::save(PrintKind kind, const QString &language, const QString &html)
{
    const QString path = userPath(kind, language);
    if (!QDir().mkpath(QFileInfo(path).path()))
        return Error{ErrorCode::Storage, tr("The folder %1 cannot be created.").arg(QFileInfo(path).path()), {}};
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(html.toUtf8()) < 0 || !f.commit())
        return Error{ErrorCode::Storage, tr("%1 cannot be written.").arg(path), f.errorString()};
    return {};
}

QString PrintTemplates::userPath(PrintKind kind, const QString &language)
{
    const QString lang = templateLanguage(language);
    return QStringLiteral("%1/%2/%3.html").arg(folder(), lang, printKindCode(kind));
}

QStringList PrintTemplates::topNames(PrintKind kind)
{
    QStringList names = kCompany;
    names << QStringLiteral("title") << QStringLiteral("number") << QStringLiteral("date")
          << QStringLiteral("customer.name") << QStringLiteral("customer.address") << QStringLiteral("customer.phone")
          << QStringLiteral("contact.name") << QStringLiteral("contact.phone") << QStringLiteral("salesperson")
          << QStringLiteral("currency") << QStringLiteral("terms") << QStringLiteral("notes") << QStringLiteral("lines")
          << QStringLiteral("show_prices") << QStringLiteral("total.net") << QStringLiteral("total.tax")
          << QStringLiteral("total.amount") << QStringLiteral("total.in_words") << QStringLiteral("total.has_words")
          << QStringLiteral("prices_include_tax") << QStringLiteral("has_discounts");
    switch (kind) {
    case PrintKind::Quote:
        names << QStringLiteral("valid_until") << QStringLiteral("approved") << QStringLiteral("approved_by")
              << QStringLiteral("approved_at");
        break;
    case PrintKind::Order:
        names << QStringLiteral("quote_number") << QStringLiteral("receivables") << QStringLiteral("delivery_address");
        break;
    case PrintKind::Delivery:
        names << QStringLiteral("order_number") << QStringLiteral("delivery_address");
        break;
    }
    return names;
}

QStringList PrintTemplates::lineNames(PrintKind kind)
{
    // amount = gross − discount_amount = unit_price × quantity − discount_amount: what a line costs
    // before tax when prices exclude it, with tax when they include it (see DocumentPrinter).
    QStringList names = {QStringLiteral("no"),          QStringLiteral("code"),
                         QStringLiteral("description"), QStringLiteral("specification"),
                         QStringLiteral("unit"),        QStringLiteral("quantity"),
                         QStringLiteral("unit_price"),  QStringLiteral("gross"),
                         QStringLiteral("discount"),    QStringLiteral("discount_amount"),
                         QStringLiteral("tax_rate"),    QStringLiteral("tax_amount"),
                         QStringLiteral("amount")};
    if (kind == PrintKind::Delivery)
        names << QStringLiteral("ordered");
    // Inside a section the names above it are still there (mustache looks outward).
    return names;
}

QStringList PrintTemplates::check(PrintKind kind, const QString &html)
{
    QStringList problems;
    const QStringList top = topNames(kind);
    const QStringList inLine = lineNames(kind);
    const QStringList inReceivable = {QStringLiteral("description"), QStringLiteral("due_on"),
                                      QStringLiteral("amount")};
    // {{name}}, {{{name}}}, {{&name}}, {{#section}}, {{^section}}, {{/section}}, {{! comment}}
    static const QRegularExpression tag(QStringLiteral("\\{\\{(\\{?)\\s*([#^/&!]?)\\s*([^}]*?)\\s*\\}?\\}\\}"));
    QStringList open;
    QSet<QString> reported;
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString sigil = m.captured(2);
        const QString name = m.captured(3);
        if (sigil == QLatin1String("!"))
            continue;
        if (sigil == QLatin1String("/")) {
            if (open.isEmpty() || open.last() != name)
                problems.append(tr("{{/%1}} closes a section that is not open.").arg(name));
            else
                open.removeLast();
            continue;
        }
        bool known = top.contains(name);
        if (open.contains(QLatin1String("lines")))
            known = known || inLine.contains(name);
        if (open.contains(QLatin1String("receivables")))
            known = known || inReceivable.contains(name);
        if (!known && !reported.contains(name)) {
            reported.insert(name);
            problems.append(tr("{{%1}} is not a placeholder this document has.").arg(name));
        }
        if (sigil == QLatin1String("#") || sigil == QLatin1String("^"))
            open.append(name);
    }
    for (const QString &name : std::as_const(open))
        problems.append(tr("The section {{#%1}} is not closed with {{/%1}}.").arg(name));

    // HTML: the layout elements must be closed in order (void elements such as <br> and <img> aside).
    static const QRegularExpression element(QStringLiteral("<(/?)([A-Za-z][A-Za-z0-9]*)[^>]*?(/?)>"));
    QStringList stack;
    for (auto it = element.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString name = m.captured(2).toLower();
        if (!kClosed.contains(name) || !m.captured(3).isEmpty())
            continue;
        if (m.captured(1).isEmpty()) {
            stack.append(name);
            continue;
        }
        if (stack.isEmpty() || stack.last() != name) {
            problems.append(tr("The HTML is broken: </%1> does not close the element that is open%2.")
                                .arg(name, stack.isEmpty() ? QString() : QStringLiteral(" (<%1>)").arg(stack.last())));
            return problems;
        }
        stack.removeLast();
    }
    if (!stack.isEmpty())
        problems.append(tr("The HTML is broken: <%1> is never closed.").arg(stack.last()));
    if (html.count(QLatin1Char('<')) != html.count(QLatin1Char('>')))
        problems.append(tr("The HTML is broken: a tag is missing its < or >."));
    return problems;
}

} // namespace guanxi
