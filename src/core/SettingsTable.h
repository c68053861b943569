#pragma once
#include <QList>
#include <QString>
#include <QStringList>

namespace cairn {

// Every key Cairn reads from cairn.ini: what it holds, its default, its range and what it does
// (`cairn config list`, `config set` checks a value against it). The application's own are in
// SettingsTable.cpp; each source's come from its descriptor (SourceFacts.h).
// tests/cli/tst_climanners.cpp scans src/ for the keys read in code and fails on one missing here.
struct SettingSpec
{
    enum class Type { Int, Bool, Text, Url, Time, List };
    QString key;          // a key, or a pattern with one <name> part (jira.<name>.site)
    Type type = Type::Text;
    QString defaultValue; // "" when there is none (or it depends on the service)
    int min = 0;          // Int only
    int max = 0;
    const char *description = nullptr; // context "cairn::Settings"; %1 is the source's name
    QString source;       // the source's id (SourceFacts.h), or "" for the application
    bool internal = false; // kept by Cairn itself (accounts, the window's state): not set by hand

    // A spec in one line (the sources' descriptors list theirs so): `description` in context
    // "cairn::Settings", `min` and `max` for Int only.
    static SettingSpec of(const QString &key, Type type, const QString &defaultValue, const char *description, int min = 0, int max = 0)
    {
        SettingSpec s;
        s.key = key;
        s.type = type;
        s.defaultValue = defaultValue;
        s.description = description;
        s.min = min;
        s.max = max;
        return s;
    }

    bool isPattern() const { return key.contains(u'<'); }
    bool matches(const QString &concrete) const;
    QString describe() const; // the description, translated, %1 filled in
    static QString typeName(Type t); // int, bool, text, url, time, list
};

namespace SettingsTable {
const QList<SettingSpec> &all();
// The spec of `key` (a concrete key matched against patterns too); nullptr when it is none.
const SettingSpec *find(const QString &key);
// The default value of `key` ("" when it has none or is not a setting): where code needs a
// setting's default, it takes it from here rather than writing it again.
QString defaultOf(const QString &key);
// Known keys that look like `key` (a case or a few letters apart), best first.
QStringList suggestions(const QString &key);
// Why `value` cannot be stored under `spec`, one line; "" when it can.
QString valueProblem(const SettingSpec &spec, const QString &value);
} // namespace SettingsTable

// The closest of `candidates` to `word` when it is near enough to be a typo (same letters in
// another case, or an edit distance of at most a third of its length); "" otherwise.
QString closestMatch(const QString &word, const QStringList &candidates);

} // namespace cairn
