#include "model/catalog.h"
#include "model/assetstatus.h"

#include <QLocale>

#include <QStringList>

namespace gc::core::catalog {

namespace {
const CatalogEntry kCategories[] = {
    {"vehicle", "행정차량", "administrative vehicle", "VEH"},
    {"road_facility", "도로시설물", "road facility", "ROAD"},
    {"shade_canopy", "그늘막", "shade canopy", "SHADE"},
    {"exercise_equipment", "운동기구", "exercise equipment", "EXER"},
    {"bench", "의자", "bench", "BENCH"},
    {"bulletin_board", "공공시설 게시판", "public bulletin board", "BOARD"},
    {"sign", "표지판", "sign", "SIGN"},
    {"sculpture", "홍보조형물", "promotional sculpture", "SCULP"},
    {"other", "기타", "other", "ETC"},
};

const CatalogEntry kMethods[] = {
    {"sticker", "스티커(데칼)", "sticker/decal"},
    {"plate", "명판 부착", "plate"},
    {"panel_replacement", "패널 교체", "panel replacement"},
    {"paint", "도색", "paint"},
    {"led_lettering", "LED 풋말 글자", "LED footer lettering"},
    {"banner", "현수막", "banner"},
    {"vehicle_wrap", "차량 랩핑", "vehicle wrap"},
    {"image_replacement", "이미지 교체", "image replacement"},
};

const CatalogEntry kVariants[] = {
    {"brand_mark", "도시브랜드 마크", "city brand mark"},
    {"slogan", "슬로건", "slogan"},
    {"character", "캐릭터 금나래", "character Geumnarae"},
};

QString fold(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        if (!c.isSpace() && c != QLatin1Char('_') && c != QLatin1Char('-'))
            out.append(c.toLower());
    }
    return out;
}
} // namespace

std::span<const CatalogEntry> categories() { return kCategories; }
std::span<const CatalogEntry> methods() { return kMethods; }
std::span<const CatalogEntry> statuses() { return assetStatusEntries(); }
std::span<const CatalogEntry> variants() { return kVariants; }

const CatalogEntry *find(std::span<const CatalogEntry> list, const QString &codeOrLabel)
{
    for (const auto &e : list) {
        if (codeOrLabel == QLatin1String(e.code))
            return &e;
    }
    const QString key = fold(codeOrLabel);
    if (key.isEmpty())
        return nullptr;
    for (const auto &e : list) {
        if (key == fold(QString::fromUtf8(e.code)) || key == fold(QString::fromUtf8(e.ko))
            || key == fold(QString::fromUtf8(e.en)))
            return &e;
    }
    return nullptr;
}

bool isValid(std::span<const CatalogEntry> list, const QString &code)
{
    for (const auto &e : list) {
        if (code == QLatin1String(e.code))
            return true;
    }
    return false;
}

QString label(const CatalogEntry &e, Lang lang) { return inLanguage(lang, QString::fromUtf8(e.ko), QString::fromUtf8(e.en)); }

QString label(std::span<const CatalogEntry> list, const QString &code, Lang lang)
{
    for (const auto &e : list) {
        if (code == QLatin1String(e.code))
            return label(e, lang);
    }
    return code;
}

QString labelKo(std::span<const CatalogEntry> list, const QString &code)
{
    for (const auto &e : list) {
        if (code == QLatin1String(e.code))
            return QString::fromUtf8(e.ko);
    }
    return code;
}

QString allowedValues(std::span<const CatalogEntry> list)
{
    QStringList parts;
    for (const auto &e : list)
        parts << QStringLiteral("%1 (%2)").arg(QString::fromUtf8(e.code), QString::fromUtf8(e.ko));
    return parts.join(QStringLiteral(", "));
}

} // namespace gc::core::catalog
