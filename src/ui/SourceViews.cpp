#include "SourceViews.h"
#include "asana/AsanaViews.h"
#include "github/GitHubViews.h"
#include "gitlab/GitLabViews.h"
#include "google/GoogleViews.h"
#include "jira/JiraViews.h"

#include <QCoreApplication>

namespace cairn {

namespace {
const QList<const SourceViews *> &theList()
{
    // The one list of the sources' window parts: one line each, as src/sources/Sources.cpp
    // (docs/adding-a-source.md).
    static const QList<const SourceViews *> list{
        &googleViews(),
        &asanaViews(),
        &gitHubViews(),
        &jiraViews(),
        &gitLabViews(),
    };
    return list;
}

QList<const SourceViews *> &installed()
{
    static QList<const SourceViews *> views = theList();
    return views;
}
} // namespace

const QList<const SourceViews *> &SourceViews::all()
{
    return installed();
}

const SourceViews *SourceViews::find(const QString &id)
{
    for (const SourceViews *v : installed())
        if (v->id == id)
            return v;
    return nullptr;
}

const SourceViews *SourceViews::ofPeople()
{
    for (const SourceViews *v : installed())
        if (v->directory.model)
            return v;
    return nullptr;
}

void SourceViews::install(const QList<const SourceViews *> &views)
{
    installed() = views.isEmpty() ? theList() : views;
}

QString SourceViews::translated(const char *context, const char *text, int n)
{
    return text ? QCoreApplication::translate(context, text, nullptr, n) : QString();
}

} // namespace cairn
