// Demo word lists: see DemoWords.h.
#include "sim/DemoWords.h"

#include <algorithm>
#include <iterator>

namespace sim::demo {

namespace {

const char *const kTasks[] = {
    "Update onboarding checklist for new hires", "Quarterly budget review with finance",
    "Book venue for the team offsite", "Prepare slides for the all-hands meeting",
    "Collect feedback on the new pricing page", "Renew the SSL certificate for the shop",
    "Write job description for the support role", "Schedule interviews with shortlisted candidates",
    "Send contract draft to legal", "Follow up with Northwind about the late invoice",
    "Draft the newsletter for March", "Clean up the shared drive folders",
    "Order new laptops for the design team", "Review the vendor security questionnaire",
    "Plan the customer webinar", "Update the FAQ after the release", "Check travel budget for the conference",
    "Migrate old wiki pages", "Set up the booth for the trade fair", "Reply to the partnership inquiry",
    "Publish the case study with Lumen Health", "Archive last year's project files",
    "Agree on holiday cover for December", "Test the checkout flow on mobile", "Prepare the board report",
    "Write release notes for version 2.4", "Sort out parking permits for visitors",
    "Call the printer about the brochure proofs", "Go through the customer survey results",
    "Review the social media calendar", "Translate the product sheet into German",
    "Rechnungsvorlage für Q1 anpassen", "Angebot für Bergmann & Söhne vorbereiten",
    "Urlaubsplanung für das Team abstimmen", "Protokoll der Teamsitzung verschicken",
    "Messestand in Hannover buchen", "Datenschutzerklärung aktualisieren", "Reisekosten für März abrechnen",
    "Neue Mitarbeiterin im Büro einrichten", "Lieferantenvertrag verlängern", "Kundenumfrage auswerten"};

const char *const kProjects[] = {"Website relaunch", "Spring campaign", "Hiring 2026", "Office move",
                                 "Customer onboarding", "Product launch", "Trade fair Hannover", "Finance & admin",
                                 "Partner programme", "Support knowledge base", "Büroumzug Köln", "Mobile app v3"};

const char *const kNotes[] = {
    "Talk to Mia before changing the numbers — finance still has to sign off.",
    "The old version is in the shared drive under Archive. Keep the structure, just update the contents.",
    "Deadline is firm: the customer presents it to their board on Friday.",
    "Bitte mit dem Vertrieb abstimmen, bevor das rausgeht.",
    "Notes from the call:\n- they want the summary by end of week\n- budget is approved\n- next call in two weeks",
    "Low priority, but it keeps coming up in support tickets."};

const char *const kLongNote =
    "Background: this came out of the retrospective last month. Several people mentioned that the current "
    "process takes too long and that nobody is quite sure who owns which step.\n\n"
    "What we agreed:\n- one owner per step, written down in the checklist\n- a short review every Monday\n"
    "- anything blocked for more than three days goes to the team lead\n\n"
    "Open questions: do we need sign-off from legal for the customer-facing parts? Who covers during the "
    "holidays? Please add your thoughts as comments rather than editing this description.";

const char *const kPulls[] = {
    "Fix crash when opening an empty project", "Add CSV export to the reports page",
    "Bump eslint from 8.56.0 to 8.57.0", "Refactor the session handling into its own module",
    "Speed up search by caching the index", "Remove the deprecated v1 endpoints", "Document the release process",
    "Fix login redirect loop behind the proxy", "Add dark mode to the settings page",
    "Handle timeouts when the payment provider is slow", "Fix flaky test in the scheduler suite",
    "Update German translations", "Show a spinner while the dashboard loads",
    "Validate email addresses on the signup form", "Migrate CI to the new runners",
    "Fix off-by-one in pagination", "Add retry with backoff to the webhook sender",
    "Upgrade to PostgreSQL 16", "Make the sidebar keyboard accessible", "Fix typo in the onboarding emails",
    "Log request ids for easier debugging", "Split the settings page into tabs",
    "Fix time zone handling in the calendar export", "Add health check endpoint"};

const char *const kIssues[] = {
    "Crash when opening an empty project", "Export to CSV drops the last row",
    "Login fails after password reset", "Sync stops after the laptop wakes from sleep",
    "Invoice PDF shows the wrong VAT rate", "Search is slow with more than 10,000 items",
    "Add bulk edit for tasks", "Calendar shows events one hour late after DST change",
    "Upload fails for files larger than 2 GB", "Improve error message when the token expires",
    "Dark mode: low contrast in the sidebar", "Customer cannot change billing address",
    "Investigate timeouts on the reports page", "Document the backup and restore procedure",
    "Rate limit reached during nightly import", "Settings page forgets the selected language",
    "Add two-factor authentication for admins", "Move staging to the new cluster",
    "Password reset email lands in spam", "Dashboard widgets overlap on small screens",
    "Rechnungsnummer fehlt im PDF-Export", "Umlaute im Dateinamen werden falsch angezeigt",
    "Kündigungsbestätigung wird nicht versendet", "Suche findet keine Ergebnisse mit Bindestrich"};

const char *const kCompanies[] = {
    "Northwind Logistics", "Bergmann & Söhne GmbH", "Lumen Health", "Harbor & Pine Consulting",
    "Bluefield Analytics", "Kessler Bau AG", "Greenway Foods", "Altmann Steuerberatung", "Riverside Dental Clinic",
    "Summit Outdoor Supply", "Fischer Medientechnik GmbH", "Oakridge Insurance", "Copperleaf Design Studio",
    "Nordlicht Software GmbH", "Meridian Travel", "Stadtwerke Lindenau", "Brightline Education", "Hofmann & Partner",
    "Cedar Creek Veterinary", "Vogel Maschinenbau GmbH", "Clearwater Legal LLP", "Redwood Property Management"};

template<std::size_t N>
QString from(const char *const (&list)[N], quint64 r)
{
    return QString::fromUtf8(list[r % N]);
}

quint64 mix(quint32 a, quint32 b)
{
    return quint64(a) * 0x9E3779B1u + b;
}

} // namespace

QString taskName(quint32 a, quint32 b) { return from(kTasks, mix(a, b)); }

QString taskNotes(quint32 r, bool longNotes)
{
    const QString notes = from(kNotes, r);
    return longNotes ? notes + QStringLiteral("\n\n") + QString::fromUtf8(kLongNote) : notes;
}

QString projectName(quint32 r, int index)
{
    return from(kProjects, quint64(r % std::size(kProjects)) + quint64(std::max(0, index)));
}

QString pullTitle(quint32 a, quint32 b) { return from(kPulls, mix(a, b)); }

QString pullTitle(std::mt19937 &rng)
{
    const quint32 a = rng();
    return pullTitle(a, rng());
}

QString pullBody(const QString &title, bool longBody)
{
    QString body = QStringLiteral("## What\n%1.\n\n## How to test\n1. Check out the branch\n2. Run the test suite\n"
                                  "3. Try it in the staging environment").arg(title);
    if (longBody)
        body += QStringLiteral("\n\n## Notes\n") + QString::fromUtf8(kLongNote);
    return body;
}

QString issueSummary(quint32 a, quint32 b) { return from(kIssues, mix(a, b)); }

QString organization(quint32 r) { return from(kCompanies, r); }

} // namespace sim::demo
