#pragma once

#include "model/event.h"
#include "model/payloadfields.h"
#include "result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>
#include <span>
#include <type_traits>
#include <vector>

namespace gc::core {

// One typed struct per event payload, each generated from its field list in model/payloadfields.h:
// the same list the validation (eventkinds::validate) reads, so what the device writes, what the
// server refuses and what the readers take are one definition. Required fields are plain values,
// optional ones std::optional. `extra` keeps what the list does not carry as a typed value (a newer
// device's optional field, a marker such as undo_of, an explicit null), so read(o).toJson() == o.
namespace payload {
template <PayloadType T> struct ValueOf { using type = QString; }; // Text, Sha256
template <> struct ValueOf<PayloadType::Number> { using type = double; };
template <> struct ValueOf<PayloadType::Integer> { using type = qint64; };
template <> struct ValueOf<PayloadType::Bool> { using type = bool; };
template <> struct ValueOf<PayloadType::TextList> { using type = QStringList; };
template <> struct ValueOf<PayloadType::TextMap> { using type = QJsonObject; };
template <> struct ValueOf<PayloadType::ObjectList> { using type = QJsonArray; };
template <> struct ValueOf<PayloadType::ObjectListMap> { using type = QJsonObject; };
template <PayloadType T, bool Required>
using Member = std::conditional_t<Required, typename ValueOf<T>::type, std::optional<typename ValueOf<T>::type>>;

// Takes the value into `out` when it has the member's JSON type; false leaves it where it was.
bool take(const QJsonValue &v, QString &out);
bool take(const QJsonValue &v, double &out);
bool take(const QJsonValue &v, qint64 &out);
bool take(const QJsonValue &v, bool &out);
bool take(const QJsonValue &v, QStringList &out);
bool take(const QJsonValue &v, QJsonObject &out);
bool take(const QJsonValue &v, QJsonArray &out);
template <typename V> bool take(const QJsonValue &v, std::optional<V> &out)
{
    V value{};
    if (!take(v, value))
        return false;
    out = std::move(value);
    return true;
}

QJsonValue toValue(const QString &v);
QJsonValue toValue(double v);
QJsonValue toValue(qint64 v);
QJsonValue toValue(bool v);
QJsonValue toValue(const QStringList &v);
QJsonValue toValue(const QJsonObject &v);
QJsonValue toValue(const QJsonArray &v);

template <typename V> void write(QJsonObject &o, const QString &key, const V &v) { o.insert(key, toValue(v)); }
template <typename V> void write(QJsonObject &o, const QString &key, const std::optional<V> &v)
{
    if (v)
        o.insert(key, toValue(*v));
}
// Moves `key` out of `rest` into `member` when its value has the member's type.
template <typename M> void read(QJsonObject &rest, const QString &key, M &member)
{
    const auto it = rest.constFind(key);
    if (it != rest.constEnd() && take(*it, member))
        rest.remove(key);
}
// Whether the payload named the field at all: with a value of its type, or with another one (an
// explicit null, an old file's wrong type) that read() left in extra. A projector that copies a
// field "when it is there" asks this, so a stored event projects as it did before the typed structs.
template <typename V> bool given(const std::optional<V> &member, const QJsonObject &extra, const char *key)
{
    return member.has_value() || extra.contains(QLatin1String(key));
}
// The entries of an ObjectList member, each read as its item struct; an entry that is not an object
// reads as an empty one (every field absent).
template <typename Item> std::vector<Item> items(const std::optional<QJsonArray> &list)
{
    std::vector<Item> out;
    if (!list)
        return out;
    out.reserve(size_t(list->size()));
    for (const QJsonValue &v : *list)
        out.push_back(Item::read(v.toObject()));
    return out;
}
} // namespace payload

#define GC_PAYLOAD_MEMBER(member, key, type, required, maxLength, items) payload::Member<payloadtype::type, required> member{};
#define GC_PAYLOAD_KEY(member, key, type, required, maxLength, items) static constexpr char member[] = key;

// What every generated struct holds: its members, extra (what the list does not carry as a typed
// value), the JSON key of each member (Key::name is "name", for payload::given), its field table
// and the unchecked round trip.
#define GC_PAYLOAD_BODY(Name, LIST, TABLE)                                                                                     \
    LIST(GC_PAYLOAD_MEMBER)                                                                                                    \
    QJsonObject extra;                                                                                                         \
    struct Key {                                                                                                               \
        LIST(GC_PAYLOAD_KEY)                                                                                                   \
    };                                                                                                                         \
    static std::span<const PayloadField> fields() { return TABLE; }                                                            \
    QJsonObject toJson() const;                                                                                                \
    /* Unchecked, for what the log already holds: a value of the wrong type stays in extra. */                                 \
    static Name read(const QJsonObject &o);

// Name: the struct; LIST: its field list; KIND: the kind it is validated as (kinds that share a
// list share a struct and a table); TABLE: the PayloadField table generated from the same list.
#define GC_PAYLOAD_STRUCT(Name, LIST, KIND, TABLE)                                                                             \
    struct Name {                                                                                                              \
        GC_PAYLOAD_BODY(Name, LIST, TABLE)                                                                                     \
        static constexpr const char *kKind = KIND;                                                                             \
        /* Checked against the kind's definition (eventkinds::validate): the error names the field. */                         \
        static Result<Name> fromJson(const QJsonObject &o, const QString &kind = QLatin1String(KIND));                         \
    };

// One entry of an ObjectList field (a sheet's row, an applied row, a failing photo check): the same
// generation without a kind of its own; the list's field checks it (eventkinds::validate).
#define GC_PAYLOAD_ITEM_STRUCT(Name, LIST, TABLE)                                                                              \
    struct Name {                                                                                                              \
        GC_PAYLOAD_BODY(Name, LIST, TABLE)                                                                                     \
    };

GC_PAYLOAD_ITEM_STRUCT(SurveyRowItem, GC_PAYLOAD_SURVEY_ROW, payloadfields::kSurveyRow)
GC_PAYLOAD_ITEM_STRUCT(AppliedItem, GC_PAYLOAD_APPLIED, payloadfields::kApplied)
GC_PAYLOAD_ITEM_STRUCT(PhotoProblemItem, GC_PAYLOAD_PHOTO_PROBLEM, payloadfields::kPhotoProblem)

GC_PAYLOAD_STRUCT(AssetFieldsPayload, GC_PAYLOAD_ASSET_FIELDS, EventKind::AssetCreated, payloadfields::kAssetFields)
GC_PAYLOAD_STRUCT(AssetStatusPayload, GC_PAYLOAD_ASSET_STATUS, EventKind::AssetStatus, payloadfields::kAssetStatus)
GC_PAYLOAD_STRUCT(AssetDeletedPayload, GC_PAYLOAD_ASSET_DELETED, EventKind::AssetDeleted, payloadfields::kAssetDeleted)
GC_PAYLOAD_STRUCT(PhotoAddedPayload, GC_PAYLOAD_PHOTO_ADDED, EventKind::PhotoAdded, payloadfields::kPhotoAdded)
GC_PAYLOAD_STRUCT(SurveyOpenedPayload, GC_PAYLOAD_SURVEY_OPENED, EventKind::SurveyOpened, payloadfields::kSurveyOpened)
GC_PAYLOAD_STRUCT(SurveyClosedPayload, GC_PAYLOAD_SURVEY_CLOSED, EventKind::SurveyClosed, payloadfields::kSurveyClosed)
GC_PAYLOAD_STRUCT(SurveyRowsPayload, GC_PAYLOAD_SURVEY_ROWS, EventKind::SurveyRowsSaved, payloadfields::kSurveyRows)
GC_PAYLOAD_STRUCT(SurveyReviewedPayload, GC_PAYLOAD_SURVEY_REVIEWED, EventKind::SurveyReviewed, payloadfields::kSurveyReviewed)
GC_PAYLOAD_STRUCT(UserPayload, GC_PAYLOAD_USER, EventKind::UserAdded, payloadfields::kUser)
GC_PAYLOAD_STRUCT(PlaceProposedPayload, GC_PAYLOAD_PLACE_PROPOSED, EventKind::PlaceProposed, payloadfields::kPlaceProposed)
GC_PAYLOAD_STRUCT(PlaceDecidedPayload, GC_PAYLOAD_PLACE_DECIDED, EventKind::PlaceDecided, payloadfields::kPlaceDecided)
GC_PAYLOAD_STRUCT(ConflictResolvedPayload, GC_PAYLOAD_CONFLICT_RESOLVED, EventKind::ConflictResolved, payloadfields::kConflictResolved)

namespace payloads {
// The typed struct of every kind, by kind: its field table (the very array eventkinds::find(kind)
// holds) and its round trip, checked fromJson then toJson. The fuzz target and the kind tests walk it.
struct TypedKind {
    const char *kind;
    std::span<const PayloadField> fields;
    Result<QJsonObject> (*roundTrip)(const QJsonObject &payload, const QString &kind);
};
std::span<const TypedKind> all();
const TypedKind *find(const QString &kind);
} // namespace payloads

} // namespace gc::core
