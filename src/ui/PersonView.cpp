#include "PersonView.h"
#include "DateText.h"
#include "Error.h"
#include "PersonQuery.h"
#include "ReadConnection.h"
#include "Settings.h"
#include "SourceViews.h"
#include "Words.h"

#include <QLocale>
#include <QUrl>

namespace cairn {

namespace {
constexpr int kPerSection = 50;
} // namespace

QString PersonView::link(SearchIndex::Kind kind, qint64 id, const QString &text)
{
    return QStringLiteral("<a href='cairn:%1/%2'>%3</a>").arg(int(kind)).arg(id).arg(text.toHtmlEscaped());
}

QString PersonView::when(const QDateTime &t)
{
    return t.isValid() ? dates::relative(t) : QString();
}

QString PersonView::accountNote(const QString &account, bool several)
{
    return several ? QStringLiteral(" · ") + account : QString();
}

PersonView::PersonView(ReadConnection &connection, Settings &settings, QWidget *parent)
    : SafeTextBrowser(parent)
    , m_connection(connection)
    , m_settings(settings)
{
    setAccessibleName(tr("Person"));
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() != QLatin1String("cairn"))
            return;
        const QStringList parts = url.path().split(QLatin1Char('/'));
        if (parts.size() == 2)
            Q_EMIT openRequested(SearchIndex::Kind(parts.at(0).toInt()), parts.at(1).toLongLong());
    });
    showPerson(0);
}

QStringList PersonView::linkedNames() const
{
    if (m_resourceName.isEmpty())
        return {};
    return m_settings.value(QStringLiteral("people/%1").arg(QString::fromLatin1(m_resourceName.toUtf8().toHex())))
        .toStringList();
}

void PersonView::setLinkedNames(const QStringList &names)
{
    if (m_resourceName.isEmpty())
        return;
    QStringList clean;
    for (const QString &n : names)
        if (!n.trimmed().isEmpty() && !clean.contains(n.trimmed()))
            clean << n.trimmed();
    // The key is hex: a resource name may hold characters QSettings treats specially.
    const QString key = QStringLiteral("people/%1").arg(QString::fromLatin1(m_resourceName.toUtf8().toHex()));
    if (clean.isEmpty())
        m_settings.remove(key);
    else
        m_settings.setValue(key, clean);
    showPerson(m_id);
}

QString PersonView::section(const QString &title, const QStringList &rows) const
{
    QString h = QStringLiteral("<h3 style='margin-bottom:2px'>%1</h3>").arg(title.toHtmlEscaped());
    if (rows.isEmpty())
        return h + QStringLiteral("<p style='color:#888'>%1</p>").arg(tr("None in the cache.").toHtmlEscaped());
    return h + QStringLiteral("<ul style='margin-top:0'>") + rows.join(QString()) + QStringLiteral("</ul>");
}

void PersonView::showPerson(qint64 contactId)
{
    m_id = contactId;
    m_matched.clear();
    m_resourceName.clear();
    if (!contactId || !m_connection.ensureOpen()) {
        setHtml(QStringLiteral("<p style='color:#888'>%1</p>").arg(tr("Select a person to see everything about them.").toHtmlEscaped()));
        return;
    }
    QSqlDatabase &db = m_connection.db();
    try {
        const SourceViews *people = SourceViews::ofPeople();
        const PersonCard c = people && people->directory.person ? people->directory.person(db, contactId) : PersonCard{};
        m_resourceName = c.key;
        const QStringList linked = linkedNames();
        QStringList names = linked;
        if (!c.name.isEmpty())
            names.prepend(c.name);
        const QStringList &emails = c.emails;
        // Every account of every source: which one an item is of is said when a source has several.
        const PersonQuery person(names, emails, kPerSection);

        const QString title = words::contactTitle(c.name, emails.value(0), c.organization, c.phone);
        QString h = QStringLiteral("<h2 style='margin-bottom:2px'>%1</h2>")
                        .arg((title.isEmpty() ? tr("(no name)") : title).toHtmlEscaped());
        QStringList facts;
        if (!emails.isEmpty())
            facts << emails.join(QStringLiteral(", ")).toHtmlEscaped();
        if (!c.organization.isEmpty())
            facts << c.organization.toHtmlEscaped();
        if (!linked.isEmpty())
            facts << tr("also known as %1").arg(linked.join(QStringLiteral(", "))).toHtmlEscaped();
        h += QStringLiteral("<p style='color:#666'>%1</p>").arg(facts.join(QStringLiteral(" · ")));

        for (const SourceViews *views : SourceViews::all()) {
            if (!views->people.rows)
                continue;
            const QStringList rows = views->people.rows(db, person);
            m_matched.insert(views->id, int(rows.size()));
            h += section(SourceViews::translated("cairn::PersonView", views->people.title), rows);
        }
        setHtml(h);
    } catch (const Error &e) {
        setHtml(QStringLiteral("<p style='color:#a33'>%1</p>").arg(tr("Cannot read this person: %1").arg(e.message).toHtmlEscaped()));
    }
}

} // namespace cairn
