#include "syncmessages.h"

#include "syncprotocol.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace gc::syncproto {

namespace {

// The JSON type a member is read as, for the words of a refusal.
const char *typeName(const QString &) { return "string"; }
const char *typeName(const qint64 &) { return "integer"; }
const char *typeName(const bool &) { return "boolean"; }
const char *typeName(const QJsonArray &) { return "array"; }
const char *typeName(const QJsonObject &) { return "object"; }
template <typename V> const char *typeName(const std::optional<V> &) { return typeName(V{}); }

Error fieldError(const QString &key, const char *type)
{
    return Error{ErrorCode::BadJson,
                 gc::tx(QT_TRANSLATE_NOOP("gc", "the field '%1' is missing or not of JSON type %2"), key, QString::fromLatin1(type))};
}

// Reads an object's fields into typed members; the first that is missing (when required) or of
// another JSON type is the error, and every read after it is skipped.
class Fields {
public:
    explicit Fields(const QJsonObject &o) : m_o(o) {}
    template <typename V> Fields &required(QLatin1String key, V &out) { return take(key, out, true); }
    // Absent or null: `out` keeps its default.
    template <typename V> Fields &optional(QLatin1String key, V &out) { return take(key, out, false); }
    // A list of objects, each read by `read` (Item::fromJson); its refusal is named "key[i]: …".
    template <typename Item, typename Read> Fields &list(QLatin1String key, std::vector<Item> &out, bool isRequired, Read read);
    template <typename Item> Fields &list(QLatin1String key, std::vector<Item> &out, bool isRequired)
    {
        return list(key, out, isRequired, [](const QJsonObject &o) { return Item::fromJson(o); });
    }
    // Who a session belongs to (login, me).
    Fields &account(Account &a) { return optional(key::User, a.user).optional(key::Role, a.role).optional(key::Department, a.department); }
    template <typename T> Result<T> done(T value) const
    {
        if (m_error)
            return *m_error;
        return value;
    }

private:
    template <typename V> Fields &take(QLatin1String key, V &out, bool isRequired)
    {
        if (m_error)
            return *this;
        const auto it = m_o.constFind(key);
        if (it == m_o.constEnd() || (!isRequired && it->isNull())) {
            if (isRequired)
                m_error = fieldError(key, typeName(out));
            return *this;
        }
        if (!core::payload::take(*it, out))
            m_error = fieldError(key, typeName(out));
        return *this;
    }

    const QJsonObject &m_o;
    std::optional<Error> m_error;
};

template <typename Item, typename Read> Fields &Fields::list(QLatin1String key, std::vector<Item> &out, bool isRequired, Read read)
{
    QJsonArray array;
    take(key, array, isRequired);
    if (m_error)
        return *this;
    out.clear();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("%1[%2]").arg(key).arg(i);
        if (!array[i].isObject()) {
            m_error = fieldError(where, "object");
            return *this;
        }
        Result<Item> item = read(array[i].toObject());
        if (!item) {
            m_error = Error{item.error().code, gc::tx("%1: %2", where, item.error().text)};
            return *this;
        }
        out.push_back(std::move(*item));
    }
    return *this;
}

template <typename Item> QJsonArray toArray(const std::vector<Item> &items)
{
    QJsonArray a;
    for (const Item &i : items)
        a.append(i.toJson());
    return a;
}

// The account's fields beside the rest of a body.
QJsonObject withAccount(const Account &a, QJsonObject o)
{
    o.insert(key::User, a.user);
    o.insert(key::Role, a.role);
    if (a.department)
        o.insert(key::Department, *a.department);
    return o;
}

} // namespace

Result<QJsonObject> parseObject(const QByteArray &body)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return Error{ErrorCode::BadJson, gc::tx(QT_TRANSLATE_NOOP("gc", "the body is not a JSON object: %1"), pe.errorString())};
    return doc.object();
}

QByteArray compact(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

QJsonObject LoginRequest::toJson() const { return {{key::User, user}, {key::Password, password}}; }

Result<LoginRequest> LoginRequest::fromJson(const QJsonObject &o)
{
    LoginRequest r;
    // No password reads as an empty one, which matches none.
    return Fields(o).required(key::User, r.user).optional(key::Password, r.password).done(r);
}

QJsonObject LoginReply::toJson() const
{
    return withAccount(account, {{key::Token, token}, {key::ExpiresAt, expiresAt}, {key::StoreId, storeId}});
}

Result<LoginReply> LoginReply::fromJson(const QJsonObject &o)
{
    LoginReply r;
    return Fields(o).account(r.account).required(key::Token, r.token).optional(key::ExpiresAt, r.expiresAt).optional(key::StoreId, r.storeId).done(r);
}

QJsonObject MeReply::toJson() const
{
    return withAccount(account, {{key::StoreId, storeId}, {key::ServerTime, serverTime}, {key::MaxClockAheadMs, maxClockAheadMs}});
}

Result<MeReply> MeReply::fromJson(const QJsonObject &o)
{
    MeReply r;
    return Fields(o)
        .account(r.account)
        .required(key::StoreId, r.storeId)
        .optional(key::ServerTime, r.serverTime)
        .optional(key::MaxClockAheadMs, r.maxClockAheadMs)
        .done(r);
}

QJsonObject UnlockRequest::toJson() const { return {{key::User, user}}; }

Result<UnlockRequest> UnlockRequest::fromJson(const QJsonObject &o)
{
    UnlockRequest r;
    return Fields(o).required(key::User, r.user).done(r);
}

QJsonObject UnlockReply::toJson() const { return {{key::Unlocked, unlocked}}; }

Result<UnlockReply> UnlockReply::fromJson(const QJsonObject &o)
{
    UnlockReply r;
    return Fields(o).required(key::Unlocked, r.unlocked).done(r);
}

QJsonObject LogoutReply::toJson() const { return {{key::LoggedOut, loggedOut}}; }

Result<LogoutReply> LogoutReply::fromJson(const QJsonObject &o)
{
    LogoutReply r;
    return Fields(o).required(key::LoggedOut, r.loggedOut).done(r);
}

QJsonObject HealthReply::toJson() const { return {{key::Ok, ok}, {key::StoreId, storeId}}; }

Result<HealthReply> HealthReply::fromJson(const QJsonObject &o)
{
    HealthReply r;
    return Fields(o).required(key::Ok, r.ok).optional(key::StoreId, r.storeId).done(r);
}

QJsonObject PushRequest::toJson() const { return {{key::Device, device}, {key::BaseCursor, baseCursor}, {key::Events, events}}; }

Result<PushRequest> PushRequest::fromJson(const QJsonObject &o)
{
    PushRequest r;
    return Fields(o).optional(key::Device, r.device).optional(key::BaseCursor, r.baseCursor).optional(key::Events, r.events).done(r);
}

QJsonObject PushReply::toJson() const
{
    return {{key::Acknowledged, QJsonArray::fromStringList(acknowledged)},
            {key::Added, added},
            {key::Duplicates, duplicates},
            {key::Conflicts, conflicts},
            {key::Cursor, cursor},
            {key::StoreId, storeId}};
}

Result<PushReply> PushReply::fromJson(const QJsonObject &o)
{
    PushReply r;
    QJsonArray acked;
    Fields f(o);
    f.required(key::Acknowledged, acked)
        .optional(key::Added, r.added)
        .optional(key::Duplicates, r.duplicates)
        .optional(key::Conflicts, r.conflicts)
        .optional(key::Cursor, r.cursor)
        .optional(key::StoreId, r.storeId);
    if (auto ok = f.done(true); !ok)
        return ok.error();
    for (qsizetype i = 0; i < acked.size(); ++i) {
        if (!acked[i].isString())
            return fieldError(QStringLiteral("%1[%2]").arg(key::Acknowledged).arg(i), "string");
        r.acknowledged << acked[i].toString();
    }
    return r;
}

QJsonObject PullReply::toJson() const { return {{key::Events, events}, {key::Cursor, cursor}, {key::More, more}, {key::StoreId, storeId}}; }

Result<PullReply> PullReply::fromJson(const QJsonObject &o)
{
    PullReply r;
    return Fields(o)
        .required(key::Events, r.events)
        .required(key::Cursor, r.cursor)
        .optional(key::More, r.more)
        .optional(key::StoreId, r.storeId)
        .done(r);
}

QJsonObject PhotoUploadState::toJson() const { return {{key::Received, received}, {key::Complete, complete}}; }

Result<PhotoUploadState> PhotoUploadState::fromJson(const QJsonObject &o)
{
    PhotoUploadState r;
    return Fields(o).required(key::Received, r.received).required(key::Complete, r.complete).done(r);
}

QJsonObject ConflictEntry::toJson() const
{
    return {{key::AssetUuid, assetUuid}, {key::EventId, eventId}, {key::OtherEventId, otherEventId}, {key::DetectedAt, detectedAt}};
}

Result<ConflictEntry> ConflictEntry::fromJson(const QJsonObject &o)
{
    ConflictEntry r;
    return Fields(o)
        .required(key::AssetUuid, r.assetUuid)
        .required(key::EventId, r.eventId)
        .required(key::OtherEventId, r.otherEventId)
        .optional(key::DetectedAt, r.detectedAt)
        .done(r);
}

QJsonObject ConflictsReply::toJson() const { return {{key::Conflicts, toArray(conflicts)}}; }

Result<ConflictsReply> ConflictsReply::fromJson(const QJsonObject &o)
{
    ConflictsReply r;
    return Fields(o).list(key::Conflicts, r.conflicts, true).done(r);
}

QJsonArray toJsonArray(const std::vector<core::PhotoProblemItem> &problems) { return toArray(problems); }

QJsonObject PhotoVerdictEntry::toJson() const
{
    QJsonObject o{{key::Sha256, sha256},
                  {key::AssetUuid, assetUuid},
                  {key::Slot, slot},
                  {key::DeviceVerdict, deviceVerdict},
                  {key::ServerVerdict, serverVerdict.isEmpty() ? QJsonValue() : QJsonValue(serverVerdict)},
                  {key::State, state},
                  {key::Disagree, disagree},
                  {key::TakenAt, takenAt},
                  {key::OccurredAt, occurredAt},
                  {key::CheckedAt, checkedAt}};
    if (result) {
        o.insert(key::CheckResult, *result);
        o.insert(key::Problems, toJsonArray(problems));
    }
    return o;
}

namespace {
// A failing check as the verdict lists it: an object with at least its check's id.
Result<core::PhotoProblemItem> readProblem(const QJsonObject &o)
{
    QString check;
    if (auto f = Fields(o).required(QLatin1String(core::PhotoProblemItem::Key::check), check).done(true); !f)
        return f.error();
    return core::PhotoProblemItem::read(o);
}
} // namespace

Result<PhotoVerdictEntry> PhotoVerdictEntry::fromJson(const QJsonObject &o)
{
    PhotoVerdictEntry r;
    Fields f(o);
    f.required(key::Sha256, r.sha256)
        .optional(key::AssetUuid, r.assetUuid)
        .optional(key::Slot, r.slot)
        .optional(key::DeviceVerdict, r.deviceVerdict)
        .optional(key::ServerVerdict, r.serverVerdict)
        .optional(key::State, r.state)
        .optional(key::Disagree, r.disagree)
        .optional(key::TakenAt, r.takenAt)
        .optional(key::OccurredAt, r.occurredAt)
        .optional(key::CheckedAt, r.checkedAt)
        .optional(key::CheckResult, r.result)
        .list(key::Problems, r.problems, false, readProblem);
    return f.done(r);
}

QJsonObject VerdictsReply::toJson() const { return {{key::Disagreements, toArray(disagreements)}}; }

Result<VerdictsReply> VerdictsReply::fromJson(const QJsonObject &o)
{
    VerdictsReply r;
    return Fields(o).list(key::Disagreements, r.disagreements, true).done(r);
}

QJsonObject ErrorReply::toJson() const
{
    QJsonObject o{{key::Error, error}, {key::Message, message}};
    if (upload) {
        o.insert(key::Received, upload->received);
        o.insert(key::Complete, upload->complete);
    }
    return o;
}

Result<ErrorReply> ErrorReply::fromJson(const QJsonObject &o)
{
    ErrorReply r;
    Fields f(o);
    f.required(key::Error, r.error).required(key::Message, r.message);
    if (auto ok = f.done(true); !ok)
        return ok.error();
    if (o.contains(key::Received) || o.contains(key::Complete)) {
        auto held = PhotoUploadState::fromJson(o);
        if (!held)
            return held.error();
        r.upload = *held;
    }
    return r;
}

} // namespace gc::syncproto
