<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
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
        <translation type="unfinished">Kompilacja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packaged</source>
        <translation type="unfinished">Wersja spakowana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operating system</source>
        <translation type="unfinished">System operacyjny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyring backend</source>
        <translation type="unfinished">Mechanizm pęku kluczy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office policy file</source>
        <translation type="unfinished">Plik zasad biura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log file</source>
        <translation type="unfinished">Plik dziennika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes (frozen app)</source>
        <translation type="unfinished">tak (aplikacja spakowana)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no (running from source)</source>
        <translation type="unfinished">nie (uruchomiona ze źródeł)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation type="unfinished">brak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has a problem (see the support file)</source>
        <translation type="unfinished">zawiera błąd (zob. plik dla wsparcia)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>About Council Desk</source>
        <translation type="unfinished">O programie Council Desk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Council Desk&lt;/b&gt;&lt;br&gt;311 complaints shared with your council member&apos;s office, with the filer&apos;s consent.</source>
        <translation type="unfinished">&lt;b&gt;Council Desk&lt;/b&gt;&lt;br&gt;Skargi do 311 udostępnione biuru radnego za zgodą osób, które je złożyły.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Copy</source>
        <translation type="unfinished">Kopiuj</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Versions and files</source>
        <translation type="unfinished">Wersje i pliki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What IT support asks first; Copy puts it on the clipboard</source>
        <translation type="unfinished">To, o co wsparcie informatyczne pyta najpierw; Kopiuj umieszcza to w schowku</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save a support file for IT</source>
        <translation type="unfinished">Zapisz plik dla wsparcia informatycznego</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zip files (*.zip)</source>
        <translation type="unfinished">Pliki zip (*.zip)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Help</source>
        <translation type="unfinished">Pomo&amp;c</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a support file for IT…</source>
        <translation type="unfinished">Zapisz plik dla wsparcia informatycznego…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Council Desk</source>
        <translation type="unfinished">&amp;O programie Council Desk</translation>
    </message>
</context>
<context>
    <name>AgeBucket</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="+137"/>
        <source>0–7 days</source>
        <translation type="unfinished">0–7 dni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>8–30 days</source>
        <translation type="unfinished">8–30 dni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>31–90 days</source>
        <translation type="unfinished">31–90 dni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>91–365 days</source>
        <translation type="unfinished">91–365 dni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over a year</source>
        <translation type="unfinished">Ponad rok</translation>
    </message>
</context>
<context>
    <name>AgencyStatus</name>
    <message>
        <location line="-72"/>
        <source>Open</source>
        <translation type="unfinished">Otwarta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation type="unfinished">Zamknięta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation type="unfinished">W toku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation type="unfinished">Oczekuje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned</source>
        <translation type="unfinished">Przydzielona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation type="unfinished">Rozpoczęta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unspecified</source>
        <translation type="unfinished">Nieokreślony</translation>
    </message>
</context>
<context>
    <name>ApprovalRequestDialog</name>
    <message>
        <location filename="../council_desk/ui/approvals.py" line="+72"/>
        <source>Ask for a case-by-case approval</source>
        <translation type="unfinished">Poproś o zgodę indywidualną</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A supervisor decides in their own Council Desk. Your request goes with the next sync; the approval comes back the same way. Complaints: %1</source>
        <translation type="unfinished">Decyzję podejmuje przełożony we własnym Council Desk. Prośba zostanie wysłana przy następnej synchronizacji; zgoda wróci tą samą drogą. Skargi: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What will be released</source>
        <translation type="unfinished">Co zostanie przekazane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The output the approval is for: it names the details it shows</source>
        <translation type="unfinished">Dokument, którego dotyczy zgoda: określa, jakie dane pokazuje</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To whom</source>
        <translation type="unfinished">Komu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The type of recipient; the approval covers only this type</source>
        <translation type="unfinished">Rodzaj odbiorcy; zgoda obejmuje tylko ten rodzaj</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. HPD, a tenants&apos; association</source>
        <translation type="unfinished">np. HPD, stowarzyszenie lokatorów</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who, by name</source>
        <translation type="unfinished">Kto, z nazwy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agency or organisation, as the supervisor should read it</source>
        <translation type="unfinished">Instytucja lub organizacja, tak jak ma ją odczytać przełożony</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Why this is needed, and why it cannot be done another way</source>
        <translation type="unfinished">Dlaczego to potrzebne i dlaczego nie da się inaczej</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why</source>
        <translation type="unfinished">Dlaczego</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The supervisor reads this before deciding</source>
        <translation type="unfinished">Przełożony przeczyta to przed decyzją</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What:</source>
        <translation type="unfinished">Co:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation type="unfinished">Komu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who:</source>
        <translation type="unfinished">Kto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details:</source>
        <translation type="unfinished">Dane:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why:</source>
        <translation type="unfinished">Dlaczego:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask</source>
        <translation type="unfinished">Poproś</translation>
    </message>
</context>
<context>
    <name>ApprovalStatus</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="+138"/>
        <source>Waiting for a supervisor</source>
        <translation type="unfinished">Czeka na przełożonego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation type="unfinished">Zatwierdzona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation type="unfinished">Odrzucona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used</source>
        <translation type="unfinished">Wykorzystana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation type="unfinished">Wygasła</translation>
    </message>
</context>
<context>
    <name>ApprovalsModel</name>
    <message>
        <location filename="../council_desk/ui/approvals.py" line="+110"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval</source>
        <translation type="unfinished">Zgoda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation type="unfinished">Co</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation type="unfinished">Odbiorca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints</source>
        <translation type="unfinished">Skargi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked by</source>
        <translation type="unfinished">Prosi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why</source>
        <translation type="unfinished">Dlaczego</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Expires</source>
        <translation type="unfinished">Wygasa</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not yet sent</source>
        <translation type="unfinished">jeszcze niewysłane</translation>
    </message>
</context>
<context>
    <name>ApprovalsTab</name>
    <message>
        <location line="+33"/>
        <source>Requests of your office for case-by-case approvals. Approve or refuse those waiting for you; your own go to another supervisor.</source>
        <translation type="unfinished">Prośby Twojego biura o zgody indywidualne. Zatwierdź lub odrzuć oczekujące; Twoje własne rozpatruje inny przełożony.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your requests for case-by-case approvals and the answers. An approval is used once, for the cases, details and recipient it names, before it expires.</source>
        <translation type="unfinished">Twoje prośby o zgody indywidualne i odpowiedzi. Zgodę wykorzystuje się raz, dla wskazanych w niej spraw, danych i odbiorcy, przed jej wygaśnięciem.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Approvals</source>
        <translation type="unfinished">Zgody</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests for case-by-case approvals and the answers; select one to decide</source>
        <translation type="unfinished">Prośby o zgody indywidualne i odpowiedzi; wybierz jedną, aby zdecydować</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve…</source>
        <translation type="unfinished">Zatwierdź…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refuse…</source>
        <translation type="unfinished">Odrzuć…</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <location filename="../council_desk/ui/bulk.py" line="+103"/>
        <source>Set office status</source>
        <translation type="unfinished">Ustaw status w biurze</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Log a follow-up to each…</source>
        <translation type="unfinished">Zapisz czynność w każdej…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assign to</source>
        <translation type="unfinished">Przydziel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reassign a caseworker&apos;s cases…</source>
        <translation type="unfinished">Przekaż sprawy pracownika…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nobody</source>
        <translation type="unfinished">Nikt</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>Bulk actions</source>
        <translation type="unfinished">Działania zbiorcze</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Choose one or more cases in the list first.</source>
        <translation type="unfinished">Najpierw wybierz jedną lub więcej spraw z listy.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Set the office status of %n case(s) to “%1”?</source>
        <translation type="unfinished">
            <numerusform>Ustawić status w biurze „%1” dla %n sprawy?</numerusform>
            <numerusform>Ustawić status w biurze „%1” dla %n spraw?</numerusform>
            <numerusform>Ustawić status w biurze „%1” dla %n spraw?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>nobody</source>
        <translation type="unfinished">nikogo</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Assign %n case(s) to %1?</source>
        <translation type="unfinished">
            <numerusform>Przydzielić %n sprawę: %1?</numerusform>
            <numerusform>Przydzielić %n sprawy: %1?</numerusform>
            <numerusform>Przydzielić %n spraw: %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform>%n sprawa</numerusform>
            <numerusform>%n sprawy</numerusform>
            <numerusform>%n spraw</numerusform>
        </translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Recording the changes…</source>
        <translation type="unfinished">Zapisywanie zmian…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop</source>
        <translation type="unfinished">Zatrzymaj</translation>
    </message>
</context>
<context>
    <name>CaseColumns</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="-116"/>
        <source>Complaint #</source>
        <translation type="unfinished">Nr skargi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation type="unfinished">Data wpływu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation type="unfinished">Rodzaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation type="unfinished">Instytucja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation type="unfinished">Adres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency status</source>
        <translation type="unfinished">Status w instytucji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office status</source>
        <translation type="unfinished">Status w biurze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next follow-up</source>
        <translation type="unfinished">Następna czynność</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to</source>
        <translation type="unfinished">Przydzielona</translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <location filename="../council_desk/ui/detail.py" line="+83"/>
        <source>Log follow-up…</source>
        <translation type="unfinished">Zapisz czynność…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show contact details…</source>
        <translation type="unfinished">Pokaż dane kontaktowe…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ask 311 to reopen…</source>
        <translation type="unfinished">Poproś 311 o ponowne otwarcie…</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>The office&apos;s own status for this case (separate from the agency&apos;s). %1 to change it.</source>
        <translation type="unfinished">Własny status biura dla tej sprawy (niezależny od statusu w instytucji). %1, aby go zmienić.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Log a call, email, letter, visit or note (%1)</source>
        <translation type="unfinished">Zapisz rozmowę telefoniczną, e-mail, list, wizytę lub notatkę (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Asks why, records it in the privacy log, then shows the filer&apos;s contact details (%1)</source>
        <translation type="unfinished">Pyta o powód, zapisuje go w rejestrze prywatności, a następnie pokazuje dane kontaktowe osoby, która złożyła skargę (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The agency closed this complaint but the problem is not fixed (%1)</source>
        <translation type="unfinished">Instytucja zamknęła tę skargę, ale problem nie został usunięty (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print</source>
        <translation type="unfinished">Drukuj</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A letter (%1), a case summary (%2) or a mailing label for this case</source>
        <translation type="unfinished">List (%1), podsumowanie sprawy (%2) lub etykietę adresową dla tej sprawy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print letter…</source>
        <translation type="unfinished">Drukuj list…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print case summary…</source>
        <translation type="unfinished">Drukuj podsumowanie sprawy…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print mailing label…</source>
        <translation type="unfinished">Drukuj etykietę adresową…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Share with agency…</source>
        <translation type="unfinished">Przekaż instytucji…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pass the constituent&apos;s details to a City agency: recorded in the privacy log, under a supervisor&apos;s approval or an exigent reason</source>
        <translation type="unfinished">Przekaż dane mieszkańca instytucji miejskiej: zapisywane w rejestrze prywatności, za zgodą przełożonego lub z pilnego powodu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Case details</source>
        <translation type="unfinished">Szczegóły sprawy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The complaint, the agency&apos;s status, the consent receipt and the follow-ups</source>
        <translation type="unfinished">Skarga, status w instytucji, potwierdzenie zgody i wykonane czynności</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a case in the list to see it here.</source>
        <translation type="unfinished">Proszę wybrać sprawę z listy, aby ją tu zobaczyć.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Office status:</source>
        <translation type="unfinished">Status w biurze:</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Phone: %1</source>
        <translation type="unfinished">Telefon: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email: %1</source>
        <translation type="unfinished">E-mail: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mailing address: %1</source>
        <translation type="unfinished">Adres korespondencyjny: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred language: %1</source>
        <translation type="unfinished">Preferowany język: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What</source>
        <translation type="unfinished">Co</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Description</source>
        <translation type="unfinished">Opis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation type="unfinished">Gdzie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation type="unfinished">Data wpływu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation type="unfinished">Instytucja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agency status</source>
        <translation type="unfinished">Status w instytucji</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agency resolution</source>
        <translation type="unfinished">Rozstrzygnięcie instytucji</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reopen asked</source>
        <translation type="unfinished">Wniosek o ponowne otwarcie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consent receipt</source>
        <translation type="unfinished">Potwierdzenie zgody</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consent to share contact details with the council member was given on %1 by %2, under notice version %3.</source>
        <translation type="unfinished">Zgodę na przekazanie danych kontaktowych radnemu wyrażono %1 (sposób: %2), zgodnie z wersją %3 informacji.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The text of this notice version is not known to this version of Council Desk.</source>
        <translation type="unfinished">Ta wersja Council Desk nie zna treści tej wersji informacji.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The notice shown to the filer:</source>
        <translation type="unfinished">Informacja pokazana składającemu skargę:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-ups</source>
        <translation type="unfinished">Czynności</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None yet. Press %1 to log one.</source>
        <translation type="unfinished">Brak. Proszę nacisnąć %1, aby zapisać czynność.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not yet sent</source>
        <translation type="unfinished">jeszcze niewysłane</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Office status → %1</source>
        <translation type="unfinished">Status w biurze → %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome: %1</source>
        <translation type="unfinished">Wynik: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due %1</source>
        <translation type="unfinished">Termin: %1</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../council_desk/ui/case_model.py" line="+240"/>
        <source>Overdue</source>
        <translation type="unfinished">Zaległe</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) not yet sent (marked •)</source>
        <translation type="unfinished">
            <numerusform>%n zmiana jeszcze niewysłana (oznaczona •)</numerusform>
            <numerusform>%n zmiany jeszcze niewysłane (oznaczone •)</numerusform>
            <numerusform>%n zmian jeszcze niewysłanych (oznaczonych •)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (overdue)</source>
        <translation type="unfinished">%1 (zaległe)</translation>
    </message>
</context>
<context>
    <name>CaseSearch</name>
    <message numerus="yes">
        <location filename="../council_desk/ui/search.py" line="+137"/>
        <location line="+29"/>
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform>%n sprawa</numerusform>
            <numerusform>%n sprawy</numerusform>
            <numerusform>%n spraw</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1+ cases</source>
        <translation type="unfinished">%1+ spraw</translation>
    </message>
</context>
<context>
    <name>CaseloadWindow</name>
    <message>
        <location filename="../council_desk/ui/caseload.py" line="+55"/>
        <source>Caseload — the office&apos;s own numbers</source>
        <translation type="unfinished">Obciążenie — liczby biura</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open cases by age (days since 311 received them)</source>
        <translation type="unfinished">Otwarte sprawy wg wieku (dni od wpływu do 311)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open cases by office status</source>
        <translation type="unfinished">Otwarte sprawy wg statusu w biurze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By caseworker</source>
        <translation type="unfinished">Wg pracownika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open cases by agency</source>
        <translation type="unfinished">Otwarte sprawy wg instytucji</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Counted from the cases on this PC; no case is listed</source>
        <translation type="unfinished">Policzone ze spraw na tym komputerze; żadna sprawa nie jest pokazywana</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Which cases the worklist lists</source>
        <translation type="unfinished">Które sprawy są na liście zadań</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worklist of:</source>
        <translation type="unfinished">Lista zadań:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview and print…</source>
        <translation type="unfinished">Podgląd i drukowanie…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export CSV…</source>
        <translation type="unfinished">Eksportuj CSV…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A worklist holds no contact details. Printing or saving one is recorded in the privacy log: complaint numbers are personal information.</source>
        <translation type="unfinished">Lista zadań nie zawiera danych kontaktowych. Jej wydruk lub zapis trafia do dziennika prywatności: numery skarg to dane osobowe.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Unassigned</source>
        <translation type="unfinished">Nieprzydzielone</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n open case(s)</source>
        <translation type="unfinished">
            <numerusform>%n otwarta sprawa</numerusform>
            <numerusform>%n otwarte sprawy</numerusform>
            <numerusform>%n otwartych spraw</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n reminder(s) overdue</source>
        <translation type="unfinished">
            <numerusform>%n zaległe przypomnienie</numerusform>
            <numerusform>%n zaległe przypomnienia</numerusform>
            <numerusform>%n zaległych przypomnień</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n due today</source>
        <translation type="unfinished">
            <numerusform>%n na dziś</numerusform>
            <numerusform>%n na dziś</numerusform>
            <numerusform>%n na dziś</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No case on this PC has been resolved or closed by the office yet.</source>
        <translation type="unfinished">Na tym komputerze biuro nie załatwiło ani nie zamknęło jeszcze żadnej sprawy.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Median %1 days from 311&apos;s receipt to the office&apos;s resolution, over the %n case(s) the office resolved or closed that are still on this PC.</source>
        <translation type="unfinished">
            <numerusform>Mediana %1 dni od wpływu do 311 do załatwienia przez biuro, z %n sprawy załatwionej lub zamkniętej przez biuro, nadal na tym komputerze.</numerusform>
            <numerusform>Mediana %1 dni od wpływu do 311 do załatwienia przez biuro, z %n spraw załatwionych lub zamkniętych przez biuro, nadal na tym komputerze.</numerusform>
            <numerusform>Mediana %1 dni od wpływu do 311 do załatwienia przez biuro, z %n spraw załatwionych lub zamkniętych przez biuro, nadal na tym komputerze.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Age</source>
        <translation type="unfinished">Wiek</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+3"/>
        <source>Open cases</source>
        <translation type="unfinished">Otwarte sprawy</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Office status</source>
        <translation type="unfinished">Status w biurze</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Caseworker</source>
        <translation type="unfinished">Pracownik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overdue reminders</source>
        <translation type="unfinished">Zaległe przypomnienia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due today</source>
        <translation type="unfinished">Termin dzisiaj</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agency</source>
        <translation type="unfinished">Instytucja</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Export the worklist</source>
        <translation type="unfinished">Eksportuj listę zadań</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">Pliki CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>CaseworkPanel</name>
    <message>
        <location filename="../council_desk/ui/casework_panel.py" line="+69"/>
        <source>Assigned to:</source>
        <translation type="unfinished">Przydzielona:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The caseworker who has this case; recorded in the shared log and the privacy log</source>
        <translation type="unfinished">Pracownik prowadzący tę sprawę; zapisywany we wspólnym dzienniku i w dzienniku prywatności</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This case&apos;s reminders</source>
        <translation type="unfinished">Przypomnienia tej sprawy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its open reminders, soonest first; Done and Snooze act on the one shown</source>
        <translation type="unfinished">Jej otwarte przypomnienia, najbliższe najpierw; Zrobione i Odłóż działają na pokazane</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation type="unfinished">Zrobione</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snooze a week</source>
        <translation type="unfinished">Odłóż o tydzień</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add reminder…</source>
        <translation type="unfinished">Dodaj przypomnienie…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reminders:</source>
        <translation type="unfinished">Przypomnienia:</translation>
    </message>
    <message>
        <location line="+43"/>
        <source> (overdue)</source>
        <translation type="unfinished"> (zaległe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for %1</source>
        <translation type="unfinished">dla: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not yet sent</source>
        <translation type="unfinished">jeszcze niewysłane</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none open</source>
        <translation type="unfinished">brak otwartych</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>me</source>
        <translation type="unfinished">mnie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nobody</source>
        <translation type="unfinished">Nikt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>At 311:</source>
        <translation type="unfinished">W 311:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reopen asked %1: %2</source>
        <translation type="unfinished">Wniosek o wznowienie %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (%1)</source>
        <translation type="unfinished"> (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Survey after it closed again (%1): %2</source>
        <translation type="unfinished">Ankieta po ponownym zamknięciu (%1): %2</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n other open case(s) at this building:</source>
        <translation type="unfinished">
            <numerusform>%n inna otwarta sprawa w tym budynku:</numerusform>
            <numerusform>%n inne otwarte sprawy w tym budynku:</numerusform>
            <numerusform>%n innych otwartych spraw w tym budynku:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source> and %n more</source>
        <translation type="unfinished">
            <numerusform> i %n inna</numerusform>
            <numerusform> i %n inne</numerusform>
            <numerusform> i %n innych</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Add a reminder</source>
        <translation type="unfinished">Dodaj przypomnienie</translation>
    </message>
</context>
<context>
    <name>ConsentChannel</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="-30"/>
        <source>phone</source>
        <translation type="unfinished">telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the web form</source>
        <translation type="unfinished">formularz internetowy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the app</source>
        <translation type="unfinished">aplikacja</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../council_desk/ui/errors.py" line="+84"/>
        <source>Council Desk ran into a problem</source>
        <translation type="unfinished">W Council Desk wystąpił problem</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something went wrong inside Council Desk. Your saved work is safe.
If this keeps happening, copy the report below and send it to your IT support. It holds no case or contact details.</source>
        <translation type="unfinished">W Council Desk coś poszło nie tak. Zapisana praca jest bezpieczna.
Jeśli to się powtórzy, proszę skopiować poniższy raport i wysłać go do wsparcia informatycznego. Nie zawiera on danych spraw ani danych kontaktowych.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Report for IT support</source>
        <translation type="unfinished">Raport dla wsparcia informatycznego</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error types and code locations only; no case or contact details</source>
        <translation type="unfinished">Tylko rodzaje błędów i miejsca w kodzie; żadnych danych spraw ani danych kontaktowych</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy report</source>
        <translation type="unfinished">Kopiuj raport</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../council_desk/ui/approvals.py" line="-127"/>
        <source>Approve the request</source>
        <translation type="unfinished">Zatwierdź prośbę</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refuse the request</source>
        <translation type="unfinished">Odrzuć prośbę</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 to %2 (%3), for %n complaint(s). Asked by %4: “%5”</source>
        <translation type="unfinished">
            <numerusform>%1 dla %2 (%3), dla %n skargi. Prosi %4: „%5”</numerusform>
            <numerusform>%1 dla %2 (%3), dla %n skarg. Prosi %4: „%5”</numerusform>
            <numerusform>%1 dla %2 (%3), dla %n skarg. Prosi %4: „%5”</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A note for the caseworker (recorded with the decision)</source>
        <translation type="unfinished">Notatka dla pracownika (zapisywana z decyzją)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation type="unfinished">Notatka</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recorded with the decision; the caseworker reads it</source>
        <translation type="unfinished">Zapisywana z decyzją; czyta ją pracownik</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Valid for (days)</source>
        <translation type="unfinished">Ważna przez (dni)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long the approval may wait to be used: 1 to 30 days</source>
        <translation type="unfinished">Jak długo zgoda może czekać na wykorzystanie: od 1 do 30 dni</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note:</source>
        <translation type="unfinished">Notatka:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid for (days):</source>
        <translation type="unfinished">Ważna przez (dni):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approve</source>
        <translation type="unfinished">Zatwierdź</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refuse</source>
        <translation type="unfinished">Odrzuć</translation>
    </message>
</context>
<context>
    <name>DisclosureChoice</name>
    <message>
        <location filename="../council_desk/ui/disclosure_choice.py" line="+83"/>
        <source>For:</source>
        <translation type="unfinished">Dla:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who receives it</source>
        <translation type="unfinished">Kto to otrzyma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decides whether this is routine or needs a supervisor&apos;s approval or an exigent reason</source>
        <translation type="unfinished">Decyduje, czy to rutyna, czy potrzebna jest zgoda przełożonego lub pilny powód</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Routine for this recipient: recorded in the privacy log, no approval needed.</source>
        <translation type="unfinished">Dla tego odbiorcy to rutyna: zapis w rejestrze prywatności, bez zgody.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Approval</source>
        <translation type="unfinished">Zgoda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An approval a supervisor granted through the 311 access system for these cases and this recipient</source>
        <translation type="unfinished">Zgoda udzielona przez przełożonego przez system dostępu 311 dla tych spraw i tego odbiorcy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No approval on this PC covers these cases for this recipient. Ask a supervisor; the approval arrives with a sync.</source>
        <translation type="unfinished">Żadna zgoda na tym komputerze nie obejmuje tych spraw dla tego odbiorcy. Poproś przełożonego; zgoda przyjdzie z synchronizacją.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ask for approval…</source>
        <translation type="unfinished">Poproś o zgodę…</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>%1 — expires %2</source>
        <translation type="unfinished">%1 — wygasa %2</translation>
    </message>
</context>
<context>
    <name>DisclosureClass</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="+104"/>
        <source>Routine (pre-approved)</source>
        <translation type="unfinished">Rutynowe (zatwierdzone z góry)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case-by-case (approved by the privacy officer)</source>
        <translation type="unfinished">Indywidualne (zatwierdzone przez inspektora ochrony danych)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exigent circumstances</source>
        <translation type="unfinished">Pilne okoliczności</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../council_desk/ui/error_text.py" line="+22"/>
        <location line="+1"/>
        <source>Something went wrong.</source>
        <translation type="unfinished">Coś poszło nie tak.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>You need to sign in to the 311 access system again.</source>
        <translation type="unfinished">Proszę ponownie zalogować się do systemu dostępu 311.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The 311 access system cannot be reached. You can keep working; changes will be sent later.</source>
        <translation type="unfinished">Nie można połączyć się z systemem dostępu 311. Można nadal pracować; zmiany zostaną wysłane później.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+36"/>
        <source>The 311 access system refused the request.</source>
        <translation type="unfinished">System dostępu 311 odrzucił żądanie.</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>The system keyring could not be used to unlock the case cache.</source>
        <translation type="unfinished">Nie można było użyć systemowego pęku kluczy do odblokowania pamięci podręcznej spraw.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The local case cache could not be opened.</source>
        <translation type="unfinished">Nie można było otworzyć lokalnej pamięci podręcznej spraw.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This was NOT saved: the disk is full or the cache folder cannot be written.</source>
        <translation type="unfinished">NIE zapisano: dysk jest pełny albo nie można zapisywać w folderze pamięci podręcznej.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+126"/>
        <source>Sync stopped: the server sent records this office may not hold. Nothing from them was stored. Tell your privacy officer; the server may be misconfigured.</source>
        <translation type="unfinished">Synchronizacja zatrzymana: serwer przesłał rekordy, których to biuro nie może przechowywać. Nic z nich nie zapisano. Proszę powiadomić inspektora ochrony danych; serwer może być źle skonfigurowany.</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>This PC&apos;s access was withdrawn by the 311 access system, so its case data was removed. Ask your supervisor if you think this is wrong.</source>
        <translation type="unfinished">System dostępu 311 odebrał temu komputerowi dostęp, więc jego dane spraw zostały usunięte. Jeśli to pomyłka, proszę zwrócić się do przełożonego.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The 311 access system is busy or down for maintenance. You can keep working; changes will be sent later.</source>
        <translation type="unfinished">System dostępu 311 jest przeciążony lub w trakcie konserwacji. Można nadal pracować; zmiany zostaną wysłane później.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The 311 access system sent a response Council Desk could not read, so nothing from it was used. Try again later; if it keeps happening, tell your IT contact.</source>
        <translation type="unfinished">System dostępu 311 przesłał odpowiedź, której Council Desk nie mógł odczytać, więc nic z niej nie wykorzystano. Proszę spróbować później; jeśli to się powtarza, proszę powiadomić dział informatyki.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync stopped: the 311 access system&apos;s list of changes looped or went backwards. Nothing was removed from this PC. Try again later; if it keeps happening, tell your IT contact.</source>
        <translation type="unfinished">Synchronizacja zatrzymana: lista zmian z systemu dostępu 311 zapętliła się lub cofnęła. Nic nie usunięto z tego komputera. Proszę spróbować później; jeśli to się powtarza, proszę powiadomić dział informatyki.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The 311 access system no longer shares this complaint with your office.</source>
        <translation type="unfinished">System dostępu 311 nie udostępnia już tej skargi biuru.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sync position expired; a full resync is needed.</source>
        <translation type="unfinished">Pozycja synchronizacji wygasła; potrzebna jest pełna ponowna synchronizacja.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 311 access system refused the request (HTTP %1).</source>
        <translation type="unfinished">System dostępu 311 odrzucił żądanie (HTTP %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This server address is not allowed: use an https:// address (plain http:// only works for this PC itself, for training).</source>
        <translation type="unfinished">Ten adres serwera jest niedozwolony: proszę użyć adresu https:// (zwykłe http:// działa tylko dla tego komputera, do szkoleń).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled.</source>
        <translation type="unfinished">Anulowano.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The 311 access system asked Council Desk to slow down. Try again in a few minutes.</source>
        <translation type="unfinished">System dostępu 311 poprosił Council Desk o zwolnienie tempa. Proszę spróbować ponownie za kilka minut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 311 access system says your account may not do this. Ask your supervisor.</source>
        <translation type="unfinished">System dostępu 311 informuje, że to konto nie może tego zrobić. Proszę zwrócić się do przełożonego.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 311 access system tried to send Council Desk elsewhere; that is not allowed.</source>
        <translation type="unfinished">System dostępu 311 próbował przekierować Council Desk gdzie indziej; jest to niedozwolone.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 311 access system pointed to a different server; that is not allowed.</source>
        <translation type="unfinished">System dostępu 311 wskazał inny serwer; jest to niedozwolone.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 311 access system sent a response larger than allowed; it was ignored.</source>
        <translation type="unfinished">System dostępu 311 przesłał odpowiedź większą niż dozwolona; została pominięta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Council Desk has not reached the 311 access system for more than %1 days. Connect to the network and sign in again to keep working.</source>
        <translation type="unfinished">Council Desk nie łączył się z systemem dostępu 311 od ponad %1 dni. Aby dalej pracować, proszę połączyć się z siecią i zalogować ponownie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The 311 access system&apos;s sign-in addresses point to another server; not signing in.</source>
        <translation type="unfinished">Adresy logowania systemu dostępu 311 wskazują na inny serwer; logowanie przerwano.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 311 access system does not offer the secure sign-in method Council Desk requires.</source>
        <translation type="unfinished">System dostępu 311 nie oferuje bezpiecznej metody logowania wymaganej przez Council Desk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in was not completed in time. Please try again.</source>
        <translation type="unfinished">Logowanie nie zostało ukończone na czas. Proszę spróbować ponownie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No web browser could be opened for sign-in.</source>
        <translation type="unfinished">Nie można było otworzyć przeglądarki internetowej do logowania.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in was cancelled or refused. Please try again.</source>
        <translation type="unfinished">Logowanie anulowano lub odrzucono. Proszę spróbować ponownie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in was refused by the 311 access system. Please try again.</source>
        <translation type="unfinished">System dostępu 311 odrzucił logowanie. Proszę spróbować ponownie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in first: Council Desk does not know which account&apos;s cases to open.</source>
        <translation type="unfinished">Proszę się najpierw zalogować: Council Desk nie wie, czyje sprawy otworzyć.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The 311 access system did not confirm that you just signed in (it may have used an earlier sign-in). Nothing was kept. Try again; if it keeps happening, tell your IT contact.</source>
        <translation type="unfinished">System dostępu 311 nie potwierdził, że właśnie nastąpiło logowanie (mógł użyć wcześniejszego logowania). Nic nie zachowano. Proszę spróbować ponownie; jeśli to się powtarza, proszę powiadomić dział informatyki.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This PC has no signed-in account for this server yet. Sign in first.</source>
        <translation type="unfinished">Na tym komputerze nie ma jeszcze zalogowanego konta dla tego serwera. Proszę się najpierw zalogować.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The system keyring is locked, so Council Desk cannot reach its keys (the case cache stays locked). Unlock your keyring (usually by signing in to the PC again) and try once more.</source>
        <translation type="unfinished">Systemowy pęk kluczy jest zablokowany, więc Council Desk nie ma dostępu do swoich kluczy (pamięć podręczna spraw pozostaje zablokowana). Proszę odblokować pęk kluczy (zwykle przez ponowne zalogowanie się do komputera) i spróbować jeszcze raz.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That cache passphrase is too weak.</source>
        <translation type="unfinished">To hasło pamięci podręcznej jest zbyt słabe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That cache passphrase cannot be used: %1</source>
        <translation type="unfinished">Tego hasła pamięci podręcznej nie można użyć: %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>A reminder needs to know whose it is: sign in first, then log the follow-up again.</source>
        <translation type="unfinished">Przypomnienie musi mieć właściciela: najpierw się zaloguj, potem zapisz czynność ponownie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This reminder is no longer on this PC, so nothing was changed.</source>
        <translation type="unfinished">Tego przypomnienia nie ma już na tym komputerze, więc niczego nie zmieniono.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The personal paragraph is longer than 1500 characters. Shorten it (a longer note belongs in a follow-up), then print again.</source>
        <translation type="unfinished">Osobisty akapit ma ponad 1500 znaków. Skróć go (dłuższa notatka pasuje do czynności), potem wydrukuj ponownie.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Your role does not allow this.</source>
        <translation type="unfinished">Twoja rola na to nie pozwala.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The 311 access system says your role may not do this. Ask your supervisor.</source>
        <translation type="unfinished">System dostępu 311 informuje, że Twoja rola na to nie pozwala. Zapytaj przełożonego.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your office&apos;s access to 311 cases has ended (end of term), so nothing more syncs. The district&apos;s cases are removed from this PC on that date; the privacy log is still sent.</source>
        <translation type="unfinished">Dostęp Twojego biura do spraw 311 się zakończył (koniec kadencji), więc nic więcej się nie synchronizuje. Sprawy okręgu są w tym dniu usuwane z tego komputera; rejestr prywatności jest nadal wysyłany.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This disclosure is not allowed.</source>
        <translation type="unfinished">To ujawnienie jest niedozwolone.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at least one case.</source>
        <translation type="unfinished">Wybierz co najmniej jedną sprawę.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose routine, case-by-case or exigent.</source>
        <translation type="unfinished">Wybierz: rutynowe, indywidualne lub pilne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A case-by-case disclosure needs the approval number a supervisor granted.</source>
        <translation type="unfinished">Ujawnienie indywidualne wymaga numeru zgody udzielonej przez przełożonego.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An exigent disclosure needs a written reason (why it cannot wait).</source>
        <translation type="unfinished">Pilne ujawnienie wymaga pisemnego powodu (dlaczego nie może czekać).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at least one detail to share.</source>
        <translation type="unfinished">Wybierz co najmniej jedną daną do przekazania.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A case-by-case disclosure needs the 311 access system to confirm its approval, and it cannot be reached now, so nothing was released. Routine and exigent disclosures work offline.</source>
        <translation type="unfinished">Ujawnienie indywidualne wymaga potwierdzenia zgody przez system dostępu 311, a teraz nie można się z nim połączyć, więc nic nie zostało przekazane. Ujawnienia rutynowe i pilne działają offline.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The 311 access system did not issue this approval for your office. Check the number, or ask your supervisor for one.</source>
        <translation type="unfinished">System dostępu 311 nie wydał tej zgody Twojemu biuru. Sprawdź numer lub poproś przełożonego o zgodę.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A case chosen is no longer shared with your office, so nothing was released.</source>
        <translation type="unfinished">Jedna z wybranych spraw nie jest już udostępniana Twojemu biuru, więc nic nie zostało przekazane.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 311 access system did not confirm this approval, so nothing was released.</source>
        <translation type="unfinished">System dostępu 311 nie potwierdził tej zgody, więc nic nie zostało przekazane.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 311 access system&apos;s answer did not match this approval, so nothing was released.</source>
        <translation type="unfinished">Odpowiedź systemu dostępu 311 nie pasowała do tej zgody, więc nic nie zostało przekazane.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A case of this request is no longer on this PC, so nothing was saved.</source>
        <translation type="unfinished">Jednej ze spraw z tej prośby nie ma już na tym komputerze, więc nic nie zapisano.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This request is no longer on this PC, so nothing was saved.</source>
        <translation type="unfinished">Tej prośby nie ma już na tym komputerze, więc nic nie zapisano.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PC has no signed-in identity for that server yet: sync first.</source>
        <translation type="unfinished">Ten komputer nie ma jeszcze zalogowanej tożsamości dla tego serwera: najpierw zsynchronizuj.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That sign-in was with another account than the one whose cases were asked for, so they stay shut. Sign in with that account, or give its unlock PIN.</source>
        <translation type="unfinished">To logowanie odbyło się na inne konto niż to, o którego sprawy poproszono, więc pozostają one zamknięte. Zaloguj się na to konto albo podaj jego PIN odblokowania.</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>This PC has no usable system keyring to keep the case cache key in. You need to choose a cache passphrase instead: the cache is always encrypted, and without a keyring the passphrase is the only way to unlock it. Council Desk never stores the key in a plain file.</source>
        <translation type="unfinished">Ten komputer nie ma systemowego pęku kluczy, w którym można przechowywać klucz pamięci podręcznej spraw. Trzeba więc wybrać hasło pamięci podręcznej: pamięć podręczna jest zawsze zaszyfrowana, a bez pęku kluczy hasło jest jedynym sposobem jej odblokowania. Council Desk nigdy nie zapisuje klucza w niezaszyfrowanym pliku.</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>The secure connection to the 311 access system could not be verified (certificate problem): someone may be intercepting this network&apos;s traffic. Nothing was sent. Do not sign in on this network; tell your IT contact.</source>
        <translation type="unfinished">Nie można było zweryfikować bezpiecznego połączenia z systemem dostępu 311 (problem z certyfikatem): ktoś może przechwytywać ruch w tej sieci. Nic nie wysłano. Proszę nie logować się w tej sieci i powiadomić dział informatyki.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>This case cache is locked with a cache passphrase. Enter the passphrase to open it.</source>
        <translation type="unfinished">Ta pamięć podręczna spraw jest zablokowana hasłem. Proszę je wpisać, aby ją otworzyć.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The only keyring available on this PC keeps secrets unencrypted, so Council Desk will not use it. Use a cache passphrase instead, or ask support to set up the system keyring.</source>
        <translation type="unfinished">Jedyny pęk kluczy dostępny na tym komputerze przechowuje sekrety bez szyfrowania, więc Council Desk nie będzie go używać. Proszę użyć hasła pamięci podręcznej lub poprosić wsparcie o skonfigurowanie systemowego pęku kluczy.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The case cache on this PC is locked with a key kept in the system keyring, and that keyring cannot be used now. Sign in to the PC normally (so the keyring starts) and try again, or call support.</source>
        <translation type="unfinished">Pamięć podręczna spraw na tym komputerze jest zablokowana kluczem przechowywanym w systemowym pęku kluczy, a tego pęku nie można teraz użyć. Proszę zalogować się do komputera w zwykły sposób (aby pęk kluczy się uruchomił) i spróbować ponownie albo zadzwonić do wsparcia.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cache passphrase record is damaged, so the cache cannot be unlocked.</source>
        <translation type="unfinished">Zapis hasła pamięci podręcznej jest uszkodzony, więc nie można jej odblokować.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The case cache key in the system keyring is damaged, so the cache cannot be unlocked. Call support.</source>
        <translation type="unfinished">Klucz pamięci podręcznej spraw w systemowym pęku kluczy jest uszkodzony, więc nie można jej odblokować. Proszę zadzwonić do wsparcia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keyring did not keep the case cache key. Call support.</source>
        <translation type="unfinished">Systemowy pęk kluczy nie zachował klucza pamięci podręcznej spraw. Proszę zadzwonić do wsparcia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cache passphrase cannot be empty.</source>
        <translation type="unfinished">Hasło pamięci podręcznej nie może być puste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case cache on this PC is locked with a different key than the one available now (a wrong passphrase, or the keyring entry was replaced). Nothing was changed. Try the passphrase again, or ask support to set the old cache aside and sync a fresh copy.</source>
        <translation type="unfinished">Pamięć podręczna spraw na tym komputerze jest zablokowana innym kluczem niż dostępny teraz (błędne hasło albo zastąpiony wpis w pęku kluczy). Nic nie zmieniono. Proszę ponownie wpisać hasło albo poprosić wsparcie o odłożenie starej pamięci podręcznej i zsynchronizowanie nowej kopii.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key for the case cache on this PC is missing from the system keyring, so the cache cannot be opened. It will be set aside (not deleted) and a fresh copy synced; unsent follow-ups in it are lost.</source>
        <translation type="unfinished">W systemowym pęku kluczy brakuje klucza pamięci podręcznej spraw tego komputera, więc nie można jej otworzyć. Zostanie odłożona (nie usunięta) i zsynchronizowana zostanie nowa kopia; niewysłane czynności w niej zostaną utracone.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The case cache file on this PC is damaged or was altered, so no data from it is shown. It will be set aside (not deleted) and a fresh copy synced from the 311 access system.</source>
        <translation type="unfinished">Plik pamięci podręcznej spraw na tym komputerze jest uszkodzony lub został zmieniony, więc żadne jego dane nie są wyświetlane. Zostanie odłożony (nie usunięty), a nowa kopia zostanie zsynchronizowana z systemu dostępu 311.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The case cache cannot be opened because its folder cannot be written (read-only, no permission, or the disk is full). Nothing was changed. Free some disk space or ask support to check the folder.</source>
        <translation type="unfinished">Nie można otworzyć pamięci podręcznej spraw, ponieważ nie można zapisywać w jej folderze (tylko do odczytu, brak uprawnień lub pełny dysk). Nic nie zmieniono. Proszę zwolnić miejsce na dysku lub poprosić wsparcie o sprawdzenie folderu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The case cache failed its safety self-test (encryption or secure settings are not active), so Council Desk will not use it. Reinstall Council Desk or call support.</source>
        <translation type="unfinished">Pamięć podręczna spraw nie przeszła testu bezpieczeństwa (szyfrowanie lub bezpieczne ustawienia nie są aktywne), więc Council Desk nie będzie jej używać. Proszę ponownie zainstalować Council Desk lub zadzwonić do wsparcia.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The case cache was written by a newer version of Council Desk. Update Council Desk to open it.</source>
        <translation type="unfinished">Pamięć podręczna spraw została zapisana przez nowszą wersję Council Desk. Aby ją otworzyć, proszę zaktualizować Council Desk.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The case cache is closed (Council Desk was locked or signed out). Open it again to go on.</source>
        <translation type="unfinished">Pamięć podręczna spraw jest zamknięta (Council Desk został zablokowany lub wylogowany). Aby kontynuować, proszę ją ponownie otworzyć.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This case is no longer in the cache on this PC, so nothing was saved.</source>
        <translation type="unfinished">Tej sprawy nie ma już w pamięci podręcznej tego komputera, więc nic nie zapisano.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This was NOT saved: the disk is full or the cache folder cannot be written. (the disk is full)</source>
        <translation type="unfinished">NIE zapisano: dysk jest pełny albo nie można zapisywać w folderze pamięci podręcznej. (dysk jest pełny)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This was NOT saved: the disk is full or the cache folder cannot be written. (the cache folder cannot be written)</source>
        <translation type="unfinished">NIE zapisano: dysk jest pełny albo nie można zapisywać w folderze pamięci podręcznej. (nie można zapisywać w folderze pamięci podręcznej)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This was NOT saved: the disk is full or the cache folder cannot be written. (a disk error)</source>
        <translation type="unfinished">NIE zapisano: dysk jest pełny albo nie można zapisywać w folderze pamięci podręcznej. (błąd dysku)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many wrong PIN or passphrase tries, so Council Desk is locked on this PC. Sign in again with your browser to unlock it (your work is saved).</source>
        <translation type="unfinished">Zbyt wiele błędnych prób PIN-u lub hasła, więc Council Desk jest zablokowany na tym komputerze. Aby go odblokować, proszę ponownie zalogować się przez przeglądarkę (praca jest zapisana).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No unlock PIN was chosen on this PC yet. Sign in with your browser (when the network is back) and choose one; until then the cases here stay locked.</source>
        <translation type="unfinished">Na tym komputerze nie wybrano jeszcze PIN-u do odblokowania. Proszę zalogować się przez przeglądarkę (gdy sieć wróci) i go wybrać; do tego czasu sprawy pozostają zablokowane.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That PIN or passphrase is not right. %1 tries left before Council Desk asks you to sign in again with your browser.</source>
        <translation type="unfinished">Ten PIN lub hasło jest nieprawidłowe. Pozostały %1 próby, zanim Council Desk poprosi o ponowne zalogowanie przez przeglądarkę.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That PIN or passphrase is not right. %1 try left before Council Desk asks you to sign in again with your browser.</source>
        <translation type="unfinished">Ten PIN lub hasło jest nieprawidłowe. Pozostała %1 próba, zanim Council Desk poprosi o ponowne zalogowanie przez przeglądarkę.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your session has reached its daily limit. Sign in again with your browser to keep working; nothing you saved is lost.</source>
        <translation type="unfinished">Sesja osiągnęła dzienny limit. Aby dalej pracować, proszę ponownie zalogować się przez przeglądarkę; nic z zapisanej pracy nie przepada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your session has reached its daily limit and the 311 access system can be reached, so sign in again with your browser. (Without a network, your PIN keeps you working offline.)</source>
        <translation type="unfinished">Sesja osiągnęła dzienny limit, a system dostępu 311 jest osiągalny, więc proszę ponownie zalogować się przez przeglądarkę. (Bez sieci PIN pozwala dalej pracować bez połączenia.)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The audit log could not be written, so this action was not carried out (nothing was printed, shown or exported). Free some disk space or call support, then try again.</source>
        <translation type="unfinished">Nie można było zapisać dziennika audytu, więc tej czynności nie wykonano (nic nie wydrukowano, nie pokazano ani nie wyeksportowano). Proszę zwolnić miejsce na dysku lub zadzwonić do wsparcia, a następnie spróbować ponownie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The printer could not be started, so nothing was printed. Check the printer and try again.</source>
        <translation type="unfinished">Nie można było uruchomić drukarki, więc nic nie wydrukowano. Proszę sprawdzić drukarkę i spróbować ponownie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Letters need the office&apos;s letterhead, which arrives when you sign in. Sign in, then try again.</source>
        <translation type="unfinished">Listy wymagają papieru firmowego biura, który pojawia się po zalogowaniu. Proszę się zalogować i spróbować ponownie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The selected cases are no longer on this PC.</source>
        <translation type="unfinished">Wybranych spraw nie ma już na tym komputerze.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cache is locked, so nothing was saved.</source>
        <translation type="unfinished">Pamięć podręczna jest zablokowana, więc nic nie zapisano.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cache is locked, so nothing was printed.</source>
        <translation type="unfinished">Pamięć podręczna jest zablokowana, więc nic nie wydrukowano.</translation>
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
        <translation type="unfinished">Szukaj spraw (Ctrl+F): słowa ze skargi, adresu lub nazwiska</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search cases</source>
        <translation type="unfinished">Szukaj spraw</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words from the complaint, the address or the filer&apos;s name, or a complaint number. Down moves into the list.</source>
        <translation type="unfinished">Słowa ze skargi, adresu lub nazwiska osoby, która ją złożyła, albo numer skargi. Strzałka w dół przechodzi do listy.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep typing: the search starts at 2 letters</source>
        <translation type="unfinished">Proszę pisać dalej: wyszukiwanie zaczyna się od 2 liter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Any office status</source>
        <translation type="unfinished">Dowolny status w biurze</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Office status filter</source>
        <translation type="unfinished">Filtr statusu w biurze</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show only cases with this office status</source>
        <translation type="unfinished">Pokaż tylko sprawy z tym statusem w biurze</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open or closed at agency</source>
        <translation type="unfinished">Otwarte lub zamknięte w instytucji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open at agency</source>
        <translation type="unfinished">Otwarte w instytucji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed by agency</source>
        <translation type="unfinished">Zamknięte przez instytucję</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agency status filter</source>
        <translation type="unfinished">Filtr statusu w instytucji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only complaints the agency has open, or has closed</source>
        <translation type="unfinished">Pokaż tylko skargi otwarte albo zamknięte przez instytucję</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any agency</source>
        <translation type="unfinished">Dowolna instytucja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency filter</source>
        <translation type="unfinished">Filtr instytucji</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show only complaints sent to this agency</source>
        <translation type="unfinished">Pokaż tylko skargi przekazane tej instytucji</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any type</source>
        <translation type="unfinished">Dowolny rodzaj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaint type filter</source>
        <translation type="unfinished">Filtr rodzaju skargi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show only complaints of this type</source>
        <translation type="unfinished">Pokaż tylko skargi tego rodzaju</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any follow-up</source>
        <translation type="unfinished">Dowolna czynność</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due today or overdue</source>
        <translation type="unfinished">Na dziś lub zaległe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation type="unfinished">Zaległe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up filter</source>
        <translation type="unfinished">Filtr czynności</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show only cases with a follow-up due or overdue</source>
        <translation type="unfinished">Pokaż tylko sprawy z czynnością na dziś lub zaległą</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From: any</source>
        <translation type="unfinished">Od: dowolnie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received from</source>
        <translation type="unfinished">Wpłynęła od</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show only complaints received on or after this day</source>
        <translation type="unfinished">Pokaż tylko skargi, które wpłynęły tego dnia lub później</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To: any</source>
        <translation type="unfinished">Do: dowolnie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received until</source>
        <translation type="unfinished">Wpłynęła do</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show only complaints received on or before this day</source>
        <translation type="unfinished">Pokaż tylko skargi, które wpłynęły tego dnia lub wcześniej</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Received</source>
        <translation type="unfinished">Data wpływu</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../council_desk/ui/dialogs.py" line="+61"/>
        <source>Log a follow-up — complaint %1</source>
        <translation type="unfinished">Zapisz czynność — skarga %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How you were in touch: call, email, letter, visit or a note</source>
        <translation type="unfinished">Forma kontaktu: telefon, e-mail, list, wizyta lub notatka</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was done or said, and what happens next</source>
        <translation type="unfinished">Co zrobiono lub powiedziano i co dalej</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no outcome yet)</source>
        <translation type="unfinished">(jeszcze bez wyniku)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What came of it, if anything yet</source>
        <translation type="unfinished">Co z tego wynikło, jeśli już coś wiadomo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(leave as is: %1)</source>
        <translation type="unfinished">(bez zmian: %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new office status for the case, if it changed</source>
        <translation type="unfinished">Nowy status sprawy w biurze, jeśli się zmienił</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind on</source>
        <translation type="unfinished">Przypomnij</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reminder date</source>
        <translation type="unfinished">Data przypomnienia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The day this case shows in Reminders</source>
        <translation type="unfinished">Dzień, w którym ta sprawa pojawi się w Przypomnieniach</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Whose reminder</source>
        <translation type="unfinished">Czyje przypomnienie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who is reminded: you or a colleague</source>
        <translation type="unfinished">Komu przypomnieć: tobie czy współpracownikowi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for me</source>
        <translation type="unfinished">dla mnie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for %1</source>
        <translation type="unfinished">dla: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What</source>
        <translation type="unfinished">Co</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation type="unfinished">Notatki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation type="unfinished">Wynik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office status</source>
        <translation type="unfinished">Status w biurze</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved on this PC at once; sent to the shared office log at the next sync.</source>
        <translation type="unfinished">Zapisywane od razu na tym komputerze; wysyłane do wspólnego rejestru biura przy następnej synchronizacji.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save follow-up</source>
        <translation type="unfinished">Zapisz czynność</translation>
    </message>
</context>
<context>
    <name>FollowUpKind</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="-164"/>
        <source>Phone call</source>
        <translation type="unfinished">Rozmowa telefoniczna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation type="unfinished">E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation type="unfinished">List</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit</source>
        <translation type="unfinished">Wizyta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation type="unfinished">Notatka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status change</source>
        <translation type="unfinished">Zmiana statusu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignment</source>
        <translation type="unfinished">Przydział</translation>
    </message>
</context>
<context>
    <name>GroupModel</name>
    <message>
        <location filename="../council_desk/ui/groups.py" line="+44"/>
        <source>Complaint #</source>
        <translation type="unfinished">Nr skargi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation type="unfinished">Data wpływu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation type="unfinished">Rodzaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office status</source>
        <translation type="unfinished">Status w biurze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to</source>
        <translation type="unfinished">Przydzielona</translation>
    </message>
    <message numerus="yes">
        <location line="+139"/>
        <source>Show all %n case(s) of this group in the list…</source>
        <translation type="unfinished">
            <numerusform>Pokaż na liście %n sprawę z tej grupy…</numerusform>
            <numerusform>Pokaż na liście wszystkie %n sprawy z tej grupy…</numerusform>
            <numerusform>Pokaż na liście wszystkie %n spraw z tej grupy…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform>%n sprawa</numerusform>
            <numerusform>%n sprawy</numerusform>
            <numerusform>%n spraw</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n open here</source>
        <translation type="unfinished">
            <numerusform>%n otwarta tutaj</numerusform>
            <numerusform>%n otwarte tutaj</numerusform>
            <numerusform>%n otwartych tutaj</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no street address)</source>
        <translation type="unfinished">(bez adresu)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same filer</source>
        <translation type="unfinished">Ten sam skarżący</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no contact details to match)</source>
        <translation type="unfinished">(brak danych kontaktowych do porównania)</translation>
    </message>
</context>
<context>
    <name>GroupedCases</name>
    <message>
        <location line="+27"/>
        <source>Cases by group</source>
        <translation type="unfinished">Sprawy wg grup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a group (Right arrow) to see its cases; choose one to see it beside</source>
        <translation type="unfinished">Otwórz grupę (strzałka w prawo), aby zobaczyć jej sprawy; wybierz jedną, aby zobaczyć ją obok</translation>
    </message>
</context>
<context>
    <name>InfoType</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="+173"/>
        <source>Name</source>
        <translation type="unfinished">Imię i nazwisko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current and/or previous home addresses</source>
        <translation type="unfinished">Obecny i/lub poprzedni adres zamieszkania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone number</source>
        <translation type="unfinished">Numer telefonu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email address</source>
        <translation type="unfinished">Adres e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages spoken</source>
        <translation type="unfinished">Używane języki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>311 complaint number, date, time and text (§ 23-315)</source>
        <translation type="unfinished">Numer, data, godzina i treść skargi 311 (§ 23-315)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location of the complaint (street address)</source>
        <translation type="unfinished">Miejsce skargi (adres)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The office&apos;s casework notes</source>
        <translation type="unfinished">Notatki biura w sprawie</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location line="-123"/>
        <source>English</source>
        <translation type="unfinished">angielski</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation type="unfinished">hiszpański</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese (Simplified)</source>
        <translation type="unfinished">chiński (uproszczony)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese (Traditional)</source>
        <translation type="unfinished">chiński (tradycyjny)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation type="unfinished">rosyjski</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bengali</source>
        <translation type="unfinished">bengalski</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Haitian Creole</source>
        <translation type="unfinished">kreolski haitański</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Korean</source>
        <translation type="unfinished">koreański</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic</source>
        <translation type="unfinished">arabski</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urdu</source>
        <translation type="unfinished">urdu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation type="unfinished">francuski</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polish</source>
        <translation type="unfinished">polski</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../council_desk/ui/print_dialog.py" line="+44"/>
        <source>Print letter</source>
        <translation type="unfinished">Drukuj list</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>A letter for %n case(s). You will see it before anything is printed.</source>
        <translation type="unfinished">
            <numerusform>List dla %n sprawy. Przed wydrukiem pojawi się podgląd.</numerusform>
            <numerusform>Listy dla %n spraw. Przed wydrukiem pojawi się podgląd.</numerusform>
            <numerusform>Listy dla %n spraw. Przed wydrukiem pojawi się podgląd.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Which approved letter to print</source>
        <translation type="unfinished">Który zatwierdzony list wydrukować</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each constituent&apos;s preferred language</source>
        <translation type="unfinished">Preferowany język każdego mieszkańca</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Their preferred languages: %1.</source>
        <translation type="unfinished">Ich preferowane języki: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (preferred)</source>
        <translation type="unfinished">%1 (preferowany)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language the letter is printed in</source>
        <translation type="unfinished">Język, w którym zostanie wydrukowany list</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I understand; use this translation anyway</source>
        <translation type="unfinished">Rozumiem; mimo to użyj tego tłumaczenia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Letter template:</source>
        <translation type="unfinished">Szablon listu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation type="unfinished">Język:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview…</source>
        <translation type="unfinished">Podgląd…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Optional: a few sentences of your own for this letter. Printed as you type them, after the letter&apos;s text.</source>
        <translation type="unfinished">Opcjonalnie: kilka własnych zdań do tego listu. Drukowane tak, jak je wpiszesz, po treści listu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <source>Personal paragraph</source>
        <translation type="unfinished">Osobisty akapit</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 is %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This translation has not been reviewed by a person.</source>
        <translation type="unfinished">Tego tłumaczenia nie sprawdził jeszcze człowiek.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask a colleague who reads the language to check the preview before it is sent.</source>
        <translation type="unfinished">Proszę poprosić współpracownika znającego ten język o sprawdzenie podglądu przed wysłaniem.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 of %2 characters</source>
        <translation type="unfinished">%1 z %2 znaków</translation>
    </message>
</context>
<context>
    <name>LetterReview</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="-35"/>
        <source>a machine draft</source>
        <translation type="unfinished">szkic maszynowy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marked as needing review</source>
        <translation type="unfinished">oznaczone do sprawdzenia</translation>
    </message>
</context>
<context>
    <name>LetterTemplate</name>
    <message>
        <location line="-9"/>
        <source>Acknowledgement (we received the complaint)</source>
        <translation type="unfinished">Potwierdzenie (otrzymaliśmy skargę)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status update</source>
        <translation type="unfinished">Informacja o stanie sprawy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency response</source>
        <translation type="unfinished">Odpowiedź instytucji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed but not fixed (we asked 311 to reopen)</source>
        <translation type="unfinished">Zamknięta, ale nienaprawiona (poprosiliśmy 311 o ponowne otwarcie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing (case finished)</source>
        <translation type="unfinished">Zakończenie (sprawa zamknięta)</translation>
    </message>
</context>
<context>
    <name>LockProcedure</name>
    <message>
        <location filename="../council_desk/ui/locking.py" line="+103"/>
        <source>That passphrase is not right.</source>
        <translation type="unfinished">To hasło jest nieprawidłowe.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../council_desk/ui/lock.py" line="+124"/>
        <source>Council Desk is locked</source>
        <translation type="unfinished">Council Desk jest zablokowany</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your unlock PIN or passphrase</source>
        <translation type="unfinished">PIN lub hasło do odblokowania</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unlock PIN or passphrase</source>
        <translation type="unfinished">PIN lub hasło do odblokowania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PIN or passphrase you chose for this PC</source>
        <translation type="unfinished">PIN lub hasło wybrane dla tego komputera</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sign in with your browser…</source>
        <translation type="unfinished">Zaloguj się przez przeglądarkę…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Too many wrong tries. Sign in again with your browser to unlock Council Desk on this PC. Your work is saved.</source>
        <translation type="unfinished">Zbyt wiele błędnych prób. Aby odblokować Council Desk na tym komputerze, proszę ponownie zalogować się przez przeglądarkę. Praca jest zapisana.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your session has reached its daily limit. Sign in again with your browser to continue. No network? Your PIN or passphrase keeps you working offline.</source>
        <translation type="unfinished">Sesja osiągnęła dzienny limit. Aby kontynuować, proszę ponownie zalogować się przez przeglądarkę. Brak sieci? PIN lub hasło pozwala dalej pracować bez połączenia.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Checking…</source>
        <translation type="unfinished">Sprawdzanie…</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Unlock</source>
        <translation type="unfinished">Odblokuj</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Locked after a period without use, to keep constituents&apos; details private. Your work is saved.</source>
        <translation type="unfinished">Zablokowano po okresie bezczynności, aby chronić dane mieszkańców. Praca jest zapisana.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="+249"/>
        <location line="+28"/>
        <source>Cases</source>
        <translation type="unfinished">Sprawy</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>The cases matching the search and filters; the selected one is shown beside</source>
        <translation type="unfinished">Sprawy pasujące do wyszukiwania i filtrów; wybrana jest pokazana obok</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+47"/>
        <location filename="../council_desk/ui/window_actions.py" line="+64"/>
        <source>Reminders</source>
        <translation type="unfinished">Przypomnienia</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Cases and reminders</source>
        <translation type="unfinished">Sprawy i przypomnienia</translation>
    </message>
    <message>
        <location filename="../council_desk/ui/window_actions.py" line="-26"/>
        <source>Main</source>
        <translation type="unfinished">Główny</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sync now</source>
        <translation type="unfinished">Synchronizuj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log follow-up</source>
        <translation type="unfinished">Zapisz czynność</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search</source>
        <translation type="unfinished">Szukaj</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Statistics</source>
        <translation type="unfinished">Statystyki</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Caseload</source>
        <translation type="unfinished">Obciążenie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock</source>
        <translation type="unfinished">Zablokuj</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bulk</source>
        <translation type="unfinished">Zbiorczo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office status, a follow-up, an owner for every chosen case</source>
        <translation type="unfinished">Status w biurze, czynność lub osoba odpowiedzialna dla każdej wybranej sprawy</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Show contact details…</source>
        <translation type="unfinished">Pokaż dane kontaktowe…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ask 311 to reopen…</source>
        <translation type="unfinished">Poproś 311 o ponowne otwarcie…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Office status</source>
        <translation type="unfinished">Status w biurze</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Print letter…</source>
        <translation type="unfinished">Drukuj list…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print case summary…</source>
        <translation type="unfinished">Drukuj podsumowanie sprawy…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print mailing labels…</source>
        <translation type="unfinished">Drukuj etykiety adresowe…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Print</source>
        <translation type="unfinished">Drukuj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letters, case summaries and mailing labels for the selected cases</source>
        <translation type="unfinished">Listy, podsumowania spraw i etykiety adresowe dla wybranych spraw</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Select one or more cases in the list first.</source>
        <translation type="unfinished">Proszę najpierw wybrać z listy jedną lub więcej spraw.</translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="+9"/>
        <source>Council Desk — District %1</source>
        <translation type="unfinished">Council Desk — okręg %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (locked)</source>
        <translation type="unfinished">%1 (zablokowany)</translation>
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
            <numerusform>Dokończono zmianę zbiorczą przerwaną zatrzymaniem Council Desk: jeszcze %n sprawa.</numerusform>
            <numerusform>Dokończono zmianę zbiorczą przerwaną zatrzymaniem Council Desk: jeszcze %n sprawy.</numerusform>
            <numerusform>Dokończono zmianę zbiorczą przerwaną zatrzymaniem Council Desk: jeszcze %n spraw.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reminders (%1)</source>
        <translation type="unfinished">Przypomnienia (%1)</translation>
    </message>
</context>
<context>
    <name>MoreFiltersDialog</name>
    <message>
        <location filename="../council_desk/ui/views.py" line="+68"/>
        <source>More filters</source>
        <translation type="unfinished">Więcej filtrów</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office status</source>
        <translation type="unfinished">Status w biurze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency status</source>
        <translation type="unfinished">Status w instytucji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation type="unfinished">Instytucja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint type</source>
        <translation type="unfinished">Rodzaj skargi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to</source>
        <translation type="unfinished">Przydzielona</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tick one or more; none ticked means any</source>
        <translation type="unfinished">Zaznacz jedno lub więcej; brak zaznaczenia oznacza dowolne</translation>
    </message>
</context>
<context>
    <name>OfficeStatus</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="-43"/>
        <source>New</source>
        <translation type="unfinished">Nowa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation type="unfinished">W toku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting on agency</source>
        <translation type="unfinished">Czeka na instytucję</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation type="unfinished">Załatwiona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed – unresolved</source>
        <translation type="unfinished">Zamknięta – niezałatwiona</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <location line="+16"/>
        <source>Fixed</source>
        <translation type="unfinished">Naprawiono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly fixed</source>
        <translation type="unfinished">Naprawiono częściowo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not fixed</source>
        <translation type="unfinished">Nie naprawiono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not the agency&apos;s responsibility</source>
        <translation type="unfinished">Nie leży w gestii instytucji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate of another complaint</source>
        <translation type="unfinished">Duplikat innej skargi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No response</source>
        <translation type="unfinished">Brak odpowiedzi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation type="unfinished">Inne</translation>
    </message>
</context>
<context>
    <name>Output</name>
    <message>
        <location line="+150"/>
        <source>Contact details shown on screen</source>
        <translation type="unfinished">Dane kontaktowe pokazane na ekranie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter to the constituent</source>
        <translation type="unfinished">List do mieszkańca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mailing labels</source>
        <translation type="unfinished">Etykiety adresowe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case summary without contact details</source>
        <translation type="unfinished">Podsumowanie sprawy bez danych kontaktowych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case summary with contact details</source>
        <translation type="unfinished">Podsumowanie sprawy z danymi kontaktowymi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact list exported as CSV</source>
        <translation type="unfinished">Lista kontaktów wyeksportowana do CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details shared with a City agency</source>
        <translation type="unfinished">Dane przekazane instytucji miejskiej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office worklist without contact details</source>
        <translation type="unfinished">Lista zadań biura bez danych kontaktowych</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../council_desk/ui/dialogs.py" line="+113"/>
        <source>Cache passphrase</source>
        <translation type="unfinished">Hasło pamięci podręcznej</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>At least %1 characters, not one character repeated, no space at the start or end</source>
        <translation type="unfinished">Co najmniej %1 znaków, nie jeden powtórzony znak, bez spacji na początku i na końcu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The passphrase chosen for this cache</source>
        <translation type="unfinished">Hasło wybrane dla tej pamięci podręcznej</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The same passphrase once more, to catch a typing mistake</source>
        <translation type="unfinished">To samo hasło jeszcze raz, aby wychwycić literówkę</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase</source>
        <translation type="unfinished">Hasło</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Again</source>
        <translation type="unfinished">Powtórz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unlock</source>
        <translation type="unfinished">Odblokuj</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The two passphrases differ.</source>
        <translation type="unfinished">Hasła się różnią.</translation>
    </message>
</context>
<context>
    <name>PreviewWindow</name>
    <message>
        <location filename="../council_desk/ui/pdf_preview.py" line="+60"/>
        <source>Preview</source>
        <translation type="unfinished">Podgląd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The pages as they will be printed</source>
        <translation type="unfinished">Strony w takiej postaci, w jakiej zostaną wydrukowane</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading…</source>
        <translation type="unfinished">Wczytywanie…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print…</source>
        <translation type="unfinished">Drukuj…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as PDF…</source>
        <translation type="unfinished">Zapisz jako PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation type="unfinished">Zamknij</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform>%n strona</numerusform>
            <numerusform>%n strony</numerusform>
            <numerusform>%n stron</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The preview could not be shown.</source>
        <translation type="unfinished">Nie można wyświetlić podglądu.</translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <location filename="../council_desk/ui/printing.py" line="+137"/>
        <source>Letter preview</source>
        <translation type="unfinished">Podgląd listu</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Case summary preview</source>
        <translation type="unfinished">Podgląd podsumowania sprawy</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Referral preview</source>
        <translation type="unfinished">Podgląd skierowania</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Mailing labels preview</source>
        <translation type="unfinished">Podgląd etykiet adresowych</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Worklist: %1</source>
        <translation type="unfinished">Lista zadań: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+71"/>
        <source>%1 — %n case(s)</source>
        <translation type="unfinished">
            <numerusform>%1 — %n sprawa</numerusform>
            <numerusform>%1 — %n sprawy</numerusform>
            <numerusform>%1 — %n spraw</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../council_desk/ui/print_release.py" line="+77"/>
        <source>Printing or saving logs a “letter” follow-up on each case.</source>
        <translation type="unfinished">Wydruk lub zapis dodaje do każdej sprawy czynność „list”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Translation not reviewed by a person: %1.</source>
        <translation type="unfinished">Tłumaczenie niesprawdzone przez człowieka: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contact details are left out of this summary.</source>
        <translation type="unfinished">To podsumowanie nie zawiera danych kontaktowych.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No contact details. Printing or saving it is recorded in the privacy log: complaint numbers are personal information.</source>
        <translation type="unfinished">Bez danych kontaktowych. Wydruk lub zapis trafia do dziennika prywatności: numery skarg to dane osobowe.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Printing or saving uses approval %1 once: the 311 access system confirms it first.</source>
        <translation type="unfinished">Drukowanie lub zapis wykorzystuje zgodę %1 jeden raz: najpierw potwierdza ją system dostępu 311.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Save as PDF</source>
        <translation type="unfinished">Zapisz jako PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>Sending pages to the printer…</source>
        <translation type="unfinished">Wysyłanie stron do drukarki…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation type="unfinished">Zatrzymaj</translation>
    </message>
    <message numerus="yes">
        <location filename="../council_desk/ui/printing.py" line="+30"/>
        <source>Preparing %n case(s)…</source>
        <translation type="unfinished">
            <numerusform>Przygotowywanie %n sprawy…</numerusform>
            <numerusform>Przygotowywanie %n spraw…</numerusform>
            <numerusform>Przygotowywanie %n spraw…</numerusform>
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
        <translation type="unfinished">Kiedy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation type="unfinished">Pracownik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation type="unfinished">Co</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class</source>
        <translation type="unfinished">Kategoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval or reason</source>
        <translation type="unfinished">Zgoda lub powód</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation type="unfinished">Odbiorca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints</source>
        <translation type="unfinished">Skargi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found</source>
        <translation type="unfinished">Ustalenia</translation>
    </message>
</context>
<context>
    <name>PrivacyLogTab</name>
    <message>
        <location line="+122"/>
        <source>Mark as seen</source>
        <translation type="unfinished">Oznacz jako przejrzane</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Staff</source>
        <translation type="unfinished">Pracownik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the disclosures of one staff member</source>
        <translation type="unfinished">Pokaż ujawnienia jednego pracownika</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Class</source>
        <translation type="unfinished">Kategoria</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the disclosures of one class</source>
        <translation type="unfinished">Pokaż ujawnienia jednej kategorii</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any class</source>
        <translation type="unfinished">Dowolna kategoria</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>Complaint #</source>
        <translation type="unfinished">Nr skargi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the disclosures naming this complaint</source>
        <translation type="unfinished">Pokaż ujawnienia dotyczące tej skargi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From</source>
        <translation type="unfinished">Od</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the disclosures from this day</source>
        <translation type="unfinished">Pokaż ujawnienia od tego dnia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation type="unfinished">Do</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the disclosures up to this day</source>
        <translation type="unfinished">Pokaż ujawnienia do tego dnia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation type="unfinished">Odśwież</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report…</source>
        <translation type="unfinished">Raport…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Disclosure log</source>
        <translation type="unfinished">Rejestr ujawnień</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each disclosure: when, who, what, class, approval or reason, to whom, which complaints, and what the 311 access system found</source>
        <translation type="unfinished">Każde ujawnienie: kiedy, kto, co, kategoria, zgoda lub powód, komu, jakie skargi i co ustalił system dostępu 311</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>From the 311 access system&apos;s record of every device of this office.</source>
        <translation type="unfinished">Z zapisu systemu dostępu 311 ze wszystkich urządzeń tego biura.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OFFLINE: from this PC&apos;s own log only. Other devices&apos; events are not included.</source>
        <translation type="unfinished">OFFLINE: tylko z własnego rejestru tego komputera. Zdarzenia innych urządzeń nie są uwzględnione.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Device %1 (%2): events %3 never arrived; found: %4</source>
        <translation type="unfinished">Urządzenie %1 (%2): zdarzenia %3 nigdy nie dotarły; ustalenia: %4</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Every device&apos;s record is complete: nothing missing, nothing flagged.</source>
        <translation type="unfinished">Zapis każdego urządzenia jest kompletny: niczego nie brakuje, nic nie oznaczono.</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+127"/>
        <source>Anyone</source>
        <translation type="unfinished">Dowolna osoba</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n disclosure(s) shown</source>
        <translation type="unfinished">
            <numerusform>Wyświetlono %n ujawnienie</numerusform>
            <numerusform>Wyświetlono %n ujawnienia</numerusform>
            <numerusform>Wyświetlono %n ujawnień</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>New since you last looked: %1 exigent disclosure(s), %2 finding(s) about the record.</source>
        <translation type="unfinished">Nowe od ostatniego przeglądu: pilne ujawnienia: %1, ustalenia dotyczące zapisu: %2.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Save the report</source>
        <translation type="unfinished">Zapisz raport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">Pliki CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>PrivacyUI</name>
    <message>
        <location filename="../council_desk/ui/privacy_ui.py" line="+54"/>
        <source>Approvals</source>
        <translation type="unfinished">Zgody</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+88"/>
        <source>Privacy log</source>
        <translation type="unfinished">Rejestr prywatności</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Privacy log (new)</source>
        <translation type="unfinished">Rejestr prywatności (nowe)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New for the privacy officer: %1 exigent disclosure(s), %2 finding(s) about the record.</source>
        <translation type="unfinished">Nowe dla inspektora ochrony danych: pilne ujawnienia: %1, ustalenia dotyczące zapisu: %2.</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../council_desk/ui/bulk.py" line="-190"/>
        <source>Reassign a caseworker&apos;s cases</source>
        <translation type="unfinished">Przekaż sprawy pracownika</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The caseworker whose open cases and reminders move</source>
        <translation type="unfinished">Pracownik, którego otwarte sprawy i przypomnienia są przekazywane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The caseworker who takes them</source>
        <translation type="unfinished">Pracownik, który je przejmuje</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every case the office still has open that is assigned to the first person, and every open reminder of theirs, goes to the second. Each change is recorded as if made one by one.</source>
        <translation type="unfinished">Każda sprawa nadal otwarta w biurze przydzielona pierwszej osobie i każde jej otwarte przypomnienie przechodzą do drugiej. Każda zmiana jest zapisywana tak, jakby robiono je pojedynczo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From</source>
        <translation type="unfinished">Od</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation type="unfinished">Do</translation>
    </message>
</context>
<context>
    <name>Recipient</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="-25"/>
        <source>The constituent (the person who filed)</source>
        <translation type="unfinished">Mieszkaniec (składający skargę)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This council office (internal casework)</source>
        <translation type="unfinished">To biuro radnego (wewnętrzna praca nad sprawą)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other City agencies</source>
        <translation type="unfinished">Inne instytucje miejskie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New York State or federal agencies</source>
        <translation type="unfinished">Instytucje stanu Nowy Jork lub federalne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community partners / NGOs</source>
        <translation type="unfinished">Partnerzy społeczni / organizacje pozarządowe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court, enforcement agency or other entity issuing a subpoena</source>
        <translation type="unfinished">Sąd, organ ścigania lub inny podmiot wydający wezwanie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other</source>
        <translation type="unfinished">Inne</translation>
    </message>
</context>
<context>
    <name>ReminderColumns</name>
    <message>
        <location line="-68"/>
        <source>Due</source>
        <translation type="unfinished">Termin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint #</source>
        <translation type="unfinished">Nr skargi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For</source>
        <translation type="unfinished">Dla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation type="unfinished">Rodzaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation type="unfinished">Adres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation type="unfinished">Notatka</translation>
    </message>
</context>
<context>
    <name>RemindersModel</name>
    <message>
        <location filename="../council_desk/ui/reminders.py" line="+151"/>
        <source>Overdue</source>
        <translation type="unfinished">Zaległe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due today</source>
        <translation type="unfinished">Termin dzisiaj</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due in the next 7 days</source>
        <translation type="unfinished">Termin w ciągu 7 dni</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (overdue)</source>
        <translation type="unfinished">%1 (zaległe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (today)</source>
        <translation type="unfinished">%1 (dziś)</translation>
    </message>
</context>
<context>
    <name>RemindersTab</name>
    <message>
        <location line="+77"/>
        <source>Reminders</source>
        <translation type="unfinished">Przypomnienia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders overdue, due today and in the next 7 days; Enter opens the case</source>
        <translation type="unfinished">Przypomnienia zaległe, na dziś i na najbliższe 7 dni; Enter otwiera sprawę</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>My reminders</source>
        <translation type="unfinished">Moje przypomnienia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone&apos;s</source>
        <translation type="unfinished">Wszystkich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whose reminders</source>
        <translation type="unfinished">Czyje przypomnienia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done</source>
        <translation type="unfinished">Zrobione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the chosen reminders done (Ctrl+D)</source>
        <translation type="unfinished">Oznacz wybrane przypomnienia jako zrobione (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Snooze</source>
        <translation type="unfinished">Odłóż</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tomorrow</source>
        <translation type="unfinished">Jutro</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform>%n dzień</numerusform>
            <numerusform>%n dni</numerusform>
            <numerusform>%n dni</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next Monday</source>
        <translation type="unfinished">W przyszły poniedziałek</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reschedule…</source>
        <translation type="unfinished">Zmień termin…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give to</source>
        <translation type="unfinished">Przekaż</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open case</source>
        <translation type="unfinished">Otwórz sprawę</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show:</source>
        <translation type="unfinished">Pokaż:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 overdue, %2 due today, %3 in the next 7 days. Double-click one (or press Enter) to open the case.</source>
        <translation type="unfinished">Zaległe: %1, na dziś: %2, w ciągu 7 dni: %3. Kliknij dwukrotnie (lub naciśnij Enter), aby otworzyć sprawę.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing is due in the next 7 days. A follow-up logged with a reminder appears here when its day comes near.</source>
        <translation type="unfinished">Nic nie ma terminu w ciągu 7 dni. Czynność zapisana z przypomnieniem pojawi się tu, gdy zbliży się jej dzień.</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../council_desk/ui/dialogs.py" line="-70"/>
        <source>Ask 311 to reopen complaint %1</source>
        <translation type="unfinished">Poproś 311 o ponowne otwarcie skargi %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why the office considers the complaint unresolved</source>
        <translation type="unfinished">Dlaczego biuro uważa, że skarga nie została załatwiona</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What is still wrong (sent to 311 and the agency)</source>
        <translation type="unfinished">Co nadal jest nie tak (wysyłane do 311 i instytucji)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why</source>
        <translation type="unfinished">Dlaczego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation type="unfinished">Szczegóły</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask 311 to reopen</source>
        <translation type="unfinished">Poproś 311 o ponowne otwarcie</translation>
    </message>
</context>
<context>
    <name>ReopenStage</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="+5"/>
        <source>Sent: waiting to reach 311</source>
        <translation type="unfinished">Wysłano: czeka na dotarcie do 311</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forwarded by 311 to the agency</source>
        <translation type="unfinished">311 przekazał do instytucji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not needed: the complaint was still open</source>
        <translation type="unfinished">Niepotrzebne: skarga była jeszcze otwarta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agency reopened it</source>
        <translation type="unfinished">Instytucja ją wznowiła</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agency declined to reopen it</source>
        <translation type="unfinished">Instytucja odmówiła wznowienia</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../council_desk/ui/privacy_log.py" line="-314"/>
        <source>Identifying Information Law report</source>
        <translation type="unfinished">Raport wg ustawy o informacjach identyfikujących</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>PDF (to print and sign)</source>
        <translation type="unfinished">PDF (do wydruku i podpisu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (for a spreadsheet)</source>
        <translation type="unfinished">CSV (do arkusza kalkulacyjnego)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Format</source>
        <translation type="unfinished">Format</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF to print and sign, or CSV</source>
        <translation type="unfinished">PDF do wydruku i podpisu albo CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation type="unfinished">Od</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The first day of the report&apos;s period</source>
        <translation type="unfinished">Pierwszy dzień okresu raportu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation type="unfinished">Do</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The last day of the report&apos;s period</source>
        <translation type="unfinished">Ostatni dzień okresu raportu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From:</source>
        <translation type="unfinished">Od:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation type="unfinished">Do:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format:</source>
        <translation type="unfinished">Format:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save…</source>
        <translation type="unfinished">Zapisz…</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message numerus="yes">
        <location filename="../council_desk/ui/reminders.py" line="-151"/>
        <source>Reschedule %n reminder(s)</source>
        <translation type="unfinished">
            <numerusform>Zmień termin %n przypomnienia</numerusform>
            <numerusform>Zmień termin %n przypomnień</numerusform>
            <numerusform>Zmień termin %n przypomnień</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The day the reminders are due</source>
        <translation type="unfinished">Dzień terminu przypomnień</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New date:</source>
        <translation type="unfinished">Nowa data:</translation>
    </message>
</context>
<context>
    <name>RevealDialog</name>
    <message>
        <location filename="../council_desk/ui/dialogs.py" line="-74"/>
        <source>Show contact details</source>
        <translation type="unfinished">Pokaż dane kontaktowe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact details are shown only when you need them. Why do you need them for complaint %1? Your answer is recorded in the privacy log.</source>
        <translation type="unfinished">Dane kontaktowe są pokazywane tylko wtedy, gdy są potrzebne. Do czego są potrzebne w sprawie skargi %1? Odpowiedź zostanie zapisana w rejestrze prywatności.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Other (say why below)</source>
        <translation type="unfinished">Inny (proszę podać powód poniżej)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why you need the contact details</source>
        <translation type="unfinished">Do czego potrzebne są dane kontaktowe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded in the privacy log with your name and the time</source>
        <translation type="unfinished">Zapisywane w rejestrze prywatności wraz z nazwiskiem i godziną</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason</source>
        <translation type="unfinished">Powód</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason, in your words</source>
        <translation type="unfinished">Powód własnymi słowami</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needed when you choose Other; otherwise added to the reason chosen</source>
        <translation type="unfinished">Wymagany przy wyborze „Inny”; w pozostałych przypadkach dodawany do wybranego powodu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show and record</source>
        <translation type="unfinished">Pokaż i zapisz</translation>
    </message>
</context>
<context>
    <name>RevealPurpose</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="-80"/>
        <source>Call the constituent about this complaint</source>
        <translation type="unfinished">Zadzwonić do mieszkańca w sprawie tej skargi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write to the constituent about this complaint</source>
        <translation type="unfinished">Napisać do mieszkańca w sprawie tej skargi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit about this complaint</source>
        <translation type="unfinished">Wizyta w sprawie tej skargi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check who filed before contacting the agency</source>
        <translation type="unfinished">Sprawdzić, kto złożył skargę, przed kontaktem z instytucją</translation>
    </message>
</context>
<context>
    <name>SecretRules</name>
    <message>
        <location filename="../council_desk/ui/error_text.py" line="+63"/>
        <source>A passphrase needs at least %1 characters.</source>
        <translation type="unfinished">Hasło musi mieć co najmniej %1 znaków.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A passphrase cannot be one character repeated.</source>
        <translation type="unfinished">Hasło nie może składać się z jednego powtórzonego znaku.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A passphrase cannot start or end with a space.</source>
        <translation type="unfinished">Hasło nie może zaczynać się ani kończyć spacją.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PIN needs at least %1 digits.</source>
        <translation type="unfinished">PIN musi mieć co najmniej %1 cyfr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This PIN is too easy to guess (a repeated digit or a run like 123456).</source>
        <translation type="unfinished">Ten PIN jest zbyt łatwy do odgadnięcia (powtórzona cyfra lub ciąg w rodzaju 123456).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../council_desk/ui/settings_dialog.py" line="+50"/>
        <source>The interface will be in %1 the next time Council Desk starts.</source>
        <translation type="unfinished">Interfejs będzie w języku: %1 od następnego uruchomienia Council Desk.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Settings</source>
        <translation type="unfinished">Ustawienia</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Used from the next time Council Desk starts</source>
        <translation type="unfinished">Obowiązuje od następnego uruchomienia Council Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language is used from the next time Council Desk starts.</source>
        <translation type="unfinished">Nowy język obowiązuje od następnego uruchomienia Council Desk.</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+36"/>
        <location line="+37"/>
        <source>Language</source>
        <translation type="unfinished">Język</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>The PC&apos;s language (%1)</source>
        <translation type="unfinished">Język komputera (%1)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Language</source>
        <translation type="unfinished">&amp;Język</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The language of Council Desk&apos;s windows</source>
        <translation type="unfinished">Język okien Council Desk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Settings</source>
        <translation type="unfinished">&amp;Ustawienia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings and translations…</source>
        <translation type="unfinished">Ustawienia i tłumaczenia…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Translation</source>
        <translation type="unfinished">Tłumaczenie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Translation status</source>
        <translation type="unfinished">Stan tłumaczeń</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For each language: whether a person has reviewed the machine draft</source>
        <translation type="unfinished">Dla każdego języka: czy człowiek sprawdził szkic maszynowy</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Translations start as machine drafts. A colleague who reads the language checks them and their name and the date are recorded here.</source>
        <translation type="unfinished">Tłumaczenia powstają jako szkice maszynowe. Sprawdza je współpracownik znający dany język, a jego nazwisko i data są tu zapisywane.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Language:</source>
        <translation type="unfinished">&amp;Język:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reviewed by %1 on %2</source>
        <translation type="unfinished">Sprawdzono: %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Machine draft (%1), not yet reviewed by a person</source>
        <translation type="unfinished">Szkic maszynowy (%1), jeszcze niesprawdzony przez człowieka</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not installed on this PC</source>
        <translation type="unfinished">niezainstalowane na tym komputerze</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../council_desk/ui/share.py" line="+52"/>
        <source>Share with an agency</source>
        <translation type="unfinished">Przekaż instytucji</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Share the constituent&apos;s details for complaint(s) %1 with a City agency. The share is recorded in the privacy log, and the agency gets a referral sheet with only what you tick.</source>
        <translation type="unfinished">Przekaż dane mieszkańca ze skargi(skarg) %1 instytucji miejskiej. Przekazanie trafia do rejestru prywatności, a instytucja dostaje skierowanie tylko z zaznaczonymi danymi.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Agency</source>
        <translation type="unfinished">Instytucja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agency that receives the details (from the case; another can be named)</source>
        <translation type="unfinished">Instytucja, która otrzymuje dane (ze sprawy; można wskazać inną)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Agency:</source>
        <translation type="unfinished">Instytucja:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share:</source>
        <translation type="unfinished">Przekaż:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview…</source>
        <translation type="unfinished">Podgląd…</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <location filename="../council_desk/ui/signin.py" line="+71"/>
        <source>Council Desk — sign in</source>
        <translation type="unfinished">Council Desk — logowanie</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Council Desk</source>
        <translation type="unfinished">Council Desk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>311 complaints shared with your council member&apos;s office, with the filer&apos;s consent.</source>
        <translation type="unfinished">Skargi do 311 udostępnione biuru radnego za zgodą osób, które je złożyły.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set by your office&apos;s IT (Council Desk policy file).</source>
        <translation type="unfinished">Ustawione przez dział informatyki biura (plik zasad Council Desk).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The 311 access system&apos;s address, from your office&apos;s IT contact</source>
        <translation type="unfinished">Adres systemu dostępu 311, otrzymany od działu informatyki biura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with your browser</source>
        <translation type="unfinished">Zaloguj się przez przeglądarkę</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+76"/>
        <source>Cancel</source>
        <translation type="unfinished">Anuluj</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Open offline…</source>
        <translation type="unfinished">Otwórz bez połączenia…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+175"/>
        <source>Work with the cases already on this PC until the server is back</source>
        <translation type="unfinished">Pracuj na sprawach, które są już na tym komputerze, dopóki serwer nie wróci</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Server address</source>
        <translation type="unfinished">Adres serwera</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose your unlock PIN</source>
        <translation type="unfinished">Wybierz PIN do odblokowania</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Council Desk locks itself when the PC is left alone. Choose a PIN of at least 6 digits, or a passphrase of at least 8 characters, to unlock it, and to open your cases when there is no network. After 5 wrong tries you will need to sign in again with your browser. Council Desk keeps only a scrambled check of it, never the PIN itself.</source>
        <translation type="unfinished">Council Desk blokuje się, gdy komputer pozostaje bez użytku. Proszę wybrać PIN o długości co najmniej 6 cyfr lub hasło o długości co najmniej 8 znaków, aby go odblokowywać i otwierać sprawy, gdy nie ma sieci. Po 5 błędnych próbach trzeba będzie ponownie zalogować się przez przeglądarkę. Council Desk przechowuje tylko zaszyfrowany skrót, nigdy sam PIN.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>At least 6 digits, or a passphrase of at least 8 characters</source>
        <translation type="unfinished">Co najmniej 6 cyfr albo hasło o długości co najmniej 8 znaków</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same once more, to catch a typing mistake</source>
        <translation type="unfinished">To samo jeszcze raz, aby wychwycić literówkę</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Continue</source>
        <translation type="unfinished">Dalej</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+40"/>
        <source>PIN or passphrase</source>
        <translation type="unfinished">PIN lub hasło</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Again</source>
        <translation type="unfinished">Powtórz</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open the cases on this PC</source>
        <translation type="unfinished">Otwórz sprawy zapisane na tym komputerze</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Without the 311 access system, your unlock PIN or passphrase proves it is you. Changes you make are sent when the network is back.</source>
        <translation type="unfinished">Bez systemu dostępu 311 PIN lub hasło do odblokowania potwierdza tożsamość. Zmiany zostaną wysłane, gdy sieć wróci.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The PIN or passphrase you chose for this PC</source>
        <translation type="unfinished">PIN lub hasło wybrane dla tego komputera</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open</source>
        <translation type="unfinished">Otwórz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back</source>
        <translation type="unfinished">Wstecz</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Training sandbox on this PC. Training account:</source>
        <translation type="unfinished">Środowisko szkoleniowe na tym komputerze. Konto szkoleniowe:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No usable cases on this PC for this server (never synced, or offline too long)</source>
        <translation type="unfinished">Brak spraw do użycia na tym komputerze dla tego serwera (nigdy nie synchronizowano albo zbyt długo bez połączenia)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Your web browser is opening the sign-in page. Sign in there, then come back here.</source>
        <translation type="unfinished">Przeglądarka otwiera stronę logowania. Proszę się tam zalogować, a potem wrócić tutaj.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The two entries differ.</source>
        <translation type="unfinished">Wpisy się różnią.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose an unlock PIN to see your cases.</source>
        <translation type="unfinished">Aby zobaczyć sprawy, proszę wybrać PIN do odblokowania.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Checking…</source>
        <translation type="unfinished">Sprawdzanie…</translation>
    </message>
</context>
<context>
    <name>StandardButtons</name>
    <message>
        <location filename="../council_desk/ui/accessibility.py" line="+145"/>
        <source>OK</source>
        <translation type="unfinished">OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished">Anuluj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation type="unfinished">Zamknij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation type="unfinished">Zapisz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation type="unfinished">Tak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation type="unfinished">Nie</translation>
    </message>
</context>
<context>
    <name>StatsColumns</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="+102"/>
        <source>Complaint type</source>
        <translation type="unfinished">Rodzaj skargi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation type="unfinished">Instytucja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation type="unfinished">Zgłoszenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation type="unfinished">Zamknięte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closure rate</source>
        <translation type="unfinished">Odsetek zamkniętych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City closure rate</source>
        <translation type="unfinished">Odsetek zamkniętych w mieście</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen asked</source>
        <translation type="unfinished">Wnioski o ponowne otwarcie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen rate</source>
        <translation type="unfinished">Odsetek ponownych otwarć</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfied</source>
        <translation type="unfinished">Zadowoleni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey answers</source>
        <translation type="unfinished">Odpowiedzi w ankiecie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed requests ÷ requests received in the period</source>
        <translation type="unfinished">Zgłoszenia zamknięte ÷ zgłoszenia przyjęte w okresie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same rate for this complaint type and agency across the whole city</source>
        <translation type="unfinished">Ten sam wskaźnik dla tego rodzaju skargi i tej instytucji w całym mieście</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed requests someone asked 311 to reopen</source>
        <translation type="unfinished">Zgłoszenia zamknięte, o których ponowne otwarcie ktoś poprosił 311</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen requests ÷ closed requests</source>
        <translation type="unfinished">Wnioski o ponowne otwarcie ÷ zgłoszenia zamknięte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey answers &apos;satisfied&apos; or &apos;very satisfied&apos; ÷ all survey answers</source>
        <translation type="unfinished">Odpowiedzi „zadowolony” lub „bardzo zadowolony” ÷ wszystkie odpowiedzi w ankiecie</translation>
    </message>
</context>
<context>
    <name>StatsModel</name>
    <message>
        <location filename="../council_desk/ui/stats_window.py" line="+159"/>
        <source>The city had no requests of this type for this agency in the period</source>
        <translation type="unfinished">W tym okresie w mieście nie było zgłoszeń tego rodzaju dla tej instytucji</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fewer than %1 people were behind this figure in each month, so 311 does not publish it: it could tell someone&apos;s answer.</source>
        <translation type="unfinished">Za tą liczbą stało w każdym miesiącu mniej niż %1 osób, więc 311 jej nie publikuje: mogłaby zdradzić czyjąś odpowiedź.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some months had too few to show; this covers the other months only.</source>
        <translation type="unfinished">W niektórych miesiącach danych było za mało, by je pokazać; ta liczba obejmuje tylko pozostałe miesiące.</translation>
    </message>
</context>
<context>
    <name>StatsWindow</name>
    <message>
        <location line="+22"/>
        <source>311 statistics — District %1</source>
        <translation type="unfinished">Statystyki 311 — okręg %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>311 statistics</source>
        <translation type="unfinished">Statystyki 311</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last %1 months</source>
        <translation type="unfinished">Ostatnie %1 mies.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The months the figures cover, this month included</source>
        <translation type="unfinished">Miesiące objęte danymi, łącznie z bieżącym</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Period:</source>
        <translation type="unfinished">&amp;Okres:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished">&amp;Eksportuj CSV…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>“too few to show”: fewer than %1 requests or survey answers in a month. 311 withholds such figures so that no one&apos;s answer can be worked out. Figures in italics leave out such months: “at least” counts, and rates of the other months only.</source>
        <translation type="unfinished">„Za mało, by pokazać”: mniej niż %1 zgłoszeń lub odpowiedzi w ankiecie w danym miesiącu. 311 nie publikuje takich liczb, aby nie dało się ustalić niczyjej odpowiedzi. Liczby kursywą pomijają takie miesiące: liczby „co najmniej” i wskaźniki tylko z pozostałych miesięcy.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Requests by complaint type and agency</source>
        <translation type="unfinished">Zgłoszenia według rodzaju skargi i instytucji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One line per complaint type and agency; click a heading to sort</source>
        <translation type="unfinished">Jeden wiersz na rodzaj skargi i instytucję; kliknięcie nagłówka sortuje</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Loading the figures from 311…</source>
        <translation type="unfinished">Wczytywanie danych z 311…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>311 sent figures for another district. Nothing is shown; please tell your office&apos;s Council Desk contact.</source>
        <translation type="unfinished">311 przesłał dane innego okręgu. Nic nie jest wyświetlane; proszę powiadomić osobę odpowiedzialną za Council Desk w biurze.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No requests in this period.</source>
        <translation type="unfinished">Brak zgłoszeń w tym okresie.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The figures could not be shown because of a problem in Council Desk.</source>
        <translation type="unfinished">Nie można wyświetlić danych z powodu problemu w Council Desk.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: too few requests to show any figure</source>
        <translation type="unfinished">%1: za mało zgłoszeń, by pokazać jakąkolwiek liczbę</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 requests · %3 closed · %4 of closed asked to reopen · %5 satisfied (%6 answers)</source>
        <translation type="unfinished">%1: zgłoszenia %2 · zamknięte %3 · ponowne otwarcie %4 zamkniętych · zadowoleni %5 (odpowiedzi %6)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>District %1, %2</source>
        <translation type="unfinished">Okręg %1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whole city</source>
        <translation type="unfinished">Całe miasto</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export statistics</source>
        <translation type="unfinished">Eksportuj statystyki</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file could not be saved: %1</source>
        <translation type="unfinished">Nie można zapisać pliku: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved %1</source>
        <translation type="unfinished">Zapisano %1</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../council_desk/ui/print_dialog.py" line="+26"/>
        <source>Print case summary</source>
        <translation type="unfinished">Drukuj podsumowanie sprawy</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>A summary of %n case(s): complaint, location, agency status, consent receipt and follow-ups. Contact details are left out unless you include them.</source>
        <translation type="unfinished">
            <numerusform>Podsumowanie %n sprawy: skarga, miejsce, status w instytucji, potwierdzenie zgody i czynności. Dane kontaktowe są pomijane, chyba że zostaną dołączone.</numerusform>
            <numerusform>Podsumowanie %n spraw: skarga, miejsce, status w instytucji, potwierdzenie zgody i czynności. Dane kontaktowe są pomijane, chyba że zostaną dołączone.</numerusform>
            <numerusform>Podsumowanie %n spraw: skarga, miejsce, status w instytucji, potwierdzenie zgody i czynności. Dane kontaktowe są pomijane, chyba że zostaną dołączone.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Include contact details</source>
        <translation type="unfinished">Dołącz dane kontaktowe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name, phone, email and mailing address</source>
        <translation type="unfinished">Imię i nazwisko, telefon, e-mail i adres korespondencyjny</translation>
    </message>
    <message>
        <location filename="../council_desk/ui/disclosure_choice.py" line="-129"/>
        <source>Case-by-case — approved by the privacy officer</source>
        <translation type="unfinished">Indywidualne — zatwierdzone przez inspektora ochrony danych</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Exigent — urgent, to protect someone&apos;s health or safety</source>
        <translation type="unfinished">Pilne — dla ochrony czyjegoś zdrowia lub bezpieczeństwa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why this cannot wait (required)</source>
        <translation type="unfinished">Dlaczego to nie może czekać (wymagane)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why this cannot wait</source>
        <translation type="unfinished">Dlaczego to nie może czekać</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded in the privacy log with the printout</source>
        <translation type="unfinished">Zapisywane w rejestrze prywatności razem z wydrukiem</translation>
    </message>
    <message>
        <location filename="../council_desk/ui/print_dialog.py" line="+10"/>
        <source>Every printout or saved copy with contact details is recorded in the privacy log with the class you choose.</source>
        <translation type="unfinished">Każdy wydruk lub zapisana kopia z danymi kontaktowymi jest zapisywany w rejestrze prywatności z wybraną kategorią.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Preview…</source>
        <translation type="unfinished">Podgląd…</translation>
    </message>
</context>
<context>
    <name>SurveyAnswer</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="-38"/>
        <source>Very dissatisfied</source>
        <translation type="unfinished">Bardzo niezadowolony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dissatisfied</source>
        <translation type="unfinished">Niezadowolony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neither satisfied nor dissatisfied</source>
        <translation type="unfinished">Ani zadowolony, ani niezadowolony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfied</source>
        <translation type="unfinished">Zadowoleni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very satisfied</source>
        <translation type="unfinished">Bardzo zadowolony</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../council_desk/ui/sync_status.py" line="+67"/>
        <source>Cancel sync</source>
        <translation type="unfinished">Anuluj synchronizację</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>All changes sent</source>
        <translation type="unfinished">Wszystkie zmiany wysłane</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n change(s) waiting to be sent</source>
        <translation type="unfinished">
            <numerusform>%n zmiana czeka na wysłanie</numerusform>
            <numerusform>%n zmiany czekają na wysłanie</numerusform>
            <numerusform>%n zmian czeka na wysłanie</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Syncing…</source>
        <translation type="unfinished">Synchronizacja…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Connecting</source>
        <translation type="unfinished">Łączenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending changes</source>
        <translation type="unfinished">Wysyłanie zmian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending the privacy log</source>
        <translation type="unfinished">Wysyłanie rejestru prywatności</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receiving cases</source>
        <translation type="unfinished">Pobieranie spraw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receiving follow-ups</source>
        <translation type="unfinished">Pobieranie czynności</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing</source>
        <translation type="unfinished">Synchronizacja</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sync cancelled.</source>
        <translation type="unfinished">Synchronizację anulowano.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sync failed because of a problem in Council Desk.</source>
        <translation type="unfinished">Synchronizacja nie powiodła się z powodu problemu w Council Desk.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Connecting…</source>
        <translation type="unfinished">Łączenie…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>● Online</source>
        <translation type="unfinished">● Połączono</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>● Offline</source>
        <translation type="unfinished">● Bez połączenia</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not yet</source>
        <translation type="unfinished">jeszcze nie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last synced: %1</source>
        <translation type="unfinished">Ostatnia synchronizacja: %1</translation>
    </message>
</context>
<context>
    <name>ViewBar</name>
    <message>
        <location filename="../council_desk/ui/views.py" line="+50"/>
        <source>View</source>
        <translation type="unfinished">Widok</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A saved way of looking at the cases</source>
        <translation type="unfinished">Zapisany sposób przeglądania spraw</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save view…</source>
        <translation type="unfinished">Zapisz widok…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete view</source>
        <translation type="unfinished">Usuń widok</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More filters…</source>
        <translation type="unfinished">Więcej filtrów…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear filters</source>
        <translation type="unfinished">Wyczyść filtry</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No grouping</source>
        <translation type="unfinished">Bez grupowania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group by building</source>
        <translation type="unfinished">Grupuj wg budynku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group by filer</source>
        <translation type="unfinished">Grupuj wg skarżącego</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Group the list</source>
        <translation type="unfinished">Grupowanie listy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By building (the address, normalised) or by filer (without any contact detail)</source>
        <translation type="unfinished">Wg budynku (adres w jednolitej postaci) lub wg skarżącego (bez danych kontaktowych)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>View:</source>
        <translation type="unfinished">Widok:</translation>
    </message>
    <message>
        <location line="+104"/>
        <location line="+23"/>
        <source>Save view</source>
        <translation type="unfinished">Zapisz widok</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>A name for this view (the search, filters and sort):</source>
        <translation type="unfinished">Nazwa widoku (wyszukiwanie, filtry i sortowanie):</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Give the view a name.</source>
        <translation type="unfinished">Nadaj widokowi nazwę.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A view&apos;s name can be at most %1 characters.</source>
        <translation type="unfinished">Nazwa widoku może mieć najwyżej %1 znaków.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That name belongs to one of the built-in views; choose another.</source>
        <translation type="unfinished">Ta nazwa należy do wbudowanego widoku; wybierz inną.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Nobody</source>
        <translation type="unfinished">Nikt</translation>
    </message>
</context>
<context>
    <name>ViewName</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="+10"/>
        <source>All cases</source>
        <translation type="unfinished">Wszystkie sprawy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mine</source>
        <translation type="unfinished">Moje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unassigned</source>
        <translation type="unfinished">Nieprzydzielone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation type="unfinished">Zaległe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed at agency, still open here</source>
        <translation type="unfinished">Zamknięte w instytucji, otwarte u nas</translation>
    </message>
</context>
<context>
    <name>WhatThisPCKeeps</name>
    <message>
        <location filename="../council_desk/ui/transparency.py" line="+65"/>
        <location line="+6"/>
        <source>What this PC keeps</source>
        <translation type="unfinished">Co przechowuje ten komputer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is stored here, why, for how long, who can see it, and how to remove it</source>
        <translation type="unfinished">Co jest tu przechowywane, dlaczego, jak długo, kto to widzi i jak to usunąć</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What</source>
        <translation type="unfinished">Co</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation type="unfinished">Dlaczego</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How long</source>
        <translation type="unfinished">Jak długo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who can see it</source>
        <translation type="unfinished">Kto to widzi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The consented 311 complaints of your district, with the filers&apos; contact details and your office&apos;s follow-ups: %1 case(s)</source>
        <translation type="unfinished">Skargi 311 Twojego okręgu objęte zgodą, z danymi kontaktowymi składających i działaniami Twojego biura: spraw: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>So you can work, also offline.</source>
        <translation type="unfinished">Abyś mógł pracować, także offline.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until consent is withdrawn or the case leaves the district; %1 days after 311 closes it; all of them when the office&apos;s access ends. Unopened for more than %2 days, the app asks you to sign in again.</source>
        <translation type="unfinished">Do wycofania zgody lub wyjścia sprawy z okręgu; %1 dni po zamknięciu przez 311; wszystkie, gdy kończy się dostęp biura. Bez połączenia dłużej niż %2 dni aplikacja prosi o ponowne zalogowanie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You, after signing in or with your unlock PIN. The file is encrypted; its key is in this PC&apos;s system keyring, never in a file.</source>
        <translation type="unfinished">Ty, po zalogowaniu lub kodem PIN odblokowania. Plik jest zaszyfrowany; jego klucz jest w systemowym pęku kluczy tego komputera, nigdy w pliku.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your changes not yet sent: %1</source>
        <translation type="unfinished">Twoje jeszcze niewysłane zmiany: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>So nothing you write is lost without a network.</source>
        <translation type="unfinished">Aby nic, co napiszesz, nie przepadło bez sieci.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until the 311 access system has them.</source>
        <translation type="unfinished">Dopóki nie otrzyma ich system dostępu 311.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You; then your office, through the 311 access system.</source>
        <translation type="unfinished">Ty; potem Twoje biuro przez system dostępu 311.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The privacy log: %1 entries, %2 not yet sent</source>
        <translation type="unfinished">Rejestr prywatności: wpisów: %1, niewysłanych: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The record of every time contact details were shown, printed, saved or shared, kept by law. It holds which cases and which kinds of details, never the details themselves.</source>
        <translation type="unfinished">Wymagany prawem zapis każdego pokazania, wydruku, zapisu lub przekazania danych kontaktowych. Zawiera, których spraw i jakich rodzajów danych dotyczy, nigdy samych danych.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With the cases; a copy goes to the 311 access system, which keeps the office&apos;s record.</source>
        <translation type="unfinished">Razem ze sprawami; kopia trafia do systemu dostępu 311, który prowadzi zapis biura.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your office&apos;s privacy officer (the chief of staff), in the office&apos;s log.</source>
        <translation type="unfinished">Inspektor ochrony danych Twojego biura (szef biura), w rejestrze biura.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your sign-in and the cache key</source>
        <translation type="unfinished">Twoje logowanie i klucz pamięci podręcznej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>So you stay signed in, and the cases can be opened.</source>
        <translation type="unfinished">Abyś pozostał zalogowany i można było otworzyć sprawy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until you sign out, or the data is removed.</source>
        <translation type="unfinished">Do wylogowania lub usunięcia danych.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PC&apos;s system keyring, for your Windows or Linux account only.</source>
        <translation type="unfinished">Systemowy pęk kluczy tego komputera, tylko dla Twojego konta Windows lub Linux.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Where: %1</source>
        <translation type="unfinished">Gdzie: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How to remove it: your IT contact runs council-desk sign-out --remove-data (uninstalling Council Desk on Windows does the same). The key is deleted first, so what is left of the files cannot be read.</source>
        <translation type="unfinished">Jak to usunąć: Twój informatyk uruchamia council-desk sign-out --remove-data (odinstalowanie Council Desk w Windows robi to samo). Najpierw usuwany jest klucz, więc pozostałości plików nie da się odczytać.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What this PC keeps…</source>
        <translation type="unfinished">Co przechowuje ten komputer…</translation>
    </message>
</context>
<context>
    <name>stats</name>
    <message>
        <location filename="../council_desk/ui/stats_window.py" line="-309"/>
        <source>too few to show</source>
        <translation type="unfinished">za mało, by pokazać</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>at least %1</source>
        <translation type="unfinished">co najmniej %1</translation>
    </message>
</context>
</TS>
