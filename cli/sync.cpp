// sync: one round with goodcity-server (push what the server has not acknowledged, pull, merge).
#include "command.h"
#include "text.h"

#include "store/assetstore.h"
#include "sync/syncclient.h"

#include <QFile>
#include <QTextStream>
#include <QUrl>

namespace gc::cli {

namespace {

const char kUsage[] = "sync FILE.gpkg --server URL --user NAME --password-stdin [--ca-cert CERT.pem] [--insecure]";

int runSync(const QCommandLineParser &p)
{
    const QStringList args = p.positionalArguments();
    const QString server = p.value(QStringLiteral("server"));
    const QString user = p.value(QStringLiteral("user"));
    const bool pwStdin = p.isSet(QStringLiteral("password-stdin"));
    const QString caCert = p.value(QStringLiteral("ca-cert"));
    core::SyncTransport transport;
    transport.allowPlainHttp = p.isSet(QStringLiteral("insecure"));
    const QUrl url(server);
    if (!checkUsage(QString::fromUtf8(kUsage), args.size() == 1 && !server.isEmpty() && !user.isEmpty() && pwStdin && url.isValid()
                                                   && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))))
        return ExitUsage;
    if (!caCert.isEmpty()) {
        QFile f(caCert);
        if (f.open(QIODevice::ReadOnly))
            transport.trustedCertificatesPem = f.readAll();
        if (!transport.trustedCertificatesPem.contains("-----BEGIN CERTIFICATE-----")) {
            printErr(gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "cannot read a PEM certificate"), caCert), gc::Lang::Both));
            return ExitUsage;
        }
    }
    if (auto t = core::SyncClient::checkTransport(url, transport); !t) {
        printErr(t.error().message());
        return ExitUsage;
    }
    QTextStream in(stdin);
    const QString password = in.readLine();
    auto store = core::AssetStore::open(args.first());
    if (!succeeded(store))
        return ExitUsage;
    (*store)->setIdentity(user, {});
    core::SyncClient client(**store, url, {}, transport);
    if (auto r = client.login(user, password); !r) {
        printErr(r.error().message());
        const QString code = codeName(r.error().code); // no connection, a cut answer or a server failure is I/O
        return code.startsWith(QLatin1String("network")) || code == QLatin1String("server") ? ExitUsage : ExitDataProblem;
    }
    auto r = client.syncOnce();
    if (!r) {
        const auto pending = core::SyncClient::pendingCount(**store);
        printErr(r.error().message());
        printErr(gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "%1 unsent changes and photos stay in this file"), pending ? *pending : -1), gc::Lang::Both));
        // A refusal (403, bad data) is a data problem; no connection or a server failure is I/O.
        const QString code = codeName(r.error().code);
        return code.startsWith(QLatin1String("network")) || code == QLatin1String("server") ? ExitUsage : ExitDataProblem;
    }
    printOut(gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "synced: sent %1, received %2, photos ↑%3 ↓%4, conflicts %5, pending %6"), r->pushedEvents,
                               r->pulledEvents, r->photosUp, r->photosDown, r->conflicts, r->pending),
                        gc::Lang::Both));
    if (!r->setAside.isEmpty()) {
        printErr(gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "%1 pulled items this file could not use, set aside in the table gc_sync_aside:"), r->setAside.size()), gc::Lang::Both));
        for (const QString &line : r->setAside)
            printErr(QStringLiteral("  ") + line);
    }
    for (const QString &held : r->photosHeldBack) // sent again by the next round
        printErr(held);
    for (const QString &line : r->waiting) // another user's unsent work: sent when they sign in
        printErr(line);
    return ExitOk;
}

const Registration reg{
    {.name = QStringLiteral("sync"),
     .usage = QString::fromUtf8(kUsage),
     .summary = gc::tx(QT_TRANSLATE_NOOP("gc", "one sync round with goodcity-server")),
     .options = {option(QStringLiteral("server"), QStringLiteral("URL"), QStringLiteral("the office server, https:// (http:// on loopback or with --insecure)")),
                 option(QStringLiteral("user"), QStringLiteral("NAME"), QStringLiteral("the user to log in as")),
                 flag(QStringLiteral("password-stdin"), QStringLiteral("read the password from the first line of standard input")),
                 option(QStringLiteral("ca-cert"), QStringLiteral("CERT.pem"), QStringLiteral("trust this certificate (a self-signed office server)")),
                 flag(QStringLiteral("insecure"), QStringLiteral("allow plain http:// to a server that is not on loopback"))},
     .run = &runSync}};

} // namespace

} // namespace gc::cli
