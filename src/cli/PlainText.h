#pragma once
#include <QString>

namespace cairn {

// A search snippet (of a task's notes, a pull request's body, an issue's description) as one
// line of plain words: line breaks become spaces and the Markdown markers go (headings,
// quotes, list bullets and task boxes, emphasis, code ticks and fences, rules; a link or an
// image keeps its text). Runs of spaces become one. Not made printable: printableLine() is.
QString plainSnippet(const QString &markdown);

} // namespace cairn
