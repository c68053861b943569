#pragma once
#include <QList>
#include <QString>

#include <utility>

namespace cairn {

// The facts one layer below src/sources needs of every source, by id. The layers below the
// sources never name a source: each defines the facts it needs (a struct with a `QString id`:
// SourceFacts here, SignInFacts in src/auth, StoreFacts in src/store) and reads them from its
// Catalog. The source registry (src/sources/Sources.cpp) fills every catalog from the sources'
// descriptors before main() runs (docs/adding-a-source.md), in the order of its list.
template<typename Facts>
class Catalog
{
public:
    static void install(QList<Facts> facts) { storage() = std::move(facts); }
    static const QList<Facts> &all() { return storage(); }
    // nullptr when no source has the id.
    static const Facts *find(const QString &id)
    {
        for (const Facts &f : storage())
            if (f.id == id)
                return &f;
        return nullptr;
    }

private:
    static QList<Facts> &storage()
    {
        static QList<Facts> facts;
        return facts;
    }
};

} // namespace cairn
