#pragma once
#include <QString>

namespace cairn {

// Text from a service or a file made fit for an error message: control characters, bidi
// overrides and line breaks become spaces, runs of spaces one, and at most `maxChars`
// characters are kept (never half a surrogate pair; "…" marks the cut).
QString clipLine(const QString &text, qsizetype maxChars = 300);

// Text from a service, the cache or a file made safe to print as (part of) one line of a
// terminal: nothing a terminal would act on gets through. Tabs and line breaks (C0, U+0085,
// U+2028/9) become spaces; every other C0 and C1 control character (U+0000–U+001F,
// U+007F–U+009F), bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and
// half surrogate pairs become U+FFFD, so that they show instead of acting. Everything else is
// kept as it is. Every human-readable line the command line prints goes through it (JSON
// output does not need it: QJsonDocument escapes control characters).
QString printableLine(const QString &text);

} // namespace cairn
