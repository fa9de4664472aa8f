<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountabilityReport</name>
    <message>
        <source>Give both ends of the period as dates written YYYY-MM-DD.</source>
        <translation>请以 YYYY-MM-DD 格式给出期间的起止日期。</translation>
    </message>
    <message>
        <source>The period starts on %1, after its end %2.</source>
        <translation>期间起始日 %1 晚于截止日 %2。</translation>
    </message>
    <message>
        <source>(organ %1 not recorded)</source>
        <translation>（未记录机关 %1）</translation>
    </message>
    <message>
        <source>The measure is stored with an unknown use &quot;%1&quot; or severity &quot;%2&quot;.</source>
        <translation>该惩戒措施存储的用途“%1”或失信程度“%2”无法识别。</translation>
    </message>
    <message>
        <source>The cases cannot be read for the accountability report</source>
        <translation>无法读取案件以生成责任追究报告</translation>
    </message>
</context>
<context>
    <name>AttachmentStore</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 is empty; attach the scanned paper itself.</source>
        <translation>文件 %1 为空；请附上纸质材料本身的扫描件。</translation>
    </message>
    <message>
        <source>There is no attachment %1 in this vault.</source>
        <translation>本保险库中没有附件 %1。</translation>
    </message>
    <message>
        <source>The attached papers could not be read or written</source>
        <translation>无法读取或写入附件材料</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The audit log cannot be read: %1</source>
        <translation>无法读取审计日志：%1</translation>
    </message>
    <message>
        <source>The audit entry could not be written: %1</source>
        <translation>无法写入审计记录：%1</translation>
    </message>
    <message>
        <source>The audit head could not be recorded: %1</source>
        <translation>无法记录审计链的链头：%1</translation>
    </message>
    <message>
        <source>Entry %1 is missing: the chain jumps from %2 to %3.</source>
        <translation>缺少第 %1 条记录：审计链从第 %2 条直接跳到了第 %3 条。</translation>
    </message>
    <message>
        <source>Entry %1 does not follow entry %2: its link to the previous hash is broken.</source>
        <translation>第 %1 条记录未接续第 %2 条记录：它与前一条记录哈希值的链接已断开。</translation>
    </message>
    <message>
        <source>The content of entry %1 was changed after it was written.</source>
        <translation>第 %1 条记录的内容在写入后被更改过。</translation>
    </message>
    <message>
        <source>Entry %1 was changed after it was written (its hash does not match).</source>
        <translation>第 %1 条记录在写入后被更改过（其哈希值不符）。</translation>
    </message>
    <message>
        <source>The log ends at entry %1 but %2 entries were written: entries were removed from the end.</source>
        <translation>日志止于第 %1 条记录，但实际已写入 %2 条：末尾的记录已被删除。</translation>
    </message>
    <message>
        <source>The record of the last audit entry is missing.</source>
        <translation>缺少对最后一条审计记录的登记。</translation>
    </message>
</context>
<context>
    <name>AuditService</name>
    <message>
        <source>Only auditors and administrators may read the audit log; %1 is a %2.</source>
        <translation>只有审计员和管理员可以查看审计日志；%1 的角色是%2。</translation>
    </message>
    <message>
        <source>Only auditors and administrators may read the inquiry register; %1 is a %2.</source>
        <translation>只有审计员和管理员可以查看查询登记簿；%1 的角色是%2。</translation>
    </message>
    <message>
        <source>Only an auditor may flag entries of the inquiry register; %1 is a %2.</source>
        <translation>只有审计员可以标记查询登记簿中的条目；%1 的角色是%2。</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>被拒绝：%1</translation>
    </message>
    <message>
        <source>Opened the case file</source>
        <translation>查阅案卷</translation>
    </message>
    <message>
        <source>Inquiry registered (who read the record and why)</source>
        <translation>登记查询（查询人及事由）</translation>
    </message>
    <message>
        <source>Printed a document</source>
        <translation>打印文书</translation>
    </message>
    <message>
        <source>Printing a document failed</source>
        <translation>文书打印失败</translation>
    </message>
    <message>
        <source>Issued a document (numbered and stored as served)</source>
        <translation>制发文书（编号并按送达文本存档）</translation>
    </message>
    <message>
        <source>Printed a copy of a document</source>
        <translation>打印文书副本</translation>
    </message>
    <message>
        <source>Recorded the credit record</source>
        <translation>登记信用记录</translation>
    </message>
    <message>
        <source>A deadline moved with the holiday schedule</source>
        <translation>期限随节假日安排调整</translation>
    </message>
</context>
<context>
    <name>AuthorityLevel</name>
    <message>
        <source>township level</source>
        <translation>乡镇级</translation>
    </message>
    <message>
        <source>county level</source>
        <translation>县级</translation>
    </message>
    <message>
        <source>municipal level</source>
        <translation>市级</translation>
    </message>
    <message>
        <source>provincial level</source>
        <translation>省级</translation>
    </message>
    <message>
        <source>national level</source>
        <translation>国家级</translation>
    </message>
</context>
<context>
    <name>BackupFile</name>
    <message>
        <source>%1 is not a CreditCase backup, or it is damaged.</source>
        <translation>%1 不是本软件的备份文件，或已损坏。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of CreditCase (backup format %2).</source>
        <translation>%1 由更高版本的本软件写入（备份格式 %2）。</translation>
    </message>
    <message>
        <source>The backup file %1 does not exist.</source>
        <translation>备份文件 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot read the backup file %1: %2</source>
        <translation>无法读取备份文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>BasisDocumentKind</name>
    <message>
        <source>effective judicial ruling</source>
        <translation>司法裁判文书</translation>
    </message>
    <message>
        <source>arbitral award</source>
        <translation>仲裁裁决书</translation>
    </message>
    <message>
        <source>administrative penalty decision</source>
        <translation>行政处罚决定书</translation>
    </message>
    <message>
        <source>administrative ruling decision</source>
        <translation>行政裁决决定书</translation>
    </message>
    <message>
        <source>document made a basis by a law, regulation or State Council decision</source>
        <translation>法律、法规或者国务院决定规定可作为依据的文书</translation>
    </message>
    <message>
        <source>inspection record</source>
        <translation>检查记录</translation>
    </message>
    <message>
        <source>complaint or report</source>
        <translation>投诉举报材料</translation>
    </message>
    <message>
        <source>media report</source>
        <translation>媒体报道</translation>
    </message>
</context>
<context>
    <name>CaseDisplay</name>
    <message>
        <source>due today</source>
        <translation>今日到期</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>剩余 %n 个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calendar day(s) left</source>
        <translation>
            <numerusform>剩余 %n 个自然日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n working day(s)</source>
        <translation>
            <numerusform>逾期 %n 个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n calendar day(s)</source>
        <translation>
            <numerusform>逾期 %n 个自然日</numerusform>
        </translation>
    </message>
    <message>
        <source> (provisional)</source>
        <translation>（暂定）</translation>
    </message>
</context>
<context>
    <name>CaseQueryRunner</name>
    <message>
        <source>The case list could not be read</source>
        <translation>无法读取案件列表</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>保险库已锁定。</translation>
    </message>
</context>
<context>
    <name>CaseService</name>
    <message>
        <source>Attachment %1 is not one of case %2&apos;s papers.</source>
        <translation>附件 %1 不属于案件 %2 的材料。</translation>
    </message>
    <message>
        <source>case list in the window</source>
        <translation>窗口中的案件列表</translation>
    </message>
    <message>
        <source>case list in the window (%1)</source>
        <translation>窗口中的案件列表（%1）</translation>
    </message>
</context>
<context>
    <name>CaseStage</name>
    <message>
        <source>recorded</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>notice prepared</source>
        <translation>告知书已制作</translation>
    </message>
    <message>
        <source>objection window open</source>
        <translation>异议期内</translation>
    </message>
    <message>
        <source>objection under review</source>
        <translation>异议审查中</translation>
    </message>
    <message>
        <source>ready to decide</source>
        <translation>待作出决定</translation>
    </message>
    <message>
        <source>under re-examination</source>
        <translation>复核中</translation>
    </message>
    <message>
        <source>re-examination approved</source>
        <translation>复核已通过</translation>
    </message>
    <message>
        <source>listed</source>
        <translation>已列入名单</translation>
    </message>
    <message>
        <source>closed, not designated</source>
        <translation>已结案，未认定</translation>
    </message>
    <message>
        <source>listing expired</source>
        <translation>列入期限届满</translation>
    </message>
    <message>
        <source>removed from the list</source>
        <translation>已移出名单</translation>
    </message>
</context>
<context>
    <name>CaseStore</name>
    <message>
        <source>The case could not be read or written</source>
        <translation>无法读取或写入案件</translation>
    </message>
    <message>
        <source>There is no case %1 in this vault.</source>
        <translation>本保险库中没有案件 %1。</translation>
    </message>
</context>
<context>
    <name>CaseWorkflow</name>
    <message>
        <source>The case&apos;s organ %1 is not in this vault.</source>
        <translation>案件所属机关 %1 不在本保险库中。</translation>
    </message>
    <message>
        <source>opening the case</source>
        <translation>立案</translation>
    </message>
    <message>
        <source>the basis decision of %1</source>
        <translation>%1 的依据决定</translation>
    </message>
    <message>
        <source>Case %1 on this record for the same list is still open; continue that case.</source>
        <translation>该记录针对同一名单的案件 %1 仍在办理中；请继续办理该案件。</translation>
    </message>
    <message>
        <source>State which kind of conduct this is (--scope): &quot;%1&quot; covers %2.</source>
        <translation>请说明失信行为的类别（--scope）：“%1”涵盖 %2。</translation>
    </message>
    <message>
        <source>Internal error: &quot;%1&quot; would move case %2 from %3 to %4, which the workflow table does not allow. Nothing was changed.</source>
        <translation>内部错误：“%1”将使案件 %2 从“%3”变为“%4”，流程表不允许此变更。未作任何修改。</translation>
    </message>
    <message>
        <source>service of the notice</source>
        <translation>告知书送达</translation>
    </message>
    <message>
        <source>the case was opened on %1</source>
        <translation>案件于 %1 立案</translation>
    </message>
    <message>
        <source>Record what the party objects to (--text).</source>
        <translation>请记录当事人异议的内容（--text）。</translation>
    </message>
    <message>
        <source>receipt of the objection</source>
        <translation>异议收到</translation>
    </message>
    <message>
        <source>the notice was served on %1</source>
        <translation>告知书于 %1 送达</translation>
    </message>
    <message>
        <source>The objection was received on %1, after the objection window ended on %2 (%3 from the service of the notice on %4).</source>
        <translation>异议于 %1 收到，晚于异议期届满日 %2（自告知书于 %4 送达起 %3）。</translation>
    </message>
    <message>
        <source>Give the reasons of the answer to the objection (--text).</source>
        <translation>请说明异议答复的理由（--text）。</translation>
    </message>
    <message>
        <source>Case %1 has no objection awaiting an answer.</source>
        <translation>案件 %1 没有待答复的异议。</translation>
    </message>
    <message>
        <source>the answer to the objection</source>
        <translation>异议答复</translation>
    </message>
    <message>
        <source>the objection was received on %1</source>
        <translation>异议于 %1 收到</translation>
    </message>
    <message>
        <source>the submission for re-examination</source>
        <translation>提请复核</translation>
    </message>
    <message>
        <source>the case&apos;s previous step on %1</source>
        <translation>案件于 %1 的上一步骤</translation>
    </message>
    <message>
        <source>The objection window runs until %1; the case can be submitted for re-examination from %2.</source>
        <translation>异议期至 %1 届满；自 %2 起可提请复核。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not require re-examination of a designation by a %2 organ; the decision can be issued directly.</source>
        <translation>“%1”不要求对%2机关作出的认定进行复核；可直接作出决定。</translation>
    </message>
    <message>
        <source>Give the reasons for returning the case (--text).</source>
        <translation>请说明退回案件的理由（--text）。</translation>
    </message>
    <message>
        <source>Case %1 has no re-examination pending.</source>
        <translation>案件 %1 没有待处理的复核。</translation>
    </message>
    <message>
        <source>the re-examination</source>
        <translation>复核</translation>
    </message>
    <message>
        <source>the case was submitted on %1</source>
        <translation>案件于 %1 提请复核</translation>
    </message>
    <message>
        <source>The case officer cannot re-examine their own case.</source>
        <translation>承办人员不能复核本人承办的案件。</translation>
    </message>
    <message>
        <source>Give the date of the decision (YYYY-MM-DD).</source>
        <translation>请给出决定日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Four eyes: the designation decision is taken by a supervisor other than the case officer (%1).</source>
        <translation>双人把关：认定决定须由承办人员（%1）以外的审核人员作出。</translation>
    </message>
    <message>
        <source>The objection window runs until %1; the decision can be taken from %2, when the party&apos;s time to object has passed.</source>
        <translation>异议期至 %1 届满；自 %2 起当事人的异议期已过，可以作出决定。</translation>
    </message>
    <message>
        <source>the decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>The list type states no listing term for the ground &quot;%1&quot;.</source>
        <translation>该名单类型未规定认定情形“%1”的列入期限。</translation>
    </message>
    <message>
        <source>the end of the listing</source>
        <translation>列入期限届满</translation>
    </message>
    <message>
        <source>the decision of %1</source>
        <translation>%1 的决定</translation>
    </message>
    <message>
        <source>The listing has no fixed term (it lasts until the obligations are performed); it ends by removal, not by expiry.</source>
        <translation>该列入没有固定期限（持续至履行相关义务为止）；以移出而非期满终止。</translation>
    </message>
    <message>
        <source>The listing term runs until %1; it cannot end on %2.</source>
        <translation>列入期限至 %1 届满；不能在 %2 终止。</translation>
    </message>
    <message>
        <source>State the purpose of this inquiry (--purpose): every inquiry into a record is registered with who asked, when, whose record and why. Only the case officer (%1) may open the case without stating one.</source>
        <translation>请说明本次查询的目的（--purpose）：每一次对记录的查询都会登记查询人、时间、被查询记录和查询目的。只有承办人员（%1）可以不说明目的而打开案件。</translation>
    </message>
    <message>
        <source>handling the case as its case officer</source>
        <translation>作为承办人员办理案件</translation>
    </message>
    <message>
        <source>Case %1 belongs to %2; %3 of %4 may read it only for a purpose the rules allow for reading another organ&apos;s case, stated as one of: %5. &quot;%6&quot; is not such a purpose.</source>
        <translation>案件 %1 属于%2；%4的 %3 只能以规则允许的查阅其他机关案件的用途查阅，用途须为以下之一：%5。“%6”不是允许的用途。</translation>
    </message>
    <message>
        <source>(the rules in force name none)</source>
        <translation>（现行规则未规定任何用途）</translation>
    </message>
    <message>
        <source>(no purpose)</source>
        <translation>（未说明用途）</translation>
    </message>
    <message>
        <source>The record of case %1 is catalogue item &quot;%2&quot;, which the catalogue in force shares as &quot;%3&quot;; the purpose &quot;%4&quot; allows reading another organ&apos;s records shared as: %5.</source>
        <translation>案件 %1 的信息属于目录事项“%2”，现行目录规定其共享属性为“%3”；用途“%4”只允许查阅其他机关共享属性为以下类别的信息：%5。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>list of the cases of the user&apos;s organ and the organs under it</source>
        <translation>本机关及下级机关的案件列表</translation>
    </message>
    <message>
        <source>Information is non-restorable only where a law, regulation or State Council decision says so: name the provision as &quot;non-restorable:&lt;id&gt;&quot;. The rules for &quot;%1&quot; name: %2.</source>
        <translation>只有法律、法规或国务院决定规定不可修复的信息才不可修复：请以“non-restorable:&lt;条款标识&gt;”写明该条款。“%1”的规则载明的条款：%2。</translation>
    </message>
    <message>
        <source>no such provision</source>
        <translation>无此类条款</translation>
    </message>
    <message>
        <source>&quot;%1&quot; requires re-examination of designations by a %2 organ by a %3 organ before the decision; submit the case for re-examination.</source>
        <translation>“%1”要求%2机关作出的认定在决定前报%3机关复核；请将案件提交复核。</translation>
    </message>
    <message>
        <source>The record states no facts; a designation decision states the facts and reasons it rests on.</source>
        <translation>该信用记录未载明事实；认定决定须载明所依据的事实和理由。</translation>
    </message>
    <message>
        <source>None of the measures that &quot;%1&quot; provides may follow %2 conduct, so the listing would carry no measure; a designation decision states its measures.</source>
        <translation>“%1”规定的惩戒措施均不适用于%2失信行为，列入将没有任何惩戒措施；认定决定须载明其惩戒措施。</translation>
    </message>
    <message>
        <source>the publication</source>
        <translation>公布</translation>
    </message>
    <message>
        <source>The term of &quot;%1&quot; does not count from publication; it ran from the decision of %2.</source>
        <translation>“%1”的列入期限不自公布之日起计算，而是自 %2 的认定决定起算。</translation>
    </message>
    <message>
        <source>The listing was already published; its term runs until %1.</source>
        <translation>该名单信息已经公布，列入期限至 %1。</translation>
    </message>
    <message>
        <source>The term counts from publication, which has not been recorded; record the publication first.</source>
        <translation>列入期限自公布之日起计算，尚未登记公布日期；请先登记公布。</translation>
    </message>
    <message>
        <source>A designation by a %1 organ needs no re-examination under this list&apos;s rules.</source>
        <translation>按该名单的规则，%1机关作出的认定无需复核。</translation>
    </message>
    <message>
        <source>Re-examination of a case of %1 is for its next higher organ, and this vault holds no organ above it whose region contains region %2; record that organ and its supervisors first.</source>
        <translation>%1的案件应由其上一级机关复核，但本库中没有辖区包含区划 %2 的上级机关；请先登记该机关及其审核人员。</translation>
    </message>
    <message>
        <source>Re-examination of a case of %1 (region %2) is for its next higher organ, %3 (%4, region %5), not for %6.</source>
        <translation>%1（区划 %2）的案件应由其上一级机关%3（%4，区划 %5）复核，而非%6。</translation>
    </message>
    <message>
        <source>Re-examination is for a supervisor of a %1 organ (or higher) above the designating %2 organ; %3 is a %4 organ.</source>
        <translation>复核应由作出认定的%2机关之上的%1（或更高级别）机关的审核人员进行；%3为%4机关。</translation>
    </message>
    <message>
        <source>Re-examination of a case of %1 (region %2) is for a superior organ whose region contains it; %3 is region %4.</source>
        <translation>%1（区划 %2）的案件应由辖区包含该区划的上级机关复核；%3的区划为 %4。</translation>
    </message>
    <message>
        <source>The rules of &quot;%1&quot; set no time limit for the decision, so no day to count it from is needed (--decision-limit-from).</source>
        <translation>“%1”的规则未规定作出决定的期限，无需填写起算日（--decision-limit-from）。</translation>
    </message>
    <message>
        <source>%1 (%2) cannot be after the day the case is opened (%3).</source>
        <translation>%1（%2）不得晚于立案之日（%3）。</translation>
    </message>
    <message>
        <source>The designation decision is due %1 after %2 (%3), but that day was not stated, so the deadline is not kept; state it when opening the case.</source>
        <translation>应当自%2起%1内作出认定决定（%3），但未填写该日期，因此未登记决定期限；请在立案时填写。</translation>
    </message>
    <message>
        <source>Give the reasons for extending the time to decide (--reason): the rules allow it for complex cases only.</source>
        <translation>请说明延长作出决定期限的理由（--reason）：规则仅允许对情况复杂的案件延长。</translation>
    </message>
    <message>
        <source>the extension</source>
        <translation>延长</translation>
    </message>
    <message>
        <source>The rules of &quot;%1&quot; provide no extension of the time to decide.</source>
        <translation>“%1”的规则未规定可以延长作出决定的期限。</translation>
    </message>
    <message>
        <source>No decision deadline is kept for case %1 (the day the time to decide counts from was not stated when it was opened), so there is nothing to extend.</source>
        <translation>案件%1未登记决定期限（立案时未填写决定期限的起算日），无可延长。</translation>
    </message>
    <message>
        <source>The time to decide case %1 ended on %2; an extension must be approved before the limit has passed.</source>
        <translation>案件%1的决定期限已于%2届满；延长须在期限届满前批准。</translation>
    </message>
    <message numerus="yes">
        <source>The time to decide case %1 was already extended %n time(s); the rules of &quot;%2&quot; allow %3.</source>
        <translation>
            <numerusform>案件 %1 的作出决定期限已延长 %n 次；“%2”的规则只允许延长 %3 次。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Usage: creditcase-cli %1</source>
        <translation>用法：creditcase-cli %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>  Basis: %1</source>
        <translation>  依据：%1</translation>
    </message>
    <message>
        <source>Cannot read the %1 file %2: %3</source>
        <translation>无法读取%1文件 %2：%3</translation>
    </message>
    <message>
        <source>The %1 file %2 is empty.</source>
        <translation>%1文件 %2 为空。</translation>
    </message>
    <message>
        <source>No password was given: use --password-file FILE or write it to standard input.</source>
        <translation>未提供密码：请使用 --password-file FILE，或通过标准输入写入密码。</translation>
    </message>
    <message>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>The recovery code opens the vault only for &quot;vault check&quot;, &quot;vault restore&quot; and &quot;password reset&quot;. Use --user and a password for this command.</source>
        <translation>恢复码只能在“vault check”“vault restore”和“password reset”命令中用于打开保险库。执行本命令请使用 --user 和密码。</translation>
    </message>
    <message>
        <source>Give either --recovery-file or --user with a password, not both.</source>
        <translation>--recovery-file 与“--user 加密码”只能二选一，不能同时使用。</translation>
    </message>
    <message>
        <source>Cannot read the recovery code file %1: %2</source>
        <translation>无法读取恢复码文件 %1：%2</translation>
    </message>
    <message>
        <source>Say who you are with --user NAME (or use --recovery-file FILE where allowed).</source>
        <translation>请用 --user NAME 说明您的身份（在允许的情况下也可使用 --recovery-file FILE）。</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>Name the vault with --vault FILE.</source>
        <translation>请用 --vault FILE 指定保险库。</translation>
    </message>
    <message>
        <source>new password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>administrator, officer, supervisor or auditor</source>
        <translation>administrator（管理员）、officer（承办人员）、supervisor（审核人员）或 auditor（审计员）</translation>
    </message>
    <message>
        <source>the user&apos;s organ</source>
        <translation>用户所属机关</translation>
    </message>
    <message>
        <source>county, municipal, provincial or national</source>
        <translation>county（县级）、municipal（市级）、provincial（省级）或 national（国家级）</translation>
    </message>
    <message>
        <source>six-digit region code</source>
        <translation>六位行政区划代码</translation>
    </message>
    <message>
        <source>the new user&apos;s first password (otherwise one is generated)</source>
        <translation>新用户的初始密码（不指定则自动生成）</translation>
    </message>
    <message>
        <source>the new user&apos;s name</source>
        <translation>新用户的用户名</translation>
    </message>
    <message>
        <source>user add needs --%1.</source>
        <translation>user add 命令需要 --%1 选项。</translation>
    </message>
    <message>
        <source>The role must be administrator, officer, supervisor or auditor, not &quot;%1&quot;.</source>
        <translation>角色必须是 administrator、officer、supervisor 或 auditor，而不是“%1”。</translation>
    </message>
    <message>
        <source>The organ level must be county, municipal, provincial or national, not &quot;%1&quot;.</source>
        <translation>机关层级必须是 county、municipal、provincial 或 national，而不是“%1”。</translation>
    </message>
    <message>
        <source>Added %1 (%2, %3).</source>
        <translation>已添加 %1（%2，%3）。</translation>
    </message>
    <message>
        <source>Initial password (hand it over in person; the user should change it with &quot;password change&quot;): %1</source>
        <translation>初始密码（请当面交付；用户应使用“password change”命令修改）：%1</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>the user to disable</source>
        <translation>要停用的用户</translation>
    </message>
    <message>
        <source>%1 is disabled; that password no longer opens the vault.</source>
        <translation>已停用 %1；该密码不能再打开保险库。</translation>
    </message>
    <message>
        <source>the new password (otherwise the next line of standard input)</source>
        <translation>新密码（不指定则读取标准输入的下一行）</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>已修改 %1 的密码。</translation>
    </message>
    <message>
        <source>the new password (otherwise one is generated)</source>
        <translation>新密码（不指定则自动生成）</translation>
    </message>
    <message>
        <source>whose password to reset</source>
        <translation>要重置密码的用户</translation>
    </message>
    <message>
        <source>The password of %1 was reset; they should change it at their next login.</source>
        <translation>已重置 %1 的密码；该用户应在下次登录时修改密码。</translation>
    </message>
    <message>
        <source>New password: %1</source>
        <translation>新密码：%1</translation>
    </message>
    <message>
        <source>Recovery code (shown only now; write it down and keep it locked away — it opens the vault without any password):

    %1
</source>
        <translation>恢复码（仅此一次显示；请抄写下来并锁存保管——凭它无需任何密码即可打开保险库）：

    %1
</translation>
    </message>
    <message>
        <source>first administrator&apos;s user name</source>
        <translation>首位管理员的用户名</translation>
    </message>
    <message>
        <source>the administrator&apos;s organ</source>
        <translation>管理员所属机关</translation>
    </message>
    <message>
        <source>Name the new vault with --vault FILE.</source>
        <translation>请用 --vault FILE 指定新保险库的文件名。</translation>
    </message>
    <message>
        <source>init needs --%1.</source>
        <translation>init 命令需要 --%1 选项。</translation>
    </message>
    <message>
        <source>Password for the new administrator %1:</source>
        <translation>新管理员 %1 的密码：</translation>
    </message>
    <message>
        <source>Created the vault %1 with administrator %2.
</source>
        <translation>已创建保险库 %1，管理员为 %2。
</translation>
    </message>
    <message>
        <source>Key file: %1 — an administrator can reset the passwords to write a new one.
</source>
        <translation>密钥文件：%1——管理员可以通过重置密码写入新的密钥文件。
</translation>
    </message>
    <message>
        <source>The vault is intact: integrity check passed, audit chain of %1 entries unbroken.</source>
        <translation>保险库完好：完整性检查通过，审计链共 %1 条记录，未发现断链。</translation>
    </message>
    <message>
        <source>the backup file to write</source>
        <translation>要写入的备份文件</translation>
    </message>
    <message>
        <source>Say where the backup goes with --out FILE.</source>
        <translation>请用 --out FILE 指定备份的保存位置。</translation>
    </message>
    <message>
        <source>Backup written to %1 and verified.</source>
        <translation>备份已写入 %1 并通过校验。</translation>
    </message>
    <message>
        <source>the backup file to restore</source>
        <translation>要恢复的备份文件</translation>
    </message>
    <message>
        <source>vault restore needs --vault FILE and --from BACKUP.</source>
        <translation>vault restore 命令需要 --vault FILE 和 --from BACKUP。</translation>
    </message>
    <message>
        <source>The vault %1 was restored from %2. The replaced file was kept beside it.</source>
        <translation>已从 %2 恢复保险库 %1。被替换的原文件保留在同一文件夹中。</translation>
    </message>
    <message>
        <source>The vault has a new master key; every password still works, the old recovery code no longer does.
</source>
        <translation>保险库已更换主密钥；所有密码仍然有效，旧恢复码已作废。
</translation>
    </message>
    <message>
        <source>The audit chain is intact; every link checked. Entries: %1.</source>
        <translation>审计链完好；已逐一校验全部链接。记录数：%1。</translation>
    </message>
    <message>
        <source>Last entry %1, hash %2.</source>
        <translation>最后一条记录 %1，哈希值 %2。</translation>
    </message>
    <message>
        <source>The audit chain is broken at entry %1: %2 Entries before it are intact. Keep the vault file as it is and report this to your administrator and the auditor; restoring a backup made before the damage recovers an intact chain.</source>
        <translation>审计链在第 %1 条记录处断开：%2 此前的记录完好。请保持保险库文件原样，并向管理员和审计员报告；恢复损坏发生前的备份可以取回完好的审计链。</translation>
    </message>
    <message>
        <source>how many entries, newest first (default 50)</source>
        <translation>显示多少条记录，最新的在前（默认 50）</translation>
    </message>
    <message>
        <source>--limit needs a whole number of at least 1, not &quot;%1&quot;.</source>
        <translation>--limit 需要不小于 1 的整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>The audit log is empty.</source>
        <translation>审计日志为空。</translation>
    </message>
    <message>
        <source>first day (YYYY-MM-DD)</source>
        <translation>起始日（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>last day (YYYY-MM-DD)</source>
        <translation>截止日（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>only entries an auditor flagged</source>
        <translation>仅显示审计员标记过的记录</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2.</source>
        <translation>--from %1 晚于 --to %2。</translation>
    </message>
    <message>
        <source>FLAGGED by %1: %2</source>
        <translation>已由 %1 标记：%2</translation>
    </message>
    <message>
        <source>No inquiries are registered for this selection.</source>
        <translation>所选范围内没有登记的查询。</translation>
    </message>
    <message>
        <source>Only the newest %1 entries are shown; narrow the period with --from and --to to see the others.</source>
        <translation>仅显示最新的 %1 条记录；如需查看其他记录，请用 --from 和 --to 缩小期间。</translation>
    </message>
    <message>
        <source>the register entry to flag</source>
        <translation>要标记的登记簿记录</translation>
    </message>
    <message>
        <source>why it is flagged</source>
        <translation>标记理由</translation>
    </message>
    <message>
        <source>Inquiry %1 is flagged for review: %2</source>
        <translation>查询 %1 已标记待审查：%2</translation>
    </message>
    <message>
        <source>public or sharing</source>
        <translation>public（公示）或 sharing（共享）</translation>
    </message>
    <message>
        <source>the day the disclosure is made as of</source>
        <translation>公示所依据的截止日期</translation>
    </message>
    <message>
        <source>the file to write (.csv or .json)</source>
        <translation>要写入的文件（.csv 或 .json）</translation>
    </message>
    <message>
        <source>The channel must be public (public notice, masked) or sharing (inter-agency sharing), not &quot;%1&quot;.</source>
        <translation>渠道必须是 public（公开公示，已脱敏）或 sharing（部门间共享），而不是“%1”。</translation>
    </message>
    <message>
        <source>Name the file with the ending .csv or .json, which decides its format: &quot;%1&quot; has neither.</source>
        <translation>文件名须以 .csv 或 .json 结尾，由此决定文件格式：“%1”两者都不是。</translation>
    </message>
    <message>
        <source>Wrote %1 for the %2 channel as of %3. Records: %4.</source>
        <translation>已写入 %1，渠道：%2，截至 %3。记录数：%4。</translation>
    </message>
    <message>
        <source>public</source>
        <translation>公示</translation>
    </message>
    <message>
        <source>sharing</source>
        <translation>共享</translation>
    </message>
    <message>
        <source>Left out: %1 not allowed by the catalogue for this channel, %2 with the disclosure window closed, %3 with no determinable window, %4 restored or stopped.</source>
        <translation>未导出：%1 条目录不允许在此渠道公开，%2 条公示期限已届满，%3 条无法确定公示期限，%4 条已信用修复或停止公示。</translation>
    </message>
    <message>
        <source>The file records audit chain position %1 (hash %2); the export is audit entry %3.</source>
        <translation>该文件记录的审计链位置为 %1（哈希值 %2）；本次导出为审计记录 %3。</translation>
    </message>
    <message>
        <source>The file is not encrypted and holds personal data: hand it over as your office&apos;s rules require and delete copies you no longer need.</source>
        <translation>该文件未加密且含有个人信息：请按本单位规定移交，并删除不再需要的副本。</translation>
    </message>
    <message>
        <source>    case %1 (no. %2): due %3, done %4, days late: %5</source>
        <translation>    案件 %1（编号 %2）：期限 %3，完成于 %4，逾期天数：%5</translation>
    </message>
    <message>
        <source>    case %1 (no. %2): due %3, not done by %4, days late so far: %5</source>
        <translation>    案件 %1（编号 %2）：期限 %3，截至 %4 尚未完成，目前逾期天数：%5</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>    record %1: %2 (%3): %4</source>
        <translation>    记录 %1：%2（%3）：%4</translation>
    </message>
    <message>
        <source>      Basis: %1</source>
        <translation>      依据：%1</translation>
    </message>
    <message>
        <source>Accountability report %1 to %2 (%3)</source>
        <translation>问责报告 %1 至 %2（%3）</translation>
    </message>
    <message>
        <source>Made %1 by %2 at audit chain position %3 (hash %4).</source>
        <translation>由 %2 于 %1 生成，审计链位置 %3（哈希值 %4）。</translation>
    </message>
    <message>
        <source>Restorations decided late</source>
        <translation>逾期作出决定的信用修复</translation>
    </message>
    <message>
        <source>Notices served late</source>
        <translation>逾期送达的告知书</translation>
    </message>
    <message>
        <source>Objections answered late</source>
        <translation>逾期答复的异议</translation>
    </message>
    <message>
        <source>  Records checked against the catalogue of their date: %1; outside the catalogue: %2</source>
        <translation>  按记录当日的公共信用信息目录核对的记录：%1；超出目录的：%2</translation>
    </message>
    <message>
        <source>  Measures checked against the measures list: %1; outside the list: %2</source>
        <translation>  按惩戒措施清单核对的措施：%1；超出清单的：%2</translation>
    </message>
    <message>
        <source>%1 must be a date written YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>%1 必须是 YYYY-MM-DD 格式的日期，而不是“%2”。</translation>
    </message>
    <message>
        <source>the edition to show</source>
        <translation>要显示的版本</translation>
    </message>
    <message>
        <source>show the edition in force on DATE</source>
        <translation>显示 DATE 当日现行有效的版本</translation>
    </message>
    <message>
        <source>There is no edition &quot;%1&quot;. Known editions: %2.</source>
        <translation>没有“%1”版。已知版本：%2。</translation>
    </message>
    <message>
        <source>No edition is in force on %1.</source>
        <translation>%1 当日没有现行有效的版本。</translation>
    </message>
    <message>
        <source>%1 — edition %2, version %3, in force from %4</source>
        <translation>%1——%2 版，版本号 %3，自 %4 起施行</translation>
    </message>
    <message>
        <source>after</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>objection window</source>
        <translation>异议期</translation>
    </message>
    <message>
        <source>objection answered within</source>
        <translation>异议答复时限</translation>
    </message>
    <message>
        <source>listed for</source>
        <translation>列入期限</translation>
    </message>
    <message>
        <source>restoration decided within</source>
        <translation>信用修复决定时限</translation>
    </message>
    <message>
        <source>in force from</source>
        <translation>施行日期</translation>
    </message>
    <message>
        <source>not disclosed by default; </source>
        <translation>默认不公示； </translation>
    </message>
    <message>
        <source>a rule document or holiday schedule (JSON)</source>
        <translation>规则文件或节假日安排（JSON）</translation>
    </message>
    <message>
        <source>Rule data is imported into a vault: give --vault FILE.</source>
        <translation>规则数据须导入保险库：请指定 --vault FILE。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 %2 version %3 is already in the vault; nothing changed.</source>
        <translation>%1 %2 版本号 %3 已在保险库中；未作任何修改。</translation>
    </message>
    <message>
        <source>Imported %1 %2 version %3.</source>
        <translation>已导入 %1 %2 版本号 %3。</translation>
    </message>
    <message>
        <source>Deadline %1 moves from %2 to %3.</source>
        <translation>期限 %1 由 %2 变为 %3。</translation>
    </message>
    <message>
        <source>the day the period starts from</source>
        <translation>期间的起算日</translation>
    </message>
    <message>
        <source>how many days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>N must be a whole number of days from 0 to 3660, not &quot;%1&quot;.</source>
        <translation>N 必须是 0 到 3660 之间的整数天数，而不是“%1”。</translation>
    </message>
    <message>
        <source>Count in &quot;working&quot; or &quot;calendar&quot; days, not &quot;%1&quot;.</source>
        <translation>请按“working”（工作日）或“calendar”（自然日）计算，而不是“%1”。</translation>
    </message>
    <message>
        <source>(provisional: the holiday schedule for that year is not published yet; weekends only were counted)</source>
        <translation>（暂定：该年度节假日安排尚未公布；仅扣除了周末）</translation>
    </message>
    <message>
        <source>the day to look at</source>
        <translation>要查询的日期</translation>
    </message>
    <message>
        <source>make-up working day (%1)</source>
        <translation>调休上班日（%1）</translation>
    </message>
    <message>
        <source>statutory holiday (%1)</source>
        <translation>法定节假日（%1）</translation>
    </message>
    <message>
        <source>weekend</source>
        <translation>周末</translation>
    </message>
    <message>
        <source>ordinary weekday</source>
        <translation>普通工作日</translation>
    </message>
    <message>
        <source>%1 is a working day: %2</source>
        <translation>%1 是工作日：%2</translation>
    </message>
    <message>
        <source>%1 is not a working day: %2</source>
        <translation>%1 不是工作日：%2</translation>
    </message>
    <message>
        <source>(provisional: no holiday schedule is published for %1)</source>
        <translation>（暂定：%1 年的节假日安排尚未公布）</translation>
    </message>
    <message>
        <source>a unified social credit code or a resident ID number</source>
        <translation>统一社会信用代码或公民身份号码</translation>
    </message>
    <message>
        <source>valid %1: %2</source>
        <translation>有效的%1：%2</translation>
    </message>
    <message>
        <source>invalid: %1</source>
        <translation>无效：%1</translation>
    </message>
    <message>
        <source>%1	%2	%3 (%4, %5)%6</source>
        <extracomment>One line of &quot;user list&quot;: name, role, organ (level, region code), and &quot;disabled&quot; where it applies.</extracomment>
        <translation>%1	%2	%3（%4，%5）%6</translation>
    </message>
    <message>
        <source>active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;: &quot;%2&quot; takes no arguments besides its options.</source>
        <translation>多余的参数“%1”：“%2”除选项外不接受其他参数。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;: &quot;%2&quot; takes only %3.</source>
        <translation>多余的参数“%1”：“%2”只接受 %3。</translation>
    </message>
    <message>
        <source>Missing %1 for &quot;%2&quot;.</source>
        <translation>“%2”缺少 %1。</translation>
    </message>
    <message>
        <source>%1 is a folder; name a file to write.</source>
        <translation>%1 是文件夹；请指定要写入的文件。</translation>
    </message>
    <message>
        <source>The file %1 already exists and was left unchanged. Choose another name, or add --force to replace it.</source>
        <translation>文件 %1 已存在，未作改动。请换一个文件名，或加上 --force 以覆盖该文件。</translation>
    </message>
    <message>
        <source>--%1 %2 is after today (%3): a report or export cannot be made as of a day that has not come yet.</source>
        <translation>--%1 %2 晚于今天（%3）：不能以尚未到来的日期为基准生成报表或导出。</translation>
    </message>
    <message>
        <source>replace the file if it exists</source>
        <translation>文件已存在时覆盖</translation>
    </message>
    <message>
        <source>These users cannot sign in with a password until theirs is reset too: %1</source>
        <translation>以下用户的密码也需重置，重置之前无法用密码登录：%1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Designations on lists of the seriously untrustworthy: %1.</source>
        <translation>严重失信主体名单认定：%1 条。</translation>
    </message>
    <message>
        <source>Re-examinations decided late</source>
        <translation>逾期作出的复核</translation>
    </message>
    <message>
        <source>The vault was accepted as complete with %1 saved change(s); a new head file guards them from now on. The decision is in the audit log.</source>
        <translation>已按完整接受该保险库，共 %1 次已保存的更改；自此由新的头文件加以保护。这一决定已记入审计日志。</translation>
    </message>
    <message>
        <source>    record %1 (no. %2): due %3, done %4, days late: %5</source>
        <translation>    信用记录 %1（第 %2 号）：期限 %3，办结 %4，逾期天数：%5</translation>
    </message>
    <message>
        <source>    record %1 (no. %2): due %3, not done by %4, days late so far: %5</source>
        <translation>    信用记录 %1（第 %2 号）：期限 %3，截至 %4 未办结，已逾期天数：%5</translation>
    </message>
    <message>
        <source>decision made within</source>
        <translation>作出认定决定时限</translation>
    </message>
    <message>
        <source>time to decide extended by</source>
        <translation>认定决定时限可延长</translation>
    </message>
    <message numerus="yes">
        <source>%1, at most %n time(s)</source>
        <translation>
            <numerusform>%1，最多 %n 次</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>add a user (administrators only); prints a one-time password unless --initial-password-file is given</source>
        <translation>添加用户（仅限管理员）；未指定 --initial-password-file 时输出一次性密码</translation>
    </message>
    <message>
        <source>list users with role and organ</source>
        <translation>列出用户及其角色和所属机关</translation>
    </message>
    <message>
        <source>disable a user and remove their key slot (administrators only)</source>
        <translation>停用用户并删除其密钥槽（仅限管理员）</translation>
    </message>
    <message>
        <source>change your own password</source>
        <translation>修改本人密码</translation>
    </message>
    <message>
        <source>set a new password for a user (administrator or recovery code)</source>
        <translation>为用户设置新密码（需管理员或恢复码）</translation>
    </message>
    <message>
        <source>create a new vault and its first administrator; prints the recovery code</source>
        <translation>创建新保险库及其首位管理员；输出恢复码</translation>
    </message>
    <message>
        <source>integrity check of the database and of the audit chain</source>
        <translation>检查数据库和审计链的完整性</translation>
    </message>
    <message>
        <source>write a verified, encrypted backup that carries its own key slots</source>
        <translation>写入一份经过校验、自带密钥槽的加密备份</translation>
    </message>
    <message>
        <source>replace the vault with a backup (keeps the replaced file beside it)</source>
        <translation>用备份替换保险库（被替换的文件保留在旁边）</translation>
    </message>
    <message>
        <source>new master key and recovery code; every key slot rewrapped</source>
        <translation>更换主密钥和恢复码；重新封装所有密钥槽</translation>
    </message>
    <message>
        <source>Usage: creditcase-cli [global options] COMMAND [options]</source>
        <translation>用法：creditcase-cli [全局选项] COMMAND [选项]</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>全局选项：</translation>
    </message>
    <message>
        <source>  --vault FILE            the vault to work on</source>
        <translation>  --vault FILE            要操作的保险库</translation>
    </message>
    <message>
        <source>  --user NAME             who you are</source>
        <translation>  --user NAME             您的用户名</translation>
    </message>
    <message>
        <source>  --password-file FILE    read the password from FILE (otherwise from standard input; never as an argument)</source>
        <translation>  --password-file FILE    从 FILE 读取密码（否则从标准输入读取；绝不作为参数传入）</translation>
    </message>
    <message>
        <source>  --recovery-file FILE    open with the recovery code instead (vault check, vault restore, password reset)</source>
        <translation>  --recovery-file FILE    改用恢复码打开（限 vault check、vault restore、password reset）</translation>
    </message>
    <message>
        <source>  --json                  machine-readable output</source>
        <translation>  --json                  以机器可读格式输出</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure, 2 usage error, 3 refused by a rule or permission, 4 authentication failed.</source>
        <translation>退出码：0 成功，1 失败，2 用法错误，3 被规则或权限拒绝，4 身份验证失败。</translation>
    </message>
    <message>
        <source>Passwords are never given as arguments (other users can see them). Use --password-file FILE or standard input.</source>
        <translation>密码绝不作为参数传入（其他用户可以看到参数）。请使用 --password-file FILE 或标准输入。</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>选项 %1 需要一个值。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run creditcase-cli --help for the list.</source>
        <translation>未知命令“%1”。运行 creditcase-cli --help 查看命令列表。</translation>
    </message>
    <message>
        <source>check every link of the audit chain; names the first broken entry (exit 1)</source>
        <translation>逐一校验审计链的全部链接；指出第一条断开的记录（退出码 1）</translation>
    </message>
    <message>
        <source>the latest audit entries, newest first (auditors and administrators)</source>
        <translation>最新的审计记录，最新的在前（审计员和管理员）</translation>
    </message>
    <message>
        <source>who read whose record, when and why (auditors and administrators)</source>
        <translation>谁在何时出于何种目的查询了谁的记录（审计员和管理员）</translation>
    </message>
    <message>
        <source>flag an entry of the inquiry register for a closer look (auditors)</source>
        <translation>标记查询登记簿中的一条记录以便进一步审查（审计员）</translation>
    </message>
    <message>
        <source>Open a designation case on a record and prepare the notice.</source>
        <translation>就一条记录立案认定，并制作告知书。</translation>
    </message>
    <message>
        <source>Record the service of the notice; the objection window starts.</source>
        <translation>记录告知书送达；异议期开始计算。</translation>
    </message>
    <message>
        <source>Record an objection received within the window.</source>
        <translation>记录在异议期内收到的异议。</translation>
    </message>
    <message>
        <source>Answer the objection: upheld closes the case, rejected continues it.</source>
        <translation>答复异议：异议成立则结案，异议不成立则继续办理。</translation>
    </message>
    <message>
        <source>Submit the case for re-examination by a provincial-level department.</source>
        <translation>将案件提请省级部门复核。</translation>
    </message>
    <message>
        <source>Approve the re-examination (supervisor of a provincial-level organ).</source>
        <translation>通过复核（省级机关的审核人员）。</translation>
    </message>
    <message>
        <source>Return the case from re-examination with reasons.</source>
        <translation>说明理由，将复核中的案件退回。</translation>
    </message>
    <message>
        <source>Issue the designation decision (a supervisor other than the case officer).</source>
        <translation>作出认定决定（由承办人员以外的审核人员作出）。</translation>
    </message>
    <message>
        <source>End a listing whose term has run out; its measures are lifted.</source>
        <translation>终止列入期限已届满的列入；解除相应惩戒措施。</translation>
    </message>
    <message>
        <source>Show a case file; the inquiry is registered with its purpose.</source>
        <translation>显示案卷；本次查询连同其目的登记在册。</translation>
    </message>
    <message>
        <source>List cases, optionally at one stage.</source>
        <translation>列出案件，可只列出某一阶段的案件。</translation>
    </message>
    <message>
        <source>List open deadlines: case, subject, kind, due date, days left or late, provisional.</source>
        <translation>列出未到期的期限：案件、主体、类型、到期日、剩余或逾期天数、是否暂定。</translation>
    </message>
    <message>
        <source>by organ: restorations, notices and objection answers done late, and the check of every record against the catalogue and every measure against the list (supervisors, auditors, administrators)</source>
        <translation>按机关统计：逾期办理的信用修复、告知书送达和异议答复，以及每条记录对照公共信用信息目录、每项措施对照惩戒措施清单的核对结果（审核人员、审计员、管理员）</translation>
    </message>
    <message>
        <source>Revoke a restoration obtained with false materials; the listing returns.</source>
        <translation>撤销以虚假材料取得的信用修复；恢复列入名单。</translation>
    </message>
    <message>
        <source>the catalog of public credit information, with sources and marks</source>
        <translation>公共信用信息目录，附来源和核实标记</translation>
    </message>
    <message>
        <source>the punishment measures list</source>
        <translation>惩戒措施清单</translation>
    </message>
    <message>
        <source>the list types (designation standards) and their parameters</source>
        <translation>名单类型（认定标准）及其参数</translation>
    </message>
    <message>
        <source>the disclosure regimes and their periods</source>
        <translation>公示规则及其公示期限</translation>
    </message>
    <message>
        <source>import a rule document or holiday schedule (administrators; all or nothing)</source>
        <translation>导入规则文件或节假日安排（管理员；全部导入或全部不导入）</translation>
    </message>
    <message>
        <source>the date N working or calendar days after DATE</source>
        <translation>DATE 之后第 N 个工作日或自然日的日期</translation>
    </message>
    <message>
        <source>whether DATE is a working day, and why</source>
        <translation>DATE 是否为工作日及其原因</translation>
    </message>
    <message>
        <source>check a unified social credit code or resident ID number (exit 3 if invalid)</source>
        <translation>校验统一社会信用代码或公民身份号码（无效时退出码 3）</translation>
    </message>
    <message>
        <source>Record a draft designation standard for a list type.</source>
        <translation>为某一名单类型登记认定标准草案。</translation>
    </message>
    <message>
        <source>Open the standard for public comment (at least the minimum period).</source>
        <translation>将认定标准公开征求意见（不少于最短期限）。</translation>
    </message>
    <message>
        <source>Adopt the standard after its comment period has closed.</source>
        <translation>在公开征求意见期结束后通过认定标准。</translation>
    </message>
    <message>
        <source>Record a periodic assessment of the standard.</source>
        <translation>登记对认定标准的定期评估。</translation>
    </message>
    <message>
        <source>Abolish the standard from a date.</source>
        <translation>自某一日期起废止认定标准。</translation>
    </message>
    <message>
        <source>List the recorded designation standards.</source>
        <translation>列出已登记的认定标准。</translation>
    </message>
    <message>
        <source>Record a subject (identifier validated; one subject per identifier).</source>
        <translation>登记主体（校验其代码；一个代码只对应一个主体）。</translation>
    </message>
    <message>
        <source>Record public credit information on a legally effective basis document.</source>
        <translation>依据具有法律效力的依据文书记录公共信用信息。</translation>
    </message>
    <message>
        <source>Argument %1 (&quot;%2&quot;) is not valid UTF-8 text. Names and other text must be given in UTF-8; nothing was done.</source>
        <translation>第 %1 个参数（“%2”）不是有效的 UTF-8 文本。名称等文本必须使用 UTF-8 编码；未执行任何操作。</translation>
    </message>
    <message>
        <source>Record the publication of a listing whose term counts from publication (e.g. the tax list); the term starts that day.</source>
        <translation>登记自公布之日起计算期限的名单（如重大税收违法失信主体名单）的公布日期；期限自该日起算。</translation>
    </message>
    <message>
        <source>write the disclosable administrative-penalty records (双公示 layout) and the designations in force (严重失信主体名单 layout), masked for the channel, to a .csv or .json file; the export is audited</source>
        <translation>将可公开的行政处罚信息（双公示格式）和有效的严重失信主体名单认定（严重失信主体名单格式）按渠道脱敏后写入 .csv 或 .json 文件；导出记入审计日志</translation>
    </message>
    <message>
        <source>print the notice before designation (告知书) as PDF; the first print issues it with its number, later ones are copies</source>
        <translation>将告知书打印为 PDF；首次打印即制发并编号，此后打印为副本</translation>
    </message>
    <message>
        <source>print the answer to the party&apos;s objection (异议答复书) as PDF</source>
        <translation>将异议答复书打印为 PDF</translation>
    </message>
    <message>
        <source>print the re-examination opinion (复核意见书) as PDF (the re-examining organ)</source>
        <translation>将复核意见书打印为 PDF（由复核机关打印）</translation>
    </message>
    <message>
        <source>print the designation decision (认定决定书) as PDF</source>
        <translation>将认定决定书打印为 PDF</translation>
    </message>
    <message>
        <source>print the credit restoration notice (信用修复告知书) served with the decision as PDF</source>
        <translation>将与决定书一并送达的信用修复告知书打印为 PDF</translation>
    </message>
    <message>
        <source>print the credit restoration decision as PDF</source>
        <translation>将信用修复决定书打印为 PDF</translation>
    </message>
    <message>
        <source>print the notice of removal from the list as PDF</source>
        <translation>将移出名单告知书打印为 PDF</translation>
    </message>
    <message>
        <source>print the proof of service (送达回证) for the documents issued last as PDF</source>
        <translation>为最近制发的文书打印送达回证（PDF）</translation>
    </message>
    <message>
        <source>print every notice of your organ due for service on DATE into DIR, with progress; each print is audited</source>
        <translation>将本机关 DATE 应送达的全部告知书打印到 DIR，显示进度；每次打印均记入审计日志</translation>
    </message>
    <message>
        <source>check a printed document&apos;s fingerprint against the audit chain and the stored text</source>
        <translation>按审计日志和保存的文本核验纸质文书的指纹</translation>
    </message>
    <message>
        <source>show the document template your organ uses (organ particulars or a document kind)</source>
        <translation>显示本机关使用的文书模板（机关信息或某类文书）</translation>
    </message>
    <message>
        <source>store an adapted document template for your organ (administrators)</source>
        <translation>为本机关保存调整后的文书模板（管理员）</translation>
    </message>
    <message>
        <source>Record a restoration application with its papers (kept in the vault); free of charge. --case: removal from a list; --record: restoration of penalty information. An application that does not meet the conditions is not accepted (exit 3, nothing stored).</source>
        <translation>登记信用修复申请及其材料（保存在加密库内），不收取任何费用。--case：移出名单；--record：行政处罚信息信用修复。不符合条件的申请不予受理（退出码 3，不保存任何内容）。</translation>
    </message>
    <message>
        <source>Grant or refuse. --case: removal from the list, measures lifted; --record: disclosure of that record ends.</source>
        <translation>准予或不予修复。--case：移出名单并解除惩戒措施；--record：终止该条信用记录的公示。</translation>
    </message>
    <message>
        <source>administrators: accept as complete a vault whose head file is missing (recorded in the audit log)</source>
        <translation>管理员：按完整接受头文件缺失的保险库（记入审计日志）</translation>
    </message>
    <message>
        <source>Extend the time to decide where the list&apos;s rules allow it (the head of the organ&apos;s approval, a supervisor).</source>
        <translation>在名单规则允许时延长作出决定的期限（经机关负责人批准，由审核人操作）。</translation>
    </message>
</context>
<context>
    <name>CreditRecordRegister</name>
    <message>
        <source>There is no credit record %1 in this vault.</source>
        <translation>本保险库中没有信用记录 %1。</translation>
    </message>
    <message>
        <source>There is no basis document %1 in this vault.</source>
        <translation>本保险库中没有依据文书 %1。</translation>
    </message>
    <message>
        <source>A record needs the catalogue item, the basis document&apos;s number and the organ that issued it.</source>
        <translation>记录须包含目录条目、依据文书的文号及其制发机关。</translation>
    </message>
    <message>
        <source>A record needs the date of the basis document and the date it took legal effect (YYYY-MM-DD).</source>
        <translation>记录须包含依据文书的制发日期及其发生法律效力的日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Credit records are made by case officers and supervisors, not by a user with the role %1.</source>
        <translation>信用记录由承办人员和审核人员制作，角色为 %1 的用户不能制作。</translation>
    </message>
    <message>
        <source>the basis document</source>
        <translation>依据文书</translation>
    </message>
    <message>
        <source>The basis document cannot take legal effect (%1) before it was made (%2).</source>
        <translation>依据文书不能在其制发日期（%2）之前发生法律效力（%1）。</translation>
    </message>
    <message>
        <source>The sector &quot;%1&quot; is not one the rule data knows. Valid sectors: %2 (or none, for the general disclosure rules).</source>
        <translation>规则数据中没有领域“%1”。有效领域：%2（或不填，适用一般公示规则）。</translation>
    </message>
    <message>
        <source>The credit records could not be read or written</source>
        <translation>无法读取或写入信用记录</translation>
    </message>
    <message>
        <source>the conduct</source>
        <translation>失信行为</translation>
    </message>
    <message>
        <source>The conduct (%1) cannot be later than the basis document that found it (%2).</source>
        <translation>失信行为发生日（%1）不能晚于认定该行为的依据文书日期（%2）。</translation>
    </message>
    <message>
        <source>The user who recorded the record is not in this vault.</source>
        <translation>登记该信用记录的用户不在本库中。</translation>
    </message>
</context>
<context>
    <name>DeadlineKind</name>
    <message>
        <source>serve the notice</source>
        <translation>送达告知书</translation>
    </message>
    <message>
        <source>objection window ends</source>
        <translation>异议期届满</translation>
    </message>
    <message>
        <source>answer the objection</source>
        <translation>答复异议</translation>
    </message>
    <message>
        <source>re-examination due</source>
        <translation>复核期限届满</translation>
    </message>
    <message>
        <source>listing term ends</source>
        <translation>列入期限届满</translation>
    </message>
    <message>
        <source>minimum disclosure period ends</source>
        <translation>最短公示期限届满</translation>
    </message>
    <message>
        <source>disclosure ends</source>
        <translation>公示期限届满</translation>
    </message>
    <message>
        <source>decide the restoration application</source>
        <translation>对信用修复申请作出决定</translation>
    </message>
    <message>
        <source>public comment period closes</source>
        <translation>公开征求意见期结束</translation>
    </message>
    <message>
        <source>assessment of the standard due</source>
        <translation>认定标准评估到期</translation>
    </message>
    <message>
        <source>make the designation decision</source>
        <translation>作出认定决定</translation>
    </message>
</context>
<context>
    <name>DeadlineRegister</name>
    <message>
        <source>The deadline &quot;%1&quot; could not be computed from %2 (%3).</source>
        <translation>无法根据 %2 计算期限“%1”（%3）。</translation>
    </message>
    <message>
        <source>Deadline %1 has an unknown counting mode &quot;%2&quot;.</source>
        <translation>期限 %1 的计算方式“%2”无法识别。</translation>
    </message>
    <message>
        <source>The deadline register could not be read or written</source>
        <translation>无法读取或写入期限登记</translation>
    </message>
    <message>
        <source>recomputing the open deadlines</source>
        <translation>正在重新计算未届满的期限</translation>
    </message>
</context>
<context>
    <name>DisclosureExport</name>
    <message>
        <source>Internal records do not leave the vault; export for the public or sharing channel.</source>
        <translation>内部记录不得导出保险库；请选择 public（公示）或 sharing（共享）渠道导出。</translation>
    </message>
    <message>
        <source>The credit records cannot be read: %1</source>
        <translation>无法读取信用记录：%1</translation>
    </message>
    <message>
        <source>Only officers, supervisors and administrators may export disclosure files; %1 is a %2.</source>
        <translation>只有承办人员、审核人员和管理员可以导出公示文件；%1 是%2。</translation>
    </message>
    <message>
        <source>Give the date the disclosure is made as of (YYYY-MM-DD).</source>
        <translation>请给出公示所依据的截止日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Name the file with the ending .csv or .json, which decides its format: &quot;%1&quot; has neither.</source>
        <translation>文件名须以 .csv 或 .json 结尾，由此决定文件格式：“%1”两者都不是。</translation>
    </message>
    <message>
        <source>The export would overwrite %1, which belongs to the vault. Choose another file.</source>
        <translation>导出将覆盖属于保险库的文件 %1。请另选文件。</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>无法写入文件 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 could not be written completely (%2); nothing was exported and any earlier file there is unchanged.</source>
        <translation>文件 %1 未能完整写入（%2）；未导出任何内容，该位置原有的文件保持不变。</translation>
    </message>
    <message>
        <source>The file %1 could not be saved (%2); nothing was exported and any earlier file there is unchanged.</source>
        <translation>文件 %1 未能保存（%2）；未导出任何内容，该位置原有的文件保持不变。</translation>
    </message>
    <message>
        <source>The file %1 already exists and was left unchanged. Choose another name, or ask to replace it.</source>
        <translation>文件 %1 已存在，未作改动。请换一个文件名，或选择覆盖该文件。</translation>
    </message>
    <message>
        <source>The file %1 cannot be made private to you (%2); nothing was exported.</source>
        <translation>无法将文件 %1 设为仅本人可读写（%2）；未导出任何内容。</translation>
    </message>
    <message>
        <source>The subjects of the exported records cannot be read: %1</source>
        <translation>无法读取所导出信息的主体：%1</translation>
    </message>
    <message>
        <source>disclosure on the %1 channel as of %2</source>
        <translation>截至 %2 在%1渠道公示</translation>
    </message>
    <message>
        <source>The designations cannot be read: %1</source>
        <translation>无法读取名单认定：%1</translation>
    </message>
    <message>
        <source>exporting the disclosure file</source>
        <translation>正在导出公示文件</translation>
    </message>
</context>
<context>
    <name>DocumentKind</name>
    <message>
        <source>pre-designation notice</source>
        <translation>告知书</translation>
    </message>
    <message>
        <source>objection answer</source>
        <translation>异议答复书</translation>
    </message>
    <message>
        <source>re-examination opinion</source>
        <translation>复核意见书</translation>
    </message>
    <message>
        <source>designation decision</source>
        <translation>认定决定书</translation>
    </message>
    <message>
        <source>credit restoration notice</source>
        <translation>信用修复告知书</translation>
    </message>
    <message>
        <source>credit restoration decision</source>
        <translation>信用修复决定书</translation>
    </message>
    <message>
        <source>notice of removal from the list</source>
        <translation>移出名单告知书</translation>
    </message>
    <message>
        <source>proof of service</source>
        <translation>送达回证</translation>
    </message>
</context>
<context>
    <name>DocumentRenderer</name>
    <message>
        <source>The document could not be printed: the printer or file refused it.</source>
        <translation>文书未能打印：打印机或文件拒绝了打印任务。</translation>
    </message>
    <message>
        <source>The document could not be printed: a new page was refused.</source>
        <translation>文书未能打印：无法开始新的一页。</translation>
    </message>
    <message>
        <source>Cannot write the PDF file %1: %2</source>
        <translation>无法写入 PDF 文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>DocumentService</name>
    <message>
        <source>The template &quot;%1&quot; adapted for this organ is damaged: %2</source>
        <translation>本机关调整的文书模板“%1”已损坏：%2</translation>
    </message>
    <message>
        <source>%1 (%2) may not print official documents: documents are issued by case officers and supervisors.</source>
        <translation>%1（%2）不能打印文书：文书由承办人员和审核人员制发。</translation>
    </message>
    <message>
        <source>issuing the %1 of the case</source>
        <translation>制发本案%1</translation>
    </message>
    <message>
        <source>The re-examination opinion on case %1 is issued by the superior organ that re-examined it, not by %2.</source>
        <translation>案件 %1 的复核意见书由作出复核的上级机关制发，%2 不能制发。</translation>
    </message>
    <message>
        <source>print the %1</source>
        <translation>打印%1</translation>
    </message>
    <message>
        <source>Case %1 has no notice before designation.</source>
        <translation>案件 %1 没有告知书。</translation>
    </message>
    <message>
        <source>Case %1 has no answered objection: answer the objection first.</source>
        <translation>案件 %1 没有已答复的异议：请先答复异议。</translation>
    </message>
    <message>
        <source>Case %1 has no decided re-examination.</source>
        <translation>案件 %1 没有已作出的复核。</translation>
    </message>
    <message>
        <source>Case %1 has no designation decision yet.</source>
        <translation>案件 %1 尚未作出认定决定。</translation>
    </message>
    <message>
        <source>Case %1 has no decided credit restoration application.</source>
        <translation>案件 %1 没有已作出决定的信用修复申请。</translation>
    </message>
    <message>
        <source>Case %1 has not been removed from the list (its stage is %2).</source>
        <translation>案件 %1 尚未移出名单（当前阶段：%2）。</translation>
    </message>
    <message>
        <source>Case %1 has no issued document to serve: print the document first.</source>
        <translation>案件 %1 没有可送达的已制发文书：请先打印文书。</translation>
    </message>
    <message>
        <source>Documents are printed for the party (full identifier) or as a public copy.</source>
        <translation>文书只能打印为送达当事人的文本（完整证件号码）或公开文本。</translation>
    </message>
    <message>
        <source>A proof of service is an internal record: it has no public copy.</source>
        <translation>送达回证是内部记录，没有公开文本。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the notices.</source>
        <translation>无法为告知书创建文件夹 %1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a document fingerprint: it looks like 1042-7F3K-9QX2 (the number before the first dash, then eight letters and digits).</source>
        <translation>“%1”不是文书指纹：文书指纹形如 1042-7F3K-9QX2（第一个短横线前为数字，其后为八位字母和数字）。</translation>
    </message>
    <message>
        <source>The audit chain has no entry %1: this fingerprint was not issued by this vault.</source>
        <translation>审计日志中没有第 %1 条记录：该指纹不是本保险库生成的。</translation>
    </message>
    <message>
        <source>The fingerprint does not match entry %1 of the audit chain: the page was not printed from this vault, or the fingerprint was misread.</source>
        <translation>该指纹与审计日志第 %1 条记录不符：此页不是从本保险库打印的，或指纹读错了。</translation>
    </message>
    <message>
        <source>Entry %1 of the audit chain is not the print of a document.</source>
        <translation>审计日志第 %1 条记录不是文书打印记录。</translation>
    </message>
    <message>
        <source>The stored text of document %1 no longer matches the digest recorded when it was printed: the record was altered.</source>
        <translation>文书 %1 保存的文本与打印时记录的摘要不再一致：记录已被改动。</translation>
    </message>
    <message>
        <source>The document matches its entry, but the audit chain is broken elsewhere: run &quot;creditcase-cli audit verify&quot;.</source>
        <translation>文书与其记录一致，但审计日志在其他位置已断裂：请运行“creditcase-cli audit verify”。</translation>
    </message>
    <message>
        <source>checking a printed document against the vault</source>
        <translation>核验纸质文书与保险库记录是否一致</translation>
    </message>
    <message>
        <source>There is no document template &quot;%1&quot;.</source>
        <translation>不存在文书模板“%1”。</translation>
    </message>
    <message>
        <source>%1 (%2) may not change document templates: that is for administrators.</source>
        <translation>%1（%2）不能修改文书模板：只有管理员可以修改。</translation>
    </message>
    <message>
        <source>The template names itself &quot;%1&quot;, not &quot;%2&quot;.</source>
        <translation>模板的名称是“%1”，不是“%2”。</translation>
    </message>
    <message>
        <source>The template uses values no document has: %1. Nothing was stored.</source>
        <translation>模板使用了文书中不存在的数据项：%1。未保存任何内容。</translation>
    </message>
    <message>
        <source>The PDF could not be saved as %1.</source>
        <translation>无法将 PDF 保存为 %1。</translation>
    </message>
    <message>
        <source>Not printed: the group of notices it was in could not be saved and was rolled back (%1).</source>
        <translation>未打印：所在的这一组告知书无法保存，已回滚（%1）。</translation>
    </message>
</context>
<context>
    <name>DocumentStore</name>
    <message>
        <source>Cannot read or write the documents of the vault: %1</source>
        <translation>无法读写保险库中的文书：%1</translation>
    </message>
    <message>
        <source>Document %1 has an unknown kind &quot;%2&quot;.</source>
        <translation>文书 %1 的类型“%2”无法识别。</translation>
    </message>
    <message>
        <source>The stored text of document %1 is damaged.</source>
        <translation>文书 %1 保存的文本已损坏。</translation>
    </message>
    <message>
        <source>There is no document %1.</source>
        <translation>不存在文书 %1。</translation>
    </message>
</context>
<context>
    <name>DocumentTemplate</name>
    <message>
        <source>The template is not a JSON object (%1 at character %2).</source>
        <translation>模板不是 JSON 对象（第 %2 个字符处：%1）。</translation>
    </message>
    <message>
        <source>The template has no &quot;name&quot;.</source>
        <translation>模板缺少“name”。</translation>
    </message>
    <message>
        <source>Block %1 of the template has the unknown type &quot;%2&quot; (known: %3).</source>
        <translation>模板第 %1 段的类型“%2”无法识别（可用类型：%3）。</translation>
    </message>
    <message>
        <source>Block %1 of the template has no &quot;text&quot;.</source>
        <translation>模板第 %1 段缺少“text”。</translation>
    </message>
    <message>
        <source>The built-in document template &quot;%1&quot; is missing from this program.</source>
        <translation>本程序缺少内置文书模板“%1”。</translation>
    </message>
    <message>
        <source>The built-in document template &quot;%1&quot; is damaged: %2</source>
        <translation>内置文书模板“%1”已损坏：%2</translation>
    </message>
</context>
<context>
    <name>FormText</name>
    <message>
        <source>The act could not be completed.</source>
        <translation>操作未能完成。</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>依据：%1</translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <source>Case management for public credit information.</source>
        <translation>公共信用信息案件管理。</translation>
    </message>
    <message>
        <source>Open the vault FILE.</source>
        <translation>打开保险库文件 FILE。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Sign in as NAME.</source>
        <translation>以用户 NAME 的身份登录。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input and unlock without asking (needs --vault and --user).</source>
        <translation>从标准输入的第一行读取密码并直接解锁，不再询问（需同时指定 --vault 和 --user）。</translation>
    </message>
    <message>
        <source>Lock after N minutes without input in this session (0 = never), instead of the preference.</source>
        <translation>本次会话中无输入操作 N 分钟后锁定（0 = 从不），取代首选项中的设置。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--lock-after-minutes needs a whole number from 0 to %1.</source>
        <translation>--lock-after-minutes 需要 0 到 %1 之间的整数。</translation>
    </message>
    <message>
        <source>--pw-stdin needs --vault FILE and --user NAME.</source>
        <translation>--pw-stdin 需要同时指定 --vault FILE 和 --user NAME。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码： </translation>
    </message>
    <message>
        <source>Could not unlock %1: %2</source>
        <translation>无法解锁 %1：%2</translation>
    </message>
</context>
<context>
    <name>HolidaySchedule</name>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source>null</source>
        <translation>空值（null）</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>布尔值（true/false）</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
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
        <source>nothing</source>
        <translation>无内容</translation>
    </message>
    <message>
        <source>missing; expected text</source>
        <translation>缺失；应为文本</translation>
    </message>
    <message>
        <source>expected text, found %1</source>
        <translation>应为文本，实为%1</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>missing; expected the year as a whole number, e.g. 2026</source>
        <translation>缺失；应为整数形式的年份，例如 2026</translation>
    </message>
    <message>
        <source>expected the year as a whole number, found %1</source>
        <translation>应为整数形式的年份，实为%1</translation>
    </message>
    <message>
        <source>%1 is not a year</source>
        <translation>%1 不是有效的年份</translation>
    </message>
    <message>
        <source>missing; expected a list</source>
        <translation>缺失；应为列表</translation>
    </message>
    <message>
        <source>expected a list, found %1</source>
        <translation>应为列表，实为%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a real date in the form YYYY-MM-DD</source>
        <translation>“%1”不是 YYYY-MM-DD 格式的有效日期</translation>
    </message>
    <message>
        <source>%1 lies outside the year %2 that this schedule is for</source>
        <translation>%1 不在本安排所适用的 %2 年内</translation>
    </message>
    <message>
        <source>%1 is listed twice (first at %2)</source>
        <translation>%1 重复列出（首次出现在 %2）</translation>
    </message>
    <message>
        <source>%1 is a %2; a make-up working day is always a Saturday or Sunday</source>
        <translation>%1 是%2；调休上班日一定是星期六或星期日</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not supported; expected &quot;%2&quot;</source>
        <translation>不支持“%1”；应为“%2”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a verification mark; expected [V], [V2] or [U]</source>
        <translation>“%1”不是核实标记；应为 [V]、[V2] 或 [U]</translation>
    </message>
    <message>
        <source>missing; say which notice the dates come from</source>
        <translation>缺失；请写明日期出自哪一份通知</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>应为对象，实为%1</translation>
    </message>
    <message>
        <source>names neither the notice&apos;s title nor its URL; an officer must be able to see what the dates rest on</source>
        <translation>既未写明通知标题，也未写明其网址；工作人员必须能够查到这些日期的依据</translation>
    </message>
    <message>
        <source>expected an object with &quot;date&quot; and &quot;name&quot;, found %1</source>
        <translation>应为包含“date”和“name”的对象，实为%1</translation>
    </message>
    <message>
        <source>expected the notice&apos;s URL as text, found %1</source>
        <translation>通知网址应为文本，实为%1</translation>
    </message>
    <message>
        <source>is empty; the file must name the State Council notice it was taken from</source>
        <translation>为空；文件必须写明所依据的国务院办公厅通知</translation>
    </message>
    <message>
        <source>Imported from the holiday-cn file %1 (https://github.com/NateScarlet/holiday-cn, MIT licence); check the dates against the notice before relying on them.</source>
        <translation>导入自 holiday-cn 文件 %1（https://github.com/NateScarlet/holiday-cn，MIT 许可证）；使用前请对照通知原文核对日期。</translation>
    </message>
    <message>
        <source>expected an object with &quot;name&quot;, &quot;date&quot; and &quot;isOffDay&quot;, found %1</source>
        <translation>应为包含“name”“date”和“isOffDay”的对象，实为%1</translation>
    </message>
    <message>
        <source>missing; expected true or false</source>
        <translation>缺失；应为 true 或 false</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>应为 true 或 false，实为%1</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>顶层</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at character %2)</source>
        <translation>不是有效的 JSON（第 %2 个字符处：%1）</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>应为 JSON 对象</translation>
    </message>
    <message>
        <source>unknown format %1; expected &quot;%2&quot; or a holiday-cn file</source>
        <translation>未知格式 %1；应为“%2”或 holiday-cn 文件</translation>
    </message>
    <message>
        <source>neither a CreditCase holiday schedule (&quot;format&quot;: &quot;%1&quot;) nor a holiday-cn file (&quot;year&quot;, &quot;papers&quot;, &quot;days&quot;)</source>
        <translation>既不是本软件的节假日安排文件（&quot;format&quot;: &quot;%1&quot;），也不是 holiday-cn 文件（&quot;year&quot;、&quot;papers&quot;、&quot;days&quot;）</translation>
    </message>
    <message>
        <source>lists no days off; a published holiday schedule always has some</source>
        <translation>未列出任何放假日期；已公布的节假日安排一定包含放假日期</translation>
    </message>
</context>
<context>
    <name>IdentifierCheck</name>
    <message>
        <source>nothing to check: the value is empty</source>
        <translation>没有可校验的内容：值为空</translation>
    </message>
</context>
<context>
    <name>InquiryRegister</name>
    <message>
        <source>State the purpose of this inquiry; every inquiry into a record is registered with its purpose (Guiding Opinions VII(13)).</source>
        <translation>请说明本次查询的目的；每一次对记录的查询都会连同其目的登记在册（《指导意见》七（十三））。</translation>
    </message>
    <message>
        <source>The inquiry could not be registered: %1</source>
        <translation>无法登记本次查询：%1</translation>
    </message>
    <message>
        <source>The inquiry register cannot be read: %1</source>
        <translation>无法读取查询登记簿：%1</translation>
    </message>
    <message>
        <source>Say why the inquiry is flagged.</source>
        <translation>请说明标记该查询的原因。</translation>
    </message>
    <message>
        <source>There is no inquiry number %1 in the register.</source>
        <translation>登记簿中没有编号为 %1 的查询。</translation>
    </message>
    <message>
        <source>Inquiry %1 is already flagged.</source>
        <translation>查询 %1 已被标记。</translation>
    </message>
</context>
<context>
    <name>KdfParams</name>
    <message>
        <source>The password protection settings (%1 passes, %2 KiB of memory) are outside the range this version of CreditCase accepts.</source>
        <translation>密码保护参数（%1 轮，%2 KiB 内存）超出了本版本软件可接受的范围。</translation>
    </message>
    <message>
        <source>Internal error: a password key was requested with a malformed salt or size.</source>
        <translation>内部错误：请求生成密码密钥时提供的盐值或长度不正确。</translation>
    </message>
    <message>
        <source>This computer could not provide the %1 MiB of memory needed to check the password. Close other programs and try again.</source>
        <translation>本计算机无法提供校验密码所需的 %1 MiB 内存。请关闭其他程序后重试。</translation>
    </message>
    <message>
        <source>The password protection could not be measured: this computer could not provide %1 MiB of memory.</source>
        <translation>无法测定密码保护参数：本计算机无法提供 %1 MiB 内存。</translation>
    </message>
</context>
<context>
    <name>KeySlotFile</name>
    <message>
        <source>The key file is damaged or was altered (%1). Nobody can sign in with a password until it is replaced, but the vault can still be opened with its recovery code.</source>
        <translation>密钥文件已损坏或被篡改（%1）。在替换该文件之前，任何人都无法用密码登录，但仍可用恢复码打开保险库。</translation>
    </message>
    <message>
        <source>The key file %1 is damaged or was altered (%2). Nobody can sign in with a password until it is replaced, but the vault can still be opened with its recovery code.</source>
        <translation>密钥文件 %1 已损坏或被篡改（%2）。在替换该文件之前，任何人都无法用密码登录，但仍可用恢复码打开保险库。</translation>
    </message>
    <message>
        <source>The user name or the password is wrong. Check both, and that Caps Lock and the Chinese input method are off, then try again.</source>
        <translation>用户名或密码错误。请检查两者，并确认大写锁定键和中文输入法均已关闭，然后重试。</translation>
    </message>
    <message>
        <source>Internal error: a key of the wrong size was given to the key file. Nothing was changed.</source>
        <translation>内部错误：提供给密钥文件的密钥长度不正确。未作任何更改。</translation>
    </message>
    <message>
        <source>The key file %1 is missing. Nobody can sign in with a password without it, but the vault can still be opened with its recovery code.</source>
        <translation>密钥文件 %1 缺失。没有该文件，任何人都无法用密码登录，但仍可用恢复码打开保险库。</translation>
    </message>
    <message>
        <source>The key file %1 could not be read: %2. Check that you may read it.</source>
        <translation>无法读取密钥文件 %1：%2。请检查您是否有读取权限。</translation>
    </message>
    <message>
        <source>The key file %1 could not be read: %2.</source>
        <translation>无法读取密钥文件 %1：%2。</translation>
    </message>
    <message>
        <source>it is not readable as JSON</source>
        <translation>无法按 JSON 格式读取</translation>
    </message>
    <message>
        <source>it is not a CreditCase key file</source>
        <translation>不是本软件的密钥文件</translation>
    </message>
    <message>
        <source>The key file was written by a newer version of CreditCase (key file format %1). Install the newer version to sign in.</source>
        <translation>该密钥文件由更高版本的本软件写入（密钥文件格式 %1）。请安装新版本后再登录。</translation>
    </message>
    <message>
        <source>unexpected content at %1</source>
        <translation>%1 处的内容异常</translation>
    </message>
    <message>
        <source>its check value does not match its content</source>
        <translation>校验值与内容不符</translation>
    </message>
    <message>
        <source>Internal error: the key file was not sealed before saving. Nothing was written.</source>
        <translation>内部错误：密钥文件在保存前未经签封。未写入任何内容。</translation>
    </message>
    <message>
        <source>The key file %1 could not be written: %2. The previous key file, if any, is unchanged; check free disk space and that you may write to the folder.</source>
        <translation>无法写入密钥文件 %1：%2。原有的密钥文件（如有）未被更改；请检查磁盘剩余空间，以及您是否有该文件夹的写入权限。</translation>
    </message>
    <message>
        <source>A key slot needs a user name.</source>
        <translation>密钥槽需要用户名。</translation>
    </message>
    <message>
        <source>The key file was altered: the key slot of user %1 does not open the vault. Sign-in is refused; an administrator can open the vault with its recovery code and set a new password for this user.</source>
        <translation>密钥文件已被篡改：用户 %1 的密钥槽无法打开保险库。已拒绝登录；管理员可用恢复码打开保险库，并为该用户设置新密码。</translation>
    </message>
    <message>
        <source>There is no key slot for user %1 in the key file.</source>
        <translation>密钥文件中没有用户 %1 的密钥槽。</translation>
    </message>
    <message>
        <source>The key slot of user %1 does not match the vault&apos;s records, so it was not changed. Set a new password for this user after the change of vault key.</source>
        <translation>用户 %1 的密钥槽与保险库的记录不符，因此未作更改。请在更换保险库密钥后为该用户设置新密码。</translation>
    </message>
    <message>
        <source>The key file was altered: its seal does not match the vault, so a key slot may have been added or changed by someone without the vault key. Sign-in is refused; an administrator can open the vault with its recovery code and write a new key file.</source>
        <translation>密钥文件已被篡改：其签封与保险库不符，可能有人在没有保险库密钥的情况下添加或更改了密钥槽。已拒绝登录；管理员可用恢复码打开保险库，并写入新的密钥文件。</translation>
    </message>
    <message>
        <source>it is larger than %1 MiB, more than CreditCase ever writes</source>
        <translation>文件大于 %1 MiB，超出 CreditCase 所能写入的大小</translation>
    </message>
    <message>
        <source>it is larger than %1 MiB</source>
        <translation>文件大于 %1 MiB</translation>
    </message>
    <message>
        <source>no key slot could be found in it</source>
        <translation>其中找不到任何密钥槽</translation>
    </message>
    <message>
        <source>it holds %1 key slots, more than the %2 CreditCase supports</source>
        <translation>其中有 %1 个密钥槽，超过 CreditCase 支持的上限 %2 个</translation>
    </message>
    <message>
        <source>Nothing was written; the previous key file, if any, is unchanged.</source>
        <translation>未写入任何内容；原有密钥文件（如有）保持不变。</translation>
    </message>
    <message>
        <source>The key file would hold %1 key slots, more than the %2 CreditCase can read back. %3</source>
        <translation>密钥文件将包含 %1 个密钥槽，超过 CreditCase 能够读回的上限 %2 个。%3</translation>
    </message>
    <message>
        <source>The key file would be %1 bytes, more than the %2 MiB CreditCase can read back. %3</source>
        <translation>密钥文件将达到 %1 字节，超过 CreditCase 能够读回的上限 %2 MiB。%3</translation>
    </message>
    <message>
        <source>Internal error: the key file would not read back (%1). %2</source>
        <translation>内部错误：写出的密钥文件无法读回（%1）。%2</translation>
    </message>
    <message>
        <source>The key file already holds %1 key slots, the most CreditCase supports. Disable the accounts of people who have left before adding more. Nothing was changed.</source>
        <translation>密钥文件已有 %1 个密钥槽，已达 CreditCase 支持的上限。请先停用已离职人员的账户，再添加新用户。未作任何更改。</translation>
    </message>
</context>
<context>
    <name>LongJob</name>
    <message>
        <source>Cancelled. Nothing after the last completed step was changed.</source>
        <translation>已取消。最后一个已完成步骤之后未作任何更改。</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling: finishing the current step…</source>
        <translation>正在取消：完成当前步骤…</translation>
    </message>
    <message>
        <source>This work needs an open vault.</source>
        <translation>此项工作需要先打开保险库。</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Cannot read the schema version of the vault.</source>
        <translation>无法读取保险库的数据结构版本。</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of CreditCase (schema %1; this program knows up to %2). Update CreditCase before opening it.</source>
        <translation>此保险库由更高版本的本软件写入（数据结构版本 %1；本程序最高支持 %2）。请先升级本软件再打开。</translation>
    </message>
    <message>
        <source>The vault connection is not a SQLCipher connection.</source>
        <translation>保险库连接不是 SQLCipher 连接。</translation>
    </message>
    <message>
        <source>Cannot start schema migration %1: %2</source>
        <translation>无法开始第 %1 号数据结构迁移：%2</translation>
    </message>
    <message>
        <source>Schema migration %1 (%2) failed and was rolled back: %3</source>
        <translation>第 %1 号数据结构迁移（%2）失败，已回滚：%3</translation>
    </message>
</context>
<context>
    <name>NoticeBatchPrinter</name>
    <message>
        <source>Printing the notices due for service on %1…</source>
        <translation>正在打印 %1 应送达的告知书…</translation>
    </message>
    <message>
        <source>Printed %1 of %2 notices due on %3.</source>
        <translation>已打印 %3 应送达告知书 %1/%2 份。</translation>
    </message>
    <message>
        <source>Folder for the notices due on %1</source>
        <translation>%1 应送达告知书的保存文件夹</translation>
    </message>
    <message>
        <source>Notices not printed</source>
        <translation>告知书未打印</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>案件 %1：%2</translation>
    </message>
    <message>
        <source>%1 notices printed into %2; %3 failed.</source>
        <translation>已打印 %1 份告知书到 %2；%3 份失败。</translation>
    </message>
    <message>
        <source>Notices due for service</source>
        <translation>应送达的告知书</translation>
    </message>
    <message>
        <source>Printing the notices due for service</source>
        <translation>打印待送达的告知书</translation>
    </message>
    <message>
        <source>Cancelling: the notices of the group being printed are rolled back (their numbers are given back and their files removed); the groups finished before stay printed and recorded.</source>
        <translation>正在取消：正在打印的这一组告知书将回滚（文号退回，文件删除）；此前已完成的各组仍保持已打印并已记录。</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n notice(s) of the group being printed were rolled back (their numbers were given back, no file was kept); the notices not yet printed were left as they were.</source>
        <translation>
            <numerusform>已取消：正在打印的这一组中有 %n 份告知书已回滚（文号已退回，未保留任何文件）；尚未打印的告知书保持原状。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintCli</name>
    <message>
        <source>Internal error: printing needs the graphical text engine, which this command was started without. Nothing was printed.</source>
        <translation>内部错误：打印需要图形文字排版引擎，但本命令启动时未加载。未打印任何内容。</translation>
    </message>
    <message>
        <source>the case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>要写入的 PDF 文件</translation>
    </message>
    <message>
        <source>a public copy: the party&apos;s identifier masked</source>
        <translation>公开文本：遮蔽当事人证件号码</translation>
    </message>
    <message>
        <source>replace the file if it exists</source>
        <translation>文件已存在时覆盖</translation>
    </message>
    <message>
        <source>Name the file with the ending .pdf: &quot;%1&quot; has none.</source>
        <translation>文件名须以 .pdf 结尾：“%1”不是。</translation>
    </message>
    <message>
        <source>Issued the %1 of case %2 as %3 and wrote it to %4.</source>
        <translation>已制发案件 %2 的%1，文号 %3，已写入 %4。</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>（无文号）</translation>
    </message>
    <message>
        <source>Printed copy %1 (副本 %1) of the %2 %3 of case %4 to %5.</source>
        <translation>已将案件 %4 的%2 %3 副本 %1 打印到 %5。</translation>
    </message>
    <message>
        <source>Fingerprint: %1 (check it with: document verify --fingerprint %1).</source>
        <translation>文书指纹：%1（核验命令：document verify --fingerprint %1）。</translation>
    </message>
    <message>
        <source>This is a public copy: the party&apos;s identifier is masked.</source>
        <translation>这是公开文本：当事人证件号码已遮蔽。</translation>
    </message>
    <message>
        <source>the day the notices are due for service</source>
        <translation>告知书应送达的日期</translation>
    </message>
    <message>
        <source>the folder to write the PDF files into</source>
        <translation>写入 PDF 文件的文件夹</translation>
    </message>
    <message>
        <source>%1 is a file; name a folder for the notices.</source>
        <translation>%1 是文件；请为告知书指定一个文件夹。</translation>
    </message>
    <message>
        <source>Printed %1 of %2 notices</source>
        <translation>已打印 %1/%2 份告知书</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>案件 %1：%2</translation>
    </message>
    <message>
        <source>Notices due for service on %1: %2 printed into %3, %4 failed.</source>
        <translation>%1 应送达的告知书：已打印 %2 份到 %3，%4 份失败。</translation>
    </message>
    <message>
        <source>the fingerprint printed at the foot of the page</source>
        <translation>页脚印有的文书指纹</translation>
    </message>
    <message>
        <source>NOT VERIFIED: %1</source>
        <translation>核验未通过：%1</translation>
    </message>
    <message>
        <source>the original</source>
        <translation>正本</translation>
    </message>
    <message>
        <source>copy %1 (副本 %1)</source>
        <translation>副本 %1</translation>
    </message>
    <message>
        <source>Verified: %1 %2 of case %3, issued on %4 by %5; this page is %6, printed at %7 by %8 (%9 copy). The stored text matches.</source>
        <translation>核验通过：案件 %3 的%1 %2，由 %5 于 %4 制发；此页为%6，由 %8 于 %7 打印（%9文本）。保存的文本一致。</translation>
    </message>
    <message>
        <source>public</source>
        <translation>公开</translation>
    </message>
    <message>
        <source>party&apos;s</source>
        <translation>送达当事人</translation>
    </message>
    <message>
        <source>organ, or a document kind</source>
        <translation>organ（机关信息）或文书类型</translation>
    </message>
    <message>
        <source>write the template to this file</source>
        <translation>将模板写入此文件</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Wrote the template %1 (%2) to %3.</source>
        <translation>已将模板 %1（%2）写入 %3。</translation>
    </message>
    <message>
        <source>the adapted template (JSON)</source>
        <translation>调整后的模板（JSON）</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Stored version %1 of the template %2 for your organ; documents issued from now on use it.</source>
        <translation>已为本机关保存模板 %2 的第 %1 版；此后制发的文书将使用该版本。</translation>
    </message>
</context>
<context>
    <name>PrivateFile</name>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>无法写入文件 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 could not be written (%2); its earlier content is unchanged.</source>
        <translation>无法写入文件 %1（%2）；其原有内容保持不变。</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>已取消，未作任何更改。</translation>
    </message>
</context>
<context>
    <name>RecoveryCode</name>
    <message>
        <source>Enter the recovery code: %1 groups of %2 characters.</source>
        <translation>请输入恢复码：共 %1 组，每组 %2 个字符。</translation>
    </message>
    <message>
        <source>The recovery code is not valid: &quot;%1&quot; never appears in a recovery code. Check group %2.</source>
        <translation>恢复码无效：恢复码中不会出现“%1”。请检查第 %2 组。</translation>
    </message>
    <message>
        <source>The recovery code is not valid: &quot;%1&quot; never appears in a recovery code. Recovery codes use only digits and the letters A to Z without U.</source>
        <translation>恢复码无效：恢复码中不会出现“%1”。恢复码只使用数字，以及除 U 以外的字母 A 至 Z。</translation>
    </message>
    <message>
        <source>The recovery code is not valid: group %1 should have %2 characters.</source>
        <translation>恢复码无效：第 %1 组应有 %2 个字符。</translation>
    </message>
    <message>
        <source>The recovery code is not valid: groups %1 should each have %2 characters.</source>
        <translation>恢复码无效：第 %1 组应各有 %2 个字符。</translation>
    </message>
    <message>
        <source>The recovery code is not valid: it has %1 characters instead of %2. Check for a missing or an extra character.</source>
        <translation>恢复码无效：共有 %1 个字符，应为 %2 个。请检查是否漏输或多输了字符。</translation>
    </message>
    <message>
        <source>The recovery code is not valid: check group %1.</source>
        <translation>恢复码无效：请检查第 %1 组。</translation>
    </message>
    <message>
        <source>The recovery code is not valid: check groups %1.</source>
        <translation>恢复码无效：请检查第 %1 组。</translation>
    </message>
</context>
<context>
    <name>ReportService</name>
    <message>
        <source>A report needs the first and the last day of its period.</source>
        <translation>报表需要指定期间的起止日期。</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2.</source>
        <translation>--from %1 晚于 --to %2。</translation>
    </message>
    <message>
        <source>--to %1 is after today (%2): a report or export cannot be made as of a day that has not come yet.</source>
        <translation>--to %1 晚于今天（%2）：不能以尚未到来的日期为基准生成报表或导出。</translation>
    </message>
    <message>
        <source>The accountability report is for supervisors, auditors and administrators; %1 is an officer.</source>
        <translation>责任报表仅供监督员、审计员和管理员使用；%1 是经办人员。</translation>
    </message>
    <message>
        <source>list of the open deadlines</source>
        <translation>未届满期限列表</translation>
    </message>
</context>
<context>
    <name>ResidentIdNumber</name>
    <message>
        <source>converted from the old 15-digit number %1</source>
        <translation>由旧版 15 位号码 %1 转换而来</translation>
    </message>
    <message>
        <source>the number is empty</source>
        <translation>号码为空</translation>
    </message>
    <message>
        <source>length is %1, expected %2 (or %3 for an old number)</source>
        <translation>长度为 %1 位，应为 %2 位（旧版号码为 %3 位）</translation>
    </message>
    <message>
        <source>character %1 &apos;%2&apos; is not allowed: an old 15-digit number has only digits</source>
        <translation>第 %1 位字符“%2”不允许使用：旧版 15 位号码只含数字</translation>
    </message>
    <message>
        <source>character %1 &apos;%2&apos; is not allowed: only digits are used, and X as the last character</source>
        <translation>第 %1 位字符“%2”不允许使用：只能使用数字，最后一位可以是 X</translation>
    </message>
    <message>
        <source>the birth date %1 is not a real date</source>
        <translation>出生日期 %1 不是真实存在的日期</translation>
    </message>
    <message>
        <source>the birth date %1 is in the future</source>
        <translation>出生日期 %1 晚于当前日期</translation>
    </message>
    <message>
        <source>the check character should be %1, not %2</source>
        <translation>校验码应为 %1，而不是 %2</translation>
    </message>
    <message>
        <source>; the check character should be %1</source>
        <translation>；校验码应为 %1</translation>
    </message>
    <message>
        <source>the address code %1 does not start with a province-level code of GB/T 2260 (%2 is none)</source>
        <translation>地址码 %1 的开头不是 GB/T 2260 规定的省级代码（%2 不是省级代码）</translation>
    </message>
</context>
<context>
    <name>RestorationStage</name>
    <message>
        <source>applied for, awaiting decision</source>
        <translation>已申请，待决定</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>已准予</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>不予修复</translation>
    </message>
    <message>
        <source>revoked (listing restored)</source>
        <translation>已撤销（恢复列入名单）</translation>
    </message>
</context>
<context>
    <name>RestorationStore</name>
    <message>
        <source>The restoration applications could not be read or written</source>
        <translation>无法读取或写入信用修复申请</translation>
    </message>
    <message>
        <source>There is no restoration application %1.</source>
        <translation>没有信用修复申请 %1。</translation>
    </message>
</context>
<context>
    <name>RestorationWorkflow</name>
    <message>
        <source>Restoration is applied for while the subject is on the list; case %1 is %2.</source>
        <translation>信用修复须在主体列入名单期间申请；案件 %1 的状态为“%2”。</translation>
    </message>
    <message>
        <source>the application</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>the designation decision of %1</source>
        <translation>%1 的认定决定</translation>
    </message>
    <message>
        <source>The correction (%1) cannot be dated after the application (%2).</source>
        <translation>纠正日期（%1）不能晚于申请日期（%2）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; provides no early removal; the listing ends when its term expires.</source>
        <translation>“%1”未规定提前移出；列入期限届满时列入终止。</translation>
    </message>
    <message>
        <source>A refusal must give its reasons (--text).</source>
        <translation>不予修复必须说明理由（--text）。</translation>
    </message>
    <message>
        <source>the decision on the application</source>
        <translation>对申请的决定</translation>
    </message>
    <message>
        <source>the application of %1</source>
        <translation>%1 的申请</translation>
    </message>
    <message>
        <source>Give the reasons for revoking the restoration (--text), e.g. which materials were false.</source>
        <translation>请说明撤销信用修复的理由（--text），例如哪些材料是虚假的。</translation>
    </message>
    <message>
        <source>the revocation</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>the grant of %1</source>
        <translation>%1 的准予决定</translation>
    </message>
    <message>
        <source>Application %1 for record %2, received on %3, awaits its decision (due %4); decide it before a new application is made.</source>
        <translation>信用记录 %2 的修复申请 %1（%3 收到）尚待决定（应于 %4 前决定）；请先作出决定，再受理新的申请。</translation>
    </message>
    <message>
        <source>the penalty decision of %1</source>
        <translation>%1 的行政处罚决定</translation>
    </message>
    <message>
        <source>Record %1 is not disclosed (minor conduct under the regime of its decision date); there is no disclosure to end.</source>
        <translation>信用记录 %1 未予公示（按其决定日适用的规则属轻微失信行为），无公示可终止。</translation>
    </message>
    <message>
        <source>Disclosure of record %1 already ended on %2.</source>
        <translation>信用记录 %1 已于 %2 终止公示。</translation>
    </message>
</context>
<context>
    <name>RoleNames</name>
    <message>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>case officer</source>
        <translation>承办人员</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>审核人员</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>审计员</translation>
    </message>
    <message>
        <source>county level</source>
        <translation>县级</translation>
    </message>
    <message>
        <source>municipal level</source>
        <translation>市级</translation>
    </message>
    <message>
        <source>provincial level</source>
        <translation>省级</translation>
    </message>
    <message>
        <source>national level</source>
        <translation>国家级</translation>
    </message>
</context>
<context>
    <name>RuleAdministration</name>
    <message>
        <source>The rule data in the vault cannot be read: %1</source>
        <translation>无法读取保险库中的规则数据：%1</translation>
    </message>
    <message>
        <source>The rule document %1 could not be stored: %2</source>
        <translation>无法存储规则文件 %1：%2</translation>
    </message>
    <message>
        <source>The built-in rule file %1 cannot be read.</source>
        <translation>无法读取内置规则文件 %1。</translation>
    </message>
    <message>
        <source>A rule document stored in the vault no longer reads: %1</source>
        <translation>保险库中存储的一份规则文件已无法读取：%1</translation>
    </message>
    <message>
        <source>A holiday schedule stored in the vault no longer reads: %1</source>
        <translation>保险库中存储的一份节假日安排已无法读取：%1</translation>
    </message>
    <message>
        <source>Only an administrator may import rule data; %1 is a %2.</source>
        <translation>只有管理员可以导入规则数据；%1 的角色是%2。</translation>
    </message>
    <message>
        <source>%1: version %2 of %3 %4 is already stored with different content. A corrected file must carry a new version number.</source>
        <translation>%1：%3 %4 版（版本号 %2）已按不同内容存储。更正后的文件必须使用新的版本号。</translation>
    </message>
    <message>
        <source>The stored rule data could not be read</source>
        <translation>无法读取已存储的规则数据</translation>
    </message>
</context>
<context>
    <name>RuleBook</name>
    <message>
        <source>No catalogue of public credit information is in force on %1, so nothing may be recorded as public credit information. Import the catalogue edition that covers this date.</source>
        <translation>%1 当日没有现行有效的公共信用信息目录，因此任何信息都不得作为公共信用信息记录。请导入适用于该日期的目录版本。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an item of the catalogue in force on %2 (%3, edition %4). Information outside the catalogue may not be recorded as public credit information.</source>
        <translation>“%1”不是 %2 当日现行有效的目录（%3，%4 版）中的条目。目录以外的信息不得作为公共信用信息记录。</translation>
    </message>
    <message>
        <source>Catalogue item &quot;%1&quot; covers only: %2. It may not be recorded for a %3.</source>
        <translation>目录条目“%1”仅适用于：%2。不得针对%3记录。</translation>
    </message>
    <message>
        <source>Catalogue item &quot;%1&quot; (%2) may be recorded for a %3 on %4 (catalogue edition %5).</source>
        <translation>目录条目“%1”（%2）可于 %4 针对%3记录（%5 版目录）。</translation>
    </message>
    <message>
        <source>No legally effective basis document: a %1 cannot ground a finding of untrustworthy conduct. The basis must be an effective judicial ruling or arbitral award, an administrative penalty or ruling decision, or a document that a law, regulation or State Council decision makes a basis.</source>
        <translation>没有具有法律效力的依据文书：%1不能作为认定失信行为的依据。依据必须是生效的司法裁判文书或者仲裁裁决书、行政处罚决定书或者行政裁决决定书，或者法律、法规或者国务院决定规定可作为依据的文书。</translation>
    </message>
    <message>
        <source>Name the provision of the law, regulation or State Council decision that makes this %1 a basis for a finding of untrustworthy conduct.</source>
        <translation>请写明规定此%1可作为认定失信行为依据的法律、法规或者国务院决定的具体条款。</translation>
    </message>
    <message>
        <source>The %1 has not taken legal effect (it may still be open to appeal or reconsideration); a finding may rest only on a legally effective document.</source>
        <translation>该%1尚未发生法律效力（可能仍可上诉或者申请复议）；认定只能以具有法律效力的文书为依据。</translation>
    </message>
    <message>
        <source>The %1 takes legal effect only on %2; on %3 it cannot yet be a basis.</source>
        <translation>该%1自 %2 起才发生法律效力；在 %3 尚不能作为依据。</translation>
    </message>
    <message>
        <source>The %1 is a legally effective basis document (effective since %2).</source>
        <translation>该%1是具有法律效力的依据文书（自 %2 起生效）。</translation>
    </message>
    <message>
        <source>There is no list type &quot;%1&quot; in the rules in force on %2. A list of the seriously untrustworthy may not be created or widened without a basis in law, regulation or a State Council decision.</source>
        <translation>%2 当日现行有效的规则中没有名单类型“%1”。没有法律、法规或者国务院决定作为依据，不得设立或者扩大严重失信主体名单。</translation>
    </message>
    <message>
        <source>The standard for &quot;%1&quot; (%2) ceased to be in force after %3; it cannot support a designation on %4.</source>
        <translation>“%1”的认定标准（%2）在 %3 之后已不再施行，不能作为 %4 当日作出认定的依据。</translation>
    </message>
    <message>
        <source>The standard for &quot;%1&quot; (%2) takes effect only on %3; it cannot support a designation on %4.</source>
        <translation>“%1”的认定标准（%2）自 %3 起才施行，不能作为 %4 当日作出认定的依据。</translation>
    </message>
    <message>
        <source>The designation standard is %1; only a standard in force supports a designation.</source>
        <translation>该认定标准的状态为“%1”；只有现行有效的标准才能作为认定依据。</translation>
    </message>
    <message>
        <source>The designation standard is in force only from %1; it cannot support a designation on %2.</source>
        <translation>该认定标准自 %1 起才施行，不能作为 %2 当日作出认定的依据。</translation>
    </message>
    <message>
        <source>The designation standard ceased to be in force on %1; it cannot support a designation on %2.</source>
        <translation>该认定标准已于 %1 停止施行，不能作为 %2 当日作出认定的依据。</translation>
    </message>
    <message>
        <source>No legal bases (the Guiding Opinions&apos; rules on list scope and standards) are in force on %1 in the loaded rules, so a designation on that date cannot be judged. Import the legal-bases edition that covers this date.</source>
        <translation>已加载的规则中没有 %1 当日现行有效的法律依据（《指导意见》关于名单范围和认定标准的规定），因此无法判断该日期的认定是否合法。请导入适用于该日期的法律依据版本。</translation>
    </message>
    <message>
        <source>A designation standard in the form &quot;%1&quot; is not allowed: standards are set by law or regulation, or where that is not yet possible by a departmental rule of the competent department.</source>
        <translation>不允许以“%1”形式制定认定标准：认定标准应当由法律、法规设定；暂不具备条件的，可由主管部门以部门规章设定。</translation>
    </message>
    <message>
        <source>The rules in force on %1 do not state the minimum public comment period for designation standards (&quot;standard-comment-minimum&quot; in procedure-limits); import the procedure limits.</source>
        <translation>%1 当日现行有效的规则未规定认定标准的最短公开征求意见期限（procedure-limits 中的“standard-comment-minimum”）；请导入程序时限规定。</translation>
    </message>
    <message>
        <source>The standard&apos;s public comment period is not recorded. A designation standard must be open for public comment for at least %1 before adoption.</source>
        <translation>未记录该标准的公开征求意见期。认定标准在通过前必须公开征求意见至少 %1。</translation>
    </message>
    <message>
        <source>The minimum comment period (%1) cannot be counted without the work calendar.</source>
        <translation>没有工作日历，无法计算最短征求意见期限（%1）。</translation>
    </message>
    <message>
        <source>The standard was open for public comment from %1 to %2, shorter than the required %3: it would have had to stay open until at least %4.</source>
        <translation>该标准的公开征求意见期为 %1 至 %2，短于规定的 %3：征求意见应至少持续到 %4。</translation>
    </message>
    <message>
        <source>The standard was adopted on %1, before its public comment period closed on %2.</source>
        <translation>该标准于 %1 通过，早于其公开征求意见期的截止日 %2。</translation>
    </message>
    <message>
        <source>the conditions for removal</source>
        <translation>移出条件</translation>
    </message>
    <message>
        <source>the removal procedure</source>
        <translation>移出程序</translation>
    </message>
    <message>
        <source>the relief available</source>
        <translation>救济措施</translation>
    </message>
    <message>
        <source>The designation standard does not state %1. A standard must state the conditions and procedure for removal and the relief measures.</source>
        <translation>该认定标准未写明%1。认定标准必须写明移出条件、移出程序和救济措施。</translation>
    </message>
    <message>
        <source>The conduct (%1) is outside the scope of &quot;%2&quot;, which covers only conduct that %3. No list may be widened without a legal basis.</source>
        <translation>该行为（%1）不在“%2”的适用范围内，该名单仅适用于%3的行为。没有法律依据，不得扩大任何名单的范围。</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>A department at %1 may not designate for &quot;%2&quot;: designation is made at %3 or above.</source>
        <translation>%1部门无权就“%2”作出认定：该认定应由%3及以上部门作出。</translation>
    </message>
    <message>
        <source>State the ground of &quot;%1&quot; the conduct falls under (one of: %2); &quot;%3&quot; is not one of them.</source>
        <translation>请写明该行为属于“%1”的哪一种认定情形（可选：%2）；“%3”不在其中。</translation>
    </message>
    <message>
        <source>The subject may not be placed on &quot;%1&quot;: %2</source>
        <translation>不得将该主体列入“%1”：%2</translation>
    </message>
    <message>
        <source>The conduct may be designated for &quot;%1&quot; on %2 under %3.</source>
        <translation>可于 %2 依据%3将该行为认定列入“%1”。</translation>
    </message>
    <message>
        <source>There is no list type &quot;%1&quot; in the rules in force on %2.</source>
        <translation>%2 当日现行有效的规则中没有名单类型“%1”。</translation>
    </message>
    <message>
        <source>No national list of punishment measures is in force on %1; no measure may be applied. Import the measures list that covers this date.</source>
        <translation>%1 当日没有现行有效的全国失信惩戒措施清单，不得采取任何惩戒措施。请导入适用于该日期的措施清单。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not on the national basic list of punishment measures in force on %2 (edition %3). Measures outside the list may not be applied.</source>
        <translation>“%1”不在 %2 当日现行有效的全国失信惩戒措施基础清单（%3 版）中。不得采取清单以外的惩戒措施。</translation>
    </message>
    <message>
        <source>The standard for &quot;%1&quot; does not provide the measure &quot;%2&quot;; only the measures it lists may follow a designation.</source>
        <translation>“%1”的认定标准未规定惩戒措施“%2”；认定后只能采取该标准所列的措施。</translation>
    </message>
    <message>
        <source>The measure &quot;%1&quot; may follow only %2 conduct, not %3 conduct: measures must be proportionate to the nature and seriousness of the conduct.</source>
        <translation>惩戒措施“%1”只适用于%2失信行为，不适用于%3失信行为：惩戒措施必须与失信行为的性质和严重程度相适应。</translation>
    </message>
    <message>
        <source>The measure &quot;%1&quot; is taken by %2 on their own (category %3): it may only be communicated to them, never ordered.</source>
        <translation>惩戒措施“%1”由%2自主采取（%3 类）：只能向其通报，绝不能强制要求。</translation>
    </message>
    <message>
        <source>The measure &quot;%1&quot; may be applied to %2 conduct on &quot;%3&quot;.</source>
        <translation>对列入“%3”的%2失信行为，可采取惩戒措施“%1”。</translation>
    </message>
    <message>
        <source>The measure &quot;%1&quot; may be communicated to %2 for %3 conduct on &quot;%4&quot;; they decide on their own.</source>
        <translation>可就列入“%4”的%3失信行为向%2通报惩戒措施“%1”；是否采取由其自主决定。</translation>
    </message>
    <message>
        <source>No disclosure regime covers a decision dated %1; its disclosure period cannot be determined. Import the disclosure regimes that cover this date.</source>
        <translation>没有适用于 %1 作出的决定的公示规则，无法确定其公示期限。请导入适用于该日期的公示规则。</translation>
    </message>
    <message>
        <source>The regime &quot;%1&quot; states no disclosure period for %2 conduct.</source>
        <translation>公示规则“%1”未规定%2失信行为的公示期限。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; provides no early removal; the listing ends when its term expires.</source>
        <translation>“%1”不允许提前移出；列入期限届满时自动移出。</translation>
    </message>
    <message>
        <source>The waiting period for early removal runs from the correction of the conduct, which has not been recorded.</source>
        <translation>提前移出的等待期自失信行为纠正之日起计算，但尚未记录纠正情况。</translation>
    </message>
    <message>
        <source>The waiting period (%1) cannot be counted without the work calendar.</source>
        <translation>没有工作日历，无法计算等待期（%1）。</translation>
    </message>
    <message>
        <source>The minimum disclosure period (%1) cannot be counted without the work calendar.</source>
        <translation>没有工作日历，无法计算最短公示期限（%1）。</translation>
    </message>
    <message>
        <source>The date of the decision that made the finding and the date of the application are both needed to judge a restoration application.</source>
        <translation>判断信用修复申请需要作出认定的决定日期和申请日期，二者缺一不可。</translation>
    </message>
    <message>
        <source>The correction is recorded for %1, after the application date %2.</source>
        <translation>记录的纠正日期为 %1，晚于申请日期 %2。</translation>
    </message>
    <message>
        <source>Early removal from &quot;%1&quot; is excluded: %2</source>
        <translation>不得提前从“%1”中移出：%2</translation>
    </message>
    <message>
        <source>Early removal from &quot;%1&quot; requires that the conduct be corrected and the obligations performed first; no correction is recorded.</source>
        <translation>提前从“%1”中移出，须先纠正失信行为并履行相关义务；目前没有纠正记录。</translation>
    </message>
    <message>
        <source>Early removal from &quot;%1&quot; requires a written credit commitment from the subject; none has been submitted.</source>
        <translation>提前从“%1”中移出，须由失信主体提交书面信用承诺；目前尚未提交。</translation>
    </message>
    <message>
        <source>Too early: early removal from &quot;%1&quot; may be applied for from %2 (%3 after %4).</source>
        <translation>为时过早：最早可于 %2 申请提前从“%1”中移出（自%4之日起满 %3）。</translation>
    </message>
    <message>
        <source>the correction, while listed</source>
        <translation>列入名单期间完成纠正</translation>
    </message>
    <message>
        <source>the listing decision</source>
        <translation>作出列入名单决定</translation>
    </message>
    <message>
        <source>Early removal from &quot;%1&quot; may be applied for on %2.</source>
        <translation>可于 %2 申请提前从“%1”中移出。</translation>
    </message>
    <message>
        <source>Restoration under %1 requires that the conduct be corrected and the obligations (e.g. the fine) performed first; no correction is recorded.</source>
        <translation>依据%1申请信用修复，须先纠正失信行为并履行相关义务（如缴纳罚款）；目前没有纠正记录。</translation>
    </message>
    <message>
        <source>Restoration under %1 requires a credit commitment letter (信用承诺书); none has been submitted.</source>
        <translation>依据%1申请信用修复，须提交信用承诺书；目前尚未提交。</translation>
    </message>
    <message>
        <source>Disclosure of this information ended by itself on %1 (maximum period %2 under %3); there is nothing left to restore.</source>
        <translation>该信息已于 %1 自动停止公示（依据%3，最长公示期限为 %2）；已无可修复的内容。</translation>
    </message>
    <message>
        <source>Too early: the minimum disclosure period of %1 under %2 runs until %3; restoration may be applied for from that day.</source>
        <translation>为时过早：依据%2，最短公示期限为 %1，至 %3 届满；自该日起方可申请信用修复。</translation>
    </message>
    <message>
        <source>Restoration may be applied for on %1 under %2.</source>
        <translation>可于 %1 依据%2申请信用修复。</translation>
    </message>
    <message>
        <source>The rules in force on %1 state no procedure limit &quot;%2&quot;.</source>
        <translation>%1 当日现行有效的规则未规定程序时限“%2”。</translation>
    </message>
    <message>
        <source>The record is catalogue item &quot;%1&quot;, which is not adverse information: honours, credit commitments and voluntarily supplied information can never lead to a designation for &quot;%2&quot;.</source>
        <translation>该信用记录属于目录事项“%1”，不是失信信息：荣誉、信用承诺和自愿提供的信息不能据以认定列入“%2”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; lists only: %2. A %3 cannot be placed on it.</source>
        <translation>“%1”只列入：%2。%3不能被列入该名单。</translation>
    </message>
    <message>
        <source>The record is of %1 conduct; &quot;%2&quot; may follow only %3 conduct.</source>
        <translation>该信用记录为%1失信行为；“%2”只能针对%3失信行为列入。</translation>
    </message>
    <message>
        <source>By the birth date in the resident ID, the subject is %1 years old on %2, under %3: %4</source>
        <translation>依居民身份证号码中的出生日期，当事人在 %2 为 %1 周岁，不满 %3 周岁：%4</translation>
    </message>
    <message>
        <source>The rule data does not know the public comment period of %1 (%2); it is applied as the national standard in force, but that it was open for comment for at least %3 is not verified [U].</source>
        <translation>规则数据中未载明%1（%2）的公开征求意见期间；按现行有效的全国统一认定标准适用，但其征求意见不少于%3一节未经核实 [U]。</translation>
    </message>
    <message>
        <source>%1: public comment period not known to the rule data</source>
        <translation>%1：规则数据中未载明其公开征求意见期间</translation>
    </message>
    <message>
        <source>This information is non-restorable under %1: %2. Restoration cannot be applied for.</source>
        <translation>依%1，该信息不可修复：%2。不能申请信用修复。</translation>
    </message>
    <message>
        <source>By the birth date in the resident ID, the subject was %1 years old on the day of the conduct (%2), under %3: %4</source>
        <translation>按居民身份证号码中的出生日期，当事人在行为发生日（%2）为 %1 周岁，不满 %3 周岁：%4</translation>
    </message>
    <message>
        <source>By the birth date in the resident ID, the subject was %1 years old on the date of the basis document (%2), under %3, and so at the conduct too: %4</source>
        <translation>按居民身份证号码中的出生日期，当事人在依据文书作出之日（%2）为 %1 周岁，不满 %3 周岁，行为发生时亦然：%4</translation>
    </message>
    <message>
        <source>The record does not state the day of the conduct; the age bar (%1) was checked on the basis document&apos;s date (%2) only. Record the conduct date if the subject may have been younger then. [U]</source>
        <translation>该信用记录未载明行为发生日；年龄限制（%1 周岁）仅按依据文书日期（%2）核对。如当事人行为时可能更年幼，请登记行为发生日。[U]</translation>
    </message>
</context>
<context>
    <name>RuleDuration</name>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n 个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n 年</numerusform>
        </translation>
    </message>
    <message>
        <source>the day the time limit of the order to pay wages expired</source>
        <translation>责令限期支付工资文书指定期限届满之日</translation>
    </message>
    <message>
        <source>the day the creditor&apos;s application was received</source>
        <translation>收到申请执行人申请之日</translation>
    </message>
    <message>
        <source>the day the application was received</source>
        <translation>收到申请之日</translation>
    </message>
    <message>
        <source>the day the notice was received</source>
        <translation>收到告知书之日</translation>
    </message>
    <message>
        <source>the day the objection was received</source>
        <translation>收到异议之日</translation>
    </message>
    <message>
        <source>the day of the decision</source>
        <translation>作出决定之日</translation>
    </message>
    <message>
        <source>the day of publication</source>
        <translation>公布之日</translation>
    </message>
    <message>
        <source>the day of service</source>
        <translation>送达之日</translation>
    </message>
    <message>
        <source>the end of the time to decide</source>
        <translation>原决定期限届满之日</translation>
    </message>
</context>
<context>
    <name>RuleImporter</name>
    <message>
        <source>unknown field &quot;%1&quot; (check the spelling)</source>
        <translation>未知字段“%1”（请检查拼写）</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>缺少必填字段</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>必须是列表</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不得为空</translation>
    </message>
    <message>
        <source>must be a text string</source>
        <translation>必须是文本字符串</translation>
    </message>
    <message>
        <source>must be a non-empty text string</source>
        <translation>必须是非空的文本字符串</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>“%1”重复列出</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>不得小于 %1</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD, e.g. 2026-04-01</source>
        <translation>“%1”不是日期；请按 YYYY-MM-DD 格式填写，例如 2026-04-01</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a verification mark; use V (read in the official text), V2 (secondary source) or U (unverified)</source>
        <translation>“%1”不是核实标记；请使用 V（已核对官方文本）、V2（来自二手资料）或 U（未经核实）</translation>
    </message>
    <message>
        <source>(not a text)</source>
        <translation>（不是文本）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed here; use one of: %2</source>
        <translation>此处不允许使用“%1”；请使用以下之一：%2</translation>
    </message>
    <message>
        <source>duplicate %1 &quot;%2&quot;: every id must be unique in the file</source>
        <translation>%1“%2”重复：文件中每个 id 都必须唯一</translation>
    </message>
    <message>
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>category number %1 is used twice</source>
        <translation>类别编号 %1 重复使用</translation>
    </message>
    <message>
        <source>item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>names category &quot;%1&quot;, which this file does not define</source>
        <translation>引用的类别“%1”未在本文件中定义</translation>
    </message>
    <message>
        <source>&quot;count&quot; and &quot;mode&quot; belong only to a &quot;fixed&quot; period</source>
        <translation>“count”和“mode”仅适用于“fixed”类型的期限</translation>
    </message>
    <message>
        <source>the item is &quot;not-disclosed&quot; but has a disclosure period; use &quot;not-disclosed&quot; here or change &quot;disclosure&quot;</source>
        <translation>该条目为“not-disclosed”（不予公开），却设有公示期限；请在此处使用“not-disclosed”，或修改“disclosure”</translation>
    </message>
    <message>
        <source>the item is disclosed but its period rule is &quot;not-disclosed&quot;</source>
        <translation>该条目设为公开，但其期限规则为“not-disclosed”</translation>
    </message>
    <message>
        <source>category C measures are taken by bodies outside public management on their own and may never be ordered (Guiding Opinions V(9)); use &quot;inform-only&quot;</source>
        <translation>C 类措施由公共管理机构以外的主体自主采取，绝不能强制要求（《指导意见》五（九））；请使用“inform-only”</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>measure number %1 is used twice</source>
        <translation>措施编号 %1 重复使用</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>ends before it takes effect</source>
        <translation>失效日期早于生效日期</translation>
    </message>
    <message>
        <source>is later than the date it takes effect</source>
        <translation>晚于生效日期</translation>
    </message>
    <message>
        <source>must be a non-empty list of Guiding Opinions IV(6) categories</source>
        <translation>必须是非空列表，列出《指导意见》四（六）规定的类别</translation>
    </message>
    <message>
        <source>closes before it opens</source>
        <translation>结束日期早于开始日期</translation>
    </message>
    <message>
        <source>a level is given but re-examination is not required</source>
        <translation>填写了层级，但并未要求复核</translation>
    </message>
    <message>
        <source>term</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>a term that lasts until performance has no &quot;count&quot; or &quot;mode&quot;</source>
        <translation>持续至义务履行完毕的期限不应有“count”或“mode”</translation>
    </message>
    <message>
        <source>give both &quot;extensionMin&quot; and &quot;extensionMax&quot;, or neither</source>
        <translation>“extensionMin”和“extensionMax”应同时填写或同时省略</translation>
    </message>
    <message>
        <source>is longer than &quot;extensionMax&quot;</source>
        <translation>长于“extensionMax”</translation>
    </message>
    <message>
        <source>early removal is not allowed, yet a waiting period or conditions are given</source>
        <translation>不允许提前移出，却填写了等待期或条件</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>must be a non-empty list of measure ids</source>
        <translation>必须是非空的措施 id 列表</translation>
    </message>
    <message>
        <source>list type</source>
        <translation>名单类型</translation>
    </message>
    <message>
        <source>regime</source>
        <translation>公示规则</translation>
    </message>
    <message>
        <source>ends before the regime takes effect</source>
        <translation>在该公示规则生效之前即已结束</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>失信程度</translation>
    </message>
    <message>
        <source>the minimum period is longer than the maximum</source>
        <translation>最短期限长于最长期限</translation>
    </message>
    <message>
        <source>no period for &quot;%1&quot; conduct; every regime must say how it treats minor, general and serious conduct</source>
        <translation>未规定“%1”级别失信行为的期限；每项公示规则都必须说明如何处理轻微、一般和严重失信行为</translation>
    </message>
    <message>
        <source>an override must change the minimum, the maximum or both</source>
        <translation>覆盖设置必须修改最短期限、最长期限或二者</translation>
    </message>
    <message>
        <source>overlaps regime &quot;%1&quot; for the same sectors; regimes must follow one another</source>
        <translation>与公示规则“%1”在相同领域的适用时间重叠；公示规则之间必须前后衔接</translation>
    </message>
    <message>
        <source>provision</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>names provision &quot;%1&quot;, which this file does not define</source>
        <translation>引用的条款“%1”未在本文件中定义</translation>
    </message>
    <message>
        <source>basis kind</source>
        <translation>依据文书类型</translation>
    </message>
    <message>
        <source>no kind of document is marked as a basis</source>
        <translation>没有任何文书类型被标记为依据</translation>
    </message>
    <message>
        <source>standard form</source>
        <translation>标准形式</translation>
    </message>
    <message>
        <source>The rule file was refused; nothing was imported. Correct these problems:
%1</source>
        <translation>规则文件被拒绝，未导入任何内容。请更正以下问题：
%1</translation>
    </message>
    <message>
        <source>not valid JSON (%1) at line %2, column %3</source>
        <translation>不是有效的 JSON（%1），位于第 %2 行第 %3 列</translation>
    </message>
    <message>
        <source>a rule file must hold one JSON object</source>
        <translation>规则文件必须包含且仅包含一个 JSON 对象</translation>
    </message>
    <message>
        <source>ends before the document takes effect</source>
        <translation>失效日期早于该文件的生效日期</translation>
    </message>
    <message>
        <source>inquiry purpose</source>
        <translation>查询用途</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sharing scope (unconditional, conditional, not-shared)</source>
        <translation>“%1”不是共享属性（unconditional 无条件共享、conditional 有条件共享、not-shared 不予共享）</translation>
    </message>
    <message>
        <source>must be a non-empty list of subject types</source>
        <translation>必须是非空的主体类型列表</translation>
    </message>
    <message>
        <source>must be a non-empty list of severities</source>
        <translation>必须是非空的失信程度列表</translation>
    </message>
</context>
<context>
    <name>RuleService</name>
    <message>
        <source>Only an administrator may import rule data; %1 is a %2.</source>
        <translation>只有管理员可以导入规则数据；%1 的角色是%2。</translation>
    </message>
</context>
<context>
    <name>RuleSet</name>
    <message>
        <source>measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>procedure limit</source>
        <translation>程序时限</translation>
    </message>
    <message>
        <source>standard form</source>
        <translation>标准形式</translation>
    </message>
    <message>
        <source>catalogue item</source>
        <translation>目录条目</translation>
    </message>
    <message>
        <source>list type</source>
        <translation>名单类型</translation>
    </message>
    <message>
        <source>disclosure regime</source>
        <translation>公示规则</translation>
    </message>
    <message>
        <source>No rule files are built into this program (&quot;:/rules&quot; is empty).</source>
        <translation>本程序未内置任何规则文件（“:/rules”为空）。</translation>
    </message>
    <message>
        <source>Cannot read the built-in rule file %1.</source>
        <translation>无法读取内置规则文件 %1。</translation>
    </message>
    <message>
        <source>names %1 &quot;%2&quot;, which no loaded %3 file defines</source>
        <translation>引用的%1“%2”未在任何已加载的 %3 文件中定义</translation>
    </message>
    <message>
        <source>%1 is already loaded (from %2) with different content; give the corrected file a higher version</source>
        <translation>%1 已经加载（来自 %2），且内容不同；请为更正后的文件设置更高的版本号</translation>
    </message>
    <message>
        <source>edition %1 takes effect on the same day as edition %2 (%3); which one is in force would be ambiguous</source>
        <translation>%1 版与 %2 版在同一天（%3）生效；将无法确定哪一版有效</translation>
    </message>
    <message>
        <source>The rules %1 that this case was decided under are not loaded; import that edition again.</source>
        <translation>本案作出决定时所依据的规则 %1 未加载；请重新导入该版本。</translation>
    </message>
</context>
<context>
    <name>ScopeCategory</name>
    <message>
        <source>seriously endangers public health and safety of life</source>
        <translation>严重危害人民群众身体健康和生命安全</translation>
    </message>
    <message>
        <source>seriously undermines fair market competition</source>
        <translation>严重破坏市场公平竞争秩序</translation>
    </message>
    <message>
        <source>refuses legal obligations, seriously harming the credibility of judicial or administrative organs</source>
        <translation>拒不履行法定义务，严重影响司法机关、行政机关公信力</translation>
    </message>
    <message>
        <source>refuses national-defence obligations</source>
        <translation>拒不履行国防义务</translation>
    </message>
</context>
<context>
    <name>SessionGateway</name>
    <message>
        <source>Choose the organ&apos;s level.</source>
        <translation>请选择机关层级。</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>minor</source>
        <translation>轻微</translation>
    </message>
    <message>
        <source>general</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>serious</source>
        <translation>严重</translation>
    </message>
</context>
<context>
    <name>SqlCipherResult</name>
    <message>
        <source>This statement is not allowed: the vault&apos;s key, its encryption settings and attached database files are managed by CreditCase only.</source>
        <translation>不允许执行此语句：保险库的密钥、加密设置和附加的数据库文件只能由本软件管理。</translation>
    </message>
    <message>
        <source>The vault is busy: another program or CreditCase window is writing to it. Try again in a moment.</source>
        <translation>保险库正忙：另一个程序或本软件的另一个窗口正在写入。请稍后重试。</translation>
    </message>
    <message>
        <source>The vault file is damaged: a part of it could not be read. Restore it from a backup.</source>
        <translation>保险库文件已损坏：其中部分内容无法读取。请从备份恢复。</translation>
    </message>
    <message>
        <source>The disk holding the vault is full. Nothing of this change was saved; free some space and try again.</source>
        <translation>保险库所在的磁盘已满。本次更改未保存任何内容；请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>The vault is not open.</source>
        <translation>保险库未打开。</translation>
    </message>
    <message>
        <source>The database statement could not be prepared.</source>
        <translation>无法准备数据库语句。</translation>
    </message>
    <message>
        <source>The database statement is empty.</source>
        <translation>数据库语句为空。</translation>
    </message>
    <message>
        <source>Only one database statement can be run at a time.</source>
        <translation>一次只能执行一条数据库语句。</translation>
    </message>
    <message>
        <source>Value number %1 (of type %2) could not be passed to the database.</source>
        <translation>无法将第 %1 个值（类型为 %2）传给数据库。</translation>
    </message>
    <message>
        <source>The database statement expects a value for %1, but none was bound.</source>
        <translation>数据库语句需要为 %1 提供值，但未绑定任何值。</translation>
    </message>
    <message>
        <source>The database statement expects %1 values, but %2 were bound.</source>
        <translation>数据库语句需要 %1 个值，但绑定了 %2 个。</translation>
    </message>
    <message>
        <source>No database statement was prepared.</source>
        <translation>尚未准备任何数据库语句。</translation>
    </message>
    <message>
        <source>The database statement failed.</source>
        <translation>数据库语句执行失败。</translation>
    </message>
</context>
<context>
    <name>SqlError</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>StandardStatus</name>
    <message>
        <source>draft</source>
        <translation>草案</translation>
    </message>
    <message>
        <source>open for public comment</source>
        <translation>公开征求意见中</translation>
    </message>
    <message>
        <source>adopted, not yet in force</source>
        <translation>已通过，尚未施行</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>现行有效</translation>
    </message>
    <message>
        <source>revised (superseded)</source>
        <translation>已修订（被取代）</translation>
    </message>
    <message>
        <source>abolished</source>
        <translation>已废止</translation>
    </message>
</context>
<context>
    <name>StandardStore</name>
    <message>
        <source>The standards could not be read or written</source>
        <translation>无法读取或写入认定标准</translation>
    </message>
    <message>
        <source>There is no standard %1 in this vault.</source>
        <translation>本保险库中没有认定标准 %1。</translation>
    </message>
</context>
<context>
    <name>StandardWorkflow</name>
    <message>
        <source>Give the first and the last day of the public comment period (YYYY-MM-DD).</source>
        <translation>请给出公开征求意见期的首日和末日（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>The comment period cannot end (%1) before it begins (%2).</source>
        <translation>征求意见期的结束日（%1）不能早于开始日（%2）。</translation>
    </message>
    <message>
        <source>The public comment period from %1 to %2 is too short: a designation standard must be open for comment for at least %3, so this one must stay open until at least %4.</source>
        <translation>自 %1 至 %2 的公开征求意见期过短：认定标准公开征求意见不得少于 %3，因此本标准至少应征求意见至 %4。</translation>
    </message>
    <message>
        <source>Give the standard a title.</source>
        <translation>请为认定标准填写标题。</translation>
    </message>
    <message>
        <source>the opening of the comment period</source>
        <translation>公开征求意见的开始</translation>
    </message>
    <message>
        <source>Give the adoption date (YYYY-MM-DD).</source>
        <translation>请给出通过日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>The standard cannot be adopted on %1: its public comment period runs until %2, and a standard may be adopted only after the period has closed (from %3).</source>
        <translation>认定标准不能在 %1 通过：其公开征求意见期至 %2 结束，认定标准只能在征求意见期结束后（自 %3 起）通过。</translation>
    </message>
    <message>
        <source>the adoption</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>A standard cannot be in force (%1) before it is adopted (%2).</source>
        <translation>认定标准不能在通过（%2）之前施行（%1）。</translation>
    </message>
    <message>
        <source>The first assessment (%1) must fall after the standard comes into force (%2).</source>
        <translation>首次评估（%1）必须在认定标准施行（%2）之后。</translation>
    </message>
    <message>
        <source>the assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>the standard came into force on %1</source>
        <translation>认定标准于 %1 施行</translation>
    </message>
    <message>
        <source>The next assessment (%1) must fall after this one (%2).</source>
        <translation>下次评估（%1）必须在本次评估（%2）之后。</translation>
    </message>
    <message>
        <source>the abolition</source>
        <translation>废止</translation>
    </message>
    <message>
        <source>the standard&apos;s earlier step on %1</source>
        <translation>认定标准于 %1 的上一步骤</translation>
    </message>
</context>
<context>
    <name>SubjectKind</name>
    <message>
        <source>enterprise or other legal person</source>
        <translation>企业或其他法人</translation>
    </message>
    <message>
        <source>other organisation</source>
        <translation>其他组织</translation>
    </message>
    <message>
        <source>individual</source>
        <translation>自然人</translation>
    </message>
</context>
<context>
    <name>SubjectRegister</name>
    <message>
        <source>There is no subject %1 in this vault.</source>
        <translation>本保险库中没有主体 %1。</translation>
    </message>
    <message>
        <source>Give the subject&apos;s name as registered (enterprise) or as on the ID card (individual).</source>
        <translation>请填写主体的登记名称（企业）或身份证上的姓名（自然人）。</translation>
    </message>
    <message>
        <source>The identifier &quot;%1&quot; is not valid: %2</source>
        <translation>代码“%1”无效：%2</translation>
    </message>
    <message>
        <source>An individual is identified by the resident ID number; &quot;%1&quot; is a Unified Social Credit Code.</source>
        <translation>自然人以公民身份号码识别；“%1”是统一社会信用代码。</translation>
    </message>
    <message>
        <source>An enterprise or organisation is identified by its Unified Social Credit Code; &quot;%1&quot; is a resident ID number.</source>
        <translation>企业或组织以统一社会信用代码识别；“%1”是公民身份号码。</translation>
    </message>
    <message>
        <source>Subjects are recorded by case officers and supervisors, not by a user with the role %1.</source>
        <translation>主体由承办人员和审核人员登记，角色为 %1 的用户不能登记。</translation>
    </message>
    <message>
        <source>A subject with this identifier is already recorded: subject %1 (%2). Use that subject; one subject per identifier.</source>
        <translation>已登记使用该代码的主体：主体 %1（%2）。请使用该主体；一个代码只对应一个主体。</translation>
    </message>
    <message>
        <source>The subjects could not be read or written</source>
        <translation>无法读取或写入当事人信息</translation>
    </message>
</context>
<context>
    <name>SubjectType</name>
    <message>
        <source>legal person or unincorporated organisation</source>
        <translation>法人或非法人组织</translation>
    </message>
    <message>
        <source>natural person</source>
        <translation>自然人</translation>
    </message>
</context>
<context>
    <name>UnifiedSocialCreditCode</name>
    <message>
        <source>character %1 &apos;%2&apos; is not allowed: the code never uses the letters I, O, S, V or Z</source>
        <translation>第 %1 位字符“%2”不允许使用：统一社会信用代码不使用字母 I、O、S、V、Z</translation>
    </message>
    <message>
        <source>character %1 &apos;%2&apos; is not allowed: the code uses only digits and capital letters</source>
        <translation>第 %1 位字符“%2”不允许使用：统一社会信用代码只使用数字和大写字母</translation>
    </message>
    <message>
        <source>the code is empty</source>
        <translation>代码为空</translation>
    </message>
    <message>
        <source>length is %1, expected %2</source>
        <translation>长度为 %1 位，应为 %2 位</translation>
    </message>
    <message>
        <source>%1; the check character should be %2</source>
        <translation>%1；校验码应为 %2</translation>
    </message>
    <message>
        <source>the organisation code inside it (characters 9–17) fails its own check: should be %1 at character 17, not %2</source>
        <translation>其中的组织机构代码（第 9–17 位）未通过其自身校验：第 17 位应为 %1，而不是 %2</translation>
    </message>
    <message>
        <source>the check character should be %1, not %2</source>
        <translation>校验码应为 %1，而不是 %2</translation>
    </message>
    <message>
        <source>character 1 &apos;%1&apos; is not a registration authority code of GB 32100-2015 (valid: %2)</source>
        <translation>第 1 位“%1”不是 GB 32100-2015 规定的登记管理部门代码（有效值：%2）</translation>
    </message>
    <message>
        <source>character 2 &apos;%1&apos; is not an organisation kind that registration authority &apos;%2&apos; assigns (GB 32100-2015; valid: %3)</source>
        <translation>第 2 位“%1”不是登记管理部门“%2”可赋予的机构类别代码（GB 32100-2015；有效值：%3）</translation>
    </message>
</context>
<context>
    <name>UnlockFeedback</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>The vault file is damaged or is not a CreditCase vault.</source>
        <translation>保险库文件已损坏，或不是本软件的保险库。</translation>
    </message>
    <message>
        <source>The vault file was not found.</source>
        <translation>找不到保险库文件。</translation>
    </message>
    <message>
        <source>The vault is in use by another program.</source>
        <translation>保险库正被另一个程序使用。</translation>
    </message>
    <message>
        <source>The vault could not be opened.</source>
        <translation>无法打开保险库。</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>错误信息</translation>
    </message>
</context>
<context>
    <name>UserAdministration</name>
    <message>
        <source>The vault could not be updated: %1</source>
        <translation>无法更新保险库：%1</translation>
    </message>
    <message>
        <source>The organ &quot;%1&quot; (%2) is already recorded at %3, not at %4.</source>
        <translation>机关“%1”（%2）已登记为%3，而不是%4。</translation>
    </message>
    <message>
        <source>A user named &quot;%1&quot; already exists.</source>
        <translation>名为“%1”的用户已存在。</translation>
    </message>
    <message>
        <source>A user name must be 1 to 64 characters without leading or trailing spaces.</source>
        <translation>用户名必须为 1 至 64 个字符，且首尾不能有空格。</translation>
    </message>
    <message>
        <source>A user name cannot contain spaces or control characters.</source>
        <translation>用户名不能包含空格或控制字符。</translation>
    </message>
    <message>
        <source>Every user belongs to an organ: give the organ&apos;s name.</source>
        <translation>每个用户都隶属于一个机关：请填写机关名称。</translation>
    </message>
    <message>
        <source>The region code &quot;%1&quot; is not a six-digit administrative division code (e.g. 110105).</source>
        <translation>行政区划代码“%1”不是六位行政区划代码（例如 110105）。</translation>
    </message>
    <message>
        <source>The password is too short: use at least %1 characters.</source>
        <translation>密码太短：请至少使用 %1 个字符。</translation>
    </message>
    <message>
        <source>There is no user named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的用户。</translation>
    </message>
    <message>
        <source>Wrong user name or password, or the account has been disabled.</source>
        <translation>用户名或密码错误，或该账号已被停用。</translation>
    </message>
    <message>
        <source>The vault was opened with the recovery code, which acts for no user. Log in as a user for this.</source>
        <translation>保险库是用恢复码打开的，恢复码不代表任何用户。请以用户身份登录后再执行此操作。</translation>
    </message>
    <message>
        <source>Only an administrator may manage users; %1 is a %2.</source>
        <translation>只有管理员可以管理用户；%1 的角色是%2。</translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; is already disabled.</source>
        <translation>用户“%1”已被停用。</translation>
    </message>
    <message>
        <source>You cannot disable your own account; ask another administrator.</source>
        <translation>不能停用您自己的账号；请联系其他管理员办理。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the last active administrator and cannot be disabled.</source>
        <translation>“%1”是最后一个在用的管理员，不能停用。</translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; is disabled; a disabled account gets no password.</source>
        <translation>用户“%1”已被停用；已停用的账号不能设置密码。</translation>
    </message>
    <message>
        <source>The users could not be read: %1</source>
        <translation>无法读取用户列表：%1</translation>
    </message>
    <message>
        <source>The vault %1 is damaged: its list of users cannot be read (%2). %3</source>
        <translation>保险库 %1 已损坏：无法读取其用户列表（%2）。%3</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>The vault could not be switched to write-ahead logging.</source>
        <translation>无法将保险库切换为预写日志（WAL）模式。</translation>
    </message>
    <message>
        <source>The vault could not be set to synchronous writes.</source>
        <translation>无法将保险库设置为同步写入。</translation>
    </message>
    <message>
        <source>Foreign key checks could not be enabled on the vault.</source>
        <translation>无法在保险库上启用外键检查。</translation>
    </message>
    <message>
        <source>No backup of this vault is recorded on this computer.</source>
        <translation>本计算机上没有此保险库的备份记录。</translation>
    </message>
    <message>
        <source>The vault file %1 does not exist.</source>
        <translation>保险库文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The vault %1 is busy: another program holds it locked. Try again in a moment.</source>
        <translation>保险库 %1 正忙：另一个程序锁定了该文件。请稍后重试。</translation>
    </message>
    <message>
        <source>The database library in use does not encrypt; CreditCase refuses to continue.</source>
        <translation>当前使用的数据库组件不具备加密功能；本软件拒绝继续运行。</translation>
    </message>
    <message>
        <source>The vault %1 cannot be read: %2</source>
        <translation>无法读取保险库 %1：%2</translation>
    </message>
    <message>
        <source>The vault %1 is damaged or is not a CreditCase vault: the key from the key file does not open it. %2</source>
        <translation>保险库 %1 已损坏，或不是本软件的保险库：密钥文件中的密钥无法打开它。%2</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another file name: CreditCase never overwrites a vault.</source>
        <translation>%1 已存在。请另选文件名：本软件从不覆盖已有的保险库。</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist or is not writable.</source>
        <translation>%1 所在的文件夹不存在或不可写入。</translation>
    </message>
    <message>
        <source>A vault needs a first user name.</source>
        <translation>创建保险库需要指定首位用户的用户名。</translation>
    </message>
    <message>
        <source>%1 is not a readable file.</source>
        <translation>%1 不是可读取的文件。</translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite database, not a CreditCase vault. CreditCase never opens unencrypted databases; the file was not changed.</source>
        <translation>%1 是未加密的 SQLite 数据库，不是本软件的保险库。本软件从不打开未加密的数据库；该文件未被更改。</translation>
    </message>
    <message>
        <source>recovery code</source>
        <translation>恢复码</translation>
    </message>
    <message>
        <source>The key file of this vault (%1) cannot be used: %2 Passwords cannot open the vault without it. Open the vault with its recovery code; an administrator can then reset the passwords, which writes a new key file.</source>
        <translation>此保险库的密钥文件（%1）无法使用：%2 没有密钥文件，密码无法打开保险库。请用恢复码打开保险库；之后管理员可以重置密码，重置时会写入新的密钥文件。</translation>
    </message>
    <message>
        <source>The key file of this vault was altered (%1). Open the vault with its recovery code; an administrator can then reset the passwords.</source>
        <translation>此保险库的密钥文件已被篡改（%1）。请用恢复码打开保险库；之后管理员可以重置密码。</translation>
    </message>
    <message>
        <source>The recovery code does not open %1. Check the code, or the file is damaged. %2</source>
        <translation>恢复码无法打开 %1。请检查恢复码；也可能是文件已损坏。%2</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Wrong user name or password, or the account has been disabled.</source>
        <translation>用户名或密码错误，或该账号已被停用。</translation>
    </message>
    <message>
        <source>The key file beside %1 belongs to another vault. Open the vault with its recovery code.</source>
        <translation>%1 旁边的密钥文件属于另一个保险库。请用恢复码打开保险库。</translation>
    </message>
    <message>
        <source>the key file belongs to another vault</source>
        <translation>密钥文件属于另一个保险库</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>保险库已锁定。</translation>
    </message>
    <message>
        <source>The vault stayed busy: another program kept it locked for writing (%1).</source>
        <translation>保险库一直处于忙碌状态：另一个程序持续锁定写入（%1）。</translation>
    </message>
    <message>
        <source>The change could not be saved and was rolled back: %1</source>
        <translation>无法保存更改，已回滚：%1</translation>
    </message>
    <message>
        <source>Another program is changing the key file of this vault. Try again in a moment.</source>
        <translation>另一个程序正在更改此保险库的密钥文件。请稍后重试。</translation>
    </message>
    <message>
        <source>The vault is damaged: the integrity check could not run (%1). %2</source>
        <translation>保险库已损坏：无法运行完整性检查（%1）。%2</translation>
    </message>
    <message>
        <source>table %1 row %2 refers to a missing row of %3</source>
        <translation>表 %1 第 %2 行引用了表 %3 中不存在的行</translation>
    </message>
    <message>
        <source>The vault is damaged:
%1
%2</source>
        <translation>保险库已损坏：
%1
%2</translation>
    </message>
    <message>
        <source>A backup cannot overwrite the vault itself.</source>
        <translation>备份不能覆盖保险库本身。</translation>
    </message>
    <message>
        <source>The folder for the backup %1 does not exist.</source>
        <translation>备份 %1 所在的文件夹不存在。</translation>
    </message>
    <message>
        <source>The backup %1 could not be written: %2. The vault is unchanged.</source>
        <translation>无法写入备份 %1：%2。保险库未受影响。</translation>
    </message>
    <message>
        <source>The backup copy did not reopen (%1); nothing was written to %2.</source>
        <translation>备份副本无法重新打开（%1）；未向 %2 写入任何内容。</translation>
    </message>
    <message>
        <source>The backup copy failed its integrity check; nothing was written to %1.</source>
        <translation>备份副本未通过完整性检查；未向 %1 写入任何内容。</translation>
    </message>
    <message>
        <source>The backup copy could not be read back: %1</source>
        <translation>无法回读备份副本：%1</translation>
    </message>
    <message>
        <source>The backup %1 could not be written (%2). Any earlier file there is intact, and so is the vault. Is the disk full?</source>
        <translation>无法写入备份 %1（%2）。该位置原有的文件完好无损，保险库也未受影响。是否磁盘已满？</translation>
    </message>
    <message>
        <source>The vault could not be rekeyed: %1. It still opens with the old key and passwords.</source>
        <translation>无法更换保险库密钥：%1。保险库仍可用原密钥和原密码打开。</translation>
    </message>
    <message>
        <source>The new key file could not be written (%1); the vault was turned back to its old key.</source>
        <translation>无法写入新的密钥文件（%1）；保险库已恢复为原密钥。</translation>
    </message>
    <message>
        <source>The key slots inside the backup are damaged; restore it with the recovery code.</source>
        <translation>备份中的密钥槽已损坏；请用恢复码恢复该备份。</translation>
    </message>
    <message>
        <source>The backup could not be unpacked next to the vault (%1). Nothing was changed.</source>
        <translation>无法在保险库旁边解包备份（%1）。未作任何更改。</translation>
    </message>
    <message>
        <source>The recovery code does not open this backup. Nothing was changed.</source>
        <translation>恢复码无法打开此备份。未作任何更改。</translation>
    </message>
    <message>
        <source>The backup is damaged: %1 Nothing was changed.</source>
        <translation>备份已损坏：%1 未作任何更改。</translation>
    </message>
    <message>
        <source>The backup failed its integrity check. Nothing was changed.</source>
        <translation>备份未通过完整性检查。未作任何更改。</translation>
    </message>
    <message>
        <source>The current vault could not be moved aside to %1. Nothing was changed.</source>
        <translation>无法将当前保险库移至 %1。未作任何更改。</translation>
    </message>
    <message>
        <source>The restored vault could not be moved into place; it is at %1.</source>
        <translation>无法将恢复后的保险库移到原位置；它现在位于 %1。</translation>
    </message>
    <message>
        <source>The vault was restored but its key file could not be written; open it with the recovery code.</source>
        <translation>保险库已恢复，但无法写入其密钥文件；请用恢复码打开。</translation>
    </message>
    <message>
        <source>The latest backup is %1, made %2. An administrator can restore it with &quot;creditcase-cli vault restore --from %1&quot;.</source>
        <translation>最近一次备份为 %1，创建于 %2。管理员可以使用“creditcase-cli vault restore --from %1”命令恢复。</translation>
    </message>
    <message>
        <source>The vault %1 is damaged: %2 saved change(s) are missing. The vault ends at change %3, but change %4 had been saved. Do not keep working in it. %5</source>
        <translation>保险库 %1 已损坏：有 %2 项已保存的更改丢失。保险库只到第 %3 项更改，而第 %4 项更改曾经保存成功。请勿继续在其中工作。%5</translation>
    </message>
    <message>
        <source>The vault %1 is damaged: its size (%2 bytes) is not a whole number of %3-byte pages. The file was not changed. %4</source>
        <translation>保险库 %1 已损坏：其大小（%2 字节）不是 %3 字节页面的整数倍。文件未作改动。%4</translation>
    </message>
    <message>
        <source>The vault %1 is damaged: its identity cannot be read (%2). The file was not changed. %3</source>
        <translation>保险库 %1 已损坏：无法读取其标识（%2）。文件未作改动。%3</translation>
    </message>
    <message>
        <source>The vault %1 cannot be trusted: %2 %3</source>
        <translation>保险库 %1 不可信：%2 %3</translation>
    </message>
    <message>
        <source>The vault %1 is damaged: its commit counter cannot be read (%2). %3</source>
        <translation>保险库 %1 已损坏：无法读取其提交计数（%2）。%3</translation>
    </message>
    <message>
        <source>The vault %1 is damaged: its key slots cannot be read (%2). %3</source>
        <translation>保险库 %1 已损坏：无法读取其密钥槽（%2）。%3</translation>
    </message>
    <message>
        <source>The key file still names its users in clear and could not be rewritten without them: %1</source>
        <translation>密钥文件仍以明文记录用户名，且无法改写为不含用户名的格式：%1</translation>
    </message>
    <message>
        <source>%1 The key file was left as it is and nothing was changed.</source>
        <translation>%1 密钥文件保持原样，未作任何更改。</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read (%2). It was left as it is and nothing was changed.</source>
        <translation>无法读取密钥文件 %1（%2）。该文件保持原样，未作任何更改。</translation>
    </message>
    <message>
        <source>its seal does not match the vault</source>
        <translation>其封印与保险库不符</translation>
    </message>
    <message>
        <source>it belongs to another vault</source>
        <translation>它属于另一个保险库</translation>
    </message>
    <message>
        <source>it was damaged</source>
        <translation>它已损坏</translation>
    </message>
    <message>
        <source>The key file %1 cannot be used (%2), so writing it now would lose the key slots of the other users. Nothing was changed. Open the vault with its recovery code and set the password again: CreditCase then keeps every key slot it can still prove, keeps a copy of the old key file and names the users who need a new password.</source>
        <translation>密钥文件 %1 无法使用（%2），此时写入会使其他用户的密钥槽丢失。未作任何更改。请用恢复码打开保险库并重新设置密码：CreditCase 会保留所有仍可验证的密钥槽，保留旧密钥文件的副本，并列出需要设置新密码的用户。</translation>
    </message>
    <message>
        <source>The damaged key file could not be kept as %1 (%2), so it was not replaced. Nothing was changed.</source>
        <translation>无法将损坏的密钥文件保留为 %1（%2），因此未替换该文件。未作任何更改。</translation>
    </message>
    <message>
        <source>The key file had to be rebuilt (%1). </source>
        <translation>密钥文件必须重建（%1）。</translation>
    </message>
    <message numerus="yes">
        <source>%n key slot(s) that the vault could not prove were left out. </source>
        <translation>
            <numerusform>有 %n 个无法由保险库验证的密钥槽未予保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every user who had a password still has it.</source>
        <translation>原有密码的用户仍可使用原密码。</translation>
    </message>
    <message>
        <source>These users cannot sign in until their password is reset: %1.</source>
        <translation>以下用户在重置密码之前无法登录：%1。</translation>
    </message>
    <message>
        <source>The old key file was kept as %1; delete it once everyone can sign in.</source>
        <translation>旧密钥文件已保留为 %1；待所有人都能登录后请将其删除。</translation>
    </message>
    <message>
        <source>The vault cannot be trusted: %1 %2</source>
        <translation>保险库不可信：%1 %2</translation>
    </message>
    <message>
        <source>The vault is damaged: its commit counter cannot be read (%1). %2</source>
        <translation>保险库已损坏：无法读取其提交计数（%1）。%2</translation>
    </message>
    <message>
        <source>some key slots did not match the vault&apos;s records</source>
        <translation>部分密钥槽与保险库的记录不符</translation>
    </message>
    <message>
        <source>The vault was restored, but %1</source>
        <translation>保险库已恢复，但%1</translation>
    </message>
    <message>
        <source>The vault&apos;s page cache could not be sized.</source>
        <translation>无法设置保险库的页面缓存大小。</translation>
    </message>
    <message>
        <source>The vault %1 cannot be trusted: its head file %2 is missing, so changes saved in it could be missing without a trace (the vault holds %3 saved change(s)). If the vault was copied or moved, put %2 back beside it. %4 If you are sure that nothing is missing, an administrator can accept the vault as it is with &quot;creditcase-cli --vault %1 --user NAME vault accept-missing-head&quot;; that decision is recorded in the audit log.</source>
        <translation>保险库 %1 不可信：其头文件 %2 缺失，库中已保存的更改可能已丢失而无从察觉（保险库现有 %3 次已保存的更改）。如果保险库是复制或移动过来的，请把 %2 放回其旁边。%4 如果确信没有任何缺失，管理员可以用“creditcase-cli --vault %1 --user 用户名 vault accept-missing-head”按现状接受该保险库；这一决定会记入审计日志。</translation>
    </message>
    <message>
        <source>The change could not be started: %1</source>
        <translation>无法开始此项更改：%1</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>无法保存此项更改：%1</translation>
    </message>
    <message>
        <source>The vault can only be rekeyed from the window that opened it, not by work running in the background.</source>
        <translation>只能在打开保险库的窗口中更换密钥，后台运行的工作不能更换密钥。</translation>
    </message>
</context>
<context>
    <name>VaultHead</name>
    <message>
        <source>The file %1, which records how far the vault was saved, is damaged or was altered, so CreditCase cannot tell whether saved changes are missing from the vault.</source>
        <translation>记录保险库保存进度的文件 %1 已损坏或被篡改，CreditCase 无法判断保险库是否缺失已保存的更改。</translation>
    </message>
    <message>
        <source>The file %1 could not be locked.</source>
        <translation>无法锁定文件 %1。</translation>
    </message>
</context>
<context>
    <name>VaultService</name>
    <message>
        <source>Only an administrator may rekey the vault; %1 is a %2.</source>
        <translation>只有管理员可以更换保险库密钥；%1 的角色是%2。</translation>
    </message>
    <message>
        <source>Only an administrator (in the backup) or the recovery code may restore a backup.</source>
        <translation>只有（备份中的）管理员或恢复码才能恢复备份。</translation>
    </message>
    <message>
        <source>The restored vault could not be opened to record the restore: %1</source>
        <translation>无法打开已恢复的保险库以记录此次恢复：%1</translation>
    </message>
    <message>
        <source>writing the backup</source>
        <translation>正在写入备份</translation>
    </message>
    <message>
        <source>Only an administrator, with a user name and password, may accept a vault whose head file is missing.</source>
        <translation>只有管理员可以凭用户名和密码接受头文件缺失的保险库。</translation>
    </message>
    <message>
        <source>The head file of this vault is present; there is nothing to accept.</source>
        <translation>该保险库的头文件存在，无需接受。</translation>
    </message>
    <message>
        <source>%1 (%2) may not accept a vault whose head file is missing; only an administrator may.</source>
        <translation>%1（%2）无权接受头文件缺失的保险库；只有管理员可以。</translation>
    </message>
</context>
<context>
    <name>VaultSessions</name>
    <message>
        <source>Cannot create the folder %1 that records who has the vault open.</source>
        <translation>无法创建文件夹 %1（用于记录谁正在使用保险库）。</translation>
    </message>
    <message>
        <source>The vault is in use by %1 since %2 (process %3 on %4). Ask them to close CreditCase, then try again.</source>
        <translation>保险库自 %2 起正由 %1 使用（%4 上的进程 %3）。请对方关闭本软件后重试。</translation>
    </message>
    <message>
        <source>The vault must be unlocked before it can be recorded as open.</source>
        <translation>必须先解锁保险库，才能登记其为打开状态。</translation>
    </message>
    <message>
        <source>Cannot record that the vault is open: %1</source>
        <translation>无法登记保险库已打开：%1</translation>
    </message>
    <message>
        <source>The vault is in use by another user since %1 (process %2). Ask them to close CreditCase, then try again.</source>
        <translation>保险库自 %1 起正由另一位用户使用（进程 %2）。请对方关闭 CreditCase 后再试。</translation>
    </message>
</context>
<context>
    <name>WorkCalendar</name>
    <message>
        <source>The built-in holiday calendars are missing from this build (%1).</source>
        <translation>本版本缺少内置的节假日日历（%1）。</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1：无法读取（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>This holiday schedule is empty; load it from a file first.</source>
        <translation>此节假日安排为空；请先从文件加载。</translation>
    </message>
    <message>
        <source>The calendar already has a holiday schedule for %1 (version %2). Replacing it may move deadlines already computed; use replace to do that deliberately.</source>
        <translation>日历中已有 %1 年的节假日安排（版本 %2）。替换后，已计算出的期限可能随之变动；如确需替换，请明确使用“替换”操作。</translation>
    </message>
</context>
<context>
    <name>WorkflowCli</name>
    <message>
        <source>the case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>the credit record</source>
        <translation>信用记录</translation>
    </message>
    <message>
        <source>list type id</source>
        <translation>名单类型编号</translation>
    </message>
    <message>
        <source>kind of conduct: public-health-safety, fair-competition, refusing-legal-obligations or national-defence</source>
        <translation>失信行为类别：public-health-safety（危害公共健康和生命安全）、fair-competition（破坏公平竞争）、refusing-legal-obligations（拒不履行法定义务）或 national-defence（拒不履行国防义务）</translation>
    </message>
    <message>
        <source>ground of the list type, if it has several</source>
        <translation>名单类型的认定情形（如有多项）</translation>
    </message>
    <message>
        <source>date the case is opened (default today)</source>
        <translation>立案日期（默认为今天）</translation>
    </message>
    <message>
        <source>--scope must be public-health-safety, fair-competition, refusing-legal-obligations or national-defence, not &quot;%1&quot;.</source>
        <translation>--scope 必须是 public-health-safety、fair-competition、refusing-legal-obligations 或 national-defence，而不是“%1”。</translation>
    </message>
    <message>
        <source>date the notice was served</source>
        <translation>告知书送达日期</translation>
    </message>
    <message>
        <source>date the objection was received</source>
        <translation>异议收到日期</translation>
    </message>
    <message>
        <source>what the party objects</source>
        <translation>当事人异议的内容</translation>
    </message>
    <message>
        <source>date of the answer</source>
        <translation>答复日期</translation>
    </message>
    <message>
        <source>the objection is upheld</source>
        <translation>异议成立</translation>
    </message>
    <message>
        <source>the objection is rejected</source>
        <translation>异议不成立</translation>
    </message>
    <message>
        <source>reasons of the answer</source>
        <translation>答复理由</translation>
    </message>
    <message>
        <source>Give exactly one of --upheld and --rejected.</source>
        <translation>--upheld 和 --rejected 必须且只能指定其一。</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>remarks or reasons</source>
        <translation>备注或理由</translation>
    </message>
    <message>
        <source>date of the decision</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>measure id (repeatable; default: the list type&apos;s measures)</source>
        <translation>惩戒措施编号（可重复指定；默认为名单类型规定的措施）</translation>
    </message>
    <message>
        <source>date the listing ended</source>
        <translation>列入终止日期</translation>
    </message>
    <message>
        <source>why you look at the record (required unless you are the case officer)</source>
        <translation>查阅该记录的目的（承办人员以外的用户必填）</translation>
    </message>
    <message>
        <source>only cases at this stage</source>
        <translation>仅显示处于该阶段的案件</translation>
    </message>
    <message>
        <source>at most N cases</source>
        <translation>最多 N 件案件</translation>
    </message>
    <message>
        <source>--stage must be one of %1, not &quot;%2&quot;.</source>
        <translation>--stage 必须是 %1 之一，而不是“%2”。</translation>
    </message>
    <message>
        <source>--limit must be a positive number.</source>
        <translation>--limit 必须是正数。</translation>
    </message>
    <message>
        <source>No cases.</source>
        <translation>没有案件。</translation>
    </message>
    <message>
        <source>the day to count from (default today)</source>
        <translation>起算日期（默认为今天）</translation>
    </message>
    <message>
        <source>only deadlines due in the next N days</source>
        <translation>仅显示今后 N 日内到期的期限</translation>
    </message>
    <message>
        <source>only deadlines already passed</source>
        <translation>仅显示已经超过的期限</translation>
    </message>
    <message>
        <source>at most N lines</source>
        <translation>最多 N 行</translation>
    </message>
    <message>
        <source>--within must be a number of days (0 or more).</source>
        <translation>--within 必须是天数（0 或更大）。</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>案件 %1</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>记录 %1</translation>
    </message>
    <message>
        <source>standard %1</source>
        <translation>认定标准 %1</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>剩余 %1 日</translation>
    </message>
    <message>
        <source>%1 days late</source>
        <translation>逾期 %1 日</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>暂定</translation>
    </message>
    <message>
        <source>No open deadlines as of %1.</source>
        <translation>截至 %1 没有未到期的期限。</translation>
    </message>
    <message>
        <source>Restoration application %1 for case %2: %3.</source>
        <translation>案件 %2 的信用修复申请 %1：%3。</translation>
    </message>
    <message>
        <source>Check: %1 Decide by %2.</source>
        <translation>核查：%1 请于 %2 前作出决定。</translation>
    </message>
    <message>
        <source>Decided after the due date %1.</source>
        <translation>在期限 %1 之后作出决定。</translation>
    </message>
    <message>
        <source>date the application was received</source>
        <translation>申请收到日期</translation>
    </message>
    <message>
        <source>date the conduct was corrected and obligations performed</source>
        <translation>纠正失信行为并履行相关义务的日期</translation>
    </message>
    <message>
        <source>scan of the commitment letter</source>
        <translation>信用承诺书扫描件</translation>
    </message>
    <message>
        <source>supporting paper (repeatable)</source>
        <translation>证明材料（可重复指定）</translation>
    </message>
    <message>
        <source>grant restoration</source>
        <translation>准予信用修复</translation>
    </message>
    <message>
        <source>refuse restoration (give --text)</source>
        <translation>不予信用修复（须用 --text 说明理由）</translation>
    </message>
    <message>
        <source>Give exactly one of --grant and --refuse.</source>
        <translation>--grant 和 --refuse 必须且只能指定其一。</translation>
    </message>
    <message>
        <source>date of the revocation</source>
        <translation>撤销日期</translation>
    </message>
    <message>
        <source>reasons: which materials were false</source>
        <translation>理由：哪些材料是虚假的</translation>
    </message>
    <message>
        <source>Standard %1 (%2, %3): %4.</source>
        <translation>认定标准 %1（%2，%3）：%4。</translation>
    </message>
    <message>
        <source>Open for comment from %1 to %2.</source>
        <translation>自 %1 至 %2 公开征求意见。</translation>
    </message>
    <message>
        <source>In force from %1.</source>
        <translation>自 %1 起施行。</translation>
    </message>
    <message>
        <source>the standard</source>
        <translation>认定标准</translation>
    </message>
    <message>
        <source>date the next assessment of the standard is due</source>
        <translation>下次评估认定标准的到期日期</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>first day of comment</source>
        <translation>征求意见首日</translation>
    </message>
    <message>
        <source>last day of comment</source>
        <translation>征求意见末日</translation>
    </message>
    <message>
        <source>adoption date</source>
        <translation>通过日期</translation>
    </message>
    <message>
        <source>in force from (default: the adoption date)</source>
        <translation>施行日期（默认为通过日期）</translation>
    </message>
    <message>
        <source>date of the assessment</source>
        <translation>评估日期</translation>
    </message>
    <message>
        <source>date of abolition</source>
        <translation>废止日期</translation>
    </message>
    <message>
        <source>only standards for this list type</source>
        <translation>仅显示该名单类型的认定标准</translation>
    </message>
    <message>
        <source>No standards recorded.</source>
        <translation>尚未登记认定标准。</translation>
    </message>
    <message>
        <source>enterprise, organisation or individual</source>
        <translation>enterprise（企业）、organisation（组织）或 individual（自然人）</translation>
    </message>
    <message>
        <source>registered name, or name on the ID card</source>
        <translation>登记名称，或身份证上的姓名</translation>
    </message>
    <message>
        <source>Unified Social Credit Code, or resident ID number for an individual</source>
        <translation>统一社会信用代码；自然人为公民身份号码</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>--kind must be enterprise, organisation or individual, not &quot;%1&quot;.</source>
        <translation>--kind 必须是 enterprise、organisation 或 individual，而不是“%1”。</translation>
    </message>
    <message>
        <source>Subject %1 recorded: %2 (%3).</source>
        <translation>已登记主体 %1：%2（%3）。</translation>
    </message>
    <message>
        <source>the subject</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>catalogue item id</source>
        <translation>目录条目编号</translation>
    </message>
    <message>
        <source>judicial-ruling, arbitral-award, administrative-penalty, administrative-ruling or other-legal</source>
        <translation>judicial-ruling（司法裁判文书）、arbitral-award（仲裁裁决书）、administrative-penalty（行政处罚决定书）、administrative-ruling（行政裁决决定书）或 other-legal（其他法定依据文书）</translation>
    </message>
    <message>
        <source>document number (文号)</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>organ that issued it</source>
        <translation>制发机关</translation>
    </message>
    <message>
        <source>date of the document</source>
        <translation>文书日期</translation>
    </message>
    <message>
        <source>date it took legal effect</source>
        <translation>发生法律效力的日期</translation>
    </message>
    <message>
        <source>minor, general or serious</source>
        <translation>minor（轻微）、general（一般）或 serious（严重）</translation>
    </message>
    <message>
        <source>the facts found</source>
        <translation>认定的事实</translation>
    </message>
    <message>
        <source>sector for disclosure rules, e.g. market-regulation</source>
        <translation>适用公示规则的领域，例如 market-regulation</translation>
    </message>
    <message>
        <source>for other-legal: the provision that makes it a basis</source>
        <translation>用于 other-legal：使其成为依据的条款</translation>
    </message>
    <message>
        <source>scan of the basis document (repeatable)</source>
        <translation>依据文书扫描件（可重复指定）</translation>
    </message>
    <message>
        <source>--basis-kind must be judicial-ruling, arbitral-award, administrative-penalty, administrative-ruling or other-legal, not &quot;%1&quot;.</source>
        <translation>--basis-kind 必须是 judicial-ruling、arbitral-award、administrative-penalty、administrative-ruling 或 other-legal，而不是“%1”。</translation>
    </message>
    <message>
        <source>--severity must be minor, general or serious, not &quot;%1&quot;.</source>
        <translation>--severity 必须是 minor、general 或 serious，而不是“%1”。</translation>
    </message>
    <message>
        <source>Record %1 made for subject %2 (%3). Disclosure under %4 until %5.</source>
        <translation>已为主体 %2（%3）制作记录 %1。按 %4 公示至 %5。</translation>
    </message>
    <message>
        <source>(not disclosed)</source>
        <translation>（不公示）</translation>
    </message>
    <message>
        <source>Give --%1 DATE (YYYY-MM-DD).</source>
        <translation>请指定 --%1 DATE（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>--%1 must be a date written YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 必须是 YYYY-MM-DD 格式的日期，而不是“%2”。</translation>
    </message>
    <message>
        <source>Give --%1 ID.</source>
        <translation>请指定 --%1 ID。</translation>
    </message>
    <message>
        <source>--%1 must be a number (the id shown when it was created), not &quot;%2&quot;.</source>
        <translation>--%1 必须是数字（创建时显示的编号），而不是“%2”。</translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation>缺少：%1。</translation>
    </message>
    <message>
        <source>Case %1 (%2): %3.</source>
        <translation>案件 %1（%2）：%3。</translation>
    </message>
    <message>
        <source>Objections may be made until %1.</source>
        <translation>可在 %1 前提出异议。</translation>
    </message>
    <message>
        <source>Listed from %1 until %2.</source>
        <translation>自 %1 起列入名单，至 %2 止。</translation>
    </message>
    <message>
        <source>Listed from %1 until the obligations are performed.</source>
        <translation>自 %1 起列入名单，至履行相关义务为止。</translation>
    </message>
    <message>
        <source>Subject: %1 (%2), %3</source>
        <translation>主体：%1（%2），%3</translation>
    </message>
    <message>
        <source>Record %1: %2, %3 conduct; basis %4 of %5 (%6), effective %7</source>
        <translation>记录 %1：%2，%3失信行为；依据 %5 的 %4（%6），%7 生效</translation>
    </message>
    <message>
        <source>Case officer: %1; opened %2</source>
        <translation>承办人员：%1；立案于 %2</translation>
    </message>
    <message>
        <source>Notice prepared %1 (chain #%2), served %3</source>
        <translation>告知书制作于 %1（审计链 #%2），送达于 %3</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未</translation>
    </message>
    <message>
        <source>Objection received %1: %2 — %3</source>
        <translation>异议收到于 %1：%2——%3</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>answer due %1</source>
        <translation>答复期限 %1</translation>
    </message>
    <message>
        <source>Re-examination submitted %1 by %2 — %3</source>
        <translation>复核于 %1 由 %2 提请——%3</translation>
    </message>
    <message>
        <source>%1 on %2 by %3</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Decision %1 of %2 by %3 (chain #%4 %5); rules: %6</source>
        <translation>决定 %1，%2 作出，决定人 %3（审计链 #%4 %5）；规则：%6</translation>
    </message>
    <message>
        <source>Measure %1 (%2)%3</source>
        <translation>惩戒措施 %1（%2）%3</translation>
    </message>
    <message>
        <source>lifted %1</source>
        <translation>已于 %1 解除</translation>
    </message>
    <message>
        <source>Basis: %1</source>
        <translation>依据：%1</translation>
    </message>
    <message>
        <source>Restoration applied %1: %2; due %3%4</source>
        <translation>信用修复申请于 %1：%2；期限 %3%4</translation>
    </message>
    <message>
        <source>(decided late)</source>
        <translation>（逾期作出决定）</translation>
    </message>
    <message>
        <source>Deadline %1: %2 %3%4</source>
        <translation>期限 %1：%2 %3%4</translation>
    </message>
    <message>
        <source>(provisional)</source>
        <translation>（暂定）</translation>
    </message>
    <message>
        <source>why you list the cases (registered with the inquiry)</source>
        <translation>列出案件的用途（随查询一并登记）</translation>
    </message>
    <message>
        <source>why you list the deadlines (registered with the inquiry)</source>
        <translation>列出期限的用途（随查询一并登记）</translation>
    </message>
    <message>
        <source>an established circumstance, e.g. adequate-security, or non-restorable:PROVISION (repeatable)</source>
        <translation>已查明的情形，例如 adequate-security，或 non-restorable:条款标识（可重复）</translation>
    </message>
    <message>
        <source>date the listing was published</source>
        <translation>名单信息的公布日期</translation>
    </message>
    <message>
        <source>Restoration of penalty information, application %1 for record %2: %3.</source>
        <translation>行政处罚信息信用修复，信用记录 %2 的申请 %1：%3。</translation>
    </message>
    <message>
        <source>the case (removal from a list)</source>
        <translation>案件（移出名单）</translation>
    </message>
    <message>
        <source>the credit record (restoration of penalty information)</source>
        <translation>信用记录（行政处罚信息信用修复）</translation>
    </message>
    <message>
        <source>Give exactly one of --case (removal from a list) and --record (restoration of penalty information).</source>
        <translation>请在 --case（移出名单）和 --record（行政处罚信息信用修复）中只给出一项。</translation>
    </message>
    <message>
        <source>day of the conduct as the basis document states it (a list&apos;s age bar is read on it)</source>
        <translation>依据文书载明的行为发生日（名单的年龄限制按此日核对）</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <source>the day the list type&apos;s time to decide counts from, e.g. the day the order to pay wages fell due unpaid (where the rules set a time to decide)</source>
        <translation>名单类型作出决定期限的起算日，例如责令限期支付工资文书指定期限届满之日（规则规定了决定期限时）</translation>
    </message>
    <message>
        <source>date the extension was approved</source>
        <translation>批准延长的日期</translation>
    </message>
    <message>
        <source>why the case needs more time</source>
        <translation>需要延长的理由</translation>
    </message>
    <message>
        <source>%1 working days left</source>
        <translation>剩余%1个工作日</translation>
    </message>
    <message>
        <source>%1 working days late</source>
        <translation>逾期%1个工作日</translation>
    </message>
</context>
<context>
    <name>WorkflowContext</name>
    <message>
        <source>Cases, records and standards are handled by named users. Open the vault with your user name and password, not with the recovery code.</source>
        <translation>案件、记录和认定标准须由具名用户办理。请使用您的用户名和密码打开保险库，不要使用恢复码。</translation>
    </message>
    <message>
        <source>The date of %1 is missing or not a date (use YYYY-MM-DD).</source>
        <translation>%1日期缺失或不是日期（请使用 YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>The date of %1 (%2) is in the future; record events on or after the day they happen (today is %3).</source>
        <translation>%1日期（%2）是将来的日期；请在事件发生当日或之后记录（今天是 %3）。</translation>
    </message>
    <message>
        <source>The date of %1 (%2) is before %3; an event cannot precede the event it depends on.</source>
        <translation>%1日期（%2）早于%3；事件不能早于其所依赖的事件。</translation>
    </message>
    <message>
        <source>The rule editions stored with a case are damaged: &quot;%1&quot;.</source>
        <translation>案件中保存的规则版本已损坏：“%1”。</translation>
    </message>
    <message>
        <source>The organs could not be read: %1</source>
        <translation>无法读取机关列表：%1</translation>
    </message>
    <message>
        <source>The organ %1 is not in this vault.</source>
        <translation>本保险库中没有机关 %1。</translation>
    </message>
    <message>
        <source>The organ %1 has an unknown level.</source>
        <translation>机关 %1 的层级未知。</translation>
    </message>
    <message>
        <source>Only the users of %1 may %2; %3 works at %4. The act belongs to the organ that is responsible for it.</source>
        <translation>只有%1的用户才能%2；%3 任职于%4。该行为应由负有责任的机关作出。</translation>
    </message>
    <message>
        <source>The organs could not be read</source>
        <translation>无法读取机关信息</translation>
    </message>
</context>
<context>
    <name>WorkflowTable</name>
    <message>
        <source>the basis is a legally effective basis document (II(2)); the list type and its standard in force allow the designation (RuleBook::mayDesignate, IV(6)-(8)); no other case on the record for the list is still open</source>
        <translation>依据为具有法律效力的依据文书（《指导意见》二（二））；名单类型及其现行有效的认定标准允许作出认定（RuleBook::mayDesignate，《指导意见》四（六）至（八））；该记录针对同一名单没有其他仍在办理的案件</translation>
    </message>
    <message>
        <source>case opened; notice before designation prepared (chain position recorded); deadline to serve the notice</source>
        <translation>已立案；已制作认定前告知书（记录审计链位置）；设定告知书送达期限</translation>
    </message>
    <message>
        <source>served on a date not in the future and not before the case was opened</source>
        <translation>送达日期不是将来的日期，且不早于立案日期</translation>
    </message>
    <message>
        <source>notice served; objection window computed from the service date where the list type provides one (otherwise ready to decide)</source>
        <translation>告知书已送达；名单类型规定异议期的，自送达日期起计算异议期（否则进入待作出决定）</translation>
    </message>
    <message>
        <source>received within the objection window (from the service date, window from the list type&apos;s rules), not in the future</source>
        <translation>在异议期内收到（自送达日期起算，异议期依名单类型规则确定），且不是将来的日期</translation>
    </message>
    <message>
        <source>objection recorded; answer deadline from the list type&apos;s rules</source>
        <translation>已记录异议；按名单类型规则设定答复期限</translation>
    </message>
    <message>
        <source>answered on a date not before the objection was received</source>
        <translation>答复日期不早于异议收到日期</translation>
    </message>
    <message>
        <source>objection upheld; case closed, not designated; its open deadlines cancelled</source>
        <translation>异议成立；结案，未认定；撤销其未到期的期限</translation>
    </message>
    <message>
        <source>objection rejected with reasons; the case is ready to decide</source>
        <translation>异议不成立并说明理由；案件待作出决定</translation>
    </message>
    <message>
        <source>the objection window has closed without an objection; the list type requires re-examination of designations below provincial level (IV(8))</source>
        <translation>异议期届满且未提出异议；名单类型要求对省级以下认定进行复核（《指导意见》四（八））</translation>
    </message>
    <message>
        <source>submitted for re-examination; deadline where the rules set one</source>
        <translation>已提请复核；规则规定期限的，设定期限</translation>
    </message>
    <message>
        <source>the list type requires re-examination of designations below provincial level (IV(8))</source>
        <translation>名单类型要求对省级以下认定进行复核（《指导意见》四（八））</translation>
    </message>
    <message>
        <source>re-examination approved; the decision may be issued</source>
        <translation>复核已通过；可以作出决定</translation>
    </message>
    <message>
        <source>returned to the designating department with reasons</source>
        <translation>说明理由后退回作出认定的部门</translation>
    </message>
    <message>
        <source>the objection window has closed without an objection; no re-examination required; four eyes (not the case officer); mayDesignate and mayImpose for every measure on the decision date (IV, V(9), V(10))</source>
        <translation>异议期届满且未提出异议；无需复核；双人把关（非承办人员）；决定日期当日每项惩戒措施均满足 mayDesignate 和 mayImpose（《指导意见》四、五（九）、五（十））</translation>
    </message>
    <message>
        <source>decision issued with the rule editions in force and the chain position; measures applied; listed until the end of the term (deadline)</source>
        <translation>已作出决定，记录现行有效的规则版本和审计链位置；已采取惩戒措施；列入名单至期限届满（设定期限）</translation>
    </message>
    <message>
        <source>no re-examination required; four eyes (not the case officer); mayDesignate and mayImpose for every measure on the decision date (IV, V(9), V(10))</source>
        <translation>无需复核；双人把关（非承办人员）；决定日期当日每项惩戒措施均满足 mayDesignate 和 mayImpose（《指导意见》四、五（九）、五（十））</translation>
    </message>
    <message>
        <source>four eyes (not the case officer); mayDesignate and mayImpose for every measure on the decision date (IV, V(9), V(10))</source>
        <translation>双人把关（非承办人员）；决定日期当日每项惩戒措施均满足 mayDesignate 和 mayImpose（《指导意见》四、五（九）、五（十））</translation>
    </message>
    <message>
        <source>the listing term has ended on or before the date given</source>
        <translation>列入期限已于所给日期或之前届满</translation>
    </message>
    <message>
        <source>listing expired; measures lifted; expiry deadline met</source>
        <translation>列入期限届满；已解除惩戒措施；期满期限已完成</translation>
    </message>
    <message>
        <source>a restoration application is granted (restoration table)</source>
        <translation>信用修复申请获准予（信用修复流程表）</translation>
    </message>
    <message>
        <source>the grant of restoration is revoked (restoration table)</source>
        <translation>信用修复的准予被撤销（信用修复流程表）</translation>
    </message>
    <message>
        <source>listing restored; disclosure and sharing resumed; measures reinstated</source>
        <translation>恢复列入名单；恢复公示和共享；恢复惩戒措施</translation>
    </message>
    <message>
        <source>dated not in the future</source>
        <translation>日期不是将来的日期</translation>
    </message>
    <message>
        <source>abolished from the date; its open deadlines cancelled; it no longer supports designations</source>
        <translation>自该日期起废止；撤销其未到期的期限；不再作为认定的依据</translation>
    </message>
    <message>
        <source>the list type exists in the rules in force</source>
        <translation>该名单类型存在于现行有效的规则中</translation>
    </message>
    <message>
        <source>draft standard recorded</source>
        <translation>已登记认定标准草案</translation>
    </message>
    <message>
        <source>opened on a date not in the future; the period lasts at least the minimum comment period of the rules (IV(7), 30 days)</source>
        <translation>开始日期不是将来的日期；期间不少于规则规定的最短公开征求意见期（《指导意见》四（七），30 日）</translation>
    </message>
    <message>
        <source>open for comment; deadline when the period closes</source>
        <translation>公开征求意见中；设定征求意见期结束的期限</translation>
    </message>
    <message>
        <source>adopted only after the comment period has closed, and the period met the minimum in force on the adoption date (IV(7))</source>
        <translation>只能在公开征求意见期结束后通过，且该期间满足通过之日现行有效的最短期限（《指导意见》四（七））</translation>
    </message>
    <message>
        <source>adopted and in force from the date given; an older standard for the same list and organ becomes revised; assessment deadline where one is set</source>
        <translation>已通过并自所给日期起施行；同一名单和机关的旧认定标准改为已修订；规定评估期限的，设定评估期限</translation>
    </message>
    <message>
        <source>assessed on a date not before it came into force (IV(7))</source>
        <translation>评估日期不早于施行日期（《指导意见》四（七））</translation>
    </message>
    <message>
        <source>assessment recorded; next assessment deadline where one is set</source>
        <translation>已登记评估；规定下次评估期限的，设定该期限</translation>
    </message>
    <message>
        <source>a newer standard for the same list and organ is adopted</source>
        <translation>同一名单和机关的新认定标准已通过</translation>
    </message>
    <message>
        <source>revised: ends the day the newer one comes into force</source>
        <translation>已修订：于新认定标准施行之日终止</translation>
    </message>
    <message>
        <source>application recorded with its papers (stored encrypted in the vault) and checked against the conditions; deadline to decide it (VI(12)). No fee.</source>
        <translation>已登记申请及其材料（加密保存在保险库中），并对照条件核查；设定作出决定的期限（《指导意见》六（十二））。不收取任何费用。</translation>
    </message>
    <message>
        <source>the conditions are met on the application date (RuleBook::mayApplyForRestoration under the editions the case was decided under: correction, commitment, waiting period)</source>
        <translation>申请之日满足条件（按案件决定时适用的规则版本执行 RuleBook::mayApplyForRestoration：纠正、信用承诺、等待期）</translation>
    </message>
    <message>
        <source>granted; on the same date the case is removed from the list, disclosure and sharing stop and the measures are lifted; late decisions are marked</source>
        <translation>已准予；同日将案件移出名单、停止公示和共享、解除惩戒措施；逾期作出的决定予以标注</translation>
    </message>
    <message>
        <source>reasons are given</source>
        <translation>已说明理由</translation>
    </message>
    <message>
        <source>refused with reasons; the listing continues</source>
        <translation>不予修复并说明理由；继续列入名单</translation>
    </message>
    <message>
        <source>the grant was obtained with false materials; reasons are given</source>
        <translation>以虚假材料取得准予；已说明理由</translation>
    </message>
    <message>
        <source>revoked; the listing, disclosure, sharing and measures are restored</source>
        <translation>已撤销；恢复列入名单、公示、共享和惩戒措施</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an event of the %2 workflow.</source>
        <translation>“%1”不是%2流程中的事件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a state of the %2 workflow.</source>
        <translation>“%1”不是%2流程中的状态。</translation>
    </message>
    <message>
        <source>Cannot %1 now: the %2 is %3; that is possible only when it is %4.</source>
        <translation>现在无法%1：该%2处于“%3”状态；只有处于“%4”状态时才能执行此操作。</translation>
    </message>
    <message>
        <source>case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>认定标准</translation>
    </message>
    <message>
        <source>restoration application</source>
        <translation>信用修复申请</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>A user with the role %1 may not %2; that is for a %3.</source>
        <translation>角色为 %1 的用户不能%2；此操作应由%3执行。</translation>
    </message>
    <message>
        <source>A %1 may %2 when it is %3.</source>
        <translation>%1处于“%3”状态时可以%2。</translation>
    </message>
    <message>
        <source>not yet recorded</source>
        <translation>尚未登记</translation>
    </message>
    <message>
        <source>not applied for</source>
        <translation>未申请</translation>
    </message>
    <message>
        <source>open a case</source>
        <translation>立案</translation>
    </message>
    <message>
        <source>record the service of the notice</source>
        <translation>记录告知书送达</translation>
    </message>
    <message>
        <source>record an objection</source>
        <translation>记录异议</translation>
    </message>
    <message>
        <source>uphold the objection</source>
        <translation>认定异议成立</translation>
    </message>
    <message>
        <source>reject the objection</source>
        <translation>认定异议不成立</translation>
    </message>
    <message>
        <source>submit for re-examination</source>
        <translation>提请复核</translation>
    </message>
    <message>
        <source>approve the re-examination</source>
        <translation>通过复核</translation>
    </message>
    <message>
        <source>return the case from re-examination</source>
        <translation>将案件从复核中退回</translation>
    </message>
    <message>
        <source>issue the designation decision</source>
        <translation>作出认定决定</translation>
    </message>
    <message>
        <source>end the listing at the end of its term</source>
        <translation>在列入期限届满时终止列入</translation>
    </message>
    <message>
        <source>remove from the list</source>
        <translation>移出名单</translation>
    </message>
    <message>
        <source>restore the listing</source>
        <translation>恢复列入名单</translation>
    </message>
    <message>
        <source>record a draft standard</source>
        <translation>登记认定标准草案</translation>
    </message>
    <message>
        <source>open the standard for public comment</source>
        <translation>将认定标准公开征求意见</translation>
    </message>
    <message>
        <source>adopt the standard</source>
        <translation>通过认定标准</translation>
    </message>
    <message>
        <source>record an assessment of the standard</source>
        <translation>登记对认定标准的评估</translation>
    </message>
    <message>
        <source>mark the standard as revised</source>
        <translation>将认定标准标记为已修订</translation>
    </message>
    <message>
        <source>abolish the standard</source>
        <translation>废止认定标准</translation>
    </message>
    <message>
        <source>record a restoration application</source>
        <translation>登记信用修复申请</translation>
    </message>
    <message>
        <source>grant restoration</source>
        <translation>准予信用修复</translation>
    </message>
    <message>
        <source>refuse restoration</source>
        <translation>不予信用修复</translation>
    </message>
    <message>
        <source>revoke the grant of restoration</source>
        <translation>撤销信用修复的准予</translation>
    </message>
    <message>
        <source>the reviewer is a supervisor of a provincial-level (or higher, as the rules require) organ whose region contains the case organ&apos;s region, not the case officer (IV(8))</source>
        <translation>复核人为省级（或规则要求的更高层级）机关的监督员，其辖区包含办案机关所在区划，且不是本案经办人（IV(8)）</translation>
    </message>
    <message>
        <source>the reviewer is a supervisor of a provincial-level (or higher) organ whose region contains the case organ&apos;s region (IV(8))</source>
        <translation>复核人为省级（或更高层级）机关的监督员，其辖区包含办案机关所在区划（IV(8)）</translation>
    </message>
    <message>
        <source>the list type&apos;s term counts from publication and the listing has not been published yet; the date is not before the decision and not in the future</source>
        <translation>该名单的列入期限自公布之日起计算且尚未公布；日期不早于认定决定、不晚于今日</translation>
    </message>
    <message>
        <source>publication recorded; the term runs from it (listed until, expiry deadline)</source>
        <translation>已登记公布；列入期限自公布起算（列入期限届满日、到期期限）</translation>
    </message>
    <message>
        <source>removed from the list and measures lifted on the date of the grant; the penalty record&apos;s disclosure and sharing stop with it only where the list&apos;s rules say so</source>
        <translation>自准予修复之日移出名单并解除惩戒措施；仅在该名单规则有规定时，相关行政处罚信息同时终止公示和共享</translation>
    </message>
    <message>
        <source>the case is listed and the list type provides early removal, or the penalty record is still disclosed; the information is not non-restorable by a named provision (VI(11)); the conditions are met on the day of the application, otherwise it is not accepted (不予受理) and nothing is stored; dated not in the future and not before the decision</source>
        <translation>案件处于列入状态且该名单允许提前移出，或该行政处罚信息仍在公示；该信息不属于经写明条款规定不可修复的情形（六（十一））；申请当日符合条件，否则不予受理且不保存任何内容；日期不晚于今日、不早于决定日</translation>
    </message>
    <message>
        <source>record the publication of the listing</source>
        <translation>登记名单信息的公布</translation>
    </message>
    <message>
        <source>the list type&apos;s rules allow an extension of the time to decide; the decision deadline is kept and has not passed; not extended before; reasons given</source>
        <translation>名单类型规则允许延长作出决定期限；决定期限已登记且尚未届满；此前未延长；已说明理由</translation>
    </message>
    <message>
        <source>the decision deadline moves to the end of the extension, counted from the end of the original limit</source>
        <translation>决定期限顺延至延长期满之日，自原期限届满之日起算</translation>
    </message>
    <message>
        <source>extend the time to decide</source>
        <translation>延长作出决定期限</translation>
    </message>
</context>
<context>
    <name>creditcase::service::Session</name>
    <message>
        <source>The vault was opened with the recovery code, which acts for no user. Log in with your user name and password for this.</source>
        <translation>保险库是用恢复码打开的，恢复码不代表任何用户。请用您的用户名和密码登录后再进行此操作。</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it to continue.</source>
        <translation>保险库已锁定。请解锁后继续。</translation>
    </message>
    <message>
        <source>(The refusal could not be recorded in the audit chain: %1)</source>
        <translation>（此次拒绝未能记入审计链：%1）</translation>
    </message>
</context>
<context>
    <name>creditcase::storage::SqlCipherDriver</name>
    <message>
        <source>The connection option &quot;%1&quot; needs a whole number of milliseconds (0 or more).</source>
        <translation>连接选项“%1”需要一个表示毫秒数的整数（0 或以上）。</translation>
    </message>
    <message>
        <source>The connection options READ_ONLY and CREATE_IF_MISSING cannot be combined: a vault opened read-only cannot be created.</source>
        <translation>连接选项 READ_ONLY 与 CREATE_IF_MISSING 不能同时使用：以只读方式打开的保险库无法创建。</translation>
    </message>
    <message>
        <source>The vault file &quot;%1&quot; does not exist. Check the file name and folder, or create a new vault.</source>
        <translation>保险库文件“%1”不存在。请检查文件名和文件夹，或新建保险库。</translation>
    </message>
    <message>
        <source>The vault &quot;%1&quot; could not be unlocked. Either the key is wrong (for example another user&apos;s vault was chosen), or the file is not a CreditCase vault or is damaged; the program cannot tell these apart. Check that this is the right file; if it is, restore it from a backup.</source>
        <translation>无法解锁保险库“%1”。可能是密钥错误（例如选择了其他用户的保险库），也可能该文件不是本软件的保险库或已损坏；程序无法区分这几种情况。请确认文件是否正确；如果正确，请从备份恢复。</translation>
    </message>
    <message>
        <source>CreditCase refused to open &quot;%1&quot; because it would not be encrypted: either the installed database library (SQLCipher) cannot encrypt, or the file is a plain, unencrypted database. Reinstall CreditCase, and open only vaults created by CreditCase.</source>
        <translation>本软件拒绝打开“%1”，因为打开后数据将不会加密：可能是已安装的数据库组件（SQLCipher）无法加密，也可能该文件是普通的未加密数据库。请重新安装本软件，并且只打开由本软件创建的保险库。</translation>
    </message>
    <message>
        <source>The vault file &quot;%1&quot; is damaged. Restore it from a backup.</source>
        <translation>保险库文件“%1”已损坏。请从备份恢复。</translation>
    </message>
    <message>
        <source>The vault file &quot;%1&quot; could not be read or written. Check that the disk or network drive is available and not full, and that you may use this file.</source>
        <translation>无法读写保险库文件“%1”。请检查磁盘或网络驱动器是否可用且未满，以及您是否有权使用该文件。</translation>
    </message>
    <message>
        <source>The vault &quot;%1&quot; is in use by another program or another CreditCase window. Close it there and try again.</source>
        <translation>保险库“%1”正被另一个程序或本软件的另一个窗口使用。请先在那里关闭，然后重试。</translation>
    </message>
    <message>
        <source>The vault &quot;%1&quot; was not opened because the request was incomplete.</source>
        <translation>请求不完整，未打开保险库“%1”。</translation>
    </message>
    <message>
        <source>The vault key must be handed to the driver with setRawKey(), never as a connection password.</source>
        <translation>保险库密钥必须通过 setRawKey() 交给驱动程序，绝不能作为连接密码传入。</translation>
    </message>
    <message>
        <source>The vault key has the wrong size: it must be exactly %1 bytes.</source>
        <translation>保险库密钥长度错误：必须恰好为 %1 字节。</translation>
    </message>
    <message>
        <source>No vault key was given, so the vault cannot be opened.</source>
        <translation>未提供保险库密钥，无法打开保险库。</translation>
    </message>
    <message>
        <source>A vault needs a file name; none was given.</source>
        <translation>保险库需要文件名，但未提供。</translation>
    </message>
    <message>
        <source>The vault is not open.</source>
        <translation>保险库未打开。</translation>
    </message>
    <message>
        <source>The vault is busy: another program or CreditCase window is writing to it. Try again in a moment.</source>
        <translation>保险库正忙：另一个程序或本软件的另一个窗口正在写入。请稍后重试。</translation>
    </message>
    <message>
        <source>A transaction could not be started on the vault.</source>
        <translation>无法在保险库上开始事务。</translation>
    </message>
    <message>
        <source>The changes could not be saved to the vault; nothing of this transaction was saved yet. Try again or undo the changes.</source>
        <translation>无法将更改保存到保险库；本次事务的内容均未保存。请重试或撤销更改。</translation>
    </message>
    <message>
        <source>The changes could not be undone in the vault.</source>
        <translation>无法在保险库中撤销更改。</translation>
    </message>
    <message>
        <source>Another CreditCase window or program has the vault open. Close it there, then try again.</source>
        <translation>本软件的另一个窗口或另一个程序已打开该保险库。请先在那里关闭，然后重试。</translation>
    </message>
    <message>
        <source>The vault&apos;s journal mode could not be changed to %1 (%2).</source>
        <translation>无法将保险库的日志模式更改为 %1（%2）。</translation>
    </message>
    <message>
        <source>The vault is not open, so its key cannot be changed.</source>
        <translation>保险库未打开，无法更改其密钥。</translation>
    </message>
    <message>
        <source>The new vault key has the wrong size: it must be exactly %1 bytes.</source>
        <translation>新的保险库密钥长度错误：必须恰好为 %1 字节。</translation>
    </message>
    <message>
        <source>The vault was opened read-only, so its key cannot be changed.</source>
        <translation>保险库以只读方式打开，无法更改其密钥。</translation>
    </message>
    <message>
        <source>Finish the current transaction before changing the vault key.</source>
        <translation>更改保险库密钥前，请先完成当前事务。</translation>
    </message>
    <message>
        <source>A query on the vault is still being read. Finish it before changing the key.</source>
        <translation>保险库上仍有查询结果正在读取。请先完成读取，再更改密钥。</translation>
    </message>
    <message>
        <source>The vault&apos;s journal mode could not be read (%1).</source>
        <translation>无法读取保险库的日志模式（%1）。</translation>
    </message>
    <message>
        <source>The vault key could not be changed (%1). Close the vault and open it again with the old key.</source>
        <translation>无法更改保险库密钥（%1）。请关闭保险库，然后用原密钥重新打开。</translation>
    </message>
    <message>
        <source>The vault key was changed, but the vault could not be read afterwards (%1). Restore a backup.</source>
        <translation>保险库密钥已更改，但之后无法读取保险库（%1）。请恢复备份。</translation>
    </message>
    <message>
        <source>The vault key was changed, but the vault could not switch back to write-ahead logging: %1</source>
        <translation>保险库密钥已更改，但保险库无法切换回预写日志（WAL）模式：%1</translation>
    </message>
    <message>
        <source>The vault is not open, so it cannot be copied.</source>
        <translation>保险库未打开，无法复制。</translation>
    </message>
    <message>
        <source>No file name was given for the vault copy.</source>
        <translation>未提供保险库副本的文件名。</translation>
    </message>
    <message>
        <source>The vault was opened read-only; open it normally to copy it.</source>
        <translation>保险库以只读方式打开；请以正常方式打开后再复制。</translation>
    </message>
    <message>
        <source>Finish the current transaction before copying the vault.</source>
        <translation>复制保险库前，请先完成当前事务。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; already exists. CreditCase does not overwrite files; choose a new file name.</source>
        <translation>文件“%1”已存在。本软件不会覆盖文件；请另选文件名。</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist.</source>
        <translation>文件夹“%1”不存在。</translation>
    </message>
    <message>
        <source>The vault copy &quot;%1&quot; could not be created: %2</source>
        <translation>无法创建保险库副本“%1”：%2</translation>
    </message>
    <message>
        <source>The vault could not be copied to &quot;%1&quot; (%2: %3). Nothing was written there.</source>
        <translation>无法将保险库复制到“%1”（%2：%3）。该位置未写入任何内容。</translation>
    </message>
    <message>
        <source>The vault copy &quot;%1&quot; would not get %2-byte pages (it reads back as %3).</source>
        <translation>保险库副本“%1”的页大小将不是 %2 字节（回读结果为 %3）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an unencrypted SQLite database, not a CreditCase vault. CreditCase never opens unencrypted databases; the file was not changed.</source>
        <translation>“%1”是未加密的 SQLite 数据库，不是 CreditCase 保险库。CreditCase 从不打开未加密的数据库；文件未作改动。</translation>
    </message>
    <message>
        <source>The connection option &quot;%1&quot; is not known. Known options: CREATE_IF_MISSING, BUSY_TIMEOUT_MS=&lt;milliseconds&gt;, READ_ONLY, WAL, LOCK_ONLY.</source>
        <translation>未知的连接选项“%1”。已知选项：CREATE_IF_MISSING、BUSY_TIMEOUT_MS=&lt;毫秒数&gt;、READ_ONLY、WAL、LOCK_ONLY。</translation>
    </message>
    <message>
        <source>The connection option LOCK_ONLY needs READ_ONLY: it is for a connection that only holds the vault&apos;s shared lock.</source>
        <translation>连接选项 LOCK_ONLY 须与 READ_ONLY 同时使用：它只用于仅持有保险库共享锁的连接。</translation>
    </message>
</context>
<context>
    <name>creditcase::ui::AttachmentPicker</name>
    <message>
        <source>Add scan…</source>
        <translation>添加扫描件…</translation>
    </message>
    <message>
        <source>Add a file to %1</source>
        <translation>向%1添加文件</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected file from %1</source>
        <translation>从%1移除所选文件</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 is empty; choose the scan itself.</source>
        <translation>文件 %1 为空，请选择扫描件本身。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Choose scans</source>
        <translation>选择扫描件</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>扫描件 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>creditcase::ui::AttachmentViewer</name>
    <message>
        <source>Attachment %1</source>
        <translation>附件 %1</translation>
    </message>
    <message>
        <source>This PDF file is damaged or incomplete, so it cannot be shown. Ask the sender for the file again and attach the new copy.</source>
        <translation>该 PDF 文件已损坏或不完整，无法显示。请向发送方重新索取该文件，并将新文件作为附件添加。</translation>
    </message>
    <message>
        <source>This PDF file is password-protected, so it cannot be shown. Ask the sender for a copy without a password and attach that instead.</source>
        <translation>该 PDF 文件设有密码保护，无法显示。请向发送方索取未设密码的文件，并改为添加该文件作为附件。</translation>
    </message>
    <message>
        <source>This PDF file is damaged or incomplete (it has no readable page), so it cannot be shown. Ask the sender for the file again and attach the new copy.</source>
        <translation>该 PDF 文件已损坏或不完整（没有可读取的页面），无法显示。请向发送方重新索取该文件，并将新文件作为附件添加。</translation>
    </message>
    <message>
        <source>Content of %1</source>
        <translation>%1 的内容</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close the attachment</source>
        <translation>关闭附件</translation>
    </message>
    <message>
        <source>&lt; Previous</source>
        <translation>&lt; 上一页</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>下一页 &gt;</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Previous page (PgUp)</source>
        <translation>上一页（PgUp）</translation>
    </message>
    <message>
        <source>Next page (PgDn)</source>
        <translation>下一页（PgDn）</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Fit the page to the window&apos;s width</source>
        <translation>按窗口宽度显示页面</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>缩小（Ctrl+-）</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>放大（Ctrl++）</translation>
    </message>
    <message>
        <source>Page %1 cannot be shown: this part of the PDF file is damaged.</source>
        <translation>第 %1 页无法显示：PDF 文件的这一部分已损坏。</translation>
    </message>
</context>
<context>
    <name>creditcase::ui::AuditPage</name>
    <message>
        <source>Audit &amp;log</source>
        <translation>审计日志(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Inquiry register</source>
        <translation>查询登记(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Accountability report</source>
        <translation>责任追究报告(&amp;A)</translation>
    </message>
    <message>
        <source>The chain has not been checked in this session.</source>
        <translation>本次会话尚未校验审计链。</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>校验审计链(&amp;V)</translation>
    </message>
    <message>
        <source>Number of latest entries shown</source>
        <translation>显示最近条目数</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <source>Latest &amp;entries:</source>
        <translation>最近条目(&amp;E)：</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Audit log, newest first</source>
        <translation>审计日志（最新在前）</translation>
    </message>
    <message>
        <source>Inquiries from</source>
        <translation>查询起始日期</translation>
    </message>
    <message>
        <source>Inquiries until</source>
        <translation>查询截止日期</translation>
    </message>
    <message>
        <source>Only &amp;flagged entries</source>
        <translation>仅显示已标记条目(&amp;F)</translation>
    </message>
    <message>
        <source>Only flagged entries</source>
        <translation>仅显示已标记条目</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>显示(&amp;H)</translation>
    </message>
    <message>
        <source>What was read</source>
        <translation>查询内容</translation>
    </message>
    <message>
        <source>Whose record</source>
        <translation>被查询人</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Inquiry register, newest first</source>
        <translation>查询登记（最新在前）</translation>
    </message>
    <message>
        <source>Note for the flag</source>
        <translation>标记说明</translation>
    </message>
    <message>
        <source>Why this inquiry needs review</source>
        <translation>该查询需要复查的原因</translation>
    </message>
    <message>
        <source>F&amp;lag the selected inquiry</source>
        <translation>标记所选查询(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>起(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>止(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>说明(&amp;N)：</translation>
    </message>
    <message>
        <source>Report period from</source>
        <translation>报告期间起</translation>
    </message>
    <message>
        <source>Report period until</source>
        <translation>报告期间止</translation>
    </message>
    <message>
        <source>&amp;Make the report</source>
        <translation>生成报告(&amp;M)</translation>
    </message>
    <message>
        <source>Only a period that has ended can be reported on: what is late is known only after the day has passed.</source>
        <translation>只能对已经结束的期间出具报告：是否逾期要到期限届满后才能确定。</translation>
    </message>
    <message>
        <source>Organ</source>
        <translation>机关</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>发现事项</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Due / item</source>
        <translation>期限 / 事项</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Days late / reason</source>
        <translation>逾期天数 / 理由</translation>
    </message>
    <message>
        <source>Accountability report by organ</source>
        <translation>按机关的责任追究报告</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>起(&amp;R)：</translation>
    </message>
    <message>
        <source>U&amp;ntil:</source>
        <translation>止(&amp;N)：</translation>
    </message>
    <message numerus="yes">
        <source>✔ Intact: %n entr(ies), every link checked; last entry %1.</source>
        <translation>
            <numerusform>✔ 完整：共 %n 条，每一环均已校验；最后一条为 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ BROKEN at entry %1: %2. Keep this vault as it is and restore the latest backup into a new file for comparison.</source>
        <translation>⚠ 审计链在第 %1 条断裂：%2。请保持本保险库原状，并将最近的备份恢复到新文件以便比对。</translation>
    </message>
    <message>
        <source>Hash %1, previous %2</source>
        <translation>哈希 %1，前一条 %2</translation>
    </message>
    <message>
        <source>flagged by %1: %2</source>
        <translation>%1 已标记：%2</translation>
    </message>
    <message numerus="yes">
        <source>The latest %n shown; narrow the period to see the others.</source>
        <translation>
            <numerusform>仅显示最近 %n 条；请缩小期间查看其余条目。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inquir(ies)</source>
        <translation>
            <numerusform>%n 条查询</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the inquiry to flag.</source>
        <translation>请选择要标记的查询。</translation>
    </message>
    <message>
        <source>Write why the inquiry needs review.</source>
        <translation>请写明该查询需要复查的原因。</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>未完成</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>记录 %1</translation>
    </message>
    <message>
        <source>nothing late, nothing outside the catalogue or the measures list</source>
        <translation>无逾期，无目录外记录或清单外措施</translation>
    </message>
    <message>
        <source>%1 record(s), %2 measure(s) checked</source>
        <translation>已核查 %1 条记录、%2 项措施</translation>
    </message>
    <message>
        <source>restoration decided late</source>
        <translation>信用修复逾期决定</translation>
    </message>
    <message>
        <source>notice served late</source>
        <translation>告知书逾期送达</translation>
    </message>
    <message>
        <source>objection answered late</source>
        <translation>异议逾期答复</translation>
    </message>
    <message>
        <source>record outside the catalogue</source>
        <translation>目录外记录</translation>
    </message>
    <message>
        <source>measure outside the list</source>
        <translation>清单外措施</translation>
    </message>
    <message>
        <source>%1 to %2, made by %3 at audit entry %4. %5 of %6 organ(s) clean. Basis: %7</source>
        <translation>%1 至 %2，由 %3 于审计条目 %4 生成。%6 个机关中 %5 个无问题。依据：%7</translation>
    </message>
</context>
<context>
    <name>creditcase::ui::CaseEventDialog</name>
    <message>
        <source>Record the service of the notice and start the objection period</source>
        <translation>登记告知书送达并开始计算异议期</translation>
    </message>
    <message>
        <source>Register the objection</source>
        <translation>登记异议</translation>
    </message>
    <message>
        <source>Uphold the objection and close the case without designation</source>
        <translation>认定异议成立，结案不予认定</translation>
    </message>
    <message>
        <source>Reject the objection and make the case ready for decision</source>
        <translation>认定异议不成立，转入待决定</translation>
    </message>
    <message>
        <source>Submit for re-examination by the higher department</source>
        <translation>提交上级部门复核</translation>
    </message>
    <message>
        <source>Approve after re-examination</source>
        <translation>复核同意</translation>
    </message>
    <message>
        <source>Return after re-examination</source>
        <translation>复核退回</translation>
    </message>
    <message>
        <source>Issue the designation decision and generate the decision document</source>
        <translation>作出认定决定并生成决定书</translation>
    </message>
    <message>
        <source>End the listing term and lift the measures</source>
        <translation>列入期限届满，解除惩戒措施</translation>
    </message>
    <message>
        <source>Grant the restoration and remove from the list</source>
        <translation>准予信用修复并移出名单</translation>
    </message>
    <message>
        <source>Revoke the restoration and reinstate the listing</source>
        <translation>撤销信用修复并恢复列入</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>%1 — case %2</source>
        <translation>%1 —— 案件 %2</translation>
    </message>
    <message>
        <source>Case %1 · %2 · %3</source>
        <translation>案件 %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Basis: %1</source>
        <translation>依据：%1</translation>
    </message>
    <message>
        <source>What the law requires: %1</source>
        <translation>法律要求：%1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Not after today (%1) and not before %2 (%3).</source>
        <translation>不得晚于今天（%1），不得早于 %2（%3）。</translation>
    </message>
    <message>
        <source>Not after today (%1).</source>
        <translation>不得晚于今天（%1）。</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Served on:</source>
        <translation>送达日期(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>收到日期(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation>决定日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>Required: the reasons are part of the case file and of the audit chain.</source>
        <translation>必填：理由记入案卷和审计日志。</translation>
    </message>
    <message>
        <source>&amp;Objection:</source>
        <translation>异议内容(&amp;O)：</translation>
    </message>
    <message>
        <source>Required: what the party objects to, as received.</source>
        <translation>必填：按收到的原文填写当事人的异议内容。</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>答复(&amp;A)：</translation>
    </message>
    <message>
        <source>Required: the answer to the party, with its reasons.</source>
        <translation>必填：对当事人的答复及理由。</translation>
    </message>
    <message>
        <source>&amp;Opinion:</source>
        <translation>意见(&amp;O)：</translation>
    </message>
    <message>
        <source>Punishment measures</source>
        <translation>惩戒措施</translation>
    </message>
    <message>
        <source>&amp;Measures:</source>
        <translation>惩戒措施(&amp;M)：</translation>
    </message>
    <message>
        <source>The measures the list type provides for conduct of this severity (%1). Untick a measure to leave it out; no other measure can be added. Category C measures are only communicated to the body that decides on them (inform only).</source>
        <translation>本名单对该严重程度（%1）行为规定的惩戒措施。取消勾选即不采用；不能增加清单以外的措施。C 类措施仅告知有权决定的单位（仅告知）。</translation>
    </message>
    <message>
        <source>inform only</source>
        <translation>仅告知</translation>
    </message>
    <message>
        <source>The rule data could not be read: %1</source>
        <translation>无法读取规则数据：%1</translation>
    </message>
    <message>
        <source>the day the case was opened</source>
        <translation>立案之日</translation>
    </message>
    <message>
        <source>the day the notice was served</source>
        <translation>告知书送达之日</translation>
    </message>
    <message>
        <source>the day the objection was received</source>
        <translation>收到异议之日</translation>
    </message>
    <message>
        <source>the day it was submitted</source>
        <translation>提交复核之日</translation>
    </message>
    <message>
        <source>the last step of the case</source>
        <translation>案件上一步骤</translation>
    </message>
    <message>
        <source>the decision</source>
        <translation>认定决定</translation>
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation>日期晚于今天。</translation>
    </message>
    <message>
        <source>The date is before %1.</source>
        <translation>日期早于 %1。</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>必须填写%1。</translation>
    </message>
    <message>
        <source>The rule data provides no measure for this list type and severity; the decision cannot name one.</source>
        <translation>规则数据未对该名单和严重程度规定惩戒措施，决定中无法列明措施。</translation>
    </message>
    <message>
        <source>Keep at least one measure: a designation without a measure is not a decision.</source>
        <translation>至少保留一项惩戒措施：没有措施的认定不构成决定。</translation>
    </message>
    <message>
        <source>This event has no form in this window.</source>
        <translation>本窗口没有该事项的表单。</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>未办理：%1</translation>
    </message>
    <message>
        <source>Record the publication; the listing term starts that day</source>
        <translation>登记公布；列入期限自当日起算</translation>
    </message>
    <message>
        <source>Extend the time to decide</source>
        <translation>延长作出决定期限</translation>
    </message>
    <message>
        <source>&amp;Published on:</source>
        <translation>公布日期(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Approved on:</source>
        <translation>批准日期(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Why more time:</source>
        <translation>延长理由(&amp;W)：</translation>
    </message>
    <message>
        <source>Required: why the case is complex; the extension needs the approval of the head of the organ.</source>
        <translation>必填：说明案件为何情况复杂；延长须经机关负责人批准。</translation>
    </message>
</context>
<context>
    <name>creditcase::ui::CaseListPage</name>
    <message>
        <source>Subject name, USCC or ID number (or its last digits), case or document number</source>
        <translation>当事人名称、统一社会信用代码或身份证号（或末几位）、案号或文号</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>阶段(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>名单(&amp;L)：</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>承办人(&amp;O)：</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Within 3 days</source>
        <translation>3 日内</translation>
    </message>
    <message>
        <source>Within 7 days</source>
        <translation>7 日内</translation>
    </message>
    <message>
        <source>Within 30 days</source>
        <translation>30 日内</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>到期(&amp;D)：</translation>
    </message>
    <message>
        <source>Only my &amp;organ</source>
        <translation>仅本机关(&amp;O)</translation>
    </message>
    <message>
        <source>Only my organ</source>
        <translation>仅本机关</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>无法读取列表：%1</translation>
    </message>
    <message>
        <source>Rows %1–%2 of %3</source>
        <translation>第 %1–%2 行，共 %3 行</translation>
    </message>
    <message>
        <source>All lists</source>
        <translation>全部名单</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>%1 case(s) in total</source>
        <translation>共 %1 件</translation>
    </message>
    <message>
        <source>Sort &amp;by:</source>
        <translation>排序(&amp;B)：</translation>
    </message>
    <message>
        <source>Ord&amp;er:</source>
        <translation>顺序(&amp;E)：</translation>
    </message>
    <message>
        <source>Ascending</source>
        <translation>升序</translation>
    </message>
    <message>
        <source>Descending</source>
        <translation>降序</translation>
    </message>
    <message>
        <source>What the list showed could not be registered as an inquiry: %1</source>
        <translation>列表所显示的内容未能登记为查询：%1</translation>
    </message>
    <message>
        <source>officer %1</source>
        <translation>承办人 %1</translation>
    </message>
    <message>
        <source>search &quot;%1&quot;</source>
        <translation>搜索“%1”</translation>
    </message>
</context>
<context>
    <name>creditcase::ui::CaseTableModel</name>
    <message>
        <source>Loading…</source>
        <translation>正在载入…</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>USCC / ID number</source>
        <translation>统一社会信用代码/身份证号</translation>
    </message>
    <message>
        <source>List</source>
        <translation>名单</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Case officer</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>下一期限</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余</translation>
    </message>
</context>
<context>
    <name>creditcase::ui::CaseViewPage</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>By</source>
        <translation>办理人</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Timeline (newest first)</source>
        <translation>进程（最新在前）</translation>
    </message>
    <message>
        <source>Subject, record and basis document</source>
        <translation>当事人、信用记录与依据文书</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Other document of the case</source>
        <translation>本案其他文书</translation>
    </message>
    <message>
        <source>Preview / print…</source>
        <translation>预览/打印…</translation>
    </message>
    <message>
        <source>Preview or print the chosen document</source>
        <translation>预览或打印所选文书</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Attachments (opened from the vault)</source>
        <translation>附件（在加密库内打开）</translation>
    </message>
    <message>
        <source>Purpose of the inquiry</source>
        <translation>查询目的</translation>
    </message>
    <message>
        <source>You are not the case officer. Every inquiry into a record is registered with who asked, when, whose record and why. State the purpose:</source>
        <translation>您不是本案承办人员。每次查询均登记查询人、时间、被查询当事人和目的。请说明查询目的：</translation>
    </message>
    <message>
        <source>Basis: %1</source>
        <translation>依据：%1</translation>
    </message>
    <message>
        <source>Case %1 · %2 · %3 · [%4] · %5</source>
        <translation>案件 %1 · %2 · %3 ·［%4］· %5</translation>
    </message>
    <message>
        <source>met on %1</source>
        <translation>已于 %1 完成</translation>
    </message>
    <message>
        <source>cancelled on %1</source>
        <translation>已于 %1 撤销</translation>
    </message>
    <message>
        <source>Next deadline: %1 %2 (%3)</source>
        <translation>下一期限：%1 %2（%3）</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>No open deadline.</source>
        <translation>无未到期期限。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Subject&lt;/b&gt;: %1 (%2)&lt;br&gt;&lt;b&gt;Credit record&lt;/b&gt; %3: %4, severity %5, decided on %6&lt;br&gt;&lt;b&gt;Basis document&lt;/b&gt;: %7 %8, issued by %9 on %10, effective %11&lt;br&gt;&lt;b&gt;Case officer&lt;/b&gt;: %12</source>
        <translation>&lt;b&gt;当事人&lt;/b&gt;：%1（%2）&lt;br&gt;&lt;b&gt;信用记录&lt;/b&gt; %3：%4，严重程度 %5，决定日期 %6&lt;br&gt;&lt;b&gt;依据文书&lt;/b&gt;：%7 %8，%9 于 %10 作出，%11 生效&lt;br&gt;&lt;b&gt;承办人员&lt;/b&gt;：%12</translation>
    </message>
    <message>
        <source>Preview / print</source>
        <translation>预览/打印</translation>
    </message>
    <message>
        <source>Preview / print %1</source>
        <translation>预览/打印 %1</translation>
    </message>
    <message>
        <source>Notice before designation</source>
        <translation>告知书</translation>
    </message>
    <message>
        <source>Designation decision</source>
        <translation>认定决定书</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>打开 %1</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>不可用：%1</translation>
    </message>
    <message>
        <source>%1 — not available: %2</source>
        <translation>%1 —— 不可用：%2</translation>
    </message>
    <message>
        <source>The attachment could not be opened: %1</source>
        <translation>无法打开附件：%1</translation>
    </message>
    <message>
        <source>The timeline could not be read: %1</source>
        <translation>无法读取进程：%1</translation>
    </message>
</context>
<context>
    <name>creditcase::ui::CreateVaultDialog</name>
    <message>
        <source>Create a new vault — CreditCase</source>
        <translation>新建保险库 — 信用案件管理</translation>
    </message>
    <message>
        <source>A vault is one encrypted file that holds all cases of your organ. You become its first administrator.</source>
        <translation>保险库是一个加密数据库文件，保存本机关的全部案件。您将成为它的首位管理员。</translation>
    </message>
    <message>
        <source>Vault file</source>
        <translation>保险库文件</translation>
    </message>
    <message>
        <source>Where the new encrypted vault file is saved</source>
        <translation>新的加密保险库文件的保存位置</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose where to save the vault file</source>
        <translation>选择保险库文件的保存位置</translation>
    </message>
    <message>
        <source>Administrator user name</source>
        <translation>管理员用户名</translation>
    </message>
    <message>
        <source>Organ name</source>
        <translation>机关名称</translation>
    </message>
    <message>
        <source>The government department that keeps this vault</source>
        <translation>保管此保险库的政府部门</translation>
    </message>
    <message>
        <source>Organ level</source>
        <translation>机关层级</translation>
    </message>
    <message>
        <source>County level</source>
        <translation>县级</translation>
    </message>
    <message>
        <source>Municipal level</source>
        <translation>市级</translation>
    </message>
    <message>
        <source>Provincial level</source>
        <translation>省级</translation>
    </message>
    <message>
        <source>National level</source>
        <translation>国家级</translation>
    </message>
    <message>
        <source>Region code</source>
        <translation>行政区划代码</translation>
    </message>
    <message>
        <source>Six-digit administrative division code</source>
        <translation>六位行政区划代码</translation>
    </message>
    <message>
        <source>e.g. 110105</source>
        <translation>例如 110105</translation>
    </message>
    <message>
        <source>Administrator password</source>
        <translation>管理员密码</translation>
    </message>
    <message>
        <source>Confirm administrator password</source>
        <translation>确认管理员密码</translation>
    </message>
    <message>
        <source>Vault &amp;file:</source>
        <translation>保险库文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Administrator:</source>
        <translation>管理员(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Organ name:</source>
        <translation>机关名称(&amp;O)：</translation>
    </message>
    <message>
        <source>Organ &amp;level:</source>
        <translation>机关层级(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Region code:</source>
        <translation>行政区划代码(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>The user name you will sign in with. More users are added later.</source>
        <translation>您登录时使用的用户名。其他用户可以之后再添加。</translation>
    </message>
    <message>
        <source>The six-digit administrative division code of the organ&apos;s area.</source>
        <translation>机关所在地区的六位行政区划代码。</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters. A long phrase is easier to remember than a short random word.</source>
        <translation>
            <numerusform>至少 %n 个字符。较长的短语比简短的随机字符串更容易记住。</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;reate vault</source>
        <translation>创建保险库(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&lt;b&gt;Write down the recovery code now&lt;/b&gt;</source>
        <translation>&lt;b&gt;请立即抄写恢复码&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>恢复码</translation>
    </message>
    <message>
        <source>This code is shown only once. It opens the vault even if every password is lost. Write it on paper (or print this page), check it character by character, and keep it locked away from the computer. Anyone who has the code can open the vault.</source>
        <translation>此恢复码只显示一次。即使所有密码都已遗失，凭它仍可打开保险库。请将它抄写在纸上（或打印本页），逐个字符核对，并锁存在远离计算机的地方。任何人持有恢复码都能打开保险库。</translation>
    </message>
    <message>
        <source>I have &amp;written down the recovery code</source>
        <translation>我已抄写恢复码(&amp;W)</translation>
    </message>
    <message>
        <source>I have written down the recovery code</source>
        <translation>我已抄写恢复码</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <source>Choose where to save the new vault file.</source>
        <translation>请选择新保险库文件的保存位置。</translation>
    </message>
    <message>
        <source>A file already exists at %1. Choose a new file name: an existing file is never overwritten.</source>
        <translation>%1 处已有文件。请另选文件名：本软件从不覆盖已有文件。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose an existing folder.</source>
        <translation>文件夹 %1 不存在。请选择一个已有的文件夹。</translation>
    </message>
    <message>
        <source>Type the user name of the first administrator.</source>
        <translation>请输入首位管理员的用户名。</translation>
    </message>
    <message>
        <source>Type the name of the organ (the government department) that keeps this vault.</source>
        <translation>请输入保管此保险库的机关（政府部门）名称。</translation>
    </message>
    <message numerus="yes">
        <source>The region code must be exactly %n digits, for example 110105.</source>
        <translation>
            <numerusform>行政区划代码必须恰好为 %n 位数字，例如 110105。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password is too short: use at least %n characters.</source>
        <translation>
            <numerusform>密码太短：请至少使用 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords do not match. Type the same password in both fields.</source>
        <translation>两次输入的密码不一致。请在两个输入框中输入相同的密码。</translation>
    </message>
    <message>
        <source>The vault could not be created.</source>
        <translation>无法创建保险库。</translation>
    </message>
    <message>
        <source>Recovery code — CreditCase</source>
        <translation>恢复码 — 信用案件管理</translation>
    </message>
    <message>
        <source>Save new vault as</source>
        <translation>新保险库另存为</translation>
    </message>
    <message>
        <source>CreditCase vaults (*.%1)</source>
        <translation>信用案件管理保险库 (*.%1)</translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation>打印恢复码</translation>
    </message>
    <message>
        <source>CreditCase recovery code</source>
        <translation>信用案件管理恢复码</translation>
    </message>
    <message>
        <source>Vault file: %1</source>
        <translation>保险库文件：%1</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>打印于 %1</translation>
    </message>
    <message>
        <source>This code opens the vault even if every password is lost. Keep this sheet locked away.</source>
        <translation>即使所有密码都已遗失，凭此恢复码仍可打开保险库。请将本页锁存保管。</translation>
    </message>
    <message>
        <source>Confir&amp;m password:</source>
        <translation>确认密码(&amp;M)：</translation>
    </message>
</context>
<context>
    <name>creditcase::ui::DashboardPage</name>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>到期事项</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Due today and this week</source>
        <translation>今日到期与本周到期</translation>
    </message>
    <message>
        <source>Waiting for me</source>
        <translation>待我办理</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Whose turn</source>
        <translation>办理人</translation>
    </message>
    <message>
        <source>Credit restoration applications waiting</source>
        <translation>待处理的信用修复申请</translation>
    </message>
    <message>
        <source>The holiday schedule for %1 is not in the vault: deadlines in working days are provisional (暂定) until an administrator imports it.</source>
        <translation>%1 年节假日安排尚未导入：按工作日计算的期限为暂定，待管理员导入后重新计算。</translation>
    </message>
    <message>
        <source>No backup of this vault was made in the last 7 days. Ask an administrator to make one.</source>
        <translation>最近 7 天没有备份本数据库，请管理员进行备份。</translation>
    </message>
    <message>
        <source>deadline dashboard of the case officer</source>
        <translation>承办人员工作台期限查询</translation>
    </message>
    <message>
        <source>The deadlines could not be read: %1</source>
        <translation>无法读取期限：%1</translation>
    </message>
    <message>
        <source> (first %1; the case list shows all)</source>
        <translation>（仅显示前 %1 条，全部请见案件列表）</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>逾期（%1）</translation>
    </message>
    <message>
        <source>Due today (%1) and this week (%2)</source>
        <translation>今日到期（%1）与本周到期（%2）</translation>
    </message>
    <message>
        <source>Credit restoration applications waiting (%1)</source>
        <translation>待处理的信用修复申请（%1）</translation>
    </message>
    <message>
        <source>Waiting for me (my cases by stage)</source>
        <translation>待我办理（我的案件，按阶段）</translation>
    </message>
    <message>
        <source>Waiting for a decision or re-examination</source>
        <translation>待决定、待复核</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>本人</translation>
    </message>
    <message>
        <source>my organ</source>
        <translation>本机关</translation>
    </message>
    <message>
        <source>organs under mine</source>
        <translation>下级机关</translation>
    </message>
    <message>
        <source>not readable</source>
        <translation>无法读取</translation>
    </message>
</context>
<context>
    <name>creditcase::ui::DocumentPreviewDialog</name>
    <message>
        <source>%1 — case %2</source>
        <translation>%1 —— 案件 %2</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>&amp;Public copy (identifier masked)</source>
        <translation>公开文本（遮蔽证件号码）(&amp;P)</translation>
    </message>
    <message>
        <source>Public copy</source>
        <translation>公开文本</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>导出 PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>（无文号）</translation>
    </message>
    <message>
        <source>Not issued yet: printing or exporting issues it, takes its number and records it. The fingerprint is printed then.</source>
        <translation>尚未制发：打印或导出时制发、编号并记录，届时印出文书指纹。</translation>
    </message>
    <message>
        <source>Issued as %1; not printed yet.</source>
        <translation>已制发，文号 %1；尚未打印。</translation>
    </message>
    <message>
        <source>Issued as %1. The next print is copy %2 (副本 %2) and is recorded.</source>
        <translation>已制发，文号 %1。再次打印为副本 %2，并予记录。</translation>
    </message>
    <message>
        <source>Basis: %1</source>
        <translation>依据：%1</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>打印%1</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Exported to %1 (fingerprint %2).</source>
        <translation>已导出到 %1（文书指纹 %2）。</translation>
    </message>
</context>
<context>
    <name>creditcase::ui::ExportDialog</name>
    <message>
        <source>Export for disclosure</source>
        <translation>导出公示信息</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>公示渠道</translation>
    </message>
    <message>
        <source>Public notice (双公示): names of natural persons masked, ID numbers left out</source>
        <translation>向社会公示（双公示）：自然人姓名遮蔽，不公开身份证件号码</translation>
    </message>
    <message>
        <source>Sharing with other agencies: ID numbers masked</source>
        <translation>部门间共享：身份证件号码遮蔽</translation>
    </message>
    <message>
        <source>Date of the disclosure</source>
        <translation>公示日期</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>导出文件</translation>
    </message>
    <message>
        <source>a .csv or .json file</source>
        <translation>.csv 或 .json 文件</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>Choose the file to write</source>
        <translation>选择导出文件</translation>
    </message>
    <message>
        <source>Replace the file if it exists</source>
        <translation>文件已存在时覆盖</translation>
    </message>
    <message>
        <source>The file leaves the encrypted vault in clear: keep it where only the disclosure staff can read it. The export is recorded in the audit chain and the inquiry register with every subject it names; records whose disclosure period has ended or that were restored are left out.</source>
        <translation>导出文件以明文离开加密数据库：请存放在仅公示工作人员可读取的位置。本次导出连同其列出的每个当事人均记入审计链和查询登记；公示期已满或已信用修复的记录不予导出。</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>公示日期(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV 文件 (*.csv);;JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>请选择导出文件。</translation>
    </message>
    <message>
        <source>The file must end in .csv or .json.</source>
        <translation>文件名须以 .csv 或 .json 结尾。</translation>
    </message>
    <message>
        <source>Exporting for disclosure</source>
        <translation>正在导出公示信息</translation>
    </message>
    <message>
        <source>Choosing and masking the records for %1…</source>
        <translation>正在为 %1 选取并遮蔽记录…</translation>
    </message>
    <message>
        <source>Cancelling: nothing is written and nothing is recorded.</source>
        <translation>正在取消：不写入任何文件，也不作记录。</translation>
    </message>
    <message>
        <source>Written to %1: %2 record(s) and %3 designation(s); %4 left out (disclosure period ended, restored, or not for this channel). SHA-256 %5…; audit entry %6.</source>
        <translation>已写入 %1：记录 %2 条，严重失信主体名单 %3 条；未导出 %4 条（公示期已满、已信用修复或不属本渠道）。SHA-256 %5…；审计条目 %6。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>creditcase::ui::LockScreen</name>
    <message>
        <source>CreditCase is locked</source>
        <translation>信用案件管理已锁定</translation>
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
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>切换用户(&amp;W)…</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>切换用户</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>保险库：%1</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>用户名(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>creditcase::ui::MainWindow</name>
    <message>
        <source>CreditCase</source>
        <translation>信用案件管理</translation>
    </message>
    <message>
        <source>&amp;New vault…</source>
        <translation>新建保险库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;About CreditCase</source>
        <translation>关于信用案件管理(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostics</source>
        <translation>复制诊断信息(&amp;C)</translation>
    </message>
    <message>
        <source>Copies program, Qt and system versions for a support request; no case data, user or file name.</source>
        <translation>复制程序、Qt 和操作系统的版本信息，用于请求技术支持；不含案件数据、用户名或文件名。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>%1 (%2, %3) — %4</source>
        <translation>%1（%2，%3）— %4</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>after %n min idle</source>
        <translation>
            <numerusform>因空闲 %n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>after the computer was asleep or unused for more than %n min</source>
        <translation>
            <numerusform>因计算机休眠或闲置超过 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>on request</source>
        <translation>手动锁定</translation>
    </message>
    <message>
        <source>Locked at %1 %2</source>
        <translation>已于 %1 锁定（%2）</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Last locked at %1 %2</source>
        <translation>上次锁定于 %1（%2）</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>切换用户</translation>
    </message>
    <message numerus="yes">
        <source>Open windows of %1: %n. They may hold unsaved input. Switching the user closes them, and that input is lost.</source>
        <translation>
            <numerusform>%1 还有 %n 个打开的窗口，其中可能有未保存的输入内容。切换用户会关闭这些窗口，这些输入内容将会丢失。</numerusform>
        </translation>
    </message>
    <message>
        <source>Close them and switch user</source>
        <translation>关闭窗口并切换用户</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>保留窗口</translation>
    </message>
    <message>
        <source>New vault</source>
        <translation>新建保险库</translation>
    </message>
    <message>
        <source>Close the open forms first: creating a new vault closes the vault that is open now.</source>
        <translation>请先关闭已打开的表单：新建保险库会关闭当前已打开的保险库。</translation>
    </message>
    <message>
        <source>About CreditCase</source>
        <translation>关于信用案件管理</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Case management for public credit information: recording untrustworthy conduct, lists of seriously untrustworthy entities, and credit restoration.&lt;/p&gt;&lt;p&gt;The vault is always encrypted. Built with Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;公共信用信息案件管理：记录失信行为、办理严重失信主体名单认定和信用修复。&lt;/p&gt;&lt;p&gt;保险库始终加密存储。基于 Qt %3 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard.</source>
        <translation>诊断信息已复制到剪贴板。</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>搜索案件</translation>
    </message>
    <message>
        <source>Search (Ctrl+F): name, USCC/ID, case or document number</source>
        <translation>搜索（Ctrl+F）：名称、统一社会信用代码/身份证号、案号或文号</translation>
    </message>
    <message>
        <source>Credit restoration</source>
        <translation>信用修复</translation>
    </message>
    <message>
        <source>Designation standards</source>
        <translation>认定标准</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>审计</translation>
    </message>
    <message>
        <source>Users and backups</source>
        <translation>用户与备份</translation>
    </message>
    <message>
        <source>Print the notices due for service today…</source>
        <translation>打印今日待送达的告知书…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Overdue %1+</source>
        <translation>逾期 %1+</translation>
    </message>
    <message>
        <source>Overdue %1</source>
        <translation>逾期 %1</translation>
    </message>
    <message>
        <source>Due today %1</source>
        <translation>今日到期 %1</translation>
    </message>
    <message numerus="yes">
        <source>Auto-lock after %n min</source>
        <translation>
            <numerusform>%n 分钟后自动锁定</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto-lock off</source>
        <translation>自动锁定已关闭</translation>
    </message>
    <message>
        <source>New &amp;record or case…</source>
        <translation>新建信用记录或案件(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Search cases</source>
        <translation>搜索案件(&amp;S)</translation>
    </message>
    <message>
        <source>Case %1 opened. Note: %2</source>
        <translation>案件 %1 已立案。提示：%2</translation>
    </message>
    <message>
        <source>Export for disclosure…</source>
        <translation>导出公示信息…</translation>
    </message>
</context>
<context>
    <name>creditcase::ui::NewCaseDialog</name>
    <message>
        <source>Open a designation case</source>
        <translation>立案（名单认定）</translation>
    </message>
    <message>
        <source>Credit record number</source>
        <translation>信用记录编号</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>List type</source>
        <translation>名单类型</translation>
    </message>
    <message>
        <source>Scope category of the conduct</source>
        <translation>失信行为所属范围</translation>
    </message>
    <message>
        <source>Ground of the list type</source>
        <translation>名单类型的认定情形</translation>
    </message>
    <message>
        <source>Date the case is opened</source>
        <translation>立案日期</translation>
    </message>
    <message>
        <source>Credit &amp;record:</source>
        <translation>信用记录(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;List type:</source>
        <translation>名单类型(&amp;L)：</translation>
    </message>
    <message>
        <source>S&amp;cope category:</source>
        <translation>范围类别(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Ground:</source>
        <translation>认定情形(&amp;G)：</translation>
    </message>
    <message>
        <source>Circumstances:</source>
        <translation>特殊情形：</translation>
    </message>
    <message>
        <source>&amp;Opened on:</source>
        <translation>立案日期(&amp;O)：</translation>
    </message>
    <message>
        <source>Open the case and prepare the notice</source>
        <translation>立案并制作告知书</translation>
    </message>
    <message>
        <source>No list type is in force on this day.</source>
        <translation>该日没有施行中的名单类型。</translation>
    </message>
    <message>
        <source>Standard: %1 %2 — %3</source>
        <translation>认定标准：%1 %2 — %3</translation>
    </message>
    <message>
        <source>(one term covers every ground)</source>
        <translation>（各情形适用同一列入期限）</translation>
    </message>
    <message>
        <source>Enter the number of the credit record the case is about.</source>
        <translation>请填写案件所涉信用记录的编号。</translation>
    </message>
    <message>
        <source>The list type names no scope category.</source>
        <translation>该名单类型未规定范围类别。</translation>
    </message>
    <message>
        <source>The day the time to decide counts from is stated</source>
        <translation>已填写作出决定期限的起算日</translation>
    </message>
    <message>
        <source>Day the time to decide counts from</source>
        <translation>作出决定期限的起算日</translation>
    </message>
    <message>
        <source>&amp;Time to decide from:</source>
        <translation>决定期限起算(&amp;T)：</translation>
    </message>
    <message>
        <source>The decision is due %1 after that day (%2). Without it no decision deadline is kept.</source>
        <translation>应当自该日起%1内作出决定（%2）。不填写则不登记决定期限。</translation>
    </message>
    <message>
        <source>Case %1 is open. Please note:
%2</source>
        <translation>案件%1已立案。请注意：
%2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>creditcase::ui::NewRecordDialog</name>
    <message>
        <source>New credit record</source>
        <translation>新建信用记录</translation>
    </message>
    <message>
        <source>Subject number</source>
        <translation>当事人编号</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>Catalogue item</source>
        <translation>目录事项</translation>
    </message>
    <message>
        <source>Severity of the conduct</source>
        <translation>失信行为严重程度</translation>
    </message>
    <message>
        <source>Kind of basis document</source>
        <translation>依据文书种类</translation>
    </message>
    <message>
        <source>Document number of the basis document</source>
        <translation>依据文书文号</translation>
    </message>
    <message>
        <source>e.g. 示市监罚〔2026〕8号</source>
        <translation>例如 示市监罚〔2026〕8号</translation>
    </message>
    <message>
        <source>Organ that made the basis document</source>
        <translation>作出依据文书的机关</translation>
    </message>
    <message>
        <source>Date the basis document was made</source>
        <translation>依据文书作出日期</translation>
    </message>
    <message>
        <source>Date the basis document took legal effect</source>
        <translation>依据文书生效日期</translation>
    </message>
    <message>
        <source>Provision that makes the document a basis</source>
        <translation>使该文书成为依据的法律条款</translation>
    </message>
    <message>
        <source>Only for a document made a basis by a law, regulation or State Council decision</source>
        <translation>仅适用于法律、法规或国务院决定规定可作为依据的文书</translation>
    </message>
    <message>
        <source>Sector for the disclosure rules</source>
        <translation>适用公示规定的行业</translation>
    </message>
    <message>
        <source>General (no sector rule)</source>
        <translation>通用（无行业规定）</translation>
    </message>
    <message>
        <source>Facts of the untrustworthy conduct</source>
        <translation>失信行为事实</translation>
    </message>
    <message>
        <source>Scans of the basis document</source>
        <translation>依据文书扫描件</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>当事人(&amp;U)：</translation>
    </message>
    <message>
        <source>Catalogue &amp;item:</source>
        <translation>目录事项(&amp;I)：</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>严重程度(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Basis document:</source>
        <translation>依据文书(&amp;B)：</translation>
    </message>
    <message>
        <source>Document &amp;number:</source>
        <translation>文号(&amp;N)：</translation>
    </message>
    <message>
        <source>Made &amp;by:</source>
        <translation>作出机关(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Made on:</source>
        <translation>作出日期(&amp;M)：</translation>
    </message>
    <message>
        <source>Took &amp;effect on:</source>
        <translation>生效日期(&amp;E)：</translation>
    </message>
    <message>
        <source>Statutory &amp;provision:</source>
        <translation>法律条款(&amp;P)：</translation>
    </message>
    <message>
        <source>Sec&amp;tor:</source>
        <translation>行业(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Facts:</source>
        <translation>事实(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Scans:</source>
        <translation>扫描件(&amp;S)：</translation>
    </message>
    <message>
        <source>Only items of the public credit information catalogue may be recorded, and only on a legally effective basis document. Disclosure runs from the date the document was made.</source>
        <translation>只能记录公共信用信息目录内的事项，且须以已生效的依据文书为据。公示期限自文书作出之日起算。</translation>
    </message>
    <message>
        <source>Record the credit information</source>
        <translation>登记信用信息</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>No catalogue is in force today: nothing can be recorded.</source>
        <translation>今日没有施行中的目录，无法登记。</translation>
    </message>
    <message>
        <source>Legal basis: %1 [%2]</source>
        <translation>依据：%1 [%2]</translation>
    </message>
    <message>
        <source>The document cannot take effect (%1) before it was made (%2).</source>
        <translation>文书生效日期（%1）不能早于作出日期（%2）。</translation>
    </message>
    <message>
        <source>Choose the subject the record is about.</source>
        <translation>请选择该记录所涉当事人。</translation>
    </message>
    <message>
        <source>Choose the catalogue item.</source>
        <translation>请选择目录事项。</translation>
    </message>
    <message>
        <source>Enter the document number of the basis document.</source>
        <translation>请填写依据文书文号。</translation>
    </message>
    <message>
        <source>Enter the organ that made the basis document.</source>
        <translation>请填写作出依据文书的机关。</translation>
    </message>
    <message>
        <source>Name the provision of the law, regulation or State Council decision that makes this document a basis.</source>
        <translation>请写明使该文书成为依据的法律、法规或国务院决定的条款。</translation>
    </message>
    <message>
        <source>Stated in the document:</source>
        <translation>文书载明：</translation>
    </message>
    <message>
        <source>The basis document states the day of the conduct</source>
        <translation>依据文书载明行为发生日</translation>
    </message>
    <message>
        <source>Day of the conduct</source>
        <translation>行为发生日</translation>
    </message>
    <message>
        <source>A list&apos;s age bar (e.g. minors) is read on this day; without it, on the date the basis document was made.</source>
        <translation>名单的年龄限制（如未成年人）按此日核对；未填写时按依据文书作出日期核对。</translation>
    </message>
    <message>
        <source>&amp;Conduct on:</source>
        <translation>行为发生日(&amp;C)：</translation>
    </message>
    <message>
        <source>The conduct (%1) cannot be later than the basis document that found it (%2).</source>
        <translation>失信行为发生日（%1）不能晚于认定该行为的依据文书日期（%2）。</translation>
    </message>
</context>
<context>
    <name>creditcase::ui::NewSubjectDialog</name>
    <message>
        <source>New subject</source>
        <translation>新建当事人</translation>
    </message>
    <message>
        <source>Kind of subject</source>
        <translation>当事人类型</translation>
    </message>
    <message>
        <source>Name of the subject</source>
        <translation>当事人名称</translation>
    </message>
    <message>
        <source>Identifier (unified social credit code or resident ID number)</source>
        <translation>证件号码（统一社会信用代码或居民身份证号码）</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Legal representative or person in charge</source>
        <translation>法定代表人或负责人</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Identifier:</source>
        <translation>证件号码(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>住所(&amp;A)：</translation>
    </message>
    <message>
        <source>Legal &amp;representative:</source>
        <translation>法定代表人(&amp;R)：</translation>
    </message>
    <message>
        <source>Record the subject</source>
        <translation>登记当事人</translation>
    </message>
    <message>
        <source>This is a unified social credit code; an individual is identified by the resident ID number.</source>
        <translation>这是统一社会信用代码；自然人应以居民身份证号码识别。</translation>
    </message>
    <message>
        <source>This is a resident ID number; a %1 is identified by its unified social credit code.</source>
        <translation>这是居民身份证号码；%1应以统一社会信用代码识别。</translation>
    </message>
    <message>
        <source>Enter the subject&apos;s name.</source>
        <translation>请填写当事人名称。</translation>
    </message>
    <message>
        <source>Enter the identifier.</source>
        <translation>请填写证件号码。</translation>
    </message>
</context>
<context>
    <name>creditcase::ui::OverviewPage</name>
    <message>
        <source>Vault file:</source>
        <translation>保险库文件：</translation>
    </message>
    <message>
        <source>Organ:</source>
        <translation>机关：</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>当前用户：</translation>
    </message>
    <message>
        <source>The vault is open. Case lists, designations and credit restoration are not part of this version of CreditCase yet; they will appear here.</source>
        <translation>保险库已打开。案件列表、名单认定和信用修复功能尚未纳入本版本，今后将显示在此处。</translation>
    </message>
    <message>
        <source>Lock the vault with File ▸ Lock (Ctrl+L) whenever you leave the computer.</source>
        <translation>离开计算机时，请随时通过“文件 ▸ 锁定”（Ctrl+L）锁定保险库。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>creditcase::ui::PreferencesDialog</name>
    <message>
        <source>Preferences — CreditCase</source>
        <translation>首选项 — 信用案件管理</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation>无操作多少分钟后锁定</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Lock the vault &amp;after:</source>
        <translation>闲置多久后锁定(&amp;A)：</translation>
    </message>
    <message>
        <source>Minutes without mouse or keyboard input before the vault locks itself. Open forms are hidden, not closed, and come back after the password is typed again. &quot;Never&quot; turns the automatic lock off.</source>
        <translation>鼠标和键盘无任何输入达到此分钟数后，保险库将自动锁定。已打开的表单会被隐藏而不是关闭，重新输入密码后即恢复显示。选择“从不”则关闭自动锁定。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>The language takes effect when CreditCase starts.</source>
        <translation>界面语言在本软件启动时生效。</translation>
    </message>
    <message>
        <source>&lt;b&gt;The new language takes effect the next time CreditCase starts.&lt;/b&gt;</source>
        <translation>&lt;b&gt;新的界面语言将在本软件下次启动时生效。&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>creditcase::ui::RestorationApplicationDialog</name>
    <message>
        <source>New credit restoration application</source>
        <translation>新建信用修复申请</translation>
    </message>
    <message>
        <source>Kind of restoration</source>
        <translation>修复类型</translation>
    </message>
    <message>
        <source>Removal from a list (early removal)</source>
        <translation>移出名单（提前移出）</translation>
    </message>
    <message>
        <source>Listed case</source>
        <translation>已列入名单的案件</translation>
    </message>
    <message>
        <source>Date the application was received</source>
        <translation>申请收到日期</translation>
    </message>
    <message>
        <source>The conduct was corrected and the obligations performed</source>
        <translation>失信行为已纠正、义务已履行</translation>
    </message>
    <message>
        <source>Date the conduct was corrected</source>
        <translation>纠正日期</translation>
    </message>
    <message>
        <source>Commitment letter</source>
        <translation>信用修复承诺书</translation>
    </message>
    <message>
        <source>Evidence of performance</source>
        <translation>履行义务的证明材料</translation>
    </message>
    <message>
        <source>Credit restoration is free of charge. The application is checked against the conditions of the list type on the day it is received and must be decided within the time the rules set.</source>
        <translation>信用修复不收取任何费用。申请于收到当日按名单类型的条件审查，并须在规则规定的期限内作出决定。</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>案件(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>收到日期(&amp;R)：</translation>
    </message>
    <message>
        <source>Corrected &amp;on:</source>
        <translation>纠正日期(&amp;O)：</translation>
    </message>
    <message>
        <source>Co&amp;mmitment letter:</source>
        <translation>承诺书(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>证明材料(&amp;E)：</translation>
    </message>
    <message>
        <source>Record the application</source>
        <translation>登记申请</translation>
    </message>
    <message>
        <source>credit restoration application</source>
        <translation>信用修复申请</translation>
    </message>
    <message>
        <source>Case %1 · %2 · listed until %3</source>
        <translation>案件 %1 · %2 · 列入至 %3</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>案件 %1</translation>
    </message>
    <message>
        <source>No listed case to apply for: only a case on a list can be removed early.</source>
        <translation>没有可申请的已列入名单案件：只有列入名单的案件才能提前移出。</translation>
    </message>
    <message>
        <source>The correction (%1) cannot come after the application was received (%2).</source>
        <translation>纠正日期（%1）不能晚于申请收到日期（%2）。</translation>
    </message>
</context>
<context>
    <name>creditcase::ui::RestorationPage</name>
    <message>
        <source>&lt;b&gt;Credit restoration applications waiting for a decision&lt;/b&gt;</source>
        <translation>&lt;b&gt;待决定的信用修复申请&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Decide by</source>
        <translation>决定期限</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Provision</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Restoration applications waiting for a decision</source>
        <translation>待决定的信用修复申请</translation>
    </message>
    <message>
        <source>&amp;New application…</source>
        <translation>新建申请(&amp;N)…</translation>
    </message>
    <message>
        <source>restoration applications waiting</source>
        <translation>待决定的信用修复申请</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting, %1 overdue</source>
        <translation>
            <numerusform>%n 件待决定，%1 件逾期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n 件待决定</numerusform>
        </translation>
    </message>
    <message>
        <source>Application for case %1 recorded. The conditions are met; decide by %2.</source>
        <translation>案件 %1 的申请已登记。符合条件；请于 %2 前作出决定。</translation>
    </message>
    <message>
        <source>Application for case %1 recorded. The conditions are not met on receipt (%2); decide by %3 and give reasons if it is refused.</source>
        <translation>案件 %1 的申请已登记。收到时不符合条件（%2）；请于 %3 前作出决定，不予修复的应说明理由。</translation>
    </message>
</context>
<context>
    <name>creditcase::ui::RulesBrowserPage</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>[V] read in the official text</source>
        <translation>[V] 已核对官方文本</translation>
    </message>
    <message>
        <source>[V2] secondary source only</source>
        <translation>[V2] 仅见于二手来源</translation>
    </message>
    <message>
        <source>[U] unverified</source>
        <translation>[U] 未核实</translation>
    </message>
    <message>
        <source>Rule data to show</source>
        <translation>显示的规则数据</translation>
    </message>
    <message>
        <source>Public credit information catalogue</source>
        <translation>公共信用信息目录</translation>
    </message>
    <message>
        <source>Punishment measures</source>
        <translation>惩戒措施</translation>
    </message>
    <message>
        <source>List types</source>
        <translation>名单类型</translation>
    </message>
    <message>
        <source>Disclosure regimes</source>
        <translation>公示规定</translation>
    </message>
    <message>
        <source>Work calendar (holiday schedules)</source>
        <translation>工作日历（节假日安排）</translation>
    </message>
    <message>
        <source>Rules in force on</source>
        <translation>规则施行日期</translation>
    </message>
    <message>
        <source>&amp;Import rules or holiday schedule…</source>
        <translation>导入规则或节假日安排(&amp;I)…</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>核实标记</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出处</translation>
    </message>
    <message>
        <source>Rule data with sources and marks</source>
        <translation>规则数据及其出处与核实标记</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>In force &amp;on:</source>
        <translation>施行日期(&amp;O)：</translation>
    </message>
    <message>
        <source>Import rules or holiday schedule</source>
        <translation>导入规则或节假日安排</translation>
    </message>
    <message>
        <source>Rule data (*.json);;All files (*)</source>
        <translation>规则数据 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>No catalogue is in force on %1.</source>
        <translation>%1 没有施行中的目录。</translation>
    </message>
    <message>
        <source>Edition in force on %1: %2</source>
        <translation>%1 施行的版本：%2</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Provided by</source>
        <translation>提供单位</translation>
    </message>
    <message>
        <source>Disclosure period</source>
        <translation>公示期限</translation>
    </message>
    <message>
        <source>No measures list is in force on %1.</source>
        <translation>%1 没有施行中的措施清单。</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>inform only</source>
        <translation>仅告知</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Follows conduct of severity</source>
        <translation>适用的失信程度</translation>
    </message>
    <message>
        <source>No list types are in force on %1.</source>
        <translation>%1 没有施行中的名单类型。</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>认定标准</translation>
    </message>
    <message>
        <source>Lowest designating level</source>
        <translation>最低认定层级</translation>
    </message>
    <message>
        <source>Scope categories</source>
        <translation>范围类别</translation>
    </message>
    <message>
        <source>Minimum public comment binds the standard</source>
        <translation>认定标准须遵守最短征求意见期</translation>
    </message>
    <message>
        <source>Notice before designation</source>
        <translation>告知书</translation>
    </message>
    <message>
        <source>Objection window</source>
        <translation>异议期</translation>
    </message>
    <message>
        <source>Objection answer within</source>
        <translation>异议答复期限</translation>
    </message>
    <message>
        <source>Decision within</source>
        <translation>决定期限</translation>
    </message>
    <message>
        <source>Re-examination by a higher department</source>
        <translation>上级部门复核</translation>
    </message>
    <message>
        <source>required (%1)</source>
        <translation>需要（%1）</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>不需要</translation>
    </message>
    <message>
        <source>Listing term %1</source>
        <translation>列入期限 %1</translation>
    </message>
    <message>
        <source>Early removal</source>
        <translation>提前移出</translation>
    </message>
    <message>
        <source>allowed after %1</source>
        <translation>%1后可申请</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>可以</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>不可以</translation>
    </message>
    <message>
        <source>Restoration decided within</source>
        <translation>信用修复决定期限</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>惩戒措施</translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n 项措施</numerusform>
        </translation>
    </message>
    <message>
        <source>No disclosure regimes are in force on %1.</source>
        <translation>%1 没有施行中的公示规定。</translation>
    </message>
    <message>
        <source>Edition in force on %1: %2 (every regime of the edition is listed; the one in force on a decision date applies)</source>
        <translation>%1 施行的版本：%2（列出该版本的全部规定；适用作出决定之日施行的规定）</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>施行中</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>施行日期</translation>
    </message>
    <message>
        <source>In force until</source>
        <translation>施行至</translation>
    </message>
    <message>
        <source>not disclosed</source>
        <translation>不公示</translation>
    </message>
    <message>
        <source>at least %1, at most %2</source>
        <translation>最短%1，最长%2</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>最长%1</translation>
    </message>
    <message>
        <source>Disclosure of %1 conduct</source>
        <translation>%1失信行为的公示期限</translation>
    </message>
    <message>
        <source>minimum period served</source>
        <translation>已满最短公示期</translation>
    </message>
    <message>
        <source>conduct corrected</source>
        <translation>已纠正失信行为</translation>
    </message>
    <message>
        <source>commitment letter</source>
        <translation>信用修复承诺书</translation>
    </message>
    <message>
        <source>Restoration requires</source>
        <translation>信用修复条件</translation>
    </message>
    <message>
        <source>Calendar version %1. Years without a published schedule count weekends only, and every deadline in them is provisional.</source>
        <translation>日历版本 %1。未公布节假日安排的年份只按周末计算，其中的期限均为暂定。</translation>
    </message>
    <message>
        <source>Schedule version</source>
        <translation>安排版本</translation>
    </message>
    <message>
        <source>Days off: %1</source>
        <translation>放假：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 (%n day(s))</source>
        <translation>
            <numerusform>%1 至 %2（%n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>Make-up working days</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>Importing rule data</source>
        <translation>正在导入规则数据</translation>
    </message>
    <message>
        <source>Checking %1 and recomputing the open deadlines it affects…</source>
        <translation>正在校验 %1 并重新计算受影响的未届满期限…</translation>
    </message>
    <message>
        <source>%1 was already imported; nothing changed.</source>
        <translation>%1 已导入过，未作更改。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 %2 version %3; %n open deadline(s) moved.</source>
        <translation>
            <numerusform>已导入 %1 %2 第 %3 版；%n 个未届满期限已调整。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling: the import and the deadlines it recomputed are being rolled back; nothing of it will be saved.</source>
        <translation>正在取消：本次导入及其重新计算的期限正在回滚，不会保存任何内容。</translation>
    </message>
</context>
<context>
    <name>creditcase::ui::StandardStepDialog</name>
    <message>
        <source>Standard: %1</source>
        <translation>认定标准：%1</translation>
    </message>
    <message>
        <source>New designation standard</source>
        <translation>新建认定标准</translation>
    </message>
    <message>
        <source>List type of the standard</source>
        <translation>认定标准的名单类型</translation>
    </message>
    <message>
        <source>Title of the standard</source>
        <translation>认定标准标题</translation>
    </message>
    <message>
        <source>&amp;List type:</source>
        <translation>名单类型(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Record the draft standard</source>
        <translation>登记标准草案</translation>
    </message>
    <message>
        <source>Open the standard for public comment</source>
        <translation>公开征求意见</translation>
    </message>
    <message>
        <source>First day of public comment</source>
        <translation>征求意见首日</translation>
    </message>
    <message>
        <source>Last day of public comment</source>
        <translation>征求意见末日</translation>
    </message>
    <message>
        <source>Comment &amp;from:</source>
        <translation>征求意见起(&amp;F)：</translation>
    </message>
    <message>
        <source>Comment &amp;until:</source>
        <translation>征求意见止(&amp;U)：</translation>
    </message>
    <message>
        <source>Open for public comment</source>
        <translation>开始公开征求意见</translation>
    </message>
    <message>
        <source>Adopt the standard</source>
        <translation>通过认定标准</translation>
    </message>
    <message>
        <source>Date of adoption</source>
        <translation>通过日期</translation>
    </message>
    <message>
        <source>In force from a later day</source>
        <translation>自以后某日起施行</translation>
    </message>
    <message>
        <source>Date the standard comes into force</source>
        <translation>认定标准施行日期</translation>
    </message>
    <message>
        <source>Set the first assessment</source>
        <translation>设定首次评估</translation>
    </message>
    <message>
        <source>First assessment due</source>
        <translation>首次评估期限</translation>
    </message>
    <message>
        <source>Public comment: %1 to %2. A standard can be adopted only after its comment period has closed.</source>
        <translation>征求意见：%1 至 %2。征求意见期结束后方可通过认定标准。</translation>
    </message>
    <message>
        <source>&amp;Adopted on:</source>
        <translation>通过日期(&amp;A)：</translation>
    </message>
    <message>
        <source>In &amp;force from:</source>
        <translation>施行日期(&amp;F)：</translation>
    </message>
    <message>
        <source>Assessment &amp;due:</source>
        <translation>评估期限(&amp;D)：</translation>
    </message>
    <message>
        <source>Abolish the standard</source>
        <translation>废止认定标准</translation>
    </message>
    <message>
        <source>Date of abolition</source>
        <translation>废止日期</translation>
    </message>
    <message>
        <source>From this day the standard supports no new designation and its deadlines are cancelled. This cannot be undone.</source>
        <translation>自该日起，该标准不再作为新的认定依据，相关期限一并取消。此操作不可撤销。</translation>
    </message>
    <message>
        <source>Abolished &amp;from:</source>
        <translation>废止日期(&amp;F)：</translation>
    </message>
    <message>
        <source>The rules set no minimum comment period for this list type&apos;s standard (%1).</source>
        <translation>规则未对该名单类型的认定标准规定最短征求意见期（%1）。</translation>
    </message>
    <message>
        <source>The law requires at least %1 of public comment (%2).</source>
        <translation>法律要求公开征求意见不少于%1（%2）。</translation>
    </message>
    <message>
        <source>The rules in force on %1 state no minimum comment period.</source>
        <translation>%1 施行的规则未规定最短征求意见期。</translation>
    </message>
    <message>
        <source>No list type is in force today.</source>
        <translation>今日没有施行中的名单类型。</translation>
    </message>
    <message>
        <source>Enter the title of the standard.</source>
        <translation>请填写认定标准标题。</translation>
    </message>
    <message>
        <source>The comment period cannot end (%1) before it begins (%2).</source>
        <translation>征求意见期结束日（%1）不能早于开始日（%2）。</translation>
    </message>
    <message>
        <source>The comment period closes on %1; the standard can be adopted from the next day.</source>
        <translation>征求意见期于 %1 结束，次日起方可通过。</translation>
    </message>
    <message>
        <source>A standard cannot come into force before it is adopted.</source>
        <translation>认定标准不能在通过前施行。</translation>
    </message>
</context>
<context>
    <name>creditcase::ui::StandardsPage</name>
    <message>
        <source>&lt;b&gt;Designation standards&lt;/b&gt;</source>
        <translation>&lt;b&gt;认定标准&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A list may be used only on a published standard: drafted, open for public comment for at least the minimum period, adopted after the comment closed, assessed periodically.</source>
        <translation>名单只能依据已公布的认定标准使用：起草、公开征求意见不少于法定最短期限、征求意见结束后通过、定期评估。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>List type</source>
        <translation>名单类型</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Public comment</source>
        <translation>征求意见</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>通过日期</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>施行日期</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>终止日期</translation>
    </message>
    <message>
        <source>Designation standards</source>
        <translation>认定标准</translation>
    </message>
    <message>
        <source>&amp;New standard…</source>
        <translation>新建认定标准(&amp;N)…</translation>
    </message>
    <message>
        <source>Open for &amp;comment…</source>
        <translation>公开征求意见(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Adopt…</source>
        <translation>通过(&amp;A)…</translation>
    </message>
    <message>
        <source>A&amp;bolish…</source>
        <translation>废止(&amp;B)…</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Recorded by %1 on %2</source>
        <translation>由 %1 于 %2 登记</translation>
    </message>
    <message numerus="yes">
        <source>%n standard(s)</source>
        <translation>
            <numerusform>%n 项标准</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>creditcase::ui::UnlockDialog</name>
    <message>
        <source>Unlock vault — CreditCase</source>
        <translation>解锁保险库 — 信用案件管理</translation>
    </message>
    <message>
        <source>Open a CreditCase vault with your user name and password.</source>
        <translation>使用您的用户名和密码打开信用案件管理保险库。</translation>
    </message>
    <message>
        <source>Vault file</source>
        <translation>保险库文件</translation>
    </message>
    <message>
        <source>Path of the encrypted vault file; recently opened vaults are listed</source>
        <translation>加密保险库文件的路径；列表中为最近打开过的保险库</translation>
    </message>
    <message>
        <source>The encrypted vault file. Recently opened vaults are in the list.</source>
        <translation>加密的保险库文件。最近打开过的保险库列在下拉列表中。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Browse for a vault file</source>
        <translation>浏览查找保险库文件</translation>
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
        <source>Vault &amp;file:</source>
        <translation>保险库文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Create a &amp;new vault…</source>
        <translation>新建保险库(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a new vault</source>
        <translation>新建保险库</translation>
    </message>
    <message>
        <source>Choose the vault file to open, or create a new vault.</source>
        <translation>请选择要打开的保险库文件，或新建保险库。</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Open vault</source>
        <translation>打开保险库</translation>
    </message>
    <message>
        <source>CreditCase vaults (*.%1);;All files (*)</source>
        <translation>信用案件管理保险库 (*.%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>用户名(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>creditcase::ui::UserDialog</name>
    <message>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Organ the user works for</source>
        <translation>用户所在机关</translation>
    </message>
    <message>
        <source>Level of the organ</source>
        <translation>机关层级</translation>
    </message>
    <message>
        <source>Administrative division code of the organ</source>
        <translation>机关所在行政区划代码</translation>
    </message>
    <message>
        <source>six digits, e.g. 110105</source>
        <translation>六位数字，例如 110105</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Organ:</source>
        <translation>机关(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>层级(&amp;L)：</translation>
    </message>
    <message>
        <source>Re&amp;gion code:</source>
        <translation>区划代码(&amp;G)：</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>为 %1 设置新密码</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>初始密码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>Initial &amp;password:</source>
        <translation>初始密码(&amp;P)：</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>新密码(&amp;P)：</translation>
    </message>
    <message>
        <source>R&amp;epeat:</source>
        <translation>再次输入(&amp;E)：</translation>
    </message>
    <message>
        <source>Give the password to the user in person; they must change it when they first sign in.</source>
        <translation>请当面将密码交给用户；用户首次登录时须修改密码。</translation>
    </message>
    <message>
        <source>Add the user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>Set the new password</source>
        <translation>设置新密码</translation>
    </message>
    <message>
        <source>Enter the user&apos;s name.</source>
        <translation>请填写用户名。</translation>
    </message>
    <message>
        <source>Enter the organ the user works for.</source>
        <translation>请填写用户所在机关。</translation>
    </message>
    <message>
        <source>The region code must be the six-digit administrative division code of the organ.</source>
        <translation>区划代码须为机关所在地的六位行政区划代码。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>%1 was added as %2.</source>
        <translation>已添加 %1，角色为%2。</translation>
    </message>
    <message>
        <source>The password of %1 was set.</source>
        <translation>已为 %1 设置密码。</translation>
    </message>
    <message>
        <source>Still without a password: %1.</source>
        <translation>仍未设置密码的用户：%1。</translation>
    </message>
</context>
<context>
    <name>creditcase::ui::UsersBackupsPage</name>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Organ</source>
        <translation>机关</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区划</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加日期</translation>
    </message>
    <message>
        <source>Users of the vault</source>
        <translation>保险库用户</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>添加用户(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>停用(&amp;D)…</translation>
    </message>
    <message>
        <source>New &amp;password…</source>
        <translation>设置新密码(&amp;P)…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Back up the vault</source>
        <translation>备份保险库</translation>
    </message>
    <message>
        <source>Vault backups (*.backup);;All files (*)</source>
        <translation>保险库备份 (*.backup);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Restore the vault from a backup</source>
        <translation>从备份恢复保险库</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Everything recorded after the backup %1 was made will be replaced by the backup. The vault is locked for the restore and you sign in again afterwards. Continue?</source>
        <translation>备份 %1 制作之后登记的全部内容都将被该备份替换。恢复期间保险库将锁定，恢复后需重新登录。是否继续？</translation>
    </message>
    <message>
        <source>Your password (you must have been an administrator on the day of the backup):</source>
        <translation>您的密码（备份当日您须为管理员）：</translation>
    </message>
    <message>
        <source>active, must change password</source>
        <translation>启用，须修改密码</translation>
    </message>
    <message>
        <source>active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>disabled on %1</source>
        <translation>已于 %1 停用</translation>
    </message>
    <message>
        <source>⚠ No backup of this vault is recorded on this computer. Make one now and keep it on another disk.</source>
        <translation>⚠ 本机未记录该保险库的任何备份。请立即备份，并保存在另一块磁盘上。</translation>
    </message>
    <message numerus="yes">
        <source>Latest backup: %1, %2 (%n day(s) ago).</source>
        <translation>
            <numerusform>最近备份：%1，%2（%n 天前）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Make a new backup.</source>
        <translation>请重新备份。</translation>
    </message>
    <message>
        <source>Disable a user</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <source>%1 will no longer be able to sign in. Their cases and audit entries stay as they are. Disable %1?</source>
        <translation>%1 将无法再登录，其案件和审计记录保持不变。是否停用 %1？</translation>
    </message>
    <message>
        <source>%1 was disabled.</source>
        <translation>已停用 %1。</translation>
    </message>
    <message>
        <source>Backing up the vault</source>
        <translation>正在备份保险库</translation>
    </message>
    <message>
        <source>Writing and checking %1…</source>
        <translation>正在写入并校验 %1…</translation>
    </message>
    <message>
        <source>Backup written to %1 and checked.</source>
        <translation>备份已写入 %1 并校验通过。</translation>
    </message>
    <message>
        <source>The vault was restored from %1. Sign in again to continue.</source>
        <translation>已从 %1 恢复保险库。请重新登录后继续。</translation>
    </message>
    <message>
        <source>Cancelling: a backup that is already being written is finished and checked; otherwise nothing is written and nothing is recorded.</source>
        <translation>正在取消：已开始写入的备份会写完并经过校验；尚未开始写入的，不写入任何文件，也不作任何记录。</translation>
    </message>
</context>
</TS>
