<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bn_BD">
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
        <translation type="unfinished">বিল্ড</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packaged</source>
        <translation type="unfinished">প্যাকেজ করা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operating system</source>
        <translation type="unfinished">অপারেটিং সিস্টেম</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyring backend</source>
        <translation type="unfinished">কীরিং ব্যবস্থা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office policy file</source>
        <translation type="unfinished">অফিসের নীতি ফাইল</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log file</source>
        <translation type="unfinished">লগ ফাইল</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes (frozen app)</source>
        <translation type="unfinished">হ্যাঁ (প্যাকেজ করা অ্যাপ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no (running from source)</source>
        <translation type="unfinished">না (সোর্স কোড থেকে চলছে)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation type="unfinished">কিছু নেই</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has a problem (see the support file)</source>
        <translation type="unfinished">সমস্যা আছে (সহায়তা ফাইল দেখুন)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>About Council Desk</source>
        <translation type="unfinished">Council Desk সম্পর্কে</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Council Desk&lt;/b&gt;&lt;br&gt;311 complaints shared with your council member&apos;s office, with the filer&apos;s consent.</source>
        <translation type="unfinished">&lt;b&gt;Council Desk&lt;/b&gt;&lt;br&gt;অভিযোগকারীদের সম্মতিতে আপনার কাউন্সিল সদস্যের অফিসের সঙ্গে শেয়ার করা 311 অভিযোগ।</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Copy</source>
        <translation type="unfinished">কপি করুন</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Versions and files</source>
        <translation type="unfinished">সংস্করণ ও ফাইল</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What IT support asks first; Copy puts it on the clipboard</source>
        <translation type="unfinished">আইটি সহায়তা প্রথমে যা জানতে চায়; কপি করুন এটি ক্লিপবোর্ডে রাখে</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save a support file for IT</source>
        <translation type="unfinished">আইটি-র জন্য একটি সহায়তা ফাইল সংরক্ষণ করুন</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zip files (*.zip)</source>
        <translation type="unfinished">Zip ফাইল (*.zip)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Help</source>
        <translation type="unfinished">সহায়তা (&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a support file for IT…</source>
        <translation type="unfinished">আইটি-র জন্য একটি সহায়তা ফাইল সংরক্ষণ করুন…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Council Desk</source>
        <translation type="unfinished">Council Desk সম্পর্কে (&amp;A)</translation>
    </message>
</context>
<context>
    <name>AgeBucket</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="+137"/>
        <source>0–7 days</source>
        <translation type="unfinished">০–৭ দিন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>8–30 days</source>
        <translation type="unfinished">৮–৩০ দিন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>31–90 days</source>
        <translation type="unfinished">৩১–৯০ দিন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>91–365 days</source>
        <translation type="unfinished">৯১–৩৬৫ দিন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over a year</source>
        <translation type="unfinished">এক বছরের বেশি</translation>
    </message>
</context>
<context>
    <name>AgencyStatus</name>
    <message>
        <location line="-72"/>
        <source>Open</source>
        <translation type="unfinished">খোলা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation type="unfinished">বন্ধ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation type="unfinished">কাজ চলছে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation type="unfinished">অপেক্ষমাণ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned</source>
        <translation type="unfinished">বরাদ্দ করা হয়েছে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation type="unfinished">শুরু হয়েছে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unspecified</source>
        <translation type="unfinished">উল্লেখ নেই</translation>
    </message>
</context>
<context>
    <name>ApprovalRequestDialog</name>
    <message>
        <location filename="../council_desk/ui/approvals.py" line="+72"/>
        <source>Ask for a case-by-case approval</source>
        <translation type="unfinished">কেস-ভিত্তিক অনুমোদন চান</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A supervisor decides in their own Council Desk. Your request goes with the next sync; the approval comes back the same way. Complaints: %1</source>
        <translation type="unfinished">একজন সুপারভাইজার নিজের Council Desk-এ সিদ্ধান্ত নেন। আপনার অনুরোধ পরের সিঙ্কে যায়; অনুমোদন একইভাবে ফিরে আসে। অভিযোগ: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What will be released</source>
        <translation type="unfinished">কী প্রকাশ করা হবে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The output the approval is for: it names the details it shows</source>
        <translation type="unfinished">যে আউটপুটের জন্য অনুমোদন: এটি কোন তথ্য দেখায় তা জানায়</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To whom</source>
        <translation type="unfinished">কাকে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The type of recipient; the approval covers only this type</source>
        <translation type="unfinished">প্রাপকের ধরন; অনুমোদন শুধু এই ধরনের জন্য</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. HPD, a tenants&apos; association</source>
        <translation type="unfinished">যেমন HPD, ভাড়াটিয়াদের সমিতি</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who, by name</source>
        <translation type="unfinished">নাম অনুযায়ী কে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agency or organisation, as the supervisor should read it</source>
        <translation type="unfinished">সংস্থা বা প্রতিষ্ঠান, সুপারভাইজার যেভাবে পড়বেন</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Why this is needed, and why it cannot be done another way</source>
        <translation type="unfinished">কেন এটি দরকার, এবং কেন অন্যভাবে করা যায় না</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why</source>
        <translation type="unfinished">কেন</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The supervisor reads this before deciding</source>
        <translation type="unfinished">সিদ্ধান্তের আগে সুপারভাইজার এটি পড়েন</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What:</source>
        <translation type="unfinished">কী:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation type="unfinished">কাকে:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who:</source>
        <translation type="unfinished">কে:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details:</source>
        <translation type="unfinished">তথ্য:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why:</source>
        <translation type="unfinished">কেন:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask</source>
        <translation type="unfinished">চান</translation>
    </message>
</context>
<context>
    <name>ApprovalStatus</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="+138"/>
        <source>Waiting for a supervisor</source>
        <translation type="unfinished">সুপারভাইজারের অপেক্ষায়</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation type="unfinished">অনুমোদিত</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation type="unfinished">প্রত্যাখ্যাত</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used</source>
        <translation type="unfinished">ব্যবহৃত</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation type="unfinished">মেয়াদোত্তীর্ণ</translation>
    </message>
</context>
<context>
    <name>ApprovalsModel</name>
    <message>
        <location filename="../council_desk/ui/approvals.py" line="+110"/>
        <source>Status</source>
        <translation type="unfinished">অবস্থা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval</source>
        <translation type="unfinished">অনুমোদন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation type="unfinished">কী</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation type="unfinished">প্রাপক</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints</source>
        <translation type="unfinished">অভিযোগ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked by</source>
        <translation type="unfinished">অনুরোধকারী</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why</source>
        <translation type="unfinished">কেন</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Expires</source>
        <translation type="unfinished">মেয়াদ শেষ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not yet sent</source>
        <translation type="unfinished">এখনও পাঠানো হয়নি</translation>
    </message>
</context>
<context>
    <name>ApprovalsTab</name>
    <message>
        <location line="+33"/>
        <source>Requests of your office for case-by-case approvals. Approve or refuse those waiting for you; your own go to another supervisor.</source>
        <translation type="unfinished">আপনার অফিসের কেস-ভিত্তিক অনুমোদনের অনুরোধ। অপেক্ষমাণগুলো অনুমোদন বা প্রত্যাখ্যান করুন; আপনার নিজেরগুলো অন্য সুপারভাইজারের কাছে যায়।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your requests for case-by-case approvals and the answers. An approval is used once, for the cases, details and recipient it names, before it expires.</source>
        <translation type="unfinished">আপনার কেস-ভিত্তিক অনুমোদনের অনুরোধ ও উত্তর। একটি অনুমোদন একবারই ব্যবহার হয়, এতে উল্লেখিত কেস, তথ্য ও প্রাপকের জন্য, মেয়াদ শেষের আগে।</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Approvals</source>
        <translation type="unfinished">অনুমোদন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests for case-by-case approvals and the answers; select one to decide</source>
        <translation type="unfinished">কেস-ভিত্তিক অনুমোদনের অনুরোধ ও উত্তর; সিদ্ধান্ত নিতে একটি বেছে নিন</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve…</source>
        <translation type="unfinished">অনুমোদন…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refuse…</source>
        <translation type="unfinished">প্রত্যাখ্যান…</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <location filename="../council_desk/ui/bulk.py" line="+103"/>
        <source>Set office status</source>
        <translation type="unfinished">অফিসের অবস্থা ঠিক করুন</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Log a follow-up to each…</source>
        <translation type="unfinished">প্রতিটিতে একটি ফলো-আপ লিখুন…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assign to</source>
        <translation type="unfinished">দায়িত্ব দিন</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reassign a caseworker&apos;s cases…</source>
        <translation type="unfinished">একজন কেসকর্মীর কেস পুনরায় দিন…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nobody</source>
        <translation type="unfinished">কেউ নয়</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>Bulk actions</source>
        <translation type="unfinished">একসাথে কাজ</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Choose one or more cases in the list first.</source>
        <translation type="unfinished">প্রথমে তালিকায় এক বা একাধিক কেস বেছে নিন।</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Set the office status of %n case(s) to “%1”?</source>
        <translation type="unfinished">
            <numerusform>%n টি কেসের অফিসের অবস্থা “%1” করবেন?</numerusform>
            <numerusform>%n টি কেসের অফিসের অবস্থা “%1” করবেন?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>nobody</source>
        <translation type="unfinished">কেউ নয়</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Assign %n case(s) to %1?</source>
        <translation type="unfinished">
            <numerusform>%n টি কেস %1-কে দেবেন?</numerusform>
            <numerusform>%n টি কেস %1-কে দেবেন?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform>%nটি কেস</numerusform>
            <numerusform>%nটি কেস</numerusform>
        </translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Recording the changes…</source>
        <translation type="unfinished">পরিবর্তনগুলি লেখা হচ্ছে…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop</source>
        <translation type="unfinished">থামান</translation>
    </message>
</context>
<context>
    <name>CaseColumns</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="-116"/>
        <source>Complaint #</source>
        <translation type="unfinished">অভিযোগ নম্বর</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation type="unfinished">পাওয়ার তারিখ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation type="unfinished">ধরন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation type="unfinished">সংস্থা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation type="unfinished">ঠিকানা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency status</source>
        <translation type="unfinished">সংস্থায় অবস্থা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office status</source>
        <translation type="unfinished">অফিসের অবস্থা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next follow-up</source>
        <translation type="unfinished">পরবর্তী ফলো-আপ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to</source>
        <translation type="unfinished">দায়িত্বে</translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <location filename="../council_desk/ui/detail.py" line="+83"/>
        <source>Log follow-up…</source>
        <translation type="unfinished">ফলো-আপ লিখুন…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show contact details…</source>
        <translation type="unfinished">যোগাযোগের তথ্য দেখান…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ask 311 to reopen…</source>
        <translation type="unfinished">311-কে আবার খুলতে বলুন…</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>The office&apos;s own status for this case (separate from the agency&apos;s). %1 to change it.</source>
        <translation type="unfinished">এই কেসের জন্য অফিসের নিজস্ব অবস্থা (সংস্থার অবস্থা থেকে আলাদা)। বদলাতে %1 চাপুন।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Log a call, email, letter, visit or note (%1)</source>
        <translation type="unfinished">একটি কল, ইমেল, চিঠি, পরিদর্শন বা নোট লিখে রাখুন (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Asks why, records it in the privacy log, then shows the filer&apos;s contact details (%1)</source>
        <translation type="unfinished">কারণ জিজ্ঞেস করে, গোপনীয়তা লগে তা লিখে রাখে, তারপর অভিযোগকারীর যোগাযোগের তথ্য দেখায় (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The agency closed this complaint but the problem is not fixed (%1)</source>
        <translation type="unfinished">সংস্থা এই অভিযোগটি বন্ধ করেছে, কিন্তু সমস্যার সমাধান হয়নি (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print</source>
        <translation type="unfinished">প্রিন্ট</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A letter (%1), a case summary (%2) or a mailing label for this case</source>
        <translation type="unfinished">এই কেসের জন্য একটি চিঠি (%1), কেসের সারসংক্ষেপ (%2) বা ডাকের লেবেল</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print letter…</source>
        <translation type="unfinished">চিঠি প্রিন্ট করুন…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print case summary…</source>
        <translation type="unfinished">কেসের সারসংক্ষেপ প্রিন্ট করুন…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print mailing label…</source>
        <translation type="unfinished">ডাকের লেবেল প্রিন্ট করুন…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Share with agency…</source>
        <translation type="unfinished">সংস্থার সঙ্গে শেয়ার…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pass the constituent&apos;s details to a City agency: recorded in the privacy log, under a supervisor&apos;s approval or an exigent reason</source>
        <translation type="unfinished">নাগরিকের তথ্য সিটি সংস্থাকে দিন: গোপনীয়তা লগে লেখা হয়, সুপারভাইজারের অনুমোদন বা জরুরি কারণে</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Case details</source>
        <translation type="unfinished">কেসের বিবরণ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The complaint, the agency&apos;s status, the consent receipt and the follow-ups</source>
        <translation type="unfinished">অভিযোগ, সংস্থায় অবস্থা, সম্মতির রসিদ এবং ফলো-আপগুলো</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a case in the list to see it here.</source>
        <translation type="unfinished">এখানে দেখতে তালিকা থেকে একটি কেস বেছে নিন।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Office status:</source>
        <translation type="unfinished">অফিসের অবস্থা:</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Phone: %1</source>
        <translation type="unfinished">ফোন: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email: %1</source>
        <translation type="unfinished">ইমেল: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mailing address: %1</source>
        <translation type="unfinished">ডাকের ঠিকানা: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred language: %1</source>
        <translation type="unfinished">পছন্দের ভাষা: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What</source>
        <translation type="unfinished">কী</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Description</source>
        <translation type="unfinished">বিবরণ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation type="unfinished">কোথায়</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation type="unfinished">পাওয়ার তারিখ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation type="unfinished">সংস্থা</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agency status</source>
        <translation type="unfinished">সংস্থায় অবস্থা</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agency resolution</source>
        <translation type="unfinished">সংস্থার সিদ্ধান্ত</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reopen asked</source>
        <translation type="unfinished">আবার খোলার অনুরোধ করা হয়েছে</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consent receipt</source>
        <translation type="unfinished">সম্মতির রসিদ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consent to share contact details with the council member was given on %1 by %2, under notice version %3.</source>
        <translation type="unfinished">কাউন্সিল সদস্যের সঙ্গে যোগাযোগের তথ্য শেয়ার করার সম্মতি %1 তারিখে %2-এর মাধ্যমে দেওয়া হয়েছে, বিজ্ঞপ্তির সংস্করণ %3 অনুযায়ী।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The text of this notice version is not known to this version of Council Desk.</source>
        <translation type="unfinished">Council Desk-এর এই সংস্করণ এই নোটিশ সংস্করণের লেখা জানে না।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The notice shown to the filer:</source>
        <translation type="unfinished">অভিযোগকারীকে দেখানো নোটিশ:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-ups</source>
        <translation type="unfinished">ফলো-আপ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None yet. Press %1 to log one.</source>
        <translation type="unfinished">এখনও কিছু নেই। একটি লিখতে %1 চাপুন।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not yet sent</source>
        <translation type="unfinished">এখনও পাঠানো হয়নি</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Office status → %1</source>
        <translation type="unfinished">অফিসের অবস্থা → %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome: %1</source>
        <translation type="unfinished">ফলাফল: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due %1</source>
        <translation type="unfinished">শেষ তারিখ %1</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../council_desk/ui/case_model.py" line="+240"/>
        <source>Overdue</source>
        <translation type="unfinished">মেয়াদ পেরিয়েছে</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) not yet sent (marked •)</source>
        <translation type="unfinished">
            <numerusform>%nটি পরিবর্তন এখনও পাঠানো হয়নি (• চিহ্নিত)</numerusform>
            <numerusform>%nটি পরিবর্তন এখনও পাঠানো হয়নি (• চিহ্নিত)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (overdue)</source>
        <translation type="unfinished">%1 (মেয়াদ পেরিয়েছে)</translation>
    </message>
</context>
<context>
    <name>CaseSearch</name>
    <message numerus="yes">
        <location filename="../council_desk/ui/search.py" line="+137"/>
        <location line="+29"/>
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform>%nটি কেস</numerusform>
            <numerusform>%nটি কেস</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1+ cases</source>
        <translation type="unfinished">%1+টি কেস</translation>
    </message>
</context>
<context>
    <name>CaseloadWindow</name>
    <message>
        <location filename="../council_desk/ui/caseload.py" line="+55"/>
        <source>Caseload — the office&apos;s own numbers</source>
        <translation type="unfinished">কেসের চাপ — অফিসের নিজস্ব সংখ্যা</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open cases by age (days since 311 received them)</source>
        <translation type="unfinished">বয়স অনুযায়ী খোলা কেস (৩১১ পাওয়ার পর থেকে দিন)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open cases by office status</source>
        <translation type="unfinished">অফিসের অবস্থা অনুযায়ী খোলা কেস</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By caseworker</source>
        <translation type="unfinished">কেসকর্মী অনুযায়ী</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open cases by agency</source>
        <translation type="unfinished">সংস্থা অনুযায়ী খোলা কেস</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Counted from the cases on this PC; no case is listed</source>
        <translation type="unfinished">এই পিসির কেস থেকে গোনা; কোনো কেস দেখানো হয় না</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Which cases the worklist lists</source>
        <translation type="unfinished">কাজের তালিকায় কোন কেস থাকবে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worklist of:</source>
        <translation type="unfinished">কাজের তালিকা:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview and print…</source>
        <translation type="unfinished">প্রিভিউ ও প্রিন্ট…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export CSV…</source>
        <translation type="unfinished">CSV রপ্তানি…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A worklist holds no contact details. Printing or saving one is recorded in the privacy log: complaint numbers are personal information.</source>
        <translation type="unfinished">কাজের তালিকায় কোনো যোগাযোগের তথ্য থাকে না। এটি প্রিন্ট বা সংরক্ষণ গোপনীয়তা লগে লেখা হয়: অভিযোগ নম্বর ব্যক্তিগত তথ্য।</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Unassigned</source>
        <translation type="unfinished">কারও দায়িত্বে নেই</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n open case(s)</source>
        <translation type="unfinished">
            <numerusform>%n টি খোলা কেস</numerusform>
            <numerusform>%n টি খোলা কেস</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n reminder(s) overdue</source>
        <translation type="unfinished">
            <numerusform>%n টি রিমাইন্ডারের মেয়াদ পেরিয়েছে</numerusform>
            <numerusform>%n টি রিমাইন্ডারের মেয়াদ পেরিয়েছে</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n due today</source>
        <translation type="unfinished">
            <numerusform>%n টি আজ শেষ</numerusform>
            <numerusform>%n টি আজ শেষ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No case on this PC has been resolved or closed by the office yet.</source>
        <translation type="unfinished">এই পিসিতে এখনও অফিস কোনো কেস সমাধান বা বন্ধ করেনি।</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Median %1 days from 311&apos;s receipt to the office&apos;s resolution, over the %n case(s) the office resolved or closed that are still on this PC.</source>
        <translation type="unfinished">
            <numerusform>৩১১-এ পাওয়া থেকে অফিসের সমাধান পর্যন্ত মধ্যমা %1 দিন, এই পিসিতে থাকা অফিসের সমাধান বা বন্ধ করা %n টি কেসের হিসাবে।</numerusform>
            <numerusform>৩১১-এ পাওয়া থেকে অফিসের সমাধান পর্যন্ত মধ্যমা %1 দিন, এই পিসিতে থাকা অফিসের সমাধান বা বন্ধ করা %n টি কেসের হিসাবে।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Age</source>
        <translation type="unfinished">বয়স</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+3"/>
        <source>Open cases</source>
        <translation type="unfinished">খোলা কেস</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Office status</source>
        <translation type="unfinished">অফিসের অবস্থা</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Caseworker</source>
        <translation type="unfinished">কেসকর্মী</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overdue reminders</source>
        <translation type="unfinished">মেয়াদ পেরোনো রিমাইন্ডার</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due today</source>
        <translation type="unfinished">আজ শেষ তারিখ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agency</source>
        <translation type="unfinished">সংস্থা</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Export the worklist</source>
        <translation type="unfinished">কাজের তালিকা রপ্তানি</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">CSV ফাইল (*.csv)</translation>
    </message>
</context>
<context>
    <name>CaseworkPanel</name>
    <message>
        <location filename="../council_desk/ui/casework_panel.py" line="+69"/>
        <source>Assigned to:</source>
        <translation type="unfinished">দায়িত্বে:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The caseworker who has this case; recorded in the shared log and the privacy log</source>
        <translation type="unfinished">যে কেসকর্মী এই কেস দেখছেন; শেয়ার করা লগ ও গোপনীয়তা লগে লেখা হয়</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This case&apos;s reminders</source>
        <translation type="unfinished">এই কেসের রিমাইন্ডার</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its open reminders, soonest first; Done and Snooze act on the one shown</source>
        <translation type="unfinished">এর খোলা রিমাইন্ডার, সবচেয়ে কাছেরটি আগে; সম্পন্ন ও পিছিয়ে দিন দেখানোটির ওপর কাজ করে</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation type="unfinished">সম্পন্ন</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snooze a week</source>
        <translation type="unfinished">এক সপ্তাহ পিছিয়ে দিন</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add reminder…</source>
        <translation type="unfinished">রিমাইন্ডার যোগ করুন…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reminders:</source>
        <translation type="unfinished">রিমাইন্ডার:</translation>
    </message>
    <message>
        <location line="+43"/>
        <source> (overdue)</source>
        <translation type="unfinished"> (মেয়াদ পেরিয়েছে)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for %1</source>
        <translation type="unfinished">%1-এর জন্য</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not yet sent</source>
        <translation type="unfinished">এখনও পাঠানো হয়নি</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none open</source>
        <translation type="unfinished">কোনোটি খোলা নেই</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>me</source>
        <translation type="unfinished">আমার</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nobody</source>
        <translation type="unfinished">কেউ নয়</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>At 311:</source>
        <translation type="unfinished">৩১১-এ:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reopen asked %1: %2</source>
        <translation type="unfinished">%1 তারিখে পুনরায় খোলার অনুরোধ: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (%1)</source>
        <translation type="unfinished"> (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Survey after it closed again (%1): %2</source>
        <translation type="unfinished">আবার বন্ধ হওয়ার পর জরিপ (%1): %2</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n other open case(s) at this building:</source>
        <translation type="unfinished">
            <numerusform>এই ভবনে আরও %n টি খোলা কেস:</numerusform>
            <numerusform>এই ভবনে আরও %n টি খোলা কেস:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source> and %n more</source>
        <translation type="unfinished">
            <numerusform> এবং আরও %n টি</numerusform>
            <numerusform> এবং আরও %n টি</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Add a reminder</source>
        <translation type="unfinished">একটি রিমাইন্ডার যোগ করুন</translation>
    </message>
</context>
<context>
    <name>ConsentChannel</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="-30"/>
        <source>phone</source>
        <translation type="unfinished">ফোন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the web form</source>
        <translation type="unfinished">ওয়েব ফর্ম</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the app</source>
        <translation type="unfinished">অ্যাপ</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../council_desk/ui/errors.py" line="+84"/>
        <source>Council Desk ran into a problem</source>
        <translation type="unfinished">Council Desk-এ একটি সমস্যা হয়েছে</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something went wrong inside Council Desk. Your saved work is safe.
If this keeps happening, copy the report below and send it to your IT support. It holds no case or contact details.</source>
        <translation type="unfinished">Council Desk-এর ভেতরে কিছু একটা ভুল হয়েছে। আপনার সংরক্ষিত কাজ নিরাপদ আছে।
এটি আবার ঘটলে নিচের রিপোর্টটি কপি করে আপনার আইটি সহায়তায় পাঠান। এতে কোনো কেস বা যোগাযোগের তথ্য নেই।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Report for IT support</source>
        <translation type="unfinished">আইটি সহায়তার জন্য রিপোর্ট</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error types and code locations only; no case or contact details</source>
        <translation type="unfinished">শুধু ত্রুটির ধরন ও কোডের অবস্থান; কোনো কেস বা যোগাযোগের তথ্য নেই</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy report</source>
        <translation type="unfinished">রিপোর্ট কপি করুন</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../council_desk/ui/approvals.py" line="-127"/>
        <source>Approve the request</source>
        <translation type="unfinished">অনুরোধ অনুমোদন করুন</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refuse the request</source>
        <translation type="unfinished">অনুরোধ প্রত্যাখ্যান করুন</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 to %2 (%3), for %n complaint(s). Asked by %4: “%5”</source>
        <translation type="unfinished">
            <numerusform>%1, %2-কে (%3), %nটি অভিযোগের জন্য। অনুরোধ করেছেন %4: “%5”</numerusform>
            <numerusform>%1, %2-কে (%3), %nটি অভিযোগের জন্য। অনুরোধ করেছেন %4: “%5”</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A note for the caseworker (recorded with the decision)</source>
        <translation type="unfinished">কেসওয়ার্কারের জন্য একটি নোট (সিদ্ধান্তের সঙ্গে লেখা থাকে)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation type="unfinished">নোট</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recorded with the decision; the caseworker reads it</source>
        <translation type="unfinished">সিদ্ধান্তের সঙ্গে লেখা থাকে; কেসওয়ার্কার পড়েন</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Valid for (days)</source>
        <translation type="unfinished">মেয়াদ (দিন)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long the approval may wait to be used: 1 to 30 days</source>
        <translation type="unfinished">অনুমোদন কতদিন ব্যবহারের অপেক্ষায় থাকতে পারে: ১ থেকে ৩০ দিন</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note:</source>
        <translation type="unfinished">নোট:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid for (days):</source>
        <translation type="unfinished">মেয়াদ (দিন):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approve</source>
        <translation type="unfinished">অনুমোদন</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refuse</source>
        <translation type="unfinished">প্রত্যাখ্যান</translation>
    </message>
</context>
<context>
    <name>DisclosureChoice</name>
    <message>
        <location filename="../council_desk/ui/disclosure_choice.py" line="+83"/>
        <source>For:</source>
        <translation type="unfinished">কার জন্য:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who receives it</source>
        <translation type="unfinished">কে পাবেন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decides whether this is routine or needs a supervisor&apos;s approval or an exigent reason</source>
        <translation type="unfinished">এটি নিয়মিত, নাকি সুপারভাইজারের অনুমোদন বা জরুরি কারণ লাগবে তা ঠিক করে</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Routine for this recipient: recorded in the privacy log, no approval needed.</source>
        <translation type="unfinished">এই প্রাপকের জন্য নিয়মিত: গোপনীয়তা লগে লেখা হয়, অনুমোদন লাগে না।</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Approval</source>
        <translation type="unfinished">অনুমোদন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An approval a supervisor granted through the 311 access system for these cases and this recipient</source>
        <translation type="unfinished">এই কেসগুলো ও এই প্রাপকের জন্য ৩১১ অ্যাক্সেস সিস্টেমের মাধ্যমে সুপারভাইজারের দেওয়া অনুমোদন</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No approval on this PC covers these cases for this recipient. Ask a supervisor; the approval arrives with a sync.</source>
        <translation type="unfinished">এই পিসিতে কোনো অনুমোদন এই প্রাপকের জন্য এই কেসগুলো কভার করে না। সুপারভাইজারের কাছে চান; অনুমোদন সিঙ্কের সঙ্গে আসে।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ask for approval…</source>
        <translation type="unfinished">অনুমোদন চান…</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>%1 — expires %2</source>
        <translation type="unfinished">%1 — মেয়াদ শেষ %2</translation>
    </message>
</context>
<context>
    <name>DisclosureClass</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="+104"/>
        <source>Routine (pre-approved)</source>
        <translation type="unfinished">নিয়মিত (পূর্বানুমোদিত)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case-by-case (approved by the privacy officer)</source>
        <translation type="unfinished">কেস-ভিত্তিক (গোপনীয়তা কর্মকর্তার অনুমোদিত)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exigent circumstances</source>
        <translation type="unfinished">জরুরি পরিস্থিতি</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../council_desk/ui/error_text.py" line="+22"/>
        <location line="+1"/>
        <source>Something went wrong.</source>
        <translation type="unfinished">কিছু একটা ভুল হয়েছে।</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>You need to sign in to the 311 access system again.</source>
        <translation type="unfinished">আপনাকে আবার 311 অ্যাক্সেস সিস্টেমে সাইন ইন করতে হবে।</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The 311 access system cannot be reached. You can keep working; changes will be sent later.</source>
        <translation type="unfinished">311 অ্যাক্সেস সিস্টেমে পৌঁছানো যাচ্ছে না। আপনি কাজ চালিয়ে যেতে পারেন; পরিবর্তনগুলো পরে পাঠানো হবে।</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+36"/>
        <source>The 311 access system refused the request.</source>
        <translation type="unfinished">311 অ্যাক্সেস সিস্টেম অনুরোধটি প্রত্যাখ্যান করেছে।</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>The system keyring could not be used to unlock the case cache.</source>
        <translation type="unfinished">কেসের ক্যাশ আনলক করতে সিস্টেম কীরিং ব্যবহার করা যায়নি।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The local case cache could not be opened.</source>
        <translation type="unfinished">কেসের স্থানীয় ক্যাশ খোলা যায়নি।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This was NOT saved: the disk is full or the cache folder cannot be written.</source>
        <translation type="unfinished">এটি সংরক্ষিত হয়নি: ডিস্ক পূর্ণ অথবা ক্যাশ ফোল্ডারে লেখা যায় না।</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+126"/>
        <source>Sync stopped: the server sent records this office may not hold. Nothing from them was stored. Tell your privacy officer; the server may be misconfigured.</source>
        <translation type="unfinished">সিঙ্ক থেমে গেছে: সার্ভার এমন রেকর্ড পাঠিয়েছে যা এই অফিস রাখতে পারে না। সেগুলোর কিছুই সংরক্ষণ করা হয়নি। আপনার গোপনীয়তা কর্মকর্তাকে জানান; সার্ভারের কনফিগারেশন ভুল হতে পারে।</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>This PC&apos;s access was withdrawn by the 311 access system, so its case data was removed. Ask your supervisor if you think this is wrong.</source>
        <translation type="unfinished">311 অ্যাক্সেস সিস্টেম এই পিসির অ্যাক্সেস প্রত্যাহার করেছে, তাই এর কেসের তথ্য মুছে ফেলা হয়েছে। এটি ভুল মনে হলে আপনার সুপারভাইজারকে জিজ্ঞেস করুন।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The 311 access system is busy or down for maintenance. You can keep working; changes will be sent later.</source>
        <translation type="unfinished">311 অ্যাক্সেস সিস্টেম ব্যস্ত বা রক্ষণাবেক্ষণের জন্য বন্ধ। আপনি কাজ চালিয়ে যেতে পারেন; পরিবর্তনগুলো পরে পাঠানো হবে।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The 311 access system sent a response Council Desk could not read, so nothing from it was used. Try again later; if it keeps happening, tell your IT contact.</source>
        <translation type="unfinished">311 অ্যাক্সেস সিস্টেম এমন একটি উত্তর পাঠিয়েছে যা Council Desk পড়তে পারেনি, তাই তার কিছুই ব্যবহার করা হয়নি। পরে আবার চেষ্টা করুন; বারবার ঘটলে আপনার আইটি যোগাযোগকারীকে জানান।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync stopped: the 311 access system&apos;s list of changes looped or went backwards. Nothing was removed from this PC. Try again later; if it keeps happening, tell your IT contact.</source>
        <translation type="unfinished">সিঙ্ক থেমে গেছে: 311 অ্যাক্সেস সিস্টেমের পরিবর্তনের তালিকা চক্রে পড়েছে বা পিছিয়ে গেছে। এই পিসি থেকে কিছুই মোছা হয়নি। পরে আবার চেষ্টা করুন; বারবার ঘটলে আপনার আইটি যোগাযোগকারীকে জানান।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The 311 access system no longer shares this complaint with your office.</source>
        <translation type="unfinished">311 অ্যাক্সেস সিস্টেম এই অভিযোগটি আর আপনার অফিসের সঙ্গে শেয়ার করছে না।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sync position expired; a full resync is needed.</source>
        <translation type="unfinished">সিঙ্কের অবস্থানের মেয়াদ শেষ; সম্পূর্ণ পুনরায় সিঙ্ক দরকার।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 311 access system refused the request (HTTP %1).</source>
        <translation type="unfinished">311 অ্যাক্সেস সিস্টেম অনুরোধটি প্রত্যাখ্যান করেছে (HTTP %1)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This server address is not allowed: use an https:// address (plain http:// only works for this PC itself, for training).</source>
        <translation type="unfinished">এই সার্ভার ঠিকানা অনুমোদিত নয়: একটি https:// ঠিকানা ব্যবহার করুন (সাধারণ http:// শুধু এই পিসির জন্যই, প্রশিক্ষণের উদ্দেশ্যে, কাজ করে)।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled.</source>
        <translation type="unfinished">বাতিল করা হয়েছে।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The 311 access system asked Council Desk to slow down. Try again in a few minutes.</source>
        <translation type="unfinished">311 অ্যাক্সেস সিস্টেম Council Desk-কে গতি কমাতে বলেছে। কয়েক মিনিট পরে আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 311 access system says your account may not do this. Ask your supervisor.</source>
        <translation type="unfinished">311 অ্যাক্সেস সিস্টেম জানাচ্ছে যে আপনার অ্যাকাউন্ট এটি করতে পারে না। আপনার সুপারভাইজারকে জিজ্ঞেস করুন।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 311 access system tried to send Council Desk elsewhere; that is not allowed.</source>
        <translation type="unfinished">311 অ্যাক্সেস সিস্টেম Council Desk-কে অন্য কোথাও পাঠানোর চেষ্টা করেছে; এটি অনুমোদিত নয়।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 311 access system pointed to a different server; that is not allowed.</source>
        <translation type="unfinished">311 অ্যাক্সেস সিস্টেম অন্য একটি সার্ভারের দিকে নির্দেশ করেছে; এটি অনুমোদিত নয়।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 311 access system sent a response larger than allowed; it was ignored.</source>
        <translation type="unfinished">311 অ্যাক্সেস সিস্টেম অনুমোদিত সীমার চেয়ে বড় উত্তর পাঠিয়েছে; সেটি উপেক্ষা করা হয়েছে।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Council Desk has not reached the 311 access system for more than %1 days. Connect to the network and sign in again to keep working.</source>
        <translation type="unfinished">Council Desk %1 দিনেরও বেশি সময় ধরে 311 অ্যাক্সেস সিস্টেমে পৌঁছাতে পারেনি। কাজ চালিয়ে যেতে নেটওয়ার্কে সংযোগ করুন এবং আবার সাইন ইন করুন।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The 311 access system&apos;s sign-in addresses point to another server; not signing in.</source>
        <translation type="unfinished">311 অ্যাক্সেস সিস্টেমের সাইন-ইন ঠিকানাগুলো অন্য সার্ভারের দিকে নির্দেশ করছে; সাইন ইন করা হচ্ছে না।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 311 access system does not offer the secure sign-in method Council Desk requires.</source>
        <translation type="unfinished">Council Desk-এর প্রয়োজনীয় নিরাপদ সাইন-ইন পদ্ধতি 311 অ্যাক্সেস সিস্টেম দেয় না।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in was not completed in time. Please try again.</source>
        <translation type="unfinished">সাইন ইন সময়মতো শেষ হয়নি। অনুগ্রহ করে আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No web browser could be opened for sign-in.</source>
        <translation type="unfinished">সাইন ইনের জন্য কোনো ওয়েব ব্রাউজার খোলা যায়নি।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in was cancelled or refused. Please try again.</source>
        <translation type="unfinished">সাইন ইন বাতিল বা প্রত্যাখ্যান করা হয়েছে। অনুগ্রহ করে আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in was refused by the 311 access system. Please try again.</source>
        <translation type="unfinished">311 অ্যাক্সেস সিস্টেম সাইন ইন প্রত্যাখ্যান করেছে। অনুগ্রহ করে আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in first: Council Desk does not know which account&apos;s cases to open.</source>
        <translation type="unfinished">আগে সাইন ইন করুন: Council Desk জানে না কোন অ্যাকাউন্টের কেস খুলতে হবে।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The 311 access system did not confirm that you just signed in (it may have used an earlier sign-in). Nothing was kept. Try again; if it keeps happening, tell your IT contact.</source>
        <translation type="unfinished">311 অ্যাক্সেস সিস্টেম নিশ্চিত করেনি যে আপনি এইমাত্র সাইন ইন করেছেন (হয়তো আগের কোনো সাইন-ইন ব্যবহার করেছে)। কিছুই রাখা হয়নি। আবার চেষ্টা করুন; বারবার ঘটলে আপনার আইটি যোগাযোগকারীকে জানান।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This PC has no signed-in account for this server yet. Sign in first.</source>
        <translation type="unfinished">এই পিসিতে এখনও এই সার্ভারের জন্য কোনো সাইন-ইন করা অ্যাকাউন্ট নেই। আগে সাইন ইন করুন।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The system keyring is locked, so Council Desk cannot reach its keys (the case cache stays locked). Unlock your keyring (usually by signing in to the PC again) and try once more.</source>
        <translation type="unfinished">সিস্টেম কীরিং লক করা আছে, তাই Council Desk তার চাবিগুলোতে পৌঁছাতে পারছে না (কেসের ক্যাশ লক থাকবে)। আপনার কীরিং আনলক করুন (সাধারণত পিসিতে আবার সাইন ইন করে) এবং আরেকবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That cache passphrase is too weak.</source>
        <translation type="unfinished">এই ক্যাশ পাসফ্রেজটি খুব দুর্বল।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That cache passphrase cannot be used: %1</source>
        <translation type="unfinished">এই ক্যাশ পাসফ্রেজটি ব্যবহার করা যাবে না: %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>A reminder needs to know whose it is: sign in first, then log the follow-up again.</source>
        <translation type="unfinished">রিমাইন্ডারটি কার তা জানা দরকার: প্রথমে সাইন ইন করুন, তারপর আবার ফলো-আপ লিখুন।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This reminder is no longer on this PC, so nothing was changed.</source>
        <translation type="unfinished">এই রিমাইন্ডারটি আর এই পিসিতে নেই, তাই কিছুই বদলানো হয়নি।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The personal paragraph is longer than 1500 characters. Shorten it (a longer note belongs in a follow-up), then print again.</source>
        <translation type="unfinished">ব্যক্তিগত অনুচ্ছেদটি ১৫০০ অক্ষরের বেশি। এটি ছোট করুন (বড় নোট ফলো-আপে লিখুন), তারপর আবার প্রিন্ট করুন।</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Your role does not allow this.</source>
        <translation type="unfinished">আপনার ভূমিকায় এটি অনুমোদিত নয়।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The 311 access system says your role may not do this. Ask your supervisor.</source>
        <translation type="unfinished">৩১১ অ্যাক্সেস সিস্টেম বলছে আপনার ভূমিকায় এটি করা যাবে না। আপনার সুপারভাইজারকে জিজ্ঞাসা করুন।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your office&apos;s access to 311 cases has ended (end of term), so nothing more syncs. The district&apos;s cases are removed from this PC on that date; the privacy log is still sent.</source>
        <translation type="unfinished">৩১১ কেসে আপনার অফিসের অ্যাক্সেস শেষ হয়েছে (মেয়াদ শেষ), তাই আর কিছু সিঙ্ক হবে না। সেই তারিখে জেলার কেসগুলো এই পিসি থেকে সরানো হয়; গোপনীয়তা লগ তবুও পাঠানো হয়।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This disclosure is not allowed.</source>
        <translation type="unfinished">এই প্রকাশ অনুমোদিত নয়।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at least one case.</source>
        <translation type="unfinished">অন্তত একটি কেস বেছে নিন।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose routine, case-by-case or exigent.</source>
        <translation type="unfinished">নিয়মিত, কেস-ভিত্তিক বা জরুরি বেছে নিন।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A case-by-case disclosure needs the approval number a supervisor granted.</source>
        <translation type="unfinished">কেস-ভিত্তিক প্রকাশে সুপারভাইজারের দেওয়া অনুমোদন নম্বর লাগে।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An exigent disclosure needs a written reason (why it cannot wait).</source>
        <translation type="unfinished">জরুরি প্রকাশে লিখিত কারণ লাগে (কেন অপেক্ষা করা যায় না)।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at least one detail to share.</source>
        <translation type="unfinished">শেয়ার করার জন্য অন্তত একটি তথ্য বেছে নিন।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A case-by-case disclosure needs the 311 access system to confirm its approval, and it cannot be reached now, so nothing was released. Routine and exigent disclosures work offline.</source>
        <translation type="unfinished">কেস-ভিত্তিক প্রকাশে ৩১১ অ্যাক্সেস সিস্টেমকে অনুমোদন নিশ্চিত করতে হয়, কিন্তু এখন সংযোগ করা যাচ্ছে না, তাই কিছুই প্রকাশ হয়নি। নিয়মিত ও জরুরি প্রকাশ অফলাইনে কাজ করে।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The 311 access system did not issue this approval for your office. Check the number, or ask your supervisor for one.</source>
        <translation type="unfinished">৩১১ অ্যাক্সেস সিস্টেম আপনার অফিসের জন্য এই অনুমোদন দেয়নি। নম্বরটি দেখুন, অথবা আপনার সুপারভাইজারের কাছে চান।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A case chosen is no longer shared with your office, so nothing was released.</source>
        <translation type="unfinished">বেছে নেওয়া একটি কেস আর আপনার অফিসের সঙ্গে শেয়ার করা নেই, তাই কিছুই প্রকাশ হয়নি।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 311 access system did not confirm this approval, so nothing was released.</source>
        <translation type="unfinished">৩১১ অ্যাক্সেস সিস্টেম এই অনুমোদন নিশ্চিত করেনি, তাই কিছুই প্রকাশ হয়নি।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 311 access system&apos;s answer did not match this approval, so nothing was released.</source>
        <translation type="unfinished">৩১১ অ্যাক্সেস সিস্টেমের উত্তর এই অনুমোদনের সঙ্গে মেলেনি, তাই কিছুই প্রকাশ হয়নি।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A case of this request is no longer on this PC, so nothing was saved.</source>
        <translation type="unfinished">এই অনুরোধের একটি কেস আর এই পিসিতে নেই, তাই কিছুই সংরক্ষিত হয়নি।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This request is no longer on this PC, so nothing was saved.</source>
        <translation type="unfinished">এই অনুরোধটি আর এই পিসিতে নেই, তাই কিছুই সংরক্ষিত হয়নি।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PC has no signed-in identity for that server yet: sync first.</source>
        <translation type="unfinished">এই পিসিতে ওই সার্ভারের জন্য এখনও সাইন-ইন করা পরিচয় নেই: আগে সিঙ্ক করুন।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That sign-in was with another account than the one whose cases were asked for, so they stay shut. Sign in with that account, or give its unlock PIN.</source>
        <translation type="unfinished">যে অ্যাকাউন্টের কেসগুলো চাওয়া হয়েছিল, সেটি ছাড়া অন্য একটি অ্যাকাউন্ট দিয়ে সাইন ইন করা হয়েছে, তাই কেসগুলো বন্ধ থাকবে। সেই অ্যাকাউন্ট দিয়ে সাইন ইন করুন, অথবা তার আনলক PIN দিন।</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>This PC has no usable system keyring to keep the case cache key in. You need to choose a cache passphrase instead: the cache is always encrypted, and without a keyring the passphrase is the only way to unlock it. Council Desk never stores the key in a plain file.</source>
        <translation type="unfinished">এই পিসিতে কেসের ক্যাশের চাবি রাখার মতো ব্যবহারযোগ্য কোনো সিস্টেম কীরিং নেই। এর বদলে আপনাকে একটি ক্যাশ পাসফ্রেজ বেছে নিতে হবে: ক্যাশ সবসময় এনক্রিপ্ট করা থাকে, আর কীরিং ছাড়া পাসফ্রেজই তা আনলক করার একমাত্র উপায়। Council Desk কখনো চাবি এনক্রিপ্ট না করা ফাইলে রাখে না।</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>The secure connection to the 311 access system could not be verified (certificate problem): someone may be intercepting this network&apos;s traffic. Nothing was sent. Do not sign in on this network; tell your IT contact.</source>
        <translation type="unfinished">311 অ্যাক্সেস সিস্টেমের সঙ্গে নিরাপদ সংযোগ যাচাই করা যায়নি (সার্টিফিকেটের সমস্যা): কেউ হয়তো এই নেটওয়ার্কের ট্রাফিক আটকে দেখছে। কিছুই পাঠানো হয়নি। এই নেটওয়ার্কে সাইন ইন করবেন না; আপনার আইটি যোগাযোগকারীকে জানান।</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>This case cache is locked with a cache passphrase. Enter the passphrase to open it.</source>
        <translation type="unfinished">এই কেসের ক্যাশটি একটি পাসফ্রেজ দিয়ে লক করা। খুলতে পাসফ্রেজটি লিখুন।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The only keyring available on this PC keeps secrets unencrypted, so Council Desk will not use it. Use a cache passphrase instead, or ask support to set up the system keyring.</source>
        <translation type="unfinished">এই পিসিতে থাকা একমাত্র কীরিং গোপন তথ্য এনক্রিপ্ট না করে রাখে, তাই Council Desk সেটি ব্যবহার করবে না। এর বদলে একটি ক্যাশ পাসফ্রেজ ব্যবহার করুন, অথবা সিস্টেম কীরিং সেট আপ করতে সহায়তাকে বলুন।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The case cache on this PC is locked with a key kept in the system keyring, and that keyring cannot be used now. Sign in to the PC normally (so the keyring starts) and try again, or call support.</source>
        <translation type="unfinished">এই পিসির কেসের ক্যাশ সিস্টেম কীরিংয়ে রাখা একটি চাবি দিয়ে লক করা, আর সেই কীরিং এখন ব্যবহার করা যাচ্ছে না। স্বাভাবিকভাবে পিসিতে সাইন ইন করুন (যাতে কীরিং চালু হয়) এবং আবার চেষ্টা করুন, অথবা সহায়তায় ফোন করুন।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cache passphrase record is damaged, so the cache cannot be unlocked.</source>
        <translation type="unfinished">ক্যাশ পাসফ্রেজের রেকর্ড ক্ষতিগ্রস্ত, তাই ক্যাশ আনলক করা যাচ্ছে না।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The case cache key in the system keyring is damaged, so the cache cannot be unlocked. Call support.</source>
        <translation type="unfinished">সিস্টেম কীরিংয়ে থাকা কেসের ক্যাশের চাবি ক্ষতিগ্রস্ত, তাই ক্যাশ আনলক করা যাচ্ছে না। সহায়তায় ফোন করুন।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keyring did not keep the case cache key. Call support.</source>
        <translation type="unfinished">সিস্টেম কীরিং কেসের ক্যাশের চাবি রাখেনি। সহায়তায় ফোন করুন।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cache passphrase cannot be empty.</source>
        <translation type="unfinished">ক্যাশ পাসফ্রেজ খালি রাখা যাবে না।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case cache on this PC is locked with a different key than the one available now (a wrong passphrase, or the keyring entry was replaced). Nothing was changed. Try the passphrase again, or ask support to set the old cache aside and sync a fresh copy.</source>
        <translation type="unfinished">এই পিসির কেসের ক্যাশ এখন যে চাবি পাওয়া যাচ্ছে তার থেকে ভিন্ন একটি চাবি দিয়ে লক করা (ভুল পাসফ্রেজ, বা কীরিংয়ের এন্ট্রি বদলে দেওয়া হয়েছে)। কিছুই পরিবর্তন করা হয়নি। পাসফ্রেজটি আবার লিখে দেখুন, অথবা পুরোনো ক্যাশ সরিয়ে রেখে নতুন কপি সিঙ্ক করতে সহায়তাকে বলুন।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key for the case cache on this PC is missing from the system keyring, so the cache cannot be opened. It will be set aside (not deleted) and a fresh copy synced; unsent follow-ups in it are lost.</source>
        <translation type="unfinished">এই পিসির কেসের ক্যাশের চাবি সিস্টেম কীরিংয়ে নেই, তাই ক্যাশ খোলা যাচ্ছে না। এটি আলাদা করে রাখা হবে (মোছা হবে না) এবং একটি নতুন কপি সিঙ্ক করা হবে; এর ভেতরের না-পাঠানো ফলো-আপগুলো হারিয়ে যাবে।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The case cache file on this PC is damaged or was altered, so no data from it is shown. It will be set aside (not deleted) and a fresh copy synced from the 311 access system.</source>
        <translation type="unfinished">এই পিসির কেসের ক্যাশ ফাইল ক্ষতিগ্রস্ত বা পরিবর্তিত, তাই এর কোনো তথ্য দেখানো হচ্ছে না। এটি আলাদা করে রাখা হবে (মোছা হবে না) এবং 311 অ্যাক্সেস সিস্টেম থেকে একটি নতুন কপি সিঙ্ক করা হবে।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The case cache cannot be opened because its folder cannot be written (read-only, no permission, or the disk is full). Nothing was changed. Free some disk space or ask support to check the folder.</source>
        <translation type="unfinished">কেসের ক্যাশ খোলা যাচ্ছে না, কারণ এর ফোল্ডারে লেখা যায় না (শুধু-পঠনযোগ্য, অনুমতি নেই, বা ডিস্ক পূর্ণ)। কিছুই পরিবর্তন করা হয়নি। ডিস্কে কিছু জায়গা খালি করুন অথবা ফোল্ডারটি পরীক্ষা করতে সহায়তাকে বলুন।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The case cache failed its safety self-test (encryption or secure settings are not active), so Council Desk will not use it. Reinstall Council Desk or call support.</source>
        <translation type="unfinished">কেসের ক্যাশ তার নিরাপত্তা স্ব-পরীক্ষায় ব্যর্থ হয়েছে (এনক্রিপশন বা নিরাপদ সেটিংস সক্রিয় নয়), তাই Council Desk এটি ব্যবহার করবে না। Council Desk আবার ইনস্টল করুন অথবা সহায়তায় ফোন করুন।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The case cache was written by a newer version of Council Desk. Update Council Desk to open it.</source>
        <translation type="unfinished">কেসের ক্যাশটি Council Desk-এর একটি নতুন সংস্করণে লেখা হয়েছে। খুলতে Council Desk হালনাগাদ করুন।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The case cache is closed (Council Desk was locked or signed out). Open it again to go on.</source>
        <translation type="unfinished">কেসের ক্যাশ বন্ধ (Council Desk লক করা হয়েছে বা সাইন আউট করা হয়েছে)। চালিয়ে যেতে আবার খুলুন।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This case is no longer in the cache on this PC, so nothing was saved.</source>
        <translation type="unfinished">এই কেসটি আর এই পিসির ক্যাশে নেই, তাই কিছুই সংরক্ষণ করা হয়নি।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This was NOT saved: the disk is full or the cache folder cannot be written. (the disk is full)</source>
        <translation type="unfinished">এটি সংরক্ষিত হয়নি: ডিস্ক পূর্ণ অথবা ক্যাশ ফোল্ডারে লেখা যায় না। (ডিস্ক পূর্ণ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This was NOT saved: the disk is full or the cache folder cannot be written. (the cache folder cannot be written)</source>
        <translation type="unfinished">এটি সংরক্ষিত হয়নি: ডিস্ক পূর্ণ অথবা ক্যাশ ফোল্ডারে লেখা যায় না। (ক্যাশ ফোল্ডারে লেখা যায় না)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This was NOT saved: the disk is full or the cache folder cannot be written. (a disk error)</source>
        <translation type="unfinished">এটি সংরক্ষিত হয়নি: ডিস্ক পূর্ণ অথবা ক্যাশ ফোল্ডারে লেখা যায় না। (ডিস্কের ত্রুটি)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many wrong PIN or passphrase tries, so Council Desk is locked on this PC. Sign in again with your browser to unlock it (your work is saved).</source>
        <translation type="unfinished">PIN বা পাসফ্রেজ অনেকবার ভুল দেওয়া হয়েছে, তাই এই পিসিতে Council Desk লক করা হয়েছে। আনলক করতে আপনার ব্রাউজার দিয়ে আবার সাইন ইন করুন (আপনার কাজ সংরক্ষিত আছে)।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No unlock PIN was chosen on this PC yet. Sign in with your browser (when the network is back) and choose one; until then the cases here stay locked.</source>
        <translation type="unfinished">এই পিসিতে এখনও কোনো আনলক PIN বেছে নেওয়া হয়নি। (নেটওয়ার্ক ফিরে এলে) আপনার ব্রাউজার দিয়ে সাইন ইন করে একটি বেছে নিন; ততক্ষণ এখানকার কেসগুলো লক থাকবে।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That PIN or passphrase is not right. %1 tries left before Council Desk asks you to sign in again with your browser.</source>
        <translation type="unfinished">এই PIN বা পাসফ্রেজ সঠিক নয়। Council Desk আপনাকে ব্রাউজার দিয়ে আবার সাইন ইন করতে বলার আগে আরও %1 বার চেষ্টা করা যাবে।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That PIN or passphrase is not right. %1 try left before Council Desk asks you to sign in again with your browser.</source>
        <translation type="unfinished">এই PIN বা পাসফ্রেজ সঠিক নয়। Council Desk আপনাকে ব্রাউজার দিয়ে আবার সাইন ইন করতে বলার আগে আরও %1 বার চেষ্টা করা যাবে।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your session has reached its daily limit. Sign in again with your browser to keep working; nothing you saved is lost.</source>
        <translation type="unfinished">আপনার সেশন তার দৈনিক সীমায় পৌঁছেছে। কাজ চালিয়ে যেতে আপনার ব্রাউজার দিয়ে আবার সাইন ইন করুন; আপনার সংরক্ষিত কিছুই হারায়নি।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your session has reached its daily limit and the 311 access system can be reached, so sign in again with your browser. (Without a network, your PIN keeps you working offline.)</source>
        <translation type="unfinished">আপনার সেশন তার দৈনিক সীমায় পৌঁছেছে এবং 311 অ্যাক্সেস সিস্টেমে পৌঁছানো যাচ্ছে, তাই আপনার ব্রাউজার দিয়ে আবার সাইন ইন করুন। (নেটওয়ার্ক না থাকলে, আপনার PIN দিয়ে অফলাইনে কাজ চালিয়ে যেতে পারবেন।)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The audit log could not be written, so this action was not carried out (nothing was printed, shown or exported). Free some disk space or call support, then try again.</source>
        <translation type="unfinished">অডিট লগ লেখা যায়নি, তাই এই কাজটি করা হয়নি (কিছুই প্রিন্ট, প্রদর্শন বা এক্সপোর্ট করা হয়নি)। ডিস্কে কিছু জায়গা খালি করুন অথবা সহায়তায় ফোন করুন, তারপর আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The printer could not be started, so nothing was printed. Check the printer and try again.</source>
        <translation type="unfinished">প্রিন্টার চালু করা যায়নি, তাই কিছুই প্রিন্ট হয়নি। প্রিন্টার পরীক্ষা করে আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Letters need the office&apos;s letterhead, which arrives when you sign in. Sign in, then try again.</source>
        <translation type="unfinished">চিঠির জন্য অফিসের লেটারহেড দরকার, যা সাইন ইন করলে আসে। সাইন ইন করে আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The selected cases are no longer on this PC.</source>
        <translation type="unfinished">নির্বাচিত কেসগুলো আর এই পিসিতে নেই।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cache is locked, so nothing was saved.</source>
        <translation type="unfinished">ক্যাশ লক করা, তাই কিছুই সংরক্ষণ করা হয়নি।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cache is locked, so nothing was printed.</source>
        <translation type="unfinished">ক্যাশ লক করা, তাই কিছুই প্রিন্ট করা হয়নি।</translation>
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
        <translation type="unfinished">কেস খুঁজুন (Ctrl+F): অভিযোগ, ঠিকানা বা নামের শব্দ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search cases</source>
        <translation type="unfinished">কেস খুঁজুন</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words from the complaint, the address or the filer&apos;s name, or a complaint number. Down moves into the list.</source>
        <translation type="unfinished">অভিযোগ, ঠিকানা বা অভিযোগকারীর নামের শব্দ, অথবা একটি অভিযোগ নম্বর। নিচের তীর তালিকায় নিয়ে যায়।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep typing: the search starts at 2 letters</source>
        <translation type="unfinished">লিখতে থাকুন: খোঁজা শুরু হয় 2টি অক্ষর থেকে</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Any office status</source>
        <translation type="unfinished">যেকোনো অফিস অবস্থা</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Office status filter</source>
        <translation type="unfinished">অফিসের অবস্থার ফিল্টার</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show only cases with this office status</source>
        <translation type="unfinished">শুধু এই অফিস অবস্থার কেস দেখান</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open or closed at agency</source>
        <translation type="unfinished">সংস্থায় খোলা বা বন্ধ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open at agency</source>
        <translation type="unfinished">সংস্থায় খোলা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed by agency</source>
        <translation type="unfinished">সংস্থা বন্ধ করেছে</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agency status filter</source>
        <translation type="unfinished">সংস্থায় অবস্থার ফিল্টার</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only complaints the agency has open, or has closed</source>
        <translation type="unfinished">শুধু সেই অভিযোগ দেখান যা সংস্থা খোলা রেখেছে বা বন্ধ করেছে</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any agency</source>
        <translation type="unfinished">যেকোনো সংস্থা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency filter</source>
        <translation type="unfinished">সংস্থার ফিল্টার</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show only complaints sent to this agency</source>
        <translation type="unfinished">শুধু এই সংস্থায় পাঠানো অভিযোগ দেখান</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any type</source>
        <translation type="unfinished">যেকোনো ধরন</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaint type filter</source>
        <translation type="unfinished">অভিযোগের ধরনের ফিল্টার</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show only complaints of this type</source>
        <translation type="unfinished">শুধু এই ধরনের অভিযোগ দেখান</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any follow-up</source>
        <translation type="unfinished">যেকোনো ফলো-আপ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due today or overdue</source>
        <translation type="unfinished">আজ শেষ তারিখ বা মেয়াদ পেরিয়েছে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation type="unfinished">মেয়াদ পেরিয়েছে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up filter</source>
        <translation type="unfinished">ফলো-আপের ফিল্টার</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show only cases with a follow-up due or overdue</source>
        <translation type="unfinished">শুধু সেই কেস দেখান যার ফলো-আপের শেষ তারিখ এসেছে বা পেরিয়েছে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From: any</source>
        <translation type="unfinished">থেকে: যেকোনো</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received from</source>
        <translation type="unfinished">পাওয়া গেছে থেকে</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show only complaints received on or after this day</source>
        <translation type="unfinished">শুধু এই দিন বা তার পরে পাওয়া অভিযোগ দেখান</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To: any</source>
        <translation type="unfinished">পর্যন্ত: যেকোনো</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received until</source>
        <translation type="unfinished">পাওয়া গেছে পর্যন্ত</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show only complaints received on or before this day</source>
        <translation type="unfinished">শুধু এই দিন বা তার আগে পাওয়া অভিযোগ দেখান</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Received</source>
        <translation type="unfinished">পাওয়ার তারিখ</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../council_desk/ui/dialogs.py" line="+61"/>
        <source>Log a follow-up — complaint %1</source>
        <translation type="unfinished">ফলো-আপ লিখুন — অভিযোগ %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How you were in touch: call, email, letter, visit or a note</source>
        <translation type="unfinished">কীভাবে যোগাযোগ হয়েছে: কল, ইমেল, চিঠি, পরিদর্শন বা একটি নোট</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was done or said, and what happens next</source>
        <translation type="unfinished">কী করা বা বলা হয়েছে, আর এরপর কী হবে</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no outcome yet)</source>
        <translation type="unfinished">(এখনও কোনো ফলাফল নেই)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What came of it, if anything yet</source>
        <translation type="unfinished">এর ফলে কী হলো, যদি এখন পর্যন্ত কিছু হয়ে থাকে</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(leave as is: %1)</source>
        <translation type="unfinished">(যেমন আছে রাখুন: %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new office status for the case, if it changed</source>
        <translation type="unfinished">কেসের জন্য অফিসের নতুন অবস্থা, যদি বদলে থাকে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind on</source>
        <translation type="unfinished">রিমাইন্ড করুন</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reminder date</source>
        <translation type="unfinished">রিমাইন্ডারের তারিখ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The day this case shows in Reminders</source>
        <translation type="unfinished">যেদিন এই কেসটি রিমাইন্ডারে দেখা যাবে</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Whose reminder</source>
        <translation type="unfinished">কার রিমাইন্ডার</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who is reminded: you or a colleague</source>
        <translation type="unfinished">কাকে মনে করানো হবে: আপনাকে না সহকর্মীকে</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for me</source>
        <translation type="unfinished">আমার জন্য</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for %1</source>
        <translation type="unfinished">%1-এর জন্য</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What</source>
        <translation type="unfinished">কী</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation type="unfinished">নোট</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation type="unfinished">ফলাফল</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office status</source>
        <translation type="unfinished">অফিসের অবস্থা</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved on this PC at once; sent to the shared office log at the next sync.</source>
        <translation type="unfinished">সঙ্গে সঙ্গে এই পিসিতে সংরক্ষিত হয়; পরের সিঙ্কে অফিসের শেয়ার করা লগে পাঠানো হয়।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save follow-up</source>
        <translation type="unfinished">ফলো-আপ সংরক্ষণ করুন</translation>
    </message>
</context>
<context>
    <name>FollowUpKind</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="-164"/>
        <source>Phone call</source>
        <translation type="unfinished">ফোন কল</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation type="unfinished">ইমেল</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation type="unfinished">চিঠি</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit</source>
        <translation type="unfinished">পরিদর্শন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation type="unfinished">নোট</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status change</source>
        <translation type="unfinished">অবস্থার পরিবর্তন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignment</source>
        <translation type="unfinished">দায়িত্ব দেওয়া</translation>
    </message>
</context>
<context>
    <name>GroupModel</name>
    <message>
        <location filename="../council_desk/ui/groups.py" line="+44"/>
        <source>Complaint #</source>
        <translation type="unfinished">অভিযোগ নম্বর</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation type="unfinished">পাওয়ার তারিখ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation type="unfinished">ধরন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office status</source>
        <translation type="unfinished">অফিসের অবস্থা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to</source>
        <translation type="unfinished">দায়িত্বে</translation>
    </message>
    <message numerus="yes">
        <location line="+139"/>
        <source>Show all %n case(s) of this group in the list…</source>
        <translation type="unfinished">
            <numerusform>তালিকায় এই দলের %n টি কেস দেখান…</numerusform>
            <numerusform>তালিকায় এই দলের সব %n টি কেস দেখান…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform>%nটি কেস</numerusform>
            <numerusform>%nটি কেস</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n open here</source>
        <translation type="unfinished">
            <numerusform>%n টি এখানে খোলা</numerusform>
            <numerusform>%n টি এখানে খোলা</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no street address)</source>
        <translation type="unfinished">(রাস্তার ঠিকানা নেই)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same filer</source>
        <translation type="unfinished">একই অভিযোগকারী</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no contact details to match)</source>
        <translation type="unfinished">(মেলানোর মতো যোগাযোগের তথ্য নেই)</translation>
    </message>
</context>
<context>
    <name>GroupedCases</name>
    <message>
        <location line="+27"/>
        <source>Cases by group</source>
        <translation type="unfinished">দল অনুযায়ী কেস</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a group (Right arrow) to see its cases; choose one to see it beside</source>
        <translation type="unfinished">একটি দল খুলুন (ডান তীর) তার কেস দেখতে; পাশে দেখতে একটি বেছে নিন</translation>
    </message>
</context>
<context>
    <name>InfoType</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="+173"/>
        <source>Name</source>
        <translation type="unfinished">নাম</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current and/or previous home addresses</source>
        <translation type="unfinished">বর্তমান ও/বা আগের বাড়ির ঠিকানা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone number</source>
        <translation type="unfinished">ফোন নম্বর</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email address</source>
        <translation type="unfinished">ইমেল ঠিকানা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages spoken</source>
        <translation type="unfinished">কথ্য ভাষা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>311 complaint number, date, time and text (§ 23-315)</source>
        <translation type="unfinished">৩১১ অভিযোগের নম্বর, তারিখ, সময় ও বিবরণ (§ 23-315)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location of the complaint (street address)</source>
        <translation type="unfinished">অভিযোগের স্থান (রাস্তার ঠিকানা)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The office&apos;s casework notes</source>
        <translation type="unfinished">অফিসের কেস নোট</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location line="-123"/>
        <source>English</source>
        <translation type="unfinished">ইংরেজি</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation type="unfinished">স্প্যানিশ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese (Simplified)</source>
        <translation type="unfinished">চীনা (সরলীকৃত)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese (Traditional)</source>
        <translation type="unfinished">চীনা (প্রথাগত)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation type="unfinished">রুশ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bengali</source>
        <translation type="unfinished">বাংলা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Haitian Creole</source>
        <translation type="unfinished">হাইতীয় ক্রেওল</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Korean</source>
        <translation type="unfinished">কোরীয়</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic</source>
        <translation type="unfinished">আরবি</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urdu</source>
        <translation type="unfinished">উর্দু</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation type="unfinished">ফরাসি</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polish</source>
        <translation type="unfinished">পোলিশ</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../council_desk/ui/print_dialog.py" line="+44"/>
        <source>Print letter</source>
        <translation type="unfinished">চিঠি প্রিন্ট করুন</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>A letter for %n case(s). You will see it before anything is printed.</source>
        <translation type="unfinished">
            <numerusform>%nটি কেসের জন্য একটি চিঠি। কিছু প্রিন্ট হওয়ার আগে আপনি সেটি দেখতে পাবেন।</numerusform>
            <numerusform>%nটি কেসের জন্য চিঠি। কিছু প্রিন্ট হওয়ার আগে আপনি সেগুলো দেখতে পাবেন।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Which approved letter to print</source>
        <translation type="unfinished">কোন অনুমোদিত চিঠি প্রিন্ট করবেন</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each constituent&apos;s preferred language</source>
        <translation type="unfinished">প্রত্যেক বাসিন্দার পছন্দের ভাষা</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Their preferred languages: %1.</source>
        <translation type="unfinished">তাঁদের পছন্দের ভাষা: %1।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (preferred)</source>
        <translation type="unfinished">%1 (পছন্দের)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language the letter is printed in</source>
        <translation type="unfinished">যে ভাষায় চিঠিটি প্রিন্ট হবে</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I understand; use this translation anyway</source>
        <translation type="unfinished">আমি বুঝেছি; তবুও এই অনুবাদটি ব্যবহার করুন</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Letter template:</source>
        <translation type="unfinished">চিঠির টেমপ্লেট:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation type="unfinished">ভাষা:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview…</source>
        <translation type="unfinished">প্রিভিউ…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Optional: a few sentences of your own for this letter. Printed as you type them, after the letter&apos;s text.</source>
        <translation type="unfinished">ঐচ্ছিক: এই চিঠির জন্য আপনার নিজের কয়েকটি বাক্য। চিঠির লেখার পরে যেমন লিখবেন তেমন প্রিন্ট হবে।</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <source>Personal paragraph</source>
        <translation type="unfinished">ব্যক্তিগত অনুচ্ছেদ</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 is %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This translation has not been reviewed by a person.</source>
        <translation type="unfinished">এই অনুবাদটি এখনও কোনো ব্যক্তি পর্যালোচনা করেননি।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask a colleague who reads the language to check the preview before it is sent.</source>
        <translation type="unfinished">পাঠানোর আগে যে সহকর্মী ভাষাটি পড়তে পারেন তাঁকে প্রিভিউটি দেখে নিতে বলুন।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 of %2 characters</source>
        <translation type="unfinished">%2-এর মধ্যে %1 অক্ষর</translation>
    </message>
</context>
<context>
    <name>LetterReview</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="-35"/>
        <source>a machine draft</source>
        <translation type="unfinished">একটি মেশিন খসড়া</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marked as needing review</source>
        <translation type="unfinished">পর্যালোচনা দরকার বলে চিহ্নিত</translation>
    </message>
</context>
<context>
    <name>LetterTemplate</name>
    <message>
        <location line="-9"/>
        <source>Acknowledgement (we received the complaint)</source>
        <translation type="unfinished">প্রাপ্তিস্বীকার (আমরা অভিযোগটি পেয়েছি)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status update</source>
        <translation type="unfinished">অবস্থার হালনাগাদ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency response</source>
        <translation type="unfinished">সংস্থার উত্তর</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed but not fixed (we asked 311 to reopen)</source>
        <translation type="unfinished">বন্ধ কিন্তু সমাধান হয়নি (আমরা 311-কে আবার খুলতে বলেছি)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing (case finished)</source>
        <translation type="unfinished">সমাপ্তি (কেস শেষ)</translation>
    </message>
</context>
<context>
    <name>LockProcedure</name>
    <message>
        <location filename="../council_desk/ui/locking.py" line="+103"/>
        <source>That passphrase is not right.</source>
        <translation type="unfinished">এই পাসফ্রেজ সঠিক নয়।</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../council_desk/ui/lock.py" line="+124"/>
        <source>Council Desk is locked</source>
        <translation type="unfinished">Council Desk লক করা আছে</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your unlock PIN or passphrase</source>
        <translation type="unfinished">আপনার আনলক PIN বা পাসফ্রেজ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unlock PIN or passphrase</source>
        <translation type="unfinished">আনলক PIN বা পাসফ্রেজ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PIN or passphrase you chose for this PC</source>
        <translation type="unfinished">এই পিসির জন্য আপনার বেছে নেওয়া PIN বা পাসফ্রেজ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sign in with your browser…</source>
        <translation type="unfinished">আপনার ব্রাউজার দিয়ে সাইন ইন করুন…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Too many wrong tries. Sign in again with your browser to unlock Council Desk on this PC. Your work is saved.</source>
        <translation type="unfinished">অনেকবার ভুল চেষ্টা হয়েছে। এই পিসিতে Council Desk আনলক করতে আপনার ব্রাউজার দিয়ে আবার সাইন ইন করুন। আপনার কাজ সংরক্ষিত আছে।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your session has reached its daily limit. Sign in again with your browser to continue. No network? Your PIN or passphrase keeps you working offline.</source>
        <translation type="unfinished">আপনার সেশন তার দৈনিক সীমায় পৌঁছেছে। চালিয়ে যেতে আপনার ব্রাউজার দিয়ে আবার সাইন ইন করুন। নেটওয়ার্ক নেই? আপনার PIN বা পাসফ্রেজ দিয়ে অফলাইনে কাজ চালিয়ে যেতে পারবেন।</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Checking…</source>
        <translation type="unfinished">যাচাই করা হচ্ছে…</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Unlock</source>
        <translation type="unfinished">আনলক করুন</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Locked after a period without use, to keep constituents&apos; details private. Your work is saved.</source>
        <translation type="unfinished">বাসিন্দাদের তথ্য গোপন রাখতে কিছুক্ষণ ব্যবহার না হওয়ায় লক করা হয়েছে। আপনার কাজ সংরক্ষিত আছে।</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="+249"/>
        <location line="+28"/>
        <source>Cases</source>
        <translation type="unfinished">কেস</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>The cases matching the search and filters; the selected one is shown beside</source>
        <translation type="unfinished">খোঁজ ও ফিল্টারের সঙ্গে মেলে এমন কেস; নির্বাচিতটি পাশে দেখানো হয়</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+47"/>
        <location filename="../council_desk/ui/window_actions.py" line="+64"/>
        <source>Reminders</source>
        <translation type="unfinished">রিমাইন্ডার</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Cases and reminders</source>
        <translation type="unfinished">কেস ও রিমাইন্ডার</translation>
    </message>
    <message>
        <location filename="../council_desk/ui/window_actions.py" line="-26"/>
        <source>Main</source>
        <translation type="unfinished">প্রধান</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sync now</source>
        <translation type="unfinished">এখনই সিঙ্ক করুন</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log follow-up</source>
        <translation type="unfinished">ফলো-আপ লিখুন</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search</source>
        <translation type="unfinished">খুঁজুন</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Statistics</source>
        <translation type="unfinished">পরিসংখ্যান</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Caseload</source>
        <translation type="unfinished">কেসের চাপ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock</source>
        <translation type="unfinished">লক করুন</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bulk</source>
        <translation type="unfinished">একসাথে</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office status, a follow-up, an owner for every chosen case</source>
        <translation type="unfinished">প্রতিটি বেছে নেওয়া কেসের জন্য অফিসের অবস্থা, একটি ফলো-আপ বা দায়িত্বপ্রাপ্ত</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Show contact details…</source>
        <translation type="unfinished">যোগাযোগের তথ্য দেখান…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ask 311 to reopen…</source>
        <translation type="unfinished">311-কে আবার খুলতে বলুন…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Office status</source>
        <translation type="unfinished">অফিসের অবস্থা</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Print letter…</source>
        <translation type="unfinished">চিঠি প্রিন্ট করুন…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print case summary…</source>
        <translation type="unfinished">কেসের সারসংক্ষেপ প্রিন্ট করুন…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print mailing labels…</source>
        <translation type="unfinished">ডাকের লেবেল প্রিন্ট করুন…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Print</source>
        <translation type="unfinished">প্রিন্ট</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letters, case summaries and mailing labels for the selected cases</source>
        <translation type="unfinished">নির্বাচিত কেসগুলোর জন্য চিঠি, কেসের সারসংক্ষেপ ও ডাকের লেবেল</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Select one or more cases in the list first.</source>
        <translation type="unfinished">আগে তালিকা থেকে এক বা একাধিক কেস বেছে নিন।</translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="+9"/>
        <source>Council Desk — District %1</source>
        <translation type="unfinished">Council Desk — ডিস্ট্রিক্ট %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (locked)</source>
        <translation type="unfinished">%1 (লক করা)</translation>
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
            <numerusform>Council Desk বন্ধ হওয়ার সময় যে একসাথে পরিবর্তন চলছিল তা শেষ হয়েছে: আরও %n টি কেস।</numerusform>
            <numerusform>Council Desk বন্ধ হওয়ার সময় যে একসাথে পরিবর্তন চলছিল তা শেষ হয়েছে: আরও %n টি কেস।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reminders (%1)</source>
        <translation type="unfinished">রিমাইন্ডার (%1)</translation>
    </message>
</context>
<context>
    <name>MoreFiltersDialog</name>
    <message>
        <location filename="../council_desk/ui/views.py" line="+68"/>
        <source>More filters</source>
        <translation type="unfinished">আরও ফিল্টার</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office status</source>
        <translation type="unfinished">অফিসের অবস্থা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency status</source>
        <translation type="unfinished">সংস্থায় অবস্থা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation type="unfinished">সংস্থা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint type</source>
        <translation type="unfinished">অভিযোগের ধরন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to</source>
        <translation type="unfinished">দায়িত্বে</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tick one or more; none ticked means any</source>
        <translation type="unfinished">এক বা একাধিক টিক দিন; কোনো টিক না থাকলে যেকোনো</translation>
    </message>
</context>
<context>
    <name>OfficeStatus</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="-43"/>
        <source>New</source>
        <translation type="unfinished">নতুন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation type="unfinished">কাজ চলছে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting on agency</source>
        <translation type="unfinished">সংস্থার অপেক্ষায়</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation type="unfinished">সমাধান হয়েছে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed – unresolved</source>
        <translation type="unfinished">বন্ধ – সমাধান হয়নি</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <location line="+16"/>
        <source>Fixed</source>
        <translation type="unfinished">ঠিক হয়েছে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly fixed</source>
        <translation type="unfinished">আংশিক ঠিক হয়েছে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not fixed</source>
        <translation type="unfinished">ঠিক হয়নি</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not the agency&apos;s responsibility</source>
        <translation type="unfinished">সংস্থার দায়িত্বের মধ্যে পড়ে না</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate of another complaint</source>
        <translation type="unfinished">অন্য একটি অভিযোগের অনুলিপি</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No response</source>
        <translation type="unfinished">কোনো উত্তর নেই</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation type="unfinished">অন্যান্য</translation>
    </message>
</context>
<context>
    <name>Output</name>
    <message>
        <location line="+150"/>
        <source>Contact details shown on screen</source>
        <translation type="unfinished">পর্দায় দেখানো যোগাযোগের তথ্য</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter to the constituent</source>
        <translation type="unfinished">নাগরিককে চিঠি</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mailing labels</source>
        <translation type="unfinished">ডাকের লেবেল</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case summary without contact details</source>
        <translation type="unfinished">যোগাযোগের তথ্য ছাড়া কেসের সারাংশ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case summary with contact details</source>
        <translation type="unfinished">যোগাযোগের তথ্যসহ কেসের সারাংশ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact list exported as CSV</source>
        <translation type="unfinished">CSV হিসেবে রপ্তানি করা যোগাযোগ তালিকা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details shared with a City agency</source>
        <translation type="unfinished">সিটি সংস্থার সঙ্গে শেয়ার করা তথ্য</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office worklist without contact details</source>
        <translation type="unfinished">যোগাযোগের তথ্য ছাড়া অফিসের কাজের তালিকা</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../council_desk/ui/dialogs.py" line="+113"/>
        <source>Cache passphrase</source>
        <translation type="unfinished">ক্যাশ পাসফ্রেজ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>At least %1 characters, not one character repeated, no space at the start or end</source>
        <translation type="unfinished">অন্তত %1টি অক্ষর, একই অক্ষরের পুনরাবৃত্তি নয়, শুরুতে বা শেষে ফাঁকা জায়গা নয়</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The passphrase chosen for this cache</source>
        <translation type="unfinished">এই ক্যাশের জন্য বেছে নেওয়া পাসফ্রেজ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The same passphrase once more, to catch a typing mistake</source>
        <translation type="unfinished">টাইপের ভুল ধরতে একই পাসফ্রেজ আরেকবার</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase</source>
        <translation type="unfinished">পাসফ্রেজ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Again</source>
        <translation type="unfinished">আবার</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unlock</source>
        <translation type="unfinished">আনলক করুন</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The two passphrases differ.</source>
        <translation type="unfinished">দুটি পাসফ্রেজ মেলেনি।</translation>
    </message>
</context>
<context>
    <name>PreviewWindow</name>
    <message>
        <location filename="../council_desk/ui/pdf_preview.py" line="+60"/>
        <source>Preview</source>
        <translation type="unfinished">প্রিভিউ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The pages as they will be printed</source>
        <translation type="unfinished">পৃষ্ঠাগুলো যেভাবে প্রিন্ট হবে</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading…</source>
        <translation type="unfinished">লোড হচ্ছে…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print…</source>
        <translation type="unfinished">প্রিন্ট করুন…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as PDF…</source>
        <translation type="unfinished">PDF হিসেবে সংরক্ষণ করুন…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation type="unfinished">বন্ধ করুন</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform>%nটি পৃষ্ঠা</numerusform>
            <numerusform>%nটি পৃষ্ঠা</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The preview could not be shown.</source>
        <translation type="unfinished">প্রিভিউ দেখানো যায়নি।</translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <location filename="../council_desk/ui/printing.py" line="+137"/>
        <source>Letter preview</source>
        <translation type="unfinished">চিঠির প্রিভিউ</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Case summary preview</source>
        <translation type="unfinished">কেসের সারসংক্ষেপের প্রিভিউ</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Referral preview</source>
        <translation type="unfinished">রেফারেলের প্রিভিউ</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Mailing labels preview</source>
        <translation type="unfinished">ডাকের লেবেলের প্রিভিউ</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Worklist: %1</source>
        <translation type="unfinished">কাজের তালিকা: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+71"/>
        <source>%1 — %n case(s)</source>
        <translation type="unfinished">
            <numerusform>%1 — %nটি কেস</numerusform>
            <numerusform>%1 — %nটি কেস</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../council_desk/ui/print_release.py" line="+77"/>
        <source>Printing or saving logs a “letter” follow-up on each case.</source>
        <translation type="unfinished">প্রিন্ট বা সংরক্ষণ করলে প্রতিটি কেসে একটি «চিঠি» ফলো-আপ লেখা হয়।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Translation not reviewed by a person: %1.</source>
        <translation type="unfinished">অনুবাদটি কোনো ব্যক্তি পর্যালোচনা করেননি: %1।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contact details are left out of this summary.</source>
        <translation type="unfinished">এই সারসংক্ষেপে যোগাযোগের তথ্য রাখা হয়নি।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No contact details. Printing or saving it is recorded in the privacy log: complaint numbers are personal information.</source>
        <translation type="unfinished">কোনো যোগাযোগের তথ্য নেই। প্রিন্ট বা সংরক্ষণ গোপনীয়তা লগে লেখা হয়: অভিযোগ নম্বর ব্যক্তিগত তথ্য।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Printing or saving uses approval %1 once: the 311 access system confirms it first.</source>
        <translation type="unfinished">প্রিন্ট বা সংরক্ষণে অনুমোদন %1 একবার ব্যবহার হয়: ৩১১ অ্যাক্সেস সিস্টেম আগে তা নিশ্চিত করে।</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Save as PDF</source>
        <translation type="unfinished">PDF হিসেবে সংরক্ষণ করুন</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">PDF ফাইল (*.pdf)</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>Sending pages to the printer…</source>
        <translation type="unfinished">প্রিন্টারে পৃষ্ঠা পাঠানো হচ্ছে…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation type="unfinished">থামান</translation>
    </message>
    <message numerus="yes">
        <location filename="../council_desk/ui/printing.py" line="+30"/>
        <source>Preparing %n case(s)…</source>
        <translation type="unfinished">
            <numerusform>%nটি কেস প্রস্তুত করা হচ্ছে…</numerusform>
            <numerusform>%nটি কেস প্রস্তুত করা হচ্ছে…</numerusform>
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
        <translation type="unfinished">কখন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation type="unfinished">কর্মী</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation type="unfinished">কী</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class</source>
        <translation type="unfinished">শ্রেণি</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval or reason</source>
        <translation type="unfinished">অনুমোদন বা কারণ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation type="unfinished">প্রাপক</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints</source>
        <translation type="unfinished">অভিযোগ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found</source>
        <translation type="unfinished">পাওয়া গেছে</translation>
    </message>
</context>
<context>
    <name>PrivacyLogTab</name>
    <message>
        <location line="+122"/>
        <source>Mark as seen</source>
        <translation type="unfinished">দেখা হয়েছে চিহ্নিত করুন</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Staff</source>
        <translation type="unfinished">কর্মী</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the disclosures of one staff member</source>
        <translation type="unfinished">একজন কর্মীর প্রকাশ দেখান</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Class</source>
        <translation type="unfinished">শ্রেণি</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the disclosures of one class</source>
        <translation type="unfinished">একটি শ্রেণির প্রকাশ দেখান</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any class</source>
        <translation type="unfinished">যেকোনো শ্রেণি</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>Complaint #</source>
        <translation type="unfinished">অভিযোগ নম্বর</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the disclosures naming this complaint</source>
        <translation type="unfinished">এই অভিযোগের উল্লেখ থাকা প্রকাশ দেখান</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From</source>
        <translation type="unfinished">থেকে</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the disclosures from this day</source>
        <translation type="unfinished">এই দিন থেকে প্রকাশ দেখান</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation type="unfinished">পর্যন্ত</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the disclosures up to this day</source>
        <translation type="unfinished">এই দিন পর্যন্ত প্রকাশ দেখান</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation type="unfinished">রিফ্রেশ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report…</source>
        <translation type="unfinished">রিপোর্ট…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Disclosure log</source>
        <translation type="unfinished">প্রকাশের লগ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each disclosure: when, who, what, class, approval or reason, to whom, which complaints, and what the 311 access system found</source>
        <translation type="unfinished">প্রতিটি প্রকাশ: কখন, কে, কী, শ্রেণি, অনুমোদন বা কারণ, কাকে, কোন অভিযোগ, এবং ৩১১ অ্যাক্সেস সিস্টেম কী পেয়েছে</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>From the 311 access system&apos;s record of every device of this office.</source>
        <translation type="unfinished">এই অফিসের প্রতিটি ডিভাইসের ৩১১ অ্যাক্সেস সিস্টেমের রেকর্ড থেকে।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OFFLINE: from this PC&apos;s own log only. Other devices&apos; events are not included.</source>
        <translation type="unfinished">অফলাইন: শুধু এই পিসির নিজস্ব লগ থেকে। অন্য ডিভাইসের ঘটনা অন্তর্ভুক্ত নয়।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Device %1 (%2): events %3 never arrived; found: %4</source>
        <translation type="unfinished">ডিভাইস %1 (%2): ঘটনা %3 কখনও পৌঁছায়নি; পাওয়া গেছে: %4</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Every device&apos;s record is complete: nothing missing, nothing flagged.</source>
        <translation type="unfinished">প্রতিটি ডিভাইসের রেকর্ড সম্পূর্ণ: কিছু অনুপস্থিত নেই, কিছু চিহ্নিত নেই।</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+127"/>
        <source>Anyone</source>
        <translation type="unfinished">যে কেউ</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n disclosure(s) shown</source>
        <translation type="unfinished">
            <numerusform>%nটি প্রকাশ দেখানো হচ্ছে</numerusform>
            <numerusform>%nটি প্রকাশ দেখানো হচ্ছে</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>New since you last looked: %1 exigent disclosure(s), %2 finding(s) about the record.</source>
        <translation type="unfinished">আপনার শেষ দেখার পর নতুন: %1টি জরুরি প্রকাশ, রেকর্ড নিয়ে %2টি অনুসন্ধান।</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Save the report</source>
        <translation type="unfinished">রিপোর্ট সংরক্ষণ করুন</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">PDF ফাইল (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">CSV ফাইল (*.csv)</translation>
    </message>
</context>
<context>
    <name>PrivacyUI</name>
    <message>
        <location filename="../council_desk/ui/privacy_ui.py" line="+54"/>
        <source>Approvals</source>
        <translation type="unfinished">অনুমোদন</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+88"/>
        <source>Privacy log</source>
        <translation type="unfinished">গোপনীয়তা লগ</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Privacy log (new)</source>
        <translation type="unfinished">গোপনীয়তা লগ (নতুন)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New for the privacy officer: %1 exigent disclosure(s), %2 finding(s) about the record.</source>
        <translation type="unfinished">গোপনীয়তা কর্মকর্তার জন্য নতুন: %1টি জরুরি প্রকাশ, রেকর্ড নিয়ে %2টি অনুসন্ধান।</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../council_desk/ui/bulk.py" line="-190"/>
        <source>Reassign a caseworker&apos;s cases</source>
        <translation type="unfinished">একজন কেসকর্মীর কেস পুনরায় দিন</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The caseworker whose open cases and reminders move</source>
        <translation type="unfinished">যে কেসকর্মীর খোলা কেস ও রিমাইন্ডার সরানো হবে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The caseworker who takes them</source>
        <translation type="unfinished">যে কেসকর্মী সেগুলো নেবেন</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every case the office still has open that is assigned to the first person, and every open reminder of theirs, goes to the second. Each change is recorded as if made one by one.</source>
        <translation type="unfinished">প্রথম ব্যক্তির দায়িত্বে থাকা অফিসের প্রতিটি খোলা কেস এবং তাঁর প্রতিটি খোলা রিমাইন্ডার দ্বিতীয় জনের কাছে যাবে। প্রতিটি পরিবর্তন একে একে করা হলে যেমন হত তেমনই লেখা হয়।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From</source>
        <translation type="unfinished">থেকে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation type="unfinished">কাকে</translation>
    </message>
</context>
<context>
    <name>Recipient</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="-25"/>
        <source>The constituent (the person who filed)</source>
        <translation type="unfinished">নাগরিক (যিনি অভিযোগ করেছেন)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This council office (internal casework)</source>
        <translation type="unfinished">এই কাউন্সিল অফিস (অভ্যন্তরীণ কেসের কাজ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other City agencies</source>
        <translation type="unfinished">অন্যান্য সিটি সংস্থা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New York State or federal agencies</source>
        <translation type="unfinished">নিউ ইয়র্ক স্টেট বা ফেডারেল সংস্থা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community partners / NGOs</source>
        <translation type="unfinished">কমিউনিটি অংশীদার / এনজিও</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court, enforcement agency or other entity issuing a subpoena</source>
        <translation type="unfinished">আদালত, প্রয়োগকারী সংস্থা বা সাবপিনা জারিকারী অন্য প্রতিষ্ঠান</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other</source>
        <translation type="unfinished">অন্যান্য</translation>
    </message>
</context>
<context>
    <name>ReminderColumns</name>
    <message>
        <location line="-68"/>
        <source>Due</source>
        <translation type="unfinished">শেষ তারিখ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint #</source>
        <translation type="unfinished">অভিযোগ নম্বর</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For</source>
        <translation type="unfinished">কার জন্য</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation type="unfinished">ধরন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation type="unfinished">ঠিকানা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation type="unfinished">নোট</translation>
    </message>
</context>
<context>
    <name>RemindersModel</name>
    <message>
        <location filename="../council_desk/ui/reminders.py" line="+151"/>
        <source>Overdue</source>
        <translation type="unfinished">মেয়াদ পেরিয়েছে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due today</source>
        <translation type="unfinished">আজ শেষ তারিখ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due in the next 7 days</source>
        <translation type="unfinished">আগামী ৭ দিনের মধ্যে শেষ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (overdue)</source>
        <translation type="unfinished">%1 (মেয়াদ পেরিয়েছে)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (today)</source>
        <translation type="unfinished">%1 (আজ)</translation>
    </message>
</context>
<context>
    <name>RemindersTab</name>
    <message>
        <location line="+77"/>
        <source>Reminders</source>
        <translation type="unfinished">রিমাইন্ডার</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders overdue, due today and in the next 7 days; Enter opens the case</source>
        <translation type="unfinished">মেয়াদ পেরোনো, আজকের ও আগামী ৭ দিনের রিমাইন্ডার; Enter চাপলে কেস খোলে</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>My reminders</source>
        <translation type="unfinished">আমার রিমাইন্ডার</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone&apos;s</source>
        <translation type="unfinished">সবার</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whose reminders</source>
        <translation type="unfinished">কার রিমাইন্ডার</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done</source>
        <translation type="unfinished">সম্পন্ন</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the chosen reminders done (Ctrl+D)</source>
        <translation type="unfinished">বেছে নেওয়া রিমাইন্ডার সম্পন্ন চিহ্নিত করুন (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Snooze</source>
        <translation type="unfinished">পিছিয়ে দিন</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tomorrow</source>
        <translation type="unfinished">আগামীকাল</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform>%n দিন</numerusform>
            <numerusform>%n দিন</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next Monday</source>
        <translation type="unfinished">আগামী সোমবার</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reschedule…</source>
        <translation type="unfinished">সময় বদলান…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give to</source>
        <translation type="unfinished">দিন</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open case</source>
        <translation type="unfinished">কেস খুলুন</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show:</source>
        <translation type="unfinished">দেখান:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 overdue, %2 due today, %3 in the next 7 days. Double-click one (or press Enter) to open the case.</source>
        <translation type="unfinished">%1 টির মেয়াদ পেরিয়েছে, %2 টি আজ, %3 টি আগামী ৭ দিনে। কেস খুলতে একটিতে ডাবল-ক্লিক করুন (বা Enter চাপুন)।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing is due in the next 7 days. A follow-up logged with a reminder appears here when its day comes near.</source>
        <translation type="unfinished">আগামী ৭ দিনে কিছুই বাকি নেই। রিমাইন্ডারসহ লেখা ফলো-আপ তার দিন কাছে এলে এখানে দেখা যাবে।</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../council_desk/ui/dialogs.py" line="-70"/>
        <source>Ask 311 to reopen complaint %1</source>
        <translation type="unfinished">311-কে অভিযোগ %1 আবার খুলতে বলুন</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why the office considers the complaint unresolved</source>
        <translation type="unfinished">অফিস কেন অভিযোগটিকে অমীমাংসিত মনে করে</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What is still wrong (sent to 311 and the agency)</source>
        <translation type="unfinished">এখনও কী ঠিক নেই (311 ও সংস্থায় পাঠানো হবে)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why</source>
        <translation type="unfinished">কেন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation type="unfinished">বিস্তারিত</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask 311 to reopen</source>
        <translation type="unfinished">311-কে আবার খুলতে বলুন</translation>
    </message>
</context>
<context>
    <name>ReopenStage</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="+5"/>
        <source>Sent: waiting to reach 311</source>
        <translation type="unfinished">পাঠানো হয়েছে: ৩১১-এ পৌঁছানোর অপেক্ষায়</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forwarded by 311 to the agency</source>
        <translation type="unfinished">৩১১ সংস্থার কাছে পাঠিয়েছে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not needed: the complaint was still open</source>
        <translation type="unfinished">প্রয়োজন ছিল না: অভিযোগটি তখনও খোলা ছিল</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agency reopened it</source>
        <translation type="unfinished">সংস্থা আবার খুলেছে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agency declined to reopen it</source>
        <translation type="unfinished">সংস্থা আবার খুলতে রাজি হয়নি</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../council_desk/ui/privacy_log.py" line="-314"/>
        <source>Identifying Information Law report</source>
        <translation type="unfinished">শনাক্তকারী তথ্য আইনের রিপোর্ট</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>PDF (to print and sign)</source>
        <translation type="unfinished">PDF (প্রিন্ট ও স্বাক্ষরের জন্য)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (for a spreadsheet)</source>
        <translation type="unfinished">CSV (স্প্রেডশিটের জন্য)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Format</source>
        <translation type="unfinished">ফরম্যাট</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF to print and sign, or CSV</source>
        <translation type="unfinished">প্রিন্ট ও স্বাক্ষরের জন্য PDF, অথবা CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation type="unfinished">থেকে</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The first day of the report&apos;s period</source>
        <translation type="unfinished">রিপোর্টের সময়কালের প্রথম দিন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation type="unfinished">পর্যন্ত</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The last day of the report&apos;s period</source>
        <translation type="unfinished">রিপোর্টের সময়কালের শেষ দিন</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From:</source>
        <translation type="unfinished">থেকে:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation type="unfinished">পর্যন্ত:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format:</source>
        <translation type="unfinished">ফরম্যাট:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save…</source>
        <translation type="unfinished">সংরক্ষণ…</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message numerus="yes">
        <location filename="../council_desk/ui/reminders.py" line="-151"/>
        <source>Reschedule %n reminder(s)</source>
        <translation type="unfinished">
            <numerusform>%n টি রিমাইন্ডারের সময় বদলান</numerusform>
            <numerusform>%n টি রিমাইন্ডারের সময় বদলান</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The day the reminders are due</source>
        <translation type="unfinished">রিমাইন্ডারগুলোর শেষ দিন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New date:</source>
        <translation type="unfinished">নতুন তারিখ:</translation>
    </message>
</context>
<context>
    <name>RevealDialog</name>
    <message>
        <location filename="../council_desk/ui/dialogs.py" line="-74"/>
        <source>Show contact details</source>
        <translation type="unfinished">যোগাযোগের তথ্য দেখান</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact details are shown only when you need them. Why do you need them for complaint %1? Your answer is recorded in the privacy log.</source>
        <translation type="unfinished">যোগাযোগের তথ্য কেবল প্রয়োজন হলেই দেখানো হয়। অভিযোগ %1-এর জন্য আপনার এগুলো কেন দরকার? আপনার উত্তর গোপনীয়তা লগে লিখে রাখা হয়।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Other (say why below)</source>
        <translation type="unfinished">অন্যান্য (নিচে কারণ লিখুন)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why you need the contact details</source>
        <translation type="unfinished">যোগাযোগের তথ্য আপনার কেন দরকার</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded in the privacy log with your name and the time</source>
        <translation type="unfinished">আপনার নাম ও সময়সহ গোপনীয়তা লগে লিখে রাখা হয়</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason</source>
        <translation type="unfinished">কারণ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason, in your words</source>
        <translation type="unfinished">কারণ, আপনার নিজের ভাষায়</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needed when you choose Other; otherwise added to the reason chosen</source>
        <translation type="unfinished">অন্যান্য বেছে নিলে আবশ্যক; নইলে বেছে নেওয়া কারণের সঙ্গে যোগ হয়</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show and record</source>
        <translation type="unfinished">দেখান ও লিখে রাখুন</translation>
    </message>
</context>
<context>
    <name>RevealPurpose</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="-80"/>
        <source>Call the constituent about this complaint</source>
        <translation type="unfinished">এই অভিযোগ নিয়ে বাসিন্দাকে ফোন করা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write to the constituent about this complaint</source>
        <translation type="unfinished">এই অভিযোগ নিয়ে বাসিন্দাকে চিঠি লেখা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit about this complaint</source>
        <translation type="unfinished">এই অভিযোগ নিয়ে পরিদর্শন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check who filed before contacting the agency</source>
        <translation type="unfinished">সংস্থার সঙ্গে যোগাযোগের আগে অভিযোগকারী কে তা যাচাই করা</translation>
    </message>
</context>
<context>
    <name>SecretRules</name>
    <message>
        <location filename="../council_desk/ui/error_text.py" line="+63"/>
        <source>A passphrase needs at least %1 characters.</source>
        <translation type="unfinished">একটি পাসফ্রেজে অন্তত %1টি অক্ষর থাকতে হবে।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A passphrase cannot be one character repeated.</source>
        <translation type="unfinished">একটি পাসফ্রেজ একই অক্ষরের পুনরাবৃত্তি হতে পারে না।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A passphrase cannot start or end with a space.</source>
        <translation type="unfinished">একটি পাসফ্রেজ ফাঁকা জায়গা দিয়ে শুরু বা শেষ হতে পারে না।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PIN needs at least %1 digits.</source>
        <translation type="unfinished">একটি PIN-এ অন্তত %1টি অঙ্ক থাকতে হবে।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This PIN is too easy to guess (a repeated digit or a run like 123456).</source>
        <translation type="unfinished">এই PIN অনুমান করা খুব সহজ (একই অঙ্কের পুনরাবৃত্তি বা 123456-এর মতো ক্রম)।</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../council_desk/ui/settings_dialog.py" line="+50"/>
        <source>The interface will be in %1 the next time Council Desk starts.</source>
        <translation type="unfinished">পরের বার Council Desk চালু হলে ইন্টারফেস এই ভাষায় থাকবে: %1</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Settings</source>
        <translation type="unfinished">সেটিংস</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Used from the next time Council Desk starts</source>
        <translation type="unfinished">পরের বার Council Desk চালু হলে প্রযোজ্য</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language is used from the next time Council Desk starts.</source>
        <translation type="unfinished">নতুন ভাষা পরের বার Council Desk চালু হলে ব্যবহৃত হবে।</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+36"/>
        <location line="+37"/>
        <source>Language</source>
        <translation type="unfinished">ভাষা</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>The PC&apos;s language (%1)</source>
        <translation type="unfinished">পিসির ভাষা (%1)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Language</source>
        <translation type="unfinished">ভাষা (&amp;L)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The language of Council Desk&apos;s windows</source>
        <translation type="unfinished">Council Desk-এর উইন্ডোর ভাষা</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Settings</source>
        <translation type="unfinished">সেটিংস (&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings and translations…</source>
        <translation type="unfinished">সেটিংস ও অনুবাদ…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Translation</source>
        <translation type="unfinished">অনুবাদ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Translation status</source>
        <translation type="unfinished">অনুবাদের অবস্থা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For each language: whether a person has reviewed the machine draft</source>
        <translation type="unfinished">প্রতিটি ভাষার জন্য: কোনো ব্যক্তি মেশিন খসড়াটি পর্যালোচনা করেছেন কি না</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Translations start as machine drafts. A colleague who reads the language checks them and their name and the date are recorded here.</source>
        <translation type="unfinished">অনুবাদগুলো মেশিন খসড়া হিসেবে শুরু হয়। ভাষাটি পড়তে পারেন এমন একজন সহকর্মী সেগুলো পর্যালোচনা করেন, আর তাঁর নাম ও তারিখ এখানে লেখা থাকে।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Language:</source>
        <translation type="unfinished">ভাষা (&amp;L):</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reviewed by %1 on %2</source>
        <translation type="unfinished">%1 পর্যালোচনা করেছেন, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Machine draft (%1), not yet reviewed by a person</source>
        <translation type="unfinished">মেশিন খসড়া (%1), এখনও কোনো ব্যক্তি পর্যালোচনা করেননি</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not installed on this PC</source>
        <translation type="unfinished">এই পিসিতে ইনস্টল করা নেই</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../council_desk/ui/share.py" line="+52"/>
        <source>Share with an agency</source>
        <translation type="unfinished">একটি সংস্থার সঙ্গে শেয়ার</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Share the constituent&apos;s details for complaint(s) %1 with a City agency. The share is recorded in the privacy log, and the agency gets a referral sheet with only what you tick.</source>
        <translation type="unfinished">অভিযোগ %1-এর জন্য নাগরিকের তথ্য একটি সিটি সংস্থার সঙ্গে শেয়ার করুন। শেয়ারটি গোপনীয়তা লগে লেখা হয়, এবং সংস্থা শুধু আপনার টিক দেওয়া তথ্যসহ একটি রেফারেল শিট পায়।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Agency</source>
        <translation type="unfinished">সংস্থা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agency that receives the details (from the case; another can be named)</source>
        <translation type="unfinished">যে সংস্থা তথ্য পাবে (কেস থেকে; অন্যটির নামও দেওয়া যায়)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Agency:</source>
        <translation type="unfinished">সংস্থা:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share:</source>
        <translation type="unfinished">শেয়ার:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview…</source>
        <translation type="unfinished">প্রিভিউ…</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <location filename="../council_desk/ui/signin.py" line="+71"/>
        <source>Council Desk — sign in</source>
        <translation type="unfinished">Council Desk — সাইন ইন</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Council Desk</source>
        <translation type="unfinished">Council Desk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>311 complaints shared with your council member&apos;s office, with the filer&apos;s consent.</source>
        <translation type="unfinished">অভিযোগকারীদের সম্মতিতে আপনার কাউন্সিল সদস্যের অফিসের সঙ্গে শেয়ার করা 311 অভিযোগ।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set by your office&apos;s IT (Council Desk policy file).</source>
        <translation type="unfinished">আপনার অফিসের আইটি নির্ধারণ করেছে (Council Desk নীতি ফাইল)।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The 311 access system&apos;s address, from your office&apos;s IT contact</source>
        <translation type="unfinished">311 অ্যাক্সেস সিস্টেমের ঠিকানা, যা আপনার অফিসের আইটি যোগাযোগকারী দেবেন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with your browser</source>
        <translation type="unfinished">আপনার ব্রাউজার দিয়ে সাইন ইন করুন</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+76"/>
        <source>Cancel</source>
        <translation type="unfinished">বাতিল করুন</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Open offline…</source>
        <translation type="unfinished">অফলাইনে খুলুন…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+175"/>
        <source>Work with the cases already on this PC until the server is back</source>
        <translation type="unfinished">সার্ভার ফিরে না আসা পর্যন্ত এই পিসিতে থাকা কেস নিয়ে কাজ করুন</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Server address</source>
        <translation type="unfinished">সার্ভারের ঠিকানা</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose your unlock PIN</source>
        <translation type="unfinished">আপনার আনলক PIN বেছে নিন</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Council Desk locks itself when the PC is left alone. Choose a PIN of at least 6 digits, or a passphrase of at least 8 characters, to unlock it, and to open your cases when there is no network. After 5 wrong tries you will need to sign in again with your browser. Council Desk keeps only a scrambled check of it, never the PIN itself.</source>
        <translation type="unfinished">পিসি অব্যবহৃত রেখে দিলে Council Desk নিজে থেকে লক হয়ে যায়। এটি আনলক করতে এবং নেটওয়ার্ক না থাকলে আপনার কেস খুলতে অন্তত 6 অঙ্কের একটি PIN, অথবা অন্তত 8 অক্ষরের একটি পাসফ্রেজ বেছে নিন। 5 বার ভুল দিলে আপনাকে ব্রাউজার দিয়ে আবার সাইন ইন করতে হবে। Council Desk এর শুধু একটি গোপন যাচাই-মান রাখে, PIN নিজে কখনো নয়।</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>At least 6 digits, or a passphrase of at least 8 characters</source>
        <translation type="unfinished">অন্তত 6টি অঙ্ক, অথবা অন্তত 8 অক্ষরের একটি পাসফ্রেজ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same once more, to catch a typing mistake</source>
        <translation type="unfinished">টাইপের ভুল ধরতে একই জিনিস আরেকবার</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Continue</source>
        <translation type="unfinished">চালিয়ে যান</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+40"/>
        <source>PIN or passphrase</source>
        <translation type="unfinished">PIN বা পাসফ্রেজ</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Again</source>
        <translation type="unfinished">আবার</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open the cases on this PC</source>
        <translation type="unfinished">এই পিসির কেসগুলো খুলুন</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Without the 311 access system, your unlock PIN or passphrase proves it is you. Changes you make are sent when the network is back.</source>
        <translation type="unfinished">311 অ্যাক্সেস সিস্টেম ছাড়া আপনার আনলক PIN বা পাসফ্রেজই প্রমাণ করে যে এটি আপনি। আপনার করা পরিবর্তনগুলো নেটওয়ার্ক ফিরে এলে পাঠানো হয়।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The PIN or passphrase you chose for this PC</source>
        <translation type="unfinished">এই পিসির জন্য আপনার বেছে নেওয়া PIN বা পাসফ্রেজ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open</source>
        <translation type="unfinished">খুলুন</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back</source>
        <translation type="unfinished">পেছনে</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Training sandbox on this PC. Training account:</source>
        <translation type="unfinished">এই পিসিতে প্রশিক্ষণের পরিবেশ। প্রশিক্ষণ অ্যাকাউন্ট:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No usable cases on this PC for this server (never synced, or offline too long)</source>
        <translation type="unfinished">এই সার্ভারের জন্য এই পিসিতে ব্যবহারযোগ্য কোনো কেস নেই (কখনো সিঙ্ক হয়নি, বা অনেক দিন অফলাইন)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Your web browser is opening the sign-in page. Sign in there, then come back here.</source>
        <translation type="unfinished">আপনার ওয়েব ব্রাউজার সাইন-ইন পৃষ্ঠা খুলছে। সেখানে সাইন ইন করুন, তারপর এখানে ফিরে আসুন।</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The two entries differ.</source>
        <translation type="unfinished">দুটি এন্ট্রি মেলেনি।</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose an unlock PIN to see your cases.</source>
        <translation type="unfinished">আপনার কেস দেখতে একটি আনলক PIN বেছে নিন।</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Checking…</source>
        <translation type="unfinished">যাচাই করা হচ্ছে…</translation>
    </message>
</context>
<context>
    <name>StandardButtons</name>
    <message>
        <location filename="../council_desk/ui/accessibility.py" line="+145"/>
        <source>OK</source>
        <translation type="unfinished">ঠিক আছে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished">বাতিল করুন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation type="unfinished">বন্ধ করুন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation type="unfinished">সংরক্ষণ করুন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation type="unfinished">হ্যাঁ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation type="unfinished">না</translation>
    </message>
</context>
<context>
    <name>StatsColumns</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="+102"/>
        <source>Complaint type</source>
        <translation type="unfinished">অভিযোগের ধরন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation type="unfinished">সংস্থা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation type="unfinished">অনুরোধ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation type="unfinished">বন্ধ হয়েছে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closure rate</source>
        <translation type="unfinished">বন্ধের হার</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City closure rate</source>
        <translation type="unfinished">শহরে বন্ধের হার</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen asked</source>
        <translation type="unfinished">আবার খোলার অনুরোধ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen rate</source>
        <translation type="unfinished">আবার খোলার হার</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfied</source>
        <translation type="unfinished">সন্তুষ্ট</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey answers</source>
        <translation type="unfinished">জরিপের উত্তর</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed requests ÷ requests received in the period</source>
        <translation type="unfinished">বন্ধ অনুরোধ ÷ সময়কালে পাওয়া অনুরোধ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same rate for this complaint type and agency across the whole city</source>
        <translation type="unfinished">পুরো শহরে এই অভিযোগের ধরন ও সংস্থার জন্য একই হার</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed requests someone asked 311 to reopen</source>
        <translation type="unfinished">বন্ধ অনুরোধ, যেগুলো আবার খুলতে কেউ 311-কে বলেছেন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen requests ÷ closed requests</source>
        <translation type="unfinished">আবার খোলার অনুরোধ ÷ বন্ধ অনুরোধ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey answers &apos;satisfied&apos; or &apos;very satisfied&apos; ÷ all survey answers</source>
        <translation type="unfinished">«সন্তুষ্ট» বা «খুবই সন্তুষ্ট» জরিপ উত্তর ÷ সব জরিপ উত্তর</translation>
    </message>
</context>
<context>
    <name>StatsModel</name>
    <message>
        <location filename="../council_desk/ui/stats_window.py" line="+159"/>
        <source>The city had no requests of this type for this agency in the period</source>
        <translation type="unfinished">সময়কালে শহরে এই সংস্থার জন্য এই ধরনের কোনো অনুরোধ ছিল না</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fewer than %1 people were behind this figure in each month, so 311 does not publish it: it could tell someone&apos;s answer.</source>
        <translation type="unfinished">প্রতি মাসে এই সংখ্যার পেছনে %1 জনের কম মানুষ ছিলেন, তাই 311 এটি প্রকাশ করে না: এতে কারও উত্তর জানা যেতে পারে।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some months had too few to show; this covers the other months only.</source>
        <translation type="unfinished">কিছু মাসে দেখানোর মতো যথেষ্ট তথ্য ছিল না; এই সংখ্যা শুধু বাকি মাসগুলোর।</translation>
    </message>
</context>
<context>
    <name>StatsWindow</name>
    <message>
        <location line="+22"/>
        <source>311 statistics — District %1</source>
        <translation type="unfinished">311 পরিসংখ্যান — ডিস্ট্রিক্ট %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>311 statistics</source>
        <translation type="unfinished">311 পরিসংখ্যান</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last %1 months</source>
        <translation type="unfinished">গত %1 মাস</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The months the figures cover, this month included</source>
        <translation type="unfinished">যে মাসগুলোর সংখ্যা দেখানো হয়েছে, চলতি মাসসহ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Period:</source>
        <translation type="unfinished">সময়কাল (&amp;P):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished">CSV এক্সপোর্ট করুন (&amp;E)…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>“too few to show”: fewer than %1 requests or survey answers in a month. 311 withholds such figures so that no one&apos;s answer can be worked out. Figures in italics leave out such months: “at least” counts, and rates of the other months only.</source>
        <translation type="unfinished">«দেখানোর মতো যথেষ্ট নয়»: কোনো মাসে %1টির কম অনুরোধ বা জরিপের উত্তর। কারও উত্তর যাতে বের করা না যায়, সেজন্য 311 এমন সংখ্যা প্রকাশ করে না। তির্যক সংখ্যাগুলোতে এমন মাস বাদ দেওয়া আছে: গণনা «অন্তত», আর হার শুধু বাকি মাসগুলোর।</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Requests by complaint type and agency</source>
        <translation type="unfinished">অভিযোগের ধরন ও সংস্থা অনুযায়ী অনুরোধ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One line per complaint type and agency; click a heading to sort</source>
        <translation type="unfinished">প্রতি অভিযোগের ধরন ও সংস্থার জন্য একটি লাইন; সাজাতে একটি শিরোনামে ক্লিক করুন</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Loading the figures from 311…</source>
        <translation type="unfinished">311 থেকে সংখ্যাগুলো লোড হচ্ছে…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>311 sent figures for another district. Nothing is shown; please tell your office&apos;s Council Desk contact.</source>
        <translation type="unfinished">311 অন্য একটি ডিস্ট্রিক্টের সংখ্যা পাঠিয়েছে। কিছুই দেখানো হচ্ছে না; অনুগ্রহ করে আপনার অফিসের Council Desk যোগাযোগকারীকে জানান।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No requests in this period.</source>
        <translation type="unfinished">এই সময়কালে কোনো অনুরোধ নেই।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The figures could not be shown because of a problem in Council Desk.</source>
        <translation type="unfinished">Council Desk-এর একটি সমস্যার কারণে সংখ্যাগুলো দেখানো যায়নি।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: too few requests to show any figure</source>
        <translation type="unfinished">%1: কোনো সংখ্যা দেখানোর মতো যথেষ্ট অনুরোধ নেই</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 requests · %3 closed · %4 of closed asked to reopen · %5 satisfied (%6 answers)</source>
        <translation type="unfinished">%1: %2টি অনুরোধ · %3 বন্ধ · বন্ধগুলোর %4 আবার খুলতে বলা হয়েছে · %5 সন্তুষ্ট (%6টি উত্তর)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>District %1, %2</source>
        <translation type="unfinished">ডিস্ট্রিক্ট %1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whole city</source>
        <translation type="unfinished">পুরো শহর</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export statistics</source>
        <translation type="unfinished">পরিসংখ্যান এক্সপোর্ট করুন</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">CSV ফাইল (*.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file could not be saved: %1</source>
        <translation type="unfinished">ফাইলটি সংরক্ষণ করা যায়নি: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved %1</source>
        <translation type="unfinished">%1 সংরক্ষিত হয়েছে</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../council_desk/ui/print_dialog.py" line="+26"/>
        <source>Print case summary</source>
        <translation type="unfinished">কেসের সারসংক্ষেপ প্রিন্ট করুন</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>A summary of %n case(s): complaint, location, agency status, consent receipt and follow-ups. Contact details are left out unless you include them.</source>
        <translation type="unfinished">
            <numerusform>%nটি কেসের সারসংক্ষেপ: অভিযোগ, স্থান, সংস্থায় অবস্থা, সম্মতির রসিদ ও ফলো-আপ। আপনি যোগ না করলে যোগাযোগের তথ্য বাদ থাকে।</numerusform>
            <numerusform>%nটি কেসের সারসংক্ষেপ: অভিযোগ, স্থান, সংস্থায় অবস্থা, সম্মতির রসিদ ও ফলো-আপ। আপনি যোগ না করলে যোগাযোগের তথ্য বাদ থাকে।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Include contact details</source>
        <translation type="unfinished">যোগাযোগের তথ্য যোগ করুন</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name, phone, email and mailing address</source>
        <translation type="unfinished">নাম, ফোন, ইমেল ও ডাকের ঠিকানা</translation>
    </message>
    <message>
        <location filename="../council_desk/ui/disclosure_choice.py" line="-129"/>
        <source>Case-by-case — approved by the privacy officer</source>
        <translation type="unfinished">কেস-ভিত্তিক — গোপনীয়তা কর্মকর্তার অনুমোদিত</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Exigent — urgent, to protect someone&apos;s health or safety</source>
        <translation type="unfinished">জরুরি — কারও স্বাস্থ্য বা নিরাপত্তা রক্ষার জন্য</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why this cannot wait (required)</source>
        <translation type="unfinished">কেন এটি অপেক্ষা করতে পারে না (আবশ্যক)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why this cannot wait</source>
        <translation type="unfinished">কেন এটি অপেক্ষা করতে পারে না</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded in the privacy log with the printout</source>
        <translation type="unfinished">প্রিন্টের সঙ্গে গোপনীয়তা লগে লিখে রাখা হয়</translation>
    </message>
    <message>
        <location filename="../council_desk/ui/print_dialog.py" line="+10"/>
        <source>Every printout or saved copy with contact details is recorded in the privacy log with the class you choose.</source>
        <translation type="unfinished">যোগাযোগের তথ্যসহ প্রতিটি প্রিন্ট বা সংরক্ষিত কপি আপনার বেছে নেওয়া শ্রেণিসহ গোপনীয়তা লগে লিখে রাখা হয়।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Preview…</source>
        <translation type="unfinished">প্রিভিউ…</translation>
    </message>
</context>
<context>
    <name>SurveyAnswer</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="-38"/>
        <source>Very dissatisfied</source>
        <translation type="unfinished">খুবই অসন্তুষ্ট</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dissatisfied</source>
        <translation type="unfinished">অসন্তুষ্ট</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neither satisfied nor dissatisfied</source>
        <translation type="unfinished">সন্তুষ্টও না, অসন্তুষ্টও না</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfied</source>
        <translation type="unfinished">সন্তুষ্ট</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very satisfied</source>
        <translation type="unfinished">খুবই সন্তুষ্ট</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../council_desk/ui/sync_status.py" line="+67"/>
        <source>Cancel sync</source>
        <translation type="unfinished">সিঙ্ক বাতিল করুন</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>All changes sent</source>
        <translation type="unfinished">সব পরিবর্তন পাঠানো হয়েছে</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n change(s) waiting to be sent</source>
        <translation type="unfinished">
            <numerusform>%nটি পরিবর্তন পাঠানোর অপেক্ষায়</numerusform>
            <numerusform>%nটি পরিবর্তন পাঠানোর অপেক্ষায়</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Syncing…</source>
        <translation type="unfinished">সিঙ্ক হচ্ছে…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Connecting</source>
        <translation type="unfinished">সংযোগ হচ্ছে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending changes</source>
        <translation type="unfinished">পরিবর্তন পাঠানো হচ্ছে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending the privacy log</source>
        <translation type="unfinished">গোপনীয়তা লগ পাঠানো হচ্ছে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receiving cases</source>
        <translation type="unfinished">কেস আনা হচ্ছে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receiving follow-ups</source>
        <translation type="unfinished">ফলো-আপ আনা হচ্ছে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing</source>
        <translation type="unfinished">সিঙ্ক হচ্ছে</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sync cancelled.</source>
        <translation type="unfinished">সিঙ্ক বাতিল করা হয়েছে।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sync failed because of a problem in Council Desk.</source>
        <translation type="unfinished">Council Desk-এর একটি সমস্যার কারণে সিঙ্ক ব্যর্থ হয়েছে।</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Connecting…</source>
        <translation type="unfinished">সংযোগ হচ্ছে…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>● Online</source>
        <translation type="unfinished">● অনলাইন</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>● Offline</source>
        <translation type="unfinished">● অফলাইন</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not yet</source>
        <translation type="unfinished">এখনও হয়নি</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last synced: %1</source>
        <translation type="unfinished">শেষ সিঙ্ক: %1</translation>
    </message>
</context>
<context>
    <name>ViewBar</name>
    <message>
        <location filename="../council_desk/ui/views.py" line="+50"/>
        <source>View</source>
        <translation type="unfinished">ভিউ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A saved way of looking at the cases</source>
        <translation type="unfinished">কেস দেখার একটি সংরক্ষিত উপায়</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save view…</source>
        <translation type="unfinished">ভিউ সংরক্ষণ…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete view</source>
        <translation type="unfinished">ভিউ মুছুন</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More filters…</source>
        <translation type="unfinished">আরও ফিল্টার…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear filters</source>
        <translation type="unfinished">ফিল্টার মুছুন</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No grouping</source>
        <translation type="unfinished">দল ছাড়া</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group by building</source>
        <translation type="unfinished">ভবন অনুযায়ী দল</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group by filer</source>
        <translation type="unfinished">অভিযোগকারী অনুযায়ী দল</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Group the list</source>
        <translation type="unfinished">তালিকাকে দলে ভাগ করুন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By building (the address, normalised) or by filer (without any contact detail)</source>
        <translation type="unfinished">ভবন অনুযায়ী (ঠিকানা, একরূপ করা) বা অভিযোগকারী অনুযায়ী (কোনো যোগাযোগের তথ্য ছাড়া)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>View:</source>
        <translation type="unfinished">ভিউ:</translation>
    </message>
    <message>
        <location line="+104"/>
        <location line="+23"/>
        <source>Save view</source>
        <translation type="unfinished">ভিউ সংরক্ষণ</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>A name for this view (the search, filters and sort):</source>
        <translation type="unfinished">এই ভিউয়ের একটি নাম (খোঁজ, ফিল্টার ও সাজানো):</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Give the view a name.</source>
        <translation type="unfinished">ভিউটির একটি নাম দিন।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A view&apos;s name can be at most %1 characters.</source>
        <translation type="unfinished">ভিউয়ের নাম সর্বোচ্চ %1 অক্ষরের হতে পারে।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That name belongs to one of the built-in views; choose another.</source>
        <translation type="unfinished">ওই নামটি একটি অন্তর্নির্মিত ভিউয়ের; অন্য নাম বেছে নিন।</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Nobody</source>
        <translation type="unfinished">কেউ নয়</translation>
    </message>
</context>
<context>
    <name>ViewName</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="+10"/>
        <source>All cases</source>
        <translation type="unfinished">সব কেস</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mine</source>
        <translation type="unfinished">আমার</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unassigned</source>
        <translation type="unfinished">কারও দায়িত্বে নেই</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation type="unfinished">মেয়াদ পেরিয়েছে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed at agency, still open here</source>
        <translation type="unfinished">সংস্থায় বন্ধ, এখানে এখনও খোলা</translation>
    </message>
</context>
<context>
    <name>WhatThisPCKeeps</name>
    <message>
        <location filename="../council_desk/ui/transparency.py" line="+65"/>
        <location line="+6"/>
        <source>What this PC keeps</source>
        <translation type="unfinished">এই পিসি কী রাখে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is stored here, why, for how long, who can see it, and how to remove it</source>
        <translation type="unfinished">এখানে কী রাখা আছে, কেন, কতদিন, কে দেখতে পারে এবং কীভাবে সরাবেন</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What</source>
        <translation type="unfinished">কী</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation type="unfinished">কেন</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How long</source>
        <translation type="unfinished">কতদিন</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who can see it</source>
        <translation type="unfinished">কে দেখতে পারে</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The consented 311 complaints of your district, with the filers&apos; contact details and your office&apos;s follow-ups: %1 case(s)</source>
        <translation type="unfinished">আপনার জেলার সম্মতিপ্রাপ্ত ৩১১ অভিযোগ, অভিযোগকারীদের যোগাযোগের তথ্য ও আপনার অফিসের ফলো-আপসহ: %1টি কেস</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>So you can work, also offline.</source>
        <translation type="unfinished">যাতে আপনি কাজ করতে পারেন, অফলাইনেও।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until consent is withdrawn or the case leaves the district; %1 days after 311 closes it; all of them when the office&apos;s access ends. Unopened for more than %2 days, the app asks you to sign in again.</source>
        <translation type="unfinished">সম্মতি প্রত্যাহার বা কেস জেলা ছাড়া পর্যন্ত; ৩১১ বন্ধ করার %1 দিন পর পর্যন্ত; অফিসের অ্যাক্সেস শেষ হলে সবগুলো। %2 দিনের বেশি সংযোগ না হলে অ্যাপ আবার সাইন ইন করতে বলে।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You, after signing in or with your unlock PIN. The file is encrypted; its key is in this PC&apos;s system keyring, never in a file.</source>
        <translation type="unfinished">আপনি, সাইন ইন করার পরে বা আনলক পিন দিয়ে। ফাইলটি এনক্রিপ্ট করা; এর কী এই পিসির সিস্টেম কীরিংে থাকে, কখনও কোনো ফাইলে নয়।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your changes not yet sent: %1</source>
        <translation type="unfinished">আপনার এখনও না পাঠানো পরিবর্তন: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>So nothing you write is lost without a network.</source>
        <translation type="unfinished">যাতে নেটওয়ার্ক না থাকলেও আপনার লেখা কিছু হারায় না।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until the 311 access system has them.</source>
        <translation type="unfinished">যতক্ষণ না ৩১১ অ্যাক্সেস সিস্টেম সেগুলো পায়।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You; then your office, through the 311 access system.</source>
        <translation type="unfinished">আপনি; তারপর ৩১১ অ্যাক্সেস সিস্টেমের মাধ্যমে আপনার অফিস।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The privacy log: %1 entries, %2 not yet sent</source>
        <translation type="unfinished">গোপনীয়তা লগ: %1টি এন্ট্রি, %2টি এখনও পাঠানো হয়নি</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The record of every time contact details were shown, printed, saved or shared, kept by law. It holds which cases and which kinds of details, never the details themselves.</source>
        <translation type="unfinished">আইন অনুযায়ী রাখা রেকর্ড, যেখানে প্রতিবার যোগাযোগের তথ্য দেখানো, প্রিন্ট, সংরক্ষণ বা শেয়ার করার কথা থাকে। এতে কোন কেস ও কোন ধরনের তথ্য থাকে, তথ্য নিজে কখনও নয়।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With the cases; a copy goes to the 311 access system, which keeps the office&apos;s record.</source>
        <translation type="unfinished">কেসগুলোর সঙ্গে; একটি কপি ৩১১ অ্যাক্সেস সিস্টেমে যায়, যা অফিসের রেকর্ড রাখে।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your office&apos;s privacy officer (the chief of staff), in the office&apos;s log.</source>
        <translation type="unfinished">আপনার অফিসের গোপনীয়তা কর্মকর্তা (চিফ অব স্টাফ), অফিসের লগে।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your sign-in and the cache key</source>
        <translation type="unfinished">আপনার সাইন-ইন ও ক্যাশ কী</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>So you stay signed in, and the cases can be opened.</source>
        <translation type="unfinished">যাতে আপনি সাইন ইন থাকেন এবং কেসগুলো খোলা যায়।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until you sign out, or the data is removed.</source>
        <translation type="unfinished">আপনি সাইন আউট করা বা ডেটা সরানো পর্যন্ত।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PC&apos;s system keyring, for your Windows or Linux account only.</source>
        <translation type="unfinished">এই পিসির সিস্টেম কীরিং, শুধু আপনার Windows বা Linux অ্যাকাউন্টের জন্য।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Where: %1</source>
        <translation type="unfinished">কোথায়: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How to remove it: your IT contact runs council-desk sign-out --remove-data (uninstalling Council Desk on Windows does the same). The key is deleted first, so what is left of the files cannot be read.</source>
        <translation type="unfinished">কীভাবে সরাবেন: আপনার আইটি যোগাযোগকারী council-desk sign-out --remove-data চালান (Windows-এ Council Desk আনইনস্টল করলেও একই হয়)। কী আগে মুছে ফেলা হয়, তাই ফাইলের বাকি অংশ পড়া যায় না।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What this PC keeps…</source>
        <translation type="unfinished">এই পিসি কী রাখে…</translation>
    </message>
</context>
<context>
    <name>stats</name>
    <message>
        <location filename="../council_desk/ui/stats_window.py" line="-309"/>
        <source>too few to show</source>
        <translation type="unfinished">দেখানোর মতো যথেষ্ট নয়</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>at least %1</source>
        <translation type="unfinished">অন্তত %1</translation>
    </message>
</context>
</TS>
