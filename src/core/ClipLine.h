#pragma once
#include <QString>

namespace cairn {

// Text from a service or a file made fit for an error message: control characters and line
// breaks become spaces, runs of spaces one, and at most `maxChars` characters are kept
// (never half a surrogate pair; "…" marks the cut).
QString clipLine(const QString &text, qsizetype maxChars = 300);

} // namespace cairn
