#include "GoogleSource.h"
#include "ContactExport.h"
#include "ContactsRepo.h"
#include "Export.h"
#include "GoogleContactsSyncer.h"
#include "GoogleWrites.h"
#include "Settings.h"
#include "Sql.h"

#include <QCoreApplication>

namespace cairn {

namespace {

using T = SettingSpec::Type;

std::unique_ptr<Syncer> makeSyncer(const Settings &settings)
{
    return std::make_unique<GoogleContactsSyncer>(settings.apiUrl(googleSource().id()));
}

SourceDescriptor::Status status(QSqlDatabase *db, const QList<SyncState> &)
{
    const ContactsRepo::Counts counts = db ? ContactsRepo::counts(*db) : ContactsRepo::Counts();
    SourceDescriptor::Status s;
    s.members.insert(QStringLiteral("counts"), QJsonObject{{QStringLiteral("contacts"), counts.live},
                                                           {QStringLiteral("deleted"), counts.deleted}});
    s.cached = QCoreApplication::translate("cairn::Sources", "%1 (%2 deleted)").arg(googleSource().count(counts.live)).arg(counts.deleted);
    return s;
}

QByteArray exportRecords(QSqlDatabase &db, const QString &account, const QString &format)
{
    if (format != QLatin1String("vcard"))
        return Export::records(ContactsRepo::all(db, account), format, &ContactExport::toJson, &ContactExport::toCsv);
    QList<Contact> live;
    for (const Contact &c : ContactsRepo::all(db, account))
        if (!c.deleted)
            live.append(c);
    return ContactExport::toVCard(live);
}

SourceDescriptor::Reference reference(QSqlDatabase &db, const Settings &, const SearchIndex::Hit &hit)
{
    return SourceDescriptor::Reference::select(db, QStringLiteral("SELECT resource_name FROM contacts WHERE id = ?"), hit);
}

// The context of a contact found: its organisation and e-mail (not when it is the title), else its phone.
QString contactContext(const sql::Statement &r, const QString &title)
{
    const QString org = r.value(2).toString(), email = r.value(3).toString(), phone = r.value(4).toString();
    QStringList parts{org, email == title ? QString() : email};
    if (org.isEmpty() && email.isEmpty())
        parts << phone;
    return SearchIndex::contextOf(parts);
}

} // namespace

const SourceDescriptor &googleSource()
{
    static const SourceDescriptor d{
        .facts = {.id = QStringLiteral("google"), .name = QT_TRANSLATE_NOOP("cairn::Settings", "Google Contacts"),
                  .apiUrl = QStringLiteral("https://people.googleapis.com"), .intervalMinutes = 15,
                  .oauth = {.authorizeUrl = QStringLiteral("https://accounts.google.com/o/oauth2/v2/auth"),
                            .tokenUrl = QStringLiteral("https://oauth2.googleapis.com/token"),
                            .revokeUrl = QStringLiteral("https://oauth2.googleapis.com/revoke"),
                            .scope = QStringLiteral("https://www.googleapis.com/auth/contacts.readonly"),
                            .writeScope = QStringLiteral("https://www.googleapis.com/auth/contacts")},
                  .settings = {
                      SettingSpec::of(QStringLiteral("google.write"), T::Bool, QStringLiteral("false"),
                                      QT_TRANSLATE_NOOP("cairn::Settings", "Send the changes you make to Google contacts in Cairn to Google (it needs the "
                                                                           "scope that edits contacts: sign in again after switching it on; off: Cairn only "
                                                                           "reads, and keeps your changes until you switch it on). An account's own switch in Accounts… comes first.")),
                      SettingSpec::of(QStringLiteral("google.photo_url"), T::Url, QString(),
                                      QT_TRANSLATE_NOOP("cairn::Settings", "Where contact photos are fetched from instead of Google's photo host.")),
                  }},
        // An installed app: no client secret to keep; offline access brings a refresh token.
        .signIn = {.methods = SignInFacts::Browser,
                   .authorizeParameters = {{QStringLiteral("access_type"), QStringLiteral("offline")}}},
        .store = {.searchKinds = {{.kind = kContactKind, .name = QStringLiteral("contact"),
                                   .contextSql = QStringLiteral("SELECT id, display_name, organization, primary_email, primary_phone FROM contacts"),
                                   .contextLine = &contactContext}},
                  .releasedSteps = ContactsRepo::releasedSteps(),
                  .writerOpened = &ContactsRepo::refreshSortKeys}, // the locale's order
        .items = QT_TRANSLATE_N_NOOP("cairn::Sources", "%n contact(s)"),
        .makeSyncer = &makeSyncer, .status = &status,
        .exportFormats = {QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("vcard")},
        .exportRecords = &exportRecords, .reference = &reference,
        .writes = google::writeFacts()};
    return d;
}

} // namespace cairn
