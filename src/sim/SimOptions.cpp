#include "sim/SimOptions.h"

#include "sim/Services.h"

namespace sim {

namespace {
const SimOption *declared(const QString &name)
{
    for (const SimServiceDescriptor *d : Services::all())
        for (const SimOption &o : d->options)
            if (o.name == name)
                return &o;
    return nullptr;
}
} // namespace

void Options::noRateLimits()
{
    for (const SimServiceDescriptor *d : Services::all())
        for (const SimOption &o : d->options)
            if (o.rateLimit)
                o.set(*this, QStringLiteral("0"));
}

qint64 Options::number(const QString &option) const
{
    return text(option).toLongLong();
}

QString Options::text(const QString &option) const
{
    const auto it = values.constFind(option);
    if (it != values.cend())
        return *it;
    const SimOption *o = declared(option);
    return o ? o->valueIn(*this) : QString();
}

bool Options::isOn(const QString &option) const
{
    return text(option) == QLatin1String("true");
}

SimOption SimOption::number(const QString &name, const QString &help, const QString &valueName, int Options::*field,
                            qint64 min, qint64 max)
{
    SimOption o;
    o.name = name;
    o.help = help;
    o.valueName = valueName;
    o.min = min;
    o.max = max;
    o.numberField = field;
    return o;
}

SimOption SimOption::number(const QString &name, const QString &help, const QString &valueName, qint64 defaultValue,
                            qint64 min, qint64 max)
{
    SimOption o = number(name, help, valueName, static_cast<int Options::*>(nullptr), min, max);
    o.defaultValue = QString::number(defaultValue);
    return o;
}

SimOption SimOption::flag(const QString &name, const QString &help, bool Options::*field)
{
    SimOption o;
    o.name = name;
    o.help = help;
    o.kind = Kind::Switch;
    o.switchField = field;
    o.hasDefault = false;
    o.defaultValue = QStringLiteral("false");
    return o;
}

SimOption SimOption::text(const QString &name, const QString &help, const QString &valueName, QString Options::*field)
{
    SimOption o;
    o.name = name;
    o.help = help;
    o.valueName = valueName;
    o.kind = Kind::Text;
    o.textField = field;
    return o;
}

SimOption SimOption::text(const QString &name, const QString &help, const QString &valueName, const QString &defaultValue)
{
    SimOption o = text(name, help, valueName, nullptr);
    o.defaultValue = defaultValue;
    return o;
}

SimOption SimOption::asRateLimit() const
{
    SimOption o = *this;
    o.rateLimit = true;
    return o;
}

SimOption SimOption::withoutDefault() const
{
    SimOption o = *this;
    o.hasDefault = false;
    return o;
}

QString SimOption::defaultText() const
{
    return hasDefault ? valueIn(Options()) : QString();
}

QString SimOption::valueIn(const Options &options) const
{
    if (numberField)
        return QString::number(options.*numberField);
    if (switchField)
        return options.*switchField ? QStringLiteral("true") : QStringLiteral("false");
    if (textField)
        return options.*textField;
    return options.values.value(name, defaultValue);
}

bool SimOption::set(Options &options, const QString &value, QString *error) const
{
    switch (kind) {
    case Kind::Number: {
        bool ok = false;
        const qint64 v = value.toLongLong(&ok);
        if (!ok || v < min || v > max) {
            if (error)
                *error = QStringLiteral("--%1 must be a number in %2..%3").arg(name).arg(min).arg(max);
            return false;
        }
        if (numberField)
            options.*numberField = int(v);
        else
            options.values.insert(name, QString::number(v));
        return true;
    }
    case Kind::Switch: {
        const bool on = value.isEmpty() || value == QLatin1String("true");
        if (switchField)
            options.*switchField = on;
        else
            options.values.insert(name, on ? QStringLiteral("true") : QStringLiteral("false"));
        return true;
    }
    case Kind::Text:
        if (textField)
            options.*textField = value;
        else
            options.values.insert(name, value);
        return true;
    }
    return false;
}

} // namespace sim
