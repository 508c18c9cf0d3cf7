#include "surveycontroller.h"
#include "appcontroller.h"
#include "crewposition.h"
#include "model/assetstatus.h"
#include "model/catalog.h"
#include "photofiles/photostore.h"
#include "store/assetstore.h"
#include "survey/surveydesk.h"
#include "survey/surveysheet.h"

#include <QFile>
#include <QFileInfo>

namespace gc::ui {

SurveyController::SurveyController(QObject *parent)
    : QObject(parent), m_rows(new SurveyRowModel(this)), m_shown(new SurveyRowFilter(this))
{
    m_shown->setSourceModel(m_rows);
    connect(m_rows, &QAbstractItemModel::dataChanged, this, &SurveyController::rowsEdited);
    connect(m_rows, &QAbstractItemModel::modelReset, this, &SurveyController::rowsEdited);
    connect(m_rows, &QAbstractItemModel::rowsInserted, this, &SurveyController::rowsEdited);
    // Only the department's own edits and added facilities make the sheet differ from what is saved.
    connect(m_rows, &QAbstractItemModel::dataChanged, this, [this] { setDirty(true); });
    connect(m_rows, &QAbstractItemModel::rowsInserted, this, [this] { setDirty(true); });
}

void SurveyController::setApp(AppController *app)
{
    if (!switchApp(this, m_app, app))
        return;
    if (m_app) {
        connect(m_app, &AppController::inventoryChanged, this, &SurveyController::reload);
        // A department user answers for its own department only (the office may pick any).
        connect(m_app->session(), &Session::changed, this, &SurveyController::reload);
        // The office opened, closed or reviewed a survey; never at the cost of the department's unsaved edits.
        connect(m_app, &AppController::statsChanged, this, [this] {
            if (!m_dirty)
                reload();
        });
    }
    emit appChanged();
    reload();
}

QString SurveyController::ownDepartment() const
{
    if (m_app && m_app->session()->role() == QLatin1String("department"))
        return m_app->session()->department();
    return {};
}

void SurveyController::setDepartment(const QString &department)
{
    if (m_department == department || (!ownDepartment().isEmpty() && department != ownDepartment()))
        return;
    m_department = department;
    setMessage({}); // "Saved." was about the other department's sheet
    reload();
}

bool SurveyController::editable() const
{
    return hasSurvey() && m_open && !m_department.isEmpty() && m_app && m_app->store() && !m_app->store()->readOnly()
           && (m_state.isEmpty() || m_state == QLatin1String("draft") || m_state == QLatin1String("has_issues"));
}

void SurveyController::setMessage(const QString &m, const QStringList &problems)
{
    m_message = m;
    m_problems = problems;
    emit messageChanged();
}

void SurveyController::setDirty(bool d)
{
    if (m_dirty == d)
        return;
    m_dirty = d;
    emit dirtyChanged();
}

std::optional<core::SurveyCampaign> SurveyController::campaign() const
{
    core::AssetStore *store = m_app ? m_app->store() : nullptr;
    if (!store || m_surveyId.isEmpty())
        return std::nullopt;
    return core::SurveyDesk(*store).campaign(m_surveyId);
}

QVariantList SurveyController::categoryOptions() const
{
    QVariantList out;
    const auto c = campaign();
    for (const auto &e : core::catalog::categories()) {
        const QString code = QLatin1String(e.code);
        if (c && (c->categories.isEmpty() || c->categories.contains(code)))
            out.append(QVariantMap{{QStringLiteral("code"), code}, {QStringLiteral("label"), core::catalog::label(e)}});
    }
    return out;
}

void SurveyController::reload()
{
    core::AssetStore *store = m_app ? m_app->store() : nullptr;
    m_surveyId.clear();
    m_title.clear();
    m_deadline.clear();
    m_state.clear();
    m_comment.clear();
    m_open = false;
    std::vector<core::SurveyRow> rows;
    if (store) {
        core::SurveyDesk desk(*store);
        if (auto d = desk.departments())
            m_departments = *d;
        if (!ownDepartment().isEmpty())
            m_department = ownDepartment();
        else if (m_department.isEmpty() && !m_departments.isEmpty())
            m_department = m_departments.first();
        if (const auto c = desk.current()) {
            m_surveyId = c->surveyId;
            m_title = c->title;
            m_deadline = c->deadline;
            m_open = c->state == QLatin1String("open");
            if (const auto s = desk.submission(c->surveyId, m_department)) {
                m_state = s->state;
                m_comment = s->comment;
            }
            if (auto saved = desk.rows(c->surveyId, m_department); saved && !saved->empty()) {
                rows = *saved;
            } else if (auto blank = desk.blankRows(*c, m_department)) {
                rows = std::move(*blank); // not answered yet
            }
        }
    }
    m_pendingPhotos.clear();
    m_rows->reset(std::move(rows));
    setDirty(false);
    emit changed();
}

bool SurveyController::write(bool submit)
{
    core::AssetStore *store = m_app ? m_app->store() : nullptr;
    if (!store || m_surveyId.isEmpty())
        return false;
    core::SurveyDesk desk(*store);
    std::vector<core::SurveyRow> rows = m_rows->rows();
    // An added facility's photo is stored with the save (content-addressed: the same SHA-256 the row holds).
    for (const auto &[row, path] : m_pendingPhotos) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            setMessage(tr("Could not read the photo %1: %2").arg(path, f.errorString()));
            return false;
        }
        auto stored = store->storePhoto(QStringLiteral("survey"), f.readAll());
        if (!stored) {
            setMessage(stored.error().message());
            return false;
        }
        rows[size_t(row)].photoSha256 = stored->sha256;
    }
    auto r = desk.saveRows(m_surveyId, m_department, std::move(rows), submit);
    if (!r) {
        const QStringList problems = r.error().message().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        setMessage(tr("Nothing was saved: %n problem(s) to fix.", "", int(problems.size())), problems);
        return false;
    }
    setMessage(submit ? tr("Submitted to the design office.") : tr("Saved."));
    reload();
    m_app->refresh();
    return true;
}

bool SurveyController::save() { return write(false); }
bool SurveyController::submit() { return write(true); }

bool SurveyController::writeTemplate(const QUrl &file)
{
    core::AssetStore *store = m_app ? m_app->store() : nullptr;
    const auto c = campaign();
    if (!store || !c)
        return false;
    QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (!path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        path += QLatin1String(".xlsx");
    if (auto r = core::SurveySheet::writeTemplate(*store, *c, m_department, path); !r) {
        setMessage(r.error().message());
        return false;
    }
    setMessage(tr("Template saved: %1").arg(path));
    return true;
}

bool SurveyController::importSheet(const QUrl &file)
{
    core::AssetStore *store = m_app ? m_app->store() : nullptr;
    const auto c = campaign();
    if (!store || !c)
        return false;
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    auto r = core::SurveySheet::import(*store, *c, m_department, path);
    if (!r) {
        setMessage(r.error().message());
        return false;
    }
    if (!r->ok()) {
        QStringList problems;
        for (const auto &e : r->errors)
            problems << e.toString();
        setMessage(tr("%1: %n bad value(s) — nothing was changed.", "", int(problems.size())).arg(QFileInfo(path).fileName()), problems);
        return false;
    }
    reload();
    setMessage(tr("%1: took all %n row(s).", "", int(r->taken)).arg(QFileInfo(path).fileName()));
    m_app->refresh();
    return true;
}

bool SurveyController::addFacility(const QString &category, const QString &name, int markCount, const QString &address,
                                   const QString &note, double x, double y, const QString &photoPath)
{
    core::AssetStore *store = m_app ? m_app->store() : nullptr;
    auto c = campaign();
    if (!store || !c || !editable())
        return false;
    core::SurveyRow row;
    row.surveyId = m_surveyId;
    row.department = m_department;
    row.category = category;
    row.name = name.trimmed();
    row.markCount = std::max(1, markCount);
    row.address = address.trimmed();
    row.note = note.trimmed();
    row.hasLocation = true;
    row.x = x;
    row.y = y;
    QStringList problems;
    if (!photoPath.isEmpty()) {
        row.photoSha256 = core::PhotoStore::sha256OfFile(photoPath);
        if (row.photoSha256.isEmpty())
            problems << tr("photo = '%1': the file cannot be read").arg(photoPath);
    }
    auto found = core::SurveyDesk(*store).check(*c, row);
    if (!found) {
        setMessage(found.error().message());
        return false;
    }
    for (const auto &p : *found)
        problems << QStringLiteral("%1 = '%2': %3").arg(p.field, p.value, p.reason);
    if (!problems.isEmpty()) {
        setMessage(tr("The facility was not added: %n problem(s).", "", int(problems.size())), problems);
        return false;
    }
    if (!photoPath.isEmpty())
        m_pendingPhotos[m_rows->rowCount()] = photoPath;
    m_rows->append(std::move(row));
    setMessage(tr("Facility added. Save to keep it."));
    return true;
}

QVariantMap SurveyController::gpsToMap(double latitude, double longitude) const
{
    CrewPosition p;
    if (!p.setGps(latitude, longitude) || !p.map())
        return {{QStringLiteral("ok"), false}};
    return {{QStringLiteral("ok"), true}, {QStringLiteral("x"), p.map()->x()}, {QStringLiteral("y"), p.map()->y()}};
}

} // namespace gc::ui
