#include "OutboxCommands.h"
#include "Account.h"
#include "CliCommands.h"
#include "CliSupport.h"
#include "ClipLine.h"
#include "Error.h"
#include "ExitCodes.h"
#include "SendOutbox.h"
#include "Settings.h"
#include "Sources.h"
#include "StoreWriter.h"
#include "Table.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QTextStream>

namespace cairn {

namespace {


// The source of a change, one that writes, with writing switched on for `account`.
const SourceDescriptor &writingSource(const QString &id, const QString &account, const Settings &settings)
{
    const SourceDescriptor *d = Sources::find(id); // (the command line checked the word)
    if (!d || !d->canWrite())
        throw usageError(QCoreApplication::translate("cairn::CliCommands", "Cairn only reads %1: it cannot change its items").arg(Settings::displayName(id)));
    if (!writingOn(settings, id, account)) {
        if (AccountStore::ownWriteSwitch(settings, id, account)) // off by the account's own switch
            throw Error(Error::Kind::Config,
                        QCoreApplication::translate("cairn::CliCommands", "writing to %1 is off for the account \"%2\": switch it on in Accounts in the window (read-only until then)")
                            .arg(d->displayName(), account));
        throw Error(Error::Kind::Config, QCoreApplication::translate("cairn::CliCommands", "writing to %1 is off: `cairn config set %2 true` switches it on (read-only until then)")
                                              .arg(d->displayName(), d->writes.setting));
    }
    return *d;
}

// FIELD=VALUE words as the source's fields take them: text as given, a date as yyyy-mm-dd (or
// empty: none), a yes/no as true or false, a list as comma-separated values.
QJsonObject fieldValues(const WriteFacts &w, const QString &action, const QStringList &words, const QString &sourceName)
{
    QJsonObject out;
    for (const QString &word : words) {
        const qsizetype eq = word.indexOf(u'=');
        const QString name = eq < 0 ? word : word.left(eq);
        const WritableField *f = w.field(name);
        if (eq <= 0 || !f || (action == QLatin1String("create") ? !f->onCreate : !f->onEdit)) {
            QStringList names;
            for (const WritableField &g : w.fields)
                if (action == QLatin1String("create") ? g.onCreate : g.onEdit)
                    names << g.name;
            throw usageError(QCoreApplication::translate("cairn::CliCommands", "\"%1\" is not FIELD=VALUE with a field of %2 you may set here (%3)")
                                 .arg(printableLine(word.left(40)), sourceName, names.join(QStringLiteral(", "))));
        }
        const QString value = word.mid(eq + 1);
        switch (f->type) {
        case WritableField::Type::Text: out.insert(name, value); break;
        case WritableField::Type::Date:
            if (!value.isEmpty() && !QDate::fromString(value, Qt::ISODate).isValid())
                throw usageError(QCoreApplication::translate("cairn::CliCommands", "%1 is a date (yyyy-mm-dd, or empty for none), not \"%2\"").arg(name, printableLine(value.left(40))));
            out.insert(name, value.isEmpty() ? QJsonValue() : QJsonValue(value));
            break;
        case WritableField::Type::Bool: {
            const QString v = value.toLower();
            if (v == QLatin1String("true") || v == QLatin1String("yes") || v == QLatin1String("1"))
                out.insert(name, true);
            else if (v == QLatin1String("false") || v == QLatin1String("no") || v == QLatin1String("0"))
                out.insert(name, false);
            else
                throw usageError(QCoreApplication::translate("cairn::CliCommands", "%1 is true or false, not \"%2\"").arg(name, printableLine(value.left(40))));
            break;
        }
        case WritableField::Type::List: {
            QJsonArray list;
            for (const QString &part : value.split(u',', Qt::SkipEmptyParts))
                list.append(part.trimmed());
            out.insert(name, list);
            break;
        }
        }
    }
    return out;
}

QJsonObject changeJson(const OutboxChange &c)
{
    QJsonObject o{{QStringLiteral("id"), c.id},
                  {QStringLiteral("source"), c.source},
                  {QStringLiteral("account"), c.account},
                  {QStringLiteral("action"), c.action},
                  {QStringLiteral("item"), c.item},
                  {QStringLiteral("state"), outboxStateName(c.state)},
                  {QStringLiteral("fields"), c.fields},
                  {QStringLiteral("attempts"), c.attempts},
                  {QStringLiteral("created_at"), c.createdAt.toUTC().toString(Qt::ISODate)}};
    if (c.state == OutboxState::Conflict)
        o.insert(QStringLiteral("theirs"), c.theirs);
    if (!c.error.isEmpty())
        o.insert(QStringLiteral("error"), c.error);
    return o;
}

// "name=Ada, completed=true": a change's fields in a line.
QString fieldsLine(const QJsonObject &fields)
{
    QStringList parts;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QJsonValue v = it.value();
        QString text;
        if (v.isString())
            text = v.toString();
        else if (v.isBool())
            text = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        else if (v.isArray()) {
            QStringList items;
            for (const QJsonValue &e : v.toArray())
                items << e.toString();
            text = items.join(u',');
        }
        parts << it.key() + u'=' + text;
    }
    return parts.join(QStringLiteral(", "));
}

template<typename F>
auto inTransaction(const Settings &settings, F work)
{
    StoreWriter writer(settings.databasePath());
    writer.open().waitForFinished(); // rethrows a failure to open
    auto future = writer.transact(std::move(work));
    future.waitForFinished(); // rethrows
    if constexpr (!std::is_void_v<std::invoke_result_t<F, QSqlDatabase &>>)
        return future.result();
}

} // namespace

int commandEdit(const CliOptions &o, Settings &settings)
{
    const QString action = o.command == QLatin1String("edit") ? QStringLiteral("edit") : o.command;
    const QStringList words = o.arguments;
    const QString account = o.account.isEmpty() ? Account::defaultId() : o.account;
    const SourceDescriptor &d = writingSource(words.value(0), account, settings);
    if (!d.writes.actions.contains(action))
        throw usageError(QCoreApplication::translate("cairn::CliCommands", "%1 items cannot be %2 in Cairn").arg(d.displayName(), action));
    QString item;
    QJsonObject fields;
    if (action == QLatin1String("create")) {
        if (words.size() < 2)
            throw usageError(QCoreApplication::translate("cairn::CliCommands", "usage: cairn create SOURCE FIELD=VALUE…"));
        fields = fieldValues(d.writes, action, words.mid(1), d.displayName());
    } else if (action == QLatin1String("comment")) {
        if (words.size() != 3 || words.at(2).trimmed().isEmpty())
            throw usageError(QCoreApplication::translate("cairn::CliCommands", "usage: cairn comment SOURCE ID TEXT"));
        item = words.at(1);
        fields.insert(QStringLiteral("text"), words.at(2));
    } else if (action == QLatin1String("delete")) {
        if (words.size() != 2)
            throw usageError(QCoreApplication::translate("cairn::CliCommands", "usage: cairn delete SOURCE ID"));
        item = words.at(1);
    } else {
        if (words.size() < 3)
            throw usageError(QCoreApplication::translate("cairn::CliCommands", "usage: cairn edit SOURCE ID FIELD=VALUE…"));
        item = words.at(1);
        fields = fieldValues(d.writes, action, words.mid(2), d.displayName());
    }
    const QString source = d.id();
    const OutboxChange change = inTransaction(settings, [=](QSqlDatabase &db) {
        return queueChange(db, source, account, action, item, fields, QDateTime::currentDateTimeUtc());
    });
    if (o.json) {
        cli::printJson(changeJson(change));
        return 0;
    }
    QTextStream(stdout) << QCoreApplication::translate("cairn::CliCommands", "Change %1 queued: it goes to %2 with the next sync (cairn sync --source %3).")
                               .arg(change.id)
                               .arg(d.displayName(), source)
                        << Qt::endl;
    return 0;
}

int commandOutbox(const CliOptions &o, Settings &settings)
{
    const QStringList words = o.arguments;
    const QString verb = words.value(0, QStringLiteral("list"));
    if (verb == QLatin1String("list")) {
        if (words.size() > 1)
            throw usageError(QCoreApplication::translate("cairn::CliCommands", "usage: cairn outbox [list | retry ID|--all | discard ID|--all]"));
        QList<OutboxChange> changes;
        if (QFile::exists(settings.databasePath())) {
            cli::Reader r(settings);
            changes = OutboxRepo::list(r.db(), o.sources.value(0));
        }
        changes.removeIf([](const OutboxChange &c) { return c.state == OutboxState::Done; });
        if (o.json) {
            QJsonArray a;
            for (const OutboxChange &c : std::as_const(changes))
                a.append(changeJson(c));
            cli::printJson(a);
            return 0;
        }
        const cli::Terminal terminal = cli::stdoutTerminal();
        if (changes.isEmpty() && terminal.tty) {
            QTextStream(stdout) << QCoreApplication::translate("cairn::CliCommands", "Nothing waits to be sent.") << Qt::endl;
            return 0;
        }
        using C = cli::Table::Column;
        const auto hdr = [](const char *text) { return QCoreApplication::translate("cairn::CliCommands", text); };
        cli::Table table({{QStringLiteral("id"), hdr(QT_TRANSLATE_NOOP("cairn::CliCommands", "ID")), C::Kind::Number},
                          {QStringLiteral("source"), hdr(QT_TRANSLATE_NOOP("cairn::CliCommands", "SOURCE")), C::Kind::Fixed},
                          {QStringLiteral("action"), hdr(QT_TRANSLATE_NOOP("cairn::CliCommands", "ACTION")), C::Kind::Fixed},
                          {QStringLiteral("item"), hdr(QT_TRANSLATE_NOOP("cairn::CliCommands", "ITEM")), C::Kind::Fixed},
                          {QStringLiteral("state"), hdr(QT_TRANSLATE_NOOP("cairn::CliCommands", "STATE")), C::Kind::Fixed},
                          {QStringLiteral("fields"), hdr(QT_TRANSLATE_NOOP("cairn::CliCommands", "CHANGE"))},
                          {QStringLiteral("theirs"), hdr(QT_TRANSLATE_NOOP("cairn::CliCommands", "THEIRS"))},
                          {QStringLiteral("error"), hdr(QT_TRANSLATE_NOOP("cairn::CliCommands", "ERROR"))}});
        for (const OutboxChange &c : std::as_const(changes))
            table.addRow({QString::number(c.id), c.source, c.action, c.item, outboxStateName(c.state), fieldsLine(c.fields),
                          fieldsLine(c.theirs), c.error});
        cli::writeStdout(table.render(terminal).toUtf8());
        return 0;
    }
    if (verb != QLatin1String("retry") && verb != QLatin1String("discard"))
        throw usageError(QCoreApplication::translate("cairn::CliCommands", "usage: cairn outbox [list | retry ID|--all | discard ID|--all]"));
    const bool all = o.all;
    bool ok = false;
    const qint64 id = words.value(1).toLongLong(&ok);
    if (all == (words.size() == 2 && ok) || words.size() > 2)
        throw usageError(QCoreApplication::translate("cairn::CliCommands", "usage: cairn outbox %1 ID|--all").arg(verb));
    const bool retry = verb == QLatin1String("retry");
    const QString source = o.sources.value(0);
    const QList<qint64> moved = inTransaction(settings, [=](QSqlDatabase &db) {
        QList<qint64> ids;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QList<OutboxChange> chosen = all ? OutboxRepo::list(db, source, {OutboxState::Conflict, OutboxState::Failed})
                                               : QList<OutboxChange>{OutboxRepo::get(db, id).value_or(OutboxChange())};
        for (const OutboxChange &c : chosen) {
            if (c.id == 0)
                continue;
            if (retry ? OutboxRepo::retry(db, c.id, now) : discardChange(db, c.id, now))
                ids << c.id;
        }
        return ids;
    });
    if (!all && moved.isEmpty())
        throw Error(Error::Kind::Config, retry ? QCoreApplication::translate("cairn::CliCommands", "change %1 is not in conflict or failed (see cairn outbox)").arg(id)
                                               : QCoreApplication::translate("cairn::CliCommands", "change %1 is not in the outbox, or is being sent (see cairn outbox)").arg(id));
    if (o.json) {
        QJsonArray a;
        for (qint64 m : moved)
            a.append(m);
        cli::printJson(QJsonObject{{verb, a}});
        return 0;
    }
    const int n = int(moved.size());
    QTextStream(stdout) << (retry ? QCoreApplication::translate("cairn::CliCommands", "%n change(s) to send again with the next sync.", nullptr, n)
                                  : QCoreApplication::translate("cairn::CliCommands", "%n change(s) discarded.", nullptr, n))
                        << Qt::endl;
    return 0;
}

} // namespace cairn
