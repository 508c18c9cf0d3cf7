#include "store/timeuuid.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>

#include <atomic>

namespace gc::core {

QString timeOrderedUuid(qint64 unixMs)
{
    if (unixMs < 0)
        unixMs = QDateTime::currentMSecsSinceEpoch();
    // A per-process sequence in the "rand_a" bits keeps ids from one millisecond in creation order.
    static std::atomic<quint32> sequence{QRandomGenerator::global()->generate()};
    const quint32 seq = sequence.fetch_add(1) & 0x0fff;
    QByteArray b(16, '\0');
    for (int i = 0; i < 6; ++i)
        b[i] = char((unixMs >> (8 * (5 - i))) & 0xff);
    b[6] = char(0x70 | ((seq >> 8) & 0x0f)); // version 7
    b[7] = char(seq & 0xff);
    quint64 r = QRandomGenerator::global()->generate64();
    for (int i = 8; i < 16; ++i) {
        b[i] = char(r & 0xff);
        r >>= 8;
    }
    b[8] = char((b[8] & 0x3f) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(b).toString(QUuid::WithoutBraces);
}

} // namespace gc::core
