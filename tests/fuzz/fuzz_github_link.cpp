// GitHub's Link header (pagination, followed as given): any value gives no next page or one
// absolute http(s) URL, taken from a rel="next" entry of the header.
#include "FuzzEntries.h"
#include "github/GitHubApi.h"

using namespace cairn;

CAIRN_FUZZ_TARGET(github_link)
{
    fuzz::Checks checks;
    const QUrl next = github::nextLink(data);
    if (!next.isEmpty()) {
        checks.expect(next.isValid(), QStringLiteral("an invalid next URL ") + fuzz::shown(next.toString()));
        checks.expect(next.scheme() == QLatin1String("https") || next.scheme() == QLatin1String("http"),
                      QStringLiteral("a next URL that is not http(s): ") + fuzz::shown(next.toString()));
        checks.expect(data.contains("next"), QStringLiteral("a next URL from a header without rel=\"next\""));
    }
    return checks.result();
}
