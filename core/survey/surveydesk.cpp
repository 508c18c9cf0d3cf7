#include "survey/surveydesk.h"
#include "store/donglayer.h"
#include "text.h"
#include "model/assetstatus.h"
#include "model/assetfields.h"
#include "store/assetstore.h"
#include "model/catalog.h"
#include "model/donglocator.h"
#include "store/sqlitedb.h"
#include "store/statement.h"
#include "survey/surveyreconciler.h"
#include "store/eventreducer.h"
#include "model/payloads.h"
#include "store/surveyreducer.h"
#include "survey/surveytables.h"
#include "store/storeaccess.h"

#include <QDate>
#include <QJsonArray>
#include <QUuid>

#include <map>
#include <set>

namespace gc::core {

namespace {

QString newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

FieldProblem problem(const char *field, const QString &value, const Text &why)
{
    return {QLatin1String(field), value, render(why, Lang::Both)};
}

// Codes for labels or codes; the unknown ones land in `bad`.
QStringList toCodes(std::span<const CatalogEntry> list, const QStringList &given, QStringList &bad)
{
    QStringList out;
    for (const QString &g : given) {
        if (g.trimmed().isEmpty())
            continue;
        if (const CatalogEntry *e = catalog::find(list, g))
            out << QLatin1String(e->code);
        else
            bad << g;
    }
    out.removeDuplicates();
    return out;
}

QString scopeLabels(std::span<const CatalogEntry> list, const QStringList &codes)
{
    QStringList out;
    for (const QString &code : codes)
        out << catalog::labelKo(list, code);
    return out.join(QStringLiteral(", "));
}

} // namespace

bool SurveyDesk::isAllowedTransition(const QString &from, const QString &to)
{
    static const std::map<QString, QStringList> allowed{
        {QString(), {QStringLiteral("draft"), QStringLiteral("submitted")}},
        {QStringLiteral("draft"), {QStringLiteral("draft"), QStringLiteral("submitted")}},
        {QStringLiteral("has_issues"), {QStringLiteral("has_issues"), QStringLiteral("submitted")}},
        {QStringLiteral("submitted"), {QStringLiteral("has_issues"), QStringLiteral("approved"), QStringLiteral("rejected")}},
    };
    const auto it = allowed.find(from);
    return it != allowed.end() && it->second.contains(to);
}

QString SurveyDesk::stateLabel(const QString &state)
{
    static const std::map<QString, QString> labels{
        {QStringLiteral("draft"), render(tx(QT_TRANSLATE_NOOP("gc", "draft")), Lang::Both)},
        {QStringLiteral("submitted"), render(tx(QT_TRANSLATE_NOOP("gc", "submitted")), Lang::Both)},
        {QStringLiteral("has_issues"), render(tx(QT_TRANSLATE_NOOP("gc", "has issues")), Lang::Both)},
        {QStringLiteral("approved"), render(tx(QT_TRANSLATE_NOOP("gc", "approved")), Lang::Both)},
        {QStringLiteral("rejected"), render(tx(QT_TRANSLATE_NOOP("gc", "rejected")), Lang::Both)},
        {QStringLiteral("open"), render(tx(QT_TRANSLATE_NOOP("gc", "open")), Lang::Both)},
        {QStringLiteral("closed"), render(tx(QT_TRANSLATE_NOOP("gc", "closed")), Lang::Both)},
    };
    const auto it = labels.find(state);
    return it == labels.end() ? render(tx(QT_TRANSLATE_NOOP("gc", "not started")), Lang::Both) : it->second;
}

Result<SurveyCampaign> SurveyDesk::open(const QString &title, const QString &deadline, const QStringList &categories,
                                        const QStringList &variants)
{
    if (title.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tx(QT_TRANSLATE_NOOP("gc", "the survey needs a title")));
    if (!QDate::fromString(deadline, Qt::ISODate).isValid())
        return makeError(ErrorCode::Invalid, tx(QT_TRANSLATE_NOOP("gc", "deadline '%1' must be YYYY-MM-DD"), deadline));
    QStringList bad;
    const QStringList cats = toCodes(catalog::categories(), categories, bad);
    const QStringList vars = toCodes(catalog::variants(), variants, bad);
    if (!bad.isEmpty())
        return makeError(ErrorCode::Invalid,
                         tx(QT_TRANSLATE_NOOP("gc", "unknown category or design variant: %1; categories: %2; variants: %3"),
                            bad.join(QStringLiteral(", ")), catalog::allowedValues(catalog::categories()), catalog::allowedValues(catalog::variants())));
    const QString id = newId();
    SurveyOpenedPayload p;
    p.surveyId = id;
    p.title = title.trimmed();
    p.deadline = deadline;
    p.categories = cats;
    p.variants = vars;
    if (auto r = m_store.record({{QLatin1String(EventKind::SurveyOpened), QString(), p.toJson()}}); !r)
        return r.error();
    return *campaign(id);
}

VoidResult SurveyDesk::close(const QString &surveyId)
{
    const auto c = campaign(surveyId);
    if (!c)
        return makeError(ErrorCode::NotFound, tx(QT_TRANSLATE_NOOP("gc", "no such survey"), surveyId));
    if (c->state != QLatin1String("open"))
        return makeError(ErrorCode::InvalidTransition,
                         tx(QT_TRANSLATE_NOOP("gc", "the survey is already closed"), c->title));
    SurveyClosedPayload p;
    p.surveyId = surveyId;
    auto r = m_store.record({{QLatin1String(EventKind::SurveyClosed), QString(), p.toJson()}});
    if (!r)
        return r.error();
    return Ok{};
}

VoidResult SurveyDesk::requireOpen(const SurveyCampaign &c) const
{
    if (c.state == QLatin1String("open"))
        return Ok{};
    return makeError(ErrorCode::Closed, tx(QT_TRANSLATE_NOOP("gc", "the survey '%1' is closed and takes no more answers"), c.title));
}

std::vector<FieldProblem> SurveyDesk::check(const SurveyCampaign &c, SurveyRow &r, const DongLocator &dongs) const
{
    std::vector<FieldProblem> out;
    const QString givenCategory = r.category, givenVariant = r.variant; // messages quote what the user wrote
    std::optional<Asset> existing;
    if (!r.assetCode.isEmpty()) {
        existing = m_store.assetByCode(r.assetCode);
        if (!existing)
            out.push_back(problem("asset_code", r.assetCode, tx(QT_TRANSLATE_NOOP("gc", "no asset has this code; leave it empty for a facility not yet in the inventory"))));
        else if (r.category.isEmpty())
            r.category = existing->category;
    }
    if (r.category.isEmpty()) {
        out.push_back(problem("category", r.category, tx(QT_TRANSLATE_NOOP("gc", "category is empty"))));
    } else if (const CatalogEntry *e = catalog::find(catalog::categories(), r.category); !e) {
        out.push_back(problem("category", r.category, tx(QT_TRANSLATE_NOOP("gc", "unknown category; allowed: %1"), catalog::allowedValues(catalog::categories()))));
    } else {
        r.category = QLatin1String(e->code);
        if (!c.categories.isEmpty() && !c.categories.contains(r.category))
            out.push_back(problem("category", givenCategory.isEmpty() ? r.category : givenCategory,
                                  tx(QT_TRANSLATE_NOOP3("gc", "not in this survey; allowed: %2", "category"),
                                     scopeLabels(catalog::categories(), c.categories), c.categories.join(QStringLiteral(", ")))));
        else if (existing && existing->category != r.category)
            out.push_back(problem("category", r.category, tx(QT_TRANSLATE_NOOP("gc", "differs from the category of %1 (%2)"), existing->code, existing->category)));
    }
    if (r.variant.isEmpty())
        r.variant = c.variants.isEmpty() ? QStringLiteral("brand_mark") : c.variants.first();
    if (const CatalogEntry *e = catalog::find(catalog::variants(), r.variant); !e) {
        out.push_back(problem("variant", r.variant, tx(QT_TRANSLATE_NOOP("gc", "unknown design variant; allowed: %1"), catalog::allowedValues(catalog::variants()))));
    } else {
        r.variant = QLatin1String(e->code);
        if (!c.variants.isEmpty() && !c.variants.contains(r.variant))
            out.push_back(problem("variant", givenVariant.isEmpty() ? r.variant : givenVariant,
                                  tx(QT_TRANSLATE_NOOP3("gc", "not in this survey; allowed: %2", "variant"),
                                     scopeLabels(catalog::variants(), c.variants), c.variants.join(QStringLiteral(", ")))));
    }
    if (!r.method.isEmpty()) {
        if (const CatalogEntry *e = catalog::find(catalog::methods(), r.method))
            r.method = QLatin1String(e->code);
        else
            out.push_back(problem("method", r.method, tx(QT_TRANSLATE_NOOP("gc", "unknown attachment method; allowed: %1"), catalog::allowedValues(catalog::methods()))));
    }
    if (r.markCount < 0 || r.markCount > 1000 || (r.needed && r.markCount < 1))
        out.push_back(problem("mark_count", QString::number(r.markCount), tx(QT_TRANSLATE_NOOP("gc", "a needed facility takes 1 to 1000 marks"))));
    if (r.hasLocation && dongs.locate(r.x, r.y).isEmpty())
        out.push_back(problem("geom", QStringLiteral("%1, %2").arg(r.x, 0, 'f', 1).arg(r.y, 0, 'f', 1),
                              tx(QT_TRANSLATE_NOOP("gc", "the location lies outside Geumcheon-gu"))));
    if (r.needed && r.assetCode.isEmpty() && !r.category.isEmpty()) {
        if (r.category == QLatin1String("vehicle"))
            out.push_back(problem("asset_code", QString(), tx(QT_TRANSLATE_NOOP("gc", "vehicles need their inventory code; register a new vehicle first"))));
        else if (!r.hasLocation)
            out.push_back(problem("geom", r.address, tx(QT_TRANSLATE_NOOP("gc", "a facility not yet in the inventory needs a location (map pick or X/Y)"))));
    }
    return out;
}

Result<std::vector<FieldProblem>> SurveyDesk::check(const SurveyCampaign &c, SurveyRow &r) const
{
    auto dongs = DongLayer::load(StoreAccess::db(m_store));
    if (!dongs)
        return dongs.error();
    return check(c, r, *dongs);
}

VoidResult SurveyDesk::saveRows(const QString &surveyId, const QString &department, std::vector<SurveyRow> rows, bool submit)
{
    const auto c = campaign(surveyId);
    if (!c)
        return makeError(ErrorCode::NotFound, tx(QT_TRANSLATE_NOOP("gc", "no such survey"), surveyId));
    if (department.trimmed().isEmpty())
        return makeError(ErrorCode::Usage, tx(QT_TRANSLATE_NOOP("gc", "name the department")));
    if (auto r = requireOpen(*c); !r)
        return r;
    const auto s = submission(surveyId, department);
    const QString from = s ? s->state : QString();
    const QString to = submit ? QStringLiteral("submitted") : (from.isEmpty() ? QStringLiteral("draft") : from);
    if (!isAllowedTransition(from, to))
        return makeError(ErrorCode::InvalidTransition,
                         tx(QT_TRANSLATE_NOOP("gc", "the sheet cannot change while it is %3"), department, stateLabel(from), from));
    auto dongs = DongLayer::load(StoreAccess::db(m_store));
    if (!dongs)
        return dongs.error();
    QStringList problems;
    std::set<QString> codes;
    for (size_t i = 0; i < rows.size(); ++i) {
        SurveyRow &r = rows[i];
        if (r.rowId.isEmpty())
            r.rowId = newId();
        for (const FieldProblem &p : check(*c, r, *dongs))
            problems << QStringLiteral("%1행 %2 = '%3': %4").arg(i + 1).arg(p.field, p.value, p.reason);
        if (!r.assetCode.isEmpty() && !codes.insert(r.assetCode).second)
            problems << QStringLiteral("%1행 asset_code = '%2': %3").arg(i + 1).arg(r.assetCode, render(tx(QT_TRANSLATE_NOOP("gc", "the code appears twice")), Lang::Both));
    }
    if (!problems.isEmpty())
        return makeError(ErrorCode::Invalid, problems.join(QLatin1Char('\n')));
    QJsonArray list;
    for (const SurveyRow &r : rows)
        list.append(surveyreducer::rowToJson(r));
    SurveyRowsPayload p;
    p.surveyId = surveyId;
    p.department = department;
    p.rows = list;
    auto r = m_store.record({{QLatin1String(submit ? EventKind::SurveyRowsSubmitted : EventKind::SurveyRowsSaved), QString(), p.toJson()}});
    if (!r)
        return r.error();
    return Ok{};
}

VoidResult SurveyDesk::submit(const QString &surveyId, const QString &department)
{
    auto current = rows(surveyId, department);
    if (!current)
        return current.error();
    if (current->empty() && !submission(surveyId, department))
        return makeError(ErrorCode::Invalid, tx("%1: %2", department, tx(QT_TRANSLATE_NOOP("gc", "nothing to submit"))));
    return saveRows(surveyId, department, *current, true);
}

namespace {

// What an approved line says of an asset the inventory has: its marks, and its place if it had none.
NewEvent assetUpdate(const AssetStore &store, const SurveyRow &r, const QString &uuid, const QString &department)
{
    const auto a = store.asset(uuid);
    AssetFieldsPayload changes;
    changes.markCount = r.markCount;
    changes.variant = r.variant;
    if (!r.method.isEmpty())
        changes.method = r.method;
    if (!r.markSize.isEmpty())
        changes.markSize = r.markSize;
    if (a && !a->hasLocation && r.hasLocation) {
        changes.x = r.x;
        changes.y = r.y;
    }
    return {QLatin1String(EventKind::AssetUpdated), uuid, changes.toJson(), 0, department};
}

// The asset an approved line of a facility the inventory lacks becomes (without its code yet).
Asset newAsset(const SurveyRow &r, const QString &department)
{
    Asset a;
    a.category = r.category;
    a.name = r.name.isEmpty() ? catalog::labelKo(catalog::categories(), r.category) + QLatin1Char(' ') + r.address : r.name;
    a.department = department;
    a.addressJibun = r.address;
    a.method = r.method;
    a.markCount = r.markCount;
    a.markSize = r.markSize;
    a.variant = r.variant;
    a.notes = r.note;
    a.hasLocation = r.hasLocation;
    a.x = r.x;
    a.y = r.y;
    return a;
}

// The events an approved sheet adds to the inventory, and which asset each needed row became.
VoidResult approvalEvents(AssetStore &store, const std::vector<SurveyReconciler::Line> &lines, const QString &department,
                          std::vector<NewEvent> &events, QJsonArray &applied)
{
    auto dongs = DongLayer::load(StoreAccess::db(store));
    if (!dongs)
        return dongs.error();
    const AssetValidator validator(&*dongs);
    std::map<QString, int> nextNumber;
    std::set<QString> touched;
    QStringList problems;
    for (const auto &l : lines) {
        const SurveyRow &r = l.row;
        if (!r.needed)
            continue;
        QString uuid = l.assetUuid;
        if (!uuid.isEmpty()) {
            if (!touched.insert(uuid).second)
                continue; // two lines of one sheet on one asset: the first one counts
            events.push_back(assetUpdate(store, r, uuid, department));
        } else {
            Asset a = newAsset(r, department);
            for (const FieldProblem &p : validator.check(a))
                problems << QStringLiteral("%1 %2행 %3 = '%4': %5").arg(department).arg(r.seq).arg(p.field, p.value, p.reason);
            const CatalogEntry *category = catalog::find(catalog::categories(), a.category);
            if (!category)
                continue; // reported by the validator above
            const QString prefix = QString::fromUtf8(category->codePrefix);
            auto it = nextNumber.find(prefix);
            if (it == nextNumber.end())
                it = nextNumber.emplace(prefix, store.nextCode(a.category).right(6).toInt()).first;
            a.code = QStringLiteral("GC-%1-%2").arg(prefix).arg(it->second++, 6, 10, QLatin1Char('0'));
            uuid = newId();
            events.push_back({QLatin1String(EventKind::AssetCreated), uuid, reducer::createdPayload(a).toJson(), 0, department});
        }
        applied.append(QJsonObject{{QStringLiteral("row_id"), r.rowId}, {QStringLiteral("asset_uuid"), uuid}});
    }
    if (!problems.isEmpty())
        return makeError(ErrorCode::Invalid, problems.join(QLatin1Char('\n')));
    return Ok{};
}

} // namespace

Result<int> SurveyDesk::review(const QString &surveyId, const QString &department, const QString &decision, const QString &comment)
{
    const auto c = campaign(surveyId);
    if (!c)
        return makeError(ErrorCode::NotFound, tx(QT_TRANSLATE_NOOP("gc", "no such survey"), surveyId));
    const QStringList decisions{QStringLiteral("has_issues"), QStringLiteral("approved"), QStringLiteral("rejected")};
    if (!decisions.contains(decision))
        return makeError(ErrorCode::Usage, tx(QT_TRANSLATE_NOOP("gc", "the decision is one of has_issues, approved, rejected")));
    const auto s = submission(surveyId, department);
    const QString from = s ? s->state : QString();
    if (!isAllowedTransition(from, decision))
        return makeError(ErrorCode::InvalidTransition,
                         tx(QT_TRANSLATE_NOOP("gc", "only a submitted sheet can be reviewed; this one is %3"), department, stateLabel(from),
                            from.isEmpty() ? QStringLiteral("not started") : from));
    if (decision != QLatin1String("approved") && comment.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tx(QT_TRANSLATE_NOOP("gc", "has_issues and rejected need a comment for the department")));
    std::vector<NewEvent> events;
    QJsonArray applied;
    if (decision == QLatin1String("approved")) {
        auto sheet = rows(surveyId, department);
        if (!sheet)
            return sheet.error();
        auto lines = SurveyReconciler::run(m_store, *sheet);
        if (!lines)
            return lines.error();
        if (auto made = approvalEvents(m_store, *lines, department, events, applied); !made)
            return made.error();
    }
    const int assets = int(events.size());
    SurveyReviewedPayload p;
    p.surveyId = surveyId;
    p.department = department;
    p.decision = decision;
    p.comment = comment.trimmed();
    if (!applied.isEmpty())
        p.applied = applied;
    events.push_back({QLatin1String(EventKind::SurveyReviewed), QString(), p.toJson()});
    if (auto r = m_store.record(events); !r)
        return r.error();
    return assets;
}

Result<SurveyBook> SurveyDesk::book(const QString &surveyId) const { return SurveyTables::read(StoreAccess::db(m_store), surveyId); }

std::optional<SurveyCampaign> SurveyDesk::campaign(const QString &surveyId) const
{
    auto b = book(surveyId);
    if (!b || !b->campaigns.count(surveyId))
        return std::nullopt;
    return b->campaigns.at(surveyId);
}

std::optional<SurveyCampaign> SurveyDesk::current() const
{
    auto st = StoreAccess::db(m_store).prepare(QStringLiteral("SELECT survey_id FROM survey_campaigns ORDER BY state = 'open' DESC, opened_at DESC, fid DESC LIMIT 1"));
    if (!st || !st->step())
        return std::nullopt;
    return campaign(st->toText(0));
}

std::optional<SurveySubmission> SurveyDesk::submission(const QString &surveyId, const QString &department) const
{
    auto b = book(surveyId);
    if (!b)
        return std::nullopt;
    const auto it = b->submissions.find({surveyId, department});
    if (it == b->submissions.end())
        return std::nullopt;
    return it->second;
}

Result<std::vector<SurveyRow>> SurveyDesk::rows(const QString &surveyId, const QString &department) const
{
    auto b = book(surveyId);
    if (!b)
        return b.error();
    std::vector<SurveyRow> out;
    for (const auto &[id, r] : b->rows) {
        if (r.department == department)
            out.push_back(r);
    }
    std::sort(out.begin(), out.end(), [](const SurveyRow &a, const SurveyRow &b) { return a.seq < b.seq; });
    return out;
}

Result<std::vector<SurveyRow>> SurveyDesk::blankRows(const SurveyCampaign &c, const QString &department) const
{
    auto st = StoreAccess::db(m_store).prepare(QStringLiteral(
        "SELECT code, category, name, mark_count, method, mark_size, variant, coalesce(address_road, address_jibun), "
        "ST_MinX(geom), ST_MinY(geom), geom IS NOT NULL FROM assets WHERE department = ?1 AND status <> ?2 "
        "ORDER BY category, code"));
    if (!st)
        return st.error();
    st->bind(1, department).bind(2, toString(AssetStatus::Cancelled));
    std::vector<SurveyRow> out;
    while (st->step()) {
        SurveyRow r;
        r.assetCode = st->toText(0);
        r.category = st->toText(1);
        if (!c.categories.isEmpty() && !c.categories.contains(r.category))
            continue;
        r.name = st->toText(2);
        r.markCount = std::max(1, int(st->toInt(3)));
        r.method = st->toText(4);
        r.markSize = st->toText(5);
        r.variant = c.variants.isEmpty() || c.variants.contains(st->toText(6)) ? st->toText(6) : c.variants.first();
        r.address = st->toText(7);
        r.hasLocation = st->toInt(10) != 0;
        r.x = st->toDouble(8);
        r.y = st->toDouble(9);
        out.push_back(r);
    }
    if (st->failed())
        return makeError(ErrorCode::Sqlite, st->error());
    return out;
}

Result<QStringList> SurveyDesk::departments() const
{
    auto st = StoreAccess::db(m_store).prepare(QStringLiteral("SELECT department FROM assets WHERE department IS NOT NULL AND department <> '' "
                                                  "UNION SELECT department FROM survey_submissions ORDER BY 1"));
    if (!st)
        return st.error();
    return st->texts();
}

} // namespace gc::core
