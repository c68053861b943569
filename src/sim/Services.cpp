#include "sim/Services.h"
#include "sim/asana/AsanaSimService.h"
#include "sim/github/GitHubSimService.h"
#include "sim/gitlab/GitLabSimService.h"
#include "sim/google/GoogleSimService.h"
#include "sim/jira/JiraSimService.h"

#include <algorithm>

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

namespace {
// One field of every service, in the list's order.
QStringList each(QString SimServiceDescriptor::*field)
{
    QStringList out;
    for (const SimServiceDescriptor *d : all())
        out << d->*field;
    return out;
}
} // namespace

QStringList ids()
{
    return each(&SimServiceDescriptor::id);
}

const SimServiceDescriptor *find(const QString &id)
{
    const QList<const SimServiceDescriptor *> &list = all();
    const auto it = std::find_if(list.begin(), list.end(), [&id](const SimServiceDescriptor *d) { return d->id == id; });
    return it == list.end() ? nullptr : *it;
}

QString titles()
{
    QStringList names = each(&SimServiceDescriptor::title);
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
