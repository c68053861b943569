// Seeded, realistic Google contact data: names in several scripts, optional fields, odd values.
#pragma once

#include "sim/google/GoogleData.h"

#include <QStringList>
#include <random>

namespace sim {

class GoogleGenerator
{
public:
    // demo: companies from the demo word lists (Options::demo), with the same random draws.
    explicit GoogleGenerator(quint32 seed, bool demo = false);

    quint32 next() { return m_rng(); }
    quint64 next64() { return (quint64(m_rng()) << 32) | m_rng(); }
    int bounded(int n) { return n <= 0 ? 0 : int(next() % quint32(n)); }
    bool chance(int percent) { return bounded(100) < percent; }

    // A new contact (no resourceName/seq/time yet). userGroups: ids of live user groups.
    GContact makeContact(const QStringList &userGroups);
    // Changes one to three user-visible things: name, email, phone, organization, groups.
    void mutate(GContact &c, const QStringList &userGroups);

    QString resourceNameCandidate(); // "people/c<19 digits>"
    QString hexId();                 // 16 lowercase hex digits
    QString groupName(int index);

private:
    void makeName(GContact &c);
    void makeEmails(GContact &c, const QString &handle);
    GPhone makePhone();
    GOrganization makeOrganization();
    GAddress makeAddress();
    QString makeBiography();
    void rerollGroups(GContact &c, const QStringList &userGroups);

    std::mt19937 m_rng;
    bool m_demo = false;
    QString m_handle; // ASCII handle of the last generated name, for email addresses
};

} // namespace sim
