<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ht_HT">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../council_desk/ui/about.py" line="+43"/>
        <source>Council Desk</source>
        <translation type="unfinished">Council Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build</source>
        <translation type="unfinished">Konpilasyon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packaged</source>
        <translation type="unfinished">Pake</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operating system</source>
        <translation type="unfinished">Sistèm operasyon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyring backend</source>
        <translation type="unfinished">Sistèm trousèl kle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office policy file</source>
        <translation type="unfinished">Fichye règleman biwo a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log file</source>
        <translation type="unfinished">Fichye jounal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes (frozen app)</source>
        <translation type="unfinished">wi (aplikasyon pake)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no (running from source)</source>
        <translation type="unfinished">non (k ap mache depi kòd sous la)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation type="unfinished">okenn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has a problem (see the support file)</source>
        <translation type="unfinished">gen yon pwoblèm (gade fichye sipò a)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>About Council Desk</source>
        <translation type="unfinished">Apwopo Council Desk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Council Desk&lt;/b&gt;&lt;br&gt;311 complaints shared with your council member&apos;s office, with the filer&apos;s consent.</source>
        <translation type="unfinished">&lt;b&gt;Council Desk&lt;/b&gt;&lt;br&gt;Plent 311 yo pataje ak biwo manm konsèy ou a, avèk konsantman moun ki te depoze yo.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Copy</source>
        <translation type="unfinished">Kopye</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Versions and files</source>
        <translation type="unfinished">Vèsyon ak fichye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What IT support asks first; Copy puts it on the clipboard</source>
        <translation type="unfinished">Sa sipò enfòmatik mande an premye; Kopye mete l nan presse-papye a</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save a support file for IT</source>
        <translation type="unfinished">Anrejistre yon fichye sipò pou enfòmatik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zip files (*.zip)</source>
        <translation type="unfinished">Fichye zip (*.zip)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Help</source>
        <translation type="unfinished">&amp;Èd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a support file for IT…</source>
        <translation type="unfinished">Anrejistre yon fichye sipò pou enfòmatik…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Council Desk</source>
        <translation type="unfinished">&amp;Apwopo Council Desk</translation>
    </message>
</context>
<context>
    <name>AgeBucket</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="+137"/>
        <source>0–7 days</source>
        <translation type="unfinished">0–7 jou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>8–30 days</source>
        <translation type="unfinished">8–30 jou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>31–90 days</source>
        <translation type="unfinished">31–90 jou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>91–365 days</source>
        <translation type="unfinished">91–365 jou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over a year</source>
        <translation type="unfinished">Plis pase yon ane</translation>
    </message>
</context>
<context>
    <name>AgencyStatus</name>
    <message>
        <location line="-72"/>
        <source>Open</source>
        <translation type="unfinished">Louvri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation type="unfinished">Fèmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation type="unfinished">Ap trete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation type="unfinished">Annatant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned</source>
        <translation type="unfinished">Asiyen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation type="unfinished">Kòmanse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unspecified</source>
        <translation type="unfinished">Pa presize</translation>
    </message>
</context>
<context>
    <name>ApprovalRequestDialog</name>
    <message>
        <location filename="../council_desk/ui/approvals.py" line="+72"/>
        <source>Ask for a case-by-case approval</source>
        <translation type="unfinished">Mande yon apwobasyon ka pa ka</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A supervisor decides in their own Council Desk. Your request goes with the next sync; the approval comes back the same way. Complaints: %1</source>
        <translation type="unfinished">Yon sipèvizè deside nan pwòp Council Desk li. Demann ou an ale ak pwochen senkronizasyon an; apwobasyon an tounen menm jan an. Plent: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What will be released</source>
        <translation type="unfinished">Sa ki pral bay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The output the approval is for: it names the details it shows</source>
        <translation type="unfinished">Dokiman apwobasyon an ye pou li a: li di ki enfòmasyon li montre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To whom</source>
        <translation type="unfinished">Pou ki moun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The type of recipient; the approval covers only this type</source>
        <translation type="unfinished">Kalite moun k ap resevwa a; apwobasyon an kouvri sèlman kalite sa a</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. HPD, a tenants&apos; association</source>
        <translation type="unfinished">pa egzanp HPD, yon asosyasyon lokatè</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who, by name</source>
        <translation type="unfinished">Ki moun, ak non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agency or organisation, as the supervisor should read it</source>
        <translation type="unfinished">Ajans oswa òganizasyon an, jan sipèvizè a dwe li l</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Why this is needed, and why it cannot be done another way</source>
        <translation type="unfinished">Poukisa sa nesesè, e poukisa li pa ka fèt yon lòt jan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why</source>
        <translation type="unfinished">Poukisa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The supervisor reads this before deciding</source>
        <translation type="unfinished">Sipèvizè a li sa anvan li deside</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What:</source>
        <translation type="unfinished">Kisa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation type="unfinished">Pou ki moun:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who:</source>
        <translation type="unfinished">Ki moun:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details:</source>
        <translation type="unfinished">Enfòmasyon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why:</source>
        <translation type="unfinished">Poukisa:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask</source>
        <translation type="unfinished">Mande</translation>
    </message>
</context>
<context>
    <name>ApprovalStatus</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="+138"/>
        <source>Waiting for a supervisor</source>
        <translation type="unfinished">Ap tann yon sipèvizè</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation type="unfinished">Apwouve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation type="unfinished">Refize</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used</source>
        <translation type="unfinished">Itilize</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation type="unfinished">Ekspire</translation>
    </message>
</context>
<context>
    <name>ApprovalsModel</name>
    <message>
        <location filename="../council_desk/ui/approvals.py" line="+110"/>
        <source>Status</source>
        <translation type="unfinished">Estati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval</source>
        <translation type="unfinished">Apwobasyon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation type="unfinished">Kisa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation type="unfinished">Pou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints</source>
        <translation type="unfinished">Plent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked by</source>
        <translation type="unfinished">Mande pa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why</source>
        <translation type="unfinished">Poukisa</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Expires</source>
        <translation type="unfinished">Ekspire</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not yet sent</source>
        <translation type="unfinished">poko voye</translation>
    </message>
</context>
<context>
    <name>ApprovalsTab</name>
    <message>
        <location line="+33"/>
        <source>Requests of your office for case-by-case approvals. Approve or refuse those waiting for you; your own go to another supervisor.</source>
        <translation type="unfinished">Demann biwo w la pou apwobasyon ka pa ka. Apwouve oswa refize sa k ap tann ou yo; pa w yo ale bay yon lòt sipèvizè.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your requests for case-by-case approvals and the answers. An approval is used once, for the cases, details and recipient it names, before it expires.</source>
        <translation type="unfinished">Demann ou yo pou apwobasyon ka pa ka ak repons yo. Yon apwobasyon sèvi yon sèl fwa, pou dosye, enfòmasyon ak moun li nonmen yo, anvan li ekspire.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Approvals</source>
        <translation type="unfinished">Apwobasyon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests for case-by-case approvals and the answers; select one to decide</source>
        <translation type="unfinished">Demann apwobasyon ka pa ka ak repons yo; chwazi youn pou deside</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve…</source>
        <translation type="unfinished">Apwouve…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refuse…</source>
        <translation type="unfinished">Refize…</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <location filename="../council_desk/ui/bulk.py" line="+103"/>
        <source>Set office status</source>
        <translation type="unfinished">Chanje estati nan biwo a</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Log a follow-up to each…</source>
        <translation type="unfinished">Anrejistre yon swivi pou chak…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assign to</source>
        <translation type="unfinished">Bay</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reassign a caseworker&apos;s cases…</source>
        <translation type="unfinished">Rebay dosye yon travayè…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nobody</source>
        <translation type="unfinished">Pèsonn</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>Bulk actions</source>
        <translation type="unfinished">Aksyon an gwo</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Choose one or more cases in the list first.</source>
        <translation type="unfinished">Chwazi youn oswa plizyè dosye nan lis la anvan.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Set the office status of %n case(s) to “%1”?</source>
        <translation type="unfinished">
            <numerusform>Mete estati nan biwo a “%1” pou %n dosye?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>nobody</source>
        <translation type="unfinished">pèsonn</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Assign %n case(s) to %1?</source>
        <translation type="unfinished">
            <numerusform>Bay %1 %n dosye?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform>%n dosye</numerusform>
        </translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Recording the changes…</source>
        <translation type="unfinished">N ap anrejistre chanjman yo…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop</source>
        <translation type="unfinished">Kanpe</translation>
    </message>
</context>
<context>
    <name>CaseColumns</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="-116"/>
        <source>Complaint #</source>
        <translation type="unfinished">Nimewo plent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation type="unfinished">Dat resepsyon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation type="unfinished">Kalite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation type="unfinished">Ajans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation type="unfinished">Adrès</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency status</source>
        <translation type="unfinished">Estati nan ajans lan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office status</source>
        <translation type="unfinished">Estati nan biwo a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next follow-up</source>
        <translation type="unfinished">Pwochen swivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to</source>
        <translation type="unfinished">Responsab</translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <location filename="../council_desk/ui/detail.py" line="+83"/>
        <source>Log follow-up…</source>
        <translation type="unfinished">Anrejistre yon swivi…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show contact details…</source>
        <translation type="unfinished">Montre enfòmasyon kontak…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ask 311 to reopen…</source>
        <translation type="unfinished">Mande 311 pou relouvri…</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>The office&apos;s own status for this case (separate from the agency&apos;s). %1 to change it.</source>
        <translation type="unfinished">Estati pwòp biwo a pou dosye sa a (apa de estati ajans lan). %1 pou chanje l.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Log a call, email, letter, visit or note (%1)</source>
        <translation type="unfinished">Anrejistre yon apèl, yon imèl, yon lèt, yon vizit oswa yon nòt (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Asks why, records it in the privacy log, then shows the filer&apos;s contact details (%1)</source>
        <translation type="unfinished">Li mande rezon an, li ekri l nan rejis konfidansyalite a, epi li montre enfòmasyon kontak moun ki te depoze plent lan (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The agency closed this complaint but the problem is not fixed (%1)</source>
        <translation type="unfinished">Ajans lan fèmen plent sa a, men pwoblèm nan pa rezoud (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print</source>
        <translation type="unfinished">Enprime</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A letter (%1), a case summary (%2) or a mailing label for this case</source>
        <translation type="unfinished">Yon lèt (%1), yon rezime dosye (%2) oswa yon etikèt adrès pou dosye sa a</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print letter…</source>
        <translation type="unfinished">Enprime lèt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print case summary…</source>
        <translation type="unfinished">Enprime rezime dosye…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print mailing label…</source>
        <translation type="unfinished">Enprime etikèt adrès…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Share with agency…</source>
        <translation type="unfinished">Pataje ak ajans…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pass the constituent&apos;s details to a City agency: recorded in the privacy log, under a supervisor&apos;s approval or an exigent reason</source>
        <translation type="unfinished">Bay yon ajans Vil la enfòmasyon moun nan: sa ekri nan rejis konfidansyalite a, ak apwobasyon yon sipèvizè oswa yon rezon ijan</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Case details</source>
        <translation type="unfinished">Detay dosye a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The complaint, the agency&apos;s status, the consent receipt and the follow-ups</source>
        <translation type="unfinished">Plent lan, estati nan ajans lan, resi konsantman an ak swivi yo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a case in the list to see it here.</source>
        <translation type="unfinished">Chwazi yon dosye nan lis la pou w wè l isit la.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Office status:</source>
        <translation type="unfinished">Estati nan biwo a:</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Phone: %1</source>
        <translation type="unfinished">Telefòn: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email: %1</source>
        <translation type="unfinished">Imèl: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mailing address: %1</source>
        <translation type="unfinished">Adrès lapòs: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred language: %1</source>
        <translation type="unfinished">Lang li prefere: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What</source>
        <translation type="unfinished">Kisa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Description</source>
        <translation type="unfinished">Deskripsyon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation type="unfinished">Ki kote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation type="unfinished">Dat resepsyon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation type="unfinished">Ajans</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agency status</source>
        <translation type="unfinished">Estati nan ajans lan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agency resolution</source>
        <translation type="unfinished">Rezolisyon ajans lan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reopen asked</source>
        <translation type="unfinished">Demann pou relouvri</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consent receipt</source>
        <translation type="unfinished">Resi konsantman</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consent to share contact details with the council member was given on %1 by %2, under notice version %3.</source>
        <translation type="unfinished">Konsantman pou pataje enfòmasyon kontak ak manm konsèy la te bay %1 pa %2, dapre vèsyon %3 avi a.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The text of this notice version is not known to this version of Council Desk.</source>
        <translation type="unfinished">Vèsyon Council Desk sa a pa konnen tèks vèsyon avi sa a.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The notice shown to the filer:</source>
        <translation type="unfinished">Avi yo te montre moun ki te pote plent lan:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-ups</source>
        <translation type="unfinished">Swivi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None yet. Press %1 to log one.</source>
        <translation type="unfinished">Poko genyen. Peze %1 pou anrejistre youn.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not yet sent</source>
        <translation type="unfinished">poko voye</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Office status → %1</source>
        <translation type="unfinished">Estati nan biwo a → %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome: %1</source>
        <translation type="unfinished">Rezilta: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due %1</source>
        <translation type="unfinished">Dat limit %1</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../council_desk/ui/case_model.py" line="+240"/>
        <source>Overdue</source>
        <translation type="unfinished">An reta</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) not yet sent (marked •)</source>
        <translation type="unfinished">
            <numerusform>%n chanjman poko voye (make ak •)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (overdue)</source>
        <translation type="unfinished">%1 (an reta)</translation>
    </message>
</context>
<context>
    <name>CaseSearch</name>
    <message numerus="yes">
        <location filename="../council_desk/ui/search.py" line="+137"/>
        <location line="+29"/>
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform>%n dosye</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1+ cases</source>
        <translation type="unfinished">%1+ dosye</translation>
    </message>
</context>
<context>
    <name>CaseloadWindow</name>
    <message>
        <location filename="../council_desk/ui/caseload.py" line="+55"/>
        <source>Caseload — the office&apos;s own numbers</source>
        <translation type="unfinished">Kantite dosye — chif pwòp biwo a</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open cases by age (days since 311 received them)</source>
        <translation type="unfinished">Dosye ouvè pa laj (jou depi 311 te resevwa yo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open cases by office status</source>
        <translation type="unfinished">Dosye ouvè pa estati nan biwo a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By caseworker</source>
        <translation type="unfinished">Pa travayè</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open cases by agency</source>
        <translation type="unfinished">Dosye ouvè pa ajans</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Counted from the cases on this PC; no case is listed</source>
        <translation type="unfinished">Konte apati dosye ki sou òdinatè sa a; pa gen okenn dosye ki parèt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Which cases the worklist lists</source>
        <translation type="unfinished">Ki dosye lis travay la genyen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worklist of:</source>
        <translation type="unfinished">Lis travay:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview and print…</source>
        <translation type="unfinished">Aperi epi enprime…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export CSV…</source>
        <translation type="unfinished">Ekspòte CSV…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A worklist holds no contact details. Printing or saving one is recorded in the privacy log: complaint numbers are personal information.</source>
        <translation type="unfinished">Yon lis travay pa gen enfòmasyon kontak. Lè w enprime oswa anrejistre l, sa ekri nan jounal konfidansyalite a: nimewo plent yo se enfòmasyon pèsonèl.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Unassigned</source>
        <translation type="unfinished">San responsab</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n open case(s)</source>
        <translation type="unfinished">
            <numerusform>%n dosye ouvè</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n reminder(s) overdue</source>
        <translation type="unfinished">
            <numerusform>%n rapèl an reta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n due today</source>
        <translation type="unfinished">
            <numerusform>%n pou jodi a</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No case on this PC has been resolved or closed by the office yet.</source>
        <translation type="unfinished">Pa gen okenn dosye sou òdinatè sa a biwo a rezoud oswa fèmen ankò.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Median %1 days from 311&apos;s receipt to the office&apos;s resolution, over the %n case(s) the office resolved or closed that are still on this PC.</source>
        <translation type="unfinished">
            <numerusform>Medyàn %1 jou ant resepsyon 311 la ak rezolisyon biwo a, sou %n dosye biwo a rezoud oswa fèmen ki toujou sou òdinatè sa a.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Age</source>
        <translation type="unfinished">Laj</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+3"/>
        <source>Open cases</source>
        <translation type="unfinished">Dosye ouvè</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Office status</source>
        <translation type="unfinished">Estati nan biwo a</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Caseworker</source>
        <translation type="unfinished">Travayè</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overdue reminders</source>
        <translation type="unfinished">Rapèl an reta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due today</source>
        <translation type="unfinished">Pou jodi a</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agency</source>
        <translation type="unfinished">Ajans</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Export the worklist</source>
        <translation type="unfinished">Ekspòte lis travay la</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">Fichye CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>CaseworkPanel</name>
    <message>
        <location filename="../council_desk/ui/casework_panel.py" line="+69"/>
        <source>Assigned to:</source>
        <translation type="unfinished">Responsab:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The caseworker who has this case; recorded in the shared log and the privacy log</source>
        <translation type="unfinished">Travayè ki gen dosye sa a; sa ekri nan jounal pataje a ak nan jounal konfidansyalite a</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This case&apos;s reminders</source>
        <translation type="unfinished">Rapèl dosye sa a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its open reminders, soonest first; Done and Snooze act on the one shown</source>
        <translation type="unfinished">Rapèl ouvè li yo, sa ki pi pre a anvan; Fini ak Repouse aji sou sa ki parèt la</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation type="unfinished">Fini</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snooze a week</source>
        <translation type="unfinished">Repouse yon semèn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add reminder…</source>
        <translation type="unfinished">Ajoute yon rapèl…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reminders:</source>
        <translation type="unfinished">Rapèl:</translation>
    </message>
    <message>
        <location line="+43"/>
        <source> (overdue)</source>
        <translation type="unfinished"> (an reta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for %1</source>
        <translation type="unfinished">pou %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not yet sent</source>
        <translation type="unfinished">poko voye</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none open</source>
        <translation type="unfinished">okenn pa ouvè</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>me</source>
        <translation type="unfinished">mwen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nobody</source>
        <translation type="unfinished">Pèsonn</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>At 311:</source>
        <translation type="unfinished">Nan 311:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reopen asked %1: %2</source>
        <translation type="unfinished">Demann pou relouvri %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (%1)</source>
        <translation type="unfinished"> (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Survey after it closed again (%1): %2</source>
        <translation type="unfinished">Sondaj apre li fèmen ankò (%1): %2</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n other open case(s) at this building:</source>
        <translation type="unfinished">
            <numerusform>%n lòt dosye ouvè nan bilding sa a:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source> and %n more</source>
        <translation type="unfinished">
            <numerusform> ak %n lòt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Add a reminder</source>
        <translation type="unfinished">Ajoute yon rapèl</translation>
    </message>
</context>
<context>
    <name>ConsentChannel</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="-30"/>
        <source>phone</source>
        <translation type="unfinished">telefòn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the web form</source>
        <translation type="unfinished">fòmilè sou entènèt la</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the app</source>
        <translation type="unfinished">aplikasyon an</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../council_desk/ui/errors.py" line="+84"/>
        <source>Council Desk ran into a problem</source>
        <translation type="unfinished">Council Desk rankontre yon pwoblèm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something went wrong inside Council Desk. Your saved work is safe.
If this keeps happening, copy the report below and send it to your IT support. It holds no case or contact details.</source>
        <translation type="unfinished">Gen yon bagay ki pa mache andedan Council Desk. Travay ou te anrejistre a an sekirite.
Si sa rive ankò, kopye rapò ki anba a epi voye l bay sipò enfòmatik ou. Li pa gen okenn enfòmasyon sou dosye oswa kontak.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Report for IT support</source>
        <translation type="unfinished">Rapò pou sipò enfòmatik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error types and code locations only; no case or contact details</source>
        <translation type="unfinished">Se sèlman kalite erè ak kote nan kòd la; okenn enfòmasyon sou dosye oswa kontak</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy report</source>
        <translation type="unfinished">Kopye rapò a</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../council_desk/ui/approvals.py" line="-127"/>
        <source>Approve the request</source>
        <translation type="unfinished">Apwouve demann lan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refuse the request</source>
        <translation type="unfinished">Refize demann lan</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 to %2 (%3), for %n complaint(s). Asked by %4: “%5”</source>
        <translation type="unfinished">
            <numerusform>%1 pou %2 (%3), pou %n plent. Se %4 ki mande: “%5”</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A note for the caseworker (recorded with the decision)</source>
        <translation type="unfinished">Yon nòt pou travayè dosye a (li anrejistre ak desizyon an)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation type="unfinished">Nòt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recorded with the decision; the caseworker reads it</source>
        <translation type="unfinished">Li anrejistre ak desizyon an; travayè dosye a li l</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Valid for (days)</source>
        <translation type="unfinished">Valab pandan (jou)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long the approval may wait to be used: 1 to 30 days</source>
        <translation type="unfinished">Konbyen tan apwobasyon an ka tann pou yo itilize l: 1 a 30 jou</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note:</source>
        <translation type="unfinished">Nòt:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid for (days):</source>
        <translation type="unfinished">Valab pandan (jou):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approve</source>
        <translation type="unfinished">Apwouve</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refuse</source>
        <translation type="unfinished">Refize</translation>
    </message>
</context>
<context>
    <name>DisclosureChoice</name>
    <message>
        <location filename="../council_desk/ui/disclosure_choice.py" line="+83"/>
        <source>For:</source>
        <translation type="unfinished">Pou:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who receives it</source>
        <translation type="unfinished">Ki moun ki resevwa l</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decides whether this is routine or needs a supervisor&apos;s approval or an exigent reason</source>
        <translation type="unfinished">Li deside si se woutin oswa si fòk gen apwobasyon yon sipèvizè oswa yon rezon ijan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Routine for this recipient: recorded in the privacy log, no approval needed.</source>
        <translation type="unfinished">Se woutin pou moun sa a: sa ekri nan rejis konfidansyalite a, pa bezwen apwobasyon.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Approval</source>
        <translation type="unfinished">Apwobasyon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An approval a supervisor granted through the 311 access system for these cases and this recipient</source>
        <translation type="unfinished">Yon apwobasyon yon sipèvizè bay atravè sistèm aksè 311 la pou dosye sa yo ak moun sa a</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No approval on this PC covers these cases for this recipient. Ask a supervisor; the approval arrives with a sync.</source>
        <translation type="unfinished">Pa gen okenn apwobasyon sou PC sa a ki kouvri dosye sa yo pou moun sa a. Mande yon sipèvizè; apwobasyon an rive ak yon senkronizasyon.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ask for approval…</source>
        <translation type="unfinished">Mande apwobasyon…</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>%1 — expires %2</source>
        <translation type="unfinished">%1 — ekspire %2</translation>
    </message>
</context>
<context>
    <name>DisclosureClass</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="+104"/>
        <source>Routine (pre-approved)</source>
        <translation type="unfinished">Woutin (apwouve davans)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case-by-case (approved by the privacy officer)</source>
        <translation type="unfinished">Ka pa ka (responsab konfidansyalite a apwouve)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exigent circumstances</source>
        <translation type="unfinished">Sikonstans ijan</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../council_desk/ui/error_text.py" line="+22"/>
        <location line="+1"/>
        <source>Something went wrong.</source>
        <translation type="unfinished">Gen yon bagay ki pa mache.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>You need to sign in to the 311 access system again.</source>
        <translation type="unfinished">Ou bezwen konekte ankò nan sistèm aksè 311 la.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The 311 access system cannot be reached. You can keep working; changes will be sent later.</source>
        <translation type="unfinished">Nou pa ka jwenn sistèm aksè 311 la. Ou ka kontinye travay; chanjman yo ap voye pita.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+36"/>
        <source>The 311 access system refused the request.</source>
        <translation type="unfinished">Sistèm aksè 311 la refize demann lan.</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>The system keyring could not be used to unlock the case cache.</source>
        <translation type="unfinished">Nou pa t ka itilize trousèl kle sistèm nan pou debloke kach dosye yo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The local case cache could not be opened.</source>
        <translation type="unfinished">Nou pa t ka louvri kach lokal dosye yo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This was NOT saved: the disk is full or the cache folder cannot be written.</source>
        <translation type="unfinished">Sa PA t anrejistre: disk la plen oswa nou pa ka ekri nan dosye kach la.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+126"/>
        <source>Sync stopped: the server sent records this office may not hold. Nothing from them was stored. Tell your privacy officer; the server may be misconfigured.</source>
        <translation type="unfinished">Senkronizasyon an kanpe: sèvè a voye dosye biwo sa a pa gen dwa kenbe. Nou pa anrejistre anyen nan yo. Avèti responsab konfidansyalite ou; petèt sèvè a mal konfigire.</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>This PC&apos;s access was withdrawn by the 311 access system, so its case data was removed. Ask your supervisor if you think this is wrong.</source>
        <translation type="unfinished">Sistèm aksè 311 la retire aksè òdinatè sa a, kidonk yo efase done dosye ki te sou li. Pale ak sipèvizè ou si ou panse se yon erè.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The 311 access system is busy or down for maintenance. You can keep working; changes will be sent later.</source>
        <translation type="unfinished">Sistèm aksè 311 la twò okipe oswa l ap fè antretyen. Ou ka kontinye travay; chanjman yo ap voye pita.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The 311 access system sent a response Council Desk could not read, so nothing from it was used. Try again later; if it keeps happening, tell your IT contact.</source>
        <translation type="unfinished">Sistèm aksè 311 la voye yon repons Council Desk pa t ka li, kidonk nou pa itilize anyen ladan l. Eseye ankò pita; si sa kontinye, avèti moun ki okipe enfòmatik ou.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync stopped: the 311 access system&apos;s list of changes looped or went backwards. Nothing was removed from this PC. Try again later; if it keeps happening, tell your IT contact.</source>
        <translation type="unfinished">Senkronizasyon an kanpe: lis chanjman sistèm aksè 311 la fè wonn oswa li fè bak. Nou pa efase anyen sou òdinatè sa a. Eseye ankò pita; si sa kontinye, avèti moun ki okipe enfòmatik ou.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The 311 access system no longer shares this complaint with your office.</source>
        <translation type="unfinished">Sistèm aksè 311 la pa pataje plent sa a ak biwo ou a ankò.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sync position expired; a full resync is needed.</source>
        <translation type="unfinished">Pozisyon senkronizasyon an ekspire; fòk gen yon senkronizasyon konplè ankò.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 311 access system refused the request (HTTP %1).</source>
        <translation type="unfinished">Sistèm aksè 311 la refize demann lan (HTTP %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This server address is not allowed: use an https:// address (plain http:// only works for this PC itself, for training).</source>
        <translation type="unfinished">Adrès sèvè sa a pa otorize: sèvi ak yon adrès https:// (http:// senp mache sèlman pou òdinatè sa a li menm, pou fòmasyon).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled.</source>
        <translation type="unfinished">Anile.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The 311 access system asked Council Desk to slow down. Try again in a few minutes.</source>
        <translation type="unfinished">Sistèm aksè 311 la mande Council Desk pou l ralanti. Eseye ankò nan kèk minit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 311 access system says your account may not do this. Ask your supervisor.</source>
        <translation type="unfinished">Sistèm aksè 311 la di kont ou a pa gen dwa fè sa. Pale ak sipèvizè ou.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 311 access system tried to send Council Desk elsewhere; that is not allowed.</source>
        <translation type="unfinished">Sistèm aksè 311 la eseye voye Council Desk yon lòt kote; sa pa otorize.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 311 access system pointed to a different server; that is not allowed.</source>
        <translation type="unfinished">Sistèm aksè 311 la montre yon lòt sèvè; sa pa otorize.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 311 access system sent a response larger than allowed; it was ignored.</source>
        <translation type="unfinished">Sistèm aksè 311 la voye yon repons ki pi gwo pase sa ki otorize; nou pa okipe l.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Council Desk has not reached the 311 access system for more than %1 days. Connect to the network and sign in again to keep working.</source>
        <translation type="unfinished">Council Desk pa t jwenn sistèm aksè 311 la depi plis pase %1 jou. Konekte sou rezo a epi konekte ankò pou w kontinye travay.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The 311 access system&apos;s sign-in addresses point to another server; not signing in.</source>
        <translation type="unfinished">Adrès koneksyon sistèm aksè 311 la montre yon lòt sèvè; nou pa konekte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 311 access system does not offer the secure sign-in method Council Desk requires.</source>
        <translation type="unfinished">Sistèm aksè 311 la pa ofri metòd koneksyon an sekirite Council Desk egzije a.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in was not completed in time. Please try again.</source>
        <translation type="unfinished">Koneksyon an pa t fini alè. Tanpri eseye ankò.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No web browser could be opened for sign-in.</source>
        <translation type="unfinished">Nou pa t ka louvri okenn navigatè entènèt pou konekte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in was cancelled or refused. Please try again.</source>
        <translation type="unfinished">Koneksyon an te anile oswa refize. Tanpri eseye ankò.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in was refused by the 311 access system. Please try again.</source>
        <translation type="unfinished">Sistèm aksè 311 la refize koneksyon an. Tanpri eseye ankò.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in first: Council Desk does not know which account&apos;s cases to open.</source>
        <translation type="unfinished">Konekte anvan: Council Desk pa konnen dosye ki kont pou l louvri.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The 311 access system did not confirm that you just signed in (it may have used an earlier sign-in). Nothing was kept. Try again; if it keeps happening, tell your IT contact.</source>
        <translation type="unfinished">Sistèm aksè 311 la pa t konfime ou fèk konekte (petèt li te sèvi ak yon ansyen koneksyon). Nou pa kenbe anyen. Eseye ankò; si sa kontinye, avèti moun ki okipe enfòmatik ou.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This PC has no signed-in account for this server yet. Sign in first.</source>
        <translation type="unfinished">Òdinatè sa a poko gen okenn kont ki konekte pou sèvè sa a. Konekte anvan.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The system keyring is locked, so Council Desk cannot reach its keys (the case cache stays locked). Unlock your keyring (usually by signing in to the PC again) and try once more.</source>
        <translation type="unfinished">Trousèl kle sistèm nan bloke, kidonk Council Desk pa ka rive jwenn kle li yo (kach dosye yo rete bloke). Debloke trousèl kle ou (anjeneral lè w konekte ankò sou òdinatè a) epi eseye yon lòt fwa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That cache passphrase is too weak.</source>
        <translation type="unfinished">Fraz sekrè kach sa a twò fèb.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That cache passphrase cannot be used: %1</source>
        <translation type="unfinished">Nou pa ka itilize fraz sekrè kach sa a: %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>A reminder needs to know whose it is: sign in first, then log the follow-up again.</source>
        <translation type="unfinished">Yon rapèl bezwen konnen pou ki moun li ye: konekte anvan, epi anrejistre swivi a ankò.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This reminder is no longer on this PC, so nothing was changed.</source>
        <translation type="unfinished">Rapèl sa a pa sou òdinatè sa a ankò, kidonk anyen pa chanje.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The personal paragraph is longer than 1500 characters. Shorten it (a longer note belongs in a follow-up), then print again.</source>
        <translation type="unfinished">Paragraf pèsonèl la gen plis pase 1500 karaktè. Fè l pi kout (yon nòt pi long ale nan yon swivi), epi enprime ankò.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Your role does not allow this.</source>
        <translation type="unfinished">Wòl ou pa pèmèt sa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The 311 access system says your role may not do this. Ask your supervisor.</source>
        <translation type="unfinished">Sistèm aksè 311 la di wòl ou pa ka fè sa. Mande sipèvizè ou.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your office&apos;s access to 311 cases has ended (end of term), so nothing more syncs. The district&apos;s cases are removed from this PC on that date; the privacy log is still sent.</source>
        <translation type="unfinished">Aksè biwo w la nan dosye 311 yo fini (fen manda), kidonk anyen pa senkronize ankò. Dosye distri a retire sou PC sa a jou sa a; rejis konfidansyalite a toujou voye.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This disclosure is not allowed.</source>
        <translation type="unfinished">Divilgasyon sa a pa pèmèt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at least one case.</source>
        <translation type="unfinished">Chwazi omwen yon dosye.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose routine, case-by-case or exigent.</source>
        <translation type="unfinished">Chwazi woutin, ka pa ka oswa ijan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A case-by-case disclosure needs the approval number a supervisor granted.</source>
        <translation type="unfinished">Yon divilgasyon ka pa ka bezwen nimewo apwobasyon yon sipèvizè bay.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An exigent disclosure needs a written reason (why it cannot wait).</source>
        <translation type="unfinished">Yon divilgasyon ijan bezwen yon rezon alekri (poukisa li pa ka tann).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at least one detail to share.</source>
        <translation type="unfinished">Chwazi omwen yon enfòmasyon pou pataje.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A case-by-case disclosure needs the 311 access system to confirm its approval, and it cannot be reached now, so nothing was released. Routine and exigent disclosures work offline.</source>
        <translation type="unfinished">Yon divilgasyon ka pa ka bezwen sistèm aksè 311 la konfime apwobasyon li, epi kounye a li pa ka jwenn, kidonk anyen pa t bay. Divilgasyon woutin ak ijan mache san rezo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The 311 access system did not issue this approval for your office. Check the number, or ask your supervisor for one.</source>
        <translation type="unfinished">Sistèm aksè 311 la pa t bay biwo w la apwobasyon sa a. Verifye nimewo a, oswa mande sipèvizè ou youn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A case chosen is no longer shared with your office, so nothing was released.</source>
        <translation type="unfinished">Yon dosye ou chwazi pa pataje ak biwo w la ankò, kidonk anyen pa t bay.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 311 access system did not confirm this approval, so nothing was released.</source>
        <translation type="unfinished">Sistèm aksè 311 la pa t konfime apwobasyon sa a, kidonk anyen pa t bay.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 311 access system&apos;s answer did not match this approval, so nothing was released.</source>
        <translation type="unfinished">Repons sistèm aksè 311 la pa t koresponn ak apwobasyon sa a, kidonk anyen pa t bay.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A case of this request is no longer on this PC, so nothing was saved.</source>
        <translation type="unfinished">Yon dosye nan demann sa a pa sou PC sa a ankò, kidonk anyen pa t anrejistre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This request is no longer on this PC, so nothing was saved.</source>
        <translation type="unfinished">Demann sa a pa sou PC sa a ankò, kidonk anyen pa t anrejistre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PC has no signed-in identity for that server yet: sync first.</source>
        <translation type="unfinished">PC sa a poko gen yon idantite konekte pou sèvè sa a: senkronize anvan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That sign-in was with another account than the one whose cases were asked for, so they stay shut. Sign in with that account, or give its unlock PIN.</source>
        <translation type="unfinished">Koneksyon sa a te fèt ak yon lòt kont pase sa ki gen dosye yo te mande yo, donk yo rete fèmen. Konekte ak kont sa a, oswa bay PIN debloke li.</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>This PC has no usable system keyring to keep the case cache key in. You need to choose a cache passphrase instead: the cache is always encrypted, and without a keyring the passphrase is the only way to unlock it. Council Desk never stores the key in a plain file.</source>
        <translation type="unfinished">Òdinatè sa a pa gen yon trousèl kle sistèm ki mache pou kenbe kle kach dosye yo. Ou dwe chwazi yon fraz sekrè pou kach la: kach la toujou chifre, e san trousèl kle, fraz sekrè a se sèl fason pou debloke l. Council Desk pa janm mete kle a nan yon fichye ki pa chifre.</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>The secure connection to the 311 access system could not be verified (certificate problem): someone may be intercepting this network&apos;s traffic. Nothing was sent. Do not sign in on this network; tell your IT contact.</source>
        <translation type="unfinished">Nou pa t ka verifye koneksyon an sekirite ak sistèm aksè 311 la (pwoblèm sètifika): petèt gen yon moun k ap entèsepte trafik rezo sa a. Nou pa voye anyen. Pa konekte sou rezo sa a; avèti moun ki okipe enfòmatik ou.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>This case cache is locked with a cache passphrase. Enter the passphrase to open it.</source>
        <translation type="unfinished">Kach dosye sa a bloke ak yon fraz sekrè. Antre fraz sekrè a pou louvri l.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The only keyring available on this PC keeps secrets unencrypted, so Council Desk will not use it. Use a cache passphrase instead, or ask support to set up the system keyring.</source>
        <translation type="unfinished">Sèl trousèl kle ki sou òdinatè sa a kenbe sekrè yo san chifre, kidonk Council Desk p ap itilize l. Sèvi ak yon fraz sekrè pou kach la, oswa mande sipò pou yo konfigire trousèl kle sistèm nan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The case cache on this PC is locked with a key kept in the system keyring, and that keyring cannot be used now. Sign in to the PC normally (so the keyring starts) and try again, or call support.</source>
        <translation type="unfinished">Kach dosye ki sou òdinatè sa a bloke ak yon kle ki nan trousèl kle sistèm nan, e nou pa ka itilize trousèl sa a kounye a. Konekte sou òdinatè a nòmalman (pou trousèl la kòmanse) epi eseye ankò, oswa rele sipò.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cache passphrase record is damaged, so the cache cannot be unlocked.</source>
        <translation type="unfinished">Anrejistreman fraz sekrè kach la domaje, kidonk nou pa ka debloke kach la.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The case cache key in the system keyring is damaged, so the cache cannot be unlocked. Call support.</source>
        <translation type="unfinished">Kle kach dosye yo ki nan trousèl kle sistèm nan domaje, kidonk nou pa ka debloke kach la. Rele sipò.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keyring did not keep the case cache key. Call support.</source>
        <translation type="unfinished">Trousèl kle sistèm nan pa t kenbe kle kach dosye yo. Rele sipò.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cache passphrase cannot be empty.</source>
        <translation type="unfinished">Fraz sekrè kach la pa ka vid.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case cache on this PC is locked with a different key than the one available now (a wrong passphrase, or the keyring entry was replaced). Nothing was changed. Try the passphrase again, or ask support to set the old cache aside and sync a fresh copy.</source>
        <translation type="unfinished">Kach dosye ki sou òdinatè sa a bloke ak yon kle ki diferan de sa ki disponib kounye a (yon move fraz sekrè, oswa yo te ranplase antre nan trousèl kle a). Nou pa chanje anyen. Eseye fraz sekrè a ankò, oswa mande sipò pou yo mete ansyen kach la sou kote epi senkronize yon kopi tou nèf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key for the case cache on this PC is missing from the system keyring, so the cache cannot be opened. It will be set aside (not deleted) and a fresh copy synced; unsent follow-ups in it are lost.</source>
        <translation type="unfinished">Kle kach dosye òdinatè sa a pa nan trousèl kle sistèm nan, kidonk nou pa ka louvri kach la. N ap mete l sou kote (nou p ap efase l) epi senkronize yon kopi tou nèf; swivi ki poko voye ladan l ap pèdi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The case cache file on this PC is damaged or was altered, so no data from it is shown. It will be set aside (not deleted) and a fresh copy synced from the 311 access system.</source>
        <translation type="unfinished">Fichye kach dosye ki sou òdinatè sa a domaje oswa yo te chanje l, kidonk nou pa montre okenn done ladan l. N ap mete l sou kote (nou p ap efase l) epi senkronize yon kopi tou nèf nan sistèm aksè 311 la.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The case cache cannot be opened because its folder cannot be written (read-only, no permission, or the disk is full). Nothing was changed. Free some disk space or ask support to check the folder.</source>
        <translation type="unfinished">Nou pa ka louvri kach dosye yo paske nou pa ka ekri nan dosye li a (lekti sèlman, pa gen pèmisyon, oswa disk la plen). Nou pa chanje anyen. Libere espas sou disk la oswa mande sipò pou yo tcheke dosye a.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The case cache failed its safety self-test (encryption or secure settings are not active), so Council Desk will not use it. Reinstall Council Desk or call support.</source>
        <translation type="unfinished">Kach dosye yo pa pase tès sekirite li (chifreman oswa paramèt sekirite yo pa aktif), kidonk Council Desk p ap itilize l. Reenstale Council Desk oswa rele sipò.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The case cache was written by a newer version of Council Desk. Update Council Desk to open it.</source>
        <translation type="unfinished">Se yon vèsyon Council Desk ki pi resan ki te ekri kach dosye yo. Mete Council Desk ajou pou w ka louvri l.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The case cache is closed (Council Desk was locked or signed out). Open it again to go on.</source>
        <translation type="unfinished">Kach dosye yo fèmen (Council Desk te bloke oswa ou te dekonekte). Louvri l ankò pou w kontinye.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This case is no longer in the cache on this PC, so nothing was saved.</source>
        <translation type="unfinished">Dosye sa a pa nan kach òdinatè sa a ankò, kidonk nou pa anrejistre anyen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This was NOT saved: the disk is full or the cache folder cannot be written. (the disk is full)</source>
        <translation type="unfinished">Sa PA t anrejistre: disk la plen oswa nou pa ka ekri nan dosye kach la. (disk la plen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This was NOT saved: the disk is full or the cache folder cannot be written. (the cache folder cannot be written)</source>
        <translation type="unfinished">Sa PA t anrejistre: disk la plen oswa nou pa ka ekri nan dosye kach la. (nou pa ka ekri nan dosye kach la)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This was NOT saved: the disk is full or the cache folder cannot be written. (a disk error)</source>
        <translation type="unfinished">Sa PA t anrejistre: disk la plen oswa nou pa ka ekri nan dosye kach la. (yon erè disk)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many wrong PIN or passphrase tries, so Council Desk is locked on this PC. Sign in again with your browser to unlock it (your work is saved).</source>
        <translation type="unfinished">Twòp move tantativ PIN oswa fraz sekrè, kidonk Council Desk bloke sou òdinatè sa a. Konekte ankò ak navigatè ou pou debloke l (travay ou anrejistre).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No unlock PIN was chosen on this PC yet. Sign in with your browser (when the network is back) and choose one; until then the cases here stay locked.</source>
        <translation type="unfinished">Poko gen PIN debloke ki chwazi sou òdinatè sa a. Konekte ak navigatè ou (lè rezo a tounen) epi chwazi youn; jiska lè sa a, dosye ki isit yo rete bloke.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That PIN or passphrase is not right. %1 tries left before Council Desk asks you to sign in again with your browser.</source>
        <translation type="unfinished">PIN oswa fraz sekrè sa a pa bon. Rete %1 tantativ anvan Council Desk mande w konekte ankò ak navigatè ou.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That PIN or passphrase is not right. %1 try left before Council Desk asks you to sign in again with your browser.</source>
        <translation type="unfinished">PIN oswa fraz sekrè sa a pa bon. Rete %1 tantativ anvan Council Desk mande w konekte ankò ak navigatè ou.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your session has reached its daily limit. Sign in again with your browser to keep working; nothing you saved is lost.</source>
        <translation type="unfinished">Sesyon ou rive nan limit pa jou li. Konekte ankò ak navigatè ou pou w kontinye travay; anyen ou te anrejistre pa pèdi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your session has reached its daily limit and the 311 access system can be reached, so sign in again with your browser. (Without a network, your PIN keeps you working offline.)</source>
        <translation type="unfinished">Sesyon ou rive nan limit pa jou li epi nou ka jwenn sistèm aksè 311 la, kidonk konekte ankò ak navigatè ou. (San rezo, PIN ou pèmèt ou kontinye travay san koneksyon.)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The audit log could not be written, so this action was not carried out (nothing was printed, shown or exported). Free some disk space or call support, then try again.</source>
        <translation type="unfinished">Nou pa t ka ekri nan rejis odit la, kidonk aksyon sa a pa t fèt (nou pa enprime, montre ni ekspòte anyen). Libere espas sou disk la oswa rele sipò, epi eseye ankò.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The printer could not be started, so nothing was printed. Check the printer and try again.</source>
        <translation type="unfinished">Nou pa t ka demare enprimant lan, kidonk nou pa enprime anyen. Tcheke enprimant lan epi eseye ankò.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Letters need the office&apos;s letterhead, which arrives when you sign in. Sign in, then try again.</source>
        <translation type="unfinished">Lèt yo bezwen papye antèt biwo a, ki rive lè w konekte. Konekte, epi eseye ankò.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The selected cases are no longer on this PC.</source>
        <translation type="unfinished">Dosye ou te chwazi yo pa sou òdinatè sa a ankò.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cache is locked, so nothing was saved.</source>
        <translation type="unfinished">Kach la bloke, kidonk nou pa anrejistre anyen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cache is locked, so nothing was printed.</source>
        <translation type="unfinished">Kach la bloke, kidonk nou pa enprime anyen.</translation>
    </message>
    <message>
        <location filename="../council_desk/ui/errors.py" line="+18"/>
        <source>Council Desk</source>
        <translation type="unfinished">Council Desk</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../council_desk/ui/filters.py" line="+48"/>
        <source>Search cases (Ctrl+F): words from the complaint, address or name</source>
        <translation type="unfinished">Chèche dosye (Ctrl+F): mo ki nan plent lan, adrès la oswa non an</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search cases</source>
        <translation type="unfinished">Chèche dosye</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words from the complaint, the address or the filer&apos;s name, or a complaint number. Down moves into the list.</source>
        <translation type="unfinished">Mo ki nan plent lan, adrès la oswa non moun ki te depoze l, oswa yon nimewo plent. Flèch anba a mennen w nan lis la.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep typing: the search starts at 2 letters</source>
        <translation type="unfinished">Kontinye tape: rechèch la kòmanse apati 2 lèt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Any office status</source>
        <translation type="unfinished">Nenpòt estati nan biwo a</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Office status filter</source>
        <translation type="unfinished">Filtè estati nan biwo a</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show only cases with this office status</source>
        <translation type="unfinished">Montre sèlman dosye ki gen estati sa a nan biwo a</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open or closed at agency</source>
        <translation type="unfinished">Louvri oswa fèmen nan ajans lan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open at agency</source>
        <translation type="unfinished">Louvri nan ajans lan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed by agency</source>
        <translation type="unfinished">Ajans lan fèmen yo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agency status filter</source>
        <translation type="unfinished">Filtè estati nan ajans lan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only complaints the agency has open, or has closed</source>
        <translation type="unfinished">Montre sèlman plent ajans lan kenbe louvri, oswa li fèmen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any agency</source>
        <translation type="unfinished">Nenpòt ajans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency filter</source>
        <translation type="unfinished">Filtè ajans</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show only complaints sent to this agency</source>
        <translation type="unfinished">Montre sèlman plent yo voye bay ajans sa a</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any type</source>
        <translation type="unfinished">Nenpòt kalite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaint type filter</source>
        <translation type="unfinished">Filtè kalite plent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show only complaints of this type</source>
        <translation type="unfinished">Montre sèlman plent kalite sa a</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any follow-up</source>
        <translation type="unfinished">Nenpòt swivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due today or overdue</source>
        <translation type="unfinished">Pou jodi a oswa an reta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation type="unfinished">An reta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up filter</source>
        <translation type="unfinished">Filtè swivi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show only cases with a follow-up due or overdue</source>
        <translation type="unfinished">Montre sèlman dosye ki gen yon swivi pou jodi a oswa an reta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From: any</source>
        <translation type="unfinished">Depi: nenpòt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received from</source>
        <translation type="unfinished">Resevwa depi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show only complaints received on or after this day</source>
        <translation type="unfinished">Montre sèlman plent yo resevwa jou sa a oswa apre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To: any</source>
        <translation type="unfinished">Jiska: nenpòt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received until</source>
        <translation type="unfinished">Resevwa jiska</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show only complaints received on or before this day</source>
        <translation type="unfinished">Montre sèlman plent yo resevwa jou sa a oswa anvan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Received</source>
        <translation type="unfinished">Dat resepsyon</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../council_desk/ui/dialogs.py" line="+61"/>
        <source>Log a follow-up — complaint %1</source>
        <translation type="unfinished">Anrejistre yon swivi — plent %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How you were in touch: call, email, letter, visit or a note</source>
        <translation type="unfinished">Ki jan ou te kontakte: apèl, imèl, lèt, vizit oswa yon nòt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was done or said, and what happens next</source>
        <translation type="unfinished">Kisa ki te fèt oswa ki te di, e kisa ki pral rive apre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no outcome yet)</source>
        <translation type="unfinished">(poko gen rezilta)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What came of it, if anything yet</source>
        <translation type="unfinished">Kisa sa te bay, si gen kichòy deja</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(leave as is: %1)</source>
        <translation type="unfinished">(kite l jan l ye a: %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new office status for the case, if it changed</source>
        <translation type="unfinished">Yon nouvo estati nan biwo a pou dosye a, si li chanje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind on</source>
        <translation type="unfinished">Raple</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reminder date</source>
        <translation type="unfinished">Dat rapèl la</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The day this case shows in Reminders</source>
        <translation type="unfinished">Jou dosye sa a parèt nan Rapèl yo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Whose reminder</source>
        <translation type="unfinished">Rapèl ki moun</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who is reminded: you or a colleague</source>
        <translation type="unfinished">Ki moun yo raple: ou menm oswa yon kòlèg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for me</source>
        <translation type="unfinished">pou mwen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for %1</source>
        <translation type="unfinished">pou %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What</source>
        <translation type="unfinished">Kisa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation type="unfinished">Nòt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation type="unfinished">Rezilta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office status</source>
        <translation type="unfinished">Estati nan biwo a</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved on this PC at once; sent to the shared office log at the next sync.</source>
        <translation type="unfinished">Li anrejistre sou òdinatè sa a touswit; li voye nan rejis pataje biwo a nan pwochen senkronizasyon an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save follow-up</source>
        <translation type="unfinished">Anrejistre swivi a</translation>
    </message>
</context>
<context>
    <name>FollowUpKind</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="-164"/>
        <source>Phone call</source>
        <translation type="unfinished">Apèl telefòn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation type="unfinished">Imèl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation type="unfinished">Lèt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit</source>
        <translation type="unfinished">Vizit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation type="unfinished">Nòt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status change</source>
        <translation type="unfinished">Chanjman estati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignment</source>
        <translation type="unfinished">Asiyasyon</translation>
    </message>
</context>
<context>
    <name>GroupModel</name>
    <message>
        <location filename="../council_desk/ui/groups.py" line="+44"/>
        <source>Complaint #</source>
        <translation type="unfinished">Nimewo plent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation type="unfinished">Dat resepsyon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation type="unfinished">Kalite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office status</source>
        <translation type="unfinished">Estati nan biwo a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to</source>
        <translation type="unfinished">Responsab</translation>
    </message>
    <message numerus="yes">
        <location line="+139"/>
        <source>Show all %n case(s) of this group in the list…</source>
        <translation type="unfinished">
            <numerusform>Montre tout %n dosye gwoup sa a nan lis la…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform>%n dosye</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n open here</source>
        <translation type="unfinished">
            <numerusform>%n ouvè isit la</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no street address)</source>
        <translation type="unfinished">(pa gen adrès lari)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same filer</source>
        <translation type="unfinished">Menm moun ki pote plent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no contact details to match)</source>
        <translation type="unfinished">(pa gen enfòmasyon kontak pou konpare)</translation>
    </message>
</context>
<context>
    <name>GroupedCases</name>
    <message>
        <location line="+27"/>
        <source>Cases by group</source>
        <translation type="unfinished">Dosye pa gwoup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a group (Right arrow) to see its cases; choose one to see it beside</source>
        <translation type="unfinished">Louvri yon gwoup (flèch dwat) pou wè dosye li yo; chwazi youn pou wè l bò kote a</translation>
    </message>
</context>
<context>
    <name>InfoType</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="+173"/>
        <source>Name</source>
        <translation type="unfinished">Non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current and/or previous home addresses</source>
        <translation type="unfinished">Adrès kay kounye a e/oswa anvan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone number</source>
        <translation type="unfinished">Nimewo telefòn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email address</source>
        <translation type="unfinished">Adrès imèl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages spoken</source>
        <translation type="unfinished">Lang li pale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>311 complaint number, date, time and text (§ 23-315)</source>
        <translation type="unfinished">Nimewo, dat, lè ak tèks plent 311 la (§ 23-315)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location of the complaint (street address)</source>
        <translation type="unfinished">Kote plent lan ye (adrès)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The office&apos;s casework notes</source>
        <translation type="unfinished">Nòt biwo a sou dosye a</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location line="-123"/>
        <source>English</source>
        <translation type="unfinished">Angle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation type="unfinished">Panyòl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese (Simplified)</source>
        <translation type="unfinished">Chinwa (senplifye)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese (Traditional)</source>
        <translation type="unfinished">Chinwa (tradisyonèl)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation type="unfinished">Ris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bengali</source>
        <translation type="unfinished">Bengali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Haitian Creole</source>
        <translation type="unfinished">Kreyòl ayisyen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Korean</source>
        <translation type="unfinished">Koreyen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic</source>
        <translation type="unfinished">Arab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urdu</source>
        <translation type="unfinished">Oudou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation type="unfinished">Franse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polish</source>
        <translation type="unfinished">Polonè</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../council_desk/ui/print_dialog.py" line="+44"/>
        <source>Print letter</source>
        <translation type="unfinished">Enprime lèt</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>A letter for %n case(s). You will see it before anything is printed.</source>
        <translation type="unfinished">
            <numerusform>Yon lèt pou %n dosye. W ap wè l anvan nou enprime anyen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Which approved letter to print</source>
        <translation type="unfinished">Ki lèt apwouve pou enprime</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each constituent&apos;s preferred language</source>
        <translation type="unfinished">Lang chak rezidan prefere</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Their preferred languages: %1.</source>
        <translation type="unfinished">Lang yo prefere: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (preferred)</source>
        <translation type="unfinished">%1 (li prefere)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language the letter is printed in</source>
        <translation type="unfinished">Lang yo pral enprime lèt la</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I understand; use this translation anyway</source>
        <translation type="unfinished">Mwen konprann; sèvi ak tradiksyon sa a kanmenm</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Letter template:</source>
        <translation type="unfinished">Modèl lèt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation type="unfinished">Lang:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview…</source>
        <translation type="unfinished">Aperi…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Optional: a few sentences of your own for this letter. Printed as you type them, after the letter&apos;s text.</source>
        <translation type="unfinished">Opsyonèl: kèk fraz pa w pou lèt sa a. Yo enprime jan ou tape yo, apre tèks lèt la.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <source>Personal paragraph</source>
        <translation type="unfinished">Paragraf pèsonèl</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 is %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This translation has not been reviewed by a person.</source>
        <translation type="unfinished">Pèsonn poko revize tradiksyon sa a.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask a colleague who reads the language to check the preview before it is sent.</source>
        <translation type="unfinished">Mande yon kòlèg ki li lang lan pou l tcheke aperi a anvan yo voye l.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 of %2 characters</source>
        <translation type="unfinished">%1 sou %2 karaktè</translation>
    </message>
</context>
<context>
    <name>LetterReview</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="-35"/>
        <source>a machine draft</source>
        <translation type="unfinished">yon bouyon machin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marked as needing review</source>
        <translation type="unfinished">make pou yo revize</translation>
    </message>
</context>
<context>
    <name>LetterTemplate</name>
    <message>
        <location line="-9"/>
        <source>Acknowledgement (we received the complaint)</source>
        <translation type="unfinished">Akize resepsyon (nou resevwa plent lan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status update</source>
        <translation type="unfinished">Nouvèl sou dosye a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency response</source>
        <translation type="unfinished">Repons ajans lan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed but not fixed (we asked 311 to reopen)</source>
        <translation type="unfinished">Fèmen men pa rezoud (nou mande 311 pou relouvri l)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing (case finished)</source>
        <translation type="unfinished">Fèmti (dosye a fini)</translation>
    </message>
</context>
<context>
    <name>LockProcedure</name>
    <message>
        <location filename="../council_desk/ui/locking.py" line="+103"/>
        <source>That passphrase is not right.</source>
        <translation type="unfinished">Fraz sekrè sa a pa bon.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../council_desk/ui/lock.py" line="+124"/>
        <source>Council Desk is locked</source>
        <translation type="unfinished">Council Desk bloke</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your unlock PIN or passphrase</source>
        <translation type="unfinished">PIN oswa fraz sekrè ou pou debloke</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unlock PIN or passphrase</source>
        <translation type="unfinished">PIN oswa fraz sekrè pou debloke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PIN or passphrase you chose for this PC</source>
        <translation type="unfinished">PIN oswa fraz sekrè ou te chwazi pou òdinatè sa a</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sign in with your browser…</source>
        <translation type="unfinished">Konekte ak navigatè ou…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Too many wrong tries. Sign in again with your browser to unlock Council Desk on this PC. Your work is saved.</source>
        <translation type="unfinished">Twòp move tantativ. Konekte ankò ak navigatè ou pou debloke Council Desk sou òdinatè sa a. Travay ou anrejistre.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your session has reached its daily limit. Sign in again with your browser to continue. No network? Your PIN or passphrase keeps you working offline.</source>
        <translation type="unfinished">Sesyon ou rive nan limit pa jou li. Konekte ankò ak navigatè ou pou w kontinye. Pa gen rezo? PIN oswa fraz sekrè ou pèmèt ou kontinye travay san koneksyon.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Checking…</source>
        <translation type="unfinished">N ap verifye…</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Unlock</source>
        <translation type="unfinished">Debloke</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Locked after a period without use, to keep constituents&apos; details private. Your work is saved.</source>
        <translation type="unfinished">Li bloke apre yon tan san itilizasyon, pou pwoteje enfòmasyon rezidan yo. Travay ou anrejistre.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="+249"/>
        <location line="+28"/>
        <source>Cases</source>
        <translation type="unfinished">Dosye</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>The cases matching the search and filters; the selected one is shown beside</source>
        <translation type="unfinished">Dosye ki koresponn ak rechèch la ak filtè yo; sa ou chwazi a parèt akote</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+47"/>
        <location filename="../council_desk/ui/window_actions.py" line="+64"/>
        <source>Reminders</source>
        <translation type="unfinished">Rapèl</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Cases and reminders</source>
        <translation type="unfinished">Dosye ak rapèl</translation>
    </message>
    <message>
        <location filename="../council_desk/ui/window_actions.py" line="-26"/>
        <source>Main</source>
        <translation type="unfinished">Prensipal</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sync now</source>
        <translation type="unfinished">Senkronize kounye a</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log follow-up</source>
        <translation type="unfinished">Anrejistre swivi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search</source>
        <translation type="unfinished">Chèche</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Statistics</source>
        <translation type="unfinished">Estatistik</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Caseload</source>
        <translation type="unfinished">Kantite dosye</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock</source>
        <translation type="unfinished">Bloke</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bulk</source>
        <translation type="unfinished">An gwo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office status, a follow-up, an owner for every chosen case</source>
        <translation type="unfinished">Estati nan biwo a, yon swivi, yon responsab pou chak dosye ou chwazi</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Show contact details…</source>
        <translation type="unfinished">Montre enfòmasyon kontak…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ask 311 to reopen…</source>
        <translation type="unfinished">Mande 311 pou relouvri…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Office status</source>
        <translation type="unfinished">Estati nan biwo a</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Print letter…</source>
        <translation type="unfinished">Enprime lèt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print case summary…</source>
        <translation type="unfinished">Enprime rezime dosye…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print mailing labels…</source>
        <translation type="unfinished">Enprime etikèt adrès…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Print</source>
        <translation type="unfinished">Enprime</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letters, case summaries and mailing labels for the selected cases</source>
        <translation type="unfinished">Lèt, rezime dosye ak etikèt adrès pou dosye ou chwazi yo</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Select one or more cases in the list first.</source>
        <translation type="unfinished">Chwazi youn oswa plizyè dosye nan lis la anvan.</translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="+9"/>
        <source>Council Desk — District %1</source>
        <translation type="unfinished">Council Desk — Distri %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (locked)</source>
        <translation type="unfinished">%1 (bloke)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Council Desk</source>
        <translation type="unfinished">Council Desk</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Finished a bulk change Council Desk was making when it stopped: %n more case(s).</source>
        <translation type="unfinished">
            <numerusform>Fini yon chanjman an gwo Council Desk t ap fè lè l te kanpe: %n lòt dosye.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reminders (%1)</source>
        <translation type="unfinished">Rapèl (%1)</translation>
    </message>
</context>
<context>
    <name>MoreFiltersDialog</name>
    <message>
        <location filename="../council_desk/ui/views.py" line="+68"/>
        <source>More filters</source>
        <translation type="unfinished">Plis filt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office status</source>
        <translation type="unfinished">Estati nan biwo a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency status</source>
        <translation type="unfinished">Estati nan ajans lan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation type="unfinished">Ajans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint type</source>
        <translation type="unfinished">Kalite plent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to</source>
        <translation type="unfinished">Responsab</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tick one or more; none ticked means any</source>
        <translation type="unfinished">Tcheke youn oswa plizyè; si okenn pa tcheke, sa vle di nenpòt</translation>
    </message>
</context>
<context>
    <name>OfficeStatus</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="-43"/>
        <source>New</source>
        <translation type="unfinished">Nouvo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation type="unfinished">Ap trete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting on agency</source>
        <translation type="unfinished">Ap tann ajans lan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation type="unfinished">Rezoud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed – unresolved</source>
        <translation type="unfinished">Fèmen – pa rezoud</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <location line="+16"/>
        <source>Fixed</source>
        <translation type="unfinished">Ranje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly fixed</source>
        <translation type="unfinished">Ranje an pati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not fixed</source>
        <translation type="unfinished">Pa ranje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not the agency&apos;s responsibility</source>
        <translation type="unfinished">Se pa responsablite ajans lan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate of another complaint</source>
        <translation type="unfinished">Menm ak yon lòt plent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No response</source>
        <translation type="unfinished">Pa gen repons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation type="unfinished">Lòt</translation>
    </message>
</context>
<context>
    <name>Output</name>
    <message>
        <location line="+150"/>
        <source>Contact details shown on screen</source>
        <translation type="unfinished">Enfòmasyon kontak ki parèt sou ekran an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter to the constituent</source>
        <translation type="unfinished">Lèt bay moun nan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mailing labels</source>
        <translation type="unfinished">Etikèt lapòs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case summary without contact details</source>
        <translation type="unfinished">Rezime dosye san enfòmasyon kontak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case summary with contact details</source>
        <translation type="unfinished">Rezime dosye ak enfòmasyon kontak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact list exported as CSV</source>
        <translation type="unfinished">Lis kontak ekspòte an CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details shared with a City agency</source>
        <translation type="unfinished">Enfòmasyon pataje ak yon ajans Vil la</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office worklist without contact details</source>
        <translation type="unfinished">Lis travay biwo a san enfòmasyon kontak</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../council_desk/ui/dialogs.py" line="+113"/>
        <source>Cache passphrase</source>
        <translation type="unfinished">Fraz sekrè kach la</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>At least %1 characters, not one character repeated, no space at the start or end</source>
        <translation type="unfinished">Omwen %1 karaktè, pa yon sèl karaktè ki repete, pa gen espas nan kòmansman oswa nan fen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The passphrase chosen for this cache</source>
        <translation type="unfinished">Fraz sekrè yo chwazi pou kach sa a</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The same passphrase once more, to catch a typing mistake</source>
        <translation type="unfinished">Menm fraz sekrè a yon lòt fwa, pou jwenn yon erè frap</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase</source>
        <translation type="unfinished">Fraz sekrè</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Again</source>
        <translation type="unfinished">Ankò</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unlock</source>
        <translation type="unfinished">Debloke</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The two passphrases differ.</source>
        <translation type="unfinished">De fraz sekrè yo pa menm.</translation>
    </message>
</context>
<context>
    <name>PreviewWindow</name>
    <message>
        <location filename="../council_desk/ui/pdf_preview.py" line="+60"/>
        <source>Preview</source>
        <translation type="unfinished">Aperi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The pages as they will be printed</source>
        <translation type="unfinished">Paj yo jan yo pral enprime</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading…</source>
        <translation type="unfinished">Ap chaje…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print…</source>
        <translation type="unfinished">Enprime…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as PDF…</source>
        <translation type="unfinished">Anrejistre an PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation type="unfinished">Fèmen</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform>%n paj</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The preview could not be shown.</source>
        <translation type="unfinished">Nou pa t ka montre aperi a.</translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <location filename="../council_desk/ui/printing.py" line="+137"/>
        <source>Letter preview</source>
        <translation type="unfinished">Aperi lèt la</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Case summary preview</source>
        <translation type="unfinished">Aperi rezime dosye a</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Referral preview</source>
        <translation type="unfinished">Aperi referans lan</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Mailing labels preview</source>
        <translation type="unfinished">Aperi etikèt adrès yo</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Worklist: %1</source>
        <translation type="unfinished">Lis travay: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+71"/>
        <source>%1 — %n case(s)</source>
        <translation type="unfinished">
            <numerusform>%1 — %n dosye</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../council_desk/ui/print_release.py" line="+77"/>
        <source>Printing or saving logs a “letter” follow-up on each case.</source>
        <translation type="unfinished">Lè w enprime oswa anrejistre, sa anrejistre yon swivi «lèt» nan chak dosye.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Translation not reviewed by a person: %1.</source>
        <translation type="unfinished">Tradiksyon moun poko revize: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contact details are left out of this summary.</source>
        <translation type="unfinished">Enfòmasyon kontak yo pa nan rezime sa a.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No contact details. Printing or saving it is recorded in the privacy log: complaint numbers are personal information.</source>
        <translation type="unfinished">Pa gen enfòmasyon kontak. Lè w enprime oswa anrejistre l, sa ekri nan jounal konfidansyalite a: nimewo plent yo se enfòmasyon pèsonèl.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Printing or saving uses approval %1 once: the 311 access system confirms it first.</source>
        <translation type="unfinished">Enprime oswa anrejistre ap itilize apwobasyon %1 yon sèl fwa: sistèm aksè 311 la konfime l anvan.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Save as PDF</source>
        <translation type="unfinished">Anrejistre an PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">Fichye PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>Sending pages to the printer…</source>
        <translation type="unfinished">Ap voye paj yo bay enprimant lan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation type="unfinished">Kanpe</translation>
    </message>
    <message numerus="yes">
        <location filename="../council_desk/ui/printing.py" line="+30"/>
        <source>Preparing %n case(s)…</source>
        <translation type="unfinished">
            <numerusform>Ap prepare %n dosye…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../council_desk/ui/print_release.py" line="+6"/>
        <location filename="../council_desk/ui/printing.py" line="+2"/>
        <source>Council Desk</source>
        <translation type="unfinished">Council Desk</translation>
    </message>
</context>
<context>
    <name>PrivacyLogModel</name>
    <message>
        <location filename="../council_desk/ui/privacy_log.py" line="+93"/>
        <source>When</source>
        <translation type="unfinished">Kilè</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation type="unfinished">Anplwaye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation type="unfinished">Kisa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class</source>
        <translation type="unfinished">Kalite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval or reason</source>
        <translation type="unfinished">Apwobasyon oswa rezon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation type="unfinished">Pou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints</source>
        <translation type="unfinished">Plent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found</source>
        <translation type="unfinished">Sa yo jwenn</translation>
    </message>
</context>
<context>
    <name>PrivacyLogTab</name>
    <message>
        <location line="+122"/>
        <source>Mark as seen</source>
        <translation type="unfinished">Make kòm wè</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Staff</source>
        <translation type="unfinished">Anplwaye</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the disclosures of one staff member</source>
        <translation type="unfinished">Montre divilgasyon yon anplwaye</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Class</source>
        <translation type="unfinished">Kalite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the disclosures of one class</source>
        <translation type="unfinished">Montre divilgasyon yon sèl kalite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any class</source>
        <translation type="unfinished">Nenpòt kalite</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>Complaint #</source>
        <translation type="unfinished">Nimewo plent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the disclosures naming this complaint</source>
        <translation type="unfinished">Montre divilgasyon ki nonmen plent sa a</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From</source>
        <translation type="unfinished">Depi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the disclosures from this day</source>
        <translation type="unfinished">Montre divilgasyon depi jou sa a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation type="unfinished">Jiska</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the disclosures up to this day</source>
        <translation type="unfinished">Montre divilgasyon jiska jou sa a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation type="unfinished">Rafrechi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report…</source>
        <translation type="unfinished">Rapò…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Disclosure log</source>
        <translation type="unfinished">Rejis divilgasyon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each disclosure: when, who, what, class, approval or reason, to whom, which complaints, and what the 311 access system found</source>
        <translation type="unfinished">Chak divilgasyon: kilè, ki moun, kisa, kalite, apwobasyon oswa rezon, pou ki moun, ki plent, ak sa sistèm aksè 311 la jwenn</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>From the 311 access system&apos;s record of every device of this office.</source>
        <translation type="unfinished">Soti nan rejis sistèm aksè 311 la pou chak aparèy biwo sa a.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OFFLINE: from this PC&apos;s own log only. Other devices&apos; events are not included.</source>
        <translation type="unfinished">SAN REZO: sèlman nan pwòp rejis PC sa a. Evènman lòt aparèy yo pa ladan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Device %1 (%2): events %3 never arrived; found: %4</source>
        <translation type="unfinished">Aparèy %1 (%2): evènman %3 pa janm rive; sa yo jwenn: %4</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Every device&apos;s record is complete: nothing missing, nothing flagged.</source>
        <translation type="unfinished">Rejis chak aparèy konplè: anyen pa manke, anyen pa make.</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+127"/>
        <source>Anyone</source>
        <translation type="unfinished">Nenpòt moun</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n disclosure(s) shown</source>
        <translation type="unfinished">
            <numerusform>%n divilgasyon parèt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>New since you last looked: %1 exigent disclosure(s), %2 finding(s) about the record.</source>
        <translation type="unfinished">Sa ki nouvo depi dènye fwa ou gade: %1 divilgasyon ijan, %2 sa yo jwenn sou rejis la.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Save the report</source>
        <translation type="unfinished">Anrejistre rapò a</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">Fichye PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">Fichye CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>PrivacyUI</name>
    <message>
        <location filename="../council_desk/ui/privacy_ui.py" line="+54"/>
        <source>Approvals</source>
        <translation type="unfinished">Apwobasyon</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+88"/>
        <source>Privacy log</source>
        <translation type="unfinished">Rejis konfidansyalite</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Privacy log (new)</source>
        <translation type="unfinished">Rejis konfidansyalite (nouvo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New for the privacy officer: %1 exigent disclosure(s), %2 finding(s) about the record.</source>
        <translation type="unfinished">Nouvo pou responsab konfidansyalite a: %1 divilgasyon ijan, %2 sa yo jwenn sou rejis la.</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../council_desk/ui/bulk.py" line="-190"/>
        <source>Reassign a caseworker&apos;s cases</source>
        <translation type="unfinished">Rebay dosye yon travayè</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The caseworker whose open cases and reminders move</source>
        <translation type="unfinished">Travayè ki gen dosye ak rapèl ouvè k ap deplase yo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The caseworker who takes them</source>
        <translation type="unfinished">Travayè ki pran yo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every case the office still has open that is assigned to the first person, and every open reminder of theirs, goes to the second. Each change is recorded as if made one by one.</source>
        <translation type="unfinished">Chak dosye biwo a toujou genyen ouvè ki nan men premye moun nan, ak chak rapèl ouvè li, ale bay dezyèm moun nan. Chak chanjman anrejistre kòmsi yo te fè yo youn pa youn.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From</source>
        <translation type="unfinished">Depi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation type="unfinished">Bay</translation>
    </message>
</context>
<context>
    <name>Recipient</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="-25"/>
        <source>The constituent (the person who filed)</source>
        <translation type="unfinished">Moun nan (ki te pote plent lan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This council office (internal casework)</source>
        <translation type="unfinished">Biwo konsèy sa a (travay entèn sou dosye)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other City agencies</source>
        <translation type="unfinished">Lòt ajans Vil la</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New York State or federal agencies</source>
        <translation type="unfinished">Ajans Eta New York oswa federal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community partners / NGOs</source>
        <translation type="unfinished">Patnè kominotè / ONG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court, enforcement agency or other entity issuing a subpoena</source>
        <translation type="unfinished">Tribinal, ajans ki fè respekte lalwa oswa lòt antite ki bay yon sitasyon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other</source>
        <translation type="unfinished">Lòt</translation>
    </message>
</context>
<context>
    <name>ReminderColumns</name>
    <message>
        <location line="-68"/>
        <source>Due</source>
        <translation type="unfinished">Dat limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint #</source>
        <translation type="unfinished">Nimewo plent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For</source>
        <translation type="unfinished">Pou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation type="unfinished">Kalite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation type="unfinished">Adrès</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation type="unfinished">Nòt</translation>
    </message>
</context>
<context>
    <name>RemindersModel</name>
    <message>
        <location filename="../council_desk/ui/reminders.py" line="+151"/>
        <source>Overdue</source>
        <translation type="unfinished">An reta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due today</source>
        <translation type="unfinished">Pou jodi a</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due in the next 7 days</source>
        <translation type="unfinished">Pou 7 jou k ap vini yo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (overdue)</source>
        <translation type="unfinished">%1 (an reta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (today)</source>
        <translation type="unfinished">%1 (jodi a)</translation>
    </message>
</context>
<context>
    <name>RemindersTab</name>
    <message>
        <location line="+77"/>
        <source>Reminders</source>
        <translation type="unfinished">Rapèl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders overdue, due today and in the next 7 days; Enter opens the case</source>
        <translation type="unfinished">Rapèl an reta, pou jodi a ak pou 7 jou k ap vini yo; Enter louvri dosye a</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>My reminders</source>
        <translation type="unfinished">Rapèl mwen yo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone&apos;s</source>
        <translation type="unfinished">Pou tout moun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whose reminders</source>
        <translation type="unfinished">Rapèl ki moun</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done</source>
        <translation type="unfinished">Fini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the chosen reminders done (Ctrl+D)</source>
        <translation type="unfinished">Make rapèl ou chwazi yo fini (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Snooze</source>
        <translation type="unfinished">Repouse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tomorrow</source>
        <translation type="unfinished">Demen</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform>%n jou</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next Monday</source>
        <translation type="unfinished">Lendi pwochen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reschedule…</source>
        <translation type="unfinished">Chanje dat…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give to</source>
        <translation type="unfinished">Bay</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open case</source>
        <translation type="unfinished">Louvri dosye</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show:</source>
        <translation type="unfinished">Montre:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 overdue, %2 due today, %3 in the next 7 days. Double-click one (or press Enter) to open the case.</source>
        <translation type="unfinished">%1 an reta, %2 pou jodi a, %3 pou 7 jou k ap vini yo. Klike de fwa sou youn (oswa peze Enter) pou louvri dosye a.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing is due in the next 7 days. A follow-up logged with a reminder appears here when its day comes near.</source>
        <translation type="unfinished">Pa gen anyen pou 7 jou k ap vini yo. Yon swivi ak yon rapèl parèt isit la lè jou li a pre.</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../council_desk/ui/dialogs.py" line="-70"/>
        <source>Ask 311 to reopen complaint %1</source>
        <translation type="unfinished">Mande 311 pou relouvri plent %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why the office considers the complaint unresolved</source>
        <translation type="unfinished">Poukisa biwo a konsidere plent lan pa rezoud</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What is still wrong (sent to 311 and the agency)</source>
        <translation type="unfinished">Kisa ki toujou pa bon (voye bay 311 ak ajans lan)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why</source>
        <translation type="unfinished">Poukisa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation type="unfinished">Detay</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask 311 to reopen</source>
        <translation type="unfinished">Mande 311 pou relouvri</translation>
    </message>
</context>
<context>
    <name>ReopenStage</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="+5"/>
        <source>Sent: waiting to reach 311</source>
        <translation type="unfinished">Voye: ap tann pou rive nan 311</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forwarded by 311 to the agency</source>
        <translation type="unfinished">311 voye l bay ajans lan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not needed: the complaint was still open</source>
        <translation type="unfinished">Pa t nesesè: plent lan te toujou ouvè</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agency reopened it</source>
        <translation type="unfinished">Ajans lan relouvri l</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agency declined to reopen it</source>
        <translation type="unfinished">Ajans lan refize relouvri l</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../council_desk/ui/privacy_log.py" line="-314"/>
        <source>Identifying Information Law report</source>
        <translation type="unfinished">Rapò Lwa sou Enfòmasyon Idantifikasyon</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>PDF (to print and sign)</source>
        <translation type="unfinished">PDF (pou enprime epi siyen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (for a spreadsheet)</source>
        <translation type="unfinished">CSV (pou yon tablo kalkil)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Format</source>
        <translation type="unfinished">Fòma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF to print and sign, or CSV</source>
        <translation type="unfinished">PDF pou enprime epi siyen, oswa CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation type="unfinished">Depi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The first day of the report&apos;s period</source>
        <translation type="unfinished">Premye jou peryòd rapò a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation type="unfinished">Jiska</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The last day of the report&apos;s period</source>
        <translation type="unfinished">Dènye jou peryòd rapò a</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From:</source>
        <translation type="unfinished">Depi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation type="unfinished">Jiska:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format:</source>
        <translation type="unfinished">Fòma:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save…</source>
        <translation type="unfinished">Anrejistre…</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message numerus="yes">
        <location filename="../council_desk/ui/reminders.py" line="-151"/>
        <source>Reschedule %n reminder(s)</source>
        <translation type="unfinished">
            <numerusform>Chanje dat %n rapèl</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The day the reminders are due</source>
        <translation type="unfinished">Jou rapèl yo dwe fèt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New date:</source>
        <translation type="unfinished">Nouvo dat:</translation>
    </message>
</context>
<context>
    <name>RevealDialog</name>
    <message>
        <location filename="../council_desk/ui/dialogs.py" line="-74"/>
        <source>Show contact details</source>
        <translation type="unfinished">Montre enfòmasyon kontak</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact details are shown only when you need them. Why do you need them for complaint %1? Your answer is recorded in the privacy log.</source>
        <translation type="unfinished">Enfòmasyon kontak yo parèt sèlman lè ou bezwen yo. Poukisa ou bezwen yo pou plent %1? Repons ou ap ekri nan rejis konfidansyalite a.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Other (say why below)</source>
        <translation type="unfinished">Lòt (di poukisa anba a)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why you need the contact details</source>
        <translation type="unfinished">Poukisa ou bezwen enfòmasyon kontak yo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded in the privacy log with your name and the time</source>
        <translation type="unfinished">Li ekri nan rejis konfidansyalite a ak non ou ak lè a</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason</source>
        <translation type="unfinished">Rezon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason, in your words</source>
        <translation type="unfinished">Rezon an, ak pwòp mo pa ou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needed when you choose Other; otherwise added to the reason chosen</source>
        <translation type="unfinished">Obligatwa si ou chwazi Lòt; sinon, li ajoute sou rezon ou chwazi a</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show and record</source>
        <translation type="unfinished">Montre epi anrejistre</translation>
    </message>
</context>
<context>
    <name>RevealPurpose</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="-80"/>
        <source>Call the constituent about this complaint</source>
        <translation type="unfinished">Rele rezidan an pou plent sa a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write to the constituent about this complaint</source>
        <translation type="unfinished">Ekri rezidan an pou plent sa a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit about this complaint</source>
        <translation type="unfinished">Vizit pou plent sa a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check who filed before contacting the agency</source>
        <translation type="unfinished">Tcheke kiyès ki te depoze l anvan w kontakte ajans lan</translation>
    </message>
</context>
<context>
    <name>SecretRules</name>
    <message>
        <location filename="../council_desk/ui/error_text.py" line="+63"/>
        <source>A passphrase needs at least %1 characters.</source>
        <translation type="unfinished">Yon fraz sekrè bezwen omwen %1 karaktè.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A passphrase cannot be one character repeated.</source>
        <translation type="unfinished">Yon fraz sekrè pa ka yon sèl karaktè ki repete.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A passphrase cannot start or end with a space.</source>
        <translation type="unfinished">Yon fraz sekrè pa ka kòmanse oswa fini ak yon espas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PIN needs at least %1 digits.</source>
        <translation type="unfinished">Yon PIN bezwen omwen %1 chif.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This PIN is too easy to guess (a repeated digit or a run like 123456).</source>
        <translation type="unfinished">PIN sa a twò fasil pou devine (yon chif ki repete oswa yon seri tankou 123456).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../council_desk/ui/settings_dialog.py" line="+50"/>
        <source>The interface will be in %1 the next time Council Desk starts.</source>
        <translation type="unfinished">Pwochen fwa Council Desk kòmanse, entèfas la ap an %1.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Settings</source>
        <translation type="unfinished">Paramèt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Used from the next time Council Desk starts</source>
        <translation type="unfinished">Li aplike pwochen fwa Council Desk kòmanse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language is used from the next time Council Desk starts.</source>
        <translation type="unfinished">Nouvo lang lan ap aplike pwochen fwa Council Desk kòmanse.</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+36"/>
        <location line="+37"/>
        <source>Language</source>
        <translation type="unfinished">Lang</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>The PC&apos;s language (%1)</source>
        <translation type="unfinished">Lang òdinatè a (%1)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Language</source>
        <translation type="unfinished">&amp;Lang</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The language of Council Desk&apos;s windows</source>
        <translation type="unfinished">Lang fenèt Council Desk yo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Settings</source>
        <translation type="unfinished">&amp;Paramèt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings and translations…</source>
        <translation type="unfinished">Paramèt ak tradiksyon…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Translation</source>
        <translation type="unfinished">Tradiksyon</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Translation status</source>
        <translation type="unfinished">Eta tradiksyon yo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For each language: whether a person has reviewed the machine draft</source>
        <translation type="unfinished">Pou chak lang: si yon moun revize bouyon machin lan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Translations start as machine drafts. A colleague who reads the language checks them and their name and the date are recorded here.</source>
        <translation type="unfinished">Tradiksyon yo kòmanse kòm bouyon machin. Yon kòlèg ki li lang lan revize yo, epi non l ak dat la anrejistre isit la.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Language:</source>
        <translation type="unfinished">&amp;Lang:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reviewed by %1 on %2</source>
        <translation type="unfinished">%1 revize l %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Machine draft (%1), not yet reviewed by a person</source>
        <translation type="unfinished">Bouyon machin (%1), poko gen moun ki revize l</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not installed on this PC</source>
        <translation type="unfinished">pa enstale sou òdinatè sa a</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../council_desk/ui/share.py" line="+52"/>
        <source>Share with an agency</source>
        <translation type="unfinished">Pataje ak yon ajans</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Share the constituent&apos;s details for complaint(s) %1 with a City agency. The share is recorded in the privacy log, and the agency gets a referral sheet with only what you tick.</source>
        <translation type="unfinished">Pataje enfòmasyon moun nan pou plent %1 ak yon ajans Vil la. Pataj la ekri nan rejis konfidansyalite a, epi ajans lan resevwa yon fèy referans ak sèlman sa ou make.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Agency</source>
        <translation type="unfinished">Ajans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agency that receives the details (from the case; another can be named)</source>
        <translation type="unfinished">Ajans ki resevwa enfòmasyon yo (ki nan dosye a; ou ka nonmen yon lòt)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Agency:</source>
        <translation type="unfinished">Ajans:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share:</source>
        <translation type="unfinished">Pataje:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview…</source>
        <translation type="unfinished">Aperi…</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <location filename="../council_desk/ui/signin.py" line="+71"/>
        <source>Council Desk — sign in</source>
        <translation type="unfinished">Council Desk — konekte</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Council Desk</source>
        <translation type="unfinished">Council Desk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>311 complaints shared with your council member&apos;s office, with the filer&apos;s consent.</source>
        <translation type="unfinished">Plent 311 yo pataje ak biwo manm konsèy ou a, avèk konsantman moun ki te depoze yo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set by your office&apos;s IT (Council Desk policy file).</source>
        <translation type="unfinished">Se enfòmatik biwo ou a ki fikse l (fichye règleman Council Desk).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The 311 access system&apos;s address, from your office&apos;s IT contact</source>
        <translation type="unfinished">Adrès sistèm aksè 311 la, moun ki okipe enfòmatik nan biwo ou a ba ou l</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with your browser</source>
        <translation type="unfinished">Konekte ak navigatè ou</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+76"/>
        <source>Cancel</source>
        <translation type="unfinished">Anile</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Open offline…</source>
        <translation type="unfinished">Louvri san koneksyon…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+175"/>
        <source>Work with the cases already on this PC until the server is back</source>
        <translation type="unfinished">Travay ak dosye ki deja sou òdinatè sa a jiskaske sèvè a tounen</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Server address</source>
        <translation type="unfinished">Adrès sèvè a</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose your unlock PIN</source>
        <translation type="unfinished">Chwazi PIN ou pou debloke</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Council Desk locks itself when the PC is left alone. Choose a PIN of at least 6 digits, or a passphrase of at least 8 characters, to unlock it, and to open your cases when there is no network. After 5 wrong tries you will need to sign in again with your browser. Council Desk keeps only a scrambled check of it, never the PIN itself.</source>
        <translation type="unfinished">Council Desk bloke tèt li lè yo kite òdinatè a san moun. Chwazi yon PIN ki gen omwen 6 chif, oswa yon fraz sekrè ki gen omwen 8 karaktè, pou debloke l ak pou louvri dosye ou yo lè pa gen rezo. Apre 5 move tantativ, w ap bezwen konekte ankò ak navigatè ou. Council Desk kenbe sèlman yon verifikasyon brouye, pa janm PIN nan li menm.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>At least 6 digits, or a passphrase of at least 8 characters</source>
        <translation type="unfinished">Omwen 6 chif, oswa yon fraz sekrè ki gen omwen 8 karaktè</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same once more, to catch a typing mistake</source>
        <translation type="unfinished">Menm bagay la yon lòt fwa, pou jwenn yon erè frap</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Continue</source>
        <translation type="unfinished">Kontinye</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+40"/>
        <source>PIN or passphrase</source>
        <translation type="unfinished">PIN oswa fraz sekrè</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Again</source>
        <translation type="unfinished">Ankò</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open the cases on this PC</source>
        <translation type="unfinished">Louvri dosye ki sou òdinatè sa a</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Without the 311 access system, your unlock PIN or passphrase proves it is you. Changes you make are sent when the network is back.</source>
        <translation type="unfinished">San sistèm aksè 311 la, PIN oswa fraz sekrè ou pou debloke a pwouve se ou. Chanjman ou fè yo ap voye lè rezo a tounen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The PIN or passphrase you chose for this PC</source>
        <translation type="unfinished">PIN oswa fraz sekrè ou te chwazi pou òdinatè sa a</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open</source>
        <translation type="unfinished">Louvri</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back</source>
        <translation type="unfinished">Retounen</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Training sandbox on this PC. Training account:</source>
        <translation type="unfinished">Anviwònman fòmasyon sou òdinatè sa a. Kont fòmasyon:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No usable cases on this PC for this server (never synced, or offline too long)</source>
        <translation type="unfinished">Pa gen dosye ou ka itilize sou òdinatè sa a pou sèvè sa a (pa janm senkronize, oswa twò lontan san koneksyon)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Your web browser is opening the sign-in page. Sign in there, then come back here.</source>
        <translation type="unfinished">Navigatè entènèt ou a ap louvri paj koneksyon an. Konekte la a, epi tounen isit la.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The two entries differ.</source>
        <translation type="unfinished">De antre yo pa menm.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose an unlock PIN to see your cases.</source>
        <translation type="unfinished">Chwazi yon PIN pou debloke pou w wè dosye ou yo.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Checking…</source>
        <translation type="unfinished">N ap verifye…</translation>
    </message>
</context>
<context>
    <name>StandardButtons</name>
    <message>
        <location filename="../council_desk/ui/accessibility.py" line="+145"/>
        <source>OK</source>
        <translation type="unfinished">Dakò</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished">Anile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation type="unfinished">Fèmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation type="unfinished">Anrejistre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation type="unfinished">Wi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation type="unfinished">Non</translation>
    </message>
</context>
<context>
    <name>StatsColumns</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="+102"/>
        <source>Complaint type</source>
        <translation type="unfinished">Kalite plent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation type="unfinished">Ajans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation type="unfinished">Demann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation type="unfinished">Fèmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closure rate</source>
        <translation type="unfinished">To fèmti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City closure rate</source>
        <translation type="unfinished">To fèmti nan vil la</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen asked</source>
        <translation type="unfinished">Demann pou relouvri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen rate</source>
        <translation type="unfinished">To relouvèti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfied</source>
        <translation type="unfinished">Satisfè</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey answers</source>
        <translation type="unfinished">Repons sondaj</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed requests ÷ requests received in the period</source>
        <translation type="unfinished">Demann fèmen ÷ demann resevwa nan peryòd la</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same rate for this complaint type and agency across the whole city</source>
        <translation type="unfinished">Menm to a pou kalite plent sa a ak ajans sa a nan tout vil la</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed requests someone asked 311 to reopen</source>
        <translation type="unfinished">Demann fèmen yon moun te mande 311 pou relouvri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen requests ÷ closed requests</source>
        <translation type="unfinished">Demann pou relouvri ÷ demann fèmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey answers &apos;satisfied&apos; or &apos;very satisfied&apos; ÷ all survey answers</source>
        <translation type="unfinished">Repons «satisfè» oswa «trè satisfè» ÷ tout repons sondaj yo</translation>
    </message>
</context>
<context>
    <name>StatsModel</name>
    <message>
        <location filename="../council_desk/ui/stats_window.py" line="+159"/>
        <source>The city had no requests of this type for this agency in the period</source>
        <translation type="unfinished">Vil la pa t gen okenn demann kalite sa a pou ajans sa a nan peryòd la</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fewer than %1 people were behind this figure in each month, so 311 does not publish it: it could tell someone&apos;s answer.</source>
        <translation type="unfinished">Te gen mwens pase %1 moun dèyè chif sa a chak mwa, kidonk 311 pa pibliye l: li ta ka fè konnen repons yon moun.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some months had too few to show; this covers the other months only.</source>
        <translation type="unfinished">Kèk mwa te gen twò piti pou montre; chif sa a kouvri lòt mwa yo sèlman.</translation>
    </message>
</context>
<context>
    <name>StatsWindow</name>
    <message>
        <location line="+22"/>
        <source>311 statistics — District %1</source>
        <translation type="unfinished">Estatistik 311 — Distri %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>311 statistics</source>
        <translation type="unfinished">Estatistik 311</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last %1 months</source>
        <translation type="unfinished">%1 dènye mwa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The months the figures cover, this month included</source>
        <translation type="unfinished">Mwa chif yo kouvri, ak mwa sa a ladan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Period:</source>
        <translation type="unfinished">&amp;Peryòd:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished">&amp;Ekspòte CSV…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>“too few to show”: fewer than %1 requests or survey answers in a month. 311 withholds such figures so that no one&apos;s answer can be worked out. Figures in italics leave out such months: “at least” counts, and rates of the other months only.</source>
        <translation type="unfinished">«twò piti pou montre»: mwens pase %1 demann oswa repons sondaj nan yon mwa. 311 pa pibliye chif sa yo pou pèsonn pa ka dekouvri repons yon moun. Chif an italik yo pa konte mwa sa yo: kantite «omwen», ak to lòt mwa yo sèlman.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Requests by complaint type and agency</source>
        <translation type="unfinished">Demann pa kalite plent ak pa ajans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One line per complaint type and agency; click a heading to sort</source>
        <translation type="unfinished">Yon liy pou chak kalite plent ak ajans; klike sou yon tit pou klase</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Loading the figures from 311…</source>
        <translation type="unfinished">Ap chaje chif yo nan 311…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>311 sent figures for another district. Nothing is shown; please tell your office&apos;s Council Desk contact.</source>
        <translation type="unfinished">311 voye chif pou yon lòt distri. Nou pa montre anyen; tanpri avèti moun ki responsab Council Desk nan biwo ou a.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No requests in this period.</source>
        <translation type="unfinished">Pa gen demann nan peryòd sa a.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The figures could not be shown because of a problem in Council Desk.</source>
        <translation type="unfinished">Nou pa t ka montre chif yo akoz yon pwoblèm nan Council Desk.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: too few requests to show any figure</source>
        <translation type="unfinished">%1: twò piti demann pou montre okenn chif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 requests · %3 closed · %4 of closed asked to reopen · %5 satisfied (%6 answers)</source>
        <translation type="unfinished">%1: %2 demann · %3 fèmen · %4 nan sa ki fèmen yo te mande relouvri · %5 satisfè (%6 repons)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>District %1, %2</source>
        <translation type="unfinished">Distri %1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whole city</source>
        <translation type="unfinished">Tout vil la</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export statistics</source>
        <translation type="unfinished">Ekspòte estatistik yo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">Fichye CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file could not be saved: %1</source>
        <translation type="unfinished">Nou pa t ka anrejistre fichye a: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved %1</source>
        <translation type="unfinished">Anrejistre %1</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../council_desk/ui/print_dialog.py" line="+26"/>
        <source>Print case summary</source>
        <translation type="unfinished">Enprime rezime dosye</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>A summary of %n case(s): complaint, location, agency status, consent receipt and follow-ups. Contact details are left out unless you include them.</source>
        <translation type="unfinished">
            <numerusform>Yon rezime pou %n dosye: plent, kote, estati nan ajans lan, resi konsantman ak swivi. Enfòmasyon kontak yo pa ladan l sòf si ou mete yo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Include contact details</source>
        <translation type="unfinished">Mete enfòmasyon kontak yo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name, phone, email and mailing address</source>
        <translation type="unfinished">Non, telefòn, imèl ak adrès lapòs</translation>
    </message>
    <message>
        <location filename="../council_desk/ui/disclosure_choice.py" line="-129"/>
        <source>Case-by-case — approved by the privacy officer</source>
        <translation type="unfinished">Ka pa ka — responsab konfidansyalite a apwouve l</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Exigent — urgent, to protect someone&apos;s health or safety</source>
        <translation type="unfinished">Ijan — pou pwoteje sante oswa sekirite yon moun</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why this cannot wait (required)</source>
        <translation type="unfinished">Poukisa sa pa ka tann (obligatwa)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why this cannot wait</source>
        <translation type="unfinished">Poukisa sa pa ka tann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded in the privacy log with the printout</source>
        <translation type="unfinished">Li ekri nan rejis konfidansyalite a ansanm ak enpresyon an</translation>
    </message>
    <message>
        <location filename="../council_desk/ui/print_dialog.py" line="+10"/>
        <source>Every printout or saved copy with contact details is recorded in the privacy log with the class you choose.</source>
        <translation type="unfinished">Chak enpresyon oswa kopi anrejistre ki gen enfòmasyon kontak ekri nan rejis konfidansyalite a ak kategori ou chwazi a.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Preview…</source>
        <translation type="unfinished">Aperi…</translation>
    </message>
</context>
<context>
    <name>SurveyAnswer</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="-38"/>
        <source>Very dissatisfied</source>
        <translation type="unfinished">Pa satisfè ditou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dissatisfied</source>
        <translation type="unfinished">Pa satisfè</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neither satisfied nor dissatisfied</source>
        <translation type="unfinished">Ni satisfè ni pa satisfè</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfied</source>
        <translation type="unfinished">Satisfè</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very satisfied</source>
        <translation type="unfinished">Trè satisfè</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../council_desk/ui/sync_status.py" line="+67"/>
        <source>Cancel sync</source>
        <translation type="unfinished">Anile senkronizasyon an</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>All changes sent</source>
        <translation type="unfinished">Tout chanjman yo voye</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n change(s) waiting to be sent</source>
        <translation type="unfinished">
            <numerusform>%n chanjman ap tann pou yo voye</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Syncing…</source>
        <translation type="unfinished">Ap senkronize…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Connecting</source>
        <translation type="unfinished">Ap konekte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending changes</source>
        <translation type="unfinished">Ap voye chanjman yo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending the privacy log</source>
        <translation type="unfinished">Ap voye rejis konfidansyalite a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receiving cases</source>
        <translation type="unfinished">Ap resevwa dosye yo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receiving follow-ups</source>
        <translation type="unfinished">Ap resevwa swivi yo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing</source>
        <translation type="unfinished">Ap senkronize</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sync cancelled.</source>
        <translation type="unfinished">Senkronizasyon an anile.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sync failed because of a problem in Council Desk.</source>
        <translation type="unfinished">Senkronizasyon an echwe akoz yon pwoblèm nan Council Desk.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Connecting…</source>
        <translation type="unfinished">Ap konekte…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>● Online</source>
        <translation type="unfinished">● Konekte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>● Offline</source>
        <translation type="unfinished">● Pa konekte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not yet</source>
        <translation type="unfinished">poko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last synced: %1</source>
        <translation type="unfinished">Dènye senkronizasyon: %1</translation>
    </message>
</context>
<context>
    <name>ViewBar</name>
    <message>
        <location filename="../council_desk/ui/views.py" line="+50"/>
        <source>View</source>
        <translation type="unfinished">Vi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A saved way of looking at the cases</source>
        <translation type="unfinished">Yon fason anrejistre pou gade dosye yo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save view…</source>
        <translation type="unfinished">Anrejistre vi…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete view</source>
        <translation type="unfinished">Efase vi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More filters…</source>
        <translation type="unfinished">Plis filt…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear filters</source>
        <translation type="unfinished">Retire filt yo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No grouping</source>
        <translation type="unfinished">San gwoupman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group by building</source>
        <translation type="unfinished">Gwoupe pa bilding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group by filer</source>
        <translation type="unfinished">Gwoupe pa moun ki pote plent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Group the list</source>
        <translation type="unfinished">Gwoupe lis la</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By building (the address, normalised) or by filer (without any contact detail)</source>
        <translation type="unfinished">Pa bilding (adrès la, nòmalize) oswa pa moun ki pote plent (san okenn enfòmasyon kontak)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>View:</source>
        <translation type="unfinished">Vi:</translation>
    </message>
    <message>
        <location line="+104"/>
        <location line="+23"/>
        <source>Save view</source>
        <translation type="unfinished">Anrejistre vi</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>A name for this view (the search, filters and sort):</source>
        <translation type="unfinished">Yon non pou vi sa a (rechèch, filt ak lòd):</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Give the view a name.</source>
        <translation type="unfinished">Bay vi a yon non.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A view&apos;s name can be at most %1 characters.</source>
        <translation type="unfinished">Non yon vi ka gen %1 karaktè pou pi plis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That name belongs to one of the built-in views; choose another.</source>
        <translation type="unfinished">Non sa a se pou youn nan vi ki vini ak aplikasyon an; chwazi yon lòt.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Nobody</source>
        <translation type="unfinished">Pèsonn</translation>
    </message>
</context>
<context>
    <name>ViewName</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="+10"/>
        <source>All cases</source>
        <translation type="unfinished">Tout dosye yo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mine</source>
        <translation type="unfinished">Pa m</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unassigned</source>
        <translation type="unfinished">San responsab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation type="unfinished">An reta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed at agency, still open here</source>
        <translation type="unfinished">Fèmen nan ajans lan, toujou ouvè isit la</translation>
    </message>
</context>
<context>
    <name>WhatThisPCKeeps</name>
    <message>
        <location filename="../council_desk/ui/transparency.py" line="+65"/>
        <location line="+6"/>
        <source>What this PC keeps</source>
        <translation type="unfinished">Sa PC sa a kenbe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is stored here, why, for how long, who can see it, and how to remove it</source>
        <translation type="unfinished">Sa ki anrejistre la a, poukisa, pou konbyen tan, ki moun ki ka wè l, ak kijan pou retire l</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What</source>
        <translation type="unfinished">Kisa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation type="unfinished">Poukisa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How long</source>
        <translation type="unfinished">Pou konbyen tan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who can see it</source>
        <translation type="unfinished">Ki moun ki ka wè l</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The consented 311 complaints of your district, with the filers&apos; contact details and your office&apos;s follow-ups: %1 case(s)</source>
        <translation type="unfinished">Plent 311 distri w la ki gen konsantman, ak enfòmasyon kontak moun ki te pote yo ak swivi biwo w la: %1 dosye</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>So you can work, also offline.</source>
        <translation type="unfinished">Pou ou ka travay, menm san rezo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until consent is withdrawn or the case leaves the district; %1 days after 311 closes it; all of them when the office&apos;s access ends. Unopened for more than %2 days, the app asks you to sign in again.</source>
        <translation type="unfinished">Jiskaske yo retire konsantman an oswa dosye a kite distri a; %1 jou apre 311 fèmen l; tout yo lè aksè biwo a fini. Si pa gen koneksyon pou plis pase %2 jou, aplikasyon an mande w konekte ankò.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You, after signing in or with your unlock PIN. The file is encrypted; its key is in this PC&apos;s system keyring, never in a file.</source>
        <translation type="unfinished">Ou menm, apre ou konekte oswa ak PIN debloke ou. Fichye a chifre; kle li nan trouso kle sistèm PC sa a, pa janm nan yon fichye.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your changes not yet sent: %1</source>
        <translation type="unfinished">Chanjman ou poko voye: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>So nothing you write is lost without a network.</source>
        <translation type="unfinished">Pou anyen ou ekri pa pèdi san rezo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until the 311 access system has them.</source>
        <translation type="unfinished">Jiskaske sistèm aksè 311 la genyen yo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You; then your office, through the 311 access system.</source>
        <translation type="unfinished">Ou menm; apre sa biwo w la, atravè sistèm aksè 311 la.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The privacy log: %1 entries, %2 not yet sent</source>
        <translation type="unfinished">Rejis konfidansyalite a: %1 antre, %2 poko voye</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The record of every time contact details were shown, printed, saved or shared, kept by law. It holds which cases and which kinds of details, never the details themselves.</source>
        <translation type="unfinished">Rejis lalwa egzije pou chak fwa yo montre, enprime, anrejistre oswa pataje enfòmasyon kontak. Li di ki dosye ak ki kalite enfòmasyon, pa janm enfòmasyon yo menm.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With the cases; a copy goes to the 311 access system, which keeps the office&apos;s record.</source>
        <translation type="unfinished">Ansanm ak dosye yo; yon kopi ale nan sistèm aksè 311 la, ki kenbe rejis biwo a.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your office&apos;s privacy officer (the chief of staff), in the office&apos;s log.</source>
        <translation type="unfinished">Responsab konfidansyalite biwo w la (chèf kabinè a), nan rejis biwo a.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your sign-in and the cache key</source>
        <translation type="unfinished">Koneksyon ou ak kle kach la</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>So you stay signed in, and the cases can be opened.</source>
        <translation type="unfinished">Pou ou rete konekte, epi pou dosye yo ka louvri.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until you sign out, or the data is removed.</source>
        <translation type="unfinished">Jiskaske ou dekonekte, oswa yo retire done yo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PC&apos;s system keyring, for your Windows or Linux account only.</source>
        <translation type="unfinished">Trouso kle sistèm PC sa a, pou kont Windows oswa Linux ou sèlman.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Where: %1</source>
        <translation type="unfinished">Ki kote: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How to remove it: your IT contact runs council-desk sign-out --remove-data (uninstalling Council Desk on Windows does the same). The key is deleted first, so what is left of the files cannot be read.</source>
        <translation type="unfinished">Kijan pou retire l: moun IT ou a egzekite council-desk sign-out --remove-data (dezenstale Council Desk sou Windows fè menm bagay la). Yo efase kle a anvan, kidonk sa ki rete nan fichye yo pa ka li.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What this PC keeps…</source>
        <translation type="unfinished">Sa PC sa a kenbe…</translation>
    </message>
</context>
<context>
    <name>stats</name>
    <message>
        <location filename="../council_desk/ui/stats_window.py" line="-309"/>
        <source>too few to show</source>
        <translation type="unfinished">twò piti pou montre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>at least %1</source>
        <translation type="unfinished">omwen %1</translation>
    </message>
</context>
</TS>
