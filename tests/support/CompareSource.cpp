#include "CompareSource.h"
#include "AsanaCompare.h"
#include "GitHubCompare.h"
#include "JiraCompare.h"

namespace cairn::test {

QString compareSource(SyncHarness &h, const QString &source)
{
    if (source == QLatin1String("google"))
        return h.compareGoogle();
    if (source == QLatin1String("asana"))
        return compareAsana(h);
    if (source == QLatin1String("github"))
        return compareGitHub(h);
    return compareJira(h);
}

} // namespace cairn::test
