#include "SyncChoices.h"
#include "Account.h"
#include "AsanaPickerDialog.h"
#include "JiraProjectPickerDialog.h"
#include "RepoPickerDialog.h"
#include "Settings.h"
#include "SourceRegistry.h"

namespace cairn {

QDialog *openSyncChoice(SyncEngine &engine, Settings &settings, const QString &source, QWidget *parent,
                        std::function<void()> chosen)
{
    QDialog *picker = nullptr;
    std::function<void()> save;
    if (source == QLatin1String("github")) {
        auto *repos = new RepoPickerDialog(engine, settings.apiUrl(source), SourceRegistry::githubRepos(settings), parent);
        save = [&settings, repos] { settings.setValue(QStringLiteral("github.repos"), repos->chosen().join(QLatin1Char(','))); };
        picker = repos;
    } else if (source == QLatin1String("asana")) {
        auto *asana = new AsanaPickerDialog(engine, settings.apiUrl(source), settings.value(QStringLiteral("asana.workspace")).toString(),
                                            settings.value(QStringLiteral("asana.portfolio")).toString(), parent);
        save = [&settings, asana] { // "": the first workspace; all of its projects
            settings.setValue(QStringLiteral("asana.workspace"), asana->workspace());
            settings.setValue(QStringLiteral("asana.portfolio"), asana->portfolio());
        };
        picker = asana;
    } else if (source == QLatin1String("jira")) {
        // One configuration, on the signed-in account's site (CAIRN_JIRA_API_URL or jira.api_url
        // stands for every site, as in the sync).
        QString site;
        for (const Account &a : AccountStore(settings).of(source))
            if (site.isEmpty())
                site = a.extra.value(QStringLiteral("site")).toString();
        QUrl api = settings.apiUrl(source);
        if (api.isEmpty())
            api = QUrl::fromUserInput(site);
        if (!api.isValid() || api.host().isEmpty())
            return nullptr; // no site known
        QStringList names = SourceRegistry::jiraConfigNames(settings);
        const QString name = names.isEmpty() ? QStringLiteral("main") : names.first();
        auto *jira = new JiraProjectPickerDialog(engine, api, settings.value(QStringLiteral("jira.%1.jql").arg(name)).toString(), parent);
        save = [&settings, jira, name, names, site]() mutable {
            if (!names.contains(name))
                names.prepend(name);
            settings.setValue(QStringLiteral("jira.configs"), names.join(QLatin1Char(',')));
            if (!site.isEmpty() && settings.value(QStringLiteral("jira.%1.site").arg(name)).toString().isEmpty())
                settings.setValue(QStringLiteral("jira.%1.site").arg(name), site);
            settings.setValue(QStringLiteral("jira.%1.jql").arg(name), jira->jql());
        };
        picker = jira;
    } else {
        return nullptr; // Google: every contact, nothing to choose
    }
    picker->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(picker, &QDialog::accepted, picker, [save, chosen] {
        save();
        chosen();
    });
    picker->open();
    return picker;
}

} // namespace cairn
