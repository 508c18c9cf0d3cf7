#include "mapselection.h"
#include "assetscene.h"

namespace gc::ui {

bool MapSelection::closeCard()
{
    if (m_cardFid < 0)
        return false;
    m_cardFid = -1;
    m_card.clear();
    return true;
}

MapSelection::Change MapSelection::selectOne(qint64 fid, uint32_t member)
{
    m_cardFid = fid;
    m_fids = {fid};
    m_members = {member};
    m_dirty = true;
    return {true, false};
}

MapSelection::Change MapSelection::select(const AssetScene &scene, std::vector<uint32_t> members)
{
    m_members = std::move(members);
    m_fids.clear();
    m_fids.reserve(qsizetype(m_members.size()));
    for (uint32_t m : m_members)
        m_fids << scene.fidOf(m);
    Change c{true, false};
    if (m_members.size() != 1 || scene.fidOf(m_members.front()) != m_cardFid)
        c.card = closeCard();
    m_dirty = true;
    return c;
}

MapSelection::Change MapSelection::clear()
{
    Change c;
    c.selection = !m_fids.isEmpty() || m_cardFid >= 0;
    m_cardFid = -1;
    m_fids.clear();
    m_members.clear();
    m_dirty = true;
    if (!m_card.isEmpty()) {
        m_card.clear();
        c.card = true;
    }
    return c;
}

MapSelection::Change MapSelection::rebase(const AssetScene &scene)
{
    std::vector<uint32_t> kept;
    for (const QVariant &fid : std::as_const(m_fids)) {
        const qint64 m = scene.memberOf(fid.toLongLong());
        if (m >= 0)
            kept.push_back(uint32_t(m));
    }
    const bool cardGone = m_cardFid >= 0 && scene.memberOf(m_cardFid) < 0 && closeCard();
    Change c = select(scene, std::move(kept));
    c.card = c.card || cardGone;
    return c;
}

} // namespace gc::ui
