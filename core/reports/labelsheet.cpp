#include "reports/labelsheet.h"
#include "text.h"
#include "store/filteredrows.h"
#include "store/assetstore.h"
#include "model/catalog.h"
#include "reports/progressreport.h"
#include "store/sqlitedb.h"
#include "store/statement.h"
#include "store/storeaccess.h"

#include <QFile>
#include <QPainter>
#include <QPdfWriter>

#include <qrencode.h>

#include <memory>

namespace gc::core {

namespace {
struct QrDeleter {
    void operator()(QRcode *c) const { QRcode_free(c); }
};

// Sheet geometry in millimetres (A4, 3 × 8 labels of 70 × 37 mm, no gaps: Avery 3474 and its kin).
constexpr double kLabelW = 70, kLabelH = 37, kTop = (297 - 8 * kLabelH) / 2;
constexpr int kQuiet = 4;
} // namespace

QImage LabelSheet::qrImage(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::unique_ptr<QRcode, QrDeleter> code(QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1));
    if (!code)
        return {};
    const int n = code->width, size = n + 2 * kQuiet;
    QImage img(size, size, QImage::Format_Mono);
    img.fill(1); // index 1 is white below
    img.setColor(0, qRgb(0, 0, 0));
    img.setColor(1, qRgb(255, 255, 255));
    for (int y = 0; y < n; ++y) {
        for (int x = 0; x < n; ++x) {
            if (code->data[y * n + x] & 1)
                img.setPixel(x + kQuiet, y + kQuiet, 0);
        }
    }
    return img;
}

Result<qint64> LabelSheet::write(const AssetStore &store, const QString &out, const AssetFilter &filter,
                                 const std::function<void(qint64, qint64)> &progress)
{
    const QString family = ProgressReport::koreanFontFamily();
    if (family.isEmpty())
        return makeError(ErrorCode::Font, gc::tx(QT_TRANSLATE_NOOP("gc", "the Korean font NanumGothic is missing; install fonts-nanum")));
    auto selected = FilteredRows::select(store, filter,
                                         QStringLiteral("a.code, a.name, a.category, coalesce(d.name_ko, ''), coalesce(a.plate_number, '')"),
                                         QStringLiteral("a.code"));
    if (!selected)
        return selected.error();
    const qint64 total = selected->total;
    Statement *rows = &selected->rows;
    if (total == 0)
        return makeError(ErrorCode::Empty, gc::tx("%1: %2", out, gc::tx(QT_TRANSLATE_NOOP("gc", "no assets match the filter; no labels were made"), out)));

    const QString part = out + QStringLiteral(".part");
    qint64 done = 0;
    {
        QPdfWriter writer(part);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(300);
        writer.setTitle(gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "asset labels")), gc::Lang::Both));
        writer.setCreator(QStringLiteral("goodcity"));
        QPainter p;
        if (!p.begin(&writer))
            return makeError(ErrorCode::Io, gc::tx("%1: %2", out, gc::tx(QT_TRANSLATE_NOOP("gc", "cannot create the PDF"), out)));
        const double mm = 300 / 25.4;
        const double left = (210 - kColumns * kLabelW) / 2;
        auto font = [&](double pt, bool bold) {
            QFont f(family);
            f.setPointSizeF(pt);
            f.setBold(bold);
            p.setFont(f);
        };
        while (rows->step()) {
            const int slot = int(done % (kColumns * kRows));
            if (slot == 0 && done > 0)
                writer.newPage();
            const QRectF cell((left + (slot % kColumns) * kLabelW) * mm, (kTop + (slot / kColumns) * kLabelH) * mm, kLabelW * mm, kLabelH * mm);
            const QString code = rows->toText(0);
            const QImage qr = qrImage(code);
            if (qr.isNull())
                return makeError(ErrorCode::Qr, gc::tx("%1: %2", code, gc::tx(QT_TRANSLATE_NOOP("gc", "cannot encode the QR code"), code)));
            const double qrSide = 29 * mm;
            const QRectF qrRect(cell.left() + 3 * mm, cell.top() + 4 * mm, qrSide, qrSide);
            p.drawImage(qrRect, qr); // scaled without smoothing: modules stay sharp
            const QRectF text(qrRect.right() + 2 * mm, cell.top() + 4 * mm, cell.right() - qrRect.right() - 5 * mm, cell.height() - 8 * mm);
            p.setPen(Qt::black);
            font(8.5, true);
            p.drawText(QRectF(text.left(), text.top(), text.width(), 5 * mm), Qt::AlignLeft | Qt::AlignVCenter, code);
            font(7.5, false);
            const QString name = p.fontMetrics().elidedText(rows->toText(1), Qt::ElideRight, int(text.width() * 2));
            p.drawText(QRectF(text.left(), text.top() + 6 * mm, text.width(), 10 * mm), Qt::AlignLeft | Qt::TextWordWrap, name);
            font(6.5, false);
            p.setPen(QColor(0x55, 0x55, 0x55));
            const QString place = rows->toText(3).isEmpty() ? rows->toText(4) : rows->toText(3);
            p.drawText(QRectF(text.left(), text.bottom() - 9 * mm, text.width(), 4 * mm), Qt::AlignLeft,
                       catalog::labelKo(catalog::categories(), rows->toText(2)));
            p.drawText(QRectF(text.left(), text.bottom() - 4.5 * mm, text.width(), 4 * mm), Qt::AlignLeft, place);
            p.setPen(QPen(QColor(0xcc, 0xcc, 0xcc), 0.2 * mm, Qt::DotLine));
            p.setBrush(Qt::NoBrush);
            p.drawRect(cell); // cutting guide for plain paper
            ++done;
            if (progress && (done % 240 == 0 || done == total))
                progress(done, total);
        }
        if (rows->failed())
            return makeError(ErrorCode::Sqlite, rows->error());
        if (!p.end())
            return makeError(ErrorCode::Io, gc::tx("%1: %2", out, gc::tx(QT_TRANSLATE_NOOP("gc", "could not write the PDF"), out)));
    }
    QFile::remove(out);
    if (!QFile::rename(part, out))
        return makeError(ErrorCode::Io, gc::tx("%1: %2", out, gc::tx(QT_TRANSLATE_NOOP("gc", "cannot write the file"), out)));
    return done;
}

} // namespace gc::core
