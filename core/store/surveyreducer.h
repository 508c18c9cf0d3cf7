#pragma once

#include "model/event.h"
#include "model/surveyrecords.h"
#include "model/payloads.h"

#include <QJsonObject>

namespace gc::core::surveyreducer {

// The pure fold from survey.* events to survey table rows; the store, replay and verify all use it.
// The write side (SurveyDesk) checks the rules; the fold applies whatever the log holds, in log order,
// so every device that holds the same events gets the same tables.
void apply(SurveyBook &book, const Event &e);
// survey_id of a survey.* event.
QString surveyIdOf(const Event &e);
// What one survey.* event's fold step reads and writes, from its typed payload: its survey, the
// department its sheet or review names (empty for the campaign's own events) and the row ids it names.
struct Scope {
    QString surveyId, department;
    QStringList rowIds;
};
Scope scopeOf(const Event &e);
// Whether a department's rows may still change: not once the campaign is closed nor once the office
// approved or rejected the sheet. The fold skips a rows event then, and the server refuses one.
bool sheetMayChange(const SurveyBook &book, const QString &surveyId, const QString &department);
// approved and rejected: the office's last word on a sheet.
bool isFinal(const QString &submissionState);

// A row as it travels in rows_saved / rows_submitted payloads (survey_id, department and seq come
// from the event).
SurveyRowItem rowItem(const SurveyRow &row);
QJsonObject rowToJson(const SurveyRow &row);
SurveyRow rowFrom(const SurveyRowItem &item);

} // namespace gc::core::surveyreducer
