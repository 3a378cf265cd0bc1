<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
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
        <translation type="unfinished">Сборка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packaged</source>
        <translation type="unfinished">Упакованная версия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operating system</source>
        <translation type="unfinished">Операционная система</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyring backend</source>
        <translation type="unfinished">Хранилище ключей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office policy file</source>
        <translation type="unfinished">Файл политики приёмной</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log file</source>
        <translation type="unfinished">Файл журнала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes (frozen app)</source>
        <translation type="unfinished">да (упакованное приложение)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no (running from source)</source>
        <translation type="unfinished">нет (запуск из исходного кода)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation type="unfinished">нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has a problem (see the support file)</source>
        <translation type="unfinished">содержит ошибку (см. файл для поддержки)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>About Council Desk</source>
        <translation type="unfinished">О программе Council Desk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Council Desk&lt;/b&gt;&lt;br&gt;311 complaints shared with your council member&apos;s office, with the filer&apos;s consent.</source>
        <translation type="unfinished">&lt;b&gt;Council Desk&lt;/b&gt;&lt;br&gt;Жалобы в 311, переданные в приёмную вашего депутата горсовета с согласия заявителей.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Copy</source>
        <translation type="unfinished">Копировать</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Versions and files</source>
        <translation type="unfinished">Версии и файлы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What IT support asks first; Copy puts it on the clipboard</source>
        <translation type="unfinished">То, что ИТ-поддержка спрашивает в первую очередь; «Копировать» помещает это в буфер обмена</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save a support file for IT</source>
        <translation type="unfinished">Сохранить файл для ИТ-поддержки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zip files (*.zip)</source>
        <translation type="unfinished">Архивы zip (*.zip)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Help</source>
        <translation type="unfinished">&amp;Справка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a support file for IT…</source>
        <translation type="unfinished">Сохранить файл для ИТ-поддержки…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Council Desk</source>
        <translation type="unfinished">&amp;О программе Council Desk</translation>
    </message>
</context>
<context>
    <name>AgeBucket</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="+137"/>
        <source>0–7 days</source>
        <translation type="unfinished">0–7 дней</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>8–30 days</source>
        <translation type="unfinished">8–30 дней</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>31–90 days</source>
        <translation type="unfinished">31–90 дней</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>91–365 days</source>
        <translation type="unfinished">91–365 дней</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over a year</source>
        <translation type="unfinished">Больше года</translation>
    </message>
</context>
<context>
    <name>AgencyStatus</name>
    <message>
        <location line="-72"/>
        <source>Open</source>
        <translation type="unfinished">Открыта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation type="unfinished">Закрыта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation type="unfinished">В работе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation type="unfinished">Ожидает</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned</source>
        <translation type="unfinished">Назначена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation type="unfinished">Начата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unspecified</source>
        <translation type="unfinished">Не указан</translation>
    </message>
</context>
<context>
    <name>ApprovalRequestDialog</name>
    <message>
        <location filename="../council_desk/ui/approvals.py" line="+72"/>
        <source>Ask for a case-by-case approval</source>
        <translation type="unfinished">Запросить одобрение в отдельном случае</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A supervisor decides in their own Council Desk. Your request goes with the next sync; the approval comes back the same way. Complaints: %1</source>
        <translation type="unfinished">Решение принимает руководитель в своём Council Desk. Запрос уйдёт при следующей синхронизации; одобрение вернётся так же. Жалобы: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What will be released</source>
        <translation type="unfinished">Что будет передано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The output the approval is for: it names the details it shows</source>
        <translation type="unfinished">Документ, для которого нужно одобрение: в нём указаны показываемые данные</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To whom</source>
        <translation type="unfinished">Кому</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The type of recipient; the approval covers only this type</source>
        <translation type="unfinished">Тип получателя; одобрение действует только для него</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. HPD, a tenants&apos; association</source>
        <translation type="unfinished">например, HPD, ассоциация жильцов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who, by name</source>
        <translation type="unfinished">Кто именно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agency or organisation, as the supervisor should read it</source>
        <translation type="unfinished">Ведомство или организация — так, как это прочтёт руководитель</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Why this is needed, and why it cannot be done another way</source>
        <translation type="unfinished">Зачем это нужно и почему нельзя иначе</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why</source>
        <translation type="unfinished">Почему</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The supervisor reads this before deciding</source>
        <translation type="unfinished">Руководитель прочтёт это перед решением</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What:</source>
        <translation type="unfinished">Что:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation type="unfinished">Кому:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who:</source>
        <translation type="unfinished">Кто:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details:</source>
        <translation type="unfinished">Данные:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why:</source>
        <translation type="unfinished">Зачем:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask</source>
        <translation type="unfinished">Запросить</translation>
    </message>
</context>
<context>
    <name>ApprovalStatus</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="+138"/>
        <source>Waiting for a supervisor</source>
        <translation type="unfinished">Ждёт руководителя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation type="unfinished">Одобрено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation type="unfinished">Отказано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used</source>
        <translation type="unfinished">Использовано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation type="unfinished">Истекло</translation>
    </message>
</context>
<context>
    <name>ApprovalsModel</name>
    <message>
        <location filename="../council_desk/ui/approvals.py" line="+110"/>
        <source>Status</source>
        <translation type="unfinished">Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval</source>
        <translation type="unfinished">Одобрение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation type="unfinished">Что</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation type="unfinished">Кому</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints</source>
        <translation type="unfinished">Жалобы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked by</source>
        <translation type="unfinished">Запросил</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why</source>
        <translation type="unfinished">Почему</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Expires</source>
        <translation type="unfinished">Истекает</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not yet sent</source>
        <translation type="unfinished">ещё не отправлено</translation>
    </message>
</context>
<context>
    <name>ApprovalsTab</name>
    <message>
        <location line="+33"/>
        <source>Requests of your office for case-by-case approvals. Approve or refuse those waiting for you; your own go to another supervisor.</source>
        <translation type="unfinished">Запросы вашей приёмной на одобрение в отдельных случаях. Одобрите или отклоните ожидающие; ваши собственные рассматривает другой руководитель.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your requests for case-by-case approvals and the answers. An approval is used once, for the cases, details and recipient it names, before it expires.</source>
        <translation type="unfinished">Ваши запросы на одобрение в отдельных случаях и ответы. Одобрение используется один раз — для указанных в нём дел, данных и получателя — до истечения срока.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Approvals</source>
        <translation type="unfinished">Одобрения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests for case-by-case approvals and the answers; select one to decide</source>
        <translation type="unfinished">Запросы на одобрение и ответы; выберите запрос, чтобы решить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve…</source>
        <translation type="unfinished">Одобрить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refuse…</source>
        <translation type="unfinished">Отклонить…</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <location filename="../council_desk/ui/bulk.py" line="+103"/>
        <source>Set office status</source>
        <translation type="unfinished">Задать статус в приёмной</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Log a follow-up to each…</source>
        <translation type="unfinished">Записать действие по каждому…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assign to</source>
        <translation type="unfinished">Назначить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reassign a caseworker&apos;s cases…</source>
        <translation type="unfinished">Передать дела сотрудника…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nobody</source>
        <translation type="unfinished">Никому</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>Bulk actions</source>
        <translation type="unfinished">Групповые действия</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Choose one or more cases in the list first.</source>
        <translation type="unfinished">Сначала выберите одно или несколько дел в списке.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Set the office status of %n case(s) to “%1”?</source>
        <translation type="unfinished">
            <numerusform>Задать статус в приёмной «%1» для %n дела?</numerusform>
            <numerusform>Задать статус в приёмной «%1» для %n дел?</numerusform>
            <numerusform>Задать статус в приёмной «%1» для %n дел?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>nobody</source>
        <translation type="unfinished">никому</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Assign %n case(s) to %1?</source>
        <translation type="unfinished">
            <numerusform>Назначить %n дело: %1?</numerusform>
            <numerusform>Назначить %n дела: %1?</numerusform>
            <numerusform>Назначить %n дел: %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform>%n дело</numerusform>
            <numerusform>%n дела</numerusform>
            <numerusform>%n дел</numerusform>
        </translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Recording the changes…</source>
        <translation type="unfinished">Изменения записываются…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop</source>
        <translation type="unfinished">Остановить</translation>
    </message>
</context>
<context>
    <name>CaseColumns</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="-116"/>
        <source>Complaint #</source>
        <translation type="unfinished">№ жалобы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation type="unfinished">Дата поступления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation type="unfinished">Тип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation type="unfinished">Ведомство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation type="unfinished">Адрес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency status</source>
        <translation type="unfinished">Статус в ведомстве</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office status</source>
        <translation type="unfinished">Статус в приёмной</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next follow-up</source>
        <translation type="unfinished">Следующее действие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to</source>
        <translation type="unfinished">Ответственный</translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <location filename="../council_desk/ui/detail.py" line="+83"/>
        <source>Log follow-up…</source>
        <translation type="unfinished">Записать действие…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show contact details…</source>
        <translation type="unfinished">Показать контактные данные…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ask 311 to reopen…</source>
        <translation type="unfinished">Попросить 311 открыть повторно…</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>The office&apos;s own status for this case (separate from the agency&apos;s). %1 to change it.</source>
        <translation type="unfinished">Собственный статус дела в приёмной (не зависит от статуса в ведомстве). %1 — изменить.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Log a call, email, letter, visit or note (%1)</source>
        <translation type="unfinished">Записать звонок, письмо по эл. почте, письмо, визит или заметку (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Asks why, records it in the privacy log, then shows the filer&apos;s contact details (%1)</source>
        <translation type="unfinished">Спрашивает причину, записывает её в журнал конфиденциальности, затем показывает контактные данные заявителя (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The agency closed this complaint but the problem is not fixed (%1)</source>
        <translation type="unfinished">Ведомство закрыло эту жалобу, но проблема не устранена (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print</source>
        <translation type="unfinished">Печать</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A letter (%1), a case summary (%2) or a mailing label for this case</source>
        <translation type="unfinished">Письмо (%1), сводку по делу (%2) или адресную наклейку для этого дела</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print letter…</source>
        <translation type="unfinished">Печать письма…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print case summary…</source>
        <translation type="unfinished">Печать сводки по делу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print mailing label…</source>
        <translation type="unfinished">Печать адресной наклейки…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Share with agency…</source>
        <translation type="unfinished">Передать ведомству…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pass the constituent&apos;s details to a City agency: recorded in the privacy log, under a supervisor&apos;s approval or an exigent reason</source>
        <translation type="unfinished">Передать данные жителя городскому ведомству: записывается в журнал конфиденциальности, с одобрения руководителя или по срочной причине</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Case details</source>
        <translation type="unfinished">Сведения о деле</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The complaint, the agency&apos;s status, the consent receipt and the follow-ups</source>
        <translation type="unfinished">Жалоба, статус в ведомстве, подтверждение согласия и действия</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a case in the list to see it here.</source>
        <translation type="unfinished">Выберите дело в списке, чтобы увидеть его здесь.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Office status:</source>
        <translation type="unfinished">Статус в приёмной:</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Phone: %1</source>
        <translation type="unfinished">Телефон: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email: %1</source>
        <translation type="unfinished">Эл. почта: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mailing address: %1</source>
        <translation type="unfinished">Почтовый адрес: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred language: %1</source>
        <translation type="unfinished">Предпочитаемый язык: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What</source>
        <translation type="unfinished">Что</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Description</source>
        <translation type="unfinished">Описание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation type="unfinished">Где</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation type="unfinished">Дата поступления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation type="unfinished">Ведомство</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agency status</source>
        <translation type="unfinished">Статус в ведомстве</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agency resolution</source>
        <translation type="unfinished">Решение ведомства</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reopen asked</source>
        <translation type="unfinished">Запрошено повторное открытие</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consent receipt</source>
        <translation type="unfinished">Подтверждение согласия</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consent to share contact details with the council member was given on %1 by %2, under notice version %3.</source>
        <translation type="unfinished">Согласие на передачу контактных данных депутату дано %1 (способ: %2), по версии уведомления %3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The text of this notice version is not known to this version of Council Desk.</source>
        <translation type="unfinished">Этой версии Council Desk неизвестен текст этой версии уведомления.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The notice shown to the filer:</source>
        <translation type="unfinished">Уведомление, показанное заявителю:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-ups</source>
        <translation type="unfinished">Действия</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None yet. Press %1 to log one.</source>
        <translation type="unfinished">Пока нет. Нажмите %1, чтобы записать действие.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not yet sent</source>
        <translation type="unfinished">ещё не отправлено</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Office status → %1</source>
        <translation type="unfinished">Статус в приёмной → %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome: %1</source>
        <translation type="unfinished">Результат: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due %1</source>
        <translation type="unfinished">Срок: %1</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../council_desk/ui/case_model.py" line="+240"/>
        <source>Overdue</source>
        <translation type="unfinished">Просрочено</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) not yet sent (marked •)</source>
        <translation type="unfinished">
            <numerusform>%n изменение ещё не отправлено (отмечено •)</numerusform>
            <numerusform>%n изменения ещё не отправлены (отмечены •)</numerusform>
            <numerusform>%n изменений ещё не отправлено (отмечены •)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (overdue)</source>
        <translation type="unfinished">%1 (просрочено)</translation>
    </message>
</context>
<context>
    <name>CaseSearch</name>
    <message numerus="yes">
        <location filename="../council_desk/ui/search.py" line="+137"/>
        <location line="+29"/>
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform>%n дело</numerusform>
            <numerusform>%n дела</numerusform>
            <numerusform>%n дел</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1+ cases</source>
        <translation type="unfinished">%1+ дел</translation>
    </message>
</context>
<context>
    <name>CaseloadWindow</name>
    <message>
        <location filename="../council_desk/ui/caseload.py" line="+55"/>
        <source>Caseload — the office&apos;s own numbers</source>
        <translation type="unfinished">Нагрузка — собственные цифры приёмной</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open cases by age (days since 311 received them)</source>
        <translation type="unfinished">Открытые дела по давности (дней с поступления в 311)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open cases by office status</source>
        <translation type="unfinished">Открытые дела по статусу в приёмной</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By caseworker</source>
        <translation type="unfinished">По сотрудникам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open cases by agency</source>
        <translation type="unfinished">Открытые дела по ведомствам</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Counted from the cases on this PC; no case is listed</source>
        <translation type="unfinished">Подсчитано по делам на этом компьютере; сами дела не показываются</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Which cases the worklist lists</source>
        <translation type="unfinished">Какие дела входят в рабочий список</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worklist of:</source>
        <translation type="unfinished">Рабочий список:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview and print…</source>
        <translation type="unfinished">Просмотр и печать…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export CSV…</source>
        <translation type="unfinished">Экспорт CSV…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A worklist holds no contact details. Printing or saving one is recorded in the privacy log: complaint numbers are personal information.</source>
        <translation type="unfinished">В рабочем списке нет контактных данных. Его печать или сохранение записывается в журнал конфиденциальности: номера жалоб — персональные данные.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Unassigned</source>
        <translation type="unfinished">Без ответственного</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n open case(s)</source>
        <translation type="unfinished">
            <numerusform>%n открытое дело</numerusform>
            <numerusform>%n открытых дела</numerusform>
            <numerusform>%n открытых дел</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n reminder(s) overdue</source>
        <translation type="unfinished">
            <numerusform>%n напоминание просрочено</numerusform>
            <numerusform>%n напоминания просрочены</numerusform>
            <numerusform>%n напоминаний просрочено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n due today</source>
        <translation type="unfinished">
            <numerusform>%n на сегодня</numerusform>
            <numerusform>%n на сегодня</numerusform>
            <numerusform>%n на сегодня</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No case on this PC has been resolved or closed by the office yet.</source>
        <translation type="unfinished">На этом компьютере пока нет дел, решённых или закрытых приёмной.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Median %1 days from 311&apos;s receipt to the office&apos;s resolution, over the %n case(s) the office resolved or closed that are still on this PC.</source>
        <translation type="unfinished">
            <numerusform>Медиана — %1 дн. от поступления в 311 до решения приёмной, по %n делу, решённому или закрытому приёмной и ещё хранящемуся на этом компьютере.</numerusform>
            <numerusform>Медиана — %1 дн. от поступления в 311 до решения приёмной, по %n делам, решённым или закрытым приёмной и ещё хранящимся на этом компьютере.</numerusform>
            <numerusform>Медиана — %1 дн. от поступления в 311 до решения приёмной, по %n делам, решённым или закрытым приёмной и ещё хранящимся на этом компьютере.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Age</source>
        <translation type="unfinished">Давность</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+3"/>
        <source>Open cases</source>
        <translation type="unfinished">Открытые дела</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Office status</source>
        <translation type="unfinished">Статус в приёмной</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Caseworker</source>
        <translation type="unfinished">Сотрудник</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overdue reminders</source>
        <translation type="unfinished">Просроченные напоминания</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due today</source>
        <translation type="unfinished">Срок сегодня</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agency</source>
        <translation type="unfinished">Ведомство</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Export the worklist</source>
        <translation type="unfinished">Экспорт рабочего списка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">Файлы CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>CaseworkPanel</name>
    <message>
        <location filename="../council_desk/ui/casework_panel.py" line="+69"/>
        <source>Assigned to:</source>
        <translation type="unfinished">Ответственный:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The caseworker who has this case; recorded in the shared log and the privacy log</source>
        <translation type="unfinished">Сотрудник, ведущий это дело; записывается в общий журнал и журнал конфиденциальности</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This case&apos;s reminders</source>
        <translation type="unfinished">Напоминания по этому делу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its open reminders, soonest first; Done and Snooze act on the one shown</source>
        <translation type="unfinished">Его открытые напоминания, ближайшие первыми; «Выполнено» и «Отложить» относятся к показанному</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation type="unfinished">Выполнено</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snooze a week</source>
        <translation type="unfinished">Отложить на неделю</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add reminder…</source>
        <translation type="unfinished">Добавить напоминание…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reminders:</source>
        <translation type="unfinished">Напоминания:</translation>
    </message>
    <message>
        <location line="+43"/>
        <source> (overdue)</source>
        <translation type="unfinished"> (просрочено)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for %1</source>
        <translation type="unfinished">для: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not yet sent</source>
        <translation type="unfinished">ещё не отправлено</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none open</source>
        <translation type="unfinished">открытых нет</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>me</source>
        <translation type="unfinished">меня</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nobody</source>
        <translation type="unfinished">Никому</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>At 311:</source>
        <translation type="unfinished">В 311:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reopen asked %1: %2</source>
        <translation type="unfinished">Повторное открытие запрошено %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (%1)</source>
        <translation type="unfinished"> (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Survey after it closed again (%1): %2</source>
        <translation type="unfinished">Опрос после повторного закрытия (%1): %2</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n other open case(s) at this building:</source>
        <translation type="unfinished">
            <numerusform>Ещё %n открытое дело в этом здании:</numerusform>
            <numerusform>Ещё %n открытых дела в этом здании:</numerusform>
            <numerusform>Ещё %n открытых дел в этом здании:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source> and %n more</source>
        <translation type="unfinished">
            <numerusform> и ещё %n</numerusform>
            <numerusform> и ещё %n</numerusform>
            <numerusform> и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Add a reminder</source>
        <translation type="unfinished">Добавить напоминание</translation>
    </message>
</context>
<context>
    <name>ConsentChannel</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="-30"/>
        <source>phone</source>
        <translation type="unfinished">телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the web form</source>
        <translation type="unfinished">веб-форма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the app</source>
        <translation type="unfinished">приложение</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../council_desk/ui/errors.py" line="+84"/>
        <source>Council Desk ran into a problem</source>
        <translation type="unfinished">В Council Desk возникла проблема</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something went wrong inside Council Desk. Your saved work is safe.
If this keeps happening, copy the report below and send it to your IT support. It holds no case or contact details.</source>
        <translation type="unfinished">В Council Desk произошла ошибка. Сохранённая работа не пострадала.
Если это повторится, скопируйте отчёт ниже и отправьте его в службу ИТ-поддержки. В нём нет данных дел и контактных данных.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Report for IT support</source>
        <translation type="unfinished">Отчёт для ИТ-поддержки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error types and code locations only; no case or contact details</source>
        <translation type="unfinished">Только типы ошибок и места в коде; никаких данных дел и контактных данных</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy report</source>
        <translation type="unfinished">Копировать отчёт</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../council_desk/ui/approvals.py" line="-127"/>
        <source>Approve the request</source>
        <translation type="unfinished">Одобрить запрос</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refuse the request</source>
        <translation type="unfinished">Отклонить запрос</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 to %2 (%3), for %n complaint(s). Asked by %4: “%5”</source>
        <translation type="unfinished">
            <numerusform>%1 для %2 (%3), по %n жалобе. Запросил(а) %4: «%5»</numerusform>
            <numerusform>%1 для %2 (%3), по %n жалобам. Запросил(а) %4: «%5»</numerusform>
            <numerusform>%1 для %2 (%3), по %n жалобам. Запросил(а) %4: «%5»</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A note for the caseworker (recorded with the decision)</source>
        <translation type="unfinished">Заметка для сотрудника (записывается вместе с решением)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation type="unfinished">Заметка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recorded with the decision; the caseworker reads it</source>
        <translation type="unfinished">Записывается вместе с решением; сотрудник её прочтёт</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Valid for (days)</source>
        <translation type="unfinished">Действует (дней)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long the approval may wait to be used: 1 to 30 days</source>
        <translation type="unfinished">Сколько одобрение может ждать использования: от 1 до 30 дней</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note:</source>
        <translation type="unfinished">Заметка:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid for (days):</source>
        <translation type="unfinished">Действует (дней):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approve</source>
        <translation type="unfinished">Одобрить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refuse</source>
        <translation type="unfinished">Отклонить</translation>
    </message>
</context>
<context>
    <name>DisclosureChoice</name>
    <message>
        <location filename="../council_desk/ui/disclosure_choice.py" line="+83"/>
        <source>For:</source>
        <translation type="unfinished">Для кого:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who receives it</source>
        <translation type="unfinished">Кто получает</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decides whether this is routine or needs a supervisor&apos;s approval or an exigent reason</source>
        <translation type="unfinished">Определяет, обычная ли это передача или нужно одобрение руководителя либо срочная причина</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Routine for this recipient: recorded in the privacy log, no approval needed.</source>
        <translation type="unfinished">Для этого получателя — обычная передача: записывается в журнал конфиденциальности, одобрение не нужно.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Approval</source>
        <translation type="unfinished">Одобрение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An approval a supervisor granted through the 311 access system for these cases and this recipient</source>
        <translation type="unfinished">Одобрение, выданное руководителем через систему доступа 311 для этих дел и этого получателя</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No approval on this PC covers these cases for this recipient. Ask a supervisor; the approval arrives with a sync.</source>
        <translation type="unfinished">На этом ПК нет одобрения для этих дел и этого получателя. Запросите руководителя; одобрение придёт при синхронизации.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ask for approval…</source>
        <translation type="unfinished">Запросить одобрение…</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>%1 — expires %2</source>
        <translation type="unfinished">%1 — истекает %2</translation>
    </message>
</context>
<context>
    <name>DisclosureClass</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="+104"/>
        <source>Routine (pre-approved)</source>
        <translation type="unfinished">Обычная (одобрена заранее)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case-by-case (approved by the privacy officer)</source>
        <translation type="unfinished">В отдельном случае (одобрено ответственным за конфиденциальность)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exigent circumstances</source>
        <translation type="unfinished">Срочные обстоятельства</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../council_desk/ui/error_text.py" line="+22"/>
        <location line="+1"/>
        <source>Something went wrong.</source>
        <translation type="unfinished">Что-то пошло не так.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>You need to sign in to the 311 access system again.</source>
        <translation type="unfinished">Необходимо снова войти в систему доступа 311.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The 311 access system cannot be reached. You can keep working; changes will be sent later.</source>
        <translation type="unfinished">Система доступа 311 недоступна. Можно продолжать работу; изменения будут отправлены позже.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+36"/>
        <source>The 311 access system refused the request.</source>
        <translation type="unfinished">Система доступа 311 отклонила запрос.</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>The system keyring could not be used to unlock the case cache.</source>
        <translation type="unfinished">Не удалось использовать системное хранилище ключей, чтобы разблокировать кэш дел.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The local case cache could not be opened.</source>
        <translation type="unfinished">Не удалось открыть локальный кэш дел.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This was NOT saved: the disk is full or the cache folder cannot be written.</source>
        <translation type="unfinished">НЕ сохранено: диск заполнен или в папку кэша нельзя записывать.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+126"/>
        <source>Sync stopped: the server sent records this office may not hold. Nothing from them was stored. Tell your privacy officer; the server may be misconfigured.</source>
        <translation type="unfinished">Синхронизация остановлена: сервер прислал записи, которые эта приёмная не вправе хранить. Ничего из них не сохранено. Сообщите ответственному за конфиденциальность; возможно, сервер неправильно настроен.</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>This PC&apos;s access was withdrawn by the 311 access system, so its case data was removed. Ask your supervisor if you think this is wrong.</source>
        <translation type="unfinished">Система доступа 311 отозвала доступ этого компьютера, поэтому данные дел на нём удалены. Если вы считаете, что это ошибка, обратитесь к руководителю.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The 311 access system is busy or down for maintenance. You can keep working; changes will be sent later.</source>
        <translation type="unfinished">Система доступа 311 перегружена или на обслуживании. Можно продолжать работу; изменения будут отправлены позже.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The 311 access system sent a response Council Desk could not read, so nothing from it was used. Try again later; if it keeps happening, tell your IT contact.</source>
        <translation type="unfinished">Система доступа 311 прислала ответ, который Council Desk не смог прочитать, поэтому он не использован. Повторите попытку позже; если это повторяется, сообщите в ИТ-службу.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync stopped: the 311 access system&apos;s list of changes looped or went backwards. Nothing was removed from this PC. Try again later; if it keeps happening, tell your IT contact.</source>
        <translation type="unfinished">Синхронизация остановлена: список изменений системы доступа 311 зациклился или пошёл назад. С этого компьютера ничего не удалено. Повторите попытку позже; если это повторяется, сообщите в ИТ-службу.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The 311 access system no longer shares this complaint with your office.</source>
        <translation type="unfinished">Система доступа 311 больше не передаёт эту жалобу вашей приёмной.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sync position expired; a full resync is needed.</source>
        <translation type="unfinished">Позиция синхронизации устарела; нужна полная повторная синхронизация.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 311 access system refused the request (HTTP %1).</source>
        <translation type="unfinished">Система доступа 311 отклонила запрос (HTTP %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This server address is not allowed: use an https:// address (plain http:// only works for this PC itself, for training).</source>
        <translation type="unfinished">Этот адрес сервера недопустим: используйте адрес https:// (обычный http:// работает только для этого компьютера, для обучения).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled.</source>
        <translation type="unfinished">Отменено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The 311 access system asked Council Desk to slow down. Try again in a few minutes.</source>
        <translation type="unfinished">Система доступа 311 попросила Council Desk снизить частоту запросов. Повторите попытку через несколько минут.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 311 access system says your account may not do this. Ask your supervisor.</source>
        <translation type="unfinished">Система доступа 311 сообщает, что вашей учётной записи это не разрешено. Обратитесь к руководителю.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 311 access system tried to send Council Desk elsewhere; that is not allowed.</source>
        <translation type="unfinished">Система доступа 311 попыталась перенаправить Council Desk на другой адрес; это недопустимо.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 311 access system pointed to a different server; that is not allowed.</source>
        <translation type="unfinished">Система доступа 311 указала на другой сервер; это недопустимо.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 311 access system sent a response larger than allowed; it was ignored.</source>
        <translation type="unfinished">Система доступа 311 прислала ответ больше допустимого размера; он пропущен.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Council Desk has not reached the 311 access system for more than %1 days. Connect to the network and sign in again to keep working.</source>
        <translation type="unfinished">Council Desk не связывался с системой доступа 311 более %1 дн. Подключитесь к сети и войдите снова, чтобы продолжить работу.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The 311 access system&apos;s sign-in addresses point to another server; not signing in.</source>
        <translation type="unfinished">Адреса входа системы доступа 311 указывают на другой сервер; вход не выполняется.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 311 access system does not offer the secure sign-in method Council Desk requires.</source>
        <translation type="unfinished">Система доступа 311 не предлагает защищённый способ входа, который требуется Council Desk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in was not completed in time. Please try again.</source>
        <translation type="unfinished">Вход не был завершён вовремя. Повторите попытку.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No web browser could be opened for sign-in.</source>
        <translation type="unfinished">Не удалось открыть веб-браузер для входа.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in was cancelled or refused. Please try again.</source>
        <translation type="unfinished">Вход отменён или отклонён. Повторите попытку.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in was refused by the 311 access system. Please try again.</source>
        <translation type="unfinished">Система доступа 311 отклонила вход. Повторите попытку.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in first: Council Desk does not know which account&apos;s cases to open.</source>
        <translation type="unfinished">Сначала войдите: Council Desk не знает, дела какой учётной записи открыть.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The 311 access system did not confirm that you just signed in (it may have used an earlier sign-in). Nothing was kept. Try again; if it keeps happening, tell your IT contact.</source>
        <translation type="unfinished">Система доступа 311 не подтвердила, что вы только что вошли (возможно, она использовала прежний вход). Ничего не сохранено. Повторите попытку; если это повторяется, сообщите в ИТ-службу.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This PC has no signed-in account for this server yet. Sign in first.</source>
        <translation type="unfinished">На этом компьютере ещё нет учётной записи, вошедшей на этот сервер. Сначала войдите.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The system keyring is locked, so Council Desk cannot reach its keys (the case cache stays locked). Unlock your keyring (usually by signing in to the PC again) and try once more.</source>
        <translation type="unfinished">Системное хранилище ключей заблокировано, поэтому Council Desk не может получить свои ключи (кэш дел остаётся заблокированным). Разблокируйте хранилище ключей (обычно повторным входом в компьютер) и попробуйте ещё раз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That cache passphrase is too weak.</source>
        <translation type="unfinished">Эта парольная фраза кэша слишком слабая.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That cache passphrase cannot be used: %1</source>
        <translation type="unfinished">Эту парольную фразу кэша нельзя использовать: %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>A reminder needs to know whose it is: sign in first, then log the follow-up again.</source>
        <translation type="unfinished">Напоминание должно кому-то принадлежать: сначала войдите, затем снова запишите действие.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This reminder is no longer on this PC, so nothing was changed.</source>
        <translation type="unfinished">Этого напоминания больше нет на этом компьютере, поэтому ничего не изменено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The personal paragraph is longer than 1500 characters. Shorten it (a longer note belongs in a follow-up), then print again.</source>
        <translation type="unfinished">Личный абзац длиннее 1500 символов. Сократите его (длинная заметка уместнее в записи о действии) и напечатайте снова.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Your role does not allow this.</source>
        <translation type="unfinished">Ваша роль этого не позволяет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The 311 access system says your role may not do this. Ask your supervisor.</source>
        <translation type="unfinished">Система доступа 311 сообщает, что ваша роль не может этого делать. Обратитесь к руководителю.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your office&apos;s access to 311 cases has ended (end of term), so nothing more syncs. The district&apos;s cases are removed from this PC on that date; the privacy log is still sent.</source>
        <translation type="unfinished">Доступ вашей приёмной к делам 311 закончился (конец срока полномочий), поэтому больше ничего не синхронизируется. Дела округа в этот день удаляются с этого ПК; журнал конфиденциальности по-прежнему отправляется.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This disclosure is not allowed.</source>
        <translation type="unfinished">Эта передача данных не разрешена.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at least one case.</source>
        <translation type="unfinished">Выберите хотя бы одно дело.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose routine, case-by-case or exigent.</source>
        <translation type="unfinished">Выберите: обычная, в отдельном случае или срочная.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A case-by-case disclosure needs the approval number a supervisor granted.</source>
        <translation type="unfinished">Для передачи в отдельном случае нужен номер одобрения, выданного руководителем.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An exigent disclosure needs a written reason (why it cannot wait).</source>
        <translation type="unfinished">Для срочной передачи нужна письменная причина (почему нельзя ждать).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at least one detail to share.</source>
        <translation type="unfinished">Выберите хотя бы одно сведение для передачи.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A case-by-case disclosure needs the 311 access system to confirm its approval, and it cannot be reached now, so nothing was released. Routine and exigent disclosures work offline.</source>
        <translation type="unfinished">Для передачи в отдельном случае система доступа 311 должна подтвердить одобрение, а связи с ней сейчас нет, поэтому ничего не передано. Обычные и срочные передачи работают без сети.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The 311 access system did not issue this approval for your office. Check the number, or ask your supervisor for one.</source>
        <translation type="unfinished">Система доступа 311 не выдавала это одобрение вашей приёмной. Проверьте номер или запросите одобрение у руководителя.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A case chosen is no longer shared with your office, so nothing was released.</source>
        <translation type="unfinished">Одно из выбранных дел больше не передаётся вашей приёмной, поэтому ничего не передано.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 311 access system did not confirm this approval, so nothing was released.</source>
        <translation type="unfinished">Система доступа 311 не подтвердила это одобрение, поэтому ничего не передано.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 311 access system&apos;s answer did not match this approval, so nothing was released.</source>
        <translation type="unfinished">Ответ системы доступа 311 не совпал с этим одобрением, поэтому ничего не передано.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A case of this request is no longer on this PC, so nothing was saved.</source>
        <translation type="unfinished">Одного из дел этого запроса больше нет на этом ПК, поэтому ничего не сохранено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This request is no longer on this PC, so nothing was saved.</source>
        <translation type="unfinished">Этого запроса больше нет на этом ПК, поэтому ничего не сохранено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PC has no signed-in identity for that server yet: sync first.</source>
        <translation type="unfinished">На этом ПК ещё нет входа для этого сервера: сначала выполните синхронизацию.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That sign-in was with another account than the one whose cases were asked for, so they stay shut. Sign in with that account, or give its unlock PIN.</source>
        <translation type="unfinished">Вход выполнен с другой учётной записью, а не с той, чьи обращения запрошены, поэтому они остаются закрытыми. Войдите с этой учётной записью или введите её PIN-код разблокировки.</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>This PC has no usable system keyring to keep the case cache key in. You need to choose a cache passphrase instead: the cache is always encrypted, and without a keyring the passphrase is the only way to unlock it. Council Desk never stores the key in a plain file.</source>
        <translation type="unfinished">На этом компьютере нет пригодного системного хранилища ключей для ключа кэша дел. Нужно выбрать парольную фразу кэша: кэш всегда зашифрован, и без хранилища ключей парольная фраза — единственный способ его разблокировать. Council Desk никогда не хранит ключ в незашифрованном файле.</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>The secure connection to the 311 access system could not be verified (certificate problem): someone may be intercepting this network&apos;s traffic. Nothing was sent. Do not sign in on this network; tell your IT contact.</source>
        <translation type="unfinished">Не удалось проверить защищённое соединение с системой доступа 311 (проблема с сертификатом): возможно, кто-то перехватывает трафик этой сети. Ничего не отправлено. Не входите в систему через эту сеть; сообщите в ИТ-службу.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>This case cache is locked with a cache passphrase. Enter the passphrase to open it.</source>
        <translation type="unfinished">Этот кэш дел заблокирован парольной фразой. Введите её, чтобы открыть кэш.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The only keyring available on this PC keeps secrets unencrypted, so Council Desk will not use it. Use a cache passphrase instead, or ask support to set up the system keyring.</source>
        <translation type="unfinished">Единственное хранилище ключей на этом компьютере хранит секреты без шифрования, поэтому Council Desk не будет его использовать. Используйте парольную фразу кэша или попросите поддержку настроить системное хранилище ключей.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The case cache on this PC is locked with a key kept in the system keyring, and that keyring cannot be used now. Sign in to the PC normally (so the keyring starts) and try again, or call support.</source>
        <translation type="unfinished">Кэш дел на этом компьютере заблокирован ключом из системного хранилища ключей, а это хранилище сейчас недоступно. Войдите в компьютер обычным способом (чтобы хранилище запустилось) и попробуйте снова или позвоните в поддержку.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cache passphrase record is damaged, so the cache cannot be unlocked.</source>
        <translation type="unfinished">Запись парольной фразы кэша повреждена, поэтому кэш нельзя разблокировать.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The case cache key in the system keyring is damaged, so the cache cannot be unlocked. Call support.</source>
        <translation type="unfinished">Ключ кэша дел в системном хранилище ключей повреждён, поэтому кэш нельзя разблокировать. Позвоните в поддержку.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keyring did not keep the case cache key. Call support.</source>
        <translation type="unfinished">Системное хранилище ключей не сохранило ключ кэша дел. Позвоните в поддержку.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cache passphrase cannot be empty.</source>
        <translation type="unfinished">Парольная фраза кэша не может быть пустой.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case cache on this PC is locked with a different key than the one available now (a wrong passphrase, or the keyring entry was replaced). Nothing was changed. Try the passphrase again, or ask support to set the old cache aside and sync a fresh copy.</source>
        <translation type="unfinished">Кэш дел на этом компьютере заблокирован другим ключом, чем доступный сейчас (неверная парольная фраза или запись в хранилище ключей заменена). Ничего не изменено. Введите парольную фразу ещё раз или попросите поддержку отложить старый кэш и синхронизировать новую копию.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key for the case cache on this PC is missing from the system keyring, so the cache cannot be opened. It will be set aside (not deleted) and a fresh copy synced; unsent follow-ups in it are lost.</source>
        <translation type="unfinished">Ключ кэша дел этого компьютера отсутствует в системном хранилище ключей, поэтому кэш нельзя открыть. Он будет отложен (не удалён), и будет синхронизирована новая копия; неотправленные действия в нём будут потеряны.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The case cache file on this PC is damaged or was altered, so no data from it is shown. It will be set aside (not deleted) and a fresh copy synced from the 311 access system.</source>
        <translation type="unfinished">Файл кэша дел на этом компьютере повреждён или изменён, поэтому его данные не показываются. Он будет отложен (не удалён), и из системы доступа 311 будет синхронизирована новая копия.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The case cache cannot be opened because its folder cannot be written (read-only, no permission, or the disk is full). Nothing was changed. Free some disk space or ask support to check the folder.</source>
        <translation type="unfinished">Кэш дел нельзя открыть, так как в его папку нельзя записывать (только чтение, нет прав или диск заполнен). Ничего не изменено. Освободите место на диске или попросите поддержку проверить папку.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The case cache failed its safety self-test (encryption or secure settings are not active), so Council Desk will not use it. Reinstall Council Desk or call support.</source>
        <translation type="unfinished">Кэш дел не прошёл проверку безопасности (шифрование или защищённые настройки не действуют), поэтому Council Desk не будет его использовать. Переустановите Council Desk или позвоните в поддержку.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The case cache was written by a newer version of Council Desk. Update Council Desk to open it.</source>
        <translation type="unfinished">Кэш дел записан более новой версией Council Desk. Обновите Council Desk, чтобы открыть его.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The case cache is closed (Council Desk was locked or signed out). Open it again to go on.</source>
        <translation type="unfinished">Кэш дел закрыт (Council Desk заблокирован или выполнен выход). Откройте его снова, чтобы продолжить.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This case is no longer in the cache on this PC, so nothing was saved.</source>
        <translation type="unfinished">Этого дела больше нет в кэше на этом компьютере, поэтому ничего не сохранено.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This was NOT saved: the disk is full or the cache folder cannot be written. (the disk is full)</source>
        <translation type="unfinished">НЕ сохранено: диск заполнен или в папку кэша нельзя записывать. (диск заполнен)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This was NOT saved: the disk is full or the cache folder cannot be written. (the cache folder cannot be written)</source>
        <translation type="unfinished">НЕ сохранено: диск заполнен или в папку кэша нельзя записывать. (в папку кэша нельзя записывать)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This was NOT saved: the disk is full or the cache folder cannot be written. (a disk error)</source>
        <translation type="unfinished">НЕ сохранено: диск заполнен или в папку кэша нельзя записывать. (ошибка диска)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many wrong PIN or passphrase tries, so Council Desk is locked on this PC. Sign in again with your browser to unlock it (your work is saved).</source>
        <translation type="unfinished">Слишком много неверных попыток ввода PIN-кода или парольной фразы, поэтому Council Desk заблокирован на этом компьютере. Войдите снова через браузер, чтобы разблокировать его (ваша работа сохранена).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No unlock PIN was chosen on this PC yet. Sign in with your browser (when the network is back) and choose one; until then the cases here stay locked.</source>
        <translation type="unfinished">На этом компьютере ещё не выбран PIN-код для разблокировки. Войдите через браузер (когда появится сеть) и выберите его; до тех пор дела здесь остаются заблокированными.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That PIN or passphrase is not right. %1 tries left before Council Desk asks you to sign in again with your browser.</source>
        <translation type="unfinished">Неверный PIN-код или парольная фраза. Осталось попыток: %1; затем Council Desk попросит снова войти через браузер.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That PIN or passphrase is not right. %1 try left before Council Desk asks you to sign in again with your browser.</source>
        <translation type="unfinished">Неверный PIN-код или парольная фраза. Осталась %1 попытка; затем Council Desk попросит снова войти через браузер.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your session has reached its daily limit. Sign in again with your browser to keep working; nothing you saved is lost.</source>
        <translation type="unfinished">Сеанс достиг дневного лимита. Войдите снова через браузер, чтобы продолжить работу; ничего из сохранённого не потеряно.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your session has reached its daily limit and the 311 access system can be reached, so sign in again with your browser. (Without a network, your PIN keeps you working offline.)</source>
        <translation type="unfinished">Сеанс достиг дневного лимита, а система доступа 311 доступна, поэтому войдите снова через браузер. (Без сети PIN-код позволяет продолжать работу офлайн.)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The audit log could not be written, so this action was not carried out (nothing was printed, shown or exported). Free some disk space or call support, then try again.</source>
        <translation type="unfinished">Не удалось записать журнал аудита, поэтому действие не выполнено (ничего не напечатано, не показано и не экспортировано). Освободите место на диске или позвоните в поддержку, затем повторите попытку.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The printer could not be started, so nothing was printed. Check the printer and try again.</source>
        <translation type="unfinished">Не удалось запустить принтер, поэтому ничего не напечатано. Проверьте принтер и повторите попытку.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Letters need the office&apos;s letterhead, which arrives when you sign in. Sign in, then try again.</source>
        <translation type="unfinished">Для писем нужен бланк приёмной, который поступает при входе. Войдите и повторите попытку.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The selected cases are no longer on this PC.</source>
        <translation type="unfinished">Выбранных дел больше нет на этом компьютере.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cache is locked, so nothing was saved.</source>
        <translation type="unfinished">Кэш заблокирован, поэтому ничего не сохранено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cache is locked, so nothing was printed.</source>
        <translation type="unfinished">Кэш заблокирован, поэтому ничего не напечатано.</translation>
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
        <translation type="unfinished">Поиск дел (Ctrl+F): слова из жалобы, адреса или имени</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search cases</source>
        <translation type="unfinished">Поиск дел</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words from the complaint, the address or the filer&apos;s name, or a complaint number. Down moves into the list.</source>
        <translation type="unfinished">Слова из жалобы, адреса или имени заявителя либо номер жалобы. Стрелка вниз переводит в список.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep typing: the search starts at 2 letters</source>
        <translation type="unfinished">Продолжайте ввод: поиск начинается с 2 букв</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Any office status</source>
        <translation type="unfinished">Любой статус в приёмной</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Office status filter</source>
        <translation type="unfinished">Фильтр статуса в приёмной</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show only cases with this office status</source>
        <translation type="unfinished">Показывать только дела с этим статусом в приёмной</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open or closed at agency</source>
        <translation type="unfinished">Открытые или закрытые в ведомстве</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open at agency</source>
        <translation type="unfinished">Открытые в ведомстве</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed by agency</source>
        <translation type="unfinished">Закрытые ведомством</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agency status filter</source>
        <translation type="unfinished">Фильтр статуса в ведомстве</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only complaints the agency has open, or has closed</source>
        <translation type="unfinished">Показывать только жалобы, открытые или закрытые ведомством</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any agency</source>
        <translation type="unfinished">Любое ведомство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency filter</source>
        <translation type="unfinished">Фильтр ведомства</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show only complaints sent to this agency</source>
        <translation type="unfinished">Показывать только жалобы, переданные этому ведомству</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any type</source>
        <translation type="unfinished">Любой тип</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaint type filter</source>
        <translation type="unfinished">Фильтр типа жалобы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show only complaints of this type</source>
        <translation type="unfinished">Показывать только жалобы этого типа</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any follow-up</source>
        <translation type="unfinished">Любые действия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due today or overdue</source>
        <translation type="unfinished">Срок сегодня или просрочено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation type="unfinished">Просрочено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up filter</source>
        <translation type="unfinished">Фильтр действий</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show only cases with a follow-up due or overdue</source>
        <translation type="unfinished">Показывать только дела с действием, срок которого наступил или прошёл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From: any</source>
        <translation type="unfinished">С: любой даты</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received from</source>
        <translation type="unfinished">Поступила с</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show only complaints received on or after this day</source>
        <translation type="unfinished">Показывать только жалобы, поступившие в этот день или позже</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To: any</source>
        <translation type="unfinished">По: любую дату</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received until</source>
        <translation type="unfinished">Поступила по</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show only complaints received on or before this day</source>
        <translation type="unfinished">Показывать только жалобы, поступившие в этот день или раньше</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Received</source>
        <translation type="unfinished">Дата поступления</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../council_desk/ui/dialogs.py" line="+61"/>
        <source>Log a follow-up — complaint %1</source>
        <translation type="unfinished">Записать действие — жалоба %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How you were in touch: call, email, letter, visit or a note</source>
        <translation type="unfinished">Как вы связались: звонок, эл. почта, письмо, визит или заметка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was done or said, and what happens next</source>
        <translation type="unfinished">Что сделано или сказано и что будет дальше</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no outcome yet)</source>
        <translation type="unfinished">(результата пока нет)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What came of it, if anything yet</source>
        <translation type="unfinished">К чему это привело, если уже известно</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(leave as is: %1)</source>
        <translation type="unfinished">(оставить как есть: %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new office status for the case, if it changed</source>
        <translation type="unfinished">Новый статус дела в приёмной, если он изменился</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind on</source>
        <translation type="unfinished">Напомнить</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reminder date</source>
        <translation type="unfinished">Дата напоминания</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The day this case shows in Reminders</source>
        <translation type="unfinished">День, когда это дело появится в Напоминаниях</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Whose reminder</source>
        <translation type="unfinished">Чьё напоминание</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who is reminded: you or a colleague</source>
        <translation type="unfinished">Кому напомнить: вам или коллеге</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for me</source>
        <translation type="unfinished">для меня</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for %1</source>
        <translation type="unfinished">для: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What</source>
        <translation type="unfinished">Что</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation type="unfinished">Заметки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation type="unfinished">Результат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office status</source>
        <translation type="unfinished">Статус в приёмной</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved on this PC at once; sent to the shared office log at the next sync.</source>
        <translation type="unfinished">Сразу сохраняется на этом компьютере; отправляется в общий журнал приёмной при следующей синхронизации.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save follow-up</source>
        <translation type="unfinished">Сохранить действие</translation>
    </message>
</context>
<context>
    <name>FollowUpKind</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="-164"/>
        <source>Phone call</source>
        <translation type="unfinished">Телефонный звонок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation type="unfinished">Эл. почта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation type="unfinished">Письмо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit</source>
        <translation type="unfinished">Визит</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation type="unfinished">Заметка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status change</source>
        <translation type="unfinished">Смена статуса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignment</source>
        <translation type="unfinished">Назначение</translation>
    </message>
</context>
<context>
    <name>GroupModel</name>
    <message>
        <location filename="../council_desk/ui/groups.py" line="+44"/>
        <source>Complaint #</source>
        <translation type="unfinished">№ жалобы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation type="unfinished">Дата поступления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation type="unfinished">Тип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office status</source>
        <translation type="unfinished">Статус в приёмной</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to</source>
        <translation type="unfinished">Ответственный</translation>
    </message>
    <message numerus="yes">
        <location line="+139"/>
        <source>Show all %n case(s) of this group in the list…</source>
        <translation type="unfinished">
            <numerusform>Показать в списке %n дело этой группы…</numerusform>
            <numerusform>Показать в списке все %n дела этой группы…</numerusform>
            <numerusform>Показать в списке все %n дел этой группы…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform>%n дело</numerusform>
            <numerusform>%n дела</numerusform>
            <numerusform>%n дел</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n open here</source>
        <translation type="unfinished">
            <numerusform>%n открыто здесь</numerusform>
            <numerusform>%n открыто здесь</numerusform>
            <numerusform>%n открыто здесь</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no street address)</source>
        <translation type="unfinished">(без адреса)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same filer</source>
        <translation type="unfinished">Тот же заявитель</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no contact details to match)</source>
        <translation type="unfinished">(нет контактных данных для сопоставления)</translation>
    </message>
</context>
<context>
    <name>GroupedCases</name>
    <message>
        <location line="+27"/>
        <source>Cases by group</source>
        <translation type="unfinished">Дела по группам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a group (Right arrow) to see its cases; choose one to see it beside</source>
        <translation type="unfinished">Откройте группу (стрелка вправо), чтобы увидеть её дела; выберите дело, чтобы увидеть его рядом</translation>
    </message>
</context>
<context>
    <name>InfoType</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="+173"/>
        <source>Name</source>
        <translation type="unfinished">Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current and/or previous home addresses</source>
        <translation type="unfinished">Нынешний и/или прежний домашний адрес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone number</source>
        <translation type="unfinished">Номер телефона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email address</source>
        <translation type="unfinished">Адрес эл. почты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages spoken</source>
        <translation type="unfinished">Языки, на которых говорит</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>311 complaint number, date, time and text (§ 23-315)</source>
        <translation type="unfinished">Номер, дата, время и текст жалобы в 311 (§ 23-315)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location of the complaint (street address)</source>
        <translation type="unfinished">Место жалобы (адрес)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The office&apos;s casework notes</source>
        <translation type="unfinished">Записи приёмной по делу</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location line="-123"/>
        <source>English</source>
        <translation type="unfinished">английский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation type="unfinished">испанский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese (Simplified)</source>
        <translation type="unfinished">китайский (упрощённый)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese (Traditional)</source>
        <translation type="unfinished">китайский (традиционный)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation type="unfinished">русский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bengali</source>
        <translation type="unfinished">бенгальский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Haitian Creole</source>
        <translation type="unfinished">гаитянский креольский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Korean</source>
        <translation type="unfinished">корейский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic</source>
        <translation type="unfinished">арабский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urdu</source>
        <translation type="unfinished">урду</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation type="unfinished">французский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polish</source>
        <translation type="unfinished">польский</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../council_desk/ui/print_dialog.py" line="+44"/>
        <source>Print letter</source>
        <translation type="unfinished">Печать письма</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>A letter for %n case(s). You will see it before anything is printed.</source>
        <translation type="unfinished">
            <numerusform>Письмо по %n делу. Вы увидите его перед печатью.</numerusform>
            <numerusform>Письма по %n делам. Вы увидите их перед печатью.</numerusform>
            <numerusform>Письма по %n делам. Вы увидите их перед печатью.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Which approved letter to print</source>
        <translation type="unfinished">Какое утверждённое письмо печатать</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each constituent&apos;s preferred language</source>
        <translation type="unfinished">Предпочитаемый язык каждого жителя</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Their preferred languages: %1.</source>
        <translation type="unfinished">Их предпочитаемые языки: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (preferred)</source>
        <translation type="unfinished">%1 (предпочитаемый)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language the letter is printed in</source>
        <translation type="unfinished">Язык, на котором печатается письмо</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I understand; use this translation anyway</source>
        <translation type="unfinished">Понятно; всё равно использовать этот перевод</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Letter template:</source>
        <translation type="unfinished">Шаблон письма:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation type="unfinished">Язык:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview…</source>
        <translation type="unfinished">Просмотр…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Optional: a few sentences of your own for this letter. Printed as you type them, after the letter&apos;s text.</source>
        <translation type="unfinished">Необязательно: несколько ваших слов для этого письма. Печатаются как есть, после текста письма.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <source>Personal paragraph</source>
        <translation type="unfinished">Личный абзац</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 is %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This translation has not been reviewed by a person.</source>
        <translation type="unfinished">Этот перевод ещё не проверен человеком.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask a colleague who reads the language to check the preview before it is sent.</source>
        <translation type="unfinished">Попросите коллегу, владеющего этим языком, проверить просмотр перед отправкой.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 of %2 characters</source>
        <translation type="unfinished">%1 из %2 символов</translation>
    </message>
</context>
<context>
    <name>LetterReview</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="-35"/>
        <source>a machine draft</source>
        <translation type="unfinished">машинный черновик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marked as needing review</source>
        <translation type="unfinished">отмечен как требующий проверки</translation>
    </message>
</context>
<context>
    <name>LetterTemplate</name>
    <message>
        <location line="-9"/>
        <source>Acknowledgement (we received the complaint)</source>
        <translation type="unfinished">Подтверждение (мы получили жалобу)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status update</source>
        <translation type="unfinished">Сообщение о ходе дела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency response</source>
        <translation type="unfinished">Ответ ведомства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed but not fixed (we asked 311 to reopen)</source>
        <translation type="unfinished">Закрыта, но не устранена (мы попросили 311 открыть её повторно)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing (case finished)</source>
        <translation type="unfinished">Завершение (дело закрыто)</translation>
    </message>
</context>
<context>
    <name>LockProcedure</name>
    <message>
        <location filename="../council_desk/ui/locking.py" line="+103"/>
        <source>That passphrase is not right.</source>
        <translation type="unfinished">Неверная парольная фраза.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../council_desk/ui/lock.py" line="+124"/>
        <source>Council Desk is locked</source>
        <translation type="unfinished">Council Desk заблокирован</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your unlock PIN or passphrase</source>
        <translation type="unfinished">Ваш PIN-код или парольная фраза для разблокировки</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unlock PIN or passphrase</source>
        <translation type="unfinished">PIN-код или парольная фраза для разблокировки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PIN or passphrase you chose for this PC</source>
        <translation type="unfinished">PIN-код или парольная фраза, выбранные для этого компьютера</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sign in with your browser…</source>
        <translation type="unfinished">Войти через браузер…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Too many wrong tries. Sign in again with your browser to unlock Council Desk on this PC. Your work is saved.</source>
        <translation type="unfinished">Слишком много неверных попыток. Войдите снова через браузер, чтобы разблокировать Council Desk на этом компьютере. Ваша работа сохранена.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your session has reached its daily limit. Sign in again with your browser to continue. No network? Your PIN or passphrase keeps you working offline.</source>
        <translation type="unfinished">Сеанс достиг дневного лимита. Войдите снова через браузер, чтобы продолжить. Нет сети? PIN-код или парольная фраза позволяет продолжать работу офлайн.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Checking…</source>
        <translation type="unfinished">Проверка…</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Unlock</source>
        <translation type="unfinished">Разблокировать</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Locked after a period without use, to keep constituents&apos; details private. Your work is saved.</source>
        <translation type="unfinished">Заблокировано после периода бездействия, чтобы защитить данные жителей. Ваша работа сохранена.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="+249"/>
        <location line="+28"/>
        <source>Cases</source>
        <translation type="unfinished">Дела</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>The cases matching the search and filters; the selected one is shown beside</source>
        <translation type="unfinished">Дела, подходящие под поиск и фильтры; выбранное показано рядом</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+47"/>
        <location filename="../council_desk/ui/window_actions.py" line="+64"/>
        <source>Reminders</source>
        <translation type="unfinished">Напоминания</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Cases and reminders</source>
        <translation type="unfinished">Дела и напоминания</translation>
    </message>
    <message>
        <location filename="../council_desk/ui/window_actions.py" line="-26"/>
        <source>Main</source>
        <translation type="unfinished">Основная</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sync now</source>
        <translation type="unfinished">Синхронизировать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log follow-up</source>
        <translation type="unfinished">Записать действие</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search</source>
        <translation type="unfinished">Поиск</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Statistics</source>
        <translation type="unfinished">Статистика</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Caseload</source>
        <translation type="unfinished">Нагрузка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock</source>
        <translation type="unfinished">Заблокировать</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bulk</source>
        <translation type="unfinished">Группой</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office status, a follow-up, an owner for every chosen case</source>
        <translation type="unfinished">Статус в приёмной, действие или ответственный для каждого выбранного дела</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Show contact details…</source>
        <translation type="unfinished">Показать контактные данные…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ask 311 to reopen…</source>
        <translation type="unfinished">Попросить 311 открыть повторно…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Office status</source>
        <translation type="unfinished">Статус в приёмной</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Print letter…</source>
        <translation type="unfinished">Печать письма…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print case summary…</source>
        <translation type="unfinished">Печать сводки по делу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print mailing labels…</source>
        <translation type="unfinished">Печать адресных наклеек…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Print</source>
        <translation type="unfinished">Печать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letters, case summaries and mailing labels for the selected cases</source>
        <translation type="unfinished">Письма, сводки по делам и адресные наклейки для выбранных дел</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Select one or more cases in the list first.</source>
        <translation type="unfinished">Сначала выберите в списке одно или несколько дел.</translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="+9"/>
        <source>Council Desk — District %1</source>
        <translation type="unfinished">Council Desk — округ %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (locked)</source>
        <translation type="unfinished">%1 (заблокировано)</translation>
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
            <numerusform>Завершено групповое изменение, прерванное остановкой Council Desk: ещё %n дело.</numerusform>
            <numerusform>Завершено групповое изменение, прерванное остановкой Council Desk: ещё %n дела.</numerusform>
            <numerusform>Завершено групповое изменение, прерванное остановкой Council Desk: ещё %n дел.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reminders (%1)</source>
        <translation type="unfinished">Напоминания (%1)</translation>
    </message>
</context>
<context>
    <name>MoreFiltersDialog</name>
    <message>
        <location filename="../council_desk/ui/views.py" line="+68"/>
        <source>More filters</source>
        <translation type="unfinished">Другие фильтры</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office status</source>
        <translation type="unfinished">Статус в приёмной</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency status</source>
        <translation type="unfinished">Статус в ведомстве</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation type="unfinished">Ведомство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint type</source>
        <translation type="unfinished">Тип жалобы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to</source>
        <translation type="unfinished">Ответственный</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tick one or more; none ticked means any</source>
        <translation type="unfinished">Отметьте один или несколько; без отметок — любые</translation>
    </message>
</context>
<context>
    <name>OfficeStatus</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="-43"/>
        <source>New</source>
        <translation type="unfinished">Новое</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation type="unfinished">В работе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting on agency</source>
        <translation type="unfinished">Ожидает ведомство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation type="unfinished">Решено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed – unresolved</source>
        <translation type="unfinished">Закрыто – не решено</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <location line="+16"/>
        <source>Fixed</source>
        <translation type="unfinished">Устранено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly fixed</source>
        <translation type="unfinished">Устранено частично</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not fixed</source>
        <translation type="unfinished">Не устранено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not the agency&apos;s responsibility</source>
        <translation type="unfinished">Не в ведении этого ведомства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate of another complaint</source>
        <translation type="unfinished">Дубликат другой жалобы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No response</source>
        <translation type="unfinished">Нет ответа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation type="unfinished">Другое</translation>
    </message>
</context>
<context>
    <name>Output</name>
    <message>
        <location line="+150"/>
        <source>Contact details shown on screen</source>
        <translation type="unfinished">Контактные данные на экране</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter to the constituent</source>
        <translation type="unfinished">Письмо жителю</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mailing labels</source>
        <translation type="unfinished">Почтовые наклейки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case summary without contact details</source>
        <translation type="unfinished">Сводка по делу без контактных данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case summary with contact details</source>
        <translation type="unfinished">Сводка по делу с контактными данными</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact list exported as CSV</source>
        <translation type="unfinished">Список контактов, выгруженный в CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details shared with a City agency</source>
        <translation type="unfinished">Данные, переданные городскому ведомству</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office worklist without contact details</source>
        <translation type="unfinished">Рабочий список офиса без контактных данных</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../council_desk/ui/dialogs.py" line="+113"/>
        <source>Cache passphrase</source>
        <translation type="unfinished">Парольная фраза кэша</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>At least %1 characters, not one character repeated, no space at the start or end</source>
        <translation type="unfinished">Не менее %1 символов, не один повторяющийся символ, без пробелов в начале и в конце</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The passphrase chosen for this cache</source>
        <translation type="unfinished">Парольная фраза, выбранная для этого кэша</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The same passphrase once more, to catch a typing mistake</source>
        <translation type="unfinished">Та же парольная фраза ещё раз, чтобы избежать опечатки</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase</source>
        <translation type="unfinished">Парольная фраза</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Again</source>
        <translation type="unfinished">Ещё раз</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unlock</source>
        <translation type="unfinished">Разблокировать</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The two passphrases differ.</source>
        <translation type="unfinished">Парольные фразы не совпадают.</translation>
    </message>
</context>
<context>
    <name>PreviewWindow</name>
    <message>
        <location filename="../council_desk/ui/pdf_preview.py" line="+60"/>
        <source>Preview</source>
        <translation type="unfinished">Просмотр</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The pages as they will be printed</source>
        <translation type="unfinished">Страницы в том виде, в каком они будут напечатаны</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading…</source>
        <translation type="unfinished">Загрузка…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print…</source>
        <translation type="unfinished">Печать…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as PDF…</source>
        <translation type="unfinished">Сохранить в PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation type="unfinished">Закрыть</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform>%n страница</numerusform>
            <numerusform>%n страницы</numerusform>
            <numerusform>%n страниц</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The preview could not be shown.</source>
        <translation type="unfinished">Не удалось показать просмотр.</translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <location filename="../council_desk/ui/printing.py" line="+137"/>
        <source>Letter preview</source>
        <translation type="unfinished">Просмотр письма</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Case summary preview</source>
        <translation type="unfinished">Просмотр сводки по делу</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Referral preview</source>
        <translation type="unfinished">Просмотр направления</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Mailing labels preview</source>
        <translation type="unfinished">Просмотр адресных наклеек</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Worklist: %1</source>
        <translation type="unfinished">Рабочий список: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+71"/>
        <source>%1 — %n case(s)</source>
        <translation type="unfinished">
            <numerusform>%1 — %n дело</numerusform>
            <numerusform>%1 — %n дела</numerusform>
            <numerusform>%1 — %n дел</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../council_desk/ui/print_release.py" line="+77"/>
        <source>Printing or saving logs a “letter” follow-up on each case.</source>
        <translation type="unfinished">При печати или сохранении в каждое дело записывается действие «письмо».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Translation not reviewed by a person: %1.</source>
        <translation type="unfinished">Перевод не проверен человеком: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contact details are left out of this summary.</source>
        <translation type="unfinished">В эту сводку не включены контактные данные.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No contact details. Printing or saving it is recorded in the privacy log: complaint numbers are personal information.</source>
        <translation type="unfinished">Без контактных данных. Печать или сохранение записывается в журнал конфиденциальности: номера жалоб — персональные данные.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Printing or saving uses approval %1 once: the 311 access system confirms it first.</source>
        <translation type="unfinished">Печать или сохранение однократно использует одобрение %1: сначала его подтверждает система доступа 311.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Save as PDF</source>
        <translation type="unfinished">Сохранить в PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>Sending pages to the printer…</source>
        <translation type="unfinished">Отправка страниц на принтер…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation type="unfinished">Остановить</translation>
    </message>
    <message numerus="yes">
        <location filename="../council_desk/ui/printing.py" line="+30"/>
        <source>Preparing %n case(s)…</source>
        <translation type="unfinished">
            <numerusform>Подготовка %n дела…</numerusform>
            <numerusform>Подготовка %n дел…</numerusform>
            <numerusform>Подготовка %n дел…</numerusform>
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
        <translation type="unfinished">Когда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation type="unfinished">Сотрудник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation type="unfinished">Что</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class</source>
        <translation type="unfinished">Категория</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval or reason</source>
        <translation type="unfinished">Одобрение или причина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation type="unfinished">Кому</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints</source>
        <translation type="unfinished">Жалобы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found</source>
        <translation type="unfinished">Найдено</translation>
    </message>
</context>
<context>
    <name>PrivacyLogTab</name>
    <message>
        <location line="+122"/>
        <source>Mark as seen</source>
        <translation type="unfinished">Отметить как просмотренное</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Staff</source>
        <translation type="unfinished">Сотрудник</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the disclosures of one staff member</source>
        <translation type="unfinished">Показать передачи данных одного сотрудника</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Class</source>
        <translation type="unfinished">Категория</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the disclosures of one class</source>
        <translation type="unfinished">Показать передачи одной категории</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any class</source>
        <translation type="unfinished">Любая категория</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>Complaint #</source>
        <translation type="unfinished">№ жалобы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the disclosures naming this complaint</source>
        <translation type="unfinished">Показать передачи, где названа эта жалоба</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From</source>
        <translation type="unfinished">С</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the disclosures from this day</source>
        <translation type="unfinished">Показать передачи с этого дня</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation type="unfinished">По</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the disclosures up to this day</source>
        <translation type="unfinished">Показать передачи по этот день</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation type="unfinished">Обновить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report…</source>
        <translation type="unfinished">Отчёт…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Disclosure log</source>
        <translation type="unfinished">Журнал передачи данных</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each disclosure: when, who, what, class, approval or reason, to whom, which complaints, and what the 311 access system found</source>
        <translation type="unfinished">Каждая передача: когда, кто, что, категория, одобрение или причина, кому, какие жалобы и что нашла система доступа 311</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>From the 311 access system&apos;s record of every device of this office.</source>
        <translation type="unfinished">По записям системы доступа 311 со всех устройств этой приёмной.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OFFLINE: from this PC&apos;s own log only. Other devices&apos; events are not included.</source>
        <translation type="unfinished">НЕТ СЕТИ: только собственный журнал этого ПК. События других устройств не включены.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Device %1 (%2): events %3 never arrived; found: %4</source>
        <translation type="unfinished">Устройство %1 (%2): события %3 не поступили; найдено: %4</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Every device&apos;s record is complete: nothing missing, nothing flagged.</source>
        <translation type="unfinished">Записи всех устройств полны: ничего не пропало, ничего не отмечено.</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+127"/>
        <source>Anyone</source>
        <translation type="unfinished">Любой</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n disclosure(s) shown</source>
        <translation type="unfinished">
            <numerusform>Показана %n передача</numerusform>
            <numerusform>Показаны %n передачи</numerusform>
            <numerusform>Показано %n передач</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>New since you last looked: %1 exigent disclosure(s), %2 finding(s) about the record.</source>
        <translation type="unfinished">Новое с прошлого просмотра: срочных передач — %1, замечаний к записям — %2.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Save the report</source>
        <translation type="unfinished">Сохранить отчёт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">Файлы CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>PrivacyUI</name>
    <message>
        <location filename="../council_desk/ui/privacy_ui.py" line="+54"/>
        <source>Approvals</source>
        <translation type="unfinished">Одобрения</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+88"/>
        <source>Privacy log</source>
        <translation type="unfinished">Журнал конфиденциальности</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Privacy log (new)</source>
        <translation type="unfinished">Журнал конфиденциальности (новое)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New for the privacy officer: %1 exigent disclosure(s), %2 finding(s) about the record.</source>
        <translation type="unfinished">Новое для ответственного за конфиденциальность: срочных передач — %1, замечаний к записям — %2.</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../council_desk/ui/bulk.py" line="-190"/>
        <source>Reassign a caseworker&apos;s cases</source>
        <translation type="unfinished">Передать дела сотрудника</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The caseworker whose open cases and reminders move</source>
        <translation type="unfinished">Сотрудник, чьи открытые дела и напоминания передаются</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The caseworker who takes them</source>
        <translation type="unfinished">Сотрудник, который их принимает</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every case the office still has open that is assigned to the first person, and every open reminder of theirs, goes to the second. Each change is recorded as if made one by one.</source>
        <translation type="unfinished">Все ещё открытые в приёмной дела первого сотрудника и все его открытые напоминания переходят ко второму. Каждое изменение записывается так, будто сделано по одному.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From</source>
        <translation type="unfinished">С</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation type="unfinished">Кому</translation>
    </message>
</context>
<context>
    <name>Recipient</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="-25"/>
        <source>The constituent (the person who filed)</source>
        <translation type="unfinished">Житель (подавший жалобу)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This council office (internal casework)</source>
        <translation type="unfinished">Эта приёмная совета (внутренняя работа по делу)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other City agencies</source>
        <translation type="unfinished">Другие городские ведомства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New York State or federal agencies</source>
        <translation type="unfinished">Ведомства штата Нью-Йорк или федеральные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community partners / NGOs</source>
        <translation type="unfinished">Общественные партнёры / НКО</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court, enforcement agency or other entity issuing a subpoena</source>
        <translation type="unfinished">Суд, правоохранительный орган или иная инстанция, выдавшая повестку</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other</source>
        <translation type="unfinished">Другое</translation>
    </message>
</context>
<context>
    <name>ReminderColumns</name>
    <message>
        <location line="-68"/>
        <source>Due</source>
        <translation type="unfinished">Срок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint #</source>
        <translation type="unfinished">№ жалобы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For</source>
        <translation type="unfinished">Для кого</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation type="unfinished">Тип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation type="unfinished">Адрес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation type="unfinished">Заметка</translation>
    </message>
</context>
<context>
    <name>RemindersModel</name>
    <message>
        <location filename="../council_desk/ui/reminders.py" line="+151"/>
        <source>Overdue</source>
        <translation type="unfinished">Просрочено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due today</source>
        <translation type="unfinished">Срок сегодня</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due in the next 7 days</source>
        <translation type="unfinished">Срок в ближайшие 7 дней</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (overdue)</source>
        <translation type="unfinished">%1 (просрочено)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (today)</source>
        <translation type="unfinished">%1 (сегодня)</translation>
    </message>
</context>
<context>
    <name>RemindersTab</name>
    <message>
        <location line="+77"/>
        <source>Reminders</source>
        <translation type="unfinished">Напоминания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders overdue, due today and in the next 7 days; Enter opens the case</source>
        <translation type="unfinished">Просроченные, сегодняшние и на ближайшие 7 дней напоминания; Enter открывает дело</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>My reminders</source>
        <translation type="unfinished">Мои напоминания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone&apos;s</source>
        <translation type="unfinished">Все</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whose reminders</source>
        <translation type="unfinished">Чьи напоминания</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done</source>
        <translation type="unfinished">Выполнено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the chosen reminders done (Ctrl+D)</source>
        <translation type="unfinished">Отметить выбранные напоминания выполненными (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Snooze</source>
        <translation type="unfinished">Отложить</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tomorrow</source>
        <translation type="unfinished">Завтра</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next Monday</source>
        <translation type="unfinished">В следующий понедельник</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reschedule…</source>
        <translation type="unfinished">Перенести…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give to</source>
        <translation type="unfinished">Передать</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open case</source>
        <translation type="unfinished">Открыть дело</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show:</source>
        <translation type="unfinished">Показать:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 overdue, %2 due today, %3 in the next 7 days. Double-click one (or press Enter) to open the case.</source>
        <translation type="unfinished">Просрочено: %1, на сегодня: %2, на ближайшие 7 дней: %3. Дважды щёлкните (или нажмите Enter), чтобы открыть дело.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing is due in the next 7 days. A follow-up logged with a reminder appears here when its day comes near.</source>
        <translation type="unfinished">В ближайшие 7 дней сроков нет. Действие с напоминанием появится здесь, когда подойдёт его день.</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../council_desk/ui/dialogs.py" line="-70"/>
        <source>Ask 311 to reopen complaint %1</source>
        <translation type="unfinished">Попросить 311 повторно открыть жалобу %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why the office considers the complaint unresolved</source>
        <translation type="unfinished">Почему приёмная считает жалобу нерешённой</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What is still wrong (sent to 311 and the agency)</source>
        <translation type="unfinished">Что по-прежнему не так (отправляется в 311 и в ведомство)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why</source>
        <translation type="unfinished">Почему</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation type="unfinished">Подробности</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask 311 to reopen</source>
        <translation type="unfinished">Попросить 311 открыть повторно</translation>
    </message>
</context>
<context>
    <name>ReopenStage</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="+5"/>
        <source>Sent: waiting to reach 311</source>
        <translation type="unfinished">Отправлено: ждёт доставки в 311</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forwarded by 311 to the agency</source>
        <translation type="unfinished">311 переслал в ведомство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not needed: the complaint was still open</source>
        <translation type="unfinished">Не требовалось: жалоба была ещё открыта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agency reopened it</source>
        <translation type="unfinished">Ведомство открыло снова</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agency declined to reopen it</source>
        <translation type="unfinished">Ведомство отказалось открыть снова</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../council_desk/ui/privacy_log.py" line="-314"/>
        <source>Identifying Information Law report</source>
        <translation type="unfinished">Отчёт по Закону об идентифицирующей информации</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>PDF (to print and sign)</source>
        <translation type="unfinished">PDF (для печати и подписи)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (for a spreadsheet)</source>
        <translation type="unfinished">CSV (для электронной таблицы)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Format</source>
        <translation type="unfinished">Формат</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF to print and sign, or CSV</source>
        <translation type="unfinished">PDF для печати и подписи или CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation type="unfinished">С</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The first day of the report&apos;s period</source>
        <translation type="unfinished">Первый день периода отчёта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation type="unfinished">По</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The last day of the report&apos;s period</source>
        <translation type="unfinished">Последний день периода отчёта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From:</source>
        <translation type="unfinished">С:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation type="unfinished">По:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format:</source>
        <translation type="unfinished">Формат:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save…</source>
        <translation type="unfinished">Сохранить…</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message numerus="yes">
        <location filename="../council_desk/ui/reminders.py" line="-151"/>
        <source>Reschedule %n reminder(s)</source>
        <translation type="unfinished">
            <numerusform>Перенести %n напоминание</numerusform>
            <numerusform>Перенести %n напоминания</numerusform>
            <numerusform>Перенести %n напоминаний</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The day the reminders are due</source>
        <translation type="unfinished">День срока напоминаний</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New date:</source>
        <translation type="unfinished">Новая дата:</translation>
    </message>
</context>
<context>
    <name>RevealDialog</name>
    <message>
        <location filename="../council_desk/ui/dialogs.py" line="-74"/>
        <source>Show contact details</source>
        <translation type="unfinished">Показать контактные данные</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact details are shown only when you need them. Why do you need them for complaint %1? Your answer is recorded in the privacy log.</source>
        <translation type="unfinished">Контактные данные показываются только тогда, когда они нужны. Зачем они нужны вам по жалобе %1? Ваш ответ будет записан в журнал конфиденциальности.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Other (say why below)</source>
        <translation type="unfinished">Другое (укажите причину ниже)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why you need the contact details</source>
        <translation type="unfinished">Зачем вам контактные данные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded in the privacy log with your name and the time</source>
        <translation type="unfinished">Записывается в журнал конфиденциальности с вашим именем и временем</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason</source>
        <translation type="unfinished">Причина</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason, in your words</source>
        <translation type="unfinished">Причина своими словами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needed when you choose Other; otherwise added to the reason chosen</source>
        <translation type="unfinished">Обязательно при выборе «Другое»; иначе добавляется к выбранной причине</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show and record</source>
        <translation type="unfinished">Показать и записать</translation>
    </message>
</context>
<context>
    <name>RevealPurpose</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="-80"/>
        <source>Call the constituent about this complaint</source>
        <translation type="unfinished">Позвонить жителю по этой жалобе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write to the constituent about this complaint</source>
        <translation type="unfinished">Написать жителю по этой жалобе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit about this complaint</source>
        <translation type="unfinished">Визит по этой жалобе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check who filed before contacting the agency</source>
        <translation type="unfinished">Проверить заявителя перед обращением в ведомство</translation>
    </message>
</context>
<context>
    <name>SecretRules</name>
    <message>
        <location filename="../council_desk/ui/error_text.py" line="+63"/>
        <source>A passphrase needs at least %1 characters.</source>
        <translation type="unfinished">Парольная фраза должна содержать не менее %1 символов.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A passphrase cannot be one character repeated.</source>
        <translation type="unfinished">Парольная фраза не может состоять из одного повторяющегося символа.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A passphrase cannot start or end with a space.</source>
        <translation type="unfinished">Парольная фраза не может начинаться или заканчиваться пробелом.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PIN needs at least %1 digits.</source>
        <translation type="unfinished">PIN-код должен содержать не менее %1 цифр.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This PIN is too easy to guess (a repeated digit or a run like 123456).</source>
        <translation type="unfinished">Этот PIN-код слишком легко угадать (повторяющаяся цифра или последовательность вроде 123456).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../council_desk/ui/settings_dialog.py" line="+50"/>
        <source>The interface will be in %1 the next time Council Desk starts.</source>
        <translation type="unfinished">При следующем запуске Council Desk интерфейс будет на языке: %1.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Settings</source>
        <translation type="unfinished">Настройки</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Used from the next time Council Desk starts</source>
        <translation type="unfinished">Применяется при следующем запуске Council Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language is used from the next time Council Desk starts.</source>
        <translation type="unfinished">Новый язык применяется при следующем запуске Council Desk.</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+36"/>
        <location line="+37"/>
        <source>Language</source>
        <translation type="unfinished">Язык</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>The PC&apos;s language (%1)</source>
        <translation type="unfinished">Язык компьютера (%1)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Language</source>
        <translation type="unfinished">&amp;Язык</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The language of Council Desk&apos;s windows</source>
        <translation type="unfinished">Язык окон Council Desk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Settings</source>
        <translation type="unfinished">&amp;Настройки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings and translations…</source>
        <translation type="unfinished">Настройки и переводы…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Translation</source>
        <translation type="unfinished">Перевод</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Translation status</source>
        <translation type="unfinished">Состояние переводов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For each language: whether a person has reviewed the machine draft</source>
        <translation type="unfinished">Для каждого языка: проверил ли человек машинный черновик</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Translations start as machine drafts. A colleague who reads the language checks them and their name and the date are recorded here.</source>
        <translation type="unfinished">Переводы начинаются как машинные черновики. Их проверяет коллега, владеющий языком; здесь записываются его имя и дата.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Language:</source>
        <translation type="unfinished">&amp;Язык:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reviewed by %1 on %2</source>
        <translation type="unfinished">Проверено: %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Machine draft (%1), not yet reviewed by a person</source>
        <translation type="unfinished">Машинный черновик (%1), ещё не проверен человеком</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not installed on this PC</source>
        <translation type="unfinished">не установлен на этом компьютере</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../council_desk/ui/share.py" line="+52"/>
        <source>Share with an agency</source>
        <translation type="unfinished">Передать ведомству</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Share the constituent&apos;s details for complaint(s) %1 with a City agency. The share is recorded in the privacy log, and the agency gets a referral sheet with only what you tick.</source>
        <translation type="unfinished">Передать данные жителя по жалобе(ам) %1 городскому ведомству. Передача записывается в журнал конфиденциальности, а ведомство получает направление только с отмеченными вами сведениями.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Agency</source>
        <translation type="unfinished">Ведомство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agency that receives the details (from the case; another can be named)</source>
        <translation type="unfinished">Ведомство, получающее данные (из дела; можно указать другое)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Agency:</source>
        <translation type="unfinished">Ведомство:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share:</source>
        <translation type="unfinished">Передать:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview…</source>
        <translation type="unfinished">Просмотр…</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <location filename="../council_desk/ui/signin.py" line="+71"/>
        <source>Council Desk — sign in</source>
        <translation type="unfinished">Council Desk — вход</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Council Desk</source>
        <translation type="unfinished">Council Desk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>311 complaints shared with your council member&apos;s office, with the filer&apos;s consent.</source>
        <translation type="unfinished">Жалобы в 311, переданные в приёмную вашего депутата горсовета с согласия заявителей.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set by your office&apos;s IT (Council Desk policy file).</source>
        <translation type="unfinished">Задано ИТ-службой вашей приёмной (файл политики Council Desk).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The 311 access system&apos;s address, from your office&apos;s IT contact</source>
        <translation type="unfinished">Адрес системы доступа 311 — его сообщит ИТ-специалист вашей приёмной</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with your browser</source>
        <translation type="unfinished">Войти через браузер</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+76"/>
        <source>Cancel</source>
        <translation type="unfinished">Отмена</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Open offline…</source>
        <translation type="unfinished">Открыть без сети…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+175"/>
        <source>Work with the cases already on this PC until the server is back</source>
        <translation type="unfinished">Работать с делами, уже сохранёнными на этом компьютере, пока сервер недоступен</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Server address</source>
        <translation type="unfinished">Адрес сервера</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose your unlock PIN</source>
        <translation type="unfinished">Выберите PIN-код для разблокировки</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Council Desk locks itself when the PC is left alone. Choose a PIN of at least 6 digits, or a passphrase of at least 8 characters, to unlock it, and to open your cases when there is no network. After 5 wrong tries you will need to sign in again with your browser. Council Desk keeps only a scrambled check of it, never the PIN itself.</source>
        <translation type="unfinished">Council Desk блокируется, когда компьютер оставлен без присмотра. Выберите PIN-код не короче 6 цифр или парольную фразу не короче 8 символов, чтобы разблокировать программу и открывать дела без сети. После 5 неверных попыток нужно будет снова войти через браузер. Council Desk хранит только зашифрованную проверку, а не сам PIN-код.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>At least 6 digits, or a passphrase of at least 8 characters</source>
        <translation type="unfinished">Не менее 6 цифр или парольная фраза не короче 8 символов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same once more, to catch a typing mistake</source>
        <translation type="unfinished">То же самое ещё раз, чтобы избежать опечатки</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Continue</source>
        <translation type="unfinished">Продолжить</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+40"/>
        <source>PIN or passphrase</source>
        <translation type="unfinished">PIN-код или парольная фраза</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Again</source>
        <translation type="unfinished">Ещё раз</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open the cases on this PC</source>
        <translation type="unfinished">Открыть дела на этом компьютере</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Without the 311 access system, your unlock PIN or passphrase proves it is you. Changes you make are sent when the network is back.</source>
        <translation type="unfinished">Без системы доступа 311 ваш PIN-код или парольная фраза для разблокировки подтверждает, что это вы. Изменения будут отправлены, когда появится сеть.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The PIN or passphrase you chose for this PC</source>
        <translation type="unfinished">PIN-код или парольная фраза, выбранные для этого компьютера</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open</source>
        <translation type="unfinished">Открыть</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back</source>
        <translation type="unfinished">Назад</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Training sandbox on this PC. Training account:</source>
        <translation type="unfinished">Учебная среда на этом компьютере. Учебная учётная запись:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No usable cases on this PC for this server (never synced, or offline too long)</source>
        <translation type="unfinished">На этом компьютере нет пригодных дел для этого сервера (синхронизации не было или слишком долго не было связи)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Your web browser is opening the sign-in page. Sign in there, then come back here.</source>
        <translation type="unfinished">Веб-браузер открывает страницу входа. Войдите там, затем вернитесь сюда.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The two entries differ.</source>
        <translation type="unfinished">Введённые значения не совпадают.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose an unlock PIN to see your cases.</source>
        <translation type="unfinished">Выберите PIN-код для разблокировки, чтобы увидеть свои дела.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Checking…</source>
        <translation type="unfinished">Проверка…</translation>
    </message>
</context>
<context>
    <name>StandardButtons</name>
    <message>
        <location filename="../council_desk/ui/accessibility.py" line="+145"/>
        <source>OK</source>
        <translation type="unfinished">ОК</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished">Отмена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation type="unfinished">Закрыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation type="unfinished">Сохранить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation type="unfinished">Да</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation type="unfinished">Нет</translation>
    </message>
</context>
<context>
    <name>StatsColumns</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="+102"/>
        <source>Complaint type</source>
        <translation type="unfinished">Тип жалобы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation type="unfinished">Ведомство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation type="unfinished">Обращения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation type="unfinished">Закрыто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closure rate</source>
        <translation type="unfinished">Доля закрытых</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City closure rate</source>
        <translation type="unfinished">Доля закрытых по городу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen asked</source>
        <translation type="unfinished">Запрошено повт. открытие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen rate</source>
        <translation type="unfinished">Доля повторных открытий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfied</source>
        <translation type="unfinished">Удовлетворены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey answers</source>
        <translation type="unfinished">Ответы на опрос</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed requests ÷ requests received in the period</source>
        <translation type="unfinished">Закрытые обращения ÷ обращения, поступившие за период</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same rate for this complaint type and agency across the whole city</source>
        <translation type="unfinished">Тот же показатель для этого типа жалобы и ведомства по всему городу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed requests someone asked 311 to reopen</source>
        <translation type="unfinished">Закрытые обращения, по которым кто-то просил 311 открыть их повторно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen requests ÷ closed requests</source>
        <translation type="unfinished">Просьбы о повторном открытии ÷ закрытые обращения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey answers &apos;satisfied&apos; or &apos;very satisfied&apos; ÷ all survey answers</source>
        <translation type="unfinished">Ответы «удовлетворён» или «полностью удовлетворён» ÷ все ответы на опрос</translation>
    </message>
</context>
<context>
    <name>StatsModel</name>
    <message>
        <location filename="../council_desk/ui/stats_window.py" line="+159"/>
        <source>The city had no requests of this type for this agency in the period</source>
        <translation type="unfinished">За период в городе не было обращений этого типа к этому ведомству</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fewer than %1 people were behind this figure in each month, so 311 does not publish it: it could tell someone&apos;s answer.</source>
        <translation type="unfinished">За этой цифрой в каждом месяце стояло менее %1 человек, поэтому 311 её не публикует: по ней можно узнать чей-то ответ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some months had too few to show; this covers the other months only.</source>
        <translation type="unfinished">В некоторых месяцах данных слишком мало для показа; эта цифра охватывает только остальные месяцы.</translation>
    </message>
</context>
<context>
    <name>StatsWindow</name>
    <message>
        <location line="+22"/>
        <source>311 statistics — District %1</source>
        <translation type="unfinished">Статистика 311 — округ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>311 statistics</source>
        <translation type="unfinished">Статистика 311</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last %1 months</source>
        <translation type="unfinished">Последние %1 мес.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The months the figures cover, this month included</source>
        <translation type="unfinished">Месяцы, за которые даны цифры, включая текущий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Period:</source>
        <translation type="unfinished">&amp;Период:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished">&amp;Экспорт в CSV…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>“too few to show”: fewer than %1 requests or survey answers in a month. 311 withholds such figures so that no one&apos;s answer can be worked out. Figures in italics leave out such months: “at least” counts, and rates of the other months only.</source>
        <translation type="unfinished">«Слишком мало для показа»: менее %1 обращений или ответов на опрос за месяц. 311 не публикует такие цифры, чтобы ничей ответ нельзя было вычислить. Цифры курсивом не учитывают такие месяцы: количества «не менее» и показатели только за остальные месяцы.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Requests by complaint type and agency</source>
        <translation type="unfinished">Обращения по типу жалобы и ведомству</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One line per complaint type and agency; click a heading to sort</source>
        <translation type="unfinished">Одна строка на тип жалобы и ведомство; щёлкните заголовок, чтобы отсортировать</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Loading the figures from 311…</source>
        <translation type="unfinished">Загрузка цифр из 311…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>311 sent figures for another district. Nothing is shown; please tell your office&apos;s Council Desk contact.</source>
        <translation type="unfinished">311 прислал цифры по другому округу. Ничего не показано; сообщите ответственному за Council Desk в вашей приёмной.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No requests in this period.</source>
        <translation type="unfinished">За этот период обращений нет.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The figures could not be shown because of a problem in Council Desk.</source>
        <translation type="unfinished">Не удалось показать цифры из-за проблемы в Council Desk.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: too few requests to show any figure</source>
        <translation type="unfinished">%1: слишком мало обращений, чтобы показать цифры</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 requests · %3 closed · %4 of closed asked to reopen · %5 satisfied (%6 answers)</source>
        <translation type="unfinished">%1: обращений — %2 · закрыто — %3 · повторно открыть просили — %4 закрытых · удовлетворены — %5 (ответов — %6)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>District %1, %2</source>
        <translation type="unfinished">Округ %1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whole city</source>
        <translation type="unfinished">Весь город</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export statistics</source>
        <translation type="unfinished">Экспорт статистики</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file could not be saved: %1</source>
        <translation type="unfinished">Не удалось сохранить файл: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved %1</source>
        <translation type="unfinished">Сохранено: %1</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../council_desk/ui/print_dialog.py" line="+26"/>
        <source>Print case summary</source>
        <translation type="unfinished">Печать сводки по делу</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>A summary of %n case(s): complaint, location, agency status, consent receipt and follow-ups. Contact details are left out unless you include them.</source>
        <translation type="unfinished">
            <numerusform>Сводка по %n делу: жалоба, место, статус в ведомстве, подтверждение согласия и действия. Контактные данные не включаются, если вы их не добавите.</numerusform>
            <numerusform>Сводка по %n делам: жалоба, место, статус в ведомстве, подтверждение согласия и действия. Контактные данные не включаются, если вы их не добавите.</numerusform>
            <numerusform>Сводка по %n делам: жалоба, место, статус в ведомстве, подтверждение согласия и действия. Контактные данные не включаются, если вы их не добавите.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Include contact details</source>
        <translation type="unfinished">Включить контактные данные</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name, phone, email and mailing address</source>
        <translation type="unfinished">Имя, телефон, эл. почта и почтовый адрес</translation>
    </message>
    <message>
        <location filename="../council_desk/ui/disclosure_choice.py" line="-129"/>
        <source>Case-by-case — approved by the privacy officer</source>
        <translation type="unfinished">В отдельном случае — одобрено ответственным за конфиденциальность</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Exigent — urgent, to protect someone&apos;s health or safety</source>
        <translation type="unfinished">Срочная — для защиты чьего-либо здоровья или безопасности</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why this cannot wait (required)</source>
        <translation type="unfinished">Почему это не может ждать (обязательно)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why this cannot wait</source>
        <translation type="unfinished">Почему это не может ждать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded in the privacy log with the printout</source>
        <translation type="unfinished">Записывается в журнал конфиденциальности вместе с распечаткой</translation>
    </message>
    <message>
        <location filename="../council_desk/ui/print_dialog.py" line="+10"/>
        <source>Every printout or saved copy with contact details is recorded in the privacy log with the class you choose.</source>
        <translation type="unfinished">Каждая распечатка или сохранённая копия с контактными данными записывается в журнал конфиденциальности с выбранной категорией.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Preview…</source>
        <translation type="unfinished">Просмотр…</translation>
    </message>
</context>
<context>
    <name>SurveyAnswer</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="-38"/>
        <source>Very dissatisfied</source>
        <translation type="unfinished">Совсем не удовлетворён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dissatisfied</source>
        <translation type="unfinished">Не удовлетворён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neither satisfied nor dissatisfied</source>
        <translation type="unfinished">Ни то ни другое</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfied</source>
        <translation type="unfinished">Удовлетворены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very satisfied</source>
        <translation type="unfinished">Полностью удовлетворён</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../council_desk/ui/sync_status.py" line="+67"/>
        <source>Cancel sync</source>
        <translation type="unfinished">Отменить синхронизацию</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>All changes sent</source>
        <translation type="unfinished">Все изменения отправлены</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n change(s) waiting to be sent</source>
        <translation type="unfinished">
            <numerusform>%n изменение ожидает отправки</numerusform>
            <numerusform>%n изменения ожидают отправки</numerusform>
            <numerusform>%n изменений ожидают отправки</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Syncing…</source>
        <translation type="unfinished">Синхронизация…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Connecting</source>
        <translation type="unfinished">Подключение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending changes</source>
        <translation type="unfinished">Отправка изменений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending the privacy log</source>
        <translation type="unfinished">Отправка журнала конфиденциальности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receiving cases</source>
        <translation type="unfinished">Получение дел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receiving follow-ups</source>
        <translation type="unfinished">Получение действий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing</source>
        <translation type="unfinished">Синхронизация</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sync cancelled.</source>
        <translation type="unfinished">Синхронизация отменена.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sync failed because of a problem in Council Desk.</source>
        <translation type="unfinished">Синхронизация не удалась из-за проблемы в Council Desk.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Connecting…</source>
        <translation type="unfinished">Подключение…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>● Online</source>
        <translation type="unfinished">● На связи</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>● Offline</source>
        <translation type="unfinished">● Нет связи</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not yet</source>
        <translation type="unfinished">ещё нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last synced: %1</source>
        <translation type="unfinished">Последняя синхронизация: %1</translation>
    </message>
</context>
<context>
    <name>ViewBar</name>
    <message>
        <location filename="../council_desk/ui/views.py" line="+50"/>
        <source>View</source>
        <translation type="unfinished">Вид</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A saved way of looking at the cases</source>
        <translation type="unfinished">Сохранённый способ просмотра дел</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save view…</source>
        <translation type="unfinished">Сохранить вид…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete view</source>
        <translation type="unfinished">Удалить вид</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More filters…</source>
        <translation type="unfinished">Другие фильтры…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear filters</source>
        <translation type="unfinished">Сбросить фильтры</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No grouping</source>
        <translation type="unfinished">Без группировки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group by building</source>
        <translation type="unfinished">По зданиям</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group by filer</source>
        <translation type="unfinished">По заявителям</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Group the list</source>
        <translation type="unfinished">Группировка списка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By building (the address, normalised) or by filer (without any contact detail)</source>
        <translation type="unfinished">По зданию (адрес в едином виде) или по заявителю (без каких-либо контактных данных)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>View:</source>
        <translation type="unfinished">Вид:</translation>
    </message>
    <message>
        <location line="+104"/>
        <location line="+23"/>
        <source>Save view</source>
        <translation type="unfinished">Сохранить вид</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>A name for this view (the search, filters and sort):</source>
        <translation type="unfinished">Название вида (поиск, фильтры и сортировка):</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Give the view a name.</source>
        <translation type="unfinished">Дайте виду название.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A view&apos;s name can be at most %1 characters.</source>
        <translation type="unfinished">Название вида — не более %1 символов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That name belongs to one of the built-in views; choose another.</source>
        <translation type="unfinished">Это название одного из встроенных видов; выберите другое.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Nobody</source>
        <translation type="unfinished">Никому</translation>
    </message>
</context>
<context>
    <name>ViewName</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="+10"/>
        <source>All cases</source>
        <translation type="unfinished">Все дела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mine</source>
        <translation type="unfinished">Мои</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unassigned</source>
        <translation type="unfinished">Без ответственного</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation type="unfinished">Просрочено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed at agency, still open here</source>
        <translation type="unfinished">Закрыто ведомством, открыто у нас</translation>
    </message>
</context>
<context>
    <name>WhatThisPCKeeps</name>
    <message>
        <location filename="../council_desk/ui/transparency.py" line="+65"/>
        <location line="+6"/>
        <source>What this PC keeps</source>
        <translation type="unfinished">Что хранится на этом ПК</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is stored here, why, for how long, who can see it, and how to remove it</source>
        <translation type="unfinished">Что здесь хранится, зачем, как долго, кто может это видеть и как это удалить</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What</source>
        <translation type="unfinished">Что</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation type="unfinished">Почему</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How long</source>
        <translation type="unfinished">Как долго</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who can see it</source>
        <translation type="unfinished">Кто может видеть</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The consented 311 complaints of your district, with the filers&apos; contact details and your office&apos;s follow-ups: %1 case(s)</source>
        <translation type="unfinished">Жалобы в 311 вашего округа с согласием, с контактными данными заявителей и действиями вашей приёмной: дел — %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>So you can work, also offline.</source>
        <translation type="unfinished">Чтобы вы могли работать, в том числе без сети.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until consent is withdrawn or the case leaves the district; %1 days after 311 closes it; all of them when the office&apos;s access ends. Unopened for more than %2 days, the app asks you to sign in again.</source>
        <translation type="unfinished">Пока не отозвано согласие или дело не ушло из округа; %1 дней после закрытия в 311; все — когда заканчивается доступ приёмной. Если нет связи дольше %2 дней, программа попросит войти снова.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You, after signing in or with your unlock PIN. The file is encrypted; its key is in this PC&apos;s system keyring, never in a file.</source>
        <translation type="unfinished">Вы — после входа или с PIN-кодом разблокировки. Файл зашифрован; ключ хранится в системном хранилище ключей этого ПК, никогда в файле.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your changes not yet sent: %1</source>
        <translation type="unfinished">Ваши изменения, ещё не отправленные: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>So nothing you write is lost without a network.</source>
        <translation type="unfinished">Чтобы ничего из написанного не пропало без сети.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until the 311 access system has them.</source>
        <translation type="unfinished">Пока их не получит система доступа 311.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You; then your office, through the 311 access system.</source>
        <translation type="unfinished">Вы; затем ваша приёмная — через систему доступа 311.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The privacy log: %1 entries, %2 not yet sent</source>
        <translation type="unfinished">Журнал конфиденциальности: записей — %1, не отправлено — %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The record of every time contact details were shown, printed, saved or shared, kept by law. It holds which cases and which kinds of details, never the details themselves.</source>
        <translation type="unfinished">Предусмотренная законом запись о каждом показе, печати, сохранении или передаче контактных данных. В ней указано, какие дела и какие виды данных, но никогда не сами данные.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With the cases; a copy goes to the 311 access system, which keeps the office&apos;s record.</source>
        <translation type="unfinished">Вместе с делами; копия уходит в систему доступа 311, которая ведёт запись приёмной.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your office&apos;s privacy officer (the chief of staff), in the office&apos;s log.</source>
        <translation type="unfinished">Ответственный за конфиденциальность вашей приёмной (руководитель аппарата) — в журнале приёмной.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your sign-in and the cache key</source>
        <translation type="unfinished">Ваш вход и ключ кэша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>So you stay signed in, and the cases can be opened.</source>
        <translation type="unfinished">Чтобы вы оставались в системе и дела можно было открыть.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until you sign out, or the data is removed.</source>
        <translation type="unfinished">Пока вы не выйдете или данные не будут удалены.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PC&apos;s system keyring, for your Windows or Linux account only.</source>
        <translation type="unfinished">Системное хранилище ключей этого ПК — только для вашей учётной записи Windows или Linux.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Where: %1</source>
        <translation type="unfinished">Где: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How to remove it: your IT contact runs council-desk sign-out --remove-data (uninstalling Council Desk on Windows does the same). The key is deleted first, so what is left of the files cannot be read.</source>
        <translation type="unfinished">Как удалить: ваш ИТ-специалист выполняет council-desk sign-out --remove-data (удаление Council Desk в Windows делает то же). Сначала удаляется ключ, поэтому оставшиеся файлы прочитать нельзя.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What this PC keeps…</source>
        <translation type="unfinished">Что хранится на этом ПК…</translation>
    </message>
</context>
<context>
    <name>stats</name>
    <message>
        <location filename="../council_desk/ui/stats_window.py" line="-309"/>
        <source>too few to show</source>
        <translation type="unfinished">слишком мало для показа</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>at least %1</source>
        <translation type="unfinished">не менее %1</translation>
    </message>
</context>
</TS>
