// Google People API state and endpoints (/google/v1/people/me/connections, /google/v1/contactGroups).
// Every mutation bumps a global change sequence; sync tokens carry (sequence, issue time).
// The simulator's service "google" (GoogleSimService.cpp: its sign-in, limits, options).
// Not thread-safe: use it from the thread the CloudSimulator lives in.
#pragma once

#include "sim/google/GoogleData.h"
#include "sim/google/GoogleLimits.h"
#include "sim/google/GoogleNames.h"
#include "sim/HttpTypes.h"
#include "sim/SimService.h"

#include <QHash>
#include <QJsonObject>
#include <map>
#include <vector>

namespace sim {

class GoogleService : public LimitedSimService<GoogleLimits>
{
public:
    explicit GoogleService(const SimContext &context);

    // ---- the simulator's service (GoogleSimService.cpp, GoogleAdmin.cpp) ----
    QStringList prefixes() const override;
    HttpReply answer(const HttpRequest &request) override;
    HttpReply faultReply(int status) const override;
    HttpReply mutate(const QJsonObject &body) override;
    void seedDemo() override;
    QList<QPair<QByteArray, QString>> clientEnvironment(const QUrl &base, const QString &token) const override;
    // The demo writes back (to the simulator, not to Google): google.write on.
    QList<QPair<QString, QString>> demoSettings() const override;
    QStringList changePeople(int count) override { return randomChanges(count); }
    int livePeople() const override { return liveCount(); }
    // Google's error form: {"error":{"code","message","status","details":[ErrorInfo]}}
    static HttpReply error(int code, const QString &status, const QString &message, const QString &reason = QString(),
                           const QString &domain = QString());

    // ---- mutations (each bumps the change sequence, updateTime and etag) ----
    QStringList addContacts(int count);                 // new resource names
    // A contact named `given family` with `email` (the rest generated): its resource name.
    QString addPerson(const QString &given, const QString &family, const QString &email);
    bool modifyContact(const QString &resourceName);    // false: unknown or deleted
    bool deleteContact(const QString &resourceName);    // false: unknown or already deleted
    QStringList modifyRandom(int count);                // distinct live contacts
    QStringList deleteRandom(int count);
    QStringList randomChanges(int count);               // seeded mix of add/modify/delete
    QString addGroup(const QString &name);              // "contactGroups/<id>"
    bool renameGroup(const QString &resourceName, const QString &name);
    bool deleteGroup(const QString &resourceName);      // members lose the membership (and change)

    // ---- reading ----
    QStringList liveContactNames() const;               // in creation order
    QStringList userGroupNames() const;                 // live user groups' resource names
    int liveCount() const { return int(m_live.size()); }
    int contactCount() const { return int(m_contacts.size()); } // including tombstones
    quint64 sequence() const { return m_seq; }
    const GContact *contact(const QString &resourceName) const;
    QJsonObject groundTruth() const override;
    QString currentSyncToken() const;                   // what a full listing started now would end with

    // ---- writes through the API (GoogleWrites.cpp), counted for exactly-once checks ----
    struct ApiWrites
    {
        int created = 0;     // people.createContact
        int updated = 0;     // people.updateContact that changed it
        int deleted = 0;     // people.deleteContact
        int memberships = 0; // contactGroups.members.modify that added or removed it
    };
    // How often the API wrote this contact (all zero: never).
    ApiWrites apiWrites(const QString &resourceName) const { return m_apiWrites.value(resourceName); }
    // {"<resourceName>": {"created","updated","deleted","memberships"}, …} (POST
    // /_admin/google/mutate {"op":"api_writes"}).
    QJsonObject apiWritesJson() const;
    // The live contacts whose clientData holds key = value (a client's own id), in creation order.
    QStringList contactsWithClientData(const QString &key, const QString &value) const;

    // ---- HTTP (already authenticated); path starts with /google ----
    HttpReply handle(const HttpRequest &request);
    // A contact photo as lh3.googleusercontent.com serves it (public, no token), here under
    // /google-photos/<path>: a PNG drawn from the path, sized by its "=sN" suffix (N ≤ 512).
    static HttpReply photo(const HttpRequest &request);

private:
    HttpReply listConnections(const HttpRequest &request);
    HttpReply listContactGroups(const HttpRequest &request);
    // A sync token of `kind` ('S' connections, 'G' groups): its change sequence into `sequence`;
    // else the refusal (INVALID_ARGUMENT when garbage, EXPIRED_SYNC_TOKEN older than 7 days).
    std::optional<HttpReply> readSyncToken(const QString &token, char kind, quint64 *sequence) const;
    // GoogleWrites.cpp
    HttpReply getPerson(const HttpRequest &request, const QString &resourceName);
    HttpReply createContact(const HttpRequest &request);
    HttpReply updateContact(const HttpRequest &request, const QString &resourceName);
    HttpReply deleteContactCall(const HttpRequest &request, const QString &resourceName);
    HttpReply modifyMembers(const HttpRequest &request, const QString &groupResourceName);
    // The fields of `fields` (PersonField bits) from a Person body into `c`; an error answer
    // when the body breaks a rule of the method.
    std::optional<HttpReply> readPerson(GContact &c, const QJsonObject &person, quint64 fields, bool creating);
    int insertContact(GContact c);                      // a new live contact: its index
    void touch(int index);
    void touchGroup(GGroup &g);
    int indexOf(const QString &resourceName) const;
    QStringList userGroupIds() const;
    int addOne();
    void kill(int index);
    int groupIndex(const QString &resourceName) const;

    GoogleGenerator m_gen;
    std::vector<GContact> m_contacts;        // creation order, tombstones stay
    QHash<QString, int> m_byName;
    std::map<quint64, int> m_bySeq;          // latest change sequence -> contact index
    std::vector<int> m_live;                 // indexes of live contacts (unordered)
    std::vector<int> m_livePos;              // contact index -> position in m_live, -1 if deleted
    std::vector<GGroup> m_groups;            // system groups first
    quint64 m_seq = 0;
    int m_groupsCreated = 0;
    QHash<QString, ApiWrites> m_apiWrites;   // by resource name
};

} // namespace sim
