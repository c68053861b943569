// AsanaService: custom fields at their real size (docs/simulator.md "Sizes of the objects").
// The workspace has fields of every common type; each project carries Priority and Estimate
// and some of the others, and every task of the project carries each of the project's fields,
// with a value or with null ones (display_value null), as Asana answers. A field in full is
// Asana's CustomFieldResponse: the definition (enum options, precision, format…) and the
// task's value (enum_value, multi_enum_values, number_value, text_value, date_value,
// people_value). Drawn from a generator of their own, so that the seeded tasks (names,
// assignees, dates…) stay what they were for a seed.
#include "sim/asana/AsanaService.h"
#include "sim/SimClock.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

namespace sim {

namespace {

const char *const kColors[] = {"red", "yellow-orange", "blue", "green", "purple", "hot-pink", "aqua", "orange"};
const char *const kTickets[] = {"SUP-4821", "SUP-4907", "OPS-311", "FIN-88", "LEGAL-27", "WEB-1204"};
const char *const kDescriptions[] = {"How urgent the task is", "Hours of work left", "Where the work stands",
                                     "Approved spend", "Teams involved", "The support or ops ticket",
                                     "When the result is reviewed", "Who signs it off"};

QJsonObject ref(const QString &gid, const char *type, const QString &name)
{
    return {{QStringLiteral("gid"), gid}, {QStringLiteral("resource_type"), QLatin1String(type)}, {QStringLiteral("name"), name}};
}

} // namespace

void AsanaService::makeFieldDefs()
{
    const auto options = [](int first, std::initializer_list<const char *> names) {
        QList<QPair<QString, QString>> out;
        for (const char *n : names)
            out.append({QStringLiteral("12000000000%1").arg(first++, 5, 10, QLatin1Char('0')), QString::fromUtf8(n)});
        return out;
    };
    // Fixed gids (Priority and Estimate kept theirs): newGid() keeps its sequence.
    m_fieldDefs = {
        {QStringLiteral("1200000000000101"), QStringLiteral("Priority"), QStringLiteral("enum"), QString(), options(201, {"High", "Medium", "Low"}), 0, {}, {}},
        {QStringLiteral("1200000000000102"), QStringLiteral("Estimate (h)"), QStringLiteral("number"), QString(), {}, 0, QStringLiteral("none"), {}},
        {QStringLiteral("1200000000000103"), QStringLiteral("Status"), QStringLiteral("enum"), QString(), options(211, {"On track", "At risk", "Off track", "On hold"}), 0, {}, {}},
        {QStringLiteral("1200000000000104"), QStringLiteral("Budget"), QStringLiteral("number"), QString(), {}, 2, QStringLiteral("currency"), QStringLiteral("EUR")},
        {QStringLiteral("1200000000000105"), QStringLiteral("Teams"), QStringLiteral("multi_enum"), QString(),
         options(221, {"Design", "Engineering", "Marketing", "Sales", "Support"}), 0, {}, {}},
        {QStringLiteral("1200000000000106"), QStringLiteral("Ticket"), QStringLiteral("text"), QString(), {}, 0, {}, {}},
        {QStringLiteral("1200000000000107"), QStringLiteral("Review date"), QStringLiteral("date"), QString(), {}, 0, {}, {}},
        {QStringLiteral("1200000000000108"), QStringLiteral("Reviewer"), QStringLiteral("people"), QString(), {}, 0, {}, {}},
    };
    for (int i = 0; i < m_fieldDefs.size(); ++i)
        m_fieldDefs[i].description = QString::fromUtf8(kDescriptions[i]);
}

const AFieldDef *AsanaService::fieldDef(const QString &gid) const
{
    for (const AFieldDef &d : m_fieldDefs)
        if (d.gid == gid)
            return &d;
    return nullptr;
}

QStringList AsanaService::chooseFields()
{
    QStringList out{m_fieldDefs[0].gid, m_fieldDefs[1].gid};
    for (int i = 2; i < m_fieldDefs.size(); ++i)
        if (m_contentRng() % 2 == 0)
            out << m_fieldDefs[i].gid;
    return out;
}

QList<ACustomField> AsanaService::fieldValues(const AProject &p, const QString &priority, const QString &estimate)
{
    std::mt19937 &rng = m_contentRng;
    QList<ACustomField> out;
    for (const QString &gid : p.customFieldGids) {
        const AFieldDef *d = fieldDef(gid);
        if (!d)
            continue;
        ACustomField f{d->gid, d->name, d->type, QString(), {}};
        const bool set = rng() % 5 < 3;
        if (d->gid == m_fieldDefs[0].gid) { // Priority and Estimate: as the seeded draws say
            for (const auto &o : d->options)
                if (o.second == priority)
                    f = {d->gid, d->name, d->type, o.second, {o.first}};
        } else if (d->gid == m_fieldDefs[1].gid) {
            if (!estimate.isEmpty())
                f = {d->gid, d->name, d->type, estimate, {estimate}};
        } else if (set && d->type == QLatin1String("enum")) {
            const auto &o = d->options.at(int(rng() % d->options.size()));
            f = {d->gid, d->name, d->type, o.second, {o.first}};
        } else if (set && d->type == QLatin1String("multi_enum")) {
            QStringList gids, names;
            for (const auto &o : d->options)
                if (rng() % 3 == 0) {
                    gids << o.first;
                    names << o.second;
                }
            if (!gids.isEmpty())
                f = {d->gid, d->name, d->type, names.join(QStringLiteral(", ")), gids};
        } else if (set && d->type == QLatin1String("number")) {
            const QString v = QString::number(double(100 + rng() % 9900) / 4, 'f', d->precision);
            f = {d->gid, d->name, d->type, v, {v}};
        } else if (set && d->type == QLatin1String("text")) {
            const QString v = QString::fromUtf8(kTickets[rng() % std::size(kTickets)]);
            f = {d->gid, d->name, d->type, v, {v}};
        } else if (set && d->type == QLatin1String("date")) {
            const QString v = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs() + qint64(rng() % 60) * 86'400'000, QTimeZone::utc())
                                  .toString(QStringLiteral("yyyy-MM-dd"));
            f = {d->gid, d->name, d->type, v, {v}};
        } else if (set && d->type == QLatin1String("people")) {
            QStringList gids, names;
            for (int k = 1 + int(rng() % 2); k > 0; --k) {
                const AUser &u = m_users[int(rng() % m_users.size())];
                if (!gids.contains(u.gid)) {
                    gids << u.gid;
                    names << u.name;
                }
            }
            f = {d->gid, d->name, d->type, names.join(QStringLiteral(", ")), gids};
        }
        out.append(f);
    }
    return out;
}

QJsonObject AsanaService::customFieldJson(const ACustomField &f) const
{
    const AFieldDef *d = fieldDef(f.gid);
    QJsonObject o = ref(f.gid, "custom_field", f.name);
    o.insert(QStringLiteral("type"), f.type);
    o.insert(QStringLiteral("resource_subtype"), f.type);
    o.insert(QStringLiteral("representation_type"), f.type);
    o.insert(QStringLiteral("display_value"), f.displayValue.isEmpty() ? QJsonValue() : QJsonValue(f.displayValue));
    o.insert(QStringLiteral("enabled"), true);
    o.insert(QStringLiteral("description"), d ? d->description : QString());
    o.insert(QStringLiteral("is_formula_field"), false);
    o.insert(QStringLiteral("is_value_read_only"), false);
    o.insert(QStringLiteral("is_global_to_workspace"), true);
    o.insert(QStringLiteral("has_notifications_enabled"), true);
    o.insert(QStringLiteral("id_prefix"), QJsonValue());
    o.insert(QStringLiteral("asana_created_field"), f.name == QLatin1String("Priority") ? QJsonValue(QStringLiteral("priority")) : QJsonValue());
    o.insert(QStringLiteral("privacy_setting"), QStringLiteral("public_with_guests"));
    o.insert(QStringLiteral("default_access_level"), QStringLiteral("editor"));
    o.insert(QStringLiteral("created_by"), userRef(meGid()));
    const auto option = [](const QPair<QString, QString> &opt, int index) {
        QJsonObject e = ref(opt.first, "enum_option", opt.second);
        e.insert(QStringLiteral("enabled"), true);
        e.insert(QStringLiteral("color"), QLatin1String(kColors[index % std::size(kColors)]));
        return e;
    };
    if (f.type == QLatin1String("enum") || f.type == QLatin1String("multi_enum")) {
        QJsonArray all, chosen;
        QJsonValue one;
        for (int i = 0; d && i < d->options.size(); ++i) {
            all.append(option(d->options[i], i));
            if (f.values.contains(d->options[i].first)) {
                chosen.append(option(d->options[i], i));
                one = option(d->options[i], i);
            }
        }
        o.insert(QStringLiteral("enum_options"), all);
        if (f.type == QLatin1String("enum"))
            o.insert(QStringLiteral("enum_value"), one);
        else
            o.insert(QStringLiteral("multi_enum_values"), chosen);
    } else if (f.type == QLatin1String("number")) {
        o.insert(QStringLiteral("number_value"), f.values.isEmpty() ? QJsonValue() : QJsonValue(f.values.first().toDouble()));
        o.insert(QStringLiteral("precision"), d ? d->precision : 0);
        o.insert(QStringLiteral("format"), d ? d->format : QStringLiteral("none"));
        o.insert(QStringLiteral("currency_code"), d && !d->currency.isEmpty() ? QJsonValue(d->currency) : QJsonValue());
        o.insert(QStringLiteral("custom_label"), QJsonValue());
        o.insert(QStringLiteral("custom_label_position"), QJsonValue());
    } else if (f.type == QLatin1String("text")) {
        o.insert(QStringLiteral("text_value"), f.values.isEmpty() ? QJsonValue() : QJsonValue(f.values.first()));
    } else if (f.type == QLatin1String("date")) {
        // A date without a time: `date_time` left out (the reference's text says null, its
        // schema a string).
        o.insert(QStringLiteral("date_value"), f.values.isEmpty() ? QJsonValue()
                                                                  : QJsonValue(QJsonObject{{QStringLiteral("date"), f.values.first()}}));
    } else if (f.type == QLatin1String("people")) {
        QJsonArray people;
        for (const QString &gid : f.values)
            people.append(userRef(gid));
        o.insert(QStringLiteral("people_value"), people);
    }
    return o;
}

} // namespace sim
