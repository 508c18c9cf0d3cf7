#include "readscope.h"

#include "rolepolicy.h"

#include "model/payloads.h"

namespace gc::server {

namespace {
bool startsWith(const QString &kind, const char *prefix) { return kind.startsWith(QLatin1String(prefix)); }
} // namespace

Result<bool> ReadScope::ownAsset(const QString &assetUuid)
{
    auto it = m_own.find(assetUuid);
    if (it == m_own.end()) {
        auto d = m_store.assetDepartment(assetUuid);
        if (!d)
            return d.error();
        it = m_own.emplace(assetUuid, !m_user.department.isEmpty() && *d == m_user.department).first;
    }
    return it->second;
}

Result<std::optional<core::Event>> ReadScope::visible(const core::Event &e)
{
    if (m_user.role == Role::Admin || m_user.role == Role::Office)
        return std::optional<core::Event>(e);
    const bool userEvent = e.kind == QLatin1String(core::EventKind::UserAdded) || e.kind == QLatin1String(core::EventKind::UserUpdated);
    if (m_user.role == Role::Crew) {
        if (startsWith(e.kind, "survey."))
            return std::optional<core::Event>();
        if (userEvent) {
            core::UserPayload user = core::UserPayload::read(e.payload);
            if (core::payload::given(user.pinHash, user.extra, core::UserPayload::Key::pinHash)) {
                user.pinHash = QLatin1String(kWithheldPin);
                core::Event out = e;
                out.payload = user.toJson();
                return std::optional<core::Event>(out);
            }
        }
        return std::optional<core::Event>(e);
    }
    // Role::Department
    if (startsWith(e.kind, "survey.")) {
        // A sheet's and a review's department (the campaign's own events name none).
        const QString dept = core::SurveyRowsPayload::read(e.payload).department;
        const bool campaign = e.kind == QLatin1String(core::EventKind::SurveyOpened) || e.kind == QLatin1String(core::EventKind::SurveyClosed);
        return campaign || (!m_user.department.isEmpty() && dept == m_user.department) ? std::optional<core::Event>(e)
                                                                                        : std::optional<core::Event>();
    }
    if (e.assetUuid.isEmpty()) // crews, proposals, places: the field's and the office's business
        return std::optional<core::Event>();
    auto own = ownAsset(e.assetUuid);
    if (!own)
        return own.error();
    return *own ? std::optional<core::Event>(e) : std::optional<core::Event>();
}

bool ReadScope::filedByUploader(const PhotoUse &use, const std::optional<QString> &uploader)
{
    // A photo.added names a sha256 before any file may exist: filed by one crew ahead of the upload,
    // the photo another crew uploads later would open to the first (an outside pass). Only a filing
    // by the photo's uploader, or by the office, gives read access; a photo with no recorded
    // uploader (history loaded by `init`, an older server) goes by its filings as before.
    // An office device sends every author's photos and changes, so an upload by the office (or a
    // filing by it) counts for whoever filed it.
    if (!uploader || uploader->isEmpty() || use.addedBy == *uploader)
        return true;
    return trusted(*uploader) || trusted(use.addedBy);
}

bool ReadScope::trusted(const QString &name)
{
    if (!m_accounts)
        return false;
    auto u = m_accounts->user(name);
    return u && *u && ((*u)->role == Role::Office || (*u)->role == Role::Admin);
}

Result<bool> ReadScope::mayReadPhoto(const QString &sha256)
{
    if (m_user.role == Role::Admin || m_user.role == Role::Office)
        return true;
    auto uses = m_store.photoUses(sha256);
    if (!uses)
        return uses.error();
    auto uploader = m_store.photoUploader(sha256);
    if (!uploader)
        return uploader.error();
    for (const PhotoUse &use : *uses) {
        if (!filedByUploader(use, *uploader))
            continue;
        if (m_user.role == Role::Crew) {
            if (use.addedBy == m_user.name || use.assetUuid.isEmpty()) // its own, or a proposed place's (crews read proposals)
                return true;
            auto a = m_store.asset(use.assetUuid);
            if (!a)
                return a.error();
            if (*a && (*a)->assignee == RolePolicy::crewOf(m_user))
                return true;
        } else if (!use.assetUuid.isEmpty()) {
            auto own = ownAsset(use.assetUuid);
            if (!own)
                return own.error();
            if (*own)
                return true;
        }
    }
    return false;
}

} // namespace gc::server
