#include "store/surveyreducer.h"

#include "model/payloads.h"

#include <QJsonArray>

#include <limits>

namespace gc::core::surveyreducer {

namespace {

// A text list as the fold always read it: a list with an entry that is not text (which the typed
// read leaves in extra) keeps its texts and reads "" for the others.
QStringList textList(const std::optional<QStringList> &list, const QJsonObject &extra, const char *key)
{
    if (list)
        return *list;
    QStringList out;
    for (const QJsonValue &x : extra.value(QLatin1String(key)).toArray())
        out << x.toString();
    return out;
}

int markCountOf(const std::optional<qint64> &n)
{
    return n && *n >= std::numeric_limits<int>::min() && *n <= std::numeric_limits<int>::max() ? int(*n) : 1;
}

// The department's submission, a fresh draft when the log has not named it yet.
SurveySubmission &submission(SurveyBook &book, const QString &surveyId, const QString &department)
{
    SurveySubmission &s = book.submissions[{surveyId, department}];
    if (s.state.isEmpty()) {
        s.surveyId = surveyId;
        s.department = department;
        s.state = QStringLiteral("draft");
    }
    return s;
}

void opened(SurveyBook &book, const Event &e, const SurveyOpenedPayload &p)
{
    SurveyCampaign c;
    c.surveyId = p.surveyId;
    c.title = p.title.value_or(QString());
    c.deadline = p.deadline.value_or(QString());
    c.categories = textList(p.categories, p.extra, SurveyOpenedPayload::Key::categories);
    c.variants = textList(p.variants, p.extra, SurveyOpenedPayload::Key::variants);
    c.state = QStringLiteral("open");
    c.openedAt = e.time;
    c.openedBy = e.actor;
    book.campaigns[p.surveyId] = c;
}

void closed(SurveyBook &book, const Event &e, const SurveyClosedPayload &p)
{
    auto it = book.campaigns.find(p.surveyId);
    if (it == book.campaigns.end())
        return;
    it->second.state = QStringLiteral("closed");
    it->second.closedAt = e.time;
    it->second.closedBy = e.actor;
}

// rows_saved / rows_submitted: the payload is the whole sheet, it replaces the department's rows. A
// survey.* kind this build does not define (an older server let one through) reads as a sheet's
// header alone, as it always did: it opens the department's draft and changes no row.
void sheet(SurveyBook &book, const Event &e, const SurveyRowsPayload &p)
{
    const QString &id = p.surveyId;
    const QString &department = p.department;
    const bool submitted = e.kind == QLatin1String(EventKind::SurveyRowsSubmitted);
    const bool isSheet = submitted || e.kind == QLatin1String(EventKind::SurveyRowsSaved);
    if (isSheet && !sheetMayChange(book, id, department))
        return; // after the campaign closed or the office decided, the rows stay as the office saw them
    SurveySubmission &s = submission(book, id, department);
    if (!isSheet)
        return;
    std::erase_if(book.rows, [&](const auto &kv) { return kv.second.surveyId == id && kv.second.department == department; });
    int seq = 0;
    for (const SurveyRowItem &item : payload::items<SurveyRowItem>(p.rows)) {
        SurveyRow r = rowFrom(item);
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
}

void reviewed(SurveyBook &book, const Event &e, const SurveyReviewedPayload &p)
{
    SurveySubmission &s = submission(book, p.surveyId, p.department);
    s.state = p.decision;
    s.comment = p.comment.value_or(QString());
    s.reviewedAt = e.time;
    s.reviewedBy = e.actor;
    for (const AppliedItem &a : payload::items<AppliedItem>(p.applied)) {
        auto it = book.rows.find(a.rowId.value_or(QString()));
        if (it != book.rows.end())
            it->second.resultAssetUuid = a.assetUuid.value_or(QString());
    }
}

} // namespace

QString surveyIdOf(const Event &e)
{
    // Every survey.* payload names its survey first; the closed payload's struct holds survey_id alone.
    return SurveyClosedPayload::read(e.payload).surveyId;
}

Scope scopeOf(const Event &e)
{
    Scope out;
    const auto rowIds = [&out](const auto &items) {
        for (const auto &item : items) {
            if (item.rowId && !item.rowId->isEmpty())
                out.rowIds << *item.rowId;
        }
    };
    if (e.kind == QLatin1String(EventKind::SurveyOpened) || e.kind == QLatin1String(EventKind::SurveyClosed)) {
        out.surveyId = surveyIdOf(e);
    } else if (e.kind == QLatin1String(EventKind::SurveyReviewed)) {
        const SurveyReviewedPayload p = SurveyReviewedPayload::read(e.payload);
        out = {p.surveyId, p.department, {}};
        rowIds(payload::items<AppliedItem>(p.applied));
    } else {
        const SurveyRowsPayload p = SurveyRowsPayload::read(e.payload);
        out = {p.surveyId, p.department, {}};
        rowIds(payload::items<SurveyRowItem>(p.rows));
    }
    return out;
}

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

SurveyRowItem rowItem(const SurveyRow &r)
{
    SurveyRowItem o;
    o.rowId = r.rowId;
    o.category = r.category;
    o.needed = r.needed;
    o.markCount = r.markCount;
    auto put = [](std::optional<QString> &member, const QString &v) {
        if (!v.isEmpty())
            member = v;
    };
    put(o.assetCode, r.assetCode);
    put(o.name, r.name);
    put(o.method, r.method);
    put(o.markSize, r.markSize);
    put(o.variant, r.variant);
    put(o.address, r.address);
    put(o.photoSha256, r.photoSha256);
    put(o.note, r.note);
    if (r.hasLocation) {
        o.x = r.x;
        o.y = r.y;
    }
    return o;
}

QJsonObject rowToJson(const SurveyRow &r) { return rowItem(r).toJson(); }

SurveyRow rowFrom(const SurveyRowItem &o)
{
    SurveyRow r;
    r.rowId = o.rowId.value_or(QString());
    r.assetCode = o.assetCode.value_or(QString());
    r.category = o.category.value_or(QString());
    r.name = o.name.value_or(QString());
    r.needed = o.needed.value_or(true);
    r.markCount = markCountOf(o.markCount);
    r.method = o.method.value_or(QString());
    r.markSize = o.markSize.value_or(QString());
    r.variant = o.variant.value_or(QString());
    r.address = o.address.value_or(QString());
    r.photoSha256 = o.photoSha256.value_or(QString());
    r.note = o.note.value_or(QString());
    if (o.x && o.y) {
        r.hasLocation = true;
        r.x = *o.x;
        r.y = *o.y;
    }
    return r;
}

void apply(SurveyBook &book, const Event &e)
{
    // Each kind read through its typed payload; an event without a survey (or, past the campaign's
    // own events, without a department) leaves every table as it is.
    if (e.kind == QLatin1String(EventKind::SurveyOpened)) {
        const SurveyOpenedPayload p = SurveyOpenedPayload::read(e.payload);
        if (!p.surveyId.isEmpty())
            opened(book, e, p);
    } else if (e.kind == QLatin1String(EventKind::SurveyClosed)) {
        const SurveyClosedPayload p = SurveyClosedPayload::read(e.payload);
        if (!p.surveyId.isEmpty())
            closed(book, e, p);
    } else if (e.kind == QLatin1String(EventKind::SurveyReviewed)) {
        const SurveyReviewedPayload p = SurveyReviewedPayload::read(e.payload);
        if (!p.surveyId.isEmpty() && !p.department.isEmpty())
            reviewed(book, e, p);
    } else {
        const SurveyRowsPayload p = SurveyRowsPayload::read(e.payload);
        if (!p.surveyId.isEmpty() && !p.department.isEmpty())
            sheet(book, e, p);
    }
}

} // namespace gc::core::surveyreducer
