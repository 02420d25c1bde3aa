// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/care/CareEvent.h"

#include "core/util/CodeTable.h"

namespace guanxi {

namespace {

constexpr CodeTable<CareKind, 3> kKinds{
    {{
        {CareKind::Anniversary, "anniversary", QT_TRANSLATE_NOOP("Care", "Anniversary"), "纪念日"},
        {CareKind::Festival, "festival", QT_TRANSLATE_NOOP("Care", "Festival"), "节日"},
        {CareKind::Other, "other", QT_TRANSLATE_NOOP("Care", "Other"), "其他"},
    }},
    "Care"};

} // namespace

CodeTableRef<CareKind> codesOf(CareKind)
{
    return kKinds;
}
QList<CareKind> careKinds()
{
    return kKinds.values();
}

} // namespace guanxi
