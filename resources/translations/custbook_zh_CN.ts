<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Book</name>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder, not a customer book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a readable customer book ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was not made by Custbook (it has no schema version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book&apos;s schema version is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This book was saved by a newer Custbook (schema {found}; this version knows up to {known}). Please update Custbook to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the shop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do: no reminders are due in the next days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>There is no file at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} records point to records that do not exist (first: table {table}, row {row}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Custbook book (no schema version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version {v} is unknown to this Custbook (knows up to {known}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a readable book: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the customer&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open of %2 complaints; %3 promises overdue in this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The promise is past its date and not yet kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>%1

The file may be damaged or may not be a customer book. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample shop could not be built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the sample shop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer books (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it with File › Open book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open customer book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer books (*.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Customer</name>
    <message>
        <source>A birthday needs both a month and a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lunar birthday has a month from 1 to 12 and a day from 1 to 30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month}/{day} is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{email}” is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth year must be between 1900 and {year}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers in this book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customers yet. Customers you add or import appear here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Defaults</name>
    <message>
        <source>Product quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service attitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diamond</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Custbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custbook keeps your customers, their purchases, the calls you owe them and every complaint until it is resolved. Everything stays on this PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an empty book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin with your own customers. You can import them from Excel or your phone later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the sample shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A made-up clothing shop with 2,000 customers and two years of history, to try everything without risk. Your own book stays separate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Custbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;sample shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Custbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Custbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Custbook %1&lt;/h3&gt;&lt;p&gt;The customer book for small shops: customer cards, contact reminders, the complaint log and reports, on this PC, without the internet.&lt;/p&gt;&lt;p&gt;Keeping a customer costs a fifth of finding a new one: Custbook makes sure no follow-up is forgotten and no complaint is left half-done.&lt;/p&gt;&lt;p&gt;Chinese text is shown and printed with WenQuanYi Micro Hei (Apache License 2.0).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>The phone number is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a valid number: a landline needs its area code (e.g. 0571-87654321).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a valid number: a mobile number has 11 digits starting with 1, a landline starts with its area code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a valid phone number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers in the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active (bought in the last 90 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customers in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers who bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint promises overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied customers (surveys in the period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no figure for the period before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vs. %1 the period before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no survey answers in the period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocab</name>
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
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slipping away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
