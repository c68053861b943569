// cairn-sim: the cloud simulator as a process. Prints "listening http://127.0.0.1:PORT" first.
// Its options: the simulator's own, then each service's (SimServiceDescriptor::options, in the
// order of src/sim/Services.cpp).
#include "sim/CloudSimulator.h"
#include "sim/Services.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>
#include <vector>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cairn-sim"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Local simulator of the %1 APIs.").arg(sim::Services::titles()));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("TCP port on 127.0.0.1 (0 = any free port)."),
                                  QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed of the generated data."),
                                  QStringLiteral("seed"), QStringLiteral("1"));
    const QCommandLineOption token(QStringLiteral("access-token"), QStringLiteral("Static bearer token that never expires."),
                                   QStringLiteral("token"), QStringLiteral("cairn-sim-token"));
    const QCommandLineOption rotate(QStringLiteral("rotate-refresh-tokens"),
                                    QStringLiteral("OAuth refresh grants return a new refresh token; the old one dies."));
    const QCommandLineOption latency(QStringLiteral("latency"),
                                     QStringLiteral("Hold each answer back as long as a real one of its size takes (100–800 ms), "
                                                    "times this scale (0 = at once; 0.1 = a tenth). Deterministic from --seed."),
                                     QStringLiteral("scale"), QStringLiteral("0"));
    // The services' documented rate limits (docs/simulator.md) are on by default; each
    // service's limit options take 0 to switch one off.
    const QCommandLineOption noLimits(QStringLiteral("no-rate-limits"),
                                      QStringLiteral("Switch every rate limit off but those given (GitHub's primary limit stays)."));
    parser.addOptions({port, seed, token, rotate, noLimits, latency});
    // Each service's options, with their defaults from sim::Options (or their declaration).
    std::vector<std::pair<const sim::SimOption *, QCommandLineOption>> serviceOptions;
    for (const sim::SimServiceDescriptor *service : sim::Services::all()) {
        for (const sim::SimOption &o : service->options) {
            QCommandLineOption option(o.name, o.help);
            if (o.kind != sim::SimOption::Kind::Switch) {
                option.setValueName(o.valueName);
                if (o.hasDefault)
                    option.setDefaultValue(o.defaultText());
            }
            parser.addOption(option);
            serviceOptions.emplace_back(&o, option);
        }
    }
    parser.process(app);

    auto number = [&parser](const QCommandLineOption &o, qint64 min, qint64 max) {
        bool ok = false;
        const qint64 v = parser.value(o).toLongLong(&ok);
        if (!ok || v < min || v > max) {
            std::fprintf(stderr, "cairn-sim: --%s must be a number in %lld..%lld\n", qPrintable(o.names().first()),
                         static_cast<long long>(min), static_cast<long long>(max));
            std::exit(2);
        }
        return v;
    };
    sim::Options options;
    const quint16 wantedPort = quint16(number(port, 0, 65535));
    options.seed = quint32(number(seed, 0, 4294967295ll));
    options.accessToken = parser.value(token);
    options.rotateRefreshTokens = parser.isSet(rotate);
    // --no-rate-limits: every limit off but those given explicitly.
    if (parser.isSet(noLimits))
        options.noRateLimits();
    for (const auto &[o, option] : serviceOptions) {
        if (!parser.isSet(option))
            continue; // sim::Options has its default (0 for a limit after --no-rate-limits)
        QString error;
        if (!o->set(options, o->kind == sim::SimOption::Kind::Switch ? QString() : parser.value(option), &error)) {
            std::fprintf(stderr, "cairn-sim: %s\n", qPrintable(error));
            return 2;
        }
    }

    bool latencyOk = false;
    options.latency = parser.value(latency).toDouble(&latencyOk);
    if (!latencyOk || options.latency < 0 || options.latency > 100) {
        std::fprintf(stderr, "cairn-sim: --latency must be a number in 0..100\n");
        return 2;
    }

    sim::CloudSimulator simulator(options);
    if (simulator.listenLocal(wantedPort) == 0) {
        std::fprintf(stderr, "cairn-sim: cannot listen on 127.0.0.1:%u\n", unsigned(wantedPort));
        return 1;
    }
    std::printf("listening %s\n", simulator.baseUrl().toString().toUtf8().constData());
    std::fflush(stdout);
    return app.exec();
}
