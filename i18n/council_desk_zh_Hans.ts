<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../council_desk/ui/detail.py" line="188"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/detail.py" line="189"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/detail.py" line="190"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/detail.py" line="191"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/detail.py" line="192"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/detail.py" line="193"/>
        <source>Agency status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/detail.py" line="195"/>
        <source>Agency resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/detail.py" line="198"/>
        <source>Reopen asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/detail.py" line="206"/>
        <source>Consent to share contact details with the council member was given on %1 by %2, under notice version %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/detail.py" line="209"/>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/detail.py" line="209"/>
        <source>the web form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/detail.py" line="209"/>
        <source>the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/detail.py" line="233"/>
        <source>Office status → %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/detail.py" line="236"/>
        <source>Outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/detail.py" line="238"/>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <location filename="../council_desk/ui/detail.py" line="60"/>
        <source>The office&apos;s own status for this case (separate from the agency&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/detail.py" line="64"/>
        <source>Log follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/detail.py" line="66"/>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/detail.py" line="68"/>
        <source>Show contact details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/detail.py" line="71"/>
        <source>Ask 311 to reopen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/detail.py" line="73"/>
        <source>The agency closed this complaint but the problem is not fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/detail.py" line="78"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/detail.py" line="81"/>
        <source>Print letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/detail.py" line="81"/>
        <source>Print case summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/detail.py" line="82"/>
        <source>Print mailing label…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/detail.py" line="99"/>
        <source>Choose a case in the list to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/detail.py" line="104"/>
        <source>Office status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/detail.py" line="172"/>
        <source>Phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/detail.py" line="173"/>
        <source>Email: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/detail.py" line="174"/>
        <source>Mailing address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/detail.py" line="175"/>
        <source>Preferred language: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../council_desk/ui/case_model.py" line="220"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../council_desk/ui/case_model.py" line="222"/>
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
        <location filename="../council_desk/ui/filters.py" line="44"/>
        <source>Search cases (Ctrl+F): words from the complaint, address or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/filters.py" line="51"/>
        <source>Keep typing: the search starts at 2 letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/filters.py" line="58"/>
        <source>Any office status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/filters.py" line="62"/>
        <source>Open or closed at agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/filters.py" line="63"/>
        <source>Open at agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/filters.py" line="64"/>
        <source>Closed by agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/filters.py" line="66"/>
        <source>Any agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/filters.py" line="68"/>
        <source>Any type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/filters.py" line="71"/>
        <source>Any follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/filters.py" line="72"/>
        <source>Due today or overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/filters.py" line="73"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/filters.py" line="74"/>
        <source>From: any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/filters.py" line="75"/>
        <source>To: any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/filters.py" line="84"/>
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
    <name>LetterDialog</name>
    <message>
        <location filename="../council_desk/ui/print_dialog.py" line="53"/>
        <source>Print letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../council_desk/ui/print_dialog.py" line="59"/>
        <source>A letter for %n case(s). You will see it before anything is printed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../council_desk/ui/print_dialog.py" line="71"/>
        <source>Each constituent&apos;s preferred language (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/print_dialog.py" line="75"/>
        <source> (preferred)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/print_dialog.py" line="83"/>
        <source>I understand; use this translation anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/print_dialog.py" line="87"/>
        <source>Letter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/print_dialog.py" line="88"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/print_dialog.py" line="90"/>
        <source>Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/print_dialog.py" line="133"/>
        <source>%1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/print_dialog.py" line="136"/>
        <source>This translation has not been reviewed by a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/print_dialog.py" line="138"/>
        <source>Ask a colleague who reads the language to check the preview before it is sent.</source>
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
        <location filename="../council_desk/ui/main_window.py" line="183"/>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="184"/>
        <location filename="../council_desk/ui/main_window.py" line="227"/>
        <location filename="../council_desk/ui/main_window.py" line="458"/>
        <location filename="../council_desk/ui/main_window.py" line="729"/>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="209"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="224"/>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="225"/>
        <source>Log follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="226"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="228"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="235"/>
        <source>Print letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="236"/>
        <source>Print case summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="237"/>
        <source>Print mailing labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="247"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="248"/>
        <source>Letters, case summaries and mailing labels for the selected cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="268"/>
        <source>Select one or more cases in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="299"/>
        <source>Cancel sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="314"/>
        <source> — District %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="315"/>
        <source>Council Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="315"/>
        <source> (locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../council_desk/ui/main_window.py" line="391"/>
        <location filename="../council_desk/ui/main_window.py" line="420"/>
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="422"/>
        <source>%1+ cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="458"/>
        <source>Reminders (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="460"/>
        <source>%1 follow-up(s) due today or earlier, %2 overdue. Double-click one to open the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="462"/>
        <source>Nothing is due. Reminders appear here when a follow-up&apos;s date comes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="479"/>
        <source>All changes sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="481"/>
        <source>%1 change(s) waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="597"/>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="617"/>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="618"/>
        <source>Sending changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="619"/>
        <source>Sending the privacy log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="620"/>
        <source>Receiving cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="621"/>
        <source>Receiving follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="622"/>
        <source>Syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="659"/>
        <source>Sync cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="672"/>
        <source>Sync failed because of a problem in Council Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="685"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="687"/>
        <source>● Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="689"/>
        <source>● Offline — your work is saved and will be sent later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="693"/>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="694"/>
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
    <name>PreviewWindow</name>
    <message>
        <location filename="../council_desk/ui/pdf_preview.py" line="53"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/pdf_preview.py" line="60"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/pdf_preview.py" line="63"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/pdf_preview.py" line="65"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../council_desk/ui/pdf_preview.py" line="91"/>
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../council_desk/ui/pdf_preview.py" line="96"/>
        <source>The preview could not be shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <location filename="../council_desk/ui/printing.py" line="182"/>
        <source>Letter preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/printing.py" line="202"/>
        <source>Case summary preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/printing.py" line="209"/>
        <source>Mailing labels preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../council_desk/ui/printing.py" line="236"/>
        <source> — %n case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../council_desk/ui/printing.py" line="265"/>
        <source>Printing or saving logs a “letter” follow-up on each case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/printing.py" line="268"/>
        <source>Translation not reviewed by a person: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/printing.py" line="272"/>
        <source>Contact details are left out of this summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/printing.py" line="312"/>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/printing.py" line="313"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../council_desk/ui/printing.py" line="397"/>
        <source>Preparing %n case(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../council_desk/ui/printing.py" line="399"/>
        <source>Council Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemindersModel</name>
    <message>
        <location filename="../council_desk/ui/reminders.py" line="95"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/reminders.py" line="95"/>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/reminders.py" line="101"/>
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
    <name>SummaryDialog</name>
    <message>
        <location filename="../council_desk/ui/print_dialog.py" line="154"/>
        <source>Print case summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../council_desk/ui/print_dialog.py" line="156"/>
        <source>A summary of %n case(s): complaint, location, agency status, consent receipt and follow-ups. Contact details are left out unless you include them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../council_desk/ui/print_dialog.py" line="160"/>
        <source>Include contact details (name, phone, email, mailing address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/print_dialog.py" line="163"/>
        <source>Routine — for the constituent&apos;s own case work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/print_dialog.py" line="165"/>
        <source>Case-by-case — approved by the privacy officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/print_dialog.py" line="168"/>
        <source>Exigent — urgent, to protect someone&apos;s health or safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/print_dialog.py" line="173"/>
        <source>Approval reference (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/print_dialog.py" line="177"/>
        <source>Why this cannot wait (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/print_dialog.py" line="179"/>
        <source>Every printout or saved copy with contact details is recorded in the privacy log with the class you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../council_desk/ui/print_dialog.py" line="189"/>
        <source>Preview…</source>
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
