#include "GoogleViews.h"
#include "ContactDetailView.h"
#include "ContactsModel.h"
#include "ContactsPage.h"
#include "PersonView.h"
#include "PhotoCache.h"
#include "Settings.h"
#include "google/ContactsRepo.h"

#include <QDir>
#include <QLineEdit>
#include <QTableView>
#include <QUrl>

namespace cairn {

namespace {

SourcePage contactsPage(ReadConnection &reader, Settings &settings, QWidget *parent)
{
    auto *page = new ContactsPage(reader, parent);
    QString photoHost = qEnvironmentVariable("CAIRN_GOOGLE_PHOTO_URL");
    if (photoHost.isEmpty())
        photoHost = settings.value(QStringLiteral("google.photo_url")).toString();
    page->detail()->setPhotoCache(new PhotoCache(QDir(settings.dataDir()).filePath(QStringLiteral("photos")), photoHost, page));
    SourcePage p = SourcePage::ofList(page);
    p.refreshDetail = [page] { page->detail()->refresh(); };
    p.useChanges = [page](LocalChanges &changes) { page->setLocalChanges(&changes); };
    return p;
}

// People: the contacts, by name and e-mail (the account too when there are several: ListPage).
LazySqlModel *peopleModel(ReadConnection &reader)
{
    return new ContactsModel(reader);
}

PersonCard person(QSqlDatabase &db, qint64 id)
{
    const Contact c = ContactsRepo::byId(db, id);
    PersonCard p;
    p.key = c.resourceName;
    p.name = c.displayName;
    for (const ContactEmail &e : c.emails)
        p.emails << e.value;
    p.organization = c.organizations.isEmpty() ? QString() : c.organizations.first().name;
    p.phone = c.phones.isEmpty() ? QString() : c.phones.first().value;
    return p;
}

} // namespace

const SourceViews &googleViews()
{
    static const SourceViews views{
        .id = QStringLiteral("google"),
        .page = contactsPage,
        // (A sync writes "contacts"; a change the window keeps, retries or discards, "google".)
        .changes = {QStringLiteral("contacts"), QStringLiteral("google")},
        .detailChanges = {QStringLiteral("contact groups")},
        .searchKinds = {{kContactKind, QT_TRANSLATE_NOOP("cairn::GlobalSearch", "Contacts")}},
        // People is its contacts: the page's list, no section of its own.
        .directory = {.model = peopleModel,
                      .nameColumn = ContactsModel::Name,
                      .hiddenColumns = {ContactsModel::Phone, ContactsModel::Organization},
                      .person = person},
        .card = {.keeps = QT_TRANSLATE_NOOP("cairn::ServiceCard",
                                            "Your contacts — names, e-mail addresses, phone numbers, organisations, photos and groups."),
                 .permission = QT_TRANSLATE_NOOP("cairn::ServiceCard", "Asks for read-only access to your contacts. Cairn changes them only once you switch writing on (it then asks for access that edits them)."),
                 .signIn = QT_TRANSLATE_NOOP("cairn::ServiceCard", "Sign in with Google"),
                 .ownAppSteps = QT_TRANSLATE_NOOP("cairn::ServiceCard",
                                                  "1. In %1, create a project and enable the People API.<br>"
                                                  "2. Create an OAuth client ID of type <i>Desktop app</i>.<br>"
                                                  "3. Enter its client ID and client secret here."),
                 .ownAppSite = "https://console.cloud.google.com/apis/credentials",
                 .ownAppSiteName = QT_TRANSLATE_NOOP("cairn::ServiceCard", "Google Cloud console")},
        // Every contact syncs: nothing to choose.
        .intervalLabel = QT_TRANSLATE_NOOP("SettingsDialog", "&Google Contacts:"),
    };
    return views;
}

} // namespace cairn
