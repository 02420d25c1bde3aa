<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <translation type="unfinished"></translation>
    </message>
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
        <source>The tier is one of normal, important, vip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field %1. Fields: name, phone, email, tier, region, industry, notes, owner.</source>
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
        <source>--customers, --orders and --seed take whole numbers.</source>
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
        <source>Seeded %1 users, %2 customers and %3 orders in %4 s (%5 rows/s). Demo accounts: admin, manager1…manager4, sales1…sales12, with the password %6.</source>
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
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>The system keychain is not available: %1</source>
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
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
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
        <source>unknown</source>
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
        <source>Reload (discard my changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer was not saved</source>
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
        <source>Search customers (Ctrl+K)</source>
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
        <source>Shared file on the network (rollback journal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local file (WAL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: not set up</source>
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
        <source>WAL (local disk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollback journal (network share)</source>
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
</TS>
