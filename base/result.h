#pragma once

#include "text.h"

#include <QString>
#include <QStringView>

#include <optional>
#include <utility>
#include <variant>

namespace gc {

// Every error code, with its wire/CLI name: programs, tests and the server's JSON read the name, so a
// name never changes once shipped. X(Enumerator, "wire_name").
#define GC_ERROR_CODES(X) \
    X(AssetNotFound, "asset_not_found") \
    X(BadEvent, "bad_event") \
    X(BadGeometry, "bad_geometry") \
    X(BadJson, "bad_json") \
    X(BadSha256, "bad_sha256") \
    X(ClockAhead, "clock_ahead") \
    X(Closed, "closed") \
    X(Conflict, "conflict") \
    X(Constraint, "constraint") \
    X(DiskFull, "disk_full") \
    X(Duplicate, "duplicate") \
    X(Empty, "empty") \
    X(EmptyPhoto, "empty_photo") \
    X(Encoding, "encoding") \
    X(ExifUnreadable, "exif_unreadable") \
    X(ExifUnwritable, "exif_unwritable") \
    X(Exists, "exists") \
    X(Font, "font") \
    X(Forbidden, "forbidden") \
    X(Gdal, "gdal") \
    X(HashMismatch, "hash_mismatch") \
    X(Insecure, "insecure") \
    X(Invalid, "invalid") \
    X(InvalidTransition, "invalid_transition") \
    X(InventoryUnreadable, "inventory_unreadable") \
    X(Io, "io") \
    X(Listen, "listen") \
    X(MarkReferenceFeatureless, "mark_reference_featureless") \
    X(MarkReferenceUnreadable, "mark_reference_unreadable") \
    X(MissingResource, "missing_resource") \
    X(NeedsOverviews, "needs_overviews") \
    X(Network, "network") \
    X(NetworkCut, "network_cut") \
    X(NewerSchema, "newer_schema") \
    X(NoAfterPhoto, "no_after_photo") \
    X(NoBands, "no_bands") \
    X(NoLayers, "no_layers") \
    X(NoPhoto, "no_photo") \
    X(NoSuchLayer, "no_such_layer") \
    X(NoTransform, "no_transform") \
    X(NotADatabase, "not_a_database") \
    X(NotAPhoto, "not_a_photo") \
    X(NotAStore, "not_a_store") \
    X(NotEmpty, "not_empty") \
    X(NotFound, "not_found") \
    X(NotGeopackage, "not_geopackage") \
    X(NotGeoreferenced, "not_georeferenced") \
    X(NotInventory, "not_inventory") \
    X(NotYourUpload, "not_your_upload") \
    X(OffsetMismatch, "offset_mismatch") \
    X(OpenFailed, "open_failed") \
    X(OtherStore, "other_store") \
    X(Outside, "outside") \
    X(PhotoConflict, "photo_conflict") \
    X(PhotoCorrupt, "photo_corrupt") \
    X(PhotoEmpty, "photo_empty") \
    X(PhotoTooLarge, "photo_too_large") \
    X(PhotoTooSmall, "photo_too_small") \
    X(PhotoTruncated, "photo_truncated") \
    X(PhotoUndecodable, "photo_undecodable") \
    X(PhotoUnreadable, "photo_unreadable") \
    X(PhotoUnsupported, "photo_unsupported") \
    X(PhotoUnusable, "photo_unusable") \
    X(Pipeline, "pipeline") \
    X(Policy, "policy") \
    X(Postgis, "postgis") \
    X(Postgres, "postgres") \
    X(PostgresConnect, "postgres_connect") \
    X(Proj, "proj") \
    X(Qr, "qr") \
    X(ReadOnly, "read_only") \
    X(Refused, "refused") \
    X(Rendition, "rendition") \
    X(SchemaPartMissing, "schema_part_missing") \
    X(Server, "server") \
    X(Sodium, "sodium") \
    X(Sqlite, "sqlite") \
    X(Tls, "tls") \
    X(TooLarge, "too_large") \
    X(TooLong, "too_long") \
    X(TooManyUploads, "too_many_uploads") \
    X(Unauthenticated, "unauthenticated") \
    X(UnknownCrs, "unknown_crs") \
    X(Unreadable, "unreadable") \
    X(Unsupported, "unsupported") \
    X(UploadBytes, "upload_bytes") \
    X(Usage, "usage") \
    X(UserExists, "user_exists") \
    X(Verify, "verify") \
    X(Warp, "warp") \
    X(WeakPassword, "weak_password") \
    X(Write, "write") \
    X(WriteFailed, "write_failed") \
    X(WrongPin, "wrong_pin")

enum class ErrorCode {
#define GC_ERROR_CODE_ENUM(e, name) e,
    GC_ERROR_CODES(GC_ERROR_CODE_ENUM)
#undef GC_ERROR_CODE_ENUM
};

#define GC_ERROR_CODE_ONE(e, name) +1
inline constexpr int kErrorCodeCount = 0 GC_ERROR_CODES(GC_ERROR_CODE_ONE);
#undef GC_ERROR_CODE_ONE

// The stable wire name ("not_found"); parseErrorCode is its inverse (nullopt for a name this build
// does not know, e.g. from a newer server).
QString codeName(ErrorCode code);
std::optional<ErrorCode> parseErrorCode(QStringView name);

// Comparing with a wire name reads as before: `error.code == QStringLiteral("network_cut")`.
inline bool operator==(ErrorCode code, QStringView name) { return codeName(code) == name; }
inline bool operator==(ErrorCode code, const QString &name) { return codeName(code) == name; }
inline bool operator==(ErrorCode code, QLatin1StringView name) { return codeName(code) == name; }

// What went wrong: `code` is stable for programs and tests, `text` names the file, row or field in words
// a clerk understands, rendered at the edge in the language the reader needs.
struct Error {
    ErrorCode code = ErrorCode::Invalid;
    Text text;
    QString message(Lang lang = Lang::Both) const { return render(text, lang); }
};

// An expected-style result: a value or an Error (C++20 has no std::expected yet).
template <typename T>
class Result {
public:
    Result(T value) : m_v(std::move(value)) {}
    Result(Error error) : m_v(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_v); }
    explicit operator bool() const { return ok(); }
    T &value() & { return std::get<T>(m_v); }
    const T &value() const & { return std::get<T>(m_v); }
    // On a temporary the value moves out, so `for (x : f().value())` cannot dangle.
    T value() && { return std::get<T>(std::move(m_v)); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T operator*() && { return std::move(*this).value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const { return std::get<Error>(m_v); }

private:
    std::variant<T, Error> m_v;
};

struct Ok {};
using VoidResult = Result<Ok>;

inline Error makeError(ErrorCode code, Text text) { return Error{code, std::move(text)}; }
// Not yet converted: a message already in both languages ("한국어 / English"), shown as it is.
inline Error makeError(ErrorCode code, QString message) { return Error{code, Text::verbatim(std::move(message))}; }

} // namespace gc
