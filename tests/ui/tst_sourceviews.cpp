// Issue 21, the window's side: each source's pages, words and Settings rows come from its views
// (src/ui/<id>/<Name>Views.cpp) on the window's one list (src/ui/SourceViews.cpp). The window
// builds a page for each source that has views; a registered source without views of its own
// (a source added below the window first) is still listed and can be set up, and says that it
// has no page in this version — no card words, no Settings group, no Ctrl+K title of its own.
#include "GlobalSearch.h"
#include "MainWindow.h"
#include "NotSetUpPage.h"
#include "ServiceCard.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "SourceRegistry.h"
#include "SourceViews.h"
#include "SourcesModel.h"
#include "StoreFacts.h"
#include "SyncSession.h"
#include "WelcomePage.h"

#include <QApplication>
#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace cairn;

class TestSourceViews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Nothing here may reach a real service.
        for (const QString &source : SourceRegistry::implemented())
            qputenv(QStringLiteral("CAIRN_%1_API_URL").arg(source.toUpper()).toLatin1(), "http://127.0.0.1:9/");
    }

    void cleanup() { SourceViews::install({}); }

    // Every source with views has its page, named by its id, and each of its search kinds
    // opens there; the Settings dialog has its interval and its own group.
    void everySourceWithViewsHasItsPage()
    {
        QTemporaryDir dir;
        SyncSession session(dir.path());
        MainWindow window(session);
        QVERIFY(!SourceViews::all().isEmpty());
        for (const SourceViews *views : SourceViews::all()) {
            QWidget *page = window.pageOf(views->id);
            QVERIFY2(page, qPrintable(views->id));
            QCOMPARE(page->objectName(), QStringLiteral("page-") + views->id);
            for (const SourceViews::SearchKind &k : views->searchKinds)
                QCOMPARE(GlobalSearch::kindTitle(k.kind), QCoreApplication::translate("cairn::GlobalSearch", k.title));
        }
        SettingsDialog settings(session.settings());
        for (const SourceViews *views : SourceViews::all()) {
            QVERIFY2(settings.findChild<QSpinBox *>(views->id + QStringLiteral("Interval")), qPrintable(views->id));
            QCOMPARE(settings.findChild<QCheckBox *>(QStringLiteral("notify-") + views->id) != nullptr, views->notifications.setting != nullptr);
        }
    }

    // A registered source whose views are missing: listed in the sidebar, no page of its own
    // ("not available in this version yet", no Set up button on that page), a welcome card
    // without words of its own, an interval in Settings under its name and nothing else there,
    // and its search hits grouped under the kind's name.
    void aSourceWithoutViewsIsListedWithoutAPage()
    {
        const SourceViews *missing = SourceViews::all().last();
        const QString id = missing->id;
        QList<const SourceViews *> fewer = SourceViews::all();
        fewer.removeLast();
        SourceViews::install(fewer);
        QVERIFY(!SourceViews::find(id));

        QTemporaryDir dir;
        SyncSession session(dir.path());
        MainWindow window(session);
        window.resize(1180, 720);
        window.show();
        QVERIFY(window.sourcesModel()->rowOf(id) >= 0);
        QVERIFY(!window.pageOf(id));
        window.showSource(id);
        QCOMPARE(window.currentPage(), window.notSetUpPage());
        const auto *text = window.notSetUpPage()->findChild<QLabel *>(QStringLiteral("notSetUpText"));
        QVERIFY(text);
        QCOMPARE(text->text(), QCoreApplication::translate("cairn::NotSetUpPage", "%1 is not available in this version yet.")
                                   .arg(Settings::displayName(id)));
        QVERIFY(!static_cast<NotSetUpPage *>(window.notSetUpPage())->setUpButton()->isVisibleTo(window.notSetUpPage()));

        window.showWelcome();
        ServiceCard *card = window.welcomePage()->card(id);
        QVERIFY(card);
        QCOMPARE(card->findChild<QPushButton *>(QStringLiteral("signInButton"))->text(),
                 QCoreApplication::translate("cairn::ServiceCard", "Sign in"));
        QVERIFY(card->findChild<QLabel *>(QStringLiteral("ownAppSteps"))->text().isEmpty());
        QVERIFY(!card->findChild<QPushButton *>(QStringLiteral("chooseButton"))->isVisibleTo(card));

        SettingsDialog settings(session.settings());
        auto *interval = settings.findChild<QSpinBox *>(id + QStringLiteral("Interval"));
        QVERIFY(interval);
        auto *form = qobject_cast<QFormLayout *>(interval->parentWidget()->layout());
        QVERIFY(form);
        auto *label = qobject_cast<QLabel *>(form->labelForField(interval));
        QVERIFY(label);
        QCOMPARE(label->text(), Settings::displayName(id) + u':');
        QVERIFY(!settings.findChild<QCheckBox *>(QStringLiteral("notify-") + id));

        for (const SearchKindFacts &k : StoreCatalog::find(id) ? StoreCatalog::find(id)->searchKinds : QList<SearchKindFacts>())
            QCOMPARE(GlobalSearch::kindTitle(k.kind), SearchIndex::kindName(k.kind));
    }
};

QTEST_MAIN(TestSourceViews)
#include "tst_sourceviews.moc"
