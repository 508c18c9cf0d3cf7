#pragma once

#include "storetypes.h"

namespace gc::server {

// What a user's access is judged against (the role policy on writes, ReadScope on reads): the asset
// as the store has it now, and who owns an event, a photo or a proposal.
class AccessFacts {
public:
    virtual ~AccessFacts() = default;

    // The managing department of an asset as the store knows it now (empty if unknown).
    virtual Result<QString> assetDepartment(const QString &assetUuid) = 0;
    // What the role policy judges a write against: the asset as the store has it now (nothing if
    // unknown), whether an event is stored already (a re-sent batch is not judged again), and who
    // added a photo id first (empty if no one).
    virtual Result<std::optional<core::Asset>> asset(const QString &assetUuid) = 0;
    virtual Result<bool> hasEvent(const QString &eventId) = 0;
    virtual Result<QString> photoAddedBy(const QString &photoId) = 0;
    // Who uploaded a photo the server holds: none when it has no such photo, empty when it came in
    // before uploaders were recorded (init, an older server). A crew files only photos it uploaded.
    virtual Result<std::optional<QString>> photoUploader(const QString &sha256) = 0;
    // Who stored the first place.proposed of a proposal id (empty if no one): the proposal is theirs.
    virtual Result<QString> proposalOwner(const QString &proposalId) = 0;
    virtual Result<SurveyStanding> surveyStanding(const QString &surveyId, const QString &department) = 0;
    virtual Result<AssetHistory> assetHistory(const QString &assetUuid) = 0;
    // Every photo.added naming this file, for the photo's read scope.
    virtual Result<std::vector<PhotoUse>> photoUses(const QString &sha256) = 0;
};

} // namespace gc::server
