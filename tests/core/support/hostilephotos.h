#pragma once

#include <QByteArray>

namespace gc::test {

// Files that claim to be photos, made the way an attacker would (W3.5).
// gzip data of an SVG document of about `inflatedBytes` bytes: Qt's SVG image plugin reads any gzip
// data as svgz and inflates all of it. At zlib's best compression 1 GB is about 1 MB.
QByteArray svgzBomb(qint64 inflatedBytes);
// A PNG whose IHDR says `width`×`height`: whole up to 64×64, beyond that one short row of data.
QByteArray pngClaiming(quint32 width, quint32 height);
// A complete JPEG (a real 16×16 picture) whose frame header says `width`×`height` (at most 65535).
QByteArray jpegClaiming(int width, int height);
// A real progressive JPEG of `width`×`height` whose last scan (with the tables before it) is repeated
// `extraScans` more times before its end: small on disk, each scan decoded over the whole picture
// (an attack pass stalled the server's photo judge for minutes with one).
QByteArray jpegScanBomb(int width, int height, int extraScans);

} // namespace gc::test
