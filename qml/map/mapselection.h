#pragma once

#include <QVariantList>
#include <QVariantMap>

#include <cstdint>
#include <utility>
#include <vector>

namespace gc::ui {

struct AssetScene;

// Which assets are selected: as members of the current scene (what the asset node highlights), as
// fids (what QML sees), and the one asset whose card is open. Each change says what it changed, so
// the map item emits only the signals that apply.
class MapSelection {
public:
    struct Change {
        bool selection = false; // the selected set
        bool card = false;      // the open card (selectedAsset)
    };

    const QVariantList &fids() const { return m_fids; }
    const std::vector<uint32_t> &members() const { return m_members; }
    // The one asset whose card is open, or -1.
    qint64 cardFid() const { return m_cardFid; }
    const QVariantMap &card() const { return m_card; }

    // One asset, whose card opens when its details arrive (setCard).
    Change selectOne(qint64 fid, uint32_t member);
    // Members of `scene` (a box or lasso); the card stays open only if it is the one selected asset.
    Change select(const AssetScene &scene, std::vector<uint32_t> members);
    Change clear();
    // `scene` replaced the scene the selection was made in: keeps the assets it still shows.
    Change rebase(const AssetScene &scene);
    void setCard(QVariantMap details) { m_card = std::move(details); }

    // Whether the highlight must be redrawn since the last call.
    bool takeDirty() { return std::exchange(m_dirty, false); }

private:
    bool closeCard();

    QVariantList m_fids;
    std::vector<uint32_t> m_members;
    qint64 m_cardFid = -1;
    QVariantMap m_card;
    bool m_dirty = false;
};

} // namespace gc::ui
