<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
    <name>cairn::Autostart</name>
    <message>
        <source>Keeps the cache of your work data fresh</source>
        <translation>Hält den Zwischenspeicher Ihrer Arbeitsdaten aktuell</translation>
    </message>
</context>
<context>
    <name>cairn::CliCommands</name>
    <message>
        <source>unknown source &quot;%1&quot; (google, asana, github or jira)</source>
        <translation>unbekannte Quelle „%1“ (google, asana, github oder jira)</translation>
    </message>
    <message>
        <source>unknown mode &quot;%1&quot; (auto, full or partial)</source>
        <translation>unbekannter Modus „%1“ (auto, full oder partial)</translation>
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
        <source>%1: %2 sync, %3 API calls, %4 created, %5 updated, %6 deleted, %7 unchanged, %8 ms</source>
        <translation>%1: Abgleich (%2), %3 API-Aufrufe, %4 neu, %5 geändert, %6 gelöscht, %7 unverändert, %8 ms</translation>
    </message>
    <message>
        <source>last sync</source>
        <translation>letzter Abgleich</translation>
    </message>
    <message>
        <source>%1 contacts (%2 deleted)</source>
        <translation>%1 Kontakte (%2 gelöscht)</translation>
    </message>
    <message>
        <source>last error:</source>
        <translation>letzter Fehler:</translation>
    </message>
    <message>
        <source>%1 calls, +%2 ~%3 -%4, %5 ms</source>
        <translation>%1 Aufrufe, +%2 ~%3 -%4, %5 ms</translation>
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
        <source>export of %1 is not available yet</source>
        <translation>der Export von %1 ist noch nicht verfügbar</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (json, csv or vcard)</source>
        <translation>unbekanntes Format „%1“ (json, csv oder vcard)</translation>
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
        <source>usage: cairn config get KEY | set KEY VALUE | list</source>
        <translation>Aufruf: cairn config get SCHLÜSSEL | set SCHLÜSSEL WERT | list</translation>
    </message>
    <message>
        <source>the settings file %1 cannot be read; fix or remove it</source>
        <translation>die Einstellungsdatei %1 kann nicht gelesen werden; reparieren oder entfernen Sie sie</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (see cairn --help)</source>
        <translation>unbekannter Befehl „%1“ (siehe cairn --help)</translation>
    </message>
    <message>
        <source>%1 issues (%2 deleted)</source>
        <translation>%1 Vorgänge (%2 gelöscht)</translation>
    </message>
</context>
<context>
    <name>cairn::CommandLine</name>
    <message>
        <source>Cairn keeps your Google Contacts, Asana, GitHub and Jira on your own machine.

Commands:
  (none)                 open the window (--demo: built-in simulator with sample data)
  sync [--source S]... [--mode auto|full|partial]
  status                 per source: last sync, counts, state, last error
  history [--source S] [--limit N]
  search QUERY [--source S]
  export --source S --format json|csv|vcard [--output FILE]
  config get KEY | set KEY VALUE | list</source>
        <translation>Cairn hält Ihre Google-Kontakte, Asana, GitHub und Jira auf Ihrem eigenen Rechner bereit.

Befehle:
  (keiner)               das Fenster öffnen (--demo: eingebauter Simulator mit Beispieldaten)
  sync [--source Q]... [--mode auto|full|partial]
  status                 je Quelle: letzter Abgleich, Anzahlen, Zustand, letzter Fehler
  history [--source Q] [--limit N]
  search SUCHE [--source Q]
  export --source Q --format json|csv|vcard [--output DATEI]
  config get SCHLÜSSEL | set SCHLÜSSEL WERT | list</translation>
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
        <source>A source: google, asana, github or jira.</source>
        <translation>Eine Quelle: google, asana, github oder jira.</translation>
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
        <source>What to do (see above).</source>
        <translation>Was zu tun ist (siehe oben).</translation>
    </message>
    <message>
        <source>no command given (see cairn --help)</source>
        <translation>kein Befehl angegeben (siehe cairn --help)</translation>
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
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 live contacts in the cache</source>
        <translation>%1 aktuelle Kontakte im Zwischenspeicher</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No contacts yet — press Sync now</source>
        <translation>Noch keine Kontakte – klicken Sie auf „Jetzt abgleichen“</translation>
    </message>
    <message>
        <source>No contacts match “%1”</source>
        <translation>Keine Kontakte passen zu „%1“</translation>
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
    <name>cairn::GoogleMapper</name>
    <message>
        <source>unexpected answer from Google People: an entry of &quot;%1&quot; is not an object</source>
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
        <source>Show &amp;deleted</source>
        <translation>&amp;Gelöschte anzeigen</translation>
    </message>
    <message>
        <source>Filter issues (key, summary, people, description)</source>
        <translation>Vorgänge filtern (Schlüssel, Zusammenfassung, Personen, Beschreibung)</translation>
    </message>
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
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Jira: no configuration synced yet (set jira.configs, jira.&lt;name&gt;.site and jira.&lt;name&gt;.jql)</source>
        <translation>Jira: noch keine Konfiguration abgeglichen (jira.configs, jira.&lt;name&gt;.site und jira.&lt;name&gt;.jql setzen)</translation>
    </message>
    <message>
        <source>Deleted in Jira (or no longer matched by the configuration&apos;s JQL)</source>
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
</context>
<context>
    <name>cairn::MainWindow</name>
    <message>
        <source>Demo — data from the built-in simulator</source>
        <translation>Demo – Daten aus dem eingebauten Simulator</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
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
        <source>Fetch what changed in Google Contacts (Ctrl+R)</source>
        <translation>Änderungen aus Google Kontakte holen (Strg+R)</translation>
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
        <source>Also list contacts deleted in Google Contacts (greyed)</source>
        <translation>Auch in Google Kontakte gelöschte Kontakte anzeigen (ausgegraut)</translation>
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
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Sync history</source>
        <translation>Abgleichverlauf</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Kontakte</translation>
    </message>
    <message>
        <source>Sync &amp;history</source>
        <translation>Abgleich&amp;verlauf</translation>
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
        <source>%1: the sync failed</source>
        <translation>%1: Der Abgleich ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 is not set up yet.
Cairn will cache it here once it is configured.</source>
        <translation>%1 ist noch nicht eingerichtet.
Sobald es konfiguriert ist, speichert Cairn die Daten hier zwischen.</translation>
    </message>
    <message>
        <source>&amp;Jira issues</source>
        <translation>&amp;Jira-Vorgänge</translation>
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
</context>
<context>
    <name>cairn::SyncEngine</name>
    <message>
        <source>not signed in to %1: run `cairn login %2` or set %3</source>
        <translation>nicht bei %1 angemeldet: führen Sie `cairn login %2` aus oder setzen Sie %3</translation>
    </message>
    <message>
        <source>unknown or unsupported source &quot;%1&quot;</source>
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
        <source>Full</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <source>Incremental</source>
        <translation>Inkrementell</translation>
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
</context>
<context>
    <name>cairn::SyncSession</name>
    <message>
        <source>the cache is not open yet</source>
        <translation>der Zwischenspeicher ist noch nicht geöffnet</translation>
    </message>
    <message>
        <source>not signed in to %1: run `cairn login %2` or set %3</source>
        <translation>nicht bei %1 angemeldet: führen Sie `cairn login %2` aus oder setzen Sie %3</translation>
    </message>
    <message>
        <source>internal error: %1</source>
        <translation>interner Fehler: %1</translation>
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
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
        <source>&quot;%1&quot; is not a date and time: %2</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit: %2</translation>
    </message>
    <message>
        <source>unexpected answer from Asana: no &quot;data&quot; in a list</source>
        <translation>unerwartete Antwort von Asana: kein „data“ in einer Liste</translation>
    </message>
    <message>
        <source>unexpected answer from Asana: an item of &quot;data&quot; is not an object</source>
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
        <source>unexpected answer from Jira: no &quot;issues&quot; in a search page</source>
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
        <source>Jira did not say what time it is</source>
        <translation>Jira hat die Serverzeit nicht genannt</translation>
    </message>
    <message>
        <source>unexpected answer from Jira: %1</source>
        <translation>unerwartete Antwort von Jira: %1</translation>
    </message>
    <message>
        <source>issue %1 has an unreadable &quot;%2&quot; time: %3</source>
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
        <source>issue %1 has no &quot;updated&quot; time</source>
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
        <source>Jira configuration %1: the time of the last sync was lost; continuing from the server&apos;s time %2 without downloading everything again (changes made before it may be missing: run a full sync to be sure)</source>
        <translation>Jira-Konfiguration %1: Die Zeit des letzten Abgleichs ging verloren; es geht ab der Serverzeit %2 weiter, ohne alles neu herunterzuladen (ältere Änderungen können fehlen: zur Sicherheit vollständig abgleichen)</translation>
    </message>
    <message>
        <source>Jira configuration %1: the deletion sweep failed (%2); nothing was marked deleted</source>
        <translation>Jira-Konfiguration %1: Der Löschabgleich ist fehlgeschlagen (%2); nichts wurde als gelöscht markiert</translation>
    </message>
    <message>
        <source>it found no issue at all</source>
        <translation>sie hat gar keinen Vorgang gefunden</translation>
    </message>
</context>
<context>
    <name>cairn::json</name>
    <message>
        <source>unexpected answer from %1: &quot;%2&quot; is not %3</source>
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
</context>
</TS>
