// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SqliteLibrary.h"

#include <QtGlobal>

#include <sqlite3.h>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

namespace guanxi {

namespace {

#ifdef Q_OS_LINUX
// SQLite's page cache in one reserved address range the kernel may back with 2 MiB pages, instead
// of one malloc() per 16 KiB page. A large import fills some 450 MB of cache; page by page that is
// over a hundred thousand page faults, which took a third of the import's time on a virtual
// machine. Reserved, not used: only the pages SQLite touches take memory. Pages of files with
// larger pages than ours, and any beyond the range, still come from malloc().
void reservePageCache()
{
    constexpr int kPageSize = 16384;      // Database gives new files 16 KiB pages
    constexpr int kSlots = 40000;         // BulkLoad's 512 MiB cache and the everyday ones beside it
    int header = 0;
    if (sqlite3_config(SQLITE_CONFIG_PCACHE_HDRSZ, &header) != SQLITE_OK)
        return;
    const size_t slot = (static_cast<size_t>(kPageSize + header) + 7) & ~size_t(7);
    const size_t bytes = slot * kSlots;
    void *range = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (range == MAP_FAILED)
        return;
    madvise(range, bytes, MADV_HUGEPAGE);   // a wish: without transparent huge pages it is plain memory
    if (sqlite3_config(SQLITE_CONFIG_PAGECACHE, range, static_cast<int>(slot), kSlots) != SQLITE_OK)
        munmap(range, bytes);
}
#endif

} // namespace

void configureSqliteLibrary()
{
    static const bool once = [] {
        // Without memory statistics every allocation skips a global mutex (a twentieth of a bulk
        // import's time); nothing here reads the statistics.
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
#ifdef Q_OS_LINUX
        reservePageCache();
#endif
        return true;
    }();
    Q_UNUSED(once);
}

} // namespace guanxi
