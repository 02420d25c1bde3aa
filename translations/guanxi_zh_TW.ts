<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>Backup</name>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消，沒有做任何更改。</translation>
    </message>
    <message>
        <source>A backup cannot replace the database itself.</source>
        <translation>備份不能覆蓋資料庫本身。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>無法建立資料夾 %1。</translation>
    </message>
    <message>
        <source>The backup file %1 cannot be written.</source>
        <translation>無法寫入備份檔案 %1。</translation>
    </message>
    <message>
        <source>The backup file %1 does not exist.</source>
        <translation>備份檔案 %1 不存在。</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read.</source>
        <translation>無法讀取備份 %1。</translation>
    </message>
    <message>
        <source>The backup %1 is damaged and was not restored.</source>
        <translation>備份 %1 已損壞，未進行恢復。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Guanxi CRM on the command line.

Commands:
  init                         create a database (and its administrator)
  seed                         fill an empty database with demo data
  customers list|add|show|edit|delete|restore
  backup DEST                  copy the database (safe while in use)
  restore SRC                  replace the database with a backup
  check                        integrity, foreign keys and schema version

Exit codes: 0 ok, 1 error, 2 bad arguments or input, 3 duplicate, 4 changed by someone else, 5 not allowed, 6 not found.</source>
        <translation>關係 CRM 命令行工具。

命令：
  init                         建立資料庫（及其管理員）
  seed                         向空資料庫填入示範數據
  customers list|add|show|edit|delete|restore
  backup DEST                  複製資料庫（使用中也安全）
  restore SRC                  用備份替換資料庫
  check                        檢查完整性、外鍵和結構版本

退出碼：0 成功，1 錯誤，2 參數或輸入有誤，3 重復，4 已被他人修改，5 無權限，6 未找到。</translation>
    </message>
    <message>
        <source>What to do (see above).</source>
        <translation>要執行的操作（見上文）。</translation>
    </message>
    <message>
        <source>Say what to do, for example: guanxi-cli customers list</source>
        <translation>請指定要執行的操作，例如：guanxi-cli customers list</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>未知命令：%1</translation>
    </message>
    <message>
        <source>Database file (default: the one the Guanxi app uses).</source>
        <translation>資料庫檔案（預設：關係 CRM 應用使用的檔案）。</translation>
    </message>
    <message>
        <source>Sign in as this login (databases with several users).</source>
        <translation>以此登入名登入（多使用者資料庫）。</translation>
    </message>
    <message>
        <source>Output: table, csv or json.</source>
        <translation>輸出格式：table、csv 或 json。</translation>
    </message>
    <message>
        <source>List at most N rows (0: all).</source>
        <translation>最多列出 N 行（0 表示全部）。</translation>
    </message>
    <message>
        <source>Sort by name, tier, region, industry or last-contact.</source>
        <translation>按 name、tier、region、industry 或 last-contact 排序。</translation>
    </message>
    <message>
        <source>Sort in descending order.</source>
        <translation>降序排列。</translation>
    </message>
    <message>
        <source>Only rows whose name, phone or e-mail contains TEXT.</source>
        <translation>只顯示名稱、電話或郵件包含 TEXT 的行。</translation>
    </message>
    <message>
        <source>A field of the new customer (customers add).</source>
        <translation>新客戶的字段（customers add）。</translation>
    </message>
    <message>
        <source>Change a field: FIELD=VALUE (customers edit; repeatable).</source>
        <translation>修改字段：字段=值（customers edit；可重復）。</translation>
    </message>
    <message>
        <source>Only save if the record is still at version N.</source>
        <translation>僅當記錄仍為版本 N 時才儲存。</translation>
    </message>
    <message>
        <source>Number of demo customers (seed).</source>
        <translation>示範客戶數量（seed）。</translation>
    </message>
    <message>
        <source>Number of demo orders (seed).</source>
        <translation>示範訂單數量（seed）。</translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same data.</source>
        <translation>隨機種子：相同的種子生成相同的數據。</translation>
    </message>
    <message>
        <source>The date the demo data ends (seed).</source>
        <translation>示範數據的截止日期（seed）。</translation>
    </message>
    <message>
        <source>Name of the administrator (init).</source>
        <translation>管理員姓名（init）。</translation>
    </message>
    <message>
        <source>Login of the administrator (init).</source>
        <translation>管理員登入名（init）。</translation>
    </message>
    <message>
        <source>Create it with: guanxi-cli init --db FILE</source>
        <translation>可用以下命令建立：guanxi-cli init --db 檔案</translation>
    </message>
    <message>
        <source>This database has several users: say who you are with --user LOGIN (or GUANXI_USER) and give the password in GUANXI_PASSWORD or at the prompt.</source>
        <translation>此資料庫有多個使用者：請用 --user 登入名（或 GUANXI_USER）說明身份，並通過 GUANXI_PASSWORD 或在提示處輸入密碼。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密碼：</translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>錯誤：</translation>
    </message>
    <message>
        <source>Details: </source>
        <translation>詳細資訊：</translation>
    </message>
    <message>
        <source>See: guanxi-cli --help</source>
        <translation>參見：guanxi-cli --help</translation>
    </message>
    <message>
        <source>There is no user with the login %1.</source>
        <translation>沒有登入名為 %1 的使用者。</translation>
    </message>
    <message>
        <source>--format takes table, csv or json.</source>
        <translation>--format 的取值為 table、csv 或 json。</translation>
    </message>
    <message>
        <source>--limit takes a number (0: all).</source>
        <translation>--limit 需要一個數字（0 表示全部）。</translation>
    </message>
    <message>
        <source>--sort takes name, tier, region, industry or last-contact.</source>
        <translation>--sort 的取值為 name、tier、region、industry 或 last-contact。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地區</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行業</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近聯繫</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>The tier is one of normal, important, vip.</source>
        <translation>等級須為 normal、important 或 vip 之一。</translation>
    </message>
    <message>
        <source>Unknown field %1. Fields: name, phone, email, tier, region, industry, notes, owner.</source>
        <translation>未知字段 %1。可用字段：name、phone、email、tier、region、industry、notes、owner。</translation>
    </message>
    <message>
        <source>Say what to change with --set FIELD=VALUE.</source>
        <translation>請用 --set 字段=值 指定要修改的內容。</translation>
    </message>
    <message>
        <source>--expect-version takes a number.</source>
        <translation>--expect-version 需要一個數字。</translation>
    </message>
    <message>
        <source>--set takes FIELD=VALUE, for example --set phone=13800138000.</source>
        <translation>--set 的格式為 字段=值，例如 --set phone=13800138000。</translation>
    </message>
    <message>
        <source>Saved %1, now version %2.</source>
        <translation>已儲存 %1，現為版本 %2。</translation>
    </message>
    <message>
        <source>Moved %1 to the recycle bin.</source>
        <translation>已將 %1 移到回收站。</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>已恢復 %1。</translation>
    </message>
    <message>
        <source>customers needs an action: list, add, show, edit, delete or restore.</source>
        <translation>customers 需要一個操作：list、add、show、edit、delete 或 restore。</translation>
    </message>
    <message>
        <source>customers %1 needs a customer id.</source>
        <translation>customers %1 需要客戶 ID。</translation>
    </message>
    <message>
        <source>Unknown action: customers %1</source>
        <translation>未知操作：customers %1</translation>
    </message>
    <message>
        <source>Database ready: %1 (schema %2).</source>
        <translation>資料庫已就緒：%1（結構版本 %2）。</translation>
    </message>
    <message>
        <source>--customers, --orders and --seed take whole numbers.</source>
        <translation>--customers、--orders 和 --seed 需要整數。</translation>
    </message>
    <message>
        <source>--as-of takes a date as YYYY-MM-DD.</source>
        <translation>--as-of 需要 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>Seeding</source>
        <translation>正在生成</translation>
    </message>
    <message>
        <source>backup needs the destination file: guanxi-cli backup DEST</source>
        <translation>backup 需要目標檔案：guanxi-cli backup 目標</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>正在備份</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>已備份到 %1。</translation>
    </message>
    <message>
        <source>restore needs the backup file: guanxi-cli restore SRC</source>
        <translation>restore 需要備份檔案：guanxi-cli restore 來源</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>正在恢復</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>已從 %2 恢復 %1。</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>資料庫：%1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this program: %2)</source>
        <translation>結構版本：%1（本程式：%2）</translation>
    </message>
    <message>
        <source>Journal mode: %1</source>
        <translation>日誌模式：%1</translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation>完整性：正常</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>問題：%1</translation>
    </message>
    <message>
        <source>Seeded %1 users, %2 customers and %3 orders in %4 s (%5 rows/s). Demo accounts: admin, manager1…manager4, sales1…sales12, with the password %6.</source>
        <translation>已生成 %1 個使用者、%2 個客戶和 %3 個訂單，用時 %4 秒（每秒 %5 行）。示範賬戶：admin、manager1…manager4、sales1…sales12，密碼為 %6。</translation>
    </message>
</context>
<context>
    <name>CustomerService</name>
    <message>
        <source>This customer belongs to %1; you cannot see its details.</source>
        <translation>此客戶屬於 %1；您無權查看其詳情。</translation>
    </message>
    <message>
        <source>The chosen owner is not a user of this database.</source>
        <translation>所選負責人不是此資料庫的使用者。</translation>
    </message>
    <message>
        <source>You may not give this customer to that owner.</source>
        <translation>您無權將此客戶分配給該負責人。</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>有人</translation>
    </message>
    <message>
        <source>%1 changed this customer at %2 (now version %3). Reload it to see their change, then make yours again.</source>
        <translation>%1 於 %2 修改了此客戶（現為版本 %3）。請重新載入查看其修改，然後再次進行您的修改。</translation>
    </message>
    <message>
        <source>You may not change this customer.</source>
        <translation>您無權修改此客戶。</translation>
    </message>
    <message>
        <source>This customer belongs to %1; you may not change it.</source>
        <translation>此客戶屬於 %1；您無權修改。</translation>
    </message>
    <message>
        <source>The customer is in the recycle bin. Restore it first.</source>
        <translation>此客戶在回收站中，請先恢復。</translation>
    </message>
    <message>
        <source>The customer does not exist.</source>
        <translation>該客戶不存在。</translation>
    </message>
</context>
<context>
    <name>CustomerValidator</name>
    <message>
        <source>Enter the customer's name.</source>
        <translation>請輸入客戶名稱。</translation>
    </message>
    <message>
        <source>The name may have at most %1 characters.</source>
        <translation>名稱最多 %1 個字元。</translation>
    </message>
    <message>
        <source>The name contains control characters.</source>
        <translation>名稱中含有控制字元。</translation>
    </message>
    <message>
        <source>"%1" is not a phone number. Use digits, spaces, dashes and an optional leading +, for example 138 0013 8000 or +86 10 6552 9988.</source>
        <translation>「%1」不是有效的電話號碼。請使用數字、空格、連字元及可選的前導 +，例如 138 0013 8000 或 +86 10 6552 9988。</translation>
    </message>
    <message>
        <source>"%1" is not an e-mail address, for example name@example.com.</source>
        <translation>「%1」不是有效的電子郵件地址，例如 name@example.com。</translation>
    </message>
    <message>
        <source>The region may have at most %1 characters.</source>
        <translation>地區最多 %1 個字元。</translation>
    </message>
    <message>
        <source>The industry may have at most %1 characters.</source>
        <translation>行業最多 %1 個字元。</translation>
    </message>
    <message>
        <source>The notes may have at most %1 characters.</source>
        <translation>備注最多 %1 個字元。</translation>
    </message>
    <message>
        <source>The notes contain control characters.</source>
        <translation>備注中含有控制字元。</translation>
    </message>
</context>
<context>
    <name>Customers</name>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>重要</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>貴賓</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Delete %1</source>
        <translation>刪除 %1</translation>
    </message>
</context>
<context>
    <name>DemoSeeder</name>
    <message>
        <source>The number of customers or orders is out of range.</source>
        <translation>客戶或訂單數量超出範圍。</translation>
    </message>
    <message>
        <source>Orders need customers: ask for at least one customer.</source>
        <translation>訂單需要客戶：請至少生成一個客戶。</translation>
    </message>
    <message>
        <source>This database already has customers. Demo data goes into a new, empty database.</source>
        <translation>此資料庫已有客戶。示範數據只能寫入新的空資料庫。</translation>
    </message>
    <message>
        <source>Only an administrator can load demo data.</source>
        <translation>只有管理員可以載入示範數據。</translation>
    </message>
    <message>
        <source>Cancelled; no demo data was written.</source>
        <translation>已取消，未寫入任何示範數據。</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>The system keychain is not available: %1</source>
        <translation>系統密鑰環不可用：%1</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>The daily snapshot failed: %1</source>
        <translation>每日快照失敗：%1</translation>
    </message>
    <message>
        <source>Today's snapshot of the database was saved.</source>
        <translation>今天的資料庫快照已儲存。</translation>
    </message>
    <message>
        <source>Guanxi CRM</source>
        <translation>關係 CRM</translation>
    </message>
    <message>
        <source>Open this database file.</source>
        <translation>打開此資料庫檔案。</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>StartupFlow</name>
    <message>
        <source>Guanxi</source>
        <translation>關係 CRM</translation>
    </message>
    <message>
        <source>The database file %1 does not exist. Create a new database there?</source>
        <translation>資料庫檔案 %1 不存在。要在那裡建立新資料庫嗎？</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened.</source>
        <translation>無法打開資料庫 %1。</translation>
    </message>
    <message>
        <source>Open &amp;another file…</source>
        <translation>打開其他檔案(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打開資料庫</translation>
    </message>
    <message>
        <source>Guanxi database (*.sqlite3 *.db);;All files (*)</source>
        <translation>關係資料庫 (*.sqlite3 *.db);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Loading demo data…</source>
        <translation>正在載入示範數據…</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>示範數據</translation>
    </message>
    <message>
        <source>The demo company is ready. You are signed in as its administrator (login admin). Colleagues sign in as manager1, sales1, sales2, … with the password guanxi123, which is now yours too.</source>
        <translation>示範公司已就緒。您已作為管理員（登入名 admin）登入。同事們用 manager1、sales1、sales2 等登入，密碼為 guanxi123，這現在也是您的密碼。</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>No database file was given.</source>
        <translation>未指定資料庫檔案。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 是資料夾，不是資料庫檔案。</translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>資料庫檔案 %1 不存在。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>無法建立資料夾 %1。</translation>
    </message>
    <message>
        <source>The database file %1 cannot be read: permission denied.</source>
        <translation>無法讀取資料庫檔案 %1：權限不足。</translation>
    </message>
    <message>
        <source>Row %1 of table %2 points to a missing row of %3.</source>
        <translation>表 %2 的第 %1 行指向 %3 中不存在的行。</translation>
    </message>
    <message>
        <source>The schema version of the database cannot be read.</source>
        <translation>無法讀取資料庫的結構版本。</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Guanxi (schema %1; this program knows up to %2). Update Guanxi to open it.</source>
        <translation>此資料庫由更新版本的關係 CRM 寫入（結構版本 %1；本程式最高支援 %2）。請升級後再打開。</translation>
    </message>
    <message>
        <source>The database is locked by another user or program. Try again in a moment.</source>
        <translation>資料庫正被其他使用者或程式鎖定。請稍後再試。</translation>
    </message>
    <message>
        <source>The database file is read-only. Check its permissions, or copy it to a folder you can write to.</source>
        <translation>資料庫檔案為只讀。請檢查其權限，或將其複製到可寫的資料夾。</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing was saved.</source>
        <translation>磁盤已滿。請釋放一些空間後重試；沒有儲存任何內容。</translation>
    </message>
    <message>
        <source>The file is not a Guanxi database or it is damaged. Restore it from a backup.</source>
        <translation>該檔案不是關係資料庫，或已損壞。請從備份恢復。</translation>
    </message>
    <message>
        <source>The database file cannot be opened. Check that the folder exists and that you may read and write it.</source>
        <translation>無法打開資料庫檔案。請檢查資料夾是否存在，以及您是否有讀寫權限。</translation>
    </message>
    <message>
        <source>The change breaks a rule of the database and was not saved.</source>
        <translation>此更改違反了資料庫規則，未儲存。</translation>
    </message>
    <message>
        <source>A database error occurred: %1</source>
        <translation>發生資料庫錯誤：%1</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>A login name has 2 to 64 letters, digits, dots, dashes or underscores.</source>
        <translation>登入名由 2 到 64 個字母、數字、點、連字元或下划線組成。</translation>
    </message>
    <message>
        <source>A password needs at least 6 characters.</source>
        <translation>密碼至少需要 6 個字元。</translation>
    </message>
    <message>
        <source>A password may have at most 256 characters.</source>
        <translation>密碼最多 256 個字元。</translation>
    </message>
    <message>
        <source>This database has no users yet. Create one with guanxi-cli init.</source>
        <translation>此資料庫還沒有使用者。請用 guanxi-cli init 建立。</translation>
    </message>
    <message>
        <source>This database has several users: sign in first.</source>
        <translation>此資料庫有多個使用者：請先登入。</translation>
    </message>
    <message>
        <source>The login name or the password is wrong.</source>
        <translation>登入名或密碼錯誤。</translation>
    </message>
    <message>
        <source>No password is set for %1. Ask an administrator to set one.</source>
        <translation>%1 尚未設定密碼。請聯繫管理員設定。</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>請輸入您的姓名。</translation>
    </message>
    <message>
        <source>This database already has users.</source>
        <translation>此資料庫已有使用者。</translation>
    </message>
    <message>
        <source>Only an administrator can add users.</source>
        <translation>只有管理員可以添加使用者。</translation>
    </message>
    <message>
        <source>Enter the user's name.</source>
        <translation>請輸入使用者姓名。</translation>
    </message>
    <message>
        <source>Set a password for yourself before you add other users: from then on, everyone signs in.</source>
        <translation>添加其他使用者前，請先為自己設定密碼：此後每個人都需要登入。</translation>
    </message>
    <message>
        <source>The login name %1 is taken.</source>
        <translation>登入名 %1 已被使用。</translation>
    </message>
    <message>
        <source>You can only change your own password.</source>
        <translation>您只能修改自己的密碼。</translation>
    </message>
    <message>
        <source>Only an administrator can add departments.</source>
        <translation>只有管理員可以添加部門。</translation>
    </message>
    <message>
        <source>A department name has 1 to 100 characters.</source>
        <translation>部門名稱為 1 到 100 個字元。</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>Salesperson</source>
        <translation>銷售員</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>經理</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理員</translation>
    </message>
</context>
<context>
    <name>guanxi::AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>添加使用者</translation>
    </message>
    <message>
        <source>letters and digits, e.g. zhangsan</source>
        <translation>字母和數字，如 zhangsan</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>New department</source>
        <translation>新增部門</translation>
    </message>
    <message>
        <source>Department name:</source>
        <translation>部門名稱：</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>登入名(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>部門(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密碼(&amp;P)</translation>
    </message>
</context>
<context>
    <name>guanxi::CustomerCardDialog</name>
    <message>
        <source>New customer</source>
        <translation>新增客戶</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>新記錄</translation>
    </message>
    <message>
        <source>Company or person, e.g. 杭州瑞丰贸易有限公司</source>
        <translation>公司或個人，如 杭州瑞豐貿易有限公司</translation>
    </message>
    <message>
        <source>e.g. 138 0013 8000 or 0571-8888 6666</source>
        <translation>如 138 0013 8000 或 0571-8888 6666</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>名稱(&amp;N) *</translation>
    </message>
    <message>
        <source>&amp;Tier</source>
        <translation>客戶等級(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>電話(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>電子郵件(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>地區(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Industry</source>
        <translation>行業(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>負責人(&amp;O)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>備注(&amp;O)</translation>
    </message>
    <message>
        <source>(public pool)</source>
        <translation>（公海）</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Version %1 · last changed by %2 on %3</source>
        <translation>版本 %1 · 最後由 %2 於 %3 修改</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>This customer is in the recycle bin. Restore it to edit it.</source>
        <translation>此客戶在回收站中。恢復後才能編輯。</translation>
    </message>
    <message>
        <source>This customer belongs to %1; you can look but not change it.</source>
        <translation>此客戶屬於 %1；您可以查看，但不能修改。</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <source>Reload (discard my changes)</source>
        <translation>重新載入（放棄我的修改）</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>繼續編輯</translation>
    </message>
    <message>
        <source>The customer was not saved</source>
        <translation>客戶未儲存</translation>
    </message>
</context>
<context>
    <name>guanxi::CustomerListModel</name>
    <message>
        <source>(public pool)</source>
        <translation>（公海）</translation>
    </message>
    <message>
        <source>Never contacted</source>
        <translation>從未聯繫</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地區</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行業</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近聯繫</translation>
    </message>
</context>
<context>
    <name>guanxi::CustomersPage</name>
    <message>
        <source>&amp;New customer</source>
        <translation>新增客戶(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
    <message>
        <source>Recycle &amp;bin</source>
        <translation>回收站(&amp;B)</translation>
    </message>
    <message>
        <source>Filter by name, phone or e-mail</source>
        <translation>按名稱、電話或郵件篩選</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>全部等級</translation>
    </message>
    <message>
        <source>Everyone's</source>
        <translation>所有人的</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Public pool</source>
        <translation>公海</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打開(&amp;O)</translation>
    </message>
    <message>
        <source>Move to &amp;recycle bin</source>
        <translation>移到回收站(&amp;R)</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>全部地區</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 個客戶</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete customers</source>
        <translation>刪除客戶</translation>
    </message>
    <message numerus="yes">
        <source>Move %n customer(s) to the recycle bin?</source>
        <translation>
            <numerusform>將 %n 個客戶移到回收站？</numerusform>
        </translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>未更改</translation>
    </message>
    <message>
        <source>All industries</source>
        <translation>全部行業</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n customer(s) to the recycle bin. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>已將 %n 個客戶移到回收站。按 Ctrl+Z 復原。</numerusform>
        </translation>
    </message>
    <message>
        <source>The new customer was saved; the current filters hide it.</source>
        <translation>新客戶已儲存；當前篩選條件下不顯示。</translation>
    </message>
</context>
<context>
    <name>guanxi::FirstRunDialog</name>
    <message>
        <source>Welcome to Guanxi</source>
        <translation>歡迎使用關係 CRM</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to Guanxi&lt;/h3&gt;&lt;p&gt;This is a new database. You are its administrator; add colleagues later in Settings.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Load demo data&lt;/b&gt; fills it with a sample company: a sales team in four departments, a few thousand customers and three years of orders. Demo accounts sign in with the password &lt;b&gt;guanxi123&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;歡迎使用關係 CRM&lt;/h3&gt;&lt;p&gt;這是一個新資料庫，您是它的管理員；之後可在「設定」中添加同事。&lt;/p&gt;&lt;p&gt;&lt;b&gt;載入示範數據&lt;/b&gt;會填入一家示例公司：四個部門的銷售團隊、幾千個客戶和三年的訂單。示範賬戶的登入密碼為 &lt;b&gt;guanxi123&lt;/b&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理員</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>您的姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Start &amp;empty</source>
        <translation>從空白開始(&amp;E)</translation>
    </message>
    <message>
        <source>Load &amp;demo data</source>
        <translation>載入示範數據(&amp;D)</translation>
    </message>
</context>
<context>
    <name>guanxi::MainWindow</name>
    <message>
        <source>Guanxi CRM — %1</source>
        <translation>關係 CRM — %1</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <source>Search customers (Ctrl+K)</source>
        <translation>搜尋客戶 (Ctrl+K)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>新增客戶(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>搜尋(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>轉到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>幫助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Guanxi</source>
        <translation>關於關係 CRM(&amp;A)</translation>
    </message>
    <message>
        <source>About Guanxi</source>
        <translation>關於關係 CRM</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Guanxi %1&lt;/h3&gt;&lt;p&gt;A desktop CRM for small and medium businesses.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;關係 CRM %1&lt;/h3&gt;&lt;p&gt;面向中小企業的桌面客戶關係管理軟體。&lt;/p&gt;&lt;p&gt;依據 GNU 通用公共許可證第 3 版或更高版本授權。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>關於 &amp;Qt</translation>
    </message>
    <message>
        <source>The database file</source>
        <translation>資料庫檔案</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>使用者：%1</translation>
    </message>
    <message>
        <source>Shared file on the network (rollback journal)</source>
        <translation>網路共享檔案（回復日誌）</translation>
    </message>
    <message>
        <source>Local file (WAL)</source>
        <translation>本地檔案（WAL）</translation>
    </message>
    <message>
        <source>Sync: not set up</source>
        <translation>同步：未設定</translation>
    </message>
</context>
<context>
    <name>guanxi::RecycleBinDialog</name>
    <message>
        <source>Recycle bin</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>Deleted customers stay here until you restore them.</source>
        <translation>已刪除的客戶保留在這裡，直到您將其恢復。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢復(&amp;R)</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>未恢復</translation>
    </message>
</context>
<context>
    <name>guanxi::RecycleBinModel</name>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>刪除時間</translation>
    </message>
</context>
<context>
    <name>guanxi::RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>從備份恢復</translation>
    </message>
    <message>
        <source>There are no daily snapshots yet.</source>
        <translation>還沒有每日快照。</translation>
    </message>
    <message>
        <source>Daily snapshots, newest first:</source>
        <translation>每日快照（最新的在前）：</translation>
    </message>
    <message>
        <source>%1  (%2 MB)</source>
        <translation>%1  （%2 MB）</translation>
    </message>
    <message>
        <source>Other &amp;file…</source>
        <translation>其他檔案(&amp;F)…</translation>
    </message>
    <message>
        <source>Restore from</source>
        <translation>從此處恢復</translation>
    </message>
    <message>
        <source>Guanxi database (*.sqlite3);;All files (*)</source>
        <translation>關係資料庫 (*.sqlite3);;所有檔案 (*)</translation>
    </message>
</context>
<context>
    <name>guanxi::SettingsPage</name>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <source>The new language is used from the next start. Restart Guanxi now?</source>
        <translation>新語言將在下次啓動時生效。現在重新啓動嗎？</translation>
    </message>
    <message>
        <source>Display language:</source>
        <translation>介面語言：</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>With one user Guanxi opens directly; once there are two, everyone signs in with a password.</source>
        <translation>只有一個使用者時直接打開；一旦有兩個使用者，每個人都需用密碼登入。</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>添加使用者(&amp;A)…</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>設定密碼(&amp;P)…</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>修改我的密碼(&amp;P)…</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <translation>%1 的新密碼：</translation>
    </message>
    <message>
        <source>Password not changed</source>
        <translation>密碼未修改</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>%1 的密碼已修改。</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>備份</translation>
    </message>
    <message>
        <source>Back &amp;up now…</source>
        <translation>立即備份(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>從備份恢復(&amp;R)…</translation>
    </message>
    <message>
        <source>Daily snapshots kept:</source>
        <translation>保留的每日快照數：</translation>
    </message>
    <message>
        <source>Guanxi takes a snapshot of the database once a day when it starts, in %1.</source>
        <translation>關係 CRM 每天啓動時為資料庫拍一次快照，儲存在 %1。</translation>
    </message>
    <message>
        <source>Newest: %1.</source>
        <translation>最新：%1。</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>備份到</translation>
    </message>
    <message>
        <source>Guanxi database (*.sqlite3);;All files (*)</source>
        <translation>關係資料庫 (*.sqlite3);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在備份…</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>備份失敗</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>備份</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>已備份到 %1。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢復</translation>
    </message>
    <message>
        <source>Replace everything in the database with the backup %1? A snapshot of the current state is taken first.</source>
        <translation>用備份 %1 替換資料庫中的全部內容嗎？恢復前會先為當前狀態拍一次快照。</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>正在恢復…</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>恢復失敗</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>備份已恢復。</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>資料庫</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>檔案：</translation>
    </message>
    <message>
        <source>Journal:</source>
        <translation>日誌模式：</translation>
    </message>
    <message>
        <source>WAL (local disk)</source>
        <translation>WAL（本地磁盤）</translation>
    </message>
    <message>
        <source>rollback journal (network share)</source>
        <translation>回復日誌（網路共享）</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>結構版本：</translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation>檢查資料庫(&amp;C)</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>檢查資料庫</translation>
    </message>
    <message>
        <source>The database is in good order.</source>
        <translation>資料庫狀態良好。</translation>
    </message>
    <message>
        <source>The database has problems. Restore it from a backup.</source>
        <translation>資料庫有問題。請從備份恢復。</translation>
    </message>
</context>
<context>
    <name>guanxi::SignInDialog</name>
    <message>
        <source>Sign in to Guanxi</source>
        <translation>登入關係 CRM</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>使用者(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Remember my password on this computer</source>
        <translation>在此電腦上記住我的密碼(&amp;R)</translation>
    </message>
</context>
<context>
    <name>guanxi::UserListModel</name>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登入名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部門</translation>
    </message>
</context>
</TS>
