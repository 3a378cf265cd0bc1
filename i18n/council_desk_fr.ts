<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <translation type="unfinished">Version de build</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packaged</source>
        <translation type="unfinished">Empaqueté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operating system</source>
        <translation type="unfinished">Système d&apos;exploitation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyring backend</source>
        <translation type="unfinished">Trousseau utilisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office policy file</source>
        <translation type="unfinished">Fichier de politique du bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log file</source>
        <translation type="unfinished">Fichier journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes (frozen app)</source>
        <translation type="unfinished">oui (application empaquetée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no (running from source)</source>
        <translation type="unfinished">non (exécuté depuis les sources)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation type="unfinished">aucun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has a problem (see the support file)</source>
        <translation type="unfinished">a un problème (voir le fichier d&apos;assistance)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>About Council Desk</source>
        <translation type="unfinished">À propos de Council Desk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Council Desk&lt;/b&gt;&lt;br&gt;311 complaints shared with your council member&apos;s office, with the filer&apos;s consent.</source>
        <translation type="unfinished">&lt;b&gt;Council Desk&lt;/b&gt;&lt;br&gt;Plaintes au 311 partagées avec le bureau de votre membre du Conseil, avec le consentement de leur auteur.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Copy</source>
        <translation type="unfinished">Copier</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Versions and files</source>
        <translation type="unfinished">Versions et fichiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What IT support asks first; Copy puts it on the clipboard</source>
        <translation type="unfinished">Ce que l&apos;assistance informatique demande d&apos;abord&#xa0;; Copier le place dans le presse-papiers</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save a support file for IT</source>
        <translation type="unfinished">Enregistrer un fichier d&apos;assistance pour l&apos;informatique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zip files (*.zip)</source>
        <translation type="unfinished">Fichiers zip (*.zip)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Help</source>
        <translation type="unfinished">&amp;Aide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a support file for IT…</source>
        <translation type="unfinished">Enregistrer un fichier d&apos;assistance pour l&apos;informatique…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Council Desk</source>
        <translation type="unfinished">À &amp;propos de Council Desk</translation>
    </message>
</context>
<context>
    <name>AgeBucket</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="+137"/>
        <source>0–7 days</source>
        <translation type="unfinished">0–7 jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>8–30 days</source>
        <translation type="unfinished">8–30 jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>31–90 days</source>
        <translation type="unfinished">31–90 jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>91–365 days</source>
        <translation type="unfinished">91–365 jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over a year</source>
        <translation type="unfinished">Plus d&apos;un an</translation>
    </message>
</context>
<context>
    <name>AgencyStatus</name>
    <message>
        <location line="-72"/>
        <source>Open</source>
        <translation type="unfinished">Ouverte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation type="unfinished">Fermée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation type="unfinished">En cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation type="unfinished">En attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned</source>
        <translation type="unfinished">Attribuée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation type="unfinished">Commencée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unspecified</source>
        <translation type="unfinished">Non précisé</translation>
    </message>
</context>
<context>
    <name>ApprovalRequestDialog</name>
    <message>
        <location filename="../council_desk/ui/approvals.py" line="+72"/>
        <source>Ask for a case-by-case approval</source>
        <translation type="unfinished">Demander une approbation au cas par cas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A supervisor decides in their own Council Desk. Your request goes with the next sync; the approval comes back the same way. Complaints: %1</source>
        <translation type="unfinished">Un superviseur décide dans son propre Council Desk. Votre demande part à la prochaine synchronisation ; l&apos;approbation revient de la même façon. Plaintes : %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What will be released</source>
        <translation type="unfinished">Ce qui sera communiqué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The output the approval is for: it names the details it shows</source>
        <translation type="unfinished">Le document visé par l&apos;approbation : il indique les données qu&apos;il montre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To whom</source>
        <translation type="unfinished">À qui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The type of recipient; the approval covers only this type</source>
        <translation type="unfinished">Le type de destinataire ; l&apos;approbation ne couvre que ce type</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. HPD, a tenants&apos; association</source>
        <translation type="unfinished">p. ex. HPD, une association de locataires</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who, by name</source>
        <translation type="unfinished">Qui, nommément</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agency or organisation, as the supervisor should read it</source>
        <translation type="unfinished">L&apos;agence ou l&apos;organisation, telle que le superviseur doit la lire</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Why this is needed, and why it cannot be done another way</source>
        <translation type="unfinished">Pourquoi c&apos;est nécessaire, et pourquoi cela ne peut pas se faire autrement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why</source>
        <translation type="unfinished">Pourquoi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The supervisor reads this before deciding</source>
        <translation type="unfinished">Le superviseur le lit avant de décider</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What:</source>
        <translation type="unfinished">Quoi :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation type="unfinished">À qui :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who:</source>
        <translation type="unfinished">Qui :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details:</source>
        <translation type="unfinished">Données :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why:</source>
        <translation type="unfinished">Pourquoi :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask</source>
        <translation type="unfinished">Demander</translation>
    </message>
</context>
<context>
    <name>ApprovalStatus</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="+138"/>
        <source>Waiting for a supervisor</source>
        <translation type="unfinished">En attente d&apos;un superviseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation type="unfinished">Approuvée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation type="unfinished">Refusée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used</source>
        <translation type="unfinished">Utilisée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation type="unfinished">Expirée</translation>
    </message>
</context>
<context>
    <name>ApprovalsModel</name>
    <message>
        <location filename="../council_desk/ui/approvals.py" line="+110"/>
        <source>Status</source>
        <translation type="unfinished">Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval</source>
        <translation type="unfinished">Approbation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation type="unfinished">Quoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation type="unfinished">Destinataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints</source>
        <translation type="unfinished">Plaintes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked by</source>
        <translation type="unfinished">Demandée par</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why</source>
        <translation type="unfinished">Pourquoi</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Expires</source>
        <translation type="unfinished">Expire</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not yet sent</source>
        <translation type="unfinished">pas encore envoyé</translation>
    </message>
</context>
<context>
    <name>ApprovalsTab</name>
    <message>
        <location line="+33"/>
        <source>Requests of your office for case-by-case approvals. Approve or refuse those waiting for you; your own go to another supervisor.</source>
        <translation type="unfinished">Les demandes d&apos;approbation au cas par cas de votre bureau. Approuvez ou refusez celles qui vous attendent ; les vôtres vont à un autre superviseur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your requests for case-by-case approvals and the answers. An approval is used once, for the cases, details and recipient it names, before it expires.</source>
        <translation type="unfinished">Vos demandes d&apos;approbation au cas par cas et les réponses. Une approbation sert une fois, pour les dossiers, données et destinataire qu&apos;elle nomme, avant d&apos;expirer.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Approvals</source>
        <translation type="unfinished">Approbations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests for case-by-case approvals and the answers; select one to decide</source>
        <translation type="unfinished">Demandes d&apos;approbation au cas par cas et réponses ; sélectionnez-en une pour décider</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve…</source>
        <translation type="unfinished">Approuver…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refuse…</source>
        <translation type="unfinished">Refuser…</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <location filename="../council_desk/ui/bulk.py" line="+103"/>
        <source>Set office status</source>
        <translation type="unfinished">Définir le statut au bureau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Log a follow-up to each…</source>
        <translation type="unfinished">Consigner un suivi pour chacun…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assign to</source>
        <translation type="unfinished">Attribuer à</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reassign a caseworker&apos;s cases…</source>
        <translation type="unfinished">Réattribuer les dossiers d&apos;un collègue…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nobody</source>
        <translation type="unfinished">Personne</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>Bulk actions</source>
        <translation type="unfinished">Actions groupées</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Choose one or more cases in the list first.</source>
        <translation type="unfinished">Choisissez d&apos;abord un ou plusieurs dossiers dans la liste.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Set the office status of %n case(s) to “%1”?</source>
        <translation type="unfinished">
            <numerusform>Mettre le statut au bureau de %n dossier à « %1 » ?</numerusform>
            <numerusform>Mettre le statut au bureau de %n dossiers à « %1 » ?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>nobody</source>
        <translation type="unfinished">personne</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Assign %n case(s) to %1?</source>
        <translation type="unfinished">
            <numerusform>Attribuer %n dossier à %1 ?</numerusform>
            <numerusform>Attribuer %n dossiers à %1 ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Recording the changes…</source>
        <translation type="unfinished">Enregistrement des modifications…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop</source>
        <translation type="unfinished">Arrêter</translation>
    </message>
</context>
<context>
    <name>CaseColumns</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="-116"/>
        <source>Complaint #</source>
        <translation type="unfinished">N° de plainte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation type="unfinished">Reçue le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation type="unfinished">Agence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation type="unfinished">Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency status</source>
        <translation type="unfinished">Statut à l&apos;agence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office status</source>
        <translation type="unfinished">Statut au bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next follow-up</source>
        <translation type="unfinished">Prochain suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to</source>
        <translation type="unfinished">Attribué à</translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <location filename="../council_desk/ui/detail.py" line="+83"/>
        <source>Log follow-up…</source>
        <translation type="unfinished">Consigner un suivi…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show contact details…</source>
        <translation type="unfinished">Afficher les coordonnées…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ask 311 to reopen…</source>
        <translation type="unfinished">Demander au 311 de rouvrir…</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>The office&apos;s own status for this case (separate from the agency&apos;s). %1 to change it.</source>
        <translation type="unfinished">Le statut propre au bureau pour ce dossier (distinct de celui de l&apos;agence). %1 pour le modifier.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Log a call, email, letter, visit or note (%1)</source>
        <translation type="unfinished">Consigner un appel, un courriel, une lettre, une visite ou une note (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Asks why, records it in the privacy log, then shows the filer&apos;s contact details (%1)</source>
        <translation type="unfinished">Demande le motif, l&apos;inscrit au journal de confidentialité, puis affiche les coordonnées de l&apos;auteur de la plainte (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The agency closed this complaint but the problem is not fixed (%1)</source>
        <translation type="unfinished">L&apos;agence a fermé cette plainte mais le problème n&apos;est pas réglé (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print</source>
        <translation type="unfinished">Imprimer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A letter (%1), a case summary (%2) or a mailing label for this case</source>
        <translation type="unfinished">Une lettre (%1), une synthèse du dossier (%2) ou une étiquette d&apos;adresse pour ce dossier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print letter…</source>
        <translation type="unfinished">Imprimer une lettre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print case summary…</source>
        <translation type="unfinished">Imprimer la synthèse du dossier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print mailing label…</source>
        <translation type="unfinished">Imprimer l&apos;étiquette d&apos;adresse…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Share with agency…</source>
        <translation type="unfinished">Partager avec l&apos;agence…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pass the constituent&apos;s details to a City agency: recorded in the privacy log, under a supervisor&apos;s approval or an exigent reason</source>
        <translation type="unfinished">Transmettre les coordonnées de l&apos;administré à une agence municipale : inscrit au journal de confidentialité, avec l&apos;approbation d&apos;un superviseur ou un motif urgent</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Case details</source>
        <translation type="unfinished">Détails du dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The complaint, the agency&apos;s status, the consent receipt and the follow-ups</source>
        <translation type="unfinished">La plainte, le statut à l&apos;agence, le reçu de consentement et les suivis</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a case in the list to see it here.</source>
        <translation type="unfinished">Choisissez un dossier dans la liste pour l&apos;afficher ici.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Office status:</source>
        <translation type="unfinished">Statut au bureau&#xa0;:</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Phone: %1</source>
        <translation type="unfinished">Téléphone&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email: %1</source>
        <translation type="unfinished">Courriel&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mailing address: %1</source>
        <translation type="unfinished">Adresse postale&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred language: %1</source>
        <translation type="unfinished">Langue préférée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What</source>
        <translation type="unfinished">Quoi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Description</source>
        <translation type="unfinished">Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation type="unfinished">Où</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation type="unfinished">Reçue le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation type="unfinished">Agence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agency status</source>
        <translation type="unfinished">Statut à l&apos;agence</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agency resolution</source>
        <translation type="unfinished">Résolution de l&apos;agence</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reopen asked</source>
        <translation type="unfinished">Réouverture demandée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consent receipt</source>
        <translation type="unfinished">Reçu de consentement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consent to share contact details with the council member was given on %1 by %2, under notice version %3.</source>
        <translation type="unfinished">Le consentement à communiquer les coordonnées au membre du Conseil a été donné le %1 par %2, selon la version %3 de l&apos;avis.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The text of this notice version is not known to this version of Council Desk.</source>
        <translation type="unfinished">Cette version de Council Desk ne connaît pas le texte de cette version de l&apos;avis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The notice shown to the filer:</source>
        <translation type="unfinished">L&apos;avis montré à l&apos;auteur de la plainte :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-ups</source>
        <translation type="unfinished">Suivis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None yet. Press %1 to log one.</source>
        <translation type="unfinished">Aucun pour l&apos;instant. Appuyez sur %1 pour en consigner un.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not yet sent</source>
        <translation type="unfinished">pas encore envoyé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Office status → %1</source>
        <translation type="unfinished">Statut au bureau → %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome: %1</source>
        <translation type="unfinished">Résultat&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due %1</source>
        <translation type="unfinished">Échéance le %1</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../council_desk/ui/case_model.py" line="+240"/>
        <source>Overdue</source>
        <translation type="unfinished">En retard</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) not yet sent (marked •)</source>
        <translation type="unfinished">
            <numerusform>%n modification pas encore envoyée (marquée •)</numerusform>
            <numerusform>%n modifications pas encore envoyées (marquées •)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (overdue)</source>
        <translation type="unfinished">%1 (en retard)</translation>
    </message>
</context>
<context>
    <name>CaseSearch</name>
    <message numerus="yes">
        <location filename="../council_desk/ui/search.py" line="+137"/>
        <location line="+29"/>
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1+ cases</source>
        <translation type="unfinished">%1+ dossiers</translation>
    </message>
</context>
<context>
    <name>CaseloadWindow</name>
    <message>
        <location filename="../council_desk/ui/caseload.py" line="+55"/>
        <source>Caseload — the office&apos;s own numbers</source>
        <translation type="unfinished">Charge de travail — les chiffres du bureau</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open cases by age (days since 311 received them)</source>
        <translation type="unfinished">Dossiers ouverts par ancienneté (jours depuis leur réception par le 311)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open cases by office status</source>
        <translation type="unfinished">Dossiers ouverts par statut au bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By caseworker</source>
        <translation type="unfinished">Par collègue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open cases by agency</source>
        <translation type="unfinished">Dossiers ouverts par agence</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Counted from the cases on this PC; no case is listed</source>
        <translation type="unfinished">Compté à partir des dossiers de ce PC ; aucun dossier n&apos;est affiché</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Which cases the worklist lists</source>
        <translation type="unfinished">Les dossiers de la liste de travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worklist of:</source>
        <translation type="unfinished">Liste de travail :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview and print…</source>
        <translation type="unfinished">Aperçu et impression…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export CSV…</source>
        <translation type="unfinished">Exporter en CSV…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A worklist holds no contact details. Printing or saving one is recorded in the privacy log: complaint numbers are personal information.</source>
        <translation type="unfinished">Une liste de travail ne contient aucune coordonnée. L&apos;imprimer ou l&apos;enregistrer est consigné dans le journal de confidentialité : les numéros de plainte sont des données personnelles.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Unassigned</source>
        <translation type="unfinished">Non attribués</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n open case(s)</source>
        <translation type="unfinished">
            <numerusform>%n dossier ouvert</numerusform>
            <numerusform>%n dossiers ouverts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n reminder(s) overdue</source>
        <translation type="unfinished">
            <numerusform>%n rappel en retard</numerusform>
            <numerusform>%n rappels en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n due today</source>
        <translation type="unfinished">
            <numerusform>%n à faire aujourd&apos;hui</numerusform>
            <numerusform>%n à faire aujourd&apos;hui</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No case on this PC has been resolved or closed by the office yet.</source>
        <translation type="unfinished">Aucun dossier sur ce PC n&apos;a encore été résolu ou fermé par le bureau.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Median %1 days from 311&apos;s receipt to the office&apos;s resolution, over the %n case(s) the office resolved or closed that are still on this PC.</source>
        <translation type="unfinished">
            <numerusform>Médiane de %1 jours entre la réception par le 311 et la résolution par le bureau, sur %n dossier résolu ou fermé par le bureau encore présent sur ce PC.</numerusform>
            <numerusform>Médiane de %1 jours entre la réception par le 311 et la résolution par le bureau, sur les %n dossiers résolus ou fermés par le bureau encore présents sur ce PC.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Age</source>
        <translation type="unfinished">Ancienneté</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+3"/>
        <source>Open cases</source>
        <translation type="unfinished">Dossiers ouverts</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Office status</source>
        <translation type="unfinished">Statut au bureau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Caseworker</source>
        <translation type="unfinished">Collègue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overdue reminders</source>
        <translation type="unfinished">Rappels en retard</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due today</source>
        <translation type="unfinished">À échéance aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agency</source>
        <translation type="unfinished">Agence</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Export the worklist</source>
        <translation type="unfinished">Exporter la liste de travail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>CaseworkPanel</name>
    <message>
        <location filename="../council_desk/ui/casework_panel.py" line="+69"/>
        <source>Assigned to:</source>
        <translation type="unfinished">Attribué à :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The caseworker who has this case; recorded in the shared log and the privacy log</source>
        <translation type="unfinished">Le collègue qui suit ce dossier ; consigné dans le journal partagé et le journal de confidentialité</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This case&apos;s reminders</source>
        <translation type="unfinished">Rappels de ce dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its open reminders, soonest first; Done and Snooze act on the one shown</source>
        <translation type="unfinished">Ses rappels ouverts, le plus proche d&apos;abord ; Fait et Reporter agissent sur celui affiché</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation type="unfinished">Fait</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snooze a week</source>
        <translation type="unfinished">Reporter d&apos;une semaine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add reminder…</source>
        <translation type="unfinished">Ajouter un rappel…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reminders:</source>
        <translation type="unfinished">Rappels :</translation>
    </message>
    <message>
        <location line="+43"/>
        <source> (overdue)</source>
        <translation type="unfinished"> (en retard)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for %1</source>
        <translation type="unfinished">pour %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not yet sent</source>
        <translation type="unfinished">pas encore envoyé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none open</source>
        <translation type="unfinished">aucun ouvert</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>me</source>
        <translation type="unfinished">moi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nobody</source>
        <translation type="unfinished">Personne</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>At 311:</source>
        <translation type="unfinished">Au 311 :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reopen asked %1: %2</source>
        <translation type="unfinished">Réouverture demandée le %1 : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (%1)</source>
        <translation type="unfinished"> (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Survey after it closed again (%1): %2</source>
        <translation type="unfinished">Enquête après la nouvelle fermeture (%1) : %2</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n other open case(s) at this building:</source>
        <translation type="unfinished">
            <numerusform>%n autre dossier ouvert dans cet immeuble :</numerusform>
            <numerusform>%n autres dossiers ouverts dans cet immeuble :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source> and %n more</source>
        <translation type="unfinished">
            <numerusform> et %n autre</numerusform>
            <numerusform> et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Add a reminder</source>
        <translation type="unfinished">Ajouter un rappel</translation>
    </message>
</context>
<context>
    <name>ConsentChannel</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="-30"/>
        <source>phone</source>
        <translation type="unfinished">téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the web form</source>
        <translation type="unfinished">le formulaire web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the app</source>
        <translation type="unfinished">l&apos;application</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../council_desk/ui/errors.py" line="+84"/>
        <source>Council Desk ran into a problem</source>
        <translation type="unfinished">Council Desk a rencontré un problème</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something went wrong inside Council Desk. Your saved work is safe.
If this keeps happening, copy the report below and send it to your IT support. It holds no case or contact details.</source>
        <translation type="unfinished">Une erreur s&apos;est produite dans Council Desk. Votre travail enregistré est en sécurité.
Si cela se reproduit, copiez le rapport ci-dessous et envoyez-le à votre assistance informatique. Il ne contient aucune donnée de dossier ni coordonnée.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Report for IT support</source>
        <translation type="unfinished">Rapport pour l&apos;assistance informatique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error types and code locations only; no case or contact details</source>
        <translation type="unfinished">Seulement des types d&apos;erreur et des emplacements dans le code&#xa0;; aucune donnée de dossier ni coordonnée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy report</source>
        <translation type="unfinished">Copier le rapport</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../council_desk/ui/approvals.py" line="-127"/>
        <source>Approve the request</source>
        <translation type="unfinished">Approuver la demande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refuse the request</source>
        <translation type="unfinished">Refuser la demande</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 to %2 (%3), for %n complaint(s). Asked by %4: “%5”</source>
        <translation type="unfinished">
            <numerusform>%1 à %2 (%3), pour %n plainte. Demandé par %4 : « %5 »</numerusform>
            <numerusform>%1 à %2 (%3), pour %n plaintes. Demandé par %4 : « %5 »</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A note for the caseworker (recorded with the decision)</source>
        <translation type="unfinished">Une note pour le chargé de dossier (enregistrée avec la décision)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation type="unfinished">Note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recorded with the decision; the caseworker reads it</source>
        <translation type="unfinished">Enregistrée avec la décision ; le chargé de dossier la lit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Valid for (days)</source>
        <translation type="unfinished">Valable (jours)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long the approval may wait to be used: 1 to 30 days</source>
        <translation type="unfinished">Combien de temps l&apos;approbation peut attendre d&apos;être utilisée : de 1 à 30 jours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note:</source>
        <translation type="unfinished">Note :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid for (days):</source>
        <translation type="unfinished">Valable (jours) :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approve</source>
        <translation type="unfinished">Approuver</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refuse</source>
        <translation type="unfinished">Refuser</translation>
    </message>
</context>
<context>
    <name>DisclosureChoice</name>
    <message>
        <location filename="../council_desk/ui/disclosure_choice.py" line="+83"/>
        <source>For:</source>
        <translation type="unfinished">Pour :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who receives it</source>
        <translation type="unfinished">Qui le reçoit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decides whether this is routine or needs a supervisor&apos;s approval or an exigent reason</source>
        <translation type="unfinished">Détermine si c&apos;est courant ou s&apos;il faut l&apos;approbation d&apos;un superviseur ou un motif urgent</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Routine for this recipient: recorded in the privacy log, no approval needed.</source>
        <translation type="unfinished">Courant pour ce destinataire : inscrit au journal de confidentialité, sans approbation.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Approval</source>
        <translation type="unfinished">Approbation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An approval a supervisor granted through the 311 access system for these cases and this recipient</source>
        <translation type="unfinished">Une approbation accordée par un superviseur via le système d&apos;accès au 311 pour ces dossiers et ce destinataire</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No approval on this PC covers these cases for this recipient. Ask a supervisor; the approval arrives with a sync.</source>
        <translation type="unfinished">Aucune approbation sur ce PC ne couvre ces dossiers pour ce destinataire. Demandez à un superviseur ; l&apos;approbation arrive avec une synchronisation.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ask for approval…</source>
        <translation type="unfinished">Demander une approbation…</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>%1 — expires %2</source>
        <translation type="unfinished">%1 — expire le %2</translation>
    </message>
</context>
<context>
    <name>DisclosureClass</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="+104"/>
        <source>Routine (pre-approved)</source>
        <translation type="unfinished">Courante (préapprouvée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case-by-case (approved by the privacy officer)</source>
        <translation type="unfinished">Au cas par cas (approuvée par le responsable de la confidentialité)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exigent circumstances</source>
        <translation type="unfinished">Circonstances urgentes</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../council_desk/ui/error_text.py" line="+22"/>
        <location line="+1"/>
        <source>Something went wrong.</source>
        <translation type="unfinished">Une erreur s&apos;est produite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>You need to sign in to the 311 access system again.</source>
        <translation type="unfinished">Vous devez vous reconnecter au système d&apos;accès au 311.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The 311 access system cannot be reached. You can keep working; changes will be sent later.</source>
        <translation type="unfinished">Impossible de joindre le système d&apos;accès au 311. Vous pouvez continuer à travailler&#xa0;; les modifications seront envoyées plus tard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+36"/>
        <source>The 311 access system refused the request.</source>
        <translation type="unfinished">Le système d&apos;accès au 311 a refusé la demande.</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>The system keyring could not be used to unlock the case cache.</source>
        <translation type="unfinished">Le trousseau du système n&apos;a pas pu servir à déverrouiller le cache des dossiers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The local case cache could not be opened.</source>
        <translation type="unfinished">Le cache local des dossiers n&apos;a pas pu être ouvert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This was NOT saved: the disk is full or the cache folder cannot be written.</source>
        <translation type="unfinished">Ceci n&apos;a PAS été enregistré&#xa0;: le disque est plein ou le dossier du cache n&apos;est pas accessible en écriture.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+126"/>
        <source>Sync stopped: the server sent records this office may not hold. Nothing from them was stored. Tell your privacy officer; the server may be misconfigured.</source>
        <translation type="unfinished">Synchronisation arrêtée&#xa0;: le serveur a envoyé des enregistrements que ce bureau ne peut pas détenir. Rien n&apos;en a été conservé. Prévenez votre responsable de la confidentialité&#xa0;; le serveur est peut-être mal configuré.</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>This PC&apos;s access was withdrawn by the 311 access system, so its case data was removed. Ask your supervisor if you think this is wrong.</source>
        <translation type="unfinished">Le système d&apos;accès au 311 a retiré l&apos;accès de ce poste&#xa0;; ses données de dossiers ont donc été supprimées. Adressez-vous à votre responsable si vous pensez qu&apos;il s&apos;agit d&apos;une erreur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The 311 access system is busy or down for maintenance. You can keep working; changes will be sent later.</source>
        <translation type="unfinished">Le système d&apos;accès au 311 est surchargé ou en maintenance. Vous pouvez continuer à travailler&#xa0;; les modifications seront envoyées plus tard.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The 311 access system sent a response Council Desk could not read, so nothing from it was used. Try again later; if it keeps happening, tell your IT contact.</source>
        <translation type="unfinished">Le système d&apos;accès au 311 a envoyé une réponse que Council Desk n&apos;a pas pu lire&#xa0;; rien n&apos;en a été utilisé. Réessayez plus tard&#xa0;; si cela se reproduit, prévenez votre contact informatique.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync stopped: the 311 access system&apos;s list of changes looped or went backwards. Nothing was removed from this PC. Try again later; if it keeps happening, tell your IT contact.</source>
        <translation type="unfinished">Synchronisation arrêtée&#xa0;: la liste des modifications du système d&apos;accès au 311 a tourné en boucle ou est revenue en arrière. Rien n&apos;a été supprimé de ce poste. Réessayez plus tard&#xa0;; si cela se reproduit, prévenez votre contact informatique.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The 311 access system no longer shares this complaint with your office.</source>
        <translation type="unfinished">Le système d&apos;accès au 311 ne partage plus cette plainte avec votre bureau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sync position expired; a full resync is needed.</source>
        <translation type="unfinished">La position de synchronisation a expiré&#xa0;; une resynchronisation complète est nécessaire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 311 access system refused the request (HTTP %1).</source>
        <translation type="unfinished">Le système d&apos;accès au 311 a refusé la demande (HTTP %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This server address is not allowed: use an https:// address (plain http:// only works for this PC itself, for training).</source>
        <translation type="unfinished">Cette adresse de serveur n&apos;est pas autorisée&#xa0;: utilisez une adresse https:// (http:// simple ne fonctionne que pour ce poste lui-même, pour la formation).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled.</source>
        <translation type="unfinished">Annulé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The 311 access system asked Council Desk to slow down. Try again in a few minutes.</source>
        <translation type="unfinished">Le système d&apos;accès au 311 a demandé à Council Desk de ralentir. Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 311 access system says your account may not do this. Ask your supervisor.</source>
        <translation type="unfinished">Le système d&apos;accès au 311 indique que votre compte ne peut pas faire cela. Adressez-vous à votre responsable.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 311 access system tried to send Council Desk elsewhere; that is not allowed.</source>
        <translation type="unfinished">Le système d&apos;accès au 311 a tenté de rediriger Council Desk ailleurs&#xa0;; ce n&apos;est pas autorisé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 311 access system pointed to a different server; that is not allowed.</source>
        <translation type="unfinished">Le système d&apos;accès au 311 a renvoyé vers un autre serveur&#xa0;; ce n&apos;est pas autorisé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 311 access system sent a response larger than allowed; it was ignored.</source>
        <translation type="unfinished">Le système d&apos;accès au 311 a envoyé une réponse plus volumineuse que permis&#xa0;; elle a été ignorée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Council Desk has not reached the 311 access system for more than %1 days. Connect to the network and sign in again to keep working.</source>
        <translation type="unfinished">Council Desk n&apos;a pas joint le système d&apos;accès au 311 depuis plus de %1 jours. Connectez-vous au réseau et reconnectez-vous pour continuer à travailler.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The 311 access system&apos;s sign-in addresses point to another server; not signing in.</source>
        <translation type="unfinished">Les adresses de connexion du système d&apos;accès au 311 pointent vers un autre serveur&#xa0;; la connexion n&apos;est pas effectuée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 311 access system does not offer the secure sign-in method Council Desk requires.</source>
        <translation type="unfinished">Le système d&apos;accès au 311 ne propose pas la méthode de connexion sécurisée qu&apos;exige Council Desk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in was not completed in time. Please try again.</source>
        <translation type="unfinished">La connexion n&apos;a pas été terminée à temps. Veuillez réessayer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No web browser could be opened for sign-in.</source>
        <translation type="unfinished">Aucun navigateur web n&apos;a pu être ouvert pour la connexion.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in was cancelled or refused. Please try again.</source>
        <translation type="unfinished">La connexion a été annulée ou refusée. Veuillez réessayer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in was refused by the 311 access system. Please try again.</source>
        <translation type="unfinished">Le système d&apos;accès au 311 a refusé la connexion. Veuillez réessayer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in first: Council Desk does not know which account&apos;s cases to open.</source>
        <translation type="unfinished">Connectez-vous d&apos;abord&#xa0;: Council Desk ne sait pas quels dossiers de quel compte ouvrir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The 311 access system did not confirm that you just signed in (it may have used an earlier sign-in). Nothing was kept. Try again; if it keeps happening, tell your IT contact.</source>
        <translation type="unfinished">Le système d&apos;accès au 311 n&apos;a pas confirmé que vous venez de vous connecter (il a peut-être utilisé une connexion antérieure). Rien n&apos;a été conservé. Réessayez&#xa0;; si cela se reproduit, prévenez votre contact informatique.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This PC has no signed-in account for this server yet. Sign in first.</source>
        <translation type="unfinished">Ce poste n&apos;a encore aucun compte connecté pour ce serveur. Connectez-vous d&apos;abord.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The system keyring is locked, so Council Desk cannot reach its keys (the case cache stays locked). Unlock your keyring (usually by signing in to the PC again) and try once more.</source>
        <translation type="unfinished">Le trousseau du système est verrouillé&#xa0;: Council Desk ne peut pas accéder à ses clés (le cache des dossiers reste verrouillé). Déverrouillez votre trousseau (en général en vous reconnectant au poste) et réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That cache passphrase is too weak.</source>
        <translation type="unfinished">Cette phrase secrète du cache est trop faible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That cache passphrase cannot be used: %1</source>
        <translation type="unfinished">Cette phrase secrète du cache ne peut pas être utilisée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>A reminder needs to know whose it is: sign in first, then log the follow-up again.</source>
        <translation type="unfinished">Un rappel doit savoir à qui il appartient : connectez-vous d&apos;abord, puis consignez à nouveau le suivi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This reminder is no longer on this PC, so nothing was changed.</source>
        <translation type="unfinished">Ce rappel n&apos;est plus sur ce PC : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The personal paragraph is longer than 1500 characters. Shorten it (a longer note belongs in a follow-up), then print again.</source>
        <translation type="unfinished">Le paragraphe personnel dépasse 1500 caractères. Raccourcissez-le (une note plus longue a sa place dans un suivi), puis imprimez à nouveau.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Your role does not allow this.</source>
        <translation type="unfinished">Votre rôle ne le permet pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The 311 access system says your role may not do this. Ask your supervisor.</source>
        <translation type="unfinished">Le système d&apos;accès au 311 indique que votre rôle ne le permet pas. Demandez à votre superviseur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your office&apos;s access to 311 cases has ended (end of term), so nothing more syncs. The district&apos;s cases are removed from this PC on that date; the privacy log is still sent.</source>
        <translation type="unfinished">L&apos;accès de votre bureau aux dossiers du 311 a pris fin (fin de mandat) : plus rien ne se synchronise. Les dossiers de la circonscription sont retirés de ce PC à cette date ; le journal de confidentialité est toujours envoyé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This disclosure is not allowed.</source>
        <translation type="unfinished">Cette communication n&apos;est pas autorisée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at least one case.</source>
        <translation type="unfinished">Choisissez au moins un dossier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose routine, case-by-case or exigent.</source>
        <translation type="unfinished">Choisissez courante, au cas par cas ou urgente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A case-by-case disclosure needs the approval number a supervisor granted.</source>
        <translation type="unfinished">Une communication au cas par cas nécessite le numéro d&apos;approbation accordé par un superviseur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An exigent disclosure needs a written reason (why it cannot wait).</source>
        <translation type="unfinished">Une communication urgente nécessite un motif écrit (pourquoi elle ne peut pas attendre).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at least one detail to share.</source>
        <translation type="unfinished">Choisissez au moins une donnée à partager.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A case-by-case disclosure needs the 311 access system to confirm its approval, and it cannot be reached now, so nothing was released. Routine and exigent disclosures work offline.</source>
        <translation type="unfinished">Une communication au cas par cas nécessite que le système d&apos;accès au 311 confirme son approbation, et il est injoignable : rien n&apos;a été communiqué. Les communications courantes et urgentes fonctionnent hors ligne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The 311 access system did not issue this approval for your office. Check the number, or ask your supervisor for one.</source>
        <translation type="unfinished">Le système d&apos;accès au 311 n&apos;a pas délivré cette approbation à votre bureau. Vérifiez le numéro ou demandez-en une à votre superviseur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A case chosen is no longer shared with your office, so nothing was released.</source>
        <translation type="unfinished">Un dossier choisi n&apos;est plus partagé avec votre bureau : rien n&apos;a été communiqué.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 311 access system did not confirm this approval, so nothing was released.</source>
        <translation type="unfinished">Le système d&apos;accès au 311 n&apos;a pas confirmé cette approbation : rien n&apos;a été communiqué.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 311 access system&apos;s answer did not match this approval, so nothing was released.</source>
        <translation type="unfinished">La réponse du système d&apos;accès au 311 ne correspondait pas à cette approbation : rien n&apos;a été communiqué.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A case of this request is no longer on this PC, so nothing was saved.</source>
        <translation type="unfinished">Un dossier de cette demande n&apos;est plus sur ce PC : rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This request is no longer on this PC, so nothing was saved.</source>
        <translation type="unfinished">Cette demande n&apos;est plus sur ce PC : rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PC has no signed-in identity for that server yet: sync first.</source>
        <translation type="unfinished">Ce PC n&apos;a pas encore d&apos;identité connectée pour ce serveur : synchronisez d&apos;abord.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That sign-in was with another account than the one whose cases were asked for, so they stay shut. Sign in with that account, or give its unlock PIN.</source>
        <translation type="unfinished">Cette connexion a été faite avec un autre compte que celui dont les dossiers ont été demandés : ils restent fermés. Connectez-vous avec ce compte ou saisissez son code PIN de déverrouillage.</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>This PC has no usable system keyring to keep the case cache key in. You need to choose a cache passphrase instead: the cache is always encrypted, and without a keyring the passphrase is the only way to unlock it. Council Desk never stores the key in a plain file.</source>
        <translation type="unfinished">Ce poste n&apos;a pas de trousseau du système utilisable pour conserver la clé du cache des dossiers. Vous devez choisir une phrase secrète pour le cache&#xa0;: le cache est toujours chiffré et, sans trousseau, la phrase secrète est le seul moyen de le déverrouiller. Council Desk n&apos;enregistre jamais la clé dans un fichier en clair.</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>The secure connection to the 311 access system could not be verified (certificate problem): someone may be intercepting this network&apos;s traffic. Nothing was sent. Do not sign in on this network; tell your IT contact.</source>
        <translation type="unfinished">La connexion sécurisée au système d&apos;accès au 311 n&apos;a pas pu être vérifiée (problème de certificat)&#xa0;: quelqu&apos;un intercepte peut-être le trafic de ce réseau. Rien n&apos;a été envoyé. Ne vous connectez pas sur ce réseau&#xa0;; prévenez votre contact informatique.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>This case cache is locked with a cache passphrase. Enter the passphrase to open it.</source>
        <translation type="unfinished">Ce cache des dossiers est verrouillé par une phrase secrète. Saisissez-la pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The only keyring available on this PC keeps secrets unencrypted, so Council Desk will not use it. Use a cache passphrase instead, or ask support to set up the system keyring.</source>
        <translation type="unfinished">Le seul trousseau disponible sur ce poste conserve les secrets sans chiffrement&#xa0;; Council Desk ne l&apos;utilisera donc pas. Utilisez une phrase secrète pour le cache, ou demandez à l&apos;assistance de configurer le trousseau du système.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The case cache on this PC is locked with a key kept in the system keyring, and that keyring cannot be used now. Sign in to the PC normally (so the keyring starts) and try again, or call support.</source>
        <translation type="unfinished">Le cache des dossiers de ce poste est verrouillé par une clé conservée dans le trousseau du système, et ce trousseau est inutilisable pour le moment. Ouvrez une session normale sur le poste (pour que le trousseau démarre) et réessayez, ou appelez l&apos;assistance.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cache passphrase record is damaged, so the cache cannot be unlocked.</source>
        <translation type="unfinished">L&apos;enregistrement de la phrase secrète du cache est endommagé&#xa0;; le cache ne peut pas être déverrouillé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The case cache key in the system keyring is damaged, so the cache cannot be unlocked. Call support.</source>
        <translation type="unfinished">La clé du cache des dossiers dans le trousseau du système est endommagée&#xa0;; le cache ne peut pas être déverrouillé. Appelez l&apos;assistance.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keyring did not keep the case cache key. Call support.</source>
        <translation type="unfinished">Le trousseau du système n&apos;a pas conservé la clé du cache des dossiers. Appelez l&apos;assistance.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cache passphrase cannot be empty.</source>
        <translation type="unfinished">La phrase secrète du cache ne peut pas être vide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case cache on this PC is locked with a different key than the one available now (a wrong passphrase, or the keyring entry was replaced). Nothing was changed. Try the passphrase again, or ask support to set the old cache aside and sync a fresh copy.</source>
        <translation type="unfinished">Le cache des dossiers de ce poste est verrouillé par une autre clé que celle disponible maintenant (une phrase secrète erronée, ou l&apos;entrée du trousseau a été remplacée). Rien n&apos;a été modifié. Ressaisissez la phrase secrète, ou demandez à l&apos;assistance de mettre l&apos;ancien cache de côté et de synchroniser une copie neuve.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key for the case cache on this PC is missing from the system keyring, so the cache cannot be opened. It will be set aside (not deleted) and a fresh copy synced; unsent follow-ups in it are lost.</source>
        <translation type="unfinished">La clé du cache des dossiers de ce poste manque dans le trousseau du système&#xa0;; le cache ne peut pas être ouvert. Il sera mis de côté (pas supprimé) et une copie neuve sera synchronisée&#xa0;; les suivis non envoyés qu&apos;il contient sont perdus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The case cache file on this PC is damaged or was altered, so no data from it is shown. It will be set aside (not deleted) and a fresh copy synced from the 311 access system.</source>
        <translation type="unfinished">Le fichier du cache des dossiers de ce poste est endommagé ou a été modifié&#xa0;; aucune de ses données n&apos;est affichée. Il sera mis de côté (pas supprimé) et une copie neuve sera synchronisée depuis le système d&apos;accès au 311.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The case cache cannot be opened because its folder cannot be written (read-only, no permission, or the disk is full). Nothing was changed. Free some disk space or ask support to check the folder.</source>
        <translation type="unfinished">Le cache des dossiers ne peut pas être ouvert car son dossier n&apos;est pas accessible en écriture (lecture seule, absence d&apos;autorisation ou disque plein). Rien n&apos;a été modifié. Libérez de l&apos;espace disque ou demandez à l&apos;assistance de vérifier le dossier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The case cache failed its safety self-test (encryption or secure settings are not active), so Council Desk will not use it. Reinstall Council Desk or call support.</source>
        <translation type="unfinished">Le cache des dossiers a échoué à son autotest de sécurité (chiffrement ou paramètres sécurisés inactifs)&#xa0;; Council Desk ne l&apos;utilisera pas. Réinstallez Council Desk ou appelez l&apos;assistance.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The case cache was written by a newer version of Council Desk. Update Council Desk to open it.</source>
        <translation type="unfinished">Le cache des dossiers a été écrit par une version plus récente de Council Desk. Mettez Council Desk à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The case cache is closed (Council Desk was locked or signed out). Open it again to go on.</source>
        <translation type="unfinished">Le cache des dossiers est fermé (Council Desk a été verrouillé ou la session fermée). Rouvrez-le pour continuer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This case is no longer in the cache on this PC, so nothing was saved.</source>
        <translation type="unfinished">Ce dossier ne se trouve plus dans le cache de ce poste&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This was NOT saved: the disk is full or the cache folder cannot be written. (the disk is full)</source>
        <translation type="unfinished">Ceci n&apos;a PAS été enregistré&#xa0;: le disque est plein ou le dossier du cache n&apos;est pas accessible en écriture. (le disque est plein)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This was NOT saved: the disk is full or the cache folder cannot be written. (the cache folder cannot be written)</source>
        <translation type="unfinished">Ceci n&apos;a PAS été enregistré&#xa0;: le disque est plein ou le dossier du cache n&apos;est pas accessible en écriture. (le dossier du cache n&apos;est pas accessible en écriture)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This was NOT saved: the disk is full or the cache folder cannot be written. (a disk error)</source>
        <translation type="unfinished">Ceci n&apos;a PAS été enregistré&#xa0;: le disque est plein ou le dossier du cache n&apos;est pas accessible en écriture. (une erreur de disque)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many wrong PIN or passphrase tries, so Council Desk is locked on this PC. Sign in again with your browser to unlock it (your work is saved).</source>
        <translation type="unfinished">Trop d&apos;essais de code PIN ou de phrase secrète erronés&#xa0;: Council Desk est verrouillé sur ce poste. Reconnectez-vous avec votre navigateur pour le déverrouiller (votre travail est enregistré).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No unlock PIN was chosen on this PC yet. Sign in with your browser (when the network is back) and choose one; until then the cases here stay locked.</source>
        <translation type="unfinished">Aucun code PIN de déverrouillage n&apos;a encore été choisi sur ce poste. Connectez-vous avec votre navigateur (quand le réseau sera revenu) et choisissez-en un&#xa0;; d&apos;ici là, les dossiers restent verrouillés.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That PIN or passphrase is not right. %1 tries left before Council Desk asks you to sign in again with your browser.</source>
        <translation type="unfinished">Ce code PIN ou cette phrase secrète n&apos;est pas correct. Il reste %1 essais avant que Council Desk vous demande de vous reconnecter avec votre navigateur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That PIN or passphrase is not right. %1 try left before Council Desk asks you to sign in again with your browser.</source>
        <translation type="unfinished">Ce code PIN ou cette phrase secrète n&apos;est pas correct. Il reste %1 essai avant que Council Desk vous demande de vous reconnecter avec votre navigateur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your session has reached its daily limit. Sign in again with your browser to keep working; nothing you saved is lost.</source>
        <translation type="unfinished">Votre session a atteint sa limite quotidienne. Reconnectez-vous avec votre navigateur pour continuer à travailler&#xa0;; rien de ce que vous avez enregistré n&apos;est perdu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your session has reached its daily limit and the 311 access system can be reached, so sign in again with your browser. (Without a network, your PIN keeps you working offline.)</source>
        <translation type="unfinished">Votre session a atteint sa limite quotidienne et le système d&apos;accès au 311 est joignable&#xa0;: reconnectez-vous avec votre navigateur. (Sans réseau, votre code PIN vous permet de continuer hors ligne.)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The audit log could not be written, so this action was not carried out (nothing was printed, shown or exported). Free some disk space or call support, then try again.</source>
        <translation type="unfinished">Le journal d&apos;audit n&apos;a pas pu être écrit&#xa0;; cette action n&apos;a donc pas été effectuée (rien n&apos;a été imprimé, affiché ni exporté). Libérez de l&apos;espace disque ou appelez l&apos;assistance, puis réessayez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The printer could not be started, so nothing was printed. Check the printer and try again.</source>
        <translation type="unfinished">L&apos;imprimante n&apos;a pas pu être démarrée&#xa0;; rien n&apos;a été imprimé. Vérifiez l&apos;imprimante et réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Letters need the office&apos;s letterhead, which arrives when you sign in. Sign in, then try again.</source>
        <translation type="unfinished">Les lettres ont besoin de l&apos;en-tête du bureau, qui arrive à la connexion. Connectez-vous, puis réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The selected cases are no longer on this PC.</source>
        <translation type="unfinished">Les dossiers sélectionnés ne se trouvent plus sur ce poste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cache is locked, so nothing was saved.</source>
        <translation type="unfinished">Le cache est verrouillé&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cache is locked, so nothing was printed.</source>
        <translation type="unfinished">Le cache est verrouillé&#xa0;; rien n&apos;a été imprimé.</translation>
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
        <translation type="unfinished">Rechercher des dossiers (Ctrl+F)&#xa0;: mots de la plainte, de l&apos;adresse ou du nom</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search cases</source>
        <translation type="unfinished">Rechercher des dossiers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words from the complaint, the address or the filer&apos;s name, or a complaint number. Down moves into the list.</source>
        <translation type="unfinished">Mots de la plainte, de l&apos;adresse ou du nom de son auteur, ou un numéro de plainte. La flèche vers le bas passe à la liste.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep typing: the search starts at 2 letters</source>
        <translation type="unfinished">Continuez à taper&#xa0;: la recherche commence à 2 lettres</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Any office status</source>
        <translation type="unfinished">Tout statut au bureau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Office status filter</source>
        <translation type="unfinished">Filtre du statut au bureau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show only cases with this office status</source>
        <translation type="unfinished">N&apos;afficher que les dossiers ayant ce statut au bureau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open or closed at agency</source>
        <translation type="unfinished">Ouvertes ou fermées à l&apos;agence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open at agency</source>
        <translation type="unfinished">Ouvertes à l&apos;agence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed by agency</source>
        <translation type="unfinished">Fermées par l&apos;agence</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agency status filter</source>
        <translation type="unfinished">Filtre du statut à l&apos;agence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only complaints the agency has open, or has closed</source>
        <translation type="unfinished">N&apos;afficher que les plaintes ouvertes, ou fermées, par l&apos;agence</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any agency</source>
        <translation type="unfinished">Toute agence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency filter</source>
        <translation type="unfinished">Filtre de l&apos;agence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show only complaints sent to this agency</source>
        <translation type="unfinished">N&apos;afficher que les plaintes transmises à cette agence</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any type</source>
        <translation type="unfinished">Tout type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaint type filter</source>
        <translation type="unfinished">Filtre du type de plainte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show only complaints of this type</source>
        <translation type="unfinished">N&apos;afficher que les plaintes de ce type</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any follow-up</source>
        <translation type="unfinished">Tout suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due today or overdue</source>
        <translation type="unfinished">À échéance aujourd&apos;hui ou en retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation type="unfinished">En retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up filter</source>
        <translation type="unfinished">Filtre des suivis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show only cases with a follow-up due or overdue</source>
        <translation type="unfinished">N&apos;afficher que les dossiers dont un suivi arrive à échéance ou est en retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From: any</source>
        <translation type="unfinished">Du&#xa0;: indifférent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received from</source>
        <translation type="unfinished">Reçue à partir du</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show only complaints received on or after this day</source>
        <translation type="unfinished">N&apos;afficher que les plaintes reçues ce jour-là ou après</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To: any</source>
        <translation type="unfinished">Au&#xa0;: indifférent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received until</source>
        <translation type="unfinished">Reçue jusqu&apos;au</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show only complaints received on or before this day</source>
        <translation type="unfinished">N&apos;afficher que les plaintes reçues ce jour-là ou avant</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Received</source>
        <translation type="unfinished">Reçue le</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../council_desk/ui/dialogs.py" line="+61"/>
        <source>Log a follow-up — complaint %1</source>
        <translation type="unfinished">Consigner un suivi — plainte %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How you were in touch: call, email, letter, visit or a note</source>
        <translation type="unfinished">Comment le contact a eu lieu&#xa0;: appel, courriel, lettre, visite ou note</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was done or said, and what happens next</source>
        <translation type="unfinished">Ce qui a été fait ou dit, et la suite prévue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no outcome yet)</source>
        <translation type="unfinished">(pas encore de résultat)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What came of it, if anything yet</source>
        <translation type="unfinished">Ce qui en est ressorti, le cas échéant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(leave as is: %1)</source>
        <translation type="unfinished">(laisser tel quel&#xa0;: %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new office status for the case, if it changed</source>
        <translation type="unfinished">Un nouveau statut au bureau pour le dossier, s&apos;il a changé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind on</source>
        <translation type="unfinished">Rappel le</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reminder date</source>
        <translation type="unfinished">Date du rappel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The day this case shows in Reminders</source>
        <translation type="unfinished">Le jour où ce dossier apparaît dans les Rappels</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Whose reminder</source>
        <translation type="unfinished">Rappel de qui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who is reminded: you or a colleague</source>
        <translation type="unfinished">Qui reçoit le rappel : vous ou un collègue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for me</source>
        <translation type="unfinished">pour moi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for %1</source>
        <translation type="unfinished">pour %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What</source>
        <translation type="unfinished">Quoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation type="unfinished">Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation type="unfinished">Résultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office status</source>
        <translation type="unfinished">Statut au bureau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved on this PC at once; sent to the shared office log at the next sync.</source>
        <translation type="unfinished">Enregistré aussitôt sur ce poste&#xa0;; envoyé au journal partagé du bureau à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save follow-up</source>
        <translation type="unfinished">Enregistrer le suivi</translation>
    </message>
</context>
<context>
    <name>FollowUpKind</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="-164"/>
        <source>Phone call</source>
        <translation type="unfinished">Appel téléphonique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation type="unfinished">Courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation type="unfinished">Lettre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit</source>
        <translation type="unfinished">Visite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation type="unfinished">Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status change</source>
        <translation type="unfinished">Changement de statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignment</source>
        <translation type="unfinished">Attribution</translation>
    </message>
</context>
<context>
    <name>GroupModel</name>
    <message>
        <location filename="../council_desk/ui/groups.py" line="+44"/>
        <source>Complaint #</source>
        <translation type="unfinished">N° de plainte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation type="unfinished">Reçue le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office status</source>
        <translation type="unfinished">Statut au bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to</source>
        <translation type="unfinished">Attribué à</translation>
    </message>
    <message numerus="yes">
        <location line="+139"/>
        <source>Show all %n case(s) of this group in the list…</source>
        <translation type="unfinished">
            <numerusform>Afficher %n dossier de ce groupe dans la liste…</numerusform>
            <numerusform>Afficher les %n dossiers de ce groupe dans la liste…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n open here</source>
        <translation type="unfinished">
            <numerusform>%n ouvert ici</numerusform>
            <numerusform>%n ouverts ici</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no street address)</source>
        <translation type="unfinished">(sans adresse)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same filer</source>
        <translation type="unfinished">Même plaignant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no contact details to match)</source>
        <translation type="unfinished">(aucune coordonnée à comparer)</translation>
    </message>
</context>
<context>
    <name>GroupedCases</name>
    <message>
        <location line="+27"/>
        <source>Cases by group</source>
        <translation type="unfinished">Dossiers par groupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a group (Right arrow) to see its cases; choose one to see it beside</source>
        <translation type="unfinished">Ouvrez un groupe (flèche droite) pour voir ses dossiers ; choisissez-en un pour l&apos;afficher à côté</translation>
    </message>
</context>
<context>
    <name>InfoType</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="+173"/>
        <source>Name</source>
        <translation type="unfinished">Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current and/or previous home addresses</source>
        <translation type="unfinished">Adresse(s) personnelle(s) actuelle(s) ou antérieure(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone number</source>
        <translation type="unfinished">Numéro de téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email address</source>
        <translation type="unfinished">Adresse courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages spoken</source>
        <translation type="unfinished">Langues parlées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>311 complaint number, date, time and text (§ 23-315)</source>
        <translation type="unfinished">Numéro, date, heure et texte de la plainte au 311 (§ 23-315)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location of the complaint (street address)</source>
        <translation type="unfinished">Lieu de la plainte (adresse)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The office&apos;s casework notes</source>
        <translation type="unfinished">Les notes du bureau sur le dossier</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location line="-123"/>
        <source>English</source>
        <translation type="unfinished">Anglais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation type="unfinished">Espagnol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese (Simplified)</source>
        <translation type="unfinished">Chinois (simplifié)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese (Traditional)</source>
        <translation type="unfinished">Chinois (traditionnel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation type="unfinished">Russe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bengali</source>
        <translation type="unfinished">Bengali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Haitian Creole</source>
        <translation type="unfinished">Créole haïtien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Korean</source>
        <translation type="unfinished">Coréen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic</source>
        <translation type="unfinished">Arabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urdu</source>
        <translation type="unfinished">Ourdou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation type="unfinished">Français</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polish</source>
        <translation type="unfinished">Polonais</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../council_desk/ui/print_dialog.py" line="+44"/>
        <source>Print letter</source>
        <translation type="unfinished">Imprimer une lettre</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>A letter for %n case(s). You will see it before anything is printed.</source>
        <translation type="unfinished">
            <numerusform>Une lettre pour %n dossier. Vous la verrez avant toute impression.</numerusform>
            <numerusform>Une lettre pour %n dossiers. Vous les verrez avant toute impression.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Which approved letter to print</source>
        <translation type="unfinished">Quelle lettre approuvée imprimer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each constituent&apos;s preferred language</source>
        <translation type="unfinished">La langue préférée de chaque administré</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Their preferred languages: %1.</source>
        <translation type="unfinished">Leurs langues préférées&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (preferred)</source>
        <translation type="unfinished">%1 (préférée)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language the letter is printed in</source>
        <translation type="unfinished">La langue dans laquelle la lettre est imprimée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I understand; use this translation anyway</source>
        <translation type="unfinished">Je comprends&#xa0;; utiliser cette traduction quand même</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Letter template:</source>
        <translation type="unfinished">Modèle de lettre&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation type="unfinished">Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview…</source>
        <translation type="unfinished">Aperçu…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Optional: a few sentences of your own for this letter. Printed as you type them, after the letter&apos;s text.</source>
        <translation type="unfinished">Facultatif : quelques phrases de votre main pour cette lettre. Imprimées telles que vous les tapez, après le texte de la lettre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <source>Personal paragraph</source>
        <translation type="unfinished">Paragraphe personnel</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 is %2</source>
        <translation type="unfinished">%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This translation has not been reviewed by a person.</source>
        <translation type="unfinished">Cette traduction n&apos;a été relue par personne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask a colleague who reads the language to check the preview before it is sent.</source>
        <translation type="unfinished">Demandez à un collègue qui lit cette langue de vérifier l&apos;aperçu avant l&apos;envoi.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 of %2 characters</source>
        <translation type="unfinished">%1 sur %2 caractères</translation>
    </message>
</context>
<context>
    <name>LetterReview</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="-35"/>
        <source>a machine draft</source>
        <translation type="unfinished">un brouillon automatique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marked as needing review</source>
        <translation type="unfinished">marquée comme à relire</translation>
    </message>
</context>
<context>
    <name>LetterTemplate</name>
    <message>
        <location line="-9"/>
        <source>Acknowledgement (we received the complaint)</source>
        <translation type="unfinished">Accusé de réception (nous avons reçu la plainte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status update</source>
        <translation type="unfinished">Point sur la situation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency response</source>
        <translation type="unfinished">Réponse de l&apos;agence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed but not fixed (we asked 311 to reopen)</source>
        <translation type="unfinished">Fermée sans être réglée (nous avons demandé au 311 de la rouvrir)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing (case finished)</source>
        <translation type="unfinished">Clôture (dossier terminé)</translation>
    </message>
</context>
<context>
    <name>LockProcedure</name>
    <message>
        <location filename="../council_desk/ui/locking.py" line="+103"/>
        <source>That passphrase is not right.</source>
        <translation type="unfinished">Cette phrase secrète n&apos;est pas correcte.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../council_desk/ui/lock.py" line="+124"/>
        <source>Council Desk is locked</source>
        <translation type="unfinished">Council Desk est verrouillé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your unlock PIN or passphrase</source>
        <translation type="unfinished">Votre code PIN ou phrase secrète de déverrouillage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unlock PIN or passphrase</source>
        <translation type="unfinished">Code PIN ou phrase secrète de déverrouillage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PIN or passphrase you chose for this PC</source>
        <translation type="unfinished">Le code PIN ou la phrase secrète choisi pour ce poste</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sign in with your browser…</source>
        <translation type="unfinished">Se connecter avec votre navigateur…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Too many wrong tries. Sign in again with your browser to unlock Council Desk on this PC. Your work is saved.</source>
        <translation type="unfinished">Trop d&apos;essais erronés. Reconnectez-vous avec votre navigateur pour déverrouiller Council Desk sur ce poste. Votre travail est enregistré.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your session has reached its daily limit. Sign in again with your browser to continue. No network? Your PIN or passphrase keeps you working offline.</source>
        <translation type="unfinished">Votre session a atteint sa limite quotidienne. Reconnectez-vous avec votre navigateur pour continuer. Pas de réseau&#xa0;? Votre code PIN ou phrase secrète vous permet de continuer hors ligne.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Checking…</source>
        <translation type="unfinished">Vérification…</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Unlock</source>
        <translation type="unfinished">Déverrouiller</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Locked after a period without use, to keep constituents&apos; details private. Your work is saved.</source>
        <translation type="unfinished">Verrouillé après une période d&apos;inactivité, pour protéger les données des administrés. Votre travail est enregistré.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="+249"/>
        <location line="+28"/>
        <source>Cases</source>
        <translation type="unfinished">Dossiers</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>The cases matching the search and filters; the selected one is shown beside</source>
        <translation type="unfinished">Les dossiers correspondant à la recherche et aux filtres&#xa0;; celui qui est sélectionné s&apos;affiche à côté</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+47"/>
        <location filename="../council_desk/ui/window_actions.py" line="+64"/>
        <source>Reminders</source>
        <translation type="unfinished">Rappels</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Cases and reminders</source>
        <translation type="unfinished">Dossiers et rappels</translation>
    </message>
    <message>
        <location filename="../council_desk/ui/window_actions.py" line="-26"/>
        <source>Main</source>
        <translation type="unfinished">Principale</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sync now</source>
        <translation type="unfinished">Synchroniser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log follow-up</source>
        <translation type="unfinished">Consigner un suivi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search</source>
        <translation type="unfinished">Rechercher</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Statistics</source>
        <translation type="unfinished">Statistiques</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Caseload</source>
        <translation type="unfinished">Charge de travail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock</source>
        <translation type="unfinished">Verrouiller</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bulk</source>
        <translation type="unfinished">Groupé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office status, a follow-up, an owner for every chosen case</source>
        <translation type="unfinished">Statut au bureau, suivi ou responsable pour chaque dossier choisi</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Show contact details…</source>
        <translation type="unfinished">Afficher les coordonnées…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ask 311 to reopen…</source>
        <translation type="unfinished">Demander au 311 de rouvrir…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Office status</source>
        <translation type="unfinished">Statut au bureau</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Print letter…</source>
        <translation type="unfinished">Imprimer une lettre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print case summary…</source>
        <translation type="unfinished">Imprimer la synthèse du dossier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print mailing labels…</source>
        <translation type="unfinished">Imprimer des étiquettes d&apos;adresse…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Print</source>
        <translation type="unfinished">Imprimer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letters, case summaries and mailing labels for the selected cases</source>
        <translation type="unfinished">Lettres, synthèses et étiquettes d&apos;adresse pour les dossiers sélectionnés</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Select one or more cases in the list first.</source>
        <translation type="unfinished">Sélectionnez d&apos;abord un ou plusieurs dossiers dans la liste.</translation>
    </message>
    <message>
        <location filename="../council_desk/ui/main_window.py" line="+9"/>
        <source>Council Desk — District %1</source>
        <translation type="unfinished">Council Desk — District %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (locked)</source>
        <translation type="unfinished">%1 (verrouillé)</translation>
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
            <numerusform>Modification groupée interrompue par l&apos;arrêt de Council Desk terminée : %n dossier de plus.</numerusform>
            <numerusform>Modification groupée interrompue par l&apos;arrêt de Council Desk terminée : %n dossiers de plus.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reminders (%1)</source>
        <translation type="unfinished">Rappels (%1)</translation>
    </message>
</context>
<context>
    <name>MoreFiltersDialog</name>
    <message>
        <location filename="../council_desk/ui/views.py" line="+68"/>
        <source>More filters</source>
        <translation type="unfinished">Autres filtres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office status</source>
        <translation type="unfinished">Statut au bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency status</source>
        <translation type="unfinished">Statut à l&apos;agence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation type="unfinished">Agence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint type</source>
        <translation type="unfinished">Type de plainte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to</source>
        <translation type="unfinished">Attribué à</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tick one or more; none ticked means any</source>
        <translation type="unfinished">Cochez un ou plusieurs ; rien de coché signifie tous</translation>
    </message>
</context>
<context>
    <name>OfficeStatus</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="-43"/>
        <source>New</source>
        <translation type="unfinished">Nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation type="unfinished">En cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting on agency</source>
        <translation type="unfinished">En attente de l&apos;agence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation type="unfinished">Résolu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed – unresolved</source>
        <translation type="unfinished">Fermé – non résolu</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <location line="+16"/>
        <source>Fixed</source>
        <translation type="unfinished">Réglé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly fixed</source>
        <translation type="unfinished">Réglé en partie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not fixed</source>
        <translation type="unfinished">Non réglé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not the agency&apos;s responsibility</source>
        <translation type="unfinished">Ne relève pas de l&apos;agence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate of another complaint</source>
        <translation type="unfinished">Doublon d&apos;une autre plainte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No response</source>
        <translation type="unfinished">Pas de réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation type="unfinished">Autre</translation>
    </message>
</context>
<context>
    <name>Output</name>
    <message>
        <location line="+150"/>
        <source>Contact details shown on screen</source>
        <translation type="unfinished">Coordonnées affichées à l&apos;écran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter to the constituent</source>
        <translation type="unfinished">Lettre à l&apos;administré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mailing labels</source>
        <translation type="unfinished">Étiquettes d&apos;adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case summary without contact details</source>
        <translation type="unfinished">Résumé du dossier sans coordonnées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case summary with contact details</source>
        <translation type="unfinished">Résumé du dossier avec coordonnées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact list exported as CSV</source>
        <translation type="unfinished">Liste de contacts exportée en CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details shared with a City agency</source>
        <translation type="unfinished">Données partagées avec une agence municipale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office worklist without contact details</source>
        <translation type="unfinished">Liste de travail du bureau sans coordonnées</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../council_desk/ui/dialogs.py" line="+113"/>
        <source>Cache passphrase</source>
        <translation type="unfinished">Phrase secrète du cache</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>At least %1 characters, not one character repeated, no space at the start or end</source>
        <translation type="unfinished">Au moins %1 caractères, pas un seul caractère répété, sans espace au début ni à la fin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The passphrase chosen for this cache</source>
        <translation type="unfinished">La phrase secrète choisie pour ce cache</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The same passphrase once more, to catch a typing mistake</source>
        <translation type="unfinished">La même phrase secrète une seconde fois, pour repérer une faute de frappe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase</source>
        <translation type="unfinished">Phrase secrète</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Again</source>
        <translation type="unfinished">Confirmation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unlock</source>
        <translation type="unfinished">Déverrouiller</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The two passphrases differ.</source>
        <translation type="unfinished">Les deux phrases secrètes diffèrent.</translation>
    </message>
</context>
<context>
    <name>PreviewWindow</name>
    <message>
        <location filename="../council_desk/ui/pdf_preview.py" line="+60"/>
        <source>Preview</source>
        <translation type="unfinished">Aperçu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The pages as they will be printed</source>
        <translation type="unfinished">Les pages telles qu&apos;elles seront imprimées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading…</source>
        <translation type="unfinished">Chargement…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print…</source>
        <translation type="unfinished">Imprimer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as PDF…</source>
        <translation type="unfinished">Enregistrer en PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation type="unfinished">Fermer</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The preview could not be shown.</source>
        <translation type="unfinished">L&apos;aperçu n&apos;a pas pu être affiché.</translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <location filename="../council_desk/ui/printing.py" line="+137"/>
        <source>Letter preview</source>
        <translation type="unfinished">Aperçu de la lettre</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Case summary preview</source>
        <translation type="unfinished">Aperçu de la synthèse du dossier</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Referral preview</source>
        <translation type="unfinished">Aperçu de l&apos;orientation</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Mailing labels preview</source>
        <translation type="unfinished">Aperçu des étiquettes d&apos;adresse</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Worklist: %1</source>
        <translation type="unfinished">Liste de travail : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+71"/>
        <source>%1 — %n case(s)</source>
        <translation type="unfinished">
            <numerusform>%1 — %n dossier</numerusform>
            <numerusform>%1 — %n dossiers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../council_desk/ui/print_release.py" line="+77"/>
        <source>Printing or saving logs a “letter” follow-up on each case.</source>
        <translation type="unfinished">L&apos;impression ou l&apos;enregistrement consigne un suivi «&#xa0;lettre&#xa0;» dans chaque dossier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Translation not reviewed by a person: %1.</source>
        <translation type="unfinished">Traduction non relue par une personne&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contact details are left out of this summary.</source>
        <translation type="unfinished">Les coordonnées ne figurent pas dans cette synthèse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No contact details. Printing or saving it is recorded in the privacy log: complaint numbers are personal information.</source>
        <translation type="unfinished">Aucune coordonnée. L&apos;impression ou l&apos;enregistrement est consigné dans le journal de confidentialité : les numéros de plainte sont des données personnelles.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Printing or saving uses approval %1 once: the 311 access system confirms it first.</source>
        <translation type="unfinished">Imprimer ou enregistrer utilise une fois l&apos;approbation %1 : le système d&apos;accès au 311 la confirme d&apos;abord.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Save as PDF</source>
        <translation type="unfinished">Enregistrer en PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>Sending pages to the printer…</source>
        <translation type="unfinished">Envoi des pages à l&apos;imprimante…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation type="unfinished">Arrêter</translation>
    </message>
    <message numerus="yes">
        <location filename="../council_desk/ui/printing.py" line="+30"/>
        <source>Preparing %n case(s)…</source>
        <translation type="unfinished">
            <numerusform>Préparation de %n dossier…</numerusform>
            <numerusform>Préparation de %n dossiers…</numerusform>
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
        <translation type="unfinished">Quand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation type="unfinished">Personnel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation type="unfinished">Quoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class</source>
        <translation type="unfinished">Catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval or reason</source>
        <translation type="unfinished">Approbation ou motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation type="unfinished">Destinataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints</source>
        <translation type="unfinished">Plaintes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found</source>
        <translation type="unfinished">Constats</translation>
    </message>
</context>
<context>
    <name>PrivacyLogTab</name>
    <message>
        <location line="+122"/>
        <source>Mark as seen</source>
        <translation type="unfinished">Marquer comme vu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Staff</source>
        <translation type="unfinished">Personnel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the disclosures of one staff member</source>
        <translation type="unfinished">Afficher les communications d&apos;un membre du personnel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Class</source>
        <translation type="unfinished">Catégorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the disclosures of one class</source>
        <translation type="unfinished">Afficher les communications d&apos;une catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any class</source>
        <translation type="unfinished">Toute catégorie</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>Complaint #</source>
        <translation type="unfinished">N° de plainte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the disclosures naming this complaint</source>
        <translation type="unfinished">Afficher les communications qui citent cette plainte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From</source>
        <translation type="unfinished">Du</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the disclosures from this day</source>
        <translation type="unfinished">Afficher les communications à partir de ce jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation type="unfinished">Au</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the disclosures up to this day</source>
        <translation type="unfinished">Afficher les communications jusqu&apos;à ce jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation type="unfinished">Actualiser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report…</source>
        <translation type="unfinished">Rapport…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Disclosure log</source>
        <translation type="unfinished">Journal des communications</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each disclosure: when, who, what, class, approval or reason, to whom, which complaints, and what the 311 access system found</source>
        <translation type="unfinished">Chaque communication : quand, qui, quoi, catégorie, approbation ou motif, à qui, quelles plaintes, et ce que le système d&apos;accès au 311 a constaté</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>From the 311 access system&apos;s record of every device of this office.</source>
        <translation type="unfinished">D&apos;après le relevé du système d&apos;accès au 311 pour chaque appareil de ce bureau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OFFLINE: from this PC&apos;s own log only. Other devices&apos; events are not included.</source>
        <translation type="unfinished">HORS LIGNE : uniquement le journal de ce PC. Les événements des autres appareils ne sont pas inclus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Device %1 (%2): events %3 never arrived; found: %4</source>
        <translation type="unfinished">Appareil %1 (%2) : les événements %3 ne sont jamais arrivés ; constats : %4</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Every device&apos;s record is complete: nothing missing, nothing flagged.</source>
        <translation type="unfinished">Le relevé de chaque appareil est complet : rien ne manque, rien n&apos;est signalé.</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+127"/>
        <source>Anyone</source>
        <translation type="unfinished">Tout le monde</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n disclosure(s) shown</source>
        <translation type="unfinished">
            <numerusform>%n communication affichée</numerusform>
            <numerusform>%n communications affichées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>New since you last looked: %1 exigent disclosure(s), %2 finding(s) about the record.</source>
        <translation type="unfinished">Nouveau depuis votre dernière consultation : %1 communication(s) urgente(s), %2 constat(s) sur le relevé.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Save the report</source>
        <translation type="unfinished">Enregistrer le rapport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>PrivacyUI</name>
    <message>
        <location filename="../council_desk/ui/privacy_ui.py" line="+54"/>
        <source>Approvals</source>
        <translation type="unfinished">Approbations</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+88"/>
        <source>Privacy log</source>
        <translation type="unfinished">Journal de confidentialité</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Privacy log (new)</source>
        <translation type="unfinished">Journal de confidentialité (nouveau)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New for the privacy officer: %1 exigent disclosure(s), %2 finding(s) about the record.</source>
        <translation type="unfinished">Nouveau pour le responsable de la confidentialité : %1 communication(s) urgente(s), %2 constat(s) sur le relevé.</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../council_desk/ui/bulk.py" line="-190"/>
        <source>Reassign a caseworker&apos;s cases</source>
        <translation type="unfinished">Réattribuer les dossiers d&apos;un collègue</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The caseworker whose open cases and reminders move</source>
        <translation type="unfinished">Le collègue dont les dossiers et rappels ouverts sont transférés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The caseworker who takes them</source>
        <translation type="unfinished">Le collègue qui les reprend</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every case the office still has open that is assigned to the first person, and every open reminder of theirs, goes to the second. Each change is recorded as if made one by one.</source>
        <translation type="unfinished">Chaque dossier encore ouvert au bureau attribué à la première personne, et chacun de ses rappels ouverts, passe à la seconde. Chaque modification est consignée comme si elle était faite une à une.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From</source>
        <translation type="unfinished">Du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation type="unfinished">À</translation>
    </message>
</context>
<context>
    <name>Recipient</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="-25"/>
        <source>The constituent (the person who filed)</source>
        <translation type="unfinished">L&apos;administré (l&apos;auteur de la plainte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This council office (internal casework)</source>
        <translation type="unfinished">Ce bureau du conseil (traitement interne du dossier)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other City agencies</source>
        <translation type="unfinished">Autres agences municipales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New York State or federal agencies</source>
        <translation type="unfinished">Agences de l&apos;État de New York ou fédérales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community partners / NGOs</source>
        <translation type="unfinished">Partenaires communautaires / ONG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court, enforcement agency or other entity issuing a subpoena</source>
        <translation type="unfinished">Tribunal, organisme d&apos;application de la loi ou autre entité émettant une assignation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other</source>
        <translation type="unfinished">Autre</translation>
    </message>
</context>
<context>
    <name>ReminderColumns</name>
    <message>
        <location line="-68"/>
        <source>Due</source>
        <translation type="unfinished">Échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint #</source>
        <translation type="unfinished">N° de plainte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For</source>
        <translation type="unfinished">Pour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation type="unfinished">Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation type="unfinished">Note</translation>
    </message>
</context>
<context>
    <name>RemindersModel</name>
    <message>
        <location filename="../council_desk/ui/reminders.py" line="+151"/>
        <source>Overdue</source>
        <translation type="unfinished">En retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due today</source>
        <translation type="unfinished">À échéance aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due in the next 7 days</source>
        <translation type="unfinished">À faire dans les 7 prochains jours</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (overdue)</source>
        <translation type="unfinished">%1 (en retard)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (today)</source>
        <translation type="unfinished">%1 (aujourd&apos;hui)</translation>
    </message>
</context>
<context>
    <name>RemindersTab</name>
    <message>
        <location line="+77"/>
        <source>Reminders</source>
        <translation type="unfinished">Rappels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders overdue, due today and in the next 7 days; Enter opens the case</source>
        <translation type="unfinished">Rappels en retard, du jour et des 7 prochains jours ; Entrée ouvre le dossier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>My reminders</source>
        <translation type="unfinished">Mes rappels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone&apos;s</source>
        <translation type="unfinished">Ceux de tous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whose reminders</source>
        <translation type="unfinished">Rappels de qui</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done</source>
        <translation type="unfinished">Fait</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the chosen reminders done (Ctrl+D)</source>
        <translation type="unfinished">Marquer les rappels choisis comme faits (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Snooze</source>
        <translation type="unfinished">Reporter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tomorrow</source>
        <translation type="unfinished">Demain</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next Monday</source>
        <translation type="unfinished">Lundi prochain</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reschedule…</source>
        <translation type="unfinished">Replanifier…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give to</source>
        <translation type="unfinished">Confier à</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open case</source>
        <translation type="unfinished">Ouvrir le dossier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show:</source>
        <translation type="unfinished">Afficher :</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 overdue, %2 due today, %3 in the next 7 days. Double-click one (or press Enter) to open the case.</source>
        <translation type="unfinished">%1 en retard, %2 pour aujourd&apos;hui, %3 dans les 7 prochains jours. Double-cliquez sur l&apos;un d&apos;eux (ou appuyez sur Entrée) pour ouvrir le dossier.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing is due in the next 7 days. A follow-up logged with a reminder appears here when its day comes near.</source>
        <translation type="unfinished">Rien à faire dans les 7 prochains jours. Un suivi consigné avec un rappel apparaît ici à l&apos;approche de sa date.</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../council_desk/ui/dialogs.py" line="-70"/>
        <source>Ask 311 to reopen complaint %1</source>
        <translation type="unfinished">Demander au 311 de rouvrir la plainte %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why the office considers the complaint unresolved</source>
        <translation type="unfinished">Pourquoi le bureau considère que la plainte n&apos;est pas réglée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What is still wrong (sent to 311 and the agency)</source>
        <translation type="unfinished">Ce qui ne va toujours pas (envoyé au 311 et à l&apos;agence)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why</source>
        <translation type="unfinished">Pourquoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation type="unfinished">Détails</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask 311 to reopen</source>
        <translation type="unfinished">Demander au 311 de rouvrir</translation>
    </message>
</context>
<context>
    <name>ReopenStage</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="+5"/>
        <source>Sent: waiting to reach 311</source>
        <translation type="unfinished">Envoyée : en attente d&apos;arriver au 311</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forwarded by 311 to the agency</source>
        <translation type="unfinished">Transmise par le 311 à l&apos;agence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not needed: the complaint was still open</source>
        <translation type="unfinished">Inutile : la plainte était encore ouverte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agency reopened it</source>
        <translation type="unfinished">L&apos;agence l&apos;a rouverte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agency declined to reopen it</source>
        <translation type="unfinished">L&apos;agence a refusé de la rouvrir</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../council_desk/ui/privacy_log.py" line="-314"/>
        <source>Identifying Information Law report</source>
        <translation type="unfinished">Rapport sur la loi relative aux informations d&apos;identification</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>PDF (to print and sign)</source>
        <translation type="unfinished">PDF (à imprimer et signer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (for a spreadsheet)</source>
        <translation type="unfinished">CSV (pour un tableur)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Format</source>
        <translation type="unfinished">Format</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF to print and sign, or CSV</source>
        <translation type="unfinished">PDF à imprimer et signer, ou CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation type="unfinished">Du</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The first day of the report&apos;s period</source>
        <translation type="unfinished">Le premier jour de la période du rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation type="unfinished">Au</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The last day of the report&apos;s period</source>
        <translation type="unfinished">Le dernier jour de la période du rapport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From:</source>
        <translation type="unfinished">Du :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation type="unfinished">Au :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format:</source>
        <translation type="unfinished">Format :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save…</source>
        <translation type="unfinished">Enregistrer…</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message numerus="yes">
        <location filename="../council_desk/ui/reminders.py" line="-151"/>
        <source>Reschedule %n reminder(s)</source>
        <translation type="unfinished">
            <numerusform>Replanifier %n rappel</numerusform>
            <numerusform>Replanifier %n rappels</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The day the reminders are due</source>
        <translation type="unfinished">Le jour d&apos;échéance des rappels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New date:</source>
        <translation type="unfinished">Nouvelle date :</translation>
    </message>
</context>
<context>
    <name>RevealDialog</name>
    <message>
        <location filename="../council_desk/ui/dialogs.py" line="-74"/>
        <source>Show contact details</source>
        <translation type="unfinished">Afficher les coordonnées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact details are shown only when you need them. Why do you need them for complaint %1? Your answer is recorded in the privacy log.</source>
        <translation type="unfinished">Les coordonnées ne s&apos;affichent que lorsque vous en avez besoin. Pourquoi en avez-vous besoin pour la plainte %1&#xa0;? Votre réponse est inscrite au journal de confidentialité.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Other (say why below)</source>
        <translation type="unfinished">Autre (précisez ci-dessous)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why you need the contact details</source>
        <translation type="unfinished">Pourquoi vous avez besoin des coordonnées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded in the privacy log with your name and the time</source>
        <translation type="unfinished">Inscrit au journal de confidentialité avec votre nom et l&apos;heure</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason</source>
        <translation type="unfinished">Motif</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason, in your words</source>
        <translation type="unfinished">Motif, dans vos mots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needed when you choose Other; otherwise added to the reason chosen</source>
        <translation type="unfinished">Obligatoire si vous choisissez Autre&#xa0;; sinon, ajouté au motif choisi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show and record</source>
        <translation type="unfinished">Afficher et consigner</translation>
    </message>
</context>
<context>
    <name>RevealPurpose</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="-80"/>
        <source>Call the constituent about this complaint</source>
        <translation type="unfinished">Appeler l&apos;administré au sujet de cette plainte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write to the constituent about this complaint</source>
        <translation type="unfinished">Écrire à l&apos;administré au sujet de cette plainte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit about this complaint</source>
        <translation type="unfinished">Visite au sujet de cette plainte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check who filed before contacting the agency</source>
        <translation type="unfinished">Vérifier l&apos;auteur de la plainte avant de contacter l&apos;agence</translation>
    </message>
</context>
<context>
    <name>SecretRules</name>
    <message>
        <location filename="../council_desk/ui/error_text.py" line="+63"/>
        <source>A passphrase needs at least %1 characters.</source>
        <translation type="unfinished">Une phrase secrète doit compter au moins %1 caractères.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A passphrase cannot be one character repeated.</source>
        <translation type="unfinished">Une phrase secrète ne peut pas être un seul caractère répété.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A passphrase cannot start or end with a space.</source>
        <translation type="unfinished">Une phrase secrète ne peut pas commencer ni finir par une espace.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PIN needs at least %1 digits.</source>
        <translation type="unfinished">Un code PIN doit compter au moins %1 chiffres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This PIN is too easy to guess (a repeated digit or a run like 123456).</source>
        <translation type="unfinished">Ce code PIN est trop facile à deviner (un chiffre répété ou une suite comme 123456).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../council_desk/ui/settings_dialog.py" line="+50"/>
        <source>The interface will be in %1 the next time Council Desk starts.</source>
        <translation type="unfinished">L&apos;interface sera en %1 au prochain démarrage de Council Desk.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Settings</source>
        <translation type="unfinished">Paramètres</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Used from the next time Council Desk starts</source>
        <translation type="unfinished">Appliquée au prochain démarrage de Council Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language is used from the next time Council Desk starts.</source>
        <translation type="unfinished">Une nouvelle langue s&apos;applique au prochain démarrage de Council Desk.</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+36"/>
        <location line="+37"/>
        <source>Language</source>
        <translation type="unfinished">Langue</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>The PC&apos;s language (%1)</source>
        <translation type="unfinished">La langue du poste (%1)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Language</source>
        <translation type="unfinished">&amp;Langue</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The language of Council Desk&apos;s windows</source>
        <translation type="unfinished">La langue des fenêtres de Council Desk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Settings</source>
        <translation type="unfinished">&amp;Paramètres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings and translations…</source>
        <translation type="unfinished">Paramètres et traductions…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Translation</source>
        <translation type="unfinished">Traduction</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Translation status</source>
        <translation type="unfinished">État des traductions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For each language: whether a person has reviewed the machine draft</source>
        <translation type="unfinished">Pour chaque langue&#xa0;: si une personne a relu le brouillon automatique</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Translations start as machine drafts. A colleague who reads the language checks them and their name and the date are recorded here.</source>
        <translation type="unfinished">Les traductions commencent comme brouillons automatiques. Un collègue qui lit la langue les relit&#xa0;; son nom et la date sont inscrits ici.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Language:</source>
        <translation type="unfinished">&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reviewed by %1 on %2</source>
        <translation type="unfinished">Relue par %1 le %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Machine draft (%1), not yet reviewed by a person</source>
        <translation type="unfinished">Brouillon automatique (%1), pas encore relu par une personne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not installed on this PC</source>
        <translation type="unfinished">non installée sur ce poste</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../council_desk/ui/share.py" line="+52"/>
        <source>Share with an agency</source>
        <translation type="unfinished">Partager avec une agence</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Share the constituent&apos;s details for complaint(s) %1 with a City agency. The share is recorded in the privacy log, and the agency gets a referral sheet with only what you tick.</source>
        <translation type="unfinished">Partager les coordonnées de l&apos;administré pour la ou les plaintes %1 avec une agence municipale. Le partage est inscrit au journal de confidentialité, et l&apos;agence reçoit une fiche d&apos;orientation avec seulement ce que vous cochez.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Agency</source>
        <translation type="unfinished">Agence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agency that receives the details (from the case; another can be named)</source>
        <translation type="unfinished">L&apos;agence qui reçoit les données (celle du dossier ; on peut en nommer une autre)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Agency:</source>
        <translation type="unfinished">Agence :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share:</source>
        <translation type="unfinished">Partager :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview…</source>
        <translation type="unfinished">Aperçu…</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <location filename="../council_desk/ui/signin.py" line="+71"/>
        <source>Council Desk — sign in</source>
        <translation type="unfinished">Council Desk — connexion</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Council Desk</source>
        <translation type="unfinished">Council Desk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>311 complaints shared with your council member&apos;s office, with the filer&apos;s consent.</source>
        <translation type="unfinished">Plaintes au 311 partagées avec le bureau de votre membre du Conseil, avec le consentement de leur auteur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set by your office&apos;s IT (Council Desk policy file).</source>
        <translation type="unfinished">Défini par l&apos;informatique de votre bureau (fichier de politique de Council Desk).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The 311 access system&apos;s address, from your office&apos;s IT contact</source>
        <translation type="unfinished">L&apos;adresse du système d&apos;accès au 311, fournie par le contact informatique de votre bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with your browser</source>
        <translation type="unfinished">Se connecter avec votre navigateur</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+76"/>
        <source>Cancel</source>
        <translation type="unfinished">Annuler</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Open offline…</source>
        <translation type="unfinished">Ouvrir hors ligne…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+175"/>
        <source>Work with the cases already on this PC until the server is back</source>
        <translation type="unfinished">Travailler avec les dossiers déjà présents sur ce poste jusqu&apos;au retour du serveur</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Server address</source>
        <translation type="unfinished">Adresse du serveur</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose your unlock PIN</source>
        <translation type="unfinished">Choisissez votre code PIN de déverrouillage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Council Desk locks itself when the PC is left alone. Choose a PIN of at least 6 digits, or a passphrase of at least 8 characters, to unlock it, and to open your cases when there is no network. After 5 wrong tries you will need to sign in again with your browser. Council Desk keeps only a scrambled check of it, never the PIN itself.</source>
        <translation type="unfinished">Council Desk se verrouille quand le poste reste inutilisé. Choisissez un code PIN d&apos;au moins 6 chiffres, ou une phrase secrète d&apos;au moins 8 caractères, pour le déverrouiller et pour ouvrir vos dossiers sans réseau. Après 5 essais erronés, vous devrez vous reconnecter avec votre navigateur. Council Desk n&apos;en garde qu&apos;une empreinte brouillée, jamais le code lui-même.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>At least 6 digits, or a passphrase of at least 8 characters</source>
        <translation type="unfinished">Au moins 6 chiffres, ou une phrase secrète d&apos;au moins 8 caractères</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same once more, to catch a typing mistake</source>
        <translation type="unfinished">La même chose une seconde fois, pour repérer une faute de frappe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Continue</source>
        <translation type="unfinished">Continuer</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+40"/>
        <source>PIN or passphrase</source>
        <translation type="unfinished">Code PIN ou phrase secrète</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Again</source>
        <translation type="unfinished">Confirmation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open the cases on this PC</source>
        <translation type="unfinished">Ouvrir les dossiers de ce poste</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Without the 311 access system, your unlock PIN or passphrase proves it is you. Changes you make are sent when the network is back.</source>
        <translation type="unfinished">Sans le système d&apos;accès au 311, votre code PIN ou phrase secrète de déverrouillage prouve que c&apos;est bien vous. Vos modifications sont envoyées quand le réseau revient.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The PIN or passphrase you chose for this PC</source>
        <translation type="unfinished">Le code PIN ou la phrase secrète choisi pour ce poste</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open</source>
        <translation type="unfinished">Ouvrir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back</source>
        <translation type="unfinished">Retour</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Training sandbox on this PC. Training account:</source>
        <translation type="unfinished">Environnement de formation sur ce poste. Compte de formation&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No usable cases on this PC for this server (never synced, or offline too long)</source>
        <translation type="unfinished">Aucun dossier utilisable sur ce poste pour ce serveur (jamais synchronisé, ou hors ligne depuis trop longtemps)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Your web browser is opening the sign-in page. Sign in there, then come back here.</source>
        <translation type="unfinished">Votre navigateur web ouvre la page de connexion. Connectez-vous là, puis revenez ici.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The two entries differ.</source>
        <translation type="unfinished">Les deux saisies diffèrent.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose an unlock PIN to see your cases.</source>
        <translation type="unfinished">Choisissez un code PIN de déverrouillage pour voir vos dossiers.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Checking…</source>
        <translation type="unfinished">Vérification…</translation>
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
        <translation type="unfinished">Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation type="unfinished">Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation type="unfinished">Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation type="unfinished">Oui</translation>
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
        <translation type="unfinished">Type de plainte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation type="unfinished">Agence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation type="unfinished">Demandes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation type="unfinished">Fermées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closure rate</source>
        <translation type="unfinished">Taux de clôture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City closure rate</source>
        <translation type="unfinished">Taux de clôture (ville)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen asked</source>
        <translation type="unfinished">Réouvertures demandées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen rate</source>
        <translation type="unfinished">Taux de réouverture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfied</source>
        <translation type="unfinished">Satisfaits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey answers</source>
        <translation type="unfinished">Réponses à l&apos;enquête</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed requests ÷ requests received in the period</source>
        <translation type="unfinished">Demandes fermées ÷ demandes reçues sur la période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same rate for this complaint type and agency across the whole city</source>
        <translation type="unfinished">Le même taux pour ce type de plainte et cette agence dans toute la ville</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed requests someone asked 311 to reopen</source>
        <translation type="unfinished">Demandes fermées dont quelqu&apos;un a demandé au 311 la réouverture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen requests ÷ closed requests</source>
        <translation type="unfinished">Demandes de réouverture ÷ demandes fermées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey answers &apos;satisfied&apos; or &apos;very satisfied&apos; ÷ all survey answers</source>
        <translation type="unfinished">Réponses «&#xa0;satisfait&#xa0;» ou «&#xa0;très satisfait&#xa0;» ÷ toutes les réponses à l&apos;enquête</translation>
    </message>
</context>
<context>
    <name>StatsModel</name>
    <message>
        <location filename="../council_desk/ui/stats_window.py" line="+159"/>
        <source>The city had no requests of this type for this agency in the period</source>
        <translation type="unfinished">La ville n&apos;a eu aucune demande de ce type pour cette agence sur la période</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fewer than %1 people were behind this figure in each month, so 311 does not publish it: it could tell someone&apos;s answer.</source>
        <translation type="unfinished">Moins de %1 personnes étaient derrière ce chiffre chaque mois&#xa0;; le 311 ne le publie donc pas&#xa0;: il pourrait révéler la réponse de quelqu&apos;un.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some months had too few to show; this covers the other months only.</source>
        <translation type="unfinished">Certains mois comptaient trop peu de données pour être affichés&#xa0;; ce chiffre ne couvre que les autres mois.</translation>
    </message>
</context>
<context>
    <name>StatsWindow</name>
    <message>
        <location line="+22"/>
        <source>311 statistics — District %1</source>
        <translation type="unfinished">Statistiques du 311 — District %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>311 statistics</source>
        <translation type="unfinished">Statistiques du 311</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last %1 months</source>
        <translation type="unfinished">%1 derniers mois</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The months the figures cover, this month included</source>
        <translation type="unfinished">Les mois couverts par les chiffres, mois en cours compris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Period:</source>
        <translation type="unfinished">&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished">&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>“too few to show”: fewer than %1 requests or survey answers in a month. 311 withholds such figures so that no one&apos;s answer can be worked out. Figures in italics leave out such months: “at least” counts, and rates of the other months only.</source>
        <translation type="unfinished">«&#xa0;trop peu pour être affiché&#xa0;»&#xa0;: moins de %1 demandes ou réponses à l&apos;enquête dans un mois. Le 311 ne publie pas ces chiffres afin que personne ne puisse déduire la réponse de quelqu&apos;un. Les chiffres en italique excluent ces mois&#xa0;: comptes «&#xa0;au moins&#xa0;» et taux des autres mois seulement.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Requests by complaint type and agency</source>
        <translation type="unfinished">Demandes par type de plainte et agence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One line per complaint type and agency; click a heading to sort</source>
        <translation type="unfinished">Une ligne par type de plainte et agence&#xa0;; cliquez sur un en-tête pour trier</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Loading the figures from 311…</source>
        <translation type="unfinished">Chargement des chiffres du 311…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>311 sent figures for another district. Nothing is shown; please tell your office&apos;s Council Desk contact.</source>
        <translation type="unfinished">Le 311 a envoyé les chiffres d&apos;un autre district. Rien n&apos;est affiché&#xa0;; prévenez le référent Council Desk de votre bureau.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No requests in this period.</source>
        <translation type="unfinished">Aucune demande sur cette période.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The figures could not be shown because of a problem in Council Desk.</source>
        <translation type="unfinished">Les chiffres n&apos;ont pas pu être affichés à cause d&apos;un problème dans Council Desk.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: too few requests to show any figure</source>
        <translation type="unfinished">%1&#xa0;: trop peu de demandes pour afficher un chiffre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 requests · %3 closed · %4 of closed asked to reopen · %5 satisfied (%6 answers)</source>
        <translation type="unfinished">%1&#xa0;: %2 demandes · %3 fermées · réouverture demandée pour %4 des fermées · %5 satisfaits (%6 réponses)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>District %1, %2</source>
        <translation type="unfinished">District %1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whole city</source>
        <translation type="unfinished">Toute la ville</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export statistics</source>
        <translation type="unfinished">Exporter les statistiques</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file could not be saved: %1</source>
        <translation type="unfinished">Le fichier n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved %1</source>
        <translation type="unfinished">%1 enregistré</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../council_desk/ui/print_dialog.py" line="+26"/>
        <source>Print case summary</source>
        <translation type="unfinished">Imprimer la synthèse du dossier</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>A summary of %n case(s): complaint, location, agency status, consent receipt and follow-ups. Contact details are left out unless you include them.</source>
        <translation type="unfinished">
            <numerusform>Une synthèse de %n dossier&#xa0;: plainte, lieu, statut à l&apos;agence, reçu de consentement et suivis. Les coordonnées n&apos;y figurent que si vous les incluez.</numerusform>
            <numerusform>Une synthèse de %n dossiers&#xa0;: plainte, lieu, statut à l&apos;agence, reçu de consentement et suivis. Les coordonnées n&apos;y figurent que si vous les incluez.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Include contact details</source>
        <translation type="unfinished">Inclure les coordonnées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name, phone, email and mailing address</source>
        <translation type="unfinished">Nom, téléphone, courriel et adresse postale</translation>
    </message>
    <message>
        <location filename="../council_desk/ui/disclosure_choice.py" line="-129"/>
        <source>Case-by-case — approved by the privacy officer</source>
        <translation type="unfinished">Au cas par cas — approuvée par le responsable de la confidentialité</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Exigent — urgent, to protect someone&apos;s health or safety</source>
        <translation type="unfinished">Urgente — pour protéger la santé ou la sécurité de quelqu&apos;un</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why this cannot wait (required)</source>
        <translation type="unfinished">Pourquoi cela ne peut pas attendre (obligatoire)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why this cannot wait</source>
        <translation type="unfinished">Pourquoi cela ne peut pas attendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded in the privacy log with the printout</source>
        <translation type="unfinished">Inscrit au journal de confidentialité avec l&apos;impression</translation>
    </message>
    <message>
        <location filename="../council_desk/ui/print_dialog.py" line="+10"/>
        <source>Every printout or saved copy with contact details is recorded in the privacy log with the class you choose.</source>
        <translation type="unfinished">Chaque impression ou copie enregistrée contenant des coordonnées est inscrite au journal de confidentialité avec la catégorie choisie.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Preview…</source>
        <translation type="unfinished">Aperçu…</translation>
    </message>
</context>
<context>
    <name>SurveyAnswer</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="-38"/>
        <source>Very dissatisfied</source>
        <translation type="unfinished">Très insatisfait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dissatisfied</source>
        <translation type="unfinished">Insatisfait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neither satisfied nor dissatisfied</source>
        <translation type="unfinished">Ni satisfait ni insatisfait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfied</source>
        <translation type="unfinished">Satisfaits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very satisfied</source>
        <translation type="unfinished">Très satisfait</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../council_desk/ui/sync_status.py" line="+67"/>
        <source>Cancel sync</source>
        <translation type="unfinished">Annuler la synchronisation</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>All changes sent</source>
        <translation type="unfinished">Toutes les modifications ont été envoyées</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n change(s) waiting to be sent</source>
        <translation type="unfinished">
            <numerusform>%n modification en attente d&apos;envoi</numerusform>
            <numerusform>%n modifications en attente d&apos;envoi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Syncing…</source>
        <translation type="unfinished">Synchronisation…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Connecting</source>
        <translation type="unfinished">Connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending changes</source>
        <translation type="unfinished">Envoi des modifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending the privacy log</source>
        <translation type="unfinished">Envoi du journal de confidentialité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receiving cases</source>
        <translation type="unfinished">Réception des dossiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receiving follow-ups</source>
        <translation type="unfinished">Réception des suivis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing</source>
        <translation type="unfinished">Synchronisation</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sync cancelled.</source>
        <translation type="unfinished">Synchronisation annulée.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sync failed because of a problem in Council Desk.</source>
        <translation type="unfinished">La synchronisation a échoué à cause d&apos;un problème dans Council Desk.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Connecting…</source>
        <translation type="unfinished">Connexion…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>● Online</source>
        <translation type="unfinished">● En ligne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>● Offline</source>
        <translation type="unfinished">● Hors ligne</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not yet</source>
        <translation type="unfinished">pas encore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last synced: %1</source>
        <translation type="unfinished">Dernière synchronisation&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ViewBar</name>
    <message>
        <location filename="../council_desk/ui/views.py" line="+50"/>
        <source>View</source>
        <translation type="unfinished">Vue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A saved way of looking at the cases</source>
        <translation type="unfinished">Une façon enregistrée de voir les dossiers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save view…</source>
        <translation type="unfinished">Enregistrer la vue…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete view</source>
        <translation type="unfinished">Supprimer la vue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More filters…</source>
        <translation type="unfinished">Autres filtres…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear filters</source>
        <translation type="unfinished">Effacer les filtres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No grouping</source>
        <translation type="unfinished">Sans regroupement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group by building</source>
        <translation type="unfinished">Regrouper par immeuble</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group by filer</source>
        <translation type="unfinished">Regrouper par plaignant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Group the list</source>
        <translation type="unfinished">Regrouper la liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By building (the address, normalised) or by filer (without any contact detail)</source>
        <translation type="unfinished">Par immeuble (l&apos;adresse, normalisée) ou par plaignant (sans aucune coordonnée)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>View:</source>
        <translation type="unfinished">Vue :</translation>
    </message>
    <message>
        <location line="+104"/>
        <location line="+23"/>
        <source>Save view</source>
        <translation type="unfinished">Enregistrer la vue</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>A name for this view (the search, filters and sort):</source>
        <translation type="unfinished">Un nom pour cette vue (recherche, filtres et tri) :</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Give the view a name.</source>
        <translation type="unfinished">Donnez un nom à la vue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A view&apos;s name can be at most %1 characters.</source>
        <translation type="unfinished">Le nom d&apos;une vue compte au plus %1 caractères.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That name belongs to one of the built-in views; choose another.</source>
        <translation type="unfinished">Ce nom est celui d&apos;une vue intégrée ; choisissez-en un autre.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Nobody</source>
        <translation type="unfinished">Personne</translation>
    </message>
</context>
<context>
    <name>ViewName</name>
    <message>
        <location filename="../council_desk/ui/labels.py" line="+10"/>
        <source>All cases</source>
        <translation type="unfinished">Tous les dossiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mine</source>
        <translation type="unfinished">Les miens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unassigned</source>
        <translation type="unfinished">Non attribués</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation type="unfinished">En retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed at agency, still open here</source>
        <translation type="unfinished">Fermé à l&apos;agence, encore ouvert ici</translation>
    </message>
</context>
<context>
    <name>WhatThisPCKeeps</name>
    <message>
        <location filename="../council_desk/ui/transparency.py" line="+65"/>
        <location line="+6"/>
        <source>What this PC keeps</source>
        <translation type="unfinished">Ce que ce PC conserve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is stored here, why, for how long, who can see it, and how to remove it</source>
        <translation type="unfinished">Ce qui est conservé ici, pourquoi, combien de temps, qui peut le voir et comment le supprimer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What</source>
        <translation type="unfinished">Quoi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation type="unfinished">Pourquoi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How long</source>
        <translation type="unfinished">Combien de temps</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who can see it</source>
        <translation type="unfinished">Qui peut le voir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The consented 311 complaints of your district, with the filers&apos; contact details and your office&apos;s follow-ups: %1 case(s)</source>
        <translation type="unfinished">Les plaintes au 311 de votre circonscription avec consentement, les coordonnées de leurs auteurs et les suivis de votre bureau : %1 dossier(s)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>So you can work, also offline.</source>
        <translation type="unfinished">Pour que vous puissiez travailler, même hors ligne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until consent is withdrawn or the case leaves the district; %1 days after 311 closes it; all of them when the office&apos;s access ends. Unopened for more than %2 days, the app asks you to sign in again.</source>
        <translation type="unfinished">Jusqu&apos;au retrait du consentement ou au départ du dossier de la circonscription ; %1 jours après sa clôture par le 311 ; tous à la fin de l&apos;accès du bureau. Sans connexion pendant plus de %2 jours, l&apos;application vous demande de vous reconnecter.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You, after signing in or with your unlock PIN. The file is encrypted; its key is in this PC&apos;s system keyring, never in a file.</source>
        <translation type="unfinished">Vous, après connexion ou avec votre code PIN de déverrouillage. Le fichier est chiffré ; sa clé est dans le trousseau système de ce PC, jamais dans un fichier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your changes not yet sent: %1</source>
        <translation type="unfinished">Vos modifications pas encore envoyées : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>So nothing you write is lost without a network.</source>
        <translation type="unfinished">Pour que rien de ce que vous écrivez ne soit perdu sans réseau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until the 311 access system has them.</source>
        <translation type="unfinished">Jusqu&apos;à ce que le système d&apos;accès au 311 les ait reçues.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You; then your office, through the 311 access system.</source>
        <translation type="unfinished">Vous ; puis votre bureau, via le système d&apos;accès au 311.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The privacy log: %1 entries, %2 not yet sent</source>
        <translation type="unfinished">Le journal de confidentialité : %1 entrées, %2 pas encore envoyées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The record of every time contact details were shown, printed, saved or shared, kept by law. It holds which cases and which kinds of details, never the details themselves.</source>
        <translation type="unfinished">Le relevé, exigé par la loi, de chaque affichage, impression, enregistrement ou partage de coordonnées. Il indique quels dossiers et quels types de données, jamais les données elles-mêmes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With the cases; a copy goes to the 311 access system, which keeps the office&apos;s record.</source>
        <translation type="unfinished">Avec les dossiers ; une copie va au système d&apos;accès au 311, qui conserve le relevé du bureau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your office&apos;s privacy officer (the chief of staff), in the office&apos;s log.</source>
        <translation type="unfinished">Le responsable de la confidentialité de votre bureau (le directeur de cabinet), dans le journal du bureau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your sign-in and the cache key</source>
        <translation type="unfinished">Votre connexion et la clé du cache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>So you stay signed in, and the cases can be opened.</source>
        <translation type="unfinished">Pour rester connecté et pouvoir ouvrir les dossiers.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until you sign out, or the data is removed.</source>
        <translation type="unfinished">Jusqu&apos;à la déconnexion ou la suppression des données.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PC&apos;s system keyring, for your Windows or Linux account only.</source>
        <translation type="unfinished">Le trousseau système de ce PC, pour votre compte Windows ou Linux uniquement.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Where: %1</source>
        <translation type="unfinished">Où : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How to remove it: your IT contact runs council-desk sign-out --remove-data (uninstalling Council Desk on Windows does the same). The key is deleted first, so what is left of the files cannot be read.</source>
        <translation type="unfinished">Comment le supprimer : votre contact informatique exécute council-desk sign-out --remove-data (désinstaller Council Desk sous Windows fait de même). La clé est supprimée d&apos;abord : ce qui reste des fichiers est illisible.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What this PC keeps…</source>
        <translation type="unfinished">Ce que ce PC conserve…</translation>
    </message>
</context>
<context>
    <name>stats</name>
    <message>
        <location filename="../council_desk/ui/stats_window.py" line="-309"/>
        <source>too few to show</source>
        <translation type="unfinished">trop peu pour être affiché</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>at least %1</source>
        <translation type="unfinished">au moins %1</translation>
    </message>
</context>
</TS>
