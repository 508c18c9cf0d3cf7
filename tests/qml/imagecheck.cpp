// imagecheck FILE.png WIDTH HEIGHT MIN_COLOURS: exits 0 when the screenshot has the expected size and
// is not blank (at least MIN_COLOURS distinct colours), 1 otherwise, saying why.
#include <QGuiApplication>
#include <QImage>
#include <QSet>

#include <cstdio>

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    if (argc != 5) {
        std::fprintf(stderr, "usage: imagecheck FILE.png WIDTH HEIGHT MIN_COLOURS\n");
        return 2;
    }
    const QImage img(QString::fromLocal8Bit(argv[1]));
    if (img.isNull()) {
        std::fprintf(stderr, "%s: not an image\n", argv[1]);
        return 1;
    }
    const int w = std::atoi(argv[2]), h = std::atoi(argv[3]), minColours = std::atoi(argv[4]);
    if (img.width() != w || img.height() != h) {
        std::fprintf(stderr, "%s: %dx%d, expected %dx%d\n", argv[1], img.width(), img.height(), w, h);
        return 1;
    }
    QSet<QRgb> colours;
    for (int y = 0; y < img.height(); y += 2) {
        for (int x = 0; x < img.width(); x += 2)
            colours.insert(img.pixel(x, y));
    }
    std::printf("%s: %dx%d, %lld colours\n", argv[1], w, h, qlonglong(colours.size()));
    return colours.size() >= minColours ? 0 : 1;
}
