#include "survey/surveysheet.h"
#include "store/donglayer.h"
#include "text.h"
#include "store/assetstore.h"
#include "model/assetstatus.h"
#include "model/catalog.h"
#include "crstransform.h"
#include "featurewriter.h"
#include "model/donglocator.h"
#include "store/schema.h"
#include "store/sqlitedb.h"
#include "store/statement.h"
#include "survey/surveydesk.h"
#include "store/storeaccess.h"
#include "tabularsource.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <map>
#include <optional>

namespace gc::core {

namespace {

const SurveySheet::Column kColumns[] = {
    {"asset_code", "코드", "code", "인벤토리 코드. 새 시설물은 비워 두세요 / inventory code; empty for a new facility"},
    {"category", "분류", "category", "시설물 분류 / facility category"},
    {"name", "명칭", "name", "시설물 이름 / facility name"},
    {"needed", "필요여부", "needed", "필요 또는 불필요 / needed or not needed"},
    {"mark_count", "부착수량", "number of marks", "필요한 마크 수(1~1000) / marks needed (1-1000)"},
    {"method", "부착방식", "attachment method", "부착 방법 / how the mark is attached"},
    {"mark_size", "규격", "mark size", "가로x세로 mm, 예: 600x200 / width x height in mm"},
    {"variant", "디자인", "design variant", "디자인 종류 / design variant"},
    {"address", "주소", "address", "지번 또는 도로명 주소 / lot or road address"},
    {"x", "X좌표", "x", "EPSG:5186 X(m) 또는 경도 / EPSG:5186 x in metres, or longitude"},
    {"y", "Y좌표", "y", "EPSG:5186 Y(m) 또는 위도 / EPSG:5186 y in metres, or latitude"},
    {"photo", "사진", "photo", "현재 모습 사진 파일 이름(이 파일과 같은 폴더) / photo file name, in the same folder as this sheet"},
    {"note", "비고", "note", "메모 / note"},
};

// Header → row key: our Korean headers, the keys, English labels and a few common aliases.
QString keyFor(const QString &header)
{
    const QString h = header.trimmed().toLower().remove(QLatin1Char(' '));
    for (const auto &c : kColumns) {
        if (h == QString::fromUtf8(c.ko).toLower() || h == QLatin1String(c.key) || h == QString::fromUtf8(c.en).remove(QLatin1Char(' ')))
            return QLatin1String(c.key);
    }
    static const std::map<QString, QString> aliases{
        {QStringLiteral("code"), QStringLiteral("asset_code")}, {QStringLiteral("자산코드"), QStringLiteral("asset_code")},
        {QStringLiteral("필요"), QStringLiteral("needed")},       {QStringLiteral("수량"), QStringLiteral("mark_count")},
        {QStringLiteral("경도"), QStringLiteral("x")},            {QStringLiteral("lon"), QStringLiteral("x")},
        {QStringLiteral("위도"), QStringLiteral("y")},            {QStringLiteral("lat"), QStringLiteral("y")},
        {QStringLiteral("notes"), QStringLiteral("note")},       {QStringLiteral("지번주소"), QStringLiteral("address")},
        {QStringLiteral("도로명주소"), QStringLiteral("address")}, {QStringLiteral("현재사진"), QStringLiteral("photo")},
    };
    const auto it = aliases.find(h);
    return it == aliases.end() ? QString() : it->second;
}

const SurveySheet::Column *columnOf(const QString &key)
{
    for (const auto &c : kColumns) {
        if (key == QLatin1String(c.key))
            return &c;
    }
    return nullptr;
}

std::optional<bool> parseNeeded(const QString &v)
{
    const QString s = v.trimmed().toLower();
    static const QStringList yes{QStringLiteral("필요"), QStringLiteral("예"), QStringLiteral("y"), QStringLiteral("yes"), QStringLiteral("o"),
                                 QStringLiteral("1"), QStringLiteral("true"), QStringLiteral("needed")};
    static const QStringList no{QStringLiteral("불필요"), QStringLiteral("아니오"), QStringLiteral("n"), QStringLiteral("no"), QStringLiteral("x"),
                                QStringLiteral("0"), QStringLiteral("false"), QStringLiteral("not needed")};
    if (yes.contains(s))
        return true;
    if (no.contains(s))
        return false;
    return std::nullopt;
}

QString labels(std::span<const CatalogEntry> list, const QStringList &scope)
{
    QStringList out;
    for (const auto &e : list) {
        if (scope.isEmpty() || scope.contains(QLatin1String(e.code)))
            out << QString::fromUtf8(e.ko);
    }
    return out.join(QStringLiteral(", "));
}

} // namespace

std::span<const SurveySheet::Column> SurveySheet::columns() { return kColumns; }

namespace {

// The sheet's rows: the department's saved answer, or else its inventory facilities in scope.
Result<std::vector<SurveyRow>> templateRows(const AssetStore &store, const SurveyCampaign &campaign, const QString &department)
{
    SurveyDesk desk(const_cast<AssetStore &>(store)); // reads only
    if (auto saved = desk.rows(campaign.surveyId, department); saved && !saved->empty())
        return *saved;
    auto blank = desk.blankRows(campaign, department);
    if (!blank)
        return blank.error();
    for (SurveyRow &r : *blank) {
        r.needed = false;
        r.markCount = -1; // left blank: the department decides
    }
    return std::move(*blank);
}

bool writeSheetRows(geo::FeatureWriter &file, int sheet, const std::vector<SurveyRow> &rows)
{
    using T = geo::FeatureWriter::Type;
    std::vector<geo::FeatureWriter::Column> columns;
    for (const auto &c : kColumns) {
        const QString key = QLatin1String(c.key);
        const T type = key == QLatin1String("x") || key == QLatin1String("y") ? T::Real
                       : key == QLatin1String("mark_count")                   ? T::Integer
                                                                              : T::Text;
        columns.push_back({QString::fromUtf8(c.ko), type});
    }
    file.addColumns(sheet, columns);
    const bool blankNeeded = rows.empty() || rows.front().rowId.isEmpty();
    for (const SurveyRow &r : rows) {
        std::vector<QVariant> f(columns.size());
        QVariant unknown; // a header not among the columns is not written, as GDAL ignores an unknown field name
        auto at = [&](const char *ko) -> QVariant & {
            for (size_t i = 0; i < columns.size(); ++i) {
                if (columns[i].name == QString::fromUtf8(ko))
                    return f[i];
            }
            return unknown;
        };
        auto set = [&](const char *ko, const QString &v) {
            if (!v.isEmpty())
                at(ko) = v;
        };
        set("코드", r.assetCode);
        set("분류", catalog::labelKo(catalog::categories(), r.category));
        set("명칭", r.name);
        if (!blankNeeded)
            set("필요여부", r.needed ? QStringLiteral("필요") : QStringLiteral("불필요"));
        if (r.markCount >= 0)
            at("부착수량") = r.markCount;
        set("부착방식", r.method.isEmpty() ? QString() : catalog::labelKo(catalog::methods(), r.method));
        set("규격", r.markSize);
        set("디자인", r.variant.isEmpty() ? QString() : catalog::labelKo(catalog::variants(), r.variant));
        set("주소", r.address);
        if (r.hasLocation) {
            at("X좌표") = std::round(r.x * 100) / 100;
            at("Y좌표") = std::round(r.y * 100) / 100;
        }
        set("비고", r.note);
        if (!file.write(sheet, f))
            return false;
    }
    return true;
}

// The second sheet: the survey, then each column with what to write and the values allowed.
bool writeGuide(geo::FeatureWriter &file, int guide, const SurveyCampaign &campaign, const QString &department)
{
    file.addColumns(guide, {{QStringLiteral("열")}, {QStringLiteral("설명")}, {QStringLiteral("허용값")}});
    auto guideRow = [&](const QString &column, const QString &help, const QString &allowed) {
        return file.write(guide, {column, help, allowed});
    };
    bool ok = guideRow(QStringLiteral("조사"), QStringLiteral("%1 — %2 / department: %2").arg(campaign.title, department),
                       render(tx(QT_TRANSLATE_NOOP("gc", "deadline %1"), campaign.deadline), Lang::Both));
    for (const auto &c : kColumns) {
        const QString key = QLatin1String(c.key);
        QString allowed;
        if (key == QLatin1String("category"))
            allowed = labels(catalog::categories(), campaign.categories);
        else if (key == QLatin1String("method"))
            allowed = labels(catalog::methods(), {});
        else if (key == QLatin1String("variant"))
            allowed = labels(catalog::variants(), campaign.variants);
        else if (key == QLatin1String("needed"))
            allowed = QStringLiteral("필요, 불필요 (Y/N)");
        ok = ok && guideRow(QString::fromUtf8(c.ko), QString::fromUtf8(c.help), allowed);
    }
    return ok;
}

} // namespace

VoidResult SurveySheet::writeTemplate(const AssetStore &store, const SurveyCampaign &campaign, const QString &department,
                                      const QString &outPath)
{
    if (department.trimmed().isEmpty())
        return makeError(ErrorCode::Usage, tx(QT_TRANSLATE_NOOP("gc", "name the department")));
    auto rows = templateRows(store, campaign, department);
    if (!rows)
        return rows.error();

    if (!geo::FeatureWriter::hasDriver("XLSX"))
        return makeError(ErrorCode::Io, tx(QT_TRANSLATE_NOOP("gc", "GDAL has no XLSX driver")));
    QFile::remove(outPath);
    geo::FeatureWriter file;
    if (!file.create(outPath, "XLSX"))
        return makeError(ErrorCode::Io, tx("%1: %2 (%3)", outPath, tx(QT_TRANSLATE_NOOP("gc", "cannot create the file")), file.lastMessage()));
    const int sheet = file.addLayer({QStringLiteral("수요조사")});
    const int guide = file.addLayer({QStringLiteral("입력안내")});
    if (sheet < 0 || guide < 0 || !writeSheetRows(file, sheet, *rows) || !writeGuide(file, guide, campaign, department))
        return makeError(ErrorCode::Io, QStringLiteral("%1: %2").arg(outPath, file.lastMessage()));
    file.close(); // writes the file
    if (!QFileInfo::exists(outPath))
        return makeError(ErrorCode::Io, tx("%1: %2 (%3)", outPath, tx(QT_TRANSLATE_NOOP("gc", "the file was not written")), file.lastMessage()));
    return Ok{};
}

namespace {

Result<int> surveyLayer(geo::TabularSource &src, const QString &path)
{
    std::optional<int> layer = src.layerIndex(QStringLiteral("수요조사"));
    if (!layer && src.layerCount() > 0)
        layer = 0;
    if (!layer)
        return makeError(ErrorCode::Io, tx("%1: %2", path, tx(QT_TRANSLATE_NOOP("gc", "not a spreadsheet GDAL can read"))));
    return *layer;
}

VoidResult checkRequiredColumns(const geo::TabularSource::Columns &columns, const QString &path)
{
    for (const char *required : {"category", "needed"}) {
        if (!columns.has(QLatin1String(required)) && !(QLatin1String(required) == QLatin1String("category") && columns.has(QStringLiteral("asset_code"))))
            return makeError(ErrorCode::Usage, tx("%1: %2", path, tx(QT_TRANSLATE_NOOP("gc", "no '%2' column; keep the template's header row"),
                                                                  QString::fromUtf8(columnOf(QLatin1String(required))->ko), QLatin1String(required))));
    }
    return Ok{};
}

// One sheet row as written, before it is parsed and checked.
struct SheetCells {
    SurveyRow row;
    QString photo, neededText, countText;
    std::optional<double> x, y;
};

// Reads the sheet's rows one at a time, reporting each bad cell under its column.
class SheetReader {
public:
    SheetReader(const geo::TabularSource::Columns &columns, SurveySheet::Report &report, const SurveyDesk &desk,
                const SurveyCampaign &campaign, const DongLocator &dongs, const QDir &folder)
        : m_columns(columns), m_report(report), m_desk(desk), m_campaign(campaign), m_dongs(dongs), m_folder(folder),
          m_toTm(geo::CrsTransform::create(QStringLiteral("EPSG:4326"), QStringLiteral("EPSG:%1").arg(Schema::kSrsId)))
    {
    }

    // The row at `line`, none for a blank line; its photo file's path (empty if none) in `photoFile`.
    std::optional<SurveyRow> read(const geo::TabularSource::Row &row, qint64 line, QString &photoFile);

private:
    bool readCells(const geo::TabularSource::Row &row, SheetCells &cells);
    void parseCells(SheetCells &cells);
    void fail(const QString &key, const QString &value, const QString &reason);

    const geo::TabularSource::Columns &m_columns;
    SurveySheet::Report &m_report;
    const SurveyDesk &m_desk;
    const SurveyCampaign &m_campaign;
    const DongLocator &m_dongs;
    const QDir &m_folder;
    const Result<geo::CrsTransform> m_toTm;
    QSet<QString> m_codes;
    qint64 m_line = 0;
    QSet<QString> m_failed; // the keys of this row that failed already
};

void SheetReader::fail(const QString &key, const QString &value, const QString &reason)
{
    QString col = key == QLatin1String("geom") ? m_columns.nameOf(QStringLiteral("x")) + QLatin1Char(',') + m_columns.nameOf(QStringLiteral("y"))
                                               : m_columns.nameOf(key, QString::fromUtf8(columnOf(key) ? columnOf(key)->ko : "?"));
    if (col == QLatin1String(","))
        col = m_columns.nameOf(QStringLiteral("address"), QStringLiteral("X좌표,Y좌표"));
    m_report.errors.push_back({m_line, col, value, reason});
    m_failed.insert(key);
}

// False for a row with no value at all.
bool SheetReader::readCells(const geo::TabularSource::Row &row, SheetCells &c)
{
    bool anyValue = false;
    SurveyRow &r = c.row;
    for (int i = 0; i < int(m_columns.keys.size()); ++i) {
        const QString &k = m_columns.keys[i];
        if (k.isEmpty())
            continue;
        const QString v = row.cells[i].trimmed();
        if (v.isEmpty())
            continue;
        anyValue = true;
        if (k == QLatin1String("asset_code")) r.assetCode = v;
        else if (k == QLatin1String("category")) r.category = v;
        else if (k == QLatin1String("name")) r.name = v;
        else if (k == QLatin1String("needed")) c.neededText = v;
        else if (k == QLatin1String("mark_count")) c.countText = v;
        else if (k == QLatin1String("method")) r.method = v;
        else if (k == QLatin1String("mark_size")) r.markSize = v;
        else if (k == QLatin1String("variant")) r.variant = v;
        else if (k == QLatin1String("address")) r.address = v;
        else if (k == QLatin1String("photo")) c.photo = v;
        else if (k == QLatin1String("note")) r.note = v;
        else if (k == QLatin1String("x") || k == QLatin1String("y")) {
            bool ok = false;
            const double n = v.toDouble(&ok);
            if (!ok)
                fail(k, v, render(tx(QT_TRANSLATE_NOOP("gc", "not a number")), Lang::Both));
            else
                (k == QLatin1String("x") ? c.x : c.y) = n;
        }
    }
    return anyValue;
}

// Needed, the number of marks and the location, from the cells as written.
void SheetReader::parseCells(SheetCells &c)
{
    SurveyRow &r = c.row;
    if (const auto n = parseNeeded(c.neededText))
        r.needed = *n;
    else
        fail(QStringLiteral("needed"), c.neededText, render(tx(QT_TRANSLATE_NOOP("gc", "write 필요 (needed) or 불필요 (not needed)")), Lang::Both));
    if (c.countText.isEmpty()) {
        r.markCount = r.needed ? 1 : 0;
    } else {
        bool ok = false;
        r.markCount = c.countText.toInt(&ok);
        if (!ok)
            fail(QStringLiteral("mark_count"), c.countText, render(tx(QT_TRANSLATE_NOOP("gc", "not a whole number")), Lang::Both));
    }
    if (c.x && c.y) {
        double px = *c.x, py = *c.y;
        if (std::abs(px) <= 180 && std::abs(py) <= 90) {
            if (!m_toTm || !m_toTm->transform(px, py))
                fail(QStringLiteral("geom"), QStringLiteral("%1, %2").arg(*c.x).arg(*c.y), render(tx(QT_TRANSLATE_NOOP("gc", "coordinate transformation failed")), Lang::Both));
        }
        r.hasLocation = true;
        r.x = px;
        r.y = py;
    } else if (c.x || c.y) {
        fail(QStringLiteral("geom"), QString::number(c.x.value_or(c.y.value_or(0))), render(tx(QT_TRANSLATE_NOOP("gc", "both X and Y are needed")), Lang::Both));
    }
}

std::optional<SurveyRow> SheetReader::read(const geo::TabularSource::Row &row, qint64 line, QString &photoFile)
{
    m_line = line;
    m_failed.clear();
    SheetCells c;
    if (!readCells(row, c))
        return std::nullopt; // a blank line in the sheet
    parseCells(c);
    SurveyRow &r = c.row;
    if (!c.photo.isEmpty() && !QFileInfo(m_folder.filePath(c.photo)).isFile())
        fail(QStringLiteral("photo"), c.photo, render(tx(QT_TRANSLATE_NOOP("gc", "no such photo file beside the sheet")), Lang::Both));
    for (const FieldProblem &p : m_desk.check(m_campaign, r, m_dongs)) {
        if (!m_failed.contains(p.field))
            fail(p.field, p.value, p.reason);
    }
    if (!r.assetCode.isEmpty() && m_codes.contains(r.assetCode))
        fail(QStringLiteral("asset_code"), r.assetCode, render(tx(QT_TRANSLATE_NOOP("gc", "the code appears twice in the sheet")), Lang::Both));
    m_codes.insert(r.assetCode);
    photoFile = c.photo.isEmpty() ? QString() : m_folder.filePath(c.photo);
    return r;
}

// Photos are stored (content-addressed, never overwritten) only once every row is good, through
// the store so that a save killed before its rows are written leaves no photo file behind.
VoidResult storePhotos(AssetStore &store, std::vector<SurveyRow> &rows, const std::vector<QString> &photoFiles)
{
    for (size_t i = 0; i < rows.size(); ++i) {
        if (photoFiles[i].isEmpty())
            continue;
        QFile f(photoFiles[i]);
        if (!f.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Io, QStringLiteral("%1: %2").arg(photoFiles[i], f.errorString()));
        auto stored = store.storePhoto(QStringLiteral("survey"), f.readAll());
        if (!stored)
            return stored.error();
        rows[i].photoSha256 = stored->sha256;
    }
    return Ok{};
}

} // namespace

Result<SurveySheet::Report> SurveySheet::import(AssetStore &store, const SurveyCampaign &campaign, const QString &department,
                                                const QString &path, const QString &encodingIn, bool submit)
{
    Report report;
    report.source = path;
    if (!QFileInfo::exists(path))
        return makeError(ErrorCode::NotFound, tx("%1: %2", path, tx(QT_TRANSLATE_NOOP("gc", "no such file"))));
    const QString ext = QFileInfo(path).suffix().toLower();
    if (ext != QLatin1String("csv") && ext != QLatin1String("xlsx"))
        return makeError(ErrorCode::Usage, tx("%1: %2", path, tx(QT_TRANSLATE_NOOP("gc", "only XLSX or CSV files are taken"))));
    auto src = geo::TabularSource::open(path, encodingIn);
    if (!src)
        return src.error();
    report.encoding = src->encoding();
    report.notes << src->notes();
    auto layer = surveyLayer(*src, path);
    if (!layer)
        return layer.error();

    const auto columns = src->columns(*layer, keyFor);
    const QStringList ignored = columns.unread();
    if (!ignored.isEmpty())
        report.notes << render(tx(QT_TRANSLATE_NOOP("gc", "columns not read"), ignored.join(QStringLiteral(", "))), Lang::Both);
    if (auto ok = checkRequiredColumns(columns, path); !ok)
        return ok.error();
    auto dongs = DongLayer::load(StoreAccess::db(store));
    if (!dongs)
        return dongs.error();

    SurveyDesk desk(store);
    const QDir folder = QFileInfo(path).absoluteDir();
    SheetReader reader(columns, report, desk, campaign, *dongs, folder);
    std::vector<SurveyRow> rows;
    std::vector<QString> photoFiles;
    qint64 index = 0;
    const auto read = src->forEachRow(*layer, columns, [&](const geo::TabularSource::Row &cells) -> VoidResult {
        ++index;
        QString photoFile;
        if (auto row = reader.read(cells, index + 1, photoFile)) { // the header is line 1
            rows.push_back(std::move(*row));
            photoFiles.push_back(photoFile);
        }
        return Ok{};
    });
    if (!read)
        return read.error();
    report.rows = qint64(rows.size());
    if (!report.errors.empty())
        return report;
    if (auto stored = storePhotos(store, rows, photoFiles); !stored)
        return stored.error();
    if (auto r = desk.saveRows(campaign.surveyId, department, rows, submit); !r)
        return r.error();
    report.taken = report.rows;
    return report;
}

} // namespace gc::core
