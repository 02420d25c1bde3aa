// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace guanxi {

// A phone number as libphonenumber reads it, for every country. Numbers without a country code
// are read as numbers of the default region (China unless the database says otherwise, see
// PhoneRules), so "138 0013 8000" and "+86 138-0013-8000" are the same E.164 number.
struct PhoneNumber {
    bool valid = false;  // a number that can exist (length and prefix fit the region's plan)
    bool mobile = false; // a mobile number (Chinese 1[3-9]x xxxx xxxx and others)
    QString e164;        // "+8613800138000"; empty when the text is not a number at all
    QString extension;   // "102" of "+1 418-656-9254 ext. 102", "tel:+1-418-656-9254;ext=102"

    // The region ("CN", "US", "DE") numbers without a country code belong to, for this process.
    static QString defaultRegion();
    static void setDefaultRegion(const QString &region);
    // The regions libphonenumber knows, as ISO 3166 codes.
    static QStringList regions();
    static bool isRegion(const QString &code);

    // Validity comes from libphonenumber's tables of assigned number blocks. Common Chinese numbers
    // (see toE164) skip its text parsing and go straight to the table lookup, several times faster.
    // An empty `region` means defaultRegion().
    static PhoneNumber parse(const QString &text, const QString &region = {});
    // Everything through libphonenumber's own parser; the reference the quick path is tested against.
    static PhoneNumber parseWithLibraryOnly(const QString &text, const QString &region);
    // Only the E.164 form, for comparing numbers (duplicate keys, bulk loads). The two shapes most
    // numbers in a Chinese CRM have (1[3-9]x xxxx xxxx and 0AA(A) xxxx xxxx, with or without +86)
    // are read directly, since libphonenumber's regular expressions cost tens of microseconds a
    // number; anything else goes through libphonenumber. Empty when the text is no number.
    static QString toE164(const QString &text);

    // The number written the one way Guanxi shows every number, whether typed, imported or made
    // up for the demo: Chinese mobiles 138 0013 8000, Chinese landlines 0571-88886666, other
    // countries in international form (+49 30 1234567). An extension stays as it was written
    // after the number (转 102, ext. 102, x102; ";ext=102" becomes " ext. 102"). Text that is no
    // valid number comes back as it is.
    static QString display(const QString &text, const QString &region = {});
    // The same for a number already parsed (a valid one; empty otherwise), without parsing again.
    QString shown() const;
};

} // namespace guanxi
