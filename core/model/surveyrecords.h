#pragma once

#include <QString>
#include <QStringList>

#include <map>
#include <utility>

namespace gc::core {

// The rows of the three survey tables, as the survey.* events describe them. Plain records, kept in
// one file because they only make sense together (like Event and EventKind).

// One demand survey the office opens and closes (survey_campaigns).
struct SurveyCampaign {
    QString surveyId;
    QString title;
    QString deadline;       // ISO date
    QStringList categories; // category codes in scope; empty = all
    QStringList variants;   // design variant codes in scope; empty = all
    QString state;          // open | closed
    QString openedAt, openedBy, closedAt, closedBy;

    bool operator==(const SurveyCampaign &) const = default;
};

// A department's answer to one survey (survey_submissions).
struct SurveySubmission {
    QString surveyId;
    QString department;
    QString state;   // draft | submitted | has_issues | approved | rejected
    QString comment; // the office's last comment
    int revision = 0; // how many times it was submitted
    QString updatedAt, updatedBy, submittedAt, reviewedAt, reviewedBy;

    bool operator==(const SurveySubmission &) const = default;
};

// One facility line of a submission (survey_rows). Coordinates are EPSG:5186 metres.
struct SurveyRow {
    QString rowId;
    QString surveyId;
    QString department;
    int seq = 0;          // line number within the submission, from 1
    QString assetCode;    // the inventory asset it describes; empty for a facility not yet in the inventory
    QString category;
    QString name;
    bool needed = true;
    int markCount = 1;
    QString method, markSize, variant, address;
    bool hasLocation = false;
    double x = 0, y = 0;
    QString photoSha256;  // photo of the current state, stored in the photo folder
    QString note;
    QString resultAssetUuid; // set on approval: the asset the row created or updated

    bool operator==(const SurveyRow &) const = default;
};

// Everything the survey tables hold, folded from the log or read from the tables.
struct SurveyBook {
    std::map<QString, SurveyCampaign> campaigns;                          // by survey_id
    std::map<std::pair<QString, QString>, SurveySubmission> submissions; // by (survey_id, department)
    std::map<QString, SurveyRow> rows;                                    // by row_id

    bool operator==(const SurveyBook &) const = default;
};

} // namespace gc::core
