// A whole people/me/connections page, as the syncer parses it off the GUI thread.
#include "FuzzEntries.h"
#include "google/GoogleApi.h"

using namespace cairn;

CAIRN_FUZZ_TARGET(google_connections)
{
    fuzz::Checks checks;
    try {
        const google::ConnectionsPage page = google::parseConnectionsPage(data);
        for (const Contact &c : page.people)
            checks.add(fuzz::checkMappedContact(c));
        checks.expect(page.totalItems >= -1, QStringLiteral("totalItems %1").arg(page.totalItems));
        checks.add(fuzz::checkExports(page.people));
    } catch (const Error &e) {
        checks.expect(e.kind == Error::Kind::BadResponse, QStringLiteral("a page error that is not BadResponse"));
        checks.add(fuzz::errorProblem(e));
    }
    return checks.result();
}
