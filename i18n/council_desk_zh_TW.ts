<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name></name>
    <message>
        <location filename="../council_desk/ui/detail.py" line="167"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/detail.py" line="168"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/detail.py" line="169"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/detail.py" line="170"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/detail.py" line="171"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/detail.py" line="172"/>
        <source>Agency status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/detail.py" line="174"/>
        <source>Agency resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/detail.py" line="177"/>
        <source>Reopen asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/detail.py" line="185"/>
        <source>Consent to share contact details with the council member was given on %1 by %2, under notice version %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/detail.py" line="188"/>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/detail.py" line="188"/>
        <source>the web form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/detail.py" line="188"/>
        <source>the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/detail.py" line="212"/>
        <source>Office status → %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/detail.py" line="215"/>
        <source>Outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/detail.py" line="217"/>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <location filename="../council_desk/ui/detail.py" line="57"/>
        <source>The office&apos;s own status for this case (separate from the agency&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/detail.py" line="61"/>
        <source>Log follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/detail.py" line="63"/>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/detail.py" line="65"/>
        <source>Show contact details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/detail.py" line="68"/>
        <source>Ask 311 to reopen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/detail.py" line="70"/>
        <source>The agency closed this complaint but the problem is not fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/detail.py" line="84"/>
        <source>Choose a case in the list to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/detail.py" line="89"/>
        <source>Office status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/detail.py" line="151"/>
        <source>Phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/detail.py" line="152"/>
        <source>Email: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/detail.py" line="153"/>
        <source>Mailing address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/detail.py" line="154"/>
        <source>Preferred language: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../council_desk/ui/case_model.py" line="187"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../council_desk/ui/case_model.py" line="189"/>
        <source>%n change(s) not yet sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../council_desk/ui/errors.py" line="82"/>
        <source>Council Desk ran into a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/errors.py" line="87"/>
        <source>Something went wrong inside Council Desk. Your saved work is safe.
If this keeps happening, copy the report below and send it to your IT support. It holds no case or contact details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/errors.py" line="99"/>
        <source>Copy report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../council_desk/ui/filters.py" line="55"/>
        <source>Search cases (Ctrl+F): words from the complaint, address or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/filters.py" line="62"/>
        <source>Any office status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/filters.py" line="66"/>
        <source>Open or closed at agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/filters.py" line="67"/>
        <source>Open at agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/filters.py" line="68"/>
        <source>Closed by agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/filters.py" line="70"/>
        <source>Any agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/filters.py" line="72"/>
        <source>Any type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/filters.py" line="75"/>
        <source>Any follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/filters.py" line="76"/>
        <source>Due today or overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/filters.py" line="77"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/filters.py" line="78"/>
        <source>From: any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/filters.py" line="79"/>
        <source>To: any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/filters.py" line="87"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../council_desk/ui/dialogs.py" line="66"/>
        <source>Log a follow-up — complaint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/dialogs.py" line="73"/>
        <source>What was done or said, and what happens next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/dialogs.py" line="75"/>
        <source>(no outcome yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/dialogs.py" line="79"/>
        <source>(leave as is: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/dialogs.py" line="84"/>
        <source>Remind me on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/dialogs.py" line="93"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/dialogs.py" line="94"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/dialogs.py" line="95"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/dialogs.py" line="96"/>
        <source>Office status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/dialogs.py" line="100"/>
        <source>Saved on this PC at once; sent to the shared office log at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/dialogs.py" line="103"/>
        <source>Save follow-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../council_desk/ui/lock.py" line="108"/>
        <source>Council Desk is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/lock.py" line="116"/>
        <source>Cache passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/lock.py" line="118"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/lock.py" line="124"/>
        <source>Sign in again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/lock.py" line="142"/>
        <source>Your session has ended (the daily limit for signed-in time). Sign in again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/lock.py" line="146"/>
        <source>Locked after a period without use, to keep constituents&apos; details private. Your work is saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="184"/>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="185"/>
        <location filename="../council_desk/ui/main_window.py" line="228"/>
        <location filename="../council_desk/ui/main_window.py" line="339"/>
        <location filename="../council_desk/ui/main_window.py" line="606"/>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="210"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="225"/>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="226"/>
        <source>Log follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="227"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="229"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="246"/>
        <source>Cancel sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="261"/>
        <source> — District %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="262"/>
        <source>Council Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="262"/>
        <source> (locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../council_desk/ui/main_window.py" line="308"/>
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="339"/>
        <source>Reminders (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="341"/>
        <source>%1 follow-up(s) due today or earlier, %2 overdue. Double-click one to open the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="343"/>
        <source>Nothing is due. Reminders appear here when a follow-up&apos;s date comes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="360"/>
        <source>All changes sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="362"/>
        <source>%1 change(s) waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="474"/>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="494"/>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="495"/>
        <source>Sending changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="496"/>
        <source>Sending the privacy log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="497"/>
        <source>Receiving cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="498"/>
        <source>Receiving follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="499"/>
        <source>Syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="536"/>
        <source>Sync cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="549"/>
        <source>Sync failed because of a problem in Council Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="562"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="564"/>
        <source>● Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="566"/>
        <source>● Offline — your work is saved and will be sent later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="570"/>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="571"/>
        <source>Last synced: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../council_desk/ui/dialogs.py" line="192"/>
        <source>Cache passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/dialogs.py" line="201"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/dialogs.py" line="203"/>
        <source>Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/dialogs.py" line="207"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemindersModel</name>
    <message>
        <location filename="../council_desk/ui/reminders.py" line="92"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/reminders.py" line="92"/>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/reminders.py" line="98"/>
        <source> (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../council_desk/ui/dialogs.py" line="171"/>
        <source>Ask 311 to reopen complaint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/dialogs.py" line="177"/>
        <source>What is still wrong (sent to 311 and the agency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/dialogs.py" line="179"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/dialogs.py" line="180"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/dialogs.py" line="183"/>
        <source>Ask 311 to reopen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevealDialog</name>
    <message>
        <location filename="../council_desk/ui/dialogs.py" line="126"/>
        <source>Show contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/dialogs.py" line="130"/>
        <source>Contact details are shown only when you need them. Why do you need them for complaint %1? Your answer is recorded in the privacy log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/dialogs.py" line="140"/>
        <source>Other (say why below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/dialogs.py" line="142"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/dialogs.py" line="147"/>
        <source>Show and record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <location filename="../council_desk/ui/signin.py" line="55"/>
        <source>Council Desk — sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/signin.py" line="58"/>
        <source>Council Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/signin.py" line="60"/>
        <source>311 complaints shared with your council member&apos;s office, with the filer&apos;s consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/signin.py" line="65"/>
        <source>Sign in with your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/signin.py" line="70"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/signin.py" line="74"/>
        <source>Open offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/signin.py" line="76"/>
        <location filename="../council_desk/ui/signin.py" line="118"/>
        <source>Work with the cases already on this PC until the server is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/signin.py" line="89"/>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/signin.py" line="111"/>
        <source>Training sandbox on this PC. Training account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/signin.py" line="120"/>
        <source>No usable cases on this PC for this server (never synced, or offline too long)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/signin.py" line="137"/>
        <source>Your web browser is opening the sign-in page. Sign in there, then come back here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/signin.py" line="182"/>
        <source>This PC has no system keyring, so the case cache is locked with a passphrase. Enter it to open the cases offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/signin.py" line="189"/>
        <source>Opening the cases on this PC…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../council_desk/ui/errors.py" line="116"/>
        <source>Council Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
