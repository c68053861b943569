#pragma once
#include "SyncRun.h"

#include <QString>
#include <QStringList>

namespace cairn {

// The words the window and the command line both use for the same thing (one place, so that
// they never drift apart: "incremental" in one and "partial" in the other).
namespace words {

// A sync run's mode as a person reads it: "full" or "incremental" (partial), "auto" before
// the syncer decided.
QString syncMode(SyncMode mode);
// A pull request's state: "merged" (whatever GitHub's `state` says: a merged pull is closed
// there), "closed", "draft", "open"; "deleted" when it left the service.
QString pullState(const QString &state, bool merged, bool draft, bool deleted = false);
// A contact's title: its name, else its e-mail, then its organisation, then its phone; "" when
// it has none of them.
QString contactTitle(const QString &name, const QString &email, const QString &organization, const QString &phone);
// A list in a sentence: "google, asana, github or jira" (oneOf), "Google Contacts, Asana,
// GitHub and Jira" (allOf); the one word alone, "" for none.
QString oneOf(const QStringList &words);
QString allOf(const QStringList &words);

} // namespace words
} // namespace cairn
