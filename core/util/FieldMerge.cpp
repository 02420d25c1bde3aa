// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/FieldMerge.h"

namespace guanxi {

bool sameFieldValue(const QVariant &a, const QVariant &b)
{
    const bool aEmpty = a.isNull() || a.toString().isEmpty();
    const bool bEmpty = b.isNull() || b.toString().isEmpty();
    if (aEmpty || bEmpty)
        return aEmpty == bEmpty;
    return a.toString() == b.toString();
}

FieldMergeResult mergeFields(const QStringList &fields, const QVariantMap &original, const QVariantMap &mine,
                             const QVariantMap &theirs)
{
    FieldMergeResult r;
    for (const QString &f : fields) {
        const QVariant o = original.value(f), m = mine.value(f), t = theirs.value(f);
        const bool iChanged = !sameFieldValue(o, m);
        const bool theyChanged = !sameFieldValue(o, t);
        if (!iChanged) {
            r.merged.insert(f, t);
            if (theyChanged)
                r.takenFromTheirs.append(f);
        } else if (!theyChanged || sameFieldValue(m, t)) {
            r.merged.insert(f, m);
        } else {
            r.merged.insert(f, t);
            r.conflicts.append({f, o, m, t});
        }
    }
    return r;
}

} // namespace guanxi
