#include "photocheckrunner.h"

#include "photo/photocheckcontext.h"
#include "photo/photochecker.h"

#include <QFutureWatcher>
#include <QVariantMap>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>
#include <mutex>
#include <optional>

namespace gc::ui {

struct PhotoCheckRunner::Checker {
    std::mutex mutex;
    std::optional<core::PhotoChecker> checker;
    QString error;

    const core::PhotoChecker *get()
    {
        std::lock_guard lock(mutex);
        if (!checker && error.isEmpty()) {
            auto c = core::PhotoChecker::create(core::PhotoCheckThresholds{});
            if (c)
                checker.emplace(std::move(*c));
            else
                error = c.error().message();
        }
        return checker ? &*checker : nullptr;
    }
};

PhotoCheckRunner::PhotoCheckRunner(QObject *parent) : QObject(parent), m_checker(std::make_shared<Checker>())
{
    m_pool.setMaxThreadCount(1);
}

PhotoCheckRunner::~PhotoCheckRunner() { m_pool.waitForDone(); }

void PhotoCheckRunner::prepare()
{
    m_pool.start([checker = m_checker] { checker->get(); });
}

void PhotoCheckRunner::run(const QString &path, const core::PhotoCheckContext &context, Lang lang,
                           std::function<void(const PhotoCheckOutcome &)> done)
{
    ++m_running;
    emit runningChanged();
    auto *watcher = new QFutureWatcher<PhotoCheckOutcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, done = std::move(done)] {
        const PhotoCheckOutcome out = watcher->result();
        watcher->deleteLater();
        --m_running;
        emit runningChanged();
        done(out);
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [checker = m_checker, path, context, lang] {
        return checkNow(*checker, path, context, lang);
    }));
}

PhotoCheckOutcome PhotoCheckRunner::checkNow(Checker &checker, const QString &path, const core::PhotoCheckContext &ctx, Lang lang)
{
    PhotoCheckOutcome out;
    const core::PhotoChecker *c = checker.get();
    if (!c) {
        out.error = checker.error;
        return out;
    }
    auto r = c->checkFile(path, ctx);
    if (!r) {
        out.error = r.error().message();
        return out;
    }
    out.verdict = r->verdict;
    for (const auto &check : r->checks) {
        if (check.id == QLatin1String("qr"))
            out.qrText = check.details.value(QStringLiteral("text")).toString();
        if (check.status == core::PhotoCheckStatus::Skip)
            continue;
        // Both languages travel with the check: a problem is stored in the install event for the office.
        out.checks << QVariantMap{{QStringLiteral("id"), check.id},
                                  {QStringLiteral("status"), core::toString(check.status)},
                                  {QStringLiteral("weight"), core::toString(check.weight)},
                                  {QStringLiteral("problem"), check.isProblem()},
                                  {QStringLiteral("measured"), !std::isnan(check.value)}, // e.g. a location without GPS: none
                                  {QStringLiteral("message"), check.message(lang)},
                                  {QStringLiteral("ko"), check.message(Lang::Korean)},
                                  {QStringLiteral("en"), check.message(Lang::English)},
                                  {QStringLiteral("asset"), check.details.value(QStringLiteral("asset")).toString()}};
    }
    return out;
}

} // namespace gc::ui
