<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AnalysisReports</name>
    <message>
        <source>Orders from %1 to %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recency, frequency and monetary value score 1 to 5 by quintile of the customers who bought in the window; a measure is high when its score is above the average score (R %1, F %2, M %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since last order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R F M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>80/20: revenue by customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ABC class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The top 20 % of customers bring %1 of the revenue. Class A: the customers who make up the first 80 % of revenue (%2); B: the next 15 % (%3); C: the rest (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer lifetime value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitted to the orders up to %1, %2; the next 52 weeks, discounted at %3 % a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend per purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BG/NBD: r = %1, α = %2, a = %3, b = %4 (log-likelihood %5). Gamma-Gamma: p = %6, q = %7, γ = %8 (%9 customers with repeat purchases; the others valued at the average spend).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your customers differ little in how long they stay or in what they spend per purchase, so the models treat them alike there (parameters at the search limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier and stage proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the orders of the last twelve months; only where they differ from the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue, 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier: VIP for the top 5 % of customers by revenue, important for the rest of those making up 80 % of revenue, normal for the others. Stage: new when the first order is less than a year old; loyal after two years with orders on at least four days in the last twelve months; old otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recency, frequency and monetary value score 1 to 5 by your own cut points; a measure is high when its score is above the average score (R %1, F %2, M %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup cannot replace the database itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is damaged and was not restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be restored from itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Guanxi backup; nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No room to prepare the restore beside %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Care</name>
    <message>
        <source>Anniversary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Festival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CareEventService</name>
    <message>
        <source>Say what the day is, e.g. 公司成立纪念日.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (yyyy-MM-dd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This day is no longer on the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed this day in the meantime. Reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChurnRisk</name>
    <message>
        <source>silent %1 days; usually orders every %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % likely to be still active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>What to do (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to do, for example: guanxi-cli customers list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file (default: the one the Guanxi app uses).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as this login (databases with several users).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output: table, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List at most N rows (0: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by name, tier, region, industry or last-contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort in descending order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only rows whose name, phone or e-mail contains TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field of the new customer (customers add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a field: FIELD=VALUE (customers edit; repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only save if the record is still at version N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of demo customers (seed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of demo orders (seed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the demo data ends (seed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the administrator (init).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login of the administrator (init).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create it with: guanxi-cli init --db FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has several users: say who you are with --user LOGIN (or GUANXI_USER) and give the password in GUANXI_PASSWORD or at the prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See: guanxi-cli --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user with the login %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format takes table, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a number (0: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sort takes name, tier, region, industry or last-contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to change with --set FIELD=VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expect-version takes a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--set takes FIELD=VALUE, for example --set phone=13800138000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1, now version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved %1 to the recycle bin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers needs an action: list, add, show, edit, delete or restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers %1 needs a customer id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action: customers %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database ready: %1 (schema %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-of takes a date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup needs the destination file: guanxi-cli backup DEST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore needs the backup file: guanxi-cli restore SRC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1 (this program: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal mode: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field %1. Fields: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--on-duplicate takes skip, update or create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 (%2 rows): %3 created, %4 updated, %5 skipped as duplicates, %6 rejected; %7 contacts added. %8 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run of %1 (%2 rows), nothing written: %3 would be created, %4 updated, %5 skipped as duplicates, %6 rejected; %7 contacts added. %8 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rejected rows, with the reason for each, are in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: guanxi-cli export customers|contacts FILE (.csv, .xlsx, or .vcf for contacts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 rows to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeded %1 users, %2 customers, %3 contacts, %4 leads, %5 timeline entries and %6 orders in %7 s (%8 rows/s). Demo accounts: admin, manager1…manager4, sales1…sales12, with the password %9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search needs what to look for, for example: guanxi-cli search zsf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What import does with a row that is already in the database: skip, update or create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the rows import refused, with the reason, to this CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take owner, created and last-contact dates from the file (import).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file and report what import would do, writing nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save even when the duplicate guard finds the same customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax rate (bp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>products add needs --code, --name and --price, for example: guanxi-cli products add --code NB-X1 --name 笔记本 --price 8999.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tax-rate takes a percentage, for example 13.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: guanxi-cli products list|add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product&apos;s code (products add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product&apos;s category (products add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product&apos;s specification (products add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product&apos;s unit, e.g. 台 (products add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List price, e.g. 8999.00 (products add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest unit price without approval (products add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What one unit costs the company (products add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax rate in percent, default 13 (products add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 4217 currency code, default CNY (products add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The showroom has %1 products.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sales funnel has %1 opportunities; %2 quotes and %3 orders made from them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: guanxi-cli %1 list [--format table|csv|json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%2, %n page(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%2, %n page).</numerusform>
            <numerusform>Wrote %1 (%2, %n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the printed document to this PDF file (print).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warehouse copy of a delivery note, without prices (print).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--customers, --orders, --interactions and --seed take whole numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbench has %1 tasks and %2 customer care days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at takes a date and time such as 2026-11-23T09:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: guanxi-cli reminders --due [--at 2026-11-23T09:00] [--format table|csv|json]
       guanxi-cli reminders snooze KEY --until 2026-11-23T15:00
       guanxi-cli reminders done KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--until takes a date and time such as 2026-11-23T15:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of timeline touch points in all (seed; default: one or two per contacted customer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the reminders that are due (reminders).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The moment to look at instead of now, e.g. 2026-11-23T09:00 (reminders).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze until this moment (reminders snooze).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: guanxi-cli report clv --calibration-end YYYY-MM-DD [--currency CODE] [--per-customer] [--format table|csv|json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers, purchases in %2 up to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BG/NBD: r = %1, alpha = %2, a = %3, b = %4 (log-likelihood %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gamma-Gamma: p = %1, q = %2, gamma = %3 (%4 customers with repeat purchases; %5 left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases next 52 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend per purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: guanxi-cli import-transactions FILE [--currency CODE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 purchases: %2 new customers, %3 already known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day of the calibration period (report clv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each customer&apos;s figures too (report clv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to take dates as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--by takes salesperson, department, region, customer or month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--segment takes important_value, important_develop, important_keep, important_retain, general_value, general_develop, general_keep or general_retain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day of the report&apos;s period (report).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day of the report&apos;s period (report).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the sales report groups by (report sales).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One RFM segment&apos;s customers (report rfm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no saved report named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1 is open read-only: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with colleagues: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share takes on, off or status: guanxi-cli share on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with colleagues (rollback journal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shared: for this computer only (WAL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open by: %1, %2 since %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing is on: everyone who opens %1 uses the rollback journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing is off: %1 is for this computer only again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: guanxi-cli print quote|order|delivery ID --pdf FILE [--warehouse] [--language zh_CN|zh_TW|en]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--language is one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the printed document: zh_CN, zh_TW or en (print; default: the customer&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers show competitors, a project, a linked customer and a file on their cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: guanxi-cli quotes list|approvals [--format table|csv|json]
       guanxi-cli quotes ask-approval ID [--message TEXT]
       guanxi-cli quotes approve ID [--message TEXT]
       guanxi-cli quotes refuse ID --message REASON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval of %1 asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A word for the manager, or the reason for a refusal (quotes ask-approval, approve, refuse).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, not checked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) could not be read and were left out of their records; each record keeps them in its notes (listed above by line).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The encoding of %1 is not certain (the detector&apos;s guesses: %2). Say which it is with --encoding, for example --encoding GBK or --encoding Shift_JIS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encoding of a CSV file to import, e.g. GBK, Big5, Shift_JIS, windows-1252 (import; default: detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: guanxi-cli import customers|contacts|leads FILE [--on-duplicate skip|update|create] [--rejects FILE] [--keep-owner-and-dates] [--encoding NAME] [--sheet NAME] [--dry-run]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns without a field of their own, kept in the records&apos; notes under their names: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worksheet of a workbook to import (import; default: the one shown when it was saved, or the first with data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guanxi CRM on the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guanxi-cli COMMAND --help shows the options of that command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 error, 2 bad arguments or input, 3 duplicate, 4 changed by someone else, 5 not allowed, 6 not found, 7 not in this state (a quote already sent), 8 the file stayed busy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ISO 4217 currency code, default CNY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  backup DEST                  copy the database (safe while in use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  check                        integrity, foreign keys, schema version and sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  customers list|add|show|edit|delete|restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  export customers|contacts FILE         to .csv, .xlsx (or .vcf for contacts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  import customers|contacts|leads FILE   from .csv (UTF-8 or GBK), .xlsx or .vcf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  import-transactions FILE     a purchase log (customer, date, quantity, value) as customers and orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  init                         create a database (and its administrator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  orders list                  orders and their state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  print quote|order|delivery ID --pdf FILE [--warehouse] [--language zh_CN|zh_TW|en]   the printed document as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  products list|add            the showroom (list: --search; add: --code --name --price …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product&apos;s name (products add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the product (products add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  quotes list                  quotes (JSON: id, number, customer, total_minor, currency, status)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  quotes approvals             price approvals waiting for you (or your own requests and answers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  quotes ask-approval|approve|refuse ID [--message TEXT]   ask for, give or refuse a price approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  reminders --due [--at ISO-DATETIME]   the reminders due now (or then)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  reminders snooze KEY --until ISO-DATETIME | reminders done KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  report rfm|rfm-customers|pareto|sales|migration|churn|ageing|activity|stages|quota|retention|products|</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>         proposals [--from --to --by --segment]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>                               customer analysis, sales and operations reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  report clv --calibration-end YYYY-MM-DD [--per-customer]   customer lifetime value (BG/NBD, Gamma-Gamma)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  restore SRC                  replace the database with a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  search QUERY                 customers, contacts and leads by name, pinyin, phone, e-mail, tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  seed                         fill an empty database with demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  share on|off|status          share this file with colleagues on the LAN (rollback journal)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClvCalculator</name>
    <message>
        <source>CLV = F − AC + Σ (R − S) / (1 + d)^t for t = 1 … n. F: first purchase; AC: acquisition cost; R: yearly added revenue; S: yearly service cost; d: discount rate; n: retention years.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClvService</name>
    <message>
        <source>The calibration period needs an end date (yyyy-MM-dd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Only %n customer(s) bought in %1 up to %2; the models need a customer base to learn from.</source>
        <translation>
            <numerusform>Only %n customer bought in %1 up to %2; the models need a customer base to learn from.</numerusform>
            <numerusform>Only %n customers bought in %1 up to %2; the models need a customer base to learn from.</numerusform>
        </translation>
    </message>
    <message>
        <source>The models could not be fitted to these purchases (too few repeat purchases, or no consistent pattern). Try a longer calibration period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer-value models have not been fitted yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer has no purchases in %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyProfile</name>
    <message>
        <source>Only a manager or an administrator may change the letterhead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo is larger than 512 KB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactRepository</name>
    <message>
        <source>Someone changed this contact&apos;s phone numbers or addresses in the meantime. Reload it and make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactService</name>
    <message>
        <source>The contact does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact belongs to a customer of a colleague; you cannot see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact cannot be their own superior or assistant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The superior or assistant is not a contact in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed this contact in the meantime (now version %1). Reload it and make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer this contact works for.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactValidator</name>
    <message>
        <source>&quot;%1…&quot; is too long for a phone number, e-mail or IM id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid phone number. Write it with its area code, for example 138 0013 8000, 010 6552 9988 or +1 650 253 0000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address, for example name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a WeChat id: 6 to 20 letters, digits, _ or -, starting with a letter, or a mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a QQ number (5 to 12 digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the contact&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name may have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title may have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact may have at most %1 phone numbers, e-mails and IM ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date, for example 1985-03-21 or 03-21.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown gender code &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile entry may have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes may have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name contains control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title contains control characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Contacts</name>
    <message>
        <source>Operational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchasing department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QQ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>A quote opened on line %1 is never closed; the rest of the file was read as one field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomReport</name>
    <message>
        <source>Salesperson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one or two things to group by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by two different things.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not something a report can group by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one figure to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a figure a report can show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period needs a first and a last day, in that order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the report a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report is no longer among yours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerAccess</name>
    <message>
        <source>The customer does not exist or is in the recycle bin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to %2; you cannot see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1 from the public pool before you work on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to %2; you may not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact does not work at the chosen customer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerDetails</name>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supplier of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supplied by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distributor of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distributed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end user of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has as end user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>competitor&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction is from 1 (poor) to 5 (very good), or 0 when not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project&apos;s people are decision makers or influencers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision maker or influencer must be a contact of this customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer cannot be linked to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 20 MB; keep large files elsewhere and note where on the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is no longer attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed this entry in the meantime. Reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerFields</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchasing department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the recycle bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of printed documents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerMerge</name>
    <message>
        <source>A customer cannot be merged with itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the two customers was changed in the meantime. Reload and merge again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerProposals</name>
    <message>
        <source>rank %1 of %2 by revenue in the last 12 months; first order %3; ordered on %4 day(s) this year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerService</name>
    <message>
        <source>This customer belongs to %1; you cannot see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen owner is not a user of this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not give this customer to that owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed this customer at %2 (now version %3). Reload it to see their change, then make yours again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not change this customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer belongs to %1; you may not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer is in the recycle bin. Restore it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your company&apos;s rules do not let salespeople save a customer that already exists:
%1
Open the existing record, or ask its owner to share it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerTags</name>
    <message>
        <source>A tag is a short word or phrase of up to 50 characters, without &quot;|&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed %1 in the meantime. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerValidator</name>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name may have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name contains control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number. Use digits, spaces, dashes and an optional leading +, for example 138 0013 8000 or +86 10 6552 9988.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address, for example name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region may have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The industry may have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes may have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes contain control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long (at most %2 characters) or contains control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address may have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address, for example www.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; is too long (at most %2 characters) or contains &quot;|&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer may have at most %1 tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A background text may have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed documents are in zh_CN, zh_TW or en, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Customers</name>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lighthouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profit-seeking</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoSeeder</name>
    <message>
        <source>The number of customers or orders is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders need customers: ask for at least one customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already has customers. Demo data goes into a new, empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can load demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; no demo data was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to make the demo passwords.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentMath</name>
    <message>
        <source>A quantity cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unit price cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A discount lies between 0 % and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tax rate lies between 0 % and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line&apos;s amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <source>The %1 template cannot be used:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This delivery note does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery note (warehouse copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 — page %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentRenderer</name>
    <message>
        <source>The printer or file cannot be used; nothing was printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer stopped after page %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 — page %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same phone number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same e-mail %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same company domain %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists in the public pool (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists, owned by %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer already exists and belongs to %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateRules</name>
    <message>
        <source>Only a manager or an administrator sets the duplicate guard&apos;s rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mail domain, for example 21cn.com.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldSalvage</name>
    <message>
        <source>%1 &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code in the old system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(too long)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longer than %1 characters; cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone, e-mail or IM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 on one contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked, as imported:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>(do not import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer / company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyalty stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province / region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner (salesperson)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the existing record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create it anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District / county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of the phone, e-mail or address beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep in notes (with the column&apos;s name)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportColumns</name>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFiles</name>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file mixes UTF-8 and GB18030 (GBK) text; each line was read in the encoding it is written in. Check the preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) contain bytes that are neither UTF-8 nor GB18030; they show as �.</source>
        <translation>
            <numerusform>%n line contains bytes that are neither UTF-8 nor GB18030; they show as �.</numerusform>
            <numerusform>%n lines contain bytes that are neither UTF-8 nor GB18030; they show as �.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 512 MB; split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) beyond the %1th column were left out: Guanxi reads at most %1 columns.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no encoding called &quot;%1&quot; (try GBK, Big5, Shift_JIS, EUC-KR, windows-1251 or windows-1252).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s encoding is not certain; it was read as %1. If the preview shows garbled text, choose the encoding (the detector&apos;s guesses: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guanxi imports .csv, .xlsx, .xls and .vcf files; %1 is none of these.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>&quot;%1&quot; is not a %2 (use one of: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an importance (use normal, important or vip; 普通, 重要 or 贵宾).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner &quot;%1&quot; is not a user of this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not give customers to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (for example 2024-03-21 or 2024-03-21 14:30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Created anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 You may not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has neither a customer name nor a contact name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has no contact name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the same phone number or e-mail as a contact already in the database; skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 You may not add contacts to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column mapping does not fit the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column holds a name. Map the customer&apos;s or the contact&apos;s name to a column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values without a column</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the row has %n value(s) more than the header has columns</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The database refused the row: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QQ: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 made by an earlier row of this file: %2 joins it as a contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>The system keychain is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadService</name>
    <message>
        <source>The lead does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the person&apos;s name or the company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name may have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1…&quot; is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes may have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lead belongs to %1; you cannot see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed this lead in the meantime. Reload it and make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lead is not assigned to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lead belongs to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lead has been converted; work on its customer instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen salesperson is not a user of this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not give this lead to that salesperson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert a lead with the conversion, not by setting its status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for disqualifying this lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opportunity&apos;s amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lead was disqualified (%1). Set it to following up before converting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from lead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted from lead %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager or an administrator sets how leads are assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule names someone who is not a user of this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the salespeople who take turns.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leads</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>The daily snapshot failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s snapshot of the database was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guanxi CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts changed outside Guanxi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The users table of this file was changed by another program: a role, a password or an account may not be what Guanxi last saved. An administrator should check the accounts in Settings. Teams that need permissions enforced should use server sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoneyText</name>
    <message>
        <source>&quot;%1&quot; is not an amount (for example 12,345.67).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 amounts have no decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 amounts have at most %2 decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount %1 is too large.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperationsReports</name>
    <message>
        <source>The report needs a day (yyyy-MM-dd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receivables ageing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on %1, %2, by days past due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0–30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period needs a first and a last day, in that order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touch points logged from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers buying much later than usual, or unlikely to be still active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual interval (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silent (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk: silent for more than twice the customer&apos;s own mean interval between order days, or less than %1 % likely to be still active by the lifetime-value models (when fitted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM segment migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 – %2 to %3 – %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No purchase now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mix now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected next period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row: where the customers of an earlier segment are now, as shares of that segment (a Markov transition matrix). The projection applies the moves of those who stayed to today&apos;s mix. %1 customers bought now who had not bought in the earlier window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpportunityService</name>
    <message>
        <source>Choose the customer of the opportunity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the opportunity a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code (for example CNY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (write it as 2026-12-31).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage &quot;%1&quot; does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A probability lies between 0 % and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This opportunity does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This opportunity belongs to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen owner is not a user of this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not give an opportunity to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to %2; you may not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this opportunity in the meantime. Reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Order</name>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered and paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderService</name>
    <message>
        <source>Someone else changed this order in the meantime. Reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order belongs to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 belongs to %2; you may not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each part of the payment plan needs a share above 0 % and a due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parts of the payment plan must add up to 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A delivered line is not on order %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a delivered quantity cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: only %2 %3 are still to deliver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter how much of which line is delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (write it as 2026-12-31).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receivable is not one of order %1&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment must be more than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 still owes %2; a payment cannot be larger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receivable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is %2; it is closed once everything is delivered and paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 cannot become %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentPlans</name>
    <message>
        <source>All of it within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 % on signing, 70 % within 60 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advance payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of it on delivery (within 7 days)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneRules</name>
    <message>
        <source>Only a manager or an administrator sets the country of phone numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country code, for example CN, US or DE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineReports</name>
    <message>
        <source>The period needs a first and a last day, in that order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel: conversion and time in stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals that entered a stage from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average days in stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion: of the deals that left the stage, the share that went on to a later one. Days count until the deal left the stage, or until today for those still in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota attainment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, won deals against quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer acquisition and retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers who bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought the month before too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention rate: of the customers who bought in a month, the share who bought again the month after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales by product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 against %3 to %4, %5 (orders with lines)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineStage</name>
    <message>
        <source>Initial contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal and quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiation and review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineStages</name>
    <message>
        <source>Every stage needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The probability of &quot;%1&quot; must lie between 0 % and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open stages come before the won and lost stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A won deal has a probability of 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lost deal has a probability of 0 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The funnel needs at least one open stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The funnel needs exactly one won stage and one lost stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two stages are called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager or an administrator may change the sales stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else removed a stage in the meantime. Reload the stages and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed the stages in the meantime. Reload them and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; still holds %n opportunities; move them to another stage first.</source>
        <translation>
            <numerusform>&quot;%1&quot; still holds %n opportunity; move it to another stage first.</numerusform>
            <numerusform>&quot;%1&quot; still holds %n opportunities; move them to another stage first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Presence</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone else must close the file first. Still open: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriceListService</name>
    <message>
        <source>Only a manager or an administrator may change price lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the price list a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member price list names the customer tier it is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tier already has the price list %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintTemplates</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{/%1}} closes a section that is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{%1}} is not a placeholder this document has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section {{#%1}} is not closed with {{/%1}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTML is broken: &lt;/%1&gt; does not close the element that is open%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTML is broken: &lt;%1&gt; is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTML is broken: a tag is missing its &lt; or &gt;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductService</name>
    <message>
        <source>Only a manager or an administrator may change the showroom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the product&apos;s code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the product&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code (for example CNY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices and costs cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The floor price cannot be above the list price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tax rate lies between 0 % and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture must be a PNG or JPEG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture is larger than 2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code %1 is already used by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This product does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed or deleted this product in the meantime. Reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublicPool</name>
    <message>
        <source>Only a manager or an administrator sets the public pool&apos;s rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily claim limit must be between 0 and 10000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer does not exist or is in the recycle bin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer in the public pool: %2 has it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed %1 in the meantime. Reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have claimed %1 customers in the last 24 hours, the most the rules allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The days before a customer returns to the pool must be between 0 (never) and 3650.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaService</name>
    <message>
        <source>&quot;%1&quot; is neither a month (2026-11) nor a quarter (2026-Q4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quota cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not set the quota of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quote</name>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted (ordered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>superseded by a revision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuoteService</name>
    <message>
        <source>Someone else changed this quote in the meantime. Reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quote does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quote belongs to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quote needs at least one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the product is not in the showroom (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is priced in %2, the quote in %3; one quote holds one currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quantity must be more than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code (for example CNY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (write it as 2026-12-31).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote %1 belongs to %2; you may not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote %1 is %2; only a draft is changed. Make a revision instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager may approve prices below the floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote %1 has nothing waiting for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote %1 has prices below the floor; a manager must approve it before it is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote %1 is already %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote %1 is %2 and is not revised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote %1 needs no approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval of quote %1 was already asked for by %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the prices are refused, so the salesperson knows what to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote %1 is %2 and cannot become an order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote %1 has prices below the floor; a manager must approve it before it becomes an order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked for it on %2; no answer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordFields</name>
    <message>
        <source>Phones and e-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role in the purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hometown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>University</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourite food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision makers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why won or lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices include tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind before (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <source>The time of day for reminders must lie between 00:00 and 23:59.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reminder can come 0 to %1 days ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns to the public pool on %1 unless you get in touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reminder is no longer due: it was dealt with, or its customer or record was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reminder can only be put off until a later time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reminder can be put off by a year at most.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Follow-up due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receivable due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer care day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer about to return to the pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price approval</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rfm</name>
    <message>
        <source>Important value customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Important customers to develop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Important customers to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Important customers to win back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General value customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General customers to develop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General customers to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General customers to win back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought recently, often and much: the best customers. Keep them close and give them the best service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought recently and much, but seldom: make them buy more often.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought often and much, but not lately: get back in touch before they slip away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought much, but neither lately nor often: valuable customers about to be lost; win them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought recently and often, but little: sell them more per order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought recently, but seldom and little: new or occasional customers to develop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought often, but little and not lately: keep in touch at low cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought little, seldom and long ago: the least active customers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RfmAnalysis</name>
    <message>
        <source>The window needs a first and a last day, in that order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each measure&apos;s four cut points must go up from one to the next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer bought anything in %1 from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalesReport</name>
    <message>
        <source>Salesperson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period needs a first and a last day, in that order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 against %3 to %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveWithMerge</name>
    <message>
        <source>A colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record keeps changing; reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value cannot be put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value was not put back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>Only an administrator may turn sharing on or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else still has the file open (perhaps an older Guanxi or another program). Ask everyone to close it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is opened over the network (%1). Turn sharing off on the computer whose disk holds it: over a network it must stay shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shared file suits a small team: up to about five people saving at the same time. Larger teams, or teams that work from several offices, should use server sync.

Whoever can write the shared file can also change it with any SQLite tool, bypassing Guanxi: make themselves an administrator, or read every customer. Guanxi notices a role changed that way and says so, but only a server enforces permissions. Share the folder only with people you trust.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetTables</name>
    <message>
        <source>Some merged cells cover more of the sheet than Guanxi fills in; part of them was left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row(s) above the header were taken as titles and not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmartLists</name>
    <message>
        <source>Give the list a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name may have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupFlow</name>
    <message>
        <source>Guanxi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 does not exist. Create a new database there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;another file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guanxi database (*.sqlite3 *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo company is ready. You are signed in as its administrator (login admin). Colleagues sign in as manager1, sales1, sales2, … with the password guanxi123, which is now yours too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the database and its search index…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is empty. Make a new Guanxi database in it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share this database?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share it now? Everyone who opens it, here or on the computer whose disk holds it, will then use the rollback journal, which is safe over a network. An administrator must sign in, and everyone else must have closed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Share it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator signs in to share the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>No database file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 cannot be read: permission denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of table %2 points to a missing row of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema version of the database cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was written by a newer version of Guanxi (schema %1; this program knows up to %2). Update Guanxi to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is locked by another user or program. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is read-only. Check its permissions, or copy it to a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a Guanxi database or it is damaged. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file cannot be opened. Check that the folder exists and that you may read and write it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change breaks a rule of the database and was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database error occurred: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a Guanxi database. Guanxi does not open or change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: it is not a Guanxi database yet. Create one there with &quot;guanxi-cli init&quot; or the app&apos;s &quot;New database&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder is on a read-only mount (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder cannot be written, and SQLite keeps its journal beside the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new database cannot be made at %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on a network share (%2) but is set up for one computer only. Opened from several computers like this, it could be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn sharing on for it first: Settings → &quot;Share this database with colleagues&quot;, or &quot;guanxi-cli share on&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot be shared from here either: %1. Open it on the computer whose disk holds it, or use server sync for a team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by an older Guanxi and must be updated before it can be read, but it is open read-only (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share holding %1 refused a file lock, so Guanxi cannot write to it safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is being switched to shared mode while someone still has it open. Ask everyone to close Guanxi, then open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is open read-only (%1); nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The users table was changed outside Guanxi (a role, a password or an account): check the accounts in Settings, and use server sync where permissions must be enforced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SMB share is mounted with &quot;nobrl&quot;, so file locks stay on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the NFS share is mounted with &quot;nolock&quot;, so file locks stay on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the NFS share is mounted with &quot;local_lock=%1&quot;, so file locks stay on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder is mounted through FUSE (%1), which keeps file locks on one computer only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder is shared through %1, which does not pass file locks on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Opened read-only: %1.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds an unfinished save (a colleague saving right now, or one whose Guanxi stopped mid-save), which only a computer that may write the file can undo. Try again in a moment; if this persists, open the file once where it can be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableWriters</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the finished file cannot be moved into place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guanxi exports lists as .csv or .xlsx; %1 is neither.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskService</name>
    <message>
        <source>A task needs a title: what is to be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration must be between 0 and 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reminder can come at most a week before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This time has already passed. Choose a later time, or log what happened on the customer&apos;s timeline instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (yyyy-MM-dd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day %1 has already passed. Choose today or a later day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call, visit or meeting needs a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not give tasks to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This task belongs to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This task no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed this task in the meantime. Reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda needs a first and a last day, in that order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the public pool: claim it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks you to share %2 (found by the duplicate guard)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>To-do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamWorkbench</name>
    <message>
        <source>The team&apos;s workbench is for managers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QQ message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineService</name>
    <message>
        <source>This lead is not assigned to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lead has been converted; log it on the customer instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer or lead this touch point was with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record changes are written by the program, not logged by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what the touch point was about or what came of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject may have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome may have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That time is still to come. Log touch points that happened; plan the next one as a follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (yyyy-MM-dd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up date %1 has already passed. Choose today or a later day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That contact does not work for this customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That timeline entry does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed this entry in the meantime. Reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what was promised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The promise may have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the day the promise is due (yyyy-MM-dd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date %1 has already passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That commitment does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed this commitment in the meantime. Reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransactionFile</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: expected customer, date (yyyymmdd), quantity and value, found &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a date (yyyymmdd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the quantity and the value must be numbers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransactionImport</name>
    <message>
        <source>Only managers and administrators import purchase histories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code such as CNY or USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no purchases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A purchase of %1 on %2 has a negative value; refunds are not imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>A login name has 2 to 64 letters, digits, dots, dashes or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password needs at least 6 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password may have at most 256 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no users yet. Create one with guanxi-cli init.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has several users: sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login name or the password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password is set for %1. Ask an administrator to set one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already has users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can add users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a password for yourself before you add other users: from then on, everyone signs in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login name %1 is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can only change your own password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can add departments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A department name has 1 to 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords for %1. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong passwords for %1. Try again in %n second.</numerusform>
            <numerusform>Too many wrong passwords for %1. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>Salesperson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VCard</name>
    <message>
        <source>The card on line %1 has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no vCard (BEGIN:VCARD … END:VCARD).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkbenchRules</name>
    <message>
        <source>Only managers set when a customer counts as dormant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days without contact must be between 1 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days without an order must be between 1 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkbenchService</name>
    <message numerus="yes">
        <source>No contact for %n day(s)</source>
        <translation>
            <numerusform>No contact for %n day</numerusform>
            <numerusform>No contact for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No order for %n day(s)</source>
        <translation>
            <numerusform>No order for %n day</numerusform>
            <numerusform>No order for %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>never ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turns %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waits for a manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asked by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asked by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WriteTransaction</name>
    <message>
        <source>The change could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part of this change could not be saved, so none of it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsReader</name>
    <message>
        <source>This is not an Excel 97–2003 workbook (.xls), or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is protected by a password; save it without one and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no worksheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no sheet &quot;%1&quot; (its sheets: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worksheet %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every worksheet of the workbook is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) beyond column %1 were left out: Guanxi reads at most %1 columns.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>The workbook has no part %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is too large to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook part %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an Excel workbook (.xlsx): it is not a zip archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an Excel workbook (.xlsx): it has no worksheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worksheet has more rows than Excel allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worksheet has a cell with a broken reference (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worksheet refers to a text that the workbook does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worksheet is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first worksheet is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) beyond column %1 were left out: Guanxi reads at most %1 columns.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The workbook has no sheet &quot;%1&quot; (its sheets: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every worksheet of the workbook is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letters and digits, e.g. zhangsan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::CalendarGridModel</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing planned. Double-click to see the day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::CalendarView</name>
    <message>
        <source>The previous day, week or month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next day, week or month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New appointment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call, visit or meeting on the day shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1, done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::CareDaysTab</name>
    <message>
        <source>Every year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 公司成立纪念日, 结婚纪念日, 中秋</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a care day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the company)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove care day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from this customer&apos;s care days?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::ClvCalculatorWidget</name>
    <message>
        <source>Retention years (n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquisition cost (AC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First purchase (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly added revenue (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly service cost (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount rate (d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net that year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime value: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::ClvReportWidget</name>
    <message>
        <source>Learn from the orders up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit the models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BG/NBD predicts how many more purchases each customer makes and how likely they are still a customer; Gamma-Gamma how much each purchase is worth. Both learn from your own orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer-value models were not fitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Fitted to %n customer(s); the customer cards show their value now.</source>
        <translation>
            <numerusform>Fitted to %n customer; the customer cards show their value now.</numerusform>
            <numerusform>Fitted to %n customers; the customer cards show their value now.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fitting the customer-value models…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::ContactDialog</name>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 张三丰</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 采购经理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several: separate with ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 138 0013 8000 (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 0571-8888 6666 (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;QQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1985-03-21, or 03-21 without the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hometown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>University</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourite food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value was not put back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::ContactsTab</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from this customer&apos;s contacts?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact was not removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::CustomerCardDialog</name>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company or person, e.g. 杭州瑞丰贸易有限公司</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 138 0013 8000 or 0571-8888 6666</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(public pool)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 · last changed by %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer is in the recycle bin. Restore it to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer belongs to %1; you can look but not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 瑞丰</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. www.example.com.cn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 展会, 老客户介绍, 官网</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated, e.g. 重点, 华东</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business and industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchasing department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar products in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer may already exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer is in the public pool: you can look, and work on it once it is assigned to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpetitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;jects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guanxi itself (the public pool&apos;s rules)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;are days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is editing this customer. If you both change the same field, Guanxi will ask which value to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value was not put back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the program (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes, contracts and delivery notes for this customer are printed in this language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duplicate guard found the same customer:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your company&apos;s rules do not let salespeople save a customer that already exists. Work with the existing record, or ask its owner to share it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salespeople may not save it; as a manager you may, and that is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the existing record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As&amp;k %1 to share it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save anyway (recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was about to save %2 as a new customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody was asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a to-do for today: share the customer with you. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::CustomerDealsTab</name>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage or state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;opportunity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;quote…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunities (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::CustomerDetailsTab</name>
    <message>
        <source>Competitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their sales rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep&apos;s relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem to solve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision makers and influencers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchasing process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>influences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competitor at this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competitor *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s satisfaction (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep&apos;s relationship with the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project or purchase plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision makers (ticked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to another customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer is %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other customer (name or pinyin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No link was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the attached file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which customer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::CustomerListModel</name>
    <message>
        <source>(public pool)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::CustomerPicker</name>
    <message>
        <source>Type a name, pinyin or phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (via %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::CustomerValueBox</name>
    <message>
        <source>Customer value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known once the customer has bought.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Report center → Customer lifetime value fits the models.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability still active: %1 %   ·   purchases expected in the next 52 weeks: %2   ·   worth per purchase: %3   ·   lifetime value (52 weeks): %4
By the models fitted to the orders up to %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::CustomersPage</name>
    <message>
        <source>&amp;New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recycle &amp;bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, phone or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;recycle bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n customer(s) to the recycle bin?</source>
        <translation>
            <numerusform>Move %n customer to the recycle bin?</numerusform>
            <numerusform>Move %n customers to the recycle bin?</numerusform>
        </translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All industries</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Moved %n customer(s) to the recycle bin. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Moved %n customer to the recycle bin. Undo with Ctrl+Z.</numerusform>
            <numerusform>Moved %n customers to the recycle bin. Undo with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>The new customer was saved; the current filters hide it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/customers.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list was not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n customer(s) to %1.</source>
        <translation>
            <numerusform>Exported %n customer to %1.</numerusform>
            <numerusform>Exported %n customers to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;laim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected customer from the public pool (公海)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join two selected records of the same customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer was not claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the two records of the same customer (Ctrl+click), then Merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) went back to the public pool: their follow-up was overdue.</source>
        <translation>
            <numerusform>%n customer went back to the public pool: the follow-up was overdue.</numerusform>
            <numerusform>%n customers went back to the public pool: their follow-up was overdue.</numerusform>
        </translation>
    </message>
    <message>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not contacted for %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save these filters as a smart list (智能列表)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart lists:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the smart list &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as smart list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the list, e.g. 华东重点客户:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the smart list &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::DeliveryDialog</name>
    <message>
        <source>Deliver — order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much of each line leaves now? What is left stays on the order for a later delivery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to deliver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delivered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was delivered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::FieldConflictDialog</name>
    <message>
        <source>Changed by %1 at the same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved this record while you were editing it and changed some of the same fields. Choose for each field which value to keep; nothing is saved until you do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept from %1 without asking (you had not changed them): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before both</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::FirstRunDialog</name>
    <message>
        <source>Welcome to Guanxi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to Guanxi&lt;/h3&gt;&lt;p&gt;This is a new database. You are its administrator; add colleagues later in Settings.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Load demo data&lt;/b&gt; fills it with a sample company: a sales team in four departments, a few thousand customers and three years of orders. Demo accounts sign in with the password &lt;b&gt;guanxi123&lt;/b&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;demo data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::ForecastModel</name>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::FunnelCharts</name>
    <message>
        <source>Bar width by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deals that got this far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount now in the stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast by month, %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::FunnelPage</name>
    <message>
        <source>All dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals whose close date falls in the period: the day won or lost, or the expected date while open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New opportunity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quotas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a card to another stage, or use its context menu. Double-click opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Funnel and forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone in my department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The funnel cannot be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board shows the first %1 deals; narrow the filters to see the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Weighted forecast of open deals: %1 · Won: %2 (%n deal(s)) · Win rate of decided deals: %3 %</source>
        <translation>
            <numerusform>Weighted forecast of open deals: %1 · Won: %2 (%n deal) · Win rate of decided deals: %3 %</numerusform>
            <numerusform>Weighted forecast of open deals: %1 · Won: %2 (%n deals) · Win rate of decided deals: %3 %</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) in other currencies are on the board but not in these figures.</source>
        <translation>
            <numerusform>%n deal in another currency is on the board but not in these figures.</numerusform>
            <numerusform>%n deals in other currencies are on the board but not in these figures.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quota attainment, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opportunity was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opportunity was not moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moved to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won and lost: the last %1 days; choose a period for earlier ones.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::FunnelStageModel</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On to the next stage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::GlobalSearch</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public pool</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::ImportDialog</name>
    <message>
        <source>Import customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which field does each column hold?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a row is already in the database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the existing record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create it anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep owner and dates from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, %n row(s)</source>
        <translation>
            <numerusform>%1 — %2, %n row</numerusform>
            <numerusform>%1 — %2, %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows: %2 new, %3 updated, %4 skipped as duplicates, %5 rejected; %6 contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked, nothing written yet. %1 Press Import to write it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/rejected rows.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) could not be read: each record keeps them in its notes (below).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked, kept in the notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding: detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the CSV file&apos;s text is written; read it again in another encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .csv, .xlsx, .xls or .vcf file, for example exported from another CRM, Excel, Outlook or Google Contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worksheet to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files Guanxi imports (*.csv *.txt *.xlsx *.xls *.vcf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the notes under their column&apos;s name: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::LeadDialog</name>
    <message>
        <source>&amp;Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 王红</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 红星机械有限公司</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 137 0000 1111</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 展会, 官网咨询, 老客户介绍</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value was not put back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::LeadListModel</name>
    <message>
        <source>(not assigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::LeadsPage</name>
    <message>
        <source>Open leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone&apos;s I can see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New lead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Qualify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disqualify…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Convert to customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n lead</numerusform>
            <numerusform>%n leads</numerusform>
        </translation>
    </message>
    <message>
        <source>Lead saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disqualify lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this lead not worth pursuing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this lead to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead was not assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converting %1 makes a customer, a contact and an opportunity.
Expected amount of the opportunity (yuan, 0 if not known yet):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the existing customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new customer anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead was not converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All leads</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::LetterheadGroup</name>
    <message>
        <source>Letterhead and print templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax number (税号)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank and account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the letterhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit print &amp;templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letterhead was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed documents now carry this letterhead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::LogCallDialog</name>
    <message>
        <source>Next follow-up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, pinyin initials, phone or a contact&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody in particular)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it was about, e.g. 报价跟进</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What came of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer: type part of its name and pick it from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::MainWindow</name>
    <message>
        <source>Guanxi CRM — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Guanxi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Guanxi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Guanxi %1&lt;/h3&gt;&lt;p&gt;A desktop CRM for small and medium businesses.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search customers, contacts, leads: name, pinyin, phone (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;lead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished: %1 new, %2 updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customers in the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/contacts.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv);;vCard (*.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contacts were not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s).</source>
        <translation>
            <numerusform>Exported %n contact.</numerusform>
            <numerusform>Exported %n contacts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Showroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes and orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a &amp;call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reminders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reminders due now (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with colleagues (rollback journal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For this computer only (WAL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check of the database file after opening found damage. Work saved from now on may be lost. Restore the last snapshot (the state of the day it was taken), or close Guanxi and ask whoever looks after the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore a snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out / switch user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this window and sign in again, as yourself or a colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes waiting for your price approval: open the workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals waiting: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::MergeCustomersDialog</name>
    <message>
        <source>Merge two customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the value to keep in each row. The contacts, timeline, commitments, opportunities and orders of both records end up on the one that is kept; the other goes to the recycle bin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the record of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customers were not merged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::OpportunityBoard</name>
    <message>
        <source>%1 (%2)
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::OpportunityCardsModel</name>
    <message>
        <source>%1 — %2
%3, %4 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::OpportunityDialog</name>
    <message>
        <source>C&amp;ustomer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 机房改造一期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 120,000.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;wner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sou&amp;rce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 展会, 老客户介绍</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpetitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who else is bidding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decision makers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 周五前发方案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why &amp;won or lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer of the opportunity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer from the offers as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opportunity was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hanges…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::OrderDialog</name>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to deliver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deliver…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;contract…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print delivery &amp;note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warehouse copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery note PD&amp;F…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 of %2 for %3, by %4.
Total %5%6 · paid %7 · owed %8 · state: %9</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 on %2 (%n line(s))</source>
        <translation>
            <numerusform>%1 on %2 (%n line)</numerusform>
            <numerusform>%1 on %2 (%n lines)</numerusform>
        </translation>
    </message>
    <message>
        <source>The order stays open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order has no delivery note yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print lo&amp;g…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::OrderListModel</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::PanelLayoutDialog</name>
    <message>
        <source>Workbench panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the panels to show; move them into the order you like.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::ParetoReportWidget</name>
    <message>
        <source>&amp;Analyse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analysis could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer bought anything in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The top 20 % of customers bring %1 % of the revenue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative share of revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top 20 % of customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers, highest revenue first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::PaymentDialog</name>
    <message>
        <source>Record a payment — order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, due %2: %3 still owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 银行转账, 承兑汇票</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything on this order is paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment was not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::PeriodPicker</name>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::PresenceIndicator</name>
    <message>
        <source>Nobody else has the file open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2, since %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::PriceListsDialog</name>
    <message>
        <source>Price lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price on this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New price list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New price list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel prices (chosen on a quote)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member prices for %1 customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (members: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (channel)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::PrintActions</name>
    <message>
        <source>The document cannot be printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview — %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The print was not logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 was sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF was not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was not logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Saved %1 (%n page).</numerusform>
            <numerusform>Saved %1 (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guanxi::PrintLogDialog</name>
    <message>
        <source>Print log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>printed, %n cop(ies)</source>
        <translation>
            <numerusform>printed, %n copy</numerusform>
            <numerusform>printed, %n copies</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (warehouse copy)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::ProductDialog</name>
    <message>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. NB-X1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 商务笔记本 X1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 14 英寸 / 16 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 台, 套, 个</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 8,999.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Floor price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lowest price without approval; empty: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what one costs the company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tax rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered in quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product was not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::ProductListModel</name>
    <message>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::ProductsPage</name>
    <message>
        <source>Code, name, specification or category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also those no longer offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New product…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The products cannot be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message>
        <source>Product saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 (%2) from the showroom? Documents that already name it keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product was not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Price lists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to a new &amp;quote…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new quote with the selected products, for a customer you choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the products for the quote first (Ctrl+click for several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::ProposalsWidget</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the &amp;selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposals could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) updated.</source>
        <translation>
            <numerusform>%n customer updated.</numerusform>
            <numerusform>%n customers updated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left as they are (changed meanwhile, or a colleague&apos;s).</source>
        <translation>
            <numerusform>%n left as it is (changed meanwhile, or a colleague&apos;s).</numerusform>
            <numerusform>%n left as they are (changed meanwhile, or a colleague&apos;s).</numerusform>
        </translation>
    </message>
    <message>
        <source>The proposals were not accepted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::QuotaAttainmentModel</name>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::QuotaDialog</name>
    <message>
        <source>Set a quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Salesperson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a month (2026-11) or a quarter (2026-Q4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in CNY; empty clears the quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quota was not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::QuoteDialog</name>
    <message>
        <source>C&amp;ustomer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunit&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member price of the customer&apos;s tier, else list price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Price list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;rrency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices include tax (含税价)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 合同签订后预付 30%，货到验收后 30 天内付清余款。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as s&amp;ent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a product&apos;s code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(on saving)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(closed deal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below the floor price of %1: needs a manager&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (in words: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without tax %1 · Tax %2 · Total %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add lines and save to see the totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A price is below the floor: a manager must approve it before the quote is sent or ordered; until then it prints as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices below the floor approved by %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer from the offers as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quote was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quote was not approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When does the customer pay?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print lo&amp;g…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hanges…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting price: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without tax %1 · Tax %2 · Total %3%4 — not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As&amp;k for approval…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a manager to approve the prices below the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fuse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse the prices below the floor, saying why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A price is below the floor: waiting for a manager&apos;s approval, asked by %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 asked for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 asked for approval: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 approved: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 refused: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The prices changed; no approval needed any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A price of quote %1 is below the floor. What should the manager know? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval was not asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse the prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why are the prices of quote %1 refused? The salesperson sees it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prices were not refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::QuoteListModel</name>
    <message>
        <source>waiting for a manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor-price approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: change the prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs approval: not asked yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::RecordHistoryDialog</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::RecordHistoryView</name>
    <message>
        <source>Merged with another record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed from the public pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned to the public pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Put the earlier value back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guanxi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::RecycleBinDialog</name>
    <message>
        <source>Recycle bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted customers stay here until you restore them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::RecycleBinModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::ReminderListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::ReminderNotifier</name>
    <message>
        <source>Guanxi CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n reminder</numerusform>
            <numerusform>%n reminders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guanxi::RemindersDialog</name>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::ReportBuilderWidget</name>
    <message>
        <source>(nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every region (or part of a name, e.g. 浙江)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>then by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot; among your reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a new report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the saved report &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::ReportCenterPage</name>
    <message>
        <source>RFM customer segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>80/20 and ABC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer lifetime value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM segment migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receivables ageing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel: conversion and time in stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota attainment this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquisition and retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales by product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLV calculator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier and stage proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report builder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::ReportChart</name>
    <message>
        <source>%1 (10,000 %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::ReportView</name>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF was not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no daily snapshots yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily snapshots, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (%2 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guanxi database (*.sqlite3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::RfmReportWidget</name>
    <message>
        <source>&amp;Tag these customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Analyse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analysis could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tagged %n customer(s) &quot;%1&quot;; filter the customer list by the tag to follow them up.</source>
        <translation>
            <numerusform>Tagged %n customer &quot;%1&quot;; filter the customer list by the tag to follow them up.</numerusform>
            <numerusform>Tagged %n customers &quot;%1&quot;; filter the customer list by the tag to follow them up.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n belong to colleagues and were left as they are.</source>
        <translation>
            <numerusform>%n belongs to a colleague and was left as it is.</numerusform>
            <numerusform>%n belong to colleagues and were left as they are.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag these customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customers were not tagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My own cut points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score by cut points you set instead of by quintiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut points…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM segments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::RfmThresholdsDialog</name>
    <message>
        <source>RFM cut points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score %1 from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recency: at most … days since the last order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency: at least … order days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monetary: at least … yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row&apos;s cut points must go one way: recency days down from score 2 to 5, order days and yuan up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::SalesDocumentsPage</name>
    <message>
        <source>&amp;New quote…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;pen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;rders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::SalesReportWidget</name>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This period (10,000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period (10,000)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::SalesRulesGroup</name>
    <message>
        <source>Sales rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer goes back to the public pool (公海) when its owner has not followed it up for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Important customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims per salesperson per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In turn (round robin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New leads are assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking turns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules were not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn, and let anyone save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block salespeople (a manager may save anyway, recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the duplicate guard (防撞单) does when someone saves a customer that already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer that already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 21cn.com, tom.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People with addresses at these domains are not taken for one company. Built in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More public mail domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country of phone numbers written without a country code (+86, +1 …), when they are typed or imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers without a country code are from</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::SettingsPage</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used from the next start. Restart Guanxi now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With one user Guanxi opens directly; once there are two, everyone signs in with a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back &amp;up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily snapshots kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guanxi takes a snapshot of the database once a day when it starts, in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guanxi database (*.sqlite3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace everything in the database with the backup %1? A snapshot of the current state is taken first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is in good order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has problems. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAL (for this computer only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollback journal (shared)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::SharingGroup</name>
    <message>
        <source>Sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Share this database with colleagues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared: everyone who opens this file, on this computer or over the network, uses the rollback journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For this computer only: the file uses WAL, which must not be opened over a network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can change this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is open read-only: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open now by: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share this database with colleagues? Everyone else must have closed it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sharing this database? Colleagues will no longer be able to open it over the network. Everyone else must have closed it first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::SignInDialog</name>
    <message>
        <source>Sign in to Guanxi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember my password on this computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::StagesDialog</name>
    <message>
        <source>won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals move through the open stages in this order and end as won or lost. The probability is a new deal&apos;s default in the stage and weights the forecast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The won and lost stages stay; rename them if you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stages were not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::TableReportWidget</name>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be made</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::TaskDialog</name>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is to be done, e.g. 回电话确认交货期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: name, pinyin initials or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer from the offered list, or clear the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hanges…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::TeamOverviewModel</name>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dormant customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receivables open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of which overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::TeamView</name>
    <message>
        <source>Your team today: open deals by stage, follow-ups left overdue, customers going quiet, this month&apos;s quota and the money still to come in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open pipeline by person and stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10,000 CNY</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::TemplateEditorDialog</name>
    <message>
        <source>Print templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract / order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore the built-in one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::TimelineTab</name>
    <message>
        <source>Log a touch point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it was about, e.g. 报价跟进</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What came of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next follow-up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments (承诺) made to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Promise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ncelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody in particular)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did you promise?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on (yyyy-MM-dd):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The promise was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The promise was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log it now (saved at once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves this touch point right away; the card&apos;s Save and Cancel do not change it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::UserListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::WorkListModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guanxi::WorkbenchPage</name>
    <message>
        <source>New &amp;task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A to-do, call, visit or meeting (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log a call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a touch point with a customer (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Panels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show, hide and reorder the panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reminders and rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which reminders, when; when a customer counts as dormant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read everything again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follow-up due today or tomorrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To-do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing left to do. Ctrl+T adds a task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calls, visits or meetings planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receivables due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No money due this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No promise coming due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals closing this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open deal is expected to close this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthdays and care days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No birthday or care day this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dormant customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every customer has heard from you lately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota this month: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won this month: %1 (no quota set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task was not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commitment was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task was not marked done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer is buying much later than usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quote waits for your approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No approval asked for or answered this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the quote…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::WorkbenchPanel</name>
    <message>
        <source>All…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the customer card</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guanxi::WorkbenchSettingsDialog</name>
    <message>
        <source>Play a sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbench and reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day reminders come at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dormant customers (managers set these for everyone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact for (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order for (days)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
