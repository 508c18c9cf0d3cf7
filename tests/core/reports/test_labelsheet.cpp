#include "inventoryfixture.h"

#include "reports/labelsheet.h"

#include <QDir>
#include <QProcess>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/wechat_qrcode.hpp>

using namespace gc;
using namespace gc::core;
using gc::test::InventoryFixture;

TEST_CASE("a label sheet prints one scannable QR label per asset of the filter", "[labels]")
{
    InventoryFixture fx;
    std::vector<Asset> list;
    for (int i = 0; i < 30; ++i)
        list.push_back(InventoryFixture::bench(QStringLiteral("독산3동 의자 %1").arg(i + 1)));
    Asset sign = InventoryFixture::bench(QStringLiteral("표지판"));
    sign.category = QStringLiteral("sign");
    list.push_back(sign);
    REQUIRE(fx.store->addAssets(list).ok());

    AssetFilter benches;
    benches.categories = {QStringLiteral("bench")};
    const QString pdf = fx.dir.filePath(QStringLiteral("labels.pdf"));
    auto n = LabelSheet::write(*fx.store, pdf, benches);
    REQUIRE(n.ok());
    CHECK(*n == 30);

    QProcess render;
    render.start(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-png"), pdf, fx.dir.filePath(QStringLiteral("sheet"))});
    REQUIRE(render.waitForFinished(60000));
    REQUIRE(render.exitCode() == 0);
    const QStringList pages = QDir(fx.dir.path()).entryList({QStringLiteral("sheet-*.png")}, QDir::Files, QDir::Name);
    CHECK(pages.size() == 2); // 24 labels a sheet

    // The first label of the first sheet carries the lowest code; its QR code must read back as that code.
    const cv::Mat page = cv::imread(fx.dir.filePath(pages.first()).toStdString(), cv::IMREAD_COLOR);
    REQUIRE_FALSE(page.empty());
    const int labelW = int(70 / 25.4 * 150), labelH = int(37 / 25.4 * 150);
    const cv::Mat first = page(cv::Rect(0, 0, labelW, labelH + 3)).clone();
    cv::wechat_qrcode::WeChatQRCode decoder;
    const std::vector<std::string> texts = decoder.detectAndDecode(first);
    REQUIRE(texts.size() == 1);
    CHECK(QString::fromStdString(texts.front()) == list.front().code);

    AssetFilter none;
    none.statuses = {QStringLiteral("verified")};
    auto empty = LabelSheet::write(*fx.store, fx.dir.filePath(QStringLiteral("none.pdf")), none);
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().code == QStringLiteral("empty"));
}

TEST_CASE("QR images have the quiet zone and encode the text", "[labels]")
{
    const QImage img = LabelSheet::qrImage(QStringLiteral("GC-SIGN-000123"));
    REQUIRE_FALSE(img.isNull());
    CHECK(img.width() == img.height());
    CHECK(img.width() >= 21 + 8);
    CHECK(qGray(img.pixel(0, 0)) == 255);        // quiet zone
    CHECK(qGray(img.pixel(4, 4)) == 0);          // finder pattern corner
}
