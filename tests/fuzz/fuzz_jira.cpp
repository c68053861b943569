// Jira's issue mapper and its ADF renderer on a response body: a wrong shape is a clear
// one-line error; a description renders to text and to HTML that loads and runs nothing.
#include "FuzzEntries.h"
#include "jira/Adf.h"
#include "jira/JiraMapper.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace cairn;

CAIRN_FUZZ_TARGET(jira)
{
    fuzz::Checks checks;
    const QJsonDocument doc = QJsonDocument::fromJson(data);
    const QJsonValue value = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    // The renderer takes any value: a document, a node, or garbage.
    (void)adf::toPlainText(value);
    const QString html = adf::toHtml(value).toLower();
    for (const char *bad : {"<script", "<img", "<iframe", "<object", "<link", "javascript:", "<style"})
        checks.expect(!html.contains(QLatin1String(bad)), QStringLiteral("rendered HTML holds ") + QLatin1String(bad));
    if (doc.isObject()) {
        try {
            const JiraIssue issue = jira::issueFromJson(doc.object(), QStringLiteral("main"));
            checks.expect(!issue.key.isEmpty() || !issue.id.isEmpty(), QStringLiteral("an issue with neither id nor key"));
        } catch (const Error &e) {
            checks.add(fuzz::errorProblem(e));
        }
    }
    return checks.result();
}
