// Person JSON exactly in the People API's shape (field order and nesting of the recorded
// responses), restricted to a personFields mask.
#pragma once

#include "sim/google/GoogleData.h"
#include "sim/JsonWriter.h"

#include <optional>

namespace sim {

namespace PersonField {
// bit numbers of the personFields mask (only those the simulator stores are listed by name)
enum : quint64 {
    Addresses = 1ull << 0,
    Biographies = 1ull << 2,
    Birthdays = 1ull << 3,
    ClientData = 1ull << 5,
    EmailAddresses = 1ull << 7,
    Memberships = 1ull << 15,
    Metadata = 1ull << 16,
    Names = 1ull << 18,
    Nicknames = 1ull << 19,
    Organizations = 1ull << 21,
    PhoneNumbers = 1ull << 22,
    Photos = 1ull << 23,
    Urls = 1ull << 27,
};
}

// Parses "names,emailAddresses,..." into a mask; nullopt + the offending path when invalid.
std::optional<quint64> parsePersonFields(const QString &list, QString *badPath);
QString canonicalPersonFields(quint64 mask);
// Every path: what people.createContact and updateContact answer without personFields.
quint64 allPersonFields();

// The person as JSON, served from the contact's cache when the revision and mask match.
const QByteArray &personJson(const GContact &c, quint64 mask);
// A deleted person: resourceName, etag and metadata{sources, deleted:true, objectType}.
QByteArray tombstoneJson(const GContact &c);

} // namespace sim
