#include "DemoSimulator.h"
#include "Settings.h"
#include "SourceRegistry.h"
#include "SourceViews.h"

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
        for (sim::SimService *service : m_sim->services()) // e.g. colleagues who are in several services
            service->seedDemo();
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

void DemoSimulator::useForDemo()
{
    QList<QPair<QByteArray, QString>> environment;
    withSimulator([this, &environment](sim::CloudSimulator &sim) {
        for (const sim::SimService *service : sim.services())
            environment += service->clientEnvironment(m_baseUrl, m_token);
    });
    for (const auto &variable : std::as_const(environment))
        qputenv(variable.first.constData(), variable.second.toUtf8());
}

void DemoSimulator::prepareSettings(Settings &settings)
{
    QList<QList<QPair<QString, QString>>> wanted;
    withSimulator([&wanted](sim::CloudSimulator &sim) {
        for (const sim::SimService *service : sim.services())
            wanted.append(service->demoSettings());
    });
    // A service's settings are written together, and only when its first is not set yet.
    for (const auto &service : std::as_const(wanted)) {
        if (service.isEmpty() || !settings.value(service.first().first).toString().isEmpty())
            continue;
        for (const auto &[key, value] : service)
            settings.setValue(key, value);
    }
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
    QMetaObject::invokeMethod(m_context, [this, &count] {
        for (const sim::SimService *service : m_sim->services())
            count += service->livePeople();
    }, Qt::BlockingQueuedConnection);
    return count;
}

void DemoSimulator::simulateChanges(int count)
{
    if (!m_sim)
        return;
    QPointer<DemoSimulator> self(this);
    QMetaObject::invokeMethod(m_sim, [sim = m_sim, self, count] {
        QStringList touched;
        for (sim::SimService *service : sim->services())
            touched += service->changePeople(count);
        if (self)
            QMetaObject::invokeMethod(self, [self, touched] {
                if (self)
                    Q_EMIT self->changesMade(touched);
            }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

} // namespace cairn
