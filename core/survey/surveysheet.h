#pragma once

#include "io/assetimporter.h"
#include "result.h"
#include "model/surveyrecords.h"

#include <span>
#include <vector>

namespace gc::core {

class AssetStore;

// The department's survey sheet in Excel, both ways, through GDAL: a pre-filled XLSX template with
// Korean headers (allowed values explained on a second sheet), and import of a filled XLSX or CSV
// (UTF-8, or CP949 detected or given). A file with any bad row changes nothing.
class SurveySheet {
public:
    struct Column {
        const char *key; // survey row key
        const char *ko;  // header in the template
        const char *en;
        const char *help; // what to write, Korean / English
    };
    using RowError = AssetImporter::RowError;
    struct Report {
        QString source, encoding;
        qint64 rows = 0, taken = 0;
        QStringList notes;
        std::vector<RowError> errors;
        bool ok() const { return errors.empty(); }
    };

    static std::span<const Column> columns();
    // Writes the template: the department's saved rows, or else its inventory facilities in scope.
    static VoidResult writeTemplate(const AssetStore &store, const SurveyCampaign &campaign, const QString &department,
                                    const QString &outPath);
    // Reads the sheet and, when every row is good, saves it as the department's answer (submitted
    // with `submit`). A Result error: the file could not be read, or the survey takes no answers.
    static Result<Report> import(AssetStore &store, const SurveyCampaign &campaign, const QString &department,
                                 const QString &source, const QString &encoding = {}, bool submit = false);
};

} // namespace gc::core
