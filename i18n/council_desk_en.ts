<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BulkActions</name>
    <message numerus="yes">
        <location filename="../council_desk/ui/bulk.py" line="+144"/>
        <source>Set the office status of %n case(s) to “%1”?</source>
        <translation>
            <numerusform>Set the office status of %n case to “%1”?</numerusform>
            <numerusform>Set the office status of %n cases to “%1”?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Assign %n case(s) to %1?</source>
        <translation>
            <numerusform>Assign %n case to %1?</numerusform>
            <numerusform>Assign %n cases to %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message numerus="yes">
        <location filename="../council_desk/ui/case_model.py" line="+242"/>
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
        <location filename="../council_desk/ui/search.py" line="+137"/>
        <location line="+29"/>
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseloadWindow</name>
    <message numerus="yes">
        <location filename="../council_desk/ui/caseload.py" line="+147"/>
        <source>%n open case(s)</source>
        <translation>
            <numerusform>%n open case</numerusform>
            <numerusform>%n open cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n reminder(s) overdue</source>
        <translation>
            <numerusform>%n reminder overdue</numerusform>
            <numerusform>%n reminders overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n due today</source>
        <translation>
            <numerusform>%n due today</numerusform>
            <numerusform>%n due today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Median %1 days from 311&apos;s receipt to the office&apos;s resolution, over the %n case(s) the office resolved or closed that are still on this PC.</source>
        <translation>
            <numerusform>Median %1 days from 311&apos;s receipt to the office&apos;s resolution, over the %n case the office resolved or closed that are still on this PC.</numerusform>
            <numerusform>Median %1 days from 311&apos;s receipt to the office&apos;s resolution, over the %n cases the office resolved or closed that are still on this PC.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseworkPanel</name>
    <message numerus="yes">
        <location filename="../council_desk/ui/casework_panel.py" line="+234"/>
        <source>%n other open case(s) at this building:</source>
        <translation>
            <numerusform>%n other open case at this building:</numerusform>
            <numerusform>%n other open cases at this building:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message numerus="yes">
        <location filename="../council_desk/ui/approvals.py" line="+200"/>
        <source>%1 to %2 (%3), for %n complaint(s). Asked by %4: “%5”</source>
        <translation>
            <numerusform>%1 to %2 (%3), for %n complaint. Asked by %4: “%5”</numerusform>
            <numerusform>%1 to %2 (%3), for %n complaints. Asked by %4: “%5”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupModel</name>
    <message numerus="yes">
        <location filename="../council_desk/ui/groups.py" line="+187"/>
        <source>Show all %n case(s) of this group in the list…</source>
        <translation>
            <numerusform>Show all %n case of this group in the list…</numerusform>
            <numerusform>Show all %n cases of this group in the list…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n open here</source>
        <translation>
            <numerusform>%n open here</numerusform>
            <numerusform>%n open here</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message numerus="yes">
        <location filename="../council_desk/ui/print_dialog.py" line="+51"/>
        <source>A letter for %n case(s). You will see it before anything is printed.</source>
        <translation>
            <numerusform>A letter for %n case. You will see it before anything is printed.</numerusform>
            <numerusform>Letters for %n cases. You will see them before anything is printed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../council_desk/ui/main_window.py" line="+305"/>
        <source>Finished a bulk change Council Desk was making when it stopped: %n more case(s).</source>
        <translation>
            <numerusform>Finished a bulk change Council Desk was making when it stopped: %n more case.</numerusform>
            <numerusform>Finished a bulk change Council Desk was making when it stopped: %n more cases.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewWindow</name>
    <message numerus="yes">
        <location filename="../council_desk/ui/pdf_preview.py" line="+101"/>
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
        <location filename="../council_desk/ui/printing.py" line="+376"/>
        <source>%1 — %n case(s)</source>
        <translation>
            <numerusform>%1 — %n case</numerusform>
            <numerusform>%1 — %n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>Preparing %n case(s)…</source>
        <translation>
            <numerusform>Preparing %n case…</numerusform>
            <numerusform>Preparing %n cases…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyLogTab</name>
    <message numerus="yes">
        <location filename="../council_desk/ui/privacy_log.py" line="+385"/>
        <source>%n disclosure(s) shown</source>
        <translation>
            <numerusform>%n disclosure shown</numerusform>
            <numerusform>%n disclosures shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemindersTab</name>
    <message numerus="yes">
        <location filename="../council_desk/ui/reminders.py" line="+262"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message numerus="yes">
        <location line="-75"/>
        <source>Reschedule %n reminder(s)</source>
        <translation>
            <numerusform>Reschedule %n reminder</numerusform>
            <numerusform>Reschedule %n reminders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message numerus="yes">
        <location filename="../council_desk/ui/print_dialog.py" line="+160"/>
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
        <location filename="../council_desk/ui/sync_status.py" line="+97"/>
        <source>%n change(s) waiting to be sent</source>
        <translation type="unfinished">
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
</context>
</TS>
