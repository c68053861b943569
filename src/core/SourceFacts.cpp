#include "SourceFacts.h"
#include "Settings.h"

#include <QCoreApplication>

namespace cairn {

QString SourceFacts::displayName() const
{
    return name ? QCoreApplication::translate("cairn::Settings", name) : id;
}

QString SourceFacts::variable(const char *suffix) const
{
    return Settings::envName(id, suffix);
}

namespace sources {

QStringList ids()
{
    QStringList out;
    for (const SourceFacts &f : SourceCatalog::all())
        out << f.id;
    return out;
}

QString displayName(const QString &id)
{
    const SourceFacts *f = SourceCatalog::find(id);
    return f ? f->displayName() : id;
}

} // namespace sources
} // namespace cairn
