<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <source>Usage: creditcase-cli user disable NAME</source>
        <translation>Usage: creditcase-cli user disable NAME</translation>
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
        <source>Only an administrator (in the backup) or the recovery code may restore a backup.</source>
        <translation>Only an administrator (in the backup) or the recovery code may restore a backup.</translation>
    </message>
    <message>
        <source>The vault %1 was restored from %2. The replaced file was kept beside it.</source>
        <translation>The vault %1 was restored from %2. The replaced file was kept beside it.</translation>
    </message>
    <message>
        <source>Only an administrator may rekey the vault.</source>
        <translation>Only an administrator may rekey the vault.</translation>
    </message>
    <message>
        <source>The vault has a new master key; every password still works, the old recovery code no longer does.
</source>
        <translation>The vault has a new master key; every password still works, the old recovery code no longer does.
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
</context>
<context>
    <name>CoreVaultGateway</name>
    <message>
        <source>Choose the organ&apos;s level.</source>
        <translation>Choose the organ&apos;s level.</translation>
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
        <source>it is far too large</source>
        <translation>it is far too large</translation>
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
        <source>A law, regulation or State Council decision makes this information non-restorable; restoration cannot be applied for.</source>
        <translation>A law, regulation or State Council decision makes this information non-restorable; restoration cannot be applied for.</translation>
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
        <source>The latest backup is %1, made %2. Restore it with &quot;vault restore --from %1&quot; or from the File menu.</source>
        <translation>The latest backup is %1, made %2. Restore it with &quot;vault restore --from %1&quot; or from the File menu.</translation>
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
        <source>The vault %1 is damaged: its identity cannot be read (%2). %3</source>
        <translation>The vault %1 is damaged: its identity cannot be read (%2). %3</translation>
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
</context>
<context>
    <name>VaultSessions</name>
    <message>
        <source>Cannot create the folder %1 that records who has the vault open.</source>
        <translation>Cannot create the folder %1 that records who has the vault open.</translation>
    </message>
    <message>
        <source>Cannot record that the vault is open (%1): %2</source>
        <translation>Cannot record that the vault is open (%1): %2</translation>
    </message>
    <message>
        <source>The vault is in use by %1 since %2 (process %3 on %4). Ask them to close CreditCase, then try again.</source>
        <translation>The vault is in use by %1 since %2 (process %3 on %4). Ask them to close CreditCase, then try again.</translation>
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
    <name>creditcase::storage::SqlCipherDriver</name>
    <message>
        <source>The connection option &quot;%1&quot; needs a whole number of milliseconds (0 or more).</source>
        <translation>The connection option &quot;%1&quot; needs a whole number of milliseconds (0 or more).</translation>
    </message>
    <message>
        <source>The connection option &quot;%1&quot; is not known. Known options: CREATE_IF_MISSING, BUSY_TIMEOUT_MS=&lt;milliseconds&gt;, READ_ONLY, WAL.</source>
        <translation>The connection option &quot;%1&quot; is not known. Known options: CREATE_IF_MISSING, BUSY_TIMEOUT_MS=&lt;milliseconds&gt;, READ_ONLY, WAL.</translation>
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
        <source>Con&amp;firm password:</source>
        <translation>Con&amp;firm password:</translation>
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
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
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
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
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
</context>
</TS>
