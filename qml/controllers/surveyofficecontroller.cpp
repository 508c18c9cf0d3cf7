#include "surveyofficecontroller.h"
#include "appcontroller.h"
#include "model/catalog.h"
#include "store/assetstore.h"
#include "survey/surveydesk.h"
#include "survey/surveyreconciler.h"

#include <map>

namespace gc::ui {

SurveyOfficeController::SurveyOfficeController(QObject *parent) : QObject(parent) {}

void SurveyOfficeController::setApp(AppController *app)
{
    if (!switchApp(this, m_app, app))
        return;
    if (m_app) {
        connect(m_app, &AppController::inventoryChanged, this, &SurveyOfficeController::reload);
        connect(m_app, &AppController::statsChanged, this, &SurveyOfficeController::reload); // a department saved
    }
    emit appChanged();
    reload();
}

void SurveyOfficeController::setMessage(const QString &m, const QStringList &problems)
{
    m_message = m;
    m_problems = problems;
    emit messageChanged();
}

QVariantList SurveyOfficeController::categoryOptions() const
{
    QVariantList out;
    for (const auto &e : core::catalog::categories())
        out.append(QVariantMap{{QStringLiteral("code"), QLatin1String(e.code)}, {QStringLiteral("label"), core::catalog::label(e)}});
    return out;
}

void SurveyOfficeController::setDepartment(const QString &d)
{
    if (m_department == d)
        return;
    m_department = d;
    emit changed();
}

QVariantList SurveyOfficeController::reconciliation() const
{
    if (m_department.isEmpty())
        return m_reconciliation;
    QVariantList out;
    for (const QVariant &v : m_reconciliation)
        if (v.toMap().value(QStringLiteral("department")).toString() == m_department)
            out.append(v);
    return out;
}

void SurveyOfficeController::reload()
{
    core::AssetStore *store = m_app ? m_app->store() : nullptr;
    m_surveyId.clear();
    m_title.clear();
    m_deadline.clear();
    m_categories.clear();
    m_open = false;
    m_submissions.clear();
    m_reconciliation.clear();
    m_totals.clear();
    if (store) {
        core::SurveyDesk desk(*store);
        if (const auto c = desk.current()) {
            m_surveyId = c->surveyId;
            m_title = c->title;
            m_deadline = c->deadline;
            m_open = c->state == QLatin1String("open");
            for (const QString &code : c->categories)
                m_categories << core::catalog::label(core::catalog::categories(), code);
            readReconciliation();
        }
    }
    emit changed();
}

// Every department (answered or not) with its submission's state, and the reconciliation lines.
void SurveyOfficeController::readReconciliation()
{
    core::AssetStore &store = *m_app->store();
    core::SurveyDesk desk(store);
    auto lines = core::SurveyReconciler::run(store, m_surveyId);
    if (!lines) {
        setMessage(lines.error().message());
        return;
    }
    struct Count { int rows = 0, needed = 0, overlaps = 0; };
    std::map<QString, Count> perDepartment;
    int code = 0, nearby = 0, fresh = 0, overlaps = 0;
    for (const auto &l : *lines) {
        Count &n = perDepartment[l.row.department];
        ++n.rows;
        n.needed += l.row.needed ? 1 : 0;
        n.overlaps += l.overlaps.isEmpty() ? 0 : 1;
        overlaps += l.overlaps.isEmpty() ? 0 : 1;
        if (l.row.needed) {
            code += l.match == core::SurveyReconciler::Match::Code ? 1 : 0;
            nearby += l.match == core::SurveyReconciler::Match::Nearby ? 1 : 0;
            fresh += l.match == core::SurveyReconciler::Match::New ? 1 : 0;
        }
        m_reconciliation.append(QVariantMap{
            {QStringLiteral("department"), l.row.department},
            {QStringLiteral("line"), l.row.seq},
            {QStringLiteral("category"), core::catalog::label(core::catalog::categories(), l.row.category)},
            {QStringLiteral("name"), l.row.name},
            {QStringLiteral("needed"), l.row.needed},
            {QStringLiteral("markCount"), l.row.markCount},
            {QStringLiteral("match"), core::SurveyReconciler::matchName(l.match)},
            {QStringLiteral("assetCode"), l.assetCode},
            {QStringLiteral("distance"), l.distance},
            {QStringLiteral("overlaps"), l.overlaps.join(QStringLiteral(", "))},
        });
    }
    m_totals = {{QStringLiteral("code"), code}, {QStringLiteral("nearby"), nearby}, {QStringLiteral("new"), fresh},
                {QStringLiteral("overlaps"), overlaps}};
    auto known = desk.departments();
    QStringList departments = known ? *known : QStringList{};
    for (const auto &[name, n] : perDepartment)
        if (!departments.contains(name))
            departments << name;
    for (const QString &d : departments) {
        const auto s = desk.submission(m_surveyId, d);
        const Count n = perDepartment.count(d) ? perDepartment.at(d) : Count{};
        m_submissions.append(QVariantMap{
            {QStringLiteral("department"), d},
            {QStringLiteral("state"), s ? s->state : QString()},
            {QStringLiteral("comment"), s ? s->comment : QString()},
            {QStringLiteral("revision"), s ? s->revision : 0},
            {QStringLiteral("submittedAt"), s ? s->submittedAt.left(16).replace(QLatin1Char('T'), QLatin1Char(' ')) : QString()},
            {QStringLiteral("rows"), n.rows},
            {QStringLiteral("needed"), n.needed},
            {QStringLiteral("overlaps"), n.overlaps},
        });
    }
}

bool SurveyOfficeController::openCampaign(const QString &title, const QString &deadline, const QStringList &categories)
{
    core::AssetStore *store = m_app ? m_app->store() : nullptr;
    if (!store)
        return false;
    auto c = core::SurveyDesk(*store).open(title.trimmed(), deadline.trimmed(), categories, {});
    if (!c) {
        setMessage(c.error().message());
        return false;
    }
    setMessage(tr("Survey opened: %1 (deadline %2)").arg(c->title, c->deadline));
    m_app->refresh(); // statsChanged: reload()
    return true;
}

bool SurveyOfficeController::closeCampaign()
{
    core::AssetStore *store = m_app ? m_app->store() : nullptr;
    if (!store || m_surveyId.isEmpty())
        return false;
    if (auto r = core::SurveyDesk(*store).close(m_surveyId); !r) {
        setMessage(r.error().message());
        return false;
    }
    setMessage(tr("Survey closed: %1").arg(m_title));
    m_app->refresh(); // statsChanged: reload()
    return true;
}

bool SurveyOfficeController::review(const QString &department, const QString &decision, const QString &comment)
{
    core::AssetStore *store = m_app ? m_app->store() : nullptr;
    if (!store || m_surveyId.isEmpty())
        return false;
    auto r = core::SurveyDesk(*store).review(m_surveyId, department, decision, comment.trimmed());
    if (!r) {
        setMessage(r.error().message(), r.error().message().split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(1));
        return false;
    }
    if (decision == QLatin1String("approved"))
        setMessage(tr("%1: approved; %n asset(s) created or updated.", "", *r).arg(department));
    else if (decision == QLatin1String("has_issues"))
        setMessage(tr("%1: sent back with your comment.").arg(department));
    else
        setMessage(tr("%1: rejected.").arg(department));
    m_app->refresh(); // statsChanged: reload()
    return true;
}

} // namespace gc::ui
