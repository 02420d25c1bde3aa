<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AnalysisReports</name>
    <message>
        <source>Orders from %1 to %2, %3</source>
        <translation>%1 至 %2 的訂單，%3</translation>
    </message>
    <message>
        <source>RFM segments</source>
        <translation>RFM 客戶分群</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>客戶佔比</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>銷售額</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>銷售額佔比</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>含義</translation>
    </message>
    <message>
        <source>Recency, frequency and monetary value score 1 to 5 by quintile of the customers who bought in the window; a measure is high when its score is above the average score (R %1, F %2, M %3).</source>
        <translation>最近購買（R）、購買頻次（F）和購買金額（M）按期間內有購買的客戶五等分計 1–5 分；得分高於平均分為「高」（R %1，F %2，M %3）。</translation>
    </message>
    <message>
        <source>RFM scores</source>
        <translation>RFM 得分</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Days since last order</source>
        <translation>距上次下單天數</translation>
    </message>
    <message>
        <source>Order days</source>
        <translation>下單天數</translation>
    </message>
    <message>
        <source>R F M</source>
        <translation>R F M</translation>
    </message>
    <message>
        <source>80/20: revenue by customer</source>
        <translation>二八分析：各客戶銷售額</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>累計佔比</translation>
    </message>
    <message>
        <source>ABC class</source>
        <translation>ABC 分類</translation>
    </message>
    <message>
        <source>The top 20 % of customers bring %1 of the revenue. Class A: the customers who make up the first 80 % of revenue (%2); B: the next 15 % (%3); C: the rest (%4).</source>
        <translation>前 20% 的客戶貢獻了 %1 的銷售額。A 類：構成前 80% 銷售額的客戶（%2 家）；B 類：其後 15%（%3 家）；C 類：其餘（%4 家）。</translation>
    </message>
    <message>
        <source>Customer lifetime value</source>
        <translation>客戶終身價值</translation>
    </message>
    <message>
        <source>Fitted to the orders up to %1, %2; the next 52 weeks, discounted at %3 % a year</source>
        <translation>依據截至 %1 的訂單擬合，%2；未來 52 周，年折現率 %3%</translation>
    </message>
    <message>
        <source>Repeat purchases</source>
        <translation>重複購買次數</translation>
    </message>
    <message>
        <source>Probability active</source>
        <translation>仍活躍機率</translation>
    </message>
    <message>
        <source>Expected purchases</source>
        <translation>預期購買次數</translation>
    </message>
    <message>
        <source>Spend per purchase</source>
        <translation>每次購買金額</translation>
    </message>
    <message>
        <source>CLV</source>
        <translation>終身價值</translation>
    </message>
    <message>
        <source>BG/NBD: r = %1, α = %2, a = %3, b = %4 (log-likelihood %5). Gamma-Gamma: p = %6, q = %7, γ = %8 (%9 customers with repeat purchases; the others valued at the average spend).</source>
        <translation>BG/NBD：r = %1，α = %2，a = %3，b = %4（對數似然 %5）。Gamma-Gamma：p = %6，q = %7，γ = %8（%9 位有重複購買的客戶；其餘按平均金額估值）。</translation>
    </message>
    <message>
        <source>Your customers differ little in how long they stay or in what they spend per purchase, so the models treat them alike there (parameters at the search limit).</source>
        <translation>您的客戶在留存時長或每次購買金額上差別很小，模型在這方面將他們視為相同（引數達到搜尋上限）。</translation>
    </message>
    <message>
        <source>Tier and stage proposals</source>
        <translation>等級與階段建議</translation>
    </message>
    <message>
        <source>From the orders of the last twelve months; only where they differ from the card</source>
        <translation>依據最近十二個月的訂單；只列出與客戶卡片不同的</translation>
    </message>
    <message>
        <source>Revenue, 12 months</source>
        <translation>12 個月銷售額</translation>
    </message>
    <message>
        <source>Tier now</source>
        <translation>當前等級</translation>
    </message>
    <message>
        <source>Proposed tier</source>
        <translation>建議等級</translation>
    </message>
    <message>
        <source>Stage now</source>
        <translation>當前階段</translation>
    </message>
    <message>
        <source>Proposed stage</source>
        <translation>建議階段</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Tier: VIP for the top 5 % of customers by revenue, important for the rest of those making up 80 % of revenue, normal for the others. Stage: new when the first order is less than a year old; loyal after two years with orders on at least four days in the last twelve months; old otherwise.</source>
        <translation>等級：銷售額前 5% 的客戶為貴賓，其餘構成前 80% 銷售額的客戶為重要，其他為普通。階段：首次下單不滿一年為新客戶；合作兩年以上且最近十二個月至少有四天下單為忠誠客戶；其餘為老客戶。</translation>
    </message>
    <message>
        <source>Recency, frequency and monetary value score 1 to 5 by your own cut points; a measure is high when its score is above the average score (R %1, F %2, M %3).</source>
        <translation>最近購買（R）、購買頻次（F）和購買金額（M）按您設定的分界點計 1–5 分；得分高於平均分為「高」（R %1，F %2，M %3）。</translation>
    </message>
</context>
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
    <message>
        <source>The database cannot be restored from itself.</source>
        <translation>不能用資料庫自身來恢復它。</translation>
    </message>
    <message>
        <source>%1 is not a Guanxi backup; nothing was restored.</source>
        <translation>%1 不是關係 CRM 的備份，未恢復任何內容。</translation>
    </message>
    <message>
        <source>No room to prepare the restore beside %1.</source>
        <translation>無法在 %1 旁邊準備恢復所需的臨時檔案。</translation>
    </message>
</context>
<context>
    <name>Care</name>
    <message>
        <source>Anniversary</source>
        <translation>紀念日</translation>
    </message>
    <message>
        <source>Festival</source>
        <translation>節日</translation>
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
        <translation>請寫明是什麼日子，例如：公司成立紀念日。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (yyyy-MM-dd).</source>
        <translation>「%1」不是日期（yyyy-MM-dd）。</translation>
    </message>
    <message>
        <source>This day is no longer on the card.</source>
        <translation>該日子已不在客戶卡片上。</translation>
    </message>
    <message>
        <source>Someone changed this day in the meantime. Reload and try again.</source>
        <translation>其他人剛剛修改了這個日子，請重新整理後重試。</translation>
    </message>
</context>
<context>
    <name>ChurnRisk</name>
    <message>
        <source>silent %1 days; usually orders every %2 days</source>
        <translation>已 %1 天未下單；通常每 %2 天下單一次</translation>
    </message>
    <message>
        <source>%1 % likely to be still active</source>
        <translation>仍活躍的可能性 %1%</translation>
    </message>
</context>
<context>
    <name>Cli</name>
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
        <translation>新客戶的欄位（customers add）。</translation>
    </message>
    <message>
        <source>Change a field: FIELD=VALUE (customers edit; repeatable).</source>
        <translation>修改欄位：欄位=值（customers edit；可重複）。</translation>
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
        <translation>隨機種子：相同的種子生成相同的資料。</translation>
    </message>
    <message>
        <source>The date the demo data ends (seed).</source>
        <translation>示範資料的截止日期（seed）。</translation>
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
        <translation>此資料庫有多個使用者：請用 --user 登入名（或 GUANXI_USER）說明身份，並透過 GUANXI_PASSWORD 或在提示處輸入密碼。</translation>
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
        <translation>最後聯絡</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Say what to change with --set FIELD=VALUE.</source>
        <translation>請用 --set 欄位=值 指定要修改的內容。</translation>
    </message>
    <message>
        <source>--expect-version takes a number.</source>
        <translation>--expect-version 需要一個數字。</translation>
    </message>
    <message>
        <source>--set takes FIELD=VALUE, for example --set phone=13800138000.</source>
        <translation>--set 的格式為 欄位=值，例如 --set phone=13800138000。</translation>
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
        <source>%1 is one of: %2.</source>
        <translation>%1 的取值為：%2。</translation>
    </message>
    <message>
        <source>Unknown field %1. Fields: %2.</source>
        <translation>未知欄位 %1。可用欄位：%2。</translation>
    </message>
    <message>
        <source>--on-duplicate takes skip, update or create.</source>
        <translation>--on-duplicate 的取值為 skip、update 或 create。</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在匯入</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
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
        <translation>已匯入 %1（%2 行）：新增 %3，更新 %4，作為重複跳過 %5，拒絕 %6；新增聯絡人 %7。用時 %8 毫秒。</translation>
    </message>
    <message>
        <source>Dry run of %1 (%2 rows), nothing written: %3 would be created, %4 updated, %5 skipped as duplicates, %6 rejected; %7 contacts added. %8 ms.</source>
        <translation>試執行 %1（%2 行），未寫入任何資料：將新增 %3，更新 %4，作為重複跳過 %5，拒絕 %6；新增聯絡人 %7。用時 %8 毫秒。</translation>
    </message>
    <message>
        <source>The rejected rows, with the reason for each, are in %1.</source>
        <translation>被拒絕的行及各自原因已儲存到 %1。</translation>
    </message>
    <message>
        <source>Usage: guanxi-cli export customers|contacts FILE (.csv, .xlsx, or .vcf for contacts)</source>
        <translation>用法：guanxi-cli export customers|contacts 檔案（.csv、.xlsx，聯絡人還可用 .vcf）</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>正在匯出</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2.</source>
        <translation>已匯出 %1 行到 %2。</translation>
    </message>
    <message>
        <source>Seeded %1 users, %2 customers, %3 contacts, %4 leads, %5 timeline entries and %6 orders in %7 s (%8 rows/s). Demo accounts: admin, manager1…manager4, sales1…sales12, with the password %9.</source>
        <translation>已生成 %1 個使用者、%2 個客戶、%3 個聯絡人、%4 條潛在客戶、%5 條跟進記錄和 %6 個訂單，用時 %7 秒（每秒 %8 行）。示範帳號：admin、manager1…manager4、sales1…sales12，密碼為 %9。</translation>
    </message>
    <message>
        <source>search needs what to look for, for example: guanxi-cli search zsf</source>
        <translation>search 需要要查詢的內容，例如：guanxi-cli search zsf</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳情</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>What import does with a row that is already in the database: skip, update or create.</source>
        <translation>匯入時遇到資料庫中已有的記錄如何處理：skip（跳過）、update（更新）或 create（仍然新增）。</translation>
    </message>
    <message>
        <source>Write the rows import refused, with the reason, to this CSV file.</source>
        <translation>將匯入拒絕的行及原因寫入此 CSV 檔案。</translation>
    </message>
    <message>
        <source>Take owner, created and last-contact dates from the file (import).</source>
        <translation>沿用檔案中的負責人、建立時間和最後聯絡時間（匯入）。</translation>
    </message>
    <message>
        <source>Check the file and report what import would do, writing nothing.</source>
        <translation>檢查檔案並報告匯入結果，不寫入任何資料。</translation>
    </message>
    <message>
        <source>Save even when the duplicate guard finds the same customer.</source>
        <translation>即使防撞單發現相同客戶也儲存。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>標價</translation>
    </message>
    <message>
        <source>Floor price</source>
        <translation>底線價</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>幣種</translation>
    </message>
    <message>
        <source>Tax rate (bp)</source>
        <translation>稅率（基點）</translation>
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
        <translation>products add 需要 --code、--name 和 --price，例如：guanxi-cli products add --code NB-X1 --name 筆記本 --price 8999.00</translation>
    </message>
    <message>
        <source>--tax-rate takes a percentage, for example 13.</source>
        <translation>--tax-rate 需要一個百分數，例如 13。</translation>
    </message>
    <message>
        <source>Usage: guanxi-cli products list|add</source>
        <translation>用法：guanxi-cli products list|add</translation>
    </message>
    <message>
        <source>The product&apos;s code (products add).</source>
        <translation>產品編號（products add）。</translation>
    </message>
    <message>
        <source>The product&apos;s category (products add).</source>
        <translation>產品類別（products add）。</translation>
    </message>
    <message>
        <source>The product&apos;s specification (products add).</source>
        <translation>產品規格（products add）。</translation>
    </message>
    <message>
        <source>The product&apos;s unit, e.g. 台 (products add).</source>
        <translation>產品單位，例如 臺（products add）。</translation>
    </message>
    <message>
        <source>List price, e.g. 8999.00 (products add).</source>
        <translation>標價，例如 8999.00（products add）。</translation>
    </message>
    <message>
        <source>Lowest unit price without approval (products add).</source>
        <translation>無需審批的最低單價（products add）。</translation>
    </message>
    <message>
        <source>What one unit costs the company (products add).</source>
        <translation>公司的單位成本（products add）。</translation>
    </message>
    <message>
        <source>Tax rate in percent, default 13 (products add).</source>
        <translation>稅率（百分數），預設 13（products add）。</translation>
    </message>
    <message>
        <source>ISO 4217 currency code, default CNY (products add).</source>
        <translation>ISO 4217 貨幣程式碼，預設 CNY（products add）。</translation>
    </message>
    <message>
        <source>The showroom has %1 products.</source>
        <translation>展廳中有 %1 種產品。</translation>
    </message>
    <message>
        <source>The sales funnel has %1 opportunities; %2 quotes and %3 orders made from them.</source>
        <translation>銷售漏斗中有 %1 個銷售機會；由此生成 %2 張報價單和 %3 個訂單。</translation>
    </message>
    <message>
        <source>Usage: guanxi-cli %1 list [--format table|csv|json]</source>
        <translation>用法：guanxi-cli %1 list [--format table|csv|json]</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>編號</translation>
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
        <translation>合計</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>審批</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%2, %n page(s)).</source>
        <translation>
            <numerusform>已寫入 %1（%2，%n 頁）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the printed document to this PDF file (print).</source>
        <translation>把列印的單據寫入此 PDF 檔案（print）。</translation>
    </message>
    <message>
        <source>The warehouse copy of a delivery note, without prices (print).</source>
        <translation>出貨單倉庫聯，不含價格（print）。</translation>
    </message>
    <message>
        <source>--customers, --orders, --interactions and --seed take whole numbers.</source>
        <translation>--customers、--orders、--interactions 和 --seed 需要整數。</translation>
    </message>
    <message>
        <source>The workbench has %1 tasks and %2 customer care days.</source>
        <translation>工作臺有 %1 項任務和 %2 個客戶關懷日。</translation>
    </message>
    <message>
        <source>--at takes a date and time such as 2026-11-23T09:00.</source>
        <translation>--at 需要日期和時間，例如 2026-11-23T09:00。</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>鍵</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Due at</source>
        <translation>提醒時間</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>客戶 ID</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事項</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳情</translation>
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
        <translation>--until 需要日期和時間，例如 2026-11-23T15:00。</translation>
    </message>
    <message>
        <source>Snoozed until %1.</source>
        <translation>已推遲到 %1。</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>已完成。</translation>
    </message>
    <message>
        <source>Number of timeline touch points in all (seed; default: one or two per contacted customer).</source>
        <translation>時間線接觸記錄總數（seed；預設：每個聯絡過的客戶一到兩條）。</translation>
    </message>
    <message>
        <source>List the reminders that are due (reminders).</source>
        <translation>列出到期的提醒（reminders）。</translation>
    </message>
    <message>
        <source>The moment to look at instead of now, e.g. 2026-11-23T09:00 (reminders).</source>
        <translation>以此時刻代替現在，例如 2026-11-23T09:00（reminders）。</translation>
    </message>
    <message>
        <source>Snooze until this moment (reminders snooze).</source>
        <translation>推遲到此時刻（reminders snooze）。</translation>
    </message>
    <message>
        <source>Usage: guanxi-cli report clv --calibration-end YYYY-MM-DD [--currency CODE] [--per-customer] [--format table|csv|json]</source>
        <translation>用法：guanxi-cli report clv --calibration-end YYYY-MM-DD [--currency CODE] [--per-customer] [--format table|csv|json]</translation>
    </message>
    <message>
        <source>%1 customers, purchases in %2 up to %3.</source>
        <translation>%1 位客戶，截至 %3 的 %2 購買記錄。</translation>
    </message>
    <message>
        <source>BG/NBD: r = %1, alpha = %2, a = %3, b = %4 (log-likelihood %5)</source>
        <translation>BG/NBD：r = %1，alpha = %2，a = %3，b = %4（對數似然 %5）</translation>
    </message>
    <message>
        <source>Gamma-Gamma: p = %1, q = %2, gamma = %3 (%4 customers with repeat purchases; %5 left out)</source>
        <translation>Gamma-Gamma：p = %1，q = %2，gamma = %3（%4 位有重複購買的客戶；%5 位未計入）</translation>
    </message>
    <message>
        <source>Repeat purchases</source>
        <translation>重複購買次數</translation>
    </message>
    <message>
        <source>P(active)</source>
        <translation>仍活躍機率</translation>
    </message>
    <message>
        <source>Purchases next 52 weeks</source>
        <translation>未來 52 周購買次數</translation>
    </message>
    <message>
        <source>Spend per purchase</source>
        <translation>每次購買金額</translation>
    </message>
    <message>
        <source>CLV</source>
        <translation>終身價值</translation>
    </message>
    <message>
        <source>Usage: guanxi-cli import-transactions FILE [--currency CODE]</source>
        <translation>用法：guanxi-cli import-transactions FILE [--currency CODE]</translation>
    </message>
    <message>
        <source>Imported %1 purchases: %2 new customers, %3 already known.</source>
        <translation>已匯入 %1 筆購買：新客戶 %2 位，已有客戶 %3 位。</translation>
    </message>
    <message>
        <source>The last day of the calibration period (report clv).</source>
        <translation>校準期的最後一天（report clv）。</translation>
    </message>
    <message>
        <source>Each customer&apos;s figures too (report clv).</source>
        <translation>同時輸出每位客戶的資料（report clv）。</translation>
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
        <translation>報表期間的第一天（report）。</translation>
    </message>
    <message>
        <source>The last day of the report&apos;s period (report).</source>
        <translation>報表期間的最後一天（report）。</translation>
    </message>
    <message>
        <source>What the sales report groups by (report sales).</source>
        <translation>銷售報表的統計維度（report sales）。</translation>
    </message>
    <message>
        <source>One RFM segment&apos;s customers (report rfm).</source>
        <translation>某一 RFM 分群的客戶（report rfm）。</translation>
    </message>
    <message>
        <source>You have no saved report named &quot;%1&quot;.</source>
        <translation>您沒有名為「%1」的已儲存報表。</translation>
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
  rfm [--segment CODE]     八類 RFM 客戶分群（或某一分群的客戶）
  rfm-customers            每位客戶的 RFM 得分和分群
  pareto                   二八分析：按銷售額排列的客戶、累計佔比、ABC 分類
  sales [--by salesperson|department|region|customer|month]   與上期對比
  migration                與上期相比客戶在 RFM 分群間的遷移
  churn                    比平常晚很多仍未下單的客戶
  ageing [--to DAY]        按逾期天數統計各銷售員的未收應收款
  activity                 每人的電話、拜訪、會議等
  stages                   銷售漏斗各階段的轉化率和停留時間
  quota [--to DAY]         DAY 所在月份的定額完成情況
  retention                每月的新客戶、活躍客戶和留存客戶
  products                 按產品統計的訂單明細
  proposals                訂單資料建議的客戶等級和階段（在報表中心確認）
  custom NAME              您在報表中心自建並儲存的報表
  clv --calibration-end YYYY-MM-DD [--per-customer]   客戶終身價值</translation>
    </message>
    <message>
        <source>Note: %1 is open read-only: %2.</source>
        <translation>注意：%1 以唯讀方式開啟：%2。</translation>
    </message>
    <message>
        <source>Shared with colleagues: %1</source>
        <translation>與同事共享：%1</translation>
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
        <translation>唯讀開啟：%1</translation>
    </message>
    <message>
        <source>share takes on, off or status: guanxi-cli share on</source>
        <translation>share 後面接 on、off 或 status，例如：guanxi-cli share on</translation>
    </message>
    <message>
        <source>Shared with colleagues (rollback journal).</source>
        <translation>已與同事共享（回滾日誌）。</translation>
    </message>
    <message>
        <source>Not shared: for this computer only (WAL).</source>
        <translation>未共享：僅供本機使用（WAL）。</translation>
    </message>
    <message>
        <source>Open by: %1, %2 since %3</source>
        <translation>正在使用：%1，%2，自 %3 起</translation>
    </message>
    <message>
        <source>Sharing is on: everyone who opens %1 uses the rollback journal.</source>
        <translation>共享已開啟：所有開啟 %1 的人都使用回滾日誌。</translation>
    </message>
    <message>
        <source>Sharing is off: %1 is for this computer only again.</source>
        <translation>共享已關閉：%1 重新僅供本機使用。</translation>
    </message>
    <message>
        <source>Usage: guanxi-cli print quote|order|delivery ID --pdf FILE [--warehouse] [--language zh_CN|zh_TW|en]</source>
        <translation>用法：guanxi-cli print quote|order|delivery ID --pdf 檔案 [--warehouse] [--language zh_CN|zh_TW|en]</translation>
    </message>
    <message>
        <source>--language is one of %1.</source>
        <translation>--language 只能是 %1 之一。</translation>
    </message>
    <message>
        <source>The language of the printed document: zh_CN, zh_TW or en (print; default: the customer&apos;s).</source>
        <translation>列印單據的語言：zh_CN、zh_TW 或 en（print；預設：客戶設定的語言）。</translation>
    </message>
    <message>
        <source>%1 customers show competitors, a project, a linked customer and a file on their cards.</source>
        <translation>%1 個客戶的卡片上有競爭對手、專案、關聯客戶和檔案。</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>申請人</translation>
    </message>
    <message>
        <source>Asked at</source>
        <translation>申請時間</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>留言</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答覆</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>答覆人</translation>
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
        <translation>已申請審批 %1。</translation>
    </message>
    <message>
        <source>%1 approved.</source>
        <translation>%1 已批准。</translation>
    </message>
    <message>
        <source>%1 refused.</source>
        <translation>%1 已駁回。</translation>
    </message>
    <message>
        <source>A word for the manager, or the reason for a refusal (quotes ask-approval, approve, refuse).</source>
        <translation>給經理的留言，或駁回的原因（quotes ask-approval、approve、refuse）。</translation>
    </message>
    <message>
        <source>Line %1, not checked: %2</source>
        <translation>第 %1 行，未核實：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) could not be read and were left out of their records; each record keeps them in its notes (listed above by line).</source>
        <translation>
            <numerusform>有 %n 個值無法識別，未寫入對應欄位；各記錄的備註中保留了原值（上面按行列出）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The encoding of %1 is not certain (the detector&apos;s guesses: %2). Say which it is with --encoding, for example --encoding GBK or --encoding Shift_JIS.</source>
        <translation>無法確定 %1 的編碼（檢測結果：%2）。請用 --encoding 指定，例如 --encoding GBK 或 --encoding Shift_JIS。</translation>
    </message>
    <message>
        <source>The encoding of a CSV file to import, e.g. GBK, Big5, Shift_JIS, windows-1252 (import; default: detected).</source>
        <translation>要匯入的 CSV 檔案的編碼，例如 GBK、Big5、Shift_JIS、windows-1252（import；預設自動檢測）。</translation>
    </message>
    <message>
        <source>Usage: guanxi-cli import customers|contacts|leads FILE [--on-duplicate skip|update|create] [--rejects FILE] [--keep-owner-and-dates] [--encoding NAME] [--sheet NAME] [--dry-run]</source>
        <translation>用法：guanxi-cli import customers|contacts|leads 檔案 [--on-duplicate skip|update|create] [--rejects 檔案] [--keep-owner-and-dates] [--encoding 編碼] [--sheet 工作表] [--dry-run]</translation>
    </message>
    <message>
        <source>Columns without a field of their own, kept in the records&apos; notes under their names: %1</source>
        <translation>沒有對應欄位的列，已按列名儲存在記錄的備註中：%1</translation>
    </message>
    <message>
        <source>The worksheet of a workbook to import (import; default: the one shown when it was saved, or the first with data).</source>
        <translation>要匯入的工作簿中的工作表（import；預設：儲存時顯示的那一張，或第一張有資料的）。</translation>
    </message>
    <message>
        <source>Guanxi CRM on the command line.</source>
        <translation>命令列版關係 CRM。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>guanxi-cli COMMAND --help shows the options of that command.</source>
        <translation>guanxi-cli 命令 --help 顯示該命令的選項。</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 error, 2 bad arguments or input, 3 duplicate, 4 changed by someone else, 5 not allowed, 6 not found, 7 not in this state (a quote already sent), 8 the file stayed busy.</source>
        <translation>退出碼：0 成功，1 錯誤，2 引數或輸入有誤，3 重複，4 已被他人修改，5 無權限，6 未找到，7 當前狀態不允許（如報價單已發出），8 檔案一直被佔用。</translation>
    </message>
    <message>
        <source>An ISO 4217 currency code, default CNY.</source>
        <translation>ISO 4217 貨幣程式碼，預設 CNY。</translation>
    </message>
    <message>
        <source>  backup DEST                  copy the database (safe while in use)</source>
        <translation>  backup DEST                  複製資料庫（使用中也安全）</translation>
    </message>
    <message>
        <source>  check                        integrity, foreign keys, schema version and sharing</source>
        <translation>  check                        完整性、外來鍵、資料庫結構版本和共享狀態</translation>
    </message>
    <message>
        <source>  customers list|add|show|edit|delete|restore</source>
        <translation>  customers list|add|show|edit|delete|restore</translation>
    </message>
    <message>
        <source>  export customers|contacts FILE         to .csv, .xlsx (or .vcf for contacts)</source>
        <translation>  export customers|contacts FILE         匯出為 .csv、.xlsx（聯絡人也可 .vcf）</translation>
    </message>
    <message>
        <source>  import customers|contacts|leads FILE   from .csv (UTF-8 or GBK), .xlsx or .vcf</source>
        <translation>  import customers|contacts|leads FILE   從 .csv（UTF-8 或 GBK）、.xlsx 或 .vcf 匯入</translation>
    </message>
    <message>
        <source>  import-transactions FILE     a purchase log (customer, date, quantity, value) as customers and orders</source>
        <translation>  import-transactions FILE     將購買記錄（客戶、日期、數量、金額）匯入為客戶和訂單</translation>
    </message>
    <message>
        <source>  init                         create a database (and its administrator)</source>
        <translation>  init                         建立資料庫（及其管理員）</translation>
    </message>
    <message>
        <source>  orders list                  orders and their state</source>
        <translation>  orders list                  訂單及其狀態</translation>
    </message>
    <message>
        <source>  print quote|order|delivery ID --pdf FILE [--warehouse] [--language zh_CN|zh_TW|en]   the printed document as PDF</source>
        <translation>  print quote|order|delivery ID --pdf FILE [--warehouse] [--language zh_CN|zh_TW|en]   將列印的單據輸出為 PDF</translation>
    </message>
    <message>
        <source>  products list|add            the showroom (list: --search; add: --code --name --price …)</source>
        <translation>  products list|add            展廳（list：--search；add：--code --name --price …）</translation>
    </message>
    <message>
        <source>The product&apos;s name (products add).</source>
        <translation>產品名稱（products add）。</translation>
    </message>
    <message>
        <source>Notes on the product (products add).</source>
        <translation>產品備註（products add）。</translation>
    </message>
    <message>
        <source>  quotes list                  quotes (JSON: id, number, customer, total_minor, currency, status)</source>
        <translation>  quotes list                  報價單（JSON：id、number、customer、total_minor、currency、status）</translation>
    </message>
    <message>
        <source>  quotes approvals             price approvals waiting for you (or your own requests and answers)</source>
        <translation>  quotes approvals             等待您審批的價格（或您自己的申請及答覆）</translation>
    </message>
    <message>
        <source>  quotes ask-approval|approve|refuse ID [--message TEXT]   ask for, give or refuse a price approval</source>
        <translation>  quotes ask-approval|approve|refuse ID [--message 文字]   申請、批准或駁回價格審批</translation>
    </message>
    <message>
        <source>  reminders --due [--at ISO-DATETIME]   the reminders due now (or then)</source>
        <translation>  reminders --due [--at ISO-DATETIME]   現在（或指定時刻）到期的提醒</translation>
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
        <translation>                               客戶分析、銷售和運營報表</translation>
    </message>
    <message>
        <source>  report clv --calibration-end YYYY-MM-DD [--per-customer]   customer lifetime value (BG/NBD, Gamma-Gamma)</source>
        <translation>  report clv --calibration-end YYYY-MM-DD [--per-customer]   客戶終身價值（BG/NBD、Gamma-Gamma）</translation>
    </message>
    <message>
        <source>  restore SRC                  replace the database with a backup</source>
        <translation>  restore SRC                  用備份替換資料庫</translation>
    </message>
    <message>
        <source>  search QUERY                 customers, contacts and leads by name, pinyin, phone, e-mail, tag</source>
        <translation>  search QUERY                 按名稱、拼音、電話、郵箱、標籤查詢客戶、聯絡人和潛在客戶</translation>
    </message>
    <message>
        <source>  seed                         fill an empty database with demo data</source>
        <translation>  seed                         向空資料庫填入示範資料</translation>
    </message>
    <message>
        <source>  share on|off|status          share this file with colleagues on the LAN (rollback journal)</source>
        <translation>  share on|off|status          與區域網中的同事共享此檔案（回滾日誌）</translation>
    </message>
</context>
<context>
    <name>ClvCalculator</name>
    <message>
        <source>CLV = F − AC + Σ (R − S) / (1 + d)^t for t = 1 … n. F: first purchase; AC: acquisition cost; R: yearly added revenue; S: yearly service cost; d: discount rate; n: retention years.</source>
        <translation>CLV = F − AC + Σ (R − S) / (1 + d)^t，t = 1 … n。F：首次購買額；AC：獲客成本；R：每年新增收入；S：每年服務成本；d：折現率；n：保持年數。</translation>
    </message>
</context>
<context>
    <name>ClvService</name>
    <message>
        <source>The calibration period needs an end date (yyyy-MM-dd).</source>
        <translation>校準期需要結束日期（yyyy-MM-dd）。</translation>
    </message>
    <message numerus="yes">
        <source>Only %n customer(s) bought in %1 up to %2; the models need a customer base to learn from.</source>
        <translation>
            <numerusform>截至 %2 只有 %n 位客戶以 %1 購買過；模型需要足夠的客戶群才能學習。</numerusform>
        </translation>
    </message>
    <message>
        <source>The models could not be fitted to these purchases (too few repeat purchases, or no consistent pattern). Try a longer calibration period.</source>
        <translation>無法用這些購買記錄擬合模型（重複購買太少或沒有一致的規律）。請嘗試更長的校準期。</translation>
    </message>
    <message>
        <source>The customer-value models have not been fitted yet.</source>
        <translation>客戶價值模型尚未擬合。</translation>
    </message>
    <message>
        <source>This customer has no purchases in %1 yet.</source>
        <translation>該客戶尚無 %1 購買記錄。</translation>
    </message>
</context>
<context>
    <name>CompanyProfile</name>
    <message>
        <source>Only a manager or an administrator may change the letterhead.</source>
        <translation>只有經理或管理員可以修改信頭。</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>標誌必須是 PNG 或 JPEG 圖片。</translation>
    </message>
    <message>
        <source>The logo is larger than 512 KB.</source>
        <translation>標誌圖片超過 512 KB。</translation>
    </message>
</context>
<context>
    <name>ContactRepository</name>
    <message>
        <source>Someone changed this contact&apos;s phone numbers or addresses in the meantime. Reload it and make your change again.</source>
        <translation>有人在此期間修改了這位聯絡人的電話或地址。請重新載入後再修改一次。</translation>
    </message>
</context>
<context>
    <name>ContactService</name>
    <message>
        <source>The contact does not exist.</source>
        <translation>該聯絡人不存在。</translation>
    </message>
    <message>
        <source>This contact belongs to a customer of a colleague; you cannot see its details.</source>
        <translation>該聯絡人屬於同事的客戶，您無法檢視其詳情。</translation>
    </message>
    <message>
        <source>A contact cannot be their own superior or assistant.</source>
        <translation>聯絡人不能是自己的上級或助理。</translation>
    </message>
    <message>
        <source>The superior or assistant is not a contact in this database.</source>
        <translation>所選上級或助理不是本資料庫中的聯絡人。</translation>
    </message>
    <message>
        <source>Someone changed this contact in the meantime (now version %1). Reload it and make your change again.</source>
        <translation>該聯絡人已被他人修改（現為第 %1 版）。請重新載入後再修改。</translation>
    </message>
    <message>
        <source>Choose the customer this contact works for.</source>
        <translation>請選擇該聯絡人所在的客戶。</translation>
    </message>
</context>
<context>
    <name>ContactValidator</name>
    <message>
        <source>&quot;%1…&quot; is too long for a phone number, e-mail or IM id.</source>
        <translation>「%1…」太長，不能作為電話、郵箱或即時通訊帳號。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid phone number. Write it with its area code, for example 138 0013 8000, 010 6552 9988 or +1 650 253 0000.</source>
        <translation>「%1」不是有效的電話號碼。請帶區號填寫，例如 138 0013 8000、010 6552 9988 或 +1 650 253 0000。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address, for example name@example.com.</source>
        <translation>「%1」不是有效的電子郵件地址，例如 name@example.com。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a WeChat id: 6 to 20 letters, digits, _ or -, starting with a letter, or a mobile number.</source>
        <translation>「%1」不是微訊號：應為 6 至 20 個字母、數字、_ 或 -，以字母開頭，或為手機號。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a QQ number (5 to 12 digits).</source>
        <translation>「%1」不是 QQ 號（5 至 12 位數字）。</translation>
    </message>
    <message>
        <source>Enter the contact&apos;s name.</source>
        <translation>請輸入聯絡人姓名。</translation>
    </message>
    <message>
        <source>The name may have at most %1 characters.</source>
        <translation>名稱最多 %1 個字元。</translation>
    </message>
    <message>
        <source>The title may have at most %1 characters.</source>
        <translation>職位最多 %1 個字元。</translation>
    </message>
    <message>
        <source>A contact may have at most %1 phone numbers, e-mails and IM ids.</source>
        <translation>一個聯絡人最多有 %1 個電話、郵箱和即時通訊帳號。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date, for example 1985-03-21 or 03-21.</source>
        <translation>「%1」不是日期，例如 1985-03-21 或 03-21。</translation>
    </message>
    <message>
        <source>Unknown gender code &quot;%1&quot;.</source>
        <translation>未知的性別程式碼「%1」。</translation>
    </message>
    <message>
        <source>A profile entry may have at most %1 characters.</source>
        <translation>個人檔案的每項最多 %1 個字元。</translation>
    </message>
    <message>
        <source>The notes may have at most %1 characters.</source>
        <translation>備註最多 %1 個字元。</translation>
    </message>
    <message>
        <source>The name contains control characters.</source>
        <translation>名稱中含有控制字元。</translation>
    </message>
    <message>
        <source>The title contains control characters.</source>
        <translation>職務中含有控制字元。</translation>
    </message>
</context>
<context>
    <name>Contacts</name>
    <message>
        <source>Operational</source>
        <translation>操作層</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>管理層</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>決策層</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>User department</source>
        <translation>使用部門</translation>
    </message>
    <message>
        <source>Technical department</source>
        <translation>技術部門</translation>
    </message>
    <message>
        <source>Finance department</source>
        <translation>財務部門</translation>
    </message>
    <message>
        <source>Purchasing department</source>
        <translation>採購部門</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手機</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>傳真</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>郵箱</translation>
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
        <translation>第 %1 行的引號沒有閉合；檔案其餘部分被讀作一個欄位。</translation>
    </message>
</context>
<context>
    <name>CustomReport</name>
    <message>
        <source>Salesperson</source>
        <translation>銷售員</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部門</translation>
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
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
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
        <translation>年</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>訂單數</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>銷售額</translation>
    </message>
    <message>
        <source>Average order</source>
        <translation>平均訂單額</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>Choose one or two things to group by.</source>
        <translation>請選擇一到兩個統計維度。</translation>
    </message>
    <message>
        <source>Group by two different things.</source>
        <translation>兩個統計維度不能相同。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not something a report can group by.</source>
        <translation>「%1」不是可用的統計維度。</translation>
    </message>
    <message>
        <source>Choose at least one figure to show.</source>
        <translation>請至少選擇一項指標。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a figure a report can show.</source>
        <translation>「%1」不是可用的指標。</translation>
    </message>
    <message>
        <source>Unknown tier.</source>
        <translation>未知的客戶等級。</translation>
    </message>
    <message>
        <source>The period needs a first and a last day, in that order.</source>
        <translation>期間需要開始日期和結束日期，且先後順序正確。</translation>
    </message>
    <message>
        <source>My report</source>
        <translation>我的報表</translation>
    </message>
    <message>
        <source>%1 to %2, %3</source>
        <translation>%1 至 %2，%3</translation>
    </message>
    <message>
        <source>Give the report a name.</source>
        <translation>請為報表命名。</translation>
    </message>
    <message>
        <source>This report is no longer among yours.</source>
        <translation>該報表已不在您的報表中。</translation>
    </message>
</context>
<context>
    <name>CustomerAccess</name>
    <message>
        <source>The customer does not exist or is in the recycle bin.</source>
        <translation>該客戶不存在或在回收站中。</translation>
    </message>
    <message>
        <source>%1 belongs to %2; you cannot see its details.</source>
        <translation>%1屬於%2，您無法檢視其詳情。</translation>
    </message>
    <message>
        <source>This customer</source>
        <translation>該客戶</translation>
    </message>
    <message>
        <source>Claim %1 from the public pool before you work on it.</source>
        <translation>請先從公海領取%1，再進行跟進。</translation>
    </message>
    <message>
        <source>%1 belongs to %2; you may not change it.</source>
        <translation>%1 屬於 %2，您不能修改。</translation>
    </message>
    <message>
        <source>This contact does not work at the chosen customer.</source>
        <translation>該聯絡人不在所選客戶任職。</translation>
    </message>
</context>
<context>
    <name>CustomerDetails</name>
    <message>
        <source>Supplier</source>
        <translation>供應商</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>經銷商</translation>
    </message>
    <message>
        <source>End user</source>
        <translation>終端使用者</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>合作夥伴</translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation>請填寫%1。</translation>
    </message>
    <message>
        <source>supplier of</source>
        <translation>供貨給</translation>
    </message>
    <message>
        <source>supplied by</source>
        <translation>供貨方為</translation>
    </message>
    <message>
        <source>distributor of</source>
        <translation>經銷</translation>
    </message>
    <message>
        <source>distributed by</source>
        <translation>經銷商為</translation>
    </message>
    <message>
        <source>end user of</source>
        <translation>使用其產品</translation>
    </message>
    <message>
        <source>has as end user</source>
        <translation>終端使用者為</translation>
    </message>
    <message>
        <source>partner of</source>
        <translation>合作夥伴</translation>
    </message>
    <message>
        <source>competitor&apos;s name</source>
        <translation>競爭對手名稱</translation>
    </message>
    <message>
        <source>Satisfaction is from 1 (poor) to 5 (very good), or 0 when not known.</source>
        <translation>滿意度為 1（差）到 5（很好），不清楚時為 0。</translation>
    </message>
    <message>
        <source>project&apos;s name</source>
        <translation>專案名稱</translation>
    </message>
    <message>
        <source>The budget cannot be negative.</source>
        <translation>預算不能為負數。</translation>
    </message>
    <message>
        <source>A project&apos;s people are decision makers or influencers.</source>
        <translation>專案相關人只能是決策者或影響者。</translation>
    </message>
    <message>
        <source>A decision maker or influencer must be a contact of this customer.</source>
        <translation>決策者或影響者必須是該客戶的聯絡人。</translation>
    </message>
    <message>
        <source>A customer cannot be linked to itself.</source>
        <translation>客戶不能與自身關聯。</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>檔名</translation>
    </message>
    <message>
        <source>%1 is larger than 20 MB; keep large files elsewhere and note where on the card.</source>
        <translation>%1 大於 20 MB；請把大檔案放在別處，並在卡片上註明位置。</translation>
    </message>
    <message>
        <source>The file is no longer attached.</source>
        <translation>該檔案已不在附件中。</translation>
    </message>
    <message>
        <source>The entry no longer exists.</source>
        <translation>該條目已不存在。</translation>
    </message>
    <message>
        <source>Someone changed this entry in the meantime. Reload and try again.</source>
        <translation>該記錄已被他人修改。請重新載入後再試。</translation>
    </message>
</context>
<context>
    <name>CustomerFields</name>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>簡稱</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>型別</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Value type</source>
        <translation>價值型別</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地區</translation>
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
        <translation>行業</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>郵箱</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>網址</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>組織結構</translation>
    </message>
    <message>
        <source>Business situation</source>
        <translation>經營狀況</translation>
    </message>
    <message>
        <source>Purchasing department</source>
        <translation>採購部門</translation>
    </message>
    <message>
        <source>Support department</source>
        <translation>支援部門</translation>
    </message>
    <message>
        <source>Using department</source>
        <translation>使用部門</translation>
    </message>
    <message>
        <source>Installed base</source>
        <translation>已有裝置</translation>
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
        <translation>單據語言</translation>
    </message>
</context>
<context>
    <name>CustomerMerge</name>
    <message>
        <source>A customer cannot be merged with itself.</source>
        <translation>客戶不能與自身合併。</translation>
    </message>
    <message>
        <source>One of the two customers was changed in the meantime. Reload and merge again.</source>
        <translation>兩個客戶之一已被他人修改。請重新載入後再合併。</translation>
    </message>
</context>
<context>
    <name>CustomerProposals</name>
    <message>
        <source>rank %1 of %2 by revenue in the last 12 months; first order %3; ordered on %4 day(s) this year</source>
        <translation>最近 12 個月銷售額排名 %1/%2；首次下單 %3；今年下單 %4 天</translation>
    </message>
</context>
<context>
    <name>CustomerService</name>
    <message>
        <source>This customer belongs to %1; you cannot see its details.</source>
        <translation>此客戶屬於 %1；您無權檢視其詳情。</translation>
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
        <translation>%1 於 %2 修改了此客戶（現為版本 %3）。請重新載入檢視其修改，然後再次進行您的修改。</translation>
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
    <message>
        <source>Your company&apos;s rules do not let salespeople save a customer that already exists:
%1
Open the existing record, or ask its owner to share it.</source>
        <translation>公司規定銷售人員不能儲存已存在的客戶：
%1
請開啟已有記錄，或請負責人共享給您。</translation>
    </message>
</context>
<context>
    <name>CustomerTags</name>
    <message>
        <source>A tag is a short word or phrase of up to 50 characters, without &quot;|&quot;.</source>
        <translation>標籤是不超過 50 個字元的詞或短語，不能包含「|」。</translation>
    </message>
    <message>
        <source>Someone changed %1 in the meantime. Try again.</source>
        <translation>其他人剛剛修改了 %1，請重試。</translation>
    </message>
</context>
<context>
    <name>CustomerValidator</name>
    <message>
        <source>Enter the customer&apos;s name.</source>
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
        <source>&quot;%1&quot; is not a phone number. Use digits, spaces, dashes and an optional leading +, for example 138 0013 8000 or +86 10 6552 9988.</source>
        <translation>「%1」不是有效的電話號碼。請使用數字、空格、連字元及可選的前導 +，例如 138 0013 8000 或 +86 10 6552 9988。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address, for example name@example.com.</source>
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
        <translation>備註最多 %1 個字元。</translation>
    </message>
    <message>
        <source>The notes contain control characters.</source>
        <translation>備註中含有控制字元。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long (at most %2 characters) or contains control characters.</source>
        <translation>「%1」太長（最多 %2 個字元）或包含控制字元。</translation>
    </message>
    <message>
        <source>The address may have at most %1 characters.</source>
        <translation>地址最多 %1 個字元。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address, for example www.example.com.</source>
        <translation>「%1」不是網址，例如 www.example.com。</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; is too long (at most %2 characters) or contains &quot;|&quot;.</source>
        <translation>標籤「%1」太長（最多 %2 個字元）或包含「|」。</translation>
    </message>
    <message>
        <source>A customer may have at most %1 tags.</source>
        <translation>一個客戶最多有 %1 個標籤。</translation>
    </message>
    <message>
        <source>A background text may have at most %1 characters.</source>
        <translation>客戶背景的每項最多 %1 個字元。</translation>
    </message>
    <message>
        <source>Printed documents are in zh_CN, zh_TW or en, not &quot;%1&quot;.</source>
        <translation>單據語言只能是 zh_CN、zh_TW 或 en，不能是「%1」。</translation>
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
    <message>
        <source>Business</source>
        <translation>企業</translation>
    </message>
    <message>
        <source>Consumer</source>
        <translation>個人</translation>
    </message>
    <message>
        <source>Channel partner</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>內部</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>潛在</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新線索</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>老客戶</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>忠誠</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>未評估</translation>
    </message>
    <message>
        <source>Lighthouse</source>
        <translation>燈塔型</translation>
    </message>
    <message>
        <source>Follower</source>
        <translation>跟隨型</translation>
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
        <translation>此資料庫已有客戶。示範資料只能寫入新的空資料庫。</translation>
    </message>
    <message>
        <source>Only an administrator can load demo data.</source>
        <translation>只有管理員可以載入示範資料。</translation>
    </message>
    <message>
        <source>Cancelled; no demo data was written.</source>
        <translation>已取消，未寫入任何示範資料。</translation>
    </message>
    <message>
        <source>Not enough memory to make the demo passwords.</source>
        <translation>記憶體不足，無法生成示範帳戶的密碼。</translation>
    </message>
</context>
<context>
    <name>DocumentMath</name>
    <message>
        <source>A quantity cannot be negative.</source>
        <translation>數量不能為負數。</translation>
    </message>
    <message>
        <source>A unit price cannot be negative.</source>
        <translation>單價不能為負數。</translation>
    </message>
    <message>
        <source>A discount lies between 0 % and 100 %.</source>
        <translation>折扣應在 0% 到 100% 之間。</translation>
    </message>
    <message>
        <source>A tax rate lies between 0 % and 100 %.</source>
        <translation>稅率應在 0% 到 100% 之間。</translation>
    </message>
    <message>
        <source>The line&apos;s amount is too large.</source>
        <translation>該行金額過大。</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <source>The %1 template cannot be used:
%2</source>
        <translation>%1 模板無法使用：
%2</translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation>報價單</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>This delivery note does not exist (any more).</source>
        <translation>此出貨單不存在（或已刪除）。</translation>
    </message>
    <message>
        <source>Sales contract</source>
        <translation>銷售合約</translation>
    </message>
    <message>
        <source>Delivery note (warehouse copy)</source>
        <translation>出貨單（倉庫聯）</translation>
    </message>
    <message>
        <source>Delivery note</source>
        <translation>出貨單</translation>
    </message>
    <message>
        <source>%1 %2 — page %3 of %4</source>
        <translation>%1 %2 — 第 %3 頁，共 %4 頁</translation>
    </message>
</context>
<context>
    <name>DocumentRenderer</name>
    <message>
        <source>The printer or file cannot be used; nothing was printed.</source>
        <translation>無法使用印表機或檔案；沒有列印任何內容。</translation>
    </message>
    <message>
        <source>The printer stopped after page %1.</source>
        <translation>印表機在第 %1 頁後停止。</translation>
    </message>
    <message>
        <source>%1 %2 — page %3 of %4</source>
        <translation>%1 %2 — 第 %3 頁，共 %4 頁</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>same name</source>
        <translation>名稱相同</translation>
    </message>
    <message>
        <source>same phone number %1</source>
        <translation>電話相同 %1</translation>
    </message>
    <message>
        <source>same e-mail %1</source>
        <translation>郵箱相同 %1</translation>
    </message>
    <message>
        <source>same company domain %1</source>
        <translation>公司域名相同 %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists in the public pool (%2).</source>
        <translation>「%1」已在公海中（%2）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists, owned by %2 (%3).</source>
        <translation>「%1」已存在，負責人為%2（%3）。</translation>
    </message>
    <message>
        <source>This customer already exists and belongs to %1 (%2).</source>
        <translation>該客戶已存在，屬於%1（%2）。</translation>
    </message>
</context>
<context>
    <name>DuplicateRules</name>
    <message>
        <source>Only a manager or an administrator sets the duplicate guard&apos;s rule.</source>
        <translation>只有經理或管理員可以設定防撞單規則。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mail domain, for example 21cn.com.</source>
        <translation>「%1」不是郵箱域名，例如 21cn.com。</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>已取消匯出；未寫入檔案。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
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
        <translation>%1「%2」：%3</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>郵箱</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>網址</translation>
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
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>簡稱</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Code in the old system</source>
        <translation>舊系統編號</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>單據語言</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>客戶背景</translation>
    </message>
    <message>
        <source>(too long)</source>
        <translation>（過長）</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>longer than %1 characters; cut</source>
        <translation>超過 %1 個字元，已截斷</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>職位</translation>
    </message>
    <message>
        <source>Phone, e-mail or IM</source>
        <translation>電話、郵件或即時通訊號</translation>
    </message>
    <message>
        <source>more than %1 on one contact</source>
        <translation>一個聯絡人最多 %1 個</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>個人檔案</translation>
    </message>
    <message>
        <source>Not checked, as imported:</source>
        <translation>匯入時未能核實的原值：</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>(do not import)</source>
        <translation>（不匯入）</translation>
    </message>
    <message>
        <source>Customer / company name</source>
        <translation>客戶/公司名稱</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>簡稱</translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation>客戶型別</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>客戶等級</translation>
    </message>
    <message>
        <source>Loyalty stage</source>
        <translation>客戶階段</translation>
    </message>
    <message>
        <source>Province / region</source>
        <translation>省份/地區</translation>
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
        <translation>行業</translation>
    </message>
    <message>
        <source>Company phone</source>
        <translation>公司電話</translation>
    </message>
    <message>
        <source>Company e-mail</source>
        <translation>公司郵箱</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>網址</translation>
    </message>
    <message>
        <source>Source channel</source>
        <translation>客戶來源</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Owner (salesperson)</source>
        <translation>負責人（銷售）</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>建立日期</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最後聯絡</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>客戶編號</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>聯絡人姓名</translation>
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
        <translation>職務</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手機</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>聯絡人電話</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>傳真</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>聯絡人郵箱</translation>
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
        <translation>性別</translation>
    </message>
    <message>
        <source>Skip the row</source>
        <translation>跳過該行</translation>
    </message>
    <message>
        <source>Update the existing record</source>
        <translation>更新現有記錄</translation>
    </message>
    <message>
        <source>Create it anyway</source>
        <translation>仍然新增</translation>
    </message>
    <message>
        <source>District / county</source>
        <translation>區/縣</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>郵編</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>國家</translation>
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
        <translation>旁邊電話、郵箱或地址的型別</translation>
    </message>
    <message>
        <source>Keep in notes (with the column&apos;s name)</source>
        <translation>儲存到備註（附列名）</translation>
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
        <translation>檔案是空的。</translation>
    </message>
    <message>
        <source>The file mixes UTF-8 and GB18030 (GBK) text; each line was read in the encoding it is written in. Check the preview.</source>
        <translation>檔案中混有 UTF-8 和 GB18030（GBK）文字；每一行已按其自身的編碼讀取。請檢查預覽。</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) contain bytes that are neither UTF-8 nor GB18030; they show as �.</source>
        <translation>
            <numerusform>有 %n 行包含既不是 UTF-8 也不是 GB18030 的位元組；這些位元組顯示為 �。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>無法開啟 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than 512 MB; split it into smaller files.</source>
        <translation>%1 大於 512 MB；請拆分成較小的檔案。</translation>
    </message>
    <message>
        <source>The file has no header row.</source>
        <translation>檔案沒有表頭行。</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) beyond the %1th column were left out: Guanxi reads at most %1 columns.</source>
        <translation>
            <numerusform>第 %1 列之後的 %n 個值未讀入：關係 CRM 最多讀取 %1 列。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 不是普通檔案。</translation>
    </message>
    <message>
        <source>There is no encoding called &quot;%1&quot; (try GBK, Big5, Shift_JIS, EUC-KR, windows-1251 or windows-1252).</source>
        <translation>沒有名為「%1」的編碼（可用 GBK、Big5、Shift_JIS、EUC-KR、windows-1251 或 windows-1252）。</translation>
    </message>
    <message>
        <source>The file&apos;s encoding is not certain; it was read as %1. If the preview shows garbled text, choose the encoding (the detector&apos;s guesses: %2).</source>
        <translation>檔案編碼無法確定，已按 %1 讀取。如果預覽中出現亂碼，請選擇編碼（檢測結果：%2）。</translation>
    </message>
    <message>
        <source>Guanxi imports .csv, .xlsx, .xls and .vcf files; %1 is none of these.</source>
        <translation>關係可匯入 .csv、.xlsx、.xls 和 .vcf 檔案；%1 不屬於其中任何一種。</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>&quot;%1&quot; is not a %2 (use one of: %3).</source>
        <translation>「%1」不是有效的%2（可用：%3）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an importance (use normal, important or vip; 普通, 重要 or 贵宾).</source>
        <translation>「%1」不是客戶等級（可用 normal、important 或 vip；普通、重要或貴賓）。</translation>
    </message>
    <message>
        <source>The owner &quot;%1&quot; is not a user of this database.</source>
        <translation>負責人「%1」不是本資料庫的使用者。</translation>
    </message>
    <message>
        <source>You may not give customers to %1.</source>
        <translation>您不能把客戶分給%1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (for example 2024-03-21 or 2024-03-21 14:30).</source>
        <translation>「%1」不是日期（例如 2024-03-21 或 2024-03-21 14:30）。</translation>
    </message>
    <message>
        <source>The date %1 lies in the future.</source>
        <translation>日期 %1 在將來。</translation>
    </message>
    <message>
        <source>%1 Created anyway.</source>
        <translation>%1 已仍然新增。</translation>
    </message>
    <message>
        <source>%1 Skipped.</source>
        <translation>%1 已跳過。</translation>
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
        <translation>該行既沒有客戶名稱也沒有聯絡人姓名。</translation>
    </message>
    <message>
        <source>The row has no contact name.</source>
        <translation>該行沒有聯絡人姓名。</translation>
    </message>
    <message>
        <source>%1 has the same phone number or e-mail as a contact already in the database; skipped.</source>
        <translation>%1 的電話或郵箱與資料庫中已有的聯絡人相同；已跳過。</translation>
    </message>
    <message>
        <source>%1 You may not add contacts to it.</source>
        <translation>%1 您不能為其新增聯絡人。</translation>
    </message>
    <message>
        <source>The column mapping does not fit the file.</source>
        <translation>列對應關係與檔案不符。</translation>
    </message>
    <message>
        <source>No column holds a name. Map the customer&apos;s or the contact&apos;s name to a column.</source>
        <translation>沒有任何列包含名稱。請將客戶名稱或聯絡人姓名對應到某一列。</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>已取消匯入；未匯入任何資料。</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行號</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Values without a column</source>
        <translation>沒有對應列的值</translation>
    </message>
    <message numerus="yes">
        <source>the row has %n value(s) more than the header has columns</source>
        <translation>
            <numerusform>這一行比表頭多 %n 個值</numerusform>
        </translation>
    </message>
    <message>
        <source>The database refused the row: %1 (%2)</source>
        <translation>資料庫拒絕了這一行：%1（%2）</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>電話：%1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>郵箱：%1</translation>
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
        <translation>職位：%1</translation>
    </message>
    <message>
        <source>%1 made by an earlier row of this file: %2 joins it as a contact.</source>
        <translation>%1 由本檔案前面的行建立：%2 作為聯絡人加入。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>「%1」不是電話號碼。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>「%1」不是電子郵箱地址。</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>The system keychain is not available: %1</source>
        <translation>系統金鑰環不可用：%1</translation>
    </message>
</context>
<context>
    <name>LeadService</name>
    <message>
        <source>The lead does not exist.</source>
        <translation>該潛在客戶不存在。</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name or the company.</source>
        <translation>請輸入聯絡人姓名或公司名稱。</translation>
    </message>
    <message>
        <source>A name may have at most %1 characters.</source>
        <translation>名稱最多 %1 個字元。</translation>
    </message>
    <message>
        <source>&quot;%1…&quot; is too long.</source>
        <translation>「%1…」太長。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>「%1」不是電話號碼。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>「%1」不是電子郵箱地址。</translation>
    </message>
    <message>
        <source>The notes may have at most %1 characters.</source>
        <translation>備註最多 %1 個字元。</translation>
    </message>
    <message>
        <source>This lead belongs to %1; you cannot see its details.</source>
        <translation>該潛在客戶屬於%1，您無法檢視其詳情。</translation>
    </message>
    <message>
        <source>Someone changed this lead in the meantime. Reload it and make your change again.</source>
        <translation>該潛在客戶已被他人修改。請重新載入後再修改。</translation>
    </message>
    <message>
        <source>This lead is not assigned to you.</source>
        <translation>該潛在客戶未分配給您。</translation>
    </message>
    <message>
        <source>This lead belongs to %1.</source>
        <translation>該潛在客戶屬於%1。</translation>
    </message>
    <message>
        <source>This lead has been converted; work on its customer instead.</source>
        <translation>該潛在客戶已轉化；請在其客戶上繼續工作。</translation>
    </message>
    <message>
        <source>The chosen salesperson is not a user of this database.</source>
        <translation>所選銷售人員不是本資料庫的使用者。</translation>
    </message>
    <message>
        <source>You may not give this lead to that salesperson.</source>
        <translation>您不能把該潛在客戶分給這位銷售人員。</translation>
    </message>
    <message>
        <source>Convert a lead with the conversion, not by setting its status.</source>
        <translation>請使用「轉化」來轉化潛在客戶，而不是直接設定狀態。</translation>
    </message>
    <message>
        <source>Give the reason for disqualifying this lead.</source>
        <translation>請填寫判定該潛在客戶無效的原因。</translation>
    </message>
    <message>
        <source>The opportunity&apos;s amount cannot be negative.</source>
        <translation>銷售機會的金額不能為負數。</translation>
    </message>
    <message>
        <source>This lead was disqualified (%1). Set it to following up before converting it.</source>
        <translation>該潛在客戶已被判定無效（%1）。請先改回「跟進中」再轉化。</translation>
    </message>
    <message>
        <source>%1 (from lead)</source>
        <translation>%1（來自潛在客戶）</translation>
    </message>
    <message>
        <source>Converted from lead %1</source>
        <translation>由潛在客戶 %1 轉化</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>來源：%1</translation>
    </message>
    <message>
        <source>Only a manager or an administrator sets how leads are assigned.</source>
        <translation>只有經理或管理員可以設定潛在客戶的分配規則。</translation>
    </message>
    <message>
        <source>The rule names someone who is not a user of this database.</source>
        <translation>規則中包含不是本資料庫使用者的人。</translation>
    </message>
    <message>
        <source>Choose the salespeople who take turns.</source>
        <translation>請選擇輪流分配的銷售人員。</translation>
    </message>
</context>
<context>
    <name>Leads</name>
    <message>
        <source>New</source>
        <translation>新線索</translation>
    </message>
    <message>
        <source>Following up</source>
        <translation>跟進中</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>無效</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>已轉化</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>The daily snapshot failed: %1</source>
        <translation>每日快照失敗：%1</translation>
    </message>
    <message>
        <source>Today&apos;s snapshot of the database was saved.</source>
        <translation>今天的資料庫快照已儲存。</translation>
    </message>
    <message>
        <source>Guanxi CRM</source>
        <translation>關係 CRM</translation>
    </message>
    <message>
        <source>Open this database file.</source>
        <translation>開啟此資料庫檔案。</translation>
    </message>
    <message>
        <source>Accounts changed outside Guanxi</source>
        <translation>帳戶在關係 CRM 之外被修改</translation>
    </message>
    <message>
        <source>The users table of this file was changed by another program: a role, a password or an account may not be what Guanxi last saved. An administrator should check the accounts in Settings. Teams that need permissions enforced should use server sync.</source>
        <translation>此檔案的使用者表被其他程式修改過：角色、密碼或帳戶可能已不是關係 CRM 上次儲存的樣子。請管理員在「設定」中核對帳戶。需要強制權限的團隊請使用伺服器同步。</translation>
    </message>
</context>
<context>
    <name>MoneyText</name>
    <message>
        <source>&quot;%1&quot; is not an amount (for example 12,345.67).</source>
        <translation>「%1」不是金額（例如 12,345.67）。</translation>
    </message>
    <message>
        <source>%1 amounts have no decimals.</source>
        <translation>%1 金額沒有小數。</translation>
    </message>
    <message>
        <source>%1 amounts have at most %2 decimals.</source>
        <translation>%1 金額最多有 %2 位小數。</translation>
    </message>
    <message>
        <source>The amount %1 is too large.</source>
        <translation>金額 %1 過大。</translation>
    </message>
</context>
<context>
    <name>OperationsReports</name>
    <message>
        <source>The report needs a day (yyyy-MM-dd).</source>
        <translation>報表需要一個日期（yyyy-MM-dd）。</translation>
    </message>
    <message>
        <source>Receivables ageing</source>
        <translation>應收帳齡</translation>
    </message>
    <message>
        <source>Open on %1, %2, by days past due</source>
        <translation>截至 %1 未收，%2，按逾期天數</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>銷售員</translation>
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
        <translation>未收合計</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（無人）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>The period needs a first and a last day, in that order.</source>
        <translation>期間需要開始日期和結束日期，且先後順序正確。</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活動統計</translation>
    </message>
    <message>
        <source>Touch points logged from %1 to %2</source>
        <translation>%1 至 %2 記錄的接觸</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>流失預警</translation>
    </message>
    <message>
        <source>Customers buying much later than usual, or unlikely to be still active</source>
        <translation>比平常晚很多仍未下單、或不太可能仍活躍的客戶</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>最近訂單</translation>
    </message>
    <message>
        <source>Order days</source>
        <translation>下單天數</translation>
    </message>
    <message>
        <source>Usual interval (days)</source>
        <translation>通常間隔（天）</translation>
    </message>
    <message>
        <source>Silent (days)</source>
        <translation>沉默（天）</translation>
    </message>
    <message>
        <source>Probability active</source>
        <translation>仍活躍機率</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>At risk: silent for more than twice the customer&apos;s own mean interval between order days, or less than %1 % likely to be still active by the lifetime-value models (when fitted).</source>
        <translation>流失預警：未下單時間超過該客戶自身平均下單間隔的兩倍，或按客戶終身價值模型（已擬合時）仍活躍的可能性低於 %1%。</translation>
    </message>
    <message>
        <source>RFM segment migration</source>
        <translation>RFM 分群遷移</translation>
    </message>
    <message>
        <source>From %1 – %2 to %3 – %4, %5</source>
        <translation>從 %1 – %2 到 %3 – %4，%5</translation>
    </message>
    <message>
        <source>Earlier segment</source>
        <translation>上期分群</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>No purchase now</source>
        <translation>本期未購買</translation>
    </message>
    <message>
        <source>Mix now</source>
        <translation>本期構成</translation>
    </message>
    <message>
        <source>Projected next period</source>
        <translation>預測下期構成</translation>
    </message>
    <message>
        <source>Each row: where the customers of an earlier segment are now, as shares of that segment (a Markov transition matrix). The projection applies the moves of those who stayed to today&apos;s mix. %1 customers bought now who had not bought in the earlier window.</source>
        <translation>每一行：上期某分群的客戶本期落在何處，以佔該分群的比例表示（馬爾可夫轉移矩陣）。預測將留存客戶的遷移規律應用於本期構成。本期有 %1 位客戶在上期沒有購買。</translation>
    </message>
</context>
<context>
    <name>OpportunityService</name>
    <message>
        <source>Choose the customer of the opportunity.</source>
        <translation>請選擇銷售機會所屬的客戶。</translation>
    </message>
    <message>
        <source>Give the opportunity a name.</source>
        <translation>請為銷售機會命名。</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>金額不能為負數。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code (for example CNY).</source>
        <translation>「%1」不是貨幣程式碼（例如 CNY）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (write it as 2026-12-31).</source>
        <translation>「%1」不是日期（請寫成 2026-12-31）。</translation>
    </message>
    <message>
        <source>The stage &quot;%1&quot; does not exist (any more).</source>
        <translation>階段「%1」不存在（或已刪除）。</translation>
    </message>
    <message>
        <source>A probability lies between 0 % and 100 %.</source>
        <translation>贏單機率應在 0 % 到 100 % 之間。</translation>
    </message>
    <message>
        <source>This opportunity does not exist (any more).</source>
        <translation>此銷售機會不存在（或已刪除）。</translation>
    </message>
    <message>
        <source>This opportunity belongs to %1.</source>
        <translation>此銷售機會屬於 %1。</translation>
    </message>
    <message>
        <source>The chosen owner is not a user of this database.</source>
        <translation>所選負責人不是此資料庫的使用者。</translation>
    </message>
    <message>
        <source>You may not give an opportunity to %1.</source>
        <translation>您不能把銷售機會分配給 %1。</translation>
    </message>
    <message>
        <source>%1 belongs to %2; you may not change it.</source>
        <translation>%1 屬於 %2，您不能修改。</translation>
    </message>
    <message>
        <source>Someone else changed this opportunity in the meantime. Reload it and try again.</source>
        <translation>其他人已修改了此銷售機會。請重新載入後再試。</translation>
    </message>
</context>
<context>
    <name>Order</name>
    <message>
        <source>open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>partly delivered</source>
        <translation>部分出貨</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>已發貨</translation>
    </message>
    <message>
        <source>delivered and paid</source>
        <translation>已出貨並收款</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已關閉</translation>
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
        <translation>其他人已修改了此訂單。請重新載入後再試。</translation>
    </message>
    <message>
        <source>This order does not exist (any more).</source>
        <translation>此訂單不存在（或已刪除）。</translation>
    </message>
    <message>
        <source>This order belongs to %1.</source>
        <translation>此訂單屬於 %1。</translation>
    </message>
    <message>
        <source>Order %1 belongs to %2; you may not change it.</source>
        <translation>訂單 %1 屬於 %2，您不能修改。</translation>
    </message>
    <message>
        <source>Order %1 is %2.</source>
        <translation>訂單 %1 %2。</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>貨款</translation>
    </message>
    <message>
        <source>Each part of the payment plan needs a share above 0 % and a due date.</source>
        <translation>付款計劃的每一部分都需要大於 0% 的比例和到期日。</translation>
    </message>
    <message>
        <source>The parts of the payment plan must add up to 100 %.</source>
        <translation>付款計劃各部分之和必須為 100%。</translation>
    </message>
    <message>
        <source>A delivered line is not on order %1.</source>
        <translation>出貨的明細不在訂單 %1 上。</translation>
    </message>
    <message>
        <source>%1: a delivered quantity cannot be negative.</source>
        <translation>%1：出貨數量不能為負數。</translation>
    </message>
    <message>
        <source>%1: only %2 %3 are still to deliver.</source>
        <translation>%1：只剩 %2 %3 待出貨。</translation>
    </message>
    <message>
        <source>Enter how much of which line is delivered.</source>
        <translation>請填寫各行的出貨數量。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (write it as 2026-12-31).</source>
        <translation>「%1」不是日期（請寫成 2026-12-31）。</translation>
    </message>
    <message>
        <source>The receivable is not one of order %1&apos;s.</source>
        <translation>該應收款不屬於訂單 %1。</translation>
    </message>
    <message>
        <source>A payment must be more than 0.</source>
        <translation>收款金額必須大於 0。</translation>
    </message>
    <message>
        <source>%1 still owes %2; a payment cannot be larger.</source>
        <translation>%1 還欠 %2；收款不能超過此數。</translation>
    </message>
    <message>
        <source>The receivable</source>
        <translation>該應收款</translation>
    </message>
    <message>
        <source>Order %1 is %2; it is closed once everything is delivered and paid.</source>
        <translation>訂單 %1 %2；全部出貨並收款後才能關閉。</translation>
    </message>
    <message>
        <source>Order %1 cannot become %2.</source>
        <translation>訂單 %1 不能變為「%2」。</translation>
    </message>
</context>
<context>
    <name>PaymentPlans</name>
    <message>
        <source>All of it within 30 days</source>
        <translation>30 天內全額付款</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>貨款</translation>
    </message>
    <message>
        <source>30 % on signing, 70 % within 60 days</source>
        <translation>簽約付 30%，60 天內付 70%</translation>
    </message>
    <message>
        <source>Advance payment</source>
        <translation>預付款</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>尾款</translation>
    </message>
    <message>
        <source>All of it on delivery (within 7 days)</source>
        <translation>貨到付款（7 天內）</translation>
    </message>
</context>
<context>
    <name>PhoneRules</name>
    <message>
        <source>Only a manager or an administrator sets the country of phone numbers.</source>
        <translation>只有經理或管理員可以設定電話號碼所屬的國家。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country code, for example CN, US or DE.</source>
        <translation>「%1」不是國家程式碼，例如 CN、US 或 DE。</translation>
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
        <translation>期間需要開始日期和結束日期，且先後順序正確。</translation>
    </message>
    <message>
        <source>Funnel: conversion and time in stage</source>
        <translation>漏斗轉化與階段時長</translation>
    </message>
    <message>
        <source>Deals that entered a stage from %1 to %2</source>
        <translation>%1 至 %2 期間進入各階段的商機</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>進入</translation>
    </message>
    <message>
        <source>Moved on</source>
        <translation>推進</translation>
    </message>
    <message>
        <source>Lost from here</source>
        <translation>在此輸單</translation>
    </message>
    <message>
        <source>Moved back</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Still there</source>
        <translation>仍在此階段</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>轉化率</translation>
    </message>
    <message>
        <source>Average days in stage</source>
        <translation>平均停留天數</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>停留天數中位數</translation>
    </message>
    <message>
        <source>Conversion: of the deals that left the stage, the share that went on to a later one. Days count until the deal left the stage, or until today for those still in it.</source>
        <translation>轉化率：離開該階段的商機中進入後續階段的比例。停留天數算到商機離開該階段為止，仍在該階段的算到今天。</translation>
    </message>
    <message>
        <source>Quota attainment</source>
        <translation>定額完成情況</translation>
    </message>
    <message>
        <source>%1, won deals against quota</source>
        <translation>%1，贏單金額對比定額</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>銷售員</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>定額</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>贏單</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>Customer acquisition and retention</source>
        <translation>客戶獲取與留存</translation>
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
        <translation>購買客戶數</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新客戶</translation>
    </message>
    <message>
        <source>Bought the month before too</source>
        <translation>上月也購買</translation>
    </message>
    <message>
        <source>Retention rate</source>
        <translation>留存率</translation>
    </message>
    <message>
        <source>Retention rate: of the customers who bought in a month, the share who bought again the month after.</source>
        <translation>留存率：某月購買的客戶中，下個月再次購買的比例。</translation>
    </message>
    <message>
        <source>Sales by product</source>
        <translation>產品銷售</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>淨銷售額</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>訂單數</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上期</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>變化</translation>
    </message>
    <message>
        <source>%1 to %2 against %3 to %4, %5 (orders with lines)</source>
        <translation>%1 至 %2，對比 %3 至 %4，%5（有明細的訂單）</translation>
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
        <translation>需求確認</translation>
    </message>
    <message>
        <source>Proposal and quote</source>
        <translation>方案報價</translation>
    </message>
    <message>
        <source>Negotiation and review</source>
        <translation>談判稽核</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>贏單</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>輸單</translation>
    </message>
</context>
<context>
    <name>PipelineStages</name>
    <message>
        <source>Every stage needs a name.</source>
        <translation>每個階段都需要名稱。</translation>
    </message>
    <message>
        <source>The probability of &quot;%1&quot; must lie between 0 % and 100 %.</source>
        <translation>「%1」的機率應在 0 % 到 100 % 之間。</translation>
    </message>
    <message>
        <source>Open stages come before the won and lost stages.</source>
        <translation>進行中的階段須排在贏單和輸單之前。</translation>
    </message>
    <message>
        <source>A won deal has a probability of 100 %.</source>
        <translation>贏單的機率為 100 %。</translation>
    </message>
    <message>
        <source>A lost deal has a probability of 0 %.</source>
        <translation>輸單的機率為 0 %。</translation>
    </message>
    <message>
        <source>The funnel needs at least one open stage.</source>
        <translation>漏斗至少需要一個進行中的階段。</translation>
    </message>
    <message>
        <source>The funnel needs exactly one won stage and one lost stage.</source>
        <translation>漏斗需要且只需要一個贏單階段和一個輸單階段。</translation>
    </message>
    <message>
        <source>Two stages are called &quot;%1&quot;.</source>
        <translation>有兩個階段都叫「%1」。</translation>
    </message>
    <message>
        <source>Only a manager or an administrator may change the sales stages.</source>
        <translation>只有經理或管理員可以修改銷售階段。</translation>
    </message>
    <message>
        <source>Someone else removed a stage in the meantime. Reload the stages and try again.</source>
        <translation>其他人已刪除了一個階段。請重新載入階段後再試。</translation>
    </message>
    <message>
        <source>Someone else changed the stages in the meantime. Reload them and try again.</source>
        <translation>其他人已修改了階段。請重新載入後再試。</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; still holds %n opportunities; move them to another stage first.</source>
        <translation>
            <numerusform>「%1」中還有 %n 個銷售機會，請先把它們移到其他階段。</numerusform>
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
        <translation>必須先讓其他人都關閉此檔案。仍在使用：%1。</translation>
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
        <translation>只有經理或管理員可以修改價目表。</translation>
    </message>
    <message>
        <source>Give the price list a name.</source>
        <translation>請為價目表命名。</translation>
    </message>
    <message>
        <source>A member price list names the customer tier it is for.</source>
        <translation>會員價目表需指明適用的客戶等級。</translation>
    </message>
    <message>
        <source>The tier already has the price list %1.</source>
        <translation>該等級已有價目表 %1。</translation>
    </message>
</context>
<context>
    <name>PrintTemplates</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>無法建立資料夾 %1。</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>無法寫入 %1。</translation>
    </message>
    <message>
        <source>{{/%1}} closes a section that is not open.</source>
        <translation>{{/%1}} 結束了一個沒有開啟的區塊。</translation>
    </message>
    <message>
        <source>{{%1}} is not a placeholder this document has.</source>
        <translation>{{%1}} 不是此單據的佔位符。</translation>
    </message>
    <message>
        <source>The section {{#%1}} is not closed with {{/%1}}.</source>
        <translation>區塊 {{#%1}} 沒有用 {{/%1}} 結束。</translation>
    </message>
    <message>
        <source>The HTML is broken: &lt;/%1&gt; does not close the element that is open%2.</source>
        <translation>HTML 有誤：&lt;/%1&gt; 與當前開啟的元素%2不匹配。</translation>
    </message>
    <message>
        <source>The HTML is broken: &lt;%1&gt; is never closed.</source>
        <translation>HTML 有誤：&lt;%1&gt; 沒有結束標籤。</translation>
    </message>
    <message>
        <source>The HTML is broken: a tag is missing its &lt; or &gt;.</source>
        <translation>HTML 有誤：某個標籤缺少 &lt; 或 &gt;。</translation>
    </message>
</context>
<context>
    <name>ProductService</name>
    <message>
        <source>Only a manager or an administrator may change the showroom.</source>
        <translation>只有經理或管理員可以修改展廳。</translation>
    </message>
    <message>
        <source>Enter the product&apos;s code.</source>
        <translation>請輸入產品編號。</translation>
    </message>
    <message>
        <source>Enter the product&apos;s name.</source>
        <translation>請輸入產品名稱。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code (for example CNY).</source>
        <translation>「%1」不是貨幣程式碼（例如 CNY）。</translation>
    </message>
    <message>
        <source>Prices and costs cannot be negative.</source>
        <translation>價格和成本不能為負數。</translation>
    </message>
    <message>
        <source>The floor price cannot be above the list price.</source>
        <translation>底線價不能高於標價。</translation>
    </message>
    <message>
        <source>A tax rate lies between 0 % and 100 %.</source>
        <translation>稅率應在 0% 到 100% 之間。</translation>
    </message>
    <message>
        <source>The picture must be a PNG or JPEG image.</source>
        <translation>圖片必須是 PNG 或 JPEG 格式。</translation>
    </message>
    <message>
        <source>The picture is larger than 2 MB.</source>
        <translation>圖片超過 2 MB。</translation>
    </message>
    <message>
        <source>The code %1 is already used by %2.</source>
        <translation>編號 %1 已被「%2」使用。</translation>
    </message>
    <message>
        <source>This product does not exist (any more).</source>
        <translation>該產品不存在（或已被刪除）。</translation>
    </message>
    <message>
        <source>Someone else changed or deleted this product in the meantime. Reload it and try again.</source>
        <translation>其他人剛剛修改或刪除了該產品。請重新載入後再試。</translation>
    </message>
</context>
<context>
    <name>PublicPool</name>
    <message>
        <source>Only a manager or an administrator sets the public pool&apos;s rules.</source>
        <translation>只有經理或管理員可以設定公海規則。</translation>
    </message>
    <message>
        <source>The daily claim limit must be between 0 and 10000.</source>
        <translation>每日領取上限必須在 0 到 10000 之間。</translation>
    </message>
    <message>
        <source>The customer does not exist or is in the recycle bin.</source>
        <translation>該客戶不存在或在回收站中。</translation>
    </message>
    <message>
        <source>%1 is no longer in the public pool: %2 has it now.</source>
        <translation>%1 已不在公海中：現在屬於%2。</translation>
    </message>
    <message>
        <source>Someone changed %1 in the meantime. Reload and try again.</source>
        <translation>%1 已被他人修改。請重新載入後再試。</translation>
    </message>
    <message>
        <source>You have claimed %1 customers in the last 24 hours, the most the rules allow.</source>
        <translation>您在過去 24 小時內已領取 %1 個客戶，達到了規則允許的上限。</translation>
    </message>
    <message>
        <source>The days before a customer returns to the pool must be between 0 (never) and 3650.</source>
        <translation>客戶退回公海前的天數必須在 0（從不）到 3650 之間。</translation>
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
        <translation>「%1」既不是月份（2026-11）也不是季度（2026-Q4）。</translation>
    </message>
    <message>
        <source>A quota cannot be negative.</source>
        <translation>定額不能為負數。</translation>
    </message>
    <message>
        <source>This user does not exist (any more).</source>
        <translation>該使用者不存在（或已刪除）。</translation>
    </message>
    <message>
        <source>You may not set the quota of %1.</source>
        <translation>您不能設定 %1 的定額。</translation>
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
        <translation>已傳送</translation>
    </message>
    <message>
        <source>accepted (ordered)</source>
        <translation>已接受（已下單）</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已拒絕</translation>
    </message>
    <message>
        <source>superseded by a revision</source>
        <translation>已被修訂版取代</translation>
    </message>
</context>
<context>
    <name>QuoteService</name>
    <message>
        <source>Someone else changed this quote in the meantime. Reload it and try again.</source>
        <translation>其他人已修改了此報價單。請重新載入後再試。</translation>
    </message>
    <message>
        <source>This quote does not exist (any more).</source>
        <translation>此報價單不存在（或已刪除）。</translation>
    </message>
    <message>
        <source>This quote belongs to %1.</source>
        <translation>此報價單屬於 %1。</translation>
    </message>
    <message>
        <source>A quote needs at least one line.</source>
        <translation>報價單至少需要一行明細。</translation>
    </message>
    <message>
        <source>Line %1: </source>
        <translation>第 %1 行：</translation>
    </message>
    <message>
        <source>the product is not in the showroom (any more).</source>
        <translation>產品已不在展廳中。</translation>
    </message>
    <message>
        <source>%1 is priced in %2, the quote in %3; one quote holds one currency.</source>
        <translation>%1 以 %2 計價，報價單為 %3；一張報價單只能用一種幣種。</translation>
    </message>
    <message>
        <source>the quantity must be more than 0.</source>
        <translation>數量必須大於 0。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code (for example CNY).</source>
        <translation>「%1」不是貨幣程式碼（例如 CNY）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (write it as 2026-12-31).</source>
        <translation>「%1」不是日期（請寫成 2026-12-31）。</translation>
    </message>
    <message>
        <source>Quote %1 belongs to %2; you may not change it.</source>
        <translation>報價單 %1 屬於 %2，您不能修改。</translation>
    </message>
    <message>
        <source>Quote %1 is %2; only a draft is changed. Make a revision instead.</source>
        <translation>報價單 %1 狀態為%2；只有草稿可以修改。請改為修訂。</translation>
    </message>
    <message>
        <source>Only a manager may approve prices below the floor.</source>
        <translation>只有經理可以批准低於底線的價格。</translation>
    </message>
    <message>
        <source>Quote %1 has nothing waiting for approval.</source>
        <translation>報價單 %1 沒有待審批的內容。</translation>
    </message>
    <message>
        <source>Quote %1 has prices below the floor; a manager must approve it before it is sent.</source>
        <translation>報價單 %1 有低於底線的價格；須經理批准後才能傳送。</translation>
    </message>
    <message>
        <source>Quote %1 is already %2.</source>
        <translation>報價單 %1 已經是%2。</translation>
    </message>
    <message>
        <source>Quote %1 is %2 and is not revised.</source>
        <translation>報價單 %1 狀態為%2，不能修訂。</translation>
    </message>
    <message>
        <source>Quote %1 needs no approval.</source>
        <translation>報價單 %1 無需審批。</translation>
    </message>
    <message>
        <source>Approval of quote %1 was already asked for by %2 on %3.</source>
        <translation>%2 已於 %3 申請審批報價單 %1。</translation>
    </message>
    <message>
        <source>Say why the prices are refused, so the salesperson knows what to change.</source>
        <translation>請說明駁回價格的原因，以便銷售人員知道要改什麼。</translation>
    </message>
    <message>
        <source>Quote %1 is %2 and cannot become an order.</source>
        <translation>報價單 %1 狀態為%2，不能轉為訂單。</translation>
    </message>
    <message>
        <source>Quote %1 has prices below the floor; a manager must approve it before it becomes an order.</source>
        <translation>報價單 %1 有低於底線的價格；須經理批准後才能轉為訂單。</translation>
    </message>
    <message>
        <source>%1 asked for it on %2; no answer yet.</source>
        <translation>%1 已於 %2 申請，尚未答覆。</translation>
    </message>
    <message>
        <source>%1 refused on %2: %3</source>
        <translation>%1 於 %2 駁回：%3</translation>
    </message>
</context>
<context>
    <name>RecordFields</name>
    <message>
        <source>Phones and e-mails</source>
        <translation>電話和電子郵件</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>職務</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>層級</translation>
    </message>
    <message>
        <source>Role in the purchase</source>
        <translation>採購角色</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>上級</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助理</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Hometown</source>
        <translation>籍貫</translation>
    </message>
    <message>
        <source>University</source>
        <translation>畢業院校</translation>
    </message>
    <message>
        <source>Sports</source>
        <translation>運動愛好</translation>
    </message>
    <message>
        <source>Favourite food</source>
        <translation>喜歡的美食</translation>
    </message>
    <message>
        <source>Pets</source>
        <translation>寵物</translation>
    </message>
    <message>
        <source>Books</source>
        <translation>愛讀的書</translation>
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
        <translation>目標</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>郵箱</translation>
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
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Probability (%)</source>
        <translation>贏率（%）</translation>
    </message>
    <message>
        <source>Decision makers</source>
        <translation>決策人</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>幣種</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>預計成交日期</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>競爭對手</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Why won or lost</source>
        <translation>贏單或輸單原因</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>明細行</translation>
    </message>
    <message>
        <source>Prices include tax</source>
        <translation>價格含稅</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商機</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>價目表</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>條款</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>開始時間</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>職位</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>時長（分鐘）</translation>
    </message>
    <message>
        <source>Remind before (minutes)</source>
        <translation>提前提醒（分鐘）</translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <source>The time of day for reminders must lie between 00:00 and 23:59.</source>
        <translation>提醒時間須在 00:00 到 23:59 之間。</translation>
    </message>
    <message>
        <source>A reminder can come 0 to %1 days ahead.</source>
        <translation>提醒可提前 0 到 %1 天。</translation>
    </message>
    <message>
        <source>Returns to the public pool on %1 unless you get in touch</source>
        <translation>如不聯絡，將於 %1 退回公海</translation>
    </message>
    <message>
        <source>This reminder is no longer due: it was dealt with, or its customer or record was deleted.</source>
        <translation>該提醒已不再到期：已經處理過，或其客戶、記錄已被刪除。</translation>
    </message>
    <message>
        <source>A reminder can only be put off until a later time.</source>
        <translation>提醒只能推遲到以後的時間。</translation>
    </message>
    <message>
        <source>A reminder can be put off by a year at most.</source>
        <translation>提醒最多可推遲一年。</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Follow-up due</source>
        <translation>跟進到期</translation>
    </message>
    <message>
        <source>Commitment due</source>
        <translation>承諾到期</translation>
    </message>
    <message>
        <source>Receivable due</source>
        <translation>應收到期</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Customer care day</source>
        <translation>客戶關懷日</translation>
    </message>
    <message>
        <source>Deal closing</source>
        <translation>商機即將成交</translation>
    </message>
    <message>
        <source>Customer about to return to the pool</source>
        <translation>客戶即將退回公海</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任務</translation>
    </message>
    <message>
        <source>Price approval</source>
        <translation>價格審批</translation>
    </message>
</context>
<context>
    <name>Rfm</name>
    <message>
        <source>Important value customers</source>
        <translation>重要價值客戶</translation>
    </message>
    <message>
        <source>Important customers to develop</source>
        <translation>重要發展客戶</translation>
    </message>
    <message>
        <source>Important customers to keep</source>
        <translation>重要保持客戶</translation>
    </message>
    <message>
        <source>Important customers to win back</source>
        <translation>重要挽留客戶</translation>
    </message>
    <message>
        <source>General value customers</source>
        <translation>一般價值客戶</translation>
    </message>
    <message>
        <source>General customers to develop</source>
        <translation>一般發展客戶</translation>
    </message>
    <message>
        <source>General customers to keep</source>
        <translation>一般保持客戶</translation>
    </message>
    <message>
        <source>General customers to win back</source>
        <translation>一般挽留客戶</translation>
    </message>
    <message>
        <source>Bought recently, often and much: the best customers. Keep them close and give them the best service.</source>
        <translation>最近買過、買得多、買得頻：最好的客戶。保持密切聯絡，提供最好的服務。</translation>
    </message>
    <message>
        <source>Bought recently and much, but seldom: make them buy more often.</source>
        <translation>最近買過、買得多，但不常買：設法提高購買頻次。</translation>
    </message>
    <message>
        <source>Bought often and much, but not lately: get back in touch before they slip away.</source>
        <translation>常買、買得多，但最近沒買：在流失前重新聯絡。</translation>
    </message>
    <message>
        <source>Bought much, but neither lately nor often: valuable customers about to be lost; win them back.</source>
        <translation>買得多，但最近沒買也不常買：即將流失的有價值客戶，需要挽留。</translation>
    </message>
    <message>
        <source>Bought recently and often, but little: sell them more per order.</source>
        <translation>最近買過、常買，但買得少：提高每單金額。</translation>
    </message>
    <message>
        <source>Bought recently, but seldom and little: new or occasional customers to develop.</source>
        <translation>最近買過，但不常買、買得少：需要發展的新客戶或偶爾購買的客戶。</translation>
    </message>
    <message>
        <source>Bought often, but little and not lately: keep in touch at low cost.</source>
        <translation>常買，但買得少且最近沒買：以低成本保持聯絡。</translation>
    </message>
    <message>
        <source>Bought little, seldom and long ago: the least active customers.</source>
        <translation>買得少、不常買、很久沒買：最不活躍的客戶。</translation>
    </message>
</context>
<context>
    <name>RfmAnalysis</name>
    <message>
        <source>The window needs a first and a last day, in that order.</source>
        <translation>分析期間需要開始日期和結束日期，且先後順序正確。</translation>
    </message>
    <message>
        <source>Each measure&apos;s four cut points must go up from one to the next.</source>
        <translation>每項指標的四個分界點必須逐個遞增。</translation>
    </message>
    <message>
        <source>No customer bought anything in %1 from %2 to %3.</source>
        <translation>%2 至 %3 期間沒有客戶以 %1 購買過。</translation>
    </message>
</context>
<context>
    <name>SalesReport</name>
    <message>
        <source>Salesperson</source>
        <translation>銷售員</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部門</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地區</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>The period needs a first and a last day, in that order.</source>
        <translation>期間需要開始日期和結束日期，且先後順序正確。</translation>
    </message>
    <message>
        <source>Sales by %1</source>
        <translation>按%1統計的銷售額</translation>
    </message>
    <message>
        <source>%1 to %2, %3</source>
        <translation>%1 至 %2，%3</translation>
    </message>
    <message>
        <source>%1 to %2 against %3 to %4, %5</source>
        <translation>%1 至 %2，對比 %3 至 %4，%5</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>訂單數</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>銷售額</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>佔比</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上期</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>變化</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
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
        <translation>此記錄不斷被修改；請重新載入後再試。</translation>
    </message>
    <message>
        <source>This value cannot be put back.</source>
        <translation>此值無法恢復。</translation>
    </message>
    <message>
        <source>The value was not put back</source>
        <translation>未能恢復該值</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>Only an administrator may turn sharing on or off.</source>
        <translation>只有管理員可以開啟或關閉共享。</translation>
    </message>
    <message>
        <source>Someone else still has the file open (perhaps an older Guanxi or another program). Ask everyone to close it, then try again.</source>
        <translation>仍有其他人開啟著此檔案（可能是舊版關係 CRM 或其他程式）。請讓所有人關閉它，然後再試。</translation>
    </message>
    <message>
        <source>This file is opened over the network (%1). Turn sharing off on the computer whose disk holds it: over a network it must stay shared.</source>
        <translation>此檔案是透過網路（%1）開啟的。請在存放它的電腦上關閉共享：透過網路使用時必須保持共享。</translation>
    </message>
    <message>
        <source>A shared file suits a small team: up to about five people saving at the same time. Larger teams, or teams that work from several offices, should use server sync.

Whoever can write the shared file can also change it with any SQLite tool, bypassing Guanxi: make themselves an administrator, or read every customer. Guanxi notices a role changed that way and says so, but only a server enforces permissions. Share the folder only with people you trust.</source>
        <translation>共享檔案適合小團隊：最多約五人同時儲存。更大的團隊，或在多個辦公地點工作的團隊，應使用伺服器同步。

能寫入共享檔案的人，也能用任何 SQLite 工具繞過關係 CRM 修改它：把自己設為管理員，或讀取所有客戶。關係 CRM 會發現以這種方式修改的角色並提示，但只有伺服器才能強制執行權限。請只與信任的人共享該資料夾。</translation>
    </message>
</context>
<context>
    <name>SheetTables</name>
    <message>
        <source>Some merged cells cover more of the sheet than Guanxi fills in; part of them was left empty.</source>
        <translation>部分合並單元格覆蓋的範圍超出關係填充的上限，其中一部分留空。</translation>
    </message>
    <message>
        <source>The row(s) above the header were taken as titles and not imported: %1</source>
        <translation>表頭上方的行被視為標題，未匯入：%1</translation>
    </message>
</context>
<context>
    <name>SmartLists</name>
    <message>
        <source>Give the list a name.</source>
        <translation>請為列表命名。</translation>
    </message>
    <message>
        <source>The name may have at most %1 characters.</source>
        <translation>名稱最多 %1 個字元。</translation>
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
        <translation>無法開啟資料庫 %1。</translation>
    </message>
    <message>
        <source>Open &amp;another file…</source>
        <translation>開啟其他檔案(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>開啟資料庫</translation>
    </message>
    <message>
        <source>Guanxi database (*.sqlite3 *.db);;All files (*)</source>
        <translation>關係資料庫 (*.sqlite3 *.db);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Loading demo data…</source>
        <translation>正在載入示範資料…</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>示範資料</translation>
    </message>
    <message>
        <source>The demo company is ready. You are signed in as its administrator (login admin). Colleagues sign in as manager1, sales1, sales2, … with the password guanxi123, which is now yours too.</source>
        <translation>示範公司已就緒。您已作為管理員（登入名 admin）登入。同事們用 manager1、sales1、sales2 等登入，密碼為 guanxi123，這現在也是您的密碼。</translation>
    </message>
    <message>
        <source>Updating the database and its search index…</source>
        <translation>正在更新資料庫及其搜尋索引…</translation>
    </message>
    <message>
        <source>The file %1 is empty. Make a new Guanxi database in it?</source>
        <translation>檔案 %1 是空的。要在其中新增關係 CRM 資料庫嗎?</translation>
    </message>
    <message>
        <source>Share this database?</source>
        <translation>共享此資料庫?</translation>
    </message>
    <message>
        <source>Share it now? Everyone who opens it, here or on the computer whose disk holds it, will then use the rollback journal, which is safe over a network. An administrator must sign in, and everyone else must have closed it.</source>
        <translation>現在共享嗎?之後無論在這裡還是在存放它的電腦上開啟，都會使用回滾日誌，這樣透過網路使用是安全的。需要管理員登入，並且其他人都必須已關閉它。</translation>
    </message>
    <message>
        <source>&amp;Share it now</source>
        <translation>現在共享（&amp;S）</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>共享</translation>
    </message>
    <message>
        <source>The file has no administrator.</source>
        <translation>此檔案沒有管理員。</translation>
    </message>
    <message>
        <source>An administrator signs in to share the file</source>
        <translation>由管理員登入以共享此檔案</translation>
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
        <translation>此資料庫由更新版本的關係 CRM 寫入（結構版本 %1；本程式最高支援 %2）。請升級後再開啟。</translation>
    </message>
    <message>
        <source>The database is locked by another user or program. Try again in a moment.</source>
        <translation>資料庫正被其他使用者或程式鎖定。請稍後再試。</translation>
    </message>
    <message>
        <source>The database file is read-only. Check its permissions, or copy it to a folder you can write to.</source>
        <translation>資料庫檔案為唯讀。請檢查其權限，或將其複製到可寫的資料夾。</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing was saved.</source>
        <translation>磁碟已滿。請釋放一些空間後重試；沒有儲存任何內容。</translation>
    </message>
    <message>
        <source>The file is not a Guanxi database or it is damaged. Restore it from a backup.</source>
        <translation>該檔案不是關係資料庫，或已損壞。請從備份恢復。</translation>
    </message>
    <message>
        <source>The database file cannot be opened. Check that the folder exists and that you may read and write it.</source>
        <translation>無法開啟資料庫檔案。請檢查資料夾是否存在，以及您是否有讀寫權限。</translation>
    </message>
    <message>
        <source>The change breaks a rule of the database and was not saved.</source>
        <translation>此更改違反了資料庫規則，未儲存。</translation>
    </message>
    <message>
        <source>A database error occurred: %1</source>
        <translation>發生資料庫錯誤：%1</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a Guanxi database. Guanxi does not open or change it.</source>
        <translation>%1 是其他程式的資料庫，不是關係 CRM 資料庫。關係 CRM 不會開啟或修改它。</translation>
    </message>
    <message>
        <source>%1 is empty: it is not a Guanxi database yet. Create one there with &quot;guanxi-cli init&quot; or the app&apos;s &quot;New database&quot;.</source>
        <translation>%1 是空檔案，還不是關係 CRM 資料庫。請用「guanxi-cli init」或程式中的「新增資料庫」在那裡建立。</translation>
    </message>
    <message>
        <source>the folder is on a read-only mount (%1)</source>
        <translation>資料夾位於唯讀掛載點（%1）</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>檔案是唯讀的</translation>
    </message>
    <message>
        <source>its folder cannot be written, and SQLite keeps its journal beside the file</source>
        <translation>檔案所在的資料夾不可寫，而 SQLite 需要在檔案旁邊儲存日誌</translation>
    </message>
    <message>
        <source>A new database cannot be made at %1: %2.</source>
        <translation>無法在 %1 新增資料庫：%2。</translation>
    </message>
    <message>
        <source>%1 is on a network share (%2) but is set up for one computer only. Opened from several computers like this, it could be damaged.</source>
        <translation>%1 位於網路共享（%2）上，但被設定為僅供一臺電腦使用。這樣從多臺電腦開啟可能會損壞它。</translation>
    </message>
    <message>
        <source>Turn sharing on for it first: Settings → &quot;Share this database with colleagues&quot;, or &quot;guanxi-cli share on&quot;.</source>
        <translation>請先為它開啟共享：設定 →「與同事共享此資料庫」，或執行「guanxi-cli share on」。</translation>
    </message>
    <message>
        <source>It cannot be shared from here either: %1. Open it on the computer whose disk holds it, or use server sync for a team.</source>
        <translation>也無法從這裡共享它：%1。請在存放它的電腦上開啟，或為團隊使用伺服器同步。</translation>
    </message>
    <message>
        <source>%1 was written by an older Guanxi and must be updated before it can be read, but it is open read-only (%2).</source>
        <translation>%1 由舊版關係 CRM 寫入，需要先升級才能讀取，但它是以唯讀方式開啟的（%2）。</translation>
    </message>
    <message>
        <source>The share holding %1 refused a file lock, so Guanxi cannot write to it safely.</source>
        <translation>存放 %1 的共享拒絕了檔案鎖，關係 CRM 無法安全地寫入它。</translation>
    </message>
    <message>
        <source>%1 is being switched to shared mode while someone still has it open. Ask everyone to close Guanxi, then open it again.</source>
        <translation>%1 正在切換為共享模式，但仍有人開啟著它。請讓所有人關閉關係 CRM，然後重新開啟。</translation>
    </message>
    <message>
        <source>This database is open read-only (%1); nothing was saved.</source>
        <translation>此資料庫以唯讀方式開啟（%1）；未儲存任何內容。</translation>
    </message>
    <message>
        <source>The users table was changed outside Guanxi (a role, a password or an account): check the accounts in Settings, and use server sync where permissions must be enforced.</source>
        <translation>使用者表在關係 CRM 之外被修改過（角色、密碼或帳戶）：請在「設定」中核對帳戶；需要強制權限時請使用伺服器同步。</translation>
    </message>
    <message>
        <source>the SMB share is mounted with &quot;nobrl&quot;, so file locks stay on this computer</source>
        <translation>SMB 共享以「nobrl」方式掛載，檔案鎖只在本機有效</translation>
    </message>
    <message>
        <source>the NFS share is mounted with &quot;nolock&quot;, so file locks stay on this computer</source>
        <translation>NFS 共享以「nolock」方式掛載，檔案鎖只在本機有效</translation>
    </message>
    <message>
        <source>the NFS share is mounted with &quot;local_lock=%1&quot;, so file locks stay on this computer</source>
        <translation>NFS 共享以「local_lock=%1」方式掛載，檔案鎖只在本機有效</translation>
    </message>
    <message>
        <source>the folder is mounted through FUSE (%1), which keeps file locks on one computer only</source>
        <translation>資料夾透過 FUSE（%1）掛載，檔案鎖只在一臺電腦上有效</translation>
    </message>
    <message>
        <source>the folder is shared through %1, which does not pass file locks on</source>
        <translation>資料夾透過 %1 共享，檔案鎖無法傳遞</translation>
    </message>
    <message>
        <source>(Opened read-only: %1.)</source>
        <translation>（以唯讀方式開啟：%1。）</translation>
    </message>
    <message>
        <source>The file holds an unfinished save (a colleague saving right now, or one whose Guanxi stopped mid-save), which only a computer that may write the file can undo. Try again in a moment; if this persists, open the file once where it can be written.</source>
        <translation>檔案中有一次未完成的儲存（同事正在儲存，或某位同事的關係 CRM 在儲存中途停止），只有能寫入此檔案的電腦才能撤銷它。請稍後再試；如果一直如此，請在可寫入的電腦上開啟一次此檔案。</translation>
    </message>
</context>
<context>
    <name>TableWriters</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>the file cannot be created</source>
        <translation>無法建立檔案</translation>
    </message>
    <message>
        <source>the finished file cannot be moved into place</source>
        <translation>完成的檔案無法移到目標位置</translation>
    </message>
    <message>
        <source>Guanxi exports lists as .csv or .xlsx; %1 is neither.</source>
        <translation>Guanxi 可將列表匯出為 .csv 或 .xlsx；%1 都不是。</translation>
    </message>
</context>
<context>
    <name>TaskService</name>
    <message>
        <source>A task needs a title: what is to be done.</source>
        <translation>任務需要標題：要做什麼。</translation>
    </message>
    <message>
        <source>The duration must be between 0 and 24 hours.</source>
        <translation>時長須在 0 到 24 小時之間。</translation>
    </message>
    <message>
        <source>A reminder can come at most a week before.</source>
        <translation>提醒最多提前一週。</translation>
    </message>
    <message>
        <source>This time has already passed. Choose a later time, or log what happened on the customer&apos;s timeline instead.</source>
        <translation>這個時間已經過去。請選擇以後的時間，或把發生的事記到客戶時間線上。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (yyyy-MM-dd).</source>
        <translation>「%1」不是日期（yyyy-MM-dd）。</translation>
    </message>
    <message>
        <source>The day %1 has already passed. Choose today or a later day.</source>
        <translation>%1 已經過去。請選擇今天或以後的日期。</translation>
    </message>
    <message>
        <source>A call, visit or meeting needs a day.</source>
        <translation>電話、拜訪或會議需要日期。</translation>
    </message>
    <message>
        <source>This user does not exist (any more).</source>
        <translation>該使用者不存在（或已刪除）。</translation>
    </message>
    <message>
        <source>You may not give tasks to %1.</source>
        <translation>您不能給 %1 分配任務。</translation>
    </message>
    <message>
        <source>This task belongs to %1.</source>
        <translation>這項任務屬於 %1。</translation>
    </message>
    <message>
        <source>This task no longer exists.</source>
        <translation>這項任務已不存在。</translation>
    </message>
    <message>
        <source>Someone changed this task in the meantime. Reload and try again.</source>
        <translation>其他人剛剛修改了這項任務，請重新整理後重試。</translation>
    </message>
    <message>
        <source>The agenda needs a first and a last day, in that order.</source>
        <translation>日程需要開始日期和結束日期，且先後順序正確。</translation>
    </message>
    <message>
        <source>This customer does not exist (any more).</source>
        <translation>該客戶不存在（或已刪除）。</translation>
    </message>
    <message>
        <source>%1 is in the public pool: claim it there.</source>
        <translation>%1 在公海中：請到公海領取。</translation>
    </message>
    <message>
        <source>%1 is already yours.</source>
        <translation>%1 已經是您的客戶。</translation>
    </message>
    <message>
        <source>%1 asks you to share %2 (found by the duplicate guard)</source>
        <translation>%1 請您共享客戶 %2（防撞單發現）</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>To-do</source>
        <translation>待辦事項</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜訪</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>會議</translation>
    </message>
</context>
<context>
    <name>TeamWorkbench</name>
    <message>
        <source>The team&apos;s workbench is for managers.</source>
        <translation>團隊工作臺僅供經理使用。</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Call</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜訪</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>會議</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>郵箱</translation>
    </message>
    <message>
        <source>WeChat message</source>
        <translation>微信訊息</translation>
    </message>
    <message>
        <source>QQ message</source>
        <translation>QQ 訊息</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投訴</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Record change</source>
        <translation>記錄變更</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>已兌現</translation>
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
        <translation>該潛在客戶未分配給您。</translation>
    </message>
    <message>
        <source>This lead has been converted; log it on the customer instead.</source>
        <translation>該潛在客戶已轉化；請在客戶上記錄。</translation>
    </message>
    <message>
        <source>Choose the customer or lead this touch point was with.</source>
        <translation>請選擇這次接觸的客戶或潛在客戶。</translation>
    </message>
    <message>
        <source>Record changes are written by the program, not logged by hand.</source>
        <translation>記錄變更由程式寫入，不能手工記錄。</translation>
    </message>
    <message>
        <source>Write what the touch point was about or what came of it.</source>
        <translation>請寫下這次接觸的內容或結果。</translation>
    </message>
    <message>
        <source>The subject may have at most %1 characters.</source>
        <translation>主題最多 %1 個字元。</translation>
    </message>
    <message>
        <source>The outcome may have at most %1 characters.</source>
        <translation>結果最多 %1 個字元。</translation>
    </message>
    <message>
        <source>That time is still to come. Log touch points that happened; plan the next one as a follow-up.</source>
        <translation>這個時間還沒有到。請記錄已經發生的接觸；下一次請作為跟進計劃。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (yyyy-MM-dd).</source>
        <translation>「%1」不是日期（yyyy-MM-dd）。</translation>
    </message>
    <message>
        <source>The follow-up date %1 has already passed. Choose today or a later day.</source>
        <translation>跟進日期 %1 已經過去。請選擇今天或以後的日期。</translation>
    </message>
    <message>
        <source>That contact does not work for this customer.</source>
        <translation>該聯絡人不在這個客戶工作。</translation>
    </message>
    <message>
        <source>That timeline entry does not exist.</source>
        <translation>該跟進記錄不存在。</translation>
    </message>
    <message>
        <source>Someone changed this entry in the meantime. Reload and try again.</source>
        <translation>該記錄已被他人修改。請重新載入後再試。</translation>
    </message>
    <message>
        <source>Write what was promised.</source>
        <translation>請寫下承諾的內容。</translation>
    </message>
    <message>
        <source>The promise may have at most %1 characters.</source>
        <translation>承諾最多 %1 個字元。</translation>
    </message>
    <message>
        <source>Give the day the promise is due (yyyy-MM-dd).</source>
        <translation>請填寫承諾的到期日（yyyy-MM-dd）。</translation>
    </message>
    <message>
        <source>The due date %1 has already passed.</source>
        <translation>到期日 %1 已經過去。</translation>
    </message>
    <message>
        <source>That commitment does not exist.</source>
        <translation>該承諾不存在。</translation>
    </message>
    <message>
        <source>Someone changed this commitment in the meantime. Reload and try again.</source>
        <translation>該承諾已被他人修改。請重新載入後再試。</translation>
    </message>
</context>
<context>
    <name>TransactionFile</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>無法開啟 %1：%2</translation>
    </message>
    <message>
        <source>Line %1: expected customer, date (yyyymmdd), quantity and value, found &quot;%2&quot;.</source>
        <translation>第 %1 行：應為客戶、日期（yyyymmdd）、數量和金額，實際為「%2」。</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a date (yyyymmdd).</source>
        <translation>第 %1 行：「%2」不是日期（yyyymmdd）。</translation>
    </message>
    <message>
        <source>Line %1: the quantity and the value must be numbers.</source>
        <translation>第 %1 行：數量和金額必須是數字。</translation>
    </message>
</context>
<context>
    <name>TransactionImport</name>
    <message>
        <source>Only managers and administrators import purchase histories.</source>
        <translation>只有經理和管理員可以匯入購買記錄。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code such as CNY or USD.</source>
        <translation>「%1」不是 CNY、USD 這樣的貨幣程式碼。</translation>
    </message>
    <message>
        <source>The file holds no purchases.</source>
        <translation>檔案中沒有購買記錄。</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>客戶 %1</translation>
    </message>
    <message>
        <source>A purchase of %1 on %2 has a negative value; refunds are not imported.</source>
        <translation>%1 在 %2 的購買金額為負；退款不會匯入。</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>A login name has 2 to 64 letters, digits, dots, dashes or underscores.</source>
        <translation>登入名由 2 到 64 個字母、數字、點、連字元或底線組成。</translation>
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
        <translation>%1 尚未設定密碼。請聯絡管理員設定。</translation>
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
        <translation>只有管理員可以新增使用者。</translation>
    </message>
    <message>
        <source>Enter the user&apos;s name.</source>
        <translation>請輸入使用者姓名。</translation>
    </message>
    <message>
        <source>Set a password for yourself before you add other users: from then on, everyone signs in.</source>
        <translation>新增其他使用者前，請先為自己設定密碼：此後每個人都需要登入。</translation>
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
        <translation>只有管理員可以新增部門。</translation>
    </message>
    <message>
        <source>A department name has 1 to 100 characters.</source>
        <translation>部門名稱為 1 到 100 個字元。</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords for %1. Try again in %n second(s).</source>
        <translation>
            <numerusform>%1 的密碼錯誤次數過多。請在 %n 秒後再試。</numerusform>
        </translation>
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
    <name>VCard</name>
    <message>
        <source>The card on line %1 has no name.</source>
        <translation>第 %1 行的名片沒有姓名。</translation>
    </message>
    <message>
        <source>The file has no vCard (BEGIN:VCARD … END:VCARD).</source>
        <translation>檔案中沒有 vCard 名片（BEGIN:VCARD … END:VCARD）。</translation>
    </message>
</context>
<context>
    <name>WorkbenchRules</name>
    <message>
        <source>Only managers set when a customer counts as dormant.</source>
        <translation>只有經理可以設定沉睡客戶的規則。</translation>
    </message>
    <message>
        <source>Days without contact must be between 1 and %1.</source>
        <translation>未聯絡天數須在 1 到 %1 之間。</translation>
    </message>
    <message>
        <source>Days without an order must be between 1 and %1.</source>
        <translation>未下單天數須在 1 到 %1 之間。</translation>
    </message>
</context>
<context>
    <name>WorkbenchService</name>
    <message numerus="yes">
        <source>No contact for %n day(s)</source>
        <translation>
            <numerusform>%n 天未聯絡</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No order for %n day(s)</source>
        <translation>
            <numerusform>%n 天未下單</numerusform>
        </translation>
    </message>
    <message>
        <source>never ordered</source>
        <translation>從未下單</translation>
    </message>
    <message>
        <source>last order %1</source>
        <translation>最近訂單 %1</translation>
    </message>
    <message>
        <source>Birthday: %1</source>
        <translation>生日：%1</translation>
    </message>
    <message>
        <source>turns %1</source>
        <translation>%1 歲</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n 週年</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 approved</source>
        <translation>%1 已批准</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>審批人：%1</translation>
    </message>
    <message>
        <source>by %1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 refused</source>
        <translation>%1 被駁回</translation>
    </message>
    <message>
        <source>%1 waits for a manager</source>
        <translation>%1 等待經理審批</translation>
    </message>
    <message>
        <source>asked by %1</source>
        <translation>申請人：%1</translation>
    </message>
    <message>
        <source>asked by %1: %2</source>
        <translation>%1 申請：%2</translation>
    </message>
</context>
<context>
    <name>WriteTransaction</name>
    <message>
        <source>The change could not be saved.</source>
        <translation>這次修改未能儲存。</translation>
    </message>
    <message>
        <source>A part of this change could not be saved, so none of it was.</source>
        <translation>這次修改中有一部分未能儲存，因此整個修改都沒有儲存。</translation>
    </message>
</context>
<context>
    <name>XlsReader</name>
    <message>
        <source>This is not an Excel 97–2003 workbook (.xls), or it is damaged.</source>
        <translation>這不是 Excel 97–2003 工作簿（.xls），或檔案已損壞。</translation>
    </message>
    <message>
        <source>The workbook is protected by a password; save it without one and import it again.</source>
        <translation>工作簿受密碼保護；請去掉密碼另存後再匯入。</translation>
    </message>
    <message>
        <source>The workbook has no worksheet.</source>
        <translation>工作簿中沒有工作表。</translation>
    </message>
    <message>
        <source>The workbook has no sheet &quot;%1&quot; (its sheets: %2).</source>
        <translation>工作簿中沒有工作表「%1」（現有工作表：%2）。</translation>
    </message>
    <message>
        <source>The worksheet %1 cannot be read.</source>
        <translation>無法讀取工作表 %1。</translation>
    </message>
    <message>
        <source>Every worksheet of the workbook is empty.</source>
        <translation>工作簿的所有工作表都是空的。</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) beyond column %1 were left out: Guanxi reads at most %1 columns.</source>
        <translation>
            <numerusform>第 %1 列之後的 %n 個單元格未讀入：關係 CRM 最多讀取 %1 列。</numerusform>
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
        <translation>工作簿太大，無法匯入。</translation>
    </message>
    <message>
        <source>The workbook part %1 is damaged.</source>
        <translation>工作簿部件 %1 已損壞。</translation>
    </message>
    <message>
        <source>This is not an Excel workbook (.xlsx): it is not a zip archive.</source>
        <translation>這不是 Excel 工作簿（.xlsx）：它不是 zip 壓縮包。</translation>
    </message>
    <message>
        <source>This is not an Excel workbook (.xlsx): it has no worksheet.</source>
        <translation>這不是 Excel 工作簿（.xlsx）：其中沒有工作表。</translation>
    </message>
    <message>
        <source>The worksheet has more rows than Excel allows.</source>
        <translation>工作表的行數超過了 Excel 的上限。</translation>
    </message>
    <message>
        <source>The worksheet has a cell with a broken reference (%1).</source>
        <translation>工作表中有單元格引用損壞（%1）。</translation>
    </message>
    <message>
        <source>The worksheet refers to a text that the workbook does not have.</source>
        <translation>工作表引用了工作簿中不存在的文字。</translation>
    </message>
    <message>
        <source>The worksheet is damaged: %1</source>
        <translation>工作表已損壞：%1</translation>
    </message>
    <message>
        <source>The first worksheet is empty.</source>
        <translation>第一個工作表是空的。</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) beyond column %1 were left out: Guanxi reads at most %1 columns.</source>
        <translation>
            <numerusform>第 %1 列之後的 %n 個單元格未讀入：關係 CRM 最多讀取 %1 列。</numerusform>
        </translation>
    </message>
    <message>
        <source>The workbook has no sheet &quot;%1&quot; (its sheets: %2).</source>
        <translation>工作簿中沒有工作表「%1」（現有工作表：%2）。</translation>
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
        <translation>新增使用者</translation>
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
        <translation>名稱(&amp;N)</translation>
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
    <name>guanxi::CalendarGridModel</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>還有 %n 項</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing planned. Double-click to see the day.</source>
        <translation>沒有安排。雙擊檢視當天。</translation>
    </message>
</context>
<context>
    <name>guanxi::CalendarView</name>
    <message>
        <source>The previous day, week or month</source>
        <translation>上一天、上一週或上個月</translation>
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
        <translation>下一天、下一週或下個月</translation>
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
        <translation>新增日程(&amp;N)…</translation>
    </message>
    <message>
        <source>A call, visit or meeting on the day shown</source>
        <translation>在所顯示的日期安排電話、拜訪或會議</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n min</source>
        <translation>
            <numerusform>%1，%n 分鐘</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, done</source>
        <translation>%1，已完成</translation>
    </message>
    <message>
        <source>The appointment cannot be opened</source>
        <translation>無法開啟該日程</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>新增日程</translation>
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
        <translation>新增(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>刪除(&amp;R)</translation>
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
        <translation>類別</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事項</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>e.g. 公司成立纪念日, 结婚纪念日, 中秋</source>
        <translation>例如：公司成立紀念日、結婚紀念日、中秋</translation>
    </message>
    <message>
        <source>Add a care day</source>
        <translation>新增關懷日</translation>
    </message>
    <message>
        <source>For</source>
        <translation>款項</translation>
    </message>
    <message>
        <source>(the company)</source>
        <translation>（公司）</translation>
    </message>
    <message>
        <source>Remove care day</source>
        <translation>刪除關懷日</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from this customer&apos;s care days?</source>
        <translation>要從此客戶的關懷日中刪除「%1」嗎？</translation>
    </message>
</context>
<context>
    <name>guanxi::ClvCalculatorWidget</name>
    <message>
        <source>Retention years (n)</source>
        <translation>保持年數 (n)</translation>
    </message>
    <message>
        <source>Acquisition cost (AC)</source>
        <translation>獲客成本 (AC)</translation>
    </message>
    <message>
        <source>First purchase (F)</source>
        <translation>首次購買額 (F)</translation>
    </message>
    <message>
        <source>Yearly added revenue (R)</source>
        <translation>每年新增收入 (R)</translation>
    </message>
    <message>
        <source>Yearly service cost (S)</source>
        <translation>每年服務成本 (S)</translation>
    </message>
    <message>
        <source>Discount rate (d)</source>
        <translation>折現率 (d)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Net that year</source>
        <translation>當年淨值</translation>
    </message>
    <message>
        <source>Discount factor</source>
        <translation>折現係數</translation>
    </message>
    <message>
        <source>Present value</source>
        <translation>現值</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>累計</translation>
    </message>
    <message>
        <source>Lifetime value: %1</source>
        <translation>終身價值：%1</translation>
    </message>
</context>
<context>
    <name>guanxi::ClvReportWidget</name>
    <message>
        <source>Learn from the orders up to</source>
        <translation>學習截至此日的訂單</translation>
    </message>
    <message>
        <source>&amp;Fit the models</source>
        <translation>擬合模型(&amp;F)</translation>
    </message>
    <message>
        <source>BG/NBD predicts how many more purchases each customer makes and how likely they are still a customer; Gamma-Gamma how much each purchase is worth. Both learn from your own orders.</source>
        <translation>BG/NBD 預測每位客戶還會購買多少次、仍是客戶的機率；Gamma-Gamma 預測每次購買的金額。兩者都從您自己的訂單中學習。</translation>
    </message>
    <message>
        <source>The customer-value models were not fitted</source>
        <translation>客戶價值模型未能擬合</translation>
    </message>
    <message numerus="yes">
        <source>Fitted to %n customer(s); the customer cards show their value now.</source>
        <translation>
            <numerusform>已用 %n 位客戶擬合；客戶卡片現在會顯示其價值。</numerusform>
        </translation>
    </message>
    <message>
        <source>Fitting the customer-value models…</source>
        <translation>正在擬合客戶價值模型…</translation>
    </message>
</context>
<context>
    <name>guanxi::ContactDialog</name>
    <message>
        <source>Contact</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Personal profile</source>
        <translation>個人檔案</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>任職經歷</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>新增聯絡人</translation>
    </message>
    <message>
        <source>e.g. 张三丰</source>
        <translation>例如 張三丰</translation>
    </message>
    <message>
        <source>e.g. 采购经理</source>
        <translation>例如 採購經理</translation>
    </message>
    <message>
        <source>several: separate with ;</source>
        <translation>多個時用 ; 分隔</translation>
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
        <translation>名稱(&amp;N) *</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>標題(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>層級(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Department role</source>
        <translation>部門角色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Mobile</source>
        <translation>手機(&amp;M)</translation>
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
        <source>&amp;WeChat</source>
        <translation>微信(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;QQ</source>
        <translation>QQ(&amp;Q)</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未填寫</translation>
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
        <translation>例如 1985-03-21，不知道年份時填 03-21</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>&amp;Birthday</source>
        <translation>生日(&amp;B)</translation>
    </message>
    <message>
        <source>Hometown</source>
        <translation>籍貫</translation>
    </message>
    <message>
        <source>University</source>
        <translation>畢業院校</translation>
    </message>
    <message>
        <source>Sports</source>
        <translation>運動愛好</translation>
    </message>
    <message>
        <source>Favourite food</source>
        <translation>喜歡的美食</translation>
    </message>
    <message>
        <source>Pets</source>
        <translation>寵物</translation>
    </message>
    <message>
        <source>Books</source>
        <translation>愛讀的書</translation>
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
        <translation>目標</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>職位</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原值</translation>
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
        <translation>聯絡人未儲存</translation>
    </message>
    <message>
        <source>C&amp;hanges</source>
        <translation>修改記錄(&amp;H)</translation>
    </message>
    <message>
        <source>The value was not put back</source>
        <translation>未能恢復該值</translation>
    </message>
</context>
<context>
    <name>guanxi::ContactsTab</name>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>職位</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>層級</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手機</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>郵箱</translation>
    </message>
    <message>
        <source>&amp;Add contact…</source>
        <translation>新增聯絡人(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>刪除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>移除聯絡人</translation>
    </message>
    <message>
        <source>Remove %1 from this customer&apos;s contacts?</source>
        <translation>將 %1 從該客戶的聯絡人中移除？</translation>
    </message>
    <message>
        <source>The contact was not removed</source>
        <translation>聯絡人未移除</translation>
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
        <translation>備註(&amp;O)</translation>
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
        <source>This customer is in the recycle bin. Restore it to edit it.</source>
        <translation>此客戶在回收站中。恢復後才能編輯。</translation>
    </message>
    <message>
        <source>This customer belongs to %1; you can look but not change it.</source>
        <translation>此客戶屬於 %1；您可以檢視，但不能修改。</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <source>The customer was not saved</source>
        <translation>客戶未儲存</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>基本資料(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Background</source>
        <translation>客戶背景(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>聯絡人(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>跟進記錄(&amp;T)</translation>
    </message>
    <message>
        <source>e.g. 瑞丰</source>
        <translation>例如 瑞豐</translation>
    </message>
    <message>
        <source>e.g. www.example.com.cn</source>
        <translation>例如 www.example.com.cn</translation>
    </message>
    <message>
        <source>e.g. 展会, 老客户介绍, 官网</source>
        <translation>例如 展會、老客戶介紹、官網</translation>
    </message>
    <message>
        <source>comma-separated, e.g. 重点, 华东</source>
        <translation>用逗號分隔，例如 重點, 華東</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>簡稱</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>型別</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Value type</source>
        <translation>價值型別</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>網址</translation>
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
        <translation>來源</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>組織結構</translation>
    </message>
    <message>
        <source>Business and industry</source>
        <translation>經營與行業狀況</translation>
    </message>
    <message>
        <source>Purchasing department</source>
        <translation>採購部門</translation>
    </message>
    <message>
        <source>Support department</source>
        <translation>支援部門</translation>
    </message>
    <message>
        <source>Using department</source>
        <translation>使用部門</translation>
    </message>
    <message>
        <source>Similar products in use</source>
        <translation>已在使用的同類產品</translation>
    </message>
    <message>
        <source>This customer may already exist</source>
        <translation>該客戶可能已經存在</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>仍然儲存</translation>
    </message>
    <message>
        <source>Don&apos;t save</source>
        <translation>不儲存</translation>
    </message>
    <message>
        <source>This customer is in the public pool: you can look, and work on it once it is assigned to you.</source>
        <translation>該客戶在公海中：您可以檢視，分配給您之後才能跟進。</translation>
    </message>
    <message>
        <source>Co&amp;mpetitors</source>
        <translation>競爭對手(&amp;M)</translation>
    </message>
    <message>
        <source>Pro&amp;jects</source>
        <translation>專案(&amp;J)</translation>
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
        <translation>系統（公海規則）</translation>
    </message>
    <message>
        <source>&amp;Deals</source>
        <translation>銷售(&amp;D)</translation>
    </message>
    <message>
        <source>C&amp;are days</source>
        <translation>客戶關懷(&amp;A)</translation>
    </message>
    <message>
        <source>%1 is editing this customer. If you both change the same field, Guanxi will ask which value to keep.</source>
        <translation>%1 正在編輯此客戶。如果你們都修改了同一個欄位，關係 CRM 會詢問保留哪個值。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>歷史(&amp;Y)</translation>
    </message>
    <message>
        <source>The value was not put back</source>
        <translation>未能恢復該值</translation>
    </message>
    <message>
        <source>As the program (%1)</source>
        <translation>與程式相同（%1）</translation>
    </message>
    <message>
        <source>Quotes, contracts and delivery notes for this customer are printed in this language.</source>
        <translation>此客戶的報價單、合約和出貨單用這種語言列印。</translation>
    </message>
    <message>
        <source>Documents in</source>
        <translation>單據語言</translation>
    </message>
    <message>
        <source>The duplicate guard found the same customer:

%1</source>
        <translation>防撞單發現了相同的客戶：

%1</translation>
    </message>
    <message>
        <source>Your company&apos;s rules do not let salespeople save a customer that already exists. Work with the existing record, or ask its owner to share it.</source>
        <translation>公司規定銷售人員不能儲存已存在的客戶。請使用已有記錄，或請負責人共享給您。</translation>
    </message>
    <message>
        <source>Salespeople may not save it; as a manager you may, and that is recorded in the audit log.</source>
        <translation>銷售人員不能儲存；您作為經理可以儲存，此操作會記入審計日誌。</translation>
    </message>
    <message>
        <source>&amp;Open the existing record</source>
        <translation>開啟已有記錄(&amp;O)</translation>
    </message>
    <message>
        <source>As&amp;k %1 to share it</source>
        <translation>請%1共享(&amp;K)</translation>
    </message>
    <message>
        <source>Save anyway (recorded)</source>
        <translation>仍然儲存（記入日誌）</translation>
    </message>
    <message>
        <source>%1 was about to save %2 as a new customer.</source>
        <translation>%1 正要將 %2 儲存為新客戶。</translation>
    </message>
    <message>
        <source>Nobody was asked</source>
        <translation>未能發出請求</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>已發出請求</translation>
    </message>
    <message>
        <source>%1 has a to-do for today: share the customer with you. Nothing was saved.</source>
        <translation>%1 今天多了一項待辦：把該客戶共享給您。未儲存任何內容。</translation>
    </message>
</context>
<context>
    <name>guanxi::CustomerDealsTab</name>
    <message>
        <source>What</source>
        <translation>事項</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Stage or state</source>
        <translation>階段或狀態</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>銷售員</translation>
    </message>
    <message>
        <source>New &amp;opportunity…</source>
        <translation>新增銷售機會(&amp;O)…</translation>
    </message>
    <message>
        <source>New &amp;quote…</source>
        <translation>新增報價(&amp;Q)…</translation>
    </message>
    <message>
        <source>Opportunities (%1)</source>
        <translation>銷售機會（%1）</translation>
    </message>
    <message>
        <source>Quotes (%1)</source>
        <translation>報價單（%1）</translation>
    </message>
    <message>
        <source>Orders (%1)</source>
        <translation>訂單（%1）</translation>
    </message>
</context>
<context>
    <name>guanxi::CustomerDetailsTab</name>
    <message>
        <source>Competitor</source>
        <translation>競爭對手</translation>
    </message>
    <message>
        <source>Product in use</source>
        <translation>在用產品</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>滿意度</translation>
    </message>
    <message>
        <source>Their sales rep</source>
        <translation>對方銷售</translation>
    </message>
    <message>
        <source>Rep&apos;s relationship</source>
        <translation>與客戶的關係</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>專案</translation>
    </message>
    <message>
        <source>Problem to solve</source>
        <translation>要解決的問題</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>預算</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>時間表</translation>
    </message>
    <message>
        <source>Decision makers and influencers</source>
        <translation>決策者與影響者</translation>
    </message>
    <message>
        <source>Purchasing process</source>
        <translation>採購流程</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>關係</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>型別</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增時間</translation>
    </message>
    <message>
        <source>&amp;Attach file…</source>
        <translation>新增附件(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>刪除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>另存為(&amp;S)…</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>decides</source>
        <translation>決策</translation>
    </message>
    <message>
        <source>influences</source>
        <translation>影響</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>新增附件</translation>
    </message>
    <message>
        <source>The file was not attached</source>
        <translation>檔案未新增</translation>
    </message>
    <message>
        <source>Competitor at this customer</source>
        <translation>該客戶處的競爭對手</translation>
    </message>
    <message>
        <source>Competitor *</source>
        <translation>競爭對手 *</translation>
    </message>
    <message>
        <source>Customer&apos;s satisfaction (1–5)</source>
        <translation>客戶滿意度（1–5）</translation>
    </message>
    <message>
        <source>Rep&apos;s relationship with the customer</source>
        <translation>對方銷售與客戶的關係</translation>
    </message>
    <message>
        <source>Project or purchase plan</source>
        <translation>專案或採購計劃</translation>
    </message>
    <message>
        <source>Project *</source>
        <translation>專案 *</translation>
    </message>
    <message>
        <source>Purchase plan</source>
        <translation>採購計劃</translation>
    </message>
    <message>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <source>Decision makers (ticked)</source>
        <translation>決策者（勾選）</translation>
    </message>
    <message>
        <source>Link to another customer</source>
        <translation>關聯其他客戶</translation>
    </message>
    <message>
        <source>This customer is %1 …</source>
        <translation>本客戶%1……</translation>
    </message>
    <message>
        <source>Other customer (name or pinyin)</source>
        <translation>另一個客戶（名稱或拼音）</translation>
    </message>
    <message>
        <source>No link was made</source>
        <translation>未建立關聯</translation>
    </message>
    <message>
        <source>No customer matches &quot;%1&quot;.</source>
        <translation>沒有與「%1」匹配的客戶。</translation>
    </message>
    <message>
        <source>Nothing was added</source>
        <translation>未新增</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;?</source>
        <translation>移除「%1」？</translation>
    </message>
    <message>
        <source>Nothing was removed</source>
        <translation>未移除</translation>
    </message>
    <message>
        <source>Save the attached file</source>
        <translation>儲存附件</translation>
    </message>
    <message>
        <source>The file was not saved</source>
        <translation>檔案未儲存</translation>
    </message>
    <message>
        <source>Which customer?</source>
        <translation>哪一個客戶？</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>修改未儲存</translation>
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
        <translation>從未聯絡</translation>
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
        <translation>最後聯絡</translation>
    </message>
</context>
<context>
    <name>guanxi::CustomerPicker</name>
    <message>
        <source>Type a name, pinyin or phone number</source>
        <translation>輸入名稱、拼音或電話號碼</translation>
    </message>
    <message>
        <source>%1 (via %2)</source>
        <translation>%1（經由 %2）</translation>
    </message>
</context>
<context>
    <name>guanxi::CustomerValueBox</name>
    <message>
        <source>Customer value</source>
        <translation>客戶價值</translation>
    </message>
    <message>
        <source>Known once the customer has bought.</source>
        <translation>客戶購買後即可得知。</translation>
    </message>
    <message>
        <source>(Report center → Customer lifetime value fits the models.)</source>
        <translation>（在 報表中心 → 客戶終身價值 中擬合模型。）</translation>
    </message>
    <message>
        <source>Probability still active: %1 %   ·   purchases expected in the next 52 weeks: %2   ·   worth per purchase: %3   ·   lifetime value (52 weeks): %4
By the models fitted to the orders up to %5.</source>
        <translation>仍活躍機率：%1%   ·   未來 52 周預期購買：%2 次   ·   每次購買價值：%3   ·   終身價值（52 周）：%4
依據截至 %5 的訂單擬合的模型。</translation>
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
        <translation>開啟(&amp;O)</translation>
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
            <numerusform>已將 %n 個客戶移到回收站。按 Ctrl+Z 撤銷。</numerusform>
        </translation>
    </message>
    <message>
        <source>The new customer was saved; the current filters hide it.</source>
        <translation>新客戶已儲存；當前篩選條件下不顯示。</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>匯出客戶</translation>
    </message>
    <message>
        <source>/customers.xlsx</source>
        <translation>/客戶.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting customers</source>
        <translation>正在匯出客戶</translation>
    </message>
    <message>
        <source>The list was not exported</source>
        <translation>列表未匯出</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n customer(s) to %1.</source>
        <translation>
            <numerusform>已匯出 %n 個客戶到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;laim</source>
        <translation>領取(&amp;L)</translation>
    </message>
    <message>
        <source>Take the selected customer from the public pool (公海)</source>
        <translation>從公海領取所選客戶</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>合併(&amp;M)…</translation>
    </message>
    <message>
        <source>Join two selected records of the same customer</source>
        <translation>合併同一客戶的兩條記錄</translation>
    </message>
    <message>
        <source>The customer was not claimed</source>
        <translation>客戶未領取</translation>
    </message>
    <message>
        <source>%1 is now yours.</source>
        <translation>%1 現在歸您跟進。</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合併</translation>
    </message>
    <message>
        <source>Select the two records of the same customer (Ctrl+click), then Merge.</source>
        <translation>請選擇同一客戶的兩條記錄（按住 Ctrl 點選），再點「合併」。</translation>
    </message>
    <message>
        <source>Merged into %1.</source>
        <translation>已合併到 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) went back to the public pool: their follow-up was overdue.</source>
        <translation>
            <numerusform>%n 個客戶因逾期未跟進已退回公海。</numerusform>
        </translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>全部階段</translation>
    </message>
    <message>
        <source>Any last contact</source>
        <translation>最近聯絡不限</translation>
    </message>
    <message>
        <source>Not contacted for %1 days</source>
        <translation>%1 天未聯絡</translation>
    </message>
    <message>
        <source>Save as &amp;list…</source>
        <translation>存為列表(&amp;L)…</translation>
    </message>
    <message>
        <source>Save these filters as a smart list (智能列表)</source>
        <translation>將當前篩選條件存為智慧列表</translation>
    </message>
    <message>
        <source>Smart lists:</source>
        <translation>智慧列表：</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>全部標籤</translation>
    </message>
    <message>
        <source>(choose a list)</source>
        <translation>（選擇列表）</translation>
    </message>
    <message>
        <source>Showing the smart list &quot;%1&quot;.</source>
        <translation>正在顯示智慧列表「%1」。</translation>
    </message>
    <message>
        <source>Save as smart list</source>
        <translation>存為智慧列表</translation>
    </message>
    <message>
        <source>Name of the list, e.g. 华东重点客户:</source>
        <translation>列表名稱，例如 華東重點客戶：</translation>
    </message>
    <message>
        <source>The list was not saved</source>
        <translation>列表未儲存</translation>
    </message>
    <message>
        <source>Saved the smart list &quot;%1&quot;.</source>
        <translation>已儲存智慧列表「%1」。</translation>
    </message>
</context>
<context>
    <name>guanxi::DeliveryDialog</name>
    <message>
        <source>Deliver — order %1</source>
        <translation>出貨 — 訂單 %1</translation>
    </message>
    <message>
        <source>How much of each line leaves now? What is left stays on the order for a later delivery.</source>
        <translation>本次每行出貨多少？其餘的留在訂單上以後出貨。</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>訂貨數量</translation>
    </message>
    <message>
        <source>Still to deliver</source>
        <translation>待出貨</translation>
    </message>
    <message>
        <source>Deliver now</source>
        <translation>本次出貨</translation>
    </message>
    <message>
        <source>&amp;Delivered on</source>
        <translation>出貨日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a quantity.</source>
        <translation>第 %1 行：「%2」不是數量。</translation>
    </message>
    <message>
        <source>Nothing was delivered</source>
        <translation>未出貨</translation>
    </message>
</context>
<context>
    <name>guanxi::FieldConflictDialog</name>
    <message>
        <source>Changed by %1 at the same time</source>
        <translation>%1 同時修改了此記錄</translation>
    </message>
    <message>
        <source>%1 saved this record while you were editing it and changed some of the same fields. Choose for each field which value to keep; nothing is saved until you do.</source>
        <translation>在你編輯期間，%1 儲存了此記錄，並修改了部分相同的欄位。請為每個欄位選擇要保留的值；在你選擇之前不會儲存任何內容。</translation>
    </message>
    <message>
        <source>Kept from %1 without asking (you had not changed them): %2.</source>
        <translation>以下欄位直接採用了 %1 的修改（你沒有改動它們）：%2。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>欄位</translation>
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
        <translation>歡迎使用關係 CRM</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to Guanxi&lt;/h3&gt;&lt;p&gt;This is a new database. You are its administrator; add colleagues later in Settings.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Load demo data&lt;/b&gt; fills it with a sample company: a sales team in four departments, a few thousand customers and three years of orders. Demo accounts sign in with the password &lt;b&gt;guanxi123&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;歡迎使用關係 CRM&lt;/h3&gt;&lt;p&gt;這是一個新資料庫，您是它的管理員；之後可在「設定」中新增同事。&lt;/p&gt;&lt;p&gt;&lt;b&gt;載入示範資料&lt;/b&gt;會填入一家示例公司：四個部門的銷售團隊、幾千個客戶和三年的訂單。示範帳戶的登入密碼為 &lt;b&gt;guanxi123&lt;/b&gt;。&lt;/p&gt;</translation>
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
        <translation>載入示範資料(&amp;D)</translation>
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
        <translation>加權預測</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>在途金額</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>贏單</translation>
    </message>
</context>
<context>
    <name>guanxi::FunnelCharts</name>
    <message>
        <source>Bar width by:</source>
        <translation>條寬依據：</translation>
    </message>
    <message>
        <source>Sales funnel</source>
        <translation>銷售漏斗</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>機會數</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Forecast by month</source>
        <translation>按月預測</translation>
    </message>
    <message>
        <source>deals that got this far</source>
        <translation>到達該階段的機會數</translation>
    </message>
    <message>
        <source>amount now in the stage</source>
        <translation>該階段現有金額</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Forecast by month, %1 to %2</source>
        <translation>按月預測，%1 至 %2</translation>
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
        <translation>今年</translation>
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
        <translation>成交日期落在期間內的機會：已贏單或輸單的按結束日期，進行中的按預計成交日期</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>負責人：</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>部門：</translation>
    </message>
    <message>
        <source>Closing:</source>
        <translation>成交期間：</translation>
    </message>
    <message>
        <source>&amp;New opportunity…</source>
        <translation>新增銷售機會(&amp;N)…</translation>
    </message>
    <message>
        <source>S&amp;tages…</source>
        <translation>階段(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Quotas…</source>
        <translation>定額(&amp;Q)…</translation>
    </message>
    <message>
        <source>Drag a card to another stage, or use its context menu. Double-click opens it.</source>
        <translation>把卡片拖到其他階段，或使用右鍵選單。雙擊開啟。</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>看板(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Funnel and forecast</source>
        <translation>漏斗與預測(&amp;F)</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部人員</translation>
    </message>
    <message>
        <source>Everyone in my department</source>
        <translation>本部門所有人</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>所有部門</translation>
    </message>
    <message>
        <source>The funnel cannot be shown</source>
        <translation>無法顯示銷售漏斗</translation>
    </message>
    <message>
        <source>The board shows the first %1 deals; narrow the filters to see the rest.</source>
        <translation>看板只顯示前 %1 個機會；請縮小篩選範圍檢視其餘的。</translation>
    </message>
    <message numerus="yes">
        <source>Weighted forecast of open deals: %1 · Won: %2 (%n deal(s)) · Win rate of decided deals: %3 %</source>
        <translation>
            <numerusform>進行中機會的加權預測：%1 · 贏單：%2（%n 個）· 已結束機會的贏單率：%3 %</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) in other currencies are on the board but not in these figures.</source>
        <translation>
            <numerusform>有 %n 個其他幣種的機會顯示在看板上，但未計入這些數字。</numerusform>
        </translation>
    </message>
    <message>
        <source>Quota attainment, %1</source>
        <translation>定額完成情況，%1</translation>
    </message>
    <message>
        <source>The opportunity was added.</source>
        <translation>銷售機會已新增。</translation>
    </message>
    <message>
        <source>The opportunity was not moved</source>
        <translation>銷售機會未移動</translation>
    </message>
    <message>
        <source>%1 moved to %2.</source>
        <translation>%1 已移到 %2。</translation>
    </message>
    <message>
        <source>Won and lost: the last %1 days; choose a period for earlier ones.</source>
        <translation>贏單與輸單：只顯示最近 %1 天的；更早的請選擇期間。</translation>
    </message>
</context>
<context>
    <name>guanxi::FunnelStageModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>機會數</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>金額（%1）</translation>
    </message>
    <message>
        <source>Weighted (%1)</source>
        <translation>加權（%1）</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>到達數</translation>
    </message>
    <message>
        <source>On to the next stage</source>
        <translation>進入下一階段</translation>
    </message>
</context>
<context>
    <name>guanxi::GlobalSearch</name>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>潛在客戶</translation>
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
        <translation>匯入客戶</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>匯入聯絡人</translation>
    </message>
    <message>
        <source>Import leads</source>
        <translation>匯入潛在客戶</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>選擇檔案(&amp;C)…</translation>
    </message>
    <message>
        <source>Which field does each column hold?</source>
        <translation>每一列對應哪個欄位？</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>檔案中的列</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>示例值</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>匯入為</translation>
    </message>
    <message>
        <source>When a row is already in the database:</source>
        <translation>遇到資料庫中已有的記錄時：</translation>
    </message>
    <message>
        <source>Skip the row</source>
        <translation>跳過該行</translation>
    </message>
    <message>
        <source>Update the existing record</source>
        <translation>更新現有記錄</translation>
    </message>
    <message>
        <source>Create it anyway</source>
        <translation>仍然新增</translation>
    </message>
    <message>
        <source>Keep owner and dates from the file</source>
        <translation>沿用檔案中的負責人和日期</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行號</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>處理結果</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>檢查(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>匯入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation>儲存被拒絕的行(&amp;S)…</translation>
    </message>
    <message>
        <source>Import from</source>
        <translation>從檔案匯入</translation>
    </message>
    <message>
        <source>The file cannot be imported</source>
        <translation>無法匯入該檔案</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, %n row(s)</source>
        <translation>
            <numerusform>%1 — %2，%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在匯入</translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation>正在檢查檔案</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>未匯入任何資料</translation>
    </message>
    <message>
        <source>The file was not checked</source>
        <translation>檔案未檢查</translation>
    </message>
    <message>
        <source>%1 rows: %2 new, %3 updated, %4 skipped as duplicates, %5 rejected; %6 contacts.</source>
        <translation>%1 行：新增 %2，更新 %3，作為重複跳過 %4，拒絕 %5；聯絡人 %6。</translation>
    </message>
    <message>
        <source>Imported. %1</source>
        <translation>已匯入。%1</translation>
    </message>
    <message>
        <source>Checked, nothing written yet. %1 Press Import to write it.</source>
        <translation>已檢查，尚未寫入。%1 按「匯入」寫入資料。</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>已拒絕：%1</translation>
    </message>
    <message>
        <source>Save the rejected rows</source>
        <translation>儲存被拒絕的行</translation>
    </message>
    <message>
        <source>/rejected rows.csv</source>
        <translation>/被拒絕的行.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>The file was not saved</source>
        <translation>檔案未儲存</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) could not be read: each record keeps them in its notes (below).</source>
        <translation>
            <numerusform>有 %n 個值無法識別：各記錄的備註中保留了原值（見下）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked, kept in the notes: %1</source>
        <translation>未核實，已記入備註：%1</translation>
    </message>
    <message>
        <source>Encoding: detected</source>
        <translation>編碼：自動檢測</translation>
    </message>
    <message>
        <source>How the CSV file&apos;s text is written; read it again in another encoding</source>
        <translation>CSV 檔案文字的編碼；可換一種編碼重新讀取</translation>
    </message>
    <message>
        <source>A .csv, .xlsx, .xls or .vcf file, for example exported from another CRM, Excel, Outlook or Google Contacts.</source>
        <translation>一個 .csv、.xlsx、.xls 或 .vcf 檔案，例如從其他 CRM、Excel、Outlook 或 Google 通訊錄匯出的檔案。</translation>
    </message>
    <message>
        <source>The worksheet to import</source>
        <translation>要匯入的工作表</translation>
    </message>
    <message>
        <source>Files Guanxi imports (*.csv *.txt *.xlsx *.xls *.vcf);;All files (*)</source>
        <translation>關係可匯入的檔案 (*.csv *.txt *.xlsx *.xls *.vcf);;所有檔案 (*)</translation>
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
        <translation>已按列名儲存到備註：%1。</translation>
    </message>
</context>
<context>
    <name>guanxi::LeadDialog</name>
    <message>
        <source>&amp;Person</source>
        <translation>聯絡人(&amp;P)</translation>
    </message>
    <message>
        <source>e.g. 王红</source>
        <translation>例如 王紅</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>公司(&amp;C)</translation>
    </message>
    <message>
        <source>e.g. 红星机械有限公司</source>
        <translation>例如 紅星機械有限公司</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>職位</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>電話(&amp;H)</translation>
    </message>
    <message>
        <source>e.g. 137 0000 1111</source>
        <translation>例如 137 0000 1111</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>郵箱</translation>
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
        <source>&amp;Source</source>
        <translation>來源(&amp;S)</translation>
    </message>
    <message>
        <source>e.g. 展会, 官网咨询, 老客户介绍</source>
        <translation>例如 展會、官網諮詢、老客戶介紹</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>潛在客戶</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>跟進記錄(&amp;T)</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>新增潛在客戶</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>歷史(&amp;Y)</translation>
    </message>
    <message>
        <source>The value was not put back</source>
        <translation>未能恢復該值</translation>
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
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最後聯絡</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>錄入日期</translation>
    </message>
</context>
<context>
    <name>guanxi::LeadsPage</name>
    <message>
        <source>Open leads</source>
        <translation>未結束的潛在客戶</translation>
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
        <translation>顯示：</translation>
    </message>
    <message>
        <source>&amp;New lead…</source>
        <translation>新增潛在客戶(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Qualify</source>
        <translation>確認合格(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Disqualify…</source>
        <translation>判定無效(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>分配(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Convert to customer…</source>
        <translation>轉化為客戶(&amp;C)…</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n 條潛在客戶</numerusform>
        </translation>
    </message>
    <message>
        <source>Lead saved.</source>
        <translation>潛在客戶已儲存。</translation>
    </message>
    <message>
        <source>Disqualify lead</source>
        <translation>判定潛在客戶無效</translation>
    </message>
    <message>
        <source>Why is this lead not worth pursuing?</source>
        <translation>為什麼不值得跟進這個潛在客戶？</translation>
    </message>
    <message>
        <source>The lead was not changed</source>
        <translation>潛在客戶未修改</translation>
    </message>
    <message>
        <source>Assign lead</source>
        <translation>分配潛在客戶</translation>
    </message>
    <message>
        <source>Give this lead to:</source>
        <translation>分配給：</translation>
    </message>
    <message>
        <source>The lead was not assigned</source>
        <translation>潛在客戶未分配</translation>
    </message>
    <message>
        <source>Convert lead</source>
        <translation>轉化潛在客戶</translation>
    </message>
    <message>
        <source>Converting %1 makes a customer, a contact and an opportunity.
Expected amount of the opportunity (yuan, 0 if not known yet):</source>
        <translation>轉化 %1 將生成一個客戶、一個聯絡人和一個銷售機會。
銷售機會的預計金額（元，尚不清楚可填 0）：</translation>
    </message>
    <message>
        <source>This customer already exists</source>
        <translation>該客戶已經存在</translation>
    </message>
    <message>
        <source>Add to the existing customer</source>
        <translation>新增到現有客戶</translation>
    </message>
    <message>
        <source>Create a new customer anyway</source>
        <translation>仍然新增客戶</translation>
    </message>
    <message>
        <source>The lead was not converted</source>
        <translation>潛在客戶未轉化</translation>
    </message>
    <message>
        <source>%1 is now a customer.</source>
        <translation>%1 已成為客戶。</translation>
    </message>
    <message>
        <source>All leads</source>
        <translation>全部線索</translation>
    </message>
</context>
<context>
    <name>guanxi::LetterheadGroup</name>
    <message>
        <source>Letterhead and print templates</source>
        <translation>信頭與列印模板</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>公司名稱</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Tax number (税号)</source>
        <translation>稅號</translation>
    </message>
    <message>
        <source>Bank and account</source>
        <translation>開戶銀行及帳號</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>選擇標誌…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>無標誌</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>標誌</translation>
    </message>
    <message>
        <source>Save the letterhead</source>
        <translation>儲存信頭</translation>
    </message>
    <message>
        <source>Edit print &amp;templates…</source>
        <translation>編輯列印模板(&amp;T)…</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>圖片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The letterhead was not saved</source>
        <translation>信頭未儲存</translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation>信頭</translation>
    </message>
    <message>
        <source>Printed documents now carry this letterhead.</source>
        <translation>列印的單據今後將使用此信頭。</translation>
    </message>
</context>
<context>
    <name>guanxi::LogCallDialog</name>
    <message>
        <source>Next follow-up on</source>
        <translation>下次跟進日期</translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation>記錄通話</translation>
    </message>
    <message>
        <source>Name, pinyin initials, phone or a contact&apos;s name</source>
        <translation>名稱、拼音首字母、電話或聯絡人姓名</translation>
    </message>
    <message>
        <source>(nobody in particular)</source>
        <translation>（不針對具體的人）</translation>
    </message>
    <message>
        <source>What it was about, e.g. 报价跟进</source>
        <translation>內容，例如 報價跟進</translation>
    </message>
    <message>
        <source>What came of it</source>
        <translation>結果如何</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>With</source>
        <translation>物件</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>主題(&amp;S)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Choose the customer: type part of its name and pick it from the list.</source>
        <translation>請選擇客戶：輸入名稱的一部分，再從列表中選取。</translation>
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
        <translation>撤銷(&amp;U)</translation>
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
        <source>Sync: not set up</source>
        <translation>同步：未設定</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>潛在客戶</translation>
    </message>
    <message>
        <source>Search customers, contacts, leads: name, pinyin, phone (Ctrl+K)</source>
        <translation>搜尋客戶、聯絡人、潛在客戶：名稱、拼音、電話（Ctrl+K）</translation>
    </message>
    <message>
        <source>New &amp;lead…</source>
        <translation>新增潛在客戶(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>匯入(&amp;I)</translation>
    </message>
    <message>
        <source>Import finished: %1 new, %2 updated.</source>
        <translation>匯入完成：新增 %1，更新 %2。</translation>
    </message>
    <message>
        <source>&amp;Customers…</source>
        <translation>客戶(&amp;C)…</translation>
    </message>
    <message>
        <source>C&amp;ontacts…</source>
        <translation>聯絡人(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Leads…</source>
        <translation>潛在客戶(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>匯出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Customers in the list…</source>
        <translation>列表中的客戶(&amp;C)…</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>匯出聯絡人</translation>
    </message>
    <message>
        <source>/contacts.xlsx</source>
        <translation>/聯絡人.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv);;vCard (*.vcf)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv);;vCard (*.vcf)</translation>
    </message>
    <message>
        <source>The contacts were not exported</source>
        <translation>聯絡人未匯出</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s).</source>
        <translation>
            <numerusform>已匯出 %n 個聯絡人。</numerusform>
        </translation>
    </message>
    <message>
        <source>Showroom</source>
        <translation>展廳</translation>
    </message>
    <message>
        <source>Sales funnel</source>
        <translation>銷售漏斗</translation>
    </message>
    <message>
        <source>Quotes and orders</source>
        <translation>報價與訂單</translation>
    </message>
    <message>
        <source>Workbench</source>
        <translation>工作臺</translation>
    </message>
    <message>
        <source>New &amp;task…</source>
        <translation>新增任務(&amp;T)…</translation>
    </message>
    <message>
        <source>Log a &amp;call…</source>
        <translation>記錄通話(&amp;C)…</translation>
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
        <translation>現在到期的提醒（Ctrl+Shift+R）</translation>
    </message>
    <message>
        <source>Reminders: %1</source>
        <translation>提醒：%1</translation>
    </message>
    <message>
        <source>Report center</source>
        <translation>報表中心</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>唯讀：%1</translation>
    </message>
    <message>
        <source>Shared with colleagues (rollback journal)</source>
        <translation>與同事共享（回滾日誌）</translation>
    </message>
    <message>
        <source>For this computer only (WAL)</source>
        <translation>僅供本機使用（WAL）</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>資料庫已損壞</translation>
    </message>
    <message>
        <source>A check of the database file after opening found damage. Work saved from now on may be lost. Restore the last snapshot (the state of the day it was taken), or close Guanxi and ask whoever looks after the file.</source>
        <translation>開啟後對資料庫檔案的檢查發現了損壞。從現在起儲存的工作可能會丟失。請恢復最近的快照（即拍攝當天的狀態），或關閉關係 CRM 並聯系負責此檔案的人。</translation>
    </message>
    <message>
        <source>&amp;Restore a snapshot…</source>
        <translation>恢復快照（&amp;R）…</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍後（&amp;L）</translation>
    </message>
    <message>
        <source>Sign &amp;out / switch user…</source>
        <translation>登出 / 切換使用者(&amp;O)…</translation>
    </message>
    <message>
        <source>Close this window and sign in again, as yourself or a colleague</source>
        <translation>關閉此視窗並重新登入（本人或同事）</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>日曆(&amp;C)</translation>
    </message>
    <message>
        <source>Quotes waiting for your price approval: open the workbench</source>
        <translation>等待您審批價格的報價單：開啟工作臺</translation>
    </message>
    <message>
        <source>Approvals waiting: %1</source>
        <translation>待審批：%1</translation>
    </message>
</context>
<context>
    <name>guanxi::MergeCustomersDialog</name>
    <message>
        <source>Merge two customers</source>
        <translation>合併兩個客戶</translation>
    </message>
    <message>
        <source>Pick the value to keep in each row. The contacts, timeline, commitments, opportunities and orders of both records end up on the one that is kept; the other goes to the recycle bin.</source>
        <translation>請在每一行選擇要保留的值。兩條記錄的聯絡人、跟進記錄、承諾、銷售機會和訂單都會歸到保留的記錄上；另一條移入回收站。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>簡稱</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>型別</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等級</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>郵箱</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>網址</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地區</translation>
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
        <translation>行業</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>Keep the record of:</source>
        <translation>保留這條記錄：</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>合併(&amp;M)</translation>
    </message>
    <message>
        <source>The customers were not merged</source>
        <translation>客戶未合併</translation>
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
        <translation>開啟(&amp;O)…</translation>
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
        <translation>客戶(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名稱(&amp;N)</translation>
    </message>
    <message>
        <source>e.g. 机房改造一期</source>
        <translation>例如：機房改造一期</translation>
    </message>
    <message>
        <source>e.g. 120,000.00</source>
        <translation>例如：120,000.00</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>金額(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>階段(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Probability</source>
        <translation>贏單機率(&amp;P)</translation>
    </message>
    <message>
        <source>not yet known</source>
        <translation>尚未確定</translation>
    </message>
    <message>
        <source>E&amp;xpected close</source>
        <translation>預計成交(&amp;X)</translation>
    </message>
    <message>
        <source>O&amp;wner</source>
        <translation>負責人(&amp;W)</translation>
    </message>
    <message>
        <source>Sou&amp;rce</source>
        <translation>來源(&amp;R)</translation>
    </message>
    <message>
        <source>e.g. 展会, 老客户介绍</source>
        <translation>例如：展會、老客戶介紹</translation>
    </message>
    <message>
        <source>Co&amp;mpetitors</source>
        <translation>競爭對手(&amp;M)</translation>
    </message>
    <message>
        <source>who else is bidding</source>
        <translation>還有誰在競標</translation>
    </message>
    <message>
        <source>&amp;Decision makers</source>
        <translation>決策人(&amp;D)</translation>
    </message>
    <message>
        <source>Ne&amp;xt step</source>
        <translation>下一步(&amp;X)</translation>
    </message>
    <message>
        <source>e.g. 周五前发方案</source>
        <translation>例如：週五前發方案</translation>
    </message>
    <message>
        <source>Why &amp;won or lost</source>
        <translation>贏單/輸單原因(&amp;W)</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>備註(&amp;T)</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>階段歷史</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>新增銷售機會</translation>
    </message>
    <message>
        <source>Opportunity: %1</source>
        <translation>銷售機會：%1</translation>
    </message>
    <message>
        <source>%1  %2 (%3)</source>
        <translation>%1  %2（%3）</translation>
    </message>
    <message>
        <source>Choose the customer of the opportunity.</source>
        <translation>請選擇銷售機會所屬的客戶。</translation>
    </message>
    <message>
        <source>Choose the customer from the offers as you type.</source>
        <translation>請在輸入時從候選列表中選擇客戶。</translation>
    </message>
    <message>
        <source>The opportunity was not saved</source>
        <translation>銷售機會未儲存</translation>
    </message>
    <message>
        <source>C&amp;hanges…</source>
        <translation>修改記錄(&amp;H)…</translation>
    </message>
</context>
<context>
    <name>guanxi::OrderDialog</name>
    <message>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>訂貨數量</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已出貨</translation>
    </message>
    <message>
        <source>Still to deliver</source>
        <translation>待出貨</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Delivery notes</source>
        <translation>出貨單</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>應收款</translation>
    </message>
    <message>
        <source>For</source>
        <translation>款項</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
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
        <translation>出貨(&amp;D)…</translation>
    </message>
    <message>
        <source>Record &amp;payment…</source>
        <translation>登記收款(&amp;P)…</translation>
    </message>
    <message>
        <source>Print &amp;contract…</source>
        <translation>打印合約(&amp;C)…</translation>
    </message>
    <message>
        <source>Contract P&amp;DF…</source>
        <translation>合約 P&amp;DF…</translation>
    </message>
    <message>
        <source>Print delivery &amp;note…</source>
        <translation>打印出貨單(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Warehouse copy…</source>
        <translation>倉庫聯(&amp;W)…</translation>
    </message>
    <message>
        <source>Delivery note PD&amp;F…</source>
        <translation>出貨單 PD&amp;F…</translation>
    </message>
    <message>
        <source>C&amp;lose order</source>
        <translation>關閉訂單(&amp;L)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Order %1 — %2</source>
        <translation>訂單 %1 — %2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>Order %1 of %2 for %3, by %4.
Total %5%6 · paid %7 · owed %8 · state: %9</source>
        <translation>訂單 %1，%2，客戶 %3，銷售 %4。
合計 %5%6 · 已收 %7 · 未收 %8 · 狀態：%9</translation>
    </message>
    <message numerus="yes">
        <source>%1 on %2 (%n line(s))</source>
        <translation>
            <numerusform>%1，%2（%n 行）</numerusform>
        </translation>
    </message>
    <message>
        <source>The order stays open</source>
        <translation>訂單未關閉</translation>
    </message>
    <message>
        <source>Nothing to print</source>
        <translation>沒有可列印的</translation>
    </message>
    <message>
        <source>The order has no delivery note yet.</source>
        <translation>此訂單還沒有出貨單。</translation>
    </message>
    <message>
        <source>Print lo&amp;g…</source>
        <translation>列印記錄(&amp;G)…</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>收款記錄</translation>
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
        <translation>憑證號</translation>
    </message>
</context>
<context>
    <name>guanxi::OrderListModel</name>
    <message>
        <source>Number</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>銷售員</translation>
    </message>
</context>
<context>
    <name>guanxi::PanelLayoutDialog</name>
    <message>
        <source>Workbench panels</source>
        <translation>工作臺面板</translation>
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
        <translation>勾選要顯示的面板，並按您喜歡的順序排列。</translation>
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
        <translation>無法完成分析</translation>
    </message>
    <message>
        <source>No customer bought anything in this period.</source>
        <translation>該期間沒有客戶購買。</translation>
    </message>
    <message>
        <source>The top 20 % of customers bring %1 % of the revenue.</source>
        <translation>前 20% 的客戶貢獻了 %1% 的銷售額。</translation>
    </message>
    <message>
        <source>Cumulative share of revenue</source>
        <translation>銷售額累計佔比</translation>
    </message>
    <message>
        <source>Top 20 % of customers</source>
        <translation>前 20% 的客戶</translation>
    </message>
    <message>
        <source>Customers, highest revenue first</source>
        <translation>客戶（按銷售額從高到低）</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>銷售額</translation>
    </message>
</context>
<context>
    <name>guanxi::PaymentDialog</name>
    <message>
        <source>Record a payment — order %1</source>
        <translation>登記收款 — 訂單 %1</translation>
    </message>
    <message>
        <source>%1, due %2: %3 still owed</source>
        <translation>%1，%2 到期：尚欠 %3</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>款項(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>金額(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Paid on</source>
        <translation>收款日期(&amp;P)</translation>
    </message>
    <message>
        <source>e.g. 银行转账, 承兑汇票</source>
        <translation>例如：銀行轉帳、承兌匯票</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>方式(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>憑證號(&amp;R)</translation>
    </message>
    <message>
        <source>Everything on this order is paid.</source>
        <translation>此訂單已全部收款。</translation>
    </message>
    <message>
        <source>The payment was not recorded</source>
        <translation>收款未登記</translation>
    </message>
</context>
<context>
    <name>guanxi::PeriodPicker</name>
    <message>
        <source>Last 12 months</source>
        <translation>最近 12 個月</translation>
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
        <translation>期間</translation>
    </message>
</context>
<context>
    <name>guanxi::PresenceIndicator</name>
    <message>
        <source>Nobody else has the file open</source>
        <translation>沒有其他人開啟此檔案</translation>
    </message>
    <message>
        <source>%1 on %2, since %3</source>
        <translation>%1，在 %2 上，自 %3 起</translation>
    </message>
    <message>
        <source>Also open: %1</source>
        <translation>同時在用：%1</translation>
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
        <translation>價目表</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>標價</translation>
    </message>
    <message>
        <source>Price on this list</source>
        <translation>此價目表價格</translation>
    </message>
    <message>
        <source>&amp;New price list…</source>
        <translation>新增價目表(&amp;N)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>New price list</source>
        <translation>新增價目表</translation>
    </message>
    <message>
        <source>Channel prices (chosen on a quote)</source>
        <translation>渠道價（在報價單上選擇）</translation>
    </message>
    <message>
        <source>Member prices for %1 customers</source>
        <translation>%1客戶會員價</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>%1 (members: %2)</source>
        <translation>%1（會員：%2）</translation>
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
        <translation>無法列印此單據</translation>
    </message>
    <message>
        <source>Print preview — %1 %2</source>
        <translation>列印預覽 — %1 %2</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>列印失敗</translation>
    </message>
    <message>
        <source>The printer reported an error.</source>
        <translation>印表機報告了錯誤。</translation>
    </message>
    <message>
        <source>The print was not logged</source>
        <translation>列印未記入列印記錄</translation>
    </message>
    <message>
        <source>%1 %2 was sent to the printer.</source>
        <translation>%1 %2 已傳送到印表機。</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>存為 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not written</source>
        <translation>PDF 未寫入</translation>
    </message>
    <message>
        <source>The export was not logged</source>
        <translation>匯出未記入列印記錄</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>已儲存 %1（%n 頁）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guanxi::PrintLogDialog</name>
    <message>
        <source>Print log</source>
        <translation>列印記錄</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>單據</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>saved as PDF</source>
        <translation>存為 PDF</translation>
    </message>
    <message numerus="yes">
        <source>printed, %n cop(ies)</source>
        <translation>
            <numerusform>列印 %n 份</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (warehouse copy)</source>
        <translation>%1（倉庫聯）</translation>
    </message>
</context>
<context>
    <name>guanxi::ProductDialog</name>
    <message>
        <source>&amp;Code</source>
        <translation>編號(&amp;C)</translation>
    </message>
    <message>
        <source>e.g. NB-X1</source>
        <translation>例如 NB-X1</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名稱(&amp;N)</translation>
    </message>
    <message>
        <source>e.g. 商务笔记本 X1</source>
        <translation>例如 商務筆記本 X1</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>類別(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Specification</source>
        <translation>規格(&amp;S)</translation>
    </message>
    <message>
        <source>e.g. 14 英寸 / 16 GB</source>
        <translation>例如 14 英寸 / 16 GB</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>單位(&amp;U)</translation>
    </message>
    <message>
        <source>e.g. 台, 套, 个</source>
        <translation>例如 臺、套、個</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>幣種(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;List price</source>
        <translation>標價(&amp;L)</translation>
    </message>
    <message>
        <source>e.g. 8,999.00</source>
        <translation>例如 8,999.00</translation>
    </message>
    <message>
        <source>&amp;Floor price</source>
        <translation>底線價(&amp;F)</translation>
    </message>
    <message>
        <source>the lowest price without approval; empty: none</source>
        <translation>無需審批的最低單價；留空表示不設底線</translation>
    </message>
    <message>
        <source>C&amp;ost</source>
        <translation>成本(&amp;O)</translation>
    </message>
    <message>
        <source>what one costs the company</source>
        <translation>公司的單位成本</translation>
    </message>
    <message>
        <source>&amp;Tax rate</source>
        <translation>稅率(&amp;T)</translation>
    </message>
    <message>
        <source>Offered in quotes</source>
        <translation>可用於報價</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>無圖片</translation>
    </message>
    <message>
        <source>C&amp;hoose picture…</source>
        <translation>選擇圖片(&amp;H)…</translation>
    </message>
    <message>
        <source>Remove picture</source>
        <translation>移除圖片</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>圖片</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>新增產品</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>Product %1</source>
        <translation>產品 %1</translation>
    </message>
    <message>
        <source>Product picture</source>
        <translation>產品圖片</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>圖片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>無法讀取 %1。</translation>
    </message>
    <message>
        <source>The product was not saved</source>
        <translation>產品未儲存</translation>
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
        <translation>編號</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>規格</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>標價</translation>
    </message>
    <message>
        <source>Floor price</source>
        <translation>底線價</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>稅率</translation>
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
        <translation>狀態</translation>
    </message>
</context>
<context>
    <name>guanxi::ProductsPage</name>
    <message>
        <source>Code, name, specification or category</source>
        <translation>編號、名稱、規格或類別</translation>
    </message>
    <message>
        <source>Also those no longer offered</source>
        <translation>包括已停售的</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>類別：</translation>
    </message>
    <message>
        <source>&amp;New product…</source>
        <translation>新增產品(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編輯(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>The products cannot be shown</source>
        <translation>無法顯示產品</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n 個產品</numerusform>
        </translation>
    </message>
    <message>
        <source>Product saved.</source>
        <translation>產品已儲存。</translation>
    </message>
    <message>
        <source>Delete product</source>
        <translation>刪除產品</translation>
    </message>
    <message>
        <source>Delete %1 (%2) from the showroom? Documents that already name it keep it.</source>
        <translation>從展廳刪除 %1（%2）？已引用它的單據會保留它。</translation>
    </message>
    <message>
        <source>The product was not deleted</source>
        <translation>產品未刪除</translation>
    </message>
    <message>
        <source>Product deleted.</source>
        <translation>產品已刪除。</translation>
    </message>
    <message>
        <source>&amp;Price lists…</source>
        <translation>價目表(&amp;P)…</translation>
    </message>
    <message>
        <source>Add to a new &amp;quote…</source>
        <translation>加入新報價單(&amp;Q)…</translation>
    </message>
    <message>
        <source>A new quote with the selected products, for a customer you choose</source>
        <translation>用所選產品新增報價單，客戶由您選擇</translation>
    </message>
    <message>
        <source>Select the products for the quote first (Ctrl+click for several).</source>
        <translation>請先選擇要報價的產品（按住 Ctrl 單擊可多選）。</translation>
    </message>
    <message>
        <source>Quote %1 saved.</source>
        <translation>報價單 %1 已儲存。</translation>
    </message>
</context>
<context>
    <name>guanxi::ProposalsWidget</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <source>Accept the &amp;selected</source>
        <translation>採納所選(&amp;S)</translation>
    </message>
    <message>
        <source>Accept &amp;all</source>
        <translation>全部採納(&amp;A)</translation>
    </message>
    <message>
        <source>The proposals could not be made</source>
        <translation>無法生成建議</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) updated.</source>
        <translation>
            <numerusform>已更新 %n 位客戶。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left as they are (changed meanwhile, or a colleague&apos;s).</source>
        <translation>
            <numerusform>%n 位未作改動（期間已被修改，或屬於同事）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The proposals were not accepted</source>
        <translation>建議未被採納</translation>
    </message>
</context>
<context>
    <name>guanxi::QuotaAttainmentModel</name>
    <message>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>銷售員</translation>
    </message>
    <message>
        <source>Quota (%1)</source>
        <translation>定額（%1）</translation>
    </message>
    <message>
        <source>Won (%1)</source>
        <translation>贏單（%1）</translation>
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
        <translation>設定定額</translation>
    </message>
    <message>
        <source>&amp;Salesperson</source>
        <translation>銷售人員(&amp;S)</translation>
    </message>
    <message>
        <source>a month (2026-11) or a quarter (2026-Q4)</source>
        <translation>月份（2026-11）或季度（2026-Q4）</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>期間(&amp;P)</translation>
    </message>
    <message>
        <source>in CNY; empty clears the quota</source>
        <translation>單位：人民幣；留空則清除定額</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>金額(&amp;A)</translation>
    </message>
    <message>
        <source>The quota was not saved</source>
        <translation>定額未儲存</translation>
    </message>
</context>
<context>
    <name>guanxi::QuoteDialog</name>
    <message>
        <source>C&amp;ustomer</source>
        <translation>客戶(&amp;U)</translation>
    </message>
    <message>
        <source>C&amp;ontact</source>
        <translation>聯絡人(&amp;O)</translation>
    </message>
    <message>
        <source>Opportunit&amp;y</source>
        <translation>銷售機會(&amp;Y)</translation>
    </message>
    <message>
        <source>Member price of the customer&apos;s tier, else list price</source>
        <translation>客戶等級的會員價，否則標價</translation>
    </message>
    <message>
        <source>&amp;Price list</source>
        <translation>價目表(&amp;P)</translation>
    </message>
    <message>
        <source>Cu&amp;rrency</source>
        <translation>幣種(&amp;R)</translation>
    </message>
    <message>
        <source>Prices include tax (含税价)</source>
        <translation>價格含稅（含稅價）</translation>
    </message>
    <message>
        <source>&amp;Valid until</source>
        <translation>有效期至(&amp;V)</translation>
    </message>
    <message>
        <source>e.g. 合同签订后预付 30%，货到验收后 30 天内付清余款。</source>
        <translation>例如：合約簽訂後預付 30%，貨到驗收後 30 天內付清餘款。</translation>
    </message>
    <message>
        <source>&amp;Terms</source>
        <translation>條款(&amp;T)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Approve prices</source>
        <translation>批准價格(&amp;A)</translation>
    </message>
    <message>
        <source>Mark as s&amp;ent</source>
        <translation>標記為已傳送(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Make order…</source>
        <translation>轉為訂單(&amp;M)…</translation>
    </message>
    <message>
        <source>Re&amp;vise</source>
        <translation>修訂(&amp;V)</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>列印預覽(&amp;V)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>存為 P&amp;DF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>New quote</source>
        <translation>新增報價</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>單價</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>折扣 %</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>稅率 %</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Type a product&apos;s code or name</source>
        <translation>輸入產品編號或名稱</translation>
    </message>
    <message>
        <source>A&amp;dd line</source>
        <translation>新增明細(&amp;D)</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>刪除明細</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>產品：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>(on saving)</source>
        <translation>（儲存後計算）</translation>
    </message>
    <message>
        <source>(closed deal)</source>
        <translation>（已結束的機會）</translation>
    </message>
    <message>
        <source>Quote %1 — %2</source>
        <translation>報價單 %1 — %2</translation>
    </message>
    <message>
        <source>Below the floor price of %1: needs a manager&apos;s approval.</source>
        <translation>低於底線價 %1：需經理批准。</translation>
    </message>
    <message>
        <source>  (in words: %1)</source>
        <translation>  （大寫：%1）</translation>
    </message>
    <message>
        <source>Without tax %1 · Tax %2 · Total %3%4</source>
        <translation>不含稅 %1 · 稅額 %2 · 合計 %3%4</translation>
    </message>
    <message>
        <source>Add lines and save to see the totals.</source>
        <translation>新增明細並儲存後顯示合計。</translation>
    </message>
    <message>
        <source>Status: %1.</source>
        <translation>狀態：%1。</translation>
    </message>
    <message>
        <source>A price is below the floor: a manager must approve it before the quote is sent or ordered; until then it prints as a draft.</source>
        <translation>有價格低於底線價：須經理批准後才能傳送或轉為訂單；在此之前列印為草稿。</translation>
    </message>
    <message>
        <source>Prices below the floor approved by %1 on %2.</source>
        <translation>低於底線的價格已由 %1 於 %2 批准。</translation>
    </message>
    <message>
        <source>Choose the customer from the offers as you type.</source>
        <translation>請在輸入時從候選列表中選擇客戶。</translation>
    </message>
    <message>
        <source>Line %1: </source>
        <translation>第 %1 行：</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quantity.</source>
        <translation>「%1」不是數量。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage.</source>
        <translation>「%1」不是百分數。</translation>
    </message>
    <message>
        <source>The quote was not saved</source>
        <translation>報價單未儲存</translation>
    </message>
    <message>
        <source>The quote was not approved</source>
        <translation>報價單未批准</translation>
    </message>
    <message>
        <source>Make order</source>
        <translation>轉為訂單</translation>
    </message>
    <message>
        <source>When does the customer pay?</source>
        <translation>客戶何時付款？</translation>
    </message>
    <message>
        <source>Print lo&amp;g…</source>
        <translation>列印記錄(&amp;G)…</translation>
    </message>
    <message>
        <source>C&amp;hanges…</source>
        <translation>修改記錄(&amp;H)…</translation>
    </message>
    <message>
        <source>Starting price: %1</source>
        <translation>起始價：%1</translation>
    </message>
    <message>
        <source>Without tax %1 · Tax %2 · Total %3%4 — not saved yet</source>
        <translation>不含稅 %1 · 稅額 %2 · 合計 %3%4 — 尚未儲存</translation>
    </message>
    <message>
        <source>As&amp;k for approval…</source>
        <translation>申請審批(&amp;K)…</translation>
    </message>
    <message>
        <source>Ask a manager to approve the prices below the floor</source>
        <translation>請經理批准低於底線價的價格</translation>
    </message>
    <message>
        <source>Re&amp;fuse…</source>
        <translation>駁回(&amp;F)…</translation>
    </message>
    <message>
        <source>Refuse the prices below the floor, saying why</source>
        <translation>駁回低於底線價的價格，並說明原因</translation>
    </message>
    <message>
        <source>A price is below the floor: waiting for a manager&apos;s approval, asked by %1 on %2.</source>
        <translation>有價格低於底線價：等待經理審批，%1 於 %2 申請。</translation>
    </message>
    <message>
        <source>%1 %2 asked for approval.</source>
        <translation>%1 %2 申請審批。</translation>
    </message>
    <message>
        <source>%1 %2 asked for approval: %3</source>
        <translation>%1 %2 申請審批：%3</translation>
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
        <translation>%1 %2 駁回：%3</translation>
    </message>
    <message>
        <source>%1 The prices changed; no approval needed any more.</source>
        <translation>%1 價格已修改，不再需要審批。</translation>
    </message>
    <message>
        <source>Ask for approval</source>
        <translation>申請審批</translation>
    </message>
    <message>
        <source>A price of quote %1 is below the floor. What should the manager know? (optional)</source>
        <translation>報價單 %1 有價格低於底線價。需要告訴經理什麼？（可選）</translation>
    </message>
    <message>
        <source>Approval was not asked for</source>
        <translation>未能申請審批</translation>
    </message>
    <message>
        <source>Refuse the prices</source>
        <translation>駁回價格</translation>
    </message>
    <message>
        <source>Why are the prices of quote %1 refused? The salesperson sees it.</source>
        <translation>為什麼駁回報價單 %1 的價格？銷售人員會看到。</translation>
    </message>
    <message>
        <source>The prices were not refused</source>
        <translation>價格未駁回</translation>
    </message>
</context>
<context>
    <name>guanxi::QuoteListModel</name>
    <message>
        <source>waiting for a manager</source>
        <translation>待經理審批</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>已由 %1 批准</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
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
        <translation>合計</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Floor-price approval</source>
        <translation>底線價審批</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>銷售員</translation>
    </message>
    <message>
        <source>refused: change the prices</source>
        <translation>已駁回：請修改價格</translation>
    </message>
    <message>
        <source>needs approval: not asked yet</source>
        <translation>需審批：尚未申請</translation>
    </message>
</context>
<context>
    <name>guanxi::RecordHistoryDialog</name>
    <message>
        <source>History</source>
        <translation>歷史</translation>
    </message>
</context>
<context>
    <name>guanxi::RecordHistoryView</name>
    <message>
        <source>Merged with another record</source>
        <translation>與另一條記錄合併</translation>
    </message>
    <message>
        <source>Claimed from the public pool</source>
        <translation>從公海領取</translation>
    </message>
    <message>
        <source>Returned to the public pool</source>
        <translation>退回公海</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事項</translation>
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
        <translation>恢復為原值(&amp;P)</translation>
    </message>
    <message>
        <source>Guanxi</source>
        <translation>關係 CRM</translation>
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
    <name>guanxi::ReminderListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>到期時間</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事項</translation>
    </message>
</context>
<context>
    <name>guanxi::ReminderNotifier</name>
    <message>
        <source>Guanxi CRM</source>
        <translation>關係 CRM</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>……還有 %n 條</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n 條提醒</numerusform>
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
        <translation>稍後提醒(&amp;S)</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 分鐘</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 小時</translation>
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
        <translation>開啟客戶(&amp;O)</translation>
    </message>
</context>
<context>
    <name>guanxi::ReportBuilderWidget</name>
    <message>
        <source>(nothing)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>every tier</source>
        <translation>所有等級</translation>
    </message>
    <message>
        <source>every region (or part of a name, e.g. 浙江)</source>
        <translation>所有地區（或地區名稱的一部分，例如 浙江）</translation>
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
        <translation>顯示</translation>
    </message>
    <message>
        <source>Only</source>
        <translation>僅限</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>顯示(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>另存為(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
    <message>
        <source>My reports</source>
        <translation>我的報表</translation>
    </message>
    <message>
        <source>The report could not be made</source>
        <translation>無法生成報表</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>儲存報表</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation>報表未儲存</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot; among your reports.</source>
        <translation>已將「%1」儲存到您的報表中。</translation>
    </message>
    <message>
        <source>The report was not deleted</source>
        <translation>報表未刪除</translation>
    </message>
    <message>
        <source>(a new report)</source>
        <translation>（新報表）</translation>
    </message>
    <message>
        <source>Delete report</source>
        <translation>刪除報表</translation>
    </message>
    <message>
        <source>Delete the saved report &quot;%1&quot;?</source>
        <translation>要刪除已儲存的報表「%1」嗎？</translation>
    </message>
</context>
<context>
    <name>guanxi::ReportCenterPage</name>
    <message>
        <source>RFM customer segments</source>
        <translation>RFM 客戶分群</translation>
    </message>
    <message>
        <source>80/20 and ABC</source>
        <translation>二八分析與 ABC</translation>
    </message>
    <message>
        <source>Customer lifetime value</source>
        <translation>客戶終身價值</translation>
    </message>
    <message>
        <source>Sales report</source>
        <translation>銷售報表</translation>
    </message>
    <message>
        <source>RFM segment migration</source>
        <translation>RFM 分群遷移</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>流失預警</translation>
    </message>
    <message>
        <source>Receivables ageing</source>
        <translation>應收帳齡</translation>
    </message>
    <message>
        <source>Activity per person</source>
        <translation>人員活動統計</translation>
    </message>
    <message>
        <source>Funnel: conversion and time in stage</source>
        <translation>漏斗轉化與階段時長</translation>
    </message>
    <message>
        <source>Quota attainment this month</source>
        <translation>本月定額完成</translation>
    </message>
    <message>
        <source>Acquisition and retention</source>
        <translation>客戶獲取與留存</translation>
    </message>
    <message>
        <source>Sales by product</source>
        <translation>產品銷售</translation>
    </message>
    <message>
        <source>CLV calculator</source>
        <translation>終身價值計算器</translation>
    </message>
    <message>
        <source>Tier and stage proposals</source>
        <translation>等級與階段建議</translation>
    </message>
    <message>
        <source>Report builder</source>
        <translation>自定義報表</translation>
    </message>
</context>
<context>
    <name>guanxi::ReportChart</name>
    <message>
        <source>%1 (10,000 %2)</source>
        <translation>%1（萬 %2）</translation>
    </message>
</context>
<context>
    <name>guanxi::ReportView</name>
    <message>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>列印預覽…</translation>
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
        <translation>無法將 PDF 寫入 %1。</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>匯出報表</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>The report was not exported</source>
        <translation>報表未匯出</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已匯出到 %1。</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>將報表儲存為 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not written</source>
        <translation>PDF 未寫入</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已儲存 %1。</translation>
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
    <name>guanxi::RfmReportWidget</name>
    <message>
        <source>&amp;Tag these customers…</source>
        <translation>為這些客戶加標籤(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Analyse</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <source>The analysis could not be made</source>
        <translation>無法完成分析</translation>
    </message>
    <message numerus="yes">
        <source>Tagged %n customer(s) &quot;%1&quot;; filter the customer list by the tag to follow them up.</source>
        <translation>
            <numerusform>已為 %n 位客戶加上標籤「%1」；在客戶列表中按此標籤篩選即可跟進。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n belong to colleagues and were left as they are.</source>
        <translation>
            <numerusform>其中 %n 位屬於同事，未作改動。</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag these customers</source>
        <translation>為這些客戶加標籤</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>The customers were not tagged</source>
        <translation>客戶未加標籤</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>客戶佔比</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>銷售額佔比</translation>
    </message>
    <message>
        <source>My own cut points</source>
        <translation>使用自定分界點</translation>
    </message>
    <message>
        <source>Score by cut points you set instead of by quintiles</source>
        <translation>按您設定的分界點評分，而不是五等分</translation>
    </message>
    <message>
        <source>Cut points…</source>
        <translation>分界點…</translation>
    </message>
    <message>
        <source>RFM segments</source>
        <translation>RFM 客戶分群</translation>
    </message>
</context>
<context>
    <name>guanxi::RfmThresholdsDialog</name>
    <message>
        <source>RFM cut points</source>
        <translation>RFM 分界點</translation>
    </message>
    <message>
        <source>score %1 from</source>
        <translation>%1 分起</translation>
    </message>
    <message>
        <source>Recency: at most … days since the last order</source>
        <translation>R：距上次下單不超過 … 天</translation>
    </message>
    <message>
        <source>Frequency: at least … order days</source>
        <translation>F：下單至少 … 天</translation>
    </message>
    <message>
        <source>Monetary: at least … yuan</source>
        <translation>M：金額至少 … 元</translation>
    </message>
    <message>
        <source>Each row&apos;s cut points must go one way: recency days down from score 2 to 5, order days and yuan up.</source>
        <translation>每行的分界點必須單向變化：R 天數從 2 分到 5 分遞減，F 天數和 M 金額遞增。</translation>
    </message>
</context>
<context>
    <name>guanxi::SalesDocumentsPage</name>
    <message>
        <source>&amp;New quote…</source>
        <translation>新增報價(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quotes</source>
        <translation>報價(&amp;Q)</translation>
    </message>
    <message>
        <source>O&amp;pen…</source>
        <translation>開啟(&amp;P)…</translation>
    </message>
    <message>
        <source>O&amp;rders</source>
        <translation>訂單(&amp;R)</translation>
    </message>
</context>
<context>
    <name>guanxi::SalesReportWidget</name>
    <message>
        <source>By</source>
        <translation>記錄人</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>顯示(&amp;S)</translation>
    </message>
    <message>
        <source>The report could not be made</source>
        <translation>無法生成報表</translation>
    </message>
    <message>
        <source>This period (10,000)</source>
        <translation>本期（萬元）</translation>
    </message>
    <message>
        <source>Previous period (10,000)</source>
        <translation>上期（萬元）</translation>
    </message>
</context>
<context>
    <name>guanxi::SalesRulesGroup</name>
    <message>
        <source>Sales rules</source>
        <translation>銷售規則</translation>
    </message>
    <message>
        <source>never</source>
        <translation>從不</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>A customer goes back to the public pool (公海) when its owner has not followed it up for:</source>
        <translation>負責人超過以下天數未跟進時，客戶退回公海：</translation>
    </message>
    <message>
        <source>Normal customers</source>
        <translation>普通客戶</translation>
    </message>
    <message>
        <source>Important customers</source>
        <translation>重要客戶</translation>
    </message>
    <message>
        <source>VIP customers</source>
        <translation>貴賓客戶</translation>
    </message>
    <message>
        <source>Claims per salesperson per day</source>
        <translation>每位銷售每天可領取</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>手工分配</translation>
    </message>
    <message>
        <source>In turn (round robin)</source>
        <translation>輪流分配</translation>
    </message>
    <message>
        <source>New leads are assigned</source>
        <translation>新潛在客戶的分配方式</translation>
    </message>
    <message>
        <source>Taking turns</source>
        <translation>參與輪流的銷售</translation>
    </message>
    <message>
        <source>Save the rules</source>
        <translation>儲存規則</translation>
    </message>
    <message>
        <source>The rules were not saved</source>
        <translation>規則未儲存</translation>
    </message>
    <message>
        <source>Warn, and let anyone save anyway</source>
        <translation>提醒，任何人都可以仍然儲存</translation>
    </message>
    <message>
        <source>Block salespeople (a manager may save anyway, recorded)</source>
        <translation>禁止銷售人員儲存（經理可儲存，記入日誌）</translation>
    </message>
    <message>
        <source>What the duplicate guard (防撞单) does when someone saves a customer that already exists</source>
        <translation>有人儲存已存在的客戶時，防撞單如何處理</translation>
    </message>
    <message>
        <source>A customer that already exists</source>
        <translation>已存在的客戶</translation>
    </message>
    <message>
        <source>for example 21cn.com, tom.com</source>
        <translation>例如 21cn.com、tom.com</translation>
    </message>
    <message>
        <source>People with addresses at these domains are not taken for one company. Built in: %1</source>
        <translation>使用這些域名郵箱的人不會被當作同一家公司。內建：%1</translation>
    </message>
    <message>
        <source>More public mail domains</source>
        <translation>更多公共郵箱域名</translation>
    </message>
    <message>
        <source>The country of phone numbers written without a country code (+86, +1 …), when they are typed or imported</source>
        <translation>輸入或匯入時，未寫國家程式碼（+86、+1 …）的電話號碼所屬的國家</translation>
    </message>
    <message>
        <source>Phone numbers without a country code are from</source>
        <translation>未寫國家程式碼的電話號碼屬於</translation>
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
        <translation>新語言將在下次啟動時生效。現在重新啟動嗎？</translation>
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
        <translation>只有一個使用者時直接開啟；一旦有兩個使用者，每個人都需用密碼登入。</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>新增使用者(&amp;A)…</translation>
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
        <translation>關係 CRM 每天啟動時為資料庫拍一次快照，儲存在 %1。</translation>
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
    <message>
        <source>WAL (for this computer only)</source>
        <translation>WAL（僅供本機使用）</translation>
    </message>
    <message>
        <source>rollback journal (shared)</source>
        <translation>回滾日誌（共享）</translation>
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
        <translation>與同事共享此資料庫（&amp;S）</translation>
    </message>
    <message>
        <source>Shared: everyone who opens this file, on this computer or over the network, uses the rollback journal.</source>
        <translation>已共享：所有開啟此檔案的人，無論在本機還是透過網路，都使用回滾日誌。</translation>
    </message>
    <message>
        <source>For this computer only: the file uses WAL, which must not be opened over a network.</source>
        <translation>僅供本機使用：檔案使用 WAL，不能透過網路開啟。</translation>
    </message>
    <message>
        <source>Only an administrator can change this.</source>
        <translation>只有管理員可以更改此設定。</translation>
    </message>
    <message>
        <source>The file is open read-only: %1.</source>
        <translation>檔案以唯讀方式開啟：%1。</translation>
    </message>
    <message>
        <source>Open now by: %1.</source>
        <translation>當前正在使用：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Share this database with colleagues? Everyone else must have closed it first.</source>
        <translation>與同事共享此資料庫嗎?其他人必須先關閉它。</translation>
    </message>
    <message>
        <source>Stop sharing this database? Colleagues will no longer be able to open it over the network. Everyone else must have closed it first.</source>
        <translation>停止共享此資料庫嗎?同事將無法再透過網路開啟它。其他人必須先關閉它。</translation>
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
    <name>guanxi::StagesDialog</name>
    <message>
        <source>won</source>
        <translation>贏單</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>輸單</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Sales stages</source>
        <translation>銷售階段</translation>
    </message>
    <message>
        <source>Deals move through the open stages in this order and end as won or lost. The probability is a new deal&apos;s default in the stage and weights the forecast.</source>
        <translation>銷售機會按此順序經過各進行中階段，最終贏單或輸單。機率是機會進入該階段時的預設值，並用於加權預測。</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>機率</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>&amp;Add stage</source>
        <translation>新增階段(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>刪除(&amp;R)</translation>
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
        <translation>新階段</translation>
    </message>
    <message>
        <source>The won and lost stages stay; rename them if you like.</source>
        <translation>贏單和輸單階段不能刪除，但可以改名。</translation>
    </message>
    <message>
        <source>The stages were not saved</source>
        <translation>階段未儲存</translation>
    </message>
</context>
<context>
    <name>guanxi::TableReportWidget</name>
    <message>
        <source>&amp;Show</source>
        <translation>顯示(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <source>The report could not be made</source>
        <translation>無法生成報表</translation>
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
        <translation>時間</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>新增任務</translation>
    </message>
    <message>
        <source>What is to be done, e.g. 回电话确认交货期</source>
        <translation>要做什麼，例如：回電話確認交貨期</translation>
    </message>
    <message>
        <source>Optional: name, pinyin initials or phone</source>
        <translation>可選：名稱、拼音首字母或電話</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <source> min before</source>
        <translation> 分鐘前</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>標題(&amp;T)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Remind me</source>
        <translation>提醒我</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Task: %1</source>
        <translation>任務：%1</translation>
    </message>
    <message>
        <source>Choose the customer from the offered list, or clear the field.</source>
        <translation>請從列表中選擇客戶，或清空該欄。</translation>
    </message>
    <message>
        <source>C&amp;hanges…</source>
        <translation>修改記錄(&amp;H)…</translation>
    </message>
</context>
<context>
    <name>guanxi::TeamOverviewModel</name>
    <message>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>銷售員</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>進行中商機</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>商機金額</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>加權金額</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>逾期跟進</translation>
    </message>
    <message>
        <source>Dormant customers</source>
        <translation>沉睡客戶</translation>
    </message>
    <message>
        <source>Quota this month</source>
        <translation>本月定額</translation>
    </message>
    <message>
        <source>Won this month</source>
        <translation>本月贏單</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>Receivables open</source>
        <translation>未收應收</translation>
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
        <translation>今天的團隊：各階段進行中的商機、逾期的跟進、漸漸沉默的客戶、本月定額，以及尚未收回的款項。</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部人員</translation>
    </message>
    <message>
        <source>Open pipeline by person and stage</source>
        <translation>各人進行中商機（按階段）</translation>
    </message>
    <message>
        <source>10,000 CNY</source>
        <translation>萬元</translation>
    </message>
</context>
<context>
    <name>guanxi::TemplateEditorDialog</name>
    <message>
        <source>Print templates</source>
        <translation>列印模板</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>報價單</translation>
    </message>
    <message>
        <source>Contract / order</source>
        <translation>合約 / 訂單</translation>
    </message>
    <message>
        <source>Delivery note</source>
        <translation>出貨單</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation>儲存在 %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Restore the built-in one</source>
        <translation>恢復內建模板(&amp;R)</translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation>開啟資料夾(&amp;F)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>The folder cannot be opened</source>
        <translation>無法開啟資料夾</translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation>未儲存：</translation>
    </message>
    <message>
        <source>The template was not saved</source>
        <translation>模板未儲存</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>語言：</translation>
    </message>
</context>
<context>
    <name>guanxi::TimelineTab</name>
    <message>
        <source>Log a touch point</source>
        <translation>記錄一次接觸</translation>
    </message>
    <message>
        <source>What it was about, e.g. 报价跟进</source>
        <translation>內容，例如 報價跟進</translation>
    </message>
    <message>
        <source>What came of it</source>
        <translation>結果如何</translation>
    </message>
    <message>
        <source>Next follow-up on</source>
        <translation>下次跟進日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>With</source>
        <translation>物件</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主題</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>By</source>
        <translation>記錄人</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟進</translation>
    </message>
    <message>
        <source>Commitments (承诺) made to the customer</source>
        <translation>對客戶的承諾</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>承諾</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>&amp;Promise…</source>
        <translation>承諾(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Kept</source>
        <translation>已兌現(&amp;K)</translation>
    </message>
    <message>
        <source>Ca&amp;ncelled</source>
        <translation>已取消(&amp;N)</translation>
    </message>
    <message>
        <source>(nobody in particular)</source>
        <translation>（不針對具體的人）</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source> (done)</source>
        <translation>（已完成）</translation>
    </message>
    <message>
        <source>What did you promise?</source>
        <translation>您承諾了什麼？</translation>
    </message>
    <message>
        <source>Due on (yyyy-MM-dd):</source>
        <translation>到期日（yyyy-MM-dd）：</translation>
    </message>
    <message>
        <source>The promise was not saved</source>
        <translation>承諾未儲存</translation>
    </message>
    <message>
        <source>The promise was not changed</source>
        <translation>承諾未修改</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>已發貨</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已關閉</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>&amp;Log it now (saved at once)</source>
        <translation>立即記錄（馬上儲存）(&amp;L)</translation>
    </message>
    <message>
        <source>Saves this touch point right away; the card&apos;s Save and Cancel do not change it</source>
        <translation>立即儲存這次接觸；卡片的「儲存」和「取消」不影響它</translation>
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
        <translation>無日期</translation>
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
        <translation>時間</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事項</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳情</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
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
        <translation>新增任務(&amp;T)…</translation>
    </message>
    <message>
        <source>A to-do, call, visit or meeting (Ctrl+T)</source>
        <translation>待辦、電話、拜訪或會議（Ctrl+T）</translation>
    </message>
    <message>
        <source>&amp;Log a call…</source>
        <translation>記錄通話(&amp;L)…</translation>
    </message>
    <message>
        <source>Log a touch point with a customer (Ctrl+L)</source>
        <translation>記錄與客戶的一次接觸（Ctrl+L）</translation>
    </message>
    <message>
        <source>&amp;Panels…</source>
        <translation>面板(&amp;P)…</translation>
    </message>
    <message>
        <source>Show, hide and reorder the panels</source>
        <translation>顯示、隱藏面板並調整順序</translation>
    </message>
    <message>
        <source>&amp;Reminders and rules…</source>
        <translation>提醒與規則(&amp;R)…</translation>
    </message>
    <message>
        <source>Which reminders, when; when a customer counts as dormant</source>
        <translation>提醒哪些事、何時提醒；客戶多久算沉睡</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>重新整理(&amp;F)</translation>
    </message>
    <message>
        <source>Read everything again (F5)</source>
        <translation>重新讀取全部內容（F5）</translation>
    </message>
    <message>
        <source>My day</source>
        <translation>我的一天</translation>
    </message>
    <message>
        <source>My team</source>
        <translation>我的團隊</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>待跟進</translation>
    </message>
    <message>
        <source>No follow-up due today or tomorrow.</source>
        <translation>今明兩天沒有到期的跟進。</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>待辦事項</translation>
    </message>
    <message>
        <source>Nothing left to do. Ctrl+T adds a task.</source>
        <translation>沒有待辦事項。按 Ctrl+T 新增任務。</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>日程</translation>
    </message>
    <message>
        <source>No calls, visits or meetings planned.</source>
        <translation>沒有安排電話、拜訪或會議。</translation>
    </message>
    <message>
        <source>Receivables due</source>
        <translation>到期應收</translation>
    </message>
    <message>
        <source>No money due this week.</source>
        <translation>本週沒有到期的款項。</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>承諾</translation>
    </message>
    <message>
        <source>No promise coming due.</source>
        <translation>沒有即將到期的承諾。</translation>
    </message>
    <message>
        <source>Deals closing this month</source>
        <translation>本月預計成交</translation>
    </message>
    <message>
        <source>No open deal is expected to close this month.</source>
        <translation>本月沒有預計成交的商機。</translation>
    </message>
    <message>
        <source>Birthdays and care days</source>
        <translation>生日與客戶關懷</translation>
    </message>
    <message>
        <source>No birthday or care day this week.</source>
        <translation>本週沒有生日或關懷日。</translation>
    </message>
    <message>
        <source>Dormant customers</source>
        <translation>沉睡客戶</translation>
    </message>
    <message>
        <source>Every customer has heard from you lately.</source>
        <translation>最近每個客戶都聯絡過了。</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本週</translation>
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
        <translation>本月定額：%1 / %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Won this month: %1 (no quota set)</source>
        <translation>本月贏單：%1（未設定額）</translation>
    </message>
    <message>
        <source>Logged.</source>
        <translation>已記錄。</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>完成(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編輯(&amp;E)…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>刪除(&amp;L)</translation>
    </message>
    <message>
        <source>The task was not deleted</source>
        <translation>任務未刪除</translation>
    </message>
    <message>
        <source>Task deleted.</source>
        <translation>任務已刪除。</translation>
    </message>
    <message>
        <source>&amp;Kept</source>
        <translation>已兌現(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Cancelled</source>
        <translation>已取消(&amp;C)</translation>
    </message>
    <message>
        <source>The commitment was not changed</source>
        <translation>承諾未更改</translation>
    </message>
    <message>
        <source>Commitment closed.</source>
        <translation>承諾已關閉。</translation>
    </message>
    <message>
        <source>The task was not marked done</source>
        <translation>任務未標記為完成</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>已完成：%1</translation>
    </message>
    <message>
        <source>The task cannot be opened</source>
        <translation>無法開啟任務</translation>
    </message>
    <message>
        <source>Task saved.</source>
        <translation>任務已儲存。</translation>
    </message>
    <message>
        <source>Task added: %1</source>
        <translation>已新增任務：%1</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>設定已儲存。</translation>
    </message>
    <message>
        <source>The list cannot be read</source>
        <translation>無法讀取列表</translation>
    </message>
    <message>
        <source>The first %1 of %2.</source>
        <translation>共 %2 條，顯示前 %1 條。</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>流失預警</translation>
    </message>
    <message>
        <source>No customer is buying much later than usual.</source>
        <translation>沒有比平常晚很多仍未下單的客戶。</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日曆</translation>
    </message>
    <message>
        <source>Price approvals</source>
        <translation>價格審批</translation>
    </message>
    <message>
        <source>No quote waits for your approval.</source>
        <translation>沒有等待您審批的報價單。</translation>
    </message>
    <message>
        <source>No approval asked for or answered this week.</source>
        <translation>本週沒有申請或答覆的審批。</translation>
    </message>
    <message>
        <source>&amp;Open the quote…</source>
        <translation>開啟報價單(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the &amp;customer</source>
        <translation>開啟客戶(&amp;C)</translation>
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
        <translation>暫無內容。</translation>
    </message>
    <message>
        <source>Open the lead</source>
        <translation>開啟潛在客戶</translation>
    </message>
    <message>
        <source>Open the customer card</source>
        <translation>開啟客戶卡片</translation>
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
        <translation>工作臺與提醒</translation>
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
        <translation>提前天數</translation>
    </message>
    <message>
        <source>Day reminders come at</source>
        <translation>按日提醒的時間</translation>
    </message>
    <message>
        <source>Dormant customers (managers set these for everyone)</source>
        <translation>沉睡客戶（由經理為所有人設定）</translation>
    </message>
    <message>
        <source>No contact for (days)</source>
        <translation>未聯絡（天）</translation>
    </message>
    <message>
        <source>No order for (days)</source>
        <translation>未下單（天）</translation>
    </message>
</context>
</TS>
