#pragma once
#include <QString>

namespace cairn {

// The window speaks of its own buttons, never of commands or settings keys. Messages from the
// layers below (shared with the command line) end with a hint for the terminal — "run `cairn
// login google` or set CAIRN_GOOGLE_TOKEN", "(cairn login google --account work)", "set
// github.repos", "check CAIRN_JIRA_EMAIL" —; windowText() cuts that hint off at the clause
// that holds it, and the window puts its own button ("Sign in…", "Choose repositories…")
// beside the message instead.
QString windowText(const QString &message);
// windowText() as a whole sentence: a capital first letter and a full stop at the end.
QString windowSentence(const QString &message);
// Whether `text` holds something only a terminal user could act on.
bool mentionsCommandLine(const QString &text);

} // namespace cairn
