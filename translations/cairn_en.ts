<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed in as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Re-authorise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add an account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jira &amp;site:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>https://example.atlassian.net</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OAuth &amp;client id:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>your own OAuth app (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kept in the keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session &amp;only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep this sign-in in memory until Cairn quits; it is never written to a file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes made in Cairn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign &amp;in again…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactDetailView</name>
    <message>
        <source>Select a contact to see its details.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted in Google Contacts — kept here for history.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Syncing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync every</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Google Contacts:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Asana:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Git&amp;Hub:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>or once a day at (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HH:mm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Jira:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asana</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh a project's tasks after:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Full sync every:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GitHub repositories (owner/name, one per line)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>qt/qtbase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jira configurations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JQL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data &amp;folder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start Cairn at &amp;login (in the tray, syncing in the background)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notify me of:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New &amp;Asana tasks assigned to me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Pull requests where my review is requested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Jira issues assigned to me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shown by the tray icon after a sync brings them in (not for the first sync of an account).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the &amp;portfolio:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its id (empty: every project of the workspace)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pick from the repositories your GitHub account can see</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Workspace:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its id (empty: the first)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choos&amp;e…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pick the workspace and the portfolio from your Asana account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Choose projects…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pick the projects of the selected configuration's site, or have Jira check a JQL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GitLab projects (group/project, one per line)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>gitlab-org/gitlab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose projec&amp;ts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pick from the projects your GitLab account is a member of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>empty: GitLab.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Self-managed GitLab's API &amp;URL:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Git&amp;Lab:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Merge requests assigned to me or waiting for my review</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::AboutDialog</name>
    <message>
        <source>About Cairn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cairn %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+K search everything · Ctrl+F search this page · Ctrl+R sync now · Ctrl+, settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tab moves between the sidebar, the filter, the list and the details; arrows move in a list; Enter opens the selected item; Ctrl+Home and Ctrl+End go to the first and the very last item; the Menu key or Shift+F10 opens a source's menu.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Built with</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Qt %1 — GNU LGPL 3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>QtKeychain — BSD licence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>QCoro — MIT licence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SQLite — public domain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ICU — ICU licence (Unicode licence)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>the last two of a list: "Google Contacts, Asana, GitHub and Jira"</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, kept on this computer: browsable and searchable offline.</source>
        <extracomment>%1: the sources, "Google Contacts, Asana, GitHub and Jira"</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::AccountCommands</name>
    <message>
        <source>internal error during sign-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>; nothing was saved. Use `cairn login %1 --session-only` to sign in and sync this once, keeping the token in memory only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: cairn login SOURCE [--account NAME] [--token-stdin | --no-browser | --device]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no client secret on standard input</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in with your browser at:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no browser could be opened: open the address above yourself)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the code %1 at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed in to %1 as %2 (account %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: cairn logout SOURCE [--account NAME]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed out of %1 (account %2); the service revoked the token.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed out of %1 (account %2); its secrets were deleted here. %1 was not asked to revoke the token: revoke it on the service's site if you no longer trust it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No accounts yet: add one with `cairn login SOURCE`.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SOURCE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>METHOD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::AccountStore</name>
    <message>
        <source>invalid account name "%1": use letters, digits, dot, dash or underscore</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::AccountsDialog</name>
    <message>
        <source>needs sign-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>signed in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>browser sign-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>personal token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in in your browser, then come back here. &lt;a href="%1"&gt;Open the sign-in page again&lt;/a&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the code &lt;b&gt;%1&lt;/b&gt; at &lt;a href="%2"&gt;%2&lt;/a&gt;; Cairn waits for it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in with the browser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in with a code (device)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Site, e-mail and API token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Personal access token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the new token and press Add account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the account "%1" of %2? Cairn signs out and deletes its secrets from the keychain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed out; the service revoked the token.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed out; the secrets were deleted. Revoke the token on the service's site if you no longer trust it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign-in stopped. Nothing was saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read-only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send changes made in Cairn to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edits, new items, deletions and comments you make in Cairn are sent to %1 at the next sync. A field also changed in %1 meanwhile is shown as a conflict, never overwritten.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You will be asked to sign in again to allow Cairn to make changes in %1 (this account's sign-in allowed reading only).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read-only (the default): Cairn only reads this account and offers no editing of its items. Ticked, what you change in Cairn is sent to %1 at the next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes not sent yet stay in the outbox (the list still marks their items) and are sent once this is on again; `cairn outbox discard` drops them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cairn could not write its settings file (%1): nothing was changed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::AsanaPickerDialog</name>
    <message>
        <source>Workspaces</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Portfolios</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose what to sync from Asana</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search portfolios</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Workspace:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Sync the projects of:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading the workspaces of your Asana account…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your Asana account has no workspace yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All projects of the workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading your portfolios in “%1”…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Portfolio %1 (not among your portfolios)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::AsanaProjectsModel</name>
    <message>
        <source>All tasks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assigned to me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(untitled project)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1  ·  %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n open task(s)</source>
        <translation>
            <numerusform>%n open task</numerusform>
            <numerusform>%n open tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::AsanaTasksModel</name>
    <message>
        <source>(untitled task)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (completed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (deleted in Asana)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::Autostart</name>
    <message>
        <source>Keeps the cache of your work data fresh</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::ChangeDialog</name>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::ChangeForm</name>
    <message>
        <source>Unticked: no date</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::ChangeStatus</name>
    <message>
        <source>Conflict: %1 changed it too — choose which values to keep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 refused a change to it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent to %1; the next sync confirms it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pending: your change goes to %1 with the next sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comment “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: sent to %2; the next sync confirms it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 refused it: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: pending, goes to %2 with the next sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Made %1. Sync now (Ctrl+R) sends it when you are online.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send this change again with the next sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drop this change: Cairn shows %1's values again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep it: nothing is deleted in %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::CliCommands</name>
    <message>
        <source>no source is set up yet: sign in with `cairn login SOURCE` or set CAIRN_&lt;SOURCE&gt;_TOKEN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the cache was damaged; it was moved to %1 and is rebuilt by a full sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>search needs words to look for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export needs exactly one --source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>secrets are kept in the keychain, not in cairn.ini: use `cairn login`</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown command "%1" (see cairn --help)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 or %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: did you mean %2?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown source "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown mode "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown format "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown format "%1" for %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--%1 needs a whole number from %2 to %3, not "%4"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No sync has run yet: run `cairn sync`.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No sync of %1 has run yet: run `cairn sync --source %2`.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>STARTED</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SOURCE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MODE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CALLS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CHANGES</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ERROR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CHANGES: +created ~updated -deleted; CALLS: API calls; MS: duration in milliseconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>warning:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only the first %1 words (and %2 characters) of the query are searched for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing of %1 is cached yet: run `cairn sync --source %2` first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing is cached yet: run `cairn sync` first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no matches for “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>will not write %1: it is a symbolic link (give the file it points to)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a setting: did you mean %2? (see `cairn config list`)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a setting (see `cairn config list` and the README)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot save %1 in %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file could not be written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(%1 to %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a setting of Cairn: remove it with `cairn config unset %1`.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: cairn config get KEY | set KEY VALUE | unset KEY | list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (`cairn sync` checks the cache and rebuilds it if it is damaged)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CREATED</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>UPDATED</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DELETED</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>UNCHANGED</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SCOPE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LAST SYNC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CACHED</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LAST ERROR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KEY</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>VALUE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DEFAULT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MEANING</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TITLE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SNIPPET</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SCORE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown format "%1" for %2 (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--%1 is for %2 only (--source %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ACTION</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ITEM</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CHANGE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>THEIRS</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n change(s) to send again with the next sync.</source>
        <translation>
            <numerusform>%n change to send again with the next sync.</numerusform>
            <numerusform>%n changes to send again with the next sync.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) discarded.</source>
        <translation>
            <numerusform>%n change discarded.</numerusform>
            <numerusform>%n changes discarded.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cairn only reads %1: it cannot change its items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>writing to %1 is off: `cairn config set %2 true` switches it on (read-only until then)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not FIELD=VALUE with a field of %2 you may set here (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a date (yyyy-mm-dd, or empty for none), not "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is true or false, not "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 items cannot be %2 in Cairn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: cairn create SOURCE FIELD=VALUE…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: cairn comment SOURCE ID TEXT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: cairn delete SOURCE ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: cairn edit SOURCE ID FIELD=VALUE…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change %1 queued: it goes to %2 with the next sync (cairn sync --source %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: cairn outbox [list | retry ID|--all | discard ID|--all]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing waits to be sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: cairn outbox %1 ID|--all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>change %1 is not in conflict or failed (see cairn outbox)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>change %1 is not in the outbox, or is being sent (see cairn outbox)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>writing to %1 is off for the account "%2": switch it on in Accounts in the window (read-only until then)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::CommandLine</name>
    <message>
        <source>Keep the cache and settings in &lt;dir&gt;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print one JSON document on stdout.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>auto, full or partial (incremental).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At most &lt;n&gt; entries.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>json, csv or vcard.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write to &lt;file&gt; instead of stdout.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the window on the built-in simulator with sample data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the sign-in address instead of opening a browser.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Which account of the source (default: "default").</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read a personal access token (Jira: API token) from standard input.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read your OAuth app's client secret from standard input (first line) into the keychain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in with a code shown here (GitHub device flow).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No keychain: keep the token in memory, sync once and forget it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jira Cloud site, e.g. https://example.atlassian.net.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail address of the Jira account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asana: refresh the list of projects only, no tasks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>warning:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown command "%1": did you mean %2? (see `cairn help`)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown command "%1" (see `cairn help`)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: cairn help [COMMAND | exit-codes]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not take --%2 (see `cairn help %1`)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 takes no word "%2" (see `cairn help %1`)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: cairn %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(see `cairn help`)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no command given (see `cairn help`)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>history takes one --source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log what happens on stderr (see also CAIRN_LOG).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show this help (also: cairn help COMMAND).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Displays version information.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fetch what changed from the services into the cache: every source that is set up, or those of --source.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Per source: last sync, counts, state and last error.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The last sync runs, newest first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search the cache, offline: every word matches the start of a word. Exits 4 when nothing matches.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write every cached record of one source as JSON (the default), CSV or vCard (contacts).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read and change the settings; `cairn config list` shows every key, its value, default and meaning.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in to a source: in the browser, with a code (GitHub) or a token on standard input.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign out of a source: revoke the token where the service can and delete its secrets here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The accounts you are signed in to, and how (no secrets).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: cairn COMMAND [OPTIONS]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Options of every command:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Without a command, `cairn` opens the window (`cairn --demo`: on the built-in simulator with sample data).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>`cairn help COMMAND` shows a command's options and an example; `cairn help exit-codes` what the exit codes mean.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: cairn %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Example:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exit codes of cairn (a failure also prints one line starting "cairn: " on stderr):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: cairn help --man</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: cairn completion bash|zsh|fish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the manual page cairn(1) in man format (man -l &lt;(cairn help --man)).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Help on Cairn, on one command, or on what the exit codes mean; --man prints the manual page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print a completion script for bash, zsh or fish; load it with: source &lt;(cairn completion bash)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where the cache and the settings are kept (as --data-dir).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An access token for that one process, never written anywhere.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log rules (as QT_LOGGING_RULES), or any other value to log everything on stderr.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The cache (private to you); cairn.ini beside it holds the settings. Secrets live in the keychain only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cairn help COMMAND, cairn help exit-codes, cairn completion bash|zsh|fish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A source: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cairn keeps your %1 on your own machine.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>keep your %1 on your own machine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another server for a source (%1), e.g. the simulator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every change in conflict or failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change an item: shown in the cache at once, sent by the next sync (where `cairn config set SOURCE.write true` allows it).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create an item: shown in the cache at once, sent by the next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a comment to an item, sent by the next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete an item: gone from the cache at once, from the service with the next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The changes waiting to be sent: retry one in conflict (keeps yours) or failed, or discard it (keeps the service's).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::ConflictView</name>
    <message>
        <source>Keep all mine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take all theirs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send your values again, over %1's</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drop your values of these fields: %1's stay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 changed this too. Which value should stay?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 changed these too. Which values should stay?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your value goes to %1 again, over theirs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take theirs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your value is dropped: %1's stays</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::ContactDetailView</name>
    <message>
        <source>(no name)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>changed %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::ContactPane</name>
    <message>
        <source>Edit Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change this contact in Cairn: it goes to %1 with the next sync (F2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave the contact as it was (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nickname:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-&amp;mails:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Phones:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yyyy-mm-dd, or --mm-dd without the year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One a line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The name of the contact's first organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete this contact from %1 with the next sync, after asking (Delete)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gro&amp;ups:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The contact groups it is in (Space ticks or unticks one)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::ContactsModel</name>
    <message>
        <source>(no name)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (no name)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::ContactsPage</name>
    <message>
        <source>Search contacts (name, e-mail, phone, organization, note)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>No contacts yet — press Sync now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No contacts match “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A new contact: shown at once, made in Google Contacts with the next sync (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shown at once; made in Google Contacts with the next sync.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::DeviceFlow</name>
    <message>
        <source>%1 has no device sign-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the code %1 expired before it was entered; start again</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::ErrorBanner</name>
    <message>
        <source>Retry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::ExitCodes</name>
    <message>
        <source>done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>failed (network, service, a damaged or newer cache, …)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: an unknown command, option, source, account, mode, format, number or setting, or a value out of its range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not signed in: a source needs `cairn login` (no token, or the service refused it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing matched (`cairn search`)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot create: the data folder or --output is read-only, forbidden, not a folder, or a symbolic link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I/O error: the disk is full or failed (standard output included)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>busy: another Cairn process is syncing the same source; try again later</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::GlobalSearch</name>
    <message>
        <source>Search everything</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search contacts, projects, tasks, pull requests, issues…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asana projects</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asana tasks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pull requests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jira issues</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type to search every source at once — it works offline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The cache cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n result(s) in %1 ms — Enter opens the selected one</source>
        <translation>
            <numerusform>%n result in %1 ms — Enter opens the selected one</numerusform>
            <numerusform>%n results in %1 ms — Enter opens the selected one</numerusform>
        </translation>
    </message>
    <message>
        <source>(only the first %1 words were searched for)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merge requests</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::GoogleMapper</name>
    <message>
        <source>unexpected answer from Google People: an entry of "%1" is not an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected answer from Google People: a person without resourceName</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected answer from Google People: a contact group without resourceName</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::HttpClient</name>
    <message>
        <source>refusing to send credentials over plain http to %1 (https is required)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is rate limiting requests (HTTP %2); try again in %3 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>network error talking to %1 (%2 attempts): %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 keeps answering 429 Too Many Requests (rate limited); try again later</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 answered HTTP %2 after %3 attempts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 sent an answer larger than %2 MiB; it was not read (a page of any service is far smaller)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 took over %2 s to send one answer (%3 bytes by then); it was not read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 redirected to another address (%2); not followed, so your credentials stay with %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>elsewhere</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>network error talking to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 asked to be left alone for %3 min (HTTP %2, Retry-After); try again then</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refusing to send credentials to %1 (https is required)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::ItemPane</name>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep the change: shown at once, sent to %1 with the next sync (Ctrl+Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not kept: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete “%1” from %2? It is deleted there at the next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Until then, Undo in this pane keeps it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::JiraIssuesModel</name>
    <message>
        <source>%1 (deleted)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::JiraIssuesPage</name>
    <message>
        <source>Jira issues</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issue details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jira: nothing synced yet</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1: %2, last sync %3, %n issue(s)</source>
        <translation>
            <numerusform>%1: %2, last sync %3, %n issue</numerusform>
            <numerusform>%1: %2, last sync %3, %n issues</numerusform>
        </translation>
    </message>
    <message>
        <source>never synced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted in Jira (or no longer matched by the configuration's JQL)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reporter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Configuration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search issues (key, summary, people, description)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search issues</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n issue(s)</source>
        <translation>
            <numerusform>%n issue</numerusform>
            <numerusform>%n issues</numerusform>
        </translation>
    </message>
    <message>
        <source>No issues match “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select an issue to see its details and description.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No Jira issues yet. Choose the Jira site and the search whose issues to keep here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set up Jira…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jira: no configuration synced yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open in Jira</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::JiraProjectPickerDialog</name>
    <message>
        <source>&amp;Advanced: edit the JQL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose Jira projects</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search by name or key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search projects</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JQL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading the projects of %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not among this site's projects</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your Jira account cannot see any project on this site.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chosen: %1 · Shown: %2 of %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problem with the JQL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write a JQL query, e.g. project = ABC.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick at least one project, or write a JQL query.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jira is checking the JQL…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This JQL has no search restriction: add one, e.g. project = ABC, so that Cairn syncs a bounded set of issues.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jira could not check the JQL (%1).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::ListPage</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform><numerusform>%n matches</numerusform></translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::LocalChanges</name>
    <message>
        <source>Writing to %1 is off for the account "%2": Cairn only reads it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::MainWindow</name>
    <message>
        <source>Demo — data from the built-in simulator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open the cache: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show &amp;deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also list items deleted in their service (greyed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search &amp;everything…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search every source at once, offline too (Ctrl+K)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Demo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Simulate &amp;changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Let the simulator add, change and delete a few contacts; then sync to see them arrive</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The simulator changed %n contact(s) — press Sync now</source>
        <translation>
            <numerusform>The simulator changed %n contact — press Sync now</numerusform>
            <numerusform>The simulator changed %n contacts — press Sync now</numerusform>
        </translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This kind of item has no page in this version yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That item is no longer in the cache.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Sync %1 now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — starting…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1: %n change(s)</source>
        <translation>
            <numerusform>%1: %n change</numerusform>
            <numerusform>%1: %n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetch what changed in every source that is set up (Ctrl+R).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set up…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set &amp;up %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the sync failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose repositories…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set up Jira…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No source is set up yet: choose one on the left and press Set up….</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a &amp;service…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in to another service (the welcome page)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starting the first sync…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Filter this page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Cairn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing is set up yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose GitLab projects…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::MergeRequestsModel</name>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 ✓</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approved by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>!</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approvals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::MergeRequestsPage</name>
    <message>
        <source>Search merge requests (project, !number, title, author, branch, label)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search merge requests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merge requests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merge request details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a merge request to see its description and approvals.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n merge request(s)</source>
        <translation>
            <numerusform>%n merge request</numerusform>
            <numerusform>%n merge requests</numerusform>
        </translation>
    </message>
    <message>
        <source>No merge requests yet. Choose the GitLab projects to keep here; Cairn syncs them on its schedule.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No merge requests match “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose projects…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open in GitLab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Branch: %1 → %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assignees: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reviewers: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Labels: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approvals: none yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approved by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 required, %2 missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 required</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n comment</numerusform>
            <numerusform>%n comments</numerusform>
        </translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::NotSetUpPage</name>
    <message>
        <source>Set up…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not set up yet.
Sign in to an account to keep its data on this computer, browsable and searchable offline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not available in this version yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set up %1…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::OAuthConfig</name>
    <message>
        <source>no OAuth client id for %1: register an OAuth app with the service and set %2.oauth.client_id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the OAuth endpoints of %1 are not set</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::OAuthFlow</name>
    <message numerus="yes">
        <source>no answer from the browser within %n minute(s); sign-in cancelled</source>
        <translation>
            <numerusform>no answer from the browser within %n minute; sign-in cancelled</numerusform>
            <numerusform>no answer from the browser within %n minutes; sign-in cancelled</numerusform>
        </translation>
    </message>
    <message>
        <source>sign-in cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 refused the sign-in: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the browser came back without an authorization code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot listen on 127.0.0.1 port %1 for the sign-in answer (in use?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cairn is signed in. You can close this page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the token endpoint %1 redirected to another address (%2); not followed, so the sign-in's secrets stay with it</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::PeoplePage</name>
    <message>
        <source>&amp;Link names…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find a person…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find a person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Names this person goes by elsewhere (a GitHub login, another spelling), one per line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Link names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other names of this person (one per line):</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <source>No people yet — people come from your contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nobody matches “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::PersonView</name>
    <message>
        <source>Person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None in the cache.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a person to see everything about them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>also known as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asana tasks assigned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reviewed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pull requests opened or reviewed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jira issues assigned or reported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read this person: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reviewer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>assigned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merge requests opened, assigned or to review</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::PhotoCache</name>
    <message>
        <source>the photo's address is not a secure one (https)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the photo is larger than 5 MB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the photo could not be fetched: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the photo's data is not an image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the photo could not be kept: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the photo took over a minute to arrive</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::PickerDialog</name>
    <message>
        <source>%1 did not accept your account's sign-in: sign in again under Accounts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cairn cannot reach %1: check the network connection and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 did not give the list (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cairn is not signed in to %1: add your %1 account under Accounts first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::ProjectPickerDialog</name>
    <message>
        <source>Choose GitLab projects</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search by path, name or description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search projects</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading the projects your GitLab account is a member of…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not among your projects</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your GitLab account is not a member of any project yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chosen: %1 · Shown: %2 of %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::ProjectsPage</name>
    <message>
        <source>Projects</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::PullsModel</name>
    <message>
        <source>changes requested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>review requested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>commented</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repository</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::PullsPage</name>
    <message>
        <source>Pull requests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pull request details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a pull request to see its description and reviews.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Labels: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no description)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reviews</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No reviews yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search pull requests (repository, number, title, author, branch, label)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search pull requests</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n pull request(s)</source>
        <translation>
            <numerusform>%n pull request</numerusform>
            <numerusform>%n pull requests</numerusform>
        </translation>
    </message>
    <message>
        <source>No pull requests match “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No pull requests yet. Choose the repositories to keep here; Cairn syncs them on its schedule.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose repositories…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No repository synced yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open in GitHub</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::RelativeTime</name>
    <message>
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::RepoPickerDialog</name>
    <message>
        <source>Choose GitHub repositories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search by name or description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search repositories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repository</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visibility</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last push</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repositories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading the repositories your GitHub account can see…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cairn is not signed in to GitHub: add your GitHub account under Accounts first, or type the repositories in the box.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GitHub did not accept your account's sign-in: sign in again under Accounts, or type the repositories in the box.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cairn cannot reach GitHub: check the network connection and try again, or type the repositories in the box.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GitHub's list of your repositories could not be loaded (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not among this account's repositories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your GitHub account cannot see any repositories yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chosen: %1 · Shown: %2 of %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::SearchIndex</name>
    <message>
        <source>Asana project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::SecretStore</name>
    <message>
        <source>No keychain (Secret Service) is available: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the keychain refused: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the keyring is locked (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the keyring prompt was dismissed (%1)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::ServiceApi</name>
    <message numerus="yes">
        <source>%1 handed out the same next page twice in one listing (it would never end); stopped after %n page(s)</source>
        <translation>
            <numerusform>%1 handed out the same next page twice in one listing (it would never end); stopped after %n page</numerusform>
            <numerusform>%1 handed out the same next page twice in one listing (it would never end); stopped after %n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::ServiceCard</name>
    <message>
        <source>Your contacts — names, e-mail addresses, phone numbers, organisations, photos and groups.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your projects and tasks, with assignees, due dates, notes and comments.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The pull requests of the repositories you choose, with their reviews.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The issues of the projects you choose, with status, assignee, description and comments.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GitHub's sign-in grants access to your repositories; Cairn only reads pull requests. A fine-grained token with read-only access to pull requests is enough.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asks for read-only access to Jira issues and users (read:jira-work, read:jira-user).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in with Google</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in with Asana</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in with GitHub</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in with Atlassian</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1. In %1, create a project and enable the People API.&lt;br&gt;2. Create an OAuth client ID of type &lt;i&gt;Desktop app&lt;/i&gt;.&lt;br&gt;3. Enter its client ID and client secret here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Google Cloud console</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1. In %1, create a new app.&lt;br&gt;2. Under OAuth, add the redirect URL &lt;tt&gt;%2&lt;/tt&gt;.&lt;br&gt;3. Enter its client ID and client secret here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asana's developer console</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1. In %1, register a new OAuth app (any homepage; callback &lt;tt&gt;http://127.0.0.1/&lt;/tt&gt;).&lt;br&gt;2. Tick &lt;i&gt;Enable Device Flow&lt;/i&gt;.&lt;br&gt;3. Enter its client ID (and, to revoke on sign-out, a client secret) here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GitHub's developer settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1. In %1, create an OAuth 2.0 integration.&lt;br&gt;2. Add the callback URL &lt;tt&gt;%2&lt;/tt&gt; and the Jira permissions read:jira-work and read:jira-user.&lt;br&gt;3. Enter its client ID and secret here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Atlassian's developer console</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep for this session only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep the token in memory until Cairn quits, without the keyring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for the browser… Sign in there, then come back here. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the sign-in page again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the code &lt;b&gt;%1&lt;/b&gt; at %2 — Cairn waits for it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use an API token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use a personal access token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use your own OAuth app…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>https://your-team.atlassian.net</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>you@example.org</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where do I get one?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the site, your e-mail address and the API token.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the token.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kept in the keyring, never in a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save and sign in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the client ID and the client secret of your app.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose what to sync…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This copy of Cairn comes without a sign-in app for %1: use a token, or register your own OAuth app (a few minutes at the service).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This copy of Cairn comes without a sign-in app for %1: register your own OAuth app (a few minutes at the service) and sign in with it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not set up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Needs sign-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign-in stopped. Nothing was saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The merge requests of the GitLab projects you choose, with their approvals, on GitLab.com or a self-managed GitLab (its address goes in Settings).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asks for read-only access to the API (read_api). A personal access token works too: in GitLab, Preferences → Access tokens, with the scope read_api.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in with GitLab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1. In %1, add a new application: redirect URI &lt;tt&gt;%2&lt;/tt&gt;, not confidential, scope read_api.&lt;br&gt;2. Enter its application ID here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GitLab's application settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asana's sign-in grants access to your workspaces; Cairn only reads from them until you switch writing on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asks for read-only access to your contacts. Cairn changes them only once you switch writing on (it then asks for access that edits them).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::Settings</name>
    <message>
        <source>Google Contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asana</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GitHub</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jira</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is a folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it cannot be read (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1 holds binary data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1 is not a setting ("%2")</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it cannot be parsed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it cannot be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the settings file %1 cannot be used: %2; fix or remove it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minutes between two syncs of %1 while the window or the tray runs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also sync %1 once a day at this time (HH:mm, UTC).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync %1 even without a signed-in account (a token from the environment).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The address of the %1 API (CAIRN_&lt;SOURCE&gt;_API_URL overrides it).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The client id of your own OAuth app for %1 (its secret: `cairn login --client-secret-stdin`).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The OAuth scopes asked of %1 at sign-in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1's OAuth authorization endpoint.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1's OAuth token endpoint.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1's endpoint that revokes a token at logout.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1's device-code endpoint (`cairn login --device`).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1's endpoint that lists the sites a sign-in may read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The loopback port the browser returns to after signing in to %1 (0: any free port).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where contact photos are fetched from instead of Google's photo host.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The id of the Asana workspace to sync (default: the first).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync only the projects of this Asana portfolio (its id).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hours after which an Asana project's tasks are listed again, not only its events.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Days between two full syncs of %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The repositories whose pull requests are synced (owner/name, separated by spaces or commas).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The API address of a GitHub Enterprise server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The longest wait for GitHub's rate limit to reset before a sync stops.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The names of the Jira configurations to sync (default: every jira.&lt;name&gt;.jql).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hours between two sweeps for deleted Jira issues.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Jira Cloud site of a configuration (https://example.atlassian.net).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The JQL of a configuration: which issues are synced.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start Cairn in the tray when you log in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notify of new Asana tasks assigned to you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notify of pull requests waiting for your review.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notify of Jira issues newly assigned to you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kept by Cairn itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not "%4"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must be true or false, not "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must be a time of day such as 07:30, not "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must be a web address (https://…), not "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The share of the token's hourly GitHub quota (in percent) that background syncs leave to your other tools and to Sync now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GitLab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The projects whose merge requests are synced (group/project paths or project ids, separated by spaces or commas).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The API address of a self-managed GitLab (https://gitlab.example.com/api/v4).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hours between two complete listings of %1, which find deleted merge requests.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notify of merge requests assigned to you or waiting for your review.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send the changes you make to Asana tasks in Cairn to Asana (off: Cairn only reads, and keeps your changes until you switch it on). An account's own switch in Accounts… comes first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send the changes you make to Google contacts in Cairn to Google (it needs the scope that edits contacts: sign in again after switching it on; off: Cairn only reads, and keeps your changes until you switch it on). An account's own switch in Accounts… comes first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::SettingsDialog</name>
    <message>
        <source>Cairn uses a new folder from its next start. To keep the cache, move cairn.sqlite there; otherwise the next sync fetches everything again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a repository: write owner/name, e.g. qt/qtbase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jira configuration names use lower-case letters, digits, - and _ (row %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There are two Jira configurations named “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Jira configuration “%1” needs a site, e.g. https://example.atlassian.net.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Jira configuration “%1” needs a JQL query that bounds it, e.g. project = ABC.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The data folder must be a full path.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An Asana portfolio id is a number: the one in the portfolio's address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the site of the Jira configuration first, e.g. https://example.atlassian.net.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An Asana workspace id is a number: use Choose… to pick the workspace.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a GitLab project: write group/project (or its id), e.g. gitlab-org/gitlab.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not an address: write the API address of your GitLab, e.g. https://gitlab.example.com/api/v4, or leave it empty for GitLab.com.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::Sidebar</name>
    <message>
        <source>Pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each source with its status, then People and Sync history</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::SignIn</name>
    <message>
        <source>%1 needs the OAuth client secret of your app: enter it in Accounts, or use `cairn login %2 --client-secret-stdin`</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jira did not list a site this sign-in may use (accessible-resources: HTTP %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no device sign-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the token is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no personal tokens: sign in with the browser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no account "%1" for %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the sign-in was stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown source "%1" (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 takes no site and e-mail address: use --token-stdin alone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the %1 site must be an https address, like %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the e-mail address of the %1 account is missing</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::SignInRequest</name>
    <message>
        <source>The sign-in was stopped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keyring is locked — unlock it in the prompt, or keep this sign-in for this session only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keyring's prompt was dismissed, so nothing was saved. Sign in again to be asked once more, or keep this sign-in for this session only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No keychain (Secret Service) is available: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was saved. Cairn can keep the token for this session only, in memory.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed in to %1 — for this session only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed in to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed in to %1 as %2 — for this session only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::Sources</name>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 open), %n review(s)</source>
        <translation>
            <numerusform>%1 (%2 open), %n review</numerusform>
            <numerusform>%1 (%2 open), %n reviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pull request(s)</source>
        <translation>
            <numerusform>%n pull request</numerusform>
            <numerusform>%n pull requests</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 deleted)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s)</source>
        <translation>
            <numerusform>%n issue</numerusform>
            <numerusform>%n issues</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 open, %3 approved)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n merge request(s)</source>
        <translation>
            <numerusform>%n merge request</numerusform>
            <numerusform>%n merge requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::SourcesModel</name>
    <message>
        <source>not set up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>never synced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>synced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>syncing %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>syncing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>needs sign-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — not set up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — never synced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — synced %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2 of %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — syncing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — sync failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — needs sign-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — last sync cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>synced %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sync failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everything a person did in every source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every sync run, its API calls and time</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::SyncEngine</name>
    <message>
        <source>unknown or unsupported source "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is already syncing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>another Cairn process is syncing %1; try again when it has finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>internal error: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not signed in — run `cairn login %1` (or set %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot create the lock file in %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file could not be written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 asked to slow down: waiting %2 s</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::SyncHistoryModel</name>
    <message>
        <source>OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Needs sign-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API calls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::SyncHistoryPage</name>
    <message>
        <source>Sync history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API calls and duration per run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source shown in the chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chart of:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No full sync recorded yet to compare with.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The last full sync took %n API call(s); no incremental run since.</source>
        <translation>
            <numerusform>The last full sync took %n API call; no incremental run since.</numerusform>
            <numerusform>The last full sync took %n API calls; no incremental run since.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Since the last full sync (%1 calls), %n incremental run(s) took %2 calls instead of %3: %4 saved (%5 %).</source>
        <translation>
            <numerusform>Since the last full sync (%1 calls), %n incremental run took %2 calls instead of %3: %4 saved (%5 %).</numerusform>
            <numerusform>Since the last full sync (%1 calls), %n incremental runs took %2 calls instead of %3: %4 saved (%5 %).</numerusform>
        </translation>
    </message>
    <message>
        <source>No runs yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API calls, full runs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API calls, incremental runs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duration (s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API calls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::SyncSession</name>
    <message>
        <source>the cache is not open yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>internal error: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not signed in to %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::SyncStatusBar</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>● Offline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No network connection: the cache can be browsed, syncs will fail until it is back.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::TaskDetailView</name>
    <message>
        <source>Task details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the task: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a task to see its details.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(untitled task)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted in Asana</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Completed %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subtasks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>in Asana</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::TaskPane</name>
    <message>
        <source>Edit Task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add &amp;comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change this task in Cairn: it goes to %1 with the next sync (F2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave the task as it was (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a comment… (Ctrl+Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The comment goes to %1 with the next sync (Ctrl+Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Co&amp;mpleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No due date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nobody</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (me)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plain text: new notes replace the task's formatted notes in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The assignee cannot be changed here yet: Cairn knows the people of a workspace from its tasks' assignees, and none of this workspace's tasks is assigned.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A task needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete Task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete this task in %1 with the next sync, after asking (Delete)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::TasksPage</name>
    <message>
        <source>Show c&amp;ompleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search tasks (name, notes, assignee, tags)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search tasks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No Asana tasks yet — press Sync now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No tasks match “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No tasks here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No open tasks here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ne&amp;w task…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A new task in a project: shown at once, made in Asana with the next sync (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New Task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shown at once; made in Asana with the next sync.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::TokenManager</name>
    <message>
        <source>account "%1" of %2 needs sign-in: %3 (cairn login %4 --account %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its sign-in was refused earlier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no token in the keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the service refused the token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no usable token in the keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 needs sign-in: %2 (cairn login %3)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::Tray</name>
    <message>
        <source>No system tray was found: Cairn syncs on its schedule only while this window is open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cairn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open Cairn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Pause syncing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For &amp;30 minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For &amp;1 hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Until resumed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Resume syncing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Syncing paused until %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Syncing paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Offline: syncing resumes when the network is back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 needs sign-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cairn keeps syncing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cairn is still running in the tray. Choose Quit from its menu to stop it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::WatchNotifier</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new Asana task(s) assigned to you</source>
        <translation>
            <numerusform>%n new Asana task assigned to you</numerusform>
            <numerusform>%n new Asana tasks assigned to you</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pull request(s) waiting for your review</source>
        <translation>
            <numerusform>%n pull request waiting for your review</numerusform>
            <numerusform>%n pull requests waiting for your review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Jira issue(s) newly assigned to you</source>
        <translation>
            <numerusform>%n Jira issue newly assigned to you</numerusform>
            <numerusform>%n Jira issues newly assigned to you</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merge request(s) assigned to you or waiting for your review</source>
        <translation>
            <numerusform>%n merge request assigned to you or waiting for your review</numerusform>
            <numerusform>%n merge requests assigned to you or waiting for your review</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::WelcomePage</name>
    <message>
        <source>Welcome to Cairn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cairn keeps your data from these services on this computer — browsable and searchable offline, kept fresh in the background with as few requests as each service allows. Sign in to the ones you use; the others stay out of the way.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::WindowApp</name>
    <message>
        <source>Cairn cannot start</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::adf</name>
    <message>
        <source>attachment</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::asana</name>
    <message>
        <source>unexpected answer from Asana: no "data" in a list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected answer from Asana: an item of "data" is not an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asana refused the credentials (%1): sign in again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asana answered %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this Asana account has no workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asana refused an events sync token without giving a new one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asana sent events without a sync token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected answer from Asana: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a %1 without a gid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a date and time: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected answer from Asana: an item without a gid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a new Asana task needs a name: name="…"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a new Asana task needs a project: projects=&lt;project id&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no Asana project %1 in the cache (cairn sync --source asana first)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no Asana task %1 in the cache (cairn sync --source asana first)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the task was deleted in Asana</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::dates</name>
    <message>
        <source>%1 %2</source>
        <comment>date and time</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::files</name>
    <message>
        <source>cannot write in the data folder %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the system gave no reason</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::github</name>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GitHub refused the token (%1): sign in again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GitHub answered 404 Not Found: the repository does not exist or the token cannot see it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GitHub answered %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GitHub's next-page link points to another server (%1): not followed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected answer from GitHub: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a %1 without a valid "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a date and time: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pull request #%1 has the unknown state "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a label of pull request #%1 is not an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a user in "%1" of pull request #%2 is not an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pull request #%1 has no "updated_at"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no GitHub repositories to sync: cairn config set github.repos "owner/name …"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" in github.repos is not a repository name (owner/name)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 repositories failed: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GitHub's GraphQL quota is spent: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GitHub refused the query (%1): %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>waiting for GitHub's quota until %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GitHub's quota for this hour is spent (by Cairn or the token's other tools) until %1; sync again then</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::gitlab</name>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GitLab refused the token (%1): sign in again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GitLab answered 403 Forbidden (%1): the token needs the read_api scope and access to the project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GitLab answered %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected answer from GitLab: x-next-page is "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a %1 without a valid "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a date and time: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a user in %1 is not an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected answer from GitLab: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>merge request %1 has the unknown state "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a label of merge request %1 is neither a name nor an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>merge request %1 has no "updated_at"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>approvals without "approved_by"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an approval is not an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a project without "path_with_namespace"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the user has no "username"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no GitLab projects to sync: cairn config set gitlab.projects "group/project …"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 projects failed: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GitLab answered 404 for project %1: it was deleted, or the token cannot see it (its merge requests are marked deleted)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::google</name>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Google refused the credentials (%1): sign in again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Google People answered %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected answer from Google People: a connection is not an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected answer from Google People: a contact group is not an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Google People ended a listing without a sync token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>birthday is a date (yyyy-mm-dd, --mm-dd without the year, or empty for none), not "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no Google contact %1 in the cache (cairn sync --source google first)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a new contact needs a name, an e-mail, a phone or an organisation: name="…"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the contact was deleted in Google</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::jira</name>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jira refused the credentials (%1): check CAIRN_JIRA_EMAIL and the API token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jira answered %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected answer from Jira: no "issues" in a search page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected answer from Jira: an issue is not an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected answer from Jira: an issue without an id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jira did not say what time it is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected answer from Jira: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>issue %1 has an unreadable "%2" time: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an issue without an id or key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>issue %1 has a label that is not a string</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>issue %1 has no "updated" time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>issue %1 has a description that is not a document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no Jira configuration: set jira.configs and jira.&lt;name&gt;.site and jira.&lt;name&gt;.jql</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>jira.%1.jql is not set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>jira.%1.site is not set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jira configuration %1: the time of the last sync was lost; continuing from the server's time %2 without downloading everything again (changes made before it may be missing: run a full sync to be sure)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it found no issue at all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jira configuration %1: the deletion sweep failed (%2); nothing was marked deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected answer from Jira: no "issues" in a bulk fetch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected answer from Jira: an issue error without an id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected answer from Jira: no "values" in a list of projects</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected answer from Jira: a project without a key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected answer from Jira: no check of the JQL</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::json</name>
    <message>
        <source>unexpected answer from %1: "%2" is not %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>malformed JSON from %1 (%2 at byte %3 of %4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected answer from %1: not a JSON object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected answer from %1: not a JSON list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected answer from %1: an item of the list is not an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::oauth</name>
    <message>
        <source>%1 refused the sign-in: %2%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the sign-in to %1 has expired or was revoked (%2); sign in again</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cairn::words</name>
    <message>
        <source>full</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>incremental</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>merged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>