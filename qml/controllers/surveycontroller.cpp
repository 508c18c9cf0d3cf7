#include "surveycontroller.h"
#include "appcontroller.h"
#include "domain/assetstatus.h"
#include "store/assetstore.h"
#include "survey/surveydesk.h"

namespace gc::ui {

SurveyController::SurveyController(QObject *parent) : QObject(parent), m_rows(new SurveyRowModel(this))
{
    connect(m_rows, &QAbstractItemModel::dataChanged, this, &SurveyController::rowsEdited);
    connect(m_rows, &QAbstractItemModel::modelReset, this, &SurveyController::rowsEdited);
}

void SurveyController::setApp(AppController *app)
{
    if (m_app == app)
        return;
    if (m_app)
        disconnect(m_app, nullptr, this, nullptr);
    m_app = app;
    if (m_app) {
        connect(m_app, &AppController::inventoryChanged, this, &SurveyController::reload);
        // A department user answers for its own department only (the office may pick any).
        connect(m_app->session(), &Session::changed, this, &SurveyController::reload);
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
    reload();
}

bool SurveyController::editable() const
{
    return hasSurvey() && m_open && !m_department.isEmpty() && m_app && m_app->store() && !m_app->store()->readOnly()
           && (m_state.isEmpty() || m_state == QLatin1String("draft") || m_state == QLatin1String("has_issues"));
}

void SurveyController::setMessage(const QString &m)
{
    m_message = m;
    emit messageChanged();
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
    m_rows->reset(std::move(rows));
    emit changed();
}

bool SurveyController::write(bool submit)
{
    core::AssetStore *store = m_app ? m_app->store() : nullptr;
    if (!store || m_surveyId.isEmpty())
        return false;
    core::SurveyDesk desk(*store);
    auto r = desk.saveRows(m_surveyId, m_department, m_rows->rows(), submit);
    if (!r) {
        setMessage(r.error().message);
        return false;
    }
    setMessage(submit ? tr("Submitted to the design office.") : tr("Saved."));
    reload();
    m_app->refresh();
    return true;
}

bool SurveyController::save() { return write(false); }
bool SurveyController::submit() { return write(true); }

} // namespace gc::ui
