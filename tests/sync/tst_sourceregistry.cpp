// Issue 21, item 1: one source, one place. Every source is one descriptor
// (src/sources/<name>/<Name>Source.cpp) on the registry's one list (src/sources/Sources.cpp),
// and its window parts one views object (src/ui/<name>/<Name>Views.cpp) on the window's one list
// (src/ui/SourceViews.cpp); nothing else names a source. This test reads the source tree for
// string literals that name a source outside its folders and for a source's code in the shared
// layers (a file, an #include or an identifier named after it), checks that the layers below were
// given every source's facts, that each descriptor and each views object is whole, and the
// store's hook for a source's own schema steps.
#include "Database.h"
#include "Error.h"
#include "OAuthConfig.h"
#include "Settings.h"
#include "SettingsTable.h"
#include "SignInFacts.h"
#include "SourceRegistry.h"
#include "SourceViews.h"
#include "Sources.h"
#include "StoreFacts.h"
#include "sim/Services.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace cairn;

namespace {

// C++ source `text` read as the compiler does: its string literals with their line numbers
// ("…", R"d(…)d", with prefixes: u8, u, L), and its code — the text with every comment, string
// and character literal blanked (line breaks kept, so a line of the code is the text's line).
struct Scanned
{
    QList<QPair<int, QString>> literals;
    QString code;
};

Scanned scan(const QString &text)
{
    Scanned out;
    out.code = text;
    const auto blank = [&out](qsizetype from, qsizetype to) {
        for (qsizetype k = from; k < to && k < out.code.size(); ++k)
            if (out.code[k] != u'\n')
                out.code[k] = u' ';
    };
    int line = 1;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        const qsizetype start = i;
        if (c == u'\n') {
            ++line;
        } else if (c == u'/' && i + 1 < n && text[i + 1] == u'/') {
            while (i < n && text[i] != u'\n')
                ++i;
            blank(start, i);
            --i;
        } else if (c == u'/' && i + 1 < n && text[i + 1] == u'*') {
            const qsizetype end = text.indexOf(QLatin1String("*/"), i + 2);
            const qsizetype stop = end < 0 ? n : end + 2;
            line += int(QStringView(text).mid(i, stop - i).count(u'\n'));
            i = stop - 1;
            blank(start, stop);
        } else if (c == u'\'' && !(i > 0 && text[i - 1].isLetterOrNumber())) { // a character literal (not 1'000)
            for (++i; i < n && text[i] != u'\''; ++i)
                if (text[i] == u'\\')
                    ++i;
            blank(start, i + 1);
        } else if (c == u'R' && i + 1 < n && text[i + 1] == u'"' && !(i > 0 && (text[i - 1].isLetterOrNumber() && text[i - 1] != u'8'))) {
            const qsizetype open = text.indexOf(u'(', i + 2);
            const QString delimiter = u')' + text.mid(i + 2, open - i - 2) + u'"';
            const qsizetype close = text.indexOf(delimiter, open + 1);
            const qsizetype stop = close < 0 ? n : close;
            out.literals.append({line, text.mid(open + 1, stop - open - 1)});
            line += int(QStringView(text).mid(i, stop - i).count(u'\n'));
            i = stop + delimiter.size() - 1;
            blank(start, i + 1);
        } else if (c == u'"') {
            QString literal;
            for (++i; i < n && text[i] != u'"'; ++i) {
                if (text[i] == u'\\' && i + 1 < n)
                    literal += text[i++];
                literal += text[i];
            }
            out.literals.append({line, literal});
            blank(start, i + 1);
        }
    }
    return out;
}

QList<QPair<int, QString>> stringLiterals(const QString &text)
{
    return scan(text).literals;
}

// The shared layers, which name no source at all — not in a file's name, an #include or an
// identifier: src/core, src/store, src/sync, src/cli and src/ui, but for the window's parts of
// each source (src/ui/<id>/) and its one list of them (src/ui/SourceViews.*).
bool isSharedLayer(const QString &relative)
{
    static const QRegularExpression shared(QStringLiteral("^(core|store|sync|cli|ui)/"));
    static const QRegularExpression ownFolder(QStringLiteral("^ui/([^/]+)/"));
    const QRegularExpressionMatch own = ownFolder.match(relative);
    return shared.match(relative).hasMatch() && !(own.hasMatch() && Sources::ids().contains(own.captured(1)))
        && relative != QLatin1String("ui/SourceViews.h") && relative != QLatin1String("ui/SourceViews.cpp");
}

// The source of `ids` that `word` names, case aside ("JiraIssue", "sim/google/…"); "" for none.
// (A contact is not a source's word: it is the People hub's, whatever source brings them.)
QString sourceIn(const QString &word, const QStringList &ids)
{
    for (const QString &id : ids)
        if (word.contains(id, Qt::CaseInsensitive))
            return id;
    return QString();
}

// Each "file:line: what" of the code of file `relative` (`text`) that names one of `ids`: its
// file name, an #include of a source's folder or file, or an identifier outside comments and
// string literals.
QStringList codeOffences(const QString &relative, const QString &text, const QStringList &ids)
{
    QStringList out;
    if (!sourceIn(relative.section(u'/', -1), ids).isEmpty())
        out << QStringLiteral("src/%1: its name").arg(relative);
    static const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s*[\"<]([^\">]*)[\">]"));
    static const QRegularExpression identifier(QStringLiteral("[A-Za-z_][A-Za-z0-9_]*"));
    const QStringList lines = text.split(u'\n');
    const QStringList code = scan(text).code.split(u'\n');
    for (qsizetype l = 0; l < lines.size(); ++l) {
        const QRegularExpressionMatch m = include.match(lines.at(l));
        if (m.hasMatch() && !sourceIn(m.captured(1), ids).isEmpty())
            out << QStringLiteral("src/%1:%2: #include \"%3\"").arg(relative).arg(l + 1).arg(m.captured(1));
        for (auto it = identifier.globalMatch(code.value(l)); it.hasNext();) {
            const QString word = it.next().captured(0);
            if (!sourceIn(word, ids).isEmpty())
                out << QStringLiteral("src/%1:%2: %3").arg(relative).arg(l + 1).arg(word);
        }
    }
    return out;
}

// What in `literal` names one of `ids` as only a source's own code may: the id itself
// ("jira"), a list of several ("google, asana, github or jira"), a variable of one
// (CAIRN_JIRA_EMAIL), or one of its tables by its prefix (SELECT … FROM jira_issues);
// "" when nothing does.
QString namesASource(const QString &literal, const QStringList &ids)
{
    QStringList named;
    for (const QString &id : ids) {
        if (literal == id)
            return literal;
        if (literal.contains(QStringLiteral("CAIRN_%1_").arg(id.toUpper())))
            return QStringLiteral("CAIRN_%1_…").arg(id.toUpper());
        if (QRegularExpression(QStringLiteral("\\b%1_[a-z]").arg(id)).match(literal).hasMatch())
            return id + QStringLiteral("_…");
        if (QRegularExpression(QStringLiteral("\\b%1\\b").arg(id), QRegularExpression::CaseInsensitiveOption).match(literal).hasMatch())
            named << id;
    }
    return named.size() > 1 ? named.join(u',') : QString();
}

// Where a source may be named: its own folders (src/sources/<name>/, its window parts in
// src/ui/<name>/ and its simulator service in src/sim/<name>/), the window's one list of them
// (src/ui/SourceViews.cpp) and the simulator's (src/sim/Services.cpp).
bool mayNameSources(const QString &relative)
{
    static const QRegularExpression ownFolder(QStringLiteral("^(sources|ui|sim)/([^/]+)/"));
    const QRegularExpressionMatch own = ownFolder.match(relative);
    return (own.hasMatch() && (own.captured(1) != QLatin1String("ui") || Sources::ids().contains(own.captured(2))))
        || relative == QLatin1String("ui/SourceViews.cpp") || relative == QLatin1String("sim/Services.cpp");
}

// Each C++ file of `root` (src/): its path relative to `root` and its text.
QList<QPair<QString, QString>> sourceFiles(const QString &root)
{
    QList<QPair<QString, QString>> out;
    QDirIterator it(root, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            out.append({QDir(root).relativeFilePath(path), QString::fromUtf8(f.readAll())});
    }
    return out;
}

// Each "file:line: what" of `root` (src/) that names a source outside where it may.
QStringList offences(const QString &root, const QStringList &ids)
{
    QStringList out;
    for (const auto &[relative, text] : sourceFiles(root)) {
        if (mayNameSources(relative))
            continue;
        for (const auto &literal : stringLiterals(text)) {
            const QString what = namesASource(literal.second, ids);
            if (!what.isEmpty())
                out << QStringLiteral("src/%1:%2: \"%3\"").arg(relative).arg(literal.first).arg(literal.second.left(80));
        }
    }
    out.sort();
    return out;
}

// The tables and indexes a source's schema creates — its parts of the released common steps
// (StoreFacts::releasedSteps) and its own steps (StoreFacts::schema) — by source id.
QHash<QString, QStringList> schemaNames(const QList<StoreFacts> &facts)
{
    static const QRegularExpression create(
        QStringLiteral("CREATE\\s+(?:VIRTUAL\\s+)?(?:TABLE|INDEX)\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?([A-Za-z_][A-Za-z0-9_]*)"),
        QRegularExpression::CaseInsensitiveOption);
    QHash<QString, QStringList> out;
    for (const StoreFacts &f : facts) {
        QList<const char *> steps = f.schema;
        steps += f.releasedSteps.values();
        for (const char *step : std::as_const(steps))
            for (auto it = create.globalMatch(QString::fromUtf8(step)); it.hasNext();)
                out[f.id] << it.next().captured(1);
    }
    return out;
}

// Each "file:line: name" of file `relative` (`text`) whose string literals name a table or index
// of `names` as a word (SQL over a source's tables).
QStringList tableOffences(const QString &relative, const QString &text, const QHash<QString, QStringList> &names)
{
    QStringList out;
    for (const auto &literal : stringLiterals(text))
        for (auto it = names.cbegin(); it != names.cend(); ++it)
            for (const QString &name : it.value())
                if (QRegularExpression(QStringLiteral("\\b%1\\b").arg(name)).match(literal.second).hasMatch())
                    out << QStringLiteral("src/%1:%2: %3 (%4)").arg(relative).arg(literal.first).arg(name, it.key());
    return out;
}

QStringList ids(const QList<SignInFacts> &facts)
{
    QStringList out;
    for (const auto &f : facts)
        out << f.id;
    return out;
}

QStringList ids(const QList<StoreFacts> &facts)
{
    QStringList out;
    for (const auto &f : facts)
        out << f.id;
    return out;
}

} // namespace

class TestSourceRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The scanner finds what it is meant to, and only that.
    void theScannerFindsASourceNamed()
    {
        const QStringList known{QStringLiteral("google"), QStringLiteral("jira")};
        const QString probe = QStringLiteral(
            "// \"jira\" in a comment\n"
            "if (source == QLatin1String(\"jira\")) {}\n"
            "/* \"google\"\n"
            " */ auto m = tr(\"unknown source (google, asana or jira)\");\n"
            "auto e = qgetenv(\"CAIRN_JIRA_EMAIL\"); char q = '\"'; int n = 1'000;\n"
            "auto sql = R\"SQL(SELECT \"google\")SQL\"; auto raw = R\"(jira)\"; auto fine = \"Google Contacts\";\n"
            "auto example = \"cairn login google --device\";\n"
            "auto query = \"SELECT id FROM jira_issues WHERE deleted_at IS NULL\";\n");
        QStringList found;
        for (const auto &l : stringLiterals(probe)) {
            const QString what = namesASource(l.second, known);
            if (!what.isEmpty())
                found << QStringLiteral("%1:%2").arg(l.first).arg(what);
        }
        QCOMPARE(found, (QStringList{QStringLiteral("2:jira"), QStringLiteral("4:google,jira"), QStringLiteral("5:CAIRN_JIRA_…"),
                                     QStringLiteral("6:jira"), QStringLiteral("8:jira_…")}));
        QVERIFY(mayNameSources(QStringLiteral("sources/jira/JiraSource.cpp")));
        QVERIFY(!mayNameSources(QStringLiteral("sources/Sources.cpp")));
        QVERIFY(!mayNameSources(QStringLiteral("cli/CliCommands.cpp")));
        QVERIFY(mayNameSources(QStringLiteral("sim/jira/JiraSimService.cpp")));
        QVERIFY(mayNameSources(QStringLiteral("sim/Services.cpp")));
        QVERIFY(!mayNameSources(QStringLiteral("sim/CloudSimulator.cpp")));
        QVERIFY(!mayNameSources(QStringLiteral("app/sim_main.cpp")));
        QVERIFY(mayNameSources(QStringLiteral("ui/jira/JiraViews.cpp")));
        QVERIFY(mayNameSources(QStringLiteral("ui/SourceViews.cpp")));
        QVERIFY(!mayNameSources(QStringLiteral("ui/MainWindow.cpp")));
        QVERIFY(!mayNameSources(QStringLiteral("ui/SourceViews.h")));
        QVERIFY(!mayNameSources(QStringLiteral("ui/nosuchsource/Views.cpp"))); // a folder of no registered source
    }

    // Outside its own folders (the simulator's and the window's lists) no source
    // is named: a new `if (source == "jira")`, a list of the sources or a CAIRN_JIRA_… in src/
    // fails here — the window too asks a source's views by id (src/ui/SourceViews.h).
    void noSourceIsNamedOutsideItsFolder()
    {
        const QStringList found = offences(QStringLiteral(CAIRN_SOURCE_DIR "/src"), Sources::ids());
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("a source named outside src/sources/<name>/ and src/ui/<name>/ — ask "
                                                            "its descriptor (src/sources/SourceDescriptor.h) or its views "
                                                            "(src/ui/SourceViews.h) instead:\n")
                                             + found.join(u'\n')));
    }

    // The code scanner finds a source named in a shared layer's code — an #include of its
    // folder or file, an identifier, a file's name — and passes clean code: comments, string
    // literals and the People hub's "contact" are no offence.
    void theCodeScannerFindsASourceNamed()
    {
        const QStringList known{QStringLiteral("google"), QStringLiteral("jira")};
        const QString probe = QStringLiteral(
            "#include \"google/ContactsModel.h\"\n"
            "#include \"PersonView.h\" // JiraRepo\n"
            "auto *m = new JiraIssuesModel(reader); /* GoogleViews\n"
            " */ auto s = QStringLiteral(\"GoogleContacts\"); char q = '\"'; int n = 1'000;\n"
            "const int contactId = kJiraIssueKind; auto raw = R\"(jira_issues)\";\n"
            "auto x = sim->google().liveCount(); // sim->jira()\n"
            "#include \"JiraRepo.h\"\n");
        QCOMPARE(codeOffences(QStringLiteral("ui/Probe.cpp"), probe, known),
                 (QStringList{QStringLiteral("src/ui/Probe.cpp:1: #include \"google/ContactsModel.h\""),
                              QStringLiteral("src/ui/Probe.cpp:3: JiraIssuesModel"),
                              QStringLiteral("src/ui/Probe.cpp:5: kJiraIssueKind"),
                              QStringLiteral("src/ui/Probe.cpp:6: google"),
                              QStringLiteral("src/ui/Probe.cpp:7: #include \"JiraRepo.h\"")}));
        const QString clean = QStringLiteral(
            "#include \"PeoplePage.h\"\n"
            "#include \"SourceViews.h\" // google/ContactsModel.h\n"
            "// JiraIssuesModel, sim->google()\n"
            "const SourceViews *people = SourceViews::ofPeople(); /* kJiraIssueKind */\n"
            "qint64 contactId = people->directory.person(db, id).key.size(); auto t = tr(\"Jira issues\");\n"
            "for (sim::SimService *service : sim->services()) touched += service->changePeople(count);\n");
        QCOMPARE(codeOffences(QStringLiteral("ui/PeoplePage.cpp"), clean, known), QStringList());
        QCOMPARE(codeOffences(QStringLiteral("store/JiraRepo.h"), QString(), known),
                 QStringList{QStringLiteral("src/store/JiraRepo.h: its name")});
        QVERIFY(isSharedLayer(QStringLiteral("store/Database.cpp")));
        QVERIFY(isSharedLayer(QStringLiteral("core/Words.h")));
        QVERIFY(isSharedLayer(QStringLiteral("sync/SyncEngine.cpp")));
        QVERIFY(isSharedLayer(QStringLiteral("cli/CliCommands.h")));
        QVERIFY(isSharedLayer(QStringLiteral("ui/MainWindow.cpp")));
        QVERIFY(isSharedLayer(QStringLiteral("ui/nosuchsource/Views.cpp"))); // a folder of no registered source
        QVERIFY(!isSharedLayer(QStringLiteral("ui/jira/JiraViews.cpp")));
        QVERIFY(!isSharedLayer(QStringLiteral("ui/SourceViews.cpp")));
        QVERIFY(!isSharedLayer(QStringLiteral("ui/SourceViews.h")));
        QVERIFY(!isSharedLayer(QStringLiteral("sources/jira/JiraRepo.h")));
        QVERIFY(!isSharedLayer(QStringLiteral("sources/Sources.cpp")));
        QVERIFY(!isSharedLayer(QStringLiteral("sim/google/GoogleService.h")));
    }

    // One source, one place (issue 21): the shared layers hold no source's code — no file named
    // after a source, no #include of a source's folder or file, no identifier that names one
    // (its repository, its query, its kinds, its sign-in): those live in src/sources/<id>/ and
    // src/ui/<id>/, and reach the shared layers through the registry and its hooks.
    void noSourceIsNamedInTheSharedLayersCode()
    {
        const QString root = QStringLiteral(CAIRN_SOURCE_DIR "/src");
        QStringList found;
        int scanned = 0;
        for (const auto &[relative, text] : sourceFiles(root)) {
            if (!isSharedLayer(relative))
                continue;
            ++scanned;
            found += codeOffences(relative, text, Sources::ids());
        }
        QVERIFY(scanned > 100); // the layers were read
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("a source's code in a shared layer — move it to src/sources/<id>/ "
                                                            "(or src/ui/<id>/) and reach it through the registry:\n")
                                             + found.join(u'\n')));
    }

    // The store names no source's table (issue 21): the tables and indexes each source's schema
    // creates — its own steps and its parts of the released common steps, in its folder — are
    // named in no string literal of src/store (SQL over them belongs to the source's repository).
    // Each part of a released step is one of the common steps.
    void theStoreNamesNoSourcesTable()
    {
        const QHash<QString, QStringList> names = schemaNames(StoreCatalog::all());
        for (const auto &[id, table] : {std::pair{"google", "contacts"}, {"google", "contact_groups"}, {"asana", "asana_tasks"},
                                        {"github", "github_pulls"}, {"jira", "jira_issues"}, {"gitlab", "gitlab_merge_requests"}})
            QVERIFY2(names.value(QLatin1String(id)).contains(QLatin1String(table)), table);
        for (const StoreFacts &f : StoreCatalog::all())
            for (int step : f.releasedSteps.keys())
                QVERIFY2(step >= 1 && step <= Database::currentVersion(), qPrintable(f.id));
        const QString probe = QStringLiteral(
            "// SELECT * FROM contacts\n"
            "auto q = QStringLiteral(\"SELECT id FROM contacts WHERE deleted_at IS NULL\");\n"
            "auto r = \"DROP INDEX contacts_by_run\"; auto fine = \"contactsx, my_contacts\";\n");
        QCOMPARE(tableOffences(QStringLiteral("store/Probe.cpp"), probe, {{QStringLiteral("google"), {QStringLiteral("contacts"), QStringLiteral("contacts_by_run")}}}),
                 (QStringList{QStringLiteral("src/store/Probe.cpp:2: contacts (google)"),
                              QStringLiteral("src/store/Probe.cpp:3: contacts_by_run (google)")}));
        QStringList found;
        int scanned = 0;
        for (const auto &[relative, text] : sourceFiles(QStringLiteral(CAIRN_SOURCE_DIR "/src"))) {
            if (!relative.startsWith(QLatin1String("store/")))
                continue;
            ++scanned;
            found += tableOffences(relative, text, names);
        }
        QVERIFY(scanned > 10); // the store was read
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("a source's table named in src/store — its SQL belongs in "
                                                            "src/sources/<id>/ (its schema: StoreFacts::releasedSteps, "
                                                            "StoreFacts::schema):\n")
                                             + found.join(u'\n')));
    }

    // Each source has its service in the simulator, by the same id (src/sim/<id>/, on the
    // simulator's list src/sim/Services.cpp), and the simulator serves nothing else.
    void everySourceHasASimulatorService()
    {
        QStringList sources = Sources::ids();
        QStringList services = sim::Services::ids();
        QStringList folders = QDir(QStringLiteral(CAIRN_SOURCE_DIR "/src/sim")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        sources.sort();
        services.sort();
        folders.sort();
        QCOMPARE(services, sources);
        QCOMPARE(folders, sources);
    }

    // The layers below the sources know them by their facts only: none includes the descriptor.
    void theLayersBelowIncludeNoDescriptor()
    {
        QStringList found;
        for (const char *layer : {"core", "store", "net", "auth"}) {
            QDirIterator it(QStringLiteral(CAIRN_SOURCE_DIR "/src/") + QLatin1String(layer), {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files);
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QByteArray text = f.readAll();
                static const QRegularExpression descriptor(QStringLiteral("#include \"(sources/[^\"]*|[^\"]*/?[A-Za-z]*Source\\.h|SourceDescriptor\\.h|Sources\\.h)\""));
                const auto m = descriptor.match(QString::fromUtf8(text));
                if (m.hasMatch())
                    found << f.fileName() + QStringLiteral(": ") + m.captured(0);
            }
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }

    // Every folder of src/sources is a source on the list, and the layers below were given each
    // one's facts before main(), in the list's order.
    void everySourceIsRegisteredAndInstalled()
    {
        QStringList folders = QDir(QStringLiteral(CAIRN_SOURCE_DIR "/src/sources")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QStringList listed = Sources::ids();
        QVERIFY(listed.size() >= 4);
        QStringList sorted = listed;
        sorted.sort();
        folders.sort();
        QCOMPARE(sorted, folders);
        QCOMPARE(Settings::sources(), listed);
        QCOMPARE(SourceRegistry::implemented(), listed);
        QCOMPARE(ids(SignInCatalog::all()), listed);
        QCOMPARE(ids(StoreCatalog::all()), listed);
    }

    // Each descriptor is whole: a name, a syncer of its own, a count of its items, json first
    // among its formats, its settings its own and in the table, its search kinds its own.
    void everyDescriptorIsWhole()
    {
        QTemporaryDir dir;
        Settings settings(dir.path());
        QList<int> kinds;
        for (const SourceDescriptor *d : Sources::all()) {
            const QString id = d->id();
            QVERIFY2(QRegularExpression(QStringLiteral("^[a-z][a-z0-9]*$")).match(id).hasMatch(), qPrintable(id));
            QVERIFY2(!d->displayName().isEmpty() && d->displayName() != id, qPrintable(id));
            QVERIFY2(d->count(2).contains(u'2') && d->count(2) != QStringLiteral("2"), qPrintable(id));
            QVERIFY2(d->makeSyncer, qPrintable(id));
            const std::unique_ptr<Syncer> syncer = d->makeSyncer(settings);
            QVERIFY2(syncer && syncer->source() == id, qPrintable(id));
            QVERIFY2(d->exportRecords && d->exportFormats.value(0) == QLatin1String("json"), qPrintable(id));
            QVERIFY2(d->reference && !d->store.searchKinds.isEmpty(), qPrintable(id));
            QVERIFY2(OAuthConfig::supportsBrowserSignIn(id) || OAuthConfig::supportsPersonalToken(id), qPrintable(id));
            QCOMPARE(SettingsTable::defaultOf(QStringLiteral("sync.%1.interval_minutes").arg(id)), QString::number(d->facts.intervalMinutes));
            for (const QList<SettingSpec> *list : {&d->facts.settings, &d->facts.notifications})
                for (const SettingSpec &s : *list) {
                    QVERIFY2(s.key.startsWith(id + u'.') || s.key.startsWith(QStringLiteral("notify.%1_").arg(id)), qPrintable(s.key));
                    const auto inTable = std::find_if(SettingsTable::all().cbegin(), SettingsTable::all().cend(),
                                                      [&s](const SettingSpec &t) { return t.key == s.key; });
                    QVERIFY2(inTable != SettingsTable::all().cend() && inTable->source == id, qPrintable(s.key));
                }
            for (const SearchKindFacts &k : d->store.searchKinds) {
                QVERIFY2(!kinds.contains(int(k.kind)), qPrintable(k.name)); // a kind is one source's
                kinds << int(k.kind);
                QCOMPARE(SearchIndex::sourceOf(k.kind), id);
                QCOMPARE(SearchIndex::kindName(k.kind), k.name);
                QVERIFY2(k.contextLine && k.contextSql.startsWith(QLatin1String("SELECT ")), qPrintable(k.name));
            }
        }
        QCOMPARE(SearchIndex::kinds().size(), kinds.size());
        QStringList switches; // each switch of `cairn sync` is one source's
        for (const SourceDescriptor *d : Sources::all())
            for (const SourceDescriptor::SyncSwitch &s : d->syncSwitches) {
                QVERIFY2(!switches.contains(QLatin1String(s.name)) && s.description, s.name);
                switches << QLatin1String(s.name);
                QCOMPARE(Sources::withSyncSwitch(QLatin1String(s.name)), d);
            }
        QVERIFY(switches.contains(QStringLiteral("projects-only")));
        QVERIFY(!Sources::withSyncSwitch(QStringLiteral("no-such-switch")));
    }

    // The window's parts of the sources (src/ui/SourceViews.cpp): one entry per registered source
    // at most, in the registry's order, each whole — a page, the words of its welcome card and
    // of its Settings interval, a title for each of the descriptor's search kinds (Ctrl+K) and
    // only those, a People section with a title; one of them lists the People page's people.
    // A registered source may have none yet: the window lists it without a page of its own
    // (tests/ui/tst_sourceviews.cpp); it is named here.
    void everySourceHasItsViews()
    {
        QStringList order;
        for (const SourceViews *v : SourceViews::all()) {
            const SourceDescriptor *d = Sources::find(v->id);
            QVERIFY2(d, qPrintable(v->id + QStringLiteral(": views of no registered source")));
            QVERIFY2(!order.contains(v->id), qPrintable(v->id));
            order << v->id;
            QVERIFY2(v->page && !v->changes.isEmpty(), qPrintable(v->id));
            QVERIFY2(v->intervalLabel && v->card.keeps && v->card.permission && v->card.signIn && v->card.ownAppSteps
                         && v->card.ownAppSite && v->card.ownAppSiteName,
                     qPrintable(v->id));
            QVERIFY2(!v->card.tokenPage == !(OAuthConfig::supportsPersonalToken(v->id) || OAuthConfig::supportsSiteToken(v->id)),
                     qPrintable(v->id)); // where to get a token, when it signs in with one
            QList<int> kinds;
            for (const SourceViews::SearchKind &k : v->searchKinds) {
                QVERIFY2(k.title, qPrintable(v->id));
                kinds << int(k.kind);
            }
            QList<int> described;
            for (const SearchKindFacts &k : d->store.searchKinds)
                described << int(k.kind);
            std::sort(kinds.begin(), kinds.end());
            std::sort(described.begin(), described.end());
            QCOMPARE(kinds, described);
            QVERIFY2(!v->people.rows == !v->people.title, qPrintable(v->id));
            QVERIFY2(!v->notifications.setting == d->facts.notifications.isEmpty(), qPrintable(v->id));
            QVERIFY2(!v->notifications.setting == !v->notifications.title, qPrintable(v->id));
            QVERIFY2(!v->chooseAction || (v->needsChoice && v->choose), qPrintable(v->id));
            QVERIFY2(!v->directory.model == !v->directory.person, qPrintable(v->id));
        }
        // The People page lists the people of one source (SourceViews::ofPeople).
        QVERIFY(SourceViews::ofPeople());
        for (const SourceViews *v : SourceViews::all())
            QVERIFY2(v == SourceViews::ofPeople() || !v->directory.model, qPrintable(v->id));
        QStringList registered = Sources::ids();
        QStringList withViews = registered;
        withViews.removeIf([&order](const QString &id) { return !order.contains(id); });
        QCOMPARE(order, withViews); // the registry's order
        registered.removeIf([&order](const QString &id) { return order.contains(id); });
        if (!registered.isEmpty())
            qInfo("without views of their own in the window yet: %s", qPrintable(registered.join(u", ")));
    }

    // A source's own schema steps (StoreFacts::schema) run once, after the common ones, and are
    // remembered; a cache whose steps of a source are ahead of this build is refused.
    void aSourcesOwnSchemaStepsRun()
    {
        const QList<StoreFacts> installed = StoreCatalog::all();
        QList<StoreFacts> withSteps = installed;
        StoreFacts extra;
        extra.id = QStringLiteral("example");
        extra.schema = {"CREATE TABLE example_items(id INTEGER PRIMARY KEY, title TEXT);\n",
                        "ALTER TABLE example_items ADD COLUMN url TEXT;\n"};
        withSteps.append(extra);
        QTemporaryDir dir;
        const QString path = Database::fileIn(dir.path());
        const auto stepsRan = [&path]() {
            QSqlDatabase db = Database::open(path, QStringLiteral("probe"), Database::Role::Reader);
            QSqlQuery q(db);
            const bool ok = q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema.example'")) && q.next();
            const int ran = ok ? q.value(0).toInt() : -1;
            QSqlQuery columns(db);
            const bool hasUrl = columns.exec(QStringLiteral("SELECT url FROM example_items"));
            q = QSqlQuery();
            columns = QSqlQuery();
            db = QSqlDatabase();
            Database::close(QStringLiteral("probe"));
            return ran * (hasUrl ? 1 : -1);
        };
        { // a cache made before the source had its steps
            QSqlDatabase db = Database::open(path, QStringLiteral("w"), Database::Role::Writer);
            db = QSqlDatabase();
            Database::close(QStringLiteral("w"));
        }
        StoreCatalog::install(withSteps);
        bool refusedBeforeMigration = false;
        try {
            stepsRan();
        } catch (const Error &) {
            refusedBeforeMigration = true; // a reader does not migrate: "run a sync first"
        }
        QVERIFY(refusedBeforeMigration);
        for (int open = 0; open < 2; ++open) { // the second open finds nothing to do
            QSqlDatabase db = Database::open(path, QStringLiteral("w"), Database::Role::Writer);
            db = QSqlDatabase();
            Database::close(QStringLiteral("w"));
            QCOMPARE(stepsRan(), 2);
        }
        // A newer build had a third step: this one refuses the cache.
        extra.schema.removeLast();
        withSteps.last() = extra;
        StoreCatalog::install(withSteps);
        bool refused = false;
        try {
            Database::open(path, QStringLiteral("w"), Database::Role::Writer);
        } catch (const Error &e) {
            refused = e.message.contains(QLatin1String("newer Cairn"));
        }
        Database::close(QStringLiteral("w"));
        StoreCatalog::install(installed);
        QVERIFY(refused);
    }
};

QTEST_GUILESS_MAIN(TestSourceRegistry)
#include "tst_sourceregistry.moc"
