// SPDX-License-Identifier: GPL-3.0-or-later
// The compiled translations (:/i18n/guanxi_*.qm) are this library's resources; this file only
// gives the library a translation unit of its own.
namespace guanxi::translations {
int resourceAnchor()
{
    return 0;
}
} // namespace guanxi::translations
