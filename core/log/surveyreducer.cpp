#include "log/surveyreducer.h"

#include <QJsonArray>

namespace gc::core::surveyreducer {

namespace {

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out << x.toString();
    return out;
}

QString str(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toString(); }

} // namespace

QString surveyIdOf(const Event &e) { return str(e.payload, "survey_id"); }

bool sheetMayChange(const SurveyBook &book, const QString &surveyId, const QString &department)
{
    const auto c = book.campaigns.find(surveyId);
    if (c != book.campaigns.end() && c->second.state == QLatin1String("closed"))
        return false;
    const auto s = book.submissions.find({surveyId, department});
    return s == book.submissions.end() || !isFinal(s->second.state);
}

bool isFinal(const QString &submissionState)
{
    return submissionState == QLatin1String("approved") || submissionState == QLatin1String("rejected");
}

QJsonObject rowToJson(const SurveyRow &r)
{
    QJsonObject o{{QStringLiteral("row_id"), r.rowId},
                  {QStringLiteral("category"), r.category},
                  {QStringLiteral("needed"), r.needed},
                  {QStringLiteral("mark_count"), r.markCount}};
    auto put = [&o](const char *key, const QString &v) {
        if (!v.isEmpty())
            o.insert(QLatin1String(key), v);
    };
    put("asset_code", r.assetCode);
    put("name", r.name);
    put("method", r.method);
    put("mark_size", r.markSize);
    put("variant", r.variant);
    put("address", r.address);
    put("photo_sha256", r.photoSha256);
    put("note", r.note);
    if (r.hasLocation) {
        o.insert(QStringLiteral("x"), r.x);
        o.insert(QStringLiteral("y"), r.y);
    }
    return o;
}

SurveyRow rowFromJson(const QJsonObject &o)
{
    SurveyRow r;
    r.rowId = str(o, "row_id");
    r.assetCode = str(o, "asset_code");
    r.category = str(o, "category");
    r.name = str(o, "name");
    r.needed = o.value(QStringLiteral("needed")).toBool(true);
    r.markCount = o.value(QStringLiteral("mark_count")).toInt(1);
    r.method = str(o, "method");
    r.markSize = str(o, "mark_size");
    r.variant = str(o, "variant");
    r.address = str(o, "address");
    r.photoSha256 = str(o, "photo_sha256");
    r.note = str(o, "note");
    if (o.value(QStringLiteral("x")).isDouble() && o.value(QStringLiteral("y")).isDouble()) {
        r.hasLocation = true;
        r.x = o.value(QStringLiteral("x")).toDouble();
        r.y = o.value(QStringLiteral("y")).toDouble();
    }
    return r;
}

void apply(SurveyBook &book, const Event &e)
{
    const QJsonObject &p = e.payload;
    const QString id = surveyIdOf(e);
    if (id.isEmpty())
        return;
    if (e.kind == QLatin1String(EventKind::SurveyOpened)) {
        SurveyCampaign c;
        c.surveyId = id;
        c.title = str(p, "title");
        c.deadline = str(p, "deadline");
        c.categories = stringList(p.value(QStringLiteral("categories")));
        c.variants = stringList(p.value(QStringLiteral("variants")));
        c.state = QStringLiteral("open");
        c.openedAt = e.time;
        c.openedBy = e.actor;
        book.campaigns[id] = c;
        return;
    }
    if (e.kind == QLatin1String(EventKind::SurveyClosed)) {
        auto it = book.campaigns.find(id);
        if (it == book.campaigns.end())
            return;
        it->second.state = QStringLiteral("closed");
        it->second.closedAt = e.time;
        it->second.closedBy = e.actor;
        return;
    }
    const QString department = str(p, "department");
    if (department.isEmpty())
        return;
    const bool sheet = e.kind == QLatin1String(EventKind::SurveyRowsSubmitted) || e.kind == QLatin1String(EventKind::SurveyRowsSaved);
    if (sheet && !sheetMayChange(book, id, department))
        return; // after the campaign closed or the office decided, the rows stay as the office saw them
    SurveySubmission &s = book.submissions[{id, department}];
    if (s.state.isEmpty()) {
        s.surveyId = id;
        s.department = department;
        s.state = QStringLiteral("draft");
    }
    const bool submitted = e.kind == QLatin1String(EventKind::SurveyRowsSubmitted);
    if (submitted || e.kind == QLatin1String(EventKind::SurveyRowsSaved)) {
        // The payload is the whole sheet: it replaces the department's rows.
        std::erase_if(book.rows, [&](const auto &kv) { return kv.second.surveyId == id && kv.second.department == department; });
        int seq = 0;
        for (const QJsonValue &v : p.value(QStringLiteral("rows")).toArray()) {
            SurveyRow r = rowFromJson(v.toObject());
            if (r.rowId.isEmpty())
                continue;
            // Row ids are global: a sheet names only its own rows, never another department's or survey's.
            if (auto held = book.rows.find(r.rowId); held != book.rows.end())
                continue;
            r.surveyId = id;
            r.department = department;
            r.seq = ++seq;
            book.rows[r.rowId] = r;
        }
        s.updatedAt = e.time;
        s.updatedBy = e.actor;
        if (submitted) {
            s.state = QStringLiteral("submitted");
            s.submittedAt = e.time;
            ++s.revision;
        }
    } else if (e.kind == QLatin1String(EventKind::SurveyReviewed)) {
        s.state = str(p, "decision");
        s.comment = str(p, "comment");
        s.reviewedAt = e.time;
        s.reviewedBy = e.actor;
        for (const QJsonValue &v : p.value(QStringLiteral("applied")).toArray()) {
            const QJsonObject a = v.toObject();
            auto it = book.rows.find(str(a, "row_id"));
            if (it != book.rows.end())
                it->second.resultAssetUuid = str(a, "asset_uuid");
        }
    }
}

} // namespace gc::core::surveyreducer
