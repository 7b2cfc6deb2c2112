<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Book</name>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a customer book.</source>
        <translation>{path} 是一个文件夹，不是客户簿。</translation>
    </message>
    <message>
        <source>{path} is not a readable customer book ({reason}).</source>
        <translation>{path} 不是可读取的客户簿（{reason}）。</translation>
    </message>
    <message>
        <source>Cannot open {path}: {reason}</source>
        <translation>无法打开 {path}：{reason}</translation>
    </message>
    <message>
        <source>This database was not made by Custbook (it has no schema version).</source>
        <translation>这个数据库不是客户簿创建的（没有结构版本）。</translation>
    </message>
    <message>
        <source>The book&apos;s schema version is missing.</source>
        <translation>客户簿的结构版本缺失。</translation>
    </message>
    <message>
        <source>This book was saved by a newer Custbook (schema {found}; this version knows up to {known}). Please update Custbook to open it.</source>
        <translation>这个客户簿由更新版本的客户簿软件保存（结构版本 {found}，本版本最高支持 {known}）。请先升级软件再打开。</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>要做的事</translation>
    </message>
    <message>
        <source>Today is %1.</source>
        <translation>今天是 %1。</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Next %1 days</source>
        <translation>未来 %1 天</translation>
    </message>
    <message>
        <source>(the shop)</source>
        <translation>（本店）</translation>
    </message>
    <message>
        <source>Nothing to do: no reminders are due in the next days.</source>
        <translation>暂无待办：最近几天没有到期的提醒。</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>There is no file at {path}.</source>
        <translation>{path} 处没有文件。</translation>
    </message>
    <message>
        <source>Damaged: {detail}</source>
        <translation>已损坏：{detail}</translation>
    </message>
    <message>
        <source>{n} records point to records that do not exist (first: table {table}, row {row}).</source>
        <translation>有 {n} 条记录指向不存在的记录（第一条：表 {table}，行 {row}）。</translation>
    </message>
    <message>
        <source>This is not a Custbook book (no schema version).</source>
        <translation>这不是客户簿文件（没有结构版本）。</translation>
    </message>
    <message>
        <source>Schema version {v} is unknown to this Custbook (knows up to {known}).</source>
        <translation>本软件不认识结构版本 {v}（最高支持 {known}）。</translation>
    </message>
    <message>
        <source>Not a readable book: {reason}</source>
        <translation>无法读取的客户簿：{reason}</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Open complaints</source>
        <translation>未结投诉</translation>
    </message>
    <message>
        <source>All complaints</source>
        <translation>全部投诉</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Promise due</source>
        <translation>承诺期限</translation>
    </message>
    <message>
        <source>In the customer&apos;s words</source>
        <translation>客户原话</translation>
    </message>
    <message>
        <source>%1 open of %2 complaints; %3 promises overdue in this list.</source>
        <translation>共 %2 条投诉，%1 条未结；本列表中 %3 项承诺已逾期。</translation>
    </message>
    <message>
        <source>The promise is past its date and not yet kept.</source>
        <translation>承诺已过期限，尚未兑现。</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>%1

The file may be damaged or may not be a customer book. Nothing was changed.</source>
        <translation>%1

文件可能已损坏，或者不是客户簿。没有做任何更改。</translation>
    </message>
    <message>
        <source>Cannot open the book</source>
        <translation>无法打开客户簿</translation>
    </message>
    <message>
        <source>The sample shop could not be built</source>
        <translation>无法生成示例店</translation>
    </message>
    <message>
        <source>Building the sample shop…</source>
        <translation>正在生成示例店…</translation>
    </message>
    <message>
        <source>New customer book</source>
        <translation>新建客户簿</translation>
    </message>
    <message>
        <source>Customer books (*.db)</source>
        <translation>客户簿 (*.db)</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it with File › Open book.</source>
        <translation>%1 已存在。请换一个名字，或通过“文件 › 打开客户簿”打开它。</translation>
    </message>
    <message>
        <source>Open customer book</source>
        <translation>打开客户簿</translation>
    </message>
    <message>
        <source>Customer books (*.db);;All files (*)</source>
        <translation>客户簿 (*.db);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>Customer</name>
    <message>
        <source>A birthday needs both a month and a day.</source>
        <translation>生日需要填写月和日。</translation>
    </message>
    <message>
        <source>A lunar birthday has a month from 1 to 12 and a day from 1 to 30.</source>
        <translation>农历生日的月份为 1 至 12，日期为 1 至 30。</translation>
    </message>
    <message>
        <source>{month}/{day} is not a date.</source>
        <translation>{month}月{day}日不是有效日期。</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>请填写姓名。</translation>
    </message>
    <message>
        <source>The name is too long.</source>
        <translation>姓名太长。</translation>
    </message>
    <message>
        <source>“{email}” is not an e-mail address.</source>
        <translation>“{email}”不是有效的电子邮箱。</translation>
    </message>
    <message>
        <source>The birth year must be between 1900 and {year}.</source>
        <translation>出生年份必须在 1900 到 {year} 之间。</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近到店</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>购买次数</translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation>累计消费</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>%1 customers in this book.</source>
        <translation>本簿共有 %1 位客户。</translation>
    </message>
    <message>
        <source>No customers yet. Customers you add or import appear here.</source>
        <translation>还没有客户。新增或导入的客户会显示在这里。</translation>
    </message>
</context>
<context>
    <name>Defaults</name>
    <message>
        <source>Product quality</source>
        <translation>产品质量</translation>
    </message>
    <message>
        <source>Service attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>配送</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>普通会员</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>银卡会员</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>金卡会员</translation>
    </message>
    <message>
        <source>Diamond</source>
        <translation>钻石会员</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Custbook</source>
        <translation>欢迎使用客户簿</translation>
    </message>
    <message>
        <source>Custbook keeps your customers, their purchases, the calls you owe them and every complaint until it is resolved. Everything stays on this PC.</source>
        <translation>客户簿帮您记住每一位客户、他们的购买记录、该打的回访电话，以及每一条投诉直到妥善解决。所有数据都只保存在这台电脑上。</translation>
    </message>
    <message>
        <source>Start an empty book</source>
        <translation>新建空白客户簿</translation>
    </message>
    <message>
        <source>Begin with your own customers. You can import them from Excel or your phone later.</source>
        <translation>从您自己的客户开始。之后可以从 Excel 或手机通讯录导入。</translation>
    </message>
    <message>
        <source>Open the sample shop</source>
        <translation>打开示例店</translation>
    </message>
    <message>
        <source>A made-up clothing shop with 2,000 customers and two years of history, to try everything without risk. Your own book stays separate.</source>
        <translation>一家虚构的服装店，有 2,000 位客户和两年的经营记录，可以放心试用各项功能。您自己的客户簿不受影响。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Custbook</source>
        <translation>客户簿</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New book…</source>
        <translation>新建客户簿(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open book…</source>
        <translation>打开客户簿(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the &amp;sample shop</source>
        <translation>打开示例店(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Custbook</source>
        <translation>关于客户簿(&amp;A)</translation>
    </message>
    <message>
        <source>Book: %1</source>
        <translation>客户簿：%1</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 位客户</translation>
    </message>
    <message>
        <source>About Custbook</source>
        <translation>关于客户簿</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Custbook %1&lt;/h3&gt;&lt;p&gt;The customer book for small shops: customer cards, contact reminders, the complaint log and reports, on this PC, without the internet.&lt;/p&gt;&lt;p&gt;Keeping a customer costs a fifth of finding a new one: Custbook makes sure no follow-up is forgotten and no complaint is left half-done.&lt;/p&gt;&lt;p&gt;Chinese text is shown and printed with WenQuanYi Micro Hei (Apache License 2.0).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;客户簿 %1&lt;/h3&gt;&lt;p&gt;为小店打造的客户簿：客户档案、联系提醒、投诉记录和报表，全部在这台电脑上，无需联网。&lt;/p&gt;&lt;p&gt;留住一位老客户的成本只有开发一位新客户的五分之一：客户簿确保不会忘记任何一次回访，也不会有投诉处理到一半就搁下。&lt;/p&gt;&lt;p&gt;中文的显示与打印使用文泉驿微米黑字体（Apache License 2.0）。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>The phone number is empty.</source>
        <translation>电话号码为空。</translation>
    </message>
    <message>
        <source>“{text}” is not a phone number.</source>
        <translation>“{text}”不是电话号码。</translation>
    </message>
    <message>
        <source>“{text}” is not a valid number: a landline needs its area code (e.g. 0571-87654321).</source>
        <translation>“{text}”不是有效号码：固定电话需要加区号（例如 0571-87654321）。</translation>
    </message>
    <message>
        <source>“{text}” is not a valid number: a mobile number has 11 digits starting with 1, a landline starts with its area code.</source>
        <translation>“{text}”不是有效号码：手机号为以 1 开头的 11 位数字，固定电话以区号开头。</translation>
    </message>
    <message>
        <source>“{text}” is not a valid phone number.</source>
        <translation>“{text}”不是有效的电话号码。</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <source>Customers in the book</source>
        <translation>客户总数</translation>
    </message>
    <message>
        <source>Active (bought in the last 90 days)</source>
        <translation>活跃客户（最近 90 天有购买）</translation>
    </message>
    <message>
        <source>New customers in the period</source>
        <translation>本期新客户</translation>
    </message>
    <message>
        <source>Purchases in the period</source>
        <translation>本期购买笔数</translation>
    </message>
    <message>
        <source>Revenue in the period</source>
        <translation>本期营业额</translation>
    </message>
    <message>
        <source>Customers who bought</source>
        <translation>本期购买客户数</translation>
    </message>
    <message>
        <source>Open complaints</source>
        <translation>未结投诉</translation>
    </message>
    <message>
        <source>Complaint promises overdue</source>
        <translation>逾期未兑现的投诉承诺</translation>
    </message>
    <message>
        <source>Satisfied customers (surveys in the period)</source>
        <translation>满意客户比例（本期回访调查）</translation>
    </message>
    <message>
        <source>no figure for the period before</source>
        <translation>上一期没有数据</translation>
    </message>
    <message>
        <source>vs. %1 the period before</source>
        <translation>上一期为 %1</translation>
    </message>
    <message>
        <source>no survey answers in the period</source>
        <translation>本期没有调查回复</translation>
    </message>
</context>
<context>
    <name>SampleShop</name>
    <message>
        <source>{path} already exists; the sample shop is only written into a new file.</source>
        <translation>{path} 已存在；示例店只会写入新文件。</translation>
    </message>
    <message>
        <source>The sample shop was cancelled.</source>
        <translation>已取消生成示例店。</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>请稍候</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>Vocab</name>
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
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>到店拜访</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>赠送礼品</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>贺卡</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信件</translation>
    </message>
    <message>
        <source>In store</source>
        <translation>店内</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Online review</source>
        <translation>网上评价</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新投诉</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Awaiting follow-up</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>轻微</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation>回访电话</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>纪念日</translation>
    </message>
    <message>
        <source>Holiday greeting</source>
        <translation>节日问候</translation>
    </message>
    <message>
        <source>Complaint follow-up</source>
        <translation>投诉回访</translation>
    </message>
    <message>
        <source>Re-purchase</source>
        <translation>再次购买</translation>
    </message>
    <message>
        <source>Slipping away</source>
        <translation>流失预警</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>换货</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>代金券</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Walked in</source>
        <translation>进店</translation>
    </message>
    <message>
        <source>Referred by a customer</source>
        <translation>老客户介绍</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>网上</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>社交媒体</translation>
    </message>
</context>
<context>
    <name>controller</name>
    <message>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <source>Custbook could not finish what you asked: %1

What was saved before is safe. Details were written to %2.</source>
        <translation>客户簿未能完成您要求的操作：%1

之前保存的内容都是安全的。详细信息已写入 %2。</translation>
    </message>
</context>
</TS>
