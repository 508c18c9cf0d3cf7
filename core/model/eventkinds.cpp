#include "model/eventkinds.h"
#include "text.h"

#include "model/eventdomain.h"
#include "model/eventjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace gc::core::eventkinds {

namespace {

using T = PayloadType;

using namespace payloadfields;

constexpr qsizetype kSmall = 16 << 10;
constexpr qsizetype kSheet = 8 << 20;

const EventKindSpec kKinds[] = {
    {EventKind::AssetCreated, kAssetFields, kSmall, WriterOffice},
    {EventKind::AssetUpdated, kAssetFields, kSmall, WriterOffice},
    {EventKind::AssetStatus, kAssetStatus, 32 << 10, WriterCrew},
    {EventKind::AssetDeleted, kAssetDeleted, kSmall, WriterOffice},
    {EventKind::PhotoAdded, kPhotoAdded, kSmall, WriterCrew},
    {EventKind::SurveyOpened, kSurveyOpened, 64 << 10, WriterOffice},
    {EventKind::SurveyClosed, kSurveyClosed, kSmall, WriterOffice},
    {EventKind::SurveyRowsSaved, kSurveyRows, kSheet, WriterDepartment},
    {EventKind::SurveyRowsSubmitted, kSurveyRows, kSheet, WriterDepartment},
    {EventKind::SurveyReviewed, kSurveyReviewed, kSheet, WriterOffice},
    {EventKind::UserAdded, kUser, kSmall, WriterOffice},
    {EventKind::UserUpdated, kUser, kSmall, WriterOffice},
    {EventKind::PlaceProposed, kPlaceProposed, kSmall, WriterCrew},
    {EventKind::PlaceDecided, kPlaceDecided, kSmall, WriterOffice},
    {EventKind::ConflictResolved, kConflictResolved, kSmall, WriterOffice},
};

// Walks one payload; the first problem found is kept, with the path to the field.
class Checker {
public:
    explicit Checker(const EventLimits &limits) : m_limits(limits) {}

    bool object(const QJsonObject &o, std::span<const PayloadField> fields, const QString &path)
    {
        for (const PayloadField &f : fields) {
            if (f.required && (!o.contains(QLatin1String(f.key)) || o.value(QLatin1String(f.key)).isNull()))
                return fail(path + QLatin1String(f.key), tx(QT_TRANSLATE_NOOP("gc", "is required")));
        }
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString key = it.key();
            const QString at = path + key;
            if (key.contains(QChar(0)) || key.size() > 64)
                return fail(path + key.left(64).replace(QChar(0), QLatin1Char('?')), tx(QT_TRANSLATE_NOOP("gc", "is not a valid field name")));
            if (const PayloadField *f = field(fields, key)) {
                if (!value(*it, *f, at))
                    return false;
            } else if (!extra(*it, at)) {
                return false;
            }
        }
        return true;
    }

    bool text(const QString &s, int maxLength, const QString &at)
    {
        if (s.contains(QChar(0)))
            return fail(at, tx(QT_TRANSLATE_NOOP("gc", "contains a NUL character (\\u0000)")));
        // A lone surrogate ("\udc00") is not text: SQLite stores it as '?' (the file then fails verify)
        // and PostgreSQL's json refuses it (503 for ever), so it is refused here, on both stores alike.
        if (!QStringView(s).isValidUtf16())
            return fail(at, tx(QT_TRANSLATE_NOOP("gc", "is not valid Unicode (a lone surrogate)")));
        if (s.size() > maxLength)
            return fail(at, tx(QT_TRANSLATE_NOOP("gc", "is longer than %1 characters (%2)"), maxLength, s.size()));
        return true;
    }

    Text problem;

private:
    static const PayloadField *field(std::span<const PayloadField> fields, const QString &key)
    {
        for (const PayloadField &f : fields) {
            if (key == QLatin1String(f.key))
                return &f;
        }
        return nullptr;
    }

    bool fail(const QString &at, Text what)
    {
        problem = tx(QT_TRANSLATE_NOOP("gc", "'%1' %2"), at, std::move(what)); // Korean: "'%1': %2"
        return false;
    }

    // `type` is a QT_TRANSLATE_NOOP("gc", …) source ("text", "a number").
    bool wrongType(const QString &at, const char *type) { return fail(at, tx(QT_TRANSLATE_NOOP("gc", "must be %1"), tx(type))); }

    bool tooMany(const QString &at, int max, qsizetype have)
    {
        return fail(at, tx(QT_TRANSLATE_NOOP("gc", "has more than %1 entries (%2)"), max, have));
    }

    bool scalar(const QJsonValue &v, const PayloadField &f, const QString &at)
    {
        switch (f.type) {
        case T::Text:
            if (!v.isString())
                return wrongType(at, QT_TRANSLATE_NOOP("gc", "text"));
            return text(v.toString(), f.maxLength > 0 ? f.maxLength : m_limits.maxPayloadText, at) && inDomain(v, f, at);
        case T::Number:
            if (!v.isDouble() || !std::isfinite(v.toDouble()))
                return wrongType(at, QT_TRANSLATE_NOOP("gc", "a number"));
            return inDomain(v, f, at);
        case T::Integer: {
            const double d = v.toDouble();
            if (!v.isDouble() || !std::isfinite(d) || d != std::floor(d))
                return wrongType(at, QT_TRANSLATE_NOOP("gc", "a whole number"));
            // A whole number past what a double holds exactly is whole, only too large (C4 of the outside pass).
            if (std::abs(d) > 9e15)
                return fail(at, tx(QT_TRANSLATE_NOOP("gc", "is out of range (%1 to %2)"), QStringLiteral("-9e15"), QStringLiteral("9e15")));
            return inDomain(v, f, at);
        }
        case T::Bool:
            if (!v.isBool())
                return wrongType(at, QT_TRANSLATE_NOOP("gc", "true or false"));
            return true;
        case T::Sha256:
            if (!v.isString() || !eventjson::isSha256(v.toString()))
                return wrongType(at, QT_TRANSLATE_NOOP("gc", "a SHA-256 (64 lowercase hex digits)"));
            return true;
        default:
            return true;
        }
    }

    // The value's meaning beyond its JSON type (model/eventdomain.h): a place inside the district, a code of a catalogue.
    bool inDomain(const QJsonValue &v, const PayloadField &f, const QString &at)
    {
        if (auto why = eventdomain::problem(f.domain, v))
            return fail(at, std::move(*why));
        return true;
    }

    bool objectListMap(const QJsonValue &v, const PayloadField &f, const QString &at, int maxEntries)
    {
        if (!v.isObject())
            return wrongType(at, QT_TRANSLATE_NOOP("gc", "an object"));
        const QJsonObject o = v.toObject();
        if (o.size() > maxEntries)
            return tooMany(at, maxEntries, o.size());
        const PayloadField list{f.key, T::ObjectList, false, 0, f.items};
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString item = at + QLatin1Char('.') + it.key().left(64);
            if (!text(it.key(), 64, item) || !value(*it, list, item))
                return false;
        }
        return true;
    }

    bool list(const QJsonValue &v, const PayloadField &f, const QString &at, int maxEntries)
    {
        if (!v.isArray())
            return wrongType(at, QT_TRANSLATE_NOOP("gc", "a list"));
        const QJsonArray a = v.toArray();
        if (a.size() > maxEntries)
            return tooMany(at, maxEntries, a.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString item = QStringLiteral("%1[%2]").arg(at).arg(i);
            if (f.type == T::TextList) {
                if (!a[i].isString())
                    return wrongType(item, QT_TRANSLATE_NOOP("gc", "text"));
                if (!text(a[i].toString(), m_limits.maxPayloadText, item))
                    return false;
            } else {
                if (!a[i].isObject())
                    return wrongType(item, QT_TRANSLATE_NOOP("gc", "an object"));
                if (!object(a[i].toObject(), f.items, item + QLatin1Char('.')))
                    return false;
            }
        }
        return true;
    }

    bool textMap(const QJsonValue &v, const QString &at, int maxEntries)
    {
        if (!v.isObject())
            return wrongType(at, QT_TRANSLATE_NOOP("gc", "an object"));
        const QJsonObject o = v.toObject();
        if (o.size() > maxEntries)
            return tooMany(at, maxEntries, o.size());
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString item = at + QLatin1Char('.') + it.key().left(64);
            if (!text(it.key(), 64, item))
                return false;
            if (!it->isString())
                return wrongType(item, QT_TRANSLATE_NOOP("gc", "text"));
            if (!text(it->toString(), 64, item))
                return false;
        }
        return true;
    }

    bool value(const QJsonValue &v, const PayloadField &f, const QString &at)
    {
        if (v.isNull() && !f.required)
            return true;
        const int maxEntries = f.maxLength > 0 ? f.maxLength : m_limits.maxListEntries;
        switch (f.type) {
        case T::ObjectListMap:
            return objectListMap(v, f, at, maxEntries);
        case T::TextList:
        case T::ObjectList:
            return list(v, f, at, maxEntries);
        case T::TextMap:
            return textMap(v, at, maxEntries);
        default:
            return scalar(v, f, at);
        }
    }

    bool extra(const QJsonValue &v, const QString &at)
    {
        if (v.isString())
            return text(v.toString(), m_limits.maxExtraText, at);
        if (v.isBool() || v.isNull() || (v.isDouble() && std::isfinite(v.toDouble())))
            return true;
        return fail(at, tx(QT_TRANSLATE_NOOP("gc", "is not a field of this kind: only a short text, a number or true/false may ride along")));
    }

    const EventLimits &m_limits;
};

} // namespace

std::span<const EventKindSpec> all() { return kKinds; }

const EventKindSpec *find(const QString &kind)
{
    for (const EventKindSpec &k : kKinds) {
        if (kind == QLatin1String(k.kind))
            return &k;
    }
    return nullptr;
}

VoidResult validate(const Event &e)
{
    static const EventLimits limits;
    // "이벤트 <id>(<kind>): " stays as it was in every language: programs read the words after it.
    auto bad = [&](const Text &why) { return makeError(ErrorCode::BadEvent, tx("이벤트 %1(%2): %3", e.id.left(64), e.kind.left(64), why)); };
    const EventKindSpec *spec = find(e.kind);
    if (!spec)
        return bad(tx(QT_TRANSLATE_NOOP("gc", "'kind' is not a kind of event this product defines ('%1')"), e.kind.left(64)));
    Checker check(limits);
    const std::pair<const char *, const QString *> envelope[] = {{"actor", &e.actor}, {"device", &e.device}, {"time", &e.time}, {"asset_uuid", &e.assetUuid}};
    for (const auto &[name, value] : envelope) {
        if (!check.text(*value, int(limits.maxText), QLatin1String(name)))
            return bad(check.problem);
    }
    if (!check.object(e.payload, spec->fields, QStringLiteral("payload.")))
        return bad(check.problem);
    // After the walk, which bounds every list: the size is then worth computing.
    const qsizetype bytes = QJsonDocument(e.payload).toJson(QJsonDocument::Compact).size();
    if (bytes > spec->maxPayloadBytes)
        return bad(tx(QT_TRANSLATE_NOOP("gc", "'payload' is %1 bytes, over this kind's %2"), bytes, spec->maxPayloadBytes));
    return Ok{};
}

VoidResult validatePayload(const QString &kind, const QJsonObject &payload)
{
    Event e;
    e.kind = kind;
    e.payload = payload;
    return validate(e);
}

} // namespace gc::core::eventkinds
