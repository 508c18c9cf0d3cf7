#include "officecontroller.h"
#include "text.h"
#include "appcontroller.h"
#include "photosource.h"

#include "io/assetexporter.h"
#include "reports/qgisproject.h"
#include "model/assetfilter.h"
#include "store/assetstore.h"
#include "model/assetstatus.h"
#include "model/catalog.h"
#include "office/dashboard.h"
#include "field/fieldtables.h"
#include "photofiles/photostore.h"
#include "reports/labelsheet.h"
#include "office/assignmentplan.h"
#include "office/officeactions.h"
#include "office/officequeries.h"
#include "reports/progresschart.h"
#include "reports/progressreport.h"
#include "office/rolloutplan.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
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
    return {{QStringLiteral("code"), r.code},           {QStringLiteral("label"), inLanguage(Lang::Ui, r.label, r.labelEn)},
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
    if (!switchApp(this, m_app, app))
        return;
    if (m_app) {
        connect(m_app, &AppController::statsChanged, this, &OfficeController::refresh);
        connect(m_app, &AppController::inventoryChanged, this, &OfficeController::refresh);
    }
    emit appChanged();
    refresh();
    loadLastBatch();
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

namespace {

QVariantMap kpiMap(const core::Dashboard &x)
{
    return {{QStringLiteral("total"), x.all.total()},
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
}

QVariantList statusList(const core::Dashboard &x)
{
    QVariantList out;
    for (int s = 0; s < core::Dashboard::kStatuses; ++s) {
        const QString code = core::Dashboard::statusCode(s);
        out << QVariantMap{{QStringLiteral("code"), code},
                           {QStringLiteral("label"), core::catalog::label(core::catalog::statuses(), code)},
                           {QStringLiteral("count"), x.all.byStatus[size_t(s)]},
                           {QStringLiteral("color"), core::ProgressChart::statusColor(s)}};
    }
    return out;
}

QVariantList categoryList(const core::Dashboard &x)
{
    QVariantList out = rows(x.byCategory);
    for (QVariant &row : out) { // the catalogue's own label, in the app's language
        QVariantMap m = row.toMap();
        m[QStringLiteral("label")] = core::catalog::label(core::catalog::categories(), m.value(QStringLiteral("code")).toString());
        row = m;
    }
    return out;
}

QVariantList crewRows(const core::Dashboard &x)
{
    QVariantList out;
    for (const auto &c : x.crews)
        out << QVariantMap{{QStringLiteral("name"), c.name},         {QStringLiteral("assigned"), c.assigned},
                           {QStringLiteral("installed"), c.installed}, {QStringLiteral("verified"), c.verified},
                           {QStringLiteral("needsAttention"), c.needsAttention}, {QStringLiteral("overdue"), c.overdue}};
    return out;
}

QVariantList materialRows(const core::Dashboard &x)
{
    QVariantList out;
    for (const auto &m : x.materials) {
        const QString method = m.method.isEmpty() ? OfficeController::tr("Method not chosen yet") : core::catalog::label(core::catalog::methods(), m.method);
        out << QVariantMap{{QStringLiteral("label"), QStringLiteral("%1 %2").arg(method, m.size).trimmed()},
                           {QStringLiteral("assets"), m.assets},
                           {QStringLiteral("marks"), m.marks},
                           {QStringLiteral("remaining"), m.marksRemaining},
                           {QStringLiteral("unitPrice"), m.unitPriceWon},
                           {QStringLiteral("costThousandWon"), double(m.costWon()) / 1000.0}};
    }
    return out;
}

QVariantList overdueRows(const core::AssetStore &store, const QDate &asOf)
{
    QVariantList out;
    if (auto overdue = core::OfficeQueries::overdue(store, asOf)) {
        for (const auto &o : *overdue)
            out << QVariantMap{{QStringLiteral("uuid"), o.uuid}, {QStringLiteral("code"), o.code}, {QStringLiteral("name"), o.name},
                               {QStringLiteral("crew"), o.crew}, {QStringLiteral("dueDate"), o.dueDate}};
    }
    return out;
}

// The crews' proposed places still waiting for the office.
QVariantList pendingProposals(const core::AssetStore &store, const core::Dashboard &x)
{
    QVariantList out;
    auto book = core::FieldTables::read(store);
    if (!book)
        return out;
    const core::PhotoStore files(store.photoDir());
    for (const auto &[id, p] : book->proposals) {
        if (p.state != QLatin1String("pending"))
            continue;
        QString dong;
        for (const auto &r : x.byDong) {
            if (r.code == p.dongCode)
                dong = rowMap(r).value(QStringLiteral("label")).toString();
        }
        out << QVariantMap{{QStringLiteral("proposalId"), id},
                           {QStringLiteral("category"), core::catalog::label(core::catalog::categories(), p.category)},
                           {QStringLiteral("categoryCode"), p.category},
                           {QStringLiteral("dong"), dong},
                           {QStringLiteral("note"), p.note},
                           {QStringLiteral("proposedBy"), p.proposedBy},
                           {QStringLiteral("proposedAt"), p.proposedAt.left(10)},
                           {QStringLiteral("photo"), p.photoSha256.isEmpty() ? QString()
                                                     : checkedPhotoUrl(files.pathFor(p.photoSha256)).toString()}};
    }
    return out;
}

} // namespace

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
        setMessage(plan.error().message());
        plan = core::RolloutPlan{};
    }
    auto d = core::Dashboard::compute(*store, *plan, QDate::currentDate());
    if (!d) {
        setMessage(d.error().message());
        return;
    }
    m_dashboard = std::make_unique<core::Dashboard>(std::move(*d));
    const core::Dashboard &x = *m_dashboard;
    m_kpis = kpiMap(x);
    m_statusRows = statusList(x);
    m_categoryRows = categoryList(x);
    m_dongRows = rows(x.byDong);
    m_departmentRows = rows(x.byDepartment);
    m_crews = crewRows(x);
    m_materials = materialRows(x);
    m_overdue = overdueRows(*store, x.asOf);
    m_proposals = pendingProposals(*store, x);
    if (auto depts = core::OfficeQueries::departments(*store))
        m_departments = *depts;
    emit dashboardChanged();
}

bool OfficeController::acceptProposal(const QString &proposalId, const QString &name, const QString &department, const QString &category)
{
    if (!m_app || !m_app->store())
        return false;
    auto r = core::OfficeActions(*m_app->store()).acceptProposal(proposalId, name, department, category);
    setMessage(r ? tr("Added as a new asset") : r.error().message());
    if (r)
        afterWrite();
    return r.ok();
}

bool OfficeController::declineProposal(const QString &proposalId, const QString &note)
{
    if (!m_app || !m_app->store())
        return false;
    auto r = core::OfficeActions(*m_app->store()).declineProposal(proposalId, note);
    setMessage(r ? tr("Declined") : r.error().message());
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
    setMessage(r ? tr("Approved") : r.error().message());
    if (r)
        afterWrite();
    return r.ok();
}

bool OfficeController::reject(const QString &uuid, const QString &comment)
{
    if (!m_app || !m_app->store())
        return false;
    auto r = core::OfficeActions(*m_app->store()).reject(uuid, comment);
    setMessage(r ? tr("Sent back to the crew") : r.error().message());
    if (r)
        afterWrite();
    return r.ok();
}

bool OfficeController::undoReview(const QString &uuid)
{
    if (!m_app || !m_app->store())
        return false;
    auto r = core::OfficeActions(*m_app->store()).undoReview(uuid);
    setMessage(r ? tr("Decision taken back: awaiting review again") : r.error().message());
    if (r)
        afterWrite();
    return r.ok();
}

namespace {
QVariantList groupRows(const std::vector<core::AssignmentPlan::Group> &groups, const std::function<QString(const QString &)> &label)
{
    QVariantList out;
    for (const auto &g : groups)
        out << QVariantMap{{QStringLiteral("key"), g.key},
                           {QStringLiteral("label"), label(g.key)},
                           {QStringLiteral("selected"), g.selected},
                           {QStringLiteral("changing"), g.changing}};
    return out;
}
} // namespace

bool OfficeController::makePlan(const QStringList &uuids, const QString &crew, bool includeInstalled, bool takeOver)
{
    if (!m_app || !m_app->store())
        return false;
    auto plan = core::AssignmentPlan::compute(*m_app->store(), uuids, crew, {includeInstalled, takeOver});
    if (!plan) {
        setMessage(plan.error().message());
        return false;
    }
    m_planUuids = uuids;
    m_plan = std::make_unique<core::AssignmentPlan>(std::move(*plan));
    const core::AssignmentPlan &p = *m_plan;
    m_planView = {{QStringLiteral("crew"), p.crew},
                  {QStringLiteral("selected"), p.selected},
                  {QStringLiteral("changing"), int(p.changing.size())},
                  {QStringLiteral("installedLeft"), p.installedLeft},
                  {QStringLiteral("otherCrewLeft"), p.otherCrewLeft},
                  {QStringLiteral("closedLeft"), p.closedLeft},
                  {QStringLiteral("includeInstalled"), p.options.includeInstalled},
                  {QStringLiteral("takeOver"), p.options.takeOver},
                  {QStringLiteral("byStatus"), groupRows(p.byStatus, [](const QString &code) {
                       return core::catalog::label(core::catalog::statuses(), code);
                   })},
                  {QStringLiteral("byCrew"), groupRows(p.byCrew, [](const QString &name) {
                       return name.isEmpty() ? tr("(no crew)") : name;
                   })}};
    emit planChanged();
    return true;
}

bool OfficeController::planFids(const QVariantList &fids, const QString &crew, bool includeInstalled, bool takeOver)
{
    if (!m_app || !m_app->store())
        return false;
    std::vector<qint64> ids;
    for (const QVariant &fid : fids)
        ids.push_back(fid.toLongLong());
    auto uuids = core::OfficeQueries::uuidsOfFids(*m_app->store(), ids);
    return uuids && makePlan(*uuids, crew, includeInstalled, takeOver);
}

bool OfficeController::planFilter(const QVariantMap &filter, const QString &crew, bool includeInstalled, bool takeOver)
{
    if (!m_app || !m_app->store())
        return false;
    auto uuids = core::OfficeQueries::uuidsMatching(*m_app->store(), toFilter(filter));
    return uuids && makePlan(*uuids, crew, includeInstalled, takeOver);
}

bool OfficeController::replan(const QString &crew, bool includeInstalled, bool takeOver)
{
    return makePlan(m_planUuids, crew, includeInstalled, takeOver);
}

bool OfficeController::assignPlanned(const QString &dueDate, int priority)
{
    if (!m_app || !m_app->store() || !m_plan)
        return false;
    const QDate due = QDate::fromString(dueDate.trimmed(), Qt::ISODate);
    if (!dueDate.trimmed().isEmpty() && !due.isValid()) {
        setMessage(tr("Due date: write it as YYYY-MM-DD (%1)").arg(dueDate));
        return false;
    }
    auto r = core::OfficeActions(*m_app->store()).assignPlan(*m_plan, {m_plan->crew, due, priority});
    if (!r) {
        setMessage(r.error().message());
        return false;
    }
    m_lastBatch = r->batchId;
    m_lastBatchUuids = r->plan.changing;
    m_lastBatchCrew = r->plan.crew;
    emit lastBatchChanged();
    setMessage(tr("%n asset(s) assigned to %1", "", r->assigned).arg(r->plan.crew));
    afterWrite();
    return true;
}

void OfficeController::loadLastBatch()
{
    if (!m_app || !m_app->store())
        return;
    auto b = core::OfficeActions(*m_app->store()).lastBatch();
    if (!b)
        return;
    m_lastBatch = b->id;
    m_lastBatchUuids = b->uuids;
    m_lastBatchCrew = b->crew;
    emit lastBatchChanged();
}

bool OfficeController::undoLastAssignment()
{
    if (!m_app || !m_app->store() || m_lastBatch.isEmpty())
        return false;
    auto r = core::OfficeActions(*m_app->store()).undoAssignment(m_lastBatch);
    if (!r) {
        setMessage(r.error().message());
        return false;
    }
    QString text = tr("%n asset(s) back to how they were before the assignment", "", r->restored);
    if (!r->changedSince.isEmpty())
        text += QLatin1Char('\n') + tr("%n left as they are (their status changed since): %1", "", int(r->changedSince.size()))
                                        .arg(r->changedSince.mid(0, 5).join(QStringLiteral(", ")));
    m_lastBatch.clear();
    m_lastBatchUuids.clear();
    m_lastBatchCrew.clear();
    emit lastBatchChanged();
    setMessage(text);
    afterWrite();
    return true;
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
    const bool labels = format == QLatin1String("labels");
    const QString stem = labels ? QStringLiteral("goodcity-labels") : QStringLiteral("goodcity");
    const QString ext = labels ? QStringLiteral("pdf") : format == QLatin1String("qgis") ? QStringLiteral("qgz") : format;
    return QStringLiteral("%1/%2-%3.%4").arg(dir, stem, QDate::currentDate().toString(QStringLiteral("yyyyMMdd")), ext);
}

QUrl OfficeController::defaultExportUrl(const QString &format) const
{
    return QUrl::fromLocalFile(defaultExportPath(format));
}

namespace {
// A save dialog hands over a file URL; a typed path stays as it is.
QString localPath(const QString &pathOrUrl)
{
    const QString t = pathOrUrl.trimmed();
    return t.startsWith(QLatin1String("file:")) ? QUrl(t).toLocalFile() : t;
}
} // namespace

core::AssetFilter OfficeController::exportFilter(const QVariantMap &m) const
{
    core::AssetFilter f = toFilter(m);
    if (m.value(QStringLiteral("batch")).toBool())
        f.uuids = m_lastBatchUuids.isEmpty() ? QStringList{QStringLiteral("-")} : m_lastBatchUuids; // no batch: nothing, not everything
    if (m.contains(QStringLiteral("fids")) && m_app && m_app->store()) {
        std::vector<qint64> ids;
        for (const QVariant &fid : m.value(QStringLiteral("fids")).toList())
            ids.push_back(fid.toLongLong());
        auto uuids = core::OfficeQueries::uuidsOfFids(*m_app->store(), ids);
        f.uuids = uuids && !uuids->isEmpty() ? *uuids : QStringList{QStringLiteral("-")};
    }
    return f;
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
    if (!m_app || !m_app->store() || localPath(path).isEmpty())
        return;
    const QString inventory = m_app->store()->path();
    const core::AssetFilter filter = exportFilter(filterMap);
    const QString out = localPath(path);
    const QString fmt = format.toLower();
    runInBackground(tr("Exporting…"), [inventory, filter, out, fmt](const std::function<void(qint64, qint64)> &progress) -> QString {
        // A connection of its own: SQLite connections stay on one thread.
        auto store = core::AssetStore::open(inventory, core::AssetStore::Access::ReadOnly);
        if (!store)
            return store.error().message();
        if (fmt == QLatin1String("pdf")) {
            auto plan = core::RolloutPlan::load(**store);
            auto d = core::Dashboard::compute(**store, plan ? *plan : core::RolloutPlan{}, QDate::currentDate());
            if (!d)
                return d.error().message();
            auto r = core::ProgressReport::write(**store, *d, out, progress);
            return r ? QObject::tr("Saved %1").arg(out) : r.error().message();
        }
        if (fmt == QLatin1String("qgis")) { // the project and the copy of the inventory, side by side in the chosen folder
            const QFileInfo chosen(out);
            auto r = core::QgisProject::write(**store, chosen.absolutePath(), chosen.completeBaseName());
            return r ? QObject::tr("Saved %1 and %2").arg(r->qgz, r->gpkg) : r.error().message();
        }
        const auto f = core::AssetExporter::formatFromName(fmt);
        if (!f)
            return QObject::tr("Unknown format %1").arg(fmt);
        auto n = core::AssetExporter::write(**store, out, *f, filter, progress);
        return n ? QObject::tr("Saved %1 (%2 assets)").arg(out).arg(*n) : n.error().message();
    });
}

void OfficeController::printLabels(const QString &path, const QVariantMap &filterMap)
{
    if (!m_app || !m_app->store() || localPath(path).isEmpty())
        return;
    const QString inventory = m_app->store()->path();
    const core::AssetFilter filter = exportFilter(filterMap);
    const QString out = localPath(path);
    runInBackground(tr("Making labels…"), [inventory, filter, out](const std::function<void(qint64, qint64)> &progress) -> QString {
        auto store = core::AssetStore::open(inventory, core::AssetStore::Access::ReadOnly);
        if (!store)
            return store.error().message();
        auto n = core::LabelSheet::write(**store, out, filter, progress);
        return n ? QObject::tr("Saved %1 (%2 labels)").arg(out).arg(*n) : n.error().message();
    });
}

} // namespace gc::ui
