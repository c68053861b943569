#include "DemoSimulator.h"
#include "Settings.h"
#include "SourceRegistry.h"
#include "SourceViews.h"
#include "sim/GoogleService.h"

#include <array>

#include "sim/CloudSimulator.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QSemaphore>

Q_LOGGING_CATEGORY(lcDemo, "cairn.ui.demo")

namespace cairn {

DemoSimulator::DemoSimulator(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("cairn-demo-simulator"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
}

DemoSimulator::~DemoSimulator()
{
    if (m_thread.isRunning()) {
        QMetaObject::invokeMethod(m_context, [this] {
            delete m_sim;
            m_sim = nullptr;
        }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    } else {
        delete m_context;
    }
}

bool DemoSimulator::start(const sim::Options &options)
{
    if (m_thread.isRunning())
        return !m_baseUrl.isEmpty();
    m_thread.start();
    QSemaphore ready;
    sim::Options demoOptions = options;
    demoOptions.demo = true; // believable titles and companies, not the tests' mixed scripts
    QMetaObject::invokeMethod(m_context, [this, options = demoOptions, &ready] {
        m_sim = new sim::CloudSimulator(options);
        // Colleagues who are also in the other services (Jira users by e-mail, Asana assignees
        // by name): the People page has something to bring together.
        for (const auto &person : {std::array<const char *, 3>{"Mia", "Krämer", "mia@example.com"},
                                   std::array<const char *, 3>{"Kenji", "Watanabe", "kenji@example.com"},
                                   std::array<const char *, 3>{"Aroha", "Ngata", "aroha@example.com"},
                                   std::array<const char *, 3>{"Camille", "Lefèvre", "camille@example.com"},
                                   std::array<const char *, 3>{"Priya", "Natarajan", "priya@example.com"}})
            m_sim->google().addPerson(QString::fromUtf8(person[0]), QString::fromUtf8(person[1]), QString::fromUtf8(person[2]));
        if (m_sim->listenLocal(0) != 0) {
            m_baseUrl = m_sim->baseUrl();
            m_token = options.accessToken;
        }
        ready.release();
    }, Qt::QueuedConnection);
    ready.acquire(); // the generated data is small: this is a short wait at start-up
    if (m_baseUrl.isEmpty())
        qCWarning(lcDemo) << "the demo simulator could not listen on 127.0.0.1";
    else
        qCInfo(lcDemo) << "demo simulator at" << m_baseUrl;
    return !m_baseUrl.isEmpty();
}

QStringList DemoSimulator::servedSources()
{
    return SourceRegistry::implemented();
}

void DemoSimulator::useForDemo() const
{
    for (const QString &source : servedSources()) {
        const QByteArray upper = source.toUpper().toLatin1();
        qputenv("CAIRN_" + upper + "_API_URL", (m_baseUrl.toString() + QLatin1Char('/') + source).toUtf8());
        qputenv("CAIRN_" + upper + "_TOKEN", m_token.toUtf8());
        if (const SourceViews *views = SourceViews::find(source); views && views->demoEnvironment)
            views->demoEnvironment(m_baseUrl);
    }
}

void DemoSimulator::prepareSettings(Settings &settings)
{
    for (const QString &source : servedSources())
        if (const SourceViews *views = SourceViews::find(source); views && views->demoSettings)
            views->demoSettings(settings, *this);
}

void DemoSimulator::withSimulator(const std::function<void(sim::CloudSimulator &)> &f)
{
    if (m_sim)
        QMetaObject::invokeMethod(m_context, [this, &f] { f(*m_sim); }, Qt::BlockingQueuedConnection);
}

int DemoSimulator::liveContactCount()
{
    if (!m_sim)
        return 0;
    int count = 0;
    QMetaObject::invokeMethod(m_context, [this, &count] { count = m_sim->google().liveCount(); },
                              Qt::BlockingQueuedConnection);
    return count;
}

void DemoSimulator::simulateChanges(int count)
{
    if (!m_sim)
        return;
    QPointer<DemoSimulator> self(this);
    QMetaObject::invokeMethod(m_sim, [sim = m_sim, self, count] {
        const QStringList touched = sim->google().randomChanges(count);
        if (self)
            QMetaObject::invokeMethod(self, [self, touched] {
                if (self)
                    Q_EMIT self->changesMade(touched);
            }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

} // namespace cairn
