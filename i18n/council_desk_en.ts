<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CaseListModel</name>
    <message numerus="yes">
        <location filename="../council_desk/ui/case_model.py" line="+219"/>
        <source>%n change(s) not yet sent (marked •)</source>
        <translation>
            <numerusform>%n change not yet sent (marked •)</numerusform>
            <numerusform>%n changes not yet sent (marked •)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseSearch</name>
    <message numerus="yes">
        <location filename="../council_desk/ui/search.py" line="+129"/>
        <location line="+29"/>
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message numerus="yes">
        <location filename="../council_desk/ui/print_dialog.py" line="+47"/>
        <source>A letter for %n case(s). You will see it before anything is printed.</source>
        <translation>
            <numerusform>A letter for %n case. You will see it before anything is printed.</numerusform>
            <numerusform>Letters for %n cases. You will see them before anything is printed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewWindow</name>
    <message numerus="yes">
        <location filename="../council_desk/ui/pdf_preview.py" line="+95"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message numerus="yes">
        <location filename="../council_desk/ui/printing.py" line="+245"/>
        <source>%1 — %n case(s)</source>
        <translation>
            <numerusform>%1 — %n case</numerusform>
            <numerusform>%1 — %n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+187"/>
        <source>Preparing %n case(s)…</source>
        <translation>
            <numerusform>Preparing %n case…</numerusform>
            <numerusform>Preparing %n cases…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemindersTab</name>
    <message numerus="yes">
        <location filename="../council_desk/ui/reminders.py" line="+192"/>
        <source>%n follow-up(s) due today or earlier</source>
        <translation type="unfinished">
            <numerusform>%n follow-up due today or earlier</numerusform>
            <numerusform>%n follow-ups due today or earlier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n overdue</source>
        <translation type="unfinished">
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message numerus="yes">
        <location filename="../council_desk/ui/print_dialog.py" line="+102"/>
        <source>A summary of %n case(s): complaint, location, agency status, consent receipt and follow-ups. Contact details are left out unless you include them.</source>
        <translation>
            <numerusform>A summary of %n case: complaint, location, agency status, consent receipt and follow-ups. Contact details are left out unless you include them.</numerusform>
            <numerusform>A summary of %n cases: complaint, location, agency status, consent receipt and follow-ups. Contact details are left out unless you include them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message numerus="yes">
        <location filename="../council_desk/ui/sync_status.py" line="+96"/>
        <source>%n change(s) waiting to be sent</source>
        <translation type="unfinished">
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
</context>
</TS>
