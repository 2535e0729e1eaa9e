<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>关于 %1</translation>
    </message>
    <message>
        <source>Encrypted records for trade-union staff mental-health service stations.</source>
        <translation>职工心理健康服务站加密记录系统。</translation>
    </message>
    <message>
        <source>Chinese text uses WenQuanYi Micro Hei (Apache-2.0).</source>
        <translation>中文字体使用文泉驿微米黑（Apache-2.0 许可）。</translation>
    </message>
    <message>
        <source>Icons: Phosphor (MIT), drawn by QtAwesome (MIT).</source>
        <translation>图标：Phosphor（MIT），由 QtAwesome（MIT）绘制。</translation>
    </message>
    <message>
        <source>Version %1 (Qt %2, PySide6 %3, Python %4)</source>
        <translation>版本 %1（Qt %2，PySide6 %3，Python %4）</translation>
    </message>
    <message>
        <source>&amp;Licences of the bundled font and libraries:</source>
        <translation>许可证（随附字体和程序库）(&amp;L)：</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>许可证全文</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Add account…</source>
        <translation>新增账户…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Enable…</source>
        <translation>启用…</translation>
    </message>
    <message>
        <source>Clear sign-in lock</source>
        <translation>解除登录锁定</translation>
    </message>
    <message>
        <source>Supervision…</source>
        <translation>督导设置…</translation>
    </message>
    <message>
        <source>Disable the account of %1? The person can no longer sign in. Consider replacing the database key afterwards if they held a copy of the data.</source>
        <translation>停用 %1 的账户？此人将无法再登录。如果其曾持有数据副本，请随后更换数据库密钥。</translation>
    </message>
</context>
<context>
    <name>AcknowledgeWindow</name>
    <message>
        <source>%1 — please read first</source>
        <translation>%1——请先阅读</translation>
    </message>
    <message>
        <source>I have read this regime and will keep to it.</source>
        <translation>我已阅读本制度，并将遵守。</translation>
    </message>
    <message>
        <source>Acknowledge and continue</source>
        <translation>确认并继续</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Before you start, read the station&apos;s confidentiality regime (version %1, adopted %2) and acknowledge it. Your acknowledgement is recorded.</source>
        <translation>开始工作前，请阅读本站保密制度（第 %1 版，%2 通过）并确认。您的确认将被记录。</translation>
    </message>
    <message>
        <source>The confidentiality regime has changed (now version %1, adopted %2). Read it and acknowledge it again before you start. Your acknowledgement is recorded.</source>
        <translation>保密制度已修订（现为第 %1 版，%2 通过）。开始工作前请重新阅读并确认。您的确认将被记录。</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>Log an activity…</source>
        <translation>登记活动…</translation>
    </message>
    <message>
        <source>Set a target…</source>
        <translation>设定目标…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参加人数</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Organising unit</source>
        <translation>组织单位</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>面向人群</translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies), %1 attendees in %2</source>
        <translation>
            <numerusform>%2 年共 %n 场活动，%1 人次参加</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the %1 “%2” of %3? The deletion is recorded in the audit trail.</source>
        <translation>删除 %3 的%1“%2”？删除操作将记入审计日志。</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Edit the group activity</source>
        <translation>编辑团体活动</translation>
    </message>
    <message>
        <source>Log a group activity</source>
        <translation>登记团体活动</translation>
    </message>
    <message>
        <source>Counts only: no attendee names are recorded.</source>
        <translation>只记人数：不记录参加者姓名。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Organising unit</source>
        <translation>组织单位</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参加人数</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>面向人群</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add account</source>
        <translation>新增账户</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>初始密码</translation>
    </message>
</context>
<context>
    <name>AddendumDialog</name>
    <message>
        <source>Add an addendum</source>
        <translation>添加补充说明</translation>
    </message>
    <message>
        <source>Session %1 of %2, signed %3. The record itself stays as signed; the addendum is shown with it, dated and under your name.</source>
        <translation>第 %1 次辅导（%2），签署于 %3。记录本身保持签署时的内容；补充说明会注明日期和您的姓名，与记录一并显示。</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>补充说明</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>First administrator</source>
        <translation>首位站长</translation>
    </message>
    <message>
        <source>The station administrator manages accounts, backups and the audit trail.</source>
        <translation>站长负责管理账户、备份和审计日志。</translation>
    </message>
    <message>
        <source>letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>字母、数字、“.”、“_”或“-”</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>至少 %1 个字符</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>Create station</source>
        <translation>创建服务站</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>AlertDialog</name>
    <message>
        <source>Assessment alert</source>
        <translation>测评预警</translation>
    </message>
    <message>
        <source>This result needs your attention</source>
        <translation>此结果需要您关注</translation>
    </message>
    <message>
        <source>Do not leave the person alone until you have assessed the risk in person. If there is immediate danger, follow the station&apos;s crisis protocol.</source>
        <translation>在当面评估风险之前，不要让来访者独处。如有紧迫危险，请按服务站危机干预流程处理。</translation>
    </message>
    <message>
        <source>This was an anonymous screening: to open a crisis record, first open a file for the worker (with their consent).</source>
        <translation>这是匿名筛查：如需建立危机干预记录，请先（经本人同意）为该职工建立档案。</translation>
    </message>
    <message>
        <source>I have read these alerts and will act on them</source>
        <translation>我已阅读这些预警并将及时处理</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>The alerts stay on the file until acknowledged.</source>
        <translation>在确认知悉之前，预警会一直保留在档案上。</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>确认知悉</translation>
    </message>
    <message>
        <source>Acknowledge and open a crisis record</source>
        <translation>确认并建立危机干预记录</translation>
    </message>
    <message>
        <source>%1 · raised %2</source>
        <translation>%1 · 提示于 %2</translation>
    </message>
</context>
<context>
    <name>AnonymousDialog</name>
    <message>
        <source>Anonymous screening</source>
        <translation>匿名筛查</translation>
    </message>
    <message>
        <source>No file is opened and no name is kept: only the result, the date and the three fields below, which count in the statistics.</source>
        <translation>不建立档案，也不保存姓名：只保存结果、日期和下面三项信息，用于统计。</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>None</source>
        <translation>不属于调查</translation>
    </message>
    <message>
        <source>The worker answers on the kiosk screen</source>
        <translation>由职工在自助屏上作答</translation>
    </message>
    <message>
        <source>I enter the answers</source>
        <translation>由我录入答案</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>量表</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>年龄段</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Key group</source>
        <translation>重点群体</translation>
    </message>
    <message>
        <source>Survey campaign</source>
        <translation>所属调查</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Answer a hand-checked item</source>
        <translation>回答人工核查项</translation>
    </message>
    <message>
        <source>Yes, this is in place</source>
        <translation>是，已经具备</translation>
    </message>
    <message>
        <source>No, not yet</source>
        <translation>否，尚未具备</translation>
    </message>
    <message>
        <source>What you checked, or what is missing</source>
        <translation>核查了什么，或还缺什么</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Station Desk</source>
        <translation>Station Desk 服务站记录系统</translation>
    </message>
</context>
<context>
    <name>AppFlow</name>
    <message>
        <source>You were signed out: the confidentiality regime must be read and acknowledged before you can work.</source>
        <translation>已退出登录：须先阅读并确认保密制度，才能开始工作。</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>自动备份失败：%1</translation>
    </message>
    <message>
        <source>The restore did not happen: %1</source>
        <translation>未执行恢复：%1</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>Move the appointment</source>
        <translation>改约</translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>File</source>
        <translation>档案</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>咨询师</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>功能室</translation>
    </message>
    <message>
        <source>Find and choose the file first.</source>
        <translation>请先查找并选择档案。</translation>
    </message>
</context>
<context>
    <name>AppointmentReminders</name>
    <message>
        <source>No appointments in the next days.</source>
        <translation>接下来几天没有预约。</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>另有 %1 个</translation>
    </message>
    <message>
        <source>Next days:</source>
        <translation>接下来几天：</translation>
    </message>
    <message>
        <source>appointments kept %1 of %2 (no-show %3, late cancellations %4)</source>
        <translation>本月预约应到 %2 次、出席 %1 次（未到 %3 次，临时取消 %4 次）</translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <source>Earlier</source>
        <translation>往前翻</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>往后翻</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>按日</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>按周</translation>
    </message>
    <message>
        <source>All counsellors</source>
        <translation>全部咨询师</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>档案编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>咨询师</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>功能室</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出席情况</translation>
    </message>
    <message>
        <source>Appointments calendar</source>
        <translation>预约日历</translation>
    </message>
    <message>
        <source>Drag a booking to another time or day to move it. Space chooses the next booking of a shared slot.</source>
        <translation>把预约拖到另一个时间或另一天即可改约。空格键在同一时段的几个预约之间切换。</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>Book…</source>
        <translation>预约…</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>改约…</translation>
    </message>
    <message>
        <source>Cancel appointment…</source>
        <translation>取消预约…</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>打开档案</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>The worker came to this appointment</source>
        <translation>职工按预约来访</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>未到</translation>
    </message>
    <message>
        <source>The worker did not come and did not call off</source>
        <translation>职工未来访，也未提前取消</translation>
    </message>
    <message>
        <source>Late cancellation</source>
        <translation>临时取消</translation>
    </message>
    <message>
        <source>Called off less than a day before</source>
        <translation>在预约前不足一天取消</translation>
    </message>
    <message>
        <source>Week of %1 to %2</source>
        <translation>%1 至 %2 一周</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>共 %n 个预约</numerusform>
        </translation>
    </message>
    <message>
        <source>At %1 there is already:
%2
Book %3 in at that time anyway?</source>
        <translation>%1 已有预约：
%2
仍要在这个时间为 %3 预约吗？</translation>
    </message>
    <message>
        <source>At %1 there is already:
%2
Move the appointment of %3 there anyway?</source>
        <translation>%1 已有预约：
%2
仍要把 %3 的预约改到这个时间吗？</translation>
    </message>
    <message>
        <source>Cancel the appointment of %1 (%2) on %3 at %4?</source>
        <translation>取消 %1（%2）%3 %4 的预约？</translation>
    </message>
    <message>
        <source>%1 did not come. Plan a follow-up call?</source>
        <translation>%1 未到。是否安排一次回访电话？</translation>
    </message>
</context>
<context>
    <name>Assess</name>
    <message>
        <source>Entered by counsellor</source>
        <translation>咨询师录入</translation>
    </message>
    <message>
        <source>Kiosk (self-answered)</source>
        <translation>自助屏作答</translation>
    </message>
    <message>
        <source>Anonymous screening</source>
        <translation>匿名筛查</translation>
    </message>
</context>
<context>
    <name>AssessPage</name>
    <message>
        <source>File number or name</source>
        <translation>档案编号或姓名</translation>
    </message>
    <message>
        <source>My open files</source>
        <translation>我的在办档案</translation>
    </message>
    <message>
        <source>Alerts waiting</source>
        <translation>待确认预警</translation>
    </message>
    <message>
        <source>Anonymous screening…</source>
        <translation>匿名筛查…</translation>
    </message>
    <message>
        <source>Import instrument…</source>
        <translation>导入已获授权的量表…</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>量表</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Anonymous screening: no file, no name</source>
        <translation>匿名筛查：不建档、不留姓名</translation>
    </message>
    <message>
        <source>Anonymous screening saved: %1 %2, %3.</source>
        <translation>匿名筛查已保存：%1 %2，%3。</translation>
    </message>
    <message>
        <source>%1 was imported and can now be used.</source>
        <translation>%1 已导入，现在可以使用。</translation>
    </message>
</context>
<context>
    <name>AssessmentsPanel</name>
    <message>
        <source>Review alerts…</source>
        <translation>查看预警…</translation>
    </message>
    <message>
        <source>Enter answers…</source>
        <translation>录入答案…</translation>
    </message>
    <message>
        <source>Self-assessment…</source>
        <translation>交给来访者自评…</translation>
    </message>
    <message>
        <source>The worker answers on this screen, full screen, one question at a time; it locks when done.</source>
        <translation>由职工在本屏幕上全屏逐题作答；完成后自动锁定。</translation>
    </message>
    <message>
        <source>New assessment:</source>
        <translation>新测评：</translation>
    </message>
    <message>
        <source>Scores over time:</source>
        <translation>得分趋势：</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>量表</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>分级</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Choose a file to see its assessments.</source>
        <translation>请选择档案以查看其测评。</translation>
    </message>
    <message>
        <source>A self-assessment is in progress on the kiosk screen.</source>
        <translation>自助屏上正在进行自评。</translation>
    </message>
    <message>
        <source>Self-harm flag: a recent answer reported thoughts of death or self-harm. Shown to staff until %1.</source>
        <translation>自伤提示：近期作答中报告了死亡或自伤的念头。在 %1 之前会向工作人员显示。</translation>
    </message>
    <message numerus="yes">
        <source>%n assessment alerts waiting for acknowledgement.</source>
        <translation>
            <numerusform>有 %n 条测评预警等待确认。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>About</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>All users</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>File number or account</source>
        <translation>档案编号或账户</translation>
    </message>
    <message>
        <source>From</source>
        <translation>日期从</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>校验审计链</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>About</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>scroll down for more</source>
        <translation>向下滚动可加载更多</translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown</source>
        <translation>
            <numerusform>已显示 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Database and audit chain intact (%n entries).</source>
        <translation>
            <numerusform>数据库和审计链完好（%n 条）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Check FAILED: %1</source>
        <translation>检查未通过：%1</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>选择目录…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation>保留份数</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>上次备份</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>备份文件</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Restore selected…</source>
        <translation>恢复所选备份…</translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation>从文件恢复…</translation>
    </message>
    <message>
        <source>Existing backups</source>
        <translation>已有备份</translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation>备份已保存：%1</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>备份目录</translation>
    </message>
    <message>
        <source>Backup folder changed.</source>
        <translation>备份目录已更改。</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>选择备份文件</translation>
    </message>
    <message>
        <source>Station Desk backups (*%1)</source>
        <translation>Station Desk 备份文件 (*%1)</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <source>Log a hotline call</source>
        <translation>登记热线来电</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>No names or phone numbers: what the call was about, in a few words</source>
        <translation>不写姓名和电话：用几句话记下来电内容</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>Caller&apos;s gender</source>
        <translation>来电者性别</translation>
    </message>
    <message>
        <source>Caller&apos;s age band</source>
        <translation>来电者年龄段</translation>
    </message>
    <message>
        <source>Main concern</source>
        <translation>主要问题</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
</context>
<context>
    <name>ClientFileView</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Presenting issues</source>
        <translation>主要问题</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>咨询师</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Addenda</source>
        <translation>补充说明</translation>
    </message>
    <message>
        <source>Print this record…</source>
        <translation>打印本次记录…</translation>
    </message>
    <message>
        <source>Session records</source>
        <translation>辅导记录</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>回访目的</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系情况</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>转介去向</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>转介</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>评估清单</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>处置措施</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Crises</source>
        <translation>危机干预</translation>
    </message>
    <message>
        <source>Print the assessment report…</source>
        <translation>打印测评报告…</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>心理测评</translation>
    </message>
    <message>
        <source>Self-harm flag from an assessment (until %1)</source>
        <translation>测评提示有自伤风险（至 %1）</translation>
    </message>
    <message numerus="yes">
        <source>%n assessment alert(s) to acknowledge (Assessments tab)</source>
        <translation>
            <numerusform>有 %n 条测评预警待确认（见“心理测评”页）</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the unsigned draft of session %1 (%2)? Its text is removed for good; the deletion is recorded in the audit trail.</source>
        <translation>删除第 %1 次辅导（%2）的未签署草稿？其内容将被永久删除；删除操作将记入审计日志。</translation>
    </message>
    <message>
        <source>Choose a signed record first.</source>
        <translation>请先选择一条已签署的记录。</translation>
    </message>
</context>
<context>
    <name>ClientListPage</name>
    <message>
        <source>File number, name, phone or unit</source>
        <translation>档案编号、姓名、电话或单位</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>我的个案</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>全部档案</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Register a visitor…</source>
        <translation>登记来访职工…</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>修改登记信息…</translation>
    </message>
    <message>
        <source>Book appointment…</source>
        <translation>预约…</translation>
    </message>
    <message>
        <source>Reassign a counsellor&apos;s cases…</source>
        <translation>移交咨询师的个案…</translation>
    </message>
    <message>
        <source>Import a case from another station…</source>
        <translation>导入其他服务站转来的个案…</translation>
    </message>
    <message>
        <source>Import registers…</source>
        <translation>导入既有台账…</translation>
    </message>
    <message>
        <source>Merge two files…</source>
        <translation>合并两份档案…</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>档案编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>最近一次辅导</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>危机干预</translation>
    </message>
    <message>
        <source>open crisis</source>
        <translation>危机未结束</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>下次预约</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Employer / unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>咨询师</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>知情同意</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
</context>
<context>
    <name>ClientMode</name>
    <message>
        <source>Please use the other screen.</source>
        <translation>请使用另一块屏幕。</translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <source>Name or file number</source>
        <translation>姓名或档案编号</translation>
    </message>
    <message>
        <source>The file you saw last</source>
        <translation>最近查看的档案</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>Close the case</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Referred out</source>
        <translation>已转介</translation>
    </message>
    <message>
        <source>At most %1 characters</source>
        <translation>最多 %1 字</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Closing summary</source>
        <translation>结案小结</translation>
    </message>
</context>
<context>
    <name>CloseCrisisDialog</name>
    <message>
        <source>Close the crisis</source>
        <translation>危机结案</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Risk level now</source>
        <translation>当前风险等级</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Informed consent</source>
        <translation>知情同意</translation>
    </message>
    <message>
        <source>Date on the signed form</source>
        <translation>知情同意书签署日期</translation>
    </message>
    <message>
        <source>Agrees to</source>
        <translation>同意的范围</translation>
    </message>
    <message>
        <source>Explained by</source>
        <translation>说明保密例外的人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Limits of confidentiality explained</source>
        <translation>已说明保密例外</translation>
    </message>
</context>
<context>
    <name>CosignDialog</name>
    <message>
        <source>Co-sign session %1 of file %2</source>
        <translation>会签档案 %2 的第 %1 次辅导记录</translation>
    </message>
    <message>
        <source>Written and signed by %1, who works under your supervision. Your comment is kept beside the record; once co-signed, neither can change.</source>
        <translation>本记录由您督导的 %1 撰写并签署。您的督导意见将与记录一并保存；会签后，记录和意见都不能再修改。</translation>
    </message>
    <message>
        <source>Supervisor&apos;s comment (optional)</source>
        <translation>督导意见（选填）</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>您的密码</translation>
    </message>
    <message>
        <source>Co-sign</source>
        <translation>会签</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Something unexpected went wrong. Your saved records are not affected. If it happens again, close Station Desk, open it again and tell your administrator what you were doing.</source>
        <translation>程序发生意外错误。已保存的记录不受影响。如果再次出现，请关闭并重新打开 Station Desk，并告诉站长您当时在做什么。</translation>
    </message>
</context>
<context>
    <name>CrisisDialog</name>
    <message>
        <source>Crisis intervention</source>
        <translation>危机干预</translation>
    </message>
    <message>
        <source>A follow-up within 24 hours is scheduled automatically; the file shows a red banner until the crisis is closed.</source>
        <translation>系统会自动安排 24 小时内回访；危机结案前，档案顶部会显示红色提示条。</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Risk checklist</source>
        <translation>风险评估清单</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>已采取的措施</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事件经过</translation>
    </message>
</context>
<context>
    <name>CrisisView</name>
    <message>
        <source>Crisis</source>
        <translation>危机干预</translation>
    </message>
    <message>
        <source>Write the safety plan…</source>
        <translation>制定安全计划…</translation>
    </message>
    <message>
        <source>Print for the worker…</source>
        <translation>打印给来访者…</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未解除</translation>
    </message>
    <message>
        <source>closed %1 by %2</source>
        <translation>已于 %1 由 %2 解除</translation>
    </message>
    <message>
        <source>Crisis since %1</source>
        <translation>危机干预（%1 起）</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>已于 %1 完成</translation>
    </message>
    <message>
        <source>due by %1</source>
        <translation>截止 %1</translation>
    </message>
    <message>
        <source>Opened by</source>
        <translation>启动人</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Risk checklist</source>
        <translation>风险检查项</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>处置措施</translation>
    </message>
    <message>
        <source>24-hour follow-up</source>
        <translation>24 小时回访</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事件经过</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>安全计划</translation>
    </message>
    <message>
        <source>No safety plan written yet.</source>
        <translation>尚未制定安全计划。</translation>
    </message>
    <message>
        <source>Written %1 by %2</source>
        <translation>%2 于 %1 制定</translation>
    </message>
    <message>
        <source>Edit the safety plan…</source>
        <translation>修改安全计划…</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Creating the demo vault with invented records. This takes a minute…</source>
        <translation>正在生成含虚构记录的演示保险库，大约需要一分钟…</translation>
    </message>
</context>
<context>
    <name>DestroyDialog</name>
    <message>
        <source>Worker&apos;s deletion request</source>
        <translation>职工本人删除申请</translation>
    </message>
    <message>
        <source>Destroy a file</source>
        <translation>销毁档案</translation>
    </message>
    <message>
        <source>type the file number</source>
        <translation>输入档案编号</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>档案编号</translation>
    </message>
    <message>
        <source>Request received on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Legal ground</source>
        <translation>法定情形</translation>
    </message>
    <message>
        <source>Type the file number to confirm</source>
        <translation>输入档案编号以确认</translation>
    </message>
    <message>
        <source>Destruction cannot be undone. The file&apos;s registration, records, assessments, crises, follow-ups, referrals, appointments, consent and autosaves are deleted from both databases and overwritten.</source>
        <translation>销毁无法撤销。该档案的登记信息、辅导记录、测评、危机干预、回访、转介、预约、知情同意和自动保存的内容将从两个数据库中删除并覆盖。</translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation>销毁</translation>
    </message>
    <message>
        <source>%1 session record(s), %2 item(s) in all.</source>
        <translation>辅导记录 %1 条，共 %2 项。</translation>
    </message>
</context>
<context>
    <name>DirectoryCard</name>
    <message>
        <source>Edit details…</source>
        <translation>修改登记信息…</translation>
    </message>
    <message>
        <source>Book appointment…</source>
        <translation>预约…</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>档案编号</translation>
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
        <source>Employer / unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>咨询师</translation>
    </message>
    <message>
        <source>Informed consent</source>
        <translation>知情同意</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>No informed consent recorded</source>
        <translation>未签署知情同意</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>预约</translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message>
        <source>This worker may already have a file</source>
        <translation>该职工可能已有档案</translation>
    </message>
    <message>
        <source>The station already has a file that may be this worker&apos;s. Use it instead of opening a second file for the same person?</source>
        <translation>本站已有可能属于该职工的档案。是否使用已有档案，而不为同一人再建一份？</translation>
    </message>
    <message>
        <source>Use this file</source>
        <translation>使用此档案</translation>
    </message>
    <message>
        <source>Register a new file anyway</source>
        <translation>仍新建档案</translation>
    </message>
</context>
<context>
    <name>DutyPage</name>
    <message>
        <source>◀ Previous week</source>
        <translation>◀ 上一周</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Next week ▶</source>
        <translation>下一周 ▶</translation>
    </message>
    <message>
        <source>Remove selected shift</source>
        <translation>删除选中的排班</translation>
    </message>
    <message>
        <source>Shifts in the selected cell</source>
        <translation>所选格子中的排班</translation>
    </message>
    <message>
        <source> more week(s)</source>
        <translation> 周（此后每周重复）</translation>
    </message>
    <message>
        <source>Add to the roster</source>
        <translation>加入值班表</translation>
    </message>
    <message>
        <source>Add a shift</source>
        <translation>新增排班</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>值班人</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Repeat weekly</source>
        <translation>每周重复</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Week of %1 to %2</source>
        <translation>%1 至 %2 这一周</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>Remove this shift: %1?</source>
        <translation>删除这条排班：%1？</translation>
    </message>
</context>
<context>
    <name>EditDetailsDialog</name>
    <message>
        <source>Edit the details of file %1</source>
        <translation>修改档案 %1 的登记信息</translation>
    </message>
    <message>
        <source>Counsellor: %1. Only the registration details can be changed here; the change is recorded in the audit trail.</source>
        <translation>咨询师：%1。此处只能修改登记信息；修改将记入审计日志。</translation>
    </message>
</context>
<context>
    <name>EnableAccountDialog</name>
    <message>
        <source>Enable the account of %1</source>
        <translation>启用 %1 的账户</translation>
    </message>
    <message>
        <source>%1 can sign in again with a new password. Give it to the person directly; they can change it afterwards. Enabling is recorded in the audit trail.</source>
        <translation>%1 将可以用新密码重新登录。请把新密码当面交给本人，本人之后可以自行修改。启用账户会记入审计日志。</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <source>%1 (time frame: %2)</source>
        <translation>%1（时间范围：%2）</translation>
    </message>
    <message>
        <source>Save result</source>
        <translation>保存结果</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>已答 %1 / %2 题</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Anonymous statistics for the city union</source>
        <translation>向市总工会报送匿名统计</translation>
    </message>
    <message>
        <source>A package holds counts only: no names, phone numbers, file numbers or notes, and no date finer than a month. Figures about too few people, and any figure they could be worked out from (also together with the packages already sent), are withheld (shown as x). Every table can be previewed first; the export is recorded in the audit trail.</source>
        <translation>数据包只含计数：没有姓名、电话、档案编号或记录内容，日期不细于月份。涉及人数太少的数字，以及能推算出它们的数字（包括与已报送的数据包合起来推算），一律不公布（显示为 x）。每张表都可以先预览；导出会记入审计日志。</translation>
    </message>
    <message>
        <source> people</source>
        <translation> 人</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>保存(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Keep private any group smaller than</source>
        <translation>少于这么多人的群体不公布(&amp;K)</translation>
    </message>
    <message>
        <source>No figure about fewer people than this leaves the station, and every withheld figure keeps at least this many possible values, however the packages are combined. At least 5. A year already begun keeps the number of its first package.</source>
        <translation>涉及人数少于此数的数字不会报出本站；每个不公布的数字，无论把多少个数据包合起来推算，都至少还有这么多种可能的取值。最少为 5。已开始报送的年度沿用该年度第一个数据包的设置。</translation>
    </message>
    <message>
        <source>&amp;Export a statistics package…</source>
        <translation>导出统计数据包(&amp;E)…</translation>
    </message>
    <message>
        <source>This station&apos;s key fingerprint (the city union checks it when registering the station):</source>
        <translation>本站签名公钥指纹（市总工会登记本站时核对）：</translation>
    </message>
    <message>
        <source>Earlier exports</source>
        <translation>以往导出记录</translation>
    </message>
    <message>
        <source>From now on, groups of fewer than %1 people are kept private in every year not yet begun.</source>
        <translation>从现在起，尚未开始报送的年度中，少于 %1 人的群体一律不公布。</translation>
    </message>
    <message>
        <source>%1 · period %2 · groups under %3 people kept private · %4 · by %5</source>
        <translation>%1 · 统计期间 %2 · 少于 %3 人不公布 · %4 · 导出人 %5</translation>
    </message>
</context>
<context>
    <name>ExportPeriodPage</name>
    <message>
        <source>Choose the period</source>
        <translation>选择统计期间</translation>
    </message>
    <message>
        <source>A month, a quarter or a year. Figures about too few people are withheld, so that no one can be recognised.</source>
        <translation>可选一个月、一个季度或一年。涉及人数太少的数字不公布，以免认出具体的人。</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月度</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source> people</source>
        <translation> 人</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>期间类型(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>年份(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Month / quarter</source>
        <translation>月份/季度(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Keep private any group smaller than</source>
        <translation>少于这么多人的群体不公布(&amp;K)</translation>
    </message>
    <message>
        <source>This period was sent on %1. Exporting it again gives exactly the same tables, so nothing more can be learnt from it.</source>
        <translation>本期已于 %1 报送。再次导出的表格与当时完全相同，不会多透露任何信息。</translation>
    </message>
    <message>
        <source>%1&apos;s packages already keep private every group of fewer than %2 people; all packages of a year use the same number, so that together they protect everyone.</source>
        <translation>%1 年已报送的数据包不公布少于 %2 人的群体；同一年度的各个数据包用同一个人数，合起来才能保护每一个人。</translation>
    </message>
    <message>
        <source>The station keeps private every group of fewer than %1 people (set by the station administrator). You may ask for more for this year; the first package of a year fixes it for the whole year.</source>
        <translation>本站不公布少于 %1 人的群体（由站长设定）。本年度可以要求更严格的人数；一年中的第一个数据包确定后，全年都按它执行。</translation>
    </message>
</context>
<context>
    <name>ExportPreviewPage</name>
    <message>
        <source>Preview: every table exactly as it leaves the station</source>
        <translation>预览：各表将按此原样报送</translation>
    </message>
    <message>
        <source>x marks a withheld figure. Check the tables, then press Next.</source>
        <translation>x 表示为保护隐私而抑制的数值。核对无误后点击“下一步”。</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 tables</source>
        <translation>%1 · %2 · 共 %3 张表</translation>
    </message>
    <message>
        <source>%1 figures are withheld (shown as x) so that no one can be recognised:</source>
        <translation>为避免认出具体的人，共有 %1 个数字不公布（显示为 x）：</translation>
    </message>
    <message>
        <source>· %1 concern fewer than %2 people;</source>
        <translation>· %1 个涉及的人数少于 %2 人；</translation>
    </message>
    <message>
        <source>· %1 could otherwise be worked out from other figures, in this package or in the ones this station already sent for %2;</source>
        <translation>· %1 个如果公布，就能与其他数字（本数据包中的，或本站 %2 年已报送的数据包中的）一起推算出不公布的数字；</translation>
    </message>
    <message>
        <source>· %1 are zeros next to a withheld total (otherwise they would show what the few people in it have in common).</source>
        <translation>· %1 个是合计不公布的那一行里的 0（否则会显示出这几个人的共同情况）。</translation>
    </message>
    <message>
        <source>Too few people this period, so these tables are not shown at all (the quarter&apos;s or year&apos;s package shows them): %1.</source>
        <translation>本期涉及人数太少，以下表格整表不公布（见季度或年度数据包）：%1。</translation>
    </message>
    <message>
        <source>This period was sent on %1; this package holds exactly the same tables.</source>
        <translation>本期已于 %1 报送；本数据包的表格与当时完全相同。</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <source>Save the statistics package</source>
        <translation>保存统计数据包</translation>
    </message>
    <message>
        <source>Statistics package (*.zip)</source>
        <translation>统计数据包 (*.zip)</translation>
    </message>
    <message>
        <source>Export anonymous statistics</source>
        <translation>导出匿名统计数据包</translation>
    </message>
    <message>
        <source>Choose where to save the package.</source>
        <translation>请选择数据包的保存位置。</translation>
    </message>
    <message>
        <source>Package written:
%1

SHA-256: %2
Station key fingerprint: %3</source>
        <translation>数据包已写出：
%1

SHA-256：%2
本站签名公钥指纹：%3</translation>
    </message>
</context>
<context>
    <name>ExportWritePage</name>
    <message>
        <source>Write the package</source>
        <translation>写出数据包</translation>
    </message>
    <message>
        <source>The package is signed with the station&apos;s key; send it to the city union the way your organisation prescribes.</source>
        <translation>数据包已由本站密钥签名；请按单位规定的渠道报送市总工会。</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>浏览(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Save to</source>
        <translation>保存到(&amp;S)</translation>
    </message>
</context>
<context>
    <name>FileActionBar</name>
    <message>
        <source>New session record</source>
        <translation>新建辅导记录</translation>
    </message>
    <message>
        <source>Open / sign draft</source>
        <translation>打开 / 签署草稿</translation>
    </message>
    <message>
        <source>Add addendum…</source>
        <translation>添加补充说明…</translation>
    </message>
    <message>
        <source>Co-sign…</source>
        <translation>会签…</translation>
    </message>
    <message>
        <source>Delete draft…</source>
        <translation>删除草稿…</translation>
    </message>
    <message>
        <source>Satisfaction form</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <source>Book appointment…</source>
        <translation>预约…</translation>
    </message>
    <message>
        <source>Schedule follow-up…</source>
        <translation>安排回访…</translation>
    </message>
    <message>
        <source>Crisis intervention…</source>
        <translation>危机干预…</translation>
    </message>
    <message>
        <source>Referral…</source>
        <translation>转介…</translation>
    </message>
    <message>
        <source>Reopen case…</source>
        <translation>重新开案…</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>修改登记信息…</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>登记知情同意…</translation>
    </message>
    <message>
        <source>Withdraw consent…</source>
        <translation>撤回同意…</translation>
    </message>
    <message>
        <source>Share / transfer to a colleague…</source>
        <translation>共享 / 移交给同事…</translation>
    </message>
    <message>
        <source>Transfer to another station…</source>
        <translation>转至其他服务站…</translation>
    </message>
    <message>
        <source>Close case…</source>
        <translation>结案…</translation>
    </message>
    <message>
        <source>Copy for the worker…</source>
        <translation>为来访者制作档案副本…</translation>
    </message>
    <message>
        <source>File summary…</source>
        <translation>档案摘要…</translation>
    </message>
    <message>
        <source>This session record…</source>
        <translation>本次辅导记录…</translation>
    </message>
    <message>
        <source>Whole case…</source>
        <translation>个案全程记录…</translation>
    </message>
    <message>
        <source>Assessment report…</source>
        <translation>测评报告…</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>预约与回访</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>危机干预</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>个案</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
</context>
<context>
    <name>FileExtras</name>
    <message>
        <source>Record outcome…</source>
        <translation>记录回访结果…</translation>
    </message>
    <message>
        <source>Crisis details and safety plan…</source>
        <translation>危机详情与安全计划…</translation>
    </message>
</context>
<context>
    <name>FileHeader</name>
    <message>
        <source>Crisis intervention open since %1 — follow-up due by %2</source>
        <translation>危机干预自 %1 起未结案——须在 %2 前回访</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>受限</translation>
    </message>
    <message>
        <source>Opened with a reason (audited) — read only</source>
        <translation>凭理由打开（已记入审计）——只读</translation>
    </message>
    <message>
        <source>Risk: %1</source>
        <translation>风险：%1</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <source>Consent withdrawn since %1: %2</source>
        <translation>自 %1 起已撤回同意：%2</translation>
    </message>
    <message>
        <source>No informed consent recorded</source>
        <translation>未签署知情同意</translation>
    </message>
    <message>
        <source>Consent recorded %1</source>
        <translation>已签署知情同意 %1</translation>
    </message>
    <message>
        <source>No open crisis</source>
        <translation>无进行中的危机</translation>
    </message>
    <message>
        <source>Open crisis since %1</source>
        <translation>危机干预进行中（自 %1）</translation>
    </message>
    <message>
        <source>Next appointment: %1 %2 %3</source>
        <translation>下次预约：%1 %2 %3</translation>
    </message>
    <message>
        <source>No appointment booked</source>
        <translation>暂无预约</translation>
    </message>
    <message>
        <source>Gender / birth year</source>
        <translation>性别 / 出生年份</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Employer / unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Key groups</source>
        <translation>重点人群</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>咨询师</translation>
    </message>
    <message>
        <source>  (shared with %1)</source>
        <translation>（与 %1 共享）</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>紧急联系人</translation>
    </message>
    <message>
        <source>Closing summary</source>
        <translation>结案小结</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <source>File number, name, phone or unit</source>
        <translation>档案编号、姓名、电话或单位</translation>
    </message>
    <message>
        <source>(no file found)</source>
        <translation>（未找到档案）</translation>
    </message>
    <message>
        <source>no counsellor yet</source>
        <translation>尚未指定咨询师</translation>
    </message>
</context>
<context>
    <name>FingerprintBox</name>
    <message>
        <source>Station key fingerprint</source>
        <translation>服务站签名公钥指纹</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the fingerprint, e.g. into the registration form for the city union</source>
        <translation>复制指纹，例如填入市总工会的登记表</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up %1</source>
        <translation>设置 %1</translation>
    </message>
</context>
<context>
    <name>FollowupDialog</name>
    <message>
        <source>Schedule a follow-up</source>
        <translation>安排回访</translation>
    </message>
    <message>
        <source>At a set time</source>
        <translation>约定时间</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>回访目的</translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>方式</translation>
    </message>
</context>
<context>
    <name>FollowupsPage</name>
    <message>
        <source>Due today and overdue</source>
        <translation>今日到期及已逾期</translation>
    </message>
    <message>
        <source>Next 7 days too</source>
        <translation>含未来 7 天</translation>
    </message>
    <message>
        <source>Next 30 days too</source>
        <translation>含未来 30 天</translation>
    </message>
    <message>
        <source>Record outcome…</source>
        <translation>登记结果…</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>档案编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>回访目的</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近一次联系</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>打开档案</translation>
    </message>
    <message>
        <source>%1 (tries: %2)</source>
        <translation>%1（已尝试 %2 次）</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 项逾期</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GridModel</name>
    <message>
        <source>Withheld: a count below k, or a figure it could be worked out from.</source>
        <translation>为保护隐私不予公布：少于 k 的计数，或可据以推算出它的数值。</translation>
    </message>
    <message>
        <source>Includes figures stations withheld: the true value lies in this range.</source>
        <translation>含服务站抑制的数值：真实值在此范围内。</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Transferred from %1 on %2</source>
        <translation>%2 由 %1 转入</translation>
    </message>
    <message>
        <source>Read-only: these are the sending station&apos;s records, kept as they arrived. They are not this station&apos;s records and are not counted in its statistics.</source>
        <translation>只读：这些是原服务站的记录，按收到时的样子保存。它们不是本站的记录，不计入本站的统计。</translation>
    </message>
</context>
<context>
    <name>HotlinePage</name>
    <message>
        <source>◀ Previous month</source>
        <translation>◀ 上个月</translation>
    </message>
    <message>
        <source>Next month ▶</source>
        <translation>下个月 ▶</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>来电者</translation>
    </message>
    <message>
        <source>Main concern</source>
        <translation>主要问题</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>File</source>
        <translation>档案</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>危机干预</translation>
    </message>
    <message>
        <source>crisis path not finished</source>
        <translation>危机干预未完成</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>已启动</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>接听人</translation>
    </message>
    <message>
        <source>Log a call…</source>
        <translation>登记来电…</translation>
    </message>
    <message>
        <source>Open a file for this caller…</source>
        <translation>为来电者建档…</translation>
    </message>
    <message>
        <source>Link to an existing file…</source>
        <translation>关联已有档案…</translation>
    </message>
    <message>
        <source>Start the crisis path…</source>
        <translation>启动危机干预…</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>打开档案</translation>
    </message>
    <message>
        <source>Hotline calls in %1</source>
        <translation>%1 热线来电</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) this month</source>
        <translation>
            <numerusform>本月来电 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n at crisis risk without a crisis opened</source>
        <translation>
            <numerusform>%n 次有危机风险但尚未启动危机干预</numerusform>
        </translation>
    </message>
    <message>
        <source>This call is at crisis risk: a file is opened for the caller and the crisis form follows.</source>
        <translation>这次来电有危机风险：系统将为来电者建档，并打开危机干预表。</translation>
    </message>
    <message>
        <source>No file numbered %1.</source>
        <translation>没有编号为 %1 的档案。</translation>
    </message>
    <message>
        <source>Link to an existing file</source>
        <translation>关联已有档案</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>档案编号</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a licensed instrument</source>
        <translation>导入已获授权的量表</translation>
    </message>
    <message>
        <source>Only import instruments the station holds a licence for. The file is checked in full before it is added; every PC using this vault will then offer it.</source>
        <translation>只导入本站已获授权的量表。文件会在添加前完整校验；之后使用此保险库的每台电脑都会提供该量表。</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Instrument file</source>
        <translation>量表文件</translation>
    </message>
    <message>
        <source>Instrument files (*.json)</source>
        <translation>量表文件 (*.json)</translation>
    </message>
    <message>
        <source>Id %1, version %2, %3 items, scores %4–%5</source>
        <translation>编号 %1，版本 %2，%3 题，分值 %4–%5</translation>
    </message>
    <message>
        <source>Bands:</source>
        <translation>分级：</translation>
    </message>
    <message>
        <source>Alert rules:</source>
        <translation>预警规则：</translation>
    </message>
    <message>
        <source>  none</source>
        <translation>  无</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>授权：</translation>
    </message>
</context>
<context>
    <name>ImportLedgerDialog</name>
    <message>
        <source>Import existing registers</source>
        <translation>导入既有台账</translation>
    </message>
    <message>
        <source>Bring in the registers the station kept before (Excel .xlsx or .csv): the counselling register, the visitor list or the activity register. Nothing is stored until you press Import; rows imported before are skipped.</source>
        <translation>导入本站此前保存的台账（Excel .xlsx 或 .csv）：心理咨询登记表、来访者名单或团体活动登记表。按“导入”之前不会保存任何内容；已导入过的行会跳过。</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>尚未选择文件</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>(recognise)</source>
        <translation>（自动识别）</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>台账</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列的对应</translation>
    </message>
    <message>
        <source>Preview: every row as it will be stored</source>
        <translation>预览：每一行将如何保存</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Choose a register</source>
        <translation>选择台账文件</translation>
    </message>
    <message>
        <source>Registers (*.xlsx *.csv)</source>
        <translation>台账文件 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>(not in this file)</source>
        <translation>（本文件中没有）</translation>
    </message>
    <message>
        <source>To import</source>
        <translation>将导入</translation>
    </message>
    <message>
        <source>Imported before</source>
        <translation>已导入过</translation>
    </message>
    <message>
        <source>Cannot be imported</source>
        <translation>不能导入</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason or note</source>
        <translation>原因或提示</translation>
    </message>
    <message>
        <source>%1 rows: %2 to import, %3 imported before, %4 cannot be imported (the file is not changed; correct those rows in it and import it again).</source>
        <translation>共 %1 行：将导入 %2 行，已导入过 %3 行，不能导入 %4 行（文件本身不会被修改；请在文件中改正这些行后再导入一次）。</translation>
    </message>
    <message>
        <source>Import %1 rows</source>
        <translation>导入 %1 行</translation>
    </message>
    <message>
        <source>Imported %1 rows (%2 new files). %3 rows could not be imported.</source>
        <translation>已导入 %1 行（新建档案 %2 份）。%3 行未能导入。</translation>
    </message>
</context>
<context>
    <name>ImportTransferDialog</name>
    <message>
        <source>Import a case from another station</source>
        <translation>导入其他服务站转来的个案</translation>
    </message>
    <message>
        <source>A new open file is made here for the worker. The sending station&apos;s records come with it as a read-only history: they are not this station&apos;s records and are not counted in its statistics.</source>
        <translation>本站会为该职工新建一份在案档案。原服务站的记录随之作为只读历史保存：它们不是本站的记录，不计入本站的统计。</translation>
    </message>
    <message>
        <source>Transfer file</source>
        <translation>转站文件</translation>
    </message>
    <message>
        <source>— assign later —</source>
        <translation>— 稍后指定 —</translation>
    </message>
    <message>
        <source>Counsellor of the new file</source>
        <translation>新档案的责任咨询师</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Transfer file (*.sdtransfer);;All files (*)</source>
        <translation>转站文件 (*.sdtransfer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Sent by: %1 (%2) on %3</source>
        <translation>发出服务站：%1（%2），%3 发出</translation>
    </message>
    <message>
        <source>Fingerprint: %1 — check it with that station by phone</source>
        <translation>指纹：%1 — 请打电话与对方核对</translation>
    </message>
    <message>
        <source>Worker: %1 (their file %2)</source>
        <translation>职工：%1（原档案 %2）</translation>
    </message>
    <message>
        <source>Contents: %1</source>
        <translation>内容：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n restricted item(s) came without their text (the sender could not open them).</source>
        <translation>
            <numerusform>%n 条高度保密内容没有随附文字（发出方无法打开）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Already imported on %1 as file %2.</source>
        <translation>已于 %1 导入为档案 %2。</translation>
    </message>
    <message>
        <source>Imported as the new file %1 (%2). The sending station&apos;s records are kept with it, read-only.</source>
        <translation>已导入为新档案 %1（%2）。原服务站的记录作为只读历史保存在档案中。</translation>
    </message>
</context>
<context>
    <name>KeptInput</name>
    <message>
        <source>Addendum</source>
        <translation>补充说明</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>回访安排</translation>
    </message>
    <message>
        <source>Follow-up outcome</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <source>Crisis record</source>
        <translation>危机干预记录</translation>
    </message>
    <message>
        <source>Closing a crisis</source>
        <translation>解除危机</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>转介</translation>
    </message>
    <message>
        <source>Informed consent</source>
        <translation>知情同意</translation>
    </message>
    <message>
        <source>Withdrawing consent</source>
        <translation>撤回知情同意</translation>
    </message>
    <message>
        <source>Closing the case</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Share or transfer</source>
        <translation>共享或转移</translation>
    </message>
    <message>
        <source>Co-signature</source>
        <translation>督导会签</translation>
    </message>
    <message>
        <source>File details</source>
        <translation>档案基本信息</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Registering a visitor</source>
        <translation>登记来访</translation>
    </message>
    <message>
        <source>Group activity</source>
        <translation>团辅与讲座</translation>
    </message>
    <message>
        <source>Reassigning cases</source>
        <translation>重新分配个案</translation>
    </message>
    <message>
        <source>Tier self-check answer</source>
        <translation>等级自查答复</translation>
    </message>
    <message>
        <source>Restored what was typed here until %1: the screen was locked and the form closed before it was saved.</source>
        <translation>已恢复截至 %1 在此输入的内容：当时屏幕已锁定，表单在保存前被关闭。</translation>
    </message>
    <message>
        <source>Discard the restored text</source>
        <translation>放弃恢复的内容</translation>
    </message>
</context>
<context>
    <name>KioskScreen</name>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message numerus="yes">
        <source>%n questions. There are no right or wrong answers.</source>
        <translation>
            <numerusform>共 %n 题。答案没有对错之分。</numerusform>
        </translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← 上一题</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>下一题 →</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>谢谢！</translation>
    </message>
    <message>
        <source>Your answers have been saved. Please hand the screen back to the staff member.</source>
        <translation>您的答案已保存。请把屏幕交还给工作人员。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Counsellor&apos;s password</source>
        <translation>咨询师密码</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Back to the questions</source>
        <translation>返回答题</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>第 %1 题，共 %2 题</translation>
    </message>
    <message>
        <source>Thinking of: %1</source>
        <translation>请回想：%1</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Please choose an answer first.</source>
        <translation>请先选择一个答案。</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>屏幕已锁定</translation>
    </message>
    <message>
        <source>%1, enter your password to continue.</source>
        <translation>%1，请输入您的密码继续。</translation>
    </message>
    <message>
        <source>End the self-assessment?</source>
        <translation>结束自评？</translation>
    </message>
    <message>
        <source>For staff only. The answers given so far are not scored, and the screen goes back to the lock screen.</source>
        <translation>仅限工作人员操作。已作答的题目不计分，屏幕将回到锁定界面。</translation>
    </message>
    <message>
        <source>For staff only. %1 enters their password to end it; the answers given so far are not scored.</source>
        <translation>仅限工作人员操作。由 %1 输入密码结束；已作答的内容不计分。</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
</context>
<context>
    <name>LeftoverDraftsDialog</name>
    <message>
        <source>Unsaved drafts</source>
        <translation>未保存的草稿</translation>
    </message>
    <message>
        <source>You have unsaved drafts: text typed into session records that was never saved, kept encrypted on this computer. Reopen one to go on writing, or discard it.</source>
        <translation>您有未保存的草稿：在辅导记录中输入但从未保存的内容，已加密保存在本机。可以重新打开继续撰写，也可以放弃。</translation>
    </message>
    <message>
        <source>Last typed</source>
        <translation>最后输入时间</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>档案编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Beginning</source>
        <translation>开头内容</translation>
    </message>
    <message>
        <source>(no notes yet)</source>
        <translation>（尚无内容）</translation>
    </message>
    <message>
        <source>Drafts in red cannot be reopened from here (the file is no longer yours, the record was signed or deleted, or the form is not about one file: open it again where you typed it); otherwise discard them.</source>
        <translation>红色的草稿无法从这里重新打开（档案已不归您负责、记录已签署或已删除，或该表单不属于某一份档案：请在原来输入的地方重新打开该表单）；否则请放弃它们。</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>放弃…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>a file you no longer reach</source>
        <translation>您已无权访问的档案</translation>
    </message>
    <message>
        <source>Discard the unsaved text for %1 (%2)? It cannot be brought back.</source>
        <translation>放弃 %1（%2）未保存的内容？放弃后无法恢复。</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Screen locked</source>
        <translation>屏幕已锁定</translation>
    </message>
    <message>
        <source>Signed in with the recovery key. Enter the key to continue.</source>
        <translation>当前使用恢复密钥登录。请输入恢复密钥继续。</translation>
    </message>
    <message>
        <source>Locked by %1. Enter the password to continue.</source>
        <translation>%1 已锁定屏幕。请输入密码继续。</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Daily work</source>
        <translation>日常工作</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>服务站</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>管理</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>栏目</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Lock screen</source>
        <translation>锁定屏幕(&amp;L)</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>修改我的密码(&amp;P)…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
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
        <source>&amp;Larger text</source>
        <translation>放大文字(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>缩小文字(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>正常文字大小(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Station &amp;profile…</source>
        <translation>服务站信息(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Station Desk</source>
        <translation>关于 Station Desk(&amp;A)</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <source>Locked — %1</source>
        <translation>已锁定 — %1</translation>
    </message>
</context>
<context>
    <name>MergeFilesDialog</name>
    <message>
        <source>Merge two files of one worker</source>
        <translation>合并同一职工的两份档案</translation>
    </message>
    <message>
        <source>Everything the second file holds (session records, assessments, follow-ups, crises, referrals, appointments, consents) moves to the file kept. The second file is closed and points to the kept one; signed records stay as signed. Recorded in the audit trail.</source>
        <translation>第二份档案中的全部内容（辅导记录、测评、回访、危机干预、转介、预约、知情同意）都将移入保留的档案。第二份档案随即结案并指向保留的档案；已签署的记录保持签署状态。此操作记入审计日志。</translation>
    </message>
    <message>
        <source>File number, e.g. XL-2026-000012</source>
        <translation>档案编号，如 XL-2026-000012</translation>
    </message>
    <message>
        <source>File kept</source>
        <translation>保留的档案</translation>
    </message>
    <message>
        <source>File merged into it</source>
        <translation>并入的档案</translation>
    </message>
    <message>
        <source>(no such file)</source>
        <translation>（找不到该档案）</translation>
    </message>
    <message>
        <source>Merge file %1 into file %2? This cannot be undone.</source>
        <translation>将档案 %1 并入档案 %2？此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
</context>
<context>
    <name>NextAppointmentPicker</name>
    <message>
        <source>Planned for</source>
        <translation>约在</translation>
    </message>
    <message>
        <source>The record names the day and time of the next appointment</source>
        <translation>记录写明下次预约的日期和时间</translation>
    </message>
    <message>
        <source>Date of the next appointment</source>
        <translation>下次预约的日期</translation>
    </message>
    <message>
        <source>Time of the next appointment</source>
        <translation>下次预约的时间</translation>
    </message>
    <message>
        <source>Book…</source>
        <translation>预约…</translation>
    </message>
    <message>
        <source>Book the next appointment at this date and time</source>
        <translation>按这个日期和时间预约下次咨询</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Follow-up outcome</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <source>%1 %2 · planned %3</source>
        <translation>%1 %2 · 计划 %3</translation>
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
        <source>Rescheduled</source>
        <translation>已改期</translation>
    </message>
    <message>
        <source>Closed, no more follow-up</source>
        <translation>不再回访</translation>
    </message>
    <message>
        <source>At a set time</source>
        <translation>约定时间</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>下次联系</translation>
    </message>
    <message numerus="yes">
        <source>Tries that did not reach the worker: %n</source>
        <translation>
            <numerusform>未联系上的次数：%n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordPair</name>
    <message>
        <source>at least %1 characters</source>
        <translation>至少 %1 个字符</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>the passwords differ</source>
        <translation>两次输入的密码不一致</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Takes effect the next time Station Desk starts without a language on its command line.</source>
        <translation>下次启动 Station Desk 时生效（命令行未指定语言时）。</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>文字大小</translation>
    </message>
    <message>
        <source>Station policy</source>
        <translation>服务站规定</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Lock after no input for</source>
        <translation>无操作多久后锁定</translation>
    </message>
    <message>
        <source>Registration with the city union</source>
        <translation>向市总工会登记</translation>
    </message>
    <message>
        <source>Statistics packages are signed with this station&apos;s key. When the city union registers the station&apos;s public key, it checks this fingerprint with you. It is not secret.</source>
        <translation>统计数据包由本站密钥签名。市总工会登记本站公钥时，会与您核对这个指纹。指纹可以公开，无需保密。</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <source>Client file summary</source>
        <translation>心理档案摘要</translation>
    </message>
    <message>
        <source>Session record</source>
        <translation>心理辅导记录</translation>
    </message>
    <message>
        <source>Whole case</source>
        <translation>个案全程记录</translation>
    </message>
    <message>
        <source>Assessment report</source>
        <translation>心理测评报告</translation>
    </message>
    <message>
        <source>Monthly station report</source>
        <translation>服务站月度工作报告</translation>
    </message>
    <message>
        <source>Blank paper forms</source>
        <translation>空白纸质表单</translation>
    </message>
    <message>
        <source>Inspection registers</source>
        <translation>工作台账</translation>
    </message>
    <message>
        <source>Analysis report for the union</source>
        <translation>向总工会报送的分析报告</translation>
    </message>
    <message>
        <source>Counselling register</source>
        <translation>个体心理辅导登记台账</translation>
    </message>
    <message>
        <source>Activity register</source>
        <translation>团体活动登记台账</translation>
    </message>
    <message>
        <source>Crisis register</source>
        <translation>危机干预登记台账</translation>
    </message>
    <message>
        <source>Intake with informed consent</source>
        <translation>来访登记表（含知情同意书）</translation>
    </message>
    <message>
        <source>Session record form</source>
        <translation>心理辅导记录表</translation>
    </message>
    <message>
        <source>Satisfaction rating</source>
        <translation>服务满意度评价表</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>来访者</translation>
    </message>
    <message>
        <source>latest</source>
        <translation>最近一次</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>%1 年度</translation>
    </message>
    <message>
        <source>%1, quarter %2</source>
        <translation>%1 年第 %2 季度</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>辅导次数</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>台账</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>表单</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>报告期</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Watermark with my name</source>
        <translation>加水印（打印人姓名）</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
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
        <source>Choose a document and press Preview. A preview has no number; printing or saving gives the copy a number and records it in the audit trail.</source>
        <translation>选择文件类型后点“预览”。预览不编号；打印或保存时生成文件编号并记入审计日志。</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>共 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not start printing (the printer is not available).</source>
        <translation>无法开始打印（打印机不可用）。</translation>
    </message>
    <message>
        <source>Printing did not complete: %1</source>
        <translation>打印未完成：%1</translation>
    </message>
    <message numerus="yes">
        <source>Sent to the printer (%n page(s), document number %1).</source>
        <translation>
            <numerusform>已发送到打印机（%n 页，文件编号 %1）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved: %1 (%n page(s), document number %2).</source>
        <translation>
            <numerusform>已保存：%1（%n 页，文件编号 %2）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason required</source>
        <translation>需要填写理由</translation>
    </message>
    <message>
        <source>File %1 belongs to a counsellor&apos;s caseload. Opening it needs a reason, which is written to the audit trail.</source>
        <translation>档案 %1 属于其他咨询师负责的个案。打开它需要填写理由，理由将记入审计日志。</translation>
    </message>
    <message>
        <source>Recovery key, only to open restricted records (the key kept in the safe; leave empty otherwise):</source>
        <translation>恢复密钥（仅在需要查看高度保密记录时填写；即保险柜中保管的那把钥匙，其他情况请留空）：</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Reassign a counsellor&apos;s cases</source>
        <translation>移交咨询师的个案</translation>
    </message>
    <message>
        <source>Hand the files of a counsellor who has left (or is away for long) to a colleague. You do not open the files: only their numbers and names are listed, restricted ones masked. Each file moved is recorded in the audit trail.</source>
        <translation>把已离职（或长期不在岗）咨询师的档案移交给同事。此操作不会打开档案：只列出档案编号和姓名，受限档案的姓名会被隐去。每份移交的档案都会记入审计日志。</translation>
    </message>
    <message>
        <source>Include closed and referred-out files</source>
        <translation>包括已结案和已转介的档案</translation>
    </message>
    <message>
        <source>e.g. counsellor left the station on 2026-10-31</source>
        <translation>例如：咨询师已于 2026-10-31 离站</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>档案编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>建档日期</translation>
    </message>
    <message>
        <source>From</source>
        <translation>移出</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>档案</translation>
    </message>
    <message>
        <source>To</source>
        <translation>接收人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source> (disabled)</source>
        <translation>（已停用）</translation>
    </message>
    <message>
        <source>%1%2 — %3 open of %4 files</source>
        <translation>%1%2 — 在案 %3 份，共 %4 份</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) will move</source>
        <translation>
            <numerusform>将移交 %n 份档案</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 open files</source>
        <translation>%1 — 在案 %2 份</translation>
    </message>
    <message numerus="yes">
        <source>Move %n file(s) from %1 to %2?</source>
        <translation>
            <numerusform>将 %n 份档案从 %1 移交给 %2？</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no files to move.</source>
        <translation>没有需要移交的档案。</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>Draft (unsigned)</source>
        <translation>草稿（未签署）</translation>
    </message>
    <message>
        <source>Imported from the earlier register on %1; not signed in the app</source>
        <translation>于 %1 从原有台账导入，未在本系统签署</translation>
    </message>
    <message>
        <source>Signed by %1, %2</source>
        <translation>%1 签署，%2</translation>
    </message>
    <message>
        <source>awaiting co-signature</source>
        <translation>等待会签</translation>
    </message>
    <message>
        <source>co-signed by %1</source>
        <translation>%1 已会签</translation>
    </message>
    <message>
        <source>Presenting complaint</source>
        <translation>主诉</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>干预</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Presenting issues</source>
        <translation>主要问题</translation>
    </message>
    <message>
        <source>Interventions used</source>
        <translation>使用的干预方法</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>转介</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>下次预约</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>督导师</translation>
    </message>
    <message>
        <source>Session %1 — %2</source>
        <translation>第 %1 次辅导 — %2</translation>
    </message>
    <message>
        <source>Addendum by %1, %2</source>
        <translation>%1 的补充说明，%2</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>%1 (never saved)</source>
        <translation>%1（从未保存）</translation>
    </message>
    <message>
        <source>New record (never saved)</source>
        <translation>新记录（从未保存）</translation>
    </message>
    <message>
        <source>A record that no longer exists</source>
        <translation>已不存在的记录</translation>
    </message>
    <message>
        <source>Draft of session %1</source>
        <translation>第 %1 次辅导草稿</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>If every administrator password is lost, only this key opens the station&apos;s records. It is shown only now.</source>
        <translation>如果所有站长密码都遗失，只有这把密钥能打开本站的记录。它只在此刻显示一次。</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>I have printed or written down the recovery key and stored it safely</source>
        <translation>我已打印或抄写并妥善保管恢复密钥</translation>
    </message>
    <message>
        <source>Keep the key away from this computer, for example in the station&apos;s locked cabinet. Anyone holding it can open every record.</source>
        <translation>请把密钥与这台电脑分开保管，例如放在服务站上锁的文件柜里。任何持有它的人都能打开全部记录。</translation>
    </message>
</context>
<context>
    <name>RecoveryPrint</name>
    <message>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>This key opens the vault if every password is lost. Keep this sheet locked away, apart from the computer.</source>
        <translation>所有密码遗失时，可用此密钥打开保险库。请将本页锁好保管，不要与电脑放在一起。</translation>
    </message>
    <message>
        <source>Print recovery key</source>
        <translation>打印恢复密钥</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Referral</source>
        <translation>转介</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Destination type</source>
        <translation>转介类型</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>转介去向</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>RegimesPage</name>
    <message>
        <source>I have read it and will keep to it</source>
        <translation>我已阅读，并将遵守</translation>
    </message>
    <message>
        <source>Adapt and adopt…</source>
        <translation>修改并通过…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>确认时间</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>已确认的账户</translation>
    </message>
    <message>
        <source>What changed, for the record</source>
        <translation>修改了什么（留档）</translation>
    </message>
    <message>
        <source>Start from our template (Chinese)</source>
        <translation>从模板开始（中文）</translation>
    </message>
    <message>
        <source>Start from our template (English)</source>
        <translation>从模板开始（英文）</translation>
    </message>
    <message>
        <source>Adopt as a new version</source>
        <translation>作为新版本通过</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Lines starting with &apos;## &apos; are section headings; &apos;1.&apos; or &apos;- &apos; start an item; a blank line ends a paragraph.</source>
        <translation>以“## ”开头的行是章节标题；以“1.”或“- ”开头的行是条目；空一行表示段落结束。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Change note</source>
        <translation>修订说明</translation>
    </message>
    <message>
        <source>%1
(not adopted)</source>
        <translation>%1
（尚未制定）</translation>
    </message>
    <message>
        <source>%1
version %2 · please read</source>
        <translation>%1
第 %2 版 · 请阅读</translation>
    </message>
    <message>
        <source>%1
version %2</source>
        <translation>%1
第 %2 版</translation>
    </message>
    <message>
        <source>Version %1 of %2</source>
        <translation>第 %1 版（%2）</translation>
    </message>
    <message>
        <source>The %1 has not been adopted yet.</source>
        <translation>《%1》尚未制定。</translation>
    </message>
    <message>
        <source>Use “Adapt and adopt…” to start from our template.</source>
        <translation>请点击“修改并通过…”，从模板开始。</translation>
    </message>
    <message>
        <source>Version %1, adopted %2 by %3.</source>
        <translation>第 %1 版，%2 由 %3 通过。</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>修订说明：%1</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未确认</translation>
    </message>
    <message>
        <source>Acknowledged by (version %1)</source>
        <translation>确认情况（第 %1 版）</translation>
    </message>
    <message>
        <source>Replace the text being edited with our template?</source>
        <translation>用模板替换正在编辑的内容吗？</translation>
    </message>
    <message>
        <source>Every account will be asked to read and acknowledge the new version at its next sign-in. Adopt it?</source>
        <translation>所有账户下次登录时都须阅读并确认新版本。确定通过吗？</translation>
    </message>
    <message>
        <source>Adopted “%1” as version %2.</source>
        <translation>已通过《%1》第 %2 版。</translation>
    </message>
</context>
<context>
    <name>RegisterVisitorDialog</name>
    <message>
        <source>Register a visitor</source>
        <translation>登记来访职工</translation>
    </message>
    <message>
        <source>Anonymous visitor (name is a pseudonym or empty)</source>
        <translation>匿名来访（姓名为化名或不填）</translation>
    </message>
    <message>
        <source>(assign later)</source>
        <translation>（稍后指定）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Relation, name and phone</source>
        <translation>关系、姓名和电话</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>出生年份</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Employer / unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Job type</source>
        <translation>岗位类型</translation>
    </message>
    <message>
        <source>Key groups</source>
        <translation>重点人群</translation>
    </message>
    <message>
        <source>How they came</source>
        <translation>来访途径</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>紧急联系人</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>咨询师</translation>
    </message>
    <message>
        <source>Informed consent signed now</source>
        <translation>现在签署知情同意书</translation>
    </message>
    <message>
        <source>Agrees to</source>
        <translation>同意的范围</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Limits of confidentiality explained</source>
        <translation>已说明保密例外</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>ReopenCase</name>
    <message>
        <source>Reopen the case of %1 (%2)? New records, follow-ups and appointments can be added again; the closing summary is kept. The reopening is recorded in the audit trail.</source>
        <translation>重新开启 %1（%2）的个案？开案后可以再次添加辅导记录、回访和预约；结案小结予以保留。重新开案会记入审计日志。</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset password of %1</source>
        <translation>重置 %1 的密码</translation>
    </message>
    <message>
        <source>Give the new password to the person directly. A disabled account is enabled again.</source>
        <translation>请当面把新密码交给本人。已停用的账户会同时重新启用。</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>All current data will be replaced by the backup &lt;b&gt;%1&lt;/b&gt;. Entries made since that backup will no longer be in the vault: the current vault is kept aside only until the restored one has opened, then deleted. Station Desk signs out and restarts the sign-in.</source>
        <translation>当前所有数据将被备份 &lt;b&gt;%1&lt;/b&gt; 替换。该备份之后录入的内容将不再在保险库中：当前保险库只保留到恢复后的保险库成功打开为止，随后删除。Station Desk 将退出登录并重新显示登录界面。</translation>
    </message>
    <message>
        <source>I understand that current data will be replaced</source>
        <translation>我明白当前数据将被替换</translation>
    </message>
    <message>
        <source>Check and restore</source>
        <translation>检查并恢复</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>您的密码</translation>
    </message>
</context>
<context>
    <name>RestoreNotice</name>
    <message>
        <source>The backup made at %1 was restored and has opened. The copy of the vault as it was before has been deleted. Please sign in again.</source>
        <translation>已恢复 %1 的备份，恢复后的保险库已成功打开；恢复前的保险库副本已删除。请重新登录。</translation>
    </message>
    <message>
        <source>The backup made at %1 was restored and has opened. The copy of the vault as it was before could not be deleted yet (%2); the next sign-in tries again. Please sign in again.</source>
        <translation>已恢复 %1 的备份，恢复后的保险库已成功打开；恢复前的保险库副本暂时未能删除（%2），下次登录时会再次尝试。请重新登录。</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <source>Save period</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>保存期限</translation>
    </message>
    <message>
        <source>Keep a closed file for</source>
        <translation>结案后保存</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>档案编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <source>Retention date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Session records</source>
        <translation>辅导记录</translation>
    </message>
    <message>
        <source>Items in all</source>
        <translation>共计（项）</translation>
    </message>
    <message>
        <source>Destroy selected file…</source>
        <translation>销毁所选档案…</translation>
    </message>
    <message>
        <source>Worker&apos;s deletion request…</source>
        <translation>职工本人删除申请…</translation>
    </message>
    <message>
        <source>Destroy one file before its retention date, at the worker&apos;s request (PIPL art. 47), with the legal ground</source>
        <translation>应职工本人申请（《个人信息保护法》第四十七条），在保存期届满前销毁一份档案，须注明法定情形</translation>
    </message>
    <message>
        <source>Closed files past their retention date</source>
        <translation>保存期已满的结案档案</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>备份文件</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Destroyed files it still holds</source>
        <translation>仍含已销毁档案（份）</translation>
    </message>
    <message>
        <source>Delete these backups…</source>
        <translation>删除这些备份…</translation>
    </message>
    <message>
        <source>Backups made before a destruction</source>
        <translation>销毁之前的备份</translation>
    </message>
    <message>
        <source>Files are kept %1 years after the case closed, then listed below for review. The period cannot be shorter than %2 years.</source>
        <translation>档案在结案后保存 %1 年，期满后列在下方供审核。保存期限不得少于 %2 年。</translation>
    </message>
    <message>
        <source>%1 file(s) past their retention date. Review each, then destroy it: its records leave both databases and the audit trail keeps only a tombstone.</source>
        <translation>保存期已满的档案 %1 份。请逐份核对后销毁：其记录将从两个数据库中删除，审计记录只保留销毁标记。</translation>
    </message>
    <message>
        <source>These backups were made before a file was destroyed and still hold it. Restoring one would bring the file back.</source>
        <translation>这些备份早于档案销毁，仍含该档案；恢复其中任何一份都会使档案重新出现。</translation>
    </message>
    <message>
        <source>No backup holds a destroyed file.</source>
        <translation>没有备份含已销毁的档案。</translation>
    </message>
    <message>
        <source>Retention period saved.</source>
        <translation>保存期限已保存。</translation>
    </message>
    <message>
        <source>File %1 destroyed: %2 item(s) removed from both databases.</source>
        <translation>档案 %1 已销毁：已从两个数据库中删除 %2 项。</translation>
    </message>
    <message>
        <source>Delete %1 backup(s) made before a destruction? They cannot be restored afterwards.</source>
        <translation>删除销毁之前的 %1 份备份？删除后无法再用它们恢复。</translation>
    </message>
    <message>
        <source>%1 backup(s) deleted.</source>
        <translation>已删除 %1 份备份。</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>已转出</translation>
    </message>
    <message>
        <source>Referred out</source>
        <translation>已转介</translation>
    </message>
</context>
<context>
    <name>Rights</name>
    <message>
        <source>No informed consent recorded</source>
        <translation>尚未记录知情同意</translation>
    </message>
    <message>
        <source>Informed consent: %1 (%2), limits explained by %3, recorded by %4</source>
        <translation>知情同意：%1（%2），保密例外由 %3 说明，%4 记录</translation>
    </message>
    <message>
        <source>Withdrawn since %1: %2</source>
        <translation>自 %1 起已撤回：%2</translation>
    </message>
    <message>
        <source>Personal information copy</source>
        <translation>个人信息副本</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Produced</source>
        <translation>制作时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>制作人</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>文件编号</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation>不予提供</translation>
    </message>
    <message>
        <source>Copies given</source>
        <translation>已提供的副本</translation>
    </message>
    <message>
        <source>Saved %1 (%2 pages, document number %3). The request is logged on the file. The PDF is not encrypted: hand it to the worker and delete this copy.</source>
        <translation>已保存 %1（%2 页，文件编号 %3）。本次申请已记入档案。PDF 未加密：请当面交给来访者本人，并删除本机上的副本。</translation>
    </message>
</context>
<context>
    <name>RiskNotice</name>
    <message>
        <source>The file&apos;s risk level stays %1 while its crisis is open (this record says %2).</source>
        <translation>危机干预未解除，档案风险等级保持为%1（本记录为%2）。</translation>
    </message>
    <message>
        <source>The file&apos;s risk level changes from %1 to %2.</source>
        <translation>签署后，档案风险等级将由%1改为%2。</translation>
    </message>
</context>
<context>
    <name>SafeguardsBox</name>
    <message>
        <source>Safeguards</source>
        <translation>安全状态</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>上次备份</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message numerus="yes">
        <source>intact (%n entries)</source>
        <translation>
            <numerusform>完好（%n 条）</numerusform>
        </translation>
    </message>
    <message>
        <source>BROKEN at entry %1 (%2) — contact support and keep the latest backups</source>
        <translation>在第 %1 条处断裂（%2）——请联系技术支持并保留最近的备份</translation>
    </message>
    <message>
        <source>due now — %1 kept of %2</source>
        <translation>需要备份——已保留 %1 份（上限 %2 份）</translation>
    </message>
    <message>
        <source>up to date — %1 kept of %2</source>
        <translation>已是最新——已保留 %1 份（上限 %2 份）</translation>
    </message>
    <message>
        <source>Backup folder: %1</source>
        <translation>备份目录：%1</translation>
    </message>
</context>
<context>
    <name>SafetyPlanDialog</name>
    <message>
        <source>Safety plan</source>
        <translation>安全计划</translation>
    </message>
    <message>
        <source>Write it with the worker, in their words; it is printed for them to keep.</source>
        <translation>请与来访者一起、用他们自己的话填写；打印后交给来访者保存。</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>危机前的信号</translation>
    </message>
    <message>
        <source>Coping steps</source>
        <translation>我自己可以做的事</translation>
    </message>
    <message>
        <source>People and places</source>
        <translation>可以联系的人和可以去的地方</translation>
    </message>
    <message>
        <source>Professional contacts</source>
        <translation>专业求助电话与机构</translation>
    </message>
    <message>
        <source>Means safety</source>
        <translation>让环境更安全</translation>
    </message>
</context>
<context>
    <name>SatisfactionKiosk</name>
    <message>
        <source>Your opinion</source>
        <translation>您的意见</translation>
    </message>
    <message>
        <source>Please rate today&apos;s service. Your answers help us improve it.</source>
        <translation>请为今天的服务评分，您的意见将帮助我们改进工作。</translation>
    </message>
    <message>
        <source>Anything else you would like to tell us (optional)</source>
        <translation>其他想告诉我们的（选填）</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>I would rather not answer</source>
        <translation>我不想填写</translation>
    </message>
</context>
<context>
    <name>SaveDialogs</name>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>A PDF is not encrypted: once saved, anyone who can open the folder can read it.

• Save only to this PC or an encrypted location, never to a USB stick, cloud drive or chat app;
• delete it when done;
• this save, with its document number and location, goes into the audit trail.

Save anyway?</source>
        <translation>PDF 文件不加密：保存后，任何能打开该文件夹的人都能阅读其中内容。

• 只保存到本机或单位加密的位置，不要存入 U 盘、网盘或聊天软件；
• 用完请删除；
• 本次保存将连同文件编号和保存位置记入审计日志。

确定要保存吗？</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ScoreChart</name>
    <message>
        <source>One result so far</source>
        <translation>目前只有一次结果</translation>
    </message>
    <message>
        <source>Change since first: %1 (no change)</source>
        <translation>与首次相比：%1（无变化）</translation>
    </message>
    <message>
        <source>Change since first: %1 (better)</source>
        <translation>与首次相比：%1（好转）</translation>
    </message>
    <message>
        <source>Change since first: %1 (worse)</source>
        <translation>与首次相比：%1（加重）</translation>
    </message>
    <message>
        <source>No results yet</source>
        <translation>暂无结果</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Words in the notes, e.g. 焦虑 失眠</source>
        <translation>记录中的词语，例如 焦虑 失眠</translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation>搜索记录内容</translation>
    </message>
    <message>
        <source>From</source>
        <translation>日期从</translation>
    </message>
    <message>
        <source>Any counsellor</source>
        <translation>所有咨询师</translation>
    </message>
    <message>
        <source>List records</source>
        <translation>列出记录</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>档案编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>咨询师</translation>
    </message>
    <message>
        <source>Presenting issues</source>
        <translation>主要问题</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>匹配位置</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Accounts</source>
        <translation>账户管理</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保存期限与销毁</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>心理测评</translation>
    </message>
    <message>
        <source>Hotline log</source>
        <translation>热线记录</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>来访档案</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Search records</source>
        <translation>记录检索</translation>
    </message>
    <message>
        <source>Group activities</source>
        <translation>团辅与讲座</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计上报</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>状况调查</translation>
    </message>
    <message>
        <source>Duty roster</source>
        <translation>值班表</translation>
    </message>
    <message>
        <source>Regimes</source>
        <translation>工作制度</translation>
    </message>
    <message>
        <source>Tier self-check</source>
        <translation>等级自查</translation>
    </message>
</context>
<context>
    <name>SelfCheck</name>
    <message>
        <source>Met</source>
        <translation>已达到</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>未达到</translation>
    </message>
    <message>
        <source>Not yet evidenced</source>
        <translation>尚无佐证</translation>
    </message>
</context>
<context>
    <name>SelfCheckPage</name>
    <message>
        <source>Check again</source>
        <translation>重新自查</translation>
    </message>
    <message>
        <source>Keep this self-check</source>
        <translation>保存本次自查</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Showing</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Judged from</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Answer this item…</source>
        <translation>回答此项…</translation>
    </message>
    <message>
        <source>Now (not kept yet)</source>
        <translation>当前情况（尚未保存）</translation>
    </message>
    <message>
        <source>#%1 of %2 by %3: %4 met, %5 not met, %6 not yet evidenced</source>
        <translation>#%1 %2 %3：已达到 %4，未达到 %5，尚无佐证 %6</translation>
    </message>
    <message>
        <source>Tier self-check — target: %1</source>
        <translation>等级自查——目标：%1</translation>
    </message>
    <message>
        <source>%1, %2 · period %3 to %4 · %5 met, %6 not met, %7 not yet evidenced · highest tier fully met: %8</source>
        <translation>%1，%2 · 所查期间 %3 至 %4 · 已达到 %5 项，未达到 %6 项，尚无佐证 %7 项 · 已全部达到的等级：%8</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>尚无</translation>
    </message>
    <message>
        <source>hand check</source>
        <translation>人工核查</translation>
    </message>
    <message>
        <source>records</source>
        <translation>记录佐证</translation>
    </message>
    <message>
        <source>Found in the records:</source>
        <translation>记录中查到：</translation>
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
        <source>Answered %1 on %2 by %3.</source>
        <translation>%2 由 %3 回答：%1。</translation>
    </message>
    <message>
        <source>Check this on site, then answer it with a note of what you saw.</source>
        <translation>请到现场核查，然后回答并写明所见情况。</translation>
    </message>
</context>
<context>
    <name>SendTransferDialog</name>
    <message>
        <source>Transfer file %1 to another station</source>
        <translation>将档案 %1 转至其他服务站</translation>
    </message>
    <message>
        <source>The whole case is written to one file, encrypted to the receiving station&apos;s key and signed by this station: only that station can open it. Afterwards this file shows where it went, takes no new records and cannot be reopened; nothing in it is deleted.</source>
        <translation>整个个案写入一个文件，用接收服务站的密钥加密、由本站签名：只有该站能打开。之后本站档案显示转往何处，不再添加记录，也不能重新开案；其中内容一概不删除。</translation>
    </message>
    <message>
        <source>station.key from the receiving station</source>
        <translation>接收服务站提供的 station.key</translation>
    </message>
    <message>
        <source>Receiving station&apos;s key file</source>
        <translation>接收服务站的公钥文件</translation>
    </message>
    <message>
        <source>Save the transfer file as</source>
        <translation>转站文件保存为</translation>
    </message>
    <message>
        <source>Write transfer file</source>
        <translation>写出转站文件</translation>
    </message>
    <message>
        <source>The receiving station&apos;s key file</source>
        <translation>接收服务站的公钥文件</translation>
    </message>
    <message>
        <source>Station key file (*.key *.pub *.json);;All files (*)</source>
        <translation>服务站公钥文件 (*.key *.pub *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Receiving station: %1 (%2)
Fingerprint: %3
Read the fingerprint to that station by phone before you send the file.</source>
        <translation>接收服务站：%1（%2）
指纹：%3
发送文件前，请打电话向对方念一遍指纹核对。</translation>
    </message>
    <message>
        <source>File %1 was written to %2 for %3. Send it to that station; this file now shows the transfer and takes no new records.</source>
        <translation>档案 %1 已写入 %2，供 %3 接收。请把文件交给该站；本站档案现在显示已转出，不再添加记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n restricted item(s) you cannot open went without their text, marked as not transferred.</source>
        <translation>
            <numerusform>%n 条您无法打开的高度保密内容没有转出文字，已标为“未转出”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) booked here for this worker were cancelled: %1. Tell the worker, and remind them to book with the new station.</source>
        <translation>
            <numerusform>本站为其预约的 %n 次咨询已取消：%1。请告知本人，并提醒其与新服务站预约。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>Session record</source>
        <translation>辅导记录</translation>
    </message>
    <message>
        <source>Discard the restored text</source>
        <translation>放弃恢复的内容</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>功能室</translation>
    </message>
    <message>
        <source>Presenting issues</source>
        <translation>主要问题</translation>
    </message>
    <message>
        <source>Presenting complaint</source>
        <translation>主诉</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>干预</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Copy last plan</source>
        <translation>沿用上次计划</translation>
    </message>
    <message>
        <source>Insert the plan of the last signed record</source>
        <translation>插入上一份已签署记录的计划</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Interventions used</source>
        <translation>使用的干预方法</translation>
    </message>
    <message>
        <source>Restricted: only I can see this record</source>
        <translation>受限：只有我能查看这条记录</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>转介</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>下次预约</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>签署…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Delete draft…</source>
        <translation>删除草稿…</translation>
    </message>
    <message>
        <source>Delete this unsigned draft record</source>
        <translation>删除这条未签署的草稿记录</translation>
    </message>
    <message>
        <source>%1 · file %2 · session %3</source>
        <translation>%1 · 档案编号 %2 · 第 %3 次</translation>
    </message>
    <message>
        <source>Session record: %1 (%2)</source>
        <translation>辅导记录：%1（%2）</translation>
    </message>
    <message>
        <source>booked %1–%2</source>
        <translation>预约时间 %1–%2</translation>
    </message>
    <message>
        <source>The record names %1 as the next appointment, and nothing is booked that day. Book it now?</source>
        <translation>记录中的下次预约是 %1，但当天还没有预约。现在预约吗？</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 字</translation>
    </message>
    <message>
        <source>Autosaved at %1</source>
        <translation>已于 %1 自动保存</translation>
    </message>
    <message>
        <source>Restored what was typed until %1 and not saved (the app was closed or stopped).</source>
        <translation>已恢复截至 %1 输入但未保存的内容（程序曾被关闭或中断）。</translation>
    </message>
    <message>
        <source>Draft saved at %1</source>
        <translation>草稿已于 %1 保存</translation>
    </message>
    <message>
        <source>Sign this record? Once signed it cannot be changed; corrections are added as dated addenda. Type your password to sign.</source>
        <translation>签署这条记录？签署后不能再修改；更正须以注明日期的补充说明添加。请输入您的密码签署。</translation>
    </message>
    <message>
        <source>Delete the unsigned draft of session %1? Its text is removed for good; the deletion is recorded in the audit trail.</source>
        <translation>删除第 %1 次辅导的未签署草稿？其内容将被永久删除；删除操作将记入审计日志。</translation>
    </message>
</context>
<context>
    <name>SessionTemplates</name>
    <message>
        <source>First visit</source>
        <translation>首次来访</translation>
    </message>
    <message>
        <source>Reason for coming:
Since when:
Work and shifts:
What they hope for:
</source>
        <translation>来访原因：
持续时间：
工作与班次：
来访期望：
</translation>
    </message>
    <message>
        <source>Follow-up session</source>
        <translation>后续辅导</translation>
    </message>
    <message>
        <source>Since the last session:
Homework:
Today&apos;s concern:
</source>
        <translation>上次辅导以来：
练习完成情况：
本次关注的问题：
</translation>
    </message>
    <message>
        <source>Mental state</source>
        <translation>心理状态</translation>
    </message>
    <message>
        <source>Mood:
Sleep and appetite:
Work and relationships:
Risk (self-harm, harm to others):
</source>
        <translation>情绪：
睡眠与饮食：
工作与人际：
风险（自伤、伤人）：
</translation>
    </message>
    <message>
        <source>Session outline</source>
        <translation>辅导要点</translation>
    </message>
    <message>
        <source>Focus of the session:
Methods used:
The worker&apos;s response:
</source>
        <translation>本次重点：
使用的方法：
来访者的反应：
</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>后续安排</translation>
    </message>
    <message>
        <source>Focus next time:
Homework:
Referral or follow-up needed:
</source>
        <translation>下次重点：
布置的练习：
是否需要转介或回访：
</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share or transfer</source>
        <translation>共享或转移</translation>
    </message>
    <message>
        <source>Share (both can see and write)</source>
        <translation>共享（双方都可查看和书写）</translation>
    </message>
    <message>
        <source>Transfer (the colleague takes over)</source>
        <translation>转移（由同事接手）</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>同事</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>SignInRestoreDialog</name>
    <message>
        <source>Restore the latest backup</source>
        <translation>恢复最近的备份</translation>
    </message>
    <message>
        <source>The vault cannot be opened as it is. Restoring a backup replaces it with the backup&apos;s data; entries made after that backup are lost. The backup is checked in full first. An admin&apos;s password or the recovery key is needed.</source>
        <translation>保险库目前无法打开。恢复备份会用备份中的数据替换它，该备份之后录入的内容将不再存在。恢复前会先完整校验备份。需要站长的密码或恢复密钥。</translation>
    </message>
    <message>
        <source>Choose another backup file…</source>
        <translation>选择其他备份文件…</translation>
    </message>
    <message>
        <source>Use the recovery key</source>
        <translation>使用恢复密钥</translation>
    </message>
    <message>
        <source>I understand that current data will be replaced</source>
        <translation>我了解当前数据将被替换</translation>
    </message>
    <message>
        <source>Check and restore</source>
        <translation>校验并恢复</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Admin user name</source>
        <translation>站长用户名</translation>
    </message>
    <message>
        <source>No backup found in %1. Choose a backup file.</source>
        <translation>在 %1 中没有找到备份，请选择一个备份文件。</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>选择备份</translation>
    </message>
    <message>
        <source>Station Desk backups (*%1)</source>
        <translation>Station Desk 备份 (*%1)</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <source>Sign in — %1</source>
        <translation>登录 — %1</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>数据目录：%1</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Restore the latest backup…</source>
        <translation>恢复最近的备份…</translation>
    </message>
    <message>
        <source>Demo vault — invented data only</source>
        <translation>演示保险库——仅含虚构数据</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Sign in with a password</source>
        <translation>使用密码登录</translation>
    </message>
    <message>
        <source>Use the recovery key</source>
        <translation>使用恢复密钥</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <source>Sign with your password</source>
        <translation>用密码签署</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>您的密码</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>签署</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <source>Station profile</source>
        <translation>服务站信息</translation>
    </message>
    <message>
        <source>These details appear on printed ledgers and reports. An administrator can change them later.</source>
        <translation>这些信息会出现在打印的台账和报表上，站长以后可以修改。</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据目录</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>服务站名称</translation>
    </message>
    <message>
        <source>Union code</source>
        <translation>工会代码</translation>
    </message>
    <message>
        <source>Station tier</source>
        <translation>服务站等级</translation>
    </message>
    <message>
        <source>Address (optional)</source>
        <translation>地址（选填）</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>选择数据目录</translation>
    </message>
    <message>
        <source>Choose a data folder (a full path).</source>
        <translation>请选择数据目录（完整路径）。</translation>
    </message>
</context>
<context>
    <name>StationProfileDialog</name>
    <message>
        <source>Station profile</source>
        <translation>服务站信息</translation>
    </message>
    <message>
        <source>These details appear on printed ledgers, reports and new statistics packages; those already made keep the old ones. The change is recorded in the audit trail.</source>
        <translation>这些信息会出现在打印的台账、报告和新生成的统计数据包中；已生成的保持原样。修改会记入审计日志。</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>服务站名称</translation>
    </message>
    <message>
        <source>Union code</source>
        <translation>工会代码</translation>
    </message>
    <message>
        <source>Station tier</source>
        <translation>服务站等级</translation>
    </message>
    <message>
        <source>Address (optional)</source>
        <translation>地址（选填）</translation>
    </message>
</context>
<context>
    <name>SubjectCopyDialog</name>
    <message>
        <source>Copy for the worker</source>
        <translation>为来访者制作档案副本</translation>
    </message>
    <message>
        <source>A copy of what the station holds about the worker (PIPL art. 45): registration, consent, signed session records with their addenda, assessments, follow-ups, crises, referrals and corrections. Tick what you withhold (for example a third party&apos;s information) and give the reason: the copy marks it as withheld.</source>
        <translation>按《个人信息保护法》第四十五条，为来访者提供本站保存的其个人信息副本：登记信息、知情同意、已签署的辅导记录及附注、心理测评、回访、危机干预、转介和更正记录。勾选不予提供的内容（例如涉及第三方的信息）并写明理由，副本中会注明“不予提供”及理由。</translation>
    </message>
    <message>
        <source>Date the worker asked</source>
        <translation>来访者申请日期</translation>
    </message>
    <message>
        <source>Withhold</source>
        <translation>不予提供</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message numerus="yes">
        <source>%n restricted record(s) are sealed to their author: their text cannot be included by you, and the copy says so.</source>
        <translation>
            <numerusform>有 %n 条高度保密记录由其撰写人加密封存：您无法将其内容纳入副本，副本中会注明这一点。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
</context>
<context>
    <name>SupervisionDialog</name>
    <message>
        <source>Supervision of %1</source>
        <translation>%1 的督导</translation>
    </message>
    <message>
        <source>No supervision</source>
        <translation>无督导</translation>
    </message>
    <message>
        <source>Signed records of a counsellor under supervision wait for the supervisor&apos;s co-signature.</source>
        <translation>接受督导的咨询师签署的记录，须等督导师会签后才生效。</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>督导师</translation>
    </message>
</context>
<context>
    <name>SurveysPage</name>
    <message>
        <source>One sheet per line: GENDER AGE INDUSTRY GROUP ANSWERS, &apos;-&apos; for one not given. Gender f or m; age 1 under 20, 2 20–29, 3 30–39, 4 40–49, 5 50–59, 6 60 and over; answers one digit per item (or separated by commas). Example: f 3 1 - 012301230
Industries: %1
Key groups: %2</source>
        <translation>每份答卷一行：性别 年龄段 行业 重点群体 答案，不填的写 -。性别 f（女）或 m（男）；年龄段 1 为 20 岁以下，2 为 20–29 岁，3 为 30–39 岁，4 为 40–49 岁，5 为 50–59 岁，6 为 60 岁及以上；答案每题一位数字（或用逗号分隔）。例如：f 3 1 - 012301230
行业：%1
重点群体：%2</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>调查</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>量表</translation>
    </message>
    <message>
        <source>Screenings</source>
        <translation>筛查人次</translation>
    </message>
    <message>
        <source>Create the campaign</source>
        <translation>创建调查</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>新建调查</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type in paper answer sheets</source>
        <translation>录入纸质答卷</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>量表</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>答卷</translation>
    </message>
    <message>
        <source>Report on the selected campaign…</source>
        <translation>生成所选调查的报告…</translation>
    </message>
    <message>
        <source>Choose a campaign in the list first.</source>
        <translation>请先在列表中选择一项调查。</translation>
    </message>
    <message>
        <source>Stored: %1 — %2 (%3).</source>
        <translation>已保存：%1——%2 分（%3）。</translation>
    </message>
    <message>
        <source>An alert was raised: see Assessments.</source>
        <translation>触发了预警：请到“心理测评”页查看。</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>Annual target</source>
        <translation>年度目标</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
</context>
<context>
    <name>Tier</name>
    <message>
        <source>Basic I</source>
        <translation>基础Ⅰ型</translation>
    </message>
    <message>
        <source>Basic II</source>
        <translation>基础Ⅱ型</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>标准型</translation>
    </message>
    <message>
        <source>Complete I</source>
        <translation>完备Ⅰ型</translation>
    </message>
    <message>
        <source>Complete II</source>
        <translation>完备Ⅱ型</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
</context>
<context>
    <name>TodayDuty</name>
    <message>
        <source>On duty today: nobody is on the roster.</source>
        <translation>今日值班：值班表中今天无人。</translation>
    </message>
    <message>
        <source>On duty today: %1</source>
        <translation>今日值班：%1</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Reopen or discard…</source>
        <translation>重新打开或放弃…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>档案编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>咨询师</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>功能室</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>回访到期</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>辅导次数</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>等待</translation>
    </message>
    <message>
        <source>my co-signature</source>
        <translation>我的会签</translation>
    </message>
    <message>
        <source>my signature</source>
        <translation>我的签署</translation>
    </message>
    <message>
        <source>Read and co-sign…</source>
        <translation>阅读并会签…</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>打开档案</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>年初至今</translation>
    </message>
    <message>
        <source>Annual target</source>
        <translation>年度目标</translation>
    </message>
    <message>
        <source>Today&apos;s appointments</source>
        <translation>今日预约</translation>
    </message>
    <message>
        <source>Follow-ups due and overdue</source>
        <translation>到期及逾期的回访</translation>
    </message>
    <message>
        <source>Follow-ups due, per counsellor</source>
        <translation>各咨询师到期回访</translation>
    </message>
    <message>
        <source>Open crises</source>
        <translation>未结危机</translation>
    </message>
    <message>
        <source>Waiting for me</source>
        <translation>等我处理</translation>
    </message>
    <message>
        <source>This month against the targets</source>
        <translation>本月目标完成情况</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>今日，%1</translation>
    </message>
    <message numerus="yes">
        <source>%n open crisis(es), %1 with the 24-hour follow-up overdue</source>
        <translation>
            <numerusform>未结危机 %n 起，其中 %1 起 24 小时回访已逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>New files this month: %1</source>
        <translation>本月新建档案：%1</translation>
    </message>
    <message>
        <source>Sessions this month: %1 (hotline %2) · new files: %3</source>
        <translation>本月辅导 %1 次（热线 %2 次）· 新建档案 %3 份</translation>
    </message>
    <message numerus="yes">
        <source>You have %n unsaved draft(s) left from an earlier session (the app was closed or stopped before they were saved).</source>
        <translation>
            <numerusform>您有 %n 份之前未保存的草稿（程序在保存前被关闭或中断）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>Save the transfer file</source>
        <translation>保存转站文件</translation>
    </message>
    <message>
        <source>Transfer file (*.sdtransfer)</source>
        <translation>转站文件 (*.sdtransfer)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>(restricted: not transferred)</source>
        <translation>（高度保密：未转出）</translation>
    </message>
    <message>
        <source>Transferred from %1 on %2</source>
        <translation>%2 由 %1 转入</translation>
    </message>
    <message>
        <source>Sent %1 by %2 · signing key fingerprint %3</source>
        <translation>%1 由 %2 发出 · 签名密钥指纹 %3</translation>
    </message>
    <message>
        <source>Registration at the sending station</source>
        <translation>原服务站的登记信息</translation>
    </message>
    <message>
        <source>File %1, opened %2</source>
        <translation>档案 %1，%2 建档</translation>
    </message>
    <message>
        <source>Counsellor there: %1</source>
        <translation>原责任咨询师：%1</translation>
    </message>
    <message>
        <source>Risk level at transfer: %1</source>
        <translation>转出时风险等级：%1</translation>
    </message>
    <message>
        <source>Closing summary</source>
        <translation>结案小结</translation>
    </message>
    <message>
        <source>Informed consent</source>
        <translation>知情同意</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>没有记录</translation>
    </message>
    <message>
        <source>Withdrawn from %1</source>
        <translation>%1 起撤回</translation>
    </message>
    <message>
        <source>Session records</source>
        <translation>辅导记录</translation>
    </message>
    <message>
        <source>Session %1 — %2</source>
        <translation>第 %1 次辅导 — %2</translation>
    </message>
    <message>
        <source>Presenting complaint</source>
        <translation>主诉</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>干预</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Signed by %1, %2</source>
        <translation>%1 签署，%2</translation>
    </message>
    <message>
        <source>co-signed by %1</source>
        <translation>%1 已会签</translation>
    </message>
    <message>
        <source>Addendum by %1, %2</source>
        <translation>%1 的补充说明，%2</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>心理测评</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>得分 %1</translation>
    </message>
    <message>
        <source>Crisis interventions</source>
        <translation>危机干预</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>%1 解除</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>转介</translation>
    </message>
    <message>
        <source>Hotline calls</source>
        <translation>热线来电</translation>
    </message>
    <message>
        <source>Expected there next: %1 with %2 (cancelled there with the transfer; offer a time here)</source>
        <translation>原定在该站的下次预约：%1，咨询师 %2（已随转站取消，请在本站为其安排时间）</translation>
    </message>
    <message>
        <source>Records from the former station…</source>
        <translation>原服务站的记录…</translation>
    </message>
    <message>
        <source>Transferred to %1 on %2 — closed to new records</source>
        <translation>%2 已转至 %1 — 不再添加记录</translation>
    </message>
</context>
<context>
    <name>TransferText</name>
    <message numerus="yes">
        <source>%n session record(s)</source>
        <translation>
            <numerusform>辅导记录 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s)</source>
        <translation>
            <numerusform>知情同意 %n 份</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s)</source>
        <translation>
            <numerusform>测评 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n crisis intervention(s)</source>
        <translation>
            <numerusform>危机干预 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>回访 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s)</source>
        <translation>
            <numerusform>转介 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>满意度评价 %n 份</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hotline call(s)</source>
        <translation>
            <numerusform>热线来电 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n restricted item(s) came without their text: the sending station could not re-encrypt them.</source>
        <translation>
            <numerusform>%n 条高度保密内容没有随附文字：原服务站无法为本站重新加密。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnionWindow</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Union code</source>
        <translation>工会代码</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>统计期间</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>采用</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒收</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>服务站</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>数据包</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>生成日期</translation>
    </message>
    <message>
        <source>Cells withheld</source>
        <translation>抑制单元格数</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>已报送</translation>
    </message>
    <message>
        <source>Package refused</source>
        <translation>报送文件被拒收</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>未报送</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>City union · merging statistics packages</source>
        <translation>市总工会 · 统计数据包汇总</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>Register a &amp;key file…</source>
        <translation>登记公钥文件(&amp;K)…</translation>
    </message>
    <message>
        <source>Add &amp;packages…</source>
        <translation>添加数据包(&amp;P)…</translation>
    </message>
    <message>
        <source>Add a &amp;folder…</source>
        <translation>添加文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清空(&amp;L)</translation>
    </message>
    <message>
        <source>e.g. 2026-10, 2026-Q3, 2026</source>
        <translation>如 2026-10、2026-Q3、2026</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>选择(&amp;O)…</translation>
    </message>
    <message>
        <source>Check and &amp;merge</source>
        <translation>核验并汇总(&amp;M)</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>核验结果</translation>
    </message>
    <message>
        <source>Who reported</source>
        <translation>报送情况</translation>
    </message>
    <message>
        <source>City tables</source>
        <translation>汇总表</translation>
    </message>
    <message>
        <source>&amp;Registry folder</source>
        <translation>登记册文件夹(&amp;R)</translation>
    </message>
    <message>
        <source>Registered &amp;stations</source>
        <translation>已登记服务站(&amp;S)</translation>
    </message>
    <message>
        <source>Packa&amp;ges to merge</source>
        <translation>待汇总数据包(&amp;G)</translation>
    </message>
    <message>
        <source>Per&amp;iod (optional)</source>
        <translation>统计期间（可留空）(&amp;I)</translation>
    </message>
    <message>
        <source>Report fol&amp;der</source>
        <translation>报告输出文件夹(&amp;D)</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Registry folder</source>
        <translation>登记册文件夹</translation>
    </message>
    <message>
        <source>Choose the registry folder first.</source>
        <translation>请先选择登记册文件夹。</translation>
    </message>
    <message>
        <source>Register a station&apos;s key file</source>
        <translation>登记服务站公钥文件</translation>
    </message>
    <message>
        <source>Station key (*.key *.json *.pub *.txt);;All files (*)</source>
        <translation>服务站公钥 (*.key *.json *.pub *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Registered %1 (%2)
Fingerprint: %3
Check it with the station by phone.</source>
        <translation>已登记 %1（%2）
指纹：%3
请与服务站电话核对指纹。</translation>
    </message>
    <message>
        <source>Add packages</source>
        <translation>添加数据包</translation>
    </message>
    <message>
        <source>Statistics package (*.zip)</source>
        <translation>统计数据包 (*.zip)</translation>
    </message>
    <message>
        <source>Add a folder of packages</source>
        <translation>添加数据包所在的文件夹</translation>
    </message>
    <message>
        <source>Report folder</source>
        <translation>报告输出文件夹</translation>
    </message>
    <message>
        <source>Add the packages to merge.</source>
        <translation>请添加要汇总的数据包。</translation>
    </message>
    <message>
        <source>Choose the report folder.</source>
        <translation>请选择报告输出文件夹。</translation>
    </message>
    <message>
        <source>Checking and merging…</source>
        <translation>正在核验和汇总…</translation>
    </message>
    <message>
        <source>Period %1: %2 accepted, %3 refused, %4 stations not reported. Report written to: %5</source>
        <translation>统计期间 %1：采用 %2 个，拒收 %3 个，%4 站未报送。报告已写入：%5</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>督导师</translation>
    </message>
    <message>
        <source>Last signed in</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>active</source>
        <translation>启用</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw consent</source>
        <translation>撤回知情同意</translation>
    </message>
    <message>
        <source>From this date: no new session record while counselling is withdrawn, no assessment while assessment is withdrawn, and none of the worker&apos;s records from then on are counted in statistics while statistics use is withdrawn. What was recorded before stays. A new signed consent form ends the withdrawal.</source>
        <translation>自此日期起：撤回“个体心理辅导”后不能再新增辅导记录，撤回“心理测评”后不能再做测评，撤回“匿名统计使用”后此后的记录不计入任何统计。此前的记录保持不变。重新签署知情同意书即结束撤回。</translation>
    </message>
    <message>
        <source>Withdrawn from</source>
        <translation>撤回日期</translation>
    </message>
    <message>
        <source>Withdraws</source>
        <translation>撤回的范围</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>vault created</source>
        <translation>创建保险库</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>signed in with the recovery key</source>
        <translation>使用恢复密钥登录</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>screen locked</source>
        <translation>锁定屏幕</translation>
    </message>
    <message>
        <source>screen unlocked</source>
        <translation>解锁屏幕</translation>
    </message>
    <message>
        <source>unlock failed</source>
        <translation>解锁失败</translation>
    </message>
    <message>
        <source>account added</source>
        <translation>新增账户</translation>
    </message>
    <message>
        <source>account disabled</source>
        <translation>停用账户</translation>
    </message>
    <message>
        <source>account enabled</source>
        <translation>启用账户</translation>
    </message>
    <message>
        <source>password reset</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>account unlocked</source>
        <translation>解除账户锁定</translation>
    </message>
    <message>
        <source>supervision set</source>
        <translation>设置督导</translation>
    </message>
    <message>
        <source>station profile edited</source>
        <translation>修改服务站信息</translation>
    </message>
    <message>
        <source>settings changed</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source>backup made</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>backup restored</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>database rekeyed</source>
        <translation>更换数据库密钥</translation>
    </message>
    <message>
        <source>raw database key revealed</source>
        <translation>导出数据库原始密钥</translation>
    </message>
    <message>
        <source>integrity verified</source>
        <translation>完整性检查</translation>
    </message>
    <message>
        <source>recovery key replaced</source>
        <translation>重新生成恢复密钥</translation>
    </message>
    <message>
        <source>demo data generated</source>
        <translation>生成演示数据</translation>
    </message>
    <message>
        <source>this entry is missing (removed or inserted)</source>
        <translation>这一条缺失（被删除或插入）</translation>
    </message>
    <message>
        <source>this entry was altered</source>
        <translation>这一条被改动过</translation>
    </message>
    <message>
        <source>the record of the chain&apos;s end was altered or removed</source>
        <translation>链尾记录被改动或删除</translation>
    </message>
    <message>
        <source>entries were cut off the end</source>
        <translation>末尾的条目被截掉了</translation>
    </message>
    <message>
        <source>the station chain</source>
        <translation>站务审计链</translation>
    </message>
    <message>
        <source>the clinical records chain</source>
        <translation>辅导记录审计链</translation>
    </message>
    <message>
        <source>own case</source>
        <translation>本人负责的个案</translation>
    </message>
    <message>
        <source>shared case</source>
        <translation>共享的个案</translation>
    </message>
    <message>
        <source>as supervisor</source>
        <translation>督导</translation>
    </message>
    <message>
        <source>opened with a reason</source>
        <translation>说明理由后查看</translation>
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
        <source>the file went to another station</source>
        <translation>档案已转至其他服务站</translation>
    </message>
    <message>
        <source>the app</source>
        <translation>程序界面</translation>
    </message>
    <message>
        <source>the command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <source>the self-test</source>
        <translation>自检</translation>
    </message>
    <message>
        <source>session records</source>
        <translation>辅导记录</translation>
    </message>
    <message>
        <source>co-signatures</source>
        <translation>督导会签</translation>
    </message>
    <message>
        <source>addenda</source>
        <translation>补充说明</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>: </source>
        <translation>：</translation>
    </message>
</context>
<context>
    <name>audit.attendance</name>
    <message>
        <source>was</source>
        <translation>原状态</translation>
    </message>
</context>
<context>
    <name>audit.counselling</name>
    <message>
        <source>record</source>
        <translation>辅导记录</translation>
    </message>
</context>
<context>
    <name>audit.detail</name>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>from</source>
        <translation>原</translation>
    </message>
    <message>
        <source>to</source>
        <translation>改为</translation>
    </message>
    <message>
        <source>was</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>now</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>period</source>
        <translation>统计期</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>督导</translation>
    </message>
    <message>
        <source>access</source>
        <translation>访问方式</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>高度保密</translation>
    </message>
    <message>
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>days</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>end</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>account enabled again</source>
        <translation>同时启用账户</translation>
    </message>
    <message>
        <source>record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>needs co-signature</source>
        <translation>需督导会签</translation>
    </message>
    <message>
        <source>file risk</source>
        <translation>档案风险等级</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>union code</source>
        <translation>工会代码</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>clinical key</source>
        <translation>持有辅导记录库密钥</translation>
    </message>
    <message>
        <source>appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>appointment time</source>
        <translation>预约时间</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>crisis</source>
        <translation>危机干预</translation>
    </message>
    <message>
        <source>result</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>回访目的</translation>
    </message>
    <message>
        <source>next contact</source>
        <translation>下次联系</translation>
    </message>
    <message>
        <source>sections written</source>
        <translation>填写的部分</translation>
    </message>
    <message>
        <source>file since transferred to (their copy is not corrected)</source>
        <translation>档案已转至（该站所持副本未随之更正）</translation>
    </message>
    <message>
        <source>document</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>copy number</source>
        <translation>副本编号</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>watermark</source>
        <translation>水印</translation>
    </message>
    <message>
        <source>through</source>
        <translation>经由</translation>
    </message>
    <message>
        <source>session no.</source>
        <translation>第几次辅导</translation>
    </message>
    <message>
        <source>new record</source>
        <translation>新建记录</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>risk level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>risk level after</source>
        <translation>处置后风险等级</translation>
    </message>
    <message>
        <source>type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>回访方式</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误原因</translation>
    </message>
    <message>
        <source>database upgrades applied</source>
        <translation>已完成的数据库升级</translation>
    </message>
    <message>
        <source>clinical database upgrades applied</source>
        <translation>已完成的临床库升级</translation>
    </message>
</context>
<context>
    <name>audit.target</name>
    <message>
        <source>file</source>
        <translation>档案</translation>
    </message>
    <message>
        <source>account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>regime</source>
        <translation>制度</translation>
    </message>
    <message>
        <source>tier item</source>
        <translation>等级自查项</translation>
    </message>
    <message>
        <source>group activity</source>
        <translation>团辅与讲座</translation>
    </message>
    <message>
        <source>survey</source>
        <translation>调查</translation>
    </message>
    <message>
        <source>tier self-check</source>
        <translation>等级自查</translation>
    </message>
    <message>
        <source>instrument</source>
        <translation>量表</translation>
    </message>
    <message>
        <source>hotline call</source>
        <translation>热线来电</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>心理测评</translation>
    </message>
    <message>
        <source>yearly target</source>
        <translation>年度目标</translation>
    </message>
    <message>
        <source>station</source>
        <translation>服务站</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>File</source>
        <translation>档案编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>咨询师</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>功能室</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>出席情况</translation>
    </message>
    <message>
        <source>Why cancelled</source>
        <translation>取消原因</translation>
    </message>
    <message>
        <source>appointment(s)</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>{span}: {n_rows} appointment(s)</source>
        <translation>{span}：{n_rows} 个预约</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>Moved (was {shown_start})</source>
        <translation>已改约（原定 {shown_start}）</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消预约</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>出席情况</translation>
    </message>
    <message>
        <source>Marked “{word}”</source>
        <translation>已登记为“{word}”</translation>
    </message>
    <message>
        <source>Note: at that time there is already: {names}</source>
        <translation>注意：该时间已有预约：{names}</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>回访目的</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>回访方式</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>上次结果</translation>
    </message>
    <message>
        <source>open follow-up(s)</source>
        <translation>未完成的回访</translation>
    </message>
    <message>
        <source> ({attempts} attempt(s) not reached)</source>
        <translation>（未联系上 {attempts} 次）</translation>
    </message>
    <message>
        <source>Follow-ups to make: {n_rows}</source>
        <translation>需要回访：{n_rows} 个</translation>
    </message>
    <message>
        <source>follow-up purpose</source>
        <translation>回访目的</translation>
    </message>
    <message>
        <source>follow-up channel</source>
        <translation>回访方式</translation>
    </message>
    <message>
        <source>Planned: a follow-up of {file_no} {client_name} on {when} ({channel}, {purpose}).</source>
        <translation>已安排回访：{file_no} {client_name}，{when}（{channel}，{purpose}）。</translation>
    </message>
    <message>
        <source>follow-up result</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <source>Recorded “{word}”: the follow-up of {file_no} {client_name} is done.</source>
        <translation>已记录“{word}”：{file_no} {client_name} 的回访已完成。</translation>
    </message>
    <message>
        <source>Recorded “{word}”: the follow-up of {file_no} {client_name} moves to {when}.</source>
        <translation>已记录“{word}”：{file_no} {client_name} 的回访改到 {when}。</translation>
    </message>
    <message>
        <source>version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>items</source>
        <translation>题</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>量表</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>可能范围</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>No instruments loaded.</source>
        <translation>没有载入任何量表。</translation>
    </message>
    <message>
        <source> ({text})</source>
        <translation>（{text}）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>已转出</translation>
    </message>
    <message>
        <source>referred out</source>
        <translation>已转介</translation>
    </message>
    <message>
        <source>Retention period: {years} years after the case closed.</source>
        <translation>保存期限：结案后 {years} 年。</translation>
    </message>
    <message>
        <source>Retention period: {years} years after closing; {n_due} file(s) past it.</source>
        <translation>保存期限：结案后 {years} 年；已到期档案 {n_due} 份。</translation>
    </message>
    <message>
        <source>{file_no}  {status}  closed {closed}  due {due}  {sessions} session record(s)  {records} item(s) in all</source>
        <translation>{file_no}  {status}  结案 {closed}  到期 {due}  辅导记录 {sessions} 条  共 {records} 项</translation>
    </message>
    <message>
        <source>a deletion request needs both --request-date and --ground</source>
        <translation>删除申请须同时给出 --request-date 和 --ground</translation>
    </message>
    <message>
        <source>Would destroy file {file_no}: {records} item(s) ({sessions} session record(s)). Check, then run again with --confirm.</source>
        <translation>将销毁档案 {file_no}：共 {records} 项（辅导记录 {sessions} 条）。核对无误后加 --confirm 再次运行。</translation>
    </message>
    <message>
        <source>File {file_no} destroyed: {records} item(s), both databases scrubbed; the audit trail keeps only the tombstone {tag}….</source>
        <translation>档案 {file_no} 已销毁：{records} 项，两个数据库均已清理；审计记录仅保留销毁标记 {tag}…。</translation>
    </message>
    <message>
        <source>Deleted {deleted} backup(s) made before the destruction.</source>
        <translation>已删除销毁之前的备份 {deleted} 份。</translation>
    </message>
    <message>
        <source>Note: {n_stale} older backup(s) still hold destroyed files (station-desk retention backups --delete removes them):</source>
        <translation>注意：{n_stale} 份较早的备份仍含已销毁的档案（station-desk retention backups --delete 可删除）：</translation>
    </message>
    <message>
        <source>No backup still holds a destroyed file.</source>
        <translation>没有仍含已销毁档案的备份。</translation>
    </message>
    <message>
        <source>session records</source>
        <translation>辅导记录</translation>
    </message>
    <message>
        <source>consents</source>
        <translation>知情同意</translation>
    </message>
    <message>
        <source>assessments</source>
        <translation>测评</translation>
    </message>
    <message>
        <source>crises</source>
        <translation>危机干预</translation>
    </message>
    <message>
        <source>follow-ups</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>referrals</source>
        <translation>转介</translation>
    </message>
    <message>
        <source>ratings</source>
        <translation>满意度评价</translation>
    </message>
    <message>
        <source>hotline calls</source>
        <translation>热线来电</translation>
    </message>
    <message>
        <source>assessment alerts</source>
        <translation>测评预警</translation>
    </message>
    <message>
        <source>File {file_no} written to: </source>
        <translation>档案 {file_no} 已写入转站文件：</translation>
    </message>
    <message>
        <source>Receiving station: </source>
        <translation>接收服务站：</translation>
    </message>
    <message>
        <source>Their fingerprint (check by phone): </source>
        <translation>对方指纹（请与对方电话核对）：</translation>
    </message>
    <message>
        <source>Contents: </source>
        <translation>内容：</translation>
    </message>
    <message>
        <source>{withheld} restricted item(s) you cannot open went without their text, marked as not transferred.</source>
        <translation>{withheld} 条高度保密内容您无法打开，只转出了编码字段，文字标为“未转出”。</translation>
    </message>
    <message>
        <source>{n_cancelled} appointment(s) booked here for this worker were cancelled (reason: transferred): {when}. Tell the worker, and remind them to book with the new station.</source>
        <translation>本站为其预约的 {n_cancelled} 次咨询已取消（原因：已转至其他服务站）：{when}。请告知本人，并提醒其与新服务站预约。</translation>
    </message>
    <message>
        <source>The file here is marked as transferred and takes no new records.</source>
        <translation>本站档案已标为“已转至其他服务站”，不再添加记录。</translation>
    </message>
    <message>
        <source>Sending station: </source>
        <translation>发出服务站：</translation>
    </message>
    <message>
        <source>Sender&apos;s fingerprint (check by phone): </source>
        <translation>发出方指纹（请与对方电话核对）：</translation>
    </message>
    <message>
        <source>Imported on {date} as file {file_no}.</source>
        <translation>已于 {date} 导入为档案 {file_no}。</translation>
    </message>
    <message>
        <source>Imported: new file {file_no} ({name}); the sending station&apos;s records are kept with it as a read-only history.</source>
        <translation>已导入：新档案 {file_no}（{name}），原站记录作为只读历史保存在档案中。</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>{code} was released on {date} with k = {k}; this package holds exactly the tables released then (it tells nothing new).</source>
        <translation>{code} 已于 {date} 按 k = {k} 发布；重新导出的数据包与当时发布的内容完全相同（不会多透露任何信息）。</translation>
    </message>
    <message>
        <source>The k = {requested_k} asked for applies only to years not yet released.</source>
        <translation>要求的 k = {requested_k} 只能用于尚未发布的年度。</translation>
    </message>
    <message>
        <source>Figures withheld: {suppressed_cells} (fewer than {k} people: {primary}; could be worked out from other figures: {secondary}; zeros of a line whose total is withheld: {zeros})</source>
        <translation>隐去的数字：{suppressed_cells} 个（涉及人数少于 {k}：{primary}；防止由其他数字推算：{secondary}；同行合计隐去时一并隐去的 0：{zeros}）</translation>
    </message>
    <message>
        <source>Protected together with this year&apos;s earlier packages: </source>
        <translation>已与本年度此前发布的数据包共同保护：</translation>
    </message>
    <message>
        <source>Tables withheld for too few people (see the quarter&apos;s or year&apos;s package): </source>
        <translation>本期人数太少、整表不公布（见季度或年度数据包）：</translation>
    </message>
    <message>
        <source>--out or --preview is required</source>
        <translation>需要 --out 或 --preview</translation>
    </message>
    <message>
        <source>Preview: {station}, {period}, protection threshold k = {k}. Nothing written.</source>
        <translation>预览：{station}，{period}，保护门槛 k = {k}。未写出任何文件。</translation>
    </message>
    <message>
        <source>Package written: </source>
        <translation>数据包已写入：</translation>
    </message>
    <message>
        <source>Signing key fingerprint: </source>
        <translation>签名公钥指纹：</translation>
    </message>
    <message>
        <source>Protection threshold: k = {k} (no figure about fewer than {k} people is published; every withheld figure keeps at least {k} possible values across all packages together).</source>
        <translation>本站统计保护门槛：k = {k}（少于 {k} 人的数字不公布；每个不公布的数字在所有已发数据包合起来看时仍至少有 {k} 种可能）。</translation>
    </message>
    <message>
        <source>{year}: released with k = {yk}; its other periods use k = {yk}.</source>
        <translation>{year} 年已按 k = {yk} 发布，本年度各期沿用 k = {yk}。</translation>
    </message>
    <message>
        <source>Key file written (give it to the union, or to a station that will transfer a case here): </source>
        <translation>公钥文件已写入（交市总工会登记，或发给要向本站转站的服务站）：</translation>
    </message>
    <message>
        <source>Registered: </source>
        <translation>已登记：</translation>
    </message>
    <message>
        <source>Updated or already known: </source>
        <translation>已更新或已存在：</translation>
    </message>
    <message>
        <source>Fingerprint (check with the station): </source>
        <translation>指纹（请与服务站核对）：</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>采用</translation>
    </message>
    <message>
        <source>REFUSED</source>
        <translation>拒收</translation>
    </message>
    <message>
        <source>: </source>
        <translation>：</translation>
    </message>
    <message>
        <source>Period {period}: {n_accepted} accepted, {n_rejected} refused, {n_missing} stations missing.</source>
        <translation>统计期间 {period}：采用 {n_accepted} 个，拒收 {n_rejected} 个，未报送的服务站 {n_missing} 个。</translation>
    </message>
    <message>
        <source>Written: </source>
        <translation>已写出：</translation>
    </message>
    <message>
        <source>to import</source>
        <translation>将导入</translation>
    </message>
    <message>
        <source>imported before</source>
        <translation>已导入过</translation>
    </message>
    <message>
        <source>cannot be imported</source>
        <translation>不能导入</translation>
    </message>
    <message>
        <source>row {line}  {status}</source>
        <translation>第 {line} 行  {status}</translation>
    </message>
    <message>
        <source>{kind}: {rows} rows; would add {added}, imported before {skipped}, cannot be imported {errors}; new files {files}.</source>
        <translation>{kind}：共 {rows} 行；将导入 {added} 行，已导入过 {skipped} 行，不能导入 {errors} 行；新建档案 {files} 份。</translation>
    </message>
    <message>
        <source>{kind}: {rows} rows; added {added}, imported before {skipped}, cannot be imported {errors}; new files {files}.</source>
        <translation>{kind}：共 {rows} 行；已导入 {added} 行，已导入过 {skipped} 行，不能导入 {errors} 行；新建档案 {files} 份。</translation>
    </message>
    <message>
        <source> Nothing was written (dry run).</source>
        <translation>（试运行，未写入任何内容。）</translation>
    </message>
    <message>
        <source>No likely duplicate files.</source>
        <translation>没有可能重复的档案。</translation>
    </message>
    <message>
        <source>File {merged} merged into {kept}: {sessions} session records and {other} other records moved.</source>
        <translation>档案 {merged} 已并入 {kept}：移入辅导记录 {sessions} 份，其他记录 {other} 条。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>give --month or --year, not both</source>
        <translation>--month 与 --year 只能选一个</translation>
    </message>
    <message>
        <source>--year is for ledger and annual only</source>
        <translation>--year 仅用于 ledger 和 annual</translation>
    </message>
    <message>
        <source>--quarter goes with annual and --year</source>
        <translation>--quarter 须与 annual 和 --year 一起使用</translation>
    </message>
    <message>
        <source>--campaign is required</source>
        <translation>需要 --campaign</translation>
    </message>
    <message>
        <source>safety_plan needs --file</source>
        <translation>safety_plan 需要 --file</translation>
    </message>
    <message>
        <source>Saved: {out} ({pages} pages, document number {doc_number}). The PDF is not encrypted: keep it safe and delete it when done.</source>
        <translation>已保存：{out}（{pages} 页，文件编号 {doc_number}）。PDF 未加密，请妥善保管，用后删除。</translation>
    </message>
    <message>
        <source>--out is required (or --list)</source>
        <translation>需要 --out（或 --list）</translation>
    </message>
    <message>
        <source>Saved: {out} ({pages} pages, document number {doc_number}); {withheld} item(s) withheld, {n_not_included} restricted item(s) not included. The request is logged. The PDF is not encrypted: hand it to the worker and delete this copy.</source>
        <translation>已保存：{out}（{pages} 页，文件编号 {doc_number}）；不予提供 {withheld} 项，未纳入的高度保密内容 {n_not_included} 项。已记录本次申请。PDF 未加密，请当面交给本人，用后删除本机副本。</translation>
    </message>
    <message>
        <source>Copies given: {n_given}</source>
        <translation>已提供的副本：{n_given} 份</translation>
    </message>
    <message>
        <source>Consent {date}: {scopes}; limits explained by {who}; recorded by {recorded_by}</source>
        <translation>知情同意 {date}：{scopes}；说明保密例外：{who}；记录人：{recorded_by}</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>仍然有效</translation>
    </message>
    <message>
        <source>ended {ended_on}</source>
        <translation>已于 {ended_on} 结束</translation>
    </message>
    <message>
        <source>Withdrawn {date}: {scopes} ({status})</source>
        <translation>撤回 {date}：{scopes}（{status}）</translation>
    </message>
    <message>
        <source>No informed consent recorded.</source>
        <translation>没有知情同意记录。</translation>
    </message>
    <message>
        <source>Withdrawn today: {scope_labels}</source>
        <translation>今天已撤回：{scope_labels}</translation>
    </message>
    <message>
        <source>Consent recorded ({date}): {scopes}.</source>
        <translation>已记录知情同意（{date}）：{scopes}。</translation>
    </message>
    <message>
        <source>Withdrawal recorded (from {date}): {scopes}.</source>
        <translation>已记录撤回同意（自 {date} 起）：{scopes}。</translation>
    </message>
    <message>
        <source>Safety plan · file {file_no} · crisis of {shown_time}</source>
        <translation>安全计划 · 档案 {file_no} · 危机干预 {shown_time}</translation>
    </message>
    <message>
        <source>Written {shown_time} by {written_by_name}</source>
        <translation>{shown_time} 由 {written_by_name} 制定</translation>
    </message>
    <message>
        <source>:</source>
        <translation>：</translation>
    </message>
    <message>
        <source>Saved: {out} ({pages} pages, document number {doc_number}). The PDF is not encrypted: hand it to the worker and delete this copy.</source>
        <translation>已保存：{out}（{pages} 页，文件编号 {doc_number}）。PDF 未加密：请当面交给本人，用后删除本机副本。</translation>
    </message>
    <message>
        <source>usage: tier answer CODE yes|no</source>
        <translation>用法：tier answer 编号 yes|no</translation>
    </message>
    <message>
        <source>usage: tier show N</source>
        <translation>用法：tier show 自查编号</translation>
    </message>
    <message>
        <source>self-check number: {number}</source>
        <translation>自查编号：{number}</translation>
    </message>
    <message>
        <source>unexpected arguments</source>
        <translation>多余的参数</translation>
    </message>
    <message>
        <source>Recorded: {requirement} = {answer} ({day}).</source>
        <translation>已记录：{requirement} = {answer}（{day}）。</translation>
    </message>
    <message>
        <source>Tier self-check #{id} on {day} by {taken_name}; target {target}; period {first} to {last}</source>
        <translation>等级自查 #{id}：{day}，{taken_name}；目标 {target}；所查期间 {first} 至 {last}</translation>
    </message>
    <message>
        <source>Met {met} · not met {not_met} · not yet evidenced {not_evidenced}; highest tier fully met: {highest}</source>
        <translation>已达到 {met} 项 · 未达到 {not_met} 项 · 尚无佐证 {not_evidenced} 项；已全部达到的等级：{highest}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>尚无</translation>
    </message>
    <message>
        <source>No self-check has been taken yet.</source>
        <translation>还没有进行过等级自查。</translation>
    </message>
    <message>
        <source>#{id} {day} {taken_name} {target} met {met} · not met {not_met} · not yet evidenced {not_evidenced}</source>
        <translation>#{id} {day} {taken_name} {target} 已达到 {met} · 未达到 {not_met} · 尚无佐证 {not_evidenced}</translation>
    </message>
    <message>
        <source>not UTF-8 text: {file}</source>
        <translation>不是 UTF-8 文本：{file}</translation>
    </message>
    <message>
        <source>Adopted “{title}” version {version}.</source>
        <translation>已通过《{title}》第 {version} 版。</translation>
    </message>
    <message>
        <source>Nothing to acknowledge.</source>
        <translation>没有需要确认的制度。</translation>
    </message>
    <message>
        <source>Acknowledged “{title}” version {version}.</source>
        <translation>已确认阅读《{title}》第 {version} 版。</translation>
    </message>
    <message>
        <source>{label}: not adopted</source>
        <translation>{label}：尚未制定</translation>
    </message>
    <message>
        <source>{label}: “{title}” version {version}</source>
        <translation>{label}：《{title}》第 {version} 版</translation>
    </message>
    <message>
        <source>; not acknowledged by: {names}</source>
        <translation>；未确认：{names}</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无</translation>
    </message>
    <message>
        <source>use a date like 2026-11-02: {value}</source>
        <translation>日期应为 2026-11-02 这样的格式：{value}</translation>
    </message>
    <message>
        <source>{n_made} shift(s) added.</source>
        <translation>已排班 {n_made} 次。</translation>
    </message>
    <message>
        <source>Shift removed.</source>
        <translation>已删除该排班。</translation>
    </message>
    <message>
        <source>No shifts in that range.</source>
        <translation>这段时间没有排班。</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>New admin password: </source>
        <translation>新站长密码：</translation>
    </message>
    <message>
        <source>Vault created: </source>
        <translation>保险库已创建：</translation>
    </message>
    <message>
        <source>Recovery key (shown once; print it and keep it safe):</source>
        <translation>恢复密钥（只显示这一次，请打印或抄写后妥善保管）：</translation>
    </message>
    <message>
        <source>Demo vault created: </source>
        <translation>演示保险库已创建：</translation>
    </message>
    <message>
        <source>  recovery key: </source>
        <translation>  恢复密钥：</translation>
    </message>
    <message>
        <source>Integrity OK: all pages sound, audit chain of {audit_entries} entries intact.</source>
        <translation>完整性检查通过：数据库页面完好，审计链 {audit_entries} 条完整。</translation>
    </message>
    <message>
        <source>Backup written: </source>
        <translation>备份已写入：</translation>
    </message>
    <message>
        <source>Restored the backup made at {backup_created}; the restored vault has opened.</source>
        <translation>已从备份恢复（备份时间 {backup_created}），恢复后的保险库已成功打开。</translation>
    </message>
    <message>
        <source>The copy of the vault as it was before has been securely deleted (its old key slots open nothing any more).</source>
        <translation>恢复前的保险库副本已安全删除（其中旧的密钥槽不再能打开任何数据）。</translation>
    </message>
    <message>
        <source>The copy of the vault as it was before could not be deleted yet; the next sign-in tries again: </source>
        <translation>恢复前的保险库副本暂时未能删除，下次登录时将再次尝试：</translation>
    </message>
    <message>
        <source>The database has a new key; every active account was re-wrapped.</source>
        <translation>数据库密钥已更换，所有有效账户均已重新授权。</translation>
    </message>
    <message>
        <source>Raw database keys (keep them secret; open station.db in sqlcipher, then run):</source>
        <translation>数据库原始密钥（请勿泄露；在 sqlcipher 中打开 station.db 后执行）：</translation>
    </message>
    <message>
        <source>(Your account does not hold the key of the clinical records, clinical.db.)</source>
        <translation>（您的账户不持有辅导记录库 clinical.db 的密钥。）</translation>
    </message>
    <message>
        <source>never signed in</source>
        <translation>从未登录</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>New account&apos;s password: </source>
        <translation>新账户密码：</translation>
    </message>
    <message>
        <source>Account created: </source>
        <translation>账户已创建：</translation>
    </message>
    <message>
        <source>Account disabled. Run `rekey` next to retire the old key.</source>
        <translation>账户已停用。建议随后运行 rekey 更换数据库密钥。</translation>
    </message>
    <message>
        <source>Account unlocked.</source>
        <translation>账户已解锁。</translation>
    </message>
    <message>
        <source>Password reset.</source>
        <translation>密码已重置。</translation>
    </message>
    <message>
        <source>Account enabled. Hand the new password to the person directly.</source>
        <translation>账户已启用，请把新密码当面交给本人。</translation>
    </message>
    <message>
        <source>Current password: </source>
        <translation>原密码：</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <source>Role changed.</source>
        <translation>角色已更改。</translation>
    </message>
    <message>
        <source>The account no longer holds the clinical records key. Run `rekey` next to retire any copy of the old one.</source>
        <translation>该账户不再持有辅导记录库的密钥。建议随后运行 rekey，使其可能留存的旧密钥失效。</translation>
    </message>
    <message>
        <source>Supervision updated.</source>
        <translation>督导设置已更新。</translation>
    </message>
    <message>
        <source>standard input is not UTF-8 text; check the terminal&apos;s or the file&apos;s encoding</source>
        <translation>标准输入不是 UTF-8 文本，请检查终端或文件的编码</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation>恢复密钥：</translation>
    </message>
    <message>
        <source>--user is required</source>
        <translation>需要 --user</translation>
    </message>
    <message>
        <source>no such folder: {folder}</source>
        <translation>输出目录不存在：{folder}</translation>
    </message>
</context>
<context>
    <name>cli.names</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <source>account role changed</source>
        <translation>更改账户角色</translation>
    </message>
    <message>
        <source>the recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>change a password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>the supervisor must be another counsellor</source>
        <translation>督导须为另一位咨询师</translation>
    </message>
    <message>
        <source>assessment administered</source>
        <translation>实施心理测评</translation>
    </message>
    <message>
        <source>anonymous screening recorded</source>
        <translation>记录匿名心理筛查</translation>
    </message>
    <message>
        <source>assessment results viewed</source>
        <translation>查看测评结果</translation>
    </message>
    <message>
        <source>assessment alert acknowledged</source>
        <translation>确认测评风险提示</translation>
    </message>
    <message>
        <source>kiosk assessment started</source>
        <translation>开始自助测评</translation>
    </message>
    <message>
        <source>kiosk assessment abandoned (not scored)</source>
        <translation>自助测评中途结束（未计分）</translation>
    </message>
    <message>
        <source>assessment statistics viewed</source>
        <translation>查看测评统计</translation>
    </message>
    <message>
        <source>instrument imported</source>
        <translation>导入量表</translation>
    </message>
    <message>
        <source>under 20</source>
        <translation>20 岁以下</translation>
    </message>
    <message>
        <source>20–29</source>
        <translation>20–29 岁</translation>
    </message>
    <message>
        <source>30–39</source>
        <translation>30–39 岁</translation>
    </message>
    <message>
        <source>40–49</source>
        <translation>40–49 岁</translation>
    </message>
    <message>
        <source>50–59</source>
        <translation>50–59 岁</translation>
    </message>
    <message>
        <source>60 and over</source>
        <translation>60 岁及以上</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Assessment alert: {label}</source>
        <translation>测评风险提示：{label}</translation>
    </message>
    <message>
        <source>Basic I</source>
        <translation>基础Ⅰ型</translation>
    </message>
    <message>
        <source>Basic II</source>
        <translation>基础Ⅱ型</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>标准型</translation>
    </message>
    <message>
        <source>Complete I</source>
        <translation>完备Ⅰ型</translation>
    </message>
    <message>
        <source>Complete II</source>
        <translation>完备Ⅱ型</translation>
    </message>
    <message>
        <source>enter the station&apos;s name</source>
        <translation>请填写服务站名称</translation>
    </message>
    <message>
        <source>enter the union code</source>
        <translation>请填写工会代码</translation>
    </message>
    <message>
        <source>at most {limit} characters each</source>
        <translation>每项最多 {limit} 个字符</translation>
    </message>
    <message>
        <source>choose the station&apos;s tier</source>
        <translation>请选择服务站等级</translation>
    </message>
    <message>
        <source>its internal structure (tables or indexes) is inconsistent</source>
        <translation>内部结构（表或索引）不一致</translation>
    </message>
    <message>
        <source>page {page} fails its check</source>
        <translation>第 {page} 页无法通过校验</translation>
    </message>
    <message>
        <source>{n_pages} pages fail their check (the first is page {page})</source>
        <translation>{n_pages} 个页面无法通过校验（最早是第 {page} 页）</translation>
    </message>
    <message>
        <source>missing: {name}</source>
        <translation>找不到 {name}</translation>
    </message>
    <message>
        <source>not found: {backup}</source>
        <translation>找不到文件 {backup}</translation>
    </message>
    <message>
        <source>not a Station Desk backup</source>
        <translation>不是 Station Desk 备份文件</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>文件过大</translation>
    </message>
    <message>
        <source>wrong format</source>
        <translation>格式不符</translation>
    </message>
    <message>
        <source>incomplete backup: the clinical database is missing</source>
        <translation>备份不完整：缺少辅导记录库</translation>
    </message>
    <message>
        <source>damaged or truncated</source>
        <translation>文件已损坏或被截断</translation>
    </message>
    <message>
        <source>database checksum mismatch</source>
        <translation>数据库校验值不符，文件被改动或损坏</translation>
    </message>
    <message>
        <source>damaged database or key slots ({code})</source>
        <translation>备份中的数据库或密钥槽已损坏{code}</translation>
    </message>
    <message>
        <source>the key slots do not match the backup</source>
        <translation>密钥槽与备份不匹配</translation>
    </message>
    <message>
        <source>the backup belongs to another vault</source>
        <translation>备份属于另一个服务站的保险库</translation>
    </message>
    <message>
        <source>it fails the integrity check: {problem}</source>
        <translation>备份未通过完整性检查：{problem}</translation>
    </message>
    <message>
        <source>the purpose is achieved, cannot be achieved or no longer needs the data (art. 47(1)(1))</source>
        <translation>处理目的已实现、无法实现或不再必要（第四十七条第一款第一项）</translation>
    </message>
    <message>
        <source>the service has ended or the retention period expired (art. 47(1)(2))</source>
        <translation>已停止提供服务，或保存期限已届满（第一款第二项）</translation>
    </message>
    <message>
        <source>the person withdrew consent (art. 47(1)(3))</source>
        <translation>本人撤回同意（第一款第三项）</translation>
    </message>
    <message>
        <source>the processing breaches the law or the agreement (art. 47(1)(4))</source>
        <translation>处理违反法律、行政法规或者违反约定（第一款第四项）</translation>
    </message>
    <message>
        <source>another case provided for by law (art. 47(1)(5))</source>
        <translation>法律、行政法规规定的其他情形（第一款第五项）</translation>
    </message>
    <message>
        <source>file destroyed</source>
        <translation>销毁档案</translation>
    </message>
    <message>
        <source>file&apos;s clinical records destroyed</source>
        <translation>销毁档案的辅导记录</translation>
    </message>
    <message>
        <source>backups older than a destruction deleted</source>
        <translation>删除销毁前的备份</translation>
    </message>
    <message>
        <source>Station admin</source>
        <translation>站长</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>咨询师</translation>
    </message>
    <message>
        <source>Receptionist</source>
        <translation>接待员</translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation>管理账户</translation>
    </message>
    <message>
        <source>view the audit trail</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <source>edit the station profile</source>
        <translation>修改服务站信息</translation>
    </message>
    <message>
        <source>make backups</source>
        <translation>备份数据</translation>
    </message>
    <message>
        <source>restore backups</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>rekey the database</source>
        <translation>更换数据库密钥</translation>
    </message>
    <message>
        <source>export anonymous statistics</source>
        <translation>导出匿名统计</translation>
    </message>
    <message>
        <source>register visitors</source>
        <translation>登记来访职工</translation>
    </message>
    <message>
        <source>look up files (basic details)</source>
        <translation>查找档案（仅基本信息）</translation>
    </message>
    <message>
        <source>book appointments</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>log group activities</source>
        <translation>登记团辅与讲座</translation>
    </message>
    <message>
        <source>set annual targets</source>
        <translation>设定年度目标</translation>
    </message>
    <message>
        <source>see notes, assessment results and crisis details</source>
        <translation>查看辅导记录、测评结果和危机详情</translation>
    </message>
    <message>
        <source>write session records</source>
        <translation>撰写辅导记录</translation>
    </message>
    <message>
        <source>sign session records</source>
        <translation>签署辅导记录</translation>
    </message>
    <message>
        <source>administer assessments</source>
        <translation>实施心理测评</translation>
    </message>
    <message>
        <source>handle crisis interventions</source>
        <translation>处理危机干预</translation>
    </message>
    <message>
        <source>see the open-crisis list</source>
        <translation>查看未结危机列表</translation>
    </message>
    <message>
        <source>open another counsellor&apos;s case with a reason</source>
        <translation>凭理由查看他人个案</translation>
    </message>
    <message>
        <source>share or transfer cases</source>
        <translation>共享或转移个案</translation>
    </message>
    <message>
        <source>print documents with clinical content</source>
        <translation>打印含记录内容的文件</translation>
    </message>
    <message>
        <source>print ledgers and monthly reports</source>
        <translation>打印台账和月报</translation>
    </message>
    <message>
        <source>run the tier self-check, adopt regimes and keep the duty roster</source>
        <translation>等级自查、制定制度和排值班表</translation>
    </message>
    <message>
        <source>receive cases transferred from another station</source>
        <translation>接收其他服务站转来的个案</translation>
    </message>
    <message>
        <source>import existing registers and merge duplicate files</source>
        <translation>导入既有台账、合并重复档案</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>age band</source>
        <translation>年龄段</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>key group</source>
        <translation>重点群体</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>答案</translation>
    </message>
    <message>
        <source>campaign name</source>
        <translation>调查名称</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>instruments</source>
        <translation>量表</translation>
    </message>
    <message>
        <source>survey campaign created</source>
        <translation>新建心理健康状况调查</translation>
    </message>
    <message>
        <source>survey campaign {campaign_id}</source>
        <translation>调查 {campaign_id}</translation>
    </message>
    <message>
        <source>Improvement is judged by the reliable change index (Jacobson–Truax): at least 6 points lower on PHQ-9 or 4 on GAD-7 (from the scales&apos; published reliabilities, α = .89 and .92; the thresholds NHS Talking Therapies uses). Each worker&apos;s first assessment is compared with their last in the period; a reliable improvement on either scale counts.</source>
        <translation>改善按可靠变化指数（Jacobson–Truax）判断：PHQ-9 降低至少 6 分、GAD-7 降低至少 4 分为可靠改善（依据量表公开的信度 α = 0.89、0.92 计算，与英国 NHS Talking Therapies 所用标准一致）。每名职工以其首次测评与本期内最后一次测评相比，任一量表可靠改善即计为改善。</translation>
    </message>
    <message>
        <source>the backup folder must be a full path: {folder}</source>
        <translation>备份目录须为完整路径：{folder}</translation>
    </message>
    <message>
        <source>backups kept: {low}–{high}</source>
        <translation>保留份数须在 {low}–{high} 之间</translation>
    </message>
    <message>
        <source>idle-lock minutes: {low}–{high}</source>
        <translation>自动锁定分钟数须在 {low}–{high} 之间</translation>
    </message>
    <message>
        <source>protection threshold k: {low}–{high}</source>
        <translation>统计保护门槛须在 {low}–{high} 之间</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The benchmark could not finish ({step}): {detail}</source>
        <translation>基准测试未能完成（{step}）：{detail}</translation>
    </message>
    <message>
        <source>The --keep folder is not empty: {path}</source>
        <translation>--keep 目录不是空的：{path}</translation>
    </message>
    <message>
        <source>{path} holds no vault kept by --keep (no build.json).</source>
        <translation>{path} 里没有以 --keep 保留的测速库（缺少 build.json）。</translation>
    </message>
    <message>
        <source>Answers &quot;{text}&quot; are malformed: give integers in item order, separated by commas, e.g. 0,1,2,3.</source>
        <translation>答案“{text}”格式有误：请按题号顺序输入整数，用逗号分隔，例如 0,1,2,3。</translation>
    </message>
    <message>
        <source>File {file_no} not found (it does not exist or you may not see it).</source>
        <translation>找不到档案 {file_no}（不存在，或您无权查看）。</translation>
    </message>
    <message>
        <source>The {what} must be one of: {allowed} (you typed: {value}).</source>
        <translation>{what}只能是：{allowed}（您输入的是：{value}）。</translation>
    </message>
    <message>
        <source>File {file_no} has no {what}.</source>
        <translation>档案 {file_no} 没有{what}。</translation>
    </message>
    <message>
        <source>File {file_no} has {count} {what} ({choices}); say which one with {option}.</source>
        <translation>档案 {file_no} 有 {count} 个{what}（{choices}），请用 {option} 指明是哪一个。</translation>
    </message>
    <message>
        <source>There is no counsellor account named {user}.</source>
        <translation>没有名为 {user} 的咨询师账户。</translation>
    </message>
    <message>
        <source>{user}&apos;s password cannot be reset yet: some of their highly confidential content opens only with their own key and the recovery key has no copy, so after a reset nobody could read it. Sign in once with the recovery key first (it adds the copy), or let {user} sign in and change the password themselves.</source>
        <translation>暂不能重设 {user} 的密码：其高度保密内容目前只有本人能打开，恢复密钥还没有副本，重设后将无人能读。请先用恢复密钥登录一次（会自动补上副本），或请 {user} 本人登录后自行修改密码。</translation>
    </message>
    <message>
        <source>The account {user} is not disabled; there is nothing to enable.</source>
        <translation>{user} 的账户没有停用，无需启用。</translation>
    </message>
    <message>
        <source>The last active admin account must stay an admin.</source>
        <translation>不能更改最后一个站长账户的角色。</translation>
    </message>
    <message>
        <source>{user} is still the counsellor of {count} files; reassign them before changing the role.</source>
        <translation>{user} 仍是 {count} 份档案的责任咨询师，请先重新分配其个案，再更改角色。</translation>
    </message>
    <message>
        <source>{name}: item(s) {items} are not answered. Not scored: answer every item first.</source>
        <translation>{name}还有第 {items} 题未作答。未计分：请答完所有题目后再保存。</translation>
    </message>
    <message>
        <source>Unsupported assessment mode: {mode}</source>
        <translation>不支持的测评方式：{mode}</translation>
    </message>
    <message>
        <source>Anonymous screening: &quot;{field}&quot; has an invalid value: {value}</source>
        <translation>匿名筛查的“{field}”取值无效：{value}</translation>
    </message>
    <message>
        <source>This alert was already acknowledged on {when}.</source>
        <translation>该风险提示已于 {when} 确认，无需再次确认。</translation>
    </message>
    <message>
        <source>An anonymous screening has no file, so no crisis record can be opened from it: open a file for the worker first, then start the crisis record there.</source>
        <translation>匿名筛查没有心理档案，无法直接开启危机记录：请先为该职工建立档案，再在档案中开启危机干预。</translation>
    </message>
    <message>
        <source>Not permitted: only a station admin or a counsellor may import instruments.</source>
        <translation>权限不足：只有站长或咨询师可以导入量表。</translation>
    </message>
    <message>
        <source>The database is older than its last recorded state (the audit trail reached entry {expected}, it now ends at {found}): committed work was lost or an older copy was put back. Nothing was changed. Restore the latest backup: station-desk restore --vault VAULT BACKUP-FILE.</source>
        <translation>数据库比它最后记录的状态旧（审计记录曾到第 {expected} 条，现在只到第 {found} 条）：已提交的数据丢失，或文件被换成了旧副本。未做任何修改。请用最近的备份恢复：station-desk restore --vault 保险库目录 备份文件。</translation>
    </message>
    <message>
        <source>The database does not match its last recorded state (audit entry {entry} differs): the file was replaced by another copy. Nothing was changed. Restore the latest backup: station-desk restore --vault VAULT BACKUP-FILE.</source>
        <translation>数据库与它最后记录的状态不符（第 {entry} 条审计记录不同）：文件被换成了另一个副本。未做任何修改。请用最近的备份恢复：station-desk restore --vault 保险库目录 备份文件。</translation>
    </message>
    <message>
        <source>The audit state file audit-head.json is missing although the database says it exists; the data may have been rolled back. Nothing was changed. Restore the latest backup: station-desk restore --vault VAULT BACKUP-FILE.</source>
        <translation>审计状态文件 audit-head.json 不见了，而数据库记录它应当存在，数据可能被回退过。未做任何修改。请用最近的备份恢复：station-desk restore --vault 保险库目录 备份文件。</translation>
    </message>
    <message>
        <source>The audit state file audit-head.json is damaged, altered or belongs to another vault. Nothing was changed. Restore the latest backup: station-desk restore --vault VAULT BACKUP-FILE.</source>
        <translation>审计状态文件 audit-head.json 已损坏、被改动或不属于本保险库。未做任何修改。请用最近的备份恢复：station-desk restore --vault 保险库目录 备份文件。</translation>
    </message>
    <message>
        <source>Your account does not hold the clinical records key, so this cannot be done.</source>
        <translation>您的账户没有辅导记录库的密钥，不能进行此操作。</translation>
    </message>
    <message>
        <source>The audit chain is broken ({chain}, entry {entry}); destroying a file now could hide that, so it is refused. Run verify first to find out why.</source>
        <translation>审计链已不完整（{chain}，第 {entry} 条），为免掩盖改动，不能销毁档案。请先运行 verify 查明原因。</translation>
    </message>
    <message>
        <source>Station profile incomplete: {detail}</source>
        <translation>服务站信息不完整：{detail}</translation>
    </message>
    <message>
        <source>The vault changed after the preview; preview again before importing.</source>
        <translation>预览之后保险库已有变化，请重新预览后再导入。</translation>
    </message>
    <message>
        <source>The register kind must be sessions, visitors or activities: {value}</source>
        <translation>台账类型只能是 sessions（心理咨询登记）、visitors（来访者名单）或 activities（团体活动）：{value}</translation>
    </message>
    <message>
        <source>Cannot tell from the headers which register this is; give --kind (sessions / visitors / activities).</source>
        <translation>无法从表头判断这是哪种台账，请用 --kind 指定（sessions / visitors / activities）。</translation>
    </message>
    <message>
        <source>The register has no column for these required fields: {fields}. Give them with --map, for example --map date=来访日期.</source>
        <translation>台账中找不到这些必需的列：{fields}。请用 --map 指定，例如 --map 日期=来访日期。</translation>
    </message>
    <message>
        <source>--map takes FIELD=COLUMN, where FIELD is one of {fields}: {value}</source>
        <translation>--map 的写法应为 字段=列名，字段可为 {fields}：{value}</translation>
    </message>
    <message>
        <source>The register has no column named “{value}”. Its columns: {columns}</source>
        <translation>台账中没有名为“{value}”的列。现有的列：{columns}</translation>
    </message>
    <message>
        <source>Both are the same file: {file_no}.</source>
        <translation>要合并的是同一份档案：{file_no}。</translation>
    </message>
    <message>
        <source>File {file_no} was already merged into {kept}.</source>
        <translation>档案 {file_no} 已并入 {kept}，不能再合并。</translation>
    </message>
    <message>
        <source>File {file_no} is restricted and cannot be merged; its counsellor must lift the restriction first.</source>
        <translation>档案 {file_no} 为高度保密档案，不能合并；请其咨询师先取消高度保密。</translation>
    </message>
    <message>
        <source>No file {file_no}.</source>
        <translation>找不到档案 {file_no}。</translation>
    </message>
    <message>
        <source>File {file_no} was transferred to or from another station; its records stay as they are and it cannot be merged.</source>
        <translation>档案 {file_no} 已转至或转自其他服务站，其记录须保持原样，不能合并。</translation>
    </message>
    <message>
        <source>“{field}” is missing.</source>
        <translation>缺少“{field}”。</translation>
    </message>
    <message>
        <source>“{field}” is not a valid date: {value}.</source>
        <translation>“{field}”不是有效日期：{value}。</translation>
    </message>
    <message>
        <source>“{field}” is later than today: {value}.</source>
        <translation>“{field}”晚于今天：{value}。</translation>
    </message>
    <message>
        <source>“{field}” is not a valid time: {value}.</source>
        <translation>“{field}”不是有效时间：{value}。</translation>
    </message>
    <message>
        <source>“{field}” has a value that is not recognised: {value} (use: {choices}).</source>
        <translation>“{field}”的取值无法识别：{value}（可用：{choices}）。</translation>
    </message>
    <message>
        <source>“{field}” must be a whole number from {low} to {high}: {value}.</source>
        <translation>“{field}”应为 {low}–{high} 之间的整数：{value}。</translation>
    </message>
    <message>
        <source>“{field}” may hold only digits, spaces, + and - (at most 20): {value}.</source>
        <translation>“{field}”只能包含数字、空格、+ 和 -（最多 20 位）：{value}。</translation>
    </message>
    <message>
        <source>“{field}” has {count} characters, more than the {limit} allowed.</source>
        <translation>“{field}”共 {count} 字，超过上限 {limit} 字。</translation>
    </message>
    <message>
        <source>No counsellor “{value}”: it must be the name or user name of one of the station&apos;s counsellor accounts (disabled ones too).</source>
        <translation>找不到咨询师“{value}”：须与本站一个咨询师账户的姓名或用户名相同（已停用的账户也可以）。</translation>
    </message>
    <message>
        <source>The station has no file {value}.</source>
        <translation>本站没有档案编号为 {value} 的档案。</translation>
    </message>
    <message>
        <source>File {file_no} is in the name of “{found}”, not “{value}” as in this row.</source>
        <translation>档案 {file_no} 的姓名是“{found}”，与本行的“{value}”不符。</translation>
    </message>
    <message>
        <source>The station has {count} files in the name of “{value}”; give the file number.</source>
        <translation>本站有 {count} 份姓名为“{value}”的档案，无法确定是哪一份，请填写档案编号。</translation>
    </message>
    <message>
        <source>File {value} is restricted; no records can be imported into it.</source>
        <translation>档案 {value} 为高度保密档案，不能导入记录。</translation>
    </message>
    <message>
        <source>Same as row {other}.</source>
        <translation>与第 {other} 行重复。</translation>
    </message>
    <message>
        <source>File number {value} is already another visitor&apos;s ({found}).</source>
        <translation>档案编号 {value} 已是另一位来访者（{found}）的档案。</translation>
    </message>
    <message>
        <source>A file number may hold only letters, digits and - _ / (at most 40): {value}.</source>
        <translation>档案编号只能由字母、数字和 - _ / 组成（最多 40 个字符）：{value}。</translation>
    </message>
    <message>
        <source>May be the same worker as the existing file {file_no} ({name}): {why}.</source>
        <translation>可能与已有档案 {file_no}（{name}）是同一人：{why}。</translation>
    </message>
    <message>
        <source>May be the same worker as row {other}: {why}.</source>
        <translation>可能与第 {other} 行是同一人：{why}。</translation>
    </message>
    <message>
        <source>A new file will be opened for “{value}”.</source>
        <translation>将为“{value}”新建档案。</translation>
    </message>
    <message>
        <source>File {value} is already in the vault; skipped.</source>
        <translation>档案 {value} 已在本站，跳过。</translation>
    </message>
    <message>
        <source>File {value} was merged into {kept}; the record goes to {kept}.</source>
        <translation>档案 {value} 已并入 {kept}，记录将导入 {kept}。</translation>
    </message>
    <message>
        <source>Only .xlsx or .csv registers can be imported: {path}. Save an old .xls as .xlsx in Excel first.</source>
        <translation>只能导入 .xlsx 或 .csv 格式的台账：{path}。旧版 .xls 请先在 Excel 中另存为 .xlsx。</translation>
    </message>
    <message>
        <source>Register file not found: {path}</source>
        <translation>找不到台账文件：{path}</translation>
    </message>
    <message>
        <source>Cannot read the register {path}: the file is damaged or not an Excel file.</source>
        <translation>无法读取台账文件 {path}：文件已损坏或不是 Excel 文件。</translation>
    </message>
    <message>
        <source>Cannot tell the encoding of the CSV file {path} (UTF-8 and GBK are supported). Save it from Excel as “CSV UTF-8”.</source>
        <translation>无法识别 CSV 文件 {path} 的编码（支持 UTF-8 和 GBK）。请在 Excel 中另存为“CSV UTF-8”。</translation>
    </message>
    <message>
        <source>No header row and data rows were found in the register {path}.</source>
        <translation>台账文件 {path} 中没有找到表头和数据行。</translation>
    </message>
    <message>
        <source>The register {path} has {count} rows, more than the {limit} one import takes; split it into several files.</source>
        <translation>台账文件 {path} 有 {count} 行，超过一次导入的上限 {limit} 行，请分成几个文件导入。</translation>
    </message>
    <message>
        <source>Instrument file {file} is invalid: {problem}</source>
        <translation>量表文件 {file} 有误：{problem}</translation>
    </message>
    <message>
        <source>Instrument file {file} is not valid JSON (near line {line}, column {col}).</source>
        <translation>量表文件 {file} 不是有效的 JSON（第 {line} 行第 {col} 列附近）。</translation>
    </message>
    <message>
        <source>Cannot read instrument file {file}: {detail}</source>
        <translation>无法读取量表文件 {file}：{detail}</translation>
    </message>
    <message>
        <source>Instrument folder not found: {path}</source>
        <translation>找不到量表文件夹：{path}</translation>
    </message>
    <message>
        <source>No instrument with id &quot;{id}&quot;. Available: {available}</source>
        <translation>没有编号为“{id}”的量表。可用的量表：{available}</translation>
    </message>
    <message>
        <source>Instrument {id} (version {version}) appears in both {file} and {existing}; each instrument id may exist only once.</source>
        <translation>量表 {id}（版本 {version}）在 {file} 与 {existing} 中重复出现；每个量表编号只能有一份。</translation>
    </message>
    <message>
        <source>{file} was not imported: instrument {id} already exists (version {existing_version}, from {existing}).</source>
        <translation>未导入 {file}：量表 {id} 已存在（版本 {existing_version}，来自 {existing}）。</translation>
    </message>
    <message>
        <source>{name} has {expected} items but {got} answers were given. Not scored: answer every item first.</source>
        <translation>{name}共 {expected} 题，但收到 {got} 个答案。未计分：请答完所有题目后再计分。</translation>
    </message>
    <message>
        <source>{name} item {item}: answer {value} is not a valid option (allowed: {allowed}). Not scored.</source>
        <translation>{name}第 {item} 题的答案 {value} 不是有效选项（可选：{allowed}）。未计分。</translation>
    </message>
    <message>
        <source>The backup folder is not writable: {path}. Check its permissions or choose another folder for backups.</source>
        <translation>备份文件夹不可写：{path}。请检查该文件夹的权限，或在“备份与恢复”中另选一个文件夹。</translation>
    </message>
    <message>
        <source>The disk holding the backup folder is full: {path}. No backup was written and the vault is unaffected; free some space or choose another folder.</source>
        <translation>备份所在的磁盘已满：{path}。备份没有写成，保险库中的数据未受影响；请腾出空间或另选文件夹。</translation>
    </message>
    <message>
        <source>The database file station.db is damaged: {what}; the records stored there can no longer be read reliably. Nothing was changed. Restore the latest backup: station-desk restore --vault VAULT BACKUP-FILE.</source>
        <translation>数据库文件 station.db 已损坏：{what}，存在这些地方的记录已无法可靠读取。未做任何修改。请用最近的备份恢复：station-desk restore --vault 保险库目录 备份文件。</translation>
    </message>
    <message>
        <source>File {file_no} is not your case and has not been shared with you.</source>
        <translation>档案 {file_no} 不是您的个案，也未与您共享，不能查看或修改其记录。</translation>
    </message>
    <message>
        <source>Only the counsellor responsible for file {file_no} may {action}.</source>
        <translation>只有档案 {file_no} 的责任咨询师可以{action}。</translation>
    </message>
    <message>
        <source>The reason may have at most {limit} characters.</source>
        <translation>理由最多 {limit} 字。</translation>
    </message>
    <message>
        <source>{who} already has an appointment {start}–{end}; choose another time or counsellor.</source>
        <translation>{who}在 {start}–{end} 已有预约，请换一个时间或咨询师。</translation>
    </message>
    <message>
        <source>The {room} is booked {start}–{end}; choose another time or room.</source>
        <translation>{room}在 {start}–{end} 已被预约，请换一个时间或功能室。</translation>
    </message>
    <message>
        <source>This appointment was cancelled and cannot be changed.</source>
        <translation>该预约已取消，不能再修改。</translation>
    </message>
    <message>
        <source>An appointment may last at most {hours} hours.</source>
        <translation>一次预约最长 {hours} 小时。</translation>
    </message>
    <message>
        <source>The appointment at {start} has not started yet; attendance cannot be marked.</source>
        <translation>预约时间 {start} 还没到，不能登记出席或未到。</translation>
    </message>
    <message>
        <source>The appointment at {start} is more than a day away: cancel it; it is not a late cancellation.</source>
        <translation>距预约时间 {start} 还有一天以上，请直接取消预约，不算临时取消。</translation>
    </message>
    <message>
        <source>This appointment is already marked “{status}”.</source>
        <translation>该预约已登记为“{status}”。</translation>
    </message>
    <message>
        <source>Please fill in “{field}”.</source>
        <translation>请填写“{field}”。</translation>
    </message>
    <message>
        <source>“{field}” has {count} characters, more than the {limit} allowed. Nothing was lost; shorten it and save again.</source>
        <translation>“{field}”共 {count} 字，超过上限 {limit} 字。内容未丢失，请精简后再保存。</translation>
    </message>
    <message>
        <source>“{field}” is not a valid date: {value} (use the form 2026-11-02).</source>
        <translation>“{field}”不是有效日期：{value}（应为 2026-11-02 这样的格式）。</translation>
    </message>
    <message>
        <source>“{field}” is not a valid time: {value} (use the form 14:30).</source>
        <translation>“{field}”不是有效时间：{value}（应为 14:30 这样的格式）。</translation>
    </message>
    <message>
        <source>“{field}” cannot be later than today ({today}).</source>
        <translation>“{field}”不能晚于今天（{today}）。</translation>
    </message>
    <message>
        <source>“{field}” cannot be earlier than today ({today}).</source>
        <translation>“{field}”不能早于今天（{today}）。</translation>
    </message>
    <message>
        <source>The end time {end} is not after the start time {start}.</source>
        <translation>结束时间 {end} 早于或等于开始时间 {start}。</translation>
    </message>
    <message>
        <source>“{field}” ({value}) cannot be before the {other_label} ({other}).</source>
        <translation>“{field}”（{value}）不能早于{other_label}（{other}）。</translation>
    </message>
    <message>
        <source>“{field}” has an invalid value: {value}.</source>
        <translation>“{field}”的取值无效：{value}。</translation>
    </message>
    <message>
        <source>The limits of confidentiality (e.g. danger to life) must be explained before consent is recorded.</source>
        <translation>须先向来访者说明保密原则及其例外（如危及生命安全时），才能记录知情同意。</translation>
    </message>
    <message>
        <source>Tick at least one use the worker agrees to.</source>
        <translation>请至少勾选一项同意的服务范围。</translation>
    </message>
    <message>
        <source>Unknown consent scope: {value} (one of {allowed}).</source>
        <translation>未知的知情同意范围：{value}（可用：{allowed}）。</translation>
    </message>
    <message>
        <source>The person who explained the limits of confidentiality must be an active staff account.</source>
        <translation>说明保密例外的人须是本站在职的工作人员账户。</translation>
    </message>
    <message>
        <source>The worker of file {file_no} withdrew consent to {scope} on {date}; no new record of this kind can be added. If they consent again, record the new consent form first.</source>
        <translation>档案 {file_no} 的来访者已于 {date} 撤回对“{scope}”的同意，不能再新增此类记录。如来访者重新同意，请先记录新的知情同意书。</translation>
    </message>
    <message>
        <source>The withdrawal date ({date}) cannot be before the latest consent ({consent}).</source>
        <translation>撤回日期（{date}）不能早于最近一次知情同意的日期（{consent}）。</translation>
    </message>
    <message>
        <source>The worker of file {file_no} has already withdrawn every use chosen.</source>
        <translation>档案 {file_no} 的来访者已撤回所选各项同意，无需再次撤回。</translation>
    </message>
    <message>
        <source>File {file_no} already has an open crisis (since {opened_at}); update that one.</source>
        <translation>档案 {file_no} 已有未解除的危机干预（{opened_at} 起），请在原记录上更新。</translation>
    </message>
    <message>
        <source>The checked item “{item}” means the risk is at least “{level}”.</source>
        <translation>所勾选的风险项“{item}”提示风险至少为“{level}”，请调整风险等级。</translation>
    </message>
    <message>
        <source>The 24-hour follow-up (due {due}) is not done yet; the crisis cannot be closed.</source>
        <translation>危机后的 24 小时回访尚未完成（截止 {due}），不能解除危机。</translation>
    </message>
    <message>
        <source>This crisis was closed at {closed_at}.</source>
        <translation>该危机干预已于 {closed_at} 解除。</translation>
    </message>
    <message>
        <source>The autosave is too large ({size} bytes).</source>
        <translation>自动保存的内容过大（{size} 字节），未保存。</translation>
    </message>
    <message>
        <source>The chosen counsellor is not an active counsellor account.</source>
        <translation>所选责任咨询师不是在职的咨询师账户。</translation>
    </message>
    <message>
        <source>A restricted file cannot be shared; lift the restriction first.</source>
        <translation>高度保密档案不能共享；请先取消高度保密。</translation>
    </message>
    <message>
        <source>File {file_no} still has an open crisis; close it before closing the case.</source>
        <translation>档案 {file_no} 仍有未解除的危机干预，不能结案。</translation>
    </message>
    <message>
        <source>File {file_no} still has {count} unsigned session drafts; sign or delete them first.</source>
        <translation>档案 {file_no} 还有 {count} 份未签署的辅导记录草稿，请先签署或删除。</translation>
    </message>
    <message>
        <source>File {file_no} is closed; reopen it first.</source>
        <translation>档案 {file_no} 已结案，请先重新开案。</translation>
    </message>
    <message>
        <source>File {file_no} was transferred to another station; it takes no new records.</source>
        <translation>档案 {file_no} 已转至其他服务站，不再添加记录。</translation>
    </message>
    <message>
        <source>File {file_no} already has a counsellor; only they can transfer it.</source>
        <translation>档案 {file_no} 已有责任咨询师，只能由其移交。</translation>
    </message>
    <message>
        <source>This follow-up was done at {done_at}.</source>
        <translation>该回访已于 {done_at} 完成。</translation>
    </message>
    <message>
        <source>This call is already linked to file {file_no}.</source>
        <translation>这次来电已关联档案 {file_no}。</translation>
    </message>
    <message>
        <source>This call&apos;s risk is not high or imminent; the crisis path does not start from it.</source>
        <translation>这次来电的风险等级不是高或紧急，不能从这里启动危机干预。</translation>
    </message>
    <message>
        <source>“{field}” cannot be later than now ({now}).</source>
        <translation>“{field}”不能晚于现在（{now}）。</translation>
    </message>
    <message>
        <source>The crisis path was already started from this call.</source>
        <translation>这次来电已启动危机干预。</translation>
    </message>
    <message>
        <source>This restricted content cannot be sealed: its reader has no record key yet (they need to sign in once). Nothing was changed.</source>
        <translation>无法加密这条高度保密内容：它的读者还没有记录密钥（请其先登录一次）。内容未改动。</translation>
    </message>
    <message>
        <source>The recovery key has no record key yet: sign in with the recovery key once, then open the restricted content.</source>
        <translation>恢复密钥还没有自己的记录密钥：请先用恢复密钥登录一次，再打开高度保密内容。</translation>
    </message>
    <message>
        <source>Only the reader of this restricted content may change it.</source>
        <translation>这条高度保密内容只有它的读者能修改。</translation>
    </message>
    <message>
        <source>Session {number} was signed at {signed_at} and cannot change; add an addendum.</source>
        <translation>第 {number} 次辅导记录已于 {signed_at} 签署，不能再修改；如需更正请添加附注。</translation>
    </message>
    <message>
        <source>The record is not signed yet: edit the draft; addenda are for signed records.</source>
        <translation>记录尚未签署：草稿可直接修改，签署后才能添加附注。</translation>
    </message>
    <message>
        <source>Only the author, {author}, may {action}.</source>
        <translation>只有记录撰写人 {author} 可以{action}。</translation>
    </message>
    <message>
        <source>There is no record content to sign.</source>
        <translation>没有可签署的记录内容。</translation>
    </message>
    <message>
        <source>This record does not need a co-signature.</source>
        <translation>该记录不需要督导会签。</translation>
    </message>
    <message>
        <source>You do not supervise this record&apos;s author and cannot co-sign it.</source>
        <translation>您不是该记录撰写人的督导，不能会签。</translation>
    </message>
    <message>
        <source>Only the counsellor responsible for file {file_no} (or the admin, after opening the file with a reason) may produce the worker&apos;s copy.</source>
        <translation>只有档案 {file_no} 的责任咨询师（或站长凭理由打开该档案后）可以为来访者制作档案副本。</translation>
    </message>
    <message>
        <source>There is no item “{item}” to withhold. See subject-copy --list for the items.</source>
        <translation>没有可不予提供的项目“{item}”。可用的项目见 subject-copy --list。</translation>
    </message>
    <message>
        <source>Withholding “{item}” needs a reason (for example a third party&apos;s information).</source>
        <translation>不予提供“{item}”须写明理由（例如涉及第三方信息）。</translation>
    </message>
    <message>
        <source>--withhold takes ITEM:REASON, for example session-2:third party&apos;s information.</source>
        <translation>--withhold 的格式应为 项目:理由，例如 session-2:涉及第三方信息。</translation>
    </message>
    <message>
        <source>File {file_no} was already transferred to {station} on {date}.</source>
        <translation>档案 {file_no} 已于 {date} 转至 {station}，不能再次转出。</translation>
    </message>
    <message>
        <source>File {file_no} still has unsigned drafts or an open crisis: sign or delete the drafts and close the crisis before transferring it.</source>
        <translation>档案 {file_no} 还有未签署的草稿或未解除的危机干预，请先签署或删除草稿、解除危机，再转站。</translation>
    </message>
    <message>
        <source>This transfer file was already imported on {date} as file {file_no}; nothing was added.</source>
        <translation>这份转站文件已于 {date} 导入为档案 {file_no}，不再重复导入。</translation>
    </message>
    <message>
        <source>This transfer file was sent by this station itself; a station cannot transfer a case to itself.</source>
        <translation>这份转站文件是本站自己发出的，不能转给本站。</translation>
    </message>
    <message>
        <source>The content of the transfer file is not recognised ({detail}); nothing was imported.</source>
        <translation>转站文件的内容无法识别（{detail}），未导入任何内容。</translation>
    </message>
    <message>
        <source>Only the counsellor responsible for file {file_no}, or an admin who opened the case with a reason, may transfer it to another station.</source>
        <translation>只有档案 {file_no} 的责任咨询师，或凭理由打开了该个案的站长，可以把它转至其他服务站。</translation>
    </message>
    <message>
        <source>File {file_no} was transferred to {station} on {date}: it takes no new records and cannot be reopened.</source>
        <translation>档案 {file_no} 已于 {date} 转至 {station}，不再添加记录，也不能重新开案。</translation>
    </message>
    <message>
        <source>The retention period cannot be shorter than {floor} years (you entered {years}).</source>
        <translation>保存期限不能少于 {floor} 年（输入的是 {years} 年）。</translation>
    </message>
    <message>
        <source>The retention period cannot be longer than {ceiling} years (you entered {years}).</source>
        <translation>保存期限不能超过 {ceiling} 年（输入的是 {years} 年）。</translation>
    </message>
    <message>
        <source>There is no file numbered {file_no}.</source>
        <translation>没有档案编号为 {file_no} 的档案。</translation>
    </message>
    <message>
        <source>File {file_no} is still open and cannot be destroyed; its counsellor must close it first.</source>
        <translation>档案 {file_no} 尚未结案，不能销毁；请先由咨询师结案。</translation>
    </message>
    <message>
        <source>File {file_no} must be kept until {date}. For the worker&apos;s own deletion request (PIPL art. 47), give the request date and the legal ground.</source>
        <translation>档案 {file_no} 的保存期到 {date} 才届满。如果是本人依《个人信息保护法》第四十七条提出删除，请注明申请日期和法定情形。</translation>
    </message>
    <message>
        <source>Type the file number {file_no} to confirm the destruction (you typed &quot;{typed}&quot;).</source>
        <translation>请输入档案编号 {file_no} 以确认销毁（输入的是“{typed}”）。</translation>
    </message>
    <message>
        <source>Unknown legal ground for the deletion request: {ground}. Choose one of: {choices}.</source>
        <translation>删除申请的法定情形无效：{ground}。可选：{choices}。</translation>
    </message>
    <message>
        <source>Invalid deletion request date: {date} (YYYY-MM-DD, not after today).</source>
        <translation>删除申请日期无效：{date}（格式 YYYY-MM-DD，不能晚于今天）。</translation>
    </message>
    <message>
        <source>Not a backup of this vault older than a destruction; not deleted: {path}</source>
        <translation>不是本保险库销毁之前的备份，未删除：{path}</translation>
    </message>
    <message>
        <source>Read and acknowledge “{title}” (version {version}) before working with files (command line: station-desk regimes acknowledge).</source>
        <translation>请先阅读并确认《{title}》（第 {version} 版），再使用档案（命令行：station-desk regimes acknowledge）。</translation>
    </message>
    <message>
        <source>Too many wrong passwords; try again in {seconds} s.</source>
        <translation>密码错误次数较多，请 {seconds} 秒后再试。</translation>
    </message>
    <message>
        <source>Invalid period: {value}. Use 2026-10 (month), 2026-Q3 (quarter) or 2026 (year).</source>
        <translation>统计期间格式不对：{value}。请写成 2026-10（月）、2026-Q3（季度）或 2026（年）。</translation>
    </message>
    <message>
        <source>A sheet&apos;s line has five parts, GENDER AGE INDUSTRY GROUP ANSWERS (- for one not given): {line}</source>
        <translation>答卷一行应为“性别 年龄段 行业 重点群体 答案”五项（不填的写 -）：{line}</translation>
    </message>
    <message>
        <source>The sheet&apos;s {what} is not recognised: {value}</source>
        <translation>答卷中的{what}无法识别：{value}</translation>
    </message>
    <message>
        <source>{name} has {items} items; this line gives {given} answers.</source>
        <translation>{name}有 {items} 题，这一行给出了 {given} 个答案。</translation>
    </message>
    <message>
        <source>Item {item}: the answer {value} is not one of {allowed}.</source>
        <translation>第 {item} 题的答案 {value} 不在可选值（{allowed}）之中。</translation>
    </message>
    <message>
        <source>The campaign “{name}” runs from {starts} to {ends}; today ({today}) is outside it.</source>
        <translation>调查“{name}”的日期是 {starts} 至 {ends}，今天（{today}）不在其中。</translation>
    </message>
    <message>
        <source>The campaign “{name}” does not use the instrument {instrument}.</source>
        <translation>调查“{name}”不使用量表 {instrument}。</translation>
    </message>
    <message>
        <source>Choose at least one instrument.</source>
        <translation>请至少选择一个量表。</translation>
    </message>
    <message>
        <source>{name} is already on duty on {day} {start}–{end} ({place}); the new shift overlaps it.</source>
        <translation>{name} 在 {day} {start}–{end} 已有值班（{place}），与新排班时间重叠。</translation>
    </message>
    <message>
        <source>Cannot put {name} on duty: no such active account.</source>
        <translation>不能给 {name} 排班：账户不存在或已停用。</translation>
    </message>
    <message>
        <source>Invalid duty place: {place} (one of {places}).</source>
        <translation>值班地点无效：{place}（可用：{places}）。</translation>
    </message>
    <message>
        <source>No such regime: {kind} (one of {kinds})</source>
        <translation>没有这种制度：{kind}（可用：{kinds}）</translation>
    </message>
    <message>
        <source>The regime&apos;s {part} cannot be empty.</source>
        <translation>制度的{part}不能为空。</translation>
    </message>
    <message>
        <source>The regime&apos;s {part} has {count} characters, more than {limit}.</source>
        <translation>制度的{part}共 {count} 字，超过上限 {limit} 字。</translation>
    </message>
    <message>
        <source>Identical to the current version {version}; no new version made.</source>
        <translation>与现行第 {version} 版完全相同，未生成新版本。</translation>
    </message>
    <message>
        <source>Only the current version can be acknowledged ({title} is now version {version}).</source>
        <translation>只能确认现行版本的制度（{title} 现行为第 {version} 版）。</translation>
    </message>
    <message>
        <source>The {label} has not been adopted yet.</source>
        <translation>{label}尚未制定。</translation>
    </message>
    <message>
        <source>Signed in with the recovery key: sign in with your own account to acknowledge.</source>
        <translation>使用恢复密钥登录时不能确认制度：请用自己的账户登录。</translation>
    </message>
    <message>
        <source>“{item}” is judged from the records; it takes no answer.</source>
        <translation>“{item}”由系统根据记录判断，不需要人工回答。</translation>
    </message>
    <message>
        <source>No such requirement: {item}</source>
        <translation>没有这一自查项：{item}</translation>
    </message>
    <message>
        <source>The answer must be yes or no: {value}</source>
        <translation>回答只能是 yes 或 no：{value}</translation>
    </message>
    <message>
        <source>Please say in the note what is missing when answering no.</source>
        <translation>回答“否”时请在说明中写明情况。</translation>
    </message>
    <message>
        <source>The note has {count} characters, more than {limit}.</source>
        <translation>说明共 {count} 字，超过上限 {limit} 字。</translation>
    </message>
    <message>
        <source>No self-check has been taken yet.</source>
        <translation>还没有进行过等级自查。</translation>
    </message>
    <message>
        <source>A user name is 1–32 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;: {user}</source>
        <translation>用户名须为 1–32 个字母、数字、下划线、点或连字符：{user}</translation>
    </message>
    <message>
        <source>Seed data file not found: {path}. Please reinstall Station Desk.</source>
        <translation>找不到基础数据文件：{path}。请重新安装 Station Desk。</translation>
    </message>
    <message>
        <source>Seed data file is malformed: {path} ({detail})</source>
        <translation>基础数据文件格式有误：{path}（{detail}）</translation>
    </message>
    <message>
        <source>There is no vocabulary named {kind}.</source>
        <translation>没有名为 {kind} 的词表。</translation>
    </message>
    <message>
        <source>Vocabulary {kind} has no code {value}.</source>
        <translation>词表 {kind} 中没有代码 {value}。</translation>
    </message>
    <message>
        <source>Internal error: {detail}</source>
        <translation>内部错误：{detail}</translation>
    </message>
    <message>
        <source>Invalid input: {detail}</source>
        <translation>输入有误：{detail}</translation>
    </message>
    <message>
        <source>Vault folder not found: {path}</source>
        <translation>找不到保险库目录：{path}</translation>
    </message>
    <message>
        <source>A vault already exists here: {path}</source>
        <translation>该目录已有保险库，不会覆盖：{path}</translation>
    </message>
    <message>
        <source>Not a Station Desk vault (key-slot file or database missing): {path}</source>
        <translation>该目录不是 Station Desk 保险库（缺少密钥槽文件或数据库）：{path}</translation>
    </message>
    <message>
        <source>Key-slot file missing, cannot unlock: {path}. Restore it (keyslots.json or its .bak) from a backup.</source>
        <translation>密钥槽文件缺失，无法解锁：{path}。请从备份中恢复该文件（keyslots.json 或 .bak）。</translation>
    </message>
    <message>
        <source>Key-slot file is damaged or not in the expected format: {path}. To recover: with the app closed, replace it with the previous version kept beside it, keyslots.json.bak; or restore the latest backup with the recovery key (or an admin&apos;s password).</source>
        <translation>密钥槽文件已损坏或格式不对：{path}。恢复办法：关闭程序后用同一文件夹中保留的上一版 keyslots.json.bak 替换它；或用恢复密钥（或站长密码）从最近的备份恢复。</translation>
    </message>
    <message>
        <source>Database file missing: {path}</source>
        <translation>数据库文件缺失：{path}</translation>
    </message>
    <message>
        <source>The database is damaged or belongs to another vault. Nothing was changed; restore the latest backup with an admin&apos;s password or the recovery key.</source>
        <translation>数据库文件已损坏或不属于本保险库。未做任何修改；请用站长密码或恢复密钥从最近的备份恢复。</translation>
    </message>
    <message>
        <source>Database version {found} is newer than this app supports ({supported}); please upgrade.</source>
        <translation>数据库版本 {found} 比本程序支持的版本 {supported} 新，请升级 Station Desk。</translation>
    </message>
    <message>
        <source>The vault folder is not writable: {path}. Check the disk or folder permissions.</source>
        <translation>保险库目录不可写：{path}。请检查磁盘或文件夹权限。</translation>
    </message>
    <message>
        <source>The disk is full; the operation was cancelled and saved data is unaffected.</source>
        <translation>磁盘空间不足，操作已取消，已保存的数据未受影响。</translation>
    </message>
    <message>
        <source>This vault is already open in another Station Desk instance (process {pid}).</source>
        <translation>该保险库已被另一个 Station Desk 窗口打开（进程 {pid}）。请先关闭它。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码不正确。</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>密码不正确。</translation>
    </message>
    <message>
        <source>Account {user} is locked after too many wrong passwords; try again in {minutes} min or ask an admin.</source>
        <translation>账户 {user} 因多次输错密码已锁定，请在 {minutes} 分钟后重试，或请站长/恢复密钥解锁。</translation>
    </message>
    <message>
        <source>Account {user} is disabled.</source>
        <translation>账户 {user} 已停用，不能登录。</translation>
    </message>
    <message>
        <source>The recovery key is not correct.</source>
        <translation>恢复密钥不正确。</translation>
    </message>
    <message>
        <source>The password must have at least {min} characters.</source>
        <translation>密码至少需要 {min} 个字符。</translation>
    </message>
    <message>
        <source>User {user} already exists.</source>
        <translation>用户名 {user} 已存在。</translation>
    </message>
    <message>
        <source>There is no account named {user}.</source>
        <translation>没有名为 {user} 的账户。</translation>
    </message>
    <message>
        <source>The last active admin account cannot be disabled.</source>
        <translation>不能停用最后一个站长账户。</translation>
    </message>
    <message>
        <source>No password given: pass it on standard input with --password-stdin.</source>
        <translation>未提供密码：请用 --password-stdin 从标准输入传入。</translation>
    </message>
    <message>
        <source>Not permitted: a {role} may not {action}.</source>
        <translation>权限不足：{role}不能{action}。</translation>
    </message>
    <message>
        <source>Opening someone else&apos;s case needs a reason (it is written to the audit trail).</source>
        <translation>查看他人个案需要填写理由（将记入审计日志）。</translation>
    </message>
    <message>
        <source>The audit chain is broken at entry {entry}: {detail}</source>
        <translation>审计链在第 {entry} 条处断裂：{detail}</translation>
    </message>
    <message>
        <source>Backup failed: {detail}</source>
        <translation>备份失败：{detail}</translation>
    </message>
    <message>
        <source>The backup cannot be used: {detail}. The current vault was not changed.</source>
        <translation>备份文件无法使用：{detail}。当前保险库未做任何修改。</translation>
    </message>
    <message>
        <source>Record not found: {what}</source>
        <translation>找不到记录：{what}</translation>
    </message>
    <message>
        <source>The report&apos;s period is a year (2026) or a quarter (2026-Q3): {value}</source>
        <translation>报告期应为年度（2026）或季度（2026-Q3）：{value}</translation>
    </message>
    <message>
        <source>The protection threshold k cannot be below {min} (got {k}): smaller groups would identify people.</source>
        <translation>保护门槛 k 不能小于 {min}（当前为 {k}）：更小的门槛保护不了人数少的群体中的个人。</translation>
    </message>
    <message>
        <source>The protection threshold k cannot exceed {max} (got {k}).</source>
        <translation>保护门槛 k 不能大于 {max}（当前为 {k}）。</translation>
    </message>
    <message>
        <source>This station&apos;s protection threshold is k = {policy} (set by the admin); --k {k} cannot be lower.</source>
        <translation>本站的统计保护门槛是 k = {policy}（站长在“统计上报”中设定），--k {k} 不能比它小。</translation>
    </message>
    <message>
        <source>{period} was released on {date} with k = {released}; it cannot be exported again with a lower k = {k}: what has left the station cannot be protected less.</source>
        <translation>{period} 已于 {date} 按 k = {released} 发布，不能用更小的 k = {k} 重新导出：已发出的数据不能放宽保护。</translation>
    </message>
    <message>
        <source>Packages of {year} were released with k = {year_k}; all periods of a year are protected together with one k, so this one can only use k = {year_k} (a new k applies from the next year&apos;s first package).</source>
        <translation>{year} 年的数据包已按 k = {year_k} 发布；同一年度的各期要按同一个 k 共同保护，本期只能用 k = {year_k}（新的 k 从下一年度的第一个数据包起生效）。</translation>
    </message>
    <message>
        <source>{period} cannot be exported on its own: {count} figures withheld by earlier packages could then be worked out; export its quarter or year instead.</source>
        <translation>{period} 无法单独导出：否则已报送数据中的 {count} 个不公布的数字会被推算出来。请改为导出所在的季度或年度。</translation>
    </message>
    <message>
        <source>Another package of this year was released after the preview; preview again before writing.</source>
        <translation>预览之后本年度又有数据包发布，请重新预览后再写出。</translation>
    </message>
    <message>
        <source>The campaign “{name}” screened in {months}, whose packages have not been sent yet. Export them first: the report is protected together with what was sent.</source>
        <translation>调查“{name}”的筛查在 {months} 进行，这些月份的统计包尚未报送。请先导出报送，再生成调查报告：报告要与已报送的数据一同保护。</translation>
    </message>
    <message>
        <source>The campaign “{name}” has no screenings yet.</source>
        <translation>调查“{name}”还没有筛查记录。</translation>
    </message>
    <message>
        <source>This vault has no station signing key.</source>
        <translation>本保险库没有服务站签名密钥。</translation>
    </message>
    <message>
        <source>Unrecognised public key file: {detail}</source>
        <translation>公钥文件无法识别：{detail}</translation>
    </message>
    <message>
        <source>Unrecognised public key file: it is neither what `station-desk station-key` prints nor the key file it writes with --out. At the station, run `station-desk station-key --out station.key` and register station.key.</source>
        <translation>公钥文件无法识别：既不是 station-desk station-key 打印的内容，也不是它用 --out 写出的公钥文件。请在服务站运行 station-desk station-key --out station.key，把 station.key 交来登记。</translation>
    </message>
    <message>
        <source>The key file of {station} has no encryption key (an older version wrote it), so no transfer can be encrypted to it. Ask them to run `station-desk station-key --out station.key` with the new version and send the new station.key.</source>
        <translation>{station} 的公钥文件里没有加密公钥（由旧版本写出），不能用来转站。请对方用新版本运行 station-desk station-key --out station.key，把新的 station.key 发来。</translation>
    </message>
    <message>
        <source>The package failed its own format check and was not written: {detail}. Check the station name and union code (no / \ : * ? &quot; &lt; &gt; |).</source>
        <translation>数据包未通过格式自检，未写出：{detail}。请检查服务站名称和工会代码（不能含 / \ : * ? &quot; &lt; &gt; |）。</translation>
    </message>
    <message>
        <source>This is not a Station Desk transfer file; nothing was imported.</source>
        <translation>这不是 Station Desk 转站文件，未导入任何内容。</translation>
    </message>
    <message>
        <source>The transfer file is format version {found}, which this app does not support (it reads version {supported}); nothing was imported. Upgrade Station Desk, or ask the sending station to export again with the same version as yours.</source>
        <translation>转站文件的格式版本 {found} 不受本程序支持（支持版本 {supported}），未导入任何内容。请升级 Station Desk，或请发出方用与本站相同的版本重新导出。</translation>
    </message>
    <message>
        <source>The transfer file is incomplete or damaged ({detail}); nothing was imported. Ask the sending station to send it again.</source>
        <translation>转站文件不完整或已损坏（{detail}），未导入任何内容。请发出方重新发送。</translation>
    </message>
    <message>
        <source>The transfer file&apos;s signature does not match: the file was changed after it was signed. Refused; nothing was imported.</source>
        <translation>转站文件的签名不符：文件在签发后被改动过。已拒绝，未导入任何内容。</translation>
    </message>
    <message>
        <source>This transfer file was written for {station} ({station_code}), not for this station, which cannot decrypt it. Refused.</source>
        <translation>这份转站文件是发给 {station}（{station_code}）的，不是本站，本站无法解密。已拒绝。</translation>
    </message>
    <message>
        <source>This station&apos;s encryption key does not open this transfer file (it was written to another key). Refused; nothing was imported.</source>
        <translation>本站的加密密钥打不开这份转站文件（它写给的不是本站当前的密钥）。已拒绝，未导入任何内容。</translation>
    </message>
    <message>
        <source>Choose the receiving station&apos;s key file.</source>
        <translation>请选择接收服务站的公钥文件。</translation>
    </message>
    <message>
        <source>Choose where to save the transfer file.</source>
        <translation>请选择转站文件的保存位置。</translation>
    </message>
    <message>
        <source>Choose the transfer file to import.</source>
        <translation>请选择要导入的转站文件。</translation>
    </message>
    <message>
        <source>This is this station&apos;s own key file: a transfer needs the receiving station&apos;s key file (they get it with `station-desk station-key --out station.key`).</source>
        <translation>这是本站自己的公钥文件：转站要用接收服务站的公钥文件（对方运行 station-desk station-key --out station.key 得到）。</translation>
    </message>
    <message>
        <source>The registry file is damaged: {path} ({detail})</source>
        <translation>登记册文件已损坏：{path}（{detail}）</translation>
    </message>
    <message>
        <source>Station {station} is already registered with another key (fingerprint {old}); use --replace to change it.</source>
        <translation>服务站 {station} 已登记了另一把公钥（指纹 {old}）。如确需更换，请加 --replace。</translation>
    </message>
    <message>
        <source>No packages (.zip) to merge were found.</source>
        <translation>没有找到要汇总的数据包（.zip）。</translation>
    </message>
    <message>
        <source>No package passed the checks, so the period is unknown; give it with --period.</source>
        <translation>没有任何通过核验的数据包，无法确定统计期间；请用 --period 指定。</translation>
    </message>
    <message>
        <source>Cannot read the file: {detail}</source>
        <translation>无法读取文件：{detail}</translation>
    </message>
    <message>
        <source>File too large ({size} bytes, limit {limit}); not a statistics package.</source>
        <translation>文件过大（{size} 字节，上限 {limit} 字节），不是正常的统计数据包。</translation>
    </message>
    <message>
        <source>Incomplete or not a valid zip package (truncated or damaged in transit): {detail}</source>
        <translation>文件不完整或不是有效的 zip 数据包（可能在传输中被截断或损坏）：{detail}</translation>
    </message>
    <message>
        <source>The package holds an unsafe path &apos;{name}&apos; (pointing outside the folder); refused.</source>
        <translation>数据包中含有不安全的路径“{name}”（指向目标文件夹之外），已拒收。</translation>
    </message>
    <message>
        <source>The package expands too much or too fast (zip bomb?): {name}</source>
        <translation>数据包解压后过大或压缩比异常（疑似压缩炸弹）：{name}</translation>
    </message>
    <message>
        <source>The package holds a file that does not belong: {name}</source>
        <translation>数据包中含有不应出现的文件：{name}</translation>
    </message>
    <message>
        <source>The package lacks a file: {name}</source>
        <translation>数据包缺少文件：{name}</translation>
    </message>
    <message>
        <source>manifest.json does not match the format: {detail}</source>
        <translation>清单文件 manifest.json 不符合规范：{detail}</translation>
    </message>
    <message>
        <source>Package format {found} is newer than this program supports ({supported}); upgrade.</source>
        <translation>数据包格式版本 {found} 比本程序支持的版本 {supported} 新，请升级 Station Desk 后再导入。</translation>
    </message>
    <message>
        <source>The package is not signed (no signature.sig); its origin cannot be checked.</source>
        <translation>数据包没有签名（缺少 signature.sig），无法确认来源。</translation>
    </message>
    <message>
        <source>Station {station} has no registered key; cannot verify.</source>
        <translation>服务站 {station} 尚未在登记册中登记公钥，无法核验。</translation>
    </message>
    <message>
        <source>The signature does not match station {station}&apos;s registered key: the manifest was changed after signing, or another key signed it.</source>
        <translation>签名与服务站 {station} 登记的公钥不符：清单在签名后被改动，或由其他密钥签名。</translation>
    </message>
    <message>
        <source>{name} does not match its SHA-256 in the manifest: the package was changed after signing.</source>
        <translation>文件 {name} 与清单中的 SHA-256 校验值不符：数据包在签名后被改动。</translation>
    </message>
    <message>
        <source>tables.json does not match the format: {detail}</source>
        <translation>统计表 tables.json 不符合规范：{detail}</translation>
    </message>
    <message>
        <source>The package contradicts itself: {detail}</source>
        <translation>数据包内容前后不一致：{detail}</translation>
    </message>
    <message>
        <source>The package covers {found}, not {expected}, the period being merged.</source>
        <translation>数据包的统计期间为 {found}，与本次汇总的期间 {expected} 不符。</translation>
    </message>
    <message>
        <source>Duplicate of {other}: only the newest {period} package of station {station} is used.</source>
        <translation>与 {other} 重复：服务站 {station} 的 {period} 数据包只采用最新的一份。</translation>
    </message>
    <message>
        <source>There is no file you may print. Name one with --file.</source>
        <translation>没有您可以打印的档案。请用 --file 指定档案编号。</translation>
    </message>
    <message>
        <source>No file numbered {file_no}.</source>
        <translation>找不到档案编号 {file_no}。</translation>
    </message>
    <message>
        <source>Unknown document: {kind} (one of summary, session, case, assessment, monthly, forms, ledger, selfcheck, regimes, annual, safety_plan)</source>
        <translation>未知的文件类型：{kind}（可用：summary、session、case、assessment、monthly、forms、ledger、selfcheck、regimes、annual、safety_plan）</translation>
    </message>
    <message>
        <source>Bad month: {value} (use the form 2026-03)</source>
        <translation>月份格式有误：{value}（应为 2026-03 这样的格式）</translation>
    </message>
    <message>
        <source>File {file_no} has no session number {number}.</source>
        <translation>档案 {file_no} 没有第 {number} 次辅导记录。</translation>
    </message>
    <message>
        <source>File {file_no} has no sessions yet.</source>
        <translation>档案 {file_no} 还没有辅导记录。</translation>
    </message>
    <message>
        <source>The PDF could not be saved to {path} ({reason}); no file was left.</source>
        <translation>PDF 未能保存到 {path}（{reason}），未留下任何文件。</translation>
    </message>
    <message>
        <source>{what} must be one of: {allowed}</source>
        <translation>{what}只能是：{allowed}</translation>
    </message>
    <message>
        <source>The key slot of {who} in {path} is damaged (this is not a wrong password). To recover: with the app closed, replace the file with the previous version kept beside it, keyslots.json.bak; or {fix}; or restore the latest backup.</source>
        <translation>密钥槽文件 {path} 中{who}的密钥槽已损坏（不是密码错误）。恢复办法：关闭程序后用同一文件夹中保留的上一版 keyslots.json.bak 替换它；或{fix}；或从最近的备份恢复。</translation>
    </message>
    <message>
        <source>Signed content was altered: {part}session {number} of {date} in file {file_no} no longer matches what was signed. Restore the latest backup and find out who holds the database key.</source>
        <translation>已签署的内容被改动：档案 {file_no} 中 {date} 的第 {number} 次辅导记录{part}与签署时不符。请从最近的备份恢复，并查明谁持有数据库密钥。</translation>
    </message>
    <message>
        <source>A signed {what} in file {file_no} has been deleted. Restore the latest backup.</source>
        <translation>已签署的记录不见了：档案 {file_no} 中有一条签署过的{what}已被删除。请从最近的备份恢复。</translation>
    </message>
    <message>
        <source>File {file_no} has no crisis intervention, so no safety plan.</source>
        <translation>档案 {file_no} 没有危机干预记录，因此没有安全计划。</translation>
    </message>
    <message>
        <source>File {file_no} has {count} crisis intervention(s); there is no number {number}.</source>
        <translation>档案 {file_no} 只有 {count} 次危机干预，没有第 {number} 次。</translation>
    </message>
    <message>
        <source>The crisis of {opened} in file {file_no} has no safety plan written yet.</source>
        <translation>档案 {file_no} 在 {opened} 的危机干预还没有写安全计划。</translation>
    </message>
    <message>
        <source>The safety plan of file {file_no} is restricted and sealed to someone else: you cannot read or print it.</source>
        <translation>档案 {file_no} 的安全计划为高度保密内容，您没有打开它的密钥，不能查看或打印。</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>年龄段</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Key group</source>
        <translation>重点群体</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>{instrument} by {attribute}</source>
        <translation>{instrument}：按{attribute}</translation>
    </message>
    <message>
        <source>Survey Report on Workers&apos; Mental Health</source>
        <translation>职工心理健康状况调查报告</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>服务站</translation>
    </message>
    <message>
        <source>Protected by the rules of the statistics packages: figures about fewer than {k} people, or that could be worked out, show as “—”, as do figures the packages sent withheld.</source>
        <translation>本报告按与统计上报相同的规则保护：涉及不足 {k} 人、或可能被推算出的数字以“—”表示；已报送统计包中不公布的相应数字，本报告同样不公布。</translation>
    </message>
    <message>
        <source>The number of screenings is not shown: the monthly packages sent did not show it.</source>
        <translation>筛查人次不单独公布：已报送的月度统计包未公布相应数字。</translation>
    </message>
    <message>
        <source>{screened} screenings.</source>
        <translation>筛查 {screened} 人次。</translation>
    </message>
    <message>
        <source>Few screenings: shown in a milder and a more severe group rather than band by band.</source>
        <translation>筛查人数较少，按较轻与较重两组列出，而不是逐级列出。</translation>
    </message>
    <message>
        <source>Too few screenings to show any breakdown without pointing at individuals: all of it is withheld.</source>
        <translation>筛查人数较少，各分组的分布无法在不暴露个人的前提下公布，全部不公布。</translation>
    </message>
    <message>
        <source>By {attribute}</source>
        <translation>按{attribute}</translation>
    </message>
    <message>
        <source>Survey report</source>
        <translation>调查报告</translation>
    </message>
    <message>
        <source>Sessions by modality</source>
        <translation>按服务方式统计的服务人次</translation>
    </message>
    <message>
        <source>Sessions by gender</source>
        <translation>按性别统计的服务人次</translation>
    </message>
    <message>
        <source>Sessions by age band</source>
        <translation>按年龄段统计的服务人次</translation>
    </message>
    <message>
        <source>Sessions by industry</source>
        <translation>按行业统计的服务人次</translation>
    </message>
    <message>
        <source>Signed session records; age in the reporting year.</source>
        <translation>已签署的辅导记录；年龄按统计年度计算。</translation>
    </message>
    <message>
        <source>Sessions by presenting issue</source>
        <translation>按主要问题类别统计的服务人次</translation>
    </message>
    <message>
        <source>Sessions by key group</source>
        <translation>按重点群体统计的服务人次</translation>
    </message>
    <message>
        <source>A session may fall in several rows; rows do not add up.</source>
        <translation>一次服务可涉及多个类别，各行之和不等于总人次。</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Case flow</source>
        <translation>个案流转</translation>
    </message>
    <message>
        <source>Served: people with a signed session in the period; closed, transferred and referred count files ended in the period.</source>
        <translation>服务人数：本期有已签署记录的来访者；结案、转出、转介按本期结束的个案计。</translation>
    </message>
    <message>
        <source>People served</source>
        <translation>服务人数</translation>
    </message>
    <message>
        <source>New files</source>
        <translation>新建档案</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>转出</translation>
    </message>
    <message>
        <source>Referred out</source>
        <translation>转介结案</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>转介次数</translation>
    </message>
    <message>
        <source>Referrals by destination</source>
        <translation>按去向统计的转介</translation>
    </message>
    <message>
        <source>Crisis events</source>
        <translation>危机事件</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>仍在处理</translation>
    </message>
    <message>
        <source>Crisis events and outcomes</source>
        <translation>危机事件及处置结果</translation>
    </message>
    <message>
        <source>Crises opened in the period; status as at export.</source>
        <translation>本期发生的危机事件，状态为导出时的状态。</translation>
    </message>
    <message>
        <source>Crisis events by risk level</source>
        <translation>按风险等级统计的危机事件</translation>
    </message>
    <message>
        <source>Crisis actions taken</source>
        <translation>危机处置措施</translation>
    </message>
    <message>
        <source>A crisis may have several actions; rows do not add up.</source>
        <translation>一次危机可采取多项措施，各行之和不等于事件数。</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>回访次数</translation>
    </message>
    <message>
        <source>Done on time</source>
        <translation>按时完成</translation>
    </message>
    <message>
        <source>Done late</source>
        <translation>逾期完成</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Follow-ups due and done</source>
        <translation>到期回访及完成情况</translation>
    </message>
    <message>
        <source>Follow-ups planned in the period.</source>
        <translation>计划日期在本期内的回访。</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>预约次数</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>未到</translation>
    </message>
    <message>
        <source>Late cancellation</source>
        <translation>临时取消</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>Appointments by attendance</source>
        <translation>预约出席情况</translation>
    </message>
    <message>
        <source>Appointments booked for the period; those cancelled ahead are not counted.</source>
        <translation>预约时间在本期内的预约；提前取消的不计。</translation>
    </message>
    <message>
        <source>Assessments by instrument and mode</source>
        <translation>心理测评施测次数（按量表和方式）</translation>
    </message>
    <message>
        <source>Anonymous screenings included.</source>
        <translation>含匿名筛查。</translation>
    </message>
    <message>
        <source>Administrations</source>
        <translation>施测次数</translation>
    </message>
    <message>
        <source>Result bands per instrument</source>
        <translation>各量表结果分级分布</translation>
    </message>
    <message>
        <source>Bands as defined by each instrument; anonymous included.</source>
        <translation>分级按各量表的常模划分；含匿名筛查。</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>评价份数</translation>
    </message>
    <message>
        <source>1 (very dissatisfied)</source>
        <translation>1 分（很不满意）</translation>
    </message>
    <message>
        <source>2</source>
        <translation>2 分</translation>
    </message>
    <message>
        <source>3</source>
        <translation>3 分</translation>
    </message>
    <message>
        <source>4</source>
        <translation>4 分</translation>
    </message>
    <message>
        <source>5 (very satisfied)</source>
        <translation>5 分（很满意）</translation>
    </message>
    <message>
        <source>Satisfaction (overall rating)</source>
        <translation>满意度评价分布（总体评分）</translation>
    </message>
    <message>
        <source>Events held</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>Events, year to date</source>
        <translation>年内累计场次</translation>
    </message>
    <message>
        <source>Annual target</source>
        <translation>年度目标场次</translation>
    </message>
    <message>
        <source>Target reached (%)</source>
        <translation>目标完成率（%）</translation>
    </message>
    <message>
        <source>Group activities and lectures against annual targets</source>
        <translation>团体活动与讲座（对照年度目标）</translation>
    </message>
    <message>
        <source>Events and targets describe the station&apos;s work and are not suppressed; attendance is protected like other head counts.</source>
        <translation>场次与目标不涉及个人，不作隐去；参与人次按阈值保护。</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Indicators (means and rates)</source>
        <translation>指标（均值与比率）</translation>
    </message>
    <message>
        <source>A mean or rate is given only when every count it rests on is published; otherwise it shows x.</source>
        <translation>均值与比率仅在其依据的各项计数均已公布时给出，否则以 x 表示。</translation>
    </message>
    <message>
        <source>Mean satisfaction (1–5)</source>
        <translation>满意度平均分（1–5）</translation>
    </message>
    <message>
        <source>Follow-ups done on time (%)</source>
        <translation>回访按时完成率（%）</translation>
    </message>
    <message>
        <source>Not recorded / other</source>
        <translation>未记录或其他</translation>
    </message>
    <message>
        <source>under 20</source>
        <translation>20 岁以下</translation>
    </message>
    <message>
        <source>20–29</source>
        <translation>20–29 岁</translation>
    </message>
    <message>
        <source>30–39</source>
        <translation>30–39 岁</translation>
    </message>
    <message>
        <source>40–49</source>
        <translation>40–49 岁</translation>
    </message>
    <message>
        <source>50–59</source>
        <translation>50–59 岁</translation>
    </message>
    <message>
        <source>60 and over</source>
        <translation>60 岁及以上</translation>
    </message>
    <message>
        <source>By counsellor</source>
        <translation>咨询师施测</translation>
    </message>
    <message>
        <source>Self-service</source>
        <translation>自助施测</translation>
    </message>
    <message>
        <source>Anonymous screening</source>
        <translation>匿名筛查</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>人次</translation>
    </message>
    <message>
        <source>statistics exported</source>
        <translation>导出匿名统计</translation>
    </message>
    <message>
        <source>Not shown for this period</source>
        <translation>本期数字不单独公布</translation>
    </message>
    <message>
        <source>Shown by records</source>
        <translation>有记录佐证</translation>
    </message>
    <message>
        <source>No records in the period</source>
        <translation>本期无相关记录</translation>
    </message>
    <message>
        <source>Checked by hand</source>
        <translation>需人工核查</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>人工核查</translation>
    </message>
    <message>
        <source>Station profile</source>
        <translation>服务站基本情况</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>服务站名称</translation>
    </message>
    <message>
        <source>Union code</source>
        <translation>工会代码</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>建设等级</translation>
    </message>
    <message>
        <source>Tier name</source>
        <translation>建设等级名称</translation>
    </message>
    <message>
        <source>Judged from</source>
        <translation>判断依据</translation>
    </message>
    <message>
        <source>Self-check</source>
        <translation>自查结果</translation>
    </message>
    <message>
        <source>Tier self-check</source>
        <translation>等级标准自查</translation>
    </message>
    <message>
        <source>By the app&apos;s own tier self-check, judged from this period&apos;s records alone; where the counts a result rests on are withheld in this package, so is the result.</source>
        <translation>与本系统的等级自查同一规则，只依据本期的记录判断；涉及个人的记录数字本期不公布时，该项结果也不公布。</translation>
    </message>
    <message>
        <source>Reliably better</source>
        <translation>可靠改善</translation>
    </message>
    <message>
        <source>No reliable change</source>
        <translation>无可靠变化</translation>
    </message>
    <message>
        <source>Reliably worse</source>
        <translation>可靠恶化</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>来电次数</translation>
    </message>
    <message>
        <source>Hotline calls by main concern</source>
        <translation>按主要问题统计的心理热线来电</translation>
    </message>
    <message>
        <source>Every call in the hotline log, with or without a file.</source>
        <translation>热线记录中的全部来电，不论是否建档。</translation>
    </message>
    <message>
        <source>Hotline calls by risk level</source>
        <translation>按风险等级统计的心理热线来电</translation>
    </message>
    <message>
        <source>Repeat assessments</source>
        <translation>复测次数</translation>
    </message>
    <message>
        <source>Repeat assessments against the first (PHQ-9, GAD-7)</source>
        <translation>复测与首次测评相比的变化（PHQ-9、GAD-7）</translation>
    </message>
    <message>
        <source>Each repeat against the worker&apos;s first: at least 6 points lower on PHQ-9 or 4 on GAD-7 is reliably better; as much higher, reliably worse.</source>
        <translation>每次复测与该职工首次测评相比：PHQ-9 降低至少 6 分、GAD-7 降低至少 4 分为可靠改善，升高同样分数为可靠恶化。</translation>
    </message>
    <message>
        <source>{month}</source>
        <translation>{month}月</translation>
    </message>
    <message>
        <source>{sessions} individual sessions were given to {served} people.</source>
        <translation>本期共提供个体心理服务 {sessions} 人次，服务 {served} 人。</translation>
    </message>
    <message>
        <source>{sessions} individual sessions were given.</source>
        <translation>本期共提供个体心理服务 {sessions} 人次。</translation>
    </message>
    <message>
        <source>Most were {label} ({share}%).</source>
        <translation>服务方式以{label}为主，占 {share}%。</translation>
    </message>
    <message>
        <source>The three most frequent concerns were {a}, {b} and {c}.</source>
        <translation>来访职工的主要问题居前三位的是{a}、{b}和{c}。</translation>
    </message>
    <message>
        <source>Of {measured} workers assessed again in the period, {improved} ({share}%) improved reliably in depression or anxiety since their first assessment.</source>
        <translation>本期复测的 {measured} 名职工中，{improved} 人（{share}%）的抑郁或焦虑得分较首次测评出现可靠改善。</translation>
    </message>
    <message>
        <source>Mean overall satisfaction was {mean} out of 5.</source>
        <translation>满意度评价总体平均 {mean} 分（满分 5 分）。</translation>
    </message>
    <message>
        <source>{events} group activities and lectures were held</source>
        <translation>开展团体活动与讲座 {events} 场</translation>
    </message>
    <message>
        <source>, {pct}% of the annual target so far</source>
        <translation>，年内累计完成年度目标的 {pct}%</translation>
    </message>
    <message>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <source>The hotline took {calls} calls.</source>
        <translation>心理热线接听来电 {calls} 次。</translation>
    </message>
    <message>
        <source>{screened} anonymous screenings, surveys of workers included.</source>
        <translation>匿名心理筛查（含职工心理健康状况调查）{screened} 人次。</translation>
    </message>
    <message>
        <source>{n_missing} month(s) have no package sent yet and show no monthly figure.</source>
        <translation>{n_missing} 个月的统计包尚未报送，这些月份不列逐月数字。</translation>
    </message>
    <message>
        <source>Analysis Report on Workers&apos; Mental-Health Services</source>
        <translation>职工心理健康服务分析报告</translation>
    </message>
    <message>
        <source>{year} Q{quarter}</source>
        <translation>{year} 年第 {quarter} 季度</translation>
    </message>
    <message>
        <source>Year {year}</source>
        <translation>{year} 年度</translation>
    </message>
    <message>
        <source>Every figure here is taken from the statistics packages already sent to the union; figures the packages withheld (fewer than {k} people, or ones that could be worked out) show as “—”.</source>
        <translation>本报告的全部数字均取自已向总工会报送的统计包；涉及人数少于 {k} 人、或可能被推算出的数字，统计包未予公布，本报告以“—”表示。</translation>
    </message>
    <message>
        <source>The one exception is the share of workers improved (section 7): it is counted from the records, and printed only where the package published the repeat assessments it falls within and every count is at least that number of people.</source>
        <translation>唯一例外是第七部分按职工计算的改善比例：它由记录统计，只在统计包已公布相应复测次数、且各数均不少于上述人数时列出。</translation>
    </message>
    <message>
        <source>This period&apos;s package has not been sent yet; export it first.</source>
        <translation>本期的统计包尚未报送，请先导出报送后再生成本报告。</translation>
    </message>
    <message>
        <source>1. Summary</source>
        <translation>一、概况</translation>
    </message>
    <message>
        <source>2. Sessions month by month</source>
        <translation>二、逐月服务量</translation>
    </message>
    <message>
        <source>Months not sent: </source>
        <translation>未报送的月份：</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>3. Modality</source>
        <translation>三、服务方式</translation>
    </message>
    <message>
        <source>4. Presenting issues</source>
        <translation>四、主要问题类别</translation>
    </message>
    <message>
        <source>5. Key groups</source>
        <translation>五、重点群体</translation>
    </message>
    <message>
        <source>Not in the package.</source>
        <translation>统计包中没有此项。</translation>
    </message>
    <message>
        <source>6. Assessment result bands</source>
        <translation>六、测评结果分级</translation>
    </message>
    <message>
        <source>7. Outcomes</source>
        <translation>七、改善情况</translation>
    </message>
    <message>
        <source>8. Satisfaction</source>
        <translation>八、满意度</translation>
    </message>
    <message>
        <source>9. Group activities against targets</source>
        <translation>九、团体活动与年度目标</translation>
    </message>
    <message>
        <source>10. Hotline and surveys</source>
        <translation>十、心理热线与状况调查</translation>
    </message>
    <message>
        <source>Analysis report</source>
        <translation>分析报告</translation>
    </message>
    <message>
        <source>{instrument} total</source>
        <translation>{instrument} 合计</translation>
    </message>
    <message>
        <source>No assessments in the period.</source>
        <translation>本期无测评记录。</translation>
    </message>
    <message>
        <source>The package has no outcome table.</source>
        <translation>本期统计包未含改善情况。</translation>
    </message>
    <message>
        <source>Workers (first against last assessment in the period)</source>
        <translation>职工（首次与本期最后一次测评相比）</translation>
    </message>
    <message>
        <source>Workers assessed again</source>
        <translation>本期复测的职工</translation>
    </message>
    <message>
        <source>Improved</source>
        <translation>可靠改善</translation>
    </message>
    <message>
        <source>Not improved</source>
        <translation>未见可靠改善</translation>
    </message>
    <message>
        <source>Share improved</source>
        <translation>改善比例</translation>
    </message>
    <message>
        <source>Repeat assessments (each against the first)</source>
        <translation>复测次数（每次复测与首次测评相比）</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>参与人次</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>年内累计</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>年度目标</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>Hotline calls by concern</source>
        <translation>热线来电的主要问题</translation>
    </message>
    <message>
        <source>Hotline calls by risk</source>
        <translation>热线来电的风险等级</translation>
    </message>
    <message>
        <source>Anonymous screenings, surveys included: per instrument</source>
        <translation>匿名心理筛查（含职工心理健康状况调查）：各量表人次</translation>
    </message>
    <message>
        <source>The package has no hotline or survey figures.</source>
        <translation>本期统计包未含热线和调查数字。</translation>
    </message>
    <message>
        <source>Instruments not used in the period are left out (0 in the data file).</source>
        <translation>本期未使用的量表从略（数据文件中为 0）。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name (zh)</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Name (en)</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>k</source>
        <translation>生成日期</translation>
    </message>
    <message>
        <source>Stations used</source>
        <translation>依据站数</translation>
    </message>
    <message>
        <source>Computed only from stations whose counts were all published; “Stations used” is how many took part.</source>
        <translation>仅用各项计数均已公布的服务站计算；“依据站数”为参与计算的站数。</translation>
    </message>
    <message>
        <source>Tier self-check (stations per result)</source>
        <translation>等级标准自查（各站结果计数）</translation>
    </message>
    <message>
        <source>Each row counts the stations giving each self-check result for that requirement.</source>
        <translation>每行为对该条要求给出各种自查结果的服务站数。</translation>
    </message>
</context>
<context>
    <name>export.cases</name>
    <message>
        <source>Closed</source>
        <translation>结案</translation>
    </message>
</context>
<context>
    <name>export.profile</name>
    <message>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>所属等级</translation>
    </message>
</context>
<context>
    <name>importing</name>
    <message>
        <source>The end time {end} is not after the start time {start}.</source>
        <translation>结束时间 {end} 不晚于开始时间 {start}。</translation>
    </message>
    <message>
        <source>(new file)</source>
        <translation>（新建）</translation>
    </message>
    <message>
        <source>existing register imported</source>
        <translation>导入既有台账</translation>
    </message>
    <message>
        <source>two files of one worker merged</source>
        <translation>合并同一职工的两份档案</translation>
    </message>
    <message>
        <source>records moved by a file merge</source>
        <translation>合并档案时移动记录</translation>
    </message>
    <message>
        <source>same name and phone</source>
        <translation>姓名和电话相同</translation>
    </message>
    <message>
        <source>same name and birth year</source>
        <translation>姓名和出生年份相同</translation>
    </message>
</context>
<context>
    <name>importing.columns</name>
    <message>
        <source>counselling register</source>
        <translation>心理咨询登记表</translation>
    </message>
    <message>
        <source>visitor list</source>
        <translation>来访者名单</translation>
    </message>
    <message>
        <source>activity register</source>
        <translation>团体活动登记表</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>file number</source>
        <translation>档案编号</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>counsellor</source>
        <translation>咨询师</translation>
    </message>
    <message>
        <source>modality</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>issue</source>
        <translation>问题类型</translation>
    </message>
    <message>
        <source>risk level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>start time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>end time</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>简要情况</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>birth year</source>
        <translation>出生年份</translation>
    </message>
    <message>
        <source>age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>employer</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>key groups</source>
        <translation>重点群体</translation>
    </message>
    <message>
        <source>date registered</source>
        <translation>建档日期</translation>
    </message>
    <message>
        <source>activity type</source>
        <translation>活动类型</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>活动名称</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>organiser</source>
        <translation>组织单位</translation>
    </message>
    <message>
        <source>attendees</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>target groups</source>
        <translation>面向群体</translation>
    </message>
</context>
<context>
    <name>importing.columns.visitors</name>
    <message>
        <source>counsellor</source>
        <translation>责任咨询师</translation>
    </message>
</context>
<context>
    <name>instruments</name>
    <message>
        <source>the content must be a JSON object</source>
        <translation>内容应为 JSON 对象</translation>
    </message>
    <message>
        <source>the file is larger than {limit} bytes</source>
        <translation>文件超过 {limit} 字节</translation>
    </message>
    <message>
        <source>the file is not UTF-8 encoded</source>
        <translation>文件不是 UTF-8 编码</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply or holds an over-long number</source>
        <translation>JSON 嵌套过深或含有过长的数字</translation>
    </message>
    <message>
        <source>field {field} appears twice</source>
        <translation>字段 {field} 出现了两次</translation>
    </message>
    <message>
        <source>missing field {field}</source>
        <translation>缺少字段 {field}</translation>
    </message>
    <message>
        <source>unknown field {field} (a typo?)</source>
        <translation>未知字段 {field}（拼写错误？）</translation>
    </message>
    <message>
        <source>field {field} must be {expected}</source>
        <translation>字段 {field} 应为{expected}</translation>
    </message>
    <message>
        <source>field {field} must not be empty</source>
        <translation>字段 {field} 不能为空</translation>
    </message>
    <message>
        <source>unsupported schema {value} (only 1)</source>
        <translation>不支持的格式版本 {value}（仅支持 1）</translation>
    </message>
    <message>
        <source>id {value} is not valid: use lower-case letters, digits, - and _ (at most 32)</source>
        <translation>编号 {value} 不合规：只能用小写字母、数字、- 和 _，最多 32 个字符</translation>
    </message>
    <message>
        <source>version {value} is not valid: use letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;</source>
        <translation>版本 {value} 不合规：只能用字母、数字、.、- 和 _</translation>
    </message>
    <message>
        <source>{field} has more than {limit} entries</source>
        <translation>{field} 超过 {limit} 项</translation>
    </message>
    <message>
        <source>item numbers must run 1, 2, 3, ... but are {numbers}</source>
        <translation>题号应从 1 开始连续编号，实际为 {numbers}</translation>
    </message>
    <message>
        <source>item {item} has no options (neither shared nor its own)</source>
        <translation>第 {item} 题没有选项（既没有共用选项，也没有本题选项）</translation>
    </message>
    <message>
        <source>{field} needs at least two options</source>
        <translation>{field} 至少需要两个选项</translation>
    </message>
    <message>
        <source>{field} repeats option value {value}</source>
        <translation>{field} 中的选项值 {value} 重复</translation>
    </message>
    <message>
        <source>{field} value {value} is outside {lo}..{hi}</source>
        <translation>{field} 的数值 {value} 超出允许范围 {lo}–{hi}</translation>
    </message>
    <message>
        <source>reverse-scored item {item} is not in the item list</source>
        <translation>反向计分题 {item} 不在题目列表中</translation>
    </message>
    <message>
        <source>item {item}: its reverse flag disagrees with scoring.reverse_items</source>
        <translation>第 {item} 题的 reverse 标记与 scoring.reverse_items 不一致</translation>
    </message>
    <message>
        <source>unsupported scoring method {value}</source>
        <translation>不支持的计分方法 {value}（仅支持 sum）</translation>
    </message>
    <message>
        <source>scoring.multiplier must be 1..100</source>
        <translation>scoring.multiplier 应为 1–100 的整数</translation>
    </message>
    <message>
        <source>scoring.direction must be higher_worse or higher_better, not {value}</source>
        <translation>scoring.direction 应为 higher_worse 或 higher_better，实际为 {value}</translation>
    </message>
    <message>
        <source>band {band}: range must be two integers [min, max] with min &lt;= max</source>
        <translation>分数段 {band} 的 range 应为 [最小值, 最大值] 两个整数，且最小值不大于最大值</translation>
    </message>
    <message>
        <source>band {band} lies outside the possible scores {lo}..{hi}</source>
        <translation>分数段 {band} 超出可能得分范围 {lo}–{hi}</translation>
    </message>
    <message>
        <source>bands {a} and {b} overlap</source>
        <translation>分数段 {a} 与 {b} 重叠</translation>
    </message>
    <message>
        <source>the possible score {score} falls in no band</source>
        <translation>可能得分 {score} 不属于任何分数段</translation>
    </message>
    <message>
        <source>band {band} has unknown level {value} (allowed: {allowed})</source>
        <translation>分数段 {band} 的等级 {value} 未知（可用：{allowed}）</translation>
    </message>
    <message>
        <source>band levels do not follow the scoring direction ({direction}): {a} then {b}</source>
        <translation>分数段等级与计分方向（{direction}）不一致：{a} 之后是 {b}</translation>
    </message>
    <message>
        <source>alert {code} has unknown kind {value} (allowed: item, score, band)</source>
        <translation>提示规则 {code} 的类型 {value} 未知（可用：item、score、band）</translation>
    </message>
    <message>
        <source>alert {code} has unknown op {value}</source>
        <translation>提示规则 {code} 的比较符 {value} 未知</translation>
    </message>
    <message>
        <source>alert {code} refers to item {item}, which does not exist</source>
        <translation>提示规则 {code} 引用了不存在的第 {item} 题</translation>
    </message>
    <message>
        <source>alert {code} refers to option value {value}, which item {item} does not have</source>
        <translation>提示规则 {code} 引用了第 {item} 题不存在的选项值 {value}</translation>
    </message>
    <message>
        <source>alert {code} refers to level {value}, which no band of this instrument uses</source>
        <translation>提示规则 {code} 引用的等级 {value} 不属于本量表的任何分数段</translation>
    </message>
    <message>
        <source>alert {code} can never fire (its condition cannot be met by any possible score)</source>
        <translation>提示规则 {code} 永远不会触发（条件在可能得分范围内无法满足）</translation>
    </message>
    <message>
        <source>alert code {code} is used twice</source>
        <translation>提示代码 {code} 重复</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>a list of integers</source>
        <translation>整数列表</translation>
    </message>
</context>
<context>
    <name>period</name>
    <message>
        <source>{month} {year}</source>
        <translation>{year} 年 {month} 月</translation>
    </message>
    <message>
        <source>Q{quarter} {year}</source>
        <translation>{year} 年第 {quarter} 季度</translation>
    </message>
    <message>
        <source>{year}</source>
        <translation>{year} 年</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <source>own case</source>
        <translation>本人个案</translation>
    </message>
    <message>
        <source>shared case</source>
        <translation>共享个案</translation>
    </message>
    <message>
        <source>supervised case</source>
        <translation>督导个案</translation>
    </message>
    <message>
        <source>opened with a reason</source>
        <translation>凭理由查看</translation>
    </message>
    <message>
        <source>the file (it does not exist or you may not see it)</source>
        <translation>该档案（不存在，或您无权查看）</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>未到</translation>
    </message>
    <message>
        <source>late cancellation</source>
        <translation>临时取消</translation>
    </message>
    <message>
        <source>the file went to another station</source>
        <translation>档案已转至其他服务站</translation>
    </message>
    <message>
        <source>appointment #{number}</source>
        <translation>预约 #{number}</translation>
    </message>
    <message>
        <source>name or pseudonym</source>
        <translation>姓名或化名</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>birth year</source>
        <translation>出生年份</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>所属行业</translation>
    </message>
    <message>
        <source>job type</source>
        <translation>岗位类别</translation>
    </message>
    <message>
        <source>key groups</source>
        <translation>重点群体</translation>
    </message>
    <message>
        <source>how they came</source>
        <translation>来访途径</translation>
    </message>
    <message>
        <source>emergency contact</source>
        <translation>紧急联系人</translation>
    </message>
    <message>
        <source>assigned counsellor</source>
        <translation>责任咨询师</translation>
    </message>
    <message>
        <source>consent date</source>
        <translation>知情同意日期</translation>
    </message>
    <message>
        <source>consent scope</source>
        <translation>知情同意范围</translation>
    </message>
    <message>
        <source>limits of confidentiality explained</source>
        <translation>保密例外已告知</translation>
    </message>
    <message>
        <source>withdrawal date</source>
        <translation>撤回日期</translation>
    </message>
    <message>
        <source>note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>date of the request</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>session date</source>
        <translation>辅导日期</translation>
    </message>
    <message>
        <source>start time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>end time</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>modality</source>
        <translation>服务方式</translation>
    </message>
    <message>
        <source>room</source>
        <translation>功能室</translation>
    </message>
    <message>
        <source>presenting issues</source>
        <translation>主要问题</translation>
    </message>
    <message>
        <source>interventions</source>
        <translation>干预方法</translation>
    </message>
    <message>
        <source>presenting complaint</source>
        <translation>主诉</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>intervention</source>
        <translation>干预</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>risk level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>转介建议</translation>
    </message>
    <message>
        <source>next appointment</source>
        <translation>下次预约</translation>
    </message>
    <message>
        <source>time of the next appointment</source>
        <translation>下次预约时间</translation>
    </message>
    <message>
        <source>addendum text</source>
        <translation>附注内容</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>closing summary</source>
        <translation>结案小结</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>planned follow-up date</source>
        <translation>计划回访日期</translation>
    </message>
    <message>
        <source>follow-up channel</source>
        <translation>回访方式</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>crisis risk checklist</source>
        <translation>危机风险检查项</translation>
    </message>
    <message>
        <source>actions taken</source>
        <translation>处置措施</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>情况说明</translation>
    </message>
    <message>
        <source>referral date</source>
        <translation>转介日期</translation>
    </message>
    <message>
        <source>destination type</source>
        <translation>转介去向</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>转介机构</translation>
    </message>
    <message>
        <source>ratings</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>activity date</source>
        <translation>活动日期</translation>
    </message>
    <message>
        <source>activity type</source>
        <translation>活动类型</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>organising unit</source>
        <translation>组织单位</translation>
    </message>
    <message>
        <source>attendee count</source>
        <translation>参与人数</translation>
    </message>
    <message>
        <source>target groups</source>
        <translation>面向群体</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标数</translation>
    </message>
    <message>
        <source>appointment start</source>
        <translation>预约开始</translation>
    </message>
    <message>
        <source>appointment end</source>
        <translation>预约结束</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>出席情况</translation>
    </message>
    <message>
        <source>follow-up purpose</source>
        <translation>回访目的</translation>
    </message>
    <message>
        <source>planned time</source>
        <translation>计划时间</translation>
    </message>
    <message>
        <source>follow-up result</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <source>warning signs</source>
        <translation>危机前的信号</translation>
    </message>
    <message>
        <source>coping steps</source>
        <translation>我自己可以做的事</translation>
    </message>
    <message>
        <source>people and places</source>
        <translation>可以联系的人和可以去的地方</translation>
    </message>
    <message>
        <source>professional contacts</source>
        <translation>专业求助电话与机构</translation>
    </message>
    <message>
        <source>means safety</source>
        <translation>让环境更安全</translation>
    </message>
    <message>
        <source>search terms</source>
        <translation>检索词</translation>
    </message>
    <message>
        <source>from date</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>to date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>file registered</source>
        <translation>登记来访者建档</translation>
    </message>
    <message>
        <source>file viewed</source>
        <translation>查看档案</translation>
    </message>
    <message>
        <source>file basic details viewed</source>
        <translation>查看档案基本信息</translation>
    </message>
    <message>
        <source>another counsellor&apos;s case opened with a reason</source>
        <translation>凭理由查看他人个案</translation>
    </message>
    <message>
        <source>recovery key typed in to open restricted content</source>
        <translation>输入恢复密钥以查看高度保密内容</translation>
    </message>
    <message>
        <source>wrong recovery key typed in</source>
        <translation>恢复密钥输入错误</translation>
    </message>
    <message>
        <source>restricted content sealed or unsealed</source>
        <translation>高度保密内容加密或解密</translation>
    </message>
    <message>
        <source>file details edited</source>
        <translation>修改档案信息</translation>
    </message>
    <message>
        <source>file restriction changed</source>
        <translation>设置档案高度保密</translation>
    </message>
    <message>
        <source>case shared</source>
        <translation>共享个案</translation>
    </message>
    <message>
        <source>case sharing withdrawn</source>
        <translation>取消共享个案</translation>
    </message>
    <message>
        <source>case transferred</source>
        <translation>移交个案</translation>
    </message>
    <message>
        <source>case reassigned by the admin</source>
        <translation>站长重新分配个案</translation>
    </message>
    <message>
        <source>counsellor&apos;s caseload reassigned</source>
        <translation>站长重新分配咨询师的全部个案</translation>
    </message>
    <message>
        <source>case closed</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>closing summary recorded</source>
        <translation>记录结案小结</translation>
    </message>
    <message>
        <source>note on a case transfer</source>
        <translation>移交个案的说明</translation>
    </message>
    <message>
        <source>note on a caseload reassignment</source>
        <translation>重新分配个案的说明</translation>
    </message>
    <message>
        <source>case reopened</source>
        <translation>重新开案</translation>
    </message>
    <message>
        <source>informed consent recorded</source>
        <translation>记录知情同意</translation>
    </message>
    <message>
        <source>withdrawal of consent recorded</source>
        <translation>记录撤回知情同意</translation>
    </message>
    <message>
        <source>worker&apos;s copy of their file produced</source>
        <translation>为来访者制作档案副本</translation>
    </message>
    <message>
        <source>session record created</source>
        <translation>新建辅导记录</translation>
    </message>
    <message>
        <source>session draft edited</source>
        <translation>修改辅导记录草稿</translation>
    </message>
    <message>
        <source>session draft deleted</source>
        <translation>删除辅导记录草稿</translation>
    </message>
    <message>
        <source>session record signed</source>
        <translation>签署辅导记录</translation>
    </message>
    <message>
        <source>session record co-signed</source>
        <translation>督导会签</translation>
    </message>
    <message>
        <source>addendum added</source>
        <translation>添加补充说明</translation>
    </message>
    <message>
        <source>signature password wrong</source>
        <translation>电子签名密码错误</translation>
    </message>
    <message>
        <source>record restriction changed</source>
        <translation>设置记录高度保密</translation>
    </message>
    <message>
        <source>follow-up scheduled</source>
        <translation>安排回访</translation>
    </message>
    <message>
        <source>follow-up done</source>
        <translation>完成回访</translation>
    </message>
    <message>
        <source>follow-up tried or rescheduled</source>
        <translation>回访未完成（未联系上或改期）</translation>
    </message>
    <message>
        <source>crisis opened</source>
        <translation>启动危机干预</translation>
    </message>
    <message>
        <source>crisis updated</source>
        <translation>更新危机处置</translation>
    </message>
    <message>
        <source>crisis closed</source>
        <translation>解除危机</translation>
    </message>
    <message>
        <source>safety plan written or changed</source>
        <translation>制定或修改安全计划</translation>
    </message>
    <message>
        <source>referral recorded</source>
        <translation>登记转介</translation>
    </message>
    <message>
        <source>referral outcome recorded</source>
        <translation>记录转介结果</translation>
    </message>
    <message>
        <source>satisfaction rating recorded</source>
        <translation>满意度评价</translation>
    </message>
    <message>
        <source>group activity logged</source>
        <translation>登记团体活动</translation>
    </message>
    <message>
        <source>group activity edited</source>
        <translation>修改团体活动</translation>
    </message>
    <message>
        <source>group activity deleted</source>
        <translation>删除团体活动</translation>
    </message>
    <message>
        <source>annual target set</source>
        <translation>设定年度目标</translation>
    </message>
    <message>
        <source>appointment booked</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>appointment moved</source>
        <translation>改约</translation>
    </message>
    <message>
        <source>appointment cancelled</source>
        <translation>取消预约</translation>
    </message>
    <message>
        <source>appointment attendance marked</source>
        <translation>登记预约出席情况</translation>
    </message>
    <message>
        <source>session notes searched</source>
        <translation>全文检索辅导记录</translation>
    </message>
    <message>
        <source>(restricted file)</source>
        <translation>（高度保密档案）</translation>
    </message>
    <message>
        <source>individual counselling</source>
        <translation>个体心理辅导</translation>
    </message>
    <message>
        <source>psychological assessment</source>
        <translation>心理测评</translation>
    </message>
    <message>
        <source>the hotline</source>
        <translation>心理热线</translation>
    </message>
    <message>
        <source>use in anonymous statistics</source>
        <translation>匿名统计使用</translation>
    </message>
    <message>
        <source>audio or video recording</source>
        <translation>录音录像</translation>
    </message>
    <message>
        <source>after a session</source>
        <translation>辅导后回访</translation>
    </message>
    <message>
        <source>check-in</source>
        <translation>近况了解</translation>
    </message>
    <message>
        <source>after a referral</source>
        <translation>转介后回访</translation>
    </message>
    <message>
        <source>after a missed appointment</source>
        <translation>未到后联系</translation>
    </message>
    <message>
        <source>after closing the case</source>
        <translation>结案后回访</translation>
    </message>
    <message>
        <source>after a crisis</source>
        <translation>危机后回访</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>已联系上</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>未联系上</translation>
    </message>
    <message>
        <source>rescheduled</source>
        <translation>已改期</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>不再回访</translation>
    </message>
    <message>
        <source>session #{number}</source>
        <translation>辅导记录 #{number}</translation>
    </message>
    <message>
        <source>follow-up #{number}</source>
        <translation>回访 #{number}</translation>
    </message>
    <message>
        <source>call date</source>
        <translation>来电日期</translation>
    </message>
    <message>
        <source>call time</source>
        <translation>来电时间</translation>
    </message>
    <message>
        <source>length of call (minutes)</source>
        <translation>通话时长（分钟）</translation>
    </message>
    <message>
        <source>caller&apos;s gender</source>
        <translation>来电者性别</translation>
    </message>
    <message>
        <source>caller&apos;s age band</source>
        <translation>来电者年龄段</translation>
    </message>
    <message>
        <source>main concern</source>
        <translation>主要问题</translation>
    </message>
    <message>
        <source>what was done</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>hotline call logged</source>
        <translation>登记热线来电</translation>
    </message>
    <message>
        <source>hotline call linked to a file</source>
        <translation>热线来电关联档案</translation>
    </message>
    <message>
        <source>crisis path started from a hotline call</source>
        <translation>热线来电启动危机干预</translation>
    </message>
    <message>
        <source>hotline call #{number}</source>
        <translation>热线来电 #{number}</translation>
    </message>
    <message>
        <source>crisis {crisis_id}</source>
        <translation>危机干预 {crisis_id}</translation>
    </message>
    <message>
        <source>coping steps I can take alone</source>
        <translation>我自己可以做的事</translation>
    </message>
    <message>
        <source>people and places that help</source>
        <translation>可以联系的人和可以去的地方</translation>
    </message>
    <message>
        <source>professionals and services to contact</source>
        <translation>专业求助电话与机构</translation>
    </message>
    <message>
        <source>keeping the means of harm away</source>
        <translation>让环境更安全</translation>
    </message>
    <message>
        <source>digests bound for records signed before the upgrade</source>
        <translation>绑定升级前已签署记录的摘要</translation>
    </message>
    <message>
        <source>historical session records imported</source>
        <translation>导入历史辅导记录</translation>
    </message>
    <message>
        <source>addendum</source>
        <translation>附注</translation>
    </message>
    <message>
        <source>session record</source>
        <translation>辅导记录</translation>
    </message>
    <message>
        <source>the co-signature of </source>
        <translation>的督导会签</translation>
    </message>
    <message>
        <source>an addendum to </source>
        <translation>的附注</translation>
    </message>
    <message>
        <source>case transferred to another station</source>
        <translation>个案转至其他服务站</translation>
    </message>
    <message>
        <source>case received from another station</source>
        <translation>接收其他服务站转来的个案</translation>
    </message>
    <message>
        <source>transfer file written (the whole case)</source>
        <translation>导出转站文件（个案全部记录）</translation>
    </message>
    <message>
        <source>transferred history imported</source>
        <translation>导入转站文件中的历史记录</translation>
    </message>
    <message>
        <source>transferred history viewed</source>
        <translation>查看转入的历史记录</translation>
    </message>
    <message>
        <source>the transferred history</source>
        <translation>转入的历史记录</translation>
    </message>
    <message>
        <source>activity #{number}</source>
        <translation>活动 #{number}</translation>
    </message>
    <message>
        <source>crisis #{number}</source>
        <translation>危机记录 #{number}</translation>
    </message>
    <message>
        <source>share the case</source>
        <translation>共享个案</translation>
    </message>
    <message>
        <source>withdraw sharing</source>
        <translation>取消共享</translation>
    </message>
    <message>
        <source>transfer the case</source>
        <translation>移交个案</translation>
    </message>
    <message>
        <source>restrict the file</source>
        <translation>设置高度保密</translation>
    </message>
    <message>
        <source>close the case</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>reopen the case</source>
        <translation>重新开案</translation>
    </message>
    <message>
        <source>counsellor #{number}</source>
        <translation>咨询师 #{number}</translation>
    </message>
    <message>
        <source>referral #{number}</source>
        <translation>转介 #{number}</translation>
    </message>
    <message>
        <source>edit the record</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>sign the record</source>
        <translation>签署记录</translation>
    </message>
    <message>
        <source>delete the draft</source>
        <translation>删除草稿</translation>
    </message>
    <message>
        <source>restrict the record</source>
        <translation>设置高度保密</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Station Tier Self-Check</source>
        <translation>职工心理健康服务站等级自查表</translation>
    </message>
    <message>
        <source>Tier self-check</source>
        <translation>等级自查表</translation>
    </message>
    <message>
        <source>Date of check</source>
        <translation>自查日期</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>自查人</translation>
    </message>
    <message>
        <source>Target tier</source>
        <translation>目标等级</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>所查期间</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Highest tier met</source>
        <translation>已全部达到的等级</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>尚无</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Checked by hand</source>
        <translation>人工核查</translation>
    </message>
    <message>
        <source>From the records</source>
        <translation>记录佐证</translation>
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
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Checked by:</source>
        <translation>自查人签字：</translation>
    </message>
    <message>
        <source>Station head:</source>
        <translation>站长签字：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>“Met” means the figures in the records reach the requirement; “not met” means the records show it is not being done, or the hand check said no; “not yet evidenced” means the app holds nothing to judge by yet, or a hand-checked item is unanswered (or was answered over a year ago). The period examined is the year before the check (or the station&apos;s life if shorter); duty is judged on the last four weeks and the week ahead, first contact on the last 90 days.</source>
        <translation>“已达到”表示系统记录中的数字达到了要求；“未达到”表示记录显示该项没有做到，或人工核查结果为否；“尚无佐证”表示系统中还没有可据以判断的记录，或人工核查项尚未回答（回答超过一年也须重新核查）。所查期间为自查日前一年（服务站开办不足一年的，自开办起）；值班按最近四周及未来一周，首次辅导及时性按最近 90 天计算。</translation>
    </message>
    <message>
        <source>Station Regimes</source>
        <translation>服务站工作制度</translation>
    </message>
    <message>
        <source>Station regimes</source>
        <translation>工作制度</translation>
    </message>
    <message>
        <source>Version {version}, adopted {day}</source>
        <translation>第 {version} 版，{day} 通过</translation>
    </message>
    <message>
        <source>No regime has been adopted yet.</source>
        <translation>尚未制定任何制度。</translation>
    </message>
    <message>
        <source>client file summary</source>
        <translation>心理档案摘要</translation>
    </message>
    <message>
        <source>session record</source>
        <translation>心理辅导记录</translation>
    </message>
    <message>
        <source>whole case</source>
        <translation>个案全程记录</translation>
    </message>
    <message>
        <source>assessment report</source>
        <translation>心理测评报告</translation>
    </message>
    <message>
        <source>monthly station report</source>
        <translation>服务站月度工作报告</translation>
    </message>
    <message>
        <source>blank paper forms</source>
        <translation>空白纸质表单</translation>
    </message>
    <message>
        <source>inspection registers</source>
        <translation>工作台账</translation>
    </message>
    <message>
        <source>tier self-check</source>
        <translation>等级自查表</translation>
    </message>
    <message>
        <source>station regimes</source>
        <translation>工作制度</translation>
    </message>
    <message>
        <source>safety plan</source>
        <translation>安全计划</translation>
    </message>
    <message>
        <source>PREVIEW (not numbered)</source>
        <translation>PREVIEW（预览，未编号）</translation>
    </message>
    <message>
        <source>document printed</source>
        <translation>打印文件</translation>
    </message>
    <message>
        <source>document saved as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>print preview shown</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>print or save did not complete</source>
        <translation>打印或保存未完成</translation>
    </message>
    <message>
        <source>print refused (not permitted)</source>
        <translation>打印被拒绝（无权限）</translation>
    </message>
    <message>
        <source>form</source>
        <translation>表单</translation>
    </message>
    <message>
        <source>register</source>
        <translation>台账</translation>
    </message>
    <message>
        <source>regime</source>
        <translation>制度</translation>
    </message>
    <message>
        <source>(not filled in)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>File {file_no}</source>
        <translation>档案编号 {file_no}</translation>
    </message>
</context>
<context>
    <name>reports.assessment</name>
    <message>
        <source>by the counsellor</source>
        <translation>咨询师施测</translation>
    </message>
    <message>
        <source>self-completed</source>
        <translation>自助填写</translation>
    </message>
    <message>
        <source>anonymous screening</source>
        <translation>匿名筛查</translation>
    </message>
    <message>
        <source>Assessment report</source>
        <translation>心理测评报告</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>分级</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>施测人</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>风险提示</translation>
    </message>
    <message>
        <source>higher means more distress</source>
        <translation>分数越高，困扰越重</translation>
    </message>
    <message>
        <source>higher means better</source>
        <translation>分数越高，状态越好</translation>
    </message>
    <message>
        <source>Across: date given    Up: score ({direction}); dashed lines mark the bands</source>
        <translation>横轴：施测日期&#x3000;纵轴：得分（{direction}）；虚线为分级界值</translation>
    </message>
    <message>
        <source>Assessed once: no trend yet.</source>
        <translation>仅一次测评，尚无变化趋势。</translation>
    </message>
    <message>
        <source>First {first:g}, latest {last:g}: no change.</source>
        <translation>首次 {first:g} 分，最近 {last:g} 分，无变化。</translation>
    </message>
    <message>
        <source>First {first:g}, latest {last:g}: {delta:+g} (better).</source>
        <translation>首次 {first:g} 分，最近 {last:g} 分，变化 {delta:+g} 分（好转）。</translation>
    </message>
    <message>
        <source>First {first:g}, latest {last:g}: {delta:+g} (worse).</source>
        <translation>首次 {first:g} 分，最近 {last:g} 分，变化 {delta:+g} 分（加重）。</translation>
    </message>
    <message>
        <source>No assessment in this file yet.</source>
        <translation>该档案尚无测评记录。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Score range</source>
        <translation>分数范围</translation>
    </message>
    <message>
        <source>Note: instrument results are for screening and to guide counselling; they are no psychiatric diagnosis. Where an alert shows, the counsellor assesses in person and follows the crisis procedure.</source>
        <translation>说明：量表结果仅作筛查和辅导参考，不能替代精神科诊断。出现风险提示时，应由咨询师当面评估并按危机干预流程处理。</translation>
    </message>
</context>
<context>
    <name>reports.page</name>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>机密</translation>
    </message>
    <message>
        <source>Page {page} of {total}</source>
        <translation>第 {page} 页 / 共 {total} 页</translation>
    </message>
    <message>
        <source>Document {number}</source>
        <translation>文件编号 {number}</translation>
    </message>
    <message>
        <source>Printed by {who} {when}</source>
        <translation>打印：{who} {when}</translation>
    </message>
    <message>
        <source>Contains sensitive personal information: authorised staff only; do not copy or pass on; keep locked away or shred after use.</source>
        <translation>本文件含个人敏感信息，仅限授权人员查阅，不得复印、外传；用后请锁柜保存或碎纸销毁。</translation>
    </message>
</context>
<context>
    <name>reports.safety</name>
    <message>
        <source>My safety plan</source>
        <translation>我的安全计划</translation>
    </message>
    <message>
        <source>Step 1  {section}</source>
        <translation>第一步&#x3000;{section}</translation>
    </message>
    <message>
        <source>Step 2  {section}</source>
        <translation>第二步&#x3000;{section}</translation>
    </message>
    <message>
        <source>Step 3  {section}</source>
        <translation>第三步&#x3000;{section}</translation>
    </message>
    <message>
        <source>Step 4  {section}</source>
        <translation>第四步&#x3000;{section}</translation>
    </message>
    <message>
        <source>Step 5  {section}</source>
        <translation>第五步&#x3000;{section}</translation>
    </message>
    <message>
        <source>When I notice these thoughts, feelings or behaviours, it is time to use this plan:</source>
        <translation>当我出现这些想法、感受或行为时，说明我需要用这份计划了：</translation>
    </message>
    <message>
        <source>Things I can do on my own to calm down and take my mind off it:</source>
        <translation>我自己可以先做这些事，让自己平静下来、转移注意力：</translation>
    </message>
    <message>
        <source>People I can contact, or places I can go, so I am not alone:</source>
        <translation>我可以联系这些人，或去这些地方，让自己不独处：</translation>
    </message>
    <message>
        <source>When I need professional help, I can contact:</source>
        <translation>需要专业帮助时，我可以联系：</translation>
    </message>
    <message>
        <source>To make my surroundings safer, I will:</source>
        <translation>为了让身边环境更安全，我会这样做：</translation>
    </message>
    <message>
        <source>{name}    Written on {date}    with {counsellor}</source>
        <translation>{name}&#x3000;&#x3000;制定日期：{date}&#x3000;&#x3000;与 {counsellor} 一起制定</translation>
    </message>
    <message>
        <source>the counsellor</source>
        <translation>咨询师</translation>
    </message>
    <message>
        <source>When it feels too much, start at step 1 and go on step by step.</source>
        <translation>感觉难以承受时，请从第一步开始，一步一步往下做。</translation>
    </message>
    <message>
        <source>If you are in danger right now, call 110 or 120, or go straight to the nearest hospital emergency department.</source>
        <translation>如果有立即的危险，请拨打 110 或 120，或直接去最近的医院急诊。</translation>
    </message>
</context>
<context>
    <name>selftest</name>
    <message>
        <source>frozen build</source>
        <translation>安装版（冻结程序）</translation>
    </message>
    <message>
        <source>source</source>
        <translation>源码</translation>
    </message>
    <message>
        <source>a layer of the app is missing: {name}</source>
        <translation>程序缺少一层：{name}</translation>
    </message>
    <message>
        <source>a layer of the app is missing: station_desk.cli</source>
        <translation>程序缺少一层：station_desk.cli</translation>
    </message>
    <message>
        <source>storage, domain, reports, export, ui, cli and tools are all present</source>
        <translation>存储、领域、报表、导出、界面、命令行与工具各层齐全</translation>
    </message>
    <message>
        <source>missing from the bundle: </source>
        <translation>安装包缺少：</translation>
    </message>
    <message>
        <source>storage/schema/*.sql is missing from the bundle</source>
        <translation>安装包缺少数据库结构文件 storage/schema/*.sql</translation>
    </message>
    <message>
        <source>no instruments in seeds/</source>
        <translation>seeds/instruments/ 中没有量表</translation>
    </message>
    <message>
        <source>no compiled translations (.qm) in the bundle</source>
        <translation>安装包中没有编译好的翻译（.qm）</translation>
    </message>
    <message>
        <source>(not compiled)</source>
        <translation>（未编译）</translation>
    </message>
    <message>
        <source>data at {root}: {schemas} schema files, instruments {instruments}, translations {compiled}</source>
        <translation>数据目录 {root}：{schemas} 个数据库结构文件，量表 {instruments}，翻译 {compiled}</translation>
    </message>
    <message>
        <source>sqlcipher3 loaded a SQLite without encryption</source>
        <translation>sqlcipher3 加载的是不带加密的 SQLite</translation>
    </message>
    <message>
        <source>demo data incomplete: {counts}</source>
        <translation>演示数据不完整：{counts}</translation>
    </message>
    <message>
        <source>{vault}: {users} accounts, {clients} files, {sessions} sessions (fictitious)</source>
        <translation>{vault}：{users} 个账户、{clients} 份档案、{sessions} 次辅导记录（虚构数据）</translation>
    </message>
    <message>
        <source>signed in as the demo admin {username} (Argon2id key slot)</source>
        <translation>以演示站长 {username} 登录（Argon2id 密钥槽解锁）</translation>
    </message>
    <message>
        <source>all pages sound, audit chain of {audit_entries} entries intact</source>
        <translation>数据库页面完好，审计链 {audit_entries} 条完整</translation>
    </message>
    <message>
        <source>encrypted backup {name} ({kib} KiB) written and verified</source>
        <translation>加密备份 {name}（{kib} KiB）已写入并通过校验</translation>
    </message>
    <message>
        <source>{what} is not a PDF</source>
        <translation>{what} 不是 PDF</translation>
    </message>
    <message>
        <source>{what} embeds no TrueType font (Chinese would not print)</source>
        <translation>{what} 没有嵌入 TrueType 字体（中文将无法显示）</translation>
    </message>
    <message>
        <source>{what}: {kib} KiB, Chinese font subset embedded</source>
        <translation>{what}：{kib} KiB，已嵌入中文字体子集</translation>
    </message>
    <message>
        <source>station_desk.reports &apos;{title}&apos;, {pages} page(s), no. {doc_number}</source>
        <translation>station_desk.reports「{title}」{pages} 页，编号 {doc_number}</translation>
    </message>
    <message>
        <source>anonymous statistics package for {month}: {name} ({size} KiB, {tables} tables, signed)</source>
        <translation>{month} 匿名统计包 {name}（{size} KiB，{tables} 张表，已签名）</translation>
    </message>
    <message>
        <source>the package failed the union&apos;s checks: {reason}</source>
        <translation>导出包校验失败：{reason}</translation>
    </message>
    <message>
        <source>passed the union&apos;s checks: signature, manifest and {n_tables} tables</source>
        <translation>按市总工会的方式校验通过：签名、清单和 {n_tables} 张表</translation>
    </message>
    <message>
        <source>Qt&apos;s qtbase_zh_CN.qm did not load (&apos;Cancel&apos; is not &apos;{expected}&apos;)</source>
        <translation>Qt 自带的中文翻译 qtbase_zh_CN.qm 未加载（“Cancel” 未译为“{expected}”）</translation>
    </message>
    <message>
        <source>Qt cannot load the bundled font</source>
        <translation>Qt 无法载入随附字体</translation>
    </message>
    <message>
        <source>Qt {qt_version} (offscreen), {n_translators} translators installed (incl. qtbase_zh_CN), font {font}</source>
        <translation>Qt {qt_version}（offscreen），{n_translators} 个翻译已安装（含 qtbase_zh_CN），字体 {font}</translation>
    </message>
    <message>
        <source>page 1 of the PDF did not render</source>
        <translation>PDF 第 1 页无法渲染</translation>
    </message>
    <message>
        <source>page 1 of the PDF rendered blank</source>
        <translation>PDF 第 1 页渲染为空白</translation>
    </message>
    <message>
        <source>pdfium rendered page 1 of {count} ({width}×{height})</source>
        <translation>pdfium 渲染了 {count} 页中的第 1 页（{width}×{height}）</translation>
    </message>
    <message>
        <source>the About dialog shows no version</source>
        <translation>“关于”对话框没有显示版本号</translation>
    </message>
    <message>
        <source>About dialog</source>
        <translation>“关于”对话框</translation>
    </message>
    <message>
        <source>the main window did not paint</source>
        <translation>主窗口无法绘制</translation>
    </message>
    <message>
        <source>main window ({width}×{height})</source>
        <translation>主窗口（{width}×{height}）</translation>
    </message>
    <message>
        <source>built and painted offscreen: </source>
        <translation>已在屏幕外构建并绘制：</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>运行环境</translation>
    </message>
    <message>
        <source>layers of the app</source>
        <translation>程序各层</translation>
    </message>
    <message>
        <source>bundled data</source>
        <translation>随附数据</translation>
    </message>
    <message>
        <source>native crypto libraries</source>
        <translation>加密原生库</translation>
    </message>
    <message>
        <source>create a demo vault</source>
        <translation>创建演示保险库</translation>
    </message>
    <message>
        <source>sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>verify the vault</source>
        <translation>完整性校验</translation>
    </message>
    <message>
        <source>back up and check the backup</source>
        <translation>备份与校验</translation>
    </message>
    <message>
        <source>render a PDF</source>
        <translation>生成 PDF</translation>
    </message>
    <message>
        <source>build an export package</source>
        <translation>生成导出包</translation>
    </message>
    <message>
        <source>verify the export package</source>
        <translation>校验导出包</translation>
    </message>
    <message>
        <source>Qt runtime</source>
        <translation>界面组件</translation>
    </message>
    <message>
        <source>print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>windows</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Station Desk {version} self-test (temporary folder {work})</source>
        <translation>Station Desk {version} 自检开始（临时目录 {work}）</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>: </source>
        <translation>：</translation>
    </message>
    <message>
        <source>temporary folder kept: {work}</source>
        <translation>临时目录已保留：{work}</translation>
    </message>
    <message>
        <source>Self-test FAILED at {key}: {detail} ({total:.1f} s)</source>
        <translation>自检失败：{key} — {detail}（用时 {total:.1f} 秒）</translation>
    </message>
    <message>
        <source>Self-test passed: {passed} passed, {total:.1f} s.</source>
        <translation>自检通过：{passed} 项全部通过，用时 {total:.1f} 秒。</translation>
    </message>
</context>
<context>
    <name>storage</name>
    <message>
        <source>the recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>have an admin sign in and make a new recovery key</source>
        <translation>由站长登录后重新生成恢复密钥</translation>
    </message>
    <message>
        <source>account {user}</source>
        <translation>账户 {user} </translation>
    </message>
    <message>
        <source>sign in with the recovery key or another admin&apos;s account and reset this account&apos;s password</source>
        <translation>用恢复密钥或另一位站长的账户登录，重设该账户的密码</translation>
    </message>
</context>
<context>
    <name>subject_copy</name>
    <message>
        <source>all assessments</source>
        <translation>全部心理测评</translation>
    </message>
    <message>
        <source>all follow-ups</source>
        <translation>全部回访</translation>
    </message>
    <message>
        <source>all crisis interventions</source>
        <translation>全部危机干预</translation>
    </message>
    <message>
        <source>all referrals</source>
        <translation>全部转介</translation>
    </message>
    <message>
        <source>corrections of registration details</source>
        <translation>登记信息更正记录</translation>
    </message>
    <message>
        <source>all appointments</source>
        <translation>全部预约</translation>
    </message>
    <message>
        <source>all satisfaction ratings</source>
        <translation>全部满意度评价</translation>
    </message>
    <message>
        <source>restricted content sealed to its author, which the producer of this copy cannot open; the admin can include it in a copy made with the recovery key (the key in the safe) typed in</source>
        <translation>高度保密内容，已加密封存给其撰写人，本副本的制作人无法打开；可由站长凭恢复密钥（保险柜中的钥匙）打开档案后另行制作副本纳入</translation>
    </message>
    <message>
        <source>session record {number} ({day})</source>
        <translation>第 {number} 次辅导记录（{day}）</translation>
    </message>
    <message>
        <source>the {section} of session record {number}</source>
        <translation>第 {number} 次辅导记录的“{section}”</translation>
    </message>
    <message>
        <source>addendum {i} of session record {number}</source>
        <translation>第 {number} 次辅导记录的附注 {i}</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>心理测评</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>crisis intervention</source>
        <translation>危机干预</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>转介</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>registration details (fields not recorded)</source>
        <translation>登记信息（未记录具体字段）</translation>
    </message>
</context>
<context>
    <name>tier</name>
    <message>
        <source>duty shift added</source>
        <translation>排班</translation>
    </message>
    <message>
        <source>duty shift removed</source>
        <translation>删除排班</translation>
    </message>
    <message>
        <source>duty date</source>
        <translation>值班日期</translation>
    </message>
    <message>
        <source>weeks to repeat</source>
        <translation>重复周数</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>心理热线</translation>
    </message>
    <message>
        <source>shift {shift_id}</source>
        <translation>排班 {shift_id}</translation>
    </message>
    <message>
        <source>Service workflow</source>
        <translation>服务工作流程</translation>
    </message>
    <message>
        <source>Staff duties</source>
        <translation>服务人员岗位职责</translation>
    </message>
    <message>
        <source>File confidentiality regime</source>
        <translation>档案资料保密制度</translation>
    </message>
    <message>
        <source>Satisfaction evaluation</source>
        <translation>满意度评价机制</translation>
    </message>
    <message>
        <source>regime adopted (new version)</source>
        <translation>通过制度（新版本）</translation>
    </message>
    <message>
        <source>regime acknowledged</source>
        <translation>确认已阅读制度</translation>
    </message>
    <message>
        <source>regime {regime_id}</source>
        <translation>制度 {regime_id}</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>change note</source>
        <translation>修订说明</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>已达到</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>未达到</translation>
    </message>
    <message>
        <source>Not yet evidenced</source>
        <translation>尚无佐证</translation>
    </message>
    <message>
        <source>tier self-check item answered</source>
        <translation>回答等级自查项</translation>
    </message>
    <message>
        <source>tier self-check taken</source>
        <translation>进行等级自查</translation>
    </message>
    <message>
        <source> ({first})</source>
        <translation>（{first}）</translation>
    </message>
    <message>
        <source> ({first} to {last})</source>
        <translation>（{first} 至 {last}）</translation>
    </message>
    <message>
        <source>{what}: none recorded</source>
        <translation>{what}：无记录</translation>
    </message>
    <message>
        <source>No {what} recorded in the period.</source>
        <translation>近期没有{what}的记录。</translation>
    </message>
    <message>
        <source>{what} in only {have} of {months} months, fewer than half.</source>
        <translation>{what}只出现在 {have} 个月，少于所查 {months} 个月的一半。</translation>
    </message>
    <message>
        <source>No {what} in the last three months (last on {last}).</source>
        <translation>最近三个月没有{what}（最后一次 {last}）。</translation>
    </message>
    <message>
        <source>{what} recorded regularly ({have} of {months} months).</source>
        <translation>{what}持续有记录（{have}/{months} 个月）。</translation>
    </message>
    <message>
        <source>session records</source>
        <translation>辅导记录</translation>
    </message>
    <message>
        <source>bookings</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>duty shifts</source>
        <translation>值班</translation>
    </message>
    <message>
        <source>files registered</source>
        <translation>接待登记</translation>
    </message>
    <message>
        <source>{room}: no recorded use</source>
        <translation>{room}：无使用记录</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{room}: used {count} times ({uses}){span}</source>
        <translation>{room}：使用 {count} 次（{uses}）{span}</translation>
    </message>
    <message>
        <source>No recorded use of: {rooms}.</source>
        <translation>记录中没有使用{rooms}的情况。</translation>
    </message>
    <message>
        <source>Every room shows recorded use.</source>
        <translation>各功能室在记录中均有使用。</translation>
    </message>
    <message>
        <source>Last {days} days: {shifts} shifts by {people} staff, on {covered} days{span}</source>
        <translation>近 {days} 天值班 {shifts} 班，{people} 人参与，覆盖 {covered} 天{span}</translation>
    </message>
    <message>
        <source>Next 7 days: {upcoming} shift(s) on the roster</source>
        <translation>未来 7 天已排 {upcoming} 班</translation>
    </message>
    <message>
        <source>The duty roster is empty.</source>
        <translation>值班表中没有排班。</translation>
    </message>
    <message>
        <source>{n_empty} week(s) with nobody on duty (e.g. the week from {first}).</source>
        <translation>有 {n_empty} 周无人值班（自 {first} 起的一周等）。</translation>
    </message>
    <message>
        <source>Nobody is on the roster for the coming week.</source>
        <translation>未来一周没有排班。</translation>
    </message>
    <message>
        <source>Someone was on duty every week, and the coming week is covered.</source>
        <translation>每周都有人值班，下周也已排班。</translation>
    </message>
    <message>
        <source>Weekdays with someone on duty: {covered} of {n_days}</source>
        <translation>工作日有人值班：{covered}/{n_days} 天</translation>
    </message>
    <message>
        <source>No shifts on the roster in the last four weeks.</source>
        <translation>近四周值班表中没有排班。</translation>
    </message>
    <message>
        <source>Only {pct} of weekdays had someone on duty (at least {bar}% expected).</source>
        <translation>只有 {pct} 的工作日有人值班（应不少于 {bar}%）。</translation>
    </message>
    <message>
        <source>Almost every weekday had someone on duty.</source>
        <translation>工作日基本都有人值班。</translation>
    </message>
    <message>
        <source>{regime}: not adopted</source>
        <translation>《{regime}》：尚未制定</translation>
    </message>
    <message>
        <source>The {regime} has not been adopted in the app.</source>
        <translation>尚未在系统中制定《{regime}》。</translation>
    </message>
    <message>
        <source>“{title}” version {version}, adopted {day} by {adopted_name}</source>
        <translation>《{title}》第 {version} 版，{day} 由 {adopted_name} 通过</translation>
    </message>
    <message>
        <source>The {regime} is adopted.</source>
        <translation>《{regime}》已制定。</translation>
    </message>
    <message>
        <source>{n_adopted} regime(s) adopted.</source>
        <translation>已制定 {n_adopted} 项制度。</translation>
    </message>
    <message>
        <source>No regime adopted in the app yet.</source>
        <translation>尚未在系统中制定任何制度。</translation>
    </message>
    <message>
        <source> (the first {before} checked before)</source>
        <translation>（前 {before} 条已在此前的检查中核对）</translation>
    </message>
    <message>
        <source>Audit trail: {total} entries, chain intact{checked}; {entries} in the period</source>
        <translation>审计日志共 {total} 条，链条完整{checked}；所查期间 {entries} 条</translation>
    </message>
    <message>
        <source>Data are encrypted and every access is on an intact audit trail.</source>
        <translation>数据加密保存，访问全程留痕且审计链完整。</translation>
    </message>
    <message>
        <source>Audit trail broken at entry {first_broken}</source>
        <translation>审计日志在第 {first_broken} 条处断裂</translation>
    </message>
    <message>
        <source>The audit trail is broken at entry {first_broken}; run verify.</source>
        <translation>审计日志在第 {first_broken} 条处断裂，请运行 verify 检查。</translation>
    </message>
    <message>
        <source>Current confidentiality regime acknowledged by {done} of {n_acks} active accounts</source>
        <translation>现行保密制度已确认：{done}/{n_acks} 个在用账户</translation>
    </message>
    <message>
        <source>{count} account(s) have not acknowledged the current regime: {names}.</source>
        <translation>{count} 个账户尚未确认现行保密制度：{names}。</translation>
    </message>
    <message>
        <source>Last {period} days: {registered} files registered, {seen} seen, {within} within {days} days (median {median} days); {waiting} waiting longer</source>
        <translation>近 {period} 天登记 {registered} 份档案，{seen} 份已首次辅导，其中 {within} 份在 {days} 天内（中位 {median} 天）；{waiting} 份超过 {days} 天仍未辅导</translation>
    </message>
    <message>
        <source>{opened} crises; {due} 24-hour follow-ups due, {on_time} on time</source>
        <translation>危机 {opened} 起，24 小时回访到期 {due} 次，按时 {on_time} 次</translation>
    </message>
    <message>
        <source>{late} 24-hour follow-up(s) were late or missed.</source>
        <translation>{late} 次 24 小时回访未按时完成。</translation>
    </message>
    <message>
        <source>Every active account acknowledged the current regime.</source>
        <translation>所有在用账户都已确认现行保密制度。</translation>
    </message>
    <message>
        <source>No recently registered visitors to judge by.</source>
        <translation>近期没有新登记的来访者可供判断。</translation>
    </message>
    <message>
        <source>Only {pct} of visitors were seen within {days} days of registering.</source>
        <translation>只有 {pct} 的来访者在登记后 {days} 天内得到首次辅导。</translation>
    </message>
    <message>
        <source>{pct} of visitors were seen within {days} days.</source>
        <translation>{pct} 的来访者在 {days} 天内得到首次辅导。</translation>
    </message>
    <message>
        <source>{value} crisis follow-up(s) missed the 24 hours.</source>
        <translation>{value} 次危机 24 小时回访未按时完成。</translation>
    </message>
    <message>
        <source>Education activities</source>
        <translation>宣传教育活动</translation>
    </message>
    <message>
        <source>{fact}, {attendees} attendances</source>
        <translation>{fact}，参加 {attendees} 人次</translation>
    </message>
    <message>
        <source>education activities</source>
        <translation>宣传教育活动</translation>
    </message>
    <message>
        <source>Hotline calls</source>
        <translation>热线来电</translation>
    </message>
    <message>
        <source>hotline calls</source>
        <translation>热线来电</translation>
    </message>
    <message>
        <source>Hotline shifts: {hotline_shifts} in the last four weeks, {upcoming_hotline} in the next 7 days</source>
        <translation>近四周热线值班 {hotline_shifts} 班，未来 7 天 {upcoming_hotline} 班</translation>
    </message>
    <message>
        <source>No hotline duty on the roster.</source>
        <translation>值班表中没有热线值班。</translation>
    </message>
    <message>
        <source>The hotline is staffed on the roster.</source>
        <translation>热线有人值班。</translation>
    </message>
    <message>
        <source>{opened} crisis interventions ({closed} closed); {due} 24-hour follow-ups due, {on_time} on time{span}</source>
        <translation>危机干预 {opened} 起（已解除 {closed} 起），24 小时回访到期 {due} 次、按时 {on_time} 次{span}</translation>
    </message>
    <message>
        <source>No crisis intervention recorded in the period.</source>
        <translation>所查期间没有危机干预记录。</translation>
    </message>
    <message>
        <source>Crisis interventions are recorded; the 24-hour follow-up is not yet due.</source>
        <translation>有危机干预记录，24 小时回访尚未到期。</translation>
    </message>
    <message>
        <source>Every crisis had its 24-hour follow-up on time.</source>
        <translation>每起危机都按时完成了 24 小时回访。</translation>
    </message>
    <message>
        <source>{total} session records, {signed} signed; {stale} unsigned for over 7 days, {awaiting} awaiting co-signature for over 7 days{span}</source>
        <translation>辅导记录 {total} 份，已签署 {signed} 份；超过 7 天未签署 {stale} 份，超过 7 天待督导会签 {awaiting} 份{span}</translation>
    </message>
    <message>
        <source>No session records in the period.</source>
        <translation>所查期间没有辅导记录。</translation>
    </message>
    <message>
        <source>{stale_drafts} records are still unsigned after 7 days.</source>
        <translation>有 {stale_drafts} 份记录超过 7 天仍未签署。</translation>
    </message>
    <message>
        <source>Session records are signed on time.</source>
        <translation>辅导记录按时签署，汇集成册。</translation>
    </message>
    <message>
        <source>{served} files with sessions in the period, {with_consent} with a recorded informed consent</source>
        <translation>所查期间有辅导的档案 {served} 份，其中有知情同意记录 {with_consent} 份</translation>
    </message>
    <message>
        <source>No file had a session in the period.</source>
        <translation>所查期间没有为职工提供辅导的档案。</translation>
    </message>
    <message>
        <source>{value} files lack a recorded informed consent.</source>
        <translation>{value} 份档案缺少知情同意记录。</translation>
    </message>
    <message>
        <source>Workers served have files with informed consent.</source>
        <translation>接受服务的职工都建立了档案并记录了知情同意。</translation>
    </message>
    <message>
        <source>{closed} cases closed, {rated} rated ({pct}); {ratings} ratings in the period, overall mean {mean}</source>
        <translation>结案 {closed} 个，其中 {rated} 个有满意度评价（{pct}）；所查期间评价 {ratings} 份，总体平均 {mean} 分</translation>
    </message>
    <message>
        <source>No case was closed in the period.</source>
        <translation>所查期间没有结案个案。</translation>
    </message>
    <message>
        <source>Only {pct} of closed cases were rated (at least {round}% expected).</source>
        <translation>只有 {pct} 的结案个案有满意度评价（应不少于 {round}%）。</translation>
    </message>
    <message>
        <source>{pct} of closed cases were rated.</source>
        <translation>{pct} 的结案个案有满意度评价。</translation>
    </message>
    <message>
        <source>{held} survey campaign(s), {with_screenings} with screenings, {screenings} screenings in all</source>
        <translation>心理健康状况调查 {held} 次，其中 {with_screenings} 次有筛查记录，共 {screenings} 人次</translation>
    </message>
    <message>
        <source>Anonymous screenings</source>
        <translation>匿名心理筛查</translation>
    </message>
    <message>
        <source>{with_screenings} survey campaign(s) with screenings recorded.</source>
        <translation>开展了 {with_screenings} 次有筛查记录的心理健康状况调查。</translation>
    </message>
    <message>
        <source>worker screenings</source>
        <translation>职工心理状况筛查</translation>
    </message>
    <message>
        <source>{ended_empty} campaign(s) ended without a screening recorded.</source>
        <translation>{ended_empty} 次调查已结束却没有任何筛查记录。</translation>
    </message>
    <message>
        <source>{packages} statistics packages for the union ({periods}), in {have} of {quarters} quarters{span}</source>
        <translation>向总工会报送统计包 {packages} 次（涉及 {periods}），覆盖 {have}/{quarters} 个季度{span}</translation>
    </message>
    <message>
        <source>analysis reports</source>
        <translation>分析报告</translation>
    </message>
    <message>
        <source>survey reports</source>
        <translation>调查报告</translation>
    </message>
    <message>
        <source>{made} {what} printed or saved{span}</source>
        <translation>打印或保存{what} {made} 份{span}</translation>
    </message>
    <message>
        <source>No statistics package was made for the union in the period.</source>
        <translation>所查期间没有向总工会报送过统计包。</translation>
    </message>
    <message>
        <source>Packages in only {have} of {n_quarters} quarters, fewer than half.</source>
        <translation>只有 {have} 个季度报送过统计包，少于所查 {n_quarters} 个季度的一半。</translation>
    </message>
    <message>
        <source>Analyses go to the union regularly.</source>
        <translation>定期向总工会报送统计分析。</translation>
    </message>
    <message>
        <source>Room use</source>
        <translation>功能室使用</translation>
    </message>
    <message>
        <source>In-person sessions</source>
        <translation>面询辅导</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>心理测评</translation>
    </message>
    <message>
        <source>Online sessions</source>
        <translation>线上服务</translation>
    </message>
    <message>
        <source>To be checked on site and answered by the admin.</source>
        <translation>需由站长现场核查后回答。</translation>
    </message>
    <message>
        <source>Last answered on {day}, over a year ago; check again.</source>
        <translation>上次回答在 {day}，已超过一年，请重新核查。</translation>
    </message>
    <message>
        <source>Confirmed on {day} by {answered_name}.</source>
        <translation>{day} 经 {answered_name} 核查确认。</translation>
    </message>
    <message>
        <source>Checked on {day} by {answered_name}: not met.</source>
        <translation>{day} 经 {answered_name} 核查：未达到。</translation>
    </message>
    <message>
        <source>self-check {check_id}</source>
        <translation>自查 {check_id}</translation>
    </message>
</context>
<context>
    <name>tier.attendances</name>
    <message>
        <source>{what}: {count}, in {have} of {months} months{span}</source>
        <translation>{what} {count} 人次，所查 {months} 个月中有 {have} 个月有记录{span}</translation>
    </message>
</context>
<context>
    <name>tier.events</name>
    <message>
        <source>{what}: {count}, in {have} of {months} months{span}</source>
        <translation>{what} {count} 场，所查 {months} 个月中有 {have} 个月有记录{span}</translation>
    </message>
</context>
<context>
    <name>tier.times</name>
    <message>
        <source>{what}: {count}, in {have} of {months} months{span}</source>
        <translation>{what} {count} 次，所查 {months} 个月中有 {have} 个月有记录{span}</translation>
    </message>
</context>
<context>
    <name>tools</name>
    <message>
        <source>DEMO-0001</source>
        <translation>示例市总工会职工心理健康服务站（演示）</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>心理健康活动</translation>
    </message>
</context>
</TS>
