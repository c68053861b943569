<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Angemeldet als</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Re-authorise</source>
        <translation>&amp;Erneut anmelden</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation>Konto&amp;name:</translation>
    </message>
    <message>
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <source>Jira &amp;site:</source>
        <translation>Jira-&amp;Site:</translation>
    </message>
    <message>
        <source>https://example.atlassian.net</source>
        <translation>https://example.atlassian.net</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>OAuth &amp;client id:</source>
        <translation>OAuth-&amp;Client-ID:</translation>
    </message>
    <message>
        <source>your own OAuth app (optional)</source>
        <translation>Ihre eigene OAuth-App (optional)</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>Client-&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>kept in the keychain</source>
        <translation>wird im Schlüsselbund aufbewahrt</translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation>Konto &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Session &amp;only</source>
        <translation>Nur für diese &amp;Sitzung</translation>
    </message>
    <message>
        <source>Keep this sign-in in memory until Cairn quits; it is never written to a file.</source>
        <translation>Diese Anmeldung im Speicher behalten, bis Cairn beendet wird; sie wird nie in eine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Changes made in Cairn</source>
        <translation>Änderungen in Cairn</translation>
    </message>
    <message>
        <source>Writing back</source>
        <translation>Zurückschreiben</translation>
    </message>
    <message>
        <source>Sign &amp;in again…</source>
        <translation>&amp;Wieder anmelden…</translation>
    </message>
</context>
<context>
    <name>ContactDetailView</name>
    <message>
        <source>Select a contact to see its details.</source>
        <translation>Wählen Sie einen Kontakt aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Deleted in Google Contacts — kept here for history.</source>
        <translation>In Google Kontakte gelöscht – hier für den Verlauf aufbewahrt.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Syncing</source>
        <translation>&amp;Abgleich</translation>
    </message>
    <message>
        <source>Sync every</source>
        <translation>Abgleichen alle</translation>
    </message>
    <message>
        <source>&amp;Google Contacts:</source>
        <translation>&amp;Google Kontakte:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Asana:</source>
        <translation>&amp;Asana:</translation>
    </message>
    <message>
        <source>Git&amp;Hub:</source>
        <translation>Git&amp;Hub:</translation>
    </message>
    <message>
        <source>or once a day at (UTC)</source>
        <translation>oder einmal täglich um (UTC)</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>&amp;Jira:</source>
        <translation>&amp;Jira:</translation>
    </message>
    <message>
        <source>Asana</source>
        <translation>Asana</translation>
    </message>
    <message>
        <source>Refresh a project's tasks after:</source>
        <translation>Aufgaben eines Projekts auffrischen nach:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Full sync every:</source>
        <translation>Vollständiger Abgleich alle:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>GitHub repositories (owner/name, one per line)</source>
        <translation>GitHub-Repositorys (besitzer/name, eines pro Zeile)</translation>
    </message>
    <message>
        <source>qt/qtbase</source>
        <translation>qt/qtbase</translation>
    </message>
    <message>
        <source>Jira configurations</source>
        <translation>Jira-Konfigurationen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>JQL</source>
        <translation>JQL</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>Data &amp;folder:</source>
        <translation>Daten&amp;ordner:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Start Cairn at &amp;login (in the tray, syncing in the background)</source>
        <translation>Cairn beim &amp;Anmelden starten (im Infobereich, gleicht im Hintergrund ab)</translation>
    </message>
    <message>
        <source>Notify me of:</source>
        <translation>Benachrichtigen bei:</translation>
    </message>
    <message>
        <source>New &amp;Asana tasks assigned to me</source>
        <translation>Neuen &amp;Asana-Aufgaben, die mir zugewiesen sind</translation>
    </message>
    <message>
        <source>&amp;Pull requests where my review is requested</source>
        <translation>&amp;Pull-Requests, bei denen mein Review angefragt ist</translation>
    </message>
    <message>
        <source>&amp;Jira issues assigned to me</source>
        <translation>&amp;Jira-Vorgängen, die mir zugewiesen sind</translation>
    </message>
    <message>
        <source>Shown by the tray icon after a sync brings them in (not for the first sync of an account).</source>
        <translation>Angezeigt vom Symbol im Infobereich, nachdem ein Abgleich sie gebracht hat (nicht beim ersten Abgleich eines Kontos).</translation>
    </message>
    <message>
        <source>Only the &amp;portfolio:</source>
        <translation>Nur das &amp;Portfolio:</translation>
    </message>
    <message>
        <source>its id (empty: every project of the workspace)</source>
        <translation>seine ID (leer: alle Projekte des Arbeitsbereichs)</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <source>Pick from the repositories your GitHub account can see</source>
        <translation>Aus den Repositorys wählen, die Ihr GitHub-Konto sehen kann</translation>
    </message>
    <message>
        <source>&amp;Workspace:</source>
        <translation>&amp;Arbeitsbereich:</translation>
    </message>
    <message>
        <source>its id (empty: the first)</source>
        <translation>seine ID (leer: der erste)</translation>
    </message>
    <message>
        <source>Choos&amp;e…</source>
        <translation>Auswäh&amp;len…</translation>
    </message>
    <message>
        <source>Pick the workspace and the portfolio from your Asana account</source>
        <translation>Arbeitsbereich und Portfolio aus Ihrem Asana-Konto wählen</translation>
    </message>
    <message>
        <source>&amp;Choose projects…</source>
        <translation>Projekte a&amp;uswählen…</translation>
    </message>
    <message>
        <source>Pick the projects of the selected configuration's site, or have Jira check a JQL</source>
        <translation>Die Projekte der Site der gewählten Konfiguration wählen oder eine JQL von Jira prüfen lassen</translation>
    </message>
    <message>
        <source>GitLab projects (group/project, one per line)</source>
        <translation>GitLab-Projekte (Gruppe/Projekt, eines pro Zeile)</translation>
    </message>
    <message>
        <source>gitlab-org/gitlab</source>
        <translation>gitlab-org/gitlab</translation>
    </message>
    <message>
        <source>Choose projec&amp;ts…</source>
        <translation>Projek&amp;te wählen …</translation>
    </message>
    <message>
        <source>Pick from the projects your GitLab account is a member of</source>
        <translation>Aus den Projekten wählen, in denen Ihr GitLab-Konto Mitglied ist</translation>
    </message>
    <message>
        <source>empty: GitLab.com</source>
        <translation>leer: GitLab.com</translation>
    </message>
    <message>
        <source>Self-managed GitLab's API &amp;URL:</source>
        <translation>API-&amp;URL eines selbst betriebenen GitLab:</translation>
    </message>
    <message>
        <source>Git&amp;Lab:</source>
        <translation>Git&amp;Lab:</translation>
    </message>
    <message>
        <source>&amp;Merge requests assigned to me or waiting for my review</source>
        <translation>&amp;Merge Requests, die mir zugewiesen sind oder auf mein Review warten</translation>
    </message>
</context>
<context>
    <name>cairn::AboutDialog</name>
    <message>
        <source>About Cairn</source>
        <translation>Über Cairn</translation>
    </message>
    <message>
        <source>Cairn %1</source>
        <translation>Cairn %1</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Datenordner: %1</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Ctrl+K search everything · Ctrl+F search this page · Ctrl+R sync now · Ctrl+, settings</source>
        <translation>Strg+K alles durchsuchen · Strg+F diese Seite durchsuchen · Strg+R jetzt abgleichen · Strg+, Einstellungen</translation>
    </message>
    <message>
        <source>Tab moves between the sidebar, the filter, the list and the details; arrows move in a list; Enter opens the selected item; Ctrl+Home and Ctrl+End go to the first and the very last item; the Menu key or Shift+F10 opens a source's menu.</source>
        <translation>Tab wechselt zwischen Seitenleiste, Filter, Liste und Details; die Pfeiltasten bewegen sich in einer Liste; Eingabe öffnet den gewählten Eintrag; Strg+Pos1 und Strg+Ende gehen zum ersten und zum allerletzten Eintrag; die Menütaste oder Umschalt+F10 öffnet das Menü einer Quelle.</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Erstellt mit</translation>
    </message>
    <message>
        <source>Qt %1 — GNU LGPL 3</source>
        <translation>Qt %1 — GNU LGPL 3</translation>
    </message>
    <message>
        <source>QtKeychain — BSD licence</source>
        <translation>QtKeychain — BSD-Lizenz</translation>
    </message>
    <message>
        <source>QCoro — MIT licence</source>
        <translation>QCoro — MIT-Lizenz</translation>
    </message>
    <message>
        <source>SQLite — public domain</source>
        <translation>SQLite — gemeinfrei</translation>
    </message>
    <message>
        <source>ICU — ICU licence (Unicode licence)</source>
        <translation>ICU — ICU-Lizenz (Unicode-Lizenz)</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>the last two of a list: "Google Contacts, Asana, GitHub and Jira"</extracomment>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1, kept on this computer: browsable and searchable offline.</source>
        <extracomment>%1: the sources, "Google Contacts, Asana, GitHub and Jira"</extracomment>
        <translation>%1 auf diesem Computer: offline durchsuchbar.</translation>
    </message>
</context>
<context>
    <name>cairn::AccountCommands</name>
    <message>
        <source>internal error during sign-in</source>
        <translation>interner Fehler bei der Anmeldung</translation>
    </message>
    <message>
        <source>; nothing was saved. Use `cairn login %1 --session-only` to sign in and sync this once, keeping the token in memory only</source>
        <translation>; nichts wurde gespeichert. Mit `cairn login %1 --session-only` melden Sie sich an und gleichen einmal ab, das Token bleibt dabei nur im Speicher</translation>
    </message>
    <message>
        <source>usage: cairn login SOURCE [--account NAME] [--token-stdin | --no-browser | --device]</source>
        <translation>Aufruf: cairn login QUELLE [--account NAME] [--token-stdin | --no-browser | --device]</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>die Standardeingabe kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>no client secret on standard input</source>
        <translation>kein Client-Geheimnis auf der Standardeingabe</translation>
    </message>
    <message>
        <source>Sign in with your browser at:</source>
        <translation>Melden Sie sich im Browser an unter:</translation>
    </message>
    <message>
        <source>(no browser could be opened: open the address above yourself)</source>
        <translation>(es konnte kein Browser geöffnet werden: Öffnen Sie die Adresse oben selbst)</translation>
    </message>
    <message>
        <source>Enter the code %1 at %2</source>
        <translation>Geben Sie den Code %1 unter %2 ein</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 (account %3).</source>
        <translation>Bei %1 angemeldet als %2 (Konto %3).</translation>
    </message>
    <message>
        <source>usage: cairn logout SOURCE [--account NAME]</source>
        <translation>Aufruf: cairn logout QUELLE [--account NAME]</translation>
    </message>
    <message>
        <source>Signed out of %1 (account %2); the service revoked the token.</source>
        <translation>Von %1 abgemeldet (Konto %2); der Dienst hat das Token widerrufen.</translation>
    </message>
    <message>
        <source>Signed out of %1 (account %2); its secrets were deleted here. %1 was not asked to revoke the token: revoke it on the service's site if you no longer trust it.</source>
        <translation>Von %1 abgemeldet (Konto %2); seine Geheimnisse wurden hier gelöscht. %1 wurde nicht gebeten, das Token zu widerrufen: Widerrufen Sie es auf der Website des Dienstes, wenn Sie ihm nicht mehr trauen.</translation>
    </message>
    <message>
        <source>No accounts yet: add one with `cairn login SOURCE`.</source>
        <translation>Noch keine Konten: Fügen Sie eines mit `cairn login QUELLE` hinzu.</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>KONTO</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>VERFAHREN</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
</context>
<context>
    <name>cairn::AccountStore</name>
    <message>
        <source>invalid account name "%1": use letters, digits, dot, dash or underscore</source>
        <translation>ungültiger Kontoname „%1“: Verwenden Sie Buchstaben, Ziffern, Punkt, Bindestrich oder Unterstrich</translation>
    </message>
</context>
<context>
    <name>cairn::AccountsDialog</name>
    <message>
        <source>needs sign-in</source>
        <translation>Anmeldung nötig</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>angemeldet</translation>
    </message>
    <message>
        <source>browser sign-in</source>
        <translation>Anmeldung im Browser</translation>
    </message>
    <message>
        <source>personal token</source>
        <translation>persönliches Token</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>Sign in in your browser, then come back here. &lt;a href="%1"&gt;Open the sign-in page again&lt;/a&gt;</source>
        <translation>Melden Sie sich im Browser an und kehren Sie dann hierher zurück. &lt;a href="%1"&gt;Anmeldeseite erneut öffnen&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Enter the code &lt;b&gt;%1&lt;/b&gt; at &lt;a href="%2"&gt;%2&lt;/a&gt;; Cairn waits for it.</source>
        <translation>Geben Sie den Code &lt;b&gt;%1&lt;/b&gt; unter &lt;a href="%2"&gt;%2&lt;/a&gt; ein; Cairn wartet darauf.</translation>
    </message>
    <message>
        <source>Sign in with the browser</source>
        <translation>Im Browser anmelden</translation>
    </message>
    <message>
        <source>Sign in with a code (device)</source>
        <translation>Mit einem Code anmelden (Gerät)</translation>
    </message>
    <message>
        <source>Site, e-mail and API token</source>
        <translation>Site, E-Mail und API-Token</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>Persönliches Zugriffstoken</translation>
    </message>
    <message>
        <source>Enter the new token and press Add account.</source>
        <translation>Geben Sie das neue Token ein und klicken Sie auf „Konto hinzufügen“.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft …</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Remove the account "%1" of %2? Cairn signs out and deletes its secrets from the keychain.</source>
        <translation>Das Konto „%1“ von %2 entfernen? Cairn meldet sich ab und löscht seine Geheimnisse aus dem Schlüsselbund.</translation>
    </message>
    <message>
        <source>Signed out; the service revoked the token.</source>
        <translation>Abgemeldet; der Dienst hat das Token widerrufen.</translation>
    </message>
    <message>
        <source>Signed out; the secrets were deleted. Revoke the token on the service's site if you no longer trust it.</source>
        <translation>Abgemeldet; die Geheimnisse wurden gelöscht. Widerrufen Sie das Token auf der Website des Dienstes, wenn Sie ihm nicht mehr trauen.</translation>
    </message>
    <message>
        <source>Sign-in stopped. Nothing was saved.</source>
        <translation>Anmeldung angehalten. Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>nur lesend</translation>
    </message>
    <message>
        <source>Send changes made in Cairn to %1</source>
        <translation>In Cairn gemachte Änderungen an %1 senden</translation>
    </message>
    <message>
        <source>Edits, new items, deletions and comments you make in Cairn are sent to %1 at the next sync. A field also changed in %1 meanwhile is shown as a conflict, never overwritten.</source>
        <translation>Bearbeitungen, neue Einträge, Löschungen und Kommentare, die Sie in Cairn machen, werden beim nächsten Abgleich an %1 gesendet. Ein Feld, das inzwischen auch in %1 geändert wurde, wird als Konflikt gezeigt, nie überschrieben.</translation>
    </message>
    <message>
        <source>You will be asked to sign in again to allow Cairn to make changes in %1 (this account's sign-in allowed reading only).</source>
        <translation>Sie werden gebeten, sich erneut anzumelden, damit Cairn Änderungen in %1 vornehmen darf (die Anmeldung dieses Kontos erlaubte nur das Lesen).</translation>
    </message>
    <message>
        <source>Read-only (the default): Cairn only reads this account and offers no editing of its items. Ticked, what you change in Cairn is sent to %1 at the next sync.</source>
        <translation>Nur lesend (die Voreinstellung): Cairn liest dieses Konto nur und bietet keine Bearbeitung seiner Einträge an. Angehakt wird, was Sie in Cairn ändern, beim nächsten Abgleich an %1 gesendet.</translation>
    </message>
    <message>
        <source>Changes not sent yet stay in the outbox (the list still marks their items) and are sent once this is on again; `cairn outbox discard` drops them.</source>
        <translation>Noch nicht gesendete Änderungen bleiben im Ausgang (die Liste markiert ihre Einträge weiterhin) und werden gesendet, sobald dies wieder eingeschaltet ist; `cairn outbox discard` verwirft sie.</translation>
    </message>
    <message>
        <source>Cairn could not write its settings file (%1): nothing was changed.</source>
        <translation>Cairn konnte seine Einstellungsdatei nicht schreiben (%1): nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>cairn::AsanaPickerDialog</name>
    <message>
        <source>Workspaces</source>
        <translation>Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Portfolios</source>
        <translation>Portfolios</translation>
    </message>
    <message>
        <source>Choose what to sync from Asana</source>
        <translation>Auswählen, was aus Asana synchronisiert wird</translation>
    </message>
    <message>
        <source>Search portfolios</source>
        <translation>Portfolios durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Workspace:</source>
        <translation>&amp;Arbeitsbereich:</translation>
    </message>
    <message>
        <source>&amp;Sync the projects of:</source>
        <translation>&amp;Projekte synchronisieren von:</translation>
    </message>
    <message>
        <source>Loading the workspaces of your Asana account…</source>
        <translation>Die Arbeitsbereiche Ihres Asana-Kontos werden geladen…</translation>
    </message>
    <message>
        <source>Your Asana account has no workspace yet.</source>
        <translation>Ihr Asana-Konto hat noch keinen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>All projects of the workspace</source>
        <translation>Alle Projekte des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Loading your portfolios in “%1”…</source>
        <translation>Ihre Portfolios in „%1“ werden geladen…</translation>
    </message>
    <message>
        <source>Portfolio %1 (not among your portfolios)</source>
        <translation>Portfolio %1 (nicht unter Ihren Portfolios)</translation>
    </message>
</context>
<context>
    <name>cairn::AsanaProjectsModel</name>
    <message>
        <source>All tasks</source>
        <translation>Alle Aufgaben</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Mir zugewiesen</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>(untitled project)</source>
        <translation>(Projekt ohne Namen)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1  ·  %2</source>
        <translation>%1  ·  %2</translation>
    </message>
    <message numerus="yes">
        <source>%n open task(s)</source>
        <translation>
            <numerusform>%n offene Aufgabe</numerusform>
            <numerusform>%n offene Aufgaben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::AsanaTasksModel</name>
    <message>
        <source>(untitled task)</source>
        <translation>(Aufgabe ohne Namen)</translation>
    </message>
    <message>
        <source>%1 (completed)</source>
        <translation>%1 (abgeschlossen)</translation>
    </message>
    <message>
        <source>%1 (deleted in Asana)</source>
        <translation>%1 (in Asana gelöscht)</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Überfällig: %1</translation>
    </message>
</context>
<context>
    <name>cairn::Autostart</name>
    <message>
        <source>Keeps the cache of your work data fresh</source>
        <translation>Hält den Zwischenspeicher Ihrer Arbeitsdaten aktuell</translation>
    </message>
</context>
<context>
    <name>cairn::ChangeDialog</name>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Strg+Eingabe</translation>
    </message>
</context>
<context>
    <name>cairn::ChangeForm</name>
    <message>
        <source>Unticked: no date</source>
        <translation>Nicht angehakt: kein Datum</translation>
    </message>
</context>
<context>
    <name>cairn::ChangeStatus</name>
    <message>
        <source>Conflict: %1 changed it too — choose which values to keep</source>
        <translation>Konflikt: %1 hat es auch geändert – wählen Sie, welche Werte bleiben</translation>
    </message>
    <message>
        <source>%1 refused a change to it</source>
        <translation>%1 hat eine Änderung daran abgelehnt</translation>
    </message>
    <message>
        <source>Sent to %1; the next sync confirms it</source>
        <translation>An %1 gesendet; der nächste Abgleich bestätigt es</translation>
    </message>
    <message>
        <source>Pending: your change goes to %1 with the next sync</source>
        <translation>Ausstehend: Ihre Änderung geht mit dem nächsten Abgleich an %1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Comment “%1”</source>
        <translation>Kommentar „%1“</translation>
    </message>
    <message>
        <source>%1: sent to %2; the next sync confirms it</source>
        <translation>%1: an %2 gesendet; der nächste Abgleich bestätigt es</translation>
    </message>
    <message>
        <source>%1: %2 refused it: %3</source>
        <translation>%1: von %2 abgelehnt: %3</translation>
    </message>
    <message>
        <source>%1: pending, goes to %2 with the next sync</source>
        <translation>%1: ausstehend, geht mit dem nächsten Abgleich an %2</translation>
    </message>
    <message>
        <source>Made %1. Sync now (Ctrl+R) sends it when you are online.</source>
        <translation>Vorgenommen am %1. „Jetzt abgleichen“ (Strg+R) sendet es, sobald Sie online sind.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Send this change again with the next sync</source>
        <translation>Diese Änderung mit dem nächsten Abgleich erneut senden</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Drop this change: Cairn shows %1's values again</source>
        <translation>Diese Änderung verwerfen: Cairn zeigt wieder die Werte von %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Keep it: nothing is deleted in %1</source>
        <translation>Behalten: In %1 wird nichts gelöscht</translation>
    </message>
</context>
<context>
    <name>cairn::CliCommands</name>
    <message>
        <source>warning:</source>
        <translation>Warnung:</translation>
    </message>
    <message>
        <source>only the first %1 words (and %2 characters) of the query are searched for</source>
        <translation>gesucht wird nur nach den ersten %1 Wörtern (und %2 Zeichen) der Anfrage</translation>
    </message>
    <message>
        <source>no source is set up yet: sign in with `cairn login SOURCE` or set CAIRN_&lt;SOURCE&gt;_TOKEN</source>
        <translation>noch keine Quelle eingerichtet: melden Sie sich mit `cairn login QUELLE` an oder setzen Sie CAIRN_&lt;QUELLE&gt;_TOKEN</translation>
    </message>
    <message>
        <source>the cache was damaged; it was moved to %1 and is rebuilt by a full sync</source>
        <translation>der Zwischenspeicher war beschädigt; er wurde nach %1 verschoben und wird durch einen vollständigen Abgleich neu aufgebaut</translation>
    </message>
    <message>
        <source>search needs words to look for</source>
        <translation>die Suche braucht Wörter, nach denen gesucht werden soll</translation>
    </message>
    <message>
        <source>export needs exactly one --source</source>
        <translation>der Export braucht genau eine --source</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 is not set</source>
        <translation>%1 ist nicht gesetzt</translation>
    </message>
    <message>
        <source>secrets are kept in the keychain, not in cairn.ini: use `cairn login`</source>
        <translation>Geheimnisse liegen im Schlüsselbund, nicht in cairn.ini: verwenden Sie `cairn login`</translation>
    </message>
    <message>
        <source>unknown command "%1" (see cairn --help)</source>
        <translation>unbekannter Befehl „%1“ (siehe cairn --help)</translation>
    </message>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>die Standardausgabe kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>will not write %1: it is a symbolic link (give the file it points to)</source>
        <translation>%1 wird nicht geschrieben: es ist ein symbolischer Link (geben Sie die Datei an, auf die er zeigt)</translation>
    </message>
    <message>
        <source>"%1" is not a setting (see `cairn config list` and the README)</source>
        <translation>„%1“ ist keine Einstellung (siehe `cairn config list` und die README)</translation>
    </message>
    <message>
        <source>cannot save %1 in %2: %3</source>
        <translation>%1 kann nicht in %2 gespeichert werden: %3</translation>
    </message>
    <message>
        <source>the file could not be written</source>
        <translation>die Datei konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1 (`cairn sync` checks the cache and rebuilds it if it is damaged)</source>
        <translation>%1 (`cairn sync` prüft den Zwischenspeicher und baut ihn neu auf, wenn er beschädigt ist)</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>%1: did you mean %2?</source>
        <translation>%1: meinten Sie %2?</translation>
    </message>
    <message>
        <source>unknown source "%1"</source>
        <translation>unbekannte Quelle „%1“</translation>
    </message>
    <message>
        <source>unknown mode "%1"</source>
        <translation>unbekannter Modus „%1“</translation>
    </message>
    <message>
        <source>unknown format "%1"</source>
        <translation>unbekanntes Format „%1“</translation>
    </message>
    <message>
        <source>unknown format "%1" for %2</source>
        <translation>unbekanntes Format „%1“ für %2</translation>
    </message>
    <message>
        <source>--%1 needs a whole number from %2 to %3, not "%4"</source>
        <translation>--%1 braucht eine ganze Zahl von %2 bis %3, nicht „%4“</translation>
    </message>
    <message>
        <source>No sync has run yet: run `cairn sync`.</source>
        <translation>Es lief noch kein Abgleich: führen Sie `cairn sync` aus.</translation>
    </message>
    <message>
        <source>No sync of %1 has run yet: run `cairn sync --source %2`.</source>
        <translation>Es lief noch kein Abgleich von %1: führen Sie `cairn sync --source %2` aus.</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>BEGONNEN</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODUS</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>CALLS</source>
        <translation>AUFRUFE</translation>
    </message>
    <message>
        <source>CHANGES</source>
        <translation>ÄNDERUNGEN</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>CHANGES: +created ~updated -deleted; CALLS: API calls; MS: duration in milliseconds</source>
        <translation>ÄNDERUNGEN: +angelegt ~geändert -gelöscht; AUFRUFE: API-Aufrufe; MS: Dauer in Millisekunden</translation>
    </message>
    <message>
        <source>nothing of %1 is cached yet: run `cairn sync --source %2` first</source>
        <translation>von %1 ist noch nichts zwischengespeichert: führen Sie zuerst `cairn sync --source %2` aus</translation>
    </message>
    <message>
        <source>nothing is cached yet: run `cairn sync` first</source>
        <translation>noch ist nichts zwischengespeichert: führen Sie zuerst `cairn sync` aus</translation>
    </message>
    <message>
        <source>no matches for “%1”</source>
        <translation>keine Treffer für „%1“</translation>
    </message>
    <message>
        <source>"%1" is not a setting: did you mean %2? (see `cairn config list`)</source>
        <translation>„%1“ ist keine Einstellung: meinten Sie %2? (siehe `cairn config list`)</translation>
    </message>
    <message>
        <source>(%1 to %2)</source>
        <translation>(%1 bis %2)</translation>
    </message>
    <message>
        <source>Not a setting of Cairn: remove it with `cairn config unset %1`.</source>
        <translation>Keine Einstellung von Cairn: entfernen Sie sie mit `cairn config unset %1`.</translation>
    </message>
    <message>
        <source>usage: cairn config get KEY | set KEY VALUE | unset KEY | list</source>
        <translation>Aufruf: cairn config get SCHLÜSSEL | set SCHLÜSSEL WERT | unset SCHLÜSSEL | list</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>KONTO</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>NEU</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>GEÄNDERT</translation>
    </message>
    <message>
        <source>DELETED</source>
        <translation>GELÖSCHT</translation>
    </message>
    <message>
        <source>UNCHANGED</source>
        <translation>UNVERÄNDERT</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>BEREICH</translation>
    </message>
    <message>
        <source>LAST SYNC</source>
        <translation>LETZTER ABGLEICH</translation>
    </message>
    <message>
        <source>CACHED</source>
        <translation>IM CACHE</translation>
    </message>
    <message>
        <source>LAST ERROR</source>
        <translation>LETZTER FEHLER</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <source>DEFAULT</source>
        <translation>STANDARD</translation>
    </message>
    <message>
        <source>MEANING</source>
        <translation>BEDEUTUNG</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>SNIPPET</source>
        <translation>AUSZUG</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation>TREFFERWERT</translation>
    </message>
    <message>
        <source>unknown format "%1" for %2 (%3)</source>
        <translation>unbekanntes Format „%1“ für %2 (%3)</translation>
    </message>
    <message>
        <source>--%1 is for %2 only (--source %3)</source>
        <translation>--%1 gilt nur für %2 (--source %3)</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>AKTION</translation>
    </message>
    <message>
        <source>ITEM</source>
        <translation>EINTRAG</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STAND</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>ÄNDERUNG</translation>
    </message>
    <message>
        <source>THEIRS</source>
        <translation>DORT</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to send again with the next sync.</source>
        <translation>
            <numerusform>%n Änderung wird mit dem nächsten Abgleich erneut gesendet.</numerusform>
            <numerusform>%n Änderungen werden mit dem nächsten Abgleich erneut gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) discarded.</source>
        <translation>
            <numerusform>%n Änderung verworfen.</numerusform>
            <numerusform>%n Änderungen verworfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cairn only reads %1: it cannot change its items</source>
        <translation>Cairn liest %1 nur: seine Einträge kann es nicht ändern</translation>
    </message>
    <message>
        <source>writing to %1 is off: `cairn config set %2 true` switches it on (read-only until then)</source>
        <translation>Schreiben nach %1 ist aus: `cairn config set %2 true` schaltet es ein (bis dahin nur lesend)</translation>
    </message>
    <message>
        <source>"%1" is not FIELD=VALUE with a field of %2 you may set here (%3)</source>
        <translation>„%1“ ist nicht FELD=WERT mit einem Feld von %2, das hier gesetzt werden darf (%3)</translation>
    </message>
    <message>
        <source>%1 is a date (yyyy-mm-dd, or empty for none), not "%2"</source>
        <translation>%1 ist ein Datum (jjjj-mm-tt, oder leer für keines), nicht „%2“</translation>
    </message>
    <message>
        <source>%1 is true or false, not "%2"</source>
        <translation>%1 ist true oder false, nicht „%2“</translation>
    </message>
    <message>
        <source>%1 items cannot be %2 in Cairn</source>
        <translation>Einträge von %1 können in Cairn nicht %2 werden</translation>
    </message>
    <message>
        <source>usage: cairn create SOURCE FIELD=VALUE…</source>
        <translation>Aufruf: cairn create QUELLE FELD=WERT…</translation>
    </message>
    <message>
        <source>usage: cairn comment SOURCE ID TEXT</source>
        <translation>Aufruf: cairn comment QUELLE ID TEXT</translation>
    </message>
    <message>
        <source>usage: cairn delete SOURCE ID</source>
        <translation>Aufruf: cairn delete QUELLE ID</translation>
    </message>
    <message>
        <source>usage: cairn edit SOURCE ID FIELD=VALUE…</source>
        <translation>Aufruf: cairn edit QUELLE ID FELD=WERT…</translation>
    </message>
    <message>
        <source>Change %1 queued: it goes to %2 with the next sync (cairn sync --source %3).</source>
        <translation>Änderung %1 vorgemerkt: Sie geht mit dem nächsten Abgleich an %2 (cairn sync --source %3).</translation>
    </message>
    <message>
        <source>usage: cairn outbox [list | retry ID|--all | discard ID|--all]</source>
        <translation>Aufruf: cairn outbox [list | retry ID|--all | discard ID|--all]</translation>
    </message>
    <message>
        <source>Nothing waits to be sent.</source>
        <translation>Nichts wartet auf das Senden.</translation>
    </message>
    <message>
        <source>usage: cairn outbox %1 ID|--all</source>
        <translation>Aufruf: cairn outbox %1 ID|--all</translation>
    </message>
    <message>
        <source>change %1 is not in conflict or failed (see cairn outbox)</source>
        <translation>Änderung %1 ist weder im Konflikt noch gescheitert (siehe cairn outbox)</translation>
    </message>
    <message>
        <source>change %1 is not in the outbox, or is being sent (see cairn outbox)</source>
        <translation>Änderung %1 ist nicht im Ausgang oder wird gerade gesendet (siehe cairn outbox)</translation>
    </message>
    <message>
        <source>writing to %1 is off for the account "%2": switch it on in Accounts in the window (read-only until then)</source>
        <translation>Schreiben nach %1 ist für das Konto „%2“ aus: schalten Sie es im Fenster unter Konten ein (bis dahin nur lesend)</translation>
    </message>
</context>
<context>
    <name>cairn::CommandLine</name>
    <message>
        <source>warning:</source>
        <translation>Warnung:</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Zeigt die Versionsinformationen an.</translation>
    </message>
    <message>
        <source>Log what happens on stderr (see also CAIRN_LOG).</source>
        <translation>Protokolliert auf stderr, was geschieht (siehe auch CAIRN_LOG).</translation>
    </message>
    <message>
        <source>Keep the cache and settings in &lt;dir&gt;.</source>
        <translation>Zwischenspeicher und Einstellungen in &lt;dir&gt; ablegen.</translation>
    </message>
    <message>
        <source>Print one JSON document on stdout.</source>
        <translation>Ein JSON-Dokument auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>auto, full or partial (incremental).</source>
        <translation>auto, full oder partial (inkrementell).</translation>
    </message>
    <message>
        <source>At most &lt;n&gt; entries.</source>
        <translation>Höchstens &lt;n&gt; Einträge.</translation>
    </message>
    <message>
        <source>json, csv or vcard.</source>
        <translation>json, csv oder vcard.</translation>
    </message>
    <message>
        <source>Write to &lt;file&gt; instead of stdout.</source>
        <translation>In &lt;file&gt; statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>Open the window on the built-in simulator with sample data.</source>
        <translation>Das Fenster mit dem eingebauten Simulator und Beispieldaten öffnen.</translation>
    </message>
    <message>
        <source>Print the sign-in address instead of opening a browser.</source>
        <translation>Die Anmeldeadresse ausgeben, statt einen Browser zu öffnen.</translation>
    </message>
    <message>
        <source>Which account of the source (default: "default").</source>
        <translation>Welches Konto der Quelle (Vorgabe: „default“).</translation>
    </message>
    <message>
        <source>Read a personal access token (Jira: API token) from standard input.</source>
        <translation>Ein persönliches Zugriffstoken (Jira: API-Token) von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Read your OAuth app's client secret from standard input (first line) into the keychain.</source>
        <translation>Das Client-Geheimnis Ihrer OAuth-App von der Standardeingabe (erste Zeile) in den Schlüsselbund übernehmen.</translation>
    </message>
    <message>
        <source>Sign in with a code shown here (GitHub device flow).</source>
        <translation>Mit einem hier angezeigten Code anmelden (GitHub-Geräteablauf).</translation>
    </message>
    <message>
        <source>No keychain: keep the token in memory, sync once and forget it.</source>
        <translation>Kein Schlüsselbund: das Token im Speicher behalten, einmal abgleichen und es vergessen.</translation>
    </message>
    <message>
        <source>Jira Cloud site, e.g. https://example.atlassian.net.</source>
        <translation>Jira-Cloud-Site, z. B. https://example.atlassian.net.</translation>
    </message>
    <message>
        <source>E-mail address of the Jira account.</source>
        <translation>E-Mail-Adresse des Jira-Kontos.</translation>
    </message>
    <message>
        <source>Asana: refresh the list of projects only, no tasks.</source>
        <translation>Asana: nur die Liste der Projekte auffrischen, keine Aufgaben.</translation>
    </message>
    <message>
        <source>unknown command "%1": did you mean %2? (see `cairn help`)</source>
        <translation>unbekannter Befehl „%1“: meinten Sie %2? (siehe `cairn help`)</translation>
    </message>
    <message>
        <source>unknown command "%1" (see `cairn help`)</source>
        <translation>unbekannter Befehl „%1“ (siehe `cairn help`)</translation>
    </message>
    <message>
        <source>usage: cairn help [COMMAND | exit-codes]</source>
        <translation>Aufruf: cairn help [BEFEHL | exit-codes]</translation>
    </message>
    <message>
        <source>%1 does not take --%2 (see `cairn help %1`)</source>
        <translation>%1 kennt --%2 nicht (siehe `cairn help %1`)</translation>
    </message>
    <message>
        <source>%1 takes no word "%2" (see `cairn help %1`)</source>
        <translation>%1 nimmt kein Wort „%2“ (siehe `cairn help %1`)</translation>
    </message>
    <message>
        <source>usage: cairn %1</source>
        <translation>Aufruf: cairn %1</translation>
    </message>
    <message>
        <source>(see `cairn help`)</source>
        <translation>(siehe `cairn help`)</translation>
    </message>
    <message>
        <source>no command given (see `cairn help`)</source>
        <translation>kein Befehl angegeben (siehe `cairn help`)</translation>
    </message>
    <message>
        <source>history takes one --source</source>
        <translation>history nimmt eine --source</translation>
    </message>
    <message>
        <source>Show this help (also: cairn help COMMAND).</source>
        <translation>Diese Hilfe zeigen (auch: cairn help BEFEHL).</translation>
    </message>
    <message>
        <source>Fetch what changed from the services into the cache: every source that is set up, or those of --source.</source>
        <translation>Holt, was sich bei den Diensten geändert hat, in den Zwischenspeicher: jede eingerichtete Quelle oder die von --source.</translation>
    </message>
    <message>
        <source>Per source: last sync, counts, state and last error.</source>
        <translation>Je Quelle: letzter Abgleich, Anzahlen, Zustand und letzter Fehler.</translation>
    </message>
    <message>
        <source>The last sync runs, newest first.</source>
        <translation>Die letzten Abgleiche, neueste zuerst.</translation>
    </message>
    <message>
        <source>Search the cache, offline: every word matches the start of a word. Exits 4 when nothing matches.</source>
        <translation>Durchsucht den Zwischenspeicher offline: jedes Wort trifft den Anfang eines Wortes. Endet mit 4, wenn nichts passt.</translation>
    </message>
    <message>
        <source>Write every cached record of one source as JSON (the default), CSV or vCard (contacts).</source>
        <translation>Schreibt jeden zwischengespeicherten Eintrag einer Quelle als JSON (Vorgabe), CSV oder vCard (Kontakte).</translation>
    </message>
    <message>
        <source>Read and change the settings; `cairn config list` shows every key, its value, default and meaning.</source>
        <translation>Liest und ändert die Einstellungen; `cairn config list` zeigt jeden Schlüssel mit Wert, Vorgabe und Bedeutung.</translation>
    </message>
    <message>
        <source>Sign in to a source: in the browser, with a code (GitHub) or a token on standard input.</source>
        <translation>Meldet bei einer Quelle an: im Browser, mit einem Code (GitHub) oder einem Token auf der Standardeingabe.</translation>
    </message>
    <message>
        <source>Sign out of a source: revoke the token where the service can and delete its secrets here.</source>
        <translation>Meldet von einer Quelle ab: widerruft das Token, wo der Dienst es kann, und löscht seine Geheimnisse hier.</translation>
    </message>
    <message>
        <source>The accounts you are signed in to, and how (no secrets).</source>
        <translation>Die Konten, bei denen Sie angemeldet sind, und wie (keine Geheimnisse).</translation>
    </message>
    <message>
        <source>Usage: cairn COMMAND [OPTIONS]</source>
        <translation>Aufruf: cairn BEFEHL [OPTIONEN]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Options of every command:</source>
        <translation>Optionen jedes Befehls:</translation>
    </message>
    <message>
        <source>Without a command, `cairn` opens the window (`cairn --demo`: on the built-in simulator with sample data).</source>
        <translation>Ohne Befehl öffnet `cairn` das Fenster (`cairn --demo`: mit dem eingebauten Simulator und Beispieldaten).</translation>
    </message>
    <message>
        <source>`cairn help COMMAND` shows a command's options and an example; `cairn help exit-codes` what the exit codes mean.</source>
        <translation>`cairn help BEFEHL` zeigt die Optionen eines Befehls und ein Beispiel; `cairn help exit-codes` die Bedeutung der Rückgabewerte.</translation>
    </message>
    <message>
        <source>Usage: cairn %1</source>
        <translation>Aufruf: cairn %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Beispiel:</translation>
    </message>
    <message>
        <source>Exit codes of cairn (a failure also prints one line starting "cairn: " on stderr):</source>
        <translation>Rückgabewerte von cairn (ein Fehler schreibt außerdem eine Zeile, die mit „cairn: “ beginnt, auf stderr):</translation>
    </message>
    <message>
        <source>usage: cairn help --man</source>
        <translation>Aufruf: cairn help --man</translation>
    </message>
    <message>
        <source>usage: cairn completion bash|zsh|fish</source>
        <translation>Aufruf: cairn completion bash|zsh|fish</translation>
    </message>
    <message>
        <source>Print the manual page cairn(1) in man format (man -l &lt;(cairn help --man)).</source>
        <translation>Die Handbuchseite cairn(1) im man-Format ausgeben (man -l &lt;(cairn help --man)).</translation>
    </message>
    <message>
        <source>Help on Cairn, on one command, or on what the exit codes mean; --man prints the manual page.</source>
        <translation>Hilfe zu Cairn, zu einem Befehl oder zur Bedeutung der Exit-Codes; --man gibt die Handbuchseite aus.</translation>
    </message>
    <message>
        <source>Print a completion script for bash, zsh or fish; load it with: source &lt;(cairn completion bash)</source>
        <translation>Ein Vervollständigungsskript für bash, zsh oder fish ausgeben; laden mit: source &lt;(cairn completion bash)</translation>
    </message>
    <message>
        <source>Where the cache and the settings are kept (as --data-dir).</source>
        <translation>Wo Cache und Einstellungen liegen (wie --data-dir).</translation>
    </message>
    <message>
        <source>An access token for that one process, never written anywhere.</source>
        <translation>Ein Zugriffstoken nur für diesen Prozess, nirgends gespeichert.</translation>
    </message>
    <message>
        <source>Log rules (as QT_LOGGING_RULES), or any other value to log everything on stderr.</source>
        <translation>Protokollregeln (wie QT_LOGGING_RULES) oder ein beliebiger anderer Wert, um alles auf stderr zu protokollieren.</translation>
    </message>
    <message>
        <source>The cache (private to you); cairn.ini beside it holds the settings. Secrets live in the keychain only.</source>
        <translation>Der Cache (nur für Sie lesbar); cairn.ini daneben enthält die Einstellungen. Geheimnisse liegen nur im Schlüsselbund.</translation>
    </message>
    <message>
        <source>cairn help COMMAND, cairn help exit-codes, cairn completion bash|zsh|fish</source>
        <translation>cairn help BEFEHL, cairn help exit-codes, cairn completion bash|zsh|fish</translation>
    </message>
    <message>
        <source>A source: %1.</source>
        <translation>Eine Quelle: %1.</translation>
    </message>
    <message>
        <source>Cairn keeps your %1 on your own machine.</source>
        <translation>Cairn hält Ihre %1 auf Ihrem eigenen Rechner.</translation>
    </message>
    <message>
        <source>keep your %1 on your own machine</source>
        <translation>Ihre %1 auf Ihrem eigenen Rechner</translation>
    </message>
    <message>
        <source>Another server for a source (%1), e.g. the simulator.</source>
        <translation>Ein anderer Server für eine Quelle (%1), z. B. der Simulator.</translation>
    </message>
    <message>
        <source>Every change in conflict or failed.</source>
        <translation>Jede Änderung im Konflikt oder gescheitert.</translation>
    </message>
    <message>
        <source>Change an item: shown in the cache at once, sent by the next sync (where `cairn config set SOURCE.write true` allows it).</source>
        <translation>Einen Eintrag ändern: sofort im Cache sichtbar, mit dem nächsten Abgleich gesendet (wo `cairn config set QUELLE.write true` es erlaubt).</translation>
    </message>
    <message>
        <source>Create an item: shown in the cache at once, sent by the next sync.</source>
        <translation>Einen Eintrag anlegen: sofort im Cache sichtbar, mit dem nächsten Abgleich gesendet.</translation>
    </message>
    <message>
        <source>Add a comment to an item, sent by the next sync.</source>
        <translation>Einen Eintrag kommentieren, mit dem nächsten Abgleich gesendet.</translation>
    </message>
    <message>
        <source>Delete an item: gone from the cache at once, from the service with the next sync.</source>
        <translation>Einen Eintrag löschen: sofort aus dem Cache, mit dem nächsten Abgleich aus dem Dienst.</translation>
    </message>
    <message>
        <source>The changes waiting to be sent: retry one in conflict (keeps yours) or failed, or discard it (keeps the service's).</source>
        <translation>Die Änderungen, die auf das Senden warten: eine im Konflikt (behält Ihre) oder gescheiterte erneut senden, oder verwerfen (behält die des Dienstes).</translation>
    </message>
</context>
<context>
    <name>cairn::ConflictView</name>
    <message>
        <source>Keep all mine</source>
        <translation>Alle meine behalten</translation>
    </message>
    <message>
        <source>Take all theirs</source>
        <translation>Alle anderen übernehmen</translation>
    </message>
    <message>
        <source>Send your values again, over %1's</source>
        <translation>Ihre Werte erneut senden, über die von %1</translation>
    </message>
    <message>
        <source>Drop your values of these fields: %1's stay</source>
        <translation>Ihre Werte dieser Felder verwerfen: die von %1 bleiben</translation>
    </message>
    <message>
        <source>%1 changed this too. Which value should stay?</source>
        <translation>%1 hat dies auch geändert. Welcher Wert soll bleiben?</translation>
    </message>
    <message>
        <source>%1 changed these too. Which values should stay?</source>
        <translation>%1 hat diese auch geändert. Welche Werte sollen bleiben?</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihr Wert</translation>
    </message>
    <message>
        <source>%1 now</source>
        <translation>%1 jetzt</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Meinen behalten</translation>
    </message>
    <message>
        <source>Your value goes to %1 again, over theirs</source>
        <translation>Ihr Wert geht erneut an %1, über den dortigen</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Den anderen übernehmen</translation>
    </message>
    <message>
        <source>Your value is dropped: %1's stays</source>
        <translation>Ihr Wert wird verworfen: der von %1 bleibt</translation>
    </message>
</context>
<context>
    <name>cairn::ContactDetailView</name>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>geändert %1</translation>
    </message>
</context>
<context>
    <name>cairn::ContactPane</name>
    <message>
        <source>Edit Contact</source>
        <translation>Kontakt bearbeiten</translation>
    </message>
    <message>
        <source>Change this contact in Cairn: it goes to %1 with the next sync (F2)</source>
        <translation>Diesen Kontakt in Cairn ändern: er geht mit dem nächsten Abgleich an %1 (F2)</translation>
    </message>
    <message>
        <source>Leave the contact as it was (Esc)</source>
        <translation>Den Kontakt lassen, wie er war (Esc)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>Nickname:</source>
        <translation>Spitzname:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>E-&amp;mails:</source>
        <translation>E-&amp;Mails:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>&amp;Phones:</source>
        <translation>&amp;Telefonnummern:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>&amp;Geburtstag:</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>No&amp;tiz:</translation>
    </message>
    <message>
        <source>yyyy-mm-dd, or --mm-dd without the year</source>
        <translation>jjjj-mm-tt, oder --mm-tt ohne Jahr</translation>
    </message>
    <message>
        <source>One a line</source>
        <translation>Eine pro Zeile</translation>
    </message>
    <message>
        <source>The name of the contact's first organization</source>
        <translation>Der Name der ersten Organisation des Kontakts</translation>
    </message>
    <message>
        <source>Delete Contact</source>
        <translation>Kontakt löschen</translation>
    </message>
    <message>
        <source>Delete this contact from %1 with the next sync, after asking (Delete)</source>
        <translation>Diesen Kontakt nach Rückfrage mit dem nächsten Abgleich aus %1 löschen (Entf)</translation>
    </message>
    <message>
        <source>Gro&amp;ups:</source>
        <translation>Gr&amp;uppen:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>The contact groups it is in (Space ticks or unticks one)</source>
        <translation>Die Kontaktgruppen, in denen er ist (Leertaste setzt oder entfernt ein Häkchen)</translation>
    </message>
</context>
<context>
    <name>cairn::ContactsModel</name>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (gelöscht)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>%1 (no name)</source>
        <translation>%1 (ohne Namen)</translation>
    </message>
</context>
<context>
    <name>cairn::ContactsPage</name>
    <message>
        <source>Search contacts (name, e-mail, phone, organization, note)…</source>
        <translation>Kontakte durchsuchen (Name, E-Mail, Telefon, Organisation, Notiz) …</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Kontakte durchsuchen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n Kontakt</numerusform>
            <numerusform>%n Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>No contacts yet — press Sync now</source>
        <translation>Noch keine Kontakte – klicken Sie auf „Jetzt abgleichen“</translation>
    </message>
    <message>
        <source>No contacts match “%1”</source>
        <translation>Keine Kontakte passen zu „%1“</translation>
    </message>
    <message>
        <source>&amp;New contact</source>
        <translation>&amp;Neuer Kontakt</translation>
    </message>
    <message>
        <source>A new contact: shown at once, made in Google Contacts with the next sync (Ctrl+N)</source>
        <translation>Ein neuer Kontakt: sofort angezeigt, mit dem nächsten Abgleich in Google Kontakte angelegt (Strg+N)</translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>Shown at once; made in Google Contacts with the next sync.</source>
        <translation>Sofort angezeigt; mit dem nächsten Abgleich in Google Kontakte angelegt.</translation>
    </message>
</context>
<context>
    <name>cairn::DeviceFlow</name>
    <message>
        <source>%1 has no device sign-in</source>
        <translation>%1 bietet keine Anmeldung per Gerätecode</translation>
    </message>
    <message>
        <source>the code %1 expired before it was entered; start again</source>
        <translation>der Code %1 ist abgelaufen, bevor er eingegeben wurde; beginnen Sie erneut</translation>
    </message>
</context>
<context>
    <name>cairn::ErrorBanner</name>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>cairn::ExitCodes</name>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>failed (network, service, a damaged or newer cache, …)</source>
        <translation>fehlgeschlagen (Netz, Dienst, ein beschädigter oder neuerer Zwischenspeicher, …)</translation>
    </message>
    <message>
        <source>usage: an unknown command, option, source, account, mode, format, number or setting, or a value out of its range</source>
        <translation>Aufruf: ein unbekannter Befehl, eine unbekannte Option, Quelle, Konto, Modus, Format, Zahl oder Einstellung, oder ein Wert außerhalb seines Bereichs</translation>
    </message>
    <message>
        <source>not signed in: a source needs `cairn login` (no token, or the service refused it)</source>
        <translation>nicht angemeldet: eine Quelle braucht `cairn login` (kein Token, oder der Dienst lehnte es ab)</translation>
    </message>
    <message>
        <source>nothing matched (`cairn search`)</source>
        <translation>nichts gefunden (`cairn search`)</translation>
    </message>
    <message>
        <source>cannot create: the data folder or --output is read-only, forbidden, not a folder, or a symbolic link</source>
        <translation>kann nicht anlegen: der Datenordner oder --output ist schreibgeschützt, verboten, kein Ordner oder ein symbolischer Link</translation>
    </message>
    <message>
        <source>I/O error: the disk is full or failed (standard output included)</source>
        <translation>E/A-Fehler: der Datenträger ist voll oder defekt (auch die Standardausgabe)</translation>
    </message>
    <message>
        <source>busy: another Cairn process is syncing the same source; try again later</source>
        <translation>belegt: ein anderer Cairn-Prozess gleicht dieselbe Quelle ab; versuchen Sie es später erneut</translation>
    </message>
</context>
<context>
    <name>cairn::GlobalSearch</name>
    <message>
        <source>(only the first %1 words were searched for)</source>
        <translation>(gesucht wurde nur nach den ersten %1 Wörtern)</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Alles durchsuchen</translation>
    </message>
    <message>
        <source>Search contacts, projects, tasks, pull requests, issues…</source>
        <translation>Kontakte, Projekte, Aufgaben, Pull Requests, Vorgänge durchsuchen…</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Asana projects</source>
        <translation>Asana-Projekte</translation>
    </message>
    <message>
        <source>Asana tasks</source>
        <translation>Asana-Aufgaben</translation>
    </message>
    <message>
        <source>Pull requests</source>
        <translation>Pull Requests</translation>
    </message>
    <message>
        <source>Jira issues</source>
        <translation>Jira-Vorgänge</translation>
    </message>
    <message>
        <source>Type to search every source at once — it works offline.</source>
        <translation>Tippen, um alle Quellen auf einmal zu durchsuchen – auch offline.</translation>
    </message>
    <message>
        <source>The cache cannot be read: %1</source>
        <translation>Der Zwischenspeicher kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Nichts passt zu „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) in %1 ms — Enter opens the selected one</source>
        <translation>
            <numerusform>%n Treffer in %1 ms – Eingabe öffnet den gewählten</numerusform>
            <numerusform>%n Treffer in %1 ms – Eingabe öffnet den gewählten</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge requests</source>
        <translation>Merge Requests</translation>
    </message>
</context>
<context>
    <name>cairn::GoogleMapper</name>
    <message>
        <source>unexpected answer from Google People: an entry of "%1" is not an object</source>
        <translation>unerwartete Antwort von Google People: ein Eintrag von „%1“ ist kein Objekt</translation>
    </message>
    <message>
        <source>unexpected answer from Google People: a person without resourceName</source>
        <translation>unerwartete Antwort von Google People: eine Person ohne resourceName</translation>
    </message>
    <message>
        <source>unexpected answer from Google People: a contact group without resourceName</source>
        <translation>unerwartete Antwort von Google People: eine Kontaktgruppe ohne resourceName</translation>
    </message>
</context>
<context>
    <name>cairn::HttpClient</name>
    <message>
        <source>refusing to send credentials over plain http to %1 (https is required)</source>
        <translation>Zugangsdaten werden nicht unverschlüsselt per http an %1 gesendet (https ist erforderlich)</translation>
    </message>
    <message>
        <source>network error talking to %1 (%2 attempts): %3</source>
        <translation>Netzwerkfehler bei der Verbindung mit %1 (%2 Versuche): %3</translation>
    </message>
    <message>
        <source>%1 keeps answering 429 Too Many Requests (rate limited); try again later</source>
        <translation>%1 antwortet weiterhin mit 429 Too Many Requests (Ratenbegrenzung); versuchen Sie es später erneut</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 after %3 attempts</source>
        <translation>%1 antwortete nach %3 Versuchen mit HTTP %2</translation>
    </message>
    <message>
        <source>%1 is rate limiting requests (HTTP %2); try again in %3 min</source>
        <translation>%1 begrenzt die Anfragen (HTTP %2); versuchen Sie es in %3 Min. erneut</translation>
    </message>
    <message>
        <source>%1 sent an answer larger than %2 MiB; it was not read (a page of any service is far smaller)</source>
        <translation>%1 schickte eine Antwort größer als %2 MiB; sie wurde nicht gelesen (eine Seite jedes Dienstes ist weit kleiner)</translation>
    </message>
    <message>
        <source>%1 took over %2 s to send one answer (%3 bytes by then); it was not read</source>
        <translation>%1 brauchte über %2 s für eine Antwort (bis dahin %3 Bytes); sie wurde nicht gelesen</translation>
    </message>
    <message>
        <source>%1 redirected to another address (%2); not followed, so your credentials stay with %1</source>
        <translation>%1 leitete an eine andere Adresse weiter (%2); nicht gefolgt, damit Ihre Zugangsdaten bei %1 bleiben</translation>
    </message>
    <message>
        <source>elsewhere</source>
        <translation>anderswohin</translation>
    </message>
    <message>
        <source>network error talking to %1</source>
        <translation>Netzwerkfehler im Austausch mit %1</translation>
    </message>
    <message>
        <source>%1 asked to be left alone for %3 min (HTTP %2, Retry-After); try again then</source>
        <translation>%1 bat um %3 Min. Ruhe (HTTP %2, Retry-After); versuchen Sie es dann erneut</translation>
    </message>
    <message>
        <source>refusing to send credentials to %1 (https is required)</source>
        <translation>Zugangsdaten werden nicht an %1 gesendet (https ist nötig)</translation>
    </message>
</context>
<context>
    <name>cairn::ItemPane</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Keep the change: shown at once, sent to %1 with the next sync (Ctrl+Enter)</source>
        <translation>Änderung übernehmen: sofort angezeigt, mit dem nächsten Abgleich an %1 gesendet (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Not kept: %1</source>
        <translation>Nicht übernommen: %1</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete “%1” from %2? It is deleted there at the next sync.</source>
        <translation>„%1“ aus %2 löschen? Es wird dort beim nächsten Abgleich gelöscht.</translation>
    </message>
    <message>
        <source>Until then, Undo in this pane keeps it.</source>
        <translation>Bis dahin behält „Rückgängig“ in diesem Bereich es.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>cairn::JiraIssuesModel</name>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (gelöscht)</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
</context>
<context>
    <name>cairn::JiraIssuesPage</name>
    <message>
        <source>Jira issues</source>
        <translation>Jira-Vorgänge</translation>
    </message>
    <message>
        <source>Issue details</source>
        <translation>Vorgangsdetails</translation>
    </message>
    <message>
        <source>Jira: nothing synced yet</source>
        <translation>Jira: noch nichts abgeglichen</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, last sync %3, %n issue(s)</source>
        <translation>
            <numerusform>%1: %2, letzter Abgleich %3, %n Vorgang</numerusform>
            <numerusform>%1: %2, letzter Abgleich %3, %n Vorgänge</numerusform>
        </translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>nie abgeglichen</translation>
    </message>
    <message>
        <source>Jira: no configuration synced yet.</source>
        <translation>Jira: noch keine Konfiguration abgeglichen.</translation>
    </message>
    <message>
        <source>Deleted in Jira (or no longer matched by the configuration's JQL)</source>
        <translation>In Jira gelöscht (oder von der JQL der Konfiguration nicht mehr erfasst)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Melder</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>No description</source>
        <translation>Keine Beschreibung</translation>
    </message>
    <message>
        <source>Search issues (key, summary, people, description)…</source>
        <translation>Vorgänge durchsuchen (Schlüssel, Zusammenfassung, Personen, Beschreibung)…</translation>
    </message>
    <message>
        <source>Search issues</source>
        <translation>Vorgänge durchsuchen</translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s)</source>
        <translation>
            <numerusform>%n Vorgang</numerusform>
            <numerusform>%n Vorgänge</numerusform>
        </translation>
    </message>
    <message>
        <source>No Jira issues yet. Choose the Jira site and the search whose issues to keep here.</source>
        <translation>Noch keine Jira-Vorgänge. Wählen Sie die Jira-Site und die Suche, deren Vorgänge hier aufbewahrt werden.</translation>
    </message>
    <message>
        <source>No issues match “%1”</source>
        <translation>Keine Vorgänge passen zu „%1“</translation>
    </message>
    <message>
        <source>Select an issue to see its details and description.</source>
        <translation>Wählen Sie einen Vorgang, um Details und Beschreibung zu sehen.</translation>
    </message>
    <message>
        <source>Set up Jira…</source>
        <translation>Jira einrichten …</translation>
    </message>
    <message>
        <source>Open in Jira</source>
        <translation>In Jira öffnen</translation>
    </message>
</context>
<context>
    <name>cairn::JiraProjectPickerDialog</name>
    <message>
        <source>&amp;Advanced: edit the JQL</source>
        <translation>&amp;Erweitert: JQL bearbeiten</translation>
    </message>
    <message>
        <source>Choose Jira projects</source>
        <translation>Jira-Projekte auswählen</translation>
    </message>
    <message>
        <source>Search by name or key</source>
        <translation>Nach Name oder Schlüssel suchen</translation>
    </message>
    <message>
        <source>Search projects</source>
        <translation>Projekte durchsuchen</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>JQL</source>
        <translation>JQL</translation>
    </message>
    <message>
        <source>Loading the projects of %1…</source>
        <translation>Die Projekte von %1 werden geladen…</translation>
    </message>
    <message>
        <source>Not among this site's projects</source>
        <translation>Nicht unter den Projekten dieser Site</translation>
    </message>
    <message>
        <source>Your Jira account cannot see any project on this site.</source>
        <translation>Ihr Jira-Konto sieht auf dieser Site kein Projekt.</translation>
    </message>
    <message>
        <source>Chosen: %1 · Shown: %2 of %3</source>
        <translation>Ausgewählt: %1 · Angezeigt: %2 von %3</translation>
    </message>
    <message>
        <source>Problem with the JQL</source>
        <translation>Problem mit der JQL</translation>
    </message>
    <message>
        <source>Write a JQL query, e.g. project = ABC.</source>
        <translation>Schreiben Sie eine JQL-Abfrage, z. B. project = ABC.</translation>
    </message>
    <message>
        <source>Tick at least one project, or write a JQL query.</source>
        <translation>Haken Sie mindestens ein Projekt an oder schreiben Sie eine JQL-Abfrage.</translation>
    </message>
    <message>
        <source>Jira is checking the JQL…</source>
        <translation>Jira prüft die JQL…</translation>
    </message>
    <message>
        <source>This JQL has no search restriction: add one, e.g. project = ABC, so that Cairn syncs a bounded set of issues.</source>
        <translation>Diese JQL schränkt die Suche nicht ein: Fügen Sie eine Einschränkung hinzu, z. B. project = ABC, damit Cairn eine begrenzte Menge von Vorgängen synchronisiert.</translation>
    </message>
    <message>
        <source>Jira could not check the JQL (%1).</source>
        <translation>Jira konnte die JQL nicht prüfen (%1).</translation>
    </message>
</context>
<context>
    <name>cairn::ListPage</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform><numerusform>%n Treffer</numerusform></translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>cairn::LocalChanges</name>
    <message>
        <source>Writing to %1 is off for the account "%2": Cairn only reads it.</source>
        <translation>Schreiben nach %1 ist für das Konto „%2“ aus: Cairn liest es nur.</translation>
    </message>
</context>
<context>
    <name>cairn::MainWindow</name>
    <message>
        <source>Demo — data from the built-in simulator</source>
        <translation>Demo – Daten aus dem eingebauten Simulator</translation>
    </message>
    <message>
        <source>Cannot open the cache: %1</source>
        <translation>Der Zwischenspeicher kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Jetzt abgleichen</translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation>Abgleich &amp;abbrechen</translation>
    </message>
    <message>
        <source>Show &amp;deleted</source>
        <translation>&amp;Gelöschte anzeigen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Demo</source>
        <translation>&amp;Demo</translation>
    </message>
    <message>
        <source>Simulate &amp;changes</source>
        <translation>Änderungen &amp;simulieren</translation>
    </message>
    <message>
        <source>Let the simulator add, change and delete a few contacts; then sync to see them arrive</source>
        <translation>Den Simulator einige Kontakte hinzufügen, ändern und löschen lassen; danach abgleichen, um sie ankommen zu sehen</translation>
    </message>
    <message numerus="yes">
        <source>The simulator changed %n contact(s) — press Sync now</source>
        <translation>
            <numerusform>Der Simulator hat %n Kontakt geändert – klicken Sie auf „Jetzt abgleichen“</numerusform>
            <numerusform>Der Simulator hat %n Kontakte geändert – klicken Sie auf „Jetzt abgleichen“</numerusform>
        </translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>%1 — starting…</source>
        <translation>%1 – wird gestartet …</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n change(s)</source>
        <translation>
            <numerusform>%1: %n Änderung</numerusform>
            <numerusform>%1: %n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the sync failed.</source>
        <translation>%1: Der Abgleich ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Fetch what changed in every source that is set up (Ctrl+R).</source>
        <translation>Holt, was sich in jeder eingerichteten Quelle geändert hat (Strg+R).</translation>
    </message>
    <message>
        <source>Also list items deleted in their service (greyed)</source>
        <translation>Auch Einträge zeigen, die im Dienst gelöscht wurden (ausgegraut)</translation>
    </message>
    <message>
        <source>Search &amp;everything…</source>
        <translation>&amp;Alles durchsuchen…</translation>
    </message>
    <message>
        <source>Search every source at once, offline too (Ctrl+K)</source>
        <translation>Alle Quellen auf einmal durchsuchen, auch offline (Strg+K)</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>This kind of item has no page in this version yet.</source>
        <translation>Für diese Art von Eintrag gibt es in dieser Version noch keine Seite.</translation>
    </message>
    <message>
        <source>That item is no longer in the cache.</source>
        <translation>Dieser Eintrag ist nicht mehr im Zwischenspeicher.</translation>
    </message>
    <message>
        <source>&amp;Sync %1 now</source>
        <translation>%1 jetzt &amp;abgleichen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Konten …</translation>
    </message>
    <message>
        <source>Set up…</source>
        <translation>Einrichten …</translation>
    </message>
    <message>
        <source>Set &amp;up %1…</source>
        <translation>%1 &amp;einrichten …</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Anmelden …</translation>
    </message>
    <message>
        <source>Choose repositories…</source>
        <translation>Repositorys wählen …</translation>
    </message>
    <message>
        <source>Set up Jira…</source>
        <translation>Jira einrichten …</translation>
    </message>
    <message>
        <source>No source is set up yet: choose one on the left and press Set up….</source>
        <translation>Noch ist keine Quelle eingerichtet: Wählen Sie links eine und klicken Sie auf „Einrichten …“.</translation>
    </message>
    <message>
        <source>Add a &amp;service…</source>
        <translation>&amp;Dienst hinzufügen …</translation>
    </message>
    <message>
        <source>Sign in to another service (the welcome page)</source>
        <translation>Bei einem weiteren Dienst anmelden (die Willkommensseite)</translation>
    </message>
    <message>
        <source>Starting the first sync…</source>
        <translation>Die erste Synchronisierung beginnt …</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>&amp;Filter this page</source>
        <translation>Diese Seite &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Cairn</source>
        <translation>Ü&amp;ber Cairn</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Abgleichen</translation>
    </message>
    <message>
        <source>Nothing is set up yet.</source>
        <translation>Noch ist nichts eingerichtet.</translation>
    </message>
    <message>
        <source>Choose GitLab projects…</source>
        <translation>GitLab-Projekte wählen …</translation>
    </message>
</context>
<context>
    <name>cairn::MergeRequestsModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 ✓</source>
        <translation>%1 ✓</translation>
    </message>
    <message>
        <source>Approved by %1</source>
        <translation>Genehmigt von %1</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>!</source>
        <translation>!</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Genehmigungen</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
</context>
<context>
    <name>cairn::MergeRequestsPage</name>
    <message>
        <source>Search merge requests (project, !number, title, author, branch, label)…</source>
        <translation>Merge Requests durchsuchen (Projekt, !Nummer, Titel, Autor, Branch, Label) …</translation>
    </message>
    <message>
        <source>Search merge requests</source>
        <translation>Merge Requests durchsuchen</translation>
    </message>
    <message>
        <source>Merge requests</source>
        <translation>Merge Requests</translation>
    </message>
    <message>
        <source>Merge request details</source>
        <translation>Details des Merge Requests</translation>
    </message>
    <message>
        <source>Select a merge request to see its description and approvals.</source>
        <translation>Wählen Sie einen Merge Request, um seine Beschreibung und Genehmigungen zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n merge request(s)</source>
        <translation>
            <numerusform>%n Merge Request</numerusform>
            <numerusform>%n Merge Requests</numerusform>
        </translation>
    </message>
    <message>
        <source>No merge requests yet. Choose the GitLab projects to keep here; Cairn syncs them on its schedule.</source>
        <translation>Noch keine Merge Requests. Wählen Sie die GitLab-Projekte, die hier aufbewahrt werden; Cairn gleicht sie nach seinem Zeitplan ab.</translation>
    </message>
    <message>
        <source>No merge requests match “%1”</source>
        <translation>Keine Merge Requests passen zu „%1“</translation>
    </message>
    <message>
        <source>Choose projects…</source>
        <translation>Projekte wählen …</translation>
    </message>
    <message>
        <source>Open in GitLab</source>
        <translation>In GitLab öffnen</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
    <message>
        <source>Branch: %1 → %2</source>
        <translation>Branch: %1 → %2</translation>
    </message>
    <message>
        <source>Assignees: %1</source>
        <translation>Zugewiesen: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>Reviewers: %1</source>
        <translation>Reviewer: %1</translation>
    </message>
    <message>
        <source>Labels: %1</source>
        <translation>Labels: %1</translation>
    </message>
    <message>
        <source>Approvals: none yet</source>
        <translation>Genehmigungen: noch keine</translation>
    </message>
    <message>
        <source>Approved by %1</source>
        <translation>Genehmigt von %1</translation>
    </message>
    <message>
        <source>%1 required, %2 missing</source>
        <translation>%1 erforderlich, %2 fehlen</translation>
    </message>
    <message>
        <source>%1 required</source>
        <translation>%1 erforderlich</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n Kommentar</numerusform>
            <numerusform>%n Kommentare</numerusform>
        </translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(keine Beschreibung)</translation>
    </message>
</context>
<context>
    <name>cairn::NotSetUpPage</name>
    <message>
        <source>Set up…</source>
        <translation>Einrichten …</translation>
    </message>
    <message>
        <source>%1 is not set up yet.
Sign in to an account to keep its data on this computer, browsable and searchable offline.</source>
        <translation>%1 ist noch nicht eingerichtet.
Melden Sie sich bei einem Konto an, um seine Daten auf diesem Computer zu behalten – offline durchsuchbar.</translation>
    </message>
    <message>
        <source>%1 is not available in this version yet.</source>
        <translation>%1 ist in dieser Version noch nicht verfügbar.</translation>
    </message>
    <message>
        <source>Set up %1…</source>
        <translation>%1 einrichten …</translation>
    </message>
</context>
<context>
    <name>cairn::OAuthConfig</name>
    <message>
        <source>no OAuth client id for %1: register an OAuth app with the service and set %2.oauth.client_id</source>
        <translation>keine OAuth-Client-ID für %1: Registrieren Sie beim Dienst eine OAuth-App und setzen Sie %2.oauth.client_id</translation>
    </message>
    <message>
        <source>the OAuth endpoints of %1 are not set</source>
        <translation>die OAuth-Endpunkte von %1 sind nicht gesetzt</translation>
    </message>
</context>
<context>
    <name>cairn::OAuthFlow</name>
    <message numerus="yes">
        <source>no answer from the browser within %n minute(s); sign-in cancelled</source>
        <translation>
            <numerusform>keine Antwort vom Browser innerhalb von %n Minute; Anmeldung abgebrochen</numerusform>
            <numerusform>keine Antwort vom Browser innerhalb von %n Minuten; Anmeldung abgebrochen</numerusform>
        </translation>
    </message>
    <message>
        <source>sign-in cancelled</source>
        <translation>Anmeldung abgebrochen</translation>
    </message>
    <message>
        <source>%1 refused the sign-in: %2</source>
        <translation>%1 hat die Anmeldung abgelehnt: %2</translation>
    </message>
    <message>
        <source>the browser came back without an authorization code</source>
        <translation>der Browser kam ohne Autorisierungscode zurück</translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1 port %1 for the sign-in answer (in use?)</source>
        <translation>auf 127.0.0.1 Port %1 kann nicht auf die Anmeldeantwort gewartet werden (belegt?)</translation>
    </message>
    <message>
        <source>Cairn is signed in. You can close this page.</source>
        <translation>Cairn ist angemeldet. Sie können diese Seite schließen.</translation>
    </message>
    <message>
        <source>the token endpoint %1 redirected to another address (%2); not followed, so the sign-in's secrets stay with it</source>
        <translation>der Token-Endpunkt %1 leitete an eine andere Adresse weiter (%2); nicht gefolgt, damit die Geheimnisse der Anmeldung bei ihm bleiben</translation>
    </message>
</context>
<context>
    <name>cairn::PeoplePage</name>
    <message>
        <source>&amp;Link names…</source>
        <translation>Namen &amp;verknüpfen…</translation>
    </message>
    <message>
        <source>Find a person…</source>
        <translation>Person suchen…</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Person suchen</translation>
    </message>
    <message>
        <source>Names this person goes by elsewhere (a GitHub login, another spelling), one per line</source>
        <translation>Namen, unter denen diese Person anderswo bekannt ist (ein GitHub-Login, eine andere Schreibweise), einer pro Zeile</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Link names</source>
        <translation>Namen verknüpfen</translation>
    </message>
    <message>
        <source>Other names of this person (one per line):</source>
        <translation>Weitere Namen dieser Person (einer pro Zeile):</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>No people yet — people come from your contacts</source>
        <translation>Noch keine Personen – Personen kommen aus Ihren Kontakten</translation>
    </message>
    <message>
        <source>Nobody matches “%1”</source>
        <translation>Niemand passt zu „%1“</translation>
    </message>
</context>
<context>
    <name>cairn::PersonView</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>None in the cache.</source>
        <translation>Keine im Zwischenspeicher.</translation>
    </message>
    <message>
        <source>Select a person to see everything about them.</source>
        <translation>Wählen Sie eine Person, um alles über sie zu sehen.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>also known as %1</source>
        <translation>auch bekannt als %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig %1</translation>
    </message>
    <message>
        <source>Asana tasks assigned</source>
        <translation>Zugewiesene Asana-Aufgaben</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>eröffnet</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>Pull requests opened or reviewed</source>
        <translation>Eröffnete oder geprüfte Pull Requests</translation>
    </message>
    <message>
        <source>Jira issues assigned or reported</source>
        <translation>Zugewiesene oder gemeldete Jira-Vorgänge</translation>
    </message>
    <message>
        <source>Cannot read this person: %1</source>
        <translation>Diese Person kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>zugewiesen</translation>
    </message>
    <message>
        <source>Merge requests opened, assigned or to review</source>
        <translation>Eröffnete, zugewiesene oder zu prüfende Merge Requests</translation>
    </message>
</context>
<context>
    <name>cairn::PhotoCache</name>
    <message>
        <source>the photo's address is not a secure one (https)</source>
        <translation>die Adresse des Fotos ist keine sichere (https)</translation>
    </message>
    <message>
        <source>the photo is larger than 5 MB</source>
        <translation>das Foto ist größer als 5 MB</translation>
    </message>
    <message>
        <source>the photo could not be fetched: %1</source>
        <translation>das Foto konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>the photo's data is not an image</source>
        <translation>die Daten des Fotos sind kein Bild</translation>
    </message>
    <message>
        <source>the photo could not be kept: %1</source>
        <translation>das Foto konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>the photo took over a minute to arrive</source>
        <translation>das Foto brauchte über eine Minute</translation>
    </message>
</context>
<context>
    <name>cairn::PickerDialog</name>
    <message>
        <source>%1 did not accept your account's sign-in: sign in again under Accounts.</source>
        <translation>%1 hat die Anmeldung Ihres Kontos nicht angenommen: Melden Sie sich unter Konten erneut an.</translation>
    </message>
    <message>
        <source>Cairn cannot reach %1: check the network connection and try again.</source>
        <translation>Cairn erreicht %1 nicht: Prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 did not give the list (%2).</source>
        <translation>%1 hat die Liste nicht geliefert (%2).</translation>
    </message>
    <message>
        <source>Cairn is not signed in to %1: add your %1 account under Accounts first.</source>
        <translation>Cairn ist nicht bei %1 angemeldet: Fügen Sie zuerst unter Konten Ihr %1-Konto hinzu.</translation>
    </message>
</context>
<context>
    <name>cairn::ProjectPickerDialog</name>
    <message>
        <source>Choose GitLab projects</source>
        <translation>GitLab-Projekte wählen</translation>
    </message>
    <message>
        <source>Search by path, name or description</source>
        <translation>Nach Pfad, Name oder Beschreibung suchen</translation>
    </message>
    <message>
        <source>Search projects</source>
        <translation>Projekte durchsuchen</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Loading the projects your GitLab account is a member of…</source>
        <translation>Die Projekte, in denen Ihr GitLab-Konto Mitglied ist, werden geladen …</translation>
    </message>
    <message>
        <source>Not among your projects</source>
        <translation>Nicht unter Ihren Projekten</translation>
    </message>
    <message>
        <source>Your GitLab account is not a member of any project yet.</source>
        <translation>Ihr GitLab-Konto ist noch in keinem Projekt Mitglied.</translation>
    </message>
    <message>
        <source>Chosen: %1 · Shown: %2 of %3</source>
        <translation>Ausgewählt: %1 · Angezeigt: %2 von %3</translation>
    </message>
</context>
<context>
    <name>cairn::ProjectsPage</name>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
</context>
<context>
    <name>cairn::PullsModel</name>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>changes requested</source>
        <translation>Änderungen angefordert</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <source>review requested</source>
        <translation>Review angefordert</translation>
    </message>
    <message>
        <source>commented</source>
        <translation>kommentiert</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Review-Status</translation>
    </message>
</context>
<context>
    <name>cairn::PullsPage</name>
    <message>
        <source>Pull requests</source>
        <translation>Pull-Requests</translation>
    </message>
    <message>
        <source>Pull request details</source>
        <translation>Pull-Request-Details</translation>
    </message>
    <message>
        <source>No repository synced yet.</source>
        <translation>Noch kein Repository abgeglichen.</translation>
    </message>
    <message>
        <source>Select a pull request to see its description and reviews.</source>
        <translation>Wählen Sie einen Pull-Request aus, um Beschreibung und Reviews zu sehen.</translation>
    </message>
    <message>
        <source>Labels: %1</source>
        <translation>Labels: %1</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(keine Beschreibung)</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <source>No reviews yet.</source>
        <translation>Noch keine Reviews.</translation>
    </message>
    <message>
        <source>Search pull requests (repository, number, title, author, branch, label)…</source>
        <translation>Pull Requests durchsuchen (Repository, Nummer, Titel, Autor, Branch, Label)…</translation>
    </message>
    <message>
        <source>Search pull requests</source>
        <translation>Pull Requests durchsuchen</translation>
    </message>
    <message numerus="yes">
        <source>%n pull request(s)</source>
        <translation>
            <numerusform>%n Pull Request</numerusform>
            <numerusform>%n Pull Requests</numerusform>
        </translation>
    </message>
    <message>
        <source>No pull requests yet. Choose the repositories to keep here; Cairn syncs them on its schedule.</source>
        <translation>Noch keine Pull Requests. Wählen Sie die Repositorys, die hier aufbewahrt werden; Cairn gleicht sie nach seinem Zeitplan ab.</translation>
    </message>
    <message>
        <source>No pull requests match “%1”</source>
        <translation>Keine Pull Requests passen zu „%1“</translation>
    </message>
    <message>
        <source>Choose repositories…</source>
        <translation>Repositorys wählen …</translation>
    </message>
    <message>
        <source>Open in GitHub</source>
        <translation>In GitHub öffnen</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
</context>
<context>
    <name>cairn::RelativeTime</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>am %1</translation>
    </message>
</context>
<context>
    <name>cairn::RepoPickerDialog</name>
    <message>
        <source>Choose GitHub repositories</source>
        <translation>GitHub-Repositorys auswählen</translation>
    </message>
    <message>
        <source>Search by name or description</source>
        <translation>Nach Name oder Beschreibung suchen</translation>
    </message>
    <message>
        <source>Search repositories</source>
        <translation>Repositorys durchsuchen</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Sichtbarkeit</translation>
    </message>
    <message>
        <source>Last push</source>
        <translation>Letzter Push</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Repositories</source>
        <translation>Repositorys</translation>
    </message>
    <message>
        <source>Loading the repositories your GitHub account can see…</source>
        <translation>Die Repositorys, die Ihr GitHub-Konto sehen kann, werden geladen …</translation>
    </message>
    <message>
        <source>Cairn is not signed in to GitHub: add your GitHub account under Accounts first, or type the repositories in the box.</source>
        <translation>Cairn ist nicht bei GitHub angemeldet: Fügen Sie zuerst unter Konten Ihr GitHub-Konto hinzu oder tippen Sie die Repositorys in das Feld.</translation>
    </message>
    <message>
        <source>GitHub did not accept your account's sign-in: sign in again under Accounts, or type the repositories in the box.</source>
        <translation>GitHub hat die Anmeldung Ihres Kontos nicht akzeptiert: Melden Sie sich unter Konten erneut an oder tippen Sie die Repositorys in das Feld.</translation>
    </message>
    <message>
        <source>Cairn cannot reach GitHub: check the network connection and try again, or type the repositories in the box.</source>
        <translation>Cairn erreicht GitHub nicht: Prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut oder tippen Sie die Repositorys in das Feld.</translation>
    </message>
    <message>
        <source>GitHub's list of your repositories could not be loaded (%1).</source>
        <translation>GitHubs Liste Ihrer Repositorys konnte nicht geladen werden (%1).</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Not among this account's repositories</source>
        <translation>Nicht unter den Repositorys dieses Kontos</translation>
    </message>
    <message>
        <source>Your GitHub account cannot see any repositories yet.</source>
        <translation>Ihr GitHub-Konto sieht noch keine Repositorys.</translation>
    </message>
    <message>
        <source>Chosen: %1 · Shown: %2 of %3</source>
        <translation>Ausgewählt: %1 · Angezeigt: %2 von %3</translation>
    </message>
</context>
<context>
    <name>cairn::SearchIndex</name>
    <message>
        <source>Asana project</source>
        <translation>Asana-Projekt</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>erledigt</translation>
    </message>
</context>
<context>
    <name>cairn::SecretStore</name>
    <message>
        <source>No keychain (Secret Service) is available: %1</source>
        <translation>Kein Schlüsselbund (Secret Service) verfügbar: %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>the keychain refused: %1</source>
        <translation>der Schlüsselbund hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>the keyring is locked (%1)</source>
        <translation>der Schlüsselbund ist gesperrt (%1)</translation>
    </message>
    <message>
        <source>the keyring prompt was dismissed (%1)</source>
        <translation>die Abfrage des Schlüsselbunds wurde geschlossen (%1)</translation>
    </message>
</context>
<context>
    <name>cairn::ServiceApi</name>
    <message numerus="yes">
        <source>%1 handed out the same next page twice in one listing (it would never end); stopped after %n page(s)</source>
        <translation>
            <numerusform>%1 gab in einer Auflistung dieselbe nächste Seite zweimal aus (sie endete nie); nach %n Seite abgebrochen</numerusform>
            <numerusform>%1 gab in einer Auflistung dieselbe nächste Seite zweimal aus (sie endete nie); nach %n Seiten abgebrochen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::ServiceCard</name>
    <message>
        <source>Your contacts — names, e-mail addresses, phone numbers, organisations, photos and groups.</source>
        <translation>Ihre Kontakte – Namen, E-Mail-Adressen, Telefonnummern, Organisationen, Fotos und Gruppen.</translation>
    </message>
    <message>
        <source>Your projects and tasks, with assignees, due dates, notes and comments.</source>
        <translation>Ihre Projekte und Aufgaben, mit Zuständigen, Fälligkeiten, Notizen und Kommentaren.</translation>
    </message>
    <message>
        <source>The pull requests of the repositories you choose, with their reviews.</source>
        <translation>Die Pull-Requests der Repositorys Ihrer Wahl, mit ihren Reviews.</translation>
    </message>
    <message>
        <source>The issues of the projects you choose, with status, assignee, description and comments.</source>
        <translation>Die Vorgänge der Projekte Ihrer Wahl, mit Status, Zuständigen, Beschreibung und Kommentaren.</translation>
    </message>
    <message>
        <source>GitHub's sign-in grants access to your repositories; Cairn only reads pull requests. A fine-grained token with read-only access to pull requests is enough.</source>
        <translation>Die Anmeldung bei GitHub gewährt Zugriff auf Ihre Repositorys; Cairn liest nur Pull-Requests. Ein fein abgestuftes Token mit Lesezugriff auf Pull-Requests genügt.</translation>
    </message>
    <message>
        <source>Asks for read-only access to Jira issues and users (read:jira-work, read:jira-user).</source>
        <translation>Bittet um Lesezugriff auf Jira-Vorgänge und -Benutzer (read:jira-work, read:jira-user).</translation>
    </message>
    <message>
        <source>Sign in with Google</source>
        <translation>Mit Google anmelden</translation>
    </message>
    <message>
        <source>Sign in with Asana</source>
        <translation>Mit Asana anmelden</translation>
    </message>
    <message>
        <source>Sign in with GitHub</source>
        <translation>Mit GitHub anmelden</translation>
    </message>
    <message>
        <source>Sign in with Atlassian</source>
        <translation>Mit Atlassian anmelden</translation>
    </message>
    <message>
        <source>1. In %1, create a project and enable the People API.&lt;br&gt;2. Create an OAuth client ID of type &lt;i&gt;Desktop app&lt;/i&gt;.&lt;br&gt;3. Enter its client ID and client secret here.</source>
        <translation>1. Legen Sie in der %1 ein Projekt an und aktivieren Sie die People API.&lt;br&gt;2. Erstellen Sie eine OAuth-Client-ID vom Typ &lt;i&gt;Desktop-App&lt;/i&gt;.&lt;br&gt;3. Geben Sie hier deren Client-ID und Client-Secret ein.</translation>
    </message>
    <message>
        <source>Google Cloud console</source>
        <translation>Google Cloud Console</translation>
    </message>
    <message>
        <source>1. In %1, create a new app.&lt;br&gt;2. Under OAuth, add the redirect URL &lt;tt&gt;%2&lt;/tt&gt;.&lt;br&gt;3. Enter its client ID and client secret here.</source>
        <translation>1. Legen Sie in der %1 eine neue App an.&lt;br&gt;2. Fügen Sie unter OAuth die Weiterleitungsadresse &lt;tt&gt;%2&lt;/tt&gt; hinzu.&lt;br&gt;3. Geben Sie hier deren Client-ID und Client-Secret ein.</translation>
    </message>
    <message>
        <source>Asana's developer console</source>
        <translation>Entwicklerkonsole von Asana</translation>
    </message>
    <message>
        <source>1. In %1, register a new OAuth app (any homepage; callback &lt;tt&gt;http://127.0.0.1/&lt;/tt&gt;).&lt;br&gt;2. Tick &lt;i&gt;Enable Device Flow&lt;/i&gt;.&lt;br&gt;3. Enter its client ID (and, to revoke on sign-out, a client secret) here.</source>
        <translation>1. Registrieren Sie in den %1 eine neue OAuth-App (beliebige Homepage; Callback &lt;tt&gt;http://127.0.0.1/&lt;/tt&gt;).&lt;br&gt;2. Kreuzen Sie &lt;i&gt;Enable Device Flow&lt;/i&gt; an.&lt;br&gt;3. Geben Sie hier deren Client-ID (und, um beim Abmelden zu widerrufen, ein Client-Secret) ein.</translation>
    </message>
    <message>
        <source>GitHub's developer settings</source>
        <translation>Entwicklereinstellungen von GitHub</translation>
    </message>
    <message>
        <source>1. In %1, create an OAuth 2.0 integration.&lt;br&gt;2. Add the callback URL &lt;tt&gt;%2&lt;/tt&gt; and the Jira permissions read:jira-work and read:jira-user.&lt;br&gt;3. Enter its client ID and secret here.</source>
        <translation>1. Legen Sie in der %1 eine OAuth-2.0-Integration an.&lt;br&gt;2. Fügen Sie die Callback-Adresse &lt;tt&gt;%2&lt;/tt&gt; und die Jira-Berechtigungen read:jira-work und read:jira-user hinzu.&lt;br&gt;3. Geben Sie hier deren Client-ID und Secret ein.</translation>
    </message>
    <message>
        <source>Atlassian's developer console</source>
        <translation>Entwicklerkonsole von Atlassian</translation>
    </message>
    <message>
        <source>Keep for this session only</source>
        <translation>Nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>Keep the token in memory until Cairn quits, without the keyring</source>
        <translation>Das Token bis zum Beenden von Cairn im Speicher behalten, ohne Schlüsselbund</translation>
    </message>
    <message>
        <source>Waiting for the browser… Sign in there, then come back here. %1</source>
        <translation>Warten auf den Browser … Melden Sie sich dort an und kehren Sie dann hierher zurück. %1</translation>
    </message>
    <message>
        <source>Open the sign-in page again</source>
        <translation>Die Anmeldeseite erneut öffnen</translation>
    </message>
    <message>
        <source>Enter the code &lt;b&gt;%1&lt;/b&gt; at %2 — Cairn waits for it.</source>
        <translation>Geben Sie den Code &lt;b&gt;%1&lt;/b&gt; unter %2 ein – Cairn wartet darauf.</translation>
    </message>
    <message>
        <source>Use an API token</source>
        <translation>Ein API-Token verwenden</translation>
    </message>
    <message>
        <source>Use a personal access token</source>
        <translation>Ein persönliches Zugriffstoken verwenden</translation>
    </message>
    <message>
        <source>Use your own OAuth app…</source>
        <translation>Eigene OAuth-App verwenden …</translation>
    </message>
    <message>
        <source>https://your-team.atlassian.net</source>
        <translation>https://ihr-team.atlassian.net</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site:</translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation>sie@example.org</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>API-&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Where do I get one?</source>
        <translation>Wo bekomme ich eines?</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Enter the site, your e-mail address and the API token.</source>
        <translation>Geben Sie die Site, Ihre E-Mail-Adresse und das API-Token ein.</translation>
    </message>
    <message>
        <source>Enter the token.</source>
        <translation>Geben Sie das Token ein.</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>Kept in the keyring, never in a file</source>
        <translation>Im Schlüsselbund aufbewahrt, nie in einer Datei</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Secret:</translation>
    </message>
    <message>
        <source>Save and sign in</source>
        <translation>Speichern und anmelden</translation>
    </message>
    <message>
        <source>Enter the client ID and the client secret of your app.</source>
        <translation>Geben Sie die Client-ID und das Client-Secret Ihrer App ein.</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Code kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Choose what to sync…</source>
        <translation>Auswählen, was synchronisiert wird …</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>This copy of Cairn comes without a sign-in app for %1: use a token, or register your own OAuth app (a few minutes at the service).</source>
        <translation>Diese Ausgabe von Cairn bringt keine Anmelde-App für %1 mit: Verwenden Sie ein Token oder registrieren Sie Ihre eigene OAuth-App (ein paar Minuten beim Dienst).</translation>
    </message>
    <message>
        <source>This copy of Cairn comes without a sign-in app for %1: register your own OAuth app (a few minutes at the service) and sign in with it.</source>
        <translation>Diese Ausgabe von Cairn bringt keine Anmelde-App für %1 mit: Registrieren Sie Ihre eigene OAuth-App (ein paar Minuten beim Dienst) und melden Sie sich damit an.</translation>
    </message>
    <message>
        <source>Not set up</source>
        <translation>Nicht eingerichtet</translation>
    </message>
    <message>
        <source>Needs sign-in</source>
        <translation>Anmeldung nötig</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Angemeldet.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <source>Sign-in stopped. Nothing was saved.</source>
        <translation>Anmeldung angehalten. Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft …</translation>
    </message>
    <message>
        <source>The merge requests of the GitLab projects you choose, with their approvals, on GitLab.com or a self-managed GitLab (its address goes in Settings).</source>
        <translation>Die Merge Requests der GitLab-Projekte, die Sie wählen, mit ihren Genehmigungen – auf GitLab.com oder einem selbst betriebenen GitLab (dessen Adresse gehört in die Einstellungen).</translation>
    </message>
    <message>
        <source>Asks for read-only access to the API (read_api). A personal access token works too: in GitLab, Preferences → Access tokens, with the scope read_api.</source>
        <translation>Fragt nach Lesezugriff auf die API (read_api). Ein persönliches Zugriffstoken geht auch: in GitLab unter Einstellungen → Zugriffstoken, mit dem Geltungsbereich read_api.</translation>
    </message>
    <message>
        <source>Sign in with GitLab</source>
        <translation>Mit GitLab anmelden</translation>
    </message>
    <message>
        <source>1. In %1, add a new application: redirect URI &lt;tt&gt;%2&lt;/tt&gt;, not confidential, scope read_api.&lt;br&gt;2. Enter its application ID here.</source>
        <translation>1. Fügen Sie in den %1 eine neue Anwendung hinzu: Weiterleitungs-URI &lt;tt&gt;%2&lt;/tt&gt;, nicht vertraulich, Geltungsbereich read_api.&lt;br&gt;2. Geben Sie hier ihre Anwendungs-ID ein.</translation>
    </message>
    <message>
        <source>GitLab's application settings</source>
        <translation>Anwendungseinstellungen von GitLab</translation>
    </message>
    <message>
        <source>Asana's sign-in grants access to your workspaces; Cairn only reads from them until you switch writing on.</source>
        <translation>Die Anmeldung bei Asana gewährt Zugriff auf Ihre Arbeitsbereiche; Cairn liest nur daraus, bis Sie das Schreiben einschalten.</translation>
    </message>
    <message>
        <source>Asks for read-only access to your contacts. Cairn changes them only once you switch writing on (it then asks for access that edits them).</source>
        <translation>Bittet um Lesezugriff auf Ihre Kontakte. Cairn ändert sie erst, wenn Sie das Schreiben einschalten (dann bittet es um Zugriff, der sie bearbeitet).</translation>
    </message>
</context>
<context>
    <name>cairn::Settings</name>
    <message>
        <source>Google Contacts</source>
        <translation>Google Kontakte</translation>
    </message>
    <message>
        <source>Asana</source>
        <translation>Asana</translation>
    </message>
    <message>
        <source>GitHub</source>
        <translation>GitHub</translation>
    </message>
    <message>
        <source>Jira</source>
        <translation>Jira</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>sie ist ein Ordner</translation>
    </message>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>sie kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>sie ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>line %1 holds binary data</source>
        <translation>Zeile %1 enthält Binärdaten</translation>
    </message>
    <message>
        <source>line %1 is not a setting ("%2")</source>
        <translation>Zeile %1 ist keine Einstellung („%2“)</translation>
    </message>
    <message>
        <source>it cannot be parsed</source>
        <translation>sie kann nicht gelesen werden (kein gültiges INI)</translation>
    </message>
    <message>
        <source>it cannot be read</source>
        <translation>sie kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the settings file %1 cannot be used: %2; fix or remove it</source>
        <translation>die Einstellungsdatei %1 ist nicht verwendbar: %2; bitte korrigieren oder entfernen</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not "%4"</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein, nicht „%4“</translation>
    </message>
    <message>
        <source>Minutes between two syncs of %1 while the window or the tray runs.</source>
        <translation>Minuten zwischen zwei Abgleichen von %1, solange das Fenster oder das Tray-Symbol läuft.</translation>
    </message>
    <message>
        <source>Also sync %1 once a day at this time (HH:mm, UTC).</source>
        <translation>%1 außerdem einmal täglich zu dieser Zeit abgleichen (HH:mm, UTC).</translation>
    </message>
    <message>
        <source>Sync %1 even without a signed-in account (a token from the environment).</source>
        <translation>%1 auch ohne angemeldetes Konto abgleichen (ein Token aus der Umgebung).</translation>
    </message>
    <message>
        <source>The address of the %1 API (CAIRN_&lt;SOURCE&gt;_API_URL overrides it).</source>
        <translation>Die Adresse der API von %1 (CAIRN_&lt;QUELLE&gt;_API_URL hat Vorrang).</translation>
    </message>
    <message>
        <source>The client id of your own OAuth app for %1 (its secret: `cairn login --client-secret-stdin`).</source>
        <translation>Die Client-ID Ihrer eigenen OAuth-App für %1 (ihr Geheimnis: `cairn login --client-secret-stdin`).</translation>
    </message>
    <message>
        <source>The OAuth scopes asked of %1 at sign-in.</source>
        <translation>Die OAuth-Berechtigungen, die bei der Anmeldung an %1 erbeten werden.</translation>
    </message>
    <message>
        <source>%1's OAuth authorization endpoint.</source>
        <translation>Der OAuth-Autorisierungsendpunkt von %1.</translation>
    </message>
    <message>
        <source>%1's OAuth token endpoint.</source>
        <translation>Der OAuth-Token-Endpunkt von %1.</translation>
    </message>
    <message>
        <source>%1's endpoint that revokes a token at logout.</source>
        <translation>Der Endpunkt von %1, der beim Abmelden ein Token widerruft.</translation>
    </message>
    <message>
        <source>%1's device-code endpoint (`cairn login --device`).</source>
        <translation>Der Gerätecode-Endpunkt von %1 (`cairn login --device`).</translation>
    </message>
    <message>
        <source>%1's endpoint that lists the sites a sign-in may read.</source>
        <translation>Der Endpunkt von %1, der die Sites auflistet, die eine Anmeldung lesen darf.</translation>
    </message>
    <message>
        <source>The loopback port the browser returns to after signing in to %1 (0: any free port).</source>
        <translation>Der lokale Port, zu dem der Browser nach der Anmeldung bei %1 zurückkehrt (0: ein beliebiger freier Port).</translation>
    </message>
    <message>
        <source>Where contact photos are fetched from instead of Google's photo host.</source>
        <translation>Woher Kontaktfotos statt von Googles Foto-Server geholt werden.</translation>
    </message>
    <message>
        <source>The id of the Asana workspace to sync (default: the first).</source>
        <translation>Die ID des abzugleichenden Asana-Arbeitsbereichs (Vorgabe: der erste).</translation>
    </message>
    <message>
        <source>Sync only the projects of this Asana portfolio (its id).</source>
        <translation>Nur die Projekte dieses Asana-Portfolios abgleichen (seine ID).</translation>
    </message>
    <message>
        <source>Hours after which an Asana project's tasks are listed again, not only its events.</source>
        <translation>Stunden, nach denen die Aufgaben eines Asana-Projekts wieder aufgelistet werden, nicht nur seine Ereignisse.</translation>
    </message>
    <message>
        <source>Days between two full syncs of %1.</source>
        <translation>Tage zwischen zwei vollständigen Abgleichen von %1.</translation>
    </message>
    <message>
        <source>The repositories whose pull requests are synced (owner/name, separated by spaces or commas).</source>
        <translation>Die Repositories, deren Pull Requests abgeglichen werden (besitzer/name, durch Leerzeichen oder Kommas getrennt).</translation>
    </message>
    <message>
        <source>The API address of a GitHub Enterprise server.</source>
        <translation>Die API-Adresse eines GitHub-Enterprise-Servers.</translation>
    </message>
    <message>
        <source>The longest wait for GitHub's rate limit to reset before a sync stops.</source>
        <translation>Die längste Wartezeit auf das Zurücksetzen von GitHubs Ratenlimit, bevor ein Abgleich abbricht.</translation>
    </message>
    <message>
        <source>The names of the Jira configurations to sync (default: every jira.&lt;name&gt;.jql).</source>
        <translation>Die Namen der abzugleichenden Jira-Konfigurationen (Vorgabe: jedes jira.&lt;name&gt;.jql).</translation>
    </message>
    <message>
        <source>Hours between two sweeps for deleted Jira issues.</source>
        <translation>Stunden zwischen zwei Suchläufen nach gelöschten Jira-Vorgängen.</translation>
    </message>
    <message>
        <source>The Jira Cloud site of a configuration (https://example.atlassian.net).</source>
        <translation>Die Jira-Cloud-Site einer Konfiguration (https://example.atlassian.net).</translation>
    </message>
    <message>
        <source>The JQL of a configuration: which issues are synced.</source>
        <translation>Die JQL einer Konfiguration: welche Vorgänge abgeglichen werden.</translation>
    </message>
    <message>
        <source>Start Cairn in the tray when you log in.</source>
        <translation>Cairn beim Anmelden im Tray starten.</translation>
    </message>
    <message>
        <source>Notify of new Asana tasks assigned to you.</source>
        <translation>Über neue Asana-Aufgaben benachrichtigen, die Ihnen zugewiesen sind.</translation>
    </message>
    <message>
        <source>Notify of pull requests waiting for your review.</source>
        <translation>Über Pull Requests benachrichtigen, die auf Ihr Review warten.</translation>
    </message>
    <message>
        <source>Notify of Jira issues newly assigned to you.</source>
        <translation>Über Jira-Vorgänge benachrichtigen, die Ihnen neu zugewiesen wurden.</translation>
    </message>
    <message>
        <source>Kept by Cairn itself.</source>
        <translation>Von Cairn selbst verwaltet.</translation>
    </message>
    <message>
        <source>%1 must be true or false, not "%2"</source>
        <translation>%1 muss true oder false sein, nicht „%2“</translation>
    </message>
    <message>
        <source>%1 must be a time of day such as 07:30, not "%2"</source>
        <translation>%1 muss eine Uhrzeit wie 07:30 sein, nicht „%2“</translation>
    </message>
    <message>
        <source>%1 must be a web address (https://…), not "%2"</source>
        <translation>%1 muss eine Webadresse sein (https://…), nicht „%2“</translation>
    </message>
    <message>
        <source>The share of the token's hourly GitHub quota (in percent) that background syncs leave to your other tools and to Sync now.</source>
        <translation>Der Anteil des stündlichen GitHub-Kontingents des Tokens (in Prozent), den Hintergrund-Synchronisierungen Ihren anderen Werkzeugen und „Jetzt synchronisieren“ lassen.</translation>
    </message>
    <message>
        <source>GitLab</source>
        <translation>GitLab</translation>
    </message>
    <message>
        <source>The projects whose merge requests are synced (group/project paths or project ids, separated by spaces or commas).</source>
        <translation>Die Projekte, deren Merge Requests abgeglichen werden (Pfade gruppe/projekt oder Projekt-IDs, durch Leerzeichen oder Kommas getrennt).</translation>
    </message>
    <message>
        <source>The API address of a self-managed GitLab (https://gitlab.example.com/api/v4).</source>
        <translation>Die API-Adresse eines selbst verwalteten GitLab (https://gitlab.example.com/api/v4).</translation>
    </message>
    <message>
        <source>Hours between two complete listings of %1, which find deleted merge requests.</source>
        <translation>Stunden zwischen zwei vollständigen Auflistungen von %1, die gelöschte Merge Requests finden.</translation>
    </message>
    <message>
        <source>Notify of merge requests assigned to you or waiting for your review.</source>
        <translation>Über Merge Requests benachrichtigen, die Ihnen zugewiesen sind oder auf Ihr Review warten.</translation>
    </message>
    <message>
        <source>Send the changes you make to Asana tasks in Cairn to Asana (off: Cairn only reads, and keeps your changes until you switch it on). An account's own switch in Accounts… comes first.</source>
        <translation>Ihre Änderungen an Asana-Aufgaben in Cairn an Asana senden (aus: Cairn liest nur und behält Ihre Änderungen, bis Sie es einschalten). Der eigene Schalter eines Kontos unter „Konten …“ geht vor.</translation>
    </message>
    <message>
        <source>Send the changes you make to Google contacts in Cairn to Google (it needs the scope that edits contacts: sign in again after switching it on; off: Cairn only reads, and keeps your changes until you switch it on). An account's own switch in Accounts… comes first.</source>
        <translation>Ihre Änderungen an Google-Kontakten in Cairn an Google senden (dafür braucht es die Berechtigung, Kontakte zu bearbeiten: nach dem Einschalten erneut anmelden; aus: Cairn liest nur und behält Ihre Änderungen, bis Sie es einschalten). Der eigene Schalter eines Kontos unter „Konten …“ geht vor.</translation>
    </message>
</context>
<context>
    <name>cairn::SettingsDialog</name>
    <message>
        <source>Cairn uses a new folder from its next start. To keep the cache, move cairn.sqlite there; otherwise the next sync fetches everything again.</source>
        <translation>Cairn verwendet einen neuen Ordner ab dem nächsten Start. Um den Zwischenspeicher zu behalten, verschieben Sie cairn.sqlite dorthin; sonst holt der nächste Abgleich alles neu.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>“%1” is not a repository: write owner/name, e.g. qt/qtbase.</source>
        <translation>„%1“ ist kein Repository: schreiben Sie besitzer/name, z. B. qt/qtbase.</translation>
    </message>
    <message>
        <source>Jira configuration names use lower-case letters, digits, - and _ (row %1).</source>
        <translation>Namen von Jira-Konfigurationen bestehen aus Kleinbuchstaben, Ziffern, - und _ (Zeile %1).</translation>
    </message>
    <message>
        <source>There are two Jira configurations named “%1”.</source>
        <translation>Es gibt zwei Jira-Konfigurationen namens „%1“.</translation>
    </message>
    <message>
        <source>The Jira configuration “%1” needs a site, e.g. https://example.atlassian.net.</source>
        <translation>Die Jira-Konfiguration „%1“ braucht eine Site, z. B. https://example.atlassian.net.</translation>
    </message>
    <message>
        <source>The Jira configuration “%1” needs a JQL query that bounds it, e.g. project = ABC.</source>
        <translation>Die Jira-Konfiguration „%1“ braucht eine eingrenzende JQL-Abfrage, z. B. project = ABC.</translation>
    </message>
    <message>
        <source>The data folder must be a full path.</source>
        <translation>Der Datenordner muss ein vollständiger Pfad sein.</translation>
    </message>
    <message>
        <source>An Asana portfolio id is a number: the one in the portfolio's address.</source>
        <translation>Eine Asana-Portfolio-ID ist eine Zahl: die in der Adresse des Portfolios.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Type the site of the Jira configuration first, e.g. https://example.atlassian.net.</source>
        <translation>Tippen Sie zuerst die Site der Jira-Konfiguration ein, z. B. https://example.atlassian.net.</translation>
    </message>
    <message>
        <source>An Asana workspace id is a number: use Choose… to pick the workspace.</source>
        <translation>Eine Asana-Arbeitsbereichs-ID ist eine Zahl: Wählen Sie den Arbeitsbereich mit „Auswählen…“.</translation>
    </message>
    <message>
        <source>“%1” is not a GitLab project: write group/project (or its id), e.g. gitlab-org/gitlab.</source>
        <translation>„%1“ ist kein GitLab-Projekt: Schreiben Sie Gruppe/Projekt (oder seine ID), z. B. gitlab-org/gitlab.</translation>
    </message>
    <message>
        <source>“%1” is not an address: write the API address of your GitLab, e.g. https://gitlab.example.com/api/v4, or leave it empty for GitLab.com.</source>
        <translation>„%1“ ist keine Adresse: Schreiben Sie die API-Adresse Ihres GitLab, z. B. https://gitlab.example.com/api/v4, oder lassen Sie das Feld für GitLab.com leer.</translation>
    </message>
</context>
<context>
    <name>cairn::Sidebar</name>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Each source with its status, then People and Sync history</source>
        <translation>Jede Quelle mit ihrem Status, dann Personen und Abgleichverlauf</translation>
    </message>
</context>
<context>
    <name>cairn::SignIn</name>
    <message>
        <source>%1 needs the OAuth client secret of your app: enter it in Accounts, or use `cairn login %2 --client-secret-stdin`</source>
        <translation>%1 braucht das OAuth-Client-Geheimnis Ihrer App: Geben Sie es unter „Konten“ ein oder verwenden Sie `cairn login %2 --client-secret-stdin`</translation>
    </message>
    <message>
        <source>Jira did not list a site this sign-in may use (accessible-resources: HTTP %1)</source>
        <translation>Jira hat keine Site genannt, die diese Anmeldung nutzen darf (accessible-resources: HTTP %1)</translation>
    </message>
    <message>
        <source>%1 has no device sign-in</source>
        <translation>%1 bietet keine Anmeldung per Gerätecode</translation>
    </message>
    <message>
        <source>the token is empty</source>
        <translation>das Token ist leer</translation>
    </message>
    <message>
        <source>%1 has no personal tokens: sign in with the browser</source>
        <translation>%1 kennt keine persönlichen Tokens: Melden Sie sich im Browser an</translation>
    </message>
    <message>
        <source>no account "%1" for %2</source>
        <translation>kein Konto „%1“ für %2</translation>
    </message>
    <message>
        <source>the sign-in was stopped</source>
        <translation>die Anmeldung wurde angehalten</translation>
    </message>
    <message>
        <source>unknown source "%1" (%2)</source>
        <translation>unbekannte Quelle „%1“ (%2)</translation>
    </message>
    <message>
        <source>%1 takes no site and e-mail address: use --token-stdin alone</source>
        <translation>%1 kennt keine Site und E-Mail-Adresse: Verwenden Sie --token-stdin allein</translation>
    </message>
    <message>
        <source>the %1 site must be an https address, like %2</source>
        <translation>die %1-Site muss eine https-Adresse sein, etwa %2</translation>
    </message>
    <message>
        <source>the e-mail address of the %1 account is missing</source>
        <translation>die E-Mail-Adresse des %1-Kontos fehlt</translation>
    </message>
</context>
<context>
    <name>cairn::SignInRequest</name>
    <message>
        <source>The sign-in was stopped.</source>
        <translation>Die Anmeldung wurde angehalten.</translation>
    </message>
    <message>
        <source>The keyring is locked — unlock it in the prompt, or keep this sign-in for this session only.</source>
        <translation>Der Schlüsselbund ist gesperrt – entsperren Sie ihn in der Abfrage, oder behalten Sie diese Anmeldung nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>The keyring's prompt was dismissed, so nothing was saved. Sign in again to be asked once more, or keep this sign-in for this session only.</source>
        <translation>Die Abfrage des Schlüsselbunds wurde geschlossen, daher wurde nichts gespeichert. Melden Sie sich erneut an, um noch einmal gefragt zu werden, oder behalten Sie diese Anmeldung nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>No keychain (Secret Service) is available: %1</source>
        <translation>Kein Schlüsselbund (Secret Service) verfügbar: %1</translation>
    </message>
    <message>
        <source>Nothing was saved. Cairn can keep the token for this session only, in memory.</source>
        <translation>Nichts wurde gespeichert. Cairn kann das Token nur für diese Sitzung im Speicher behalten.</translation>
    </message>
    <message>
        <source>Signed in to %1 — for this session only.</source>
        <translation>Bei %1 angemeldet – nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>Signed in to %1.</source>
        <translation>Bei %1 angemeldet.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 — for this session only.</source>
        <translation>Bei %1 angemeldet als %2 – nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Bei %1 angemeldet als %2.</translation>
    </message>
</context>
<context>
    <name>cairn::Sources</name>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n Aufgabe</numerusform>
            <numerusform>%n Aufgaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 open), %n review(s)</source>
        <translation>
            <numerusform>%1 (%2 offen), %n Review</numerusform>
            <numerusform>%1 (%2 offen), %n Reviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pull request(s)</source>
        <translation>
            <numerusform>%n Pull Request</numerusform>
            <numerusform>%n Pull Requests</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 deleted)</source>
        <translation>%1 (%2 gelöscht)</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n Kontakt</numerusform>
            <numerusform>%n Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s)</source>
        <translation>
            <numerusform>%n Vorgang</numerusform>
            <numerusform>%n Vorgänge</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 open, %3 approved)</source>
        <translation>%1 (%2 offen, %3 freigegeben)</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>freigegeben</translation>
    </message>
    <message numerus="yes">
        <source>%n merge request(s)</source>
        <translation>
            <numerusform>%n Merge Request</numerusform>
            <numerusform>%n Merge Requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::SourcesModel</name>
    <message>
        <source>not set up</source>
        <translation>nicht eingerichtet</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>nie abgeglichen</translation>
    </message>
    <message>
        <source>synced</source>
        <translation>abgeglichen</translation>
    </message>
    <message>
        <source>syncing %1 of %2</source>
        <translation>gleicht ab: %1 von %2</translation>
    </message>
    <message>
        <source>syncing</source>
        <translation>gleicht ab</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>needs sign-in</source>
        <translation>Anmeldung nötig</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1 — not set up</source>
        <translation>%1 – nicht eingerichtet</translation>
    </message>
    <message>
        <source>%1 — never synced</source>
        <translation>%1 – nie abgeglichen</translation>
    </message>
    <message>
        <source>%1 — synced %2</source>
        <translation>%1 – abgeglichen %2</translation>
    </message>
    <message>
        <source>%1 — %2 of %3</source>
        <translation>%1 – %2 von %3</translation>
    </message>
    <message>
        <source>%1 — syncing…</source>
        <translation>%1 – gleicht ab …</translation>
    </message>
    <message>
        <source>%1 — sync failed: %2</source>
        <translation>%1 – Abgleich fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 — needs sign-in</source>
        <translation>%1 – Anmeldung nötig</translation>
    </message>
    <message>
        <source>%1 — last sync cancelled</source>
        <translation>%1 – letzter Abgleich abgebrochen</translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>abgeglichen %1</translation>
    </message>
    <message>
        <source>sync failed: %1</source>
        <translation>Abgleich fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Sync history</source>
        <translation>Abgleichverlauf</translation>
    </message>
    <message>
        <source>Everything a person did in every source</source>
        <translation>Alles, was eine Person in jeder Quelle getan hat</translation>
    </message>
    <message>
        <source>Every sync run, its API calls and time</source>
        <translation>Jeder Abgleich, seine API-Aufrufe und seine Dauer</translation>
    </message>
</context>
<context>
    <name>cairn::SyncEngine</name>
    <message>
        <source>unknown or unsupported source "%1"</source>
        <translation>unbekannte oder nicht unterstützte Quelle „%1“</translation>
    </message>
    <message>
        <source>%1 is already syncing</source>
        <translation>%1 wird bereits abgeglichen</translation>
    </message>
    <message>
        <source>another Cairn process is syncing %1; try again when it has finished</source>
        <translation>ein anderer Cairn-Prozess gleicht %1 ab; versuchen Sie es erneut, wenn er fertig ist</translation>
    </message>
    <message>
        <source>internal error: %1</source>
        <translation>interner Fehler: %1</translation>
    </message>
    <message>
        <source>cannot create the lock file in %1: %2</source>
        <translation>die Sperrdatei in %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>the file could not be written</source>
        <translation>die Datei konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>not signed in — run `cairn login %1` (or set %2)</source>
        <translation>nicht angemeldet — führen Sie `cairn login %1` aus (oder setzen Sie %2)</translation>
    </message>
    <message>
        <source>%1 asked to slow down: waiting %2 s</source>
        <translation>%1 bittet, langsamer zu werden: %2 s Pause</translation>
    </message>
</context>
<context>
    <name>cairn::SyncHistoryModel</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Needs sign-in</source>
        <translation>Anmeldung nötig</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>API calls</source>
        <translation>API-Aufrufe</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
</context>
<context>
    <name>cairn::SyncHistoryPage</name>
    <message>
        <source>Sync history</source>
        <translation>Abgleichverlauf</translation>
    </message>
    <message>
        <source>API calls and duration per run</source>
        <translation>API-Aufrufe und Dauer je Lauf</translation>
    </message>
    <message>
        <source>Source shown in the chart</source>
        <translation>Im Diagramm gezeigte Quelle</translation>
    </message>
    <message>
        <source>Chart of:</source>
        <translation>Diagramm für:</translation>
    </message>
    <message>
        <source>No full sync recorded yet to compare with.</source>
        <translation>Noch kein vollständiger Abgleich zum Vergleich aufgezeichnet.</translation>
    </message>
    <message numerus="yes">
        <source>The last full sync took %n API call(s); no incremental run since.</source>
        <translation>
            <numerusform>Der letzte vollständige Abgleich brauchte %n API-Aufruf; seitdem kein inkrementeller Lauf.</numerusform>
            <numerusform>Der letzte vollständige Abgleich brauchte %n API-Aufrufe; seitdem kein inkrementeller Lauf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Since the last full sync (%1 calls), %n incremental run(s) took %2 calls instead of %3: %4 saved (%5 %).</source>
        <translation>
            <numerusform>Seit dem letzten vollständigen Abgleich (%1 Aufrufe) brauchte %n inkrementeller Lauf %2 statt %3 Aufrufe: %4 gespart (%5 %).</numerusform>
            <numerusform>Seit dem letzten vollständigen Abgleich (%1 Aufrufe) brauchten %n inkrementelle Läufe %2 statt %3 Aufrufe: %4 gespart (%5 %).</numerusform>
        </translation>
    </message>
    <message>
        <source>No runs yet.</source>
        <translation>Noch keine Läufe.</translation>
    </message>
    <message>
        <source>API calls, full runs</source>
        <translation>API-Aufrufe, vollständige Läufe</translation>
    </message>
    <message>
        <source>API calls, incremental runs</source>
        <translation>API-Aufrufe, inkrementelle Läufe</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>Dauer (s)</translation>
    </message>
    <message>
        <source>API calls</source>
        <translation>API-Aufrufe</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
</context>
<context>
    <name>cairn::SyncSession</name>
    <message>
        <source>the cache is not open yet</source>
        <translation>der Zwischenspeicher ist noch nicht geöffnet</translation>
    </message>
    <message>
        <source>Not signed in to %1.</source>
        <translation>Nicht bei %1 angemeldet.</translation>
    </message>
    <message>
        <source>internal error: %1</source>
        <translation>interner Fehler: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>cairn::SyncStatusBar</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation>● Offline</translation>
    </message>
    <message>
        <source>No network connection: the cache can be browsed, syncs will fail until it is back.</source>
        <translation>Keine Netzwerkverbindung: Der Zwischenspeicher lässt sich durchsuchen, Abgleiche schlagen fehl, bis sie wieder besteht.</translation>
    </message>
</context>
<context>
    <name>cairn::TaskDetailView</name>
    <message>
        <source>Task details</source>
        <translation>Aufgabendetails</translation>
    </message>
    <message>
        <source>Cannot read the task: %1</source>
        <translation>Die Aufgabe kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Select a task to see its details.</source>
        <translation>Wählen Sie eine Aufgabe, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <source>(untitled task)</source>
        <translation>(Aufgabe ohne Namen)</translation>
    </message>
    <message>
        <source>Deleted in Asana</source>
        <translation>In Asana gelöscht</translation>
    </message>
    <message>
        <source>Completed %1</source>
        <translation>Abgeschlossen %1</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>me</source>
        <translation>ich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginnt</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Subtasks</source>
        <translation>Unteraufgaben</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>in Asana</source>
        <translation>in Asana</translation>
    </message>
</context>
<context>
    <name>cairn::TaskPane</name>
    <message>
        <source>Edit Task</source>
        <translation>Aufgabe bearbeiten</translation>
    </message>
    <message>
        <source>Add &amp;comment</source>
        <translation>&amp;Kommentar hinzufügen</translation>
    </message>
    <message>
        <source>Change this task in Cairn: it goes to %1 with the next sync (F2)</source>
        <translation>Diese Aufgabe in Cairn ändern: sie geht mit dem nächsten Abgleich an %1 (F2)</translation>
    </message>
    <message>
        <source>Leave the task as it was (Esc)</source>
        <translation>Die Aufgabe lassen, wie sie war (Esc)</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Neuer Kommentar</translation>
    </message>
    <message>
        <source>Add a comment… (Ctrl+Enter)</source>
        <translation>Kommentar hinzufügen … (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>The comment goes to %1 with the next sync (Ctrl+Enter)</source>
        <translation>Der Kommentar geht mit dem nächsten Abgleich an %1 (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>&amp;Zuständig:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>Fä&amp;llig:</translation>
    </message>
    <message>
        <source>Co&amp;mpleted</source>
        <translation>Abgesc&amp;hlossen</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tizen:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>Nicht abgeschlossen</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Kein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>%1 (me)</source>
        <translation>%1 (ich)</translation>
    </message>
    <message>
        <source>Plain text: new notes replace the task's formatted notes in %1</source>
        <translation>Reiner Text: neue Notizen ersetzen die formatierten Notizen der Aufgabe in %1</translation>
    </message>
    <message>
        <source>The assignee cannot be changed here yet: Cairn knows the people of a workspace from its tasks' assignees, and none of this workspace's tasks is assigned.</source>
        <translation>Die Zuständigkeit lässt sich hier noch nicht ändern: Cairn kennt die Personen eines Arbeitsbereichs aus den Zuständigen seiner Aufgaben, und keine Aufgabe dieses Arbeitsbereichs ist jemandem zugewiesen.</translation>
    </message>
    <message>
        <source>A task needs a name.</source>
        <translation>Eine Aufgabe braucht einen Namen.</translation>
    </message>
    <message>
        <source>Delete Task</source>
        <translation>Aufgabe löschen</translation>
    </message>
    <message>
        <source>Delete this task in %1 with the next sync, after asking (Delete)</source>
        <translation>Diese Aufgabe nach Rückfrage mit dem nächsten Abgleich in %1 löschen (Entf)</translation>
    </message>
</context>
<context>
    <name>cairn::TasksPage</name>
    <message>
        <source>Show c&amp;ompleted</source>
        <translation>&amp;Abgeschlossene zeigen</translation>
    </message>
    <message>
        <source>Search tasks (name, notes, assignee, tags)…</source>
        <translation>Aufgaben durchsuchen (Name, Notizen, Zuständige, Tags)…</translation>
    </message>
    <message>
        <source>Search tasks</source>
        <translation>Aufgaben durchsuchen</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n Aufgabe</numerusform>
            <numerusform>%n Aufgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No Asana tasks yet — press Sync now</source>
        <translation>Noch keine Asana-Aufgaben – wählen Sie „Jetzt abgleichen“</translation>
    </message>
    <message>
        <source>No tasks match “%1”</source>
        <translation>Keine Aufgabe passt zu „%1“</translation>
    </message>
    <message>
        <source>No tasks here</source>
        <translation>Hier gibt es keine Aufgaben</translation>
    </message>
    <message>
        <source>No open tasks here</source>
        <translation>Hier gibt es keine offenen Aufgaben</translation>
    </message>
    <message>
        <source>Ne&amp;w task…</source>
        <translation>Ne&amp;ue Aufgabe …</translation>
    </message>
    <message>
        <source>A new task in a project: shown at once, made in Asana with the next sync (Ctrl+N)</source>
        <translation>Eine neue Aufgabe in einem Projekt: sofort angezeigt, mit dem nächsten Abgleich in Asana angelegt (Strg+N)</translation>
    </message>
    <message>
        <source>New Task</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <source>Shown at once; made in Asana with the next sync.</source>
        <translation>Sofort angezeigt; mit dem nächsten Abgleich in Asana angelegt.</translation>
    </message>
</context>
<context>
    <name>cairn::TokenManager</name>
    <message>
        <source>account "%1" of %2 needs sign-in: %3 (cairn login %4 --account %1)</source>
        <translation>Konto „%1“ von %2 braucht eine Anmeldung: %3 (cairn login %4 --account %1)</translation>
    </message>
    <message>
        <source>its sign-in was refused earlier</source>
        <translation>seine Anmeldung wurde bereits abgelehnt</translation>
    </message>
    <message>
        <source>no token in the keychain</source>
        <translation>kein Token im Schlüsselbund</translation>
    </message>
    <message>
        <source>the service refused the token</source>
        <translation>der Dienst hat das Token abgelehnt</translation>
    </message>
    <message>
        <source>no usable token in the keychain</source>
        <translation>kein verwendbares Token im Schlüsselbund</translation>
    </message>
    <message>
        <source>%1 needs sign-in: %2 (cairn login %3)</source>
        <translation>%1 braucht eine Anmeldung: %2 (cairn login %3)</translation>
    </message>
</context>
<context>
    <name>cairn::Tray</name>
    <message>
        <source>No system tray was found: Cairn syncs on its schedule only while this window is open.</source>
        <translation>Es wurde kein Systembereich der Kontrollleiste gefunden: Cairn gleicht nach Zeitplan nur ab, solange dieses Fenster geöffnet ist.</translation>
    </message>
    <message>
        <source>Cairn</source>
        <translation>Cairn</translation>
    </message>
    <message>
        <source>&amp;Open Cairn</source>
        <translation>Cairn ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Jetzt abgleichen</translation>
    </message>
    <message>
        <source>&amp;Pause syncing</source>
        <translation>Abgleich &amp;pausieren</translation>
    </message>
    <message>
        <source>For &amp;30 minutes</source>
        <translation>Für &amp;30 Minuten</translation>
    </message>
    <message>
        <source>For &amp;1 hour</source>
        <translation>Für &amp;1 Stunde</translation>
    </message>
    <message>
        <source>&amp;Until resumed</source>
        <translation>&amp;Bis zur Fortsetzung</translation>
    </message>
    <message>
        <source>&amp;Resume syncing</source>
        <translation>Abgleich &amp;fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Syncing paused until %1</source>
        <translation>Abgleich pausiert bis %1</translation>
    </message>
    <message>
        <source>Syncing paused</source>
        <translation>Abgleich pausiert</translation>
    </message>
    <message>
        <source>Offline: syncing resumes when the network is back</source>
        <translation>Offline: Der Abgleich geht weiter, sobald das Netzwerk wieder da ist</translation>
    </message>
    <message>
        <source>%1 cannot sync</source>
        <translation>%1 kann nicht abgleichen</translation>
    </message>
    <message>
        <source>Cairn keeps syncing</source>
        <translation>Cairn gleicht weiter ab</translation>
    </message>
    <message>
        <source>Cairn is still running in the tray. Choose Quit from its menu to stop it.</source>
        <translation>Cairn läuft im Systembereich der Kontrollleiste weiter. Wählen Sie „Beenden“ in seinem Menü, um es zu beenden.</translation>
    </message>
    <message>
        <source>%1 needs sign-in</source>
        <translation>%1: Anmeldung nötig</translation>
    </message>
    <message>
        <source>Account %1: %2</source>
        <translation>Konto %1: %2</translation>
    </message>
</context>
<context>
    <name>cairn::WatchNotifier</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new Asana task(s) assigned to you</source>
        <translation>
            <numerusform>%n neue Asana-Aufgabe ist Ihnen zugewiesen</numerusform>
            <numerusform>%n neue Asana-Aufgaben sind Ihnen zugewiesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pull request(s) waiting for your review</source>
        <translation>
            <numerusform>%n Pull-Request wartet auf Ihr Review</numerusform>
            <numerusform>%n Pull-Requests warten auf Ihr Review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Jira issue(s) newly assigned to you</source>
        <translation>
            <numerusform>%n Jira-Vorgang ist Ihnen neu zugewiesen</numerusform>
            <numerusform>%n Jira-Vorgänge sind Ihnen neu zugewiesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merge request(s) assigned to you or waiting for your review</source>
        <translation>
            <numerusform>%n Merge Request ist Ihnen zugewiesen oder wartet auf Ihr Review</numerusform>
            <numerusform>%n Merge Requests sind Ihnen zugewiesen oder warten auf Ihr Review</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::WelcomePage</name>
    <message>
        <source>Welcome to Cairn</source>
        <translation>Willkommen bei Cairn</translation>
    </message>
    <message>
        <source>Cairn keeps your data from these services on this computer — browsable and searchable offline, kept fresh in the background with as few requests as each service allows. Sign in to the ones you use; the others stay out of the way.</source>
        <translation>Cairn hält Ihre Daten aus diesen Diensten auf diesem Computer – offline durchsuchbar und zu durchblättern, im Hintergrund aktuell gehalten mit so wenigen Anfragen, wie jeder Dienst erlaubt. Melden Sie sich bei denen an, die Sie nutzen; die anderen bleiben aus dem Weg.</translation>
    </message>
</context>
<context>
    <name>cairn::WindowApp</name>
    <message>
        <source>Cairn cannot start</source>
        <translation>Cairn kann nicht starten</translation>
    </message>
</context>
<context>
    <name>cairn::adf</name>
    <message>
        <source>attachment</source>
        <translation>Anhang</translation>
    </message>
</context>
<context>
    <name>cairn::asana</name>
    <message>
        <source>unexpected answer from Asana: %1</source>
        <translation>unerwartete Antwort von Asana: %1</translation>
    </message>
    <message>
        <source>a %1 without a gid</source>
        <translation>ein %1 ohne gid</translation>
    </message>
    <message>
        <source>"%1" is not a date and time: %2</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit: %2</translation>
    </message>
    <message>
        <source>unexpected answer from Asana: no "data" in a list</source>
        <translation>unerwartete Antwort von Asana: kein „data“ in einer Liste</translation>
    </message>
    <message>
        <source>unexpected answer from Asana: an item of "data" is not an object</source>
        <translation>unerwartete Antwort von Asana: ein Eintrag von „data“ ist kein Objekt</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Asana refused the credentials (%1): sign in again</source>
        <translation>Asana hat die Zugangsdaten abgelehnt (%1): Melden Sie sich erneut an</translation>
    </message>
    <message>
        <source>Asana answered %1: %2</source>
        <translation>Asana antwortete %1: %2</translation>
    </message>
    <message>
        <source>this Asana account has no workspace</source>
        <translation>dieses Asana-Konto hat keinen Arbeitsbereich</translation>
    </message>
    <message>
        <source>Asana refused an events sync token without giving a new one</source>
        <translation>Asana hat ein Sync-Token für Ereignisse abgelehnt, ohne ein neues zu liefern</translation>
    </message>
    <message>
        <source>Asana sent events without a sync token</source>
        <translation>Asana hat Ereignisse ohne Sync-Token gesendet</translation>
    </message>
    <message>
        <source>unexpected answer from Asana: an item without a gid</source>
        <translation>unerwartete Antwort von Asana: ein Eintrag ohne gid</translation>
    </message>
    <message>
        <source>a new Asana task needs a name: name="…"</source>
        <translation>eine neue Asana-Aufgabe braucht einen Namen: name="…"</translation>
    </message>
    <message>
        <source>a new Asana task needs a project: projects=&lt;project id&gt;</source>
        <translation>eine neue Asana-Aufgabe braucht ein Projekt: projects=&lt;Projekt-ID&gt;</translation>
    </message>
    <message>
        <source>no Asana project %1 in the cache (cairn sync --source asana first)</source>
        <translation>kein Asana-Projekt %1 im Cache (zuerst cairn sync --source asana)</translation>
    </message>
    <message>
        <source>no Asana task %1 in the cache (cairn sync --source asana first)</source>
        <translation>keine Asana-Aufgabe %1 im Cache (zuerst cairn sync --source asana)</translation>
    </message>
    <message>
        <source>the task was deleted in Asana</source>
        <translation>die Aufgabe wurde in Asana gelöscht</translation>
    </message>
</context>
<context>
    <name>cairn::dates</name>
    <message>
        <source>%1 %2</source>
        <comment>date and time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
</context>
<context>
    <name>cairn::files</name>
    <message>
        <source>cannot write in the data folder %1: %2</source>
        <translation>im Datenordner %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the system gave no reason</source>
        <translation>das System nannte keinen Grund</translation>
    </message>
</context>
<context>
    <name>cairn::github</name>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>GitHub refused the token (%1): sign in again</source>
        <translation>GitHub hat das Token abgelehnt (%1): Melden Sie sich erneut an</translation>
    </message>
    <message>
        <source>GitHub answered 404 Not Found: the repository does not exist or the token cannot see it</source>
        <translation>GitHub antwortete 404 Not Found: Das Repository existiert nicht oder das Token hat keinen Zugriff darauf</translation>
    </message>
    <message>
        <source>GitHub answered %1: %2</source>
        <translation>GitHub antwortete %1: %2</translation>
    </message>
    <message>
        <source>GitHub's next-page link points to another server (%1): not followed</source>
        <translation>GitHubs Link zur nächsten Seite zeigt auf einen anderen Server (%1): nicht gefolgt</translation>
    </message>
    <message>
        <source>unexpected answer from GitHub: %1</source>
        <translation>unerwartete Antwort von GitHub: %1</translation>
    </message>
    <message>
        <source>a %1 without a valid "%2"</source>
        <translation>ein %1 ohne gültiges „%2“</translation>
    </message>
    <message>
        <source>"%1" is not a date and time: %2</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit: %2</translation>
    </message>
    <message>
        <source>pull request #%1 has the unknown state "%2"</source>
        <translation>Pull-Request #%1 hat den unbekannten Zustand „%2“</translation>
    </message>
    <message>
        <source>a label of pull request #%1 is not an object</source>
        <translation>ein Label von Pull-Request #%1 ist kein Objekt</translation>
    </message>
    <message>
        <source>pull request #%1 has no "updated_at"</source>
        <translation>Pull-Request #%1 hat kein „updated_at“</translation>
    </message>
    <message>
        <source>no GitHub repositories to sync: cairn config set github.repos "owner/name …"</source>
        <translation>keine GitHub-Repositorys zum Abgleichen: cairn config set github.repos „besitzer/name …“</translation>
    </message>
    <message>
        <source>"%1" in github.repos is not a repository name (owner/name)</source>
        <translation>„%1“ in github.repos ist kein Repository-Name (besitzer/name)</translation>
    </message>
    <message>
        <source>%1 of %2 repositories failed: %3</source>
        <translation>%1 von %2 Repositorys fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>a user in "%1" of pull request #%2 is not an object</source>
        <translation>ein Benutzer in „%1“ von Pull-Request #%2 ist kein Objekt</translation>
    </message>
    <message>
        <source>GitHub's GraphQL quota is spent: %1</source>
        <translation>GitHubs GraphQL-Kontingent ist aufgebraucht: %1</translation>
    </message>
    <message>
        <source>GitHub refused the query (%1): %2</source>
        <translation>GitHub hat die Abfrage abgelehnt (%1): %2</translation>
    </message>
    <message>
        <source>waiting for GitHub's quota until %1</source>
        <translation>Warte auf GitHubs Kontingent bis %1</translation>
    </message>
    <message>
        <source>GitHub's quota for this hour is spent (by Cairn or the token's other tools) until %1; sync again then</source>
        <translation>GitHubs Kontingent für diese Stunde ist bis %1 aufgebraucht (von Cairn oder den anderen Werkzeugen des Tokens); dann erneut synchronisieren</translation>
    </message>
</context>
<context>
    <name>cairn::gitlab</name>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>GitLab refused the token (%1): sign in again</source>
        <translation>GitLab hat das Token abgelehnt (%1): Melden Sie sich erneut an</translation>
    </message>
    <message>
        <source>GitLab answered 403 Forbidden (%1): the token needs the read_api scope and access to the project</source>
        <translation>GitLab antwortete 403 Forbidden (%1): Das Token braucht den Bereich read_api und Zugriff auf das Projekt</translation>
    </message>
    <message>
        <source>GitLab answered %1: %2</source>
        <translation>GitLab antwortete %1: %2</translation>
    </message>
    <message>
        <source>unexpected answer from GitLab: x-next-page is "%1"</source>
        <translation>unerwartete Antwort von GitLab: x-next-page ist „%1“</translation>
    </message>
    <message>
        <source>a %1 without a valid "%2"</source>
        <translation>ein %1 ohne gültiges „%2“</translation>
    </message>
    <message>
        <source>"%1" is not a count</source>
        <translation>„%1“ ist keine Anzahl</translation>
    </message>
    <message>
        <source>"%1" is not a date and time: %2</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit: %2</translation>
    </message>
    <message>
        <source>a user in %1 is not an object</source>
        <translation>ein Benutzer in %1 ist kein Objekt</translation>
    </message>
    <message>
        <source>unexpected answer from GitLab: %1</source>
        <translation>unerwartete Antwort von GitLab: %1</translation>
    </message>
    <message>
        <source>merge request %1 has the unknown state "%2"</source>
        <translation>Merge Request %1 hat den unbekannten Status „%2“</translation>
    </message>
    <message>
        <source>a label of merge request %1 is neither a name nor an object</source>
        <translation>ein Label von Merge Request %1 ist weder ein Name noch ein Objekt</translation>
    </message>
    <message>
        <source>merge request %1 has no "updated_at"</source>
        <translation>Merge Request %1 hat kein „updated_at“</translation>
    </message>
    <message>
        <source>approvals without "approved_by"</source>
        <translation>Freigaben ohne „approved_by“</translation>
    </message>
    <message>
        <source>an approval is not an object</source>
        <translation>eine Freigabe ist kein Objekt</translation>
    </message>
    <message>
        <source>a project without "path_with_namespace"</source>
        <translation>ein Projekt ohne „path_with_namespace“</translation>
    </message>
    <message>
        <source>the user has no "username"</source>
        <translation>der Benutzer hat keinen „username“</translation>
    </message>
    <message>
        <source>no GitLab projects to sync: cairn config set gitlab.projects "group/project …"</source>
        <translation>keine GitLab-Projekte zum Abgleichen: cairn config set gitlab.projects "gruppe/projekt …"</translation>
    </message>
    <message>
        <source>%1 of %2 projects failed: %3</source>
        <translation>%1 von %2 Projekten fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>GitLab answered 404 for project %1: it was deleted, or the token cannot see it (its merge requests are marked deleted)</source>
        <translation>GitLab antwortete 404 für Projekt %1: Es wurde gelöscht, oder das Token sieht es nicht (seine Merge Requests sind als gelöscht markiert)</translation>
    </message>
</context>
<context>
    <name>cairn::google</name>
    <message>
        <source>Google People ended a listing without a sync token</source>
        <translation>Google People hat eine Auflistung ohne Sync-Token beendet</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Google refused the credentials (%1): sign in again</source>
        <translation>Google hat die Zugangsdaten abgelehnt (%1): Melden Sie sich erneut an</translation>
    </message>
    <message>
        <source>Google People answered %1: %2</source>
        <translation>Google People antwortete %1: %2</translation>
    </message>
    <message>
        <source>unexpected answer from Google People: a connection is not an object</source>
        <translation>unerwartete Antwort von Google People: eine Verbindung ist kein Objekt</translation>
    </message>
    <message>
        <source>unexpected answer from Google People: a contact group is not an object</source>
        <translation>unerwartete Antwort von Google People: eine Kontaktgruppe ist kein Objekt</translation>
    </message>
    <message>
        <source>birthday is a date (yyyy-mm-dd, --mm-dd without the year, or empty for none), not "%1"</source>
        <translation>birthday ist ein Datum (jjjj-mm-tt, --mm-tt ohne Jahr, oder leer für keines), nicht „%1“</translation>
    </message>
    <message>
        <source>no Google contact %1 in the cache (cairn sync --source google first)</source>
        <translation>kein Google-Kontakt %1 im Cache (zuerst cairn sync --source google)</translation>
    </message>
    <message>
        <source>a new contact needs a name, an e-mail, a phone or an organisation: name="…"</source>
        <translation>ein neuer Kontakt braucht einen Namen, eine E-Mail-Adresse, eine Telefonnummer oder eine Organisation: name="…"</translation>
    </message>
    <message>
        <source>the contact was deleted in Google</source>
        <translation>der Kontakt wurde in Google gelöscht</translation>
    </message>
</context>
<context>
    <name>cairn::jira</name>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Jira refused the credentials (%1): check CAIRN_JIRA_EMAIL and the API token</source>
        <translation>Jira hat die Zugangsdaten abgelehnt (%1): Prüfen Sie CAIRN_JIRA_EMAIL und das API-Token</translation>
    </message>
    <message>
        <source>Jira answered %1: %2</source>
        <translation>Jira antwortete %1: %2</translation>
    </message>
    <message>
        <source>unexpected answer from Jira: no "issues" in a search page</source>
        <translation>unerwartete Antwort von Jira: kein „issues“ in einer Suchseite</translation>
    </message>
    <message>
        <source>unexpected answer from Jira: an issue is not an object</source>
        <translation>unerwartete Antwort von Jira: ein Vorgang ist kein Objekt</translation>
    </message>
    <message>
        <source>unexpected answer from Jira: an issue without an id</source>
        <translation>unerwartete Antwort von Jira: ein Vorgang ohne ID</translation>
    </message>
    <message>
        <source>unexpected answer from Jira: no "issues" in a bulk fetch</source>
        <translation>unerwartete Antwort von Jira: kein „issues“ in einem Sammelabruf</translation>
    </message>
    <message>
        <source>unexpected answer from Jira: an issue error without an id</source>
        <translation>unerwartete Antwort von Jira: ein Vorgangsfehler ohne ID</translation>
    </message>
    <message>
        <source>Jira did not say what time it is</source>
        <translation>Jira hat die Serverzeit nicht genannt</translation>
    </message>
    <message>
        <source>unexpected answer from Jira: %1</source>
        <translation>unerwartete Antwort von Jira: %1</translation>
    </message>
    <message>
        <source>issue %1 has an unreadable "%2" time: %3</source>
        <translation>Vorgang %1 hat eine unlesbare Zeit „%2“: %3</translation>
    </message>
    <message>
        <source>an issue without an id or key</source>
        <translation>ein Vorgang ohne ID oder Schlüssel</translation>
    </message>
    <message>
        <source>issue %1 has a label that is not a string</source>
        <translation>Vorgang %1 hat ein Label, das kein Text ist</translation>
    </message>
    <message>
        <source>issue %1 has no "updated" time</source>
        <translation>Vorgang %1 hat keine Zeit „updated“</translation>
    </message>
    <message>
        <source>issue %1 has a description that is not a document</source>
        <translation>Vorgang %1 hat eine Beschreibung, die kein Dokument ist</translation>
    </message>
    <message>
        <source>no Jira configuration: set jira.configs and jira.&lt;name&gt;.site and jira.&lt;name&gt;.jql</source>
        <translation>keine Jira-Konfiguration: Setzen Sie jira.configs sowie jira.&lt;name&gt;.site und jira.&lt;name&gt;.jql</translation>
    </message>
    <message>
        <source>jira.%1.jql is not set</source>
        <translation>jira.%1.jql ist nicht gesetzt</translation>
    </message>
    <message>
        <source>jira.%1.site is not set</source>
        <translation>jira.%1.site ist nicht gesetzt</translation>
    </message>
    <message>
        <source>Jira configuration %1: the time of the last sync was lost; continuing from the server's time %2 without downloading everything again (changes made before it may be missing: run a full sync to be sure)</source>
        <translation>Jira-Konfiguration %1: Die Zeit des letzten Abgleichs ging verloren; es geht ab der Serverzeit %2 weiter, ohne alles neu herunterzuladen (ältere Änderungen können fehlen: zur Sicherheit vollständig abgleichen)</translation>
    </message>
    <message>
        <source>it found no issue at all</source>
        <translation>sie hat gar keinen Vorgang gefunden</translation>
    </message>
    <message>
        <source>Jira configuration %1: the deletion sweep failed (%2); nothing was marked deleted</source>
        <translation>Jira-Konfiguration %1: Der Löschabgleich ist fehlgeschlagen (%2); nichts wurde als gelöscht markiert</translation>
    </message>
    <message>
        <source>unexpected answer from Jira: no "values" in a list of projects</source>
        <translation>unerwartete Antwort von Jira: kein „values“ in einer Liste von Projekten</translation>
    </message>
    <message>
        <source>unexpected answer from Jira: a project without a key</source>
        <translation>unerwartete Antwort von Jira: ein Projekt ohne Schlüssel</translation>
    </message>
    <message>
        <source>unexpected answer from Jira: no check of the JQL</source>
        <translation>unerwartete Antwort von Jira: keine Prüfung der JQL</translation>
    </message>
</context>
<context>
    <name>cairn::json</name>
    <message>
        <source>unexpected answer from %1: "%2" is not %3</source>
        <translation>unerwartete Antwort von %1: „%2“ ist %3</translation>
    </message>
    <message>
        <source>malformed JSON from %1 (%2 at byte %3 of %4)</source>
        <translation>fehlerhaftes JSON von %1 (%2 bei Byte %3 von %4)</translation>
    </message>
    <message>
        <source>unexpected answer from %1: not a JSON object</source>
        <translation>unerwartete Antwort von %1: kein JSON-Objekt</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>keine Zeichenkette</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>keine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>weder true noch false</translation>
    </message>
    <message>
        <source>unexpected answer from %1: not a JSON list</source>
        <translation>unerwartete Antwort von %1: keine JSON-Liste</translation>
    </message>
    <message>
        <source>unexpected answer from %1: an item of the list is not an object</source>
        <translation>unerwartete Antwort von %1: ein Eintrag der Liste ist kein Objekt</translation>
    </message>
</context>
<context>
    <name>cairn::oauth</name>
    <message>
        <source>%1 refused the sign-in: %2%3</source>
        <translation>%1 hat die Anmeldung abgelehnt: %2%3</translation>
    </message>
    <message>
        <source>the sign-in to %1 has expired or was revoked (%2); sign in again</source>
        <translation>die Anmeldung bei %1 ist abgelaufen oder wurde widerrufen (%2); melden Sie sich erneut an</translation>
    </message>
</context>
<context>
    <name>cairn::words</name>
    <message>
        <source>full</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <source>incremental</source>
        <translation>inkrementell</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>zusammengeführt</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
</context>
</TS>