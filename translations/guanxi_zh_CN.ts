<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Backup</name>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消，没有做任何更改。</translation>
    </message>
    <message>
        <source>A backup cannot replace the database itself.</source>
        <translation>备份不能覆盖数据库本身。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The backup file %1 cannot be written.</source>
        <translation>无法写入备份文件 %1。</translation>
    </message>
    <message>
        <source>The backup file %1 does not exist.</source>
        <translation>备份文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read.</source>
        <translation>无法读取备份 %1。</translation>
    </message>
    <message>
        <source>The backup %1 is damaged and was not restored.</source>
        <translation>备份 %1 已损坏，未进行恢复。</translation>
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
        <translation>关系 CRM 命令行工具。

命令：
  init                         创建数据库（及其管理员）
  seed                         向空数据库填入演示数据
  customers list|add|show|edit|delete|restore
  backup DEST                  复制数据库（使用中也安全）
  restore SRC                  用备份替换数据库
  check                        检查完整性、外键和结构版本

退出码：0 成功，1 错误，2 参数或输入有误，3 重复，4 已被他人修改，5 无权限，6 未找到。</translation>
    </message>
    <message>
        <source>What to do (see above).</source>
        <translation>要执行的操作（见上文）。</translation>
    </message>
    <message>
        <source>Say what to do, for example: guanxi-cli customers list</source>
        <translation>请指定要执行的操作，例如：guanxi-cli customers list</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>未知命令：%1</translation>
    </message>
    <message>
        <source>Database file (default: the one the Guanxi app uses).</source>
        <translation>数据库文件（默认：关系 CRM 应用使用的文件）。</translation>
    </message>
    <message>
        <source>Sign in as this login (databases with several users).</source>
        <translation>以此登录名登录（多用户数据库）。</translation>
    </message>
    <message>
        <source>Output: table, csv or json.</source>
        <translation>输出格式：table、csv 或 json。</translation>
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
        <translation>只显示名称、电话或邮件包含 TEXT 的行。</translation>
    </message>
    <message>
        <source>A field of the new customer (customers add).</source>
        <translation>新客户的字段（customers add）。</translation>
    </message>
    <message>
        <source>Change a field: FIELD=VALUE (customers edit; repeatable).</source>
        <translation>修改字段：字段=值（customers edit；可重复）。</translation>
    </message>
    <message>
        <source>Only save if the record is still at version N.</source>
        <translation>仅当记录仍为版本 N 时才保存。</translation>
    </message>
    <message>
        <source>Number of demo customers (seed).</source>
        <translation>演示客户数量（seed）。</translation>
    </message>
    <message>
        <source>Number of demo orders (seed).</source>
        <translation>演示订单数量（seed）。</translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same data.</source>
        <translation>随机种子：相同的种子生成相同的数据。</translation>
    </message>
    <message>
        <source>The date the demo data ends (seed).</source>
        <translation>演示数据的截止日期（seed）。</translation>
    </message>
    <message>
        <source>Name of the administrator (init).</source>
        <translation>管理员姓名（init）。</translation>
    </message>
    <message>
        <source>Login of the administrator (init).</source>
        <translation>管理员登录名（init）。</translation>
    </message>
    <message>
        <source>Create it with: guanxi-cli init --db FILE</source>
        <translation>可用以下命令创建：guanxi-cli init --db 文件</translation>
    </message>
    <message>
        <source>This database has several users: say who you are with --user LOGIN (or GUANXI_USER) and give the password in GUANXI_PASSWORD or at the prompt.</source>
        <translation>此数据库有多个用户：请用 --user 登录名（或 GUANXI_USER）说明身份，并通过 GUANXI_PASSWORD 或在提示处输入密码。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>错误：</translation>
    </message>
    <message>
        <source>Details: </source>
        <translation>详细信息：</translation>
    </message>
    <message>
        <source>See: guanxi-cli --help</source>
        <translation>参见：guanxi-cli --help</translation>
    </message>
    <message>
        <source>There is no user with the login %1.</source>
        <translation>没有登录名为 %1 的用户。</translation>
    </message>
    <message>
        <source>--format takes table, csv or json.</source>
        <translation>--format 的取值为 table、csv 或 json。</translation>
    </message>
    <message>
        <source>--limit takes a number (0: all).</source>
        <translation>--limit 需要一个数字（0 表示全部）。</translation>
    </message>
    <message>
        <source>--sort takes name, tier, region, industry or last-contact.</source>
        <translation>--sort 的取值为 name、tier、region、industry 或 last-contact。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近联系</translation>
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
        <translation>等级须为 normal、important 或 vip 之一。</translation>
    </message>
    <message>
        <source>Unknown field %1. Fields: name, phone, email, tier, region, industry, notes, owner.</source>
        <translation>未知字段 %1。可用字段：name、phone、email、tier、region、industry、notes、owner。</translation>
    </message>
    <message>
        <source>Say what to change with --set FIELD=VALUE.</source>
        <translation>请用 --set 字段=值 指定要修改的内容。</translation>
    </message>
    <message>
        <source>--expect-version takes a number.</source>
        <translation>--expect-version 需要一个数字。</translation>
    </message>
    <message>
        <source>--set takes FIELD=VALUE, for example --set phone=13800138000.</source>
        <translation>--set 的格式为 字段=值，例如 --set phone=13800138000。</translation>
    </message>
    <message>
        <source>Saved %1, now version %2.</source>
        <translation>已保存 %1，现为版本 %2。</translation>
    </message>
    <message>
        <source>Moved %1 to the recycle bin.</source>
        <translation>已将 %1 移到回收站。</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>已恢复 %1。</translation>
    </message>
    <message>
        <source>customers needs an action: list, add, show, edit, delete or restore.</source>
        <translation>customers 需要一个操作：list、add、show、edit、delete 或 restore。</translation>
    </message>
    <message>
        <source>customers %1 needs a customer id.</source>
        <translation>customers %1 需要客户 ID。</translation>
    </message>
    <message>
        <source>Unknown action: customers %1</source>
        <translation>未知操作：customers %1</translation>
    </message>
    <message>
        <source>Database ready: %1 (schema %2).</source>
        <translation>数据库已就绪：%1（结构版本 %2）。</translation>
    </message>
    <message>
        <source>--customers, --orders and --seed take whole numbers.</source>
        <translation>--customers、--orders 和 --seed 需要整数。</translation>
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
        <translation>backup 需要目标文件：guanxi-cli backup 目标</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>正在备份</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>已备份到 %1。</translation>
    </message>
    <message>
        <source>restore needs the backup file: guanxi-cli restore SRC</source>
        <translation>restore 需要备份文件：guanxi-cli restore 来源</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>正在恢复</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>已从 %2 恢复 %1。</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this program: %2)</source>
        <translation>结构版本：%1（本程序：%2）</translation>
    </message>
    <message>
        <source>Journal mode: %1</source>
        <translation>日志模式：%1</translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation>完整性：正常</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <source>Seeded %1 users, %2 customers and %3 orders in %4 s (%5 rows/s). Demo accounts: admin, manager1…manager4, sales1…sales12, with the password %6.</source>
        <translation>已生成 %1 个用户、%2 个客户和 %3 个订单，用时 %4 秒（每秒 %5 行）。演示账户：admin、manager1…manager4、sales1…sales12，密码为 %6。</translation>
    </message>
</context>
<context>
    <name>CustomerService</name>
    <message>
        <source>This customer belongs to %1; you cannot see its details.</source>
        <translation>此客户属于 %1；您无权查看其详情。</translation>
    </message>
    <message>
        <source>The chosen owner is not a user of this database.</source>
        <translation>所选负责人不是此数据库的用户。</translation>
    </message>
    <message>
        <source>You may not give this customer to that owner.</source>
        <translation>您无权将此客户分配给该负责人。</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>有人</translation>
    </message>
    <message>
        <source>%1 changed this customer at %2 (now version %3). Reload it to see their change, then make yours again.</source>
        <translation>%1 于 %2 修改了此客户（现为版本 %3）。请重新载入查看其修改，然后再次进行您的修改。</translation>
    </message>
    <message>
        <source>You may not change this customer.</source>
        <translation>您无权修改此客户。</translation>
    </message>
    <message>
        <source>This customer belongs to %1; you may not change it.</source>
        <translation>此客户属于 %1；您无权修改。</translation>
    </message>
    <message>
        <source>The customer is in the recycle bin. Restore it first.</source>
        <translation>此客户在回收站中，请先恢复。</translation>
    </message>
    <message>
        <source>The customer does not exist.</source>
        <translation>该客户不存在。</translation>
    </message>
</context>
<context>
    <name>CustomerValidator</name>
    <message>
        <source>Enter the customer's name.</source>
        <translation>请输入客户名称。</translation>
    </message>
    <message>
        <source>The name may have at most %1 characters.</source>
        <translation>名称最多 %1 个字符。</translation>
    </message>
    <message>
        <source>The name contains control characters.</source>
        <translation>名称中含有控制字符。</translation>
    </message>
    <message>
        <source>"%1" is not a phone number. Use digits, spaces, dashes and an optional leading +, for example 138 0013 8000 or +86 10 6552 9988.</source>
        <translation>“%1”不是有效的电话号码。请使用数字、空格、连字符及可选的前导 +，例如 138 0013 8000 或 +86 10 6552 9988。</translation>
    </message>
    <message>
        <source>"%1" is not an e-mail address, for example name@example.com.</source>
        <translation>“%1”不是有效的电子邮件地址，例如 name@example.com。</translation>
    </message>
    <message>
        <source>The region may have at most %1 characters.</source>
        <translation>地区最多 %1 个字符。</translation>
    </message>
    <message>
        <source>The industry may have at most %1 characters.</source>
        <translation>行业最多 %1 个字符。</translation>
    </message>
    <message>
        <source>The notes may have at most %1 characters.</source>
        <translation>备注最多 %1 个字符。</translation>
    </message>
    <message>
        <source>The notes contain control characters.</source>
        <translation>备注中含有控制字符。</translation>
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
        <translation>贵宾</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
</context>
<context>
    <name>DemoSeeder</name>
    <message>
        <source>The number of customers or orders is out of range.</source>
        <translation>客户或订单数量超出范围。</translation>
    </message>
    <message>
        <source>Orders need customers: ask for at least one customer.</source>
        <translation>订单需要客户：请至少生成一个客户。</translation>
    </message>
    <message>
        <source>This database already has customers. Demo data goes into a new, empty database.</source>
        <translation>此数据库已有客户。演示数据只能写入新的空数据库。</translation>
    </message>
    <message>
        <source>Only an administrator can load demo data.</source>
        <translation>只有管理员可以载入演示数据。</translation>
    </message>
    <message>
        <source>Cancelled; no demo data was written.</source>
        <translation>已取消，未写入任何演示数据。</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>The system keychain is not available: %1</source>
        <translation>系统密钥环不可用：%1</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>The daily snapshot failed: %1</source>
        <translation>每日快照失败：%1</translation>
    </message>
    <message>
        <source>Today's snapshot of the database was saved.</source>
        <translation>今天的数据库快照已保存。</translation>
    </message>
    <message>
        <source>Guanxi CRM</source>
        <translation>关系 CRM</translation>
    </message>
    <message>
        <source>Open this database file.</source>
        <translation>打开此数据库文件。</translation>
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
        <translation>关系 CRM</translation>
    </message>
    <message>
        <source>The database file %1 does not exist. Create a new database there?</source>
        <translation>数据库文件 %1 不存在。要在那里创建新数据库吗？</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened.</source>
        <translation>无法打开数据库 %1。</translation>
    </message>
    <message>
        <source>Open &amp;another file…</source>
        <translation>打开其他文件(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Guanxi database (*.sqlite3 *.db);;All files (*)</source>
        <translation>关系数据库 (*.sqlite3 *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Loading demo data…</source>
        <translation>正在载入演示数据…</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>The demo company is ready. You are signed in as its administrator (login admin). Colleagues sign in as manager1, sales1, sales2, … with the password guanxi123, which is now yours too.</source>
        <translation>演示公司已就绪。您已作为管理员（登录名 admin）登录。同事们用 manager1、sales1、sales2 等登录，密码为 guanxi123，这现在也是您的密码。</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>No database file was given.</source>
        <translation>未指定数据库文件。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>数据库文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The database file %1 cannot be read: permission denied.</source>
        <translation>无法读取数据库文件 %1：权限不足。</translation>
    </message>
    <message>
        <source>Row %1 of table %2 points to a missing row of %3.</source>
        <translation>表 %2 的第 %1 行指向 %3 中不存在的行。</translation>
    </message>
    <message>
        <source>The schema version of the database cannot be read.</source>
        <translation>无法读取数据库的结构版本。</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Guanxi (schema %1; this program knows up to %2). Update Guanxi to open it.</source>
        <translation>此数据库由更新版本的关系 CRM 写入（结构版本 %1；本程序最高支持 %2）。请升级后再打开。</translation>
    </message>
    <message>
        <source>The database is locked by another user or program. Try again in a moment.</source>
        <translation>数据库正被其他用户或程序锁定。请稍后再试。</translation>
    </message>
    <message>
        <source>The database file is read-only. Check its permissions, or copy it to a folder you can write to.</source>
        <translation>数据库文件为只读。请检查其权限，或将其复制到可写的文件夹。</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing was saved.</source>
        <translation>磁盘已满。请释放一些空间后重试；没有保存任何内容。</translation>
    </message>
    <message>
        <source>The file is not a Guanxi database or it is damaged. Restore it from a backup.</source>
        <translation>该文件不是关系数据库，或已损坏。请从备份恢复。</translation>
    </message>
    <message>
        <source>The database file cannot be opened. Check that the folder exists and that you may read and write it.</source>
        <translation>无法打开数据库文件。请检查文件夹是否存在，以及您是否有读写权限。</translation>
    </message>
    <message>
        <source>The change breaks a rule of the database and was not saved.</source>
        <translation>此更改违反了数据库规则，未保存。</translation>
    </message>
    <message>
        <source>A database error occurred: %1</source>
        <translation>发生数据库错误：%1</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>A login name has 2 to 64 letters, digits, dots, dashes or underscores.</source>
        <translation>登录名由 2 到 64 个字母、数字、点、连字符或下划线组成。</translation>
    </message>
    <message>
        <source>A password needs at least 6 characters.</source>
        <translation>密码至少需要 6 个字符。</translation>
    </message>
    <message>
        <source>A password may have at most 256 characters.</source>
        <translation>密码最多 256 个字符。</translation>
    </message>
    <message>
        <source>This database has no users yet. Create one with guanxi-cli init.</source>
        <translation>此数据库还没有用户。请用 guanxi-cli init 创建。</translation>
    </message>
    <message>
        <source>This database has several users: sign in first.</source>
        <translation>此数据库有多个用户：请先登录。</translation>
    </message>
    <message>
        <source>The login name or the password is wrong.</source>
        <translation>登录名或密码错误。</translation>
    </message>
    <message>
        <source>No password is set for %1. Ask an administrator to set one.</source>
        <translation>%1 尚未设置密码。请联系管理员设置。</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>请输入您的姓名。</translation>
    </message>
    <message>
        <source>This database already has users.</source>
        <translation>此数据库已有用户。</translation>
    </message>
    <message>
        <source>Only an administrator can add users.</source>
        <translation>只有管理员可以添加用户。</translation>
    </message>
    <message>
        <source>Enter the user's name.</source>
        <translation>请输入用户姓名。</translation>
    </message>
    <message>
        <source>Set a password for yourself before you add other users: from then on, everyone signs in.</source>
        <translation>添加其他用户前，请先为自己设置密码：此后每个人都需要登录。</translation>
    </message>
    <message>
        <source>The login name %1 is taken.</source>
        <translation>登录名 %1 已被使用。</translation>
    </message>
    <message>
        <source>You can only change your own password.</source>
        <translation>您只能修改自己的密码。</translation>
    </message>
    <message>
        <source>Only an administrator can add departments.</source>
        <translation>只有管理员可以添加部门。</translation>
    </message>
    <message>
        <source>A department name has 1 to 100 characters.</source>
        <translation>部门名称为 1 到 100 个字符。</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>Salesperson</source>
        <translation>销售员</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>guanxi::AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>letters and digits, e.g. zhangsan</source>
        <translation>字母和数字，如 zhangsan</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <source>New department</source>
        <translation>新建部门</translation>
    </message>
    <message>
        <source>Department name:</source>
        <translation>部门名称：</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>登录名(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>部门(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
</context>
<context>
    <name>guanxi::CustomerCardDialog</name>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>新记录</translation>
    </message>
    <message>
        <source>Company or person, e.g. 杭州瑞丰贸易有限公司</source>
        <translation>公司或个人，如 杭州瑞丰贸易有限公司</translation>
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
        <translation>名称(&amp;N) *</translation>
    </message>
    <message>
        <source>&amp;Tier</source>
        <translation>客户等级(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>电子邮件(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>地区(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Industry</source>
        <translation>行业(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>负责人(&amp;O)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>(public pool)</source>
        <translation>（公海）</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Version %1 · last changed by %2 on %3</source>
        <translation>版本 %1 · 最后由 %2 于 %3 修改</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>This customer is in the recycle bin. Restore it to edit it.</source>
        <translation>此客户在回收站中。恢复后才能编辑。</translation>
    </message>
    <message>
        <source>This customer belongs to %1; you can look but not change it.</source>
        <translation>此客户属于 %1；您可以查看，但不能修改。</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <source>Reload (discard my changes)</source>
        <translation>重新载入（放弃我的修改）</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <source>The customer was not saved</source>
        <translation>客户未保存</translation>
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
        <translation>从未联系</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
</context>
<context>
    <name>guanxi::CustomersPage</name>
    <message>
        <source>&amp;New customer</source>
        <translation>新建客户(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Recycle &amp;bin</source>
        <translation>回收站(&amp;B)</translation>
    </message>
    <message>
        <source>Filter by name, phone or e-mail</source>
        <translation>按名称、电话或邮件筛选</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>全部等级</translation>
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
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Move to &amp;recycle bin</source>
        <translation>移到回收站(&amp;R)</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>全部地区</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation><numerusform>%n 个客户</numerusform></translation>
    </message>
    <message>
        <source>Delete customers</source>
        <translation>删除客户</translation>
    </message>
    <message numerus="yes">
        <source>Move %n customer(s) to the recycle bin?</source>
        <translation><numerusform>将 %n 个客户移到回收站？</numerusform></translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>未更改</translation>
    </message>
    <message>
        <source>All industries</source>
        <translation>全部行业</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n customer(s) to the recycle bin. Undo with Ctrl+Z.</source>
        <translation><numerusform>已将 %n 个客户移到回收站。按 Ctrl+Z 撤销。</numerusform></translation>
    </message>
    <message>
        <source>The new customer was saved; the current filters hide it.</source>
        <translation>新客户已保存；当前筛选条件下不显示。</translation>
    </message>
</context>
<context>
    <name>guanxi::FirstRunDialog</name>
    <message>
        <source>Welcome to Guanxi</source>
        <translation>欢迎使用关系 CRM</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to Guanxi&lt;/h3&gt;&lt;p&gt;This is a new database. You are its administrator; add colleagues later in Settings.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Load demo data&lt;/b&gt; fills it with a sample company: a sales team in four departments, a few thousand customers and three years of orders. Demo accounts sign in with the password &lt;b&gt;guanxi123&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;欢迎使用关系 CRM&lt;/h3&gt;&lt;p&gt;这是一个新数据库，您是它的管理员；之后可在“设置”中添加同事。&lt;/p&gt;&lt;p&gt;&lt;b&gt;载入演示数据&lt;/b&gt;会填入一家示例公司：四个部门的销售团队、几千个客户和三年的订单。演示账户的登录密码为 &lt;b&gt;guanxi123&lt;/b&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>您的姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Start &amp;empty</source>
        <translation>从空白开始(&amp;E)</translation>
    </message>
    <message>
        <source>Load &amp;demo data</source>
        <translation>载入演示数据(&amp;D)</translation>
    </message>
</context>
<context>
    <name>guanxi::MainWindow</name>
    <message>
        <source>Guanxi CRM — %1</source>
        <translation>关系 CRM — %1</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Search customers (Ctrl+K)</source>
        <translation>搜索客户 (Ctrl+K)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>搜索(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Guanxi</source>
        <translation>关于关系 CRM(&amp;A)</translation>
    </message>
    <message>
        <source>About Guanxi</source>
        <translation>关于关系 CRM</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Guanxi %1&lt;/h3&gt;&lt;p&gt;A desktop CRM for small and medium businesses.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;关系 CRM %1&lt;/h3&gt;&lt;p&gt;面向中小企业的桌面客户关系管理软件。&lt;/p&gt;&lt;p&gt;依据 GNU 通用公共许可证第 3 版或更高版本授权。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>The database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>用户：%1</translation>
    </message>
    <message>
        <source>Shared file on the network (rollback journal)</source>
        <translation>网络共享文件（回滚日志）</translation>
    </message>
    <message>
        <source>Local file (WAL)</source>
        <translation>本地文件（WAL）</translation>
    </message>
    <message>
        <source>Sync: not set up</source>
        <translation>同步：未设置</translation>
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
        <translation>已删除的客户保留在这里，直到您将其恢复。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>未恢复</translation>
    </message>
</context>
<context>
    <name>guanxi::RecycleBinModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除时间</translation>
    </message>
</context>
<context>
    <name>guanxi::RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>There are no daily snapshots yet.</source>
        <translation>还没有每日快照。</translation>
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
        <translation>其他文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Restore from</source>
        <translation>从此处恢复</translation>
    </message>
    <message>
        <source>Guanxi database (*.sqlite3);;All files (*)</source>
        <translation>关系数据库 (*.sqlite3);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>guanxi::SettingsPage</name>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>The new language is used from the next start. Restart Guanxi now?</source>
        <translation>新语言将在下次启动时生效。现在重新启动吗？</translation>
    </message>
    <message>
        <source>Display language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>With one user Guanxi opens directly; once there are two, everyone signs in with a password.</source>
        <translation>只有一个用户时直接打开；一旦有两个用户，每个人都需用密码登录。</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>添加用户(&amp;A)…</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>设置密码(&amp;P)…</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>修改我的密码(&amp;P)…</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>Password not changed</source>
        <translation>密码未修改</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>%1 的密码已修改。</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Back &amp;up now…</source>
        <translation>立即备份(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Daily snapshots kept:</source>
        <translation>保留的每日快照数：</translation>
    </message>
    <message>
        <source>Guanxi takes a snapshot of the database once a day when it starts, in %1.</source>
        <translation>关系 CRM 每天启动时为数据库拍一次快照，保存在 %1。</translation>
    </message>
    <message>
        <source>Newest: %1.</source>
        <translation>最新：%1。</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>备份到</translation>
    </message>
    <message>
        <source>Guanxi database (*.sqlite3);;All files (*)</source>
        <translation>关系数据库 (*.sqlite3);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>已备份到 %1。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Replace everything in the database with the backup %1? A snapshot of the current state is taken first.</source>
        <translation>用备份 %1 替换数据库中的全部内容吗？恢复前会先为当前状态拍一次快照。</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>恢复失败</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>备份已恢复。</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Journal:</source>
        <translation>日志模式：</translation>
    </message>
    <message>
        <source>WAL (local disk)</source>
        <translation>WAL（本地磁盘）</translation>
    </message>
    <message>
        <source>rollback journal (network share)</source>
        <translation>回滚日志（网络共享）</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>结构版本：</translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation>检查数据库(&amp;C)</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>检查数据库</translation>
    </message>
    <message>
        <source>The database is in good order.</source>
        <translation>数据库状态良好。</translation>
    </message>
    <message>
        <source>The database has problems. Restore it from a backup.</source>
        <translation>数据库有问题。请从备份恢复。</translation>
    </message>
</context>
<context>
    <name>guanxi::SignInDialog</name>
    <message>
        <source>Sign in to Guanxi</source>
        <translation>登录关系 CRM</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Remember my password on this computer</source>
        <translation>在此电脑上记住我的密码(&amp;R)</translation>
    </message>
</context>
<context>
    <name>guanxi::UserListModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
</context>
</TS>