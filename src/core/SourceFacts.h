#pragma once
#include "Catalog.h"
#include "SettingsTable.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace cairn {

// What core (Settings, SettingsTable, `cairn config`) knows of one source — given by the
// source's descriptor (src/sources/<name>/<Name>Source.cpp) through SourceCatalog; core itself
// names no source.
struct SourceFacts
{
    QString id;                 // google, …: settings keys, store rows, keychain keys, the command line
    const char *name = nullptr; // its name for people: QT_TRANSLATE_NOOP("cairn::Settings", "Google Contacts")

    // The API's address when neither CAIRN_<ID>_API_URL nor <id>.api_url gives another; "" when
    // it depends on the account or configuration (Jira: each configuration's site).
    QString apiUrl;
    QString apiUrlSetting;      // a setting of its own that, when set, is the API's address (github.base_url)
    int intervalMinutes = 15;   // the default of sync.<id>.interval_minutes

    // The defaults of <id>.oauth.* (docs/api-notes.md, "Auth" of each service): OAuthConfig
    // reads them through the settings table.
    struct OAuth
    {
        QString authorizeUrl, tokenUrl, revokeUrl, deviceUrl, resourcesUrl, scope;
        // The scopes asked instead while writing back is on (<id>.write, issue 22): empty when
        // `scope` writes too.
        QString writeScope;
        int redirectPort = 0; // 0: any free port
    } oauth;

    // Its own settings (<id>.…: type, default, range, meaning), listed after the settings every
    // source has; `source` is filled in by the catalog.
    QList<SettingSpec> settings;
    // Its notify.* settings, listed after the application's own.
    QList<SettingSpec> notifications;

    QString displayName() const; // `name`, translated
    // CAIRN_<ID>_<SUFFIX>: CAIRN_GOOGLE_API_URL, CAIRN_GOOGLE_TOKEN.
    QString variable(const char *suffix) const;
};

// Every source, in the registry's order (src/sources/Sources.cpp).
using SourceCatalog = Catalog<SourceFacts>;

namespace sources {
QStringList ids();                       // google, asana, github, jira
QString displayName(const QString &id);  // the id itself when no source has it
} // namespace sources

} // namespace cairn
