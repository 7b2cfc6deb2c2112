<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdjustDialog</name>
    <message>
        <source>Adjust a balance</source>
        <translation>调整余额</translation>
    </message>
    <message>
        <source>Stored value</source>
        <translation>储值余额</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Count card: %1</source>
        <translation>次卡：%1</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>+ adds, - takes away: e.g. -20</source>
        <translation>正数增加，负数减少：如 -20</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变动</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Enter a whole number, e.g. -2.</source>
        <translation>请输入整数，如 -2。</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>当前：%1</translation>
    </message>
    <message>
        <source>A balance cannot go below zero.</source>
        <translation>余额不能低于零。</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>调整后：%1</translation>
    </message>
</context>
<context>
    <name>AnniversaryDialog</name>
    <message>
        <source>A day to remember</source>
        <translation>纪念日</translation>
    </message>
    <message>
        <source>Remind me every year</source>
        <translation>每年提醒</translation>
    </message>
    <message>
        <source>Which day</source>
        <translation>哪个日子</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>Card created</source>
        <translation>建立卡片</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation>移入回收站</translation>
    </message>
    <message>
        <source>Restored from the trash</source>
        <translation>从回收站恢复</translation>
    </message>
    <message>
        <source>Erased from the trash</source>
        <translation>从回收站彻底删除</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Merge undone</source>
        <translation>撤销合并</translation>
    </message>
    <message>
        <source>Erased for privacy</source>
        <translation>因隐私要求彻底删除</translation>
    </message>
    <message>
        <source>Membership card</source>
        <translation>会员卡</translation>
    </message>
    <message>
        <source>Removed by undoing an import</source>
        <translation>撤销导入时删除</translation>
    </message>
    <message>
        <source>a new photo</source>
        <translation>新照片</translation>
    </message>
    <message>
        <source>a photo</source>
        <translation>照片</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
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
        <source>No changes recorded yet.</source>
        <translation>还没有修改记录。</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>介绍人</translation>
    </message>
    <message>
        <source>Member card number</source>
        <translation>会员卡号</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>BackgroundCheck</name>
    <message>
        <source>The book is damaged</source>
        <translation>客户簿已损坏</translation>
    </message>
    <message>
        <source>Custbook checked the book %1 in the background and found damage inside the file. Some of what you see may be missing or wrong.

Close Custbook and start it again: it will check the book before opening it and offer the latest good backup. Nothing has been changed.</source>
        <translation>Custbook 在后台检查了客户簿 %1，发现文件内部有损坏。您看到的部分内容可能缺失或有误。

请关闭 Custbook 再重新打开：打开前它会检查客户簿，并提供最近一次完好的备份。什么都没有改动。</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>已取消，没有做任何更改。</translation>
    </message>
    <message>
        <source>The book itself looks damaged ({detail}), so this copy was not kept; the earlier backups are untouched.</source>
        <translation>客户簿本身似乎已损坏（{detail}），因此没有保留这份副本；之前的备份都未受影响。</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the folder cannot be written to</source>
        <translation>该文件夹无法写入</translation>
    </message>
    <message>
        <source>No backup could be written to {folder}: {reason}. Your book is unchanged.</source>
        <translation>无法把备份写入 {folder}：{reason}。您的客户簿没有任何改变。</translation>
    </message>
    <message>
        <source>This book lives on a database server; back it up on the server.</source>
        <translation>这本客户簿保存在数据库服务器上，请在服务器上备份。</translation>
    </message>
    <message>
        <source>There is no book at {path}.</source>
        <translation>{path} 处没有客户簿。</translation>
    </message>
    <message>
        <source>The second backup folder {folder} is not available (is the USB stick plugged in?). The backup in the data folder was made.</source>
        <translation>第二备份文件夹 {folder} 不可用（U 盘插好了吗？）。数据文件夹中的备份已经完成。</translation>
    </message>
    <message>
        <source>The copy in the second backup folder {folder} failed: {reason}. The backup in the data folder was made.</source>
        <translation>复制到第二备份文件夹 {folder} 失败：{reason}。数据文件夹中的备份已经完成。</translation>
    </message>
    <message>
        <source>{path} is not a Custbook backup, so it was not deleted.</source>
        <translation>{path} 不是客户簿的备份，因此没有删除。</translation>
    </message>
    <message>
        <source>{path} could not be deleted: {reason}.</source>
        <translation>无法删除 {path}：{reason}。</translation>
    </message>
    <message>
        <source>{path} cannot be used as a backup: {reason}</source>
        <translation>{path} 不能用作备份：{reason}</translation>
    </message>
    <message>
        <source>there is no such file.</source>
        <translation>没有这个文件。</translation>
    </message>
    <message>
        <source>it is not a Custbook book.</source>
        <translation>它不是客户簿文件。</translation>
    </message>
    <message>
        <source>it is damaged or not a Custbook book ({detail}).</source>
        <translation>它已损坏，或不是客户簿文件（{detail}）。</translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation>{path} 处没有文件。</translation>
    </message>
    <message>
        <source>It is damaged: {detail}.</source>
        <translation>它已损坏：{detail}。</translation>
    </message>
    <message>
        <source>It is not a Custbook book.</source>
        <translation>它不是客户簿文件。</translation>
    </message>
    <message>
        <source>It was made by a newer Custbook (schema {found}); update Custbook first.</source>
        <translation>它由更新版本的客户簿制作（结构版本 {found}），请先升级客户簿。</translation>
    </message>
    <message>
        <source>pg_dump could not back up the shared book: {reason}. The book on the server is unchanged.</source>
        <translation>pg_dump 未能备份共享客户簿：{reason}。服务器上的客户簿没有改变。</translation>
    </message>
    <message>
        <source>pg_dump is not installed on this PC.</source>
        <translation>这台电脑上没有安装 pg_dump。</translation>
    </message>
    <message>
        <source>The shared book could not be backed up: {reason} The book on the server is unchanged.</source>
        <translation>共享客户簿未能备份：{reason} 服务器上的客户簿没有改变。</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Custbook backs up %1 every day and when you close it after changes, and keeps the last 7 days, 4 weeks and 12 months. Backups you make yourself are kept until you delete them.</source>
        <translation>客户簿每天以及在有改动后关闭时都会备份 %1，并保留最近 7 天、4 周和 12 个月的备份。您自己做的备份会一直保留，直到您删除。</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>What this backup holds</source>
        <translation>备份内容</translation>
    </message>
    <message>
        <source>Taken:</source>
        <translation>备份时间：</translation>
    </message>
    <message>
        <source>Customers:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>Purchases:</source>
        <translation>购买记录：</translation>
    </message>
    <message>
        <source>Complaints:</source>
        <translation>投诉：</translation>
    </message>
    <message>
        <source>Shop:</source>
        <translation>店铺：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Second backup folder</source>
        <translation>第二备份文件夹</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Stop using it</source>
        <translation>不再使用</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Restore this backup…</source>
        <translation>恢复此备份…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation>从文件恢复…</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Every backup is also copied to %1 when it is plugged in.</source>
        <translation>插入时，每份备份还会复制到 %1。</translation>
    </message>
    <message>
        <source>None. Choose a USB stick or another disk to keep a second copy of every backup away from this PC&apos;s disk.</source>
        <translation>未设置。选择一个 U 盘或另一块磁盘，在本机硬盘之外再保存一份备份。</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>Second folder</source>
        <translation>第二文件夹</translation>
    </message>
    <message>
        <source>There are no backups of this book yet.</source>
        <translation>这本客户簿还没有备份。</translation>
    </message>
    <message>
        <source>Delete this backup?</source>
        <translation>删除这份备份吗？</translation>
    </message>
    <message>
        <source>Delete the backup of %1 (%2)? It cannot be brought back.</source>
        <translation>要删除 %1 的备份（%2）吗？删除后无法找回。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>从文件恢复</translation>
    </message>
    <message>
        <source>Customer books and backups (*.db);;All files (*)</source>
        <translation>客户簿和备份 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose the second backup folder</source>
        <translation>选择第二备份文件夹</translation>
    </message>
</context>
<context>
    <name>BackupsSection</name>
    <message>
        <source>Backups are kept in:</source>
        <translation>备份保存在：</translation>
    </message>
    <message>
        <source>None (a USB stick is a good idea)</source>
        <translation>无（建议用 U 盘）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Also copy each backup to:</source>
        <translation>每次备份同时复制到：</translation>
    </message>
    <message>
        <source>Daily backups kept:</source>
        <translation>保留的每日备份数：</translation>
    </message>
    <message>
        <source>Weekly and monthly backups are kept as well (4 and 12).</source>
        <translation>另外还保留每周和每月的备份（4 份和 12 份）。</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Choose the second backup folder</source>
        <translation>选择第二个备份文件夹</translation>
    </message>
    <message>
        <source>This folder does not exist (is the USB stick plugged in?).</source>
        <translation>该文件夹不存在（U 盘插好了吗？）。</translation>
    </message>
</context>
<context>
    <name>BirthYearEditor</name>
    <message>
        <source>Born in</source>
        <translation>出生于</translation>
    </message>
    <message>
        <source>About … years old</source>
        <translation>约 … 岁</translation>
    </message>
</context>
<context>
    <name>BirthdayEditor</name>
    <message>
        <source>Not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Solar (公历)</source>
        <translation>公历</translation>
    </message>
    <message>
        <source>Lunar (农历)</source>
        <translation>农历</translation>
    </message>
    <message>
        <source>Leap month (闰月)</source>
        <translation>闰月</translation>
    </message>
    <message>
        <source>Month %1 Day %2</source>
        <comment>the order of a birthday&apos;s fields</comment>
        <translation>%1 月 %2 日</translation>
    </message>
</context>
<context>
    <name>Book</name>
    <message>
        <source>{location} is not a book address Custbook knows (use a file or a postgresql:// address).</source>
        <translation>{location} 不是 Custbook 能识别的客户簿地址（请使用文件或 postgresql:// 地址）。</translation>
    </message>
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
    <name>BookGuard</name>
    <message>
        <source>Cannot open the book</source>
        <translation>无法打开客户簿</translation>
    </message>
    <message>
        <source>Checking the book…</source>
        <translation>正在检查客户簿…</translation>
    </message>
    <message>
        <source>Open customer book</source>
        <translation>打开客户簿</translation>
    </message>
    <message>
        <source>Customer books (*.db);;All files (*)</source>
        <translation>客户簿 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>备份没有恢复</translation>
    </message>
    <message>
        <source>Backing up before closing the book…</source>
        <translation>关闭客户簿前正在备份…</translation>
    </message>
    <message>
        <source>The book is damaged</source>
        <translation>客户簿已损坏</translation>
    </message>
    <message>
        <source>%1

There is no backup of this book to go back to. Custbook opened it so you can still read and export what is intact; make a backup now and ask for help before entering much new work.</source>
        <translation>%1

这本客户簿没有可以恢复的备份。客户簿仍然打开了它，以便您读取和导出完好的内容；请立即备份，并在录入大量新内容之前寻求帮助。</translation>
    </message>
    <message>
        <source>Backing up before closing…</source>
        <translation>关闭前正在备份…</translation>
    </message>
    <message>
        <source>The automatic backup failed</source>
        <translation>自动备份失败</translation>
    </message>
    <message>
        <source>Automatic backup made at %1.</source>
        <translation>已于 %1 自动备份。</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <source>Nothing was changed</source>
        <translation>没有做任何更改</translation>
    </message>
    <message>
        <source>Adding the tag…</source>
        <translation>正在添加标签…</translation>
    </message>
    <message>
        <source>Tag “%1” given to %2 customers.</source>
        <translation>已为 %2 位客户加上标签“%1”。</translation>
    </message>
    <message>
        <source>Removing the tag…</source>
        <translation>正在移除标签…</translation>
    </message>
    <message>
        <source>Tag “%1” taken off %2 customers.</source>
        <translation>已从 %2 位客户移除标签“%1”。</translation>
    </message>
    <message>
        <source>Setting the tier…</source>
        <translation>正在设置会员等级…</translation>
    </message>
    <message>
        <source>%1 customers now have the tier “%2”.</source>
        <translation>%1 位客户的会员等级已设为“%2”。</translation>
    </message>
    <message>
        <source>Moving to the trash…</source>
        <translation>正在移到回收站…</translation>
    </message>
    <message>
        <source>%1 customers moved to the trash.</source>
        <translation>已将 %1 位客户移到回收站。</translation>
    </message>
    <message>
        <source>&amp;Undo adding the tag “%1”</source>
        <translation>撤销添加标签“%1”(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo removing the tag “%1”</source>
        <translation>撤销移除标签“%1”(&amp;U)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>&amp;Undo moving %1 customers to the trash</source>
        <translation>撤销把 %1 位客户移到回收站(&amp;U)</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <source>%1 customers are back in the book.</source>
        <translation>%1 位客户已恢复到客户簿。</translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>清空回收站</translation>
    </message>
    <message>
        <source>Erase the %1 customers in the trash for good, with all their purchases, contacts and complaints? This cannot be undone.</source>
        <translation>要永久删除回收站中的 %1 位客户及其全部购买、联系和投诉记录吗？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>永久删除</translation>
    </message>
    <message>
        <source>Emptying the trash…</source>
        <translation>正在清空回收站…</translation>
    </message>
    <message>
        <source>%1 customers erased for good.</source>
        <translation>已永久删除 %1 位客户。</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>New &amp;reminder…</source>
        <translation>新建提醒(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Print the visit sheet…</source>
        <translation>打印回访单(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Import a calendar (.ics)…</source>
        <translation>导入日历(.ics)(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export reminders (.ics)…</source>
        <translation>导出提醒(.ics)(&amp;E)…</translation>
    </message>
    <message>
        <source>Reminder &amp;rules…</source>
        <translation>提醒规则(&amp;R)…</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>往前</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>往后</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>日程</translation>
    </message>
    <message>
        <source>New reminder</source>
        <translation>新建提醒</translation>
    </message>
    <message>
        <source>Visit sheet</source>
        <translation>回访单</translation>
    </message>
    <message>
        <source>Print today&apos;s calls on paper (Ctrl+P)</source>
        <translation>把今天要联系的客户打印在纸上(Ctrl+P)</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>Remove the reminder “%1”?</source>
        <translation>删除提醒“%1”？</translation>
    </message>
    <message>
        <source>This removes every later time of the series too.</source>
        <translation>这一系列以后的各次也会一并删除。</translation>
    </message>
    <message>
        <source>Remove reminder</source>
        <translation>删除提醒</translation>
    </message>
    <message>
        <source>Updating the reminders…</source>
        <translation>正在更新提醒…</translation>
    </message>
    <message>
        <source>Today is %1.</source>
        <translation>今天是 %1。</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
</context>
<context>
    <name>CandidateModel</name>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>匹配于</translation>
    </message>
    <message>
        <source>Left out because</source>
        <translation>未包含原因</translation>
    </message>
</context>
<context>
    <name>CardPrivacy</name>
    <message>
        <source>Export everything about this customer into…</source>
        <translation>将这位顾客的全部资料导出到…</translation>
    </message>
    <message>
        <source>Writing the export…</source>
        <translation>正在写出导出文件…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Saved:
%1
%2</source>
        <translation>已保存：
%1
%2</translation>
    </message>
    <message>
        <source>Erasing, and rewriting the backups without them…</source>
        <translation>正在抹去，并重写不含此人的备份…</translation>
    </message>
</context>
<context>
    <name>CardSatisfaction</name>
    <message>
        <source>Record satisfaction…</source>
        <translation>记录满意度…</translation>
    </message>
    <message>
        <source>How satisfied the customer is with the chosen purchase</source>
        <translation>顾客对所选这次购买是否满意</translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message>
        <source>Complaint categories</source>
        <translation>投诉类别</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Use again</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <source>%1 (not offered)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <source>%1 (complaints: %2)</source>
        <translation>%1（投诉：%2）</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>新类别</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Rename category</source>
        <translation>重命名类别</translation>
    </message>
</context>
<context>
    <name>Changes</name>
    <message>
        <source>No customer book is open.</source>
        <translation>没有打开的客户簿。</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>No ratings in this period</source>
        <translation>本期没有评价</translation>
    </message>
    <message>
        <source>No complaints in this period</source>
        <translation>本期没有投诉</translation>
    </message>
    <message>
        <source>No complaint was answered in this period</source>
        <translation>本期没有已响应的投诉</translation>
    </message>
    <message>
        <source>No retention to show yet: it needs customers whose first purchase was at least a month before the period ends</source>
        <translation>暂无留存数据：需要有客户的首次购买早于期末至少一个月</translation>
    </message>
    <message>
        <source>months after the first purchase</source>
        <translation>首次购买后的月数</translation>
    </message>
    <message>
        <source>No customer has bought yet</source>
        <translation>还没有客户购买过</translation>
    </message>
    <message>
        <source>%1 satisfied</source>
        <translation>满意 %1</translation>
    </message>
    <message>
        <source>%1 months after the first purchase: %2 bought again</source>
        <translation>首次购买后第 %1 个月：%2 再次购买</translation>
    </message>
    <message>
        <source>%1: %2 customers, %3 spent in all</source>
        <translation>%1：%2 位客户，累计消费 %3</translation>
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
    <name>ChoiceDialog</name>
    <message>
        <source>Type a tag or pick one</source>
        <translation>输入或选择一个标签</translation>
    </message>
    <message>
        <source>Chosen customers: %1. Which tag should they get?</source>
        <translation>已选 %1 位客户。要加上哪个标签？</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Chosen customers: %1. Which tag should come off?</source>
        <translation>已选 %1 位客户。要移除哪个标签？</translation>
    </message>
    <message>
        <source>Remove a tag</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>无会员等级</translation>
    </message>
    <message>
        <source>Chosen customers: %1. Which tier should they have?</source>
        <translation>已选 %1 位客户。设为哪个会员等级？</translation>
    </message>
    <message>
        <source>Set the tier</source>
        <translation>设置会员等级</translation>
    </message>
</context>
<context>
    <name>Complaint</name>
    <message>
        <source>A category needs a name.</source>
        <translation>类别需要一个名称。</translation>
    </message>
    <message>
        <source>A category name has at most 60 characters.</source>
        <translation>类别名称最多 60 个字符。</translation>
    </message>
    <message>
        <source>There is already a category called “{name}”.</source>
        <translation>已经有名为“{name}”的类别。</translation>
    </message>
    <message>
        <source>Complaint follow-up: {who}</source>
        <translation>投诉回访：{who}</translation>
    </message>
    <message>
        <source>Result: {comment}</source>
        <translation>结果：{comment}</translation>
    </message>
    <message>
        <source>Promised: {promise}</source>
        <translation>承诺：{promise}</translation>
    </message>
    <message>
        <source>Listen and empathise</source>
        <translation>倾听与共情</translation>
    </message>
    <message>
        <source>Apologise</source>
        <translation>道歉</translation>
    </message>
    <message>
        <source>Find the cause</source>
        <translation>查明原因</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>解决办法</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>补偿</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Let the customer speak; note what they said and how they felt.</source>
        <translation>让客户把话说完；记下客户说了什么、有什么感受。</translation>
    </message>
    <message>
        <source>Apologise sincerely, whoever was at fault.</source>
        <translation>无论是谁的错，都要真诚道歉。</translation>
    </message>
    <message>
        <source>Find out what happened and whose fault it was.</source>
        <translation>查清发生了什么、是谁的责任。</translation>
    </message>
    <message>
        <source>Propose a fair solution and ask if the customer accepts it.</source>
        <translation>提出公平的解决办法，并询问客户是否接受。</translation>
    </message>
    <message>
        <source>If called for: refund, replacement, repair, gift, voucher or discount.</source>
        <translation>如有需要：退款、换货、维修、赠品、代金券或折扣。</translation>
    </message>
    <message>
        <source>If you promise something, say by when — and keep it.</source>
        <translation>如有承诺，说明兑现期限——并且一定做到。</translation>
    </message>
    <message>
        <source>Ask whether the customer is satisfied now.</source>
        <translation>询问客户现在是否满意。</translation>
    </message>
    <message>
        <source>Call back on a set day to check all is well.</source>
        <translation>在约定的日子回访，确认一切都好。</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>未确定</translation>
    </message>
    <message>
        <source>The shop</source>
        <translation>本店</translation>
    </message>
    <message>
        <source>The supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>双方都有</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>No compensation</source>
        <translation>不补偿</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} 分钟</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>{n} 小时</translation>
    </message>
    <message>
        <source>{d} d {h} h</source>
        <translation>{d} 天 {h} 小时</translation>
    </message>
    <message>
        <source>Answered at once (promised within {promised}).</source>
        <translation>当即响应（承诺 {promised}内）。</translation>
    </message>
    <message>
        <source>Answered in {took} (promised within {promised}).</source>
        <translation>首次响应用时 {took}（承诺 {promised}内）。</translation>
    </message>
    <message>
        <source>Answered in {took}: later than the promised {promised}.</source>
        <translation>首次响应用时 {took}，晚于承诺的 {promised}。</translation>
    </message>
    <message>
        <source>Waiting {took} for a first response (promised within {promised}).</source>
        <translation>已等待 {took}，尚未首次响应（承诺 {promised}内）。</translation>
    </message>
    <message>
        <source>No response for {took}: the promised {promised} are up!</source>
        <translation>已 {took}未响应：承诺的 {promised}已到！</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Not yet known</source>
        <translation>尚不清楚</translation>
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
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>相关购买</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>What the customer said and felt</source>
        <translation>客户说了什么、有什么感受</translation>
    </message>
    <message>
        <source>Apology given</source>
        <translation>是否道歉</translation>
    </message>
    <message>
        <source>Words used</source>
        <translation>道歉用语</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事情经过</translation>
    </message>
    <message>
        <source>Whose fault</source>
        <translation>责任方</translation>
    </message>
    <message>
        <source>Solution proposed</source>
        <translation>提出的解决办法</translation>
    </message>
    <message>
        <source>Accepted by the customer</source>
        <translation>客户是否接受</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>承诺内容</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>兑现期限</translation>
    </message>
    <message>
        <source>Kept or broken</source>
        <translation>是否兑现</translation>
    </message>
    <message>
        <source>Customer now</source>
        <translation>客户现在</translation>
    </message>
    <message>
        <source>Their comment</source>
        <translation>客户评价</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <source>What came of it</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>已兑现</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>未兑现</translation>
    </message>
    <message>
        <source>Overdue — not kept yet</source>
        <translation>已逾期——尚未兑现</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>This complaint is no longer in the book.</source>
        <translation>这件投诉已不在簿中。</translation>
    </message>
    <message>
        <source>(walk-in, no customer card)</source>
        <translation>（散客，无客户卡）</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>编号 {number}</translation>
    </message>
    <message>
        <source>This complaint is closed. Reopen it to change it.</source>
        <translation>这件投诉已结案。如需修改，请先重新打开。</translation>
    </message>
    <message>
        <source>That staff member is not in the book.</source>
        <translation>该员工不在簿中。</translation>
    </message>
    <message>
        <source>Give a date and time.</source>
        <translation>请填写日期和时间。</translation>
    </message>
    <message>
        <source>This time is in the future.</source>
        <translation>这个时间晚于现在。</translation>
    </message>
    <message>
        <source>This is before the complaint was received ({when}).</source>
        <translation>这个时间早于收到投诉的时间（{when}）。</translation>
    </message>
    <message>
        <source>That customer is no longer in the book.</source>
        <translation>该客户已不在簿中。</translation>
    </message>
    <message>
        <source>Choose a customer, or enter the walk-in customer&apos;s name or phone.</source>
        <translation>请选择客户，或填写散客的姓名或电话。</translation>
    </message>
    <message>
        <source>The name is too long.</source>
        <translation>姓名太长。</translation>
    </message>
    <message>
        <source>Give the date and time the complaint was received.</source>
        <translation>请填写收到投诉的日期和时间。</translation>
    </message>
    <message>
        <source>A complaint cannot be received in the future.</source>
        <translation>收到投诉的时间不能晚于现在。</translation>
    </message>
    <message>
        <source>A step was already recorded at {when}, before this time.</source>
        <translation>已有步骤记录于 {when}，早于这个时间。</translation>
    </message>
    <message>
        <source>Choose how the complaint came in.</source>
        <translation>请选择投诉渠道。</translation>
    </message>
    <message>
        <source>Choose how serious the complaint is.</source>
        <translation>请选择投诉的严重程度。</translation>
    </message>
    <message>
        <source>That category is no longer in the list.</source>
        <translation>该类别已不在列表中。</translation>
    </message>
    <message>
        <source>That purchase is not one of this customer&apos;s.</source>
        <translation>这笔购买不属于该客户。</translation>
    </message>
    <message>
        <source>Write down what the customer said, in their own words.</source>
        <translation>请用客户自己的话写下投诉内容。</translation>
    </message>
    <message>
        <source>Write down what the customer said and how they felt.</source>
        <translation>请写下客户说了什么、有什么感受。</translation>
    </message>
    <message>
        <source>Say whether an apology was given.</source>
        <translation>请说明是否已道歉。</translation>
    </message>
    <message>
        <source>Write down what happened.</source>
        <translation>请写下事情经过。</translation>
    </message>
    <message>
        <source>Choose whose fault it was.</source>
        <translation>请选择责任方。</translation>
    </message>
    <message>
        <source>Write down the solution proposed to the customer.</source>
        <translation>请写下向客户提出的解决办法。</translation>
    </message>
    <message>
        <source>Choose the kind of compensation (or “No compensation”).</source>
        <translation>请选择补偿方式（或“不补偿”）。</translation>
    </message>
    <message>
        <source>The value cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>The value is too large; check the amount.</source>
        <translation>金额太大，请检查。</translation>
    </message>
    <message>
        <source>“No compensation” has no value.</source>
        <translation>“不补偿”不能填写金额。</translation>
    </message>
    <message>
        <source>Write down what was promised.</source>
        <translation>请写下承诺的内容。</translation>
    </message>
    <message>
        <source>Give the day the promise is due.</source>
        <translation>请填写承诺兑现的期限。</translation>
    </message>
    <message>
        <source>The promise cannot be due before the complaint was received.</source>
        <translation>承诺期限不能早于收到投诉的日期。</translation>
    </message>
    <message>
        <source>Say whether the customer is satisfied now.</source>
        <translation>请说明客户现在是否满意。</translation>
    </message>
    <message>
        <source>Give a number from {low} to {high}, or leave it empty.</source>
        <translation>请填写 {low} 到 {high} 之间的数字，或留空。</translation>
    </message>
    <message>
        <source>Choose the day to follow up.</source>
        <translation>请选择回访日期。</translation>
    </message>
    <message>
        <source>The follow-up cannot be before the complaint was received.</source>
        <translation>回访日期不能早于收到投诉的日期。</translation>
    </message>
    <message>
        <source>The follow-up planned for {day} is not done; its reminder will be removed.</source>
        <translation>计划于 {day} 的回访尚未完成，其提醒将被删除。</translation>
    </message>
    <message>
        <source>The promise due {day} is not marked kept or broken.</source>
        <translation>期限为 {day} 的承诺尚未标记兑现或未兑现。</translation>
    </message>
    <message>
        <source>A complaint cannot be closed without a result: first record whether the customer is satisfied.</source>
        <translation>没有处理结果的投诉不能结案：请先记录客户是否满意。</translation>
    </message>
    <message>
        <source>Only a closed complaint can be reopened.</source>
        <translation>只有已结案的投诉才能重新打开。</translation>
    </message>
    <message>
        <source>Say why the complaint is reopened.</source>
        <translation>请说明重新打开投诉的原因。</translation>
    </message>
    <message>
        <source>{when} reopened: {reason}</source>
        <translation>{when} 重新打开：{reason}</translation>
    </message>
    <message>
        <source>(Earlier result: {result}{comment}.)</source>
        <translation>（之前的结果：{result}{comment}。）</translation>
    </message>
    <message>
        <source>(Earlier follow-up {day}: {outcome}.)</source>
        <translation>（之前的回访 {day}：{outcome}。）</translation>
    </message>
    <message>
        <source>This complaint already belongs to a customer card.</source>
        <translation>这件投诉已属于某张客户卡。</translation>
    </message>
</context>
<context>
    <name>ComplaintDetail</name>
    <message>
        <source>Choose a complaint in the list to see its steps, or log a new one with “New complaint” (Ctrl+Shift+K).</source>
        <translation>在左侧列表中选择一件投诉查看处理步骤，或用“新投诉”（Ctrl+Shift+K）登记一件。</translation>
    </message>
    <message>
        <source>reopened %1×</source>
        <translation>重新打开 %1 次</translation>
    </message>
    <message>
        <source>walk-in, no customer card</source>
        <translation>散客，无客户卡</translation>
    </message>
    <message>
        <source>Make a customer card…</source>
        <translation>建立客户卡…</translation>
    </message>
    <message>
        <source>All their complaints</source>
        <translation>该客户的全部投诉</translation>
    </message>
    <message>
        <source>Service recovery</source>
        <translation>服务补救</translation>
    </message>
    <message>
        <source>Reopened:</source>
        <translation>重新打开记录：</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>修改详情…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>重新打开…</translation>
    </message>
    <message>
        <source>Close the complaint</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Files…</source>
        <translation>文件…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Close it anyway?</source>
        <translation>仍然结案吗？</translation>
    </message>
    <message>
        <source>Close it</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>The complaint is closed.</source>
        <translation>投诉已结案。</translation>
    </message>
    <message>
        <source>The complaint is open again: record the new result when it is settled.</source>
        <translation>投诉已重新打开：问题解决后请记录新的处理结果。</translation>
    </message>
    <message>
        <source>The complaint now belongs to a customer card.</source>
        <translation>这件投诉已归入客户卡。</translation>
    </message>
    <message>
        <source>Delete the complaint</source>
        <translation>删除投诉</translation>
    </message>
    <message>
        <source>Delete this complaint and its follow-up reminder? Use this only for a complaint logged by mistake; it cannot be undone.</source>
        <translation>删除这件投诉及其回访提醒？仅用于误登记的投诉，删除后无法恢复。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>The complaint sheet could not be printed: %1</source>
        <translation>投诉处理单无法打印：%1</translation>
    </message>
    <message>
        <source>Saved the complaint sheet to %1.</source>
        <translation>投诉处理单已保存到 %1。</translation>
    </message>
    <message>
        <source>The complaint sheet could not be saved: %1</source>
        <translation>投诉处理单未能保存：%1</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>New complaint</source>
        <translation>新投诉</translation>
    </message>
    <message>
        <source>Complaint details</source>
        <translation>投诉详情</translation>
    </message>
    <message>
        <source>Who complained:</source>
        <translation>投诉人：</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>收到时间：</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>渠道：</translation>
    </message>
    <message>
        <source>About the purchase:</source>
        <translation>相关购买：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>严重程度：</translation>
    </message>
    <message>
        <source>What the customer said, in their own words</source>
        <translation>客户的原话</translation>
    </message>
    <message>
        <source>In their words:</source>
        <translation>客户原话：</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <source>Handled by:</source>
        <translation>经办人：</translation>
    </message>
</context>
<context>
    <name>ComplaintFilterBar</name>
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
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>不限时间</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
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
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>自定义时段…</translation>
    </message>
    <message>
        <source>Search name, phone, words, #number</source>
        <translation>搜索姓名、电话、原话、#编号</translation>
    </message>
    <message>
        <source>Show everyone</source>
        <translation>显示全部客户</translation>
    </message>
    <message>
        <source>Every category</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Everyone handling</source>
        <translation>全部经办人</translation>
    </message>
    <message>
        <source>Only the complaints of %1.</source>
        <translation>仅显示 %1 的投诉。</translation>
    </message>
</context>
<context>
    <name>ComplaintListModel</name>
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
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Promise due</source>
        <translation>承诺期限</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>In the customer&apos;s words</source>
        <translation>客户原话</translation>
    </message>
    <message>
        <source>No response within the promised time.</source>
        <translation>未在承诺时间内响应。</translation>
    </message>
    <message>
        <source>The promise is past its date and not yet kept.</source>
        <translation>承诺已过期限，尚未兑现。</translation>
    </message>
    <message>
        <source>The follow-up day has passed.</source>
        <translation>回访日期已过。</translation>
    </message>
    <message>
        <source> (walk-in)</source>
        <translation>（散客）</translation>
    </message>
</context>
<context>
    <name>ComplaintPrinting</name>
    <message>
        <source>Save the complaint sheet</source>
        <translation>保存投诉处理单</translation>
    </message>
    <message>
        <source>Writing the complaint sheet…</source>
        <translation>正在生成投诉处理单…</translation>
    </message>
</context>
<context>
    <name>ComplaintSheet</name>
    <message>
        <source>Complaint sheet</source>
        <translation>投诉处理单</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>{number} · Status: {status} · Printed {when}</source>
        <translation>{number} · 状态：{status} · 打印于 {when}</translation>
    </message>
    <message>
        <source>The complaint</source>
        <translation>投诉信息</translation>
    </message>
    <message>
        <source>In the customer&apos;s own words</source>
        <translation>客户原话</translation>
    </message>
    <message>
        <source>Service recovery</source>
        <translation>服务补救</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重新打开记录</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>The customer confirms that the complaint was handled as written above.</source>
        <translation>客户确认投诉已按上述内容处理。</translation>
    </message>
    <message>
        <source>Customer&apos;s signature</source>
        <translation>客户签名</translation>
    </message>
    <message>
        <source>Staff member&apos;s signature</source>
        <translation>经办员工签名</translation>
    </message>
    <message>
        <source>By: {who}</source>
        <translation>经办人：{who}</translation>
    </message>
    <message>
        <source>When: {when}</source>
        <translation>时间：{when}</translation>
    </message>
    <message>
        <source>Date: {line}</source>
        <translation>日期：{line}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>New complaint…</source>
        <translation>新投诉…</translation>
    </message>
    <message>
        <source>Log a new complaint (%1)</source>
        <translation>登记新投诉（%1）</translation>
    </message>
    <message>
        <source>Categories…</source>
        <translation>类别…</translation>
    </message>
    <message>
        <source>New &amp;complaint…</source>
        <translation>新投诉(&amp;C)…</translation>
    </message>
    <message>
        <source>Complaint &amp;categories…</source>
        <translation>投诉类别(&amp;C)…</translation>
    </message>
    <message>
        <source>%1 open of %2 complaints; %3 overdue. Showing %4.</source>
        <translation>共 %2 件投诉，%1 件未结，%3 件逾期。当前显示 %4 件。</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>The card was changed meanwhile</source>
        <translation>这张卡片在此期间被改过</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&apos;s card was saved on another PC (or in another window) after you opened it.&lt;/b&gt;&lt;br&gt;Nothing of yours was saved yet, and nothing was overwritten. For each difference below, choose which value to keep; the rows marked ⚠ were changed both here and there.</source>
        <translation>&lt;b&gt;您打开%1的卡片后，另一台电脑（或另一个窗口）保存了这张卡片。&lt;/b&gt;&lt;br&gt;您的修改还没有保存，也没有覆盖任何内容。请为下面每一处不同选择要保留的内容；标有 ⚠ 的行两边都改过。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Your value (keep mine)</source>
        <translation>您填写的（保留我的）</translation>
    </message>
    <message>
        <source>Saved meanwhile (take theirs)</source>
        <translation>期间已保存的（采用对方的）</translation>
    </message>
    <message>
        <source>Keep all mine</source>
        <translation>全部保留我的</translation>
    </message>
    <message>
        <source>Take all theirs</source>
        <translation>全部采用对方的</translation>
    </message>
    <message>
        <source>Save with these choices</source>
        <translation>按所选保存</translation>
    </message>
    <message>
        <source>Not now (keep editing)</source>
        <translation>暂不保存（继续编辑）</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Changed here and on the other PC</source>
        <translation>本机和另一台电脑都改过</translation>
    </message>
    <message>
        <source>Changed on the other PC</source>
        <translation>另一台电脑改过</translation>
    </message>
    <message>
        <source>Changed here</source>
        <translation>本机改过</translation>
    </message>
    <message>
        <source>This customer is no longer in the book (erased on another PC). Nothing was saved; your text is still here.</source>
        <translation>这位客户已不在客户簿中（已在另一台电脑上被清除）。没有保存任何内容；您填写的内容仍在这里。</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a shared book</source>
        <translation>连接共享客户簿</translation>
    </message>
    <message>
        <source>A shared book lives on a PostgreSQL server in the shop, so that every PC sees the same customers. Type what the server&apos;s admin gave you.</source>
        <translation>共享客户簿存放在店里的 PostgreSQL 服务器上，每台电脑看到的都是同一批客户。请填写服务器管理员给您的信息。</translation>
    </message>
    <message>
        <source>(type a new address)</source>
        <translation>（输入新地址）</translation>
    </message>
    <message>
        <source>Connected before:</source>
        <translation>连接过的：</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.20 or shop-server</source>
        <translation>例如 192.168.1.20 或 shop-server</translation>
    </message>
    <message>
        <source>Remember the password on this PC</source>
        <translation>在这台电脑上记住密码</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>The password is kept in this PC&apos;s keyring, not in a settings file.</source>
        <translation>密码保存在这台电脑的系统密钥环中，不写入设置文件。</translation>
    </message>
    <message>
        <source>This PC has no keyring to keep passwords safely, so the password will be asked each time the book is opened. It is never saved in a file.</source>
        <translation>这台电脑没有可安全保存密码的密钥环，因此每次打开客户簿时都会询问密码。密码绝不会保存到文件中。</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Open the shared book</source>
        <translation>打开共享客户簿</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Enter the password of the shared book to open it.</source>
        <translation>请输入共享客户簿的密码以打开它。</translation>
    </message>
</context>
<context>
    <name>Contact</name>
    <message>
        <source>Enter when the contact took place.</source>
        <translation>请输入联系的时间。</translation>
    </message>
    <message>
        <source>{when} is in the future; plan it as a reminder instead.</source>
        <translation>{when} 是将来的时间；请改为设置提醒。</translation>
    </message>
    <message>
        <source>Choose how the contact took place.</source>
        <translation>请选择联系方式。</translation>
    </message>
    <message>
        <source>That member of staff is no longer in the book.</source>
        <translation>该员工已不在客户簿中。</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Change the contact</source>
        <translation>修改联系记录</translation>
    </message>
    <message>
        <source>Log a contact</source>
        <translation>记录一次联系</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>沟通内容</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经手人</translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经手人</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>沟通内容</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Log contact…</source>
        <translation>记录联系…</translation>
    </message>
    <message>
        <source>%1 contacts logged.</source>
        <translation>共 %1 条联系记录。</translation>
    </message>
    <message>
        <source>No contact logged yet.</source>
        <translation>还没有联系记录。</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>删除联系记录</translation>
    </message>
    <message>
        <source>Delete this entry of the contact log?</source>
        <translation>要删除这条联系记录吗？</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>没有做任何更改</translation>
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
    <message>
        <source>Set up the new book</source>
        <translation>设置新客户簿</translation>
    </message>
</context>
<context>
    <name>CopyBook</name>
    <message>
        <source>There is no book at {path}.</source>
        <translation>{path} 处没有客户簿。</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <source>{path} is empty: there is nothing to copy.</source>
        <translation>{path} 是空的：没有可复制的内容。</translation>
    </message>
    <message>
        <source>{path} is at schema version {found}; this Custbook copies version {known}. Open the book once with this Custbook (it upgrades it), then copy it.</source>
        <translation>{path} 的结构版本是 {found}；本版 Custbook 复制的是版本 {known}。请先用本版 Custbook 打开一次该客户簿（会自动升级），再复制。</translation>
    </message>
    <message>
        <source>Cannot open the database {path}: {reason}</source>
        <translation>无法打开数据库 {path}：{reason}</translation>
    </message>
    <message>
        <source>The database {path} is not empty (it has {count} tables, e.g. {example}). A book is only copied into an empty database: create a new one on the server (createdb) and copy into that.</source>
        <translation>数据库 {path} 不是空的（有 {count} 张表，例如 {example}）。客户簿只会复制到空数据库中：请在服务器上新建一个（createdb）再复制进去。</translation>
    </message>
    <message>
        <source>{path} already exists. A book is only copied into a new file: choose a name that is not taken.</source>
        <translation>{path} 已存在。客户簿只会复制到新文件中：请选择一个未被占用的名称。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <source>The source and the target are the same.</source>
        <translation>源和目标是同一个。</translation>
    </message>
    <message>
        <source>Cancelled. The target was left as it was.</source>
        <translation>已取消。目标保持原样。</translation>
    </message>
    <message>
        <source>The table {table} has {source} rows in the source but {target} in the copy.</source>
        <translation>表 {table} 在源中有 {source} 行，副本中却有 {target} 行。</translation>
    </message>
    <message>
        <source>The book could not be copied: {reason}. The target was left as it was.</source>
        <translation>客户簿未能复制：{reason}。目标保持原样。</translation>
    </message>
    <message>
        <source>{path} appeared while the book was being copied; it was left alone.</source>
        <translation>复制期间出现了 {path}；没有动它。</translation>
    </message>
</context>
<context>
    <name>CustomFieldFilter</name>
    <message>
        <source>is filled in</source>
        <translation>已填写</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>is</source>
        <translation>等于</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>包含</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>不少于</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>不多于</translation>
    </message>
    <message>
        <source>Any own field</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <source>yes / no</source>
        <translation>是 / 否</translation>
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
        <source>“{value}” is not a whole number.</source>
        <translation>“{value}”不是整数。</translation>
    </message>
    <message>
        <source>“{value}” is not a date (write it as 2026-03-08).</source>
        <translation>“{value}”不是日期（请写成 2026-03-08）。</translation>
    </message>
    <message>
        <source>This is too long ({count} characters at most).</source>
        <translation>内容太长（最多 {count} 个字符）。</translation>
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
    <message>
        <source>A customer cannot be referred by themselves.</source>
        <translation>顾客不能由自己介绍。</translation>
    </message>
    <message>
        <source>The customer who referred them is no longer in the book.</source>
        <translation>介绍人已不在客户簿中。</translation>
    </message>
    <message>
        <source>{name}&apos;s card was changed elsewhere since you opened it. Close it and open it again to see the changes.</source>
        <translation>{name}的客户卡在您打开后已在别处被修改。请关闭后重新打开以查看这些修改。</translation>
    </message>
    <message>
        <source>{name} already has the phone number {phone}.</source>
        <translation>{name}已使用电话号码 {phone}。</translation>
    </message>
    <message>
        <source>{name} has the same name and a phone number ending in the same four digits ({phone}).</source>
        <translation>{name}同名，且电话号码后四位相同（{phone}）。</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>标签需要一个名称。</translation>
    </message>
    <message>
        <source>“{tag}” is too long for a tag (40 characters at most).</source>
        <translation>“{tag}”作为标签太长了（最多 40 个字符）。</translation>
    </message>
    <message>
        <source>That tier no longer exists.</source>
        <translation>该会员等级已不存在。</translation>
    </message>
    <message>
        <source>A photo must be a JPEG, PNG or WebP image.</source>
        <translation>照片必须是 JPEG、PNG 或 WebP 图片。</translation>
    </message>
    <message>
        <source>The photo is empty.</source>
        <translation>照片是空的。</translation>
    </message>
    <message>
        <source>The photo is too large (2 MB at most).</source>
        <translation>照片太大（最多 2 MB）。</translation>
    </message>
</context>
<context>
    <name>CustomerCardDelegate</name>
    <message>
        <source>Last visit %1</source>
        <translation>最近到店 %1</translation>
    </message>
    <message>
        <source>Not seen yet</source>
        <translation>尚未到店</translation>
    </message>
    <message>
        <source>Spent %1</source>
        <translation>消费 %1</translation>
    </message>
    <message>
        <source>Next reminder %1</source>
        <translation>下次提醒 %1</translation>
    </message>
</context>
<context>
    <name>CustomerCardDialog</name>
    <message>
        <source>Profile</source>
        <translation>基本资料</translation>
    </message>
    <message>
        <source>Personal profile</source>
        <translation>个人档案</translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Move to trash…</source>
        <translation>移到回收站…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the profile (Ctrl+S)</source>
        <translation>保存资料 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Save the new customer first; then purchases and contacts can be added.</source>
        <translation>请先保存新客户，然后才能添加购买和联系记录。</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>member since %1</source>
        <translation>%1 入会</translation>
    </message>
    <message>
        <source>Purchase history</source>
        <translation>购买记录</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家人</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>更多字段</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Membership card</source>
        <translation>会员卡</translation>
    </message>
    <message>
        <source>More details</source>
        <translation>更多资料</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>Timeline and figures</source>
        <translation>时间线与数据</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>Export everything about this customer…</source>
        <translation>导出这位顾客的全部资料…</translation>
    </message>
    <message>
        <source>Erase for privacy…</source>
        <translation>因隐私要求彻底删除…</translation>
    </message>
    <message>
        <source>Message…</source>
        <translation>发消息…</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>%1 天前</translation>
    </message>
    <message>
        <source>last visit %1 (%2)</source>
        <translation>最近到店 %1（%2）</translation>
    </message>
    <message>
        <source>not seen yet</source>
        <translation>尚未到店</translation>
    </message>
    <message>
        <source>%1 spent in %2 purchases</source>
        <translation>%2 次购买共消费 %1</translation>
    </message>
    <message>
        <source>Fill in at least the name, then save.</source>
        <translation>至少填写姓名，然后保存。</translation>
    </message>
    <message>
        <source>This customer is in the trash.</source>
        <translation>这位客户在回收站中。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>%1 — customer card</source>
        <translation>%1 — 客户卡</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <source>Pick the customer from the list that appears as you type, or clear the field.</source>
        <translation>请从输入时出现的列表中选择客户，或清空此栏。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Already in the book?</source>
        <translation>已经在客户簿里了？</translation>
    </message>
    <message>
        <source>This looks like a customer you already have:
%1

Open their card, merge what you typed into it, or save a new card anyway?</source>
        <translation>这位客户好像已经在客户簿里了：
%1

要打开已有的档案、把填写的内容合并进去，还是仍然新建一张档案？</translation>
    </message>
    <message>
        <source>Merge into it…</source>
        <translation>合并进去…</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <source>entered twice</source>
        <translation>重复录入</translation>
    </message>
    <message>
        <source>This may be a customer you already have:</source>
        <translation>这可能是已有的客户：</translation>
    </message>
    <message>
        <source>Open %1&apos;s card</source>
        <translation>打开%1的客户卡</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <source>Move %1 to the trash? The card can be restored from the trash.</source>
        <translation>要把%1移到回收站吗？之后可以从回收站恢复。</translation>
    </message>
    <message>
        <source>Save the changes to %1&apos;s card before closing?</source>
        <translation>关闭前要保存对%1客户卡的修改吗？</translation>
    </message>
    <message>
        <source>the new customer</source>
        <translation>新客户</translation>
    </message>
</context>
<context>
    <name>CustomerField</name>
    <message>
        <source>Type a name or phone number; empty: for the shop</source>
        <translation>输入姓名或电话号码；留空：店铺自己的提醒</translation>
    </message>
</context>
<context>
    <name>CustomerFields</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Clothing size</source>
        <translation>服装尺码</translation>
    </message>
    <message>
        <source>Shoe size</source>
        <translation>鞋码</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Birthday calendar</source>
        <translation>生日历法</translation>
    </message>
    <message>
        <source>Birthday month</source>
        <translation>生日月份</translation>
    </message>
    <message>
        <source>Birthday day</source>
        <translation>生日日期</translation>
    </message>
    <message>
        <source>Leap month</source>
        <translation>闰月</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>出生年份</translation>
    </message>
    <message>
        <source>Birth year is estimated</source>
        <translation>出生年份为估算</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Spent before using Custbook</source>
        <translation>开始使用前累计消费</translation>
    </message>
    <message>
        <source>Work situation</source>
        <translation>工作情况</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Personality</source>
        <translation>性格</translation>
    </message>
    <message>
        <source>Spending habits</source>
        <translation>消费习惯</translation>
    </message>
    <message>
        <source>Style preferences</source>
        <translation>风格偏好</translation>
    </message>
    <message>
        <source>Hobbies</source>
        <translation>爱好</translation>
    </message>
    <message>
        <source>Lifestyle</source>
        <translation>生活方式</translation>
    </message>
    <message>
        <source>How they like to be served</source>
        <translation>喜欢的服务方式</translation>
    </message>
    <message>
        <source>Preferred contact</source>
        <translation>首选联系方式</translation>
    </message>
    <message>
        <source>Contact note</source>
        <translation>联系备注</translation>
    </message>
    <message>
        <source>Accepts promotions</source>
        <translation>接受促销信息</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>同意日期</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>价值观</translation>
    </message>
    <message>
        <source>Topics they enjoy</source>
        <translation>感兴趣的话题</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>介绍人</translation>
    </message>
    <message>
        <source>How they found us</source>
        <translation>客户来源</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>入会日期</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>无偏好</translation>
    </message>
    <message>
        <source>leap month</source>
        <translation>闰月</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>估算</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Solar</source>
        <translation>公历</translation>
    </message>
    <message>
        <source>Lunar</source>
        <translation>农历</translation>
    </message>
</context>
<context>
    <name>CustomerListPdf</name>
    <message>
        <source>Customer list</source>
        <translation>客户名单</translation>
    </message>
    <message>
        <source>Printed {moment}</source>
        <translation>打印于 {moment}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <source>{n} customers</source>
        <translation>{n} 位客户</translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation>1 位客户</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>Search: {text}</source>
        <translation>搜索：{text}</translation>
    </message>
    <message>
        <source>Tag: {names}</source>
        <translation>标签：{names}</translation>
    </message>
    <message>
        <source>Tier: {name}</source>
        <translation>等级：{name}</translation>
    </message>
    <message>
        <source>Birthday this month</source>
        <translation>本月生日</translation>
    </message>
    <message>
        <source>Birthday in the next 7 days</source>
        <translation>7 天内生日</translation>
    </message>
    <message>
        <source>Not seen for {n} days</source>
        <translation>{n} 天未到店</translation>
    </message>
    <message>
        <source>With an open complaint</source>
        <translation>有未结投诉</translation>
    </message>
    <message>
        <source>Accepts promotions</source>
        <translation>接收促销信息</translation>
    </message>
    <message>
        <source>Does not accept promotions</source>
        <translation>不接收促销信息</translation>
    </message>
    <message>
        <source>Referred by a customer</source>
        <translation>由老客户介绍</translation>
    </message>
    <message>
        <source>In the trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>Selected customers</source>
        <translation>选中的客户</translation>
    </message>
    <message>
        <source>Best matches first</source>
        <translation>最匹配的在前</translation>
    </message>
    <message>
        <source>Sorted by {column} ({direction})</source>
        <translation>按{column}排序（{direction}）</translation>
    </message>
    <message>
        <source>A to Z</source>
        <translation>A 到 Z</translation>
    </message>
    <message>
        <source>Z to A</source>
        <translation>Z 到 A</translation>
    </message>
    <message>
        <source>oldest first</source>
        <translation>最早的在前</translation>
    </message>
    <message>
        <source>newest first</source>
        <translation>最近的在前</translation>
    </message>
    <message>
        <source>smallest first</source>
        <translation>从小到大</translation>
    </message>
    <message>
        <source>largest first</source>
        <translation>从大到小</translation>
    </message>
    <message>
        <source>No customer matches this search.</source>
        <translation>没有符合此搜索的客户。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近到店</translation>
    </message>
    <message>
        <source>Next reminder</source>
        <translation>下次提醒</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>购买次数</translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation>累计消费</translation>
    </message>
    <message>
        <source>Stored value</source>
        <translation>储值余额</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Date added</source>
        <translation>添加日期</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>A customer in the book</source>
        <translation>簿中的客户</translation>
    </message>
    <message>
        <source>A walk-in without a card</source>
        <translation>没有客户卡的散客</translation>
    </message>
    <message>
        <source>Type a name or phone number…</source>
        <translation>输入姓名或电话号码…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>Use this card</source>
        <translation>使用该客户卡</translation>
    </message>
    <message>
        <source>This number belongs to %1.</source>
        <translation>这个号码属于 %1。</translation>
    </message>
</context>
<context>
    <name>CustomerSheet</name>
    <message>
        <source>Customer sheet</source>
        <translation>客户资料单</translation>
    </message>
    <message>
        <source>Printed {moment}</source>
        <translation>打印于 {moment}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <source>This customer is in the trash.</source>
        <translation>该客户在回收站中。</translation>
    </message>
    <message>
        <source>Contact and basics</source>
        <translation>联系方式与基本资料</translation>
    </message>
    <message>
        <source>Spending</source>
        <translation>消费情况</translation>
    </message>
    <message>
        <source>Personal profile</source>
        <translation>个人档案</translation>
    </message>
    <message>
        <source>Nothing noted yet: ask at the next visit.</source>
        <translation>尚无记录：下次来店时问问。</translation>
    </message>
    <message>
        <source>Recent purchases</source>
        <translation>最近购买</translation>
    </message>
    <message>
        <source>Recent contacts</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <source>Open reminders</source>
        <translation>待办提醒</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>No purchases yet.</source>
        <translation>暂无购买记录。</translation>
    </message>
    <message>
        <source>No contacts yet.</source>
        <translation>暂无联系记录。</translation>
    </message>
    <message>
        <source>No open reminders.</source>
        <translation>没有待办提醒。</translation>
    </message>
    <message>
        <source>No complaints.</source>
        <translation>没有投诉。</translation>
    </message>
    <message>
        <source>{n} more not shown (see the card).</source>
        <translation>另有 {n} 条未列出（见客户卡）。</translation>
    </message>
    <message>
        <source>member since {date}</source>
        <translation>{date} 入会</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
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
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Sizes</source>
        <translation>尺码</translation>
    </message>
    <message>
        <source>clothing {size}</source>
        <translation>服装 {size}</translation>
    </message>
    <message>
        <source>shoes {size}</source>
        <translation>鞋 {size}</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>入会日期</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>介绍人</translation>
    </message>
    <message>
        <source>How they found us</source>
        <translation>客户来源</translation>
    </message>
    <message>
        <source>Brought in</source>
        <translation>介绍来的客户</translation>
    </message>
    <message>
        <source>solar {month}-{day}</source>
        <translation>公历{month}月{day}日</translation>
    </message>
    <message>
        <source>born {year}</source>
        <translation>{year}年生</translation>
    </message>
    <message>
        <source>born about {year}</source>
        <translation>约{year}年生</translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation>累计消费</translation>
    </message>
    <message>
        <source>Spent before using Custbook</source>
        <translation>开始使用前累计消费</translation>
    </message>
    <message>
        <source>All they have spent</source>
        <translation>累计消费合计</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>购买次数</translation>
    </message>
    <message>
        <source>Average purchase</source>
        <translation>平均每次消费</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>首次到店</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近到店</translation>
    </message>
    <message>
        <source>{date} ({n} days ago)</source>
        <translation>{date}（{n} 天前）</translation>
    </message>
    <message>
        <source>Days in the shop</source>
        <translation>到店天数</translation>
    </message>
    <message>
        <source>Usually comes back after</source>
        <translation>通常间隔</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} 天</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>工作</translation>
    </message>
    <message>
        <source>Work situation</source>
        <translation>工作情况</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Family and anniversaries</source>
        <translation>家人与纪念日</translation>
    </message>
    <message>
        <source>More fields</source>
        <translation>更多字段</translation>
    </message>
    <message>
        <source>Personality</source>
        <translation>性格</translation>
    </message>
    <message>
        <source>Spending habits</source>
        <translation>消费习惯</translation>
    </message>
    <message>
        <source>Tastes and style</source>
        <translation>喜好与风格</translation>
    </message>
    <message>
        <source>Hobbies</source>
        <translation>爱好</translation>
    </message>
    <message>
        <source>Lifestyle</source>
        <translation>生活方式</translation>
    </message>
    <message>
        <source>How they like to be served</source>
        <translation>喜欢的服务方式</translation>
    </message>
    <message>
        <source>Preferred contact</source>
        <translation>首选联系方式</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>促销信息</translation>
    </message>
    <message>
        <source>Yes, agreed on {date}</source>
        <translation>愿意接收，{date} 同意</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No promotions, please</source>
        <translation>不接收促销信息</translation>
    </message>
    <message>
        <source>What matters to them</source>
        <translation>看重什么</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>兴趣话题</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>店员</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>沟通内容</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>客户原话</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
</context>
<context>
    <name>CustomerTable</name>
    <message>
        <source>Columns to show</source>
        <translation>显示的列</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>恢复默认列</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近到店</translation>
    </message>
    <message>
        <source>Next reminder</source>
        <translation>下次提醒</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>购买次数</translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation>累计消费</translation>
    </message>
    <message>
        <source>Stored value</source>
        <translation>储值余额</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>This column cannot be sorted.</source>
        <translation>此列不能排序。</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
        <source>Open card</source>
        <translation>打开客户卡</translation>
    </message>
    <message>
        <source>Add tag…</source>
        <translation>添加标签…</translation>
    </message>
    <message>
        <source>Remove tag…</source>
        <translation>移除标签…</translation>
    </message>
    <message>
        <source>Set tier…</source>
        <translation>设置会员等级…</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation>清空回收站…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>查找重复客户(&amp;D)…</translation>
    </message>
    <message>
        <source>Search: name, last digits of the phone, pinyin (zs), WeChat, tag, notes</source>
        <translation>搜索：姓名、电话尾号、拼音（zs）、微信、标签、备注</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Add a customer (Ctrl+Shift+N or Insert)</source>
        <translation>新增客户 (Ctrl+Shift+N 或 Insert)</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>卡片</translation>
    </message>
    <message>
        <source>%1 customers in the trash.</source>
        <translation>回收站中有 %1 位客户。</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>回收站是空的。</translation>
    </message>
    <message>
        <source>%1 of %2 customers match.</source>
        <translation>%2 位客户中有 %1 位符合。</translation>
    </message>
    <message>
        <source>No customer matches. Try the last 4 digits of the phone or the pinyin initials (zs for 张三).</source>
        <translation>没有符合的客户。试试电话后 4 位或拼音首字母（如 zs 代表张三）。</translation>
    </message>
    <message>
        <source>%1 customers in this book.</source>
        <translation>本簿共有 %1 位客户。</translation>
    </message>
    <message>
        <source>No customers yet. Customers you add or import appear here.</source>
        <translation>还没有客户。新增或导入的客户会显示在这里。</translation>
    </message>
    <message>
        <source>Trash (%1)</source>
        <translation>回收站 (%1)</translation>
    </message>
    <message>
        <source>%1 selected:</source>
        <translation>已选 %1 位：</translation>
    </message>
    <message>
        <source>Select customers to restore them to the book.</source>
        <translation>选择客户即可将其恢复到客户簿。</translation>
    </message>
    <message>
        <source>Select customers to tag, tier or trash several at once.</source>
        <translation>选择多位客户，可一次加标签、设等级或移到回收站。</translation>
    </message>
    <message>
        <source>This is the trash. Customers here can be restored; emptying the trash erases them and their history for good.</source>
        <translation>这里是回收站。其中的客户可以恢复；清空回收站会永久删除他们及其全部记录。</translation>
    </message>
    <message>
        <source>Back to the customers</source>
        <translation>返回客户列表</translation>
    </message>
</context>
<context>
    <name>DayFields</name>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Solar</source>
        <translation>公历</translation>
    </message>
    <message>
        <source>Lunar</source>
        <translation>农历</translation>
    </message>
    <message>
        <source>Leap month</source>
        <translation>闰月</translation>
    </message>
    <message>
        <source>Month %1 Day %2</source>
        <comment>the order of a birthday&apos;s fields</comment>
        <translation>%1 月 %2 日</translation>
    </message>
</context>
<context>
    <name>DayList</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
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
        <source>Why</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>今天，%1</translation>
    </message>
    <message>
        <source>More reminders than can be listed here: print the visit sheet or look at a single day.</source>
        <translation>提醒太多，这里列不下：请打印回访单，或只看某一天。</translation>
    </message>
    <message>
        <source>No reminders on this day.</source>
        <translation>这一天没有提醒。</translation>
    </message>
    <message>
        <source>No reminders on these days.</source>
        <translation>这几天没有提醒。</translation>
    </message>
    <message>
        <source>%1 to do, %2 done</source>
        <translation>%1 件待办，%2 件已完成</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>已推迟</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>(the shop)</source>
        <translation>（店铺）</translation>
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
    <message>
        <source>Taste</source>
        <translation>口味</translation>
    </message>
    <message>
        <source>Hygiene</source>
        <translation>卫生</translation>
    </message>
    <message>
        <source>Waiting time</source>
        <translation>等候时间</translation>
    </message>
    <message>
        <source>Result of the treatment</source>
        <translation>服务效果</translation>
    </message>
    <message>
        <source>Size or fit</source>
        <translation>尺码或合身</translation>
    </message>
    <message>
        <source>Freshness</source>
        <translation>新鲜度</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Open card</source>
        <translation>打开客户卡</translation>
    </message>
    <message>
        <source>Message…</source>
        <translation>发消息…</translation>
    </message>
    <message>
        <source>Done…</source>
        <translation>完成…</translation>
    </message>
    <message>
        <source>Skip this time</source>
        <translation>跳过这一次</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>推迟</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>In 3 days</source>
        <translation>3 天后</translation>
    </message>
    <message>
        <source>In a week</source>
        <translation>一周后</translation>
    </message>
    <message>
        <source>Choose a day…</source>
        <translation>选择日期…</translation>
    </message>
    <message>
        <source>Choose a reminder to see who, why and what to talk about.</source>
        <translation>选择一条提醒，查看联系谁、为什么、聊些什么。</translation>
    </message>
    <message>
        <source>(the shop)</source>
        <translation>（店铺）</translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation>%1 已完成</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>自 %1 起逾期</translation>
    </message>
    <message>
        <source>%1 (snoozed; it was due %2)</source>
        <translation>%1（已推迟，原定 %2）</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>最近购买</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>话题</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>DoneDialog</name>
    <message>
        <source>(the shop)</source>
        <translation>（店铺）</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>完成：%1</translation>
    </message>
    <message>
        <source>How did it go?</source>
        <translation>结果如何？</translation>
    </message>
    <message>
        <source>Contact by</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>What was said, what to remember next time…</source>
        <translation>谈了什么，下次要记住什么…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Try again on</source>
        <translation>再联系日期</translation>
    </message>
    <message>
        <source>Satisfaction, if the customer said</source>
        <translation>满意度（如顾客有表态）</translation>
    </message>
    <message>
        <source>Their words (the note is used if empty)</source>
        <translation>顾客原话（留空则使用备注）</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation>查找重复客户</translation>
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
        <source>Possible twin</source>
        <translation>可能重复的客户</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>合并…</translation>
    </message>
    <message>
        <source>Open both cards</source>
        <translation>打开两张客户卡</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>重新查找</translation>
    </message>
    <message>
        <source>Recent merges</source>
        <translation>最近的合并</translation>
    </message>
    <message>
        <source>Merged on</source>
        <translation>合并时间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Card kept</source>
        <translation>保留的客户卡</translation>
    </message>
    <message>
        <source>Card merged in</source>
        <translation>并入的客户卡</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>撤销合并</translation>
    </message>
    <message>
        <source>Looking for customers entered twice…</source>
        <translation>正在查找重复录入的客户…</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>正在查找重复客户…</translation>
    </message>
    <message>
        <source>%1 pairs of cards may be the same customer. Select a pair and merge it, or leave it if they are different people.</source>
        <translation>有 %1 对客户卡可能是同一位客户。选中一对即可合并；如果是不同的人，就不用理会。</translation>
    </message>
    <message>
        <source>No duplicates found: no two cards share a phone number, or a name with a phone or birthday.</source>
        <translation>没有发现重复：没有两张客户卡的电话相同，也没有姓名相同且电话或生日也相同的。</translation>
    </message>
    <message>
        <source>Cannot merge</source>
        <translation>无法合并</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <source>The merge cannot be undone</source>
        <translation>无法撤销这次合并</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase for privacy</source>
        <translation>因隐私要求彻底删除</translation>
    </message>
    <message>
        <source>Erase %1 completely? The card, phones, tags, photo, contact log, reminders and history of changes are deleted for good; this cannot be undone, not even from the trash. Purchases, complaints and satisfaction ratings stay in the shop&apos;s figures without a name or any notes.</source>
        <translation>要彻底删除%1吗？卡片、电话、标签、照片、联系记录、提醒和修改记录将被永久删除，无法撤销，回收站里也找不回。购买记录、投诉和满意度评价仍计入本店的统计，但不再带有姓名或任何备注。</translation>
    </message>
    <message>
        <source>Backups made before today still hold %1. They rotate out by themselves (the last monthly one after about a year); backups you copied elsewhere (a USB stick) must be deleted there.</source>
        <translation>今天以前的备份中仍有 %1 的资料。这些备份会自动轮换删除（最后一份月度备份约一年后删除）；复制到别处（如 U 盘）的备份须在那里删除。</translation>
    </message>
    <message>
        <source>Also erase %1 from the backups now (every backup in the backup folders is rewritten without them)</source>
        <translation>同时从备份中抹去 %1（备份文件夹里的每个备份都会重写，不再含有此人）</translation>
    </message>
    <message>
        <source>Type the customer&apos;s name to confirm:</source>
        <translation>请输入顾客姓名以确认：</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>永久删除</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>已取消，没有做任何更改。</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Other phones</source>
        <translation>其他电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
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
        <source>Lunar birthday</source>
        <translation>农历生日</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Member tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>入会日期</translation>
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
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Spent before Custbook</source>
        <translation>开始使用前累计消费</translation>
    </message>
    <message>
        <source>lunar </source>
        <translation>农历</translation>
    </message>
    <message>
        <source>Unknown column: {column}.</source>
        <translation>未知的列：{column}。</translation>
    </message>
    <message>
        <source>Choose at least one column.</source>
        <translation>请至少选择一列。</translation>
    </message>
    <message>
        <source>GBK cannot write “{text}” in the {column} of {name}. Export as UTF-8 instead, or change that text.</source>
        <translation>GBK 编码无法写入{name}的“{column}”中的“{text}”。请改用 UTF-8 导出，或修改这段文字。</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>The disk is full: {path} could not be written. Free some space or choose another place (a USB stick, another disk).</source>
        <translation>磁盘已满：无法写入 {path}。请腾出一些空间，或换个位置保存（U 盘或其他磁盘）。</translation>
    </message>
    <message>
        <source>Custbook may not write in the folder {folder}. Choose another folder, for example Documents.</source>
        <translation>客户簿无权写入文件夹 {folder}。请换一个文件夹，例如“文档”。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist (was a USB stick removed?). Choose another folder.</source>
        <translation>文件夹 {folder} 不存在（U 盘是否已拔出？）。请换一个文件夹。</translation>
    </message>
    <message>
        <source>Unknown export format: {format}.</source>
        <translation>未知的导出格式：{format}。</translation>
    </message>
    <message>
        <source>Unknown encoding: {encoding}.</source>
        <translation>未知的编码：{encoding}。</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>&amp;Export customers…</source>
        <translation>导出客户(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export reminders for a phone</source>
        <translation>导出提醒到手机日历</translation>
    </message>
    <message>
        <source>Which reminders</source>
        <translation>导出哪些提醒</translation>
    </message>
    <message>
        <source>One-off reminders of the next</source>
        <translation>一次性提醒：未来</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>(repeating ones are exported whole)</source>
        <translation>（重复的提醒整套导出）</translation>
    </message>
    <message>
        <source>Calendars (*.ics)</source>
        <translation>日历文件 (*.ics)</translation>
    </message>
    <message>
        <source>Choose at least one kind.</source>
        <translation>请至少选择一种。</translation>
    </message>
    <message>
        <source>Exporting the reminders…</source>
        <translation>正在导出提醒…</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>导出客户</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Which customers</source>
        <translation>导出哪些客户</translation>
    </message>
    <message>
        <source>The list as shown on the Customers page: %1</source>
        <translation>客户页当前显示的列表：%1</translation>
    </message>
    <message>
        <source>search “%1”</source>
        <translation>搜索“%1”</translation>
    </message>
    <message>
        <source>the trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>with the filters chosen there</source>
        <translation>并按那里选定的筛选条件</translation>
    </message>
    <message>
        <source>no search or filter: the whole book</source>
        <translation>没有搜索或筛选：即全部客户</translation>
    </message>
    <message>
        <source>Only the selected customers: %1</source>
        <translation>只导出选中的客户：%1</translation>
    </message>
    <message>
        <source>Every customer in the book: %1</source>
        <translation>客户簿中的所有客户：%1</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>CSV text, for Excel and most programs</source>
        <translation>CSV 文本，适用于 Excel 和大多数软件</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx), with real dates and numbers</source>
        <translation>Excel 工作簿（.xlsx），日期和数字保持原样</translation>
    </message>
    <message>
        <source>vCard 3.0 (.vcf), to put the customers on a phone</source>
        <translation>vCard 3.0（.vcf），可导入手机通讯录</translation>
    </message>
    <message>
        <source>Text encoding:</source>
        <translation>文字编码：</translation>
    </message>
    <message>
        <source>UTF-8 with BOM (Excel shows Chinese correctly)</source>
        <translation>UTF-8 带 BOM（Excel 能正确显示中文）</translation>
    </message>
    <message>
        <source>GBK (older Chinese programs)</source>
        <translation>GBK（较旧的中文软件）</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>None</source>
        <translation>全不选</translation>
    </message>
    <message>
        <source>Usual columns</source>
        <translation>常用列</translation>
    </message>
    <message>
        <source>A vCard carries what a phone keeps: the name, phones, e-mail, birthday (a lunar birthday the way iPhones store it), address, tags, WeChat, notes and photo. Member tier, visits and spending stay in Custbook.</source>
        <translation>vCard 只包含手机通讯录能保存的内容：姓名、电话、电子邮件、生日（农历生日按 iPhone 的方式保存）、地址、标签、微信、备注和照片。会员等级、到店和消费记录留在客户簿中。</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 位客户</translation>
    </message>
    <message>
        <source>What a vCard holds</source>
        <translation>vCard 包含的内容</translation>
    </message>
    <message>
        <source>There is no customer to export.</source>
        <translation>没有可导出的客户。</translation>
    </message>
    <message>
        <source>Tick at least one column.</source>
        <translation>请至少勾选一列。</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>chosen-customers</source>
        <translation>选中的客户</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>vCard 文件 (*.vcf)</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>正在导出 %1…</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>导出完成</translation>
    </message>
    <message>
        <source>%1 written.</source>
        <translation>已导出 %1。</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>导出已取消</translation>
    </message>
    <message>
        <source>The export was cancelled. No file was written.</source>
        <translation>导出已取消，没有写入任何文件。</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>The customers could not be exported. No file was written.</source>
        <translation>无法导出客户，没有写入任何文件。</translation>
    </message>
</context>
<context>
    <name>Family</name>
    <message>
        <source>spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <source>child</source>
        <translation>子女</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>父母</translation>
    </message>
    <message>
        <source>brother or sister</source>
        <translation>兄弟姐妹</translation>
    </message>
    <message>
        <source>friend</source>
        <translation>朋友</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>亲友</translation>
    </message>
    <message>
        <source>wedding anniversary</source>
        <translation>结婚纪念日</translation>
    </message>
    <message>
        <source>first visit anniversary</source>
        <translation>初次到店纪念日</translation>
    </message>
    <message>
        <source>membership anniversary</source>
        <translation>入会纪念日</translation>
    </message>
    <message>
        <source>day</source>
        <translation>纪念日</translation>
    </message>
    <message>
        <source>{customer}&apos;s {relation} {name}: birthday</source>
        <translation>{customer}的{relation}{name}生日</translation>
    </message>
    <message>
        <source>{customer}: {day}</source>
        <translation>{customer}的{day}</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>子女</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>父母</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation>兄弟姐妹</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>朋友</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Wedding anniversary</source>
        <translation>结婚纪念日</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>初次到店日</translation>
    </message>
    <message>
        <source>Membership day</source>
        <translation>入会纪念日</translation>
    </message>
    <message>
        <source>Other day</source>
        <translation>其他纪念日</translation>
    </message>
    <message>
        <source>Choose solar or lunar.</source>
        <translation>请选择公历或农历。</translation>
    </message>
    <message>
        <source>A day needs both a month and a day.</source>
        <translation>日期需要同时填写月和日。</translation>
    </message>
    <message>
        <source>A lunar day has a month from 1 to 12 and a day from 1 to 30.</source>
        <translation>农历日期的月份为 1–12，日为 1–30。</translation>
    </message>
    <message>
        <source>{month}/{day} is not a date.</source>
        <translation>{month}/{day} 不是有效日期。</translation>
    </message>
    <message>
        <source>The year must be between 1900 and this year.</source>
        <translation>年份须在 1900 年到今年之间。</translation>
    </message>
    <message>
        <source>That customer is no longer in the book.</source>
        <translation>该顾客已不在客户簿中。</translation>
    </message>
    <message>
        <source>Choose the relation.</source>
        <translation>请选择关系。</translation>
    </message>
    <message>
        <source>A customer cannot be their own relation.</source>
        <translation>顾客不能是自己的亲友。</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>请填写此人的姓名。</translation>
    </message>
    <message>
        <source>This relation is no longer on the card.</source>
        <translation>此亲友已不在卡片上。</translation>
    </message>
    <message>
        <source>Choose which day it is.</source>
        <translation>请选择是哪个纪念日。</translation>
    </message>
    <message>
        <source>Give the day a name.</source>
        <translation>请给这个日子起个名字。</translation>
    </message>
    <message>
        <source>Enter the day.</source>
        <translation>请填写日期。</translation>
    </message>
    <message>
        <source>This day is no longer on the card.</source>
        <translation>这个纪念日已不在卡片上。</translation>
    </message>
</context>
<context>
    <name>FamilyPanel</name>
    <message>
        <source>Family and friends</source>
        <translation>家人与亲友</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>纪念日</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Add family member…</source>
        <translation>添加家人…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Anniversaries</source>
        <translation>纪念日</translation>
    </message>
    <message>
        <source>Add a day…</source>
        <translation>添加纪念日…</translation>
    </message>
</context>
<context>
    <name>Faults</name>
    <message>
        <source>The book {path} stayed busy for {seconds} seconds: it is open in {holder}. Nothing was changed; try again when it is done there, or close it there.</source>
        <translation>客户簿 {path} 忙了 {seconds} 秒：它已在{holder}中打开。没有做任何修改；请等那边完成后再试，或在那里关闭它。</translation>
    </message>
    <message>
        <source>The book {path} is busy: another program (a Custbook window?) kept it locked longer than {seconds} seconds. Nothing was changed; try again when it is done.</source>
        <translation>客户簿 {path} 正忙：另一个程序（客户簿窗口？）锁住它超过 {seconds} 秒。没有任何改动；请等它完成后再试。</translation>
    </message>
    <message>
        <source>{path}: {reason}.</source>
        <translation>{path}：{reason}。</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Yes/no</source>
        <translation>是/否</translation>
    </message>
    <message>
        <source>Choice from a list</source>
        <translation>列表选择</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a number.</source>
        <translation>{field}：“{value}”不是数字。</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a date (e.g. 2026-11-22).</source>
        <translation>{field}：“{value}”不是日期（例如 2026-11-22）。</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not yes or no.</source>
        <translation>{field}：“{value}”不是“是”或“否”。</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not one of the choices ({choices}).</source>
        <translation>{field}：“{value}”不在可选项中（{choices}）。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Give the field a name.</source>
        <translation>请给字段起个名字。</translation>
    </message>
    <message>
        <source>Choose the kind of field.</source>
        <translation>请选择字段类型。</translation>
    </message>
    <message>
        <source>List the choices, one per line.</source>
        <translation>请填写可选项，每行一个。</translation>
    </message>
    <message>
        <source>There is already a field called {name}.</source>
        <translation>已有名为 {name} 的字段。</translation>
    </message>
    <message>
        <source>{n} values do not fit the new type: {values}. Change or clear them first.</source>
        <translation>有 {n} 个值不符合新类型：{values}。请先修改或清空它们。</translation>
    </message>
    <message>
        <source>Choose a field to filter by.</source>
        <translation>请选择要筛选的字段。</translation>
    </message>
</context>
<context>
    <name>FieldsDialog</name>
    <message>
        <source>The shop&apos;s own fields</source>
        <translation>本店自定义字段</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>FieldsEditor</name>
    <message>
        <source>New field</source>
        <translation>新建字段</translation>
    </message>
    <message>
        <source>One choice per line</source>
        <translation>每行一个选项</translation>
    </message>
    <message>
        <source>e.g. Measurements</source>
        <translation>例如：尺寸</translation>
    </message>
    <message>
        <source>Show as a column of the customer list</source>
        <translation>在顾客列表中显示为一列</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>可选项</translation>
    </message>
    <message>
        <source>Heading on the card</source>
        <translation>卡片上的分组标题</translation>
    </message>
    <message>
        <source>Save field</source>
        <translation>保存字段</translation>
    </message>
    <message>
        <source>Delete field</source>
        <translation>删除字段</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>FieldsPanel</name>
    <message>
        <source>Set up fields…</source>
        <translation>设置字段…</translation>
    </message>
    <message>
        <source>Save fields</source>
        <translation>保存字段</translation>
    </message>
    <message>
        <source>Other fields</source>
        <translation>其他字段</translation>
    </message>
    <message>
        <source>The shop has no fields of its own yet. Use “Set up fields…” to add some (hair type, favourite tea, measurements …).</source>
        <translation>本店还没有自定义字段。点击“设置字段…”来添加（发质、喜欢的茶、尺寸……）。</translation>
    </message>
</context>
<context>
    <name>FieldsSection</name>
    <message>
        <source>Fields</source>
        <translation>自定义字段</translation>
    </message>
</context>
<context>
    <name>FigureCard</name>
    <message>
        <source>previous period: %1</source>
        <translation>上期：%1</translation>
    </message>
    <message>
        <source>nothing to compare with</source>
        <translation>没有可比较的数据</translation>
    </message>
    <message>
        <source>vs. %1 before</source>
        <translation>上期 %1</translation>
    </message>
</context>
<context>
    <name>FiguresPanel</name>
    <message>
        <source>First visit</source>
        <translation>首次到店</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近到店</translation>
    </message>
    <message>
        <source>Days since last visit</source>
        <translation>距上次到店天数</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>到店次数</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>购买次数</translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation>累计消费</translation>
    </message>
    <message>
        <source>Average per purchase</source>
        <translation>平均每次消费</translation>
    </message>
    <message>
        <source>Usual time between purchases</source>
        <translation>通常购买间隔</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Customers they referred</source>
        <translation>介绍的客户数</translation>
    </message>
    <message>
        <source>Purchases per month, last 12 months</source>
        <translation>最近 12 个月每月购买次数</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>Spent before using Custbook: %1</source>
        <translation>开始使用前累计消费 %1</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>The file has no name.</source>
        <translation>文件没有名称。</translation>
    </message>
    <message>
        <source>Attach the file to a customer or a complaint.</source>
        <translation>请把文件附加到顾客或投诉上。</translation>
    </message>
    <message>
        <source>{name} is {size}; files on a card can be at most {limit} (Settings).</source>
        <translation>{name} 大小为 {size}；卡片上的文件最大为 {limit}（见设置）。</translation>
    </message>
    <message>
        <source>That customer is no longer in the book.</source>
        <translation>该顾客已不在客户簿中。</translation>
    </message>
    <message>
        <source>That complaint is no longer in the book.</source>
        <translation>该投诉已不在客户簿中。</translation>
    </message>
    <message>
        <source>Cannot read {name}: {reason}</source>
        <translation>无法读取 {name}：{reason}</translation>
    </message>
    <message>
        <source>This file is no longer in the book.</source>
        <translation>此文件已不在客户簿中。</translation>
    </message>
</context>
<context>
    <name>FilesDialog</name>
    <message>
        <source>Files of the complaint</source>
        <translation>投诉的文件</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>FilesPanel</name>
    <message>
        <source>Attach file…</source>
        <translation>附加文件…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>{n} files, {size}. Each file at most {limit}.</source>
        <translation>共 {n} 个文件，{size}。每个文件最大 {limit}。</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>删除文件</translation>
    </message>
    <message>
        <source>Remove this file from the card?</source>
        <translation>从卡片上删除这个文件吗？</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Any birthday</source>
        <translation>生日不限</translation>
    </message>
    <message>
        <source>Birthday this month</source>
        <translation>本月生日</translation>
    </message>
    <message>
        <source>Birthday in the next 7 days</source>
        <translation>7 天内生日</translation>
    </message>
    <message>
        <source>Not seen for</source>
        <translation>未到店超过</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Open complaint</source>
        <translation>有未结投诉</translation>
    </message>
    <message>
        <source>Accepts promotions</source>
        <translation>接受促销信息</translation>
    </message>
    <message>
        <source>Referred by someone</source>
        <translation>由老客户介绍</translation>
    </message>
    <message>
        <source>Any member card</source>
        <translation>会员卡：全部</translation>
    </message>
    <message>
        <source>Has a balance</source>
        <translation>有余额</translation>
    </message>
    <message>
        <source>Card expiring within 30 days</source>
        <translation>次卡30天内到期</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation>等级不限</translation>
    </message>
    <message>
        <source>No tags yet</source>
        <translation>还没有标签</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>标签不限</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>Show customers who have all the ticked tags.</source>
        <translation>显示带有全部勾选标签的客户。</translation>
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
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Custbook guide</source>
        <translation>客户簿使用指南</translation>
    </message>
</context>
<context>
    <name>Holiday</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>元旦</translation>
    </message>
    <message>
        <source>Spring Festival</source>
        <translation>春节</translation>
    </message>
    <message>
        <source>Lantern Festival</source>
        <translation>元宵节</translation>
    </message>
    <message>
        <source>Women&apos;s Day</source>
        <translation>妇女节</translation>
    </message>
    <message>
        <source>Mother&apos;s Day</source>
        <translation>母亲节</translation>
    </message>
    <message>
        <source>Dragon Boat Festival</source>
        <translation>端午节</translation>
    </message>
    <message>
        <source>Father&apos;s Day</source>
        <translation>父亲节</translation>
    </message>
    <message>
        <source>Qixi Festival</source>
        <translation>七夕</translation>
    </message>
    <message>
        <source>Mid-Autumn Festival</source>
        <translation>中秋节</translation>
    </message>
    <message>
        <source>National Day</source>
        <translation>国庆节</translation>
    </message>
    <message>
        <source>Double Ninth Festival</source>
        <translation>重阳节</translation>
    </message>
    <message>
        <source>Line {line}: write a day as MM-DD and a name, e.g. 11-18 Shop anniversary.</source>
        <translation>第 {line} 行：请写成“月-日 名称”，例如 11-18 店庆。</translation>
    </message>
    <message>
        <source>Line {line}: {month}-{day} is not a day of the year.</source>
        <translation>第 {line} 行：{month}-{day} 不是有效日期。</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Find a customer: name, pinyin, phone…</source>
        <translation>查找客户：姓名、拼音、电话…</translation>
    </message>
    <message>
        <source>Calls and visits for today</source>
        <translation>今天的电话和回访</translation>
    </message>
    <message>
        <source>Birthdays this week</source>
        <translation>本周生日</translation>
    </message>
    <message>
        <source>Complaints past their time</source>
        <translation>超时的投诉</translation>
    </message>
    <message>
        <source>Customers slipping away</source>
        <translation>正在流失的客户</translation>
    </message>
    <message>
        <source>Messages to send today</source>
        <translation>今日待发消息</translation>
    </message>
    <message>
        <source>Send today&apos;s messages…</source>
        <translation>发送今日消息…</translation>
    </message>
    <message>
        <source>The last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Visits per day:</source>
        <translation>每天到店：</translation>
    </message>
    <message>
        <source>Your book has no customers yet. What to do first:</source>
        <translation>客户簿里还没有客户。先做什么：</translation>
    </message>
    <message>
        <source>Add a customer</source>
        <translation>添加客户</translation>
    </message>
    <message>
        <source>Type in the first card: name, phone, birthday, what they like.</source>
        <translation>填写第一张客户卡：姓名、电话、生日、喜好。</translation>
    </message>
    <message>
        <source>Import from Excel or a phone</source>
        <translation>从 Excel 或手机导入</translation>
    </message>
    <message>
        <source>Bring in a customer list (Excel, CSV) or contacts exported from a phone (vCard). Nothing is lost: an import can be undone.</source>
        <translation>导入客户名单（Excel、CSV）或手机导出的联系人（vCard）。不会丢失任何内容：导入可以撤销。</translation>
    </message>
    <message>
        <source>Open the sample shop</source>
        <translation>打开示例店铺</translation>
    </message>
    <message>
        <source>Try every feature on a made-up shop; your own book stays separate.</source>
        <translation>在虚构的店铺里试用所有功能；您自己的客户簿不受影响。</translation>
    </message>
    <message>
        <source>%1, %2 customers</source>
        <translation>%1，共 %2 位客户</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source> · overdue</source>
        <translation> · 已逾期</translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>今天没有待办。</translation>
    </message>
    <message>
        <source>No birthdays this week.</source>
        <translation>本周没有人过生日。</translation>
    </message>
    <message>
        <source>No complaint is late. Well done.</source>
        <translation>没有超时的投诉，做得好。</translation>
    </message>
    <message>
        <source>%1 — last bought %2, %3 purchases</source>
        <translation>%1 — 最近购买 %2，共 %3 次</translation>
    </message>
    <message>
        <source>Nobody is slipping away.</source>
        <translation>没有正在流失的客户。</translation>
    </message>
    <message>
        <source>… and %1 more in the Calendar</source>
        <translation>… 日历中还有 %1 项</translation>
    </message>
    <message>
        <source>birthdays</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>festival greetings</source>
        <translation>节日问候</translation>
    </message>
    <message>
        <source>follow-ups after a purchase</source>
        <translation>购后回访</translation>
    </message>
    <message>
        <source>complaint follow-ups</source>
        <translation>投诉回访</translation>
    </message>
    <message>
        <source>family birthdays</source>
        <translation>家人生日</translation>
    </message>
    <message>
        <source>anniversaries</source>
        <translation>纪念日</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>%2 %1</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; still to send</source>
        <translation>还有 &lt;b&gt;%1&lt;/b&gt; 条待发</translation>
    </message>
    <message>
        <source> — today: %1</source>
        <translation>（今日：%1）</translation>
    </message>
    <message>
        <source>All of today&apos;s messages are dealt with (%1 sent or skipped).</source>
        <translation>今日消息已全部处理（已发或跳过 %1 条）。</translation>
    </message>
    <message>
        <source>None today: no birthday, festival or follow-up calls for a message.</source>
        <translation>今日无需发送：没有生日、节日或回访。</translation>
    </message>
    <message>
        <source> %1 left out: they did not agree to promotions.</source>
        <translation>另有 %1 人未同意接收促销，不发送。</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1月%2日</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2（%3）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>promise overdue</source>
        <translation>承诺已逾期</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>尚未回复</translation>
    </message>
    <message>
        <source>follow-up overdue</source>
        <translation>回访已逾期</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2：%3</translation>
    </message>
    <message>
        <source>no category</source>
        <translation>无类别</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; visits %2 (%3 the week before)</source>
        <translation>到店 &lt;b&gt;%1&lt;/b&gt; 次 %2（前一周 %3 次）</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; new customers %2 (%3 the week before)</source>
        <translation>新客户 &lt;b&gt;%1&lt;/b&gt; 位 %2（前一周 %3 位）</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; ratings, %2 satisfied</source>
        <translation>评价 &lt;b&gt;%1&lt;/b&gt; 条，满意 %2</translation>
    </message>
</context>
<context>
    <name>Ical</name>
    <message>
        <source>Custbook reminders</source>
        <translation>客户簿提醒</translation>
    </message>
    <message>
        <source>{name} is too big for a calendar of birthdays ({mb} MB).</source>
        <translation>{name} 太大，不像生日日历（{mb} MB）。</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}</source>
        <translation>无法读取 {name}：{reason}</translation>
    </message>
    <message>
        <source>The calendar holds no events (birthdays, anniversaries or other days).</source>
        <translation>日历里没有事件（生日、纪念日或其他日子）。</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>无标题</translation>
    </message>
    <message>
        <source>It is already in this book (Custbook exported it from here).</source>
        <translation>它已在本簿中（是客户簿从这里导出的）。</translation>
    </message>
    <message>
        <source>It holds a day or a repeat rule that cannot be read.</source>
        <translation>其中的日期或重复规则无法读取。</translation>
    </message>
    <message>
        <source>It has no start day.</source>
        <translation>它没有开始日期。</translation>
    </message>
    <message>
        <source>Its start day “{text}” is not a date.</source>
        <translation>开始日期“{text}”不是有效日期。</translation>
    </message>
    <message>
        <source>It has several repeat rules, which Custbook cannot keep as one.</source>
        <translation>它有多条重复规则，客户簿无法合为一条保存。</translation>
    </message>
    <message>
        <source>Its repeat rule “{rule}” cannot be read.</source>
        <translation>重复规则“{rule}”无法读取。</translation>
    </message>
    <message>
        <source>Its last day, {day}, is already past.</source>
        <translation>它的最后一天 {day} 已经过去。</translation>
    </message>
    <message>
        <source>Its lunar date is outside the years Custbook knows (1901–2099).</source>
        <translation>它的农历日期超出客户簿支持的年份（1901–2099）。</translation>
    </message>
    <message>
        <source>Its lunar date is not understood.</source>
        <translation>无法理解它的农历日期。</translation>
    </message>
    <message>
        <source>Every one of its days is excluded.</source>
        <translation>它的每一天都被排除了。</translation>
    </message>
    <message>
        <source>It was on {day}, already past.</source>
        <translation>它在 {day}，已经过去。</translation>
    </message>
    <message>
        <source>It falls on {n} separate days with no pattern Custbook can repeat.</source>
        <translation>它分布在 {n} 个不同的日子，没有客户簿能重复的规律。</translation>
    </message>
    <message>
        <source>“{title}” is in the file more than once; it is imported once.</source>
        <translation>“{title}”在文件中出现多次；只导入一次。</translation>
    </message>
    <message>
        <source>The file stops in the middle of its last event, which was left out.</source>
        <translation>文件在最后一个事件中途截断，该事件未导入。</translation>
    </message>
    <message>
        <source>The file stops early (no END:VCALENDAR); every complete event was read.</source>
        <translation>文件提前结束（缺少 END:VCALENDAR）；所有完整的事件都已读取。</translation>
    </message>
    <message>
        <source>This is not an iCalendar (.ics) file: it has no BEGIN:VCALENDAR.</source>
        <translation>这不是 iCalendar (.ics) 文件：没有 BEGIN:VCALENDAR。</translation>
    </message>
    <message>
        <source>The calendar is damaged and cannot be read (was the file copied completely?).</source>
        <translation>日历文件已损坏，无法读取（是否完整复制？）。</translation>
    </message>
    <message>
        <source>It repeats on several {part} values, which Custbook cannot keep as one reminder.</source>
        <translation>它按多个 {part} 值重复，客户簿无法作为一条提醒保存。</translation>
    </message>
    <message>
        <source>Its weekday rule {rule} is not understood.</source>
        <translation>无法理解它的星期规则 {rule}。</translation>
    </message>
    <message>
        <source>It repeats by {parts}, which Custbook cannot keep.</source>
        <translation>它按 {parts} 重复，客户簿无法保存。</translation>
    </message>
    <message>
        <source>It follows the {scale} calendar; Custbook keeps solar and Chinese lunar dates only.</source>
        <translation>它使用 {scale} 历法；客户簿只支持公历和农历。</translation>
    </message>
    <message>
        <source>It falls on a weekday of a month each year (like Mother&apos;s Day); add it by hand as a holiday or a reminder.</source>
        <translation>它每年在某月的某个星期几（如母亲节）；请手动添加为节日或提醒。</translation>
    </message>
    <message>
        <source>Its yearly day is not understood.</source>
        <translation>无法理解它的每年日期。</translation>
    </message>
    <message>
        <source>It repeats on a day number of the year, which Custbook cannot keep.</source>
        <translation>它按一年中的第几天重复，客户簿无法保存。</translation>
    </message>
    <message>
        <source>It repeats only in some months, which Custbook cannot keep.</source>
        <translation>它只在某些月份重复，客户簿无法保存。</translation>
    </message>
    <message>
        <source>It repeats on every such weekday of the month; Custbook keeps one (e.g. the third Monday).</source>
        <translation>它在每月的每个这样的星期几重复；客户簿只能保存其中一个（例如第三个星期一）。</translation>
    </message>
    <message>
        <source>It repeats on another day of the month than it starts on.</source>
        <translation>它重复的日子与开始那天不是同一日。</translation>
    </message>
    <message>
        <source>It repeats on other weekdays than it starts on.</source>
        <translation>它重复的星期几与开始那天不同。</translation>
    </message>
    <message>
        <source>It repeats every {freq}, which Custbook cannot keep.</source>
        <translation>它每 {freq} 重复一次，客户簿无法保存。</translation>
    </message>
    <message>
        <source>It repeats monthly on the Chinese calendar; Custbook keeps lunar dates yearly (birthdays, festivals).</source>
        <translation>它按农历每月重复；客户簿的农历日期只按年重复（生日、节日）。</translation>
    </message>
    <message>
        <source>Its start is outside the years of the lunar calendar (1901–2099).</source>
        <translation>它的开始日期超出农历支持的年份（1901–2099）。</translation>
    </message>
    <message>
        <source>Its yearly day does not exist.</source>
        <translation>它的每年日期不存在。</translation>
    </message>
</context>
<context>
    <name>ImageField</name>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>选择图片</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>{problem} It was left out.</source>
        <translation>{problem}已略过此项。</translation>
    </message>
    <message>
        <source>The spend before “{text}” is not an amount of money and was left out.</source>
        <translation>此前累计消费“{text}”不是金额，已略去。</translation>
    </message>
    <message>
        <source>The birthday “{text}” is not a date and was left out.</source>
        <translation>生日“{text}”不是有效日期，已略过。</translation>
    </message>
    <message>
        <source>The file has no vCard in it.</source>
        <translation>文件中没有 vCard 名片。</translation>
    </message>
    <message>
        <source>Custbook imports CSV, Excel (.xlsx) and vCard (.vcf) files, not “{suffix}” files.</source>
        <translation>Custbook 可以导入 CSV、Excel（.xlsx）和 vCard（.vcf）文件，不能导入“{suffix}”文件。</translation>
    </message>
    <message>
        <source>The file is damaged: {reason}</source>
        <translation>文件已损坏：{reason}</translation>
    </message>
    <message>
        <source>No column holds the customers&apos; names (e.g. “姓名” or “Name”).</source>
        <translation>没有一列是客户姓名（例如“姓名”或“Name”）。</translation>
    </message>
    <message>
        <source>There is no name.</source>
        <translation>没有姓名。</translation>
    </message>
    <message>
        <source>Phone: {number}</source>
        <translation>电话：{number}</translation>
    </message>
    <message>
        <source>There is no member tier “{tier}”; the tier was left out.</source>
        <translation>没有“{tier}”这个会员等级，已略过等级。</translation>
    </message>
    <message>
        <source>The photo is not a JPEG, PNG or WebP image under 2 MB and was left out.</source>
        <translation>照片不是 2 MB 以内的 JPEG、PNG 或 WebP 图片，已略过。</translation>
    </message>
    <message>
        <source>Same phone number as row {row} ({name}).</source>
        <translation>与第 {row} 行（{name}）的电话号码相同。</translation>
    </message>
    <message>
        <source>{message} The birthday was left out.</source>
        <translation>{message}生日未导入。</translation>
    </message>
    <message>
        <source>{field}: {message} It was left out.</source>
        <translation>{field}：{message}该项未导入。</translation>
    </message>
    <message>
        <source>{field}: {value}</source>
        <translation>{field}：{value}</translation>
    </message>
    <message>
        <source>Too many wrong fields.</source>
        <translation>错误的字段太多。</translation>
    </message>
    <message>
        <source>Undoing the import was cancelled. Nothing was changed.</source>
        <translation>撤销导入已取消，没有做任何更改。</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>导入已取消，没有做任何更改。</translation>
    </message>
    <message>
        <source>This import was already undone or no longer exists.</source>
        <translation>这次导入已经撤销过，或已不存在。</translation>
    </message>
    <message>
        <source>The file&apos;s text encoding is not one Custbook knows (try saving it as UTF-8).</source>
        <translation>无法识别文件的文字编码（请尝试另存为 UTF-8）。</translation>
    </message>
    <message>
        <source>The file mixes two text encodings: line {utf8} is UTF-8 but line {other} is not (GBK?). Save the whole file in one encoding (UTF-8) and import it again.</source>
        <translation>文件混用了两种文字编码：第 {utf8} 行是 UTF-8，第 {other} 行不是（GBK？）。请把整个文件存为同一种编码（UTF-8）后重新导入。</translation>
    </message>
    <message>
        <source>Line {line} of the CSV file holds a cell larger than {size} MB (is a quote (&quot;) left open before it?).</source>
        <translation>CSV 文件第 {line} 行有一个超过 {size} MB 的单元格（前面是否有未闭合的引号（&quot;）？）。</translation>
    </message>
    <message>
        <source>Line {line} of the CSV file opens a quote (&quot;) that is never closed, so every line after it would be read as one cell. Close or remove that quote and import again.</source>
        <translation>CSV 文件第 {line} 行有一个没有闭合的引号（&quot;），其后所有行都会被读成一个单元格。请补上或删除这个引号后重新导入。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>The first row has no column names.</source>
        <translation>第一行没有列名。</translation>
    </message>
    <message>
        <source>The file has only the column names and no customers.</source>
        <translation>文件只有列名，没有客户。</translation>
    </message>
    <message>
        <source>This is not a text (CSV) file.</source>
        <translation>这不是文本（CSV）文件。</translation>
    </message>
    <message>
        <source>This is not an Excel (.xlsx) file, or it is damaged (was it copied completely?).</source>
        <translation>这不是 Excel（.xlsx）文件，或者文件已损坏（是否完整复制？）。</translation>
    </message>
    <message>
        <source>The Excel file is damaged inside and cannot be read (was it copied completely? Open it in Excel and save it again).</source>
        <translation>Excel 文件内部已损坏，无法读取（是否完整复制？请用 Excel 打开后重新保存）。</translation>
    </message>
    <message>
        <source>The workbook has no sheet {number}.</source>
        <translation>工作簿中没有第 {number} 个工作表。</translation>
    </message>
    <message>
        <source>The file is too large to import.</source>
        <translation>文件太大，无法导入。</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <source>The photo is damaged and was left out.</source>
        <translation>照片已损坏，已略过。</translation>
    </message>
    <message>
        <source>This card has no END:VCARD (the file may be cut short); it was read as far as it goes.</source>
        <translation>这张名片没有 END:VCARD（文件可能不完整）；已读取到文件结尾为止的内容。</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <source>&amp;Import customers…</source>
        <translation>导入客户(&amp;I)…</translation>
    </message>
    <message>
        <source>Add customers from a CSV or Excel list or a phone&apos;s vCard contacts</source>
        <translation>从 CSV、Excel 名单或手机导出的 vCard 联系人添加客户</translation>
    </message>
    <message>
        <source>Import &amp;history and undo…</source>
        <translation>导入记录与撤销(&amp;H)…</translation>
    </message>
    <message>
        <source>See the recent imports and undo one</source>
        <translation>查看最近的导入并撤销其中一次</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import from %1</source>
        <translation>从 %1 导入</translation>
    </message>
    <message>
        <source>%1 reminders will be made; %2 events are left out.</source>
        <translation>将建立 %1 条提醒；%2 个事件不导入。</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下次</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>To import</source>
        <translation>将导入</translation>
    </message>
    <message>
        <source>%1 (no such customer: for the shop)</source>
        <translation>%1（无此客户：作为店铺提醒）</translation>
    </message>
    <message>
        <source>(the shop)</source>
        <translation>（店铺）</translation>
    </message>
    <message>
        <source>once</source>
        <translation>一次</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>不导入</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Importing the reminders…</source>
        <translation>正在导入提醒…</translation>
    </message>
    <message>
        <source>Import a calendar</source>
        <translation>导入日历</translation>
    </message>
    <message>
        <source>Calendars (*.ics *.ical);;All files (*)</source>
        <translation>日历文件 (*.ics *.ical);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 cannot be imported.</source>
        <translation>%1 无法导入。</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>中间名</translation>
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
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Birthday (lunar)</source>
        <translation>生日（农历）</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>出生年份</translation>
    </message>
    <message>
        <source>Birth month</source>
        <translation>出生月份</translation>
    </message>
    <message>
        <source>Birth day</source>
        <translation>出生日</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Part of the address</source>
        <translation>地址的一部分</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Member tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Spent before (total)</source>
        <translation>此前累计消费</translation>
    </message>
    <message>
        <source>%1 (born %2)</source>
        <translation>%1（%2年生）</translation>
    </message>
    <message>
        <source>The file could not be read (%1).</source>
        <translation>无法读取该文件（%1）。</translation>
    </message>
    <message>
        <source>Open it in Excel or WPS, save it with “Save As” as an Excel workbook (.xlsx) or CSV, and import that file.</source>
        <translation>请用 Excel 或 WPS 打开它，用“另存为”保存为 Excel 工作簿（.xlsx）或 CSV，再导入那个文件。</translation>
    </message>
    <message>
        <source>This is a calendar: its birthdays and dates come in through Calendar › Import a calendar (.ics)….</source>
        <translation>这是一个日历文件：其中的生日和日期请通过“日历 › 导入日历(.ics)…”导入。</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <source>“%1” cannot be imported.</source>
        <translation>无法导入“%1”。</translation>
    </message>
    <message>
        <source>Import customers from a file</source>
        <translation>从文件导入客户</translation>
    </message>
    <message>
        <source>Customer lists (*.csv *.xlsx *.vcf *.vcard *.txt *.tsv);;CSV files (*.csv *.txt *.tsv);;Excel workbooks (*.xlsx);;vCard contacts (*.vcf *.vcard);;All files (*)</source>
        <translation>客户名单 (*.csv *.xlsx *.vcf *.vcard *.txt *.tsv);;CSV 文件 (*.csv *.txt *.tsv);;Excel 工作簿 (*.xlsx);;vCard 联系人 (*.vcf *.vcard);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>选择其他文件…</translation>
    </message>
    <message>
        <source>Choose the column that holds the customers&apos; names (“Name” in its box above); without names nothing can be imported.</source>
        <translation>请指定哪一列是客户姓名（在该列上方的框中选“姓名”）；没有姓名就无法导入。</translation>
    </message>
    <message>
        <source>Birthdays</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Dates like 3/5/1990:</source>
        <translation>像 3/5/1990 这样的日期：</translation>
    </message>
    <message>
        <source>Day first (3/5/1990 is 3 May)</source>
        <translation>日在前（3/5/1990 是 5 月 3 日）</translation>
    </message>
    <message>
        <source>Month first (3/5/1990 is March 5)</source>
        <translation>月在前（3/5/1990 是 3 月 5 日）</translation>
    </message>
    <message>
        <source>1990-05-03, 1990/5/3, 5月3日 and birthdays marked lunar (农历八月十五) are always read as written.</source>
        <translation>1990-05-03、1990/5/3、5月3日以及标明农历的生日（农历八月十五）总是按原样读取。</translation>
    </message>
    <message>
        <source>A row with the phone number of a customer already in the book</source>
        <translation>某行的电话号码已属于本簿中的客户时</translation>
    </message>
    <message>
        <source>Skip it: the card stays as it is</source>
        <translation>跳过：客户卡片保持不变</translation>
    </message>
    <message>
        <source>Update the existing card with the file&apos;s details</source>
        <translation>用文件中的信息更新已有卡片</translation>
    </message>
    <message>
        <source>Create a new card anyway</source>
        <translation>仍然新建一张卡片</translation>
    </message>
    <message>
        <source>new customers</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>cards updated</source>
        <translation>更新的卡片</translation>
    </message>
    <message>
        <source>duplicates skipped</source>
        <translation>跳过的重复行</translation>
    </message>
    <message>
        <source>invalid rows left out</source>
        <translation>未导入的无效行</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>‹ Back to the columns</source>
        <translation>‹ 返回列设置</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Check (dry run) ›</source>
        <translation>检查（试导入） ›</translation>
    </message>
    <message>
        <source>%1 contacts (vCard)</source>
        <translation>%1 位联系人（vCard）</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <source>text read as %1</source>
        <translation>按 %1 编码读取</translation>
    </message>
    <message>
        <source>The first contacts of the file, as Custbook reads them. Choose what to do with customers already in the book, then check the import: nothing is written before you press Import.</source>
        <translation>以下是 Custbook 读到的文件中前几位联系人。请选择如何处理本簿中已有的客户，然后检查导入结果：按“导入”之前不会写入任何内容。</translation>
    </message>
    <message>
        <source>Custbook has guessed what each column holds (first row of the table). Change any guess that is wrong; columns set to “(ignore)” are not imported. Nothing is written before you press Import.</source>
        <translation>Custbook 已猜出每一列的内容（见表格第一行）。如有猜错请更改；设为“（不导入）”的列不会导入。按“导入”之前不会写入任何内容。</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>What Custbook takes the column “%1” for</source>
        <translation>Custbook 把“%1”列当作什么</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>有</translation>
    </message>
    <message>
        <source>Automatic: day first (the column has dates like 25/12)</source>
        <translation>自动：日在前（该列有 25/12 这样的日期）</translation>
    </message>
    <message>
        <source>Automatic: month first (the column has dates like 12/25)</source>
        <translation>自动：月在前（该列有 12/25 这样的日期）</translation>
    </message>
    <message>
        <source>Automatic (day first unless the dates say otherwise)</source>
        <translation>自动（除非日期显示相反，否则日在前）</translation>
    </message>
    <message>
        <source>not a date: left out</source>
        <translation>不是日期：不导入</translation>
    </message>
    <message>
        <source>Read as: %1</source>
        <translation>读取结果：%1</translation>
    </message>
    <message>
        <source>1. Columns</source>
        <translation>1. 列设置</translation>
    </message>
    <message>
        <source>2. Check</source>
        <translation>2. 检查</translation>
    </message>
    <message>
        <source>3. Import</source>
        <translation>3. 导入</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>The check was stopped. Nothing was written.</source>
        <translation>检查已停止，没有写入任何内容。</translation>
    </message>
    <message>
        <source>The check failed: %1. Nothing was written.</source>
        <translation>检查失败：%1。没有写入任何内容。</translation>
    </message>
    <message>
        <source>%1 customers will be added and %2 existing cards updated.</source>
        <translation>将新增 %1 位客户，更新 %2 张已有卡片。</translation>
    </message>
    <message>
        <source>%1 rows are left out; each is listed below with the reason.</source>
        <translation>%1 行不会导入，下面逐行列出原因。</translation>
    </message>
    <message>
        <source>%1 rows are imported with a warning (listed too).</source>
        <translation>%1 行导入时有提醒（也列在下面）。</translation>
    </message>
    <message>
        <source>Every row can be imported as it is.</source>
        <translation>每一行都可以按原样导入。</translation>
    </message>
    <message>
        <source>Left out: invalid</source>
        <translation>不导入：无效</translation>
    </message>
    <message>
        <source>Left out: duplicate</source>
        <translation>不导入：重复</translation>
    </message>
    <message>
        <source>Added, with a warning</source>
        <translation>新增，有提醒</translation>
    </message>
    <message>
        <source>Updated, with a warning</source>
        <translation>更新，有提醒</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无姓名）</translation>
    </message>
    <message>
        <source>The first %1 of them are listed.</source>
        <translation>只列出前 %1 行。</translation>
    </message>
    <message>
        <source>Import %1 customers</source>
        <translation>导入 %1 位客户</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>没有可导入的内容</translation>
    </message>
    <message>
        <source>Importing %1 customers…</source>
        <translation>正在导入 %1 位客户…</translation>
    </message>
    <message>
        <source>%1 new customers added, %2 existing cards updated.</source>
        <translation>新增 %1 位客户，更新 %2 张已有卡片。</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>“%1” is imported.</source>
        <translation>“%1”已导入。</translation>
    </message>
    <message>
        <source>Changed your mind? File › Import history and undo… takes the whole import back.</source>
        <translation>改变主意了？“文件 › 导入记录与撤销…”可以把整次导入撤回。</translation>
    </message>
    <message>
        <source>&amp;Undo the import of “%1”</source>
        <translation>撤销导入“%1”(&amp;U)</translation>
    </message>
    <message>
        <source>Nothing was imported: the book is exactly as it was.</source>
        <translation>没有导入任何内容：客户簿与之前完全一样。</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>导入已取消。</translation>
    </message>
    <message>
        <source>The import stopped: %1</source>
        <translation>导入中止：%1</translation>
    </message>
    <message>
        <source>The import failed: %1</source>
        <translation>导入失败：%1</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <source>Every import is kept here. Undoing one removes the customers it added and gives the customers it updated their earlier details back.</source>
        <translation>每次导入都记录在这里。撤销一次导入会删除它新增的客户，并把它更新过的客户恢复为原来的信息。</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Nothing has been imported into this book yet (File › Import customers…).</source>
        <translation>这个客户簿还没有导入过（文件 › 导入客户…）。</translation>
    </message>
    <message>
        <source>Undo this import…</source>
        <translation>撤销这次导入…</translation>
    </message>
    <message>
        <source>undone %1</source>
        <translation>已于 %1 撤销</translation>
    </message>
    <message>
        <source>Undo the import of “%1” from %2?</source>
        <translation>撤销 %2 导入的“%1”吗？</translation>
    </message>
    <message>
        <source>The %1 customers it added are removed, with anything recorded for them since (purchases, calls, reminders). The %2 customers it updated get their earlier details back.</source>
        <translation>它新增的 %1 位客户将被删除，连同此后为他们记录的一切（购买、联系、提醒）。它更新过的 %2 位客户将恢复原来的信息。</translation>
    </message>
    <message>
        <source>Undo an import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <source>Undo the import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <source>The import of “%1” is undone: %2 customers removed, %3 cards put back as they were.</source>
        <translation>“%1”的导入已撤销：删除了 %2 位客户，%3 张卡片已恢复原样。</translation>
    </message>
    <message>
        <source>The undo was cancelled. Nothing was changed.</source>
        <translation>撤销已取消，没有任何改动。</translation>
    </message>
    <message>
        <source>The import could not be undone: %1 Nothing was changed.</source>
        <translation>无法撤销这次导入：%1 没有任何改动。</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>正在撤销导入…</translation>
    </message>
</context>
<context>
    <name>Integrity</name>
    <message>
        <source>The disk is full, so this change could not be saved. Nothing was lost: the book is as it was before. Free some space and try again.</source>
        <translation>磁盘已满，这次的更改没能保存。没有丢失任何内容：客户簿保持原样。请腾出一些空间后再试。</translation>
    </message>
    <message>
        <source>The book cannot be written (the file or its folder is read-only). Nothing was changed. Copy the book to a folder you can write to, or remove the read-only mark in the file&apos;s properties.</source>
        <translation>客户簿无法写入（文件或其所在文件夹是只读的）。没有做任何更改。请把客户簿复制到可以写入的文件夹，或在文件属性中取消“只读”。</translation>
    </message>
    <message>
        <source>Another program is using the book right now, so this change could not be saved. Nothing was lost. Try again in a moment.</source>
        <translation>另一个程序正在使用这本客户簿，这次的更改没能保存。没有丢失任何内容。请稍后再试。</translation>
    </message>
    <message>
        <source>The disk reported an error while saving, so this change was not saved. Nothing was lost: the book is as it was before. Check the disk or USB stick and try again.</source>
        <translation>保存时磁盘报告了错误，这次的更改没有保存。没有丢失任何内容：客户簿保持原样。请检查磁盘或 U 盘后再试。</translation>
    </message>
    <message>
        <source>The book&apos;s file cannot be opened: it was moved or deleted, or you lack permission to read it.</source>
        <translation>无法打开客户簿文件：它可能被移动或删除了，或者您没有读取它的权限。</translation>
    </message>
    <message>
        <source>The book&apos;s file is damaged. Close Custbook and start it again: it will offer to restore the latest good backup.</source>
        <translation>客户簿文件已损坏。请关闭客户簿再重新打开：程序会提示恢复最近一份完好的备份。</translation>
    </message>
    <message>
        <source>The book {path} cannot be read: {reason}.</source>
        <translation>无法读取客户簿 {path}：{reason}。</translation>
    </message>
    <message>
        <source>The book {path} is damaged: the check found errors inside the file.</source>
        <translation>客户簿 {path} 已损坏：检查发现文件内部有错误。</translation>
    </message>
    <message>
        <source>The book {path} is held locked by {holder}. Close it there and try again. Nothing was changed.</source>
        <translation>客户簿 {path} 被{holder}锁定。请在那里关闭它后再试。没有做任何修改。</translation>
    </message>
    <message>
        <source>Another program is holding the book {path} locked. Close that program and try again. Nothing was changed.</source>
        <translation>另一个程序锁定了客户簿 {path}。请关闭那个程序后再试。没有做任何更改。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <source>The book {path} is read-only. Custbook needs to save your changes in it: remove the read-only mark in the file&apos;s properties, or copy it to a folder you can write to. Nothing was changed.</source>
        <translation>客户簿 {path} 是只读的。客户簿需要在其中保存您的更改：请在文件属性中取消“只读”，或把它复制到可以写入的文件夹。没有做任何更改。</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only. Custbook keeps its journal beside the book, so it needs to write there: copy the book to a folder you can write to. Nothing was changed.</source>
        <translation>文件夹 {folder} 是只读的。客户簿会在文件旁边写入日志文件，因此需要能写入该文件夹：请把客户簿复制到可以写入的文件夹。没有做任何更改。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a customer book.</source>
        <translation>{path} 是一个文件夹，不是客户簿。</translation>
    </message>
    <message>
        <source>The book {path} is empty (0 bytes): its contents were lost, for example when a copy was interrupted.</source>
        <translation>客户簿 {path} 是空的（0 字节）：其内容已经丢失，例如复制过程被中断。</translation>
    </message>
    <message>
        <source>{path} is a database, but not a Custbook book.</source>
        <translation>{path} 是一个数据库，但不是客户簿。</translation>
    </message>
</context>
<context>
    <name>LabelLayouts</name>
    <message>
        <source>{columns} × {rows} = {n} labels, {width} × {height} mm</source>
        <translation>{columns} × {rows} = {n} 个标签，{width} × {height} 毫米</translation>
    </message>
    <message>
        <source>A sheet needs at least one row and one column.</source>
        <translation>一张标签纸至少要有一行一列。</translation>
    </message>
    <message>
        <source>Sizes and margins cannot be negative.</source>
        <translation>尺寸和边距不能为负数。</translation>
    </message>
    <message>
        <source>A label must be at least 15 mm wide and 8 mm high to hold an address.</source>
        <translation>标签至少要 15 毫米宽、8 毫米高才能放下地址。</translation>
    </message>
    <message>
        <source>The labels are {mm} mm wide in all, wider than A4 (210 mm).</source>
        <translation>标签总宽 {mm} 毫米，超过了 A4 纸宽（210 毫米）。</translation>
    </message>
    <message>
        <source>The labels are {mm} mm high in all, taller than A4 (297 mm).</source>
        <translation>标签总高 {mm} 毫米，超过了 A4 纸高（297 毫米）。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Start at a label from 1 to {n}: this sheet has {n} labels.</source>
        <translation>起始标签须在 1 到 {n} 之间：这种标签纸每张 {n} 个。</translation>
    </message>
    <message>
        <source>From: {sender}</source>
        <translation>寄件：{sender}</translation>
    </message>
    <message>
        <source>Address labels</source>
        <translation>地址标签</translation>
    </message>
    <message>
        <source>No customer in this list has an address.</source>
        <translation>此名单中没有客户填写了地址。</translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <source>Address labels</source>
        <translation>地址标签</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>The list as shown on the Customers page</source>
        <translation>客户页面当前显示的名单</translation>
    </message>
    <message>
        <source>The selected customers (%1)</source>
        <translation>选中的客户（%1 位）</translation>
    </message>
    <message>
        <source>Label sheet (A4)</source>
        <translation>标签纸（A4）</translation>
    </message>
    <message>
        <source>Custom (measure your sheet)</source>
        <translation>自定义（量一下您的标签纸）</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>标签纸</translation>
    </message>
    <message>
        <source>Label width</source>
        <translation>标签宽度</translation>
    </message>
    <message>
        <source>Label height</source>
        <translation>标签高度</translation>
    </message>
    <message>
        <source>Top margin</source>
        <translation>上边距</translation>
    </message>
    <message>
        <source>Left margin</source>
        <translation>左边距</translation>
    </message>
    <message>
        <source>Gap between columns</source>
        <translation>列间距</translation>
    </message>
    <message>
        <source>Gap between rows</source>
        <translation>行间距</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Start at label</source>
        <translation>从第几个标签开始</translation>
    </message>
    <message>
        <source>On each label</source>
        <translation>每个标签上</translation>
    </message>
    <message>
        <source>The name and the address (smaller type when it is long).</source>
        <translation>姓名和地址（地址较长时字号自动缩小）。</translation>
    </message>
    <message>
        <source>Also the phone number</source>
        <translation>同时打印电话号码</translation>
    </message>
    <message>
        <source>Draw the edges of the labels (for a test on plain paper)</source>
        <translation>画出标签边框（用普通纸试打时）</translation>
    </message>
    <message>
        <source>Counting the labels…</source>
        <translation>正在统计标签…</translation>
    </message>
    <message>
        <source>row %1, column %2 (counting along each row)</source>
        <translation>第 %1 行第 %2 列（逐行计数）</translation>
    </message>
    <message>
        <source>%1 labels on 1 sheet.</source>
        <translation>%1 个标签，需要 1 张标签纸。</translation>
    </message>
    <message>
        <source>%1 labels on %2 sheets.</source>
        <translation>%1 个标签，需要 %2 张标签纸。</translation>
    </message>
    <message>
        <source>%1 customers have no address and are left out: %2</source>
        <translation>%1 位客户没有地址，不打印：%2</translation>
    </message>
    <message>
        <source>The labels could not be written: %1</source>
        <translation>无法生成标签：%1</translation>
    </message>
    <message>
        <source>Writing the labels…</source>
        <translation>正在生成标签…</translation>
    </message>
    <message>
        <source>Save the labels</source>
        <translation>保存标签</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 labels on %2 sheets saved to %3</source>
        <translation>%1 个标签，共 %2 张，已保存到 %3</translation>
    </message>
</context>
<context>
    <name>LanguageSection</name>
    <message>
        <source>Language of the window:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <source>Built-in words (tiers, categories) follow it; words you typed stay as you typed them.</source>
        <translation>内置词语（等级、类别）随界面语言变化；您自己输入的词语保持原样。</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>LedgerDialog</name>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Print a receipt</source>
        <translation>打印小票</translation>
    </message>
    <message>
        <source>%1 mm</source>
        <translation>%1 毫米</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <source>Customer&apos;s name</source>
        <translation>顾客姓名</translation>
    </message>
    <message>
        <source>Surname and title (Ms Wang)</source>
        <translation>姓氏和称呼（王女士）</translation>
    </message>
    <message>
        <source>What they bought last</source>
        <translation>上次购买的商品</translation>
    </message>
    <message>
        <source>Date of their last purchase</source>
        <translation>上次购买日期</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>入会日期</translation>
    </message>
    <message>
        <source>Membership tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>The chosen topic or tag</source>
        <translation>所选话题或标签</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>店名</translation>
    </message>
    <message>
        <source>Shop phone</source>
        <translation>店铺电话</translation>
    </message>
    <message>
        <source>Shop address</source>
        <translation>店铺地址</translation>
    </message>
    <message>
        <source>Staff member who signs</source>
        <translation>署名店员</translation>
    </message>
    <message>
        <source>Today&apos;s date</source>
        <translation>今天的日期</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>请给模板起个名字。</translation>
    </message>
    <message>
        <source>Choose the language the letter is written in.</source>
        <translation>请选择信件使用的语言。</translation>
    </message>
    <message>
        <source>{field} is not a merge field. Use one from “Insert field”, e.g. {example}.</source>
        <translation>{field} 不是可用的字段。请从“插入字段”中选择，例如 {example}。</translation>
    </message>
    <message>
        <source>Write the letter first.</source>
        <translation>请先写好信的正文。</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>兴趣话题</translation>
    </message>
    <message>
        <source>Hobbies</source>
        <translation>爱好</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>风格偏好</translation>
    </message>
    <message>
        <source>Said no to promotions on {day}</source>
        <translation>已于 {day} 拒绝接收推广信息</translation>
    </message>
    <message>
        <source>Has not agreed to promotions</source>
        <translation>未同意接收推广信息</translation>
    </message>
    <message>
        <source>Recommendation letter</source>
        <translation>推荐信</translation>
    </message>
    <message>
        <source>{n} of these customers are no longer in the book.</source>
        <translation>其中 {n} 位顾客已不在客户簿中。</translation>
    </message>
</context>
<context>
    <name>LettersDialog</name>
    <message>
        <source>Recommendation letters…</source>
        <translation>推荐信…</translation>
    </message>
    <message>
        <source>Recommendation letters</source>
        <translation>推荐信</translation>
    </message>
    <message>
        <source>Tell customers about new products in what they care about: choose a topic or a tag, check who gets a letter, and print one personal letter each. Only customers who agreed to promotions get one.</source>
        <translation>把新品告诉关心它的顾客：选择一个兴趣话题或标签，勾选要寄信的顾客，为每人打印一封专属的信。只有同意接收推广信息的顾客才会收到。</translation>
    </message>
    <message>
        <source>Print the name and address for a window envelope</source>
        <translation>打印姓名和地址（适用于开窗信封）</translation>
    </message>
    <message>
        <source>Record a letter in each customer&apos;s contact log</source>
        <translation>在每位顾客的联系记录中记下这封信</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>话题</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>e.g. 茶, 瑜伽, silk</source>
        <translation>例如：茶、瑜伽、真丝</translation>
    </message>
    <message>
        <source>Check all</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>Check none</source>
        <translation>全不选</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Keep as template…</source>
        <translation>保存为模板…</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>删除模板</translation>
    </message>
    <message>
        <source>Insert field</source>
        <translation>插入字段</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Letter (a blank line starts a new paragraph)</source>
        <translation>信的正文（空一行开始新段落）</translation>
    </message>
    <message>
        <source>Reading the customers&apos; interests…</source>
        <translation>正在读取顾客的兴趣…</translation>
    </message>
    <message>
        <source>Stopped: choose a tag instead, or open again.</source>
        <translation>已停止：可以改为选择标签，或重新打开。</translation>
    </message>
    <message>
        <source>Choose a tag</source>
        <translation>选择标签</translation>
    </message>
    <message>
        <source>Finding the customers with this tag…</source>
        <translation>正在查找带此标签的顾客…</translation>
    </message>
    <message>
        <source>Type a topic (for example 茶 finds 茶艺 and 品茶) or choose a tag.</source>
        <translation>输入一个话题（例如“茶”可以找到“茶艺”和“品茶”），或选择一个标签。</translation>
    </message>
    <message>
        <source>Nobody&apos;s interests mention “%1”.</source>
        <translation>没有顾客的兴趣提到“%1”。</translation>
    </message>
    <message>
        <source>%1 found: %2 will get a letter, %3 left out (no agreement to promotions).</source>
        <translation>找到 %1 位：%2 位将收到信，%3 位未包含（未同意接收推广信息）。</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>%1 (ours)</source>
        <translation>%1（本店版）</translation>
    </message>
    <message>
        <source>Keep as template</source>
        <translation>保存为模板</translation>
    </message>
    <message>
        <source>Name of the template</source>
        <translation>模板名称</translation>
    </message>
    <message>
        <source>Template “%1” kept.</source>
        <translation>模板“%1”已保存。</translation>
    </message>
    <message>
        <source>Delete the template “%1”?</source>
        <translation>删除模板“%1”？</translation>
    </message>
    <message>
        <source>Preview (no customer chosen yet)</source>
        <translation>预览（尚未选择顾客）</translation>
    </message>
    <message>
        <source>Customer&apos;s name</source>
        <translation>顾客姓名</translation>
    </message>
    <message>
        <source>Preview for %1</source>
        <translation>%1 的信预览</translation>
    </message>
    <message>
        <source>left out: %1</source>
        <translation>未包含：%1</translation>
    </message>
    <message>
        <source>Check at least one customer to write to.</source>
        <translation>请至少勾选一位要寄信的顾客。</translation>
    </message>
    <message>
        <source>Many letters</source>
        <translation>信件较多</translation>
    </message>
    <message>
        <source>That is %1 letters, one page each. Print them all?</source>
        <translation>一共 %1 封信，每封一页。全部打印吗？</translation>
    </message>
    <message>
        <source>Writing %1 letters…</source>
        <translation>正在生成 %1 封信…</translation>
    </message>
    <message>
        <source>Stopped: no letters were written or recorded.</source>
        <translation>已停止：没有生成信件，也没有记录。</translation>
    </message>
    <message>
        <source>The letters could not be written: %1</source>
        <translation>无法生成信件：%1</translation>
    </message>
    <message>
        <source>Writing the letters…</source>
        <translation>正在生成信件…</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>推荐信</translation>
    </message>
    <message>
        <source>Save the letters</source>
        <translation>保存信件</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 letters on %2 pages saved to %3.</source>
        <translation>%1 封信（共 %2 页）已保存到 %3。</translation>
    </message>
    <message>
        <source>Noted in each customer&apos;s contact log.</source>
        <translation>已记入每位顾客的联系记录。</translation>
    </message>
    <message>
        <source>%1 letters on %2 pages.</source>
        <translation>%1 封信，共 %2 页。</translation>
    </message>
    <message>
        <source>The letters were printed but not recorded: %1</source>
        <translation>信件已打印，但未能记录：%1</translation>
    </message>
    <message>
        <source>%1 letters printed and noted in the contact log.</source>
        <translation>已打印 %1 封信，并记入联系记录。</translation>
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <source>The book {path} is open in another Custbook window. Close it there first.</source>
        <translation>客户簿 {path} 已在另一个客户簿窗口中打开。请先在那里关闭它。</translation>
    </message>
    <message>
        <source>the Custbook window of {user} on {host} since {since} (process {pid})</source>
        <translation>{user} 在 {host} 上的 Custbook 窗口（自 {since} 起，进程 {pid}）</translation>
    </message>
    <message>
        <source>the Custbook window on {host} since {since} (process {pid})</source>
        <translation>{host} 上的 Custbook 窗口（自 {since} 起，进程 {pid}）</translation>
    </message>
    <message>
        <source>the Custbook command “{command}” of {user} on {host} since {since} (process {pid})</source>
        <translation>{user} 在 {host} 上运行的 Custbook 命令“{command}”（自 {since} 起，进程 {pid}）</translation>
    </message>
    <message>
        <source>the Custbook command “{command}” on {host} since {since} (process {pid})</source>
        <translation>{host} 上运行的 Custbook 命令“{command}”（自 {since} 起，进程 {pid}）</translation>
    </message>
    <message>
        <source>another Custbook program of {user} on {host} since {since} (process {pid})</source>
        <translation>{user} 在 {host} 上的另一个 Custbook 程序（自 {since} 起，进程 {pid}）</translation>
    </message>
    <message>
        <source>another Custbook program on {host} since {since} (process {pid})</source>
        <translation>{host} 上的另一个 Custbook 程序（自 {since} 起，进程 {pid}）</translation>
    </message>
    <message>
        <source>The book {path} is in use by {holder}. Wait until it has finished, then try again.</source>
        <translation>客户簿 {path} 正被{holder}使用。请等它完成后再试。</translation>
    </message>
    <message>
        <source>The book {path} is open in {holder}. Close it there first.</source>
        <translation>客户簿 {path} 已在{holder}中打开。请先在那里关闭它。</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only. Custbook needs to write beside the book; copy the book to a folder you can write to.</source>
        <translation>文件夹 {folder} 是只读的。客户簿需要在文件旁边写入；请把客户簿复制到可以写入的文件夹。</translation>
    </message>
    <message>
        <source>Cannot lock the book {path}: {reason}</source>
        <translation>无法锁定客户簿 {path}：{reason}</translation>
    </message>
    <message>
        <source>The shared book {location} is busy: another session on the server held what this command needed for more than {seconds} seconds. Nothing was changed; try again when it is done.</source>
        <translation>共享客户簿 {location} 正忙：服务器上的另一个会话占用了本命令需要的数据超过 {seconds} 秒。没有做任何修改；请等它完成后再试。</translation>
    </message>
    <message>
        <source>The shared book {location} is busy: “{program}” (server account {account}, from {address}, since {since}, server process {pid}) held what this command needed for more than {seconds} seconds. Nothing was changed; try again when it is done there.</source>
        <translation>共享客户簿 {location} 正忙：“{program}”（服务器账号 {account}，来自 {address}，自 {since} 起，服务器进程 {pid}）占用了本命令需要的数据超过 {seconds} 秒。没有做任何修改；请等那边完成后再试。</translation>
    </message>
    <message>
        <source>the server itself</source>
        <translation>服务器本机</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Custbook is locked</source>
        <translation>客户簿已锁定</translation>
    </message>
    <message>
        <source>This customer book is protected by a password.</source>
        <translation>这本客户簿受密码保护。</translation>
    </message>
    <message>
        <source>Custbook was locked because nobody used it for a while.</source>
        <translation>由于一段时间无人使用，客户簿已锁定。</translation>
    </message>
    <message>
        <source>Book: %1</source>
        <translation>客户簿：%1</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Quit Custbook</source>
        <translation>退出客户簿</translation>
    </message>
    <message>
        <source>Do not open</source>
        <translation>不打开</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>That is not the password. Please try again.</source>
        <translation>密码不对，请再试一次。</translation>
    </message>
</context>
<context>
    <name>LockSection</name>
    <message>
        <source>Lock again after (minutes unused):</source>
        <translation>闲置多少分钟后再次锁定：</translation>
    </message>
    <message>
        <source>0: only when Custbook starts.</source>
        <translation>0：仅在客户簿启动时。</translation>
    </message>
    <message>
        <source>Set or change the password…</source>
        <translation>设置或修改密码…</translation>
    </message>
    <message>
        <source>Password lock</source>
        <translation>密码锁</translation>
    </message>
    <message>
        <source>This book is locked with a password.</source>
        <translation>此客户簿已设密码锁。</translation>
    </message>
    <message>
        <source>This book has no password: anyone at this PC can open it.</source>
        <translation>此客户簿没有密码：这台电脑前的任何人都能打开。</translation>
    </message>
</context>
<context>
    <name>Loyalty</name>
    <message>
        <source>Champions</source>
        <translation>核心客户</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>忠实客户</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>潜力客户</translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation>需关注</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>流失风险</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>沉睡客户</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>已流失</translation>
    </message>
</context>
<context>
    <name>Lunar</name>
    <message>
        <source>month 1</source>
        <translation>正月</translation>
    </message>
    <message>
        <source>month 2</source>
        <translation>二月</translation>
    </message>
    <message>
        <source>month 3</source>
        <translation>三月</translation>
    </message>
    <message>
        <source>month 4</source>
        <translation>四月</translation>
    </message>
    <message>
        <source>month 5</source>
        <translation>五月</translation>
    </message>
    <message>
        <source>month 6</source>
        <translation>六月</translation>
    </message>
    <message>
        <source>month 7</source>
        <translation>七月</translation>
    </message>
    <message>
        <source>month 8</source>
        <translation>八月</translation>
    </message>
    <message>
        <source>month 9</source>
        <translation>九月</translation>
    </message>
    <message>
        <source>month 10</source>
        <translation>十月</translation>
    </message>
    <message>
        <source>month 11</source>
        <translation>冬月</translation>
    </message>
    <message>
        <source>month 12</source>
        <translation>腊月</translation>
    </message>
    <message>
        <source>day 1</source>
        <translation>初一</translation>
    </message>
    <message>
        <source>day 2</source>
        <translation>初二</translation>
    </message>
    <message>
        <source>day 3</source>
        <translation>初三</translation>
    </message>
    <message>
        <source>day 4</source>
        <translation>初四</translation>
    </message>
    <message>
        <source>day 5</source>
        <translation>初五</translation>
    </message>
    <message>
        <source>day 6</source>
        <translation>初六</translation>
    </message>
    <message>
        <source>day 7</source>
        <translation>初七</translation>
    </message>
    <message>
        <source>day 8</source>
        <translation>初八</translation>
    </message>
    <message>
        <source>day 9</source>
        <translation>初九</translation>
    </message>
    <message>
        <source>day 10</source>
        <translation>初十</translation>
    </message>
    <message>
        <source>day 11</source>
        <translation>十一</translation>
    </message>
    <message>
        <source>day 12</source>
        <translation>十二</translation>
    </message>
    <message>
        <source>day 13</source>
        <translation>十三</translation>
    </message>
    <message>
        <source>day 14</source>
        <translation>十四</translation>
    </message>
    <message>
        <source>day 15</source>
        <translation>十五</translation>
    </message>
    <message>
        <source>day 16</source>
        <translation>十六</translation>
    </message>
    <message>
        <source>day 17</source>
        <translation>十七</translation>
    </message>
    <message>
        <source>day 18</source>
        <translation>十八</translation>
    </message>
    <message>
        <source>day 19</source>
        <translation>十九</translation>
    </message>
    <message>
        <source>day 20</source>
        <translation>二十</translation>
    </message>
    <message>
        <source>day 21</source>
        <translation>廿一</translation>
    </message>
    <message>
        <source>day 22</source>
        <translation>廿二</translation>
    </message>
    <message>
        <source>day 23</source>
        <translation>廿三</translation>
    </message>
    <message>
        <source>day 24</source>
        <translation>廿四</translation>
    </message>
    <message>
        <source>day 25</source>
        <translation>廿五</translation>
    </message>
    <message>
        <source>day 26</source>
        <translation>廿六</translation>
    </message>
    <message>
        <source>day 27</source>
        <translation>廿七</translation>
    </message>
    <message>
        <source>day 28</source>
        <translation>廿八</translation>
    </message>
    <message>
        <source>day 29</source>
        <translation>廿九</translation>
    </message>
    <message>
        <source>day 30</source>
        <translation>三十</translation>
    </message>
    <message>
        <source>leap {month}</source>
        <translation>闰{month}</translation>
    </message>
    <message>
        <source>lunar {month}, {day}</source>
        <translation>农历{month}{day}</translation>
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
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
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
        <source>&amp;Customers</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <source>Com&amp;plaints</source>
        <translation>投诉(&amp;P)</translation>
    </message>
    <message>
        <source>Cale&amp;ndar</source>
        <translation>日历(&amp;N)</translation>
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
        <source>&amp;Guide</source>
        <translation>使用指南(&amp;G)</translation>
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
    <message>
        <source>&lt;p&gt;Book: %1&lt;br&gt;Data folder: %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;客户簿：%1&lt;br&gt;数据文件夹：%2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MakeCustomerDialog</name>
    <message>
        <source>Make a customer card</source>
        <translation>建立客户卡</translation>
    </message>
    <message>
        <source>The complaint, its reminder and the customer&apos;s rating move to the new card. Fill in the rest of the card later.</source>
        <translation>投诉、回访提醒和客户评价都会转到新客户卡上。客户卡的其他内容可以以后再填。</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>This number already belongs to %1.</source>
        <translation>这个号码已属于 %1。</translation>
    </message>
    <message>
        <source>Link to that card instead</source>
        <translation>改为关联到该客户卡</translation>
    </message>
    <message>
        <source>Make the card</source>
        <translation>建卡</translation>
    </message>
</context>
<context>
    <name>MemberCard</name>
    <message>
        <source>MEMBER CARD</source>
        <translation>会员卡</translation>
    </message>
    <message>
        <source>Member card</source>
        <translation>会员卡</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Member cards</source>
        <translation>会员卡</translation>
    </message>
</context>
<context>
    <name>Membership</name>
    <message>
        <source>Top-up</source>
        <translation>充值</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>消费</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>获得积分</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>积分兑换</translation>
    </message>
    <message>
        <source>Visit used</source>
        <translation>消次</translation>
    </message>
    <message>
        <source>Count card sold</source>
        <translation>售出次卡</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>过期</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>期初余额</translation>
    </message>
    <message>
        <source>Stored value</source>
        <translation>储值余额</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Count card</source>
        <translation>次卡</translation>
    </message>
    <message>
        <source>Reversal: {action}</source>
        <translation>冲正：{action}</translation>
    </message>
    <message>
        <source>This customer is no longer in the book.</source>
        <translation>该客户已不在客户簿中。</translation>
    </message>
    <message>
        <source>This customer is in the trash: restore the card first.</source>
        <translation>该客户在回收站中：请先恢复卡片。</translation>
    </message>
    <message>
        <source>This staff member is no longer in the book.</source>
        <translation>该员工已不在客户簿中。</translation>
    </message>
    <message>
        <source>This count card is no longer in the book.</source>
        <translation>该次卡已不在客户簿中。</translation>
    </message>
    <message>
        <source>The balance is only {balance}: it cannot go below zero.</source>
        <translation>余额只有{balance}：不能低于零。</translation>
    </message>
    <message>
        <source>Only {points} points are left: points cannot go below zero.</source>
        <translation>只剩{points}积分：积分不能低于零。</translation>
    </message>
    <message>
        <source>Only {visits} visits are left on this card.</source>
        <translation>此卡只剩{visits}次。</translation>
    </message>
    <message>
        <source>This entry has been reversed already.</source>
        <translation>此记录已冲正过。</translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation>请输入大于零的金额。</translation>
    </message>
    <message>
        <source>Enter a whole number above zero.</source>
        <translation>请输入大于零的整数。</translation>
    </message>
    <message>
        <source>The number is too large.</source>
        <translation>数字太大。</translation>
    </message>
    <message>
        <source>Name the count card (e.g. 10 haircuts).</source>
        <translation>请填写次卡名称（如：洗剪吹10次卡）。</translation>
    </message>
    <message>
        <source>The name is too long (80 characters at most).</source>
        <translation>名称太长（最多80个字符）。</translation>
    </message>
    <message>
        <source>The expiry date is already past.</source>
        <translation>到期日已经过去。</translation>
    </message>
    <message>
        <source>This card expired on {day}: it cannot be used.</source>
        <translation>此卡已于{day}过期：不能使用。</translation>
    </message>
    <message>
        <source>Say why the balance is adjusted.</source>
        <translation>请说明调整余额的原因。</translation>
    </message>
    <message>
        <source>Say why the entry is reversed.</source>
        <translation>请说明冲正的原因。</translation>
    </message>
    <message>
        <source>This entry is no longer in the book.</source>
        <translation>此记录已不在客户簿中。</translation>
    </message>
    <message>
        <source>A reversal cannot be reversed: make a new entry instead.</source>
        <translation>冲正记录不能再冲正：请另记一笔。</translation>
    </message>
    <message>
        <source>Enter a card number.</source>
        <translation>请输入卡号。</translation>
    </message>
    <message>
        <source>“{text}” cannot be a card number (letters, digits and - _ . / only, 40 at most).</source>
        <translation>“{text}”不能作为卡号（只能用字母、数字和 - _ . /，最多40个）。</translation>
    </message>
    <message>
        <source>Card number {number} belongs to another member.</source>
        <translation>卡号{number}已属于另一位会员。</translation>
    </message>
    <message>
        <source>“{text}” is not a number.</source>
        <translation>“{text}”不是数字。</translation>
    </message>
    <message>
        <source>“{text}” is not a number between 0 and 1000.</source>
        <translation>“{text}”不是0到1000之间的数字。</translation>
    </message>
    <message>
        <source>Write one tier per line as “Gold=1.5”: “{line}”.</source>
        <translation>每行写一个等级，如“金卡=1.5”：“{line}”。</translation>
    </message>
    <message>
        <source>Points earned up to {year} expired.</source>
        <translation>{year}年及以前获得的积分已过期。</translation>
    </message>
    <message>
        <source>The card expired on {day}.</source>
        <translation>此卡已于{day}过期。</translation>
    </message>
    <message>
        <source>One point cannot be worth more than 100 yuan.</source>
        <translation>一个积分不能超过100元。</translation>
    </message>
    <message>
        <source>The thank-you line is too long (120 characters at most).</source>
        <translation>致谢语太长（最多120个字符）。</translation>
    </message>
    <message>
        <source>The purchase was changed.</source>
        <translation>消费记录已修改。</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>More cannot be paid from the balance than the purchase costs.</source>
        <translation>从余额支付的金额不能超过消费金额。</translation>
    </message>
    <message>
        <source>The purchase was deleted.</source>
        <translation>消费记录已删除。</translation>
    </message>
    <message>
        <source>Pay from the balance between nothing and what the purchase costs.</source>
        <translation>余额支付的金额须在零和本次消费金额之间。</translation>
    </message>
    <message>
        <source>The change takes back {points} of this purchase&apos;s points, but only {left} are left: they have been used since.</source>
        <translation>这次修改要扣回本次消费的 {points} 积分，但只剩 {left} 积分（其余已被使用）。</translation>
    </message>
</context>
<context>
    <name>MembershipImport</name>
    <message>
        <source>{what} “{text}” is not a whole number.</source>
        <translation>{what}“{text}”不是整数。</translation>
    </message>
    <message>
        <source>{what} “{text}” is negative.</source>
        <translation>{what}“{text}”是负数。</translation>
    </message>
    <message>
        <source>“{text}” is not a date.</source>
        <translation>“{text}”不是日期。</translation>
    </message>
    <message>
        <source>No column of names or card numbers was found (e.g. 姓名, 卡号).</source>
        <translation>找不到姓名或卡号列（如：姓名、卡号）。</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>The stored-value balance {amount} is negative.</source>
        <translation>储值余额{amount}是负数。</translation>
    </message>
    <message>
        <source>Visits are given but the count card has no name.</source>
        <translation>填了次数，但次卡没有名称。</translation>
    </message>
    <message>
        <source>There is no name.</source>
        <translation>没有姓名。</translation>
    </message>
    <message>
        <source>Card number {number} is also on row {row}.</source>
        <translation>卡号{number}在第{row}行也出现过。</translation>
    </message>
    <message>
        <source>Card number {number} is already in the book.</source>
        <translation>卡号{number}已在客户簿中。</translation>
    </message>
    <message>
        <source>{name} already has card number {number}.</source>
        <translation>{name}已有卡号{number}。</translation>
    </message>
    <message>
        <source>Opening balance from {file}</source>
        <translation>期初余额，来自{file}</translation>
    </message>
    <message>
        <source>This import was already undone or no longer exists.</source>
        <translation>此次导入已撤销或已不存在。</translation>
    </message>
    <message>
        <source>Import of {file} undone</source>
        <translation>已撤销{file}的导入</translation>
    </message>
</context>
<context>
    <name>MembershipMenu</name>
    <message>
        <source>Membership &amp;cards</source>
        <translation>会员卡(&amp;C)</translation>
    </message>
    <message>
        <source>Import opening balances…</source>
        <translation>导入期初余额…</translation>
    </message>
    <message>
        <source>Member cards of the selected customers (A4)…</source>
        <translation>所选客户的会员卡（A4）…</translation>
    </message>
</context>
<context>
    <name>MembershipPanel</name>
    <message>
        <source>Stored value</source>
        <translation>储值余额</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Member number</source>
        <translation>会员卡号</translation>
    </message>
    <message>
        <source>Count card</source>
        <translation>次卡</translation>
    </message>
    <message>
        <source>Visits left</source>
        <translation>剩余次数</translation>
    </message>
    <message>
        <source>Price paid</source>
        <translation>实付价格</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Top up…</source>
        <translation>充值…</translation>
    </message>
    <message>
        <source>Spend…</source>
        <translation>消费…</translation>
    </message>
    <message>
        <source>Points…</source>
        <translation>积分…</translation>
    </message>
    <message>
        <source>Sell a count card…</source>
        <translation>售出次卡…</translation>
    </message>
    <message>
        <source>Use a visit…</source>
        <translation>消次…</translation>
    </message>
    <message>
        <source>Adjust…</source>
        <translation>调整…</translation>
    </message>
    <message>
        <source>Reverse entry…</source>
        <translation>冲正…</translation>
    </message>
    <message>
        <source>Member number…</source>
        <translation>会员卡号…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Receipt of the selected entry (58 mm)…</source>
        <translation>所选记录的小票（58 毫米）…</translation>
    </message>
    <message>
        <source>Receipt of the selected entry (80 mm)…</source>
        <translation>所选记录的小票（80 毫米）…</translation>
    </message>
    <message>
        <source>Member card (CR80)…</source>
        <translation>会员卡（CR80 卡片）…</translation>
    </message>
    <message>
        <source>Member card on an A4 sheet…</source>
        <translation>会员卡（A4 整张）…</translation>
    </message>
    <message>
        <source>never</source>
        <translation>永久有效</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1（已过期）</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (cash %2 + bonus %3)</source>
        <translation>%1（现金 %2 + 赠送 %3）</translation>
    </message>
    <message>
        <source>%1 — reversed</source>
        <translation>%1 —— 已冲正</translation>
    </message>
</context>
<context>
    <name>MembershipPrinting</name>
    <message>
        <source>Writing the receipt…</source>
        <translation>正在生成小票……</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>小票</translation>
    </message>
    <message>
        <source>Writing the member card…</source>
        <translation>正在生成会员卡……</translation>
    </message>
    <message>
        <source>Member card</source>
        <translation>会员卡</translation>
    </message>
    <message>
        <source>Writing the member cards…</source>
        <translation>正在生成会员卡……</translation>
    </message>
    <message>
        <source>Member cards</source>
        <translation>会员卡</translation>
    </message>
</context>
<context>
    <name>MembershipReport</name>
    <message>
        <source>Top-ups: cash received</source>
        <translation>充值：实收现金</translation>
    </message>
    <message>
        <source>Top-ups: bonus given</source>
        <translation>充值：赠送金额</translation>
    </message>
    <message>
        <source>Spent from balances</source>
        <translation>余额消费</translation>
    </message>
    <message>
        <source>Count cards sold</source>
        <translation>售出次卡</translation>
    </message>
    <message>
        <source>Visits used</source>
        <translation>使用次数</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>获得积分</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>积分兑换</translation>
    </message>
    <message>
        <source>Points expired</source>
        <translation>过期积分</translation>
    </message>
    <message>
        <source>Owed on stored value</source>
        <translation>储值负债</translation>
    </message>
    <message>
        <source>Owed on count cards ({visits} visits at the price paid)</source>
        <translation>次卡负债（{visits}次，按实付价格）</translation>
    </message>
    <message>
        <source>Owed in all</source>
        <translation>负债合计</translation>
    </message>
    <message>
        <source>Points outstanding</source>
        <translation>未使用积分</translation>
    </message>
    <message>
        <source>Members holding stored value</source>
        <translation>有储值余额的会员</translation>
    </message>
    <message>
        <source>Membership cards</source>
        <translation>会员卡</translation>
    </message>
    <message>
        <source>What the shop owes on its cards today</source>
        <translation>本店今天在会员卡上的负债</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>负债</translation>
    </message>
    <message>
        <source>In the period, against the period before</source>
        <translation>本期与上期对比</translation>
    </message>
    <message>
        <source>Period before</source>
        <translation>上期</translation>
    </message>
    <message>
        <source>Holding money but no longer coming</source>
        <translation>卡里有钱却不再来店</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Stored value</source>
        <translation>储值余额</translation>
    </message>
    <message>
        <source>Visits left</source>
        <translation>剩余次数</translation>
    </message>
    <message>
        <source>Days away</source>
        <translation>未到店天数</translation>
    </message>
    <message>
        <source>Usual interval (days)</source>
        <translation>平时间隔（天）</translation>
    </message>
    <message>
        <source>Away for more than twice their usual interval between visits: call them first.</source>
        <translation>离店时间超过平时到店间隔的两倍：请优先联系。</translation>
    </message>
    <message>
        <source>Nobody who holds money has stopped coming.</source>
        <translation>没有持有余额却不再来店的会员。</translation>
    </message>
</context>
<context>
    <name>MembershipReportSection</name>
    <message>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <source>Period before</source>
        <translation>上期</translation>
    </message>
    <message>
        <source>Members who hold money or visits but have stayed away over twice their usual interval: call them first. Double-click to open the card.</source>
        <translation>卡里还有余额或次数、但离店已超过平时间隔两倍的会员：请优先联系。双击打开客户卡片。</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Stored value</source>
        <translation>储值余额</translation>
    </message>
    <message>
        <source>Visits left</source>
        <translation>剩余次数</translation>
    </message>
    <message>
        <source>Days away</source>
        <translation>未到店天数</translation>
    </message>
    <message>
        <source>Usual interval</source>
        <translation>平时间隔</translation>
    </message>
    <message>
        <source>No one to call: every member with money or visits left has been in lately.</source>
        <translation>没有需要联系的会员：有余额或剩余次数的会员最近都来过。</translation>
    </message>
</context>
<context>
    <name>MembershipSection</name>
    <message>
        <source>How members earn and use points, and what a receipt says last.</source>
        <translation>会员如何获得和使用积分，以及小票最后一行写什么。</translation>
    </message>
    <message>
        <source>Points per yuan spent</source>
        <translation>每消费1元获得积分</translation>
    </message>
    <message>
        <source>e.g. 1, or 0.5 for a point every two yuan</source>
        <translation>如 1；0.5 表示每2元1分</translation>
    </message>
    <message>
        <source>More points by tier</source>
        <translation>按等级加倍积分</translation>
    </message>
    <message>
        <source>One tier a line, e.g. Gold=1.5</source>
        <translation>每行一个等级，如 金卡=1.5</translation>
    </message>
    <message>
        <source>Double points in the birthday month</source>
        <translation>生日当月双倍积分</translation>
    </message>
    <message>
        <source>One point is worth (¥)</source>
        <translation>每积分抵现（¥）</translation>
    </message>
    <message>
        <source>when points are taken as money off, e.g. 0.01</source>
        <translation>积分抵现时使用，如 0.01</translation>
    </message>
    <message>
        <source>Points earned in a year expire at the end of the next year</source>
        <translation>每年获得的积分在次年年底过期</translation>
    </message>
    <message>
        <source>Receipt thank-you line</source>
        <translation>小票致谢语</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>会员</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <source>Same phone number</source>
        <translation>电话号码相同</translation>
    </message>
    <message>
        <source>Same name, phone numbers ending in the same four digits</source>
        <translation>同名，且电话号码后四位相同</translation>
    </message>
    <message>
        <source>Same name and birthday</source>
        <translation>同名且生日相同</translation>
    </message>
    <message>
        <source>That customer is no longer in the book.</source>
        <translation>该顾客已不在客户簿中。</translation>
    </message>
    <message>
        <source>A card cannot be merged with itself.</source>
        <translation>客户卡不能与自身合并。</translation>
    </message>
    <message>
        <source>Restore the card from the trash before merging it.</source>
        <translation>请先从回收站恢复该客户卡，再进行合并。</translation>
    </message>
    <message>
        <source>This merge was already undone.</source>
        <translation>此次合并已被撤销。</translation>
    </message>
    <message>
        <source>This merge can no longer be undone: {name} was erased from the trash.</source>
        <translation>此次合并已无法撤销：{name}已从回收站中彻底删除。</translation>
    </message>
    <message>
        <source>This merge can no longer be undone: {name}&apos;s card was changed after it. Change it back by hand instead.</source>
        <translation>此次合并已无法撤销：{name}的客户卡在合并后被修改过。请手动改回。</translation>
    </message>
    <message>
        <source>Both cards have a {kind} balance on their member card. Move one balance to the other card (an adjustment on each) before merging.</source>
        <translation>两张卡的会员卡上都有{kind}余额。请先把其中一张的余额转到另一张（两边各做一次调整），再合并。</translation>
    </message>
    <message>
        <source>stored value</source>
        <translation>储值</translation>
    </message>
    <message>
        <source>points</source>
        <translation>积分</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge two cards</source>
        <translation>合并两张客户卡</translation>
    </message>
    <message>
        <source>Choose the card to keep. Where the two cards differ, choose the value to keep. Phones, tags, all history (purchases, contacts, complaints, reminders, satisfaction records, referrals), family, anniversaries, files and member accounts are moved to the kept card; the other card goes to the trash. The merge can be undone.</source>
        <translation>请选择要保留的客户卡；两张卡不同的地方，请选择要保留的内容。电话、标签、全部记录（购买、联系、投诉、提醒、满意度记录、介绍的客户）、家人、纪念日、文件和会员账户都会移到保留的卡上；另一张卡会移到回收站。合并之后可以撤销。</translation>
    </message>
    <message>
        <source>Keep this card</source>
        <translation>保留这张卡</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 purchases · %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · 购买 %3 次 · %4</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Only one of the cards has these; its value is kept:</source>
        <translation>以下内容只有一张卡填写了，将保留该内容：</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>The two cards hold the same profile; only their phones, tags and history will be joined.</source>
        <translation>两张卡的资料相同；只会合并电话、标签和记录。</translation>
    </message>
    <message>
        <source>Phones and tags of both cards are kept.</source>
        <translation>两张卡的电话和标签都会保留。</translation>
    </message>
    <message>
        <source>&amp;Undo the merge</source>
        <translation>撤销合并(&amp;U)</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <source>Message</source>
        <translation>发消息</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>用途：</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <source>Sent by:</source>
        <translation>发送方式：</translation>
    </message>
    <message>
        <source>Festival:</source>
        <translation>节日：</translation>
    </message>
    <message>
        <source>Insert field</source>
        <translation>插入字段</translation>
    </message>
    <message>
        <source>Export for SMS…</source>
        <translation>导出短信文件…</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Mark sent</source>
        <translation>标记为已发送</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Message queue: {name}</source>
        <translation>发送队列：{name}</translation>
    </message>
    <message>
        <source>Not sent: {reason}</source>
        <translation>不发送：{reason}</translation>
    </message>
    <message>
        <source>Already sent.</source>
        <translation>已发送。</translation>
    </message>
    <message>
        <source>Skipped.</source>
        <translation>已跳过。</translation>
    </message>
    <message>
        <source>{chars} characters · {parts} SMS ({per} per SMS)</source>
        <translation>{chars} 字 · {parts} 条短信（每条 {per} 字）</translation>
    </message>
    <message>
        <source>%v of %m done</source>
        <translation>已完成 %v / %m</translation>
    </message>
    <message>
        <source>Everyone in this queue has been dealt with.</source>
        <translation>队列中的每个人都已处理完毕。</translation>
    </message>
    <message>
        <source>Copied. Paste it into {channel} and send it, then press Mark sent.</source>
        <translation>已复制。请粘贴到{channel}中发送，然后点击“标记为已发送”。</translation>
    </message>
    <message>
        <source>Export for SMS</source>
        <translation>导出短信文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>{n} messages written for SMS; {m} without a mobile number.</source>
        <translation>已导出 {n} 条短信；{m} 人没有手机号。</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Festival</source>
        <translation>节日</translation>
    </message>
    <message>
        <source>After a purchase</source>
        <translation>购后回访</translation>
    </message>
    <message>
        <source>Complaint follow-up</source>
        <translation>投诉回访</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>兴趣推荐</translation>
    </message>
    <message>
        <source>Family birthday</source>
        <translation>家人生日</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>纪念日</translation>
    </message>
    <message>
        <source>Card balance</source>
        <translation>会员卡余额</translation>
    </message>
    <message>
        <source>Card expiring</source>
        <translation>次卡到期</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>The festival (春节, 中秋 …)</source>
        <translation>节日（春节、中秋……）</translation>
    </message>
    <message>
        <source>The family member (your daughter)</source>
        <translation>家人（如：女儿）</translation>
    </message>
    <message>
        <source>The anniversary (wedding …)</source>
        <translation>纪念日（如：结婚纪念日）</translation>
    </message>
    <message>
        <source>Stored value on the card</source>
        <translation>会员卡余额</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>The count card that expires next</source>
        <translation>即将到期的次卡</translation>
    </message>
    <message>
        <source>{field} is not a merge field. Use one from “Insert field”, e.g. {example}.</source>
        <translation>{field} 不是合并字段。请从“插入字段”中选择，例如 {example}。</translation>
    </message>
    <message>
        <source>Write the message first.</source>
        <translation>请先写好消息内容。</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>请给模板起个名字。</translation>
    </message>
    <message>
        <source>Choose what the message is for.</source>
        <translation>请选择消息的用途。</translation>
    </message>
    <message>
        <source>Choose the language the message is written in.</source>
        <translation>请选择消息使用的语言。</translation>
    </message>
    <message>
        <source>Give the queue a name.</source>
        <translation>请给发送队列起个名字。</translation>
    </message>
    <message>
        <source>Choose how the message was sent.</source>
        <translation>请选择发送方式。</translation>
    </message>
    <message>
        <source>This message is no longer in the queue.</source>
        <translation>这条消息已不在队列中。</translation>
    </message>
    <message>
        <source>This customer is left out of this message.</source>
        <translation>这位顾客不在此消息的发送范围内。</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>A customer of this message is no longer in the book.</source>
        <translation>此消息的一位顾客已不在客户簿中。</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
</context>
<context>
    <name>MessagesMenu</name>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>No messages are due today.</source>
        <translation>今天没有需要发送的消息。</translation>
    </message>
    <message>
        <source>Today&apos;s messages {day}</source>
        <translation>今日消息 {day}</translation>
    </message>
    <message>
        <source>Writing today&apos;s messages…</source>
        <translation>正在生成今日消息…</translation>
    </message>
    <message>
        <source>Message templates</source>
        <translation>消息模板</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>消息(&amp;M)</translation>
    </message>
    <message>
        <source>Message the selected customers…</source>
        <translation>给选中的顾客发消息…</translation>
    </message>
    <message>
        <source>Today&apos;s messages…</source>
        <translation>今日消息…</translation>
    </message>
    <message>
        <source>Message queues…</source>
        <translation>发送队列…</translation>
    </message>
    <message>
        <source>Message templates…</source>
        <translation>消息模板…</translation>
    </message>
</context>
<context>
    <name>MessagesSection</name>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Enter an amount.</source>
        <translation>请输入金额。</translation>
    </message>
    <message>
        <source>“{text}” is not an amount of money (write it like 128.50).</source>
        <translation>“{text}”不是金额（请写成 128.50 这样）。</translation>
    </message>
    <message>
        <source>“{text}” has more than two decimals.</source>
        <translation>“{text}”的小数超过两位。</translation>
    </message>
    <message>
        <source>The amount must be a whole number of cents.</source>
        <translation>金额必须精确到分。</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>金额太大。</translation>
    </message>
</context>
<context>
    <name>MonthBars</name>
    <message>
        <source>No purchases in the last 12 months: the bars will show each month&apos;s purchases.</source>
        <translation>近 12 个月没有购买记录：有购买后，这里按月显示购买次数。</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <source>MMMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>done: %1</source>
        <translation>已完成：%1</translation>
    </message>
</context>
<context>
    <name>NumberDialog</name>
    <message>
        <source>Member number</source>
        <translation>会员卡号</translation>
    </message>
    <message>
        <source>Leave empty for a new number (%1).</source>
        <translation>留空则使用新卡号（%1）。</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>卡号</translation>
    </message>
</context>
<context>
    <name>OpeningImportDialog</name>
    <message>
        <source>Import opening balances</source>
        <translation>导入期初余额</translation>
    </message>
    <message>
        <source>A CSV or Excel export of your old membership system: card number, name, phone, tier, points, stored-value balance, count card and visits left, date opened. Nothing is written until you press Import.</source>
        <translation>旧会员系统导出的 CSV 或 Excel 文件：卡号、姓名、手机、等级、积分、储值余额、次卡及剩余次数、开卡日期。按“导入”之前不会写入任何内容。</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Same phone in the book: add the balances to that card</source>
        <translation>手机号已在客户簿中：余额记到该卡片</translation>
    </message>
    <message>
        <source>Same phone in the book: also update name and tier</source>
        <translation>手机号已在客户簿中：同时更新姓名和等级</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Stored value</source>
        <translation>储值余额</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Count card</source>
        <translation>次卡</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>未导入原因</translation>
    </message>
    <message>
        <source>Earlier imports (select one to undo it):</source>
        <translation>以前的导入（选中一项可撤销）：</translation>
    </message>
    <message>
        <source>Undo the selected import…</source>
        <translation>撤销所选导入…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Choose the export of the old system</source>
        <translation>选择旧系统的导出文件</translation>
    </message>
    <message>
        <source>Member lists (*.csv *.xlsx)</source>
        <translation>会员名单 (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>正在检查文件……</translation>
    </message>
    <message>
        <source>%1 new members, %2 already in the book, %3 refused (listed first). To import: stored value %4, %5 points, %6 count-card visits.</source>
        <translation>新会员 %1 位，已在客户簿中 %2 位，拒绝 %3 行（列在最前）。将导入：储值 %4，积分 %5，次卡 %6 次。</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>新会员</translation>
    </message>
    <message>
        <source>Balances to the card in the book</source>
        <translation>余额记到已有卡片</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入……</translation>
    </message>
    <message>
        <source>Imported %1 members. The import can be undone below.</source>
        <translation>已导入 %1 位会员。可在下方撤销此次导入。</translation>
    </message>
    <message>
        <source>%1 members</source>
        <translation>%1 位会员</translation>
    </message>
    <message>
        <source>(undone)</source>
        <translation>（已撤销）</translation>
    </message>
    <message>
        <source>The import was undone.</source>
        <translation>已撤销导入。</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Tick to give a date</source>
        <translation>勾选后可填写日期</translation>
    </message>
</context>
<context>
    <name>OutFile</name>
    <message>
        <source>{path} is the open customer book; choose another file.</source>
        <translation>{path} 是正在使用的客户簿，请另选一个文件。</translation>
    </message>
    <message>
        <source>{path} is in the backups folder; choose another file.</source>
        <translation>{path} 位于备份文件夹中，请另选一个文件。</translation>
    </message>
    <message>
        <source>{path} is a folder; name a file.</source>
        <translation>{path} 是一个文件夹，请指定一个文件。</translation>
    </message>
    <message>
        <source>{path} is a database (a customer book or a backup); Custbook never writes an export over one.</source>
        <translation>{path} 是一个数据库（客户簿或备份）；客户簿从不用导出文件覆盖它。</translation>
    </message>
    <message>
        <source>{path} already exists; add --force to replace it.</source>
        <translation>{path} 已存在；如要替换，请加上 --force。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}. Nothing was changed there.</source>
        <translation>无法写入 {path}：{reason}。那里没有任何改动。</translation>
    </message>
</context>
<context>
    <name>Paper</name>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>The document could not be written: %1</source>
        <translation>无法生成文档：%1</translation>
    </message>
    <message>
        <source>Writing the customer sheet…</source>
        <translation>正在生成客户资料单…</translation>
    </message>
    <message>
        <source>Customer sheet</source>
        <translation>客户资料单</translation>
    </message>
    <message>
        <source>Save the customer sheet</source>
        <translation>保存客户资料单</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Print this customer&apos;s sheet: profile and recent history</source>
        <translation>打印该客户的资料单：档案和最近记录</translation>
    </message>
    <message>
        <source>Save the customer sheet as PDF…</source>
        <translation>将客户资料单另存为 PDF…</translation>
    </message>
    <message>
        <source>Writing the customer list…</source>
        <translation>正在生成客户名单…</translation>
    </message>
    <message>
        <source>Customer list</source>
        <translation>客户名单</translation>
    </message>
    <message>
        <source>Save the customer list</source>
        <translation>保存客户名单</translation>
    </message>
    <message>
        <source>%1 customers on %2 pages saved to %3</source>
        <translation>%1 位客户，共 %2 页，已保存到 %3</translation>
    </message>
    <message>
        <source>Print customer sheet…</source>
        <translation>打印客户资料单…</translation>
    </message>
    <message>
        <source>Print the list as shown…</source>
        <translation>按当前显示打印名单…</translation>
    </message>
    <message>
        <source>Save the list as PDF…</source>
        <translation>将名单另存为 PDF…</translation>
    </message>
    <message>
        <source>Address labels…</source>
        <translation>地址标签…</translation>
    </message>
    <message>
        <source>&amp;Print and PDF</source>
        <translation>打印与 PDF(&amp;P)</translation>
    </message>
</context>
<context>
    <name>Password</name>
    <message>
        <source>The current password is not right.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <source>The password needs at least {n} characters.</source>
        <translation>密码至少需要 {n} 个字符。</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Choose between 0 and {most} minutes.</source>
        <translation>请选择 0 到 {most} 分钟。</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password lock</source>
        <translation>密码锁</translation>
    </message>
    <message>
        <source>This book is locked with a password.</source>
        <translation>这本客户簿设有密码。</translation>
    </message>
    <message>
        <source>This book has no password: anyone at this PC can open it.</source>
        <translation>这本客户簿没有密码：任何使用这台电脑的人都能打开它。</translation>
    </message>
    <message>
        <source>The password is asked when Custbook opens this book and after it sat unused. It keeps people at the counter from looking into your customers. It does not encrypt the book file: someone who copies the file can still read it with other programs, so keep the PC and the backup stick safe as well. If you forget the password, a backup from before it was set opens without it.</source>
        <translation>打开这本客户簿时，以及一段时间无人使用后，都会要求输入密码。它可以防止柜台旁的人查看您的客户资料。但它不会加密客户簿文件：复制了文件的人仍可以用其他程序读取，所以也请保管好电脑和备份 U 盘。如果忘记了密码，设置密码之前的备份无需密码即可打开。</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>New password again:</source>
        <translation>再次输入新密码：</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>当前密码：</translation>
    </message>
    <message>
        <source>leave empty to keep the password</source>
        <translation>留空则保留原密码</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>only when the book opens</source>
        <translation>仅在打开客户簿时</translation>
    </message>
    <message>
        <source>Lock again after:</source>
        <translation>闲置多久后锁定：</translation>
    </message>
    <message>
        <source>Remove the password</source>
        <translation>取消密码</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>PaymentRows</name>
    <message>
        <source>of %1</source>
        <translation>余额 %1</translation>
    </message>
    <message>
        <source>Pay from balance (¥)</source>
        <translation>余额支付（¥）</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Print a receipt</source>
        <translation>打印小票</translation>
    </message>
    <message>
        <source>Earn %1 points</source>
        <translation>获得 %1 积分</translation>
    </message>
    <message>
        <source>Cash %1 · balance after %2</source>
        <translation>现金 %1 · 支付后余额 %2</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
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
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>去年</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>自定义期间</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>期间的第一天</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>期间的最后一天</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>The period ends before it starts: choose a last day on or after the first.</source>
        <translation>期间的结束日期早于开始日期：请选择不早于开始日期的最后一天。</translation>
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
    <name>PhoneListEditor</name>
    <message>
        <source>Add another phone</source>
        <translation>再加一个电话</translation>
    </message>
    <message>
        <source>e.g. 138 1234 5678, 0571-8765 4321, +1 415 555 0100</source>
        <translation>如 138 1234 5678、0571-8765 4321、+1 415 555 0100</translation>
    </message>
    <message>
        <source>Remove this phone</source>
        <translation>删除这个电话</translation>
    </message>
</context>
<context>
    <name>PhotoBox</name>
    <message>
        <source>Photo…</source>
        <translation>照片…</translation>
    </message>
    <message>
        <source>Choose a photo from a file</source>
        <translation>从文件选择照片</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>选择照片</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.bmp *.gif *.webp);;All files (*)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.bmp *.gif *.webp);;所有文件 (*)</translation>
    </message>
    <message>
        <source>That file is not a picture Custbook can read.</source>
        <translation>客户簿无法读取这个图片文件。</translation>
    </message>
</context>
<context>
    <name>PointsDialog</name>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Points now: %1</source>
        <translation>当前积分：%1</translation>
    </message>
    <message>
        <source>Redeem</source>
        <translation>兑换</translation>
    </message>
    <message>
        <source>Earn</source>
        <translation>获得</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>For (money off, a gift …)</source>
        <translation>用途（抵现、礼品……）</translation>
    </message>
    <message>
        <source>Only %1 points are left.</source>
        <translation>只剩%1积分。</translation>
    </message>
    <message>
        <source>Worth %1 off · points after %2</source>
        <translation>可抵 %1 · 兑换后积分 %2</translation>
    </message>
    <message>
        <source>Points after %1</source>
        <translation>之后积分 %1</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>This customer is no longer in the book.</source>
        <translation>这位顾客已不在顾客簿中。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <source>Could not write into {folder}: {reason}</source>
        <translation>无法写入 {folder}：{reason}</translation>
    </message>
    <message>
        <source>These backups could not be rewritten and still hold the customer: {list}. Delete them by hand, or let them rotate out.</source>
        <translation>以下备份无法重写，仍然保存着这位顾客：{list}。请手动删除，或等它们按轮换规则自动删除。</translation>
    </message>
    <message>
        <source>cancelled before its turn</source>
        <translation>轮到它之前已取消</translation>
    </message>
    <message>
        <source>a server&apos;s pg_dump file, which Custbook cannot rewrite</source>
        <translation>服务器的 pg_dump 文件，Custbook 无法重写</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>文件是只读的</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>文件已损坏</translation>
    </message>
    <message>
        <source>the rewritten copy did not pass its check</source>
        <translation>重写后的副本未通过检查</translation>
    </message>
</context>
<context>
    <name>PrivacyExport</name>
    <message>
        <source>Phone numbers</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>购买记录</translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Reminders done</source>
        <translation>已完成的提醒</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>Family and relations</source>
        <translation>家人与亲友</translation>
    </message>
    <message>
        <source>Anniversaries</source>
        <translation>纪念日</translation>
    </message>
    <message>
        <source>The shop&apos;s own fields</source>
        <translation>本店自定义字段</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Files (their contents are in the JSON file)</source>
        <translation>文件（内容见 JSON 文件）</translation>
    </message>
    <message>
        <source>Everything we keep about {name}</source>
        <translation>本店保存的{name}的全部资料</translation>
    </message>
    <message>
        <source>Exported {moment}</source>
        <translation>导出于 {moment}</translation>
    </message>
    <message>
        <source>Customer card</source>
        <translation>顾客卡片</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>A photo is kept on the card (included in the JSON file).</source>
        <translation>卡片上存有一张照片（已包含在 JSON 文件中）。</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <source>Privacy export</source>
        <translation>隐私资料导出</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Who</source>
        <translation>客户信息</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Tags and notes</source>
        <translation>标签和备注</translation>
    </message>
    <message>
        <source>Work and family</source>
        <translation>工作与家庭</translation>
    </message>
    <message>
        <source>Character and taste</source>
        <translation>性格与品味</translation>
    </message>
    <message>
        <source>Serving them</source>
        <translation>服务偏好</translation>
    </message>
    <message>
        <source>Yes, they agreed to receive offers</source>
        <translation>是，客户同意接收优惠信息</translation>
    </message>
    <message>
        <source>With the shop</source>
        <translation>与本店的关系</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>无会员等级</translation>
    </message>
</context>
<context>
    <name>Purchase</name>
    <message>
        <source>Enter the day of the purchase.</source>
        <translation>请输入购买日期。</translation>
    </message>
    <message>
        <source>{day} is in the future.</source>
        <translation>{day} 是将来的日期。</translation>
    </message>
    <message>
        <source>{day} is too long ago.</source>
        <translation>{day} 太久远了。</translation>
    </message>
    <message>
        <source>That member of staff is no longer in the book.</source>
        <translation>该员工已不在客户簿中。</translation>
    </message>
</context>
<context>
    <name>PurchaseDialog</name>
    <message>
        <source>Change the purchase</source>
        <translation>修改购买记录</translation>
    </message>
    <message>
        <source>Add a purchase</source>
        <translation>添加购买记录</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>e.g. 1,299.50</source>
        <translation>如 1,299.50</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>金额（%1）</translation>
    </message>
    <message>
        <source>What was bought</source>
        <translation>购买了什么</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Product codes</source>
        <translation>货号</translation>
    </message>
    <message>
        <source>Served by</source>
        <translation>接待店员</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>PurchasesPanel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Product codes</source>
        <translation>货号</translation>
    </message>
    <message>
        <source>Served by</source>
        <translation>接待店员</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Add purchase…</source>
        <translation>添加购买…</translation>
    </message>
    <message>
        <source>%1 purchases, %2 in all, %3 on average.</source>
        <translation>共 %1 次购买，合计 %2，平均每次 %3。</translation>
    </message>
    <message>
        <source>Delete the purchase of %1 (%2)? The customer&apos;s figures will be recalculated.</source>
        <translation>要删除 %1 的这笔购买（%2）吗？客户的统计数据会重新计算。</translation>
    </message>
    <message>
        <source>Delete purchase</source>
        <translation>删除购买记录</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>没有做任何更改</translation>
    </message>
</context>
<context>
    <name>QueuesDialog</name>
    <message>
        <source>Message queues</source>
        <translation>发送队列</translation>
    </message>
    <message>
        <source>Each queue goes on from where it stopped.</source>
        <translation>每个队列都从上次停下的地方继续。</translation>
    </message>
    <message>
        <source>Show finished queues</source>
        <translation>显示已完成的队列</translation>
    </message>
    <message>
        <source>No message queues under way. A queue is made when you message several customers at once (Customers › Messages › Message the selected customers…) or send today&apos;s messages from Home.</source>
        <translation>没有进行中的消息队列。一次给多位客户发消息（客户 › 消息 › 给选中的顾客发消息…），或在首页发送今日消息时，会生成一个队列。</translation>
    </message>
    <message>
        <source>Continue…</source>
        <translation>继续…</translation>
    </message>
    <message>
        <source>Delete queue</source>
        <translation>删除队列</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>{name} · {channel} · {done} of {total} done</source>
        <translation>{name} · {channel} · 已完成 {done} / {total}</translation>
    </message>
    <message>
        <source> · {n} left out (consent)</source>
        <translation> · {n} 人未包含（未同意推广）</translation>
    </message>
</context>
<context>
    <name>QuickActions</name>
    <message>
        <source>Log a call or visit…</source>
        <translation>记录联系…</translation>
    </message>
    <message>
        <source>Add a purchase…</source>
        <translation>添加购买…</translation>
    </message>
    <message>
        <source>New reminder…</source>
        <translation>新提醒…</translation>
    </message>
    <message>
        <source>New complaint…</source>
        <translation>新投诉…</translation>
    </message>
    <message>
        <source>Rating…</source>
        <translation>评价…</translation>
    </message>
    <message>
        <source>%1 open complaint(s)</source>
        <translation>%1 件未结投诉</translation>
    </message>
    <message>
        <source>no day set</source>
        <translation>未定日期</translation>
    </message>
    <message>
        <source>promised: %1 (by %2)</source>
        <translation>承诺：%1（%2 前）</translation>
    </message>
    <message>
        <source>next: %1 · %2 on %3</source>
        <translation>下次：%3 %1 · %2</translation>
    </message>
    <message>
        <source>Nothing open for this customer.</source>
        <translation>这位客户没有待办事项。</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Top-up receipt</source>
        <translation>充值小票</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>小票</translation>
    </message>
    <message>
        <source>Count card receipt</source>
        <translation>次卡小票</translation>
    </message>
    <message>
        <source>Visit receipt</source>
        <translation>消次小票</translation>
    </message>
    <message>
        <source>Points receipt</source>
        <translation>积分小票</translation>
    </message>
    <message>
        <source>Membership receipt</source>
        <translation>会员小票</translation>
    </message>
    <message>
        <source>Thank you, see you again soon!</source>
        <translation>谢谢惠顾，欢迎再次光临！</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>冲正</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>From balance</source>
        <translation>余额支付</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>获得积分</translation>
    </message>
    <message>
        <source>Cash received</source>
        <translation>实收现金</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>赠送</translation>
    </message>
    <message>
        <source>Value added</source>
        <translation>到账金额</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Visits used</source>
        <translation>使用次数</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>{n} left</source>
        <translation>剩{n}次</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>After this:</source>
        <translation>本次后：</translation>
    </message>
    <message>
        <source>Served by</source>
        <translation>服务员工</translation>
    </message>
</context>
<context>
    <name>ReferrerPicker</name>
    <message>
        <source>Type a name, phone digits or pinyin…</source>
        <translation>输入姓名、电话数字或拼音…</translation>
    </message>
</context>
<context>
    <name>RelationDialog</name>
    <message>
        <source>Family member</source>
        <translation>家人</translation>
    </message>
    <message>
        <source>Not a customer</source>
        <translation>不是顾客</translation>
    </message>
    <message>
        <source>Find by name</source>
        <translation>按姓名查找</translation>
    </message>
    <message>
        <source>Remind me every year of their birthday</source>
        <translation>每年提醒此人的生日</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Their card</source>
        <translation>其顾客卡片</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>Reminder</name>
    <message>
        <source>Say what the reminder is for.</source>
        <translation>请写明这条提醒要做什么。</translation>
    </message>
    <message>
        <source>The title is too long.</source>
        <translation>标题太长。</translation>
    </message>
    <message>
        <source>Choose what kind of reminder it is.</source>
        <translation>请选择提醒的类型。</translation>
    </message>
    <message>
        <source>Choose the day it is due.</source>
        <translation>请选择到期日。</translation>
    </message>
    <message>
        <source>Write the time as HH:MM, e.g. 15:30, or leave it empty.</source>
        <translation>时间请写成 时:分，例如 15:30，或留空。</translation>
    </message>
    <message>
        <source>Show it between 0 and 365 days ahead.</source>
        <translation>提前显示的天数须在 0 到 365 之间。</translation>
    </message>
    <message>
        <source>That customer is not in the book (any more).</source>
        <translation>本簿中（已）没有这位客户。</translation>
    </message>
    <message>
        <source>Choose how it repeats.</source>
        <translation>请选择重复方式。</translation>
    </message>
    <message>
        <source>Repeat every 1 to 999 days, weeks, months or years.</source>
        <translation>重复间隔须为 1 到 999 天、周、月或年。</translation>
    </message>
    <message>
        <source>Choose which weekday of the month (first to fifth, or last).</source>
        <translation>请选择每月的第几个星期几（第一到第五，或最后一个）。</translation>
    </message>
    <message>
        <source>A lunar date has a month from 1 to 12 and a day from 1 to 30.</source>
        <translation>农历日期的月份为 1 到 12，日为 1 到 30。</translation>
    </message>
    <message>
        <source>That lunar date is outside the years Custbook knows (1901–2099).</source>
        <translation>该农历日期超出客户簿支持的年份（1901–2099）。</translation>
    </message>
    <message>
        <source>The series cannot end before it starts.</source>
        <translation>重复的结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <source>This reminder is already done or was removed.</source>
        <translation>这条提醒已完成或已被删除。</translation>
    </message>
    <message>
        <source>Choose how the contact went.</source>
        <translation>请选择联系结果。</translation>
    </message>
    <message>
        <source>Choose how you contacted them.</source>
        <translation>请选择联系方式。</translation>
    </message>
    <message>
        <source>Choose how satisfied the customer was, or clear the score.</source>
        <translation>请选择顾客是否满意，或清除评分。</translation>
    </message>
    <message>
        <source>Choose today or a later day to try again.</source>
        <translation>请选择今天或之后的日期再联系。</translation>
    </message>
    <message>
        <source>Snooze to today or a later day.</source>
        <translation>只能推迟到今天或之后。</translation>
    </message>
    <message>
        <source>The series has no occurrence on that day.</source>
        <translation>这一系列在那天没有安排。</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>Edit reminder</source>
        <translation>编辑提醒</translation>
    </message>
    <message>
        <source>New reminder</source>
        <translation>新建提醒</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>What to do, e.g. Ask how the coat fits</source>
        <translation>要做什么，例如：问问大衣是否合身</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>at</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source> days ahead</source>
        <translation> 天前显示</translation>
    </message>
    <message>
        <source>on the day</source>
        <translation>当天</translation>
    </message>
    <message>
        <source>Show it</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>不重复</translation>
    </message>
    <message>
        <source>Every N days</source>
        <translation>每 N 天</translation>
    </message>
    <message>
        <source>Every N weeks</source>
        <translation>每 N 周</translation>
    </message>
    <message>
        <source>Every N months</source>
        <translation>每 N 个月</translation>
    </message>
    <message>
        <source>Monthly on a weekday (e.g. the third Monday)</source>
        <translation>每月的某个星期几（例如第三个星期一）</translation>
    </message>
    <message>
        <source>Every year (solar date)</source>
        <translation>每年（公历日期）</translation>
    </message>
    <message>
        <source>Every year (lunar date)</source>
        <translation>每年（农历日期）</translation>
    </message>
    <message>
        <source>every </source>
        <translation>每 </translation>
    </message>
    <message>
        <source>on the</source>
        <translation>在</translation>
    </message>
    <message>
        <source>lunar month </source>
        <translation>农历月份 </translation>
    </message>
    <message>
        <source>day </source>
        <translation>日期 </translation>
    </message>
    <message>
        <source>leap month</source>
        <translation>闰月</translation>
    </message>
    <message>
        <source>Lunar date of the day above</source>
        <translation>取上面日期的农历</translation>
    </message>
    <message>
        <source>until</source>
        <translation>直到</translation>
    </message>
    <message>
        <source>Made by the rule “%1”. Changing the day moves this time only.</source>
        <translation>由规则“%1”生成。修改日期只影响这一次。</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> 周</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>It does not fall on any day in the next three years.</source>
        <translation>未来三年内没有对应的日子。</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>下次：%1</translation>
    </message>
    <message>
        <source>Choose the customer from the list, or clear the field for the shop&apos;s own reminder.</source>
        <translation>请从列表中选择客户；若是店铺自己的提醒，请清空此栏。</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Reopen the complaint</source>
        <translation>重新打开投诉</translation>
    </message>
    <message>
        <source>The result and the follow-up are set aside (they stay in the complaint&apos;s history) so the steps can be taken again.</source>
        <translation>处理结果和回访将被移入投诉的历史记录，以便重新处理各个步骤。</translation>
    </message>
    <message>
        <source>e.g. the customer came back: the zip broke again</source>
        <translation>例如：客户又来了，拉链又坏了</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
</context>
<context>
    <name>Repeat</name>
    <message>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <source>first</source>
        <translation>第一个</translation>
    </message>
    <message>
        <source>second</source>
        <translation>第二个</translation>
    </message>
    <message>
        <source>third</source>
        <translation>第三个</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>第四个</translation>
    </message>
    <message>
        <source>fifth</source>
        <translation>第五个</translation>
    </message>
    <message>
        <source>last</source>
        <translation>最后一个</translation>
    </message>
    <message>
        <source>does not repeat</source>
        <translation>不重复</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>every {n} days</source>
        <translation>每 {n} 天</translation>
    </message>
    <message>
        <source>every week on {weekday}</source>
        <translation>每周的{weekday}</translation>
    </message>
    <message>
        <source>every {n} weeks on {weekday}</source>
        <translation>每 {n} 周的{weekday}</translation>
    </message>
    <message>
        <source>every month on day {day}</source>
        <translation>每月 {day} 日</translation>
    </message>
    <message>
        <source>every {n} months on day {day}</source>
        <translation>每 {n} 个月的 {day} 日</translation>
    </message>
    <message>
        <source>every month on the {nth} {weekday}</source>
        <translation>每月{nth}{weekday}</translation>
    </message>
    <message>
        <source>every {n} months on the {nth} {weekday}</source>
        <translation>每 {n} 个月的{nth}{weekday}</translation>
    </message>
    <message>
        <source>every year on {month}/{day}</source>
        <translation>每年 {month} 月 {day} 日</translation>
    </message>
    <message>
        <source>every {n} years on {month}/{day}</source>
        <translation>每 {n} 年的 {month} 月 {day} 日</translation>
    </message>
    <message>
        <source>every year on {date}</source>
        <translation>每年{date}</translation>
    </message>
    <message>
        <source>every {n} years on {date}</source>
        <translation>每 {n} 年的{date}</translation>
    </message>
</context>
<context>
    <name>ReportFigures</name>
    <message>
        <source>What customers with a card spent in the period.</source>
        <translation>本期有客户卡片的客户的消费总额。</translation>
    </message>
    <message>
        <source>Active customers: everyone who bought at least once in the period.</source>
        <translation>活跃客户：本期至少购买过一次的客户。</translation>
    </message>
    <message>
        <source>Customers whose first purchase ever fell in the period.</source>
        <translation>首次购买发生在本期的客户。</translation>
    </message>
    <message>
        <source>Customers who bought in the period and had bought before it.</source>
        <translation>本期有购买、且在本期之前也购买过的客户。</translation>
    </message>
    <message>
        <source>Of everyone who has ever bought (up to the period&apos;s last day), the share who bought more than once.</source>
        <translation>截至期末所有购买过的客户中，购买过一次以上的比例。</translation>
    </message>
    <message>
        <source>For customers with two or more purchases: days from the first to the last purchase divided by the gaps between them, averaged. Shorter is better.</source>
        <translation>对购买过两次以上的客户：首次到最近一次购买的天数除以间隔次数，再取平均。越短越好。</translation>
    </message>
    <message>
        <source>The period&apos;s revenue spent by its best fifth of buyers. High means the shop depends on a few customers; neither up nor down is simply better.</source>
        <translation>本期消费最高的前五分之一客户贡献的营业额比例。比例高说明店铺依赖少数客户；升降本身无所谓好坏。</translation>
    </message>
    <message>
        <source>Retention: of the customers whose first purchase fell in the period, the share who bought again before its end. The rest is churn.</source>
        <translation>留存：首次购买在本期的客户中，在期末前再次购买的比例。其余即为流失。</translation>
    </message>
    <message>
        <source>Word of mouth: new cards in the period that name the customer who referred them.</source>
        <translation>口碑：本期新建、且注明了介绍人的客户卡片数。</translation>
    </message>
    <message>
        <source>Of the ratings recorded in the period, the share that were “satisfied”.</source>
        <translation>本期记录的评价中，“满意”所占的比例。</translation>
    </message>
    <message>
        <source>The average of the 1–5 scores given in the period.</source>
        <translation>本期 1–5 分评分的平均值。</translation>
    </message>
    <message>
        <source>Net promoter score from “would you recommend us, 0–10”: % answering 9–10 minus % answering 0–6 (−100 … 100).</source>
        <translation>净推荐值，来自“您会推荐我们吗（0–10）”：回答 9–10 的百分比减去回答 0–6 的百分比（−100 … 100）。</translation>
    </message>
    <message>
        <source>Complaints received in the period. Fewer is better.</source>
        <translation>本期收到的投诉数。越少越好。</translation>
    </message>
    <message>
        <source>Hours from receiving a complaint to the first response, the middle value of the period&apos;s complaints. Shorter is better.</source>
        <translation>从收到投诉到首次响应的小时数，取本期投诉的中位数。越短越好。</translation>
    </message>
    <message>
        <source>Of the promises made to complaining customers that are settled, the share kept on time.</source>
        <translation>对投诉客户所作的、已有结果的承诺中，按时兑现的比例。</translation>
    </message>
    <message>
        <source>Of the period&apos;s complaints with a result, the share where the customer ended satisfied.</source>
        <translation>本期已有处理结果的投诉中，客户最终满意的比例。</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>The satisfaction and loyalty report of this period, with charts and tables, ready to print</source>
        <translation>本期的满意度与忠诚度报告，含图表和表格，可直接打印</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Print the same report, with a preview first</source>
        <translation>打印同一份报告，先预览</translation>
    </message>
    <message>
        <source>▲ ▼ the change against the previous period; green is better, red is worse. “pts”: percentage points. Hover a card to see how it is counted.</source>
        <translation>▲ ▼ 与上期相比的变化；绿色表示更好，红色表示更差。“个百分点”指百分比之差。鼠标停在卡片上可查看计算方法。</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>They used to come (two or more purchases) but have not for six months to a year. Double-click a customer to open the card.</source>
        <translation>这些客户以前常来（购买过两次以上），但已有半年到一年没来了。双击客户可打开客户卡片。</translation>
    </message>
    <message>
        <source>Membership cards</source>
        <translation>会员卡</translation>
    </message>
    <message>
        <source>%1 – %2, compared with %3 – %4</source>
        <translation>%1 – %2，对比 %3 – %4</translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>The figures could not be calculated: %1</source>
        <translation>无法计算指标：%1</translation>
    </message>
    <message>
        <source>Choose a period that ends on or after its first day.</source>
        <translation>请选择结束日期不早于开始日期的期间。</translation>
    </message>
    <message>
        <source>Satisfaction report</source>
        <translation>满意度报告</translation>
    </message>
    <message>
        <source>Save the satisfaction report</source>
        <translation>保存满意度报告</translation>
    </message>
    <message>
        <source>Writing the satisfaction report…</source>
        <translation>正在生成满意度报告…</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>报告已保存到 %1</translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation>报告未保存</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>无法生成报告：%1</translation>
    </message>
    <message>
        <source>Preparing the report for printing…</source>
        <translation>正在准备打印报告…</translation>
    </message>
    <message>
        <source>The report was not printed</source>
        <translation>报告未打印</translation>
    </message>
    <message>
        <source>The report could not be prepared: %1</source>
        <translation>无法准备报告：%1</translation>
    </message>
</context>
<context>
    <name>RescueDialog</name>
    <message>
        <source>The customer book cannot be opened</source>
        <translation>无法打开客户簿</translation>
    </message>
    <message>
        <source>Custbook checked the book before opening it, and it is damaged or cannot be read.</source>
        <translation>打开前的检查发现这本客户簿已损坏或无法读取。</translation>
    </message>
    <message>
        <source>%1 customers, %2 purchases, %3 complaints</source>
        <translation>%1 位客户，%2 条购买记录，%3 条投诉</translation>
    </message>
    <message>
        <source>Restore the latest good backup</source>
        <translation>恢复最近一份完好的备份</translation>
    </message>
    <message>
        <source>From %1: %2. The damaged file is kept beside the book as %3; nothing is deleted.</source>
        <translation>备份于 %1：%2。损坏的文件会以 %3 为名保留在客户簿旁边，不会删除任何东西。</translation>
    </message>
    <message>
        <source>Open another book…</source>
        <translation>打开另一本客户簿…</translation>
    </message>
    <message>
        <source>Choose a different customer book, or a backup file you copied yourself.</source>
        <translation>选择另一本客户簿，或您自己复制的备份文件。</translation>
    </message>
    <message>
        <source>Quit Custbook</source>
        <translation>退出客户簿</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Nothing is changed. You can come back to this later.</source>
        <translation>不做任何更改。您以后可以再处理。</translation>
    </message>
    <message>
        <source>Keep working in the book that is open now.</source>
        <translation>继续使用当前打开的客户簿。</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>The backup could not be put in place: {reason}. Your book was not changed.</source>
        <translation>无法放回备份：{reason}。您的客户簿没有改变。</translation>
    </message>
    <message>
        <source>The book is still open in another program, so it was not replaced. Close it there and try again. Nothing was changed.</source>
        <translation>客户簿仍在另一个程序中打开，因此没有替换它。请在那里关闭后再试。没有做任何更改。</translation>
    </message>
    <message>
        <source>That is the book itself, not a backup of it.</source>
        <translation>这是客户簿本身，而不是它的备份。</translation>
    </message>
    <message>
        <source>This backup cannot be restored: {problem} Your book was not changed.</source>
        <translation>无法恢复这份备份：{problem} 您的客户簿没有改变。</translation>
    </message>
    <message>
        <source>The backup could not be copied beside the book: {reason}. Your book was not changed.</source>
        <translation>无法把备份复制到客户簿旁边：{reason}。您的客户簿没有改变。</translation>
    </message>
</context>
<context>
    <name>ReverseDialog</name>
    <message>
        <source>Reverse an entry</source>
        <translation>冲正记录</translation>
    </message>
    <message>
        <source>%1 of %2 on %3</source>
        <translation>%3 的%1 %2</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>The entry stays in the ledger; a reversal of %1 is added.</source>
        <translation>原记录保留在流水中；另加一笔 %1 的冲正。</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>Call to reassure after a purchase</source>
        <translation>购后回访：让顾客放心</translation>
    </message>
    <message>
        <source>Help them use what they bought</source>
        <translation>购后指导：帮顾客用好所买</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>保持联系</translation>
    </message>
    <message>
        <source>Due to buy again soon</source>
        <translation>快到再次购买的时候了</translation>
    </message>
    <message>
        <source>Not seen for a long time</source>
        <translation>很久没来了</translation>
    </message>
    <message>
        <source>Birthday greeting</source>
        <translation>生日祝福</translation>
    </message>
    <message>
        <source>Membership anniversary</source>
        <translation>入会周年</translation>
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
        <source>Imported from a calendar</source>
        <translation>从日历导入</translation>
    </message>
    <message>
        <source>Count card expiring soon</source>
        <translation>次卡即将到期</translation>
    </message>
    <message>
        <source>Points expire on 31 December</source>
        <translation>积分将于12月31日过期</translation>
    </message>
    <message>
        <source>Stopped coming, still has money on the card</source>
        <translation>很久没来，卡里还有余额</translation>
    </message>
    <message>
        <source>{holiday} greeting</source>
        <translation>{holiday}问候</translation>
    </message>
    <message>
        <source>Birthday greeting ({date})</source>
        <translation>生日祝福（{date}）</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>已联系上</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>未联系上</translation>
    </message>
    <message>
        <source>Call back later</source>
        <translation>稍后回电</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Enter a number of days from {low} to {high}.</source>
        <translation>请输入 {low} 到 {high} 之间的天数。</translation>
    </message>
    <message>
        <source>Give three numbers of days from 0 to 365 (0 turns that call off).</source>
        <translation>请填三个 0 到 365 的天数（0 表示不打这通电话）。</translation>
    </message>
    <message>
        <source>Unknown holiday: {code}.</source>
        <translation>未知节日：{code}。</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Reminder rules</source>
        <translation>提醒规则</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Calls after each purchase</source>
        <translation>每次购买后的回访</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1, after</source>
        <translation>%1，购买后</translation>
    </message>
    <message>
        <source>Call this long before they usually buy again</source>
        <translation>在顾客通常再次购买之前多久联系</translation>
    </message>
    <message>
        <source>no call</source>
        <translation>不联系</translation>
    </message>
    <message>
        <source>Usual interval when there are fewer than 3 purchases</source>
        <translation>购买少于 3 次时的默认间隔</translation>
    </message>
    <message>
        <source>Customers slipping away</source>
        <translation>流失中的客户</translation>
    </message>
    <message>
        <source>A call when a customer has not been seen for more than twice their usual interval, or:</source>
        <translation>客户超过其平时间隔的两倍没来时联系，或者：</translation>
    </message>
    <message>
        <source>Without enough history, after</source>
        <translation>历史记录不足时，超过</translation>
    </message>
    <message>
        <source>Birthdays and anniversaries</source>
        <translation>生日与纪念日</translation>
    </message>
    <message>
        <source>Birthday greetings (solar or lunar birthdays)</source>
        <translation>生日祝福（公历或农历生日）</translation>
    </message>
    <message>
        <source>Show them this long before</source>
        <translation>提前显示天数</translation>
    </message>
    <message>
        <source>Membership anniversaries</source>
        <translation>入会周年</translation>
    </message>
    <message>
        <source>28 February</source>
        <translation>2 月 28 日</translation>
    </message>
    <message>
        <source>1 March</source>
        <translation>3 月 1 日</translation>
    </message>
    <message>
        <source>29 February falls in other years on</source>
        <translation>2 月 29 日在非闰年落在</translation>
    </message>
    <message>
        <source>Holiday greetings</source>
        <translation>节日问候</translation>
    </message>
    <message>
        <source>Greet on</source>
        <translation>问候的节日</translation>
    </message>
    <message>
        <source>One per line: 11-18 Shop anniversary (L08-16 for a lunar date)</source>
        <translation>每行一个：11-18 店庆（农历日期写 L08-16）</translation>
    </message>
    <message>
        <source>The shop&apos;s own days</source>
        <translation>本店的日子</translation>
    </message>
    <message>
        <source>customers who accept promotions</source>
        <translation>接受促销信息的客户</translation>
    </message>
    <message>
        <source>(no tag)</source>
        <translation>（不按标签）</translation>
    </message>
    <message>
        <source>and those tagged %1</source>
        <translation>以及带有标签 %1 的客户</translation>
    </message>
    <message>
        <source>Greet</source>
        <translation>问候对象</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>Other file</source>
        <translation>其他文件</translation>
    </message>
</context>
<context>
    <name>SafetyActions</name>
    <message>
        <source>%1 customers, %2 purchases, %3 complaints</source>
        <translation>%1 位客户，%2 条购买记录，%3 条投诉</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>This book lives on a database server; it is backed up on the server, not here.</source>
        <translation>这本客户簿保存在数据库服务器上，由服务器负责备份，而不是在这里。</translation>
    </message>
    <message>
        <source>Backup cancelled; nothing was written.</source>
        <translation>备份已取消，没有写入任何内容。</translation>
    </message>
    <message>
        <source>The backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>The book was backed up (%1).

%2</source>
        <translation>客户簿已备份（%1）。

%2</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Backed up at %1.</source>
        <translation>已于 %1 备份。</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>恢复这份备份吗？</translation>
    </message>
    <message>
        <source>Replace the open book with the backup of %1?

The backup holds %2.

The book as it is now is backed up first, so you can come back to it.</source>
        <translation>要用 %1 的备份替换当前打开的客户簿吗？

这份备份包含 %2。

当前的客户簿会先备份，您随时可以回到现在的状态。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>备份没有恢复</translation>
    </message>
    <message>
        <source>Restore cancelled; the book was not changed.</source>
        <translation>恢复已取消，客户簿没有改变。</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
    <message>
        <source>The backup of %1 is back in place (%2).</source>
        <translation>%1 的备份已恢复（%2）。</translation>
    </message>
    <message>
        <source>The book as it was before is kept at:
%1</source>
        <translation>恢复之前的客户簿保存在：
%1</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>Restored the backup of %1.</source>
        <translation>已恢复 %1 的备份。</translation>
    </message>
</context>
<context>
    <name>SafetyMenu</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Bac&amp;kups…</source>
        <translation>备份列表(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Password lock…</source>
        <translation>密码锁(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>立即锁定(&amp;L)</translation>
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
    <name>Satisfaction</name>
    <message>
        <source>≤ 2 h</source>
        <translation>≤ 2 小时</translation>
    </message>
    <message>
        <source>2–8 h</source>
        <translation>2–8 小时</translation>
    </message>
    <message>
        <source>8–24 h</source>
        <translation>8–24 小时</translation>
    </message>
    <message>
        <source>1–3 days</source>
        <translation>1–3 天</translation>
    </message>
    <message>
        <source>&gt; 3 days</source>
        <translation>&gt; 3 天</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>购买</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation>回访电话</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Choose whether the customer was satisfied, neutral or dissatisfied.</source>
        <translation>请选择顾客是满意、一般还是不满意。</translation>
    </message>
    <message>
        <source>The score is a whole number from 1 to 5, or none.</source>
        <translation>评分是 1 到 5 的整数，也可以不填。</translation>
    </message>
    <message>
        <source>“Would recommend us” is a whole number from 0 to 10, or none.</source>
        <translation>“愿意推荐我们”是 0 到 10 的整数，也可以不填。</translation>
    </message>
    <message>
        <source>Choose the day the customer said it.</source>
        <translation>请选择顾客作出评价的日期。</translation>
    </message>
    <message>
        <source>{day} is in the future: record what the customer has already said.</source>
        <translation>{day} 是将来的日期：只记录顾客已经说过的评价。</translation>
    </message>
    <message>
        <source>{day} is too long ago.</source>
        <translation>{day} 太久远了。</translation>
    </message>
    <message>
        <source>That member of staff is no longer in the book.</source>
        <translation>该店员已不在客户簿中。</translation>
    </message>
    <message>
        <source>Choose what the rating is about.</source>
        <translation>请选择这条评价针对的是什么。</translation>
    </message>
    <message>
        <source>Choose the purchase the customer is rating.</source>
        <translation>请选择顾客评价的是哪次购买。</translation>
    </message>
    <message>
        <source>That purchase is not one of this customer&apos;s.</source>
        <translation>这次购买不属于该顾客。</translation>
    </message>
    <message>
        <source>That complaint is not one of this customer&apos;s.</source>
        <translation>这条投诉不属于该顾客。</translation>
    </message>
    <message>
        <source>A rating about a complaint is recorded in the complaint&apos;s result step.</source>
        <translation>对投诉的评价请在投诉的“结果”步骤中记录。</translation>
    </message>
    <message>
        <source>The comment is too long (at most {count} characters).</source>
        <translation>评语太长（最多 {count} 个字）。</translation>
    </message>
    <message>
        <source>That customer is not in the book (any more).</source>
        <translation>该顾客已不在客户簿中。</translation>
    </message>
    <message>
        <source>This satisfaction record is no longer in the book.</source>
        <translation>这条满意度记录已不在客户簿中。</translation>
    </message>
    <message>
        <source>This rating is the result of a complaint: change it in the complaint&apos;s result step.</source>
        <translation>这条评价是投诉的处理结果：请在投诉的“结果”步骤中修改。</translation>
    </message>
</context>
<context>
    <name>SatisfactionDialog</name>
    <message>
        <source>Change the satisfaction record</source>
        <translation>修改满意度记录</translation>
    </message>
    <message>
        <source>Record satisfaction</source>
        <translation>记录满意度</translation>
    </message>
    <message>
        <source>Purchase of %1</source>
        <translation>购买：%1</translation>
    </message>
    <message>
        <source>About</source>
        <translation>针对</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>SatisfactionEntry</name>
    <message>
        <source>Satisfied?</source>
        <translation>满意吗？</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>不打分</translation>
    </message>
    <message>
        <source> of 5</source>
        <translation> 分（满分 5）</translation>
    </message>
    <message>
        <source>Only if the customer gave a score from 1 to 5.</source>
        <translation>仅在顾客给出 1–5 分时填写。</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>未询问</translation>
    </message>
    <message>
        <source>“How likely are you to recommend us to a friend?” 0 = not at all, 10 = certainly.</source>
        <translation>“您有多大可能把我们推荐给朋友？”0 = 完全不会，10 = 一定会。</translation>
    </message>
    <message>
        <source>Would recommend us (0–10)</source>
        <translation>推荐意愿（0–10）</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>What the customer said, in their words</source>
        <translation>顾客的原话</translation>
    </message>
    <message>
        <source>Their comment</source>
        <translation>顾客评语</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>询问人</translation>
    </message>
</context>
<context>
    <name>SatisfactionPanel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>About</source>
        <translation>针对</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Recommend</source>
        <translation>推荐意愿</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评语</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>询问人</translation>
    </message>
    <message>
        <source>Record satisfaction…</source>
        <translation>记录满意度…</translation>
    </message>
    <message>
        <source>Purchase of %1</source>
        <translation>购买：%1</translation>
    </message>
    <message>
        <source>Complaint of %1</source>
        <translation>投诉：%1</translation>
    </message>
    <message>
        <source>The result of a complaint: change it on the Complaints page.</source>
        <translation>这是投诉的处理结果：请在“投诉”页修改。</translation>
    </message>
    <message>
        <source>No satisfaction recorded yet.</source>
        <translation>尚无满意度记录。</translation>
    </message>
    <message>
        <source>Ratings: %1 (%2 satisfied, %3 neutral, %4 dissatisfied)</source>
        <translation>评价 %1 次（满意 %2，一般 %3，不满意 %4）</translation>
    </message>
    <message>
        <source>average score %1 of 5</source>
        <translation>平均评分 %1 分（满分 5）</translation>
    </message>
    <message>
        <source>would recommend us %1 of 10 on average</source>
        <translation>平均推荐意愿 %1 分（满分 10）</translation>
    </message>
    <message>
        <source>Delete the rating “%1” of %2?</source>
        <translation>删除 %2 的评价“%1”？</translation>
    </message>
    <message>
        <source>Delete satisfaction record</source>
        <translation>删除满意度记录</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>没有做任何更改</translation>
    </message>
</context>
<context>
    <name>SatisfactionReport</name>
    <message>
        <source>{sign}{value} pts</source>
        <translation>{sign}{value} 个百分点</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Our shop</source>
        <translation>本店</translation>
    </message>
    <message>
        <source>Satisfaction and loyalty report</source>
        <translation>满意度与忠诚度报告</translation>
    </message>
    <message>
        <source>compared with {period}</source>
        <translation>对比期间：{period}</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>营业额</translation>
    </message>
    <message>
        <source>First-time buyers who came back</source>
        <translation>首购客户回购率</translation>
    </message>
    <message>
        <source>Complaint promises kept</source>
        <translation>投诉承诺兑现率</translation>
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
        <source>Returning customers</source>
        <translation>回头客</translation>
    </message>
    <message>
        <source>Repeat-purchase rate</source>
        <translation>复购率</translation>
    </message>
    <message>
        <source>Average days between purchases</source>
        <translation>平均购买间隔（天）</translation>
    </message>
    <message>
        <source>Revenue from the best 20 % of customers</source>
        <translation>前 20% 客户贡献的营业额</translation>
    </message>
    <message>
        <source>New customers referred by a customer</source>
        <translation>老客户介绍的新客户</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Average score (1–5)</source>
        <translation>平均评分（1–5）</translation>
    </message>
    <message>
        <source>Recommend score (NPS)</source>
        <translation>推荐指数（NPS）</translation>
    </message>
    <message>
        <source>Complaints received</source>
        <translation>收到的投诉</translation>
    </message>
    <message>
        <source>Median first response (hours)</source>
        <translation>首次响应时间中位数（小时）</translation>
    </message>
    <message>
        <source>Complaints ending satisfied</source>
        <translation>投诉处理后满意</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>本期</translation>
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
        <source>Key figures</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <source>Green: better than the previous period; red: worse. “pts”: percentage points.</source>
        <translation>绿色：比上期好；红色：比上期差。“个百分点”指百分比之差。</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>未分类</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Satisfaction by month</source>
        <translation>每月满意度</translation>
    </message>
    <message>
        <source>Distribution of ratings</source>
        <translation>评价分布</translation>
    </message>
    <message>
        <source>Complaints by category</source>
        <translation>投诉类别</translation>
    </message>
    <message>
        <source>First response time</source>
        <translation>首次响应时间</translation>
    </message>
    <message>
        <source>Retention: % buying again n months after the first purchase</source>
        <translation>留存：首次购买后第 n 个月再次购买的比例</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>忠诚度</translation>
    </message>
    <message>
        <source>Customers by segment (RFM)</source>
        <translation>客户分群（RFM）</translation>
    </message>
    <message>
        <source>Champions: bought within 90 days, 4+ times. Loyal: within 180 days, 3+ times. At risk: 2+ purchases, none for 6–12 months. Lost: none for over a year.</source>
        <translation>核心客户：90 天内购买过，且共购买 4 次以上。忠实客户：180 天内购买过，且共购买 3 次以上。流失风险：购买过 2 次以上，但已 6–12 个月未购买。已流失：超过一年未购买。</translation>
    </message>
    <message>
        <source>Best customers of the period</source>
        <translation>本期最佳客户</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>最近购买</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>购买次数</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>消费额</translation>
    </message>
    <message>
        <source>No purchases in this period.</source>
        <translation>本期没有购买记录。</translation>
    </message>
    <message>
        <source>Customers to call</source>
        <translation>需要联系的客户</translation>
    </message>
    <message>
        <source>At-risk customers to call this week</source>
        <translation>本周应致电的流失风险客户</translation>
    </message>
    <message>
        <source>Spent in all</source>
        <translation>累计消费</translation>
    </message>
    <message>
        <source>Nobody is at risk — well done.</source>
        <translation>没有流失风险客户，做得好！</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>No sales, ratings or complaints by named staff in this period.</source>
        <translation>本期没有记在员工名下的销售、评价或投诉。</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售笔数</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>评价数</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>第 {n} 页，共 {total} 页</translation>
    </message>
    <message>
        <source>The report period ends before it starts.</source>
        <translation>报告期间的结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Printed {day}</source>
        <translation>打印于 {day}</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Rebuilding the search index was cancelled.</source>
        <translation>重建搜索索引已取消。</translation>
    </message>
</context>
<context>
    <name>SellCardDialog</name>
    <message>
        <source>Sell a count card</source>
        <translation>售出次卡</translation>
    </message>
    <message>
        <source>Count cards held: %1</source>
        <translation>持有次卡：%1张</translation>
    </message>
    <message>
        <source>e.g. 10 haircuts</source>
        <translation>如：洗剪吹10次卡</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>卡</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Price paid (¥)</source>
        <translation>实付价格（¥）</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>%1 visits for %2 (%3 a visit)</source>
        <translation>%1次，共%2（每次%3）</translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <source>the server closed the connection</source>
        <translation>服务器关闭了连接</translation>
    </message>
    <message>
        <source>the server&apos;s admin ended the connection</source>
        <translation>服务器管理员结束了连接</translation>
    </message>
    <message>
        <source>the connection had been closed</source>
        <translation>连接已被关闭</translation>
    </message>
    <message>
        <source>the server refused the connection</source>
        <translation>服务器拒绝了连接</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>服务器没有及时应答</translation>
    </message>
    <message>
        <source>the server&apos;s name is not known on this network</source>
        <translation>在这个网络中找不到该服务器名称</translation>
    </message>
    <message>
        <source>the book&apos;s database does not accept connections now</source>
        <translation>客户簿所在的数据库现在不接受连接</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>没有应答</translation>
    </message>
    <message>
        <source>The book&apos;s server ({server}) cannot be reached ({reason}). What you were doing was not saved; your text is still on the screen. Check the network or the server, then choose File › Reconnect to the server.</source>
        <translation>无法连接客户簿服务器 {server}（{reason}）。刚才的操作没有保存；您填写的内容仍在屏幕上。请检查网络或服务器，然后选择 文件 › 重新连接服务器。</translation>
    </message>
    <message>
        <source>The book&apos;s server ({server}) went away while saving ({reason}), so it is not known whether this change was saved. Your text is still on the screen: once the server is back, look at the card before saving again.</source>
        <translation>保存时与客户簿服务器（{server}）的连接中断（{reason}），无法确定这次修改是否已保存。您输入的内容仍在屏幕上：服务器恢复后，请先查看卡片再重新保存。</translation>
    </message>
    <message>
        <source>No customer book is open.</source>
        <translation>没有打开的客户簿。</translation>
    </message>
    <message>
        <source>The server at {server} refused the user name “{user}” or its password. Check both (the password is case-sensitive).</source>
        <translation>服务器 {server} 拒绝了用户名“{user}”或其密码。请检查两者（密码区分大小写）。</translation>
    </message>
    <message>
        <source>The server at {server} has no database called “{database}”. Check the name, or ask the server&apos;s admin to create it.</source>
        <translation>服务器 {server} 上没有名为“{database}”的数据库。请检查名称，或请服务器管理员创建它。</translation>
    </message>
    <message>
        <source>No database server answers at {server}. Check the server&apos;s name and port, that it is switched on, and that it accepts connections from this PC.</source>
        <translation>{server} 上没有数据库服务器应答。请检查服务器名称和端口、服务器是否开着，以及它是否允许这台电脑连接。</translation>
    </message>
    <message>
        <source>Cannot connect to {server}: {reason}</source>
        <translation>无法连接 {server}：{reason}</translation>
    </message>
    <message>
        <source>Connected. The database is empty: opening it makes a new, empty customer book there (to move an existing book in, use copy-book).</source>
        <translation>已连接。该数据库是空的：打开后会在其中新建一个空客户簿（要把现有客户簿搬进去，请用 copy-book）。</translation>
    </message>
    <message>
        <source>Connected, but the database “{database}” holds other data and is not a customer book. Choose another database.</source>
        <translation>已连接，但数据库“{database}”里是其他数据，不是客户簿。请选择另一个数据库。</translation>
    </message>
    <message>
        <source>Connected. “{database}” is a customer book with {count} customers.</source>
        <translation>已连接。“{database}”是一个有 {count} 位客户的客户簿。</translation>
    </message>
</context>
<context>
    <name>SetUpDialog</name>
    <message>
        <source>Set up the new book</source>
        <translation>设置新客户簿</translation>
    </message>
</context>
<context>
    <name>SetUpForm</name>
    <message>
        <source>Your shop</source>
        <translation>您的店铺</translation>
    </message>
    <message>
        <source>Three questions to start; everything can be changed later in File › Settings.</source>
        <translation>先回答三个问题；以后都可以在“文件 › 设置”中修改。</translation>
    </message>
    <message>
        <source>Shop name:</source>
        <translation>店名：</translation>
    </message>
    <message>
        <source>Printed at the top of every paper.</source>
        <translation>印在每份纸张的顶部。</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>您的姓名：</translation>
    </message>
    <message>
        <source>You become the first staff member.</source>
        <translation>您将成为第一位员工。</translation>
    </message>
    <message>
        <source>Kind of shop:</source>
        <translation>店铺类型：</translation>
    </message>
    <message>
        <source>Picks tiers, complaint categories, interest topics and follow-up calls that suit it.</source>
        <translation>据此选择合适的会员等级、投诉类别、兴趣话题和回访安排。</translation>
    </message>
    <message>
        <source>A name has at most 80 characters.</source>
        <translation>姓名最多 80 个字符。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>SharedBook</name>
    <message>
        <source>Backups of a shared book</source>
        <translation>共享客户簿的备份</translation>
    </message>
    <message>
        <source>This book lives on a database server: the server&apos;s admin backs it up there (pg_dump or pg_basebackup, kept away from the server).

File › Back up now also keeps a copy on this PC, in:
%1</source>
        <translation>这个客户簿存放在数据库服务器上：由服务器管理员在服务器上备份（pg_dump 或 pg_basebackup，备份要存放在服务器以外的地方）。

文件 › 立即备份 还会在这台电脑上保存一份副本，位置：
%1</translation>
    </message>
    <message>
        <source>Connect to a &amp;shared book…</source>
        <translation>连接共享客户簿(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Reconnect to the server</source>
        <translation>重新连接服务器(&amp;R)</translation>
    </message>
</context>
<context>
    <name>SharedBookWatch</name>
    <message>
        <source>Not connected to the book&apos;s server.</source>
        <translation>未连接到客户簿服务器。</translation>
    </message>
    <message>
        <source>The server cannot be reached</source>
        <translation>无法连接服务器</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>重新连接</translation>
    </message>
    <message>
        <source>Still not connected</source>
        <translation>仍未连接</translation>
    </message>
    <message>
        <source>Connected to the server again.</source>
        <translation>已重新连接服务器。</translation>
    </message>
</context>
<context>
    <name>ShopKinds</name>
    <message>
        <source>Clothing</source>
        <translation>服装</translation>
    </message>
    <message>
        <source>Tea</source>
        <translation>茶叶</translation>
    </message>
    <message>
        <source>Beauty or hair salon</source>
        <translation>美容美发</translation>
    </message>
    <message>
        <source>Restaurant</source>
        <translation>餐饮</translation>
    </message>
    <message>
        <source>Grocery</source>
        <translation>生鲜杂货</translation>
    </message>
    <message>
        <source>Another kind of shop</source>
        <translation>其他类型的店</translation>
    </message>
    <message>
        <source>New arrivals</source>
        <translation>新品</translation>
    </message>
    <message>
        <source>Silk</source>
        <translation>丝绸</translation>
    </message>
    <message>
        <source>Dresses</source>
        <translation>连衣裙</translation>
    </message>
    <message>
        <source>Coats</source>
        <translation>外套</translation>
    </message>
    <message>
        <source>Accessories</source>
        <translation>配饰</translation>
    </message>
    <message>
        <source>Green tea</source>
        <translation>绿茶</translation>
    </message>
    <message>
        <source>Pu&apos;er</source>
        <translation>普洱</translation>
    </message>
    <message>
        <source>Oolong</source>
        <translation>乌龙茶</translation>
    </message>
    <message>
        <source>Tea sets</source>
        <translation>茶具</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>礼品</translation>
    </message>
    <message>
        <source>Hair colour</source>
        <translation>染发</translation>
    </message>
    <message>
        <source>Perm</source>
        <translation>烫发</translation>
    </message>
    <message>
        <source>Skin care</source>
        <translation>护肤</translation>
    </message>
    <message>
        <source>Nails</source>
        <translation>美甲</translation>
    </message>
    <message>
        <source>Massage</source>
        <translation>按摩</translation>
    </message>
    <message>
        <source>Spicy</source>
        <translation>辣味</translation>
    </message>
    <message>
        <source>Vegetarian</source>
        <translation>素食</translation>
    </message>
    <message>
        <source>Banquets</source>
        <translation>宴席</translation>
    </message>
    <message>
        <source>Set meals</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Desserts</source>
        <translation>甜品</translation>
    </message>
    <message>
        <source>Fruit</source>
        <translation>水果</translation>
    </message>
    <message>
        <source>Vegetables</source>
        <translation>蔬菜</translation>
    </message>
    <message>
        <source>Snacks</source>
        <translation>零食</translation>
    </message>
    <message>
        <source>Rice and oil</source>
        <translation>粮油</translation>
    </message>
    <message>
        <source>Drinks</source>
        <translation>饮料</translation>
    </message>
    <message>
        <source>Choose the kind of shop.</source>
        <translation>请选择店铺类型。</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>店主</translation>
    </message>
</context>
<context>
    <name>ShopPaper</name>
    <message>
        <source>WeChat: {id}</source>
        <translation>微信：{id}</translation>
    </message>
</context>
<context>
    <name>ShopSection</name>
    <message>
        <source>Printed at the top of every paper: customer sheets, lists, labels, letters, visit and complaint sheets, the report.</source>
        <translation>印在每份纸张的顶部：客户档案、名单、标签、信函、回访单、投诉单和报表。</translation>
    </message>
    <message>
        <source>Shop name:</source>
        <translation>店名：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>WeChat ID:</source>
        <translation>微信号：</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>标志：</translation>
    </message>
    <message>
        <source>QR code:</source>
        <translation>二维码：</translation>
    </message>
    <message>
        <source>Optional: e.g. your WeChat QR code.</source>
        <translation>可选：例如您的微信二维码。</translation>
    </message>
    <message>
        <source>The shop</source>
        <translation>本店</translation>
    </message>
</context>
<context>
    <name>ShopSettings</name>
    <message>
        <source>(a picture)</source>
        <translation>（一张图片）</translation>
    </message>
    <message>
        <source>This cannot be empty.</source>
        <translation>不能为空。</translation>
    </message>
    <message>
        <source>At most {n} characters.</source>
        <translation>最多 {n} 个字符。</translation>
    </message>
    <message>
        <source>Control characters are not allowed.</source>
        <translation>不能包含控制字符。</translation>
    </message>
    <message>
        <source>Type a whole number.</source>
        <translation>请输入整数。</translation>
    </message>
    <message>
        <source>Type a number from {low} to {high}.</source>
        <translation>请输入 {low} 到 {high} 之间的数字。</translation>
    </message>
    <message>
        <source>Not a country code such as CN, HK, TW or US.</source>
        <translation>不是有效的国家或地区代码（如 CN、HK、TW、US）。</translation>
    </message>
    <message>
        <source>Choose one of: {choices}.</source>
        <translation>请从以下选择一项：{choices}。</translation>
    </message>
    <message>
        <source>A currency symbol has 1 to 4 characters and no digits (¥, HK$).</source>
        <translation>货币符号为 1 到 4 个字符，不含数字（如 ¥、HK$）。</translation>
    </message>
    <message>
        <source>This is not a picture Custbook can read.</source>
        <translation>客户簿无法读取这张图片。</translation>
    </message>
    <message>
        <source>Choose a PNG or JPEG picture.</source>
        <translation>请选择 PNG 或 JPEG 图片。</translation>
    </message>
    <message>
        <source>The picture is larger than 512 KB; choose a smaller one.</source>
        <translation>图片超过 512 KB，请选择小一些的图片。</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>店名</translation>
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
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>标志</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>二维码</translation>
    </message>
    <message>
        <source>Promised complaint response (hours)</source>
        <translation>投诉承诺响应时间（小时）</translation>
    </message>
    <message>
        <source>Currency symbol</source>
        <translation>货币符号</translation>
    </message>
    <message>
        <source>Default phone region</source>
        <translation>默认电话地区</translation>
    </message>
    <message>
        <source>First day of the week</source>
        <translation>每周第一天</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>保留的每日备份数</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>闲置多少分钟后锁定</translation>
    </message>
    <message>
        <source>Unknown setting “{name}”; known: {known}.</source>
        <translation>没有“{name}”这项设置；可用的有：{known}。</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <source>Snooze until</source>
        <translation>推迟到</translation>
    </message>
</context>
<context>
    <name>SourcesTab</name>
    <message>
        <source>How customers first came to the shop, as the card offers them. Double-click a line to rename it; a line removed stays on the cards that have it.</source>
        <translation>客户最初是怎么来到店里的，即资料卡上可选的来源。双击一行可改名；删掉的一行仍保留在已选它的客户资料上。</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>改名</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Customers per source: %1</source>
        <translation>各来源的客户数：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>新来源</translation>
    </message>
</context>
<context>
    <name>SpendDialog</name>
    <message>
        <source>Spend from the balance</source>
        <translation>余额消费</translation>
    </message>
    <message>
        <source>Balance now: %1</source>
        <translation>当前余额：%1</translation>
    </message>
    <message>
        <source>Amount (¥)</source>
        <translation>金额（¥）</translation>
    </message>
    <message>
        <source>For</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>The balance is only %1.</source>
        <translation>余额只有%1。</translation>
    </message>
    <message>
        <source>Balance after %1</source>
        <translation>消费后余额 %1</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>active</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>A staff member needs a name.</source>
        <translation>员工需要填写姓名。</translation>
    </message>
    <message>
        <source>A name has at most 80 characters.</source>
        <translation>姓名最多 80 个字符。</translation>
    </message>
    <message>
        <source>There is already someone called “{name}”.</source>
        <translation>已经有一位员工叫“{name}”。</translation>
    </message>
    <message>
        <source>A role has at most 80 characters.</source>
        <translation>职务最多 80 个字符。</translation>
    </message>
    <message>
        <source>Nobody called “{name}” is on the staff list.</source>
        <translation>员工名单中没有“{name}”。</translation>
    </message>
</context>
<context>
    <name>StaffOnDuty</name>
    <message>
        <source>Staff on duty</source>
        <translation>当班员工</translation>
    </message>
    <message>
        <source>Changes to customer cards are recorded under this name.</source>
        <translation>对顾客卡片的修改将以此员工的名义记录。</translation>
    </message>
    <message>
        <source>Nobody named</source>
        <translation>未指定</translation>
    </message>
</context>
<context>
    <name>StaffSection</name>
    <message>
        <source>Every staff picker lists the active staff. Someone who left is deactivated: their name stays on what they did.</source>
        <translation>所有选择员工的地方都只列出在职员工。离职的员工请停用：他们经手的记录仍保留其姓名。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>经手记录</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>职务：</translation>
    </message>
    <message>
        <source>e.g. shop assistant, manager</source>
        <translation>例如：店员、店长</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>恢复</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Clear this step</source>
        <translation>清除此步骤</translation>
    </message>
    <message>
        <source>Not yet known</source>
        <translation>尚不清楚</translation>
    </message>
    <message>
        <source>Who will follow up:</source>
        <translation>回访人：</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>经办人：</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>What they said and felt:</source>
        <translation>客户的话与感受：</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <source>Apologised</source>
        <translation>已道歉</translation>
    </message>
    <message>
        <source>No apology</source>
        <translation>未道歉</translation>
    </message>
    <message>
        <source>Apology:</source>
        <translation>道歉：</translation>
    </message>
    <message>
        <source>Words used:</source>
        <translation>道歉用语：</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>事情经过：</translation>
    </message>
    <message>
        <source>Whose fault:</source>
        <translation>责任方：</translation>
    </message>
    <message>
        <source>Solution proposed:</source>
        <translation>提出的解决办法：</translation>
    </message>
    <message>
        <source>The customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>Accepted it</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Did not accept it</source>
        <translation>未接受</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>方式：</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>Value (%1):</source>
        <translation>金额（%1）：</translation>
    </message>
    <message>
        <source>What was promised:</source>
        <translation>承诺内容：</translation>
    </message>
    <message>
        <source>Due by:</source>
        <translation>兑现期限：</translation>
    </message>
    <message>
        <source>Kept?</source>
        <translation>是否兑现：</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>已兑现</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>未兑现</translation>
    </message>
    <message>
        <source>Kept or broken on:</source>
        <translation>兑现/失约时间：</translation>
    </message>
    <message>
        <source>The customer now:</source>
        <translation>客户现在：</translation>
    </message>
    <message>
        <source>Their comment:</source>
        <translation>客户评价：</translation>
    </message>
    <message>
        <source>Score (1–5):</source>
        <translation>评分（1–5）：</translation>
    </message>
    <message>
        <source>(not asked)</source>
        <translation>（未问）</translation>
    </message>
    <message>
        <source>Would recommend us (0–10):</source>
        <translation>推荐意愿（0–10）：</translation>
    </message>
    <message>
        <source>Follow up on:</source>
        <translation>回访日期：</translation>
    </message>
    <message>
        <source>The follow-up is done</source>
        <translation>已完成回访</translation>
    </message>
    <message>
        <source>What came of it:</source>
        <translation>回访结果：</translation>
    </message>
    <message>
        <source>Done on:</source>
        <translation>完成时间：</translation>
    </message>
    <message>
        <source>Clear what was recorded for this step? This cannot be undone.</source>
        <translation>清除此步骤已记录的内容？此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <source>next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Record…</source>
        <translation>记录…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>待办</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <source>Add a tag…</source>
        <translation>添加标签…</translation>
    </message>
    <message>
        <source>Remove the tag “%1”</source>
        <translation>移除标签“%1”</translation>
    </message>
</context>
<context>
    <name>Tags</name>
    <message>
        <source>There is already a tag “{name}”: merge the two instead.</source>
        <translation>已经有标签“{name}”：请改为合并这两个标签。</translation>
    </message>
    <message>
        <source>Choose two different tags.</source>
        <translation>请选择两个不同的标签。</translation>
    </message>
    <message>
        <source>A colour is written #rrggbb.</source>
        <translation>颜色的写法是 #rrggbb。</translation>
    </message>
</context>
<context>
    <name>TagsTab</name>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>合并到…</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>颜色…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation>重命名标签</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Merge tags</source>
        <translation>合并标签</translation>
    </message>
    <message>
        <source>Customers tagged “%1” get this tag instead:</source>
        <translation>带有“%1”标签的客户改为使用这个标签：</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>删除标签</translation>
    </message>
    <message>
        <source>Take “%1” off %2 customer(s) and delete it?</source>
        <translation>从 %2 位客户身上去掉“%1”并删除该标签？</translation>
    </message>
</context>
<context>
    <name>TalkingPoints</name>
    <message>
        <source>No purchase yet</source>
        <translation>尚无购买</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>喜好</translation>
    </message>
    <message>
        <source>Hobbies</source>
        <translation>爱好</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>兴趣</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>Likes to be served</source>
        <translation>服务偏好</translation>
    </message>
    <message>
        <source>How to reach</source>
        <translation>联系偏好</translation>
    </message>
    <message>
        <source>{date}, next on {when}</source>
        <translation>{date}，下次在 {when}</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Last complaint</source>
        <translation>最近投诉</translation>
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
    <name>TemplatesEditor</name>
    <message>
        <source>All occasions</source>
        <translation>全部用途</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>新建模板</translation>
    </message>
    <message>
        <source>Promotional: only to customers who agreed to promotions</source>
        <translation>推广消息：只发给同意接收推广的顾客</translation>
    </message>
    <message>
        <source>Insert field</source>
        <translation>插入字段</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>For</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>保存模板</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>%1 (Chinese)</source>
        <translation>%1（中文）</translation>
    </message>
    <message>
        <source>%1 (English)</source>
        <translation>%1（英文）</translation>
    </message>
    <message>
        <source>A built-in template: saving a change keeps it as the shop&apos;s own.</source>
        <translation>内置模板：修改后保存为本店自己的模板。</translation>
    </message>
    <message>
        <source>{chars} characters · {parts} SMS ({per} per SMS, before the fields are filled)</source>
        <translation>{chars} 字 · {parts} 条短信（每条 {per} 字，未填入字段前）</translation>
    </message>
</context>
<context>
    <name>TierRules</name>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>Visits: from 0 to 366.</source>
        <translation>到店次数：0 到 366。</translation>
    </message>
    <message>
        <source>A rule needs an amount or a number of visits.</source>
        <translation>规则需要一个金额或到店次数。</translation>
    </message>
    <message>
        <source>A tier name has 1 to 40 characters.</source>
        <translation>等级名称为 1 到 40 个字符。</translation>
    </message>
    <message>
        <source>A colour is written #rrggbb.</source>
        <translation>颜色的写法是 #rrggbb。</translation>
    </message>
    <message>
        <source>There is already a tier called “{name}”.</source>
        <translation>已经有一个等级叫“{name}”。</translation>
    </message>
</context>
<context>
    <name>TiersTab</name>
    <message>
        <source>A tier with a rule is earned by spending at least the amount or visiting at least as often in the last 12 months. Customers only move up, except tiers you set by hand, which stay unless you tick the box below.</source>
        <translation>设有规则的等级：近 12 个月消费达到金额或到店达到次数即可获得。客户只升不降；您手动设定的等级保持不变，除非勾选下面的选项。</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Spent at least</source>
        <translation>消费至少</translation>
    </message>
    <message>
        <source>or visits</source>
        <translation>或到店次数</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Also lower tiers I set by hand</source>
        <translation>也降低我手动设定的等级</translation>
    </message>
    <message>
        <source>One place lower</source>
        <translation>排位降一级</translation>
    </message>
    <message>
        <source>One place higher</source>
        <translation>排位升一级</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Save the rules and move customers</source>
        <translation>保存规则并调整客户等级</translation>
    </message>
    <message>
        <source>Double-click to choose a colour</source>
        <translation>双击选择颜色</translation>
    </message>
    <message>
        <source>Visits: a whole number.</source>
        <translation>到店次数：请输入整数。</translation>
    </message>
    <message>
        <source>With these rules %1 customer(s) would move up and %2 down; %3 would stay where you put them by hand.</source>
        <translation>按这些规则，将有 %1 位客户升级、%2 位降级；%3 位保持您手动设定的等级。</translation>
    </message>
    <message>
        <source>Saved: %1 customer(s) moved.</source>
        <translation>已保存：%1 位客户调整了等级。</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Bought {items}</source>
        <translation>购买了{items}</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>购买</translation>
    </message>
    <message>
        <source>Complaint: {category} ({status})</source>
        <translation>投诉：{category}（{status}）</translation>
    </message>
    <message>
        <source>no category</source>
        <translation>未分类</translation>
    </message>
    <message>
        <source>Done: {title}</source>
        <translation>已完成：{title}</translation>
    </message>
    <message>
        <source>Satisfaction: {rating}</source>
        <translation>满意度：{rating}</translation>
    </message>
    <message>
        <source>Card created</source>
        <translation>建卡</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>还没有任何记录。</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>最近购买</translation>
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
        <source>%1 (%2, the first %3 listed)</source>
        <translation>%1（共 %2，列出前 %3）</translation>
    </message>
    <message>
        <source>Nothing to do: no reminders are due in the next days.</source>
        <translation>没有待办：未来几天没有到期的提醒。</translation>
    </message>
    <message>
        <source>(the shop)</source>
        <translation>（店铺）</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>自 %1 起逾期</translation>
    </message>
</context>
<context>
    <name>TodaySummary</name>
    <message>
        <source>Preparing today&apos;s reminders…</source>
        <translation>正在准备今天的提醒…</translation>
    </message>
    <message>
        <source>Today: %1 to contact</source>
        <translation>今天：要联系 %1 位</translation>
    </message>
    <message>
        <source>; %1 overdue</source>
        <translation>；逾期 %1 条</translation>
    </message>
    <message>
        <source>Today in the calendar</source>
        <translation>今日提醒</translation>
    </message>
    <message>
        <source>Not when Custbook opens</source>
        <translation>打开客户簿时不再显示</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation>打开日历</translation>
    </message>
</context>
<context>
    <name>TopUpDialog</name>
    <message>
        <source>Top up the stored value</source>
        <translation>储值充值</translation>
    </message>
    <message>
        <source>Balance now: %1</source>
        <translation>当前余额：%1</translation>
    </message>
    <message>
        <source>e.g. 500</source>
        <translation>如 500</translation>
    </message>
    <message>
        <source>Cash received (¥)</source>
        <translation>实收现金（¥）</translation>
    </message>
    <message>
        <source>e.g. 100 (optional)</source>
        <translation>如 100（可不填）</translation>
    </message>
    <message>
        <source>Bonus given (¥)</source>
        <translation>赠送金额（¥）</translation>
    </message>
    <message>
        <source>Value given %1 · balance after %2</source>
        <translation>到账 %1 · 充值后余额 %2</translation>
    </message>
</context>
<context>
    <name>TopicPicker</name>
    <message>
        <source>Add a topic</source>
        <translation>添加话题</translation>
    </message>
    <message>
        <source>No topics yet: add them in File › Settings › The shop&apos;s words › Interest topics</source>
        <translation>还没有话题：请在“文件 › 设置 › 本店用语 › 兴趣话题”中添加</translation>
    </message>
</context>
<context>
    <name>Unlock</name>
    <message>
        <source>The book {path} is locked with a password. Type it when asked (run the command in a terminal), or give it in the CUSTBOOK_PASSWORD environment variable.</source>
        <translation>客户簿 {path} 设有密码。请在提示时输入（在终端中运行命令），或通过环境变量 CUSTBOOK_PASSWORD 提供。</translation>
    </message>
    <message>
        <source>The password for {path} is wrong; nothing was read or changed.</source>
        <translation>{path} 的密码不正确；没有读取或改动任何内容。</translation>
    </message>
</context>
<context>
    <name>UseVisitDialog</name>
    <message>
        <source>Use a visit</source>
        <translation>消次</translation>
    </message>
    <message>
        <source>%1 (%2 left)</source>
        <translation>%1（剩%2次）</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>卡</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>No count card with visits left.</source>
        <translation>没有还有剩余次数的次卡。</translation>
    </message>
    <message>
        <source>Only %1 visits are left.</source>
        <translation>只剩%1次。</translation>
    </message>
    <message>
        <source>Visits left after %1</source>
        <translation>使用后剩余 %1 次</translation>
    </message>
</context>
<context>
    <name>VisitSheet</name>
    <message>
        <source>Visit sheet</source>
        <translation>回访单</translation>
    </message>
    <message>
        <source>Calls for {day}</source>
        <translation>{day} 回访名单</translation>
    </message>
    <message>
        <source>Calls from {start} to {end}</source>
        <translation>{start} 至 {end} 回访名单</translation>
    </message>
    <message>
        <source>Printed {moment}</source>
        <translation>打印于 {moment}</translation>
    </message>
    <message>
        <source>{n} to contact</source>
        <translation>共 {n} 位</translation>
    </message>
    <message>
        <source>Overdue: should have been done earlier</source>
        <translation>已逾期：本应更早联系</translation>
    </message>
    <message>
        <source>overdue since {day}</source>
        <translation>自 {day} 起逾期</translation>
    </message>
    <message>
        <source>For the shop</source>
        <translation>店铺事项</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>最近购买</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>话题</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>已联系上</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>未联系上</translation>
    </message>
    <message>
        <source>Call back later</source>
        <translation>稍后回电</translation>
    </message>
    <message>
        <source>Satisfied?</source>
        <translation>满意吗？</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Nobody to contact on these days.</source>
        <translation>这几天没有要联系的客户。</translation>
    </message>
    <message>
        <source>{n} more are not on this sheet: print a shorter range.</source>
        <translation>还有 {n} 位未列在此单上：请缩短日期范围再打印。</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <source>{label}: {text}</source>
        <translation>{label}：{text}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>未接通</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>再联系</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评价</translation>
    </message>
</context>
<context>
    <name>VisitSheetDialog</name>
    <message>
        <source>Visit sheet</source>
        <translation>回访单</translation>
    </message>
    <message>
        <source>Today&apos;s calls on paper: who, phone, why, last purchase, talking points, and room for the outcome.</source>
        <translation>把要联系的客户打印在纸上：联系谁、电话、事由、最近购买、话题，并留出填写结果的地方。</translation>
    </message>
    <message>
        <source>Include the overdue ones</source>
        <translation>包括逾期的</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Detailed: talking points for each customer</source>
        <translation>详细版：每位客户附聊天话题</translation>
    </message>
    <message>
        <source>Compact, for a busy day: 15 or more to a page</source>
        <translation>紧凑版，适合客户多的日子：每页至少 15 位</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>版式</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Counting the pages…</source>
        <translation>正在计算页数…</translation>
    </message>
    <message>
        <source>%1 calls: %2 pages in this layout (detailed %3, compact %4).</source>
        <translation>共 %1 位客户：此版式 %2 页（详细版 %3 页，紧凑版 %4 页）。</translation>
    </message>
    <message>
        <source>The last day comes before the first.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Print at most two months at a time.</source>
        <translation>一次最多打印两个月。</translation>
    </message>
    <message>
        <source>Writing the visit sheet…</source>
        <translation>正在生成回访单…</translation>
    </message>
    <message>
        <source>The visit sheet could not be written: %1</source>
        <translation>无法生成回访单：%1</translation>
    </message>
    <message>
        <source>Save the visit sheet</source>
        <translation>保存回访单</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>%1 calls on %2 pages, saved to %3</source>
        <translation>共 %1 位，%2 页，已保存到 %3</translation>
    </message>
    <message>
        <source>%1 calls on %2 pages.</source>
        <translation>共 %1 位，%2 页。</translation>
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
    <name>WeekView</name>
    <message>
        <source>Week of %1 – %2</source>
        <translation>%1 至 %2 这一周</translation>
    </message>
    <message>
        <source>(the shop)</source>
        <translation>（店铺）</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>还有 %1 条</translation>
    </message>
</context>
<context>
    <name>WindowCommands</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Could not undo: %1</source>
        <translation>无法撤销：%1</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>已撤销。</translation>
    </message>
</context>
<context>
    <name>WordsSection</name>
    <message>
        <source>Edit the complaint categories…</source>
        <translation>编辑投诉类别…</translation>
    </message>
    <message>
        <source>Interest topics offered for customers, one per line (letters find customers by topic).</source>
        <translation>可供客户选择的兴趣话题，每行一个（推荐信按话题查找客户）。</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Complaint categories</source>
        <translation>投诉类别</translation>
    </message>
    <message>
        <source>Customer sources</source>
        <translation>客户来源</translation>
    </message>
    <message>
        <source>Interest topics</source>
        <translation>兴趣话题</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>The shop&apos;s words</source>
        <translation>本店用语</translation>
    </message>
    <message>
        <source>Categories now, with their complaints: %1</source>
        <translation>当前类别及其投诉数：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Customers naming each: %1</source>
        <translation>提到各话题的客户数：%1</translation>
    </message>
</context>
<context>
    <name>WorkSection</name>
    <message>
        <source>Answer a complaint within:</source>
        <translation>投诉须在多久内回复：</translation>
    </message>
    <message>
        <source>Hours (1 to 720). Complaints not answered by then are shown as late.</source>
        <translation>小时（1 到 720）。超时未回复的投诉显示为逾期。</translation>
    </message>
    <message>
        <source>Currency symbol:</source>
        <translation>货币符号：</translation>
    </message>
    <message>
        <source>Phone numbers without +country are from:</source>
        <translation>未写国家代码的电话号码属于：</translation>
    </message>
    <message>
        <source>Mainland China (CN)</source>
        <translation>中国大陆（CN）</translation>
    </message>
    <message>
        <source>Hong Kong (HK)</source>
        <translation>中国香港（HK）</translation>
    </message>
    <message>
        <source>Macao (MO)</source>
        <translation>中国澳门（MO）</translation>
    </message>
    <message>
        <source>Taiwan (TW)</source>
        <translation>中国台湾（TW）</translation>
    </message>
    <message>
        <source>Singapore (SG)</source>
        <translation>新加坡（SG）</translation>
    </message>
    <message>
        <source>Malaysia (MY)</source>
        <translation>马来西亚（MY）</translation>
    </message>
    <message>
        <source>United States (US)</source>
        <translation>美国（US）</translation>
    </message>
    <message>
        <source>The week starts on:</source>
        <translation>每周从哪天开始：</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <source>How the shop works</source>
        <translation>经营方式</translation>
    </message>
</context>
<context>
    <name>_Cover</name>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
</context>
<context>
    <name>_HistoryPanel</name>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>Backup cancelled; nothing was written.</source>
        <translation>备份已取消，没有写入任何内容。</translation>
    </message>
    <message>
        <source>The backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
</context>
<context>
    <name>card</name>
    <message>
        <source>Not saved: the card was changed meanwhile. Your text is still here.</source>
        <translation>未保存：客户卡已被修改。您输入的内容仍在这里。</translation>
    </message>
</context>
<context>
    <name>controller</name>
    <message>
        <source>The change was not saved</source>
        <translation>更改没有保存</translation>
    </message>
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
