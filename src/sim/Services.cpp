#include "sim/Services.h"
#include "sim/asana/AsanaSimService.h"
#include "sim/github/GitHubSimService.h"
#include "sim/gitlab/GitLabSimService.h"
#include "sim/google/GoogleSimService.h"
#include "sim/jira/JiraSimService.h"

namespace sim::Services {

const QList<const SimServiceDescriptor *> &all()
{
    // The one list of the simulator's services: one line each (docs/adding-a-source.md).
    static const QList<const SimServiceDescriptor *> list{
        &googleSimService(),
        &asanaSimService(),
        &gitHubSimService(),
        &jiraSimService(),
        &gitLabSimService(),
    };
    return list;
}

QStringList ids()
{
    QStringList out;
    for (const SimServiceDescriptor *d : all())
        out << d->id;
    return out;
}

const SimServiceDescriptor *find(const QString &id)
{
    for (const SimServiceDescriptor *d : all())
        if (d->id == id)
            return d;
    return nullptr;
}

QString titles()
{
    QStringList names;
    for (const SimServiceDescriptor *d : all())
        names << d->title;
    const QString last = names.size() > 1 ? names.takeLast() : QString();
    return last.isEmpty() ? names.join(QString()) : names.join(QStringLiteral(", ")) + QStringLiteral(" and ") + last;
}

void forDemo(Options &options)
{
    for (const SimServiceDescriptor *d : all())
        if (d->demo)
            d->demo(options);
}

} // namespace sim::Services
