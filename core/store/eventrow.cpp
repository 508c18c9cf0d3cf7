#include "store/eventrow.h"
#include "store/statement.h"

#include <QJsonDocument>

namespace gc::core::eventrow {

Event fromRow(const Statement &st)
{
    Event e;
    e.id = st.toText(0);
    e.hlc = st.toText(1);
    e.time = st.toText(2);
    e.actor = st.toText(3);
    e.device = st.toText(4);
    e.kind = st.toText(5);
    e.assetUuid = st.toText(6);
    e.payload = QJsonDocument::fromJson(st.toBlob(7)).object();
    return e;
}

} // namespace gc::core::eventrow
