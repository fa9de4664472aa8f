<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountabilityReport</name>
    <message>
        <source>Give both ends of the period as dates written YYYY-MM-DD.</source>
        <translation>Give both ends of the period as dates written YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The period starts on %1, after its end %2.</source>
        <translation>The period starts on %1, after its end %2.</translation>
    </message>
    <message>
        <source>(organ %1 not recorded)</source>
        <translation>(organ %1 not recorded)</translation>
    </message>
    <message>
        <source>The measure is stored with an unknown use &quot;%1&quot; or severity &quot;%2&quot;.</source>
        <translation>The measure is stored with an unknown use &quot;%1&quot; or severity &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The cases cannot be read for the accountability report</source>
        <translation>The cases cannot be read for the accountability report</translation>
    </message>
</context>
<context>
    <name>AttachmentStore</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>The file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The file %1 is empty; attach the scanned paper itself.</source>
        <translation>The file %1 is empty; attach the scanned paper itself.</translation>
    </message>
    <message>
        <source>There is no attachment %1 in this vault.</source>
        <translation>There is no attachment %1 in this vault.</translation>
    </message>
    <message>
        <source>The attached papers could not be read or written</source>
        <translation>The attached papers could not be read or written</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The audit log cannot be read: %1</source>
        <translation>The audit log cannot be read: %1</translation>
    </message>
    <message>
        <source>The audit entry could not be written: %1</source>
        <translation>The audit entry could not be written: %1</translation>
    </message>
    <message>
        <source>The audit head could not be recorded: %1</source>
        <translation>The audit head could not be recorded: %1</translation>
    </message>
    <message>
        <source>Entry %1 is missing: the chain jumps from %2 to %3.</source>
        <translation>Entry %1 is missing: the chain jumps from %2 to %3.</translation>
    </message>
    <message>
        <source>Entry %1 does not follow entry %2: its link to the previous hash is broken.</source>
        <translation>Entry %1 does not follow entry %2: its link to the previous hash is broken.</translation>
    </message>
    <message>
        <source>The content of entry %1 was changed after it was written.</source>
        <translation>The content of entry %1 was changed after it was written.</translation>
    </message>
    <message>
        <source>Entry %1 was changed after it was written (its hash does not match).</source>
        <translation>Entry %1 was changed after it was written (its hash does not match).</translation>
    </message>
    <message>
        <source>The log ends at entry %1 but %2 entries were written: entries were removed from the end.</source>
        <translation>The log ends at entry %1 but %2 entries were written: entries were removed from the end.</translation>
    </message>
    <message>
        <source>The record of the last audit entry is missing.</source>
        <translation>The record of the last audit entry is missing.</translation>
    </message>
</context>
<context>
    <name>AuditService</name>
    <message>
        <source>Only auditors and administrators may read the audit log; %1 is a %2.</source>
        <translation>Only auditors and administrators may read the audit log; %1 is a %2.</translation>
    </message>
    <message>
        <source>Only auditors and administrators may read the inquiry register; %1 is a %2.</source>
        <translation>Only auditors and administrators may read the inquiry register; %1 is a %2.</translation>
    </message>
    <message>
        <source>Only an auditor may flag entries of the inquiry register; %1 is a %2.</source>
        <translation>Only an auditor may flag entries of the inquiry register; %1 is a %2.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <source>Opened the case file</source>
        <translation>Opened the case file</translation>
    </message>
    <message>
        <source>Inquiry registered (who read the record and why)</source>
        <translation>Inquiry registered (who read the record and why)</translation>
    </message>
    <message>
        <source>Printed a document</source>
        <translation>Printed a document</translation>
    </message>
    <message>
        <source>Printing a document failed</source>
        <translation>Printing a document failed</translation>
    </message>
    <message>
        <source>Issued a document (numbered and stored as served)</source>
        <translation>Issued a document (numbered and stored as served)</translation>
    </message>
    <message>
        <source>Printed a copy of a document</source>
        <translation>Printed a copy of a document</translation>
    </message>
    <message>
        <source>Recorded the credit record</source>
        <translation>Recorded the credit record</translation>
    </message>
    <message>
        <source>A deadline moved with the holiday schedule</source>
        <translation>A deadline moved with the holiday schedule</translation>
    </message>
</context>
<context>
    <name>AuthorityLevel</name>
    <message>
        <source>township level</source>
        <translation>township level</translation>
    </message>
    <message>
        <source>county level</source>
        <translation>county level</translation>
    </message>
    <message>
        <source>municipal level</source>
        <translation>municipal level</translation>
    </message>
    <message>
        <source>provincial level</source>
        <translation>provincial level</translation>
    </message>
    <message>
        <source>national level</source>
        <translation>national level</translation>
    </message>
</context>
<context>
    <name>BackupFile</name>
    <message>
        <source>%1 is not a CreditCase backup, or it is damaged.</source>
        <translation>%1 is not a CreditCase backup, or it is damaged.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of CreditCase (backup format %2).</source>
        <translation>%1 was written by a newer version of CreditCase (backup format %2).</translation>
    </message>
    <message>
        <source>The backup file %1 does not exist.</source>
        <translation>The backup file %1 does not exist.</translation>
    </message>
    <message>
        <source>Cannot read the backup file %1: %2</source>
        <translation>Cannot read the backup file %1: %2</translation>
    </message>
</context>
<context>
    <name>BasisDocumentKind</name>
    <message>
        <source>effective judicial ruling</source>
        <translation>effective judicial ruling</translation>
    </message>
    <message>
        <source>arbitral award</source>
        <translation>arbitral award</translation>
    </message>
    <message>
        <source>administrative penalty decision</source>
        <translation>administrative penalty decision</translation>
    </message>
    <message>
        <source>administrative ruling decision</source>
        <translation>administrative ruling decision</translation>
    </message>
    <message>
        <source>document made a basis by a law, regulation or State Council decision</source>
        <translation>document made a basis by a law, regulation or State Council decision</translation>
    </message>
    <message>
        <source>inspection record</source>
        <translation>inspection record</translation>
    </message>
    <message>
        <source>complaint or report</source>
        <translation>complaint or report</translation>
    </message>
    <message>
        <source>media report</source>
        <translation>media report</translation>
    </message>
</context>
<context>
    <name>CaseDisplay</name>
    <message>
        <source>due today</source>
        <translation>due today</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>%n working day(s) left</numerusform>
            <numerusform>%n working day(s) left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calendar day(s) left</source>
        <translation>
            <numerusform>%n calendar day(s) left</numerusform>
            <numerusform>%n calendar day(s) left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n working day(s)</source>
        <translation>
            <numerusform>Overdue by %n working day(s)</numerusform>
            <numerusform>Overdue by %n working day(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n calendar day(s)</source>
        <translation>
            <numerusform>Overdue by %n calendar day(s)</numerusform>
            <numerusform>Overdue by %n calendar day(s)</numerusform>
        </translation>
    </message>
    <message>
        <source> (provisional)</source>
        <translation> (provisional)</translation>
    </message>
</context>
<context>
    <name>CaseQueryRunner</name>
    <message>
        <source>The case list could not be read</source>
        <translation>The case list could not be read</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>The vault is locked.</translation>
    </message>
</context>
<context>
    <name>CaseService</name>
    <message>
        <source>Attachment %1 is not one of case %2&apos;s papers.</source>
        <translation>Attachment %1 is not one of case %2&apos;s papers.</translation>
    </message>
    <message>
        <source>case list in the window</source>
        <translation>case list in the window</translation>
    </message>
    <message>
        <source>case list in the window (%1)</source>
        <translation>case list in the window (%1)</translation>
    </message>
</context>
<context>
    <name>CaseStage</name>
    <message>
        <source>recorded</source>
        <translation>recorded</translation>
    </message>
    <message>
        <source>notice prepared</source>
        <translation>notice prepared</translation>
    </message>
    <message>
        <source>objection window open</source>
        <translation>objection window open</translation>
    </message>
    <message>
        <source>objection under review</source>
        <translation>objection under review</translation>
    </message>
    <message>
        <source>ready to decide</source>
        <translation>ready to decide</translation>
    </message>
    <message>
        <source>under re-examination</source>
        <translation>under re-examination</translation>
    </message>
    <message>
        <source>re-examination approved</source>
        <translation>re-examination approved</translation>
    </message>
    <message>
        <source>listed</source>
        <translation>listed</translation>
    </message>
    <message>
        <source>closed, not designated</source>
        <translation>closed, not designated</translation>
    </message>
    <message>
        <source>listing expired</source>
        <translation>listing expired</translation>
    </message>
    <message>
        <source>removed from the list</source>
        <translation>removed from the list</translation>
    </message>
</context>
<context>
    <name>CaseStore</name>
    <message>
        <source>The case could not be read or written</source>
        <translation>The case could not be read or written</translation>
    </message>
    <message>
        <source>There is no case %1 in this vault.</source>
        <translation>There is no case %1 in this vault.</translation>
    </message>
</context>
<context>
    <name>CaseWorkflow</name>
    <message>
        <source>The case&apos;s organ %1 is not in this vault.</source>
        <translation>The case&apos;s organ %1 is not in this vault.</translation>
    </message>
    <message>
        <source>opening the case</source>
        <translation>opening the case</translation>
    </message>
    <message>
        <source>the basis decision of %1</source>
        <translation>the basis decision of %1</translation>
    </message>
    <message>
        <source>Case %1 on this record for the same list is still open; continue that case.</source>
        <translation>Case %1 on this record for the same list is still open; continue that case.</translation>
    </message>
    <message>
        <source>State which kind of conduct this is (--scope): &quot;%1&quot; covers %2.</source>
        <translation>State which kind of conduct this is (--scope): &quot;%1&quot; covers %2.</translation>
    </message>
    <message>
        <source>Internal error: &quot;%1&quot; would move case %2 from %3 to %4, which the workflow table does not allow. Nothing was changed.</source>
        <translation>Internal error: &quot;%1&quot; would move case %2 from %3 to %4, which the workflow table does not allow. Nothing was changed.</translation>
    </message>
    <message>
        <source>service of the notice</source>
        <translation>service of the notice</translation>
    </message>
    <message>
        <source>the case was opened on %1</source>
        <translation>the case was opened on %1</translation>
    </message>
    <message>
        <source>Record what the party objects to (--text).</source>
        <translation>Record what the party objects to (--text).</translation>
    </message>
    <message>
        <source>receipt of the objection</source>
        <translation>receipt of the objection</translation>
    </message>
    <message>
        <source>the notice was served on %1</source>
        <translation>the notice was served on %1</translation>
    </message>
    <message>
        <source>The objection was received on %1, after the objection window ended on %2 (%3 from the service of the notice on %4).</source>
        <translation>The objection was received on %1, after the objection window ended on %2 (%3 from the service of the notice on %4).</translation>
    </message>
    <message>
        <source>Give the reasons of the answer to the objection (--text).</source>
        <translation>Give the reasons of the answer to the objection (--text).</translation>
    </message>
    <message>
        <source>Case %1 has no objection awaiting an answer.</source>
        <translation>Case %1 has no objection awaiting an answer.</translation>
    </message>
    <message>
        <source>the answer to the objection</source>
        <translation>the answer to the objection</translation>
    </message>
    <message>
        <source>the objection was received on %1</source>
        <translation>the objection was received on %1</translation>
    </message>
    <message>
        <source>the submission for re-examination</source>
        <translation>the submission for re-examination</translation>
    </message>
    <message>
        <source>the case&apos;s previous step on %1</source>
        <translation>the case&apos;s previous step on %1</translation>
    </message>
    <message>
        <source>The objection window runs until %1; the case can be submitted for re-examination from %2.</source>
        <translation>The objection window runs until %1; the case can be submitted for re-examination from %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not require re-examination of a designation by a %2 organ; the decision can be issued directly.</source>
        <translation>&quot;%1&quot; does not require re-examination of a designation by a %2 organ; the decision can be issued directly.</translation>
    </message>
    <message>
        <source>Give the reasons for returning the case (--text).</source>
        <translation>Give the reasons for returning the case (--text).</translation>
    </message>
    <message>
        <source>Case %1 has no re-examination pending.</source>
        <translation>Case %1 has no re-examination pending.</translation>
    </message>
    <message>
        <source>the re-examination</source>
        <translation>the re-examination</translation>
    </message>
    <message>
        <source>the case was submitted on %1</source>
        <translation>the case was submitted on %1</translation>
    </message>
    <message>
        <source>The case officer cannot re-examine their own case.</source>
        <translation>The case officer cannot re-examine their own case.</translation>
    </message>
    <message>
        <source>Give the date of the decision (YYYY-MM-DD).</source>
        <translation>Give the date of the decision (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Four eyes: the designation decision is taken by a supervisor other than the case officer (%1).</source>
        <translation>Four eyes: the designation decision is taken by a supervisor other than the case officer (%1).</translation>
    </message>
    <message>
        <source>The objection window runs until %1; the decision can be taken from %2, when the party&apos;s time to object has passed.</source>
        <translation>The objection window runs until %1; the decision can be taken from %2, when the party&apos;s time to object has passed.</translation>
    </message>
    <message>
        <source>the decision</source>
        <translation>the decision</translation>
    </message>
    <message>
        <source>The list type states no listing term for the ground &quot;%1&quot;.</source>
        <translation>The list type states no listing term for the ground &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>the end of the listing</source>
        <translation>the end of the listing</translation>
    </message>
    <message>
        <source>the decision of %1</source>
        <translation>the decision of %1</translation>
    </message>
    <message>
        <source>The listing has no fixed term (it lasts until the obligations are performed); it ends by removal, not by expiry.</source>
        <translation>The listing has no fixed term (it lasts until the obligations are performed); it ends by removal, not by expiry.</translation>
    </message>
    <message>
        <source>The listing term runs until %1; it cannot end on %2.</source>
        <translation>The listing term runs until %1; it cannot end on %2.</translation>
    </message>
    <message>
        <source>State the purpose of this inquiry (--purpose): every inquiry into a record is registered with who asked, when, whose record and why. Only the case officer (%1) may open the case without stating one.</source>
        <translation>State the purpose of this inquiry (--purpose): every inquiry into a record is registered with who asked, when, whose record and why. Only the case officer (%1) may open the case without stating one.</translation>
    </message>
    <message>
        <source>handling the case as its case officer</source>
        <translation>handling the case as its case officer</translation>
    </message>
    <message>
        <source>Case %1 belongs to %2; %3 of %4 may read it only for a purpose the rules allow for reading another organ&apos;s case, stated as one of: %5. &quot;%6&quot; is not such a purpose.</source>
        <translation>Case %1 belongs to %2; %3 of %4 may read it only for a purpose the rules allow for reading another organ&apos;s case, stated as one of: %5. &quot;%6&quot; is not such a purpose.</translation>
    </message>
    <message>
        <source>(the rules in force name none)</source>
        <translation>(the rules in force name none)</translation>
    </message>
    <message>
        <source>(no purpose)</source>
        <translation>(no purpose)</translation>
    </message>
    <message>
        <source>The record of case %1 is catalogue item &quot;%2&quot;, which the catalogue in force shares as &quot;%3&quot;; the purpose &quot;%4&quot; allows reading another organ&apos;s records shared as: %5.</source>
        <translation>The record of case %1 is catalogue item &quot;%2&quot;, which the catalogue in force shares as &quot;%3&quot;; the purpose &quot;%4&quot; allows reading another organ&apos;s records shared as: %5.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>list of the cases of the user&apos;s organ and the organs under it</source>
        <translation>list of the cases of the user&apos;s organ and the organs under it</translation>
    </message>
    <message>
        <source>Information is non-restorable only where a law, regulation or State Council decision says so: name the provision as &quot;non-restorable:&lt;id&gt;&quot;. The rules for &quot;%1&quot; name: %2.</source>
        <translation>Information is non-restorable only where a law, regulation or State Council decision says so: name the provision as &quot;non-restorable:&lt;id&gt;&quot;. The rules for &quot;%1&quot; name: %2.</translation>
    </message>
    <message>
        <source>no such provision</source>
        <translation>no such provision</translation>
    </message>
    <message>
        <source>&quot;%1&quot; requires re-examination of designations by a %2 organ by a %3 organ before the decision; submit the case for re-examination.</source>
        <translation>&quot;%1&quot; requires re-examination of designations by a %2 organ by a %3 organ before the decision; submit the case for re-examination.</translation>
    </message>
    <message>
        <source>The record states no facts; a designation decision states the facts and reasons it rests on.</source>
        <translation>The record states no facts; a designation decision states the facts and reasons it rests on.</translation>
    </message>
    <message>
        <source>None of the measures that &quot;%1&quot; provides may follow %2 conduct, so the listing would carry no measure; a designation decision states its measures.</source>
        <translation>None of the measures that &quot;%1&quot; provides may follow %2 conduct, so the listing would carry no measure; a designation decision states its measures.</translation>
    </message>
    <message>
        <source>the publication</source>
        <translation>the publication</translation>
    </message>
    <message>
        <source>The term of &quot;%1&quot; does not count from publication; it ran from the decision of %2.</source>
        <translation>The term of &quot;%1&quot; does not count from publication; it ran from the decision of %2.</translation>
    </message>
    <message>
        <source>The listing was already published; its term runs until %1.</source>
        <translation>The listing was already published; its term runs until %1.</translation>
    </message>
    <message>
        <source>The term counts from publication, which has not been recorded; record the publication first.</source>
        <translation>The term counts from publication, which has not been recorded; record the publication first.</translation>
    </message>
    <message>
        <source>A designation by a %1 organ needs no re-examination under this list&apos;s rules.</source>
        <translation>A designation by a %1 organ needs no re-examination under this list&apos;s rules.</translation>
    </message>
    <message>
        <source>Re-examination of a case of %1 is for its next higher organ, and this vault holds no organ above it whose region contains region %2; record that organ and its supervisors first.</source>
        <translation>Re-examination of a case of %1 is for its next higher organ, and this vault holds no organ above it whose region contains region %2; record that organ and its supervisors first.</translation>
    </message>
    <message>
        <source>Re-examination of a case of %1 (region %2) is for its next higher organ, %3 (%4, region %5), not for %6.</source>
        <translation>Re-examination of a case of %1 (region %2) is for its next higher organ, %3 (%4, region %5), not for %6.</translation>
    </message>
    <message>
        <source>Re-examination is for a supervisor of a %1 organ (or higher) above the designating %2 organ; %3 is a %4 organ.</source>
        <translation>Re-examination is for a supervisor of a %1 organ (or higher) above the designating %2 organ; %3 is a %4 organ.</translation>
    </message>
    <message>
        <source>Re-examination of a case of %1 (region %2) is for a superior organ whose region contains it; %3 is region %4.</source>
        <translation>Re-examination of a case of %1 (region %2) is for a superior organ whose region contains it; %3 is region %4.</translation>
    </message>
    <message>
        <source>The rules of &quot;%1&quot; set no time limit for the decision, so no day to count it from is needed (--decision-limit-from).</source>
        <translation>The rules of &quot;%1&quot; set no time limit for the decision, so no day to count it from is needed (--decision-limit-from).</translation>
    </message>
    <message>
        <source>%1 (%2) cannot be after the day the case is opened (%3).</source>
        <translation>%1 (%2) cannot be after the day the case is opened (%3).</translation>
    </message>
    <message>
        <source>The designation decision is due %1 after %2 (%3), but that day was not stated, so the deadline is not kept; state it when opening the case.</source>
        <translation>The designation decision is due %1 after %2 (%3), but that day was not stated, so the deadline is not kept; state it when opening the case.</translation>
    </message>
    <message>
        <source>Give the reasons for extending the time to decide (--reason): the rules allow it for complex cases only.</source>
        <translation>Give the reasons for extending the time to decide (--reason): the rules allow it for complex cases only.</translation>
    </message>
    <message>
        <source>the extension</source>
        <translation>the extension</translation>
    </message>
    <message>
        <source>The rules of &quot;%1&quot; provide no extension of the time to decide.</source>
        <translation>The rules of &quot;%1&quot; provide no extension of the time to decide.</translation>
    </message>
    <message>
        <source>No decision deadline is kept for case %1 (the day the time to decide counts from was not stated when it was opened), so there is nothing to extend.</source>
        <translation>No decision deadline is kept for case %1 (the day the time to decide counts from was not stated when it was opened), so there is nothing to extend.</translation>
    </message>
    <message>
        <source>The time to decide case %1 ended on %2; an extension must be approved before the limit has passed.</source>
        <translation>The time to decide case %1 ended on %2; an extension must be approved before the limit has passed.</translation>
    </message>
    <message numerus="yes">
        <source>The time to decide case %1 was already extended %n time(s); the rules of &quot;%2&quot; allow %3.</source>
        <translation>
            <numerusform>The time to decide case %1 was already extended %n time; the rules of &quot;%2&quot; allow %3 in all.</numerusform>
            <numerusform>The time to decide case %1 was already extended %n times; the rules of &quot;%2&quot; allow %3 in all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Usage: creditcase-cli %1</source>
        <translation>Usage: creditcase-cli %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>  Basis: %1</source>
        <translation>  Basis: %1</translation>
    </message>
    <message>
        <source>Cannot read the %1 file %2: %3</source>
        <translation>Cannot read the %1 file %2: %3</translation>
    </message>
    <message>
        <source>The %1 file %2 is empty.</source>
        <translation>The %1 file %2 is empty.</translation>
    </message>
    <message>
        <source>No password was given: use --password-file FILE or write it to standard input.</source>
        <translation>No password was given: use --password-file FILE or write it to standard input.</translation>
    </message>
    <message>
        <source>password</source>
        <translation>password</translation>
    </message>
    <message>
        <source>The recovery code opens the vault only for &quot;vault check&quot;, &quot;vault restore&quot; and &quot;password reset&quot;. Use --user and a password for this command.</source>
        <translation>The recovery code opens the vault only for &quot;vault check&quot;, &quot;vault restore&quot; and &quot;password reset&quot;. Use --user and a password for this command.</translation>
    </message>
    <message>
        <source>Give either --recovery-file or --user with a password, not both.</source>
        <translation>Give either --recovery-file or --user with a password, not both.</translation>
    </message>
    <message>
        <source>Cannot read the recovery code file %1: %2</source>
        <translation>Cannot read the recovery code file %1: %2</translation>
    </message>
    <message>
        <source>Say who you are with --user NAME (or use --recovery-file FILE where allowed).</source>
        <translation>Say who you are with --user NAME (or use --recovery-file FILE where allowed).</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Password for %1:</translation>
    </message>
    <message>
        <source>Name the vault with --vault FILE.</source>
        <translation>Name the vault with --vault FILE.</translation>
    </message>
    <message>
        <source>new password</source>
        <translation>new password</translation>
    </message>
    <message>
        <source>administrator, officer, supervisor or auditor</source>
        <translation>administrator, officer, supervisor or auditor</translation>
    </message>
    <message>
        <source>the user&apos;s organ</source>
        <translation>the user&apos;s organ</translation>
    </message>
    <message>
        <source>county, municipal, provincial or national</source>
        <translation>county, municipal, provincial or national</translation>
    </message>
    <message>
        <source>six-digit region code</source>
        <translation>six-digit region code</translation>
    </message>
    <message>
        <source>the new user&apos;s first password (otherwise one is generated)</source>
        <translation>the new user&apos;s first password (otherwise one is generated)</translation>
    </message>
    <message>
        <source>the new user&apos;s name</source>
        <translation>the new user&apos;s name</translation>
    </message>
    <message>
        <source>user add needs --%1.</source>
        <translation>user add needs --%1.</translation>
    </message>
    <message>
        <source>The role must be administrator, officer, supervisor or auditor, not &quot;%1&quot;.</source>
        <translation>The role must be administrator, officer, supervisor or auditor, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The organ level must be county, municipal, provincial or national, not &quot;%1&quot;.</source>
        <translation>The organ level must be county, municipal, provincial or national, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Added %1 (%2, %3).</source>
        <translation>Added %1 (%2, %3).</translation>
    </message>
    <message>
        <source>Initial password (hand it over in person; the user should change it with &quot;password change&quot;): %1</source>
        <translation>Initial password (hand it over in person; the user should change it with &quot;password change&quot;): %1</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>the user to disable</source>
        <translation>the user to disable</translation>
    </message>
    <message>
        <source>%1 is disabled; that password no longer opens the vault.</source>
        <translation>%1 is disabled; that password no longer opens the vault.</translation>
    </message>
    <message>
        <source>the new password (otherwise the next line of standard input)</source>
        <translation>the new password (otherwise the next line of standard input)</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>The password of %1 was changed.</translation>
    </message>
    <message>
        <source>the new password (otherwise one is generated)</source>
        <translation>the new password (otherwise one is generated)</translation>
    </message>
    <message>
        <source>whose password to reset</source>
        <translation>whose password to reset</translation>
    </message>
    <message>
        <source>The password of %1 was reset; they should change it at their next login.</source>
        <translation>The password of %1 was reset; they should change it at their next login.</translation>
    </message>
    <message>
        <source>New password: %1</source>
        <translation>New password: %1</translation>
    </message>
    <message>
        <source>Recovery code (shown only now; write it down and keep it locked away — it opens the vault without any password):

    %1
</source>
        <translation>Recovery code (shown only now; write it down and keep it locked away — it opens the vault without any password):

    %1
</translation>
    </message>
    <message>
        <source>first administrator&apos;s user name</source>
        <translation>first administrator&apos;s user name</translation>
    </message>
    <message>
        <source>the administrator&apos;s organ</source>
        <translation>the administrator&apos;s organ</translation>
    </message>
    <message>
        <source>Name the new vault with --vault FILE.</source>
        <translation>Name the new vault with --vault FILE.</translation>
    </message>
    <message>
        <source>init needs --%1.</source>
        <translation>init needs --%1.</translation>
    </message>
    <message>
        <source>Password for the new administrator %1:</source>
        <translation>Password for the new administrator %1:</translation>
    </message>
    <message>
        <source>Created the vault %1 with administrator %2.
</source>
        <translation>Created the vault %1 with administrator %2.
</translation>
    </message>
    <message>
        <source>Key file: %1 — an administrator can reset the passwords to write a new one.
</source>
        <translation>Key file: %1 — an administrator can reset the passwords to write a new one.
</translation>
    </message>
    <message>
        <source>The vault is intact: integrity check passed, audit chain of %1 entries unbroken.</source>
        <translation>The vault is intact: integrity check passed, audit chain of %1 entries unbroken.</translation>
    </message>
    <message>
        <source>the backup file to write</source>
        <translation>the backup file to write</translation>
    </message>
    <message>
        <source>Say where the backup goes with --out FILE.</source>
        <translation>Say where the backup goes with --out FILE.</translation>
    </message>
    <message>
        <source>Backup written to %1 and verified.</source>
        <translation>Backup written to %1 and verified.</translation>
    </message>
    <message>
        <source>the backup file to restore</source>
        <translation>the backup file to restore</translation>
    </message>
    <message>
        <source>vault restore needs --vault FILE and --from BACKUP.</source>
        <translation>vault restore needs --vault FILE and --from BACKUP.</translation>
    </message>
    <message>
        <source>The vault %1 was restored from %2. The replaced file was kept beside it.</source>
        <translation>The vault %1 was restored from %2. The replaced file was kept beside it.</translation>
    </message>
    <message>
        <source>The vault has a new master key; every password still works, the old recovery code no longer does.
</source>
        <translation>The vault has a new master key; every password still works, the old recovery code no longer does.
</translation>
    </message>
    <message>
        <source>The audit chain is intact; every link checked. Entries: %1.</source>
        <translation>The audit chain is intact; every link checked. Entries: %1.</translation>
    </message>
    <message>
        <source>Last entry %1, hash %2.</source>
        <translation>Last entry %1, hash %2.</translation>
    </message>
    <message>
        <source>The audit chain is broken at entry %1: %2 Entries before it are intact. Keep the vault file as it is and report this to your administrator and the auditor; restoring a backup made before the damage recovers an intact chain.</source>
        <translation>The audit chain is broken at entry %1: %2 Entries before it are intact. Keep the vault file as it is and report this to your administrator and the auditor; restoring a backup made before the damage recovers an intact chain.</translation>
    </message>
    <message>
        <source>how many entries, newest first (default 50)</source>
        <translation>how many entries, newest first (default 50)</translation>
    </message>
    <message>
        <source>--limit needs a whole number of at least 1, not &quot;%1&quot;.</source>
        <translation>--limit needs a whole number of at least 1, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The audit log is empty.</source>
        <translation>The audit log is empty.</translation>
    </message>
    <message>
        <source>first day (YYYY-MM-DD)</source>
        <translation>first day (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>last day (YYYY-MM-DD)</source>
        <translation>last day (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>only entries an auditor flagged</source>
        <translation>only entries an auditor flagged</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2.</source>
        <translation>--from %1 is after --to %2.</translation>
    </message>
    <message>
        <source>FLAGGED by %1: %2</source>
        <translation>FLAGGED by %1: %2</translation>
    </message>
    <message>
        <source>No inquiries are registered for this selection.</source>
        <translation>No inquiries are registered for this selection.</translation>
    </message>
    <message>
        <source>Only the newest %1 entries are shown; narrow the period with --from and --to to see the others.</source>
        <translation>Only the newest %1 entries are shown; narrow the period with --from and --to to see the others.</translation>
    </message>
    <message>
        <source>the register entry to flag</source>
        <translation>the register entry to flag</translation>
    </message>
    <message>
        <source>why it is flagged</source>
        <translation>why it is flagged</translation>
    </message>
    <message>
        <source>Inquiry %1 is flagged for review: %2</source>
        <translation>Inquiry %1 is flagged for review: %2</translation>
    </message>
    <message>
        <source>public or sharing</source>
        <translation>public or sharing</translation>
    </message>
    <message>
        <source>the day the disclosure is made as of</source>
        <translation>the day the disclosure is made as of</translation>
    </message>
    <message>
        <source>the file to write (.csv or .json)</source>
        <translation>the file to write (.csv or .json)</translation>
    </message>
    <message>
        <source>The channel must be public (public notice, masked) or sharing (inter-agency sharing), not &quot;%1&quot;.</source>
        <translation>The channel must be public (public notice, masked) or sharing (inter-agency sharing), not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Name the file with the ending .csv or .json, which decides its format: &quot;%1&quot; has neither.</source>
        <translation>Name the file with the ending .csv or .json, which decides its format: &quot;%1&quot; has neither.</translation>
    </message>
    <message>
        <source>Wrote %1 for the %2 channel as of %3. Records: %4.</source>
        <translation>Wrote %1 for the %2 channel as of %3. Records: %4.</translation>
    </message>
    <message>
        <source>public</source>
        <translation>public</translation>
    </message>
    <message>
        <source>sharing</source>
        <translation>sharing</translation>
    </message>
    <message>
        <source>Left out: %1 not allowed by the catalogue for this channel, %2 with the disclosure window closed, %3 with no determinable window, %4 restored or stopped.</source>
        <translation>Left out: %1 not allowed by the catalogue for this channel, %2 with the disclosure window closed, %3 with no determinable window, %4 restored or stopped.</translation>
    </message>
    <message>
        <source>The file records audit chain position %1 (hash %2); the export is audit entry %3.</source>
        <translation>The file records audit chain position %1 (hash %2); the export is audit entry %3.</translation>
    </message>
    <message>
        <source>The file is not encrypted and holds personal data: hand it over as your office&apos;s rules require and delete copies you no longer need.</source>
        <translation>The file is not encrypted and holds personal data: hand it over as your office&apos;s rules require and delete copies you no longer need.</translation>
    </message>
    <message>
        <source>    case %1 (no. %2): due %3, done %4, days late: %5</source>
        <translation>    case %1 (no. %2): due %3, done %4, days late: %5</translation>
    </message>
    <message>
        <source>    case %1 (no. %2): due %3, not done by %4, days late so far: %5</source>
        <translation>    case %1 (no. %2): due %3, not done by %4, days late so far: %5</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>    record %1: %2 (%3): %4</source>
        <translation>    record %1: %2 (%3): %4</translation>
    </message>
    <message>
        <source>      Basis: %1</source>
        <translation>      Basis: %1</translation>
    </message>
    <message>
        <source>Accountability report %1 to %2 (%3)</source>
        <translation>Accountability report %1 to %2 (%3)</translation>
    </message>
    <message>
        <source>Made %1 by %2 at audit chain position %3 (hash %4).</source>
        <translation>Made %1 by %2 at audit chain position %3 (hash %4).</translation>
    </message>
    <message>
        <source>Restorations decided late</source>
        <translation>Restorations decided late</translation>
    </message>
    <message>
        <source>Notices served late</source>
        <translation>Notices served late</translation>
    </message>
    <message>
        <source>Objections answered late</source>
        <translation>Objections answered late</translation>
    </message>
    <message>
        <source>  Records checked against the catalogue of their date: %1; outside the catalogue: %2</source>
        <translation>  Records checked against the catalogue of their date: %1; outside the catalogue: %2</translation>
    </message>
    <message>
        <source>  Measures checked against the measures list: %1; outside the list: %2</source>
        <translation>  Measures checked against the measures list: %1; outside the list: %2</translation>
    </message>
    <message>
        <source>%1 must be a date written YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>%1 must be a date written YYYY-MM-DD, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>the edition to show</source>
        <translation>the edition to show</translation>
    </message>
    <message>
        <source>show the edition in force on DATE</source>
        <translation>show the edition in force on DATE</translation>
    </message>
    <message>
        <source>There is no edition &quot;%1&quot;. Known editions: %2.</source>
        <translation>There is no edition &quot;%1&quot;. Known editions: %2.</translation>
    </message>
    <message>
        <source>No edition is in force on %1.</source>
        <translation>No edition is in force on %1.</translation>
    </message>
    <message>
        <source>%1 — edition %2, version %3, in force from %4</source>
        <translation>%1 — edition %2, version %3, in force from %4</translation>
    </message>
    <message>
        <source>after</source>
        <translation>after</translation>
    </message>
    <message>
        <source>basis</source>
        <translation>basis</translation>
    </message>
    <message>
        <source>objection window</source>
        <translation>objection window</translation>
    </message>
    <message>
        <source>objection answered within</source>
        <translation>objection answered within</translation>
    </message>
    <message>
        <source>listed for</source>
        <translation>listed for</translation>
    </message>
    <message>
        <source>restoration decided within</source>
        <translation>restoration decided within</translation>
    </message>
    <message>
        <source>in force from</source>
        <translation>in force from</translation>
    </message>
    <message>
        <source>not disclosed by default; </source>
        <translation>not disclosed by default; </translation>
    </message>
    <message>
        <source>a rule document or holiday schedule (JSON)</source>
        <translation>a rule document or holiday schedule (JSON)</translation>
    </message>
    <message>
        <source>Rule data is imported into a vault: give --vault FILE.</source>
        <translation>Rule data is imported into a vault: give --vault FILE.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 %2 version %3 is already in the vault; nothing changed.</source>
        <translation>%1 %2 version %3 is already in the vault; nothing changed.</translation>
    </message>
    <message>
        <source>Imported %1 %2 version %3.</source>
        <translation>Imported %1 %2 version %3.</translation>
    </message>
    <message>
        <source>Deadline %1 moves from %2 to %3.</source>
        <translation>Deadline %1 moves from %2 to %3.</translation>
    </message>
    <message>
        <source>the day the period starts from</source>
        <translation>the day the period starts from</translation>
    </message>
    <message>
        <source>how many days</source>
        <translation>how many days</translation>
    </message>
    <message>
        <source>N must be a whole number of days from 0 to 3660, not &quot;%1&quot;.</source>
        <translation>N must be a whole number of days from 0 to 3660, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Count in &quot;working&quot; or &quot;calendar&quot; days, not &quot;%1&quot;.</source>
        <translation>Count in &quot;working&quot; or &quot;calendar&quot; days, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>(provisional: the holiday schedule for that year is not published yet; weekends only were counted)</source>
        <translation>(provisional: the holiday schedule for that year is not published yet; weekends only were counted)</translation>
    </message>
    <message>
        <source>the day to look at</source>
        <translation>the day to look at</translation>
    </message>
    <message>
        <source>make-up working day (%1)</source>
        <translation>make-up working day (%1)</translation>
    </message>
    <message>
        <source>statutory holiday (%1)</source>
        <translation>statutory holiday (%1)</translation>
    </message>
    <message>
        <source>weekend</source>
        <translation>weekend</translation>
    </message>
    <message>
        <source>ordinary weekday</source>
        <translation>ordinary weekday</translation>
    </message>
    <message>
        <source>%1 is a working day: %2</source>
        <translation>%1 is a working day: %2</translation>
    </message>
    <message>
        <source>%1 is not a working day: %2</source>
        <translation>%1 is not a working day: %2</translation>
    </message>
    <message>
        <source>(provisional: no holiday schedule is published for %1)</source>
        <translation>(provisional: no holiday schedule is published for %1)</translation>
    </message>
    <message>
        <source>a unified social credit code or a resident ID number</source>
        <translation>a unified social credit code or a resident ID number</translation>
    </message>
    <message>
        <source>valid %1: %2</source>
        <translation>valid %1: %2</translation>
    </message>
    <message>
        <source>invalid: %1</source>
        <translation>invalid: %1</translation>
    </message>
    <message>
        <source>%1	%2	%3 (%4, %5)%6</source>
        <extracomment>One line of &quot;user list&quot;: name, role, organ (level, region code), and &quot;disabled&quot; where it applies.</extracomment>
        <translation>%1	%2	%3 (%4, %5)%6</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;: &quot;%2&quot; takes no arguments besides its options.</source>
        <translation>Unexpected argument &quot;%1&quot;: &quot;%2&quot; takes no arguments besides its options.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;: &quot;%2&quot; takes only %3.</source>
        <translation>Unexpected argument &quot;%1&quot;: &quot;%2&quot; takes only %3.</translation>
    </message>
    <message>
        <source>Missing %1 for &quot;%2&quot;.</source>
        <translation>Missing %1 for &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 is a folder; name a file to write.</source>
        <translation>%1 is a folder; name a file to write.</translation>
    </message>
    <message>
        <source>The file %1 already exists and was left unchanged. Choose another name, or add --force to replace it.</source>
        <translation>The file %1 already exists and was left unchanged. Choose another name, or add --force to replace it.</translation>
    </message>
    <message>
        <source>--%1 %2 is after today (%3): a report or export cannot be made as of a day that has not come yet.</source>
        <translation>--%1 %2 is after today (%3): a report or export cannot be made as of a day that has not come yet.</translation>
    </message>
    <message>
        <source>replace the file if it exists</source>
        <translation>replace the file if it exists</translation>
    </message>
    <message>
        <source>These users cannot sign in with a password until theirs is reset too: %1</source>
        <translation>These users cannot sign in with a password until theirs is reset too: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Designations on lists of the seriously untrustworthy: %1.</source>
        <translation>Designations on lists of the seriously untrustworthy: %1.</translation>
    </message>
    <message>
        <source>Re-examinations decided late</source>
        <translation>Re-examinations decided late</translation>
    </message>
    <message>
        <source>The vault was accepted as complete with %1 saved change(s); a new head file guards them from now on. The decision is in the audit log.</source>
        <translation>The vault was accepted as complete with %1 saved change(s); a new head file guards them from now on. The decision is in the audit log.</translation>
    </message>
    <message>
        <source>    record %1 (no. %2): due %3, done %4, days late: %5</source>
        <translation>    record %1 (no. %2): due %3, done %4, days late: %5</translation>
    </message>
    <message>
        <source>    record %1 (no. %2): due %3, not done by %4, days late so far: %5</source>
        <translation>    record %1 (no. %2): due %3, not done by %4, days late so far: %5</translation>
    </message>
    <message>
        <source>decision made within</source>
        <translation>decision made within</translation>
    </message>
    <message>
        <source>time to decide extended by</source>
        <translation>time to decide extended by</translation>
    </message>
    <message numerus="yes">
        <source>%1, at most %n time(s)</source>
        <translation>
            <numerusform>%1, at most %n time</numerusform>
            <numerusform>%1, at most %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>add a user (administrators only); prints a one-time password unless --initial-password-file is given</source>
        <translation>add a user (administrators only); prints a one-time password unless --initial-password-file is given</translation>
    </message>
    <message>
        <source>list users with role and organ</source>
        <translation>list users with role and organ</translation>
    </message>
    <message>
        <source>disable a user and remove their key slot (administrators only)</source>
        <translation>disable a user and remove their key slot (administrators only)</translation>
    </message>
    <message>
        <source>change your own password</source>
        <translation>change your own password</translation>
    </message>
    <message>
        <source>set a new password for a user (administrator or recovery code)</source>
        <translation>set a new password for a user (administrator or recovery code)</translation>
    </message>
    <message>
        <source>create a new vault and its first administrator; prints the recovery code</source>
        <translation>create a new vault and its first administrator; prints the recovery code</translation>
    </message>
    <message>
        <source>integrity check of the database and of the audit chain</source>
        <translation>integrity check of the database and of the audit chain</translation>
    </message>
    <message>
        <source>write a verified, encrypted backup that carries its own key slots</source>
        <translation>write a verified, encrypted backup that carries its own key slots</translation>
    </message>
    <message>
        <source>replace the vault with a backup (keeps the replaced file beside it)</source>
        <translation>replace the vault with a backup (keeps the replaced file beside it)</translation>
    </message>
    <message>
        <source>new master key and recovery code; every key slot rewrapped</source>
        <translation>new master key and recovery code; every key slot rewrapped</translation>
    </message>
    <message>
        <source>Usage: creditcase-cli [global options] COMMAND [options]</source>
        <translation>Usage: creditcase-cli [global options] COMMAND [options]</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Global options:</translation>
    </message>
    <message>
        <source>  --vault FILE            the vault to work on</source>
        <translation>  --vault FILE            the vault to work on</translation>
    </message>
    <message>
        <source>  --user NAME             who you are</source>
        <translation>  --user NAME             who you are</translation>
    </message>
    <message>
        <source>  --password-file FILE    read the password from FILE (otherwise from standard input; never as an argument)</source>
        <translation>  --password-file FILE    read the password from FILE (otherwise from standard input; never as an argument)</translation>
    </message>
    <message>
        <source>  --recovery-file FILE    open with the recovery code instead (vault check, vault restore, password reset)</source>
        <translation>  --recovery-file FILE    open with the recovery code instead (vault check, vault restore, password reset)</translation>
    </message>
    <message>
        <source>  --json                  machine-readable output</source>
        <translation>  --json                  machine-readable output</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure, 2 usage error, 3 refused by a rule or permission, 4 authentication failed.</source>
        <translation>Exit codes: 0 success, 1 failure, 2 usage error, 3 refused by a rule or permission, 4 authentication failed.</translation>
    </message>
    <message>
        <source>Passwords are never given as arguments (other users can see them). Use --password-file FILE or standard input.</source>
        <translation>Passwords are never given as arguments (other users can see them). Use --password-file FILE or standard input.</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>The option %1 needs a value.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run creditcase-cli --help for the list.</source>
        <translation>Unknown command &quot;%1&quot;. Run creditcase-cli --help for the list.</translation>
    </message>
    <message>
        <source>check every link of the audit chain; names the first broken entry (exit 1)</source>
        <translation>check every link of the audit chain; names the first broken entry (exit 1)</translation>
    </message>
    <message>
        <source>the latest audit entries, newest first (auditors and administrators)</source>
        <translation>the latest audit entries, newest first (auditors and administrators)</translation>
    </message>
    <message>
        <source>who read whose record, when and why (auditors and administrators)</source>
        <translation>who read whose record, when and why (auditors and administrators)</translation>
    </message>
    <message>
        <source>flag an entry of the inquiry register for a closer look (auditors)</source>
        <translation>flag an entry of the inquiry register for a closer look (auditors)</translation>
    </message>
    <message>
        <source>Open a designation case on a record and prepare the notice.</source>
        <translation>Open a designation case on a record and prepare the notice.</translation>
    </message>
    <message>
        <source>Record the service of the notice; the objection window starts.</source>
        <translation>Record the service of the notice; the objection window starts.</translation>
    </message>
    <message>
        <source>Record an objection received within the window.</source>
        <translation>Record an objection received within the window.</translation>
    </message>
    <message>
        <source>Answer the objection: upheld closes the case, rejected continues it.</source>
        <translation>Answer the objection: upheld closes the case, rejected continues it.</translation>
    </message>
    <message>
        <source>Submit the case for re-examination by a provincial-level department.</source>
        <translation>Submit the case for re-examination by a provincial-level department.</translation>
    </message>
    <message>
        <source>Approve the re-examination (supervisor of a provincial-level organ).</source>
        <translation>Approve the re-examination (supervisor of a provincial-level organ).</translation>
    </message>
    <message>
        <source>Return the case from re-examination with reasons.</source>
        <translation>Return the case from re-examination with reasons.</translation>
    </message>
    <message>
        <source>Issue the designation decision (a supervisor other than the case officer).</source>
        <translation>Issue the designation decision (a supervisor other than the case officer).</translation>
    </message>
    <message>
        <source>End a listing whose term has run out; its measures are lifted.</source>
        <translation>End a listing whose term has run out; its measures are lifted.</translation>
    </message>
    <message>
        <source>Show a case file; the inquiry is registered with its purpose.</source>
        <translation>Show a case file; the inquiry is registered with its purpose.</translation>
    </message>
    <message>
        <source>List cases, optionally at one stage.</source>
        <translation>List cases, optionally at one stage.</translation>
    </message>
    <message>
        <source>List open deadlines: case, subject, kind, due date, days left or late, provisional.</source>
        <translation>List open deadlines: case, subject, kind, due date, days left or late, provisional.</translation>
    </message>
    <message>
        <source>by organ: restorations, notices and objection answers done late, and the check of every record against the catalogue and every measure against the list (supervisors, auditors, administrators)</source>
        <translation>by organ: restorations, notices and objection answers done late, and the check of every record against the catalogue and every measure against the list (supervisors, auditors, administrators)</translation>
    </message>
    <message>
        <source>Revoke a restoration obtained with false materials; the listing returns.</source>
        <translation>Revoke a restoration obtained with false materials; the listing returns.</translation>
    </message>
    <message>
        <source>the catalog of public credit information, with sources and marks</source>
        <translation>the catalog of public credit information, with sources and marks</translation>
    </message>
    <message>
        <source>the punishment measures list</source>
        <translation>the punishment measures list</translation>
    </message>
    <message>
        <source>the list types (designation standards) and their parameters</source>
        <translation>the list types (designation standards) and their parameters</translation>
    </message>
    <message>
        <source>the disclosure regimes and their periods</source>
        <translation>the disclosure regimes and their periods</translation>
    </message>
    <message>
        <source>import a rule document or holiday schedule (administrators; all or nothing)</source>
        <translation>import a rule document or holiday schedule (administrators; all or nothing)</translation>
    </message>
    <message>
        <source>the date N working or calendar days after DATE</source>
        <translation>the date N working or calendar days after DATE</translation>
    </message>
    <message>
        <source>whether DATE is a working day, and why</source>
        <translation>whether DATE is a working day, and why</translation>
    </message>
    <message>
        <source>check a unified social credit code or resident ID number (exit 3 if invalid)</source>
        <translation>check a unified social credit code or resident ID number (exit 3 if invalid)</translation>
    </message>
    <message>
        <source>Record a draft designation standard for a list type.</source>
        <translation>Record a draft designation standard for a list type.</translation>
    </message>
    <message>
        <source>Open the standard for public comment (at least the minimum period).</source>
        <translation>Open the standard for public comment (at least the minimum period).</translation>
    </message>
    <message>
        <source>Adopt the standard after its comment period has closed.</source>
        <translation>Adopt the standard after its comment period has closed.</translation>
    </message>
    <message>
        <source>Record a periodic assessment of the standard.</source>
        <translation>Record a periodic assessment of the standard.</translation>
    </message>
    <message>
        <source>Abolish the standard from a date.</source>
        <translation>Abolish the standard from a date.</translation>
    </message>
    <message>
        <source>List the recorded designation standards.</source>
        <translation>List the recorded designation standards.</translation>
    </message>
    <message>
        <source>Record a subject (identifier validated; one subject per identifier).</source>
        <translation>Record a subject (identifier validated; one subject per identifier).</translation>
    </message>
    <message>
        <source>Record public credit information on a legally effective basis document.</source>
        <translation>Record public credit information on a legally effective basis document.</translation>
    </message>
    <message>
        <source>Argument %1 (&quot;%2&quot;) is not valid UTF-8 text. Names and other text must be given in UTF-8; nothing was done.</source>
        <translation>Argument %1 (&quot;%2&quot;) is not valid UTF-8 text. Names and other text must be given in UTF-8; nothing was done.</translation>
    </message>
    <message>
        <source>Record the publication of a listing whose term counts from publication (e.g. the tax list); the term starts that day.</source>
        <translation>Record the publication of a listing whose term counts from publication (e.g. the tax list); the term starts that day.</translation>
    </message>
    <message>
        <source>write the disclosable administrative-penalty records (双公示 layout) and the designations in force (严重失信主体名单 layout), masked for the channel, to a .csv or .json file; the export is audited</source>
        <translation>write the disclosable administrative-penalty records (双公示 layout) and the designations in force (严重失信主体名单 layout), masked for the channel, to a .csv or .json file; the export is audited</translation>
    </message>
    <message>
        <source>print the notice before designation (告知书) as PDF; the first print issues it with its number, later ones are copies</source>
        <translation>print the notice before designation (告知书) as PDF; the first print issues it with its number, later ones are copies</translation>
    </message>
    <message>
        <source>print the answer to the party&apos;s objection (异议答复书) as PDF</source>
        <translation>print the answer to the party&apos;s objection (异议答复书) as PDF</translation>
    </message>
    <message>
        <source>print the re-examination opinion (复核意见书) as PDF (the re-examining organ)</source>
        <translation>print the re-examination opinion (复核意见书) as PDF (the re-examining organ)</translation>
    </message>
    <message>
        <source>print the designation decision (认定决定书) as PDF</source>
        <translation>print the designation decision (认定决定书) as PDF</translation>
    </message>
    <message>
        <source>print the credit restoration notice (信用修复告知书) served with the decision as PDF</source>
        <translation>print the credit restoration notice (信用修复告知书) served with the decision as PDF</translation>
    </message>
    <message>
        <source>print the credit restoration decision as PDF</source>
        <translation>print the credit restoration decision as PDF</translation>
    </message>
    <message>
        <source>print the notice of removal from the list as PDF</source>
        <translation>print the notice of removal from the list as PDF</translation>
    </message>
    <message>
        <source>print the proof of service (送达回证) for the documents issued last as PDF</source>
        <translation>print the proof of service (送达回证) for the documents issued last as PDF</translation>
    </message>
    <message>
        <source>print every notice of your organ due for service on DATE into DIR, with progress; each print is audited</source>
        <translation>print every notice of your organ due for service on DATE into DIR, with progress; each print is audited</translation>
    </message>
    <message>
        <source>check a printed document&apos;s fingerprint against the audit chain and the stored text</source>
        <translation>check a printed document&apos;s fingerprint against the audit chain and the stored text</translation>
    </message>
    <message>
        <source>show the document template your organ uses (organ particulars or a document kind)</source>
        <translation>show the document template your organ uses (organ particulars or a document kind)</translation>
    </message>
    <message>
        <source>store an adapted document template for your organ (administrators)</source>
        <translation>store an adapted document template for your organ (administrators)</translation>
    </message>
    <message>
        <source>Record a restoration application with its papers (kept in the vault); free of charge. --case: removal from a list; --record: restoration of penalty information. An application that does not meet the conditions is not accepted (exit 3, nothing stored).</source>
        <translation>Record a restoration application with its papers (kept in the vault); free of charge. --case: removal from a list; --record: restoration of penalty information. An application that does not meet the conditions is not accepted (exit 3, nothing stored).</translation>
    </message>
    <message>
        <source>Grant or refuse. --case: removal from the list, measures lifted; --record: disclosure of that record ends.</source>
        <translation>Grant or refuse. --case: removal from the list, measures lifted; --record: disclosure of that record ends.</translation>
    </message>
    <message>
        <source>administrators: accept as complete a vault whose head file is missing (recorded in the audit log)</source>
        <translation>administrators: accept as complete a vault whose head file is missing (recorded in the audit log)</translation>
    </message>
    <message>
        <source>Extend the time to decide where the list&apos;s rules allow it (the head of the organ&apos;s approval, a supervisor).</source>
        <translation>Extend the time to decide where the list&apos;s rules allow it (the head of the organ&apos;s approval, a supervisor).</translation>
    </message>
</context>
<context>
    <name>CreditRecordRegister</name>
    <message>
        <source>There is no credit record %1 in this vault.</source>
        <translation>There is no credit record %1 in this vault.</translation>
    </message>
    <message>
        <source>There is no basis document %1 in this vault.</source>
        <translation>There is no basis document %1 in this vault.</translation>
    </message>
    <message>
        <source>A record needs the catalogue item, the basis document&apos;s number and the organ that issued it.</source>
        <translation>A record needs the catalogue item, the basis document&apos;s number and the organ that issued it.</translation>
    </message>
    <message>
        <source>A record needs the date of the basis document and the date it took legal effect (YYYY-MM-DD).</source>
        <translation>A record needs the date of the basis document and the date it took legal effect (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Credit records are made by case officers and supervisors, not by a user with the role %1.</source>
        <translation>Credit records are made by case officers and supervisors, not by a user with the role %1.</translation>
    </message>
    <message>
        <source>the basis document</source>
        <translation>the basis document</translation>
    </message>
    <message>
        <source>The basis document cannot take legal effect (%1) before it was made (%2).</source>
        <translation>The basis document cannot take legal effect (%1) before it was made (%2).</translation>
    </message>
    <message>
        <source>The sector &quot;%1&quot; is not one the rule data knows. Valid sectors: %2 (or none, for the general disclosure rules).</source>
        <translation>The sector &quot;%1&quot; is not one the rule data knows. Valid sectors: %2 (or none, for the general disclosure rules).</translation>
    </message>
    <message>
        <source>The credit records could not be read or written</source>
        <translation>The credit records could not be read or written</translation>
    </message>
    <message>
        <source>the conduct</source>
        <translation>the conduct</translation>
    </message>
    <message>
        <source>The conduct (%1) cannot be later than the basis document that found it (%2).</source>
        <translation>The conduct (%1) cannot be later than the basis document that found it (%2).</translation>
    </message>
    <message>
        <source>The user who recorded the record is not in this vault.</source>
        <translation>The user who recorded the record is not in this vault.</translation>
    </message>
</context>
<context>
    <name>DeadlineKind</name>
    <message>
        <source>serve the notice</source>
        <translation>serve the notice</translation>
    </message>
    <message>
        <source>objection window ends</source>
        <translation>objection window ends</translation>
    </message>
    <message>
        <source>answer the objection</source>
        <translation>answer the objection</translation>
    </message>
    <message>
        <source>re-examination due</source>
        <translation>re-examination due</translation>
    </message>
    <message>
        <source>listing term ends</source>
        <translation>listing term ends</translation>
    </message>
    <message>
        <source>minimum disclosure period ends</source>
        <translation>minimum disclosure period ends</translation>
    </message>
    <message>
        <source>disclosure ends</source>
        <translation>disclosure ends</translation>
    </message>
    <message>
        <source>decide the restoration application</source>
        <translation>decide the restoration application</translation>
    </message>
    <message>
        <source>public comment period closes</source>
        <translation>public comment period closes</translation>
    </message>
    <message>
        <source>assessment of the standard due</source>
        <translation>assessment of the standard due</translation>
    </message>
    <message>
        <source>make the designation decision</source>
        <translation>make the designation decision</translation>
    </message>
</context>
<context>
    <name>DeadlineRegister</name>
    <message>
        <source>The deadline &quot;%1&quot; could not be computed from %2 (%3).</source>
        <translation>The deadline &quot;%1&quot; could not be computed from %2 (%3).</translation>
    </message>
    <message>
        <source>Deadline %1 has an unknown counting mode &quot;%2&quot;.</source>
        <translation>Deadline %1 has an unknown counting mode &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The deadline register could not be read or written</source>
        <translation>The deadline register could not be read or written</translation>
    </message>
    <message>
        <source>recomputing the open deadlines</source>
        <translation>recomputing the open deadlines</translation>
    </message>
</context>
<context>
    <name>DisclosureExport</name>
    <message>
        <source>Internal records do not leave the vault; export for the public or sharing channel.</source>
        <translation>Internal records do not leave the vault; export for the public or sharing channel.</translation>
    </message>
    <message>
        <source>The credit records cannot be read: %1</source>
        <translation>The credit records cannot be read: %1</translation>
    </message>
    <message>
        <source>Only officers, supervisors and administrators may export disclosure files; %1 is a %2.</source>
        <translation>Only officers, supervisors and administrators may export disclosure files; %1 is a %2.</translation>
    </message>
    <message>
        <source>Give the date the disclosure is made as of (YYYY-MM-DD).</source>
        <translation>Give the date the disclosure is made as of (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Name the file with the ending .csv or .json, which decides its format: &quot;%1&quot; has neither.</source>
        <translation>Name the file with the ending .csv or .json, which decides its format: &quot;%1&quot; has neither.</translation>
    </message>
    <message>
        <source>The export would overwrite %1, which belongs to the vault. Choose another file.</source>
        <translation>The export would overwrite %1, which belongs to the vault. Choose another file.</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>The file %1 cannot be written: %2</translation>
    </message>
    <message>
        <source>The file %1 could not be written completely (%2); nothing was exported and any earlier file there is unchanged.</source>
        <translation>The file %1 could not be written completely (%2); nothing was exported and any earlier file there is unchanged.</translation>
    </message>
    <message>
        <source>The file %1 could not be saved (%2); nothing was exported and any earlier file there is unchanged.</source>
        <translation>The file %1 could not be saved (%2); nothing was exported and any earlier file there is unchanged.</translation>
    </message>
    <message>
        <source>The file %1 already exists and was left unchanged. Choose another name, or ask to replace it.</source>
        <translation>The file %1 already exists and was left unchanged. Choose another name, or ask to replace it.</translation>
    </message>
    <message>
        <source>The file %1 cannot be made private to you (%2); nothing was exported.</source>
        <translation>The file %1 cannot be made private to you (%2); nothing was exported.</translation>
    </message>
    <message>
        <source>The subjects of the exported records cannot be read: %1</source>
        <translation>The subjects of the exported records cannot be read: %1</translation>
    </message>
    <message>
        <source>disclosure on the %1 channel as of %2</source>
        <translation>disclosure on the %1 channel as of %2</translation>
    </message>
    <message>
        <source>The designations cannot be read: %1</source>
        <translation>The designations cannot be read: %1</translation>
    </message>
    <message>
        <source>exporting the disclosure file</source>
        <translation>exporting the disclosure file</translation>
    </message>
</context>
<context>
    <name>DocumentKind</name>
    <message>
        <source>pre-designation notice</source>
        <translation>pre-designation notice</translation>
    </message>
    <message>
        <source>objection answer</source>
        <translation>objection answer</translation>
    </message>
    <message>
        <source>re-examination opinion</source>
        <translation>re-examination opinion</translation>
    </message>
    <message>
        <source>designation decision</source>
        <translation>designation decision</translation>
    </message>
    <message>
        <source>credit restoration notice</source>
        <translation>credit restoration notice</translation>
    </message>
    <message>
        <source>credit restoration decision</source>
        <translation>credit restoration decision</translation>
    </message>
    <message>
        <source>notice of removal from the list</source>
        <translation>notice of removal from the list</translation>
    </message>
    <message>
        <source>proof of service</source>
        <translation>proof of service</translation>
    </message>
</context>
<context>
    <name>DocumentRenderer</name>
    <message>
        <source>The document could not be printed: the printer or file refused it.</source>
        <translation>The document could not be printed: the printer or file refused it.</translation>
    </message>
    <message>
        <source>The document could not be printed: a new page was refused.</source>
        <translation>The document could not be printed: a new page was refused.</translation>
    </message>
    <message>
        <source>Cannot write the PDF file %1: %2</source>
        <translation>Cannot write the PDF file %1: %2</translation>
    </message>
</context>
<context>
    <name>DocumentService</name>
    <message>
        <source>The template &quot;%1&quot; adapted for this organ is damaged: %2</source>
        <translation>The template &quot;%1&quot; adapted for this organ is damaged: %2</translation>
    </message>
    <message>
        <source>%1 (%2) may not print official documents: documents are issued by case officers and supervisors.</source>
        <translation>%1 (%2) may not print official documents: documents are issued by case officers and supervisors.</translation>
    </message>
    <message>
        <source>issuing the %1 of the case</source>
        <translation>issuing the %1 of the case</translation>
    </message>
    <message>
        <source>The re-examination opinion on case %1 is issued by the superior organ that re-examined it, not by %2.</source>
        <translation>The re-examination opinion on case %1 is issued by the superior organ that re-examined it, not by %2.</translation>
    </message>
    <message>
        <source>print the %1</source>
        <translation>print the %1</translation>
    </message>
    <message>
        <source>Case %1 has no notice before designation.</source>
        <translation>Case %1 has no notice before designation.</translation>
    </message>
    <message>
        <source>Case %1 has no answered objection: answer the objection first.</source>
        <translation>Case %1 has no answered objection: answer the objection first.</translation>
    </message>
    <message>
        <source>Case %1 has no decided re-examination.</source>
        <translation>Case %1 has no decided re-examination.</translation>
    </message>
    <message>
        <source>Case %1 has no designation decision yet.</source>
        <translation>Case %1 has no designation decision yet.</translation>
    </message>
    <message>
        <source>Case %1 has no decided credit restoration application.</source>
        <translation>Case %1 has no decided credit restoration application.</translation>
    </message>
    <message>
        <source>Case %1 has not been removed from the list (its stage is %2).</source>
        <translation>Case %1 has not been removed from the list (its stage is %2).</translation>
    </message>
    <message>
        <source>Case %1 has no issued document to serve: print the document first.</source>
        <translation>Case %1 has no issued document to serve: print the document first.</translation>
    </message>
    <message>
        <source>Documents are printed for the party (full identifier) or as a public copy.</source>
        <translation>Documents are printed for the party (full identifier) or as a public copy.</translation>
    </message>
    <message>
        <source>A proof of service is an internal record: it has no public copy.</source>
        <translation>A proof of service is an internal record: it has no public copy.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the notices.</source>
        <translation>Cannot create the folder %1 for the notices.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a document fingerprint: it looks like 1042-7F3K-9QX2 (the number before the first dash, then eight letters and digits).</source>
        <translation>&quot;%1&quot; is not a document fingerprint: it looks like 1042-7F3K-9QX2 (the number before the first dash, then eight letters and digits).</translation>
    </message>
    <message>
        <source>The audit chain has no entry %1: this fingerprint was not issued by this vault.</source>
        <translation>The audit chain has no entry %1: this fingerprint was not issued by this vault.</translation>
    </message>
    <message>
        <source>The fingerprint does not match entry %1 of the audit chain: the page was not printed from this vault, or the fingerprint was misread.</source>
        <translation>The fingerprint does not match entry %1 of the audit chain: the page was not printed from this vault, or the fingerprint was misread.</translation>
    </message>
    <message>
        <source>Entry %1 of the audit chain is not the print of a document.</source>
        <translation>Entry %1 of the audit chain is not the print of a document.</translation>
    </message>
    <message>
        <source>The stored text of document %1 no longer matches the digest recorded when it was printed: the record was altered.</source>
        <translation>The stored text of document %1 no longer matches the digest recorded when it was printed: the record was altered.</translation>
    </message>
    <message>
        <source>The document matches its entry, but the audit chain is broken elsewhere: run &quot;creditcase-cli audit verify&quot;.</source>
        <translation>The document matches its entry, but the audit chain is broken elsewhere: run &quot;creditcase-cli audit verify&quot;.</translation>
    </message>
    <message>
        <source>checking a printed document against the vault</source>
        <translation>checking a printed document against the vault</translation>
    </message>
    <message>
        <source>There is no document template &quot;%1&quot;.</source>
        <translation>There is no document template &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 (%2) may not change document templates: that is for administrators.</source>
        <translation>%1 (%2) may not change document templates: that is for administrators.</translation>
    </message>
    <message>
        <source>The template names itself &quot;%1&quot;, not &quot;%2&quot;.</source>
        <translation>The template names itself &quot;%1&quot;, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The template uses values no document has: %1. Nothing was stored.</source>
        <translation>The template uses values no document has: %1. Nothing was stored.</translation>
    </message>
    <message>
        <source>The PDF could not be saved as %1.</source>
        <translation>The PDF could not be saved as %1.</translation>
    </message>
    <message>
        <source>Not printed: the group of notices it was in could not be saved and was rolled back (%1).</source>
        <translation>Not printed: the group of notices it was in could not be saved and was rolled back (%1).</translation>
    </message>
</context>
<context>
    <name>DocumentStore</name>
    <message>
        <source>Cannot read or write the documents of the vault: %1</source>
        <translation>Cannot read or write the documents of the vault: %1</translation>
    </message>
    <message>
        <source>Document %1 has an unknown kind &quot;%2&quot;.</source>
        <translation>Document %1 has an unknown kind &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The stored text of document %1 is damaged.</source>
        <translation>The stored text of document %1 is damaged.</translation>
    </message>
    <message>
        <source>There is no document %1.</source>
        <translation>There is no document %1.</translation>
    </message>
</context>
<context>
    <name>DocumentTemplate</name>
    <message>
        <source>The template is not a JSON object (%1 at character %2).</source>
        <translation>The template is not a JSON object (%1 at character %2).</translation>
    </message>
    <message>
        <source>The template has no &quot;name&quot;.</source>
        <translation>The template has no &quot;name&quot;.</translation>
    </message>
    <message>
        <source>Block %1 of the template has the unknown type &quot;%2&quot; (known: %3).</source>
        <translation>Block %1 of the template has the unknown type &quot;%2&quot; (known: %3).</translation>
    </message>
    <message>
        <source>Block %1 of the template has no &quot;text&quot;.</source>
        <translation>Block %1 of the template has no &quot;text&quot;.</translation>
    </message>
    <message>
        <source>The built-in document template &quot;%1&quot; is missing from this program.</source>
        <translation>The built-in document template &quot;%1&quot; is missing from this program.</translation>
    </message>
    <message>
        <source>The built-in document template &quot;%1&quot; is damaged: %2</source>
        <translation>The built-in document template &quot;%1&quot; is damaged: %2</translation>
    </message>
</context>
<context>
    <name>FormText</name>
    <message>
        <source>The act could not be completed.</source>
        <translation>The act could not be completed.</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>Legal basis: %1</translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <source>Case management for public credit information.</source>
        <translation>Case management for public credit information.</translation>
    </message>
    <message>
        <source>Open the vault FILE.</source>
        <translation>Open the vault FILE.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Sign in as NAME.</source>
        <translation>Sign in as NAME.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input and unlock without asking (needs --vault and --user).</source>
        <translation>Read the password from the first line of standard input and unlock without asking (needs --vault and --user).</translation>
    </message>
    <message>
        <source>Lock after N minutes without input in this session (0 = never), instead of the preference.</source>
        <translation>Lock after N minutes without input in this session (0 = never), instead of the preference.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--lock-after-minutes needs a whole number from 0 to %1.</source>
        <translation>--lock-after-minutes needs a whole number from 0 to %1.</translation>
    </message>
    <message>
        <source>--pw-stdin needs --vault FILE and --user NAME.</source>
        <translation>--pw-stdin needs --vault FILE and --user NAME.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>Could not unlock %1: %2</source>
        <translation>Could not unlock %1: %2</translation>
    </message>
</context>
<context>
    <name>HolidaySchedule</name>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>missing; expected text</source>
        <translation>missing; expected text</translation>
    </message>
    <message>
        <source>expected text, found %1</source>
        <translation>expected text, found %1</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>is empty</translation>
    </message>
    <message>
        <source>missing; expected the year as a whole number, e.g. 2026</source>
        <translation>missing; expected the year as a whole number, e.g. 2026</translation>
    </message>
    <message>
        <source>expected the year as a whole number, found %1</source>
        <translation>expected the year as a whole number, found %1</translation>
    </message>
    <message>
        <source>%1 is not a year</source>
        <translation>%1 is not a year</translation>
    </message>
    <message>
        <source>missing; expected a list</source>
        <translation>missing; expected a list</translation>
    </message>
    <message>
        <source>expected a list, found %1</source>
        <translation>expected a list, found %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a real date in the form YYYY-MM-DD</source>
        <translation>&quot;%1&quot; is not a real date in the form YYYY-MM-DD</translation>
    </message>
    <message>
        <source>%1 lies outside the year %2 that this schedule is for</source>
        <translation>%1 lies outside the year %2 that this schedule is for</translation>
    </message>
    <message>
        <source>%1 is listed twice (first at %2)</source>
        <translation>%1 is listed twice (first at %2)</translation>
    </message>
    <message>
        <source>%1 is a %2; a make-up working day is always a Saturday or Sunday</source>
        <translation>%1 is a %2; a make-up working day is always a Saturday or Sunday</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not supported; expected &quot;%2&quot;</source>
        <translation>&quot;%1&quot; is not supported; expected &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a verification mark; expected [V], [V2] or [U]</source>
        <translation>&quot;%1&quot; is not a verification mark; expected [V], [V2] or [U]</translation>
    </message>
    <message>
        <source>missing; say which notice the dates come from</source>
        <translation>missing; say which notice the dates come from</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>expected an object, found %1</translation>
    </message>
    <message>
        <source>names neither the notice&apos;s title nor its URL; an officer must be able to see what the dates rest on</source>
        <translation>names neither the notice&apos;s title nor its URL; an officer must be able to see what the dates rest on</translation>
    </message>
    <message>
        <source>expected an object with &quot;date&quot; and &quot;name&quot;, found %1</source>
        <translation>expected an object with &quot;date&quot; and &quot;name&quot;, found %1</translation>
    </message>
    <message>
        <source>expected the notice&apos;s URL as text, found %1</source>
        <translation>expected the notice&apos;s URL as text, found %1</translation>
    </message>
    <message>
        <source>is empty; the file must name the State Council notice it was taken from</source>
        <translation>is empty; the file must name the State Council notice it was taken from</translation>
    </message>
    <message>
        <source>Imported from the holiday-cn file %1 (https://github.com/NateScarlet/holiday-cn, MIT licence); check the dates against the notice before relying on them.</source>
        <translation>Imported from the holiday-cn file %1 (https://github.com/NateScarlet/holiday-cn, MIT licence); check the dates against the notice before relying on them.</translation>
    </message>
    <message>
        <source>expected an object with &quot;name&quot;, &quot;date&quot; and &quot;isOffDay&quot;, found %1</source>
        <translation>expected an object with &quot;name&quot;, &quot;date&quot; and &quot;isOffDay&quot;, found %1</translation>
    </message>
    <message>
        <source>missing; expected true or false</source>
        <translation>missing; expected true or false</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>expected true or false, found %1</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>top level</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at character %2)</source>
        <translation>not valid JSON (%1 at character %2)</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>expected a JSON object</translation>
    </message>
    <message>
        <source>unknown format %1; expected &quot;%2&quot; or a holiday-cn file</source>
        <translation>unknown format %1; expected &quot;%2&quot; or a holiday-cn file</translation>
    </message>
    <message>
        <source>neither a CreditCase holiday schedule (&quot;format&quot;: &quot;%1&quot;) nor a holiday-cn file (&quot;year&quot;, &quot;papers&quot;, &quot;days&quot;)</source>
        <translation>neither a CreditCase holiday schedule (&quot;format&quot;: &quot;%1&quot;) nor a holiday-cn file (&quot;year&quot;, &quot;papers&quot;, &quot;days&quot;)</translation>
    </message>
    <message>
        <source>lists no days off; a published holiday schedule always has some</source>
        <translation>lists no days off; a published holiday schedule always has some</translation>
    </message>
</context>
<context>
    <name>IdentifierCheck</name>
    <message>
        <source>nothing to check: the value is empty</source>
        <translation>nothing to check: the value is empty</translation>
    </message>
</context>
<context>
    <name>InquiryRegister</name>
    <message>
        <source>State the purpose of this inquiry; every inquiry into a record is registered with its purpose (Guiding Opinions VII(13)).</source>
        <translation>State the purpose of this inquiry; every inquiry into a record is registered with its purpose (Guiding Opinions VII(13)).</translation>
    </message>
    <message>
        <source>The inquiry could not be registered: %1</source>
        <translation>The inquiry could not be registered: %1</translation>
    </message>
    <message>
        <source>The inquiry register cannot be read: %1</source>
        <translation>The inquiry register cannot be read: %1</translation>
    </message>
    <message>
        <source>Say why the inquiry is flagged.</source>
        <translation>Say why the inquiry is flagged.</translation>
    </message>
    <message>
        <source>There is no inquiry number %1 in the register.</source>
        <translation>There is no inquiry number %1 in the register.</translation>
    </message>
    <message>
        <source>Inquiry %1 is already flagged.</source>
        <translation>Inquiry %1 is already flagged.</translation>
    </message>
</context>
<context>
    <name>KdfParams</name>
    <message>
        <source>The password protection settings (%1 passes, %2 KiB of memory) are outside the range this version of CreditCase accepts.</source>
        <translation>The password protection settings (%1 passes, %2 KiB of memory) are outside the range this version of CreditCase accepts.</translation>
    </message>
    <message>
        <source>Internal error: a password key was requested with a malformed salt or size.</source>
        <translation>Internal error: a password key was requested with a malformed salt or size.</translation>
    </message>
    <message>
        <source>This computer could not provide the %1 MiB of memory needed to check the password. Close other programs and try again.</source>
        <translation>This computer could not provide the %1 MiB of memory needed to check the password. Close other programs and try again.</translation>
    </message>
    <message>
        <source>The password protection could not be measured: this computer could not provide %1 MiB of memory.</source>
        <translation>The password protection could not be measured: this computer could not provide %1 MiB of memory.</translation>
    </message>
</context>
<context>
    <name>KeySlotFile</name>
    <message>
        <source>The key file is damaged or was altered (%1). Nobody can sign in with a password until it is replaced, but the vault can still be opened with its recovery code.</source>
        <translation>The key file is damaged or was altered (%1). Nobody can sign in with a password until it is replaced, but the vault can still be opened with its recovery code.</translation>
    </message>
    <message>
        <source>The key file %1 is damaged or was altered (%2). Nobody can sign in with a password until it is replaced, but the vault can still be opened with its recovery code.</source>
        <translation>The key file %1 is damaged or was altered (%2). Nobody can sign in with a password until it is replaced, but the vault can still be opened with its recovery code.</translation>
    </message>
    <message>
        <source>The user name or the password is wrong. Check both, and that Caps Lock and the Chinese input method are off, then try again.</source>
        <translation>The user name or the password is wrong. Check both, and that Caps Lock and the Chinese input method are off, then try again.</translation>
    </message>
    <message>
        <source>Internal error: a key of the wrong size was given to the key file. Nothing was changed.</source>
        <translation>Internal error: a key of the wrong size was given to the key file. Nothing was changed.</translation>
    </message>
    <message>
        <source>The key file %1 is missing. Nobody can sign in with a password without it, but the vault can still be opened with its recovery code.</source>
        <translation>The key file %1 is missing. Nobody can sign in with a password without it, but the vault can still be opened with its recovery code.</translation>
    </message>
    <message>
        <source>The key file %1 could not be read: %2. Check that you may read it.</source>
        <translation>The key file %1 could not be read: %2. Check that you may read it.</translation>
    </message>
    <message>
        <source>The key file %1 could not be read: %2.</source>
        <translation>The key file %1 could not be read: %2.</translation>
    </message>
    <message>
        <source>it is not readable as JSON</source>
        <translation>it is not readable as JSON</translation>
    </message>
    <message>
        <source>it is not a CreditCase key file</source>
        <translation>it is not a CreditCase key file</translation>
    </message>
    <message>
        <source>The key file was written by a newer version of CreditCase (key file format %1). Install the newer version to sign in.</source>
        <translation>The key file was written by a newer version of CreditCase (key file format %1). Install the newer version to sign in.</translation>
    </message>
    <message>
        <source>unexpected content at %1</source>
        <translation>unexpected content at %1</translation>
    </message>
    <message>
        <source>its check value does not match its content</source>
        <translation>its check value does not match its content</translation>
    </message>
    <message>
        <source>Internal error: the key file was not sealed before saving. Nothing was written.</source>
        <translation>Internal error: the key file was not sealed before saving. Nothing was written.</translation>
    </message>
    <message>
        <source>The key file %1 could not be written: %2. The previous key file, if any, is unchanged; check free disk space and that you may write to the folder.</source>
        <translation>The key file %1 could not be written: %2. The previous key file, if any, is unchanged; check free disk space and that you may write to the folder.</translation>
    </message>
    <message>
        <source>A key slot needs a user name.</source>
        <translation>A key slot needs a user name.</translation>
    </message>
    <message>
        <source>The key file was altered: the key slot of user %1 does not open the vault. Sign-in is refused; an administrator can open the vault with its recovery code and set a new password for this user.</source>
        <translation>The key file was altered: the key slot of user %1 does not open the vault. Sign-in is refused; an administrator can open the vault with its recovery code and set a new password for this user.</translation>
    </message>
    <message>
        <source>There is no key slot for user %1 in the key file.</source>
        <translation>There is no key slot for user %1 in the key file.</translation>
    </message>
    <message>
        <source>The key slot of user %1 does not match the vault&apos;s records, so it was not changed. Set a new password for this user after the change of vault key.</source>
        <translation>The key slot of user %1 does not match the vault&apos;s records, so it was not changed. Set a new password for this user after the change of vault key.</translation>
    </message>
    <message>
        <source>The key file was altered: its seal does not match the vault, so a key slot may have been added or changed by someone without the vault key. Sign-in is refused; an administrator can open the vault with its recovery code and write a new key file.</source>
        <translation>The key file was altered: its seal does not match the vault, so a key slot may have been added or changed by someone without the vault key. Sign-in is refused; an administrator can open the vault with its recovery code and write a new key file.</translation>
    </message>
    <message>
        <source>it is larger than %1 MiB, more than CreditCase ever writes</source>
        <translation>it is larger than %1 MiB, more than CreditCase ever writes</translation>
    </message>
    <message>
        <source>it is larger than %1 MiB</source>
        <translation>it is larger than %1 MiB</translation>
    </message>
    <message>
        <source>no key slot could be found in it</source>
        <translation>no key slot could be found in it</translation>
    </message>
    <message>
        <source>it holds %1 key slots, more than the %2 CreditCase supports</source>
        <translation>it holds %1 key slots, more than the %2 CreditCase supports</translation>
    </message>
    <message>
        <source>Nothing was written; the previous key file, if any, is unchanged.</source>
        <translation>Nothing was written; the previous key file, if any, is unchanged.</translation>
    </message>
    <message>
        <source>The key file would hold %1 key slots, more than the %2 CreditCase can read back. %3</source>
        <translation>The key file would hold %1 key slots, more than the %2 CreditCase can read back. %3</translation>
    </message>
    <message>
        <source>The key file would be %1 bytes, more than the %2 MiB CreditCase can read back. %3</source>
        <translation>The key file would be %1 bytes, more than the %2 MiB CreditCase can read back. %3</translation>
    </message>
    <message>
        <source>Internal error: the key file would not read back (%1). %2</source>
        <translation>Internal error: the key file would not read back (%1). %2</translation>
    </message>
    <message>
        <source>The key file already holds %1 key slots, the most CreditCase supports. Disable the accounts of people who have left before adding more. Nothing was changed.</source>
        <translation>The key file already holds %1 key slots, the most CreditCase supports. Disable the accounts of people who have left before adding more. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>LongJob</name>
    <message>
        <source>Cancelled. Nothing after the last completed step was changed.</source>
        <translation>Cancelled. Nothing after the last completed step was changed.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancelling: finishing the current step…</source>
        <translation>Cancelling: finishing the current step…</translation>
    </message>
    <message>
        <source>This work needs an open vault.</source>
        <translation>This work needs an open vault.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Cannot read the schema version of the vault.</source>
        <translation>Cannot read the schema version of the vault.</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of CreditCase (schema %1; this program knows up to %2). Update CreditCase before opening it.</source>
        <translation>This vault was written by a newer version of CreditCase (schema %1; this program knows up to %2). Update CreditCase before opening it.</translation>
    </message>
    <message>
        <source>The vault connection is not a SQLCipher connection.</source>
        <translation>The vault connection is not a SQLCipher connection.</translation>
    </message>
    <message>
        <source>Cannot start schema migration %1: %2</source>
        <translation>Cannot start schema migration %1: %2</translation>
    </message>
    <message>
        <source>Schema migration %1 (%2) failed and was rolled back: %3</source>
        <translation>Schema migration %1 (%2) failed and was rolled back: %3</translation>
    </message>
</context>
<context>
    <name>NoticeBatchPrinter</name>
    <message>
        <source>Printing the notices due for service on %1…</source>
        <translation>Printing the notices due for service on %1…</translation>
    </message>
    <message>
        <source>Printed %1 of %2 notices due on %3.</source>
        <translation>Printed %1 of %2 notices due on %3.</translation>
    </message>
    <message>
        <source>Folder for the notices due on %1</source>
        <translation>Folder for the notices due on %1</translation>
    </message>
    <message>
        <source>Notices not printed</source>
        <translation>Notices not printed</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>Case %1: %2</translation>
    </message>
    <message>
        <source>%1 notices printed into %2; %3 failed.</source>
        <translation>%1 notices printed into %2; %3 failed.</translation>
    </message>
    <message>
        <source>Notices due for service</source>
        <translation>Notices due for service</translation>
    </message>
    <message>
        <source>Printing the notices due for service</source>
        <translation>Printing the notices due for service</translation>
    </message>
    <message>
        <source>Cancelling: the notices of the group being printed are rolled back (their numbers are given back and their files removed); the groups finished before stay printed and recorded.</source>
        <translation>Cancelling: the notices of the group being printed are rolled back (their numbers are given back and their files removed); the groups finished before stay printed and recorded.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n notice(s) of the group being printed were rolled back (their numbers were given back, no file was kept); the notices not yet printed were left as they were.</source>
        <translation>
            <numerusform>Cancelled: %n notice(s) of the group being printed were rolled back (their numbers were given back, no file was kept); the notices not yet printed were left as they were.</numerusform>
            <numerusform>Cancelled: %n notice(s) of the group being printed were rolled back (their numbers were given back, no file was kept); the notices not yet printed were left as they were.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintCli</name>
    <message>
        <source>Internal error: printing needs the graphical text engine, which this command was started without. Nothing was printed.</source>
        <translation>Internal error: printing needs the graphical text engine, which this command was started without. Nothing was printed.</translation>
    </message>
    <message>
        <source>the case</source>
        <translation>the case</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>the PDF file to write</translation>
    </message>
    <message>
        <source>a public copy: the party&apos;s identifier masked</source>
        <translation>a public copy: the party&apos;s identifier masked</translation>
    </message>
    <message>
        <source>replace the file if it exists</source>
        <translation>replace the file if it exists</translation>
    </message>
    <message>
        <source>Name the file with the ending .pdf: &quot;%1&quot; has none.</source>
        <translation>Name the file with the ending .pdf: &quot;%1&quot; has none.</translation>
    </message>
    <message>
        <source>Issued the %1 of case %2 as %3 and wrote it to %4.</source>
        <translation>Issued the %1 of case %2 as %3 and wrote it to %4.</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>(no number)</translation>
    </message>
    <message>
        <source>Printed copy %1 (副本 %1) of the %2 %3 of case %4 to %5.</source>
        <translation>Printed copy %1 (副本 %1) of the %2 %3 of case %4 to %5.</translation>
    </message>
    <message>
        <source>Fingerprint: %1 (check it with: document verify --fingerprint %1).</source>
        <translation>Fingerprint: %1 (check it with: document verify --fingerprint %1).</translation>
    </message>
    <message>
        <source>This is a public copy: the party&apos;s identifier is masked.</source>
        <translation>This is a public copy: the party&apos;s identifier is masked.</translation>
    </message>
    <message>
        <source>the day the notices are due for service</source>
        <translation>the day the notices are due for service</translation>
    </message>
    <message>
        <source>the folder to write the PDF files into</source>
        <translation>the folder to write the PDF files into</translation>
    </message>
    <message>
        <source>%1 is a file; name a folder for the notices.</source>
        <translation>%1 is a file; name a folder for the notices.</translation>
    </message>
    <message>
        <source>Printed %1 of %2 notices</source>
        <translation>Printed %1 of %2 notices</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>Case %1: %2</translation>
    </message>
    <message>
        <source>Notices due for service on %1: %2 printed into %3, %4 failed.</source>
        <translation>Notices due for service on %1: %2 printed into %3, %4 failed.</translation>
    </message>
    <message>
        <source>the fingerprint printed at the foot of the page</source>
        <translation>the fingerprint printed at the foot of the page</translation>
    </message>
    <message>
        <source>NOT VERIFIED: %1</source>
        <translation>NOT VERIFIED: %1</translation>
    </message>
    <message>
        <source>the original</source>
        <translation>the original</translation>
    </message>
    <message>
        <source>copy %1 (副本 %1)</source>
        <translation>copy %1 (副本 %1)</translation>
    </message>
    <message>
        <source>Verified: %1 %2 of case %3, issued on %4 by %5; this page is %6, printed at %7 by %8 (%9 copy). The stored text matches.</source>
        <translation>Verified: %1 %2 of case %3, issued on %4 by %5; this page is %6, printed at %7 by %8 (%9 copy). The stored text matches.</translation>
    </message>
    <message>
        <source>public</source>
        <translation>public</translation>
    </message>
    <message>
        <source>party&apos;s</source>
        <translation>party&apos;s</translation>
    </message>
    <message>
        <source>organ, or a document kind</source>
        <translation>organ, or a document kind</translation>
    </message>
    <message>
        <source>write the template to this file</source>
        <translation>write the template to this file</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Wrote the template %1 (%2) to %3.</source>
        <translation>Wrote the template %1 (%2) to %3.</translation>
    </message>
    <message>
        <source>the adapted template (JSON)</source>
        <translation>the adapted template (JSON)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Stored version %1 of the template %2 for your organ; documents issued from now on use it.</source>
        <translation>Stored version %1 of the template %2 for your organ; documents issued from now on use it.</translation>
    </message>
</context>
<context>
    <name>PrivateFile</name>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>The file %1 could not be written: %2</translation>
    </message>
    <message>
        <source>The file %1 could not be written (%2); its earlier content is unchanged.</source>
        <translation>The file %1 could not be written (%2); its earlier content is unchanged.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Cancelled. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>RecoveryCode</name>
    <message>
        <source>Enter the recovery code: %1 groups of %2 characters.</source>
        <translation>Enter the recovery code: %1 groups of %2 characters.</translation>
    </message>
    <message>
        <source>The recovery code is not valid: &quot;%1&quot; never appears in a recovery code. Check group %2.</source>
        <translation>The recovery code is not valid: &quot;%1&quot; never appears in a recovery code. Check group %2.</translation>
    </message>
    <message>
        <source>The recovery code is not valid: &quot;%1&quot; never appears in a recovery code. Recovery codes use only digits and the letters A to Z without U.</source>
        <translation>The recovery code is not valid: &quot;%1&quot; never appears in a recovery code. Recovery codes use only digits and the letters A to Z without U.</translation>
    </message>
    <message>
        <source>The recovery code is not valid: group %1 should have %2 characters.</source>
        <translation>The recovery code is not valid: group %1 should have %2 characters.</translation>
    </message>
    <message>
        <source>The recovery code is not valid: groups %1 should each have %2 characters.</source>
        <translation>The recovery code is not valid: groups %1 should each have %2 characters.</translation>
    </message>
    <message>
        <source>The recovery code is not valid: it has %1 characters instead of %2. Check for a missing or an extra character.</source>
        <translation>The recovery code is not valid: it has %1 characters instead of %2. Check for a missing or an extra character.</translation>
    </message>
    <message>
        <source>The recovery code is not valid: check group %1.</source>
        <translation>The recovery code is not valid: check group %1.</translation>
    </message>
    <message>
        <source>The recovery code is not valid: check groups %1.</source>
        <translation>The recovery code is not valid: check groups %1.</translation>
    </message>
</context>
<context>
    <name>ReportService</name>
    <message>
        <source>A report needs the first and the last day of its period.</source>
        <translation>A report needs the first and the last day of its period.</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2.</source>
        <translation>--from %1 is after --to %2.</translation>
    </message>
    <message>
        <source>--to %1 is after today (%2): a report or export cannot be made as of a day that has not come yet.</source>
        <translation>--to %1 is after today (%2): a report or export cannot be made as of a day that has not come yet.</translation>
    </message>
    <message>
        <source>The accountability report is for supervisors, auditors and administrators; %1 is an officer.</source>
        <translation>The accountability report is for supervisors, auditors and administrators; %1 is an officer.</translation>
    </message>
    <message>
        <source>list of the open deadlines</source>
        <translation>list of the open deadlines</translation>
    </message>
</context>
<context>
    <name>ResidentIdNumber</name>
    <message>
        <source>converted from the old 15-digit number %1</source>
        <translation>converted from the old 15-digit number %1</translation>
    </message>
    <message>
        <source>the number is empty</source>
        <translation>the number is empty</translation>
    </message>
    <message>
        <source>length is %1, expected %2 (or %3 for an old number)</source>
        <translation>length is %1, expected %2 (or %3 for an old number)</translation>
    </message>
    <message>
        <source>character %1 &apos;%2&apos; is not allowed: an old 15-digit number has only digits</source>
        <translation>character %1 &apos;%2&apos; is not allowed: an old 15-digit number has only digits</translation>
    </message>
    <message>
        <source>character %1 &apos;%2&apos; is not allowed: only digits are used, and X as the last character</source>
        <translation>character %1 &apos;%2&apos; is not allowed: only digits are used, and X as the last character</translation>
    </message>
    <message>
        <source>the birth date %1 is not a real date</source>
        <translation>the birth date %1 is not a real date</translation>
    </message>
    <message>
        <source>the birth date %1 is in the future</source>
        <translation>the birth date %1 is in the future</translation>
    </message>
    <message>
        <source>the check character should be %1, not %2</source>
        <translation>the check character should be %1, not %2</translation>
    </message>
    <message>
        <source>; the check character should be %1</source>
        <translation>; the check character should be %1</translation>
    </message>
    <message>
        <source>the address code %1 does not start with a province-level code of GB/T 2260 (%2 is none)</source>
        <translation>the address code %1 does not start with a province-level code of GB/T 2260 (%2 is none)</translation>
    </message>
</context>
<context>
    <name>RestorationStage</name>
    <message>
        <source>applied for, awaiting decision</source>
        <translation>applied for, awaiting decision</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>granted</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>revoked (listing restored)</source>
        <translation>revoked (listing restored)</translation>
    </message>
</context>
<context>
    <name>RestorationStore</name>
    <message>
        <source>The restoration applications could not be read or written</source>
        <translation>The restoration applications could not be read or written</translation>
    </message>
    <message>
        <source>There is no restoration application %1.</source>
        <translation>There is no restoration application %1.</translation>
    </message>
</context>
<context>
    <name>RestorationWorkflow</name>
    <message>
        <source>Restoration is applied for while the subject is on the list; case %1 is %2.</source>
        <translation>Restoration is applied for while the subject is on the list; case %1 is %2.</translation>
    </message>
    <message>
        <source>the application</source>
        <translation>the application</translation>
    </message>
    <message>
        <source>the designation decision of %1</source>
        <translation>the designation decision of %1</translation>
    </message>
    <message>
        <source>The correction (%1) cannot be dated after the application (%2).</source>
        <translation>The correction (%1) cannot be dated after the application (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; provides no early removal; the listing ends when its term expires.</source>
        <translation>&quot;%1&quot; provides no early removal; the listing ends when its term expires.</translation>
    </message>
    <message>
        <source>A refusal must give its reasons (--text).</source>
        <translation>A refusal must give its reasons (--text).</translation>
    </message>
    <message>
        <source>the decision on the application</source>
        <translation>the decision on the application</translation>
    </message>
    <message>
        <source>the application of %1</source>
        <translation>the application of %1</translation>
    </message>
    <message>
        <source>Give the reasons for revoking the restoration (--text), e.g. which materials were false.</source>
        <translation>Give the reasons for revoking the restoration (--text), e.g. which materials were false.</translation>
    </message>
    <message>
        <source>the revocation</source>
        <translation>the revocation</translation>
    </message>
    <message>
        <source>the grant of %1</source>
        <translation>the grant of %1</translation>
    </message>
    <message>
        <source>Application %1 for record %2, received on %3, awaits its decision (due %4); decide it before a new application is made.</source>
        <translation>Application %1 for record %2, received on %3, awaits its decision (due %4); decide it before a new application is made.</translation>
    </message>
    <message>
        <source>the penalty decision of %1</source>
        <translation>the penalty decision of %1</translation>
    </message>
    <message>
        <source>Record %1 is not disclosed (minor conduct under the regime of its decision date); there is no disclosure to end.</source>
        <translation>Record %1 is not disclosed (minor conduct under the regime of its decision date); there is no disclosure to end.</translation>
    </message>
    <message>
        <source>Disclosure of record %1 already ended on %2.</source>
        <translation>Disclosure of record %1 already ended on %2.</translation>
    </message>
</context>
<context>
    <name>RoleNames</name>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>case officer</source>
        <translation>case officer</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>auditor</translation>
    </message>
    <message>
        <source>county level</source>
        <translation>county level</translation>
    </message>
    <message>
        <source>municipal level</source>
        <translation>municipal level</translation>
    </message>
    <message>
        <source>provincial level</source>
        <translation>provincial level</translation>
    </message>
    <message>
        <source>national level</source>
        <translation>national level</translation>
    </message>
</context>
<context>
    <name>RuleAdministration</name>
    <message>
        <source>The rule data in the vault cannot be read: %1</source>
        <translation>The rule data in the vault cannot be read: %1</translation>
    </message>
    <message>
        <source>The rule document %1 could not be stored: %2</source>
        <translation>The rule document %1 could not be stored: %2</translation>
    </message>
    <message>
        <source>The built-in rule file %1 cannot be read.</source>
        <translation>The built-in rule file %1 cannot be read.</translation>
    </message>
    <message>
        <source>A rule document stored in the vault no longer reads: %1</source>
        <translation>A rule document stored in the vault no longer reads: %1</translation>
    </message>
    <message>
        <source>A holiday schedule stored in the vault no longer reads: %1</source>
        <translation>A holiday schedule stored in the vault no longer reads: %1</translation>
    </message>
    <message>
        <source>Only an administrator may import rule data; %1 is a %2.</source>
        <translation>Only an administrator may import rule data; %1 is a %2.</translation>
    </message>
    <message>
        <source>%1: version %2 of %3 %4 is already stored with different content. A corrected file must carry a new version number.</source>
        <translation>%1: version %2 of %3 %4 is already stored with different content. A corrected file must carry a new version number.</translation>
    </message>
    <message>
        <source>The stored rule data could not be read</source>
        <translation>The stored rule data could not be read</translation>
    </message>
</context>
<context>
    <name>RuleBook</name>
    <message>
        <source>No catalogue of public credit information is in force on %1, so nothing may be recorded as public credit information. Import the catalogue edition that covers this date.</source>
        <translation>No catalogue of public credit information is in force on %1, so nothing may be recorded as public credit information. Import the catalogue edition that covers this date.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an item of the catalogue in force on %2 (%3, edition %4). Information outside the catalogue may not be recorded as public credit information.</source>
        <translation>&quot;%1&quot; is not an item of the catalogue in force on %2 (%3, edition %4). Information outside the catalogue may not be recorded as public credit information.</translation>
    </message>
    <message>
        <source>Catalogue item &quot;%1&quot; covers only: %2. It may not be recorded for a %3.</source>
        <translation>Catalogue item &quot;%1&quot; covers only: %2. It may not be recorded for a %3.</translation>
    </message>
    <message>
        <source>Catalogue item &quot;%1&quot; (%2) may be recorded for a %3 on %4 (catalogue edition %5).</source>
        <translation>Catalogue item &quot;%1&quot; (%2) may be recorded for a %3 on %4 (catalogue edition %5).</translation>
    </message>
    <message>
        <source>No legally effective basis document: a %1 cannot ground a finding of untrustworthy conduct. The basis must be an effective judicial ruling or arbitral award, an administrative penalty or ruling decision, or a document that a law, regulation or State Council decision makes a basis.</source>
        <translation>No legally effective basis document: a %1 cannot ground a finding of untrustworthy conduct. The basis must be an effective judicial ruling or arbitral award, an administrative penalty or ruling decision, or a document that a law, regulation or State Council decision makes a basis.</translation>
    </message>
    <message>
        <source>Name the provision of the law, regulation or State Council decision that makes this %1 a basis for a finding of untrustworthy conduct.</source>
        <translation>Name the provision of the law, regulation or State Council decision that makes this %1 a basis for a finding of untrustworthy conduct.</translation>
    </message>
    <message>
        <source>The %1 has not taken legal effect (it may still be open to appeal or reconsideration); a finding may rest only on a legally effective document.</source>
        <translation>The %1 has not taken legal effect (it may still be open to appeal or reconsideration); a finding may rest only on a legally effective document.</translation>
    </message>
    <message>
        <source>The %1 takes legal effect only on %2; on %3 it cannot yet be a basis.</source>
        <translation>The %1 takes legal effect only on %2; on %3 it cannot yet be a basis.</translation>
    </message>
    <message>
        <source>The %1 is a legally effective basis document (effective since %2).</source>
        <translation>The %1 is a legally effective basis document (effective since %2).</translation>
    </message>
    <message>
        <source>There is no list type &quot;%1&quot; in the rules in force on %2. A list of the seriously untrustworthy may not be created or widened without a basis in law, regulation or a State Council decision.</source>
        <translation>There is no list type &quot;%1&quot; in the rules in force on %2. A list of the seriously untrustworthy may not be created or widened without a basis in law, regulation or a State Council decision.</translation>
    </message>
    <message>
        <source>The standard for &quot;%1&quot; (%2) ceased to be in force after %3; it cannot support a designation on %4.</source>
        <translation>The standard for &quot;%1&quot; (%2) ceased to be in force after %3; it cannot support a designation on %4.</translation>
    </message>
    <message>
        <source>The standard for &quot;%1&quot; (%2) takes effect only on %3; it cannot support a designation on %4.</source>
        <translation>The standard for &quot;%1&quot; (%2) takes effect only on %3; it cannot support a designation on %4.</translation>
    </message>
    <message>
        <source>The designation standard is %1; only a standard in force supports a designation.</source>
        <translation>The designation standard is %1; only a standard in force supports a designation.</translation>
    </message>
    <message>
        <source>The designation standard is in force only from %1; it cannot support a designation on %2.</source>
        <translation>The designation standard is in force only from %1; it cannot support a designation on %2.</translation>
    </message>
    <message>
        <source>The designation standard ceased to be in force on %1; it cannot support a designation on %2.</source>
        <translation>The designation standard ceased to be in force on %1; it cannot support a designation on %2.</translation>
    </message>
    <message>
        <source>No legal bases (the Guiding Opinions&apos; rules on list scope and standards) are in force on %1 in the loaded rules, so a designation on that date cannot be judged. Import the legal-bases edition that covers this date.</source>
        <translation>No legal bases (the Guiding Opinions&apos; rules on list scope and standards) are in force on %1 in the loaded rules, so a designation on that date cannot be judged. Import the legal-bases edition that covers this date.</translation>
    </message>
    <message>
        <source>A designation standard in the form &quot;%1&quot; is not allowed: standards are set by law or regulation, or where that is not yet possible by a departmental rule of the competent department.</source>
        <translation>A designation standard in the form &quot;%1&quot; is not allowed: standards are set by law or regulation, or where that is not yet possible by a departmental rule of the competent department.</translation>
    </message>
    <message>
        <source>The rules in force on %1 do not state the minimum public comment period for designation standards (&quot;standard-comment-minimum&quot; in procedure-limits); import the procedure limits.</source>
        <translation>The rules in force on %1 do not state the minimum public comment period for designation standards (&quot;standard-comment-minimum&quot; in procedure-limits); import the procedure limits.</translation>
    </message>
    <message>
        <source>The standard&apos;s public comment period is not recorded. A designation standard must be open for public comment for at least %1 before adoption.</source>
        <translation>The standard&apos;s public comment period is not recorded. A designation standard must be open for public comment for at least %1 before adoption.</translation>
    </message>
    <message>
        <source>The minimum comment period (%1) cannot be counted without the work calendar.</source>
        <translation>The minimum comment period (%1) cannot be counted without the work calendar.</translation>
    </message>
    <message>
        <source>The standard was open for public comment from %1 to %2, shorter than the required %3: it would have had to stay open until at least %4.</source>
        <translation>The standard was open for public comment from %1 to %2, shorter than the required %3: it would have had to stay open until at least %4.</translation>
    </message>
    <message>
        <source>The standard was adopted on %1, before its public comment period closed on %2.</source>
        <translation>The standard was adopted on %1, before its public comment period closed on %2.</translation>
    </message>
    <message>
        <source>the conditions for removal</source>
        <translation>the conditions for removal</translation>
    </message>
    <message>
        <source>the removal procedure</source>
        <translation>the removal procedure</translation>
    </message>
    <message>
        <source>the relief available</source>
        <translation>the relief available</translation>
    </message>
    <message>
        <source>The designation standard does not state %1. A standard must state the conditions and procedure for removal and the relief measures.</source>
        <translation>The designation standard does not state %1. A standard must state the conditions and procedure for removal and the relief measures.</translation>
    </message>
    <message>
        <source>The conduct (%1) is outside the scope of &quot;%2&quot;, which covers only conduct that %3. No list may be widened without a legal basis.</source>
        <translation>The conduct (%1) is outside the scope of &quot;%2&quot;, which covers only conduct that %3. No list may be widened without a legal basis.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>A department at %1 may not designate for &quot;%2&quot;: designation is made at %3 or above.</source>
        <translation>A department at %1 may not designate for &quot;%2&quot;: designation is made at %3 or above.</translation>
    </message>
    <message>
        <source>State the ground of &quot;%1&quot; the conduct falls under (one of: %2); &quot;%3&quot; is not one of them.</source>
        <translation>State the ground of &quot;%1&quot; the conduct falls under (one of: %2); &quot;%3&quot; is not one of them.</translation>
    </message>
    <message>
        <source>The subject may not be placed on &quot;%1&quot;: %2</source>
        <translation>The subject may not be placed on &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The conduct may be designated for &quot;%1&quot; on %2 under %3.</source>
        <translation>The conduct may be designated for &quot;%1&quot; on %2 under %3.</translation>
    </message>
    <message>
        <source>There is no list type &quot;%1&quot; in the rules in force on %2.</source>
        <translation>There is no list type &quot;%1&quot; in the rules in force on %2.</translation>
    </message>
    <message>
        <source>No national list of punishment measures is in force on %1; no measure may be applied. Import the measures list that covers this date.</source>
        <translation>No national list of punishment measures is in force on %1; no measure may be applied. Import the measures list that covers this date.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not on the national basic list of punishment measures in force on %2 (edition %3). Measures outside the list may not be applied.</source>
        <translation>&quot;%1&quot; is not on the national basic list of punishment measures in force on %2 (edition %3). Measures outside the list may not be applied.</translation>
    </message>
    <message>
        <source>The standard for &quot;%1&quot; does not provide the measure &quot;%2&quot;; only the measures it lists may follow a designation.</source>
        <translation>The standard for &quot;%1&quot; does not provide the measure &quot;%2&quot;; only the measures it lists may follow a designation.</translation>
    </message>
    <message>
        <source>The measure &quot;%1&quot; may follow only %2 conduct, not %3 conduct: measures must be proportionate to the nature and seriousness of the conduct.</source>
        <translation>The measure &quot;%1&quot; may follow only %2 conduct, not %3 conduct: measures must be proportionate to the nature and seriousness of the conduct.</translation>
    </message>
    <message>
        <source>The measure &quot;%1&quot; is taken by %2 on their own (category %3): it may only be communicated to them, never ordered.</source>
        <translation>The measure &quot;%1&quot; is taken by %2 on their own (category %3): it may only be communicated to them, never ordered.</translation>
    </message>
    <message>
        <source>The measure &quot;%1&quot; may be applied to %2 conduct on &quot;%3&quot;.</source>
        <translation>The measure &quot;%1&quot; may be applied to %2 conduct on &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>The measure &quot;%1&quot; may be communicated to %2 for %3 conduct on &quot;%4&quot;; they decide on their own.</source>
        <translation>The measure &quot;%1&quot; may be communicated to %2 for %3 conduct on &quot;%4&quot;; they decide on their own.</translation>
    </message>
    <message>
        <source>No disclosure regime covers a decision dated %1; its disclosure period cannot be determined. Import the disclosure regimes that cover this date.</source>
        <translation>No disclosure regime covers a decision dated %1; its disclosure period cannot be determined. Import the disclosure regimes that cover this date.</translation>
    </message>
    <message>
        <source>The regime &quot;%1&quot; states no disclosure period for %2 conduct.</source>
        <translation>The regime &quot;%1&quot; states no disclosure period for %2 conduct.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; provides no early removal; the listing ends when its term expires.</source>
        <translation>&quot;%1&quot; provides no early removal; the listing ends when its term expires.</translation>
    </message>
    <message>
        <source>The waiting period for early removal runs from the correction of the conduct, which has not been recorded.</source>
        <translation>The waiting period for early removal runs from the correction of the conduct, which has not been recorded.</translation>
    </message>
    <message>
        <source>The waiting period (%1) cannot be counted without the work calendar.</source>
        <translation>The waiting period (%1) cannot be counted without the work calendar.</translation>
    </message>
    <message>
        <source>The minimum disclosure period (%1) cannot be counted without the work calendar.</source>
        <translation>The minimum disclosure period (%1) cannot be counted without the work calendar.</translation>
    </message>
    <message>
        <source>The date of the decision that made the finding and the date of the application are both needed to judge a restoration application.</source>
        <translation>The date of the decision that made the finding and the date of the application are both needed to judge a restoration application.</translation>
    </message>
    <message>
        <source>The correction is recorded for %1, after the application date %2.</source>
        <translation>The correction is recorded for %1, after the application date %2.</translation>
    </message>
    <message>
        <source>Early removal from &quot;%1&quot; is excluded: %2</source>
        <translation>Early removal from &quot;%1&quot; is excluded: %2</translation>
    </message>
    <message>
        <source>Early removal from &quot;%1&quot; requires that the conduct be corrected and the obligations performed first; no correction is recorded.</source>
        <translation>Early removal from &quot;%1&quot; requires that the conduct be corrected and the obligations performed first; no correction is recorded.</translation>
    </message>
    <message>
        <source>Early removal from &quot;%1&quot; requires a written credit commitment from the subject; none has been submitted.</source>
        <translation>Early removal from &quot;%1&quot; requires a written credit commitment from the subject; none has been submitted.</translation>
    </message>
    <message>
        <source>Too early: early removal from &quot;%1&quot; may be applied for from %2 (%3 after %4).</source>
        <translation>Too early: early removal from &quot;%1&quot; may be applied for from %2 (%3 after %4).</translation>
    </message>
    <message>
        <source>the correction, while listed</source>
        <translation>the correction, while listed</translation>
    </message>
    <message>
        <source>the listing decision</source>
        <translation>the listing decision</translation>
    </message>
    <message>
        <source>Early removal from &quot;%1&quot; may be applied for on %2.</source>
        <translation>Early removal from &quot;%1&quot; may be applied for on %2.</translation>
    </message>
    <message>
        <source>Restoration under %1 requires that the conduct be corrected and the obligations (e.g. the fine) performed first; no correction is recorded.</source>
        <translation>Restoration under %1 requires that the conduct be corrected and the obligations (e.g. the fine) performed first; no correction is recorded.</translation>
    </message>
    <message>
        <source>Restoration under %1 requires a credit commitment letter (信用承诺书); none has been submitted.</source>
        <translation>Restoration under %1 requires a credit commitment letter (信用承诺书); none has been submitted.</translation>
    </message>
    <message>
        <source>Disclosure of this information ended by itself on %1 (maximum period %2 under %3); there is nothing left to restore.</source>
        <translation>Disclosure of this information ended by itself on %1 (maximum period %2 under %3); there is nothing left to restore.</translation>
    </message>
    <message>
        <source>Too early: the minimum disclosure period of %1 under %2 runs until %3; restoration may be applied for from that day.</source>
        <translation>Too early: the minimum disclosure period of %1 under %2 runs until %3; restoration may be applied for from that day.</translation>
    </message>
    <message>
        <source>Restoration may be applied for on %1 under %2.</source>
        <translation>Restoration may be applied for on %1 under %2.</translation>
    </message>
    <message>
        <source>The rules in force on %1 state no procedure limit &quot;%2&quot;.</source>
        <translation>The rules in force on %1 state no procedure limit &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The record is catalogue item &quot;%1&quot;, which is not adverse information: honours, credit commitments and voluntarily supplied information can never lead to a designation for &quot;%2&quot;.</source>
        <translation>The record is catalogue item &quot;%1&quot;, which is not adverse information: honours, credit commitments and voluntarily supplied information can never lead to a designation for &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; lists only: %2. A %3 cannot be placed on it.</source>
        <translation>&quot;%1&quot; lists only: %2. A %3 cannot be placed on it.</translation>
    </message>
    <message>
        <source>The record is of %1 conduct; &quot;%2&quot; may follow only %3 conduct.</source>
        <translation>The record is of %1 conduct; &quot;%2&quot; may follow only %3 conduct.</translation>
    </message>
    <message>
        <source>By the birth date in the resident ID, the subject is %1 years old on %2, under %3: %4</source>
        <translation>By the birth date in the resident ID, the subject is %1 years old on %2, under %3: %4</translation>
    </message>
    <message>
        <source>The rule data does not know the public comment period of %1 (%2); it is applied as the national standard in force, but that it was open for comment for at least %3 is not verified [U].</source>
        <translation>The rule data does not know the public comment period of %1 (%2); it is applied as the national standard in force, but that it was open for comment for at least %3 is not verified [U].</translation>
    </message>
    <message>
        <source>%1: public comment period not known to the rule data</source>
        <translation>%1: public comment period not known to the rule data</translation>
    </message>
    <message>
        <source>This information is non-restorable under %1: %2. Restoration cannot be applied for.</source>
        <translation>This information is non-restorable under %1: %2. Restoration cannot be applied for.</translation>
    </message>
    <message>
        <source>By the birth date in the resident ID, the subject was %1 years old on the day of the conduct (%2), under %3: %4</source>
        <translation>By the birth date in the resident ID, the subject was %1 years old on the day of the conduct (%2), under %3: %4</translation>
    </message>
    <message>
        <source>By the birth date in the resident ID, the subject was %1 years old on the date of the basis document (%2), under %3, and so at the conduct too: %4</source>
        <translation>By the birth date in the resident ID, the subject was %1 years old on the date of the basis document (%2), under %3, and so at the conduct too: %4</translation>
    </message>
    <message>
        <source>The record does not state the day of the conduct; the age bar (%1) was checked on the basis document&apos;s date (%2) only. Record the conduct date if the subject may have been younger then. [U]</source>
        <translation>The record does not state the day of the conduct; the age bar (%1) was checked on the basis document&apos;s date (%2) only. Record the conduct date if the subject may have been younger then. [U]</translation>
    </message>
</context>
<context>
    <name>RuleDuration</name>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>the day the time limit of the order to pay wages expired</source>
        <translation>the day the time limit of the order to pay wages expired</translation>
    </message>
    <message>
        <source>the day the creditor&apos;s application was received</source>
        <translation>the day the creditor&apos;s application was received</translation>
    </message>
    <message>
        <source>the day the application was received</source>
        <translation>the day the application was received</translation>
    </message>
    <message>
        <source>the day the notice was received</source>
        <translation>the day the notice was received</translation>
    </message>
    <message>
        <source>the day the objection was received</source>
        <translation>the day the objection was received</translation>
    </message>
    <message>
        <source>the day of the decision</source>
        <translation>the day of the decision</translation>
    </message>
    <message>
        <source>the day of publication</source>
        <translation>the day of publication</translation>
    </message>
    <message>
        <source>the day of service</source>
        <translation>the day of service</translation>
    </message>
    <message>
        <source>the end of the time to decide</source>
        <translation>the end of the time to decide</translation>
    </message>
</context>
<context>
    <name>RuleImporter</name>
    <message>
        <source>unknown field &quot;%1&quot; (check the spelling)</source>
        <translation>unknown field &quot;%1&quot; (check the spelling)</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>required field is missing</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>must be an object</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>must be a list</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>must be a text string</source>
        <translation>must be a text string</translation>
    </message>
    <message>
        <source>must be a non-empty text string</source>
        <translation>must be a non-empty text string</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>&quot;%1&quot; is listed twice</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>must be a whole number</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>must be at least %1</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>must be true or false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD, e.g. 2026-04-01</source>
        <translation>&quot;%1&quot; is not a date; write it as YYYY-MM-DD, e.g. 2026-04-01</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a verification mark; use V (read in the official text), V2 (secondary source) or U (unverified)</source>
        <translation>&quot;%1&quot; is not a verification mark; use V (read in the official text), V2 (secondary source) or U (unverified)</translation>
    </message>
    <message>
        <source>(not a text)</source>
        <translation>(not a text)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed here; use one of: %2</source>
        <translation>&quot;%1&quot; is not allowed here; use one of: %2</translation>
    </message>
    <message>
        <source>duplicate %1 &quot;%2&quot;: every id must be unique in the file</source>
        <translation>duplicate %1 &quot;%2&quot;: every id must be unique in the file</translation>
    </message>
    <message>
        <source>category</source>
        <translation>category</translation>
    </message>
    <message>
        <source>category number %1 is used twice</source>
        <translation>category number %1 is used twice</translation>
    </message>
    <message>
        <source>item</source>
        <translation>item</translation>
    </message>
    <message>
        <source>names category &quot;%1&quot;, which this file does not define</source>
        <translation>names category &quot;%1&quot;, which this file does not define</translation>
    </message>
    <message>
        <source>&quot;count&quot; and &quot;mode&quot; belong only to a &quot;fixed&quot; period</source>
        <translation>&quot;count&quot; and &quot;mode&quot; belong only to a &quot;fixed&quot; period</translation>
    </message>
    <message>
        <source>the item is &quot;not-disclosed&quot; but has a disclosure period; use &quot;not-disclosed&quot; here or change &quot;disclosure&quot;</source>
        <translation>the item is &quot;not-disclosed&quot; but has a disclosure period; use &quot;not-disclosed&quot; here or change &quot;disclosure&quot;</translation>
    </message>
    <message>
        <source>the item is disclosed but its period rule is &quot;not-disclosed&quot;</source>
        <translation>the item is disclosed but its period rule is &quot;not-disclosed&quot;</translation>
    </message>
    <message>
        <source>category C measures are taken by bodies outside public management on their own and may never be ordered (Guiding Opinions V(9)); use &quot;inform-only&quot;</source>
        <translation>category C measures are taken by bodies outside public management on their own and may never be ordered (Guiding Opinions V(9)); use &quot;inform-only&quot;</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>measure</translation>
    </message>
    <message>
        <source>measure number %1 is used twice</source>
        <translation>measure number %1 is used twice</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>condition</translation>
    </message>
    <message>
        <source>ends before it takes effect</source>
        <translation>ends before it takes effect</translation>
    </message>
    <message>
        <source>is later than the date it takes effect</source>
        <translation>is later than the date it takes effect</translation>
    </message>
    <message>
        <source>must be a non-empty list of Guiding Opinions IV(6) categories</source>
        <translation>must be a non-empty list of Guiding Opinions IV(6) categories</translation>
    </message>
    <message>
        <source>closes before it opens</source>
        <translation>closes before it opens</translation>
    </message>
    <message>
        <source>a level is given but re-examination is not required</source>
        <translation>a level is given but re-examination is not required</translation>
    </message>
    <message>
        <source>term</source>
        <translation>term</translation>
    </message>
    <message>
        <source>a term that lasts until performance has no &quot;count&quot; or &quot;mode&quot;</source>
        <translation>a term that lasts until performance has no &quot;count&quot; or &quot;mode&quot;</translation>
    </message>
    <message>
        <source>give both &quot;extensionMin&quot; and &quot;extensionMax&quot;, or neither</source>
        <translation>give both &quot;extensionMin&quot; and &quot;extensionMax&quot;, or neither</translation>
    </message>
    <message>
        <source>is longer than &quot;extensionMax&quot;</source>
        <translation>is longer than &quot;extensionMax&quot;</translation>
    </message>
    <message>
        <source>early removal is not allowed, yet a waiting period or conditions are given</source>
        <translation>early removal is not allowed, yet a waiting period or conditions are given</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>limit</translation>
    </message>
    <message>
        <source>must be a non-empty list of measure ids</source>
        <translation>must be a non-empty list of measure ids</translation>
    </message>
    <message>
        <source>list type</source>
        <translation>list type</translation>
    </message>
    <message>
        <source>regime</source>
        <translation>regime</translation>
    </message>
    <message>
        <source>ends before the regime takes effect</source>
        <translation>ends before the regime takes effect</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>severity</translation>
    </message>
    <message>
        <source>the minimum period is longer than the maximum</source>
        <translation>the minimum period is longer than the maximum</translation>
    </message>
    <message>
        <source>no period for &quot;%1&quot; conduct; every regime must say how it treats minor, general and serious conduct</source>
        <translation>no period for &quot;%1&quot; conduct; every regime must say how it treats minor, general and serious conduct</translation>
    </message>
    <message>
        <source>an override must change the minimum, the maximum or both</source>
        <translation>an override must change the minimum, the maximum or both</translation>
    </message>
    <message>
        <source>overlaps regime &quot;%1&quot; for the same sectors; regimes must follow one another</source>
        <translation>overlaps regime &quot;%1&quot; for the same sectors; regimes must follow one another</translation>
    </message>
    <message>
        <source>provision</source>
        <translation>provision</translation>
    </message>
    <message>
        <source>names provision &quot;%1&quot;, which this file does not define</source>
        <translation>names provision &quot;%1&quot;, which this file does not define</translation>
    </message>
    <message>
        <source>basis kind</source>
        <translation>basis kind</translation>
    </message>
    <message>
        <source>no kind of document is marked as a basis</source>
        <translation>no kind of document is marked as a basis</translation>
    </message>
    <message>
        <source>standard form</source>
        <translation>standard form</translation>
    </message>
    <message>
        <source>The rule file was refused; nothing was imported. Correct these problems:
%1</source>
        <translation>The rule file was refused; nothing was imported. Correct these problems:
%1</translation>
    </message>
    <message>
        <source>not valid JSON (%1) at line %2, column %3</source>
        <translation>not valid JSON (%1) at line %2, column %3</translation>
    </message>
    <message>
        <source>a rule file must hold one JSON object</source>
        <translation>a rule file must hold one JSON object</translation>
    </message>
    <message>
        <source>ends before the document takes effect</source>
        <translation>ends before the document takes effect</translation>
    </message>
    <message>
        <source>inquiry purpose</source>
        <translation>inquiry purpose</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sharing scope (unconditional, conditional, not-shared)</source>
        <translation>&quot;%1&quot; is not a sharing scope (unconditional, conditional, not-shared)</translation>
    </message>
    <message>
        <source>must be a non-empty list of subject types</source>
        <translation>must be a non-empty list of subject types</translation>
    </message>
    <message>
        <source>must be a non-empty list of severities</source>
        <translation>must be a non-empty list of severities</translation>
    </message>
</context>
<context>
    <name>RuleService</name>
    <message>
        <source>Only an administrator may import rule data; %1 is a %2.</source>
        <translation>Only an administrator may import rule data; %1 is a %2.</translation>
    </message>
</context>
<context>
    <name>RuleSet</name>
    <message>
        <source>measure</source>
        <translation>measure</translation>
    </message>
    <message>
        <source>procedure limit</source>
        <translation>procedure limit</translation>
    </message>
    <message>
        <source>standard form</source>
        <translation>standard form</translation>
    </message>
    <message>
        <source>catalogue item</source>
        <translation>catalogue item</translation>
    </message>
    <message>
        <source>list type</source>
        <translation>list type</translation>
    </message>
    <message>
        <source>disclosure regime</source>
        <translation>disclosure regime</translation>
    </message>
    <message>
        <source>No rule files are built into this program (&quot;:/rules&quot; is empty).</source>
        <translation>No rule files are built into this program (&quot;:/rules&quot; is empty).</translation>
    </message>
    <message>
        <source>Cannot read the built-in rule file %1.</source>
        <translation>Cannot read the built-in rule file %1.</translation>
    </message>
    <message>
        <source>names %1 &quot;%2&quot;, which no loaded %3 file defines</source>
        <translation>names %1 &quot;%2&quot;, which no loaded %3 file defines</translation>
    </message>
    <message>
        <source>%1 is already loaded (from %2) with different content; give the corrected file a higher version</source>
        <translation>%1 is already loaded (from %2) with different content; give the corrected file a higher version</translation>
    </message>
    <message>
        <source>edition %1 takes effect on the same day as edition %2 (%3); which one is in force would be ambiguous</source>
        <translation>edition %1 takes effect on the same day as edition %2 (%3); which one is in force would be ambiguous</translation>
    </message>
    <message>
        <source>The rules %1 that this case was decided under are not loaded; import that edition again.</source>
        <translation>The rules %1 that this case was decided under are not loaded; import that edition again.</translation>
    </message>
</context>
<context>
    <name>ScopeCategory</name>
    <message>
        <source>seriously endangers public health and safety of life</source>
        <translation>seriously endangers public health and safety of life</translation>
    </message>
    <message>
        <source>seriously undermines fair market competition</source>
        <translation>seriously undermines fair market competition</translation>
    </message>
    <message>
        <source>refuses legal obligations, seriously harming the credibility of judicial or administrative organs</source>
        <translation>refuses legal obligations, seriously harming the credibility of judicial or administrative organs</translation>
    </message>
    <message>
        <source>refuses national-defence obligations</source>
        <translation>refuses national-defence obligations</translation>
    </message>
</context>
<context>
    <name>SessionGateway</name>
    <message>
        <source>Choose the organ&apos;s level.</source>
        <translation>Choose the organ&apos;s level.</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>minor</source>
        <translation>minor</translation>
    </message>
    <message>
        <source>general</source>
        <translation>general</translation>
    </message>
    <message>
        <source>serious</source>
        <translation>serious</translation>
    </message>
</context>
<context>
    <name>SqlCipherResult</name>
    <message>
        <source>This statement is not allowed: the vault&apos;s key, its encryption settings and attached database files are managed by CreditCase only.</source>
        <translation>This statement is not allowed: the vault&apos;s key, its encryption settings and attached database files are managed by CreditCase only.</translation>
    </message>
    <message>
        <source>The vault is busy: another program or CreditCase window is writing to it. Try again in a moment.</source>
        <translation>The vault is busy: another program or CreditCase window is writing to it. Try again in a moment.</translation>
    </message>
    <message>
        <source>The vault file is damaged: a part of it could not be read. Restore it from a backup.</source>
        <translation>The vault file is damaged: a part of it could not be read. Restore it from a backup.</translation>
    </message>
    <message>
        <source>The disk holding the vault is full. Nothing of this change was saved; free some space and try again.</source>
        <translation>The disk holding the vault is full. Nothing of this change was saved; free some space and try again.</translation>
    </message>
    <message>
        <source>The vault is not open.</source>
        <translation>The vault is not open.</translation>
    </message>
    <message>
        <source>The database statement could not be prepared.</source>
        <translation>The database statement could not be prepared.</translation>
    </message>
    <message>
        <source>The database statement is empty.</source>
        <translation>The database statement is empty.</translation>
    </message>
    <message>
        <source>Only one database statement can be run at a time.</source>
        <translation>Only one database statement can be run at a time.</translation>
    </message>
    <message>
        <source>Value number %1 (of type %2) could not be passed to the database.</source>
        <translation>Value number %1 (of type %2) could not be passed to the database.</translation>
    </message>
    <message>
        <source>The database statement expects a value for %1, but none was bound.</source>
        <translation>The database statement expects a value for %1, but none was bound.</translation>
    </message>
    <message>
        <source>The database statement expects %1 values, but %2 were bound.</source>
        <translation>The database statement expects %1 values, but %2 were bound.</translation>
    </message>
    <message>
        <source>No database statement was prepared.</source>
        <translation>No database statement was prepared.</translation>
    </message>
    <message>
        <source>The database statement failed.</source>
        <translation>The database statement failed.</translation>
    </message>
</context>
<context>
    <name>SqlError</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>StandardStatus</name>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>open for public comment</source>
        <translation>open for public comment</translation>
    </message>
    <message>
        <source>adopted, not yet in force</source>
        <translation>adopted, not yet in force</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>in force</translation>
    </message>
    <message>
        <source>revised (superseded)</source>
        <translation>revised (superseded)</translation>
    </message>
    <message>
        <source>abolished</source>
        <translation>abolished</translation>
    </message>
</context>
<context>
    <name>StandardStore</name>
    <message>
        <source>The standards could not be read or written</source>
        <translation>The standards could not be read or written</translation>
    </message>
    <message>
        <source>There is no standard %1 in this vault.</source>
        <translation>There is no standard %1 in this vault.</translation>
    </message>
</context>
<context>
    <name>StandardWorkflow</name>
    <message>
        <source>Give the first and the last day of the public comment period (YYYY-MM-DD).</source>
        <translation>Give the first and the last day of the public comment period (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The comment period cannot end (%1) before it begins (%2).</source>
        <translation>The comment period cannot end (%1) before it begins (%2).</translation>
    </message>
    <message>
        <source>The public comment period from %1 to %2 is too short: a designation standard must be open for comment for at least %3, so this one must stay open until at least %4.</source>
        <translation>The public comment period from %1 to %2 is too short: a designation standard must be open for comment for at least %3, so this one must stay open until at least %4.</translation>
    </message>
    <message>
        <source>Give the standard a title.</source>
        <translation>Give the standard a title.</translation>
    </message>
    <message>
        <source>the opening of the comment period</source>
        <translation>the opening of the comment period</translation>
    </message>
    <message>
        <source>Give the adoption date (YYYY-MM-DD).</source>
        <translation>Give the adoption date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The standard cannot be adopted on %1: its public comment period runs until %2, and a standard may be adopted only after the period has closed (from %3).</source>
        <translation>The standard cannot be adopted on %1: its public comment period runs until %2, and a standard may be adopted only after the period has closed (from %3).</translation>
    </message>
    <message>
        <source>the adoption</source>
        <translation>the adoption</translation>
    </message>
    <message>
        <source>A standard cannot be in force (%1) before it is adopted (%2).</source>
        <translation>A standard cannot be in force (%1) before it is adopted (%2).</translation>
    </message>
    <message>
        <source>The first assessment (%1) must fall after the standard comes into force (%2).</source>
        <translation>The first assessment (%1) must fall after the standard comes into force (%2).</translation>
    </message>
    <message>
        <source>the assessment</source>
        <translation>the assessment</translation>
    </message>
    <message>
        <source>the standard came into force on %1</source>
        <translation>the standard came into force on %1</translation>
    </message>
    <message>
        <source>The next assessment (%1) must fall after this one (%2).</source>
        <translation>The next assessment (%1) must fall after this one (%2).</translation>
    </message>
    <message>
        <source>the abolition</source>
        <translation>the abolition</translation>
    </message>
    <message>
        <source>the standard&apos;s earlier step on %1</source>
        <translation>the standard&apos;s earlier step on %1</translation>
    </message>
</context>
<context>
    <name>SubjectKind</name>
    <message>
        <source>enterprise or other legal person</source>
        <translation>enterprise or other legal person</translation>
    </message>
    <message>
        <source>other organisation</source>
        <translation>other organisation</translation>
    </message>
    <message>
        <source>individual</source>
        <translation>individual</translation>
    </message>
</context>
<context>
    <name>SubjectRegister</name>
    <message>
        <source>There is no subject %1 in this vault.</source>
        <translation>There is no subject %1 in this vault.</translation>
    </message>
    <message>
        <source>Give the subject&apos;s name as registered (enterprise) or as on the ID card (individual).</source>
        <translation>Give the subject&apos;s name as registered (enterprise) or as on the ID card (individual).</translation>
    </message>
    <message>
        <source>The identifier &quot;%1&quot; is not valid: %2</source>
        <translation>The identifier &quot;%1&quot; is not valid: %2</translation>
    </message>
    <message>
        <source>An individual is identified by the resident ID number; &quot;%1&quot; is a Unified Social Credit Code.</source>
        <translation>An individual is identified by the resident ID number; &quot;%1&quot; is a Unified Social Credit Code.</translation>
    </message>
    <message>
        <source>An enterprise or organisation is identified by its Unified Social Credit Code; &quot;%1&quot; is a resident ID number.</source>
        <translation>An enterprise or organisation is identified by its Unified Social Credit Code; &quot;%1&quot; is a resident ID number.</translation>
    </message>
    <message>
        <source>Subjects are recorded by case officers and supervisors, not by a user with the role %1.</source>
        <translation>Subjects are recorded by case officers and supervisors, not by a user with the role %1.</translation>
    </message>
    <message>
        <source>A subject with this identifier is already recorded: subject %1 (%2). Use that subject; one subject per identifier.</source>
        <translation>A subject with this identifier is already recorded: subject %1 (%2). Use that subject; one subject per identifier.</translation>
    </message>
    <message>
        <source>The subjects could not be read or written</source>
        <translation>The subjects could not be read or written</translation>
    </message>
</context>
<context>
    <name>SubjectType</name>
    <message>
        <source>legal person or unincorporated organisation</source>
        <translation>legal person or unincorporated organisation</translation>
    </message>
    <message>
        <source>natural person</source>
        <translation>natural person</translation>
    </message>
</context>
<context>
    <name>UnifiedSocialCreditCode</name>
    <message>
        <source>character %1 &apos;%2&apos; is not allowed: the code never uses the letters I, O, S, V or Z</source>
        <translation>character %1 &apos;%2&apos; is not allowed: the code never uses the letters I, O, S, V or Z</translation>
    </message>
    <message>
        <source>character %1 &apos;%2&apos; is not allowed: the code uses only digits and capital letters</source>
        <translation>character %1 &apos;%2&apos; is not allowed: the code uses only digits and capital letters</translation>
    </message>
    <message>
        <source>the code is empty</source>
        <translation>the code is empty</translation>
    </message>
    <message>
        <source>length is %1, expected %2</source>
        <translation>length is %1, expected %2</translation>
    </message>
    <message>
        <source>%1; the check character should be %2</source>
        <translation>%1; the check character should be %2</translation>
    </message>
    <message>
        <source>the organisation code inside it (characters 9–17) fails its own check: should be %1 at character 17, not %2</source>
        <translation>the organisation code inside it (characters 9–17) fails its own check: should be %1 at character 17, not %2</translation>
    </message>
    <message>
        <source>the check character should be %1, not %2</source>
        <translation>the check character should be %1, not %2</translation>
    </message>
    <message>
        <source>character 1 &apos;%1&apos; is not a registration authority code of GB 32100-2015 (valid: %2)</source>
        <translation>character 1 &apos;%1&apos; is not a registration authority code of GB 32100-2015 (valid: %2)</translation>
    </message>
    <message>
        <source>character 2 &apos;%1&apos; is not an organisation kind that registration authority &apos;%2&apos; assigns (GB 32100-2015; valid: %3)</source>
        <translation>character 2 &apos;%1&apos; is not an organisation kind that registration authority &apos;%2&apos; assigns (GB 32100-2015; valid: %3)</translation>
    </message>
</context>
<context>
    <name>UnlockFeedback</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>The vault file is damaged or is not a CreditCase vault.</source>
        <translation>The vault file is damaged or is not a CreditCase vault.</translation>
    </message>
    <message>
        <source>The vault file was not found.</source>
        <translation>The vault file was not found.</translation>
    </message>
    <message>
        <source>The vault is in use by another program.</source>
        <translation>The vault is in use by another program.</translation>
    </message>
    <message>
        <source>The vault could not be opened.</source>
        <translation>The vault could not be opened.</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Error message</translation>
    </message>
</context>
<context>
    <name>UserAdministration</name>
    <message>
        <source>The vault could not be updated: %1</source>
        <translation>The vault could not be updated: %1</translation>
    </message>
    <message>
        <source>The organ &quot;%1&quot; (%2) is already recorded at %3, not at %4.</source>
        <translation>The organ &quot;%1&quot; (%2) is already recorded at %3, not at %4.</translation>
    </message>
    <message>
        <source>A user named &quot;%1&quot; already exists.</source>
        <translation>A user named &quot;%1&quot; already exists.</translation>
    </message>
    <message>
        <source>A user name must be 1 to 64 characters without leading or trailing spaces.</source>
        <translation>A user name must be 1 to 64 characters without leading or trailing spaces.</translation>
    </message>
    <message>
        <source>A user name cannot contain spaces or control characters.</source>
        <translation>A user name cannot contain spaces or control characters.</translation>
    </message>
    <message>
        <source>Every user belongs to an organ: give the organ&apos;s name.</source>
        <translation>Every user belongs to an organ: give the organ&apos;s name.</translation>
    </message>
    <message>
        <source>The region code &quot;%1&quot; is not a six-digit administrative division code (e.g. 110105).</source>
        <translation>The region code &quot;%1&quot; is not a six-digit administrative division code (e.g. 110105).</translation>
    </message>
    <message>
        <source>The password is too short: use at least %1 characters.</source>
        <translation>The password is too short: use at least %1 characters.</translation>
    </message>
    <message>
        <source>There is no user named &quot;%1&quot;.</source>
        <translation>There is no user named &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Wrong user name or password, or the account has been disabled.</source>
        <translation>Wrong user name or password, or the account has been disabled.</translation>
    </message>
    <message>
        <source>The vault was opened with the recovery code, which acts for no user. Log in as a user for this.</source>
        <translation>The vault was opened with the recovery code, which acts for no user. Log in as a user for this.</translation>
    </message>
    <message>
        <source>Only an administrator may manage users; %1 is a %2.</source>
        <translation>Only an administrator may manage users; %1 is a %2.</translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; is already disabled.</source>
        <translation>The user &quot;%1&quot; is already disabled.</translation>
    </message>
    <message>
        <source>You cannot disable your own account; ask another administrator.</source>
        <translation>You cannot disable your own account; ask another administrator.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the last active administrator and cannot be disabled.</source>
        <translation>&quot;%1&quot; is the last active administrator and cannot be disabled.</translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; is disabled; a disabled account gets no password.</source>
        <translation>The user &quot;%1&quot; is disabled; a disabled account gets no password.</translation>
    </message>
    <message>
        <source>The users could not be read: %1</source>
        <translation>The users could not be read: %1</translation>
    </message>
    <message>
        <source>The vault %1 is damaged: its list of users cannot be read (%2). %3</source>
        <translation>The vault %1 is damaged: its list of users cannot be read (%2). %3</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>The vault could not be switched to write-ahead logging.</source>
        <translation>The vault could not be switched to write-ahead logging.</translation>
    </message>
    <message>
        <source>The vault could not be set to synchronous writes.</source>
        <translation>The vault could not be set to synchronous writes.</translation>
    </message>
    <message>
        <source>Foreign key checks could not be enabled on the vault.</source>
        <translation>Foreign key checks could not be enabled on the vault.</translation>
    </message>
    <message>
        <source>No backup of this vault is recorded on this computer.</source>
        <translation>No backup of this vault is recorded on this computer.</translation>
    </message>
    <message>
        <source>The vault file %1 does not exist.</source>
        <translation>The vault file %1 does not exist.</translation>
    </message>
    <message>
        <source>The vault %1 is busy: another program holds it locked. Try again in a moment.</source>
        <translation>The vault %1 is busy: another program holds it locked. Try again in a moment.</translation>
    </message>
    <message>
        <source>The database library in use does not encrypt; CreditCase refuses to continue.</source>
        <translation>The database library in use does not encrypt; CreditCase refuses to continue.</translation>
    </message>
    <message>
        <source>The vault %1 cannot be read: %2</source>
        <translation>The vault %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The vault %1 is damaged or is not a CreditCase vault: the key from the key file does not open it. %2</source>
        <translation>The vault %1 is damaged or is not a CreditCase vault: the key from the key file does not open it. %2</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another file name: CreditCase never overwrites a vault.</source>
        <translation>%1 already exists. Choose another file name: CreditCase never overwrites a vault.</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist or is not writable.</source>
        <translation>The folder of %1 does not exist or is not writable.</translation>
    </message>
    <message>
        <source>A vault needs a first user name.</source>
        <translation>A vault needs a first user name.</translation>
    </message>
    <message>
        <source>%1 is not a readable file.</source>
        <translation>%1 is not a readable file.</translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite database, not a CreditCase vault. CreditCase never opens unencrypted databases; the file was not changed.</source>
        <translation>%1 is an unencrypted SQLite database, not a CreditCase vault. CreditCase never opens unencrypted databases; the file was not changed.</translation>
    </message>
    <message>
        <source>recovery code</source>
        <translation>recovery code</translation>
    </message>
    <message>
        <source>The key file of this vault (%1) cannot be used: %2 Passwords cannot open the vault without it. Open the vault with its recovery code; an administrator can then reset the passwords, which writes a new key file.</source>
        <translation>The key file of this vault (%1) cannot be used: %2 Passwords cannot open the vault without it. Open the vault with its recovery code; an administrator can then reset the passwords, which writes a new key file.</translation>
    </message>
    <message>
        <source>The key file of this vault was altered (%1). Open the vault with its recovery code; an administrator can then reset the passwords.</source>
        <translation>The key file of this vault was altered (%1). Open the vault with its recovery code; an administrator can then reset the passwords.</translation>
    </message>
    <message>
        <source>The recovery code does not open %1. Check the code, or the file is damaged. %2</source>
        <translation>The recovery code does not open %1. Check the code, or the file is damaged. %2</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>Wrong user name or password, or the account has been disabled.</source>
        <translation>Wrong user name or password, or the account has been disabled.</translation>
    </message>
    <message>
        <source>The key file beside %1 belongs to another vault. Open the vault with its recovery code.</source>
        <translation>The key file beside %1 belongs to another vault. Open the vault with its recovery code.</translation>
    </message>
    <message>
        <source>the key file belongs to another vault</source>
        <translation>the key file belongs to another vault</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>The vault is locked.</translation>
    </message>
    <message>
        <source>The vault stayed busy: another program kept it locked for writing (%1).</source>
        <translation>The vault stayed busy: another program kept it locked for writing (%1).</translation>
    </message>
    <message>
        <source>The change could not be saved and was rolled back: %1</source>
        <translation>The change could not be saved and was rolled back: %1</translation>
    </message>
    <message>
        <source>Another program is changing the key file of this vault. Try again in a moment.</source>
        <translation>Another program is changing the key file of this vault. Try again in a moment.</translation>
    </message>
    <message>
        <source>The vault is damaged: the integrity check could not run (%1). %2</source>
        <translation>The vault is damaged: the integrity check could not run (%1). %2</translation>
    </message>
    <message>
        <source>table %1 row %2 refers to a missing row of %3</source>
        <translation>table %1 row %2 refers to a missing row of %3</translation>
    </message>
    <message>
        <source>The vault is damaged:
%1
%2</source>
        <translation>The vault is damaged:
%1
%2</translation>
    </message>
    <message>
        <source>A backup cannot overwrite the vault itself.</source>
        <translation>A backup cannot overwrite the vault itself.</translation>
    </message>
    <message>
        <source>The folder for the backup %1 does not exist.</source>
        <translation>The folder for the backup %1 does not exist.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written: %2. The vault is unchanged.</source>
        <translation>The backup %1 could not be written: %2. The vault is unchanged.</translation>
    </message>
    <message>
        <source>The backup copy did not reopen (%1); nothing was written to %2.</source>
        <translation>The backup copy did not reopen (%1); nothing was written to %2.</translation>
    </message>
    <message>
        <source>The backup copy failed its integrity check; nothing was written to %1.</source>
        <translation>The backup copy failed its integrity check; nothing was written to %1.</translation>
    </message>
    <message>
        <source>The backup copy could not be read back: %1</source>
        <translation>The backup copy could not be read back: %1</translation>
    </message>
    <message>
        <source>The backup %1 could not be written (%2). Any earlier file there is intact, and so is the vault. Is the disk full?</source>
        <translation>The backup %1 could not be written (%2). Any earlier file there is intact, and so is the vault. Is the disk full?</translation>
    </message>
    <message>
        <source>The vault could not be rekeyed: %1. It still opens with the old key and passwords.</source>
        <translation>The vault could not be rekeyed: %1. It still opens with the old key and passwords.</translation>
    </message>
    <message>
        <source>The new key file could not be written (%1); the vault was turned back to its old key.</source>
        <translation>The new key file could not be written (%1); the vault was turned back to its old key.</translation>
    </message>
    <message>
        <source>The key slots inside the backup are damaged; restore it with the recovery code.</source>
        <translation>The key slots inside the backup are damaged; restore it with the recovery code.</translation>
    </message>
    <message>
        <source>The backup could not be unpacked next to the vault (%1). Nothing was changed.</source>
        <translation>The backup could not be unpacked next to the vault (%1). Nothing was changed.</translation>
    </message>
    <message>
        <source>The recovery code does not open this backup. Nothing was changed.</source>
        <translation>The recovery code does not open this backup. Nothing was changed.</translation>
    </message>
    <message>
        <source>The backup is damaged: %1 Nothing was changed.</source>
        <translation>The backup is damaged: %1 Nothing was changed.</translation>
    </message>
    <message>
        <source>The backup failed its integrity check. Nothing was changed.</source>
        <translation>The backup failed its integrity check. Nothing was changed.</translation>
    </message>
    <message>
        <source>The current vault could not be moved aside to %1. Nothing was changed.</source>
        <translation>The current vault could not be moved aside to %1. Nothing was changed.</translation>
    </message>
    <message>
        <source>The restored vault could not be moved into place; it is at %1.</source>
        <translation>The restored vault could not be moved into place; it is at %1.</translation>
    </message>
    <message>
        <source>The vault was restored but its key file could not be written; open it with the recovery code.</source>
        <translation>The vault was restored but its key file could not be written; open it with the recovery code.</translation>
    </message>
    <message>
        <source>The latest backup is %1, made %2. An administrator can restore it with &quot;creditcase-cli vault restore --from %1&quot;.</source>
        <translation>The latest backup is %1, made %2. An administrator can restore it with &quot;creditcase-cli vault restore --from %1&quot;.</translation>
    </message>
    <message>
        <source>The vault %1 is damaged: %2 saved change(s) are missing. The vault ends at change %3, but change %4 had been saved. Do not keep working in it. %5</source>
        <translation>The vault %1 is damaged: %2 saved change(s) are missing. The vault ends at change %3, but change %4 had been saved. Do not keep working in it. %5</translation>
    </message>
    <message>
        <source>The vault %1 is damaged: its size (%2 bytes) is not a whole number of %3-byte pages. The file was not changed. %4</source>
        <translation>The vault %1 is damaged: its size (%2 bytes) is not a whole number of %3-byte pages. The file was not changed. %4</translation>
    </message>
    <message>
        <source>The vault %1 is damaged: its identity cannot be read (%2). The file was not changed. %3</source>
        <translation>The vault %1 is damaged: its identity cannot be read (%2). The file was not changed. %3</translation>
    </message>
    <message>
        <source>The vault %1 cannot be trusted: %2 %3</source>
        <translation>The vault %1 cannot be trusted: %2 %3</translation>
    </message>
    <message>
        <source>The vault %1 is damaged: its commit counter cannot be read (%2). %3</source>
        <translation>The vault %1 is damaged: its commit counter cannot be read (%2). %3</translation>
    </message>
    <message>
        <source>The vault %1 is damaged: its key slots cannot be read (%2). %3</source>
        <translation>The vault %1 is damaged: its key slots cannot be read (%2). %3</translation>
    </message>
    <message>
        <source>The key file still names its users in clear and could not be rewritten without them: %1</source>
        <translation>The key file still names its users in clear and could not be rewritten without them: %1</translation>
    </message>
    <message>
        <source>%1 The key file was left as it is and nothing was changed.</source>
        <translation>%1 The key file was left as it is and nothing was changed.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read (%2). It was left as it is and nothing was changed.</source>
        <translation>The key file %1 cannot be read (%2). It was left as it is and nothing was changed.</translation>
    </message>
    <message>
        <source>its seal does not match the vault</source>
        <translation>its seal does not match the vault</translation>
    </message>
    <message>
        <source>it belongs to another vault</source>
        <translation>it belongs to another vault</translation>
    </message>
    <message>
        <source>it was damaged</source>
        <translation>it was damaged</translation>
    </message>
    <message>
        <source>The key file %1 cannot be used (%2), so writing it now would lose the key slots of the other users. Nothing was changed. Open the vault with its recovery code and set the password again: CreditCase then keeps every key slot it can still prove, keeps a copy of the old key file and names the users who need a new password.</source>
        <translation>The key file %1 cannot be used (%2), so writing it now would lose the key slots of the other users. Nothing was changed. Open the vault with its recovery code and set the password again: CreditCase then keeps every key slot it can still prove, keeps a copy of the old key file and names the users who need a new password.</translation>
    </message>
    <message>
        <source>The damaged key file could not be kept as %1 (%2), so it was not replaced. Nothing was changed.</source>
        <translation>The damaged key file could not be kept as %1 (%2), so it was not replaced. Nothing was changed.</translation>
    </message>
    <message>
        <source>The key file had to be rebuilt (%1). </source>
        <translation>The key file had to be rebuilt (%1). </translation>
    </message>
    <message numerus="yes">
        <source>%n key slot(s) that the vault could not prove were left out. </source>
        <translation>
            <numerusform>%n key slot(s) that the vault could not prove were left out. </numerusform>
            <numerusform>%n key slot(s) that the vault could not prove were left out. </numerusform>
        </translation>
    </message>
    <message>
        <source>Every user who had a password still has it.</source>
        <translation>Every user who had a password still has it.</translation>
    </message>
    <message>
        <source>These users cannot sign in until their password is reset: %1.</source>
        <translation>These users cannot sign in until their password is reset: %1.</translation>
    </message>
    <message>
        <source>The old key file was kept as %1; delete it once everyone can sign in.</source>
        <translation>The old key file was kept as %1; delete it once everyone can sign in.</translation>
    </message>
    <message>
        <source>The vault cannot be trusted: %1 %2</source>
        <translation>The vault cannot be trusted: %1 %2</translation>
    </message>
    <message>
        <source>The vault is damaged: its commit counter cannot be read (%1). %2</source>
        <translation>The vault is damaged: its commit counter cannot be read (%1). %2</translation>
    </message>
    <message>
        <source>some key slots did not match the vault&apos;s records</source>
        <translation>some key slots did not match the vault&apos;s records</translation>
    </message>
    <message>
        <source>The vault was restored, but %1</source>
        <translation>The vault was restored, but %1</translation>
    </message>
    <message>
        <source>The vault&apos;s page cache could not be sized.</source>
        <translation>The vault&apos;s page cache could not be sized.</translation>
    </message>
    <message>
        <source>The vault %1 cannot be trusted: its head file %2 is missing, so changes saved in it could be missing without a trace (the vault holds %3 saved change(s)). If the vault was copied or moved, put %2 back beside it. %4 If you are sure that nothing is missing, an administrator can accept the vault as it is with &quot;creditcase-cli --vault %1 --user NAME vault accept-missing-head&quot;; that decision is recorded in the audit log.</source>
        <translation>The vault %1 cannot be trusted: its head file %2 is missing, so changes saved in it could be missing without a trace (the vault holds %3 saved change(s)). If the vault was copied or moved, put %2 back beside it. %4 If you are sure that nothing is missing, an administrator can accept the vault as it is with &quot;creditcase-cli --vault %1 --user NAME vault accept-missing-head&quot;; that decision is recorded in the audit log.</translation>
    </message>
    <message>
        <source>The change could not be started: %1</source>
        <translation>The change could not be started: %1</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>The change could not be saved: %1</translation>
    </message>
    <message>
        <source>The vault can only be rekeyed from the window that opened it, not by work running in the background.</source>
        <translation>The vault can only be rekeyed from the window that opened it, not by work running in the background.</translation>
    </message>
</context>
<context>
    <name>VaultHead</name>
    <message>
        <source>The file %1, which records how far the vault was saved, is damaged or was altered, so CreditCase cannot tell whether saved changes are missing from the vault.</source>
        <translation>The file %1, which records how far the vault was saved, is damaged or was altered, so CreditCase cannot tell whether saved changes are missing from the vault.</translation>
    </message>
    <message>
        <source>The file %1 could not be locked.</source>
        <translation>The file %1 could not be locked.</translation>
    </message>
</context>
<context>
    <name>VaultService</name>
    <message>
        <source>Only an administrator may rekey the vault; %1 is a %2.</source>
        <translation>Only an administrator may rekey the vault; %1 is a %2.</translation>
    </message>
    <message>
        <source>Only an administrator (in the backup) or the recovery code may restore a backup.</source>
        <translation>Only an administrator (in the backup) or the recovery code may restore a backup.</translation>
    </message>
    <message>
        <source>The restored vault could not be opened to record the restore: %1</source>
        <translation>The restored vault could not be opened to record the restore: %1</translation>
    </message>
    <message>
        <source>writing the backup</source>
        <translation>writing the backup</translation>
    </message>
    <message>
        <source>Only an administrator, with a user name and password, may accept a vault whose head file is missing.</source>
        <translation>Only an administrator, with a user name and password, may accept a vault whose head file is missing.</translation>
    </message>
    <message>
        <source>The head file of this vault is present; there is nothing to accept.</source>
        <translation>The head file of this vault is present; there is nothing to accept.</translation>
    </message>
    <message>
        <source>%1 (%2) may not accept a vault whose head file is missing; only an administrator may.</source>
        <translation>%1 (%2) may not accept a vault whose head file is missing; only an administrator may.</translation>
    </message>
</context>
<context>
    <name>VaultSessions</name>
    <message>
        <source>Cannot create the folder %1 that records who has the vault open.</source>
        <translation>Cannot create the folder %1 that records who has the vault open.</translation>
    </message>
    <message>
        <source>The vault is in use by %1 since %2 (process %3 on %4). Ask them to close CreditCase, then try again.</source>
        <translation>The vault is in use by %1 since %2 (process %3 on %4). Ask them to close CreditCase, then try again.</translation>
    </message>
    <message>
        <source>The vault must be unlocked before it can be recorded as open.</source>
        <translation>The vault must be unlocked before it can be recorded as open.</translation>
    </message>
    <message>
        <source>Cannot record that the vault is open: %1</source>
        <translation>Cannot record that the vault is open: %1</translation>
    </message>
    <message>
        <source>The vault is in use by another user since %1 (process %2). Ask them to close CreditCase, then try again.</source>
        <translation>The vault is in use by another user since %1 (process %2). Ask them to close CreditCase, then try again.</translation>
    </message>
</context>
<context>
    <name>WorkCalendar</name>
    <message>
        <source>The built-in holiday calendars are missing from this build (%1).</source>
        <translation>The built-in holiday calendars are missing from this build (%1).</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: cannot be read (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This holiday schedule is empty; load it from a file first.</source>
        <translation>This holiday schedule is empty; load it from a file first.</translation>
    </message>
    <message>
        <source>The calendar already has a holiday schedule for %1 (version %2). Replacing it may move deadlines already computed; use replace to do that deliberately.</source>
        <translation>The calendar already has a holiday schedule for %1 (version %2). Replacing it may move deadlines already computed; use replace to do that deliberately.</translation>
    </message>
</context>
<context>
    <name>WorkflowCli</name>
    <message>
        <source>the case</source>
        <translation>the case</translation>
    </message>
    <message>
        <source>the credit record</source>
        <translation>the credit record</translation>
    </message>
    <message>
        <source>list type id</source>
        <translation>list type id</translation>
    </message>
    <message>
        <source>kind of conduct: public-health-safety, fair-competition, refusing-legal-obligations or national-defence</source>
        <translation>kind of conduct: public-health-safety, fair-competition, refusing-legal-obligations or national-defence</translation>
    </message>
    <message>
        <source>ground of the list type, if it has several</source>
        <translation>ground of the list type, if it has several</translation>
    </message>
    <message>
        <source>date the case is opened (default today)</source>
        <translation>date the case is opened (default today)</translation>
    </message>
    <message>
        <source>--scope must be public-health-safety, fair-competition, refusing-legal-obligations or national-defence, not &quot;%1&quot;.</source>
        <translation>--scope must be public-health-safety, fair-competition, refusing-legal-obligations or national-defence, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>date the notice was served</source>
        <translation>date the notice was served</translation>
    </message>
    <message>
        <source>date the objection was received</source>
        <translation>date the objection was received</translation>
    </message>
    <message>
        <source>what the party objects</source>
        <translation>what the party objects</translation>
    </message>
    <message>
        <source>date of the answer</source>
        <translation>date of the answer</translation>
    </message>
    <message>
        <source>the objection is upheld</source>
        <translation>the objection is upheld</translation>
    </message>
    <message>
        <source>the objection is rejected</source>
        <translation>the objection is rejected</translation>
    </message>
    <message>
        <source>reasons of the answer</source>
        <translation>reasons of the answer</translation>
    </message>
    <message>
        <source>Give exactly one of --upheld and --rejected.</source>
        <translation>Give exactly one of --upheld and --rejected.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>remarks or reasons</source>
        <translation>remarks or reasons</translation>
    </message>
    <message>
        <source>date of the decision</source>
        <translation>date of the decision</translation>
    </message>
    <message>
        <source>measure id (repeatable; default: the list type&apos;s measures)</source>
        <translation>measure id (repeatable; default: the list type&apos;s measures)</translation>
    </message>
    <message>
        <source>date the listing ended</source>
        <translation>date the listing ended</translation>
    </message>
    <message>
        <source>why you look at the record (required unless you are the case officer)</source>
        <translation>why you look at the record (required unless you are the case officer)</translation>
    </message>
    <message>
        <source>only cases at this stage</source>
        <translation>only cases at this stage</translation>
    </message>
    <message>
        <source>at most N cases</source>
        <translation>at most N cases</translation>
    </message>
    <message>
        <source>--stage must be one of %1, not &quot;%2&quot;.</source>
        <translation>--stage must be one of %1, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--limit must be a positive number.</source>
        <translation>--limit must be a positive number.</translation>
    </message>
    <message>
        <source>No cases.</source>
        <translation>No cases.</translation>
    </message>
    <message>
        <source>the day to count from (default today)</source>
        <translation>the day to count from (default today)</translation>
    </message>
    <message>
        <source>only deadlines due in the next N days</source>
        <translation>only deadlines due in the next N days</translation>
    </message>
    <message>
        <source>only deadlines already passed</source>
        <translation>only deadlines already passed</translation>
    </message>
    <message>
        <source>at most N lines</source>
        <translation>at most N lines</translation>
    </message>
    <message>
        <source>--within must be a number of days (0 or more).</source>
        <translation>--within must be a number of days (0 or more).</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>case %1</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>record %1</translation>
    </message>
    <message>
        <source>standard %1</source>
        <translation>standard %1</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>%1 days left</translation>
    </message>
    <message>
        <source>%1 days late</source>
        <translation>%1 days late</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>provisional</translation>
    </message>
    <message>
        <source>No open deadlines as of %1.</source>
        <translation>No open deadlines as of %1.</translation>
    </message>
    <message>
        <source>Restoration application %1 for case %2: %3.</source>
        <translation>Restoration application %1 for case %2: %3.</translation>
    </message>
    <message>
        <source>Check: %1 Decide by %2.</source>
        <translation>Check: %1 Decide by %2.</translation>
    </message>
    <message>
        <source>Decided after the due date %1.</source>
        <translation>Decided after the due date %1.</translation>
    </message>
    <message>
        <source>date the application was received</source>
        <translation>date the application was received</translation>
    </message>
    <message>
        <source>date the conduct was corrected and obligations performed</source>
        <translation>date the conduct was corrected and obligations performed</translation>
    </message>
    <message>
        <source>scan of the commitment letter</source>
        <translation>scan of the commitment letter</translation>
    </message>
    <message>
        <source>supporting paper (repeatable)</source>
        <translation>supporting paper (repeatable)</translation>
    </message>
    <message>
        <source>grant restoration</source>
        <translation>grant restoration</translation>
    </message>
    <message>
        <source>refuse restoration (give --text)</source>
        <translation>refuse restoration (give --text)</translation>
    </message>
    <message>
        <source>Give exactly one of --grant and --refuse.</source>
        <translation>Give exactly one of --grant and --refuse.</translation>
    </message>
    <message>
        <source>date of the revocation</source>
        <translation>date of the revocation</translation>
    </message>
    <message>
        <source>reasons: which materials were false</source>
        <translation>reasons: which materials were false</translation>
    </message>
    <message>
        <source>Standard %1 (%2, %3): %4.</source>
        <translation>Standard %1 (%2, %3): %4.</translation>
    </message>
    <message>
        <source>Open for comment from %1 to %2.</source>
        <translation>Open for comment from %1 to %2.</translation>
    </message>
    <message>
        <source>In force from %1.</source>
        <translation>In force from %1.</translation>
    </message>
    <message>
        <source>the standard</source>
        <translation>the standard</translation>
    </message>
    <message>
        <source>date the next assessment of the standard is due</source>
        <translation>date the next assessment of the standard is due</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>first day of comment</source>
        <translation>first day of comment</translation>
    </message>
    <message>
        <source>last day of comment</source>
        <translation>last day of comment</translation>
    </message>
    <message>
        <source>adoption date</source>
        <translation>adoption date</translation>
    </message>
    <message>
        <source>in force from (default: the adoption date)</source>
        <translation>in force from (default: the adoption date)</translation>
    </message>
    <message>
        <source>date of the assessment</source>
        <translation>date of the assessment</translation>
    </message>
    <message>
        <source>date of abolition</source>
        <translation>date of abolition</translation>
    </message>
    <message>
        <source>only standards for this list type</source>
        <translation>only standards for this list type</translation>
    </message>
    <message>
        <source>No standards recorded.</source>
        <translation>No standards recorded.</translation>
    </message>
    <message>
        <source>enterprise, organisation or individual</source>
        <translation>enterprise, organisation or individual</translation>
    </message>
    <message>
        <source>registered name, or name on the ID card</source>
        <translation>registered name, or name on the ID card</translation>
    </message>
    <message>
        <source>Unified Social Credit Code, or resident ID number for an individual</source>
        <translation>Unified Social Credit Code, or resident ID number for an individual</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>legal representative</source>
        <translation>legal representative</translation>
    </message>
    <message>
        <source>--kind must be enterprise, organisation or individual, not &quot;%1&quot;.</source>
        <translation>--kind must be enterprise, organisation or individual, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Subject %1 recorded: %2 (%3).</source>
        <translation>Subject %1 recorded: %2 (%3).</translation>
    </message>
    <message>
        <source>the subject</source>
        <translation>the subject</translation>
    </message>
    <message>
        <source>catalogue item id</source>
        <translation>catalogue item id</translation>
    </message>
    <message>
        <source>judicial-ruling, arbitral-award, administrative-penalty, administrative-ruling or other-legal</source>
        <translation>judicial-ruling, arbitral-award, administrative-penalty, administrative-ruling or other-legal</translation>
    </message>
    <message>
        <source>document number (文号)</source>
        <translation>document number (文号)</translation>
    </message>
    <message>
        <source>organ that issued it</source>
        <translation>organ that issued it</translation>
    </message>
    <message>
        <source>date of the document</source>
        <translation>date of the document</translation>
    </message>
    <message>
        <source>date it took legal effect</source>
        <translation>date it took legal effect</translation>
    </message>
    <message>
        <source>minor, general or serious</source>
        <translation>minor, general or serious</translation>
    </message>
    <message>
        <source>the facts found</source>
        <translation>the facts found</translation>
    </message>
    <message>
        <source>sector for disclosure rules, e.g. market-regulation</source>
        <translation>sector for disclosure rules, e.g. market-regulation</translation>
    </message>
    <message>
        <source>for other-legal: the provision that makes it a basis</source>
        <translation>for other-legal: the provision that makes it a basis</translation>
    </message>
    <message>
        <source>scan of the basis document (repeatable)</source>
        <translation>scan of the basis document (repeatable)</translation>
    </message>
    <message>
        <source>--basis-kind must be judicial-ruling, arbitral-award, administrative-penalty, administrative-ruling or other-legal, not &quot;%1&quot;.</source>
        <translation>--basis-kind must be judicial-ruling, arbitral-award, administrative-penalty, administrative-ruling or other-legal, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--severity must be minor, general or serious, not &quot;%1&quot;.</source>
        <translation>--severity must be minor, general or serious, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Record %1 made for subject %2 (%3). Disclosure under %4 until %5.</source>
        <translation>Record %1 made for subject %2 (%3). Disclosure under %4 until %5.</translation>
    </message>
    <message>
        <source>(not disclosed)</source>
        <translation>(not disclosed)</translation>
    </message>
    <message>
        <source>Give --%1 DATE (YYYY-MM-DD).</source>
        <translation>Give --%1 DATE (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>--%1 must be a date written YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 must be a date written YYYY-MM-DD, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Give --%1 ID.</source>
        <translation>Give --%1 ID.</translation>
    </message>
    <message>
        <source>--%1 must be a number (the id shown when it was created), not &quot;%2&quot;.</source>
        <translation>--%1 must be a number (the id shown when it was created), not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation>Missing: %1.</translation>
    </message>
    <message>
        <source>Case %1 (%2): %3.</source>
        <translation>Case %1 (%2): %3.</translation>
    </message>
    <message>
        <source>Objections may be made until %1.</source>
        <translation>Objections may be made until %1.</translation>
    </message>
    <message>
        <source>Listed from %1 until %2.</source>
        <translation>Listed from %1 until %2.</translation>
    </message>
    <message>
        <source>Listed from %1 until the obligations are performed.</source>
        <translation>Listed from %1 until the obligations are performed.</translation>
    </message>
    <message>
        <source>Subject: %1 (%2), %3</source>
        <translation>Subject: %1 (%2), %3</translation>
    </message>
    <message>
        <source>Record %1: %2, %3 conduct; basis %4 of %5 (%6), effective %7</source>
        <translation>Record %1: %2, %3 conduct; basis %4 of %5 (%6), effective %7</translation>
    </message>
    <message>
        <source>Case officer: %1; opened %2</source>
        <translation>Case officer: %1; opened %2</translation>
    </message>
    <message>
        <source>Notice prepared %1 (chain #%2), served %3</source>
        <translation>Notice prepared %1 (chain #%2), served %3</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>Objection received %1: %2 — %3</source>
        <translation>Objection received %1: %2 — %3</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 on %2: %3</translation>
    </message>
    <message>
        <source>answer due %1</source>
        <translation>answer due %1</translation>
    </message>
    <message>
        <source>Re-examination submitted %1 by %2 — %3</source>
        <translation>Re-examination submitted %1 by %2 — %3</translation>
    </message>
    <message>
        <source>%1 on %2 by %3</source>
        <translation>%1 on %2 by %3</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>Decision %1 of %2 by %3 (chain #%4 %5); rules: %6</source>
        <translation>Decision %1 of %2 by %3 (chain #%4 %5); rules: %6</translation>
    </message>
    <message>
        <source>Measure %1 (%2)%3</source>
        <translation>Measure %1 (%2)%3</translation>
    </message>
    <message>
        <source>lifted %1</source>
        <translation>lifted %1</translation>
    </message>
    <message>
        <source>Basis: %1</source>
        <translation>Basis: %1</translation>
    </message>
    <message>
        <source>Restoration applied %1: %2; due %3%4</source>
        <translation>Restoration applied %1: %2; due %3%4</translation>
    </message>
    <message>
        <source>(decided late)</source>
        <translation>(decided late)</translation>
    </message>
    <message>
        <source>Deadline %1: %2 %3%4</source>
        <translation>Deadline %1: %2 %3%4</translation>
    </message>
    <message>
        <source>(provisional)</source>
        <translation>(provisional)</translation>
    </message>
    <message>
        <source>why you list the cases (registered with the inquiry)</source>
        <translation>why you list the cases (registered with the inquiry)</translation>
    </message>
    <message>
        <source>why you list the deadlines (registered with the inquiry)</source>
        <translation>why you list the deadlines (registered with the inquiry)</translation>
    </message>
    <message>
        <source>an established circumstance, e.g. adequate-security, or non-restorable:PROVISION (repeatable)</source>
        <translation>an established circumstance, e.g. adequate-security, or non-restorable:PROVISION (repeatable)</translation>
    </message>
    <message>
        <source>date the listing was published</source>
        <translation>date the listing was published</translation>
    </message>
    <message>
        <source>Restoration of penalty information, application %1 for record %2: %3.</source>
        <translation>Restoration of penalty information, application %1 for record %2: %3.</translation>
    </message>
    <message>
        <source>the case (removal from a list)</source>
        <translation>the case (removal from a list)</translation>
    </message>
    <message>
        <source>the credit record (restoration of penalty information)</source>
        <translation>the credit record (restoration of penalty information)</translation>
    </message>
    <message>
        <source>Give exactly one of --case (removal from a list) and --record (restoration of penalty information).</source>
        <translation>Give exactly one of --case (removal from a list) and --record (restoration of penalty information).</translation>
    </message>
    <message>
        <source>day of the conduct as the basis document states it (a list&apos;s age bar is read on it)</source>
        <translation>day of the conduct as the basis document states it (a list&apos;s age bar is read on it)</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>the day the list type&apos;s time to decide counts from, e.g. the day the order to pay wages fell due unpaid (where the rules set a time to decide)</source>
        <translation>the day the list type&apos;s time to decide counts from, e.g. the day the order to pay wages fell due unpaid (where the rules set a time to decide)</translation>
    </message>
    <message>
        <source>date the extension was approved</source>
        <translation>date the extension was approved</translation>
    </message>
    <message>
        <source>why the case needs more time</source>
        <translation>why the case needs more time</translation>
    </message>
    <message>
        <source>%1 working days left</source>
        <translation>%1 working days left</translation>
    </message>
    <message>
        <source>%1 working days late</source>
        <translation>%1 working days late</translation>
    </message>
</context>
<context>
    <name>WorkflowContext</name>
    <message>
        <source>Cases, records and standards are handled by named users. Open the vault with your user name and password, not with the recovery code.</source>
        <translation>Cases, records and standards are handled by named users. Open the vault with your user name and password, not with the recovery code.</translation>
    </message>
    <message>
        <source>The date of %1 is missing or not a date (use YYYY-MM-DD).</source>
        <translation>The date of %1 is missing or not a date (use YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The date of %1 (%2) is in the future; record events on or after the day they happen (today is %3).</source>
        <translation>The date of %1 (%2) is in the future; record events on or after the day they happen (today is %3).</translation>
    </message>
    <message>
        <source>The date of %1 (%2) is before %3; an event cannot precede the event it depends on.</source>
        <translation>The date of %1 (%2) is before %3; an event cannot precede the event it depends on.</translation>
    </message>
    <message>
        <source>The rule editions stored with a case are damaged: &quot;%1&quot;.</source>
        <translation>The rule editions stored with a case are damaged: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The organs could not be read: %1</source>
        <translation>The organs could not be read: %1</translation>
    </message>
    <message>
        <source>The organ %1 is not in this vault.</source>
        <translation>The organ %1 is not in this vault.</translation>
    </message>
    <message>
        <source>The organ %1 has an unknown level.</source>
        <translation>The organ %1 has an unknown level.</translation>
    </message>
    <message>
        <source>Only the users of %1 may %2; %3 works at %4. The act belongs to the organ that is responsible for it.</source>
        <translation>Only the users of %1 may %2; %3 works at %4. The act belongs to the organ that is responsible for it.</translation>
    </message>
    <message>
        <source>The organs could not be read</source>
        <translation>The organs could not be read</translation>
    </message>
</context>
<context>
    <name>WorkflowTable</name>
    <message>
        <source>the basis is a legally effective basis document (II(2)); the list type and its standard in force allow the designation (RuleBook::mayDesignate, IV(6)-(8)); no other case on the record for the list is still open</source>
        <translation>the basis is a legally effective basis document (II(2)); the list type and its standard in force allow the designation (RuleBook::mayDesignate, IV(6)-(8)); no other case on the record for the list is still open</translation>
    </message>
    <message>
        <source>case opened; notice before designation prepared (chain position recorded); deadline to serve the notice</source>
        <translation>case opened; notice before designation prepared (chain position recorded); deadline to serve the notice</translation>
    </message>
    <message>
        <source>served on a date not in the future and not before the case was opened</source>
        <translation>served on a date not in the future and not before the case was opened</translation>
    </message>
    <message>
        <source>notice served; objection window computed from the service date where the list type provides one (otherwise ready to decide)</source>
        <translation>notice served; objection window computed from the service date where the list type provides one (otherwise ready to decide)</translation>
    </message>
    <message>
        <source>received within the objection window (from the service date, window from the list type&apos;s rules), not in the future</source>
        <translation>received within the objection window (from the service date, window from the list type&apos;s rules), not in the future</translation>
    </message>
    <message>
        <source>objection recorded; answer deadline from the list type&apos;s rules</source>
        <translation>objection recorded; answer deadline from the list type&apos;s rules</translation>
    </message>
    <message>
        <source>answered on a date not before the objection was received</source>
        <translation>answered on a date not before the objection was received</translation>
    </message>
    <message>
        <source>objection upheld; case closed, not designated; its open deadlines cancelled</source>
        <translation>objection upheld; case closed, not designated; its open deadlines cancelled</translation>
    </message>
    <message>
        <source>objection rejected with reasons; the case is ready to decide</source>
        <translation>objection rejected with reasons; the case is ready to decide</translation>
    </message>
    <message>
        <source>the objection window has closed without an objection; the list type requires re-examination of designations below provincial level (IV(8))</source>
        <translation>the objection window has closed without an objection; the list type requires re-examination of designations below provincial level (IV(8))</translation>
    </message>
    <message>
        <source>submitted for re-examination; deadline where the rules set one</source>
        <translation>submitted for re-examination; deadline where the rules set one</translation>
    </message>
    <message>
        <source>the list type requires re-examination of designations below provincial level (IV(8))</source>
        <translation>the list type requires re-examination of designations below provincial level (IV(8))</translation>
    </message>
    <message>
        <source>re-examination approved; the decision may be issued</source>
        <translation>re-examination approved; the decision may be issued</translation>
    </message>
    <message>
        <source>returned to the designating department with reasons</source>
        <translation>returned to the designating department with reasons</translation>
    </message>
    <message>
        <source>the objection window has closed without an objection; no re-examination required; four eyes (not the case officer); mayDesignate and mayImpose for every measure on the decision date (IV, V(9), V(10))</source>
        <translation>the objection window has closed without an objection; no re-examination required; four eyes (not the case officer); mayDesignate and mayImpose for every measure on the decision date (IV, V(9), V(10))</translation>
    </message>
    <message>
        <source>decision issued with the rule editions in force and the chain position; measures applied; listed until the end of the term (deadline)</source>
        <translation>decision issued with the rule editions in force and the chain position; measures applied; listed until the end of the term (deadline)</translation>
    </message>
    <message>
        <source>no re-examination required; four eyes (not the case officer); mayDesignate and mayImpose for every measure on the decision date (IV, V(9), V(10))</source>
        <translation>no re-examination required; four eyes (not the case officer); mayDesignate and mayImpose for every measure on the decision date (IV, V(9), V(10))</translation>
    </message>
    <message>
        <source>four eyes (not the case officer); mayDesignate and mayImpose for every measure on the decision date (IV, V(9), V(10))</source>
        <translation>four eyes (not the case officer); mayDesignate and mayImpose for every measure on the decision date (IV, V(9), V(10))</translation>
    </message>
    <message>
        <source>the listing term has ended on or before the date given</source>
        <translation>the listing term has ended on or before the date given</translation>
    </message>
    <message>
        <source>listing expired; measures lifted; expiry deadline met</source>
        <translation>listing expired; measures lifted; expiry deadline met</translation>
    </message>
    <message>
        <source>a restoration application is granted (restoration table)</source>
        <translation>a restoration application is granted (restoration table)</translation>
    </message>
    <message>
        <source>the grant of restoration is revoked (restoration table)</source>
        <translation>the grant of restoration is revoked (restoration table)</translation>
    </message>
    <message>
        <source>listing restored; disclosure and sharing resumed; measures reinstated</source>
        <translation>listing restored; disclosure and sharing resumed; measures reinstated</translation>
    </message>
    <message>
        <source>dated not in the future</source>
        <translation>dated not in the future</translation>
    </message>
    <message>
        <source>abolished from the date; its open deadlines cancelled; it no longer supports designations</source>
        <translation>abolished from the date; its open deadlines cancelled; it no longer supports designations</translation>
    </message>
    <message>
        <source>the list type exists in the rules in force</source>
        <translation>the list type exists in the rules in force</translation>
    </message>
    <message>
        <source>draft standard recorded</source>
        <translation>draft standard recorded</translation>
    </message>
    <message>
        <source>opened on a date not in the future; the period lasts at least the minimum comment period of the rules (IV(7), 30 days)</source>
        <translation>opened on a date not in the future; the period lasts at least the minimum comment period of the rules (IV(7), 30 days)</translation>
    </message>
    <message>
        <source>open for comment; deadline when the period closes</source>
        <translation>open for comment; deadline when the period closes</translation>
    </message>
    <message>
        <source>adopted only after the comment period has closed, and the period met the minimum in force on the adoption date (IV(7))</source>
        <translation>adopted only after the comment period has closed, and the period met the minimum in force on the adoption date (IV(7))</translation>
    </message>
    <message>
        <source>adopted and in force from the date given; an older standard for the same list and organ becomes revised; assessment deadline where one is set</source>
        <translation>adopted and in force from the date given; an older standard for the same list and organ becomes revised; assessment deadline where one is set</translation>
    </message>
    <message>
        <source>assessed on a date not before it came into force (IV(7))</source>
        <translation>assessed on a date not before it came into force (IV(7))</translation>
    </message>
    <message>
        <source>assessment recorded; next assessment deadline where one is set</source>
        <translation>assessment recorded; next assessment deadline where one is set</translation>
    </message>
    <message>
        <source>a newer standard for the same list and organ is adopted</source>
        <translation>a newer standard for the same list and organ is adopted</translation>
    </message>
    <message>
        <source>revised: ends the day the newer one comes into force</source>
        <translation>revised: ends the day the newer one comes into force</translation>
    </message>
    <message>
        <source>application recorded with its papers (stored encrypted in the vault) and checked against the conditions; deadline to decide it (VI(12)). No fee.</source>
        <translation>application recorded with its papers (stored encrypted in the vault) and checked against the conditions; deadline to decide it (VI(12)). No fee.</translation>
    </message>
    <message>
        <source>the conditions are met on the application date (RuleBook::mayApplyForRestoration under the editions the case was decided under: correction, commitment, waiting period)</source>
        <translation>the conditions are met on the application date (RuleBook::mayApplyForRestoration under the editions the case was decided under: correction, commitment, waiting period)</translation>
    </message>
    <message>
        <source>granted; on the same date the case is removed from the list, disclosure and sharing stop and the measures are lifted; late decisions are marked</source>
        <translation>granted; on the same date the case is removed from the list, disclosure and sharing stop and the measures are lifted; late decisions are marked</translation>
    </message>
    <message>
        <source>reasons are given</source>
        <translation>reasons are given</translation>
    </message>
    <message>
        <source>refused with reasons; the listing continues</source>
        <translation>refused with reasons; the listing continues</translation>
    </message>
    <message>
        <source>the grant was obtained with false materials; reasons are given</source>
        <translation>the grant was obtained with false materials; reasons are given</translation>
    </message>
    <message>
        <source>revoked; the listing, disclosure, sharing and measures are restored</source>
        <translation>revoked; the listing, disclosure, sharing and measures are restored</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an event of the %2 workflow.</source>
        <translation>&quot;%1&quot; is not an event of the %2 workflow.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a state of the %2 workflow.</source>
        <translation>&quot;%1&quot; is not a state of the %2 workflow.</translation>
    </message>
    <message>
        <source>Cannot %1 now: the %2 is %3; that is possible only when it is %4.</source>
        <translation>Cannot %1 now: the %2 is %3; that is possible only when it is %4.</translation>
    </message>
    <message>
        <source>case</source>
        <translation>case</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>standard</translation>
    </message>
    <message>
        <source>restoration application</source>
        <translation>restoration application</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>A user with the role %1 may not %2; that is for a %3.</source>
        <translation>A user with the role %1 may not %2; that is for a %3.</translation>
    </message>
    <message>
        <source>A %1 may %2 when it is %3.</source>
        <translation>A %1 may %2 when it is %3.</translation>
    </message>
    <message>
        <source>not yet recorded</source>
        <translation>not yet recorded</translation>
    </message>
    <message>
        <source>not applied for</source>
        <translation>not applied for</translation>
    </message>
    <message>
        <source>open a case</source>
        <translation>open a case</translation>
    </message>
    <message>
        <source>record the service of the notice</source>
        <translation>record the service of the notice</translation>
    </message>
    <message>
        <source>record an objection</source>
        <translation>record an objection</translation>
    </message>
    <message>
        <source>uphold the objection</source>
        <translation>uphold the objection</translation>
    </message>
    <message>
        <source>reject the objection</source>
        <translation>reject the objection</translation>
    </message>
    <message>
        <source>submit for re-examination</source>
        <translation>submit for re-examination</translation>
    </message>
    <message>
        <source>approve the re-examination</source>
        <translation>approve the re-examination</translation>
    </message>
    <message>
        <source>return the case from re-examination</source>
        <translation>return the case from re-examination</translation>
    </message>
    <message>
        <source>issue the designation decision</source>
        <translation>issue the designation decision</translation>
    </message>
    <message>
        <source>end the listing at the end of its term</source>
        <translation>end the listing at the end of its term</translation>
    </message>
    <message>
        <source>remove from the list</source>
        <translation>remove from the list</translation>
    </message>
    <message>
        <source>restore the listing</source>
        <translation>restore the listing</translation>
    </message>
    <message>
        <source>record a draft standard</source>
        <translation>record a draft standard</translation>
    </message>
    <message>
        <source>open the standard for public comment</source>
        <translation>open the standard for public comment</translation>
    </message>
    <message>
        <source>adopt the standard</source>
        <translation>adopt the standard</translation>
    </message>
    <message>
        <source>record an assessment of the standard</source>
        <translation>record an assessment of the standard</translation>
    </message>
    <message>
        <source>mark the standard as revised</source>
        <translation>mark the standard as revised</translation>
    </message>
    <message>
        <source>abolish the standard</source>
        <translation>abolish the standard</translation>
    </message>
    <message>
        <source>record a restoration application</source>
        <translation>record a restoration application</translation>
    </message>
    <message>
        <source>grant restoration</source>
        <translation>grant restoration</translation>
    </message>
    <message>
        <source>refuse restoration</source>
        <translation>refuse restoration</translation>
    </message>
    <message>
        <source>revoke the grant of restoration</source>
        <translation>revoke the grant of restoration</translation>
    </message>
    <message>
        <source>the reviewer is a supervisor of a provincial-level (or higher, as the rules require) organ whose region contains the case organ&apos;s region, not the case officer (IV(8))</source>
        <translation>the reviewer is a supervisor of a provincial-level (or higher, as the rules require) organ whose region contains the case organ&apos;s region, not the case officer (IV(8))</translation>
    </message>
    <message>
        <source>the reviewer is a supervisor of a provincial-level (or higher) organ whose region contains the case organ&apos;s region (IV(8))</source>
        <translation>the reviewer is a supervisor of a provincial-level (or higher) organ whose region contains the case organ&apos;s region (IV(8))</translation>
    </message>
    <message>
        <source>the list type&apos;s term counts from publication and the listing has not been published yet; the date is not before the decision and not in the future</source>
        <translation>the list type&apos;s term counts from publication and the listing has not been published yet; the date is not before the decision and not in the future</translation>
    </message>
    <message>
        <source>publication recorded; the term runs from it (listed until, expiry deadline)</source>
        <translation>publication recorded; the term runs from it (listed until, expiry deadline)</translation>
    </message>
    <message>
        <source>removed from the list and measures lifted on the date of the grant; the penalty record&apos;s disclosure and sharing stop with it only where the list&apos;s rules say so</source>
        <translation>removed from the list and measures lifted on the date of the grant; the penalty record&apos;s disclosure and sharing stop with it only where the list&apos;s rules say so</translation>
    </message>
    <message>
        <source>the case is listed and the list type provides early removal, or the penalty record is still disclosed; the information is not non-restorable by a named provision (VI(11)); the conditions are met on the day of the application, otherwise it is not accepted (不予受理) and nothing is stored; dated not in the future and not before the decision</source>
        <translation>the case is listed and the list type provides early removal, or the penalty record is still disclosed; the information is not non-restorable by a named provision (VI(11)); the conditions are met on the day of the application, otherwise it is not accepted (不予受理) and nothing is stored; dated not in the future and not before the decision</translation>
    </message>
    <message>
        <source>record the publication of the listing</source>
        <translation>record the publication of the listing</translation>
    </message>
    <message>
        <source>the list type&apos;s rules allow an extension of the time to decide; the decision deadline is kept and has not passed; not extended before; reasons given</source>
        <translation>the list type&apos;s rules allow an extension of the time to decide; the decision deadline is kept and has not passed; not extended before; reasons given</translation>
    </message>
    <message>
        <source>the decision deadline moves to the end of the extension, counted from the end of the original limit</source>
        <translation>the decision deadline moves to the end of the extension, counted from the end of the original limit</translation>
    </message>
    <message>
        <source>extend the time to decide</source>
        <translation>extend the time to decide</translation>
    </message>
</context>
<context>
    <name>creditcase::service::Session</name>
    <message>
        <source>The vault was opened with the recovery code, which acts for no user. Log in with your user name and password for this.</source>
        <translation>The vault was opened with the recovery code, which acts for no user. Log in with your user name and password for this.</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it to continue.</source>
        <translation>The vault is locked. Unlock it to continue.</translation>
    </message>
    <message>
        <source>(The refusal could not be recorded in the audit chain: %1)</source>
        <translation>(The refusal could not be recorded in the audit chain: %1)</translation>
    </message>
</context>
<context>
    <name>creditcase::storage::SqlCipherDriver</name>
    <message>
        <source>The connection option &quot;%1&quot; needs a whole number of milliseconds (0 or more).</source>
        <translation>The connection option &quot;%1&quot; needs a whole number of milliseconds (0 or more).</translation>
    </message>
    <message>
        <source>The connection options READ_ONLY and CREATE_IF_MISSING cannot be combined: a vault opened read-only cannot be created.</source>
        <translation>The connection options READ_ONLY and CREATE_IF_MISSING cannot be combined: a vault opened read-only cannot be created.</translation>
    </message>
    <message>
        <source>The vault file &quot;%1&quot; does not exist. Check the file name and folder, or create a new vault.</source>
        <translation>The vault file &quot;%1&quot; does not exist. Check the file name and folder, or create a new vault.</translation>
    </message>
    <message>
        <source>The vault &quot;%1&quot; could not be unlocked. Either the key is wrong (for example another user&apos;s vault was chosen), or the file is not a CreditCase vault or is damaged; the program cannot tell these apart. Check that this is the right file; if it is, restore it from a backup.</source>
        <translation>The vault &quot;%1&quot; could not be unlocked. Either the key is wrong (for example another user&apos;s vault was chosen), or the file is not a CreditCase vault or is damaged; the program cannot tell these apart. Check that this is the right file; if it is, restore it from a backup.</translation>
    </message>
    <message>
        <source>CreditCase refused to open &quot;%1&quot; because it would not be encrypted: either the installed database library (SQLCipher) cannot encrypt, or the file is a plain, unencrypted database. Reinstall CreditCase, and open only vaults created by CreditCase.</source>
        <translation>CreditCase refused to open &quot;%1&quot; because it would not be encrypted: either the installed database library (SQLCipher) cannot encrypt, or the file is a plain, unencrypted database. Reinstall CreditCase, and open only vaults created by CreditCase.</translation>
    </message>
    <message>
        <source>The vault file &quot;%1&quot; is damaged. Restore it from a backup.</source>
        <translation>The vault file &quot;%1&quot; is damaged. Restore it from a backup.</translation>
    </message>
    <message>
        <source>The vault file &quot;%1&quot; could not be read or written. Check that the disk or network drive is available and not full, and that you may use this file.</source>
        <translation>The vault file &quot;%1&quot; could not be read or written. Check that the disk or network drive is available and not full, and that you may use this file.</translation>
    </message>
    <message>
        <source>The vault &quot;%1&quot; is in use by another program or another CreditCase window. Close it there and try again.</source>
        <translation>The vault &quot;%1&quot; is in use by another program or another CreditCase window. Close it there and try again.</translation>
    </message>
    <message>
        <source>The vault &quot;%1&quot; was not opened because the request was incomplete.</source>
        <translation>The vault &quot;%1&quot; was not opened because the request was incomplete.</translation>
    </message>
    <message>
        <source>The vault key must be handed to the driver with setRawKey(), never as a connection password.</source>
        <translation>The vault key must be handed to the driver with setRawKey(), never as a connection password.</translation>
    </message>
    <message>
        <source>The vault key has the wrong size: it must be exactly %1 bytes.</source>
        <translation>The vault key has the wrong size: it must be exactly %1 bytes.</translation>
    </message>
    <message>
        <source>No vault key was given, so the vault cannot be opened.</source>
        <translation>No vault key was given, so the vault cannot be opened.</translation>
    </message>
    <message>
        <source>A vault needs a file name; none was given.</source>
        <translation>A vault needs a file name; none was given.</translation>
    </message>
    <message>
        <source>The vault is not open.</source>
        <translation>The vault is not open.</translation>
    </message>
    <message>
        <source>The vault is busy: another program or CreditCase window is writing to it. Try again in a moment.</source>
        <translation>The vault is busy: another program or CreditCase window is writing to it. Try again in a moment.</translation>
    </message>
    <message>
        <source>A transaction could not be started on the vault.</source>
        <translation>A transaction could not be started on the vault.</translation>
    </message>
    <message>
        <source>The changes could not be saved to the vault; nothing of this transaction was saved yet. Try again or undo the changes.</source>
        <translation>The changes could not be saved to the vault; nothing of this transaction was saved yet. Try again or undo the changes.</translation>
    </message>
    <message>
        <source>The changes could not be undone in the vault.</source>
        <translation>The changes could not be undone in the vault.</translation>
    </message>
    <message>
        <source>Another CreditCase window or program has the vault open. Close it there, then try again.</source>
        <translation>Another CreditCase window or program has the vault open. Close it there, then try again.</translation>
    </message>
    <message>
        <source>The vault&apos;s journal mode could not be changed to %1 (%2).</source>
        <translation>The vault&apos;s journal mode could not be changed to %1 (%2).</translation>
    </message>
    <message>
        <source>The vault is not open, so its key cannot be changed.</source>
        <translation>The vault is not open, so its key cannot be changed.</translation>
    </message>
    <message>
        <source>The new vault key has the wrong size: it must be exactly %1 bytes.</source>
        <translation>The new vault key has the wrong size: it must be exactly %1 bytes.</translation>
    </message>
    <message>
        <source>The vault was opened read-only, so its key cannot be changed.</source>
        <translation>The vault was opened read-only, so its key cannot be changed.</translation>
    </message>
    <message>
        <source>Finish the current transaction before changing the vault key.</source>
        <translation>Finish the current transaction before changing the vault key.</translation>
    </message>
    <message>
        <source>A query on the vault is still being read. Finish it before changing the key.</source>
        <translation>A query on the vault is still being read. Finish it before changing the key.</translation>
    </message>
    <message>
        <source>The vault&apos;s journal mode could not be read (%1).</source>
        <translation>The vault&apos;s journal mode could not be read (%1).</translation>
    </message>
    <message>
        <source>The vault key could not be changed (%1). Close the vault and open it again with the old key.</source>
        <translation>The vault key could not be changed (%1). Close the vault and open it again with the old key.</translation>
    </message>
    <message>
        <source>The vault key was changed, but the vault could not be read afterwards (%1). Restore a backup.</source>
        <translation>The vault key was changed, but the vault could not be read afterwards (%1). Restore a backup.</translation>
    </message>
    <message>
        <source>The vault key was changed, but the vault could not switch back to write-ahead logging: %1</source>
        <translation>The vault key was changed, but the vault could not switch back to write-ahead logging: %1</translation>
    </message>
    <message>
        <source>The vault is not open, so it cannot be copied.</source>
        <translation>The vault is not open, so it cannot be copied.</translation>
    </message>
    <message>
        <source>No file name was given for the vault copy.</source>
        <translation>No file name was given for the vault copy.</translation>
    </message>
    <message>
        <source>The vault was opened read-only; open it normally to copy it.</source>
        <translation>The vault was opened read-only; open it normally to copy it.</translation>
    </message>
    <message>
        <source>Finish the current transaction before copying the vault.</source>
        <translation>Finish the current transaction before copying the vault.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; already exists. CreditCase does not overwrite files; choose a new file name.</source>
        <translation>The file &quot;%1&quot; already exists. CreditCase does not overwrite files; choose a new file name.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist.</source>
        <translation>The folder &quot;%1&quot; does not exist.</translation>
    </message>
    <message>
        <source>The vault copy &quot;%1&quot; could not be created: %2</source>
        <translation>The vault copy &quot;%1&quot; could not be created: %2</translation>
    </message>
    <message>
        <source>The vault could not be copied to &quot;%1&quot; (%2: %3). Nothing was written there.</source>
        <translation>The vault could not be copied to &quot;%1&quot; (%2: %3). Nothing was written there.</translation>
    </message>
    <message>
        <source>The vault copy &quot;%1&quot; would not get %2-byte pages (it reads back as %3).</source>
        <translation>The vault copy &quot;%1&quot; would not get %2-byte pages (it reads back as %3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an unencrypted SQLite database, not a CreditCase vault. CreditCase never opens unencrypted databases; the file was not changed.</source>
        <translation>&quot;%1&quot; is an unencrypted SQLite database, not a CreditCase vault. CreditCase never opens unencrypted databases; the file was not changed.</translation>
    </message>
    <message>
        <source>The connection option &quot;%1&quot; is not known. Known options: CREATE_IF_MISSING, BUSY_TIMEOUT_MS=&lt;milliseconds&gt;, READ_ONLY, WAL, LOCK_ONLY.</source>
        <translation>The connection option &quot;%1&quot; is not known. Known options: CREATE_IF_MISSING, BUSY_TIMEOUT_MS=&lt;milliseconds&gt;, READ_ONLY, WAL, LOCK_ONLY.</translation>
    </message>
    <message>
        <source>The connection option LOCK_ONLY needs READ_ONLY: it is for a connection that only holds the vault&apos;s shared lock.</source>
        <translation>The connection option LOCK_ONLY needs READ_ONLY: it is for a connection that only holds the vault&apos;s shared lock.</translation>
    </message>
</context>
<context>
    <name>creditcase::ui::AttachmentPicker</name>
    <message>
        <source>Add scan…</source>
        <translation>Add scan…</translation>
    </message>
    <message>
        <source>Add a file to %1</source>
        <translation>Add a file to %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the selected file from %1</source>
        <translation>Remove the selected file from %1</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>The file %1 could not be read: %2</translation>
    </message>
    <message>
        <source>The file %1 is empty; choose the scan itself.</source>
        <translation>The file %1 is empty; choose the scan itself.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose scans</source>
        <translation>Choose scans</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</translation>
    </message>
</context>
<context>
    <name>creditcase::ui::AttachmentViewer</name>
    <message>
        <source>Attachment %1</source>
        <translation>Attachment %1</translation>
    </message>
    <message>
        <source>This PDF file is damaged or incomplete, so it cannot be shown. Ask the sender for the file again and attach the new copy.</source>
        <translation>This PDF file is damaged or incomplete, so it cannot be shown. Ask the sender for the file again and attach the new copy.</translation>
    </message>
    <message>
        <source>This PDF file is password-protected, so it cannot be shown. Ask the sender for a copy without a password and attach that instead.</source>
        <translation>This PDF file is password-protected, so it cannot be shown. Ask the sender for a copy without a password and attach that instead.</translation>
    </message>
    <message>
        <source>This PDF file is damaged or incomplete (it has no readable page), so it cannot be shown. Ask the sender for the file again and attach the new copy.</source>
        <translation>This PDF file is damaged or incomplete (it has no readable page), so it cannot be shown. Ask the sender for the file again and attach the new copy.</translation>
    </message>
    <message>
        <source>Content of %1</source>
        <translation>Content of %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close the attachment</source>
        <translation>Close the attachment</translation>
    </message>
    <message>
        <source>&lt; Previous</source>
        <translation>&lt; Previous</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Previous page (PgUp)</source>
        <translation>Previous page (PgUp)</translation>
    </message>
    <message>
        <source>Next page (PgDn)</source>
        <translation>Next page (PgDn)</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Fit the page to the window&apos;s width</source>
        <translation>Fit the page to the window&apos;s width</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
        <source>Page %1 cannot be shown: this part of the PDF file is damaged.</source>
        <translation>Page %1 cannot be shown: this part of the PDF file is damaged.</translation>
    </message>
</context>
<context>
    <name>creditcase::ui::AuditPage</name>
    <message>
        <source>Audit &amp;log</source>
        <translation>Audit &amp;log</translation>
    </message>
    <message>
        <source>&amp;Inquiry register</source>
        <translation>&amp;Inquiry register</translation>
    </message>
    <message>
        <source>&amp;Accountability report</source>
        <translation>&amp;Accountability report</translation>
    </message>
    <message>
        <source>The chain has not been checked in this session.</source>
        <translation>The chain has not been checked in this session.</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Verify the chain</translation>
    </message>
    <message>
        <source>Number of latest entries shown</source>
        <translation>Number of latest entries shown</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>Latest &amp;entries:</source>
        <translation>Latest &amp;entries:</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Audit log, newest first</source>
        <translation>Audit log, newest first</translation>
    </message>
    <message>
        <source>Inquiries from</source>
        <translation>Inquiries from</translation>
    </message>
    <message>
        <source>Inquiries until</source>
        <translation>Inquiries until</translation>
    </message>
    <message>
        <source>Only &amp;flagged entries</source>
        <translation>Only &amp;flagged entries</translation>
    </message>
    <message>
        <source>Only flagged entries</source>
        <translation>Only flagged entries</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>S&amp;how</translation>
    </message>
    <message>
        <source>What was read</source>
        <translation>What was read</translation>
    </message>
    <message>
        <source>Whose record</source>
        <translation>Whose record</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Flag</translation>
    </message>
    <message>
        <source>Inquiry register, newest first</source>
        <translation>Inquiry register, newest first</translation>
    </message>
    <message>
        <source>Note for the flag</source>
        <translation>Note for the flag</translation>
    </message>
    <message>
        <source>Why this inquiry needs review</source>
        <translation>Why this inquiry needs review</translation>
    </message>
    <message>
        <source>F&amp;lag the selected inquiry</source>
        <translation>F&amp;lag the selected inquiry</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Report period from</source>
        <translation>Report period from</translation>
    </message>
    <message>
        <source>Report period until</source>
        <translation>Report period until</translation>
    </message>
    <message>
        <source>&amp;Make the report</source>
        <translation>&amp;Make the report</translation>
    </message>
    <message>
        <source>Only a period that has ended can be reported on: what is late is known only after the day has passed.</source>
        <translation>Only a period that has ended can be reported on: what is late is known only after the day has passed.</translation>
    </message>
    <message>
        <source>Organ</source>
        <translation>Organ</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Due / item</source>
        <translation>Due / item</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Days late / reason</source>
        <translation>Days late / reason</translation>
    </message>
    <message>
        <source>Accountability report by organ</source>
        <translation>Accountability report by organ</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>F&amp;rom:</translation>
    </message>
    <message>
        <source>U&amp;ntil:</source>
        <translation>U&amp;ntil:</translation>
    </message>
    <message numerus="yes">
        <source>✔ Intact: %n entr(ies), every link checked; last entry %1.</source>
        <translation>
            <numerusform>✔ Intact: %n entr(ies), every link checked; last entry %1.</numerusform>
            <numerusform>✔ Intact: %n entr(ies), every link checked; last entry %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ BROKEN at entry %1: %2. Keep this vault as it is and restore the latest backup into a new file for comparison.</source>
        <translation>⚠ BROKEN at entry %1: %2. Keep this vault as it is and restore the latest backup into a new file for comparison.</translation>
    </message>
    <message>
        <source>Hash %1, previous %2</source>
        <translation>Hash %1, previous %2</translation>
    </message>
    <message>
        <source>flagged by %1: %2</source>
        <translation>flagged by %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The latest %n shown; narrow the period to see the others.</source>
        <translation>
            <numerusform>The latest %n shown; narrow the period to see the others.</numerusform>
            <numerusform>The latest %n shown; narrow the period to see the others.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inquir(ies)</source>
        <translation>
            <numerusform>%n inquir(ies)</numerusform>
            <numerusform>%n inquir(ies)</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the inquiry to flag.</source>
        <translation>Select the inquiry to flag.</translation>
    </message>
    <message>
        <source>Write why the inquiry needs review.</source>
        <translation>Write why the inquiry needs review.</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>not done</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day(s) late</numerusform>
            <numerusform>%n day(s) late</numerusform>
        </translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>record %1</translation>
    </message>
    <message>
        <source>nothing late, nothing outside the catalogue or the measures list</source>
        <translation>nothing late, nothing outside the catalogue or the measures list</translation>
    </message>
    <message>
        <source>%1 record(s), %2 measure(s) checked</source>
        <translation>%1 record(s), %2 measure(s) checked</translation>
    </message>
    <message>
        <source>restoration decided late</source>
        <translation>restoration decided late</translation>
    </message>
    <message>
        <source>notice served late</source>
        <translation>notice served late</translation>
    </message>
    <message>
        <source>objection answered late</source>
        <translation>objection answered late</translation>
    </message>
    <message>
        <source>record outside the catalogue</source>
        <translation>record outside the catalogue</translation>
    </message>
    <message>
        <source>measure outside the list</source>
        <translation>measure outside the list</translation>
    </message>
    <message>
        <source>%1 to %2, made by %3 at audit entry %4. %5 of %6 organ(s) clean. Basis: %7</source>
        <translation>%1 to %2, made by %3 at audit entry %4. %5 of %6 organ(s) clean. Basis: %7</translation>
    </message>
</context>
<context>
    <name>creditcase::ui::CaseEventDialog</name>
    <message>
        <source>Record the service of the notice and start the objection period</source>
        <translation>Record the service of the notice and start the objection period</translation>
    </message>
    <message>
        <source>Register the objection</source>
        <translation>Register the objection</translation>
    </message>
    <message>
        <source>Uphold the objection and close the case without designation</source>
        <translation>Uphold the objection and close the case without designation</translation>
    </message>
    <message>
        <source>Reject the objection and make the case ready for decision</source>
        <translation>Reject the objection and make the case ready for decision</translation>
    </message>
    <message>
        <source>Submit for re-examination by the higher department</source>
        <translation>Submit for re-examination by the higher department</translation>
    </message>
    <message>
        <source>Approve after re-examination</source>
        <translation>Approve after re-examination</translation>
    </message>
    <message>
        <source>Return after re-examination</source>
        <translation>Return after re-examination</translation>
    </message>
    <message>
        <source>Issue the designation decision and generate the decision document</source>
        <translation>Issue the designation decision and generate the decision document</translation>
    </message>
    <message>
        <source>End the listing term and lift the measures</source>
        <translation>End the listing term and lift the measures</translation>
    </message>
    <message>
        <source>Grant the restoration and remove from the list</source>
        <translation>Grant the restoration and remove from the list</translation>
    </message>
    <message>
        <source>Revoke the restoration and reinstate the listing</source>
        <translation>Revoke the restoration and reinstate the listing</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>%1 — case %2</source>
        <translation>%1 — case %2</translation>
    </message>
    <message>
        <source>Case %1 · %2 · %3</source>
        <translation>Case %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Basis: %1</source>
        <translation>Basis: %1</translation>
    </message>
    <message>
        <source>What the law requires: %1</source>
        <translation>What the law requires: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Not after today (%1) and not before %2 (%3).</source>
        <translation>Not after today (%1) and not before %2 (%3).</translation>
    </message>
    <message>
        <source>Not after today (%1).</source>
        <translation>Not after today (%1).</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Served on:</source>
        <translation>&amp;Served on:</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Received on:</translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation>&amp;Decided on:</translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation>&amp;Reasons:</translation>
    </message>
    <message>
        <source>Required: the reasons are part of the case file and of the audit chain.</source>
        <translation>Required: the reasons are part of the case file and of the audit chain.</translation>
    </message>
    <message>
        <source>&amp;Objection:</source>
        <translation>&amp;Objection:</translation>
    </message>
    <message>
        <source>Required: what the party objects to, as received.</source>
        <translation>Required: what the party objects to, as received.</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>&amp;Answer:</translation>
    </message>
    <message>
        <source>Required: the answer to the party, with its reasons.</source>
        <translation>Required: the answer to the party, with its reasons.</translation>
    </message>
    <message>
        <source>&amp;Opinion:</source>
        <translation>&amp;Opinion:</translation>
    </message>
    <message>
        <source>Punishment measures</source>
        <translation>Punishment measures</translation>
    </message>
    <message>
        <source>&amp;Measures:</source>
        <translation>&amp;Measures:</translation>
    </message>
    <message>
        <source>The measures the list type provides for conduct of this severity (%1). Untick a measure to leave it out; no other measure can be added. Category C measures are only communicated to the body that decides on them (inform only).</source>
        <translation>The measures the list type provides for conduct of this severity (%1). Untick a measure to leave it out; no other measure can be added. Category C measures are only communicated to the body that decides on them (inform only).</translation>
    </message>
    <message>
        <source>inform only</source>
        <translation>inform only</translation>
    </message>
    <message>
        <source>The rule data could not be read: %1</source>
        <translation>The rule data could not be read: %1</translation>
    </message>
    <message>
        <source>the day the case was opened</source>
        <translation>the day the case was opened</translation>
    </message>
    <message>
        <source>the day the notice was served</source>
        <translation>the day the notice was served</translation>
    </message>
    <message>
        <source>the day the objection was received</source>
        <translation>the day the objection was received</translation>
    </message>
    <message>
        <source>the day it was submitted</source>
        <translation>the day it was submitted</translation>
    </message>
    <message>
        <source>the last step of the case</source>
        <translation>the last step of the case</translation>
    </message>
    <message>
        <source>the decision</source>
        <translation>the decision</translation>
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation>The date is in the future.</translation>
    </message>
    <message>
        <source>The date is before %1.</source>
        <translation>The date is before %1.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 is required.</translation>
    </message>
    <message>
        <source>The rule data provides no measure for this list type and severity; the decision cannot name one.</source>
        <translation>The rule data provides no measure for this list type and severity; the decision cannot name one.</translation>
    </message>
    <message>
        <source>Keep at least one measure: a designation without a measure is not a decision.</source>
        <translation>Keep at least one measure: a designation without a measure is not a decision.</translation>
    </message>
    <message>
        <source>This event has no form in this window.</source>
        <translation>This event has no form in this window.</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Not done: %1</translation>
    </message>
    <message>
        <source>Record the publication; the listing term starts that day</source>
        <translation>Record the publication; the listing term starts that day</translation>
    </message>
    <message>
        <source>Extend the time to decide</source>
        <translation>Extend the time to decide</translation>
    </message>
    <message>
        <source>&amp;Published on:</source>
        <translation>&amp;Published on:</translation>
    </message>
    <message>
        <source>&amp;Approved on:</source>
        <translation>&amp;Approved on:</translation>
    </message>
    <message>
        <source>&amp;Why more time:</source>
        <translation>&amp;Why more time:</translation>
    </message>
    <message>
        <source>Required: why the case is complex; the extension needs the approval of the head of the organ.</source>
        <translation>Required: why the case is complex; the extension needs the approval of the head of the organ.</translation>
    </message>
</context>
<context>
    <name>creditcase::ui::CaseListPage</name>
    <message>
        <source>Subject name, USCC or ID number (or its last digits), case or document number</source>
        <translation>Subject name, USCC or ID number (or its last digits), case or document number</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>All stages</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>S&amp;tage:</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;List:</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>user name</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>&amp;Officer:</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Within 3 days</source>
        <translation>Within 3 days</translation>
    </message>
    <message>
        <source>Within 7 days</source>
        <translation>Within 7 days</translation>
    </message>
    <message>
        <source>Within 30 days</source>
        <translation>Within 30 days</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Due:</translation>
    </message>
    <message>
        <source>Only my &amp;organ</source>
        <translation>Only my &amp;organ</translation>
    </message>
    <message>
        <source>Only my organ</source>
        <translation>Only my organ</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>The list could not be read: %1</translation>
    </message>
    <message>
        <source>Rows %1–%2 of %3</source>
        <translation>Rows %1–%2 of %3</translation>
    </message>
    <message>
        <source>All lists</source>
        <translation>All lists</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>%1 case(s) in total</source>
        <translation>%1 case(s) in total</translation>
    </message>
    <message>
        <source>Sort &amp;by:</source>
        <translation>Sort &amp;by:</translation>
    </message>
    <message>
        <source>Ord&amp;er:</source>
        <translation>Ord&amp;er:</translation>
    </message>
    <message>
        <source>Ascending</source>
        <translation>Ascending</translation>
    </message>
    <message>
        <source>Descending</source>
        <translation>Descending</translation>
    </message>
    <message>
        <source>What the list showed could not be registered as an inquiry: %1</source>
        <translation>What the list showed could not be registered as an inquiry: %1</translation>
    </message>
    <message>
        <source>officer %1</source>
        <translation>officer %1</translation>
    </message>
    <message>
        <source>search &quot;%1&quot;</source>
        <translation>search &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>creditcase::ui::CaseTableModel</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>USCC / ID number</source>
        <translation>USCC / ID number</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Case officer</source>
        <translation>Case officer</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
</context>
<context>
    <name>creditcase::ui::CaseViewPage</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Timeline (newest first)</source>
        <translation>Timeline (newest first)</translation>
    </message>
    <message>
        <source>Subject, record and basis document</source>
        <translation>Subject, record and basis document</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>Other document of the case</source>
        <translation>Other document of the case</translation>
    </message>
    <message>
        <source>Preview / print…</source>
        <translation>Preview / print…</translation>
    </message>
    <message>
        <source>Preview or print the chosen document</source>
        <translation>Preview or print the chosen document</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Attachments (opened from the vault)</source>
        <translation>Attachments (opened from the vault)</translation>
    </message>
    <message>
        <source>Purpose of the inquiry</source>
        <translation>Purpose of the inquiry</translation>
    </message>
    <message>
        <source>You are not the case officer. Every inquiry into a record is registered with who asked, when, whose record and why. State the purpose:</source>
        <translation>You are not the case officer. Every inquiry into a record is registered with who asked, when, whose record and why. State the purpose:</translation>
    </message>
    <message>
        <source>Basis: %1</source>
        <translation>Basis: %1</translation>
    </message>
    <message>
        <source>Case %1 · %2 · %3 · [%4] · %5</source>
        <translation>Case %1 · %2 · %3 · [%4] · %5</translation>
    </message>
    <message>
        <source>met on %1</source>
        <translation>met on %1</translation>
    </message>
    <message>
        <source>cancelled on %1</source>
        <translation>cancelled on %1</translation>
    </message>
    <message>
        <source>Next deadline: %1 %2 (%3)</source>
        <translation>Next deadline: %1 %2 (%3)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>No open deadline.</source>
        <translation>No open deadline.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Subject&lt;/b&gt;: %1 (%2)&lt;br&gt;&lt;b&gt;Credit record&lt;/b&gt; %3: %4, severity %5, decided on %6&lt;br&gt;&lt;b&gt;Basis document&lt;/b&gt;: %7 %8, issued by %9 on %10, effective %11&lt;br&gt;&lt;b&gt;Case officer&lt;/b&gt;: %12</source>
        <translation>&lt;b&gt;Subject&lt;/b&gt;: %1 (%2)&lt;br&gt;&lt;b&gt;Credit record&lt;/b&gt; %3: %4, severity %5, decided on %6&lt;br&gt;&lt;b&gt;Basis document&lt;/b&gt;: %7 %8, issued by %9 on %10, effective %11&lt;br&gt;&lt;b&gt;Case officer&lt;/b&gt;: %12</translation>
    </message>
    <message>
        <source>Preview / print</source>
        <translation>Preview / print</translation>
    </message>
    <message>
        <source>Preview / print %1</source>
        <translation>Preview / print %1</translation>
    </message>
    <message>
        <source>Notice before designation</source>
        <translation>Notice before designation</translation>
    </message>
    <message>
        <source>Designation decision</source>
        <translation>Designation decision</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Open %1</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>Not available: %1</translation>
    </message>
    <message>
        <source>%1 — not available: %2</source>
        <translation>%1 — not available: %2</translation>
    </message>
    <message>
        <source>The attachment could not be opened: %1</source>
        <translation>The attachment could not be opened: %1</translation>
    </message>
    <message>
        <source>The timeline could not be read: %1</source>
        <translation>The timeline could not be read: %1</translation>
    </message>
</context>
<context>
    <name>creditcase::ui::CreateVaultDialog</name>
    <message>
        <source>Create a new vault — CreditCase</source>
        <translation>Create a new vault — CreditCase</translation>
    </message>
    <message>
        <source>A vault is one encrypted file that holds all cases of your organ. You become its first administrator.</source>
        <translation>A vault is one encrypted file that holds all cases of your organ. You become its first administrator.</translation>
    </message>
    <message>
        <source>Vault file</source>
        <translation>Vault file</translation>
    </message>
    <message>
        <source>Where the new encrypted vault file is saved</source>
        <translation>Where the new encrypted vault file is saved</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Choose where to save the vault file</source>
        <translation>Choose where to save the vault file</translation>
    </message>
    <message>
        <source>Administrator user name</source>
        <translation>Administrator user name</translation>
    </message>
    <message>
        <source>Organ name</source>
        <translation>Organ name</translation>
    </message>
    <message>
        <source>The government department that keeps this vault</source>
        <translation>The government department that keeps this vault</translation>
    </message>
    <message>
        <source>Organ level</source>
        <translation>Organ level</translation>
    </message>
    <message>
        <source>County level</source>
        <translation>County level</translation>
    </message>
    <message>
        <source>Municipal level</source>
        <translation>Municipal level</translation>
    </message>
    <message>
        <source>Provincial level</source>
        <translation>Provincial level</translation>
    </message>
    <message>
        <source>National level</source>
        <translation>National level</translation>
    </message>
    <message>
        <source>Region code</source>
        <translation>Region code</translation>
    </message>
    <message>
        <source>Six-digit administrative division code</source>
        <translation>Six-digit administrative division code</translation>
    </message>
    <message>
        <source>e.g. 110105</source>
        <translation>e.g. 110105</translation>
    </message>
    <message>
        <source>Administrator password</source>
        <translation>Administrator password</translation>
    </message>
    <message>
        <source>Confirm administrator password</source>
        <translation>Confirm administrator password</translation>
    </message>
    <message>
        <source>Vault &amp;file:</source>
        <translation>Vault &amp;file:</translation>
    </message>
    <message>
        <source>&amp;Administrator:</source>
        <translation>&amp;Administrator:</translation>
    </message>
    <message>
        <source>&amp;Organ name:</source>
        <translation>&amp;Organ name:</translation>
    </message>
    <message>
        <source>Organ &amp;level:</source>
        <translation>Organ &amp;level:</translation>
    </message>
    <message>
        <source>&amp;Region code:</source>
        <translation>&amp;Region code:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>The user name you will sign in with. More users are added later.</source>
        <translation>The user name you will sign in with. More users are added later.</translation>
    </message>
    <message>
        <source>The six-digit administrative division code of the organ&apos;s area.</source>
        <translation>The six-digit administrative division code of the organ&apos;s area.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters. A long phrase is easier to remember than a short random word.</source>
        <translation>
            <numerusform>At least %n character. A long phrase is easier to remember than a short random word.</numerusform>
            <numerusform>At least %n characters. A long phrase is easier to remember than a short random word.</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;reate vault</source>
        <translation>C&amp;reate vault</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&lt;b&gt;Write down the recovery code now&lt;/b&gt;</source>
        <translation>&lt;b&gt;Write down the recovery code now&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>This code is shown only once. It opens the vault even if every password is lost. Write it on paper (or print this page), check it character by character, and keep it locked away from the computer. Anyone who has the code can open the vault.</source>
        <translation>This code is shown only once. It opens the vault even if every password is lost. Write it on paper (or print this page), check it character by character, and keep it locked away from the computer. Anyone who has the code can open the vault.</translation>
    </message>
    <message>
        <source>I have &amp;written down the recovery code</source>
        <translation>I have &amp;written down the recovery code</translation>
    </message>
    <message>
        <source>I have written down the recovery code</source>
        <translation>I have written down the recovery code</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Choose where to save the new vault file.</source>
        <translation>Choose where to save the new vault file.</translation>
    </message>
    <message>
        <source>A file already exists at %1. Choose a new file name: an existing file is never overwritten.</source>
        <translation>A file already exists at %1. Choose a new file name: an existing file is never overwritten.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose an existing folder.</source>
        <translation>The folder %1 does not exist. Choose an existing folder.</translation>
    </message>
    <message>
        <source>Type the user name of the first administrator.</source>
        <translation>Type the user name of the first administrator.</translation>
    </message>
    <message>
        <source>Type the name of the organ (the government department) that keeps this vault.</source>
        <translation>Type the name of the organ (the government department) that keeps this vault.</translation>
    </message>
    <message numerus="yes">
        <source>The region code must be exactly %n digits, for example 110105.</source>
        <translation>
            <numerusform>The region code must be exactly %n digit, for example 110105.</numerusform>
            <numerusform>The region code must be exactly %n digits, for example 110105.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password is too short: use at least %n characters.</source>
        <translation>
            <numerusform>The password is too short: use at least %n character.</numerusform>
            <numerusform>The password is too short: use at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords do not match. Type the same password in both fields.</source>
        <translation>The two passwords do not match. Type the same password in both fields.</translation>
    </message>
    <message>
        <source>The vault could not be created.</source>
        <translation>The vault could not be created.</translation>
    </message>
    <message>
        <source>Recovery code — CreditCase</source>
        <translation>Recovery code — CreditCase</translation>
    </message>
    <message>
        <source>Save new vault as</source>
        <translation>Save new vault as</translation>
    </message>
    <message>
        <source>CreditCase vaults (*.%1)</source>
        <translation>CreditCase vaults (*.%1)</translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation>Print the recovery code</translation>
    </message>
    <message>
        <source>CreditCase recovery code</source>
        <translation>CreditCase recovery code</translation>
    </message>
    <message>
        <source>Vault file: %1</source>
        <translation>Vault file: %1</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Printed on %1</translation>
    </message>
    <message>
        <source>This code opens the vault even if every password is lost. Keep this sheet locked away.</source>
        <translation>This code opens the vault even if every password is lost. Keep this sheet locked away.</translation>
    </message>
    <message>
        <source>Confir&amp;m password:</source>
        <translation>Confir&amp;m password:</translation>
    </message>
</context>
<context>
    <name>creditcase::ui::DashboardPage</name>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>What is due</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due today and this week</source>
        <translation>Due today and this week</translation>
    </message>
    <message>
        <source>Waiting for me</source>
        <translation>Waiting for me</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Whose turn</source>
        <translation>Whose turn</translation>
    </message>
    <message>
        <source>Credit restoration applications waiting</source>
        <translation>Credit restoration applications waiting</translation>
    </message>
    <message>
        <source>The holiday schedule for %1 is not in the vault: deadlines in working days are provisional (暂定) until an administrator imports it.</source>
        <translation>The holiday schedule for %1 is not in the vault: deadlines in working days are provisional (暂定) until an administrator imports it.</translation>
    </message>
    <message>
        <source>No backup of this vault was made in the last 7 days. Ask an administrator to make one.</source>
        <translation>No backup of this vault was made in the last 7 days. Ask an administrator to make one.</translation>
    </message>
    <message>
        <source>deadline dashboard of the case officer</source>
        <translation>deadline dashboard of the case officer</translation>
    </message>
    <message>
        <source>The deadlines could not be read: %1</source>
        <translation>The deadlines could not be read: %1</translation>
    </message>
    <message>
        <source> (first %1; the case list shows all)</source>
        <translation> (first %1; the case list shows all)</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>Overdue (%1)</translation>
    </message>
    <message>
        <source>Due today (%1) and this week (%2)</source>
        <translation>Due today (%1) and this week (%2)</translation>
    </message>
    <message>
        <source>Credit restoration applications waiting (%1)</source>
        <translation>Credit restoration applications waiting (%1)</translation>
    </message>
    <message>
        <source>Waiting for me (my cases by stage)</source>
        <translation>Waiting for me (my cases by stage)</translation>
    </message>
    <message>
        <source>Waiting for a decision or re-examination</source>
        <translation>Waiting for a decision or re-examination</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>mine</translation>
    </message>
    <message>
        <source>my organ</source>
        <translation>my organ</translation>
    </message>
    <message>
        <source>organs under mine</source>
        <translation>organs under mine</translation>
    </message>
    <message>
        <source>not readable</source>
        <translation>not readable</translation>
    </message>
</context>
<context>
    <name>creditcase::ui::DocumentPreviewDialog</name>
    <message>
        <source>%1 — case %2</source>
        <translation>%1 — case %2</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>&amp;Public copy (identifier masked)</source>
        <translation>&amp;Public copy (identifier masked)</translation>
    </message>
    <message>
        <source>Public copy</source>
        <translation>Public copy</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Export PDF…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>(no number)</translation>
    </message>
    <message>
        <source>Not issued yet: printing or exporting issues it, takes its number and records it. The fingerprint is printed then.</source>
        <translation>Not issued yet: printing or exporting issues it, takes its number and records it. The fingerprint is printed then.</translation>
    </message>
    <message>
        <source>Issued as %1; not printed yet.</source>
        <translation>Issued as %1; not printed yet.</translation>
    </message>
    <message>
        <source>Issued as %1. The next print is copy %2 (副本 %2) and is recorded.</source>
        <translation>Issued as %1. The next print is copy %2 (副本 %2) and is recorded.</translation>
    </message>
    <message>
        <source>Basis: %1</source>
        <translation>Basis: %1</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Print %1</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Exported to %1 (fingerprint %2).</source>
        <translation>Exported to %1 (fingerprint %2).</translation>
    </message>
</context>
<context>
    <name>creditcase::ui::ExportDialog</name>
    <message>
        <source>Export for disclosure</source>
        <translation>Export for disclosure</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Public notice (双公示): names of natural persons masked, ID numbers left out</source>
        <translation>Public notice (双公示): names of natural persons masked, ID numbers left out</translation>
    </message>
    <message>
        <source>Sharing with other agencies: ID numbers masked</source>
        <translation>Sharing with other agencies: ID numbers masked</translation>
    </message>
    <message>
        <source>Date of the disclosure</source>
        <translation>Date of the disclosure</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>File to write</translation>
    </message>
    <message>
        <source>a .csv or .json file</source>
        <translation>a .csv or .json file</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>Choose the file to write</source>
        <translation>Choose the file to write</translation>
    </message>
    <message>
        <source>Replace the file if it exists</source>
        <translation>Replace the file if it exists</translation>
    </message>
    <message>
        <source>The file leaves the encrypted vault in clear: keep it where only the disclosure staff can read it. The export is recorded in the audit chain and the inquiry register with every subject it names; records whose disclosure period has ended or that were restored are left out.</source>
        <translation>The file leaves the encrypted vault in clear: keep it where only the disclosure staff can read it. The export is recorded in the audit chain and the inquiry register with every subject it names; records whose disclosure period has ended or that were restored are left out.</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>C&amp;hannel:</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;As of:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Choose the file to write.</translation>
    </message>
    <message>
        <source>The file must end in .csv or .json.</source>
        <translation>The file must end in .csv or .json.</translation>
    </message>
    <message>
        <source>Exporting for disclosure</source>
        <translation>Exporting for disclosure</translation>
    </message>
    <message>
        <source>Choosing and masking the records for %1…</source>
        <translation>Choosing and masking the records for %1…</translation>
    </message>
    <message>
        <source>Cancelling: nothing is written and nothing is recorded.</source>
        <translation>Cancelling: nothing is written and nothing is recorded.</translation>
    </message>
    <message>
        <source>Written to %1: %2 record(s) and %3 designation(s); %4 left out (disclosure period ended, restored, or not for this channel). SHA-256 %5…; audit entry %6.</source>
        <translation>Written to %1: %2 record(s) and %3 designation(s); %4 left out (disclosure period ended, restored, or not for this channel). SHA-256 %5…; audit entry %6.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>creditcase::ui::LockScreen</name>
    <message>
        <source>CreditCase is locked</source>
        <translation>CreditCase is locked</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>S&amp;witch user…</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Vault: %1</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>User &amp;name:</translation>
    </message>
</context>
<context>
    <name>creditcase::ui::MainWindow</name>
    <message>
        <source>CreditCase</source>
        <translation>CreditCase</translation>
    </message>
    <message>
        <source>&amp;New vault…</source>
        <translation>&amp;New vault…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>&amp;About CreditCase</source>
        <translation>&amp;About CreditCase</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostics</source>
        <translation>&amp;Copy diagnostics</translation>
    </message>
    <message>
        <source>Copies program, Qt and system versions for a support request; no case data, user or file name.</source>
        <translation>Copies program, Qt and system versions for a support request; no case data, user or file name.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>%1 (%2, %3) — %4</source>
        <translation>%1 (%2, %3) — %4</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>after %n min idle</source>
        <translation>
            <numerusform>after %n min idle</numerusform>
            <numerusform>after %n min idle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>after the computer was asleep or unused for more than %n min</source>
        <translation>
            <numerusform>after the computer was asleep or unused for more than %n min</numerusform>
            <numerusform>after the computer was asleep or unused for more than %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>on request</source>
        <translation>on request</translation>
    </message>
    <message>
        <source>Locked at %1 %2</source>
        <translation>Locked at %1 %2</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Type your user name.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Type your password.</translation>
    </message>
    <message>
        <source>Last locked at %1 %2</source>
        <translation>Last locked at %1 %2</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Switch user</translation>
    </message>
    <message numerus="yes">
        <source>Open windows of %1: %n. They may hold unsaved input. Switching the user closes them, and that input is lost.</source>
        <translation>
            <numerusform>Open windows of %1: %n. They may hold unsaved input. Switching the user closes them, and that input is lost.</numerusform>
            <numerusform>Open windows of %1: %n. They may hold unsaved input. Switching the user closes them, and that input is lost.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close them and switch user</source>
        <translation>Close them and switch user</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Keep them</translation>
    </message>
    <message>
        <source>New vault</source>
        <translation>New vault</translation>
    </message>
    <message>
        <source>Close the open forms first: creating a new vault closes the vault that is open now.</source>
        <translation>Close the open forms first: creating a new vault closes the vault that is open now.</translation>
    </message>
    <message>
        <source>About CreditCase</source>
        <translation>About CreditCase</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Case management for public credit information: recording untrustworthy conduct, lists of seriously untrustworthy entities, and credit restoration.&lt;/p&gt;&lt;p&gt;The vault is always encrypted. Built with Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Case management for public credit information: recording untrustworthy conduct, lists of seriously untrustworthy entities, and credit restoration.&lt;/p&gt;&lt;p&gt;The vault is always encrypted. Built with Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard.</source>
        <translation>Diagnostics copied to the clipboard.</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Search cases</translation>
    </message>
    <message>
        <source>Search (Ctrl+F): name, USCC/ID, case or document number</source>
        <translation>Search (Ctrl+F): name, USCC/ID, case or document number</translation>
    </message>
    <message>
        <source>Credit restoration</source>
        <translation>Credit restoration</translation>
    </message>
    <message>
        <source>Designation standards</source>
        <translation>Designation standards</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Users and backups</source>
        <translation>Users and backups</translation>
    </message>
    <message>
        <source>Print the notices due for service today…</source>
        <translation>Print the notices due for service today…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Overdue %1+</source>
        <translation>Overdue %1+</translation>
    </message>
    <message>
        <source>Overdue %1</source>
        <translation>Overdue %1</translation>
    </message>
    <message>
        <source>Due today %1</source>
        <translation>Due today %1</translation>
    </message>
    <message numerus="yes">
        <source>Auto-lock after %n min</source>
        <translation>
            <numerusform>Auto-lock after %n min</numerusform>
            <numerusform>Auto-lock after %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto-lock off</source>
        <translation>Auto-lock off</translation>
    </message>
    <message>
        <source>New &amp;record or case…</source>
        <translation>New &amp;record or case…</translation>
    </message>
    <message>
        <source>&amp;Search cases</source>
        <translation>&amp;Search cases</translation>
    </message>
    <message>
        <source>Case %1 opened. Note: %2</source>
        <translation>Case %1 opened. Note: %2</translation>
    </message>
    <message>
        <source>Export for disclosure…</source>
        <translation>Export for disclosure…</translation>
    </message>
</context>
<context>
    <name>creditcase::ui::NewCaseDialog</name>
    <message>
        <source>Open a designation case</source>
        <translation>Open a designation case</translation>
    </message>
    <message>
        <source>Credit record number</source>
        <translation>Credit record number</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>List type</source>
        <translation>List type</translation>
    </message>
    <message>
        <source>Scope category of the conduct</source>
        <translation>Scope category of the conduct</translation>
    </message>
    <message>
        <source>Ground of the list type</source>
        <translation>Ground of the list type</translation>
    </message>
    <message>
        <source>Date the case is opened</source>
        <translation>Date the case is opened</translation>
    </message>
    <message>
        <source>Credit &amp;record:</source>
        <translation>Credit &amp;record:</translation>
    </message>
    <message>
        <source>&amp;List type:</source>
        <translation>&amp;List type:</translation>
    </message>
    <message>
        <source>S&amp;cope category:</source>
        <translation>S&amp;cope category:</translation>
    </message>
    <message>
        <source>&amp;Ground:</source>
        <translation>&amp;Ground:</translation>
    </message>
    <message>
        <source>Circumstances:</source>
        <translation>Circumstances:</translation>
    </message>
    <message>
        <source>&amp;Opened on:</source>
        <translation>&amp;Opened on:</translation>
    </message>
    <message>
        <source>Open the case and prepare the notice</source>
        <translation>Open the case and prepare the notice</translation>
    </message>
    <message>
        <source>No list type is in force on this day.</source>
        <translation>No list type is in force on this day.</translation>
    </message>
    <message>
        <source>Standard: %1 %2 — %3</source>
        <translation>Standard: %1 %2 — %3</translation>
    </message>
    <message>
        <source>(one term covers every ground)</source>
        <translation>(one term covers every ground)</translation>
    </message>
    <message>
        <source>Enter the number of the credit record the case is about.</source>
        <translation>Enter the number of the credit record the case is about.</translation>
    </message>
    <message>
        <source>The list type names no scope category.</source>
        <translation>The list type names no scope category.</translation>
    </message>
    <message>
        <source>The day the time to decide counts from is stated</source>
        <translation>The day the time to decide counts from is stated</translation>
    </message>
    <message>
        <source>Day the time to decide counts from</source>
        <translation>Day the time to decide counts from</translation>
    </message>
    <message>
        <source>&amp;Time to decide from:</source>
        <translation>&amp;Time to decide from:</translation>
    </message>
    <message>
        <source>The decision is due %1 after that day (%2). Without it no decision deadline is kept.</source>
        <translation>The decision is due %1 after that day (%2). Without it no decision deadline is kept.</translation>
    </message>
    <message>
        <source>Case %1 is open. Please note:
%2</source>
        <translation>Case %1 is open. Please note:
%2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>creditcase::ui::NewRecordDialog</name>
    <message>
        <source>New credit record</source>
        <translation>New credit record</translation>
    </message>
    <message>
        <source>Subject number</source>
        <translation>Subject number</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>Catalogue item</source>
        <translation>Catalogue item</translation>
    </message>
    <message>
        <source>Severity of the conduct</source>
        <translation>Severity of the conduct</translation>
    </message>
    <message>
        <source>Kind of basis document</source>
        <translation>Kind of basis document</translation>
    </message>
    <message>
        <source>Document number of the basis document</source>
        <translation>Document number of the basis document</translation>
    </message>
    <message>
        <source>e.g. 示市监罚〔2026〕8号</source>
        <translation>e.g. 示市监罚〔2026〕8号</translation>
    </message>
    <message>
        <source>Organ that made the basis document</source>
        <translation>Organ that made the basis document</translation>
    </message>
    <message>
        <source>Date the basis document was made</source>
        <translation>Date the basis document was made</translation>
    </message>
    <message>
        <source>Date the basis document took legal effect</source>
        <translation>Date the basis document took legal effect</translation>
    </message>
    <message>
        <source>Provision that makes the document a basis</source>
        <translation>Provision that makes the document a basis</translation>
    </message>
    <message>
        <source>Only for a document made a basis by a law, regulation or State Council decision</source>
        <translation>Only for a document made a basis by a law, regulation or State Council decision</translation>
    </message>
    <message>
        <source>Sector for the disclosure rules</source>
        <translation>Sector for the disclosure rules</translation>
    </message>
    <message>
        <source>General (no sector rule)</source>
        <translation>General (no sector rule)</translation>
    </message>
    <message>
        <source>Facts of the untrustworthy conduct</source>
        <translation>Facts of the untrustworthy conduct</translation>
    </message>
    <message>
        <source>Scans of the basis document</source>
        <translation>Scans of the basis document</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>S&amp;ubject:</translation>
    </message>
    <message>
        <source>Catalogue &amp;item:</source>
        <translation>Catalogue &amp;item:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>Se&amp;verity:</translation>
    </message>
    <message>
        <source>&amp;Basis document:</source>
        <translation>&amp;Basis document:</translation>
    </message>
    <message>
        <source>Document &amp;number:</source>
        <translation>Document &amp;number:</translation>
    </message>
    <message>
        <source>Made &amp;by:</source>
        <translation>Made &amp;by:</translation>
    </message>
    <message>
        <source>&amp;Made on:</source>
        <translation>&amp;Made on:</translation>
    </message>
    <message>
        <source>Took &amp;effect on:</source>
        <translation>Took &amp;effect on:</translation>
    </message>
    <message>
        <source>Statutory &amp;provision:</source>
        <translation>Statutory &amp;provision:</translation>
    </message>
    <message>
        <source>Sec&amp;tor:</source>
        <translation>Sec&amp;tor:</translation>
    </message>
    <message>
        <source>&amp;Facts:</source>
        <translation>&amp;Facts:</translation>
    </message>
    <message>
        <source>&amp;Scans:</source>
        <translation>&amp;Scans:</translation>
    </message>
    <message>
        <source>Only items of the public credit information catalogue may be recorded, and only on a legally effective basis document. Disclosure runs from the date the document was made.</source>
        <translation>Only items of the public credit information catalogue may be recorded, and only on a legally effective basis document. Disclosure runs from the date the document was made.</translation>
    </message>
    <message>
        <source>Record the credit information</source>
        <translation>Record the credit information</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>No catalogue is in force today: nothing can be recorded.</source>
        <translation>No catalogue is in force today: nothing can be recorded.</translation>
    </message>
    <message>
        <source>Legal basis: %1 [%2]</source>
        <translation>Legal basis: %1 [%2]</translation>
    </message>
    <message>
        <source>The document cannot take effect (%1) before it was made (%2).</source>
        <translation>The document cannot take effect (%1) before it was made (%2).</translation>
    </message>
    <message>
        <source>Choose the subject the record is about.</source>
        <translation>Choose the subject the record is about.</translation>
    </message>
    <message>
        <source>Choose the catalogue item.</source>
        <translation>Choose the catalogue item.</translation>
    </message>
    <message>
        <source>Enter the document number of the basis document.</source>
        <translation>Enter the document number of the basis document.</translation>
    </message>
    <message>
        <source>Enter the organ that made the basis document.</source>
        <translation>Enter the organ that made the basis document.</translation>
    </message>
    <message>
        <source>Name the provision of the law, regulation or State Council decision that makes this document a basis.</source>
        <translation>Name the provision of the law, regulation or State Council decision that makes this document a basis.</translation>
    </message>
    <message>
        <source>Stated in the document:</source>
        <translation>Stated in the document:</translation>
    </message>
    <message>
        <source>The basis document states the day of the conduct</source>
        <translation>The basis document states the day of the conduct</translation>
    </message>
    <message>
        <source>Day of the conduct</source>
        <translation>Day of the conduct</translation>
    </message>
    <message>
        <source>A list&apos;s age bar (e.g. minors) is read on this day; without it, on the date the basis document was made.</source>
        <translation>A list&apos;s age bar (e.g. minors) is read on this day; without it, on the date the basis document was made.</translation>
    </message>
    <message>
        <source>&amp;Conduct on:</source>
        <translation>&amp;Conduct on:</translation>
    </message>
    <message>
        <source>The conduct (%1) cannot be later than the basis document that found it (%2).</source>
        <translation>The conduct (%1) cannot be later than the basis document that found it (%2).</translation>
    </message>
</context>
<context>
    <name>creditcase::ui::NewSubjectDialog</name>
    <message>
        <source>New subject</source>
        <translation>New subject</translation>
    </message>
    <message>
        <source>Kind of subject</source>
        <translation>Kind of subject</translation>
    </message>
    <message>
        <source>Name of the subject</source>
        <translation>Name of the subject</translation>
    </message>
    <message>
        <source>Identifier (unified social credit code or resident ID number)</source>
        <translation>Identifier (unified social credit code or resident ID number)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Legal representative or person in charge</source>
        <translation>Legal representative or person in charge</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Identifier:</source>
        <translation>&amp;Identifier:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>Legal &amp;representative:</source>
        <translation>Legal &amp;representative:</translation>
    </message>
    <message>
        <source>Record the subject</source>
        <translation>Record the subject</translation>
    </message>
    <message>
        <source>This is a unified social credit code; an individual is identified by the resident ID number.</source>
        <translation>This is a unified social credit code; an individual is identified by the resident ID number.</translation>
    </message>
    <message>
        <source>This is a resident ID number; a %1 is identified by its unified social credit code.</source>
        <translation>This is a resident ID number; a %1 is identified by its unified social credit code.</translation>
    </message>
    <message>
        <source>Enter the subject&apos;s name.</source>
        <translation>Enter the subject&apos;s name.</translation>
    </message>
    <message>
        <source>Enter the identifier.</source>
        <translation>Enter the identifier.</translation>
    </message>
</context>
<context>
    <name>creditcase::ui::OverviewPage</name>
    <message>
        <source>Vault file:</source>
        <translation>Vault file:</translation>
    </message>
    <message>
        <source>Organ:</source>
        <translation>Organ:</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Signed in as:</translation>
    </message>
    <message>
        <source>The vault is open. Case lists, designations and credit restoration are not part of this version of CreditCase yet; they will appear here.</source>
        <translation>The vault is open. Case lists, designations and credit restoration are not part of this version of CreditCase yet; they will appear here.</translation>
    </message>
    <message>
        <source>Lock the vault with File ▸ Lock (Ctrl+L) whenever you leave the computer.</source>
        <translation>Lock the vault with File ▸ Lock (Ctrl+L) whenever you leave the computer.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>creditcase::ui::PreferencesDialog</name>
    <message>
        <source>Preferences — CreditCase</source>
        <translation>Preferences — CreditCase</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation>Lock after minutes without use</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Lock the vault &amp;after:</source>
        <translation>Lock the vault &amp;after:</translation>
    </message>
    <message>
        <source>Minutes without mouse or keyboard input before the vault locks itself. Open forms are hidden, not closed, and come back after the password is typed again. &quot;Never&quot; turns the automatic lock off.</source>
        <translation>Minutes without mouse or keyboard input before the vault locks itself. Open forms are hidden, not closed, and come back after the password is typed again. &quot;Never&quot; turns the automatic lock off.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>The language takes effect when CreditCase starts.</source>
        <translation>The language takes effect when CreditCase starts.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The new language takes effect the next time CreditCase starts.&lt;/b&gt;</source>
        <translation>&lt;b&gt;The new language takes effect the next time CreditCase starts.&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>creditcase::ui::RestorationApplicationDialog</name>
    <message>
        <source>New credit restoration application</source>
        <translation>New credit restoration application</translation>
    </message>
    <message>
        <source>Kind of restoration</source>
        <translation>Kind of restoration</translation>
    </message>
    <message>
        <source>Removal from a list (early removal)</source>
        <translation>Removal from a list (early removal)</translation>
    </message>
    <message>
        <source>Listed case</source>
        <translation>Listed case</translation>
    </message>
    <message>
        <source>Date the application was received</source>
        <translation>Date the application was received</translation>
    </message>
    <message>
        <source>The conduct was corrected and the obligations performed</source>
        <translation>The conduct was corrected and the obligations performed</translation>
    </message>
    <message>
        <source>Date the conduct was corrected</source>
        <translation>Date the conduct was corrected</translation>
    </message>
    <message>
        <source>Commitment letter</source>
        <translation>Commitment letter</translation>
    </message>
    <message>
        <source>Evidence of performance</source>
        <translation>Evidence of performance</translation>
    </message>
    <message>
        <source>Credit restoration is free of charge. The application is checked against the conditions of the list type on the day it is received and must be decided within the time the rules set.</source>
        <translation>Credit restoration is free of charge. The application is checked against the conditions of the list type on the day it is received and must be decided within the time the rules set.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>&amp;Case:</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Received on:</translation>
    </message>
    <message>
        <source>Corrected &amp;on:</source>
        <translation>Corrected &amp;on:</translation>
    </message>
    <message>
        <source>Co&amp;mmitment letter:</source>
        <translation>Co&amp;mmitment letter:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Evidence:</translation>
    </message>
    <message>
        <source>Record the application</source>
        <translation>Record the application</translation>
    </message>
    <message>
        <source>credit restoration application</source>
        <translation>credit restoration application</translation>
    </message>
    <message>
        <source>Case %1 · %2 · listed until %3</source>
        <translation>Case %1 · %2 · listed until %3</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <source>No listed case to apply for: only a case on a list can be removed early.</source>
        <translation>No listed case to apply for: only a case on a list can be removed early.</translation>
    </message>
    <message>
        <source>The correction (%1) cannot come after the application was received (%2).</source>
        <translation>The correction (%1) cannot come after the application was received (%2).</translation>
    </message>
</context>
<context>
    <name>creditcase::ui::RestorationPage</name>
    <message>
        <source>&lt;b&gt;Credit restoration applications waiting for a decision&lt;/b&gt;</source>
        <translation>&lt;b&gt;Credit restoration applications waiting for a decision&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Decide by</source>
        <translation>Decide by</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>Provision</source>
        <translation>Provision</translation>
    </message>
    <message>
        <source>Restoration applications waiting for a decision</source>
        <translation>Restoration applications waiting for a decision</translation>
    </message>
    <message>
        <source>&amp;New application…</source>
        <translation>&amp;New application…</translation>
    </message>
    <message>
        <source>restoration applications waiting</source>
        <translation>restoration applications waiting</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting, %1 overdue</source>
        <translation>
            <numerusform>%n waiting, %1 overdue</numerusform>
            <numerusform>%n waiting, %1 overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Application for case %1 recorded. The conditions are met; decide by %2.</source>
        <translation>Application for case %1 recorded. The conditions are met; decide by %2.</translation>
    </message>
    <message>
        <source>Application for case %1 recorded. The conditions are not met on receipt (%2); decide by %3 and give reasons if it is refused.</source>
        <translation>Application for case %1 recorded. The conditions are not met on receipt (%2); decide by %3 and give reasons if it is refused.</translation>
    </message>
</context>
<context>
    <name>creditcase::ui::RulesBrowserPage</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>[V] read in the official text</source>
        <translation>[V] read in the official text</translation>
    </message>
    <message>
        <source>[V2] secondary source only</source>
        <translation>[V2] secondary source only</translation>
    </message>
    <message>
        <source>[U] unverified</source>
        <translation>[U] unverified</translation>
    </message>
    <message>
        <source>Rule data to show</source>
        <translation>Rule data to show</translation>
    </message>
    <message>
        <source>Public credit information catalogue</source>
        <translation>Public credit information catalogue</translation>
    </message>
    <message>
        <source>Punishment measures</source>
        <translation>Punishment measures</translation>
    </message>
    <message>
        <source>List types</source>
        <translation>List types</translation>
    </message>
    <message>
        <source>Disclosure regimes</source>
        <translation>Disclosure regimes</translation>
    </message>
    <message>
        <source>Work calendar (holiday schedules)</source>
        <translation>Work calendar (holiday schedules)</translation>
    </message>
    <message>
        <source>Rules in force on</source>
        <translation>Rules in force on</translation>
    </message>
    <message>
        <source>&amp;Import rules or holiday schedule…</source>
        <translation>&amp;Import rules or holiday schedule…</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Mark</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Rule data with sources and marks</source>
        <translation>Rule data with sources and marks</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>In force &amp;on:</source>
        <translation>In force &amp;on:</translation>
    </message>
    <message>
        <source>Import rules or holiday schedule</source>
        <translation>Import rules or holiday schedule</translation>
    </message>
    <message>
        <source>Rule data (*.json);;All files (*)</source>
        <translation>Rule data (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>No catalogue is in force on %1.</source>
        <translation>No catalogue is in force on %1.</translation>
    </message>
    <message>
        <source>Edition in force on %1: %2</source>
        <translation>Edition in force on %1: %2</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Provided by</source>
        <translation>Provided by</translation>
    </message>
    <message>
        <source>Disclosure period</source>
        <translation>Disclosure period</translation>
    </message>
    <message>
        <source>No measures list is in force on %1.</source>
        <translation>No measures list is in force on %1.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>inform only</source>
        <translation>inform only</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Follows conduct of severity</source>
        <translation>Follows conduct of severity</translation>
    </message>
    <message>
        <source>No list types are in force on %1.</source>
        <translation>No list types are in force on %1.</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Lowest designating level</source>
        <translation>Lowest designating level</translation>
    </message>
    <message>
        <source>Scope categories</source>
        <translation>Scope categories</translation>
    </message>
    <message>
        <source>Minimum public comment binds the standard</source>
        <translation>Minimum public comment binds the standard</translation>
    </message>
    <message>
        <source>Notice before designation</source>
        <translation>Notice before designation</translation>
    </message>
    <message>
        <source>Objection window</source>
        <translation>Objection window</translation>
    </message>
    <message>
        <source>Objection answer within</source>
        <translation>Objection answer within</translation>
    </message>
    <message>
        <source>Decision within</source>
        <translation>Decision within</translation>
    </message>
    <message>
        <source>Re-examination by a higher department</source>
        <translation>Re-examination by a higher department</translation>
    </message>
    <message>
        <source>required (%1)</source>
        <translation>required (%1)</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>not required</translation>
    </message>
    <message>
        <source>Listing term %1</source>
        <translation>Listing term %1</translation>
    </message>
    <message>
        <source>Early removal</source>
        <translation>Early removal</translation>
    </message>
    <message>
        <source>allowed after %1</source>
        <translation>allowed after %1</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>allowed</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>not allowed</translation>
    </message>
    <message>
        <source>Restoration decided within</source>
        <translation>Restoration decided within</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n measure(s)</numerusform>
            <numerusform>%n measure(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>No disclosure regimes are in force on %1.</source>
        <translation>No disclosure regimes are in force on %1.</translation>
    </message>
    <message>
        <source>Edition in force on %1: %2 (every regime of the edition is listed; the one in force on a decision date applies)</source>
        <translation>Edition in force on %1: %2 (every regime of the edition is listed; the one in force on a decision date applies)</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>in force</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>In force from</translation>
    </message>
    <message>
        <source>In force until</source>
        <translation>In force until</translation>
    </message>
    <message>
        <source>not disclosed</source>
        <translation>not disclosed</translation>
    </message>
    <message>
        <source>at least %1, at most %2</source>
        <translation>at least %1, at most %2</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>at most %1</translation>
    </message>
    <message>
        <source>Disclosure of %1 conduct</source>
        <translation>Disclosure of %1 conduct</translation>
    </message>
    <message>
        <source>minimum period served</source>
        <translation>minimum period served</translation>
    </message>
    <message>
        <source>conduct corrected</source>
        <translation>conduct corrected</translation>
    </message>
    <message>
        <source>commitment letter</source>
        <translation>commitment letter</translation>
    </message>
    <message>
        <source>Restoration requires</source>
        <translation>Restoration requires</translation>
    </message>
    <message>
        <source>Calendar version %1. Years without a published schedule count weekends only, and every deadline in them is provisional.</source>
        <translation>Calendar version %1. Years without a published schedule count weekends only, and every deadline in them is provisional.</translation>
    </message>
    <message>
        <source>Schedule version</source>
        <translation>Schedule version</translation>
    </message>
    <message>
        <source>Days off: %1</source>
        <translation>Days off: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 (%n day(s))</source>
        <translation>
            <numerusform>%1 to %2 (%n day(s))</numerusform>
            <numerusform>%1 to %2 (%n day(s))</numerusform>
        </translation>
    </message>
    <message>
        <source>Make-up working days</source>
        <translation>Make-up working days</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>The file %1 could not be read: %2</translation>
    </message>
    <message>
        <source>Importing rule data</source>
        <translation>Importing rule data</translation>
    </message>
    <message>
        <source>Checking %1 and recomputing the open deadlines it affects…</source>
        <translation>Checking %1 and recomputing the open deadlines it affects…</translation>
    </message>
    <message>
        <source>%1 was already imported; nothing changed.</source>
        <translation>%1 was already imported; nothing changed.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 %2 version %3; %n open deadline(s) moved.</source>
        <translation>
            <numerusform>Imported %1 %2 version %3; %n open deadline(s) moved.</numerusform>
            <numerusform>Imported %1 %2 version %3; %n open deadline(s) moved.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling: the import and the deadlines it recomputed are being rolled back; nothing of it will be saved.</source>
        <translation>Cancelling: the import and the deadlines it recomputed are being rolled back; nothing of it will be saved.</translation>
    </message>
</context>
<context>
    <name>creditcase::ui::StandardStepDialog</name>
    <message>
        <source>Standard: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>New designation standard</source>
        <translation>New designation standard</translation>
    </message>
    <message>
        <source>List type of the standard</source>
        <translation>List type of the standard</translation>
    </message>
    <message>
        <source>Title of the standard</source>
        <translation>Title of the standard</translation>
    </message>
    <message>
        <source>&amp;List type:</source>
        <translation>&amp;List type:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Record the draft standard</source>
        <translation>Record the draft standard</translation>
    </message>
    <message>
        <source>Open the standard for public comment</source>
        <translation>Open the standard for public comment</translation>
    </message>
    <message>
        <source>First day of public comment</source>
        <translation>First day of public comment</translation>
    </message>
    <message>
        <source>Last day of public comment</source>
        <translation>Last day of public comment</translation>
    </message>
    <message>
        <source>Comment &amp;from:</source>
        <translation>Comment &amp;from:</translation>
    </message>
    <message>
        <source>Comment &amp;until:</source>
        <translation>Comment &amp;until:</translation>
    </message>
    <message>
        <source>Open for public comment</source>
        <translation>Open for public comment</translation>
    </message>
    <message>
        <source>Adopt the standard</source>
        <translation>Adopt the standard</translation>
    </message>
    <message>
        <source>Date of adoption</source>
        <translation>Date of adoption</translation>
    </message>
    <message>
        <source>In force from a later day</source>
        <translation>In force from a later day</translation>
    </message>
    <message>
        <source>Date the standard comes into force</source>
        <translation>Date the standard comes into force</translation>
    </message>
    <message>
        <source>Set the first assessment</source>
        <translation>Set the first assessment</translation>
    </message>
    <message>
        <source>First assessment due</source>
        <translation>First assessment due</translation>
    </message>
    <message>
        <source>Public comment: %1 to %2. A standard can be adopted only after its comment period has closed.</source>
        <translation>Public comment: %1 to %2. A standard can be adopted only after its comment period has closed.</translation>
    </message>
    <message>
        <source>&amp;Adopted on:</source>
        <translation>&amp;Adopted on:</translation>
    </message>
    <message>
        <source>In &amp;force from:</source>
        <translation>In &amp;force from:</translation>
    </message>
    <message>
        <source>Assessment &amp;due:</source>
        <translation>Assessment &amp;due:</translation>
    </message>
    <message>
        <source>Abolish the standard</source>
        <translation>Abolish the standard</translation>
    </message>
    <message>
        <source>Date of abolition</source>
        <translation>Date of abolition</translation>
    </message>
    <message>
        <source>From this day the standard supports no new designation and its deadlines are cancelled. This cannot be undone.</source>
        <translation>From this day the standard supports no new designation and its deadlines are cancelled. This cannot be undone.</translation>
    </message>
    <message>
        <source>Abolished &amp;from:</source>
        <translation>Abolished &amp;from:</translation>
    </message>
    <message>
        <source>The rules set no minimum comment period for this list type&apos;s standard (%1).</source>
        <translation>The rules set no minimum comment period for this list type&apos;s standard (%1).</translation>
    </message>
    <message>
        <source>The law requires at least %1 of public comment (%2).</source>
        <translation>The law requires at least %1 of public comment (%2).</translation>
    </message>
    <message>
        <source>The rules in force on %1 state no minimum comment period.</source>
        <translation>The rules in force on %1 state no minimum comment period.</translation>
    </message>
    <message>
        <source>No list type is in force today.</source>
        <translation>No list type is in force today.</translation>
    </message>
    <message>
        <source>Enter the title of the standard.</source>
        <translation>Enter the title of the standard.</translation>
    </message>
    <message>
        <source>The comment period cannot end (%1) before it begins (%2).</source>
        <translation>The comment period cannot end (%1) before it begins (%2).</translation>
    </message>
    <message>
        <source>The comment period closes on %1; the standard can be adopted from the next day.</source>
        <translation>The comment period closes on %1; the standard can be adopted from the next day.</translation>
    </message>
    <message>
        <source>A standard cannot come into force before it is adopted.</source>
        <translation>A standard cannot come into force before it is adopted.</translation>
    </message>
</context>
<context>
    <name>creditcase::ui::StandardsPage</name>
    <message>
        <source>&lt;b&gt;Designation standards&lt;/b&gt;</source>
        <translation>&lt;b&gt;Designation standards&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A list may be used only on a published standard: drafted, open for public comment for at least the minimum period, adopted after the comment closed, assessed periodically.</source>
        <translation>A list may be used only on a published standard: drafted, open for public comment for at least the minimum period, adopted after the comment closed, assessed periodically.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>List type</source>
        <translation>List type</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Public comment</source>
        <translation>Public comment</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>In force from</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Designation standards</source>
        <translation>Designation standards</translation>
    </message>
    <message>
        <source>&amp;New standard…</source>
        <translation>&amp;New standard…</translation>
    </message>
    <message>
        <source>Open for &amp;comment…</source>
        <translation>Open for &amp;comment…</translation>
    </message>
    <message>
        <source>&amp;Adopt…</source>
        <translation>&amp;Adopt…</translation>
    </message>
    <message>
        <source>A&amp;bolish…</source>
        <translation>A&amp;bolish…</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Recorded by %1 on %2</source>
        <translation>Recorded by %1 on %2</translation>
    </message>
    <message numerus="yes">
        <source>%n standard(s)</source>
        <translation>
            <numerusform>%n standard(s)</numerusform>
            <numerusform>%n standard(s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>creditcase::ui::UnlockDialog</name>
    <message>
        <source>Unlock vault — CreditCase</source>
        <translation>Unlock vault — CreditCase</translation>
    </message>
    <message>
        <source>Open a CreditCase vault with your user name and password.</source>
        <translation>Open a CreditCase vault with your user name and password.</translation>
    </message>
    <message>
        <source>Vault file</source>
        <translation>Vault file</translation>
    </message>
    <message>
        <source>Path of the encrypted vault file; recently opened vaults are listed</source>
        <translation>Path of the encrypted vault file; recently opened vaults are listed</translation>
    </message>
    <message>
        <source>The encrypted vault file. Recently opened vaults are in the list.</source>
        <translation>The encrypted vault file. Recently opened vaults are in the list.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Browse for a vault file</source>
        <translation>Browse for a vault file</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Vault &amp;file:</source>
        <translation>Vault &amp;file:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Create a &amp;new vault…</source>
        <translation>Create a &amp;new vault…</translation>
    </message>
    <message>
        <source>Create a new vault</source>
        <translation>Create a new vault</translation>
    </message>
    <message>
        <source>Choose the vault file to open, or create a new vault.</source>
        <translation>Choose the vault file to open, or create a new vault.</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Type your user name.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Type your password.</translation>
    </message>
    <message>
        <source>Open vault</source>
        <translation>Open vault</translation>
    </message>
    <message>
        <source>CreditCase vaults (*.%1);;All files (*)</source>
        <translation>CreditCase vaults (*.%1);;All files (*)</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>User &amp;name:</translation>
    </message>
</context>
<context>
    <name>creditcase::ui::UserDialog</name>
    <message>
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Organ the user works for</source>
        <translation>Organ the user works for</translation>
    </message>
    <message>
        <source>Level of the organ</source>
        <translation>Level of the organ</translation>
    </message>
    <message>
        <source>Administrative division code of the organ</source>
        <translation>Administrative division code of the organ</translation>
    </message>
    <message>
        <source>six digits, e.g. 110105</source>
        <translation>six digits, e.g. 110105</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Organ:</source>
        <translation>&amp;Organ:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>Re&amp;gion code:</source>
        <translation>Re&amp;gion code:</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>New password for %1</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>Initial password</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <source>Initial &amp;password:</source>
        <translation>Initial &amp;password:</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>New &amp;password:</translation>
    </message>
    <message>
        <source>R&amp;epeat:</source>
        <translation>R&amp;epeat:</translation>
    </message>
    <message>
        <source>Give the password to the user in person; they must change it when they first sign in.</source>
        <translation>Give the password to the user in person; they must change it when they first sign in.</translation>
    </message>
    <message>
        <source>Add the user</source>
        <translation>Add the user</translation>
    </message>
    <message>
        <source>Set the new password</source>
        <translation>Set the new password</translation>
    </message>
    <message>
        <source>Enter the user&apos;s name.</source>
        <translation>Enter the user&apos;s name.</translation>
    </message>
    <message>
        <source>Enter the organ the user works for.</source>
        <translation>Enter the organ the user works for.</translation>
    </message>
    <message>
        <source>The region code must be the six-digit administrative division code of the organ.</source>
        <translation>The region code must be the six-digit administrative division code of the organ.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation>Enter a password.</translation>
    </message>
    <message>
        <source>%1 was added as %2.</source>
        <translation>%1 was added as %2.</translation>
    </message>
    <message>
        <source>The password of %1 was set.</source>
        <translation>The password of %1 was set.</translation>
    </message>
    <message>
        <source>Still without a password: %1.</source>
        <translation>Still without a password: %1.</translation>
    </message>
</context>
<context>
    <name>creditcase::ui::UsersBackupsPage</name>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Organ</source>
        <translation>Organ</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Users of the vault</source>
        <translation>Users of the vault</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Add user…</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>&amp;Disable…</translation>
    </message>
    <message>
        <source>New &amp;password…</source>
        <translation>New &amp;password…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Back up now…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restore from a backup…</translation>
    </message>
    <message>
        <source>Back up the vault</source>
        <translation>Back up the vault</translation>
    </message>
    <message>
        <source>Vault backups (*.backup);;All files (*)</source>
        <translation>Vault backups (*.backup);;All files (*)</translation>
    </message>
    <message>
        <source>Restore the vault from a backup</source>
        <translation>Restore the vault from a backup</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>Everything recorded after the backup %1 was made will be replaced by the backup. The vault is locked for the restore and you sign in again afterwards. Continue?</source>
        <translation>Everything recorded after the backup %1 was made will be replaced by the backup. The vault is locked for the restore and you sign in again afterwards. Continue?</translation>
    </message>
    <message>
        <source>Your password (you must have been an administrator on the day of the backup):</source>
        <translation>Your password (you must have been an administrator on the day of the backup):</translation>
    </message>
    <message>
        <source>active, must change password</source>
        <translation>active, must change password</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>disabled on %1</source>
        <translation>disabled on %1</translation>
    </message>
    <message>
        <source>⚠ No backup of this vault is recorded on this computer. Make one now and keep it on another disk.</source>
        <translation>⚠ No backup of this vault is recorded on this computer. Make one now and keep it on another disk.</translation>
    </message>
    <message numerus="yes">
        <source>Latest backup: %1, %2 (%n day(s) ago).</source>
        <translation>
            <numerusform>Latest backup: %1, %2 (%n day(s) ago).</numerusform>
            <numerusform>Latest backup: %1, %2 (%n day(s) ago).</numerusform>
        </translation>
    </message>
    <message>
        <source>Make a new backup.</source>
        <translation>Make a new backup.</translation>
    </message>
    <message>
        <source>Disable a user</source>
        <translation>Disable a user</translation>
    </message>
    <message>
        <source>%1 will no longer be able to sign in. Their cases and audit entries stay as they are. Disable %1?</source>
        <translation>%1 will no longer be able to sign in. Their cases and audit entries stay as they are. Disable %1?</translation>
    </message>
    <message>
        <source>%1 was disabled.</source>
        <translation>%1 was disabled.</translation>
    </message>
    <message>
        <source>Backing up the vault</source>
        <translation>Backing up the vault</translation>
    </message>
    <message>
        <source>Writing and checking %1…</source>
        <translation>Writing and checking %1…</translation>
    </message>
    <message>
        <source>Backup written to %1 and checked.</source>
        <translation>Backup written to %1 and checked.</translation>
    </message>
    <message>
        <source>The vault was restored from %1. Sign in again to continue.</source>
        <translation>The vault was restored from %1. Sign in again to continue.</translation>
    </message>
    <message>
        <source>Cancelling: a backup that is already being written is finished and checked; otherwise nothing is written and nothing is recorded.</source>
        <translation>Cancelling: a backup that is already being written is finished and checked; otherwise nothing is written and nothing is recorded.</translation>
    </message>
</context>
</TS>
