// The services' error-body parsers: the first two bytes are the HTTP status (400-599), the
// rest the body. Whatever the body, the error is one clear line with the right kind.
#include "asana/AsanaApi.h"
#include "FuzzEntries.h"
#include "google/GoogleApi.h"

using namespace cairn;

CAIRN_FUZZ_TARGET(error_body)
{
    fuzz::Checks checks;
    HttpResponse r;
    r.status = data.size() >= 2 ? 400 + (uchar(data[0]) * 256 + uchar(data[1])) % 200 : 500;
    r.body = data.mid(2);

    const Error g = google::errorFromResponse(r);
    checks.add(fuzz::errorProblem(g));
    checks.expect(g.httpStatus == r.status, QStringLiteral("google: status %1 became %2").arg(r.status).arg(g.httpStatus));
    if (g.kind == Error::Kind::Expired)
        checks.expect(g.reason == QLatin1String("EXPIRED_SYNC_TOKEN"), QStringLiteral("google: Expired without its reason"));
    else
        checks.expect(g.kind == ((r.status == 401 || r.status == 403) ? Error::Kind::Auth : Error::Kind::Http),
                      QStringLiteral("google: wrong kind for status %1").arg(r.status));

    const Error a = asana::errorFromResponse(r);
    checks.add(fuzz::errorProblem(a));
    checks.expect(a.httpStatus == r.status, QStringLiteral("asana: status %1 became %2").arg(r.status).arg(a.httpStatus));
    checks.expect(a.kind == (r.status == 401 ? Error::Kind::Auth : Error::Kind::Http),
                  QStringLiteral("asana: wrong kind for status %1").arg(r.status));
    return checks.result();
}
