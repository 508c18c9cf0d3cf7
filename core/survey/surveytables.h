#pragma once

#include "log/event.h"
#include "result.h"
#include "survey/surveyrecords.h"

namespace gc::core {

class SqliteDb;

// Reads and writes the survey tables (survey_campaigns, survey_submissions, survey_rows). A survey's
// tables are rewritten from its events in the log whenever one of them is recorded or merged, so an
// event that arrives out of order from another device lands where the log order puts it.
class SurveyTables {
public:
    // Folds the log's survey.* events (of one survey, or all when surveyId is empty).
    static Result<SurveyBook> fold(const SqliteDb &db, const QString &surveyId = {});
    // The tables as stored (one survey, or all).
    static Result<SurveyBook> read(const SqliteDb &db, const QString &surveyId = {});
    // Replaces the stored rows of one survey (or all) with those in `book`; call inside a transaction.
    static VoidResult write(const SqliteDb &db, const SurveyBook &book, const QString &surveyId = {});
    // After a survey event was written to the log: refolds and rewrites its survey.
    static VoidResult materialize(const SqliteDb &db, const Event &e);
};

} // namespace gc::core
