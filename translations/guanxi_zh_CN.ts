<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnalysisReports</name>
    <message>
        <source>Orders from %1 to %2, %3</source>
        <translation>%1 至 %2 的订单，%3</translation>
    </message>
    <message>
        <source>RFM segments</source>
        <translation>RFM 客户分群</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>客户占比</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>销售额占比</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>Recency, frequency and monetary value score 1 to 5 by quintile of the customers who bought in the window; a measure is high when its score is above the average score (R %1, F %2, M %3).</source>
        <translation>最近购买（R）、购买频次（F）和购买金额（M）按期间内有购买的客户五等分计 1–5 分；得分高于平均分为“高”（R %1，F %2，M %3）。</translation>
    </message>
    <message>
        <source>RFM scores</source>
        <translation>RFM 得分</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Days since last order</source>
        <translation>距上次下单天数</translation>
    </message>
    <message>
        <source>Order days</source>
        <translation>下单天数</translation>
    </message>
    <message>
        <source>R F M</source>
        <translation>R F M</translation>
    </message>
    <message>
        <source>80/20: revenue by customer</source>
        <translation>二八分析：各客户销售额</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>累计占比</translation>
    </message>
    <message>
        <source>ABC class</source>
        <translation>ABC 分类</translation>
    </message>
    <message>
        <source>The top 20 % of customers bring %1 of the revenue. Class A: the customers who make up the first 80 % of revenue (%2); B: the next 15 % (%3); C: the rest (%4).</source>
        <translation>前 20% 的客户贡献了 %1 的销售额。A 类：构成前 80% 销售额的客户（%2 家）；B 类：其后 15%（%3 家）；C 类：其余（%4 家）。</translation>
    </message>
    <message>
        <source>Customer lifetime value</source>
        <translation>客户终身价值</translation>
    </message>
    <message>
        <source>Fitted to the orders up to %1, %2; the next 52 weeks, discounted at %3 % a year</source>
        <translation>依据截至 %1 的订单拟合，%2；未来 52 周，年折现率 %3%</translation>
    </message>
    <message>
        <source>Repeat purchases</source>
        <translation>重复购买次数</translation>
    </message>
    <message>
        <source>Probability active</source>
        <translation>仍活跃概率</translation>
    </message>
    <message>
        <source>Expected purchases</source>
        <translation>预期购买次数</translation>
    </message>
    <message>
        <source>Spend per purchase</source>
        <translation>每次购买金额</translation>
    </message>
    <message>
        <source>CLV</source>
        <translation>终身价值</translation>
    </message>
    <message>
        <source>BG/NBD: r = %1, α = %2, a = %3, b = %4 (log-likelihood %5). Gamma-Gamma: p = %6, q = %7, γ = %8 (%9 customers with repeat purchases; the others valued at the average spend).</source>
        <translation>BG/NBD：r = %1，α = %2，a = %3，b = %4（对数似然 %5）。Gamma-Gamma：p = %6，q = %7，γ = %8（%9 位有重复购买的客户；其余按平均金额估值）。</translation>
    </message>
    <message>
        <source>Your customers differ little in how long they stay or in what they spend per purchase, so the models treat them alike there (parameters at the search limit).</source>
        <translation>您的客户在留存时长或每次购买金额上差别很小，模型在这方面将他们视为相同（参数达到搜索上限）。</translation>
    </message>
    <message>
        <source>Tier and stage proposals</source>
        <translation>客户等级与阶段建议</translation>
    </message>
    <message>
        <source>From the orders of the last twelve months; only where they differ from the card</source>
        <translation>依据最近十二个月的订单；只列出与客户卡片不同的</translation>
    </message>
    <message>
        <source>Revenue, 12 months</source>
        <translation>12 个月销售额</translation>
    </message>
    <message>
        <source>Tier now</source>
        <translation>当前等级</translation>
    </message>
    <message>
        <source>Proposed tier</source>
        <translation>建议等级</translation>
    </message>
    <message>
        <source>Stage now</source>
        <translation>当前阶段</translation>
    </message>
    <message>
        <source>Proposed stage</source>
        <translation>建议阶段</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Tier: VIP for the top 5 % of customers by revenue, important for the rest of those making up 80 % of revenue, normal for the others. Stage: new when the first order is less than a year old; loyal after two years with orders on at least four days in the last twelve months; old otherwise.</source>
        <translation>等级：销售额前 5% 的客户为贵宾，其余构成前 80% 销售额的客户为重要，其他为普通。阶段：首次下单不满一年为新客户；合作两年以上且最近十二个月至少有四天下单为忠诚客户；其余为老客户。</translation>
    </message>
    <message>
        <source>Recency, frequency and monetary value score 1 to 5 by your own cut points; a measure is high when its score is above the average score (R %1, F %2, M %3).</source>
        <translation>最近购买（R）、购买频次（F）和购买金额（M）按您设定的分界点计 1–5 分；得分高于平均分为“高”（R %1，F %2，M %3）。</translation>
    </message>
</context>
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
    <message>
        <source>The database cannot be restored from itself.</source>
        <translation>不能用数据库自身来恢复它。</translation>
    </message>
    <message>
        <source>%1 is not a Guanxi backup; nothing was restored.</source>
        <translation>%1 不是关系 CRM 的备份，未恢复任何内容。</translation>
    </message>
    <message>
        <source>No room to prepare the restore beside %1.</source>
        <translation>无法在 %1 旁边准备恢复所需的临时文件。</translation>
    </message>
</context>
<context>
    <name>Care</name>
    <message>
        <source>Anniversary</source>
        <translation>纪念日</translation>
    </message>
    <message>
        <source>Festival</source>
        <translation>节日</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>CareEventService</name>
    <message>
        <source>Say what the day is, e.g. 公司成立纪念日.</source>
        <translation>请写明是什么日子，例如：公司成立纪念日。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (yyyy-MM-dd).</source>
        <translation>“%1”不是日期（yyyy-MM-dd）。</translation>
    </message>
    <message>
        <source>This day is no longer on the card.</source>
        <translation>该日子已不在客户卡片上。</translation>
    </message>
    <message>
        <source>Someone changed this day in the meantime. Reload and try again.</source>
        <translation>其他人刚刚修改了这个日子，请刷新后重试。</translation>
    </message>
</context>
<context>
    <name>ChurnRisk</name>
    <message>
        <source>silent %1 days; usually orders every %2 days</source>
        <translation>已 %1 天未下单；通常每 %2 天下单一次</translation>
    </message>
    <message>
        <source>%1 % likely to be still active</source>
        <translation>仍活跃的可能性 %1%</translation>
    </message>
</context>
<context>
    <name>Cli</name>
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
        <source>%1 is one of: %2.</source>
        <translation>%1 的取值为：%2。</translation>
    </message>
    <message>
        <source>Unknown field %1. Fields: %2.</source>
        <translation>未知字段 %1。可用字段：%2。</translation>
    </message>
    <message>
        <source>--on-duplicate takes skip, update or create.</source>
        <translation>--on-duplicate 的取值为 skip、update 或 create。</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Imported %1 (%2 rows): %3 created, %4 updated, %5 skipped as duplicates, %6 rejected; %7 contacts added. %8 ms.</source>
        <translation>已导入 %1（%2 行）：新建 %3，更新 %4，作为重复跳过 %5，拒绝 %6；新增联系人 %7。用时 %8 毫秒。</translation>
    </message>
    <message>
        <source>Dry run of %1 (%2 rows), nothing written: %3 would be created, %4 updated, %5 skipped as duplicates, %6 rejected; %7 contacts added. %8 ms.</source>
        <translation>试运行 %1（%2 行），未写入任何数据：将新建 %3，更新 %4，作为重复跳过 %5，拒绝 %6；新增联系人 %7。用时 %8 毫秒。</translation>
    </message>
    <message>
        <source>The rejected rows, with the reason for each, are in %1.</source>
        <translation>被拒绝的行及各自原因已保存到 %1。</translation>
    </message>
    <message>
        <source>Usage: guanxi-cli export customers|contacts FILE (.csv, .xlsx, or .vcf for contacts)</source>
        <translation>用法：guanxi-cli export customers|contacts 文件（.csv、.xlsx，联系人还可用 .vcf）</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2.</source>
        <translation>已导出 %1 行到 %2。</translation>
    </message>
    <message>
        <source>Seeded %1 users, %2 customers, %3 contacts, %4 leads, %5 timeline entries and %6 orders in %7 s (%8 rows/s). Demo accounts: admin, manager1…manager4, sales1…sales12, with the password %9.</source>
        <translation>已生成 %1 个用户、%2 个客户、%3 个联系人、%4 条潜在客户、%5 条跟进记录和 %6 个订单，用时 %7 秒（每秒 %8 行）。演示账号：admin、manager1…manager4、sales1…sales12，密码为 %9。</translation>
    </message>
    <message>
        <source>search needs what to look for, for example: guanxi-cli search zsf</source>
        <translation>search 需要要查找的内容，例如：guanxi-cli search zsf</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>What import does with a row that is already in the database: skip, update or create.</source>
        <translation>导入时遇到数据库中已有的记录如何处理：skip（跳过）、update（更新）或 create（仍然新建）。</translation>
    </message>
    <message>
        <source>Write the rows import refused, with the reason, to this CSV file.</source>
        <translation>将导入拒绝的行及原因写入此 CSV 文件。</translation>
    </message>
    <message>
        <source>Take owner, created and last-contact dates from the file (import).</source>
        <translation>沿用文件中的负责人、创建时间和最后联系时间（导入）。</translation>
    </message>
    <message>
        <source>Check the file and report what import would do, writing nothing.</source>
        <translation>检查文件并报告导入结果，不写入任何数据。</translation>
    </message>
    <message>
        <source>Save even when the duplicate guard finds the same customer.</source>
        <translation>即使防撞单发现相同客户也保存。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>标价</translation>
    </message>
    <message>
        <source>Floor price</source>
        <translation>底线价</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Tax rate (bp)</source>
        <translation>税率（基点）</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>在售</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>products add needs --code, --name and --price, for example: guanxi-cli products add --code NB-X1 --name 笔记本 --price 8999.00</source>
        <translation>products add 需要 --code、--name 和 --price，例如：guanxi-cli products add --code NB-X1 --name 笔记本 --price 8999.00</translation>
    </message>
    <message>
        <source>--tax-rate takes a percentage, for example 13.</source>
        <translation>--tax-rate 需要一个百分数，例如 13。</translation>
    </message>
    <message>
        <source>Usage: guanxi-cli products list|add</source>
        <translation>用法：guanxi-cli products list|add</translation>
    </message>
    <message>
        <source>The product&apos;s code (products add).</source>
        <translation>产品编号（products add）。</translation>
    </message>
    <message>
        <source>The product&apos;s category (products add).</source>
        <translation>产品类别（products add）。</translation>
    </message>
    <message>
        <source>The product&apos;s specification (products add).</source>
        <translation>产品规格（products add）。</translation>
    </message>
    <message>
        <source>The product&apos;s unit, e.g. 台 (products add).</source>
        <translation>产品单位，例如 台（products add）。</translation>
    </message>
    <message>
        <source>List price, e.g. 8999.00 (products add).</source>
        <translation>标价，例如 8999.00（products add）。</translation>
    </message>
    <message>
        <source>Lowest unit price without approval (products add).</source>
        <translation>无需审批的最低单价（products add）。</translation>
    </message>
    <message>
        <source>What one unit costs the company (products add).</source>
        <translation>公司的单位成本（products add）。</translation>
    </message>
    <message>
        <source>Tax rate in percent, default 13 (products add).</source>
        <translation>税率（百分数），默认 13（products add）。</translation>
    </message>
    <message>
        <source>ISO 4217 currency code, default CNY (products add).</source>
        <translation>ISO 4217 货币代码，默认 CNY（products add）。</translation>
    </message>
    <message>
        <source>The showroom has %1 products.</source>
        <translation>展厅中有 %1 种产品。</translation>
    </message>
    <message>
        <source>The sales funnel has %1 opportunities; %2 quotes and %3 orders made from them.</source>
        <translation>销售漏斗中有 %1 个销售机会；由此生成 %2 张报价单和 %3 个订单。</translation>
    </message>
    <message>
        <source>Usage: guanxi-cli %1 list [--format table|csv|json]</source>
        <translation>用法：guanxi-cli %1 list [--format table|csv|json]</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>审批</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%2, %n page(s)).</source>
        <translation>
            <numerusform>已写入 %1（%2，%n 页）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the printed document to this PDF file (print).</source>
        <translation>把打印的单据写入此 PDF 文件（print）。</translation>
    </message>
    <message>
        <source>The warehouse copy of a delivery note, without prices (print).</source>
        <translation>出货单仓库联，不含价格（print）。</translation>
    </message>
    <message>
        <source>--customers, --orders, --interactions and --seed take whole numbers.</source>
        <translation>--customers、--orders、--interactions 和 --seed 需要整数。</translation>
    </message>
    <message>
        <source>The workbench has %1 tasks and %2 customer care days.</source>
        <translation>工作台有 %1 项任务和 %2 个客户关怀日。</translation>
    </message>
    <message>
        <source>--at takes a date and time such as 2026-11-23T09:00.</source>
        <translation>--at 需要日期和时间，例如 2026-11-23T09:00。</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Due at</source>
        <translation>提醒时间</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>客户 ID</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Usage: guanxi-cli reminders --due [--at 2026-11-23T09:00] [--format table|csv|json]
       guanxi-cli reminders snooze KEY --until 2026-11-23T15:00
       guanxi-cli reminders done KEY</source>
        <translation>用法：guanxi-cli reminders --due [--at 2026-11-23T09:00] [--format table|csv|json]
      guanxi-cli reminders snooze KEY --until 2026-11-23T15:00
      guanxi-cli reminders done KEY</translation>
    </message>
    <message>
        <source>--until takes a date and time such as 2026-11-23T15:00.</source>
        <translation>--until 需要日期和时间，例如 2026-11-23T15:00。</translation>
    </message>
    <message>
        <source>Snoozed until %1.</source>
        <translation>已推迟到 %1。</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>已完成。</translation>
    </message>
    <message>
        <source>Number of timeline touch points in all (seed; default: one or two per contacted customer).</source>
        <translation>时间线接触记录总数（seed；默认：每个联系过的客户一到两条）。</translation>
    </message>
    <message>
        <source>List the reminders that are due (reminders).</source>
        <translation>列出到期的提醒（reminders）。</translation>
    </message>
    <message>
        <source>The moment to look at instead of now, e.g. 2026-11-23T09:00 (reminders).</source>
        <translation>以此时刻代替现在，例如 2026-11-23T09:00（reminders）。</translation>
    </message>
    <message>
        <source>Snooze until this moment (reminders snooze).</source>
        <translation>推迟到此时刻（reminders snooze）。</translation>
    </message>
    <message>
        <source>Usage: guanxi-cli report clv --calibration-end YYYY-MM-DD [--currency CODE] [--per-customer] [--format table|csv|json]</source>
        <translation>用法：guanxi-cli report clv --calibration-end YYYY-MM-DD [--currency CODE] [--per-customer] [--format table|csv|json]</translation>
    </message>
    <message>
        <source>%1 customers, purchases in %2 up to %3.</source>
        <translation>%1 位客户，截至 %3 的 %2 购买记录。</translation>
    </message>
    <message>
        <source>BG/NBD: r = %1, alpha = %2, a = %3, b = %4 (log-likelihood %5)</source>
        <translation>BG/NBD：r = %1，alpha = %2，a = %3，b = %4（对数似然 %5）</translation>
    </message>
    <message>
        <source>Gamma-Gamma: p = %1, q = %2, gamma = %3 (%4 customers with repeat purchases; %5 left out)</source>
        <translation>Gamma-Gamma：p = %1，q = %2，gamma = %3（%4 位有重复购买的客户；%5 位未计入）</translation>
    </message>
    <message>
        <source>Repeat purchases</source>
        <translation>重复购买次数</translation>
    </message>
    <message>
        <source>P(active)</source>
        <translation>仍活跃概率</translation>
    </message>
    <message>
        <source>Purchases next 52 weeks</source>
        <translation>未来 52 周购买次数</translation>
    </message>
    <message>
        <source>Spend per purchase</source>
        <translation>每次购买金额</translation>
    </message>
    <message>
        <source>CLV</source>
        <translation>终身价值</translation>
    </message>
    <message>
        <source>Usage: guanxi-cli import-transactions FILE [--currency CODE]</source>
        <translation>用法：guanxi-cli import-transactions FILE [--currency CODE]</translation>
    </message>
    <message>
        <source>Imported %1 purchases: %2 new customers, %3 already known.</source>
        <translation>已导入 %1 笔购买：新客户 %2 位，已有客户 %3 位。</translation>
    </message>
    <message>
        <source>The last day of the calibration period (report clv).</source>
        <translation>校准期的最后一天（report clv）。</translation>
    </message>
    <message>
        <source>Each customer&apos;s figures too (report clv).</source>
        <translation>同时输出每位客户的数据（report clv）。</translation>
    </message>
    <message>
        <source>--from and --to take dates as YYYY-MM-DD.</source>
        <translation>--from 和 --to 需要 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>--by takes salesperson, department, region, customer or month.</source>
        <translation>--by 可取 salesperson、department、region、customer 或 month。</translation>
    </message>
    <message>
        <source>--segment takes important_value, important_develop, important_keep, important_retain, general_value, general_develop, general_keep or general_retain.</source>
        <translation>--segment 可取 important_value、important_develop、important_keep、important_retain、general_value、general_develop、general_keep 或 general_retain。</translation>
    </message>
    <message>
        <source>The first day of the report&apos;s period (report).</source>
        <translation>报表期间的第一天（report）。</translation>
    </message>
    <message>
        <source>The last day of the report&apos;s period (report).</source>
        <translation>报表期间的最后一天（report）。</translation>
    </message>
    <message>
        <source>What the sales report groups by (report sales).</source>
        <translation>销售报表的统计维度（report sales）。</translation>
    </message>
    <message>
        <source>One RFM segment&apos;s customers (report rfm).</source>
        <translation>某一 RFM 分群的客户（report rfm）。</translation>
    </message>
    <message>
        <source>You have no saved report named &quot;%1&quot;.</source>
        <translation>您没有名为“%1”的已保存报表。</translation>
    </message>
    <message>
        <source>Usage: guanxi-cli report NAME [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--currency CODE] [--format table|csv|json]
  rfm [--segment CODE]     the eight RFM segments (or one segment&apos;s customers)
  rfm-customers            every customer&apos;s RFM scores and segment
  pareto                   80/20: customers by revenue, cumulative share, ABC class
  sales [--by salesperson|department|region|customer|month]   against the period before
  migration                how customers moved between RFM segments since the period before
  churn                    customers buying much later than usual
  ageing [--to DAY]        receivables open by days past due, per salesperson
  activity                 calls, visits, meetings … per person
  stages                   funnel conversion and time in each stage
  quota [--to DAY]         quota attainment for the month of DAY
  retention                new, active and retained customers per month
  products                 order lines by product
  proposals                tiers and stages the orders suggest (accepted in the report center)
  custom NAME              a report you built and saved in the report center
  clv --calibration-end YYYY-MM-DD [--per-customer]   customer lifetime value</source>
        <translation>用法：guanxi-cli report NAME [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--currency CODE] [--format table|csv|json]
  rfm [--segment CODE]     八类 RFM 客户分群（或某一分群的客户）
  rfm-customers            每位客户的 RFM 得分和分群
  pareto                   二八分析：按销售额排列的客户、累计占比、ABC 分类
  sales [--by salesperson|department|region|customer|month]   与上期对比
  migration                与上期相比客户在 RFM 分群间的迁移
  churn                    比平常晚很多仍未下单的客户
  ageing [--to DAY]        按逾期天数统计各销售员的未收应收款
  activity                 每人的电话、拜访、会议等
  stages                   销售漏斗各阶段的转化率和停留时间
  quota [--to DAY]         DAY 所在月份的定额完成情况
  retention                每月的新客户、活跃客户和留存客户
  products                 按产品统计的订单明细
  proposals                订单数据建议的客户等级和阶段（在报表中心确认）
  custom NAME              您在报表中心自建并保存的报表
  clv --calibration-end YYYY-MM-DD [--per-customer]   客户终身价值</translation>
    </message>
    <message>
        <source>Note: %1 is open read-only: %2.</source>
        <translation>注意：%1 以只读方式打开：%2。</translation>
    </message>
    <message>
        <source>Shared with colleagues: %1</source>
        <translation>与同事共享：%1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Open read-only: %1</source>
        <translation>只读打开：%1</translation>
    </message>
    <message>
        <source>share takes on, off or status: guanxi-cli share on</source>
        <translation>share 后面接 on、off 或 status，例如：guanxi-cli share on</translation>
    </message>
    <message>
        <source>Shared with colleagues (rollback journal).</source>
        <translation>已与同事共享（回滚日志）。</translation>
    </message>
    <message>
        <source>Not shared: for this computer only (WAL).</source>
        <translation>未共享：仅供本机使用（WAL）。</translation>
    </message>
    <message>
        <source>Open by: %1, %2 since %3</source>
        <translation>正在使用：%1，%2，自 %3 起</translation>
    </message>
    <message>
        <source>Sharing is on: everyone who opens %1 uses the rollback journal.</source>
        <translation>共享已开启：所有打开 %1 的人都使用回滚日志。</translation>
    </message>
    <message>
        <source>Sharing is off: %1 is for this computer only again.</source>
        <translation>共享已关闭：%1 重新仅供本机使用。</translation>
    </message>
    <message>
        <source>Usage: guanxi-cli print quote|order|delivery ID --pdf FILE [--warehouse] [--language zh_CN|zh_TW|en]</source>
        <translation>用法：guanxi-cli print quote|order|delivery ID --pdf 文件 [--warehouse] [--language zh_CN|zh_TW|en]</translation>
    </message>
    <message>
        <source>--language is one of %1.</source>
        <translation>--language 只能是 %1 之一。</translation>
    </message>
    <message>
        <source>The language of the printed document: zh_CN, zh_TW or en (print; default: the customer&apos;s).</source>
        <translation>打印单据的语言：zh_CN、zh_TW 或 en（print；默认：客户设定的语言）。</translation>
    </message>
    <message>
        <source>%1 customers show competitors, a project, a linked customer and a file on their cards.</source>
        <translation>%1 个客户的卡片上有竞争对手、项目、关联客户和文件。</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Asked at</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>留言</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>答复人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Usage: guanxi-cli quotes list|approvals [--format table|csv|json]
       guanxi-cli quotes ask-approval ID [--message TEXT]
       guanxi-cli quotes approve ID [--message TEXT]
       guanxi-cli quotes refuse ID --message REASON</source>
        <translation>用法：guanxi-cli quotes list|approvals [--format table|csv|json]
      guanxi-cli quotes ask-approval ID [--message 文字]
      guanxi-cli quotes approve ID [--message 文字]
      guanxi-cli quotes refuse ID --message 原因</translation>
    </message>
    <message>
        <source>Approval of %1 asked for.</source>
        <translation>已申请审批 %1。</translation>
    </message>
    <message>
        <source>%1 approved.</source>
        <translation>%1 已批准。</translation>
    </message>
    <message>
        <source>%1 refused.</source>
        <translation>%1 已驳回。</translation>
    </message>
    <message>
        <source>A word for the manager, or the reason for a refusal (quotes ask-approval, approve, refuse).</source>
        <translation>给经理的留言，或驳回的原因（quotes ask-approval、approve、refuse）。</translation>
    </message>
    <message>
        <source>Line %1, not checked: %2</source>
        <translation>第 %1 行，未核实：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) could not be read and were left out of their records; each record keeps them in its notes (listed above by line).</source>
        <translation>
            <numerusform>有 %n 个值无法识别，未写入对应字段；各记录的备注中保留了原值（上面按行列出）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The encoding of %1 is not certain (the detector&apos;s guesses: %2). Say which it is with --encoding, for example --encoding GBK or --encoding Shift_JIS.</source>
        <translation>无法确定 %1 的编码（检测结果：%2）。请用 --encoding 指定，例如 --encoding GBK 或 --encoding Shift_JIS。</translation>
    </message>
    <message>
        <source>The encoding of a CSV file to import, e.g. GBK, Big5, Shift_JIS, windows-1252 (import; default: detected).</source>
        <translation>要导入的 CSV 文件的编码，例如 GBK、Big5、Shift_JIS、windows-1252（import；默认自动检测）。</translation>
    </message>
    <message>
        <source>Usage: guanxi-cli import customers|contacts|leads FILE [--on-duplicate skip|update|create] [--rejects FILE] [--keep-owner-and-dates] [--encoding NAME] [--sheet NAME] [--dry-run]</source>
        <translation>用法：guanxi-cli import customers|contacts|leads 文件 [--on-duplicate skip|update|create] [--rejects 文件] [--keep-owner-and-dates] [--encoding 编码] [--sheet 工作表] [--dry-run]</translation>
    </message>
    <message>
        <source>Columns without a field of their own, kept in the records&apos; notes under their names: %1</source>
        <translation>没有对应字段的列，已按列名保存在记录的备注中：%1</translation>
    </message>
    <message>
        <source>The worksheet of a workbook to import (import; default: the one shown when it was saved, or the first with data).</source>
        <translation>要导入的工作簿中的工作表（import；默认：保存时显示的那一张，或第一张有数据的）。</translation>
    </message>
    <message>
        <source>Guanxi CRM on the command line.</source>
        <translation>命令行版关系 CRM。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>guanxi-cli COMMAND --help shows the options of that command.</source>
        <translation>guanxi-cli 命令 --help 显示该命令的选项。</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 error, 2 bad arguments or input, 3 duplicate, 4 changed by someone else, 5 not allowed, 6 not found, 7 not in this state (a quote already sent), 8 the file stayed busy.</source>
        <translation>退出码：0 成功，1 错误，2 参数或输入有误，3 重复，4 已被他人修改，5 无权限，6 未找到，7 当前状态不允许（如报价单已发出），8 文件一直被占用。</translation>
    </message>
    <message>
        <source>An ISO 4217 currency code, default CNY.</source>
        <translation>ISO 4217 货币代码，默认 CNY。</translation>
    </message>
    <message>
        <source>  backup DEST                  copy the database (safe while in use)</source>
        <translation>  backup DEST                  复制数据库（使用中也安全）</translation>
    </message>
    <message>
        <source>  check                        integrity, foreign keys, schema version and sharing</source>
        <translation>  check                        完整性、外键、数据库结构版本和共享状态</translation>
    </message>
    <message>
        <source>  customers list|add|show|edit|delete|restore</source>
        <translation>  customers list|add|show|edit|delete|restore</translation>
    </message>
    <message>
        <source>  export customers|contacts FILE         to .csv, .xlsx (or .vcf for contacts)</source>
        <translation>  export customers|contacts FILE         导出为 .csv、.xlsx（联系人也可 .vcf）</translation>
    </message>
    <message>
        <source>  import customers|contacts|leads FILE   from .csv (UTF-8 or GBK), .xlsx or .vcf</source>
        <translation>  import customers|contacts|leads FILE   从 .csv（UTF-8 或 GBK）、.xlsx 或 .vcf 导入</translation>
    </message>
    <message>
        <source>  import-transactions FILE     a purchase log (customer, date, quantity, value) as customers and orders</source>
        <translation>  import-transactions FILE     将购买记录（客户、日期、数量、金额）导入为客户和订单</translation>
    </message>
    <message>
        <source>  init                         create a database (and its administrator)</source>
        <translation>  init                         创建数据库（及其管理员）</translation>
    </message>
    <message>
        <source>  orders list                  orders and their state</source>
        <translation>  orders list                  订单及其状态</translation>
    </message>
    <message>
        <source>  print quote|order|delivery ID --pdf FILE [--warehouse] [--language zh_CN|zh_TW|en]   the printed document as PDF</source>
        <translation>  print quote|order|delivery ID --pdf FILE [--warehouse] [--language zh_CN|zh_TW|en]   将打印的单据输出为 PDF</translation>
    </message>
    <message>
        <source>  products list|add            the showroom (list: --search; add: --code --name --price …)</source>
        <translation>  products list|add            展厅（list：--search；add：--code --name --price …）</translation>
    </message>
    <message>
        <source>The product&apos;s name (products add).</source>
        <translation>产品名称（products add）。</translation>
    </message>
    <message>
        <source>Notes on the product (products add).</source>
        <translation>产品备注（products add）。</translation>
    </message>
    <message>
        <source>  quotes list                  quotes (JSON: id, number, customer, total_minor, currency, status)</source>
        <translation>  quotes list                  报价单（JSON：id、number、customer、total_minor、currency、status）</translation>
    </message>
    <message>
        <source>  quotes approvals             price approvals waiting for you (or your own requests and answers)</source>
        <translation>  quotes approvals             等待您审批的价格（或您自己的申请及答复）</translation>
    </message>
    <message>
        <source>  quotes ask-approval|approve|refuse ID [--message TEXT]   ask for, give or refuse a price approval</source>
        <translation>  quotes ask-approval|approve|refuse ID [--message 文字]   申请、批准或驳回价格审批</translation>
    </message>
    <message>
        <source>  reminders --due [--at ISO-DATETIME]   the reminders due now (or then)</source>
        <translation>  reminders --due [--at ISO-DATETIME]   现在（或指定时刻）到期的提醒</translation>
    </message>
    <message>
        <source>  reminders snooze KEY --until ISO-DATETIME | reminders done KEY</source>
        <translation>  reminders snooze KEY --until ISO-DATETIME | reminders done KEY</translation>
    </message>
    <message>
        <source>  report rfm|rfm-customers|pareto|sales|migration|churn|ageing|activity|stages|quota|retention|products|</source>
        <translation>  report rfm|rfm-customers|pareto|sales|migration|churn|ageing|activity|stages|quota|retention|products|</translation>
    </message>
    <message>
        <source>         proposals [--from --to --by --segment]</source>
        <translation>         proposals [--from --to --by --segment]</translation>
    </message>
    <message>
        <source>                               customer analysis, sales and operations reports</source>
        <translation>                               客户分析、销售和运营报表</translation>
    </message>
    <message>
        <source>  report clv --calibration-end YYYY-MM-DD [--per-customer]   customer lifetime value (BG/NBD, Gamma-Gamma)</source>
        <translation>  report clv --calibration-end YYYY-MM-DD [--per-customer]   客户终身价值（BG/NBD、Gamma-Gamma）</translation>
    </message>
    <message>
        <source>  restore SRC                  replace the database with a backup</source>
        <translation>  restore SRC                  用备份替换数据库</translation>
    </message>
    <message>
        <source>  search QUERY                 customers, contacts and leads by name, pinyin, phone, e-mail, tag</source>
        <translation>  search QUERY                 按名称、拼音、电话、邮箱、标签查找客户、联系人和潜在客户</translation>
    </message>
    <message>
        <source>  seed                         fill an empty database with demo data</source>
        <translation>  seed                         向空数据库填入演示数据</translation>
    </message>
    <message>
        <source>  share on|off|status          share this file with colleagues on the LAN (rollback journal)</source>
        <translation>  share on|off|status          与局域网中的同事共享此文件（回滚日志）</translation>
    </message>
</context>
<context>
    <name>ClvCalculator</name>
    <message>
        <source>CLV = F − AC + Σ (R − S) / (1 + d)^t for t = 1 … n. F: first purchase; AC: acquisition cost; R: yearly added revenue; S: yearly service cost; d: discount rate; n: retention years.</source>
        <translation>CLV = F − AC + Σ (R − S) / (1 + d)^t，t = 1 … n。F：首次购买额；AC：获客成本；R：每年新增收入；S：每年服务成本；d：折现率；n：保持年数。</translation>
    </message>
</context>
<context>
    <name>ClvService</name>
    <message>
        <source>The calibration period needs an end date (yyyy-MM-dd).</source>
        <translation>校准期需要结束日期（yyyy-MM-dd）。</translation>
    </message>
    <message numerus="yes">
        <source>Only %n customer(s) bought in %1 up to %2; the models need a customer base to learn from.</source>
        <translation>
            <numerusform>截至 %2 只有 %n 位客户以 %1 购买过；模型需要足够的客户群才能学习。</numerusform>
        </translation>
    </message>
    <message>
        <source>The models could not be fitted to these purchases (too few repeat purchases, or no consistent pattern). Try a longer calibration period.</source>
        <translation>无法用这些购买记录拟合模型（重复购买太少或没有一致的规律）。请尝试更长的校准期。</translation>
    </message>
    <message>
        <source>The customer-value models have not been fitted yet.</source>
        <translation>客户价值模型尚未拟合。</translation>
    </message>
    <message>
        <source>This customer has no purchases in %1 yet.</source>
        <translation>该客户尚无 %1 购买记录。</translation>
    </message>
</context>
<context>
    <name>CompanyProfile</name>
    <message>
        <source>Only a manager or an administrator may change the letterhead.</source>
        <translation>只有经理或管理员可以修改信头。</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>标志必须是 PNG 或 JPEG 图片。</translation>
    </message>
    <message>
        <source>The logo is larger than 512 KB.</source>
        <translation>标志图片超过 512 KB。</translation>
    </message>
</context>
<context>
    <name>ContactRepository</name>
    <message>
        <source>Someone changed this contact&apos;s phone numbers or addresses in the meantime. Reload it and make your change again.</source>
        <translation>有人在此期间修改了这位联系人的电话或地址。请重新加载后再修改一次。</translation>
    </message>
</context>
<context>
    <name>ContactService</name>
    <message>
        <source>The contact does not exist.</source>
        <translation>该联系人不存在。</translation>
    </message>
    <message>
        <source>This contact belongs to a customer of a colleague; you cannot see its details.</source>
        <translation>该联系人属于同事的客户，您无法查看其详情。</translation>
    </message>
    <message>
        <source>A contact cannot be their own superior or assistant.</source>
        <translation>联系人不能是自己的上级或助理。</translation>
    </message>
    <message>
        <source>The superior or assistant is not a contact in this database.</source>
        <translation>所选上级或助理不是本数据库中的联系人。</translation>
    </message>
    <message>
        <source>Someone changed this contact in the meantime (now version %1). Reload it and make your change again.</source>
        <translation>该联系人已被他人修改（现为第 %1 版）。请重新载入后再修改。</translation>
    </message>
    <message>
        <source>Choose the customer this contact works for.</source>
        <translation>请选择该联系人所在的客户。</translation>
    </message>
</context>
<context>
    <name>ContactValidator</name>
    <message>
        <source>&quot;%1…&quot; is too long for a phone number, e-mail or IM id.</source>
        <translation>“%1…”太长，不能作为电话、邮箱或即时通讯账号。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid phone number. Write it with its area code, for example 138 0013 8000, 010 6552 9988 or +1 650 253 0000.</source>
        <translation>“%1”不是有效的电话号码。请带区号填写，例如 138 0013 8000、010 6552 9988 或 +1 650 253 0000。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address, for example name@example.com.</source>
        <translation>“%1”不是电子邮箱地址，例如 name@example.com。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a WeChat id: 6 to 20 letters, digits, _ or -, starting with a letter, or a mobile number.</source>
        <translation>“%1”不是微信号：应为 6 至 20 个字母、数字、_ 或 -，以字母开头，或为手机号。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a QQ number (5 to 12 digits).</source>
        <translation>“%1”不是 QQ 号（5 至 12 位数字）。</translation>
    </message>
    <message>
        <source>Enter the contact&apos;s name.</source>
        <translation>请输入联系人姓名。</translation>
    </message>
    <message>
        <source>The name may have at most %1 characters.</source>
        <translation>姓名最多 %1 个字符。</translation>
    </message>
    <message>
        <source>The title may have at most %1 characters.</source>
        <translation>职位最多 %1 个字符。</translation>
    </message>
    <message>
        <source>A contact may have at most %1 phone numbers, e-mails and IM ids.</source>
        <translation>一个联系人最多有 %1 个电话、邮箱和即时通讯账号。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date, for example 1985-03-21 or 03-21.</source>
        <translation>“%1”不是日期，例如 1985-03-21 或 03-21。</translation>
    </message>
    <message>
        <source>Unknown gender code &quot;%1&quot;.</source>
        <translation>未知的性别代码“%1”。</translation>
    </message>
    <message>
        <source>A profile entry may have at most %1 characters.</source>
        <translation>个人档案的每项最多 %1 个字符。</translation>
    </message>
    <message>
        <source>The notes may have at most %1 characters.</source>
        <translation>备注最多 %1 个字符。</translation>
    </message>
    <message>
        <source>The name contains control characters.</source>
        <translation>名称中含有控制字符。</translation>
    </message>
    <message>
        <source>The title contains control characters.</source>
        <translation>职务中含有控制字符。</translation>
    </message>
</context>
<context>
    <name>Contacts</name>
    <message>
        <source>Operational</source>
        <translation>操作层</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>管理层</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>决策层</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>User department</source>
        <translation>使用部门</translation>
    </message>
    <message>
        <source>Technical department</source>
        <translation>技术部门</translation>
    </message>
    <message>
        <source>Finance department</source>
        <translation>财务部门</translation>
    </message>
    <message>
        <source>Purchasing department</source>
        <translation>采购部门</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>QQ</source>
        <translation>QQ</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>A quote opened on line %1 is never closed; the rest of the file was read as one field.</source>
        <translation>第 %1 行的引号没有闭合；文件其余部分被读作一个字段。</translation>
    </message>
</context>
<context>
    <name>CustomReport</name>
    <message>
        <source>Salesperson</source>
        <translation>销售员</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
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
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>客户阶段</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Average order</source>
        <translation>平均订单额</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Choose one or two things to group by.</source>
        <translation>请选择一到两个统计维度。</translation>
    </message>
    <message>
        <source>Group by two different things.</source>
        <translation>两个统计维度不能相同。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not something a report can group by.</source>
        <translation>“%1”不是可用的统计维度。</translation>
    </message>
    <message>
        <source>Choose at least one figure to show.</source>
        <translation>请至少选择一项指标。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a figure a report can show.</source>
        <translation>“%1”不是可用的指标。</translation>
    </message>
    <message>
        <source>Unknown tier.</source>
        <translation>未知的客户等级。</translation>
    </message>
    <message>
        <source>The period needs a first and a last day, in that order.</source>
        <translation>期间需要开始日期和结束日期，且先后顺序正确。</translation>
    </message>
    <message>
        <source>My report</source>
        <translation>我的报表</translation>
    </message>
    <message>
        <source>%1 to %2, %3</source>
        <translation>%1 至 %2，%3</translation>
    </message>
    <message>
        <source>Give the report a name.</source>
        <translation>请为报表命名。</translation>
    </message>
    <message>
        <source>This report is no longer among yours.</source>
        <translation>该报表已不在您的报表中。</translation>
    </message>
</context>
<context>
    <name>CustomerAccess</name>
    <message>
        <source>The customer does not exist or is in the recycle bin.</source>
        <translation>该客户不存在或在回收站中。</translation>
    </message>
    <message>
        <source>%1 belongs to %2; you cannot see its details.</source>
        <translation>%1属于%2，您无法查看其详情。</translation>
    </message>
    <message>
        <source>This customer</source>
        <translation>该客户</translation>
    </message>
    <message>
        <source>Claim %1 from the public pool before you work on it.</source>
        <translation>请先从公海领取%1，再进行跟进。</translation>
    </message>
    <message>
        <source>%1 belongs to %2; you may not change it.</source>
        <translation>%1属于%2，您不能修改。</translation>
    </message>
    <message>
        <source>This contact does not work at the chosen customer.</source>
        <translation>该联系人不在所选客户任职。</translation>
    </message>
</context>
<context>
    <name>CustomerDetails</name>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>经销商</translation>
    </message>
    <message>
        <source>End user</source>
        <translation>最终用户</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation>请填写%1。</translation>
    </message>
    <message>
        <source>supplier of</source>
        <translation>供货给</translation>
    </message>
    <message>
        <source>supplied by</source>
        <translation>供货方为</translation>
    </message>
    <message>
        <source>distributor of</source>
        <translation>经销</translation>
    </message>
    <message>
        <source>distributed by</source>
        <translation>经销商为</translation>
    </message>
    <message>
        <source>end user of</source>
        <translation>使用其产品</translation>
    </message>
    <message>
        <source>has as end user</source>
        <translation>最终用户为</translation>
    </message>
    <message>
        <source>partner of</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>competitor&apos;s name</source>
        <translation>竞争对手名称</translation>
    </message>
    <message>
        <source>Satisfaction is from 1 (poor) to 5 (very good), or 0 when not known.</source>
        <translation>满意度为 1（差）到 5（很好），不清楚时为 0。</translation>
    </message>
    <message>
        <source>project&apos;s name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>The budget cannot be negative.</source>
        <translation>预算不能为负数。</translation>
    </message>
    <message>
        <source>A project&apos;s people are decision makers or influencers.</source>
        <translation>项目相关人只能是决策者或影响者。</translation>
    </message>
    <message>
        <source>A decision maker or influencer must be a contact of this customer.</source>
        <translation>决策者或影响者必须是该客户的联系人。</translation>
    </message>
    <message>
        <source>A customer cannot be linked to itself.</source>
        <translation>客户不能与自身关联。</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>%1 is larger than 20 MB; keep large files elsewhere and note where on the card.</source>
        <translation>%1 大于 20 MB；请把大文件放在别处，并在卡片上注明位置。</translation>
    </message>
    <message>
        <source>The file is no longer attached.</source>
        <translation>该文件已不在附件中。</translation>
    </message>
    <message>
        <source>The entry no longer exists.</source>
        <translation>该条目已不存在。</translation>
    </message>
    <message>
        <source>Someone changed this entry in the meantime. Reload and try again.</source>
        <translation>该条目已被他人修改。请重新载入后再试。</translation>
    </message>
</context>
<context>
    <name>CustomerFields</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Value type</source>
        <translation>价值类型</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
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
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织结构</translation>
    </message>
    <message>
        <source>Business situation</source>
        <translation>经营状况</translation>
    </message>
    <message>
        <source>Purchasing department</source>
        <translation>采购部门</translation>
    </message>
    <message>
        <source>Support department</source>
        <translation>支持部门</translation>
    </message>
    <message>
        <source>Using department</source>
        <translation>使用部门</translation>
    </message>
    <message>
        <source>Installed base</source>
        <translation>已有设备</translation>
    </message>
    <message>
        <source>In the recycle bin</source>
        <translation>在回收站中</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Language of printed documents</source>
        <translation>单据语言</translation>
    </message>
</context>
<context>
    <name>CustomerMerge</name>
    <message>
        <source>A customer cannot be merged with itself.</source>
        <translation>客户不能与自身合并。</translation>
    </message>
    <message>
        <source>One of the two customers was changed in the meantime. Reload and merge again.</source>
        <translation>两个客户之一已被他人修改。请重新载入后再合并。</translation>
    </message>
</context>
<context>
    <name>CustomerProposals</name>
    <message>
        <source>rank %1 of %2 by revenue in the last 12 months; first order %3; ordered on %4 day(s) this year</source>
        <translation>最近 12 个月销售额排名 %1/%2；首次下单 %3；今年下单 %4 天</translation>
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
    <message>
        <source>Your company&apos;s rules do not let salespeople save a customer that already exists:
%1
Open the existing record, or ask its owner to share it.</source>
        <translation>公司规定销售人员不能保存已存在的客户：
%1
请打开已有记录，或请负责人共享给您。</translation>
    </message>
</context>
<context>
    <name>CustomerTags</name>
    <message>
        <source>A tag is a short word or phrase of up to 50 characters, without &quot;|&quot;.</source>
        <translation>标签是不超过 50 个字符的词或短语，不能包含“|”。</translation>
    </message>
    <message>
        <source>Someone changed %1 in the meantime. Try again.</source>
        <translation>其他人刚刚修改了 %1，请重试。</translation>
    </message>
</context>
<context>
    <name>CustomerValidator</name>
    <message>
        <source>Enter the customer&apos;s name.</source>
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
        <source>&quot;%1&quot; is not a phone number. Use digits, spaces, dashes and an optional leading +, for example 138 0013 8000 or +86 10 6552 9988.</source>
        <translation>“%1”不是有效的电话号码。请使用数字、空格、连字符及可选的前导 +，例如 138 0013 8000 或 +86 10 6552 9988。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address, for example name@example.com.</source>
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
    <message>
        <source>&quot;%1&quot; is too long (at most %2 characters) or contains control characters.</source>
        <translation>“%1”太长（最多 %2 个字符）或包含控制字符。</translation>
    </message>
    <message>
        <source>The address may have at most %1 characters.</source>
        <translation>地址最多 %1 个字符。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address, for example www.example.com.</source>
        <translation>“%1”不是网址，例如 www.example.com。</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; is too long (at most %2 characters) or contains &quot;|&quot;.</source>
        <translation>标签“%1”太长（最多 %2 个字符）或包含“|”。</translation>
    </message>
    <message>
        <source>A customer may have at most %1 tags.</source>
        <translation>一个客户最多有 %1 个标签。</translation>
    </message>
    <message>
        <source>A background text may have at most %1 characters.</source>
        <translation>客户背景的每项最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Printed documents are in zh_CN, zh_TW or en, not &quot;%1&quot;.</source>
        <translation>单据语言只能是 zh_CN、zh_TW 或 en，不能是“%1”。</translation>
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
    <message>
        <source>Business</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Consumer</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Channel partner</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>内部</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>潜在</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>老客户</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>忠诚</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <source>Lighthouse</source>
        <translation>灯塔型</translation>
    </message>
    <message>
        <source>Follower</source>
        <translation>跟随型</translation>
    </message>
    <message>
        <source>Rational</source>
        <translation>理性型</translation>
    </message>
    <message>
        <source>Profit-seeking</source>
        <translation>逐利型</translation>
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
    <message>
        <source>Not enough memory to make the demo passwords.</source>
        <translation>内存不足，无法生成演示账户的密码。</translation>
    </message>
</context>
<context>
    <name>DocumentMath</name>
    <message>
        <source>A quantity cannot be negative.</source>
        <translation>数量不能为负数。</translation>
    </message>
    <message>
        <source>A unit price cannot be negative.</source>
        <translation>单价不能为负数。</translation>
    </message>
    <message>
        <source>A discount lies between 0 % and 100 %.</source>
        <translation>折扣应在 0% 到 100% 之间。</translation>
    </message>
    <message>
        <source>A tax rate lies between 0 % and 100 %.</source>
        <translation>税率应在 0% 到 100% 之间。</translation>
    </message>
    <message>
        <source>The line&apos;s amount is too large.</source>
        <translation>该行金额过大。</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <source>The %1 template cannot be used:
%2</source>
        <translation>%1 模板无法使用：
%2</translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>This delivery note does not exist (any more).</source>
        <translation>此出货单不存在（或已删除）。</translation>
    </message>
    <message>
        <source>Sales contract</source>
        <translation>销售合同</translation>
    </message>
    <message>
        <source>Delivery note (warehouse copy)</source>
        <translation>出货单（仓库联）</translation>
    </message>
    <message>
        <source>Delivery note</source>
        <translation>出货单</translation>
    </message>
    <message>
        <source>%1 %2 — page %3 of %4</source>
        <translation>%1 %2 — 第 %3 页，共 %4 页</translation>
    </message>
</context>
<context>
    <name>DocumentRenderer</name>
    <message>
        <source>The printer or file cannot be used; nothing was printed.</source>
        <translation>无法使用打印机或文件；没有打印任何内容。</translation>
    </message>
    <message>
        <source>The printer stopped after page %1.</source>
        <translation>打印机在第 %1 页后停止。</translation>
    </message>
    <message>
        <source>%1 %2 — page %3 of %4</source>
        <translation>%1 %2 — 第 %3 页，共 %4 页</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>same name</source>
        <translation>名称相同</translation>
    </message>
    <message>
        <source>same phone number %1</source>
        <translation>电话相同 %1</translation>
    </message>
    <message>
        <source>same e-mail %1</source>
        <translation>邮箱相同 %1</translation>
    </message>
    <message>
        <source>same company domain %1</source>
        <translation>公司域名相同 %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists in the public pool (%2).</source>
        <translation>“%1”已在公海中（%2）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists, owned by %2 (%3).</source>
        <translation>“%1”已存在，负责人为%2（%3）。</translation>
    </message>
    <message>
        <source>This customer already exists and belongs to %1 (%2).</source>
        <translation>该客户已存在，属于%1（%2）。</translation>
    </message>
</context>
<context>
    <name>DuplicateRules</name>
    <message>
        <source>Only a manager or an administrator sets the duplicate guard&apos;s rule.</source>
        <translation>只有经理或管理员可以设置防撞单规则。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mail domain, for example 21cn.com.</source>
        <translation>“%1”不是邮箱域名，例如 21cn.com。</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>已取消导出；未写入文件。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>male</source>
        <translation>男</translation>
    </message>
</context>
<context>
    <name>FieldSalvage</name>
    <message>
        <source>%1 &quot;%2&quot;: %3</source>
        <translation>%1“%2”：%3</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网址</translation>
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
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Code in the old system</source>
        <translation>旧系统编号</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>单据语言</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>客户背景</translation>
    </message>
    <message>
        <source>(too long)</source>
        <translation>（过长）</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>longer than %1 characters; cut</source>
        <translation>超过 %1 个字符，已截断</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Phone, e-mail or IM</source>
        <translation>电话、邮件或即时通讯号</translation>
    </message>
    <message>
        <source>more than %1 on one contact</source>
        <translation>一个联系人最多 %1 个</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>个人档案</translation>
    </message>
    <message>
        <source>Not checked, as imported:</source>
        <translation>导入时未能核实的原值：</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>(do not import)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Customer / company name</source>
        <translation>客户/公司名称</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>Loyalty stage</source>
        <translation>客户阶段</translation>
    </message>
    <message>
        <source>Province / region</source>
        <translation>省份/地区</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Company phone</source>
        <translation>公司电话</translation>
    </message>
    <message>
        <source>Company e-mail</source>
        <translation>公司邮箱</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>Source channel</source>
        <translation>客户来源</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Owner (salesperson)</source>
        <translation>负责人（销售）</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最后联系</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>联系人姓名</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系人电话</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>联系人邮箱</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>QQ</source>
        <translation>QQ</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Skip the row</source>
        <translation>跳过该行</translation>
    </message>
    <message>
        <source>Update the existing record</source>
        <translation>更新现有记录</translation>
    </message>
    <message>
        <source>Create it anyway</source>
        <translation>仍然新建</translation>
    </message>
    <message>
        <source>District / county</source>
        <translation>区/县</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>邮编</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>出生年份</translation>
    </message>
    <message>
        <source>Month of birth</source>
        <translation>出生月份</translation>
    </message>
    <message>
        <source>Day of birth</source>
        <translation>出生日</translation>
    </message>
    <message>
        <source>Kind of the phone, e-mail or address beside it</source>
        <translation>旁边电话、邮箱或地址的类型</translation>
    </message>
    <message>
        <source>Keep in notes (with the column&apos;s name)</source>
        <translation>保存到备注（附列名）</translation>
    </message>
</context>
<context>
    <name>ImportColumns</name>
    <message>
        <source>Column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>Address (%1)</source>
        <translation>地址（%1）</translation>
    </message>
</context>
<context>
    <name>ImportFiles</name>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>The file mixes UTF-8 and GB18030 (GBK) text; each line was read in the encoding it is written in. Check the preview.</source>
        <translation>文件中混有 UTF-8 和 GB18030（GBK）文本；每一行已按其自身的编码读取。请检查预览。</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) contain bytes that are neither UTF-8 nor GB18030; they show as �.</source>
        <translation>
            <numerusform>有 %n 行包含既不是 UTF-8 也不是 GB18030 的字节；这些字节显示为 �。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than 512 MB; split it into smaller files.</source>
        <translation>%1 大于 512 MB；请拆分成较小的文件。</translation>
    </message>
    <message>
        <source>The file has no header row.</source>
        <translation>文件没有表头行。</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) beyond the %1th column were left out: Guanxi reads at most %1 columns.</source>
        <translation>
            <numerusform>第 %1 列之后的 %n 个值未读入：关系 CRM 最多读取 %1 列。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 不是普通文件。</translation>
    </message>
    <message>
        <source>There is no encoding called &quot;%1&quot; (try GBK, Big5, Shift_JIS, EUC-KR, windows-1251 or windows-1252).</source>
        <translation>没有名为“%1”的编码（可用 GBK、Big5、Shift_JIS、EUC-KR、windows-1251 或 windows-1252）。</translation>
    </message>
    <message>
        <source>The file&apos;s encoding is not certain; it was read as %1. If the preview shows garbled text, choose the encoding (the detector&apos;s guesses: %2).</source>
        <translation>文件编码无法确定，已按 %1 读取。如果预览中出现乱码，请选择编码（检测结果：%2）。</translation>
    </message>
    <message>
        <source>Guanxi imports .csv, .xlsx, .xls and .vcf files; %1 is none of these.</source>
        <translation>关系可导入 .csv、.xlsx、.xls 和 .vcf 文件；%1 不属于其中任何一种。</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>&quot;%1&quot; is not a %2 (use one of: %3).</source>
        <translation>“%1”不是有效的%2（可用：%3）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an importance (use normal, important or vip; 普通, 重要 or 贵宾).</source>
        <translation>“%1”不是客户等级（可用 normal、important 或 vip；普通、重要或贵宾）。</translation>
    </message>
    <message>
        <source>The owner &quot;%1&quot; is not a user of this database.</source>
        <translation>负责人“%1”不是本数据库的用户。</translation>
    </message>
    <message>
        <source>You may not give customers to %1.</source>
        <translation>您不能把客户分给%1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (for example 2024-03-21 or 2024-03-21 14:30).</source>
        <translation>“%1”不是日期（例如 2024-03-21 或 2024-03-21 14:30）。</translation>
    </message>
    <message>
        <source>The date %1 lies in the future.</source>
        <translation>日期 %1 在将来。</translation>
    </message>
    <message>
        <source>%1 Created anyway.</source>
        <translation>%1 已仍然新建。</translation>
    </message>
    <message>
        <source>%1 Skipped.</source>
        <translation>%1 已跳过。</translation>
    </message>
    <message>
        <source>%1 You may not change it.</source>
        <translation>%1 您不能修改它。</translation>
    </message>
    <message>
        <source>%1 Updated.</source>
        <translation>%1 已更新。</translation>
    </message>
    <message>
        <source>The row has neither a customer name nor a contact name.</source>
        <translation>该行既没有客户名称也没有联系人姓名。</translation>
    </message>
    <message>
        <source>The row has no contact name.</source>
        <translation>该行没有联系人姓名。</translation>
    </message>
    <message>
        <source>%1 has the same phone number or e-mail as a contact already in the database; skipped.</source>
        <translation>%1 的电话或邮箱与数据库中已有的联系人相同；已跳过。</translation>
    </message>
    <message>
        <source>%1 You may not add contacts to it.</source>
        <translation>%1 您不能为其添加联系人。</translation>
    </message>
    <message>
        <source>The column mapping does not fit the file.</source>
        <translation>列对应关系与文件不符。</translation>
    </message>
    <message>
        <source>No column holds a name. Map the customer&apos;s or the contact&apos;s name to a column.</source>
        <translation>没有任何列包含名称。请将客户名称或联系人姓名对应到某一列。</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>已取消导入；未导入任何数据。</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Values without a column</source>
        <translation>没有对应列的值</translation>
    </message>
    <message numerus="yes">
        <source>the row has %n value(s) more than the header has columns</source>
        <translation>
            <numerusform>这一行比表头多 %n 个值</numerusform>
        </translation>
    </message>
    <message>
        <source>The database refused the row: %1 (%2)</source>
        <translation>数据库拒绝了这一行：%1（%2）</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>邮箱：%1</translation>
    </message>
    <message>
        <source>QQ: %1</source>
        <translation>QQ：%1</translation>
    </message>
    <message>
        <source>WeChat: %1</source>
        <translation>微信：%1</translation>
    </message>
    <message>
        <source>Birthday: %1</source>
        <translation>生日：%1</translation>
    </message>
    <message>
        <source>Job title: %1</source>
        <translation>职位：%1</translation>
    </message>
    <message>
        <source>%1 made by an earlier row of this file: %2 joins it as a contact.</source>
        <translation>%1 由本文件前面的行创建：%2 作为联系人加入。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>“%1”不是电话号码。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>“%1”不是邮箱地址。</translation>
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
    <name>LeadService</name>
    <message>
        <source>The lead does not exist.</source>
        <translation>该潜在客户不存在。</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name or the company.</source>
        <translation>请输入联系人姓名或公司名称。</translation>
    </message>
    <message>
        <source>A name may have at most %1 characters.</source>
        <translation>名称最多 %1 个字符。</translation>
    </message>
    <message>
        <source>&quot;%1…&quot; is too long.</source>
        <translation>“%1…”太长。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>“%1”不是电话号码。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>“%1”不是电子邮箱地址。</translation>
    </message>
    <message>
        <source>The notes may have at most %1 characters.</source>
        <translation>备注最多 %1 个字符。</translation>
    </message>
    <message>
        <source>This lead belongs to %1; you cannot see its details.</source>
        <translation>该潜在客户属于%1，您无法查看其详情。</translation>
    </message>
    <message>
        <source>Someone changed this lead in the meantime. Reload it and make your change again.</source>
        <translation>该潜在客户已被他人修改。请重新载入后再修改。</translation>
    </message>
    <message>
        <source>This lead is not assigned to you.</source>
        <translation>该潜在客户未分配给您。</translation>
    </message>
    <message>
        <source>This lead belongs to %1.</source>
        <translation>该潜在客户属于%1。</translation>
    </message>
    <message>
        <source>This lead has been converted; work on its customer instead.</source>
        <translation>该潜在客户已转化；请在其客户上继续工作。</translation>
    </message>
    <message>
        <source>The chosen salesperson is not a user of this database.</source>
        <translation>所选销售人员不是本数据库的用户。</translation>
    </message>
    <message>
        <source>You may not give this lead to that salesperson.</source>
        <translation>您不能把该潜在客户分给这位销售人员。</translation>
    </message>
    <message>
        <source>Convert a lead with the conversion, not by setting its status.</source>
        <translation>请使用“转化”来转化潜在客户，而不是直接设置状态。</translation>
    </message>
    <message>
        <source>Give the reason for disqualifying this lead.</source>
        <translation>请填写判定该潜在客户无效的原因。</translation>
    </message>
    <message>
        <source>The opportunity&apos;s amount cannot be negative.</source>
        <translation>销售机会的金额不能为负数。</translation>
    </message>
    <message>
        <source>This lead was disqualified (%1). Set it to following up before converting it.</source>
        <translation>该潜在客户已被判定无效（%1）。请先改回“跟进中”再转化。</translation>
    </message>
    <message>
        <source>%1 (from lead)</source>
        <translation>%1（来自潜在客户）</translation>
    </message>
    <message>
        <source>Converted from lead %1</source>
        <translation>由潜在客户 %1 转化</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Only a manager or an administrator sets how leads are assigned.</source>
        <translation>只有经理或管理员可以设置潜在客户的分配规则。</translation>
    </message>
    <message>
        <source>The rule names someone who is not a user of this database.</source>
        <translation>规则中包含不是本数据库用户的人。</translation>
    </message>
    <message>
        <source>Choose the salespeople who take turns.</source>
        <translation>请选择轮流分配的销售人员。</translation>
    </message>
</context>
<context>
    <name>Leads</name>
    <message>
        <source>New</source>
        <translation>新线索</translation>
    </message>
    <message>
        <source>Following up</source>
        <translation>跟进中</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>已转化</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>The daily snapshot failed: %1</source>
        <translation>每日快照失败：%1</translation>
    </message>
    <message>
        <source>Today&apos;s snapshot of the database was saved.</source>
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
    <message>
        <source>Accounts changed outside Guanxi</source>
        <translation>账户在关系 CRM 之外被修改</translation>
    </message>
    <message>
        <source>The users table of this file was changed by another program: a role, a password or an account may not be what Guanxi last saved. An administrator should check the accounts in Settings. Teams that need permissions enforced should use server sync.</source>
        <translation>此文件的用户表被其他程序修改过：角色、密码或账户可能已不是关系 CRM 上次保存的样子。请管理员在“设置”中核对账户。需要强制权限的团队请使用服务器同步。</translation>
    </message>
</context>
<context>
    <name>MoneyText</name>
    <message>
        <source>&quot;%1&quot; is not an amount (for example 12,345.67).</source>
        <translation>“%1”不是金额（例如 12,345.67）。</translation>
    </message>
    <message>
        <source>%1 amounts have no decimals.</source>
        <translation>%1 金额没有小数。</translation>
    </message>
    <message>
        <source>%1 amounts have at most %2 decimals.</source>
        <translation>%1 金额最多有 %2 位小数。</translation>
    </message>
    <message>
        <source>The amount %1 is too large.</source>
        <translation>金额 %1 过大。</translation>
    </message>
</context>
<context>
    <name>OperationsReports</name>
    <message>
        <source>The report needs a day (yyyy-MM-dd).</source>
        <translation>报表需要一个日期（yyyy-MM-dd）。</translation>
    </message>
    <message>
        <source>Receivables ageing</source>
        <translation>应收账龄</translation>
    </message>
    <message>
        <source>Open on %1, %2, by days past due</source>
        <translation>截至 %1 未收，%2，按逾期天数</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>销售员</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>0–30 days</source>
        <translation>0–30 天</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 天</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 天</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>90 天以上</translation>
    </message>
    <message>
        <source>Open in all</source>
        <translation>未收合计</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（无人）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>The period needs a first and a last day, in that order.</source>
        <translation>期间需要开始日期和结束日期，且先后顺序正确。</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动统计</translation>
    </message>
    <message>
        <source>Touch points logged from %1 to %2</source>
        <translation>%1 至 %2 记录的接触</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>流失预警</translation>
    </message>
    <message>
        <source>Customers buying much later than usual, or unlikely to be still active</source>
        <translation>比平常晚很多仍未下单、或不太可能仍活跃的客户</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>最近订单</translation>
    </message>
    <message>
        <source>Order days</source>
        <translation>下单天数</translation>
    </message>
    <message>
        <source>Usual interval (days)</source>
        <translation>通常间隔（天）</translation>
    </message>
    <message>
        <source>Silent (days)</source>
        <translation>沉默（天）</translation>
    </message>
    <message>
        <source>Probability active</source>
        <translation>仍活跃概率</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>At risk: silent for more than twice the customer&apos;s own mean interval between order days, or less than %1 % likely to be still active by the lifetime-value models (when fitted).</source>
        <translation>流失预警：未下单时间超过该客户自身平均下单间隔的两倍，或按客户终身价值模型（已拟合时）仍活跃的可能性低于 %1%。</translation>
    </message>
    <message>
        <source>RFM segment migration</source>
        <translation>RFM 分群迁移</translation>
    </message>
    <message>
        <source>From %1 – %2 to %3 – %4, %5</source>
        <translation>从 %1 – %2 到 %3 – %4，%5</translation>
    </message>
    <message>
        <source>Earlier segment</source>
        <translation>上期分群</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>No purchase now</source>
        <translation>本期未购买</translation>
    </message>
    <message>
        <source>Mix now</source>
        <translation>本期构成</translation>
    </message>
    <message>
        <source>Projected next period</source>
        <translation>预测下期构成</translation>
    </message>
    <message>
        <source>Each row: where the customers of an earlier segment are now, as shares of that segment (a Markov transition matrix). The projection applies the moves of those who stayed to today&apos;s mix. %1 customers bought now who had not bought in the earlier window.</source>
        <translation>每一行：上期某分群的客户本期落在何处，以占该分群的比例表示（马尔可夫转移矩阵）。预测将留存客户的迁移规律应用于本期构成。本期有 %1 位客户在上期没有购买。</translation>
    </message>
</context>
<context>
    <name>OpportunityService</name>
    <message>
        <source>Choose the customer of the opportunity.</source>
        <translation>请选择销售机会所属的客户。</translation>
    </message>
    <message>
        <source>Give the opportunity a name.</source>
        <translation>请为销售机会命名。</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code (for example CNY).</source>
        <translation>“%1”不是货币代码（例如 CNY）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (write it as 2026-12-31).</source>
        <translation>“%1”不是日期（请写成 2026-12-31）。</translation>
    </message>
    <message>
        <source>The stage &quot;%1&quot; does not exist (any more).</source>
        <translation>阶段“%1”不存在（或已删除）。</translation>
    </message>
    <message>
        <source>A probability lies between 0 % and 100 %.</source>
        <translation>赢单概率应在 0 % 到 100 % 之间。</translation>
    </message>
    <message>
        <source>This opportunity does not exist (any more).</source>
        <translation>此销售机会不存在（或已删除）。</translation>
    </message>
    <message>
        <source>This opportunity belongs to %1.</source>
        <translation>此销售机会属于 %1。</translation>
    </message>
    <message>
        <source>The chosen owner is not a user of this database.</source>
        <translation>所选负责人不是此数据库的用户。</translation>
    </message>
    <message>
        <source>You may not give an opportunity to %1.</source>
        <translation>您不能把销售机会分配给 %1。</translation>
    </message>
    <message>
        <source>%1 belongs to %2; you may not change it.</source>
        <translation>%1 属于 %2，您不能修改。</translation>
    </message>
    <message>
        <source>Someone else changed this opportunity in the meantime. Reload it and try again.</source>
        <translation>其他人已修改了此销售机会。请重新载入后再试。</translation>
    </message>
</context>
<context>
    <name>Order</name>
    <message>
        <source>open</source>
        <translation>未出货</translation>
    </message>
    <message>
        <source>partly delivered</source>
        <translation>部分出货</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>已出货</translation>
    </message>
    <message>
        <source>delivered and paid</source>
        <translation>已出货并收款</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>OrderService</name>
    <message>
        <source>Someone else changed this order in the meantime. Reload it and try again.</source>
        <translation>其他人已修改了此订单。请重新载入后再试。</translation>
    </message>
    <message>
        <source>This order does not exist (any more).</source>
        <translation>此订单不存在（或已删除）。</translation>
    </message>
    <message>
        <source>This order belongs to %1.</source>
        <translation>此订单属于 %1。</translation>
    </message>
    <message>
        <source>Order %1 belongs to %2; you may not change it.</source>
        <translation>订单 %1 属于 %2，您不能修改。</translation>
    </message>
    <message>
        <source>Order %1 is %2.</source>
        <translation>订单 %1 %2。</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>货款</translation>
    </message>
    <message>
        <source>Each part of the payment plan needs a share above 0 % and a due date.</source>
        <translation>付款计划的每一部分都需要大于 0% 的比例和到期日。</translation>
    </message>
    <message>
        <source>The parts of the payment plan must add up to 100 %.</source>
        <translation>付款计划各部分之和必须为 100%。</translation>
    </message>
    <message>
        <source>A delivered line is not on order %1.</source>
        <translation>出货的明细不在订单 %1 上。</translation>
    </message>
    <message>
        <source>%1: a delivered quantity cannot be negative.</source>
        <translation>%1：出货数量不能为负数。</translation>
    </message>
    <message>
        <source>%1: only %2 %3 are still to deliver.</source>
        <translation>%1：只剩 %2 %3 待出货。</translation>
    </message>
    <message>
        <source>Enter how much of which line is delivered.</source>
        <translation>请填写各行的出货数量。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (write it as 2026-12-31).</source>
        <translation>“%1”不是日期（请写成 2026-12-31）。</translation>
    </message>
    <message>
        <source>The receivable is not one of order %1&apos;s.</source>
        <translation>该应收款不属于订单 %1。</translation>
    </message>
    <message>
        <source>A payment must be more than 0.</source>
        <translation>收款金额必须大于 0。</translation>
    </message>
    <message>
        <source>%1 still owes %2; a payment cannot be larger.</source>
        <translation>%1 还欠 %2；收款不能超过此数。</translation>
    </message>
    <message>
        <source>The receivable</source>
        <translation>该应收款</translation>
    </message>
    <message>
        <source>Order %1 is %2; it is closed once everything is delivered and paid.</source>
        <translation>订单 %1 %2；全部出货并收款后才能关闭。</translation>
    </message>
    <message>
        <source>Order %1 cannot become %2.</source>
        <translation>订单 %1 不能变为“%2”。</translation>
    </message>
</context>
<context>
    <name>PaymentPlans</name>
    <message>
        <source>All of it within 30 days</source>
        <translation>30 天内全额付款</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>货款</translation>
    </message>
    <message>
        <source>30 % on signing, 70 % within 60 days</source>
        <translation>签约付 30%，60 天内付 70%</translation>
    </message>
    <message>
        <source>Advance payment</source>
        <translation>预付款</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>尾款</translation>
    </message>
    <message>
        <source>All of it on delivery (within 7 days)</source>
        <translation>货到付款（7 天内）</translation>
    </message>
</context>
<context>
    <name>PhoneRules</name>
    <message>
        <source>Only a manager or an administrator sets the country of phone numbers.</source>
        <translation>只有经理或管理员可以设置电话号码所属的国家。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country code, for example CN, US or DE.</source>
        <translation>“%1”不是国家代码，例如 CN、US 或 DE。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>PipelineReports</name>
    <message>
        <source>The period needs a first and a last day, in that order.</source>
        <translation>期间需要开始日期和结束日期，且先后顺序正确。</translation>
    </message>
    <message>
        <source>Funnel: conversion and time in stage</source>
        <translation>销售漏斗：转化率与阶段停留时间</translation>
    </message>
    <message>
        <source>Deals that entered a stage from %1 to %2</source>
        <translation>%1 至 %2 期间进入各阶段的商机</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>进入</translation>
    </message>
    <message>
        <source>Moved on</source>
        <translation>推进</translation>
    </message>
    <message>
        <source>Lost from here</source>
        <translation>在此输单</translation>
    </message>
    <message>
        <source>Moved back</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Still there</source>
        <translation>仍在此阶段</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>Average days in stage</source>
        <translation>平均停留天数</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>停留天数中位数</translation>
    </message>
    <message>
        <source>Conversion: of the deals that left the stage, the share that went on to a later one. Days count until the deal left the stage, or until today for those still in it.</source>
        <translation>转化率：离开该阶段的商机中进入后续阶段的比例。停留天数算到商机离开该阶段为止，仍在该阶段的算到今天。</translation>
    </message>
    <message>
        <source>Quota attainment</source>
        <translation>定额完成情况</translation>
    </message>
    <message>
        <source>%1, won deals against quota</source>
        <translation>%1，赢单金额对比定额</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>销售员</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>定额</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>Customer acquisition and retention</source>
        <translation>客户获取与留存</translation>
    </message>
    <message>
        <source>%1 to %2, %3</source>
        <translation>%1 至 %2，%3</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Customers who bought</source>
        <translation>购买客户数</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Bought the month before too</source>
        <translation>上月也购买</translation>
    </message>
    <message>
        <source>Retention rate</source>
        <translation>留存率</translation>
    </message>
    <message>
        <source>Retention rate: of the customers who bought in a month, the share who bought again the month after.</source>
        <translation>留存率：某月购买的客户中，下个月再次购买的比例。</translation>
    </message>
    <message>
        <source>Sales by product</source>
        <translation>按产品统计的销售额</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>净销售额</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上期</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>%1 to %2 against %3 to %4, %5 (orders with lines)</source>
        <translation>%1 至 %2，对比 %3 至 %4，%5（有明细的订单）</translation>
    </message>
</context>
<context>
    <name>PipelineStage</name>
    <message>
        <source>Initial contact</source>
        <translation>初步接洽</translation>
    </message>
    <message>
        <source>Needs confirmation</source>
        <translation>需求确认</translation>
    </message>
    <message>
        <source>Proposal and quote</source>
        <translation>方案报价</translation>
    </message>
    <message>
        <source>Negotiation and review</source>
        <translation>谈判审核</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
</context>
<context>
    <name>PipelineStages</name>
    <message>
        <source>Every stage needs a name.</source>
        <translation>每个阶段都需要名称。</translation>
    </message>
    <message>
        <source>The probability of &quot;%1&quot; must lie between 0 % and 100 %.</source>
        <translation>“%1”的概率应在 0 % 到 100 % 之间。</translation>
    </message>
    <message>
        <source>Open stages come before the won and lost stages.</source>
        <translation>进行中的阶段须排在赢单和输单之前。</translation>
    </message>
    <message>
        <source>A won deal has a probability of 100 %.</source>
        <translation>赢单的概率为 100 %。</translation>
    </message>
    <message>
        <source>A lost deal has a probability of 0 %.</source>
        <translation>输单的概率为 0 %。</translation>
    </message>
    <message>
        <source>The funnel needs at least one open stage.</source>
        <translation>漏斗至少需要一个进行中的阶段。</translation>
    </message>
    <message>
        <source>The funnel needs exactly one won stage and one lost stage.</source>
        <translation>漏斗需要且只需要一个赢单阶段和一个输单阶段。</translation>
    </message>
    <message>
        <source>Two stages are called &quot;%1&quot;.</source>
        <translation>有两个阶段都叫“%1”。</translation>
    </message>
    <message>
        <source>Only a manager or an administrator may change the sales stages.</source>
        <translation>只有经理或管理员可以修改销售阶段。</translation>
    </message>
    <message>
        <source>Someone else removed a stage in the meantime. Reload the stages and try again.</source>
        <translation>其他人已删除了一个阶段。请重新载入阶段后再试。</translation>
    </message>
    <message>
        <source>Someone else changed the stages in the meantime. Reload them and try again.</source>
        <translation>其他人已修改了阶段。请重新载入后再试。</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; still holds %n opportunities; move them to another stage first.</source>
        <translation>
            <numerusform>“%1”中还有 %n 个销售机会，请先把它们移到其他阶段。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Presence</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Everyone else must close the file first. Still open: %1.</source>
        <translation>必须先让其他人都关闭此文件。仍在使用：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>PriceListService</name>
    <message>
        <source>Only a manager or an administrator may change price lists.</source>
        <translation>只有经理或管理员可以修改价目表。</translation>
    </message>
    <message>
        <source>Give the price list a name.</source>
        <translation>请为价目表命名。</translation>
    </message>
    <message>
        <source>A member price list names the customer tier it is for.</source>
        <translation>会员价目表需指明适用的客户等级。</translation>
    </message>
    <message>
        <source>The tier already has the price list %1.</source>
        <translation>该等级已有价目表 %1。</translation>
    </message>
</context>
<context>
    <name>PrintTemplates</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>{{/%1}} closes a section that is not open.</source>
        <translation>{{/%1}} 结束了一个没有打开的区块。</translation>
    </message>
    <message>
        <source>{{%1}} is not a placeholder this document has.</source>
        <translation>{{%1}} 不是此单据的占位符。</translation>
    </message>
    <message>
        <source>The section {{#%1}} is not closed with {{/%1}}.</source>
        <translation>区块 {{#%1}} 没有用 {{/%1}} 结束。</translation>
    </message>
    <message>
        <source>The HTML is broken: &lt;/%1&gt; does not close the element that is open%2.</source>
        <translation>HTML 有误：&lt;/%1&gt; 与当前打开的元素%2不匹配。</translation>
    </message>
    <message>
        <source>The HTML is broken: &lt;%1&gt; is never closed.</source>
        <translation>HTML 有误：&lt;%1&gt; 没有结束标签。</translation>
    </message>
    <message>
        <source>The HTML is broken: a tag is missing its &lt; or &gt;.</source>
        <translation>HTML 有误：某个标签缺少 &lt; 或 &gt;。</translation>
    </message>
</context>
<context>
    <name>ProductService</name>
    <message>
        <source>Only a manager or an administrator may change the showroom.</source>
        <translation>只有经理或管理员可以修改展厅。</translation>
    </message>
    <message>
        <source>Enter the product&apos;s code.</source>
        <translation>请输入产品编号。</translation>
    </message>
    <message>
        <source>Enter the product&apos;s name.</source>
        <translation>请输入产品名称。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code (for example CNY).</source>
        <translation>“%1”不是货币代码（例如 CNY）。</translation>
    </message>
    <message>
        <source>Prices and costs cannot be negative.</source>
        <translation>价格和成本不能为负数。</translation>
    </message>
    <message>
        <source>The floor price cannot be above the list price.</source>
        <translation>底线价不能高于标价。</translation>
    </message>
    <message>
        <source>A tax rate lies between 0 % and 100 %.</source>
        <translation>税率应在 0% 到 100% 之间。</translation>
    </message>
    <message>
        <source>The picture must be a PNG or JPEG image.</source>
        <translation>图片必须是 PNG 或 JPEG 格式。</translation>
    </message>
    <message>
        <source>The picture is larger than 2 MB.</source>
        <translation>图片超过 2 MB。</translation>
    </message>
    <message>
        <source>The code %1 is already used by %2.</source>
        <translation>编号 %1 已被“%2”使用。</translation>
    </message>
    <message>
        <source>This product does not exist (any more).</source>
        <translation>该产品不存在（或已被删除）。</translation>
    </message>
    <message>
        <source>Someone else changed or deleted this product in the meantime. Reload it and try again.</source>
        <translation>其他人刚刚修改或删除了该产品。请重新加载后再试。</translation>
    </message>
</context>
<context>
    <name>PublicPool</name>
    <message>
        <source>Only a manager or an administrator sets the public pool&apos;s rules.</source>
        <translation>只有经理或管理员可以设置公海规则。</translation>
    </message>
    <message>
        <source>The daily claim limit must be between 0 and 10000.</source>
        <translation>每日领取上限必须在 0 到 10000 之间。</translation>
    </message>
    <message>
        <source>The customer does not exist or is in the recycle bin.</source>
        <translation>该客户不存在或在回收站中。</translation>
    </message>
    <message>
        <source>%1 is no longer in the public pool: %2 has it now.</source>
        <translation>%1 已不在公海中：现在属于%2。</translation>
    </message>
    <message>
        <source>Someone changed %1 in the meantime. Reload and try again.</source>
        <translation>%1 已被他人修改。请重新载入后再试。</translation>
    </message>
    <message>
        <source>You have claimed %1 customers in the last 24 hours, the most the rules allow.</source>
        <translation>您在过去 24 小时内已领取 %1 个客户，达到了规则允许的上限。</translation>
    </message>
    <message>
        <source>The days before a customer returns to the pool must be between 0 (never) and 3650.</source>
        <translation>客户退回公海前的天数必须在 0（从不）到 3650 之间。</translation>
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
    <name>QuotaService</name>
    <message>
        <source>&quot;%1&quot; is neither a month (2026-11) nor a quarter (2026-Q4).</source>
        <translation>“%1”既不是月份（2026-11）也不是季度（2026-Q4）。</translation>
    </message>
    <message>
        <source>A quota cannot be negative.</source>
        <translation>定额不能为负数。</translation>
    </message>
    <message>
        <source>This user does not exist (any more).</source>
        <translation>此用户不存在（或已删除）。</translation>
    </message>
    <message>
        <source>You may not set the quota of %1.</source>
        <translation>您不能设置 %1 的定额。</translation>
    </message>
</context>
<context>
    <name>Quote</name>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>accepted (ordered)</source>
        <translation>已接受（已下单）</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>superseded by a revision</source>
        <translation>已被修订版取代</translation>
    </message>
</context>
<context>
    <name>QuoteService</name>
    <message>
        <source>Someone else changed this quote in the meantime. Reload it and try again.</source>
        <translation>其他人已修改了此报价单。请重新载入后再试。</translation>
    </message>
    <message>
        <source>This quote does not exist (any more).</source>
        <translation>此报价单不存在（或已删除）。</translation>
    </message>
    <message>
        <source>This quote belongs to %1.</source>
        <translation>此报价单属于 %1。</translation>
    </message>
    <message>
        <source>A quote needs at least one line.</source>
        <translation>报价单至少需要一行明细。</translation>
    </message>
    <message>
        <source>Line %1: </source>
        <translation>第 %1 行：</translation>
    </message>
    <message>
        <source>the product is not in the showroom (any more).</source>
        <translation>产品已不在展厅中。</translation>
    </message>
    <message>
        <source>%1 is priced in %2, the quote in %3; one quote holds one currency.</source>
        <translation>%1 以 %2 计价，报价单为 %3；一张报价单只能用一种币种。</translation>
    </message>
    <message>
        <source>the quantity must be more than 0.</source>
        <translation>数量必须大于 0。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code (for example CNY).</source>
        <translation>“%1”不是货币代码（例如 CNY）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (write it as 2026-12-31).</source>
        <translation>“%1”不是日期（请写成 2026-12-31）。</translation>
    </message>
    <message>
        <source>Quote %1 belongs to %2; you may not change it.</source>
        <translation>报价单 %1 属于 %2，您不能修改。</translation>
    </message>
    <message>
        <source>Quote %1 is %2; only a draft is changed. Make a revision instead.</source>
        <translation>报价单 %1 状态为%2；只有草稿可以修改。请改为修订。</translation>
    </message>
    <message>
        <source>Only a manager may approve prices below the floor.</source>
        <translation>只有经理可以批准低于底线的价格。</translation>
    </message>
    <message>
        <source>Quote %1 has nothing waiting for approval.</source>
        <translation>报价单 %1 没有待审批的内容。</translation>
    </message>
    <message>
        <source>Quote %1 has prices below the floor; a manager must approve it before it is sent.</source>
        <translation>报价单 %1 有低于底线的价格；须经理批准后才能发送。</translation>
    </message>
    <message>
        <source>Quote %1 is already %2.</source>
        <translation>报价单 %1 已经是%2。</translation>
    </message>
    <message>
        <source>Quote %1 is %2 and is not revised.</source>
        <translation>报价单 %1 状态为%2，不能修订。</translation>
    </message>
    <message>
        <source>Quote %1 needs no approval.</source>
        <translation>报价单 %1 无需审批。</translation>
    </message>
    <message>
        <source>Approval of quote %1 was already asked for by %2 on %3.</source>
        <translation>%2 已于 %3 申请审批报价单 %1。</translation>
    </message>
    <message>
        <source>Say why the prices are refused, so the salesperson knows what to change.</source>
        <translation>请说明驳回价格的原因，以便销售人员知道要改什么。</translation>
    </message>
    <message>
        <source>Quote %1 is %2 and cannot become an order.</source>
        <translation>报价单 %1 状态为%2，不能转为订单。</translation>
    </message>
    <message>
        <source>Quote %1 has prices below the floor; a manager must approve it before it becomes an order.</source>
        <translation>报价单 %1 有低于底线的价格；须经理批准后才能转为订单。</translation>
    </message>
    <message>
        <source>%1 asked for it on %2; no answer yet.</source>
        <translation>%1 已于 %2 申请，尚未答复。</translation>
    </message>
    <message>
        <source>%1 refused on %2: %3</source>
        <translation>%1 于 %2 驳回：%3</translation>
    </message>
</context>
<context>
    <name>RecordFields</name>
    <message>
        <source>Phones and e-mails</source>
        <translation>电话和电子邮件</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Role in the purchase</source>
        <translation>采购角色</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>上级</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助理</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Hometown</source>
        <translation>籍贯</translation>
    </message>
    <message>
        <source>University</source>
        <translation>毕业院校</translation>
    </message>
    <message>
        <source>Sports</source>
        <translation>运动</translation>
    </message>
    <message>
        <source>Favourite food</source>
        <translation>喜爱的食物</translation>
    </message>
    <message>
        <source>Pets</source>
        <translation>宠物</translation>
    </message>
    <message>
        <source>Books</source>
        <translation>书籍</translation>
    </message>
    <message>
        <source>Last holiday</source>
        <translation>上次假期</translation>
    </message>
    <message>
        <source>Next holiday</source>
        <translation>下次假期</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
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
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Probability (%)</source>
        <translation>赢率（%）</translation>
    </message>
    <message>
        <source>Decision makers</source>
        <translation>决策人</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Why won or lost</source>
        <translation>赢单或输单原因</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>明细行</translation>
    </message>
    <message>
        <source>Prices include tax</source>
        <translation>价格含税</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>价目表</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>时长（分钟）</translation>
    </message>
    <message>
        <source>Remind before (minutes)</source>
        <translation>提前提醒（分钟）</translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <source>The time of day for reminders must lie between 00:00 and 23:59.</source>
        <translation>提醒时间须在 00:00 到 23:59 之间。</translation>
    </message>
    <message>
        <source>A reminder can come 0 to %1 days ahead.</source>
        <translation>提醒可提前 0 到 %1 天。</translation>
    </message>
    <message>
        <source>Returns to the public pool on %1 unless you get in touch</source>
        <translation>如不联系，将于 %1 退回公海</translation>
    </message>
    <message>
        <source>This reminder is no longer due: it was dealt with, or its customer or record was deleted.</source>
        <translation>该提醒已不再到期：已经处理过，或其客户、记录已被删除。</translation>
    </message>
    <message>
        <source>A reminder can only be put off until a later time.</source>
        <translation>提醒只能推迟到以后的时间。</translation>
    </message>
    <message>
        <source>A reminder can be put off by a year at most.</source>
        <translation>提醒最多可推迟一年。</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Follow-up due</source>
        <translation>跟进到期</translation>
    </message>
    <message>
        <source>Commitment due</source>
        <translation>承诺到期</translation>
    </message>
    <message>
        <source>Receivable due</source>
        <translation>应收到期</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Customer care day</source>
        <translation>客户关怀日</translation>
    </message>
    <message>
        <source>Deal closing</source>
        <translation>商机即将成交</translation>
    </message>
    <message>
        <source>Customer about to return to the pool</source>
        <translation>客户即将退回公海</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Price approval</source>
        <translation>价格审批</translation>
    </message>
</context>
<context>
    <name>Rfm</name>
    <message>
        <source>Important value customers</source>
        <translation>重要价值客户</translation>
    </message>
    <message>
        <source>Important customers to develop</source>
        <translation>重要发展客户</translation>
    </message>
    <message>
        <source>Important customers to keep</source>
        <translation>重要保持客户</translation>
    </message>
    <message>
        <source>Important customers to win back</source>
        <translation>重要挽留客户</translation>
    </message>
    <message>
        <source>General value customers</source>
        <translation>一般价值客户</translation>
    </message>
    <message>
        <source>General customers to develop</source>
        <translation>一般发展客户</translation>
    </message>
    <message>
        <source>General customers to keep</source>
        <translation>一般保持客户</translation>
    </message>
    <message>
        <source>General customers to win back</source>
        <translation>一般挽留客户</translation>
    </message>
    <message>
        <source>Bought recently, often and much: the best customers. Keep them close and give them the best service.</source>
        <translation>最近买过、买得多、买得频：最好的客户。保持密切联系，提供最好的服务。</translation>
    </message>
    <message>
        <source>Bought recently and much, but seldom: make them buy more often.</source>
        <translation>最近买过、买得多，但不常买：设法提高购买频次。</translation>
    </message>
    <message>
        <source>Bought often and much, but not lately: get back in touch before they slip away.</source>
        <translation>常买、买得多，但最近没买：在流失前重新联系。</translation>
    </message>
    <message>
        <source>Bought much, but neither lately nor often: valuable customers about to be lost; win them back.</source>
        <translation>买得多，但最近没买也不常买：即将流失的有价值客户，需要挽留。</translation>
    </message>
    <message>
        <source>Bought recently and often, but little: sell them more per order.</source>
        <translation>最近买过、常买，但买得少：提高每单金额。</translation>
    </message>
    <message>
        <source>Bought recently, but seldom and little: new or occasional customers to develop.</source>
        <translation>最近买过，但不常买、买得少：需要发展的新客户或偶尔购买的客户。</translation>
    </message>
    <message>
        <source>Bought often, but little and not lately: keep in touch at low cost.</source>
        <translation>常买，但买得少且最近没买：以低成本保持联系。</translation>
    </message>
    <message>
        <source>Bought little, seldom and long ago: the least active customers.</source>
        <translation>买得少、不常买、很久没买：最不活跃的客户。</translation>
    </message>
</context>
<context>
    <name>RfmAnalysis</name>
    <message>
        <source>The window needs a first and a last day, in that order.</source>
        <translation>分析期间需要开始日期和结束日期，且先后顺序正确。</translation>
    </message>
    <message>
        <source>Each measure&apos;s four cut points must go up from one to the next.</source>
        <translation>每项指标的四个分界点必须逐个递增。</translation>
    </message>
    <message>
        <source>No customer bought anything in %1 from %2 to %3.</source>
        <translation>%2 至 %3 期间没有客户以 %1 购买过。</translation>
    </message>
</context>
<context>
    <name>SalesReport</name>
    <message>
        <source>Salesperson</source>
        <translation>销售员</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>The period needs a first and a last day, in that order.</source>
        <translation>期间需要开始日期和结束日期，且先后顺序正确。</translation>
    </message>
    <message>
        <source>Sales by %1</source>
        <translation>按%1统计的销售额</translation>
    </message>
    <message>
        <source>%1 to %2, %3</source>
        <translation>%1 至 %2，%3</translation>
    </message>
    <message>
        <source>%1 to %2 against %3 to %4, %5</source>
        <translation>%1 至 %2，对比 %3 至 %4，%5</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上期</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>SaveWithMerge</name>
    <message>
        <source>A colleague</source>
        <translation>一位同事</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>The record keeps changing; reload it and try again.</source>
        <translation>此记录不断被修改；请重新加载后再试。</translation>
    </message>
    <message>
        <source>This value cannot be put back.</source>
        <translation>此值无法恢复。</translation>
    </message>
    <message>
        <source>The value was not put back</source>
        <translation>未能恢复该值</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>Only an administrator may turn sharing on or off.</source>
        <translation>只有管理员可以开启或关闭共享。</translation>
    </message>
    <message>
        <source>Someone else still has the file open (perhaps an older Guanxi or another program). Ask everyone to close it, then try again.</source>
        <translation>仍有其他人打开着此文件（可能是旧版关系 CRM 或其他程序）。请让所有人关闭它，然后再试。</translation>
    </message>
    <message>
        <source>This file is opened over the network (%1). Turn sharing off on the computer whose disk holds it: over a network it must stay shared.</source>
        <translation>此文件是通过网络（%1）打开的。请在存放它的电脑上关闭共享：通过网络使用时必须保持共享。</translation>
    </message>
    <message>
        <source>A shared file suits a small team: up to about five people saving at the same time. Larger teams, or teams that work from several offices, should use server sync.

Whoever can write the shared file can also change it with any SQLite tool, bypassing Guanxi: make themselves an administrator, or read every customer. Guanxi notices a role changed that way and says so, but only a server enforces permissions. Share the folder only with people you trust.</source>
        <translation>共享文件适合小团队：最多约五人同时保存。更大的团队，或在多个办公地点工作的团队，应使用服务器同步。

能写入共享文件的人，也能用任何 SQLite 工具绕过关系 CRM 修改它：把自己设为管理员，或读取所有客户。关系 CRM 会发现以这种方式修改的角色并提示，但只有服务器才能强制执行权限。请只与信任的人共享该文件夹。</translation>
    </message>
</context>
<context>
    <name>SheetTables</name>
    <message>
        <source>Some merged cells cover more of the sheet than Guanxi fills in; part of them was left empty.</source>
        <translation>部分合并单元格覆盖的范围超出关系填充的上限，其中一部分留空。</translation>
    </message>
    <message>
        <source>The row(s) above the header were taken as titles and not imported: %1</source>
        <translation>表头上方的行被视为标题，未导入：%1</translation>
    </message>
</context>
<context>
    <name>SmartLists</name>
    <message>
        <source>Give the list a name.</source>
        <translation>请为列表命名。</translation>
    </message>
    <message>
        <source>The name may have at most %1 characters.</source>
        <translation>名称最多 %1 个字符。</translation>
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
    <message>
        <source>Updating the database and its search index…</source>
        <translation>正在更新数据库及其搜索索引…</translation>
    </message>
    <message>
        <source>The file %1 is empty. Make a new Guanxi database in it?</source>
        <translation>文件 %1 是空的。要在其中新建关系 CRM 数据库吗?</translation>
    </message>
    <message>
        <source>Share this database?</source>
        <translation>共享此数据库?</translation>
    </message>
    <message>
        <source>Share it now? Everyone who opens it, here or on the computer whose disk holds it, will then use the rollback journal, which is safe over a network. An administrator must sign in, and everyone else must have closed it.</source>
        <translation>现在共享吗?之后无论在这里还是在存放它的电脑上打开，都会使用回滚日志，这样通过网络使用是安全的。需要管理员登录，并且其他人都必须已关闭它。</translation>
    </message>
    <message>
        <source>&amp;Share it now</source>
        <translation>现在共享（&amp;S）</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>共享</translation>
    </message>
    <message>
        <source>The file has no administrator.</source>
        <translation>此文件没有管理员。</translation>
    </message>
    <message>
        <source>An administrator signs in to share the file</source>
        <translation>由管理员登录以共享此文件</translation>
    </message>
</context>
<context>
    <name>Storage</name>
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
    <message>
        <source>The users table was changed outside Guanxi (a role, a password or an account): check the accounts in Settings, and use server sync where permissions must be enforced.</source>
        <translation>用户表在关系 CRM 之外被修改过（角色、密码或账户）：请在“设置”中核对账户；需要强制权限时请使用服务器同步。</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a Guanxi database. Guanxi does not open or change it.</source>
        <translation>%1 是其他程序的数据库，不是关系 CRM 数据库。关系 CRM 不会打开或修改它。</translation>
    </message>
    <message>
        <source>%1 is empty: it is not a Guanxi database yet. Create one there with &quot;guanxi-cli init&quot; or the app&apos;s &quot;New database&quot;.</source>
        <translation>%1 是空文件，还不是关系 CRM 数据库。请用“guanxi-cli init”或程序中的“新建数据库”在那里创建。</translation>
    </message>
    <message>
        <source>the folder is on a read-only mount (%1)</source>
        <translation>文件夹位于只读挂载点（%1）</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>文件是只读的</translation>
    </message>
    <message>
        <source>its folder cannot be written, and SQLite keeps its journal beside the file</source>
        <translation>文件所在的文件夹不可写，而 SQLite 需要在文件旁边保存日志</translation>
    </message>
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
        <source>A new database cannot be made at %1: %2.</source>
        <translation>无法在 %1 新建数据库：%2。</translation>
    </message>
    <message>
        <source>%1 is on a network share (%2) but is set up for one computer only. Opened from several computers like this, it could be damaged.</source>
        <translation>%1 位于网络共享（%2）上，但被设置为仅供一台电脑使用。这样从多台电脑打开可能会损坏它。</translation>
    </message>
    <message>
        <source>Turn sharing on for it first: Settings → &quot;Share this database with colleagues&quot;, or &quot;guanxi-cli share on&quot;.</source>
        <translation>请先为它开启共享：设置 →“与同事共享此数据库”，或运行“guanxi-cli share on”。</translation>
    </message>
    <message>
        <source>It cannot be shared from here either: %1. Open it on the computer whose disk holds it, or use server sync for a team.</source>
        <translation>也无法从这里共享它：%1。请在存放它的电脑上打开，或为团队使用服务器同步。</translation>
    </message>
    <message>
        <source>%1 was written by an older Guanxi and must be updated before it can be read, but it is open read-only (%2).</source>
        <translation>%1 由旧版关系 CRM 写入，需要先升级才能读取，但它是以只读方式打开的（%2）。</translation>
    </message>
    <message>
        <source>The share holding %1 refused a file lock, so Guanxi cannot write to it safely.</source>
        <translation>存放 %1 的共享拒绝了文件锁，关系 CRM 无法安全地写入它。</translation>
    </message>
    <message>
        <source>%1 is being switched to shared mode while someone still has it open. Ask everyone to close Guanxi, then open it again.</source>
        <translation>%1 正在切换为共享模式，但仍有人打开着它。请让所有人关闭关系 CRM，然后重新打开。</translation>
    </message>
    <message>
        <source>This database is open read-only (%1); nothing was saved.</source>
        <translation>此数据库以只读方式打开（%1）；未保存任何内容。</translation>
    </message>
    <message>
        <source>the SMB share is mounted with &quot;nobrl&quot;, so file locks stay on this computer</source>
        <translation>SMB 共享以“nobrl”方式挂载，文件锁只在本机有效</translation>
    </message>
    <message>
        <source>the NFS share is mounted with &quot;nolock&quot;, so file locks stay on this computer</source>
        <translation>NFS 共享以“nolock”方式挂载，文件锁只在本机有效</translation>
    </message>
    <message>
        <source>the NFS share is mounted with &quot;local_lock=%1&quot;, so file locks stay on this computer</source>
        <translation>NFS 共享以“local_lock=%1”方式挂载，文件锁只在本机有效</translation>
    </message>
    <message>
        <source>the folder is mounted through FUSE (%1), which keeps file locks on one computer only</source>
        <translation>文件夹通过 FUSE（%1）挂载，文件锁只在一台电脑上有效</translation>
    </message>
    <message>
        <source>the folder is shared through %1, which does not pass file locks on</source>
        <translation>文件夹通过 %1 共享，文件锁无法传递</translation>
    </message>
    <message>
        <source>(Opened read-only: %1.)</source>
        <translation>（以只读方式打开：%1。）</translation>
    </message>
    <message>
        <source>The file holds an unfinished save (a colleague saving right now, or one whose Guanxi stopped mid-save), which only a computer that may write the file can undo. Try again in a moment; if this persists, open the file once where it can be written.</source>
        <translation>文件中有一次未完成的保存（同事正在保存，或某位同事的关系 CRM 在保存中途停止），只有能写入此文件的电脑才能撤销它。请稍后再试；如果一直如此，请在可写入的电脑上打开一次此文件。</translation>
    </message>
</context>
<context>
    <name>TableWriters</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>the file cannot be created</source>
        <translation>无法创建文件</translation>
    </message>
    <message>
        <source>the finished file cannot be moved into place</source>
        <translation>完成的文件无法移到目标位置</translation>
    </message>
    <message>
        <source>Guanxi exports lists as .csv or .xlsx; %1 is neither.</source>
        <translation>Guanxi 可将列表导出为 .csv 或 .xlsx；%1 都不是。</translation>
    </message>
</context>
<context>
    <name>TaskService</name>
    <message>
        <source>A task needs a title: what is to be done.</source>
        <translation>任务需要标题：要做什么。</translation>
    </message>
    <message>
        <source>The duration must be between 0 and 24 hours.</source>
        <translation>时长须在 0 到 24 小时之间。</translation>
    </message>
    <message>
        <source>A reminder can come at most a week before.</source>
        <translation>提醒最多提前一周。</translation>
    </message>
    <message>
        <source>This time has already passed. Choose a later time, or log what happened on the customer&apos;s timeline instead.</source>
        <translation>这个时间已经过去。请选择以后的时间，或把发生的事记到客户时间线上。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (yyyy-MM-dd).</source>
        <translation>“%1”不是日期（yyyy-MM-dd）。</translation>
    </message>
    <message>
        <source>The day %1 has already passed. Choose today or a later day.</source>
        <translation>%1 已经过去。请选择今天或以后的日期。</translation>
    </message>
    <message>
        <source>A call, visit or meeting needs a day.</source>
        <translation>电话、拜访或会议需要日期。</translation>
    </message>
    <message>
        <source>This user does not exist (any more).</source>
        <translation>该用户不存在（或已删除）。</translation>
    </message>
    <message>
        <source>You may not give tasks to %1.</source>
        <translation>您不能给 %1 分配任务。</translation>
    </message>
    <message>
        <source>This task belongs to %1.</source>
        <translation>这项任务属于 %1。</translation>
    </message>
    <message>
        <source>This task no longer exists.</source>
        <translation>这项任务已不存在。</translation>
    </message>
    <message>
        <source>Someone changed this task in the meantime. Reload and try again.</source>
        <translation>其他人刚刚修改了这项任务，请刷新后重试。</translation>
    </message>
    <message>
        <source>The agenda needs a first and a last day, in that order.</source>
        <translation>日程需要开始日期和结束日期，且先后顺序正确。</translation>
    </message>
    <message>
        <source>This customer does not exist (any more).</source>
        <translation>该客户不存在（或已删除）。</translation>
    </message>
    <message>
        <source>%1 is in the public pool: claim it there.</source>
        <translation>%1 在公海中：请到公海领取。</translation>
    </message>
    <message>
        <source>%1 is already yours.</source>
        <translation>%1 已经是您的客户。</translation>
    </message>
    <message>
        <source>%1 asks you to share %2 (found by the duplicate guard)</source>
        <translation>%1 请您共享客户 %2（防撞单发现）</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>To-do</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
</context>
<context>
    <name>TeamWorkbench</name>
    <message>
        <source>The team&apos;s workbench is for managers.</source>
        <translation>团队工作台仅供经理使用。</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>WeChat message</source>
        <translation>微信消息</translation>
    </message>
    <message>
        <source>QQ message</source>
        <translation>QQ 消息</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Record change</source>
        <translation>记录变更</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>已兑现</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>TimelineService</name>
    <message>
        <source>This lead is not assigned to you.</source>
        <translation>该潜在客户未分配给您。</translation>
    </message>
    <message>
        <source>This lead has been converted; log it on the customer instead.</source>
        <translation>该潜在客户已转化；请在客户上记录。</translation>
    </message>
    <message>
        <source>Choose the customer or lead this touch point was with.</source>
        <translation>请选择这次接触的客户或潜在客户。</translation>
    </message>
    <message>
        <source>Record changes are written by the program, not logged by hand.</source>
        <translation>记录变更由程序写入，不能手工记录。</translation>
    </message>
    <message>
        <source>Write what the touch point was about or what came of it.</source>
        <translation>请写下这次接触的内容或结果。</translation>
    </message>
    <message>
        <source>The subject may have at most %1 characters.</source>
        <translation>主题最多 %1 个字符。</translation>
    </message>
    <message>
        <source>The outcome may have at most %1 characters.</source>
        <translation>结果最多 %1 个字符。</translation>
    </message>
    <message>
        <source>That time is still to come. Log touch points that happened; plan the next one as a follow-up.</source>
        <translation>这个时间还没有到。请记录已经发生的接触；下一次请作为跟进计划。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (yyyy-MM-dd).</source>
        <translation>“%1”不是日期（yyyy-MM-dd）。</translation>
    </message>
    <message>
        <source>The follow-up date %1 has already passed. Choose today or a later day.</source>
        <translation>跟进日期 %1 已经过去。请选择今天或以后的日期。</translation>
    </message>
    <message>
        <source>That contact does not work for this customer.</source>
        <translation>该联系人不在这个客户工作。</translation>
    </message>
    <message>
        <source>That timeline entry does not exist.</source>
        <translation>该跟进记录不存在。</translation>
    </message>
    <message>
        <source>Someone changed this entry in the meantime. Reload and try again.</source>
        <translation>该记录已被他人修改。请重新载入后再试。</translation>
    </message>
    <message>
        <source>Write what was promised.</source>
        <translation>请写下承诺的内容。</translation>
    </message>
    <message>
        <source>The promise may have at most %1 characters.</source>
        <translation>承诺最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Give the day the promise is due (yyyy-MM-dd).</source>
        <translation>请填写承诺的到期日（yyyy-MM-dd）。</translation>
    </message>
    <message>
        <source>The due date %1 has already passed.</source>
        <translation>到期日 %1 已经过去。</translation>
    </message>
    <message>
        <source>That commitment does not exist.</source>
        <translation>该承诺不存在。</translation>
    </message>
    <message>
        <source>Someone changed this commitment in the meantime. Reload and try again.</source>
        <translation>该承诺已被他人修改。请重新载入后再试。</translation>
    </message>
</context>
<context>
    <name>TransactionFile</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Line %1: expected customer, date (yyyymmdd), quantity and value, found &quot;%2&quot;.</source>
        <translation>第 %1 行：应为客户、日期（yyyymmdd）、数量和金额，实际为“%2”。</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a date (yyyymmdd).</source>
        <translation>第 %1 行：“%2”不是日期（yyyymmdd）。</translation>
    </message>
    <message>
        <source>Line %1: the quantity and the value must be numbers.</source>
        <translation>第 %1 行：数量和金额必须是数字。</translation>
    </message>
</context>
<context>
    <name>TransactionImport</name>
    <message>
        <source>Only managers and administrators import purchase histories.</source>
        <translation>只有经理和管理员可以导入购买记录。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code such as CNY or USD.</source>
        <translation>“%1”不是 CNY、USD 这样的货币代码。</translation>
    </message>
    <message>
        <source>The file holds no purchases.</source>
        <translation>文件中没有购买记录。</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>客户 %1</translation>
    </message>
    <message>
        <source>A purchase of %1 on %2 has a negative value; refunds are not imported.</source>
        <translation>%1 在 %2 的购买金额为负；退款不会导入。</translation>
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
        <source>Enter the user&apos;s name.</source>
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
    <message numerus="yes">
        <source>Too many wrong passwords for %1. Try again in %n second(s).</source>
        <translation>
            <numerusform>%1 的密码错误次数过多。请在 %n 秒后再试。</numerusform>
        </translation>
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
    <name>VCard</name>
    <message>
        <source>The card on line %1 has no name.</source>
        <translation>第 %1 行的名片没有姓名。</translation>
    </message>
    <message>
        <source>The file has no vCard (BEGIN:VCARD … END:VCARD).</source>
        <translation>文件中没有 vCard 名片（BEGIN:VCARD … END:VCARD）。</translation>
    </message>
</context>
<context>
    <name>WorkbenchRules</name>
    <message>
        <source>Only managers set when a customer counts as dormant.</source>
        <translation>只有经理可以设置沉睡客户的规则。</translation>
    </message>
    <message>
        <source>Days without contact must be between 1 and %1.</source>
        <translation>未联系天数须在 1 到 %1 之间。</translation>
    </message>
    <message>
        <source>Days without an order must be between 1 and %1.</source>
        <translation>未下单天数须在 1 到 %1 之间。</translation>
    </message>
</context>
<context>
    <name>WorkbenchService</name>
    <message numerus="yes">
        <source>No contact for %n day(s)</source>
        <translation>
            <numerusform>%n 天未联系</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No order for %n day(s)</source>
        <translation>
            <numerusform>%n 天未下单</numerusform>
        </translation>
    </message>
    <message>
        <source>never ordered</source>
        <translation>从未下单</translation>
    </message>
    <message>
        <source>last order %1</source>
        <translation>最近订单 %1</translation>
    </message>
    <message>
        <source>Birthday: %1</source>
        <translation>生日：%1</translation>
    </message>
    <message>
        <source>turns %1</source>
        <translation>%1 岁</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n 周年</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 approved</source>
        <translation>%1 已批准</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>审批人：%1</translation>
    </message>
    <message>
        <source>by %1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 refused</source>
        <translation>%1 被驳回</translation>
    </message>
    <message>
        <source>%1 waits for a manager</source>
        <translation>%1 等待经理审批</translation>
    </message>
    <message>
        <source>asked by %1</source>
        <translation>申请人：%1</translation>
    </message>
    <message>
        <source>asked by %1: %2</source>
        <translation>%1 申请：%2</translation>
    </message>
</context>
<context>
    <name>WriteTransaction</name>
    <message>
        <source>The change could not be saved.</source>
        <translation>这次修改未能保存。</translation>
    </message>
    <message>
        <source>A part of this change could not be saved, so none of it was.</source>
        <translation>这次修改中有一部分未能保存，因此整个修改都没有保存。</translation>
    </message>
</context>
<context>
    <name>XlsReader</name>
    <message>
        <source>This is not an Excel 97–2003 workbook (.xls), or it is damaged.</source>
        <translation>这不是 Excel 97–2003 工作簿（.xls），或文件已损坏。</translation>
    </message>
    <message>
        <source>The workbook is protected by a password; save it without one and import it again.</source>
        <translation>工作簿受密码保护；请去掉密码另存后再导入。</translation>
    </message>
    <message>
        <source>The workbook has no worksheet.</source>
        <translation>工作簿中没有工作表。</translation>
    </message>
    <message>
        <source>The workbook has no sheet &quot;%1&quot; (its sheets: %2).</source>
        <translation>工作簿中没有工作表“%1”（现有工作表：%2）。</translation>
    </message>
    <message>
        <source>The worksheet %1 cannot be read.</source>
        <translation>无法读取工作表 %1。</translation>
    </message>
    <message>
        <source>Every worksheet of the workbook is empty.</source>
        <translation>工作簿的所有工作表都是空的。</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) beyond column %1 were left out: Guanxi reads at most %1 columns.</source>
        <translation>
            <numerusform>第 %1 列之后的 %n 个单元格未导入：关系最多读取 %1 列。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>The workbook has no part %1.</source>
        <translation>工作簿缺少部件 %1。</translation>
    </message>
    <message>
        <source>The workbook is too large to import.</source>
        <translation>工作簿太大，无法导入。</translation>
    </message>
    <message>
        <source>The workbook part %1 is damaged.</source>
        <translation>工作簿部件 %1 已损坏。</translation>
    </message>
    <message>
        <source>This is not an Excel workbook (.xlsx): it is not a zip archive.</source>
        <translation>这不是 Excel 工作簿（.xlsx）：它不是 zip 压缩包。</translation>
    </message>
    <message>
        <source>This is not an Excel workbook (.xlsx): it has no worksheet.</source>
        <translation>这不是 Excel 工作簿（.xlsx）：其中没有工作表。</translation>
    </message>
    <message>
        <source>The worksheet has more rows than Excel allows.</source>
        <translation>工作表的行数超过了 Excel 的上限。</translation>
    </message>
    <message>
        <source>The worksheet has a cell with a broken reference (%1).</source>
        <translation>工作表中有单元格引用损坏（%1）。</translation>
    </message>
    <message>
        <source>The worksheet refers to a text that the workbook does not have.</source>
        <translation>工作表引用了工作簿中不存在的文本。</translation>
    </message>
    <message>
        <source>The worksheet is damaged: %1</source>
        <translation>工作表已损坏：%1</translation>
    </message>
    <message>
        <source>The first worksheet is empty.</source>
        <translation>第一个工作表是空的。</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) beyond column %1 were left out: Guanxi reads at most %1 columns.</source>
        <translation>
            <numerusform>第 %1 列之后的 %n 个单元格未读入：关系 CRM 最多读取 %1 列。</numerusform>
        </translation>
    </message>
    <message>
        <source>The workbook has no sheet &quot;%1&quot; (its sheets: %2).</source>
        <translation>工作簿中没有工作表“%1”（现有工作表：%2）。</translation>
    </message>
    <message>
        <source>Every worksheet of the workbook is empty.</source>
        <translation>工作簿的所有工作表都是空的。</translation>
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
    <name>guanxi::CalendarGridModel</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>还有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing planned. Double-click to see the day.</source>
        <translation>没有安排。双击查看当天。</translation>
    </message>
</context>
<context>
    <name>guanxi::CalendarView</name>
    <message>
        <source>The previous day, week or month</source>
        <translation>上一天、上一周或上个月</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <source>Back to today</source>
        <translation>回到今天</translation>
    </message>
    <message>
        <source>The next day, week or month</source>
        <translation>下一天、下一周或下个月</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>日(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>周(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>月(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;New appointment…</source>
        <translation>新建日程(&amp;N)…</translation>
    </message>
    <message>
        <source>A call, visit or meeting on the day shown</source>
        <translation>在所显示的日期安排电话、拜访或会议</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n min</source>
        <translation>
            <numerusform>%1，%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, done</source>
        <translation>%1，已完成</translation>
    </message>
    <message>
        <source>The appointment cannot be opened</source>
        <translation>无法打开该日程</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>新建日程</translation>
    </message>
    <message>
        <source>Planned: %1</source>
        <translation>已安排：%1</translation>
    </message>
</context>
<context>
    <name>guanxi::CareDaysTab</name>
    <message>
        <source>Every year</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一次</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>e.g. 公司成立纪念日, 结婚纪念日, 中秋</source>
        <translation>例如：公司成立纪念日、结婚纪念日、中秋</translation>
    </message>
    <message>
        <source>Add a care day</source>
        <translation>添加关怀日</translation>
    </message>
    <message>
        <source>For</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>(the company)</source>
        <translation>（公司）</translation>
    </message>
    <message>
        <source>Remove care day</source>
        <translation>删除关怀日</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from this customer&apos;s care days?</source>
        <translation>要从此客户的关怀日中删除“%1”吗？</translation>
    </message>
</context>
<context>
    <name>guanxi::ClvCalculatorWidget</name>
    <message>
        <source>Retention years (n)</source>
        <translation>保持年数 (n)</translation>
    </message>
    <message>
        <source>Acquisition cost (AC)</source>
        <translation>获客成本 (AC)</translation>
    </message>
    <message>
        <source>First purchase (F)</source>
        <translation>首次购买额 (F)</translation>
    </message>
    <message>
        <source>Yearly added revenue (R)</source>
        <translation>每年新增收入 (R)</translation>
    </message>
    <message>
        <source>Yearly service cost (S)</source>
        <translation>每年服务成本 (S)</translation>
    </message>
    <message>
        <source>Discount rate (d)</source>
        <translation>折现率 (d)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Net that year</source>
        <translation>当年净值</translation>
    </message>
    <message>
        <source>Discount factor</source>
        <translation>折现系数</translation>
    </message>
    <message>
        <source>Present value</source>
        <translation>现值</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>累计</translation>
    </message>
    <message>
        <source>Lifetime value: %1</source>
        <translation>终身价值：%1</translation>
    </message>
</context>
<context>
    <name>guanxi::ClvReportWidget</name>
    <message>
        <source>Learn from the orders up to</source>
        <translation>学习截至此日的订单</translation>
    </message>
    <message>
        <source>&amp;Fit the models</source>
        <translation>拟合模型(&amp;F)</translation>
    </message>
    <message>
        <source>BG/NBD predicts how many more purchases each customer makes and how likely they are still a customer; Gamma-Gamma how much each purchase is worth. Both learn from your own orders.</source>
        <translation>BG/NBD 预测每位客户还会购买多少次、仍是客户的概率；Gamma-Gamma 预测每次购买的金额。两者都从您自己的订单中学习。</translation>
    </message>
    <message>
        <source>The customer-value models were not fitted</source>
        <translation>客户价值模型未能拟合</translation>
    </message>
    <message numerus="yes">
        <source>Fitted to %n customer(s); the customer cards show their value now.</source>
        <translation>
            <numerusform>已用 %n 位客户拟合；客户卡片现在会显示其价值。</numerusform>
        </translation>
    </message>
    <message>
        <source>Fitting the customer-value models…</source>
        <translation>正在拟合客户价值模型…</translation>
    </message>
</context>
<context>
    <name>guanxi::ContactDialog</name>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Personal profile</source>
        <translation>个人档案</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>任职经历</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>新建联系人</translation>
    </message>
    <message>
        <source>e.g. 张三丰</source>
        <translation>例如 张三丰</translation>
    </message>
    <message>
        <source>e.g. 采购经理</source>
        <translation>例如 采购经理</translation>
    </message>
    <message>
        <source>several: separate with ;</source>
        <translation>多个时用 ; 分隔</translation>
    </message>
    <message>
        <source>e.g. 138 0013 8000 (%1)</source>
        <translation>例如 138 0013 8000（%1）</translation>
    </message>
    <message>
        <source>e.g. 0571-8888 6666 (%1)</source>
        <translation>例如 0571-8888 6666（%1）</translation>
    </message>
    <message>
        <source>name@example.com (%1)</source>
        <translation>name@example.com（%1）</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>姓名(&amp;N) *</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>职位(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>层级(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Department role</source>
        <translation>部门角色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Mobile</source>
        <translation>手机(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>邮箱(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;WeChat</source>
        <translation>微信(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;QQ</source>
        <translation>QQ(&amp;Q)</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>e.g. 1985-03-21, or 03-21 without the year</source>
        <translation>例如 1985-03-21，不知道年份时填 03-21</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>&amp;Birthday</source>
        <translation>生日(&amp;B)</translation>
    </message>
    <message>
        <source>Hometown</source>
        <translation>籍贯</translation>
    </message>
    <message>
        <source>University</source>
        <translation>毕业院校</translation>
    </message>
    <message>
        <source>Sports</source>
        <translation>运动爱好</translation>
    </message>
    <message>
        <source>Favourite food</source>
        <translation>喜欢的美食</translation>
    </message>
    <message>
        <source>Pets</source>
        <translation>宠物</translation>
    </message>
    <message>
        <source>Books</source>
        <translation>爱读的书</translation>
    </message>
    <message>
        <source>Last holiday</source>
        <translation>上次假期</translation>
    </message>
    <message>
        <source>Next holiday</source>
        <translation>下次假期</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>止</translation>
    </message>
    <message>
        <source>now</source>
        <translation>至今</translation>
    </message>
    <message>
        <source>The contact was not saved</source>
        <translation>联系人未保存</translation>
    </message>
    <message>
        <source>C&amp;hanges</source>
        <translation>修改记录(&amp;H)</translation>
    </message>
    <message>
        <source>The value was not put back</source>
        <translation>未能恢复该值</translation>
    </message>
</context>
<context>
    <name>guanxi::ContactsTab</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>&amp;Add contact…</source>
        <translation>添加联系人(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>移除联系人</translation>
    </message>
    <message>
        <source>Remove %1 from this customer&apos;s contacts?</source>
        <translation>将 %1 从该客户的联系人中移除？</translation>
    </message>
    <message>
        <source>The contact was not removed</source>
        <translation>联系人未移除</translation>
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
        <source>The customer was not saved</source>
        <translation>客户未保存</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>基本资料(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Background</source>
        <translation>客户背景(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>联系人(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>跟进记录(&amp;T)</translation>
    </message>
    <message>
        <source>e.g. 瑞丰</source>
        <translation>例如 瑞丰</translation>
    </message>
    <message>
        <source>e.g. www.example.com.cn</source>
        <translation>例如 www.example.com.cn</translation>
    </message>
    <message>
        <source>e.g. 展会, 老客户介绍, 官网</source>
        <translation>例如 展会、老客户介绍、官网</translation>
    </message>
    <message>
        <source>comma-separated, e.g. 重点, 华东</source>
        <translation>用逗号分隔，例如 重点, 华东</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Value type</source>
        <translation>价值类型</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织结构</translation>
    </message>
    <message>
        <source>Business and industry</source>
        <translation>经营与行业状况</translation>
    </message>
    <message>
        <source>Purchasing department</source>
        <translation>采购部门</translation>
    </message>
    <message>
        <source>Support department</source>
        <translation>支持部门</translation>
    </message>
    <message>
        <source>Using department</source>
        <translation>使用部门</translation>
    </message>
    <message>
        <source>Similar products in use</source>
        <translation>已在使用的同类产品</translation>
    </message>
    <message>
        <source>This customer may already exist</source>
        <translation>该客户可能已经存在</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <source>Don&apos;t save</source>
        <translation>不保存</translation>
    </message>
    <message>
        <source>This customer is in the public pool: you can look, and work on it once it is assigned to you.</source>
        <translation>该客户在公海中：您可以查看，分配给您之后才能跟进。</translation>
    </message>
    <message>
        <source>Co&amp;mpetitors</source>
        <translation>竞争对手(&amp;M)</translation>
    </message>
    <message>
        <source>Pro&amp;jects</source>
        <translation>项目(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Relations</source>
        <translation>上下游(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>附件(&amp;F)</translation>
    </message>
    <message>
        <source>Guanxi itself (the public pool&apos;s rules)</source>
        <translation>系统（公海规则）</translation>
    </message>
    <message>
        <source>&amp;Deals</source>
        <translation>销售(&amp;D)</translation>
    </message>
    <message>
        <source>C&amp;are days</source>
        <translation>客户关怀(&amp;A)</translation>
    </message>
    <message>
        <source>%1 is editing this customer. If you both change the same field, Guanxi will ask which value to keep.</source>
        <translation>%1 正在编辑此客户。如果你们都修改了同一个字段，关系 CRM 会询问保留哪个值。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>历史（&amp;Y）</translation>
    </message>
    <message>
        <source>The value was not put back</source>
        <translation>未能恢复该值</translation>
    </message>
    <message>
        <source>As the program (%1)</source>
        <translation>与程序相同（%1）</translation>
    </message>
    <message>
        <source>Quotes, contracts and delivery notes for this customer are printed in this language.</source>
        <translation>此客户的报价单、合同和出货单用这种语言打印。</translation>
    </message>
    <message>
        <source>Documents in</source>
        <translation>单据语言</translation>
    </message>
    <message>
        <source>The duplicate guard found the same customer:

%1</source>
        <translation>防撞单发现了相同的客户：

%1</translation>
    </message>
    <message>
        <source>Your company&apos;s rules do not let salespeople save a customer that already exists. Work with the existing record, or ask its owner to share it.</source>
        <translation>公司规定销售人员不能保存已存在的客户。请使用已有记录，或请负责人共享给您。</translation>
    </message>
    <message>
        <source>Salespeople may not save it; as a manager you may, and that is recorded in the audit log.</source>
        <translation>销售人员不能保存；您作为经理可以保存，此操作会记入审计日志。</translation>
    </message>
    <message>
        <source>&amp;Open the existing record</source>
        <translation>打开已有记录(&amp;O)</translation>
    </message>
    <message>
        <source>As&amp;k %1 to share it</source>
        <translation>请%1共享(&amp;K)</translation>
    </message>
    <message>
        <source>Save anyway (recorded)</source>
        <translation>仍然保存（记入日志）</translation>
    </message>
    <message>
        <source>%1 was about to save %2 as a new customer.</source>
        <translation>%1 正要将 %2 保存为新客户。</translation>
    </message>
    <message>
        <source>Nobody was asked</source>
        <translation>未能发出请求</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>已发出请求</translation>
    </message>
    <message>
        <source>%1 has a to-do for today: share the customer with you. Nothing was saved.</source>
        <translation>%1 今天多了一项待办：把该客户共享给您。未保存任何内容。</translation>
    </message>
</context>
<context>
    <name>guanxi::CustomerDealsTab</name>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Stage or state</source>
        <translation>阶段或状态</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>销售人员</translation>
    </message>
    <message>
        <source>New &amp;opportunity…</source>
        <translation>新建销售机会(&amp;O)…</translation>
    </message>
    <message>
        <source>New &amp;quote…</source>
        <translation>新建报价(&amp;Q)…</translation>
    </message>
    <message>
        <source>Opportunities (%1)</source>
        <translation>销售机会（%1）</translation>
    </message>
    <message>
        <source>Quotes (%1)</source>
        <translation>报价单（%1）</translation>
    </message>
    <message>
        <source>Orders (%1)</source>
        <translation>订单（%1）</translation>
    </message>
</context>
<context>
    <name>guanxi::CustomerDetailsTab</name>
    <message>
        <source>Competitor</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <source>Product in use</source>
        <translation>在用产品</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Their sales rep</source>
        <translation>对方销售</translation>
    </message>
    <message>
        <source>Rep&apos;s relationship</source>
        <translation>与客户的关系</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Problem to solve</source>
        <translation>要解决的问题</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间表</translation>
    </message>
    <message>
        <source>Decision makers and influencers</source>
        <translation>决策者与影响者</translation>
    </message>
    <message>
        <source>Purchasing process</source>
        <translation>采购流程</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>&amp;Attach file…</source>
        <translation>添加附件(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>另存为(&amp;S)…</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>decides</source>
        <translation>决策</translation>
    </message>
    <message>
        <source>influences</source>
        <translation>影响</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>The file was not attached</source>
        <translation>文件未添加</translation>
    </message>
    <message>
        <source>Competitor at this customer</source>
        <translation>该客户处的竞争对手</translation>
    </message>
    <message>
        <source>Competitor *</source>
        <translation>竞争对手 *</translation>
    </message>
    <message>
        <source>Customer&apos;s satisfaction (1–5)</source>
        <translation>客户满意度（1–5）</translation>
    </message>
    <message>
        <source>Rep&apos;s relationship with the customer</source>
        <translation>对方销售与客户的关系</translation>
    </message>
    <message>
        <source>Project or purchase plan</source>
        <translation>项目或采购计划</translation>
    </message>
    <message>
        <source>Project *</source>
        <translation>项目 *</translation>
    </message>
    <message>
        <source>Purchase plan</source>
        <translation>采购计划</translation>
    </message>
    <message>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <source>Decision makers (ticked)</source>
        <translation>决策者（勾选）</translation>
    </message>
    <message>
        <source>Link to another customer</source>
        <translation>关联其他客户</translation>
    </message>
    <message>
        <source>This customer is %1 …</source>
        <translation>本客户%1……</translation>
    </message>
    <message>
        <source>Other customer (name or pinyin)</source>
        <translation>另一个客户（名称或拼音）</translation>
    </message>
    <message>
        <source>No link was made</source>
        <translation>未建立关联</translation>
    </message>
    <message>
        <source>No customer matches &quot;%1&quot;.</source>
        <translation>没有与“%1”匹配的客户。</translation>
    </message>
    <message>
        <source>Nothing was added</source>
        <translation>未添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;?</source>
        <translation>移除“%1”？</translation>
    </message>
    <message>
        <source>Nothing was removed</source>
        <translation>未移除</translation>
    </message>
    <message>
        <source>Save the attached file</source>
        <translation>保存附件</translation>
    </message>
    <message>
        <source>The file was not saved</source>
        <translation>文件未保存</translation>
    </message>
    <message>
        <source>Which customer?</source>
        <translation>哪一个客户？</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>修改未保存</translation>
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
    <name>guanxi::CustomerPicker</name>
    <message>
        <source>Type a name, pinyin or phone number</source>
        <translation>输入名称、拼音或电话号码</translation>
    </message>
    <message>
        <source>%1 (via %2)</source>
        <translation>%1（经由 %2）</translation>
    </message>
</context>
<context>
    <name>guanxi::CustomerValueBox</name>
    <message>
        <source>Customer value</source>
        <translation>客户价值</translation>
    </message>
    <message>
        <source>Known once the customer has bought.</source>
        <translation>客户购买后即可得知。</translation>
    </message>
    <message>
        <source>(Report center → Customer lifetime value fits the models.)</source>
        <translation>（在 报表中心 → 客户终身价值 中拟合模型。）</translation>
    </message>
    <message>
        <source>Probability still active: %1 %   ·   purchases expected in the next 52 weeks: %2   ·   worth per purchase: %3   ·   lifetime value (52 weeks): %4
By the models fitted to the orders up to %5.</source>
        <translation>仍活跃概率：%1%   ·   未来 52 周预期购买：%2 次   ·   每次购买价值：%3   ·   终身价值（52 周）：%4
依据截至 %5 的订单拟合的模型。</translation>
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
        <source>Everyone&apos;s</source>
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
        <translation>
            <numerusform>%n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete customers</source>
        <translation>删除客户</translation>
    </message>
    <message numerus="yes">
        <source>Move %n customer(s) to the recycle bin?</source>
        <translation>
            <numerusform>将 %n 个客户移到回收站？</numerusform>
        </translation>
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
        <translation>
            <numerusform>已将 %n 个客户移到回收站。按 Ctrl+Z 撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>The new customer was saved; the current filters hide it.</source>
        <translation>新客户已保存；当前筛选条件下不显示。</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>导出客户</translation>
    </message>
    <message>
        <source>/customers.xlsx</source>
        <translation>/客户.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting customers</source>
        <translation>正在导出客户</translation>
    </message>
    <message>
        <source>The list was not exported</source>
        <translation>列表未导出</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n customer(s) to %1.</source>
        <translation>
            <numerusform>已导出 %n 个客户到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;laim</source>
        <translation>领取(&amp;L)</translation>
    </message>
    <message>
        <source>Take the selected customer from the public pool (公海)</source>
        <translation>从公海领取所选客户</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>合并(&amp;M)…</translation>
    </message>
    <message>
        <source>Join two selected records of the same customer</source>
        <translation>合并同一客户的两条记录</translation>
    </message>
    <message>
        <source>The customer was not claimed</source>
        <translation>客户未领取</translation>
    </message>
    <message>
        <source>%1 is now yours.</source>
        <translation>%1 现在归您跟进。</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Select the two records of the same customer (Ctrl+click), then Merge.</source>
        <translation>请选择同一客户的两条记录（按住 Ctrl 点击），再点“合并”。</translation>
    </message>
    <message>
        <source>Merged into %1.</source>
        <translation>已合并到 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) went back to the public pool: their follow-up was overdue.</source>
        <translation>
            <numerusform>%n 个客户因逾期未跟进已退回公海。</numerusform>
        </translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>Any last contact</source>
        <translation>最近联系不限</translation>
    </message>
    <message>
        <source>Not contacted for %1 days</source>
        <translation>%1 天未联系</translation>
    </message>
    <message>
        <source>Save as &amp;list…</source>
        <translation>存为列表(&amp;L)…</translation>
    </message>
    <message>
        <source>Save these filters as a smart list (智能列表)</source>
        <translation>将当前筛选条件存为智能列表</translation>
    </message>
    <message>
        <source>Smart lists:</source>
        <translation>智能列表：</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <source>(choose a list)</source>
        <translation>（选择列表）</translation>
    </message>
    <message>
        <source>Showing the smart list &quot;%1&quot;.</source>
        <translation>正在显示智能列表“%1”。</translation>
    </message>
    <message>
        <source>Save as smart list</source>
        <translation>存为智能列表</translation>
    </message>
    <message>
        <source>Name of the list, e.g. 华东重点客户:</source>
        <translation>列表名称，例如 华东重点客户：</translation>
    </message>
    <message>
        <source>The list was not saved</source>
        <translation>列表未保存</translation>
    </message>
    <message>
        <source>Saved the smart list &quot;%1&quot;.</source>
        <translation>已保存智能列表“%1”。</translation>
    </message>
</context>
<context>
    <name>guanxi::DeliveryDialog</name>
    <message>
        <source>Deliver — order %1</source>
        <translation>出货 — 订单 %1</translation>
    </message>
    <message>
        <source>How much of each line leaves now? What is left stays on the order for a later delivery.</source>
        <translation>本次每行出货多少？其余的留在订单上以后出货。</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>订货数量</translation>
    </message>
    <message>
        <source>Still to deliver</source>
        <translation>待出货</translation>
    </message>
    <message>
        <source>Deliver now</source>
        <translation>本次出货</translation>
    </message>
    <message>
        <source>&amp;Delivered on</source>
        <translation>出货日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a quantity.</source>
        <translation>第 %1 行：“%2”不是数量。</translation>
    </message>
    <message>
        <source>Nothing was delivered</source>
        <translation>未出货</translation>
    </message>
</context>
<context>
    <name>guanxi::FieldConflictDialog</name>
    <message>
        <source>Changed by %1 at the same time</source>
        <translation>%1 同时修改了此记录</translation>
    </message>
    <message>
        <source>%1 saved this record while you were editing it and changed some of the same fields. Choose for each field which value to keep; nothing is saved until you do.</source>
        <translation>在你编辑期间，%1 保存了此记录，并修改了部分相同的字段。请为每个字段选择要保留的值；在你选择之前不会保存任何内容。</translation>
    </message>
    <message>
        <source>Kept from %1 without asking (you had not changed them): %2.</source>
        <translation>以下字段直接采用了 %1 的修改（你没有改动它们）：%2。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>%1&apos;s</source>
        <translation>%1 的</translation>
    </message>
    <message>
        <source>Before both</source>
        <translation>修改前</translation>
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
    <name>guanxi::ForecastModel</name>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Weighted forecast</source>
        <translation>加权预测</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>在途金额</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
</context>
<context>
    <name>guanxi::FunnelCharts</name>
    <message>
        <source>Bar width by:</source>
        <translation>条宽依据：</translation>
    </message>
    <message>
        <source>Sales funnel</source>
        <translation>销售漏斗</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>机会数</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Forecast by month</source>
        <translation>按月预测</translation>
    </message>
    <message>
        <source>deals that got this far</source>
        <translation>到达该阶段的机会数</translation>
    </message>
    <message>
        <source>amount now in the stage</source>
        <translation>该阶段现有金额</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Forecast by month, %1 to %2</source>
        <translation>按月预测，%1 至 %2</translation>
    </message>
</context>
<context>
    <name>guanxi::FunnelPage</name>
    <message>
        <source>All dates</source>
        <translation>全部日期</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>上季度</translation>
    </message>
    <message>
        <source>Next quarter</source>
        <translation>下季度</translation>
    </message>
    <message>
        <source>Deals whose close date falls in the period: the day won or lost, or the expected date while open</source>
        <translation>成交日期落在期间内的机会：已赢单或输单的按结束日期，进行中的按预计成交日期</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <source>Closing:</source>
        <translation>成交期间：</translation>
    </message>
    <message>
        <source>&amp;New opportunity…</source>
        <translation>新建销售机会(&amp;N)…</translation>
    </message>
    <message>
        <source>S&amp;tages…</source>
        <translation>阶段(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Quotas…</source>
        <translation>定额(&amp;Q)…</translation>
    </message>
    <message>
        <source>Drag a card to another stage, or use its context menu. Double-click opens it.</source>
        <translation>把卡片拖到其他阶段，或使用右键菜单。双击打开。</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>看板(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Funnel and forecast</source>
        <translation>漏斗与预测(&amp;F)</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Everyone in my department</source>
        <translation>本部门所有人</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>所有部门</translation>
    </message>
    <message>
        <source>The funnel cannot be shown</source>
        <translation>无法显示销售漏斗</translation>
    </message>
    <message>
        <source>The board shows the first %1 deals; narrow the filters to see the rest.</source>
        <translation>看板只显示前 %1 个机会；请缩小筛选范围查看其余的。</translation>
    </message>
    <message numerus="yes">
        <source>Weighted forecast of open deals: %1 · Won: %2 (%n deal(s)) · Win rate of decided deals: %3 %</source>
        <translation>
            <numerusform>进行中机会的加权预测：%1 · 赢单：%2（%n 个）· 已结束机会的赢单率：%3 %</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) in other currencies are on the board but not in these figures.</source>
        <translation>
            <numerusform>有 %n 个其他币种的机会显示在看板上，但未计入这些数字。</numerusform>
        </translation>
    </message>
    <message>
        <source>Quota attainment, %1</source>
        <translation>定额完成情况，%1</translation>
    </message>
    <message>
        <source>The opportunity was added.</source>
        <translation>销售机会已添加。</translation>
    </message>
    <message>
        <source>The opportunity was not moved</source>
        <translation>销售机会未移动</translation>
    </message>
    <message>
        <source>%1 moved to %2.</source>
        <translation>%1 已移到 %2。</translation>
    </message>
    <message>
        <source>Won and lost: the last %1 days; choose a period for earlier ones.</source>
        <translation>赢单与输单：只显示最近 %1 天的；更早的请选择期间。</translation>
    </message>
</context>
<context>
    <name>guanxi::FunnelStageModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>机会数</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>金额（%1）</translation>
    </message>
    <message>
        <source>Weighted (%1)</source>
        <translation>加权（%1）</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>到达数</translation>
    </message>
    <message>
        <source>On to the next stage</source>
        <translation>进入下一阶段</translation>
    </message>
</context>
<context>
    <name>guanxi::GlobalSearch</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <source>public pool</source>
        <translation>公海</translation>
    </message>
</context>
<context>
    <name>guanxi::ImportDialog</name>
    <message>
        <source>Import customers</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>导入联系人</translation>
    </message>
    <message>
        <source>Import leads</source>
        <translation>导入潜在客户</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>Which field does each column hold?</source>
        <translation>每一列对应哪个字段？</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>示例值</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>When a row is already in the database:</source>
        <translation>遇到数据库中已有的记录时：</translation>
    </message>
    <message>
        <source>Skip the row</source>
        <translation>跳过该行</translation>
    </message>
    <message>
        <source>Update the existing record</source>
        <translation>更新现有记录</translation>
    </message>
    <message>
        <source>Create it anyway</source>
        <translation>仍然新建</translation>
    </message>
    <message>
        <source>Keep owner and dates from the file</source>
        <translation>沿用文件中的负责人和日期</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>检查(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation>保存被拒绝的行(&amp;S)…</translation>
    </message>
    <message>
        <source>Import from</source>
        <translation>从文件导入</translation>
    </message>
    <message>
        <source>The file cannot be imported</source>
        <translation>无法导入该文件</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, %n row(s)</source>
        <translation>
            <numerusform>%1 — %2，%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation>正在检查文件</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>未导入任何数据</translation>
    </message>
    <message>
        <source>The file was not checked</source>
        <translation>文件未检查</translation>
    </message>
    <message>
        <source>%1 rows: %2 new, %3 updated, %4 skipped as duplicates, %5 rejected; %6 contacts.</source>
        <translation>%1 行：新建 %2，更新 %3，作为重复跳过 %4，拒绝 %5；联系人 %6。</translation>
    </message>
    <message>
        <source>Imported. %1</source>
        <translation>已导入。%1</translation>
    </message>
    <message>
        <source>Checked, nothing written yet. %1 Press Import to write it.</source>
        <translation>已检查，尚未写入。%1 按“导入”写入数据。</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>Save the rejected rows</source>
        <translation>保存被拒绝的行</translation>
    </message>
    <message>
        <source>/rejected rows.csv</source>
        <translation>/被拒绝的行.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>The file was not saved</source>
        <translation>文件未保存</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) could not be read: each record keeps them in its notes (below).</source>
        <translation>
            <numerusform>有 %n 个值无法识别：各记录的备注中保留了原值（见下）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked, kept in the notes: %1</source>
        <translation>未核实，已记入备注：%1</translation>
    </message>
    <message>
        <source>Encoding: detected</source>
        <translation>编码：自动检测</translation>
    </message>
    <message>
        <source>How the CSV file&apos;s text is written; read it again in another encoding</source>
        <translation>CSV 文件文字的编码；可换一种编码重新读取</translation>
    </message>
    <message>
        <source>A .csv, .xlsx, .xls or .vcf file, for example exported from another CRM, Excel, Outlook or Google Contacts.</source>
        <translation>一个 .csv、.xlsx、.xls 或 .vcf 文件，例如从其他 CRM、Excel、Outlook 或 Google 通讯录导出的文件。</translation>
    </message>
    <message>
        <source>The worksheet to import</source>
        <translation>要导入的工作表</translation>
    </message>
    <message>
        <source>Files Guanxi imports (*.csv *.txt *.xlsx *.xls *.vcf);;All files (*)</source>
        <translation>关系可导入的文件 (*.csv *.txt *.xlsx *.xls *.vcf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>Kept in the notes under their column&apos;s name: %1.</source>
        <translation>已按列名保存到备注：%1。</translation>
    </message>
</context>
<context>
    <name>guanxi::LeadDialog</name>
    <message>
        <source>&amp;Person</source>
        <translation>联系人(&amp;P)</translation>
    </message>
    <message>
        <source>e.g. 王红</source>
        <translation>例如 王红</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>公司(&amp;C)</translation>
    </message>
    <message>
        <source>e.g. 红星机械有限公司</source>
        <translation>例如 红星机械有限公司</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>电话(&amp;H)</translation>
    </message>
    <message>
        <source>e.g. 137 0000 1111</source>
        <translation>例如 137 0000 1111</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
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
        <source>&amp;Source</source>
        <translation>来源(&amp;S)</translation>
    </message>
    <message>
        <source>e.g. 展会, 官网咨询, 老客户介绍</source>
        <translation>例如 展会、官网咨询、老客户介绍</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>跟进记录(&amp;T)</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>新建潜在客户</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>历史(&amp;Y)</translation>
    </message>
    <message>
        <source>The value was not put back</source>
        <translation>未能恢复该值</translation>
    </message>
</context>
<context>
    <name>guanxi::LeadListModel</name>
    <message>
        <source>(not assigned)</source>
        <translation>（未分配）</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最后联系</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>录入日期</translation>
    </message>
</context>
<context>
    <name>guanxi::LeadsPage</name>
    <message>
        <source>Open leads</source>
        <translation>未结束的潜在客户</translation>
    </message>
    <message>
        <source>Everyone&apos;s I can see</source>
        <translation>我能看到的全部</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>&amp;New lead…</source>
        <translation>新建潜在客户(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Qualify</source>
        <translation>确认合格(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Disqualify…</source>
        <translation>判定无效(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>分配(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Convert to customer…</source>
        <translation>转化为客户(&amp;C)…</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n 条潜在客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Lead saved.</source>
        <translation>潜在客户已保存。</translation>
    </message>
    <message>
        <source>Disqualify lead</source>
        <translation>判定潜在客户无效</translation>
    </message>
    <message>
        <source>Why is this lead not worth pursuing?</source>
        <translation>为什么不值得跟进这个潜在客户？</translation>
    </message>
    <message>
        <source>The lead was not changed</source>
        <translation>潜在客户未修改</translation>
    </message>
    <message>
        <source>Assign lead</source>
        <translation>分配潜在客户</translation>
    </message>
    <message>
        <source>Give this lead to:</source>
        <translation>分配给：</translation>
    </message>
    <message>
        <source>The lead was not assigned</source>
        <translation>潜在客户未分配</translation>
    </message>
    <message>
        <source>Convert lead</source>
        <translation>转化潜在客户</translation>
    </message>
    <message>
        <source>Converting %1 makes a customer, a contact and an opportunity.
Expected amount of the opportunity (yuan, 0 if not known yet):</source>
        <translation>转化 %1 将生成一个客户、一个联系人和一个销售机会。
销售机会的预计金额（元，尚不清楚可填 0）：</translation>
    </message>
    <message>
        <source>This customer already exists</source>
        <translation>该客户已经存在</translation>
    </message>
    <message>
        <source>Add to the existing customer</source>
        <translation>添加到现有客户</translation>
    </message>
    <message>
        <source>Create a new customer anyway</source>
        <translation>仍然新建客户</translation>
    </message>
    <message>
        <source>The lead was not converted</source>
        <translation>潜在客户未转化</translation>
    </message>
    <message>
        <source>%1 is now a customer.</source>
        <translation>%1 已成为客户。</translation>
    </message>
    <message>
        <source>All leads</source>
        <translation>全部线索</translation>
    </message>
</context>
<context>
    <name>guanxi::LetterheadGroup</name>
    <message>
        <source>Letterhead and print templates</source>
        <translation>信头与打印模板</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Tax number (税号)</source>
        <translation>税号</translation>
    </message>
    <message>
        <source>Bank and account</source>
        <translation>开户行及账号</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>选择标志…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>无标志</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>标志</translation>
    </message>
    <message>
        <source>Save the letterhead</source>
        <translation>保存信头</translation>
    </message>
    <message>
        <source>Edit print &amp;templates…</source>
        <translation>编辑打印模板(&amp;T)…</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The letterhead was not saved</source>
        <translation>信头未保存</translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation>信头</translation>
    </message>
    <message>
        <source>Printed documents now carry this letterhead.</source>
        <translation>打印的单据今后将使用此信头。</translation>
    </message>
</context>
<context>
    <name>guanxi::LogCallDialog</name>
    <message>
        <source>Next follow-up on</source>
        <translation>下次跟进日期</translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation>记录通话</translation>
    </message>
    <message>
        <source>Name, pinyin initials, phone or a contact&apos;s name</source>
        <translation>名称、拼音首字母、电话或联系人姓名</translation>
    </message>
    <message>
        <source>(nobody in particular)</source>
        <translation>（未指定）</translation>
    </message>
    <message>
        <source>What it was about, e.g. 报价跟进</source>
        <translation>关于什么，例如：报价跟进</translation>
    </message>
    <message>
        <source>What came of it</source>
        <translation>结果如何</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>With</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>主题(&amp;S)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Choose the customer: type part of its name and pick it from the list.</source>
        <translation>请选择客户：输入名称的一部分，再从列表中选取。</translation>
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
        <source>Sync: not set up</source>
        <translation>同步：未设置</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <source>Search customers, contacts, leads: name, pinyin, phone (Ctrl+K)</source>
        <translation>搜索客户、联系人、潜在客户：名称、拼音、电话（Ctrl+K）</translation>
    </message>
    <message>
        <source>New &amp;lead…</source>
        <translation>新建潜在客户(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Import finished: %1 new, %2 updated.</source>
        <translation>导入完成：新建 %1，更新 %2。</translation>
    </message>
    <message>
        <source>&amp;Customers…</source>
        <translation>客户(&amp;C)…</translation>
    </message>
    <message>
        <source>C&amp;ontacts…</source>
        <translation>联系人(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Leads…</source>
        <translation>潜在客户(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Customers in the list…</source>
        <translation>列表中的客户(&amp;C)…</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>导出联系人</translation>
    </message>
    <message>
        <source>/contacts.xlsx</source>
        <translation>/联系人.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv);;vCard (*.vcf)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv);;vCard (*.vcf)</translation>
    </message>
    <message>
        <source>The contacts were not exported</source>
        <translation>联系人未导出</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s).</source>
        <translation>
            <numerusform>已导出 %n 个联系人。</numerusform>
        </translation>
    </message>
    <message>
        <source>Showroom</source>
        <translation>展厅</translation>
    </message>
    <message>
        <source>Sales funnel</source>
        <translation>销售漏斗</translation>
    </message>
    <message>
        <source>Quotes and orders</source>
        <translation>报价与订单</translation>
    </message>
    <message>
        <source>Workbench</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>New &amp;task…</source>
        <translation>新建任务(&amp;T)…</translation>
    </message>
    <message>
        <source>Log a &amp;call…</source>
        <translation>记录通话(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Reminders…</source>
        <translation>提醒(&amp;R)…</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>The reminders due now (Ctrl+Shift+R)</source>
        <translation>现在到期的提醒（Ctrl+Shift+R）</translation>
    </message>
    <message>
        <source>Reminders: %1</source>
        <translation>提醒：%1</translation>
    </message>
    <message>
        <source>Report center</source>
        <translation>报表中心</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>只读：%1</translation>
    </message>
    <message>
        <source>Shared with colleagues (rollback journal)</source>
        <translation>与同事共享（回滚日志）</translation>
    </message>
    <message>
        <source>For this computer only (WAL)</source>
        <translation>仅供本机使用（WAL）</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <source>A check of the database file after opening found damage. Work saved from now on may be lost. Restore the last snapshot (the state of the day it was taken), or close Guanxi and ask whoever looks after the file.</source>
        <translation>打开后对数据库文件的检查发现了损坏。从现在起保存的工作可能会丢失。请恢复最近的快照（即拍摄当天的状态），或关闭关系 CRM 并联系负责此文件的人。</translation>
    </message>
    <message>
        <source>&amp;Restore a snapshot…</source>
        <translation>恢复快照（&amp;R）…</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍后（&amp;L）</translation>
    </message>
    <message>
        <source>Sign &amp;out / switch user…</source>
        <translation>注销 / 切换用户(&amp;O)…</translation>
    </message>
    <message>
        <source>Close this window and sign in again, as yourself or a colleague</source>
        <translation>关闭此窗口并重新登录（本人或同事）</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>日历(&amp;C)</translation>
    </message>
    <message>
        <source>Quotes waiting for your price approval: open the workbench</source>
        <translation>等待您审批价格的报价单：打开工作台</translation>
    </message>
    <message>
        <source>Approvals waiting: %1</source>
        <translation>待审批：%1</translation>
    </message>
</context>
<context>
    <name>guanxi::MergeCustomersDialog</name>
    <message>
        <source>Merge two customers</source>
        <translation>合并两个客户</translation>
    </message>
    <message>
        <source>Pick the value to keep in each row. The contacts, timeline, commitments, opportunities and orders of both records end up on the one that is kept; the other goes to the recycle bin.</source>
        <translation>请在每一行选择要保留的值。两条记录的联系人、跟进记录、承诺、销售机会和订单都会归到保留的记录上；另一条移入回收站。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Keep the record of:</source>
        <translation>保留这条记录：</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <source>The customers were not merged</source>
        <translation>客户未合并</translation>
    </message>
</context>
<context>
    <name>guanxi::OpportunityBoard</name>
    <message>
        <source>%1 (%2)
%3</source>
        <translation>%1（%2）
%3</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>移到(&amp;M)</translation>
    </message>
</context>
<context>
    <name>guanxi::OpportunityCardsModel</name>
    <message>
        <source>%1 — %2
%3, %4 %</source>
        <translation>%1 — %2
%3，%4 %</translation>
    </message>
</context>
<context>
    <name>guanxi::OpportunityDialog</name>
    <message>
        <source>C&amp;ustomer</source>
        <translation>客户(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>e.g. 机房改造一期</source>
        <translation>例如：机房改造一期</translation>
    </message>
    <message>
        <source>e.g. 120,000.00</source>
        <translation>例如：120,000.00</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>金额(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>阶段(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Probability</source>
        <translation>赢单概率(&amp;P)</translation>
    </message>
    <message>
        <source>not yet known</source>
        <translation>尚未确定</translation>
    </message>
    <message>
        <source>E&amp;xpected close</source>
        <translation>预计成交(&amp;X)</translation>
    </message>
    <message>
        <source>O&amp;wner</source>
        <translation>负责人(&amp;W)</translation>
    </message>
    <message>
        <source>Sou&amp;rce</source>
        <translation>来源(&amp;R)</translation>
    </message>
    <message>
        <source>e.g. 展会, 老客户介绍</source>
        <translation>例如：展会、老客户介绍</translation>
    </message>
    <message>
        <source>Co&amp;mpetitors</source>
        <translation>竞争对手(&amp;M)</translation>
    </message>
    <message>
        <source>who else is bidding</source>
        <translation>还有谁在竞标</translation>
    </message>
    <message>
        <source>&amp;Decision makers</source>
        <translation>决策人(&amp;D)</translation>
    </message>
    <message>
        <source>Ne&amp;xt step</source>
        <translation>下一步(&amp;X)</translation>
    </message>
    <message>
        <source>e.g. 周五前发方案</source>
        <translation>例如：周五前发方案</translation>
    </message>
    <message>
        <source>Why &amp;won or lost</source>
        <translation>赢单/输单原因(&amp;W)</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>备注(&amp;T)</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>阶段历史</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>新建销售机会</translation>
    </message>
    <message>
        <source>Opportunity: %1</source>
        <translation>销售机会：%1</translation>
    </message>
    <message>
        <source>%1  %2 (%3)</source>
        <translation>%1  %2（%3）</translation>
    </message>
    <message>
        <source>Choose the customer of the opportunity.</source>
        <translation>请选择销售机会所属的客户。</translation>
    </message>
    <message>
        <source>Choose the customer from the offers as you type.</source>
        <translation>请在输入时从候选列表中选择客户。</translation>
    </message>
    <message>
        <source>The opportunity was not saved</source>
        <translation>销售机会未保存</translation>
    </message>
    <message>
        <source>C&amp;hanges…</source>
        <translation>修改记录(&amp;H)…</translation>
    </message>
</context>
<context>
    <name>guanxi::OrderDialog</name>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>订货数量</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已出货</translation>
    </message>
    <message>
        <source>Still to deliver</source>
        <translation>待出货</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Delivery notes</source>
        <translation>出货单</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>应收款</translation>
    </message>
    <message>
        <source>For</source>
        <translation>款项</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已收</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>未收</translation>
    </message>
    <message>
        <source>&amp;Deliver…</source>
        <translation>出货(&amp;D)…</translation>
    </message>
    <message>
        <source>Record &amp;payment…</source>
        <translation>登记收款(&amp;P)…</translation>
    </message>
    <message>
        <source>Print &amp;contract…</source>
        <translation>打印合同(&amp;C)…</translation>
    </message>
    <message>
        <source>Contract P&amp;DF…</source>
        <translation>合同 P&amp;DF…</translation>
    </message>
    <message>
        <source>Print delivery &amp;note…</source>
        <translation>打印出货单(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Warehouse copy…</source>
        <translation>仓库联(&amp;W)…</translation>
    </message>
    <message>
        <source>Delivery note PD&amp;F…</source>
        <translation>出货单 PD&amp;F…</translation>
    </message>
    <message>
        <source>C&amp;lose order</source>
        <translation>关闭订单(&amp;L)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Order %1 — %2</source>
        <translation>订单 %1 — %2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>Order %1 of %2 for %3, by %4.
Total %5%6 · paid %7 · owed %8 · state: %9</source>
        <translation>订单 %1，%2，客户 %3，销售 %4。
合计 %5%6 · 已收 %7 · 未收 %8 · 状态：%9</translation>
    </message>
    <message numerus="yes">
        <source>%1 on %2 (%n line(s))</source>
        <translation>
            <numerusform>%1，%2（%n 行）</numerusform>
        </translation>
    </message>
    <message>
        <source>The order stays open</source>
        <translation>订单未关闭</translation>
    </message>
    <message>
        <source>Nothing to print</source>
        <translation>没有可打印的</translation>
    </message>
    <message>
        <source>The order has no delivery note yet.</source>
        <translation>此订单还没有出货单。</translation>
    </message>
    <message>
        <source>Print lo&amp;g…</source>
        <translation>打印记录(&amp;G)…</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>收款记录</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>收款日期</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>凭证号</translation>
    </message>
</context>
<context>
    <name>guanxi::OrderListModel</name>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>销售人员</translation>
    </message>
</context>
<context>
    <name>guanxi::PanelLayoutDialog</name>
    <message>
        <source>Workbench panels</source>
        <translation>工作台面板</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>Tick the panels to show; move them into the order you like.</source>
        <translation>勾选要显示的面板，并按您喜欢的顺序排列。</translation>
    </message>
</context>
<context>
    <name>guanxi::ParetoReportWidget</name>
    <message>
        <source>&amp;Analyse</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <source>The analysis could not be made</source>
        <translation>无法完成分析</translation>
    </message>
    <message>
        <source>No customer bought anything in this period.</source>
        <translation>该期间没有客户购买。</translation>
    </message>
    <message>
        <source>The top 20 % of customers bring %1 % of the revenue.</source>
        <translation>前 20% 的客户贡献了 %1% 的销售额。</translation>
    </message>
    <message>
        <source>Cumulative share of revenue</source>
        <translation>销售额累计占比</translation>
    </message>
    <message>
        <source>Top 20 % of customers</source>
        <translation>前 20% 的客户</translation>
    </message>
    <message>
        <source>Customers, highest revenue first</source>
        <translation>客户（按销售额从高到低）</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
</context>
<context>
    <name>guanxi::PaymentDialog</name>
    <message>
        <source>Record a payment — order %1</source>
        <translation>登记收款 — 订单 %1</translation>
    </message>
    <message>
        <source>%1, due %2: %3 still owed</source>
        <translation>%1，%2 到期：尚欠 %3</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>款项(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>金额(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Paid on</source>
        <translation>收款日期(&amp;P)</translation>
    </message>
    <message>
        <source>e.g. 银行转账, 承兑汇票</source>
        <translation>例如：银行转账、承兑汇票</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>方式(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>凭证号(&amp;R)</translation>
    </message>
    <message>
        <source>Everything on this order is paid.</source>
        <translation>此订单已全部收款。</translation>
    </message>
    <message>
        <source>The payment was not recorded</source>
        <translation>收款未登记</translation>
    </message>
</context>
<context>
    <name>guanxi::PeriodPicker</name>
    <message>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>去年</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>自定日期…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
</context>
<context>
    <name>guanxi::PresenceIndicator</name>
    <message>
        <source>Nobody else has the file open</source>
        <translation>没有其他人打开此文件</translation>
    </message>
    <message>
        <source>%1 on %2, since %3</source>
        <translation>%1，在 %2 上，自 %3 起</translation>
    </message>
    <message>
        <source>Also open: %1</source>
        <translation>同时在用：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>guanxi::PriceListsDialog</name>
    <message>
        <source>Price lists</source>
        <translation>价目表</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>标价</translation>
    </message>
    <message>
        <source>Price on this list</source>
        <translation>此价目表价格</translation>
    </message>
    <message>
        <source>&amp;New price list…</source>
        <translation>新建价目表(&amp;N)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>New price list</source>
        <translation>新建价目表</translation>
    </message>
    <message>
        <source>Channel prices (chosen on a quote)</source>
        <translation>渠道价（在报价单上选择）</translation>
    </message>
    <message>
        <source>Member prices for %1 customers</source>
        <translation>%1客户会员价</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>%1 (members: %2)</source>
        <translation>%1（会员：%2）</translation>
    </message>
    <message>
        <source>%1 (channel)</source>
        <translation>%1（渠道）</translation>
    </message>
</context>
<context>
    <name>guanxi::PrintActions</name>
    <message>
        <source>The document cannot be printed</source>
        <translation>无法打印此单据</translation>
    </message>
    <message>
        <source>Print preview — %1 %2</source>
        <translation>打印预览 — %1 %2</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>打印失败</translation>
    </message>
    <message>
        <source>The printer reported an error.</source>
        <translation>打印机报告了错误。</translation>
    </message>
    <message>
        <source>The print was not logged</source>
        <translation>打印未记入打印记录</translation>
    </message>
    <message>
        <source>%1 %2 was sent to the printer.</source>
        <translation>%1 %2 已发送到打印机。</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not written</source>
        <translation>PDF 未写入</translation>
    </message>
    <message>
        <source>The export was not logged</source>
        <translation>导出未记入打印记录</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>已保存 %1（%n 页）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guanxi::PrintLogDialog</name>
    <message>
        <source>Print log</source>
        <translation>打印记录</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>单据</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>saved as PDF</source>
        <translation>存为 PDF</translation>
    </message>
    <message numerus="yes">
        <source>printed, %n cop(ies)</source>
        <translation>
            <numerusform>打印 %n 份</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (warehouse copy)</source>
        <translation>%1（仓库联）</translation>
    </message>
</context>
<context>
    <name>guanxi::ProductDialog</name>
    <message>
        <source>&amp;Code</source>
        <translation>编号(&amp;C)</translation>
    </message>
    <message>
        <source>e.g. NB-X1</source>
        <translation>例如 NB-X1</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>e.g. 商务笔记本 X1</source>
        <translation>例如 商务笔记本 X1</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>类别(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Specification</source>
        <translation>规格(&amp;S)</translation>
    </message>
    <message>
        <source>e.g. 14 英寸 / 16 GB</source>
        <translation>例如 14 英寸 / 16 GB</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>单位(&amp;U)</translation>
    </message>
    <message>
        <source>e.g. 台, 套, 个</source>
        <translation>例如 台、套、个</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>币种(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;List price</source>
        <translation>标价(&amp;L)</translation>
    </message>
    <message>
        <source>e.g. 8,999.00</source>
        <translation>例如 8,999.00</translation>
    </message>
    <message>
        <source>&amp;Floor price</source>
        <translation>底线价(&amp;F)</translation>
    </message>
    <message>
        <source>the lowest price without approval; empty: none</source>
        <translation>无需审批的最低单价；留空表示不设底线</translation>
    </message>
    <message>
        <source>C&amp;ost</source>
        <translation>成本(&amp;O)</translation>
    </message>
    <message>
        <source>what one costs the company</source>
        <translation>公司的单位成本</translation>
    </message>
    <message>
        <source>&amp;Tax rate</source>
        <translation>税率(&amp;T)</translation>
    </message>
    <message>
        <source>Offered in quotes</source>
        <translation>可用于报价</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>无图片</translation>
    </message>
    <message>
        <source>C&amp;hoose picture…</source>
        <translation>选择图片(&amp;H)…</translation>
    </message>
    <message>
        <source>Remove picture</source>
        <translation>移除图片</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>新建产品</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Product %1</source>
        <translation>产品 %1</translation>
    </message>
    <message>
        <source>Product picture</source>
        <translation>产品图片</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>The product was not saved</source>
        <translation>产品未保存</translation>
    </message>
</context>
<context>
    <name>guanxi::ProductListModel</name>
    <message>
        <source>Offered</source>
        <translation>在售</translation>
    </message>
    <message>
        <source>Not offered</source>
        <translation>停售</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>标价</translation>
    </message>
    <message>
        <source>Floor price</source>
        <translation>底线价</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>guanxi::ProductsPage</name>
    <message>
        <source>Code, name, specification or category</source>
        <translation>编号、名称、规格或类别</translation>
    </message>
    <message>
        <source>Also those no longer offered</source>
        <translation>包括已停售的</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>&amp;New product…</source>
        <translation>新建产品(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>The products cannot be shown</source>
        <translation>无法显示产品</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n 个产品</numerusform>
        </translation>
    </message>
    <message>
        <source>Product saved.</source>
        <translation>产品已保存。</translation>
    </message>
    <message>
        <source>Delete product</source>
        <translation>删除产品</translation>
    </message>
    <message>
        <source>Delete %1 (%2) from the showroom? Documents that already name it keep it.</source>
        <translation>从展厅删除 %1（%2）？已引用它的单据会保留它。</translation>
    </message>
    <message>
        <source>The product was not deleted</source>
        <translation>产品未删除</translation>
    </message>
    <message>
        <source>Product deleted.</source>
        <translation>产品已删除。</translation>
    </message>
    <message>
        <source>&amp;Price lists…</source>
        <translation>价目表(&amp;P)…</translation>
    </message>
    <message>
        <source>Add to a new &amp;quote…</source>
        <translation>加入新报价单(&amp;Q)…</translation>
    </message>
    <message>
        <source>A new quote with the selected products, for a customer you choose</source>
        <translation>用所选产品新建报价单，客户由您选择</translation>
    </message>
    <message>
        <source>Select the products for the quote first (Ctrl+click for several).</source>
        <translation>请先选择要报价的产品（按住 Ctrl 单击可多选）。</translation>
    </message>
    <message>
        <source>Quote %1 saved.</source>
        <translation>报价单 %1 已保存。</translation>
    </message>
</context>
<context>
    <name>guanxi::ProposalsWidget</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Accept the &amp;selected</source>
        <translation>采纳所选(&amp;S)</translation>
    </message>
    <message>
        <source>Accept &amp;all</source>
        <translation>全部采纳(&amp;A)</translation>
    </message>
    <message>
        <source>The proposals could not be made</source>
        <translation>无法生成建议</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) updated.</source>
        <translation>
            <numerusform>已更新 %n 位客户。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left as they are (changed meanwhile, or a colleague&apos;s).</source>
        <translation>
            <numerusform>%n 位未作改动（期间已被修改，或属于同事）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The proposals were not accepted</source>
        <translation>建议未被采纳</translation>
    </message>
</context>
<context>
    <name>guanxi::QuotaAttainmentModel</name>
    <message>
        <source>not set</source>
        <translation>未设定</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>销售人员</translation>
    </message>
    <message>
        <source>Quota (%1)</source>
        <translation>定额（%1）</translation>
    </message>
    <message>
        <source>Won (%1)</source>
        <translation>赢单（%1）</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>完成率</translation>
    </message>
</context>
<context>
    <name>guanxi::QuotaDialog</name>
    <message>
        <source>Set a quota</source>
        <translation>设置定额</translation>
    </message>
    <message>
        <source>&amp;Salesperson</source>
        <translation>销售人员(&amp;S)</translation>
    </message>
    <message>
        <source>a month (2026-11) or a quarter (2026-Q4)</source>
        <translation>月份（2026-11）或季度（2026-Q4）</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>期间(&amp;P)</translation>
    </message>
    <message>
        <source>in CNY; empty clears the quota</source>
        <translation>单位：人民币；留空则清除定额</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>金额(&amp;A)</translation>
    </message>
    <message>
        <source>The quota was not saved</source>
        <translation>定额未保存</translation>
    </message>
</context>
<context>
    <name>guanxi::QuoteDialog</name>
    <message>
        <source>C&amp;ustomer</source>
        <translation>客户(&amp;U)</translation>
    </message>
    <message>
        <source>C&amp;ontact</source>
        <translation>联系人(&amp;O)</translation>
    </message>
    <message>
        <source>Opportunit&amp;y</source>
        <translation>销售机会(&amp;Y)</translation>
    </message>
    <message>
        <source>Member price of the customer&apos;s tier, else list price</source>
        <translation>客户等级的会员价，否则标价</translation>
    </message>
    <message>
        <source>&amp;Price list</source>
        <translation>价目表(&amp;P)</translation>
    </message>
    <message>
        <source>Cu&amp;rrency</source>
        <translation>币种(&amp;R)</translation>
    </message>
    <message>
        <source>Prices include tax (含税价)</source>
        <translation>价格含税（含税价）</translation>
    </message>
    <message>
        <source>&amp;Valid until</source>
        <translation>有效期至(&amp;V)</translation>
    </message>
    <message>
        <source>e.g. 合同签订后预付 30%，货到验收后 30 天内付清余款。</source>
        <translation>例如：合同签订后预付 30%，货到验收后 30 天内付清余款。</translation>
    </message>
    <message>
        <source>&amp;Terms</source>
        <translation>条款(&amp;T)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Approve prices</source>
        <translation>批准价格(&amp;A)</translation>
    </message>
    <message>
        <source>Mark as s&amp;ent</source>
        <translation>标记为已发送(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Make order…</source>
        <translation>转为订单(&amp;M)…</translation>
    </message>
    <message>
        <source>Re&amp;vise</source>
        <translation>修订(&amp;V)</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>存为 P&amp;DF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>New quote</source>
        <translation>新建报价</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>折扣 %</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>税率 %</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Type a product&apos;s code or name</source>
        <translation>输入产品编号或名称</translation>
    </message>
    <message>
        <source>A&amp;dd line</source>
        <translation>添加明细(&amp;D)</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>删除明细</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>产品：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>(on saving)</source>
        <translation>（保存后计算）</translation>
    </message>
    <message>
        <source>(closed deal)</source>
        <translation>（已结束的机会）</translation>
    </message>
    <message>
        <source>Quote %1 — %2</source>
        <translation>报价单 %1 — %2</translation>
    </message>
    <message>
        <source>Below the floor price of %1: needs a manager&apos;s approval.</source>
        <translation>低于底线价 %1：需经理批准。</translation>
    </message>
    <message>
        <source>  (in words: %1)</source>
        <translation>  （大写：%1）</translation>
    </message>
    <message>
        <source>Without tax %1 · Tax %2 · Total %3%4</source>
        <translation>不含税 %1 · 税额 %2 · 合计 %3%4</translation>
    </message>
    <message>
        <source>Add lines and save to see the totals.</source>
        <translation>添加明细并保存后显示合计。</translation>
    </message>
    <message>
        <source>Status: %1.</source>
        <translation>状态：%1。</translation>
    </message>
    <message>
        <source>A price is below the floor: a manager must approve it before the quote is sent or ordered; until then it prints as a draft.</source>
        <translation>有价格低于底线价：须经理批准后才能发送或转为订单；在此之前打印为草稿。</translation>
    </message>
    <message>
        <source>Prices below the floor approved by %1 on %2.</source>
        <translation>低于底线的价格已由 %1 于 %2 批准。</translation>
    </message>
    <message>
        <source>Choose the customer from the offers as you type.</source>
        <translation>请在输入时从候选列表中选择客户。</translation>
    </message>
    <message>
        <source>Line %1: </source>
        <translation>第 %1 行：</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quantity.</source>
        <translation>“%1”不是数量。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage.</source>
        <translation>“%1”不是百分数。</translation>
    </message>
    <message>
        <source>The quote was not saved</source>
        <translation>报价单未保存</translation>
    </message>
    <message>
        <source>The quote was not approved</source>
        <translation>报价单未批准</translation>
    </message>
    <message>
        <source>Make order</source>
        <translation>转为订单</translation>
    </message>
    <message>
        <source>When does the customer pay?</source>
        <translation>客户何时付款？</translation>
    </message>
    <message>
        <source>Print lo&amp;g…</source>
        <translation>打印记录(&amp;G)…</translation>
    </message>
    <message>
        <source>C&amp;hanges…</source>
        <translation>修改记录(&amp;H)…</translation>
    </message>
    <message>
        <source>Starting price: %1</source>
        <translation>起始价：%1</translation>
    </message>
    <message>
        <source>Without tax %1 · Tax %2 · Total %3%4 — not saved yet</source>
        <translation>不含税 %1 · 税额 %2 · 合计 %3%4 — 尚未保存</translation>
    </message>
    <message>
        <source>As&amp;k for approval…</source>
        <translation>申请审批(&amp;K)…</translation>
    </message>
    <message>
        <source>Ask a manager to approve the prices below the floor</source>
        <translation>请经理批准低于底线价的价格</translation>
    </message>
    <message>
        <source>Re&amp;fuse…</source>
        <translation>驳回(&amp;F)…</translation>
    </message>
    <message>
        <source>Refuse the prices below the floor, saying why</source>
        <translation>驳回低于底线价的价格，并说明原因</translation>
    </message>
    <message>
        <source>A price is below the floor: waiting for a manager&apos;s approval, asked by %1 on %2.</source>
        <translation>有价格低于底线价：等待经理审批，%1 于 %2 申请。</translation>
    </message>
    <message>
        <source>%1 %2 asked for approval.</source>
        <translation>%1 %2 申请审批。</translation>
    </message>
    <message>
        <source>%1 %2 asked for approval: %3</source>
        <translation>%1 %2 申请审批：%3</translation>
    </message>
    <message>
        <source>%1 %2 approved.</source>
        <translation>%1 %2 已批准。</translation>
    </message>
    <message>
        <source>%1 %2 approved: %3</source>
        <translation>%1 %2 已批准：%3</translation>
    </message>
    <message>
        <source>%1 %2 refused: %3</source>
        <translation>%1 %2 驳回：%3</translation>
    </message>
    <message>
        <source>%1 The prices changed; no approval needed any more.</source>
        <translation>%1 价格已修改，不再需要审批。</translation>
    </message>
    <message>
        <source>Ask for approval</source>
        <translation>申请审批</translation>
    </message>
    <message>
        <source>A price of quote %1 is below the floor. What should the manager know? (optional)</source>
        <translation>报价单 %1 有价格低于底线价。需要告诉经理什么？（可选）</translation>
    </message>
    <message>
        <source>Approval was not asked for</source>
        <translation>未能申请审批</translation>
    </message>
    <message>
        <source>Refuse the prices</source>
        <translation>驳回价格</translation>
    </message>
    <message>
        <source>Why are the prices of quote %1 refused? The salesperson sees it.</source>
        <translation>为什么驳回报价单 %1 的价格？销售人员会看到。</translation>
    </message>
    <message>
        <source>The prices were not refused</source>
        <translation>价格未驳回</translation>
    </message>
</context>
<context>
    <name>guanxi::QuoteListModel</name>
    <message>
        <source>waiting for a manager</source>
        <translation>待经理审批</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>已由 %1 批准</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Floor-price approval</source>
        <translation>底线价审批</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>销售人员</translation>
    </message>
    <message>
        <source>refused: change the prices</source>
        <translation>已驳回：请修改价格</translation>
    </message>
    <message>
        <source>needs approval: not asked yet</source>
        <translation>需审批：尚未申请</translation>
    </message>
</context>
<context>
    <name>guanxi::RecordHistoryDialog</name>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
</context>
<context>
    <name>guanxi::RecordHistoryView</name>
    <message>
        <source>Merged with another record</source>
        <translation>与另一条记录合并</translation>
    </message>
    <message>
        <source>Claimed from the public pool</source>
        <translation>从公海领取</translation>
    </message>
    <message>
        <source>Returned to the public pool</source>
        <translation>退回公海</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>&amp;Put the earlier value back</source>
        <translation>恢复为原值(&amp;P)</translation>
    </message>
    <message>
        <source>Guanxi</source>
        <translation>关系 CRM</translation>
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
    <name>guanxi::ReminderListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
</context>
<context>
    <name>guanxi::ReminderNotifier</name>
    <message>
        <source>Guanxi CRM</source>
        <translation>关系 CRM</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>……还有 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n 条提醒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guanxi::RemindersDialog</name>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>稍后提醒(&amp;S)</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 分钟</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>Tomorrow morning</source>
        <translation>明天上午</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>完成(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Open customer</source>
        <translation>打开客户(&amp;O)</translation>
    </message>
</context>
<context>
    <name>guanxi::ReportBuilderWidget</name>
    <message>
        <source>(nothing)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>every tier</source>
        <translation>所有等级</translation>
    </message>
    <message>
        <source>every region (or part of a name, e.g. 浙江)</source>
        <translation>所有地区（或地区名称的一部分，例如 浙江）</translation>
    </message>
    <message>
        <source>then by</source>
        <translation>再按</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>按</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Only</source>
        <translation>仅限</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>My reports</source>
        <translation>我的报表</translation>
    </message>
    <message>
        <source>The report could not be made</source>
        <translation>无法生成报表</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>保存报表</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation>报表未保存</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot; among your reports.</source>
        <translation>已将“%1”保存到您的报表中。</translation>
    </message>
    <message>
        <source>The report was not deleted</source>
        <translation>报表未删除</translation>
    </message>
    <message>
        <source>(a new report)</source>
        <translation>（新报表）</translation>
    </message>
    <message>
        <source>Delete report</source>
        <translation>删除报表</translation>
    </message>
    <message>
        <source>Delete the saved report &quot;%1&quot;?</source>
        <translation>要删除已保存的报表“%1”吗？</translation>
    </message>
</context>
<context>
    <name>guanxi::ReportCenterPage</name>
    <message>
        <source>RFM customer segments</source>
        <translation>RFM 客户分群</translation>
    </message>
    <message>
        <source>80/20 and ABC</source>
        <translation>二八分析与 ABC</translation>
    </message>
    <message>
        <source>Customer lifetime value</source>
        <translation>客户终身价值</translation>
    </message>
    <message>
        <source>Sales report</source>
        <translation>销售报表</translation>
    </message>
    <message>
        <source>RFM segment migration</source>
        <translation>RFM 分群迁移</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>流失预警</translation>
    </message>
    <message>
        <source>Receivables ageing</source>
        <translation>应收账龄</translation>
    </message>
    <message>
        <source>Activity per person</source>
        <translation>人员活动统计</translation>
    </message>
    <message>
        <source>Funnel: conversion and time in stage</source>
        <translation>漏斗转化与阶段时长</translation>
    </message>
    <message>
        <source>Quota attainment this month</source>
        <translation>本月定额完成</translation>
    </message>
    <message>
        <source>Acquisition and retention</source>
        <translation>客户获取与留存</translation>
    </message>
    <message>
        <source>Sales by product</source>
        <translation>产品销售</translation>
    </message>
    <message>
        <source>CLV calculator</source>
        <translation>终身价值计算器</translation>
    </message>
    <message>
        <source>Tier and stage proposals</source>
        <translation>等级与阶段建议</translation>
    </message>
    <message>
        <source>Report builder</source>
        <translation>自定义报表</translation>
    </message>
</context>
<context>
    <name>guanxi::ReportChart</name>
    <message>
        <source>%1 (10,000 %2)</source>
        <translation>%1（万 %2）</translation>
    </message>
</context>
<context>
    <name>guanxi::ReportView</name>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>无法将 PDF 写入 %1。</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>The report was not exported</source>
        <translation>报表未导出</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>将报表保存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not written</source>
        <translation>PDF 未写入</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
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
    <name>guanxi::RfmReportWidget</name>
    <message>
        <source>&amp;Tag these customers…</source>
        <translation>为这些客户加标签(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Analyse</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <source>The analysis could not be made</source>
        <translation>无法完成分析</translation>
    </message>
    <message numerus="yes">
        <source>Tagged %n customer(s) &quot;%1&quot;; filter the customer list by the tag to follow them up.</source>
        <translation>
            <numerusform>已为 %n 位客户加上标签“%1”；在客户列表中按此标签筛选即可跟进。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n belong to colleagues and were left as they are.</source>
        <translation>
            <numerusform>其中 %n 位属于同事，未作改动。</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag these customers</source>
        <translation>为这些客户加标签</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>The customers were not tagged</source>
        <translation>客户未加标签</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>客户占比</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>销售额占比</translation>
    </message>
    <message>
        <source>My own cut points</source>
        <translation>使用自定分界点</translation>
    </message>
    <message>
        <source>Score by cut points you set instead of by quintiles</source>
        <translation>按您设定的分界点评分，而不是五等分</translation>
    </message>
    <message>
        <source>Cut points…</source>
        <translation>分界点…</translation>
    </message>
    <message>
        <source>RFM segments</source>
        <translation>RFM 客户分群</translation>
    </message>
</context>
<context>
    <name>guanxi::RfmThresholdsDialog</name>
    <message>
        <source>RFM cut points</source>
        <translation>RFM 分界点</translation>
    </message>
    <message>
        <source>score %1 from</source>
        <translation>%1 分起</translation>
    </message>
    <message>
        <source>Recency: at most … days since the last order</source>
        <translation>R：距上次下单不超过 … 天</translation>
    </message>
    <message>
        <source>Frequency: at least … order days</source>
        <translation>F：下单至少 … 天</translation>
    </message>
    <message>
        <source>Monetary: at least … yuan</source>
        <translation>M：金额至少 … 元</translation>
    </message>
    <message>
        <source>Each row&apos;s cut points must go one way: recency days down from score 2 to 5, order days and yuan up.</source>
        <translation>每行的分界点必须单向变化：R 天数从 2 分到 5 分递减，F 天数和 M 金额递增。</translation>
    </message>
</context>
<context>
    <name>guanxi::SalesDocumentsPage</name>
    <message>
        <source>&amp;New quote…</source>
        <translation>新建报价(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quotes</source>
        <translation>报价(&amp;Q)</translation>
    </message>
    <message>
        <source>O&amp;pen…</source>
        <translation>打开(&amp;P)…</translation>
    </message>
    <message>
        <source>O&amp;rders</source>
        <translation>订单(&amp;R)</translation>
    </message>
</context>
<context>
    <name>guanxi::SalesReportWidget</name>
    <message>
        <source>By</source>
        <translation>按</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <source>The report could not be made</source>
        <translation>无法生成报表</translation>
    </message>
    <message>
        <source>This period (10,000)</source>
        <translation>本期（万元）</translation>
    </message>
    <message>
        <source>Previous period (10,000)</source>
        <translation>上期（万元）</translation>
    </message>
</context>
<context>
    <name>guanxi::SalesRulesGroup</name>
    <message>
        <source>Sales rules</source>
        <translation>销售规则</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>A customer goes back to the public pool (公海) when its owner has not followed it up for:</source>
        <translation>负责人超过以下天数未跟进时，客户退回公海：</translation>
    </message>
    <message>
        <source>Normal customers</source>
        <translation>普通客户</translation>
    </message>
    <message>
        <source>Important customers</source>
        <translation>重要客户</translation>
    </message>
    <message>
        <source>VIP customers</source>
        <translation>贵宾客户</translation>
    </message>
    <message>
        <source>Claims per salesperson per day</source>
        <translation>每位销售每天可领取</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>手工分配</translation>
    </message>
    <message>
        <source>In turn (round robin)</source>
        <translation>轮流分配</translation>
    </message>
    <message>
        <source>New leads are assigned</source>
        <translation>新潜在客户的分配方式</translation>
    </message>
    <message>
        <source>Taking turns</source>
        <translation>参与轮流的销售</translation>
    </message>
    <message>
        <source>Save the rules</source>
        <translation>保存规则</translation>
    </message>
    <message>
        <source>The rules were not saved</source>
        <translation>规则未保存</translation>
    </message>
    <message>
        <source>Warn, and let anyone save anyway</source>
        <translation>提醒，任何人都可以仍然保存</translation>
    </message>
    <message>
        <source>Block salespeople (a manager may save anyway, recorded)</source>
        <translation>禁止销售人员保存（经理可保存，记入日志）</translation>
    </message>
    <message>
        <source>What the duplicate guard (防撞单) does when someone saves a customer that already exists</source>
        <translation>有人保存已存在的客户时，防撞单如何处理</translation>
    </message>
    <message>
        <source>A customer that already exists</source>
        <translation>已存在的客户</translation>
    </message>
    <message>
        <source>for example 21cn.com, tom.com</source>
        <translation>例如 21cn.com、tom.com</translation>
    </message>
    <message>
        <source>People with addresses at these domains are not taken for one company. Built in: %1</source>
        <translation>使用这些域名邮箱的人不会被当作同一家公司。内置：%1</translation>
    </message>
    <message>
        <source>More public mail domains</source>
        <translation>更多公共邮箱域名</translation>
    </message>
    <message>
        <source>The country of phone numbers written without a country code (+86, +1 …), when they are typed or imported</source>
        <translation>输入或导入时，未写国家代码（+86、+1 …）的电话号码所属的国家</translation>
    </message>
    <message>
        <source>Phone numbers without a country code are from</source>
        <translation>未写国家代码的电话号码属于</translation>
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
    <message>
        <source>WAL (for this computer only)</source>
        <translation>WAL（仅供本机使用）</translation>
    </message>
    <message>
        <source>rollback journal (shared)</source>
        <translation>回滚日志（共享）</translation>
    </message>
</context>
<context>
    <name>guanxi::SharingGroup</name>
    <message>
        <source>Sharing</source>
        <translation>共享</translation>
    </message>
    <message>
        <source>&amp;Share this database with colleagues</source>
        <translation>与同事共享此数据库（&amp;S）</translation>
    </message>
    <message>
        <source>Shared: everyone who opens this file, on this computer or over the network, uses the rollback journal.</source>
        <translation>已共享：所有打开此文件的人，无论在本机还是通过网络，都使用回滚日志。</translation>
    </message>
    <message>
        <source>For this computer only: the file uses WAL, which must not be opened over a network.</source>
        <translation>仅供本机使用：文件使用 WAL，不能通过网络打开。</translation>
    </message>
    <message>
        <source>Only an administrator can change this.</source>
        <translation>只有管理员可以更改此设置。</translation>
    </message>
    <message>
        <source>The file is open read-only: %1.</source>
        <translation>文件以只读方式打开：%1。</translation>
    </message>
    <message>
        <source>Open now by: %1.</source>
        <translation>当前正在使用：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Share this database with colleagues? Everyone else must have closed it first.</source>
        <translation>与同事共享此数据库吗?其他人必须先关闭它。</translation>
    </message>
    <message>
        <source>Stop sharing this database? Colleagues will no longer be able to open it over the network. Everyone else must have closed it first.</source>
        <translation>停止共享此数据库吗?同事将无法再通过网络打开它。其他人必须先关闭它。</translation>
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
    <name>guanxi::StagesDialog</name>
    <message>
        <source>won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <source>open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Sales stages</source>
        <translation>销售阶段</translation>
    </message>
    <message>
        <source>Deals move through the open stages in this order and end as won or lost. The probability is a new deal&apos;s default in the stage and weights the forecast.</source>
        <translation>销售机会按此顺序经过各进行中阶段，最终赢单或输单。概率是机会进入该阶段时的默认值，并用于加权预测。</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>&amp;Add stage</source>
        <translation>添加阶段(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>新阶段</translation>
    </message>
    <message>
        <source>The won and lost stages stay; rename them if you like.</source>
        <translation>赢单和输单阶段不能删除，但可以改名。</translation>
    </message>
    <message>
        <source>The stages were not saved</source>
        <translation>阶段未保存</translation>
    </message>
</context>
<context>
    <name>guanxi::TableReportWidget</name>
    <message>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>The report could not be made</source>
        <translation>无法生成报表</translation>
    </message>
</context>
<context>
    <name>guanxi::TaskDialog</name>
    <message>
        <source>On</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>At</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>新建任务</translation>
    </message>
    <message>
        <source>What is to be done, e.g. 回电话确认交货期</source>
        <translation>要做什么，例如：回电话确认交货期</translation>
    </message>
    <message>
        <source>Optional: name, pinyin initials or phone</source>
        <translation>可选：名称、拼音首字母或电话</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source> min before</source>
        <translation> 分钟前</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Remind me</source>
        <translation>提醒我</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Task: %1</source>
        <translation>任务：%1</translation>
    </message>
    <message>
        <source>Choose the customer from the offered list, or clear the field.</source>
        <translation>请从列表中选择客户，或清空该栏。</translation>
    </message>
    <message>
        <source>C&amp;hanges…</source>
        <translation>修改记录(&amp;H)…</translation>
    </message>
</context>
<context>
    <name>guanxi::TeamOverviewModel</name>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>销售员</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>进行中商机</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>商机金额</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>加权金额</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>逾期跟进</translation>
    </message>
    <message>
        <source>Dormant customers</source>
        <translation>沉睡客户</translation>
    </message>
    <message>
        <source>Quota this month</source>
        <translation>本月定额</translation>
    </message>
    <message>
        <source>Won this month</source>
        <translation>本月赢单</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>Receivables open</source>
        <translation>未收应收</translation>
    </message>
    <message>
        <source>of which overdue</source>
        <translation>其中逾期</translation>
    </message>
</context>
<context>
    <name>guanxi::TeamView</name>
    <message>
        <source>Your team today: open deals by stage, follow-ups left overdue, customers going quiet, this month&apos;s quota and the money still to come in.</source>
        <translation>今天的团队：各阶段进行中的商机、逾期的跟进、渐渐沉默的客户、本月定额，以及尚未收回的款项。</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <source>Open pipeline by person and stage</source>
        <translation>各人进行中商机（按阶段）</translation>
    </message>
    <message>
        <source>10,000 CNY</source>
        <translation>万元</translation>
    </message>
</context>
<context>
    <name>guanxi::TemplateEditorDialog</name>
    <message>
        <source>Print templates</source>
        <translation>打印模板</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>Contract / order</source>
        <translation>合同 / 订单</translation>
    </message>
    <message>
        <source>Delivery note</source>
        <translation>出货单</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation>保存在 %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Restore the built-in one</source>
        <translation>恢复内置模板(&amp;R)</translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation>打开文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The folder cannot be opened</source>
        <translation>无法打开文件夹</translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation>未保存：</translation>
    </message>
    <message>
        <source>The template was not saved</source>
        <translation>模板未保存</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
</context>
<context>
    <name>guanxi::TimelineTab</name>
    <message>
        <source>Log a touch point</source>
        <translation>记录一次接触</translation>
    </message>
    <message>
        <source>What it was about, e.g. 报价跟进</source>
        <translation>内容，例如 报价跟进</translation>
    </message>
    <message>
        <source>What came of it</source>
        <translation>结果如何</translation>
    </message>
    <message>
        <source>Next follow-up on</source>
        <translation>下次跟进日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>With</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Commitments (承诺) made to the customer</source>
        <translation>对客户的承诺</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Promise…</source>
        <translation>承诺(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Kept</source>
        <translation>已兑现(&amp;K)</translation>
    </message>
    <message>
        <source>Ca&amp;ncelled</source>
        <translation>已取消(&amp;N)</translation>
    </message>
    <message>
        <source>(nobody in particular)</source>
        <translation>（不针对具体的人）</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source> (done)</source>
        <translation>（已完成）</translation>
    </message>
    <message>
        <source>What did you promise?</source>
        <translation>您承诺了什么？</translation>
    </message>
    <message>
        <source>Due on (yyyy-MM-dd):</source>
        <translation>到期日（yyyy-MM-dd）：</translation>
    </message>
    <message>
        <source>The promise was not saved</source>
        <translation>承诺未保存</translation>
    </message>
    <message>
        <source>The promise was not changed</source>
        <translation>承诺未修改</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>&amp;Log it now (saved at once)</source>
        <translation>立即记录（马上保存）(&amp;L)</translation>
    </message>
    <message>
        <source>Saves this touch point right away; the card&apos;s Save and Cancel do not change it</source>
        <translation>立即保存这次接触；卡片的“保存”和“取消”不影响它</translation>
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
<context>
    <name>guanxi::WorkListModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>no date</source>
        <translation>无日期</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guanxi::WorkbenchPage</name>
    <message>
        <source>New &amp;task…</source>
        <translation>新建任务(&amp;T)…</translation>
    </message>
    <message>
        <source>A to-do, call, visit or meeting (Ctrl+T)</source>
        <translation>待办、电话、拜访或会议（Ctrl+T）</translation>
    </message>
    <message>
        <source>&amp;Log a call…</source>
        <translation>记录通话(&amp;L)…</translation>
    </message>
    <message>
        <source>Log a touch point with a customer (Ctrl+L)</source>
        <translation>记录与客户的一次接触（Ctrl+L）</translation>
    </message>
    <message>
        <source>&amp;Panels…</source>
        <translation>面板(&amp;P)…</translation>
    </message>
    <message>
        <source>Show, hide and reorder the panels</source>
        <translation>显示、隐藏面板并调整顺序</translation>
    </message>
    <message>
        <source>&amp;Reminders and rules…</source>
        <translation>提醒与规则(&amp;R)…</translation>
    </message>
    <message>
        <source>Which reminders, when; when a customer counts as dormant</source>
        <translation>提醒哪些事、何时提醒；客户多久算沉睡</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Read everything again (F5)</source>
        <translation>重新读取全部内容（F5）</translation>
    </message>
    <message>
        <source>My day</source>
        <translation>我的一天</translation>
    </message>
    <message>
        <source>My team</source>
        <translation>我的团队</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>待跟进</translation>
    </message>
    <message>
        <source>No follow-up due today or tomorrow.</source>
        <translation>今明两天没有到期的跟进。</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>Nothing left to do. Ctrl+T adds a task.</source>
        <translation>没有待办事项。按 Ctrl+T 新建任务。</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>日程</translation>
    </message>
    <message>
        <source>No calls, visits or meetings planned.</source>
        <translation>没有安排电话、拜访或会议。</translation>
    </message>
    <message>
        <source>Receivables due</source>
        <translation>到期应收</translation>
    </message>
    <message>
        <source>No money due this week.</source>
        <translation>本周没有到期的款项。</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>No promise coming due.</source>
        <translation>没有即将到期的承诺。</translation>
    </message>
    <message>
        <source>Deals closing this month</source>
        <translation>本月预计成交</translation>
    </message>
    <message>
        <source>No open deal is expected to close this month.</source>
        <translation>本月没有预计成交的商机。</translation>
    </message>
    <message>
        <source>Birthdays and care days</source>
        <translation>生日与客户关怀</translation>
    </message>
    <message>
        <source>No birthday or care day this week.</source>
        <translation>本周没有生日或关怀日。</translation>
    </message>
    <message>
        <source>Dormant customers</source>
        <translation>沉睡客户</translation>
    </message>
    <message>
        <source>Every customer has heard from you lately.</source>
        <translation>最近每个客户都联系过了。</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>%1, done</source>
        <translation>%1，已完成</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>今天 %1</translation>
    </message>
    <message>
        <source>Quota this month: %1 of %2</source>
        <translation>本月定额：%1 / %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Won this month: %1 (no quota set)</source>
        <translation>本月赢单：%1（未设定额）</translation>
    </message>
    <message>
        <source>Logged.</source>
        <translation>已记录。</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>完成(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <source>The task was not deleted</source>
        <translation>任务未删除</translation>
    </message>
    <message>
        <source>Task deleted.</source>
        <translation>任务已删除。</translation>
    </message>
    <message>
        <source>&amp;Kept</source>
        <translation>已兑现(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Cancelled</source>
        <translation>已取消(&amp;C)</translation>
    </message>
    <message>
        <source>The commitment was not changed</source>
        <translation>承诺未更改</translation>
    </message>
    <message>
        <source>Commitment closed.</source>
        <translation>承诺已关闭。</translation>
    </message>
    <message>
        <source>The task was not marked done</source>
        <translation>任务未标记为完成</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>已完成：%1</translation>
    </message>
    <message>
        <source>The task cannot be opened</source>
        <translation>无法打开任务</translation>
    </message>
    <message>
        <source>Task saved.</source>
        <translation>任务已保存。</translation>
    </message>
    <message>
        <source>Task added: %1</source>
        <translation>已添加任务：%1</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <source>The list cannot be read</source>
        <translation>无法读取列表</translation>
    </message>
    <message>
        <source>The first %1 of %2.</source>
        <translation>共 %2 条，显示前 %1 条。</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>流失预警</translation>
    </message>
    <message>
        <source>No customer is buying much later than usual.</source>
        <translation>没有比平常晚很多仍未下单的客户。</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Price approvals</source>
        <translation>价格审批</translation>
    </message>
    <message>
        <source>No quote waits for your approval.</source>
        <translation>没有等待您审批的报价单。</translation>
    </message>
    <message>
        <source>No approval asked for or answered this week.</source>
        <translation>本周没有申请或答复的审批。</translation>
    </message>
    <message>
        <source>&amp;Open the quote…</source>
        <translation>打开报价单(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the &amp;customer</source>
        <translation>打开客户(&amp;C)</translation>
    </message>
</context>
<context>
    <name>guanxi::WorkbenchPanel</name>
    <message>
        <source>All…</source>
        <translation>全部…</translation>
    </message>
    <message>
        <source>The whole list</source>
        <translation>完整列表</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>暂无内容。</translation>
    </message>
    <message>
        <source>Open the lead</source>
        <translation>打开潜在客户</translation>
    </message>
    <message>
        <source>Open the customer card</source>
        <translation>打开客户卡片</translation>
    </message>
</context>
<context>
    <name>guanxi::WorkbenchSettingsDialog</name>
    <message>
        <source>Play a sound</source>
        <translation>播放提示音</translation>
    </message>
    <message>
        <source>Workbench and reminders</source>
        <translation>工作台与提醒</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Remind me of</source>
        <translation>提醒我</translation>
    </message>
    <message>
        <source>Days ahead</source>
        <translation>提前天数</translation>
    </message>
    <message>
        <source>Day reminders come at</source>
        <translation>按日提醒的时间</translation>
    </message>
    <message>
        <source>Dormant customers (managers set these for everyone)</source>
        <translation>沉睡客户（由经理为所有人设置）</translation>
    </message>
    <message>
        <source>No contact for (days)</source>
        <translation>未联系（天）</translation>
    </message>
    <message>
        <source>No order for (days)</source>
        <translation>未下单（天）</translation>
    </message>
</context>
</TS>
