<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
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
        <translation type="unfinished">建置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packaged</source>
        <translation type="unfinished">封裝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operating system</source>
        <translation type="unfinished">作業系統</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyring backend</source>
        <translation type="unfinished">金鑰圈後端</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office policy file</source>
        <translation type="unfinished">辦公室政策檔案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log file</source>
        <translation type="unfinished">記錄檔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes (frozen app)</source>
        <translation type="unfinished">是（封裝的應用程式）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no (running from source)</source>
        <translation type="unfinished">否（從原始碼執行）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation type="unfinished">無</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has a problem (see the support file)</source>
        <translation type="unfinished">有問題（見支援檔案）</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>About Council Desk</source>
        <translation type="unfinished">關於 Council Desk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Council Desk&lt;/b&gt;&lt;br&gt;311 complaints shared with your council member&apos;s office, with the filer&apos;s consent.</source>
        <translation type="unfinished">&lt;b&gt;Council Desk&lt;/b&gt;&lt;br&gt;經投訴人同意，與您的市議員辦公室共享的 311 投訴。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Copy</source>
        <translation type="unfinished">複製</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Versions and files</source>
        <translation type="unfinished">版本與檔案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What IT support asks first; Copy puts it on the clipboard</source>
        <translation type="unfinished">IT 支援人員首先會問的資訊；「複製」會將其放到剪貼簿</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save a support file for IT</source>
        <translation type="unfinished">為 IT 儲存支援檔案</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zip files (*.zip)</source>
        <translation type="unfinished">Zip 檔案 (*.zip)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Help</source>
        <translation type="unfinished">說明(&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a support file for IT…</source>
        <translation type="unfinished">為 IT 儲存支援檔案…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Council Desk</source>
        <translation type="unfinished">關於 Council Desk(&amp;A)</translation>
    </message>
</context>
<context>
    <name>AgeBucket</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="+137"/>
        <source>0–7 days</source>
        <translation type="unfinished">0–7 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>8–30 days</source>
        <translation type="unfinished">8–30 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>31–90 days</source>
        <translation type="unfinished">31–90 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>91–365 days</source>
        <translation type="unfinished">91–365 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over a year</source>
        <translation type="unfinished">一年以上</translation>
    </message>
</context>
<context>
    <name>AgencyStatus</name>
    <message>
        <location line="-72"/>
        <source>Open</source>
        <translation type="unfinished">未結案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation type="unfinished">已結案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation type="unfinished">處理中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation type="unfinished">待處理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned</source>
        <translation type="unfinished">已分派</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation type="unfinished">已開始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unspecified</source>
        <translation type="unfinished">未說明</translation>
    </message>
</context>
<context>
    <name>ApprovalRequestDialog</name>
    <message>
        <location filename="../council_desk/ui/approvals.py" line="+72"/>
        <source>Ask for a case-by-case approval</source>
        <translation type="unfinished">申請個案批准</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A supervisor decides in their own Council Desk. Your request goes with the next sync; the approval comes back the same way. Complaints: %1</source>
        <translation type="unfinished">由主管在其自己的 Council Desk 中決定。您的申請隨下次同步送出；批准以同樣方式返回。投訴：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What will be released</source>
        <translation type="unfinished">將發出的內容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The output the approval is for: it names the details it shows</source>
        <translation type="unfinished">批准所針對的輸出：寫明它顯示的資料</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To whom</source>
        <translation type="unfinished">給誰</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The type of recipient; the approval covers only this type</source>
        <translation type="unfinished">接收方類型；批准只涵蓋此類型</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. HPD, a tenants&apos; association</source>
        <translation type="unfinished">例如 HPD、租戶協會</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who, by name</source>
        <translation type="unfinished">具體名稱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agency or organisation, as the supervisor should read it</source>
        <translation type="unfinished">機構或組織名稱，供主管閱讀</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Why this is needed, and why it cannot be done another way</source>
        <translation type="unfinished">為何需要，以及為何不能用其他方式完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why</source>
        <translation type="unfinished">原因</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The supervisor reads this before deciding</source>
        <translation type="unfinished">主管會在決定前閱讀</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What:</source>
        <translation type="unfinished">內容：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation type="unfinished">給誰：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who:</source>
        <translation type="unfinished">名稱：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details:</source>
        <translation type="unfinished">資料：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why:</source>
        <translation type="unfinished">原因：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask</source>
        <translation type="unfinished">申請</translation>
    </message>
</context>
<context>
    <name>ApprovalStatus</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="+138"/>
        <source>Waiting for a supervisor</source>
        <translation type="unfinished">等待主管</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation type="unfinished">已批准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation type="unfinished">已拒絕</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used</source>
        <translation type="unfinished">已使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation type="unfinished">已過期</translation>
    </message>
</context>
<context>
    <name>ApprovalsModel</name>
    <message>
        <location filename="../council_desk/ui/approvals.py" line="+110"/>
        <source>Status</source>
        <translation type="unfinished">狀態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval</source>
        <translation type="unfinished">批准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation type="unfinished">內容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation type="unfinished">接收方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints</source>
        <translation type="unfinished">投訴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked by</source>
        <translation type="unfinished">申請人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why</source>
        <translation type="unfinished">原因</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Expires</source>
        <translation type="unfinished">到期</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not yet sent</source>
        <translation type="unfinished">尚未傳送</translation>
    </message>
</context>
<context>
    <name>ApprovalsTab</name>
    <message>
        <location line="+33"/>
        <source>Requests of your office for case-by-case approvals. Approve or refuse those waiting for you; your own go to another supervisor.</source>
        <translation type="unfinished">您辦公室的個案批准申請。請批准或拒絕待您處理的申請；您自己的申請由另一位主管處理。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your requests for case-by-case approvals and the answers. An approval is used once, for the cases, details and recipient it names, before it expires.</source>
        <translation type="unfinished">您的個案批准申請及答覆。批准只能使用一次，只適用於其寫明的案件、資料和接收方，並須在到期前使用。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Approvals</source>
        <translation type="unfinished">批准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests for case-by-case approvals and the answers; select one to decide</source>
        <translation type="unfinished">個案批准申請及答覆；選擇一項進行決定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve…</source>
        <translation type="unfinished">批准…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refuse…</source>
        <translation type="unfinished">拒絕…</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <location filename="../council_desk/ui/bulk.py" line="+103"/>
        <source>Set office status</source>
        <translation type="unfinished">設定辦公室狀態</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Log a follow-up to each…</source>
        <translation type="unfinished">為每個案件記錄跟進…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assign to</source>
        <translation type="unfinished">分派給</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reassign a caseworker&apos;s cases…</source>
        <translation type="unfinished">重新分派某位個案工作人員的案件…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nobody</source>
        <translation type="unfinished">無人</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>Bulk actions</source>
        <translation type="unfinished">批次操作</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Choose one or more cases in the list first.</source>
        <translation type="unfinished">請先在清單中選擇一個或多個案件。</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Set the office status of %n case(s) to “%1”?</source>
        <translation type="unfinished">
            <numerusform>將 %n 個案件的辦公室狀態設為「%1」？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>nobody</source>
        <translation type="unfinished">無人</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Assign %n case(s) to %1?</source>
        <translation type="unfinished">
            <numerusform>將 %n 個案件分派給 %1？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform>%n 件案件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Recording the changes…</source>
        <translation type="unfinished">正在記錄變更…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop</source>
        <translation type="unfinished">停止</translation>
    </message>
</context>
<context>
    <name>CaseColumns</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="-116"/>
        <source>Complaint #</source>
        <translation type="unfinished">投訴編號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation type="unfinished">接收日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation type="unfinished">類型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation type="unfinished">機構</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation type="unfinished">地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency status</source>
        <translation type="unfinished">機構狀態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office status</source>
        <translation type="unfinished">辦公室狀態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next follow-up</source>
        <translation type="unfinished">下次跟進</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to</source>
        <translation type="unfinished">負責人</translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <location filename="../council_desk/ui/detail.py" line="+83"/>
        <source>Log follow-up…</source>
        <translation type="unfinished">記錄跟進…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show contact details…</source>
        <translation type="unfinished">顯示聯絡資料…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ask 311 to reopen…</source>
        <translation type="unfinished">請求 311 重新開啟…</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>The office&apos;s own status for this case (separate from the agency&apos;s). %1 to change it.</source>
        <translation type="unfinished">本辦公室對此案件的狀態（與機構狀態分開）。按 %1 可變更。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Log a call, email, letter, visit or note (%1)</source>
        <translation type="unfinished">記錄電話、電子郵件、信件、走訪或備註（%1）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Asks why, records it in the privacy log, then shows the filer&apos;s contact details (%1)</source>
        <translation type="unfinished">先詢問原因並記入隱私日誌，然後顯示投訴人的聯絡資料（%1）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The agency closed this complaint but the problem is not fixed (%1)</source>
        <translation type="unfinished">機構已結案，但問題並未解決（%1）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print</source>
        <translation type="unfinished">列印</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A letter (%1), a case summary (%2) or a mailing label for this case</source>
        <translation type="unfinished">為此案件列印信件（%1）、案件摘要（%2）或郵寄標籤</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print letter…</source>
        <translation type="unfinished">列印信件…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print case summary…</source>
        <translation type="unfinished">列印案件摘要…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print mailing label…</source>
        <translation type="unfinished">列印郵寄標籤…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Share with agency…</source>
        <translation type="unfinished">與機構共享…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pass the constituent&apos;s details to a City agency: recorded in the privacy log, under a supervisor&apos;s approval or an exigent reason</source>
        <translation type="unfinished">將選民的資料轉交市政機構：記入隱私日誌，須有主管批准或緊急理由</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Case details</source>
        <translation type="unfinished">案件詳情</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The complaint, the agency&apos;s status, the consent receipt and the follow-ups</source>
        <translation type="unfinished">投訴內容、機構狀態、同意回執和跟進記錄</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a case in the list to see it here.</source>
        <translation type="unfinished">在清單中選擇一件案件，即可在此檢視。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Office status:</source>
        <translation type="unfinished">辦公室狀態：</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Phone: %1</source>
        <translation type="unfinished">電話：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email: %1</source>
        <translation type="unfinished">電子郵件：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mailing address: %1</source>
        <translation type="unfinished">郵寄地址：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred language: %1</source>
        <translation type="unfinished">首選語言：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What</source>
        <translation type="unfinished">內容</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Description</source>
        <translation type="unfinished">描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation type="unfinished">地點</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation type="unfinished">接收日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation type="unfinished">機構</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agency status</source>
        <translation type="unfinished">機構狀態</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agency resolution</source>
        <translation type="unfinished">機構處理結果</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reopen asked</source>
        <translation type="unfinished">已請求重新開啟</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consent receipt</source>
        <translation type="unfinished">同意回執</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consent to share contact details with the council member was given on %1 by %2, under notice version %3.</source>
        <translation type="unfinished">向市議員分享聯絡資料的同意書於 %1 通過%2提供，依據通知第 %3 版。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The text of this notice version is not known to this version of Council Desk.</source>
        <translation type="unfinished">此版本的 Council Desk 不知道該通知版本的文本。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The notice shown to the filer:</source>
        <translation type="unfinished">向投訴人顯示的通知：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-ups</source>
        <translation type="unfinished">跟進記錄</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None yet. Press %1 to log one.</source>
        <translation type="unfinished">尚無記錄。按 %1 記錄一筆。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not yet sent</source>
        <translation type="unfinished">尚未傳送</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Office status → %1</source>
        <translation type="unfinished">辦公室狀態 → %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome: %1</source>
        <translation type="unfinished">結果：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due %1</source>
        <translation type="unfinished">到期日 %1</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../council_desk/ui/case_model.py" line="+240"/>
        <source>Overdue</source>
        <translation type="unfinished">已逾期</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) not yet sent (marked •)</source>
        <translation type="unfinished">
            <numerusform>%n 項變更尚未傳送（標有 •）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (overdue)</source>
        <translation type="unfinished">%1（已逾期）</translation>
    </message>
</context>
<context>
    <name>CaseSearch</name>
    <message numerus="yes">
        <location filename="../council_desk/ui/search.py" line="+137"/>
        <location line="+29"/>
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform>%n 件案件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1+ cases</source>
        <translation type="unfinished">%1+ 件案件</translation>
    </message>
</context>
<context>
    <name>CaseloadWindow</name>
    <message>
        <location filename="../council_desk/ui/caseload.py" line="+55"/>
        <source>Caseload — the office&apos;s own numbers</source>
        <translation type="unfinished">案件量——辦公室自己的數字</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open cases by age (days since 311 received them)</source>
        <translation type="unfinished">依時長統計的未結案件（自 311 接收起的天數）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open cases by office status</source>
        <translation type="unfinished">依辦公室狀態統計的未結案件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By caseworker</source>
        <translation type="unfinished">依工作人員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open cases by agency</source>
        <translation type="unfinished">依機構統計的未結案件</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Counted from the cases on this PC; no case is listed</source>
        <translation type="unfinished">根據此電腦上的案件統計；不列出任何案件</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Which cases the worklist lists</source>
        <translation type="unfinished">工作清單列出哪些案件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worklist of:</source>
        <translation type="unfinished">工作清單：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview and print…</source>
        <translation type="unfinished">預覽並列印…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export CSV…</source>
        <translation type="unfinished">匯出 CSV…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A worklist holds no contact details. Printing or saving one is recorded in the privacy log: complaint numbers are personal information.</source>
        <translation type="unfinished">工作清單不含聯絡資料。列印或儲存清單會記入隱私紀錄：投訴編號屬於個人資訊。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Unassigned</source>
        <translation type="unfinished">未分派</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n open case(s)</source>
        <translation type="unfinished">
            <numerusform>%n 個未結案件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n reminder(s) overdue</source>
        <translation type="unfinished">
            <numerusform>%n 個提醒已逾期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n due today</source>
        <translation type="unfinished">
            <numerusform>%n 個今天到期</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No case on this PC has been resolved or closed by the office yet.</source>
        <translation type="unfinished">此電腦上還沒有辦公室已解決或結案的案件。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Median %1 days from 311&apos;s receipt to the office&apos;s resolution, over the %n case(s) the office resolved or closed that are still on this PC.</source>
        <translation type="unfinished">
            <numerusform>從 311 接收到辦公室解決的中位數為 %1 天，統計範圍為此電腦上辦公室已解決或結案的 %n 個案件。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Age</source>
        <translation type="unfinished">時長</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+3"/>
        <source>Open cases</source>
        <translation type="unfinished">未結案件</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Office status</source>
        <translation type="unfinished">辦公室狀態</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Caseworker</source>
        <translation type="unfinished">工作人員</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overdue reminders</source>
        <translation type="unfinished">逾期提醒</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due today</source>
        <translation type="unfinished">今天到期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agency</source>
        <translation type="unfinished">機構</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Export the worklist</source>
        <translation type="unfinished">匯出工作清單</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">CSV 檔案 (*.csv)</translation>
    </message>
</context>
<context>
    <name>CaseworkPanel</name>
    <message>
        <location filename="../council_desk/ui/casework_panel.py" line="+69"/>
        <source>Assigned to:</source>
        <translation type="unfinished">負責人：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The caseworker who has this case; recorded in the shared log and the privacy log</source>
        <translation type="unfinished">負責此案件的工作人員；記入共用紀錄和隱私紀錄</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This case&apos;s reminders</source>
        <translation type="unfinished">此案件的提醒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its open reminders, soonest first; Done and Snooze act on the one shown</source>
        <translation type="unfinished">其未完成提醒，最近的在前；「完成」和「延後」作用於顯示的那一項</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation type="unfinished">完成</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snooze a week</source>
        <translation type="unfinished">延後一週</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add reminder…</source>
        <translation type="unfinished">新增提醒…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reminders:</source>
        <translation type="unfinished">提醒：</translation>
    </message>
    <message>
        <location line="+43"/>
        <source> (overdue)</source>
        <translation type="unfinished">（已逾期）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for %1</source>
        <translation type="unfinished">給 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not yet sent</source>
        <translation type="unfinished">尚未傳送</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none open</source>
        <translation type="unfinished">無未完成提醒</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>me</source>
        <translation type="unfinished">我</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nobody</source>
        <translation type="unfinished">無人</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>At 311:</source>
        <translation type="unfinished">在 311：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reopen asked %1: %2</source>
        <translation type="unfinished">%1 申請重開：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (%1)</source>
        <translation type="unfinished">（%1）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Survey after it closed again (%1): %2</source>
        <translation type="unfinished">再次結案後的調查（%1）：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n other open case(s) at this building:</source>
        <translation type="unfinished">
            <numerusform>此建築另有 %n 個未結案件：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source> and %n more</source>
        <translation type="unfinished">
            <numerusform> 以及另外 %n 個</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Add a reminder</source>
        <translation type="unfinished">新增提醒</translation>
    </message>
</context>
<context>
    <name>ConsentChannel</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="-30"/>
        <source>phone</source>
        <translation type="unfinished">電話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the web form</source>
        <translation type="unfinished">網路表單</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the app</source>
        <translation type="unfinished">應用程式</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../council_desk/ui/errors.py" line="+84"/>
        <source>Council Desk ran into a problem</source>
        <translation type="unfinished">Council Desk 遇到問題</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something went wrong inside Council Desk. Your saved work is safe.
If this keeps happening, copy the report below and send it to your IT support. It holds no case or contact details.</source>
        <translation type="unfinished">Council Desk 內部出錯。您已儲存的工作是安全的。
如果再次發生，請複製下面的報告並傳送給您的 IT 支援人員。報告不含任何案件或聯絡資料。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Report for IT support</source>
        <translation type="unfinished">給 IT 支援的報告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error types and code locations only; no case or contact details</source>
        <translation type="unfinished">只含錯誤類型和程式碼位置，不含案件或聯絡資料</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy report</source>
        <translation type="unfinished">複製報告</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../council_desk/ui/approvals.py" line="-127"/>
        <source>Approve the request</source>
        <translation type="unfinished">批准申請</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refuse the request</source>
        <translation type="unfinished">拒絕申請</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 to %2 (%3), for %n complaint(s). Asked by %4: “%5”</source>
        <translation type="unfinished">
            <numerusform>%1，給 %2（%3），涉及 %n 項投訴。申請人 %4：「%5」</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A note for the caseworker (recorded with the decision)</source>
        <translation type="unfinished">給個案工作者的備註（隨決定記錄）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation type="unfinished">備註</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recorded with the decision; the caseworker reads it</source>
        <translation type="unfinished">隨決定記錄；個案工作者會閱讀</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Valid for (days)</source>
        <translation type="unfinished">有效期（天）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long the approval may wait to be used: 1 to 30 days</source>
        <translation type="unfinished">批准可等待使用的時間：1 至 30 天</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note:</source>
        <translation type="unfinished">備註：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid for (days):</source>
        <translation type="unfinished">有效期（天）：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approve</source>
        <translation type="unfinished">批准</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refuse</source>
        <translation type="unfinished">拒絕</translation>
    </message>
</context>
<context>
    <name>DisclosureChoice</name>
    <message>
        <location filename="../council_desk/ui/disclosure_choice.py" line="+83"/>
        <source>For:</source>
        <translation type="unfinished">接收方：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who receives it</source>
        <translation type="unfinished">由誰接收</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decides whether this is routine or needs a supervisor&apos;s approval or an exigent reason</source>
        <translation type="unfinished">決定這是常規，還是需要主管批准或緊急理由</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Routine for this recipient: recorded in the privacy log, no approval needed.</source>
        <translation type="unfinished">對此接收方屬常規：記入隱私日誌，無需批准。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Approval</source>
        <translation type="unfinished">批准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An approval a supervisor granted through the 311 access system for these cases and this recipient</source>
        <translation type="unfinished">主管透過 311 存取系統為這些案件和此接收方給予的批准</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No approval on this PC covers these cases for this recipient. Ask a supervisor; the approval arrives with a sync.</source>
        <translation type="unfinished">此電腦上沒有涵蓋這些案件和此接收方的批准。請向主管申請；批准會隨同步到達。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ask for approval…</source>
        <translation type="unfinished">申請批准…</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>%1 — expires %2</source>
        <translation type="unfinished">%1 — %2 到期</translation>
    </message>
</context>
<context>
    <name>DisclosureClass</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="+104"/>
        <source>Routine (pre-approved)</source>
        <translation type="unfinished">常規（預先批准）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case-by-case (approved by the privacy officer)</source>
        <translation type="unfinished">個案（經隱私主管批准）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exigent circumstances</source>
        <translation type="unfinished">緊急情況</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../council_desk/ui/error_text.py" line="+22"/>
        <location line="+1"/>
        <source>Something went wrong.</source>
        <translation type="unfinished">出現問題。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>You need to sign in to the 311 access system again.</source>
        <translation type="unfinished">您需要重新登入 311 存取系統。</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The 311 access system cannot be reached. You can keep working; changes will be sent later.</source>
        <translation type="unfinished">無法連線 311 存取系統。您可以繼續工作，變更將稍後傳送。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+36"/>
        <source>The 311 access system refused the request.</source>
        <translation type="unfinished">311 存取系統拒絕了請求。</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>The system keyring could not be used to unlock the case cache.</source>
        <translation type="unfinished">無法使用系統金鑰環解鎖案件快取。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The local case cache could not be opened.</source>
        <translation type="unfinished">無法開啟本地案件快取。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This was NOT saved: the disk is full or the cache folder cannot be written.</source>
        <translation type="unfinished">未儲存：磁碟已滿，或快取資料夾無法寫入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+126"/>
        <source>Sync stopped: the server sent records this office may not hold. Nothing from them was stored. Tell your privacy officer; the server may be misconfigured.</source>
        <translation type="unfinished">同步已停止：伺服器傳送了本辦公室不得儲存的記錄，其中任何內容都未儲存。請告知您的隱私主管；伺服器可能配置有誤。</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>This PC&apos;s access was withdrawn by the 311 access system, so its case data was removed. Ask your supervisor if you think this is wrong.</source>
        <translation type="unfinished">311 存取系統已撤銷這台電腦的存取權限，因此其中的案件資料已被刪除。如果您認為有誤，請詢問您的主管。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The 311 access system is busy or down for maintenance. You can keep working; changes will be sent later.</source>
        <translation type="unfinished">311 存取系統繁忙或正在維護。您可以繼續工作，變更將稍後傳送。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The 311 access system sent a response Council Desk could not read, so nothing from it was used. Try again later; if it keeps happening, tell your IT contact.</source>
        <translation type="unfinished">311 存取系統發來的回應 Council Desk 無法讀取，因此未使用其中任何內容。請稍後再試；如果持續發生，請告知您的 IT 聯絡人。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync stopped: the 311 access system&apos;s list of changes looped or went backwards. Nothing was removed from this PC. Try again later; if it keeps happening, tell your IT contact.</source>
        <translation type="unfinished">同步已停止：311 存取系統的變更清單出現迴圈或倒退。這台電腦上沒有刪除任何內容。請稍後再試；如果持續發生，請告知您的 IT 聯絡人。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The 311 access system no longer shares this complaint with your office.</source>
        <translation type="unfinished">311 存取系統已不再與您的辦公室共享此投訴。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sync position expired; a full resync is needed.</source>
        <translation type="unfinished">同步位置已過期，需要完整重新同步。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 311 access system refused the request (HTTP %1).</source>
        <translation type="unfinished">311 存取系統拒絕了請求（HTTP %1）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This server address is not allowed: use an https:// address (plain http:// only works for this PC itself, for training).</source>
        <translation type="unfinished">不允許使用此伺服器地址：請使用 https:// 地址（普通 http:// 只適用於這台電腦本身，用於培訓）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled.</source>
        <translation type="unfinished">已取消。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The 311 access system asked Council Desk to slow down. Try again in a few minutes.</source>
        <translation type="unfinished">311 存取系統要求 Council Desk 放慢速度。請幾分鐘後再試。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 311 access system says your account may not do this. Ask your supervisor.</source>
        <translation type="unfinished">311 存取系統表示您的帳戶無權執行此操作。請詢問您的主管。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 311 access system tried to send Council Desk elsewhere; that is not allowed.</source>
        <translation type="unfinished">311 存取系統試圖把 Council Desk 轉到其他地方，這是不允許的。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 311 access system pointed to a different server; that is not allowed.</source>
        <translation type="unfinished">311 存取系統指向了另一臺伺服器，這是不允許的。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 311 access system sent a response larger than allowed; it was ignored.</source>
        <translation type="unfinished">311 存取系統傳送的回應超過允許的大小，已忽略。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Council Desk has not reached the 311 access system for more than %1 days. Connect to the network and sign in again to keep working.</source>
        <translation type="unfinished">Council Desk 已超過 %1 天未能連線 311 存取系統。請連線網路並重新登入，以便繼續工作。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The 311 access system&apos;s sign-in addresses point to another server; not signing in.</source>
        <translation type="unfinished">311 存取系統的登入地址指向另一臺伺服器，因此不進行登入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 311 access system does not offer the secure sign-in method Council Desk requires.</source>
        <translation type="unfinished">311 存取系統不提供 Council Desk 所要求的安全登入方式。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in was not completed in time. Please try again.</source>
        <translation type="unfinished">未能及時完成登入。請重試。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No web browser could be opened for sign-in.</source>
        <translation type="unfinished">無法開啟網頁瀏覽器進行登入。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in was cancelled or refused. Please try again.</source>
        <translation type="unfinished">登入已取消或被拒絕。請重試。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in was refused by the 311 access system. Please try again.</source>
        <translation type="unfinished">311 存取系統拒絕了登入。請重試。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in first: Council Desk does not know which account&apos;s cases to open.</source>
        <translation type="unfinished">請先登入：Council Desk 不知道要開啟哪個帳戶的案件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The 311 access system did not confirm that you just signed in (it may have used an earlier sign-in). Nothing was kept. Try again; if it keeps happening, tell your IT contact.</source>
        <translation type="unfinished">311 存取系統沒有確認您剛剛登入（它可能使用了先前的登入）。沒有保留任何內容。請重試；如果持續發生，請告知您的 IT 聯絡人。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This PC has no signed-in account for this server yet. Sign in first.</source>
        <translation type="unfinished">這台電腦上還沒有已登入此伺服器的帳戶。請先登入。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The system keyring is locked, so Council Desk cannot reach its keys (the case cache stays locked). Unlock your keyring (usually by signing in to the PC again) and try once more.</source>
        <translation type="unfinished">系統金鑰環已鎖定，Council Desk 無法取得其金鑰（案件快取保持鎖定）。請解鎖您的金鑰環（通常重新登入電腦即可），然後再試一次。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That cache passphrase is too weak.</source>
        <translation type="unfinished">此快取密碼短語太弱。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That cache passphrase cannot be used: %1</source>
        <translation type="unfinished">無法使用此快取密碼短語：%1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>A reminder needs to know whose it is: sign in first, then log the follow-up again.</source>
        <translation type="unfinished">提醒需要知道屬於誰：請先登入，然後重新記錄跟進。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This reminder is no longer on this PC, so nothing was changed.</source>
        <translation type="unfinished">此提醒已不在此電腦上，因此沒有做任何變更。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The personal paragraph is longer than 1500 characters. Shorten it (a longer note belongs in a follow-up), then print again.</source>
        <translation type="unfinished">個人段落超過 1500 個字元。請縮短（更長的說明應寫在跟進中），然後重新列印。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Your role does not allow this.</source>
        <translation type="unfinished">您的角色不允許此操作。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The 311 access system says your role may not do this. Ask your supervisor.</source>
        <translation type="unfinished">311 存取系統表示您的角色不能執行此操作。請詢問您的主管。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your office&apos;s access to 311 cases has ended (end of term), so nothing more syncs. The district&apos;s cases are removed from this PC on that date; the privacy log is still sent.</source>
        <translation type="unfinished">您辦公室存取 311 案件的權限已結束（任期屆滿），因此不再同步。該日期起本區案件會從此電腦刪除；隱私日誌仍會傳送。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This disclosure is not allowed.</source>
        <translation type="unfinished">不允許此披露。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at least one case.</source>
        <translation type="unfinished">請至少選擇一個案件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose routine, case-by-case or exigent.</source>
        <translation type="unfinished">請選擇常規、個案或緊急。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A case-by-case disclosure needs the approval number a supervisor granted.</source>
        <translation type="unfinished">個案披露需要主管給予的批准編號。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An exigent disclosure needs a written reason (why it cannot wait).</source>
        <translation type="unfinished">緊急披露需要書面理由（為何不能等待）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at least one detail to share.</source>
        <translation type="unfinished">請至少選擇一項要共享的資料。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A case-by-case disclosure needs the 311 access system to confirm its approval, and it cannot be reached now, so nothing was released. Routine and exigent disclosures work offline.</source>
        <translation type="unfinished">個案披露需要 311 存取系統確認其批准，但目前無法連線，因此未發出任何內容。常規和緊急披露可離線進行。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The 311 access system did not issue this approval for your office. Check the number, or ask your supervisor for one.</source>
        <translation type="unfinished">311 存取系統並未為您的辦公室簽發此批准。請核對編號，或向主管申請。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A case chosen is no longer shared with your office, so nothing was released.</source>
        <translation type="unfinished">所選案件之一已不再與您的辦公室共享，因此未發出任何內容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 311 access system did not confirm this approval, so nothing was released.</source>
        <translation type="unfinished">311 存取系統未確認此批准，因此未發出任何內容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 311 access system&apos;s answer did not match this approval, so nothing was released.</source>
        <translation type="unfinished">311 存取系統的答覆與此批准不符，因此未發出任何內容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A case of this request is no longer on this PC, so nothing was saved.</source>
        <translation type="unfinished">此申請中的一個案件已不在此電腦上，因此未儲存任何內容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This request is no longer on this PC, so nothing was saved.</source>
        <translation type="unfinished">此申請已不在此電腦上，因此未儲存任何內容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PC has no signed-in identity for that server yet: sync first.</source>
        <translation type="unfinished">此電腦尚無該伺服器的已登入身分：請先同步。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That sign-in was with another account than the one whose cases were asked for, so they stay shut. Sign in with that account, or give its unlock PIN.</source>
        <translation type="unfinished">該登入使用的不是所請求案件所屬的帳戶，因此案件保持鎖定。請用該帳戶登入，或輸入其解鎖 PIN。</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>This PC has no usable system keyring to keep the case cache key in. You need to choose a cache passphrase instead: the cache is always encrypted, and without a keyring the passphrase is the only way to unlock it. Council Desk never stores the key in a plain file.</source>
        <translation type="unfinished">這台電腦沒有可用的系統金鑰環來儲存案件快取金鑰。您需要改為設定快取密碼短語：快取始終是加密的，沒有金鑰環時，密碼短語是解鎖快取的唯一方法。Council Desk 絕不會把金鑰存放在未加密的檔案中。</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>The secure connection to the 311 access system could not be verified (certificate problem): someone may be intercepting this network&apos;s traffic. Nothing was sent. Do not sign in on this network; tell your IT contact.</source>
        <translation type="unfinished">無法驗證與 311 存取系統的安全連線（憑證問題）：可能有人正在攔截此網路的流量。未傳送任何內容。請勿在此網路上登入；請告知您的 IT 聯絡人。</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>This case cache is locked with a cache passphrase. Enter the passphrase to open it.</source>
        <translation type="unfinished">此案件快取已用快取密碼短語鎖定。請輸入密碼短語將其開啟。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The only keyring available on this PC keeps secrets unencrypted, so Council Desk will not use it. Use a cache passphrase instead, or ask support to set up the system keyring.</source>
        <translation type="unfinished">這台電腦上唯一可用的金鑰環以未加密方式儲存機密，因此 Council Desk 不會使用它。請改用快取密碼短語，或請支援人員設定系統金鑰環。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The case cache on this PC is locked with a key kept in the system keyring, and that keyring cannot be used now. Sign in to the PC normally (so the keyring starts) and try again, or call support.</source>
        <translation type="unfinished">這台電腦上的案件快取是用系統金鑰環中的金鑰鎖定的，而該金鑰環目前無法使用。請按正常方式登入電腦（以便啟動金鑰環）後重試，或致電支援人員。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cache passphrase record is damaged, so the cache cannot be unlocked.</source>
        <translation type="unfinished">快取密碼短語記錄已損壞，因此無法解鎖快取。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The case cache key in the system keyring is damaged, so the cache cannot be unlocked. Call support.</source>
        <translation type="unfinished">系統金鑰環中的案件快取金鑰已損壞，因此無法解鎖快取。請致電支援人員。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keyring did not keep the case cache key. Call support.</source>
        <translation type="unfinished">系統金鑰環沒有儲存案件快取金鑰。請致電支援人員。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cache passphrase cannot be empty.</source>
        <translation type="unfinished">快取密碼短語不能為空。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case cache on this PC is locked with a different key than the one available now (a wrong passphrase, or the keyring entry was replaced). Nothing was changed. Try the passphrase again, or ask support to set the old cache aside and sync a fresh copy.</source>
        <translation type="unfinished">這台電腦上的案件快取所用的金鑰與現在可用的金鑰不同（密碼短語錯誤，或金鑰環條目已被替換）。沒有做任何變更。請重新輸入密碼短語，或請支援人員將舊快取另行儲存並同步一份新副本。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key for the case cache on this PC is missing from the system keyring, so the cache cannot be opened. It will be set aside (not deleted) and a fresh copy synced; unsent follow-ups in it are lost.</source>
        <translation type="unfinished">系統金鑰環中缺少這台電腦的案件快取金鑰，因此無法開啟快取。快取將被另行儲存（不會刪除），並同步一份新副本；其中尚未傳送的跟進記錄將會丟失。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The case cache file on this PC is damaged or was altered, so no data from it is shown. It will be set aside (not deleted) and a fresh copy synced from the 311 access system.</source>
        <translation type="unfinished">這台電腦上的案件快取檔案已損壞或被改動，因此不顯示其中任何資料。該檔案將被另行儲存（不會刪除），並從 311 存取系統同步一份新副本。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The case cache cannot be opened because its folder cannot be written (read-only, no permission, or the disk is full). Nothing was changed. Free some disk space or ask support to check the folder.</source>
        <translation type="unfinished">無法開啟案件快取，因為其資料夾無法寫入（唯讀、無權限或磁碟已滿）。沒有做任何變更。請釋放磁碟空間，或請支援人員檢查該資料夾。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The case cache failed its safety self-test (encryption or secure settings are not active), so Council Desk will not use it. Reinstall Council Desk or call support.</source>
        <translation type="unfinished">案件快取未通過安全自檢（加密或安全設定未生效），因此 Council Desk 不會使用它。請重新安裝 Council Desk 或致電支援人員。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The case cache was written by a newer version of Council Desk. Update Council Desk to open it.</source>
        <translation type="unfinished">案件快取由較新版本的 Council Desk 寫入。請更新 Council Desk 後再開啟。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The case cache is closed (Council Desk was locked or signed out). Open it again to go on.</source>
        <translation type="unfinished">案件快取已關閉（Council Desk 已鎖定或已退出登入）。請重新開啟以繼續。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This case is no longer in the cache on this PC, so nothing was saved.</source>
        <translation type="unfinished">此案件已不在這台電腦的快取中，因此沒有儲存任何內容。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This was NOT saved: the disk is full or the cache folder cannot be written. (the disk is full)</source>
        <translation type="unfinished">未儲存：磁碟已滿，或快取資料夾無法寫入。（磁碟已滿）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This was NOT saved: the disk is full or the cache folder cannot be written. (the cache folder cannot be written)</source>
        <translation type="unfinished">未儲存：磁碟已滿，或快取資料夾無法寫入。（快取資料夾無法寫入）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This was NOT saved: the disk is full or the cache folder cannot be written. (a disk error)</source>
        <translation type="unfinished">未儲存：磁碟已滿，或快取資料夾無法寫入。（磁碟錯誤）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many wrong PIN or passphrase tries, so Council Desk is locked on this PC. Sign in again with your browser to unlock it (your work is saved).</source>
        <translation type="unfinished">PIN 碼或密碼短語輸入錯誤次數過多，Council Desk 已在這台電腦上鎖定。請使用瀏覽器重新登入以解鎖（您的工作已儲存）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No unlock PIN was chosen on this PC yet. Sign in with your browser (when the network is back) and choose one; until then the cases here stay locked.</source>
        <translation type="unfinished">這台電腦上尚未選擇解鎖 PIN 碼。請（在網路恢復後）使用瀏覽器登入並選擇一個；在此之前，這裡的案件保持鎖定。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That PIN or passphrase is not right. %1 tries left before Council Desk asks you to sign in again with your browser.</source>
        <translation type="unfinished">PIN 碼或密碼短語不正確。還剩 %1 次機會，之後 Council Desk 會要求您使用瀏覽器重新登入。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That PIN or passphrase is not right. %1 try left before Council Desk asks you to sign in again with your browser.</source>
        <translation type="unfinished">PIN 碼或密碼短語不正確。還剩 %1 次機會，之後 Council Desk 會要求您使用瀏覽器重新登入。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your session has reached its daily limit. Sign in again with your browser to keep working; nothing you saved is lost.</source>
        <translation type="unfinished">您的工作階段已達到每日上限。請使用瀏覽器重新登入以繼續工作；已儲存的內容不會遺失。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your session has reached its daily limit and the 311 access system can be reached, so sign in again with your browser. (Without a network, your PIN keeps you working offline.)</source>
        <translation type="unfinished">您的工作階段已達到每日上限，且可以連線 311 存取系統，因此請使用瀏覽器重新登入。（沒有網路時，您的 PIN 碼可讓您離線繼續工作。）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The audit log could not be written, so this action was not carried out (nothing was printed, shown or exported). Free some disk space or call support, then try again.</source>
        <translation type="unfinished">無法寫入審計日誌，因此未執行此操作（沒有列印、顯示或匯出任何內容）。請釋放磁碟空間或致電支援人員，然後重試。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The printer could not be started, so nothing was printed. Check the printer and try again.</source>
        <translation type="unfinished">無法啟動印表機，因此沒有列印任何內容。請檢查印表機後重試。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Letters need the office&apos;s letterhead, which arrives when you sign in. Sign in, then try again.</source>
        <translation type="unfinished">信件需要辦公室的信頭，登入時會一併取得。請登入後重試。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The selected cases are no longer on this PC.</source>
        <translation type="unfinished">所選案件已不在這台電腦上。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cache is locked, so nothing was saved.</source>
        <translation type="unfinished">快取已鎖定，因此沒有儲存任何內容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cache is locked, so nothing was printed.</source>
        <translation type="unfinished">快取已鎖定，因此沒有列印任何內容。</translation>
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
        <translation type="unfinished">搜尋案件（Ctrl+F）：投訴內容、地址或姓名中的詞語</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search cases</source>
        <translation type="unfinished">搜尋案件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words from the complaint, the address or the filer&apos;s name, or a complaint number. Down moves into the list.</source>
        <translation type="unfinished">投訴內容、地址或投訴人姓名中的詞語，或投訴編號。按向下鍵進入清單。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep typing: the search starts at 2 letters</source>
        <translation type="unfinished">請繼續輸入：輸入 2 個字母後開始搜尋</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Any office status</source>
        <translation type="unfinished">任何辦公室狀態</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Office status filter</source>
        <translation type="unfinished">辦公室狀態篩選</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show only cases with this office status</source>
        <translation type="unfinished">只顯示具有此辦公室狀態的案件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open or closed at agency</source>
        <translation type="unfinished">機構未結案或已結案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open at agency</source>
        <translation type="unfinished">機構未結案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed by agency</source>
        <translation type="unfinished">機構已結案</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agency status filter</source>
        <translation type="unfinished">機構狀態篩選</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only complaints the agency has open, or has closed</source>
        <translation type="unfinished">只顯示機構未結案或已結案的投訴</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any agency</source>
        <translation type="unfinished">任何機構</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency filter</source>
        <translation type="unfinished">機構篩選</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show only complaints sent to this agency</source>
        <translation type="unfinished">只顯示轉交給此機構的投訴</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any type</source>
        <translation type="unfinished">任何類型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaint type filter</source>
        <translation type="unfinished">投訴類型篩選</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show only complaints of this type</source>
        <translation type="unfinished">只顯示此類型的投訴</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any follow-up</source>
        <translation type="unfinished">任何跟進</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due today or overdue</source>
        <translation type="unfinished">今天到期或已逾期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation type="unfinished">已逾期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up filter</source>
        <translation type="unfinished">跟進篩選</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show only cases with a follow-up due or overdue</source>
        <translation type="unfinished">只顯示有跟進今天到期或已逾期的案件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From: any</source>
        <translation type="unfinished">起始：不限</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received from</source>
        <translation type="unfinished">接收起始日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show only complaints received on or after this day</source>
        <translation type="unfinished">只顯示在此日或之後接收的投訴</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To: any</source>
        <translation type="unfinished">截止：不限</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received until</source>
        <translation type="unfinished">接收截止日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show only complaints received on or before this day</source>
        <translation type="unfinished">只顯示在此日或之前接收的投訴</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Received</source>
        <translation type="unfinished">接收日期</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../council_desk/ui/dialogs.py" line="+61"/>
        <source>Log a follow-up — complaint %1</source>
        <translation type="unfinished">記錄跟進 — 投訴 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How you were in touch: call, email, letter, visit or a note</source>
        <translation type="unfinished">聯絡途徑：電話、電子郵件、信件、走訪或備註</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was done or said, and what happens next</source>
        <translation type="unfinished">做了什麼或說了什麼，接下來會怎樣</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no outcome yet)</source>
        <translation type="unfinished">（尚無結果）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What came of it, if anything yet</source>
        <translation type="unfinished">結果如何（如已有）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(leave as is: %1)</source>
        <translation type="unfinished">（保持不變：%1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new office status for the case, if it changed</source>
        <translation type="unfinished">案件新的辦公室狀態（如有變化）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind on</source>
        <translation type="unfinished">提醒日期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reminder date</source>
        <translation type="unfinished">提醒日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The day this case shows in Reminders</source>
        <translation type="unfinished">此案件出現在「提醒」中的日期</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Whose reminder</source>
        <translation type="unfinished">誰的提醒</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who is reminded: you or a colleague</source>
        <translation type="unfinished">提醒誰：您或同事</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for me</source>
        <translation type="unfinished">給我</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for %1</source>
        <translation type="unfinished">給 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What</source>
        <translation type="unfinished">內容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation type="unfinished">備註</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation type="unfinished">結果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office status</source>
        <translation type="unfinished">辦公室狀態</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved on this PC at once; sent to the shared office log at the next sync.</source>
        <translation type="unfinished">立即儲存在這台電腦上；下次同步時傳送到辦公室共享記錄。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save follow-up</source>
        <translation type="unfinished">儲存跟進</translation>
    </message>
</context>
<context>
    <name>FollowUpKind</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="-164"/>
        <source>Phone call</source>
        <translation type="unfinished">電話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation type="unfinished">電子郵件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation type="unfinished">信件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit</source>
        <translation type="unfinished">走訪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation type="unfinished">備註</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status change</source>
        <translation type="unfinished">狀態變更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignment</source>
        <translation type="unfinished">分派</translation>
    </message>
</context>
<context>
    <name>GroupModel</name>
    <message>
        <location filename="../council_desk/ui/groups.py" line="+44"/>
        <source>Complaint #</source>
        <translation type="unfinished">投訴編號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation type="unfinished">接收日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation type="unfinished">類型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office status</source>
        <translation type="unfinished">辦公室狀態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to</source>
        <translation type="unfinished">負責人</translation>
    </message>
    <message numerus="yes">
        <location line="+139"/>
        <source>Show all %n case(s) of this group in the list…</source>
        <translation type="unfinished">
            <numerusform>在清單中顯示此組的全部 %n 個案件…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform>%n 件案件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n open here</source>
        <translation type="unfinished">
            <numerusform>%n 個在本辦公室未結</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no street address)</source>
        <translation type="unfinished">（無街道地址）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same filer</source>
        <translation type="unfinished">同一投訴人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no contact details to match)</source>
        <translation type="unfinished">（無可比對的聯絡資料）</translation>
    </message>
</context>
<context>
    <name>GroupedCases</name>
    <message>
        <location line="+27"/>
        <source>Cases by group</source>
        <translation type="unfinished">分組案件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a group (Right arrow) to see its cases; choose one to see it beside</source>
        <translation type="unfinished">展開一個組（右箭頭）查看其案件；選擇一個案件在旁邊查看</translation>
    </message>
</context>
<context>
    <name>InfoType</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="+173"/>
        <source>Name</source>
        <translation type="unfinished">姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current and/or previous home addresses</source>
        <translation type="unfinished">現住址和/或以前的住址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone number</source>
        <translation type="unfinished">電話號碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email address</source>
        <translation type="unfinished">電子郵件地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages spoken</source>
        <translation type="unfinished">使用的語言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>311 complaint number, date, time and text (§ 23-315)</source>
        <translation type="unfinished">311 投訴編號、日期、時間和內容（§ 23-315）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location of the complaint (street address)</source>
        <translation type="unfinished">投訴地點（街道地址）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The office&apos;s casework notes</source>
        <translation type="unfinished">辦公室的個案記錄</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location line="-123"/>
        <source>English</source>
        <translation type="unfinished">英語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation type="unfinished">西班牙語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese (Simplified)</source>
        <translation type="unfinished">中文（簡體）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese (Traditional)</source>
        <translation type="unfinished">中文（繁體）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation type="unfinished">俄語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bengali</source>
        <translation type="unfinished">孟加拉語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Haitian Creole</source>
        <translation type="unfinished">海地克里奧爾語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Korean</source>
        <translation type="unfinished">韓語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic</source>
        <translation type="unfinished">阿拉伯語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urdu</source>
        <translation type="unfinished">烏爾都語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation type="unfinished">法語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polish</source>
        <translation type="unfinished">波蘭語</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../council_desk/ui/print_dialog.py" line="+44"/>
        <source>Print letter</source>
        <translation type="unfinished">列印信件</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>A letter for %n case(s). You will see it before anything is printed.</source>
        <translation type="unfinished">
            <numerusform>為 %n 件案件列印信件。列印前您會先看到預覽。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Which approved letter to print</source>
        <translation type="unfinished">要列印哪封已批准的信件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each constituent&apos;s preferred language</source>
        <translation type="unfinished">每位選民的首選語言</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Their preferred languages: %1.</source>
        <translation type="unfinished">他們的首選語言：%1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (preferred)</source>
        <translation type="unfinished">%1（首選）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language the letter is printed in</source>
        <translation type="unfinished">信件列印所用的語言</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I understand; use this translation anyway</source>
        <translation type="unfinished">我明白；仍使用此翻譯</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Letter template:</source>
        <translation type="unfinished">信件範本：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation type="unfinished">語言：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview…</source>
        <translation type="unfinished">預覽…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Optional: a few sentences of your own for this letter. Printed as you type them, after the letter&apos;s text.</source>
        <translation type="unfinished">可選：為這封信寫幾句您自己的話。按您輸入的原樣列印在信件正文之後。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <source>Personal paragraph</source>
        <translation type="unfinished">個人段落</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 is %2</source>
        <translation type="unfinished">%1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This translation has not been reviewed by a person.</source>
        <translation type="unfinished">此翻譯尚未經人工審核。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask a colleague who reads the language to check the preview before it is sent.</source>
        <translation type="unfinished">請懂該語言的同事在傳送前檢查預覽。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 of %2 characters</source>
        <translation type="unfinished">%1/%2 個字元</translation>
    </message>
</context>
<context>
    <name>LetterReview</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="-35"/>
        <source>a machine draft</source>
        <translation type="unfinished">機器翻譯草稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marked as needing review</source>
        <translation type="unfinished">標記為需要審核</translation>
    </message>
</context>
<context>
    <name>LetterTemplate</name>
    <message>
        <location line="-9"/>
        <source>Acknowledgement (we received the complaint)</source>
        <translation type="unfinished">確認函（我們已收到投訴）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status update</source>
        <translation type="unfinished">進展通知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency response</source>
        <translation type="unfinished">機構回覆</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed but not fixed (we asked 311 to reopen)</source>
        <translation type="unfinished">已結案但未解決（我們已請求 311 重新開啟）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing (case finished)</source>
        <translation type="unfinished">結案函（案件已完成）</translation>
    </message>
</context>
<context>
    <name>LockProcedure</name>
    <message>
        <location filename="../council_desk/ui/locking.py" line="+103"/>
        <source>That passphrase is not right.</source>
        <translation type="unfinished">該密碼短語不正確。</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../council_desk/ui/lock.py" line="+124"/>
        <source>Council Desk is locked</source>
        <translation type="unfinished">Council Desk 已鎖定</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your unlock PIN or passphrase</source>
        <translation type="unfinished">您的解鎖 PIN 碼或密碼短語</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unlock PIN or passphrase</source>
        <translation type="unfinished">解鎖 PIN 碼或密碼短語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PIN or passphrase you chose for this PC</source>
        <translation type="unfinished">您為這台電腦選擇的 PIN 碼或密碼短語</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sign in with your browser…</source>
        <translation type="unfinished">使用瀏覽器登入…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Too many wrong tries. Sign in again with your browser to unlock Council Desk on this PC. Your work is saved.</source>
        <translation type="unfinished">錯誤次數過多。請使用瀏覽器重新登入，以在這台電腦上解鎖 Council Desk。您的工作已儲存。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your session has reached its daily limit. Sign in again with your browser to continue. No network? Your PIN or passphrase keeps you working offline.</source>
        <translation type="unfinished">您的工作階段已達到每日上限。請使用瀏覽器重新登入以繼續。沒有網路？您的 PIN 碼或密碼短語可讓您離線繼續工作。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Checking…</source>
        <translation type="unfinished">正在檢查…</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Unlock</source>
        <translation type="unfinished">解鎖</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Locked after a period without use, to keep constituents&apos; details private. Your work is saved.</source>
        <translation type="unfinished">閒置一段時間後已鎖定，以保護選民的個人資料。您的工作已儲存。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="+249"/>
        <location line="+28"/>
        <source>Cases</source>
        <translation type="unfinished">案件</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>The cases matching the search and filters; the selected one is shown beside</source>
        <translation type="unfinished">符合搜尋和篩選條件的案件；所選案件顯示在旁邊</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+47"/>
        <location filename="../council_desk/ui/window_actions.py" line="+64"/>
        <source>Reminders</source>
        <translation type="unfinished">提醒</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Cases and reminders</source>
        <translation type="unfinished">案件和提醒</translation>
    </message>
    <message>
        <location filename="../council_desk/ui/window_actions.py" line="-26"/>
        <source>Main</source>
        <translation type="unfinished">主工具列</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sync now</source>
        <translation type="unfinished">立即同步</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log follow-up</source>
        <translation type="unfinished">記錄跟進</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search</source>
        <translation type="unfinished">搜尋</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Statistics</source>
        <translation type="unfinished">統計</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Caseload</source>
        <translation type="unfinished">案件量</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock</source>
        <translation type="unfinished">鎖定</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bulk</source>
        <translation type="unfinished">批次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office status, a follow-up, an owner for every chosen case</source>
        <translation type="unfinished">為每個所選案件設定辦公室狀態、跟進或負責人</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Show contact details…</source>
        <translation type="unfinished">顯示聯絡資料…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ask 311 to reopen…</source>
        <translation type="unfinished">請求 311 重新開啟…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Office status</source>
        <translation type="unfinished">辦公室狀態</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Print letter…</source>
        <translation type="unfinished">列印信件…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print case summary…</source>
        <translation type="unfinished">列印案件摘要…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print mailing labels…</source>
        <translation type="unfinished">列印郵寄標籤…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Print</source>
        <translation type="unfinished">列印</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letters, case summaries and mailing labels for the selected cases</source>
        <translation type="unfinished">為所選案件列印信件、案件摘要和郵寄標籤</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Select one or more cases in the list first.</source>
        <translation type="unfinished">請先在清單中選擇一件或多件案件。</translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="+9"/>
        <source>Council Desk — District %1</source>
        <translation type="unfinished">Council Desk — 第 %1 選區</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (locked)</source>
        <translation type="unfinished">%1（已鎖定）</translation>
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
            <numerusform>已完成 Council Desk 停止時正在進行的批次變更：另外 %n 個案件。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reminders (%1)</source>
        <translation type="unfinished">提醒（%1）</translation>
    </message>
</context>
<context>
    <name>MoreFiltersDialog</name>
    <message>
        <location filename="../council_desk/ui/views.py" line="+68"/>
        <source>More filters</source>
        <translation type="unfinished">更多篩選</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office status</source>
        <translation type="unfinished">辦公室狀態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency status</source>
        <translation type="unfinished">機構狀態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation type="unfinished">機構</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint type</source>
        <translation type="unfinished">投訴類型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to</source>
        <translation type="unfinished">負責人</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tick one or more; none ticked means any</source>
        <translation type="unfinished">勾選一項或多項；都不勾選表示任意</translation>
    </message>
</context>
<context>
    <name>OfficeStatus</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="-43"/>
        <source>New</source>
        <translation type="unfinished">新建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation type="unfinished">處理中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting on agency</source>
        <translation type="unfinished">等待機構</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation type="unfinished">已解決</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed – unresolved</source>
        <translation type="unfinished">已結案 – 未解決</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <location line="+16"/>
        <source>Fixed</source>
        <translation type="unfinished">已修復</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly fixed</source>
        <translation type="unfinished">部分修復</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not fixed</source>
        <translation type="unfinished">未修復</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not the agency&apos;s responsibility</source>
        <translation type="unfinished">不屬於該機構的職責</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate of another complaint</source>
        <translation type="unfinished">與另一投訴重複</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No response</source>
        <translation type="unfinished">無回覆</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation type="unfinished">其他</translation>
    </message>
</context>
<context>
    <name>Output</name>
    <message>
        <location line="+150"/>
        <source>Contact details shown on screen</source>
        <translation type="unfinished">在螢幕上顯示的聯絡資料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter to the constituent</source>
        <translation type="unfinished">致選民的信函</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mailing labels</source>
        <translation type="unfinished">郵寄標籤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case summary without contact details</source>
        <translation type="unfinished">不含聯絡資料的案件摘要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case summary with contact details</source>
        <translation type="unfinished">含聯絡資料的案件摘要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact list exported as CSV</source>
        <translation type="unfinished">以 CSV 匯出的聯絡人清單</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details shared with a City agency</source>
        <translation type="unfinished">與市政機構共享的資料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office worklist without contact details</source>
        <translation type="unfinished">不含聯絡方式的辦公室工作清單</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../council_desk/ui/dialogs.py" line="+113"/>
        <source>Cache passphrase</source>
        <translation type="unfinished">快取密碼短語</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>At least %1 characters, not one character repeated, no space at the start or end</source>
        <translation type="unfinished">至少 %1 個字元，不能只是同一字元重複，開頭和結尾不能有空格</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The passphrase chosen for this cache</source>
        <translation type="unfinished">為此快取設定的密碼短語</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The same passphrase once more, to catch a typing mistake</source>
        <translation type="unfinished">再次輸入相同的密碼短語，以防輸入錯誤</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase</source>
        <translation type="unfinished">密碼短語</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Again</source>
        <translation type="unfinished">再次輸入</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unlock</source>
        <translation type="unfinished">解鎖</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The two passphrases differ.</source>
        <translation type="unfinished">兩次輸入的密碼短語不一致。</translation>
    </message>
</context>
<context>
    <name>PreviewWindow</name>
    <message>
        <location filename="../council_desk/ui/pdf_preview.py" line="+60"/>
        <source>Preview</source>
        <translation type="unfinished">預覽</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The pages as they will be printed</source>
        <translation type="unfinished">頁面的列印效果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading…</source>
        <translation type="unfinished">正在載入…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print…</source>
        <translation type="unfinished">列印…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as PDF…</source>
        <translation type="unfinished">另存為 PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation type="unfinished">關閉</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform>%n 頁</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The preview could not be shown.</source>
        <translation type="unfinished">無法顯示預覽。</translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <location filename="../council_desk/ui/printing.py" line="+137"/>
        <source>Letter preview</source>
        <translation type="unfinished">信件預覽</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Case summary preview</source>
        <translation type="unfinished">案件摘要預覽</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Referral preview</source>
        <translation type="unfinished">轉介預覽</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Mailing labels preview</source>
        <translation type="unfinished">郵寄標籤預覽</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Worklist: %1</source>
        <translation type="unfinished">工作清單：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+71"/>
        <source>%1 — %n case(s)</source>
        <translation type="unfinished">
            <numerusform>%1 — %n 件案件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../council_desk/ui/print_release.py" line="+77"/>
        <source>Printing or saving logs a “letter” follow-up on each case.</source>
        <translation type="unfinished">列印或儲存時，會在每件案件中記錄一筆「信件」跟進。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Translation not reviewed by a person: %1.</source>
        <translation type="unfinished">此翻譯未經人工審核：%1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contact details are left out of this summary.</source>
        <translation type="unfinished">此摘要不含聯絡資料。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No contact details. Printing or saving it is recorded in the privacy log: complaint numbers are personal information.</source>
        <translation type="unfinished">不含聯絡資料。列印或儲存會記入隱私紀錄：投訴編號屬於個人資訊。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Printing or saving uses approval %1 once: the 311 access system confirms it first.</source>
        <translation type="unfinished">列印或儲存會使用一次批准 %1：311 存取系統會先確認。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Save as PDF</source>
        <translation type="unfinished">另存為 PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>Sending pages to the printer…</source>
        <translation type="unfinished">正在將頁面傳送到印表機…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation type="unfinished">停止</translation>
    </message>
    <message numerus="yes">
        <location filename="../council_desk/ui/printing.py" line="+30"/>
        <source>Preparing %n case(s)…</source>
        <translation type="unfinished">
            <numerusform>正在準備 %n 件案件…</numerusform>
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
        <translation type="unfinished">時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation type="unfinished">工作人員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation type="unfinished">內容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class</source>
        <translation type="unfinished">類別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval or reason</source>
        <translation type="unfinished">批准或理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation type="unfinished">接收方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints</source>
        <translation type="unfinished">投訴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found</source>
        <translation type="unfinished">發現</translation>
    </message>
</context>
<context>
    <name>PrivacyLogTab</name>
    <message>
        <location line="+122"/>
        <source>Mark as seen</source>
        <translation type="unfinished">標為已讀</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Staff</source>
        <translation type="unfinished">工作人員</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the disclosures of one staff member</source>
        <translation type="unfinished">顯示某位工作人員的披露</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Class</source>
        <translation type="unfinished">類別</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the disclosures of one class</source>
        <translation type="unfinished">顯示某一類別的披露</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any class</source>
        <translation type="unfinished">任何類別</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>Complaint #</source>
        <translation type="unfinished">投訴編號</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the disclosures naming this complaint</source>
        <translation type="unfinished">顯示涉及此投訴的披露</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From</source>
        <translation type="unfinished">從</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the disclosures from this day</source>
        <translation type="unfinished">顯示從這一天起的披露</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation type="unfinished">到</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the disclosures up to this day</source>
        <translation type="unfinished">顯示截至這一天的披露</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation type="unfinished">重新整理</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report…</source>
        <translation type="unfinished">報告…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Disclosure log</source>
        <translation type="unfinished">披露日誌</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each disclosure: when, who, what, class, approval or reason, to whom, which complaints, and what the 311 access system found</source>
        <translation type="unfinished">每次披露：時間、人員、內容、類別、批准或理由、接收方、涉及的投訴，以及 311 存取系統的發現</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>From the 311 access system&apos;s record of every device of this office.</source>
        <translation type="unfinished">來自 311 存取系統對本辦公室每台裝置的記錄。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OFFLINE: from this PC&apos;s own log only. Other devices&apos; events are not included.</source>
        <translation type="unfinished">離線：僅來自此電腦自己的日誌。不含其他裝置的事件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Device %1 (%2): events %3 never arrived; found: %4</source>
        <translation type="unfinished">裝置 %1（%2）：事件 %3 從未到達；發現：%4</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Every device&apos;s record is complete: nothing missing, nothing flagged.</source>
        <translation type="unfinished">每台裝置的記錄都完整：沒有缺失，沒有標記。</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+127"/>
        <source>Anyone</source>
        <translation type="unfinished">任何人</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n disclosure(s) shown</source>
        <translation type="unfinished">
            <numerusform>顯示 %n 項披露</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>New since you last looked: %1 exigent disclosure(s), %2 finding(s) about the record.</source>
        <translation type="unfinished">自您上次查看以來的新內容：%1 項緊急披露，%2 項關於記錄的發現。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Save the report</source>
        <translation type="unfinished">儲存報告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">CSV 檔案 (*.csv)</translation>
    </message>
</context>
<context>
    <name>PrivacyUI</name>
    <message>
        <location filename="../council_desk/ui/privacy_ui.py" line="+54"/>
        <source>Approvals</source>
        <translation type="unfinished">批准</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+88"/>
        <source>Privacy log</source>
        <translation type="unfinished">隱私日誌</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Privacy log (new)</source>
        <translation type="unfinished">隱私日誌（新）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New for the privacy officer: %1 exigent disclosure(s), %2 finding(s) about the record.</source>
        <translation type="unfinished">隱私主管有新內容：%1 項緊急披露，%2 項關於記錄的發現。</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../council_desk/ui/bulk.py" line="-190"/>
        <source>Reassign a caseworker&apos;s cases</source>
        <translation type="unfinished">重新分派某位工作人員的案件</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The caseworker whose open cases and reminders move</source>
        <translation type="unfinished">其未結案件和提醒將被轉交的工作人員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The caseworker who takes them</source>
        <translation type="unfinished">接手的工作人員</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every case the office still has open that is assigned to the first person, and every open reminder of theirs, goes to the second. Each change is recorded as if made one by one.</source>
        <translation type="unfinished">辦公室仍未結、分派給第一個人的每個案件，以及此人的每個未完成提醒，都會轉給第二個人。每項變更都按逐一操作記錄。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From</source>
        <translation type="unfinished">從</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation type="unfinished">到</translation>
    </message>
</context>
<context>
    <name>Recipient</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="-25"/>
        <source>The constituent (the person who filed)</source>
        <translation type="unfinished">選民（投訴人本人）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This council office (internal casework)</source>
        <translation type="unfinished">本議員辦公室（內部個案處理）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other City agencies</source>
        <translation type="unfinished">其他市政機構</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New York State or federal agencies</source>
        <translation type="unfinished">紐約州或聯邦機構</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community partners / NGOs</source>
        <translation type="unfinished">社區夥伴 / 非政府組織</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court, enforcement agency or other entity issuing a subpoena</source>
        <translation type="unfinished">法院、執法機構或其他發出傳票的實體</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other</source>
        <translation type="unfinished">其他</translation>
    </message>
</context>
<context>
    <name>ReminderColumns</name>
    <message>
        <location line="-68"/>
        <source>Due</source>
        <translation type="unfinished">到期日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint #</source>
        <translation type="unfinished">投訴編號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For</source>
        <translation type="unfinished">負責人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation type="unfinished">類型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation type="unfinished">地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation type="unfinished">備註</translation>
    </message>
</context>
<context>
    <name>RemindersModel</name>
    <message>
        <location filename="../council_desk/ui/reminders.py" line="+151"/>
        <source>Overdue</source>
        <translation type="unfinished">已逾期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due today</source>
        <translation type="unfinished">今天到期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due in the next 7 days</source>
        <translation type="unfinished">未來 7 天內到期</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (overdue)</source>
        <translation type="unfinished">%1（已逾期）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (today)</source>
        <translation type="unfinished">%1（今天）</translation>
    </message>
</context>
<context>
    <name>RemindersTab</name>
    <message>
        <location line="+77"/>
        <source>Reminders</source>
        <translation type="unfinished">提醒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders overdue, due today and in the next 7 days; Enter opens the case</source>
        <translation type="unfinished">逾期、今天到期及未來 7 天的提醒；按 Enter 開啟案件</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>My reminders</source>
        <translation type="unfinished">我的提醒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone&apos;s</source>
        <translation type="unfinished">所有人的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whose reminders</source>
        <translation type="unfinished">誰的提醒</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done</source>
        <translation type="unfinished">完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the chosen reminders done (Ctrl+D)</source>
        <translation type="unfinished">將所選提醒標為完成（Ctrl+D）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Snooze</source>
        <translation type="unfinished">延後</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tomorrow</source>
        <translation type="unfinished">明天</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next Monday</source>
        <translation type="unfinished">下週一</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reschedule…</source>
        <translation type="unfinished">改期…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give to</source>
        <translation type="unfinished">交給</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open case</source>
        <translation type="unfinished">開啟案件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show:</source>
        <translation type="unfinished">顯示：</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 overdue, %2 due today, %3 in the next 7 days. Double-click one (or press Enter) to open the case.</source>
        <translation type="unfinished">%1 個逾期，%2 個今天到期，%3 個在未來 7 天內。按兩下一項（或按 Enter）開啟案件。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing is due in the next 7 days. A follow-up logged with a reminder appears here when its day comes near.</source>
        <translation type="unfinished">未來 7 天內沒有到期事項。帶提醒的跟進會在日期臨近時出現在這裡。</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../council_desk/ui/dialogs.py" line="-70"/>
        <source>Ask 311 to reopen complaint %1</source>
        <translation type="unfinished">請求 311 重新開啟投訴 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why the office considers the complaint unresolved</source>
        <translation type="unfinished">本辦公室為何認為此投訴尚未解決</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What is still wrong (sent to 311 and the agency)</source>
        <translation type="unfinished">仍存在的問題（將傳送給 311 和機構）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why</source>
        <translation type="unfinished">原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation type="unfinished">詳情</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask 311 to reopen</source>
        <translation type="unfinished">請求 311 重新開啟</translation>
    </message>
</context>
<context>
    <name>ReopenStage</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="+5"/>
        <source>Sent: waiting to reach 311</source>
        <translation type="unfinished">已傳送：等待送達 311</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forwarded by 311 to the agency</source>
        <translation type="unfinished">311 已轉交機構</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not needed: the complaint was still open</source>
        <translation type="unfinished">無需：投訴仍未結案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agency reopened it</source>
        <translation type="unfinished">機構已重開</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agency declined to reopen it</source>
        <translation type="unfinished">機構拒絕重開</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../council_desk/ui/privacy_log.py" line="-314"/>
        <source>Identifying Information Law report</source>
        <translation type="unfinished">《身分資訊法》報告</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>PDF (to print and sign)</source>
        <translation type="unfinished">PDF（用於列印和簽名）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (for a spreadsheet)</source>
        <translation type="unfinished">CSV（用於試算表）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Format</source>
        <translation type="unfinished">格式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF to print and sign, or CSV</source>
        <translation type="unfinished">用於列印和簽名的 PDF，或 CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation type="unfinished">從</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The first day of the report&apos;s period</source>
        <translation type="unfinished">報告期間的第一天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation type="unfinished">到</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The last day of the report&apos;s period</source>
        <translation type="unfinished">報告期間的最後一天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From:</source>
        <translation type="unfinished">從：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation type="unfinished">到：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format:</source>
        <translation type="unfinished">格式：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save…</source>
        <translation type="unfinished">儲存…</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message numerus="yes">
        <location filename="../council_desk/ui/reminders.py" line="-151"/>
        <source>Reschedule %n reminder(s)</source>
        <translation type="unfinished">
            <numerusform>為 %n 個提醒改期</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The day the reminders are due</source>
        <translation type="unfinished">提醒的到期日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New date:</source>
        <translation type="unfinished">新日期：</translation>
    </message>
</context>
<context>
    <name>RevealDialog</name>
    <message>
        <location filename="../council_desk/ui/dialogs.py" line="-74"/>
        <source>Show contact details</source>
        <translation type="unfinished">顯示聯絡資料</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact details are shown only when you need them. Why do you need them for complaint %1? Your answer is recorded in the privacy log.</source>
        <translation type="unfinished">只有在您需要時才會顯示聯絡資料。您為什麼需要投訴 %1 的聯絡資料？您的回答將記入隱私日誌。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Other (say why below)</source>
        <translation type="unfinished">其他（請在下方說明原因）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why you need the contact details</source>
        <translation type="unfinished">您需要聯絡資料的原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded in the privacy log with your name and the time</source>
        <translation type="unfinished">連同您的姓名和時間一起記入隱私日誌</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason</source>
        <translation type="unfinished">原因</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason, in your words</source>
        <translation type="unfinished">原因（請用自己的話說明）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needed when you choose Other; otherwise added to the reason chosen</source>
        <translation type="unfinished">選擇「其他」時必須填寫；否則會附加到所選原因之後</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show and record</source>
        <translation type="unfinished">顯示並記錄</translation>
    </message>
</context>
<context>
    <name>RevealPurpose</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="-80"/>
        <source>Call the constituent about this complaint</source>
        <translation type="unfinished">就此投訴致電選民</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write to the constituent about this complaint</source>
        <translation type="unfinished">就此投訴致函選民</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit about this complaint</source>
        <translation type="unfinished">就此投訴進行走訪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check who filed before contacting the agency</source>
        <translation type="unfinished">聯絡機構前先核實投訴人</translation>
    </message>
</context>
<context>
    <name>SecretRules</name>
    <message>
        <location filename="../council_desk/ui/error_text.py" line="+63"/>
        <source>A passphrase needs at least %1 characters.</source>
        <translation type="unfinished">密碼短語至少需要 %1 個字元。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A passphrase cannot be one character repeated.</source>
        <translation type="unfinished">密碼短語不能只是同一字元重複。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A passphrase cannot start or end with a space.</source>
        <translation type="unfinished">密碼短語的開頭和結尾不能有空格。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PIN needs at least %1 digits.</source>
        <translation type="unfinished">PIN 碼至少需要 %1 位數字。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This PIN is too easy to guess (a repeated digit or a run like 123456).</source>
        <translation type="unfinished">此 PIN 碼太容易被猜到（重複的數字或 123456 這樣的連續數字）。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../council_desk/ui/settings_dialog.py" line="+50"/>
        <source>The interface will be in %1 the next time Council Desk starts.</source>
        <translation type="unfinished">下次啟動 Council Desk 時，介面將使用%1。</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Settings</source>
        <translation type="unfinished">設定</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Used from the next time Council Desk starts</source>
        <translation type="unfinished">下次啟動 Council Desk 時生效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language is used from the next time Council Desk starts.</source>
        <translation type="unfinished">新的語言將在下次啟動 Council Desk 時生效。</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+36"/>
        <location line="+37"/>
        <source>Language</source>
        <translation type="unfinished">語言</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>The PC&apos;s language (%1)</source>
        <translation type="unfinished">電腦的語言（%1）</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Language</source>
        <translation type="unfinished">語言(&amp;L)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The language of Council Desk&apos;s windows</source>
        <translation type="unfinished">Council Desk 視窗使用的語言</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Settings</source>
        <translation type="unfinished">設定(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings and translations…</source>
        <translation type="unfinished">設定與翻譯…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Translation</source>
        <translation type="unfinished">翻譯</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Translation status</source>
        <translation type="unfinished">翻譯狀態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For each language: whether a person has reviewed the machine draft</source>
        <translation type="unfinished">每種語言：機器翻譯草稿是否已經人工審核</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Translations start as machine drafts. A colleague who reads the language checks them and their name and the date are recorded here.</source>
        <translation type="unfinished">翻譯最初都是機器翻譯草稿。由懂該語言的同事審核，並在此記錄其姓名和日期。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Language:</source>
        <translation type="unfinished">語言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reviewed by %1 on %2</source>
        <translation type="unfinished">由 %1 於 %2 審核</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Machine draft (%1), not yet reviewed by a person</source>
        <translation type="unfinished">機器翻譯草稿（%1），尚未經人工審核</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not installed on this PC</source>
        <translation type="unfinished">未安裝在這台電腦上</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../council_desk/ui/share.py" line="+52"/>
        <source>Share with an agency</source>
        <translation type="unfinished">與機構共享</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Share the constituent&apos;s details for complaint(s) %1 with a City agency. The share is recorded in the privacy log, and the agency gets a referral sheet with only what you tick.</source>
        <translation type="unfinished">將投訴 %1 的選民資料與市政機構共享。共享會記入隱私日誌，機構收到的轉介單只含您勾選的內容。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Agency</source>
        <translation type="unfinished">機構</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agency that receives the details (from the case; another can be named)</source>
        <translation type="unfinished">接收資料的機構（來自案件；可另行指定）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Agency:</source>
        <translation type="unfinished">機構：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share:</source>
        <translation type="unfinished">共享：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview…</source>
        <translation type="unfinished">預覽…</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <location filename="../council_desk/ui/signin.py" line="+71"/>
        <source>Council Desk — sign in</source>
        <translation type="unfinished">Council Desk — 登入</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Council Desk</source>
        <translation type="unfinished">Council Desk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>311 complaints shared with your council member&apos;s office, with the filer&apos;s consent.</source>
        <translation type="unfinished">經投訴人同意，與您的市議員辦公室共享的 311 投訴。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set by your office&apos;s IT (Council Desk policy file).</source>
        <translation type="unfinished">由您辦公室的 IT 設定（Council Desk 政策檔案）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The 311 access system&apos;s address, from your office&apos;s IT contact</source>
        <translation type="unfinished">311 存取系統的地址，由您辦公室的 IT 聯絡人提供</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with your browser</source>
        <translation type="unfinished">使用瀏覽器登入</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+76"/>
        <source>Cancel</source>
        <translation type="unfinished">取消</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Open offline…</source>
        <translation type="unfinished">離線開啟…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+175"/>
        <source>Work with the cases already on this PC until the server is back</source>
        <translation type="unfinished">在伺服器恢復之前，使用這台電腦上已有的案件工作</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Server address</source>
        <translation type="unfinished">伺服器地址</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose your unlock PIN</source>
        <translation type="unfinished">選擇您的解鎖 PIN 碼</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Council Desk locks itself when the PC is left alone. Choose a PIN of at least 6 digits, or a passphrase of at least 8 characters, to unlock it, and to open your cases when there is no network. After 5 wrong tries you will need to sign in again with your browser. Council Desk keeps only a scrambled check of it, never the PIN itself.</source>
        <translation type="unfinished">電腦無人使用時，Council Desk 會自動鎖定。請選擇至少 6 位數字的 PIN 碼或至少 8 個字元的密碼短語，用於解鎖以及在沒有網路時開啟您的案件。輸錯 5 次後，您需要使用瀏覽器重新登入。Council Desk 只儲存其加密校驗值，絕不儲存 PIN 碼本身。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>At least 6 digits, or a passphrase of at least 8 characters</source>
        <translation type="unfinished">至少 6 位數字，或至少 8 個字元的密碼短語</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same once more, to catch a typing mistake</source>
        <translation type="unfinished">再輸入一次，以防輸入錯誤</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Continue</source>
        <translation type="unfinished">繼續</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+40"/>
        <source>PIN or passphrase</source>
        <translation type="unfinished">PIN 碼或密碼短語</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Again</source>
        <translation type="unfinished">再次輸入</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open the cases on this PC</source>
        <translation type="unfinished">開啟這台電腦上的案件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Without the 311 access system, your unlock PIN or passphrase proves it is you. Changes you make are sent when the network is back.</source>
        <translation type="unfinished">沒有 311 存取系統時，您的解鎖 PIN 碼或密碼短語可以證明是您本人。您所做的變更會在網路恢復後傳送。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The PIN or passphrase you chose for this PC</source>
        <translation type="unfinished">您為這台電腦選擇的 PIN 碼或密碼短語</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open</source>
        <translation type="unfinished">開啟</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back</source>
        <translation type="unfinished">返回</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Training sandbox on this PC. Training account:</source>
        <translation type="unfinished">這台電腦上的培訓用沙盒。培訓帳戶：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No usable cases on this PC for this server (never synced, or offline too long)</source>
        <translation type="unfinished">這台電腦上沒有此伺服器的可用案件（從未同步，或離線時間過長）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Your web browser is opening the sign-in page. Sign in there, then come back here.</source>
        <translation type="unfinished">您的網頁瀏覽器正在開啟登入頁面。請在那裡登入，然後回到這裡。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The two entries differ.</source>
        <translation type="unfinished">兩次輸入不一致。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose an unlock PIN to see your cases.</source>
        <translation type="unfinished">請選擇解鎖 PIN 碼以查看您的案件。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Checking…</source>
        <translation type="unfinished">正在檢查…</translation>
    </message>
</context>
<context>
    <name>StandardButtons</name>
    <message>
        <location filename="../council_desk/ui/accessibility.py" line="+145"/>
        <source>OK</source>
        <translation type="unfinished">確定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished">取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation type="unfinished">關閉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation type="unfinished">儲存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation type="unfinished">是</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation type="unfinished">否</translation>
    </message>
</context>
<context>
    <name>StatsColumns</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="+102"/>
        <source>Complaint type</source>
        <translation type="unfinished">投訴類型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation type="unfinished">機構</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation type="unfinished">請求數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation type="unfinished">已結案數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closure rate</source>
        <translation type="unfinished">結案率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City closure rate</source>
        <translation type="unfinished">全市結案率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen asked</source>
        <translation type="unfinished">請求重開數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen rate</source>
        <translation type="unfinished">重開率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfied</source>
        <translation type="unfinished">滿意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey answers</source>
        <translation type="unfinished">調查回複數</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed requests ÷ requests received in the period</source>
        <translation type="unfinished">已結案請求 ÷ 期內收到的請求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same rate for this complaint type and agency across the whole city</source>
        <translation type="unfinished">此投訴類型和機構在全市的同一比率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed requests someone asked 311 to reopen</source>
        <translation type="unfinished">有人請求 311 重新開啟的已結案請求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen requests ÷ closed requests</source>
        <translation type="unfinished">重開請求 ÷ 已結案請求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey answers &apos;satisfied&apos; or &apos;very satisfied&apos; ÷ all survey answers</source>
        <translation type="unfinished">「滿意」或「非常滿意」的調查回復 ÷ 全部調查回復</translation>
    </message>
</context>
<context>
    <name>StatsModel</name>
    <message>
        <location filename="../council_desk/ui/stats_window.py" line="+159"/>
        <source>The city had no requests of this type for this agency in the period</source>
        <translation type="unfinished">期內全市沒有此類型、此機構的請求</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fewer than %1 people were behind this figure in each month, so 311 does not publish it: it could tell someone&apos;s answer.</source>
        <translation type="unfinished">每個月這個數字背後的人數都少於 %1 人，因此 311 不予公布：它可能洩露某人的回答。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some months had too few to show; this covers the other months only.</source>
        <translation type="unfinished">有些月份的資料太少，無法顯示；此數字只涵蓋其他月份。</translation>
    </message>
</context>
<context>
    <name>StatsWindow</name>
    <message>
        <location line="+22"/>
        <source>311 statistics — District %1</source>
        <translation type="unfinished">311 統計 — 第 %1 選區</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>311 statistics</source>
        <translation type="unfinished">311 統計</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last %1 months</source>
        <translation type="unfinished">最近 %1 個月</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The months the figures cover, this month included</source>
        <translation type="unfinished">資料涵蓋的月份，包括本月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Period:</source>
        <translation type="unfinished">期間(&amp;P)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished">匯出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>“too few to show”: fewer than %1 requests or survey answers in a month. 311 withholds such figures so that no one&apos;s answer can be worked out. Figures in italics leave out such months: “at least” counts, and rates of the other months only.</source>
        <translation type="unfinished">「數量太少，不予顯示」：某月的請求或調查回覆少於 %1 個。311 不公布此類數字，以免任何人的回答被推斷出來。斜體數字不含這些月份：計數為「至少」，比率只來自其他月份。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Requests by complaint type and agency</source>
        <translation type="unfinished">按投訴類型和機構列出的請求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One line per complaint type and agency; click a heading to sort</source>
        <translation type="unfinished">每個投訴類型和機構一行；點選標題可排序</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Loading the figures from 311…</source>
        <translation type="unfinished">正在從 311 載入資料…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>311 sent figures for another district. Nothing is shown; please tell your office&apos;s Council Desk contact.</source>
        <translation type="unfinished">311 發來了其他選區的資料。不顯示任何內容；請告知您辦公室的 Council Desk 聯絡人。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No requests in this period.</source>
        <translation type="unfinished">此期間沒有請求。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The figures could not be shown because of a problem in Council Desk.</source>
        <translation type="unfinished">由於 Council Desk 內部問題，無法顯示資料。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: too few requests to show any figure</source>
        <translation type="unfinished">%1：請求太少，不顯示任何數字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 requests · %3 closed · %4 of closed asked to reopen · %5 satisfied (%6 answers)</source>
        <translation type="unfinished">%1：%2 個請求 · 結案 %3 · 已結案中 %4 請求重開 · 滿意 %5（%6 份回覆）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>District %1, %2</source>
        <translation type="unfinished">第 %1 選區，%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whole city</source>
        <translation type="unfinished">全市</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export statistics</source>
        <translation type="unfinished">匯出統計</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file could not be saved: %1</source>
        <translation type="unfinished">無法儲存檔案：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved %1</source>
        <translation type="unfinished">已儲存 %1</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../council_desk/ui/print_dialog.py" line="+26"/>
        <source>Print case summary</source>
        <translation type="unfinished">列印案件摘要</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>A summary of %n case(s): complaint, location, agency status, consent receipt and follow-ups. Contact details are left out unless you include them.</source>
        <translation type="unfinished">
            <numerusform>%n 件案件的摘要：投訴、地點、機構狀態、同意回執和跟進記錄。除非您選擇包含，否則不含聯絡資料。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Include contact details</source>
        <translation type="unfinished">包含聯絡資料</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name, phone, email and mailing address</source>
        <translation type="unfinished">姓名、電話、電子郵件和郵寄地址</translation>
    </message>
    <message>
        <location filename="../council_desk/ui/disclosure_choice.py" line="-129"/>
        <source>Case-by-case — approved by the privacy officer</source>
        <translation type="unfinished">個案批准 — 經隱私主管批准</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Exigent — urgent, to protect someone&apos;s health or safety</source>
        <translation type="unfinished">緊急 — 為保護某人的健康或安全</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why this cannot wait (required)</source>
        <translation type="unfinished">為何不能等待（必填）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why this cannot wait</source>
        <translation type="unfinished">為何不能等待</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded in the privacy log with the printout</source>
        <translation type="unfinished">連同列印件一起記入隱私日誌</translation>
    </message>
    <message>
        <location filename="../council_desk/ui/print_dialog.py" line="+10"/>
        <source>Every printout or saved copy with contact details is recorded in the privacy log with the class you choose.</source>
        <translation type="unfinished">每份含聯絡資料的列印件或已儲存副本，都會連同您選擇的類別記入隱私日誌。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Preview…</source>
        <translation type="unfinished">預覽…</translation>
    </message>
</context>
<context>
    <name>SurveyAnswer</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="-38"/>
        <source>Very dissatisfied</source>
        <translation type="unfinished">非常不滿意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dissatisfied</source>
        <translation type="unfinished">不滿意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neither satisfied nor dissatisfied</source>
        <translation type="unfinished">普通</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfied</source>
        <translation type="unfinished">滿意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very satisfied</source>
        <translation type="unfinished">非常滿意</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../council_desk/ui/sync_status.py" line="+67"/>
        <source>Cancel sync</source>
        <translation type="unfinished">取消同步</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>All changes sent</source>
        <translation type="unfinished">所有變更均已傳送</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n change(s) waiting to be sent</source>
        <translation type="unfinished">
            <numerusform>%n 項變更等待傳送</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Syncing…</source>
        <translation type="unfinished">正在同步…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Connecting</source>
        <translation type="unfinished">正在連線</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending changes</source>
        <translation type="unfinished">正在傳送變更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending the privacy log</source>
        <translation type="unfinished">正在傳送隱私日誌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receiving cases</source>
        <translation type="unfinished">正在接收案件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receiving follow-ups</source>
        <translation type="unfinished">正在接收跟進</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing</source>
        <translation type="unfinished">正在同步</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sync cancelled.</source>
        <translation type="unfinished">已取消同步。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sync failed because of a problem in Council Desk.</source>
        <translation type="unfinished">由於 Council Desk 內部問題，同步失敗。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Connecting…</source>
        <translation type="unfinished">正在連線…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>● Online</source>
        <translation type="unfinished">● 線上</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>● Offline</source>
        <translation type="unfinished">● 離線</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not yet</source>
        <translation type="unfinished">尚未同步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last synced: %1</source>
        <translation type="unfinished">上次同步：%1</translation>
    </message>
</context>
<context>
    <name>ViewBar</name>
    <message>
        <location filename="../council_desk/ui/views.py" line="+50"/>
        <source>View</source>
        <translation type="unfinished">檢視</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A saved way of looking at the cases</source>
        <translation type="unfinished">已儲存的案件檢視方式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save view…</source>
        <translation type="unfinished">儲存檢視…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete view</source>
        <translation type="unfinished">刪除檢視</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More filters…</source>
        <translation type="unfinished">更多篩選…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear filters</source>
        <translation type="unfinished">清除篩選</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No grouping</source>
        <translation type="unfinished">不分組</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group by building</source>
        <translation type="unfinished">依建築分組</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group by filer</source>
        <translation type="unfinished">依投訴人分組</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Group the list</source>
        <translation type="unfinished">清單分組</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By building (the address, normalised) or by filer (without any contact detail)</source>
        <translation type="unfinished">依建築（規範化後的地址）或依投訴人（不顯示任何聯絡資料）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>View:</source>
        <translation type="unfinished">檢視：</translation>
    </message>
    <message>
        <location line="+104"/>
        <location line="+23"/>
        <source>Save view</source>
        <translation type="unfinished">儲存檢視</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>A name for this view (the search, filters and sort):</source>
        <translation type="unfinished">此檢視的名稱（搜尋、篩選和排序）：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Give the view a name.</source>
        <translation type="unfinished">請為檢視命名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A view&apos;s name can be at most %1 characters.</source>
        <translation type="unfinished">檢視名稱最多 %1 個字元。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That name belongs to one of the built-in views; choose another.</source>
        <translation type="unfinished">該名稱屬於內建檢視之一，請另選一個。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Nobody</source>
        <translation type="unfinished">無人</translation>
    </message>
</context>
<context>
    <name>ViewName</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="+10"/>
        <source>All cases</source>
        <translation type="unfinished">全部案件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mine</source>
        <translation type="unfinished">我的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unassigned</source>
        <translation type="unfinished">未分派</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation type="unfinished">已逾期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed at agency, still open here</source>
        <translation type="unfinished">機構已結案，本辦公室未結</translation>
    </message>
</context>
<context>
    <name>WhatThisPCKeeps</name>
    <message>
        <location filename="../council_desk/ui/transparency.py" line="+65"/>
        <location line="+6"/>
        <source>What this PC keeps</source>
        <translation type="unfinished">此電腦保存的內容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is stored here, why, for how long, who can see it, and how to remove it</source>
        <translation type="unfinished">這裡保存了什麼、原因、保存多久、誰能查看以及如何刪除</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What</source>
        <translation type="unfinished">內容</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation type="unfinished">原因</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How long</source>
        <translation type="unfinished">保存多久</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who can see it</source>
        <translation type="unfinished">誰能查看</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The consented 311 complaints of your district, with the filers&apos; contact details and your office&apos;s follow-ups: %1 case(s)</source>
        <translation type="unfinished">您所在選區已同意共享的 311 投訴，包括投訴人的聯絡資料和您辦公室的跟進記錄：%1 個案件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>So you can work, also offline.</source>
        <translation type="unfinished">便於您工作，包括離線時。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until consent is withdrawn or the case leaves the district; %1 days after 311 closes it; all of them when the office&apos;s access ends. Unopened for more than %2 days, the app asks you to sign in again.</source>
        <translation type="unfinished">直到撤回同意或案件移出本區；311 結案後 %1 天；辦公室存取權限結束時全部刪除。超過 %2 天未連線時，應用程式會要求您重新登入。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You, after signing in or with your unlock PIN. The file is encrypted; its key is in this PC&apos;s system keyring, never in a file.</source>
        <translation type="unfinished">您，在登入後或使用解鎖 PIN 時。檔案已加密；其金鑰保存在此電腦的系統鑰匙圈中，絕不存於檔案。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your changes not yet sent: %1</source>
        <translation type="unfinished">您尚未傳送的變更：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>So nothing you write is lost without a network.</source>
        <translation type="unfinished">這樣沒有網路時您寫的內容也不會遺失。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until the 311 access system has them.</source>
        <translation type="unfinished">直到 311 存取系統收到為止。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You; then your office, through the 311 access system.</source>
        <translation type="unfinished">您；之後透過 311 存取系統由您的辦公室查看。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The privacy log: %1 entries, %2 not yet sent</source>
        <translation type="unfinished">隱私日誌：%1 筆記錄，%2 筆尚未傳送</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The record of every time contact details were shown, printed, saved or shared, kept by law. It holds which cases and which kinds of details, never the details themselves.</source>
        <translation type="unfinished">依法保存的記錄，記下每次顯示、列印、儲存或共享聯絡資料的情況。只記錄哪些案件、哪類資料，絕不記錄資料本身。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With the cases; a copy goes to the 311 access system, which keeps the office&apos;s record.</source>
        <translation type="unfinished">與案件一同保存；副本會傳送到 311 存取系統，由其保存辦公室的記錄。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your office&apos;s privacy officer (the chief of staff), in the office&apos;s log.</source>
        <translation type="unfinished">您辦公室的隱私主管（辦公室主任），在辦公室日誌中查看。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your sign-in and the cache key</source>
        <translation type="unfinished">您的登入資訊和快取金鑰</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>So you stay signed in, and the cases can be opened.</source>
        <translation type="unfinished">便於您保持登入，並能開啟案件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until you sign out, or the data is removed.</source>
        <translation type="unfinished">直到您登出或資料被刪除。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PC&apos;s system keyring, for your Windows or Linux account only.</source>
        <translation type="unfinished">此電腦的系統鑰匙圈，僅限您的 Windows 或 Linux 帳戶。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Where: %1</source>
        <translation type="unfinished">位置：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How to remove it: your IT contact runs council-desk sign-out --remove-data (uninstalling Council Desk on Windows does the same). The key is deleted first, so what is left of the files cannot be read.</source>
        <translation type="unfinished">如何刪除：由您的 IT 聯絡人執行 council-desk sign-out --remove-data（在 Windows 上解除安裝 Council Desk 效果相同）。金鑰會先被刪除，因此剩餘的檔案無法讀取。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What this PC keeps…</source>
        <translation type="unfinished">此電腦保存的內容…</translation>
    </message>
</context>
<context>
    <name>stats</name>
    <message>
        <location filename="../council_desk/ui/stats_window.py" line="-309"/>
        <source>too few to show</source>
        <translation type="unfinished">數量太少，不予顯示</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>at least %1</source>
        <translation type="unfinished">至少 %1</translation>
    </message>
</context>
</TS>
