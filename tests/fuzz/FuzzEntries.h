#pragma once
// The fuzz entries and the invariants they check, shared by the libFuzzer executables
// (FuzzMain.cpp) and the regular test that replays the corpus (tst_fuzzcorpus.cpp).
#include "google/Contact.h"
#include "Error.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace cairn::fuzz {

// Runs the code under test on `data` and checks its invariants: returns "" when they hold,
// else what broke. An expected rejection (cairn::Error) is no finding, but its message must
// be one clean line. A crash, sanitizer report or other exception is a finding too.
using Entry = QString (*)(const QByteArray &data);

struct Target
{
    QString name;
    Entry entry;
};

// Every entry linked into this executable.
QList<Target> &targets();

struct Registration
{
    Registration(const char *name, Entry entry) { targets().append({QString::fromLatin1(name), entry}); }
};

// In tests/fuzz/fuzz_<name>.cpp:  CAIRN_FUZZ_TARGET(<name>) { ...; return checks.result(); }
#define CAIRN_FUZZ_TARGET(name)                                                                  \
    static QString cairnFuzzEntry_##name(const QByteArray &data);                                \
    static const ::cairn::fuzz::Registration cairnFuzzRegistration_##name(#name, &cairnFuzzEntry_##name); \
    static QString cairnFuzzEntry_##name(const QByteArray &data)

// Collects broken invariants.
class Checks
{
public:
    void expect(bool holds, const QString &what)
    {
        if (!holds)
            m_failures << what;
    }
    void add(const QString &failure)
    {
        if (!failure.isEmpty())
            m_failures << failure;
    }
    QString result() const { return m_failures.join(QStringLiteral("; ")); }

private:
    QStringList m_failures;
};

// "" when `e` is a clear one-line error: a non-empty message of at most 500 characters
// without control characters or broken surrogate pairs.
QString errorProblem(const Error &e);
// "" when `text` is one clean line (as above, without the length limit).
QString lineProblem(const QString &text);
// The text for a report: quoted, control characters escaped, at most 120 characters.
QString shown(const QString &text);

// A byte stream as contacts: 0x1E separates contacts, 0x1F separates fields (resourceName,
// displayName, givenName, familyName, nickname, birthday, note, then pairs email/type,
// phone/type, and triples organization name/title/department, each pair list ended by an
// empty value). Invalid UTF-8 becomes U+FFFD, as from any decoder.
QList<Contact> contactsFromBytes(const QByteArray &data);

// The exporters' invariants for these contacts: CSV (RFC 4180, header + one row per contact
// with the values back, formula cells neutralised), vCard 4.0 (CRLF lines of at most 75
// octets that are whole UTF-8, one card per contact whose unfolded, unescaped values give
// the fields back) and JSON (round-trips). "" when they hold.
QString checkExports(const QList<Contact> &contacts);
QString checkCsv(const QList<Contact> &contacts, const QByteArray &csv);
QString checkVCard(const QList<Contact> &contacts, const QByteArray &vcf);

// What the Google mapper promises about a contact it returns.
QString checkMappedContact(const Contact &c);

} // namespace cairn::fuzz
