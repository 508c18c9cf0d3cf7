#pragma once

#include "model/assetvalidator.h"
#include "result.h"
#include "model/surveyrecords.h"

#include <optional>
#include <vector>

namespace gc::core {

class AssetStore;
class DongLocator;

// The department demand survey (부서별 수요조사): the office opens and closes a campaign, each
// department saves and submits its sheet, the office reviews it, and approval turns the needed rows
// into new or updated assets. Every change is a survey.* event in the inventory's log.
//
// A submission moves draft → submitted → has_issues (office comment) → submitted … → approved or
// rejected. Approved and rejected are final.
class SurveyDesk {
public:
    explicit SurveyDesk(AssetStore &store) : m_store(store) {}

    // --- office ---
    // categories/variants: codes or labels; empty = all.
    Result<SurveyCampaign> open(const QString &title, const QString &deadline, const QStringList &categories,
                                const QStringList &variants);
    VoidResult close(const QString &surveyId);
    // decision: has_issues, approved or rejected. Approval records the assets (department as actor)
    // in the same transaction and returns how many assets it created or updated.
    Result<int> review(const QString &surveyId, const QString &department, const QString &decision, const QString &comment);

    // --- department ---
    // Replaces the department's sheet (all rows are checked first; nothing changes on a bad row) and,
    // with `submit`, submits it. Rows get ids when they have none.
    VoidResult saveRows(const QString &surveyId, const QString &department, std::vector<SurveyRow> rows, bool submit);
    // Submits the sheet as it was last saved.
    VoidResult submit(const QString &surveyId, const QString &department);

    // --- reads ---
    Result<SurveyBook> book(const QString &surveyId = {}) const;
    // The newest open campaign, else the newest one; nullopt when there is none.
    std::optional<SurveyCampaign> current() const;
    std::optional<SurveyCampaign> campaign(const QString &surveyId) const;
    std::optional<SurveySubmission> submission(const QString &surveyId, const QString &department) const;
    Result<std::vector<SurveyRow>> rows(const QString &surveyId, const QString &department) const;
    // The sheet a department starts from before it answers: its facilities in the campaign's scope
    // (not cancelled), all "needed", variants outside the scope replaced by the campaign's first one.
    Result<std::vector<SurveyRow>> blankRows(const SurveyCampaign &campaign, const QString &department) const;
    // Departments that manage assets in the inventory or have answered a survey, sorted.
    Result<QStringList> departments() const;

    // The rules a row must meet (category and variant in the campaign's scope, known code, location
    // inside the district …). Normalizes labels to codes. Field keys as in SurveyRow's JSON.
    std::vector<FieldProblem> check(const SurveyCampaign &campaign, SurveyRow &row, const DongLocator &dongs) const;
    // The same rules for one row the app is about to add, with the district's dongs read from the store.
    Result<std::vector<FieldProblem>> check(const SurveyCampaign &campaign, SurveyRow &row) const;

    static bool isAllowedTransition(const QString &from, const QString &to);
    static QString stateLabel(const QString &state); // "제출됨 / submitted"

private:
    VoidResult requireOpen(const SurveyCampaign &c) const;
    AssetStore &m_store;
};

} // namespace gc::core
