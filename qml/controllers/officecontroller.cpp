#include "officecontroller.h"
#include "appcontroller.h"

#include "io/assetexporter.h"
#include "domain/assetfilter.h"
#include "store/assetstore.h"
#include "domain/assetstatus.h"
#include "domain/catalog.h"
#include "office/dashboard.h"
#include "field/fieldtables.h"
#include "photo/photostore.h"
#include "office/labelsheet.h"
#include "office/officeactions.h"
#include "office/officequeries.h"
#include "office/progresschart.h"
#include "office/progressreport.h"
#include "office/rolloutplan.h"

#include <QDate>
#include <QDir>
#include <QLocale>
#include <QStandardPaths>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

namespace gc::ui {

namespace {

core::AssetFilter toFilter(const QVariantMap &m)
{
    core::AssetFilter f;
    f.categories = m.value(QStringLiteral("categories")).toStringList();
    f.statuses = m.value(QStringLiteral("statuses")).toStringList();
    f.dongCodes = m.value(QStringLiteral("dongCodes")).toStringList();
    f.departments = m.value(QStringLiteral("departments")).toStringList();
    f.methods = m.value(QStringLiteral("methods")).toStringList();
    f.text = m.value(QStringLiteral("text")).toString();
    return f;
}

QVariantMap rowMap(const core::Dashboard::Row &r)
{
    QVariantList by;
    for (qint64 n : r.byStatus)
        by << n;
    const bool english = QLocale().language() == QLocale::English && !r.labelEn.isEmpty();
    return {{QStringLiteral("code"), r.code},           {QStringLiteral("label"), english ? r.labelEn : r.label},
            {QStringLiteral("total"), r.total()},       {QStringLiteral("scope"), r.scope()},
            {QStringLiteral("done"), r.done()},         {QStringLiteral("share"), r.doneShare()},
            {QStringLiteral("count"), r.total()},       {QStringLiteral("byStatus"), by}};
}

QVariantList rows(const std::vector<core::Dashboard::Row> &list)
{
    QVariantList out;
    for (const auto &r : list)
        out << rowMap(r);
    return out;
}

} // namespace

OfficeController::OfficeController(QObject *parent) : QObject(parent), m_review(new ReviewQueueModel(this))
{
    m_poll.setInterval(5000);
    connect(&m_poll, &QTimer::timeout, this, &OfficeController::pollLog);
}

OfficeController::~OfficeController() = default;

void OfficeController::setApp(AppController *app)
{
    if (m_app == app)
        return;
    if (m_app)
        disconnect(m_app, nullptr, this, nullptr);
    m_app = app;
    if (m_app) {
        connect(m_app, &AppController::statsChanged, this, &OfficeController::refresh);
        connect(m_app, &AppController::inventoryChanged, this, &OfficeController::refresh);
    }
    emit appChanged();
    refresh();
    m_poll.start();
}

QStringList OfficeController::crewNames() const
{
    QStringList names;
    if (m_dashboard) {
        for (const auto &c : m_dashboard->crews)
            names << c.name;
    }
    for (const char *d : {"현장1팀", "현장2팀", "현장3팀", "현장4팀"}) {
        if (!names.contains(QString::fromUtf8(d)))
            names << QString::fromUtf8(d);
    }
    names.sort();
    return names;
}

void OfficeController::refresh()
{
    core::AssetStore *store = m_app ? m_app->store() : nullptr;
    m_review->setStore(store);
    if (!store) {
        m_dashboard.reset();
        emit dashboardChanged();
        return;
    }
    if (auto last = store->lastEventFid())
        m_lastEvent = *last;
    auto plan = core::RolloutPlan::load(*store);
    if (!plan) {
        setMessage(plan.error().message);
        plan = core::RolloutPlan{};
    }
    auto d = core::Dashboard::compute(*store, *plan, QDate::currentDate());
    if (!d) {
        setMessage(d.error().message);
        return;
    }
    m_dashboard = std::make_unique<core::Dashboard>(std::move(*d));
    const core::Dashboard &x = *m_dashboard;
    m_kpis = {{QStringLiteral("total"), x.all.total()},
              {QStringLiteral("scope"), x.all.scope()},
              {QStringLiteral("done"), x.all.done()},
              {QStringLiteral("doneShare"), x.all.doneShare()},
              {QStringLiteral("verified"), x.all.byStatus[core::Dashboard::Verified]},
              {QStringLiteral("plannedShare"), x.plannedShareAsOf()},
              {QStringLiteral("reviewQueue"), x.reviewQueue()},
              {QStringLiteral("needsAttention"), x.all.byStatus[core::Dashboard::NeedsAttention]},
              {QStringLiteral("overdue"), x.overdue},
              {QStringLiteral("costThousandWon"), double(x.costWon) / 1000.0},
              {QStringLiteral("budgetThousandWon"), x.plan.budgetThousandWon},
              {QStringLiteral("planStart"), x.plan.start.toString(Qt::ISODate)},
              {QStringLiteral("planEnd"), x.plan.end.toString(Qt::ISODate)}};
    m_statusRows.clear();
    for (int s = 0; s < core::Dashboard::kStatuses; ++s) {
        const QString code = core::Dashboard::statusCode(s);
        m_statusRows << QVariantMap{{QStringLiteral("code"), code},
                                    {QStringLiteral("label"), core::catalog::label(core::catalog::statuses(), code)},
                                    {QStringLiteral("count"), x.all.byStatus[size_t(s)]},
                                    {QStringLiteral("color"), core::ProgressChart::statusColor(s)}};
    }
    m_categoryRows = rows(x.byCategory);
    m_dongRows = rows(x.byDong);
    m_departmentRows = rows(x.byDepartment);
    m_crews.clear();
    for (const auto &c : x.crews)
        m_crews << QVariantMap{{QStringLiteral("name"), c.name},         {QStringLiteral("assigned"), c.assigned},
                               {QStringLiteral("installed"), c.installed}, {QStringLiteral("verified"), c.verified},
                               {QStringLiteral("needsAttention"), c.needsAttention}, {QStringLiteral("overdue"), c.overdue}};
    m_materials.clear();
    for (const auto &m : x.materials)
        m_materials << QVariantMap{{QStringLiteral("label"), QStringLiteral("%1 %2").arg(core::catalog::label(core::catalog::methods(), m.method), m.size)},
                                   {QStringLiteral("assets"), m.assets},
                                   {QStringLiteral("marks"), m.marks},
                                   {QStringLiteral("remaining"), m.marksRemaining},
                                   {QStringLiteral("unitPrice"), m.unitPriceWon},
                                   {QStringLiteral("costThousandWon"), double(m.costWon()) / 1000.0}};
    m_overdue.clear();
    if (auto overdue = core::OfficeQueries::overdue(*store, x.asOf)) {
        for (const auto &o : *overdue)
            m_overdue << QVariantMap{{QStringLiteral("uuid"), o.uuid}, {QStringLiteral("code"), o.code}, {QStringLiteral("name"), o.name},
                                     {QStringLiteral("crew"), o.crew}, {QStringLiteral("dueDate"), o.dueDate}};
    }
    m_proposals.clear();
    if (auto book = core::FieldTables::read(*store)) {
        const core::PhotoStore files(store->photoDir());
        for (const auto &[id, p] : book->proposals) {
            if (p.state != QLatin1String("pending"))
                continue;
            QString dong;
            for (const auto &r : x.byDong) {
                if (r.code == p.dongCode)
                    dong = rowMap(r).value(QStringLiteral("label")).toString();
            }
            m_proposals << QVariantMap{{QStringLiteral("proposalId"), id},
                                       {QStringLiteral("category"), core::catalog::label(core::catalog::categories(), p.category)},
                                       {QStringLiteral("dong"), dong},
                                       {QStringLiteral("note"), p.note},
                                       {QStringLiteral("proposedBy"), p.proposedBy},
                                       {QStringLiteral("proposedAt"), p.proposedAt.left(10)},
                                       {QStringLiteral("photo"), p.photoSha256.isEmpty() ? QString()
                                                                 : QUrl::fromLocalFile(files.pathFor(p.photoSha256)).toString()}};
        }
    }
    emit dashboardChanged();
}

bool OfficeController::acceptProposal(const QString &proposalId, const QString &name, const QString &department)
{
    if (!m_app || !m_app->store())
        return false;
    auto r = core::OfficeActions(*m_app->store()).acceptProposal(proposalId, name, department);
    setMessage(r ? tr("Added as a new asset") : r.error().message);
    if (r)
        afterWrite();
    return r.ok();
}

bool OfficeController::declineProposal(const QString &proposalId, const QString &note)
{
    if (!m_app || !m_app->store())
        return false;
    auto r = core::OfficeActions(*m_app->store()).declineProposal(proposalId, note);
    setMessage(r ? tr("Declined") : r.error().message);
    if (r)
        afterWrite();
    return r.ok();
}

void OfficeController::pollLog()
{
    core::AssetStore *store = m_app ? m_app->store() : nullptr;
    if (!store || m_busy)
        return;
    auto last = store->lastEventFid();
    if (last && *last != m_lastEvent)
        refresh();
}

void OfficeController::afterWrite()
{
    if (m_app)
        m_app->refresh(); // emits statsChanged → refresh()
    else
        refresh();
}

void OfficeController::setMessage(const QString &m)
{
    m_message = m;
    emit messageChanged();
}

bool OfficeController::approve(const QString &uuid, const QString &comment)
{
    if (!m_app || !m_app->store())
        return false;
    auto r = core::OfficeActions(*m_app->store()).approve(uuid, comment);
    setMessage(r ? tr("Approved") : r.error().message);
    if (r)
        afterWrite();
    return r.ok();
}

bool OfficeController::reject(const QString &uuid, const QString &comment)
{
    if (!m_app || !m_app->store())
        return false;
    auto r = core::OfficeActions(*m_app->store()).reject(uuid, comment);
    setMessage(r ? tr("Sent back to the crew") : r.error().message);
    if (r)
        afterWrite();
    return r.ok();
}

bool OfficeController::assignUuids(const QStringList &uuids, const QString &crew, const QString &dueDate, int priority)
{
    if (!m_app || !m_app->store())
        return false;
    if (uuids.isEmpty()) {
        setMessage(tr("Nothing selected"));
        return false;
    }
    auto r = core::OfficeActions(*m_app->store()).assign(uuids, {crew, QDate::fromString(dueDate, Qt::ISODate), priority});
    if (!r) {
        setMessage(r.error().message);
        return false;
    }
    QString text = tr("%n asset(s) assigned to %1", "", r->assigned).arg(crew);
    if (!r->skipped.isEmpty())
        text += QLatin1Char('\n') + tr("%n skipped: %1", "", int(r->skipped.size())).arg(r->skipped.mid(0, 5).join(QStringLiteral(", ")));
    setMessage(text);
    afterWrite();
    return true;
}

bool OfficeController::assignFids(const QVariantList &fids, const QString &crew, const QString &dueDate, int priority)
{
    if (!m_app || !m_app->store())
        return false;
    std::vector<qint64> ids;
    for (const QVariant &fid : fids)
        ids.push_back(fid.toLongLong());
    auto uuids = core::OfficeQueries::uuidsOfFids(*m_app->store(), ids);
    return uuids && assignUuids(*uuids, crew, dueDate, priority);
}

bool OfficeController::assignFilter(const QVariantMap &filter, const QString &crew, const QString &dueDate, int priority)
{
    if (!m_app || !m_app->store())
        return false;
    auto uuids = core::OfficeQueries::uuidsMatching(*m_app->store(), toFilter(filter));
    return uuids && assignUuids(*uuids, crew, dueDate, priority);
}

int OfficeController::countFilter(const QVariantMap &filter) const
{
    if (!m_app || !m_app->store())
        return 0;
    auto n = core::OfficeQueries::countMatching(*m_app->store(), toFilter(filter));
    return n ? int(*n) : 0;
}

QString OfficeController::defaultExportPath(const QString &format) const
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty() || !QDir(dir).exists())
        dir = QDir::homePath();
    const QString stem = format == QLatin1String("labels") ? QStringLiteral("goodcity-labels") : QStringLiteral("goodcity");
    const QString ext = format == QLatin1String("labels") ? QStringLiteral("pdf") : format;
    return QStringLiteral("%1/%2-%3.%4").arg(dir, stem, QDate::currentDate().toString(QStringLiteral("yyyyMMdd")), ext);
}

void OfficeController::runInBackground(const QString &what, std::function<QString(const std::function<void(qint64, qint64)> &)> job)
{
    if (m_busy)
        return;
    m_busy = true;
    m_progress = 0;
    emit busyChanged();
    setMessage(what);
    QPointer<OfficeController> self(this);
    auto progress = [self](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(self, [self, done, total] {
            if (!self || total <= 0)
                return;
            self->m_progress = double(done) / double(total);
            emit self->busyChanged();
        }, Qt::QueuedConnection);
    };
    (void)QtConcurrent::run([self, job, progress] {
        const QString result = job(progress);
        QMetaObject::invokeMethod(self, [self, result] {
            if (!self)
                return;
            self->m_busy = false;
            emit self->busyChanged();
            self->setMessage(result);
        }, Qt::QueuedConnection);
    });
}

void OfficeController::exportTo(const QString &format, const QString &path, const QVariantMap &filterMap)
{
    if (!m_app || !m_app->store() || path.trimmed().isEmpty())
        return;
    const QString inventory = m_app->store()->path();
    const core::AssetFilter filter = toFilter(filterMap);
    const QString out = path.trimmed();
    const QString fmt = format.toLower();
    runInBackground(tr("Exporting…"), [inventory, filter, out, fmt](const std::function<void(qint64, qint64)> &progress) -> QString {
        // A connection of its own: SQLite connections stay on one thread.
        auto store = core::AssetStore::open(inventory, core::AssetStore::Access::ReadOnly);
        if (!store)
            return store.error().message;
        if (fmt == QLatin1String("pdf")) {
            auto plan = core::RolloutPlan::load(**store);
            auto d = core::Dashboard::compute(**store, plan ? *plan : core::RolloutPlan{}, QDate::currentDate());
            if (!d)
                return d.error().message;
            auto r = core::ProgressReport::write(**store, *d, out, progress);
            return r ? QObject::tr("Saved %1").arg(out) : r.error().message;
        }
        const auto f = core::AssetExporter::formatFromName(fmt);
        if (!f)
            return QObject::tr("Unknown format %1").arg(fmt);
        auto n = core::AssetExporter::write(**store, out, *f, filter, progress);
        return n ? QObject::tr("Saved %1 (%2 assets)").arg(out).arg(*n) : n.error().message;
    });
}

void OfficeController::printLabels(const QString &path, const QVariantMap &filterMap)
{
    if (!m_app || !m_app->store() || path.trimmed().isEmpty())
        return;
    const QString inventory = m_app->store()->path();
    const core::AssetFilter filter = toFilter(filterMap);
    const QString out = path.trimmed();
    runInBackground(tr("Making labels…"), [inventory, filter, out](const std::function<void(qint64, qint64)> &progress) -> QString {
        auto store = core::AssetStore::open(inventory, core::AssetStore::Access::ReadOnly);
        if (!store)
            return store.error().message;
        auto n = core::LabelSheet::write(**store, out, filter, progress);
        return n ? QObject::tr("Saved %1 (%2 labels)").arg(out).arg(*n) : n.error().message;
    });
}

} // namespace gc::ui
