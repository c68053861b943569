// Word lists of the demo flavour (Options::demo): whole titles a real team would write, in
// English and some German, and plausible fictional companies. The tests' generators keep
// their mixed-script lists; these only replace the texts, each chosen from the same random
// values the test flavour would have used, so ids and counts stay as they are.
#pragma once

#include <QString>

#include <random>

namespace sim::demo {

QString taskName(quint32 a, quint32 b);       // Asana task, e.g. "Update onboarding checklist for new hires"
QString taskNotes(quint32 r, bool longNotes);  // Asana task description (several paragraphs when long)
QString projectName(quint32 r, int index);     // Asana project; distinct for the first projects
QString pullTitle(quint32 a, quint32 b);       // GitHub pull request, GitLab merge request
QString pullTitle(std::mt19937 &rng);          // the same of two draws, in this order
QString pullBody(const QString &title, bool longBody);
QString issueSummary(quint32 a, quint32 b);    // Jira issue
QString organization(quint32 r);               // Google contact's company

} // namespace sim::demo
