#pragma once

#include <QByteArray>

namespace gc::test {

// Files that claim to be photos, made the way an attacker would (W3.5).
// gzip data of an SVG document of about `inflatedBytes` bytes: Qt's SVG image plugin reads any gzip
// data as svgz and inflates all of it. At zlib's best compression 1 GB is about 1 MB.
QByteArray svgzBomb(qint64 inflatedBytes);
// A small, complete PNG whose IHDR says `width`×`height`.
QByteArray pngClaiming(quint32 width, quint32 height);
// A complete JPEG (a real 16×16 picture) whose frame header says `width`×`height` (at most 65535).
QByteArray jpegClaiming(int width, int height);

} // namespace gc::test
