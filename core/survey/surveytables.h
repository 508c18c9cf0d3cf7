#pragma once

#include "model/event.h"
#include "result.h"
#include "model/surveyrecords.h"

namespace gc::core {

class AssetStore;
class SqliteDb;

// Reads and writes the survey tables (survey_campaigns, survey_submissions, survey_rows), which hold
// what the log's survey.* events fold into (surveyreducer::apply, in log order). An event that sorts
// after every survey event already stored changes only the rows it names; one that arrives out of
// order from another device refolds every survey, so it lands where the log order puts it.
class SurveyTables {
public:
    // Folds every survey.* event in the log.
    static Result<SurveyBook> fold(const SqliteDb &db);
    // The tables as stored (one survey, or all).
    static Result<SurveyBook> read(const SqliteDb &db, const QString &surveyId = {});
    static Result<SurveyBook> read(const AssetStore &store, const QString &surveyId = {});
    // Replaces the stored rows of one survey (or all) with those in `book`; call inside a transaction.
    static VoidResult write(const SqliteDb &db, const SurveyBook &book, const QString &surveyId = {});
    // True when no survey event in the log sorts after `e` (which is already in the log).
    static Result<bool> isLatest(const SqliteDb &db, const Event &e);
    // Applies `e`, the latest survey event, to the rows it touches: its survey's campaign, the
    // department's submission and rows, and any row holding a row id it names.
    static VoidResult applyLatest(const SqliteDb &db, const Event &e);
    // Rewrites every survey table from the log.
    static VoidResult refold(const SqliteDb &db);
};

} // namespace gc::core
