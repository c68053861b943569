#pragma once
#include <QJsonValue>
#include <QString>

namespace cairn::adf {

// Atlassian Document Format (Jira v3 descriptions) rendered without any network access.
// Pure functions of their input: any JSON at all gives some text and never crashes
// (unknown nodes render their children; nesting deeper than a limit is cut off).
QString toPlainText(const QJsonValue &doc);
// HTML for a QTextBrowser: text escaped, links only for http(s)/mailto, media as a label
// (nothing is loaded).
QString toHtml(const QJsonValue &doc);

} // namespace cairn::adf
