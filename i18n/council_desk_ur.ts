<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur_PK">
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
        <translation type="unfinished">بلڈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packaged</source>
        <translation type="unfinished">پیکیج شدہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operating system</source>
        <translation type="unfinished">آپریٹنگ سسٹم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyring backend</source>
        <translation type="unfinished">کی رنگ کا نظام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office policy file</source>
        <translation type="unfinished">دفتر کی پالیسی فائل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log file</source>
        <translation type="unfinished">لاگ فائل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes (frozen app)</source>
        <translation type="unfinished">ہاں (پیکیج شدہ ایپ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no (running from source)</source>
        <translation type="unfinished">نہیں (سورس کوڈ سے چل رہی ہے)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation type="unfinished">کوئی نہیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has a problem (see the support file)</source>
        <translation type="unfinished">اس میں مسئلہ ہے (سپورٹ فائل دیکھیں)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>About Council Desk</source>
        <translation type="unfinished">Council Desk کے بارے میں</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Council Desk&lt;/b&gt;&lt;br&gt;311 complaints shared with your council member&apos;s office, with the filer&apos;s consent.</source>
        <translation type="unfinished">&lt;b&gt;Council Desk&lt;/b&gt;&lt;br&gt;311 کی وہ شکایات جو شکایت کنندگان کی رضامندی سے آپ کے کونسل رکن کے دفتر کے ساتھ شیئر کی گئی ہیں۔</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Copy</source>
        <translation type="unfinished">کاپی کریں</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Versions and files</source>
        <translation type="unfinished">ورژنز اور فائلیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What IT support asks first; Copy puts it on the clipboard</source>
        <translation type="unfinished">آئی ٹی سپورٹ سب سے پہلے یہی پوچھتی ہے؛ کاپی کریں اسے کلپ بورڈ پر رکھ دیتا ہے</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save a support file for IT</source>
        <translation type="unfinished">آئی ٹی کے لیے سپورٹ فائل محفوظ کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zip files (*.zip)</source>
        <translation type="unfinished">Zip فائلیں (*.zip)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Help</source>
        <translation type="unfinished">مدد (&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a support file for IT…</source>
        <translation type="unfinished">آئی ٹی کے لیے سپورٹ فائل محفوظ کریں…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Council Desk</source>
        <translation type="unfinished">Council Desk کے بارے میں (&amp;A)</translation>
    </message>
</context>
<context>
    <name>AgeBucket</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="+137"/>
        <source>0–7 days</source>
        <translation type="unfinished">0–7 دن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>8–30 days</source>
        <translation type="unfinished">8–30 دن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>31–90 days</source>
        <translation type="unfinished">31–90 دن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>91–365 days</source>
        <translation type="unfinished">91–365 دن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over a year</source>
        <translation type="unfinished">ایک سال سے زیادہ</translation>
    </message>
</context>
<context>
    <name>AgencyStatus</name>
    <message>
        <location line="-72"/>
        <source>Open</source>
        <translation type="unfinished">کھلی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation type="unfinished">بند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation type="unfinished">کارروائی جاری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation type="unfinished">زیرِ التوا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned</source>
        <translation type="unfinished">تفویض شدہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation type="unfinished">شروع شدہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unspecified</source>
        <translation type="unfinished">غیر متعین</translation>
    </message>
</context>
<context>
    <name>ApprovalRequestDialog</name>
    <message>
        <location filename="../council_desk/ui/approvals.py" line="+72"/>
        <source>Ask for a case-by-case approval</source>
        <translation type="unfinished">انفرادی منظوری کی درخواست کریں</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A supervisor decides in their own Council Desk. Your request goes with the next sync; the approval comes back the same way. Complaints: %1</source>
        <translation type="unfinished">سپروائزر اپنے Council Desk میں فیصلہ کرتا ہے۔ آپ کی درخواست اگلی ہم وقت سازی کے ساتھ جاتی ہے؛ منظوری اسی طرح واپس آتی ہے۔ شکایات: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What will be released</source>
        <translation type="unfinished">کیا جاری کیا جائے گا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The output the approval is for: it names the details it shows</source>
        <translation type="unfinished">وہ دستاویز جس کے لیے منظوری ہے: اس میں دکھائی جانے والی تفصیلات درج ہیں</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To whom</source>
        <translation type="unfinished">کس کو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The type of recipient; the approval covers only this type</source>
        <translation type="unfinished">وصول کنندہ کی قسم؛ منظوری صرف اسی قسم کے لیے ہے</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. HPD, a tenants&apos; association</source>
        <translation type="unfinished">مثلاً HPD، کرایہ داروں کی انجمن</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who, by name</source>
        <translation type="unfinished">کون، نام کے ساتھ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agency or organisation, as the supervisor should read it</source>
        <translation type="unfinished">ادارہ یا تنظیم، جیسے سپروائزر کو پڑھنی چاہیے</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Why this is needed, and why it cannot be done another way</source>
        <translation type="unfinished">یہ کیوں ضروری ہے، اور کسی اور طریقے سے کیوں نہیں ہو سکتا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why</source>
        <translation type="unfinished">کیوں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The supervisor reads this before deciding</source>
        <translation type="unfinished">سپروائزر فیصلے سے پہلے یہ پڑھتا ہے</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What:</source>
        <translation type="unfinished">کیا:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation type="unfinished">کس کو:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who:</source>
        <translation type="unfinished">کون:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details:</source>
        <translation type="unfinished">تفصیلات:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why:</source>
        <translation type="unfinished">کیوں:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask</source>
        <translation type="unfinished">درخواست کریں</translation>
    </message>
</context>
<context>
    <name>ApprovalStatus</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="+138"/>
        <source>Waiting for a supervisor</source>
        <translation type="unfinished">سپروائزر کا انتظار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation type="unfinished">منظور شدہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation type="unfinished">مسترد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used</source>
        <translation type="unfinished">استعمال شدہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation type="unfinished">میعاد ختم</translation>
    </message>
</context>
<context>
    <name>ApprovalsModel</name>
    <message>
        <location filename="../council_desk/ui/approvals.py" line="+110"/>
        <source>Status</source>
        <translation type="unfinished">صورتحال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval</source>
        <translation type="unfinished">منظوری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation type="unfinished">کیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation type="unfinished">وصول کنندہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints</source>
        <translation type="unfinished">شکایات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked by</source>
        <translation type="unfinished">درخواست کنندہ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why</source>
        <translation type="unfinished">کیوں</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Expires</source>
        <translation type="unfinished">میعاد</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not yet sent</source>
        <translation type="unfinished">ابھی نہیں بھیجا گیا</translation>
    </message>
</context>
<context>
    <name>ApprovalsTab</name>
    <message>
        <location line="+33"/>
        <source>Requests of your office for case-by-case approvals. Approve or refuse those waiting for you; your own go to another supervisor.</source>
        <translation type="unfinished">آپ کے دفتر کی انفرادی منظوری کی درخواستیں۔ منتظر درخواستیں منظور یا مسترد کریں؛ آپ کی اپنی درخواستیں دوسرے سپروائزر کے پاس جاتی ہیں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your requests for case-by-case approvals and the answers. An approval is used once, for the cases, details and recipient it names, before it expires.</source>
        <translation type="unfinished">انفرادی منظوری کی آپ کی درخواستیں اور جوابات۔ منظوری صرف ایک بار، اس میں درج کیسز، تفصیلات اور وصول کنندہ کے لیے، میعاد ختم ہونے سے پہلے استعمال ہوتی ہے۔</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Approvals</source>
        <translation type="unfinished">منظوریاں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests for case-by-case approvals and the answers; select one to decide</source>
        <translation type="unfinished">انفرادی منظوری کی درخواستیں اور جوابات؛ فیصلے کے لیے ایک منتخب کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve…</source>
        <translation type="unfinished">منظور کریں…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refuse…</source>
        <translation type="unfinished">مسترد کریں…</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <location filename="../council_desk/ui/bulk.py" line="+103"/>
        <source>Set office status</source>
        <translation type="unfinished">دفتر کی صورتحال مقرر کریں</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Log a follow-up to each…</source>
        <translation type="unfinished">ہر ایک پر فالو اپ درج کریں…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assign to</source>
        <translation type="unfinished">سپرد کریں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reassign a caseworker&apos;s cases…</source>
        <translation type="unfinished">کیس ورکر کے کیسز دوبارہ سپرد کریں…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nobody</source>
        <translation type="unfinished">کوئی نہیں</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>Bulk actions</source>
        <translation type="unfinished">اجتماعی کارروائیاں</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Choose one or more cases in the list first.</source>
        <translation type="unfinished">پہلے فہرست میں ایک یا زیادہ کیسز منتخب کریں۔</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Set the office status of %n case(s) to “%1”?</source>
        <translation type="unfinished">
            <numerusform>%n کیس کی دفتری صورتحال “%1” کریں؟</numerusform>
            <numerusform>%n کیسز کی دفتری صورتحال “%1” کریں؟</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>nobody</source>
        <translation type="unfinished">کوئی نہیں</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Assign %n case(s) to %1?</source>
        <translation type="unfinished">
            <numerusform>%n کیس %1 کے سپرد کریں؟</numerusform>
            <numerusform>%n کیسز %1 کے سپرد کریں؟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform>%n کیس</numerusform>
            <numerusform>%n کیسز</numerusform>
        </translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Recording the changes…</source>
        <translation type="unfinished">تبدیلیاں درج ہو رہی ہیں…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop</source>
        <translation type="unfinished">روکیں</translation>
    </message>
</context>
<context>
    <name>CaseColumns</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="-116"/>
        <source>Complaint #</source>
        <translation type="unfinished">شکایت نمبر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation type="unfinished">وصولی کی تاریخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation type="unfinished">قسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation type="unfinished">ادارہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation type="unfinished">پتہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency status</source>
        <translation type="unfinished">ادارے میں صورتحال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office status</source>
        <translation type="unfinished">دفتر کی صورتحال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next follow-up</source>
        <translation type="unfinished">اگلا فالو اپ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to</source>
        <translation type="unfinished">ذمہ دار</translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <location filename="../council_desk/ui/detail.py" line="+83"/>
        <source>Log follow-up…</source>
        <translation type="unfinished">فالو اپ درج کریں…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show contact details…</source>
        <translation type="unfinished">رابطے کی تفصیلات دکھائیں…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ask 311 to reopen…</source>
        <translation type="unfinished">311 سے دوبارہ کھولنے کی درخواست…</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>The office&apos;s own status for this case (separate from the agency&apos;s). %1 to change it.</source>
        <translation type="unfinished">اس کیس کے لیے دفتر کی اپنی صورتحال (ادارے کی صورتحال سے الگ)۔ تبدیل کرنے کے لیے %1 دبائیں۔</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Log a call, email, letter, visit or note (%1)</source>
        <translation type="unfinished">کال، ای میل، خط، دورہ یا نوٹ درج کریں (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Asks why, records it in the privacy log, then shows the filer&apos;s contact details (%1)</source>
        <translation type="unfinished">وجہ پوچھتا ہے، اسے رازداری کے ریکارڈ میں درج کرتا ہے، پھر شکایت کنندہ کی رابطے کی تفصیلات دکھاتا ہے (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The agency closed this complaint but the problem is not fixed (%1)</source>
        <translation type="unfinished">ادارے نے یہ شکایت بند کر دی ہے لیکن مسئلہ حل نہیں ہوا (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print</source>
        <translation type="unfinished">پرنٹ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A letter (%1), a case summary (%2) or a mailing label for this case</source>
        <translation type="unfinished">اس کیس کے لیے خط (%1)، کیس کا خلاصہ (%2) یا ڈاک کا لیبل</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print letter…</source>
        <translation type="unfinished">خط پرنٹ کریں…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print case summary…</source>
        <translation type="unfinished">کیس کا خلاصہ پرنٹ کریں…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print mailing label…</source>
        <translation type="unfinished">ڈاک کا لیبل پرنٹ کریں…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Share with agency…</source>
        <translation type="unfinished">ادارے کے ساتھ شیئر کریں…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pass the constituent&apos;s details to a City agency: recorded in the privacy log, under a supervisor&apos;s approval or an exigent reason</source>
        <translation type="unfinished">شہری کی تفصیلات سٹی ادارے کو دیں: رازداری کے ریکارڈ میں درج، سپروائزر کی منظوری یا ہنگامی وجہ کے تحت</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Case details</source>
        <translation type="unfinished">کیس کی تفصیلات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The complaint, the agency&apos;s status, the consent receipt and the follow-ups</source>
        <translation type="unfinished">شکایت، ادارے میں صورتحال، رضامندی کی رسید اور فالو اپ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a case in the list to see it here.</source>
        <translation type="unfinished">یہاں دیکھنے کے لیے فہرست میں سے کوئی کیس منتخب کریں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Office status:</source>
        <translation type="unfinished">دفتر کی صورتحال:</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Phone: %1</source>
        <translation type="unfinished">فون: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email: %1</source>
        <translation type="unfinished">ای میل: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mailing address: %1</source>
        <translation type="unfinished">ڈاک کا پتہ: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred language: %1</source>
        <translation type="unfinished">ترجیحی زبان: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What</source>
        <translation type="unfinished">کیا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Description</source>
        <translation type="unfinished">تفصیل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation type="unfinished">کہاں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation type="unfinished">وصولی کی تاریخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation type="unfinished">ادارہ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agency status</source>
        <translation type="unfinished">ادارے میں صورتحال</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agency resolution</source>
        <translation type="unfinished">ادارے کا فیصلہ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reopen asked</source>
        <translation type="unfinished">دوبارہ کھولنے کی درخواست کی گئی</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consent receipt</source>
        <translation type="unfinished">رضامندی کی رسید</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consent to share contact details with the council member was given on %1 by %2, under notice version %3.</source>
        <translation type="unfinished">کونسل رکن کے ساتھ رابطے کی تفصیلات شیئر کرنے کی رضامندی %1 کو %2 کے ذریعے دی گئی، نوٹس کے ورژن %3 کے تحت۔</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The text of this notice version is not known to this version of Council Desk.</source>
        <translation type="unfinished">Council Desk کا یہ ورژن اس نوٹس ورژن کا متن نہیں جانتا۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The notice shown to the filer:</source>
        <translation type="unfinished">شکایت کنندہ کو دکھایا گیا نوٹس:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-ups</source>
        <translation type="unfinished">فالو اپ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None yet. Press %1 to log one.</source>
        <translation type="unfinished">ابھی کوئی نہیں۔ ایک درج کرنے کے لیے %1 دبائیں۔</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not yet sent</source>
        <translation type="unfinished">ابھی نہیں بھیجا گیا</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Office status → %1</source>
        <translation type="unfinished">دفتر کی صورتحال ← %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome: %1</source>
        <translation type="unfinished">نتیجہ: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due %1</source>
        <translation type="unfinished">آخری تاریخ %1</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../council_desk/ui/case_model.py" line="+240"/>
        <source>Overdue</source>
        <translation type="unfinished">تاخیر شدہ</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) not yet sent (marked •)</source>
        <translation type="unfinished">
            <numerusform>%n تبدیلی ابھی نہیں بھیجی گئی (• سے نشان زد)</numerusform>
            <numerusform>%n تبدیلیاں ابھی نہیں بھیجی گئیں (• سے نشان زد)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (overdue)</source>
        <translation type="unfinished">%1 (تاخیر شدہ)</translation>
    </message>
</context>
<context>
    <name>CaseSearch</name>
    <message numerus="yes">
        <location filename="../council_desk/ui/search.py" line="+137"/>
        <location line="+29"/>
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform>%n کیس</numerusform>
            <numerusform>%n کیسز</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1+ cases</source>
        <translation type="unfinished">%1+ کیسز</translation>
    </message>
</context>
<context>
    <name>CaseloadWindow</name>
    <message>
        <location filename="../council_desk/ui/caseload.py" line="+55"/>
        <source>Caseload — the office&apos;s own numbers</source>
        <translation type="unfinished">کیسوں کا بوجھ — دفتر کے اپنے اعداد</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open cases by age (days since 311 received them)</source>
        <translation type="unfinished">عمر کے لحاظ سے کھلے کیسز (311 کو ملنے کے بعد دن)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open cases by office status</source>
        <translation type="unfinished">دفتر کی صورتحال کے لحاظ سے کھلے کیسز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By caseworker</source>
        <translation type="unfinished">کیس ورکر کے لحاظ سے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open cases by agency</source>
        <translation type="unfinished">ادارے کے لحاظ سے کھلے کیسز</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Counted from the cases on this PC; no case is listed</source>
        <translation type="unfinished">اس پی سی کے کیسز سے گنا گیا؛ کوئی کیس نہیں دکھایا جاتا</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Which cases the worklist lists</source>
        <translation type="unfinished">کام کی فہرست میں کون سے کیسز ہوں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worklist of:</source>
        <translation type="unfinished">کام کی فہرست:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview and print…</source>
        <translation type="unfinished">پیش نظارہ اور پرنٹ…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export CSV…</source>
        <translation type="unfinished">CSV برآمد کریں…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A worklist holds no contact details. Printing or saving one is recorded in the privacy log: complaint numbers are personal information.</source>
        <translation type="unfinished">کام کی فہرست میں رابطے کی کوئی تفصیل نہیں ہوتی۔ اسے پرنٹ یا محفوظ کرنا رازداری کے لاگ میں درج ہوتا ہے: شکایت نمبر ذاتی معلومات ہیں۔</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Unassigned</source>
        <translation type="unfinished">غیر تفویض شدہ</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n open case(s)</source>
        <translation type="unfinished">
            <numerusform>%n کھلا کیس</numerusform>
            <numerusform>%n کھلے کیسز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n reminder(s) overdue</source>
        <translation type="unfinished">
            <numerusform>%n یاددہانی تاخیر شدہ</numerusform>
            <numerusform>%n یاددہانیاں تاخیر شدہ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n due today</source>
        <translation type="unfinished">
            <numerusform>%n آج واجب</numerusform>
            <numerusform>%n آج واجب</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No case on this PC has been resolved or closed by the office yet.</source>
        <translation type="unfinished">اس پی سی پر ابھی کوئی کیس دفتر نے حل یا بند نہیں کیا۔</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Median %1 days from 311&apos;s receipt to the office&apos;s resolution, over the %n case(s) the office resolved or closed that are still on this PC.</source>
        <translation type="unfinished">
            <numerusform>311 کو ملنے سے دفتر کے حل تک درمیانی مدت %1 دن، اس پی سی پر موجود %n کیس کی بنیاد پر جو دفتر نے حل یا بند کیا۔</numerusform>
            <numerusform>311 کو ملنے سے دفتر کے حل تک درمیانی مدت %1 دن، اس پی سی پر موجود %n کیسز کی بنیاد پر جو دفتر نے حل یا بند کیے۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Age</source>
        <translation type="unfinished">عمر</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+3"/>
        <source>Open cases</source>
        <translation type="unfinished">کھلے کیسز</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Office status</source>
        <translation type="unfinished">دفتر کی صورتحال</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Caseworker</source>
        <translation type="unfinished">کیس ورکر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overdue reminders</source>
        <translation type="unfinished">تاخیر شدہ یاددہانیاں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due today</source>
        <translation type="unfinished">آج واجب</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agency</source>
        <translation type="unfinished">ادارہ</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Export the worklist</source>
        <translation type="unfinished">کام کی فہرست برآمد کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">CSV فائلیں (*.csv)</translation>
    </message>
</context>
<context>
    <name>CaseworkPanel</name>
    <message>
        <location filename="../council_desk/ui/casework_panel.py" line="+69"/>
        <source>Assigned to:</source>
        <translation type="unfinished">ذمہ دار:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The caseworker who has this case; recorded in the shared log and the privacy log</source>
        <translation type="unfinished">وہ کیس ورکر جس کے پاس یہ کیس ہے؛ مشترکہ لاگ اور رازداری کے لاگ میں درج ہوتا ہے</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This case&apos;s reminders</source>
        <translation type="unfinished">اس کیس کی یاددہانیاں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its open reminders, soonest first; Done and Snooze act on the one shown</source>
        <translation type="unfinished">اس کی کھلی یاددہانیاں، قریب ترین پہلے؛ مکمل اور ملتوی دکھائی گئی پر لاگو ہوتے ہیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation type="unfinished">مکمل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snooze a week</source>
        <translation type="unfinished">ایک ہفتہ ملتوی کریں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add reminder…</source>
        <translation type="unfinished">یاددہانی شامل کریں…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reminders:</source>
        <translation type="unfinished">یاددہانیاں:</translation>
    </message>
    <message>
        <location line="+43"/>
        <source> (overdue)</source>
        <translation type="unfinished"> (تاخیر شدہ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for %1</source>
        <translation type="unfinished">%1 کے لیے</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not yet sent</source>
        <translation type="unfinished">ابھی نہیں بھیجا گیا</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none open</source>
        <translation type="unfinished">کوئی کھلی نہیں</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>me</source>
        <translation type="unfinished">میں</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nobody</source>
        <translation type="unfinished">کوئی نہیں</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>At 311:</source>
        <translation type="unfinished">311 میں:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reopen asked %1: %2</source>
        <translation type="unfinished">%1 کو دوبارہ کھولنے کی درخواست: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (%1)</source>
        <translation type="unfinished"> (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Survey after it closed again (%1): %2</source>
        <translation type="unfinished">دوبارہ بند ہونے کے بعد سروے (%1): %2</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n other open case(s) at this building:</source>
        <translation type="unfinished">
            <numerusform>اس عمارت میں %n اور کھلا کیس:</numerusform>
            <numerusform>اس عمارت میں %n اور کھلے کیسز:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source> and %n more</source>
        <translation type="unfinished">
            <numerusform> اور %n مزید</numerusform>
            <numerusform> اور %n مزید</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Add a reminder</source>
        <translation type="unfinished">یاددہانی شامل کریں</translation>
    </message>
</context>
<context>
    <name>ConsentChannel</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="-30"/>
        <source>phone</source>
        <translation type="unfinished">فون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the web form</source>
        <translation type="unfinished">ویب فارم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the app</source>
        <translation type="unfinished">ایپ</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../council_desk/ui/errors.py" line="+84"/>
        <source>Council Desk ran into a problem</source>
        <translation type="unfinished">Council Desk کو ایک مسئلہ پیش آیا</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something went wrong inside Council Desk. Your saved work is safe.
If this keeps happening, copy the report below and send it to your IT support. It holds no case or contact details.</source>
        <translation type="unfinished">Council Desk کے اندر کوئی خرابی ہوئی۔ آپ کا محفوظ کیا ہوا کام محفوظ ہے۔
اگر ایسا دوبارہ ہو تو نیچے دی گئی رپورٹ کاپی کر کے اپنے آئی ٹی سپورٹ کو بھیجیں۔ اس میں کیس یا رابطے کی کوئی تفصیل نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Report for IT support</source>
        <translation type="unfinished">آئی ٹی سپورٹ کے لیے رپورٹ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error types and code locations only; no case or contact details</source>
        <translation type="unfinished">صرف خرابی کی اقسام اور کوڈ میں مقامات؛ کیس یا رابطے کی کوئی تفصیل نہیں</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy report</source>
        <translation type="unfinished">رپورٹ کاپی کریں</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../council_desk/ui/approvals.py" line="-127"/>
        <source>Approve the request</source>
        <translation type="unfinished">درخواست منظور کریں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refuse the request</source>
        <translation type="unfinished">درخواست مسترد کریں</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 to %2 (%3), for %n complaint(s). Asked by %4: “%5”</source>
        <translation type="unfinished">
            <numerusform>%1، %2 کو (%3)، %n شکایت کے لیے۔ درخواست کنندہ %4: “%5”</numerusform>
            <numerusform>%1، %2 کو (%3)، %n شکایات کے لیے۔ درخواست کنندہ %4: “%5”</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A note for the caseworker (recorded with the decision)</source>
        <translation type="unfinished">کیس ورکر کے لیے نوٹ (فیصلے کے ساتھ درج)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation type="unfinished">نوٹ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recorded with the decision; the caseworker reads it</source>
        <translation type="unfinished">فیصلے کے ساتھ درج؛ کیس ورکر اسے پڑھتا ہے</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Valid for (days)</source>
        <translation type="unfinished">مدت (دن)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long the approval may wait to be used: 1 to 30 days</source>
        <translation type="unfinished">منظوری کتنے دن استعمال کے انتظار میں رہ سکتی ہے: 1 سے 30 دن</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note:</source>
        <translation type="unfinished">نوٹ:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid for (days):</source>
        <translation type="unfinished">مدت (دن):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approve</source>
        <translation type="unfinished">منظور کریں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refuse</source>
        <translation type="unfinished">مسترد کریں</translation>
    </message>
</context>
<context>
    <name>DisclosureChoice</name>
    <message>
        <location filename="../council_desk/ui/disclosure_choice.py" line="+83"/>
        <source>For:</source>
        <translation type="unfinished">کس کے لیے:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who receives it</source>
        <translation type="unfinished">کون وصول کرتا ہے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decides whether this is routine or needs a supervisor&apos;s approval or an exigent reason</source>
        <translation type="unfinished">طے کرتا ہے کہ یہ معمول ہے یا سپروائزر کی منظوری یا ہنگامی وجہ درکار ہے</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Routine for this recipient: recorded in the privacy log, no approval needed.</source>
        <translation type="unfinished">اس وصول کنندہ کے لیے معمول: رازداری کے ریکارڈ میں درج، منظوری کی ضرورت نہیں۔</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Approval</source>
        <translation type="unfinished">منظوری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An approval a supervisor granted through the 311 access system for these cases and this recipient</source>
        <translation type="unfinished">سپروائزر کی 311 رسائی نظام کے ذریعے ان کیسز اور اس وصول کنندہ کے لیے دی گئی منظوری</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No approval on this PC covers these cases for this recipient. Ask a supervisor; the approval arrives with a sync.</source>
        <translation type="unfinished">اس پی سی پر کوئی منظوری اس وصول کنندہ کے لیے ان کیسز کا احاطہ نہیں کرتی۔ سپروائزر سے درخواست کریں؛ منظوری ہم وقت سازی کے ساتھ آتی ہے۔</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ask for approval…</source>
        <translation type="unfinished">منظوری کی درخواست…</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>%1 — expires %2</source>
        <translation type="unfinished">%1 — میعاد %2</translation>
    </message>
</context>
<context>
    <name>DisclosureClass</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="+104"/>
        <source>Routine (pre-approved)</source>
        <translation type="unfinished">معمول کے مطابق (پیشگی منظور شدہ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case-by-case (approved by the privacy officer)</source>
        <translation type="unfinished">انفرادی (رازداری افسر کی منظور شدہ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exigent circumstances</source>
        <translation type="unfinished">ہنگامی حالات</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../council_desk/ui/error_text.py" line="+22"/>
        <location line="+1"/>
        <source>Something went wrong.</source>
        <translation type="unfinished">کچھ غلط ہو گیا۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>You need to sign in to the 311 access system again.</source>
        <translation type="unfinished">آپ کو 311 رسائی نظام میں دوبارہ سائن ان کرنا ہوگا۔</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The 311 access system cannot be reached. You can keep working; changes will be sent later.</source>
        <translation type="unfinished">311 رسائی نظام تک رسائی نہیں ہو پا رہی۔ آپ کام جاری رکھ سکتے ہیں؛ تبدیلیاں بعد میں بھیج دی جائیں گی۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+36"/>
        <source>The 311 access system refused the request.</source>
        <translation type="unfinished">311 رسائی نظام نے درخواست مسترد کر دی۔</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>The system keyring could not be used to unlock the case cache.</source>
        <translation type="unfinished">کیسز کے کیش کو کھولنے کے لیے سسٹم کی کی رنگ استعمال نہیں ہو سکی۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The local case cache could not be opened.</source>
        <translation type="unfinished">کیسز کا مقامی کیش نہیں کھل سکا۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This was NOT saved: the disk is full or the cache folder cannot be written.</source>
        <translation type="unfinished">یہ محفوظ نہیں ہوا: ڈسک بھری ہوئی ہے یا کیش فولڈر میں لکھا نہیں جا سکتا۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+126"/>
        <source>Sync stopped: the server sent records this office may not hold. Nothing from them was stored. Tell your privacy officer; the server may be misconfigured.</source>
        <translation type="unfinished">ہم وقت سازی روک دی گئی: سرور نے ایسے ریکارڈ بھیجے جو یہ دفتر نہیں رکھ سکتا۔ ان میں سے کچھ محفوظ نہیں کیا گیا۔ اپنے رازداری افسر کو بتائیں؛ ممکن ہے سرور کی ترتیب غلط ہو۔</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>This PC&apos;s access was withdrawn by the 311 access system, so its case data was removed. Ask your supervisor if you think this is wrong.</source>
        <translation type="unfinished">311 رسائی نظام نے اس پی سی کی رسائی واپس لے لی، اس لیے اس کا کیس ڈیٹا ہٹا دیا گیا۔ اگر آپ کے خیال میں یہ غلط ہے تو اپنے نگران سے پوچھیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The 311 access system is busy or down for maintenance. You can keep working; changes will be sent later.</source>
        <translation type="unfinished">311 رسائی نظام مصروف ہے یا دیکھ بھال کے لیے بند ہے۔ آپ کام جاری رکھ سکتے ہیں؛ تبدیلیاں بعد میں بھیج دی جائیں گی۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The 311 access system sent a response Council Desk could not read, so nothing from it was used. Try again later; if it keeps happening, tell your IT contact.</source>
        <translation type="unfinished">311 رسائی نظام نے ایسا جواب بھیجا جو Council Desk پڑھ نہیں سکا، اس لیے اس میں سے کچھ استعمال نہیں کیا گیا۔ بعد میں دوبارہ کوشش کریں؛ اگر ایسا ہوتا رہے تو اپنے آئی ٹی رابطہ کار کو بتائیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync stopped: the 311 access system&apos;s list of changes looped or went backwards. Nothing was removed from this PC. Try again later; if it keeps happening, tell your IT contact.</source>
        <translation type="unfinished">ہم وقت سازی روک دی گئی: 311 رسائی نظام کی تبدیلیوں کی فہرست چکر میں پڑ گئی یا پیچھے چلی گئی۔ اس پی سی سے کچھ نہیں ہٹایا گیا۔ بعد میں دوبارہ کوشش کریں؛ اگر ایسا ہوتا رہے تو اپنے آئی ٹی رابطہ کار کو بتائیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The 311 access system no longer shares this complaint with your office.</source>
        <translation type="unfinished">311 رسائی نظام اب یہ شکایت آپ کے دفتر کے ساتھ شیئر نہیں کرتا۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sync position expired; a full resync is needed.</source>
        <translation type="unfinished">ہم وقت سازی کی پوزیشن کی میعاد ختم ہو گئی؛ مکمل ہم وقت سازی دوبارہ درکار ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 311 access system refused the request (HTTP %1).</source>
        <translation type="unfinished">311 رسائی نظام نے درخواست مسترد کر دی (HTTP %1)۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This server address is not allowed: use an https:// address (plain http:// only works for this PC itself, for training).</source>
        <translation type="unfinished">اس سرور پتے کی اجازت نہیں: https:// والا پتہ استعمال کریں (سادہ http:// صرف اسی پی سی کے لیے، تربیت کی خاطر، کام کرتا ہے)۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled.</source>
        <translation type="unfinished">منسوخ کر دیا گیا۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The 311 access system asked Council Desk to slow down. Try again in a few minutes.</source>
        <translation type="unfinished">311 رسائی نظام نے Council Desk سے رفتار کم کرنے کو کہا ہے۔ چند منٹ بعد دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 311 access system says your account may not do this. Ask your supervisor.</source>
        <translation type="unfinished">311 رسائی نظام کے مطابق آپ کا اکاؤنٹ یہ کام نہیں کر سکتا۔ اپنے نگران سے پوچھیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 311 access system tried to send Council Desk elsewhere; that is not allowed.</source>
        <translation type="unfinished">311 رسائی نظام نے Council Desk کو کسی اور جگہ بھیجنے کی کوشش کی؛ اس کی اجازت نہیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 311 access system pointed to a different server; that is not allowed.</source>
        <translation type="unfinished">311 رسائی نظام نے کسی اور سرور کی طرف اشارہ کیا؛ اس کی اجازت نہیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 311 access system sent a response larger than allowed; it was ignored.</source>
        <translation type="unfinished">311 رسائی نظام نے مقررہ حد سے بڑا جواب بھیجا؛ اسے نظر انداز کر دیا گیا۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Council Desk has not reached the 311 access system for more than %1 days. Connect to the network and sign in again to keep working.</source>
        <translation type="unfinished">Council Desk کا %1 دن سے زیادہ عرصے سے 311 رسائی نظام سے رابطہ نہیں ہوا۔ کام جاری رکھنے کے لیے نیٹ ورک سے جڑیں اور دوبارہ سائن ان کریں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The 311 access system&apos;s sign-in addresses point to another server; not signing in.</source>
        <translation type="unfinished">311 رسائی نظام کے سائن ان پتے کسی اور سرور کی طرف اشارہ کرتے ہیں؛ سائن ان نہیں کیا جا رہا۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 311 access system does not offer the secure sign-in method Council Desk requires.</source>
        <translation type="unfinished">311 رسائی نظام وہ محفوظ سائن ان طریقہ پیش نہیں کرتا جو Council Desk کو درکار ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in was not completed in time. Please try again.</source>
        <translation type="unfinished">سائن ان وقت پر مکمل نہیں ہوا۔ براہ کرم دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No web browser could be opened for sign-in.</source>
        <translation type="unfinished">سائن ان کے لیے کوئی ویب براؤزر نہیں کھل سکا۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in was cancelled or refused. Please try again.</source>
        <translation type="unfinished">سائن ان منسوخ یا مسترد ہو گیا۔ براہ کرم دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in was refused by the 311 access system. Please try again.</source>
        <translation type="unfinished">311 رسائی نظام نے سائن ان مسترد کر دیا۔ براہ کرم دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in first: Council Desk does not know which account&apos;s cases to open.</source>
        <translation type="unfinished">پہلے سائن ان کریں: Council Desk کو معلوم نہیں کہ کس اکاؤنٹ کے کیسز کھولنے ہیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The 311 access system did not confirm that you just signed in (it may have used an earlier sign-in). Nothing was kept. Try again; if it keeps happening, tell your IT contact.</source>
        <translation type="unfinished">311 رسائی نظام نے تصدیق نہیں کی کہ آپ نے ابھی سائن ان کیا ہے (ممکن ہے اس نے پہلے کا سائن ان استعمال کیا ہو)۔ کچھ نہیں رکھا گیا۔ دوبارہ کوشش کریں؛ اگر ایسا ہوتا رہے تو اپنے آئی ٹی رابطہ کار کو بتائیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This PC has no signed-in account for this server yet. Sign in first.</source>
        <translation type="unfinished">اس پی سی پر ابھی اس سرور کے لیے کوئی سائن ان شدہ اکاؤنٹ نہیں ہے۔ پہلے سائن ان کریں۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The system keyring is locked, so Council Desk cannot reach its keys (the case cache stays locked). Unlock your keyring (usually by signing in to the PC again) and try once more.</source>
        <translation type="unfinished">سسٹم کی کی رنگ مقفل ہے، اس لیے Council Desk اپنی کلیدوں تک نہیں پہنچ سکتا (کیسز کا کیش مقفل رہتا ہے)۔ اپنی کی رنگ کھولیں (عموماً پی سی میں دوبارہ سائن ان کر کے) اور ایک بار پھر کوشش کریں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That cache passphrase is too weak.</source>
        <translation type="unfinished">کیش کا یہ پاس فریز بہت کمزور ہے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That cache passphrase cannot be used: %1</source>
        <translation type="unfinished">کیش کا یہ پاس فریز استعمال نہیں ہو سکتا: %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>A reminder needs to know whose it is: sign in first, then log the follow-up again.</source>
        <translation type="unfinished">یاددہانی کو معلوم ہونا چاہیے کہ یہ کس کی ہے: پہلے سائن ان کریں، پھر فالو اپ دوبارہ درج کریں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This reminder is no longer on this PC, so nothing was changed.</source>
        <translation type="unfinished">یہ یاددہانی اب اس پی سی پر نہیں ہے، اس لیے کچھ تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The personal paragraph is longer than 1500 characters. Shorten it (a longer note belongs in a follow-up), then print again.</source>
        <translation type="unfinished">ذاتی پیراگراف 1500 حروف سے لمبا ہے۔ اسے مختصر کریں (لمبا نوٹ فالو اپ میں لکھیں)، پھر دوبارہ پرنٹ کریں۔</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Your role does not allow this.</source>
        <translation type="unfinished">آپ کا کردار اس کی اجازت نہیں دیتا۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The 311 access system says your role may not do this. Ask your supervisor.</source>
        <translation type="unfinished">311 رسائی نظام کے مطابق آپ کا کردار یہ نہیں کر سکتا۔ اپنے سپروائزر سے پوچھیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your office&apos;s access to 311 cases has ended (end of term), so nothing more syncs. The district&apos;s cases are removed from this PC on that date; the privacy log is still sent.</source>
        <translation type="unfinished">311 کیسز تک آپ کے دفتر کی رسائی ختم ہو گئی ہے (مدت ختم)، اس لیے اب کچھ ہم وقت ساز نہیں ہوتا۔ اس تاریخ کو ضلع کے کیسز اس پی سی سے ہٹا دیے جاتے ہیں؛ رازداری کا ریکارڈ اب بھی بھیجا جاتا ہے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This disclosure is not allowed.</source>
        <translation type="unfinished">یہ افشا کی اجازت نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at least one case.</source>
        <translation type="unfinished">کم از کم ایک کیس منتخب کریں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose routine, case-by-case or exigent.</source>
        <translation type="unfinished">معمول، انفرادی یا ہنگامی میں سے انتخاب کریں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A case-by-case disclosure needs the approval number a supervisor granted.</source>
        <translation type="unfinished">انفرادی افشا کے لیے سپروائزر کی دی گئی منظوری کا نمبر درکار ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An exigent disclosure needs a written reason (why it cannot wait).</source>
        <translation type="unfinished">ہنگامی افشا کے لیے تحریری وجہ درکار ہے (یہ انتظار کیوں نہیں کر سکتا)۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at least one detail to share.</source>
        <translation type="unfinished">شیئر کرنے کے لیے کم از کم ایک تفصیل منتخب کریں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A case-by-case disclosure needs the 311 access system to confirm its approval, and it cannot be reached now, so nothing was released. Routine and exigent disclosures work offline.</source>
        <translation type="unfinished">انفرادی افشا کے لیے 311 رسائی نظام کو منظوری کی تصدیق کرنی ہوتی ہے، اور ابھی اس تک رسائی نہیں، اس لیے کچھ جاری نہیں ہوا۔ معمول اور ہنگامی افشا آف لائن کام کرتے ہیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The 311 access system did not issue this approval for your office. Check the number, or ask your supervisor for one.</source>
        <translation type="unfinished">311 رسائی نظام نے یہ منظوری آپ کے دفتر کے لیے جاری نہیں کی۔ نمبر چیک کریں، یا اپنے سپروائزر سے منظوری مانگیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A case chosen is no longer shared with your office, so nothing was released.</source>
        <translation type="unfinished">منتخب کردہ ایک کیس اب آپ کے دفتر کے ساتھ شیئر نہیں، اس لیے کچھ جاری نہیں ہوا۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 311 access system did not confirm this approval, so nothing was released.</source>
        <translation type="unfinished">311 رسائی نظام نے اس منظوری کی تصدیق نہیں کی، اس لیے کچھ جاری نہیں ہوا۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 311 access system&apos;s answer did not match this approval, so nothing was released.</source>
        <translation type="unfinished">311 رسائی نظام کا جواب اس منظوری سے مطابقت نہیں رکھتا تھا، اس لیے کچھ جاری نہیں ہوا۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A case of this request is no longer on this PC, so nothing was saved.</source>
        <translation type="unfinished">اس درخواست کا ایک کیس اب اس پی سی پر نہیں، اس لیے کچھ محفوظ نہیں ہوا۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This request is no longer on this PC, so nothing was saved.</source>
        <translation type="unfinished">یہ درخواست اب اس پی سی پر نہیں، اس لیے کچھ محفوظ نہیں ہوا۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PC has no signed-in identity for that server yet: sync first.</source>
        <translation type="unfinished">اس پی سی پر ابھی اس سرور کے لیے کوئی سائن ان شناخت نہیں: پہلے ہم وقت سازی کریں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That sign-in was with another account than the one whose cases were asked for, so they stay shut. Sign in with that account, or give its unlock PIN.</source>
        <translation type="unfinished">یہ سائن اِن اُس اکاؤنٹ کے بجائے کسی اور اکاؤنٹ سے ہوا جس کے کیسز مانگے گئے تھے، اس لیے وہ بند رہیں گے۔ اُس اکاؤنٹ سے سائن اِن کریں، یا اس کا اَن لاک PIN دیں۔</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>This PC has no usable system keyring to keep the case cache key in. You need to choose a cache passphrase instead: the cache is always encrypted, and without a keyring the passphrase is the only way to unlock it. Council Desk never stores the key in a plain file.</source>
        <translation type="unfinished">اس پی سی پر کیسز کے کیش کی کلید رکھنے کے لیے قابلِ استعمال سسٹم کی کی رنگ نہیں ہے۔ اس کے بجائے آپ کو کیش کا پاس فریز منتخب کرنا ہوگا: کیش ہمیشہ خفیہ کاری شدہ ہوتا ہے، اور کی رنگ کے بغیر پاس فریز ہی اسے کھولنے کا واحد طریقہ ہے۔ Council Desk کلید کبھی بھی غیر خفیہ فائل میں محفوظ نہیں کرتا۔</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>The secure connection to the 311 access system could not be verified (certificate problem): someone may be intercepting this network&apos;s traffic. Nothing was sent. Do not sign in on this network; tell your IT contact.</source>
        <translation type="unfinished">311 رسائی نظام سے محفوظ کنکشن کی تصدیق نہیں ہو سکی (سرٹیفکیٹ کا مسئلہ): ممکن ہے کوئی اس نیٹ ورک کا ٹریفک روک کر دیکھ رہا ہو۔ کچھ نہیں بھیجا گیا۔ اس نیٹ ورک پر سائن ان نہ کریں؛ اپنے آئی ٹی رابطہ کار کو بتائیں۔</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>This case cache is locked with a cache passphrase. Enter the passphrase to open it.</source>
        <translation type="unfinished">کیسز کا یہ کیش پاس فریز سے مقفل ہے۔ اسے کھولنے کے لیے پاس فریز درج کریں۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The only keyring available on this PC keeps secrets unencrypted, so Council Desk will not use it. Use a cache passphrase instead, or ask support to set up the system keyring.</source>
        <translation type="unfinished">اس پی سی پر دستیاب واحد کی رنگ رازوں کو بغیر خفیہ کاری کے رکھتی ہے، اس لیے Council Desk اسے استعمال نہیں کرے گا۔ کیش کا پاس فریز استعمال کریں، یا سپورٹ سے سسٹم کی کی رنگ ترتیب دینے کو کہیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The case cache on this PC is locked with a key kept in the system keyring, and that keyring cannot be used now. Sign in to the PC normally (so the keyring starts) and try again, or call support.</source>
        <translation type="unfinished">اس پی سی پر کیسز کا کیش سسٹم کی کی رنگ میں رکھی کلید سے مقفل ہے، اور وہ کی رنگ اس وقت استعمال نہیں ہو سکتی۔ پی سی میں معمول کے مطابق سائن ان کریں (تاکہ کی رنگ شروع ہو جائے) اور دوبارہ کوشش کریں، یا سپورٹ کو کال کریں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cache passphrase record is damaged, so the cache cannot be unlocked.</source>
        <translation type="unfinished">کیش کے پاس فریز کا ریکارڈ خراب ہے، اس لیے کیش کھولا نہیں جا سکتا۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The case cache key in the system keyring is damaged, so the cache cannot be unlocked. Call support.</source>
        <translation type="unfinished">سسٹم کی کی رنگ میں کیسز کے کیش کی کلید خراب ہے، اس لیے کیش کھولا نہیں جا سکتا۔ سپورٹ کو کال کریں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keyring did not keep the case cache key. Call support.</source>
        <translation type="unfinished">سسٹم کی کی رنگ نے کیسز کے کیش کی کلید محفوظ نہیں رکھی۔ سپورٹ کو کال کریں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cache passphrase cannot be empty.</source>
        <translation type="unfinished">کیش کا پاس فریز خالی نہیں ہو سکتا۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case cache on this PC is locked with a different key than the one available now (a wrong passphrase, or the keyring entry was replaced). Nothing was changed. Try the passphrase again, or ask support to set the old cache aside and sync a fresh copy.</source>
        <translation type="unfinished">اس پی سی پر کیسز کا کیش اس کلید سے مختلف کلید سے مقفل ہے جو اس وقت دستیاب ہے (غلط پاس فریز، یا کی رنگ کا اندراج بدل دیا گیا)۔ کچھ تبدیل نہیں کیا گیا۔ پاس فریز دوبارہ آزمائیں، یا سپورٹ سے کہیں کہ پرانا کیش الگ رکھ کر نئی نقل ہم وقت ساز کریں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key for the case cache on this PC is missing from the system keyring, so the cache cannot be opened. It will be set aside (not deleted) and a fresh copy synced; unsent follow-ups in it are lost.</source>
        <translation type="unfinished">اس پی سی کے کیسز کے کیش کی کلید سسٹم کی کی رنگ میں موجود نہیں، اس لیے کیش کھولا نہیں جا سکتا۔ اسے الگ رکھ دیا جائے گا (حذف نہیں کیا جائے گا) اور نئی نقل ہم وقت ساز کی جائے گی؛ اس میں موجود نہ بھیجے گئے فالو اپ ضائع ہو جائیں گے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The case cache file on this PC is damaged or was altered, so no data from it is shown. It will be set aside (not deleted) and a fresh copy synced from the 311 access system.</source>
        <translation type="unfinished">اس پی سی پر کیسز کے کیش کی فائل خراب ہے یا اس میں ردوبدل کیا گیا ہے، اس لیے اس کا کوئی ڈیٹا نہیں دکھایا جا رہا۔ اسے الگ رکھ دیا جائے گا (حذف نہیں کیا جائے گا) اور 311 رسائی نظام سے نئی نقل ہم وقت ساز کی جائے گی۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The case cache cannot be opened because its folder cannot be written (read-only, no permission, or the disk is full). Nothing was changed. Free some disk space or ask support to check the folder.</source>
        <translation type="unfinished">کیسز کا کیش نہیں کھل سکتا کیونکہ اس کے فولڈر میں لکھا نہیں جا سکتا (صرف پڑھنے کے لیے، اجازت نہیں، یا ڈسک بھری ہوئی ہے)۔ کچھ تبدیل نہیں کیا گیا۔ ڈسک پر جگہ خالی کریں یا سپورٹ سے فولڈر چیک کرنے کو کہیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The case cache failed its safety self-test (encryption or secure settings are not active), so Council Desk will not use it. Reinstall Council Desk or call support.</source>
        <translation type="unfinished">کیسز کا کیش اپنی حفاظتی خود جانچ میں ناکام رہا (خفیہ کاری یا محفوظ ترتیبات فعال نہیں)، اس لیے Council Desk اسے استعمال نہیں کرے گا۔ Council Desk دوبارہ انسٹال کریں یا سپورٹ کو کال کریں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The case cache was written by a newer version of Council Desk. Update Council Desk to open it.</source>
        <translation type="unfinished">کیسز کا کیش Council Desk کے نئے ورژن نے لکھا تھا۔ اسے کھولنے کے لیے Council Desk کو اپ ڈیٹ کریں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The case cache is closed (Council Desk was locked or signed out). Open it again to go on.</source>
        <translation type="unfinished">کیسز کا کیش بند ہے (Council Desk مقفل ہو گیا یا سائن آؤٹ کیا گیا)۔ جاری رکھنے کے لیے اسے دوبارہ کھولیں۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This case is no longer in the cache on this PC, so nothing was saved.</source>
        <translation type="unfinished">یہ کیس اب اس پی سی کے کیش میں نہیں ہے، اس لیے کچھ محفوظ نہیں کیا گیا۔</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This was NOT saved: the disk is full or the cache folder cannot be written. (the disk is full)</source>
        <translation type="unfinished">یہ محفوظ نہیں ہوا: ڈسک بھری ہوئی ہے یا کیش فولڈر میں لکھا نہیں جا سکتا۔ (ڈسک بھری ہوئی ہے)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This was NOT saved: the disk is full or the cache folder cannot be written. (the cache folder cannot be written)</source>
        <translation type="unfinished">یہ محفوظ نہیں ہوا: ڈسک بھری ہوئی ہے یا کیش فولڈر میں لکھا نہیں جا سکتا۔ (کیش فولڈر میں لکھا نہیں جا سکتا)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This was NOT saved: the disk is full or the cache folder cannot be written. (a disk error)</source>
        <translation type="unfinished">یہ محفوظ نہیں ہوا: ڈسک بھری ہوئی ہے یا کیش فولڈر میں لکھا نہیں جا سکتا۔ (ڈسک کی خرابی)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many wrong PIN or passphrase tries, so Council Desk is locked on this PC. Sign in again with your browser to unlock it (your work is saved).</source>
        <translation type="unfinished">PIN یا پاس فریز کی بہت زیادہ غلط کوششیں، اس لیے Council Desk اس پی سی پر مقفل ہے۔ اسے کھولنے کے لیے اپنے براؤزر سے دوبارہ سائن ان کریں (آپ کا کام محفوظ ہے)۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No unlock PIN was chosen on this PC yet. Sign in with your browser (when the network is back) and choose one; until then the cases here stay locked.</source>
        <translation type="unfinished">اس پی سی پر ابھی کوئی کھولنے کا PIN منتخب نہیں کیا گیا۔ اپنے براؤزر سے سائن ان کریں (جب نیٹ ورک واپس آئے) اور ایک منتخب کریں؛ تب تک یہاں کے کیسز مقفل رہیں گے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That PIN or passphrase is not right. %1 tries left before Council Desk asks you to sign in again with your browser.</source>
        <translation type="unfinished">یہ PIN یا پاس فریز درست نہیں۔ Council Desk کے دوبارہ براؤزر سے سائن ان کرنے کو کہنے سے پہلے %1 کوششیں باقی ہیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That PIN or passphrase is not right. %1 try left before Council Desk asks you to sign in again with your browser.</source>
        <translation type="unfinished">یہ PIN یا پاس فریز درست نہیں۔ Council Desk کے دوبارہ براؤزر سے سائن ان کرنے کو کہنے سے پہلے %1 کوشش باقی ہے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your session has reached its daily limit. Sign in again with your browser to keep working; nothing you saved is lost.</source>
        <translation type="unfinished">آپ کا سیشن اپنی روزانہ حد تک پہنچ گیا ہے۔ کام جاری رکھنے کے لیے اپنے براؤزر سے دوبارہ سائن ان کریں؛ آپ کا محفوظ کیا ہوا کچھ ضائع نہیں ہوا۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your session has reached its daily limit and the 311 access system can be reached, so sign in again with your browser. (Without a network, your PIN keeps you working offline.)</source>
        <translation type="unfinished">آپ کا سیشن اپنی روزانہ حد تک پہنچ گیا ہے اور 311 رسائی نظام دستیاب ہے، اس لیے اپنے براؤزر سے دوبارہ سائن ان کریں۔ (نیٹ ورک کے بغیر، آپ کا PIN آپ کو آف لائن کام جاری رکھنے دیتا ہے۔)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The audit log could not be written, so this action was not carried out (nothing was printed, shown or exported). Free some disk space or call support, then try again.</source>
        <translation type="unfinished">آڈٹ لاگ میں لکھا نہیں جا سکا، اس لیے یہ کارروائی نہیں کی گئی (نہ کچھ پرنٹ ہوا، نہ دکھایا گیا، نہ برآمد کیا گیا)۔ ڈسک پر جگہ خالی کریں یا سپورٹ کو کال کریں، پھر دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The printer could not be started, so nothing was printed. Check the printer and try again.</source>
        <translation type="unfinished">پرنٹر شروع نہیں ہو سکا، اس لیے کچھ پرنٹ نہیں ہوا۔ پرنٹر چیک کریں اور دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Letters need the office&apos;s letterhead, which arrives when you sign in. Sign in, then try again.</source>
        <translation type="unfinished">خطوط کے لیے دفتر کا لیٹر ہیڈ درکار ہے، جو سائن ان کرنے پر ملتا ہے۔ سائن ان کریں، پھر دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The selected cases are no longer on this PC.</source>
        <translation type="unfinished">منتخب کیسز اب اس پی سی پر موجود نہیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cache is locked, so nothing was saved.</source>
        <translation type="unfinished">کیش مقفل ہے، اس لیے کچھ محفوظ نہیں کیا گیا۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cache is locked, so nothing was printed.</source>
        <translation type="unfinished">کیش مقفل ہے، اس لیے کچھ پرنٹ نہیں کیا گیا۔</translation>
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
        <translation type="unfinished">کیسز تلاش کریں (Ctrl+F): شکایت، پتے یا نام کے الفاظ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search cases</source>
        <translation type="unfinished">کیسز تلاش کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words from the complaint, the address or the filer&apos;s name, or a complaint number. Down moves into the list.</source>
        <translation type="unfinished">شکایت، پتے یا شکایت کنندہ کے نام کے الفاظ، یا شکایت نمبر۔ نیچے کا تیر فہرست میں لے جاتا ہے۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep typing: the search starts at 2 letters</source>
        <translation type="unfinished">ٹائپ کرتے رہیں: تلاش 2 حروف سے شروع ہوتی ہے</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Any office status</source>
        <translation type="unfinished">دفتر کی کوئی بھی صورتحال</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Office status filter</source>
        <translation type="unfinished">دفتر کی صورتحال کا فلٹر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show only cases with this office status</source>
        <translation type="unfinished">صرف وہ کیسز دکھائیں جن کی دفتر میں یہ صورتحال ہے</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open or closed at agency</source>
        <translation type="unfinished">ادارے میں کھلی یا بند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open at agency</source>
        <translation type="unfinished">ادارے میں کھلی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed by agency</source>
        <translation type="unfinished">ادارے نے بند کر دیں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agency status filter</source>
        <translation type="unfinished">ادارے میں صورتحال کا فلٹر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only complaints the agency has open, or has closed</source>
        <translation type="unfinished">صرف وہ شکایات دکھائیں جو ادارے نے کھلی رکھی ہیں یا بند کر دی ہیں</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any agency</source>
        <translation type="unfinished">کوئی بھی ادارہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency filter</source>
        <translation type="unfinished">ادارے کا فلٹر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show only complaints sent to this agency</source>
        <translation type="unfinished">صرف اس ادارے کو بھیجی گئی شکایات دکھائیں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any type</source>
        <translation type="unfinished">کوئی بھی قسم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaint type filter</source>
        <translation type="unfinished">شکایت کی قسم کا فلٹر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show only complaints of this type</source>
        <translation type="unfinished">صرف اس قسم کی شکایات دکھائیں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any follow-up</source>
        <translation type="unfinished">کوئی بھی فالو اپ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due today or overdue</source>
        <translation type="unfinished">آج واجب یا تاخیر شدہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation type="unfinished">تاخیر شدہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up filter</source>
        <translation type="unfinished">فالو اپ کا فلٹر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show only cases with a follow-up due or overdue</source>
        <translation type="unfinished">صرف وہ کیسز دکھائیں جن کا فالو اپ واجب یا تاخیر شدہ ہے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From: any</source>
        <translation type="unfinished">سے: کوئی بھی</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received from</source>
        <translation type="unfinished">وصولی از</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show only complaints received on or after this day</source>
        <translation type="unfinished">صرف اس دن یا اس کے بعد موصول شکایات دکھائیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To: any</source>
        <translation type="unfinished">تک: کوئی بھی</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received until</source>
        <translation type="unfinished">وصولی تا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show only complaints received on or before this day</source>
        <translation type="unfinished">صرف اس دن یا اس سے پہلے موصول شکایات دکھائیں</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Received</source>
        <translation type="unfinished">وصولی کی تاریخ</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../council_desk/ui/dialogs.py" line="+61"/>
        <source>Log a follow-up — complaint %1</source>
        <translation type="unfinished">فالو اپ درج کریں — شکایت %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How you were in touch: call, email, letter, visit or a note</source>
        <translation type="unfinished">رابطہ کیسے ہوا: کال، ای میل، خط، دورہ یا نوٹ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was done or said, and what happens next</source>
        <translation type="unfinished">کیا کیا گیا یا کہا گیا، اور آگے کیا ہوگا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no outcome yet)</source>
        <translation type="unfinished">(ابھی کوئی نتیجہ نہیں)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What came of it, if anything yet</source>
        <translation type="unfinished">اس سے کیا نکلا، اگر ابھی کچھ ہے</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(leave as is: %1)</source>
        <translation type="unfinished">(جیسی ہے ویسی رہنے دیں: %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new office status for the case, if it changed</source>
        <translation type="unfinished">کیس کے لیے دفتر کی نئی صورتحال، اگر بدلی ہو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind on</source>
        <translation type="unfinished">یاد دلائیں</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reminder date</source>
        <translation type="unfinished">یاددہانی کی تاریخ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The day this case shows in Reminders</source>
        <translation type="unfinished">وہ دن جب یہ کیس یاددہانیوں میں نظر آئے گا</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Whose reminder</source>
        <translation type="unfinished">کس کی یاددہانی</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who is reminded: you or a colleague</source>
        <translation type="unfinished">کسے یاد دلایا جائے: آپ یا کوئی ساتھی</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for me</source>
        <translation type="unfinished">میرے لیے</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for %1</source>
        <translation type="unfinished">%1 کے لیے</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What</source>
        <translation type="unfinished">کیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation type="unfinished">نوٹس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation type="unfinished">نتیجہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office status</source>
        <translation type="unfinished">دفتر کی صورتحال</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved on this PC at once; sent to the shared office log at the next sync.</source>
        <translation type="unfinished">اسی وقت اس پی سی پر محفوظ؛ اگلی ہم وقت سازی پر دفتر کے مشترکہ ریکارڈ کو بھیج دیا جاتا ہے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save follow-up</source>
        <translation type="unfinished">فالو اپ محفوظ کریں</translation>
    </message>
</context>
<context>
    <name>FollowUpKind</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="-164"/>
        <source>Phone call</source>
        <translation type="unfinished">فون کال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation type="unfinished">ای میل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation type="unfinished">خط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit</source>
        <translation type="unfinished">دورہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation type="unfinished">نوٹ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status change</source>
        <translation type="unfinished">صورتحال کی تبدیلی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignment</source>
        <translation type="unfinished">تفویض</translation>
    </message>
</context>
<context>
    <name>GroupModel</name>
    <message>
        <location filename="../council_desk/ui/groups.py" line="+44"/>
        <source>Complaint #</source>
        <translation type="unfinished">شکایت نمبر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation type="unfinished">وصولی کی تاریخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation type="unfinished">قسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office status</source>
        <translation type="unfinished">دفتر کی صورتحال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to</source>
        <translation type="unfinished">ذمہ دار</translation>
    </message>
    <message numerus="yes">
        <location line="+139"/>
        <source>Show all %n case(s) of this group in the list…</source>
        <translation type="unfinished">
            <numerusform>اس گروپ کا %n کیس فہرست میں دکھائیں…</numerusform>
            <numerusform>اس گروپ کے تمام %n کیسز فہرست میں دکھائیں…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform>%n کیس</numerusform>
            <numerusform>%n کیسز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n open here</source>
        <translation type="unfinished">
            <numerusform>%n یہاں کھلا</numerusform>
            <numerusform>%n یہاں کھلے</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no street address)</source>
        <translation type="unfinished">(سڑک کا پتہ نہیں)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same filer</source>
        <translation type="unfinished">وہی شکایت کنندہ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no contact details to match)</source>
        <translation type="unfinished">(ملانے کے لیے رابطے کی تفصیل نہیں)</translation>
    </message>
</context>
<context>
    <name>GroupedCases</name>
    <message>
        <location line="+27"/>
        <source>Cases by group</source>
        <translation type="unfinished">گروپ کے لحاظ سے کیسز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a group (Right arrow) to see its cases; choose one to see it beside</source>
        <translation type="unfinished">کسی گروپ کو کھولیں (دائیں تیر) تاکہ اس کے کیسز دیکھیں؛ ساتھ دیکھنے کے لیے ایک منتخب کریں</translation>
    </message>
</context>
<context>
    <name>InfoType</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="+173"/>
        <source>Name</source>
        <translation type="unfinished">نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current and/or previous home addresses</source>
        <translation type="unfinished">موجودہ اور/یا سابقہ گھر کا پتہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone number</source>
        <translation type="unfinished">فون نمبر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email address</source>
        <translation type="unfinished">ای میل پتہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages spoken</source>
        <translation type="unfinished">بولی جانے والی زبانیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>311 complaint number, date, time and text (§ 23-315)</source>
        <translation type="unfinished">311 شکایت کا نمبر، تاریخ، وقت اور متن (§ 23-315)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location of the complaint (street address)</source>
        <translation type="unfinished">شکایت کا مقام (پتہ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The office&apos;s casework notes</source>
        <translation type="unfinished">دفتر کے کیس نوٹس</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location line="-123"/>
        <source>English</source>
        <translation type="unfinished">انگریزی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation type="unfinished">ہسپانوی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese (Simplified)</source>
        <translation type="unfinished">چینی (آسان)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese (Traditional)</source>
        <translation type="unfinished">چینی (روایتی)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation type="unfinished">روسی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bengali</source>
        <translation type="unfinished">بنگالی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Haitian Creole</source>
        <translation type="unfinished">ہیٹی کریول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Korean</source>
        <translation type="unfinished">کوریائی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic</source>
        <translation type="unfinished">عربی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urdu</source>
        <translation type="unfinished">اردو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation type="unfinished">فرانسیسی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polish</source>
        <translation type="unfinished">پولش</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../council_desk/ui/print_dialog.py" line="+44"/>
        <source>Print letter</source>
        <translation type="unfinished">خط پرنٹ کریں</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>A letter for %n case(s). You will see it before anything is printed.</source>
        <translation type="unfinished">
            <numerusform>%n کیس کے لیے خط۔ کچھ بھی پرنٹ ہونے سے پہلے آپ اسے دیکھ لیں گے۔</numerusform>
            <numerusform>%n کیسز کے لیے خطوط۔ کچھ بھی پرنٹ ہونے سے پہلے آپ انہیں دیکھ لیں گے۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Which approved letter to print</source>
        <translation type="unfinished">کون سا منظور شدہ خط پرنٹ کرنا ہے</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each constituent&apos;s preferred language</source>
        <translation type="unfinished">ہر رہائشی کی ترجیحی زبان</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Their preferred languages: %1.</source>
        <translation type="unfinished">ان کی ترجیحی زبانیں: %1۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (preferred)</source>
        <translation type="unfinished">%1 (ترجیحی)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language the letter is printed in</source>
        <translation type="unfinished">وہ زبان جس میں خط پرنٹ ہوگا</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I understand; use this translation anyway</source>
        <translation type="unfinished">سمجھ لیا؛ پھر بھی یہ ترجمہ استعمال کریں</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Letter template:</source>
        <translation type="unfinished">خط کا نمونہ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation type="unfinished">زبان:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview…</source>
        <translation type="unfinished">پیش نظارہ…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Optional: a few sentences of your own for this letter. Printed as you type them, after the letter&apos;s text.</source>
        <translation type="unfinished">اختیاری: اس خط کے لیے اپنے چند جملے۔ جیسے لکھیں ویسے ہی خط کے متن کے بعد پرنٹ ہوں گے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <source>Personal paragraph</source>
        <translation type="unfinished">ذاتی پیراگراف</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 is %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This translation has not been reviewed by a person.</source>
        <translation type="unfinished">اس ترجمے کا ابھی کسی شخص نے جائزہ نہیں لیا۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask a colleague who reads the language to check the preview before it is sent.</source>
        <translation type="unfinished">بھیجنے سے پہلے کسی ایسے ساتھی سے جو یہ زبان پڑھ سکتا ہو، پیش نظارہ چیک کروائیں۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 of %2 characters</source>
        <translation type="unfinished">%2 میں سے %1 حروف</translation>
    </message>
</context>
<context>
    <name>LetterReview</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="-35"/>
        <source>a machine draft</source>
        <translation type="unfinished">مشینی مسودہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marked as needing review</source>
        <translation type="unfinished">جائزے کے لیے نشان زد</translation>
    </message>
</context>
<context>
    <name>LetterTemplate</name>
    <message>
        <location line="-9"/>
        <source>Acknowledgement (we received the complaint)</source>
        <translation type="unfinished">رسید (ہمیں شکایت موصول ہو گئی)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status update</source>
        <translation type="unfinished">صورتحال کی تازہ کاری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency response</source>
        <translation type="unfinished">ادارے کا جواب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed but not fixed (we asked 311 to reopen)</source>
        <translation type="unfinished">بند لیکن حل نہیں ہوئی (ہم نے 311 سے دوبارہ کھولنے کی درخواست کی)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing (case finished)</source>
        <translation type="unfinished">اختتام (کیس مکمل)</translation>
    </message>
</context>
<context>
    <name>LockProcedure</name>
    <message>
        <location filename="../council_desk/ui/locking.py" line="+103"/>
        <source>That passphrase is not right.</source>
        <translation type="unfinished">یہ پاس فریز درست نہیں۔</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../council_desk/ui/lock.py" line="+124"/>
        <source>Council Desk is locked</source>
        <translation type="unfinished">Council Desk مقفل ہے</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your unlock PIN or passphrase</source>
        <translation type="unfinished">کھولنے کا آپ کا PIN یا پاس فریز</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unlock PIN or passphrase</source>
        <translation type="unfinished">کھولنے کا PIN یا پاس فریز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PIN or passphrase you chose for this PC</source>
        <translation type="unfinished">وہ PIN یا پاس فریز جو آپ نے اس پی سی کے لیے منتخب کیا</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sign in with your browser…</source>
        <translation type="unfinished">اپنے براؤزر سے سائن ان کریں…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Too many wrong tries. Sign in again with your browser to unlock Council Desk on this PC. Your work is saved.</source>
        <translation type="unfinished">بہت زیادہ غلط کوششیں۔ اس پی سی پر Council Desk کھولنے کے لیے اپنے براؤزر سے دوبارہ سائن ان کریں۔ آپ کا کام محفوظ ہے۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your session has reached its daily limit. Sign in again with your browser to continue. No network? Your PIN or passphrase keeps you working offline.</source>
        <translation type="unfinished">آپ کا سیشن اپنی روزانہ حد تک پہنچ گیا ہے۔ جاری رکھنے کے لیے اپنے براؤزر سے دوبارہ سائن ان کریں۔ نیٹ ورک نہیں؟ آپ کا PIN یا پاس فریز آپ کو آف لائن کام جاری رکھنے دیتا ہے۔</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Checking…</source>
        <translation type="unfinished">جانچ ہو رہی ہے…</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Unlock</source>
        <translation type="unfinished">کھولیں</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Locked after a period without use, to keep constituents&apos; details private. Your work is saved.</source>
        <translation type="unfinished">کچھ دیر استعمال نہ ہونے پر رہائشیوں کی تفصیلات محفوظ رکھنے کے لیے مقفل کر دیا گیا۔ آپ کا کام محفوظ ہے۔</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="+249"/>
        <location line="+28"/>
        <source>Cases</source>
        <translation type="unfinished">کیسز</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>The cases matching the search and filters; the selected one is shown beside</source>
        <translation type="unfinished">تلاش اور فلٹرز سے ملنے والے کیسز؛ منتخب کیس ساتھ دکھایا جاتا ہے</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+47"/>
        <location filename="../council_desk/ui/window_actions.py" line="+64"/>
        <source>Reminders</source>
        <translation type="unfinished">یاددہانیاں</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Cases and reminders</source>
        <translation type="unfinished">کیسز اور یاددہانیاں</translation>
    </message>
    <message>
        <location filename="../council_desk/ui/window_actions.py" line="-26"/>
        <source>Main</source>
        <translation type="unfinished">مرکزی</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sync now</source>
        <translation type="unfinished">ابھی ہم وقت ساز کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log follow-up</source>
        <translation type="unfinished">فالو اپ درج کریں</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search</source>
        <translation type="unfinished">تلاش</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Statistics</source>
        <translation type="unfinished">اعداد و شمار</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Caseload</source>
        <translation type="unfinished">کیسوں کا بوجھ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock</source>
        <translation type="unfinished">مقفل کریں</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bulk</source>
        <translation type="unfinished">اجتماعی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office status, a follow-up, an owner for every chosen case</source>
        <translation type="unfinished">ہر منتخب کیس کے لیے دفتر کی صورتحال، فالو اپ یا ذمہ دار</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Show contact details…</source>
        <translation type="unfinished">رابطے کی تفصیلات دکھائیں…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ask 311 to reopen…</source>
        <translation type="unfinished">311 سے دوبارہ کھولنے کی درخواست…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Office status</source>
        <translation type="unfinished">دفتر کی صورتحال</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Print letter…</source>
        <translation type="unfinished">خط پرنٹ کریں…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print case summary…</source>
        <translation type="unfinished">کیس کا خلاصہ پرنٹ کریں…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print mailing labels…</source>
        <translation type="unfinished">ڈاک کے لیبل پرنٹ کریں…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Print</source>
        <translation type="unfinished">پرنٹ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letters, case summaries and mailing labels for the selected cases</source>
        <translation type="unfinished">منتخب کیسز کے لیے خطوط، کیس کے خلاصے اور ڈاک کے لیبل</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Select one or more cases in the list first.</source>
        <translation type="unfinished">پہلے فہرست میں ایک یا زیادہ کیسز منتخب کریں۔</translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="+9"/>
        <source>Council Desk — District %1</source>
        <translation type="unfinished">Council Desk — ضلع %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (locked)</source>
        <translation type="unfinished">%1 (مقفل)</translation>
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
            <numerusform>Council Desk کے رکنے پر جاری اجتماعی تبدیلی مکمل ہو گئی: %n مزید کیس۔</numerusform>
            <numerusform>Council Desk کے رکنے پر جاری اجتماعی تبدیلی مکمل ہو گئی: %n مزید کیسز۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reminders (%1)</source>
        <translation type="unfinished">یاددہانیاں (%1)</translation>
    </message>
</context>
<context>
    <name>MoreFiltersDialog</name>
    <message>
        <location filename="../council_desk/ui/views.py" line="+68"/>
        <source>More filters</source>
        <translation type="unfinished">مزید فلٹرز</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office status</source>
        <translation type="unfinished">دفتر کی صورتحال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency status</source>
        <translation type="unfinished">ادارے میں صورتحال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation type="unfinished">ادارہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint type</source>
        <translation type="unfinished">شکایت کی قسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to</source>
        <translation type="unfinished">ذمہ دار</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tick one or more; none ticked means any</source>
        <translation type="unfinished">ایک یا زیادہ پر نشان لگائیں؛ کوئی نشان نہ ہو تو کوئی بھی</translation>
    </message>
</context>
<context>
    <name>OfficeStatus</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="-43"/>
        <source>New</source>
        <translation type="unfinished">نیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation type="unfinished">کارروائی جاری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting on agency</source>
        <translation type="unfinished">ادارے کا انتظار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation type="unfinished">حل شدہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed – unresolved</source>
        <translation type="unfinished">بند – حل نہیں ہوا</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <location line="+16"/>
        <source>Fixed</source>
        <translation type="unfinished">ٹھیک ہو گیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly fixed</source>
        <translation type="unfinished">جزوی طور پر ٹھیک ہوا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not fixed</source>
        <translation type="unfinished">ٹھیک نہیں ہوا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not the agency&apos;s responsibility</source>
        <translation type="unfinished">ادارے کی ذمہ داری نہیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate of another complaint</source>
        <translation type="unfinished">کسی دوسری شکایت کی نقل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No response</source>
        <translation type="unfinished">کوئی جواب نہیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation type="unfinished">دیگر</translation>
    </message>
</context>
<context>
    <name>Output</name>
    <message>
        <location line="+150"/>
        <source>Contact details shown on screen</source>
        <translation type="unfinished">اسکرین پر دکھائی گئی رابطے کی تفصیلات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter to the constituent</source>
        <translation type="unfinished">شہری کو خط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mailing labels</source>
        <translation type="unfinished">ڈاک کے لیبل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case summary without contact details</source>
        <translation type="unfinished">رابطے کی تفصیلات کے بغیر کیس کا خلاصہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case summary with contact details</source>
        <translation type="unfinished">رابطے کی تفصیلات کے ساتھ کیس کا خلاصہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact list exported as CSV</source>
        <translation type="unfinished">CSV میں برآمد کی گئی رابطوں کی فہرست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details shared with a City agency</source>
        <translation type="unfinished">سٹی ادارے کے ساتھ شیئر کی گئی تفصیلات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office worklist without contact details</source>
        <translation type="unfinished">رابطے کی تفصیلات کے بغیر دفتر کی ورک لسٹ</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../council_desk/ui/dialogs.py" line="+113"/>
        <source>Cache passphrase</source>
        <translation type="unfinished">کیش کا پاس فریز</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>At least %1 characters, not one character repeated, no space at the start or end</source>
        <translation type="unfinished">کم از کم %1 حروف، ایک ہی حرف بار بار نہیں، شروع یا آخر میں خالی جگہ نہیں</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The passphrase chosen for this cache</source>
        <translation type="unfinished">اس کیش کے لیے منتخب کیا گیا پاس فریز</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The same passphrase once more, to catch a typing mistake</source>
        <translation type="unfinished">ٹائپنگ کی غلطی پکڑنے کے لیے وہی پاس فریز دوبارہ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase</source>
        <translation type="unfinished">پاس فریز</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Again</source>
        <translation type="unfinished">دوبارہ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unlock</source>
        <translation type="unfinished">کھولیں</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The two passphrases differ.</source>
        <translation type="unfinished">دونوں پاس فریز مختلف ہیں۔</translation>
    </message>
</context>
<context>
    <name>PreviewWindow</name>
    <message>
        <location filename="../council_desk/ui/pdf_preview.py" line="+60"/>
        <source>Preview</source>
        <translation type="unfinished">پیش نظارہ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The pages as they will be printed</source>
        <translation type="unfinished">صفحات جیسے وہ پرنٹ ہوں گے</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading…</source>
        <translation type="unfinished">لوڈ ہو رہا ہے…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print…</source>
        <translation type="unfinished">پرنٹ کریں…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as PDF…</source>
        <translation type="unfinished">PDF کے طور پر محفوظ کریں…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation type="unfinished">بند کریں</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform>%n صفحہ</numerusform>
            <numerusform>%n صفحات</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The preview could not be shown.</source>
        <translation type="unfinished">پیش نظارہ نہیں دکھایا جا سکا۔</translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <location filename="../council_desk/ui/printing.py" line="+137"/>
        <source>Letter preview</source>
        <translation type="unfinished">خط کا پیش نظارہ</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Case summary preview</source>
        <translation type="unfinished">کیس کے خلاصے کا پیش نظارہ</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Referral preview</source>
        <translation type="unfinished">ریفرل کا پیش نظارہ</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Mailing labels preview</source>
        <translation type="unfinished">ڈاک کے لیبلز کا پیش نظارہ</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Worklist: %1</source>
        <translation type="unfinished">کام کی فہرست: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+71"/>
        <source>%1 — %n case(s)</source>
        <translation type="unfinished">
            <numerusform>%1 — %n کیس</numerusform>
            <numerusform>%1 — %n کیسز</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../council_desk/ui/print_release.py" line="+77"/>
        <source>Printing or saving logs a “letter” follow-up on each case.</source>
        <translation type="unfinished">پرنٹ کرنے یا محفوظ کرنے سے ہر کیس میں «خط» کا فالو اپ درج ہو جاتا ہے۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Translation not reviewed by a person: %1.</source>
        <translation type="unfinished">ترجمہ جس کا کسی شخص نے جائزہ نہیں لیا: %1۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contact details are left out of this summary.</source>
        <translation type="unfinished">اس خلاصے میں رابطے کی تفصیلات شامل نہیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No contact details. Printing or saving it is recorded in the privacy log: complaint numbers are personal information.</source>
        <translation type="unfinished">رابطے کی کوئی تفصیل نہیں۔ پرنٹ یا محفوظ کرنا رازداری کے لاگ میں درج ہوتا ہے: شکایت نمبر ذاتی معلومات ہیں۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Printing or saving uses approval %1 once: the 311 access system confirms it first.</source>
        <translation type="unfinished">پرنٹ یا محفوظ کرنے سے منظوری %1 ایک بار استعمال ہوتی ہے: 311 رسائی نظام پہلے اس کی تصدیق کرتا ہے۔</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Save as PDF</source>
        <translation type="unfinished">PDF کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">PDF فائلیں (*.pdf)</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>Sending pages to the printer…</source>
        <translation type="unfinished">صفحات پرنٹر کو بھیجے جا رہے ہیں…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation type="unfinished">روکیں</translation>
    </message>
    <message numerus="yes">
        <location filename="../council_desk/ui/printing.py" line="+30"/>
        <source>Preparing %n case(s)…</source>
        <translation type="unfinished">
            <numerusform>%n کیس تیار کیا جا رہا ہے…</numerusform>
            <numerusform>%n کیسز تیار کیے جا رہے ہیں…</numerusform>
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
        <translation type="unfinished">کب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation type="unfinished">عملہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation type="unfinished">کیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class</source>
        <translation type="unfinished">درجہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval or reason</source>
        <translation type="unfinished">منظوری یا وجہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation type="unfinished">وصول کنندہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints</source>
        <translation type="unfinished">شکایات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found</source>
        <translation type="unfinished">نتائج</translation>
    </message>
</context>
<context>
    <name>PrivacyLogTab</name>
    <message>
        <location line="+122"/>
        <source>Mark as seen</source>
        <translation type="unfinished">دیکھا ہوا نشان لگائیں</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Staff</source>
        <translation type="unfinished">عملہ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the disclosures of one staff member</source>
        <translation type="unfinished">ایک ملازم کے افشا دکھائیں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Class</source>
        <translation type="unfinished">درجہ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the disclosures of one class</source>
        <translation type="unfinished">ایک درجے کے افشا دکھائیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any class</source>
        <translation type="unfinished">کوئی بھی درجہ</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>Complaint #</source>
        <translation type="unfinished">شکایت نمبر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the disclosures naming this complaint</source>
        <translation type="unfinished">اس شکایت والے افشا دکھائیں</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From</source>
        <translation type="unfinished">سے</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the disclosures from this day</source>
        <translation type="unfinished">اس دن سے افشا دکھائیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation type="unfinished">تک</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the disclosures up to this day</source>
        <translation type="unfinished">اس دن تک افشا دکھائیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation type="unfinished">تازہ کریں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report…</source>
        <translation type="unfinished">رپورٹ…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Disclosure log</source>
        <translation type="unfinished">افشا کا ریکارڈ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each disclosure: when, who, what, class, approval or reason, to whom, which complaints, and what the 311 access system found</source>
        <translation type="unfinished">ہر افشا: کب، کس نے، کیا، درجہ، منظوری یا وجہ، کس کو، کون سی شکایات، اور 311 رسائی نظام نے کیا پایا</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>From the 311 access system&apos;s record of every device of this office.</source>
        <translation type="unfinished">اس دفتر کے ہر آلے کے 311 رسائی نظام کے ریکارڈ سے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OFFLINE: from this PC&apos;s own log only. Other devices&apos; events are not included.</source>
        <translation type="unfinished">آف لائن: صرف اس پی سی کے اپنے ریکارڈ سے۔ دوسرے آلات کے واقعات شامل نہیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Device %1 (%2): events %3 never arrived; found: %4</source>
        <translation type="unfinished">آلہ %1 (%2): واقعات %3 کبھی نہیں پہنچے؛ نتائج: %4</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Every device&apos;s record is complete: nothing missing, nothing flagged.</source>
        <translation type="unfinished">ہر آلے کا ریکارڈ مکمل ہے: کچھ غائب نہیں، کچھ نشان زد نہیں۔</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+127"/>
        <source>Anyone</source>
        <translation type="unfinished">کوئی بھی</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n disclosure(s) shown</source>
        <translation type="unfinished">
            <numerusform>%n افشا دکھایا گیا</numerusform>
            <numerusform>%n افشا دکھائے گئے</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>New since you last looked: %1 exigent disclosure(s), %2 finding(s) about the record.</source>
        <translation type="unfinished">آپ کے پچھلی بار دیکھنے کے بعد سے نیا: %1 ہنگامی افشا، ریکارڈ کے بارے میں %2 نتائج۔</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Save the report</source>
        <translation type="unfinished">رپورٹ محفوظ کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">PDF فائلیں (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">CSV فائلیں (*.csv)</translation>
    </message>
</context>
<context>
    <name>PrivacyUI</name>
    <message>
        <location filename="../council_desk/ui/privacy_ui.py" line="+54"/>
        <source>Approvals</source>
        <translation type="unfinished">منظوریاں</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+88"/>
        <source>Privacy log</source>
        <translation type="unfinished">رازداری کا ریکارڈ</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Privacy log (new)</source>
        <translation type="unfinished">رازداری کا ریکارڈ (نیا)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New for the privacy officer: %1 exigent disclosure(s), %2 finding(s) about the record.</source>
        <translation type="unfinished">رازداری افسر کے لیے نیا: %1 ہنگامی افشا، ریکارڈ کے بارے میں %2 نتائج۔</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../council_desk/ui/bulk.py" line="-190"/>
        <source>Reassign a caseworker&apos;s cases</source>
        <translation type="unfinished">کیس ورکر کے کیسز دوبارہ سپرد کریں</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The caseworker whose open cases and reminders move</source>
        <translation type="unfinished">وہ کیس ورکر جس کے کھلے کیسز اور یاددہانیاں منتقل ہوں گی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The caseworker who takes them</source>
        <translation type="unfinished">وہ کیس ورکر جو انہیں لے گا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every case the office still has open that is assigned to the first person, and every open reminder of theirs, goes to the second. Each change is recorded as if made one by one.</source>
        <translation type="unfinished">پہلے شخص کے سپرد دفتر کا ہر کھلا کیس اور اس کی ہر کھلی یاددہانی دوسرے شخص کو جائے گی۔ ہر تبدیلی ایسے درج ہوتی ہے جیسے ایک ایک کر کے کی گئی ہو۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From</source>
        <translation type="unfinished">سے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation type="unfinished">کو</translation>
    </message>
</context>
<context>
    <name>Recipient</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="-25"/>
        <source>The constituent (the person who filed)</source>
        <translation type="unfinished">شہری (جس نے شکایت کی)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This council office (internal casework)</source>
        <translation type="unfinished">یہ کونسل دفتر (اندرونی کیس ورک)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other City agencies</source>
        <translation type="unfinished">دیگر سٹی ادارے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New York State or federal agencies</source>
        <translation type="unfinished">ریاست نیویارک یا وفاقی ادارے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community partners / NGOs</source>
        <translation type="unfinished">کمیونٹی شراکت دار / این جی اوز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court, enforcement agency or other entity issuing a subpoena</source>
        <translation type="unfinished">عدالت، نفاذ کا ادارہ یا طلبی جاری کرنے والا کوئی اور ادارہ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other</source>
        <translation type="unfinished">دیگر</translation>
    </message>
</context>
<context>
    <name>ReminderColumns</name>
    <message>
        <location line="-68"/>
        <source>Due</source>
        <translation type="unfinished">آخری تاریخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint #</source>
        <translation type="unfinished">شکایت نمبر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For</source>
        <translation type="unfinished">کس کے لیے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation type="unfinished">قسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation type="unfinished">پتہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation type="unfinished">نوٹ</translation>
    </message>
</context>
<context>
    <name>RemindersModel</name>
    <message>
        <location filename="../council_desk/ui/reminders.py" line="+151"/>
        <source>Overdue</source>
        <translation type="unfinished">تاخیر شدہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due today</source>
        <translation type="unfinished">آج واجب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due in the next 7 days</source>
        <translation type="unfinished">اگلے 7 دنوں میں واجب</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (overdue)</source>
        <translation type="unfinished">%1 (تاخیر شدہ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (today)</source>
        <translation type="unfinished">%1 (آج)</translation>
    </message>
</context>
<context>
    <name>RemindersTab</name>
    <message>
        <location line="+77"/>
        <source>Reminders</source>
        <translation type="unfinished">یاددہانیاں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders overdue, due today and in the next 7 days; Enter opens the case</source>
        <translation type="unfinished">تاخیر شدہ، آج کی اور اگلے 7 دنوں کی یاددہانیاں؛ Enter سے کیس کھلتا ہے</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>My reminders</source>
        <translation type="unfinished">میری یاددہانیاں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone&apos;s</source>
        <translation type="unfinished">سب کی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whose reminders</source>
        <translation type="unfinished">کس کی یاددہانیاں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done</source>
        <translation type="unfinished">مکمل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the chosen reminders done (Ctrl+D)</source>
        <translation type="unfinished">منتخب یاددہانیوں کو مکمل نشان زد کریں (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Snooze</source>
        <translation type="unfinished">ملتوی کریں</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tomorrow</source>
        <translation type="unfinished">کل</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform>%n دن</numerusform>
            <numerusform>%n دن</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next Monday</source>
        <translation type="unfinished">اگلا پیر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reschedule…</source>
        <translation type="unfinished">تاریخ بدلیں…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give to</source>
        <translation type="unfinished">کو دیں</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open case</source>
        <translation type="unfinished">کیس کھولیں</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show:</source>
        <translation type="unfinished">دکھائیں:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 overdue, %2 due today, %3 in the next 7 days. Double-click one (or press Enter) to open the case.</source>
        <translation type="unfinished">%1 تاخیر شدہ، %2 آج واجب، %3 اگلے 7 دنوں میں۔ کیس کھولنے کے لیے ڈبل کلک کریں (یا Enter دبائیں)۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing is due in the next 7 days. A follow-up logged with a reminder appears here when its day comes near.</source>
        <translation type="unfinished">اگلے 7 دنوں میں کچھ واجب نہیں۔ یاددہانی کے ساتھ درج فالو اپ اپنا دن قریب آنے پر یہاں نظر آئے گا۔</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../council_desk/ui/dialogs.py" line="-70"/>
        <source>Ask 311 to reopen complaint %1</source>
        <translation type="unfinished">311 سے شکایت %1 دوبارہ کھولنے کی درخواست کریں</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why the office considers the complaint unresolved</source>
        <translation type="unfinished">دفتر اس شکایت کو حل طلب کیوں سمجھتا ہے</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What is still wrong (sent to 311 and the agency)</source>
        <translation type="unfinished">اب بھی کیا غلط ہے (311 اور ادارے کو بھیجا جائے گا)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why</source>
        <translation type="unfinished">کیوں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation type="unfinished">تفصیلات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask 311 to reopen</source>
        <translation type="unfinished">311 سے دوبارہ کھولنے کی درخواست کریں</translation>
    </message>
</context>
<context>
    <name>ReopenStage</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="+5"/>
        <source>Sent: waiting to reach 311</source>
        <translation type="unfinished">بھیج دیا: 311 تک پہنچنے کا انتظار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forwarded by 311 to the agency</source>
        <translation type="unfinished">311 نے ادارے کو بھیج دیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not needed: the complaint was still open</source>
        <translation type="unfinished">ضرورت نہیں تھی: شکایت ابھی کھلی تھی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agency reopened it</source>
        <translation type="unfinished">ادارے نے دوبارہ کھول دیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agency declined to reopen it</source>
        <translation type="unfinished">ادارے نے دوبارہ کھولنے سے انکار کیا</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../council_desk/ui/privacy_log.py" line="-314"/>
        <source>Identifying Information Law report</source>
        <translation type="unfinished">شناختی معلومات قانون کی رپورٹ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>PDF (to print and sign)</source>
        <translation type="unfinished">PDF (پرنٹ اور دستخط کے لیے)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (for a spreadsheet)</source>
        <translation type="unfinished">CSV (اسپریڈ شیٹ کے لیے)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Format</source>
        <translation type="unfinished">فارمیٹ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF to print and sign, or CSV</source>
        <translation type="unfinished">پرنٹ اور دستخط کے لیے PDF، یا CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation type="unfinished">سے</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The first day of the report&apos;s period</source>
        <translation type="unfinished">رپورٹ کی مدت کا پہلا دن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation type="unfinished">تک</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The last day of the report&apos;s period</source>
        <translation type="unfinished">رپورٹ کی مدت کا آخری دن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From:</source>
        <translation type="unfinished">سے:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation type="unfinished">تک:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format:</source>
        <translation type="unfinished">فارمیٹ:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save…</source>
        <translation type="unfinished">محفوظ کریں…</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message numerus="yes">
        <location filename="../council_desk/ui/reminders.py" line="-151"/>
        <source>Reschedule %n reminder(s)</source>
        <translation type="unfinished">
            <numerusform>%n یاددہانی کی تاریخ بدلیں</numerusform>
            <numerusform>%n یاددہانیوں کی تاریخ بدلیں</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The day the reminders are due</source>
        <translation type="unfinished">یاددہانیوں کی واجب تاریخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New date:</source>
        <translation type="unfinished">نئی تاریخ:</translation>
    </message>
</context>
<context>
    <name>RevealDialog</name>
    <message>
        <location filename="../council_desk/ui/dialogs.py" line="-74"/>
        <source>Show contact details</source>
        <translation type="unfinished">رابطے کی تفصیلات دکھائیں</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact details are shown only when you need them. Why do you need them for complaint %1? Your answer is recorded in the privacy log.</source>
        <translation type="unfinished">رابطے کی تفصیلات صرف ضرورت پڑنے پر دکھائی جاتی ہیں۔ شکایت %1 کے لیے آپ کو ان کی ضرورت کیوں ہے؟ آپ کا جواب رازداری کے ریکارڈ میں درج کیا جاتا ہے۔</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Other (say why below)</source>
        <translation type="unfinished">دیگر (وجہ نیچے لکھیں)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why you need the contact details</source>
        <translation type="unfinished">آپ کو رابطے کی تفصیلات کی ضرورت کیوں ہے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded in the privacy log with your name and the time</source>
        <translation type="unfinished">آپ کے نام اور وقت کے ساتھ رازداری کے ریکارڈ میں درج ہوتا ہے</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason</source>
        <translation type="unfinished">وجہ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason, in your words</source>
        <translation type="unfinished">وجہ، اپنے الفاظ میں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needed when you choose Other; otherwise added to the reason chosen</source>
        <translation type="unfinished">دیگر منتخب کرنے پر لازمی؛ ورنہ منتخب وجہ کے ساتھ شامل کر دی جاتی ہے</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show and record</source>
        <translation type="unfinished">دکھائیں اور درج کریں</translation>
    </message>
</context>
<context>
    <name>RevealPurpose</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="-80"/>
        <source>Call the constituent about this complaint</source>
        <translation type="unfinished">اس شکایت کے بارے میں رہائشی کو کال کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write to the constituent about this complaint</source>
        <translation type="unfinished">اس شکایت کے بارے میں رہائشی کو خط لکھیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit about this complaint</source>
        <translation type="unfinished">اس شکایت کے سلسلے میں دورہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check who filed before contacting the agency</source>
        <translation type="unfinished">ادارے سے رابطے سے پہلے دیکھیں کہ شکایت کس نے درج کی</translation>
    </message>
</context>
<context>
    <name>SecretRules</name>
    <message>
        <location filename="../council_desk/ui/error_text.py" line="+63"/>
        <source>A passphrase needs at least %1 characters.</source>
        <translation type="unfinished">پاس فریز میں کم از کم %1 حروف ہونے چاہئیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A passphrase cannot be one character repeated.</source>
        <translation type="unfinished">پاس فریز ایک ہی حرف کی تکرار نہیں ہو سکتا۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A passphrase cannot start or end with a space.</source>
        <translation type="unfinished">پاس فریز خالی جگہ سے شروع یا ختم نہیں ہو سکتا۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PIN needs at least %1 digits.</source>
        <translation type="unfinished">PIN میں کم از کم %1 ہندسے ہونے چاہئیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This PIN is too easy to guess (a repeated digit or a run like 123456).</source>
        <translation type="unfinished">یہ PIN بہت آسانی سے بوجھا جا سکتا ہے (ایک ہی ہندسہ بار بار یا 123456 جیسی ترتیب)۔</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../council_desk/ui/settings_dialog.py" line="+50"/>
        <source>The interface will be in %1 the next time Council Desk starts.</source>
        <translation type="unfinished">اگلی بار Council Desk شروع ہونے پر انٹرفیس اس زبان میں ہوگا: %1</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Settings</source>
        <translation type="unfinished">ترتیبات</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Used from the next time Council Desk starts</source>
        <translation type="unfinished">اگلی بار Council Desk شروع ہونے پر لاگو ہوگا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language is used from the next time Council Desk starts.</source>
        <translation type="unfinished">نئی زبان اگلی بار Council Desk شروع ہونے پر استعمال ہوگی۔</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+36"/>
        <location line="+37"/>
        <source>Language</source>
        <translation type="unfinished">زبان</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>The PC&apos;s language (%1)</source>
        <translation type="unfinished">پی سی کی زبان (%1)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Language</source>
        <translation type="unfinished">زبان (&amp;L)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The language of Council Desk&apos;s windows</source>
        <translation type="unfinished">Council Desk کی ونڈوز کی زبان</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Settings</source>
        <translation type="unfinished">ترتیبات (&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings and translations…</source>
        <translation type="unfinished">ترتیبات اور ترجمے…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Translation</source>
        <translation type="unfinished">ترجمہ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Translation status</source>
        <translation type="unfinished">ترجموں کی صورتحال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For each language: whether a person has reviewed the machine draft</source>
        <translation type="unfinished">ہر زبان کے لیے: کیا کسی شخص نے مشینی مسودے کا جائزہ لیا ہے</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Translations start as machine drafts. A colleague who reads the language checks them and their name and the date are recorded here.</source>
        <translation type="unfinished">ترجمے مشینی مسودوں کی صورت میں شروع ہوتے ہیں۔ زبان پڑھنے والا کوئی ساتھی ان کا جائزہ لیتا ہے، اور اس کا نام اور تاریخ یہاں درج کی جاتی ہے۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Language:</source>
        <translation type="unfinished">زبان (&amp;L):</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reviewed by %1 on %2</source>
        <translation type="unfinished">%1 نے %2 کو جائزہ لیا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Machine draft (%1), not yet reviewed by a person</source>
        <translation type="unfinished">مشینی مسودہ (%1)، ابھی کسی شخص نے جائزہ نہیں لیا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not installed on this PC</source>
        <translation type="unfinished">اس پی سی پر انسٹال نہیں</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../council_desk/ui/share.py" line="+52"/>
        <source>Share with an agency</source>
        <translation type="unfinished">کسی ادارے کے ساتھ شیئر کریں</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Share the constituent&apos;s details for complaint(s) %1 with a City agency. The share is recorded in the privacy log, and the agency gets a referral sheet with only what you tick.</source>
        <translation type="unfinished">شکایت %1 کے لیے شہری کی تفصیلات کسی سٹی ادارے کے ساتھ شیئر کریں۔ شیئرنگ رازداری کے ریکارڈ میں درج ہوتی ہے، اور ادارے کو صرف منتخب کردہ تفصیلات والا ریفرل شیٹ ملتا ہے۔</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Agency</source>
        <translation type="unfinished">ادارہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agency that receives the details (from the case; another can be named)</source>
        <translation type="unfinished">وہ ادارہ جسے تفصیلات ملتی ہیں (کیس سے؛ دوسرا بھی نامزد ہو سکتا ہے)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Agency:</source>
        <translation type="unfinished">ادارہ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share:</source>
        <translation type="unfinished">شیئر:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview…</source>
        <translation type="unfinished">پیش نظارہ…</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <location filename="../council_desk/ui/signin.py" line="+71"/>
        <source>Council Desk — sign in</source>
        <translation type="unfinished">Council Desk — سائن ان</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Council Desk</source>
        <translation type="unfinished">Council Desk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>311 complaints shared with your council member&apos;s office, with the filer&apos;s consent.</source>
        <translation type="unfinished">311 کی وہ شکایات جو شکایت کنندگان کی رضامندی سے آپ کے کونسل رکن کے دفتر کے ساتھ شیئر کی گئی ہیں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set by your office&apos;s IT (Council Desk policy file).</source>
        <translation type="unfinished">آپ کے دفتر کے آئی ٹی نے مقرر کیا ہے (Council Desk پالیسی فائل)۔</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The 311 access system&apos;s address, from your office&apos;s IT contact</source>
        <translation type="unfinished">311 رسائی نظام کا پتہ، جو آپ کے دفتر کا آئی ٹی رابطہ کار بتاتا ہے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with your browser</source>
        <translation type="unfinished">اپنے براؤزر سے سائن ان کریں</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+76"/>
        <source>Cancel</source>
        <translation type="unfinished">منسوخ کریں</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Open offline…</source>
        <translation type="unfinished">آف لائن کھولیں…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+175"/>
        <source>Work with the cases already on this PC until the server is back</source>
        <translation type="unfinished">سرور واپس آنے تک اس پی سی پر پہلے سے موجود کیسز پر کام کریں</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Server address</source>
        <translation type="unfinished">سرور کا پتہ</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose your unlock PIN</source>
        <translation type="unfinished">کھولنے کا اپنا PIN منتخب کریں</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Council Desk locks itself when the PC is left alone. Choose a PIN of at least 6 digits, or a passphrase of at least 8 characters, to unlock it, and to open your cases when there is no network. After 5 wrong tries you will need to sign in again with your browser. Council Desk keeps only a scrambled check of it, never the PIN itself.</source>
        <translation type="unfinished">جب پی سی کو چھوڑ دیا جائے تو Council Desk خود کو مقفل کر لیتا ہے۔ اسے کھولنے اور نیٹ ورک نہ ہونے پر اپنے کیسز کھولنے کے لیے کم از کم 6 ہندسوں کا PIN، یا کم از کم 8 حروف کا پاس فریز منتخب کریں۔ 5 غلط کوششوں کے بعد آپ کو اپنے براؤزر سے دوبارہ سائن ان کرنا ہوگا۔ Council Desk صرف اس کی ایک خفیہ جانچ رکھتا ہے، خود PIN کبھی نہیں۔</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>At least 6 digits, or a passphrase of at least 8 characters</source>
        <translation type="unfinished">کم از کم 6 ہندسے، یا کم از کم 8 حروف کا پاس فریز</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same once more, to catch a typing mistake</source>
        <translation type="unfinished">ٹائپنگ کی غلطی پکڑنے کے لیے وہی دوبارہ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Continue</source>
        <translation type="unfinished">جاری رکھیں</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+40"/>
        <source>PIN or passphrase</source>
        <translation type="unfinished">PIN یا پاس فریز</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Again</source>
        <translation type="unfinished">دوبارہ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open the cases on this PC</source>
        <translation type="unfinished">اس پی سی پر موجود کیسز کھولیں</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Without the 311 access system, your unlock PIN or passphrase proves it is you. Changes you make are sent when the network is back.</source>
        <translation type="unfinished">311 رسائی نظام کے بغیر، کھولنے کا آپ کا PIN یا پاس فریز ثابت کرتا ہے کہ یہ آپ ہیں۔ آپ کی تبدیلیاں نیٹ ورک واپس آنے پر بھیج دی جاتی ہیں۔</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The PIN or passphrase you chose for this PC</source>
        <translation type="unfinished">وہ PIN یا پاس فریز جو آپ نے اس پی سی کے لیے منتخب کیا</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open</source>
        <translation type="unfinished">کھولیں</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back</source>
        <translation type="unfinished">واپس</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Training sandbox on this PC. Training account:</source>
        <translation type="unfinished">اس پی سی پر تربیتی ماحول۔ تربیتی اکاؤنٹ:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No usable cases on this PC for this server (never synced, or offline too long)</source>
        <translation type="unfinished">اس پی سی پر اس سرور کے لیے قابلِ استعمال کیسز نہیں (کبھی ہم وقت ساز نہیں ہوئے، یا بہت دیر سے آف لائن)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Your web browser is opening the sign-in page. Sign in there, then come back here.</source>
        <translation type="unfinished">آپ کا ویب براؤزر سائن ان کا صفحہ کھول رہا ہے۔ وہاں سائن ان کریں، پھر یہاں واپس آئیں۔</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The two entries differ.</source>
        <translation type="unfinished">دونوں اندراجات مختلف ہیں۔</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose an unlock PIN to see your cases.</source>
        <translation type="unfinished">اپنے کیسز دیکھنے کے لیے کھولنے کا PIN منتخب کریں۔</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Checking…</source>
        <translation type="unfinished">جانچ ہو رہی ہے…</translation>
    </message>
</context>
<context>
    <name>StandardButtons</name>
    <message>
        <location filename="../council_desk/ui/accessibility.py" line="+145"/>
        <source>OK</source>
        <translation type="unfinished">ٹھیک ہے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished">منسوخ کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation type="unfinished">بند کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation type="unfinished">محفوظ کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation type="unfinished">ہاں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation type="unfinished">نہیں</translation>
    </message>
</context>
<context>
    <name>StatsColumns</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="+102"/>
        <source>Complaint type</source>
        <translation type="unfinished">شکایت کی قسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation type="unfinished">ادارہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation type="unfinished">درخواستیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation type="unfinished">بند شدہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closure rate</source>
        <translation type="unfinished">بندش کی شرح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City closure rate</source>
        <translation type="unfinished">شہر میں بندش کی شرح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen asked</source>
        <translation type="unfinished">دوبارہ کھولنے کی درخواستیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen rate</source>
        <translation type="unfinished">دوبارہ کھولنے کی شرح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfied</source>
        <translation type="unfinished">مطمئن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey answers</source>
        <translation type="unfinished">سروے کے جوابات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed requests ÷ requests received in the period</source>
        <translation type="unfinished">بند درخواستیں ÷ مدت میں موصول درخواستیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same rate for this complaint type and agency across the whole city</source>
        <translation type="unfinished">پورے شہر میں اس قسم کی شکایت اور اس ادارے کے لیے یہی شرح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed requests someone asked 311 to reopen</source>
        <translation type="unfinished">بند درخواستیں جنہیں دوبارہ کھولنے کی درخواست کسی نے 311 سے کی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen requests ÷ closed requests</source>
        <translation type="unfinished">دوبارہ کھولنے کی درخواستیں ÷ بند درخواستیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey answers &apos;satisfied&apos; or &apos;very satisfied&apos; ÷ all survey answers</source>
        <translation type="unfinished">سروے کے «مطمئن» یا «بہت مطمئن» جوابات ÷ تمام سروے جوابات</translation>
    </message>
</context>
<context>
    <name>StatsModel</name>
    <message>
        <location filename="../council_desk/ui/stats_window.py" line="+159"/>
        <source>The city had no requests of this type for this agency in the period</source>
        <translation type="unfinished">اس مدت میں شہر میں اس ادارے کے لیے اس قسم کی کوئی درخواست نہیں تھی</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fewer than %1 people were behind this figure in each month, so 311 does not publish it: it could tell someone&apos;s answer.</source>
        <translation type="unfinished">ہر مہینے اس عدد کے پیچھے %1 سے کم افراد تھے، اس لیے 311 اسے شائع نہیں کرتا: اس سے کسی کا جواب ظاہر ہو سکتا ہے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some months had too few to show; this covers the other months only.</source>
        <translation type="unfinished">کچھ مہینوں میں دکھانے کے لیے بہت کم تھے؛ یہ عدد صرف باقی مہینوں کا احاطہ کرتا ہے۔</translation>
    </message>
</context>
<context>
    <name>StatsWindow</name>
    <message>
        <location line="+22"/>
        <source>311 statistics — District %1</source>
        <translation type="unfinished">311 کے اعداد و شمار — ضلع %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>311 statistics</source>
        <translation type="unfinished">311 کے اعداد و شمار</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last %1 months</source>
        <translation type="unfinished">پچھلے %1 مہینے</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The months the figures cover, this month included</source>
        <translation type="unfinished">وہ مہینے جن کا احاطہ اعداد کرتے ہیں، موجودہ مہینہ شامل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Period:</source>
        <translation type="unfinished">مدت (&amp;P):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished">CSV برآمد کریں (&amp;E)…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>“too few to show”: fewer than %1 requests or survey answers in a month. 311 withholds such figures so that no one&apos;s answer can be worked out. Figures in italics leave out such months: “at least” counts, and rates of the other months only.</source>
        <translation type="unfinished">«دکھانے کے لیے بہت کم»: کسی مہینے میں %1 سے کم درخواستیں یا سروے جوابات۔ 311 ایسے اعداد شائع نہیں کرتا تاکہ کسی کا جواب معلوم نہ کیا جا سکے۔ ترچھے اعداد میں ایسے مہینے شامل نہیں: گنتی «کم از کم» ہے، اور شرحیں صرف باقی مہینوں کی ہیں۔</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Requests by complaint type and agency</source>
        <translation type="unfinished">شکایت کی قسم اور ادارے کے لحاظ سے درخواستیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One line per complaint type and agency; click a heading to sort</source>
        <translation type="unfinished">ہر شکایت کی قسم اور ادارے کے لیے ایک سطر؛ ترتیب کے لیے سرخی پر کلک کریں</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Loading the figures from 311…</source>
        <translation type="unfinished">311 سے اعداد لوڈ ہو رہے ہیں…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>311 sent figures for another district. Nothing is shown; please tell your office&apos;s Council Desk contact.</source>
        <translation type="unfinished">311 نے کسی دوسرے ضلع کے اعداد بھیجے۔ کچھ نہیں دکھایا جا رہا؛ براہ کرم اپنے دفتر کے Council Desk رابطہ کار کو بتائیں۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No requests in this period.</source>
        <translation type="unfinished">اس مدت میں کوئی درخواست نہیں۔</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The figures could not be shown because of a problem in Council Desk.</source>
        <translation type="unfinished">Council Desk میں ایک مسئلے کی وجہ سے اعداد نہیں دکھائے جا سکے۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: too few requests to show any figure</source>
        <translation type="unfinished">%1: کوئی عدد دکھانے کے لیے درخواستیں بہت کم ہیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 requests · %3 closed · %4 of closed asked to reopen · %5 satisfied (%6 answers)</source>
        <translation type="unfinished">%1: %2 درخواستیں · %3 بند · بند میں سے %4 دوبارہ کھولنے کی درخواست · %5 مطمئن (%6 جوابات)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>District %1, %2</source>
        <translation type="unfinished">ضلع %1، %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whole city</source>
        <translation type="unfinished">پورا شہر</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export statistics</source>
        <translation type="unfinished">اعداد و شمار برآمد کریں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">CSV فائلیں (*.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file could not be saved: %1</source>
        <translation type="unfinished">فائل محفوظ نہیں ہو سکی: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved %1</source>
        <translation type="unfinished">%1 محفوظ ہو گئی</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../council_desk/ui/print_dialog.py" line="+26"/>
        <source>Print case summary</source>
        <translation type="unfinished">کیس کا خلاصہ پرنٹ کریں</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>A summary of %n case(s): complaint, location, agency status, consent receipt and follow-ups. Contact details are left out unless you include them.</source>
        <translation type="unfinished">
            <numerusform>%n کیس کا خلاصہ: شکایت، مقام، ادارے میں صورتحال، رضامندی کی رسید اور فالو اپ۔ رابطے کی تفصیلات شامل نہیں ہوتیں جب تک آپ انہیں شامل نہ کریں۔</numerusform>
            <numerusform>%n کیسز کا خلاصہ: شکایت، مقام، ادارے میں صورتحال، رضامندی کی رسید اور فالو اپ۔ رابطے کی تفصیلات شامل نہیں ہوتیں جب تک آپ انہیں شامل نہ کریں۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Include contact details</source>
        <translation type="unfinished">رابطے کی تفصیلات شامل کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name, phone, email and mailing address</source>
        <translation type="unfinished">نام، فون، ای میل اور ڈاک کا پتہ</translation>
    </message>
    <message>
        <location filename="../council_desk/ui/disclosure_choice.py" line="-129"/>
        <source>Case-by-case — approved by the privacy officer</source>
        <translation type="unfinished">انفرادی منظوری — رازداری افسر کی منظور شدہ</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Exigent — urgent, to protect someone&apos;s health or safety</source>
        <translation type="unfinished">ہنگامی — کسی کی صحت یا حفاظت کے تحفظ کے لیے</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why this cannot wait (required)</source>
        <translation type="unfinished">یہ انتظار کیوں نہیں کر سکتا (لازمی)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why this cannot wait</source>
        <translation type="unfinished">یہ انتظار کیوں نہیں کر سکتا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded in the privacy log with the printout</source>
        <translation type="unfinished">پرنٹ کے ساتھ رازداری کے ریکارڈ میں درج ہوتا ہے</translation>
    </message>
    <message>
        <location filename="../council_desk/ui/print_dialog.py" line="+10"/>
        <source>Every printout or saved copy with contact details is recorded in the privacy log with the class you choose.</source>
        <translation type="unfinished">رابطے کی تفصیلات والا ہر پرنٹ یا محفوظ کی گئی نقل آپ کی منتخب کردہ قسم کے ساتھ رازداری کے ریکارڈ میں درج کی جاتی ہے۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Preview…</source>
        <translation type="unfinished">پیش نظارہ…</translation>
    </message>
</context>
<context>
    <name>SurveyAnswer</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="-38"/>
        <source>Very dissatisfied</source>
        <translation type="unfinished">بہت غیر مطمئن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dissatisfied</source>
        <translation type="unfinished">غیر مطمئن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neither satisfied nor dissatisfied</source>
        <translation type="unfinished">نہ مطمئن نہ غیر مطمئن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfied</source>
        <translation type="unfinished">مطمئن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very satisfied</source>
        <translation type="unfinished">بہت مطمئن</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../council_desk/ui/sync_status.py" line="+67"/>
        <source>Cancel sync</source>
        <translation type="unfinished">ہم وقت سازی منسوخ کریں</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>All changes sent</source>
        <translation type="unfinished">تمام تبدیلیاں بھیج دی گئیں</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n change(s) waiting to be sent</source>
        <translation type="unfinished">
            <numerusform>%n تبدیلی بھیجے جانے کی منتظر</numerusform>
            <numerusform>%n تبدیلیاں بھیجے جانے کی منتظر</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Syncing…</source>
        <translation type="unfinished">ہم وقت سازی ہو رہی ہے…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Connecting</source>
        <translation type="unfinished">رابطہ ہو رہا ہے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending changes</source>
        <translation type="unfinished">تبدیلیاں بھیجی جا رہی ہیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending the privacy log</source>
        <translation type="unfinished">رازداری کا ریکارڈ بھیجا جا رہا ہے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receiving cases</source>
        <translation type="unfinished">کیسز وصول ہو رہے ہیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receiving follow-ups</source>
        <translation type="unfinished">فالو اپ وصول ہو رہے ہیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing</source>
        <translation type="unfinished">ہم وقت سازی ہو رہی ہے</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sync cancelled.</source>
        <translation type="unfinished">ہم وقت سازی منسوخ کر دی گئی۔</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sync failed because of a problem in Council Desk.</source>
        <translation type="unfinished">Council Desk میں ایک مسئلے کی وجہ سے ہم وقت سازی ناکام ہو گئی۔</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Connecting…</source>
        <translation type="unfinished">رابطہ ہو رہا ہے…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>● Online</source>
        <translation type="unfinished">● آن لائن</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>● Offline</source>
        <translation type="unfinished">● آف لائن</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not yet</source>
        <translation type="unfinished">ابھی نہیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last synced: %1</source>
        <translation type="unfinished">آخری ہم وقت سازی: %1</translation>
    </message>
</context>
<context>
    <name>ViewBar</name>
    <message>
        <location filename="../council_desk/ui/views.py" line="+50"/>
        <source>View</source>
        <translation type="unfinished">منظر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A saved way of looking at the cases</source>
        <translation type="unfinished">کیسز دیکھنے کا محفوظ طریقہ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save view…</source>
        <translation type="unfinished">منظر محفوظ کریں…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete view</source>
        <translation type="unfinished">منظر حذف کریں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More filters…</source>
        <translation type="unfinished">مزید فلٹرز…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear filters</source>
        <translation type="unfinished">فلٹرز صاف کریں</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No grouping</source>
        <translation type="unfinished">گروپ بندی نہیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group by building</source>
        <translation type="unfinished">عمارت کے لحاظ سے گروپ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group by filer</source>
        <translation type="unfinished">شکایت کنندہ کے لحاظ سے گروپ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Group the list</source>
        <translation type="unfinished">فہرست کی گروپ بندی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By building (the address, normalised) or by filer (without any contact detail)</source>
        <translation type="unfinished">عمارت کے لحاظ سے (پتہ، یکساں کیا گیا) یا شکایت کنندہ کے لحاظ سے (رابطے کی کسی تفصیل کے بغیر)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>View:</source>
        <translation type="unfinished">منظر:</translation>
    </message>
    <message>
        <location line="+104"/>
        <location line="+23"/>
        <source>Save view</source>
        <translation type="unfinished">منظر محفوظ کریں</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>A name for this view (the search, filters and sort):</source>
        <translation type="unfinished">اس منظر کا نام (تلاش، فلٹرز اور ترتیب):</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Give the view a name.</source>
        <translation type="unfinished">منظر کو نام دیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A view&apos;s name can be at most %1 characters.</source>
        <translation type="unfinished">منظر کا نام زیادہ سے زیادہ %1 حروف کا ہو سکتا ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That name belongs to one of the built-in views; choose another.</source>
        <translation type="unfinished">یہ نام پہلے سے موجود منظروں میں سے ایک کا ہے؛ کوئی اور چنیں۔</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Nobody</source>
        <translation type="unfinished">کوئی نہیں</translation>
    </message>
</context>
<context>
    <name>ViewName</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="+10"/>
        <source>All cases</source>
        <translation type="unfinished">تمام کیسز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mine</source>
        <translation type="unfinished">میرے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unassigned</source>
        <translation type="unfinished">غیر تفویض شدہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation type="unfinished">تاخیر شدہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed at agency, still open here</source>
        <translation type="unfinished">ادارے میں بند، یہاں ابھی کھلا</translation>
    </message>
</context>
<context>
    <name>WhatThisPCKeeps</name>
    <message>
        <location filename="../council_desk/ui/transparency.py" line="+65"/>
        <location line="+6"/>
        <source>What this PC keeps</source>
        <translation type="unfinished">یہ پی سی کیا رکھتا ہے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is stored here, why, for how long, who can see it, and how to remove it</source>
        <translation type="unfinished">یہاں کیا محفوظ ہے، کیوں، کب تک، کون دیکھ سکتا ہے، اور اسے کیسے ہٹائیں</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What</source>
        <translation type="unfinished">کیا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation type="unfinished">کیوں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How long</source>
        <translation type="unfinished">کب تک</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who can see it</source>
        <translation type="unfinished">کون دیکھ سکتا ہے</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The consented 311 complaints of your district, with the filers&apos; contact details and your office&apos;s follow-ups: %1 case(s)</source>
        <translation type="unfinished">آپ کے ضلع کی رضامندی والی 311 شکایات، شکایت کنندگان کی رابطے کی تفصیلات اور آپ کے دفتر کے فالو اپس کے ساتھ: %1 کیس</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>So you can work, also offline.</source>
        <translation type="unfinished">تاکہ آپ کام کر سکیں، آف لائن بھی۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until consent is withdrawn or the case leaves the district; %1 days after 311 closes it; all of them when the office&apos;s access ends. Unopened for more than %2 days, the app asks you to sign in again.</source>
        <translation type="unfinished">رضامندی واپس لینے یا کیس کے ضلع سے نکلنے تک؛ 311 کے بند کرنے کے %1 دن بعد تک؛ دفتر کی رسائی ختم ہونے پر سب۔ %2 دن سے زیادہ رابطہ نہ ہو تو ایپ دوبارہ سائن ان کرنے کو کہتی ہے۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You, after signing in or with your unlock PIN. The file is encrypted; its key is in this PC&apos;s system keyring, never in a file.</source>
        <translation type="unfinished">آپ، سائن ان کے بعد یا اپنے ان لاک PIN سے۔ فائل خفیہ کاری شدہ ہے؛ اس کی کلید اس پی سی کے سسٹم کی رنگ میں ہے، کبھی کسی فائل میں نہیں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your changes not yet sent: %1</source>
        <translation type="unfinished">آپ کی ابھی نہ بھیجی گئی تبدیلیاں: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>So nothing you write is lost without a network.</source>
        <translation type="unfinished">تاکہ نیٹ ورک کے بغیر آپ کا لکھا کچھ ضائع نہ ہو۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until the 311 access system has them.</source>
        <translation type="unfinished">جب تک 311 رسائی نظام کو نہ مل جائیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You; then your office, through the 311 access system.</source>
        <translation type="unfinished">آپ؛ پھر 311 رسائی نظام کے ذریعے آپ کا دفتر۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The privacy log: %1 entries, %2 not yet sent</source>
        <translation type="unfinished">رازداری کا ریکارڈ: %1 اندراجات، %2 ابھی نہیں بھیجے گئے</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The record of every time contact details were shown, printed, saved or shared, kept by law. It holds which cases and which kinds of details, never the details themselves.</source>
        <translation type="unfinished">قانون کے تحت رکھا گیا ریکارڈ کہ کب کب رابطے کی تفصیلات دکھائی، پرنٹ، محفوظ یا شیئر کی گئیں۔ اس میں کون سے کیس اور کس قسم کی تفصیلات درج ہوتی ہیں، تفصیلات خود کبھی نہیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With the cases; a copy goes to the 311 access system, which keeps the office&apos;s record.</source>
        <translation type="unfinished">کیسز کے ساتھ؛ ایک نقل 311 رسائی نظام کو جاتی ہے، جو دفتر کا ریکارڈ رکھتا ہے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your office&apos;s privacy officer (the chief of staff), in the office&apos;s log.</source>
        <translation type="unfinished">آپ کے دفتر کا رازداری افسر (چیف آف اسٹاف)، دفتر کے ریکارڈ میں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your sign-in and the cache key</source>
        <translation type="unfinished">آپ کا سائن ان اور کیش کی کلید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>So you stay signed in, and the cases can be opened.</source>
        <translation type="unfinished">تاکہ آپ سائن ان رہیں، اور کیسز کھولے جا سکیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until you sign out, or the data is removed.</source>
        <translation type="unfinished">جب تک آپ سائن آؤٹ نہ کریں، یا ڈیٹا ہٹا نہ دیا جائے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PC&apos;s system keyring, for your Windows or Linux account only.</source>
        <translation type="unfinished">اس پی سی کی سسٹم کی رنگ، صرف آپ کے Windows یا Linux اکاؤنٹ کے لیے۔</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Where: %1</source>
        <translation type="unfinished">کہاں: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How to remove it: your IT contact runs council-desk sign-out --remove-data (uninstalling Council Desk on Windows does the same). The key is deleted first, so what is left of the files cannot be read.</source>
        <translation type="unfinished">ہٹانے کا طریقہ: آپ کا آئی ٹی رابطہ council-desk sign-out --remove-data چلاتا ہے (Windows پر Council Desk ان انسٹال کرنا بھی یہی کرتا ہے)۔ کلید پہلے حذف ہوتی ہے، اس لیے فائلوں کا باقی حصہ پڑھا نہیں جا سکتا۔</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What this PC keeps…</source>
        <translation type="unfinished">یہ پی سی کیا رکھتا ہے…</translation>
    </message>
</context>
<context>
    <name>stats</name>
    <message>
        <location filename="../council_desk/ui/stats_window.py" line="-309"/>
        <source>too few to show</source>
        <translation type="unfinished">دکھانے کے لیے بہت کم</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>at least %1</source>
        <translation type="unfinished">کم از کم %1</translation>
    </message>
</context>
</TS>
