// Renders the stand-in brand marks in assets/brand/*.svg to the PNGs the photo checker uses as references.
// Build and run from the project root (the PNGs are committed; rerun only after editing an SVG):
//   g++ -std=c++20 -fPIC scripts/render_brand.cpp -o /tmp/render_brand $(pkg-config --cflags --libs Qt6Svg Qt6Gui)
//   QT_QPA_PLATFORM=offscreen /tmp/render_brand assets/brand
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const QDir dir(argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("assets/brand"));
    // 1000 px wide: large enough that features survive when the mark fills a frame, small enough to load fast.
    const struct { const char *svg; const char *png; int width; } jobs[] = {
        {"goodcity_mark.svg", "goodcity_mark_color.png", 1000},
        {"goodcity_mark_mono.svg", "goodcity_mark_mono.png", 1000},
        {"goodcity_mark_vertical.svg", "goodcity_mark_vertical.png", 600},
    };
    int failures = 0;
    for (const auto &job : jobs) {
        QSvgRenderer svg(dir.filePath(QString::fromLatin1(job.svg)));
        if (!svg.isValid()) {
            std::fprintf(stderr, "cannot read %s\n", job.svg);
            ++failures;
            continue;
        }
        const QSize size = svg.defaultSize().scaled(job.width, 100000, Qt::KeepAspectRatio);
        QImage img(size, QImage::Format_ARGB32_Premultiplied);
        img.fill(Qt::transparent);
        QPainter p(&img);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        svg.render(&p);
        p.end();
        if (!img.convertToFormat(QImage::Format_ARGB32).save(dir.filePath(QString::fromLatin1(job.png)))) {
            std::fprintf(stderr, "cannot write %s\n", job.png);
            ++failures;
        }
    }
    return failures ? 1 : 0;
}
