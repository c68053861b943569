// The Google People mapper on one person (and as a contact group): a wrong type is a clear
// one-line error, and a mapped contact keeps the mapper's promises and exports cleanly.
#include "FuzzEntries.h"
#include "google/GoogleMapper.h"
#include "Json.h"

using namespace cairn;

CAIRN_FUZZ_TARGET(google_person)
{
    fuzz::Checks checks;
    QJsonObject person;
    try {
        person = json::parseObject(data, QStringLiteral("Google People"));
    } catch (const Error &e) {
        return fuzz::errorProblem(e);
    }
    try {
        const Contact c = google::contactFromPerson(person);
        checks.add(fuzz::checkMappedContact(c));
        checks.expect(google::contactFromPerson(person) == c, QStringLiteral("mapping the same person twice differs"));
        checks.add(fuzz::checkExports({c}));
    } catch (const Error &e) {
        checks.expect(e.kind == Error::Kind::BadResponse, QStringLiteral("a mapper error that is not BadResponse"));
        checks.add(fuzz::errorProblem(e));
    }
    try {
        const ContactGroup g = google::groupFromJson(person);
        checks.expect(!g.resourceName.isEmpty(), QStringLiteral("a group without resourceName"));
    } catch (const Error &e) {
        checks.add(fuzz::errorProblem(e));
    }
    return checks.result();
}
