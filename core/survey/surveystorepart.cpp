#include "survey/surveystorepart.h"
#include "text.h"
#include "store/eventreducer.h"
#include "store/surveyreducer.h"
#include "store/sqlitedb.h"
#include "store/projection.h"
#include "store/storeparts.h"
#include "survey/surveytables.h"

namespace gc::core {

namespace {

// The survey tables (W1.6): survey_campaigns, survey_submissions and survey_rows, from survey.* events.
class SurveyPart final : public StorePart {
public:
    QString name() const override { return QStringLiteral("survey"); }
    bool handles(const Event &e) const override { return reducer::touchesSurvey(e.kind); }

    Result<bool> apply(const SqliteDb &db, const Event &e, bool inBatch) const override
    {
        auto latest = SurveyTables::isLatest(db, e);
        if (!latest)
            return latest.error();
        if (*latest) {
            if (auto r = SurveyTables::applyLatest(db, e); !r)
                return r.error();
            return false;
        }
        if (inBatch)
            return true; // out of order inside a merged batch: refolded once when it finishes
        if (auto r = SurveyTables::refold(db); !r)
            return r.error();
        return false;
    }

    VoidResult rebuild(const SqliteDb &db, const std::vector<Event> &log) const override
    {
        SurveyBook surveys;
        for (const Event &e : log) {
            if (handles(e))
                surveyreducer::apply(surveys, e);
        }
        return SurveyTables::write(db, surveys);
    }

    VoidResult refold(const SqliteDb &db) const override { return SurveyTables::refold(db); }

    void verify(const SqliteDb &db, const ProjectedState &replayed, const Findings &f) const override
    {
        // Survey tables (W1.6): the same fold over the log must give exactly the stored rows.
        if (auto surveys = SurveyTables::read(db); !surveys) {
            f.failed(surveys.error().message());
        } else {
            const SurveyBook &want = replayed.surveys;
            for (const auto &[id, c] : surveys->campaigns) {
                const auto it = want.campaigns.find(id);
                if (it == want.campaigns.end() || !(it->second == c))
                    f.differs(render(tx("survey_campaigns: %1 '%2' %3", id, c.title, tx(QT_TRANSLATE_NOOP("gc", "differs from the event log"))), Lang::Both));
            }
            for (const auto &[key, s] : surveys->submissions) {
                const auto it = want.submissions.find(key);
                if (it == want.submissions.end() || !(it->second == s))
                    f.differs(render(tx("survey_submissions: %1 %2 %3", key.first, key.second, tx(QT_TRANSLATE_NOOP("gc", "differs from the event log"))), Lang::Both));
            }
            for (const auto &[id, row] : surveys->rows) {
                const auto it = want.rows.find(id);
                if (it == want.rows.end() || !(it->second == row))
                    f.differs(render(tx("survey_rows: %1 %2", row.department, tx(QT_TRANSLATE_NOOP("gc", "row %1 differs from the event log"), row.seq)), Lang::Both));
            }
            const auto missing = [&](const char *table, size_t stored, size_t logged) {
                if (stored < logged)
                    f.differs(render(tx("%1: %2", QLatin1String(table), tx(QT_TRANSLATE_NOOP("gc", "%1 rows in the log but missing from the table"), logged - stored)), Lang::Both));
            };
            missing("survey_campaigns", surveys->campaigns.size(), want.campaigns.size());
            missing("survey_submissions", surveys->submissions.size(), want.submissions.size());
            missing("survey_rows", surveys->rows.size(), want.rows.size());
        }
    }
};

} // namespace

void registerSurveyStorePart() { storeparts::add(std::make_unique<SurveyPart>()); }

} // namespace gc::core
